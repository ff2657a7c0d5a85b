"""Columns whose header names the entity and whose values are written in a way the value patterns alone
do not know: compact birth dates, diagnoses led by an ICD-10 code, disability degrees, UK sort code + account."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

import privet
from privet.scan._numeric import compact_dates_share


def _entity(name: str, values: list[str | None]) -> str:
    report = privet.scan(pl.DataFrame({name: values * 40}))
    return str(report.to_dict()["columns"][0]["entity"])


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("geburtsdatum", ["19620714", "19881203", "20000229", "19790101", None], "DATE_OF_BIRTH"),
        ("birth_dt", ["19620714", "19881203", "19950630", "19790101"], "DATE_OF_BIRTH"),
        ("diagnosis", ["I10 Essential hypertension", "E11.9 Type 2 diabetes", "J45.0 Asthma", "M54.5 Low back pain"],
         "HEALTH"),
        ("diagnose", ["F32.1 Mittelgradige depressive Episode", "I21.0 Akuter Vorderwandinfarkt", "K29.7 Gastritis"],
         "HEALTH"),
        ("disability", ["Wheelchair user", "Hearing loss 40 %", "Partial sight", "Degree of disability 50"], "HEALTH"),
        ("sort code and account", ["40-47-84 70872490", "20-00-00 55779911", "30-96-34 12345678"], "BANK_ACCOUNT"),
        ("patnr", ["P-4471822", "P-9930114", "P-1029384", "P-5647382"], "MEDICAL_RECORD_NUMBER"),
    ],
)  # fmt: skip
def test_header_and_values_agree(header: str, values: list[str | None], expected: str) -> None:
    assert _entity(header, values) == expected


def test_compact_event_dates_without_a_birth_header_are_not_birth_dates() -> None:
    assert _entity("buchungsdatum", ["20240105", "20231230", "20240211", "20240301"]) == "NONE"


def test_compact_dates_share() -> None:
    assert compact_dates_share(np.array([19740319.0, 20000229.0, 19991231.0])) == 1.0
    assert compact_dates_share(np.array([19740230.0, 19001301.0, 18991231.0, 21010101.0])) == 0.0  # no such dates
    assert compact_dates_share(np.array([19000229.0])) == 0.0  # 1900 was not a leap year
    rng = np.random.default_rng(3)
    assert compact_dates_share(rng.integers(10_000_000, 99_999_999, 2000).astype(float)) < 0.05
    assert compact_dates_share(None) == 0.0


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("limite_credito", ["12.500,00", "7.250,50", "30.000,00", "4.800,00", "15.900,90"], "FINANCIAL"),
        ("Credit Limit", ["2500", "12000", "7500", "30000", "15000", "500"], "FINANCIAL"),
        ("bezorgadres", ["Kerkstraat 12, 1017 GC Amsterdam", "Dorpsweg 4, 6871 EN Renkum",
                         "Molenlaan 88, 3055 OG Rotterdam"], "STREET_ADDRESS"),
        ("Department", ["Sales", "Finance", "Legal", "Logistics", "Marketing", "IT", "HR", "Support"], "NONE"),
    ],
)  # fmt: skip
def test_credit_limits_delivery_addresses_and_departments(header: str, values: list[str | None], expected: str) -> None:
    assert _entity(header, values) == expected


@pytest.mark.parametrize(
    ("value", "company"),
    [
        ("Molenlaan 88, 3055 OG Rotterdam", False),  # Dutch postcode letters, not Danish "og"
        ("Dorpsweg 4, 6871 EN Renkum", False),
        ("Jensen og Sønner", True),
        ("Smith, Jones and Brown", True),
    ],
)
def test_postcode_letters_are_not_connectors_of_a_company_name(value: str, company: bool) -> None:
    from privet.scan._names import is_company_name

    assert is_company_name(value) is company
