"""Compile a plan to a polars lazy query (streaming engine) and compute its bounded aggregates."""

from __future__ import annotations

import polars as pl

from privet.errors import BackendError
from privet.query._hash import bound_units, hash_expr
from privet.query._plan import BIN, BIN_COUNT, ROWS, UNITS, Aggregate, Bounded, Plan

__all__ = ["bounded_polars", "hash_expr", "unit_aggs", "value_expr"]

ALL = "__all"  # the one key of a query without group keys


def value_expr(agg: Aggregate) -> pl.Expr:
    """Per-row value of an aggregate: clipped (and centred, for a mean) float, or a bin index."""
    assert agg.column is not None and agg.bounds is not None
    lo, hi = agg.bounds
    value = pl.col(agg.column).cast(pl.Float64).fill_nan(None)
    if agg.kind == "sum":
        return value.clip(lo, hi).alias(agg.value_column)
    if agg.kind == "mean":
        return (value.clip(lo, hi) - agg.midpoint).alias(agg.value_column)
    if agg.kind == "quantile":
        scale = (len(agg.bin_edges) - 1) / (hi - lo)
        index = ((value - lo) * scale).floor().clip(0, len(agg.bin_edges) - 2)
        return index.cast(pl.Int64).alias(agg.value_column)
    inner = agg.edges[1:-1]
    index = pl.sum_horizontal([(value >= e).cast(pl.Int64) for e in inner]) if inner else pl.lit(0, pl.Int64)
    return pl.when(value.is_null()).then(None).otherwise(index).cast(pl.Int64).alias(agg.value_column)


def unit_aggs(plan: Plan) -> list[tuple[str, str, str]]:
    """What ``bound_units`` aggregates per kept (unit, partition): sums and non-null counts, bin lists."""
    out = []
    for agg in plan.needs_value:
        out += [("sum", agg.value_column, agg.sum_column), ("count", agg.value_column, agg.n_column)]
    return out + [("list", a.value_column, a.value_column) for a in plan.binned]


def bounded_polars(source: pl.LazyFrame, plan: Plan, *, key: int) -> Bounded:
    """Contribution-bound ``source`` per ``plan`` and aggregate per partition (streaming where possible).

    ``key`` is the random 64-bit hash key of this release (drawn through ``privet.dp``).
    """
    keys = list(plan.keys) or [ALL]
    lf = source if plan.keys else source.with_columns(pl.lit(0, pl.Int32).alias(ALL))
    if plan.public_keys is not None and plan.keys:
        lf = lf.join(plan.public_keys.lazy(), on=keys, how="semi", nulls_equal=True)
    values = [value_expr(a) for a in plan.aggregates if a.column is not None]
    unit = [plan.unit] if plan.unit else []
    lf = lf.select(*[pl.col(c) for c in unit + keys], *values)
    scalar_aggs = []
    for agg in plan.needs_value:
        scalar_aggs += [pl.col(agg.value_column).sum().alias(agg.sum_column)]
        scalar_aggs += [pl.col(agg.value_column).count().alias(agg.n_column)]
    binned_cols = [a.value_column for a in plan.binned]
    if plan.unit is None:
        parts = lf.group_by(keys).agg(pl.len().alias(UNITS), pl.len().alias(ROWS), *scalar_aggs)
        rows = lf
    else:
        value_cols = [a.value_column for a in plan.aggregates if a.column is not None]
        per_unit = bound_units(lf, unit=plan.unit, keys=keys, hashed=value_cols, aggs=unit_aggs(plan),
                               max_partitions=plan.max_partitions, max_contributions=plan.max_contributions,
                               key=key)  # fmt: skip
        sums = [pl.col(c).sum() for a in plan.needs_value for c in (a.sum_column, a.n_column)]
        parts = per_unit.group_by(keys).agg(pl.len().alias(UNITS), pl.col(ROWS).sum(), *sums)
        rows = per_unit.select(*keys, *binned_cols).explode(binned_cols) if binned_cols else per_unit
    bin_queries = [
        rows.select(*keys, pl.col(a.value_column).alias(BIN))
        .drop_nulls(BIN)
        .group_by([*keys, BIN])
        .agg(pl.len().alias(BIN_COUNT))
        for a in plan.binned
    ]
    try:
        frames = pl.collect_all([parts, *bin_queries], engine="streaming")
    except pl.exceptions.PolarsError as exc:
        raise BackendError(f"polars failed while computing the bounded aggregates: {type(exc).__name__}.") from exc
    partitions, *bin_frames = frames
    partitions = partitions.with_columns(pl.col(UNITS).cast(pl.Int64), pl.col(ROWS).cast(pl.Int64))
    if not plan.keys:
        partitions = partitions.drop(ALL)
        bin_frames = [f.drop(ALL) for f in bin_frames]
    bins = {
        a.output: f.with_columns(pl.col(BIN_COUNT).cast(pl.Int64)) for a, f in zip(plan.binned, bin_frames, strict=True)
    }
    return Bounded(partitions=partitions, bins=bins)
