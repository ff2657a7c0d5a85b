"""Blind set 6: independent, deterministic table generator for column-level PII evaluation.

Each table: dict(name, lang, columns=[(header, gold_entity, values)]), 1,000 rows.
Gold entity follows /work/shared/spec/entities.md (what the column is ABOUT).

Ambiguous columns deliberately left out (not generated):
- loyalty-card number (surrogate key vs. identifier), masked card "**** 1234"
- fitness step counts, calories, resting heart rate, sleep score, GPS run-start coordinates
- session ids (UUID, not persistent), vehicle VIN, waste-collection district
- claims-handler initials (employee initials: PERSON_NAME or not?)
- care-indication level codes, prescription-required flags, student's faculty/field of study
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid
import zlib

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif as pt_nif

N = 1000
SEED = 6606

LOCALES = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
    "pl": "pl_PL",
}


def _seed(*parts: object) -> int:
    return zlib.crc32("|".join(map(str, parts)).encode()) ^ SEED


class Ctx:
    def __init__(self, table: str, header: str, lang: str):
        s = _seed(table, header)
        self.r = random.Random(s)
        self.f = Faker(LOCALES[lang])
        self.f.seed_instance(s)
        self.lang = lang


def mess(values, r, null=0.0, pad=0.0):
    out = []
    for v in values:
        if v is not None and r.random() < null:
            v = None
        elif v is not None and r.random() < pad:
            v = " " + str(v) + "  "
        out.append(v)
    return out


# ---------- value generators (c: Ctx) ----------
def rdate(r, y0, y1):
    return dt.date(y0, 1, 1) + dt.timedelta(days=r.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def fmt_date(r, d, styles):
    s = r.choice(styles)
    return d.strftime(s)


def dob(c, styles=("%Y-%m-%d",), y0=1935, y1=2004):
    return fmt_date(c.r, rdate(c.r, y0, y1), styles)


def ts(c, y=2024):
    d = dt.datetime(y, 1, 1) + dt.timedelta(seconds=c.r.randrange(365 * 86400))
    return d.strftime("%Y-%m-%dT%H:%M:%S")


def nl_bsn(c):
    while True:
        v = str(c.r.randint(1, 9)) + "".join(str(c.r.randint(0, 9)) for _ in range(8))
        if bsn.is_valid(v):
            return v if c.r.random() < 0.8 else f"{v[:4]}.{v[4:6]}.{v[6:]}"


def pt_nif_v(c):
    s = c.r.choice("123") + "".join(str(c.r.randint(0, 9)) for _ in range(7))
    v = s + pt_nif.calc_check_digit(s)
    assert pt_nif.is_valid(v)
    return v if c.r.random() < 0.7 else f"{v[:3]} {v[3:6]} {v[6:]}"


def es_dni(c):
    n = c.r.randint(1000000, 99999999)
    v = f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
    return v if c.r.random() < 0.8 else f"{v[:8]}-{v[8]}"


def fr_nir(c):
    while True:
        v = c.f.ssn()
        if nir.is_valid(v):
            return v if c.r.random() < 0.7 else f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"


def it_cf(c):
    while True:
        v = c.f.ssn()
        if codicefiscale.is_valid(v):
            return v if c.r.random() < 0.9 else v.lower()


def pl_pesel(c):
    while True:
        v = c.f.pesel()
        if pesel.is_valid(v):
            return v


def iban(c, spaced=0.3):
    while True:
        v = c.f.iban()
        if std_iban.is_valid(v):
            break
    if c.r.random() < spaced:
        v = " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def card(c):
    v = c.f.credit_card_number(card_type=c.r.choice(["visa16", "mastercard"]))
    assert luhn.is_valid(v)
    return v if c.r.random() < 0.6 else " ".join(v[i : i + 4] for i in range(0, len(v), 4))


def non_luhn16(c):
    s = str(c.r.randint(1, 9)) + "".join(str(c.r.randint(0, 9)) for _ in range(14))
    chk = (int(luhn.calc_check_digit(s)) + 1 + c.r.randint(0, 8)) % 10
    v = s + str(chk)
    assert not luhn.is_valid(v)
    return v


def imei(c):
    s = "35" + "".join(str(c.r.randint(0, 9)) for _ in range(12))
    return s + luhn.calc_check_digit(s)


def uid(c):
    return str(uuid.UUID(int=c.r.getrandbits(128), version=4))


def sha(c, n=64):
    return hashlib.sha256(str(c.r.random()).encode()).hexdigest()[:n]


def mac(c):
    b = [c.r.randint(0, 255) for _ in range(6)]
    sep = c.r.choice([":", "-"])
    return sep.join(f"{x:02x}" for x in b).upper() if c.r.random() < 0.5 else ":".join(f"{x:02x}" for x in b)


def ipshaped_version(c):
    return f"{c.r.randint(1, 12)}.{c.r.randint(0, 30)}.{c.r.randint(0, 9)}.{c.r.randint(100, 999)}"


def phone(c):
    return c.f.phone_number()


def email(c):
    return c.f.email() if c.r.random() < 0.9 else c.f.email().upper()


def many(c, fn, n=N):
    return [fn(c) for _ in range(n)]


def pick(c, opts, weights=None):
    return [c.r.choices(opts, weights)[0] for _ in range(N)]


def seq(start, step=1, fmt="{}"):
    return [fmt.format(start + i * step) for i in range(N)]


def coords(c, lat, lon, spread=0.6):
    la = [round(lat + c.r.uniform(-spread, spread), 6) for _ in range(N)]
    lo = [round(lon + c.r.uniform(-spread, spread), 6) for _ in range(N)]
    return la, lo


def few_coords(c, pts):
    ch = [c.r.choice(pts) for _ in range(N)]
    return [p[0] for p in ch], [p[1] for p in ch]


def sku(c):
    return f"{c.r.choice('ABCDEFGHKLMNPRST')}{c.r.choice('ABCDEFGHKLMNPRST')}-{c.r.randint(1000, 9999)}-{c.r.choice(['S', 'M', 'L', 'XL', '01', '02'])}"


def price(c, a=1, b=500):
    return round(c.r.uniform(a, b), 2)


ICD10 = [
    "E11.9",
    "I10",
    "J44.1",
    "F32.1",
    "M54.5",
    "G30.9",
    "I50.9",
    "N18.3",
    "C50.9",
    "E66.0",
    "F20.0",
    "K21.9",
    "J45.9",
    "G20",
    "I63.9",
    "M81.0",
]


# ---------- tables ----------
def _build(name, lang, spec):
    cols = []
    for header, ent, fn in spec:
        c = Ctx(name, header, lang)
        vals = fn(c)
        assert len(vals) == N, (name, header)
        cols.append((header, ent, vals))
    return {"name": name, "lang": lang, "columns": cols}


def t_car_claims():
    L = "de"
    wlat, wlon = None, None  # noqa
    spec = [
        ("SCHADEN_NR", "NONE", lambda c: seq(2024000001, 7, "S-{}")),
        ("VN_Name", "PERSON_NAME", lambda c: mess(many(c, lambda c: c.f.name()), c.r, pad=0.05)),
        ("geb_dat", "DATE_OF_BIRTH", lambda c: mess([dob(c, ("%d.%m.%Y",)) for _ in range(N)], c.r, null=0.03)),
        ("Strasse", "STREET_ADDRESS", lambda c: many(c, lambda c: c.f.street_address())),
        ("PLZ", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("Wohnort", "CITY", lambda c: many(c, lambda c: c.f.city())),
        ("Tel_mobil", "PHONE", lambda c: mess(many(c, phone), c.r, null=0.1)),
        ("amtl_Kennz", "LICENSE_PLATE", lambda c: many(c, lambda c: c.f.license_plate())),
        (
            "FS_Nr",
            "DRIVER_LICENSE",
            lambda c: many(
                c,
                lambda c: (
                    c.r.choice("BFJKMN")
                    + "".join(c.r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))
                    + str(c.r.randint(0, 9))
                ),
            ),
        ),
        ("IBAN_Auszahlung", "IBAN", lambda c: mess(many(c, iban), c.r, null=0.05)),
        ("Schadendatum", "NONE", lambda c: [fmt_date(c.r, rdate(c.r, 2023, 2024), ("%d.%m.%Y",)) for _ in range(N)]),
        ("Schadenhoehe_EUR", "NONE", lambda c: [f"{price(c, 150, 25000):.2f}".replace(".", ",") for _ in range(N)]),
        (
            "Werkstatt",
            "NONE",
            lambda c: pick(
                c,
                [Faker("de_DE").company() for _ in range(1)]
                and [
                    "Autohaus Müller GmbH",
                    "KFZ Schmidt & Söhne KG",
                    "Werkstatt Becker OHG",
                    "Karosseriebau Wagner GmbH",
                    "ATU Filiale 112",
                ],
            ),
        ),
        (
            "Fzg_Modell",
            "NONE",
            lambda c: pick(c, ["VW Golf VIII", "BMW 320d", "Opel Corsa F", "Skoda Octavia", "Audi A4", "Ford Focus"]),
        ),
        ("Status", "NONE", lambda c: pick(c, ["O", "R", "G", "A"])),
        ("col_3", "NONE", lambda c: [c.r.randint(0, 3) for _ in range(N)]),
        ("Rechnungsnr", "NONE", lambda c: [f"RE-2024-{c.r.randint(10000, 99999)}" for _ in range(N)]),
    ]
    return _build("car_insurance_claims", L, spec)


def t_crash_reports():
    L = "en"
    spec = [
        ("crashId", "NONE", lambda c: many(c, uid)),
        ("deviceId", "DEVICE_ID", lambda c: many(c, uid)),
        ("imei", "DEVICE_ID", lambda c: mess(many(c, imei), c.r, null=0.3)),
        ("wifiMac", "MAC_ADDRESS", lambda c: many(c, mac)),
        ("appVersion", "NONE", lambda c: many(c, ipshaped_version)),
        ("osVersion", "NONE", lambda c: pick(c, ["Android 13", "Android 14", "iOS 17.4.1", "iOS 16.7", "Android 12"])),
        (
            "clientIp",
            "IP_ADDRESS",
            lambda c: many(c, lambda c: c.f.ipv4_public() if c.r.random() < 0.85 else c.f.ipv6()),
        ),
        ("userEmail", "EMAIL", lambda c: mess(many(c, email), c.r, null=0.4)),
        (
            "userHandle",
            "USERNAME",
            lambda c: many(c, lambda c: c.f.user_name() + (str(c.r.randint(1, 99)) if c.r.random() < 0.4 else "")),
        ),
        ("crashedAt", "NONE", lambda c: many(c, ts)),
        ("stackHash", "NONE", lambda c: many(c, lambda c: sha(c, 40))),
        (
            "exceptionType",
            "NONE",
            lambda c: pick(
                c,
                [
                    "NullPointerException",
                    "OutOfMemoryError",
                    "SIGSEGV",
                    "IllegalStateException",
                    "NSInvalidArgumentException",
                ],
            ),
        ),
        (
            "deviceModel",
            "NONE",
            lambda c: pick(c, ["SM-G991B", "Pixel 7", "iPhone14,2", "iPhone15,3", "M2101K6G", "CPH2305"]),
        ),
        (
            "userCountry",
            "COUNTRY",
            lambda c: many(c, lambda c: c.f.country_code() if c.r.random() < 0.5 else c.f.country()),
        ),
        ("freeMemMb", "NONE", lambda c: [c.r.randint(20, 3000) for _ in range(N)]),
        ("buildNo", "NONE", lambda c: [str(c.r.randint(100000000, 999999999)) for _ in range(N)]),
        ("f12", "NONE", lambda c: pick(c, ["Y", "N"])),
    ]
    return _build("mobile_crash_reports", L, spec)


def t_home_care():
    L = "nl"
    spec = [
        ("bezoek_id", "NONE", lambda c: seq(500000, 3)),
        ("clientnaam", "PERSON_NAME", lambda c: many(c, lambda c: c.f.name())),
        ("BSN", "NATIONAL_ID", lambda c: many(c, nl_bsn)),
        ("geb_datum", "DATE_OF_BIRTH", lambda c: [dob(c, ("%d-%m-%Y",), 1925, 1960) for _ in range(N)]),
        ("adres", "STREET_ADDRESS", lambda c: many(c, lambda c: c.f.street_address())),
        ("postcode", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("woonplaats", "CITY", lambda c: many(c, lambda c: c.f.city())),
        (
            "diagnose",
            "HEALTH",
            lambda c: pick(
                c,
                [
                    "Diabetes mellitus type 2",
                    "COPD",
                    "Dementie",
                    "CVA",
                    "Hartfalen",
                    "Ziekte van Parkinson",
                    "Heupfractuur",
                    "Depressie",
                ],
            ),
        ),
        (
            "medicatie",
            "HEALTH",
            lambda c: pick(
                c,
                [
                    "Metformine 500mg",
                    "Omeprazol 20mg",
                    "Donepezil 10mg",
                    "Levodopa",
                    "Furosemide 40mg",
                    "Insuline",
                    "Paracetamol 1g",
                ],
            ),
        ),
        (
            "zorgverlener",
            "PERSON_NAME",
            lambda c: pick(
                c,
                [Faker("nl_NL").name() for _ in range(1)]
                and [
                    "Sanne de Vries",
                    "Mohamed El Amrani",
                    "Joke Bakker",
                    "Pieter Jansen",
                    "Fatima Yilmaz",
                    "Lotte Visser",
                    "Ruud Smit",
                    "Anouk Meijer",
                    "Kees de Boer",
                    "Eva Mulder",
                ],
            ),
        ),
        ("bezoekdatum", "NONE", lambda c: [fmt_date(c.r, rdate(c.r, 2024, 2024), ("%d-%m-%Y",)) for _ in range(N)]),
        ("duur_min", "NONE", lambda c: pick(c, [15, 30, 45, 60, 90])),
        ("lat_woning", "GEO_COORDINATE", lambda c: coords(c, 52.1, 5.2)[0]),
        ("lon_woning", "GEO_COORDINATE", lambda c: coords(c, 52.1, 5.2)[1]),
        (
            "notitie",
            "FREE_TEXT_WITH_PII",
            lambda c: many(
                c,
                lambda c: c.r.choice(
                    [
                        "Dochter {n} gebeld op {p} i.v.m. medicatie.",
                        "Mevr. {n} was verward, huisarts ingelicht.",
                        "Sleutel bij buurman {n}, tel {p}.",
                        "Contactpersoon {n} ({p}) wil terugbellen.",
                    ]
                ).format(n=c.f.name(), p=c.f.phone_number()),
            ),
        ),
        (
            "opm",
            "NONE",
            lambda c: mess(
                pick(
                    c,
                    [
                        "Geen bijzonderheden",
                        "Verband verwisseld",
                        "Wondzorg uitgevoerd",
                        "Douchen ondersteund",
                        "Steunkousen aangetrokken",
                    ],
                ),
                c.r,
                null=0.2,
            ),
        ),
        ("team", "NONE", lambda c: pick(c, ["Utrecht-Noord", "Utrecht-Zuid", "Zeist", "Nieuwegein"])),
    ]
    return _build("home_care_visits", L, spec)


def t_recruitment():
    L = "fr"
    spec = [
        ("ref_cand", "NONE", lambda c: seq(10001, 1, "CAND{}")),
        ("Nom", "PERSON_NAME", lambda c: many(c, lambda c: c.f.last_name().upper())),
        ("Prénom", "PERSON_NAME", lambda c: many(c, lambda c: c.f.first_name())),
        ("Civ", "GENDER", lambda c: pick(c, ["M.", "Mme", "Mlle"], [5, 5, 1])),
        ("dt_naiss", "DATE_OF_BIRTH", lambda c: [dob(c, ("%d/%m/%Y",), 1960, 2003) for _ in range(N)]),
        ("mail_perso", "EMAIL", lambda c: many(c, email)),
        ("tel_port", "PHONE", lambda c: many(c, phone)),
        ("code_postal", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("poste_actuel", "OCCUPATION", lambda c: many(c, lambda c: c.f.job())),
        (
            "niv_etudes",
            "EDUCATION",
            lambda c: pick(c, ["Bac", "Bac+2 (BTS)", "Licence", "Master", "Doctorat", "CAP/BEP"]),
        ),
        (
            "nationalite",
            "NATIONALITY",
            lambda c: pick(
                c, ["France", "Maroc", "Belgique", "Algérie", "Portugal", "Sénégal", "Tunisie"], [10, 2, 1, 2, 1, 1, 1]
            ),
        ),
        ("sit_fam", "MARITAL_STATUS", lambda c: pick(c, ["C", "M", "D", "V", "P"])),
        ("pretentions_sal", "FINANCIAL", lambda c: [f"{c.r.randrange(24, 95) * 1000} €" for _ in range(N)]),
        (
            "linkedin",
            "URL",
            lambda c: mess(
                many(c, lambda c: f"https://www.linkedin.com/in/{c.f.user_name()}-{c.r.randint(100, 9999)}"),
                c.r,
                null=0.35,
            ),
        ),
        (
            "client_mission",
            "NONE",
            lambda c: pick(
                c,
                [
                    "Dupont Industries SA",
                    "Martin et Fils SARL",
                    "Groupe Lefèvre",
                    "Bernard Logistique SAS",
                    "Petit Conseil",
                ],
            ),
        ),
        ("date_entretien", "NONE", lambda c: [fmt_date(c.r, rdate(c.r, 2024, 2024), ("%d/%m/%Y",)) for _ in range(N)]),
        ("agence", "NONE", lambda c: pick(c, ["Lyon", "Paris 8e", "Lille", "Nantes"])),
        ("statut", "NONE", lambda c: pick(c, ["1", "2", "3", "9"])),
        (
            "compte_rendu",
            "FREE_TEXT_WITH_PII",
            lambda c: many(
                c,
                lambda c: c.r.choice(
                    [
                        "Entretien avec {n} : bon profil, joignable au {p}.",
                        "{n} souhaite un poste à {v}, dispo immédiatement.",
                        "Référence contactée : {n} ({e}).",
                    ]
                ).format(n=c.f.name(), p=c.f.phone_number(), v=c.f.city(), e=c.f.email()),
            ),
        ),
    ]
    return _build("recruitment_candidates", L, spec)


def t_student_housing():
    L = "pl"
    spec = [
        ("ID", "NONE", lambda c: seq(1, 1)),
        ("imie", "PERSON_NAME", lambda c: many(c, lambda c: c.f.first_name())),
        ("nazwisko", "PERSON_NAME", lambda c: many(c, lambda c: c.f.last_name())),
        ("PESEL", "NATIONAL_ID", lambda c: mess(many(c, pl_pesel), c.r, null=0.08)),
        ("data_ur", "DATE_OF_BIRTH", lambda c: [dob(c, ("%Y-%m-%d", "%d.%m.%Y"), 1998, 2006) for _ in range(N)]),
        ("plec", "GENDER", lambda c: pick(c, ["K", "M"])),
        (
            "obywatelstwo",
            "NATIONALITY",
            lambda c: pick(c, ["Polska", "Ukraina", "Białoruś", "Indie", "Niemcy", "Hiszpania"], [20, 5, 2, 2, 1, 1]),
        ),
        ("tel", "PHONE", lambda c: many(c, phone)),
        (
            "email_uczelniany",
            "EMAIL",
            lambda c: many(
                c,
                lambda c: (
                    f"{c.r.randint(200000, 299999)}@student.uw.edu.pl" if c.r.random() < 0.5 else c.f.free_email()
                ),
            ),
        ),
        ("akademik", "NONE", lambda c: pick(c, ["DS Kopciuszek", "DS Babilon", "DS Sezam", "DS Żwirek"])),
        ("nr_pokoju", "NONE", lambda c: [f"{c.r.randint(1, 12)}{c.r.randint(1, 40):02d}" for _ in range(N)]),
        ("czynsz_zl", "NONE", lambda c: pick(c, [650, 720, 800, 950, 1100])),
        ("data_zakw", "NONE", lambda c: [fmt_date(c.r, rdate(c.r, 2023, 2024), ("%Y-%m-%d",)) for _ in range(N)]),
        ("kaucja_T_N", "NONE", lambda c: pick(c, ["T", "N"])),
        ("adres_stały", "STREET_ADDRESS", lambda c: many(c, lambda c: c.f.street_address())),
        ("kod_poczt", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("miejscowosc", "CITY", lambda c: many(c, lambda c: c.f.city())),
        ("niepelnosprawnosc", "HEALTH", lambda c: pick(c, ["brak", "brak", "brak", "lekki", "umiarkowany", "znaczny"])),
        ("kol_7", "NONE", lambda c: [sku(c) for _ in range(N)]),
    ]
    return _build("student_housing", L, spec)


def t_pharmacy_stock():
    L = "it"
    whs = [(45.4642, 9.19), (41.9028, 12.4964), (40.8518, 14.2681)]
    spec = [
        ("COD_AIC", "NONE", lambda c: [f"{c.r.randint(0, 999999999):09d}" for _ in range(N)]),
        (
            "DESCR_FARMACO",
            "NONE",
            lambda c: pick(
                c,
                [
                    "Tachipirina 500mg cpr",
                    "Augmentin 875mg",
                    "Eutirox 50mcg",
                    "Cardioaspirina 100mg",
                    "Lasix 25mg",
                    "Metformina 850mg",
                    "Pantoprazolo 40mg",
                ],
            ),
        ),
        ("ATC", "NONE", lambda c: pick(c, ["N02BE01", "J01CR02", "H03AA01", "B01AC06", "C03CA01", "A10BA02"])),
        ("LOTTO", "NONE", lambda c: [f"L{c.r.randint(10000, 99999)}{c.r.choice('ABCDEF')}" for _ in range(N)]),
        ("SCADENZA", "NONE", lambda c: [fmt_date(c.r, rdate(c.r, 2025, 2027), ("%m/%Y",)) for _ in range(N)]),
        ("QTA", "NONE", lambda c: [c.r.randint(0, 800) for _ in range(N)]),
        ("PREZZO_UNIT", "NONE", lambda c: [f"{price(c, 0.5, 120):.2f}".replace(".", ",") for _ in range(N)]),
        (
            "FORNITORE",
            "NONE",
            lambda c: pick(
                c,
                [
                    "Rossi Farmaceutici S.p.A.",
                    "Bianchi & C. S.r.l.",
                    "Comifar Distribuzione",
                    "Alliance Healthcare Italia",
                ],
            ),
        ),
        ("MAGAZZINO", "NONE", lambda c: pick(c, ["Milano", "Roma", "Napoli"])),
        ("mag_lat", "NONE", lambda c: few_coords(c, whs)[0]),
        ("mag_lon", "NONE", lambda c: few_coords(c, whs)[1]),
        ("EAN", "NONE", lambda c: [f"80{c.r.randint(10**10, 10**11 - 1)}" for _ in range(N)]),
        ("cod_interno16", "NONE", lambda c: many(c, non_luhn16)),
        ("prod_uuid", "NONE", lambda c: many(c, uid)),
        ("checksum", "NONE", lambda c: many(c, sha)),
        ("REPARTO", "NONE", lambda c: pick(c, ["CARD", "ONCO", "PED", "CHIR", "MED"])),
        ("stato", "NONE", lambda c: pick(c, ["A", "S", "R"])),
        ("ts_movim", "NONE", lambda c: many(c, ts)),
        ("col_3", "NONE", lambda c: [sku(c) for _ in range(N)]),
    ]
    return _build("hospital_pharmacy_stock", L, spec)


def t_loyalty():
    L = "es"
    spec = [
        ("id_ticket", "NONE", lambda c: [str(c.r.randint(100000000, 999999999)) for _ in range(N)]),
        ("nombre", "PERSON_NAME", lambda c: many(c, lambda c: c.f.first_name())),
        ("apellidos", "PERSON_NAME", lambda c: many(c, lambda c: f"{c.f.last_name()} {c.f.last_name()}")),
        ("DNI_NIE", "NATIONAL_ID", lambda c: many(c, lambda c: es_dni(c) if c.r.random() < 0.85 else c.f.nie())),
        ("f_nacim", "DATE_OF_BIRTH", lambda c: mess([dob(c, ("%d/%m/%Y",)) for _ in range(N)], c.r, null=0.15)),
        ("sexo", "GENDER", lambda c: pick(c, ["H", "M"])),
        ("cp", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("movil", "PHONE", lambda c: many(c, phone)),
        ("correo", "EMAIL", lambda c: mess(many(c, email), c.r, null=0.2)),
        ("tarjeta_pago", "CREDIT_CARD", lambda c: many(c, card)),
        ("importe", "NONE", lambda c: [price(c, 2, 300) for _ in range(N)]),
        ("puntos", "NONE", lambda c: [c.r.randint(0, 500) for _ in range(N)]),
        ("tienda", "NONE", lambda c: pick(c, ["Madrid Centro", "Valencia", "Sevilla Nervión", "Bilbao"])),
        ("fecha_compra", "NONE", lambda c: many(c, ts)),
        ("n_factura", "NONE", lambda c: [f"F2024/{c.r.randint(1, 99999):05d}" for _ in range(N)]),
        ("articulo_sku", "NONE", lambda c: [sku(c) for _ in range(N)]),
        ("canal", "NONE", lambda c: pick(c, ["1", "2", "3"])),
        ("acepta_pub", "NONE", lambda c: pick(c, ["S", "N"])),
    ]
    return _build("loyalty_transactions", L, spec)


def t_guardians():
    L = "pt"
    spec = [
        (
            "num_processo",
            "NONE",
            lambda c: [f"{c.r.randint(100, 9999)}/{c.r.randint(18, 24)}.{c.r.randint(0, 9)}T8LSB" for _ in range(N)],
        ),
        ("nome_beneficiario", "PERSON_NAME", lambda c: many(c, lambda c: c.f.name())),
        ("NIF_benef", "NATIONAL_ID", lambda c: many(c, pt_nif_v)),
        ("data_nasc", "DATE_OF_BIRTH", lambda c: [dob(c, ("%d-%m-%Y", "%Y-%m-%d"), 1930, 2000) for _ in range(N)]),
        ("morada", "STREET_ADDRESS", lambda c: many(c, lambda c: c.f.street_address())),
        ("cod_postal", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("localidade", "CITY", lambda c: many(c, lambda c: c.f.city())),
        (
            "motivo_incapacidade",
            "HEALTH",
            lambda c: pick(
                c,
                [
                    "Doença de Alzheimer",
                    "Deficiência intelectual",
                    "Esquizofrenia",
                    "AVC com sequelas",
                    "Demência vascular",
                ],
            ),
        ),
        ("acompanhante", "PERSON_NAME", lambda c: many(c, lambda c: c.f.name())),
        ("parentesco", "NONE", lambda c: pick(c, ["Filho(a)", "Cônjuge", "Irmão(ã)", "Sobrinho(a)", "Outro"])),
        ("tlm_acomp", "PHONE", lambda c: many(c, phone)),
        ("email_acomp", "EMAIL", lambda c: mess(many(c, email), c.r, null=0.3)),
        ("IBAN_benef", "IBAN", lambda c: many(c, iban)),
        ("pensao_mensal", "FINANCIAL", lambda c: [round(c.r.uniform(280, 2400), 2) for _ in range(N)]),
        ("estado_civil", "MARITAL_STATUS", lambda c: pick(c, ["Solteiro", "Casado", "Viúvo", "Divorciado"])),
        ("tribunal", "NONE", lambda c: pick(c, ["Lisboa", "Porto", "Coimbra", "Braga"])),
        ("dt_sentenca", "NONE", lambda c: [fmt_date(c.r, rdate(c.r, 2019, 2024), ("%d-%m-%Y",)) for _ in range(N)]),
        ("fase", "NONE", lambda c: pick(c, ["A", "B", "C"])),
    ]
    return _build("court_guardians", L, spec)


def t_fitness():
    L = "en"
    spec = [
        ("export_row", "NONE", lambda c: seq(1)),
        ("user_name", "USERNAME", lambda c: many(c, lambda c: c.f.user_name())),
        (
            "DEVICE_SERIAL",
            "DEVICE_ID",
            lambda c: many(c, lambda c: "FB" + "".join(c.r.choice("0123456789ABCDEF") for _ in range(10))),
        ),
        ("bt_mac", "MAC_ADDRESS", lambda c: many(c, mac)),
        ("firmware", "NONE", lambda c: pick(c, ["1.4.2.110", "1.4.3.17", "2.0.0.301", "2.0.1.5"])),
        ("birth_yr", "DATE_OF_BIRTH", lambda c: [c.r.randint(1950, 2006) for _ in range(N)]),
        ("age", "AGE", lambda c: [c.r.randint(16, 75) for _ in range(N)]),
        ("sex", "GENDER", lambda c: pick(c, ["male", "female", "other", None], [45, 45, 3, 7])),
        ("bmi", "HEALTH", lambda c: [round(c.r.uniform(17, 38), 1) for _ in range(N)]),
        ("smoker_yn", "HEALTH", lambda c: pick(c, ["Y", "N"], [1, 4])),
        ("acct_email", "EMAIL", lambda c: many(c, email)),
        ("activity_date", "NONE", lambda c: [fmt_date(c.r, rdate(c.r, 2024, 2024), ("%Y-%m-%d",)) for _ in range(N)]),
        ("activity_type", "NONE", lambda c: pick(c, ["run", "walk", "cycle", "swim", "yoga"])),
        ("duration_s", "NONE", lambda c: [c.r.randint(300, 7200) for _ in range(N)]),
        ("plan_price", "NONE", lambda c: pick(c, [0, 4.99, 9.99, 79.99])),
        ("sync_hash", "NONE", lambda c: many(c, lambda c: sha(c, 32))),
        ("c7", "NONE", lambda c: pick(c, ["OK", "ERR", "PEND"])),
    ]
    return _build("fitness_tracker_export", L, spec)


def t_waste():
    L = "de"
    spec = [
        ("KDNR", "NONE", lambda c: seq(700001, 1)),
        ("Name, Vorname", "PERSON_NAME", lambda c: many(c, lambda c: f"{c.f.last_name()}, {c.f.first_name()}")),
        ("Anschrift", "STREET_ADDRESS", lambda c: many(c, lambda c: c.f.street_address())),
        ("PLZ", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("Ort", "CITY", lambda c: many(c, lambda c: c.f.city())),
        ("Telefon", "PHONE", lambda c: mess(many(c, phone), c.r, null=0.25)),
        ("E-Mail", "EMAIL", lambda c: mess(many(c, email), c.r, null=0.3)),
        ("Kontoinhaber", "PERSON_NAME", lambda c: many(c, lambda c: c.f.name())),
        ("IBAN", "IBAN", lambda c: many(c, lambda c: iban(c, 0.5))),
        ("Mandatsref", "NONE", lambda c: [f"MREF-{c.r.randint(10**7, 10**8 - 1)}" for _ in range(N)]),
        ("Tonne_L", "NONE", lambda c: pick(c, [60, 80, 120, 240, 1100])),
        ("Abfuhrtag", "NONE", lambda c: pick(c, ["Mo", "Di", "Mi", "Do", "Fr"])),
        ("Gebuehr_jahr", "NONE", lambda c: pick(c, ["96,00", "128,40", "187,20", "312,00"])),
        ("RFID_Chip", "NONE", lambda c: many(c, lambda c: "".join(c.r.choice("0123456789ABCDEF") for _ in range(16)))),
        ("geo_lat", "GEO_COORDINATE", lambda c: coords(c, 51.51, 7.46, 0.08)[0]),
        ("geo_lon", "GEO_COORDINATE", lambda c: coords(c, 51.51, 7.46, 0.08)[1]),
        ("Biotonne J/N", "NONE", lambda c: pick(c, ["J", "N"])),
        ("erstellt_am", "NONE", lambda c: many(c, ts)),
    ]
    return _build("waste_collection_subscribers", L, spec)


def t_online_pharmacy():
    L = "fr"
    spec = [
        ("num_cde", "NONE", lambda c: [str(c.r.randint(100000000, 999999999)) for _ in range(N)]),
        ("client_nom_complet", "PERSON_NAME", lambda c: many(c, lambda c: c.f.name())),
        ("email", "EMAIL", lambda c: many(c, email)),
        ("tel", "PHONE", lambda c: mess(many(c, phone), c.r, null=0.1)),
        ("adr_livraison", "STREET_ADDRESS", lambda c: many(c, lambda c: c.f.street_address())),
        ("cp_livr", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("ville_livr", "CITY", lambda c: many(c, lambda c: c.f.city())),
        ("NIR", "NATIONAL_ID", lambda c: mess(many(c, fr_nir), c.r, null=0.4)),
        ("dt_naissance", "DATE_OF_BIRTH", lambda c: [dob(c, ("%d/%m/%Y", "%Y-%m-%d")) for _ in range(N)]),
        (
            "medicament",
            "HEALTH",
            lambda c: pick(
                c, ["Doliprane 1000mg", "Levothyrox 75µg", "Ventoline", "Kardégic 75mg", "Seresta 10mg", "Méthotrexate"]
            ),
        ),
        ("CB", "CREDIT_CARD", lambda c: many(c, card)),
        ("ip_client", "IP_ADDRESS", lambda c: many(c, lambda c: c.f.ipv4_public())),
        ("total_ttc", "NONE", lambda c: [f"{price(c, 5, 250):.2f}".replace(".", ",") for _ in range(N)]),
        ("date_cde", "NONE", lambda c: many(c, ts)),
        ("produit_uuid", "NONE", lambda c: many(c, uid)),
        (
            "mutuelle",
            "NONE",
            lambda c: pick(c, ["Harmonie Mutuelle", "MGEN", "Groupama", "AG2R La Mondiale", "Malakoff Humanis"]),
        ),
        ("statut_cde", "NONE", lambda c: pick(c, ["EXP", "LIV", "ANN", "ATT"])),
        ("transporteur", "NONE", lambda c: pick(c, ["Colissimo", "Chronopost", "Mondial Relay"])),
    ]
    return _build("online_pharmacy_orders", L, spec)


def _it_cities():
    from faker.providers.address.it_IT import Provider

    return sorted(set(Provider.cities))  # Faker stores these in a hash-ordered set: sort for determinism


_IT_CITIES = _it_cities()


def t_museum():
    L = "it"
    spec = [
        ("n_tessera", "NONE", lambda c: seq(30001, 1, "AM{}")),
        ("cognome", "PERSON_NAME", lambda c: many(c, lambda c: c.f.last_name())),
        ("nome", "PERSON_NAME", lambda c: many(c, lambda c: c.f.first_name())),
        ("CodFisc", "NATIONAL_ID", lambda c: many(c, it_cf)),
        ("dataNascita", "DATE_OF_BIRTH", lambda c: [dob(c, ("%d/%m/%Y",), 1940, 2006) for _ in range(N)]),
        ("email", "EMAIL", lambda c: many(c, email)),
        ("cell", "PHONE", lambda c: mess(many(c, phone), c.r, null=0.2)),
        ("indirizzo", "STREET_ADDRESS", lambda c: many(c, lambda c: c.f.street_address())),
        ("CAP", "POSTAL_CODE", lambda c: many(c, lambda c: c.f.postcode())),
        ("citta_res", "CITY", lambda c: many(c, lambda c: c.r.choice(_IT_CITIES))),
        (
            "professione",
            "OCCUPATION",
            lambda c: pick(
                c,
                [
                    "Insegnante",
                    "Impiegato",
                    "Pensionato",
                    "Studente",
                    "Architetto",
                    "Medico",
                    "Avvocato",
                    "Libero professionista",
                ],
            ),
        ),
        (
            "titolo_studio",
            "EDUCATION",
            lambda c: pick(c, ["Licenza media", "Diploma", "Laurea triennale", "Laurea magistrale", "Dottorato"]),
        ),
        ("tipo_tessera", "NONE", lambda c: pick(c, ["ORD", "RID", "FAM", "SOST"])),
        ("quota_eur", "NONE", lambda c: pick(c, [25, 40, 70, 150])),
        ("scadenza", "NONE", lambda c: [fmt_date(c.r, rdate(c.r, 2025, 2026), ("%d/%m/%Y",)) for _ in range(N)]),
        ("newsletter", "NONE", lambda c: pick(c, ["S", "N"])),
        ("sede", "NONE", lambda c: pick(c, ["Firenze", "Venezia"])),
        ("campo_9", "NONE", lambda c: many(c, uid)),
    ]
    return _build("museum_membership", L, spec)


BUILDERS = [
    t_car_claims,
    t_crash_reports,
    t_home_care,
    t_recruitment,
    t_student_housing,
    t_pharmacy_stock,
    t_loyalty,
    t_guardians,
    t_fitness,
    t_waste,
    t_online_pharmacy,
    t_museum,
]


def all_tables():
    return [b() for b in BUILDERS]
