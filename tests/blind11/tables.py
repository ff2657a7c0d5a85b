"""blind11: 12 fresh labelled tables (800 rows each) for scoring privet's column classifier.

Written from spec/entities.md only, without reading the scanner. Gold labels follow the spec's rules.
"""

from __future__ import annotations

from . import _gen as g
from ._gen import N, Table


# ------------------------------------------------------------------ 1. en-US: DWH customer dimension
def dwh_dim_customer() -> dict:
    t = Table("dwh_dim_customer", "en", 1101)
    r, f = t.rng, g.faker("en_US", 1101)
    people = []
    for _i in range(N):
        sex = r.choice("MF")
        first = f.first_name_male() if sex == "M" else f.first_name_female()
        last = f.last_name()
        dob = g.rand_date(r, 1938, 2004)
        people.append((sex, first, last, dob))
    t.add("CUST_SK", "NONE", [str(100000 + i * 7 + r.randint(0, 6)) for i in range(N)])
    t.add("CUST_NO", "NONE", [f"C{r.randint(0, 9999999):07d}" for _ in range(N)])
    t.add("FIRST_NM", "PERSON_NAME", g.mess(r, [p[1] for p in people], upper=0.15))
    t.add("LAST_NM", "PERSON_NAME", g.mess(r, [p[2] for p in people], upper=0.15))
    t.add(
        "BIRTH_DT",
        "DATE_OF_BIRTH",
        g.nulls(
            r, [g.fmt_date(r, p[3], ["%m/%d/%Y", "%Y-%m-%d", "%m/%d/%Y", "%d-%b-%Y"]).upper() for p in people], 0.05
        ),
    )
    t.add(
        "TAX_ID",
        "NATIONAL_ID",
        g.nulls(r, [(lambda s: s if r.random() < 0.7 else s.replace("-", ""))(g.us_ssn(r)) for _ in range(N)], 0.12),
    )
    t.add(
        "EMAIL_ADDR",
        "EMAIL",
        g.nulls(
            r,
            g.mess(
                r,
                [
                    g.email_for(
                        r, p[1], p[2], ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "icloud.com"]
                    )
                    for p in people
                ],
                upper=0.05,
            ),
            0.08,
        ),
    )
    phones = []
    for _ in range(N):
        a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
        phones.append(
            r.choice(
                [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}", f"{a}{b}{c:04d}"]
            )
        )
    t.add("HOME_PHN", "PHONE", g.nulls(r, phones, 0.1))
    t.add("ADDR_LN_1", "STREET_ADDRESS", g.mess(r, [f.street_address() for _ in range(N)], upper=0.3))
    t.add(
        "ZIP_CD",
        "POSTAL_CODE",
        [
            f"{r.randint(1001, 99950):05d}" + (f"-{r.randint(0, 9999):04d}" if r.random() < 0.25 else "")
            for _ in range(N)
        ],
    )
    t.add("CNTRY_CD", "COUNTRY", g.pick(r, ["US", "USA", "CA", "MX", "US"], [60, 10, 5, 3, 20]))
    t.add(
        "INCOME_BAND",
        "FINANCIAL",
        g.nulls(r, g.pick(r, ["<25K", "25K-50K", "50K-75K", "75K-100K", "100K-150K", "150K+"]), 0.2),
    )
    t.add("LAST_ORD_AMT", "NONE", [f"{r.uniform(5, 900):.2f}" for _ in range(N)])
    t.add("VOUCHER_NO", "NONE", g.nulls(r, [g.fake_card_no_luhn(r) for _ in range(N)], 0.5))
    t.add("ETL_LOAD_TS", "NONE", [g.rand_ts(r, 2023, 2024).strftime("%Y-%m-%d %H:%M:%S.000") for _ in range(N)])
    t.add("SRC_SYS_CD", "NONE", g.pick(r, ["SFDC", "SAP_ECC", "WEB", "POS"]))
    t.add("ROW_HASH", "NONE", [g.hexhash(r, 32) for _ in range(N)])
    t.add("MKTG_SEG", "NONE", g.pick(r, ["GOLD", "SILVER", "BRONZE", "PLAT", "NEW"]))
    t.add("ACTV_FLG", "NONE", g.pick(r, ["Y", "N"], [85, 15]))
    return t.as_dict()


# ------------------------------------------------------------------ 2. de-DE/AT/CH: ERP vendor master (SAP LFA1)
def erp_vendor_master() -> dict:
    t = Table("erp_vendor_master", "de", 1102)
    r = t.rng
    fks = {c: g.faker(loc, 1102 + i) for i, (c, loc) in enumerate([("DE", "de_DE"), ("AT", "de_AT"), ("CH", "de_CH")])}
    ctry = g.pick(r, ["DE", "AT", "CH"], [60, 25, 15])
    sole = [r.random() < 0.25 for _ in range(N)]
    contacts = [(fks[c].first_name(), fks[c].last_name()) for c in ctry]
    legal = {
        "DE": ["GmbH", "GmbH & Co. KG", "AG", "KG", "e.K."],
        "AT": ["GmbH", "Ges.m.b.H.", "KG", "OG"],
        "CH": ["AG", "GmbH", "SA", "Sàrl"],
    }
    names = []
    for i, c in enumerate(ctry):
        if sole[i]:
            names.append(
                f"{contacts[i][1]} {r.choice(['Elektrotechnik', 'Malerbetrieb', 'Transporte', 'Montagebau', 'IT-Service'])} e.K."
                if c == "DE"
                else f"{contacts[i][1]} {r.choice(['Installationen', 'Holzbau', 'Logistik'])}"
            )
        else:
            names.append(
                f"{fks[c].last_name()} {r.choice(['Industrietechnik', 'Verpackung', 'Logistik', 'Software', 'Metallbau', 'Druck', 'Handels'])} {r.choice(legal[c])}"
            )
    t.add("LIFNR", "NONE", [f"{r.randint(100000, 399999):010d}" for _ in range(N)])
    t.add("KTOKK", "NONE", g.pick(r, ["KRED", "KRED", "EINM", "IC01"]))
    t.add("NAME1", "NONE", names)
    t.add("SORTL", "NONE", [g.deaccent(n).upper().replace(" ", "")[:10] for n in names])
    t.add("ORT01", "NONE", [fks[c].city() for c in ctry])
    t.add("LAND1", "NONE", ctry)
    t.add(
        "TELF1",
        "NONE",
        [
            {
                "DE": lambda: f"+49 {r.choice(['30', '89', '40', '221', '711', '6221'])} {r.randint(100, 9999)}-0",
                "AT": lambda: f"+43 {r.choice(['1', '316', '732', '662'])} {r.randint(20000, 999999)}-0",
                "CH": lambda: f"+41 {r.choice(['44', '31', '61', '41'])} {r.randint(200, 999)} {r.randint(10, 99)} 00",
            }[c]()
            for c in ctry
        ],
    )
    t.add(
        "STCEG",
        "NONE",
        g.nulls(
            r,
            [
                {
                    "DE": lambda: f"DE{r.randint(100000000, 999999999)}",
                    "AT": lambda: f"ATU{r.randint(10000000, 99999999)}",
                    "CH": lambda: f"CHE-{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)} MWST",
                }[c]()
                for c in ctry
            ],
            0.1,
        ),
    )
    t.add(
        "ANSPRECHP",
        "PERSON_NAME",
        g.nulls(r, [r.choice([f"{a} {b}", f"{b}, {a}", f"{r.choice(['Hr.', 'Fr.'])} {b}"]) for a, b in contacts], 0.1),
    )
    t.add(
        "AP_EMAIL",
        "EMAIL",
        g.nulls(
            r,
            [
                g.email_for(r, a, b, [f"{g.deaccent(n.split()[0]).lower()}.{c.lower()}"])
                for (a, b), n, c in zip(contacts, names, ctry, strict=True)
            ],
            0.15,
        ),
    )
    mob = []
    for c in ctry:
        if c == "DE":
            mob.append(
                r.choice(
                    [
                        f"0{r.choice(['151', '160', '170', '176'])} {r.randint(1000000, 99999999)}",
                        f"+49 {r.choice(['152', '171', '175'])} {r.randint(1000000, 9999999)}",
                    ]
                )
            )
        elif c == "AT":
            mob.append(
                r.choice(
                    [
                        f"0{r.choice(['664', '676', '699', '650'])} {r.randint(100000, 9999999)}",
                        f"+43 664 {r.randint(1000000, 9999999)}",
                    ]
                )
            )
        else:
            mob.append(
                r.choice(
                    [
                        f"07{r.choice('6789')} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                        f"+41 7{r.choice('6789')} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    ]
                )
            )
    t.add("AP_MOBIL", "PHONE", g.nulls(r, mob, 0.2))
    t.add(
        "IBAN",
        "IBAN",
        g.nulls(r, [(lambda s: g.group_iban(s) if r.random() < 0.4 else s)(fks[c].iban()) for c in ctry], 0.05),
    )
    t.add(
        "SWIFT",
        "NONE",
        g.pick(
            r,
            [
                "COBADEFFXXX",
                "DEUTDEFF",
                "BYLADEM1001",
                "GIBAATWWXXX",
                "BKAUATWW",
                "UBSWCHZH80A",
                "RAIFCH22",
                "SOLADEST600",
            ],
        ),
    )
    t.add("ZTERM", "NONE", g.pick(r, ["ZB01", "ZB14", "Z030", "Z060", "NT30"]))
    t.add("ERDAT", "NONE", [g.rand_date(r, 2008, 2024).strftime(r.choice(["%d.%m.%Y", "%Y%m%d"])) for _ in range(N)])
    t.add("SPERR", "NONE", [r.choice(["X", "", "", "", ""]) or None for _ in range(N)])
    t.add("GBDAT_INH", "DATE_OF_BIRTH", [g.rand_date(r, 1950, 1995).strftime("%d.%m.%Y") if s else None for s in sole])
    t.add(
        "STEUER_ID_INH",
        "NATIONAL_ID",
        [g.de_steuerid(r) if s and c == "DE" else None for s, c in zip(sole, ctry, strict=True)],
    )
    notes = [
        "Rahmenvertrag Verpackungsmaterial bis 31.12.2025",
        "Zahlung nur nach Wareneingangsprüfung",
        "Skonto 2% bei Zahlung binnen 10 Tagen",
        "Lieferant gesperrt wegen fehlender Zertifikate",
        "ISO 9001 Zertifikat liegt vor",
        "Preisliste 2024 hinterlegt",
        "Mindestbestellwert 250 EUR",
        "Neuer Lieferant – Erstbestellung prüfen",
    ]
    t.add("BEMERKUNG", "NONE", g.nulls(r, g.pick(r, notes), 0.4))
    return t.as_dict()


# ------------------------------------------------------------------ 3. fr-FR/BE/CH: HR absence report
def hr_absences() -> dict:
    t = Table("rh_absences_export", "fr", 1103)
    r, f = t.rng, g.faker("fr_FR", 1103)
    people = []
    for _ in range(N):
        sex = r.choice("MF")
        first = f.first_name_male() if sex == "M" else f.first_name_female()
        people.append((sex, first, f.last_name(), g.rand_date(r, 1960, 2002)))
    t.add("MATRICULE", "NONE", [f"{r.randint(10000, 99999)}" for _ in range(N)])
    t.add("NOM", "PERSON_NAME", [p[2].upper() for p in people])
    t.add("PRENOM", "PERSON_NAME", g.mess(r, [p[1] for p in people]))
    t.add(
        "NIR",
        "NATIONAL_ID",
        g.nulls(
            r,
            [
                (
                    lambda s: (
                        s if r.random() < 0.6 else f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"
                    )
                )(g.fr_nir_for(r, p[0], p[3]))
                for p in people
            ],
            0.05,
        ),
    )
    t.add("DT_NAISS", "DATE_OF_BIRTH", [p[3].strftime("%d/%m/%Y") for p in people])
    t.add(
        "SEXE",
        "GENDER",
        [
            r.choice([{"M": "H", "F": "F"}[p[0]], {"M": "Homme", "F": "Femme"}[p[0]]]) if r.random() < 0.97 else None
            for p in people
        ],
    )
    t.add(
        "LIBELLE_POSTE",
        "OCCUPATION",
        g.mess(
            r,
            g.pick(
                r,
                [
                    "Comptable",
                    "Assistante de direction",
                    "Technicien de maintenance",
                    "Chargé de recrutement",
                    "Développeur",
                    "Magasinier",
                    "Commercial sédentaire",
                    "Juriste",
                    "Contrôleur de gestion",
                    "Infirmière du travail",
                    "Chef de projet",
                    "Agent d'accueil",
                ],
            ),
            upper=0.3,
        ),
    )
    t.add("SERVICE", "NONE", g.pick(r, ["DRH", "COMPTA", "DSI", "LOG", "VENTES", "JUR", "PROD"]))
    t.add("SITE", "NONE", g.pick(r, ["Lyon Part-Dieu", "Paris La Défense", "Bruxelles", "Genève", "Lille", "Nantes"]))
    starts = [g.rand_date(r, 2023, 2024) for _ in range(N)]
    t.add("DATE_DEBUT", "NONE", [d.strftime("%d/%m/%Y") for d in starts])
    nbj = [r.choice([1, 1, 2, 3, 5, 7, 10, 14, 21, 30]) for _ in range(N)]
    t.add(
        "DATE_FIN",
        "NONE",
        [g.dt.date.fromordinal(d.toordinal() + n - 1).strftime("%d/%m/%Y") for d, n in zip(starts, nbj, strict=True)],
    )
    t.add("NB_JOURS", "NONE", [str(n) for n in nbj])
    t.add("ID_DEMANDE", "NONE", [g.uuid4(r) for _ in range(N)])
    t.add("HEURES_SUP", "NONE", [f"{r.choice([0, 0, 0, 1.5, 2, 3.5, 7])}".replace(".", ",") for _ in range(N)])
    t.add("RQTH", "HEALTH", g.pick(r, ["Non", "Oui", "Non", "Non", "Non", "En cours"]))
    t.add("SALAIRE_BRUT_MENS", "FINANCIAL", [f"{r.uniform(1750, 6800):.2f}".replace(".", ",") for _ in range(N)])
    t.add(
        "SYNDICAT", "TRADE_UNION", g.nulls(r, g.pick(r, ["CGT", "CFDT", "FO", "CFE-CGC", "UNSA", "CFTC", "SUD"]), 0.6)
    )
    comments = []
    for p in people:
        k = r.randint(0, 5)
        tel = f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        if k == 0:
            comments.append(f"Arrêt prolongé, {('M.' if p[0] == 'M' else 'Mme')} {p[2].title()} joignable au {tel}")
        elif k == 1:
            comments.append(
                f"Certificat transmis par {p[1]} {p[2].title()} le {g.rand_date(r, 2024, 2024).strftime('%d/%m')}"
            )
        elif k == 2:
            comments.append(
                f"Visite de reprise à planifier, contacter {g.deaccent(p[1]).lower()}.{g.deaccent(p[2]).lower()}@gmail.com"
            )
        elif k == 3:
            comments.append(f"Conjoint ({f.first_name()} {p[2].title()}) a prévenu par téléphone au {tel}")
        elif k == 4:
            comments.append("RAS")
        else:
            comments.append(None)
    t.add("COMMENTAIRE_RH", "FREE_TEXT_WITH_PII", comments)
    return t.as_dict()


# ------------------------------------------------------------------ 4. es-ES: insurance policy extract
def insurance_policies() -> dict:
    t = Table("polizas_extract", "es", 1104)
    r, f = t.rng, g.faker("es_ES", 1104)
    people = []
    for _ in range(N):
        sex = r.choice("HM")
        first = f.first_name_male() if sex == "H" else f.first_name_female()
        people.append((sex, first, f.last_name(), f.last_name(), g.rand_date(r, 1940, 2005)))
    t.add(
        "NUM_POLIZA",
        "NONE",
        [f"{r.choice(['AU', 'HG', 'VD', 'SL'])}-{r.randint(2015, 2024)}-{r.randint(0, 999999):06d}" for _ in range(N)],
    )
    t.add("COD_PROD", "NONE", g.pick(r, ["AUTO_TR", "AUTO_3A", "HOGAR_PLUS", "VIDA_RIESGO", "SALUD_BAS"]))
    t.add(
        "TOMADOR",
        "PERSON_NAME",
        g.mess(r, [r.choice([f"{p[1]} {p[2]} {p[3]}", f"{p[2]} {p[3]}, {p[1]}"]) for p in people], upper=0.35),
    )
    t.add(
        "NIF_NIE",
        "NATIONAL_ID",
        g.mess(r, [g.es_dni_num(r) if r.random() < 0.85 else g.es_nie_num(r) for _ in range(N)], lower=0.05),
    )
    t.add("F_NACIM", "DATE_OF_BIRTH", [g.fmt_date(r, p[4], ["%d/%m/%Y", "%d-%m-%Y", "%Y%m%d"]) for p in people])
    t.add("EDAD_ACT", "AGE", [str(g.age_at(p[4])) for p in people])
    t.add("PROFESION", "OCCUPATION", g.nulls(r, [f.job() for _ in range(N)], 0.15))
    t.add("DOMICILIO", "STREET_ADDRESS", g.mess(r, [f.street_address() for _ in range(N)], upper=0.4))
    t.add(
        "CP",
        "POSTAL_CODE",
        [f"{r.choice([1, 3, 8, 28, 28, 29, 41, 46, 48, 50]) * 1000 + r.randint(1, 999):05d}" for _ in range(N)],
    )
    t.add(
        "TEL_MOVIL",
        "PHONE",
        g.nulls(
            r,
            [
                r.choice(
                    [
                        f"6{r.randint(0, 99999999):08d}",
                        f"+34 6{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                        f"7{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    ]
                )
                for _ in range(N)
            ],
            0.07,
        ),
    )
    plates = []
    for _ in range(N):
        letters = "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
        plates.append(
            r.choice(
                [
                    f"{r.randint(0, 9999):04d} {letters}",
                    f"{r.randint(0, 9999):04d}{letters}",
                    f"{r.choice(['M', 'B', 'V', 'SE'])}-{r.randint(1000, 9999)}-{letters[:2]}",
                ]
            )
        )
    t.add("MATRICULA", "LICENSE_PLATE", g.nulls(r, plates, 0.3))
    t.add("PRIMA_ANUAL", "NONE", [f"{r.uniform(90, 1900):.2f}".replace(".", ",") for _ in range(N)])
    t.add("F_EFECTO", "NONE", [g.rand_date(r, 2020, 2024).strftime("%d/%m/%Y") for _ in range(N)])
    fk2 = g.faker("es_ES", 11049)
    ibans = [(lambda s: g.group_iban(s) if r.random() < 0.5 else s)(fk2.iban()) for _ in range(N)]
    t.add("IBAN_DOMIC", "IBAN", g.nulls(r, ibans, 0.05))
    t.add("COD_MEDIADOR", "NONE", [f"MED{r.randint(100, 999)}" for _ in range(N)])
    t.add(
        "NUM_SINIESTRO",
        "NONE",
        g.nulls(r, [f"SIN{r.randint(2019, 2024)}{r.randint(0, 9999999):07d}" for _ in range(N)], 0.7),
    )
    t.add(
        "OBSERVACIONES",
        "NONE",
        g.nulls(
            r,
            g.pick(
                r,
                [
                    "Renovación automática",
                    "Pendiente de documentación",
                    "Cambio de forma de pago a mensual",
                    "Bonificación por no siniestralidad 15%",
                    "Recibo devuelto, segundo intento",
                    "Póliza migrada del sistema antiguo",
                ],
            ),
            0.45,
        ),
    )
    return t.as_dict()


# ------------------------------------------------------------------ 5. it: hospital discharge summaries (SDO)
def hospital_discharges() -> dict:
    t = Table("sdo_dimissioni", "it", 1105)
    r, f = t.rng, g.faker("it_IT", 1105)
    people = []
    for _ in range(N):
        sex = r.choice("MF")
        first = f.first_name_male() if sex == "M" else f.first_name_female()
        people.append((sex, first, f.last_name(), g.rand_date(r, 1930, 2010)))
    dx = [
        ("I21.4", "Infarto miocardico acuto NSTEMI"),
        ("I50.9", "Scompenso cardiaco"),
        ("J18.9", "Polmonite non specificata"),
        ("S72.0", "Frattura del collo del femore"),
        ("K35.8", "Appendicite acuta"),
        ("E11.9", "Diabete mellito tipo 2"),
        ("N39.0", "Infezione delle vie urinarie"),
        ("C34.1", "Neoplasia maligna lobo superiore polmone"),
        ("I63.9", "Ictus ischemico"),
        ("J44.1", "BPCO riacutizzata"),
        ("O80", "Parto spontaneo"),
        ("K80.2", "Colelitiasi"),
    ]
    dxs = [r.choice(dx) for _ in range(N)]
    t.add("ID_RECORD", "NONE", [g.uuid4(r) for _ in range(N)])
    t.add(
        "N_CARTELLA",
        "MEDICAL_RECORD_NUMBER",
        [
            r.choice([f"{r.randint(2015, 2024)}/{r.randint(1, 99999):05d}", f"PZ{r.randint(0, 99999999):08d}"])
            for _ in range(N)
        ],
    )
    t.add("COGNOME", "PERSON_NAME", g.mess(r, [p[2] for p in people], upper=0.5))
    t.add("COD_FISC", "NATIONAL_ID", g.nulls(r, [f.ssn() for _ in range(N)], 0.03))
    t.add(
        "DT_NASCITA", "DATE_OF_BIRTH", [p[3].strftime(r.choice(["%d/%m/%Y", "%d/%m/%Y", "%Y-%m-%d"])) for p in people]
    )
    t.add(
        "COMUNE_NASC",
        "CITY",
        g.mess(
            r,
            [
                r.choice([f.city(), "Roma", "Milano", "Napoli", "Torino", "Bari", "Palermo", "Catania", "Bergamo"])
                for _ in range(N)
            ],
            upper=0.6,
        ),
    )
    adm = [g.rand_date(r, 2023, 2024) for _ in range(N)]
    t.add("DT_RICOVERO", "NONE", [d.strftime("%d/%m/%Y") for d in adm])
    t.add(
        "DT_DIMISSIONE",
        "NONE",
        [g.dt.date.fromordinal(d.toordinal() + r.randint(1, 25)).strftime("%d/%m/%Y") for d in adm],
    )
    t.add("DIAG_PRINC", "HEALTH", [d[0] for d in dxs])
    t.add(
        "TERAPIA_DIM",
        "HEALTH",
        g.nulls(
            r,
            [
                r.choice(
                    [
                        "Ramipril 5 mg 1 cp/die",
                        "Bisoprololo 2,5 mg",
                        "Metformina 850 mg x2",
                        "Apixaban 5 mg bid",
                        "Amoxicillina/ac. clav. 1 g x3 per 7 gg",
                        "Furosemide 25 mg",
                        "Atorvastatina 40 mg la sera",
                        "Paracetamolo al bisogno",
                    ]
                )
                for _ in range(N)
            ],
            0.1,
        ),
    )
    t.add("BMI", "HEALTH", g.nulls(r, [f"{r.uniform(17, 41):.1f}".replace(".", ",") for _ in range(N)], 0.2))
    t.add("FUMO", "HEALTH", g.nulls(r, g.pick(r, ["Sì", "No", "Ex fumatore", "No"]), 0.15))
    t.add(
        "MEDICO_DIM",
        "PERSON_NAME",
        [
            f"Dr. {f.last_name()} {f.first_name()[0]}."
            if r.random() < 0.5
            else f"{f.last_name().upper()} {f.first_name().upper()}"
            for _ in range(N)
        ],
    )
    t.add("COD_REPARTO", "NONE", g.pick(r, ["0801", "3601", "2601", "0901", "3701", "4301"]))
    t.add("ID_EPISODIO", "NONE", [f"{r.randint(2023, 2024)}{r.randint(0, 9999999):07d}" for _ in range(N)])
    notes = []
    for p in people:
        k = r.randint(0, 4)
        if k == 0:
            notes.append(
                f"Paziente {p[1]} {p[2]} dimesso in buone condizioni generali, controllo ambulatoriale tra 30 giorni."
            )
        elif k == 1:
            notes.append(
                f"Si informa la figlia {f.first_name_female()} {p[2]} (tel. 3{r.randint(20, 49)} {r.randint(1000000, 9999999)}) del trasferimento."
            )
        elif k == 2:
            notes.append(f"Dimissione a domicilio in {f.street_address()}, {f.city()}. Assistenza ADI attivata.")
        elif k == 3:
            notes.append(
                f"Sig.{'' if p[0] == 'M' else 'ra'} {p[2]}, nato/a il {p[3].strftime('%d/%m/%Y')}, rifiuta il ricovero in RSA."
            )
        else:
            notes.append("Dimissione ordinaria, nessuna complicanza.")
    t.add("NOTE_DIM", "FREE_TEXT_WITH_PII", notes)
    return t.as_dict()


# ------------------------------------------------------------------ 6. nl-NL/BE: university alumni database
def alumni() -> dict:
    t = Table("alumni_relaties", "nl", 1106)
    r = t.rng
    fnl, fbe = g.faker("nl_NL", 1106), g.faker("nl_BE", 1106)
    be = [r.random() < 0.3 for _ in range(N)]
    people = []
    for b in be:
        fk = fbe if b else fnl
        sex = r.choice("MV")
        first = fk.first_name_male() if sex == "M" else fk.first_name_female()
        last = fk.last_name()
        tv = None
        for pre in ("van der ", "van den ", "van de ", "de ", "van ", "ter ", "den "):
            if last.lower().startswith(pre) and not b:
                tv, last = pre.strip(), last[len(pre) :]
                break
        if tv is None and not b and r.random() < 0.2:
            tv = r.choice(["van", "de", "van der", "van den"])
        people.append((sex, first, tv, last, g.rand_date(r, 1950, 2001), b))
    t.add("studentnr", "NONE", [f"{r.randint(1000000, 4999999)}" for _ in range(N)])
    t.add("voornaam", "PERSON_NAME", [p[1] for p in people])
    t.add("tussenvoegsel", "PERSON_NAME", [p[2] for p in people])
    t.add("achternaam", "PERSON_NAME", g.mess(r, [p[3] for p in people]))
    t.add(
        "geb_datum",
        "DATE_OF_BIRTH",
        [p[4].strftime(r.choice(["%d-%m-%Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"])) for p in people],
    )
    t.add("bsn_rrn", "NATIONAL_ID", g.nulls(r, [(fbe.ssn() if p[5] else fnl.ssn()) for p in people], 0.25))
    t.add(
        "opleiding",
        "EDUCATION",
        g.pick(
            r,
            [
                "MSc Bedrijfskunde",
                "BSc Psychologie",
                "LLM Internationaal Recht",
                "MSc Informatica",
                "BA Geschiedenis",
                "MA Taalwetenschap",
                "Master Geneeskunde",
                "BSc Econometrie",
                "PhD Natuurkunde",
            ],
        ),
    )
    t.add("afstudeerjaar", "NONE", [str(max(p[4].year + r.randint(21, 28), 1975)) for p in people])
    t.add(
        "email_prive",
        "EMAIL",
        g.nulls(
            r,
            [
                g.email_for(
                    r,
                    p[1],
                    (p[2] or "") + p[3],
                    ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "telenet.be", "outlook.com", "skynet.be"],
                )
                for p in people
            ],
            0.1,
        ),
    )
    t.add("straat_huisnr", "STREET_ADDRESS", [fbe.street_address() if p[5] else fnl.street_address() for p in people])
    t.add(
        "postcode",
        "POSTAL_CODE",
        [
            f"{r.randint(1000, 9999)}"
            if p[5]
            else r.choice(
                [
                    f"{r.randint(1000, 9999)} {r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}",
                    f"{r.randint(1000, 9999)}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}{r.choice('ABCDEGHJKLMNPRSTVWXZ')}",
                ]
            )
            for p in people
        ],
    )
    t.add(
        "werkgever",
        "NONE",
        g.nulls(
            r,
            [
                r.choice(
                    [
                        fnl.company(),
                        "Philips",
                        "ING Bank",
                        "KPMG",
                        "Rabobank",
                        "Universiteit Utrecht",
                        "ASML",
                        "Proximus",
                        "KBC Groep",
                    ]
                )
                for _ in range(N)
            ],
            0.2,
        ),
    )
    t.add(
        "functie",
        "OCCUPATION",
        g.nulls(
            r,
            g.pick(
                r,
                [
                    "Beleidsmedewerker",
                    "Advocaat",
                    "Software engineer",
                    "Huisarts",
                    "Docent",
                    "Accountmanager",
                    "Controller",
                    "Onderzoeker",
                    "Notaris",
                    "Projectleider",
                    "Consultant",
                ],
            ),
            0.2,
        ),
    )
    t.add(
        "linkedin",
        "URL",
        g.nulls(
            r,
            [
                f"https://www.linkedin.com/in/{g.deaccent(p[1]).lower()}-{g.deaccent(p[3]).lower().replace(' ', '')}-{g.hexhash(r, 6)}"
                for p in people
            ],
            0.45,
        ),
    )
    t.add(
        "donatie_totaal",
        "NONE",
        g.nulls(r, [f"{r.choice([25, 50, 50, 100, 250, 500, 1000])},00" for _ in range(N)], 0.5),
    )
    t.add("optin_nb", "NONE", g.pick(r, ["J", "N"]))
    t.add("fac", "NONE", g.pick(r, ["REC", "FEB", "FSW", "FNWI", "FGW", "FdG"]))
    t.add("campagne", "NONE", g.nulls(r, g.pick(r, ["LUSTRUM25", "EINDEJAAR23", "BEURS-FONDS", "REUNIE-FEB"]), 0.3))
    return t.as_dict()


# ------------------------------------------------------------------ 7. es-AR/CO: telecom prepaid top-up log
def prepaid_topups() -> dict:
    t = Table("recargas_prepago_log", "es", 1107)
    r = t.rng
    far, fco = g.faker("es_AR", 1107), g.faker("es_CO", 1107)
    ar = [r.random() < 0.55 for _ in range(N)]
    chan = g.pick(r, ["APP", "WEB", "POS", "USSD", "POS"])
    t.add("id_trx", "NONE", [str(9100000000 + i * 13 + r.randint(0, 12)) for i in range(N)])
    t.add(
        "fh_recarga",
        "NONE",
        [g.rand_ts(r, 2024, 2024).strftime(r.choice(["%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M"])) for _ in range(N)],
    )
    t.add(
        "msisdn",
        "PHONE",
        [
            f"549{r.choice(['11', '351', '341', '261'])}{r.randint(1000000, 9999999)}"
            if a
            else f"57{r.choice(['300', '310', '311', '315', '320'])}{r.randint(1000000, 9999999)}"
            for a in ar
        ],
    )
    t.add("imei_equipo", "DEVICE_ID", g.nulls(r, [g.imei(r) for _ in range(N)], 0.08))
    t.add("tipo_doc", "NONE", ["DNI" if a else r.choice(["CC", "CC", "CE", "TI"]) for a in ar])
    t.add(
        "nro_doc",
        "NATIONAL_ID",
        [
            (lambda d: f"{int(d):,}".replace(",", ".") if r.random() < 0.3 else d)(g.ar_dni(r) if a else g.co_cedula(r))
            for a in ar
        ],
    )
    t.add("titular", "PERSON_NAME", g.mess(r, [(far if a else fco).name() for a in ar], upper=0.5))
    t.add(
        "monto",
        "NONE",
        [
            str(r.choice([500, 1000, 1500, 2000, 5000])) if a else str(r.choice([2000, 5000, 10000, 20000, 50000]))
            for a in ar
        ],
    )
    t.add("moneda", "NONE", ["ARS" if a else "COP" for a in ar])
    t.add("canal", "NONE", chan)
    t.add("pdv_id", "NONE", [f"PDV{r.randint(1000, 99999)}" if c == "POS" else None for c in chan])
    pdv_city = {
        True: ["Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata"],
        False: ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena"],
    }
    t.add("ciudad_pdv", "NONE", [r.choice(pdv_city[a]) if c == "POS" else None for a, c in zip(ar, chan, strict=True)])
    t.add(
        "lat_pdv",
        "NONE",
        [
            f"{(-34.6 if a else 4.65) + r.uniform(-0.15, 0.15):.5f}" if c == "POS" else None
            for a, c in zip(ar, chan, strict=True)
        ],
    )
    t.add(
        "lon_pdv",
        "NONE",
        [
            f"{(-58.4 if a else -74.08) + r.uniform(-0.15, 0.15):.5f}" if c == "POS" else None
            for a, c in zip(ar, chan, strict=True)
        ],
    )
    t.add(
        "ip_cliente",
        "IP_ADDRESS",
        [(g.ipv4_public(r) if r.random() < 0.85 else g.ipv6(r)) if c in ("APP", "WEB") else None for c in chan],
    )
    t.add(
        "app_ver",
        "NONE",
        [
            f"{r.randint(3, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(100, 250)}" if c == "APP" else None
            for c in chan
        ],
    )
    t.add("cod_plan", "NONE", g.pick(r, ["PP_LIBRE", "PP_SUPER", "PP_NAV_7D", "PP_NAV_30D"]))
    t.add("estado", "NONE", g.pick(r, ["APROBADA", "APROBADA", "APROBADA", "RECHAZADA", "REVERSADA"]))
    t.add("cod_aut", "NONE", [f"{r.randint(0, 999999):06d}" for _ in range(N)])
    t.add("hash_trx", "NONE", [g.hexhash(r, 64) for _ in range(N)])
    return t.as_dict()


# ------------------------------------------------------------------ 8. pt-PT/BR: e-commerce returns
def ecommerce_returns() -> dict:
    t = Table("devolucoes_loja_online", "pt", 1108)
    r = t.rng
    fpt, fbr = g.faker("pt_PT", 1108), g.faker("pt_BR", 1108)
    br = [r.random() < 0.6 for _ in range(N)]
    people = [((fbr if b else fpt).first_name(), (fbr if b else fpt).last_name(), b) for b in br]
    t.add("id_devolucao", "NONE", [f"RMA-{r.randint(0, 999999):06d}" for _ in range(N)])
    t.add("num_pedido", "NONE", [f"{r.randint(10**9, 10**10 - 1)}-{r.randint(1, 9):02d}" for _ in range(N)])
    t.add(
        "sku",
        "NONE",
        [
            f"{r.choice(['TS', 'CAL', 'VES', 'ELE', 'CASA'])}-{r.randint(1000, 9999)}-{r.choice(['P', 'M', 'G', 'GG', '38', '40', '42'])}"
            for _ in range(N)
        ],
    )
    t.add("ean", "NONE", [g.ean13(r, r.choice(["789", "560"])) for _ in range(N)])
    t.add("product_uuid", "NONE", [g.uuid4(r) for _ in range(N)])
    t.add("nome_cliente", "PERSON_NAME", g.mess(r, [f"{a} {b}" for a, b, _ in people], upper=0.2))
    t.add(
        "cpf_nif",
        "NATIONAL_ID",
        [
            (fbr.cpf() if r.random() < 0.7 else fbr.cpf().replace(".", "").replace("-", "")) if b else g.pt_nif_num(r)
            for _, _, b in people
        ],
    )
    t.add(
        "email",
        "EMAIL",
        g.mess(
            r,
            [
                g.email_for(r, a, b, ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "sapo.pt", "outlook.pt"])
                for a, b, _ in people
            ],
            lower=0.1,
        ),
    )
    t.add(
        "telemovel",
        "PHONE",
        g.nulls(
            r,
            [
                r.choice(
                    [
                        f"({r.choice(['11', '21', '31', '51', '61'])}) 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                        f"+55 {r.choice(['11', '21', '41'])} 9{r.randint(10000000, 99999999)}",
                    ]
                )
                if b
                else r.choice(
                    [
                        f"9{r.choice('1236')}{r.randint(1000000, 9999999)}",
                        f"+351 9{r.choice('1236')}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(100, 999)}",
                    ]
                )
                for _, _, b in people
            ],
            0.05,
        ),
    )
    t.add("morada_recolha", "STREET_ADDRESS", [(fbr if b else fpt).street_address() for _, _, b in people])
    t.add(
        "cod_postal",
        "POSTAL_CODE",
        [
            f"{r.randint(1000, 99999):05d}-{r.randint(0, 999):03d}"
            if b
            else f"{r.randint(1000, 9999)}-{r.randint(0, 999):03d}"
            for _, _, b in people
        ],
    )
    t.add("localidade", "CITY", g.mess(r, [(fbr if b else fpt).city() for _, _, b in people], upper=0.15))
    t.add("motivo_cod", "NONE", g.pick(r, ["TAM", "DEF", "ARR", "ATR", "DIF"]))
    t.add(
        "comentario",
        "NONE",
        g.nulls(
            r,
            g.pick(
                r,
                [
                    "O produto chegou danificado, embalagem rasgada.",
                    "Tamanho muito pequeno, quero trocar por um maior.",
                    "Cor diferente da foto do site.",
                    "Chegou depois do prazo prometido.",
                    "Não gostei do tecido.",
                    "Produto com defeito no zíper.",
                    "Veio o modelo errado.",
                ],
            ),
            0.3,
        ),
    )
    obs = []
    for a, b, isbr in people:
        k = r.randint(0, 4)
        tel = (
            f"({r.choice(['11', '21'])}) 9{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
            if isbr
            else f"9{r.choice('126')}{r.randint(1000000, 9999999)}"
        )
        if k == 0:
            obs.append(f"Cliente {a} {b} ligou do {tel} a pedir o reembolso.")
        elif k == 1:
            obs.append(f"Recolha reagendada; falar com {a} no número {tel}.")
        elif k == 2:
            obs.append(
                f"Reembolso via PIX para chave {g.deaccent(a).lower()}.{g.deaccent(b).lower()}@gmail.com"
                if isbr
                else f"Reembolso por transferência para {g.group_iban(fpt.iban())}"
            )
        elif k == 3:
            obs.append("Estorno aprovado pelo supervisor.")
        else:
            obs.append(None)
    t.add("obs_atendimento", "FREE_TEXT_WITH_PII", obs)
    t.add(
        "cartao_masc",
        "NONE",
        [
            f"**** **** **** {r.randint(0, 9999):04d}"
            if r.random() < 0.6
            else f"{r.choice(['4', '5'])}{r.randint(10000, 99999)}******{r.randint(0, 9999):04d}"
            for _ in range(N)
        ],
    )
    t.add("valor_reembolso", "NONE", [f"{r.uniform(9.9, 899):.2f}".replace(".", ",") for _ in range(N)])
    t.add("dt_pedido", "NONE", [g.rand_date(r, 2024, 2024).strftime("%d/%m/%Y") for _ in range(N)])
    t.add("transportadora", "NONE", g.pick(r, ["CTT", "Correios", "Jadlog", "DPD", "Loggi"]))
    t.add(
        "cod_rastreio",
        "NONE",
        [
            f"{r.choice(['LB', 'OJ', 'QB', 'RR'])}{r.randint(100000000, 999999999)}{r.choice(['BR', 'PT'])}"
            for _ in range(N)
        ],
    )
    return t.as_dict()


# ------------------------------------------------------------------ 9. pl: bank loan-arrears list
def loan_arrears() -> dict:
    t = Table("zaleglosci_kredytowe", "pl", 1109)
    r, f = t.rng, g.faker("pl_PL", 1109)
    people = []
    for _ in range(N):
        sex = r.choice("MK")
        first = f.first_name_male() if sex == "M" else f.first_name_female()
        last = f.last_name_male() if sex == "M" else f.last_name_female()
        people.append((sex, first, last))
    t.add("NR_UMOWY", "NONE", [f"KRE/{r.randint(2016, 2023)}/{r.randint(0, 999999):06d}" for _ in range(N)])
    t.add("ID_KLIENTA", "NONE", [str(r.randint(10**7, 10**8 - 1)) for _ in range(N)])
    t.add("IMIE", "PERSON_NAME", g.mess(r, [p[1] for p in people], upper=0.4))
    t.add("NAZWISKO", "PERSON_NAME", g.mess(r, [p[2] for p in people], upper=0.4))
    pesels = [f.pesel() for _ in range(N)]
    t.add("PESEL", "NATIONAL_ID", pesels)
    t.add("NR_DOWODU", "NATIONAL_ID", g.nulls(r, [f.identity_card_number() for _ in range(N)], 0.15))
    dob = []
    for p in pesels:
        yy, mm, dd = int(p[:2]), int(p[2:4]), int(p[4:6])
        year = (2000 if mm > 20 else 1900) + yy
        dob.append(f"{dd:02d}.{mm % 20:02d}.{year}" if r.random() < 0.7 else f"{year}-{mm % 20:02d}-{dd:02d}")
    t.add("DATA_UR", "DATE_OF_BIRTH", dob)
    t.add(
        "STAN_CYWILNY",
        "MARITAL_STATUS",
        g.nulls(
            r,
            g.pick(
                r,
                ["kawaler/panna", "żonaty/zamężna", "rozwiedziony/a", "wdowiec/wdowa", "separacja"],
                [30, 45, 15, 6, 4],
            ),
            0.1,
        ),
    )
    t.add(
        "WYKSZTALCENIE",
        "EDUCATION",
        g.nulls(
            r,
            g.pick(r, ["podstawowe", "zasadnicze zawodowe", "średnie", "policealne", "wyższe", "wyższe magisterskie"]),
            0.1,
        ),
    )
    t.add(
        "DOCHOD_MIES_NETTO",
        "FINANCIAL",
        g.nulls(r, [f"{r.uniform(2800, 14000):.2f}".replace(".", ",") for _ in range(N)], 0.1),
    )
    t.add("KWOTA_ZALEGLOSCI", "FINANCIAL", [f"{r.uniform(150, 48000):.2f}".replace(".", ",") for _ in range(N)])
    t.add("NR_RACHUNKU", "IBAN", [(lambda s: g.group_iban(s) if r.random() < 0.6 else s)(f.iban()) for _ in range(N)])
    t.add(
        "TELEFON",
        "PHONE",
        g.nulls(
            r,
            [
                r.choice(
                    [
                        f"+48 {r.choice('567')}{r.randint(0, 99):02d} {r.randint(100, 999)} {r.randint(100, 999)}",
                        f"{r.choice('567')}{r.randint(0, 99):02d}-{r.randint(100, 999)}-{r.randint(100, 999)}",
                        f"{r.choice('567')}{r.randint(10000000, 99999999)}",
                    ]
                )
                for _ in range(N)
            ],
            0.06,
        ),
    )
    t.add(
        "ADRES",
        "STREET_ADDRESS",
        g.mess(
            r,
            [
                f.street_address()
                if r.random() < 0.6
                else f"ul. {f.street_name()} {r.randint(1, 120)}/{r.randint(1, 60)}"
                for _ in range(N)
            ],
        ),
    )
    t.add(
        "ODDZIAL",
        "NONE",
        g.pick(r, ["O/Kraków 2", "O/Warszawa Centrum", "O/Poznań", "O/Gdańsk Wrzeszcz", "O/Wrocław 1", "O/Łódź"]),
    )
    t.add(
        "TEL_ODDZIALU",
        "NONE",
        g.pick(
            r,
            [
                "+48 12 619 33 00",
                "+48 22 521 40 00",
                "+48 61 855 20 00",
                "+48 58 340 11 00",
                "+48 71 370 90 00",
                "+48 42 636 10 00",
            ],
        ),
    )
    t.add("DATA_WYMAG", "NONE", [g.rand_date(r, 2023, 2024).strftime("%Y-%m-%d") for _ in range(N)])
    t.add("STATUS_WIND", "NONE", g.pick(r, ["W1", "W2", "W3", "SAD", "KOMORNIK", "UGODA"]))
    t.add("NIP_PRACODAWCY", "NONE", g.nulls(r, [g.pl_nip(r) for _ in range(N)], 0.25))
    notes = []
    for p in people:
        k = r.randint(0, 4)
        if k == 0:
            notes.append(
                f"Klient obiecał wpłatę do {r.randint(1, 28)}.0{r.randint(1, 9)}, kontakt z żoną {f.first_name_female()} pod nr {r.choice('5678')}{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"
            )
        elif k == 1:
            notes.append(f"Rozmowa z {p[1]} {p[2]}, deklaruje utratę pracy.")
        elif k == 2:
            notes.append(
                f"Wysłano wezwanie na adres ul. {f.street_name()} {r.randint(1, 99)}, {f.postcode()} {f.city()}"
            )
        elif k == 3:
            notes.append("Brak kontaktu telefonicznego.")
        else:
            notes.append(None)
    t.add("NOTATKA", "FREE_TEXT_WITH_PII", notes)
    return t.as_dict()


# ------------------------------------------------------------------ 10. de-AT/CH: municipal citizen-service tickets
def citizen_tickets() -> dict:
    t = Table("buergerservice_tickets", "de", 1110)
    r = t.rng
    fat, fch = g.faker("de_AT", 1110), g.faker("de_CH", 1110)
    at = [r.random() < 0.65 for _ in range(N)]
    people = []
    for a in at:
        fk = fat if a else fch
        sex = r.choice("MF")
        first = fk.first_name_male() if sex == "M" else fk.first_name_female()
        people.append((sex, first, fk.last_name(), g.rand_date(r, 1935, 2006), a))
    t.add("Ticket-Nr.", "NONE", [f"BS-{r.randint(2023, 2024)}-{r.randint(0, 99999):05d}" for _ in range(N)])
    t.add("Eingang", "NONE", [g.rand_ts(r, 2023, 2024).strftime("%d.%m.%Y %H:%M") for _ in range(N)])
    cats = g.pick(
        r,
        ["Meldewesen", "Parkpickerl", "Müllabfuhr", "Hundeabgabe", "Baubewilligung", "Strassenschaden", "Ausweis/Pass"],
    )
    t.add("Kategorie", "NONE", cats)
    t.add("Anrede", "GENDER", [r.choice([{"M": "Herr", "F": "Frau"}[p[0]]] * 12 + ["Divers"]) for p in people])
    t.add(
        "Antragsteller",
        "PERSON_NAME",
        [r.choice([f"{p[2]}, {p[1]}", f"{p[1]} {p[2]}", f"{p[2].upper()} {p[1]}"]) for p in people],
    )
    t.add("Geb.-Datum", "DATE_OF_BIRTH", [p[3].strftime(r.choice(["%d.%m.%Y", "%d.%m.%y"])) for p in people])
    t.add(
        "Staatsbürgerschaft",
        "NATIONALITY",
        [
            ("Österreich" if p[4] else "Schweiz")
            if r.random() < 0.8
            else r.choice(
                ["Deutschland", "Türkei", "Serbien", "Italien", "Rumänien", "Syrien", "Bosnien und Herzegowina"]
            )
            for p in people
        ],
    )
    t.add(
        "Religionsbek.",
        "RELIGION",
        g.nulls(
            r,
            g.pick(
                r,
                ["röm.-kath.", "evang. A.B.", "ohne Bekenntnis", "islamisch", "orthodox", "evang.-ref.", "altkath."],
                [45, 8, 25, 9, 6, 5, 2],
            ),
            0.2,
        ),
    )
    t.add("SVNR_AHV", "NATIONAL_ID", g.nulls(r, [fat.ssn() if p[4] else fch.ssn() for p in people], 0.3))
    t.add("Wohnadresse", "STREET_ADDRESS", [(fat if p[4] else fch).street_address() for p in people])
    t.add(
        "Telefon",
        "PHONE",
        g.nulls(
            r,
            [
                r.choice(
                    [
                        f"0664/{r.randint(1000000, 9999999)}",
                        f"+43 {r.choice(['1', '676', '699'])} {r.randint(1000000, 9999999)}",
                    ]
                )
                if p[4]
                else r.choice(
                    [
                        f"079 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                        f"+41 {r.choice(['44', '76', '78'])} {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
                    ]
                )
                for p in people
            ],
            0.2,
        ),
    )
    plates = []
    for c, p in zip(cats, people, strict=True):
        if c != "Parkpickerl":
            plates.append(None)
        elif p[4]:
            plates.append(
                r.choice(
                    [
                        f"W-{r.randint(10000, 99999)}{r.choice('ABCDEFGHKLMNPRSTUVXYZ')}",
                        f"{r.choice(['G', 'L', 'S', 'I'])} {r.randint(100, 999)} {r.choice(['AB', 'KX', 'TR', 'MN'])}",
                        f"W {r.randint(1000, 9999)} {r.choice(['A', 'B', 'K'])}",
                    ]
                )
            )
        else:
            plates.append(f"{r.choice(['ZH', 'BE', 'BS', 'LU', 'SG'])} {r.randint(1000, 999999)}")
    t.add("Kennzeichen", "LICENSE_PLATE", plates)
    t.add("Zust. Abt.", "NONE", g.pick(r, ["MA 48", "MA 62", "MA 65", "Bauamt", "Einwohneramt", "MA 28"]))
    t.add("Status", "NONE", g.pick(r, ["offen", "in Bearbeitung", "erledigt", "erledigt", "abgelehnt"]))
    t.add(
        "GZ",
        "NONE",
        [
            f"{r.choice(['MA62', 'MA48', 'BA', 'EWA'])}-{r.randint(100000, 999999)}/{r.randint(2023, 2024)}"
            for _ in range(N)
        ],
    )
    desc = []
    for p in people:
        k = r.randint(0, 4)
        ttl = "Herr" if p[0] == "M" else "Frau"
        tel = (
            f"0664 {r.randint(1000000, 9999999)}"
            if p[4]
            else f"079 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
        )
        if k == 0:
            desc.append(f"{ttl} {p[2]} ersucht um Rückruf unter {tel} bzgl. Ummeldung.")
        elif k == 1:
            desc.append(
                f"Anrufer {p[1]} {p[2]} meldet defekte Straßenbeleuchtung vor dem Haus {(fat if p[4] else fch).street_address()}."
            )
        elif k == 2:
            desc.append(
                f"Neuer Reisepass für Tochter {(fat if p[4] else fch).first_name_female()} {p[2]}, geb. {g.rand_date(r, 2010, 2020).strftime('%d.%m.%Y')}."
            )
        elif k == 3:
            desc.append("Mülltonne wurde nicht entleert, bitte Abholung nachholen.")
        else:
            desc.append(f"Antwort bitte per Mail an {g.email_for(r, p[1], p[2], ['gmx.at', 'bluewin.ch'])}")
    t.add("Beschreibung", "FREE_TEXT_WITH_PII", desc)
    t.add(
        "Erledigungsvermerk",
        "NONE",
        g.nulls(
            r,
            g.pick(
                r,
                [
                    "An zuständige Abteilung weitergeleitet.",
                    "Erledigt, Bescheid versendet.",
                    "Rückfrage beim Antragsteller offen.",
                    "Termin vereinbart.",
                    "Abgelehnt – Unterlagen unvollständig.",
                ],
            ),
            0.3,
        ),
    )
    return t.as_dict()


# ------------------------------------------------------------------ 11. en-GB/IE/AU: web-analytics sessions export
def web_sessions() -> dict:
    t = Table("ga_sessions_export", "en", 1111)
    r = t.rng
    fks = {"GB": g.faker("en_GB", 1111), "IE": g.faker("en_IE", 1111), "AU": g.faker("en_AU", 1111)}
    ctry = g.pick(r, ["GB", "IE", "AU", "US", "DE"], [50, 20, 20, 6, 4])
    logged = [r.random() < 0.4 for _ in range(N)]
    t.add("sessionId", "NONE", [f"{r.randint(10**9, 10**10 - 1)}_{r.randint(1, 30)}" for _ in range(N)])
    t.add("fullVisitorId", "DEVICE_ID", [f"{r.randint(10**18, 10**19 - 1)}" for _ in range(N)])
    t.add(
        "clientId",
        "DEVICE_ID",
        [f"{r.randint(10**8, 2 * 10**9)}.{r.randint(1650000000, 1719000000)}" for _ in range(N)],
    )
    t.add("userId", "DEVICE_ID", [g.uuid4(r) if lg else None for lg in logged])
    t.add("visitStartTime", "NONE", [str(r.randint(1704067200, 1719791999)) for _ in range(N)])
    t.add("date", "NONE", [g.rand_date(r, 2024, 2024).strftime("%Y%m%d") for _ in range(N)])
    t.add("ip", "IP_ADDRESS", [g.ipv4_public(r) if r.random() < 0.75 else g.ipv6(r) for _ in range(N)])
    fus = g.faker("en_US", 1111)
    t.add("userAgent", "NONE", [fus.user_agent() for _ in range(N)])
    t.add("deviceCategory", "NONE", g.pick(r, ["desktop", "mobile", "tablet"], [45, 48, 7]))
    t.add(
        "os_ver",
        "NONE",
        [
            r.choice(
                [
                    f"iOS {r.randint(15, 17)}.{r.randint(0, 6)}",
                    f"Android {r.randint(10, 14)}",
                    f"Windows 10.0.{r.randint(19041, 22631)}",
                    f"macOS 14.{r.randint(0, 5)}",
                ]
            )
            for _ in range(N)
        ],
    )
    t.add(
        "appVersion",
        "NONE",
        [f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}.{r.randint(1, 254)}" for _ in range(N)],
    )
    paths = [
        "/",
        "/basket",
        "/checkout/payment",
        "/c/womens/dresses",
        "/p/linen-shirt-navy-12345",
        "/search?q=trainers",
        "/account/orders",
        "/help/returns",
    ]
    t.add(
        "landingPage",
        "NONE",
        [
            f"https://www.{r.choice(['northfieldhome.co.uk', 'northfieldhome.ie', 'northfieldhome.com.au'])}{r.choice(paths)}"
            for _ in range(N)
        ],
    )
    t.add(
        "referrer",
        "NONE",
        g.nulls(
            r,
            g.pick(
                r,
                [
                    "https://www.google.com/",
                    "https://www.google.co.uk/",
                    "https://www.facebook.com/",
                    "https://l.instagram.com/",
                    "android-app://com.google.android.gm/",
                    "https://www.bing.com/",
                ],
            ),
            0.35,
        ),
    )
    t.add(
        "utm_campaign",
        "NONE",
        g.nulls(r, g.pick(r, ["summer_sale_24", "brand_search", "newsletter_w23", "retarget_cart", "(not set)"]), 0.2),
    )
    t.add("gclid", "NONE", g.nulls(r, [f"Cj0KCQjw{g.hexhash(r, 40)}" for _ in range(N)], 0.6))
    t.add(
        "geoCity",
        "CITY",
        [
            fks[c].city()
            if c in fks and r.random() < 0.3
            else r.choice(
                {
                    "GB": ["London", "Manchester", "Leeds", "Glasgow", "Bristol"],
                    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
                    "AU": ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"],
                    "US": ["New York", "Chicago"],
                    "DE": ["Berlin", "Munich"],
                }[c]
            )
            for c in ctry
        ],
    )
    t.add(
        "geoCountry",
        "COUNTRY",
        [
            {"GB": "United Kingdom", "IE": "Ireland", "AU": "Australia", "US": "United States", "DE": "Germany"}[c]
            for c in ctry
        ],
    )
    t.add(
        "login_name",
        "USERNAME",
        [(fks.get(c, fus)).user_name() if lg else None for c, lg in zip(ctry, logged, strict=True)],
    )
    t.add(
        "idfa_gaid",
        "DEVICE_ID",
        g.nulls(r, [(lambda u: u.upper() if r.random() < 0.5 else u)(g.uuid4(r)) for _ in range(N)], 0.55),
    )
    t.add("pageviews", "NONE", [str(r.randint(1, 40)) for _ in range(N)])
    t.add("timeOnSite", "NONE", [str(r.randint(3, 3600)) for _ in range(N)])
    t.add(
        "transactionRevenue",
        "NONE",
        [str(r.randint(5, 400) * 1000000) if r.random() < 0.05 else None for _ in range(N)],
    )
    return t.as_dict()


# ------------------------------------------------------------------ 12. mixed (GB/FR/NL/DE): logistics proof of delivery
def delivery_proof() -> dict:
    t = Table("pod_delivery_scans", "mixed", 1112)
    r = t.rng
    loc = {"GB": "en_GB", "FR": "fr_FR", "NL": "nl_NL", "DE": "de_DE"}
    fks = {c: g.faker(lc, 1112 + i) for i, (c, lc) in enumerate(loc.items())}
    ctry = g.pick(r, list(loc), [30, 25, 20, 25])
    depots = {
        "GB": ("Coventry DC", 52.4068, -1.5197),
        "FR": ("Roissy Hub", 49.0097, 2.5479),
        "NL": ("Venlo Hub", 51.3704, 6.1724),
        "DE": ("Kassel HUB", 51.3127, 9.4797),
    }
    people = [(fks[c].first_name(), fks[c].last_name()) for c in ctry]
    homes = {"GB": (52.48, -1.89), "FR": (48.86, 2.35), "NL": (52.37, 4.90), "DE": (50.11, 8.68)}
    t.add(
        "shipment_no",
        "NONE",
        [f"1Z{r.randint(100, 999)}{r.choice(['AA', 'E4', 'W2'])}{r.randint(10**9, 10**10 - 1)}" for _ in range(N)],
    )
    t.add("depot", "NONE", [depots[c][0] for c in ctry])
    t.add("depot_lat", "NONE", [f"{depots[c][1]:.4f}" for c in ctry])
    t.add("depot_lon", "NONE", [f"{depots[c][2]:.4f}" for c in ctry])
    t.add("drv", "PERSON_NAME", [fks[c].name() for c in ctry])
    t.add(
        "van_reg",
        "NONE",
        [
            {
                "GB": lambda: (
                    f"{r.choice(['YX', 'LN', 'MA'])}{r.randint(19, 24)} {''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
                ),
                "FR": lambda: (
                    f"{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))}-{r.randint(100, 999)}-{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))}"
                ),
                "NL": lambda: f"V{r.choice('BDFGHJKLNPRSTXZ')}-{r.randint(100, 999)}-{r.choice('BDFGHJKLNPRSTXZ')}",
                "DE": lambda: f"KS-{r.choice(['LG', 'PD', 'DX'])} {r.randint(100, 9999)}",
            }[c]()
            for c in ctry
        ],
    )
    t.add("handheld_imei", "DEVICE_ID", [g.imei(r) for _ in range(N)])
    t.add("consignee", "PERSON_NAME", g.mess(r, [f"{a} {b}" for a, b in people], upper=0.3))
    t.add("deliv_addr", "STREET_ADDRESS", [fks[c].street_address().replace("\n", ", ") for c in ctry])
    t.add("pc", "POSTAL_CODE", [fks[c].postcode() for c in ctry])
    t.add(
        "ctry",
        "COUNTRY",
        [
            r.choice([c, {"GB": "United Kingdom", "FR": "France", "NL": "Nederland", "DE": "Deutschland"}[c]])
            for c in ctry
        ],
    )
    t.add("drop_lat", "GEO_COORDINATE", [f"{homes[c][0] + r.uniform(-0.3, 0.3):.6f}" for c in ctry])
    t.add("drop_lon", "GEO_COORDINATE", [f"{homes[c][1] + r.uniform(-0.4, 0.4):.6f}" for c in ctry])
    ph = {
        "GB": lambda: r.choice(
            [
                f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
                f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}",
            ]
        ),
        "FR": lambda: r.choice(
            [
                f"06 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                f"+33 7 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            ]
        ),
        "NL": lambda: r.choice([f"06-{r.randint(10000000, 99999999)}", f"+316{r.randint(10000000, 99999999)}"]),
        "DE": lambda: r.choice(
            [f"0171 {r.randint(1000000, 9999999)}", f"+49 15{r.randint(1, 9)} {r.randint(10000000, 99999999)}"]
        ),
    }
    t.add("rcpt_tel", "PHONE", g.nulls(r, [ph[c]() for c in ctry], 0.15))
    t.add("scan_ts", "NONE", [g.rand_ts(r, 2024, 2024).strftime("%Y-%m-%dT%H:%M:%SZ") for _ in range(N)])
    t.add(
        "pod_img",
        "NONE",
        [
            f"https://pod-images.s3.eu-west-1.amazonaws.com/{g.rand_date(r, 2024, 2024).strftime('%Y/%m/%d')}/{g.uuid4(r)}.jpg"
            for _ in range(N)
        ],
    )
    t.add("wt_kg", "NONE", [f"{r.uniform(0.1, 31.5):.2f}" for _ in range(N)])
    t.add("evt", "NONE", g.pick(r, ["DLV", "DLV", "DLV", "NBR", "SAFE", "RTS", "ATT1"]))
    notes = []
    for c, (a, b) in zip(ctry, people, strict=True):
        k = r.randint(0, 4)
        nb = fks[c].last_name()
        if k == 0:
            notes.append(
                {
                    "GB": f"Left with neighbour Mrs {nb} at no. {r.randint(1, 90)}",
                    "FR": f"Remis au voisin M. {nb}, n°{r.randint(1, 90)}",
                    "NL": f"Afgegeven bij buren (fam. {nb}), huisnr {r.randint(1, 90)}",
                    "DE": f"Beim Nachbarn {nb} abgegeben, Hausnr. {r.randint(1, 90)}",
                }[c]
            )
        elif k == 1:
            notes.append(f"Customer {a} {b} called from {ph[c]()} - leave in porch")
        elif k == 2:
            notes.append(
                {
                    "GB": "Left in porch",
                    "FR": "Déposé en boîte aux lettres",
                    "NL": "In brievenbus",
                    "DE": "Ablageort Garage",
                }[c]
            )
        else:
            notes.append(None)
    t.add("drv_note", "FREE_TEXT_WITH_PII", notes)
    return t.as_dict()


def all_tables() -> list[dict]:
    return [
        dwh_dim_customer(),
        erp_vendor_master(),
        hr_absences(),
        insurance_policies(),
        hospital_discharges(),
        alumni(),
        prepaid_topups(),
        ecommerce_returns(),
        loan_arrears(),
        citizen_tickets(),
        web_sessions(),
        delivery_proof(),
    ]
