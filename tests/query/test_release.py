"""DP release: noise at the theoretical scale, interval coverage, partition-selection probability, empirical
privacy loss on neighbouring datasets (contribution bounding included), budget and ledger, bad input.

Randomized checks use real noise and a false-alarm rate of 1e-6 each; only data generators are seeded.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import polars as pl
import pytest
from scipy import stats

import privet
import privet.query as Q
from privet.dp import Ledger
from privet.errors import BackendError, BudgetExceededError, ColumnNotFoundError, DataError, InvalidParameterError

FALSE_ALARM = 1e-6


def _exact_data(parts: int = 1500, seed: int = 0) -> pl.DataFrame:
    """Each unit has exactly one row in exactly one partition: bounding with L=1, C=1 keeps everything."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 40, parts)
    k = np.repeat(np.arange(parts), sizes)
    return pl.DataFrame({"u": np.arange(len(k)), "k": k, "v": rng.uniform(-10, 60, len(k))})


def _laplace_ks(diff: np.ndarray, scale: float) -> float:
    return float(stats.kstest(diff, stats.laplace(scale=scale).cdf).pvalue)


@pytest.mark.statistical
def test_count_and_sum_errors_follow_the_laplace_scale() -> None:
    df = _exact_data()
    keys = pl.DataFrame({"k": np.arange(1500)})
    eps = 0.8
    r = (
        Q.query(df, privacy_unit="u")
        .group_by("k", public_keys=keys)
        .agg(Q.count_distinct_units(), Q.sum("v", bounds=(0, 50)))
        .run(epsilon=eps)
    )
    exact = df.group_by("k").agg(pl.len(), pl.col("v").clip(0, 50).sum()).sort("k")
    t = r.table.sort("k")
    # sum: continuous Laplace(scale = L*C*max|b| / eps_share); eps_share = eps / 2
    assert _laplace_ks(t["sum_v"].to_numpy() - exact["v"].to_numpy(), 50 / (eps / 2)) > FALSE_ALARM
    # count: rounded Laplace(scale = L / eps_share); compare rounded Laplace by chi-square on error classes
    err = t["count_distinct_units"].to_numpy() - exact["len"].to_numpy()
    scale = 1 / (eps / 2)
    edges = np.array([-np.inf, -4.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 4.5, np.inf])
    observed = np.histogram(err, bins=edges)[0]
    law = stats.laplace(scale=scale)
    expected = np.diff(law.cdf(edges)) * len(err)
    # clamping at 0 moves mass of small true counts; true counts are >= 1, errors < -1 are rarer: merge tails
    assert observed.sum() == len(err)
    assert stats.chisquare(observed[2:-1], expected[2:-1] * observed[2:-1].sum() / expected[2:-1].sum()).pvalue > (
        FALSE_ALARM
    )


@pytest.mark.statistical
@pytest.mark.parametrize("confidence", [0.9, 0.95])
def test_intervals_cover_at_their_stated_level(confidence: float) -> None:
    df = _exact_data(seed=1)
    keys = pl.DataFrame({"k": np.arange(1500)})
    hits = {"count": 0, "sum_v": 0, "mean_v": 0}
    total = 0
    exact = df.group_by("k").agg(
        pl.len().alias("count"),
        pl.col("v").clip(0, 50).sum().alias("sum_v"),
        pl.col("v").clip(0, 50).mean().alias("mean_v"),
    )
    for _ in range(2):
        r = (
            Q.query(df, privacy_unit="u")
            .group_by("k", public_keys=keys)
            .agg(Q.count(), Q.sum("v", bounds=(0, 50)), Q.mean("v", bounds=(0, 50)))
            .run(epsilon=1.0, confidence=confidence)
        )
        t = r.table.join(exact, on="k", suffix="_exact")
        for name in hits:
            inside = (t[f"{name}_ci_low"] <= t[f"{name}_exact"]) & (t[f"{name}_exact"] <= t[f"{name}_ci_high"])
            hits[name] += int(inside.sum())
        total += t.height
    for name in ("count", "sum_v"):  # exact Laplace tails: coverage = confidence (counts: slightly more)
        assert stats.binomtest(hits[name], total, confidence, alternative="less").pvalue > FALSE_ALARM, name
    assert stats.binomtest(hits["sum_v"], total, confidence, alternative="greater").pvalue > FALSE_ALARM
    # mean: union-bound interval, conservative by construction
    assert stats.binomtest(hits["mean_v"], total, confidence, alternative="less").pvalue > FALSE_ALARM


@pytest.mark.statistical
@pytest.mark.parametrize("units", [40, 60, 80])
def test_partition_selection_releases_with_the_stated_probability(units: int) -> None:
    parts, L, eps, delta = 600, 2, 1.0, 1e-5
    # every unit is in exactly 2 partitions, every partition has exactly `units` units
    unit = np.arange(parts // 2 * units)
    u = np.concatenate([unit, unit])
    k = np.concatenate([unit // units * 2, unit // units * 2 + 1])
    df = pl.DataFrame({"u": u, "k": k}).unique()
    counts = df.group_by("k").agg(pl.col("u").n_unique())["u"]
    assert (counts == units).all() and df.group_by("u").len()["len"].max() <= L
    p = Q.release_probability(units, epsilon=eps / 2, delta=delta, max_partitions=L)
    released = 0
    for _ in range(3):
        r = Q.query(df, privacy_unit="u").group_by("k", max_partitions=L).agg(Q.count()).run(epsilon=eps, delta=delta)
        released += r.table.height
    assert stats.binomtest(released, 3 * parts, p).pvalue > FALSE_ALARM


def test_a_single_unit_partition_is_almost_never_released() -> None:
    p = Q.release_probability(1, epsilon=0.5, delta=1e-6, max_partitions=3)
    assert p <= 1e-6 / 2 / 3 + 1e-15
    assert Q.release_probability(10_000, epsilon=0.5, delta=1e-6, max_partitions=3) > 0.999999


def _neighbours(groups: int, rows: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Per group g: 30 background units in p0_g, one each; D' adds one unit with `rows` rows in p0_g and in p1_g."""
    bg = pl.DataFrame({"u": np.arange(groups * 30), "k": np.repeat(np.arange(groups) * 2, 30)})
    extra_u = groups * 30 + np.arange(groups)
    extra = pl.DataFrame(
        {
            "u": np.concatenate([np.repeat(extra_u, rows), np.repeat(extra_u, rows)]),
            "k": np.concatenate([np.repeat(np.arange(groups) * 2, rows), np.repeat(np.arange(groups) * 2 + 1, rows)]),
        }
    )
    return bg, pl.concat([bg, extra])


@pytest.mark.statistical
def test_empirical_privacy_loss_with_contribution_bounding() -> None:
    """Output histograms of one partition's count on D vs D' stay within e^eps (Clopper-Pearson, 1e-6)."""
    groups, eps, C = 2500, 1.0, 3
    d, d2 = _neighbours(groups, rows=10)  # 10 rows in 2 partitions: unbounded, the shift would be 10 or 20
    keys = pl.DataFrame({"k": np.arange(groups * 2)})

    def sample(frame: pl.DataFrame) -> np.ndarray:
        out = []
        for _ in range(4):
            r = (
                Q.query(frame, privacy_unit="u")
                .group_by("k", public_keys=keys, max_partitions=1, max_contributions=C)
                .agg(Q.count())
                .run(epsilon=eps)
            )
            out.append(r.table.filter(pl.col("k") % 2 == 0)["count"].to_numpy())
        return np.concatenate(out)

    a, b = sample(d), sample(d2)
    edges = np.arange(15, 50, 3) - 0.5
    ha, hb = np.histogram(a, edges)[0], np.histogram(b, edges)[0]
    n = len(a)
    worst = 0.0
    for x, y in [(ha, hb), (hb, ha)]:
        for i in range(len(edges) - 1):
            if x[i] < 30:
                continue
            lo_x = stats.beta.ppf(FALSE_ALARM / 2, x[i], n - x[i] + 1)  # Clopper-Pearson lower bound of P[x]
            hi_y = stats.beta.ppf(1 - FALSE_ALARM / 2, y[i] + 1, n - y[i]) if y[i] < n else 1.0
            worst = max(worst, math.log(lo_x / hi_y))
    assert worst <= eps, f"empirical privacy loss {worst:.3f} > epsilon {eps}"
    # and the test has power: the unbounded shift (10 rows) would be visible in the means
    assert abs(b.mean() - a.mean()) < 3.0 + 0.5


@pytest.mark.slow
@pytest.mark.statistical
def test_quantile_privacy_loss_on_neighbours_with_contribution_bounding() -> None:
    """The released median of D and D' (one more unit with 30 rows at the top, 2 kept) has output
    histograms within e^eps_point (Clopper-Pearson, 1e-6); unbounded, the shift would be 15 values."""
    groups, eps, C = 800, 4.0, 2
    edges = np.linspace(0, 100, 1025)
    values = (edges[np.arange(20) * 10 + 100] + edges[np.arange(20) * 10 + 101]) / 2  # 20 bins, 10 apart
    d = pl.DataFrame({"u": np.arange(groups * 20), "k": np.repeat(np.arange(groups), 20),
                      "v": np.tile(values, groups)})  # fmt: skip
    extra = pl.DataFrame({"u": np.repeat(groups * 20 + np.arange(groups), 30), "k": np.repeat(np.arange(groups), 30),
                          "v": np.full(groups * 30, 99.0)})  # fmt: skip
    d2 = pl.concat([d, extra])
    keys = pl.DataFrame({"k": np.arange(groups)})

    def sample(frame: pl.DataFrame) -> np.ndarray:
        out = []
        for _ in range(3):
            r = (
                Q.query(frame, privacy_unit="u")
                .group_by("k", public_keys=keys, max_partitions=1, max_contributions=C)
                .agg(Q.quantile("v", 0.5, bounds=(0, 100)))
                .run(epsilon=eps)
            )
            out.append(np.searchsorted(values, r.table["quantile_v"].to_numpy()))  # which gap between the values
        return np.concatenate(out)

    a, b = sample(d), sample(d2)
    cells = np.arange(22)
    ha, hb = np.bincount(a, minlength=22)[cells], np.bincount(b, minlength=22)[cells]
    n, worst = len(a), 0.0
    for x, y in [(ha, hb), (hb, ha)]:
        for i in cells:
            if x[i] < 30:
                continue
            lo_x = stats.beta.ppf(FALSE_ALARM / 2, x[i], n - x[i] + 1)
            hi_y = stats.beta.ppf(1 - FALSE_ALARM / 2, y[i] + 1, n - y[i]) if y[i] < n else 1.0
            worst = max(worst, math.log(lo_x / hi_y))
    assert worst <= eps / 2, f"empirical privacy loss {worst:.3f} > epsilon of the point {eps / 2}"
    # power: the 2 kept extra rows move the median by about one value (all 30 would move it by about 10)
    assert 0.5 < b.mean() - a.mean() < 2.0, b.mean() - a.mean()


def test_quantile_is_accurate_on_a_large_partition() -> None:
    rng = np.random.default_rng(3)
    df = pl.DataFrame({"k": np.zeros(20_000, dtype=np.int64), "v": rng.uniform(0, 100, 20_000)})
    r = Q.query(df).group_by("k", public_keys=[0]).agg(Q.quantile("v", [0.25, 0.5], bounds=(0, 100))).run(epsilon=1.0)
    row = r.table.row(0, named=True)
    # exponential mechanism: rank error <= 2 * ln(1024 / 1e-6) / (eps / 2) ~ 83 of 20000 w.p. 1 - 1e-6
    assert abs(row["quantile_v_p25"] - 25) < 1.5 and abs(row["quantile_v_p50"] - 50) < 1.5


@pytest.mark.statistical
@pytest.mark.parametrize("confidence", [0.5, 0.9])
def test_quantile_intervals_cover_at_their_stated_level(confidence: float) -> None:
    """Every usual definition of the exact quantile of the clipped values (lower and higher order statistic
    around q*(n-1)) lies in the interval for at least ``confidence`` of the (partition, q) pairs; partitions
    of 1 to 3,000 rows, values partly outside the bounds."""
    rng = np.random.default_rng(11)
    sizes = np.exp(rng.uniform(0, math.log(3000), 200)).astype(int)
    k = np.repeat(np.arange(len(sizes)), sizes)
    df = pl.DataFrame({"u": np.arange(len(k)), "k": k, "v": rng.gamma(2.0, 15.0, len(k))})
    qs = (0.1, 0.5, 0.9)
    exact = df.group_by("k").agg(
        pl.len().alias("n"),
        *[pl.col("v").clip(0, 100).quantile(q, interpolation=i).alias(f"{i}_{j}")
          for j, q in enumerate(qs) for i in ("lower", "higher")],
    )  # fmt: skip
    r = (
        Q.query(df, privacy_unit="u")
        .group_by("k", public_keys=pl.DataFrame({"k": np.arange(len(sizes))}))
        .agg(Q.quantile("v", qs, bounds=(0, 100)))
        .run(epsilon=1.0, confidence=confidence)
    )
    t = r.table.join(exact, on="k")
    hits, widths = 0, []
    for j, label in enumerate(["p10", "p50", "p90"]):
        low, high, value = t[f"quantile_v_{label}_ci_low"], t[f"quantile_v_{label}_ci_high"], t[f"quantile_v_{label}"]
        assert ((low <= value) & (value <= high)).all()
        inside = (low <= t[f"lower_{j}"]) & (t[f"higher_{j}"] <= high)
        hits += int(inside.sum())
        widths += (high - low).filter(t["n"] >= 2000).to_list()
    total = t.height * len(qs)
    assert total == 600
    first = r.table.row(0, named=True)
    want = [first["quantile_v_p50_ci_low"], first["quantile_v_p50_ci_high"]]
    assert r.to_dict()["rows"][0]["quantile_v_p50_ci"] == want  # the JSON form of the CLI
    assert stats.binomtest(hits, total, confidence, alternative="less").pvalue > FALSE_ALARM
    # the intervals are informative on large partitions: +-tau ranks is under 10% of 2,000 rows at epsilon 1
    assert widths and float(np.median(widths)) < 25, np.median(widths)
    names = [m.output for m in r.mechanisms]
    assert names == ["quantile_v", "quantile_v.ci_low", "quantile_v.ci_high"]
    assert sum(m.epsilon for m in r.mechanisms) == pytest.approx(1.0)


@pytest.mark.statistical
def test_two_stage_exponential_mechanism_has_the_exponential_law() -> None:
    from privet.query._release import exponential_mechanism

    scores = -np.abs(np.arange(40.0) - 13.5) + np.where(np.arange(40) % 5 == 0, 1.5, 0.0)  # uneven blocks
    scale, n = 4.0, 6000
    draws = np.bincount([exponential_mechanism(scores, scale=scale) for _ in range(n)], minlength=40)
    p = np.exp((scores - scores.max()) / scale)
    p /= p.sum()
    big = p * n >= 5  # chi-square on the cells with enough expected draws, plus the rest pooled
    observed = np.append(draws[big], draws[~big].sum())
    expected = np.append(p[big], p[~big].sum()) * n
    assert stats.chisquare(observed, expected).pvalue > FALSE_ALARM


def test_histogram_counts_every_bin(tmp_path: Path) -> None:
    df = pl.DataFrame({"k": [0] * 3000, "v": [5.0] * 1000 + [15.0] * 2000})
    r = Q.query(df).group_by("k", public_keys=[0]).agg(Q.histogram("v", bins=[0, 10, 20, 30])).run(epsilon=1.0)
    hist = r.table["histogram_v"][0].to_list()
    low, high = r.table["histogram_v_ci_low"][0].to_list(), r.table["histogram_v_ci_high"][0].to_list()
    for value, want, lo, hi in zip(hist, [1000, 2000, 0], low, high, strict=True):
        assert abs(value - want) < 30 and lo <= value <= hi  # scale 1: |noise| < 30 w.p. 1 - 1e-13


# --------------------------------------------------------------------------------- budget and ledger


def test_one_ledger_event_per_release_with_the_split(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "b.db")
    ledger.set_budget(dataset="d", epsilon=2.0, delta=1e-5)
    df = _exact_data(50)
    q = (
        Q.query(df, privacy_unit="u", ledger=ledger, dataset="d")
        .group_by("k")
        .agg(Q.count(), Q.sum("v", bounds=(0, 1)))
    )
    r = q.run(epsilon=1.0, delta=1e-6, split={"count": 2, "sum_v": 1, "partition_selection": 1})
    assert r.budget == pytest.approx({"count": 0.5, "sum_v": 0.25, "partition_selection": 0.25})
    history = ledger.history(dataset="d")
    assert len(history) == 1
    event = history[0].event
    assert (event.epsilon, event.delta, event.neighbouring) == (1.0, 1e-6, "add_remove_unit")
    assert ledger.spent(dataset="d") == pytest.approx((1.0, 1e-6))
    assert q.epsilon_spent_ == 1.0 and q.privacy_event == event


def test_public_keys_spend_no_delta(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "b.db")
    ledger.set_budget(dataset="d", epsilon=1.0)
    df = _exact_data(20)
    out = Q.query(df, ledger=ledger, dataset="d").group_by("k", public_keys=[1, 2]).agg(Q.count()).release(epsilon=1.0)
    assert out["k"].to_list() == [1, 2]
    assert ledger.spent(dataset="d") == (1.0, 0.0)


def test_over_budget_is_refused_before_anything_is_computed(tmp_path: Path) -> None:
    ledger = Ledger(tmp_path / "b.db")
    ledger.set_budget(dataset="d", epsilon=0.5)
    # a unit column with nulls would fail the data check: the budget check must come first
    df = pl.DataFrame({"u": [1, None], "k": [1, 2], "v": [1.0, 2.0]})
    q = Q.query(df, privacy_unit="u", ledger=ledger, dataset="d").group_by("k", public_keys=[1]).agg(Q.count())
    with pytest.raises(BudgetExceededError):
        q.run(epsilon=1.0)
    assert ledger.history(dataset="d") == [] and q.last_release is None


def test_an_engine_failure_spends_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import privet.query._polars as engine

    def broken(*args: object, **kwargs: object) -> None:
        raise BackendError("polars failed while computing the bounded aggregates: ComputeError.")

    ledger = Ledger(tmp_path / "b.db")
    ledger.set_budget(dataset="d", epsilon=1.0)
    monkeypatch.setattr(engine, "bounded_polars", broken)
    q = Q.query(_exact_data(5), ledger=ledger, dataset="d").group_by("k", public_keys=[1]).agg(Q.count())
    with pytest.raises(BackendError):
        q.run(epsilon=1.0)
    assert ledger.history(dataset="d") == [] and q.last_release is None and q.epsilon_spent_ == 0


@pytest.mark.parametrize(
    ("make", "error", "text"),
    [
        (lambda df: Q.query(df).group_by("nope").agg(Q.count()), ColumnNotFoundError, "'nope'"),
        (lambda df: Q.query(df).group_by("k").agg(Q.sum("zz", bounds=(0, 1))), ColumnNotFoundError, "'zz'"),
        (lambda df: Q.query(df, privacy_unit="uu").group_by("k").agg(Q.count()), ColumnNotFoundError, "'uu'"),
        (lambda df: Q.query(df).group_by("k").agg(Q.sum("s", bounds=(0, 1))), DataError, "numeric"),
        (lambda df: Q.query(df, privacy_unit="n").group_by("k").agg(Q.count()), DataError, "null"),
        (lambda df: Q.query(df, privacy_unit="k").group_by("k").agg(Q.count()), InvalidParameterError, "unit"),
    ],
)
def test_bad_input_spends_nothing(tmp_path: Path, make, error, text) -> None:  # type: ignore[no-untyped-def]
    ledger = Ledger(tmp_path / "b.db")
    ledger.set_budget(dataset="d", epsilon=10.0, delta=1e-3)
    df = pl.DataFrame({"u": [1, 2], "n": [1, None], "k": [1, 2], "s": ["a", "b"], "v": [1.0, 2.0]})
    q = make(df)
    q._ledger, q._dataset = ledger, "d"  # same query, charged to a ledger
    with pytest.raises(error, match=text):
        q.run(epsilon=1.0, delta=1e-6)
    assert ledger.history(dataset="d") == []


@pytest.mark.parametrize(
    "kwargs",
    [{"epsilon": 0}, {"epsilon": -1.0}, {"epsilon": float("inf")}, {"epsilon": "1"}, {"epsilon": 1.0, "delta": 1.0},
     {"epsilon": 1.0, "confidence": 1.0}],
)  # fmt: skip
def test_bad_release_parameters(kwargs: dict) -> None:
    df = _exact_data(5)
    with pytest.raises(InvalidParameterError):
        Q.query(df).group_by("k", public_keys=[1]).agg(Q.count()).run(**kwargs)


def test_bad_aggregate_parameters() -> None:
    for bad in [(0, "x"), ("a", 1), (1, 1), (2, 1), (0, float("nan")), (0,), None, (True, 2)]:
        with pytest.raises(InvalidParameterError, match="bounds"):
            Q.sum("v", bounds=bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        Q.quantile("v", 1.5, bounds=(0, 1))
    with pytest.raises(InvalidParameterError):
        Q.histogram("v", bins=5)
    with pytest.raises(InvalidParameterError):
        Q.histogram("v", bins=[1, 1, 2])
    with pytest.raises(InvalidParameterError, match="delta"):
        Q.query(_exact_data(5)).group_by("k").agg(Q.count()).run(epsilon=1.0)
    with pytest.raises(InvalidParameterError, match="split"):
        Q.query(_exact_data(5)).group_by("k", public_keys=[1]).agg(Q.count()).run(epsilon=1.0, split={"x": 1})
    with pytest.raises(InvalidParameterError, match="max_partitions"):
        Q.query(_exact_data(5)).group_by("k", max_partitions=0)


def test_caller_type_comes_back_and_top_level_name() -> None:
    pd = pytest.importorskip("pandas")
    df = _exact_data(10)
    out = privet.query(df.to_pandas()).group_by("k", public_keys=[0, 1]).agg(Q.count()).release(epsilon=1.0)
    assert isinstance(out, pd.DataFrame) and list(out.columns) == ["k", "count", "count_ci_low", "count_ci_high"]
    arrow = privet.query(df.to_arrow()).agg(Q.count()).release(epsilon=1.0)
    assert type(arrow).__module__.startswith("pyarrow") and arrow.num_rows == 1
    lazy = privet.query(df.lazy()).agg(Q.mean("v", bounds=(0, 50))).release(epsilon=1.0)
    assert isinstance(lazy, pl.DataFrame) and lazy.columns == ["mean_v", "mean_v_ci_low", "mean_v_ci_high"]
