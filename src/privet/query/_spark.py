"""Compile a plan to PySpark DataFrame operations (extra ``spark``).

Raw rows never reach the driver: hashing runs on the executors (``mapInArrow`` with the same numpy code as
the polars engine), bounding and aggregation are Spark window and group-by operations, and only the
bounded per-partition aggregates (one row per partition) are collected. Noise is added on the driver.
"""

from __future__ import annotations

import functools
import os
import sys
from typing import Any

import polars as pl

from privet.errors import BackendError, missing_dependency
from privet.query._plan import BIN, BIN_COUNT, ROWS, UNITS, Aggregate, Bounded, Plan

__all__ = ["bounded_spark", "is_spark_frame", "spark_session", "to_spark"]

ALL = "__all"


def _sql() -> Any:
    try:
        import pyspark.sql  # noqa: F401
        from pyspark.sql import functions
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise missing_dependency("pyspark", "spark") from exc
    return functions


def is_spark_frame(table: object) -> bool:
    """True for a ``pyspark.sql.DataFrame`` (classic or Connect), without importing pyspark."""
    return any(cls.__name__ == "DataFrame" and cls.__module__.startswith("pyspark.sql") for cls in type(table).__mro__)


def spark_session() -> Any:
    """The active SparkSession, or a new local one."""
    _sql()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors need privet's interpreter
    return (
        SparkSession.builder.appName("privet")
        .master("local[*]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )


def to_spark(frame: pl.DataFrame) -> Any:
    """A Spark DataFrame holding ``frame`` (for a polars/pandas/pyarrow input queried with engine='spark')."""
    spark = spark_session()
    try:
        return spark.createDataFrame(frame.to_arrow())  # pyspark >= 4 (keeps the schema of an empty table)
    except (TypeError, ValueError):  # pyspark 3.5 takes pandas
        return spark.createDataFrame(frame.to_pandas())


def _value(F: Any, agg: Aggregate) -> Any:
    """The same per-row value as ``_polars.value_expr``, in Spark SQL."""
    assert agg.column is not None and agg.bounds is not None
    lo, hi = agg.bounds
    raw = F.col(agg.column).cast("double")
    value = F.when(raw.isNull() | F.isnan(raw), F.lit(None).cast("double")).otherwise(raw)
    clipped = F.when(value.isNull(), value).otherwise(F.least(F.greatest(value, F.lit(lo)), F.lit(hi)))
    if agg.kind == "sum":
        return clipped.alias(agg.value_column)
    if agg.kind == "mean":
        return (clipped - F.lit(agg.midpoint)).alias(agg.value_column)
    if agg.kind == "quantile":
        top = len(agg.bin_edges) - 2
        scale = (len(agg.bin_edges) - 1) / (hi - lo)
        index = F.floor((value - F.lit(lo)) * F.lit(scale)).cast("long")
        index = F.least(F.greatest(index, F.lit(0).cast("long")), F.lit(top).cast("long"))
        return F.when(value.isNull(), F.lit(None).cast("long")).otherwise(index).alias(agg.value_column)
    index = F.lit(0).cast("long")
    for edge in agg.edges[1:-1]:
        index = index + (value >= F.lit(edge)).cast("long")
    return F.when(value.isNull(), F.lit(None).cast("long")).otherwise(index).alias(agg.value_column)


def _with_hashes(df: Any, unit: str, keys: list[str], value_cols: list[str], key: int) -> Any:
    from pyspark.sql.types import LongType, StructField, StructType

    hashes = [StructField("__ph", LongType(), False), StructField("__rh", LongType(), False)]
    schema = StructType([*df.schema.fields, *hashes])
    from pyspark import cloudpickle

    from privet.query import _hash

    cloudpickle.register_pickle_by_value(_hash)  # executors get the hash code without importing privet
    run = functools.partial(_hash.hash_batches, part_cols=[unit, *keys], row_cols=[unit, *keys, *value_cols], key=key)
    return df.mapInArrow(run, schema)


def bounded_spark(source: Any, plan: Plan, *, key: int) -> Bounded:
    """Contribution-bound the Spark DataFrame ``source`` per ``plan`` and collect per-partition aggregates."""
    F = _sql()
    from pyspark.sql import Window

    keys = list(plan.keys) or [ALL]
    df = source if plan.keys else source.withColumn(ALL, F.lit(0))
    spark = df.sparkSession
    if plan.public_keys is not None and plan.keys:
        public = spark.createDataFrame(plan.public_keys.to_pandas())
        cond = [df[k].eqNullSafe(public[k]) for k in keys]
        df = df.join(F.broadcast(public), on=cond, how="left_semi")
    unit = [plan.unit] if plan.unit else []
    values = [_value(F, a) for a in plan.aggregates if a.column is not None]
    df = df.select(*[F.col(c) for c in unit + keys], *values)
    scalar = []
    for agg in plan.needs_value:
        scalar += [F.sum(agg.value_column).alias(agg.sum_column), F.count(agg.value_column).alias(agg.n_column)]
    binned_cols = [a.value_column for a in plan.binned]
    if plan.unit is None:
        parts = df.groupBy(*keys).agg(F.count(F.lit(1)).alias(UNITS), F.count(F.lit(1)).alias(ROWS), *scalar)
        rows = df
        bin_rows = [rows.select(*keys, F.col(c).alias(BIN)) for c in binned_cols]
    else:
        value_cols = [a.value_column for a in plan.aggregates if a.column is not None]
        # one shuffle by unit serves the row window, the per-(unit, partition) group-by and the unit window
        df = _with_hashes(df, plan.unit, keys, value_cols, key).repartition(plan.unit)
        by_pair = Window.partitionBy(plan.unit, "__ph").orderBy("__rh")
        df = df.withColumn("__i", F.row_number().over(by_pair)).where(F.col("__i") <= plan.max_contributions)
        per_unit = df.groupBy(plan.unit, *keys).agg(
            F.first("__ph").alias("__ph"),
            F.count(F.lit(1)).alias(ROWS),
            *scalar,
            *[F.collect_list(c).alias(c) for c in binned_cols],
        )
        by_unit = Window.partitionBy(plan.unit).orderBy("__ph")
        per_unit = per_unit.withColumn("__j", F.row_number().over(by_unit)).where(F.col("__j") <= plan.max_partitions)
        per_unit = per_unit.cache() if binned_cols else per_unit
        sums = [F.sum(c).alias(c) for a in plan.needs_value for c in (a.sum_column, a.n_column)]
        parts = per_unit.groupBy(*keys).agg(F.count(F.lit(1)).alias(UNITS), F.sum(ROWS).alias(ROWS), *sums)
        bin_rows = [per_unit.select(*keys, F.explode(c).alias(BIN)) for c in binned_cols]
    try:
        partitions = _collect(parts)
        bin_frames: list[pl.DataFrame] = []
        if bin_rows:  # one Spark job for all histograms and quantiles
            tagged = [r.withColumn("__agg", F.lit(i)) for i, r in enumerate(bin_rows)]
            union = tagged[0]
            for other in tagged[1:]:
                union = union.unionByName(other)
            counted = union.where(F.col(BIN).isNotNull()).groupBy("__agg", *keys, BIN)
            every = _collect(counted.agg(F.count(F.lit(1)).alias(BIN_COUNT)))
            bin_frames = [every.filter(pl.col("__agg") == i).drop("__agg") for i in range(len(bin_rows))]
    except Exception as exc:
        if type(exc).__module__.startswith(("pyspark", "py4j")):
            raise BackendError(f"Spark failed while computing the bounded aggregates: {type(exc).__name__}.") from exc
        raise
    casts = [pl.col(UNITS).cast(pl.Int64), pl.col(ROWS).cast(pl.Int64)]
    casts += [pl.col(a.n_column).cast(pl.UInt32) for a in plan.needs_value]
    casts += [pl.col(a.sum_column).cast(pl.Float64) for a in plan.needs_value]
    partitions = partitions.with_columns(casts)
    if not plan.keys:
        partitions = partitions.drop(ALL)
        bin_frames = [f.drop(ALL) for f in bin_frames]
    bins = {
        a.output: f.with_columns(pl.col(BIN).cast(pl.Int64), pl.col(BIN_COUNT).cast(pl.Int64))
        for a, f in zip(plan.binned, bin_frames, strict=True)
    }
    return Bounded(partitions=partitions, bins=bins)


def _collect(df: Any) -> pl.DataFrame:
    """Collect a small aggregated Spark DataFrame as polars (through Arrow when available)."""
    try:
        table = df.toArrow()
    except AttributeError:  # pyspark < 4
        frame = pl.from_pandas(df.toPandas())
    else:
        frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame
