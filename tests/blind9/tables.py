"""Blind set 9: 14 labelled tables (800 rows each) from domains not used by earlier sets.

Gold labels follow shared/spec/entities.md. Every generator is seeded, so all_tables() is deterministic.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from . import _gen as g
from ._gen import N, fk, mess, rows


def _table(name, lang, cols):
    for h, _, v in cols:
        assert len(v) == N, (name, h, len(v))
    assert len({h for h, _, _ in cols}) == len(cols), name
    return {"name": name, "lang": lang, "columns": cols}


# ------------------------------------------------------------------ 1 en_GB
def uk_water_arrears():
    r = random.Random(901)
    f = fk("en_GB", 901)
    names = rows(
        lambda i: (
            f"{f.last_name().upper()}, {f.first_name()}"
            if r.random() < 0.5
            else f"{r.choice(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr'])} {f.first_name()} {f.last_name()}"
        )
    )
    streets = rows(
        lambda i: (
            f"{r.randint(1, 240)}{r.choice(['', '', '', 'A', 'B'])} {f.street_name()}"
            if r.random() < 0.7
            else f"Flat {r.randint(1, 40)}, {f.building_number()} {f.street_name()}"
        )
    )

    def phone(i):
        k = r.random()
        if k < 0.4:
            return f"07{g.digits(r, 3)} {g.digits(r, 6)}"
        if k < 0.7:
            return f"+44 7{g.digits(r, 3)} {g.digits(r, 3)} {g.digits(r, 3)}"
        return f"01{g.digits(r, 2)} {g.digits(r, 3)} {g.digits(r, 4)}"

    psr = [
        "Dialysis at home",
        "Hearing impaired",
        "Chronic/serious illness",
        "Mental health condition",
        "Blind/partially sighted",
        "Home oxygen use",
        "Dementia",
        "Mobility impairment",
        "Stoma care",
    ]

    def note(i):
        n = f.first_name()
        sn = f.last_name()
        return r.choice(
            [
                f"Spoke to {r.choice(['Mr', 'Mrs', 'Ms'])} {sn}, agreed plan of £{r.randint(10, 60)}/month. Call back on {phone(i)}.",
                f"Customer's son {n} {sn} rang on behalf of his mother, wants bills sent to {f.email()}.",
                f"{n} {sn} in hospital until next month, hold recovery action. Contact daughter on {phone(i)}.",
                f"Letter returned, new address given as {f.building_number()} {f.street_name()}, {f.postcode()}.",
                f"Payment promised by {n} {sn} on {g.day(r):%d/%m/%Y}, card ending {g.digits(r, 4)}.",
            ]
        )

    cols = [
        ("GPART", "NONE", rows(lambda i: f"10{g.digits(r, 8)}")),
        ("VKONT", "NONE", rows(lambda i: f"21{g.digits(r, 10)}")),
        ("NAME_ORG1", "PERSON_NAME", mess(names, r, null=0.01, up=0.1)),
        ("STREET", "STREET_ADDRESS", mess(streets, r, ws=0.05, up=0.1)),
        ("POST_CODE1", "POSTAL_CODE", mess(rows(lambda i: f.postcode()), r, null=0.02, low=0.05)),
        ("TEL_NUMBER", "PHONE", mess(rows(phone), r, null=0.15)),
        ("ZZ_NINO", "NATIONAL_ID", mess(rows(lambda i: g.uk_nino(r)), r, null=0.3)),
        ("BANKL", "NONE", mess(rows(lambda i: f"{g.digits(r, 2)}-{g.digits(r, 2)}-{g.digits(r, 2)}"), r, null=0.4)),
        ("BANKN", "BANK_ACCOUNT", mess(rows(lambda i: g.digits(r, 8)), r, null=0.4)),
        ("OPBEL", "NONE", rows(lambda i: f"4000{g.digits(r, 8)}")),
        ("BUDAT", "NONE", rows(lambda i: f"{g.day(r):%d.%m.%Y}")),
        ("BETRW", "NONE", rows(lambda i: f"{r.uniform(12, 980):.2f}")),
        ("MAHNS", "NONE", rows(lambda i: r.choice(["01", "02", "03", "04"]))),
        ("SPARTE", "NONE", rows(lambda i: r.choice(["WA", "WW", "WA", "SW"]))),
        ("ANLAGE", "NONE", rows(lambda i: f"50{g.digits(r, 8)}")),
        (
            "ZZ_HH_INCOME",
            "FINANCIAL",
            mess(
                rows(lambda i: r.choice(["< £10k", "£10k-£16k", "£16k-£21k", "£21k-£30k", "£30k-£45k", "£45k+"])),
                r,
                null=0.35,
            ),
        ),
        ("ZZ_PSR_NEEDS", "HEALTH", mess(rows(lambda i: r.choice(psr)), r, null=0.55)),
        ("AGENT_NOTE", "FREE_TEXT_WITH_PII", mess(rows(note), r, null=0.3)),
        ("ERNAM", "NONE", rows(lambda i: r.choice(["BATCH_DUN", "BATCH_DUN", "WF-BATCH", "RFC_USER"]))),
    ]
    return _table("uk_water_arrears", "en", cols)


# ------------------------------------------------------------------ 2 en_US
def us_jury_summons():
    r = random.Random(902)
    f = fk("en_US", 902)
    dobs = rows(lambda i: g.birth(r, 1940, 2005))

    def nm(i):
        first, last = f.first_name(), f.last_name()
        mi = r.choice("ABCDEFGHJKLMNPRSTW")
        return r.choice([f"{last.upper()}, {first.upper()} {mi}", f"{first} {mi}. {last}", f"{last}, {first}"])

    def dl(i):
        return r.choice("ABCDEFGNSY") + g.digits(r, 7)

    races = [
        "White",
        "White",
        "White",
        "Hispanic or Latino",
        "Hispanic or Latino",
        "Black or African American",
        "Asian",
        "American Indian or Alaska Native",
        "Native Hawaiian or Other Pacific Islander",
        "Two or More Races",
    ]
    occ = [f.job() for _ in range(200)]
    cities = ["Sacramento", "Sacramento", "Elk Grove", "Galt"]
    cols = [
        ("summonsNo", "NONE", rows(lambda i: f"JS-2024-{i + 100000:07d}")),
        ("poolId", "NONE", rows(lambda i: f"P{r.randint(100, 480):04d}")),
        ("panelSeq", "NONE", rows(lambda i: str(r.randint(1, 120)))),
        ("jurorName", "PERSON_NAME", rows(nm)),
        ("dob", "DATE_OF_BIRTH", mess([f"{d:%m/%d/%Y}" for d in dobs], r, null=0.02)),
        (
            "ssn",
            "NATIONAL_ID",
            mess(rows(lambda i: g.us_ssn(r) if r.random() < 0.8 else g.us_ssn(r).replace("-", "")), r, null=0.25),
        ),
        ("resAddr1", "STREET_ADDRESS", mess(rows(lambda i: f.street_address()), r, up=0.3)),
        (
            "resZip",
            "POSTAL_CODE",
            rows(
                lambda i: r.choice(["958", "956"]) + g.digits(r, 2) + (f"-{g.digits(r, 4)}" if r.random() < 0.3 else "")
            ),
        ),
        ("dlNumber", "DRIVER_LICENSE", mess(rows(dl), r, null=0.1)),
        ("raceEth", "ETHNICITY", mess(rows(lambda i: r.choice(races)), r, null=0.1)),
        ("genderCd", "GENDER", rows(lambda i: r.choice(["M", "F", "M", "F", "X", "U"]))),
        ("occupationTxt", "OCCUPATION", mess(rows(lambda i: r.choice(occ)), r, null=0.15, up=0.2)),
        ("employerName", "NONE", mess(rows(lambda i: f.company()), r, null=0.2)),
        ("reportDate", "NONE", rows(lambda i: f"{g.day(r):%Y-%m-%d}")),
        ("courtroom", "NONE", rows(lambda i: f"Dept {r.randint(1, 60)}")),
        (
            "statusCd",
            "NONE",
            rows(
                lambda i: r.choice(["QUALIFIED", "EXCUSED-HARDSHIP", "DEFERRED", "FTA", "SERVED", "DISQUALIFIED-AGE"])
            ),
        ),
        ("courthouseCity", "NONE", rows(lambda i: r.choice(cities))),
        (
            "clerkComment",
            "NONE",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            "Rescheduled due to court calendar",
                            "Pool overfilled, released at 10:30",
                            "Juror reported by phone line",
                            "Online questionnaire complete",
                            "Mileage voucher issued",
                            "Parking pass mailed",
                        ]
                    )
                ),
                r,
                null=0.4,
            ),
        ),
    ]
    return _table("us_jury_summons", "en", cols)


# ------------------------------------------------------------------ 3 de_DE
def de_hundesteuer():
    r = random.Random(903)
    f = fk("de_DE", 903)
    dobs = rows(lambda i: g.birth(r, 1938, 2004))
    dogs = [
        "Luna",
        "Bello",
        "Max",
        "Emma",
        "Paul",
        "Frieda",
        "Balu",
        "Sammy",
        "Lotte",
        "Charly",
        "Bruno",
        "Nala",
        "Rocky",
        "Ben",
        "Kira",
        "Amy",
        "Oskar",
        "Lilly",
        "Henry",
        "Mia",
    ]
    breeds = [
        "Labrador Retriever",
        "Mischling",
        "Dackel",
        "Deutscher Schäferhund",
        "Golden Retriever",
        "Jack Russell Terrier",
        "Französische Bulldogge",
        "Chihuahua",
        "Staffordshire Bullterrier",
        "Border Collie",
        "Beagle",
    ]
    cols = [
        ("KUNNR", "NONE", rows(lambda i: f"000{g.digits(r, 7)}")),
        ("AKTENZ", "NONE", rows(lambda i: f"32.10-{r.randint(1000, 9999)}/{r.choice(['22', '23', '24'])}")),
        ("SACHB", "NONE", rows(lambda i: f"SB{r.randint(1, 14):02d}")),
        ("NAME1", "PERSON_NAME", mess(rows(lambda i: f.last_name()), r, up=0.15)),
        ("NAME2", "PERSON_NAME", mess(rows(lambda i: f.first_name()), r, null=0.02)),
        (
            "ZZ_GEBDAT",
            "DATE_OF_BIRTH",
            mess([f"{d:%d.%m.%Y}" if r.random() < 0.8 else f"{d:%Y%m%d}" for d in dobs], r, null=0.04),
        ),
        (
            "STRAS",
            "STREET_ADDRESS",
            mess(
                rows(lambda i: f"{f.street_name()} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"), r, ws=0.05
            ),
        ),
        ("PSTLZ", "POSTAL_CODE", rows(lambda i: r.choice(["44", "45", "46", "47"]) + g.digits(r, 3))),
        (
            "ORT01",
            "CITY",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            "Essen",
                            "Bochum",
                            "Gelsenkirchen",
                            "Bottrop",
                            "Mülheim an der Ruhr",
                            "Oberhausen",
                            "Essen-Kettwig",
                            "Duisburg",
                        ]
                    )
                ),
                r,
                up=0.2,
            ),
        ),
        ("ZZ_STEUERID", "NATIONAL_ID", mess(rows(lambda i: g.de_idnr(r)), r, null=0.2)),
        ("IBAN", "IBAN", mess(rows(lambda i: g.iban_for("DE", r, fmt=r.random() < 0.5)), r, null=0.3)),
        ("HUND_NAME", "NONE", rows(lambda i: r.choice(dogs))),
        ("RASSE", "NONE", mess(rows(lambda i: r.choice(breeds)), r, null=0.05)),
        ("CHIPNR", "NONE", mess(rows(lambda i: "276098" + g.digits(r, 9)), r, null=0.1)),
        ("STEUERMARKE", "NONE", rows(lambda i: f"HT-{r.choice(['23', '24'])}-{r.randint(1, 9999):04d}")),
        ("KAMPFHUND", "NONE", rows(lambda i: r.choice(["N", "N", "N", "N", "J"]))),
        ("BETRAG", "NONE", rows(lambda i: r.choice(["156,00", "204,00", "204,00", "816,00", "78,00"]))),
        ("ANMELDEDAT", "NONE", rows(lambda i: f"{g.day(r):%d.%m.%Y}")),
        (
            "ZZ_BEMERKUNG",
            "NONE",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            "Zweithund, erhöhter Satz",
                            "Abmeldung wegen Tod des Hundes",
                            "Steuerbefreiung Tierheimhund beantragt",
                            "Wesenstest liegt vor",
                            "Halterwechsel innerhalb der Familie",
                            "Marke verloren, Ersatzmarke ausgegeben",
                        ]
                    )
                ),
                r,
                null=0.6,
            ),
        ),
    ]
    return _table("de_hundesteuer", "de", cols)


# ------------------------------------------------------------------ 4 de_AT / de_CH
def alpine_farm_subsidy():
    r = random.Random(904)
    fa = fk("de_AT", 904)
    fc = fk("de_CH", 905)
    land = rows(lambda i: "AT" if r.random() < 0.6 else "CH")
    dobs = rows(lambda i: g.birth(r, 1945, 2000))
    f_ = [fa if c == "AT" else fc for c in land]
    educ = [
        "Landwirtschaftlicher Facharbeiter",
        "Landwirtschaftsmeister",
        "Lehre (Landwirt/in EFZ)",
        "Matura",
        "HBLFA Raumberg",
        "Studium BOKU",
        "Pflichtschule",
        "Meisterprüfung",
        "Agronom FH",
    ]

    def phone(i):
        if land[i] == "AT":
            return r.choice(
                [
                    f"+43 664 {g.digits(r, 7)}",
                    f"0676/{g.digits(r, 7)}",
                    f"0{r.choice(['3', '4', '7'])}{g.digits(r, 3)} {g.digits(r, 5)}",
                ]
            )
        return r.choice(
            [
                f"+41 79 {g.digits(r, 3)} {g.digits(r, 2)} {g.digits(r, 2)}",
                f"078 {g.digits(r, 3)} {g.digits(r, 2)} {g.digits(r, 2)}",
            ]
        )

    cols = [
        ("Betriebsnr", "NONE", rows(lambda i: g.digits(r, 7))),
        ("Antragsjahr", "NONE", rows(lambda i: r.choice(["2023", "2024"]))),
        (
            "Bewirtschafter",
            "PERSON_NAME",
            mess([f"{f_[i].last_name()} {f_[i].first_name()}" for i in range(N)], r, up=0.2),
        ),
        ("GebJahr", "DATE_OF_BIRTH", [str(d.year) for d in dobs]),
        (
            "SV_Nummer",
            "NATIONAL_ID",
            mess([g.at_vsnr(r, dobs[i]) if land[i] == "AT" else g.ch_ahv(r) for i in range(N)], r, null=0.1),
        ),
        (
            "Land",
            "COUNTRY",
            [r.choice(["AT", "Österreich"]) if c == "AT" else r.choice(["CH", "Schweiz"]) for c in land],
        ),
        ("PLZ", "POSTAL_CODE", [f_[i].postcode() for i in range(N)]),
        ("Wohnort", "CITY", mess([f_[i].city() for i in range(N)], r, null=0.02)),
        (
            "Einkommen_ausserlandw",
            "FINANCIAL",
            mess(rows(lambda i: f"{r.randint(0, 60) * 800:,}".replace(",", ".")), r, null=0.3),
        ),
        ("Bankverbindung", "IBAN", mess([g.iban_for(land[i], r) for i in range(N)], r, null=0.05)),
        ("Ausbildung", "EDUCATION", mess(rows(lambda i: r.choice(educ)), r, null=0.15)),
        ("Flaeche_ha", "NONE", rows(lambda i: f"{r.uniform(2, 120):.2f}".replace(".", ","))),
        (
            "Kulturart",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        "Winterweizen",
                        "Silomais",
                        "Dauergrünland",
                        "Sommergerste",
                        "Kartoffeln",
                        "Almfutterfläche",
                        "Wein",
                    ]
                )
            ),
        ),
        ("GVE", "NONE", rows(lambda i: f"{r.uniform(0, 180):.1f}")),
        ("Foerderbetrag_EUR", "NONE", rows(lambda i: g.money(r, 400, 48000, "de"))),
        (
            "UID_Betrieb",
            "NONE",
            mess(
                [
                    f"ATU{g.digits(r, 8)}"
                    if land[i] == "AT"
                    else f"CHE-{g.digits(r, 3)}.{g.digits(r, 3)}.{g.digits(r, 3)} MWST"
                    for i in range(N)
                ],
                r,
                null=0.5,
            ),
        ),
        (
            "Massnahme",
            "NONE",
            rows(lambda i: r.choice(["ÖPUL-UBB", "ÖPUL-BIO", "AZ-Bergbauern", "DZ-Direktzahlung", "BTS", "RAUS"])),
        ),
        ("Bio", "NONE", rows(lambda i: r.choice(["ja", "nein", "nein"]))),
    ]
    return _table("alpine_farm_subsidy", "de", cols)


# ------------------------------------------------------------------ 5 fr_FR
def fr_samu_regulation():
    r = random.Random(905)
    f = fk("fr_FR", 906)
    dobs = rows(lambda i: g.birth(r, 1925, 2023))
    sexes = rows(lambda i: r.choice(["M", "F"]))
    motifs = [
        "Douleur thoracique",
        "Détresse respiratoire",
        "AVC suspecté",
        "Chute personne âgée",
        "Malaise",
        "Intoxication éthylique",
        "Crise convulsive",
        "Hypoglycémie",
        "Traumatisme crânien",
        "Tentative de suicide",
        "Douleur abdominale",
        "Fièvre nourrisson",
    ]
    towns = [
        "Bordeaux",
        "Mérignac",
        "Pessac",
        "Talence",
        "Libourne",
        "Arcachon",
        "Bègles",
        "Villenave-d'Ornon",
        "Saint-Médard-en-Jalles",
        "Lormont",
        "Cenon",
        "Blanquefort",
        "Gradignan",
        "Le Bouscat",
        "Langon",
        "Lesparre-Médoc",
        "Saint-André-de-Cubzac",
        "Andernos-les-Bains",
        "La Teste-de-Buch",
        "Eysines",
    ]
    pl = rows(lambda i: (r.choice(towns), ""))

    def tel(i):
        return r.choice(
            [
                f"06 {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
                f"+33 7 {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
                f"05{g.digits(r, 8)}",
                f"06.{g.digits(r, 2)}.{g.digits(r, 2)}.{g.digits(r, 2)}.{g.digits(r, 2)}",
            ]
        )

    def obs(i):
        n, p = f.last_name(), f.first_name()
        return r.choice(
            [
                f"Appel de Mme {n} pour son mari {p} {n}, {r.randint(55, 90)} ans, douleur poitrine depuis 30 min. Rappeler au {tel(i)}.",
                f"Patient {p} {n.upper()} connu diabétique, voisin sur place. Porte code {g.digits(r, 4)}.",
                f"Chute dans l'escalier au {f.street_address()}, victime consciente, fille {p} présente.",
                f"M. {n} rappelle, état stable, pas de transport. Contact : {f.email()}",
                f"Enfant {p} {n}, né le {g.birth(r, 2015, 2023):%d/%m/%Y}, fièvre 40°, mère inquiète.",
            ]
        )

    lat = rows(lambda i: round(r.uniform(43.2, 49.0), 6))
    lon = rows(lambda i: round(r.uniform(-1.5, 6.5), 6))
    cols = [
        ("num_affaire", "NONE", rows(lambda i: f"2024-33-{i + 4000:06d}")),
        ("dh_appel", "NONE", rows(lambda i: g.stamp(r, "%d/%m/%Y %H:%M:%S"))),
        ("code_prio", "NONE", rows(lambda i: r.choice(["P0", "P1", "P2", "P3"]))),
        ("tel_appelant", "PHONE", mess(rows(tel), r, null=0.05)),
        (
            "age_pat",
            "AGE",
            mess([str(g.age_at(d)) if r.random() < 0.8 else f"{g.age_at(d)} ans" for d in dobs], r, null=0.08),
        ),
        ("sexe", "GENDER", mess(sexes, r, null=0.05)),
        ("adresse_interv", "STREET_ADDRESS", mess(rows(lambda i: f.street_address()), r, up=0.15, ws=0.05)),
        ("commune", "CITY", mess([p[0] for p in pl], r, up=0.3)),
        ("lat", "GEO_COORDINATE", lat),
        ("lon", "GEO_COORDINATE", lon),
        ("motif", "HEALTH", mess(rows(lambda i: r.choice(motifs)), r, null=0.05)),
        ("moyen_engage", "NONE", rows(lambda i: r.choice(["VSAV", "SMUR", "AMBU PRIV", "CONSEIL", "MG"]))),
        (
            "immat_vehicule",
            "NONE",
            mess(
                rows(
                    lambda i: (
                        f"{g.code(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 2)}-{g.digits(r, 3)}-{g.code(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 2)}"
                    )
                ),
                r,
                null=0.3,
            ),
        ),
        (
            "hopital_dest",
            "NONE",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            "CHU Bordeaux - Pellegrin",
                            "CH Libourne",
                            "Clinique Saint-Augustin",
                            "CHU Bordeaux - Haut-Lévêque",
                            "CH Arcachon",
                        ]
                    )
                ),
                r,
                null=0.4,
            ),
        ),
        ("delai_min", "NONE", rows(lambda i: str(r.randint(4, 75)))),
        ("obs_regulation", "FREE_TEXT_WITH_PII", mess(rows(obs), r, null=0.2)),
    ]
    return _table("fr_samu_regulation", "fr", cols)


# ------------------------------------------------------------------ 6 fr_BE
def be_theatre_abonnes():
    r = random.Random(906)
    f = fk("fr_BE", 907)
    dobs = rows(lambda i: g.birth(r, 1935, 2008))
    male = rows(lambda i: r.random() < 0.45)
    communes = [
        ("1000", "Bruxelles"),
        ("1050", "Ixelles"),
        ("1060", "Saint-Gilles"),
        ("1180", "Uccle"),
        ("5000", "Namur"),
        ("4000", "Liège"),
        ("1300", "Wavre"),
        ("1348", "Louvain-la-Neuve"),
        ("6000", "Charleroi"),
        ("1200", "Woluwe-Saint-Lambert"),
    ]
    cp = rows(lambda i: r.choice(communes))
    streets = [
        "Rue de la Loi",
        "Avenue Louise",
        "Chaussée de Waterloo",
        "Rue Haute",
        "Boulevard Anspach",
        "Rue du Midi",
        "Avenue de Tervueren",
        "Rue des Bouchers",
        "Place Flagey",
        "Rue de Namur",
    ]

    def rue(i):
        s = f"{r.choice(streets)} {r.randint(1, 250)}"
        return s + (f" bte {r.randint(1, 12)}" if r.random() < 0.25 else "")

    def dn(i):
        d = dobs[i]
        return r.choice([f"{d:%d/%m/%Y}", f"{d:%Y-%m-%d}", f"{d:%d-%m-%Y}"])

    pmr = [
        "Fauteuil roulant",
        "Malvoyant(e)",
        "Malentendant(e) - boucle magnétique",
        "Mobilité réduite, pas d'escalier",
        "Chien d'assistance (cécité)",
        "Épilepsie - éviter stroboscopes",
    ]
    cols = [
        ("Id", "NONE", rows(lambda i: "0035g" + g.code(r, k=13))),
        ("txtNom", "PERSON_NAME", mess(rows(lambda i: f.last_name()), r, up=0.1)),
        ("txtPrenom", "PERSON_NAME", rows(lambda i: f.first_name_male() if male[i] else f.first_name_female())),
        (
            "Mobile__c",
            "PHONE",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            f"+32 4{g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
                            f"04{g.digits(r, 2)}/{g.digits(r, 2)}.{g.digits(r, 2)}.{g.digits(r, 2)}",
                            f"02 {g.digits(r, 3)} {g.digits(r, 2)} {g.digits(r, 2)}",
                        ]
                    )
                ),
                r,
                null=0.15,
            ),
        ),
        ("Rue__c", "STREET_ADDRESS", mess(rows(rue), r, ws=0.05)),
        ("CodePostal__c", "POSTAL_CODE", [c[0] for c in cp]),
        (
            "NISS__c",
            "NATIONAL_ID",
            mess([g.be_nn(r, dobs[i], male[i], fmt=r.random() < 0.6) for i in range(N)], r, null=0.5),
        ),
        ("DateNaissance__c", "DATE_OF_BIRTH", mess(rows(dn), r, null=0.2)),
        ("BesoinsPMR__c", "HEALTH", mess(rows(lambda i: r.choice(pmr)), r, null=0.8)),
        ("Langue__c", "NONE", rows(lambda i: r.choice(["FR", "FR", "NL", "EN"]))),
        (
            "Formule__c",
            "NONE",
            rows(
                lambda i: r.choice(
                    ["Abo 6 spectacles", "Abo 4 spectacles", "Pass Jeunes -26", "Abo Senior", "Carte Liberté 10"]
                )
            ),
        ),
        ("Salle__c", "NONE", rows(lambda i: r.choice(["Grande Salle", "Studio", "Salle des Voûtes"]))),
        (
            "Siege__c",
            "NONE",
            rows(lambda i: f"{r.choice(['Parterre', 'Balcon', 'Corbeille'])} R{r.randint(1, 24)}-S{r.randint(1, 30)}"),
        ),
        ("Montant__c", "NONE", rows(lambda i: r.choice(["€ 189,00", "€ 132,00", "€ 60,00", "€ 99,50", "€ 150,00"]))),
        ("CreatedDate", "NONE", rows(lambda i: g.stamp(r, "%Y-%m-%dT%H:%M:%S.000+0000"))),
        ("Source__c", "NONE", rows(lambda i: r.choice(["Guichet", "Web", "Téléphone", "Salon"]))),
        ("Entreprise__c", "NONE", mess(rows(lambda i: f.company()), r, null=0.7)),
        (
            "Commentaire__c",
            "NONE",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            "Souhaite place côté allée",
                            "Abonnement offert (cadeau)",
                            "Report du spectacle annulé",
                            "Paiement en deux fois",
                            "Renouvellement automatique",
                            "Place à proximité de la sortie",
                        ]
                    )
                ),
                r,
                null=0.6,
            ),
        ),
    ]
    return _table("be_theatre_abonnes", "fr", cols)


# ------------------------------------------------------------------ 7 es_ES
def es_vigilancia_salud():
    r = random.Random(907)
    f = fk("es_ES", 908)
    dobs = rows(lambda i: g.birth(r, 1960, 2005))
    puestos = [
        "Carretillero",
        "Soldador",
        "Administrativo",
        "Mozo de almacén",
        "Conductor de camión",
        "Operario de producción",
        "Técnico de mantenimiento",
        "Electricista",
        "Teleoperadora",
        "Limpiador",
        "Peón de obra",
        "Encargado de turno",
    ]
    companies = [
        f"{f.last_name()} {r.choice(['y Asociados SL', 'Logística SA', 'Construcciones SL', 'Hermanos SA'])}"
        for _ in range(30)
    ] + ["Transportes del Sur SA", "Metalúrgica Vasca SL"]
    cols = [
        ("Nº Reconocimiento", "NONE", rows(lambda i: f"RM-24-{i + 1200:06d}")),
        ("Empresa", "NONE", rows(lambda i: r.choice(companies))),
        ("CIF empresa", "NONE", rows(lambda i: g.es_cif(r))),
        (
            "Trabajador",
            "PERSON_NAME",
            mess(rows(lambda i: f"{f.last_name().upper()} {f.last_name().upper()}, {f.first_name()}"), r, ws=0.05),
        ),
        (
            "DNI/NIE",
            "NATIONAL_ID",
            mess(rows(lambda i: g.es_dni(r) if r.random() < 0.8 else g.es_nie(r)), r, null=0.02),
        ),
        ("F. Nac.", "DATE_OF_BIRTH", [f"{d:%d/%m/%Y}" for d in dobs]),
        ("Sexo", "GENDER", rows(lambda i: r.choice(["H", "M"]))),
        ("Puesto", "OCCUPATION", mess(rows(lambda i: r.choice(puestos)), r, up=0.2)),
        ("Nº SS", "NATIONAL_ID", mess(rows(lambda i: g.es_nss(r)), r, null=0.1)),
        (
            "Afiliación sindical",
            "TRADE_UNION",
            mess(rows(lambda i: r.choice(["CCOO", "UGT", "CGT", "USO", "ELA", "LAB"])), r, null=0.6),
        ),
        ("Fecha recon.", "NONE", rows(lambda i: f"{g.day(r):%d/%m/%Y}")),
        (
            "Tipo",
            "NONE",
            rows(lambda i: r.choice(["Inicial", "Periódico", "Periódico", "Reincorporación", "Cambio de puesto"])),
        ),
        (
            "Protocolos",
            "NONE",
            rows(
                lambda i: "; ".join(
                    r.sample(
                        [
                            "Ruido",
                            "Manipulación manual de cargas",
                            "PVD",
                            "Posturas forzadas",
                            "Agentes químicos",
                            "Conducción",
                            "Trabajos en altura",
                        ],
                        r.randint(1, 3),
                    )
                )
            ),
        ),
        ("IMC", "HEALTH", rows(lambda i: f"{r.uniform(18.5, 38):.1f}".replace(".", ","))),
        (
            "Aptitud",
            "HEALTH",
            rows(
                lambda i: r.choice(
                    [
                        "Apto",
                        "Apto",
                        "Apto",
                        "Apto con restricciones",
                        "No apto temporal",
                        "Apto con limitaciones (no cargas > 15 kg)",
                    ]
                )
            ),
        ),
        (
            "Centro",
            "NONE",
            rows(lambda i: r.choice(["Centro Madrid-Arganzuela", "Centro Getafe", "Unidad móvil 3", "Centro Alcalá"])),
        ),
        (
            "Observaciones",
            "NONE",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            "Citado de nuevo",
                            "No se presenta",
                            "Documentación entregada a la empresa",
                            "Renuncia a reconocimiento voluntario",
                            "Pendiente de firma",
                            "Resultado enviado por correo certificado",
                        ]
                    )
                ),
                r,
                null=0.55,
            ),
        ),
    ]
    return _table("es_vigilancia_salud", "es", cols)


# ------------------------------------------------------------------ 8 es_MX
def mx_transporte_escolar():
    r = random.Random(908)
    f = fk("es_MX", 909)
    dobs = rows(lambda i: g.birth(r, 2009, 2019))
    colonias = [
        "Col. Centro",
        "Col. Del Valle",
        "Col. Roma Norte",
        "Col. Narvarte",
        "Fracc. Las Arboledas",
        "Col. Jardines",
        "Col. Industrial",
    ]
    alerg = [
        "Ninguna",
        "Ninguna",
        "Ninguna",
        "Cacahuate",
        "Asma",
        "Penicilina",
        "Epilepsia",
        "Diabetes tipo 1",
        "Lactosa",
    ]
    cols = [
        ("folio", "NONE", rows(lambda i: f"TE-{i + 1:06d}")),
        (
            "ruta",
            "NONE",
            rows(lambda i: f"R-{r.randint(1, 18):02d} {r.choice(['Norte', 'Sur', 'Oriente', 'Poniente'])}"),
        ),
        ("turno", "NONE", rows(lambda i: r.choice(["Matutino", "Vespertino"]))),
        ("alumno", "PERSON_NAME", mess(rows(lambda i: f"{f.first_name()} {f.last_name()} {f.last_name()}"), r, up=0.3)),
        ("curp", "NATIONAL_ID", mess(rows(lambda i: g.mx_curp(f)), r, null=0.05)),
        (
            "fecha_nac",
            "DATE_OF_BIRTH",
            mess([f"{d:%d/%m/%Y}" if r.random() < 0.7 else f"{d:%Y-%m-%d}" for d in dobs], r, null=0.03),
        ),
        (
            "tel_tutor",
            "PHONE",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            f"55 {g.digits(r, 4)} {g.digits(r, 4)}",
                            f"+52 1 55 {g.digits(r, 4)} {g.digits(r, 4)}",
                            f"(33) {g.digits(r, 4)}-{g.digits(r, 4)}",
                            g.digits(r, 10),
                        ]
                    )
                ),
                r,
                null=0.05,
            ),
        ),
        (
            "domicilio",
            "STREET_ADDRESS",
            mess(
                rows(
                    lambda i: (
                        f"{f.street_name()} {r.randint(1, 999)}{r.choice(['', '', ' Int. 4', ' Depto 2B'])}, {r.choice(colonias)}"
                    )
                ),
                r,
                ws=0.05,
            ),
        ),
        ("parada_lat", "GEO_COORDINATE", rows(lambda i: f"{r.uniform(19.30, 19.52):.5f}")),
        ("parada_lon", "GEO_COORDINATE", rows(lambda i: f"{r.uniform(-99.25, -99.05):.5f}")),
        (
            "hora_recogida",
            "NONE",
            rows(lambda i: f"{r.randint(6, 7):02d}:{r.choice([0, 10, 15, 20, 30, 40, 45, 50]):02d}"),
        ),
        ("capacidad_unidad", "NONE", rows(lambda i: r.choice(["42", "36", "24"]))),
        (
            "chofer",
            "PERSON_NAME",
            rows(
                lambda i: r.choice(
                    [
                        "Juan Carlos Mendoza Ruiz",
                        "Rogelio Pérez Salas",
                        "María Elena Torres",
                        "Arturo Ramírez Soto",
                        "José Luis Hernández",
                    ]
                )
            ),
        ),
        (
            "placas_unidad",
            "NONE",
            rows(lambda i: r.choice(["A-123-BCD", "A-456-BCE", "A-789-BCF", "B-012-CDA", "B-345-CDB"])),
        ),
        ("alergias_padecimientos", "HEALTH", mess(rows(lambda i: r.choice(alerg)), r, null=0.2)),
        (
            "escuela",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        "Esc. Prim. Benito Juárez",
                        "Colegio Miguel Hidalgo",
                        "Esc. Sec. Técnica 42",
                        "Instituto Sor Juana Inés de la Cruz",
                    ]
                )
            ),
        ),
        ("cuota_mensual", "NONE", rows(lambda i: r.choice(["$850.00", "$1,200.00", "$950.00", "$1,050.00"]))),
        ("rfc_transportista", "NONE", rows(lambda i: r.choice(["TEM980512KL3", "AUT0304219Q1", "TES150801AB7"]))),
    ]
    return _table("mx_transporte_escolar", "es", cols)


# ------------------------------------------------------------------ 9 it
def it_spdc_ricoveri():
    r = random.Random(909)
    f = fk("it_IT", 910)
    icd = [
        ("F20.0", "Schizofrenia paranoide"),
        ("F31.2", "Disturbo bipolare, episodio maniacale con sintomi psicotici"),
        ("F32.2", "Episodio depressivo grave"),
        ("F10.2", "Sindrome da dipendenza da alcol"),
        ("F60.3", "Disturbo di personalità borderline"),
        ("F25.1", "Disturbo schizoaffettivo"),
        ("F43.1", "Disturbo post-traumatico da stress"),
    ]
    drugs = [
        "Aloperidolo 5 mg",
        "Olanzapina 10 mg",
        "Litio carbonato 300 mg x2",
        "Quetiapina 200 mg",
        "Lorazepam 2,5 mg",
        "Sertralina 50 mg",
        "Clozapina 100 mg",
        "Acido valproico 500 mg",
    ]
    rel = [
        "Cattolica",
        "Cattolica",
        "Cattolica",
        "Nessuna",
        "Musulmana",
        "Cristiana ortodossa",
        "Evangelica",
        "Testimone di Geova",
        "Ebraica",
        "Buddista",
    ]
    naz = ["ITALIA"] * 7 + ["ROMANIA", "MAROCCO", "ALBANIA", "UCRAINA", "NIGERIA", "PERU'"]
    cities = [
        "ROMA",
        "NAPOLI",
        "MILANO",
        "TORINO",
        "PALERMO",
        "BARI",
        "CATANIA",
        "FIRENZE",
        "BUCAREST",
        "CASABLANCA",
        "TIRANA",
        "FROSINONE",
        "LATINA",
        "VITERBO",
    ]
    cfs = rows(lambda i: g.it_cf(f))
    dx = rows(lambda i: r.choice(icd))

    def note(i):
        n, s = f.first_name(), f.last_name()
        return r.choice(
            [
                f"Paziente accompagnato dal fratello {n} {s}, tel. 3{g.digits(r, 2)} {g.digits(r, 7)}.",
                f"Informata la madre sig.ra {s}, residente in {f.street_address()}.",
                f"Il pz riferisce di essere seguito dal CSM, referente dott. {s}.",
                f"Contattare amministratore di sostegno avv. {n} {s} ({f.email()}).",
                f"{n} {s} rifiuta la terapia orale, colloquio con la moglie.",
            ]
        )

    cols = [
        ("FLD01", "NONE", rows(lambda i: f"2024{i + 1:06d}")),
        ("FLD02", "PERSON_NAME", [f.last_name().upper() for _ in range(N)]),
        ("FLD04", "NATIONAL_ID", mess(cfs, r, null=0.03)),
        ("FLD05", "DATE_OF_BIRTH", [f"{g.birth(r, 1940, 2005):%Y%m%d}" for _ in range(N)]),
        ("FLD06", "CITY", rows(lambda i: r.choice(cities))),
        ("FLD07", "GENDER", rows(lambda i: r.choice("MF"))),
        ("NUM_CARTELLA", "MEDICAL_RECORD_NUMBER", rows(lambda i: f"CC{r.randint(100000, 999999)}")),
        ("DATA_RIC", "NONE", rows(lambda i: f"{g.day(r):%Y%m%d}")),
        ("ORA_ING", "NONE", rows(lambda i: f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}")),
        ("COD_STR", "NONE", rows(lambda i: r.choice(["120901", "120902", "120203"]))),
        ("REPARTO", "NONE", rows(lambda i: r.choice(["4001", "4002"]))),
        ("LETTO", "NONE", rows(lambda i: f"L{r.randint(1, 16):02d}")),
        ("REGIME", "NONE", rows(lambda i: r.choice(["1", "1", "2"]))),
        ("DIAG_PRINC", "HEALTH", [d[0] for d in dx]),
        ("TERAPIA_ING", "HEALTH", mess(rows(lambda i: r.choice(drugs)), r, null=0.1)),
        ("RELIGIONE", "RELIGION", mess(rows(lambda i: r.choice(rel)), r, null=0.3, up=0.5)),
        ("CITTADINANZA", "NATIONALITY", rows(lambda i: r.choice(naz))),
        ("MOD_DIM", "NONE", mess(rows(lambda i: r.choice(["02", "02", "05", "07", "08"])), r, null=0.2)),
        ("NOTE_INF", "FREE_TEXT_WITH_PII", mess(rows(note), r, null=0.4)),
    ]
    return _table("it_spdc_ricoveri", "it", cols)


# ------------------------------------------------------------------ 10 nl (NL + BE)
def nl_huurachterstand():
    r = random.Random(910)
    fn = fk("nl_NL", 911)
    fb = fk("nl_BE", 912)
    be = rows(lambda i: r.random() < 0.3)
    ff = [fb if b else fn for b in be]
    dobs = rows(lambda i: g.birth(r, 1940, 2003))

    def pc(i):
        if be[i]:
            return str(r.choice([2000, 2018, 2600, 9000, 3000, 8000, 2800]))
        return (
            f"{r.randint(1011, 9999)} {g.code(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
            if r.random() < 0.7
            else f"{r.randint(1011, 9999)}{g.code(r, 'ABCDEGHJKLMNPRSTVWXZ', 2)}"
        )

    def adres(i):
        s = ff[i].street_name()
        n = r.randint(1, 300)
        return f"{s} {n}{r.choice(['', '', '-II', ' hs', 'A', ' bus 3'])}"

    def tel(i):
        if be[i]:
            return r.choice(
                [
                    f"+32 4{g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
                    f"04{g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
                ]
            )
        return r.choice(
            [
                f"06-{g.digits(r, 8)}",
                f"+31 6 {g.digits(r, 4)} {g.digits(r, 4)}",
                f"010-{g.digits(r, 7)}",
                f"06 {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
            ]
        )

    def note(i):
        s = ff[i].last_name()
        return r.choice(
            [
                f"Huurder mevr. {s} belt terug op {tel(i)} i.v.m. betalingsregeling.",
                f"Dhr. {ff[i].first_name()} {s} verhuisd, nieuw adres {ff[i].street_name()} {r.randint(1, 99)}.",
                f"Schuldhulpverlening gestart, contactpersoon {ff[i].name()}.",
                f"Mail ontvangen van {ff[i].email()}, vraagt uitstel tot de 25e.",
            ]
        )

    def plate(i):
        if be[i]:
            return f"1-{g.code(r, 'ABCDEFGHJKLMNPRSTVWXYZ', 3)}-{g.digits(r, 3)}"
        return r.choice(
            [
                f"{g.digits(r, 2)}-{g.code(r, 'BDFGHJKLNPRSTVXZ', 3)}-{g.digits(r, 1)}",
                f"{g.code(r, 'BDFGHJKLNPRSTVXZ', 1)}-{g.digits(r, 3)}-{g.code(r, 'BDFGHJKLNPRSTVXZ', 2)}",
            ]
        )

    cols = [
        ("huurdernr", "NONE", rows(lambda i: f"H-{r.randint(10000, 99999)}")),
        ("vhe_nr", "NONE", rows(lambda i: f"VHE {r.randint(10000, 30000)}")),
        (
            "complex",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        "Complex 204 - Zuidwijk",
                        "Complex 117 - Oude Noorden",
                        "Complex 031 - Kiel",
                        "Complex 88 - Lombok",
                    ]
                )
            ),
        ),
        ("achternaam", "PERSON_NAME", mess([ff[i].last_name() for i in range(N)], r, ws=0.05)),
        ("adres", "STREET_ADDRESS", rows(adres)),
        ("postcode", "POSTAL_CODE", rows(pc)),
        (
            "bsn_rrn",
            "NATIONAL_ID",
            mess(
                [g.be_nn(r, dobs[i], r.random() < 0.5, fmt=False) if be[i] else g.nl_bsn(r) for i in range(N)],
                r,
                null=0.1,
            ),
        ),
        (
            "iban",
            "IBAN",
            mess([g.iban_for("BE" if be[i] else "NL", r, fmt=r.random() < 0.5) for i in range(N)], r, null=0.05),
        ),
        ("kenteken_pv", "LICENSE_PLATE", mess(rows(plate), r, null=0.6)),
        ("inkomen_hh", "FINANCIAL", mess(rows(lambda i: f"€ {r.randint(900, 5200):,}".replace(",", ".")), r, null=0.3)),
        ("geo", "GEO_COORDINATE", rows(lambda i: f"{r.uniform(51.2, 53.2):.6f},{r.uniform(3.8, 6.9):.6f}")),
        ("boekdatum", "NONE", rows(lambda i: f"{g.day(r):%d-%m-%Y}")),
        ("mutatie", "NONE", rows(lambda i: r.choice(["HUUR", "BETAL", "CORR", "SERV", "INC"]))),
        (
            "omschrijving",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        "Huur maart 2024",
                        "Servicekosten",
                        "Betalingsregeling termijn 3",
                        "Incassokosten",
                        "Huur april 2024",
                        "Correctie afrekening",
                    ]
                )
            ),
        ),
        ("bedrag", "NONE", rows(lambda i: g.money(r, -900, 1400, "de"))),
        ("maandhuur", "NONE", rows(lambda i: g.money(r, 480, 1100, "de", "EUR"))),
        (
            "incassobureau",
            "NONE",
            mess(
                rows(
                    lambda i: r.choice(
                        ["Flanderijn", "GGN Mastering Credit", "Intrum", "Van Arkel Gerechtsdeurwaarders"]
                    )
                ),
                r,
                null=0.75,
            ),
        ),
        ("notitie", "FREE_TEXT_WITH_PII", mess(rows(note), r, null=0.4)),
    ]
    return _table("nl_huurachterstand", "nl", cols)


# ------------------------------------------------------------------ 11 pt_PT
def pt_licencas_caca_pesca():
    r = random.Random(911)
    f = fk("pt_PT", 913)
    foreign = rows(lambda i: r.random() < 0.15)
    dobs = rows(lambda i: g.birth(r, 1940, 2006))
    cols = [
        ("n_licenca", "NONE", rows(lambda i: f"LC{r.choice(['CA', 'PE'])}-2024-{i + 10000:06d}")),
        (
            "tipo",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        "Caça - Licença Geral",
                        "Caça - Licença Regional",
                        "Pesca Lúdica",
                        "Pesca Desportiva",
                        "Pesca Profissional Águas Interiores",
                    ]
                )
            ),
        ),
        ("nome_completo", "PERSON_NAME", mess(rows(lambda i: f.name()), r, up=0.2)),
        ("nif", "NATIONAL_ID", mess([None if foreign[i] else g.pt_nif(r) for i in range(N)], r, null=0.02)),
        ("n_doc_id", "NATIONAL_ID", mess([None if foreign[i] else g.pt_cc(r) for i in range(N)], r, null=0.1)),
        (
            "passaporte",
            "PASSPORT",
            [
                r.choice(
                    [
                        f"PA{g.code(r, string.ascii_uppercase, 1)}{g.digits(r, 6)}",
                        f"{g.digits(r, 2)}{g.code(r, string.ascii_uppercase, 2)}{g.digits(r, 5)}",
                        g.digits(r, 9),
                        f"C{g.code(r, 'CFGHJKLMNPRTVWXYZ0123456789', 8)}",
                        f"{g.code(r, string.ascii_uppercase, 2)}{g.digits(r, 6)}",
                    ]
                )
                if foreign[i]
                else None
                for i in range(N)
            ],
        ),
        ("data_nascimento", "DATE_OF_BIRTH", [f"{d:%d-%m-%Y}" for d in dobs]),
        (
            "morada",
            "STREET_ADDRESS",
            mess(
                rows(
                    lambda i: f"{f.street_name()} {r.randint(1, 300)}{r.choice(['', ', 2º Esq', ', R/C Dto', ', 1º'])}"
                ),
                r,
                ws=0.05,
            ),
        ),
        ("cod_postal", "POSTAL_CODE", rows(lambda i: f"{r.randint(1000, 8900)}-{g.digits(r, 3)}")),
        (
            "telemovel",
            "PHONE",
            mess(
                rows(
                    lambda i: r.choice(
                        [
                            f"9{r.choice('1236')}{g.digits(r, 1)} {g.digits(r, 3)} {g.digits(r, 3)}",
                            f"+351 9{r.choice('1236')}{g.digits(r, 7)}",
                            f"2{g.digits(r, 8)}",
                        ]
                    )
                ),
                r,
                null=0.1,
            ),
        ),
        (
            "nacionalidade",
            "NATIONALITY",
            [
                r.choice(["Espanha", "França", "Reino Unido", "Alemanha", "Brasil"]) if foreign[i] else "Portugal"
                for i in range(N)
            ],
        ),
        (
            "zona",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        "ZCM Herdade do Monte",
                        "ZCA Vale do Sado",
                        "ZCN Serra da Malcata",
                        "Albufeira do Alqueva",
                        "Rio Mondego - troço 3",
                    ]
                )
            ),
        ),
        ("balcao", "NONE", rows(lambda i: r.choice(["Lisboa - ICNF", "Évora", "Castelo Branco", "Portal do Cidadão"]))),
        ("valor_pago", "NONE", rows(lambda i: r.choice(["23,45 €", "12,80 €", "56,10 €", "8,35 €"]))),
        ("dt_emissao", "NONE", rows(lambda i: f"{g.day(r):%d-%m-%Y}")),
        ("estado", "NONE", rows(lambda i: r.choice(["Emitida", "Emitida", "Anulada", "Pendente pagamento"]))),
        ("dt_validade", "NONE", rows(lambda i: f"{g.day(r, dt.date(2025, 1, 1), dt.date(2026, 12, 31)):%d-%m-%Y}")),
        ("entidade_mb", "NONE", rows(lambda i: "21312")),
        ("ref_mb", "NONE", rows(lambda i: f"{g.digits(r, 3)} {g.digits(r, 3)} {g.digits(r, 3)}")),
    ]
    return _table("pt_licencas_caca_pesca", "pt", cols)


# ------------------------------------------------------------------ 12 pt_BR
def br_streaming_contas():
    r = random.Random(912)
    f = fk("pt_BR", 914)
    dobs = rows(lambda i: g.birth(r, 1960, 2009))
    firsts = rows(lambda i: f.first_name())
    lasts = rows(lambda i: f.last_name())

    def un(i):
        a = (
            firsts[i]
            .lower()
            .replace(" ", "")
            .replace("á", "a")
            .replace("é", "e")
            .replace("ã", "a")
            .replace("ç", "c")
            .replace("í", "i")
            .replace("ó", "o")
            .replace("ú", "u")
            .replace("â", "a")
            .replace("ê", "e")
            .replace("ô", "o")
        )
        b = (
            lasts[i]
            .lower()
            .replace(" ", "")
            .replace("ã", "a")
            .replace("á", "a")
            .replace("é", "e")
            .replace("ç", "c")
            .replace("í", "i")
            .replace("ó", "o")
            .replace("ô", "o")
            .replace("ú", "u")
        )
        return r.choice(
            [f"{a}.{b}{r.randint(1, 99)}", f"{a}_{b}", f"dj_{a}", f"{a}{b[:3]}{dobs[i].year % 100:02d}", f"{b}{a[0]}"]
        )

    unames = rows(un)

    def app_version(i):
        return r.choice(
            [
                f"8.{r.randint(6, 9)}.{r.randint(0, 98)}.{r.randint(100, 999)}",
                f"10.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 30)}",
                f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 20)}",
            ]
        )

    def device(i):
        return g.uid(r).upper() if r.random() < 0.4 else f"{r.getrandbits(64):016x}"

    b62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    cols = [
        ("account_id", "DEVICE_ID", rows(lambda i: g.uid(r))),
        ("username", "USERNAME", unames),
        (
            "display_name",
            "PERSON_NAME",
            mess([f"{firsts[i]} {lasts[i]}" if r.random() < 0.8 else firsts[i] for i in range(N)], r, null=0.05),
        ),
        (
            "email",
            "EMAIL",
            mess(
                [
                    f"{unames[i].replace('_', '.')}@{r.choice(['gmail.com', 'hotmail.com', 'uol.com.br', 'yahoo.com.br', 'bol.com.br'])}"
                    for i in range(N)
                ],
                r,
                low=0.0,
                up=0.03,
            ),
        ),
        ("cpf", "NATIONAL_ID", mess(rows(lambda i: g.br_cpf(r)), r, null=0.3)),
        ("data_nasc", "DATE_OF_BIRTH", mess([f"{d:%Y-%m-%d}" for d in dobs], r, null=0.1)),
        (
            "last_login_ip",
            "IP_ADDRESS",
            rows(
                lambda i: (
                    g.ipv4_public(r)
                    if r.random() < 0.8
                    else f"2804:{r.randint(0, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 65535):x}"
                )
            ),
        ),
        ("device_id", "DEVICE_ID", mess(rows(device), r, null=0.05)),
        ("profile_url", "URL", [f"https://ouvir.musicabr.app/u/{u}" for u in unames]),
        ("cc_numero", "CREDIT_CARD", mess(rows(lambda i: g.card(r)), r, null=0.6)),
        ("cartao_final", "NONE", rows(lambda i: f"**** {g.digits(r, 4)}")),
        (
            "voucher_code",
            "NONE",
            mess(
                rows(lambda i: (lambda v: " ".join(v[k : k + 4] for k in range(0, 16, 4)))(g.not_card(r))), r, null=0.7
            ),
        ),
        (
            "plano",
            "NONE",
            rows(lambda i: r.choice(["Premium Individual", "Premium Família", "Universitário", "Free", "Duo"])),
        ),
        ("valor_mensal", "NONE", rows(lambda i: r.choice(["21,90", "34,90", "11,90", "0,00", "27,90"]))),
        ("dt_assinatura", "NONE", rows(lambda i: g.stamp(r))),
        ("app_version", "NONE", rows(app_version)),
        ("top_track_id", "NONE", rows(lambda i: "".join(r.choice(b62) for _ in range(22)))),
        (
            "isrc",
            "NONE",
            rows(lambda i: f"BR{r.choice(['BMG', 'UM7', 'SME', 'WMB'])}{r.choice(['23', '24'])}{g.digits(r, 5)}"),
        ),
        ("session_hash", "NONE", rows(lambda i: g.sha256(r))),
    ]
    return _table("br_streaming_contas", "pt", cols)


# ------------------------------------------------------------------ 13 pl
def pl_czyste_powietrze():
    r = random.Random(913)
    f = fk("pl_PL", 915)
    male = rows(lambda i: r.random() < 0.55)
    dobs = rows(lambda i: g.birth(r, 1940, 2002))
    civ_m = ["kawaler", "żonaty", "żonaty", "rozwiedziony", "wdowiec"]
    civ_f = ["panna", "zamężna", "zamężna", "rozwiedziona", "wdowa"]

    def nrb(i):
        v = g.iban_for("PL", r, fmt=False)[2:]
        return f"{v[:2]} {' '.join(v[k : k + 4] for k in range(2, 26, 4))}" if r.random() < 0.6 else v

    cols = [
        ("nr_wniosku", "NONE", rows(lambda i: f"CP/{r.choice(['2023', '2024'])}/{i + 5000:06d}")),
        ("imie", "PERSON_NAME", [f.first_name_male() if male[i] else f.first_name_female() for i in range(N)]),
        (
            "nazwisko",
            "PERSON_NAME",
            mess([f.last_name_male() if male[i] else f.last_name_female() for i in range(N)], r, up=0.25),
        ),
        ("pesel", "NATIONAL_ID", mess([g.pl_pesel(r, dobs[i], male[i]) for i in range(N)], r, null=0.02)),
        ("nr_dowodu", "NATIONAL_ID", mess(rows(lambda i: g.pl_idcard(r)), r, null=0.3)),
        (
            "adres_inwestycji",
            "STREET_ADDRESS",
            mess(
                rows(
                    lambda i: (
                        f"{r.choice(['ul. ', 'ul. ', '', 'os. '])}{f.street_name()} {r.randint(1, 120)}{r.choice(['', '', '/' + str(r.randint(1, 40))])}"
                    )
                ),
                r,
                ws=0.05,
            ),
        ),
        ("miejscowosc", "CITY", mess(rows(lambda i: f.city()), r, up=0.1)),
        ("stan_cywilny", "MARITAL_STATUS", [r.choice(civ_m) if male[i] else r.choice(civ_f) for i in range(N)]),
        ("dochod_roczny", "FINANCIAL", rows(lambda i: g.money(r, 18000, 180000, "fr"))),
        ("nr_rachunku", "BANK_ACCOUNT", mess(rows(nrb), r, null=0.15)),
        (
            "zrodlo_ciepla_stare",
            "NONE",
            rows(
                lambda i: r.choice(["kocioł węglowy", "piec kaflowy", "kocioł na drewno", "kominek", "kocioł olejowy"])
            ),
        ),
        (
            "zrodlo_ciepla_nowe",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        "pompa ciepła powietrze-woda",
                        "pompa ciepła gruntowa",
                        "kocioł gazowy kondensacyjny",
                        "kocioł na pellet",
                        "ogrzewanie elektryczne",
                    ]
                )
            ),
        ),
        ("moc_kw", "NONE", rows(lambda i: f"{r.choice([6, 8, 9, 12, 16, 24])},0")),
        ("kwota_dotacji", "NONE", rows(lambda i: g.money(r, 8000, 135000, "fr"))),
        ("nip_wykonawcy", "NONE", rows(lambda i: g.pl_nip(r))),
        ("data_zlozenia", "NONE", rows(lambda i: f"{g.day(r):%Y-%m-%d}")),
        (
            "status",
            "NONE",
            rows(lambda i: r.choice(["ZŁOŻONY", "W OCENIE", "ZATWIERDZONY", "ODRZUCONY", "ROZLICZONY"])),
        ),
    ]
    return _table("pl_czyste_powietrze", "pl", cols)


# ------------------------------------------------------------------ 14 mixed
def mixed_sec_incidents():
    r = random.Random(914)
    locs = ["de_DE", "fr_FR", "it_IT", "en_GB", "nl_NL", "es_ES", "pl_PL"]
    fks = {loc: fk(loc, 920 + k) for k, loc in enumerate(locs)}
    who = rows(lambda i: r.choice(locs))
    people = []
    for i in range(N):
        ff = fks[who[i]]
        people.append((ff.first_name(), ff.last_name()))

    def strip(s):
        import unicodedata

        return (
            "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
            .lower()
            .replace(" ", "")
            .replace("'", "")
            .replace("ł", "l")
        )

    def account(i):
        a, b = strip(people[i][0]), strip(people[i][1])
        return r.choice([f"{a[0]}{b}", f"CORP\\{a}.{b}", f"{a}.{b}", f"{b[:6]}{a[:2]}"])

    def phone(i):
        return {
            "de_DE": f"+49 1{r.choice(['51', '60', '70', '76'])} {g.digits(r, 8)}",
            "fr_FR": f"+33 6 {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
            "it_IT": f"+39 3{g.digits(r, 2)} {g.digits(r, 7)}",
            "en_GB": f"+44 7{g.digits(r, 3)} {g.digits(r, 6)}",
            "nl_NL": f"+31 6 {g.digits(r, 8)}",
            "es_ES": f"+34 6{g.digits(r, 2)} {g.digits(r, 3)} {g.digits(r, 3)}",
            "pl_PL": f"+48 {r.choice('5678')}{g.digits(r, 2)} {g.digits(r, 3)} {g.digits(r, 3)}",
        }[who[i]]

    emails = [f"{strip(a)}.{strip(b)}@{r.choice(['acme-group.eu', 'acme-group.de', 'acme.fr'])}" for a, b in people]

    def notes(i):
        a, b = people[i]
        return r.choice(
            [
                f"User {a} {b} ({emails[i]}) reported phishing mail, password reset done.",
                f"Benutzer {b} hat auf Link geklickt, Rückruf unter {phone(i)}.",
                f"Compte de {a} {b} verrouillé après 25 échecs depuis {g.ipv4_public(r)}.",
                f"Laptop of {a} {b} reimaged; MFA re-enrolled on {phone(i)}.",
                f"Contacted {b}, {a} by Teams; confirmed travel, login from abroad legitimate.",
            ]
        )

    servers = [
        "srv-db-fra-02.corp.local",
        "ex01.acme.local",
        "vpn-gw-ams.acme-group.eu",
        "dc02.corp.local",
        "sap-prd-app1",
        "fs-mil-01.corp.local",
        "jira.acme-group.eu",
    ]
    cols = [
        ("number", "NONE", rows(lambda i: f"SIR{i + 12000:07d}")),
        ("opened_at", "NONE", rows(lambda i: g.stamp(r, "%d.%m.%Y %H:%M"))),
        ("Benutzerkonto", "USERNAME", mess(rows(account), r, null=0.05)),
        ("u_email", "EMAIL", mess(emails, r, null=0.05, up=0.05)),
        (
            "nom_utilisateur",
            "PERSON_NAME",
            mess([f"{a} {b}" if r.random() < 0.7 else f"{b.upper()} {a}" for a, b in people], r, null=0.05),
        ),
        ("src_ip", "IP_ADDRESS", rows(lambda i: g.ipv4_public(r) if r.random() < 0.6 else g.ipv4_private(r))),
        ("mac_adresse", "MAC_ADDRESS", mess(rows(lambda i: g.mac(r, r.choice([":", "-"]))), r, null=0.2)),
        ("intune_device_id", "DEVICE_ID", mess(rows(lambda i: g.uid(r)), r, null=0.15)),
        (
            "assigned_to",
            "PERSON_NAME",
            rows(lambda i: r.choice(["Katarzyna Nowak", "Pieter de Groot", "Lucia Ferri", "Tom Baker", "Jonas Weber"])),
        ),
        ("work_notes", "FREE_TEXT_WITH_PII", mess(rows(notes), r, null=0.25)),
        ("dst_host", "NONE", rows(lambda i: r.choice(servers))),
        ("file_sha256", "NONE", mess(rows(lambda i: g.sha256(r)), r, null=0.5)),
        (
            "cve_id",
            "NONE",
            mess(rows(lambda i: f"CVE-{r.choice(['2023', '2024'])}-{r.randint(1000, 49999)}"), r, null=0.6),
        ),
        ("severity", "NONE", rows(lambda i: r.choice(["1 - Critical", "2 - High", "3 - Moderate", "4 - Low"]))),
        (
            "categorie",
            "NONE",
            rows(lambda i: r.choice(["Phishing", "Malware", "Brute force", "Data exfiltration", "Policy violation"])),
        ),
        (
            "agent_version",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        f"7.{r.randint(10, 16)}.{r.randint(0, 9)}.{r.randint(1, 30)}",
                        f"10.{r.randint(0, 4)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    ]
                )
            ),
        ),
        ("abteilung", "NONE", rows(lambda i: r.choice(["Finance", "IT", "Vertrieb", "RH", "Logistica", "Legal"]))),
        (
            "ioc_url",
            "NONE",
            mess(
                rows(
                    lambda i: (
                        f"http://{r.choice(['login-micr0soft', 'secure-paypa1', 'dhl-track', 'office365-verify'])}.{r.choice(['top', 'xyz', 'ru', 'info'])}/{g.code(r, k=6).lower()}"
                    )
                ),
                r,
                null=0.5,
            ),
        ),
        (
            "short_description",
            "NONE",
            rows(
                lambda i: r.choice(
                    [
                        "Suspicious PowerShell execution on endpoint",
                        "Multiple failed logins",
                        "Malicious attachment blocked",
                        "Impossible travel alert",
                        "USB mass storage policy violation",
                        "EDR quarantine event",
                    ]
                )
            ),
        ),
    ]
    return _table("mixed_sec_incidents", "mixed", cols)


def all_tables():
    return [
        uk_water_arrears(),
        us_jury_summons(),
        de_hundesteuer(),
        alpine_farm_subsidy(),
        fr_samu_regulation(),
        be_theatre_abonnes(),
        es_vigilancia_salud(),
        mx_transporte_escolar(),
        it_spdc_ricoveri(),
        nl_huurachterstand(),
        pt_licencas_caca_pesca(),
        br_streaming_contas(),
        pl_czyste_powietrze(),
        mixed_sec_incidents(),
    ]
