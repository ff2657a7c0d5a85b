"""A keyed 64-bit hash that polars and Spark compute identically (numpy on Arrow arrays).

Contribution bounding keeps a pseudo-random subset of each privacy unit's rows and partitions. The order is
given by this hash under a fresh random key drawn through ``privet.dp`` for every release, so the selection
is unpredictable yet identical on both engines (the same function runs in polars ``map_batches`` and in a
Spark pandas UDF). Rows with identical content get identical hashes; which of them is kept cannot change an
aggregate. The hash is splitmix64 (Steele et al., 2014) over a canonical 64-bit image of each value:
integers as int64, floats as their IEEE bits (-0.0 and NaN canonicalised), temporal values as int64 in
microseconds or days, strings and binaries as a polynomial over their bytes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import polars as pl
import pyarrow as pa

# No privet imports here: Spark ships this module to its executors by value, so they need not import privet.
__all__ = ["hash_arrays", "hash_batches", "to_rank"]

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


def hash_batches(batches: Iterator[Any], *, part_cols: list[str], row_cols: list[str], key: int) -> Iterator[Any]:
    """Spark ``mapInArrow`` body: append ``__ph`` (unit, keys) and ``__rh`` (unit, keys, values) ranks."""
    for batch in batches:
        frame = pl.from_arrow(batch)
        assert isinstance(frame, pl.DataFrame)
        ph = to_rank(hash_arrays([frame.get_column(c) for c in part_cols], key=key ^ 0x5DEECE66D, names=part_cols))
        rh = to_rank(hash_arrays([frame.get_column(c) for c in row_cols], key=key, names=row_cols))
        yield pa.RecordBatch.from_arrays(
            [*batch.columns, pa.array(ph, pa.int64()), pa.array(rh, pa.int64())],
            names=[*batch.schema.names, "__ph", "__rh"],
        )


def to_rank(h: np.ndarray) -> np.ndarray:
    """Non-negative int64 with the order of the top 63 bits (Spark has no unsigned 64-bit type)."""
    return (h >> np.uint64(1)).astype(np.int64)
