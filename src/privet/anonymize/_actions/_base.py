"""What every action shares: the rule base model, the context an action runs in, small helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

import polars as pl
from pydantic import BaseModel, ConfigDict, Field

from privet.anonymize._keys import SecretKey
from privet.errors import DataError, KeyManagementError

__all__ = ["ActionContext", "Rule", "map_unique", "require_key", "to_text"]


class Rule(BaseModel):
    """Base of every column rule: an ``action`` tag, its parameters and an optional ``reason``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: str | None = Field(default=None, description="Why this column is treated this way (shown in reports).")

    #: The action needs the secret key.
    keyed: ClassVar[bool] = False
    #: The action can be undone with ``privet reveal`` by a holder of the key.
    reversible: ClassVar[bool] = False
    #: The action spends privacy budget (noise, randomized response).
    spends_budget: ClassVar[bool] = False

    @property
    def needs_key(self) -> bool:
        """Whether this rule, with its parameters, needs the secret key."""
        return self.keyed

    def privacy_event(self, column: str, rows: int) -> Any:
        """The privacy event (privet.dp.PrivacyEvent) this rule spends on ``column``; None when it spends none."""
        return None

    def referenced_columns(self) -> dict[str, str]:
        """Other table columns this rule reads, as {parameter name: column}."""
        return {}


@dataclass
class ActionContext:
    """Where an action runs: its column, the key, the whole input table (for person columns)."""

    column: str
    frame: pl.DataFrame
    key: SecretKey | None = None
    source: str | None = None  # the input file name, for messages
    extras: dict[str, Any] = field(default_factory=dict)

    def where(self) -> str:
        return f"{self.source}: column {self.column!r}" if self.source else f"column {self.column!r}"


def require_key(ctx: ActionContext, action: str) -> SecretKey:
    if ctx.key is None:
        raise KeyManagementError(
            f"{ctx.where()}: the action '{action}' needs a secret key; pass --key-file FILE or set PRIVET_KEY "
            "(create one with: privet keys new --out FILE)."
        )
    return ctx.key


def to_text(series: pl.Series) -> pl.Series:
    """The column as text, one canonical form per value (integers without '.0', dates ISO 8601)."""
    if series.dtype == pl.String:
        return series
    if series.dtype.is_float():
        ints = series.fill_nan(None)
        whole = (ints == ints.round(0)).fill_null(False)
        as_int = ints.cast(pl.Int64, strict=False).cast(pl.String)
        return pl.select(pl.when(whole).then(as_int).otherwise(series.cast(pl.String))).to_series().rename(series.name)
    try:
        return series.cast(pl.String)
    except Exception as exc:  # nested types
        raise DataError(
            f"column {series.name!r} has type {series.dtype} which this action cannot read as text."
        ) from exc


def map_unique(series: pl.Series, fn: Callable[[Any], Any], dtype: pl.DataType) -> pl.Series:
    """Apply ``fn`` once per distinct non-null value and map the column through the result."""
    uniques = series.drop_nulls().unique()
    mapping = {value: fn(value) for value in uniques.to_list()}
    if not mapping:
        return pl.Series(series.name, [None] * len(series), dtype=dtype)
    return series.replace_strict(list(mapping.keys()), list(mapping.values()), default=None, return_dtype=dtype).rename(
        series.name
    )
