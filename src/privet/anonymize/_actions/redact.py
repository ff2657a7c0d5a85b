"""``redact``: every non-null cell becomes one constant, by default the entity tag (``[EMAIL]``)."""

from __future__ import annotations

from typing import Literal

import polars as pl
from pydantic import field_validator

from privet.anonymize._actions._base import ActionContext, Rule
from privet.entities import Entity

__all__ = ["RedactRule", "apply"]


class RedactRule(Rule):
    """Replace each non-null value by ``replacement``, or by ``[ENTITY]`` when only ``entity`` is given."""

    action: Literal["redact"] = "redact"
    replacement: str | None = None
    entity: str | None = None
    redact_nulls: bool = False  # also replace nulls (hides which rows had a value)

    @field_validator("entity")
    @classmethod
    def _known_entity(cls, value: str | None) -> str | None:
        if value is not None and value not in Entity.__members__:
            raise ValueError(f"unknown entity {value!r}; expected one of spec/entities.md, e.g. EMAIL")
        return value

    def text(self) -> str:
        if self.replacement is not None:
            return self.replacement
        return f"[{self.entity}]" if self.entity else "[REDACTED]"


def apply(series: pl.Series, rule: RedactRule, ctx: ActionContext) -> pl.Series:
    constant = pl.lit(rule.text(), dtype=pl.String)
    if rule.redact_nulls:
        return pl.select(constant.repeat_by(len(series)).explode()).to_series().rename(series.name)
    expr = pl.when(pl.col(series.name).is_not_null()).then(constant).otherwise(pl.lit(None, dtype=pl.String))
    return series.to_frame().select(expr.alias(series.name)).to_series()
