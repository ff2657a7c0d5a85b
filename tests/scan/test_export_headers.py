"""Headers and value sets of real exports: payroll, clinic, bank, survey and order tables. Each case pairs a header
the lexicon must read (or must not over-read) with values of the kind such an export holds."""

from __future__ import annotations

import random
from collections.abc import Callable

import polars as pl
import pytest
from faker import Faker

import privet
from privet.scan._lexicon import read_header


def _entity(header: str, values: list[object]) -> str:
    report = privet.scan(pl.DataFrame({header: values}, strict=False))
    return str(report.to_dict()["columns"][0]["entity"])


def _rows(make: Callable[[random.Random], object], n: int = 600, seed: int = 1) -> list[object]:
    rng = random.Random(seed)
    return [make(rng) for _ in range(n)]


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("ZIP5", "POSTAL_CODE"),
        ("phone2", "PHONE"),
        ("Brutto/Monat", "FINANCIAL"),
        ("wynagr_brutto", "FINANCIAL"),
        ("FIDO_ACCORDATO", "FINANCIAL"),
        ("score_serasa", "FINANCIAL"),
        ("Kontoinhaber", "PERSON_NAME"),
        ("INTESTATARIO", "PERSON_NAME"),
        ("MEDECIN_TRAITANT", "PERSON_NAME"),
        ("Clinician", "PERSON_NAME"),
        ("Hosp_No", "MEDICAL_RECORD_NUMBER"),
        ("reisdocument", "PASSPORT"),
        ("SB-Grad", "HEALTH"),
        ("TOBACCO_USE", "HEALTH"),
        ("categoria_protetta", "HEALTH"),
        ("Konf.", "RELIGION"),
    ],
)
def test_export_headers_are_read(header: str, entity: str) -> None:
    hint = read_header(header)
    assert hint.entity is not None and hint.entity.value == entity


@pytest.mark.parametrize(
    ("header", "context"),
    [("event_name", "thing"), ("ID_MOVIMENTO", "thing"), ("tariefcode", "money"), ("NIP_pracodawcy", "organisation")],
)
def test_headers_about_things_money_and_employers(header: str, context: str) -> None:
    assert context in read_header(header).context


def test_document_words_next_to_an_identity_term_are_a_persons_papers() -> None:
    assert "thing" not in read_header("DOC_IDENTIDAD").context
    assert "thing" not in read_header("reisdocument").context
    assert "thing" in read_header("document_id").context  # the bare word: a document of the business


def test_postcodes_stored_as_integers_lose_leading_zeros_but_stay_postcodes() -> None:
    values = _rows(lambda r: r.randint(1_000, 99_999))
    values[:3] = [67, 88, 501]  # a few mangled codes do not undo the header
    assert _entity("PLZ", values) == "POSTAL_CODE"


def test_spanish_ids_of_citizens_and_residents_under_a_document_header() -> None:
    from stdnum.es import dni, nie

    def make(r: random.Random) -> str:
        if r.random() < 0.75:
            digits = f"{r.randint(0, 99_999_999):08d}"
            return digits + dni.calc_check_digit(digits)
        body = r.choice("XYZ") + f"{r.randint(0, 9_999_999):07d}"
        return body + nie.calc_check_digit(body)

    assert _entity("doc_identidad", _rows(make)) == "NATIONAL_ID"


def test_an_employers_tax_number_is_not_a_persons() -> None:
    from stdnum.pl import nip

    def make(r: random.Random) -> str:
        while True:
            candidate = f"{r.randint(1_000_000_000, 9_999_999_999)}"
            if nip.is_valid(candidate):
                return candidate

    values = _rows(make)
    assert _entity("NIP_pracodawcy", values) == "NONE"
    assert _entity("NIP", values) == "NATIONAL_ID"


@pytest.mark.parametrize(
    ("header", "statuses"),
    [("estado", ["PAGADO", "PENDIENTE", "ENVIADO", "DEVUELTO"]), ("Stato", ["Aperto", "Chiuso", "In lavorazione"])],
)
def test_order_statuses_under_a_state_header_are_not_places(header: str, statuses: list[str]) -> None:
    assert _entity(header, _rows(lambda r: r.choice(statuses))) == "NONE"


def test_places_under_a_state_header_stay_places() -> None:
    fake = Faker("es_ES")
    fake.seed_instance(3)
    assert _entity("ciudad", [fake.city() for _ in range(600)]) == "CITY"


def test_snake_case_event_names_are_not_person_names() -> None:
    events = ["app_open", "screen_view", "add_to_cart", "purchase", "login", "logout", "search"]
    assert _entity("event_name", _rows(lambda r: r.choice(events))) == "NONE"


def test_device_types_under_a_device_header_are_not_device_ids() -> None:
    assert _entity("urzadzenie", _rows(lambda r: r.choice(["desktop", "mobile", "tablet"]))) == "NONE"


def test_survey_weights_are_not_coordinates() -> None:
    assert _entity("col_9", _rows(lambda r: round(r.uniform(0.35, 2.6), 6))) != "GEO_COORDINATE"
    assert _entity("col_9", _rows(lambda r: round(r.uniform(47.2, 55.0), 6))) == "GEO_COORDINATE"


def test_a_handful_of_plate_shaped_codes_are_not_plates() -> None:
    programmes = ["G-ENF", "G-INF", "G-DER", "M-DATA", "G-ADE"]
    assert _entity("cod_plan", _rows(lambda r: r.choice(programmes))) == "NONE"


def test_tariff_codes_shaped_like_icd_codes_are_not_health() -> None:
    assert _entity("tariefcode", _rows(lambda r: f"T0{r.randint(1, 4)}")) == "NONE"


def test_pay_and_health_flags_under_their_headers() -> None:
    assert _entity("Brutto/Monat", _rows(lambda r: round(r.uniform(2_500, 9_800), 2))) == "FINANCIAL"
    assert _entity("SB-Grad", _rows(lambda r: r.choice([0, 0, 0, 30, 50, 70, 100]))) == "HEALTH"
    assert _entity("TOBACCO_USE", _rows(lambda r: r.choice(["Y", "N", "N", "N"]))) == "HEALTH"


def test_titled_clinicians_and_upper_case_account_holders_are_names() -> None:
    fake = Faker("en_GB")
    fake.seed_instance(5)
    clinicians = [f"Dr {fake.first_name()[0]}. {fake.last_name()}" for _ in range(600)]
    assert _entity("Clinician", clinicians) == "PERSON_NAME"
    fake_it = Faker("it_IT")
    fake_it.seed_instance(5)
    holders = [f"{fake_it.last_name().upper()} {fake_it.first_name().upper()}" for _ in range(600)]
    assert _entity("INTESTATARIO", holders) == "PERSON_NAME"


def test_yes_no_flags_and_degrees_under_sensitive_headers() -> None:
    assert _entity("discapacidad", _rows(lambda r: r.choice(["NO", "NO", "SI 33%", "SI 65%"]))) == "HEALTH"
    assert _entity("categoria_protetta", _rows(lambda r: r.choice(["N", "N", "N", "S"]))) == "HEALTH"
    assert _entity("discapacidad", _rows(lambda r: r.choice(["alta", "media", "baja"]))) == "HEALTH"


def test_union_names_beside_a_no_are_trade_union_membership() -> None:
    unions = ["nie", "nie", "nie", "NSZZ Solidarność", "OPZZ"]
    assert _entity("q9", _rows(lambda r: r.choice(unions))) == "TRADE_UNION"


def test_income_bands_written_with_words() -> None:
    bands = ["do 3000 zł", "3001-5000 zł", "5001-8000 zł", "powyżej 8000 zł", "odmowa"]
    assert _entity("dochod", _rows(lambda r: r.choice(bands))) == "FINANCIAL"
    assert _entity("income", _rows(lambda r: r.choice(["under 20k", "20k-40k", "40k-80k", "over 80k"]))) == "FINANCIAL"


def test_single_letter_marital_codes_under_a_marital_header() -> None:
    assert _entity("MARITAL_STS", _rows(lambda r: r.choice("SMDWU"))) == "MARITAL_STATUS"
    assert _entity("sex", _rows(lambda r: r.choice("MFU"))) == "GENDER"


def test_reservation_system_names_and_titled_names() -> None:
    fake = Faker("pl_PL")
    fake.seed_instance(8)
    titles = ["MR", "MRS", "MS"]
    rng = random.Random(8)
    slashed = [f"{fake.last_name().upper()}/{fake.first_name().upper()} {rng.choice(titles)}" for _ in range(400)]
    assert _entity("f_2", slashed) == "PERSON_NAME"
    assert _entity("firma", _rows(lambda r: f"{r.choice(['Pereira', 'Souza', 'Lima'])} S/A")) == "NONE"


def test_airline_birth_dates_and_two_digit_years() -> None:
    rng = random.Random(3)
    months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    airline = [f"{rng.randint(1, 28):02d}{rng.choice(months)}{rng.randint(30, 99):02d}" for _ in range(400)]
    assert _entity("dob", airline) == "DATE_OF_BIRTH"
    dotted = [f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(40, 99)}" for _ in range(400)]
    report = privet.scan(pl.DataFrame({"geb": dotted}))
    assert report.columns[0].entity.value == "DATE_OF_BIRTH"
    assert 25 <= report.columns[0].evidence["median_age_years"] <= 90  # 87 is 1987, not the year 87


def test_coded_gender_and_marital_status_and_running_account_numbers() -> None:
    assert _entity("sex", _rows(lambda r: r.choice([1, 2]))) == "GENDER"
    assert _entity("marital_status", _rows(lambda r: r.randint(0, 5))) == "MARITAL_STATUS"
    assert _entity("account_no", list(range(8_800_000, 8_800_600))) == "NONE"


def test_case_numbers_of_the_year_are_not_phones_or_ids() -> None:
    assert _entity("col_3", _rows(lambda r: f"{r.randint(1, 99_999)}/{r.randint(2015, 2025)}")) == "NONE"


def test_iso3_country_codes_and_single_flag_values() -> None:
    codes = ["ITA", "DEU", "ESP", "POL", "GBR", "NLD", "PRT", "FRA"]
    assert _entity("col_4", _rows(lambda r: r.choice(codes))) == "COUNTRY"
    flags = ["X" if i % 9 == 0 else None for i in range(600)]
    assert _entity("ZZ_FLAG", flags) == "NONE"


def test_a_handful_of_coordinates_over_many_rows_are_sites() -> None:
    sites = [52.520008, 48.135125, 50.110922]
    assert _entity("col_5", _rows(lambda r: r.choice(sites) + 0.0)) == "NONE"


def test_short_notes_with_names_and_phones_are_free_text() -> None:
    fake = Faker("de_DE")
    fake.seed_instance(2)
    rng = random.Random(2)

    def note(r: random.Random) -> str:
        if r.random() < 0.5:
            return r.choice(["In Prüfung.", "Wiedervorlage nächste Woche.", "Rückruf ausstehend."])
        return f"Bitte {fake.name()} informieren: {fake.phone_number()}"

    assert _entity("Bemerkung", [note(rng) for _ in range(500)]) == "FREE_TEXT_WITH_PII"
    companies = Faker("es_MX")
    companies.seed_instance(2)
    assert _entity("col_8", [companies.company() for _ in range(500)]) == "NONE"


def test_numbers_padded_with_blanks_are_numbers() -> None:
    years = _rows(lambda r: f" {r.randint(1935, 2004)}" if r.random() < 0.3 else str(r.randint(1935, 2004)))
    assert _entity("geboortejaar", years) == "DATE_OF_BIRTH"
    codes = _rows(lambda r: r.choice(["0", "1", " 2", "3 ", "4"]))
    assert _entity("FAMST", codes) == "MARITAL_STATUS"
    postcodes = _rows(lambda r: f" {r.randint(1000, 9999):05d}")  # leading zeros: they stay codes
    assert _entity("PLZ", postcodes) == "POSTAL_CODE"


def test_tenant_names_and_credit_grades() -> None:
    fake = Faker("de_DE")
    fake.seed_instance(6)
    assert _entity("Mieter_Name", [f"{fake.last_name()}, {fake.first_name()}" for _ in range(500)]) == "PERSON_NAME"
    assert _entity("RATING_ASNEF", _rows(lambda r: r.choice("ABCDE"))) == "FINANCIAL"
    assert _entity("product_grade", _rows(lambda r: r.choice("ABCDE"))) == "NONE"


@pytest.mark.parametrize(
    ("header", "entity"),
    [("vaccin", "HEALTH"), ("effet_indesirable", "HEALTH"), ("necessidades_especiais", "HEALTH"),
     ("wymaga_pomocy", "HEALTH"), ("PSR_NEEDS", "HEALTH"), ("NAT", "NATIONALITY"), ("XSEX", "GENDER")],
)  # fmt: skip
def test_health_needs_and_passenger_list_headers(header: str, entity: str) -> None:
    hint = read_header(header)
    assert hint.entity is not None and hint.entity.value == entity


@pytest.mark.parametrize(("header", "context"), [("centre", "place"), ("server_ip", "thing"), ("KLUB", "organisation")])
def test_sites_servers_and_clubs_are_not_people(header: str, context: str) -> None:
    assert context in read_header(header).context


def test_version_and_build_numbers_are_not_phones() -> None:
    versions = _rows(lambda r: f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}.{r.randint(100, 9999)}")
    assert _entity("sdk_ver", versions) == "NONE"
    assert _entity("col_2", versions) == "NONE"


def test_plate_shaped_codes_of_products_and_sites_are_not_plates() -> None:
    codes = _rows(lambda r: f"PR-{r.randint(100, 999)}-{r.choice(['ZZ', 'XY', 'QK'])}")
    assert _entity("code_produit", codes) == "NONE"
    assert _entity("SITEID", _rows(lambda r: r.choice(["FR02", "FR07", "BE01", "DE03"]))) == "NONE"


def test_a_driving_licence_header_wins_over_a_phone_parse() -> None:
    licences = _rows(lambda r: f"{r.randint(10_000, 99_999)}/{r.randint(10, 24)}/{r.randint(1000, 9999)}")
    assert _entity("nr_prawa_jazdy", licences) == "DRIVER_LICENSE"


def test_blood_groups_lab_values_and_pay_scales() -> None:
    assert _entity("col_6", _rows(lambda r: r.choice(["A+", "A-", "B+", "0+", "0-", "AB+"]))) == "HEALTH"
    assert _entity("emoglobina", _rows(lambda r: f"{r.uniform(11, 17):.1f}".replace(".", ","))) == "HEALTH"
    assert _entity("salarisschaal", _rows(lambda r: f"schaal {r.randint(4, 14)}")) == "FINANCIAL"


def test_pets_are_not_people() -> None:
    pets = ["Coco", "Luna", "Max", "Rocky", "Nala", "Simba", "Toby", "Lola", "Kira", "Bruno"]
    assert _entity("nombre_mascota", _rows(lambda r: r.choice(pets))) == "NONE"


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("recipient_country", "COUNTRY"),
        ("recipient_address", "STREET_ADDRESS"),
        ("titular_iban", "IBAN"),
        ("city_name", "CITY"),
        ("pais_destinatario", "COUNTRY"),
        ("customer_email", "EMAIL"),
        # a person word alone, or with another person word, still names a person
        ("recipient", "PERSON_NAME"),
        ("holder_name", "PERSON_NAME"),
        ("nome_paziente", "PERSON_NAME"),
    ],
)
def test_a_persons_role_gives_way_to_the_attribute_beside_it(header: str, entity: str) -> None:
    hint = read_header(header)
    assert hint.entity is not None and hint.entity.value == entity


@pytest.mark.parametrize(
    "header", ["reference", "customer_reference", "revenue", "total_revenue", "Kostenstelle", "Dienststelle"]
)
def test_words_that_hold_a_terms_letters_are_not_that_term(header: str) -> None:
    assert read_header(header).entity is None  # not "referente", "revenu", "Stelle"


def test_a_vat_number_is_a_business_tax_number() -> None:
    def make(r: random.Random) -> str:
        return f"DE{r.randint(100_000_000, 999_999_999)}"

    assert _entity("USt-IdNr.", _rows(make)) == "NONE"
    assert _entity("vat_id", _rows(make)) == "NONE"
    assert read_header("Steuer-IdNr").entity is not None  # a person's tax id stays one
    assert "organisation" not in read_header("Steuer-IdNr").context
