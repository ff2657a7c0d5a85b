"""``keep``: the column passes through unchanged (non-identifying data, or sensitive data flagged for review)."""

from __future__ import annotations

from typing import Literal

import polars as pl

from privet.anonymize._actions._base import ActionContext, Rule

__all__ = ["KeepRule", "apply"]


class KeepRule(Rule):
    """Keep the column as it is."""

    action: Literal["keep"] = "keep"
    sensitive: bool = False  # flagged as a sensitive attribute in summaries and reports


def apply(series: pl.Series, rule: KeepRule, ctx: ActionContext) -> pl.Series:
    return series
