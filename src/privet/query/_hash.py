"""Contribution bounding per privacy unit, and the keyed 64-bit hash that orders it: one polars code path
that both engines run (polars on the whole lazy table; Spark in ``mapInArrow`` on each shuffle partition,
which holds all rows of its units).

Contribution bounding keeps a pseudo-random subset of each privacy unit's rows and partitions. The order is
given by this hash under a fresh random key drawn through ``privet.dp`` for every release, so the selection
is unpredictable yet identical on both engines. Rows with identical content get identical hashes; which of
them is kept cannot change an aggregate. The hash is splitmix64 (Steele et al., 2014) over a canonical
64-bit image of each value: integers as int64, floats as their IEEE bits (-0.0 and NaN canonicalised),
temporal values as int64 in microseconds or days, strings and binaries as a polynomial over their bytes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa

# No privet imports here: Spark ships this module to its executors by value, so they need not import privet.
__all__ = ["ROWS", "bound_batches", "bound_units", "hash_arrays", "hash_expr", "to_rank"]

ROWS = "__rows"
PARTITION_SALT = 0x5DEECE66D  # the partition hash uses key ^ PARTITION_SALT, the row hash the key itself

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_BASE = 0x100000001B3  # odd base of the byte polynomial (FNV prime)
_NULL = np.uint64(0x6A09E667F3BCC909)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)
_POWERS = np.ones(1, dtype=np.uint64)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: a bijection of uint64 with full avalanche."""
    with np.errstate(over="ignore"):
        x = x + _GOLDEN
        x = (x ^ (x >> _S30)) * _M1
        x = (x ^ (x >> _S27)) * _M2
        return x ^ (x >> _S31)


def _powers(n: int) -> np.ndarray:
    global _POWERS
    if len(_POWERS) < n:
        out = np.empty(n, dtype=np.uint64)
        out[0] = 1
        with np.errstate(over="ignore"):
            for i in range(1, n):  # grows once to the longest value seen; cached
                out[i] = out[i - 1] * np.uint64(_BASE)
        _POWERS = out
    return _POWERS[:n]


def _bytes_image(series: pl.Series) -> np.ndarray:
    arr = series.cast(pl.Binary).to_arrow()
    if not pa.types.is_large_binary(arr.type):
        arr = arr.cast(pa.large_binary())
    n = len(arr)
    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64)[arr.offset : arr.offset + n + 1]
    data_buffer = arr.buffers()[2]
    data = np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None else np.zeros(0, np.uint8)
    start, stop = (int(offsets[0]), int(offsets[-1])) if n else (0, 0)
    lengths = np.diff(offsets)
    data = data[start:stop].astype(np.uint64) + np.uint64(1)
    position = np.arange(stop - start, dtype=np.int64) - np.repeat(offsets[:-1] - start, lengths)
    longest = int(lengths.max()) if n else 0
    with np.errstate(over="ignore"):
        terms = data * _powers(max(longest, 1))[position]
        cumulative = np.concatenate([np.zeros(1, np.uint64), np.cumsum(terms, dtype=np.uint64)])
        poly = cumulative[offsets[1:] - start] - cumulative[offsets[:-1] - start]
        return _mix(poly ^ (lengths.astype(np.uint64) * _GOLDEN))


def _image(series: pl.Series, name: str) -> np.ndarray:
    """A canonical uint64 image of every value (nulls are patched by the caller)."""
    t = series.dtype
    if t == pl.Null:
        return np.zeros(len(series), dtype=np.uint64)
    if isinstance(t, pl.Categorical | pl.Enum):
        return _image(series.cast(pl.String), name)
    if t == pl.Boolean or t.is_integer():
        ints = series.cast(pl.Int64, wrap_numerical=True).fill_null(0).to_numpy()
        return np.ascontiguousarray(ints, dtype=np.int64).view(np.uint64)
    if t.is_float() or t.is_decimal():
        floats = np.array(series.cast(pl.Float64).fill_null(0.0).to_numpy(), dtype=np.float64)
        floats[floats == 0.0] = 0.0  # -0.0 == 0.0
        floats[np.isnan(floats)] = np.nan  # one NaN
        return floats.view(np.uint64) ^ np.uint64(0x5851F42D4C957F2D)  # keep 1 and 1.0 apart
    if isinstance(t, pl.Datetime):
        micros = series.dt.replace_time_zone(None).dt.cast_time_unit("us").to_physical().fill_null(0)
        return np.ascontiguousarray(micros.to_numpy(), dtype=np.int64).view(np.uint64)
    if isinstance(t, pl.Duration):
        return _image(series.dt.cast_time_unit("us").to_physical(), name)
    if t in (pl.Date, pl.Time):
        return _image(series.to_physical(), name)
    if t in (pl.String, pl.Binary):
        return _bytes_image(series)
    raise TypeError(f"column {name!r} of type {t} cannot be hashed")  # nested types are refused before this


def hash_arrays(columns: Sequence[pl.Series], *, key: int, names: Sequence[str]) -> np.ndarray:
    """Keyed uint64 hash of each row of ``columns`` (equal lengths); ``key`` is a random 64-bit integer."""
    n = len(columns[0]) if columns else 0
    h = _mix(np.full(n, np.uint64(key & 0xFFFFFFFFFFFFFFFF), dtype=np.uint64))
    for series, name in zip(columns, names, strict=True):
        image = _mix(_image(series, name))
        if series.null_count():
            image = np.where(series.is_null().to_numpy(), _NULL, image)
        with np.errstate(over="ignore"):
            h = _mix(h * _M1 ^ image)
    return h


def to_rank(h: np.ndarray) -> np.ndarray:
    """Non-negative int64 with the order of the top 63 bits (Spark has no unsigned 64-bit type)."""
    return (h >> np.uint64(1)).astype(np.int64)


def hash_expr(columns: list[str], *, key: int, alias: str) -> pl.Expr:
    """The keyed row hash of ``columns`` as a non-negative Int64 (polars expression)."""

    def run(s: pl.Series) -> pl.Series:
        frame = s.struct.unnest()
        arrays = [frame.get_column(c) for c in columns]
        return pl.Series(alias, to_rank(hash_arrays(arrays, key=key, names=columns)), dtype=pl.Int64)

    return pl.struct(columns).map_batches(run, return_dtype=pl.Int64, is_elementwise=True).alias(alias)


def _agg(how: str, column: str, alias: str) -> pl.Expr:
    expr = pl.col(column)
    return {"sum": expr.sum(), "count": expr.count(), "list": expr}[how].alias(alias)


def bound_units(
    lf: pl.LazyFrame,
    *,
    unit: str,
    keys: list[str],
    hashed: list[str],
    aggs: list[tuple[str, str, str]],
    max_partitions: int,
    max_contributions: int,
    key: int,
) -> pl.LazyFrame:
    """One row per kept (unit, partition): the unit, the keys, ``__rows`` and ``aggs`` over the kept rows.

    ``aggs`` are ``(how, column, alias)`` with ``how`` one of ``sum``, ``count`` (non-null) or ``list``.

    1. in each (unit, partition) keep the ``max_contributions`` rows of lowest hash of (unit, keys, ``hashed``);
    2. of each unit's partitions keep the ``max_partitions`` of lowest hash of (unit, keys).
    """
    lf = lf.with_columns(hash_expr([unit, *keys, *hashed], key=key, alias="__rh"))
    lf = lf.filter(pl.col("__rh").rank("ordinal").over([unit, *keys]) <= max_contributions)
    per_unit = lf.group_by([unit, *keys]).agg(pl.len().alias(ROWS), *[_agg(*spec) for spec in aggs])
    per_unit = per_unit.with_columns(hash_expr([unit, *keys], key=key ^ PARTITION_SALT, alias="__ph"))
    return per_unit.filter(pl.col("__ph").rank("ordinal").over(unit) <= max_partitions).drop("__ph")


def bound_batches(
    batches: Iterator[Any],
    *,
    schema: Any,
    unit: str,
    keys: list[str],
    hashed: list[str],
    aggs: list[tuple[str, str, str]],
    max_partitions: int,
    max_contributions: int,
    key: int,
) -> Iterator[Any]:
    """Spark ``mapInArrow`` body over a partition shuffled by unit: ``bound_units`` of all its rows, without
    the unit column, as Arrow batches: the keys typed as Spark sent them, then the columns of ``schema``."""
    arrow = list(batches)
    if not arrow:
        return
    frame = pl.from_arrow(pa.Table.from_batches(arrow))
    assert isinstance(frame, pl.DataFrame)
    schema = pa.schema([arrow[0].schema.field(k) for k in keys] + list(schema))
    out = bound_units(
        frame.lazy(),
        unit=unit,
        keys=keys,
        hashed=hashed,
        aggs=aggs,
        max_partitions=max_partitions,
        max_contributions=max_contributions,
        key=key,
    ).drop(unit)
    table = out.collect().to_arrow().select(schema.names).cast(schema)
    yield from table.to_batches(max_chunksize=65_536)
