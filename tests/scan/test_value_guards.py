"""Column rules learnt from a fresh evaluation set (blind7): value formats that look like one entity and are
another, and header words that say whose value a column holds."""

from __future__ import annotations

import random
from collections.abc import Callable

import polars as pl
import pytest

import privet
from privet.scan._lexicon import read_header


def _entity(header: str, values: list[object]) -> str:
    report = privet.scan(pl.DataFrame({header: values}, strict=False))
    return str(report.to_dict()["columns"][0]["entity"])


def _rows(make: Callable[[random.Random], object], n: int = 500, seed: int = 7) -> list[object]:
    rng = random.Random(seed)
    return [make(rng) for _ in range(n)]


_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
}


@pytest.mark.parametrize("language", sorted(_MONTHS))
def test_birth_dates_written_with_month_names(language: str) -> None:
    months = _MONTHS[language].split()

    def make(r: random.Random) -> str:
        day, month, year = r.randint(1, 28), r.choice(months), r.randint(1935, 2000)
        if r.random() < 0.5:
            return f"{day:02d}/{r.randint(1, 12):02d}/{year}"
        return f"{day} de {month} de {year}" if language in ("es", "pt") else f"{day} {month} {year}"

    assert _entity("c4", _rows(make)) == "DATE_OF_BIRTH"  # half the column in words: no header needed


@pytest.mark.parametrize("unit", ["€/mes", "EUR p.m.", "€/mois", "USD/month", "€/Monat", "zł/mies."])
def test_monthly_pay_with_a_period_after_the_amount(unit: str) -> None:
    assert _entity("salary", _rows(lambda r: f"{r.randint(1_200, 6_000)},{r.randint(10, 99)} {unit}")) == "FINANCIAL"


def test_degrees_of_disability_are_health() -> None:
    assert _entity("grado_discapacidad", _rows(lambda r: r.choice(["33%", "45%", "65 %", "75%"]))) == "HEALTH"


def test_plate_positions_are_not_icd_codes_but_icd_codes_are() -> None:
    wells = _rows(lambda r: f"{r.choice('ABCDEFGH')}{r.randint(1, 12):02d}")
    assert _entity("pos", wells) == "NONE"
    codes = _rows(lambda r: r.choice(["E11", "I10", "J45", "C09", "F32", "M54", "K21", "A09", "R51"]))
    assert _entity("c7", codes) == "HEALTH"


def test_mac_halves_need_random_hex() -> None:
    records = _rows(lambda r: f"CC{r.randint(2015, 2024)}-{r.randint(100_000, 999_999)}")
    assert _entity("ref", records) != "MAC_ADDRESS"

    def mac(r: random.Random) -> str:
        return f"{r.getrandbits(24):06X}-{r.getrandbits(24):06X}"

    assert _entity("c2", _rows(mac)) == "MAC_ADDRESS"


def test_a_card_number_under_a_pass_header_is_no_passport() -> None:
    cards = _rows(lambda r: str(r.randint(10**13, 10**14 - 1)))
    assert _entity("pasnummer", cards) == "NONE"
    passports = _rows(lambda r: f"{r.choice('CFGHJK')}{r.randint(10**7, 10**8 - 1)}")
    assert _entity("passport_no", passports) == "PASSPORT"


def test_titles_of_works_are_not_job_titles() -> None:
    words = (["De", "Het"], ["stille", "verloren", "gouden"], ["zee", "reis", "storm"])
    books = _rows(lambda r: " ".join(r.choice(w) for w in words))
    assert _entity("titel", books) == "NONE"
    assert _entity("Beruf", _rows(lambda r: r.choice(["Lehrer", "Bäcker", "Krankenpfleger", "Elektriker"]))) == (
        "OCCUPATION"
    )


def test_spaced_ibans_are_ibans_and_payment_slip_lines_are_not_text() -> None:
    from stdnum import iban

    def fr_iban(r: random.Random) -> str:
        bban = "".join(str(r.randint(0, 9)) for _ in range(23))
        check = iban.calc_check_digits("FR00" + bban)
        return " ".join(("FR" + check + bban)[i : i + 4] for i in range(0, 27, 4))

    assert _entity("c11", _rows(fr_iban)) == "IBAN"

    def slip(r: random.Random) -> str:
        return f"{r.randint(10**4, 10**5 - 1)}.{r.randint(10**4, 10**5 - 1)} {r.randint(10**4, 10**5 - 1)}.{r.randint(10**5, 10**6 - 1)} {r.randint(1, 9)} {r.randint(10**13, 10**14 - 1)}"  # noqa: E501

    assert _entity("linha_digitavel", _rows(slip)) == "NONE"


def test_addresses_with_a_mail_or_phone_beside_them_are_contact_notes() -> None:
    def note(r: random.Random) -> str:
        name = r.choice(["Astrid Maury", "Christophe Leroy", "Sylvia Martin", "Ingeborg Pechel"])
        return f"Host: {name}, {r.randint(1, 99)} avenue Victor Hugo, {r.randint(10000, 99999)} Pau, tel. 05 {r.randint(10, 99)} 46 78 36"  # noqa: E501

    assert _entity("host_contact", _rows(note)) == "FREE_TEXT_WITH_PII"


def test_zero_padded_numbers_before_a_name_are_districts_not_addresses() -> None:
    districts = _rows(lambda r: f"{r.randint(1, 60):04d} {r.choice(['Zalesie', 'Chylice', 'Bielawa', 'Józefosław'])}")
    assert _entity("obreb", districts) == "NONE"
    houses = _rows(lambda r: f"{r.randint(1, 300)} {r.choice(['Oak Hill', 'Mill Lane', 'Kingsway', 'Elm Grove'])}")
    assert _entity("c3", houses) == "STREET_ADDRESS"


def test_codes_with_a_short_suffix_are_not_phones() -> None:
    offices = _rows(lambda r: f"{r.randint(1000, 52999):05d}-{r.randint(1, 12):02d}")
    assert _entity("codigo_oficina", offices) == "NONE"


def test_a_handful_of_names_with_place_cues_is_no_city_column() -> None:
    documents = _rows(lambda r: r.choice(["Passeport", "CNI", "Permis de conduire", "Titre de séjour"]))
    assert _entity("typePiece", documents) == "NONE"
    crematoria = _rows(
        lambda r: r.choice(["Crématorium de Nice", "Crématorium de Montpellier", "Crématorium du Père-Lachaise"])
    )
    assert _entity("crematorium", crematoria) == "NONE"


def test_a_contractors_tax_number_is_a_business_number() -> None:
    from stdnum.pl import nip

    def make(r: random.Random) -> str:
        while True:  # NIP: weights 6 5 7 2 3 4 5 6 7, check digit the sum mod 11 (10 is never issued)
            digits = [r.randint(0, 9) for _ in range(9)]
            check = sum(w * d for w, d in zip((6, 5, 7, 2, 3, 4, 5, 6, 7), digits, strict=True)) % 11
            if check < 10:
                value = "".join(map(str, digits)) + str(check)
                assert nip.is_valid(value)
                return value

    assert _entity("nip_wykonawcy", _rows(make)) == "NONE"
    assert _entity("Einrichtung_Ort", _rows(lambda r: r.choice(["Graz", "München", "Freising"]))) == "NONE"


@pytest.mark.parametrize(
    ("header", "entity"),
    [
        ("drv_lic", "DRIVER_LICENSE"),
        ("FS_Nr", "DRIVER_LICENSE"),
        ("cause_deces", "HEALTH"),
        ("Todesursache", "HEALTH"),
        ("causa_obito", "HEALTH"),
        ("esito_variante", "HEALTH"),
        ("genotipo", "HEALTH"),
    ],
)
def test_licence_abbreviations_causes_of_death_and_genetic_results(header: str, entity: str) -> None:
    hint = read_header(header)
    assert hint.entity is not None and hint.entity.value == entity


@pytest.mark.parametrize("header", ["AnmeldeNr", "dossier", "contact", "product_variant"])
def test_near_words_are_not_stretched_to_a_term(header: str) -> None:
    assert read_header(header).entity is None  # not "anmeldename", "dossiernr", "contactpersoon", a genetic variant


# --- rules from blind9 -------------------------------------------------------------------------------------------


def test_one_word_with_a_number_in_every_row_is_a_numbered_thing() -> None:
    assert _entity("courtroom", _rows(lambda r: f"Dept {r.randint(1, 60)}")) == "NONE"
    assert _entity("vhe_nr", _rows(lambda r: f"VHE {r.randint(10_000, 29_999)}")) == "NONE"


def test_letter_prefixed_numbers_that_fit_no_country_are_not_postcodes() -> None:
    assert _entity("huurdernr", _rows(lambda r: f"H-{r.randint(10_000, 99_999)}")) == "NONE"
    assert _entity("plz", _rows(lambda r: f"D-{r.randint(10_000, 99_999)}")) == "POSTAL_CODE"


def test_ages_with_a_unit_beside_plain_ages() -> None:
    values = _rows(lambda r: f"{r.randint(1, 95)} ans" if r.random() < 0.2 else str(r.randint(1, 95)))
    assert _entity("age_pat", values) == "AGE"


def test_compact_birth_dates_kept_as_numbers() -> None:
    values = _rows(lambda r: int(f"{r.randint(1935, 2000)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"))
    assert _entity("FLD05", values) == "DATE_OF_BIRTH"


def test_portuguese_citizen_card_numbers() -> None:
    from stdnum.pt import cc

    def make(r: random.Random) -> str:
        while True:
            value = f"{r.randint(0, 99_999_999):08d} {r.randint(0, 9)} {r.choice('ABCDEFGHXZ')}{r.choice('ABCDEFGHXZ')}{r.randint(0, 9)}"  # noqa: E501
            if cc.is_valid(value):
                return value

    assert _entity("n_doc", _rows(make)) == "NATIONAL_ID"


def test_names_with_spaces_under_a_user_name_header_are_names() -> None:
    names = ["JUNCK Edeltraud", "Sandra Czosnyka", "Adrian Kujda", "Teresa Buendía", "Rupert Seip", "Anna Meier"]
    assert _entity("nom_utilisateur", _rows(lambda r: r.choice(names) + r.choice(["", " "]))) == "PERSON_NAME"


def test_permits_numbered_by_year_are_not_driving_licences() -> None:
    values = _rows(lambda r: f"{r.choice(['LCPE', 'LCCA'])}-{r.randint(2020, 2025)}-{r.randint(1, 99_999):06d}")
    assert _entity("n_licenca", values) == "NONE"


def test_surname_first_names_of_a_register() -> None:
    names = ["Stöckli Sébastien", "Schramm Caroline", "Neubacher Liliana", "Roth Arne", "Jenni Gioia", "Meier Anna"]
    assert _entity("Bewirtschafter", _rows(lambda r: r.choice(names))) == "PERSON_NAME"


def test_reasons_for_an_emergency_call_are_health() -> None:
    reasons = ["Crise convulsive", "Fièvre nourrisson", "Tentative de suicide", "Détresse respiratoire", "Malaise"]
    assert _entity("motif", _rows(lambda r: r.choice(reasons))) == "HEALTH"


def test_mexican_addresses() -> None:
    streets = ["Andador Zacatecas", "Viaducto Morelos", "Circuito Juárez", "Prolongación Hidalgo"]
    values = _rows(lambda r: f"{r.choice(streets)} {r.randint(1, 900)} Int. {r.randint(1, 9)}, Col. Centro")
    assert _entity("domicilio", values) == "STREET_ADDRESS"


def test_sort_codes_name_a_bank_branch() -> None:
    values = _rows(lambda r: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}")
    assert _entity("BANKL", values) == "NONE"


# --- rules from blind8 -------------------------------------------------------------------------------------------


def test_the_same_few_identifiers_in_every_row_belong_to_establishments() -> None:
    phones = ["(836) 978-7483", "(450) 285-0844", "(329) 629-8113"]
    assert _entity("pharmacy_phone", _rows(lambda r: r.choice(phones))) == "NONE"
    own = _rows(lambda r: f"({r.randint(201, 989)}) {r.randint(200, 989)}-{r.randint(1000, 9999)}")
    assert _entity("phone", own) == "PHONE"
    assert _entity("customer_phone", _rows(lambda r: r.choice(phones))) == "PHONE"  # the header names a person


def test_company_registration_numbers_are_not_national_ids() -> None:
    from stdnum.br import cnpj
    from stdnum.pt import nif

    def make_cnpj(r: random.Random) -> str:
        base = f"{r.randint(0, 99_999_999):08d}0001"
        return cnpj.format(base + cnpj.calc_check_digits(base))

    assert _entity("cnpj", _rows(make_cnpj)) == "NONE"

    def make_nipc(r: random.Random) -> str:
        base = f"{r.choice('5689')}{r.randint(0, 9_999_999):07d}"
        return base + nif.calc_check_digit(base)

    assert _entity("nif_clinica", _rows(make_nipc, n=600)) == "NONE"


def test_birth_dates_and_diagnoses_of_animals() -> None:
    dates = _rows(lambda r: f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2008, 2023)}")
    assert _entity("data_nasc_animal", dates) == "NONE"
    diagnoses = ["Displasia da anca", "Gastroenterite", "Leishmaniose", "Otite externa"]
    assert _entity("diagnostico_vet", _rows(lambda r: r.choice(diagnoses))) == "NONE"
    assert _entity("raca", _rows(lambda r: r.choice(["Pastor Alemão", "Labrador Retriever", "Siamês"]))) == "NONE"


def test_capital_codes_are_not_cities() -> None:
    assert _entity("rank_cd", _rows(lambda r: r.choice(["CCM", "SO", "SCCM", "CPT", "FO", "PUR"]))) == "NONE"


def test_dates_with_month_abbreviations_and_short_years() -> None:
    def make(r: random.Random) -> str:
        day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1940, 2000)
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return r.choice(
            [f"{day:02d}/{month:02d}/{year}", f"{day}-{months[month - 1]}-{year}", f"{day}-{month}-{year % 100:02d}"]
        )

    assert _entity("dob", _rows(make)) == "DATE_OF_BIRTH"


def test_passport_numbers_after_a_country_code_and_spaced_bank_details() -> None:
    assert _entity("ppt_no", _rows(lambda r: f"GBR{r.randint(10**8, 10**9 - 1)}")) == "PASSPORT"
    details = _rows(
        lambda r: (
            f"{r.randint(1, 999):03d} / Ag {r.randint(1000, 9999)} / CC {r.randint(10_000, 99_999)}-{r.randint(0, 9)}"
        )
    )
    assert _entity("banco_ag_conta", details) == "BANK_ACCOUNT"


def test_a_customer_number_shaped_like_a_passport() -> None:
    assert _entity("KD_NR", _rows(lambda r: f"K{r.randint(10**6, 10**7 - 1)}")) == "NONE"


def test_customs_movement_reference_numbers_are_no_medical_records() -> None:
    def make(r: random.Random) -> str:
        tail = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(13))
        return f"{r.choice(['23', '24'])}{r.choice(['NL', 'DE', 'FR', 'BE'])}{tail}{r.randint(0, 9)}"

    assert _entity("MRN", _rows(make)) == "NONE"


def test_triage_reasons_fertility_protocols_occupations_and_lab_values() -> None:
    reasons = ["malaise", "plaie main", "crise d'asthme", "traumatisme cheville", "céphalées"]
    assert _entity("motif_recours", _rows(lambda r: r.choice(reasons))) == "HEALTH"
    protocols = ["don d'ovocytes", "TEC (transfert embryon congelé)", "IIU avec stimulation", "FIV classique"]
    assert _entity("protocole", _rows(lambda r: r.choice(protocols))) == "HEALTH"
    jobs = ["repartidor", "jubilado/a", "albañil", "camarera", "limpiadora", "estudiante"]
    assert _entity("c22", _rows(lambda r: r.choice(jobs))) == "OCCUPATION"
    assert _entity("AMH_ng_ml", _rows(lambda r: f"{r.uniform(0.1, 5):.2f}".replace(".", ","))) == "HEALTH"


def test_app_instance_ids_are_device_ids() -> None:
    import uuid

    assert _entity("app_instance_id", _rows(lambda r: str(uuid.UUID(int=r.getrandbits(128), version=4)))) == "DEVICE_ID"


# --- rules from blind10 and blind11 ------------------------------------------------------------------------------


def test_switchboard_numbers_and_year_numbered_protocols_are_not_phones() -> None:
    boards = _rows(lambda r: f"+49 {r.randint(30, 999)} {r.randint(1000, 999_999)}-0")
    assert _entity("TELF1", boards) == "NONE"
    protocols = _rows(lambda r: f"{r.randint(2015, 2024)}/{r.randint(10_000, 999_999):06d}")
    assert _entity("protocolo", protocols) == "NONE"


def test_urls_of_pages_are_not_personal_but_profile_urls_are() -> None:
    pages = _rows(lambda r: f"https://www.shop.example/p/{r.choice(['shirt', 'dress', 'shoe'])}-{r.randint(1, 99_999)}")
    assert _entity("landingPage", pages) == "NONE"
    meetings = _rows(lambda r: f"https://zoom.us/j/{r.randint(10**10, 10**11 - 1)}?pwd={r.getrandbits(64):x}")
    assert _entity("zoom_link", meetings) == "NONE"
    profiles = _rows(lambda r: f"https://www.vendamais.com.br/perfil/loja{r.randint(1, 99_999)}")
    assert _entity("url_perfil", profiles) == "URL"
    assert _entity("c5", _rows(lambda r: f"https://www.linkedin.com/in/anna-meier-{r.randint(1, 99_999)}")) == "URL"


def test_web_analytics_client_ids_are_device_ids() -> None:
    ids = _rows(lambda r: f"{r.randint(10**8, 10**10)}.{r.randint(1_600_000_000, 1_720_000_000)}")
    assert _entity("clientId", ids) == "DEVICE_ID"


def test_member_numbers_with_a_letter_are_not_postcodes_nor_berths() -> None:
    assert _entity("id_socio", [f"S-{i:05d}" for i in range(1, 501)]) == "NONE"
    berths = _rows(lambda r: f"Pontile {r.choice('ABCD')} - {r.randint(1, 80)}")
    assert _entity("cod_posto", berths) == "NONE"


def test_keys_numbered_after_one_letter_are_not_icd_codes() -> None:
    assert _entity("sleutelnr", _rows(lambda r: f"S{r.randint(1, 999):03d}")) == "NONE"


def test_health_headers_of_clinics_and_emergency_cards() -> None:
    assert (
        _entity("OD_esf", _rows(lambda r: f"{r.choice('+-')}{r.randint(0, 8)}.{r.choice(['00', '25', '50', '75'])}"))
        == "HEALTH"
    )
    assert _entity("PTA_OD_dB", _rows(lambda r: str(r.randint(10, 90)))) == "HEALTH"
    assert _entity("FUMO", _rows(lambda r: r.choice(["No", "Ex fumatore", "Sì"]))) == "HEALTH"
    conditions = ["zespół Aspergera", "dyskalkulia", "niedosłuch", "dysleksja"]
    assert _entity("orzeczenie", _rows(lambda r: r.choice(conditions))) == "HEALTH"


def test_truncated_and_applicant_headers_over_names() -> None:
    names = ["Hr. Rössler", "Hr. Kobelt", "Fr. Scherz", "Hr. Meier", "Fr. Weber"]
    assert _entity("ANSPRECHP", _rows(lambda r: r.choice(names))) == "PERSON_NAME"
    people = ["Lennard Gschwandtner", "Zara Dietrich", "SCHÖLLER Aaron", "Anna Huber", "Jonas Berger"]
    assert _entity("Antragsteller", _rows(lambda r: r.choice(people))) == "PERSON_NAME"
    doctors = ["Dr. Galtarossa L.", "Dr. Trussardi G.", "Dr. Rienzo P.", "Dr. Toso N.", "COARDI LEONE"]
    assert _entity("MEDICO_DIM", _rows(lambda r: r.choice(doctors))) == "PERSON_NAME"


def test_document_numbers_arrears_and_sites() -> None:
    assert _entity("nro_doc", _rows(lambda r: f"{r.randint(5_000_000, 45_000_000)}")) == "NATIONAL_ID"
    assert _entity("KWOTA_ZALEGLOSCI", _rows(lambda r: f"{r.randint(100, 60_000)},{r.randint(10, 99)}")) == "FINANCIAL"
    assert _entity("SITE", _rows(lambda r: r.choice(["Genève", "Lille", "Bruxelles"]))) == "NONE"


# --- rules from blind12 and blind13 ------------------------------------------------------------------------------


def test_audit_fields_handles_and_app_installs() -> None:
    logins = ["pvisser2", "mdejong", "jvandijk", "sjansen_ext", "kbakker", "avries"]
    assert _entity("mutatie_door", _rows(lambda r: r.choice(logins))) == "USERNAME"
    handles = _rows(lambda r: r.choice(["@", "", ""]) + f"{r.choice(['erica', 'flor', 'ramiro'])}_{r.randint(1, 9999)}")
    assert _entity("user_handle", handles) == "USERNAME"

    def install(r: random.Random) -> str:
        return f"{r.getrandbits(64):016x}" if r.random() < 0.4 else str(uuid.UUID(int=r.getrandbits(128))).upper()

    import uuid

    assert _entity("app_inst_id", _rows(install)) == "DEVICE_ID"


def test_tax_numbers_and_references_are_not_phones_and_flags_are_not_amounts() -> None:
    assert (
        _entity("StNr_AG", _rows(lambda r: f"{r.randint(200, 299)}/{r.randint(100, 999)}/{r.randint(10_000, 99_999)}"))
        == "NONE"
    )
    assert (
        _entity("ref_mb", _rows(lambda r: f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"))
        == "NONE"
    )
    assert _entity("pay_electronic_check", _rows(lambda r: r.randint(0, 1))) == "NONE"


def test_marital_abbreviations_taxable_income_and_health_alerts() -> None:
    assert (
        _entity("FamSt", _rows(lambda r: r.choice(["verh.", "ledig", "gesch.", "verw.", "dauernd getrennt"])))
        == "MARITAL_STATUS"
    )
    assert _entity("zvE", _rows(lambda r: f"{r.randint(20, 200)}.{r.randint(100, 999)},00")) == "FINANCIAL"
    alerts = ["Latex allergy", "NKDA", "Bisphosphonates", "Anticoagulants", "Penicillin allergy"]
    assert _entity("med_alert", _rows(lambda r: r.choice(alerts))) == "HEALTH"
    assert _entity("gpk_houder", _rows(lambda r: r.choice(["ja", "nee"]))) == "HEALTH"


def test_fleet_plates_institutions_and_statuses() -> None:
    plates = _rows(lambda r: f"{r.randint(1000, 9999)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}")
    assert _entity("matricula_flota", plates) == "NONE"
    schools = ["Faculdade Nascimento", "Faculdade Araújo", "Centro Universitário da Mata", "Instituto Ribeiro"]
    assert _entity("instituicao", _rows(lambda r: r.choice(schools))) == "NONE"
    assert _entity("Status do pagamento", _rows(lambda r: r.choice(["Pago", "Estornado", "Pendente"]))) == "NONE"
    assert _entity("Acepto la política de privacidad", ["Sí"] * 300) == "NONE"


# --- rules from blind14 ------------------------------------------------------------------------------------------


def test_code_word_with_a_running_number_and_yes_no_answers() -> None:
    assert _entity("contact_id", [f"CT-{200_100 + i}" for i in range(500)]) == "NONE"  # "CT" is no court
    assert _entity("sla_violado", _rows(lambda r: r.choice(["não", "sim", "não"]))) == "NONE"
    assert (
        _entity("invalidita", _rows(lambda r: r.choice(["L.104/92", "sì - 46%", "no", "no", "sì - 67%"]))) == "HEALTH"
    )
    assert _entity("ciudad_comercio", _rows(lambda r: r.choice(["Bilbao", "Valencia", "Málaga"]))) == "NONE"


# --- review of the session's rules: what they must not catch -----------------------------------------------------


def test_the_rules_leave_ordinary_personal_columns_alone() -> None:
    staff = [f"anna.schmidt{i}@acme.de" for i in range(8)]
    assert _entity("email", _rows(lambda r: r.choice(staff), n=2000)) == "EMAIL"  # a few staff e-mails are personal
    phones = [f"+49 30 123456{i}" for i in range(6)]
    assert _entity("sachbearbeiter_telefon", _rows(lambda r: r.choice(phones), n=2000)) == "PHONE"
    assert _entity("vet_name", _rows(lambda r: r.choice(["Dr. Anna Müller", "Dr. Jan Berg", "Dr. Eva Weber"]))) == (
        "PERSON_NAME"
    )
    assert _entity("age_tier", _rows(lambda r: r.choice(["18-24", "25-34", "35-44", "45-54"]))) == "AGE"

    def cep(r: random.Random) -> str:
        postcode = f"0{r.randint(1000, 9999)}-{r.randint(100, 999)}"
        return f"Rua Augusta, {r.randint(1, 2000)} - Centro, São Paulo - SP, {postcode}"

    assert _entity("c3", _rows(cep)) == "STREET_ADDRESS"  # a long postcode is no phone beside the address
    assert _entity("typ", _rows(lambda r: r.choice(["Störung"] * 8 + ["Anfrage", "Änderung"]))) == "NONE"  # a fault
    assert _entity("dx", _rows(lambda r: r.choice(["E11", "I10", "J06", "K21"]))) == "HEALTH"  # not plate positions
