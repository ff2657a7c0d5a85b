"""blind13: ten everyday data-science exports with gold entity labels per column (spec/entities.md)."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

from . import _gen as g

N = g.N


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")


# 1 -- en: telco churn dataset, ML-ready ---------------------------------------------------
def churn_en():
    r, f = g.rng(1301), g.faker("en_US", 1301)
    rows = []
    for i in range(N):
        first, last = f.first_name(), f.last_name()
        birth = g.dob(r, 18, 80)
        age = g.age_of(birth)
        tenure = r.randint(0, 72)
        monthly = round(r.uniform(18.0, 119.0), 2)
        rows.append(
            dict(
                customer_id=f"{g.digits(r, 4)}-{g.letters(r, 5)}",
                cust_hash=g.md5(f"cust{i}"),
                email=f"{_ascii(first)}.{_ascii(last)}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'aol.com', 'icloud.com'])}",
                phone=r.choice(["({a}) {x}-{n}", "{a}-{x}-{n}", "+1 {a} {x} {n}", "{a}.{x}.{n}"]).format(
                    a=f"{r.randint(2, 9)}{g.digits(r, 2)}", x=f"{r.randint(2, 9)}{g.digits(r, 2)}", n=g.digits(r, 4)
                ),
                gender=r.choice(["Male", "Female", "Female", "Male", "F", "M"]),
                age_bucket=next(
                    b
                    for lo, b in [(65, "65+"), (55, "55-64"), (45, "45-54"), (35, "35-44"), (25, "25-34"), (0, "18-24")]
                    if age >= lo
                ),
                zip3=f.zipcode()[:3],
                country_code=r.choices(["US", "CA", "GB", "MX"], [85, 8, 4, 3])[0],
                marital_status=r.choice(["married", "single", "divorced", "widowed", "married", "single"]),
                tenure_months=tenure,
                contract_one_year=int(r.random() < 0.25),
                pay_electronic_check=int(r.random() < 0.33),
                monthly_charges=monthly,
                total_charges_z=round((monthly * tenure - 2280) / 2266, 4),
                last_payment_amt=round(monthly * r.choice([1, 1, 1, 2]), 2),
                n_support_calls=r.choice([0, 0, 0, 1, 1, 2, 3, 5]),
                last_login_ts=g.ts(r, dt.datetime(2024, 1, 1), 180).strftime("%Y-%m-%dT%H:%M:%SZ"),
                income_band=r.choice(["<25k", "25-50k", "50-75k", "75-100k", "100-150k", "150k+"]),
                f_07=f.ipv4_public(),
                churn=int(r.random() < 0.27),
                churn_score=round(r.random(), 4),
            )
        )
    spec = [
        ("customer_id", "NONE"),
        ("cust_hash", "NONE"),
        ("email", "EMAIL"),
        ("phone", "PHONE"),
        ("gender", "GENDER"),
        ("age_bucket", "AGE"),
        ("zip3", "POSTAL_CODE"),
        ("country_code", "COUNTRY"),
        ("marital_status", "MARITAL_STATUS"),
        ("tenure_months", "NONE"),
        ("contract_one_year", "NONE"),
        ("pay_electronic_check", "NONE"),
        ("monthly_charges", "NONE"),
        ("total_charges_z", "NONE"),
        ("last_payment_amt", "NONE"),
        ("n_support_calls", "NONE"),
        ("last_login_ts", "NONE"),
        ("income_band", "FINANCIAL"),
        ("f_07", "IP_ADDRESS"),
        ("churn", "NONE"),
        ("churn_score", "NONE"),
    ]
    nullrate = {"phone": 0.08, "marital_status": 0.05, "income_band": 0.12, "f_07": 0.1, "last_login_ts": 0.03}
    return _assemble("telco_churn_ml", "en", rows, spec, r, nullrate)


# 2 -- de: loan-default training table -----------------------------------------------------
DE_CITIES = [
    "Berlin",
    "Hamburg",
    "München",
    "Köln",
    "Frankfurt am Main",
    "Stuttgart",
    "Düsseldorf",
    "Leipzig",
    "Dortmund",
    "Essen",
    "Bremen",
    "Dresden",
    "Hannover",
    "Nürnberg",
    "Duisburg",
    "Bochum",
    "Wuppertal",
    "Bielefeld",
    "Bonn",
    "Münster",
    "Mannheim",
    "Karlsruhe",
    "Augsburg",
    "Wiesbaden",
    "Kiel",
    "Halle (Saale)",
    "Magdeburg",
    "Freiburg im Breisgau",
    "Erfurt",
    "Rostock",
    "Kassel",
    "Potsdam",
    "Göttingen",
    "Ulm",
    "Heilbronn",
    "Trier",
    "Bad Homburg",
    "Neustadt an der Weinstraße",
]
DE_JOBS = [
    "Bürokauffrau",
    "Industriemechaniker",
    "Krankenpfleger",
    "Lehrerin",
    "Softwareentwickler",
    "Elektroniker",
    "Verkäuferin",
    "Bankkaufmann",
    "Erzieherin",
    "Lagerist",
    "Altenpflegerin",
    "Maschinenbauingenieur",
    "Friseurin",
    "Steuerfachangestellte",
    "Kraftfahrer",
    "Rentner",
    "Student",
    "Arzthelferin",
    "Tischler",
    "Polizeibeamter",
    "Sachbearbeiter",
    "Koch",
]
DE_EDU = [
    "Hauptschulabschluss",
    "Realschulabschluss",
    "Abitur",
    "Fachabitur",
    "Ausbildung",
    "Meister",
    "Bachelor",
    "Master",
    "Diplom",
    "Promotion",
    "ohne Abschluss",
]


def loan_de():
    r, f = g.rng(1302), g.faker("de_DE", 1302)
    rows = []
    for i in range(N):
        birth = g.dob(r, 19, 75)
        sid = g.de_steuer_id(r)
        income = round(r.lognormvariate(7.8, 0.4), 0)
        rows.append(
            dict(
                Antrag_Nr=f"KA-{r.choice([2022, 2023, 2024])}-{i + 1:06d}",
                Name=r.choice(
                    [
                        f"{f.last_name()}, {f.first_name()}",
                        f"{f.last_name()}, {f.first_name()}",
                        f"{f.first_name()} {f.last_name()}",
                    ]
                ),
                Geburtsdatum=birth.strftime("%d.%m.%Y"),
                Familienstand=r.choice(
                    [
                        "ledig",
                        "verheiratet",
                        "geschieden",
                        "verwitwet",
                        "verheiratet",
                        "ledig",
                        "eingetr. Lebenspartnerschaft",
                    ]
                ),
                Beruf=r.choice(DE_JOBS),
                Bildungsabschluss=r.choice(DE_EDU),
                PLZ=f.postcode(),
                Wohnort=r.choice(DE_CITIES),
                Steuer_ID=r.choice([sid, f"{sid[:2]} {sid[2:5]} {sid[5:8]} {sid[8:]}"]),
                IBAN=g.iban(f, spaced=r.random() < 0.6),
                Nettoeink_mtl=str(income).replace(".0", "").replace(".", ","),
                SCHUFA_Score=round(r.uniform(72.0, 99.5), 2),
                Kreditbetrag=r.choice([2500, 5000, 7500, 10000, 12000, 15000, 20000, 25000, 30000, 40000]),
                Laufzeit_Mon=r.choice([12, 24, 36, 48, 60, 72, 84]),
                Zinssatz_eff=str(round(r.uniform(2.9, 11.9), 2)).replace(".", ","),
                Antragsdatum=g.day(r, dt.date(2022, 1, 1), 900).strftime("%d.%m.%Y"),
                Filiale=r.choice(
                    [
                        "Frankfurt Zeil",
                        "Köln Innenstadt",
                        "Berlin-Mitte",
                        "Hamburg Jungfernstieg",
                        "München Marienplatz",
                        "Online",
                    ]
                ),
                modell_score=round(r.random(), 5),
                ausgefallen=int(r.random() < 0.11),
            )
        )
    spec = [
        ("Antrag_Nr", "NONE"),
        ("Name", "PERSON_NAME"),
        ("Geburtsdatum", "DATE_OF_BIRTH"),
        ("Familienstand", "MARITAL_STATUS"),
        ("Beruf", "OCCUPATION"),
        ("Bildungsabschluss", "EDUCATION"),
        ("PLZ", "POSTAL_CODE"),
        ("Wohnort", "CITY"),
        ("Steuer_ID", "NATIONAL_ID"),
        ("IBAN", "IBAN"),
        ("Nettoeink_mtl", "FINANCIAL"),
        ("SCHUFA_Score", "FINANCIAL"),
        ("Kreditbetrag", "NONE"),
        ("Laufzeit_Mon", "NONE"),
        ("Zinssatz_eff", "NONE"),
        ("Antragsdatum", "NONE"),
        ("Filiale", "NONE"),
        ("modell_score", "NONE"),
        ("ausgefallen", "FINANCIAL"),  # loan default = financial standing
    ]
    return _assemble(
        "kreditausfall_training",
        "de",
        rows,
        spec,
        r,
        {"Beruf": 0.06, "Bildungsabschluss": 0.1, "SCHUFA_Score": 0.04, "Steuer_ID": 0.07},
    )


# 3 -- fr: patient readmission, ML-ready ---------------------------------------------------
FR_CP = [
    "75012",
    "75018",
    "69003",
    "69007",
    "13005",
    "13008",
    "31000",
    "31400",
    "33000",
    "44000",
    "59000",
    "67000",
    "34000",
    "06000",
    "35000",
    "21000",
    "38000",
    "76000",
    "80000",
    "92100",
    "93200",
    "94000",
    "57000",
    "51100",
]
ICD = [
    "I50.9",
    "I10",
    "E11.9",
    "E11.65",
    "J44.1",
    "J18.9",
    "N18.3",
    "I48.91",
    "K70.3",
    "F32.9",
    "I25.10",
    "E66.9",
    "J45.909",
    "N39.0",
    "A41.9",
    "I63.9",
    "C34.90",
    "K57.30",
    "M17.11",
    "D64.9",
]
MEDS = [
    "metformine 850 mg",
    "insuline glargine",
    "furosémide 40 mg",
    "ramipril 5 mg",
    "bisoprolol 2,5 mg",
    "apixaban 5 mg",
    "atorvastatine 20 mg",
    "salbutamol",
    "sertraline 50 mg",
    "amoxicilline",
    "lévothyrox 75 µg",
    "aucun",
    "paracétamol 1 g",
]


def readmission_fr():
    r, f = g.rng(1303), g.faker("fr_FR", 1303)
    rows = []
    for i in range(N):
        birth = g.dob(r, 25, 95)
        age = g.age_of(birth)
        sex = r.choice("MF")
        adm = g.day(r, dt.date(2023, 1, 1), 540)
        rows.append(
            dict(
                id_sejour=f"S{2023000000 + i * 7 + r.randint(0, 6)}",
                ipp=f"{r.choice(['80', '81', '82'])}{g.digits(r, 8)}",
                nir=g.fr_nir(f),
                nom=f.last_name().upper(),
                prenom=f.first_name_male() if sex == "M" else f.first_name_female(),
                sexe=sex,
                tranche_age=f"[{age // 10 * 10}-{age // 10 * 10 + 10})",
                code_postal=r.choice(FR_CP) if r.random() < 0.6 else f.postcode(),
                diag_principal=r.choice(ICD),
                traitement=r.choice(MEDS),
                imc=round(r.gauss(27.5, 5.5), 1),
                tabagisme=r.choice(["non-fumeur", "fumeur", "ancien fumeur", "non-fumeur", "inconnu"]),
                date_admission=adm.strftime("%d/%m/%Y"),
                duree_sejour_j=r.choice([1, 2, 3, 3, 4, 5, 6, 8, 11, 15]),
                nb_hospit_12m=r.choice([0, 0, 0, 1, 1, 2, 3, 4]),
                medecin_traitant="Dr " + f.last_name(),
                etablissement=r.choice(
                    [
                        "CHU de Lyon",
                        "AP-HP Pitié-Salpêtrière",
                        "CHU de Bordeaux",
                        "Clinique Pasteur",
                        "CHU de Lille",
                        "Hôpital Nord Marseille",
                    ]
                ),
                readmis_30j=int(r.random() < 0.14),
                proba_readmis=round(r.random() * 0.6, 3),
            )
        )
    spec = [
        ("id_sejour", "NONE"),
        ("ipp", "MEDICAL_RECORD_NUMBER"),
        ("nir", "NATIONAL_ID"),
        ("nom", "PERSON_NAME"),
        ("prenom", "PERSON_NAME"),
        ("sexe", "GENDER"),
        ("tranche_age", "AGE"),
        ("code_postal", "POSTAL_CODE"),
        ("diag_principal", "HEALTH"),
        ("traitement", "HEALTH"),
        ("imc", "HEALTH"),
        ("tabagisme", "HEALTH"),
        ("date_admission", "NONE"),
        ("duree_sejour_j", "NONE"),
        ("nb_hospit_12m", "NONE"),
        ("medecin_traitant", "PERSON_NAME"),
        ("etablissement", "NONE"),
        ("readmis_30j", "NONE"),
        ("proba_readmis", "NONE"),
    ]
    return _assemble(
        "readmission_patients_ml",
        "fr",
        rows,
        spec,
        r,
        {"nir": 0.05, "traitement": 0.04, "imc": 0.08, "tabagisme": 0.1, "medecin_traitant": 0.12},
    )


# 4 -- es: marketing leads from a web form (solar panel quotes) ----------------------------
ES_CITIES = [
    ("Madrid", "28"),
    ("Barcelona", "08"),
    ("Valencia", "46"),
    ("Sevilla", "41"),
    ("Zaragoza", "50"),
    ("Málaga", "29"),
    ("Murcia", "30"),
    ("Palma", "07"),
    ("Bilbao", "48"),
    ("Alicante", "03"),
    ("Córdoba", "14"),
    ("Valladolid", "47"),
    ("Vigo", "36"),
    ("Gijón", "33"),
    ("Granada", "18"),
    ("Pamplona", "31"),
    ("Almería", "04"),
    ("Santander", "39"),
    ("Castellón de la Plana", "12"),
    ("Logroño", "26"),
]
ES_COMMENTS = [
    "Me interesa para el tejado del garaje",
    "¿Cuánto tarda la instalación?",
    "Quiero saber si hay subvenciones",
    "Tengo placas antiguas, busco cambiarlas",
    "Prefiero que me llamen por la tarde",
    "Comunidad de vecinos, somos 12 viviendas",
    "",
    "Solo información de precios",
    "¿Incluye batería?",
    "Tejado orientado al sur, unos 60 m2",
    "Vi el anuncio en Instagram",
]


def leads_es():
    r, f = g.rng(1304), g.faker("es_ES", 1304)
    rows = []
    for i in range(N):
        first, last1, last2 = f.first_name(), f.last_name(), f.last_name()
        city, prov = r.choice(ES_CITIES)
        rows.append(
            {
                "ID de envío": g.sha1(f"lead{i}")[:20],
                "Fecha de envío": g.ts(r, dt.datetime(2024, 2, 1), 120).strftime("%d/%m/%Y %H:%M"),
                "Nombre": first,
                "Apellidos": f"{last1} {last2}",
                "Correo electrónico": f"{_ascii(first)}{r.choice(['.', '_', ''])}{_ascii(last1)}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(['gmail.com', 'hotmail.com', 'yahoo.es', 'outlook.es', 'telefonica.net'])}",
                "Teléfono": r.choice(
                    [
                        f"6{g.digits(r, 2)} {g.digits(r, 3)} {g.digits(r, 3)}",
                        f"+34 6{g.digits(r, 8)}",
                        f"6{g.digits(r, 8)}",
                        f"9{r.choice(['1', '3', '5', '6', '8'])}{g.digits(r, 1)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
                    ]
                ),
                "Dirección": f.street_address(),
                "Código postal": prov + g.digits(r, 3),
                "Ciudad": city,
                "DNI/NIE": g.es_dni(r) if r.random() < 0.85 else g.es_nie(r),
                "Tipo de vivienda": r.choice(["Piso", "Chalet", "Adosado", "Casa de campo", "Ático"]),
                "Factura mensual de luz (€)": r.choice(["<50", "50-100", "100-150", "150-200", ">200"]),
                "Acepto la política de privacidad": "Sí",
                "utm_source": r.choice(["google", "facebook", "instagram", "newsletter", "(direct)"]),
                "utm_campaign": r.choice(["solar_primavera_24", "ayudas_nextgen", "retargeting_q2", "brand"]),
                "Dirección IP": f.ipv4_public(),
                "Página de origen": r.choice(
                    [
                        "https://www.solarhogar.es/presupuesto",
                        "https://www.solarhogar.es/subvenciones",
                        "https://www.solarhogar.es/",
                        "https://www.solarhogar.es/baterias?utm_source=google",
                    ]
                ),
                "Comentarios": r.choice(ES_COMMENTS),
                "Lead score": r.randint(0, 100),
            }
        )
    spec = [
        ("ID de envío", "NONE"),
        ("Fecha de envío", "NONE"),
        ("Nombre", "PERSON_NAME"),
        ("Apellidos", "PERSON_NAME"),
        ("Correo electrónico", "EMAIL"),
        ("Teléfono", "PHONE"),
        ("Dirección", "STREET_ADDRESS"),
        ("Código postal", "POSTAL_CODE"),
        ("Ciudad", "CITY"),
        ("DNI/NIE", "NATIONAL_ID"),
        ("Tipo de vivienda", "NONE"),
        ("Factura mensual de luz (€)", "NONE"),
        ("Acepto la política de privacidad", "NONE"),
        ("utm_source", "NONE"),
        ("utm_campaign", "NONE"),
        ("Dirección IP", "IP_ADDRESS"),
        ("Página de origen", "NONE"),
        ("Comentarios", "NONE"),
        ("Lead score", "NONE"),
    ]
    return _assemble(
        "leads_formulario",
        "es",
        rows,
        spec,
        r,
        {"Teléfono": 0.05, "Dirección": 0.15, "DNI/NIE": 0.3, "Edad": 0.1, "Comentarios": 0.35},
    )


# 5 -- it: insurance claims fraud ---------------------------------------------------------
IT_CITIES = [
    ("Roma", "001"),
    ("Milano", "201"),
    ("Napoli", "801"),
    ("Torino", "101"),
    ("Palermo", "901"),
    ("Genova", "161"),
    ("Bologna", "401"),
    ("Firenze", "501"),
    ("Bari", "701"),
    ("Catania", "951"),
    ("Verona", "371"),
    ("Padova", "351"),
    ("Brescia", "251"),
    ("Reggio Calabria", "891"),
    ("Modena", "411"),
    ("Parma", "431"),
    ("Perugia", "061"),
    ("Cagliari", "091"),
    ("Bergamo", "241"),
    ("Salerno", "841"),
]
IT_JOBS = [
    "impiegato",
    "operaio",
    "insegnante",
    "commerciante",
    "libero professionista",
    "pensionato",
    "infermiera",
    "artigiano",
    "avvocato",
    "autista",
    "casalinga",
    "studente",
    "medico",
    "agente di commercio",
    "geometra",
    "ingegnere",
]
IT_CLAIM = [
    "Tamponamento in via {via}: il conducente {nome} (tel. {tel}) non ha rispettato la distanza di sicurezza.",
    "Il veicolo targato {targa} di proprietà di {nome} è stato urtato in parcheggio.",
    "Danni da grandine alla carrozzeria, nessun testimone.",
    "Sinistro con controparte {nome}, CAI firmato da entrambi. Recapito: {tel}.",
    "Furto parziale di specchietti, denuncia presentata ai Carabinieri.",
    "Collisione all'incrocio tra via {via} e corso Italia; testimone: {nome}.",
    "Rottura cristallo anteriore durante la marcia in autostrada.",
    "L'assicurato dichiara che {nome} guidava il mezzo con il suo consenso.",
]


def claims_it():
    r, f = g.rng(1305), g.faker("it_IT", 1305)
    rows = []
    for i in range(N):
        city, cap3 = r.choice(IT_CITIES)
        plate = (
            f"{g.letters(r, 2)}{g.digits(r, 3)}{g.letters(r, 2)}".replace("I", "L")
            .replace("O", "P")
            .replace("Q", "R")
            .replace("U", "V")
        )
        tel = r.choice(
            [
                f"3{g.digits(r, 2)} {g.digits(r, 7)}",
                f"+39 3{g.digits(r, 9)}",
                f"0{r.choice(['2', '6', '11', '81', '51'])} {g.digits(r, 7)}",
            ]
        )
        claimed = round(r.lognormvariate(7.5, 0.9), 2)
        rows.append(
            dict(
                numero_sinistro=f"SIN-{r.choice([2023, 2024])}-{i + 10000:07d}",
                numero_polizza=f"POL{g.digits(r, 9)}",
                codice_fiscale=g.it_cf(f),
                assicurato=f"{f.last_name().upper()} {f.first_name().upper()}",
                data_nascita=g.dob(r, 18, 85).strftime("%d/%m/%Y"),
                comune_residenza=city,
                cap=cap3 + g.digits(r, 2),
                targa=plate,
                n_patente=f"{r.choice(['U1', 'RM', 'MI', 'NA', 'TO'])}{g.digits(r, 7)}{g.letters(r, 1)}",
                data_sinistro=g.day(r, dt.date(2023, 1, 1), 600).strftime("%Y-%m-%d"),
                tipo_sinistro=r.choice(
                    [
                        "tamponamento",
                        "urto in parcheggio",
                        "grandine",
                        "furto parziale",
                        "cristalli",
                        "collisione incrocio",
                    ]
                ),
                descrizione=r.choice(IT_CLAIM).format(
                    via=f.street_name(), nome=f"{f.first_name()} {f.last_name()}", tel=tel, targa=plate
                ),
                importo_richiesto=claimed,
                importo_liquidato=round(claimed * r.uniform(0.0, 1.0), 2),
                iban_liquidazione=g.iban(f, spaced=r.random() < 0.3),
                perito=f"{f.first_name()} {f.last_name()}",
                ispettorato=r.choice(["Milano", "Roma", "Napoli", "Torino", "Bologna"]),
                n_sinistri_prec=r.choice([0, 0, 0, 1, 1, 2, 3]),
                frode_sospetta=int(r.random() < 0.08),
                fraud_score=round(r.random(), 3),
            )
        )
    spec = [
        ("numero_sinistro", "NONE"),
        ("numero_polizza", "NONE"),
        ("codice_fiscale", "NATIONAL_ID"),
        ("assicurato", "PERSON_NAME"),
        ("data_nascita", "DATE_OF_BIRTH"),
        ("comune_residenza", "CITY"),
        ("cap", "POSTAL_CODE"),
        ("targa", "LICENSE_PLATE"),
        ("n_patente", "DRIVER_LICENSE"),
        ("data_sinistro", "NONE"),
        ("tipo_sinistro", "NONE"),
        ("descrizione", "FREE_TEXT_WITH_PII"),
        ("importo_richiesto", "NONE"),
        ("importo_liquidato", "NONE"),
        ("iban_liquidazione", "IBAN"),
        ("perito", "PERSON_NAME"),
        ("ispettorato", "NONE"),
        ("n_sinistri_prec", "NONE"),
        ("frode_sospetta", "NONE"),
        ("fraud_score", "NONE"),
    ]
    return _assemble(
        "sinistri_frodi",
        "it",
        rows,
        spec,
        r,
        {"professione": 0.1, "n_patente": 0.2, "iban_liquidazione": 0.25, "importo_liquidato": 0.1},
    )


# 6 -- nl: electricity customers -----------------------------------------------------------
NL_PLACES = [
    ("Amsterdam", "10", 52.37, 4.89),
    ("Rotterdam", "30", 51.92, 4.48),
    ("Utrecht", "35", 52.09, 5.12),
    ("Den Haag", "25", 52.07, 4.30),
    ("Eindhoven", "56", 51.44, 5.47),
    ("Groningen", "97", 53.22, 6.57),
    ("Tilburg", "50", 51.56, 5.09),
    ("Almere", "13", 52.37, 5.22),
    ("Breda", "48", 51.59, 4.78),
    ("Nijmegen", "65", 51.84, 5.86),
    ("Apeldoorn", "73", 52.21, 5.97),
    ("Haarlem", "20", 52.38, 4.64),
    ("Enschede", "75", 52.22, 6.89),
    ("Zwolle", "80", 52.51, 6.09),
    ("Leeuwarden", "89", 53.20, 5.80),
    ("Maastricht", "62", 50.85, 5.69),
    ("Amersfoort", "38", 52.16, 5.39),
    ("'s-Hertogenbosch", "52", 51.69, 5.30),
]
NL_STREETS = [
    "Kerkstraat",
    "Dorpsstraat",
    "Schoolstraat",
    "Molenweg",
    "Stationsweg",
    "Julianalaan",
    "Wilhelminastraat",
    "Beatrixlaan",
    "Eikenlaan",
    "Prinses Irenestraat",
    "Nieuwe Gracht",
    "Lindenlaan",
    "Burgemeester de Withstraat",
    "Oranjestraat",
    "Vondelstraat",
]
NL_NOTES = [
    "Klant belde over jaarafrekening, teruggebeld naar {tel}.",
    "Mevr. {naam} verhuist per 1 mei naar {straat}, eindstand doorgeven.",
    "Betalingsregeling afgesproken met dhr. {naam}.",
    "Storing slimme meter gemeld, monteur ingepland.",
    "Termijnbedrag verlaagd op verzoek klant.",
    "E-mail van {email}: vraag over teruglevering zonnepanelen.",
    "Geen bijzonderheden.",
]


def energie_nl():
    r, f = g.rng(1306), g.faker("nl_NL", 1306)
    rows = []
    for i in range(N):
        city, pc2, lat, lon = r.choice(NL_PLACES)
        ini = ".".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(r.choice([1, 1, 2, 3]))) + "."
        last = f.last_name()
        tel = r.choice(
            [
                f"06-{g.digits(r, 8)}",
                f"06 {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
                f"+31 6 {g.digits(r, 8)}",
                f"0{r.choice(['20', '10', '30', '70', '40'])}-{g.digits(r, 7)}",
            ]
        )
        street = f"{r.choice(NL_STREETS)} {r.randint(1, 240)}{r.choice(['', '', '', 'a', 'b', '-2', ' bis'])}"
        email = f"{_ascii(ini.replace('.', ''))}.{_ascii(last)}@{r.choice(['gmail.com', 'hotmail.nl', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'xs4all.nl'])}"
        rows.append(
            {
                "klantnummer": f"{3000000 + i * 13}",
                "naam": f"{ini} {last}",
                "adres": street,
                "postcode": f"{pc2}{g.digits(r, 2)} {g.letters(r, 2)}".replace("SS", "ST")
                .replace("SD", "SE")
                .replace("SA", "SC"),
                "woonplaats": city,
                "geboortedatum": g.dob(r, 20, 90).strftime("%d-%m-%Y"),
                "telefoon": tel,
                "e-mailadres": email,
                "iban": g.nl_iban(r),
                "verbruik_kwh_jr": r.randint(900, 6500),
                "teruglevering_kwh": r.choice([0, 0, 0, r.randint(200, 4500)]),
                "termijnbedrag": str(round(r.uniform(45, 320), 2)).replace(".", ","),
                "betalingsachterstand": str(r.choice([0, 0, 0, 0, 0, round(r.uniform(20, 1500), 2)])).replace(".", ","),
                "slimme_meter": r.choice(["J", "J", "J", "N"]),
                "tarief": r.choice(["vast 1 jaar", "vast 3 jaar", "variabel", "dynamisch"]),
                "ingangsdatum": g.day(r, dt.date(2019, 1, 1), 1900).strftime("%d-%m-%Y"),
                "lat": round(lat + r.uniform(-0.06, 0.06), 6),
                "lon": round(lon + r.uniform(-0.08, 0.08), 6),
                "veld_17": f"{_ascii(ini.replace('.', ''))}{_ascii(last)[:8]}{r.randint(1, 999)}",
                "notitie_kcc": r.choice(NL_NOTES).format(
                    tel=tel,
                    naam=f"{f.first_name()} {last}",
                    straat=f"{r.choice(NL_STREETS)} {r.randint(1, 99)}, {r.choice(NL_PLACES)[0]}",
                    email=email,
                ),
            }
        )
    spec = [
        ("klantnummer", "NONE"),
        ("naam", "PERSON_NAME"),
        ("adres", "STREET_ADDRESS"),
        ("postcode", "POSTAL_CODE"),
        ("woonplaats", "CITY"),
        ("geboortedatum", "DATE_OF_BIRTH"),
        ("telefoon", "PHONE"),
        ("e-mailadres", "EMAIL"),
        ("iban", "IBAN"),
        ("verbruik_kwh_jr", "NONE"),
        ("teruglevering_kwh", "NONE"),
        ("termijnbedrag", "NONE"),
        ("betalingsachterstand", "FINANCIAL"),
        ("slimme_meter", "NONE"),
        ("tarief", "NONE"),
        ("ingangsdatum", "NONE"),
        ("lat", "GEO_COORDINATE"),
        ("lon", "GEO_COORDINATE"),
        ("veld_17", "USERNAME"),
        ("notitie_kcc", "FREE_TEXT_WITH_PII"),
    ]
    return _assemble(
        "energieklanten",
        "nl",
        rows,
        spec,
        r,
        {"geboortedatum": 0.2, "telefoon": 0.07, "veld_17": 0.3, "notitie_kcc": 0.4},
    )


# 7 -- pt: e-commerce orders export (Brazilian store, Shopify/Nuvemshop style) -------------
BR_CITIES = [
    ("São Paulo", "01"),
    ("Rio de Janeiro", "20"),
    ("Belo Horizonte", "30"),
    ("Curitiba", "80"),
    ("Porto Alegre", "90"),
    ("Salvador", "40"),
    ("Recife", "50"),
    ("Fortaleza", "60"),
    ("Brasília", "70"),
    ("Campinas", "13"),
    ("Goiânia", "74"),
    ("Florianópolis", "88"),
    ("Manaus", "69"),
    ("Belém", "66"),
    ("Santos", "11"),
    ("Niterói", "24"),
    ("Londrina", "86"),
    ("Ribeirão Preto", "14"),
]
BR_PRODUCTS = [
    ("Camiseta Básica Algodão", "CAM-BAS", 59.9),
    ("Calça Jeans Slim", "CJS", 189.9),
    ("Tênis Casual Couro", "TNC", 299.0),
    ("Moletom Canguru", "MLT-CG", 149.9),
    ("Boné Aba Curva", "BON", 79.9),
    ("Meia Cano Alto (3 pares)", "MEI-3P", 39.9),
    ("Vestido Midi Floral", "VMF", 219.0),
]
BR_OBS = [
    "",
    "",
    "",
    "Entregar após as 18h",
    "Presente, por favor sem nota fiscal na caixa",
    "Deixar na portaria",
    "Trocar tamanho se não tiver M",
    "Embalagem para presente",
    "Urgente, por favor",
]


def pedidos_pt():
    r, f = g.rng(1307), g.faker("pt_BR", 1307)
    rows = []
    for i in range(N):
        city, cep2 = r.choice(BR_CITIES)
        prod, sku, price = r.choice(BR_PRODUCTS)
        qty = r.choice([1, 1, 1, 2, 3])
        frete = r.choice([0.0, 14.9, 19.9, 24.5, 32.0])
        first, last = f.first_name(), f.last_name()
        rows.append(
            {
                "Número do pedido": f"#{10234 + i}",
                "Data": g.ts(r, dt.datetime(2024, 3, 1), 90).strftime("%d/%m/%Y %H:%M:%S"),
                "Status do pagamento": r.choice(["Pago", "Pago", "Pago", "Pendente", "Estornado"]),
                "Nome do comprador": f"{first} {last}",
                "E-mail": f"{_ascii(first)}{r.choice(['.', '_', ''])}{_ascii(last)}{r.choice(['', str(r.randint(1, 999))])}@{r.choice(['gmail.com', 'hotmail.com', 'uol.com.br', 'yahoo.com.br', 'bol.com.br'])}",
                "CPF": g.br_cpf(f) if r.random() < 0.8 else g.br_cpf(f).replace(".", "").replace("-", ""),
                "Telefone": r.choice(
                    [
                        f"({cep2[0]}{r.randint(1, 9)}) 9{g.digits(r, 4)}-{g.digits(r, 4)}",
                        f"+55 {cep2[0]}{r.randint(1, 9)} 9{g.digits(r, 8)}",
                        f"{cep2[0]}{r.randint(1, 9)}9{g.digits(r, 8)}",
                    ]
                ),
                "Endereço": f"{r.choice(['Rua', 'Rua', 'Avenida', 'Travessa', 'Alameda'])} {r.choice([f.first_name() + ' ' + f.last_name(), f.last_name(), 'das Flores', 'XV de Novembro', 'Sete de Setembro'])}, {r.randint(1, 3000)}{r.choice(['', '', ' apto ' + str(r.randint(11, 1204)), ' casa 2', ' bloco B'])}",
                "Cidade": city,
                "CEP": f"{cep2}{g.digits(r, 3)}-{g.digits(r, 3)}",
                "País": r.choices(["BR", "Brasil", "PT"], [80, 18, 2])[0],
                "Produto": prod,
                "SKU": f"{sku}-{r.choice(['P', 'M', 'G', 'GG', '38', '40', '42'])}-{r.choice(['PRT', 'BRC', 'AZL', 'VRM'])}",
                "Quantidade": qty,
                "Subtotal": round(price * qty, 2),
                "Frete": frete,
                "Total": round(price * qty + frete, 2),
                "Forma de pagamento": r.choice(["Pix", "Cartão de crédito", "Boleto", "Cartão de crédito"]),
                "Cartão": r.choice([f"**** **** **** {g.digits(r, 4)}", f"final {g.digits(r, 4)}"]),
                "Código de rastreio": f"{r.choice(['QB', 'OS', 'NX', 'PM'])}{g.digits(r, 9)}BR",
                "Centro de distribuição": r.choice(["Cajamar - SP", "Extrema - MG", "Itajaí - SC"]),
                "Observações do comprador": r.choice(BR_OBS),
            }
        )
    spec = [
        ("Número do pedido", "NONE"),
        ("Data", "NONE"),
        ("Status do pagamento", "NONE"),
        ("Nome do comprador", "PERSON_NAME"),
        ("E-mail", "EMAIL"),
        ("CPF", "NATIONAL_ID"),
        ("Telefone", "PHONE"),
        ("Endereço", "STREET_ADDRESS"),
        ("Cidade", "CITY"),
        ("CEP", "POSTAL_CODE"),
        ("País", "COUNTRY"),
        ("Produto", "NONE"),
        ("SKU", "NONE"),
        ("Quantidade", "NONE"),
        ("Subtotal", "NONE"),
        ("Frete", "NONE"),
        ("Total", "NONE"),
        ("Forma de pagamento", "NONE"),
        ("Cartão", "NONE"),
        ("Código de rastreio", "NONE"),
        ("Centro de distribuição", "NONE"),
        ("Observações do comprador", "NONE"),
    ]
    rows = [dict(x, **({"Cartão": None} if x["Forma de pagamento"] != "Cartão de crédito" else {})) for x in rows]
    return _assemble(
        "pedidos_loja", "pt", rows, spec, r, {"CPF": 0.05, "Telefone": 0.04, "Observações do comprador": 0.3}
    )


# 8 -- pl: HR attrition -------------------------------------------------------------------
PL_CITIES = [
    "Warszawa",
    "Kraków",
    "Łódź",
    "Wrocław",
    "Poznań",
    "Gdańsk",
    "Szczecin",
    "Bydgoszcz",
    "Lublin",
    "Białystok",
    "Katowice",
    "Gdynia",
    "Częstochowa",
    "Radom",
    "Toruń",
    "Rzeszów",
    "Kielce",
    "Gliwice",
    "Olsztyn",
    "Opole",
    "Piaseczno",
    "Pruszków",
]
PL_JOBS = [
    "księgowa",
    "specjalista ds. kadr",
    "programista",
    "magazynier",
    "kierownik zmiany",
    "operator wózka widłowego",
    "analityk danych",
    "handlowiec",
    "asystentka zarządu",
    "inżynier jakości",
    "kierowca",
    "pracownik produkcji",
    "tester oprogramowania",
    "konsultant",
    "specjalista ds. zakupów",
]


def hr_pl():
    r, f = g.rng(1308), g.faker("pl_PL", 1308)
    rows = []
    for i in range(N):
        sex = r.choice("MF")
        birth = g.dob(r, 20, 64)
        rows.append(
            {
                "nr_ewid": f"P{i + 1:05d}",
                "imię": f.first_name_male() if sex == "M" else f.first_name_female(),
                "nazwisko": f.last_name_male() if sex == "M" else f.last_name_female(),
                "PESEL": g.pl_pesel(f, birth, sex),
                "płeć": "K" if sex == "F" else "M",
                "wiek": g.age_of(birth),
                "stan_cywilny": r.choice(
                    ["kawaler/panna", "żonaty/zamężna", "rozwiedziony/a", "wdowiec/wdowa", "żonaty/zamężna"]
                ),
                "wykształcenie": r.choice(
                    ["podstawowe", "zawodowe", "średnie", "średnie", "wyższe", "wyższe", "policealne"]
                ),
                "stanowisko": r.choice(PL_JOBS),
                "dział": r.choice(["Finanse", "IT", "Logistyka", "Produkcja", "Sprzedaż", "HR", "Zakupy"]),
                "miejsce_zamieszkania": r.choice(PL_CITIES),
                "lokalizacja_biura": r.choice(["Warszawa", "Kraków", "Wrocław"]),
                "wynagrodzenie_brutto": r.randrange(4300, 22000, 50),
                "staż_lat": round(r.uniform(0, 25), 1),
                "ocena_roczna": r.choice([1, 2, 3, 3, 3, 4, 4, 5]),
                "nadgodziny_mies": r.choice([0, 0, 4, 8, 12, 20, 30]),
                "związek_zawodowy": r.choice(["T", "N", "N", "N"]),
                "niepełnosprawność": r.choices(["brak", "lekki", "umiarkowany", "znaczny"], [88, 6, 4, 2])[0],
                "data_zatrudnienia": g.day(r, dt.date(2005, 1, 1), 7000).strftime("%Y-%m-%d"),
                "odejście": int(r.random() < 0.16),
            }
        )
    spec = [
        ("nr_ewid", "NONE"),
        ("imię", "PERSON_NAME"),
        ("nazwisko", "PERSON_NAME"),
        ("PESEL", "NATIONAL_ID"),
        ("płeć", "GENDER"),
        ("wiek", "AGE"),
        ("stan_cywilny", "MARITAL_STATUS"),
        ("wykształcenie", "EDUCATION"),
        ("stanowisko", "OCCUPATION"),
        ("dział", "NONE"),
        ("miejsce_zamieszkania", "CITY"),
        ("lokalizacja_biura", "NONE"),
        ("wynagrodzenie_brutto", "FINANCIAL"),
        ("staż_lat", "NONE"),
        ("ocena_roczna", "NONE"),
        ("nadgodziny_mies", "NONE"),
        ("związek_zawodowy", "TRADE_UNION"),
        ("niepełnosprawność", "HEALTH"),
        ("data_zatrudnienia", "NONE"),
        ("odejście", "NONE"),
    ]
    return _assemble("rotacja_pracownikow", "pl", rows, spec, r, {"stan_cywilny": 0.05, "związek_zawodowy": 0.1})


# 9 -- mixed (en/de/fr): ServiceNow incident export ----------------------------------------
SHORT = [
    "Outlook startet nicht",
    "VPN ne fonctionne pas",
    "Password reset",
    "Drucker im 3. OG offline",
    "Teams audio issue",
    "Accès SAP refusé",
    "Laptop sehr langsam",
    "New monitor request",
    "Écran noir au démarrage",
    "MFA device lost",
    "Excel-Makro Fehler",
    "Wi-Fi drops in meeting room",
]
DESC = [
    "Hallo, bitte das Passwort für {name} zurücksetzen. Erreichbar unter {tel}.",
    "Bonjour, {name} n'arrive plus à se connecter au VPN depuis ce matin. Merci de le rappeler au {tel}.",
    "User {name} ({email}) cannot open Outlook after the update.",
    "Printer on 3rd floor shows error 49.4C02, restarted twice.",
    "Le poste de {name} redémarre en boucle, numéro de série PF2{sn}.",
    "Bitte neuen Monitor für Kollegin {name} bestellen, Kostenstelle 4711.",
    "Teams call quality poor in room Atlas, all users affected.",
    "Kunde meldet: SAP Transaktion VA01 bricht ab.",
    "Please call back {name} on {tel} regarding the lost MFA token.",
]
RESOLUTION = [
    "Password reset done",
    "Neustart durchgeführt, Problem behoben",
    "Pilote réinstallé",
    "Hardware replaced under warranty",
    "Duplicate of earlier incident",
    "Berechtigung erteilt",
    "Cache vidé, OK",
    "No response from user, closed",
    "",
]


def incidents_mixed():
    r = g.rng(1309)
    fk = {"de": g.faker("de_DE", 13091), "fr": g.faker("fr_FR", 13092), "en": g.faker("en_GB", 13093)}
    agents = [f"{fk[lg].first_name()} {fk[lg].last_name()}" for lg in ["de", "de", "fr", "en", "en", "fr", "de"]]
    rows = []
    for i in range(N):
        lg = r.choice(["de", "de", "fr", "en"])
        f = fk[lg]
        first, last = f.first_name(), f.last_name()
        name = f"{first} {last}"
        email = f"{_ascii(first)}.{_ascii(last)}@contoso-group.com"
        tel = {
            "de": f"+49 {r.choice(['151', '160', '170', '176'])} {g.digits(r, 7)}",
            "fr": f"06 {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)} {g.digits(r, 2)}",
            "en": f"+44 7{g.digits(r, 3)} {g.digits(r, 6)}",
        }[lg]
        opened = g.ts(r, dt.datetime(2024, 1, 2), 160)
        rows.append(
            {
                "number": f"INC{12000 + i * 3:07d}",
                "sys_id": f"{r.getrandbits(128):032x}",
                "opened_at": opened.strftime("%Y-%m-%d %H:%M:%S"),
                "caller_id": name,
                "u_caller_email": email,
                "u_caller_user_name": r.choice(
                    [
                        f"{_ascii(first)[0]}{_ascii(last)}",
                        f"{_ascii(first)}.{_ascii(last)}",
                        f"{_ascii(last)[:6]}{_ascii(first)[:2]}",
                    ]
                ),
                "u_caller_phone": tel,
                "short_description": r.choice(SHORT),
                "description": r.choice(DESC).format(name=name, tel=tel, email=email, sn=g.digits(r, 5)),
                "priority": r.choice(
                    ["1 - Critical", "2 - High", "3 - Moderate", "4 - Low", "3 - Moderate", "4 - Low"]
                ),
                "state": r.choice(["Closed", "Resolved", "In Progress", "New", "On Hold"]),
                "assignment_group": r.choice(
                    ["Service Desk DE", "Service Desk FR", "EUC Field Services", "Network Ops", "SAP Basis"]
                ),
                "assigned_to": r.choice(agents),
                "cmdb_ci": r.choice(
                    ["Outlook", "GlobalProtect VPN", "SAP ERP", "Microsoft Teams", "HP LaserJet 4050", "Windows 11"]
                ),
                "u_client_ip": r.choice(
                    [
                        f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                        f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                    ]
                ),
                "u_mac": ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))
                if r.random() < 0.7
                else "-".join(f"{r.randint(0, 255):02x}" for _ in range(6)),
                "location": r.choice(
                    ["Berlin HQ", "München Campus", "Paris - La Défense", "Lyon Part-Dieu", "London Canary Wharf"]
                ),
                "close_notes": r.choice(RESOLUTION),
                "made_sla": r.choice(["true", "true", "true", "false"]),
                "time_worked": r.choice([5, 10, 15, 20, 30, 45, 60, 90]),
            }
        )
    spec = [
        ("number", "NONE"),
        ("sys_id", "NONE"),
        ("opened_at", "NONE"),
        ("caller_id", "PERSON_NAME"),
        ("u_caller_email", "EMAIL"),
        ("u_caller_user_name", "USERNAME"),
        ("u_caller_phone", "PHONE"),
        ("short_description", "NONE"),
        ("description", "FREE_TEXT_WITH_PII"),
        ("priority", "NONE"),
        ("state", "NONE"),
        ("assignment_group", "NONE"),
        ("assigned_to", "PERSON_NAME"),
        ("cmdb_ci", "NONE"),
        ("u_client_ip", "IP_ADDRESS"),
        ("u_mac", "MAC_ADDRESS"),
        ("location", "NONE"),
        ("close_notes", "NONE"),
        ("made_sla", "NONE"),
        ("time_worked", "NONE"),
    ]
    return _assemble(
        "servicenow_incidents",
        "mixed",
        rows,
        spec,
        r,
        {"u_caller_phone": 0.15, "assigned_to": 0.08, "u_mac": 0.2, "close_notes": 0.2},
    )


# 10 -- mixed (es/pt/it/en): mobile-app event log ------------------------------------------
APP_GEO = [
    ("ES", "Madrid", 40.42, -3.70),
    ("ES", "Barcelona", 41.39, 2.17),
    ("ES", "Valencia", 39.47, -0.38),
    ("BR", "São Paulo", -23.55, -46.63),
    ("BR", "Rio de Janeiro", -22.91, -43.17),
    ("PT", "Lisboa", 38.72, -9.14),
    ("PT", "Porto", 41.15, -8.61),
    ("IT", "Milano", 45.46, 9.19),
    ("IT", "Roma", 41.90, 12.50),
    ("US", "Miami", 25.76, -80.19),
]
EVENTS = ["app_open", "screen_view", "add_to_cart", "purchase", "search", "login", "push_open", "logout"]
SCREENS = ["home", "catalogo", "carrinho", "checkout", "perfil", "ricerca", "ofertas", "settings"]


def app_events_mixed():
    r = g.rng(1310)
    fk = {
        "ES": g.faker("es_ES", 13101),
        "BR": g.faker("pt_BR", 13102),
        "PT": g.faker("pt_PT", 13103),
        "IT": g.faker("it_IT", 13104),
        "US": g.faker("en_US", 13105),
    }
    users = []
    for _ in range(140):
        cc, city, lat, lon = r.choice(APP_GEO)
        f = fk[cc]
        handle = r.choice(
            [
                f"{_ascii(f.first_name())}_{r.randint(70, 2005)}",
                f"{_ascii(f.first_name())}.{_ascii(f.last_name())}",
                f"@{_ascii(f.first_name())}{_ascii(f.last_name())[:3]}",
            ]
        )
        users.append(
            dict(
                uid=g.uuid4(r),
                adid=g.uuid4(r).upper() if r.random() < 0.5 else g.uuid4(r),
                cc=cc,
                city=city,
                lat=lat,
                lon=lon,
                handle=handle,
                ip=f.ipv4_public() if r.random() < 0.8 else f.ipv6(),
                os=r.choice(["iOS 17.2", "iOS 16.7.5", "Android 14", "Android 13", "Android 12"]),
                model=r.choice(["iPhone14,2", "iPhone15,3", "SM-G991B", "Pixel 7", "moto g(60)", "Redmi Note 12"]),
                locale={"ES": "es_ES", "BR": "pt_BR", "PT": "pt_PT", "IT": "it_IT", "US": "en_US"}[cc],
            )
        )
    rows = []
    t0 = dt.datetime(2024, 5, 1)
    for _ in range(N):
        u = r.choice(users)
        ev = r.choice(EVENTS)
        props = {"screen": r.choice(SCREENS)}
        if ev in ("add_to_cart", "purchase"):
            props.update(
                item_id=f"SKU-{r.randint(1000, 9999)}",
                price=round(r.uniform(3, 120), 2),
                currency=r.choice(["EUR", "BRL", "USD"]),
            )
        rows.append(
            {
                "event_id": g.uuid4(r),
                "event_ts": int(g.ts(r, t0, 30).timestamp() * 1000),
                "event_name": ev,
                "user_id": u["uid"],
                "advertising_id": u["adid"],
                "session_id": str(r.randint(1714500000, 1717100000)),
                "app_version": r.choice(["5.12.0.318", "5.11.2.301", "5.10.4.287", "6.0.0.402"]),
                "os_version": u["os"],
                "device_model": u["model"],
                "ip": u["ip"],
                "geo_lat": round(u["lat"] + r.uniform(-0.03, 0.03), 5),
                "geo_lon": round(u["lon"] + r.uniform(-0.03, 0.03), 5),
                "geo_city": u["city"],
                "locale": u["locale"],
                "user_handle": u["handle"],
                "screen_name": props["screen"],
                "duration_ms": r.randint(50, 90000),
                "referrer": r.choice(
                    [
                        "https://www.google.com/",
                        "https://www.instagram.com/",
                        "android-app://com.google.android.gm",
                        "",
                        "https://t.co/",
                    ]
                ),
                "event_params": json.dumps(props, ensure_ascii=False),
            }
        )
    spec = [
        ("event_id", "NONE"),
        ("event_ts", "NONE"),
        ("event_name", "NONE"),
        ("user_id", "DEVICE_ID"),
        ("advertising_id", "DEVICE_ID"),
        ("session_id", "NONE"),
        ("app_version", "NONE"),
        ("os_version", "NONE"),
        ("device_model", "NONE"),
        ("ip", "IP_ADDRESS"),
        ("geo_lat", "GEO_COORDINATE"),
        ("geo_lon", "GEO_COORDINATE"),
        ("geo_city", "CITY"),
        ("locale", "NONE"),
        ("user_handle", "USERNAME"),
        ("screen_name", "NONE"),
        ("duration_ms", "NONE"),
        ("referrer", "NONE"),
        ("event_params", "NONE"),
    ]
    return _assemble(
        "app_event_log",
        "mixed",
        rows,
        spec,
        r,
        {"advertising_id": 0.35, "geo_lat": 0.1, "geo_lon": 0.1, "geo_city": 0.05, "user_handle": 0.2, "referrer": 0.3},
    )


# -----------------------------------------------------------------------------------------
def _assemble(name, lang, rows, spec, r, nullrate):
    assert len(rows) == N
    assert set(rows[0]) == {h for h, _ in spec}, (name, set(rows[0]) ^ {h for h, _ in spec})
    cols = []
    for h, gold in spec:
        vals = [row[h] for row in rows]
        vals = [None if v == "" else v for v in vals]
        vals = g.nulls(r, vals, nullrate.get(h, 0.0))
        if gold != "NONE" and isinstance(next((v for v in vals if v is not None), None), str):
            vals = g.messy_ws(r, vals, 0.03)
        cols.append((h, gold, vals))
    return {"name": name, "lang": lang, "columns": cols}


def all_tables():
    return [
        churn_en(),
        loan_de(),
        readmission_fr(),
        leads_es(),
        claims_it(),
        energie_nl(),
        pedidos_pt(),
        hr_pl(),
        incidents_mixed(),
        app_events_mixed(),
    ]
