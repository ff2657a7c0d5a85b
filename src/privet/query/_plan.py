"""The backend-neutral plan of a DP query: what each engine must compute before any noise is added.

A plan names the privacy unit, the group keys, the public partitions (if any), the contribution bounds and
the aggregates. Both engines (``_polars.py``, ``_spark.py``) compile the same plan to the same *bounded
aggregates*: per partition, the number of distinct privacy units, the number of kept rows, clipped sums
and non-null counts, and bin counts for histograms and quantiles. Contribution bounding, with the row and
partition order given by the keyed hash of ``_hash.py``, is:

1. in each (unit, partition) keep the ``max_contributions`` rows of lowest hash;
2. of each unit's partitions keep the ``max_partitions`` of lowest hash.

Without a privacy unit every row is its own unit: one partition, one contribution.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import polars as pl

from privet.errors import InvalidParameterError
from privet.query._hash import ROWS

__all__ = [
    "Aggregate",
    "Bounded",
    "Plan",
    "QUANTILE_BINS",
    "ROWS",
    "count",
    "count_distinct_units",
    "histogram",
    "mean",
    "quantile",
    "sum",
]

AggKind = Literal["count", "count_distinct_units", "sum", "mean", "quantile", "histogram"]
QUANTILE_BINS = 1024  # resolution of the quantile search grid between the bounds

UNITS = "__units"
BIN = "__bin"
BIN_COUNT = "__count"


@dataclass(frozen=True)
class Aggregate:
    """One aggregate of a query; build it with ``count()``, ``sum(col, bounds=...)`` and the others."""

    kind: AggKind
    column: str | None = None
    bounds: tuple[float, float] | None = None
    q: tuple[float, ...] = ()
    edges: tuple[float, ...] = ()
    name: str = ""

    @property
    def output(self) -> str:
        """The output column name: ``count``, ``sum_income``, ``mean_age``, ``quantile_age``, ..."""
        if self.name:
            return self.name
        if self.column is None:
            return self.kind
        return f"{self.kind}_{self.column}"

    @property
    def sum_column(self) -> str:
        return f"__sum_{self.output}"

    @property
    def n_column(self) -> str:
        return f"__n_{self.output}"

    @property
    def value_column(self) -> str:
        return f"__v_{self.output}"

    @property
    def bin_edges(self) -> np.ndarray:
        """Histogram edges, or the fine grid of the quantile search."""
        if self.kind == "histogram":
            return np.asarray(self.edges, dtype=float)
        assert self.bounds is not None
        return np.linspace(self.bounds[0], self.bounds[1], QUANTILE_BINS + 1)

    @property
    def binned(self) -> bool:
        return self.kind in ("histogram", "quantile")

    @property
    def midpoint(self) -> float:
        assert self.bounds is not None
        return (self.bounds[0] + self.bounds[1]) / 2.0


def _check_name(name: str | None) -> str:
    if name is None:
        return ""
    if not isinstance(name, str) or not name or name.startswith("__"):
        raise InvalidParameterError(
            f"The 'name' parameter must be a non-empty text not starting with '__'. Got {name!r}."
        )
    return name


def _check_column(column: object, where: str) -> str:
    if not isinstance(column, str) or not column:
        raise InvalidParameterError(f"The column of {where}() must be a column name (text). Got {column!r}.")
    return column


def _check_bounds(bounds: object, where: str) -> tuple[float, float]:
    numbers = (int, float, np.integer, np.floating)
    ok = (
        isinstance(bounds, tuple | list)
        and len(bounds) == 2
        and all(isinstance(b, numbers) and not isinstance(b, bool) for b in bounds)
    )
    lo, hi = (float(bounds[0]), float(bounds[1])) if ok else (0.0, 0.0)  # type: ignore[index]
    if not ok or not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise InvalidParameterError(
            f"The 'bounds' parameter of {where}() must be two finite numbers (lower, upper) with lower < upper. "
            f"Got {bounds!r}. Bounds are never read from the data: give the range you expect."
        )
    return lo, hi


def count(*, name: str | None = None) -> Aggregate:
    """Number of rows per partition (after contribution bounding)."""
    return Aggregate("count", name=_check_name(name))


def count_distinct_units(*, name: str | None = None) -> Aggregate:
    """Number of distinct privacy units per partition (rows when there is no privacy unit)."""
    return Aggregate("count_distinct_units", name=_check_name(name))


def sum(column: str, *, bounds: tuple[float, float], name: str | None = None) -> Aggregate:
    """Sum of ``column`` with every value clipped to ``bounds``; nulls and NaN are skipped."""
    return Aggregate("sum", _check_column(column, "sum"), _check_bounds(bounds, "sum"), name=_check_name(name))


def mean(column: str, *, bounds: tuple[float, float], name: str | None = None) -> Aggregate:
    """Mean of ``column`` with every value clipped to ``bounds``; nulls and NaN are skipped."""
    return Aggregate("mean", _check_column(column, "mean"), _check_bounds(bounds, "mean"), name=_check_name(name))


def quantile(
    column: str, q: float | Sequence[float], *, bounds: tuple[float, float], name: str | None = None
) -> Aggregate:
    """Quantile(s) ``q`` of ``column`` within ``bounds`` (resolution (upper - lower) / 1024), each with an
    interval at the release's confidence; half of each q's budget goes to the interval (see ``_release``)."""
    qs = (q,) if isinstance(q, int | float) else tuple(q)
    if not qs or not all(isinstance(x, int | float) and not isinstance(x, bool) and 0.0 <= x <= 1.0 for x in qs):
        raise InvalidParameterError(f"The 'q' parameter of quantile() must be numbers in [0, 1]. Got {q!r}.")
    return Aggregate(
        "quantile",
        _check_column(column, "quantile"),
        _check_bounds(bounds, "quantile"),
        q=tuple(float(x) for x in qs),
        name=_check_name(name),
    )


def histogram(
    column: str, *, bins: int | Sequence[float], bounds: tuple[float, float] | None = None, name: str | None = None
) -> Aggregate:
    """Counts of ``column`` in ``bins``: a list of edges, or a number of equal bins over ``bounds``.

    Values below the first edge count in the first bin, values above the last in the last; nulls are skipped.
    """
    column = _check_column(column, "histogram")
    if isinstance(bins, int) and not isinstance(bins, bool):
        if bins < 1 or bins > 1_000:
            raise InvalidParameterError(f"The 'bins' parameter of histogram() must be in 1..1000. Got {bins}.")
        if bounds is None:
            raise InvalidParameterError(
                "histogram() with a number of bins needs 'bounds'; bounds are never read from the data."
            )
        lo, hi = _check_bounds(bounds, "histogram")
        edges = tuple(float(x) for x in np.linspace(lo, hi, bins + 1))
    else:
        try:
            edges = tuple(float(x) for x in bins)  # type: ignore[union-attr]
        except (TypeError, ValueError):
            edges = ()
        increasing = all(b > a for a, b in itertools.pairwise(edges))
        if not 2 <= len(edges) <= 1001 or not all(math.isfinite(e) for e in edges) or not increasing:
            raise InvalidParameterError(
                f"The 'bins' parameter of histogram() must be a bin count or 2 to 1001 increasing finite edges. "
                f"Got {bins!r}."
            )
    return Aggregate("histogram", column, (edges[0], edges[-1]), edges=edges, name=_check_name(name))


@dataclass(frozen=True)
class Plan:
    """Everything an engine needs to compute the bounded aggregates of one release."""

    keys: tuple[str, ...]
    aggregates: tuple[Aggregate, ...]
    unit: str | None = None
    max_partitions: int = 1
    max_contributions: int = 1
    public_keys: pl.DataFrame | None = field(default=None, compare=False)

    @property
    def value_columns(self) -> list[str]:
        """Source columns the aggregates read, in first-use order."""
        seen: dict[str, None] = {}
        for agg in self.aggregates:
            if agg.column is not None:
                seen.setdefault(agg.column, None)
        return list(seen)

    @property
    def needs_value(self) -> list[Aggregate]:
        """Aggregates with a per-row value: sum and mean (clipped; mean centred on the middle of its bounds)."""
        return [a for a in self.aggregates if a.kind in ("sum", "mean")]

    @property
    def binned(self) -> list[Aggregate]:
        return [a for a in self.aggregates if a.binned]


@dataclass
class Bounded:
    """Bounded, not yet noisy aggregates (small: one row per partition).

    ``partitions`` has the key columns, ``__units``, ``__rows``, and ``__sum_<out>`` / ``__n_<out>`` for each
    sum and mean. ``bins[out]`` has the key columns, ``__bin`` and ``__count`` for each histogram/quantile.
    """

    partitions: pl.DataFrame
    bins: dict[str, pl.DataFrame]
