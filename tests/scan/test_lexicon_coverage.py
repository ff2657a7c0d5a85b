"""Header lexicon coverage: every entity has header terms in each of the seven languages, and each reads back."""

from __future__ import annotations

import pytest

from privet.entities import Entity
from privet.scan._lexicon import read_header
from privet.scan._lexicon_langs import LANGUAGES, TERMS_BY_LANGUAGE

ENTITIES = [e for e in Entity if e is not Entity.NONE]


@pytest.mark.parametrize("entity", ENTITIES, ids=lambda e: e.value)
def test_every_entity_has_terms_in_every_language(entity: Entity) -> None:
    by_language = TERMS_BY_LANGUAGE.get(entity, {})
    missing = [lang for lang in LANGUAGES if not [t for t in by_language.get(lang, "").split("|") if t.strip()]]
    assert not missing, f"{entity.value}: no header term in {missing}"
    assert set(by_language) <= set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_term_reads_back_as_its_entity(language: str) -> None:
    wrong = []
    for entity, by_language in TERMS_BY_LANGUAGE.items():
        for term in by_language[language].split("|"):
            hint = read_header(term)
            if hint.entity is not entity:
                wrong.append((term, entity.value, hint.entity))
    assert not wrong


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("IMC", Entity.HEALTH),  # fr/es/pt/it abbreviation of BMI
        ("indice_masa_corporal", Entity.HEALTH),
        ("Punteggio creditizio", Entity.FINANCIAL),
        ("cote_de_credit", Entity.FINANCIAL),
        ("puntaje_crediticio", Entity.FINANCIAL),
        ("AHV-Nummer", Entity.NATIONAL_ID),  # CH
        ("Numéro d'assurance sociale", Entity.NATIONAL_ID),  # CA
        ("RUT", Entity.NATIONAL_ID),  # CL
        ("Rijksregisternummer", Entity.NATIONAL_ID),  # BE
        ("Natelnummer", Entity.PHONE),  # CH
        ("Telemóvel", Entity.PHONE),
        ("Fecha_Nac", Entity.DATE_OF_BIRTH),
        ("Situação familiar", Entity.MARITAL_STATUS),
        ("Habilitações literárias", Entity.EDUCATION),
        ("Cor ou raça", Entity.ETHNICITY),
        ("Levensbeschouwing", Entity.RELIGION),
        ("Intenzione di voto", Entity.POLITICAL_OPINION),
        ("Adhésion syndicale", Entity.TRADE_UNION),
        ("Kontrollschild", Entity.LICENSE_PLATE),
        ("Codice di avviamento postale", Entity.POSTAL_CODE),
        ("Eircode", Entity.POSTAL_CODE),
    ],
)
def test_regional_terms(header: str, expected: Entity) -> None:
    assert read_header(header).entity is expected


@pytest.mark.parametrize("header", ["order_id", "sku", "invoice_number", "Departamento", "numero_serie", "campo_3"])
def test_new_terms_leave_non_personal_headers_alone(header: str) -> None:
    assert read_header(header).entity is None


@pytest.mark.parametrize(
    ("header", "context"),
    [
        ("lat_deposito", "place"),  # it/es/pt depot
        ("latitud_bodega", "place"),  # es (LatAm) warehouse
        ("Verteilzentrum Breitengrad", "place"),
        ("indirizzo_negozio", "place"),
        ("endereco_loja", "place"),
        ("adres_winkel", "place"),
        ("numero_articulo", "thing"),
        ("codice_articolo", "thing"),
        ("Sendungsnummer", "thing"),
        ("nome_ditta", "organisation"),
        ("waarde", "money"),
        ("imposto", "money"),
        ("data_criado", "event_time"),
        ("horodatage", "event_time"),
    ],
)
def test_context_words_in_each_language(header: str, context: str) -> None:
    assert context in read_header(header).context


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Hospital No.", Entity.MEDICAL_RECORD_NUMBER),
        ("EPD nr", Entity.MEDICAL_RECORD_NUMBER),
        ("Passport Nr", Entity.PASSPORT),
        ("passportnumber", Entity.PASSPORT),
        ("usr_bestelnummer", None),  # "tel nummer" is a variant of "tel nr": whole tokens only, not in compounds
    ],
)
def test_number_word_variants(header: str, expected: Entity | None) -> None:
    assert read_header(header).entity is expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("post_cd", Entity.POSTAL_CODE),
        ("SORT_CD", None),  # a sort code names a bank branch, not an account
        ("tax_nbr", Entity.NATIONAL_ID),
        ("veh_reg_nbr", Entity.LICENSE_PLATE),
        ("prod_cd", None),
    ],
)
def test_database_abbreviations(header: str, expected: Entity | None) -> None:
    assert read_header(header).entity is expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [("Hospital number", set()), ("bank account", set()), ("tax id", set()), ("tracking id", {"thing"})],
)
def test_context_words_inside_the_entity_term(header: str, expected: set[str]) -> None:
    assert read_header(header).context == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # official form labels and their abbreviations
        ("Geb.-Dat.", Entity.DATE_OF_BIRTH),
        ("Staatsangeh.", Entity.NATIONALITY),
        ("Fam.-Stand", Entity.MARITAL_STATUS),
        ("Tel.-Nr.", Entity.PHONE),
        ("Tel. gesch.", Entity.PHONE),  # "gesch." next to a phone is geschäftlich, not Geschlecht
        ("Hausnr.", Entity.STREET_ADDRESS),
        ("Date naiss.", Entity.DATE_OF_BIRTH),
        ("Lieu naiss.", Entity.CITY),
        ("Sit. fam.", Entity.MARITAL_STATUS),
        ("N° SS", Entity.NATIONAL_ID),
        ("Tél. port.", Entity.PHONE),
        ("Mél.", Entity.EMAIL),
        ("Immat.", Entity.LICENSE_PLATE),
        ("F. Nac.", Entity.DATE_OF_BIRTH),
        ("Edo. Civil", Entity.MARITAL_STATUS),
        ("Tfno. móvil", Entity.PHONE),
        ("Lugar de nac.", Entity.CITY),
        ("Data nasc.", Entity.DATE_OF_BIRTH),
        ("Luogo nasc.", Entity.CITY),
        ("Cod. Fisc.", Entity.NATIONAL_ID),
        ("Tit. studio", Entity.EDUCATION),
        ("N. civico", Entity.STREET_ADDRESS),
        ("Geb.datum", Entity.DATE_OF_BIRTH),
        ("Burg. staat", Entity.MARITAL_STATUS),
        ("Tel.nr.", Entity.PHONE),
        ("Woonpl.", Entity.CITY),
        ("Dt. Nasc.", Entity.DATE_OF_BIRTH),
        ("Est. Civil", Entity.MARITAL_STATUS),
        ("Telem.", Entity.PHONE),
        ("N.º Utente", Entity.MEDICAL_RECORD_NUMBER),
        ("Data ur.", Entity.DATE_OF_BIRTH),
        ("Miejsce ur.", Entity.CITY),
        ("Nr tel.", Entity.PHONE),
        ("Stan cyw.", Entity.MARITAL_STATUS),
        ("Obyw.", Entity.NATIONALITY),
        # SAP, Salesforce/HubSpot, HRIS and payroll field names
        ("STRAS", Entity.STREET_ADDRESS),
        ("PSTLZ", Entity.POSTAL_CODE),
        ("SMTP_ADDR", Entity.EMAIL),
        ("GBDAT", Entity.DATE_OF_BIRTH),
        ("FAMST", Entity.MARITAL_STATUS),
        ("NATIO", Entity.NATIONALITY),
        ("KONFE", Entity.RELIGION),
        ("BANKN", Entity.BANK_ACCOUNT),
        ("STCD1", Entity.NATIONAL_ID),
        ("MailingStreet", Entity.STREET_ADDRESS),
        ("gross_pay", Entity.FINANCIAL),
        ("Entgeltgruppe", Entity.FINANCIAL),
        ("KiSt", Entity.RELIGION),
        ("Kirchensteuermerkmal", Entity.RELIGION),
        ("union_dues", Entity.TRADE_UNION),
        ("trattenuta_sindacale", Entity.TRADE_UNION),
        ("sick_days", Entity.HEALTH),
        ("Krankheitstage", Entity.HEALTH),
        ("RQTH", Entity.HEALTH),
        ("legge_104", Entity.HEALTH),
        # healthcare, banking, telecom, travel, education
        ("vaccination_status", Entity.HEALTH),
        ("Impfstatus", Entity.HEALTH),
        ("dosage", Entity.HEALTH),
        ("Posologie", Entity.HEALTH),
        ("debtor_name", Entity.PERSON_NAME),
        ("Tegenrekening", Entity.BANK_ACCOUNT),
        ("ICCID", Entity.DEVICE_ID),
        ("MSISDN", Entity.PHONE),
        ("passport_country", Entity.NATIONALITY),
        ("highest_qualification", Entity.EDUCATION),
        ("Hoogst behaalde opleiding", Entity.EDUCATION),
        ("Godsdienst", Entity.RELIGION),
        ("Filiação", Entity.PERSON_NAME),
        ("ISEE", Entity.FINANCIAL),
        ("Staatsangehoerigkeit", Entity.NATIONALITY),  # umlauts written out
        ("Fuehrerscheinnummer", Entity.DRIVER_LICENSE),
        # "N°", "Nº", "N." are number words: "numero X" terms read them (whole tokens only)
        ("N° dossier", Entity.MEDICAL_RECORD_NUMBER),
        ("Nº Passaporte", Entity.PASSPORT),
        ("Nº Tarjeta", Entity.CREDIT_CARD),
        # staff and clinicians are people; CRM field names of addresses name the part of the address
        ("Sachbearbeiter", Entity.PERSON_NAME),
        ("Beh. Arzt", Entity.PERSON_NAME),
        ("Médecin", Entity.PERSON_NAME),
        ("ordering_party_name", Entity.PERSON_NAME),
        ("address1_city", Entity.CITY),
        ("address1_stateorprovince", Entity.CITY),
        ("address1_country", Entity.COUNTRY),
        ("Default Address Zip", Entity.POSTAL_CODE),
        ("address1_telephone1", Entity.PHONE),
        ("Adresse Ort", Entity.CITY),
        ("familystatuscode", Entity.MARITAL_STATUS),
        ("Diagnosis Description", Entity.HEALTH),
        ("Funktion", Entity.OCCUPATION),
        # a role noun does not take the column from the attribute it heads
        ("Empfänger PLZ", Entity.POSTAL_CODE),
        ("Passenger Passport", Entity.PASSPORT),
        ("Guardian Email", Entity.EMAIL),
        ("Titular de la tarjeta", Entity.PERSON_NAME),
        ("C.F./P.IVA", Entity.NATIONAL_ID),
        ("Bruto maandloon", Entity.FINANCIAL),
        ("Intolleranze", Entity.HEALTH),
        # SAP fields of customers, vendors and personnel
        ("KLIMK", Entity.FINANCIAL),
        ("KOINH", Entity.PERSON_NAME),
        ("GBORT", Entity.CITY),
        ("NATI2", Entity.NATIONALITY),
        ("STR_SUPPL1", Entity.STREET_ADDRESS),
        # residence permits are a person's papers
        ("Aufenthaltstitel", Entity.NATIONAL_ID),
        ("titre de séjour", Entity.NATIONAL_ID),
        ("residence_permit_no", Entity.NATIONAL_ID),
        ("Karta pobytu", Entity.NATIONAL_ID),
    ],
)
def test_export_header_vocabulary(header: str, expected: Entity) -> None:
    assert read_header(header).entity is expected


@pytest.mark.parametrize(
    "header",
    [
        "policy_number",  # a contract id (spec: surrogate keys are none)
        "num_poliza",
        "PERNR",  # SAP personnel number: an internal key
        "Steuerklasse",  # tax class: left out (not a category of the spec)
        "meter_id",
        "mandate_ref",
        "flight_no",
        "room_number",
        "coupon_code",
        "Eintrittsdatum",
        "procedure",
        "Nac.",  # nacimiento or nacionalidad: ambiguous
        "NUM_SEJOUR",  # a hospital stay: an encounter key
        "geschlossen",  # not "Geschl." inside a word
        "usage_range",  # not "age range" across words
        "warehouse_no",  # not "house no" across words
        "hotel_portal",  # not "Tel. port." across words
        "Fecha fin contrato",  # not "n° conta" across words
        "session_count",  # not a misspelt county
        "requests",
        "Versicherungsscheinnummer",
    ],
)
def test_business_headers_name_no_entity(header: str) -> None:
    assert read_header(header).entity is None


@pytest.mark.parametrize(
    ("header", "context"),
    [
        ("meter_id", "thing"),
        ("flight_no", "thing"),
        ("Zimmernummer", "thing"),
        ("numero_habitacion", "thing"),
        ("campaign_name", "thing"),
        ("device_model", "thing"),
        ("mandate_reference", "thing"),
        ("Krankenkasse", "organisation"),
        ("nombre_aseguradora", "organisation"),
        ("airline", "organisation"),
        ("hospital_name", "place"),
        ("Apotheke", "place"),
        ("aeroporto", "place"),
        ("budget", "money"),
        ("Eintrittsdatum", "event_time"),
        ("data_assunzione", "event_time"),
        ("appointment_date", "event_time"),
        ("data_rezerwacji", "event_time"),
        ("nazwa_szpitala", "place"),
        ("Ragione sociale", "organisation"),
        ("Razón social", "organisation"),
        ("Ust-ID", "money"),  # a company's VAT number (Umsatzsteuer)
        ("Referência", "thing"),
        ("session_count", "thing"),
        ("Fecha fin contrato", "thing"),
        ("celda_id", "thing"),  # a radio cell, not a cell phone
        ("Funkzelle", "thing"),
    ],
)
def test_business_context_words(header: str, context: str) -> None:
    assert context in read_header(header).context
