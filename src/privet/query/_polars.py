"""Compile a plan to a polars lazy query (streaming engine) and compute its bounded aggregates."""

from __future__ import annotations

import math
import os

import polars as pl

from privet.errors import BackendError
from privet.query._hash import bound_units, hash_expr
from privet.query._plan import BIN, BIN_COUNT, ROWS, UNITS, Aggregate, Bounded, Plan

__all__ = ["ROWS_PER_PASS", "bounded_polars", "hash_expr", "unit_aggs", "value_expr"]

ALL = "__all"  # the one key of a query without group keys
ROWS_PER_PASS: int | None = None  # rows bounded per pass; None: sized from the memory available (_passes)
MEMORY_SHARE = 0.25  # of the available memory, for one bounding pass
BYTES_PER_CELL = 32  # bounding holds ~4x the selected columns and its two hashes (8 bytes a cell) in memory
TEXT_CELL = 4  # a text or binary cell counts as this many 8-byte cells (a guess: strings vary)


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


def bounded_polars(source: pl.LazyFrame, plan: Plan, *, key: int, rows_per_pass: int | None = None) -> Bounded:
    """Contribution-bound ``source`` per ``plan`` and aggregate per partition.

    ``key`` is the random 64-bit hash key of this release (drawn through ``privet.dp``). Everything but
    contribution bounding runs on polars' streaming engine; bounding ranks rows within each unit, which
    polars does in memory, so a table whose bounding would not fit in a quarter of the available memory is
    bounded in passes over disjoint sets of units (a hash of the unit picks the pass), each pass reading the
    source again: memory follows the pass, not the table. Bounding is per unit, so the result is the same.
    ``rows_per_pass`` (or the module's ``ROWS_PER_PASS``) fixes the pass size instead.
    """
    keys = list(plan.keys) or [ALL]
    lf = source if plan.keys else source.with_columns(pl.lit(0, pl.Int32).alias(ALL))
    if plan.public_keys is not None and plan.keys:
        lf = lf.join(plan.public_keys.lazy(), on=keys, how="semi", nulls_equal=True)
    values = [value_expr(a) for a in plan.aggregates if a.column is not None]
    unit = [plan.unit] if plan.unit else []
    lf = lf.select(*[pl.col(c) for c in unit + keys], *values)
    if plan.unit is None:
        passes = 1
    else:
        text = sum(t in (pl.String, pl.Binary, pl.Categorical) for t in lf.collect_schema().dtypes())
        cells = len(lf.collect_schema()) + 2 + (TEXT_CELL - 1) * text
        passes = _passes(source, cells, rows_per_pass or ROWS_PER_PASS)
    try:
        results = []
        for i in range(passes):
            part = lf if passes == 1 else lf.filter(pl.col(unit[0]).hash(seed=0) % passes == i)
            results.append(pl.collect_all(_aggregates(part, plan, keys, key), engine="streaming"))
    except pl.exceptions.PolarsError as exc:
        raise BackendError(f"polars failed while computing the bounded aggregates: {type(exc).__name__}.") from exc
    partitions, *bin_frames = results[0] if passes == 1 else _merge(results, plan, keys)
    partitions = partitions.with_columns(pl.col(UNITS).cast(pl.Int64), pl.col(ROWS).cast(pl.Int64))
    if not plan.keys:
        partitions = partitions.drop(ALL)
        bin_frames = [f.drop(ALL) for f in bin_frames]
    bins = {
        a.output: f.with_columns(pl.col(BIN_COUNT).cast(pl.Int64)) for a, f in zip(plan.binned, bin_frames, strict=True)
    }
    return Bounded(partitions=partitions, bins=bins)


def _passes(source: pl.LazyFrame, cells: int, rows_per_pass: int | None) -> int:
    """Number of bounding passes for ``source`` (its row count comes from metadata for Parquet)."""
    rows = int(source.select(pl.len()).collect(engine="streaming").item())
    if rows_per_pass is None:
        need = rows * cells * BYTES_PER_CELL
        budget = _available_memory() * MEMORY_SHARE
        return max(1, math.ceil(need / budget)) if budget > 0 else 1
    return max(1, -(-rows // rows_per_pass))


def _available_memory() -> float:
    """Bytes available to this process: MemAvailable, capped by a cgroup v2 limit (0 when unknown)."""
    available = 0.0
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    available = float(line.split()[1]) * 1024
    except OSError:
        try:
            available = float(os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
        except (ValueError, OSError, AttributeError):
            return 0.0
    try:
        with open("/sys/fs/cgroup/memory.max", encoding="ascii") as fh:
            limit = fh.read().strip()
        with open("/sys/fs/cgroup/memory.current", encoding="ascii") as fh:
            used = float(fh.read().strip())
        if limit != "max":
            available = min(available, float(limit) - used)
    except (OSError, ValueError):
        pass
    return max(available, 0.0)


def _aggregates(lf: pl.LazyFrame, plan: Plan, keys: list[str], key: int) -> list[pl.LazyFrame]:
    """The per-partition aggregates and per-bin counts of ``lf`` (lazy)."""
    binned_cols = [a.value_column for a in plan.binned]
    if plan.unit is None:
        scalar = []
        for agg in plan.needs_value:
            value = pl.col(agg.value_column)
            scalar += [value.sum().alias(agg.sum_column), value.count().alias(agg.n_column)]
        parts = lf.group_by(keys).agg(pl.len().alias(UNITS), pl.len().alias(ROWS), *scalar)
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
    return [parts, *bin_queries]


def _merge(results: list[list[pl.DataFrame]], plan: Plan, keys: list[str]) -> list[pl.DataFrame]:
    """Add up the aggregates of the passes (each unit is in exactly one pass)."""
    counts = [UNITS, ROWS, *[a.n_column for a in plan.needs_value]]
    sums = [a.sum_column for a in plan.needs_value]
    parts = pl.concat([r[0].with_columns(pl.col(counts).cast(pl.Int64)) for r in results])
    parts = parts.group_by(keys).agg(pl.col(counts).sum(), pl.col(sums).sum())
    parts = parts.with_columns(pl.col(a.n_column).cast(pl.UInt32) for a in plan.needs_value)
    out = [parts.select(results[0][0].columns)]
    for j in range(1, len(results[0])):
        frame = pl.concat([r[j].with_columns(pl.col(BIN_COUNT).cast(pl.Int64)) for r in results])
        out.append(frame.group_by([*keys, BIN]).agg(pl.col(BIN_COUNT).sum()))
    return out
