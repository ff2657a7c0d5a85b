"""blind15: a fresh, independently labelled set of 13 business-like tables (8 languages).

Built without looking at privet's implementation. Labels follow /work/shared/spec/entities.md:
a column is labelled by what it is ABOUT. Judgement calls are marked with ``# JC:`` comments.

``all_tables()`` -> list of {"name", "lang", "columns": [(header, GOLD_ENTITY, values), ...]}; 500 rows each.
"""

from __future__ import annotations

import datetime as dt
import random

from faker import Faker

from . import _gen as g

N = g.N


def _faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def _ascii(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L").replace("ß", "ss")


def _mail(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    f, l_ = _ascii(first).lower().replace(" ", ""), _ascii(last).lower().replace(" ", "").replace("'", "")
    style = rng.randint(0, 4)
    local = [f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{rng.randint(1, 99)}", f"{l_}.{f}{rng.randint(60, 99)}", f"{f}_{l_}"][
        style
    ]
    return f"{local}@{rng.choice(domains)}"


FR_VILLES = [
    "Paris",
    "Marseille",
    "Lyon",
    "Toulouse",
    "Nice",
    "Nantes",
    "Montpellier",
    "Strasbourg",
    "Bordeaux",
    "Lille",
    "Rennes",
    "Reims",
    "Saint-Étienne",
    "Toulon",
    "Le Havre",
    "Grenoble",
    "Dijon",
    "Angers",
    "Nîmes",
    "Villeurbanne",
    "Clermont-Ferrand",
    "Le Mans",
    "Aix-en-Provence",
    "Brest",
    "Tours",
    "Amiens",
    "Limoges",
    "Annecy",
    "Perpignan",
    "Boulogne-Billancourt",
    "Metz",
    "Besançon",
    "Orléans",
    "Saint-Denis",
    "Rouen",
    "Argenteuil",
    "Mulhouse",
    "Montreuil",
    "Caen",
    "Nancy",
    "Tourcoing",
    "Roubaix",
    "Nanterre",
    "Vitry-sur-Seine",
    "Avignon",
    "Créteil",
    "Poitiers",
    "Aubervilliers",
    "Versailles",
    "Colombes",
    "Pau",
    "Aulnay-sous-Bois",
    "Asnières-sur-Seine",
    "Rueil-Malmaison",
    "La Rochelle",
    "Calais",
    "Champigny-sur-Marne",
    "Antibes",
    "Béziers",
    "Saint-Maur-des-Fossés",
    "Cannes",
    "Quimper",
    "Valence",
    "Troyes",
    "Lorient",
    "Vannes",
    "Chambéry",
    "Niort",
    "Bayonne",
    "Albi",
    "Saint-Malo",
    "Colmar",
]


def _check(t):
    names = [h for h, _, _ in t["columns"]]
    assert len(set(names)) == len(names), t["name"]
    for h, _, v in t["columns"]:
        assert len(v) == N, (t["name"], h, len(v))
    return t


# =====================================================================================================
# 1. en — UK HR employee records (prefixed emp_ headers)
# =====================================================================================================
def uk_hr_employees():
    rng, fk = random.Random(1501), _faker("en_GB", 1501)
    rows = []
    ethnic = [
        ("White - British", 60),
        ("White - Irish", 3),
        ("White - Other", 8),
        ("Asian or Asian British - Indian", 6),
        ("Asian or Asian British - Pakistani", 4),
        ("Black or Black British - African", 4),
        ("Black or Black British - Caribbean", 2),
        ("Mixed - White and Asian", 2),
        ("Chinese", 2),
        ("Any other ethnic group", 2),
        ("Prefer not to say", 7),
    ]
    relig = [
        ("No religion", 40),
        ("Christian", 35),
        ("Muslim", 7),
        ("Hindu", 3),
        ("Sikh", 2),
        ("Jewish", 1),
        ("Buddhist", 1),
        ("Other", 2),
        ("Prefer not to say", 9),
    ]
    orient = [
        ("Heterosexual/straight", 80),
        ("Gay man", 3),
        ("Gay woman/lesbian", 2),
        ("Bisexual", 3),
        ("Other", 1),
        ("Prefer not to say", 11),
    ]
    disab = [
        ("No", 82),
        ("Yes - mobility impairment", 3),
        ("Yes - mental health condition", 4),
        ("Yes - hearing impairment", 2),
        ("Yes - dyslexia", 4),
        ("Yes - long-term illness", 3),
        ("Prefer not to say", 2),
    ]
    offices = ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Birmingham"]
    notes_tpl = [
        "Return-to-work meeting with {name} on {d}; agreed phased hours. Contact {phone}.",
        "{name} asked to update bank details, new email {email}.",
        "Spoke to {first} re: probation review, next check-in booked.",
        "Emergency contact changed to {kin} ({phone}).",
        "{name} moved house - new address {addr}.",
        "Annual review completed, objectives agreed for next year.",
        "Flexible working request from {first} {last} approved by line manager.",
        "Completed fire warden training.",
    ]
    for i in range(N):
        female = rng.random() < 0.5
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        dob = g.birth_date(rng, 18, 66)
        kin = f"{fk.first_name()} {last if rng.random() < 0.6 else fk.last_name()}"
        d = g.fmt_date(g.rand_date(rng, dt.date(2023, 1, 1), dt.date(2024, 6, 1)), "dmy_slash")
        note = rng.choice(notes_tpl).format(
            name=f"{first} {last}",
            first=first,
            last=last,
            d=d,
            kin=kin,
            phone=g.phone(rng, "GB"),
            email=_mail(rng, first, last, ["gmail.com", "outlook.com", "btinternet.com"]),
            addr=fk.street_address().replace("\n", ", ") + ", " + fk.postcode(),
        )
        rows.append(
            dict(
                emp_id=f"E{100000 + i * 7 + rng.randint(0, 6)}",
                name=f"{first} {last}" if rng.random() < 0.8 else f"{last}, {first}",
                email=f"{_ascii(first).lower()}.{_ascii(last).lower()}@northgate-logistics.co.uk",
                dob=g.fmt_date(dob, rng.choice(["dmy_slash", "dmy_slash", "iso"])),
                nino=g.uk_nino(rng),
                gender=g.weighted(
                    rng, [("Female" if female else "Male", 95), ("Non-binary", 2), ("Prefer not to say", 3)]
                ),
                eth=g.weighted(rng, ethnic),
                rel=g.weighted(rng, relig),
                sexo=g.weighted(rng, orient),
                dis=g.weighted(rng, disab),
                job=fk.job(),
                salary=rng.choice(
                    [round(rng.uniform(21000, 95000), -2), f"£{rng.randint(21, 95)},{rng.randint(0, 9)}00"]
                ),
                bank=g.uk_sort_code_account(rng),
                pc=fk.postcode(),
                start=g.fmt_date(g.rand_date(rng, dt.date(2005, 1, 1), dt.date(2024, 5, 1)), "iso"),
                office=rng.choice(offices),
                kin=kin,
                kin_phone=g.phone(rng, "GB"),
                note=note,
                car=g.plate(rng, "GB"),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "uk_hr_employees",
            "lang": "en",
            "columns": [
                ("emp_id", "NONE", c("emp_id")),  # internal surrogate key
                ("emp_full_name", "PERSON_NAME", c("name")),
                ("emp_email", "EMAIL", c("email")),
                ("emp_dob", "DATE_OF_BIRTH", c("dob")),
                ("emp_ni_no", "NATIONAL_ID", c("nino")),  # UK_NINO
                ("emp_gender", "GENDER", c("gender")),
                ("emp_ethnicity", "ETHNICITY", g.with_nulls(rng, c("eth"), 0.05)),
                ("emp_religion", "RELIGION", g.with_nulls(rng, c("rel"), 0.08)),
                ("emp_sexual_orientation", "SEXUAL_ORIENTATION", g.with_nulls(rng, c("sexo"), 0.10)),
                ("emp_disability", "HEALTH", c("dis")),  # disability -> HEALTH (spec)
                ("emp_job_title", "OCCUPATION", c("job")),
                ("emp_salary", "FINANCIAL", c("salary")),
                ("emp_sort_code_acct", "BANK_ACCOUNT", c("bank")),
                ("emp_home_postcode", "POSTAL_CODE", c("pc")),
                ("emp_start_date", "NONE", c("start")),  # hire date -> NONE
                ("emp_office", "NONE", c("office")),  # JC: office city -> NONE (spec: city of an office)
                ("emp_next_of_kin", "PERSON_NAME", g.with_nulls(rng, c("kin"), 0.15)),  # relatives -> PERSON_NAME
                ("emp_nok_phone", "PHONE", g.with_nulls(rng, c("kin_phone"), 0.15)),
                ("emp_manager_notes", "FREE_TEXT_WITH_PII", g.with_nulls(rng, c("note"), 0.10)),
                (
                    "emp_car_reg",
                    "LICENSE_PLATE",
                    g.with_nulls(rng, c("car"), 0.45),
                ),  # staff parking permit: private cars
            ],
        }
    )


# =====================================================================================================
# 2. en — US mobile-app event log
# =====================================================================================================
def us_app_events():
    rng, fk = random.Random(1502), _faker("en_US", 1502)
    users = []
    for _ in range(160):
        first, last = fk.first_name(), fk.last_name()
        uname = rng.choice(
            [
                f"{first.lower()}{last.lower()[:3]}{rng.randint(1, 999)}",
                f"{first[0].lower()}_{last.lower()}",
                f"{fk.word()}{fk.word().capitalize()}{rng.randint(10, 99)}",
                f"{last.lower()}.{first.lower()}",
            ]
        )
        lat, lon = rng.uniform(25.8, 48.9), rng.uniform(-123.9, -68.5)  # home region of the user (continental US)
        users.append(
            dict(
                uid=g.uuid4(rng),
                uname=uname,
                idfa=g.uuid4(rng, upper=True),
                mac=g.mac(rng, upper=rng.random() < 0.5),
                lat=lat,
                lon=lon,
                by=g.birth_date(rng, 16, 75).year,
                country=g.weighted(rng, [("United States", 85), ("Canada", 7), ("Mexico", 4), ("United Kingdom", 4)]),
                platform=rng.choice(["ios", "android", "web"]),
            )
        )
    rows = []
    for _ in range(N):
        u = rng.choice(users)
        rows.append(
            dict(
                eid=g.uuid4(rng),
                ts=g.timestamp(rng, style="isoz"),
                uid=u["uid"],
                uname=u["uname"],
                ip=g.client_ip(rng, 0.25),
                ver=g.app_version_ipv4_shaped(rng),
                idfa=u["idfa"] if u["platform"] == "ios" else None,
                mac=u["mac"] if u["platform"] == "android" else None,
                platform=u["platform"],
                page=f"https://shop.brightcart.com/p/{g.sku(rng).lower()}",
                profile=f"https://community.brightcart.com/members/{u['uname']}",
                sha=g.sha256(rng),
                lat=round(u["lat"] + rng.uniform(-0.01, 0.01), 5),
                lon=round(u["lon"] + rng.uniform(-0.01, 0.01), 5),
                country=u["country"],
                dur=rng.randint(20, 90000),
                status=g.weighted(rng, [(200, 90), (304, 4), (404, 3), (500, 3)]),
                by=u["by"],
                camp=rng.choice(["spring_sale_24", "retarget_q2", "organic", "newsletter_0412", "affiliate_xy", None]),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "us_app_events",
            "lang": "en",
            "columns": [
                ("event_id", "NONE", c("eid")),  # request/event UUID -> NONE
                ("event_ts", "NONE", c("ts")),
                ("user_id", "DEVICE_ID", c("uid")),  # JC: persistent user UUID -> DEVICE_ID (spec rule)
                ("username", "USERNAME", c("uname")),
                ("client_ip", "IP_ADDRESS", c("ip")),
                ("app_version", "NONE", c("ver")),  # IPv4-shaped version string
                ("idfa", "DEVICE_ID", c("idfa")),
                ("wifi_mac", "MAC_ADDRESS", c("mac")),
                ("platform", "NONE", c("platform")),
                ("page_url", "NONE", c("page")),  # JC: product page URLs do not point to a person -> NONE
                ("profile_url", "URL", c("profile")),  # community profile page of the user
                ("payload_sha256", "NONE", c("sha")),  # hash of request payload
                ("geo_lat", "GEO_COORDINATE", g.with_nulls(rng, c("lat"), 0.2)),  # user's device location
                ("geo_lon", "GEO_COORDINATE", g.with_nulls(rng, c("lon"), 0.2)),
                ("user_country", "COUNTRY", c("country")),
                ("duration_ms", "NONE", c("dur")),
                ("http_status", "NONE", c("status")),
                ("birth_year", "DATE_OF_BIRTH", g.with_nulls(rng, c("by"), 0.3)),  # birth year -> DATE_OF_BIRTH (spec)
                ("utm_campaign", "NONE", c("camp")),
            ],
        }
    )


# =====================================================================================================
# 3. de — Personalstammdaten / Lohnabrechnung (native German headers)
# =====================================================================================================
def de_personalstamm():
    rng, fk = random.Random(1503), _faker("de_DE", 1503)
    nat = [
        ("deutsch", 80),
        ("türkisch", 5),
        ("polnisch", 3),
        ("italienisch", 3),
        ("rumänisch", 2),
        ("kroatisch", 2),
        ("syrisch", 2),
        ("griechisch", 1),
        ("österreichisch", 2),
    ]
    konf = [
        ("rk", 25),
        ("ev", 22),
        ("--", 45),
        ("ak", 1),
        ("is", 3),
        ("jd", 1),
        ("römisch-katholisch", 2),
        ("evangelisch", 1),
    ]
    fam = [
        ("ledig", 35),
        ("verheiratet", 45),
        ("geschieden", 12),
        ("verwitwet", 3),
        ("eingetragene Lebenspartnerschaft", 2),
        ("getrennt lebend", 3),
    ]
    gew = [("keine", 70), ("IG Metall", 12), ("ver.di", 10), ("IG BCE", 3), ("GEW", 2), ("NGG", 3)]
    abt = [
        "Vertrieb",
        "Einkauf",
        "Logistik",
        "IT",
        "Personal",
        "Buchhaltung",
        "Produktion",
        "Qualitätssicherung",
        "Kundenservice",
    ]
    rows = []
    for i in range(N):
        female = rng.random() < 0.48
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        dob = g.birth_date(rng, 17, 66)
        rows.append(
            dict(
                pnr=f"{10000 + i * 3 + rng.randint(0, 2)}",
                first=first,
                last=last,
                dob=g.fmt_date(dob, "dmy_dot"),
                sex=g.weighted(rng, [("weiblich" if female else "männlich", 97), ("divers", 3)]),
                fam=g.weighted(rng, fam),
                nat=g.weighted(rng, nat),
                konf=g.weighted(rng, konf),
                stid=g.de_steuer_id(rng, spaced=rng.random() < 0.3),
                svnr=g.de_svnr(rng, dob, last, female),
                iban=g.iban(rng, "DE"),
                brutto=g.money(rng, 2100, 9800, decimal_comma=True, thousands=True),
                eintritt=g.fmt_date(g.rand_date(rng, dt.date(1995, 1, 1), dt.date(2024, 6, 1)), "dmy_dot"),
                abt=rng.choice(abt),
                beruf=fk.job(),
                gew=g.weighted(rng, gew),
                sb=g.weighted(
                    rng,
                    [
                        ("nein", 88),
                        ("ja, GdB 50", 5),
                        ("ja, GdB 60", 2),
                        ("ja, GdB 80", 1),
                        ("gleichgestellt (GdB 30)", 4),
                    ],
                ),
                ort=fk.city(),
                plz=fk.postcode(),
                str=fk.street_address(),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "de_personalstamm",
            "lang": "de",
            "columns": [
                ("Personalnummer", "NONE", c("pnr")),
                ("Vorname", "PERSON_NAME", c("first")),
                ("Nachname", "PERSON_NAME", c("last")),
                ("Geburtsdatum", "DATE_OF_BIRTH", c("dob")),
                ("Geschlecht", "GENDER", c("sex")),
                ("Familienstand", "MARITAL_STATUS", c("fam")),
                ("Staatsangehörigkeit", "NATIONALITY", c("nat")),
                ("Konfession", "RELIGION", c("konf")),  # JC: payroll church-tax code (rk/ev/--) is about religion
                ("Steuer-ID", "NATIONAL_ID", c("stid")),  # DE_STEUER_ID
                ("SV-Nummer", "NATIONAL_ID", c("svnr")),  # DE_SVNR
                ("IBAN", "IBAN", c("iban")),
                ("Bruttogehalt", "FINANCIAL", c("brutto")),
                ("Eintrittsdatum", "NONE", c("eintritt")),
                ("Abteilung", "NONE", c("abt")),
                ("Berufsbezeichnung", "OCCUPATION", c("beruf")),
                ("Gewerkschaft", "TRADE_UNION", c("gew")),
                ("Schwerbehinderung", "HEALTH", c("sb")),  # disability -> HEALTH
                ("Wohnort", "CITY", c("ort")),
                ("PLZ", "POSTAL_CODE", c("plz")),
                ("Straße", "STREET_ADDRESS", c("str")),
            ],
        }
    )


# =====================================================================================================
# 4. de — Energieversorger Kundenexport (abbreviated / camelCase headers, some meaningless)
# =====================================================================================================
def de_stromkunden():
    rng, fk = random.Random(1504), _faker("de_DE", 1504)
    tarife = ["Ökostrom Plus 24", "Basis Strom", "Grundversorgung", "Wärmestrom", "Ökostrom Fix 12", "Gas Komfort"]
    netz = [
        "Westnetz GmbH",
        "Netze BW GmbH",
        "Bayernwerk Netz GmbH",
        "E.DIS Netz GmbH",
        "Stromnetz Berlin GmbH",
        "Schleswig-Holstein Netz AG",
        "Rheinische NETZGesellschaft mbH",
    ]
    komm = [
        "Zählerstand per Foto übermittelt",
        "Abschlag auf Kundenwunsch angepasst",
        "Umzug gemeldet, Schlussrechnung folgt",
        "Tarifwechsel zum Monatsende",
        "Lastschriftmandat erteilt",
        "Rückfrage zur Jahresabrechnung beantwortet",
        "Zählerwechsel durch Netzbetreiber",
        "Mahnstufe 1",
        "",
        "Bonus gutgeschrieben",
        "Preisanpassung widersprochen",
    ]
    rows = []
    for _i in range(N):
        first, last = fk.first_name(), fk.last_name()
        lat, lon = round(rng.uniform(47.4, 54.8), 6), round(rng.uniform(6.0, 14.9), 6)
        rows.append(
            dict(
                kdnr=f"K-{rng.randint(1000000, 9999999)}",
                name=rng.choice([f"{last}, {first}", f"{first} {last}", f"{last}, {first}"]),
                anschrift=fk.street_address(),
                plz=fk.postcode(),
                ort=fk.city(),
                tarif=rng.choice(tarife),
                kwh=rng.randint(900, 7800),
                abschlag=g.money(rng, 35, 260, decimal_comma=True),
                beginn=g.fmt_date(
                    g.rand_date(rng, dt.date(2015, 1, 1), dt.date(2024, 6, 1)), rng.choice(["dmy_dot", "iso"])
                ),
                tel=g.phone(rng, "DE"),
                mail=_mail(rng, first, last, ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"]),
                iban=g.iban(rng, "DE"),
                score=rng.randint(0, 100) if rng.random() < 0.6 else rng.choice(["A", "B", "C", "D", "E", "F"]),
                komm=rng.choice(komm) or None,
                gebdat=g.fmt_date(g.birth_date(rng, 18, 92), "iso"),
                re=f"RE-{rng.choice([2023, 2024])}-{rng.randint(0, 999999):06d}",
                netz=rng.choice(netz),
                geo=f"{lat}, {lon}" if rng.random() < 0.7 else f"{lat};{lon}",
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "de_stromkunden",
            "lang": "de",
            "columns": [
                ("kdNr", "NONE", c("kdnr")),
                ("kundeName", "PERSON_NAME", c("name")),
                ("anschrift", "STREET_ADDRESS", c("anschrift")),
                ("plz", "POSTAL_CODE", c("plz")),
                ("ort", "CITY", c("ort")),  # supply address = home
                ("tarif", "NONE", c("tarif")),
                ("verbrauchKwh", "NONE", c("kwh")),
                (
                    "abschlagEur",
                    "NONE",
                    c("abschlag"),
                ),  # JC: monthly instalment is a price/bill, not financial standing
                ("vertragsbeginn", "NONE", c("beginn")),
                ("tel", "PHONE", g.with_nulls(rng, c("tel"), 0.2)),
                ("mail", "EMAIL", g.with_nulls(rng, c("mail"), 0.12)),
                ("f12", "IBAN", g.with_nulls(rng, c("iban"), 0.25)),  # SEPA mandate IBAN, meaningless header
                ("bonitaetScore", "FINANCIAL", c("score")),  # credit score
                ("kommentar", "NONE", c("komm")),  # service comments without PII
                ("gebDat", "DATE_OF_BIRTH", g.with_nulls(rng, c("gebdat"), 0.3)),
                ("rechnungsNr", "NONE", c("re")),
                ("netzbetreiber", "NONE", c("netz")),  # company names
                (
                    "X3",
                    "GEO_COORDINATE",
                    g.with_nulls(rng, c("geo"), 0.4),
                ),  # home coordinates (PV/wallbox site), "lat, lon"
            ],
        }
    )


# =====================================================================================================
# 5. fr — rendez-vous patients (hospital)
# =====================================================================================================
def fr_patients_rdv():
    rng, fk = random.Random(1505), _faker("fr_FR", 1505)
    motifs = [
        ("Suivi diabète de type 2", "E11.9", "Metformine 850 mg"),
        ("Hypertension artérielle", "I10", "Amlodipine 5 mg"),
        ("Douleurs lombaires", "M54.5", "Paracétamol 1 g"),
        ("Asthme", "J45.9", "Ventoline 100 µg"),
        ("Épisode dépressif", "F32.1", "Sertraline 50 mg"),
        ("Hypothyroïdie", "E03.9", "Lévothyrox 75 µg"),
        ("Fibrillation auriculaire", "I48.9", "Apixaban 5 mg"),
        ("Migraine", "G43.9", "Sumatriptan 50 mg"),
        ("Bronchite aiguë", "J20.9", "Amoxicilline 1 g"),
        ("Arthrose du genou", "M17.1", "Ibuprofène 400 mg"),
        ("Reflux gastro-œsophagien", "K21.9", "Oméprazole 20 mg"),
        ("Grossesse - suivi", "Z34.9", "Acide folique 0,4 mg"),
    ]
    sites = ["Hôpital Nord - Bât. B", "Clinique du Parc", "CHU Site Sud", "Centre de consultations Rive Gauche"]
    medecins = [f"Dr {fk.first_name()} {fk.last_name()}" for _ in range(25)]
    com_tpl = [
        "Patiente {civ} {last} rappelée au {phone}, RDV confirmé.",
        "{first} {last} souhaite recevoir ses résultats par mail : {email}",
        "Nouvelle adresse du patient : {addr}.",
        "Accompagné de sa fille {kin}, joignable au {phone}.",
        "Né le {dob}, dossier à fusionner avec doublon.",
        "RDV décalé à la demande du service.",
        "Apporter les derniers bilans sanguins.",
        "Patient venu à jeun.",
    ]
    rows = []
    for i in range(N):
        female = rng.random() < 0.52
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        dob = g.birth_date(rng, 0, 95)
        m = rng.choice(motifs)
        addr = fk.street_address()
        com = rng.choice(com_tpl).format(
            civ="Mme" if female else "M.",
            first=first,
            last=last,
            phone=g.phone(rng, "FR"),
            email=_mail(rng, first, last, ["orange.fr", "free.fr", "gmail.com", "laposte.net"]),
            addr=f"{addr}, {fk.postcode()} {rng.choice(FR_VILLES)}",
            kin=f"{fk.first_name_female()} {last}",
            dob=g.fmt_date(dob, "dmy_slash"),
        )
        rows.append(
            dict(
                id=f"RDV{240000 + i}",
                date=g.timestamp(rng, dt.datetime(2024, 1, 2), 180, "dmy_hm"),
                ipp=f"{rng.randint(100000000, 999999999)}",
                nom=last.upper(),
                prenom=first,
                dob=g.fmt_date(dob, "dmy_slash"),
                sexe="F" if female else "M",
                nir=fk.ssn(),
                tel=g.phone(rng, "FR"),
                adr=addr,
                cp=fk.postcode(),
                ville=rng.choice(FR_VILLES),
                motif=m[0],
                cim=m[1],
                trt=m[2],
                med=rng.choice(medecins),
                site=rng.choice(sites),
                fumeur=g.weighted(rng, [("non", 60), ("oui", 22), ("ancien fumeur", 15), ("NR", 3)]),
                com=com,
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "fr_patients_rdv",
            "lang": "fr",
            "columns": [
                ("id_rdv", "NONE", c("id")),
                ("date_rdv", "NONE", c("date")),
                ("ipp", "MEDICAL_RECORD_NUMBER", c("ipp")),  # identifiant permanent du patient = MRN
                ("nom", "PERSON_NAME", c("nom")),
                ("prenom", "PERSON_NAME", c("prenom")),
                ("date_naissance", "DATE_OF_BIRTH", c("dob")),
                ("sexe", "GENDER", c("sexe")),
                ("num_secu", "NATIONAL_ID", g.with_nulls(rng, c("nir"), 0.1)),  # FR_NIR
                ("telephone", "PHONE", g.with_nulls(rng, c("tel"), 0.08)),
                ("adresse", "STREET_ADDRESS", c("adr")),
                ("code_postal", "POSTAL_CODE", c("cp")),
                ("ville", "CITY", c("ville")),
                ("motif", "HEALTH", c("motif")),  # JC: reason for visit is a diagnosis-like health fact
                ("code_cim10", "HEALTH", c("cim")),
                ("traitement", "HEALTH", g.with_nulls(rng, c("trt"), 0.2)),
                ("medecin", "PERSON_NAME", c("med")),  # JC: treating doctor (employee) -> PERSON_NAME
                ("site", "NONE", c("site")),
                ("fumeur", "HEALTH", c("fumeur")),  # smoking status -> HEALTH
                ("commentaire", "FREE_TEXT_WITH_PII", g.with_nulls(rng, c("com"), 0.15)),
            ],
        }
    )


# =====================================================================================================
# 6. fr — sinistres automobile (insurance claims)
# =====================================================================================================
def fr_sinistres_auto():
    rng, fk = random.Random(1506), _faker("fr_FR", 1506)
    marques = [
        "Peugeot 208",
        "Renault Clio",
        "Citroën C3",
        "Dacia Sandero",
        "Tesla Model 3",
        "Toyota Yaris",
        "Renault Mégane",
        "Peugeot 3008",
        "Volkswagen Golf",
        "Fiat 500",
    ]
    experts = [
        f"Cabinet {fk.last_name()} Expertises",
        f"{fk.last_name()} & Associés SARL",
        "BCA Expertise",
        f"Expertises {fk.last_name()} Auto",
        "Groupe Altaïr Expertise",
    ]
    agences = [
        "Agence Lyon Part-Dieu",
        "Agence Nantes Centre",
        "Agence Lille Grand Place",
        "Agence Bordeaux Mériadeck",
        "Plateforme Paris",
    ]
    desc_tpl = [
        "Le conducteur {name}, domicilié {addr}, a percuté un véhicule à l'arrêt.",
        "Tiers identifié : {name2}, tél. {phone}. Constat amiable signé.",
        "Assuré {name} joignable au {phone}, pare-brise fissuré sur autoroute.",
        "Vol du véhicule déclaré par {name} ; contact : {email}.",
        "Choc arrière au feu rouge, tiers {name2} (immat. {plate}).",
        "Bris de glace, pas de tiers impliqué.",
        "Stationnement : rétroviseur arraché, auteur inconnu.",
        "Grêle sur le toit et le capot, expertise demandée.",
    ]
    rows = []
    for _i in range(N):
        first, last = fk.first_name(), fk.last_name()
        name = f"{first} {last}"
        rows.append(
            dict(
                sin=f"SIN-{rng.choice([2023, 2024])}-{rng.randint(0, 9999999):07d}",
                ctr=f"AUTO{rng.randint(10000000, 99999999)}",
                name=rng.choice(
                    [name, f"{last.upper()} {first}", f"M. {name}" if rng.random() < 0.5 else f"Mme {name}"]
                ),
                date=g.fmt_date(g.rand_date(rng, dt.date(2023, 1, 1), dt.date(2024, 6, 1)), "dmy_slash"),
                plate=g.plate(rng, "FR"),
                permis=g.fr_driver_licence(rng),
                marque=rng.choice(marques),
                montant=g.money(rng, 150, 18000, decimal_comma=True),
                agence=rng.choice(agences),
                email=_mail(rng, first, last, ["orange.fr", "sfr.fr", "gmail.com", "hotmail.fr", "free.fr"]),
                tel=g.phone(rng, "FR"),
                iban=g.iban(rng, "FR"),
                desc=rng.choice(desc_tpl).format(
                    name=name,
                    name2=f"{fk.first_name()} {fk.last_name()}",
                    phone=g.phone(rng, "FR"),
                    addr=f"{fk.street_address()}, {fk.postcode()} {rng.choice(FR_VILLES)}",
                    plate=g.plate(rng, "FR"),
                    email=_mail(rng, first, last, ["orange.fr", "gmail.com"]),
                ),
                expert=rng.choice(experts),
                statut=rng.choice(["ouvert", "en expertise", "indemnisé", "clos", "refusé"]),
                franchise=rng.choice([0, 150, 300, 380, 500]),
                ddn=g.fmt_date(g.birth_date(rng, 18, 88), rng.choice(["dmy_slash", "iso"])),
                prof=fk.job(),
                cp=fk.postcode(),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "fr_sinistres_auto",
            "lang": "fr",
            "columns": [
                ("num_sinistre", "NONE", c("sin")),
                ("num_contrat", "NONE", c("ctr")),  # policy number: internal key
                ("assure_nom_complet", "PERSON_NAME", c("name")),
                ("date_sinistre", "NONE", c("date")),
                ("immatriculation", "LICENSE_PLATE", c("plate")),
                ("num_permis", "DRIVER_LICENSE", g.with_nulls(rng, c("permis"), 0.1)),
                ("vehicule", "NONE", c("marque")),
                ("montant_estime", "NONE", c("montant")),  # JC: claim amount = transaction-like amount -> NONE
                ("agence", "NONE", c("agence")),
                ("email", "EMAIL", g.with_nulls(rng, c("email"), 0.1)),
                ("tel_portable", "PHONE", c("tel")),
                ("iban_remboursement", "IBAN", g.with_nulls(rng, c("iban"), 0.3)),
                ("description", "FREE_TEXT_WITH_PII", c("desc")),
                ("expert", "NONE", c("expert")),  # company names containing surnames -> NONE
                ("statut", "NONE", c("statut")),
                ("franchise_eur", "NONE", c("franchise")),
                ("ddn_conducteur", "DATE_OF_BIRTH", c("ddn")),
                ("profession", "OCCUPATION", g.with_nulls(rng, c("prof"), 0.2)),
                ("c9", "POSTAL_CODE", c("cp")),  # insured's postcode, meaningless header
            ],
        }
    )


# =====================================================================================================
# 7. es — movimientos bancarios (bank transactions)
# =====================================================================================================
def es_movimientos():
    rng, fk = random.Random(1507), _faker("es_ES", 1507)
    comercios = [
        ("MERCADONA", "Supermercado"),
        ("REPSOL", "Combustible"),
        ("EL CORTE INGLES", "Grandes almacenes"),
        ("IBERDROLA CLIENTES", "Suministros"),
        ("AMAZON EU SARL", "Compras online"),
        ("RENFE VIAJEROS", "Transporte"),
        ("CARREFOUR", "Supermercado"),
        ("TELEFONICA DE ESPANA", "Telecomunicaciones"),
        ("ZARA", "Ropa"),
        ("BAR LA TAPERIA", "Restauración"),
        ("FARMACIA CENTRAL", "Farmacia"),
        ("NETFLIX.COM", "Suscripciones"),
    ]
    ciudades = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Online"]
    clients = []
    for _ in range(120):
        clients.append(
            dict(
                titular=fk.name(),
                dni=fk.nif(),
                iban=g.iban(rng, "ES"),
                card=g.credit_card(rng, spaced=rng.random() < 0.7),
                dev=g.android_id(rng),
                nie=fk.nie() if rng.random() < 0.3 else None,
                tel=g.phone(rng, "ES"),
                saldo=rng.uniform(-800, 45000),
            )
        )
    rows = []
    for _ in range(N):
        cl = rng.choice(clients)
        com, cat = rng.choice(comercios)
        online = rng.random() < 0.45
        imp = -round(rng.uniform(1.5, 420), 2) if rng.random() < 0.9 else round(rng.uniform(50, 2500), 2)
        cl["saldo"] += imp
        rows.append(
            dict(
                id=g.uuid4(rng),
                fecha=g.timestamp(rng, style="iso"),
                titular=cl["titular"],
                dni=cl["dni"],
                iban=cl["iban"],
                card=cl["card"],
                masked=g.masked_card(rng),
                imp=f"{imp:.2f}".replace(".", ","),
                concepto=f"{'COMPRA TARJ.' if imp < 0 else 'TRANSF. RECIBIDA'} {com} {rng.randint(1000, 9999)}",
                comercio=com,
                ciudad=rng.choice(ciudades),
                saldo=f"{cl['saldo']:.2f}",
                cat=cat,
                ip=g.client_ip(rng, 0.15) if online else None,
                dev=cl["dev"] if online else None,
                nie=cl["nie"],
                tel=cl["tel"],
                ref=g.sixteen_digits_not_luhn(rng),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "es_movimientos",
            "lang": "es",
            "columns": [
                ("id_movimiento", "NONE", c("id")),
                ("fecha_operacion", "NONE", c("fecha")),
                ("titular", "PERSON_NAME", c("titular")),
                ("dni_titular", "NATIONAL_ID", c("dni")),  # ES_DNI
                ("iban_cuenta", "IBAN", c("iban")),
                ("num_tarjeta", "CREDIT_CARD", c("card")),
                ("tarjeta_enmascarada", "NONE", c("masked")),  # JC: masked card (last 4) is not a card (spec)
                ("importe", "NONE", c("imp")),  # transaction amount
                ("concepto", "NONE", c("concepto")),
                ("comercio", "NONE", c("comercio")),
                ("ciudad_comercio", "NONE", c("ciudad")),  # JC: merchant's city, not a person's home
                ("saldo", "FINANCIAL", c("saldo")),  # JC: account balance = financial standing
                ("categoria", "NONE", c("cat")),
                ("ip_conexion", "IP_ADDRESS", c("ip")),
                ("id_dispositivo", "DEVICE_ID", c("dev")),  # Android ID
                ("nie_cotitular", "NATIONAL_ID", c("nie")),  # ES_NIE (70% null)
                ("telefono_titular", "PHONE", c("tel")),
                ("referencia", "NONE", c("ref")),  # 16 digits failing Luhn
            ],
        }
    )


# =====================================================================================================
# 8. es — candidatos a empleo (job applicants, camelCase headers)
# =====================================================================================================
def es_candidatos():
    rng, fk = random.Random(1508), _faker("es_ES", 1508)
    paises = [
        ("España", 75),
        ("Marruecos", 5),
        ("Rumanía", 4),
        ("Colombia", 5),
        ("Venezuela", 4),
        ("Argentina", 3),
        ("Italia", 2),
        ("Perú", 2),
    ]
    estudios = [
        ("ESO", 10),
        ("Bachillerato", 15),
        ("FP Grado Medio", 12),
        ("FP Grado Superior", 18),
        ("Grado universitario", 28),
        ("Máster", 14),
        ("Doctorado", 3),
    ]
    civil = [("soltero/a", 50), ("casado/a", 35), ("divorciado/a", 8), ("pareja de hecho", 6), ("viudo/a", 1)]
    carta_tpl = [
        "Me llamo {name} y vivo en {city}. Pueden contactarme en el {phone} o en {email}.",
        "Soy {name}, con {years} años de experiencia como {job}. Mi teléfono es {phone}.",
        "Estimados señores: adjunto mi CV. Atentamente, {name}.",
        "Actualmente resido en {addr} y tengo disponibilidad inmediata. {name}",
        "Tengo disponibilidad inmediata y carnet de conducir B.",
        "Interesado en la vacante por su proyección internacional.",
    ]
    rows = []
    for _i in range(N):
        female = rng.random() < 0.5
        first = fk.first_name_female() if female else fk.first_name_male()
        last = f"{fk.last_name()} {fk.last_name()}"
        dob = g.birth_date(rng, 18, 64)
        city = fk.city()
        email = _mail(rng, first, last.split()[0], ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"])
        phone = g.phone(rng, "ES")
        job = fk.job()
        rows.append(
            dict(
                cid=f"CAND-{rng.randint(100000, 999999)}",
                name=f"{first} {last}",
                email=email,
                movil=phone,
                dob=g.fmt_date(dob, rng.choice(["dmy_slash", "iso"])),
                edad=g.age_of(dob),
                nac=g.weighted(rng, paises),
                est=g.weighted(rng, estudios),
                job=job,
                vac=f"VAC-2024-{rng.randint(1, 250):03d}",
                sal=f"{rng.randint(18, 65)}.000 €" if rng.random() < 0.7 else rng.randint(18000, 65000),
                li=f"https://www.linkedin.com/in/{_ascii(first).lower()}-{_ascii(last.split()[0]).lower()}-{rng.randint(100, 9999)}",
                cp=fk.postcode(),
                mun=city,
                disc=g.weighted(rng, [("No", 90), ("Sí, 33%", 6), ("Sí, 45%", 2), ("Sí, 65%", 2)]),
                civil=g.weighted(rng, civil),
                fsol=g.fmt_date(g.rand_date(rng, dt.date(2024, 1, 1), dt.date(2024, 6, 1)), "iso"),
                carta=rng.choice(carta_tpl).format(
                    name=f"{first} {last}",
                    city=city,
                    phone=phone,
                    email=email,
                    years=rng.randint(1, 20),
                    job=job.lower(),
                    addr=f"{fk.street_address()}, {fk.postcode()} {city}",
                ),
                punt=round(rng.uniform(3, 10), 1),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "es_candidatos",
            "lang": "es",
            "columns": [
                ("candidatoId", "NONE", c("cid")),
                ("nombreCompleto", "PERSON_NAME", c("name")),
                ("correo", "EMAIL", c("email")),
                ("movil", "PHONE", c("movil")),
                ("fechaNacimiento", "DATE_OF_BIRTH", g.with_nulls(rng, c("dob"), 0.1)),
                ("edad", "AGE", c("edad")),
                ("nacionalidad", "NATIONALITY", c("nac")),  # citizenship written as a country -> NATIONALITY
                ("nivelEstudios", "EDUCATION", c("est")),
                ("puestoActual", "OCCUPATION", g.with_nulls(rng, c("job"), 0.15)),
                ("vacante", "NONE", c("vac")),
                ("pretensionSalarial", "FINANCIAL", c("sal")),  # JC: expected salary -> FINANCIAL
                ("perfilLinkedin", "URL", g.with_nulls(rng, c("li"), 0.3)),
                ("codigoPostal", "POSTAL_CODE", c("cp")),
                ("municipio", "CITY", c("mun")),
                ("discapacidad", "HEALTH", c("disc")),
                ("estadoCivil", "MARITAL_STATUS", g.with_nulls(rng, c("civil"), 0.25)),
                ("fechaSolicitud", "NONE", c("fsol")),
                ("cartaPresentacion", "FREE_TEXT_WITH_PII", c("carta")),
                ("puntuacionEntrevista", "NONE", c("punt")),
            ],
        }
    )


# =====================================================================================================
# 9. it — prenotazioni hotel
# =====================================================================================================
def _it_city(fk) -> str:
    # it_IT builds its town list from a set, so its order changes with PYTHONHASHSEED: pick from a sorted copy
    provider = next(p for p in fk.get_providers() if hasattr(p, "cities"))
    return str(fk.random_element(sorted(set(provider.cities))))


def it_prenotazioni_hotel():
    rng, fk = random.Random(1509), _faker("it_IT", 1509)
    nat = [
        ("italiana", 55, None),
        ("tedesca", 12, "DE"),
        ("francese", 8, "FR"),
        ("britannica", 6, "GB"),
        ("statunitense", 6, "US"),
        ("svizzera", 5, "CH"),
        ("austriaca", 4, "AT"),
        ("spagnola", 4, "ES"),
    ]
    canali = ["Booking.com", "Expedia", "Diretto - sito", "Telefono", "Agenzia viaggi", "Airbnb"]
    rich = [
        "Camera silenziosa",
        "Culla per neonato",
        "Arrivo tardivo dopo le 23",
        "Letti separati",
        "Piano alto",
        "Parcheggio riservato",
        "Late check-out",
        None,
        None,
        None,
    ]
    hotel_citta = ["Roma", "Firenze", "Venezia", "Milano", "Napoli"]
    rows = []
    for _i in range(N):
        nz = rng.choices(nat, weights=[x[1] for x in nat])[0]
        female = rng.random() < 0.5
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        ci = g.rand_date(rng, dt.date(2024, 3, 1), dt.date(2024, 10, 31))
        cf = fk.ssn() if nz[2] is None else None
        rows.append(
            dict(
                cod=f"BK{rng.getrandbits(32):08X}",
                ci=g.fmt_date(ci, "dmy_slash"),
                co=g.fmt_date(ci + dt.timedelta(days=rng.randint(1, 9)), "dmy_slash"),
                nome=first,
                cognome=last,
                cf=cf,
                pp=g.passport(rng, nz[2] if nz[2] else "IT") if (nz[2] or rng.random() < 0.15) else None,
                naz=nz[0],
                luogo=_it_city(fk),
                dob=g.fmt_date(g.birth_date(rng, 18, 85), rng.choice(["dmy_slash", "iso"])),
                email=_mail(rng, first, last, ["libero.it", "gmail.com", "alice.it", "virgilio.it", "hotmail.it"]),
                cell=g.phone(rng, "IT"),
                camera=str(rng.randint(1, 6) * 100 + rng.randint(1, 30)),
                tariffa=g.money(rng, 79, 480, decimal_comma=True),
                canale=rng.choice(canali),
                targa=g.plate(rng, "IT") if rng.random() < 0.4 else None,
                rich=rng.choice(rich),
                hc=rng.choice(hotel_citta),
                ind=f"{fk.street_address()}, {fk.postcode()} {_it_city(fk)}",
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "it_prenotazioni_hotel",
            "lang": "it",
            "columns": [
                ("codice_prenotazione", "NONE", c("cod")),
                ("data_checkin", "NONE", c("ci")),
                ("data_checkout", "NONE", c("co")),
                ("nome_ospite", "PERSON_NAME", c("nome")),
                ("cognome_ospite", "PERSON_NAME", c("cognome")),
                ("codice_fiscale", "NATIONAL_ID", c("cf")),  # IT_CODICE_FISCALE (null for foreign guests)
                (
                    "numero_documento",
                    "PASSPORT",
                    c("pp"),
                ),  # JC: identity document recorded for foreign guests = passport numbers
                ("nazionalita", "NATIONALITY", c("naz")),
                ("luogo_nascita", "CITY", c("luogo")),  # birth city -> CITY
                ("data_nascita", "DATE_OF_BIRTH", c("dob")),
                ("email", "EMAIL", g.with_nulls(rng, c("email"), 0.1)),
                ("cellulare", "PHONE", g.with_nulls(rng, c("cell"), 0.1)),
                ("camera", "NONE", c("camera")),
                ("tariffa_notte", "NONE", c("tariffa")),
                ("canale", "NONE", c("canale")),
                ("targa_auto", "LICENSE_PLATE", c("targa")),
                ("richieste_speciali", "NONE", c("rich")),
                ("hotel_citta", "NONE", c("hc")),  # hotel location, not the guest's
                ("indirizzo_residenza", "STREET_ADDRESS", g.with_nulls(rng, c("ind"), 0.2)),
            ],
        }
    )


# =====================================================================================================
# 10. nl — telecom abonnees
# =====================================================================================================
def nl_telecom_abonnees():
    rng, fk = random.Random(1510), _faker("nl_NL", 1510)
    abos = [
        "Sim Only 10GB",
        "Sim Only Unlimited",
        "Unlimited 5G + toestel",
        "Basis 2GB",
        "Zakelijk Pro",
        "Prepaid Bundel 5GB",
    ]
    opm_tpl = [
        "Klant {name} belde i.v.m. storing, terugbellen op {phone}.",
        "Nieuw factuuradres doorgegeven: {addr}.",
        "{name} wil nummer porteren, contact via {email}.",
        "Mevrouw {last} klaagt over dekking in haar woonplaats {city}.",
        "Toestel defect, vervangend toestel verstuurd.",
        "Contract verlengd met 24 maanden.",
        "Klant heeft opzegging ingetrokken.",
    ]
    rows = []
    for _i in range(N):
        female = rng.random() < 0.5
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name()
        city = fk.city()
        rows.append(
            dict(
                kn=f"{rng.randint(10000000, 99999999)}",
                vn=first,
                an=last,
                bsn=g.nl_bsn(rng),
                dob=g.fmt_date(g.birth_date(rng, 16, 90), rng.choice(["dmy_dash", "dmy_dash", "iso"])),
                sex="V" if female else "M",
                pc=fk.postcode(),
                straat=fk.street_address(),
                wp=city,
                msisdn=g.phone(rng, "NL_MSISDN"),
                imei=g.imei(rng),
                iccid=g.iccid(rng, "31"),
                abo=rng.choice(abos),
                mb=g.money(rng, 8, 65, decimal_comma=True),
                gb=round(rng.uniform(0, 80), 2),
                iban=g.iban(rng, "NL"),
                ip=g.client_ip(rng, 0.3),
                opm=rng.choice(opm_tpl).format(
                    name=f"{first} {last}",
                    phone=g.phone(rng, "NL"),
                    last=last,
                    city=city,
                    addr=f"{fk.street_address()}, {fk.postcode()} {fk.city()}",
                    email=_mail(rng, first, last, ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com"]),
                ),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "nl_telecom_abonnees",
            "lang": "nl",
            "columns": [
                ("klantnummer", "NONE", c("kn")),
                ("voornaam", "PERSON_NAME", c("vn")),
                ("achternaam", "PERSON_NAME", c("an")),
                ("bsn", "NATIONAL_ID", c("bsn")),  # NL_BSN
                ("geboortedatum", "DATE_OF_BIRTH", c("dob")),
                ("geslacht", "GENDER", c("sex")),
                ("postcode", "POSTAL_CODE", c("pc")),
                ("straat_huisnr", "STREET_ADDRESS", c("straat")),
                ("woonplaats", "CITY", c("wp")),
                ("msisdn", "PHONE", c("msisdn")),
                ("imei", "DEVICE_ID", g.with_nulls(rng, c("imei"), 0.2)),
                (
                    "iccid",
                    "DEVICE_ID",
                    c("iccid"),
                ),  # JC: SIM card serial persistently identifies the subscriber's SIM -> DEVICE_ID
                ("abonnement", "NONE", c("abo")),
                ("maandbedrag", "NONE", c("mb")),
                ("data_verbruik_gb", "NONE", c("gb")),
                ("rekeningnummer", "IBAN", c("iban")),  # values are IBANs
                ("ip_laatste_sessie", "IP_ADDRESS", c("ip")),
                ("opmerking", "FREE_TEXT_WITH_PII", g.with_nulls(rng, c("opm"), 0.2)),
            ],
        }
    )


# =====================================================================================================
# 11. nl — enquête respondenten (survey responses)
# =====================================================================================================
def nl_enquete():
    rng, fk = random.Random(1511), _faker("nl_NL", 1511)
    opl = [("basisonderwijs", 5), ("vmbo", 14), ("havo", 10), ("vwo", 8), ("mbo", 25), ("hbo", 24), ("wo", 14)]
    beroep = [
        "verpleegkundige",
        "docent",
        "software-ontwikkelaar",
        "vrachtwagenchauffeur",
        "boekhouder",
        "kapper",
        "student",
        "gepensioneerd",
        "winkelmedewerker",
        "elektricien",
        "huisarts",
        "accountmanager",
        "schoonmaker",
        "timmerman",
    ]
    staat = [
        ("ongehuwd", 40),
        ("gehuwd", 38),
        ("geregistreerd partnerschap", 6),
        ("gescheiden", 12),
        ("weduwe/weduwnaar", 4),
    ]
    partij = [
        ("VVD", 15),
        ("PVV", 17),
        ("GL-PvdA", 15),
        ("NSC", 9),
        ("D66", 6),
        ("BBB", 5),
        ("CDA", 4),
        ("SP", 3),
        ("PvdD", 3),
        ("weet ik niet", 13),
        ("zeg ik liever niet", 10),
    ]
    rel = [
        ("geen", 55),
        ("rooms-katholiek", 18),
        ("protestants", 13),
        ("islamitisch", 5),
        ("hindoeïstisch", 1),
        ("joods", 1),
        ("anders", 2),
        ("zeg ik liever niet", 5),
    ]
    sek = [
        ("heteroseksueel", 82),
        ("homoseksueel", 4),
        ("lesbisch", 2),
        ("biseksueel", 4),
        ("anders", 1),
        ("zeg ik liever niet", 7),
    ]
    herk = [
        ("Nederlands", 75),
        ("Turks", 3),
        ("Marokkaans", 3),
        ("Surinaams", 3),
        ("Antilliaans", 1),
        ("Indonesisch", 2),
        ("Pools", 2),
        ("overig westers", 6),
        ("overig niet-westers", 5),
    ]
    vak = [("geen lid", 75), ("FNV", 14), ("CNV", 6), ("De Unie", 2), ("AVV", 1), ("VCP", 2)]
    ink = [
        "< €20.000",
        "€20.000 - €30.000",
        "€30.000 - €40.000",
        "€40.000 - €60.000",
        "€60.000 - €80.000",
        "> €80.000",
        "wil ik niet zeggen",
    ]
    toel = [
        "Prima enquête, duidelijke vragen.",
        "Te lang, vraag 12 was onduidelijk.",
        "Meer aandacht voor openbaar vervoer graag.",
        "Geen opmerkingen.",
        "De wachttijden bij de huisarts zijn te lang.",
        "Fijn dat de gemeente dit vraagt.",
        None,
        None,
    ]
    rows = []
    for i in range(N):
        female = rng.random() < 0.51
        age = rng.randint(18, 89)
        first, last = (fk.first_name_female() if female else fk.first_name_male()), fk.last_name()
        rows.append(
            dict(
                rid=f"R{i + 1:05d}",
                ts=g.timestamp(rng, dt.datetime(2024, 3, 1), 40, "iso"),
                age=age,
                sex=g.weighted(rng, [("vrouw" if female else "man", 97), ("anders", 2), ("zeg ik liever niet", 1)]),
                pc4=str(rng.randint(1011, 9999)),
                opl=g.weighted(rng, opl),
                beroep=rng.choice(beroep),
                staat=g.weighted(rng, staat),
                partij=g.weighted(rng, partij),
                rel=g.weighted(rng, rel),
                sek=g.weighted(rng, sek),
                herk=g.weighted(rng, herk),
                vak=g.weighted(rng, vak),
                ink=rng.choice(ink),
                rookt=g.weighted(rng, [("nee", 72), ("ja", 16), ("gestopt", 12)]),
                gez=g.weighted(
                    rng, [("zeer goed", 20), ("goed", 50), ("gaat wel", 22), ("slecht", 7), ("zeer slecht", 1)]
                ),
                tevr=rng.randint(1, 5),
                toel=rng.choice(toel),
                mail=_mail(rng, first, last, ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com"])
                if rng.random() < 0.5
                else None,
                wp=fk.city(),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "nl_enquete",
            "lang": "nl",
            "columns": [
                ("respondent_id", "NONE", c("rid")),
                ("ingevuld_op", "NONE", c("ts")),
                ("leeftijd", "AGE", c("age")),
                ("geslacht", "GENDER", c("sex")),
                ("pc4", "POSTAL_CODE", c("pc4")),  # 4-digit Dutch postcode area
                ("opleidingsniveau", "EDUCATION", c("opl")),
                ("beroep", "OCCUPATION", c("beroep")),
                ("burgerlijke_staat", "MARITAL_STATUS", c("staat")),
                ("q14_partijvoorkeur", "POLITICAL_OPINION", c("partij")),
                ("q15_religie", "RELIGION", c("rel")),
                ("q16", "SEXUAL_ORIENTATION", c("sek")),  # meaningless header
                ("herkomst", "ETHNICITY", c("herk")),  # JC: origin/migration background -> ETHNICITY
                ("vakbond", "TRADE_UNION", c("vak")),
                ("bruto_jaarinkomen", "FINANCIAL", c("ink")),  # income band
                ("rookt", "HEALTH", c("rookt")),
                ("ervaren_gezondheid", "HEALTH", c("gez")),  # JC: self-rated health -> HEALTH
                ("tevredenheid_1_5", "NONE", c("tevr")),
                ("q22_toelichting", "NONE", c("toel")),  # comments without PII
                ("email_voor_loting", "EMAIL", c("mail")),
                ("woonplaats", "CITY", g.with_nulls(rng, c("wp"), 0.1)),
            ],
        }
    )


# =====================================================================================================
# 12. pt — propostas de crédito (Brazilian loan applications)
# =====================================================================================================
def pt_propostas_credito():
    rng, fk = random.Random(1512), _faker("pt_BR", 1512)
    civil = [("solteiro(a)", 45), ("casado(a)", 38), ("divorciado(a)", 9), ("união estável", 6), ("viúvo(a)", 2)]
    escol = [
        ("fundamental incompleto", 8),
        ("fundamental completo", 10),
        ("médio completo", 35),
        ("superior incompleto", 12),
        ("superior completo", 25),
        ("pós-graduação", 10),
    ]
    rows = []
    for _i in range(N):
        first, last = fk.first_name(), fk.last_name()
        name = f"{first} {fk.last_name()} {last}" if rng.random() < 0.5 else f"{first} {last}"
        rows.append(
            dict(
                id=g.uuid4(rng),
                nome=name,
                cpf=fk.cpf() if rng.random() < 0.7 else fk.cpf().replace(".", "").replace("-", ""),
                rg=fk.rg(),
                dob=g.fmt_date(g.birth_date(rng, 18, 80), "dmy_slash"),
                civil=g.weighted(rng, civil),
                esc=g.weighted(rng, escol),
                prof=fk.job(),
                renda=g.money(rng, 1412, 25000, decimal_comma=True, thousands=True),
                score=rng.randint(0, 1000),
                valor=g.money(rng, 1000, 80000, decimal_comma=True, thousands=True),
                prazo=rng.choice([12, 18, 24, 36, 48, 60]),
                taxa=f"{rng.uniform(1.2, 6.9):.2f}% a.m.",
                cep=fk.postcode(),
                end=fk.street_address(),
                cidade=fk.city(),
                cel=g.phone(rng, "BR"),
                email=_mail(rng, first, last, ["gmail.com", "hotmail.com", "yahoo.com.br", "uol.com.br", "bol.com.br"]),
                conta=g.br_agencia_conta(rng),
                dprop=g.fmt_date(g.rand_date(rng, dt.date(2024, 1, 1), dt.date(2024, 6, 1)), "iso"),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "pt_propostas_credito",
            "lang": "pt",
            "columns": [
                ("id_proposta", "NONE", c("id")),
                ("nome_cliente", "PERSON_NAME", c("nome")),
                ("cpf", "NATIONAL_ID", c("cpf")),  # BR_CPF
                ("rg", "NATIONAL_ID", g.with_nulls(rng, c("rg"), 0.3)),  # BR_RG
                ("data_nascimento", "DATE_OF_BIRTH", c("dob")),
                ("estado_civil", "MARITAL_STATUS", c("civil")),
                ("escolaridade", "EDUCATION", c("esc")),
                ("profissao", "OCCUPATION", c("prof")),
                ("renda_mensal", "FINANCIAL", c("renda")),
                ("score_serasa", "FINANCIAL", c("score")),  # credit score
                (
                    "valor_solicitado",
                    "NONE",
                    c("valor"),
                ),  # JC: requested loan amount = product/transaction amount -> NONE
                ("prazo_meses", "NONE", c("prazo")),
                ("taxa_juros", "NONE", c("taxa")),
                ("cep", "POSTAL_CODE", c("cep")),
                ("endereco", "STREET_ADDRESS", c("end")),
                ("cidade", "CITY", c("cidade")),
                ("celular", "PHONE", c("cel")),
                ("email", "EMAIL", g.with_nulls(rng, c("email"), 0.1)),
                ("agencia_conta", "BANK_ACCOUNT", c("conta")),
                ("data_proposta", "NONE", c("dprop")),
            ],
        }
    )


# =====================================================================================================
# 13. pl — zamówienia sklepu internetowego (e-commerce orders)
# =====================================================================================================
def pl_zamowienia():
    rng, fk = random.Random(1513), _faker("pl_PL", 1513)
    magazyny = [("Stryków", 51.9, 19.6), ("Poznań", 52.35, 16.95), ("Wrocław", 51.06, 17.03), ("Gliwice", 50.3, 18.7)]
    uwagi_tpl = [
        "Proszę dzwonić pod {phone} przed dostawą. {name}",
        "Paczkę zostawić u sąsiadki, pani {last2}.",
        "Faktura na: {name}, {addr}",
        "Odbiorca: {name}, kontakt {email}",
        "Dostawa po 16:00, kod do domofonu 1234.",
        "Proszę o ekologiczne opakowanie.",
        "Prezent - bez paragonu w paczce.",
    ]
    rows = []
    for _i in range(N):
        female = rng.random() < 0.5
        first = fk.first_name_female() if female else fk.first_name_male()
        last = fk.last_name_female() if female else fk.last_name_male()
        dob = g.birth_date(rng, 18, 80)
        mag = rng.choice(magazyny)
        addr = fk.street_address()
        pc = fk.postcode()
        city = fk.city()
        email = _mail(rng, first, last, ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"])
        phone = g.phone(rng, "PL")
        rows.append(
            dict(
                nr=f"ZAM/{rng.randint(2023, 2024)}/{rng.randint(1, 999999):06d}",
                data=g.timestamp(rng, style="iso"),
                sku=g.sku(rng),
                puuid=g.uuid4(rng),
                cena=g.money(rng, 9.99, 2499, decimal_comma=True),
                imie=first,
                nazwisko=last,
                pesel=fk.pesel(date_of_birth=dt.datetime.combine(dob, dt.time()), sex="F" if female else "M")
                if rng.random() < 0.25
                else None,
                email=email,
                tel=phone,
                adres=addr,
                pc=pc,
                miasto=city,
                mag=mag[0],
                mlat=round(mag[1] + rng.uniform(-0.002, 0.002), 6),
                mlon=round(mag[2] + rng.uniform(-0.002, 0.002), 6),
                ip=g.client_ip(rng, 0.2),
                fv=f"FV/{rng.randint(1, 12):02d}/2024/{rng.randint(1, 99999):05d}",
                uwagi=rng.choice(uwagi_tpl).format(
                    phone=phone,
                    name=f"{first} {last}",
                    last2=fk.last_name_female(),
                    addr=f"{addr}, {pc} {city}",
                    email=email,
                ),
                dlat=round(rng.uniform(49.1, 54.7), 6),
                dlon=round(rng.uniform(14.2, 24.1), 6),
            )
        )
    c = lambda k: [r[k] for r in rows]  # noqa: E731
    return _check(
        {
            "name": "pl_zamowienia",
            "lang": "pl",
            "columns": [
                ("nr_zamowienia", "NONE", c("nr")),
                ("data_zamowienia", "NONE", c("data")),
                ("sku", "NONE", c("sku")),
                ("produkt_uuid", "NONE", c("puuid")),
                ("cena_brutto", "NONE", c("cena")),
                ("imie", "PERSON_NAME", c("imie")),
                ("nazwisko", "PERSON_NAME", c("nazwisko")),
                ("pesel", "NATIONAL_ID", c("pesel")),  # PL_PESEL (instalment purchases only)
                ("email_klienta", "EMAIL", c("email")),
                ("telefon", "PHONE", c("tel")),
                ("adres_dostawy", "STREET_ADDRESS", c("adres")),
                ("kod_pocztowy", "POSTAL_CODE", c("pc")),
                ("miasto", "CITY", c("miasto")),
                ("magazyn_miasto", "NONE", c("mag")),  # warehouse city
                ("magazyn_lat", "NONE", c("mlat")),  # warehouse coordinates
                ("magazyn_lon", "NONE", c("mlon")),
                ("ip_klienta", "IP_ADDRESS", c("ip")),
                ("nr_faktury", "NONE", c("fv")),
                ("uwagi", "FREE_TEXT_WITH_PII", g.with_nulls(rng, c("uwagi"), 0.3)),
                ("dostawa_lat", "GEO_COORDINATE", c("dlat")),  # drop-off coordinates
                ("dostawa_lon", "GEO_COORDINATE", c("dlon")),
            ],
        }
    )


def all_tables():
    return [
        uk_hr_employees(),
        us_app_events(),
        de_personalstamm(),
        de_stromkunden(),
        fr_patients_rdv(),
        fr_sinistres_auto(),
        es_movimientos(),
        es_candidatos(),
        it_prenotazioni_hotel(),
        nl_telecom_abonnees(),
        nl_enquete(),
        pt_propostas_credito(),
        pl_zamowienia(),
    ]
