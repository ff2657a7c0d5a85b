"""``drop``: the column is removed from the output."""

from __future__ import annotations

from typing import Literal

import polars as pl

from privet.anonymize._actions._base import ActionContext, Rule

__all__ = ["DropRule", "apply"]


class DropRule(Rule):
    """Remove the column."""

    action: Literal["drop"] = "drop"


def apply(series: pl.Series, rule: DropRule, ctx: ActionContext) -> None:
    """Dropping has no output column; the engine removes it."""
    return None
