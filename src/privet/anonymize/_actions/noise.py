"""``noise``: add Laplace or Gaussian noise to each value of a numeric column (through ``privet.dp``).

Privacy: each value is first clamped to ``bounds`` = [lo, hi], so replacing one person's value changes it
by at most hi - lo (the L1 and L2 sensitivity of one cell). Laplace noise of scale (hi - lo)/epsilon gives
epsilon-DP for every row's released value, i.e. epsilon-local differential privacy per record (Dwork,
McSherry, Nissim, Smith 2006); Gaussian noise with the analytic calibration of Balle & Wang (2018) gives
(epsilon, delta). Rows are released separately, so the whole column is epsilon-DP under the "replace one
row" relation (parallel composition); several noised columns of one table compose sequentially and the
engine charges each to the ledger. Nulls stay null (the presence of a value is not protected).
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np
import polars as pl
from pydantic import Field, model_validator

from privet.anonymize._actions._base import ActionContext, Rule
from privet.errors import DataError

__all__ = ["NoiseRule", "apply"]


class NoiseRule(Rule):
    """Clamp to ``bounds`` and add noise calibrated to (``epsilon``, ``delta``) and the width of ``bounds``."""

    action: Literal["noise"] = "noise"
    mechanism: Literal["laplace", "gaussian"] = "laplace"
    epsilon: float = Field(gt=0, le=100)
    delta: float = Field(default=0.0, ge=0, lt=1)
    bounds: tuple[float, float] = Field(description="[lower, upper]: values are clamped to this range first.")
    round: bool | None = Field(default=None, description="Round to integers; default: when the column is integer.")

    spends_budget = True

    @model_validator(mode="after")
    def _check(self) -> NoiseRule:
        lo, hi = self.bounds
        if not lo < hi:
            raise ValueError("bounds must be [lower, upper] with lower < upper")
        if self.mechanism == "gaussian" and self.delta <= 0:
            raise ValueError("the gaussian mechanism needs delta > 0")
        if self.mechanism == "laplace" and self.delta != 0:
            raise ValueError("the laplace mechanism is pure epsilon-DP; leave delta at 0")
        return self

    @property
    def sensitivity(self) -> float:
        return float(self.bounds[1] - self.bounds[0])

    def privacy_event(self, column: str, rows: int) -> Any:
        from privet.dp import PrivacyEvent, analytic_gaussian_sigma

        scale = (
            self.sensitivity / self.epsilon
            if self.mechanism == "laplace"
            else analytic_gaussian_sigma(epsilon=self.epsilon, delta=self.delta, sensitivity=self.sensitivity)
        )
        return PrivacyEvent(
            mechanism=self.mechanism,
            epsilon=self.epsilon,
            delta=self.delta,
            sensitivity=self.sensitivity,
            scale=float(scale),
            neighbouring="replace_row",
            description=f"anonymize: {self.mechanism} noise on column {column!r} ({rows} rows, local DP per record)",
        )


def apply(series: pl.Series, rule: NoiseRule, ctx: ActionContext) -> pl.Series:
    from privet import dp

    if not series.dtype.is_numeric():
        raise DataError(f"{ctx.where()}: noise needs a numeric column, found type {series.dtype}.")
    lo, hi = rule.bounds
    present = series.is_not_null() & ~series.cast(pl.Float64).is_nan()
    values = series.cast(pl.Float64).clip(lo, hi).fill_null(lo).fill_nan(lo).to_numpy().astype(np.float64)
    if rule.mechanism == "laplace":
        noisy = dp.laplace(values, sensitivity=rule.sensitivity, epsilon=rule.epsilon)
    else:
        noisy = dp.gaussian(values, sensitivity=rule.sensitivity, epsilon=rule.epsilon, delta=rule.delta)
    out = pl.Series(series.name, np.asarray(noisy, dtype=np.float64))
    rounding = series.dtype.is_integer() if rule.round is None else rule.round
    if rounding:
        out = out.round(0).cast(pl.Int64)
    return out.to_frame().select(pl.when(present).then(pl.col(series.name)).otherwise(None)).to_series()
