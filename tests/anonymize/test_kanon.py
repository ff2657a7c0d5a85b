"""Mondrian k-anonymity: k, l and t of the output re-verified independently; Adult with measured loss."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privet import DataError, InvalidParameterError, k_anonymize, risk
from privet.anonymize import anonymize_with_summary, k_anonymize_with_summary

ADULT_QI = ["age", "education", "marital-status", "occupation", "race", "sex", "native-country"]


def _classes(frame: pl.DataFrame, qis: list[str], sensitive: str | None = None) -> pl.DataFrame:
    """Independent recomputation: plain group-by, no privet code."""
    aggs = [pl.len().alias("n")]
    if sensitive is not None:
        aggs.append(pl.col(sensitive).n_unique().alias("distinct"))
    return frame.group_by(qis).agg(aggs)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(10, 200),
    k=st.integers(2, 10),
    seed=st.integers(0, 2**32 - 1),
    use_l=st.booleans(),
)
def test_output_is_k_anonymous_and_l_diverse(n: int, k: int, seed: int, use_l: bool) -> None:
    rng = np.random.default_rng(seed)  # data generator only
    frame = pl.DataFrame(
        {
            "age": rng.integers(18, 90, n),
            "zip": rng.choice(["75001", "75002", "13001", "69001", "33000"], n),
            "sex": rng.choice(["F", "M"], n),
            "diag": rng.choice(["flu", "cold", "hiv", "asthma"], n),
        }
    )
    qis = ["age", "zip", "sex"]
    if n < k:
        return
    l_value = 2 if use_l else None
    result = k_anonymize_with_summary(frame, quasi_identifiers=qis, k=k, l=l_value, sensitive="diag" if use_l else None)
    out: pl.DataFrame = result.table
    assert out.height == n  # no suppression asked
    classes = _classes(out, qis, "diag")
    assert classes["n"].min() >= k
    if use_l:
        assert classes["distinct"].min() >= 2
    # the released ranges contain the original values
    for original, released in zip(frame["age"].to_list(), out["age"].to_list(), strict=True):
        if released.startswith("["):
            lo, hi = (int(x) for x in released.strip("[]").split(", "))
            assert lo <= original <= hi
        else:
            assert int(released) == original
    # other columns untouched
    assert out["diag"].equals(frame["diag"])


def test_t_closeness_constraint() -> None:
    rng = np.random.default_rng(7)
    n = 600
    frame = pl.DataFrame(
        {"age": rng.integers(18, 90, n), "sex": rng.choice(["F", "M"], n), "pay": rng.integers(0, 20, n)}
    )
    result = k_anonymize_with_summary(frame, quasi_identifiers=["age", "sex"], k=5, t=0.2, sensitive="pay")
    assert result.t is not None and result.t <= 0.2
    assert risk(result.table, quasi_identifiers=["age", "sex"], sensitive="pay").t <= 0.2


def test_hierarchy_gives_lowest_common_ancestor() -> None:
    tree = {"Any": {"Married": ["civ", "af"], "Single": ["never", "divorced", "widowed"]}}
    frame = pl.DataFrame(
        {"status": ["civ", "af", "never", "divorced", "widowed", "civ", "af", "never"], "age": [30] * 8}
    )
    out = k_anonymize(frame, quasi_identifiers=["status"], k=2, hierarchies={"status": tree})
    allowed = {"civ", "af", "never", "divorced", "widowed", "Married", "Single", "Any"}
    assert set(out["status"].to_list()) <= allowed
    assert _classes(out, ["status"])["n"].min() >= 2


def test_suppression_removes_outliers_within_budget() -> None:
    ages = [30] * 40 + [31] * 40 + [99, 100]
    frame = pl.DataFrame({"age": ages, "x": list(range(len(ages)))})
    kept = k_anonymize_with_summary(frame, quasi_identifiers=["age"], k=5, max_suppression=0.05)
    assert kept.suppressed_rows == 2
    assert kept.table.height == 80
    assert set(kept.table["age"].to_list()) == {"30", "31"}
    none = k_anonymize_with_summary(frame, quasi_identifiers=["age"], k=5)
    assert none.suppressed_rows == 0
    assert "[31, 100]" in none.table["age"].to_list()  # without suppression the outliers widen a range
    masked = k_anonymize(frame, quasi_identifiers=["age"], k=5, max_suppression=0.05, keep_suppressed=True)
    assert masked.height == len(ages) and masked["age"].null_count() == 2


def test_bad_arguments() -> None:
    frame = pl.DataFrame({"a": [1, 2, 3], "s": ["x", "y", "z"]})
    with pytest.raises(InvalidParameterError, match="'k'"):
        k_anonymize(frame, quasi_identifiers=["a"], k=1)
    with pytest.raises(InvalidParameterError, match="sensitive"):
        k_anonymize(frame, quasi_identifiers=["a"], k=2, l=2)
    with pytest.raises(DataError, match="fewer than k"):
        k_anonymize(frame, quasi_identifiers=["a"], k=5)
    with pytest.raises(DataError, match="whole table"):
        k_anonymize(frame, quasi_identifiers=["a"], k=2, l=4, sensitive="s")
    with pytest.raises(DataError, match="null"):
        k_anonymize(pl.DataFrame({"a": [1, None, 3]}), quasi_identifiers=["a"], k=2)


@pytest.mark.slow
def test_adult_k10_l2_with_measured_information_loss(adult_csv: Path) -> None:
    adult = pl.read_csv(adult_csv)
    result = k_anonymize_with_summary(adult, quasi_identifiers=ADULT_QI, k=10, l=2, sensitive="income")
    out: pl.DataFrame = result.table
    classes = _classes(out, ADULT_QI, "income")
    assert classes["n"].min() >= 10 and classes["distinct"].min() >= 2
    assert out.height == adult.height
    report = risk(out, quasi_identifiers=ADULT_QI, sensitive="income", original=adult)
    assert report.k >= 10 and report.prosecutor_risk_max <= 0.1
    utility = report.utility
    assert utility is not None
    # Mondrian keeps most of the detail at k = 10: GCP well below full suppression (1.0) and a global
    # recoding to one class; classes are on average less than 3x the minimum size.
    assert 0.0 < utility.gcp < 0.15, utility
    assert utility.normalized_average_class_size < 3.0


def test_privacy_model_in_a_policy(adult_csv: Path) -> None:
    adult = pl.read_csv(adult_csv, n_rows=5000)
    policy = {
        "unlisted": "keep",
        "columns": {"fnlwgt": "drop", "age": {"action": "keep", "reason": "QI, recoded by Mondrian"}},
        "privacy_model": {"quasi_identifiers": ["age", "sex", "race"], "k": 20, "max_suppression": 0.01},
    }
    result = anonymize_with_summary(adult, policy)
    out: pl.DataFrame = result.table
    assert "fnlwgt" not in out.columns
    assert result.k is not None and result.k >= 20
    assert _classes(out, ["age", "sex", "race"])["n"].min() >= 20
    assert result.rows_out == result.rows_in - result.suppressed_rows
    assert result.suppressed_rows <= 50
    age = next(c for c in result.columns if c.column == "age")
    assert age.cells_changed > 0 and "k-anonymity" in age.note


def test_policy_privacy_model_with_hierarchy_and_l() -> None:
    tree = {"Any": {"Married": ["civ", "af"], "Single": ["never", "divorced"]}}
    n = 80
    frame = pl.DataFrame(
        {
            "status": (["civ", "af", "never", "divorced"] * (n // 4)),
            "age": [20 + (i * 13) % 50 for i in range(n)],
            "diag": (["flu", "cold", "hiv", "flu", "asthma"] * (n // 5)),
        }
    )
    policy = {
        "columns": {"status": "keep", "age": "keep", "diag": {"action": "keep", "sensitive": True}},
        "privacy_model": {
            "quasi_identifiers": ["status", "age"],
            "k": 6,
            "l": 3,
            "sensitive": "diag",
            "hierarchies": {"status": tree},
        },
    }
    out: pl.DataFrame = anonymize_with_summary(frame, policy).table
    classes = _classes(out, ["status", "age"], "diag")
    assert classes["n"].min() >= 6 and classes["distinct"].min() >= 3
    assert set(out["status"].to_list()) <= {"civ", "af", "never", "divorced", "Married", "Single", "Any"}


def test_cells_changed_by_an_action_and_by_mondrian_count_once() -> None:
    rng = np.random.default_rng(7)
    table = pl.DataFrame({"age": rng.integers(18, 90, 400), "sex": rng.choice(["f", "m"], 400)})
    policy = {
        "columns": {"age": {"action": "generalize", "width": 5}, "sex": "keep"},
        "privacy_model": {"quasi_identifiers": ["age", "sex"], "k": 25},
    }
    result = anonymize_with_summary(table, policy)
    age = next(c for c in result.columns if c.column == "age")
    assert "k-anonymity" in age.note
    assert 0 < age.cells_changed <= result.rows_out  # every published age differs from its input at most once
