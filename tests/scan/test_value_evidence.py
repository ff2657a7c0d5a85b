"""Value evidence where the header cannot help: amounts written as text, income bands, pay, credit scores and
body-mass indices under meaningless headers, self-labelled record numbers, and header words that name where a
record is kept rather than what the column is about. Values are written for these tests."""

from __future__ import annotations

import random

import polars as pl
import pytest

import privet
from privet.entities import Entity
from privet.scan._amounts import text_amounts

N = 150


def _scan(header: str, values: list[object]) -> Entity:
    return privet.scan(pl.DataFrame({header: values}, strict=False)).columns[0].entity


def _draw(make: object, n: int = N, seed: int = 5) -> list[object]:
    r = random.Random(seed)
    return [make(r) for _ in range(n)]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["GBP 48,250", "£51,900.50", "61.000 GBP"], [48250.0, 51900.5, 61000.0]),
        (["52 300 €", "kr 410.500", "1'250.75 Fr."], [52300.0, 410500.0, 1250.75]),
        (["R$ 3.200,00", "-17,5 EUR", "USD 980"], [3200.0, -17.5, 980.0]),
    ],
    ids=["thousands", "spaces-and-apostrophes", "signs-and-codes"],
)
def test_text_amounts_reads_national_formats(cells: list[str], expected: list[float]) -> None:
    read = text_amounts(pl.Series(cells * 10))
    assert read is not None and read.share == 1.0
    assert list(read.values[:3]) == expected


def test_text_amounts_reads_bands_and_refuses_other_text() -> None:
    bands = text_amounts(pl.Series(["€20k–€35k", "35 000 - 50 000", "over 90k", "50k to 90k"] * 5))
    assert bands is not None and bands.bands == 1.0
    assert sorted(set(bands.band_tops)) == [35000.0, 50000.0, 90000.0]
    assert text_amounts(pl.Series(["ZX-4410-B", "12.03.1991", "10.0.3.17", "Berlin"] * 5)) is None


def _pay(r: random.Random) -> float:
    return round(r.lognormvariate(10.9, 0.3), 2)


@pytest.mark.parametrize(
    "values",
    [
        _draw(_pay),
        _draw(lambda r: f"{round(_pay(r), -2):,.0f} USD"),
        _draw(lambda r: "€ " + f"{_pay(r):,.2f}".replace(",", " ").replace(".", ",")),
    ],
    ids=["floats", "text-usd", "text-eur-spaces"],
)
def test_annual_pay_under_a_meaningless_header_is_financial(values: list[object]) -> None:
    assert _scan("col_7", values) is Entity.FINANCIAL


@pytest.mark.parametrize(
    "values",
    [
        _draw(lambda r: f"{r.uniform(3, 250):.2f} €"),  # prices
        _draw(lambda r: r.randint(10115, 99998)),  # German postal codes as integers
        _draw(lambda r: r.randint(10_000_000, 99_999_999)),  # order numbers
    ],
    ids=["prices", "postal-codes", "order-numbers"],
)
def test_other_figures_under_a_meaningless_header_are_not_pay(values: list[object]) -> None:
    assert _scan("col_7", values) is not Entity.FINANCIAL


def test_income_bands_under_a_meaningless_header_are_financial() -> None:
    bands = ["< 15k", "15k-25k", "25k-40k", "40k-60k", "60k-90k", "90k+"]
    assert _scan("field_3", _draw(lambda r: r.choice(bands))) is Entity.FINANCIAL
    ages = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
    assert _scan("field_3", _draw(lambda r: r.choice(ages))) is not Entity.FINANCIAL


@pytest.mark.parametrize("header", ["V12", "risk_score", "BureauRating"])
def test_credit_bureau_scale_is_financial(header: str) -> None:
    assert _scan(header, _draw(lambda r: r.randint(320, 880))) is Entity.FINANCIAL


def test_small_scores_are_not_credit_scores() -> None:
    assert _scan("risk_score", _draw(lambda r: r.randint(1, 10))) is Entity.NONE


def test_body_mass_indices_under_a_meaningless_header_are_health() -> None:
    assert _scan("x9", _draw(lambda r: round(r.gauss(24.5, 3.8), 1))) is Entity.HEALTH
    # one-decimal readings around 8 (outdoor temperatures) are not
    assert _scan("x9", _draw(lambda r: round(r.gauss(8, 6), 1))) is Entity.NONE


def test_identifiers_calling_themselves_mrn_are_medical_record_numbers() -> None:
    values = _draw(lambda r: r.choice(["MRN ", "MRN:", ""]) + f"{r.randint(0, 9_999_999):07d}")
    assert _scan("F4", values) is Entity.MEDICAL_RECORD_NUMBER


def test_a_money_word_keeps_a_categorical_column_off_a_person() -> None:
    # "role" names a job, but the role of a cost centre is a unit of the business
    values = _draw(lambda r: r.choice(["Purchasing", "Sales", "Support", "Accounts"]))
    assert _scan("cost_centre_role", values) is Entity.NONE


def test_a_reference_kept_for_an_account_is_no_username() -> None:
    assert _scan("account_reference", _draw(lambda r: f"AC{r.randint(10**6, 10**7 - 1)}")) is Entity.NONE


@pytest.mark.parametrize(
    ("header", "values", "entity"),
    [
        ("bank acct", _draw(lambda r: f"ACC{r.randint(10**6, 10**7 - 1)}"), Entity.BANK_ACCOUNT),
        ("Hospital number", _draw(lambda r: f"H{r.randint(10**6, 10**7 - 1)}"), Entity.MEDICAL_RECORD_NUMBER),
    ],
    ids=["bank-account", "hospital-number"],
)
def test_a_place_inside_the_entity_term_is_not_the_subject(header: str, values: list[object], entity: Entity) -> None:
    assert _scan(header, values) is entity


def _dni_or_nie(r: random.Random) -> str:
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if r.random() < 0.6:  # citizens' DNI
        number = r.randint(10**7, 10**8 - 1)
        return f"{number}{letters[number % 23]}"
    prefix = r.choice("XYZ")  # foreign residents' NIE
    body = r.randint(10**6, 10**7 - 1)
    return f"{prefix}{body}{letters[int('XYZ'.index(prefix) * 10**7 + body) % 23]}"


def test_citizens_and_residents_ids_of_one_country_together_are_national_ids() -> None:
    finding = privet.scan(pl.DataFrame({"c3": _draw(_dni_or_nie)})).columns[0]
    assert finding.entity is Entity.NATIONAL_ID and finding.subtype == "ES_DNI"
