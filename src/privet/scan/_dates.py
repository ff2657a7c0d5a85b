"""Dates: parse a column as dates and tell birth dates from order, hire or event dates by the ages they imply."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import polars as pl

from privet.scan._profile import ColumnProfile, mean_true

__all__ = ["DATE_SHAPE", "DateProfile", "date_profile"]

_DATE_FORMATS = (
    "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y/%m/%d", "%d-%m-%Y", "%m-%d-%Y", "%Y.%m.%d",
    "%d.%m.%y", "%d/%m/%y", "%m/%d/%y", "%d-%m-%y", "%d-%b-%Y", "%d-%b-%y", "%d %B %Y", "%B %d, %Y", "%d %b %Y",
    "%b %d, %Y", "%Y%m%d",
    "%d%b%y", "%d%b%Y",  # 15AUG87: airline and reservation systems
)  # fmt: skip
_DATETIME_FORMATS = (
    "%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %I:%M %p", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S%.f%z", "%Y-%m-%dT%H:%M:%SZ",
)  # fmt: skip


#: What every format above starts with (a superset test that spares the parsing of columns that are no dates).
DATE_SHAPE = (
    r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}|^\d{8}$|^\d{1,2}\.? (?:de )?[^\W\d_]{3,}|^[A-Za-z]{3,}\.? \d{1,2},"
    r"|^\d{2}[A-Za-z]{3}\d{2}(?:\d{2})?$|^\d{1,2}-[A-Za-z]{3}-\d{2,4}$"
)


# Month names of the eight languages, January to December (nominative and, for Polish, genitive): dates written
# with them ("4 janvier 1962", "12 de marzo de 1950", "3. März 1971") are rewritten as day/month/year. Hand-written:
# polars parses English month names only, and a date-parsing library (dateparser) would cost more than the scan.
_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "jänner feber maerz",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januari februari maart april mei juni juli augustus september oktober november december",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
)
_MONTH_NUMBER: dict[str, int] = {}
for _names in _MONTH_NAMES:
    _list = _names.split()
    for _i, _name in enumerate(_list if len(_list) == 12 else ()):
        _MONTH_NUMBER.setdefault(_name, _i + 1)
        _MONTH_NUMBER.setdefault(_name[:3], _i + 1)
_MONTH_NUMBER.update(
    {"jänner": 1, "feber": 2, "maerz": 3, "févr": 2, "juil": 7, "sept": 9, "setiembre": 9, "dez": 12, "dic": 12}
)
_MONTH = "|".join(sorted(map(re.escape, _MONTH_NUMBER), key=len, reverse=True))
_NAMED_DATE = re.compile(
    rf"(?i)^\s*(?:(\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+)?(\d{{4}})"
    rf"|({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}))\s*$"
)


def _numbered_months(values: pl.Series) -> pl.Series:
    """Values with a month name written as day/month/year; other values unchanged."""

    def rewrite(value: str | None) -> str | None:
        m = _NAMED_DATE.match(value) if value else None
        if m is None:
            return value
        day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
        return f"{int(day):02d}/{_MONTH_NUMBER[month.lower()]:02d}/{year}"

    return pl.Series(values.name, [rewrite(v) for v in values.to_list()], dtype=pl.String)


@dataclass(frozen=True)
class DateProfile:
    """How a column reads as dates and what ages (years before today) they imply."""

    share: float  # share of values that parse as a date or timestamp
    has_time: bool  # values carry a time of day other than midnight
    age_median: float
    age_p05: float
    age_p95: float
    age_std: float
    future_share: float
    year_column: bool  # integers that are years

    def birth_like(self) -> bool:
        """Ages of living people: spread over decades, mostly adults, nothing in the future."""
        return (
            not self.has_time
            and self.future_share < 0.01
            and self.age_p05 >= 0
            and self.age_p95 <= 120
            and 18 <= self.age_median <= 85
            and self.age_std >= 7
        )


def _ages(days: np.ndarray) -> np.ndarray:
    today = (dt.date.today() - dt.date(1970, 1, 1)).days
    return (today - days) / 365.25


def _from_dates(dates: pl.Series, share: float, has_time: bool) -> DateProfile | None:
    days = dates.cast(pl.Date).cast(pl.Int64).drop_nulls().to_numpy()
    if not len(days):
        return None
    ages = _ages(days.astype(float))
    return DateProfile(
        share=share,
        has_time=has_time,
        age_median=float(np.median(ages)),
        age_p05=float(np.quantile(ages, 0.05)),
        age_p95=float(np.quantile(ages, 0.95)),
        age_std=float(np.std(ages)),
        future_share=float(np.mean(ages < 0)),
        year_column=False,
    )


def _time_of_day(values: pl.Series) -> bool:
    as_dt = values.cast(pl.Datetime("us"))
    midnight = (as_dt.dt.hour() == 0) & (as_dt.dt.minute() == 0) & (as_dt.dt.second() == 0)
    return mean_true(midnight) < 0.9


def date_profile(profile: ColumnProfile, *, shares: dict[str, float] | None = None) -> DateProfile | None:
    """Parse the column as dates (typed, ISO or common national formats) or birth years; None if it is not.

    ``shares`` (``table_pattern_shares``) may hold the column's share of values with a digit and with a date shape.
    """
    if profile.temporal is not None:
        has_time = isinstance(profile.temporal.dtype, pl.Datetime) and _time_of_day(profile.temporal)
        return _from_dates(profile.temporal, 1.0, has_time)
    if profile.numbers is not None:
        nums = profile.numbers
        if profile.integral and len(nums) and np.all((nums >= 1900) & (nums <= dt.date.today().year)):
            ages = dt.date.today().year - nums
            return DateProfile(1.0, False, float(np.median(ages)), float(np.quantile(ages, 0.05)),
                               float(np.quantile(ages, 0.95)), float(np.std(ages)), 0.0, True)  # fmt: skip
        if profile.integral and len(nums) and np.all((nums >= 1800_01_01) & (nums <= 2100_12_31)):
            # compact dates kept as numbers (19650606): dates when nearly all are real days
            compact = pl.Series(nums[:500].astype(np.int64)).cast(pl.String).str.to_date("%Y%m%d", strict=False)
            share = 1 - compact.null_count() / len(compact)
            return _from_dates(compact, share, False) if share >= 0.95 else None
        return None
    text = profile.text
    if not len(text) or profile.mean_length < 6 or profile.mean_length > 35:
        return None
    probe = text.head(500)
    if shares is not None and "date" in shares:
        if shares["digit"] < 0.85 or shares["date"] < 0.45:
            return None
    elif mean_true(probe.str.contains(r"\d")) < 0.9 or mean_true(probe.str.contains(DATE_SHAPE)) < 0.5:
        return None
    if mean_true(probe.str.contains(r"\d\.?\s+(?:de\s+)?[^\W\d_]{3}|^[^\W\d_]{3,}\.? \d")) >= 0.05:
        probe = _numbered_months(probe)
    best: tuple[float, pl.Series, bool] | None = None
    for formats, has_time in ((_DATE_FORMATS, False), (_DATETIME_FORMATS, True)):
        combined: pl.Series | None = None
        for fmt in formats:  # mixed formats in one column: fill the gaps format by format
            try:
                parsed = probe.str.to_datetime(fmt, strict=False) if has_time else probe.str.to_date(fmt, strict=False)
            except (pl.exceptions.ComputeError, pl.exceptions.InvalidOperationError):
                continue
            if has_time:
                parsed = parsed.cast(pl.Datetime("us"))
            elif "%y" in fmt:  # two-digit years: a date in the future is one of the last century ("12MAR54")
                future = parsed > dt.date.today()
                parsed = pl.select(pl.when(future).then(parsed.dt.offset_by("-100y")).otherwise(parsed)).to_series()
            else:  # "%Y" also reads "15.08.87" as the year 87: leave two-digit years to the "%y" formats
                parsed = pl.select(pl.when(parsed.dt.year() >= 1000).then(parsed)).to_series()
            combined = parsed if combined is None else combined.fill_null(parsed)
            share = 1 - combined.null_count() / len(probe)
            if best is None or share > best[0]:
                best = (share, combined, has_time)
            if share > 0.98:
                break
        if best and best[0] > 0.98:
            break
    if best is None or best[0] < 0.5:
        return None
    share, parsed, has_time = best
    if has_time:
        has_time = _time_of_day(parsed.drop_nulls())
    return _from_dates(parsed, share, has_time)
