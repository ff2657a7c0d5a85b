"""``generalize``: replace values by coarser ones (global recoding).

Exactly one method per rule:
- ``bins``: numeric edges -> ``[30, 40)`` (``<30`` and ``>=90`` outside the edges);
- ``width``: equal-width numeric bins anchored at ``origin``;
- ``date``: ``year`` (``2020``), ``quarter`` (``2020-Q1``) or ``month`` (``2020-03``);
- ``age_band``: a date of birth -> age in whole years at ``reference_date`` (default: today), banded (``30-39``);
- ``keep_chars``: postal-code truncation (``75011`` -> ``750**`` with ``fill: "*"``);
- ``hierarchy`` / ``hierarchy_file``: a categorical tree (see privet.anonymize._hierarchy), climbed ``level`` steps.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from pathlib import Path
from typing import Any, Literal

import numpy as np
import polars as pl
import yaml
from pydantic import Field, model_validator

from privet.anonymize._actions._base import ActionContext, Rule, map_unique, to_text
from privet.anonymize._hierarchy import Hierarchy, parse_hierarchy
from privet.errors import DataError

__all__ = ["GeneralizeRule", "apply", "as_dates"]

_METHODS = ("bins", "width", "date", "age_band", "keep_chars", "hierarchy", "hierarchy_file")


class GeneralizeRule(Rule):
    """Coarsen values with exactly one of: bins, width, date, age_band, keep_chars, hierarchy(_file)."""

    action: Literal["generalize"] = "generalize"
    bins: list[float] | None = Field(default=None, min_length=1, description="Ascending numeric bin edges.")
    width: float | None = Field(default=None, gt=0, description="Equal-width numeric bins.")
    origin: float = 0.0
    date: Literal["year", "quarter", "month"] | None = None
    age_band: int | None = Field(default=None, ge=1, le=100, description="Width in years of the age band.")
    reference_date: dt.date | None = Field(default=None, description="Date at which ages are computed.")
    keep_chars: int | None = Field(default=None, ge=0, description="Characters kept at the start (postal codes).")
    fill: str = Field(default="*", max_length=1, description="Fills the truncated characters; '' drops them.")
    hierarchy: dict[str, Any] | None = None
    hierarchy_file: str | None = Field(default=None, description="YAML hierarchy, relative to the policy file.")
    level: int = Field(default=1, ge=0)
    unknown: str = Field(default="*", description="Output for a value the hierarchy does not list.")

    @model_validator(mode="after")
    def _one_method(self) -> GeneralizeRule:
        chosen = [name for name in _METHODS if getattr(self, name) is not None]
        if len(chosen) != 1:
            raise ValueError(
                "give exactly one of " + ", ".join(_METHODS) + (f" (got {', '.join(chosen)})" if chosen else "")
            )
        if self.bins is not None and any(b >= a for a, b in zip(self.bins[1:], self.bins, strict=False)):
            raise ValueError("bins must be strictly ascending")
        if self.hierarchy is not None:
            parse_hierarchy(self.hierarchy)
        return self

    def load_hierarchy(self, base: Path | None) -> Hierarchy:
        if self.hierarchy is not None:
            return parse_hierarchy(self.hierarchy)
        assert self.hierarchy_file is not None
        path = Path(self.hierarchy_file)
        if not path.is_absolute() and base is not None:
            path = base / path
        try:
            tree = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ValueError(f"cannot read the hierarchy file {path} ({type(exc).__name__})") from exc
        return parse_hierarchy(tree, where=str(path))


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _numeric(series: pl.Series, ctx: ActionContext) -> pl.Series:
    if series.dtype.is_numeric():
        return series.cast(pl.Float64)
    converted = series.cast(pl.String).str.strip_chars().cast(pl.Float64, strict=False)
    bad = int((converted.is_null() & series.is_not_null()).sum())
    if bad:
        raise DataError(f"{ctx.where()}: {bad} value(s) are not numbers; numeric bins need a numeric column.")
    return converted


def _bin_labels(values: pl.Series, edges: list[float], integer: bool) -> pl.Series:
    labels = [f"<{_num(edges[0])}"]
    for lo, hi in itertools.pairwise(edges):
        if integer and float(lo).is_integer() and float(hi).is_integer():
            labels.append(f"{_num(lo)}-{_num(hi - 1)}" if hi - lo > 1 else _num(lo))
        else:
            labels.append(f"[{_num(lo)}, {_num(hi)})")
    labels.append(f">={_num(edges[-1])}")
    array = values.cast(pl.Float64).fill_null(float("nan")).to_numpy()
    index = np.searchsorted(np.asarray(edges, dtype=np.float64), array, side="right")
    out = np.asarray(labels, dtype=object)[index]
    out[np.isnan(array)] = None
    return pl.Series(values.name, out.tolist(), dtype=pl.String)


def as_dates(series: pl.Series, where: str) -> pl.Series:
    """The column as polars Date; text is parsed as ISO 8601 (YYYY-MM-DD)."""
    if series.dtype == pl.Date:
        return series
    if isinstance(series.dtype, pl.Datetime):
        return series.dt.date()
    if series.dtype == pl.String:
        parsed = series.str.strip_chars().str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False)
        bad = int((parsed.is_null() & series.is_not_null()).sum())
        if bad:
            raise DataError(f"{where}: {bad} value(s) are not dates in the form YYYY-MM-DD.")
        return parsed
    raise DataError(f"{where}: expected a date column, found type {series.dtype}.")


def apply(series: pl.Series, rule: GeneralizeRule, ctx: ActionContext) -> pl.Series:
    name = series.name
    if rule.bins is not None or rule.width is not None:
        values = _numeric(series, ctx)
        integer = series.dtype.is_integer() or bool((values.drop_nulls() == values.drop_nulls().round(0)).all())
        if rule.bins is not None:
            edges = list(rule.bins)
        else:
            w = float(rule.width)  # type: ignore[arg-type]
            lo, hi = values.min(), values.max()
            if lo is None or hi is None:
                return pl.Series(name, [None] * len(series), dtype=pl.String)
            start = rule.origin + math.floor((float(lo) - rule.origin) / w) * w  # type: ignore[arg-type]
            count = max(1, math.floor((float(hi) - start) / w) + 1)  # type: ignore[arg-type]
            edges = [start + i * w for i in range(count + 1)]
        return _bin_labels(values, edges, integer).rename(name)
    if rule.date is not None:
        dates = as_dates(series, ctx.where())
        if rule.date == "year":
            out = dates.dt.year().cast(pl.String)
        elif rule.date == "month":
            out = dates.dt.strftime("%Y-%m")
        else:
            out = dates.dt.year().cast(pl.String) + "-Q" + dates.dt.quarter().cast(pl.String)
        return out.rename(name)
    if rule.age_band is not None:
        dates = as_dates(series, ctx.where())
        ref = rule.reference_date or dt.datetime.now(dt.UTC).date()
        years = ref.year - dates.dt.year()
        before_birthday = (dates.dt.month() > ref.month) | (
            (dates.dt.month() == ref.month) & (dates.dt.day() > ref.day)
        )
        ages = (years - before_birthday.cast(pl.Int32)).cast(pl.Int64)
        band = rule.age_band
        first: pl.Series = (ages // band) * band
        last: pl.Series = first + (band - 1)
        label = first.cast(pl.String) + "-" + last.cast(pl.String) if band > 1 else first.cast(pl.String)
        return label.rename(name)
    if rule.keep_chars is not None:
        n, fill = rule.keep_chars, rule.fill
        return map_unique(to_text(series), lambda v: v[:n] + fill * max(0, len(v) - n), pl.String())
    hierarchy = rule.load_hierarchy(ctx.extras.get("policy_dir"))
    text = to_text(series)
    uniques = text.drop_nulls().unique().to_list()
    mapping = {v: (hierarchy.generalize(v, rule.level) or rule.unknown) for v in uniques}
    if not mapping:
        return pl.Series(name, [None] * len(series), dtype=pl.String)
    return text.replace_strict(list(mapping), list(mapping.values()), default=None, return_dtype=pl.String)
