"""Blind set 7: fifteen synthetic exports from domains no earlier set used, labelled from spec/entities.md only.

all_tables() -> [{"name", "lang", "columns": [(header, gold_entity, values)]}], 1,000 rows each, None = null.
Every generator is seeded, so the tables are the same on every call.
"""

from __future__ import annotations

import random

from tests.blind7._gen import (
    DE_CITIES,
    ES_CITIES,
    FR_CITIES,
    IT_BELFIORE,
    MONTHS_EN3,
    MONTHS_FR,
    NL_CITIES,
    PL_CITIES,
    N,
    alnum,
    ascii_,
    br_cpf,
    br_rg_sp,
    card_number,
    codice_fiscale,
    digits,
    ean13,
    email,
    es_dni,
    es_nie,
    es_nss,
    fk,
    fr_nir,
    hexstr,
    iban_de,
    iban_fmt,
    iban_fr,
    imei,
    mac,
    md5_of,
    mess,
    nino,
    nl_bsn,
    people,
    phone_br,
    phone_de,
    phone_es,
    phone_fr,
    phone_it,
    phone_nl,
    phone_pl,
    phone_pt,
    phone_uk,
    phone_us,
    pick,
    pl_id_card,
    pl_nip,
    pl_pesel,
    pt_nif,
    rdate,
    rts,
    sha256_of,
    steuer_id,
    uuid4,
    with_nulls,
)

NONE = "NONE"


def _money(rng: random.Random, lo: float, hi: float, style: str) -> str:
    v = rng.uniform(lo, hi)
    if style == "eur_de":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return s
    if style == "eur_fr":
        return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"
    return f"{v:.2f}"


# ============================================================ 1. UK mortgage applications (en)
def t_uk_mortgage_applications() -> dict:
    rng = random.Random(7001)
    f = fk("en_GB", 7001)
    ppl = people(f, rng, N, 1956, 2002)

    def income() -> str:
        v = round(rng.lognormvariate(10.6, 0.45), -2)
        s = rng.random()
        if s < 0.45:
            return f"£{v:,.0f}"
        if s < 0.75:
            return f"{v:.0f}"
        if s < 0.9:
            return f"{v:,.2f}"
        return f"£{v / 1000:.0f}k"

    rels = ["father", "mother", "grandmother", "uncle", "sister", "parents"]
    firms = ["payroll", "HR", "the accountant's office"]

    def note(p) -> str | None:
        r = rng.random()
        nm = f"{f.first_name()} {f.last_name()}"
        ph = phone_uk(rng)
        em = email(
            rng, p["first"], p["last"], ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"]
        )
        if r < 0.12:
            return f"Spoke to {nm} in {rng.choice(firms)} on {ph} to confirm basic salary."
        if r < 0.24:
            return f"Applicant asked that all correspondence goes to {em}."
        if r < 0.36:
            return f"Gifted deposit from {rng.choice(rels)} {nm}; gift letter received."
        if r < 0.48:
            return f"Called {p['first']} on {ph} - no answer, voicemail left."
        if r < 0.58:
            return f"Valuer to contact {nm} ({ph}) for access to the property."
        if r < 0.66:
            return f"Second applicant {nm} removed at client's request."
        if r < 0.74:
            return f"SA302s forwarded by accountant {nm}, {em}."
        if r < 0.8:
            return None
        return rng.choice(
            [
                "Income verified from 3 months payslips.",
                "Valuation down-valued by 5%, LTV recalculated.",
                "Awaiting last 3 bank statements.",
                "Case referred to senior underwriter.",
                "Affordability passed at stressed rate.",
                "Credit file clean, no CCJs.",
            ]
        )

    cols = [
        ("APP_REF", NONE, [f"MA-{rng.choice([2023, 2024])}-{rng.randint(0, 9_999_999):07d}" for _ in range(N)]),
        ("sub_ts", NONE, [rts(rng).strftime("%Y-%m-%d %H:%M:%S") for _ in range(N)]),
        ("applicant_fn", "PERSON_NAME", mess([p["first"] for p in ppl], rng, ws=0.03, upper=0.1)),
        ("applicant_sn", "PERSON_NAME", mess([p["last"] for p in ppl], rng, ws=0.03, upper=0.15)),
        (
            "dob",
            "DATE_OF_BIRTH",
            with_nulls(
                [p["dob"].strftime(pick(rng, ["%d/%m/%Y", "%d-%b-%Y", "%Y-%m-%d"], [7, 2, 1])) for p in ppl], rng, 0.02
            ),
        ),
        ("ni_no", "NATIONAL_ID", with_nulls([nino(rng) for _ in range(N)], rng, 0.05)),
        (
            "pcode",
            "POSTAL_CODE",
            mess(
                [f.postcode() if rng.random() < 0.85 else f.postcode().replace(" ", "") for _ in range(N)],
                rng,
                ws=0.02,
                lower=0.05,
            ),
        ),
        ("mob", "PHONE", with_nulls([phone_uk(rng) for _ in range(N)], rng, 0.04)),
        ("acct_no", "BANK_ACCOUNT", with_nulls([digits(rng, 8) for _ in range(N)], rng, 0.1)),
        ("gross_income_pa", "FINANCIAL", [income() for _ in range(N)]),
        (
            "product_code",
            NONE,
            [
                f"{rng.choice(['FIX2', 'FIX5', 'TRK2', 'FIX10', 'SVR'])}-{rng.choice([60, 75, 85, 90, 95])}-{rng.choice(['0', '999', '1499'])}"
                for _ in range(N)
            ],
        ),
        ("rate_pct", NONE, [f"{rng.uniform(3.5, 6.2):.2f}" for _ in range(N)]),
        (
            "broker_firm",
            NONE,
            [
                rng.choice(
                    [
                        f"{f.last_name()} & {f.last_name()} Mortgages Ltd",
                        f"{f.last_name()} Financial Services",
                        f"{f.company()}",
                        "Direct",
                    ]
                )
                for _ in range(N)
            ],
        ),
        (
            "branch_town",
            NONE,
            [
                rng.choice(
                    ["Leeds", "Halifax", "Bristol", "Edinburgh", "Manchester", "Cardiff", "Northampton", "Bradford"]
                )
                for _ in range(N)
            ],
        ),
        ("fee_paid", NONE, [rng.choice(["£0.00", "£999.00", "£1,499.00", "£495.00", "£0"]) for _ in range(N)]),
        ("uw_notes", "FREE_TEXT_WITH_PII", [note(p) for p in ppl]),
        ("c19", NONE, [uuid4(rng) for _ in range(N)]),
        (
            "app_status",
            NONE,
            [rng.choice(["DIP_ISSUED", "FULL_APP", "OFFER", "COMPLETED", "DECLINED", "WITHDRAWN"]) for _ in range(N)],
        ),
    ]
    return {"name": "uk_mortgage_applications", "lang": "en", "columns": cols}


# ============================================================ 2. US ride-hailing trips (en)
def t_us_rideshare_trips() -> dict:
    rng = random.Random(7002)
    f = fk("en_US", 7002)
    markets = {
        "SF-BAY": (37.7749, -122.4194),
        "NYC": (40.7306, -73.9866),
        "CHI": (41.8781, -87.6298),
        "LAX": (34.0522, -118.2437),
        "SEA": (47.6062, -122.3321),
    }
    hubs = {
        m: [(la + rng.uniform(-0.05, 0.05), lo + rng.uniform(-0.05, 0.05)) for _ in range(2)]
        for m, (la, lo) in markets.items()
    }
    mk = [rng.choice(list(markets)) for _ in range(N)]
    drop = [(markets[m][0] + rng.gauss(0, 0.06), markets[m][1] + rng.gauss(0, 0.07)) for m in mk]
    hub = [rng.choice(hubs[m]) for m in mk]

    def plate() -> str:
        r = rng.random()
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        if r < 0.35:
            return f"{rng.randint(5, 9)}{alnum(rng, 3, L)}{digits(rng, 3)}"
        if r < 0.65:
            return f"{alnum(rng, 3, L)}-{digits(rng, 4)}"
        if r < 0.8:
            return f"{alnum(rng, 3, L)} {alnum(rng, 1, L)}{digits(rng, 2)}"
        return f"{alnum(rng, 3, L)}{digits(rng, 4)}"

    def dl() -> str:
        r = rng.random()
        if r < 0.3:
            return f"{alnum(rng, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 7)}"  # CA
        if r < 0.5:
            d = digits(rng, 9)
            return f"{d[:3]} {d[3:6]} {d[6:]}" if rng.random() < 0.5 else d  # NY
        if r < 0.65:
            return digits(rng, 8)  # TX
        if r < 0.8:
            d = digits(rng, 12)
            return f"{alnum(rng, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{d[:3]}-{d[3:6]}-{d[6:8]}-{d[8:11]}-{d[11]}"  # FL
        if r < 0.9:
            d = digits(rng, 11)
            return f"{alnum(rng, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{d[:3]}-{d[3:7]}-{d[7:]}"  # IL
        return "WDL" + alnum(rng, 9)  # WA

    def ip() -> str:
        return f.ipv6() if rng.random() < 0.15 else f.ipv4_public()

    def adid() -> str:
        return uuid4(rng, upper=True) if rng.random() < 0.45 else uuid4(rng)

    feedback = [
        "Car was clean, driver friendly",
        "Took a longer route than the app showed",
        "AC not working",
        "Great music!",
        "Driver waited patiently",
        "Pickup pin was wrong again",
        "Smooth ride",
        "smelled like smoke",
        "5 stars",
        "",
        "Too fast on the highway",
        "Helpful with luggage",
        "App charged me twice for the same ride?",
    ]
    cols = [
        ("trip_uuid", NONE, [uuid4(rng) for _ in range(N)]),
        ("rider_id", NONE, [f"R{rng.randint(0, 99_999_999):08d}" for _ in range(N)]),
        ("pickup_ts", NONE, [rts(rng, 2024, 2024).strftime("%Y-%m-%dT%H:%M:%SZ") for _ in range(N)]),
        ("driverName", "PERSON_NAME", mess([f"{f.first_name()} {f.last_name()}" for _ in range(N)], rng, ws=0.02)),
        ("dropoff_lat", "GEO_COORDINATE", [round(d[0], 6) for d in drop]),
        ("dropoff_lng", "GEO_COORDINATE", [round(d[1], 6) for d in drop]),
        ("hub_lat", NONE, [round(h[0], 6) for h in hub]),
        ("hub_lng", NONE, [round(h[1], 6) for h in hub]),
        ("fare_usd", NONE, [f"{rng.lognormvariate(2.9, 0.5):.2f}" for _ in range(N)]),
        ("veh_plate", "LICENSE_PLATE", mess([plate() for _ in range(N)], rng, ws=0.02)),
        ("client_ip", "IP_ADDRESS", with_nulls([ip() for _ in range(N)], rng, 0.03)),
        (
            "app_ver",
            NONE,
            [
                f"{rng.choice([5, 6])}.{rng.randint(0, 240)}.{rng.randint(0, 20)}.{rng.randint(1, 255)}"
                for _ in range(N)
            ],
        ),
        ("card_last4", NONE, [(digits(rng, 4) if rng.random() < 0.7 else f"**** {digits(rng, 4)}") for _ in range(N)]),
        ("market", NONE, mk),
        ("c8", "PHONE", with_nulls([phone_us(rng) for _ in range(N)], rng, 0.05)),
        ("drv_lic", "DRIVER_LICENSE", [dl() for _ in range(N)]),
        (
            "drv_imei",
            "DEVICE_ID",
            with_nulls([imei(rng) if rng.random() < 0.8 else f"IMEI {imei(rng)}" for _ in range(N)], rng, 0.1),
        ),
        ("device_ad_id", "DEVICE_ID", with_nulls([adid() for _ in range(N)], rng, 0.12)),
        ("feedback", NONE, with_nulls([rng.choice(feedback) for _ in range(N)], rng, 0.5)),
        ("f_17", NONE, [sha256_of(rng) for _ in range(N)]),
    ]
    return {"name": "us_rideshare_trips", "lang": "en", "columns": cols}


# ============================================================ 3. German smart-meter readings (de)
def t_de_smart_meter() -> dict:
    rng = random.Random(7003)
    f = fk("de_DE", 7003)
    ppl = people(f, rng, N, 1940, 2000)
    plz = [f"{rng.randint(1067, 99998):05d}" for _ in range(N)]

    def name(p) -> str:
        r = rng.random()
        if r < 0.5:
            return f"{p['first']} {p['last']}"
        if r < 0.85:
            return f"{p['last']}, {p['first']}"
        return f"{p['last'].upper()}, {p['first']}"

    def street() -> str:
        nr = str(rng.randint(1, 180)) + (rng.choice(["a", "b", "c", " a"]) if rng.random() < 0.12 else "")
        s = f.street_name()
        if rng.random() < 0.2:
            s = s.replace("straße", "str.").replace("Straße", "Str.")
        return f"{s} {nr}"

    def zaehler() -> str:
        return rng.choice(["1ESY11", "1EMH00", "1LOG00", "1ITF00", "1APX01"]) + digits(rng, 8)

    def malo() -> str:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
        odd = sum(d[0::2])
        even = sum(d[1::2]) * 2
        return "".join(map(str, d)) + str((10 - (odd + even) % 10) % 10)

    bem = [
        "Zähler getauscht, Plombe ok",
        "Ablesung geschätzt",
        "Kunde nicht angetroffen",
        "Zugang über Hausmeister",
        "Wandlerfaktor geprüft",
        "Gateway offline seit 3 Tagen",
        "Plombe beschädigt – Nachkontrolle",
        "Zählerschrank im Keller",
        "Messwert plausibilisiert",
        "Ersatzwert gebildet",
    ]
    netz = [
        "Stromnetz Berlin GmbH",
        "Westnetz GmbH",
        "Bayernwerk Netz GmbH",
        "E.DIS Netz GmbH",
        "Netze BW GmbH",
        "SachsenNetze GmbH",
        "Avacon Netz GmbH",
        "Schleswig-Holstein Netz AG",
        "Rheinische NETZGesellschaft mbH",
        "Elektro Meier GmbH & Co. KG",
        "Stadtwerke Schneider Energie GmbH",
        "Mitnetz Strom mbH",
    ]
    cols = [
        ("MeLo_ID", NONE, [f"DE{digits(rng, 6)}{plz[i]}{digits(rng, 20)}" for i in range(N)]),
        ("MaLo_ID", NONE, [malo() for _ in range(N)]),
        ("Zaehlernr", NONE, [zaehler() for _ in range(N)]),
        (
            "Ablesezeitpunkt",
            NONE,
            [
                rts(rng, 2024, 2024).replace(minute=rng.choice([0, 15, 30, 45]), second=0).strftime("%d.%m.%Y %H:%M")
                for _ in range(N)
            ],
        ),
        ("Verbrauch_kWh", NONE, [f"{rng.uniform(0.02, 0.9):.3f}".replace(".", ",") for _ in range(N)]),
        (
            "Tarif",
            NONE,
            [rng.choice(["HT", "NT", "Grundversorgung", "Ökostrom Plus", "WP-Tarif", "Heizstrom"]) for _ in range(N)],
        ),
        ("KD_NR", NONE, [rng.choice([f"K{digits(rng, 7)}", f"100{digits(rng, 7)}"]) for _ in range(N)]),
        ("Anschlussnehmer", "PERSON_NAME", mess([name(p) for p in ppl], rng, ws=0.03)),
        ("Strasse_HNr", "STREET_ADDRESS", mess([street() for _ in range(N)], rng, ws=0.03)),
        ("PLZ", "POSTAL_CODE", plz),
        ("Ort", "CITY", mess([rng.choice(DE_CITIES) for _ in range(N)], rng, ws=0.02, upper=0.05)),
        ("Tel_privat", "PHONE", with_nulls([phone_de(rng) for _ in range(N)], rng, 0.25)),
        ("Gateway_MAC", "MAC_ADDRESS", with_nulls([mac(rng) for _ in range(N)], rng, 0.08)),
        ("fld_07", "IBAN", with_nulls([iban_fmt(rng, iban_de(rng), 0.6) for _ in range(N)], rng, 0.15)),
        ("Abschlag_EUR", NONE, [f"{rng.choice([45, 52, 60, 68, 75, 85, 94, 110, 128])},00" for _ in range(N)]),
        (
            "FW_Version",
            NONE,
            [f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 200)}" for _ in range(N)],
        ),
        ("Netzbetreiber", NONE, [rng.choice(netz) for _ in range(N)]),
        ("Bemerkung", NONE, with_nulls([rng.choice(bem) for _ in range(N)], rng, 0.6)),
    ]
    return {"name": "de_smart_meter_readings", "lang": "de", "columns": cols}


# ============================================================ 4. German/Austrian kindergarten enrolment (de)
def t_de_kita_anmeldung() -> dict:
    rng = random.Random(7004)
    fde = fk("de_DE", 7004)
    fat = fk("de_AT", 7104)
    fs = [fat if rng.random() < 0.2 else fde for _ in range(N)]
    kids = [people(fx, rng, 1, 2019, 2024)[0] for fx in fs]
    parents = [people(fx, rng, 1, 1978, 2001, female_p=0.7)[0] for fx in fs]
    for k, p in zip(kids, parents, strict=True):
        if rng.random() < 0.8:
            p["last"] = k["last"]

    def gender(k) -> str:
        if rng.random() < 0.015:
            return "d"
        g = "w" if k["female"] else "m"
        r = rng.random()
        if r < 0.1:
            return g.upper()
        if r < 0.2:
            return "weiblich" if k["female"] else "männlich"
        return g

    nat = (
        ["Deutschland"] * 14
        + ["Österreich"] * 3
        + [
            "Türkei",
            "Syrien",
            "Polen",
            "Rumänien",
            "Italien",
            "Ukraine",
            "Kroatien",
            "Afghanistan",
            "Griechenland",
            "Bulgarien",
        ]
    )
    konf = [
        "röm.-kath.",
        "rk",
        "evang.",
        "ev",
        "konfessionslos",
        "ohne",
        "muslimisch",
        "islamisch",
        "orthodox",
        "jüdisch",
        "neuapostolisch",
    ]
    allerg = [
        "keine",
        "keine",
        "keine",
        "Erdnuss",
        "Laktoseintoleranz",
        "Zöliakie",
        "Hausstaubmilbe",
        "Neurodermitis",
        "Asthma bronchiale",
        "Penicillin-Allergie",
        "Hühnerei",
        "Epilepsie (Notfallmedikament Buccolam)",
        "Diabetes Typ 1",
    ]
    stufe = [
        "Stufe 1 (bis 25.000 €)",
        "Stufe 2 (25.001–40.000 €)",
        "Stufe 3 (40.001–55.000 €)",
        "Stufe 4 (55.001–70.000 €)",
        "Stufe 5 (über 70.000 €)",
        "Höchstsatz",
    ]
    einr = [
        "Kita Sonnenschein",
        "Kinderhaus Regenbogen",
        "Ev. Kita St. Markus",
        "Waldkindergarten Eichhörnchen",
        "AWO Kita Pusteblume",
        "Städt. Kita Lindenstraße",
        "Montessori-Kinderhaus",
        "Kath. Kita St. Josef",
    ]
    bem = [
        "Eingewöhnung ab August gewünscht",
        "Halbtagsplatz bevorzugt",
        "Geschwisterkind bereits in der Einrichtung",
        "Vegetarische Verpflegung",
        "Platz ab 01.09. benötigt",
        "Anmeldung online eingegangen",
        "Unterlagen unvollständig",
        "Wechsel aus anderer Einrichtung",
    ]

    def dob_fmt(d) -> str:
        return d.strftime(pick(rng, ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"], [7, 2, 1]))

    cols = [
        ("AnmeldeNr", NONE, [f"KITA-{rng.choice([2024, 2025])}-{rng.randint(1, 99999):05d}" for _ in range(N)]),
        ("Kind_Name", "PERSON_NAME", mess([f"{k['first']} {k['last']}" for k in kids], rng, ws=0.02)),
        ("Kind_GebDatum", "DATE_OF_BIRTH", [dob_fmt(k["dob"]) for k in kids]),
        ("Geschlecht", "GENDER", [gender(k) for k in kids]),
        ("SB1_Name", "PERSON_NAME", mess([f"{p['last']}, {p['first']}" for p in parents], rng, ws=0.02)),
        (
            "SB1_eMail",
            "EMAIL",
            with_nulls(
                [
                    email(
                        rng,
                        p["first"],
                        p["last"],
                        ["web.de", "gmx.de", "gmx.at", "t-online.de", "gmail.com", "outlook.de", "posteo.de", "aon.at"],
                    )
                    for p in parents
                ],
                rng,
                0.05,
            ),
        ),
        ("Staatsang", "NATIONALITY", [rng.choice(nat) for _ in range(N)]),
        ("Konfession", "RELIGION", with_nulls([rng.choice(konf) for _ in range(N)], rng, 0.15)),
        ("Allergien", "HEALTH", with_nulls([rng.choice(allerg) for _ in range(N)], rng, 0.2)),
        ("Einkommensstufe", "FINANCIAL", with_nulls([rng.choice(stufe) for _ in range(N)], rng, 0.1)),
        ("StID_Elternteil", "NATIONAL_ID", with_nulls([steuer_id(rng) for _ in range(N)], rng, 0.2)),
        ("Einrichtung", NONE, [rng.choice(einr) for _ in range(N)]),
        ("Einrichtung_Ort", NONE, [rng.choice(["München", "Graz", "Freising"]) for _ in range(N)]),
        (
            "Betreuungsumfang",
            NONE,
            [rng.choice(["25 Std.", "35 Std.", "45 Std.", "Halbtags", "Ganztags"]) for _ in range(N)],
        ),
        (
            "Elternbeitrag",
            NONE,
            [f"{rng.choice([0, 87.5, 120, 165, 187.5, 230, 295]):.2f} €".replace(".", ",") for _ in range(N)],
        ),
        ("Aufnahmedatum", NONE, [rdate(rng, 2024, 2025).strftime("%d.%m.%Y") for _ in range(N)]),
        (
            "Gruppe",
            NONE,
            [
                rng.choice(["Igel", "Bären", "Füchse", "Marienkäfer", "Schmetterlinge", "Krippe 1", "Krippe 2"])
                for _ in range(N)
            ],
        ),
        ("Status", NONE, [rng.choice(["Warteliste", "Zusage", "Absage", "Vertrag", "in Prüfung"]) for _ in range(N)]),
        ("Bemerkung", NONE, with_nulls([rng.choice(bem) for _ in range(N)], rng, 0.55)),
    ]
    return {"name": "de_kita_anmeldung", "lang": "de", "columns": cols}


# ============================================================ 5. French hotel guest registration (fr)
GUEST_ORIGINS = [
    # locale, nationalité, pays, weight
    ("fr_FR", "Française", "France", 40),
    ("de_DE", "Allemande", "Allemagne", 10),
    ("en_GB", "Britannique", "Royaume-Uni", 10),
    ("es_ES", "Espagnole", "Espagne", 8),
    ("it_IT", "Italienne", "Italie", 8),
    ("nl_NL", "Néerlandaise", "Pays-Bas", 6),
    ("en_US", "Américaine", "États-Unis", 8),
    ("fr_BE", "Belge", "Belgique", 5),
    ("de_CH", "Suisse", "Suisse", 5),
]


def _plate_for(rng: random.Random, loc: str) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    if loc == "fr_FR":
        if rng.random() < 0.85:
            return f"{alnum(rng, 2, L)}-{digits(rng, 3)}-{alnum(rng, 2, L)}"
        return f"{rng.randint(1, 9999)} {alnum(rng, 2, L)} {rng.choice(['75', '69', '13', '33', '06', '59'])}"
    if loc == "de_DE":
        return (
            f"{rng.choice(['B', 'M', 'HH', 'K', 'F', 'S', 'KA', 'FR', 'DA'])}-{alnum(rng, 2, L)} {rng.randint(1, 9999)}"
        )
    if loc == "en_GB":
        return f"{alnum(rng, 2, L)}{rng.choice(['19', '20', '21', '22', '23', '69', '70', '71', '72', '73'])} {alnum(rng, 3, L)}"
    if loc == "es_ES":
        return f"{digits(rng, 4)} {alnum(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    if loc == "it_IT":
        return (
            f"{alnum(rng, 2, L)} {digits(rng, 3)}{alnum(rng, 2, L)}"
            if rng.random() < 0.3
            else f"{alnum(rng, 2, L)} {digits(rng, 3)} {alnum(rng, 2, L)}"
        )
    if loc == "nl_NL":
        return f"{digits(rng, 2)}-{alnum(rng, 3, 'BDFGHJKLNPRSTVXZ')}-{digits(rng, 1)}"
    if loc == "fr_BE":
        return f"{rng.randint(1, 2)}-{alnum(rng, 3, L)}-{digits(rng, 3)}"
    if loc == "de_CH":
        return f"{rng.choice(['VD', 'GE', 'ZH', 'BE', 'VS'])} {rng.randint(1000, 999999)}"
    return f"{rng.randint(5, 9)}{alnum(rng, 3, L)}{digits(rng, 3)}"


def _passport_for(rng: random.Random, loc: str) -> str:
    if loc in ("fr_FR", "fr_BE"):
        return (
            f"{digits(rng, 2)}{alnum(rng, 2, string_upper())}{digits(rng, 5)}"
            if loc == "fr_FR"
            else f"{alnum(rng, 2, string_upper())}{digits(rng, 6)}"
        )
    if loc == "de_DE":
        return "C" + alnum(rng, 8, "CFGHJKLMNPRTVWXYZ0123456789")
    if loc in ("en_GB", "en_US"):
        return digits(rng, 9, True)
    if loc == "es_ES":
        return alnum(rng, 3, string_upper()) + digits(rng, 6)
    if loc == "it_IT":
        return alnum(rng, 2, string_upper()) + digits(rng, 7)
    if loc == "nl_NL":
        return (
            alnum(rng, 2, "ABCDEFGHIJKLMNPQRSTUVWXYZ")
            + alnum(rng, 6, "ABCDEFGHIJKLMNPQRSTUVWXYZ0123456789")
            + digits(rng, 1)
        )
    return "X" + digits(rng, 7)


def string_upper() -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _address_for(rng: random.Random, f, loc: str) -> str:
    if loc == "fr_FR":
        city, dep = rng.choice(FR_CITIES)
        return f"{rng.randint(1, 140)}{rng.choice(['', '', '', ' bis'])} {f.street_name()}, {dep}{rng.randint(0, 99):03d} {city}"
    if loc == "de_DE":
        return f"{f.street_name()} {rng.randint(1, 120)}, {rng.randint(1067, 99998):05d} {rng.choice(DE_CITIES)}"
    if loc == "en_GB":
        return f"{rng.randint(1, 220)} {f.street_name()}, {rng.choice(['London', 'Leeds', 'Bristol', 'York', 'Bath', 'Glasgow', 'Oxford'])} {f.postcode()}"
    if loc == "es_ES":
        city, prov = rng.choice(ES_CITIES)
        return f"{f.street_name()} {rng.randint(1, 150)}, {prov}{rng.randint(0, 999):03d} {city}"
    if loc == "it_IT":
        return f"{f.street_name()} {rng.randint(1, 200)}, {rng.randint(10, 98)}{rng.randint(0, 999):03d} {rng.choice(['Roma', 'Milano', 'Torino', 'Firenze', 'Bologna', 'Genova', 'Verona'])}"
    if loc == "nl_NL":
        return f"{f.street_name()} {rng.randint(1, 300)}, {rng.randint(1000, 9999)} {alnum(rng, 2, 'ABCDEGHJKLNPRSTVWXZ')} {rng.choice(NL_CITIES)}"
    if loc == "fr_BE":
        return f"{f.street_name()} {rng.randint(1, 150)}, {rng.randint(1000, 9999)} {rng.choice(['Bruxelles', 'Liège', 'Namur', 'Charleroi', 'Mons'])}"
    if loc == "de_CH":
        return f"{f.street_name()} {rng.randint(1, 90)}, {rng.randint(1000, 9658)} {rng.choice(['Zürich', 'Bern', 'Basel', 'Lausanne', 'Genève', 'Luzern'])}"
    return f"{f.building_number()} {f.street_name()}, {f.city()}, {f.state_abbr()} {f.zipcode()}"


def t_fr_hotel_guests() -> dict:
    rng = random.Random(7005)
    fakers = {loc: fk(loc, 7005 + i) for i, (loc, *_rest) in enumerate(GUEST_ORIGINS)}
    origin = [rng.choices(GUEST_ORIGINS, weights=[o[3] for o in GUEST_ORIGINS])[0] for _ in range(N)]
    ppl = [people(fakers[o[0]], rng, 1, 1940, 2006)[0] for o in origin]
    piece = []
    for o in origin:
        if o[0] == "fr_FR":
            piece.append(pick(rng, ["CNI", "Passeport", "Permis de conduire"], [6, 2, 2]))
        else:
            piece.append(pick(rng, ["Passeport", "CNI", "Titre de séjour"], [8, 2, 1]))
    arr = [rdate(rng, 2024, 2024) for _ in range(N)]
    dep = [a.fromordinal(a.toordinal() + rng.randint(1, 9)) for a in arr]

    def pays(o) -> str:
        if rng.random() < 0.1:
            return rng.choice(["France", "Suisse", "Luxembourg", "Belgique", "Royaume-Uni"])
        return o[2]

    def masked() -> str:
        d = digits(rng, 4)
        return rng.choice([f"XXXX XXXX XXXX {d}", f"************{d}", f"**** {d}", f"4***********{d}"])

    comm = [
        "Arrivée tardive prévue",
        "Lit bébé demandé",
        "Chambre calme SVP",
        "Petit-déjeuner inclus",
        "Parking réservé",
        "Client fidèle",
        "Allergie aux plumes – oreillers synthétiques",
        "Late check-out 14h",
        "Demande chambre non-fumeur",
        "Groupe séminaire",
    ]
    cols = [
        ("num_resa", NONE, [f"RES-{alnum(rng, 8)}" for _ in range(N)]),
        ("txtNom", "PERSON_NAME", mess([p["last"] for p in ppl], rng, ws=0.02, upper=0.7)),
        ("txtPrenom", "PERSON_NAME", mess([p["first"] for p in ppl], rng, ws=0.02, upper=0.1)),
        ("dtNaiss", "DATE_OF_BIRTH", [p["dob"].strftime("%d/%m/%Y") for p in ppl]),
        ("nationalite", "NATIONALITY", mess([o[1] for o in origin], rng, upper=0.15)),
        ("pays_resid", "COUNTRY", [pays(o) for o in origin]),
        ("typePiece", NONE, piece),
        (
            "num_passeport",
            "PASSPORT",
            [(_passport_for(rng, o[0]) if pc == "Passeport" else None) for o, pc in zip(origin, piece, strict=True)],
        ),
        (
            "adrDomicile",
            "STREET_ADDRESS",
            mess([_address_for(rng, fakers[o[0]], o[0]) for o in origin], rng, ws=0.02, upper=0.05),
        ),
        (
            "mel",
            "EMAIL",
            with_nulls(
                [
                    email(
                        rng,
                        p["first"],
                        p["last"],
                        [
                            "orange.fr",
                            "free.fr",
                            "gmail.com",
                            "laposte.net",
                            "hotmail.fr",
                            "web.de",
                            "yahoo.co.uk",
                            "libero.it",
                            "icloud.com",
                        ],
                    )
                    for p in ppl
                ],
                rng,
                0.1,
            ),
        ),
        ("dateArrivee", NONE, [a.strftime("%d/%m/%Y") for a in arr]),
        ("dateDepart", NONE, [d.strftime("%d/%m/%Y") for d in dep]),
        (
            "chambre",
            NONE,
            [
                rng.choice([str(rng.randint(101, 512)), f"{rng.randint(1, 5)}.{rng.randint(1, 20):02d}"])
                for _ in range(N)
            ],
        ),
        ("tarif_nuit", NONE, [f"{rng.choice([89, 109, 129, 149, 189, 240]):d},00 €" for _ in range(N)]),
        ("hotel_ville", NONE, [rng.choice(["Nice", "Paris", "Lyon", "Bordeaux"]) for _ in range(N)]),
        ("carte_garantie", "CREDIT_CARD", with_nulls([card_number(rng) for _ in range(N)], rng, 0.08)),
        ("carte_masquee", NONE, [masked() for _ in range(N)]),
        ("plaque", "LICENSE_PLATE", with_nulls([_plate_for(rng, o[0]) for o in origin], rng, 0.35)),
        ("commentaire", NONE, with_nulls([rng.choice(comm) for _ in range(N)], rng, 0.6)),
    ]
    return {"name": "fr_hotel_fiches_police", "lang": "fr", "columns": cols}


# ============================================================ 6. French funeral home records (fr)
def t_fr_pompes_funebres() -> dict:
    rng = random.Random(7006)
    f = fk("fr_FR", 7006)
    ppl = people(f, rng, N, 1921, 1975)

    def defunt(p) -> str:
        prenoms = p["first"] + (
            " " + (f.first_name_female() if p["female"] else f.first_name_male()) if rng.random() < 0.4 else ""
        )
        if rng.random() < 0.8:
            return f"{p['last'].upper()} {prenoms}"
        return f"{prenoms} {p['last']}"

    def naiss(d) -> str:
        r = rng.random()
        if r < 0.6:
            return d.strftime("%d/%m/%Y")
        if r < 0.85:
            return f"{d.day} {MONTHS_FR[d.month - 1]} {d.year}"
        return d.strftime("%Y-%m-%d")

    def situ(p) -> str:
        opts = (
            ["Veuve", "Mariée", "Célibataire", "Divorcée", "Pacsée"]
            if p["female"]
            else ["Veuf", "Marié", "Célibataire", "Divorcé", "Pacsé"]
        )
        return pick(rng, opts, [5, 4, 2, 2, 1])

    cult = [
        "Catholique",
        "Catholique",
        "Catholique",
        "Protestant",
        "Musulman",
        "Israélite",
        "Orthodoxe",
        "Sans (cérémonie civile)",
        "Bouddhiste",
        "Témoin de Jéhovah",
    ]
    cause = [
        "Insuffisance cardiaque",
        "Cancer du poumon",
        "AVC",
        "Maladie d'Alzheimer",
        "BPCO",
        "Infarctus du myocarde",
        "Pneumopathie",
        "Cancer colorectal",
        "Grand âge",
        "Insuffisance rénale",
        "Covid-19",
        "Sepsis",
        "Maladie de Parkinson",
        "Chute – fracture du col du fémur",
    ]

    def contact(p) -> str:
        fem = rng.random() < 0.55
        prenom = f.first_name_female() if fem else f.first_name_male()
        nom = p["last"] if rng.random() < 0.6 else f.last_name()
        r = rng.random()
        if r < 0.4:
            return f"{'Mme' if fem else 'M.'} {prenom} {nom.upper()}"
        if r < 0.8:
            return f"{prenom} {nom}"
        return f"{nom.upper()} {prenom}"

    obs = [
        "Cérémonie civile, fleurs blanches",
        "Transport depuis l'hôpital",
        "Soins de conservation demandés",
        "Avis de décès dans la presse locale",
        "Concession trentenaire existante",
        "Urne à remettre à la famille",
        "Pas de fleurs ni couronnes",
        "Musique pendant la cérémonie",
    ]
    cols = [
        ("dossier", NONE, [f"PF{rng.choice([23, 24])}-{rng.randint(1, 9999):05d}" for _ in range(N)]),
        ("defunt", "PERSON_NAME", mess([defunt(p) for p in ppl], rng, ws=0.02)),
        ("date_naissance", "DATE_OF_BIRTH", [naiss(p["dob"]) for p in ppl]),
        ("NIR", "NATIONAL_ID", with_nulls([fr_nir(rng, p["female"], p["dob"]) for p in ppl], rng, 0.1)),
        ("situation_famille", "MARITAL_STATUS", mess([situ(p) for p in ppl], rng, upper=0.2)),
        ("culte", "RELIGION", with_nulls([rng.choice(cult) for _ in range(N)], rng, 0.1)),
        ("cause_deces", "HEALTH", with_nulls([rng.choice(cause) for _ in range(N)], rng, 0.35)),
        ("contact_famille", "PERSON_NAME", mess([contact(p) for p in ppl], rng, ws=0.02)),
        ("tel_fam", "PHONE", with_nulls([phone_fr(rng) for _ in range(N)], rng, 0.05)),
        ("c11", "IBAN", with_nulls([iban_fmt(rng, iban_fr(rng), 0.7) for _ in range(N)], rng, 0.3)),
        ("date_obseques", NONE, [rdate(rng, 2023, 2024).strftime("%d/%m/%Y") for _ in range(N)]),
        (
            "cercueil_ref",
            NONE,
            [
                f"CER-{rng.choice(['CHENE', 'PIN', 'SAPIN', 'ACAJOU'])}-{rng.choice(['MASSIF', 'PLAQ'])}-{rng.choice([170, 180, 190, 200])}"
                for _ in range(N)
            ],
        ),
        ("montant_devis", NONE, [_money(rng, 2200, 7800, "eur_fr") for _ in range(N)]),
        (
            "crematorium",
            NONE,
            with_nulls(
                [
                    rng.choice(
                        [
                            "Crématorium du Père-Lachaise",
                            "Crématorium de Lyon",
                            "Crématorium de Nice",
                            "Crématorium de Rennes",
                            "Crématorium de Montpellier",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.45,
            ),
        ),
        ("obs", NONE, with_nulls([rng.choice(obs) for _ in range(N)], rng, 0.5)),
        ("c22", NONE, [ean13(rng, "376") for _ in range(N)]),
        (
            "agence",
            NONE,
            [
                rng.choice(
                    ["Agence Lyon 3e", "Agence Marseille Prado", "Agence Toulouse Rangueil", "Agence Lille Centre"]
                )
                for _ in range(N)
            ],
        ),
        (
            "formule",
            NONE,
            [rng.choice(["Inhumation", "Crémation", "Transport de corps", "Contrat obsèques"]) for _ in range(N)],
        ),
    ]
    return {"name": "fr_pompes_funebres", "lang": "fr", "columns": cols}


# ============================================================ 7. Spanish unemployment-benefit claims (es)
def t_es_prestacion_desempleo() -> dict:
    rng = random.Random(7007)
    f = fk("es_ES", 7007)
    ppl = people(f, rng, N, 1960, 2004)
    city = [rng.choice(ES_CITIES) for _ in range(N)]

    def first(p) -> str:
        if rng.random() < 0.2:
            return f"{p['first']} {f.first_name_female() if p['female'] else f.first_name_male()}"
        return p["first"]

    def ape(p) -> str:
        return f"{p['last']} {f.last_name()}"

    def salario() -> str:
        r = rng.random()
        if r < 0.5:
            v = rng.uniform(1134, 3400)
            return f"{v:,.2f} €/mes".replace(",", "X").replace(".", ",").replace("X", ".")
        v = rng.uniform(15876, 48000)
        return f"{v:.0f}" if r < 0.8 else f"{v:,.0f} € brutos/año".replace(",", ".")

    def obs(p) -> str | None:
        r = rng.random()
        nm = f"{f.first_name()} {f.last_name()}"
        ph = phone_es(rng)
        em = email(rng, p["first"], p["last"], ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "outlook.es"])
        if r < 0.14:
            return f"Llamó un familiar, {nm} ({ph}), para aportar el certificado de empresa."
        if r < 0.28:
            return f"El interesado solicita notificaciones en {em}."
        if r < 0.4:
            return f"Cita presencial con {p['first']} {p['last']}; aporta vida laboral."
        if r < 0.52:
            return f"Contactar con {nm} en el {ph} por la tarde."
        if r < 0.62:
            return f"Documentación entregada por su pareja, {nm}."
        if r < 0.7:
            return f"Nuevo domicilio comunicado: {f.street_name()} {rng.randint(1, 99)}, {rng.randint(1, 8)}º {rng.choice('ABCD')}."
        if r < 0.78:
            return None
        return rng.choice(
            [
                "Pendiente certificado de empresa.",
                "Falta vida laboral.",
                "Requerimiento enviado por correo postal.",
                "Expediente completo.",
                "Revisar periodo de carencia.",
            ]
        )

    estudios = [
        "Sin estudios",
        "ESO",
        "Bachillerato",
        "FP Grado Medio",
        "FP Grado Superior",
        "Grado universitario",
        "Máster",
        "Doctorado",
        "Estudios primarios",
    ]
    sind = ["CCOO", "UGT", "CGT", "USO", "ELA", "CIG", "Ninguno", "CC.OO.", "LAB", "CSIF"]
    cols = [
        ("expediente", NONE, [f"EXP-{rng.choice([2023, 2024])}-{c[1]}-{rng.randint(1, 999999):06d}" for c in city]),
        (
            "fld_02",
            "NATIONAL_ID",
            mess([es_nie(rng) if rng.random() < 0.2 else es_dni(rng) for _ in range(N)], rng, ws=0.02, lower=0.03),
        ),
        ("nombre", "PERSON_NAME", mess([first(p) for p in ppl], rng, ws=0.02, upper=0.3)),
        ("apellidos", "PERSON_NAME", mess([ape(p) for p in ppl], rng, ws=0.02, upper=0.3)),
        ("num_afiliacion_ss", "NATIONAL_ID", with_nulls([es_nss(rng, c[1]) for c in city], rng, 0.05)),
        ("cp", "POSTAL_CODE", [f"{c[1]}{rng.randint(1, 999):03d}" for c in city]),
        ("nivel_estudios", "EDUCATION", with_nulls([rng.choice(estudios) for _ in range(N)], rng, 0.08)),
        ("salario_ultimo_empleo", "FINANCIAL", with_nulls([salario() for _ in range(N)], rng, 0.05)),
        (
            "grado_discapacidad",
            "HEALTH",
            [pick(rng, ["0%", "33%", "45%", "65%", "75%", None], [10, 3, 1, 1, 1, 6]) for _ in range(N)],
        ),
        ("sindicato_asesor", "TRADE_UNION", with_nulls([rng.choice(sind) for _ in range(N)], rng, 0.3)),
        ("observaciones", "FREE_TEXT_WITH_PII", [obs(p) for p in ppl]),
        ("fecha_solicitud", NONE, [rdate(rng, 2023, 2024).strftime("%d/%m/%Y") for _ in range(N)]),
        (
            "oficina_empleo",
            NONE,
            [
                f"Oficina de Empleo {c[0]}"
                + (f" - {rng.choice(['Centro', 'Norte', 'Sur', 'Arganzuela', 'Triana'])}" if rng.random() < 0.4 else "")
                for c in city
            ],
        ),
        (
            "estado",
            NONE,
            [rng.choice(["RESUELTA", "EN TRÁMITE", "DENEGADA", "SUSPENDIDA", "ARCHIVADA"]) for _ in range(N)],
        ),
        (
            "tipo_prestacion",
            NONE,
            [
                rng.choice(["Contributiva", "Subsidio por desempleo", "RAI", "Subsidio mayores 52", "Capitalización"])
                for _ in range(N)
            ],
        ),
        ("codigo_oficina", NONE, [f"{c[1]}{rng.randint(1, 999):03d}-{rng.randint(1, 12):02d}" for c in city]),
        (
            "fecha_resolucion",
            NONE,
            with_nulls([rdate(rng, 2023, 2024).strftime("%Y-%m-%d") for _ in range(N)], rng, 0.3),
        ),
        ("ref_hash", NONE, [md5_of(rng) for _ in range(N)]),
    ]
    return {"name": "es_prestacion_desempleo", "lang": "es", "columns": cols}


# ============================================================ 8. Spanish marathon race results (es)
RUNNER_ORIGINS = [
    ("es_ES", "ESP", 70),
    ("fr_FR", "FRA", 6),
    ("pt_PT", "POR", 5),
    ("it_IT", "ITA", 4),
    ("en_GB", "GBR", 4),
    ("de_DE", "GER", 3),
    ("es_MX", "MEX", 2),
    ("es_CO", "COL", 2),
    ("nl_NL", "NED", 2),
    ("pl_PL", "POL", 2),
]
RUNNER_CITIES = {
    "fr_FR": [c for c, _ in FR_CITIES],
    "pt_PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro", "Setúbal", "Viseu"],
    "it_IT": ["Roma", "Milano", "Torino", "Napoli", "Bologna", "Firenze"],
    "en_GB": ["London", "Manchester", "Bristol", "Leeds", "Brighton"],
    "de_DE": DE_CITIES,
    "es_MX": ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla"],
    "es_CO": ["Bogotá", "Medellín", "Cali", "Barranquilla"],
    "nl_NL": NL_CITIES,
    "pl_PL": [c for c, _ in PL_CITIES],
}


def t_es_resultados_maraton() -> dict:
    rng = random.Random(7008)
    fakers = {loc: fk(loc, 7008 + i) for i, (loc, *_r) in enumerate(RUNNER_ORIGINS)}
    origin = [rng.choices(RUNNER_ORIGINS, weights=[o[2] for o in RUNNER_ORIGINS])[0] for _ in range(N)]
    ppl = [people(fakers[o[0]], rng, 1, 1950, 2006, female_p=0.35)[0] for o in origin]
    secs = [int(rng.gauss(4 * 3600 + 5 * 60, 35 * 60)) for _ in range(N)]
    secs = [max(s, 2 * 3600 + 9 * 60) for s in secs]

    def hms(s: int) -> str:
        return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"

    def fullname(p, o) -> str:
        if o[0] == "es_ES":
            n = f"{p['first']} {p['last']} {fakers['es_ES'].last_name()}"
        else:
            n = f"{p['first']} {p['last']}"
        return n.upper() if rng.random() < 0.6 else n

    def localidad(o) -> str:
        if o[0] == "es_ES":
            return rng.choice(ES_CITIES)[0]
        return rng.choice(RUNNER_CITIES[o[0]])

    def profile(p) -> str | None:
        r = rng.random()
        if r < 0.3:
            return f"https://www.strava.com/athletes/{rng.randint(100000, 130000000)}"
        if r < 0.4:
            return f"strava.com/athletes/{rng.randint(100000, 130000000)}"
        if r < 0.5:
            h = (
                ascii_(p["first"]).lower()
                + "_"
                + ascii_(p["last"]).lower().replace(" ", "")
                + rng.choice(["", "run", str(rng.randint(1, 99))])
            )
            return f"https://www.instagram.com/{h}/"
        return None

    ranks = sorted(range(N), key=lambda i: secs[i])
    pos = [0] * N
    for r, i in enumerate(ranks):
        pos[i] = r + 1
    clubs = [
        "C.A. Vallecas",
        "Independiente",
        "Runners Sevilla",
        "Club Atletismo Bikila",
        "Correcaminos Zaragoza",
        "A.D. Marathon",
        "Trotamundos Vigo",
        "C.D. Canguros",
        "Sin club",
        "Running Team Málaga",
    ]
    cols = [
        ("dorsal", NONE, [rng.randint(1, 15000) for _ in range(N)]),
        ("chip", NONE, [f"CHP{hexstr(rng, 6).upper()}" for _ in range(N)]),
        (
            "nombre_completo",
            "PERSON_NAME",
            mess([fullname(p, o) for p, o in zip(ppl, origin, strict=True)], rng, ws=0.02),
        ),
        ("sexo", "GENDER", ["F" if p["female"] else "M" for p in ppl]),
        ("anio_nac", "DATE_OF_BIRTH", [p["dob"].year for p in ppl]),
        ("localidad", "CITY", mess([localidad(o) for o in origin], rng, upper=0.3)),
        ("nacionalidad", "NATIONALITY", [o[1] for o in origin]),
        (
            "email",
            "EMAIL",
            with_nulls(
                [
                    email(
                        rng,
                        p["first"],
                        p["last"],
                        ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "icloud.com", "orange.fr", "sapo.pt"],
                    )
                    for p in ppl
                ],
                rng,
                0.05,
            ),
        ),
        ("url_perfil", "URL", [profile(p) for p in ppl]),
        (
            "grupo_sanguineo",
            "HEALTH",
            with_nulls(
                [
                    pick(rng, ["A+", "A-", "0+", "0-", "B+", "B-", "AB+", "AB-"], [35, 7, 35, 7, 8, 2, 4, 2])
                    for _ in range(N)
                ],
                rng,
                0.3,
            ),
        ),
        ("tiempo_neto", NONE, [hms(s) for s in secs]),
        ("tiempo_oficial", NONE, [hms(s + rng.randint(0, 420)) for s in secs]),
        ("paso_21k", NONE, [hms(int(s * rng.uniform(0.46, 0.5))) for s in secs]),
        ("puesto_general", NONE, pos),
        ("ritmo", NONE, [f"{(s / 42.195) // 60:.0f}:{int(s / 42.195 % 60):02d}/km" for s in secs]),
        ("club", NONE, [rng.choice(clubs) for _ in range(N)]),
        ("talla", NONE, [pick(rng, ["XS", "S", "M", "L", "XL", "XXL"], [1, 4, 6, 5, 3, 1]) for _ in range(N)]),
        ("cuota", NONE, [rng.choice(["45,00 €", "55,00 €", "65,00 €", "0,00 €"]) for _ in range(N)]),
    ]
    return {"name": "es_resultados_maraton", "lang": "es", "columns": cols}


# ============================================================ 9. Italian biobank / genetic-testing lab (it)
def t_it_biobanca() -> dict:
    rng = random.Random(7009)
    f = fk("it_IT", 7009)
    ppl = people(f, rng, N, 1935, 2010)

    def cf(p) -> str:
        s = codice_fiscale(p["first"], p["last"], p["female"], p["dob"], rng.choice(IT_BELFIORE))
        return s.lower() if rng.random() < 0.05 else s

    def nome(p) -> str:
        r = rng.random()
        if r < 0.6:
            return f"{p['last']} {p['first']}".upper()
        if r < 0.85:
            return f"{p['last']} {p['first']}"
        return f"{p['last'].upper()}, {p['first']}"

    icd = [
        "C50.9",
        "C50.4",
        "C18.7",
        "C56",
        "C61",
        "E11.9",
        "I25.1",
        "G30.1",
        "Z80.3",
        "Z80.0",
        "Q87.4",
        "E84.0",
        "G71.0",
        "D56.1",
        "C25.9",
        "I42.1",
        "G12.2",
        "E78.0",
    ]
    esito = [
        "BRCA1 c.5266dupC (p.Gln1756Profs*74) – patogenetica",
        "BRCA2 c.9097dupA – patogenetica",
        "Nessuna variante patogenetica rilevata",
        "Nessuna variante patogenetica rilevata",
        "Nessuna variante patogenetica rilevata",
        "MLH1 c.1852_1854del – VUS",
        "CFTR F508del eterozigote (portatore)",
        "FBN1 c.7754T>C – probabilmente patogenetica",
        "HFE C282Y omozigote",
        "LDLR c.1646G>A – patogenetica",
        "TTN troncante – VUS",
        "Variante di significato incerto in PALB2",
    ]
    etnia = [
        "Caucasica",
        "Caucasica",
        "Caucasica",
        "Nordafricana",
        "Africana subsahariana",
        "Asiatica orientale",
        "Sudasiatica",
        "Latinoamericana",
        "Non dichiarata",
        "Mediorientale",
    ]
    cols = [
        (
            "id_campione",
            NONE,
            [f"BB-{rng.choice(['MI', 'PV', 'RM', 'NA'])}-{rng.randint(1, 9_999_999):07d}" for _ in range(N)],
        ),
        ("barcode_provetta", NONE, [f"TB{digits(rng, 10)}" for _ in range(N)]),
        ("cognome_nome", "PERSON_NAME", mess([nome(p) for p in ppl], rng, ws=0.02)),
        ("cf_paz", "NATIONAL_ID", with_nulls([cf(p) for p in ppl], rng, 0.04)),
        (
            "data_nascita",
            "DATE_OF_BIRTH",
            [p["dob"].strftime(pick(rng, ["%d/%m/%Y", "%d-%m-%Y", "%Y%m%d"], [7, 2, 1])) for p in ppl],
        ),
        (
            "n_cartella_clin",
            "MEDICAL_RECORD_NUMBER",
            [f"CC{rng.randint(2008, 2024)}-{rng.randint(1, 999999):06d}" for _ in range(N)],
        ),
        ("diagnosi_icd10", "HEALTH", with_nulls([rng.choice(icd) for _ in range(N)], rng, 0.1)),
        ("esito_variante", "HEALTH", with_nulls([rng.choice(esito) for _ in range(N)], rng, 0.25)),
        ("etnia", "ETHNICITY", with_nulls([rng.choice(etnia) for _ in range(N)], rng, 0.15)),
        (
            "fumatore",
            "HEALTH",
            with_nulls([rng.choice(["Sì", "No", "No", "Ex fumatore", "si", "no"]) for _ in range(N)], rng, 0.1),
        ),
        ("bmi", "HEALTH", with_nulls([round(rng.gauss(25.5, 4.2), 1) for _ in range(N)], rng, 0.12)),
        ("data_prelievo", NONE, [rdate(rng, 2019, 2024).strftime("%d/%m/%Y") for _ in range(N)]),
        (
            "lotto_reagente",
            NONE,
            [f"LOT{rng.randint(20, 24)}{rng.choice('ABCDEF')}{rng.randint(1, 999):03d}" for _ in range(N)],
        ),
        (
            "run_seq",
            NONE,
            [
                f"{rng.randint(220101, 241231)}_A{rng.randint(1000, 1999):05d}_{rng.randint(1, 400):04d}_{alnum(rng, 9)}"
                for _ in range(N)
            ],
        ),
        ("posizione_piastra", NONE, [f"{rng.choice('ABCDEFGH')}{rng.randint(1, 12):02d}" for _ in range(N)]),
        ("conc_ng_ul", NONE, [round(rng.uniform(2, 180), 1) for _ in range(N)]),
        ("sha256_fastq", NONE, [sha256_of(rng) for _ in range(N)]),
        ("consenso_ricerca", NONE, [rng.choice(["SI", "NO", "SI", "REVOCATO"]) for _ in range(N)]),
        (
            "laboratorio",
            NONE,
            [
                rng.choice(
                    ["Lab. Genetica Medica – Milano", "UOC Genetica Medica Pavia", "Laboratorio di Citogenetica Roma"]
                )
                for _ in range(N)
            ],
        ),
    ]
    return {"name": "it_biobanca_campioni", "lang": "it", "columns": cols}


# ============================================================ 10. Dutch public library loans (nl)
def t_nl_bibliotheek() -> dict:
    rng = random.Random(7010)
    f = fk("nl_NL", 7010)
    ppl = people(f, rng, N, 1935, 2016)

    def naam(p) -> str:
        last = p["last"]
        r = rng.random()
        if r < 0.4:
            return f"{p['first']} {last}"
        if r < 0.8:
            return f"{last}, {p['first'][0]}."
        return f"{last}, {p['first']}"

    def bsn() -> str:
        b = nl_bsn(rng)
        return f"{b[:3]}.{b[3:5]}.{b[5:7]}.{b[7:]}" if rng.random() < 0.1 else b

    def pc() -> str:
        d = rng.randint(1000, 9999)
        L = alnum(rng, 2, "ABCDEGHJKLNPRSTVWXZ")
        return f"{d} {L}" if rng.random() < 0.6 else f"{d}{L}"

    def user(p) -> str:
        fi = ascii_(p["first"]).lower()
        la = ascii_(p["last"]).lower().replace(" ", "").replace("'", "")
        r = rng.random()
        if r < 0.3:
            return f"{fi[0]}{la}{rng.randint(1, 99)}"
        if r < 0.55:
            return f"{fi}_{la[:1]}"
        if r < 0.75:
            return f"{rng.choice(['boekenwurm', 'lezer', 'leesfan', 'bieb'])}_{fi}"
        return f"{fi}{la}{p['dob'].year % 100:02d}"

    def isbn() -> str:
        s = ean13(rng, rng.choice(["97890", "97894", "97890", "978"]))
        return f"{s[:3]}-{s[3:5]}-{s[5:9]}-{s[9:12]}-{s[12]}" if rng.random() < 0.4 else s

    adj = ["stille", "verloren", "laatste", "donkere", "gouden", "onzichtbare", "vergeten", "koude", "wilde", "lange"]
    noun = [
        "rivier",
        "zomer",
        "brief",
        "tuin",
        "stad",
        "winter",
        "reis",
        "herinnering",
        "zee",
        "nacht",
        "kamer",
        "storm",
    ]

    def titel() -> str:
        r = rng.random()
        if r < 0.5:
            return f"De {rng.choice(adj)} {rng.choice(noun)}"
        if r < 0.75:
            return f"Het geheim van de {rng.choice(noun)}"
        return rng.choice(
            [
                "Koken zonder vlees",
                "Basiscursus Python",
                "Wandelen in Drenthe",
                "Opvoeden voor beginners",
                "Atlas van Nederland",
                "Tuinieren in de stad",
                "Handboek fotografie",
                "Geschiedenis van de Gouden Eeuw",
            ]
        )

    opm = [
        "boek met waterschade teruggebracht",
        "reservering verlopen",
        "verlengd via app",
        "te laat ingeleverd",
        "boek zoek, vervangingskosten",
        "strippenkaart opgewaardeerd",
        "cd ontbreekt in hoes",
        "inleverautomaat storing",
    ]
    loan = [rdate(rng, 2024, 2024) for _ in range(N)]
    cols = [
        ("pasnummer", NONE, [f"20{digits(rng, 12)}" for _ in range(N)]),
        ("lid_naam", "PERSON_NAME", mess([naam(p) for p in ppl], rng, ws=0.02)),
        ("geb_dat", "DATE_OF_BIRTH", [p["dob"].strftime(pick(rng, ["%d-%m-%Y", "%Y-%m-%d"], [8, 2])) for p in ppl]),
        ("bsn", "NATIONAL_ID", with_nulls([bsn() for _ in range(N)], rng, 0.2)),
        ("postcode", "POSTAL_CODE", [pc() for _ in range(N)]),
        ("woonplaats", "CITY", mess([rng.choice(NL_CITIES) for _ in range(N)], rng, upper=0.1, ws=0.02)),
        ("ip_login", "IP_ADDRESS", with_nulls([f.ipv4_public() for _ in range(N)], rng, 0.3)),
        ("gebruikersnaam", "USERNAME", with_nulls([user(p) for p in ppl], rng, 0.25)),
        (
            "vestiging",
            NONE,
            [
                rng.choice(
                    [
                        "Centrale Bibliotheek",
                        "Filiaal Oost",
                        "Bibliotheek Zuid",
                        "Bieb Kanaleneiland",
                        "Servicepunt Leidsche Rijn",
                    ]
                )
                for _ in range(N)
            ],
        ),
        ("vest_plaats", NONE, [rng.choice(["Utrecht", "Utrecht", "Nieuwegein", "Zeist"]) for _ in range(N)]),
        ("isbn", NONE, [isbn() for _ in range(N)]),
        ("titel", NONE, [titel() for _ in range(N)]),
        ("uitleen_dt", NONE, [d.strftime("%d-%m-%Y") for d in loan]),
        ("boete", NONE, [f"€ {rng.choice([0, 0, 0, 0.3, 0.6, 1.2, 2.5]):.2f}".replace(".", ",") for _ in range(N)]),
        (
            "abonnement",
            NONE,
            [rng.choice(["Jeugd", "Basis", "Plus", "Student", "Jongeren 18-", "Volwassenen"]) for _ in range(N)],
        ),
        ("opm", NONE, with_nulls([rng.choice(opm) for _ in range(N)], rng, 0.7)),
        ("x7", NONE, [f"E280{hexstr(rng, 20).upper()}" for _ in range(N)]),
    ]
    return {"name": "nl_bibliotheek_uitleningen", "lang": "nl", "columns": cols}


# ============================================================ 11. Brazilian debt collection (pt)
def t_br_cobranca() -> dict:
    rng = random.Random(7011)
    f = fk("pt_BR", 7011)
    ppl = people(f, rng, N, 1950, 2004)

    def renda() -> str:
        v = rng.lognormvariate(8.1, 0.6)
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return f"R$ {s}" if rng.random() < 0.7 else s

    def cep() -> str:
        d = digits(rng, 8, True)
        return f"{d[:5]}-{d[5:]}" if rng.random() < 0.75 else d

    def linha() -> str:
        d = digits(rng, 47)
        return f"{d[:5]}.{d[5:10]} {d[10:15]}.{d[15:21]} {d[21:26]}.{d[26:32]} {d[32]} {d[33:]}"

    def hist(p) -> str | None:
        r = rng.random()
        nm = f"{f.first_name()} {f.last_name()}"
        ph = phone_br(rng)
        em = email(rng, p["first"], p["last"], ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br"])
        if r < 0.15:
            return f"Cliente informou que o filho {nm} vai quitar; contato {ph}."
        if r < 0.3:
            return f"Enviado boleto para {em}."
        if r < 0.42:
            return f"Falei com {p['first']} {p['last']}, promete pagar dia {rng.randint(1, 28)}."
        if r < 0.54:
            return f"Número não pertence ao devedor, atendeu {nm}. Novo telefone: {ph}."
        if r < 0.64:
            return f"Acordo fechado via WhatsApp {ph}."
        if r < 0.72:
            return None
        return rng.choice(
            [
                "Sem contato.",
                "Caixa postal.",
                "Cliente desligou.",
                "Aguardando retorno.",
                "Acordo quebrado.",
                "Negativação enviada ao bureau.",
            ]
        )

    cols = [
        ("contrato", NONE, [f"CTR{digits(rng, 9)}-{rng.randint(0, 9)}" for _ in range(N)]),
        ("devedor", "PERSON_NAME", mess([f"{p['first']} {p['last']}" for p in ppl], rng, ws=0.02, upper=0.4)),
        ("cpf", "NATIONAL_ID", [br_cpf(rng) for _ in range(N)]),
        ("rg", "NATIONAL_ID", with_nulls([br_rg_sp(rng) for _ in range(N)], rng, 0.2)),
        ("cep", "POSTAL_CODE", [cep() for _ in range(N)]),
        ("celular", "PHONE", with_nulls([phone_br(rng) for _ in range(N)], rng, 0.05)),
        (
            "email",
            "EMAIL",
            with_nulls(
                [
                    email(
                        rng,
                        p["first"],
                        p["last"],
                        ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "yahoo.com.br", "outlook.com"],
                    )
                    for p in ppl
                ],
                rng,
                0.2,
            ),
        ),
        ("renda_mensal", "FINANCIAL", with_nulls([renda() for _ in range(N)], rng, 0.15)),
        ("score_credito", "FINANCIAL", [rng.randint(0, 1000) for _ in range(N)]),
        ("historico_contato", "FREE_TEXT_WITH_PII", [hist(p) for p in ppl]),
        ("valor_parcela", NONE, [f"R$ {rng.uniform(29.9, 890):.2f}".replace(".", ",") for _ in range(N)]),
        ("dt_vencimento", NONE, [rdate(rng, 2023, 2025).strftime("%d/%m/%Y") for _ in range(N)]),
        (
            "credor",
            NONE,
            [
                rng.choice(
                    [
                        "Banco Pan S.A.",
                        "Itaú Unibanco S.A.",
                        "Via Varejo S.A.",
                        "Claro S.A.",
                        "Nu Pagamentos S.A.",
                        "Banco Bradesco S.A.",
                        "Casas Bahia",
                        "Lojas Renner S.A.",
                    ]
                )
                for _ in range(N)
            ],
        ),
        ("linha_digitavel", NONE, [linha() for _ in range(N)]),
        ("protocolo", NONE, [f"{rts(rng, 2024, 2024).strftime('%Y%m%d')}{digits(rng, 6)}" for _ in range(N)]),
        ("c24", NONE, [rng.choice(["ACD", "PRM", "NEG", "QTD", "CPC", "SCT"]) for _ in range(N)]),
        ("qtd_parcelas", NONE, [f"{rng.randint(1, 12)}/{rng.choice([12, 18, 24])}" for _ in range(N)]),
        (
            "carteira",
            NONE,
            [
                rng.choice(["Cartão de crédito", "Empréstimo pessoal", "Crediário", "Telefonia", "Cheque especial"])
                for _ in range(N)
            ],
        ),
    ]
    return {"name": "br_cobranca_dividas", "lang": "pt", "columns": cols}


# ============================================================ 12. Portuguese life-insurance underwriting (pt)
def t_pt_seguro_vida() -> dict:
    rng = random.Random(7012)
    f = fk("pt_PT", 7012)
    ppl = people(f, rng, N, 1955, 2005)
    ref = rdate(rng, 2024, 2024)

    def age(p) -> int:
        a = ref.year - p["dob"].year - ((ref.month, ref.day) < (p["dob"].month, p["dob"].day))
        return a + (1 if rng.random() < 0.4 else 0)  # actuarial age rounds to nearest birthday

    def nif() -> str:
        s = pt_nif(rng)
        r = rng.random()
        if r < 0.1:
            return "PT" + s
        if r < 0.3:
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        return s

    def rend() -> str:
        v = rng.lognormvariate(9.9, 0.5)
        r = rng.random()
        if r < 0.5:
            return f"{v:,.2f} €".replace(",", " ").replace(".", ",")
        return f"{v:.0f}"

    antec = [
        "Nenhum",
        "Nenhum",
        "Nenhum",
        "Hipertensão arterial",
        "Diabetes tipo 2",
        "Asma",
        "Depressão (em tratamento)",
        "Hepatite B",
        "Enfarte do miocárdio (2015)",
        "Colesterol elevado",
        "Hérnia discal",
        "Cancro da mama (remissão)",
        "Apneia do sono",
    ]
    cols = [
        ("n_proposta", NONE, [f"PV-{rng.choice([2023, 2024])}-{rng.randint(1, 999999):06d}" for _ in range(N)]),
        ("data_proposta", NONE, [rdate(rng, 2023, 2024).strftime("%d-%m-%Y") for _ in range(N)]),
        (
            "tomador_nome",
            "PERSON_NAME",
            mess(
                [f"{p['first']} {p['last']}" + (f" {f.last_name()}" if rng.random() < 0.5 else "") for p in ppl],
                rng,
                ws=0.02,
                upper=0.2,
            ),
        ),
        ("nif", "NATIONAL_ID", [nif() for _ in range(N)]),
        ("idade_atuarial", "AGE", [age(p) for p in ppl]),
        ("profissao", "OCCUPATION", with_nulls([f.job() for _ in range(N)], rng, 0.05)),
        ("rend_anual_bruto", "FINANCIAL", with_nulls([rend() for _ in range(N)], rng, 0.1)),
        ("imc", "HEALTH", [f"{rng.gauss(26, 4):.1f}".replace(".", ",") for _ in range(N)]),
        ("fumador", "HEALTH", [rng.choice(["S", "N", "N", "N", "Ex"]) for _ in range(N)]),
        ("antecedentes", "HEALTH", with_nulls([rng.choice(antec) for _ in range(N)], rng, 0.1)),
        (
            "estado_civil",
            "MARITAL_STATUS",
            [
                rng.choice(["Solteiro(a)", "Casado(a)", "Casado(a)", "Divorciado(a)", "Viúvo(a)", "União de facto"])
                for _ in range(N)
            ],
        ),
        (
            "habilitacoes",
            "EDUCATION",
            with_nulls(
                [
                    rng.choice(
                        [
                            "Ensino básico",
                            "9.º ano",
                            "12.º ano",
                            "Licenciatura",
                            "Mestrado",
                            "Doutoramento",
                            "Bacharelato",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.1,
            ),
        ),
        ("premio_mensal", NONE, [f"{rng.uniform(8, 95):.2f} €".replace(".", ",") for _ in range(N)]),
        (
            "produto",
            NONE,
            [
                rng.choice(
                    ["Vida Risco Individual", "Vida Crédito Habitação", "Vida Proteção Familiar", "Vida Poupança"]
                )
                for _ in range(N)
            ],
        ),
        (
            "mediador",
            NONE,
            [
                rng.choice(
                    [
                        "Mediação Seguros Costa & Filhos, Lda",
                        "Ferreira Mediação de Seguros",
                        "Balcão Lisboa-Baixa",
                        "Canal Online",
                        "Seguros Pereira Unipessoal Lda",
                    ]
                )
                for _ in range(N)
            ],
        ),
        (
            "estado_proposta",
            NONE,
            [rng.choice(["Aceite", "Agravada", "Recusada", "Pendente exames", "Adiada"]) for _ in range(N)],
        ),
        ("resseguradora", NONE, [rng.choice(["Swiss Re", "Munich Re", "SCOR", "Hannover Re", "-"]) for _ in range(N)]),
        (
            "versao_questionario",
            NONE,
            [f"3.{rng.randint(0, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 99)}" for _ in range(N)],
        ),
    ]
    return {"name": "pt_seguro_vida_subscricao", "lang": "pt", "columns": cols}


# ============================================================ 13. Polish building permits (pl)
def t_pl_pozwolenia() -> dict:
    rng = random.Random(7013)
    f = fk("pl_PL", 7013)
    ppl = people(f, rng, N, 1945, 2003)
    cities = [rng.choice(PL_CITIES) for _ in range(N)]

    def addr() -> str:
        nr = f"{rng.randint(1, 150)}" + (f"/{rng.randint(1, 60)}" if rng.random() < 0.45 else "")
        s = f.street_name()
        pre = rng.choice(["ul. ", "ul. ", "al. ", "", "os. "])
        return f"{pre}{s} {nr}"

    def kier() -> str:
        fem = rng.random() < 0.2
        n = f"{f.first_name_female() if fem else f.first_name_male()} {f.last_name_female() if fem else f.last_name_male()}"
        return (rng.choice(["inż. ", "mgr inż. ", ""]) + n) if rng.random() < 0.4 else n

    rodz = [
        "budynek mieszkalny jednorodzinny",
        "rozbudowa budynku mieszkalnego",
        "budynek gospodarczy",
        "garaż wolnostojący",
        "przebudowa dachu",
        "budynek mieszkalny wielorodzinny",
        "instalacja fotowoltaiczna > 50 kW",
    ]
    wyk = [
        "Budex Sp. z o.o.",
        "Kowalski Budownictwo Sp. j.",
        "Mur-Bud S.A.",
        "PHU Nowak i Synowie",
        "Dom-Invest Sp. z o.o.",
        "Eko-Dach s.c.",
        "Budpol-Serwis Sp. z o.o.",
    ]
    uwagi = [
        "Brak załącznika nr 3, wezwano do uzupełnienia",
        "Wymagana opinia konserwatora",
        "Uzgodnienie z zarządcą drogi",
        "Decyzja ostateczna",
        "Odwołanie do wojewody",
        "Projekt zgodny z MPZP",
        "Uzupełniono mapę do celów projektowych",
    ]
    cols = [
        (
            "nr_wniosku",
            NONE,
            [
                f"{rng.choice(['AB', 'WAB', 'ARB'])}.6740.{rng.randint(1, 2999)}.{rng.choice([2023, 2024])}"
                for _ in range(N)
            ],
        ),
        (
            "data_zlozenia",
            NONE,
            [rdate(rng, 2023, 2024).strftime(pick(rng, ["%d.%m.%Y", "%Y-%m-%d"], [7, 3])) for _ in range(N)],
        ),
        ("inwestor_imie", "PERSON_NAME", mess([p["first"] for p in ppl], rng, ws=0.02, upper=0.15)),
        (
            "inwestor_nazwisko",
            "PERSON_NAME",
            mess(
                [(f.last_name_female() if p["female"] else f.last_name_male()) for p in ppl], rng, ws=0.02, upper=0.25
            ),
        ),
        ("f12", "NATIONAL_ID", with_nulls([pl_pesel(rng, p["dob"], p["female"]) for p in ppl], rng, 0.05)),
        ("adres_zamieszkania", "STREET_ADDRESS", mess([addr() for _ in range(N)], rng, ws=0.02)),
        ("kod_poczt", "POSTAL_CODE", [f"{c[1]}{rng.randint(0, 9)}-{rng.randint(0, 999):03d}" for c in cities]),
        ("miejscowosc", "CITY", mess([c[0] for c in cities], rng, upper=0.1)),
        ("tel_kontakt", "PHONE", with_nulls([phone_pl(rng) for _ in range(N)], rng, 0.1)),
        ("kierownik_budowy", "PERSON_NAME", with_nulls([kier() for _ in range(N)], rng, 0.2)),
        ("dowod_osobisty", "NATIONAL_ID", with_nulls([pl_id_card(rng) for _ in range(N)], rng, 0.15)),
        (
            "dzialka_ewid",
            NONE,
            [
                f"{rng.randint(140000, 329999)}_{rng.randint(1, 9)}.{rng.randint(1, 40):04d}.{rng.randint(1, 999)}/{rng.randint(1, 20)}"
                for _ in range(N)
            ],
        ),
        (
            "obreb",
            NONE,
            [
                f"{rng.randint(1, 60):04d} {rng.choice(['Zalesie', 'Chylice', 'Józefosław', 'Gołków', 'Mysiadło', 'Bielawa'])}"
                for _ in range(N)
            ],
        ),
        ("rodzaj_obiektu", NONE, [rng.choice(rodz) for _ in range(N)]),
        ("pow_zabudowy_m2", NONE, [f"{rng.uniform(18, 420):.1f}".replace(".", ",") for _ in range(N)]),
        ("wykonawca", NONE, [rng.choice(wyk) for _ in range(N)]),
        ("nip_wykonawcy", NONE, [pl_nip(rng) for _ in range(N)]),
        ("decyzja", NONE, [rng.choice(["pozytywna", "odmowa", "umorzenie", "w toku", "sprzeciw"]) for _ in range(N)]),
        ("uwagi", NONE, with_nulls([rng.choice(uwagi) for _ in range(N)], rng, 0.55)),
    ]
    return {"name": "pl_pozwolenia_budowlane", "lang": "pl", "columns": cols}


# ============================================================ 14. Dating-app profiles, users across Europe (mixed)
DATING = {
    # locale: (city coords, gender words (f, m, nb), orientation words, religion words, politics words, ethnicity words, bio plain, domains)
    "de_DE": (
        [(52.52, 13.405), (48.137, 11.575), (53.551, 9.993), (50.938, 6.96)],
        ("Frau", "Mann", "nicht-binär"),
        ["hetero", "schwul", "lesbisch", "bisexuell", "pansexuell", "queer"],
        ["katholisch", "evangelisch", "muslimisch", "atheistisch", "agnostisch", "jüdisch", "spirituell"],
        ["links", "grün", "liberal", "konservativ", "Mitte", "unpolitisch"],
        ["weiß", "schwarz", "asiatisch", "nahöstlich", "gemischt", "lateinamerikanisch"],
        [
            "Hundemensch. Berge > Strand.",
            "Suche jemanden für Flohmärkte und Kaffee",
            "Koche besser als ich aussehe",
            "Bouldern, Bücher, Brettspiele",
        ],
        ["web.de", "gmx.de", "gmail.com"],
    ),
    "fr_FR": (
        [(48.857, 2.352), (45.764, 4.836), (43.297, 5.37), (44.838, -0.579)],
        ("femme", "homme", "non-binaire"),
        ["hétéro", "gay", "lesbienne", "bisexuel·le", "pansexuel·le", "queer"],
        ["catholique", "musulmane", "athée", "agnostique", "juive", "protestante", "bouddhiste"],
        ["gauche", "centre gauche", "centre", "droite", "écolo", "apolitique"],
        ["blanche", "noire", "asiatique", "maghrébine", "métisse", "latino"],
        [
            "Amateur de vin et de randonnée",
            "Cherche partenaire de brunch",
            "Fan de cinéma coréen",
            "Plutôt chat que chien",
        ],
        ["orange.fr", "gmail.com", "free.fr"],
    ),
    "es_ES": (
        [(40.417, -3.704), (41.385, 2.173), (37.389, -5.984), (39.47, -0.376)],
        ("mujer", "hombre", "no binario"),
        ["hetero", "gay", "lesbiana", "bisexual", "pansexual", "queer"],
        ["católica", "ateo", "agnóstico", "musulmán", "evangélica", "espiritual"],
        ["izquierda", "centro", "derecha", "liberal", "apolítico", "progresista"],
        ["blanca", "negra", "asiática", "latina", "árabe", "mestiza"],
        [
            "Viajar, leer, cocinar",
            "Busco compañero de cañas",
            "Runner los domingos",
            "Mi perro es más simpático que yo",
        ],
        ["gmail.com", "hotmail.es", "yahoo.es"],
    ),
    "it_IT": (
        [(41.9, 12.496), (45.464, 9.19), (40.852, 14.268), (43.77, 11.256)],
        ("donna", "uomo", "non binario"),
        ["etero", "gay", "lesbica", "bisessuale", "pansessuale", "queer"],
        ["cattolica", "ateo", "agnostico", "musulmano", "ortodossa", "spirituale"],
        ["sinistra", "centrosinistra", "centro", "centrodestra", "destra", "apolitico"],
        ["bianca", "nera", "asiatica", "araba", "mista", "latina"],
        ["Pizza, mare e buona musica", "Cerco qualcuno per aperitivi", "Amo la montagna", "Cinema d'autore e gatti"],
        ["libero.it", "gmail.com", "virgilio.it"],
    ),
    "nl_NL": (
        [(52.37, 4.895), (51.924, 4.478), (52.09, 5.121), (52.078, 4.288)],
        ("vrouw", "man", "non-binair"),
        ["hetero", "homo", "lesbisch", "biseksueel", "panseksueel", "queer"],
        ["katholiek", "protestant", "moslim", "atheïst", "agnost", "spiritueel"],
        ["links", "progressief", "midden", "rechts", "liberaal", "apolitiek"],
        ["wit", "zwart", "Aziatisch", "Surinaams", "Marokkaans", "gemengd"],
        [
            "Op zoek naar iemand om mee te wandelen",
            "Fietsen, festivals en friet",
            "Zeilen in de zomer",
            "Koffie eerst, dan praten",
        ],
        ["ziggo.nl", "gmail.com", "kpnmail.nl"],
    ),
    "pl_PL": (
        [(52.23, 21.012), (50.062, 19.937), (51.107, 17.038), (54.352, 18.646)],
        ("kobieta", "mężczyzna", "niebinarna osoba"),
        ["hetero", "gej", "lesbijka", "biseksualna", "panseksualny", "queer"],
        ["katolik", "katoliczka", "ateista", "agnostyk", "prawosławna", "duchowość"],
        ["lewica", "centrum", "prawica", "liberał", "konserwatysta", "apolityczny"],
        ["biała", "czarny", "azjatycka", "mieszane", "latynoska", "arabskie"],
        ["Kocham góry i koty", "Szukam kogoś na wspólne wypady", "Kawa, książki, rower", "Gotuję lepiej niż tańczę"],
        ["wp.pl", "onet.pl", "o2.pl", "gmail.com"],
    ),
    "pt_PT": (
        [(38.722, -9.139), (41.15, -8.61), (40.203, -8.41)],
        ("mulher", "homem", "não binário"),
        ["hétero", "gay", "lésbica", "bissexual", "pansexual", "queer"],
        ["católica", "ateu", "agnóstico", "muçulmano", "evangélica", "espiritual"],
        ["esquerda", "centro-esquerda", "centro", "direita", "liberal", "apolítico"],
        ["branca", "negra", "asiática", "mista", "cigana", "brasileira"],
        ["Praia, surf e petiscos", "Procuro alguém para concertos", "Fado e vinho verde", "Adoro viajar"],
        ["sapo.pt", "gmail.com", "hotmail.com"],
    ),
    "en_GB": (
        [(51.507, -0.128), (53.48, -2.24), (55.953, -3.188), (51.454, -2.588)],
        ("woman", "man", "non-binary"),
        ["straight", "gay", "lesbian", "bisexual", "pansexual", "queer", "asexual"],
        ["Christian", "Catholic", "Muslim", "Atheist", "Agnostic", "Jewish", "Hindu", "Sikh"],
        ["liberal", "left", "moderate", "conservative", "not political", "Labour", "Green"],
        ["White", "Black", "South Asian", "East Asian", "Mixed", "Middle Eastern", "Hispanic/Latino"],
        [
            "Sarcasm is my love language",
            "Looking for a pub quiz partner",
            "Dog mum, gin enthusiast",
            "Will cook for compliments",
        ],
        ["gmail.com", "hotmail.co.uk", "outlook.com"],
    ),
}


def t_mixed_dating_profiles() -> dict:
    rng = random.Random(7014)
    locs = list(DATING)
    fakers = {loc: fk(loc, 7014 + i) for i, loc in enumerate(locs)}
    ul = [pick(rng, locs, [16, 14, 12, 12, 10, 10, 8, 18]) for _ in range(N)]
    ppl = [people(fakers[loc], rng, 1, 1960, 2006)[0] for loc in ul]
    home = []
    for loc in ul:
        la, lo = rng.choice(DATING[loc][0])
        home.append((la + rng.gauss(0, 0.05), lo + rng.gauss(0, 0.07)))

    def handle(p) -> str:
        fi = ascii_(p["first"]).lower()
        la = ascii_(p["last"]).lower().replace(" ", "").replace("'", "").replace("-", "")
        r = rng.random()
        if r < 0.3:
            return f"{fi}_{la[:3]}{rng.randint(1, 99)}"
        if r < 0.5:
            return f"{fi}.{p['dob'].year % 100:02d}"
        if r < 0.7:
            return f"{rng.choice(['sunny', 'lazy', 'urban', 'wild', 'its', 'the'])}{fi}{rng.choice(['', 'x', '_', str(rng.randint(1, 9))])}"
        return f"{la}{fi[:1]}{rng.randint(80, 2006)}"

    def gender(p, loc) -> str:
        w = DATING[loc][1]
        if rng.random() < 0.03:
            return w[2]
        return w[0] if p["female"] else w[1]

    def orient(loc) -> str:
        o = DATING[loc][2]
        return pick(rng, o, [60, 8, 6, 12, 3, 4, 2][: len(o)])

    def bio(p, loc, h) -> str | None:
        r = rng.random()
        ph = {
            "de_DE": phone_de,
            "fr_FR": phone_fr,
            "es_ES": phone_es,
            "it_IT": phone_it,
            "nl_NL": phone_nl,
            "pl_PL": phone_pl,
            "pt_PT": phone_pt,
            "en_GB": phone_uk,
        }[loc](rng)
        em = email(rng, p["first"], p["last"], DATING[loc][7])
        if r < 0.15:
            return rng.choice(["insta: @", "IG @", "Insta → @", "find me on insta @"]) + h
        if r < 0.27:
            return (
                rng.choice(
                    [
                        "WhatsApp me ",
                        "Texte-moi au ",
                        "Escríbeme al ",
                        "Schreib mir: ",
                        "Scrivimi al ",
                        "App me: ",
                        "Pisz: ",
                    ]
                )
                + ph
            )
        if r < 0.36:
            return rng.choice(["Rarely here, mail me ", "Écris-moi: ", "Mejor por correo: ", "Mail: "]) + em
        if r < 0.5:
            return f"{p['first']} {p['last']}, {p['dob'].year}, {rng.choice(DATING[loc][6]).lower()}"
        if r < 0.56:
            return None
        return rng.choice(DATING[loc][6])

    hs = [handle(p) for p in ppl]
    cols = [
        ("uid", "DEVICE_ID", [uuid4(rng) for _ in range(N)]),
        ("handle", "USERNAME", hs),
        ("displayName", "PERSON_NAME", mess([p["first"] for p in ppl], rng, ws=0.02, lower=0.05)),
        ("age", "AGE", [2024 - p["dob"].year for p in ppl]),
        ("gender", "GENDER", [gender(p, loc) for p, loc in zip(ppl, ul, strict=True)]),
        ("orientation", "SEXUAL_ORIENTATION", with_nulls([orient(loc) for loc in ul], rng, 0.2)),
        ("religion", "RELIGION", with_nulls([rng.choice(DATING[loc][3]) for loc in ul], rng, 0.4)),
        ("politics", "POLITICAL_OPINION", with_nulls([rng.choice(DATING[loc][4]) for loc in ul], rng, 0.45)),
        (
            "ethnicity",
            "ETHNICITY",
            with_nulls([pick(rng, DATING[loc][5], [60] + [8] * (len(DATING[loc][5]) - 1)) for loc in ul], rng, 0.5),
        ),
        ("home_lat", "GEO_COORDINATE", [round(h[0], 5) for h in home]),
        ("home_lon", "GEO_COORDINATE", [round(h[1], 5) for h in home]),
        (
            "last_ip",
            "IP_ADDRESS",
            [(fakers[loc].ipv6() if rng.random() < 0.25 else fakers[loc].ipv4_public()) for loc in ul],
        ),
        ("bio", "FREE_TEXT_WITH_PII", [bio(p, loc, h) for p, loc, h in zip(ppl, ul, hs, strict=True)]),
        (
            "app_build",
            NONE,
            [f"{rng.randint(7, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(1, 250)}" for _ in range(N)],
        ),
        ("tier", NONE, [pick(rng, ["free", "plus", "gold", "platinum"], [60, 20, 15, 5]) for _ in range(N)]),
        ("swipes_30d", NONE, [int(rng.lognormvariate(5, 1)) for _ in range(N)]),
        ("last_active", NONE, [rts(rng, 2024, 2024).strftime("%Y-%m-%d %H:%M:%S") for _ in range(N)]),
        ("match_rate", NONE, [round(rng.betavariate(2, 8), 3) for _ in range(N)]),
        ("ab_bucket", NONE, [rng.choice(["ctrl", "B", "C", "holdout"]) for _ in range(N)]),
        (
            "referrer",
            NONE,
            [rng.choice(["organic", "ig_ads", "tiktok", "friend_invite", "google_uac", "tv_spot"]) for _ in range(N)],
        ),
        ("premium_price", NONE, [rng.choice(["9,99 €", "14,99 €", "£12.99", "34,99 zł", "29,99 €"]) for _ in range(N)]),
    ]
    return {"name": "mixed_dating_profiles", "lang": "mixed", "columns": cols}


# ============================================================ 15. Schengen visa applications (mixed)
CN_SURNAMES = [
    "WANG",
    "LI",
    "ZHANG",
    "LIU",
    "CHEN",
    "YANG",
    "HUANG",
    "ZHAO",
    "WU",
    "ZHOU",
    "XU",
    "SUN",
    "MA",
    "ZHU",
    "HU",
    "GUO",
    "LIN",
    "HE",
]
CN_GIVEN = [
    "WEI",
    "FANG",
    "XIAOMING",
    "JING",
    "LEI",
    "YAN",
    "HAORAN",
    "YUTING",
    "ZIHAN",
    "JUN",
    "MEILING",
    "TAO",
    "XIN",
    "YIFAN",
    "QIANG",
]
MA_SURNAMES = [
    "EL AMRANI",
    "BENALI",
    "EL IDRISSI",
    "BOUZIANE",
    "CHERKAOUI",
    "EL FASSI",
    "TAZI",
    "BENNANI",
    "ALAOUI",
    "OUAZZANI",
    "HAJJI",
    "ZIANI",
]
MA_GIVEN = [
    "MOHAMED",
    "FATIMA ZAHRA",
    "YOUSSEF",
    "KHADIJA",
    "AMINE",
    "SALMA",
    "HAMZA",
    "NADIA",
    "OMAR",
    "IMANE",
    "KARIM",
    "SANAE",
]
NG_SURNAMES = [
    "OKAFOR",
    "ADEYEMI",
    "OKONKWO",
    "BELLO",
    "EZE",
    "OLUWASEUN",
    "NWANKWO",
    "ABUBAKAR",
    "ADEBAYO",
    "IBRAHIM",
    "OKORO",
    "CHUKWU",
]
NG_GIVEN = [
    "CHIDI",
    "NGOZI",
    "TUNDE",
    "AISHA",
    "EMEKA",
    "FOLAKE",
    "IFEANYI",
    "BLESSING",
    "SEGUN",
    "ADAEZE",
    "MUSA",
    "KEMI",
]
EG_SURNAMES = ["MOHAMED", "AHMED", "HASSAN", "IBRAHIM", "MAHMOUD", "ABDELRAHMAN", "MOSTAFA", "SAYED", "FARAG", "SALEH"]
EG_GIVEN = ["AHMED", "MONA", "MOHAMED", "NOUR", "OMAR", "YASMIN", "KARIM", "HEBA", "TAREK", "SARA"]

VISA_ORIGINS = [
    # code, nationality (EN), iso3, weight, birth cities, phone prefix, passport format
    (
        "TR",
        "Turkey",
        "TUR",
        18,
        ["ISTANBUL", "ANKARA", "IZMIR", "BURSA", "ANTALYA", "KONYA", "ADANA", "GAZIANTEP", "TRABZON"],
        "+90 5{d2} {d3} {d2} {d2}",
        "U{d8}",
    ),
    (
        "IN",
        "India",
        "IND",
        18,
        ["MUMBAI", "DELHI", "BENGALURU", "CHENNAI", "HYDERABAD", "PUNE", "KOLKATA", "AHMEDABAD", "JAIPUR", "KOCHI"],
        "+91 9{d4} {d5}",
        "{L}{d7}",
    ),
    (
        "CN",
        "China",
        "CHN",
        14,
        ["BEIJING", "SHANGHAI", "GUANGZHOU", "SHENZHEN", "CHENGDU", "WUHAN", "HANGZHOU", "XI'AN", "NANJING"],
        "+86 13{d1} {d4} {d4}",
        "E{d8}",
    ),
    (
        "MA",
        "Morocco",
        "MAR",
        12,
        ["CASABLANCA", "RABAT", "MARRAKECH", "FES", "TANGER", "AGADIR", "MEKNES", "OUJDA"],
        "+212 6 {d2} {d2} {d2} {d2}",
        "{L}{L}{d7}",
    ),
    (
        "NG",
        "Nigeria",
        "NGA",
        10,
        ["LAGOS", "ABUJA", "IBADAN", "KANO", "ENUGU", "PORT HARCOURT", "BENIN CITY"],
        "+234 80{d1} {d3} {d4}",
        "A{d8}",
    ),
    (
        "ID",
        "Indonesia",
        "IDN",
        8,
        ["JAKARTA", "SURABAYA", "BANDUNG", "MEDAN", "SEMARANG", "YOGYAKARTA", "DENPASAR"],
        "+62 81{d1}-{d4}-{d4}",
        "{L}{d7}",
    ),
    (
        "VN",
        "Viet Nam",
        "VNM",
        8,
        ["HA NOI", "HO CHI MINH", "DA NANG", "HAI PHONG", "CAN THO", "HUE"],
        "+84 9{d2} {d3} {d3}",
        "C{d7}",
    ),
    (
        "EG",
        "Egypt",
        "EGY",
        7,
        ["CAIRO", "ALEXANDRIA", "GIZA", "MANSOURA", "LUXOR", "ASWAN", "TANTA"],
        "+20 10{d1} {d3} {d4}",
        "A{d8}",
    ),
    (
        "PH",
        "Philippines",
        "PHL",
        5,
        ["MANILA", "QUEZON CITY", "CEBU CITY", "DAVAO CITY", "ILOILO", "BAGUIO"],
        "+63 9{d2} {d3} {d4}",
        "P{d7}{L}",
    ),
]
FR_NATIONALITY = {
    "TR": "Turque",
    "IN": "Indienne",
    "CN": "Chinoise",
    "MA": "Marocaine",
    "NG": "Nigériane",
    "ID": "Indonésienne",
    "VN": "Vietnamienne",
    "EG": "Égyptienne",
    "PH": "Philippine",
}


def _fill(rng: random.Random, pat: str) -> str:
    out, i = [], 0
    while i < len(pat):
        if pat[i] == "{":
            j = pat.index("}", i)
            tok = pat[i + 1 : j]
            out.append(alnum(rng, 1, "ABCDEFGHJKLMNPRSTUVWXYZ") if tok == "L" else digits(rng, int(tok[1:])))
            i = j + 1
        else:
            out.append(pat[i])
            i += 1
    return "".join(out)


def t_mixed_visa_applications() -> dict:
    rng = random.Random(7015)
    fk_by = {
        "TR": fk("tr_TR", 7015),
        "IN": fk("en_IN", 7016),
        "ID": fk("id_ID", 7017),
        "VN": fk("vi_VN", 7018),
        "PH": fk("en_PH", 7019),
    }
    fr = fk("fr_FR", 7020)
    de = fk("de_DE", 7021)
    en = fk("en_US", 7022)
    origin = [rng.choices(VISA_ORIGINS, weights=[o[3] for o in VISA_ORIGINS])[0] for _ in range(N)]
    ppl = []
    for o in origin:
        code = o[0]
        fem = rng.random() < 0.48
        if code in fk_by:
            fx = fk_by[code]
            given = fx.first_name_female() if fem else fx.first_name_male()
            sur = fx.last_name()
        else:
            pools = {
                "CN": (CN_SURNAMES, CN_GIVEN),
                "MA": (MA_SURNAMES, MA_GIVEN),
                "NG": (NG_SURNAMES, NG_GIVEN),
                "EG": (EG_SURNAMES, EG_GIVEN),
            }[code]
            sur, given = rng.choice(pools[0]), rng.choice(pools[1])
        ppl.append({"first": given, "last": sur, "female": fem, "dob": rdate(rng, 1950, 2006)})

    def up(s: str) -> str:
        return ascii_(s).upper() if rng.random() < 0.75 else s

    def dob(d) -> str:
        r = rng.random()
        if r < 0.35:
            return d.strftime("%Y-%m-%d")
        if r < 0.6:
            return d.strftime("%d/%m/%Y")
        if r < 0.8:
            return d.strftime("%d.%m.%Y")
        return f"{d.day:02d} {MONTHS_EN3[d.month - 1]} {d.year}"

    def nat(o) -> str:
        r = rng.random()
        if r < 0.5:
            return o[1]
        if r < 0.8:
            return o[2]
        return FR_NATIONALITY[o[0]]

    def civil() -> str:
        return rng.choice(
            [
                "Single",
                "Married",
                "Married",
                "Divorced",
                "Widow(er)",
                "Separated",
                "Registered partnership",
                "Célibataire",
                "Marié(e)",
                "Divorcé(e)",
            ]
        )

    def host() -> str | None:
        r = rng.random()
        if r < 0.35:
            nm = f"{fr.first_name()} {fr.last_name()}"
            city, dep = rng.choice(FR_CITIES)
            return f"Host: {nm}, {rng.randint(1, 120)} {fr.street_name()}, {dep}{rng.randint(0, 99):03d} {city}, tel. {phone_fr(rng)}"
        if r < 0.55:
            nm = f"{de.first_name()} {de.last_name()}"
            return f"Invitation by {nm} ({email(rng, nm.split()[0], nm.split()[-1], ['web.de', 'gmx.de', 'gmail.com'])}), {de.street_name()} {rng.randint(1, 90)}, {rng.randint(10115, 99998)} {rng.choice(DE_CITIES)}"
        if r < 0.7:
            nm = f"{fr.first_name()} {fr.last_name()}"
            return f"Chez {nm}, {phone_fr(rng)}"
        if r < 0.75:
            return None
        return rng.choice(
            [
                "Hotel Ibis Styles Paris Gare de Lyon, booking 48213377",
                "Conference venue: Messe Frankfurt, Hall 3",
                "Tour operator package, hotels listed in annex",
                "Hôtel Mercure Lyon Centre, réservation n° 5521-884",
                "Business visit: Siemens AG, Werner-von-Siemens-Str. 1, Munich (company address)",
            ]
        )

    emp_types = ["Ltd.", "Pvt. Ltd.", "A.Ş.", "S.A.R.L.", "PT", "Co., Ltd.", "Group"]
    jobs_fr = [
        "Ingénieur",
        "Étudiant(e)",
        "Commerçant",
        "Médecin",
        "Enseignant(e)",
        "Retraité(e)",
        "Comptable",
        "Chauffeur",
    ]
    cols = [
        (
            "application_no",
            NONE,
            [
                f"{rng.choice(['FRA', 'DEU', 'ITA', 'ESP', 'NLD'])}{o[0]}{rng.randint(2023, 2024)}{rng.randint(1, 999999):06d}"
                for o in origin
            ],
        ),
        ("surname", "PERSON_NAME", mess([up(p["last"]) for p in ppl], rng, ws=0.02)),
        ("given_names", "PERSON_NAME", mess([up(p["first"]) for p in ppl], rng, ws=0.02)),
        ("date_naissance", "DATE_OF_BIRTH", [dob(p["dob"]) for p in ppl]),
        (
            "lieu_naissance",
            "CITY",
            [rng.choice(o[4]) if rng.random() < 0.8 else rng.choice(o[4]).title() for o in origin],
        ),
        ("current_nationality", "NATIONALITY", [nat(o) for o in origin]),
        ("civil_status", "MARITAL_STATUS", with_nulls([civil() for _ in range(N)], rng, 0.03)),
        ("passport_no", "PASSPORT", [_fill(rng, o[6]) for o in origin]),
        ("passport_expiry", NONE, [rdate(rng, 2025, 2034).strftime("%Y-%m-%d") for _ in range(N)]),
        ("tel", "PHONE", with_nulls([_fill(rng, o[5]) for o in origin], rng, 0.04)),
        (
            "occupation",
            "OCCUPATION",
            with_nulls([(rng.choice(jobs_fr) if rng.random() < 0.25 else en.job()) for _ in range(N)], rng, 0.05),
        ),
        (
            "employer",
            NONE,
            with_nulls(
                [
                    f"{en.last_name()} {rng.choice(['Textiles', 'Software', 'Trading', 'Logistics', 'Pharma', 'Foods'])} {rng.choice(emp_types)}"
                    for _ in range(N)
                ],
                rng,
                0.25,
            ),
        ),
        ("host_contact", "FREE_TEXT_WITH_PII", [host() for _ in range(N)]),
        (
            "purpose",
            NONE,
            [
                rng.choice(
                    [
                        "Tourism",
                        "Business",
                        "Visiting family or friends",
                        "Cultural",
                        "Study",
                        "Official visit",
                        "Transit",
                    ]
                )
                for _ in range(N)
            ],
        ),
        (
            "consulate",
            NONE,
            [
                rng.choice(
                    [
                        "Consulat général de France à Istanbul",
                        "German Embassy New Delhi",
                        "Consolato Generale d'Italia Shanghai",
                        "Consulado General de España en Casablanca",
                        "Netherlands Embassy Lagos",
                        "VFS Global Jakarta",
                    ]
                )
                for _ in range(N)
            ],
        ),
        ("fee_eur", NONE, [rng.choice(["90", "90", "45", "0", "80"]) for _ in range(N)]),
        ("appointment_ts", NONE, [rts(rng, 2024, 2024).strftime("%d/%m/%Y %H:%M") for _ in range(N)]),
        ("vaf_barcode", NONE, [f"VFS{digits(rng, 12)}" for _ in range(N)]),
        ("entries", NONE, [rng.choice(["MULT", "1", "2", "MULT"]) for _ in range(N)]),
        ("c24", NONE, [rng.choice(["ISSUED", "REFUSED", "PENDING", "WITHDRAWN", "ISSUED"]) for _ in range(N)]),
    ]
    return {"name": "mixed_visa_applications", "lang": "mixed", "columns": cols}


def all_tables() -> list[dict]:
    tables = [
        t_uk_mortgage_applications(),
        t_us_rideshare_trips(),
        t_de_smart_meter(),
        t_de_kita_anmeldung(),
        t_fr_hotel_guests(),
        t_fr_pompes_funebres(),
        t_es_prestacion_desempleo(),
        t_es_resultados_maraton(),
        t_it_biobanca(),
        t_nl_bibliotheek(),
        t_br_cobranca(),
        t_pt_seguro_vida(),
        t_pl_pozwolenia(),
        t_mixed_dating_profiles(),
        t_mixed_visa_applications(),
    ]
    for t in tables:
        for h, _gold, vals in t["columns"]:
            assert len(vals) == N, (t["name"], h, len(vals))
    return tables
