"""ScanReport format (spec/entities.md), masking of examples, input types and parameter errors."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import polars as pl
import pytest

import privet
from privet.entities import Category, Entity
from privet.errors import ColumnNotFoundError, InvalidParameterError
from privet.scan._mask import mask

PLANTED = {
    "email": ["jane.doe.4821@example.org", "max.mustermann77@beispiel.de", "marie.curie1867@exemple.fr"] * 20,
    "iban": ["DE89370400440532013000", "GB82WEST12345698765432", "NL91ABNA0417164300"] * 20,
    "card": ["4539578763621486", "5555555555554444", "378282246310005"] * 20,
    "name": ["Johanna Schmidt", "Pierre Lefebvre", "Giulia Romano"] * 20,
    "price": [9.99, 19.5, 3.25] * 20,
}


def _report() -> privet.ScanReport:
    return privet.scan(pl.DataFrame(PLANTED))


def test_to_dict_follows_the_spec() -> None:
    data = _report().to_dict()
    assert set(data) == {"source", "rows", "rows_scanned", "columns"}
    assert data["rows"] == 60 and data["rows_scanned"] == 60
    assert [c["name"] for c in data["columns"]] == list(PLANTED)
    for column in data["columns"]:
        assert {"name", "dtype", "entity", "subtype", "category", "confidence", "evidence"} <= set(column)
        assert Entity(column["entity"]).category.value == column["category"]
        assert 0.0 <= column["confidence"] <= 1.0
        assert isinstance(column["evidence"]["examples"], list)
    json.loads(_report().to_json())


def test_no_raw_value_reaches_the_report() -> None:
    text = _report().to_json()
    for values in PLANTED.values():
        for value in {str(v) for v in values}:
            if len(value) > 4:
                assert value not in text
    for value in ("jane", "4539", "Schmidt", "0532013000"):
        assert value not in text


def test_findings_and_category_lists() -> None:
    report = _report()
    assert report.column("email").entity is Entity.EMAIL
    assert report.column("iban").entity is Entity.IBAN
    assert report.column("card").entity is Entity.CREDIT_CARD
    assert report.column("name").entity is Entity.PERSON_NAME
    assert report.column("price").category is Category.NONE
    assert set(report.direct_identifiers) == {"email", "iban", "card", "name"}
    assert report.quasi_identifiers == [] and report.sensitive == []
    with pytest.raises(ColumnNotFoundError):
        report.column("nope")


@pytest.mark.parametrize(
    ("value", "masked"),
    [("john.smith@example.com", "j***.s***@e***.com"), ("Hans Müller", "H*** M***"), ("DE89 3704", "D*** 3***")],
)
def test_mask(value: str, masked: str) -> None:
    assert mask(value) == masked


def test_accepts_pandas_pyarrow_and_paths(tmp_path: Path) -> None:
    frame = pl.DataFrame(PLANTED)
    expected = [c.entity for c in privet.scan(frame).columns]
    assert [c.entity for c in privet.scan(frame.to_pandas()).columns] == expected
    assert [c.entity for c in privet.scan(frame.to_arrow()).columns] == expected
    path = tmp_path / "people.csv"
    frame.write_csv(path)
    report = privet.scan(path)
    assert report.source == "people.csv"
    assert [c.entity for c in report.columns] == expected
    assert privet.scan(pd.DataFrame({"x": []})).columns[0].entity is Entity.NONE


def test_sampling_is_spread_over_the_table() -> None:
    frame = pl.DataFrame({"email": [None] * 5_000 + [f"user{i}@example.com" for i in range(5_000)]})
    report = privet.scan(frame, sample_rows=500)
    assert report.rows == 10_000 and report.rows_scanned == 500
    assert report.column("email").entity is Entity.EMAIL
    assert privet.scan(frame, full=True).rows_scanned == 10_000


@pytest.mark.parametrize("kwargs", [{"sample_rows": 0}, {"sample_rows": -5}, {"sample_rows": 1.5}, {"full": "yes"}])
def test_bad_parameters(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidParameterError):
        privet.scan(pl.DataFrame({"a": [1]}), **kwargs)  # type: ignore[arg-type]


def test_bad_table_type() -> None:
    with pytest.raises(InvalidParameterError):
        privet.scan([1, 2, 3])


def test_uci_adult(adult_csv: Path) -> None:
    report = privet.scan(adult_csv)
    found = {c.name: c.entity.value for c in report.columns}
    assert found["age"] == "AGE"
    assert found["sex"] == "GENDER"
    assert found["race"] == "ETHNICITY"
    assert found["marital-status"] == "MARITAL_STATUS"
    assert found["education"] == "EDUCATION"
    assert found["occupation"] == "OCCUPATION"
    assert found["native-country"] in ("COUNTRY", "NATIONALITY")
    assert found["income"] == "FINANCIAL"
    assert found["fnlwgt"] == "NONE" and found["hours-per-week"] == "NONE"


def test_full_scan_agrees_with_the_sample_on_a_large_table() -> None:
    frame = pl.DataFrame({k: v * 500 for k, v in PLANTED.items()})  # 30,000 rows: the full scan probes shapes first
    sampled = privet.scan(frame, sample_rows=2_000)
    full = privet.scan(frame, full=True)
    assert full.rows_scanned == 30_000 and sampled.rows_scanned == 2_000
    assert [c.entity for c in full.columns] == [c.entity for c in sampled.columns]
