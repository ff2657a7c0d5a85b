"""Compile a plan to PySpark DataFrame operations (extra ``spark``).

Raw rows never reach the driver: the rows are shuffled by privacy unit, contribution bounding runs on the
executors (``mapInArrow`` with the polars engine's own ``bound_units``, so both engines keep the same rows),
a Spark group-by sums the kept (unit, partition) rows per partition, and only those bounded aggregates (one
row per partition) are collected. Noise is added on the driver.
"""

from __future__ import annotations

import functools
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import polars as pl

from privet.errors import BackendError, missing_dependency
from privet.query._plan import BIN, BIN_COUNT, ROWS, UNITS, Aggregate, Bounded, Plan

__all__ = ["bounded_spark", "is_spark_frame", "spark_session", "to_spark"]

ALL = "__all"
_LOG4J = Path(__file__).with_name("log4j2.properties").as_uri()  # errors only
T = TypeVar("T")


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


def _quiet_pandas_warning(fn: Callable[..., T]) -> Callable[..., T]:
    """Run ``fn`` without pyspark's "does not yet fully support pandas >= 3" FutureWarning.

    pyspark converts through pandas internally (even from Arrow) and warns on every conversion; the
    warning is about pyspark's own test matrix, not something a privet user can act on.
    """

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> T:
        with warnings.catch_warnings():
            warnings.filterwarnings(
                "ignore", message="PySpark does not yet fully support pandas", category=FutureWarning
            )
            return fn(*args, **kwargs)

    return run


@_quiet_pandas_warning
def spark_session() -> Any:
    """The active SparkSession, or a new local one using every core.

    A session privet creates shuffles into as many partitions as there are cores (Spark's default of 200
    makes each small local shuffle 200 tasks), logs errors only and draws no progress bar; an existing
    session is used as it is.
    """
    _sql()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors need privet's interpreter
    cores = str(os.cpu_count() or 2)
    session = (
        SparkSession.builder.appName("privet")
        .master("local[*]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile={_LOG4J}")
        .config("spark.sql.shuffle.partitions", cores)
        .config("spark.default.parallelism", cores)
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session


@_quiet_pandas_warning
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


def _bound_by_unit(df: Any, plan: Plan, keys: list[str], key: int) -> Any:
    """Shuffle by unit, then run the polars engine's ``bound_units`` on each partition (``mapInArrow``).

    Returns one row per kept (unit, partition) without the unit: keys, ``__rows``, sums, counts, bin lists.
    """
    from pyspark import cloudpickle
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import ArrayType, DoubleType, LongType, StructField, StructType

    from privet.query import _hash
    from privet.query._polars import unit_aggs

    assert plan.unit is not None
    fields = {f.name: f for f in df.schema.fields}
    computed = [StructField(ROWS, LongType(), False)]
    for how, _, alias in unit_aggs(plan):
        kind = {"sum": DoubleType(), "count": LongType(), "list": ArrayType(LongType(), True)}[how]
        computed.append(StructField(alias, kind, how != "count"))
    large = df.sparkSession.conf.get("spark.sql.execution.arrow.useLargeVarTypes", "false") == "true"
    try:
        arrow = to_arrow_schema(StructType(computed), prefers_large_types=large)
    except TypeError:  # pyspark 3.5
        arrow = to_arrow_schema(StructType(computed))
    cloudpickle.register_pickle_by_value(_hash)  # executors get the bounding code without importing privet
    run = functools.partial(
        _hash.bound_batches,
        schema=arrow,
        unit=plan.unit,
        keys=keys,
        hashed=[a.value_column for a in plan.aggregates if a.column is not None],
        aggs=unit_aggs(plan),
        max_partitions=plan.max_partitions,
        max_contributions=plan.max_contributions,
        key=key,
    )
    return df.repartition(plan.unit).mapInArrow(run, StructType([fields[k] for k in keys] + computed))


@_quiet_pandas_warning
def bounded_spark(source: Any, plan: Plan, *, key: int) -> Bounded:
    """Contribution-bound the Spark DataFrame ``source`` per ``plan`` and collect per-partition aggregates."""
    F = _sql()
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
    cached = None
    if plan.unit is None:
        parts = df.groupBy(*keys).agg(F.count(F.lit(1)).alias(UNITS), F.count(F.lit(1)).alias(ROWS), *scalar)
        rows = df
        bin_rows = [rows.select(*keys, F.col(c).alias(BIN)) for c in binned_cols]
    else:
        per_unit = _bound_by_unit(df, plan, keys, key)
        if binned_cols:  # the bounded rows feed two jobs (partitions and bins): bound them once
            per_unit = cached = per_unit.cache()
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
    finally:
        if cached is not None:
            cached.unpersist()
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
