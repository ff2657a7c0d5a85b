"""Rules only a whole table can settle (privet.scan._table_context), and the column rules learnt from blind16."""

from __future__ import annotations

import random

import polars as pl
import pytest

import privet

_MEDICINES = ["Ibuprofen 400mg 20 St.", "Metformin 1000mg 180 St.", "Ramipril 5mg 100 St.", "Sertralin 50mg 100 St.",
              "Pantoprazol 40mg 60 St.", "Amoxicillin 1000mg 20 St.", "Simvastatin 20mg 100 St."]  # fmt: skip
_NAMES = ["Anna Schmidt", "Jonas Weber", "Lea Fischer", "Paul Wagner", "Mia Becker", "Elias Hoffmann", "Emma Schulz"]


def _entities(columns: dict[str, list[object]]) -> dict[str, str]:
    report = privet.scan(pl.DataFrame(columns, strict=False)).to_dict()
    return {c["name"]: c["entity"] for c in report["columns"]}


def _pick(options: list[str], n: int = 400, seed: int = 3) -> list[object]:
    rng = random.Random(seed)
    return [rng.choice(options) for _ in range(n)]


def test_medicines_under_a_product_header_are_health_data_only_in_a_table_about_people() -> None:
    catalogue = {"artikel": _pick(_MEDICINES), "preis": _pick(["3.49", "12.90", "7.15"])}
    assert _entities(catalogue)["artikel"] == "NONE"  # a pharmacy's catalogue
    dispensed = {**catalogue, "patient_name": _pick(_NAMES, seed=4)}
    found = _entities(dispensed)
    assert found["artikel"] == "HEALTH" and found["patient_name"] == "PERSON_NAME"
    report = privet.scan(pl.DataFrame(dispensed, strict=False)).to_dict()
    evidence = next(c for c in report["columns"] if c["name"] == "artikel")["evidence"]
    assert evidence["examples"] and all(e not in _MEDICINES for e in evidence["examples"])  # masked
    pets = {"pet_medication": _pick(_MEDICINES), "owner_name": _pick(_NAMES, seed=4)}
    assert _entities(pets)["pet_medication"] == "NONE"  # a pet's medicines, though its owner is named


def test_a_header_abbreviating_a_branch_named_in_another_column_is_about_the_branch() -> None:
    branches = _pick(["Löwen-Apotheke am Marienplatz", "Stern-Apotheke Schwabing", "Adler-Apotheke Pasing"])
    plz = _pick(["80331", "80802", "81241"], seed=5)
    assert _entities({"FILIALE": branches, "FIL_PLZ": plz})["FIL_PLZ"] == "NONE"
    assert _entities({"FIL_PLZ": plz})["FIL_PLZ"] == "POSTAL_CODE"  # no branch column: nothing to abbreviate
    # a client's postcode stays personal beside a clinic: "cli" abbreviates a person first
    assert _entities({"CLINICA": _pick(["Clinica San Carlo", "Clinica Villa Rosa"]), "CLI_CAP": plz})["CLI_CAP"] == (
        "POSTAL_CODE"
    )


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        # conditions written as phrases under a meaningless header
        ("col_16", ["Asthma", "Lower back pain", "Hip replacement 2019", "Heart condition - on beta blockers",
                    "Knee injury (ACL reconstruction)", "Epilepsy", "Type 2 diabetes"], "HEALTH"),
        ("ATC", ["N02AX51", "A10BA02", "C09AA05", "R03AC02", "H03AA01", "N06AB06", "J01CA04"], "HEALTH"),
        ("QF_CAF", [str(x) for x in range(180, 2600, 37)], "FINANCIAL"),  # French quotient familial
        ("WIEK", ["23 l.", "41", "67 l.", "35", "52 l.", "29"], "AGE"),  # Polish "l." (lat): years
        ("rider_uuid", ["b40433ce-9646-45c2-bc37-a98be225d767", "0f3c1a52-7e8d-4b7a-9a55-2f1f0f5e8a11",
                        "5d7e2c4b-1a3f-4e6d-8b9c-0a1b2c3d4e5f"], "DEVICE_ID"),  # a person's persistent id
        ("OPERATORE", ["mrossi", "g.bianchi", "lferrari72", "a.esposito", "op_ricci", "sromano", "vmarino"],
         "USERNAME"),  # staff logins made of names, repeated over many rows
        ("NR_RACHUNKU", ["PL61109010140000071219812874", "27114020040000300201355387",
                         "PL27114020040000300201355387", "61109010140000071219812874"], "IBAN"),
    ],
)  # fmt: skip
def test_blind16_rules(header: str, values: list[str], expected: str) -> None:
    assert _entities({header: _pick(values)})[header] == expected


@pytest.mark.parametrize(
    ("header", "values"),
    [
        ("status", ["open", "closed", "pending", "escalated"]),  # plain words are no logins
        ("code", ["xbox", "admin", "service", "default", "backup"]),
        ("nr_rachunku", ["61109010140000071219812874", "27114020040000300201355387"]),  # NRB alone: an account
        ("sku", ["N02AX5Z", "A10BA0X", "C09AA0Y"]),  # not ATC-shaped
    ],
)
def test_near_misses_of_the_blind16_rules(header: str, values: list[str]) -> None:
    found = _entities({header: _pick(values)})[header]
    assert found in ("NONE", "BANK_ACCOUNT"), found
    if header == "nr_rachunku":
        assert found == "BANK_ACCOUNT"


def test_health_terms_in_a_table_with_no_person_are_a_stock_list() -> None:
    stock = {
        "DESCR_FARMACO": _pick(_MEDICINES),
        "ATC": _pick(["N02AX51", "A10BA02", "C09AA05", "R03AC02", "H03AA01", "N06AB06", "J01CA04"], seed=6),
        "giacenza": _pick(["12", "40", "7", "150"], seed=7),
        "lotto": [f"L{i:06d}" for i in range(400)],
        "scadenza": _pick(["2027-01-31", "2026-06-30", "2028-03-31"], seed=8),
    }
    found = _entities(stock)
    assert found["DESCR_FARMACO"] == "NONE" and found["ATC"] == "NONE"
    # the same columns beside an age and a sex: rows are (de-identified) patients
    patients = {**stock, "age": _pick([str(a) for a in range(18, 90)], seed=9), "sex": _pick(["M", "F"], seed=10)}
    found = _entities(patients)
    assert found["DESCR_FARMACO"] == "HEALTH" and found["ATC"] == "HEALTH"


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("bonitaetScore", ["A", "C", "E", "42", "68", "91", "B", "7"], "FINANCIAL"),  # grades beside points
        ("herkomst", ["Nederlands", "Turks", "Marokkaans", "Surinaams", "Pools"], "ETHNICITY"),  # a background
        ("nationaliteit", ["Nederlands", "Turks", "Marokkaans", "Surinaams", "Pools"], "NATIONALITY"),
        ("rookt", ["ja", "nee", "nee", "soms"], "HEALTH"),  # "do you smoke?" in a survey
        ("agencia_conta", ["ag 4130 c/c 33667105-6", "Ag. 0001-9 / CC 12345-6", "agência 2231 conta 4471-2"],
         "BANK_ACCOUNT"),
        ("dostawa_lat", [f"{50 + i / 37:.5f}" for i in range(150)], "GEO_COORDINATE"),  # delivery to a home
        ("concepto", ["COMPRA TARJ. ZARA 3656", "COMPRA TARJ. REPSOL 7086", "TRANSF. RECIBIDA ACME SL 1234",
                      "COMPRA TARJ. MERCADONA 9481"], "NONE"),  # a bank statement's lines are no streets
        ("direccion", ["Calle Mayor 5", "Avenida de la Paz 12", "Calle de Alcalá 101", "Paseo del Prado 8"],
         "STREET_ADDRESS"),
    ],
)  # fmt: skip
def test_blind15_rules(header: str, values: list[str], expected: str) -> None:
    assert _entities({header: _pick(values)})[header] == expected


_PETS = ["Max", "Bella", "Luna", "Charlie", "Rocky", "Kira", "Balu", "Sammy", "Lucy", "Emma"]


def test_names_and_diagnoses_of_animals_are_no_ones_but_their_owners_are_people() -> None:
    vet = {
        "Tierart": _pick(["Hund", "Katze", "Kaninchen"]),
        "Tiername": _pick(_PETS, seed=11),
        "Diagnose_Tier": _pick(["Niereninsuffizienz", "Otitis externa", "Diabetes mellitus", "Arthrose"], seed=12),
        "Halter_Nachname": _pick(["Schmidt", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann"], seed=13),
    }
    found = _entities(vet)
    assert found["Tiername"] == "NONE" and found["Diagnose_Tier"] == "NONE"
    assert found["Halter_Nachname"] == "PERSON_NAME"
    # "tier" is a level in English: a loyalty tier beside a diagnosis leaves the diagnosis a person's
    people = {"loyalty_tier": _pick(["gold", "silver", "bronze"]), "diagnosis": vet["Diagnose_Tier"]}
    assert _entities(people)["diagnosis"] == "HEALTH"


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("tytul", ["Chłopi", "Lalka", "Pan Tadeusz", "Quo vadis", "Ferdydurke", "Solaris"], "NONE"),  # book titles
        ("Anrede", ["Herr", "Frau"], "GENDER"),
        ("tratamiento", ["Sr.", "Sra.", "Srta."], "GENDER"),
        ("ingangsdatum", [f"{d:02d}-0{m}-{y}" for d, m, y in [(2, 2, 1990), (14, 5, 1988), (1, 9, 1995)]], "NONE"),
        ("entregador", ["Theo Vasconcelos", "Ana Ribeiro", "Bruno Lima", "Carla Souza", "Diego Alves"],
         "PERSON_NAME"),  # couriers are people
        ("niveau_GIR", ["GIR 1", "GIR 2", "GIR 3", "GIR 4", "GIR 5", "GIR 6"], "HEALTH"),  # dependency levels
        ("categoria_protetta", ["no"] * 8 + ["invalidità civile 46%", "invalidità civile 67%", "L.68/99 art.1"],
         "HEALTH"),
        ("fcReposo", [str(x) for x in range(48, 95, 3)], "HEALTH"),  # resting heart rate
        ("asistencia_especial", ["silla de ruedas", "ciego", "oxígeno médico", "movilidad reducida", "diabético"],
         "HEALTH"),
    ],
)  # fmt: skip
def test_blind18_and_blind19_rules(header: str, values: list[str], expected: str) -> None:
    assert _entities({header: _pick(values)})[header] == expected


def test_review_counter_examples_stay_as_they_were() -> None:
    shop = {
        "Kunde": _pick(_NAMES, seed=4),
        "Artikel": _pick(["Coca-Cola (330 ml)", "Evian (1500 ml)", "Shampoo Repair (300 ml)", "Duschgel (250 ml)"]),
        "Menge": _pick(["1", "2", "3"], seed=5),
        "Preis": _pick(["1.99", "3.49", "5.95"], seed=6),
    }
    assert _entities(shop)["Artikel"] == "NONE"  # drinks and shampoo in millilitres are no medicines
    patients = {
        "row": [str(i) for i in range(400)],
        "month": _pick(["2024-01", "2024-02", "2024-03"]),
        "department": _pick(["cardiology", "oncology", "surgery"], seed=7),
        "diagnosis": _pick(["Type 2 diabetes", "HIV infection", "Asthma", "Hypertension"], seed=8),
        "icd10": _pick(["E11.9", "B20", "J45.9", "I10", "K21.0", "F32.1", "M54.5", "N18.3"], seed=9),
        "smoker": _pick(["yes", "no"], seed=10),
    }
    found = _entities(patients)
    assert found["diagnosis"] == found["icd10"] == found["smoker"] == "HEALTH"  # de-identified rows stay health
    assert _entities({"cache": _pick(["hit", "miss", "miss"])})["cache"] == "NONE"
    assert _entities({"colour": _pick(["green", "grey", "black", "white", "red"])})["colour"] == "NONE"
    origin = {"klant": _pick(_NAMES), "herkomst": _pick(["Spanje", "Marokko", "Nederland", "Italië"], seed=11)}
    assert _entities(origin)["herkomst"] != "ETHNICITY"  # countries of origin, not a background
    horses = {"Pferdename": _pick(_PETS), "Pferdebesitzer": _pick(["Anna Schmidt", "Jonas Weber", "Lea Fischer"])}
    assert _entities(horses)["Pferdebesitzer"] == "PERSON_NAME"
    guests = {"Restaurant": _pick(["Da Mario", "Chez Paul"]), "res_postcode": [f"{10000 + 37 * i}" for i in range(400)]}
    assert _entities(guests)["res_postcode"] == "POSTAL_CODE"  # many postcodes: the guests', not a branch's


@pytest.mark.parametrize(
    ("header", "values", "expected"),
    [
        ("ethnic_category", ["A - White British", "J - Pakistani", "H - Indian", "N - African"], "ETHNICITY"),
        ("EINTR", ["11.06.2008", "01.03.1995", "15.09.1990", "01.01.2001"], "NONE"),  # hire date
        ("data_adesao", ["2012-04-02", "1998-11-15", "2005-06-30", "1990-01-10"], "NONE"),  # date of joining
        ("driverLicence", ["92803934S", "12345678Z", "87654321X"], "DRIVER_LICENSE"),  # a licence numbered by DNI
        ("fascia_isee", ["23.001-30.000", "0-10.000", "10.001-23.000", "oltre 40.000"], "FINANCIAL"),
        ("titolo_studio", ["Diploma istituto tecnico", "Laurea triennale", "Licenza media", "Diploma liceo"],
         "EDUCATION"),
        ("kraj", ["Polska", "Niemcy", "Francja", "Polska"], "COUNTRY"),
        ("ville_livraison", ["Besançon", "Lyon", "Nantes", "Lille", "Rennes", "Dijon", "Nîmes"], "CITY"),
        ("X3", ["geral@stal.pt", "socios@spgl.pt", "apoio@sintap.pt"], "NONE"),  # an organisation's mailboxes
    ],
)  # fmt: skip
def test_blind21_rules(header: str, values: list, expected: str) -> None:
    assert _entities({header: _pick(values)})[header] == expected


def test_zero_padded_ids_are_no_phones_but_bare_national_phones_are() -> None:
    rng = random.Random(5)
    padded = [f"000{rng.randint(1000000, 9999999)}" for _ in range(300)]  # SAP KUNNR
    pzn = [f"{rng.choice('0123456789')}{rng.randint(1000000, 9999999)}" for _ in range(300)]  # pharma numbers
    phones = [f"06{rng.randint(10000000, 99999999)}" for _ in range(300)]
    found = _entities({"KUNNR": padded, "PZN": pzn, "tel": phones})
    assert found["KUNNR"] == "NONE" and found["PZN"] == "NONE" and found["tel"] == "PHONE"
