"""``top_bottom_code``: clip a numeric column to [lower, upper] so extreme values no longer single people out."""

from __future__ import annotations

from typing import Literal

import polars as pl
from pydantic import model_validator

from privet.anonymize._actions._base import ActionContext, Rule
from privet.errors import DataError

__all__ = ["TopBottomCodeRule", "apply"]


class TopBottomCodeRule(Rule):
    """Values below ``lower`` become ``lower``, values above ``upper`` become ``upper``."""

    action: Literal["top_bottom_code"] = "top_bottom_code"
    lower: float | None = None
    upper: float | None = None

    @model_validator(mode="after")
    def _bounds(self) -> TopBottomCodeRule:
        if self.lower is None and self.upper is None:
            raise ValueError("give 'lower', 'upper' or both")
        if self.lower is not None and self.upper is not None and self.lower >= self.upper:
            raise ValueError("'lower' must be smaller than 'upper'")
        return self


def apply(series: pl.Series, rule: TopBottomCodeRule, ctx: ActionContext) -> pl.Series:
    if not series.dtype.is_numeric():
        raise DataError(f"{ctx.where()}: top/bottom coding needs a numeric column, found type {series.dtype}.")
    clipped = series.clip(lower_bound=rule.lower, upper_bound=rule.upper)
    if series.dtype.is_integer() and not all(b is None or float(b).is_integer() for b in (rule.lower, rule.upper)):
        return clipped.cast(pl.Float64)
    return clipped
