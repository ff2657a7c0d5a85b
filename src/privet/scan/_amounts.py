"""Money written as text and what amounts say about a column.

Exports write amounts as text: a currency sign or ISO 4217 code (pycountry) before or after the figure and
national separators ("€ 43.500,00", "$60,400", "CHF 41'300", "12,34 EUR"), or bands of amounts ("30k-40k",
"20.000–30.000"). ``text_amounts`` reads such a column into numbers; ``salary_like``, ``credit_score_like`` and
``bmi_like`` recognise value distributions that are personal by themselves (annual pay, credit-bureau scores,
body-mass indices) when the header cannot tell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import polars as pl

__all__ = ["TextAmounts", "bmi_like", "credit_score_like", "salary_like", "text_amounts"]

_PROBE = 300  # values read; a column's format shows in its first few hundred values
_QUICK = 60  # values the quick look reads
#: Currency signs: Unicode category Sc.
_SC = "".join(chr(c) for c in range(0x20, 0x10000) if unicodedata.category(chr(c)) == "Sc")
_L = r"[^\W\d_]"  # a letter
#: A figure: thousands in groups of three (".", ",", "'", "’", space, no-break space) or none; 1-2 decimals;
#: an optional k (thousand) or M/Mio/mn (million).
_FIGURE = re.compile(r"(-?)(\d{1,3}(?:[.,'’ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?:\s?([kK]|M|Mio\.?|mn))?")
_THOUSANDS = re.compile(r"\d[.,'’ \u00a0\u202f]\d{3}(?:\D|$)")
_PLAIN = re.compile(r"\s*-?\d+(?:[.,]\d+)?\s*")
#: Local abbreviations written instead of a sign or an ISO code (Nordic krona/krone, Swiss franc, zloty, koruna,
#: forint, leu, lev, dinar, rupees) and signs with a letter in front ("R$", "S/").
_LOCAL = r"(?:[A-Za-z]{1,2}[" + _SC + r"]|S/|kr|Fr|SFr|zł|zl|Kč|Kc|Ft|lei|lv|din|Rs)\.?"
_LEAD = re.compile(rf"^(?:[{_SC}]|{_LOCAL}|([A-Za-z]{{3}})\.?)\s*(?=[\d\-])")
_TRAIL = re.compile(rf"(?<=\d)\s*(?:[{_SC}]|{_LOCAL}|([A-Za-z]{{3}})\.?)$")
#: A period after the amount: per year or per month ("p.a.", "/Jahr", "€/mes", "p.m.", "/mois", "/miesiąc").
_PER_YEAR = re.compile(
    r"(?i)\s*(?:p\.a\.?|p\.m\.?|/\s?(?:yr|year|jahr|an|año|anno|jaar|ano|mo|month|monat|mois|mes|mese|maand|mês|"
    r"mies\.?|miesiąc))$"
)
_BAND = re.compile(r"^(.+?)(?:\s*[-–—]\s*|\s+(?:to|bis|à|a|tot)\s+)(.+)$")
_OPEN = re.compile(
    r"(?i)^(?:<=?|>=?|≤|≥|under|over|below|above|up to|less than|more than|bis|ab|über|unter|moins de|plus de|"
    r"menos de|más de|mas de|meno di|più di|piu di|minder dan|meer dan|até|acima de)\s*(.+)$|^(.+?)\s*\+$"
)
_MULTIPLIERS = {"k": 1e3, "K": 1e3, "M": 1e6, "Mio": 1e6, "Mio.": 1e6, "mn": 1e6}


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """ISO 4217 currency codes (pycountry)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


@dataclass(frozen=True)
class TextAmounts:
    """A text column read as amounts: ``values`` (band midpoints for bands), ``share`` of values that parse,
    ``marked`` share with a currency or thousands separator, ``bands`` share written as ranges or open bands."""

    values: np.ndarray
    share: float
    marked: float
    bands: float
    band_tops: np.ndarray


def _amount(text: str) -> tuple[float, bool] | None:
    """One amount: (value, marked by a currency or a thousands separator), or None."""
    bare = _PER_YEAR.sub("", text.strip())
    marked = bool(_THOUSANDS.search(bare))
    lead = _LEAD.match(bare)
    if lead and (lead.group(1) is None or lead.group(1).upper() in _codes()):
        bare, marked = bare[lead.end() :], True
    trail = _TRAIL.search(bare)
    if trail and (trail.group(1) is None or trail.group(1).upper() in _codes()):
        bare, marked = bare[: trail.start()], True
    figure = _FIGURE.fullmatch(bare.strip())
    if figure is None:
        return None
    sign, whole, decimals, multiplier = figure.groups()
    value = float(re.sub(r"\D", "", whole) + "." + (decimals or "0"))
    value *= (-1 if sign else 1) * _MULTIPLIERS.get(multiplier or "", 1.0)
    return value, marked or bool(multiplier)


def _band(text: str) -> tuple[float, float, bool] | None:
    """A band of amounts: (middle, top, marked), from "30k-40k", "20.000 to 30.000", "over 90k" or "90k+"."""
    both = _BAND.match(text.strip())
    if both:
        low, high = _amount(both.group(1)), _amount(both.group(2))
        if low and high and low[0] < high[0]:
            return (low[0] + high[0]) / 2, high[0], low[1] or high[1]
    opened = _OPEN.match(text.strip())
    if opened:
        edge = _amount(opened.group(1) or opened.group(2))
        if edge:
            return edge[0], edge[0], edge[1]
    return None


def text_amounts(text: pl.Series) -> TextAmounts | None:
    """Read a text column as amounts, or None when fewer than 80% of its (first few hundred) values are amounts."""
    values = text.head(_PROBE).to_list()
    quick = values[:_QUICK]
    if not quick or sum(bool(_PLAIN.fullmatch(v)) for v in quick) > 0.5 * len(quick):
        return None  # plain figures (codes, postal codes, ids kept as text): no currency, separator or band
    if sum(any(ch.isdigit() for ch in v) for v in quick) < 0.8 * len(quick):
        return None
    singles: list[float] = []
    middles: list[float] = []
    tops: list[float] = []
    marks: list[bool] = []
    for i, value in enumerate(values):
        if i + 1 - len(marks) > 0.2 * len(values) + 1:
            return None  # more than a fifth of the values are no amounts
        single = _amount(value)
        if single is not None:
            singles.append(single[0])
            marks.append(single[1])
            continue
        band = _band(value)
        if band is not None:
            middles.append(band[0])
            tops.append(band[1])
            marks.append(band[2])
    share = len(marks) / len(values)
    if share < 0.8:
        return None
    return TextAmounts(
        values=np.array(singles + middles, dtype=float),
        share=share,
        marked=float(np.mean(marks)),
        bands=len(middles) / len(marks),
        band_tops=np.array(tops, dtype=float),
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
