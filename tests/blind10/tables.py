"""blind10: 12 fresh, messy, labelled tables for the column classifier (see /work/shared/spec/entities.md).

Domains: bike-rental docks, orthodontics, hearing aids, coworking, marina berths, allotment gardens,
opticians, taxi licences, tutoring agency, call-centre QA, ski school, Erasmus exchange (mixed languages).
"""

from __future__ import annotations

import random

from faker.providers.address.it_IT import Provider as ItAddress

from . import _gen as g
from ._gen import N


def _t(name, lang, columns):
    for h, _, v in columns:
        assert len(v) == N, (name, h, len(v))
    return {"name": name, "lang": lang, "columns": columns}


# 1 --- en: bike-rental docking stations ----------------------------------------------------------------
def dockshare():
    rng = random.Random(1001)
    f = g.faker("en_GB", 1001)
    stations = [
        (
            f"{f.street_name()} #{rng.randint(100, 899)}",
            round(51.45 + rng.random() * 0.12, 6),
            round(-0.25 + rng.random() * 0.3, 6),
        )
        for _ in range(70)
    ]
    st = [rng.choice(stations) for _ in range(N)]
    dobs = [g.birth_date(rng, 16, 78) for _ in range(N)]

    def phone():
        n = "7" + g.digits(rng, 9)
        return g.pick(
            rng, [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"0{n}", f"+44{n}", f"(0{n[:4]}) {n[4:7]} {n[7:]}"]
        )

    def dob(d):
        return g.pick(
            rng, [d.strftime("%d/%m/%Y"), d.strftime("%d/%m/%Y"), d.strftime("%Y-%m-%d"), d.strftime("%d-%b-%Y")]
        )

    complaints = [
        "Bike had a flat tyre, docked it straight back.",
        "Dock did not release the lock, tried three times.",
        "Saddle clamp loose.",
        "Screen at station froze during payment.",
        "Chain came off near the bridge, walked the rest.",
        "Great ride, no issues.",
        "Brakes squeaking on front wheel.",
        "Station was full, had to find another dock 10 min away.",
        "App showed wrong availability.",
        "Basket missing.",
    ]
    cols = [
        ("rental_ref", "NONE", [f"RNT-{rng.randint(10_000_000, 99_999_999)}" for _ in range(N)]),
        ("member_uid", "DEVICE_ID", [g.uuid4(rng) for _ in range(N)]),
        ("fullName", "PERSON_NAME", g.messy(g.nulls(g.gen(f.name), rng, 0.02), rng, 0.04, 0.05)),
        (
            "email_addr",
            "EMAIL",
            g.messy(
                g.nulls([f.email() if rng.random() < 0.7 else f.free_email() for _ in range(N)], rng, 0.05),
                rng,
                0.03,
                0.04,
            ),
        ),
        ("mob", "PHONE", g.nulls(g.gen(phone), rng, 0.08)),
        ("dob", "DATE_OF_BIRTH", g.nulls([dob(d) for d in dobs], rng, 0.1)),
        ("home_pc", "POSTAL_CODE", g.messy(g.nulls(g.gen(f.postcode), rng, 0.06), rng, 0.05)),
        ("dock_station", "NONE", [s[0] for s in st]),
        ("dock_lat", "NONE", [s[1] for s in st]),
        ("dock_lon", "NONE", [s[2] for s in st]),
        ("undock_ts", "NONE", [g.some_ts(rng).isoformat(sep=" ") for _ in range(N)]),
        (
            "bike_serial",
            "NONE",
            [f"BK{rng.randint(1, 9)}-{g.digits(rng, 5)}-{rng.choice('ABCDEFGH')}" for _ in range(N)],
        ),
        (
            "fare_gbp",
            "NONE",
            [f"{rng.choice([1.65, 3.30, 4.95, 6.60, 0.0, 2.0]) + rng.randint(0, 3) * 1.65:.2f}" for _ in range(N)],
        ),
        ("card_on_file", "CREDIT_CARD", g.nulls([g.fmt_card(g.card_number(rng), rng) for _ in range(N)], rng, 0.15)),
        ("app_ver", "NONE", g.gen(lambda: g.version4(rng))),
        ("client_ip", "IP_ADDRESS", [g.ipv4(rng, 0.05) if rng.random() < 0.85 else g.ipv6(rng) for _ in range(N)]),
        ("c17", "NONE", g.nulls([rng.choice(complaints) for _ in range(N)], rng, 0.6)),
        (
            "promo_code",
            "NONE",
            g.nulls(
                [rng.choice(["SPRING24", "RIDE5", "STUDENT10", "NHS-FREE30", "WELCOME"]) for _ in range(N)], rng, 0.7
            ),
        ),
        (
            "gender",
            "GENDER",
            [g.pick(rng, ["M", "F", "X", "U", "Male", "Female"], [40, 40, 3, 5, 6, 6]) for _ in range(N)],
        ),
    ]
    return _t("dockshare_rentals", "en", cols)


# 2 --- de: orthodontics practice -------------------------------------------------------------------
def kfo():
    rng = random.Random(1002)
    f = g.faker("de_DE", 1002)
    dobs = [g.birth_date(rng, 8, 19) for _ in range(N)]
    last = [f.last_name() for _ in range(N)]

    def tel():
        a = rng.choice(["0151", "0160", "0171", "0176", "089", "030", "0221", "0711"])
        n = g.digits(rng, 7 if len(a) == 4 else 8)
        return g.pick(rng, [f"{a} {n}", f"{a}/{n}", f"+49 {a[1:]} {n}", f"{a}-{n[:3]}{n[3:]}", f"0049{a[1:]}{n}"])

    befund = [
        "Distalbiss Klasse II/1",
        "Klasse II/2 Deckbiss",
        "Progenie Klasse III",
        "frontal offener Biss",
        "Kreuzbiss lateral rechts",
        "Engstand OK/UK",
        "Nichtanlage 12/22",
        "verlagerter Eckzahn 13",
        "Diastema mediale",
        "Tiefbiss mit Gingivakontakt",
    ]
    kassen = [
        "AOK Bayern",
        "Techniker Krankenkasse",
        "BARMER",
        "DAK-Gesundheit",
        "IKK classic",
        "privat (Debeka)",
        "KKH",
        "hkk",
        "BKK Mobil Oil",
    ]
    bem_templates = [
        "Mutter {n} bittet um Rückruf unter {p}.",
        "Termin verschoben, Vater ({n}) bringt Kind ab Mai, Tel. {p}",
        "Rechnung an {n}, {a} schicken.",
        "Pat. kommt mit Oma {n}; Kontakt {e}",
        "{n} hat Retainer verloren, neuer Abdruck nötig. Rückruf {p}",
    ]

    def bem():
        t = rng.choice(bem_templates)
        return t.format(
            n=f"{rng.choice(['Frau', 'Herr', ''])} {f.name()}".strip(),
            p=tel(),
            a=f"{f.street_address()}, {f.postcode()} {f.city()}",
            e=f.free_email(),
        )

    cols = [
        ("BELNR", "NONE", [f"{rng.randint(4_000_000_000, 4_999_999_999)}" for _ in range(N)]),
        (
            "KarteiNr",
            "MEDICAL_RECORD_NUMBER",
            [f"KFO-{rng.randint(2015, 2024)}-{rng.randint(1, 9999):05d}" for _ in range(N)],
        ),
        ("NAME1", "PERSON_NAME", g.messy(last, rng, 0.03, 0.2)),
        ("VORNA", "PERSON_NAME", g.gen(f.first_name)),
        (
            "GEBDAT",
            "DATE_OF_BIRTH",
            [d.strftime(rng.choice(["%d.%m.%Y", "%d.%m.%Y", "%d.%m.%y", "%Y%m%d"])) for d in dobs],
        ),
        ("TELF1", "PHONE", g.nulls(g.gen(tel), rng, 0.05)),
        ("STRAS", "STREET_ADDRESS", g.messy(g.gen(f.street_address), rng, 0.05)),
        ("ORT01", "CITY", g.messy(g.gen(f.city), rng, 0.02, 0.1)),
        ("Kasse", "NONE", [rng.choice(kassen) for _ in range(N)]),
        ("Befund", "HEALTH", [rng.choice(befund) for _ in range(N)]),
        ("Beh_Beginn", "NONE", [g.some_date(rng).strftime("%d.%m.%Y") for _ in range(N)]),
        ("Eigenanteil_EUR", "NONE", [f"{rng.randint(80, 2400)},{rng.randint(0, 99):02d}" for _ in range(N)]),
        (
            "GOZ",
            "NONE",
            [rng.choice(["6030", "6040", "6050", "6100", "6140", "6150", "0010", "0050"]) for _ in range(N)],
        ),
        (
            "Abr_Status",
            "NONE",
            [rng.choice(["offen", "abgerechnet", "KV-genehmigt", "storniert", "Mahnstufe 1"]) for _ in range(N)],
        ),
        ("Bemerkung", "FREE_TEXT_WITH_PII", g.nulls(g.gen(bem), rng, 0.35)),
        ("Praxis_Ort", "NONE", [rng.choice(["München-Pasing", "Augsburg", "Freising", "Dachau"]) for _ in range(N)]),
        ("UStID_Labor", "NONE", [rng.choice([g.de_vat(random.Random(i)) for i in range(6)]) for _ in range(N)]),
        ("IBAN_Zahler", "IBAN", g.nulls([g.fmt_iban(f.iban(), rng) for _ in range(N)], rng, 0.3)),
    ]
    return _t("kfo_behandlungen", "de", cols)


# 3 --- fr: hearing-aid fittings --------------------------------------------------------------------
def audio():
    rng = random.Random(1003)
    f = g.faker("fr_FR", 1003)
    dobs = [g.birth_date(rng, 45, 96) for _ in range(N)]
    sexes = [rng.choice([1, 2]) for _ in range(N)]

    def tel():
        n = rng.choice("67") + g.digits(rng, 8)
        return g.pick(
            rng,
            [
                f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}",
                f"0{n}",
                f"0{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}",
            ],
        )

    diag = [
        "presbyacousie bilatérale",
        "surdité de perception OD",
        "surdité mixte bilatérale",
        "acouphènes + hypoacousie",
        "otospongiose opérée OG",
        "surdité brusque OG (2021)",
        "presbyacousie modérée",
        "cophose OD",
    ]
    modeles = [
        "Phonak Audéo P90-R",
        "Oticon More 1",
        "Signia Pure 7AX",
        "Widex Moment 440",
        "Starkey Evolv AI 2400",
        "ReSound One 9",
        "Phonak Naída P70",
    ]
    comm = [
        "Réglage effectué, gain augmenté sur les aigus.",
        "Contrôle à 3 mois prévu.",
        "Dômes remplacés, filtres pare-cérumen changés.",
        "Appareil essayé 30 jours, satisfait.",
        "Bruit de fond gênant en réunion, programme ajouté.",
        "Pile faible signalée, passage au rechargeable.",
    ]
    cols = [
        ("id_commande", "NONE", [f"CMD{rng.randint(2020, 2024)}{rng.randint(0, 99999):05d}" for _ in range(N)]),
        ("txtNom", "PERSON_NAME", g.messy([f.last_name().upper() for _ in range(N)], rng, 0.04)),
        ("txtPrenom", "PERSON_NAME", [f.first_name_male() if s == 1 else f.first_name_female() for s in sexes]),
        (
            "dtNaiss",
            "DATE_OF_BIRTH",
            g.nulls([d.isoformat() if rng.random() < 0.6 else d.strftime("%d/%m/%Y") for d in dobs], rng, 0.03),
        ),
        ("NIR", "NATIONAL_ID", g.nulls([g.fr_nir(rng, s, d) for s, d in zip(sexes, dobs, strict=True)], rng, 0.08)),
        ("tel_port", "PHONE", g.nulls(g.gen(tel), rng, 0.12)),
        ("diag_orl", "HEALTH", g.nulls([rng.choice(diag) for _ in range(N)], rng, 0.05)),
        ("PTA_OD_dB", "HEALTH", [rng.randint(20, 95) for _ in range(N)]),
        ("modele_appareil", "NONE", [rng.choice(modeles) for _ in range(N)]),
        (
            "ref_article",
            "NONE",
            [
                f"{rng.choice(['PHO', 'OTI', 'SIG', 'WDX'])}-{g.digits(rng, 6)}-{rng.choice(['BE', 'GR', 'CH'])}"
                for _ in range(N)
            ],
        ),
        ("prix_ttc", "NONE", [f"{rng.randint(950, 2200)},00 €" for _ in range(N)]),
        ("date_appareillage", "NONE", [g.some_date(rng).strftime("%d/%m/%Y") for _ in range(N)]),
        (
            "mutuelle",
            "NONE",
            [
                rng.choice(
                    ["MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "AG2R La Mondiale", "MAAF Santé", "Aucune"]
                )
                for _ in range(N)
            ],
        ),
        ("centre_ville", "NONE", [rng.choice(["Lyon 3e", "Villeurbanne", "Bron", "Vénissieux"]) for _ in range(N)]),
        (
            "tel_centre",
            "NONE",
            [rng.choice(["04 78 60 12 34", "04 72 37 55 10", "04 78 26 90 01", "04 72 50 88 43"]) for _ in range(N)],
        ),
        (
            "canal_acquisition",
            "NONE",
            [rng.choice(["médecin ORL", "bouche-à-oreille", "Google", "courrier", "salon seniors"]) for _ in range(N)],
        ),
        ("profession", "OCCUPATION", g.nulls(g.gen(f.job), rng, 0.2)),
        ("commentaire", "NONE", g.nulls([rng.choice(comm) for _ in range(N)], rng, 0.4)),
        ("FLD19", "EMAIL", g.nulls(g.gen(f.email), rng, 0.25)),
    ]
    return _t("audio_appareillage", "fr", cols)


# 4 --- es: coworking-space members ------------------------------------------------------------------
def coworking():
    rng = random.Random(1004)
    f = g.faker("es_ES", 1004)
    companies = [f.company() for _ in range(120)]
    cifs = {c: g.es_cif(rng) for c in companies}
    emp = [rng.choice(companies) if rng.random() < 0.7 else None for _ in range(N)]

    def movil():
        n = rng.choice("67") + g.digits(rng, 8)
        return g.pick(
            rng, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n, f"+34{n}", f"0034 {n}"]
        )

    def linkedin():
        slug = f"{f.first_name()}-{f.last_name()}".lower().replace(" ", "-")
        slug = slug.translate(str.maketrans("áéíóúñü", "aeiouñu".replace("ñ", "n")))
        return g.pick(
            rng,
            [
                f"https://www.linkedin.com/in/{slug}-{g.digits(rng, 3)}",
                f"linkedin.com/in/{slug}",
                f"https://es.linkedin.com/in/{slug}{rng.randint(1, 99)}",
            ],
        )

    cols = [
        ("id_socio", "NONE", [f"S-{i:05d}" for i in range(1, N + 1)]),
        ("nombre_completo", "PERSON_NAME", g.messy(g.gen(f.name), rng, 0.03, 0.08)),
        (
            "DNI_NIE",
            "NATIONAL_ID",
            g.nulls([g.es_dni(rng) if rng.random() < 0.75 else g.es_nie(rng) for _ in range(N)], rng, 0.04),
        ),
        ("correo", "EMAIL", g.gen(f.email)),
        ("movil", "PHONE", g.nulls(g.gen(movil), rng, 0.05)),
        ("empresa", "NONE", emp),
        ("CIF_empresa", "NONE", [cifs[e] if e else None for e in emp]),
        (
            "plan",
            "NONE",
            [rng.choice(["Hot desk", "Fijo", "Despacho 4p", "Virtual", "Bono 10 días"]) for _ in range(N)],
        ),
        ("cuota_mensual", "NONE", [rng.choice(["149,00", "229,00", "890,00", "49,00", "95,00"]) for _ in range(N)]),
        (
            "ingresos_anuales",
            "FINANCIAL",
            g.nulls([rng.choice(["<20k", "20-35k", "35-50k", "50-80k", ">80k"]) for _ in range(N)], rng, 0.3),
        ),
        ("mac_portatil", "MAC_ADDRESS", g.nulls([g.mac(rng) for _ in range(N)], rng, 0.2)),
        ("ip_wifi", "IP_ADDRESS", [g.ipv4(rng, 0.3) for _ in range(N)]),
        ("puesto", "NONE", [f"P{rng.randint(1, 4)}-{rng.randint(1, 40):02d}" for _ in range(N)]),
        ("fecha_alta", "NONE", [g.some_date(rng).strftime("%d/%m/%Y") for _ in range(N)]),
        ("linkedin", "URL", g.nulls(g.gen(linkedin), rng, 0.35)),
        ("ciudad_residencia", "CITY", g.gen(f.city)),
        (
            "sede",
            "NONE",
            [
                rng.choice(["Madrid - Chamberí", "Madrid - Arganzuela", "Barcelona - Poblenou", "Valencia - Ruzafa"])
                for _ in range(N)
            ],
        ),
        (
            "notas",
            "NONE",
            g.nulls(
                [
                    rng.choice(
                        [
                            "Solicita taquilla adicional",
                            "Pago trimestral",
                            "Baja a fin de mes",
                            "Usa sala de reuniones los lunes",
                            "Pendiente de firmar contrato",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.5,
            ),
        ),
        ("IBAN_domic", "IBAN", g.nulls([g.fmt_iban(f.iban(), rng) for _ in range(N)], rng, 0.1)),
    ]
    return _t("coworking_socios", "es", cols)


# 5 --- it: marina berth holders ---------------------------------------------------------------------
def marina():
    rng = random.Random(1005)
    f = g.faker("it_IT", 1005)
    it_cities = sorted(set(ItAddress.cities))  # Faker keeps these in a set: sort for determinism
    dobs = [g.birth_date(rng, 25, 85) for _ in range(N)]

    def cell():
        n = "3" + str(rng.choice([2, 3, 4, 5, 7, 8, 9])) + g.digits(rng, 8)
        return g.pick(rng, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:]}", n, f"+39{n}", f"{n[:3]}/{n[3:]}"])

    def pec():
        return f"{f.first_name().lower()}.{f.last_name().lower().replace(' ', '')}@{rng.choice(['pec.it', 'legalmail.it', 'gmail.com', 'libero.it', 'virgilio.it'])}"

    def note():
        t = rng.choice(
            [
                "Il sig. {n} ha delegato il ritiro chiavi al figlio, tel. {p}",
                "Contattare {n} al {p} per rinnovo",
                "Delega a {n} (cod. fisc. {cf})",
                "Sig.ra {n} segnala cambio residenza: {a}",
            ]
        )
        return t.format(n=f.name(), p=cell(), cf=f.ssn(), a=f.address().replace("\n", ", "))

    cols = [
        ("cod_posto", "NONE", [f"Pontile {rng.choice('ABCDEF')} - {rng.randint(1, 80)}" for _ in range(N)]),
        ("intestatario", "PERSON_NAME", g.messy(g.gen(f.name), rng, 0.03, 0.1)),
        ("cod_fisc", "NATIONAL_ID", g.nulls(g.gen(f.ssn), rng, 0.03)),
        ("luogo_nascita", "CITY", [rng.choice(it_cities) for _ in range(N)]),
        ("data_nasc", "DATE_OF_BIRTH", [d.strftime(rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"])) for d in dobs]),
        ("cell", "PHONE", g.nulls(g.gen(cell), rng, 0.07)),
        ("pec", "EMAIL", g.nulls(g.gen(pec), rng, 0.1)),
        ("indirizzo_res", "STREET_ADDRESS", g.gen(lambda: f.address().replace("\n", ", "))),
        (
            "nome_imbarcazione",
            "NONE",
            [
                rng.choice(
                    [
                        "Aurora",
                        "Libeccio",
                        "Stella Maris",
                        "Gabbiano",
                        "Nettuno",
                        "Sirena",
                        "Maestrale",
                        "Calypso",
                        "Ondina",
                    ]
                )
                + rng.choice(["", " II", " III", " 2"])
                for _ in range(N)
            ],
        ),
        ("lunghezza_m", "NONE", [f"{rng.uniform(5.5, 24):.1f}" for _ in range(N)]),
        ("pescaggio_m", "NONE", [f"{rng.uniform(0.6, 3.2):.2f}".replace(".", ",") for _ in range(N)]),
        ("canone_annuo", "NONE", [f"€ {rng.randint(1200, 18000)}" for _ in range(N)]),
        ("stato_pagamento", "NONE", [rng.choice(["SALDATO", "INSOLUTO", "PARZIALE", "RATEIZZATO"]) for _ in range(N)]),
        ("ts_ultimo_ingresso", "NONE", [g.some_ts(rng).strftime("%d/%m/%Y %H:%M") for _ in range(N)]),
        ("professione", "OCCUPATION", g.gen(f.job)),
        ("note", "FREE_TEXT_WITH_PII", g.nulls(g.gen(note), rng, 0.45)),
        ("c16", "IBAN", g.nulls([g.fmt_iban(f.iban(), rng) for _ in range(N)], rng, 0.15)),
        ("hash_contratto", "NONE", [g.hexhash(rng) for _ in range(N)]),
    ]
    return _t("porto_posti_barca", "it", cols)


# 6 --- nl: allotment gardens --------------------------------------------------------------------------
def volkstuin():
    rng = random.Random(1006)
    f = g.faker("nl_NL", 1006)
    dobs = [g.birth_date(rng, 24, 88) for _ in range(N)]

    def tel():
        n = g.digits(rng, 8)
        return g.pick(
            rng,
            [
                f"06-{n}",
                f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}",
                f"+31 6 {n}",
                f"+316{n}",
                f"020-{g.digits(rng, 7)}",
                f"010 {g.digits(rng, 3)} {g.digits(rng, 4)}",
            ],
        )

    def bsn():
        b = g.nl_bsn(rng)
        return g.pick(rng, [b, b, f"{b[:4]}.{b[4:6]}.{b[6:]}", f"{b[:3]} {b[3:6]} {b[6:]}"])

    cols = [
        ("lidnr", "NONE", [f"{rng.randint(1000, 9999)}" for _ in range(N)]),
        ("tuinnr", "NONE", [f"T-{rng.randint(1, 260)}{rng.choice(['', 'a', 'b'])}" for _ in range(N)]),
        ("achternaam", "PERSON_NAME", g.gen(f.last_name)),
        ("BSN", "NATIONAL_ID", g.nulls(g.gen(bsn), rng, 0.2)),
        ("adres", "STREET_ADDRESS", g.gen(f.street_address)),
        (
            "postcode",
            "POSTAL_CODE",
            g.messy([p if rng.random() < 0.7 else p.replace(" ", "") for p in g.gen(f.postcode)], rng, 0.03),
        ),
        ("woonplaats", "CITY", g.messy(g.gen(f.city), rng, 0.03, 0.1)),
        ("telefoon", "PHONE", g.nulls(g.gen(tel), rng, 0.1)),
        ("rekeningnummer", "IBAN", g.gen(lambda: g.fmt_iban(f.iban(), rng))),
        ("contributie", "NONE", [rng.choice(["€ 85,00", "€ 120,00", "€ 160,00", "€ 42,50"]) for _ in range(N)]),
        ("tuin_m2", "NONE", [rng.choice([100, 150, 200, 250, 300]) for _ in range(N)]),
        ("sleutelnr", "NONE", [f"S{rng.randint(1, 400):03d}" for _ in range(N)]),
        ("kvk_vereniging", "NONE", [rng.choice(["40531234", "40531234", "34212987"]) for _ in range(N)]),
        ("laatste_inspectie", "NONE", [g.some_date(rng, 2022).strftime("%d-%m-%Y") for _ in range(N)]),
        (
            "keuring",
            "NONE",
            [rng.choice(["goed", "voldoende", "matig", "onvoldoende", "waarschuwing"]) for _ in range(N)],
        ),
        (
            "opmerking",
            "NONE",
            g.nulls(
                [
                    rng.choice(
                        [
                            "Onkruid langs pad verwijderen.",
                            "Schuurtje te hoog, aanpassen voor 1 juni.",
                            "Heg snoeien.",
                            "Compostbak verplaatsen.",
                            "Prima onderhouden tuin.",
                            "Waterkraan lekt.",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.5,
            ),
        ),
        ("leeftijd", "AGE", [g.age_of(d) for d in dobs]),
        ("kenteken", "LICENSE_PLATE", g.nulls(g.gen(f.license_plate), rng, 0.4)),
    ]
    return _t("volkstuin_leden", "nl", cols)


# 7 --- pt (Portugal): opticians ---------------------------------------------------------------------------
def otica():
    rng = random.Random(1007)
    f = g.faker("pt_PT", 1007)
    dobs = [g.birth_date(rng, 6, 90) for _ in range(N)]
    lojas = [
        ("Lisboa - Colombo", "217 123 450"),
        ("Porto - Santa Catarina", "222 004 117"),
        ("Braga", "253 610 220"),
        ("Coimbra", "239 480 551"),
        ("Faro", "289 811 004"),
    ]
    lj = [rng.choice(lojas) for _ in range(N)]
    seg = [g.pt_nif(random.Random(70 + i), "5") for i in range(5)]

    def tm():
        n = "9" + rng.choice("1236") + g.digits(rng, 7)
        return g.pick(rng, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n}", n, f"(+351) {n[:3]} {n[3:6]} {n[6:]}"])

    def dio():
        v = rng.choice([-1, 1]) * rng.randint(0, 32) * 0.25
        return f"{v:+.2f}"

    cols = [
        ("n_venda", "NONE", [f"VD/{rng.randint(2021, 2024)}/{rng.randint(1, 99999):05d}" for _ in range(N)]),
        ("nome", "PERSON_NAME", g.messy(g.gen(f.name), rng, 0.03, 0.05)),
        ("NIF", "NATIONAL_ID", g.nulls([g.pt_nif(rng) for _ in range(N)], rng, 0.1)),
        ("data_nascimento", "DATE_OF_BIRTH", [d.strftime("%d/%m/%Y") for d in dobs]),
        ("telemovel", "PHONE", g.nulls(g.gen(tm), rng, 0.06)),
        ("cod_postal", "POSTAL_CODE", g.gen(f.postcode)),
        ("localidade", "CITY", g.gen(f.city)),
        ("OD_esf", "HEALTH", g.gen(dio)),
        (
            "diagnostico",
            "HEALTH",
            g.nulls(
                [
                    rng.choice(
                        [
                            "miopia",
                            "hipermetropia",
                            "astigmatismo",
                            "presbiopia",
                            "glaucoma (seguimento)",
                            "catarata inicial OE",
                            "ambliopia OD",
                            "queratocone",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.15,
            ),
        ),
        (
            "armacao_ref",
            "NONE",
            [
                f"{rng.choice(['RB', 'OX', 'PR', 'TH'])}{rng.randint(1000, 9999)}-{rng.randint(100, 9999)}-{rng.choice([49, 51, 53, 55])}"
                for _ in range(N)
            ],
        ),
        (
            "lentes",
            "NONE",
            [
                rng.choice(
                    [
                        "Varilux X 1.67",
                        "Essilor Eyezen 1.5",
                        "Zeiss SmartLife 1.6",
                        "Hoya Nulux 1.74",
                        "Unifocal 1.5 AR",
                    ]
                )
                for _ in range(N)
            ],
        ),
        ("preco", "NONE", [f"{rng.randint(49, 890)},{rng.choice(['00', '90', '50'])} €" for _ in range(N)]),
        ("loja", "NONE", [x[0] for x in lj]),
        ("tel_loja", "NONE", [x[1] for x in lj]),
        ("data_consulta", "NONE", [g.some_date(rng).strftime("%Y-%m-%d") for _ in range(N)]),
        ("garantia_ate", "NONE", [g.some_date(rng, 2024, 2026).strftime("%d-%m-%Y") for _ in range(N)]),
        ("email", "EMAIL", g.nulls(g.gen(f.email), rng, 0.3)),
        (
            "obs",
            "NONE",
            g.nulls(
                [
                    rng.choice(
                        [
                            "Cliente prefere armação leve.",
                            "Entregar em 8 dias úteis.",
                            "Lentes de contacto mensais.",
                            "Reparação de plaqueta.",
                            "Garantia acionada.",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.5,
            ),
        ),
        ("nif_seguradora", "NONE", [rng.choice(seg) for _ in range(N)]),
    ]
    return _t("otica_clientes", "pt", cols)


# 8 --- pt (Brazil): taxi-licence holders ----------------------------------------------------------------
def taxi():
    rng = random.Random(1008)
    f = g.faker("pt_BR", 1008)
    dobs = [g.birth_date(rng, 24, 72) for _ in range(N)]
    coops = [("Cooptáxi " + f.company(), g.br_cnpj(rng)) for _ in range(12)]
    cp = [rng.choice(coops) for _ in range(N)]

    def cel():
        n = "9" + g.digits(rng, 8)
        dd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        return g.pick(rng, [f"({dd}) {n[:5]}-{n[5:]}", f"+55 {dd} {n[:5]}-{n[5:]}", f"{dd}{n}", f"({dd}){n}"])

    def cpf():
        c = f.cpf()
        return c if rng.random() < 0.7 else c.replace(".", "").replace("-", "")

    def hist():
        t = rng.choice(
            [
                "Titular {n} transferiu alvará para {m}, CPF {c}.",
                "Contato do auxiliar {m}: {p}",
                "Vistoria remarcada a pedido de {n} ({p}).",
                "Endereço atualizado para {a}.",
            ]
        )
        return t.format(n=f.name(), m=f.name(), c=f.cpf(), p=cel(), a=f.street_address() + ", " + f.city())

    cols = [
        ("protocolo", "NONE", [f"{rng.randint(2019, 2024)}/{rng.randint(1, 99999):06d}" for _ in range(N)]),
        ("nome_titular", "PERSON_NAME", g.messy(g.gen(f.name), rng, 0.02, 0.15)),
        ("CPF", "NATIONAL_ID", g.gen(cpf)),
        ("CNH", "DRIVER_LICENSE", [g.br_cnh(rng) for _ in range(N)]),
        ("dt_nasc", "DATE_OF_BIRTH", [d.strftime("%d/%m/%Y") for d in dobs]),
        ("celular", "PHONE", g.nulls(g.gen(cel), rng, 0.04)),
        ("endereco", "STREET_ADDRESS", g.gen(f.street_address)),
        ("CEP", "POSTAL_CODE", [p if rng.random() < 0.7 else p.replace("-", "") for p in g.gen(f.postcode)]),
        ("municipio", "CITY", g.gen(f.city)),
        ("cooperativa", "NONE", [x[0] for x in cp]),
        ("cnpj_cooperativa", "NONE", [x[1] for x in cp]),
        (
            "tel_cooperativa",
            "NONE",
            [rng.choice(["(11) 3322-4455", "(11) 2087-1000", "(21) 2555-0199", "(31) 3274-8800"]) for _ in range(N)],
        ),
        ("num_ponto", "NONE", [f"PT-{rng.randint(1, 350):03d}" for _ in range(N)]),
        (
            "escolaridade",
            "EDUCATION",
            [
                rng.choice(
                    [
                        "Ensino médio completo",
                        "Fundamental incompleto",
                        "Superior completo",
                        "Ensino médio incompleto",
                        "Superior incompleto",
                        "Fundamental completo",
                    ]
                )
                for _ in range(N)
            ],
        ),
        (
            "cor_raca",
            "ETHNICITY",
            g.nulls(
                [
                    g.pick(rng, ["Parda", "Branca", "Preta", "Amarela", "Indígena"], [45, 40, 11, 2, 2])
                    for _ in range(N)
                ],
                rng,
                0.1,
            ),
        ),
        ("taxa_vistoria", "NONE", [f"R$ {rng.choice(['187,40', '212,00', '98,35', '250,00'])}" for _ in range(N)]),
        ("dt_vistoria", "NONE", [g.some_date(rng).strftime("%d/%m/%Y") for _ in range(N)]),
        ("situacao", "NONE", [rng.choice(["ATIVO", "SUSPENSO", "CASSADO", "EM ANÁLISE"]) for _ in range(N)]),
        ("hist", "FREE_TEXT_WITH_PII", g.nulls(g.gen(hist), rng, 0.5)),
    ]
    return _t("alvara_taxistas", "pt", cols)


# 9 --- pl: tutoring agency ------------------------------------------------------------------------------
def korepetycje():
    rng = random.Random(1009)
    f = g.faker("pl_PL", 1009)
    dobs = [g.birth_date(rng, 7, 19) for _ in range(N)]
    sex = [rng.choice("MF") for _ in range(N)]
    import datetime as dt

    def tel():
        n = rng.choice("5678") + g.digits(rng, 8)
        return g.pick(
            rng, [f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]
        )

    tutors = [f.name() for _ in range(40)]
    nips = [g.pl_nip(random.Random(900 + i)) for i in range(3)]
    cols = [
        ("nr_zlecenia", "NONE", [f"ZL/{rng.randint(2022, 2024)}/{rng.randint(1, 9999):04d}" for _ in range(N)]),
        ("imie_ucznia", "PERSON_NAME", [f.first_name_male() if s == "M" else f.first_name_female() for s in sex]),
        (
            "nazwisko_ucznia",
            "PERSON_NAME",
            g.messy([f.last_name_male() if s == "M" else f.last_name_female() for s in sex], rng, 0.02, 0.1),
        ),
        (
            "PESEL",
            "NATIONAL_ID",
            g.nulls(
                [
                    f.pesel(date_of_birth=dt.datetime(d.year, d.month, d.day), sex=s)
                    for d, s in zip(dobs, sex, strict=True)
                ],
                rng,
                0.1,
            ),
        ),
        ("rodzic", "PERSON_NAME", g.gen(f.name)),
        ("tel_rodzica", "PHONE", g.nulls(g.gen(tel), rng, 0.05)),
        ("email_kontakt", "EMAIL", g.gen(f.email)),
        (
            "przedmiot",
            "NONE",
            [
                rng.choice(["matematyka", "fizyka", "chemia", "j. angielski", "j. polski", "biologia", "informatyka"])
                for _ in range(N)
            ],
        ),
        ("korepetytor", "PERSON_NAME", [rng.choice(tutors) for _ in range(N)]),
        ("stawka_zl", "NONE", [rng.choice(["80", "90", "100", "120", "150"]) for _ in range(N)]),
        ("kod_pocztowy", "POSTAL_CODE", g.gen(f.postcode)),
        ("miasto", "CITY", g.gen(f.city)),
        (
            "orzeczenie",
            "HEALTH",
            g.nulls(
                [
                    g.pick(
                        rng,
                        [
                            "dysleksja",
                            "ADHD",
                            "dyskalkulia",
                            "niedosłuch",
                            "zespół Aspergera",
                            "cukrzyca typu 1",
                            "słabowidzenie",
                        ],
                    )
                    for _ in range(N)
                ],
                rng,
                0.65,
            ),
        ),
        ("data_lekcji", "NONE", [g.some_ts(rng).strftime("%Y-%m-%d %H:%M") for _ in range(N)]),
        ("czas_min", "NONE", [rng.choice([45, 60, 90, 120]) for _ in range(N)]),
        (
            "uwagi",
            "NONE",
            g.nulls(
                [
                    rng.choice(
                        [
                            "Powtórka przed sprawdzianem z ułamków.",
                            "Zadanie domowe: rozdział 4.",
                            "Lekcja online.",
                            "Przygotowanie do matury rozszerzonej.",
                            "Odwołana – choroba.",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.4,
            ),
        ),
        (
            "zoom_link",
            "NONE",
            [f"https://zoom.us/j/{g.digits(rng, 11)}?pwd={g.hexhash(rng, 'md5')[:20]}" for _ in range(N)],
        ),
        (
            "numer_faktury",
            "NONE",
            [f"FV/{rng.randint(2022, 2024)}/{rng.randint(1, 12):02d}/{rng.randint(1, 999):04d}" for _ in range(N)],
        ),
        ("NIP_firmy", "NONE", [rng.choice(nips) for _ in range(N)]),
    ]
    return _t("korepetycje_zlecenia", "pl", cols)


# 10 --- en (US): call-centre QA scorecards ---------------------------------------------------------------
def callqa():
    rng = random.Random(1010)
    f = g.faker("en_US", 1010)
    agents = [
        (
            f.name(),
            f.user_name() + str(rng.randint(1, 99)),
            g.mac(rng),
            f"10.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
        )
        for _ in range(60)
    ]
    ag = [rng.choice(agents) for _ in range(N)]

    def ani():
        a, b, c = rng.randint(201, 989), rng.randint(200, 999), g.digits(rng, 4)
        return g.pick(rng, [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1{a}{b}{c}", f"1{a}{b}{c}", f"{a}.{b}.{c}"])

    def snippet():
        t = rng.choice(
            [
                "Caller confirmed her address as {a} and DOB {d}.",
                "Customer {n} asked to update email to {e}.",
                "Verified identity of {n}, callback number {p}.",
                "Spouse {n} called on behalf of account holder; provided SSN {s}.",
            ]
        )
        return t.format(
            a=f.street_address() + ", " + f.city(),
            d=g.birth_date(rng).strftime("%m/%d/%Y"),
            n=f.name(),
            e=f.free_email(),
            p=ani(),
            s=f.ssn(),
        )

    cols = [
        ("call_id", "NONE", [g.uuid4(rng) for _ in range(N)]),
        ("agent_name", "PERSON_NAME", [a[0] for a in ag]),
        ("agent_login", "USERNAME", [a[1] for a in ag]),
        ("caller_ani", "PHONE", g.nulls(g.gen(ani), rng, 0.03)),
        ("caller_name", "PERSON_NAME", g.messy(g.nulls(g.gen(f.name), rng, 0.1), rng, 0.02, 0.3)),
        (
            "kyc_ssn",
            "NATIONAL_ID",
            g.nulls([s if rng.random() < 0.7 else s.replace("-", "") for s in g.gen(f.ssn)], rng, 0.2),
        ),
        ("caller_dob", "DATE_OF_BIRTH", g.nulls([g.birth_date(rng).strftime("%m/%d/%Y") for _ in range(N)], rng, 0.2)),
        (
            "queue",
            "NONE",
            [rng.choice(["BILLING_T2", "TECH_T1", "RETENTION", "SALES_IN", "COLLECTIONS"]) for _ in range(N)],
        ),
        ("handle_time_s", "NONE", [rng.randint(45, 2400) for _ in range(N)]),
        ("qa_score", "NONE", [rng.randint(40, 100) for _ in range(N)]),
        ("sentiment", "NONE", [rng.choice(["neg", "neu", "pos"]) for _ in range(N)]),
        ("transcript_snippet", "FREE_TEXT_WITH_PII", g.nulls(g.gen(snippet), rng, 0.3)),
        (
            "evaluator_notes",
            "NONE",
            g.nulls(
                [
                    rng.choice(
                        [
                            "Agent skipped empathy statement; hold exceeded 2 min.",
                            "Good ownership, correct disposition code.",
                            "Missed upsell opportunity.",
                            "Did not read the mandatory disclosure.",
                            "Excellent de-escalation.",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.3,
            ),
        ),
        ("call_start", "NONE", [g.some_ts(rng).strftime("%Y-%m-%dT%H:%M:%SZ") for _ in range(N)]),
        ("recording_sha1", "NONE", [g.hexhash(rng, "sha1") for _ in range(N)]),
        ("dialer_version", "NONE", g.gen(lambda: g.version4(rng))),
        ("workstation_mac", "MAC_ADDRESS", [a[2] for a in ag]),
        ("softphone_ip", "IP_ADDRESS", [a[3] for a in ag]),
        (
            "credit_limit",
            "FINANCIAL",
            g.nulls([f"{rng.choice([500, 1000, 1500, 2500, 5000, 7500, 10000])}.00" for _ in range(N)], rng, 0.25),
        ),
    ]
    return _t("cc_qa_scorecards", "en", cols)


# 11 --- de (Austria): ski-school lessons ----------------------------------------------------------------
def skischule():
    rng = random.Random(1011)
    f = g.faker("de_AT", 1011)
    fde = g.faker("de_DE", 1111)
    fnl = g.faker("nl_NL", 1112)
    origin = [g.pick(rng, ["AT", "DE", "NL"], [30, 50, 20]) for _ in range(N)]
    fk = {"AT": f, "DE": fde, "NL": fnl}
    land = {
        "AT": ["Österreich", "AT", "Austria"],
        "DE": ["Deutschland", "DE", "BRD"],
        "NL": ["Niederlande", "NL", "Holland"],
    }
    staat = {"AT": "Österreich", "DE": "Deutschland", "NL": "Niederlande"}
    instructors = [f.name() for _ in range(35)]

    def tel(o):
        if o == "NL":
            return f"+31 6 {g.digits(rng, 8)}"
        if o == "DE":
            return rng.choice(
                [f"+49 17{rng.randint(0, 9)} {g.digits(rng, 7)}", f"017{rng.randint(0, 9)}/{g.digits(rng, 7)}"]
            )
        return rng.choice(
            [
                f"+43 66{rng.randint(0, 9)} {g.digits(rng, 7)}",
                f"066{rng.randint(0, 9)} {g.digits(rng, 3)} {g.digits(rng, 4)}",
            ]
        )

    def kfz(o):
        if o == "NL":
            return fnl.license_plate()
        if o == "DE":
            return f"{rng.choice(['M', 'S', 'HH', 'B', 'N', 'RO', 'TS', 'FFB'])}-{''.join(rng.choice('ABCDEFGHKLMNPRSTUVXYZ') for _ in range(rng.randint(1, 2)))} {rng.randint(1, 9999)}"
        return f"{rng.choice(['W', 'I', 'S', 'KB', 'IL', 'SZ', 'L'])}-{rng.randint(1, 99999)}{rng.choice(['A', 'B', 'C', 'X', 'Z'])}"

    cols = [
        ("Buchungsnr", "NONE", [f"SS{rng.randint(240000, 249999)}" for _ in range(N)]),
        ("Kursleiter", "PERSON_NAME", [rng.choice(instructors) for _ in range(N)]),
        ("TN_Vorname", "PERSON_NAME", [fk[o].first_name() for o in origin]),
        ("TN_Nachname", "PERSON_NAME", [fk[o].last_name() for o in origin]),
        ("Geburtsjahr", "DATE_OF_BIRTH", [g.birth_date(rng, 4, 70).year for _ in range(N)]),
        (
            "Koennen",
            "NONE",
            [rng.choice(["Anfänger", "Pflug", "Parallel", "Fortgeschritten", "Tiefschnee"]) for _ in range(N)],
        ),
        (
            "Notfallinfo",
            "HEALTH",
            g.nulls(
                [
                    rng.choice(
                        [
                            "Asthma (Spray in Jacke)",
                            "Nussallergie",
                            "Epilepsie",
                            "Diabetes Typ 1",
                            "Penicillinallergie",
                            "Brille",
                            "Hörgerät links",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.6,
            ),
        ),
        ("Notfallkontakt_Tel", "PHONE", [tel(o) for o in origin]),
        (
            "Hotel",
            "NONE",
            [
                rng.choice(
                    ["Hotel Alpenrose", "Gasthof Post", "Pension Edelweiss", "Aparthotel Sonnblick", "Jugendherberge"]
                )
                for _ in range(N)
            ],
        ),
        ("Leihski_Nr", "NONE", [f"LS-{rng.randint(1000, 4999)}" for _ in range(N)]),
        (
            "Kurs",
            "NONE",
            [
                rng.choice(
                    ["Kinder Gruppe Blau", "Kinder Gruppe Rot", "Erw. Privat 2h", "Snowboard Basic", "Bobo-Club"]
                )
                for _ in range(N)
            ],
        ),
        ("Preis", "NONE", [f"{rng.choice([189, 229, 259, 95, 320])},00" for _ in range(N)]),
        (
            "Treffpunkt",
            "NONE",
            [
                rng.choice(["Talstation Gondel", "Kinderland", "Bergstation Sessellift", "Skischulbüro"])
                for _ in range(N)
            ],
        ),
        ("Herkunftsland", "COUNTRY", [rng.choice(land[o]) for o in origin]),
        (
            "Staatsbuergerschaft",
            "NATIONALITY",
            [staat[o] if rng.random() < 0.92 else rng.choice(["Belgien", "Schweiz", "Polen"]) for o in origin],
        ),
        ("Heimat_PLZ", "POSTAL_CODE", [fk[o].postcode() for o in origin]),
        ("Email", "EMAIL", g.nulls([fk[o].email() for o in origin], rng, 0.2)),
        ("Kfz", "LICENSE_PLATE", g.nulls([kfz(o) for o in origin], rng, 0.35)),
        ("Zeitstempel", "NONE", [g.some_ts(rng, 2023).strftime("%d.%m.%Y %H:%M:%S") for _ in range(N)]),
    ]
    return _t("skischule_kurse", "de", cols)


# 12 --- mixed: Erasmus student exchange ------------------------------------------------------------------
def erasmus():
    rng = random.Random(1012)
    locs = ["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT", "pl_PL", "en_GB"]
    fks = {loc: g.faker(loc, 1200 + i) for i, loc in enumerate(locs)}
    who = [rng.choice(locs) for _ in range(N)]
    nat = {
        "de_DE": ["Deutsch", "Germany", "deutsch"],
        "fr_FR": ["française", "France", "Française"],
        "es_ES": ["española", "Spain", "España"],
        "it_IT": ["italiana", "Italy", "Italia"],
        "nl_NL": ["Nederlandse", "Netherlands", "Nederland"],
        "pt_PT": ["portuguesa", "Portugal"],
        "pl_PL": ["polska", "Polska", "Poland"],
        "en_GB": ["British", "United Kingdom", "UK"],
    }
    dobs = [g.birth_date(rng, 19, 29) for _ in range(N)]

    def passport(loc):
        if loc == "de_DE":
            return "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
        if loc == "fr_FR":
            return f"{rng.randint(10, 24)}{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}{g.digits(rng, 5)}"
        if loc == "pl_PL":
            return f"{rng.choice('AE')}{rng.choice('ABCDEFGHJKLMNPRST')}{g.digits(rng, 7)}"
        if loc == "en_GB":
            return g.digits(rng, 9)
        if loc == "es_ES":
            return f"{rng.choice(['PA', 'PB', 'AA'])}{rng.choice('ABCDEFG')}{g.digits(rng, 6)}"
        if loc == "it_IT":
            return f"{rng.choice(['Y', 'YA', 'YB'])}{g.digits(rng, 7)}"
        if loc == "nl_NL":
            return (
                "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
                + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6))
                + str(rng.randint(0, 9))
            )
        return f"{rng.choice('CPN')}{g.digits(rng, 6)}"

    def dob(d, loc):
        if loc == "en_GB":
            return d.strftime("%d/%m/%Y")
        if loc in ("de_DE", "pl_PL"):
            return d.strftime("%d.%m.%Y")
        if loc == "nl_NL":
            return d.strftime("%d-%m-%Y")
        return rng.choice([d.strftime("%d/%m/%Y"), d.isoformat()])

    degree = {
        "de_DE": ["Bachelor", "Master", "Staatsexamen"],
        "fr_FR": ["Licence 3", "Master 1", "Master 2"],
        "es_ES": ["Grado", "Máster"],
        "it_IT": ["Laurea triennale", "Laurea magistrale"],
        "nl_NL": ["Bachelor", "Master", "HBO"],
        "pt_PT": ["Licenciatura", "Mestrado"],
        "pl_PL": ["licencjat", "magisterium", "inżynier"],
        "en_GB": ["BSc", "BA", "MSc", "PhD"],
    }
    needs = [
        "visual impairment",
        "Diabète type 1",
        "Legasthenie",
        "dislessia",
        "epilepsia",
        "dysleksja",
        "wheelchair user",
        "auditieve beperking",
        "none",
        "none",
        "none",
    ]
    relig = [
        "catholic",
        "muslim",
        "none",
        "evangelisch",
        "prawosławny",
        "cattolica",
        "musulmane",
        "joodse",
        "Hindu",
        "atheist",
    ]
    inst = [
        "Universität Heidelberg",
        "Université Lyon 2",
        "Universidad de Salamanca",
        "Università di Bologna",
        "Universiteit Utrecht",
        "Universidade do Porto",
        "Uniwersytet Jagielloński",
        "University of Edinburgh",
    ]

    def phone(loc):
        return fks[loc].phone_number()

    def contact(loc):
        fk = fks[loc]
        t = rng.choice(
            [
                "Emergency contact: {n}, {p}",
                "Contact en cas d'urgence : {n} ({p})",
                "Notfallkontakt {n}, E-Mail {e}",
                "Kontakt awaryjny: {n}, tel. {p}",
                "Mother {n} – {e}",
            ]
        )
        return t.format(n=fk.name(), p=fk.phone_number(), e=fk.free_email())

    cols = [
        (
            "mobility_id",
            "NONE",
            [
                f"2024-1-{rng.choice(['DE01', 'FR01', 'ES01', 'IT02', 'NL01', 'PT01', 'PL01'])}-KA131-HED-{g.digits(rng, 9)}"
                for _ in range(N)
            ],
        ),
        ("student_name", "PERSON_NAME", g.messy([fks[w].name() for w in who], rng, 0.03, 0.05)),
        ("email_univ", "EMAIL", [fks[w].email() for w in who]),
        ("home_institution", "NONE", [rng.choice(inst) for _ in range(N)]),
        ("host_institution", "NONE", [rng.choice(inst) for _ in range(N)]),
        ("nationalité", "NATIONALITY", [rng.choice(nat[w]) for w in who]),
        ("passport_no", "PASSPORT", g.nulls([passport(w) for w in who], rng, 0.2)),
        ("fecha_nac", "DATE_OF_BIRTH", [dob(d, w) for d, w in zip(dobs, who, strict=True)]),
        (
            "isced",
            "NONE",
            [
                rng.choice(
                    [
                        "0610 ICT",
                        "0413 Management",
                        "0531 Chemistry",
                        "0222 History",
                        "0732 Civil eng.",
                        "0912 Medicine",
                    ]
                )
                for _ in range(N)
            ],
        ),
        ("degree_level", "EDUCATION", [rng.choice(degree[w]) for w in who]),
        ("special_needs", "HEALTH", g.nulls([rng.choice(needs) for _ in range(N)], rng, 0.5)),
        ("la_document", "NONE", [f"https://erasmus-plus.ec.europa.eu/la/{g.uuid4(rng)}.pdf" for _ in range(N)]),
        ("telefono", "PHONE", g.nulls([phone(w) for w in who], rng, 0.1)),
        ("IBAN", "IBAN", g.nulls([g.fmt_iban(fks[w].iban(), rng) for w in who], rng, 0.1)),
        ("ects", "NONE", [rng.choice([20, 25, 30, 30, 60]) for _ in range(N)]),
        (
            "remarks",
            "NONE",
            g.nulls(
                [
                    rng.choice(
                        [
                            "LA signed by all parties.",
                            "Changes to LA pending",
                            "Änderung Kursliste genehmigt",
                            "Attestation de présence reçue",
                            "Transcript of records en attente",
                            "Brak uwag",
                        ]
                    )
                    for _ in range(N)
                ],
                rng,
                0.4,
            ),
        ),
        ("c19", "FREE_TEXT_WITH_PII", g.nulls([contact(w) for w in who], rng, 0.3)),
        ("portal_user", "USERNAME", [fks[w].user_name() for w in who]),
        ("religion_optional", "RELIGION", g.nulls([rng.choice(relig) for _ in range(N)], rng, 0.55)),
    ]
    return _t("erasmus_exchange", "mixed", cols)


def all_tables():
    return [
        dockshare(),
        kfo(),
        audio(),
        coworking(),
        marina(),
        volkstuin(),
        otica(),
        taxi(),
        korepetycje(),
        callqa(),
        skischule(),
        erasmus(),
    ]
