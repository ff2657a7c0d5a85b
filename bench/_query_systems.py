"""Run ONE system of the query benchmark and print a JSON line: seconds, peak RSS and the released table.

Usage: python _query_systems.py SYSTEM DATA.parquet MODE  (MODE: public | private)
Runs in the privet venv (floor, privet-polars, privet-spark) or in an anchor venv (pipelinedp-local,
pipelinedp-spark: bench/.venv-pipelinedp; opendp-polars: bench/.venv-opendp). Imports only what the
system needs. Peak memory is sampled from /proc for this process and all its descendants (Spark's JVM).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from typing import Any

EPSILON, DELTA, L, C, KEYS, LO, HI = 1.0, 1e-6, 5, 2, 1000, 0, 100


class PeakRss:
    """Peak resident memory of this process tree, sampled every 50 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat") as fh:
                        ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                except OSError:
                    continue
                children.setdefault(ppid, []).append(int(entry))
        out, todo = [], [os.getpid()]
        while todo:
            pid = todo.pop()
            out.append(pid)
            todo.extend(children.get(pid, []))
        return out

    def _sample(self) -> int:
        total = 0
        for pid in self._tree():
            try:
                with open(f"/proc/{pid}/statm") as fh:
                    total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except OSError:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            time.sleep(0.05)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())


_SESSION: list[Any] = []


def _spark(cores: int = 2) -> Any:
    if _SESSION:
        return _SESSION[0]
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "8g")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    _SESSION.append(spark)
    return spark


def warm_up(system: str, mode: str) -> None:
    """Imports, library loads, the Spark session and its Python workers are not part of the timed query.

    Every system first runs the same query on 2,000 rows.
    """
    if system.startswith("privet"):
        import privet.query  # noqa: F401
        from privet.dp import laplace
        from privet.dp._noise import random_uint64

        random_uint64(1)
        laplace(0.0, sensitivity=1.0, epsilon=1.0)
    if system.startswith("pipelinedp"):
        import pipeline_dp  # noqa: F401
    if system.startswith("opendp"):
        import opendp.prelude  # noqa: F401
    if system.endswith("spark"):
        _spark().range(10).count()
    if system != "floor":
        import tempfile

        import numpy as np
        import pyarrow as pa
        import pyarrow.parquet as pq

        rng = np.random.default_rng(1)
        tiny = pa.table({"user_id": rng.integers(0, 100, 2000), "key": rng.integers(0, KEYS, 2000),
                         "value": rng.integers(0, 101, 2000)})  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "tiny.parquet")
            pq.write_table(tiny, path)
            SYSTEMS[system](path, mode)


def floor(path: str, mode: str) -> dict[int, tuple[float, float]]:
    """polars group-by plus contribution bounding, no noise: the lower bound on any polars DP query."""
    import polars as pl

    lf = pl.scan_parquet(path)
    lf = lf.with_columns(
        pl.struct("user_id", "key", "value").hash(7).alias("rh"), pl.struct("user_id", "key").hash(8).alias("ph")
    )
    lf = lf.filter(pl.col("rh").rank("ordinal").over(["user_id", "key"]) <= C)
    per = lf.group_by("user_id", "key").agg(pl.col("ph").first(), pl.len().alias("n"), pl.col("value").sum().alias("s"))
    per = per.filter(pl.col("ph").rank("ordinal").over("user_id") <= L)
    out = per.group_by("key").agg(pl.col("n").sum(), pl.col("s").sum()).collect(engine="streaming")
    return {int(k): (float(n), float(s)) for k, n, s in out.iter_rows()}


def privet_polars(path: str, mode: str) -> dict[int, tuple[float, float]]:
    import polars as pl

    import privet

    q = privet.query(pl.scan_parquet(path), privacy_unit="user_id")
    public = list(range(KEYS)) if mode == "public" else None
    q = q.group_by("key", public_keys=public, max_partitions=L, max_contributions=C)
    r = q.agg(privet.query.count(), privet.query.sum("value", bounds=(LO, HI))).run(
        epsilon=EPSILON, delta=0.0 if mode == "public" else DELTA
    )
    return {int(k): (float(n), float(s)) for k, n, s in r.table.select("key", "count", "sum_value").iter_rows()}


def privet_polars_noise(path: str, mode: str) -> tuple[dict, dict]:
    """privet-polars step by step, to also return ITS OWN exact bounded values (error = noise alone)."""
    import polars as pl

    import privet
    from privet.dp._noise import random_uint64
    from privet.query._polars import bounded_polars
    from privet.query._release import noisy_release, split_budget

    q = privet.query(pl.scan_parquet(path), privacy_unit="user_id")
    public = list(range(KEYS)) if mode == "public" else None
    q = q.group_by("key", public_keys=public, max_partitions=L, max_contributions=C)
    plan = q.agg(privet.query.count(), privet.query.sum("value", bounds=(LO, HI))).plan()
    budget = split_budget(plan, epsilon=EPSILON, delta=0.0 if mode == "public" else DELTA,
                          private_selection=mode == "private", split=None)  # fmt: skip
    bounded = bounded_polars(pl.scan_parquet(path), plan, key=int(random_uint64(1)[0]))
    table, _ = noisy_release(bounded, plan, budget, confidence=0.95)
    exact = {
        int(k): (float(n), float(s))
        for k, n, s in bounded.partitions.select("key", "__rows", "__sum_sum_value").iter_rows()
    }
    released = {int(k): (float(n), float(s)) for k, n, s in table.select("key", "count", "sum_value").iter_rows()}
    return released, exact


def privet_spark(path: str, mode: str) -> dict[int, tuple[float, float]]:
    import privet

    spark = _spark()
    q = privet.query(spark.read.parquet(path), privacy_unit="user_id")
    public = list(range(KEYS)) if mode == "public" else None
    q = q.group_by("key", public_keys=public, max_partitions=L, max_contributions=C)
    r = q.agg(privet.query.count(), privet.query.sum("value", bounds=(LO, HI))).run(
        epsilon=EPSILON, delta=0.0 if mode == "public" else DELTA
    )
    return {int(k): (float(n), float(s)) for k, n, s in r.table.select("key", "count", "sum_value").iter_rows()}


def _pipelinedp(rows: Any, backend: Any, mode: str) -> Any:
    import pipeline_dp

    accountant = pipeline_dp.NaiveBudgetAccountant(
        total_epsilon=EPSILON, total_delta=0.0 if mode == "public" else DELTA
    )
    engine = pipeline_dp.DPEngine(accountant, backend)
    params = pipeline_dp.AggregateParams(
        noise_kind=pipeline_dp.NoiseKind.LAPLACE,
        metrics=[pipeline_dp.Metrics.COUNT, pipeline_dp.Metrics.SUM],
        max_partitions_contributed=L,
        max_contributions_per_partition=C,
        min_value=LO,
        max_value=HI,
    )
    extractors = pipeline_dp.DataExtractors(
        privacy_id_extractor=lambda r: r[0], partition_extractor=lambda r: r[1], value_extractor=lambda r: r[2]
    )
    public = list(range(KEYS)) if mode == "public" else None
    result = engine.aggregate(rows, params, extractors, public_partitions=public)
    accountant.compute_budgets()
    return result


def pipelinedp_local(path: str, mode: str) -> dict[int, tuple[float, float]]:
    import pipeline_dp
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    rows = list(zip(*(table.column(c).to_pylist() for c in ("user_id", "key", "value")), strict=True))
    out = list(_pipelinedp(rows, pipeline_dp.LocalBackend(), mode))
    return {int(k): (float(m.count), float(m.sum)) for k, m in out}


def pipelinedp_spark(path: str, mode: str) -> dict[int, tuple[float, float]]:
    import pipeline_dp

    spark = _spark()
    rdd = spark.read.parquet(path).rdd.map(lambda r: (r["user_id"], r["key"], r["value"]))
    out = _pipelinedp(rdd, pipeline_dp.SparkRDDBackend(spark.sparkContext), mode).collect()
    return {int(k): (float(m.count), float(m.sum)) for k, m in out}


def opendp_polars(path: str, mode: str) -> dict[int, tuple[float, float]]:
    """OpenDP's polars API after contribution bounding in polars (its own bounding keeps the first rows)."""
    import warnings

    import opendp.prelude as dp
    import polars as pl

    warnings.simplefilter("ignore")
    dp.enable_features("contrib")
    lf = pl.scan_parquet(path)
    lf = lf.with_columns(
        pl.struct("user_id", "key", "value").hash(7).alias("rh"), pl.struct("user_id", "key").hash(8).alias("ph")
    )
    lf = lf.filter(pl.col("rh").rank("ordinal").over(["user_id", "key"]) <= C)
    lf = lf.filter(pl.col("ph").rank("dense").over("user_id") <= L)
    bounded = lf.select("key", "value").collect(engine="streaming").lazy()
    context = dp.Context.compositor(
        data=bounded,
        privacy_unit=dp.unit_of(contributions=[dp.polars.Bound(by=["key"], per_group=C, num_groups=L)]),
        privacy_loss=dp.loss_of(epsilon=EPSILON, delta=0.0 if mode == "public" else DELTA),
        split_evenly_over=1,
        margins=[dp.polars.Margin(by=["key"], invariant="keys" if mode == "public" else None, max_length=10**8,
                                  max_groups=KEYS)],
    )  # fmt: skip
    query = context.query().group_by("key").agg(dp.len(), pl.col("value").dp.sum((LO, HI)))
    out = query.release().collect()
    return {int(k): (float(n), float(s)) for k, n, s in out.select("key", "len", "value").iter_rows()}


SYSTEMS = {
    "floor": floor,
    "privet-polars": privet_polars,
    "privet-spark": privet_spark,
    "privet-polars-noise": privet_polars_noise,
    "pipelinedp-local": pipelinedp_local,
    "pipelinedp-spark": pipelinedp_spark,
    "opendp-polars": opendp_polars,
}


def main() -> None:
    system, path, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    warm_up(system, mode)
    with PeakRss() as rss:
        start = time.perf_counter()
        released = SYSTEMS[system](path, mode)
        seconds = time.perf_counter() - start
    exact = None
    if isinstance(released, tuple):
        released, exact = released
    print(json.dumps({"system": system, "mode": mode, "seconds": seconds, "peak_rss": rss.peak,
                      "released": {str(k): v for k, v in released.items()},
                      "exact": None if exact is None else {str(k): v for k, v in exact.items()}}))  # fmt: skip


if __name__ == "__main__":
    main()
