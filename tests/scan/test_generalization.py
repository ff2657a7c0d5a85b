"""Regression tests for the classifier fixes found on the held-out tables (tests/scan/heldout.py): header typos
and vowel-less abbreviations, national ids of more countries, birth years, coordinates, doses, round numbers,
UUID keys, IBANs outside the registry, and more. Values here are written for these tests, not taken from the
held-out generator."""

from __future__ import annotations

import random
import string
import uuid

import polars as pl
import pytest
from faker import Faker

import privet
from privet.entities import Entity
from privet.scan._checksums import luhn

N = 120
_R = random.Random(17)


def _scan(header: str, values: list[object]) -> tuple[Entity, str | None]:
    finding = privet.scan(pl.DataFrame({header: values}, strict=False)).columns[0]
    return finding.entity, finding.subtype


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _ahv(r: random.Random) -> str:
    body = "756" + "".join(r.choice(string.digits) for _ in range(9))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    v = body + str((10 - total % 10) % 10)
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def _sin(r: random.Random) -> str:
    body = r.choice("1234567") + "".join(r.choice(string.digits) for _ in range(7))
    v = body + _luhn_digit(body)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def _nif(r: random.Random) -> str:
    body = r.choice("123") + "".join(r.choice(string.digits) for _ in range(7))
    check = 11 - sum(int(d) * (9 - i) for i, d in enumerate(body)) % 11
    return body + str(0 if check >= 10 else check)


@pytest.mark.parametrize(
    ("make", "subtype"),
    [(_ahv, "CH_AHV"), (_sin, "CA_SIN"), (_nif, "PT_NIF")],
    ids=["ch_ahv", "ca_sin", "pt_nif"],
)
def test_national_ids_of_more_countries_by_their_check_digits(make: object, subtype: str) -> None:
    values = [make(_R) for _ in range(N)]  # type: ignore[operator]
    assert _scan("c3", values) == (Entity.NATIONAL_ID, subtype)


def test_nine_digit_order_ids_are_not_the_new_national_ids() -> None:
    values = [_R.randint(100_000_000, 999_999_999) for _ in range(N)]
    assert _scan("c3", values)[0] is Entity.NONE
    assert _scan("c3", [str(v) for v in values])[0] is Entity.NONE


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("Crdeit score", [_R.randint(300, 850) for _ in range(N)], "FINANCIAL"),  # transposed letters
        ("score credit", [_R.randint(300, 850) for _ in range(N)], "FINANCIAL"),  # words in another order
        ("Crdt_limit", [_R.randint(300, 850) for _ in range(N)], "FINANCIAL"),  # written without vowels
        ("idaed", [_R.randint(18, 90) for _ in range(N)], "AGE"),
        ("lttd", [round(_R.uniform(40, 50), 5) for _ in range(N)], "GEO_COORDINATE"),
        ("sindicaot", [_R.choice(["Unite", "GMB", "none"]) for _ in range(N)], "TRADE_UNION"),
        ("N_PROCESSO_CLINICO", [f"P{_R.randint(1_000_000, 9_999_999)}" for _ in range(N)], "MEDICAL_RECORD_NUMBER"),
    ],
    ids=["typo", "order", "abbreviation", "typo_short", "abbreviation_lat", "union", "filler_words"],
)
def test_headers_with_typos_abbreviations_or_reordered_words(header: str, values: list[object], expected: str) -> None:
    assert _scan(header, values)[0].value == expected


def test_birth_years_without_a_useful_header() -> None:
    years = [_R.randint(1940, 2003) for _ in range(N)]
    assert _scan("c9", years) == (Entity.DATE_OF_BIRTH, "BIRTH_YEAR")
    # years of recent events are not birth years
    assert _scan("c9", [_R.randint(2019, 2025) for _ in range(N)])[0] is Entity.NONE


def test_longitudes_beyond_ninety_under_an_unknown_header() -> None:
    lon = [round(_R.uniform(-115, -87), 6) for _ in range(N)]
    assert _scan("home_x", lon)[0] is Entity.GEO_COORDINATE
    assert _scan("depot_x", lon)[0] is Entity.NONE  # the coordinates of a place of business
    # probabilities have many decimals too, but stay within [0, 1]
    assert _scan("home_x", [round(_R.random(), 6) for _ in range(N)])[0] is Entity.NONE


def test_round_numbers_are_not_ages() -> None:
    assert _scan("c4", [_R.choice([0, 5, 10, 15, 20, 25, 30, 40, 50]) for _ in range(N)])[0] is Entity.NONE
    assert _scan("c4", [_R.randint(18, 90) for _ in range(N)])[0] is Entity.AGE


def test_medication_with_doses_is_health_not_an_address() -> None:
    drugs = ["Lisinopril 10 mg", "Omeprazol 20mg", "Metoprolol 50 mg", "Simvastatin 40", "Naproxen 250 mg",
             "Losartan 50mg", "Ciprofloxacin 500 mg"]  # fmt: skip
    values = [_R.choice(drugs) for _ in range(N)]
    assert _scan("Rx", values)[0] is Entity.HEALTH
    assert _scan("c2", values)[0] is Entity.HEALTH


def test_lowercase_uuids_under_a_meaningless_header_are_keys() -> None:
    keys = [str(uuid.UUID(int=_R.getrandbits(128))) for _ in range(N)]
    assert _scan("c5", keys)[0] is Entity.NONE
    assert _scan("c5", [k.upper() for k in keys])[0] is Entity.DEVICE_ID  # IDFA style
    assert _scan("user_id", keys)[0] is Entity.DEVICE_ID


def test_hex16_android_ids_under_an_unknown_header() -> None:
    assert _scan("ssaid", [f"{_R.getrandbits(64):016x}" for _ in range(N)])[0] is Entity.DEVICE_ID


def test_iban_with_valid_checksum_outside_the_registry() -> None:
    fake = Faker("es_CO")
    fake.seed_instance(3)
    values = [fake.iban() for _ in range(N)]
    assert _scan("c1", values)[0] is Entity.IBAN


def test_order_status_under_a_state_header_is_not_a_place() -> None:
    values = [_R.choice(["shipped", "pending", "cancelled", "delivered"]) for _ in range(N)]
    assert _scan("crm_state", values)[0] is Entity.NONE


def test_words_written_for_both_genders() -> None:
    values = [_R.choice(["soltero/a", "casado/a", "divorciado/a", "viudo/a"]) for _ in range(N)]
    assert _scan("c6", values)[0] is Entity.MARITAL_STATUS


def test_long_job_titles_under_a_job_header_are_not_free_text() -> None:
    jobs = ["Técnico superior en administración y finanzas de empresas", "Auxiliar de enfermería en centro de salud",
            "Operador de maquinaria pesada para la construcción civil"]  # fmt: skip
    assert _scan("Profession", [_R.choice(jobs) for _ in range(N)])[0] is Entity.OCCUPATION


def test_eircodes_and_belgian_plates() -> None:
    tail = "ACDEFHKNPRTVWXY0123456789"
    eircodes = [f"{_R.choice(['D02', 'T12', 'H91'])} {''.join(_R.choice(tail) for _ in range(4))}" for _ in range(N)]
    assert _scan("c7", eircodes)[0] is Entity.POSTAL_CODE
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    plates = [f"{_R.randint(1, 2)}-{''.join(_R.sample(letters, 3))}-{_R.randint(100, 999)}" for _ in range(N)]
    assert _scan("c8", plates)[0] is Entity.LICENSE_PLATE


def test_passports_under_a_passport_header_are_not_ninos_without_suffix() -> None:
    values = [f"{_R.choice('ABCEGH')}{_R.choice('ABKM')}{_R.randint(100000, 999999)}" for _ in range(N)]
    assert _scan("passeport", values)[0] is Entity.PASSPORT


def test_customer_numbers_are_not_eircodes() -> None:
    values = [f"{_R.choice('KCD')}{_R.randint(100000, 999999)}" for _ in range(N)]
    assert _scan("customer_no", values)[0] is Entity.NONE


def test_street_addresses_with_a_unit_before_the_house_number() -> None:
    streets = ["Flat 5, Mill Road", "Unit 12 4 Chapel Street", "8/21 Marshall Avenue", "Apt 3, 17 Queen Street"]
    assert _scan("c4", [_R.choice(streets) for _ in range(N)])[0] is Entity.STREET_ADDRESS


@pytest.mark.parametrize("header", ["NO_DOSSIER_PATIENT", "Patient ref", "paciente_codigo"])
def test_identifiers_under_a_patient_header_are_medical_record_numbers(header: str) -> None:
    values = [f"{_R.choice(['', 'H', 'P-'])}{_R.randint(1_000_000, 9_999_999)}" for _ in range(N)]
    assert _scan(header, values)[0] is Entity.MEDICAL_RECORD_NUMBER
    assert _scan("order_ref", values)[0] is Entity.NONE


@pytest.mark.parametrize(
    ("header", "expected"),
    [("affiliation syndicale", "TRADE_UNION"), ("confissão religiosa", "RELIGION"), ("personal_email", "EMAIL"),
     ("positive", None), ("customers", None)],
)  # fmt: skip
def test_header_word_endings_without_false_friends(header: str, expected: str | None) -> None:
    from privet.scan._lexicon import read_header

    hint = read_header(header)
    assert (hint.entity.value if hint.entity else None) == expected
    assert "money" not in hint.context


def test_skus_under_a_card_header_are_not_cards() -> None:
    skus = [f"{_R.choice(['DW', 'AR', 'QY'])}-{_R.randint(1000, 99999)}-{_R.choice('SML')}" for _ in range(N)]
    assert _scan("cartao_credito", skus)[0] is Entity.NONE
    # spec/entities.md: a 16-digit number that fails Luhn is not a card, whatever the header says
    not_luhn = [v for v in (_R.randint(4 * 10**15, 5 * 10**15) for _ in range(3 * N)) if not luhn(str(v))][:N]
    assert _scan("cartao_credito", not_luhn)[0] is Entity.NONE


def test_lowercase_nationality_adjectives_under_a_nationality_header() -> None:
    values = [_R.choice(["canadienne", "belge", "haïtienne", "congolaise", "malienne", "roumaine"]) for _ in range(N)]
    assert _scan("nationalité", values)[0] is Entity.NATIONALITY


def test_account_codes_under_a_money_word_are_not_amounts() -> None:
    codes = [f"{_R.choice('KCD')}{_R.randint(100000, 999999)}" for _ in range(N)]
    assert _scan("Debitor", codes)[0] is not Entity.FINANCIAL
    amounts = [f"€ {_R.randint(20, 90)}.{_R.randint(100, 999)},00" for _ in range(N)]
    assert _scan("salario", amounts)[0] is Entity.FINANCIAL
    bands = [_R.choice(["0k-20k", "20k-40k", "40k-60k", ">60K"]) for _ in range(N)]
    assert _scan("income_band", bands)[0] is Entity.FINANCIAL


def test_job_titles_joined_with_and_are_occupations_not_companies() -> None:
    jobs = ["Técnico de mantenimiento y reparación", "Auxiliar de almacén y logística", "Diseñador gráfico y web"]
    assert _scan("oficio", [_R.choice(jobs) for _ in range(N)])[0] is Entity.OCCUPATION


@pytest.mark.parametrize(("header", "expected"), [("n. cartella cliniac", "MEDICAL_RECORD_NUMBER"),
                                                   ("adrdess1", "STREET_ADDRESS")])  # fmt: skip
def test_typos_next_to_numbers_and_ambiguous_typos(header: str, expected: str) -> None:
    from privet.scan._lexicon import read_header

    hint = read_header(header)
    assert hint.entity is not None and hint.entity.value == expected
    assert not hint.context
