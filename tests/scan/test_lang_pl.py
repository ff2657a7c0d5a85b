"""Polish tables: header terms, value vocabularies, validators and name lists, on a bank-customer table made
here (Faker pl_PL values and Polish categories as forms write them)."""

from __future__ import annotations

import random

import polars as pl
import pytest
from faker import Faker

import privet
from privet.scan._lexicon import read_header
from privet.scan._names import is_company_name, is_first_name, is_last_name

N = 150


def _table() -> tuple[pl.DataFrame, dict[str, tuple[str, str | None]]]:
    fake = Faker("pl_PL")
    fake.seed_instance(3)
    rng = random.Random(3)

    def pick(options: list[str]) -> list[str]:
        return [rng.choice(options) for _ in range(N)]

    marital = ["kawaler", "panna", "żonaty", "zamężna", "rozwiedziony", "rozwiedziona", "wdowiec", "wdowa"]
    columns: dict[str, tuple[list[str], str, str | None]] = {
        "ID_KLIENTA": ([str(100000 + i) for i in range(N)], "NONE", None),
        "IMIE": ([fake.first_name() for _ in range(N)], "PERSON_NAME", None),
        "NAZWISKO": ([fake.last_name() for _ in range(N)], "PERSON_NAME", None),
        "PLEC": (pick(["M", "K"]), "GENDER", None),
        "DATA_URODZENIA": (
            [fake.date_of_birth(minimum_age=18, maximum_age=90).strftime("%d.%m.%Y") for _ in range(N)],
            "DATE_OF_BIRTH",
            None,
        ),
        "PESEL": ([fake.pesel() for _ in range(N)], "NATIONAL_ID", "PL_PESEL"),
        "NR_DOWODU": ([fake.identity_card_number() for _ in range(N)], "NATIONAL_ID", "PL_ID_CARD"),
        "NR_RACHUNKU": ([fake.iban()[2:] for _ in range(N)], "BANK_ACCOUNT", "PL_NRB"),
        "ADRES": ([fake.address().replace("\n", ", ") for _ in range(N)], "STREET_ADDRESS", None),
        "MIEJSCOWOSC": ([fake.city() for _ in range(N)], "CITY", None),
        "TELEFON": ([fake.phone_number() for _ in range(N)], "PHONE", None),
        "STAN_CYWILNY": (pick(marital), "MARITAL_STATUS", None),
        "WYKSZTALCENIE": (pick(["podstawowe", "średnie", "wyższe", "zasadnicze zawodowe"]), "EDUCATION", None),
        "OBYWATELSTWO": (pick(["polskie", "ukraińskie", "niemieckie", "białoruskie"]), "NATIONALITY", None),
        "ZAWOD": ([fake.job() for _ in range(N)], "OCCUPATION", None),
        "DOCHOD_MIES": ([str(rng.randrange(3000, 20000)) for _ in range(N)], "FINANCIAL", None),
        "PENSJA": ([f"{rng.randrange(3, 20)} {rng.randrange(1000):03d} zł" for _ in range(N)], "FINANCIAL", None),
        "REGON": ([fake.regon() for _ in range(N)], "NONE", None),
        # values only (meaningless headers)
        "c1": ([fake.pesel() for _ in range(N)], "NATIONAL_ID", "PL_PESEL"),
        "c2": ([fake.nip() for _ in range(N)], "NATIONAL_ID", "PL_NIP"),
        "c3": ([fake.iban()[2:] for _ in range(N)], "BANK_ACCOUNT", "PL_NRB"),
        "c4": (pick([*marital, "w związku małżeńskim", "stan wolny", "rozwodnik", "rozwódka"]), "MARITAL_STATUS", None),
        "c5": (pick(["Kobieta", "Mężczyzna"]), "GENDER", None),
        "c6": (pick(["Prawo i Sprawiedliwość", "Koalicja Obywatelska", "Lewica", "PSL"]), "POLITICAL_OPINION", None),
        "c7": (pick(["NSZZ Solidarność", "OPZZ", "ZNP", "Forum Związków Zawodowych"]), "TRADE_UNION", None),
        "c8": (pick(["cukrzyca typu 2", "nadciśnienie tętnicze", "astma", "depresja"]), "HEALTH", None),
        "c9": (pick(["rzymskokatolickie", "prawosławne", "ewangelickie", "świadkowie Jehowy"]), "RELIGION", None),
        "c10": (pick(["śląska", "kaszubska", "ukraińska", "łemkowska"]), "ETHNICITY", None),
        "c11": ([fake.name() for _ in range(N)], "PERSON_NAME", None),
        "c12": ([fake.license_plate() for _ in range(N)], "LICENSE_PLATE", None),
        "c13": ([rng.choice(["AA", "EZ", "ES"]) + f"{rng.randrange(10**7):07d}" for _ in range(N)], "PASSPORT", None),
        "c14": ([f"ul. {fake.street_name()} {rng.randrange(1, 200)}" for _ in range(N)], "STREET_ADDRESS", None),
    }
    frame = pl.DataFrame({name: values for name, (values, _, _) in columns.items()})
    return frame, {name: (entity, subtype) for name, (_, entity, subtype) in columns.items()}


def test_polish_bank_customer_table() -> None:
    frame, expected = _table()
    found = {c.name: (c.entity, c.subtype if expected[c.name][1] else None) for c in privet.scan(frame).columns}
    wrong = {name: (found[name], want) for name, want in expected.items() if found[name] != want}
    assert not wrong


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("NAZWISKO", "PERSON_NAME"),
        ("imię", "PERSON_NAME"),
        ("Płeć", "GENDER"),
        ("stanCywilny", "MARITAL_STATUS"),
        ("Wykształcenie", "EDUCATION"),
        ("OBYWATELSTWO", "NATIONALITY"),
        ("zawód", "OCCUPATION"),
        ("DOCHOD_MIES", "FINANCIAL"),
        ("NR_DOWODU", "NATIONAL_ID"),
        ("nr_paszportu", "PASSPORT"),
        ("NR_RACHUNKU", "BANK_ACCOUNT"),
        ("adres_zamieszkania", "STREET_ADDRESS"),
        ("data_ur", "DATE_OF_BIRTH"),
        ("kod_pocztowy", "POSTAL_CODE"),
        ("Wyznanie", "RELIGION"),
        ("przynależność_partyjna", "POLITICAL_OPINION"),
        ("zwiazek_zawodowy", "TRADE_UNION"),
        ("nr_rej", "LICENSE_PLATE"),
    ],
)
def test_polish_headers(header: str, entity: str) -> None:
    hint = read_header(header)
    assert hint.entity is not None and hint.entity.value == entity


def test_organisation_headers_give_context() -> None:
    assert "organisation" in read_header("nazwa_firmy").context
    assert "money" in read_header("cena_netto").context


def test_polish_names_and_companies() -> None:
    assert all(is_last_name(n) for n in ("Kowalska", "Wiśniewska", "Nowicka", "Kowalski", "Nowak"))
    assert all(is_first_name(n) for n in ("Małgorzata", "Łukasz", "Grzegorz", "Agnieszka"))
    companies = ("Budimex S.A.", "Kowalski sp. z o.o.", "Nowak i Wspólnicy sp.j.", "Nowak Spółka Jawna", "Lis sp.k.")
    for company in companies:
        assert is_company_name(company), company
    assert not is_company_name("Jan Kowalski")
