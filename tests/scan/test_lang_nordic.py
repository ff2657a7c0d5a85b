"""Swedish and Danish tables: personnummer and CPR validators (python-stdnum and Faker as independent
references, near misses), header terms and value vocabularies on small customer tables made here."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import polars as pl
import pytest
from faker import Faker
from stdnum.dk import cpr as std_cpr
from stdnum.se import personnummer as std_pnr

import privet
from privet.scan import _checksums_nordic as nordic
from privet.scan._lexicon import read_header


def _luhn_complete(body: str) -> str:
    """``body`` and its Luhn check digit (written here, apart from the code under test)."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


@pytest.mark.parametrize(
    ("check", "value", "valid"),
    [
        (nordic.se_personnummer, "811228-9874", True),  # Skatteverket's example
        (nordic.se_personnummer, "19811228-9874", True),
        (nordic.se_personnummer, "198112289874", True),
        (nordic.se_personnummer, _luhn_complete("701063234").replace("701063", "701063-"), True),  # coordination
        (nordic.se_personnummer, "811228-9873", False),  # check digit
        (nordic.se_personnummer, "811328-9874", False),  # month 13
        (nordic.se_personnummer, "21811228-9874", False),  # century 21
        (nordic.se_personnummer, "81122-89874", False),
        (nordic.dk_cpr, "211062-5629", True),
        (nordic.dk_cpr, "0101011234", True),
        (nordic.dk_cpr, "320162-5629", False),  # day 32
        (nordic.dk_cpr, "011399-1234", False),  # month 13
        (nordic.dk_cpr, "010120-4123", True),  # born 2020 (seventh digit 4, year <= 36)
        (nordic.dk_cpr, f"0101{(dt.date.today().year + 1) % 100:02d}-4123", False),  # not born yet
        (nordic.dk_cpr, "01012-01234", False),
    ],
)
def test_validators(check: Callable[[str], bool], value: str, valid: bool) -> None:
    assert check(value) is valid


def test_agree_with_stdnum_on_random_numbers() -> None:
    rng = random.Random(3)
    for _ in range(4000):
        digits = f"{rng.randrange(10**10):010d}"
        value = f"{digits[:6]}-{digits[6:]}"
        if int(digits[4:6]) <= 31 and len(set(digits)) > 2:  # stdnum has no coordination numbers
            assert nordic.se_personnummer(value) == std_pnr.is_valid(value), value
        try:
            expected = std_cpr.is_valid(value)
        except ValueError:
            expected = False
        assert nordic.dk_cpr(value) == (expected and len(set(digits)) > 2), value


def test_faker_personnummer_validate() -> None:
    fake = Faker("sv_SE")
    fake.seed_instance(4)
    assert all(nordic.se_personnummer(fake.ssn()) for _ in range(300))


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("Personnummer", "NATIONAL_ID"),
        ("förnamn", "PERSON_NAME"),
        ("Efternamn", "PERSON_NAME"),
        ("kön", "GENDER"),
        ("civilstånd", "MARITAL_STATUS"),
        ("födelsedatum", "DATE_OF_BIRTH"),
        ("Månadslön", "FINANCIAL"),
        ("CPR-nummer", "NATIONAL_ID"),
        ("fødselsdato", "DATE_OF_BIRTH"),
        ("Køn", "GENDER"),
        ("statsborgerskab", "NATIONALITY"),
        ("fagforening", "TRADE_UNION"),
        ("uddannelse", "EDUCATION"),
        ("Stilling", "OCCUPATION"),
    ],
)
def test_headers(header: str, entity: str) -> None:
    hint = read_header(header)
    assert hint.entity is not None and hint.entity.value == entity


def test_swedish_and_danish_tables() -> None:
    rng = random.Random(6)
    sv, da = Faker("sv_SE"), Faker("da_DK")
    sv.seed_instance(6)
    da.seed_instance(6)
    n = 120

    def pick(options: list[str]) -> list[str]:
        return [rng.choice(options) for _ in range(n)]

    def cpr() -> str:
        born = da.date_of_birth(minimum_age=18, maximum_age=80)
        seventh = rng.choice("0123") if born.year < 2000 else "4"
        return f"{born:%d%m%y}-{seventh}{rng.randrange(1000):03d}"

    columns = {
        "personnummer": ([sv.ssn() for _ in range(n)], "NATIONAL_ID", "SE_PERSONNUMMER"),
        "c1": ([sv.ssn() for _ in range(n)], "NATIONAL_ID", "SE_PERSONNUMMER"),
        "cpr_nr": ([cpr() for _ in range(n)], "NATIONAL_ID", "DK_CPR"),
        "civilstand": (pick(["ogift", "gift", "skild", "änka", "änkling", "sambo"]), "MARITAL_STATUS", None),
        "c2": (pick(["ugift", "gift", "skilt", "enke", "enkemand", "separeret"]), "MARITAL_STATUS", None),
        "kon": (pick(["Man", "Kvinna"]), "GENDER", None),
        "c3": (
            pick(["Socialdemokraterna", "Moderaterna", "Sverigedemokraterna", "Centerpartiet"]),
            "POLITICAL_OPINION",
            None,
        ),
        "c4": (pick(["Folkekirken", "katolsk", "muslim", "ingen religion"]), "RELIGION", None),
        "nationalitet": (pick(["svensk", "norsk", "finsk", "dansk"]), "NATIONALITY", None),
        "c5": (
            pick(["grundskole", "gymnasium", "erhvervsuddannelse", "lang videregående", "bachelor"]),
            "EDUCATION",
            None,
        ),
    }
    frame = pl.DataFrame({name: values for name, (values, _, _) in columns.items()})
    found = {c.name: (c.entity, c.subtype) for c in privet.scan(frame).columns}
    wrong = {k: (found[k], (e, s)) for k, (_, e, s) in columns.items() if found[k] != (e, s) and found[k][0] != e}
    assert not wrong
    assert all(found[k][1] == s for k, (_, _, s) in columns.items() if s)
