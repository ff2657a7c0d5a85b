# ruff: noqa: B007  (data-heavy generator: long literal lines are deliberate)
"""Deterministic generators of messy, realistic tables with a gold label per column.

Each generator returns a :class:`Table`; :func:`build_tables` returns them all. Headers and values imitate
real exports (CRM, HR, hospital, insurance, bank, telecom, e-commerce, analytics, survey, university,
logistics, marketing, helpdesk, public registers) in en, de, fr, es, it, nl, pt, pl and a few mixed.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata

from .common import (
    SEED,
    Table,
    any_date,
    birth_date,
    br_cpf_,
    card_,
    ch_ahv,
    city_,
    de_steuer_id,
    de_svnr,
    es_dni_,
    es_nie_,
    faker,
    fr_nir_,
    full_address,
    hexhash,
    iban_,
    imei_,
    ipv4_,
    ipv6_,
    it_codice_fiscale,
    mac_,
    messy,
    nl_bsn_,
    non_luhn16,
    phone,
    pl_dowod,
    pl_pesel_,
    pt_nif_,
    uk_nhs,
    uk_nino,
    us_ssn_,
    uuid_,
    version_ipshape,
)

N_ROWS = 1000

FREEMAIL = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com"],
    "gb": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it", "hotmail.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "live.nl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "clix.pt", "outlook.pt"],
    "br": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl", "op.pl"],
}


def ascii_(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_for(rng: random.Random, first: str, last: str, country: str) -> str:
    fi, la = ascii_(first).lower().replace(" ", ""), ascii_(last).lower().replace(" ", "").replace("'", "")
    la = la.split("-")[0]
    style = rng.randint(0, 5)
    local = [
        f"{fi}.{la}",
        f"{fi[0]}{la}",
        f"{fi}{la}{rng.randint(1, 99)}",
        f"{la}.{fi}",
        f"{fi}_{la}{rng.randint(60, 99)}",
        f"{fi}{rng.randint(1970, 2005)}",
    ][style]
    return f"{local}@{rng.choice(FREEMAIL[country])}"


def people(country: str, n: int, seed: int, min_age: int = 18, max_age: int = 90) -> list[dict]:
    f = faker(country, seed)
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        female = rng.random() < 0.5
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name()
        dob = birth_date(rng, min_age, max_age)
        addr, pc, city, street = full_address(f, country, rng)
        out.append(
            {
                "first": first,
                "last": last,
                "female": female,
                "dob": dob,
                "addr": addr,
                "street": street,
                "pc": pc,
                "city": city,
                "email": email_for(rng, first, last, country),
            }
        )
    return out


def ch(rng: random.Random, n: int, options, weights=None) -> list:
    return rng.choices(options, weights=weights, k=n)


def money(rng: random.Random, lo: float, hi: float, comma: bool = False, cur: str = "") -> str:
    v = f"{rng.uniform(lo, hi):.2f}"
    if comma:
        v = v.replace(".", ",")
    return v + cur


# ============================================================================ en: CRM export
def en_crm_contacts(n: int = N_ROWS, seed: int = SEED + 1) -> Table:
    rng = random.Random(seed)
    f = faker("en", seed)
    P = people("en", n, seed)
    t = Table("en_crm_contacts", "en", "CRM contact export (Salesforce-like)")
    t.add(
        "Id",
        ["003" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(15)) for _ in range(n)],
        "NONE",
        note="CRM surrogate key",
    )
    t.add("FirstName", messy(rng, [p["first"] for p in P], 0.02, 0.03), "PERSON_NAME")
    t.add("LastName", [p["last"] for p in P], "PERSON_NAME")
    t.add("Account.Name", ch(rng, n, [f.company() for _ in range(60)]), "NONE", note="employer company")
    t.add("Title", messy(rng, [f.job() for _ in range(n)], 0.25), "OCCUPATION")
    t.add("Email", messy(rng, [p["email"] for p in P], 0.06, 0.02), "EMAIL")
    t.add("Phone", messy(rng, [phone(rng, "en") for _ in range(n)], 0.15), "PHONE")
    t.add("MailingStreet", messy(rng, [p["street"] for p in P], 0.1), "STREET_ADDRESS")
    t.add("MailingCity", messy(rng, [p["city"] for p in P], 0.1), "CITY")
    t.add(
        "MailingPostalCode",
        messy(rng, [p["pc"] if rng.random() < 0.8 else p["pc"] + "-" + f"{rng.randint(0, 9999):04d}" for p in P], 0.1),
        "POSTAL_CODE",
    )
    t.add("MailingCountry", messy(rng, ch(rng, n, ["United States", "USA", "US", "United States"]), 0.1), "COUNTRY")
    t.add("Birthdate", messy(rng, [p["dob"].isoformat() for p in P], 0.35), "DATE_OF_BIRTH")
    t.add(
        "LeadSource",
        ch(rng, n, ["Web", "Phone Inquiry", "Partner Referral", "Trade Show", "Purchased List", "Other"]),
        "NONE",
    )
    t.add(
        "CreatedDate",
        [
            f"{any_date(rng):%Y-%m-%d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.000+0000"
            for _ in range(n)
        ],
        "NONE",
    )
    t.add("Annual_Income__c", messy(rng, [str(rng.randrange(18000, 250000, 500)) for _ in range(n)], 0.3), "FINANCIAL")
    t.add("Gender__c", messy(rng, ["Female" if p["female"] else "Male" for p in P], 0.2), "GENDER")
    t.add("col_7", messy(rng, [us_ssn_(rng, rng.random() < 0.8) for _ in range(n)], 0.4), "NATIONAL_ID", "US_SSN")
    t.add(
        "OwnerId",
        ch(rng, n, ["005" + "".join(rng.choice(string.ascii_letters) for _ in range(12)) for _ in range(8)]),
        "NONE",
    )
    t.add("HasOptedOutOfEmail", ch(rng, n, ["true", "false"], [1, 4]), "NONE")
    return t


# ============================================================================ de: payroll
def de_lohn_export(n: int = N_ROWS, seed: int = SEED + 2) -> Table:
    rng = random.Random(seed)
    f = faker("de", seed)
    P = people("de", n, seed, 17, 67)
    t = Table("de_lohn_export", "de", "payroll export (DATEV/SAP-like)", delimiter=";")
    t.add("PERNR", [f"{rng.randint(10000, 99999):08d}" for _ in range(n)], "NONE", note="SAP personnel number")
    t.add("Nachname", [p["last"] for p in P], "PERSON_NAME")
    t.add("Vorname", [p["first"] for p in P], "PERSON_NAME")
    t.add("Geb.-Datum", [p["dob"].strftime("%d.%m.%Y") for p in P], "DATE_OF_BIRTH")
    t.add("Geschl.", ["w" if p["female"] else ("d" if rng.random() < 0.01 else "m") for p in P], "GENDER")
    t.add("Straße u. Hausnr.", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("PLZ", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("Wohnort", [p["city"] for p in P], "CITY")
    t.add(
        "Steuer-IdNr",
        messy(rng, [de_steuer_id(rng, rng.random() < 0.3) for _ in range(n)], 0.03),
        "NATIONAL_ID",
        "DE_STEUER_ID",
    )
    t.add(
        "SV-Nummer", messy(rng, [de_svnr(rng, p["dob"], ascii_(p["last"])) for p in P], 0.03), "NATIONAL_ID", "DE_SVNR"
    )
    t.add("Bankverbindung IBAN", [iban_(f, rng.random() < 0.5) for _ in range(n)], "IBAN")
    t.add(
        "Konfession",
        ch(rng, n, ["rk", "ev", "--", "ak", "lt", "rf", "--"], [28, 24, 40, 1, 2, 1, 10]),
        "RELIGION",
        note="church tax code",
    )
    t.add(
        "Familienstand",
        ch(
            rng,
            n,
            ["ledig", "verheiratet", "geschieden", "verwitwet", "eingetr. Lebenspartnerschaft"],
            [40, 42, 12, 4, 2],
        ),
        "MARITAL_STATUS",
    )
    t.add("Kostenstelle", ch(rng, n, ["4711", "4712", "3100", "3200", "5000", "6100", "6150"]), "NONE")
    t.add("Tätigkeitsbez.", [f.job() for _ in range(n)], "OCCUPATION")
    t.add("Eintritt", [any_date(rng, 1995, 2026).strftime("%d.%m.%Y") for _ in range(n)], "NONE")
    t.add("Brutto/Monat", [money(rng, 1800, 9800, comma=True) for _ in range(n)], "FINANCIAL")
    t.add("Stkl", ch(rng, n, ["1", "3", "4", "5", "2", "6"], [40, 20, 25, 8, 5, 2]), "NONE", note="tax class code")
    t.columns.pop()  # tax class leaks marital status: ambiguous, dropped
    t.add(
        "SB-Grad",
        messy(rng, ch(rng, n, ["", "0", "30", "50", "60", "80", "100"], [55, 30, 4, 5, 2, 2, 2]), 0.0),
        "HEALTH",
        note="degree of disability",
    )
    t.add(
        "Gewerkschaft",
        ch(rng, n, ["", "keine", "IG Metall", "ver.di", "IG BCE", "GEW", "NGG"], [30, 40, 12, 9, 4, 3, 2]),
        "TRADE_UNION",
    )
    t.add("F12", messy(rng, [p["email"] for p in P], 0.4), "EMAIL")
    t.add("Abrechnungskreis", ch(rng, n, ["AK01", "AK02", "AK10"]), "NONE")
    return t


# ============================================================================ fr: hospital
CIM10 = [
    "I10",
    "E11.9",
    "J45.9",
    "K21.0",
    "M54.5",
    "F32.1",
    "C50.9",
    "N18.3",
    "I48.0",
    "J18.9",
    "E66.0",
    "G43.9",
    "K80.2",
    "S72.0",
    "F41.1",
    "I25.1",
    "O80",
    "Z38.0",
]
MOTIFS_FR = [
    "douleur thoracique",
    "dyspnée",
    "chute à domicile",
    "fièvre persistante",
    "bilan diabète",
    "fracture col du fémur",
    "crise d'asthme",
    "décompensation cardiaque",
    "AVC suspecté",
    "pneumopathie",
    "colique néphrétique",
    "accouchement",
    "malaise vagal",
    "céphalées",
]


def fr_dossiers_patients(n: int = N_ROWS, seed: int = SEED + 3) -> Table:
    rng = random.Random(seed)
    f = faker("fr", seed)
    P = people("fr", n, seed, 0, 98)
    t = Table("fr_dossiers_patients", "fr", "hospital admissions (DPI export)", delimiter=";")
    t.add(
        "IPP",
        [f"{rng.randint(10**9, 10**10 - 1)}" for _ in range(n)],
        "MEDICAL_RECORD_NUMBER",
        note="identifiant permanent du patient",
    )
    t.add("NUM_SEJOUR", [f"{rng.randint(100000000, 999999999)}" for _ in range(n)], "NONE", note="9-digit stay number")
    t.add("NOM_USAGE", [p["last"].upper() for p in P], "PERSON_NAME")
    t.add("PRENOM", [p["first"] for p in P], "PERSON_NAME")
    t.add("DATE_NAISS", [p["dob"].strftime("%d/%m/%Y") for p in P], "DATE_OF_BIRTH")
    t.add("SEXE", ["F" if p["female"] else "M" for p in P], "GENDER")
    t.add(
        "NIR",
        messy(rng, [fr_nir_(rng, p["dob"], p["female"], rng.random() < 0.3) for p in P], 0.05),
        "NATIONAL_ID",
        "FR_NIR",
    )
    t.add("ADRESSE", messy(rng, [p["street"] for p in P], 0.03), "STREET_ADDRESS")
    t.add("CP", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("VILLE", [p["city"].upper() for p in P], "CITY")
    t.add("TEL_PORT", messy(rng, [phone(rng, "fr") for _ in range(n)], 0.12), "PHONE")
    t.add(
        "MEDECIN_TRAITANT",
        messy(rng, [f"Dr {f.last_name().upper()} {f.first_name()}" for _ in range(n)], 0.1),
        "PERSON_NAME",
    )
    t.add(
        "DATE_ENTREE",
        [f"{any_date(rng, 2024):%d/%m/%Y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" for _ in range(n)],
        "NONE",
    )
    t.add("UF", ch(rng, n, ["UF2301", "UF2302", "UF4410", "UF1200", "UF5120"]), "NONE")
    t.add("DP_CIM10", ch(rng, n, CIM10), "HEALTH", note="diagnostic principal")
    t.add("MOTIF", messy(rng, ch(rng, n, MOTIFS_FR), 0.05), "HEALTH")
    t.add("IMC", messy(rng, [f"{rng.uniform(16, 42):.1f}".replace(".", ",") for _ in range(n)], 0.2), "HEALTH")
    t.add(
        "MUTUELLE",
        messy(
            rng, ch(rng, n, ["MGEN", "Harmonie Mutuelle", "AG2R La Mondiale", "Malakoff Humanis", "MAAF Santé"]), 0.15
        ),
        "NONE",
    )
    t.add("GHM", ch(rng, n, ["05M09T", "04M05", "08C47", "14Z14A", "01M30"]), "NONE")
    return t


# ============================================================================ es: insurance claims
def es_siniestros_auto(n: int = N_ROWS, seed: int = SEED + 4) -> Table:
    rng = random.Random(seed)
    f = faker("es", seed)
    P = people("es", n, seed)
    t = Table("es_siniestros_auto", "es", "motor insurance claims")
    t.add("num_poliza", [f"POL-{rng.randint(2019, 2026)}-{rng.randint(0, 999999):06d}" for _ in range(n)], "NONE")
    t.add("num_siniestro", [f"{rng.randint(100000000, 999999999)}" for _ in range(n)], "NONE")
    t.add("tomador_nombre", [p["first"] for p in P], "PERSON_NAME")
    t.add("tomador_apellidos", [p["last"] for p in P], "PERSON_NAME")
    t.add(
        "nif_nie",
        [es_dni_(rng, rng.random() < 0.1) if rng.random() < 0.85 else es_nie_(rng) for _ in range(n)],
        "NATIONAL_ID",
        "ES_DNI",
    )
    t.add(
        "fec_nacimiento",
        [p["dob"].strftime("%d/%m/%Y") if rng.random() < 0.7 else p["dob"].isoformat() for p in P],
        "DATE_OF_BIRTH",
    )
    t.add("telefono", messy(rng, [phone(rng, "es") for _ in range(n)], 0.05), "PHONE")
    t.add("email", messy(rng, [p["email"] for p in P], 0.2), "EMAIL")
    t.add("direccion", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("cp", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("poblacion", [p["city"] for p in P], "CITY")
    t.add(
        "matricula",
        [
            f"{rng.randint(0, 9999):04d} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
            for _ in range(n)
        ],
        "LICENSE_PLATE",
    )
    t.add(
        "permiso_conducir",
        messy(rng, [es_dni_(rng) for _ in range(n)], 0.5),
        "DRIVER_LICENSE",
        note="Spanish licence number = DNI",
    )
    t.add("fecha_siniestro", [any_date(rng, 2024).isoformat() for _ in range(n)], "NONE")
    t.add("importe_reclamado", [money(rng, 120, 15000) for _ in range(n)], "NONE")
    t.add("estado", ch(rng, n, ["ABIERTO", "CERRADO", "EN PERITACION", "RECHAZADO", "PAGADO"]), "NONE")
    t.add(
        "perito",
        ch(rng, n, [f"{f.first_name()} {f.last_name()}" for _ in range(25)]),
        "PERSON_NAME",
        note="employee adjuster",
    )
    t.add(
        "taller",
        ch(rng, n, [f"Talleres {f.last_name()} S.L." for _ in range(40)] + [f.company() for _ in range(20)]),
        "NONE",
    )
    t.add(
        "cobertura", ch(rng, n, ["TERCEROS", "TERCEROS AMPLIADO", "TODO RIESGO", "TODO RIESGO CON FRANQUICIA"]), "NONE"
    )
    t.add("descripcion", messy(rng, [es_claim_text(rng, f, p) for p in P], 0.05), "FREE_TEXT_WITH_PII")
    return t


def es_claim_text(rng: random.Random, f, p: dict) -> str:
    other = f"{f.first_name()} {f.last_name()}"
    opts = [
        f"Colisión trasera en rotonda. El contrario, {other}, reconoce culpa. Tel. contacto {phone(rng, 'es')}",
        f"Golpe en aparcamiento, el asegurado {p['first']} {p['last']} no estaba presente.",
        "Rotura de luna delantera por impacto de piedra en autovía.",
        f"Robo de espejo retrovisor. Denuncia presentada. Contactar con {other} ({email_for(rng, other.split()[0], other.split()[-1], 'es')}).",
        f"Siniestro con lesiones leves del conductor {other}, DNI {es_dni_(rng)}.",
        "Daños por granizo en capó y techo.",
    ]
    return rng.choice(opts)


# ============================================================================ it: bank transactions
CAUSALI_NOPII = [
    "PAGAMENTO POS",
    "PRELIEVO BANCOMAT",
    "ADDEBITO SDD UTENZE",
    "COMMISSIONI TENUTA CONTO",
    "ACCREDITO STIPENDIO",
    "RICARICA TELEFONICA",
]


def it_movimenti_conto(n: int = N_ROWS, seed: int = SEED + 5) -> Table:
    rng = random.Random(seed)
    f = faker("it", seed)
    P = people("it", n, seed)
    t = Table("it_movimenti_conto", "it", "bank account movements", delimiter=";")
    t.add("ID_MOVIMENTO", [uuid_(rng, upper=True) for _ in range(n)], "NONE")
    t.add("DATA_CONTABILE", [any_date(rng, 2025).strftime("%d/%m/%Y") for _ in range(n)], "NONE")
    t.add("DATA_VALUTA", [any_date(rng, 2025).strftime("%d/%m/%Y") for _ in range(n)], "NONE")
    t.add("INTESTATARIO", [f"{p['last'].upper()} {p['first'].upper()}" for p in P], "PERSON_NAME")
    t.add("COD_FISCALE", [it_codice_fiscale(f) for _ in range(n)], "NATIONAL_ID", "IT_CODICE_FISCALE")
    t.add("IBAN", [iban_(f, rng.random() < 0.2) for _ in range(n)], "IBAN")
    t.add("IMPORTO", [("-" if rng.random() < 0.8 else "") + money(rng, 1, 2500, comma=True) for _ in range(n)], "NONE")
    t.add("DIVISA", ch(rng, n, ["EUR", "EUR", "EUR", "USD"]), "NONE")
    t.add("CAUSALE_ABI", ch(rng, n, ["26", "27", "48", "50", "43", "66", "Z1"]), "NONE")
    causali = []
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            causali.append(
                f"BONIFICO A FAVORE DI {f.last_name().upper()} {f.first_name().upper()} - {rng.choice(['AFFITTO', 'RIMBORSO', 'REGALO', 'QUOTA CONDOMINIO'])}"
            )
        elif r < 0.7:
            causali.append(f"BONIFICO DA {f.first_name()} {f.last_name()} IBAN {iban_(f)}")
        else:
            causali.append(rng.choice(CAUSALI_NOPII) + f" {rng.randint(1000, 9999)}")
    t.add("DESCRIZIONE", causali, "FREE_TEXT_WITH_PII")
    t.add("NUM_CARTA", messy(rng, [card_(f, rng) for _ in range(n)], 0.5), "CREDIT_CARD")
    t.add("RIF_OPERAZIONE", [non_luhn16(rng) for _ in range(n)], "NONE", note="16-digit reference failing Luhn")
    t.add("FILIALE", ch(rng, n, ["MILANO AG.12", "ROMA EUR", "TORINO CENTRO", "NAPOLI 3"]), "NONE")
    t.add(
        "FIDO_ACCORDATO",
        messy(rng, ch(rng, n, ["0", "1000", "2500", "5000", "10000", "15000"]), 0.1),
        "FINANCIAL",
        note="credit limit",
    )
    t.add("CRO", [f"{rng.randint(10**10, 10**11 - 1)}" for _ in range(n)], "NONE")
    return t


# ============================================================================ nl: telecom CDR
def nl_cdr_gesprekken(n: int = N_ROWS, seed: int = SEED + 6) -> Table:
    rng = random.Random(seed)
    t = Table("nl_cdr_gesprekken", "nl", "telecom call detail records", delimiter=";")
    subs = [(f"316{rng.randint(10000000, 49999999)}", imei_(rng), nl_bsn_(rng)) for _ in range(300)]
    rows = [rng.choice(subs) for _ in range(n)]
    t.add("record_id", [f"CDR{rng.randint(10**11, 10**12 - 1)}" for _ in range(n)], "NONE")
    t.add("msisdn_a", [r[0] for r in rows], "PHONE")
    t.add(
        "msisdn_b",
        [
            rng.choice(
                [
                    f"316{rng.randint(10000000, 49999999)}",
                    f"3120{rng.randint(1000000, 9999999)}",
                    f"31{rng.choice(['10', '30', '40', '50', '70'])}{rng.randint(1000000, 9999999)}",
                ]
            )
            for _ in range(n)
        ],
        "PHONE",
    )
    t.add("imei", [r[1] for r in rows], "DEVICE_ID")
    t.add(
        "starttijd",
        [
            f"{any_date(rng, 2026):%Y%m%d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
            for _ in range(n)
        ],
        "NONE",
    )
    t.add("duur_sec", [str(int(rng.expovariate(1 / 120))) for _ in range(n)], "NONE")
    t.add("gesprekstype", ch(rng, n, ["MOC", "MTC", "SMS-MO", "SMS-MT", "GPRS"]), "NONE")
    t.add("cel_id", [f"204-08-{rng.randint(1000, 1100)}-{rng.randint(1, 40000)}" for _ in range(n)], "NONE")
    t.add("roaming", ch(rng, n, ["N", "N", "N", "J"]), "NONE")
    t.add("tariefcode", ch(rng, n, ["T01", "T02", "T05", "T11", "INT1"]), "NONE")
    t.add(
        "klant_ip", messy(rng, [ipv4_(rng) if rng.random() < 0.8 else ipv6_(rng) for _ in range(n)], 0.3), "IP_ADDRESS"
    )
    t.add("bytes_up", [str(rng.randint(0, 5_000_000)) for _ in range(n)], "NONE")
    t.add("firmware", [version_ipshape(rng) for _ in range(n)], "NONE", note="IP-shaped firmware version")
    t.add("attr3", [r[2] for r in rows], "NATIONAL_ID", "NL_BSN")
    t.add("kosten_eur", [money(rng, 0, 3, comma=True) for _ in range(n)], "NONE")
    return t


# ============================================================================ pl: HR
STANOWISKA = [
    "Specjalista ds. kadr",
    "Kierownik magazynu",
    "Programista",
    "Księgowa",
    "Kierowca",
    "Magazynier",
    "Handlowiec",
    "Analityk danych",
    "Pielęgniarka",
    "Operator wózka widłowego",
    "Sprzedawca",
    "Asystentka zarządu",
    "Inżynier budowy",
    "Specjalista IT",
    "Kasjer",
]


def pl_kadry_pracownicy(n: int = N_ROWS, seed: int = SEED + 7) -> Table:
    rng = random.Random(seed)
    f = faker("pl", seed)
    P = people("pl", n, seed, 18, 67)
    t = Table("pl_kadry_pracownicy", "pl", "HR employee register", delimiter=";")
    t.add("nr_ewid", [f"P{rng.randint(1, 9999):05d}" for _ in range(n)], "NONE")
    t.add("imie", [p["first"] for p in P], "PERSON_NAME")
    t.add("nazwisko", [p["last"] for p in P], "PERSON_NAME")
    t.add("pesel", [pl_pesel_(rng, p["dob"], p["female"]) for p in P], "NATIONAL_ID", "PL_PESEL")
    t.add(
        "data_ur",
        [p["dob"].strftime("%d.%m.%Y") if rng.random() < 0.6 else p["dob"].isoformat() for p in P],
        "DATE_OF_BIRTH",
    )
    t.add("plec", ["K" if p["female"] else "M" for p in P], "GENDER")
    t.add("nr_dowodu", messy(rng, [pl_dowod(rng) for _ in range(n)], 0.1), "NATIONAL_ID", "PL_DOWOD")
    t.add("adres_zam", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("kod_poczt", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("miejscowosc", [p["city"] for p in P], "CITY")
    t.add("tel_kom", messy(rng, [phone(rng, "pl") for _ in range(n)], 0.1), "PHONE")
    t.add("stanowisko", ch(rng, n, STANOWISKA), "OCCUPATION")
    t.add("dzial", ch(rng, n, ["Kadry", "IT", "Logistyka", "Sprzedaż", "Finanse", "Produkcja"]), "NONE")
    t.add("wynagr_brutto", [money(rng, 4300, 22000, comma=True) for _ in range(n)], "FINANCIAL")
    t.add("nr_rachunku", [iban_(f, rng.random() < 0.6) for _ in range(n)], "IBAN")
    t.add(
        "wyksztalcenie",
        ch(
            rng,
            n,
            [
                "podstawowe",
                "zasadnicze zawodowe",
                "średnie",
                "średnie techniczne",
                "wyższe",
                "wyższe magisterskie",
                "licencjat",
            ],
        ),
        "EDUCATION",
    )
    t.add(
        "stan_cywilny",
        ch(rng, n, ["kawaler", "panna", "żonaty", "zamężna", "rozwiedziony", "rozwiedziona", "wdowiec", "wdowa"]),
        "MARITAL_STATUS",
    )
    t.add("data_zatr", [any_date(rng, 2000, 2026).isoformat() for _ in range(n)], "NONE")
    t.add("NIP_pracodawcy", ch(rng, n, ["5260250274", "7792433421", "5272525995"]), "NONE")
    t.add(
        "email_sluzbowy",
        [
            f"{ascii_(p['first']).lower()}.{ascii_(p['last']).lower()}@{rng.choice(['firma.com.pl', 'transpol.pl'])}"
            for p in P
        ],
        "EMAIL",
    )
    return t


# ============================================================================ pt: e-commerce orders
PRODUTOS = [
    "Auscultadores Bluetooth",
    "Capa para telemóvel",
    "Cafeteira elétrica",
    "Ténis de corrida",
    "Mochila 20L",
    "Livro de receitas",
    "Garrafa térmica",
    "Carregador USB-C",
]
REVIEWS_PT = [
    "Produto excelente, chegou antes do prazo.",
    "Qualidade razoável pelo preço.",
    "Não gostei, a cor é diferente da foto.",
    "Recomendo!",
    "Embalagem danificada mas o produto está bom.",
    "Muito bom, voltarei a comprar.",
    "Demorou duas semanas a chegar.",
    "",
]


def pt_encomendas_loja(n: int = N_ROWS, seed: int = SEED + 8) -> Table:
    rng = random.Random(seed)
    P = people("pt", n, seed)
    t = Table("pt_encomendas_loja", "pt", "e-commerce orders", delimiter=";")
    t.add("id_encomenda", [str(rng.randint(100000000, 999999999)) for _ in range(n)], "NONE")
    t.add(
        "data_encomenda",
        [f"{any_date(rng, 2025):%d-%m-%Y} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" for _ in range(n)],
        "NONE",
    )
    t.add("cliente_nome", [f"{p['first']} {p['last']}" for p in P], "PERSON_NAME")
    t.add("cliente_email", [p["email"] for p in P], "EMAIL")
    t.add("nif", messy(rng, [pt_nif_(rng) for _ in range(n)], 0.3), "NATIONAL_ID", "PT_NIF")
    t.add("telemovel", messy(rng, [phone(rng, "pt") for _ in range(n)], 0.1), "PHONE")
    t.add("morada_entrega", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("cod_postal", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("localidade", [p["city"] for p in P], "CITY")
    t.add(
        "sku",
        [
            f"{rng.choice(['AUD', 'CAP', 'CAF', 'TEN', 'MOC'])}-{rng.randint(100, 999)}-{rng.choice(['PT', 'BL', 'AZ', 'VR'])}"
            for _ in range(n)
        ],
        "NONE",
    )
    t.add("produto", ch(rng, n, PRODUTOS), "NONE")
    t.add("qtd", [str(rng.choice([1, 1, 1, 2, 3])) for _ in range(n)], "NONE")
    t.add("preco_unit", [money(rng, 4, 180, comma=True) for _ in range(n)], "NONE")
    t.add("armazem", ch(rng, n, ["Azambuja", "Maia", "Carregado"]), "NONE", note="warehouse town")
    wh = {"Azambuja": (39.0706, -8.8688), "Maia": (41.2357, -8.6199), "Carregado": (39.0212, -8.9822)}
    t.add("armazem_lat", [str(wh[w][0]) for w in t.columns[-1].values], "NONE")
    t.add("armazem_lon", [str(wh[w][1]) for w in t.columns[-2].values], "NONE")
    t.add("ip_cliente", [ipv4_(rng) for _ in range(n)], "IP_ADDRESS")
    t.add("avaliacao", messy(rng, ch(rng, n, REVIEWS_PT), 0.5), "NONE", note="reviews without PII")
    t.add("estado", ch(rng, n, ["ENTREGUE", "EM TRANSITO", "CANCELADA", "DEVOLVIDA", "PENDENTE"]), "NONE")
    t.add("cupao", messy(rng, ch(rng, n, ["VERAO25", "BEMVINDO10", "BLACKFRIDAY", "PORTES0"]), 0.7), "NONE")
    return t


# ============================================================================ en (GB): NHS clinic
ETHNIC_GB = [
    "White - British",
    "White - Irish",
    "Any other White background",
    "Asian or Asian British - Indian",
    "Asian or Asian British - Pakistani",
    "Black or Black British - Caribbean",
    "Black or Black British - African",
    "Mixed - White and Black Caribbean",
    "Chinese",
    "Not stated",
]
MEDS = [
    "Metformin 500mg",
    "Atorvastatin 20mg",
    "Amlodipine 5mg",
    "Salbutamol inhaler",
    "Sertraline 50mg",
    "Levothyroxine 100mcg",
    "Omeprazole 20mg",
    "Ramipril 2.5mg",
    "Apixaban 5mg",
    "Paracetamol 1g PRN",
]


def gb_clinic_appointments(n: int = N_ROWS, seed: int = SEED + 9) -> Table:
    rng = random.Random(seed)
    f = faker("gb", seed)
    P = people("gb", n, seed, 0, 99)
    t = Table("gb_clinic_appointments", "en", "NHS outpatient clinic list")
    t.add(
        "NHS_NO", messy(rng, [uk_nhs(rng, rng.random() < 0.7) for _ in range(n)], 0.02), "NATIONAL_ID", "UK_NHS_NUMBER"
    )
    t.add(
        "Hosp_No",
        [f"{rng.choice(['RX', 'RJ', 'RK'])}{rng.randint(1000000, 9999999)}" for _ in range(n)],
        "MEDICAL_RECORD_NUMBER",
    )
    t.add("SURNAME", [p["last"].upper() for p in P], "PERSON_NAME")
    t.add("FORENAME", [p["first"] for p in P], "PERSON_NAME")
    t.add("DOB", [p["dob"].strftime("%d/%m/%Y") for p in P], "DATE_OF_BIRTH")
    t.add("SEX", ["F" if p["female"] else "M" for p in P], "GENDER")
    t.add("POSTCODE", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("Ethnic_Category", ch(rng, n, ETHNIC_GB), "ETHNICITY")
    t.add(
        "Religion",
        messy(
            rng,
            ch(rng, n, ["Christian", "No religion", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist", "Declined"]),
            0.2,
        ),
        "RELIGION",
    )
    t.add("Smoking_Status", ch(rng, n, ["Never smoked", "Ex-smoker", "Current smoker", "Unknown"]), "HEALTH")
    t.add("BMI", messy(rng, [f"{rng.uniform(15, 45):.1f}" for _ in range(n)], 0.15), "HEALTH")
    t.add("Primary_Dx", ch(rng, n, CIM10), "HEALTH")
    t.add("Current_Meds", messy(rng, [", ".join(rng.sample(MEDS, rng.randint(1, 3))) for _ in range(n)], 0.2), "HEALTH")
    t.add(
        "Appt_DateTime",
        [
            f"{any_date(rng, 2026):%d/%m/%Y} {rng.choice(['09', '10', '11', '14', '15'])}:{rng.choice(['00', '15', '30', '45'])}"
            for _ in range(n)
        ],
        "NONE",
    )
    t.add("Clinic_Code", ch(rng, n, ["CARD01", "DIAB2", "RESP3", "ORTHO1"]), "NONE")
    t.add("Clinician", ch(rng, n, [f"Dr {f.first_name()[0]}. {f.last_name()}" for _ in range(12)]), "PERSON_NAME")
    t.add("NOK_Name", messy(rng, [f"{f.first_name()} {p['last']}" for p in P], 0.3), "PERSON_NAME")
    t.add("NOK_Tel", messy(rng, [phone(rng, "gb") for _ in range(n)], 0.35), "PHONE")
    t.add("NINO", messy(rng, [uk_nino(rng, rng.random() < 0.4) for _ in range(n)], 0.5), "NATIONAL_ID", "UK_NINO")
    t.add(
        "GP_Practice",
        ch(
            rng, n, ["The Surgery Elm Road", "Riverside Medical Centre", "Parkview Health Centre", "Dr Shah & Partners"]
        ),
        "NONE",
    )
    return t


# ============================================================================ en: web/app analytics
def en_app_events(n: int = N_ROWS, seed: int = SEED + 10) -> Table:
    rng = random.Random(seed)
    f = faker("en", seed)
    users = [
        (
            uuid_(rng),
            uuid_(rng, upper=True),
            f.user_name(),
            f"{rng.uniform(25.5, 48.5):.5f}",
            f"{rng.uniform(-123.5, -70.5):.5f}",
            ipv4_(rng),
            mac_(rng, ":", rng.random() < 0.5),
        )
        for _ in range(250)
    ]
    rows = [rng.choice(users) for _ in range(n)]
    t = Table("en_app_events", "en", "mobile app analytics events")
    t.add("event_id", [uuid_(rng) for _ in range(n)], "NONE")
    t.add(
        "event_ts",
        [
            f"{any_date(rng, 2026)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
            for _ in range(n)
        ],
        "NONE",
    )
    t.add("event_name", ch(rng, n, ["app_open", "screen_view", "add_to_cart", "purchase", "login", "search"]), "NONE")
    t.add("userId", [r[0] for r in rows], "DEVICE_ID", note="persistent user UUID")
    t.add(
        "idfa",
        messy(rng, [r[1] for r in rows], 0.4, null_tokens=(None, "00000000-0000-0000-0000-000000000000")),
        "DEVICE_ID",
    )
    t.add("username", [r[2] for r in rows], "USERNAME")
    t.add("clientIp", [r[5] if rng.random() < 0.7 else ipv4_(rng) for r in rows], "IP_ADDRESS")
    t.add("appVersion", [version_ipshape(rng) for _ in range(n)], "NONE")
    t.add("osVersion", ch(rng, n, ["17.5.1", "18.0", "14", "13", "12.1"]), "NONE")
    t.add("geo_lat", messy(rng, [r[3] for r in rows], 0.2), "GEO_COORDINATE")
    t.add("geo_lon", messy(rng, [r[4] for r in rows], 0.2), "GEO_COORDINATE")
    t.add("geo_country", ch(rng, n, ["US", "US", "US", "CA", "GB", "MX"]), "COUNTRY")
    t.add("wifi_bssid", messy(rng, [r[6] for r in rows], 0.3), "MAC_ADDRESS")
    t.add("product_uuid", messy(rng, [uuid_(rng) for _ in range(n)], 0.5), "NONE")
    t.add("payload_sha256", [hexhash(rng) for _ in range(n)], "NONE")
    t.add("screen", ch(rng, n, ["1170x2532", "1080x2400", "1284x2778", "720x1600"]), "NONE")
    t.add("cart_value_usd", messy(rng, [money(rng, 5, 400) for _ in range(n)], 0.6), "NONE")
    t.add(
        "page_path",
        [rng.choice(["/home", "/search?q=shoes", "/product/sku-1842", "/cart", "/checkout/step-2"]) for _ in range(n)],
        "NONE",
    )
    return t


# ============================================================================ fr: marketing list
def fr_liste_prospects(n: int = N_ROWS, seed: int = SEED + 11) -> Table:
    rng = random.Random(seed)
    P = people("fr", n, seed)
    t = Table("fr_liste_prospects", "fr", "marketing prospect list", delimiter=";")
    t.add("civilite", ["Mme" if p["female"] else rng.choice(["M.", "M", "Mr"]) for p in P], "GENDER")
    t.add("prenom", [p["first"].lower() if rng.random() < 0.2 else p["first"] for p in P], "PERSON_NAME")
    t.add("nom", [p["last"] for p in P], "PERSON_NAME")
    t.add("e_mail", [p["email"] for p in P], "EMAIL")
    t.add("optin_nl", ch(rng, n, ["1", "0", "1", "1"]), "NONE")
    t.add("date_optin", messy(rng, [any_date(rng).strftime("%d/%m/%Y") for _ in range(n)], 0.2), "NONE")
    t.add("tel", messy(rng, [phone(rng, "fr") for _ in range(n)], 0.25), "PHONE")
    t.add("code_postal", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("ville", [p["city"] for p in P], "CITY")
    t.add("age", [str((dt.date(2026, 6, 1) - p["dob"]).days // 365) for p in P], "AGE")
    t.add(
        "tranche_revenus",
        messy(rng, ch(rng, n, ["< 20 k€", "20-35 k€", "35-50 k€", "50-80 k€", "> 80 k€"]), 0.2),
        "FINANCIAL",
    )
    t.add(
        "csp",
        ch(
            rng,
            n,
            [
                "Cadre",
                "Employé",
                "Ouvrier",
                "Profession libérale",
                "Retraité",
                "Artisan, commerçant",
                "Étudiant",
                "Agriculteur exploitant",
            ],
        ),
        "OCCUPATION",
    )
    t.add("canal_acq", ch(rng, n, ["SEA", "Salon", "Parrainage", "Facebook Ads", "Jeu concours"]), "NONE")
    t.add("score", [str(rng.randint(0, 100)) for _ in range(n)], "NONE")
    t.add("id_campagne", ch(rng, n, ["CMP-2025-031", "CMP-2025-044", "CMP-2026-002"]), "NONE")
    t.add(
        "profil_linkedin",
        messy(
            rng,
            [
                f"https://www.linkedin.com/in/{ascii_(p['first']).lower().replace(' ', '-')}-{ascii_(p['last']).lower().replace(' ', '-')}-{hexhash(rng, 32)[:8]}"
                for p in P
            ],
            0.6,
        ),
        "URL",
    )
    return t


# ============================================================================ de: logistics
def de_sendungen(n: int = N_ROWS, seed: int = SEED + 12) -> Table:
    rng = random.Random(seed)
    f = faker("de", seed)
    P = people("de", n, seed)
    t = Table("de_sendungen", "de", "parcel shipment export", delimiter=";")
    t.add("Sendungsnummer", [f"JJD{rng.randint(10**17, 10**18 - 1)}" for _ in range(n)], "NONE")
    t.add("Lager", ch(rng, n, ["Hamburg-Billbrook", "Bad Hersfeld", "Leipzig", "Dortmund"]), "NONE")
    wh = {
        "Hamburg-Billbrook": ("53,5447", "10,0811"),
        "Bad Hersfeld": ("50,8683", "9,7063"),
        "Leipzig": ("51,4211", "12,2311"),
        "Dortmund": ("51,5310", "7,5419"),
    }
    t.add("Lager_Breite", [wh[x][0] for x in t.columns[-1].values], "NONE")
    t.add("Lager_Länge", [wh[x][1] for x in t.columns[-2].values], "NONE")
    t.add(
        "Empfänger",
        [f"{p['first']} {p['last']}" if rng.random() < 0.8 else f"{p['last']}, {p['first']}" for p in P],
        "PERSON_NAME",
    )
    t.add("Empf_Str", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("Empf_PLZ", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("Empf_Ort", [p["city"] for p in P], "CITY")
    t.add("Empf_Land", ch(rng, n, ["DE", "DE", "DE", "DE", "AT", "CH"]), "COUNTRY")
    t.add("Zustell_lat", [f"{rng.uniform(47.4, 54.8):.6f}".replace(".", ",") for _ in range(n)], "GEO_COORDINATE")
    t.add("Zustell_lon", [f"{rng.uniform(6.0, 14.9):.6f}".replace(".", ",") for _ in range(n)], "GEO_COORDINATE")
    t.add("Tel_Empf", messy(rng, [phone(rng, "de") for _ in range(n)], 0.3), "PHONE")
    t.add("Gewicht_kg", [f"{rng.uniform(0.1, 31.5):.2f}".replace(".", ",") for _ in range(n)], "NONE")
    t.add("Versanddatum", [any_date(rng, 2026).strftime("%d.%m.%Y") for _ in range(n)], "NONE")
    t.add("Status", ch(rng, n, ["ZUGESTELLT", "IN_ZUSTELLUNG", "FILIALE", "RETOURE", "ANGEKÜNDIGT"]), "NONE")
    t.add("Fahrer", ch(rng, n, [f"{f.first_name()} {f.last_name()}" for _ in range(30)]), "PERSON_NAME")
    notes = []
    for p in P:
        r = rng.random()
        if r < 0.3:
            notes.append(f"Bitte bei Nachbarin Frau {f.last_name()} abgeben")
        elif r < 0.45:
            notes.append(f"Bei Abwesenheit {phone(rng, 'de')} anrufen")
        elif r < 0.55:
            notes.append(f"Ablageort Garage, Ansprechpartner {f.first_name()} {f.last_name()}")
        elif r < 0.75:
            notes.append(
                rng.choice(
                    ["Ablageort: Terrasse", "Hund im Garten", "Hinterhaus, 3. OG", "Bitte nicht klingeln, Baby schläft"]
                )
            )
        else:
            notes.append(None)
    t.add("Zustellhinweis", notes, "FREE_TEXT_WITH_PII")
    t.add("Produktcode", ch(rng, n, ["V01PAK", "V53WPAK", "V62WP", "V66WPI"]), "NONE")
    return t


# ============================================================================ es: university
def es_matricula_universidad(n: int = N_ROWS, seed: int = SEED + 13) -> Table:
    rng = random.Random(seed)
    P = people("es", n, seed, 17, 45)
    t = Table("es_matricula_universidad", "es", "university enrolment records", delimiter=";")
    t.add("EXPEDIENTE", [f"{rng.randint(2018, 2026)}{rng.randint(0, 99999):05d}" for _ in range(n)], "NONE")
    t.add("NOMBRE_COMPLETO", [f"{p['last'].upper()}, {p['first'].upper()}" for p in P], "PERSON_NAME")
    t.add(
        "DOC_IDENTIDAD",
        [es_dni_(rng) if rng.random() < 0.8 else es_nie_(rng) for _ in range(n)],
        "NATIONAL_ID",
        "ES_DNI",
    )
    t.add("FEC_NAC", [p["dob"].strftime("%d/%m/%Y") for p in P], "DATE_OF_BIRTH")
    t.add("SEXO", ["M" if p["female"] else "H" for p in P], "GENDER")
    t.add(
        "NACIONALIDAD",
        ch(
            rng,
            n,
            ["España", "España", "España", "España", "Marruecos", "Colombia", "Rumanía", "Italia", "Ecuador", "China"],
        ),
        "NATIONALITY",
    )
    t.add(
        "PAIS_NAC", ch(rng, n, ["ESPAÑA", "ESPAÑA", "ESPAÑA", "MARRUECOS", "COLOMBIA", "VENEZUELA", "PERÚ"]), "COUNTRY"
    )
    t.add(
        "EMAIL_INST",
        [
            f"{ascii_(p['first'][0]).lower()}{ascii_(p['last'].split()[0]).lower()}{rng.randint(1, 99)}@alumnos.uc3m.es"
            for p in P
        ],
        "EMAIL",
    )
    t.add("MOVIL", messy(rng, [phone(rng, "es") for _ in range(n)], 0.1), "PHONE")
    t.add(
        "ACCESO",
        ch(
            rng,
            n,
            ["Bachillerato + EBAU", "FP Grado Superior", "Mayores de 25", "Titulado universitario", "Extranjero UE"],
        ),
        "EDUCATION",
        note="prior education / access route",
    )
    t.add("COD_PLAN", ch(rng, n, ["G-ADE", "G-INF", "G-DER", "G-ENF", "M-DATA"]), "NONE")
    t.add("CURSO", ch(rng, n, ["2025-26", "2024-25"]), "NONE")
    t.add("CREDITOS_MATR", ch(rng, n, ["60", "48", "72", "30", "36"]), "NONE")
    t.add("DISCAPACIDAD", ch(rng, n, ["NO", "NO", "NO", "NO", "NO", "NO", "SI 33%", "SI 45%", "SI 65%"]), "HEALTH")
    t.add("BECA_MEC", ch(rng, n, ["S", "N", "N"]), "NONE")
    t.columns.pop()  # means-tested grant hints financial standing: ambiguous, dropped
    t.add("F_MATRICULA", [any_date(rng, 2025).strftime("%d/%m/%Y") for _ in range(n)], "NONE")
    t.add("IMPORTE_MATRICULA", [money(rng, 700, 3200, comma=True) for _ in range(n)], "NONE")
    return t


# ============================================================================ it: helpdesk
def it_ticket_helpdesk(n: int = N_ROWS, seed: int = SEED + 14) -> Table:
    rng = random.Random(seed)
    f = faker("it", seed)
    P = people("it", n, seed)
    agents = [
        f"{ascii_(f.first_name()[0]).lower()}.{ascii_(f.last_name()).lower().replace(' ', '')}" for _ in range(15)
    ]
    t = Table("it_ticket_helpdesk", "it", "IT helpdesk ticket export")
    t.add("Numero", [f"INC{rng.randint(1000000, 9999999)}" for _ in range(n)], "NONE")
    t.add(
        "Aperto",
        [f"{any_date(rng, 2026):%d/%m/%Y} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}" for _ in range(n)],
        "NONE",
    )
    t.add("Priorita", ch(rng, n, ["1 - Critica", "2 - Alta", "3 - Moderata", "4 - Bassa"]), "NONE")
    t.add("Stato", ch(rng, n, ["Nuovo", "In corso", "In attesa", "Risolto", "Chiuso"]), "NONE")
    t.add("Richiedente", [f"{p['first']} {p['last']}" for p in P], "PERSON_NAME")
    t.add(
        "Email richiedente",
        [f"{ascii_(p['first']).lower()}.{ascii_(p['last']).lower().replace(' ', '')}@gruppoalfa.it" for p in P],
        "EMAIL",
    )
    t.add("Assegnato a", messy(rng, ch(rng, n, agents), 0.1), "USERNAME")
    descr = []
    for p in P:
        r = rng.random()
        if r < 0.3:
            descr.append(
                f"L'utente {p['first']} {p['last']} non riesce ad accedere a Outlook, richiamare al {phone(rng, 'it')}"
            )
        elif r < 0.5:
            descr.append(f"Stampante piano 3 bloccata, segnala {p['first']} (int. {rng.randint(200, 499)})")
        elif r < 0.65:
            descr.append(
                f"Reset password per {p['first'].lower()}.{p['last'].lower()}, contatto personale {p['email']}"
            )
        else:
            descr.append(
                rng.choice(
                    [
                        "VPN non si connette dopo aggiornamento",
                        "Richiesta nuovo monitor",
                        "Errore SAP transazione ME21N",
                        "Teams si chiude all'avvio",
                        "Cartella condivisa non raggiungibile",
                    ]
                )
            )
    t.add("Descrizione breve", descr, "FREE_TEXT_WITH_PII")
    t.add(
        "IP postazione",
        [
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" if rng.random() < 0.7 else ipv4_(rng)
            for _ in range(n)
        ],
        "IP_ADDRESS",
    )
    t.add("Versione client", [version_ipshape(rng) for _ in range(n)], "NONE")
    t.add("MAC postazione", messy(rng, [mac_(rng, "-", True) for _ in range(n)], 0.2), "MAC_ADDRESS")
    t.add("Categoria", ch(rng, n, ["Hardware", "Software", "Rete", "Accessi", "Posta"]), "NONE")
    t.add("SLA (h)", ch(rng, n, ["4", "8", "24", "72"]), "NONE")
    t.add("Sede", ch(rng, n, ["Milano", "Bologna", "Bari"]), "NONE", note="office city")
    return t


# ============================================================================ nl: municipal register
def nl_brp_uittreksel(n: int = N_ROWS, seed: int = SEED + 15) -> Table:
    rng = random.Random(seed)
    f = faker("nl", seed)
    P = people("nl", n, seed)
    t = Table("nl_brp_uittreksel", "nl", "municipal personal records extract", delimiter=";")
    t.add("BSN", [nl_bsn_(rng) for _ in range(n)], "NATIONAL_ID", "NL_BSN")
    t.add("voorletters", [".".join(p["first"][0] for _ in range(rng.randint(1, 3))) + "." for p in P], "PERSON_NAME")
    t.add("voornamen", [p["first"] for p in P], "PERSON_NAME")
    t.add("geslachtsnaam", [p["last"] for p in P], "PERSON_NAME")
    t.add(
        "geboortedatum",
        [p["dob"].strftime("%Y%m%d") if rng.random() < 0.5 else p["dob"].strftime("%d-%m-%Y") for p in P],
        "DATE_OF_BIRTH",
    )
    t.add("geboorteplaats", [city_(f) for _ in range(n)], "CITY")
    t.add("geslacht", ["V" if p["female"] else "M" for p in P], "GENDER")
    t.add(
        "nationaliteit",
        ch(
            rng,
            n,
            ["Nederlandse", "Nederlandse", "Nederlandse", "Marokkaanse", "Turkse", "Poolse", "Duitse", "Surinaamse"],
        ),
        "NATIONALITY",
    )
    t.add(
        "burg_staat",
        ch(rng, n, ["ongehuwd", "gehuwd", "gescheiden", "weduwe", "geregistreerd partnerschap"]),
        "MARITAL_STATUS",
    )
    t.add("straat_huisnr", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("postcode", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("woonplaats", [p["city"] for p in P], "CITY")
    t.add("iban", messy(rng, [iban_(f) for _ in range(n)], 0.1), "IBAN")
    t.add("kenteken", messy(rng, [f.license_plate() for _ in range(n)], 0.4), "LICENSE_PLATE")
    t.add(
        "rijbewijsnr", messy(rng, [str(rng.randint(4000000000, 5999999999)) for _ in range(n)], 0.3), "DRIVER_LICENSE"
    )
    t.add(
        "reisdocument",
        messy(
            rng,
            [
                "".join(rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(2))
                + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
                + str(rng.randint(0, 9))
                for _ in range(n)
            ],
            0.2,
        ),
        "PASSPORT",
    )
    t.add("datum_inschrijving", [any_date(rng, 2000).strftime("%Y%m%d") for _ in range(n)], "NONE")
    t.add("gemeentecode", ch(rng, n, ["0363", "0599", "0518", "0344"]), "NONE")
    return t


# ============================================================================ pl: survey
def pl_ankieta_wyniki(n: int = N_ROWS, seed: int = SEED + 16) -> Table:
    rng = random.Random(seed)
    f = faker("pl", seed)
    t = Table("pl_ankieta_wyniki", "pl", "opinion survey results (CAWI export)")
    t.add("resp_id", [str(i + 1) for i in range(n)], "NONE")
    t.add(
        "start_time",
        [f"{any_date(rng, 2026)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" for _ in range(n)],
        "NONE",
    )
    t.add("Q1_wiek", [str(rng.randint(18, 85)) for _ in range(n)], "AGE")
    t.add("Q2_plec", ch(rng, n, ["kobieta", "mężczyzna", "wolę nie podawać"], [50, 48, 2]), "GENDER")
    t.add("Q3_miejscowosc", messy(rng, [city_(f) for _ in range(n)], 0.1), "CITY")
    t.add("Q4_wyksztalcenie", ch(rng, n, ["podstawowe", "zawodowe", "średnie", "wyższe"]), "EDUCATION")
    t.add(
        "Q5_dochod",
        ch(rng, n, ["do 3000 zł", "3001-5000 zł", "5001-8000 zł", "powyżej 8000 zł", "odmowa"]),
        "FINANCIAL",
    )
    t.add(
        "Q6_wyznanie",
        ch(
            rng,
            n,
            ["katolickie", "prawosławne", "protestanckie", "bezwyznaniowy", "inne", "odmowa"],
            [70, 4, 2, 15, 4, 5],
        ),
        "RELIGION",
    )
    t.add(
        "Q7_partia",
        ch(rng, n, ["PiS", "KO", "Konfederacja", "Lewica", "Trzecia Droga", "nie wiem", "nie głosuję"]),
        "POLITICAL_OPINION",
    )
    t.add(
        "Q8_orientacja",
        ch(rng, n, ["heteroseksualna", "homoseksualna", "biseksualna", "inna", "odmowa"], [85, 4, 4, 1, 6]),
        "SEXUAL_ORIENTATION",
    )
    t.add("Q9_zwiazek", ch(rng, n, ["nie", "NSZZ Solidarność", "OPZZ", "ZNP", "nie"], [70, 10, 8, 4, 8]), "TRADE_UNION")
    t.add("Q10_ocena", [str(rng.randint(1, 5)) for _ in range(n)], "NONE")
    t.add(
        "Q11_komentarz",
        messy(
            rng,
            ch(
                rng,
                n,
                ["Ankieta za długa", "Brak zdania", "Pytania były jasne", "Dziękuję", "Za dużo pytań o politykę", "ok"],
            ),
            0.6,
        ),
        "NONE",
    )
    t.add("czas_s", [str(rng.randint(90, 2400)) for _ in range(n)], "NONE")
    t.add("urzadzenie", ch(rng, n, ["mobile", "desktop", "tablet"]), "NONE")
    t.add("waga", [f"{rng.uniform(0.3, 2.5):.4f}" for _ in range(n)], "NONE")
    return t


# ============================================================================ pt (BR): customer registry
def br_cadastro_clientes(n: int = N_ROWS, seed: int = SEED + 17) -> Table:
    rng = random.Random(seed)
    P = people("br", n, seed)
    t = Table("br_cadastro_clientes", "pt", "retail credit customer registry (Brazil)", delimiter=";")
    t.add("cod_cliente", [str(rng.randint(1, 999999)) for _ in range(n)], "NONE")
    t.add(
        "nome",
        [f"{p['first']} {p['last']}".upper() if rng.random() < 0.5 else f"{p['first']} {p['last']}" for p in P],
        "PERSON_NAME",
    )
    t.add("cpf", [br_cpf_(rng, rng.random() < 0.7) for _ in range(n)], "NATIONAL_ID", "BR_CPF")
    t.add(
        "rg",
        messy(
            rng,
            [
                f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.choice('0123456789X')}"
                for _ in range(n)
            ],
            0.2,
        ),
        "NATIONAL_ID",
        "BR_RG",
    )
    t.add("dt_nasc", [p["dob"].strftime("%d/%m/%Y") for p in P], "DATE_OF_BIRTH")
    t.add("celular", [phone(rng, "br") for _ in range(n)], "PHONE")
    t.add("email", messy(rng, [p["email"] for p in P], 0.15), "EMAIL")
    t.add("endereco", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("cep", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("cidade", [p["city"] for p in P], "CITY")
    t.add(
        "estado_civil",
        ch(rng, n, ["Solteiro(a)", "Casado(a)", "Divorciado(a)", "Viúvo(a)", "União estável"]),
        "MARITAL_STATUS",
    )
    t.add(
        "escolaridade",
        ch(
            rng,
            n,
            [
                "Fundamental incompleto",
                "Fundamental completo",
                "Médio completo",
                "Superior incompleto",
                "Superior completo",
                "Pós-graduação",
            ],
        ),
        "EDUCATION",
    )
    t.add(
        "raca_cor",
        ch(rng, n, ["Branca", "Parda", "Preta", "Amarela", "Indígena", "Não declarada"], [43, 45, 10, 1, 0.5, 1]),
        "ETHNICITY",
    )
    t.add("renda_mensal", [money(rng, 1412, 25000, comma=True) for _ in range(n)], "FINANCIAL")
    t.add("score_serasa", [str(rng.randint(0, 1000)) for _ in range(n)], "FINANCIAL")
    t.add("limite_credito", [str(rng.randrange(500, 20000, 100)) for _ in range(n)], "FINANCIAL")
    t.add("loja_cadastro", ch(rng, n, ["SP-Paulista", "RJ-Barra", "BH-Savassi"]), "NONE")
    t.add("dt_cadastro", [any_date(rng, 2015).strftime("%d/%m/%Y") for _ in range(n)], "NONE")
    return t


# ============================================================================ mixed: EU loyalty programme
def mixed_loyalty_members(n: int = N_ROWS, seed: int = SEED + 18) -> Table:
    rng = random.Random(seed)
    countries = ["de", "fr", "es", "it", "nl", "pt", "pl", "gb"]
    fk = {c: faker(c, seed + i) for i, c in enumerate(countries)}
    cname = {
        "de": "Germany",
        "fr": "France",
        "es": "Spain",
        "it": "Italy",
        "nl": "Netherlands",
        "pt": "Portugal",
        "pl": "Poland",
        "gb": "United Kingdom",
    }
    rows = []
    for _ in range(n):
        c = rng.choice(countries)
        f = fk[c]
        female = rng.random() < 0.5
        first = f.first_name_female() if female else f.first_name_male()
        last = f.last_name()
        addr, pc, city, _street = full_address(f, c, rng)
        rows.append((c, first, last, addr, pc, city, birth_date(rng).year))
    t = Table("mixed_loyalty_members", "mixed", "pan-European loyalty programme members")
    t.add("MEMBER_NO", [f"LM{rng.randint(10**8, 10**9 - 1)}" for _ in range(n)], "NONE")
    t.add("FULL_NAME", [f"{r[1]} {r[2]}" for r in rows], "PERSON_NAME")
    t.add("EMAIL_ADDR", [email_for(rng, r[1], r[2], r[0]) for r in rows], "EMAIL")
    t.add("MOBILE", messy(rng, [phone(rng, r[0], 1) for r in rows], 0.1), "PHONE")
    t.add("CTRY", [cname[r[0]] for r in rows], "COUNTRY")
    t.add("TOWN", [r[5] for r in rows], "CITY")
    t.add("ZIP", [r[4] for r in rows], "POSTAL_CODE")
    t.add("YOB", [str(r[6]) for r in rows], "DATE_OF_BIRTH", note="birth year")
    t.add(
        "CARD_PAN",
        messy(rng, [card_(fk["de"], rng, rng.choice(["plain", "spaced"])) for _ in range(n)], 0.6),
        "CREDIT_CARD",
    )
    t.add("POINTS_BAL", [str(rng.randint(0, 60000)) for _ in range(n)], "NONE")
    t.add("TIER", ch(rng, n, ["BRONZE", "SILVER", "GOLD", "PLATINUM"]), "NONE")
    t.add(
        "PREF_STORE",
        ch(rng, n, ["Amsterdam Kalverstraat", "Berlin Alexa", "Paris La Défense", "Madrid Xanadú", "Milano Centrale"]),
        "NONE",
    )
    t.add(
        "LAST_TXN_TS",
        [
            f"{any_date(rng, 2026)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            for _ in range(n)
        ],
        "NONE",
    )
    t.add("F12", [non_luhn16(rng) for _ in range(n)], "NONE", note="16-digit gift card number failing Luhn")
    t.add("attr3", [hexhash(rng, 160) for _ in range(n)], "NONE", note="sha1 of basket content")
    t.add("col_7", [r[3] for r in rows], "STREET_ADDRESS")
    t.add("LANG", [{"gb": "EN"}.get(r[0], r[0].upper()) for r in rows], "NONE")
    return t


# ============================================================================ mixed: insurance health claims (de/fr/it CH-like)
def mixed_krankenkasse_leistungen(n: int = N_ROWS, seed: int = SEED + 19) -> Table:
    rng = random.Random(seed)
    countries = ["de", "fr", "it"]
    fk = {c: faker(c, seed + i) for i, c in enumerate(countries)}
    rows = []
    for _ in range(n):
        c = rng.choices(countries, [6, 3, 1])[0]
        f = fk[c]
        female = rng.random() < 0.5
        rows.append(
            (c, f.first_name_female() if female else f.first_name_male(), f.last_name(), female, birth_date(rng, 0, 95))
        )
    t = Table("mixed_krankenkasse_leistungen", "mixed", "health insurance claims (multilingual)", delimiter=";")
    t.add("Versicherten-Nr / No assuré", [ch_ahv(rng) for _ in range(n)], "NATIONAL_ID", "CH_AHV")
    t.add("Name/Nom", [r[2] for r in rows], "PERSON_NAME")
    t.add("Vorname/Prénom", [r[1] for r in rows], "PERSON_NAME")
    t.add("Geb.Dat/Date naiss.", [r[4].strftime("%d.%m.%Y") for r in rows], "DATE_OF_BIRTH")
    t.add("Sex", ["F" if r[3] else "M" for r in rows], "GENDER")
    t.add("Leistungsdatum", [any_date(rng, 2025).strftime("%d.%m.%Y") for _ in range(n)], "NONE")
    t.add("Tarifziffer", ch(rng, n, ["00.0010", "00.0020", "00.0030", "39.0020", "17.0010"]), "NONE")
    t.add("ICD", ch(rng, n, CIM10), "HEALTH")
    t.add(
        "Medikament",
        messy(
            rng,
            ch(
                rng,
                n,
                [
                    "Dafalgan 1g",
                    "Pantozol 40mg",
                    "Xarelto 20mg",
                    "Concor 5mg",
                    "Ventolin",
                    "Ritalin 10mg",
                    "Temesta 1mg",
                ],
            ),
            0.5,
        ),
        "HEALTH",
    )
    t.add("Betrag CHF", [money(rng, 15, 1800) for _ in range(n)], "NONE")
    t.add(
        "Leistungserbringer",
        ch(
            rng,
            n,
            ["Inselspital Bern", "HUG Genève", "Praxis Dr. med. Keller AG", "Apotheke Amavita", "Clinica Sant'Anna"],
        ),
        "NONE",
    )
    t.add("GLN", ch(rng, n, ["7601000000001", "7601000123453", "7601000456781", "7601000789012"]), "NONE")
    t.add("Franchise", ch(rng, n, ["300", "500", "1000", "1500", "2000", "2500"]), "NONE")
    t.columns.pop()  # deductible choice: ambiguous, dropped
    t.add("Kanton", ch(rng, n, ["BE", "ZH", "GE", "VD", "TI", "BS"]), "NONE")
    t.columns.pop()  # canton of residence: ambiguous, dropped
    t.add("field_12", messy(rng, [phone(rng, r[0]) for r in rows], 0.4), "PHONE")
    return t


# ============================================================================ de: school register
def de_schueler_stammdaten(n: int = N_ROWS, seed: int = SEED + 20) -> Table:
    rng = random.Random(seed)
    f = faker("de", seed)
    P = people("de", n, seed, 6, 19)
    t = Table("de_schueler_stammdaten", "de", "school pupil master data (ASV/SchILD-like)", delimiter=";")
    t.add("SchuelerID", [f"S{rng.randint(100000, 999999)}" for _ in range(n)], "NONE")
    t.add("Name", [p["last"] for p in P], "PERSON_NAME")
    t.add("Rufname", [p["first"] for p in P], "PERSON_NAME")
    t.add("Geburtsdatum", [p["dob"].strftime("%d.%m.%Y") for p in P], "DATE_OF_BIRTH")
    t.add("Geburtsort", messy(rng, [city_(f) for _ in range(n)], 0.05), "CITY")
    t.add("Geschlecht", ["weiblich" if p["female"] else "männlich" for p in P], "GENDER")
    t.add(
        "Staatsang.",
        ch(
            rng,
            n,
            [
                "deutsch",
                "deutsch",
                "deutsch",
                "deutsch",
                "türkisch",
                "syrisch",
                "polnisch",
                "ukrainisch",
                "italienisch",
            ],
        ),
        "NATIONALITY",
    )
    t.add(
        "Konf./Unterricht",
        ch(rng, n, ["RK", "EV", "Ethik", "Islam. Religionslehre", "ohne"], [30, 28, 30, 6, 6]),
        "RELIGION",
    )
    t.add("Klasse", ch(rng, n, [f"{k}{x}" for k in range(5, 13) for x in "abcd"]), "NONE")
    t.add("Erziehungsber_1", [f"{f.first_name()} {p['last']}" for p in P], "PERSON_NAME")
    t.add("Tel_Erz_1", messy(rng, [phone(rng, "de") for _ in range(n)], 0.08), "PHONE")
    t.add("Mail_Erz_1", messy(rng, [email_for(rng, f.first_name(), p["last"], "de") for p in P], 0.2), "EMAIL")
    t.add("Strasse", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("PLZ", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("Ort", [p["city"] for p in P], "CITY")
    t.add(
        "Allergien/Erkr.",
        messy(
            rng,
            ch(
                rng,
                n,
                [
                    "keine",
                    "keine",
                    "keine",
                    "Erdnussallergie",
                    "Asthma",
                    "Diabetes Typ 1",
                    "Epilepsie",
                    "Laktoseintoleranz",
                    "ADHS",
                ],
            ),
            0.1,
        ),
        "HEALTH",
    )
    t.add("Eintritt_Schule", [any_date(rng, 2014, 2025).strftime("%d.%m.%Y") for _ in range(n)], "NONE")
    t.add("Bus_Linie", messy(rng, ch(rng, n, ["L12", "L7", "S3", "-"]), 0.3), "NONE")
    t.add("c7", ch(rng, n, ["Mathe-AG", "Chor", "Fußball", "Theater", "Robotik", ""]), "NONE")
    return t


# ============================================================================ it: HR register
def it_anagrafica_dipendenti(n: int = N_ROWS, seed: int = SEED + 21) -> Table:
    rng = random.Random(seed)
    f = faker("it", seed)
    P = people("it", n, seed, 18, 67)
    t = Table("it_anagrafica_dipendenti", "it", "HR employee register (payroll system export)", delimiter=";")
    t.add("MATRICOLA", [f"{rng.randint(1, 99999):06d}" for _ in range(n)], "NONE")
    t.add("COGNOME", [p["last"].upper() for p in P], "PERSON_NAME")
    t.add("NOME", [p["first"].upper() for p in P], "PERSON_NAME")
    t.add("CODICE_FISCALE", [it_codice_fiscale(f) for _ in range(n)], "NATIONAL_ID", "IT_CODICE_FISCALE")
    t.add("DT_NASCITA", [p["dob"].strftime("%d/%m/%Y") for p in P], "DATE_OF_BIRTH")
    t.add("COMUNE_NASCITA", [city_(f).upper() for _ in range(n)], "CITY")
    t.add(
        "CITTADINANZA",
        ch(rng, n, ["ITALIANA", "ITALIANA", "ITALIANA", "ROMENA", "ALBANESE", "MAROCCHINA", "CINESE"]),
        "NATIONALITY",
    )
    t.add(
        "STATO_CIVILE",
        ch(rng, n, ["CELIBE", "NUBILE", "CONIUGATO/A", "DIVORZIATO/A", "VEDOVO/A", "UNITO CIVILMENTE"]),
        "MARITAL_STATUS",
    )
    t.add(
        "TITOLO_STUDIO",
        ch(rng, n, ["LICENZA MEDIA", "DIPLOMA", "LAUREA TRIENNALE", "LAUREA MAGISTRALE", "DOTTORATO"]),
        "EDUCATION",
    )
    t.add(
        "QUALIFICA",
        ch(
            rng,
            n,
            [
                "IMPIEGATO AMM.VO",
                "OPERAIO SPECIALIZZATO",
                "QUADRO",
                "MAGAZZINIERE",
                "ADDETTO VENDITE",
                "TECNICO MANUTENTORE",
                "DIRIGENTE",
            ],
        ),
        "OCCUPATION",
    )
    t.add("LIVELLO_CCNL", ch(rng, n, ["1", "2", "3", "4", "5", "Q"]), "NONE")
    t.add("RAL", [str(rng.randrange(22000, 95000, 250)) for _ in range(n)], "FINANCIAL")
    t.add("IBAN_ACCREDITO", [iban_(f) for _ in range(n)], "IBAN")
    t.add("ISCR_SINDACATO", ch(rng, n, ["", "CGIL", "CISL", "UIL", "UGL"], [60, 15, 13, 9, 3]), "TRADE_UNION")
    t.add(
        "CAT_PROTETTA_L68", ch(rng, n, ["N", "N", "N", "N", "N", "N", "N", "S"]), "HEALTH", note="disability quota flag"
    )
    t.add(
        "PATENTE",
        messy(
            rng,
            [
                f"{rng.choice(['MI', 'RM', 'TO', 'NA', 'U1'])}{rng.randint(1000000, 9999999)}{rng.choice('ABCDEFGHLMNPRSTUVZ')}"
                for _ in range(n)
            ],
            0.3,
        ),
        "DRIVER_LICENSE",
    )
    t.add("CELL_PERSONALE", messy(rng, [phone(rng, "it") for _ in range(n)], 0.15), "PHONE")
    t.add("DT_ASSUNZIONE", [any_date(rng, 1990, 2026).strftime("%Y%m%d") for _ in range(n)], "NONE")
    t.add("SEDE_LAVORO", ch(rng, n, ["MILANO - VIA TORTONA", "VERONA - MAGAZZINO", "ROMA - EUR"]), "NONE")
    t.add("attr3", ch(rng, n, ["FT", "PT50", "PT75"]), "NONE")
    return t


# ============================================================================ nl: webshop customers (camelCase API export)
def nl_webshop_klanten(n: int = N_ROWS, seed: int = SEED + 22) -> Table:
    rng = random.Random(seed)
    f = faker("nl", seed)
    P = people("nl", n, seed)
    t = Table("nl_webshop_klanten", "nl", "webshop customer export (JSON API flattened)")
    t.add("klantId", [str(rng.randint(100000, 999999)) for _ in range(n)], "NONE")
    t.add("voorNaam", [p["first"] for p in P], "PERSON_NAME")
    tv = [rng.choice(["", "", "", "", "van", "de", "van der", "van den", "ter"]) for _ in P]
    t.add("tussenVoegsel", messy(rng, tv, 0.0), "PERSON_NAME")
    t.add("achterNaam", [p["last"].split()[-1] for p in P], "PERSON_NAME")
    t.add("emailAdres", [p["email"].upper() if rng.random() < 0.05 else p["email"] for p in P], "EMAIL")
    t.add(
        "telefoonNummer",
        messy(
            rng,
            [
                phone(rng, "nl")
                if rng.random() < 0.85
                else f"0{rng.choice(['20', '10', '30', '70'])}-{rng.randint(1000000, 9999999)}"
                for _ in range(n)
            ],
            0.1,
        ),
        "PHONE",
    )
    t.add("geboorteDatum", messy(rng, [p["dob"].isoformat() for p in P], 0.3), "DATE_OF_BIRTH")
    t.add("postCode", [p["pc"] for p in P], "POSTAL_CODE")
    t.add("woonPlaats", [p["city"] for p in P], "CITY")
    t.add(
        "laatsteBestelling",
        [f"{any_date(rng, 2025)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z" for _ in range(n)],
        "NONE",
    )
    t.add("totaalBesteed", [money(rng, 10, 4000) for _ in range(n)], "NONE")
    t.add("aantalOrders", [str(rng.randint(1, 60)) for _ in range(n)], "NONE")
    t.add("nieuwsbriefOptIn", ch(rng, n, ["true", "false"]), "NONE")
    t.add("klantSegment", ch(rng, n, ["A", "B", "C", "VIP"]), "NONE")
    t.add("ipLaatsteLogin", messy(rng, [ipv4_(rng) for _ in range(n)], 0.1), "IP_ADDRESS")
    t.add(
        "favorieteWinkel", ch(rng, n, ["Utrecht Hoog Catharijne", "Rotterdam Zuidplein", "Eindhoven Centrum"]), "NONE"
    )
    t.add("F12", messy(rng, [iban_(f) for _ in range(n)], 0.4), "IBAN")
    t.add("cartHash", [hexhash(rng, 128) for _ in range(n)], "NONE")
    return t


# ============================================================================ en: US health plan members
US_RACE = [
    "White",
    "Black or African American",
    "Asian",
    "Hispanic or Latino",
    "American Indian or Alaska Native",
    "Native Hawaiian or Other Pacific Islander",
    "Two or More Races",
    "Declined to state",
]


def en_health_plan_members(n: int = N_ROWS, seed: int = SEED + 23) -> Table:
    rng = random.Random(seed)
    f = faker("en", seed)
    P = people("en", n, seed, 0, 95)
    t = Table("en_health_plan_members", "en", "US health plan member eligibility file (837/834-like)", delimiter="|")
    t.add("MBR_ID", [f"W{rng.randint(10**8, 10**9 - 1)}" for _ in range(n)], "NONE", note="payer-internal member key")
    t.add(
        "SUBSCRIBER_SSN", messy(rng, [us_ssn_(rng, rng.random() < 0.5) for _ in range(n)], 0.1), "NATIONAL_ID", "US_SSN"
    )
    t.add("MBR_LAST_NM", [p["last"].upper() for p in P], "PERSON_NAME")
    t.add("MBR_FIRST_NM", [p["first"].upper() for p in P], "PERSON_NAME")
    t.add("MBR_DOB", [p["dob"].strftime("%Y%m%d") for p in P], "DATE_OF_BIRTH")
    t.add("MBR_GNDR_CD", ["F" if p["female"] else "M" for p in P], "GENDER")
    t.add("RACE_ETH", messy(rng, ch(rng, n, US_RACE), 0.1), "ETHNICITY")
    t.add("MARITAL_STS", ch(rng, n, ["S", "M", "D", "W", "U"]), "MARITAL_STATUS")
    t.add("ADDR_LN_1", [p["street"] for p in P], "STREET_ADDRESS")
    t.add("ZIP5", [p["pc"][:5] for p in P], "POSTAL_CODE")
    t.add("PCP_NM", ch(rng, n, [f"{f.last_name()}, {f.first_name()} MD" for _ in range(40)]), "PERSON_NAME")
    t.add("PLAN_CD", ch(rng, n, ["HMO-GOLD", "PPO-SILVER", "HDHP-BRONZE", "MEDICAID-A"]), "NONE")
    t.add("DX1", ch(rng, n, ["E11.9", "I10", "J44.9", "F33.1", "Z79.4", "M17.11", "E78.5", "N18.4"]), "HEALTH")
    t.add("TOBACCO_USE", ch(rng, n, ["Y", "N", "N", "N", "U"]), "HEALTH")
    t.add("COPAY_AMT", ch(rng, n, ["10.00", "20.00", "35.00", "50.00"]), "NONE")
    t.add(
        "DL_NUM",
        messy(
            rng,
            [
                f"{rng.choice(string.ascii_uppercase)}{rng.randint(100, 999)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
                for _ in range(n)
            ],
            0.5,
        ),
        "DRIVER_LICENSE",
    )
    t.add("EFF_DT", [any_date(rng, 2020).strftime("%Y%m%d") for _ in range(n)], "NONE")
    t.add(
        "HOUSEHOLD_INCOME",
        messy(rng, ch(rng, n, ["<25K", "25-50K", "50-75K", "75-100K", "100-150K", ">150K"]), 0.25),
        "FINANCIAL",
    )
    t.add("PHONE_HOME", messy(rng, [phone(rng, "en") for _ in range(n)], 0.2), "PHONE")
    return t


GENERATORS = [
    en_crm_contacts,
    de_lohn_export,
    fr_dossiers_patients,
    es_siniestros_auto,
    it_movimenti_conto,
    nl_cdr_gesprekken,
    pl_kadry_pracownicy,
    pt_encomendas_loja,
    gb_clinic_appointments,
    en_app_events,
    fr_liste_prospects,
    de_sendungen,
    es_matricula_universidad,
    it_ticket_helpdesk,
    nl_brp_uittreksel,
    pl_ankieta_wyniki,
    br_cadastro_clientes,
    mixed_loyalty_members,
    mixed_krankenkasse_leistungen,
    de_schueler_stammdaten,
    it_anagrafica_dipendenti,
    nl_webshop_klanten,
    en_health_plan_members,
]


def build_tables(n: int = N_ROWS) -> list[Table]:
    tables = [g(n) for g in GENERATORS]
    for t in tables:
        for c in t.columns:
            assert len(c.values) == n, (t.name, c.header)
    return tables
