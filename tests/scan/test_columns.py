"""Column classifier: table-driven positives and near misses per entity and locale, meaningless and wrong headers."""

from __future__ import annotations

import random
import string
import uuid

import polars as pl
import pytest
from faker import Faker

import privet
from privet.entities import Entity

N = 80


def _col(values: list[object]) -> list[object]:
    return (values * (N // max(len(values), 1) + 1))[:N]


_FAKERS: dict[str, Faker] = {}


def _fake(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
        _FAKERS[locale].seed_instance(3)
    return _FAKERS[locale]


def _entity(header: str, values: list[object]) -> tuple[Entity, str | None]:
    report = privet.scan(pl.DataFrame({header: values}, strict=False))
    finding = report.columns[0]
    return finding.entity, finding.subtype


# (locale, generator) -> expected entity; decided by the values alone (meaningless header "c7")
_rng = random.Random(5)
VALUE_CASES: list[tuple[str, str, object]] = [
    ("email", "EMAIL", lambda f: f.email()),
    ("phone_de", "PHONE", lambda f: _fake("de_DE").phone_number()),
    ("phone_fr", "PHONE", lambda f: _fake("fr_FR").phone_number()),
    ("phone_intl", "PHONE", lambda f: "+44 20 7946 " + str(_rng.randint(1000, 9999))),
    ("iban", "IBAN", lambda f: f.iban()),
    ("card", "CREDIT_CARD", lambda f: f.credit_card_number()),
    ("ipv4", "IP_ADDRESS", lambda f: f.ipv4_public()),
    ("ipv6", "IP_ADDRESS", lambda f: f.ipv6()),
    ("mac_colon", "MAC_ADDRESS", lambda f: f.mac_address()),
    ("mac_dash", "MAC_ADDRESS", lambda f: f.mac_address().replace(":", "-").upper()),
    ("mac_cisco", "MAC_ADDRESS", lambda f: _cisco(f.mac_address())),
    ("url", "URL", lambda f: f"https://www.linkedin.com/in/{f.user_name()}"),
    ("us_ssn", "NATIONAL_ID", lambda f: _fake("en_US").ssn()),
    ("fr_nir", "NATIONAL_ID", lambda f: _fake("fr_FR").ssn()),
    ("it_cf", "NATIONAL_ID", lambda f: _fake("it_IT").ssn()),
    ("nl_bsn", "NATIONAL_ID", lambda f: _fake("nl_NL").ssn()),
    ("br_cpf", "NATIONAL_ID", lambda f: _fake("pt_BR").cpf()),
    ("es_nie", "NATIONAL_ID", lambda f: _fake("es_ES").nie()),
    ("es_dni", "NATIONAL_ID", lambda f: _fake("es_ES").nif()),
    ("dob", "DATE_OF_BIRTH", lambda f: f.date_of_birth(minimum_age=18, maximum_age=90).strftime("%d.%m.%Y")),
    ("latlon_pair", "GEO_COORDINATE", lambda f: f"{float(f.latitude()):.5f}, {float(f.longitude()):.5f}"),
    ("street_en", "STREET_ADDRESS", lambda f: f.street_address()),
    ("street_de", "STREET_ADDRESS", lambda f: _fake("de_DE").street_address()),
    ("name_en", "PERSON_NAME", lambda f: f.name()),
    ("name_it", "PERSON_NAME", lambda f: _fake("it_IT").name()),
    ("name_upper", "PERSON_NAME", lambda f: f"{f.last_name().upper()}, {f.first_name()}"),
    ("gender", "GENDER", lambda f: _rng.choice(["Male", "Female", "weiblich", "männlich"])),
    ("marital", "MARITAL_STATUS", lambda f: _rng.choice(["Casado", "Soltero", "Divorciado", "Viudo"])),
    ("religion", "RELIGION", lambda f: _rng.choice(["katholisch", "evangelisch", "muslimisch", "konfessionslos"])),
    ("icd10", "HEALTH", lambda f: _rng.choice(["E11.9", "I10", "J45.909", "F32.9", "M54.5"])),
    ("medication", "HEALTH", lambda f: _rng.choice(["Metformin", "Ibuprofen", "Sertraline", "Omeprazole"])),
    ("party", "POLITICAL_OPINION", lambda f: _rng.choice(["CDU", "SPD", "Die Grünen", "FDP", "AfD"])),
    ("orientation", "SEXUAL_ORIENTATION", lambda f: _rng.choice(["heterosexual", "gay", "lesbian", "bisexual"])),
    ("education", "EDUCATION", lambda f: _rng.choice(["Laurea", "Diploma di maturità", "Dottorato", "Licenza media"])),
    ("nationality", "NATIONALITY", lambda f: _rng.choice(["German", "French", "Italian", "Spanish", "Dutch"])),
    ("country", "COUNTRY", lambda f: _fake("de_DE").country()),
    ("imei", "DEVICE_ID", lambda f: _imei()),
    ("plate_fr", "LICENSE_PLATE", lambda f: f"{_letters(2)}-{_rng.randint(100, 999)}-{_letters(2)}"),
]


def _cisco(mac: str) -> str:
    hexes = mac.replace(":", "")
    return f"{hexes[:4]}.{hexes[4:8]}.{hexes[8:]}"


def _letters(n: int) -> str:
    return "".join(_rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))


def _imei() -> str:
    body = "35" + "".join(_rng.choice(string.digits) for _ in range(12))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


@pytest.mark.parametrize(("case", "expected", "make"), VALUE_CASES, ids=[c[0] for c in VALUE_CASES])
def test_values_decide_under_a_meaningless_header(case: str, expected: str, make: object) -> None:
    fake = _fake("en_US")
    values = [make(fake) for _ in range(N)]  # type: ignore[operator]
    entity, _ = _entity("c7", values)
    assert entity.value == expected


HARD_NEGATIVES: list[tuple[str, str, list[object]]] = [
    ("version_ip", "app_version", [f"{i % 9 + 1}.{i % 7}.{i % 13}.{i % 40}" for i in range(N)]),
    ("order_id_9", "order_id", [random.Random(i).randint(100_000_000, 999_999_999) for i in range(N)]),
    ("order_id_9_obfuscated", "c3", [str(random.Random(i).randint(100_000_000, 999_999_999)) for i in range(N)]),
    ("sku", "sku", [f"AB-{1000 + i}-XL" for i in range(N)]),
    ("invoice", "invoice_no", [f"INV-2024-{i:06d}" for i in range(N)]),
    ("not_luhn_16", "c4", [str(4_000_000_000_000_001 + 10 * i) for i in range(N)]),
    ("product_uuid", "product_id", [str(uuid.UUID(int=random.Random(i).getrandbits(128))) for i in range(N)]),
    ("sha256", "c9", [f"{random.Random(i).getrandbits(256):064x}" for i in range(N)]),
    ("company", "c1", _col(["Müller GmbH", "Smith & Sons Ltd", "Dupont SARL", "Rossi S.p.A.", "Jansen B.V."])),
    ("warehouse_city", "warehouse_city", _col(["Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main"])),
    ("warehouse_lat", "warehouse_lat", [52.0 + i / 997 for i in range(N)]),
    ("timestamps", "c2", [f"2024-03-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:11" for i in range(N)]),
    ("order_dates", "order_date", [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(N)]),
    ("prices", "unit_price", [round(1 + i * 1.37, 2) for i in range(N)]),
    (
        "reviews",
        "review",
        _col(
            [
                "Great product, works as described and arrived quickly.",
                "The quality is poor and the box was damaged on arrival, sadly.",
                "Excellent value for money, I would buy this again next year.",
            ]
        ),
    ),
    ("quantities", "c5", [1 + i % 9 for i in range(N)]),
    ("hire_dates", "hire_date", [f"{1995 + i % 30}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(N)]),
    ("bad_iban", "c8", [f"DE{10 + i % 80:02d}370400440532013{i:03d}" for i in range(N) if i % 97 != 1][: N - 2]),
    ("hours_per_week", "hours_per_week", [20 + i % 40 for i in range(N)]),
    ("store_url", "shop_url", [f"https://shop.example.com/p/{i}" for i in range(N)]),
    ("yes_no", "c6", _col(["yes", "no"])),
]


@pytest.mark.parametrize(("case", "header", "values"), HARD_NEGATIVES, ids=[c[0] for c in HARD_NEGATIVES])
def test_hard_negatives_stay_none(case: str, header: str, values: list[object]) -> None:
    entity, _ = _entity(header, values)
    assert entity is Entity.NONE


HEADER_CASES: list[tuple[str, list[object], str]] = [
    ("Geburtsdatum", [f"{1 + i % 28:02d}.{1 + i % 12:02d}.{1950 + i % 50}" for i in range(N)], "DATE_OF_BIRTH"),
    ("birth_year", [1940 + i % 60 for i in range(N)], "DATE_OF_BIRTH"),
    ("edad", [18 + i % 70 for i in range(N)], "AGE"),
    ("salaire_annuel", [30_000 + 137 * i for i in range(N)], "FINANCIAL"),
    ("credit_score", [300 + 5 * i for i in range(N)], "FINANCIAL"),
    ("cust_zip", [f"{10_000 + 97 * i:05d}" for i in range(N)], "POSTAL_CODE"),
    ("Wohnort", _col(["Berlin", "Hamburg", "München", "Köln", "Stuttgart", "Leipzig"]), "CITY"),
    ("citizenship", _col(["Germany", "France", "Italy", "Spain"]), "NATIONALITY"),
    ("nome_utente", [f"user_{i}x" for i in range(N)], "USERNAME"),
    ("numero_passeport", [f"{10 + i}AB{12345 + i}" for i in range(N)], "PASSPORT"),
    ("rijbewijsnummer", [f"{5_000_000_000 + 17 * i}" for i in range(N)], "DRIVER_LICENSE"),
    ("patient_mrn", [f"MRN{100_000 + i}" for i in range(N)], "MEDICAL_RECORD_NUMBER"),
    ("device_id", [str(uuid.UUID(int=random.Random(i).getrandbits(128))) for i in range(N)], "DEVICE_ID"),
    ("home_latitude", [48.0 + i / 1013 for i in range(N)], "GEO_COORDINATE"),
    ("home_longitude", [2.0 + i / 1013 for i in range(N)], "GEO_COORDINATE"),
    ("vakbond", _col(["ja", "nee"]), "TRADE_UNION"),
    ("Beruf", _col(["Koreanistiker", "Chemikant", "Winzer", "Fotograf"]), "OCCUPATION"),
    ("bmi", [18.5 + i / 7 for i in range(N)], "HEALTH"),
    ("mac", [f"{0x001A2B3C4D00 + 97 * i:012x}" for i in range(N)], "MAC_ADDRESS"),
    ("Staatsangehörigkeit", _col(["deutsch", "türkisch", "polnisch", "italienisch"]), "NATIONALITY"),
]


@pytest.mark.parametrize(("header", "values", "expected"), HEADER_CASES, ids=[c[0] for c in HEADER_CASES])
def test_header_refines_compatible_values(header: str, values: list[object], expected: str) -> None:
    entity, _ = _entity(header, values)
    assert entity.value == expected


WRONG_HEADERS: list[tuple[str, list[object], str]] = [
    ("email", [f"+49 30 {1_000_000 + 7919 * i}" for i in range(N)], "PHONE"),
    ("phone", [Faker("de_DE").iban() for _ in range(N)], "IBAN"),
    ("name", [f"{1_000 + i}" for i in range(N)], "NONE"),
    ("date_of_birth", [f"c{i}@example.org" for i in range(N)], "EMAIL"),
    ("ip_address", _col(["Male", "Female"]), "GENDER"),
    ("salary", [Faker("en_US").email() for _ in range(N)], "EMAIL"),
    ("iban", [f"{i}" for i in range(N)], "NONE"),
    ("gender", [f"2024-01-{1 + i % 28:02d} 10:{i % 60:02d}:00" for i in range(N)], "NONE"),
]


@pytest.mark.parametrize(("header", "values", "expected"), WRONG_HEADERS, ids=[c[0] for c in WRONG_HEADERS])
def test_values_win_over_a_wrong_header(header: str, values: list[object], expected: str) -> None:
    entity, _ = _entity(header, values)
    assert entity.value == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [("cust_email", "EMAIL"), ("emailAdresse", "EMAIL"), ("Telefonnummer", "PHONE"), ("numero_de_telefono", "PHONE"),
     ("kundenName", "PERSON_NAME"), ("nom_de_famille", "PERSON_NAME"), ("achternaam", "PERSON_NAME"),
     ("sobrenome", "PERSON_NAME"), ("cognome", "PERSON_NAME"), ("apellidos", "PERSON_NAME")],
)  # fmt: skip
def test_header_lexicon_in_seven_languages(header: str, expected: str) -> None:
    from privet.scan._lexicon import read_header

    hint = read_header(header)
    assert hint.entity is not None and hint.entity.value == expected


def test_national_id_subtypes() -> None:
    fake = _fake("it_IT")
    _, subtype = _entity("c1", [fake.ssn() for _ in range(N)])
    assert subtype == "IT_CODICE_FISCALE"
    _, subtype = _entity("c1", [_fake("pt_BR").cpf() for _ in range(N)])
    assert subtype == "BR_CPF"


def test_null_heavy_and_empty_columns() -> None:
    frame = pl.DataFrame({"email": [None] * 50 + ["a.b@example.com"] * 10, "c2": [None] * 60}, strict=False)
    report = privet.scan(frame)
    assert report.column("email").entity is Entity.EMAIL
    assert report.column("email").evidence["null_ratio"] == pytest.approx(50 / 60, abs=1e-3)
    assert report.column("c2").entity is Entity.NONE


def test_null_markers_are_nulls_not_values() -> None:
    """Exports write "N/A", "-" or "null" for missing cells: they must not dilute the values' evidence."""
    emails = [f"user{i}@example.org" for i in range(60)]
    ages = [str(random.Random(i).randint(18, 80)) for i in range(60)]
    frame = pl.DataFrame(
        {"c1": emails[:30] + ["N/A"] * 30, "c2": ages[:36] + ["-"] * 12 + ["null"] * 12, "c3": ["n/a"] * 60}
    )
    report = privet.scan(frame)
    assert report.column("c1").entity is Entity.EMAIL
    assert report.column("c1").evidence["null_ratio"] == pytest.approx(0.5)
    # the ages were read as text only because of the markers: they are judged as numbers
    assert report.column("c2").entity is Entity.AGE
    assert report.column("c3").entity is Entity.NONE
