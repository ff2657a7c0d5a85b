"""blind16: 13 messy legacy-system exports over en, de, fr, es, it, nl, pt, pl, labelled per spec/entities.md.

Each table is a dict {"name", "lang", "columns": [(header, GOLD_ENTITY, values), ...]} with N rows.
Judgement-call labels are marked with a ``# JC:`` comment next to the column.
"""

from __future__ import annotations

import random

from . import _gen as g
from ._gen import N


class _T:
    def __init__(self, name, lang):
        self.name, self.lang, self.columns = name, lang, []

    def add(self, header, gold, values):
        assert len(values) == N, (self.name, header, len(values))
        assert header not in {h for h, _, _ in self.columns}, header
        self.columns.append((header, gold, list(values)))

    def out(self):
        return {"name": self.name, "lang": self.lang, "columns": self.columns}


def _people(f, rng, lo=18, hi=85, n=N):
    ps = []
    for _ in range(n):
        male = rng.random() < 0.5
        first = f.first_name_male() if male else f.first_name_female()
        ps.append({"male": male, "first": first, "last": f.last_name(), "dob": g.birth_date(rng, lo, hi)})
    return ps


# ---------------------------------------------------------------------------------------------- en 1
def gym_members():
    f, rng = g.faker("en_GB", 1601), random.Random(1601)
    t = _T("gym_members_export", "en")
    ps = _people(f, rng, lo=16, hi=80)
    clubs = [
        ("PUREFIT LEEDS CENTRAL", "0113 496 0100"),
        ("PureFit Manchester Deansgate", "0161 496 0222"),
        ("PureFit Bristol Harbourside", "0117 496 0333"),
        ("PUREFIT BIRMINGHAM BULLRING", "0121 496 0444"),
        ("PureFit Leeds Kirkstall", "0113 496 0555"),
    ]
    club = [g.pick(rng, clubs) for _ in range(N)]
    t.add("MBR_NO", "NONE", [f"M{rng.randint(10000, 999999):07d}" for _ in range(N)])
    t.add("FNAME", "PERSON_NAME", [g.messy(p["first"], rng, 0.4) for p in ps])
    t.add("SNAME", "PERSON_NAME", [g.messy(p["last"], rng, 0.5) for p in ps])
    t.add(
        "DOB",
        "DATE_OF_BIRTH",
        g.mixed_dates(
            [p["dob"] for p in ps],
            rng,
            ["%d/%m/%Y", "%Y-%m-%d", "MON", "%d.%m.%y", "%d/%m/%Y %H:%M"],
            "en",
            [5, 3, 2, 1, 1],
        ),
    )
    t.add(
        "SEX",
        "GENDER",
        g.nulls(
            [g.pick(rng, ["M", "Male", "m"]) if p["male"] else g.pick(rng, ["F", "Female", "f"]) for p in ps], 0.05, rng
        ),
    )
    t.add("ADDR1", "STREET_ADDRESS", [g.messy(f.street_address().replace("\n", ", "), rng, 0.35) for _ in range(N)])
    t.add("PCODE", "POSTAL_CODE", [g.messy(g.uk_postcode(rng), rng, 0, 0.2, 0.1) for _ in range(N)])
    t.add("TEL1", "PHONE", g.nulls([g.phone(rng, "GB") for _ in range(N)], 0.1, rng))
    t.add(
        "EMAIL_ADDR",
        "EMAIL",
        g.nulls(
            [
                g.messy(
                    g.email_for(
                        rng,
                        p["first"],
                        p["last"],
                        ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com"],
                    ),
                    rng,
                    0.15,
                )
                for p in ps
            ],
            0.15,
            rng,
        ),
    )
    t.add("NI_NO", "NATIONAL_ID", g.nulls([g.gb_nino(rng) for _ in range(N)], 0.6, rng))
    t.add("HOME_CLUB", "NONE", [c[0] for c in club])
    t.add("CLUB_TEL", "NONE", [c[1] for c in club])  # JC: the club's own branch phone -> NONE
    t.add(
        "PLAN_CD",
        "NONE",
        [g.pick(rng, ["OFFPEAK12", "ANYTIME12", "STUDENT", "CORP-FLEX", "ANYTIME01", "SENIOR60"]) for _ in range(N)],
    )
    t.add(
        "MTHLY_FEE",
        "NONE",
        [g.pick(rng, ["£19.99", "£24.99", "£29.99", "£34.99", "£44.99", "19.99", "1,199.00"]) for _ in range(N)],
    )
    t.add(
        "JOIN_DT",
        "NONE",
        g.mixed_dates([g.recent_date(rng, 2000) for _ in range(N)], rng, ["%d/%m/%Y", "%Y-%m-%d", "MON"], "en"),
    )
    conds = [
        "Asthma",
        "Type 2 diabetes",
        "Hypertension",
        "Knee injury (ACL reconstruction)",
        "Lower back pain",
        "Pregnant - 2nd trimester",
        "Epilepsy",
        "Heart condition - on beta blockers",
        "Arthritis",
        "Hip replacement 2019",
    ]
    t.add("col_16", "HEALTH", g.nulls([g.messy(g.pick(rng, conds), rng, 0.3) for _ in range(N)], 0.55, rng))
    t.add("BMI", "HEALTH", g.nulls([round(rng.uniform(17.5, 41.0), 1) for _ in range(N)], 0.3, rng))
    t.add(
        "EMERG_CONTACT",
        "PERSON_NAME",
        g.nulls([g.messy(f"{f.first_name()} {f.last_name()}", rng, 0.4) for _ in range(N)], 0.25, rng),
    )
    notes = [
        "Prefers morning classes",
        "Freeze requested - travelling",
        "Paid 3 months upfront",
        "Interested in PT sessions",
        "Locker 114 assigned",
        "Upgrade to anytime plan next month",
        "Card reissued - damaged",
        "Student ID checked",
        "Attends spin Tue/Thu",
        "Direct debit failed once, resolved",
    ]
    t.add("NOTES", "NONE", g.nulls([g.pick(rng, notes) for _ in range(N)], 0.45, rng))
    t.add("ACCESS_FOB", "NONE", [g.non_luhn16(rng, "6301") for _ in range(N)])  # 16 digits failing Luhn
    return t.out()


# ---------------------------------------------------------------------------------------------- en 2
def ride_trips():
    f, rng = g.faker("en_US", 1602), random.Random(1602)
    t = _T("rideshare_trips_dump", "en")
    ps = _people(f, rng)
    riders = [g.uuid4(rng) for _ in range(180)]
    ridx = [rng.randrange(180) for _ in range(N)]
    rp = [ps[i] for i in ridx]
    city = [
        g.pick(
            rng,
            [
                ("Austin", 30.27, -97.74),
                ("Denver", 39.74, -104.99),
                ("Chicago", 41.88, -87.63),
                ("Seattle", 47.61, -122.33),
            ],
        )
        for _ in range(N)
    ]
    t.add("trip_id", "NONE", [g.uuid4(rng) for _ in range(N)])
    t.add("rider_uuid", "DEVICE_ID", [riders[i] for i in ridx])  # JC: persistent user UUID -> DEVICE_ID per spec
    t.add("rider_name", "PERSON_NAME", [g.messy(f"{p['first']} {p['last']}", rng, 0.2) for p in rp])
    t.add("rider_phone", "PHONE", [g.phone(rng, "US") for _ in range(N)])
    t.add("driver_first", "PERSON_NAME", [f.first_name() for _ in range(N)])
    t.add("veh_plate", "LICENSE_PLATE", [g.us_plate(rng) for _ in range(N)])
    t.add(
        "req_ts",
        "NONE",
        [
            g.recent_ts(rng).strftime(g.pick(rng, ["%Y-%m-%d %H:%M:%S", "%m/%d/%Y %I:%M %p", "%Y-%m-%dT%H:%M:%SZ"]))
            for _ in range(N)
        ],
    )
    t.add("dropoff_lat", "GEO_COORDINATE", [round(c[1] + rng.uniform(-0.15, 0.15), 6) for c in city])
    t.add("dropoff_lng", "GEO_COORDINATE", [round(c[2] + rng.uniform(-0.15, 0.15), 6) for c in city])
    t.add("depot_coords", "NONE", [f"{c[1]:.4f},{c[2]:.4f}" for c in city])  # company hub coordinates
    t.add(
        "fare_usd",
        "NONE",
        [
            g.pick(rng, ["$", "", ""])
            + g.thousands(rng.uniform(6, 140) if rng.random() < 0.97 else rng.uniform(1000, 1400), rng, "en")
            for _ in range(N)
        ],
    )
    t.add("tip", "NONE", g.nulls([round(rng.uniform(0, 15), 2) for _ in range(N)], 0.5, rng))
    t.add("card_last4", "NONE", [f"**** {g.digits(rng, 4)}" for _ in range(N)])  # JC: masked card -> not a card
    t.add("client_ip", "IP_ADDRESS", [g.ipv4(rng) if rng.random() < 0.85 else g.ipv6(rng) for _ in range(N)])
    t.add("app_ver", "NONE", [g.version(rng, 4) for _ in range(N)])
    t.add(
        "device_os",
        "NONE",
        [g.pick(rng, ["iOS 17.2", "iOS 16.6.1", "Android 14", "Android 13", "Android 12"]) for _ in range(N)],
    )
    t.add(
        "home_zip",
        "POSTAL_CODE",
        g.nulls([f.zipcode() if rng.random() < 0.8 else f.zipcode_plus4() for _ in range(N)], 0.2, rng),
    )
    t.add("rider_city", "CITY", g.nulls([g.messy(f.city(), rng, 0.3) for _ in range(N)], 0.2, rng))
    rc = [
        "Driver was great, smooth ride",
        "car smelled of smoke",
        "took a longer route than the app showed",
        "Very friendly, music too loud",
        "AC not working",
        "5 stars",
        "late pickup, otherwise ok",
        "clean car, safe driving",
    ]
    t.add("rating_comment", "NONE", g.nulls([g.pick(rng, rc) for _ in range(N)], 0.5, rng))

    def note(i):
        p = rp[i]
        k = rng.randrange(6)
        if k == 0:
            return f"Rider {p['first']} {p['last']} called from {g.phone(rng, 'US')} about a lost phone"
        if k == 1:
            return f"Refund issued to {g.email_for(rng, p['first'], p['last'], ['gmail.com', 'yahoo.com'])} after double charge"
        if k == 2:
            return f"Driver {f.first_name()} {f.last_name()} reported rider damaged seat; rider contact {g.phone(rng, 'US')}"
        if k == 3:
            return f"Lost item returned to {f.street_address()}, {f.city()} - signed by {p['first']} {p['last']}"
        if k == 4:
            return f"Mr {p['last']} disputes fare, says pickup was {f.street_address()}"
        return "Fare adjusted per policy 4.2"

    t.add("support_note", "FREE_TEXT_WITH_PII", g.nulls([note(i) for i in range(N)], 0.3, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- de 1
def kfz_vertraege():
    f, rng = g.faker("de_DE", 1603), random.Random(1603)
    t = _T("kfz_vertraege_sap", "de")
    ps = _people(f, rng, 18, 88)
    t.add("VSNR", "NONE", [f"KV-{rng.randint(2015, 2024)}-{rng.randint(0, 9999999):07d}" for _ in range(N)])
    t.add("KUNNR", "NONE", [f"{rng.randint(1000000, 9999999):010d}" for _ in range(N)])
    t.add("NAME1", "PERSON_NAME", [g.messy(f"{p['last']}, {p['first']}", rng, 0.6) for p in ps])
    t.add(
        "ANREDE",
        "GENDER",
        [g.pick(rng, ["Herr", "HERR", "Hr."]) if p["male"] else g.pick(rng, ["Frau", "FRAU", "Fr."]) for p in ps],
    )  # JC: salutation -> GENDER
    t.add(
        "GEBDAT",
        "DATE_OF_BIRTH",
        g.mixed_dates([p["dob"] for p in ps], rng, ["%d.%m.%Y", "%Y-%m-%d", "%Y%m%d", "%d.%m.%y"], "de", [5, 2, 2, 1]),
    )
    t.add("STRASSE", "STREET_ADDRESS", [g.messy(f.street_address(), rng, 0.5, 0.2) for _ in range(N)])
    t.add("PLZ", "POSTAL_CODE", [f.postcode() for _ in range(N)])
    t.add("ORT", "CITY", [g.messy(f.city(), rng, 0.5, 0.2) for _ in range(N)])
    t.add("TEL_PRIV", "PHONE", g.nulls([g.phone(rng, "DE") for _ in range(N)], 0.2, rng))
    t.add("FS_NR", "DRIVER_LICENSE", g.nulls([g.de_driver_licence(rng) for _ in range(N)], 0.4, rng))
    t.add("KENNZ", "LICENSE_PLATE", [g.de_plate(rng) for _ in range(N)])
    t.add(
        "HSN_TSN",
        "NONE",
        [
            f"{rng.randint(5, 9999):04d}/{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(3))}"
            for _ in range(N)
        ],
    )
    t.add(
        "SF_KL",
        "NONE",
        [g.pick(rng, ["SF0", "SF1/2", "SF1", "SF3", "SF5", "SF8", "SF12", "SF20", "SF35", "M", "S"]) for _ in range(N)],
    )
    t.add("JAHRESBEITRAG", "NONE", [g.thousands(rng.uniform(280, 2400), rng, "eu") for _ in range(N)])
    t.add(
        "IBAN",
        "IBAN",
        g.nulls(
            [
                f.iban() if rng.random() < 0.6 else " ".join(f.iban()[i : i + 4] for i in range(0, 22, 4))
                for _ in range(N)
            ],
            0.15,
            rng,
        ),
    )
    t.add("BERUF", "OCCUPATION", g.nulls([g.messy(f.job(), rng, 0.3) for _ in range(N)], 0.3, rng))
    t.add(
        "VERS_BEGINN",
        "NONE",
        g.mixed_dates([g.recent_date(rng, 3000) for _ in range(N)], rng, ["%d.%m.%Y", "%Y-%m-%d", "%Y%m%d"], "de"),
    )
    brokers = [
        "Versicherungsbüro Schmidt & Partner GmbH",
        "AGENTUR MÜLLER OHG",
        "Finanzkontor Weber KG",
        "Direktvertrieb",
        "Maklerhaus Becker GmbH & Co. KG",
    ]
    bi = [rng.randrange(5) for _ in range(N)]
    bvat = [g.de_vat(rng) for _ in range(5)]
    t.add("VERMITTLER", "NONE", [brokers[i] for i in bi])  # company names containing surnames -> NONE
    t.add("UST_ID_VM", "NONE", [bvat[i] for i in bi])

    def claim(p):
        k = rng.randrange(5)
        if k == 0:
            return f"Auffahrunfall am {g.recent_date(rng).strftime('%d.%m.%Y')}, Unfallgegner {f.first_name()} {f.last_name()}, Tel. {g.phone(rng, 'DE')}"
        if k == 1:
            return f"VN {p['first']} {p['last']} meldet Glasschaden, Rückruf unter {g.phone(rng, 'DE')}"
        if k == 2:
            return f"Zeuge: Herr {f.last_name()}, {f.street_address()}, {f.postcode()} {f.city()}"
        if k == 3:
            return (
                f"Wildschaden, Schreiben an {g.email_for(rng, p['first'], p['last'], ['web.de', 'gmx.de'])} verschickt"
            )
        return "Kein Schaden gemeldet"

    t.add("feld_20", "FREE_TEXT_WITH_PII", g.nulls([claim(p) for p in ps], 0.35, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- de 2
def apotheke():
    f, rng = g.faker("de_DE", 1604), random.Random(1604)
    t = _T("apo_abgabe_export", "de")
    ps = _people(f, rng, 0, 95)
    meds = [
        ("Ibuprofen 400mg 20 St.", "M01AE01"),
        ("Metformin 1000mg 180 St.", "A10BA02"),
        ("Ramipril 5mg 100 St.", "C09AA05"),
        ("Salbutamol Dosieraerosol", "R03AC02"),
        ("L-Thyroxin 75µg 100 St.", "H03AA01"),
        ("Sertralin 50mg 100 St.", "N06AB06"),
        ("Pantoprazol 40mg 60 St.", "A02BC02"),
        ("Amoxicillin 1000mg 20 St.", "J01CA04"),
        ("Simvastatin 20mg 100 St.", "C10AA01"),
        ("Insulin glargin Pen", "A10AE04"),
        ("Methotrexat 15mg", "L04AX03"),
        ("Tilidin/Naloxon 50/4mg", "N02AX51"),
    ]
    icd = ["E11.9", "I10", "J45.9", "F32.1", "K21.0", "E03.9", "M54.5", "J06.9", "E78.0", "M06.9", "G43.0", "F41.1"]
    mi = [rng.randrange(len(meds)) for _ in range(N)]
    branches = [
        ("Löwen-Apotheke am Marienplatz", "80331", "089 2123456"),
        ("Stern-Apotheke Schwabing", "80802", "089 3398877"),
        ("Rathaus-Apotheke Pasing", "81241", "089 8297710"),
    ]
    bi = [rng.randrange(3) for _ in range(N)]
    t.add("BELEG_NR", "NONE", [str(rng.randint(100000000, 999999999)) for _ in range(N)])
    t.add(
        "ABGABE_DT",
        "NONE",
        [g.recent_ts(rng).strftime(g.pick(rng, ["%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M:%S"])) for _ in range(N)],
    )
    t.add("PZN", "NONE", [f"{rng.randint(100000, 19999999):08d}" for _ in range(N)])
    t.add(
        "ARTIKEL", "HEALTH", [g.messy(meds[i][0], rng, 0.4) for i in mi]
    )  # JC: medication dispensed to a patient -> HEALTH
    t.add("ATC", "HEALTH", [meds[i][1] for i in mi])  # JC: ATC code of the patient's medication -> HEALTH
    t.add("MENGE", "NONE", [rng.choice([1, 1, 1, 2, 3]) for _ in range(N)])
    t.add(
        "PREIS_EUR",
        "NONE",
        [
            g.thousands(rng.uniform(3, 400) if rng.random() < 0.95 else rng.uniform(1000, 3500), rng, "eu")
            for _ in range(N)
        ],
    )
    t.add("ZUZAHLUNG", "NONE", [g.pick(rng, ["5,00", "10,00", "0,00", "7,49", "5,00"]) for _ in range(N)])
    t.add("PAT_NACHNAME", "PERSON_NAME", g.nulls([g.messy(p["last"], rng, 0.6) for p in ps], 0.1, rng))
    t.add("PAT_VORNAME", "PERSON_NAME", g.nulls([g.messy(p["first"], rng, 0.6) for p in ps], 0.1, rng))
    t.add("GEB_JAHR", "DATE_OF_BIRTH", [p["dob"].year for p in ps])
    t.add(
        "KASSE",
        "NONE",
        [
            g.pick(rng, ["AOK Bayern", "TK", "BARMER", "DAK-Gesundheit", "IKK classic", "privat", "HEK"])
            for _ in range(N)
        ],
    )  # JC: insurer company -> NONE
    t.add(
        "ARZT",
        "PERSON_NAME",
        [g.pick(rng, ["Dr. med. ", "Dr. ", ""]) + f"{f.first_name()[0]}. {f.last_name()}" for _ in range(N)],
    )
    t.add("DIAG", "HEALTH", g.nulls([g.pick(rng, icd) for _ in range(N)], 0.5, rng))
    t.add("FILIALE", "NONE", [branches[i][0] for i in bi])
    t.add("FIL_PLZ", "NONE", [branches[i][1] for i in bi])  # JC: postcode of the pharmacy branch -> NONE
    t.add("FIL_TEL", "NONE", [branches[i][2] for i in bi])
    t.add("KUNDENKARTE", "NONE", g.nulls([f"2{rng.randint(0, 10**12 - 1):012d}" for _ in range(N)], 0.4, rng))
    t.add(
        "attr_b",
        "EMAIL",
        g.nulls(
            [g.email_for(rng, p["first"], p["last"], ["web.de", "gmx.de", "t-online.de", "gmail.com"]) for p in ps],
            0.6,
            rng,
        ),
    )
    rem = [
        "Rezept nachgereicht",
        "Packung N2 nicht lieferbar, N1 abgegeben",
        "Rabattvertrag beachtet",
        "Botendienst",
        "Aut-idem angekreuzt",
        "Lieferengpass - Rückruf Großhandel",
        "Kühlware",
        "BtM-Rezept geprüft",
    ]
    t.add("BEMERKUNG", "NONE", g.nulls([g.pick(rng, rem) for _ in range(N)], 0.5, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- fr 1
def eleves():
    f, rng = g.faker("fr_FR", 1605), random.Random(1605)
    t = _T("vie_scolaire_eleves", "fr")
    kids = _people(f, rng, 10, 16)
    parents = _people(f, rng, 30, 58)
    t.add("ID_ELEVE", "NONE", [f"E{rng.randint(2019, 2024)}-{rng.randint(1, 99999):05d}" for _ in range(N)])
    t.add("NOM_ELEVE", "PERSON_NAME", [g.messy(p["last"], rng, 0.7) for p in kids])
    t.add("PRENOM", "PERSON_NAME", [g.messy(p["first"], rng, 0.2) for p in kids])
    t.add(
        "DT_NAISS",
        "DATE_OF_BIRTH",
        g.mixed_dates([p["dob"] for p in kids], rng, ["%d/%m/%Y", "%Y-%m-%d", "LONG", "%d-%m-%Y"], "fr", [5, 2, 2, 1]),
    )
    t.add(
        "SEXE",
        "GENDER",
        [g.pick(rng, ["M", "Masculin", "G"]) if p["male"] else g.pick(rng, ["F", "Féminin"]) for p in kids],
    )
    t.add("REGIME", "NONE", [g.pick(rng, ["DP4", "Externe", "Demi-pensionnaire", "EXT", "Interne"]) for _ in range(N)])
    t.add("NOM_RESP1", "PERSON_NAME", [g.messy(f"{p['last'].upper()} {p['first']}", rng, 0.3) for p in parents])
    t.add("PROF_RESP1", "OCCUPATION", g.nulls([g.messy(f.job(), rng, 0.2) for _ in range(N)], 0.35, rng))
    t.add("TEL_PORT", "PHONE", [g.phone(rng, "FR") for _ in range(N)])
    t.add(
        "MAIL_RESP",
        "EMAIL",
        g.nulls(
            [
                g.email_for(
                    rng,
                    p["first"],
                    p["last"],
                    ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr"],
                )
                for p in parents
            ],
            0.2,
            rng,
        ),
    )
    t.add("ADRESSE", "STREET_ADDRESS", [g.messy(f.street_address(), rng, 0.4, 0.2) for _ in range(N)])
    t.add("CP", "POSTAL_CODE", [f.postcode() for _ in range(N)])
    t.add("VILLE", "CITY", [g.messy(g.pick(rng, g.FR_CITIES), rng, 0.6) for _ in range(N)])
    t.add(
        "NIR_RESP", "NATIONAL_ID", g.nulls([g.fr_nir(rng, 1 if p["male"] else 2, p["dob"]) for p in parents], 0.55, rng)
    )
    pai = [
        "Allergie arachide",
        "Asthme - Ventoline en classe",
        "Diabète type 1",
        "Epilepsie",
        "Allergie œuf / lait",
        "TDAH - traitement Ritaline",
        "Dyslexie (PAP)",
        "Intolérance au gluten (maladie cœliaque)",
    ]
    t.add("PAI", "HEALTH", g.nulls([g.pick(rng, pai) for _ in range(N)], 0.7, rng))
    t.add(
        "QF_CAF", "FINANCIAL", g.nulls([str(rng.randint(180, 2600)) for _ in range(N)], 0.3, rng)
    )  # JC: quotient familial is derived from household income -> FINANCIAL
    t.add("TARIF_CANTINE", "NONE", [g.pick(rng, ["1,00", "2,35", "3,45", "4,10", "4,85"]) for _ in range(N)])
    etabs = [
        ("Collège Jean Moulin", "0751234A"),
        ("COLLEGE VICTOR HUGO", "0691458K"),
        ("Collège Marie Curie", "0330876P"),
    ]
    ei = [rng.randrange(3) for _ in range(N)]
    t.add("ETAB", "NONE", [etabs[i][0] for i in ei])
    t.add("UAI_ETAB", "NONE", [etabs[i][1] for i in ei])

    def obs(i):
        k, p, c = rng.randrange(5), parents[i], kids[i]
        if k == 0:
            return f"Mme {p['last']} signale que {c['first']} sera absent lundi, la joindre au {g.phone(rng, 'FR')}"
        if k == 1:
            return f"Autorisation de sortie signée par {p['first']} {p['last']} ; autre contact : {f.first_name()} {f.last_name()}"
        if k == 2:
            return f"Changement d'adresse : {f.street_address()}, {f.postcode()} {g.pick(rng, g.FR_CITIES)}"
        if k == 3:
            return f"Convocation envoyée à {g.email_for(rng, p['first'], p['last'], ['orange.fr', 'gmail.com'])}"
        return "RAS"

    t.add("col_19", "FREE_TEXT_WITH_PII", g.nulls([obs(i) for i in range(N)], 0.3, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- fr 2
def dons():
    f, rng = g.faker("fr_FR", 1606), random.Random(1606)
    t = _T("crm_dons_2023", "fr")
    ps = _people(f, rng, 20, 92)
    t.add("NUM_DON", "NONE", [str(rng.randint(100000000, 999999999)) for _ in range(N)])
    t.add(
        "CIVILITE",
        "GENDER",
        g.nulls(
            [
                g.pick(rng, ["M.", "M", "Monsieur"]) if p["male"] else g.pick(rng, ["Mme", "Mme", "Madame", "Mlle"])
                for p in ps
            ],
            0.08,
            rng,
        ),
    )  # JC: civility -> GENDER
    t.add("NOM_PRENOM", "PERSON_NAME", [g.messy(f"{p['last'].upper()} {p['first']}", rng, 0.3) for p in ps])
    t.add("ADR_LIGNE1", "STREET_ADDRESS", [g.messy(f.street_address(), rng, 0.5, 0.25) for _ in range(N)])
    t.add(
        "CODE_POSTAL",
        "POSTAL_CODE",
        [f.postcode() if rng.random() < 0.9 else str(rng.randint(1000, 9999)) for _ in range(N)],
    )
    t.add("COMMUNE", "CITY", [g.messy(g.pick(rng, g.FR_CITIES), rng, 0.6) for _ in range(N)])
    t.add(
        "PAYS",
        "COUNTRY",
        [
            g.pick(rng, ["France", "FRANCE", "Belgique", "Suisse", "Luxembourg", "FR"], [10, 5, 2, 2, 1, 2])
            for _ in range(N)
        ],
    )
    t.add(
        "EMAIL",
        "EMAIL",
        g.nulls(
            [
                g.messy(
                    g.email_for(
                        rng, p["first"], p["last"], ["orange.fr", "free.fr", "gmail.com", "laposte.net", "yahoo.fr"]
                    ),
                    rng,
                    0.1,
                )
                for p in ps
            ],
            0.25,
            rng,
        ),
    )
    t.add(
        "MONTANT",
        "NONE",
        [g.thousands(rng.choice([10, 15, 20, 30, 50, 100, 150, 1000, 1250, 5000]) * 1.0, rng, "sp") for _ in range(N)],
    )
    t.add(
        "MODE_RGLT", "NONE", [g.pick(rng, ["CB", "Prélèvement", "Chèque", "Virement", "PRLV SEPA"]) for _ in range(N)]
    )
    t.add("IBAN_DONATEUR", "IBAN", g.nulls([f.iban() for _ in range(N)], 0.6, rng))
    t.add("RUM", "NONE", [f"RUM-{rng.randint(2015, 2023)}-{rng.randint(1, 999999):06d}" for _ in range(N)])
    t.add(
        "DT_DON",
        "NONE",
        g.mixed_dates([g.recent_date(rng, 365) for _ in range(N)], rng, ["%d/%m/%Y", "%Y-%m-%d", "LONG"], "fr"),
    )
    t.add(
        "CAMPAGNE",
        "NONE",
        [g.pick(rng, ["NOEL23", "URGENCE-SEISME", "LEGS", "RELANCE_Q3", "WEB-SPONT"]) for _ in range(N)],
    )
    t.add("RECU_FISCAL", "NONE", [g.pick(rng, ["O", "N", "O"]) for _ in range(N)])
    t.add(
        "TRANCHE_REVENU",
        "FINANCIAL",
        g.nulls(
            [g.pick(rng, ["< 20 k€", "20-40 k€", "40-60 k€", "60-100 k€", "> 100 k€"]) for _ in range(N)], 0.5, rng
        ),
    )
    t.add("field17", "IP_ADDRESS", g.nulls([g.ipv4(rng) for _ in range(N)], 0.4, rng))
    t.add("SIRET_ORGA", "NONE", [g.pick(rng, ["77568473100045", "77568473100052"]) for _ in range(N)])
    com = [
        "En soutien à vos actions",
        "Pour les enfants",
        "Continuez votre beau travail !",
        "Don en mémoire d'un proche",
        "Merci de ne plus m'envoyer de courrier papier",
        "Pour l'urgence humanitaire",
        "Don annuel",
    ]
    t.add("COMMENTAIRE", "NONE", g.nulls([g.pick(rng, com) for _ in range(N)], 0.6, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- es
def alquiler():
    f, rng = g.faker("es_ES", 1607), random.Random(1607)
    t = _T("contratos_alquiler_gestoria", "es")
    ps = _people(f, rng, 19, 80)
    nat = [
        g.pick(
            rng,
            ["España", "ESPAÑA", "Marruecos", "Rumanía", "Colombia", "Venezuela", "Italia", "Ecuador", "China"],
            [10, 4, 2, 2, 2, 1, 1, 1, 1],
        )
        for _ in range(N)
    ]
    spanish = [n.lower() == "españa" for n in nat]
    t.add("COD_CONTRATO", "NONE", [f"ALQ-{rng.randint(2018, 2024)}-{rng.randint(1, 99999):05d}" for _ in range(N)])
    t.add(
        "NOMBRE_INQ",
        "PERSON_NAME",
        [g.messy(f"{p['last'].upper()} {f.last_name().upper()}, {p['first']}", rng, 0.4) for p in ps],
    )
    t.add("DNI_NIE", "NATIONAL_ID", [g.messy(g.es_dni(rng) if s else g.es_nie(rng), rng, 0, 0.15) for s in spanish])
    t.add(
        "F_NAC",
        "DATE_OF_BIRTH",
        g.mixed_dates([p["dob"] for p in ps], rng, ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "LONG"], "es", [5, 2, 2, 1]),
    )
    t.add("NACIONALIDAD", "NATIONALITY", nat)
    t.add(
        "EST_CIVIL",
        "MARITAL_STATUS",
        g.nulls(
            [
                g.pick(
                    rng, ["Soltero/a", "SOLTERO", "Casado/a", "CASADA", "Divorciado/a", "Viudo/a", "Pareja de hecho"]
                )
                for _ in range(N)
            ],
            0.2,
            rng,
        ),
    )
    t.add("PROFESION", "OCCUPATION", g.nulls([g.messy(f.job(), rng, 0.4) for _ in range(N)], 0.15, rng))
    t.add("INGRESOS_MENS", "FINANCIAL", [g.thousands(rng.uniform(900, 6500), rng, "eu") for _ in range(N)])
    t.add("TLF_MOVIL", "PHONE", [g.phone(rng, "ES") for _ in range(N)])
    t.add(
        "CORREO",
        "EMAIL",
        g.nulls(
            [
                g.email_for(rng, p["first"], p["last"], ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"])
                for p in ps
            ],
            0.2,
            rng,
        ),
    )
    t.add(
        "DIR_INMUEBLE", "STREET_ADDRESS", [g.messy(f.street_address(), rng, 0.4, 0.2) for _ in range(N)]
    )  # JC: rented dwelling = tenant's home -> STREET_ADDRESS
    t.add("CP", "POSTAL_CODE", [f.postcode() for _ in range(N)])
    t.add("MUNICIPIO", "CITY", [g.messy(f.city(), rng, 0.5) for _ in range(N)])
    t.add(
        "RENTA_MENSUAL", "NONE", [g.thousands(rng.choice(range(450, 2600, 25)) * 1.0, rng, "eu") for _ in range(N)]
    )  # JC: rent is a price -> NONE
    t.add("FIANZA", "NONE", [g.thousands(rng.choice(range(450, 5200, 50)) * 1.0, rng, "eu") for _ in range(N)])
    t.add("IBAN_INQ", "IBAN", g.nulls([f.iban() for _ in range(N)], 0.1, rng))
    ag = [
        "Inmobiliaria Pérez e Hijos S.L.",
        "GESTIONES FERNÁNDEZ S.A.",
        "Alquileres Levante S.L.",
        "Fincas Martín y Asociados S.L.",
    ]
    agi = [rng.randrange(4) for _ in range(N)]
    cifs = [g.es_cif(rng) for _ in range(4)]
    t.add("AGENCIA", "NONE", [ag[i] for i in agi])
    t.add("CIF_AGENCIA", "NONE", [cifs[i] for i in agi])
    t.add(
        "campo_19", "GEO_COORDINATE", [f"{rng.uniform(36.5, 43.5):.5f}, {rng.uniform(-8.5, 2.8):.5f}" for _ in range(N)]
    )  # coordinates of the rented home

    def obs(i):
        k = rng.randrange(5)
        if k == 0:
            return f"Avalista: D. {f.first_name_male()} {f.last_name()} {f.last_name()}, DNI {g.es_dni(rng)}"
        if k == 1:
            return f"Segunda titular {f.first_name_female()} {f.last_name()}, tlf {g.phone(rng, 'ES')}"
        if k == 2:
            return f"Enviar notificaciones a {g.email_for(rng, ps[i]['first'], ps[i]['last'], ['gmail.com'])}"
        if k == 3:
            return f"Domicilio anterior del inquilino: {f.street_address()}, {f.postcode()} {f.city()}"
        return "Sin incidencias"

    t.add("OBSERV", "FREE_TEXT_WITH_PII", g.nulls([obs(i) for i in range(N)], 0.25, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- it 1
def carta_fedelta():
    f, rng = g.faker("it_IT", 1608), random.Random(1608)
    t = _T("fidelity_transazioni", "it")
    ps = _people(f, rng, 18, 90)
    stores = [
        ("Superm. Conad Via Roma", 45.0703, 7.6869),
        ("CONAD CITY P.ZZA CASTELLO", 45.0712, 7.6853),
        ("Conad Superstore Lingotto", 45.0283, 7.6631),
        ("Conad Sapori&Dintorni", 45.0631, 7.6791),
    ]
    si = [rng.randrange(4) for _ in range(N)]
    t.add("ID_TRANS", "NONE", [g.uuid4(rng) for _ in range(N)])
    t.add(
        "NUM_CARTA", "NONE", [f"2800{rng.randint(0, 10**9 - 1):09d}" for _ in range(N)]
    )  # loyalty card number (surrogate)
    t.add("COD_FISC", "NATIONAL_ID", g.nulls([g.messy(f.ssn(), rng, 0, 0.15, 0.1) for _ in range(N)], 0.3, rng))
    t.add("COGNOME", "PERSON_NAME", [g.messy(p["last"], rng, 0.6) for p in ps])
    t.add("NOME", "PERSON_NAME", [g.messy(p["first"], rng, 0.6) for p in ps])
    t.add(
        "DT_NASCITA",
        "DATE_OF_BIRTH",
        g.mixed_dates(
            [p["dob"] for p in ps], rng, ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d/%m/%y"], "it", [5, 2, 2, 1]
        ),
    )
    t.add(
        "SESSO",
        "GENDER",
        [("M" if p["male"] else "F") if rng.random() < 0.9 else ("Maschio" if p["male"] else "Femmina") for p in ps],
    )
    t.add("CELL", "PHONE", g.nulls([g.phone(rng, "IT") for _ in range(N)], 0.15, rng))
    t.add("CAP", "POSTAL_CODE", [f.postcode() for _ in range(N)])
    t.add("PUNTO_VENDITA", "NONE", [stores[i][0] for i in si])
    t.add("LAT_PV", "NONE", [stores[i][1] for i in si])  # store coordinates
    t.add("LON_PV", "NONE", [stores[i][2] for i in si])
    t.add(
        "IMPORTO",
        "NONE",
        [
            g.thousands(rng.uniform(2, 260) if rng.random() < 0.97 else rng.uniform(1000, 1600), rng, "eu")
            for _ in range(N)
        ],
    )
    t.add("PUNTI", "NONE", [rng.randint(0, 260) for _ in range(N)])
    t.add("COD_ART", "NONE", [f"SKU-{rng.randint(1, 99999):05d}-{rng.choice('ABCDEFG')}" for _ in range(N)])
    t.add("EAN", "NONE", [f"80{rng.randint(0, 10**11 - 1):011d}" for _ in range(N)])
    t.add("CARTA_PAG", "CREDIT_CARD", g.nulls([g.card(rng) for _ in range(N)], 0.6, rng))
    t.add(
        "ts_transazione",
        "NONE",
        [g.recent_ts(rng).strftime(g.pick(rng, ["%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S"])) for _ in range(N)],
    )
    t.add(
        "col_19",
        "EMAIL",
        g.nulls(
            [
                g.email_for(
                    rng, p["first"], p["last"], ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"]
                )
                for p in ps
            ],
            0.35,
            rng,
        ),
    )
    t.add("HASH_SCONTRINO", "NONE", [g.sha(rng) for _ in range(N)])
    return t.out()


# ---------------------------------------------------------------------------------------------- it 2
def segnalazioni():
    f, rng = g.faker("it_IT", 1609), random.Random(1609)
    t = _T("urp_segnalazioni", "it")
    ps = _people(f, rng, 18, 90)
    cats = [
        "Buca stradale",
        "Illuminazione pubblica",
        "Rifiuti abbandonati",
        "Verde pubblico",
        "Segnaletica",
        "Rumore",
        "Perdita acqua",
    ]
    t.add("PROT_N", "NONE", [f"PG/{rng.randint(2021, 2024)}/{rng.randint(1, 999999):07d}" for _ in range(N)])
    t.add(
        "DATA_SEGN",
        "NONE",
        g.mixed_dates([g.recent_date(rng, 1000) for _ in range(N)], rng, ["%d/%m/%Y", "%Y-%m-%d", "LONG"], "it"),
    )
    t.add("CATEGORIA", "NONE", [g.pick(rng, cats) for _ in range(N)])
    desc = [
        "Buca profonda, pericolosa per i motorini",
        "Lampione spento da una settimana",
        "Cassonetto stracolmo da giorni",
        "Rami caduti sul marciapiede dopo il temporale",
        "Cartello stop divelto",
        "Musica alta fino a tarda notte nel locale",
        "Perdita d'acqua dal tombino",
        "Erba alta nel parco giochi",
    ]
    t.add("DESCRIZIONE", "NONE", [g.pick(rng, desc) for _ in range(N)])
    streets = [f.street_name() for _ in range(40)]
    t.add(
        "LUOGO_INTERVENTO",
        "NONE",
        [
            g.pick(
                rng,
                [
                    f"Incrocio {g.pick(rng, streets)} / {g.pick(rng, streets)}",
                    f"{g.pick(rng, streets)} altezza civico {rng.randint(1, 120)}",
                    f"Parco di {g.pick(rng, streets)}",
                    f"{g.pick(rng, streets)} (lato fontana)",
                ],
            )
            for _ in range(N)
        ],
    )  # JC: location of a public-space issue, not a person's home -> NONE
    t.add("SEGNALANTE", "PERSON_NAME", [g.messy(f"{p['first']} {p['last']}", rng, 0.5) for p in ps])
    t.add("CF_SEGNALANTE", "NATIONAL_ID", g.nulls([f.ssn() for _ in range(N)], 0.5, rng))
    t.add("TEL_SEGN", "PHONE", g.nulls([g.phone(rng, "IT") for _ in range(N)], 0.3, rng))
    t.add(
        "EMAIL_SEGN",
        "EMAIL",
        g.nulls(
            [g.email_for(rng, p["first"], p["last"], ["libero.it", "gmail.com", "hotmail.it"]) for p in ps], 0.4, rng
        ),
    )
    t.add(
        "PEC",
        "EMAIL",
        g.nulls(
            [g.email_for(rng, p["first"], p["last"], ["pec.it", "legalmail.it", "pec.libero.it"]) for p in ps], 0.6, rng
        ),
    )
    uff = [
        ("Settore Lavori Pubblici", "011 4431111"),
        ("Servizio Ambiente", "011 4432222"),
        ("Polizia Municipale", "011 4433333"),
    ]
    ui = [rng.randrange(3) for _ in range(N)]
    t.add("UFFICIO_COMP", "NONE", [uff[i][0] for i in ui])
    t.add("TEL_UFFICIO", "NONE", [uff[i][1] for i in ui])  # office phone of the municipality
    ops = ["mrossi", "g.bianchi", "lferrari72", "a.esposito", "op_ricci", "sromano", "f.colombo", "vmarino"]
    t.add("OPERATORE", "USERNAME", [g.pick(rng, ops) for _ in range(N)])  # JC: employee login names -> USERNAME
    t.add(
        "STATO", "NONE", [g.pick(rng, ["APERTA", "IN LAVORAZIONE", "CHIUSA", "Chiusa", "Respinta"]) for _ in range(N)]
    )
    t.add("CANALE", "NONE", [g.pick(rng, ["App", "Sportello", "Telefono", "Email", "Web"]) for _ in range(N)])

    def nota(i):
        p = ps[i]
        k = rng.randrange(5)
        if k == 0:
            return f"Richiamato sig. {p['last']} al {g.phone(rng, 'IT')}, conferma intervento"
        if k == 1:
            return f"La sig.ra {f.first_name_female()} {f.last_name()} abita in {f.street_address()} e segnala il problema da mesi"
        if k == 2:
            return f"Risposta inviata a {g.email_for(rng, p['first'], p['last'], ['gmail.com', 'libero.it'])}"
        if k == 3:
            return f"Sopralluogo con {p['first']} {p['last']} il giorno {g.recent_date(rng).strftime('%d/%m/%Y')}"
        return "Inoltrata alla ditta appaltatrice"

    t.add("NOTE_OPERATORE", "FREE_TEXT_WITH_PII", g.nulls([nota(i) for i in range(N)], 0.3, rng))
    t.add(
        "ID_DISPOSITIVO",
        "DEVICE_ID",
        g.nulls([g.uuid4(rng, True) if rng.random() < 0.5 else g.hexstr(rng, 16) for _ in range(N)], 0.4, rng),
    )
    t.add("IP_ORIG", "IP_ADDRESS", g.nulls([g.ipv4(rng) for _ in range(N)], 0.3, rng))
    t.add("VERS_APP", "NONE", g.nulls([g.version(rng, 4) for _ in range(N)], 0.4, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- nl
def pakketten():
    f, rng = g.faker("nl_NL", 1610), random.Random(1610)
    t = _T("pakket_bezorging_scans", "nl")
    ps = _people(f, rng)
    depots = [
        ("Depot Nieuwegein", "52.0297,5.0823"),
        ("DEPOT AMSTERDAM-WEST", "52.3869,4.8366"),
        ("Depot Eindhoven Acht", "51.4741,5.4206"),
    ]
    di = [rng.randrange(3) for _ in range(N)]
    t.add(
        "ZENDINGNR",
        "NONE",
        [
            f"3S{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{rng.randint(0, 9999999):07d}"
            for _ in range(N)
        ],
    )
    t.add("ORDERNR", "NONE", [str(rng.randint(100000000, 999999999)) for _ in range(N)])
    t.add(
        "ONTV_NAAM",
        "PERSON_NAME",
        [
            g.messy(
                g.pick(
                    rng,
                    [
                        f"{p['first'][0]}. {p['last']}",
                        f"{p['first']} {p['last']}",
                        f"Dhr. {p['last']}" if p["male"] else f"Mevr. {p['last']}",
                    ],
                ),
                rng,
                0.3,
            )
            for p in ps
        ],
    )
    t.add(
        "ADRES",
        "STREET_ADDRESS",
        [
            g.messy(
                f"{f.street_name()} {rng.randint(1, 250)}{g.pick(rng, ['', '', '', ' a', '-2', 'B', ' hs'])}",
                rng,
                0.3,
                0.2,
            )
            for _ in range(N)
        ],
    )
    t.add(
        "PC",
        "POSTAL_CODE",
        [
            g.pick(
                rng,
                [
                    f"{rng.randint(1000, 9999)} {rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}",
                    f"{rng.randint(1000, 9999)}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEFGHJKLMNPRSTVWXZ')}",
                ],
            )
            for _ in range(N)
        ],
    )
    t.add("PLAATS", "CITY", [g.messy(f.city(), rng, 0.5) for _ in range(N)])
    t.add("LAND", "COUNTRY", [g.pick(rng, ["NL", "NL", "NL", "BE", "DE", "Nederland"]) for _ in range(N)])
    t.add("TEL", "PHONE", g.nulls([g.phone(rng, "NL") for _ in range(N)], 0.2, rng))
    t.add(
        "EMAIL",
        "EMAIL",
        g.nulls(
            [
                g.email_for(
                    rng, p["first"], p["last"], ["gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "live.nl"]
                )
                for p in ps
            ],
            0.25,
            rng,
        ),
    )
    t.add("AFLEVER_LAT", "GEO_COORDINATE", [round(rng.uniform(50.8, 53.4), 6) for _ in range(N)])
    t.add("AFLEVER_LON", "GEO_COORDINATE", [round(rng.uniform(3.5, 7.1), 6) for _ in range(N)])
    t.add("DEPOT", "NONE", [depots[i][0] for i in di])
    t.add("DEPOT_GPS", "NONE", [depots[i][1] for i in di])  # warehouse coordinates
    t.add("GEWICHT_KG", "NONE", [g.thousands(rng.uniform(0.1, 30), rng, "eu", 2) for _ in range(N)])
    t.add("BEZORGER_ID", "NONE", [f"BZ{rng.randint(100, 9999)}" for _ in range(N)])
    t.add(
        "veld_a",
        "PERSON_NAME",
        g.nulls(
            [
                g.messy(g.pick(rng, [f.last_name(), f.first_name(), f"{f.first_name()} {f.last_name()}"]), rng, 0.3)
                for _ in range(N)
            ],
            0.45,
            rng,
        ),
    )  # name of whoever signed for the parcel
    opm = [
        "Achterdeur gebruiken",
        "Bij buren afgeven",
        "Niet in brievenbus",
        "Bel niet, hond",
        "Afleveren na 17:00",
        "Kluis bij voordeur",
        "Pakket beschadigd bij depot",
        "Tweede bezorgpoging",
    ]
    t.add("OPMERKING", "NONE", g.nulls([g.pick(rng, opm) for _ in range(N)], 0.5, rng))
    t.add(
        "SCAN_TS",
        "NONE",
        [g.recent_ts(rng, 60).strftime(g.pick(rng, ["%d-%m-%Y %H:%M", "%Y-%m-%dT%H:%M:%S"])) for _ in range(N)],
    )
    vats = [g.nl_vat(rng) for _ in range(6)]
    t.add("BTW_VERZENDER", "NONE", [g.pick(rng, vats) for _ in range(N)])  # shipping companies' VAT numbers
    return t.out()


# ---------------------------------------------------------------------------------------------- pt
def app_logs():
    f, rng = g.faker("pt_BR", 1611), random.Random(1611)
    t = _T("app_eventos_crash", "pt")
    nu = 150
    users = _people(f, rng, 18, 75, n=nu)
    for u in users:
        u["uid"] = g.uuid4(rng)
        u["ad"] = g.uuid4(rng, True) if rng.random() < 0.5 else g.uuid4(rng)
        u["imei"] = g.imei(rng)
        u["mac"] = g.mac(rng)
        u["cpf"] = f.cpf() if rng.random() < 0.6 else f.cpf().replace(".", "").replace("-", "")
        u["login"] = g.pick(
            rng,
            [
                f"{u['first'].lower()}.{u['last'].lower()}",
                f"{u['first'].lower()}{rng.randint(1, 99)}",
                f"{u['last'].lower()}_{u['first'][0].lower()}",
                f"{u['first'].lower()}_{rng.randint(1980, 2005)}",
            ],
        )
        u["city"] = g.pick(rng, g.BR_CITIES)
        u["lat"], u["lon"] = rng.uniform(-30, -3), rng.uniform(-55, -35)
        u["tel"] = g.phone(rng, "BR")
        u["renda"] = g.pick(rng, ["até R$ 2.000", "R$ 2.001 a R$ 5.000", "R$ 5.001 a R$ 10.000", "acima de R$ 10.000"])
    import unicodedata

    for u in users:
        u["login"] = unicodedata.normalize("NFKD", u["login"]).encode("ascii", "ignore").decode().replace(" ", "")
    ui = [rng.randrange(nu) for _ in range(N)]
    us = [users[i] for i in ui]
    t.add("evento_id", "NONE", [g.uuid4(rng) for _ in range(N)])
    t.add("ts_evento", "NONE", [int(g.recent_ts(rng, 90).timestamp()) for _ in range(N)])
    t.add("id_usuario", "DEVICE_ID", [u["uid"] for u in us])  # JC: persistent user UUID -> DEVICE_ID per spec
    t.add("idfa_aaid", "DEVICE_ID", g.nulls([u["ad"] for u in us], 0.2, rng))
    t.add("imei", "DEVICE_ID", g.nulls([u["imei"] for u in us], 0.6, rng))
    t.add("mac_wifi", "MAC_ADDRESS", g.nulls([u["mac"] for u in us], 0.3, rng))
    t.add("ip_cliente", "IP_ADDRESS", [g.ipv4(rng) if rng.random() < 0.8 else g.ipv6(rng) for _ in range(N)])
    t.add("versao_app", "NONE", [g.version(rng, 4) for _ in range(N)])
    t.add(
        "versao_so",
        "NONE",
        [g.pick(rng, ["Android 14", "Android 13", "Android 11", "iOS 17.4", "iOS 16.7.2"]) for _ in range(N)],
    )
    t.add(
        "modelo",
        "NONE",
        [
            g.pick(rng, ["SM-A515F", "SM-G991B", "moto g(60)", "iPhone13,2", "Redmi Note 10", "iPhone15,3"])
            for _ in range(N)
        ],
    )
    t.add("cpf_titular", "NATIONAL_ID", g.nulls([u["cpf"] for u in us], 0.1, rng))
    t.add("login", "USERNAME", [u["login"] for u in us])
    t.add("celular", "PHONE", g.nulls([u["tel"] for u in us], 0.3, rng))
    t.add(
        "tela",
        "NONE",
        [
            g.pick(rng, ["HomeScreen", "PixTransferScreen", "LoginActivity", "ExtratoFragment", "CartaoView"])
            for _ in range(N)
        ],
    )
    t.add("stacktrace_hash", "NONE", [g.sha(rng, "sha1") for _ in range(N)])
    t.add(
        "lat_usuario", "GEO_COORDINATE", g.nulls([round(u["lat"] + rng.uniform(-0.01, 0.01), 5) for u in us], 0.35, rng)
    )  # JC: user's device location -> GEO_COORDINATE
    t.add(
        "lon_usuario", "GEO_COORDINATE", g.nulls([round(u["lon"] + rng.uniform(-0.01, 0.01), 5) for u in us], 0.35, rng)
    )
    t.add("cidade", "CITY", g.nulls([g.messy(u["city"], rng, 0.3) for u in us], 0.2, rng))
    errs = [
        "java.lang.NullPointerException at br.app.pix.PixViewModel.confirm",
        "ANR in com.app.banco (input dispatching timed out)",
        "SocketTimeoutException: timeout after 30000ms",
        "EXC_BAD_ACCESS KERN_INVALID_ADDRESS",
        "OutOfMemoryError: Failed to allocate",
        "IllegalStateException: Fragment not attached",
    ]
    t.add("msg_erro", "NONE", g.nulls([g.pick(rng, errs) for _ in range(N)], 0.4, rng))

    def fb(u):
        k = rng.randrange(5)
        if k == 0:
            return f"Meu nome é {u['first']} {u['last']} e o app fecha quando faço pix, me liguem no {u['tel']}"
        if k == 1:
            return f"Não consigo entrar, meu CPF {u['cpf']} está bloqueado"
        if k == 2:
            return f"Por favor respondam para {g.email_for(rng, u['first'], u['last'], ['gmail.com', 'hotmail.com', 'uol.com.br'])}"
        if k == 3:
            return f"Sou {u['first']} {u['last']}, moro na {f.street_address()} e o cartão não chegou"
        return "App travando muito depois da atualização"

    t.add("feedback_usuario", "FREE_TEXT_WITH_PII", g.nulls([fb(u) for u in us], 0.4, rng))
    t.add("renda_faixa", "FINANCIAL", g.nulls([u["renda"] for u in us], 0.3, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- pl 1
def call_center():
    f, rng = g.faker("pl_PL", 1612), random.Random(1612)
    t = _T("cc_rozmowy_windykacja", "pl")
    ps = _people(f, rng, 18, 85)
    agents = [f"{f.last_name()} {f.first_name()}" for _ in range(12)]
    t.add("ID_ROZM", "NONE", [str(rng.randint(100000000, 999999999)) for _ in range(N)])
    t.add(
        "DATA_POL",
        "NONE",
        g.mixed_dates([g.recent_date(rng, 400) for _ in range(N)], rng, ["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"], "pl"),
    )
    t.add("CZAS_TRW_S", "NONE", [rng.randint(15, 2400) for _ in range(N)])
    t.add("NR_DZWON", "PHONE", [g.phone(rng, "PL") for _ in range(N)])
    t.add(
        "NR_INFOLINII", "NONE", [g.pick(rng, ["801 100 200", "+48 22 500 60 70"]) for _ in range(N)]
    )  # the company's own hotline
    t.add("KLIENT", "PERSON_NAME", [g.messy(f"{p['last']} {p['first']}", rng, 0.6) for p in ps])
    t.add("PESEL", "NATIONAL_ID", g.nulls([g.pl_pesel(rng, p["dob"], p["male"]) for p in ps], 0.15, rng))
    t.add(
        "NR_DOWODU", "NATIONAL_ID", g.nulls([g.pl_idcard(rng) for _ in range(N)], 0.55, rng)
    )  # JC: Polish ID-card number -> NATIONAL_ID
    t.add("KONSULTANT", "PERSON_NAME", [g.pick(rng, agents) for _ in range(N)])
    t.add("KOLEJKA", "NONE", [g.pick(rng, ["Windykacja", "Reklamacje", "Ugody", "Infolinia ogólna"]) for _ in range(N)])
    t.add("KOD_SPRAWY", "NONE", [f"WD/{rng.randint(2022, 2024)}/{rng.randint(1, 99999):05d}" for _ in range(N)])
    t.add(
        "NR_RACHUNKU", "IBAN", g.nulls([g.pl_nrb(rng, rng.random() < 0.4) for _ in range(N)], 0.3, rng)
    )  # JC: NRB (IBAN body, partly with PL) -> IBAN
    t.add(
        "KWOTA_ZADLUZENIA", "FINANCIAL", [g.thousands(rng.uniform(150, 85000), rng, "sp") for _ in range(N)]
    )  # JC: a person's outstanding debt = financial standing -> FINANCIAL
    t.add("MIASTO", "CITY", [g.messy(f.city(), rng, 0.5) for _ in range(N)])
    t.add("KOD_POCZT", "POSTAL_CODE", [f.postcode() for _ in range(N)])

    def note(i):
        p = ps[i]
        k = rng.randrange(5)
        if k == 0:
            return f"Klient {p['first']} {p['last']} prosi o kontakt pod nr {g.phone(rng, 'PL')} po 16:00"
        if k == 1:
            return f"Dzwoniła żona klienta, {f.first_name_female()} {p['last']}, deklaruje wpłatę do piątku"
        if k == 2:
            return f"Nowy adres korespondencyjny: {f.street_address()}, {f.postcode()} {f.city()}"
        if k == 3:
            return f"Potwierdzenie ugody wysłane na {g.email_for(rng, p['first'], p['last'], ['wp.pl', 'onet.pl', 'interia.pl'])}"
        return "Brak kontaktu, nagrana wiadomość"

    t.add("notatka", "FREE_TEXT_WITH_PII", g.nulls([note(i) for i in range(N)], 0.25, rng))
    t.add(
        "WYNIK",
        "NONE",
        [g.pick(rng, ["Rozwiązano", "Ugoda", "Odmowa", "Oddzwonić", "Brak kontaktu"]) for _ in range(N)],
    )
    t.add("NAGRANIE_ID", "NONE", [g.uuid4(rng) for _ in range(N)])
    t.add(
        "pole_19",
        "EMAIL",
        g.nulls(
            [
                g.email_for(rng, p["first"], p["last"], ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"])
                for p in ps
            ],
            0.5,
            rng,
        ),
    )
    t.add("OCENA_NPS", "NONE", g.nulls([rng.randint(0, 10) for _ in range(N)], 0.6, rng))
    return t.out()


# ---------------------------------------------------------------------------------------------- pl 2
def kampania():
    f, rng = g.faker("pl_PL", 1613), random.Random(1613)
    t = _T("kampania_odpowiedzi", "pl")
    ps = _people(f, rng, 18, 80)
    import unicodedata

    def slug(s):
        return (
            unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )

    t.add("ID_ODP", "NONE", [rng.randint(1000000, 9999999) for _ in range(N)])
    t.add(
        "KOD_KAMP",
        "NONE",
        [g.pick(rng, ["WIOSNA24_SMS", "WIOSNA24_MAIL", "LATO24_FB", "KREDYT_Q2", "RETARGET_07"]) for _ in range(N)],
    )
    t.add("IMIE", "PERSON_NAME", [g.messy(p["first"], rng, 0.5) for p in ps])
    t.add("NAZWISKO", "PERSON_NAME", [g.messy(p["last"], rng, 0.5) for p in ps])
    t.add(
        "PLEC",
        "GENDER",
        [g.pick(rng, ["M", "m", "mężczyzna"]) if p["male"] else g.pick(rng, ["K", "k", "kobieta"]) for p in ps],
    )
    t.add(
        "WIEK",
        "AGE",
        [g.pick(rng, [str(g.age_of(p["dob"])), g.age_of(p["dob"]), f"{g.age_of(p['dob'])} l."]) for p in ps],
    )
    t.add(
        "WYKSZTALCENIE",
        "EDUCATION",
        g.nulls(
            [
                g.pick(
                    rng, ["wyższe", "WYŻSZE", "średnie", "zawodowe", "podstawowe", "policealne", "wyższe magisterskie"]
                )
                for _ in range(N)
            ],
            0.3,
            rng,
        ),
    )
    t.add(
        "STAN_CYWILNY",
        "MARITAL_STATUS",
        g.nulls(
            [
                g.pick(rng, ["kawaler", "żonaty", "rozwiedziony", "wdowiec"])
                if p["male"]
                else g.pick(rng, ["panna", "zamężna", "rozwiedziona", "wdowa"])
                for p in ps
            ],
            0.35,
            rng,
        ),
    )
    t.add("TEL_KOM", "PHONE", g.nulls([g.phone(rng, "PL") for _ in range(N)], 0.1, rng))
    t.add(
        "E_MAIL",
        "EMAIL",
        g.nulls(
            [
                g.email_for(rng, p["first"], p["last"], ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"])
                for p in ps
            ],
            0.2,
            rng,
        ),
    )
    t.add("MIEJSCOWOSC", "CITY", [g.messy(f.city(), rng, 0.4) for _ in range(N)])
    t.add("ZGODA_MARKETING", "NONE", [g.pick(rng, ["T", "N", "T", "TAK"]) for _ in range(N)])
    t.add("KANAL", "NONE", [g.pick(rng, ["SMS", "EMAIL", "FB", "WWW"]) for _ in range(N)])
    t.add(
        "KLIK_TS",
        "NONE",
        [g.recent_ts(rng, 120).strftime(g.pick(rng, ["%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M"])) for _ in range(N)],
    )
    t.add("IP", "IP_ADDRESS", g.nulls([g.ipv4(rng) for _ in range(N)], 0.2, rng))
    t.add(
        "LINK_PROFIL",
        "URL",
        g.nulls(
            [
                g.pick(
                    rng,
                    [
                        f"https://www.facebook.com/{slug(p['first'])}.{slug(p['last'])}.{rng.randint(1, 999)}",
                        f"https://www.linkedin.com/in/{slug(p['first'])}-{slug(p['last'])}-{g.hexstr(rng, 6)}",
                        f"https://instagram.com/{slug(p['first'])}_{slug(p['last'])}",
                    ],
                )
                for p in ps
            ],
            0.5,
            rng,
        ),
    )
    t.add(
        "URL_LANDING",
        "NONE",
        [
            f"https://www.bankpolska.pl/{g.pick(rng, ['kredyt-gotowkowy', 'konto-osobiste', 'karta-kredytowa', 'lokata'])}?utm_source={g.pick(rng, ['sms', 'newsletter', 'facebook'])}&utm_campaign={g.pick(rng, ['wiosna24', 'lato24'])}"
            for _ in range(N)
        ],
    )
    t.add(
        "DOCHOD_NETTO",
        "FINANCIAL",
        g.nulls(
            [
                g.thousands(rng.choice(range(2500, 25000, 100)) * 1.0, rng, "sp", 0) + g.pick(rng, [" zł", " PLN", ""])
                for _ in range(N)
            ],
            0.3,
            rng,
        ),
    )
    t.add(
        "PRODUKT",
        "NONE",
        [g.pick(rng, ["Kredyt gotówkowy", "Konto osobiste", "Karta kredytowa", "Lokata 6M"]) for _ in range(N)],
    )
    t.add(
        "attr_20",
        "DATE_OF_BIRTH",
        g.nulls(g.mixed_dates([p["dob"] for p in ps], rng, ["%Y-%m-%d", "%d.%m.%Y"], "pl"), 0.4, rng),
    )
    t.add("NIP_FIRMY", "NONE", [g.pick(rng, ["5260250995"]) for _ in range(N)])  # the bank's own tax number
    return t.out()


def all_tables():
    return [
        gym_members(),
        ride_trips(),
        kfz_vertraege(),
        apotheke(),
        eleves(),
        dons(),
        alquiler(),
        carta_fedelta(),
        segnalazioni(),
        pakketten(),
        app_logs(),
        call_center(),
        kampania(),
    ]
