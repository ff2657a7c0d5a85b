"""``randomized_response``: k-ary randomized response on a categorical column (local DP, via ``privet.dp``).

Privacy: each value is kept with probability e^eps / (e^eps + k - 1) and otherwise replaced by one of the
other k - 1 categories uniformly (Warner 1965; k-ary form in Kairouz, Oh, Viswanath 2014), so each released
value is epsilon-locally differentially private; a table of such values is epsilon-DP under the "replace one
row" relation. The category list comes from the policy, never from the data. Nulls stay null.
"""

from __future__ import annotations

from typing import Any, Literal

import polars as pl
from pydantic import Field, field_validator

from privet.anonymize._actions._base import ActionContext, Rule, to_text
from privet.errors import DataError

__all__ = ["RandomizedResponseRule", "apply"]


class RandomizedResponseRule(Rule):
    """Randomize each value among ``categories`` with local epsilon-DP."""

    action: Literal["randomized_response"] = "randomized_response"
    categories: list[str] = Field(min_length=2, description="Every possible value (from the schema, not the data).")
    epsilon: float = Field(gt=0, le=100)

    spends_budget = True

    @field_validator("categories", mode="before")
    @classmethod
    def _as_text(cls, values: Any) -> Any:
        if isinstance(values, list):
            values = [str(v) if isinstance(v, int | float | bool) and not isinstance(v, str) else v for v in values]
            if len(set(values)) != len(values):
                raise ValueError("categories must be distinct")
        return values

    def privacy_event(self, column: str, rows: int) -> Any:
        from privet.dp import PrivacyEvent

        return PrivacyEvent(
            mechanism="randomized_response",
            epsilon=self.epsilon,
            delta=0.0,
            sensitivity=None,
            neighbouring="replace_row",
            description=f"anonymize: {len(self.categories)}-ary randomized response on column {column!r} "
            f"({rows} rows, local DP per record)",
        )


def apply(series: pl.Series, rule: RandomizedResponseRule, ctx: ActionContext) -> pl.Series:
    from privet.dp import randomized_response

    text = to_text(series)
    outside = int((~text.is_in(rule.categories) & text.is_not_null()).sum())
    if outside:
        raise DataError(
            f"{ctx.where()}: {outside} value(s) are not among the policy's {len(rule.categories)} categories; "
            "list every possible value under 'categories'."
        )
    present = text.is_not_null()
    values = text.filter(present).to_list()
    released = randomized_response(values, categories=rule.categories, epsilon=rule.epsilon) if values else []
    out: list[str | None] = [None] * len(text)
    it = iter(released)
    for i, flag in enumerate(present.to_list()):
        if flag:
            out[i] = str(next(it))
    return pl.Series(series.name, out, dtype=pl.String)
