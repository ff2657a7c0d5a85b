"""Numeric columns: ages, latitudes/longitudes, money-like amounts and surrogate keys, from their values."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from privet.scan._profile import ColumnProfile

__all__ = ["NumericProfile", "numeric_profile"]


@dataclass(frozen=True)
class NumericProfile:
    """Shape of a numeric column's values."""

    minimum: float
    maximum: float
    median: float
    integral: bool
    decimals: float  # median number of decimals
    sequential: bool  # looks like a running key (mostly distinct, close to consecutive)
    distinct: int
    round_share: float = 0.0  # share of values that are multiples of 5 (percentages, codes, bins)

    def age_like(self) -> bool:
        return (
            self.integral
            and self.minimum >= 0
            and self.maximum <= 120
            and 15 <= self.median <= 70
            and (self.maximum - self.minimum >= 15)
            and self.distinct >= 10
            and self.round_share < 0.6
        )

    def spread_beyond_unit(self) -> bool:
        """Not confined to [-1, 1] (shares and probabilities, which have many decimals too)."""
        return self.minimum < -1 or self.maximum > 1

    def latitude_like(self) -> bool:
        return not self.integral and self.minimum >= -90 and self.maximum <= 90 and self.decimals >= 4

    def longitude_like(self) -> bool:
        return not self.integral and self.minimum >= -180 and self.maximum <= 180 and self.decimals >= 4

    def money_like(self) -> bool:
        return self.minimum >= 0 and (self.decimals <= 2 or self.integral) and self.maximum > 100


def _decimals(values: np.ndarray) -> float:
    sample = values[:500]
    counts = []
    for v in sample:
        text = repr(float(v))
        if "e" in text:
            counts.append(6)
            continue
        frac = text.split(".", 1)[1] if "." in text else ""
        counts.append(0 if frac == "0" else len(frac))
    return float(np.median(counts)) if counts else 0.0


def numeric_profile(profile: ColumnProfile) -> NumericProfile | None:
    """Describe a numeric column, or None when it is not numeric."""
    values = profile.numbers
    if values is None or not len(values):
        return None
    distinct = np.unique(values)
    span = float(distinct[-1] - distinct[0]) if len(distinct) else 0.0
    sequential = (
        profile.integral and len(distinct) > 20 and len(distinct) >= 0.9 * len(values) and span < 3 * len(values)
    )
    return NumericProfile(
        minimum=float(values.min()),
        maximum=float(values.max()),
        median=float(np.median(values)),
        integral=profile.integral,
        decimals=_decimals(values),
        sequential=bool(sequential),
        distinct=len(distinct),
        round_share=float(np.mean(np.mod(values, 5) == 0)),
    )


def compact_dates_share(values: np.ndarray | None) -> float:
    """Share of ``values`` that are calendar dates written as YYYYMMDD integers (19740319) from 1900 to 2100.

    Random 8-digit numbers rarely pass (century, month and day must all fit), so a high share is strong evidence.
    """
    if values is None or not len(values):
        return 0.0
    v = values[np.isfinite(values)]
    if not len(v) or np.any(np.mod(v, 1) != 0) or np.any(np.abs(v) >= 1e15):  # YYYYMMDD has 8 digits
        return 0.0
    v = v.astype(np.int64)
    year, month, day = v // 10_000, (v // 100) % 100, v % 100
    ok = (year >= 1900) & (year <= 2100) & (month >= 1) & (month <= 12) & (day >= 1)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    days = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])[np.clip(month, 0, 12)] + (leap & (month == 2))
    return float(np.mean(ok & (day <= days)))
