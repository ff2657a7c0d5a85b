"""Blind set 8: 14 labelled tables (1,000 rows each) in new domains, for the column classifier.

Labels follow spec/entities.md. Every generator is seeded; `all_tables()` is deterministic.
"""

from __future__ import annotations

import datetime as dt

from faker import Faker

from . import _places as P
from ._gen import G, N, equalize


def _people(g: G, n: int = N, y0: int = 1950, y1: int = 2004, pf: float = 0.5):
    out = []
    for _ in range(n):
        sex = "F" if g.r.random() < pf else "M"
        first = g.f.first_name_female() if sex == "F" else g.f.first_name_male()
        out.append({"first": first, "last": g.f.last_name(), "sex": sex, "dob": g.date(y0, y1)})
    return out


def _nul(g: G, vals, p: float):
    return [None if v is None or g.r.random() < p else v for v in vals]


# ---------------------------------------------------------------------------
# 1. en (GB) airline crew rostering
# ---------------------------------------------------------------------------
def t_crew_roster():
    g = G(8101, "en_GB")
    ppl = _people(g, y0=1962, y1=2002)
    ranks = ["CPT", "FO", "SO", "SCCM", "CCM", "CCM", "CCM", "PUR"]
    regs = ["G-EUPA", "G-EUYB", "G-TTNC", "G-NEOS", "G-XWBA", "G-ZBKF", "G-EUXM", "G-GATL", "G-VIIO", "G-STBC"]
    unions = ["BALPA", "Unite", "Unite the Union", "GMB", "none declared", "Prospect", "BALPA", "Unite"]
    phone = lambda: g.pick(["07", "+44 7", "0044 7"]) + g.digits(3) + g.pick([" ", "", " "]) + g.digits(6)  # noqa: E731
    fatigue = [
        "{r} {n} reported fatigue after 3 consecutive earlies; call back on {p}.",
        "Discretion used by {n} ({r}) on sector 2, crew rest reduced by 45 min.",
        "{n} unfit for duty - sick call logged, contact via {p}.",
        "Split duty swap agreed between {n} and {m}.",
        "Rest facility unavailable; {n} informed ops by phone {p}.",
    ]
    remarks = [
        "Positioning on BA1432",
        "Standby converted to flight duty",
        "Hotel changed to airport Hilton",
        "Late inbound, min rest applied",
        "Simulator check OPC/LPC",
        "Annual leave",
        "Ground training - SEP",
        "Deadhead LHR-EDI",
        None,
        None,
    ]
    cols = [
        ("CREW_ID", "NONE", [f"C{g.r.randint(10000, 99999)}" for _ in range(N)]),
        ("crew_nm", "PERSON_NAME", [g.messy(f"{p['last'].upper()}, {p['first']}") for p in ppl]),
        ("rank_cd", "NONE", g.col(lambda i: g.pick(ranks))),
        ("base", "NONE", g.col(lambda i: g.pick(["LHR", "LGW", "MAN", "EDI", "LHR", "LHR"]))),
        ("flt_no", "NONE", g.col(lambda i: f"BA{g.r.randint(1, 2999):04d}")),
        ("ac_reg", "NONE", g.col(lambda i: g.pick(regs))),
        ("duty_start_utc", "NONE", g.col(lambda i: g.ts().strftime("%Y-%m-%dT%H:%MZ"))),
        ("jmp_st", "NONE", g.col(lambda i: g.pick(["1L", "1R", "2L", "2R", "3L", "3R", "4L", "FD1", "FD2"]))),
        ("dob", "DATE_OF_BIRTH", [g.fmt_date(p["dob"], ["%d/%m/%Y", "%d/%m/%Y", "%d-%b-%Y"]) for p in ppl]),
        ("ppt_no", "PASSPORT", g.col(lambda i: g.pick(["", "", "GBR"]) + str(g.r.randint(100000000, 999999999)))),
        ("ppt_exp", "NONE", g.col(lambda i: g.fmt_date(g.date(2025, 2034), ["%d/%m/%Y"]))),
        ("ni_no", "NATIONAL_ID", g.col(lambda i: g.uk_nino(), null=0.03)),
        ("mob", "PHONE", g.col(lambda i: phone(), null=0.02)),
        ("union_affil", "TRADE_UNION", g.col(lambda i: g.pick(unions), null=0.2)),
        (
            "sal_band",
            "FINANCIAL",
            g.col(lambda i: g.pick(["£25-35k", "£35-45k", "£45-55k", "£55-70k", "£70-90k", "£90-120k", "£120k+"])),
        ),
        ("htl_rate", "NONE", g.col(lambda i: f"{g.r.uniform(79, 240):.2f}")),
        (
            "fatigue_rpt_txt",
            "FREE_TEXT_WITH_PII",
            g.col(lambda i: g.pick(fatigue).format(r=g.pick(ranks), n=g.f.name(), m=g.f.name(), p=phone()), null=0.3),
        ),
        ("remarks", "NONE", g.col(lambda i: g.pick(remarks))),
        (
            "roster_ver",
            "NONE",
            g.col(
                lambda i: f"{g.pick(['2024', '2025'])}.{g.r.randint(1, 12)}.{g.r.randint(0, 9)}.{g.r.randint(0, 40)}"
            ),
        ),
    ]
    return {"name": "crew_roster", "lang": "en", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 2. en (US) telemedicine consultations
# ---------------------------------------------------------------------------
def t_telehealth():
    g = G(8102, "en_US")
    ppl = _people(g, y0=1940, y1=2006)
    eth = [
        "White",
        "Black or African American",
        "Hispanic or Latino",
        "Asian",
        "American Indian or Alaska Native",
        "Native Hawaiian or Other Pacific Islander",
        "Two or more races",
        "Declined to answer",
    ]
    icd = [
        "J02.9",
        "N39.0",
        "I10",
        "L30.9",
        "F41.1",
        "M54.5",
        "H10.9",
        "R05.9",
        "G43.909",
        "J01.90",
        "Z30.09",
        "F90.0",
        "E11.9",
        "J06.9",
    ]
    pharm = (
        ["CVS Pharmacy #" + str(x) for x in (1043, 2217, 5530, 8812)]
        + ["Walgreens #" + str(x) for x in (4410, 1187, 9021)]
        + ["Rite Aid #3312", "Walmart Pharmacy 10-2291", "Costco Pharmacy #489"]
    )
    pharm_tel = {p: f"({g.r.randint(201, 989)}) {g.r.randint(200, 999)}-{g.digits(4)}" for p in pharm}
    notes = [
        "Pt {n} (DOB {d}) reports symptoms x3 days, afebrile. Callback {t}.",
        "Spoke with {n}'s mother {m} who consented to the visit; number on file {t}.",
        "{n} requests refill, last BP reading 128/82. Email summary sent to {e}.",
        "Video dropped twice; {n} reconnected by phone {t}.",
    ]
    csat = [
        "Quick and easy, doctor was helpful.",
        "Had to wait 20 minutes in the virtual room.",
        "Great experience",
        "App crashed during the call",
        "Prescription was sent right away.",
        "Not sure the diagnosis was right.",
        "Very professional",
        None,
        None,
    ]
    pharmacies = g.col(lambda i: g.pick(pharm))
    cols = [
        ("visit_uuid", "NONE", g.col(lambda i: g.uuid4())),
        (
            "mrn",
            "MEDICAL_RECORD_NUMBER",
            g.col(lambda i: g.pick(["MRN", "", ""]) + str(g.r.randint(10000000, 99999999))),
        ),
        ("pt_last", "PERSON_NAME", [g.messy(p["last"]) for p in ppl]),
        (
            "DOB",
            "DATE_OF_BIRTH",
            [g.fmt_date(p["dob"], ["%m/%d/%Y", "%m/%d/%Y", "%Y-%m-%d", "%-m/%-d/%y"]) for p in ppl],
        ),
        ("ssn", "NATIONAL_ID", g.col(lambda i: g.us_ssn(), null=0.15)),
        ("race_eth", "ETHNICITY", g.col(lambda i: g.pick(eth), null=0.05)),
        ("icd10_dx", "HEALTH", g.col(lambda i: g.pick(icd))),
        (
            "app_build",
            "NONE",
            g.col(lambda i: f"{g.r.randint(4, 6)}.{g.r.randint(0, 14)}.{g.r.randint(0, 9)}.{g.r.randint(100, 999)}"),
        ),
        ("device_id", "DEVICE_ID", g.col(lambda i: g.uuid4().upper())),
        ("wearable_mac", "MAC_ADDRESS", g.col(lambda i: g.mac(), null=0.55)),
        ("pay_card", "CREDIT_CARD", g.col(lambda i: g.card(), null=0.1)),
        ("copay_usd", "NONE", g.col(lambda i: g.pick(["$0.00", "$25.00", "$40.00", "$79.00", "$15.00"]))),
        ("started_at", "NONE", g.col(lambda i: g.ts().isoformat() + "Z")),
        ("dur_min", "NONE", g.col(lambda i: str(g.r.randint(4, 45)))),
        (
            "soap_note",
            "FREE_TEXT_WITH_PII",
            [
                g.pick(notes).format(
                    n=f"{p['first']} {p['last']}",
                    d=p["dob"].strftime("%m/%d/%Y"),
                    t=g.f.phone_number(),
                    m=g.f.name_female(),
                    e=g.f.free_email(),
                )
                for p in ppl
            ],
        ),
        ("visit_type", "NONE", g.col(lambda i: g.pick(["video", "video", "phone", "chat", "async"]))),
        ("queue_wait_s", "NONE", g.col(lambda i: str(g.r.randint(0, 1800)))),
        ("csat_comment", "NONE", g.col(lambda i: g.pick(csat))),
        ("pharmacy_name", "NONE", pharmacies),
        ("pharmacy_phone", "NONE", [pharm_tel[p] for p in pharmacies]),
    ]
    return {"name": "telehealth_visits", "lang": "en", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 3. de car-sharing memberships
# ---------------------------------------------------------------------------
def t_carsharing():
    g = G(8103, "de_DE")
    ppl = _people(g, y0=1955, y1=2005, pf=0.42)
    homes = [g.pick(P.DE) for _ in range(N)]
    stations = [
        ("Berlin", 52.5251, 13.3694),
        ("Berlin", 52.5075, 13.3326),
        ("Hamburg", 53.5526, 10.0067),
        ("München", 48.1402, 11.5600),
        ("Köln", 50.9430, 6.9589),
        ("Frankfurt am Main", 50.1071, 8.6638),
        ("Leipzig", 51.3455, 12.3821),
        ("Stuttgart", 48.7841, 9.1817),
    ]
    st = [g.pick(stations) for _ in range(N)]
    fleet = [
        f"{g.pick(['B', 'HH', 'M', 'K', 'F', 'L', 'S'])}-{g.letters(2)} {g.r.randint(100, 9999)}{g.pick(['E', ''])}"
        for _ in range(60)
    ]
    fs_alpha = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    bem = [
        "Schaden vorne links gemeldet",
        "Reinigung nötig",
        "Tankkarte fehlt",
        "Reifendruckwarnung",
        "Fahrzeug ohne Mängel",
        "Kratzer Heckklappe",
        None,
        None,
        None,
    ]
    lat = [st_[1] + g.r.uniform(-0.09, 0.09) for st_ in st]
    lon = [st_[2] + g.r.uniform(-0.14, 0.14) for st_ in st]
    cols = [
        ("KD_NR", "NONE", g.col(lambda i: f"K{g.r.randint(1000000, 9999999)}")),
        ("NACHNAME", "PERSON_NAME", [g.messy(p["last"], upper=0.15) for p in ppl]),
        ("GEB_DAT", "DATE_OF_BIRTH", [g.fmt_date(p["dob"], ["%d.%m.%Y", "%d.%m.%Y", "%Y%m%d"]) for p in ppl]),
        (
            "STRASSE",
            "STREET_ADDRESS",
            g.col(lambda i: f"{g.f.street_name()} {g.r.randint(1, 180)}{g.pick(['', '', '', 'a', 'b'])}"),
        ),
        ("PLZ", "POSTAL_CODE", [h[0] + g.digits(2) for h in homes]),
        ("ORT", "CITY", [h[1] for h in homes]),
        (
            "FS_NR",
            "DRIVER_LICENSE",
            g.col(
                lambda i: (
                    g.pick(["B", "F", "J", "N", "M", "K"]) + g.digits(3) + g.letters(6, fs_alpha)[:6] + g.pick(fs_alpha)
                )
            ),
        ),
        ("FS_KL", "NONE", g.col(lambda i: g.pick(["B", "B", "BE", "B, BE", "B96", "AM, B"]))),
        ("SCHUFA_SCORE", "FINANCIAL", g.col(lambda i: f"{g.r.uniform(82, 99.9):.2f}".replace(".", ","))),
        ("TARIF", "NONE", g.col(lambda i: g.pick(["Flex", "Basic", "Business", "Student", "Flex+"]))),
        ("STATION_ORT", "NONE", [s[0] for s in st]),
        ("stat_geo", "NONE", [f"{s[1]:.4f},{s[2]:.4f}" for s in st]),
        ("fzg_kennz_flotte", "NONE", g.col(lambda i: g.pick(fleet))),
        ("rueckgabe_lat", "GEO_COORDINATE", [f"{x:.6f}" for x in lat]),
        ("rueckgabe_lon", "GEO_COORDINATE", [f"{x:.6f}" for x in lon]),
        ("letzte_fahrt_betrag", "NONE", g.col(lambda i: g.money(3, 89) + " €")),
        ("USt_IdNr_Firma", "NONE", g.col(lambda i: g.de_vat(), null=0.8)),
        ("bemerkung", "NONE", g.col(lambda i: g.pick(bem))),
        ("mitglied_seit", "NONE", g.col(lambda i: g.fmt_date(g.date(2015, 2024), ["%d.%m.%Y"]))),
    ]
    return {"name": "carsharing_mitglieder", "lang": "de", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 4. de scholarship applications (party / church foundation)
# ---------------------------------------------------------------------------
def t_stipendium():
    g = G(8104, "de_DE")
    ppl = _people(g, y0=1994, y1=2006, pf=0.55)
    nat = [
        "deutsch",
        "deutsch",
        "deutsch",
        "Deutschland",
        "türkisch",
        "österreichisch",
        "syrisch",
        "polnisch",
        "italienisch",
        "ukrainisch",
        "Türkei",
        "Griechenland",
    ]
    konf = [
        "röm.-kath.",
        "ev.",
        "evangelisch",
        "konfessionslos",
        "muslimisch",
        "jüdisch",
        "orthodox",
        "ohne",
        "katholisch",
    ]
    partei = [
        "SPD",
        "CDU",
        "Bündnis 90/Die Grünen",
        "FDP",
        "Die Linke",
        "CSU",
        "keine",
        "keine",
        "Volt",
        "Jusos (SPD)",
        "Junge Union",
    ]
    abschluss = [
        "Abitur",
        "Abitur",
        "Fachhochschulreife",
        "Bachelor",
        "Bachelor of Science",
        "Master",
        "Staatsexamen",
        "Realschulabschluss",
    ]
    gut = [
        "{a} {n} hat in meinem Seminar hervorragende Leistungen gezeigt. Rückfragen gern an {e}.",
        "Ich kenne {n} seit 2021 als studentische Hilfskraft; erreichbar unter {t}.",
        "{n} engagiert sich seit Jahren im Ortsverein und ist sehr zuverlässig.",
        "{a} {n} überzeugt durch Eigeninitiative. Prof. {p}",
    ]
    motiv = [
        "Ich möchte mich für Klimaschutz engagieren.",
        "Das Stipendium würde mir ein Auslandssemester ermöglichen.",
        "Ich bin die erste in meiner Familie, die studiert.",
        "Ich interessiere mich für Kommunalpolitik.",
        "Finanzielle Entlastung während der Masterarbeit.",
        None,
    ]
    cols = [
        ("BewerbungsNr", "NONE", [f"STB-{g.pick(['2024', '2025'])}-{i + 1:06d}" for i in range(N)]),
        ("txtName", "PERSON_NAME", [f"{p['last']}, {p['first']}" for p in ppl]),
        ("Geburtsjahr", "DATE_OF_BIRTH", [str(p["dob"].year) for p in ppl]),
        ("Staatsang", "NATIONALITY", g.col(lambda i: g.pick(nat))),
        ("Abschluss_hoechster", "EDUCATION", g.col(lambda i: g.pick(abschluss))),
        ("Konfession", "RELIGION", g.col(lambda i: g.pick(konf), null=0.1)),
        ("Parteimitgl", "POLITICAL_OPINION", g.col(lambda i: g.pick(partei), null=0.05)),
        ("Einkommen_Eltern_jahr", "FINANCIAL", g.col(lambda i: str(g.r.randrange(12000, 140000, 500)))),
        ("Steuer_ID", "NATIONAL_ID", g.col(lambda i: g.de_idnr(), null=0.05)),
        ("f07", "NATIONAL_ID", [g.de_svnr(p["dob"], p["last"]) if g.r.random() > 0.1 else None for p in ppl]),
        ("f08", "NONE", g.col(lambda i: str(g.r.randint(0, 100)))),
        (
            "Gutachten_Prof",
            "FREE_TEXT_WITH_PII",
            [
                g.pick(gut).format(
                    a="Frau" if p["sex"] == "F" else "Herr",
                    n=f"{p['first']} {p['last']}",
                    e=g.email(p["first"], p["last"], ["uni-bonn.de", "gmail.com"]),
                    t="0176" + g.digits(8),
                    p=g.f.last_name(),
                )
                for p in ppl
            ],
        ),
        ("Motivation_kurz", "NONE", g.col(lambda i: g.pick(motiv))),
        ("Eingang_TS", "NONE", g.col(lambda i: g.ts().strftime("%d.%m.%Y %H:%M"))),
        (
            "Status",
            "NONE",
            g.col(lambda i: g.pick(["eingegangen", "in Prüfung", "abgelehnt", "bewilligt", "Auswahlgespräch"])),
        ),
        (
            "Foerderlinie",
            "NONE",
            g.col(
                lambda i: g.pick(
                    ["Grundförderung", "Promotionsförderung", "Auslandsförderung", "Journalistenförderung"]
                )
            ),
        ),
        ("Semester", "NONE", g.col(lambda i: g.pick(["WiSe 24/25", "SoSe 25", "WiSe 23/24", "SoSe 24"]))),
        ("Dok_Hash", "NONE", g.col(lambda i: g.sha256())),
    ]
    return {"name": "stipendium_bewerbungen", "lang": "de", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 5. fr hospital emergency triage
# ---------------------------------------------------------------------------
def t_urgences():
    g = G(8105, "fr_FR")
    ppl = _people(g, y0=1930, y1=2023)
    homes = [g.pick(P.FR) for _ in range(N)]
    motif = [
        "douleur thoracique",
        "traumatisme cheville",
        "dyspnée",
        "douleur abdominale",
        "malaise",
        "plaie main",
        "fièvre enfant",
        "céphalées",
        "chute personne âgée",
        "intoxication éthylique",
        "crise d'asthme",
        "colique néphrétique",
    ]
    cim = [
        "R07.4",
        "S93.4",
        "R06.0",
        "R10.4",
        "R55",
        "S61.9",
        "R50.9",
        "R51",
        "W19",
        "F10.0",
        "J45.9",
        "N23",
        "J18.9",
        "I21.9",
    ]
    obs = [
        "Patient accompagné de sa fille Mme {nf}, joignable au {t}.",
        "Adressé par le Dr {m}, médecin traitant.",
        "Vit seul, voisin M. {nm} prévenu ({t}).",
        "Conjointe {nf} en salle d'attente.",
        "RAS",
    ]
    comm = [
        "Attente imagerie",
        "Transfert en cardio demandé",
        "Bilan sanguin en cours",
        "Sortie avec ordonnance",
        "Avis ortho",
        "Surveillance UHCD",
        None,
        None,
    ]
    tel = lambda: g.pick(["06 ", "07 ", "+33 6 ", "+33 (0)7 ", "01 "]) + " ".join(g.digits(2) for _ in range(4))  # noqa: E731
    cols = [
        ("IPP", "MEDICAL_RECORD_NUMBER", g.col(lambda i: str(g.r.randint(100000000, 999999999)))),
        ("num_passage", "NONE", [f"URG24-{g.r.randint(0, 9999999):07d}" for _ in range(N)]),
        ("NOM_NAISS", "PERSON_NAME", [p["last"].upper() for p in ppl]),
        ("ddn", "DATE_OF_BIRTH", [g.fmt_date(p["dob"], ["%d/%m/%Y", "%d/%m/%Y", "%d-%m-%Y"]) for p in ppl]),
        ("NIR", "NATIONAL_ID", [g.fr_nir(p["sex"], p["dob"]) if g.r.random() > 0.08 else None for p in ppl]),
        ("motif_recours", "HEALTH", g.col(lambda i: g.pick(motif))),
        ("diag_cim10", "HEALTH", g.col(lambda i: g.pick(cim), null=0.1)),
        ("heure_arrivee", "NONE", g.col(lambda i: f"{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}")),
        ("box", "NONE", g.col(lambda i: g.pick(["B", "C", "SAUV", "UHCD-"]) + str(g.r.randint(1, 14)))),
        (
            "mode_arrivee",
            "NONE",
            g.col(lambda i: g.pick(["SMUR", "pompiers", "moyens personnels", "ambulance privée", "police"])),
        ),
        ("tel_pers_prev", "PHONE", g.col(lambda i: tel(), null=0.25)),
        ("commune", "CITY", [g.messy(h[1], upper=0.3) for h in homes]),
        (
            "mutuelle",
            "NONE",
            g.col(
                lambda i: g.pick(["MGEN", "Harmonie Mutuelle", "AXA", "Malakoff Humanis", "MAAF", "CMU-C", "aucune"])
            ),
        ),
        (
            "obs_IOA",
            "FREE_TEXT_WITH_PII",
            g.col(
                lambda i: g.pick(obs).format(nf=g.f.name_female(), nm=g.f.name_male(), m=g.f.last_name(), t=tel()),
                null=0.2,
            ),
        ),
        ("commentaire_regul", "NONE", g.col(lambda i: g.pick(comm))),
        ("IMC", "HEALTH", g.col(lambda i: f"{g.r.uniform(16, 42):.1f}".replace(".", ","), null=0.4)),
        ("FINESS_etab", "NONE", g.col(lambda i: g.pick(["750100125", "690781810", "130786049", "310781406"]))),
    ]
    return {"name": "urgences_triage", "lang": "fr", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 6. fr (BE) fertility clinic
# ---------------------------------------------------------------------------
def t_pma():
    g = G(8106, "fr_BE")
    fr = Faker("fr_FR")
    fr.seed_instance(81061)
    pts = _people(g, y0=1979, y1=2000, pf=1.0)
    orient = ["hétérosexuelle", "hétérosexuelle", "hétérosexuelle", "lesbienne", "bisexuelle", "non précisé"]
    sit = ["mariée", "cohabitante légale", "célibataire", "divorcée", "en couple", "mariée"]
    proto = [
        "FIV-ICSI, protocole antagoniste",
        "FIV classique, agoniste long",
        "IIU avec stimulation",
        "TEC (transfert embryon congelé)",
        "don d'ovocytes",
        "IAD (insémination avec donneur)",
    ]
    notes = [
        "Entretien réalisé, couple motivé, pas de contre-indication.",
        "Revoir après bilan complémentaire.",
        "Information donnée sur les délais légaux.",
        "Demande de conservation prolongée.",
        "Dossier complet.",
        None,
        None,
    ]
    ages = [(dt.date(2024, 6, 30) - p["dob"]).days // 365 for p in pts]
    cols = [
        ("dossier", "MEDICAL_RECORD_NUMBER", [f"PMA{g.r.randint(100000, 999999)}" for _ in range(N)]),
        ("nom_patiente", "PERSON_NAME", [f"{p['last'].upper()} {p['first']}" for p in pts]),
        ("age_pat", "AGE", [str(a) for a in ages]),
        ("NISS", "NATIONAL_ID", [g.be_nn(p["dob"], "F") for p in pts]),
        ("situation", "MARITAL_STATUS", g.col(lambda i: g.pick(sit))),
        ("orientation", "SEXUAL_ORIENTATION", g.col(lambda i: g.pick(orient), null=0.1)),
        ("AMH_ng_ml", "HEALTH", g.col(lambda i: f"{g.r.uniform(0.1, 6.5):.2f}".replace(".", ","), null=0.1)),
        ("protocole", "HEALTH", g.col(lambda i: g.pick(proto))),
        (
            "gsm",
            "PHONE",
            g.col(
                lambda i: (
                    g.pick(["04", "+32 4", "0032 4"])
                    + g.pick(["70", "71", "72", "75", "76", "77", "78", "79", "85", "86", "88"])
                    + " "
                    + g.digits(2)
                    + " "
                    + g.digits(2)
                    + " "
                    + g.digits(2)
                )
            ),
        ),
        ("tentative_no", "NONE", g.col(lambda i: str(g.r.randint(1, 6)))),
        ("date_ponction", "NONE", g.col(lambda i: g.fmt_date(g.date(2022, 2024), ["%d/%m/%Y"]), null=0.2)),
        (
            "paillette_code",
            "NONE",
            g.col(lambda i: f"P-{g.r.randint(2019, 2024)}-{g.r.randint(0, 99999):05d}-{g.pick('ABCD')}", null=0.3),
        ),
        ("tarif_eur", "NONE", g.col(lambda i: g.money(180, 3200))),
        ("note_psy", "NONE", g.col(lambda i: g.pick(notes))),
    ]
    return {"name": "pma_dossiers", "lang": "fr", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 7. es food bank recipients
# ---------------------------------------------------------------------------
def t_banco_alimentos():
    g = G(8107, "es_ES")
    ppl = _people(g, y0=1940, y1=2005, pf=0.6)
    homes = [g.pick(P.ES) for _ in range(N)]
    nac = [
        "española",
        "española",
        "española",
        "marroquí",
        "rumana",
        "colombiana",
        "venezolana",
        "ecuatoriana",
        "Marruecos",
        "peruana",
        "ucraniana",
        "senegalesa",
        "España",
    ]
    est = ["Primaria", "ESO", "Bachillerato", "FP Grado Medio", "FP Grado Superior", "Universitarios", "Sin estudios"]
    ocup = [
        "parado/a",
        "limpiadora",
        "camarero",
        "jubilado/a",
        "empleada de hogar",
        "peón agrícola",
        "estudiante",
        "repartidor",
        "cuidadora",
        "albañil",
        "dependienta",
    ]
    obs = [
        "Derivada por servicios sociales; contactar con su hija {n} al {t}.",
        "{n} recoge también el lote de su vecina (autorización firmada).",
        "Familia monoparental, la madre {n} trabaja por las mañanas, llamar al {t}.",
        "Sin incidencias.",
    ]
    cols = [
        ("id_benef", "NONE", [str(i + 1) for i in range(N)]),
        (
            "nombre_completo",
            "PERSON_NAME",
            [
                g.messy(
                    f"{p['last']} {g.f.last_name()}, {p['first']}"
                    if g.r.random() < 0.6
                    else f"{p['first']} {p['last']}",
                    upper=0.2,
                )
                for p in ppl
            ],
        ),
        ("dni_nie", "NATIONAL_ID", g.col(lambda i: g.es_nie() if g.r.random() < 0.3 else g.es_dni(), null=0.03)),
        ("fecha_nac", "DATE_OF_BIRTH", [g.fmt_date(p["dob"], ["%d/%m/%Y", "%d/%m/%Y", "%-d-%-m-%y"]) for p in ppl]),
        ("nacionalidad", "NATIONALITY", g.col(lambda i: g.pick(nac))),
        ("nivel_estudios", "EDUCATION", g.col(lambda i: g.pick(est), null=0.15)),
        ("ingresos_mensuales_hogar", "FINANCIAL", g.col(lambda i: g.money(0, 1400))),
        ("num_miembros", "NONE", g.col(lambda i: str(g.r.randint(1, 7)))),
        ("municipio", "CITY", [h[1] for h in homes]),
        (
            "discapacidad",
            "HEALTH",
            g.col(lambda i: g.pick(["No", "No", "No", "Sí (33%)", "Sí (65%)", "Sí (45%)", "En trámite"])),
        ),
        ("lote_entregado", "NONE", g.col(lambda i: g.pick(["LOTE-A3", "LOTE-B1", "LOTE-B2", "LOTE-C", "INFANTIL-1"]))),
        ("fecha_entrega", "NONE", g.col(lambda i: g.fmt_date(g.date(2024, 2024), ["%d/%m/%Y"]))),
        (
            "punto_reparto",
            "NONE",
            g.col(
                lambda i: g.pick(
                    [
                        "Parroquia San José - Vallecas",
                        "Cáritas Usera",
                        "Centro Cívico Delicias",
                        "Mercado de Abastos",
                        "AAVV La Esperanza",
                    ]
                )
            ),
        ),
        ("codigo_familia", "NONE", [f"FAM-{g.r.randint(1, 4000):05d}" for _ in range(N)]),
        ("kg", "NONE", g.col(lambda i: f"{g.r.uniform(5, 30):.1f}".replace(".", ","))),
        (
            "obs_ts",
            "FREE_TEXT_WITH_PII",
            g.col(
                lambda i: g.pick(obs).format(n=g.f.first_name() + " " + g.f.last_name(), t="6" + g.digits(8)), null=0.3
            ),
        ),
        ("c22", "OCCUPATION", g.col(lambda i: g.pick(ocup), null=0.1)),
    ]
    return {"name": "banco_alimentos", "lang": "es", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 8. it elder-care residents (RSA)
# ---------------------------------------------------------------------------
def t_rsa():
    g = G(8108, "it_IT")
    ppl = _people(g, y0=1924, y1=1952, pf=0.65)
    pat = [
        "Alzheimer",
        "BPCO",
        "diabete tipo 2",
        "esiti di ictus",
        "Parkinson",
        "demenza senile",
        "scompenso cardiaco",
        "frattura femore",
        "ipertensione arteriosa",
        "artrosi",
    ]
    rel = [
        "cattolica",
        "cattolica",
        "cattolica",
        "ortodossa",
        "valdese",
        "nessuna",
        "musulmana",
        "testimone di Geova",
        "ebraica",
    ]
    prof = [
        "ex insegnante",
        "operaio",
        "casalinga",
        "impiegato",
        "contadino",
        "sarta",
        "ferroviere",
        "commerciante",
        "infermiera",
        "muratore",
        "maestra elementare",
    ]
    diario = [
        "La sig.ra {c} ha rifiutato la colazione; avvisata la figlia {n} ({t}).",
        "Visita del nipote {n}, ospite sereno.",
        "Caduta accidentale notturna di {c}, nessun trauma, informato il figlio al {t}.",
        "Notte tranquilla.",
        "Il sig. {c} ha partecipato all'attività di musicoterapia.",
    ]
    suppliers = [g.it_vat() for _ in range(6)]
    manut = [
        "sostituita lampadina bagno",
        "riparato campanello camera",
        "tapparella bloccata",
        "controllo caldaia",
        None,
        None,
        None,
    ]
    tel = lambda: g.pick(["333 ", "347 ", "+39 340 ", "338-", "328"]) + g.digits(7)  # noqa: E731
    cols = [
        ("cod_ospite", "NONE", [f"OSP{i + 101:05d}" for i in range(N)]),
        ("cognome", "PERSON_NAME", [p["last"].upper() if g.r.random() < 0.4 else p["last"] for p in ppl]),
        ("cf", "NATIONAL_ID", g.col(lambda i: g.f.ssn(), null=0.02)),
        ("data_nascita", "DATE_OF_BIRTH", [g.fmt_date(p["dob"], ["%d/%m/%Y", "%d-%m-%Y"]) for p in ppl]),
        ("luogo_nascita", "CITY", g.col(lambda i: g.pick(P.IT) if g.r.random() < 0.6 else g.f.city())),
        ("professione_prec", "OCCUPATION", g.col(lambda i: g.pick(prof), null=0.1)),
        ("patologie", "HEALTH", g.col(lambda i: ", ".join(g.r.sample(pat, g.r.randint(1, 3))))),
        ("religione", "RELIGION", g.col(lambda i: g.pick(rel), null=0.15)),
        ("ISEE", "FINANCIAL", g.col(lambda i: g.money(4000, 60000))),
        ("retta_mensile", "NONE", g.col(lambda i: g.pick(["2.350,00", "2.780,00", "3.100,00", "1.950,00"]))),
        ("camera", "NONE", g.col(lambda i: f"{g.r.randint(1, 3)}-{g.r.randint(1, 30):02d}{g.pick(['A', 'B', ''])}")),
        ("familiare_rif", "PERSON_NAME", g.col(lambda i: g.f.name(), null=0.05)),
        (
            "diario",
            "FREE_TEXT_WITH_PII",
            g.col(lambda i: g.pick(diario).format(c=g.f.last_name(), n=g.f.name(), t=tel())),
        ),
        ("note_manutenzione", "NONE", g.col(lambda i: g.pick(manut))),
        ("turno", "NONE", g.col(lambda i: g.pick(["M", "P", "N"]))),
        ("piva_fornitore", "NONE", g.col(lambda i: g.pick(suppliers))),
        ("ingresso", "NONE", g.col(lambda i: g.fmt_date(g.date(2016, 2024), ["%d/%m/%Y"]))),
    ]
    return {"name": "rsa_ospiti", "lang": "it", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 9. nl volunteer fire brigade roster
# ---------------------------------------------------------------------------
def t_brandweer():
    g = G(8109, "nl_NL")
    ppl = _people(g, y0=1962, y1=2005, pf=0.2)
    homes = [g.pick(P.NL_NHN) for _ in range(N)]
    tussen = ["", "", "", "van ", "de ", "van der ", "van den ", "de ", "ter "]
    beroep = [
        "timmerman",
        "verpleegkundige",
        "loodgieter",
        "docent",
        "ZZP'er installatietechniek",
        "vrachtwagenchauffeur",
        "boer",
        "elektricien",
        "ambtenaar",
        "student",
        "monteur",
        "ICT-beheerder",
    ]
    kaz = [
        ("Post Uitgeest", "Uitgeest"),
        ("Post Castricum", "Castricum"),
        ("Post Heiloo", "Heiloo"),
        ("Post Bergen", "Bergen"),
        ("Post Schagen", "Schagen"),
        ("Post Hoorn", "Hoorn"),
    ]
    kz = [g.pick(kaz) for _ in range(N)]
    opm = [
        "Oefenavond ademlucht",
        "Materiaalcontrole",
        "Kazernedienst",
        "Inzet gebouwbrand",
        "Oefening hulpverlening",
        "Onderhoud TS",
        None,
        None,
    ]
    cols = [
        ("pers_nr", "NONE", [f"{g.r.randint(10000, 99999)}" for _ in range(N)]),
        ("achternaam", "PERSON_NAME", [g.pick(tussen) + p["last"] for p in ppl]),
        ("bsn", "NATIONAL_ID", g.col(lambda i: g.nl_bsn())),
        (
            "postcode",
            "POSTAL_CODE",
            [f"{h[0][:2]}{g.digits(2)}{g.pick(['', ' '])}{g.letters(2, 'ABCDEGHJKLMNPRSTVWXZ')}" for h in homes],
        ),
        ("woonplaats", "CITY", [h[1] for h in homes]),
        ("woon_lat", "GEO_COORDINATE", g.col(lambda i: f"{g.r.uniform(52.45, 52.95):.5f}")),
        ("woon_lon", "GEO_COORDINATE", g.col(lambda i: f"{g.r.uniform(4.55, 5.25):.5f}")),
        ("kazerne", "NONE", [k[0] for k in kz]),
        ("kazerne_plaats", "NONE", [k[1] for k in kz]),
        ("beroep", "OCCUPATION", g.col(lambda i: g.pick(beroep), null=0.15)),
        ("rijbewijs_nr", "DRIVER_LICENSE", g.col(lambda i: str(g.r.randint(4000000000, 5999999999)), null=0.1)),
        ("kenteken_prive", "LICENSE_PLATE", g.col(lambda i: g.f.license_plate(), null=0.2)),
        ("dienst_van", "NONE", g.col(lambda i: g.ts().strftime("%d-%m-%Y %H:%M"))),
        ("inzet_nr", "NONE", g.col(lambda i: f"P2000-{g.pick(['2023', '2024'])}-{g.r.randint(1, 9999):04d}", null=0.4)),
        ("opmerking", "NONE", g.col(lambda i: g.pick(opm))),
        ("bloedgroep", "HEALTH", g.col(lambda i: g.pick(["A+", "O+", "B+", "AB+", "A-", "O-", "B-", "AB-"]), null=0.2)),
        ("ehbo_geldig_tot", "NONE", g.col(lambda i: g.fmt_date(g.date(2024, 2027), ["%d-%m-%Y"]))),
    ]
    return {"name": "brandweer_rooster", "lang": "nl", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 10. pt (PT) pet insurance
# ---------------------------------------------------------------------------
def t_seguro_animais():
    g = G(8110, "pt_PT")
    ppl = _people(g, y0=1950, y1=2003)
    homes = [g.pick(P.PT) for _ in range(N)]
    pets = [
        "Bobi",
        "Luna",
        "Max",
        "Pantufa",
        "Nina",
        "Tobias",
        "Kika",
        "Simba",
        "Mel",
        "Farrusco",
        "Pipoca",
        "Lua",
        "Rex",
        "Becas",
        "Mia",
        "Tareco",
        "Boneca",
    ]
    esp = ["Cão", "Gato", "Cão", "Cão", "Gato", "Coelho"]
    raca = [
        "Rafeiro",
        "Labrador Retriever",
        "Podengo Português",
        "Europeu Comum",
        "Yorkshire Terrier",
        "Pastor Alemão",
        "Siamês",
        "Cão de Água Português",
        "Beagle",
        "Persa",
    ]
    dvet = [
        "Otite externa",
        "Displasia da anca",
        "Gastroenterite",
        "Dermatite alérgica",
        "Fratura do rádio",
        "Leishmaniose",
        "Insuficiência renal felina",
        "Vacinação anual",
        None,
    ]
    clin = [
        "Clínica Veterinária Sousa & Filhos",
        "Hospital Veterinário do Porto",
        "VetLisboa - Clínica Santos",
        "Centro Veterinário Ferreira Lda",
        "Clínica Veterinária de Alvalade",
    ]
    clin_nif = {c: g.pt_nif(company=True) for c in clin}
    obs = [
        "Cliente {n} pediu reembolso por transferência; ligar {t}.",
        "Tomador {n} alterou a morada, confirmar por email {e}.",
        "Sinistro reportado pela filha do tomador, {n}.",
        "Sem observações.",
    ]
    osin = [
        "Cão com otite, tratamento concluído",
        "Aguarda relatório do veterinário",
        "Reembolso aprovado",
        "Exclusão: doença pré-existente",
        None,
        None,
    ]
    clins = g.col(lambda i: g.pick(clin))
    cols = [
        ("apolice", "NONE", [f"PET-{g.pick(['2023', '2024'])}-{g.r.randint(0, 999999):06d}" for _ in range(N)]),
        ("tomador", "PERSON_NAME", [f"{p['first']} {p['last']}" for p in ppl]),
        ("nif_tomador", "NATIONAL_ID", g.col(lambda i: g.pt_nif())),
        ("data_nasc_tomador", "DATE_OF_BIRTH", [g.fmt_date(p["dob"], ["%d/%m/%Y", "%d-%m-%Y"]) for p in ppl]),
        (
            "morada",
            "STREET_ADDRESS",
            g.col(
                lambda i: (
                    f"{g.pick(['Rua', 'Av.', 'Travessa', 'Largo'])} {g.pick(['das Flores', 'da Liberdade', 'Almirante Reis', 'de Santa Catarina', 'do Comércio', 'Dom João IV', '25 de Abril'])}, {g.r.randint(1, 300)}{g.pick(['', ', 2º Esq', ', 1º Dto', ', R/C'])}"
                )
            ),
        ),
        ("cod_postal", "POSTAL_CODE", [f"{h[0][:2]}{g.digits(2)}-{g.digits(3)}" for h in homes]),
        (
            "telemovel",
            "PHONE",
            g.col(
                lambda i: (
                    g.pick(["91", "92", "93", "96", "+351 91", "+351 96"])
                    + g.digits(1)
                    + " "
                    + g.digits(3)
                    + " "
                    + g.digits(3)
                )
            ),
        ),
        ("iban_debito", "IBAN", g.col(lambda i: g.iban(g.f))),
        ("nome_animal", "NONE", g.col(lambda i: g.pick(pets))),
        ("especie", "NONE", g.col(lambda i: g.pick(esp))),
        ("raca", "NONE", g.col(lambda i: g.pick(raca))),
        ("microchip", "NONE", g.col(lambda i: "941000" + g.digits(9), null=0.05)),
        ("data_nasc_animal", "NONE", g.col(lambda i: g.fmt_date(g.date(2008, 2024), ["%d/%m/%Y"]))),
        ("diagnostico_vet", "NONE", g.col(lambda i: g.pick(dvet))),
        ("clinica_vet", "NONE", clins),
        ("nif_clinica", "NONE", [clin_nif[c] for c in clins]),
        ("premio_mensal", "NONE", g.col(lambda i: g.pick(["12,90", "18,50", "24,90", "9,90", "31,40"]))),
        ("valor_sinistro", "NONE", g.col(lambda i: g.money(20, 2500), null=0.4)),
        (
            "obs_cliente",
            "FREE_TEXT_WITH_PII",
            g.col(lambda i: g.pick(obs).format(n=g.f.name(), t="91" + g.digits(7), e=g.f.free_email()), null=0.3),
        ),
        ("obs_sinistro", "NONE", g.col(lambda i: g.pick(osin))),
    ]
    return {"name": "seguro_animais", "lang": "pt", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 11. pt (BR) online marketplace sellers
# ---------------------------------------------------------------------------
def t_marketplace():
    g = G(8111, "pt_BR")
    ppl = _people(g, y0=1960, y1=2004)
    homes = [g.pick(P.BR) for _ in range(N)]
    handles = [
        f"{g.pick(['loja', 'casa', 'cantinho', 'mega', 'top', 'achados'])}{g.pick(['do', 'da', ''])}{p['first'].split()[0].lower().replace('á', 'a').replace('é', 'e').replace('í', 'i').replace('ó', 'o').replace('ú', 'u').replace('ã', 'a').replace('ç', 'c').replace('ô', 'o').replace('ê', 'e')}{g.r.randint(1, 999)}"
        for p in ppl
    ]
    reviews = [
        "Produto chegou rápido, recomendo",
        "Veio com a caixa amassada",
        "Exatamente como no anúncio",
        "Demorou mas chegou",
        "Ótimo custo-benefício",
        "Não funcionou, pedi devolução",
        None,
        None,
    ]
    ramos = ["Comércio de Eletrônicos", "Artigos para Casa", "Moda e Acessórios", "Importadora", "Papelaria"]
    cols = [
        ("seller_id", "NONE", [str(g.r.randint(10000000, 99999999)) for _ in range(N)]),
        ("nome_vendedor", "PERSON_NAME", [f"{p['first']} {p['last']}" for p in ppl]),
        (
            "razao_social",
            "NONE",
            g.col(lambda i: f"{g.f.last_name()} {g.pick(ramos)} {g.pick(['Ltda', 'ME', 'EIRELI', 'Ltda.'])}", null=0.5),
        ),
        ("cnpj", "NONE", g.col(lambda i: g.cnpj(), null=0.5)),
        (
            "cpf",
            "NATIONAL_ID",
            g.col(lambda i: g.f.cpf() if g.r.random() < 0.7 else g.f.cpf().replace(".", "").replace("-", "")),
        ),
        ("apelido_loja", "USERNAME", handles),
        ("url_perfil", "URL", [f"https://www.vendamais.com.br/perfil/{h}" for h in handles]),
        ("img_produto_url", "NONE", g.col(lambda i: f"https://cdn.vendamais.com.br/img/{g.hexs(2)}/{g.hexs(24)}.jpg")),
        ("sku", "NONE", g.col(lambda i: f"VMB-{g.r.randint(100000000, 999999999)}")),
        ("ean", "NONE", g.col(lambda i: g.ean13(), null=0.1)),
        ("preco", "NONE", g.col(lambda i: "R$ " + g.money(9, 4999))),
        ("cep", "POSTAL_CODE", [f"{h[0]}-{g.digits(3)}" if g.r.random() < 0.8 else h[0] + g.digits(3) for h in homes]),
        (
            "celular",
            "PHONE",
            g.col(
                lambda i: (
                    g.pick([f"({g.pick(['11', '21', '31', '41', '51', '61', '71', '85'])}) 9", "+55 11 9", "119"])
                    + g.digits(4)
                    + g.pick(["-", ""])
                    + g.digits(4)
                )
            ),
        ),
        (
            "banco_ag_conta",
            "BANK_ACCOUNT",
            g.col(
                lambda i: (
                    f"{g.pick(['341', '237', '001', '104', '260', '033'])} / Ag {g.digits(4)} / CC {g.digits(5)}-{g.digits(1)}"
                )
            ),
        ),
        (
            "ultimo_login_ip",
            "IP_ADDRESS",
            g.col(
                lambda i: (
                    f"{g.pick([177, 179, 186, 187, 189, 191, 200, 201])}.{g.r.randint(0, 255)}.{g.r.randint(0, 255)}.{g.r.randint(1, 254)}"
                )
            ),
        ),
        ("limite_credito", "FINANCIAL", g.col(lambda i: g.money(500, 50000))),
        ("avaliacao_media", "NONE", g.col(lambda i: f"{g.r.uniform(3.1, 5):.1f}")),
        ("reputacao", "NONE", g.col(lambda i: g.pick(["verde", "amarelo", "laranja", "Líder Gold", "Líder Platinum"]))),
        ("pedido_ultimo", "NONE", g.col(lambda i: g.non_luhn16("2000"))),
        ("hash_catalogo", "NONE", g.col(lambda i: g.md5())),
        ("comentario_comprador", "NONE", g.col(lambda i: g.pick(reviews))),
    ]
    return {"name": "marketplace_vendedores", "lang": "pt", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 12. pl driving-school pupils
# ---------------------------------------------------------------------------
def t_osk():
    g = G(8112, "pl_PL")
    ppl = _people(g, y0=1975, y1=2007)
    homes = [g.pick(P.PL) for _ in range(N)]
    wyk = ["średnie", "wyższe", "podstawowe", "zasadnicze zawodowe", "gimnazjalne", "policealne", "średnie techniczne"]
    orz = [
        "bez przeciwwskazań",
        "bez przeciwwskazań",
        "okulary korekcyjne wymagane",
        "cukrzyca - kontrola co 2 lata",
        "aparat słuchowy",
        "soczewki kontaktowe",
        "epilepsja w remisji - kontrola",
    ]
    uwagi = [
        "Problemy z parkowaniem równoległym",
        "Dobre przygotowanie do egzaminu",
        "Wymaga dodatkowych jazd w mieście",
        "Stres na rondzie",
        "Jazda nocna zaliczona",
        None,
        None,
    ]
    instr = [
        "Marek Wiśniewski",
        "Tomasz Zieliński",
        "Agnieszka Kamińska",
        "Piotr Lewandowski",
        "Krzysztof Wójcik",
        "Ewa Dąbrowska",
    ]
    osk_nip = [g.pl_nip() for _ in range(3)]
    cols = [
        ("nr_kursanta", "NONE", [f"OSK/{g.pick(['2023', '2024'])}/{i + 1:04d}" for i in range(N)]),
        ("nazwisko", "PERSON_NAME", [g.messy(p["last"], upper=0.2) for p in ppl]),
        ("pesel", "NATIONAL_ID", [g.pl_pesel(p["dob"], p["sex"]) for p in ppl]),
        ("dowod_osob", "NATIONAL_ID", g.col(lambda i: g.f.identity_card_number(), null=0.1)),
        (
            "nr_prawa_jazdy",
            "DRIVER_LICENSE",
            g.col(
                lambda i: f"{g.r.randint(0, 99999):05d}/{g.r.randint(5, 23):02d}/{g.r.randint(0, 9999):04d}", null=0.7
            ),
        ),
        ("kod_pocztowy", "POSTAL_CODE", [f"{h[0]}-{g.digits(3)}" for h in homes]),
        ("miejscowosc", "CITY", [h[1] for h in homes]),
        ("wyksztalcenie", "EDUCATION", g.col(lambda i: g.pick(wyk), null=0.2)),
        ("kategoria", "NONE", g.col(lambda i: g.pick(["B", "B", "B", "A", "A2", "C", "C+E", "AM"]))),
        ("instruktor", "PERSON_NAME", g.col(lambda i: g.pick(instr))),
        (
            "nr_faktury",
            "NONE",
            g.col(lambda i: f"FV/{g.pick(['2023', '2024'])}/{g.r.randint(1, 12):02d}/{g.r.randint(1, 999):04d}"),
        ),
        ("nip_osk", "NONE", g.col(lambda i: g.pick(osk_nip))),
        (
            "konto_zwrot",
            "BANK_ACCOUNT",
            g.col(
                lambda i: (lambda s: f"{s[2:4]} {s[4:8]} {s[8:12]} {s[12:16]} {s[16:20]} {s[20:24]} {s[24:28]}")(
                    g.f.iban()
                ),
                null=0.6,
            ),
        ),
        ("godz_jazd", "NONE", g.col(lambda i: str(g.r.randint(0, 40)))),
        ("data_egzaminu", "NONE", g.col(lambda i: g.fmt_date(g.date(2023, 2024), ["%d.%m.%Y"]), null=0.3)),
        ("wynik", "NONE", g.col(lambda i: g.pick(["pozytywny", "negatywny"]), null=0.3)),
        ("orzeczenie_lek", "HEALTH", g.col(lambda i: g.pick(orz))),
        ("uwagi_instr", "NONE", g.col(lambda i: g.pick(uwagi))),
    ]
    return {"name": "osk_kursanci", "lang": "pl", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 13. mixed: customs declarations at the border
# ---------------------------------------------------------------------------
_MIX = {
    "de_DE": ("Deutschland", "DE", "Lehrer", "+49 "),
    "fr_FR": ("France", "FR", "infirmière", "+33 "),
    "pl_PL": ("Polska", "PL", "kierowca", "+48 "),
    "nl_NL": ("Nederland", "NL", "accountant", "+31 "),
    "it_IT": ("Italia", "IT", "ingegnere", "+39 "),
    "es_ES": ("España", "ES", "abogada", "+34 "),
    "pt_BR": ("Brasil", "BR", "engenheiro civil", "+55 "),
    "en_GB": ("United Kingdom", "GB", "software developer", "+44 "),
}


def t_customs():
    g = G(8113, "en_GB")
    fk = {loc: Faker(loc) for loc in _MIX}
    for k, f in enumerate(fk.values()):
        f.seed_instance(81130 + k)
    locs = [g.pick(list(_MIX)) for _ in range(N)]
    names = [fk[loc].name() for loc in locs]
    occ = {
        "de_DE": ["Lehrer", "Ingenieurin", "Rentner", "Kaufmann"],
        "fr_FR": ["infirmière", "retraité", "cuisinier", "comptable"],
        "pl_PL": ["kierowca", "informatyk", "nauczycielka"],
        "nl_NL": ["accountant", "verpleegkundige", "student"],
        "it_IT": ["ingegnere", "pensionato", "commerciante"],
        "es_ES": ["abogada", "camarero", "médico"],
        "pt_BR": ["engenheiro civil", "empresário", "dentista"],
        "en_GB": ["software developer", "nurse", "retired", "electrician"],
    }
    nat_alt = {
        "de_DE": ["Deutschland", "German", "DEU"],
        "fr_FR": ["France", "French", "française"],
        "pl_PL": ["Polska", "Polish", "POL"],
        "nl_NL": ["Nederland", "Dutch", "NLD"],
        "it_IT": ["Italia", "Italian"],
        "es_ES": ["España", "Spanish"],
        "pt_BR": ["Brasil", "Brazilian", "BRA"],
        "en_GB": ["United Kingdom", "British", "GBR"],
    }
    res_alt = {
        "de_DE": ["Germany", "Deutschland"],
        "fr_FR": ["France"],
        "pl_PL": ["Poland", "Polska"],
        "nl_NL": ["Netherlands", "Nederland"],
        "it_IT": ["Italy"],
        "es_ES": ["Spain", "España"],
        "pt_BR": ["Brazil", "Portugal"],
        "en_GB": ["United Kingdom", "Ireland"],
    }

    def passport(loc):
        return {
            "de_DE": lambda: g.letters(1, "CFGHJK") + g.letters(8, "CFGHJKLMNPRTVWXYZ0123456789"),
            "fr_FR": lambda: g.digits(2) + g.letters(2) + g.digits(5),
            "pl_PL": lambda: g.letters(2) + g.digits(7),
            "nl_NL": lambda: (
                g.letters(2, "BCDFGHJKLMNPRSTVWXYZ") + g.letters(6, "BCDFGHJKLMNPRSTVWXYZ0123456789") + g.digits(1)
            ),
            "it_IT": lambda: g.letters(2) + g.digits(7),
            "es_ES": lambda: g.letters(3) + g.digits(6),
            "pt_BR": lambda: g.letters(2) + g.digits(6),
            "en_GB": lambda: g.digits(9),
        }[loc]()

    def plate(loc):
        if loc == "fr_FR":
            return f"{g.letters(2)}-{g.digits(3)}-{g.letters(2)}"
        if loc == "pt_BR":
            return f"{g.letters(3)}{g.digits(1)}{g.letters(1)}{g.digits(2)}"
        return fk[loc].license_plate()

    goods = [
        "Laptop",
        "Bouteilles de vin (6)",
        "Zigaretten 2 Stangen",
        "Smartphone",
        "Parfum 100 ml",
        "Leather handbag",
        "Whisky 1L x3",
        "Camera lens",
        "Vêtements",
        "Kawa 5 kg",
        "Jewellery (gold ring)",
        "Ceramics",
    ]
    notes = [
        "Traveller {n} declared goods voluntarily, receipt shown.",
        "Reisender {n} verweigerte Auskunft, Rückruf unter {t}.",
        "Passager {n} en possession de 3 cartouches, taxe perçue.",
        "Secondary inspection, spouse {n} present.",
        "No remarks.",
        "Controle zonder bevindingen.",
    ]
    cols = [
        (
            "MRN",
            "NONE",
            g.col(
                lambda i: (
                    f"{g.pick(['23', '24'])}{g.pick(['DE', 'NL', 'BE', 'FR'])}{g.letters(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}{g.digits(9)}{g.digits(1)}"
                )
            ),
        ),
        ("traveller_name", "PERSON_NAME", [g.messy(n, upper=0.25) for n in names]),
        ("nationality", "NATIONALITY", [g.pick(nat_alt[loc]) for loc in locs]),
        ("passport_no", "PASSPORT", [passport(loc) for loc in locs]),
        (
            "dob",
            "DATE_OF_BIRTH",
            [g.fmt_date(g.date(1945, 2006), ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d %b %Y"]) for _ in locs],
        ),
        ("residence_country", "COUNTRY", [g.pick(res_alt[loc]) for loc in locs]),
        ("occupation", "OCCUPATION", [g.pick(occ[loc]) if g.r.random() > 0.1 else None for loc in locs]),
        ("veh_reg", "LICENSE_PLATE", [plate(loc) if g.r.random() > 0.35 else None for loc in locs]),
        (
            "hs_code",
            "NONE",
            g.col(
                lambda i: g.pick(
                    [
                        "8471.30",
                        "2204 21 79",
                        "2402.20",
                        "8517.13",
                        "3303 00",
                        "4202.21",
                        "2208.30",
                        "9002.11",
                        "6109.10",
                        "0901.21",
                        "7113.19",
                        "6912.00",
                    ]
                )
            ),
        ),
        ("goods_desc", "NONE", g.col(lambda i: g.pick(goods))),
        ("declared_value", "NONE", g.col(lambda i: g.pick(["EUR ", "€", "GBP "]) + g.money(20, 3000))),
        ("container_no", "NONE", g.col(lambda i: g.container(), null=0.7)),
        (
            "fwd_eori",
            "NONE",
            g.col(
                lambda i: g.pick(["DE" + g.digits(7), "NL" + g.digits(9), "BE0" + g.digits(9), "FR" + g.digits(14)]),
                null=0.5,
            ),
        ),
        ("fwd_vat", "NONE", g.col(lambda i: g.pick([g.de_vat, g.fr_vat, g.nl_vat, g.it_vat])(), null=0.5)),
        ("port", "NONE", g.col(lambda i: g.pick(["DEHAM", "NLRTM", "BEANR", "FRCDG", "DEFRA", "NLAMS"]))),
        ("arrival_ts", "NONE", g.col(lambda i: g.ts().strftime("%Y-%m-%d %H:%M:%S"))),
        (
            "contact_tel",
            "PHONE",
            [
                (_MIX[loc][3] + g.digits(3) + " " + g.digits(3) + " " + g.digits(3)) if g.r.random() > 0.1 else None
                for loc in locs
            ],
        ),
        (
            "officer_notes",
            "FREE_TEXT_WITH_PII",
            g.col(lambda i: g.pick(notes).format(n=fk[g.pick(list(_MIX))].name(), t="+49 151 " + g.digits(8))),
        ),
        (
            "flight",
            "NONE",
            g.col(
                lambda i: g.pick(["LH", "KL", "AF", "BA", "LO", "IB", "TP", "AZ"]) + " " + str(g.r.randint(100, 9999)),
                null=0.4,
            ),
        ),
        (
            "x_12",
            "EMAIL",
            [
                g.email(
                    n.split()[0],
                    n.split()[-1],
                    [
                        "gmail.com",
                        "gmx.de",
                        "orange.fr",
                        "wp.pl",
                        "ziggo.nl",
                        "libero.it",
                        "uol.com.br",
                        "btinternet.com",
                    ],
                )
                if g.r.random() > 0.2
                else None
                for n in names
            ],
        ),
        ("x_13", "NONE", g.col(lambda i: g.hexs(8).upper())),
    ]
    return {"name": "customs_declarations", "lang": "mixed", "columns": equalize(cols)}


# ---------------------------------------------------------------------------
# 14. mixed: GDPR subject-access-request log
# ---------------------------------------------------------------------------
def t_dsar():
    g = G(8114, "en_GB")
    locs = ["de_DE", "fr_FR", "nl_NL", "en_GB", "es_ES", "it_IT", "pl_PL", "pt_PT"]
    fk = {loc: Faker(loc) for loc in locs}
    for k, f in enumerate(fk.values()):
        f.seed_instance(81140 + k)
    rl = [g.pick(locs) for _ in range(N)]
    first = [fk[loc].first_name() for loc in rl]
    last = [fk[loc].last_name() for loc in rl]
    country = {
        "de_DE": ["Germany", "Deutschland"],
        "fr_FR": ["France"],
        "nl_NL": ["Netherlands", "Nederland"],
        "en_GB": ["United Kingdom", "UK"],
        "es_ES": ["Spain", "España"],
        "it_IT": ["Italy", "Italia"],
        "pl_PL": ["Poland", "Polska"],
        "pt_PT": ["Portugal"],
    }
    pref = {
        "de_DE": "+49 1",
        "fr_FR": "+33 6",
        "nl_NL": "+31 6",
        "en_GB": "+44 7",
        "es_ES": "+34 6",
        "it_IT": "+39 3",
        "pl_PL": "+48 5",
        "pt_PT": "+351 9",
    }
    handlers = ["Anna Becker", "Tom Janssen", "Claire Moreau", "Sofia Ricci"]
    summary = [
        "Requester {n} asks for all call recordings linked to {t}.",
        "{n} wants erasure of marketing profile, confirmed identity via {e}.",
        "Ex-employee {n} requests copy of HR file.",
        "Anfrage von {n}: Auskunft nach Art. 15, Rückruf {t}.",
        "Demande de {n} concernant la suppression de son compte.",
    ]
    resol = [
        "Export sent via secure portal",
        "Request withdrawn",
        "Identity not verified - closed",
        "Partial refusal (third-party data)",
        "Erasure completed",
        None,
    ]

    def addr(loc):
        f = fk[loc]
        return f.street_address() + ", " + f.postcode() + " " + f.city()

    cols = [
        ("ticket", "NONE", [f"DSAR-{g.pick(['2023', '2024'])}-{i + 1:05d}" for i in range(N)]),
        ("received", "NONE", g.col(lambda i: g.ts().isoformat(timespec="seconds"))),
        ("requester", "PERSON_NAME", [f"{a} {b}" for a, b in zip(first, last, strict=True)]),
        (
            "requester_email",
            "EMAIL",
            [
                g.email(
                    a, b, ["gmail.com", "outlook.com", "gmx.de", "free.fr", "ziggo.nl", "yahoo.es", "wp.pl", "sapo.pt"]
                )
                for a, b in zip(first, last, strict=True)
            ],
        ),
        ("requester_phone", "PHONE", [pref[loc] + g.digits(8) if g.r.random() > 0.3 else None for loc in rl]),
        ("requester_country", "COUNTRY", [g.pick(country[loc]) for loc in rl]),
        ("postal_addr", "STREET_ADDRESS", [addr(loc) if g.r.random() > 0.4 else None for loc in rl]),
        ("lang", "NONE", [loc[:2] for loc in rl]),
        (
            "request_type",
            "NONE",
            g.col(lambda i: g.pick(["access", "erasure", "rectification", "portability", "objection"])),
        ),
        ("id_doc_type", "NONE", g.col(lambda i: g.pick(["passport", "ID card", "driving licence", "none"]))),
        ("src_ip", "IP_ADDRESS", g.col(lambda i: g.ipv4() if g.r.random() < 0.85 else g.ipv6())),
        ("portal_ver", "NONE", g.col(lambda i: f"3.{g.r.randint(0, 4)}.{g.r.randint(0, 20)}.{g.r.randint(1, 250)}")),
        ("customer_ref", "NONE", g.col(lambda i: f"CUST{g.r.randint(100000, 999999)}", null=0.2)),
        (
            "login",
            "USERNAME",
            [
                g.pick(
                    [
                        f"{a.lower()}{b[:1].lower()}{g.r.randint(1, 99)}",
                        f"{a[:1].lower()}.{b.lower().replace(' ', '')}",
                        f"{b.lower().replace(' ', '')}_{g.r.randint(70, 99)}",
                    ]
                )
                if g.r.random() > 0.25
                else None
                for a, b in zip(first, last, strict=True)
            ],
        ),
        ("app_instance_id", "DEVICE_ID", g.col(lambda i: g.uuid4(), null=0.5)),
        (
            "systems_searched",
            "NONE",
            g.col(
                lambda i: ";".join(
                    g.r.sample(["CRM", "ERP", "Zendesk", "Mailchimp", "DWH", "Payroll"], g.r.randint(1, 4))
                )
            ),
        ),
        ("records_found", "NONE", g.col(lambda i: str(g.r.randint(0, 480)))),
        ("handler", "PERSON_NAME", g.col(lambda i: g.pick(handlers))),
        ("deadline", "NONE", g.col(lambda i: g.fmt_date(g.date(2023, 2024), ["%Y-%m-%d"]))),
        ("status", "NONE", g.col(lambda i: g.pick(["open", "in progress", "closed", "extended"]))),
        ("export_sha256", "NONE", g.col(lambda i: g.sha256(), null=0.4)),
        (
            "case_summary",
            "FREE_TEXT_WITH_PII",
            [
                g.pick(summary).format(
                    n=f"{a} {b}", t=pref[loc] + g.digits(8), e=g.email(a, b, ["gmail.com", "web.de"])
                )
                for a, b, loc in zip(first, last, rl, strict=True)
            ],
        ),
        ("resolution_note", "NONE", g.col(lambda i: g.pick(resol))),
        ("col_x", "NONE", g.col(lambda i: g.uuid4())),
    ]
    return {"name": "dsar_log", "lang": "mixed", "columns": equalize(cols)}


TABLES = [
    t_crew_roster,
    t_telehealth,
    t_carsharing,
    t_stipendium,
    t_urgences,
    t_pma,
    t_banco_alimentos,
    t_rsa,
    t_brandweer,
    t_seguro_animais,
    t_marketplace,
    t_osk,
    t_customs,
    t_dsar,
]


def all_tables():
    return [t() for t in TABLES]
