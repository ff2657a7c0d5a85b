"""Money written as text and what amounts say about a column.

Exports write amounts as text: a currency sign or ISO 4217 code (pycountry) before or after the figure and
national separators ("€ 43.500,00", "$60,400", "CHF 41'300", "12,34 EUR"), or bands of amounts ("30k-40k",
"20.000–30.000"). ``text_amounts`` reads such a column into numbers; ``salary_like``, ``credit_score_like`` and
``bmi_like`` recognise value distributions that are personal by themselves (annual pay, credit-bureau scores,
body-mass indices) when the header cannot tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import polars as pl

from privet.scan._profile import mean_true

__all__ = ["TextAmounts", "bmi_like", "credit_score_like", "salary_like", "text_amounts"]

_PROBE = 1_000  # values read; a column's format shows in its first thousand values
#: A figure: thousands in groups of three (".", ",", "'", "’", space, no-break space) or none; 1-2 decimals.
_FIGURE = r"-?(?:\d{1,3}(?:[.,'’ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d{1,2})?"
_MULTIPLIER = r"(?:\s?[kK]|\s?(?:M|Mio\.?|mn))?"
_SIGN = r"\p{Sc}"
_BAND_SEP = r"\s*[-–—]\s*|\s+(?:to|bis|à|a|tot)\s+"
_OPEN = r"(?i)^(?:<=?|>=?|≤|≥|under|over|below|above|up to|less than|more than|bis|ab|über|unter|moins de|plus de|"
_OPEN += r"menos de|más de|mas de|meno di|più di|piu di|minder dan|meer dan|até|acima de)\s*"


@lru_cache(maxsize=1)
def _codes() -> list[str]:
    """ISO 4217 currency codes (pycountry)."""
    import pycountry

    return sorted(c.alpha_3 for c in pycountry.currencies)


@dataclass(frozen=True)
class TextAmounts:
    """A text column read as amounts: ``values`` (band midpoints for bands), ``share`` of values that parse,
    ``marked`` share with a currency or thousands separator, ``bands`` share written as ranges or open bands."""

    values: np.ndarray
    share: float
    marked: float
    bands: float
    band_tops: np.ndarray


#: Local abbreviations written instead of a sign or an ISO code (Nordic krona/krone, Swiss franc, zloty, koruna,
#: forint, leu, lev, dinar) and signs with a letter in front ("R$", "S/").
_LOCAL = r"R\p{Sc}|[A-Z]\p{Sc}|S/|kr|Fr|SFr|zł|zl|Kč|Kc|Ft|lei|lv|din"


def _strip_currency(col: pl.Expr) -> pl.Expr:
    """Remove currency signs, local abbreviations and ISO codes at either end."""
    codes = "|".join([*_codes(), _LOCAL])
    return (
        col.str.replace(rf"^\s*(?:{_LOCAL})\.?\s*", " ")
        .str.replace_all(_SIGN, " ")
        .str.replace(rf"(?i)^\s*(?:{codes})\.?\s*", " ")
        .str.replace(rf"(?i)\s*(?:{codes})\.?\s*$", " ")
        .str.replace_all(r"(?i)\s*(?:p\.a\.?|/\s?(?:yr|year|jahr|an|año|anno|jaar|ano))\s*$", "")
        .str.strip_chars()
    )


def _to_number(col: pl.Expr) -> pl.Expr:
    """A stripped figure (``_FIGURE`` with an optional k/M multiplier) as a float; null when it is none."""
    multiplier = (
        pl.when(col.str.contains(r"[kK]$"))
        .then(1_000.0)
        .when(col.str.contains(r"(?:M|Mio\.?|mn)$"))
        .then(1_000_000.0)
        .otherwise(1.0)
    )
    body = col.str.replace(r"\s?(?:[kK]|M|Mio\.?|mn)$", "")
    decimals = body.str.extract(r"[.,](\d{1,2})$", 1)
    whole = body.str.replace(r"[.,]\d{1,2}$", "").str.replace_all(r"[^\d]", "")
    number = (whole + pl.lit(".") + decimals.fill_null("0")).cast(pl.Float64, strict=False)
    sign = pl.when(body.str.starts_with("-")).then(-1.0).otherwise(1.0)
    valid = col.str.contains(rf"^{_FIGURE}{_MULTIPLIER}$")
    return pl.when(valid).then(number * sign * multiplier).otherwise(None)


def text_amounts(text: pl.Series) -> TextAmounts | None:
    """Read a text column as amounts, or None when fewer than 80% of its (first thousand) values are amounts."""
    probe = text.head(_PROBE)
    if not len(probe) or mean_true(probe.str.contains(r"\d")) < 0.8:
        return None
    t = pl.col("t")
    bare = _strip_currency(t)
    parts = bare.str.extract_groups(rf"^(.+?)(?:{_BAND_SEP})(.+)$")
    frame = pl.DataFrame({"t": probe}).select(
        marked=t.str.contains(rf"{_SIGN}|\d[.,'’ \u00a0\u202f]\d{{3}}(?:\D|$)|\d\s?[kK]\b")
        | (bare != t.str.strip_chars()),
        single=_to_number(bare),
        low=_to_number(_strip_currency(parts.struct.field("1"))),
        high=_to_number(_strip_currency(parts.struct.field("2"))),
        open=_to_number(_strip_currency(bare.str.replace(_OPEN, "").str.replace(r"\s*\+$", ""))),
        is_open=bare.str.contains(_OPEN) | bare.str.contains(r"\d\s*[kK]?\s*\+$"),
    )
    band = frame["low"].is_not_null() & frame["high"].is_not_null() & (frame["low"] < frame["high"])
    open_band = frame["is_open"] & frame["open"].is_not_null()
    single = frame["single"].is_not_null()
    parsed = single | band | open_band
    share = mean_true(parsed)
    if share < 0.8:
        return None
    middle = ((frame["low"] + frame["high"]) / 2).filter(band)
    values = pl.concat([frame["single"].filter(single & ~band), middle, frame["open"].filter(open_band & ~band)])
    tops = pl.concat([frame["high"].filter(band), frame["open"].filter(open_band & ~band)])
    return TextAmounts(
        values=values.cast(pl.Float64).to_numpy(),
        share=share,
        marked=mean_true(frame["marked"].filter(parsed)),
        bands=mean_true((band | open_band).filter(parsed)),
        band_tops=tops.cast(pl.Float64).to_numpy(),
    )


def salary_like(values: np.ndarray, *, marked: bool) -> bool:
    """Annual pay: positive amounts spread over a range a workforce earns (median 15k-200k in any of the common
    currencies), written with cents, in round hundreds, or with a currency mark. Postal codes and other 5-digit
    integers are none of these."""
    v = values[np.isfinite(values)]
    if len(v) < 20 or v.min() < 0:
        return False
    p05, median, p95 = np.quantile(v, [0.05, 0.5, 0.95])
    if not (p05 >= 5_000 and 15_000 <= median <= 200_000 and p95 <= 2_000_000):
        return False
    if len(np.unique(v)) < 0.2 * len(v):
        return False
    cents = float(np.mean(np.mod(v, 1) != 0))
    hundreds = float(np.mean(np.mod(v, 100) == 0))
    return marked or cents >= 0.5 or hundreds >= 0.8


def credit_score_like(values: np.ndarray, *, integral: bool) -> bool:
    """Credit-bureau scores: integers spread over the 300-900 scale bureaus use (FICO, VantageScore, CIBIL ...)."""
    v = values[np.isfinite(values)]
    if not integral or len(v) < 20:
        return False
    low, median, high = float(v.min()), float(np.median(v)), float(v.max())
    distinct = len(np.unique(v))
    return low >= 250 and high <= 900 and 450 <= median <= 750 and high - low >= 200 and distinct >= 0.2 * len(v)


def bmi_like(values: np.ndarray, *, decimals: float) -> bool:
    """Body-mass indices: one decimal, adults' values (median 19-32) with their usual spread."""
    v = values[np.isfinite(values)]
    if len(v) < 20 or decimals != 1:
        return False
    p05, median, p95 = np.quantile(v, [0.05, 0.5, 0.95])
    spread = float(np.std(v))
    inside = float(v.min()) >= 8 and float(v.max()) <= 80 and p05 >= 15 and p95 <= 45
    return inside and 19 <= median <= 32 and 2 <= spread <= 9 and len(np.unique(v)) >= 20
