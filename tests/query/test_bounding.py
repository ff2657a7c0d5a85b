"""Contribution bounding: limits hold exactly, the kept subset matches a brute-force reference, and the
selection is pseudo-random (uniform over a unit's partitions across hash keys)."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import polars as pl
import pytest
from scipy import stats

from privet.query._hash import hash_arrays, to_rank
from privet.query._plan import Plan, count, histogram, mean, quantile, sum
from privet.query._polars import bounded_polars

FALSE_ALARM = 1e-6


def _data(seed: int, n: int = 4000, units: int = 60) -> pl.DataFrame:
    rng = np.random.default_rng(seed)  # data generator only
    return pl.DataFrame(
        {
            "u": rng.integers(0, units, n),
            "k": rng.integers(0, 12, n),
            "g": rng.choice(["x", "y"], n),
            "v": rng.uniform(-20, 140, n),
        }
    )


def _reference(df: pl.DataFrame, keys: list[str], lo: float, hi: float, L: int, C: int, key: int) -> dict:
    """Brute force: same hash order, plain Python loops."""
    value = df["v"].cast(pl.Float64).clip(lo, hi)
    rh = to_rank(hash_arrays([df["u"], *[df[k] for k in keys], value], key=key, names=["u", *keys, "v"]))
    ph = to_rank(hash_arrays([df["u"], *[df[k] for k in keys]], key=key ^ 0x5DEECE66D, names=["u", *keys]))
    groups: dict[tuple, list[tuple[int, float]]] = defaultdict(list)
    pair_hash: dict[tuple, int] = {}
    rows = zip(df["u"].to_list(), *[df[k].to_list() for k in keys], value.to_list(), rh, ph, strict=True)
    for u, *rest in rows:
        part, v, r, p = tuple(rest[: len(keys)]), rest[len(keys)], rest[len(keys) + 1], rest[len(keys) + 2]
        groups[(u, part)].append((int(r), v))
        pair_hash[(u, part)] = int(p)
    by_unit: dict[object, list[tuple]] = defaultdict(list)
    for (u, part), _ in groups.items():
        by_unit[u].append(part)
    out: dict[tuple, list[float]] = defaultdict(lambda: [0, 0, 0.0])
    for u, parts in by_unit.items():
        for part in sorted(parts, key=lambda p: pair_hash[(u, p)])[:L]:
            kept = sorted(groups[(u, part)])[:C]
            acc = out[part]
            acc[0] += 1
            acc[1] += len(kept)
            acc[2] += float(np.sum([v for _, v in kept]))
    return dict(out)


@pytest.mark.parametrize(("L", "C"), [(1, 1), (2, 3), (5, 2), (100, 100)])
def test_bounded_aggregates_match_brute_force(L: int, C: int) -> None:
    df = _data(L * 10 + C)
    plan = Plan(
        keys=("k", "g"),
        aggregates=(count(), sum("v", bounds=(0, 100))),
        unit="u",
        max_partitions=L,
        max_contributions=C,
    )
    key = 0x1234_5678_9ABC_DEF0 + L
    got = bounded_polars(df.lazy(), plan, key=key).partitions
    want = _reference(df, ["k", "g"], 0, 100, L, C, key)
    assert got.height == len(want)
    for row in got.iter_rows(named=True):
        units, rows, total = want[(row["k"], row["g"])]
        assert row["__units"] == units
        assert row["__rows"] == rows
        assert row["__sum_sum_v"] == pytest.approx(total, rel=1e-9, abs=1e-9)
        assert row["__n_sum_v"] == rows


def test_each_unit_keeps_at_most_L_partitions_and_C_rows() -> None:
    # every unit has 10 partitions with 6 rows each: after bounding exactly min(L, 10) partitions and C rows each
    units, parts, per = 40, 10, 6
    df = pl.DataFrame(
        {
            "u": np.repeat(np.arange(units), parts * per),
            "k": np.tile(np.repeat(np.arange(parts), per), units),
            "v": np.ones(units * parts * per),
        }
    )
    for L, C in [(1, 1), (3, 2), (10, 6), (12, 9)]:
        plan = Plan(keys=("k",), aggregates=(count(),), unit="u", max_partitions=L, max_contributions=C)
        got = bounded_polars(df.lazy(), plan, key=99 + L).partitions
        assert got["__units"].sum() == units * min(L, parts)
        assert got["__rows"].sum() == units * min(L, parts) * min(C, per)
        assert got["__units"].max() <= units


@pytest.mark.statistical
def test_partition_choice_is_uniform_across_keys() -> None:
    # one unit in 8 partitions, keep 1: over 4000 independent keys each partition is kept ~1/8 of the time.
    df = pl.DataFrame({"u": [7] * 8, "k": list(range(8)), "v": [1.0] * 8})
    plan = Plan(keys=("k",), aggregates=(count(),), unit="u", max_partitions=1, max_contributions=1)
    keys = np.random.default_rng(5).integers(0, 2**63, 4000)  # hash keys, not privacy noise
    chosen = [int(bounded_polars(df.lazy(), plan, key=int(k)).partitions["k"][0]) for k in keys[:800]]
    counts = np.bincount(chosen, minlength=8)
    assert stats.chisquare(counts).pvalue > FALSE_ALARM


@pytest.mark.statistical
def test_row_choice_is_uniform_across_keys() -> None:
    # one unit, one partition, 10 rows with values 0..9, keep 1: the kept value is uniform over keys.
    vals = np.arange(10.0)
    rank_of = [
        int(
            np.argmin(
                to_rank(
                    hash_arrays(
                        [pl.Series([1] * 10), pl.Series([0] * 10), pl.Series(vals)], key=int(k), names=["u", "k", "v"]
                    )
                )
            )
        )
        for k in np.random.default_rng(6).integers(0, 2**63, 5000)
    ]
    assert stats.chisquare(np.bincount(rank_of, minlength=10)).pvalue > FALSE_ALARM


def test_without_unit_every_row_counts_once() -> None:
    df = _data(3)
    plan = Plan(keys=("k",), aggregates=(count(), sum("v", bounds=(0, 100)), mean("v", bounds=(0, 100))))
    got = bounded_polars(df.lazy(), plan, key=1).partitions.sort("k")
    exact = df.group_by("k").agg(pl.len(), pl.col("v").clip(0, 100).sum()).sort("k")
    assert got["__rows"].to_list() == exact["len"].to_list() == got["__units"].to_list()
    np.testing.assert_allclose(got["__sum_sum_v"].to_numpy(), exact["v"].to_numpy())
    np.testing.assert_allclose(got["__sum_mean_v"].to_numpy(), exact["v"].to_numpy() - 50 * exact["len"].to_numpy())


def test_bins_count_kept_rows_and_clip_to_end_bins() -> None:
    df = pl.DataFrame({"k": [1, 1, 1, 1, 2], "v": [-5.0, 10.0, 55.0, 1000.0, None]})
    plan = Plan(
        keys=("k",),
        aggregates=(histogram("v", bins=[0, 50, 100]), quantile("v", 0.5, bounds=(0, 100))),
    )
    got = bounded_polars(df.lazy(), plan, key=1)
    hist = got.bins["histogram_v"].sort("k", "__bin")
    assert hist.rows() == [(1, 0, 2), (1, 1, 2)]  # -5 -> bin 0 ; 1000 -> last bin ; null skipped
    q = got.bins["quantile_v"].sort("__bin")
    assert q["__bin"].to_list() == [0, 102, 563, 1023]  # grid of 1024 bins over [0, 100]


def test_null_and_string_keys_group_like_values() -> None:
    df = pl.DataFrame({"u": [1, 1, 2, 3], "k": ["a", None, None, "a"], "v": [1.0, 2.0, 3.0, 4.0]})
    plan = Plan(keys=("k",), aggregates=(count(),), unit="u", max_partitions=2, max_contributions=2)
    got = bounded_polars(df.lazy(), plan, key=3).partitions.sort("k", nulls_last=True)
    assert got.rows() == [("a", 2, 2), (None, 2, 2)]


def test_hash_is_stable_under_slicing_and_types() -> None:
    a = hash_arrays([pl.Series([1, 2, 3]), pl.Series(["x", "é", "zz"])], key=5, names=["a", "b"])
    b = hash_arrays([pl.Series([0, 1, 2, 3])[1:], pl.Series(["", "x", "é", "zz"])[1:]], key=5, names=["a", "b"])
    c = hash_arrays(
        [pl.Series([1, 2, 3], dtype=pl.Int32), pl.Series(["x", "é", "zz"], dtype=pl.Categorical)],
        key=5,
        names=["a", "b"],
    )
    assert (a == b).all() and (a == c).all()
    assert len(set(a.tolist())) == 3
    assert (
        hash_arrays([pl.Series([1.0, -0.0])], key=1, names=["f"])
        != hash_arrays([pl.Series([1, 0])], key=1, names=["i"])
    ).all()
    assert (
        hash_arrays([pl.Series([0.0])], key=1, names=["f"])[0]
        == hash_arrays([pl.Series([-0.0])], key=1, names=["f"])[0]
    )
    assert not (
        hash_arrays([pl.Series([1, 2])], key=1, names=["a"]) == hash_arrays([pl.Series([1, 2])], key=2, names=["a"])
    ).any()


def test_global_aggregate_without_keys() -> None:
    df = _data(4)
    plan = Plan(keys=(), aggregates=(count(),), unit="u", max_partitions=1, max_contributions=3)
    got = bounded_polars(df.lazy(), plan, key=11).partitions
    assert got.columns[:2] == ["__units", "__rows"] and got.height == 1
    assert got["__units"][0] == df["u"].n_unique()
    per_unit = df.group_by("u").len()["len"].clip(upper_bound=3).sum()
    assert got["__rows"][0] == per_unit


def test_public_keys_filter_before_bounding() -> None:
    df = pl.DataFrame({"u": [1, 1, 1], "k": [1, 2, 3], "v": [1.0, 1.0, 1.0]})
    plan = Plan(
        keys=("k",),
        aggregates=(count(),),
        unit="u",
        max_partitions=1,
        max_contributions=1,
        public_keys=pl.DataFrame({"k": [3]}),
    )
    got = bounded_polars(df.lazy(), plan, key=1).partitions
    assert got.rows() == [(3, 1, 1)]  # the public partition always gets the unit's one slot


def _same_bounded(a, b) -> None:  # type: ignore[no-untyped-def]
    from polars.testing import assert_frame_equal

    keys = [c for c in a.partitions.columns if not c.startswith("__")]
    assert_frame_equal(a.partitions.sort(keys), b.partitions.sort(keys), check_dtypes=False, rel_tol=1e-9)
    assert a.bins.keys() == b.bins.keys()
    for name in a.bins:
        assert_frame_equal(a.bins[name].sort([*keys, "__bin"]), b.bins[name].sort([*keys, "__bin"]))


@pytest.mark.parametrize("rows_per_pass", [700, 1500])
def test_bounding_in_passes_over_units_gives_the_same_aggregates(rows_per_pass: int) -> None:
    df = _data(21)
    plan = Plan(
        keys=("k", "g"),
        aggregates=(count(), sum("v", bounds=(0, 100)), mean("v", bounds=(0, 100)), quantile("v", 0.5, bounds=(0, 100)),
                    histogram("v", bins=[0, 50, 100])),
        unit="u",
        max_partitions=3,
        max_contributions=2,
    )  # fmt: skip
    whole = bounded_polars(df.lazy(), plan, key=77)
    _same_bounded(whole, bounded_polars(df.lazy(), plan, key=77, rows_per_pass=rows_per_pass))


def test_a_scanned_parquet_file_is_queried_without_loading_it_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import privet.query as Q

    df = _data(22)
    path = tmp_path / "t.parquet"
    df.write_parquet(path)
    plan = Plan(keys=("k",), aggregates=(count(), sum("v", bounds=(0, 100))), unit="u", max_partitions=2)
    _same_bounded(bounded_polars(df.lazy(), plan, key=5), bounded_polars(pl.scan_parquet(path), plan, key=5))
    _same_bounded(bounded_polars(df.lazy(), plan, key=5), bounded_polars(pl.scan_parquet(path), plan, key=5,
                                                                         rows_per_pass=1000))  # fmt: skip
    out = (
        Q.query(pl.scan_parquet(path), privacy_unit="u")
        .group_by("k", public_keys=list(range(12)), max_partitions=2)
        .agg(Q.count(), Q.quantile("v", 0.5, bounds=(0, 100)))
        .release(epsilon=1.0)
    )
    assert isinstance(out, pl.DataFrame) and out.height == 12
    assert out.columns == ["k", "count", "count_ci_low", "count_ci_high", "quantile_v", "quantile_v_ci_low",
                           "quantile_v_ci_high"]  # fmt: skip


def test_passes_are_sized_from_the_available_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    import privet.query._polars as engine

    df = _data(23).with_columns(pl.col("u").cast(pl.String))
    plan = Plan(keys=("k",), aggregates=(count(), sum("v", bounds=(0, 100))), unit="u", max_partitions=2)
    whole = bounded_polars(df.lazy(), plan, key=9)
    # 4,000 rows x 8 cells (u as text = 4, k, v, 2 hashes) x 32 bytes = 1,024,000; a quarter of 400,000 -> 11
    monkeypatch.setattr(engine, "_available_memory", lambda: 400_000.0)
    assert engine._passes(df.lazy(), 8, None) == 11
    _same_bounded(whole, bounded_polars(df.lazy(), plan, key=9))
