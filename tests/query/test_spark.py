"""Spark engine: the same bounded (pre-noise) aggregates as polars, bounding included; releases on Spark."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import pytest
from polars.testing import assert_frame_equal

import privet.query as Q
from privet.dp import Ledger
from privet.dp._noise import random_uint64
from privet.errors import DataError, InvalidParameterError
from privet.query._plan import Plan
from privet.query._polars import bounded_polars
from privet.query._spark import bounded_spark

pytestmark = pytest.mark.spark


def _data(n: int = 6000, users: int = 300) -> pl.DataFrame:
    rng = np.random.default_rng(0)
    v = rng.uniform(-10, 120, n)
    return pl.DataFrame(
        {
            "u": rng.choice([f"user{i}" for i in range(users)], n),
            "k": rng.zipf(1.5, n) % 15,
            "s": rng.choice(["a", "b", "é", None], n),
            "v": np.where(v > 115, np.nan, v),
            "w": rng.integers(0, 50, n),
        }
    ).with_columns(pl.when(pl.col("w") == 7).then(None).otherwise(pl.col("w")).alias("w"))


def test_same_bounded_aggregates_on_both_engines(spark: Any) -> None:
    df = _data()
    sdf = spark.createDataFrame(df.to_pandas())
    aggs = (
        Q.count(),
        Q.sum("v", bounds=(0, 100)),
        Q.mean("w", bounds=(0, 40)),
        Q.histogram("v", bins=[0, 10, 50, 100]),
        Q.quantile("w", 0.5, bounds=(0, 50)),
    )
    key = int(random_uint64(1)[0])  # one fresh random bounding key, shared by both engines
    for plan in [
        Plan(keys=("k", "s"), aggregates=aggs, unit="u", max_partitions=3, max_contributions=2),
        Plan(keys=("k",), aggregates=aggs, unit="u", max_partitions=2, max_contributions=5,
             public_keys=pl.DataFrame({"k": [0, 1, 2, 99]})),
    ]:  # fmt: skip
        a = bounded_polars(df.lazy(), plan, key=key)
        b = bounded_spark(sdf, plan, key=key)
        keys = list(plan.keys)
        pa_ = a.partitions.sort(keys, nulls_last=True)
        pb = b.partitions.select(pa_.columns).sort(keys, nulls_last=True)
        assert_frame_equal(pa_, pb, check_dtypes=False, rel_tol=1e-9, abs_tol=1e-6)
        for name, frame in a.bins.items():
            order = [*keys, "__bin"]
            other = b.bins[name].select(frame.columns).sort(order, nulls_last=True)
            assert_frame_equal(frame.sort(order, nulls_last=True), other, check_dtypes=False)
        assert a.partitions["__units"].sum() > 0


def test_release_on_spark_returns_spark_and_charges_once(spark: Any, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "b.db")
    ledger.set_budget(dataset="d", epsilon=1.0, delta=1e-5)
    df = _data(n=4000, users=4000)
    sdf = spark.createDataFrame(df.to_pandas())
    out = (
        Q.query(sdf, privacy_unit="u", ledger=ledger, dataset="d")
        .group_by("k", max_partitions=2, max_contributions=2)
        .agg(Q.count(), Q.sum("v", bounds=(0, 100)))
        .release(epsilon=1.0, delta=1e-6)
    )
    assert type(out).__name__ == "DataFrame" and type(out).__module__.startswith("pyspark")
    rows = out.orderBy("k").collect()
    assert rows and max(r["count"] for r in rows) > 1000  # the top zipf key (k=1) has ~1500 units
    assert ledger.spent(dataset="d") == pytest.approx((1.0, 1e-6))
    with pytest.raises(InvalidParameterError):
        Q.query(sdf, engine="polars").agg(Q.count()).run(epsilon=1.0)


def test_spark_null_unit_refused(spark: Any) -> None:
    sdf = spark.createDataFrame(pl.DataFrame({"u": [1, None], "k": [1, 1]}).to_pandas())
    with pytest.raises(DataError, match="null"):
        Q.query(sdf, privacy_unit="u").group_by("k", public_keys=[1]).agg(Q.count()).run(epsilon=1.0)
