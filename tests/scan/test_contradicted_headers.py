"""A header never decides alone when the values say otherwise (spec/entities.md): columns under a header that
names something their values cannot be are judged by their values, while agreeing columns keep the header's word."""

from __future__ import annotations

import random

import polars as pl
import pytest
from faker import Faker

import privet


def _entity(header: str, values: list[str]) -> str:
    report = privet.scan(pl.DataFrame({header: values}))
    return str(report.to_dict()["columns"][0]["entity"])


def _faker(locale: str) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(11)
    return fake


def _distinct(make: object, n: int = 400) -> list[str]:
    out: dict[str, None] = {}
    while len(out) < n:
        out[make()] = None  # type: ignore[operator]
    return list(out)


def test_person_names_under_a_diagnosis_header_are_names() -> None:
    fake = _faker("nl_NL")
    assert _entity("diagnose_code", _distinct(fake.name)) == "PERSON_NAME"


def test_different_single_words_under_a_health_header_are_not_health() -> None:
    rng = random.Random(5)
    fake = _faker("es_ES")
    logins = _distinct(lambda: f"{fake.first_name().lower()}{rng.randint(10, 9999)}")
    assert _entity("icd_diagnosis", logins) != "HEALTH"
    codes = _distinct(lambda: f"{rng.choice('ABCDEFGH')}{rng.choice('KLMNPR')}{rng.randint(1_000_000, 9_999_999)}")
    assert _entity("icd_diagnosis", codes) != "HEALTH"


@pytest.mark.parametrize("header", ["icd10", "diagnosis code"])
def test_icd_codes_under_a_health_header_stay_health(header: str) -> None:
    rng = random.Random(9)
    codes = _distinct(lambda: f"{rng.choice('ABCDEFGIJKLMN')}{rng.randint(0, 99):02d}.{rng.randint(0, 9)}", 300)
    assert _entity(header, codes) == "HEALTH"


def test_a_handful_of_conditions_under_a_health_header_stay_health() -> None:
    rng = random.Random(2)
    conditions = ["Asthma", "Hypertension", "Migraine", "Diabetes type 2", "Depression", "Eczema", "Gout"]
    assert _entity("diagnosis", [rng.choice(conditions) for _ in range(500)]) == "HEALTH"


def test_job_titles_under_a_salary_header_are_occupations() -> None:
    fake = _faker("fr_FR")
    assert _entity("salaire_brut", [fake.job() for _ in range(500)]) == "OCCUPATION"


def test_amounts_under_a_salary_header_stay_financial() -> None:
    rng = random.Random(4)
    assert _entity("salaire_brut", [f"{rng.randint(1800, 9000)},00" for _ in range(500)]) == "FINANCIAL"


def test_postal_codes_under_an_iban_header_are_postal_codes() -> None:
    rng = random.Random(8)
    postcodes = [f"{rng.randint(1000, 9999)}-{rng.randint(0, 999):03d}" for _ in range(500)]
    assert _entity("iban_cliente", postcodes) == "POSTAL_CODE"


@pytest.mark.parametrize("header", ["ID_CLIENT", "client_id"])
def test_integer_client_ids_are_customer_keys_not_device_ids(header: str) -> None:
    rng = random.Random(3)
    report = privet.scan(pl.DataFrame({header: [rng.randint(100_000, 999_999) for _ in range(500)]}))
    assert report.columns[0].entity.value == "NONE"


def test_numbers_under_a_plate_header_are_not_plates_and_plates_are() -> None:
    rng = random.Random(6)
    numbers = [str(rng.randint(1_000_000, 9_999_999)) for _ in range(500)]
    assert _entity("matricula", numbers) != "LICENSE_PLATE"
    plates = [f"{rng.randint(0, 9999):04d} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
              for _ in range(500)]  # fmt: skip
    assert _entity("matricula", plates) == "LICENSE_PLATE"
