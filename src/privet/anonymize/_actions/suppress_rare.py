"""``suppress_rare``: values seen in fewer than ``min_count`` rows become null (or ``replacement``)."""

from __future__ import annotations

from typing import Literal

import polars as pl
from pydantic import Field

from privet.anonymize._actions._base import ActionContext, Rule, to_text

__all__ = ["SuppressRareRule", "apply"]


class SuppressRareRule(Rule):
    """Replace values occurring in fewer than ``min_count`` rows."""

    action: Literal["suppress_rare"] = "suppress_rare"
    min_count: int = Field(default=5, ge=2)
    replacement: str | None = Field(default=None, description="Text for a rare value; null when absent.")


def apply(series: pl.Series, rule: SuppressRareRule, ctx: ActionContext) -> pl.Series:
    counts = series.to_frame("v").select(pl.col("v").count().over("v").alias("n")).to_series()
    rare = (counts < rule.min_count) & series.is_not_null()
    if rule.replacement is None:
        return (
            series.to_frame()
            .select(pl.when(rare).then(None).otherwise(pl.col(series.name)).alias(series.name))
            .to_series()
        )
    text = to_text(series)
    return (
        text.to_frame()
        .select(pl.when(rare).then(pl.lit(rule.replacement)).otherwise(pl.col(series.name)).alias(series.name))
        .to_series()
    )
