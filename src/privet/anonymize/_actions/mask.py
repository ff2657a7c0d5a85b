"""``mask``: hide all but the first/last N characters; for e-mail addresses keep the domain.

A value too short to keep anything hidden is masked completely, so a masked cell never equals its input
(unless the input consists only of the mask character). The length of the value is kept.
"""

from __future__ import annotations

from typing import Literal

import polars as pl
from pydantic import Field

from privet.anonymize._actions._base import ActionContext, Rule, map_unique, to_text

__all__ = ["MaskRule", "apply", "mask_text"]


class MaskRule(Rule):
    """Replace characters by ``char``, keeping ``keep_first``/``keep_last`` (of the local part for e-mail)."""

    action: Literal["mask"] = "mask"
    keep_first: int = Field(default=0, ge=0, le=64)
    keep_last: int = Field(default=0, ge=0, le=64)
    char: str = Field(default="*", min_length=1, max_length=1)
    email: bool = Field(default=False, description="Mask the part before the last '@' and keep the domain.")


def _mask_part(text: str, rule: MaskRule) -> str:
    n = len(text)
    first, last = rule.keep_first, rule.keep_last
    if first + last >= n:  # nothing would be hidden: hide everything
        return rule.char * n
    return text[:first] + rule.char * (n - first - last) + (text[n - last :] if last else "")


def mask_text(text: str, rule: MaskRule) -> str:
    if rule.email and "@" in text:
        local, _, domain = text.rpartition("@")
        return _mask_part(local, rule) + "@" + domain
    return _mask_part(text, rule)


def apply(series: pl.Series, rule: MaskRule, ctx: ActionContext) -> pl.Series:
    return map_unique(to_text(series), lambda v: mask_text(v, rule), pl.String())
