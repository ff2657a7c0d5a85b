"""blind12: ten fresh labelled tables (600 rows each) for the column scanner; gold labels follow spec/entities.md."""

from __future__ import annotations

import random
import re
from datetime import date, datetime

from faker import Faker

from . import _gen as g

N = g.N


def _faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


# ---------------------------------------------------------------- en: dental-lab order system
def t_dental_lab() -> dict:
    rng = random.Random(1201)
    fk = _faker("en_GB", 1201)
    cols = []
    cols.append(("ord_no", "NONE", [f"DL-{rng.choice([2023, 2024])}-{i + 4100:06d}" for i in range(N)]))
    cols.append(
        (
            "rx_recv",
            "NONE",
            [
                g.fmt_date(
                    rng, g.rand_date(rng, date(2023, 1, 1), date(2024, 12, 31)), ["%d/%m/%Y", "%Y-%m-%d", "%d-%b-%y"]
                )
                for _ in range(N)
            ],
        )
    )
    sexes = [rng.choice("MF") for _ in range(N)]
    fn = [fk.first_name_male() if s == "M" else fk.first_name_female() for s in sexes]
    cols.append(("pt_fname", "PERSON_NAME", g.messy(rng, g.nullify(rng, fn, 0.03), 0.05, 0.1)))
    cols.append(("pt_sname", "PERSON_NAME", g.messy(rng, [fk.last_name() for _ in range(N)], 0.05, 0.3)))
    cols.append(
        (
            "pt_dob",
            "DATE_OF_BIRTH",
            g.nullify(
                rng,
                [
                    g.fmt_date(rng, g.dob(rng, 1935, 2012), ["%d/%m/%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"])
                    for _ in range(N)
                ],
                0.05,
            ),
        )
    )
    nhs = []
    for _ in range(N):
        n = g.nhs_number(rng)
        nhs.append(rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]))
    cols.append(("nhs_no", "NATIONAL_ID", g.nullify(rng, nhs, 0.12)))
    cols.append(("sx", "GENDER", [s if rng.random() < 0.9 else rng.choice(["U", "m", "f"]) for s in sexes]))
    practices = [
        f"{fk.last_name()} {rng.choice(['Dental Care', 'Dental Practice', 'Smile Studio', 'Orthodontics'])} {rng.choice(['Ltd', 'LLP', ''])}".strip()
        for _ in range(45)
    ]
    pidx = [rng.randrange(45) for _ in range(N)]
    cols.append(("practice", "NONE", [practices[i] for i in pidx]))
    ptown = [fk.city() for _ in range(45)]
    cols.append(("practice_town", "NONE", [ptown[i] for i in pidx]))
    dentists = [
        f"Dr {fk.first_name()[0]}. {fk.last_name()}" if rng.random() < 0.6 else f"{fk.first_name()} {fk.last_name()}"
        for _ in range(70)
    ]
    cols.append(("presc_dentist", "PERSON_NAME", [dentists[rng.randrange(70)] for _ in range(N)]))
    cols.append(
        (
            "shade",
            "NONE",
            [rng.choice(["A1", "A2", "A3", "A3.5", "B1", "B2", "C1", "D2", "BL2", "0M1"]) for _ in range(N)],
        )
    )
    cols.append(
        (
            "mat",
            "NONE",
            [rng.choice(["Zirconia", "E.max", "PFM", "Co-Cr", "PMMA", "Gold Type III", "Acrylic"]) for _ in range(N)],
        )
    )
    cols.append(
        (
            "units",
            "NONE",
            [
                ",".join(str(rng.choice([1, 2, 3, 4])) + str(rng.randint(1, 8)) for _ in range(rng.randint(1, 3)))
                for _ in range(N)
            ],
        )
    )
    cols.append(("price_gbp", "NONE", [f"{rng.uniform(35, 900):.2f}" for _ in range(N)]))
    cols.append(
        (
            "med_alert",
            "HEALTH",
            g.nullify(
                rng,
                [
                    rng.choice(
                        [
                            "Nickel allergy",
                            "Latex allergy",
                            "Epilepsy",
                            "On warfarin",
                            "Type 2 diabetes",
                            "Bisphosphonates",
                            "Bruxism",
                            "Penicillin allergy",
                            "Asthma",
                            "NKDA",
                        ]
                    )
                    for _ in range(N)
                ],
                0.35,
            ),
        )
    )
    techs = [
        f"{fk.first_name()[0].lower()}{fk.last_name().lower()}{rng.choice(['', '01', '2', '_lab'])}" for _ in range(14)
    ]
    cols.append(("tech_login", "USERNAME", [rng.choice(techs) for _ in range(N)]))
    cols.append(("job_guid", "NONE", [g.fuuid(rng) for _ in range(N)]))
    cols.append(
        (
            "trk",
            "NONE",
            [
                f"1Z{g.digits(rng, 3)}{rng.choice(['AA', 'X1', 'E0'])}{g.digits(rng, 10)}"
                if rng.random() < 0.6
                else f"JD{g.digits(rng, 16)}"
                for _ in range(N)
            ],
        )
    )
    notes = []
    for i in range(N):
        r = rng.random()
        if r < 0.3:
            notes.append(f"Pt {fn[i]} {fk.last_name()} anxious, call mum on {fk.phone_number()} before fit appt")
        elif r < 0.55:
            notes.append(
                f"Deliver to home address {fk.street_address()}, {fk.postcode()} - patient {fk.name()} housebound"
            )
        elif r < 0.75:
            notes.append(f"Remake requested by {fk.name()} ({fk.free_email()}) after failed try-in")
        else:
            notes.append(rng.choice(["Rush job", "Opposing model cracked, re-poured", "Check occlusion", None]))
    cols.append(("notes", "FREE_TEXT_WITH_PII", notes))
    cols.append(
        (
            "qc",
            "NONE",
            [
                rng.choice(
                    [
                        "Margins OK",
                        "Contacts adjusted",
                        "Shade match approved",
                        "Re-glazed",
                        "Passed QC",
                        "Minor porosity polished out",
                        None,
                    ]
                )
                for _ in range(N)
            ],
        )
    )
    cols.append(("STATUS", "NONE", [rng.choice(["RECVD", "INPROD", "QC", "DISP", "HOLD"]) for _ in range(N)]))
    return {"name": "dental_lab_orders", "lang": "en", "columns": cols}


# ---------------------------------------------------------------- de: church-tax register
def t_kirchensteuer() -> dict:
    rng = random.Random(1202)
    fk = _faker("de_DE", 1202)
    cols = []
    cols.append(("lfd_nr", "NONE", [str(i + 1) for i in range(N)]))
    ids = []
    for _ in range(N):
        s = g.steuer_id(rng)
        ids.append(rng.choice([s, s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"]))
    cols.append(("IdNr", "NATIONAL_ID", g.nullify(rng, ids, 0.02)))
    cols.append(("NAME", "PERSON_NAME", [fk.last_name().upper() for _ in range(N)]))
    cols.append(("VORNAME", "PERSON_NAME", g.messy(rng, [fk.first_name() for _ in range(N)], 0.04, 0.5)))
    cols.append(
        (
            "GebDat",
            "DATE_OF_BIRTH",
            [g.fmt_date(rng, g.dob(rng, 1935, 2004), ["%d.%m.%Y", "%d.%m.%Y", "%d.%m.%y", "%Y%m%d"]) for _ in range(N)],
        )
    )
    cols.append(
        (
            "Konf",
            "RELIGION",
            [rng.choice(["rk", "rk", "ev", "ev", "ev", "ak", "lt", "fr", "--", "is", "jd"]) for _ in range(N)],
        )
    )
    cols.append(
        (
            "FamSt",
            "MARITAL_STATUS",
            [rng.choice(["verh.", "ledig", "ledig", "gesch.", "verw.", "dauernd getrennt", "LP"]) for _ in range(N)],
        )
    )
    cols.append(("zvE", "FINANCIAL", [f"{rng.randint(9000, 180000):,}".replace(",", ".") + ",00" for _ in range(N)]))
    cols.append(("KiSt_Satz", "NONE", [rng.choice(["9 %", "9 %", "8 %"]) for _ in range(N)]))
    cols.append(("Anschrift", "STREET_ADDRESS", g.messy(rng, [fk.street_address() for _ in range(N)], 0.05)))
    cols.append(("PLZ", "POSTAL_CODE", [fk.postcode() for _ in range(N)]))
    cols.append(("Wohnort", "CITY", g.messy(rng, [fk.city() for _ in range(N)], 0.03, 0.1)))
    fa = [(f"FA {fk.city()}", f"{rng.randint(1000, 9999)}") for _ in range(30)]
    fidx = [rng.randrange(30) for _ in range(N)]
    cols.append(("Finanzamt", "NONE", [fa[i][0] for i in fidx]))
    cols.append(("BuFaNr", "NONE", [fa[i][1] for i in fidx]))
    cols.append(
        ("Bescheid", "NONE", [f"KiSt/{rng.choice([2022, 2023])}/{rng.randint(1, 999999):06d}" for _ in range(N)])
    )
    cols.append(
        (
            "erf_am",
            "NONE",
            [
                g.rand_ts(rng, datetime(2023, 1, 2), datetime(2024, 12, 30)).strftime("%d.%m.%Y %H:%M:%S")
                for _ in range(N)
            ],
        )
    )
    emp = [c if re.search(r"GmbH|AG|KG|OHG|e\.V\.|mbH", c) else c + " GmbH" for c in (fk.company() for _ in range(80))]
    cols.append(("Arbeitgeber", "NONE", g.nullify(rng, [rng.choice(emp) for _ in range(N)], 0.15)))
    cols.append(
        (
            "StNr_AG",
            "NONE",
            g.nullify(
                rng,
                [f"{rng.randint(100, 299)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}" for _ in range(N)],
                0.15,
            ),
        )
    )
    ib = []
    for _ in range(N):
        x = g.iban(rng, "DE", 18)
        ib.append(g.group4(x) if rng.random() < 0.5 else x)
    cols.append(("Bankverb", "IBAN", g.nullify(rng, ib, 0.2)))
    cols.append(
        (
            "Bemerkung",
            "NONE",
            [
                rng.choice(
                    [
                        "Nachzahlung angefordert",
                        "Bescheid geändert",
                        "Erstattung veranlasst",
                        "Einspruch eingelegt",
                        "",
                        None,
                        "Ratenzahlung bewilligt",
                    ]
                )
                for _ in range(N)
            ],
        )
    )
    return {"name": "kirchensteuer_register", "lang": "de", "columns": cols}


# ---------------------------------------------------------------- fr: refugee-reception centre register
def t_cada() -> dict:
    rng = random.Random(1203)
    fk = _faker("fr_FR", 1203)
    origins = [
        (
            "Afghanistan",
            "Afghane",
            ["Kaboul", "Hérat", "Kandahar", "Mazar-e Charif"],
            ["Ahmad", "Farid", "Zahra", "Mariam", "Hamid"],
            ["Rahimi", "Ahmadi", "Hashimi", "Sultani"],
        ),
        (
            "Syrie",
            "Syrienne",
            ["Alep", "Damas", "Homs", "Idleb"],
            ["Omar", "Rami", "Lina", "Nour", "Yasmine"],
            ["Al-Hassan", "Khalil", "Haddad", "Mansour"],
        ),
        (
            "Érythrée",
            "Érythréenne",
            ["Asmara", "Keren", "Massaoua"],
            ["Tesfay", "Yonas", "Selam", "Helen", "Mehari"],
            ["Gebremedhin", "Tekle", "Haile", "Berhane"],
        ),
        (
            "Soudan",
            "Soudanaise",
            ["Khartoum", "El Fasher", "Nyala"],
            ["Mohamed", "Abdelrahman", "Amna", "Fatima"],
            ["Osman", "Ibrahim", "Adam", "Yousif"],
        ),
        (
            "Guinée",
            "Guinéenne",
            ["Conakry", "Kankan", "Labé"],
            ["Mamadou", "Alpha", "Aissatou", "Fatoumata"],
            ["Diallo", "Barry", "Bah", "Camara"],
        ),
        (
            "Ukraine",
            "Ukrainienne",
            ["Kharkiv", "Odessa", "Kyiv"],
            ["Olena", "Andriy", "Iryna", "Taras"],
            ["Shevchenko", "Kovalenko", "Bondarenko"],
        ),
    ]
    o = [rng.choice(origins) for _ in range(N)]
    cols = []
    cols.append(
        (
            "N° dossier",
            "NONE",
            [f"CADA-{rng.choice(['75', '69', '13', '33'])}-{rng.choice([2023, 2024])}-{i + 1:05d}" for i in range(N)],
        )
    )
    cols.append(("NOM", "PERSON_NAME", [rng.choice(x[4]).upper() for x in o]))
    first = [rng.choice(x[3]) for x in o]
    cols.append(("Prénom(s)", "PERSON_NAME", first))
    dn = []
    for _ in range(N):
        d = g.dob(rng, 1960, 2010)
        dn.append(
            f"01/01/{d.year}" if rng.random() < 0.25 else d.strftime(rng.choice(["%d/%m/%Y", "%d/%m/%Y", "%Y-%m-%d"]))
        )
    cols.append(("date_naiss", "DATE_OF_BIRTH", dn))
    cols.append(("lieu_naiss", "CITY", [rng.choice(x[2]) for x in o]))
    cols.append(("pays_naiss", "COUNTRY", [x[0] for x in o]))
    cols.append(
        ("Nationalité", "NATIONALITY", g.messy(rng, [x[1] if rng.random() < 0.9 else "Apatride" for x in o], 0.02, 0.2))
    )
    cols.append(("sexe", "GENDER", [rng.choice(["H", "F", "H"]) for _ in range(N)]))
    cols.append(
        (
            "sit_fam",
            "MARITAL_STATUS",
            [
                rng.choice(["Célibataire", "Marié(e)", "Veuf(ve)", "Divorcé(e)", "Concubinage", "Séparé(e)"])
                for _ in range(N)
            ],
        )
    )
    pp = []
    for _ in range(N):
        r = rng.random()
        pp.append(
            f"P{g.digits(rng, 7)}"
            if r < 0.3
            else (
                f"N{g.digits(rng, 9)}"
                if r < 0.5
                else (f"{rng.choice('FGH')}{rng.choice('ABCDEFGH')}{g.digits(rng, 6)}" if r < 0.75 else None)
            )
        )
    cols.append(("num_passeport", "PASSPORT", pp))
    cols.append(
        (
            "vulnérabilité",
            "HEALTH",
            g.nullify(
                rng,
                [
                    rng.choice(
                        [
                            "Diabète",
                            "Grossesse 6 mois",
                            "Handicap moteur",
                            "Stress post-traumatique",
                            "Tuberculose traitée",
                            "Hépatite B",
                            "Asthme",
                            "Suivi psychiatrique",
                        ]
                    )
                    for _ in range(N)
                ],
                0.55,
            ),
        )
    )
    tel = [fk.phone_number() if rng.random() < 0.8 else f"+33{rng.choice('67')}{g.digits(rng, 8)}" for _ in range(N)]
    cols.append(("tel_portable", "PHONE", g.nullify(rng, tel, 0.2)))
    cols.append(
        ("chambre", "NONE", [f"{rng.choice('ABCD')}-{rng.randint(1, 3)}{rng.randint(1, 30):02d}" for _ in range(N)])
    )
    cols.append(
        (
            "date_arrivee",
            "NONE",
            [g.rand_date(rng, date(2022, 6, 1), date(2024, 11, 30)).strftime("%d/%m/%Y") for _ in range(N)],
        )
    )
    cols.append(
        ("site", "NONE", [rng.choice(["Paris 19e", "Lyon", "Marseille", "Bordeaux", "Villeurbanne"]) for _ in range(N)])
    )
    social = [fk.name() for _ in range(12)]
    cols.append(("ref_social", "PERSON_NAME", [rng.choice(social) for _ in range(N)]))
    obs = []
    for i in range(N):
        r = rng.random()
        if r < 0.35:
            obs.append(
                f"RDV OFPRA le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} accompagné par {rng.choice(social)}, joindre {first[i]} au {fk.phone_number()}"
            )
        elif r < 0.6:
            obs.append(
                f"{first[i]} hébergé(e) chez son cousin {fk.first_name()} {fk.last_name()}, {fk.street_address()}, {fk.postcode()} {fk.city()}"
            )
        elif r < 0.75:
            obs.append(f"Courriel de l'avocat Me {fk.last_name()} : {fk.email()}")
        else:
            obs.append(rng.choice(["RAS", "Dossier complet", "Attente récépissé", None]))
    cols.append(("obs", "FREE_TEXT_WITH_PII", obs))
    cols.append(("c12", "NONE", [g.hexs(rng, 12) for _ in range(N)]))
    cols.append(("code_prest", "NONE", [rng.choice(["ADA", "CMA", "ADA+CMA", "AME", "PUMa"]) for _ in range(N)]))
    return {"name": "cada_registre", "lang": "fr", "columns": cols}


# ---------------------------------------------------------------- es: rental-car damage report export
def t_danos() -> dict:
    rng = random.Random(1204)
    fk = _faker("es_ES", 1204)
    cols = []
    cols.append(("num_parte", "NONE", [f"PD{rng.randint(100000, 999999)}" for _ in range(N)]))
    cols.append(
        (
            "matricula_flota",
            "NONE",
            [
                f"{rng.randint(0, 9999):04d} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
                for _ in range(N)
            ],
        )
    )
    cols.append(
        (
            "bastidor",
            "NONE",
            [
                rng.choice(["VF1", "WVW", "VSS", "ZFA", "WBA"])
                + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
                for _ in range(N)
            ],
        )
    )
    cols.append(("conductor", "PERSON_NAME", g.messy(rng, [fk.name() for _ in range(N)], 0.05, 0.2)))
    docs = []
    for _ in range(N):
        x = g.dni(rng) if rng.random() < 0.75 else g.nie(rng)
        docs.append(x if rng.random() < 0.7 else f"{x[:-1]}-{x[-1]}")
    cols.append(("DNI/NIE", "NATIONAL_ID", g.nullify(rng, docs, 0.04)))
    lic = []
    for _ in range(N):
        r = rng.random()
        if r < 0.6:
            lic.append(g.dni(rng))
        elif r < 0.8:
            lic.append(
                f"{fk.last_name()[:5].upper():9<5}{g.digits(rng, 6)}{rng.choice('ABCDEFGHJ')}{rng.choice('ABCDEFGHJ')}9{rng.choice('ABCDEFGHJKL')}{rng.choice('ABCDEFGHJKL')}"
            )
        else:
            lic.append(f"B{g.digits(rng, 7)}")
    cols.append(("permiso_cond", "DRIVER_LICENSE", lic))
    cols.append(
        (
            "f_nac",
            "DATE_OF_BIRTH",
            [g.fmt_date(rng, g.dob(rng, 1945, 2003), ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]) for _ in range(N)],
        )
    )
    cols.append(("email_cli", "EMAIL", g.messy(rng, g.nullify(rng, [fk.email() for _ in range(N)], 0.06), 0.03, 0.05)))
    cols.append(
        (
            "movil",
            "PHONE",
            [
                rng.choice(
                    [
                        f"+34 6{g.digits(rng, 2)} {g.digits(rng, 3)} {g.digits(rng, 3)}",
                        f"6{g.digits(rng, 8)}",
                        f"7{g.digits(rng, 2)}-{g.digits(rng, 3)}-{g.digits(rng, 3)}",
                    ]
                )
                for _ in range(N)
            ],
        )
    )
    cards = []
    for _ in range(N):
        c = g.card(rng)
        cards.append(g.group4(c) if rng.random() < 0.5 else c)
    cols.append(("tarjeta_garantia", "CREDIT_CARD", cards))
    cols.append(
        (
            "fecha_devol",
            "NONE",
            [g.rand_ts(rng, datetime(2024, 1, 1), datetime(2024, 12, 31)).strftime("%Y-%m-%d %H:%M") for _ in range(N)],
        )
    )
    km = [rng.randint(2000, 90000) for _ in range(N)]
    cols.append(("km_sal", "NONE", [str(k) for k in km]))
    cols.append(("km_ent", "NONE", [str(k + rng.randint(20, 3000)) for k in km]))
    cols.append(
        (
            "oficina",
            "NONE",
            [
                rng.choice(["MAD Barajas T4", "BCN Sants", "AGP Aeropuerto", "VLC Centro", "SVQ Santa Justa"])
                for _ in range(N)
            ],
        )
    )
    cols.append(
        ("ciudad_of", "NONE", [rng.choice(["Madrid", "Barcelona", "Málaga", "Valencia", "Sevilla"]) for _ in range(N)])
    )
    cols.append(
        (
            "zona_dano",
            "NONE",
            [
                rng.choice(
                    ["Paragolpes delantero", "Retrovisor izq.", "Puerta trasera dcha.", "Llanta", "Parabrisas", "Capó"]
                )
                for _ in range(N)
            ],
        )
    )
    cols.append(("imp_franquicia", "NONE", [f"{rng.choice([150, 300, 600, 900, 1200])},00 €" for _ in range(N)]))
    decl = []
    for _ in range(N):
        r = rng.random()
        if r < 0.4:
            decl.append(
                f"El cliente {fk.name()} declara que el vehículo de {fk.name()} (matrícula {g.digits(rng, 4)} {''.join(rng.choice('BCDFGHJKL') for _ in range(3))}) le golpeó en el parking"
            )
        elif r < 0.7:
            decl.append(f"Testigo: {fk.name()}, tel. {fk.phone_number()}, vive en {fk.street_address()}")
        else:
            decl.append(
                rng.choice(
                    ["Daño encontrado en la devolución", "Sin declaración", "Rayón leve, cliente no conforme", None]
                )
            )
    cols.append(("declaracion", "FREE_TEXT_WITH_PII", decl))
    cols.append(
        (
            "obs_taller",
            "NONE",
            [
                rng.choice(["Presupuesto enviado", "Pieza pedida", "Reparado", "Pendiente peritaje", None])
                for _ in range(N)
            ],
        )
    )
    cols.append(("estado", "NONE", [rng.choice(["ABIERTO", "CERRADO", "FACTURADO", "EN_PERITAJE"]) for _ in range(N)]))
    return {"name": "partes_danos_alquiler", "lang": "es", "columns": cols}


# ---------------------------------------------------------------- it: clinical-laboratory sample tracker
def t_lab() -> dict:
    rng = random.Random(1205)
    fk = _faker("it_IT", 1205)
    cols = []
    cols.append(("ID_campione", "NONE", [f"LAB{rng.choice([23, 24])}-{rng.randint(0, 9999999):07d}" for _ in range(N)]))
    fem = [rng.random() < 0.5 for _ in range(N)]
    sn = [fk.last_name() for _ in range(N)]
    nm = [fk.first_name_female() if f else fk.first_name_male() for f in fem]
    dobs = [g.dob(rng, 1930, 2020) for _ in range(N)]
    cols.append(
        (
            "cod_fisc",
            "NATIONAL_ID",
            g.nullify(rng, [g.codice_fiscale(rng, sn[i], nm[i], dobs[i], fem[i]) for i in range(N)], 0.05),
        )
    )
    cols.append(
        (
            "paziente",
            "PERSON_NAME",
            [f"{sn[i]} {nm[i]}".upper() if rng.random() < 0.7 else f"{sn[i]}, {nm[i]}" for i in range(N)],
        )
    )
    cols.append(
        ("dt_nascita", "DATE_OF_BIRTH", [d.strftime(rng.choice(["%d/%m/%Y", "%d/%m/%Y", "%d-%m-%Y"])) for d in dobs])
    )
    cols.append(("eta", "AGE", [str(g.age_on(d)) for d in dobs]))
    cols.append(("sesso", "GENDER", ["F" if f else "M" for f in fem]))
    cols.append(
        (
            "n_cartella",
            "MEDICAL_RECORD_NUMBER",
            [
                f"{rng.choice([2021, 2022, 2023, 2024])}/{rng.randint(1, 99999):06d}"
                if rng.random() < 0.5
                else f"CC{rng.randint(100000, 9999999)}"
                for _ in range(N)
            ],
        )
    )
    cols.append(
        (
            "reparto",
            "NONE",
            [
                rng.choice(
                    ["Medicina Interna", "Cardiologia", "Pronto Soccorso", "Ambulatorio", "Ortopedia", "Pediatria"]
                )
                for _ in range(N)
            ],
        )
    )
    docs = [
        f"Dott. {fk.last_name()}" if rng.random() < 0.5 else f"{fk.first_name()} {fk.last_name()}" for _ in range(40)
    ]
    cols.append(("medico_rich", "PERSON_NAME", [rng.choice(docs) for _ in range(N)]))
    cols.append(
        (
            "provetta",
            "NONE",
            [rng.choice(["EDTA", "Siero", "Citrato", "Eparina litio", "Urine", "Fluoruro"]) for _ in range(N)],
        )
    )
    cols.append(
        (
            "ICD10",
            "HEALTH",
            g.nullify(
                rng,
                [
                    rng.choice(
                        [
                            "E11.9",
                            "I10",
                            "J18.9",
                            "N39.0",
                            "K21.0",
                            "D50.9",
                            "E78.5",
                            "I48.91",
                            "C50.9",
                            "F32.1",
                            "Z00.0",
                        ]
                    )
                    for _ in range(N)
                ],
                0.2,
            ),
        )
    )
    cols.append(
        (
            "dt_prelievo",
            "NONE",
            [g.rand_ts(rng, datetime(2024, 1, 1), datetime(2024, 12, 31)).strftime("%d/%m/%Y %H:%M") for _ in range(N)],
        )
    )
    ops = [f"{fk.first_name()[0].lower()}.{fk.last_name().lower()}" for _ in range(10)]
    cols.append(("operatore", "USERNAME", [rng.choice(ops) for _ in range(N)]))
    cols.append(
        (
            "strumento",
            "NONE",
            [
                rng.choice(["Cobas 6000 v2.1.3", "Sysmex XN-1000", "Architect c8000", "Alinity ci 3.4"])
                for _ in range(N)
            ],
        )
    )
    cols.append(("temp_cons", "NONE", [rng.choice(["+4°C", "-20°C", "-80°C", "TA"]) for _ in range(N)]))
    cols.append(
        (
            "lotto_reag",
            "NONE",
            [f"LT{rng.randint(2301, 2412)}{rng.choice('ABCD')}{rng.randint(10, 99)}" for _ in range(N)],
        )
    )
    cols.append(("sha1_referto", "NONE", [g.hexs(rng, 40) for _ in range(N)]))
    cols.append(("recapito", "PHONE", g.nullify(rng, [fk.phone_number() for _ in range(N)], 0.25)))
    cols.append(
        (
            "note",
            "NONE",
            [
                rng.choice(["campione emolizzato", "ripetere prelievo", "lipemico", "OK", "urgente", None, None])
                for _ in range(N)
            ],
        )
    )
    return {"name": "campioni_laboratorio", "lang": "it", "columns": cols}


# ---------------------------------------------------------------- nl: municipal parking-permit register
def t_parkeer() -> dict:
    rng = random.Random(1206)
    fk = _faker("nl_NL", 1206)
    cols = []
    cols.append(
        ("vergunningnr", "NONE", [f"PV{rng.choice([2023, 2024])}{rng.randint(0, 999999):06d}" for _ in range(N)])
    )
    L = "BDFGHJKLNPRSTVXZ"
    plates = []
    for _ in range(N):
        r = rng.random()
        a, b = "".join(rng.choice(L) for _ in range(2)), "".join(rng.choice(L) for _ in range(3))
        if r < 0.35:
            plates.append(f"{rng.randint(1, 99)}-{b}-{rng.randint(1, 9)}")
        elif r < 0.7:
            plates.append(f"{a}-{rng.randint(100, 999)}-{rng.choice(L)}")
        else:
            plates.append(f"{rng.choice(L)}-{rng.randint(100, 999)}-{a}")
    cols.append(("kenteken", "LICENSE_PLATE", plates))
    cols.append(("BSN", "NATIONAL_ID", [g.bsn(rng) for _ in range(N)]))
    cols.append(
        (
            "naam_aanvr",
            "PERSON_NAME",
            [f"{fk.first_name()[0]}. {fk.last_name()}" if rng.random() < 0.6 else fk.name() for _ in range(N)],
        )
    )
    cols.append(
        ("adres", "STREET_ADDRESS", [fk.street_address() + rng.choice(["", "", "-II", " hs", "A"]) for _ in range(N)])
    )
    cols.append(
        (
            "postcode",
            "POSTAL_CODE",
            g.messy(
                rng,
                [
                    (lambda p: p[:4] + " " + p[4:] if rng.random() < 0.5 else p)(fk.postcode().replace(" ", ""))
                    for _ in range(N)
                ],
                0.04,
            ),
        )
    )
    cols.append(
        (
            "woonplaats",
            "CITY",
            [
                rng.choice(["Amsterdam", "Utrecht", "Haarlem", "Den Haag", "Leiden", "Delft", fk.city()])
                for _ in range(N)
            ],
        )
    )
    lat = [round(rng.uniform(51.9, 52.45), 6) for _ in range(N)]
    lon = [round(rng.uniform(4.3, 5.2), 6) for _ in range(N)]
    cols.append(("lat", "GEO_COORDINATE", [str(x) for x in lat]))
    cols.append(("lon", "GEO_COORDINATE", [str(x) for x in lon]))
    cols.append(("zone", "NONE", [f"Zone {rng.choice('ABCDE')}{rng.randint(1, 9)}" for _ in range(N)]))
    cols.append(
        ("tarief", "NONE", [f"€ {rng.choice(['45,00', '67,50', '123,00', '208,32', '0,00'])}" for _ in range(N)])
    )
    cols.append(
        (
            "geldig_van",
            "NONE",
            [g.rand_date(rng, date(2023, 1, 1), date(2024, 12, 31)).strftime("%d-%m-%Y") for _ in range(N)],
        )
    )
    cols.append(
        (
            "geldig_tot",
            "NONE",
            [g.rand_date(rng, date(2025, 1, 1), date(2026, 12, 31)).strftime("%d-%m-%Y") for _ in range(N)],
        )
    )
    cols.append(("e-mail", "EMAIL", g.nullify(rng, [fk.email() for _ in range(N)], 0.1)))
    cols.append(
        (
            "tel",
            "PHONE",
            g.nullify(
                rng,
                [
                    rng.choice([f"06-{g.digits(rng, 8)}", f"+31 6 {g.digits(rng, 8)}", fk.phone_number()])
                    for _ in range(N)
                ],
                0.15,
            ),
        )
    )
    ib = []
    for _ in range(N):
        x = g.iban(rng, "NL", 0, rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + g.digits(rng, 10))
        ib.append(g.group4(x) if rng.random() < 0.5 else x)
    cols.append(("IBAN_incasso", "IBAN", g.nullify(rng, ib, 0.3)))
    cols.append(("gpk_houder", "HEALTH", [rng.choice(["nee"] * 8 + ["ja"]) for _ in range(N)]))
    cols.append(
        (
            "merk",
            "NONE",
            [rng.choice(["Volkswagen", "Toyota", "Kia", "Peugeot", "Tesla", "Opel", "Renault"]) for _ in range(N)],
        )
    )
    cols.append(
        (
            "mutatie_door",
            "USERNAME",
            [rng.choice(["mdejong", "pvisser2", "a.bakker", "jvandijk", "sjansen_ext"]) for _ in range(N)],
        )
    )
    cols.append(("dossierhash", "NONE", [g.hexs(rng, 32) for _ in range(N)]))
    return {"name": "parkeervergunningen", "lang": "nl", "columns": cols}


# ---------------------------------------------------------------- pt: student-loan servicer (Brazil)
def t_credito() -> dict:
    rng = random.Random(1207)
    fk = _faker("pt_BR", 1207)
    cols = []
    cols.append(
        ("id_contrato", "NONE", [f"FIES{rng.randint(2015, 2023)}{rng.randint(0, 9999999):07d}" for _ in range(N)])
    )
    cpfs = []
    for _ in range(N):
        c = g.cpf(rng)
        cpfs.append(f"{c[:3]}.{c[3:6]}.{c[6:9]}-{c[9:]}" if rng.random() < 0.7 else c)
    cols.append(("CPF", "NATIONAL_ID", cpfs))
    cols.append(("nome_mutuario", "PERSON_NAME", g.messy(rng, [fk.name() for _ in range(N)], 0.04, 0.3)))
    cols.append(
        (
            "dt_nasc",
            "DATE_OF_BIRTH",
            [g.fmt_date(rng, g.dob(rng, 1975, 2005), ["%d/%m/%Y", "%d/%m/%Y", "%Y-%m-%d"]) for _ in range(N)],
        )
    )
    cols.append(("RG", "NATIONAL_ID", g.nullify(rng, [g.rg_sp(rng) for _ in range(N)], 0.2)))
    cols.append(
        (
            "renda_familiar",
            "FINANCIAL",
            [f"R$ {rng.randint(1200, 15000):,}".replace(",", ".") + ",00" for _ in range(N)],
        )
    )
    cols.append(
        (
            "escolaridade",
            "EDUCATION",
            [
                rng.choice(
                    [
                        "Ensino Médio completo",
                        "Superior incompleto",
                        "Superior completo",
                        "Ensino Médio incompleto",
                        "Técnico",
                    ]
                )
                for _ in range(N)
            ],
        )
    )
    ies = [f"{rng.choice(['Universidade', 'Faculdade', 'Centro Universitário'])} {fk.last_name()}" for _ in range(25)]
    iidx = [rng.randrange(25) for _ in range(N)]
    cols.append(("instituicao", "NONE", [ies[i] for i in iidx]))
    cnpjs = [g.cnpj(rng) for _ in range(25)]
    cols.append(
        (
            "cnpj_ies",
            "NONE",
            [f"{cnpjs[i][:2]}.{cnpjs[i][2:5]}.{cnpjs[i][5:8]}/{cnpjs[i][8:12]}-{cnpjs[i][12:]}" for i in iidx],
        )
    )
    cols.append(("cep", "POSTAL_CODE", [fk.postcode() for _ in range(N)]))
    cols.append(("municipio", "CITY", [fk.city() for _ in range(N)]))
    cols.append(
        (
            "estado_civil",
            "MARITAL_STATUS",
            [rng.choice(["Solteiro(a)", "Casado(a)", "Divorciado(a)", "União estável", "Viúvo(a)"]) for _ in range(N)],
        )
    )
    cols.append(("profissao", "OCCUPATION", g.nullify(rng, [fk.job() for _ in range(N)], 0.1)))
    cols.append(("email", "EMAIL", [fk.free_email() for _ in range(N)]))
    cols.append(
        (
            "celular",
            "PHONE",
            [
                rng.choice(
                    [
                        f"({rng.randint(11, 99)}) 9{g.digits(rng, 4)}-{g.digits(rng, 4)}",
                        f"+55 {rng.randint(11, 99)} 9{g.digits(rng, 8)}",
                        fk.cellphone_number(),
                    ]
                )
                for _ in range(N)
            ],
        )
    )
    cols.append(("score_credito", "FINANCIAL", [str(rng.randint(150, 980)) for _ in range(N)]))
    cols.append(("nosso_numero", "NONE", [f"{rng.randint(10000000, 99999999)}-{rng.randint(0, 9)}" for _ in range(N)]))
    cols.append(
        (
            "linha_digitavel",
            "NONE",
            [
                f"{g.digits(rng, 5)}.{g.digits(rng, 5)} {g.digits(rng, 5)}.{g.digits(rng, 6)} {g.digits(rng, 5)}.{g.digits(rng, 6)} {rng.randint(1, 9)} {g.digits(rng, 14)}"
                for _ in range(N)
            ],
        )
    )
    cols.append(("vl_boleto", "NONE", [f"{rng.uniform(80, 1500):.2f}".replace(".", ",") for _ in range(N)]))
    cols.append(
        (
            "dt_pagto",
            "NONE",
            g.nullify(
                rng,
                [g.rand_date(rng, date(2023, 1, 1), date(2024, 12, 31)).strftime("%d/%m/%Y") for _ in range(N)],
                0.2,
            ),
        )
    )
    obs = []
    for _ in range(N):
        r = rng.random()
        if r < 0.35:
            obs.append(f"Mutuário solicitou renegociação; fiador {fk.name()} CPF {g.cpf(rng)} contatado")
        elif r < 0.6:
            obs.append(f"Ligar para a mãe {fk.first_name_female()} no {fk.cellphone_number()} após 18h")
        elif r < 0.75:
            obs.append(f"Novo endereço: {fk.street_address()}, {fk.postcode()}")
        else:
            obs.append(rng.choice(["Sem pendências", "Boleto reenviado", "Aguardando documentação", None]))
    cols.append(("obs_atend", "FREE_TEXT_WITH_PII", obs))
    return {"name": "credito_estudantil", "lang": "pt", "columns": cols}


# ---------------------------------------------------------------- pl: hospital staff rota
def t_grafik() -> dict:
    rng = random.Random(1208)
    fk = _faker("pl_PL", 1208)
    cols = []
    cols.append(("id_zmiany", "NONE", [str(70000 + i * 3 + rng.randint(0, 2)) for i in range(N)]))
    staff = []
    for _ in range(150):
        fem = rng.random() < 0.65
        d = g.dob(rng, 1958, 2000)
        staff.append(
            {
                "pesel": g.pesel(rng, d, fem),
                "sn": fk.last_name_female() if fem else fk.last_name_male(),
                "fn": fk.first_name_female() if fem else fk.first_name_male(),
                "age": g.age_on(d),
                "job": rng.choice(
                    [
                        "pielęgniarka",
                        "lekarz rezydent",
                        "ratownik medyczny",
                        "położna",
                        "lekarz specjalista",
                        "salowa",
                        "fizjoterapeuta",
                    ]
                ),
                "rate": rng.choice([38, 42.5, 55, 61, 95, 120, 140]),
                "union": rng.choice(["OZZPiP", "NSZZ Solidarność", "OZZL", "brak", "brak", "OPZZ"]),
                "tel": rng.choice(
                    [
                        f"+48 {g.digits(rng, 3)} {g.digits(rng, 3)} {g.digits(rng, 3)}",
                        f"{rng.choice('5678')}{g.digits(rng, 8)}",
                        fk.phone_number(),
                    ]
                ),
                "nrb": g.iban(rng, "PL", 24)[2:],
                "dis": rng.choice(["brak"] * 6 + ["lekki", "umiarkowany", "znaczny"]),
            }
        )
        staff[-1]["email"] = f"{staff[-1]['fn'][0].lower()}.{staff[-1]['sn'].lower()}@szpital-wojewodzki.pl".translate(
            str.maketrans("ąćęłńóśźż", "acelnoszz")
        )
    who = [rng.choice(staff) for _ in range(N)]
    cols.append(("PESEL", "NATIONAL_ID", [s["pesel"] for s in who]))
    cols.append(("nazwisko", "PERSON_NAME", [s["sn"].upper() if rng.random() < 0.3 else s["sn"] for s in who]))
    cols.append(("imie", "PERSON_NAME", [s["fn"] for s in who]))
    cols.append(("wiek", "AGE", [str(s["age"]) for s in who]))
    cols.append(("stanowisko", "OCCUPATION", [s["job"] for s in who]))
    cols.append(
        (
            "oddzial",
            "NONE",
            [rng.choice(["SOR", "Interna", "Chirurgia ogólna", "OIOM", "Pediatria", "Kardiologia"]) for _ in range(N)],
        )
    )
    cols.append(
        (
            "data_dyzuru",
            "NONE",
            [g.rand_date(rng, date(2024, 1, 1), date(2024, 12, 31)).strftime("%Y-%m-%d") for _ in range(N)],
        )
    )
    cols.append(("godz_od", "NONE", [rng.choice(["07:00", "19:00", "08:00", "15:00"]) for _ in range(N)]))
    cols.append(("godz_do", "NONE", [rng.choice(["19:00", "07:00", "15:35", "08:00"]) for _ in range(N)]))
    cols.append(("stawka_godz", "FINANCIAL", [f"{s['rate']:.2f}".replace(".", ",") for s in who]))
    cols.append(("zw_zawodowy", "TRADE_UNION", [s["union"] for s in who]))
    cols.append(("tel_kom", "PHONE", [s["tel"] for s in who]))
    cols.append(("email_sluzb", "EMAIL", [s["email"] for s in who]))
    cols.append(
        (
            "nr_rachunku",
            "BANK_ACCOUNT",
            [
                rng.choice([s["nrb"], " ".join([s["nrb"][:2]] + [s["nrb"][i : i + 4] for i in range(2, 26, 4)])])
                for s in who
            ],
        )
    )
    cols.append(("orzeczenie", "HEALTH", [s["dis"] for s in who]))
    cols.append(("sala", "NONE", [f"s. {rng.randint(1, 4)}{rng.randint(1, 40):02d}" for _ in range(N)]))
    cols.append(("kod_prac", "NONE", [f"EMP-{rng.randint(1, 2000):05d}" for _ in range(N)]))
    cols.append(
        (
            "uwagi",
            "NONE",
            [
                rng.choice(["zamiana dyżuru", "nadgodziny", "dyżur pod telefonem", "", None, "szkolenie BHP"])
                for _ in range(N)
            ],
        )
    )
    cols.append(("wersja_grafiku", "NONE", [f"v{rng.randint(1, 4)}.{rng.randint(0, 12)}" for _ in range(N)]))
    return {"name": "grafik_dyzurow", "lang": "pl", "columns": cols}


# ---------------------------------------------------------------- mixed (en/de/fr): sailing-club regatta register
def t_regatta() -> dict:
    rng = random.Random(1209)
    fks = {"GER": _faker("de_DE", 12091), "FRA": _faker("fr_FR", 12092), "GBR": _faker("en_GB", 12093)}
    nat = [rng.choice(["GER", "GER", "FRA", "FRA", "GBR", "GBR", "NED", "DEN"]) for _ in range(N)]
    fk_of = [fks.get(n, fks["GBR"]) for n in nat]
    cols = []
    cols.append(("entry#", "NONE", [str(i + 1) for i in range(N)]))
    cols.append(
        (
            "yacht",
            "NONE",
            [
                rng.choice(
                    [
                        "Blue Moon",
                        "Seeadler",
                        "Mistral",
                        "Wildcat",
                        "Albatros",
                        "Sans Souci",
                        "Windspiel",
                        "Petrel",
                        "Aquila",
                        "Kraken II",
                    ]
                )
                for _ in range(N)
            ],
        )
    )
    cols.append(
        (
            "class",
            "NONE",
            [rng.choice(["Laser", "ILCA 7", "470", "J/70", "Finn", "Folkboat", "Dragon", "420"]) for _ in range(N)],
        )
    )
    cols.append(("helm", "PERSON_NAME", [f.name() for f in fk_of]))
    cols.append(
        (
            "crew",
            "PERSON_NAME",
            g.nullify(
                rng,
                [
                    f"{f.first_name()[0]}. {f.last_name()}"
                    + (f" / {f.first_name()} {f.last_name()}" if rng.random() < 0.3 else "")
                    for f in fk_of
                ],
                0.25,
            ),
        )
    )
    cols.append(
        (
            "helm_dob",
            "DATE_OF_BIRTH",
            [g.dob(rng, 1950, 2010).strftime(rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"])) for _ in range(N)],
        )
    )
    cols.append(("Nat.", "NATIONALITY", nat))
    cols.append(
        (
            "Geschl./sexe",
            "GENDER",
            [
                rng.choice(
                    {"GER": ["männlich", "weiblich", "m", "w"], "FRA": ["homme", "femme", "H", "F"]}.get(
                        n, ["male", "female", "M", "F"]
                    )
                )
                for n in nat
            ],
        )
    )
    clubs = [
        ("Kieler Yacht-Club", "Kiel"),
        ("Société Nautique de la Trinité", "La Trinité-sur-Mer"),
        ("Royal Lymington YC", "Lymington"),
        ("Segel-Club Eckernförde", "Eckernförde"),
        ("CN Brest", "Brest"),
        ("Hayling Island SC", "Hayling Island"),
    ]
    cidx = [rng.randrange(len(clubs)) for _ in range(N)]
    cols.append(("club", "NONE", [clubs[i][0] for i in cidx]))
    cols.append(("club_ort", "NONE", [clubs[i][1] for i in cidx]))
    cols.append(("mobile", "PHONE", g.nullify(rng, [f.phone_number() for f in fk_of], 0.08)))
    cols.append(("e_mail", "EMAIL", [f.email() for f in fk_of]))
    cols.append(("entry_fee", "NONE", [rng.choice(["45,00", "60.00", "75", "120,00"]) for _ in range(N)]))
    cols.append(
        (
            "paid_ts",
            "NONE",
            [
                g.rand_ts(rng, datetime(2024, 3, 1), datetime(2024, 7, 1)).strftime("%Y-%m-%dT%H:%M:%SZ")
                for _ in range(N)
            ],
        )
    )
    cols.append(
        (
            "elapsed",
            "NONE",
            [f"{rng.randint(0, 3):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}" for _ in range(N)],
        )
    )
    cols.append(("pts", "NONE", [str(rng.randint(1, 60)) for _ in range(N)]))
    cols.append(
        (
            "medical/Gesundheit",
            "HEALTH",
            g.nullify(
                rng,
                [
                    rng.choice(
                        [
                            "Asthma",
                            "Diabetes Typ 1",
                            "allergie aux piqûres d'abeilles",
                            "Epilepsy",
                            "Penicillin allergy",
                            "Herzschrittmacher",
                            "insuffisance cardiaque",
                        ]
                    )
                    for _ in range(N)
                ],
                0.6,
            ),
        )
    )
    em = []
    for f in fk_of:
        em.append(
            rng.choice(
                [
                    f"Wife {f.first_name_female()} {f.phone_number()}",
                    f"Vater: {f.name()}, Tel. {f.phone_number()}",
                    f"contacter {f.name()} au {f.phone_number()}",
                    f"{f.name()} (partner) {f.phone_number()}",
                ]
            )
            if rng.random() < 0.85
            else None
        )
    cols.append(("ICE", "FREE_TEXT_WITH_PII", em))
    cols.append(("x7", "NONE", [g.hexs(rng, 8) for _ in range(N)]))
    cols.append(("photo_ok", "NONE", [rng.choice(["Y", "N", "J", "oui"]) for _ in range(N)]))
    return {"name": "regatta_register", "lang": "mixed", "columns": cols}


# ---------------------------------------------------------------- mixed (en/es/it/pt/nl): employee-badge access log
def t_badge() -> dict:
    rng = random.Random(1210)
    fks = [_faker(loc, 12100 + i) for i, loc in enumerate(["en_US", "es_ES", "it_IT", "pt_PT", "nl_NL"])]
    staff = []
    for _ in range(220):
        k = rng.randrange(5)
        f = fks[k]
        staff.append(
            {
                "name": f.name(),
                "no": f"E{rng.randint(10000, 99999)}",
                "job": rng.choice(
                    [
                        ["Software Engineer", "Accountant", "Security Guard", "HR Manager"],
                        ["Ingeniera de software", "Contable", "Vigilante", "Recepcionista"],
                        ["Ingegnere", "Impiegato amministrativo", "Magazziniere", "Receptionist"],
                        ["Engenheiro de software", "Contabilista", "Técnico de manutenção", "Rececionista"],
                        ["Beveiliger", "Boekhouder", "Schoonmaker", "Projectleider"],
                    ][k]
                ),
                "mac": g.mac(rng),
                "dev": g.fuuid(rng).upper() if rng.random() < 0.5 else g.hexs(rng, 16),
                "login": f"{f.first_name().lower()[:1]}{f.last_name().lower().replace(' ', '')}{rng.choice(['', '', '2', '.ext'])}",
                "pc": f.postcode(),
                "eth": rng.choice(
                    [
                        "White",
                        "Hispanic or Latino",
                        "Black or African American",
                        "Asian",
                        "Two or more races",
                        "Prefer not to say",
                    ]
                ),
            }
        )
    who = [rng.choice(staff) for _ in range(N)]
    sites = [
        ("Madrid HQ", 40.4531, -3.6883),
        ("Milano Nord", 45.4842, 9.2041),
        ("Lisboa Parque", 38.7686, -9.0949),
        ("Rotterdam Haven", 51.9036, 4.4681),
        ("Austin TX", 30.2672, -97.7431),
    ]
    sidx = [rng.randrange(5) for _ in range(N)]
    cols = []
    cols.append(("evt_id", "NONE", [str(880000 + i) for i in range(N)]))
    cols.append(
        (
            "ts",
            "NONE",
            sorted(
                g.rand_ts(rng, datetime(2024, 9, 1), datetime(2024, 9, 30)).isoformat(timespec="seconds")
                for _ in range(N)
            ),
        )
    )
    cols.append(
        (
            "door",
            "NONE",
            [
                f"{sites[s][0].split()[0][:3].upper()}-B{rng.randint(1, 4)}-{rng.choice(['North', 'South', 'Lobby', 'Garage'])}"
                for s in sidx
            ],
        )
    )
    cols.append(("reader_ip", "NONE", [f"10.{20 + s}.{rng.randint(1, 3)}.{rng.randint(10, 25)}" for s in sidx]))
    cols.append(("site", "NONE", [sites[s][0] for s in sidx]))
    cols.append(("site_lat", "NONE", [str(sites[s][1]) for s in sidx]))
    cols.append(("site_lon", "NONE", [str(sites[s][2]) for s in sidx]))
    cols.append(("holder", "PERSON_NAME", [w["name"] for w in who]))
    cols.append(("emp_no", "NONE", [w["no"] for w in who]))
    cols.append(("funcao/ruolo/title", "OCCUPATION", [w["job"] for w in who]))
    cols.append(("result", "NONE", [rng.choice(["GRANTED"] * 9 + ["DENIED"]) for _ in range(N)]))
    cols.append(("wifi_mac", "MAC_ADDRESS", g.nullify(rng, [w["mac"] for w in who], 0.1)))
    cols.append(("app_inst_id", "DEVICE_ID", g.nullify(rng, [w["dev"] for w in who], 0.1)))
    cols.append(
        (
            "vpn_src",
            "IP_ADDRESS",
            g.nullify(
                rng,
                [
                    f"{rng.choice([31, 62, 77, 85, 88, 93, 151, 176, 188, 212])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
                    for _ in range(N)
                ],
                0.4,
            ),
        )
    )
    cols.append(("sso_user", "USERNAME", [w["login"] for w in who]))
    cols.append(("home_cp", "POSTAL_CODE", [w["pc"] for w in who]))
    cols.append(("eeo_grp", "ETHNICITY", [w["eth"] for w in who]))
    cols.append(("fw", "NONE", [rng.choice(["10.2.3.4", "10.2.4.1", "11.0.0.7", "9.8.12.3"]) for _ in range(N)]))
    cols.append(
        (
            "anomaly",
            "NONE",
            [
                rng.choice(
                    ["", "", "", "door held open 45s", "tailgating detected", "PIN retry", "forced entry alarm cleared"]
                )
                for _ in range(N)
            ],
        )
    )
    cols.append(("batch_sha256", "NONE", [g.hexs(rng, 64) for _ in range(N)]))
    return {"name": "badge_access_log", "lang": "mixed", "columns": cols}


def all_tables() -> list[dict]:
    tables = [
        t_dental_lab(),
        t_kirchensteuer(),
        t_cada(),
        t_danos(),
        t_lab(),
        t_parkeer(),
        t_credito(),
        t_grafik(),
        t_regatta(),
        t_badge(),
    ]
    for t in tables:
        for h, _ent, vals in t["columns"]:
            assert len(vals) == N, (t["name"], h, len(vals))
            vals[:] = [v.replace("\n", ", ") if isinstance(v, str) else v for v in vals]
        assert len({h for h, _, _ in t["columns"]}) == len(t["columns"]), t["name"]
    return tables
