"""Labelled tables as real exports look: CRM, HR, SAP, hospital, e-shop, KYC, telecom, survey, logs.

Sixteen tables, two per language, each with a truth (entity, category) per column per spec/entities.md.
Cells are strings as a CSV export holds them, with nulls, stray whitespace and mixed formats; deterministic
from a seed.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from tests.blind import texts, vocab
from tests.blind import values as V
from tests.blind.taxonomy import CATEGORY_OF

ROWS = 1000
_NULLS = ("", "", "NULL", "n/a", "-", "NA")


@dataclass(frozen=True)
class Col:
    """A column's spec: header, true entity, value maker and how dirty its cells are."""

    header: str
    entity: str
    make: V.Maker
    nulls: float = 0.03
    dirt: float = 0.02  # share of cells with stray whitespace or changed case


@dataclass(frozen=True)
class BlindColumn:
    header: str
    entity: str
    category: str
    values: list[str | None]


@dataclass(frozen=True)
class BlindTable:
    name: str
    lang: str
    delimiter: str
    columns: list[BlindColumn]


def _dirty(c: V.Ctx, value: str, col: Col) -> str | None:
    r = c.rng.random()
    if r < col.nulls:
        null = c.pick(_NULLS)
        return None if null == "" else null
    if c.rng.random() < col.dirt:
        return c.pick([f" {value}", f"{value} ", f"  {value}", value.upper(), value.lower()])
    return value


def _sap_date(fmt_maker: V.Maker) -> V.Maker:
    """SAP's YYYYMMDD (dates as the ERP stores them), from a maker that returns a dd.mm.yyyy date."""

    def make(c: V.Ctx) -> str:
        d = fmt_maker(c)
        day, month, year = d.split(".") if "." in d else (d[8:10], d[5:7], d[0:4])
        return f"{year}{month}{day}"

    return make


def _de_birth_dot(c: V.Ctx) -> str:
    return V.days_ago(c, 18, 90).strftime("%d.%m.%Y")


def _de_created_dot(c: V.Ctx) -> str:
    return V.days_ago(c, 0, 15).strftime("%d.%m.%Y")


def _notes(with_pii: bool) -> V.Maker:
    return lambda c: texts.free_text_cell(c, with_pii)


def _digits(n: int) -> V.Maker:
    return lambda c: c.digits(n)


def _int_between(lo: int, hi: int) -> V.Maker:
    return lambda c: str(c.rng.randint(lo, hi))


def _msisdn(c: V.Ctx) -> str:
    return "34" + c.pick(["6", "7"]) + c.digits(8)


def _country_code(c: V.Ctx) -> str:
    return c.pick(["DE", "DE", "DE", "AT", "CH", "NL", "PL"])


def _citizenship(c: V.Ctx) -> str:
    return c.pick(vocab.COUNTRY[c.lang])


def _satisfaction(c: V.Ctx) -> str:
    return str(c.rng.randint(1, 5))


def _duration(c: V.Ctx) -> str:
    return str(c.rng.randint(1, 3600))


def _cell_id(c: V.Ctx) -> str:
    return f"214-07-{c.rng.randint(1000, 65535)}-{c.rng.randint(1, 255)}"


def _dept(c: V.Ctx) -> str:
    return c.pick(["Finance", "HR", "IT", "Operations", "Sales", "Logistics", "Legal", "Customer Service"])


def _cost_center(c: V.Ctx) -> str:
    return f"CC{c.digits(4)}"


def _sap_limit(c: V.Ctx) -> str:
    return f"{c.rng.randrange(500, 50000, 500)},00"


def _policy_no(c: V.Ctx) -> str:
    return f"AP-{c.digits(4)}-{c.digits(6)}"


def _vkorg(c: V.Ctx) -> str:
    return c.pick(["1000", "1010", "2000", "3000"])


def _upper(maker: V.Maker) -> V.Maker:
    return lambda c: maker(c).upper()


def _doctor(c: V.Ctx) -> str:
    return f"{c.pick(['Dr.', 'Dr. med.', 'Prof. Dr.'])} {c.fake.last_name()}"


def _bank_branch(c: V.Ctx) -> str:
    return c.pick(["Agence Lyon Part-Dieu", "Agence Paris Opéra", "Agence Lille Centre", "Agence Nantes Sud"])


def _ward(c: V.Ctx) -> str:
    return c.pick(["Kardiologie 3B", "Innere 2A", "Chirurgie 4", "Neurologie", "Gyn/Geb", "Intensiv"])


def _reparto(c: V.Ctx) -> str:
    return c.pick(["Medicina interna", "Cardiologia", "Ortopedia", "Oncologia", "Pneumologia", "Pronto soccorso"])


def _insurer(c: V.Ctx) -> str:
    return c.pick(["AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit", "IKK classic", "privat"])


def _status(c: V.Ctx) -> str:
    return c.pick(["OK", "OK", "OK", "ERR_TIMEOUT", "ERR_AUTH", "RETRY"])


def _sha1ish(c: V.Ctx) -> str:
    return "".join(c.rng.choice(string.hexdigits.lower()[:16]) for _ in range(40))


TABLE_SPECS: dict[str, tuple[str, str, tuple[Col, ...]]] = {
    # name: (variant, delimiter, columns)
    "en_us_crm_contacts": ("en", ",", (
        Col("Contact ID", "NONE", V.customer_number, nulls=0),
        Col("First Name", "PERSON_NAME", V.first_name),
        Col("Last Name", "PERSON_NAME", V.last_name),
        Col("Account Name", "NONE", V.company),
        Col("Email", "EMAIL", V.email),
        Col("Mobile", "PHONE", V.phone, nulls=0.15),
        Col("Mailing Street", "STREET_ADDRESS", V.street_address),
        Col("Mailing City", "CITY", V.city),
        Col("Mailing Zip/Postal Code", "POSTAL_CODE", V.postcode),
        Col("Birthdate", "DATE_OF_BIRTH", V.birth_date, nulls=0.3),
        Col("Lead Source", "NONE", V.constant_of("Web", "Trade Show", "Referral", "Partner", "Cold Call")),
        Col("Created Date", "NONE", V.recent_date, nulls=0),
        Col("Household Income", "FINANCIAL", V.income_band, nulls=0.4),
        Col("LinkedIn Profile", "URL", V.profile_url, nulls=0.5),
        Col("Opportunity Amount", "NONE", V.price),
        Col("SSN", "NATIONAL_ID", V.national_id, nulls=0.2),
        Col("Description", "FREE_TEXT_WITH_PII", _notes(True), nulls=0.3),
    )),
    "gb_hr_employees": ("gb", ",", (
        Col("Emp No", "NONE", _int_between(100000, 999999), nulls=0),
        Col("Surname", "PERSON_NAME", V.last_name, nulls=0),
        Col("Forename(s)", "PERSON_NAME", V.first_name, nulls=0),
        Col("NI Number", "NATIONAL_ID", V.national_id),
        Col("NHS No", "NATIONAL_ID", V.nhs_number, nulls=0.2),
        Col("DOB", "DATE_OF_BIRTH", V.birth_date),
        Col("Sex", "GENDER", V.from_vocab(vocab.GENDER)),
        Col("Marital Status", "MARITAL_STATUS", V.from_vocab(vocab.MARITAL)),
        Col("Ethnic Origin", "ETHNICITY", V.from_vocab(vocab.ETHNICITY), nulls=0.1),
        Col("Religion/Belief", "RELIGION", V.from_vocab(vocab.RELIGION), nulls=0.15),
        Col("Sexual Orientation", "SEXUAL_ORIENTATION", V.from_vocab(vocab.SEXUAL_ORIENTATION), nulls=0.2),
        Col("Disability", "HEALTH", V.from_vocab(vocab.DISABILITY)),
        Col("Job Title", "OCCUPATION", V.from_vocab(vocab.OCCUPATION)),
        Col("Department", "NONE", _dept),
        Col("Start Date", "NONE", V.hire_date),
        Col("Annual Salary (GBP)", "FINANCIAL", V.salary),
        Col("Union", "TRADE_UNION", V.from_vocab(vocab.UNION), nulls=0.3),
        Col("Home Postcode", "POSTAL_CODE", V.postcode),
        Col("Personal Mobile", "PHONE", V.phone),
        Col("Sort Code / Acc No", "BANK_ACCOUNT", V.bank_account),
        Col("Emergency Contact", "PERSON_NAME", V.full_name, nulls=0.1),
        Col("Car Reg", "LICENSE_PLATE", V.license_plate, nulls=0.4),
        Col("Driving Licence No", "DRIVER_LICENSE", V.driver_license, nulls=0.3),
    )),
    "de_sap_kna1_debitoren": ("de", ";", (
        Col("KUNNR", "NONE", lambda c: "00" + c.digits(8), nulls=0),
        Col("NAME1", "PERSON_NAME", V.last_name, nulls=0),
        Col("NAME2", "PERSON_NAME", V.first_name),
        Col("STRAS", "STREET_ADDRESS", V.street_address),
        Col("PSTLZ", "POSTAL_CODE", V.postcode),
        Col("ORT01", "CITY", _upper(V.city)),
        Col("LAND1", "COUNTRY", _country_code, nulls=0),
        Col("TELF1", "PHONE", V.phone, nulls=0.2),
        Col("SMTP_ADDR", "EMAIL", V.email, nulls=0.25),
        Col("GBDAT", "DATE_OF_BIRTH", _sap_date(_de_birth_dot), nulls=0.2),
        Col("ERDAT", "NONE", _sap_date(_de_created_dot), nulls=0),
        Col("IBAN", "IBAN", V.iban, nulls=0.1),
        Col("BANKN", "BANK_ACCOUNT", _digits(10), nulls=0.1),
        Col("STCD1", "NATIONAL_ID", V.national_id, nulls=0.3),
        Col("KTOKD", "NONE", V.constant_of("ZKUN", "ZPRI", "ZEXP"), nulls=0),
        Col("VKORG", "NONE", _vkorg, nulls=0),
        Col("WAERS", "NONE", V.constant_of("EUR", "EUR", "CHF"), nulls=0),
        Col("KLIMK", "FINANCIAL", _sap_limit),
    )),
    "de_klinik_faelle": ("de", ";", (
        Col("PatNr", "MEDICAL_RECORD_NUMBER", V.mrn, nulls=0),
        Col("Name, Vorname", "PERSON_NAME", V.name_last_first, nulls=0),
        Col("Geb.-Datum", "DATE_OF_BIRTH", V.birth_date, nulls=0),
        Col("Geschl.", "GENDER", V.from_vocab(vocab.GENDER)),
        Col("Aufnahme", "NONE", V.recent_date, nulls=0),
        Col("Entlassung", "NONE", V.recent_date, nulls=0.1),
        Col("Station", "NONE", _ward),
        Col("HD ICD-10", "HEALTH", V.icd10),
        Col("Diagnosetext", "HEALTH", V.diagnosis),
        Col("Medikation", "HEALTH", V.medication, nulls=0.1),
        Col("Raucher", "HEALTH", V.from_vocab(vocab.SMOKING), nulls=0.2),
        Col("BMI", "HEALTH", V.bmi, nulls=0.2),
        Col("Konfession", "RELIGION", V.from_vocab(vocab.RELIGION), nulls=0.3),
        Col("Kostenträger", "NONE", _insurer),
        Col("RV-Nummer", "NATIONAL_ID", V.de_svnr, nulls=0.4),
        Col("Angehörige(r)", "PERSON_NAME", V.full_name, nulls=0.3),
        Col("Tel. Angeh.", "PHONE", V.phone, nulls=0.3),
        Col("Beh. Arzt", "PERSON_NAME", _doctor),
        Col("Verlauf", "FREE_TEXT_WITH_PII", _notes(True), nulls=0.2),
    )),
    "fr_eshop_commandes": ("fr", ";", (
        Col("N° commande", "NONE", V.order_id, nulls=0),
        Col("Date commande", "NONE", V.timestamp, nulls=0),
        Col("Réf. article", "NONE", V.sku, nulls=0),
        Col("Désignation", "NONE", V.product, nulls=0),
        Col("Qté", "NONE", V.quantity, nulls=0),
        Col("Prix unitaire TTC", "NONE", V.price, nulls=0),
        Col("Montant total", "NONE", V.price, nulls=0),
        Col("N° facture", "NONE", V.invoice_number),
        Col("Nom", "PERSON_NAME", _upper(V.last_name)),
        Col("Prénom", "PERSON_NAME", V.first_name),
        Col("Adresse de livraison", "STREET_ADDRESS", V.street_address),
        Col("CP", "POSTAL_CODE", V.postcode),
        Col("Ville", "CITY", V.city),
        Col("Tél.", "PHONE", V.phone, nulls=0.1),
        Col("Courriel", "EMAIL", V.email),
        Col("Entrepôt", "NONE", V.warehouse_city, nulls=0),
        Col("Lat. entrepôt", "NONE", V.warehouse_lat, nulls=0),
        Col("Long. entrepôt", "NONE", V.warehouse_lon, nulls=0),
        Col("Transporteur", "NONE", V.constant_of("Colissimo", "Chronopost", "Mondial Relay", "DPD")),
        Col("Avis client", "NONE", _notes(False), nulls=0.6),
        Col("ID produit", "NONE", V.product_uuid, nulls=0),
    )),
    "fr_banque_kyc": ("fr", ";", (
        Col("ID_CLIENT", "NONE", V.customer_number, nulls=0),
        Col("NOM_NAISSANCE", "PERSON_NAME", _upper(V.last_name), nulls=0),
        Col("PRENOMS", "PERSON_NAME", V.first_name, nulls=0),
        Col("DT_NAISS", "DATE_OF_BIRTH", V.birth_date, nulls=0),
        Col("LIEU_NAISS", "CITY", V.city),
        Col("NATIONALITE", "NATIONALITY", V.from_vocab(vocab.NATIONALITY)),
        Col("NIR", "NATIONAL_ID", V.national_id),
        Col("NUM_PASSEPORT", "PASSPORT", V.passport, nulls=0.4),
        Col("SIT_FAM", "MARITAL_STATUS", V.from_vocab(vocab.MARITAL)),
        Col("CSP", "OCCUPATION", V.from_vocab(vocab.OCCUPATION)),
        Col("REVENUS_ANNUELS", "FINANCIAL", V.salary),
        Col("IBAN", "IBAN", V.iban),
        Col("NUM_CARTE", "CREDIT_CARD", V.credit_card, nulls=0.2),
        Col("REF_OPERATION", "NONE", V.non_luhn_16, nulls=0),
        Col("SCORE_RISQUE", "FINANCIAL", V.credit_score),
        Col("PAYS_RESIDENCE", "COUNTRY", V.from_vocab(vocab.COUNTRY)),
        Col("DATE_OUVERTURE", "NONE", V.hire_date, nulls=0),
        Col("AGENCE", "NONE", _bank_branch, nulls=0),
        Col("HASH_DOC", "NONE", V.content_hash, nulls=0),
        Col("field_18", "PHONE", V.phone, nulls=0.1),
    )),
    "es_telco_eventos": ("es", ",", (
        Col("id_linea", "NONE", V.customer_number, nulls=0),
        Col("msisdn", "PHONE", _msisdn, nulls=0),
        Col("titular", "PERSON_NAME", V.full_name, nulls=0),
        Col("dni_nie", "NATIONAL_ID", V.national_id),
        Col("imei", "DEVICE_ID", V.imei),
        Col("ip_cliente", "IP_ADDRESS", V.ip_address),
        Col("mac_router", "MAC_ADDRESS", V.mac_address, nulls=0.1),
        Col("version_app", "NONE", V.app_version, nulls=0),
        Col("fecha_hora", "NONE", V.timestamp, nulls=0),
        Col("duracion_seg", "NONE", _duration, nulls=0),
        Col("celda_id", "NONE", _cell_id, nulls=0),
        Col("importe_factura", "NONE", V.price, nulls=0),
        Col("tarifa", "NONE", V.constant_of("Fibra 600Mb", "Móvil 50GB", "Convergente Plus", "Prepago")),
        Col("direccion_instalacion", "STREET_ADDRESS", V.full_address, nulls=0.1),
        Col("cod_postal", "POSTAL_CODE", V.postcode),
        Col("fecha_nac", "DATE_OF_BIRTH", V.birth_date, nulls=0.2),
        Col("usuario_app", "USERNAME", V.username, nulls=0.2),
        Col("id_sesion", "NONE", V.product_uuid, nulls=0),
        Col("incidencia", "FREE_TEXT_WITH_PII", _notes(True), nulls=0.5),
    )),
    "es_encuesta_c": ("es", ",", (
        Col("resp_id", "NONE", _int_between(1, 999999), nulls=0),
        Col("c1", "AGE", V.age),
        Col("c2", "GENDER", V.from_vocab(vocab.GENDER)),
        Col("c3", "MARITAL_STATUS", V.from_vocab(vocab.MARITAL)),
        Col("c4", "EDUCATION", V.from_vocab(vocab.EDUCATION)),
        Col("c5", "OCCUPATION", V.from_vocab(vocab.OCCUPATION)),
        Col("c6", "RELIGION", V.from_vocab(vocab.RELIGION)),
        Col("c7", "POLITICAL_OPINION", V.from_vocab(vocab.PARTY), nulls=0.2),
        Col("c8", "TRADE_UNION", V.from_vocab(vocab.UNION), nulls=0.2),
        Col("c9", "FINANCIAL", V.income_band),
        Col("c10", "HEALTH", V.from_vocab(vocab.SMOKING)),
        Col("c11", "SEXUAL_ORIENTATION", V.from_vocab(vocab.SEXUAL_ORIENTATION), nulls=0.2),
        Col("c12", "NONE", _satisfaction, nulls=0),
        Col("c13", "NONE", _notes(False), nulls=0.5),
        Col("c14", "POSTAL_CODE", V.postcode),
        Col("c15", "NONE", V.timestamp, nulls=0),
        Col("c16", "NATIONALITY", V.from_vocab(vocab.NATIONALITY)),
        Col("c17", "ETHNICITY", V.from_vocab(vocab.ETHNICITY), nulls=0.2),
        Col("c18", "EMAIL", V.email, nulls=0.4),
    )),
    "it_hr_anagrafica": ("it", ";", (
        Col("Matricola", "NONE", _int_between(10000, 99999), nulls=0),
        Col("Cognome", "PERSON_NAME", V.last_name, nulls=0),
        Col("Nome", "PERSON_NAME", V.first_name, nulls=0),
        Col("Codice Fiscale", "NATIONAL_ID", V.national_id, nulls=0),
        Col("Data di nascita", "DATE_OF_BIRTH", V.birth_date),
        Col("Luogo di nascita", "CITY", V.city),
        Col("Sesso", "GENDER", V.from_vocab(vocab.GENDER)),
        Col("Stato civile", "MARITAL_STATUS", V.from_vocab(vocab.MARITAL)),
        Col("Titolo di studio", "EDUCATION", V.from_vocab(vocab.EDUCATION)),
        Col("Qualifica", "OCCUPATION", V.from_vocab(vocab.OCCUPATION)),
        Col("Data assunzione", "NONE", V.hire_date, nulls=0),
        Col("RAL", "FINANCIAL", V.salary),
        Col("Sindacato", "TRADE_UNION", V.from_vocab(vocab.UNION), nulls=0.4),
        Col("IBAN accredito", "IBAN", V.iban),
        Col("N. patente", "DRIVER_LICENSE", V.driver_license, nulls=0.3),
        Col("Targa", "LICENSE_PLATE", V.license_plate, nulls=0.4),
        Col("Cellulare", "PHONE", V.phone),
        Col("Indirizzo", "STREET_ADDRESS", V.street_address),
        Col("CAP", "POSTAL_CODE", V.postcode),
        Col("Sede di lavoro", "NONE", V.warehouse_city, nulls=0),
        Col("Centro di costo", "NONE", _cost_center, nulls=0),
        Col("Cittadinanza", "NATIONALITY", _citizenship),
    )),
    "it_clinica_ricoveri": ("it", ",", (
        Col("ID_PAZIENTE", "MEDICAL_RECORD_NUMBER", V.mrn, nulls=0),
        Col("NOMINATIVO", "PERSON_NAME", _upper(V.full_name), nulls=0),
        Col("CF", "NATIONAL_ID", V.national_id, nulls=0.1),
        Col("DATA_NASCITA", "DATE_OF_BIRTH", V.birth_date),
        Col("ETA", "AGE", V.age),
        Col("SESSO", "GENDER", V.from_vocab(vocab.GENDER)),
        Col("COD_ICD10", "HEALTH", V.icd10),
        Col("DIAGNOSI", "HEALTH", V.diagnosis_with_code),
        Col("TERAPIA", "HEALTH", V.medication),
        Col("FUMO", "HEALTH", V.from_vocab(vocab.SMOKING)),
        Col("INVALIDITA", "HEALTH", V.from_vocab(vocab.DISABILITY), nulls=0.3),
        Col("MEDICO", "PERSON_NAME", V.full_name),
        Col("REPARTO", "NONE", _reparto, nulls=0),
        Col("DATA_RICOVERO", "NONE", V.recent_date, nulls=0),
        Col("IMPORTO_TICKET", "NONE", V.price),
        Col("NOTE", "FREE_TEXT_WITH_PII", _notes(True), nulls=0.3),
    )),
    "nl_webshop_klanten": ("nl", ";", (
        Col("klantnr", "NONE", V.customer_number, nulls=0),
        Col("voornaam", "PERSON_NAME", V.first_name),
        Col("achternaam", "PERSON_NAME", V.last_name, nulls=0),
        Col("straat_huisnr", "STREET_ADDRESS", V.street_address),
        Col("postcode", "POSTAL_CODE", V.postcode),
        Col("woonplaats", "CITY", V.city),
        Col("land", "COUNTRY", V.from_vocab(vocab.COUNTRY)),
        Col("telefoon", "PHONE", V.phone, nulls=0.2),
        Col("e-mailadres", "EMAIL", V.email),
        Col("rekeningnummer", "IBAN", V.iban, nulls=0.2),
        Col("geboortedatum", "DATE_OF_BIRTH", V.birth_date, nulls=0.3),
        Col("bestelnummer", "NONE", V.order_id, nulls=0),
        Col("besteldatum", "NONE", V.recent_date, nulls=0),
        Col("totaalbedrag", "NONE", V.price, nulls=0),
        Col("artikelnummer", "NONE", V.sku, nulls=0),
        Col("product_id", "NONE", V.product_uuid, nulls=0),
        Col("magazijn", "NONE", V.warehouse_city, nulls=0),
        Col("magazijn_lat", "NONE", V.warehouse_lat, nulls=0),
        Col("magazijn_lon", "NONE", V.warehouse_lon, nulls=0),
        Col("review", "NONE", _notes(False), nulls=0.6),
    )),
    "nl_bezorg_ritten": ("nl", ",", (
        Col("rit_id", "NONE", V.product_uuid, nulls=0),
        Col("klant_uuid", "DEVICE_ID", lambda c: V.product_uuid(c), nulls=0),
        Col("gebruikersnaam", "USERNAME", V.username),
        Col("afleveradres", "STREET_ADDRESS", V.full_address),
        Col("aflever_lat", "GEO_COORDINATE", V.latitude, nulls=0),
        Col("aflever_lon", "GEO_COORDINATE", V.longitude, nulls=0),
        Col("depot_lat", "NONE", V.warehouse_lat, nulls=0),
        Col("depot_lon", "NONE", V.warehouse_lon, nulls=0),
        Col("kenteken_koerier", "LICENSE_PLATE", V.license_plate),
        Col("ip", "IP_ADDRESS", V.ip_address),
        Col("app_versie", "NONE", V.app_version, nulls=0),
        Col("tijdstip", "NONE", V.timestamp, nulls=0),
        Col("bedrag", "NONE", V.price, nulls=0),
        Col("fooi", "NONE", lambda c: V.money(c, 0, 5, 2), nulls=0.5),
        Col("bsn_koerier", "NATIONAL_ID", V.national_id),
        Col("advertising_id", "DEVICE_ID", V.device_id, nulls=0.3),
        Col("beoordeling", "NONE", _notes(False), nulls=0.7),
    )),
    "pt_br_crm_clientes": ("pt", ";", (
        Col("cod_cliente", "NONE", V.customer_number, nulls=0),
        Col("nome_completo", "PERSON_NAME", V.full_name, nulls=0),
        Col("cpf", "NATIONAL_ID", V.national_id, nulls=0),
        Col("rg", "NATIONAL_ID", V.br_rg, nulls=0.2),
        Col("dt_nasc", "DATE_OF_BIRTH", V.birth_date),
        Col("sexo", "GENDER", V.from_vocab(vocab.GENDER)),
        Col("estado_civil", "MARITAL_STATUS", V.from_vocab(vocab.MARITAL)),
        Col("escolaridade", "EDUCATION", V.from_vocab(vocab.EDUCATION)),
        Col("raca_cor", "ETHNICITY", V.from_vocab(vocab.ETHNICITY)),
        Col("religiao", "RELIGION", V.from_vocab(vocab.RELIGION), nulls=0.3),
        Col("renda_mensal", "FINANCIAL", V.salary),
        Col("celular", "PHONE", V.phone),
        Col("email", "EMAIL", V.email, nulls=0.1),
        Col("logradouro", "STREET_ADDRESS", V.street_address),
        Col("cep", "POSTAL_CODE", V.postcode),
        Col("municipio", "CITY", V.city),
        Col("profissao", "OCCUPATION", V.from_vocab(vocab.OCCUPATION)),
        Col("limite_credito", "FINANCIAL", lambda c: V.money(c, 500, 30000, 2)),
        Col("nr_cartao", "CREDIT_CARD", V.credit_card, nulls=0.3),
        Col("valor_ultima_compra", "NONE", V.price),
        Col("data_cadastro", "NONE", V.recent_date, nulls=0),
        Col("cnh", "DRIVER_LICENSE", V.driver_license, nulls=0.5),
        Col("placa", "LICENSE_PLATE", V.license_plate, nulls=0.5),
    )),
    "pt_pt_seguros_apolices": ("ptpt", ";", (
        Col("Apólice", "NONE", _policy_no, nulls=0),
        Col("Tomador", "PERSON_NAME", V.full_name, nulls=0),
        Col("NIF", "NATIONAL_ID", V.national_id, nulls=0),
        Col("Data Nasc.", "DATE_OF_BIRTH", V.birth_date),
        Col("Morada", "STREET_ADDRESS", V.full_address),
        Col("Cód. Postal", "POSTAL_CODE", V.postcode),
        Col("Localidade", "CITY", V.city),
        Col("Telemóvel", "PHONE", V.phone),
        Col("Email", "EMAIL", V.email, nulls=0.2),
        Col("IBAN", "IBAN", V.iban),
        Col("Prémio anual", "NONE", V.price, nulls=0),
        Col("Matrícula", "LICENSE_PLATE", V.license_plate),
        Col("Carta condução", "DRIVER_LICENSE", V.driver_license),
        Col("Nacionalidade", "NATIONALITY", V.from_vocab(vocab.NATIONALITY)),
        Col("Profissão", "OCCUPATION", V.from_vocab(vocab.OCCUPATION)),
        Col("IMC", "HEALTH", V.bmi, nulls=0.3),
        Col("Doenças pré-existentes", "HEALTH", V.diagnosis, nulls=0.5),
        Col("Data início", "NONE", V.recent_date, nulls=0),
        Col("Mediador", "NONE", V.company),
    )),
    "pl_bank_klienci": ("pl", ";", (
        Col("ID_KLIENTA", "NONE", V.customer_number, nulls=0),
        Col("IMIE", "PERSON_NAME", V.first_name, nulls=0),
        Col("NAZWISKO", "PERSON_NAME", V.last_name, nulls=0),
        Col("PESEL", "NATIONAL_ID", V.national_id, nulls=0),
        Col("NR_DOWODU", "NATIONAL_ID", V.pl_id_card),
        Col("NR_PASZPORTU", "PASSPORT", V.passport, nulls=0.5),
        Col("DATA_UR", "DATE_OF_BIRTH", V.birth_date),
        Col("PLEC", "GENDER", V.from_vocab(vocab.GENDER)),
        Col("STAN_CYWILNY", "MARITAL_STATUS", V.from_vocab(vocab.MARITAL)),
        Col("WYKSZTALCENIE", "EDUCATION", V.from_vocab(vocab.EDUCATION)),
        Col("OBYWATELSTWO", "NATIONALITY", V.from_vocab(vocab.NATIONALITY)),
        Col("ZAWOD", "OCCUPATION", V.from_vocab(vocab.OCCUPATION)),
        Col("DOCHOD_MIES", "FINANCIAL", V.salary),
        Col("NR_RACHUNKU", "BANK_ACCOUNT", V.bank_account),
        Col("IBAN", "IBAN", V.iban),
        Col("ADRES", "STREET_ADDRESS", V.full_address),
        Col("KOD_POCZTOWY", "POSTAL_CODE", V.postcode),
        Col("MIEJSCOWOSC", "CITY", V.city),
        Col("TEL_KOM", "PHONE", V.phone),
        Col("EMAIL", "EMAIL", V.email, nulls=0.2),
        Col("NR_FAKTURY", "NONE", V.invoice_number, nulls=0),
        Col("KWOTA_TRANS", "NONE", V.price, nulls=0),
        Col("DATA_TRANS", "NONE", V.timestamp, nulls=0),
    )),
    "pl_app_log_fields": ("pl", ",", (
        Col("field_1", "NONE", V.timestamp, nulls=0),
        Col("field_2", "IP_ADDRESS", V.ip_address, nulls=0),
        Col("field_3", "USERNAME", V.username),
        Col("field_4", "DEVICE_ID", V.device_id),
        Col("field_5", "NONE", V.app_version, nulls=0),
        Col("field_6", "NONE", V.content_hash, nulls=0),
        Col("field_7", "NONE", V.product_uuid, nulls=0),
        Col("field_8", "MAC_ADDRESS", V.mac_address),
        Col("field_9", "GEO_COORDINATE", V.latlon, nulls=0.2),
        Col("field_10", "NONE", V.non_luhn_16, nulls=0),
        Col("field_11", "CREDIT_CARD", V.credit_card, nulls=0.3),
        Col("field_12", "EMAIL", V.email),
        Col("field_13", "NONE", V.order_id, nulls=0),
        Col("field_14", "URL", V.profile_url, nulls=0.3),
        Col("field_15", "NONE", _status, nulls=0),
        Col("field_16", "PHONE", V.phone),
        Col("field_17", "NONE", V.price, nulls=0),
        Col("field_18", "NONE", _sha1ish, nulls=0),
        Col("field_19", "FREE_TEXT_WITH_PII", _notes(True), nulls=0.4),
    )),
}  # fmt: skip


def generate_tables(seed: int = 2026, rows: int = ROWS) -> list[BlindTable]:
    """All sixteen labelled tables, ``rows`` rows each, the same for the same seed."""
    out: list[BlindTable] = []
    for ti, (name, (variant, delimiter, cols)) in enumerate(TABLE_SPECS.items()):
        c = V.Ctx.make(variant, seed * 1000 + ti)
        columns = []
        for col in cols:
            cells = [_dirty(c, col.make(c), col) for _ in range(rows)]
            columns.append(BlindColumn(col.header, col.entity, CATEGORY_OF[col.entity], cells))
        out.append(BlindTable(name, c.lang, delimiter, columns))
    return out
