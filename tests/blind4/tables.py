"""Deterministic generator of the blind4 evaluation tables (25 tables x 1,000 rows).

Each table is a list of columns ``(header, values, gold)``; ``gold`` is an entity of spec/entities.md, or
None for a column deliberately left out of scoring because its label is genuinely ambiguous.

Columns left out of scoring (gold None), and why:
- bank_kyc_de `Risikoklasse` (AML risk class of the customer: financial standing or none? ambiguous)
- police_nl `wijk` (neighbourhood of the incident, not of a person's home)
- social_it `nucleo_familiare` (household size: quasi-identifier but no entity in the taxonomy)
- census_es `TAM_HOGAR` (household size, same reason)
- clinical_fr `BRAS` (trial arm: not health status of the person as such)
- census_es `CPRO` (province code of residence: a coded CITY-like attribute)
- tax_it `cod_comune` (cadastral municipality code of residence, between CITY and a code)
- fleet_pl `pozycja_gps` (vehicle position while driving: personal location trace, not home coordinates)
- engagement_nl `afdeling` (department of the employee)
- real_estate_leads_pt `Orçamento máx.` (a lead's maximum budget: financial standing or a price?)
- tax_returns_it `Otto per mille` (choice of the body receiving 0.8% of the tax: religion or a tax option?)
- clinical_crf_fr `INITIALES` (initials: a name fragment, not a name)
- pension_fund_nl `voorletters` (initials only)
- visitor_log_es `Visita a` (host employee, mixed with "Recepción")
- travel_bookings_mixed `specialRequests` (dietary/wheelchair requests: health or not, mixed)
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from . import common as c
from . import vocab as v

Gen = Callable[[random.Random, c.Person, int], Any]

DEC_COMMA = {"de", "fr", "es", "it", "nl", "pt", "pl"}


@dataclass
class Col:
    header: str
    gen: Gen
    gold: str | None
    null: float = 0.0
    pad: float = 0.0


@dataclass
class Table:
    name: str
    lang: str  # en..pl or "mixed"
    locales: list[str]
    sep: str
    cols: list[Col]
    rows: int = 1000
    data: dict[str, list[Any]] = field(default_factory=dict)


def C(header: str, gen: Gen, gold: str | None, null: float = 0.0, pad: float = 0.0) -> Col:
    return Col(header, gen, gold, null, pad)


# ------------------------------------------------------------------------------------------------ helpers
def num(x: float, lang: str, dec: int = 2) -> str:
    s = f"{x:.{dec}f}"
    return s.replace(".", ",") if lang in DEC_COMMA else s


def full_name(style: str = "full") -> Gen:
    def g(rng, p, i):
        st = style if style != "mixed" else rng.choice(["full", "full", "full", "lastfirst", "upper", "lower"])
        if st == "lastfirst":
            return f"{p.last}, {p.first}"
        if st == "upperlast":
            return f"{p.last.upper()} {p.first}"
        if st == "upper":
            return p.full.upper()
        if st == "lower":
            return p.full.lower()
        return p.full

    return g


first = lambda: lambda rng, p, i: p.first  # noqa: E731
last = lambda: lambda rng, p, i: p.last  # noqa: E731
email = lambda: lambda rng, p, i: p.email() if rng.random() > 0.05 else p.email().upper()  # noqa: E731
phone = lambda: lambda rng, p, i: c.phone(rng, p.lang, p.locale)  # noqa: E731
postcode = lambda: lambda rng, p, i: p.postcode  # noqa: E731
city = lambda: lambda rng, p, i: p.city  # noqa: E731
nid = lambda: lambda rng, p, i: c.national_id(rng, p)  # noqa: E731
card = lambda: lambda rng, p, i: c.card(rng)  # noqa: E731
ip = lambda v6=0.0: lambda rng, p, i: c.ipv6(rng) if rng.random() < v6 else c.ipv4(rng)  # noqa: E731
mac = lambda: lambda rng, p, i: c.mac(rng)  # noqa: E731
dev_uuid = lambda: lambda rng, p, i: c.uuid4(rng).upper() if i % 2 else c.uuid4(rng)  # noqa: E731
imei = lambda: lambda rng, p, i: c.imei(rng)  # noqa: E731
plate = lambda: lambda rng, p, i: c.plate(rng, p.locale)  # noqa: E731
passport = lambda: lambda rng, p, i: c.passport(rng, p.locale)  # noqa: E731
dl = lambda: lambda rng, p, i: c.driver_license(rng, p)  # noqa: E731
age = lambda: lambda rng, p, i: p.age  # noqa: E731
birth_year = lambda: lambda rng, p, i: p.dob.year  # noqa: E731
occupation = lambda: lambda rng, p, i: rng.choice(c.OCCUPATIONS[p.lang])  # noqa: E731
nationality = lambda: lambda rng, p, i: rng.choice(c.COUNTRIES[p.lang][:3] * 4 + c.COUNTRIES[p.lang])  # noqa: E731


def address(full: bool = True) -> Gen:
    return lambda rng, p, i: p.address(full)


def dob(*fmts: str) -> Gen:
    return lambda rng, p, i: c.dob_str(rng, p.dob, p.lang, list(fmts) or None)


def iban(country: str | None = None) -> Gen:
    return lambda rng, p, i: c.iban(rng, country or c.IBAN_COUNTRY[p.locale])


def gender(variant: int = 0) -> Gen:
    return lambda rng, p, i: (
        lambda opts: opts[0] if p.sex == "M" else opts[1] if len(opts) < 3 or rng.random() < 0.97 else opts[2]
    )(v.GENDER[p.lang][min(variant, len(v.GENDER[p.lang]) - 1)])


def vocab(table: dict[str, list[str]], weights_first: int = 0) -> Gen:
    def g(rng, p, i):
        opts = table[p.lang]
        if weights_first and rng.random() < 0.5:
            return opts[rng.randrange(min(weights_first, len(opts)))]
        return rng.choice(opts)

    return g


def choice(*opts: Any) -> Gen:
    return lambda rng, p, i: rng.choice(opts)


def numeric(lo: float, hi: float, dec: int = 2) -> Gen:
    return lambda rng, p, i: num(rng.uniform(lo, hi), p.lang, dec) if dec else rng.randint(int(lo), int(hi))


def username() -> Gen:
    def g(rng, p, i):
        f, la = c.ascii_fold(p.first).lower().replace(" ", ""), c.ascii_fold(p.last).lower().replace(" ", "")
        return rng.choice(
            [
                f"{f}{la[:3]}{rng.randint(1, 99)}",
                f"{f[0]}{la}",
                f"{f}_{rng.randint(1980, 2009)}",
                f"{la}.{f[0]}",
                f"x{f}{la}x",
                f"{f}.{la}",
            ]
        )

    return g


def profile_url() -> Gen:
    def g(rng, p, i):
        f, la = c.ascii_fold(p.first).lower(), c.ascii_fold(p.last).lower().replace(" ", "-")
        return rng.choice(
            [
                f"https://www.linkedin.com/in/{f}-{la}-{rng.randint(100, 999)}",
                f"https://www.facebook.com/{f}.{la}",
                f"https://github.com/{f[0]}{la}",
                f"https://instagram.com/{f}_{la}",
                f"https://x.com/{f}{la[:4]}",
            ]
        )

    return g


CENTER = {
    "en_US": (39.8, -98.6, 6.0, 12.0),
    "en_GB": (52.5, -1.5, 1.8, 1.5),
    "de_DE": (51.0, 10.0, 2.2, 2.8),
    "fr_FR": (46.6, 2.4, 2.5, 3.0),
    "es_ES": (40.3, -3.7, 2.2, 3.0),
    "it_IT": (42.8, 12.5, 2.8, 2.0),
    "nl_NL": (52.2, 5.3, 0.6, 0.8),
    "pt_PT": (39.5, -8.2, 1.8, 0.5),
    "pt_BR": (-15.8, -47.9, 7.0, 6.0),
    "pl_PL": (52.0, 19.4, 1.8, 3.0),
}


def lat() -> Gen:
    return lambda rng, p, i: round(CENTER[p.locale][0] + rng.uniform(-1, 1) * CENTER[p.locale][2], rng.choice([5, 6]))


def lon() -> Gen:
    return lambda rng, p, i: round(CENTER[p.locale][1] + rng.uniform(-1, 1) * CENTER[p.locale][3], rng.choice([5, 6]))


def latlon() -> Gen:
    return lambda rng, p, i: f"{lat()(rng, p, i)},{lon()(rng, p, i)}"


def income(lo: int, hi: int, dec: bool = False) -> Gen:
    return lambda rng, p, i: (
        num(round(rng.lognormvariate(0, 0.5) * (lo + hi) / 2.4, -2), p.lang, 2)
        if dec
        else int(round(min(hi, max(lo, rng.lognormvariate(0, 0.5) * (lo + hi) / 2.4)), -2))
    )


def diag(icd: float = 0.0) -> Gen:
    return lambda rng, p, i: rng.choice(v.ICD10) if rng.random() < icd else rng.choice(v.DIAGNOSIS[p.lang])


# ---------------------------------------------------------------------------------------------- negatives
def custno(prefix: str = "", width: int = 7) -> Gen:
    return lambda rng, p, i: f"{prefix}{100000 + i * 7 + rng.randint(0, 6):0{width}d}"


order9 = lambda: lambda rng, p, i: str(rng.randint(100000000, 999999999))  # noqa: E731
nonluhn = lambda: lambda rng, p, i: c.non_luhn16(rng)  # noqa: E731
uuid = lambda: lambda rng, p, i: c.uuid4(rng)  # noqa: E731
sha256 = lambda: lambda rng, p, i: hashlib.sha256(f"doc{i}-{rng.random()}".encode()).hexdigest()  # noqa: E731
md5 = lambda: lambda rng, p, i: hashlib.md5(f"file{i}-{rng.random()}".encode()).hexdigest()  # noqa: E731
company = lambda: lambda rng, p, i: rng.choice(c.COMPANIES[p.lang])  # noqa: E731
review = lambda: lambda rng, p, i: rng.choice(v.REVIEWS[p.lang])  # noqa: E731


def version():
    return lambda rng, p, i: (
        f"{rng.choice([3, 4, 5, 10])}.{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(100, 4999)}"
    )


masked = lambda: lambda rng, p, i: c.masked_card(rng)  # noqa: E731


def sku(prefix: str = "") -> Gen:
    return lambda rng, p, i: (
        f"{prefix}{rng.choice(['AB', 'KX', 'TR', 'ZX', 'MM'])}-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFG')}"
    )


def plate_sku() -> Gen:
    # product codes shaped like French/Italian plates, few distinct
    codes = [
        f"{a}-{n:03d}-{b}"
        for a, n, b in [
            ("AB", 120, "CD"),
            ("XK", 404, "LM"),
            ("PR", 771, "ZZ"),
            ("MT", 250, "AA"),
            ("GE", 999, "BX"),
            ("TT", 318, "QR"),
        ]
    ]
    return lambda rng, p, i: rng.choice(codes)


def invoice(prefix: str) -> Gen:
    return lambda rng, p, i: f"{prefix}{2024 + i % 2}-{rng.randint(1, 99999):05d}"


def ticket(prefix: str) -> Gen:
    return lambda rng, p, i: f"{prefix}{rng.randint(100000, 999999)}"


def ts(fmt: str = "%Y-%m-%d %H:%M:%S", start: datetime = datetime(2024, 1, 1), days: int = 540) -> Gen:
    return lambda rng, p, i: (start + timedelta(seconds=rng.randrange(days * 86400))).strftime(fmt)


def a_date(fmt: str, start: date = date(2018, 1, 1), days: int = 2500) -> Gen:
    return lambda rng, p, i: (start + timedelta(days=rng.randrange(days))).strftime(fmt)


def price(lo: float, hi: float) -> Gen:
    return lambda rng, p, i: num(rng.uniform(lo, hi), p.lang, 2)


def qty(lo: int = 1, hi: int = 20) -> Gen:
    return lambda rng, p, i: rng.randint(lo, hi)


def office_city(*cities: str) -> Gen:
    return lambda rng, p, i: rng.choice(cities)


def fixed_coord(*pts: float) -> Gen:
    return lambda rng, p, i: rng.choice(pts)


def seq(prefix: str = "", start: int = 1) -> Gen:
    return lambda rng, p, i: f"{prefix}{start + i}"


# -------------------------------------------------------------------------------------- free-text notes
NOTES = {
    "en": [
        "Called {name} back on {phone}, no answer.",
        "{name} asked us to use {email} from now on.",
        "Spoke to {name}, will send documents Monday.",
        "Customer moved to {addr}.",
        "Wife {first} called on behalf of {name}.",
        "Left voicemail for {first} on {phone}.",
        "Documents complete.",
        "No further action.",
        "Awaiting confirmation from branch.",
    ],
    "de": [
        "Rückruf bei {name} unter {phone} erbeten.",
        "Herr/Frau {last} bittet um Kontakt per {email}.",
        "{name} ist umgezogen: {addr}.",
        "Tochter {first} hat für {name} angerufen.",
        "Gespräch mit {name} geführt, Unterlagen folgen.",
        "Unterlagen vollständig.",
        "Kein Handlungsbedarf.",
        "Wiedervorlage in 2 Wochen.",
    ],
    "fr": [
        "Rappeler {name} au {phone}.",
        "{name} souhaite être contacté(e) par mail : {email}.",
        "Nouvelle adresse de {first} : {addr}.",
        "Entretien avec {name}, pièces à fournir.",
        "Mme {last} a appelé pour son fils.",
        "Dossier complet.",
        "RAS.",
        "En attente du retour de l'agence.",
    ],
    "es": [
        "Llamar a {name} al {phone}.",
        "{name} pide que le escribamos a {email}.",
        "{first} ha cambiado de domicilio: {addr}.",
        "Hablé con {name}, enviará la documentación.",
        "La hija de {name} llamó por la tarde.",
        "Documentación completa.",
        "Sin incidencias.",
        "Pendiente de respuesta de la oficina.",
    ],
    "it": [
        "Richiamare {name} al {phone}.",
        "{name} chiede di usare {email}.",
        "{first} si è trasferito in {addr}.",
        "Colloquio con {name}, documenti in arrivo.",
        "Ha chiamato la moglie del sig. {last}.",
        "Pratica completa.",
        "Nessuna azione.",
        "In attesa di riscontro dalla sede.",
    ],
    "nl": [
        "{name} terugbellen op {phone}.",
        "{name} wil voortaan mail op {email}.",
        "Nieuw adres {first}: {addr}.",
        "Gesprek met {name} gehad, stukken volgen.",
        "Dochter van mevrouw {last} belde.",
        "Dossier compleet.",
        "Geen actie nodig.",
        "Wacht op reactie van kantoor.",
    ],
    "pt": [
        "Ligar a {name} para o {phone}.",
        "{name} pede contacto por {email}.",
        "{first} mudou-se para {addr}.",
        "Falei com {name}, vai enviar os documentos.",
        "A filha da Sra. {last} ligou.",
        "Processo completo.",
        "Sem ocorrências.",
        "Aguarda resposta da agência.",
    ],
    "pl": [
        "Oddzwonić do {name} pod {phone}.",
        "{name} prosi o kontakt na {email}.",
        "{first} zmienił adres: {addr}.",
        "Rozmowa z {name}, dokumenty w drodze.",
        "Dzwoniła córka pani {last}.",
        "Dokumenty kompletne.",
        "Brak uwag.",
        "Czekamy na odpowiedź oddziału.",
    ],
}
N_NOPII = {"en": 3, "de": 3, "fr": 3, "es": 3, "it": 3, "nl": 3, "pt": 3, "pl": 3}


def note() -> Gen:
    def g(rng, p, i):
        opts = NOTES[p.lang]
        k = N_NOPII[p.lang]
        t = rng.choice(opts[:-k]) if rng.random() < 0.75 else rng.choice(opts[-k:])
        return t.format(
            name=p.full,
            first=p.first,
            last=p.last,
            phone=c.phone(rng, p.lang, p.locale),
            email=p.email(),
            addr=p.address(),
        )

    return g


# ------------------------------------------------------------------------------------------------ tables
def specs() -> list[Table]:
    T = Table
    return [
        T(
            "bank_kyc_de",
            "de",
            ["de_DE"],
            ";",
            [
                C("Kunden-Nr.", custno("K"), "NONE"),
                C("Anrede", gender(3), "GENDER"),
                C("Vorname", first(), "PERSON_NAME"),
                C("Nachname", last(), "PERSON_NAME"),
                C("Geb.-Datum", dob("%d.%m.%Y"), "DATE_OF_BIRTH"),
                C("Geburtsort", city(), "CITY", 0.05),
                C("Staatsangeh.", nationality(), "NATIONALITY"),
                C("Straße/Hausnr.", address(False), "STREET_ADDRESS", 0.02, 0.05),
                C("PLZ", postcode(), "POSTAL_CODE"),
                C("Ort", city(), "CITY"),
                C("Steuer-ID", nid(), "NATIONAL_ID", 0.1),
                C("Reisepass-Nr.", passport(), "PASSPORT", 0.2),
                C("IBAN", iban("DE"), "IBAN"),
                C("Beruf", occupation(), "OCCUPATION", 0.15),
                C("Jahreseinkommen (EUR)", income(18000, 140000), "FINANCIAL", 0.2),
                C("Familienstand", vocab(v.MARITAL), "MARITAL_STATUS", 0.1),
                C("PEP", choice("J", "N", "N", "N", "N"), "NONE"),
                C("Risikoklasse", choice("niedrig", "mittel", "hoch"), None),
                C("Filiale", office_city("Frankfurt am Main", "München", "Hamburg"), "NONE"),
                C("Eröffnet am", a_date("%d.%m.%Y"), "NONE"),
                C("Vorgangs-ID", order9(), "NONE"),
                C("Bemerkung", note(), "FREE_TEXT_WITH_PII", 0.3),
            ],
        ),
        T(
            "crypto_exchange_en",
            "en",
            ["en_US"],
            ",",
            [
                C("user_id", dev_uuid(), "DEVICE_ID"),
                C("username", username(), "USERNAME"),
                C("email", email(), "EMAIL"),
                C("full_name", full_name("mixed"), "PERSON_NAME"),
                C("dob", dob("%Y-%m-%d"), "DATE_OF_BIRTH", 0.05),
                C("ssn_last_kyc", nid(), "NATIONAL_ID", 0.25),
                C("phone_number", phone(), "PHONE", 0.1),
                C("residential_address", address(True), "STREET_ADDRESS", 0.05),
                C("country", choice("US"), "COUNTRY"),
                C("last_login_ip", ip(0.15), "IP_ADDRESS"),
                C("app_version", version(), "NONE"),
                C("kyc_level", choice("0", "1", "2", "3"), "NONE"),
                C("btc_wallet_balance_usd", price(0, 25000), "FINANCIAL"),
                C("tx_hash", sha256(), "NONE"),
                C("last_trade_at", ts("%Y-%m-%dT%H:%M:%SZ"), "NONE"),
                C("referral_code", sku("REF"), "NONE"),
                C("is_2fa", choice("true", "false"), "NONE"),
                C("annual_income_band", choice("<25k", "25k-50k", "50k-100k", "100k-250k", ">250k"), "FINANCIAL", 0.2),
            ],
        ),
        T(
            "parking_fines_fr",
            "fr",
            ["fr_FR"],
            ";",
            [
                C("N° avis", ticket("PV"), "NONE"),
                C("Date infraction", ts("%d/%m/%Y %H:%M"), "NONE"),
                C("Immatriculation", plate(), "LICENSE_PLATE"),
                C("Nom du titulaire", full_name("upperlast"), "PERSON_NAME"),
                C("Adresse titulaire", address(True), "STREET_ADDRESS", 0.03),
                C("Code postal", postcode(), "POSTAL_CODE"),
                C("Montant (€)", choice("35,00", "17,00", "135,00", "68,00"), "NONE"),
                C("Code infraction", choice("11111", "22302", "21017", "22319"), "NONE"),
                C("Lieu", choice("Rue de Rivoli", "Place Bellecour", "Cours Mirabeau", "Quai de la Fosse"), "NONE"),
                C("Agent", choice("AG-0412", "AG-1177", "AG-0988", "AG-2043"), "NONE"),
                C("Statut", choice("PAYÉ", "MAJORÉ", "EN ATTENTE", "CONTESTÉ"), "NONE"),
                C("Permis n°", dl(), "DRIVER_LICENSE", 0.4),
                C("Date naissance titulaire", dob("%d/%m/%Y"), "DATE_OF_BIRTH", 0.2),
                C("Code produit", plate_sku(), "NONE"),
                C("Tél. contact", phone(), "PHONE", 0.3),
            ],
        ),
        T(
            "police_incident_nl",
            "nl",
            ["nl_NL"],
            ";",
            [
                C("registratienummer", ticket("PL0900-2025"), "NONE"),
                C("pleegdatum", a_date("%d-%m-%Y"), "NONE"),
                C("aangever_naam", full_name("mixed"), "PERSON_NAME"),
                C("aangever_geboortedatum", dob("%d-%m-%Y"), "DATE_OF_BIRTH"),
                C("geslacht", gender(0), "GENDER"),
                C("bsn", nid(), "NATIONAL_ID", 0.1),
                C("woonadres", address(True), "STREET_ADDRESS"),
                C("telefoon", phone(), "PHONE", 0.1),
                C("nationaliteit", nationality(), "NATIONALITY", 0.05),
                C("wijk", choice("Centrum", "Noord", "Oost", "Zuid", "West"), None),
                C("delictcode", choice("F100", "F120", "B410", "E200"), "NONE"),
                C("kenteken_verdachte_auto", plate(), "LICENSE_PLATE", 0.6),
                C("verklaring", note(), "FREE_TEXT_WITH_PII", 0.1),
                C("bureau", office_city("Amsterdam", "Rotterdam"), "NONE"),
                C("status", choice("open", "gesloten", "in behandeling"), "NONE"),
                C("etniciteit", vocab(v.ETHNICITY), "ETHNICITY", 0.4),
            ],
        ),
        T(
            "social_services_it",
            "it",
            ["it_IT"],
            ";",
            [
                C("ID_PRATICA", order9(), "NONE"),
                C("COGNOME", last(), "PERSON_NAME"),
                C("NOME", first(), "PERSON_NAME"),
                C("COD_FISCALE", nid(), "NATIONAL_ID"),
                C("DATA_NASCITA", dob("%d/%m/%Y"), "DATE_OF_BIRTH"),
                C("COMUNE_NASCITA", city(), "CITY"),
                C("INDIRIZZO", address(False), "STREET_ADDRESS"),
                C("CAP", postcode(), "POSTAL_CODE"),
                C("CITTADINANZA", nationality(), "NATIONALITY"),
                C("STATO_CIVILE", vocab(v.MARITAL), "MARITAL_STATUS"),
                C("nucleo_familiare", qty(1, 7), None),
                C("ISEE", income(2000, 40000, True), "FINANCIAL", 0.1),
                C("INVALIDITA_PERC", choice("0", "0", "0", "33", "46", "67", "74", "100"), "HEALTH"),
                C("TITOLO_STUDIO", vocab(v.EDUCATION), "EDUCATION", 0.2),
                C("ASSISTENTE_SOCIALE", choice("Dott.ssa Neri", "Dott. Galli", "Dott.ssa Fontana"), "PERSON_NAME"),
                C("DATA_APERTURA", a_date("%Y-%m-%d"), "NONE"),
                C("TEL", phone(), "PHONE", 0.2),
                C("NOTE", note(), "FREE_TEXT_WITH_PII", 0.35),
            ],
        ),
        T(
            "vet_clinic_es",
            "es",
            ["es_ES"],
            ";",
            [
                C("id_mascota", seq("M"), "NONE"),
                C("nombre_mascota", choice("Luna", "Toby", "Coco", "Rocky", "Nala", "Kira", "Simba", "Lola"), "NONE"),
                C("especie", choice("perro", "gato", "conejo", "hurón"), "NONE"),
                C("raza", choice("Labrador", "Mestizo", "Siamés", "Bulldog francés", "Común europeo"), "NONE"),
                C("microchip", lambda rng, p, i: "941000" + c.digits(rng, 9), "NONE"),
                C("propietario", full_name("mixed"), "PERSON_NAME"),
                C("DNI propietario", nid(), "NATIONAL_ID", 0.1),
                C("telefono", phone(), "PHONE"),
                C("correo", email(), "EMAIL", 0.2),
                C("direccion", address(True), "STREET_ADDRESS", 0.1),
                C("ult_visita", a_date("%d/%m/%Y"), "NONE"),
                C("diagnostico_mascota", choice("otitis", "dermatitis", "vacunación anual", "gastroenteritis"), "NONE"),
                C("importe", price(25, 450), "NONE"),
                C("F12", choice("S", "N"), "NONE"),
                C("col_7", lambda rng, p, i: c.iban(rng, "ES", False), "IBAN", 0.3),
                C("reseña", review(), "NONE", 0.5),
            ],
        ),
        T(
            "dental_pl",
            "pl",
            ["pl_PL"],
            ";",
            [
                C("Nr karty", custno("KP/", 6), "NONE"),
                C("Imię i nazwisko", full_name("mixed"), "PERSON_NAME"),
                C("PESEL", nid(), "NATIONAL_ID", 0.05),
                C("Data ur.", dob("%d.%m.%Y"), "DATE_OF_BIRTH", 0.05),
                C("Płeć", gender(0), "GENDER"),
                C("Adres", address(True), "STREET_ADDRESS"),
                C("Tel.", phone(), "PHONE"),
                C("E-mail", email(), "EMAIL", 0.3),
                C("Choroby przewlekłe", diag(), "HEALTH", 0.5),
                C("Leki", choice(*v.MEDICATION), "HEALTH", 0.4),
                C("Ubezpieczenie NFZ", choice("T", "N"), "NONE"),
                C("Zabieg", choice("przegląd", "wypełnienie", "ekstrakcja", "skaling", "leczenie kanałowe"), "NONE"),
                C("Cena zł", price(80, 1600), "NONE"),
                C("Data wizyty", ts("%Y-%m-%d %H:%M"), "NONE"),
                C("Gabinet", office_city("Kraków", "Wieliczka"), "NONE"),
                C("Nr faktury", invoice("FV/"), "NONE"),
            ],
        ),
        T(
            "real_estate_leads_pt",
            "pt",
            ["pt_PT"],
            ";",
            [
                C("lead_id", uuid(), "NONE"),
                C("Nome", full_name("full"), "PERSON_NAME"),
                C("Telemóvel", phone(), "PHONE"),
                C("Email", email(), "EMAIL", 0.1),
                C("NIF", nid(), "NATIONAL_ID", 0.3),
                C("Morada atual", address(True), "STREET_ADDRESS", 0.3),
                C("Cód. Postal", postcode(), "POSTAL_CODE", 0.1),
                C("Concelho", city(), "CITY", 0.1),
                C("Imóvel ref.", sku("IMO"), "NONE"),
                C("Tipologia", choice("T0", "T1", "T2", "T3", "T4", "V3"), "NONE"),
                C("Preço pedido", price(90000, 950000), "NONE"),
                C("Orçamento máx.", income(80000, 700000), None, 0.2),
                C("Rendimento mensal", income(700, 6000), "FINANCIAL", 0.4),
                C("Estado civil", vocab(v.MARITAL), "MARITAL_STATUS", 0.3),
                C("Agência", office_city("Lisboa", "Porto", "Cascais"), "NONE"),
                C("Agência lat", fixed_coord(38.7223, 41.1579, 38.6979), "NONE"),
                C("Criado em", ts("%d-%m-%Y %H:%M"), "NONE"),
                C("Origem", choice("Idealista", "Imovirtual", "Site", "Montra"), "NONE"),
            ],
        ),
        T(
            "travel_bookings_mixed",
            "mixed",
            ["de_DE", "fr_FR", "it_IT", "en_GB"],
            ",",
            [
                C(
                    "BookingRef",
                    lambda rng, p, i: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                    "NONE",
                ),
                C("bookingUuid", uuid(), "NONE"),
                C("leadPaxFirstName", first(), "PERSON_NAME"),
                C("leadPaxLastName", last(), "PERSON_NAME"),
                C("paxDob", dob("%Y-%m-%d"), "DATE_OF_BIRTH"),
                C("passportNo", passport(), "PASSPORT", 0.3),
                C("paxNationality", choice("DE", "FR", "IT", "GB", "ES", "NL"), "NATIONALITY"),
                C("contactEmail", email(), "EMAIL"),
                C("contactPhone", phone(), "PHONE", 0.1),
                C("cardNumber", card(), "CREDIT_CARD", 0.2),
                C("cardMasked", masked(), "NONE"),
                C(
                    "destination",
                    choice("Palma de Mallorca", "Antalya", "Hurghada", "Kreta", "Teneriffa", "Rhodos"),
                    "NONE",
                ),
                C("checkIn", a_date("%Y-%m-%d", date(2025, 1, 1), 365), "NONE"),
                C("nights", qty(3, 21), "NONE"),
                C("totalPrice", lambda rng, p, i: f"{rng.uniform(300, 6000):.2f}", "NONE"),
                C(
                    "specialRequests",
                    choice("", "Vegetarian meal", "Wheelchair assistance", "Gluten-free", "Sea view", "Baby cot"),
                    None,
                ),
                C("agentOffice", office_city("Köln", "Lyon", "Milano", "Manchester"), "NONE"),
            ],
        ),
        T(
            "elearning_br",
            "pt",
            ["pt_BR"],
            ",",
            [
                C("id_usuario", dev_uuid(), "DEVICE_ID"),
                C("login", username(), "USERNAME"),
                C("nome_completo", full_name("mixed"), "PERSON_NAME"),
                C("email", email(), "EMAIL"),
                C("cpf", nid(), "NATIONAL_ID", 0.1),
                C("data_nasc", dob("%d/%m/%Y"), "DATE_OF_BIRTH", 0.1),
                C("cidade", city(), "CITY", 0.1),
                C("escolaridade", vocab(v.EDUCATION), "EDUCATION", 0.2),
                C("curso_id", sku("CRS"), "NONE"),
                C("progresso_pct", numeric(0, 100, 1), "NONE"),
                C("nota_final", numeric(0, 10, 1), "NONE"),
                C("ultimo_acesso", ts("%Y-%m-%d %H:%M:%S"), "NONE"),
                C("ip_ultimo_acesso", ip(0.05), "IP_ADDRESS"),
                C("perfil_publico", profile_url(), "URL", 0.5),
                C("avaliacao_curso", review(), "NONE", 0.6),
                C("versao_app", version(), "NONE"),
                C("hash_certificado", md5(), "NONE", 0.4),
            ],
        ),
        T(
            "newsletter_en",
            "en",
            ["en_GB"],
            ",",
            [
                C("SubscriberID", custno("", 8), "NONE"),
                C("EMAIL_ADDRESS", email(), "EMAIL"),
                C("FNAME", first(), "PERSON_NAME", 0.2),
                C("LNAME", last(), "PERSON_NAME", 0.3),
                C("POSTCODE", postcode(), "POSTAL_CODE", 0.3),
                C("OPTIN_TIME", ts("%Y-%m-%d %H:%M:%S"), "NONE"),
                C("OPTIN_IP", ip(0.1), "IP_ADDRESS"),
                C("CONFIRM_IP", ip(0.1), "IP_ADDRESS", 0.2),
                C("MEMBER_RATING", choice("1", "2", "3", "4", "5"), "NONE"),
                C("LATITUDE", lat(), "GEO_COORDINATE", 0.3),
                C("LONGITUDE", lon(), "GEO_COORDINATE", 0.3),
                C("GMTOFF", choice("0", "1"), "NONE"),
                C("CC", choice("GB"), "COUNTRY"),
                C("LEID", order9(), "NONE"),
                C("EUID", lambda rng, p, i: f"{rng.getrandbits(40):010x}", "NONE"),
                C("NOTES", review(), "NONE", 0.7),
            ],
        ),
        T(
            "clinical_crf_fr",
            "fr",
            ["fr_FR"],
            ";",
            [
                C("SUBJID", lambda rng, p, i: f"{rng.choice(['01', '02', '07'])}-{i + 1:04d}", "NONE"),
                C("SITEID", choice("FR01", "FR02", "FR07"), "NONE"),
                C("INITIALES", lambda rng, p, i: f"{p.first[0]}{p.last[0]}".upper(), None),
                C("DDN", dob("%d/%m/%Y"), "DATE_OF_BIRTH"),
                C("AGE", age(), "AGE"),
                C("SEXE", gender(2), "GENDER"),
                C("POIDS_KG", numeric(45, 130, 1), "NONE"),
                C("IMC", numeric(17, 41, 1), "HEALTH"),
                C("ATCD", diag(0.4), "HEALTH", 0.2),
                C("TRT_CONCOMIT", choice(*v.MEDICATION), "HEALTH", 0.3),
                C("TABAC", choice("0", "1", "2"), "HEALTH"),
                C("BRAS", choice("A", "B", "Placebo"), None),
                C("DATE_VISITE", a_date("%d/%m/%Y", date(2024, 1, 1), 400), "NONE"),
                C("N_LOT", sku("LOT"), "NONE"),
                C("EI_GRAVE", choice("O", "N", "N", "N"), "NONE"),
                C("NIR", nid(), "NATIONAL_ID", 0.6),
                C("MEDECIN_INV", choice("Dr Lefèvre", "Pr Garnier", "Dr Rousseau"), "PERSON_NAME"),
            ],
        ),
        T(
            "blood_donors_it",
            "it",
            ["it_IT"],
            "|",
            [
                C("cod_donatore", custno("D", 6), "NONE"),
                C("cognome_nome", full_name("upperlast"), "PERSON_NAME"),
                C("cf", nid(), "NATIONAL_ID"),
                C("nato_il", dob("%d/%m/%Y", "%Y-%m-%d"), "DATE_OF_BIRTH"),
                C("sesso", gender(0), "GENDER"),
                C("gruppo_sang", choice(*v.BLOOD_GROUP), "HEALTH"),
                C("emoglobina", numeric(11.5, 17.5, 1), "HEALTH"),
                C("idoneo", choice("S", "N", "S", "S"), "HEALTH"),
                C("cellulare", phone(), "PHONE", 0.05),
                C("mail", email(), "EMAIL", 0.25),
                C("residenza", address(True), "STREET_ADDRESS"),
                C("ultima_donazione", a_date("%d/%m/%Y"), "NONE"),
                C("n_donazioni", qty(1, 80), "NONE"),
                C("sede_raccolta", office_city("Bologna", "Modena"), "NONE"),
                C("lat_sede", fixed_coord(44.4949, 44.6471), "NONE"),
                C("lon_sede", fixed_coord(11.3426, 10.9252), "NONE"),
                C("sacca_id", lambda rng, p, i: f"IT{c.digits(rng, 13)}", "NONE"),
            ],
        ),
        T(
            "engagement_survey_nl",
            "nl",
            ["nl_NL"],
            ";",
            [
                C("respondent_id", uuid(), "NONE"),
                C("personeelsnr", custno("P", 5), "NONE"),
                C("afdeling", choice("HR", "Finance", "IT", "Logistiek", "Verkoop"), None),
                C("leeftijdscategorie", choice("<25", "25-34", "35-44", "45-54", "55+"), "AGE"),
                C("geslacht", gender(2), "GENDER", 0.1),
                C("dienstjaren", qty(0, 40), "NONE"),
                C("opleidingsniveau", vocab(v.EDUCATION), "EDUCATION", 0.15),
                C("Q1", qty(1, 5), "NONE"),
                C("Q2", qty(1, 5), "NONE"),
                C("Q3", qty(1, 5), "NONE"),
                C("eNPS", qty(0, 10), "NONE"),
                C("open_antwoord", review(), "NONE", 0.5),
                C("salarisschaal", choice("schaal 6", "schaal 8", "schaal 10", "schaal 12"), "FINANCIAL"),
                C("vakbondslid", choice("J", "N", "N"), "TRADE_UNION", 0.2),
                C("chronische_aandoening", choice("ja", "nee", "nee", "nee", "zeg ik liever niet"), "HEALTH"),
                C("ingevuld_op", ts("%d-%m-%Y %H:%M"), "NONE"),
                C("vestiging", office_city("Utrecht", "Eindhoven"), "NONE"),
            ],
        ),
        T(
            "expense_reports_de",
            "de",
            ["de_DE"],
            ";",
            [
                C("Beleg-Nr", invoice("RE-"), "NONE"),
                C("MA-Nr", custno("", 6), "NONE"),
                C("Mitarbeiter", full_name("lastfirst"), "PERSON_NAME"),
                C("Kostenstelle", choice("4711", "4100", "5200", "6300"), "NONE"),
                C("Datum", a_date("%d.%m.%Y", date(2024, 1, 1), 500), "NONE"),
                C("Betrag", price(4, 1800), "NONE"),
                C("Währung", choice("EUR", "EUR", "EUR", "CHF", "USD"), "NONE"),
                C("Kategorie", choice("Hotel", "Bahn", "Bewirtung", "Taxi", "Flug", "Kilometergeld"), "NONE"),
                C("Begründung", note(), "FREE_TEXT_WITH_PII", 0.2),
                C("Kreditkarte", card(), "CREDIT_CARD", 0.5),
                C("Karten-Ref", nonluhn(), "NONE"),
                C("Erstattungs-IBAN", iban("DE"), "IBAN", 0.1),
                C("Lieferant", company(), "NONE"),
                C("Genehmigt", choice("J", "N"), "NONE"),
                C("Beleg-Hash", sha256(), "NONE"),
                C("Standort", office_city("Stuttgart", "Berlin"), "NONE"),
            ],
        ),
        T(
            "visitor_log_es",
            "es",
            ["es_ES"],
            ";",
            [
                C("Nº", seq(), "NONE"),
                C("Fecha/hora entrada", ts("%d/%m/%Y %H:%M"), "NONE"),
                C("Nombre y apellidos", full_name("mixed"), "PERSON_NAME"),
                C("DNI/NIE", nid(), "NATIONAL_ID", 0.05),
                C("Empresa", company(), "NONE", 0.2),
                C("Visita a", choice("Dña. Ruiz", "D. Moreno", "Recepción", "Dña. Navarro"), None),
                C("Matrícula", plate(), "LICENSE_PLATE", 0.5),
                C("Tarjeta visitante", ticket("V-"), "NONE"),
                C("Teléfono", phone(), "PHONE", 0.2),
                C("Observaciones", note(), "FREE_TEXT_WITH_PII", 0.6),
                C("Planta", choice("0", "1", "2", "3"), "NONE"),
                C("Sede", office_city("Madrid", "Barcelona"), "NONE"),
                C("Firma hash", md5(), "NONE"),
            ],
        ),
        T(
            "fleet_telematics_pl",
            "pl",
            ["pl_PL"],
            ",",
            [
                C("vehicle_id", sku("VH"), "NONE"),
                C("nr_rej", plate(), "LICENSE_PLATE"),
                C("kierowca", full_name("mixed"), "PERSON_NAME"),
                C("nr_prawa_jazdy", dl(), "DRIVER_LICENSE"),
                C("tel_kierowcy", phone(), "PHONE", 0.1),
                C("imei_trackera", imei(), "DEVICE_ID"),
                C("timestamp_utc", ts("%Y-%m-%dT%H:%M:%S.000Z"), "NONE"),
                C("pozycja_gps", latlon(), None),
                C("predkosc_kmh", numeric(0, 140, 0), "NONE"),
                C("przebieg_km", numeric(1000, 400000, 0), "NONE"),
                C("adres_zamieszkania_kierowcy", address(True), "STREET_ADDRESS", 0.2),
                C("lat_dom", lat(), "GEO_COORDINATE", 0.2),
                C("lon_dom", lon(), "GEO_COORDINATE", 0.2),
                C("baza_lat", fixed_coord(52.2297, 50.0647), "NONE"),
                C("baza_lon", fixed_coord(21.0122, 19.945), "NONE"),
                C("firmware", version(), "NONE"),
                C("mac_modemu", mac(), "MAC_ADDRESS"),
            ],
        ),
        T(
            "adtech_bids_mixed",
            "mixed",
            ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT", "pl_PL"],
            "\t",
            [
                C("bid_id", uuid(), "NONE"),
                C("auction_ts", ts("%Y-%m-%d %H:%M:%S.%f"), "NONE"),
                C("ifa", dev_uuid(), "DEVICE_ID", 0.1),
                C("device_ip", ip(0.3), "IP_ADDRESS"),
                C("user_agent_hash", md5(), "NONE"),
                C("sdk_ver", version(), "NONE"),
                C("geo_lat", lat(), "GEO_COORDINATE", 0.3),
                C("geo_lon", lon(), "GEO_COORDINATE", 0.3),
                C("geo_zip", postcode(), "POSTAL_CODE", 0.3),
                C("country", lambda rng, p, i: p.locale[-2:], "COUNTRY"),
                C("yob", birth_year(), "DATE_OF_BIRTH", 0.5),
                C("gender", choice("M", "F", "O", "U"), "GENDER"),
                C("bid_price_cpm", lambda rng, p, i: f"{rng.uniform(0.05, 9):.4f}", "NONE"),
                C("creative_id", sku("CR"), "NONE"),
                C("seat", choice("dsp-12", "dsp-7", "dsp-33"), "NONE"),
                C("won", choice("0", "1"), "NONE"),
                C(
                    "segment_ids",
                    lambda rng, p, i: ",".join(str(rng.randint(100, 999)) for _ in range(rng.randint(1, 4))),
                    "NONE",
                ),
            ],
        ),
        T(
            "census_es",
            "es",
            ["es_ES"],
            ";",
            [
                C("IDHOGAR", order9(), "NONE"),
                C("NORDEN", qty(1, 6), "NONE"),
                C("SEXO", choice("1", "6"), "GENDER"),
                C("EDAD", age(), "AGE"),
                C("ANO_NAC", birth_year(), "DATE_OF_BIRTH"),
                C("NACIONALIDAD", nationality(), "NATIONALITY"),
                C("CPRO", lambda rng, p, i: f"{rng.randint(1, 52):02d}", None),
                C("MUNI_RESID", city(), "CITY"),
                C("ECIVIL", choice("1", "2", "3", "4"), "MARITAL_STATUS"),
                C("ESTUDIOS", vocab(v.EDUCATION), "EDUCATION"),
                C("OCUPACION", occupation(), "OCCUPATION", 0.3),
                C("TAM_HOGAR", qty(1, 8), None),
                C("FACTOR", numeric(100, 900, 4), "NONE"),
                C("INGRESOS_HOGAR", income(8000, 90000), "FINANCIAL", 0.15),
                C("RELIGION", vocab(v.RELIGION), "RELIGION", 0.25),
                C("DISCAPACIDAD", choice("S", "N", "N", "N", "N"), "HEALTH"),
            ],
        ),
        T(
            "tax_returns_it",
            "it",
            ["it_IT"],
            ";",
            [
                C("Protocollo", ticket("240"), "NONE"),
                C("Codice Fiscale", nid(), "NATIONAL_ID"),
                C("Cognome", last(), "PERSON_NAME"),
                C("Nome", first(), "PERSON_NAME"),
                C("Data di nascita", dob("%d/%m/%Y"), "DATE_OF_BIRTH"),
                C("Sesso", gender(0), "GENDER"),
                C("Comune di residenza", city(), "CITY"),
                C("cod_comune", lambda rng, p, i: f"{rng.choice('ABCDEFGHL')}{rng.randint(100, 999)}", None),
                C("Reddito complessivo", income(8000, 150000, True), "FINANCIAL"),
                C("Imposta netta", price(0, 40000), "FINANCIAL"),
                C("Rimborso IBAN", iban("IT"), "IBAN", 0.2),
                C("Data presentazione", a_date("%d/%m/%Y", date(2024, 4, 1), 200), "NONE"),
                C("Intermediario", company(), "NONE"),
                C("Modello", choice("730", "Redditi PF"), "NONE"),
                C("Otto per mille", choice("Stato", "Chiesa cattolica", "Valdese", "UCEI", "non espressa"), None),
                C("Ricevuta hash", sha256(), "NONE"),
            ],
        ),
        T(
            "pension_fund_nl",
            "nl",
            ["nl_NL"],
            ";",
            [
                C("deelnemersnummer", custno("", 9), "NONE"),
                C("BSN", nid(), "NATIONAL_ID"),
                C("voorletters", lambda rng, p, i: ".".join(p.first[0]) + ".", None),
                C("tussenvoegsel_achternaam", last(), "PERSON_NAME"),
                C("geb_datum", dob("%Y%m%d", "%d-%m-%Y"), "DATE_OF_BIRTH"),
                C("burgerlijke_staat", vocab(v.MARITAL), "MARITAL_STATUS"),
                C("partner_naam", full_name("full"), "PERSON_NAME", 0.4),
                C("pensioengevend_salaris", income(20000, 120000, True), "FINANCIAL"),
                C("opgebouwd_pensioen", price(1000, 60000), "FINANCIAL"),
                C("iban", iban("NL"), "IBAN", 0.05),
                C("werkgever", company(), "NONE"),
                C("in_dienst", a_date("%d-%m-%Y", date(1990, 1, 1), 12000), "NONE"),
                C("adres", address(True), "STREET_ADDRESS"),
                C("email_adres", email(), "EMAIL", 0.4),
                C("regeling", choice("MP2020", "BP", "VPL"), "NONE"),
                C("fonds_lat", fixed_coord(52.0907, 51.4416), "NONE"),
            ],
        ),
        T(
            "union_members_fr",
            "fr",
            ["fr_FR"],
            ",",
            [
                C("matricule", custno("SYN", 6), "NONE"),
                C("civilite", choice("M.", "Mme"), "GENDER"),
                C("nom", last(), "PERSON_NAME"),
                C("prenom", first(), "PERSON_NAME"),
                C("syndicat", vocab(v.UNION), "TRADE_UNION"),
                C("section", choice("Métallurgie", "Santé", "Éducation", "Transport"), "NONE"),
                C("employeur", company(), "NONE"),
                C("profession", occupation(), "OCCUPATION"),
                C("cotisation_mensuelle", price(8, 35), "NONE"),
                C("adresse", address(True), "STREET_ADDRESS"),
                C("portable", phone(), "PHONE"),
                C("courriel", email(), "EMAIL", 0.3),
                C("date_adhesion", a_date("%d/%m/%Y", date(1995, 1, 1), 11000), "NONE"),
                C("rib_iban", iban("FR"), "IBAN", 0.3),
                C("delegue", choice("oui", "non", "non", "non"), "NONE"),
            ],
        ),
        T(
            "party_members_de",
            "de",
            ["de_DE"],
            ",",
            [
                C("MITGL_NR", custno("", 8), "NONE"),
                C("NAME", last(), "PERSON_NAME"),
                C("VORNAME", first(), "PERSON_NAME"),
                C("GEBDAT", dob("%Y%m%d", "%d.%m.%Y"), "DATE_OF_BIRTH"),
                C("PARTEI", vocab(v.PARTY), "POLITICAL_OPINION"),
                C("KV", choice("KV Mitte", "KV Nord", "KV Süd"), "NONE"),
                C("STRASSE", address(False), "STREET_ADDRESS"),
                C("PLZ", postcode(), "POSTAL_CODE"),
                C("ORT", city(), "CITY"),
                C("TEL_PRIV", phone(), "PHONE", 0.3),
                C("EMAIL", email(), "EMAIL", 0.2),
                C("BEITRAG", price(5, 60), "NONE"),
                C("EINTRITT", a_date("%d.%m.%Y", date(1990, 1, 1), 12000), "NONE"),
                C("BANKVERB", iban("DE"), "IBAN", 0.1),
                C("F12", choice("A", "B", "C"), "NONE"),
                C("RELIGION", vocab(v.RELIGION), "RELIGION", 0.5),
            ],
        ),
        T(
            "church_register_pl",
            "pl",
            ["pl_PL"],
            ";",
            [
                C("lp", seq(), "NONE"),
                C("nazwisko", last(), "PERSON_NAME"),
                C("imie", first(), "PERSON_NAME"),
                C("data_urodzenia", dob("%d.%m.%Y", "%Y-%m-%d"), "DATE_OF_BIRTH"),
                C("miejsce_urodzenia", city(), "CITY"),
                C("wyznanie", vocab(v.RELIGION), "RELIGION"),
                C(
                    "data_chrztu",
                    lambda rng, p, i: (p.dob + timedelta(days=rng.randint(20, 700))).strftime("%d.%m.%Y"),
                    "NONE",
                ),
                C("parafia", choice("pw. św. Anny", "pw. NMP", "pw. św. Józefa"), "NONE"),
                C("stan_cywilny", vocab(v.MARITAL), "MARITAL_STATUS"),
                C("adres", address(True), "STREET_ADDRESS"),
                C("telefon", phone(), "PHONE", 0.4),
                C("PESEL", nid(), "NATIONAL_ID", 0.3),
                C("ofiara_zl", price(10, 500), "NONE"),
                C("uwagi", note(), "FREE_TEXT_WITH_PII", 0.6),
            ],
        ),
        T(
            "sports_federation_en",
            "en",
            ["en_GB", "en_US"],
            ",",
            [
                C("AthleteID", custno("ATH", 6), "NONE"),
                C("Athlete Name", full_name("mixed"), "PERSON_NAME"),
                C("DOB", dob("%d/%m/%Y"), "DATE_OF_BIRTH"),
                C("Sex", gender(0), "GENDER"),
                C("Club", company(), "NONE"),
                C("Discipline", choice("100m", "Marathon", "Long jump", "Javelin", "400m hurdles"), "NONE"),
                C("Personal Best", lambda rng, p, i: f"{rng.uniform(9.8, 60):.2f}", "NONE"),
                C("Nationality", nationality(), "NATIONALITY"),
                C("Anti-doping TUE", choice("Salbutamol", "Insulin glargine", "none", "none", "none"), "HEALTH"),
                C("Home Address", address(True), "STREET_ADDRESS", 0.2),
                C("Mobile", phone(), "PHONE", 0.1),
                C("E-mail", email(), "EMAIL", 0.1),
                C("Passport No.", passport(), "PASSPORT", 0.3),
                C("Instagram", profile_url(), "URL", 0.5),
                C("Licence Expiry", a_date("%d/%m/%Y", date(2025, 1, 1), 700), "NONE"),
                C("Event Ticket", ticket("TKT"), "NONE"),
                C("Venue Lat", fixed_coord(51.5386, 53.4831), "NONE"),
            ],
        ),
    ]


def build(t: Table) -> Table:
    rng = random.Random(c.stable_seed("table", t.name))
    data: dict[str, list[Any]] = {col.header: [] for col in t.cols}
    for i in range(t.rows):
        p = c.Person(
            rng, t.locales[i % len(t.locales)] if len(t.locales) > 1 and t.lang == "mixed" else rng.choice(t.locales)
        )
        for col in t.cols:
            val = col.gen(rng, p, i)
            if col.null and rng.random() < col.null:
                val = None
            elif col.pad and isinstance(val, str) and rng.random() < col.pad:
                val = " " + val + "  "
            data[col.header].append(val)
    t.data = data
    return t


def all_tables() -> list[Table]:
    return [build(t) for t in specs()]


def fingerprint(rows: int = 30) -> str:
    """A digest of every table (first ``rows`` rows) and every text snippet; used by the determinism test."""
    from .texts import all_texts

    h = hashlib.sha256()
    for t in specs():
        t.rows = rows
        build(t)
        for col in t.cols:
            h.update(repr((t.name, col.header, col.gold, t.data[col.header])).encode())
    for s in all_texts():
        h.update(repr((s.lang, s.template, s.text, s.spans)).encode())
    return h.hexdigest()
