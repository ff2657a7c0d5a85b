"""``date_shift``: move every date of a person by the same secret offset (keyed PRF of the person's id).

The offset is derived from HMAC-SHA256(sub-key, person id), uniform over +-1..``max_days`` (never 0), so
intervals between a person's dates (in this column and in every other column shifted with the same key and
namespace) are kept exactly, while calendar dates no longer match outside records. Rows without a person id
get a null date.
"""

from __future__ import annotations

import hashlib
import hmac
from typing import Literal

import polars as pl
from pydantic import Field

from privet.anonymize._actions._base import ActionContext, Rule, map_unique, require_key, to_text
from privet.anonymize._actions.generalize import as_dates

__all__ = ["DateShiftRule", "apply", "offset_days"]


class DateShiftRule(Rule):
    """Shift dates by a per-person offset in [-max_days, -1] U [1, max_days] from a keyed PRF."""

    action: Literal["date_shift"] = "date_shift"
    person: str = Field(min_length=1, description="Column that identifies the person (e.g. patient_id).")
    max_days: int = Field(default=30, ge=1, le=3650)
    namespace: str = Field(default="default", min_length=1)

    keyed = True

    def referenced_columns(self) -> dict[str, str]:
        return {"person": self.person}


def offset_days(person: str, *, key_bytes: bytes, max_days: int) -> int:
    digest = hmac.new(key_bytes, person.encode("utf-8"), hashlib.sha256).digest()
    magnitude = 1 + int.from_bytes(digest[:8], "big") % max_days  # bias < max_days / 2**64
    return magnitude if digest[8] & 1 else -magnitude


def apply(series: pl.Series, rule: DateShiftRule, ctx: ActionContext) -> pl.Series:
    key_bytes = require_key(ctx, rule.action).derive(f"privet/date_shift/{rule.namespace}")
    person = to_text(ctx.frame.get_column(rule.person))
    offsets = map_unique(person, lambda p: offset_days(p, key_bytes=key_bytes, max_days=rule.max_days), pl.Int64())
    values = series if isinstance(series.dtype, pl.Datetime) else as_dates(series, ctx.where())
    shifted = (
        pl.DataFrame({"v": values, "o": offsets})
        .select((pl.col("v") + pl.duration(days=pl.col("o"))).alias(series.name))
        .to_series()
    )
    return shifted.dt.strftime("%Y-%m-%d") if series.dtype == pl.String else shifted
