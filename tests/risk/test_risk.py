"""privet.risk against numbers computed by hand on small tables."""

from __future__ import annotations

import math

import polars as pl
import pytest

from privet import ColumnNotFoundError, InvalidParameterError, risk

HOSPITAL = pl.DataFrame(
    {
        "age": ["30s", "30s", "30s", "40s", "40s", "40s", "40s", "50s"],
        "sex": ["M", "M", "M", "F", "F", "F", "F", "M"],
        "disease": ["flu", "flu", "cold", "flu", "hiv", "cancer", "flu", "cold"],
    }
)


def test_hand_computed_categorical_table() -> None:
    report = risk(HOSPITAL, quasi_identifiers=["age", "sex"], sensitive="disease")
    # classes: (30s, M) = 3 rows {flu, flu, cold}; (40s, F) = 4 {flu, hiv, cancer, flu}; (50s, M) = 1 {cold}
    assert (report.rows, report.classes, report.k, report.uniques) == (8, 3, 1, 1)
    assert report.unique_ratio == pytest.approx(1 / 8)
    assert report.class_sizes == {1: 1, 3: 1, 4: 1}
    assert report.share_in_classes_below == {2: pytest.approx(1 / 8), 5: 1.0, 10: 1.0}
    assert report.prosecutor_risk_max == 1.0
    assert report.prosecutor_risk_mean == pytest.approx(3 / 8)
    assert report.marketer_risk == pytest.approx(3 / 8)
    assert report.l == 1
    assert report.entropy_l == pytest.approx(1.0)  # the unique class has entropy 0
    # overall: flu 4/8, cold 2/8, hiv 1/8, cancer 1/8; (50s, M) is all cold: 0.5 * (4 + 6 + 1 + 1) / 8 = 0.75
    assert report.t == pytest.approx(0.75)
    assert report.journalist_risk_max is None


def test_entropy_l_of_two_classes() -> None:
    table = HOSPITAL.filter(pl.col("age") != "50s")
    report = risk(table, quasi_identifiers=["age", "sex"], sensitive="disease")
    h_30s = -(2 / 3 * math.log(2 / 3) + 1 / 3 * math.log(1 / 3))
    assert report.l == 2
    assert report.entropy_l == pytest.approx(math.exp(h_30s))
    assert report.k == 3


def test_ordered_distance_for_a_numeric_sensitive_column() -> None:
    # Li, Li, Venkatasubramanian (2007), salaries 3k..11k: {3k,4k,5k} is at 0.375, {6k,8k,11k} at 0.167
    table = pl.DataFrame({"g": ["a", "a", "a", "b", "b", "b", "c", "c", "c"], "salary": [3, 4, 5, 6, 8, 11, 7, 9, 10]})
    report = risk(table, quasi_identifiers=["g"], sensitive="salary")
    assert report.t == pytest.approx(0.375)
    only_b = risk(
        table.with_columns(pl.when(pl.col("g") == "b").then(pl.lit("b")).otherwise(pl.lit("rest")).alias("g")),
        quasi_identifiers=["g"],
        sensitive="salary",
    )
    # rest = the 6 others; b's EMD is 1/6 and rest's is half of it (the distributions mix to the overall one)
    assert only_b.t == pytest.approx(1 / 6)


def test_utility_against_the_original() -> None:
    original = pl.DataFrame({"age": [30, 32, 35, 40], "sex": ["M", "F", "M", "F"]})
    released = pl.DataFrame({"age": ["[30, 35]", "[30, 35]", "[30, 35]", "40"], "sex": ["*", "*", "*", "F"]})
    report = risk(released, quasi_identifiers=["age", "sex"], original=original)
    u = report.utility
    assert u is not None
    assert u.ncp == {"age": pytest.approx(0.375), "sex": pytest.approx(0.75)}
    assert u.gcp == pytest.approx(0.5625)
    assert u.discernibility == 3**2 + 1**2
    assert u.average_class_size == 2.0
    assert u.normalized_average_class_size == 2.0  # k = 1


def test_suppressed_rows_and_journalist_risk() -> None:
    released = pl.DataFrame({"zip": ["75*", "75*", None, "13*", "13*"], "sex": ["F", "F", None, "M", "M"]})
    population = pl.DataFrame({"zip": ["75*"] * 10 + ["13*"] * 4, "sex": ["F"] * 10 + ["M"] * 4})
    report = risk(released, quasi_identifiers=["zip", "sex"], population=population)
    assert report.suppressed_rows == 1
    assert report.k == 2 and report.classes == 2
    assert report.journalist_risk_max == pytest.approx(1 / 4)
    assert report.to_dict()["class_sizes"] == {"2": 2}


def test_bad_arguments() -> None:
    with pytest.raises(ColumnNotFoundError, match="'nope'"):
        risk(HOSPITAL, quasi_identifiers=["age", "nope"])
    with pytest.raises(InvalidParameterError):
        risk(HOSPITAL, quasi_identifiers="age")  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError):
        risk(HOSPITAL, quasi_identifiers=["age"], sensitive="age")


def test_caller_types(adult_csv) -> None:  # type: ignore[no-untyped-def]
    frame = pl.read_csv(adult_csv)
    qi = ["age", "education", "marital-status", "occupation", "race", "sex", "native-country"]
    polars_report = risk(frame, quasi_identifiers=qi, sensitive="income")
    pandas_report = risk(frame.to_pandas(), quasi_identifiers=qi, sensitive="income")
    assert polars_report.to_dict() == pandas_report.to_dict()
    # raw Adult: many unique combinations, and some class holds one income only
    assert polars_report.k == 1 and polars_report.l == 1
    assert polars_report.uniques > 10_000


def test_a_row_hash_collision_falls_back_to_exact_grouping(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pl.DataFrame.hash_rows

    def colliding(self: pl.DataFrame, seed: int = 0, **kwargs: object) -> pl.Series:
        hashes = real(self, seed=seed)
        return pl.Series([7] * self.height, dtype=pl.UInt64) if seed == 0 else hashes

    monkeypatch.setattr(pl.DataFrame, "hash_rows", colliding)
    report = risk(HOSPITAL, quasi_identifiers=["age", "sex"], sensitive="disease")
    assert (report.classes, report.k, report.l) == (3, 1, 1)
    assert report.t == pytest.approx(0.75)
