"""Decimal numbers written as text (decimal comma, grouped thousands, a stray blank) are read as numbers."""

from __future__ import annotations

import polars as pl
import pytest

import privet
from privet.scan._profile import profile_column


def _entity(name: str, values: list[str]) -> str:
    report = privet.scan(pl.DataFrame({name: values * 40}))
    return str(report.to_dict()["columns"][0]["entity"])


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["18,4", "31,0", "24,7", "-"], [18.4, 31.0, 24.7]),
        (["12.480,50", "7.015,25", "980,00"], [12480.5, 7015.25, 980.0]),
        (["12,480.50", "7,015.25", "980.00"], [12480.5, 7015.25, 980.0]),
        (["48.856613 ", "43.296482", "45.764043"], [48.856613, 43.296482, 45.764043]),
    ],
)
def test_decimal_text_is_read_as_numbers(values: list[str], expected: list[float]) -> None:
    profile = profile_column(pl.Series("x", values))
    assert profile.numbers is not None
    assert sorted(profile.numbers.tolist()) == pytest.approx(sorted(expected))


@pytest.mark.parametrize(
    "values",
    [
        ["1,250", "2,500", "3,125"],  # thousands or decimals: undecidable, stays text
        ["0612345678", "0687654321"],  # digit strings keep their leading zeros
        ["1.2.3", "2.0.1"],  # versions
    ],
)
def test_other_text_stays_text(values: list[str]) -> None:
    assert profile_column(pl.Series("x", values)).numbers is None


def test_coordinates_written_as_text_are_coordinates_not_phones() -> None:
    assert _entity("home_lat", ["48.856613 ", "43.296482", "45.764043", "50.629250", "47.218371"]) == "GEO_COORDINATE"
    assert _entity("home_lon", ["2.352222", "5.369780", "4.835659", "3.057256", "-1.553621"]) == "GEO_COORDINATE"


def test_body_mass_index_with_a_decimal_comma_is_health() -> None:
    assert _entity("bmi", ["18,4", "31,0", "24,7", "27,3", "22,9", "n/a"]) == "HEALTH"
