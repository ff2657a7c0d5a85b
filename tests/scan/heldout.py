# ruff: noqa: E501 -- value and header tables read best one entry per line
"""A held-out table generator for the column classifier, written apart from privet's word lists.

tests/scan/synth.py shares its header names and categorical values with privet's lexicon and vocabularies,
so accuracy on it is optimistic. This generator does not import anything from privet and was written without
copying privet's lists: other Faker locale variants (de_AT, de_CH, fr_CA, fr_BE, es_MX, es_AR, es_CO, pt_PT,
nl_BE, it_CH, en_GB, en_AU, en_IE, en_IN), its own header names (synonyms, compounds, abbreviations, typos,
ALL CAPS, numbered generic headers, headers in another language than the values), its own categorical values
per country (parties, unions, census ethnic groups, school systems), national ids of these countries with their
real check digits, messy cells (whitespace, case, 0-40% nulls written as None, "" or "N/A", national date,
phone and number formats, thousands separators, currency signs) and the issue's hard negatives.

Labels follow spec/entities.md (what a column is about). ``make_heldout_table(region, rows=, seed=)`` returns
``(frame, {column: entity})``; every value is a string or a number, as a CSV export would hold.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl
from faker import Faker

REGIONS = ("de_AT", "de_CH", "fr_CA", "fr_BE", "es_MX", "es_AR", "es_CO", "pt_PT", "nl_BE", "it_CH", "en_GB",
           "en_AU", "en_IE", "en_IN")  # fmt: skip

# region -> (language, Faker locale for people, for addresses, ISO country)
_REGION: dict[str, tuple[str, str, str, str]] = {
    "de_AT": ("de", "de_AT", "de_AT", "AT"),
    "de_CH": ("de", "de_CH", "de_CH", "CH"),
    "fr_CA": ("fr", "fr_CA", "fr_CA", "CA"),
    "fr_BE": ("fr", "fr_BE", "fr_CH", "BE"),
    "es_MX": ("es", "es_MX", "es_MX", "MX"),
    "es_AR": ("es", "es_AR", "es_AR", "AR"),
    "es_CO": ("es", "es_CO", "es_CO", "CO"),
    "pt_PT": ("pt", "pt_PT", "pt_PT", "PT"),
    "nl_BE": ("nl", "nl_BE", "nl_BE", "BE"),
    "it_CH": ("it", "it_IT", "it_IT", "CH"),
    "en_GB": ("en", "en_GB", "en_GB", "GB"),
    "en_AU": ("en", "en_AU", "en_AU", "AU"),
    "en_IE": ("en", "en_IE", "en_IE", "IE"),
    "en_IN": ("en", "en_IN", "en_IN", "IN"),
}
LANGS = ("en", "de", "fr", "es", "pt", "nl", "it")


@dataclass
class Ctx:
    """What a value generator may use: the region, its language and seeded Fakers and RNG."""

    region: str
    lang: str
    country: str
    person: Faker
    addr: Faker
    rng: random.Random


Gen = Callable[[Ctx], object]


@dataclass(frozen=True)
class Kind:
    key: str
    entity: str
    headers: dict[str, str]  # language -> "a|b|c"
    gen: Gen


# --------------------------------------------------------------------------------------------- check digits
def _luhn_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


_VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
               [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
               [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
               [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]  # fmt: skip
_VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
               [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
               [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]  # fmt: skip
_VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff_check(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VERHOEFF_D[c][_VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(_VERHOEFF_INV[c])


def _digits(rng: random.Random, n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def _birth(rng: random.Random) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 64))


def _at_svnr(c: Ctx) -> str:
    while True:
        serial = _digits(c.rng, 3)
        born = _birth(c.rng).strftime("%d%m%y")
        body = serial + "0" + born
        weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
        check = sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        if check < 10:
            value = serial + str(check) + born
            return value if c.rng.random() < 0.6 else f"{value[:4]} {value[4:]}"


def _ch_ahv(c: Ctx) -> str:
    body = "756" + "".join(c.rng.choice(string.digits) for _ in range(9))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    value = body + str((10 - total % 10) % 10)
    return f"{value[:3]}.{value[3:7]}.{value[7:11]}.{value[11:]}"


def _ca_sin(c: Ctx) -> str:
    body = _digits(c.rng, 8, "1234567")
    value = body + _luhn_check(body)
    return c.rng.choice([f"{value[:3]} {value[3:6]} {value[6:]}", f"{value[:3]}-{value[3:6]}-{value[6:]}", value])


def _be_nn(c: Ctx) -> str:
    born = _birth(c.rng)
    body = born.strftime("%y%m%d") + f"{c.rng.randint(1, 997):03d}"
    base = int(("2" + body) if born.year >= 2000 else body)
    value = body + f"{97 - base % 97:02d}"
    if c.rng.random() < 0.5:
        return f"{value[:2]}.{value[2:4]}.{value[4:6]}-{value[6:9]}.{value[9:]}"
    return value


_CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _mx_curp(c: Ctx) -> str:
    up = string.ascii_uppercase
    born = _birth(c.rng)
    body = (
        c.rng.choice(up) + c.rng.choice("AEIOU") + c.rng.choice(up) + c.rng.choice(up) + born.strftime("%y%m%d")
        + c.rng.choice("HM") + c.rng.choice(["DF", "JC", "NL", "PL", "VZ", "GT", "MC", "CH", "YN", "OC"])
        + "".join(c.rng.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + ("0" if born.year < 2000 else "A")
    )  # fmt: skip
    total = sum(_CURP_CHARS.index(ch) * (18 - i) for i, ch in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _ar_cuil(c: Ctx) -> str:
    while True:
        prefix = c.rng.choice(["20", "23", "27"])
        body = prefix + _digits(c.rng, 8, "123456789")
        total = sum(int(d) * w for d, w in zip(body, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check < 10:
            return f"{body[:2]}-{body[2:]}-{check}" if c.rng.random() < 0.7 else body + str(check)


def _co_cedula(c: Ctx) -> str:
    value = _digits(c.rng, c.rng.choice([8, 10]))
    return f"{int(value):,}".replace(",", ".") if c.rng.random() < 0.5 else value


def _pt_nif(c: Ctx) -> str:
    body = c.rng.choice("1235") + "".join(c.rng.choice(string.digits) for _ in range(7))
    check = 11 - sum(int(d) * (9 - i) for i, d in enumerate(body)) % 11
    return body + str(0 if check >= 10 else check)


def _gb_nino(c: Ctx) -> str:
    first = c.rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = c.rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        second = c.rng.choice("ABCEGHJKLMNPRSTWXYZ")
    digits = "".join(c.rng.choice(string.digits) for _ in range(6))
    suffix = c.rng.choice("ABCD")
    if c.rng.random() < 0.5:
        return f"{first}{second}{digits}{suffix}"
    return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"


def _ie_ppsn(c: Ctx) -> str:
    body = "".join(c.rng.choice(string.digits) for _ in range(7))
    total = sum(int(d) * (8 - i) for i, d in enumerate(body))
    letter = "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
    return body + letter


def _au_tfn(c: Ctx) -> str:
    weights = (1, 4, 3, 7, 5, 8, 6, 9, 10)
    while True:
        value = _digits(c.rng, 9)
        if sum(int(d) * w for d, w in zip(value, weights, strict=True)) % 11 == 0:
            return f"{value[:3]} {value[3:6]} {value[6:]}" if c.rng.random() < 0.5 else value


def _in_aadhaar(c: Ctx) -> str:
    body = _digits(c.rng, 11, "23456789")
    value = body + _verhoeff_check(body)
    return f"{value[:4]} {value[4:8]} {value[8:]}" if c.rng.random() < 0.7 else value


_NATIONAL_ID: dict[str, Gen] = {
    "AT": _at_svnr, "CH": _ch_ahv, "CA": _ca_sin, "BE": _be_nn, "MX": _mx_curp, "AR": _ar_cuil, "CO": _co_cedula,
    "PT": _pt_nif, "GB": _gb_nino, "IE": _ie_ppsn, "AU": _au_tfn, "IN": _in_aadhaar,
}  # fmt: skip


# --------------------------------------------------------------------------------------------- categorical values
# Written for this generator from national forms and census questionnaires (not from privet's vocabularies).
_PER_LANG: dict[str, dict[str, list[list[str]]]] = {
    "GENDER": {
        "en": [["M", "F"], ["Male", "Female", "Other"], ["man", "woman", "non-binary"], ["female", "male", "X"]],
        "de": [["m", "w", "d"], ["Mann", "Frau", "divers"], ["männlich", "weiblich"], ["M", "W"]],
        "fr": [["H", "F"], ["Homme", "Femme", "Autre"], ["masculin", "féminin"]],
        "es": [["H", "M"], ["Hombre", "Mujer"], ["Masculino", "Femenino", "Otro"], ["Varón", "Mujer"]],
        "pt": [["M", "F"], ["Masculino", "Feminino"], ["Homem", "Mulher"]],
        "nl": [["M", "V"], ["Man", "Vrouw", "X"], ["mannelijk", "vrouwelijk"]],
        "it": [["M", "F"], ["Maschio", "Femmina"], ["Uomo", "Donna"], ["maschile", "femminile"]],
    },
    "MARITAL_STATUS": {
        "en": [["Single", "Married", "Divorced", "Widowed", "Separated", "Civil partnership"],
               ["never married", "married", "de facto", "divorced", "widowed"]],
        "de": [["ledig", "verheiratet", "geschieden", "verwitwet", "eingetragene Partnerschaft"],
               ["Ledig", "Verheiratet", "Geschieden", "Verwitwet", "getrennt"]],
        "fr": [["célibataire", "marié(e)", "divorcé(e)", "veuf/veuve", "pacsé(e)"],
               ["Célibataire", "Mariée", "Union de fait", "Divorcée"]],
        "es": [["soltero/a", "casado/a", "divorciado/a", "viudo/a", "unión libre"],
               ["Soltera", "Casada", "Conviviente", "Viuda", "Separada"]],
        "pt": [["solteiro(a)", "casado(a)", "divorciado(a)", "viúvo(a)", "união de facto"]],
        "nl": [["ongehuwd", "gehuwd", "gescheiden", "weduwe/weduwnaar", "wettelijk samenwonend"]],
        "it": [["celibe/nubile", "coniugato/a", "divorziato/a", "vedovo/a", "unione civile"]],
    },
    "SEXUAL_ORIENTATION": {
        "en": [["Straight/Heterosexual", "Gay or Lesbian", "Bisexual", "Prefer not to say"]],
        "de": [["hetero", "schwul", "lesbisch", "bi", "keine Angabe"]],
        "fr": [["hétéro", "gay", "lesbienne", "bi", "autre"]],
        "es": [["heterosexual", "gay", "lesbiana", "bisexual", "prefiero no decir"]],
        "pt": [["heterossexual", "gay", "lésbica", "bissexual"]],
        "nl": [["hetero", "homo", "lesbisch", "bi"]],
        "it": [["etero", "gay", "lesbica", "bisex"]],
    },
    "RELIGION": {
        "en": [["Christian", "Muslim", "Hindu", "Sikh", "No religion", "Jewish"],
               ["Roman Catholic", "Church of Ireland", "Presbyterian", "None stated"]],
        "de": [["röm.-kath.", "evang. A.B.", "islamisch", "ohne Bekenntnis"],
               ["römisch-katholisch", "evangelisch-reformiert", "konfessionslos", "muslimisch"]],
        "fr": [["catholique", "protestant", "musulman", "aucune", "juif"]],
        "es": [["Católica", "Cristiana evangélica", "Testigo de Jehová", "Ninguna", "Judía"]],
        "pt": [["Católica", "Protestante", "Sem religião", "Muçulmana", "Testemunha de Jeová"]],
        "nl": [["rooms-katholiek", "protestants", "islamitisch", "vrijzinnig", "geen"]],
        "it": [["cattolica", "evangelica riformata", "musulmana", "nessuna", "ebraica"]],
    },
    "HEALTH": {
        "en": [["Type 1 diabetes", "Asthma", "High blood pressure", "Depression", "COPD", "Coeliac disease"]],
        "de": [["Diabetes mellitus Typ 2", "Asthma bronchiale", "Hypertonie", "Depression", "Migräne"]],
        "fr": [["diabète de type 2", "asthme", "hypertension artérielle", "dépression", "maladie de Crohn"]],
        "es": [["diabetes tipo 2", "asma", "hipertensión arterial", "depresión", "hipotiroidismo"]],
        "pt": [["diabetes tipo 2", "asma", "hipertensão arterial", "depressão", "colesterol elevado"]],
        "nl": [["diabetes type 2", "astma", "hoge bloeddruk", "depressie", "reuma"]],
        "it": [["diabete di tipo 2", "asma", "ipertensione arteriosa", "depressione", "celiachia"]],
    },
    "SMOKING": {
        "en": [["never smoker", "current smoker", "ex-smoker"]], "de": [["Nichtraucher", "Raucher", "ehemaliger Raucher"]],
        "fr": [["non-fumeur", "fumeur", "ancien fumeur"]], "es": [["no fumador", "fumador", "exfumador"]],
        "pt": [["não fumador", "fumador", "ex-fumador"]], "nl": [["niet-roker", "roker", "ex-roker"]],
        "it": [["non fumatore", "fumatore", "ex fumatore"]],
    },
}  # fmt: skip
_PER_COUNTRY: dict[str, dict[str, list[str]]] = {
    "POLITICAL_OPINION": {
        "AT": ["ÖVP", "SPÖ", "FPÖ", "NEOS", "Die Grünen", "KPÖ"], "CH": ["SVP", "SP", "FDP.Die Liberalen", "Die Mitte",
        "Grüne", "GLP"], "CA": ["Parti libéral", "Parti conservateur", "NPD", "Bloc Québécois", "Parti vert"],
        "BE": ["N-VA", "Vooruit", "Vlaams Belang", "Open VLD", "PS", "MR", "Les Engagés", "Ecolo", "PTB"],
        "MX": ["MORENA", "PAN", "PRI", "Movimiento Ciudadano", "PVEM", "PT"], "AR": ["PJ", "UCR", "PRO",
        "La Libertad Avanza", "Frente de Izquierda"], "CO": ["Pacto Histórico", "Centro Democrático",
        "Partido Liberal", "Partido Conservador", "Alianza Verde"], "PT": ["PS", "PSD", "Chega", "IL", "BE", "Livre",
        "CDU"], "GB": ["Labour", "Conservative", "Lib Dem", "Reform UK", "Green", "SNP"], "AU": ["Labor", "Liberal",
        "The Greens", "Nationals", "One Nation"], "IE": ["Fianna Fáil", "Fine Gael", "Sinn Féin", "Labour",
        "Social Democrats"], "IN": ["BJP", "INC", "AAP", "TMC", "CPI(M)", "DMK"],
    },
    "TRADE_UNION": {
        "AT": ["ÖGB", "GPA", "vida", "PRO-GE", "younion", "kein Mitglied"], "CH": ["Unia", "Syna", "VPOD", "SEV",
        "keine"], "CA": ["CSN", "FTQ", "CSQ", "Unifor", "SCFP", "aucun"], "BE": ["ACV-CSC", "ABVV-FGTB", "ACLVB-CGSLB",
        "geen"], "MX": ["CTM", "SNTE", "CROC", "STPRM", "ninguno"], "AR": ["CGT", "CTA", "UOM", "Camioneros",
        "ninguno"], "CO": ["CUT", "CGT", "CTC", "FECODE", "ninguno"], "PT": ["CGTP-IN", "UGT", "STAL", "SPGL",
        "nenhum"], "GB": ["Unite", "UNISON", "GMB", "NEU", "Not a member"], "AU": ["AWU", "SDA", "CFMEU", "ANMF",
        "Non-member"], "IE": ["SIPTU", "Fórsa", "INMO", "Connect", "None"], "IN": ["BMS", "INTUC", "AITUC", "CITU",
        "HMS", "None"],
    },
    "ETHNICITY": {
        "AT": ["Mehrheitsbevölkerung", "Roma", "Sinti", "Kärntner Slowenen", "Burgenlandkroaten"],
        "CH": ["Mehrheitsbevölkerung", "Jenische", "Sinti", "Roma"],
        "CA": ["Blanc", "Autochtone", "Noir", "Asiatique du Sud", "Latino-Américain", "Arabe"],
        "BE": ["Européen", "Maghrébin", "Subsaharien", "Asiatique", "Turc"],
        "MX": ["Indígena", "Afromexicano", "Mestizo", "Ninguno"],
        "AR": ["Pueblo originario", "Afrodescendiente", "Ninguno"],
        "CO": ["Indígena", "Afrocolombiano", "Raizal", "Palenquero", "Rom", "Ninguno"],
        "PT": ["Branca", "Negra", "Cigana", "Asiática", "Mista"],
        "GB": ["White British", "White Irish", "Asian or Asian British", "Black or Black British",
               "Mixed/Multiple", "Other ethnic group"],
        "AU": ["Aboriginal", "Torres Strait Islander", "Both", "Neither"],
        "IE": ["White Irish", "Irish Traveller", "Any other White background", "Black or Black Irish",
               "Asian or Asian Irish"],
        "IN": ["Scheduled Caste", "Scheduled Tribe", "OBC", "General"],
    },
    "EDUCATION": {
        "AT": ["Pflichtschule", "Lehrabschluss", "Matura", "Bachelor", "Master", "Doktorat"],
        "CH": ["obligatorische Schule", "Berufslehre (EFZ)", "Gymnasiale Maturität", "Fachhochschule", "Universität"],
        "CA": ["DES", "DEC", "Baccalauréat", "Maîtrise", "Doctorat"],
        "BE": ["CESS", "Bachelier", "Master", "Doctorat", "Enseignement secondaire"],
        "MX": ["Primaria", "Secundaria", "Preparatoria", "Licenciatura", "Maestría", "Doctorado"],
        "AR": ["Primario completo", "Secundario completo", "Terciario", "Universitario completo"],
        "CO": ["Bachiller", "Técnico", "Tecnólogo", "Profesional", "Especialización"],
        "PT": ["Ensino básico", "Ensino secundário", "Licenciatura", "Mestrado", "Doutoramento"],
        "GB": ["GCSE", "A-levels", "Bachelor's", "Master's", "Doctorate", "No qualifications"],
        "AU": ["Year 12", "Certificate III", "Diploma", "Bachelor degree", "Postgraduate degree"],
        "IE": ["Junior Certificate", "Leaving Certificate", "Higher Diploma", "Honours Degree", "PhD"],
        "IN": ["10th pass", "12th pass", "B.Tech", "B.Com", "M.Sc", "Ph.D."],
    },
}  # fmt: skip
_CITIZENSHIP = {
    "en": ["British", "Irish", "Indian", "Australian", "Polish", "Romanian", "Pakistani", "Nigerian"],
    "de": ["österreichisch", "deutsch", "schweizerisch", "serbisch", "türkisch", "rumänisch", "italienisch"],
    "fr": ["canadienne", "belge", "française", "marocaine", "haïtienne", "congolaise"],
    "es": ["mexicana", "argentina", "colombiana", "venezolana", "boliviana", "paraguaya", "estadounidense"],
    "pt": ["portuguesa", "brasileira", "cabo-verdiana", "angolana", "ucraniana"],
    "nl": ["Belg", "Nederlander", "Marokkaan", "Turk", "Pool"],
    "it": ["svizzera", "italiana", "portoghese", "tedesca", "kosovara"],
}
_ICD = ["E11.9", "E119", "I10", "J45.9", "F32.1", "M54.5", "K50.9", "G43.0", "E66.0", "N18.3", "C34.1", "F41.1"]
_DRUGS = ["Metformin 500 mg", "Ramipril 5mg", "Salbutamol inhaler", "Atorvastatin 20 mg", "Levothyroxine 50mcg",
          "Pantoprazol 40 mg", "Sertralin 50mg", "Ibuprofen 400", "Amlodipin 5 mg", "Bisoprolol 2.5mg"]  # fmt: skip


def _pick(entity: str) -> Gen:
    def gen(c: Ctx) -> object:
        if entity in _PER_COUNTRY:
            return c.rng.choice(_PER_COUNTRY[entity][c.country])
        return c.rng.choice(_PER_LANG[entity][c.lang][_variant(c, entity)])

    return gen


_VARIANT: dict[tuple[str, str], int] = {}


def _variant(c: Ctx, entity: str) -> int:
    """One value list per (table, column kind): a column does not mix spellings of two systems."""
    key = (f"{c.region}-{id(c.rng)}", entity)
    if key not in _VARIANT:
        _VARIANT[key] = c.rng.randrange(len(_PER_LANG[entity][c.lang]))
    return _VARIANT[key]


# --------------------------------------------------------------------------------------------- value generators
def _phone(c: Ctx) -> str:
    cc = {"AT": "43", "CH": "41", "CA": "1", "BE": "32", "MX": "52", "AR": "54", "CO": "57", "PT": "351", "GB": "44",
          "AU": "61", "IE": "353", "IN": "91"}[c.country]  # fmt: skip
    r = c.rng
    shapes = {
        "AT": [f"+43 664 {r.randint(1000000, 9999999)}", f"0660 {r.randint(100, 999)} {r.randint(1000, 9999)}",
               f"01/{r.randint(2000000, 9999999)}"],
        "CH": [f"+41 79 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}",
               f"044 {r.randint(100, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"],
        "CA": [f"({r.choice(['514', '438', '418', '819'])}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
               f"+1 514 {r.randint(200, 999)} {r.randint(1000, 9999)}", f"514.{r.randint(200, 999)}.{r.randint(1000, 9999)}"],
        "BE": [f"+32 4{r.randint(70, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
               f"02 {r.randint(200, 999)} {r.randint(10, 99)} {r.randint(10, 99)}", f"04{r.randint(70, 99)}/{r.randint(100000, 999999)}"],
        "MX": [f"+52 55 {r.randint(1000, 9999)} {r.randint(1000, 9999)}", f"55-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"],
        "AR": [f"+54 9 11 {r.randint(1000, 9999)}-{r.randint(1000, 9999)}", f"011 {r.randint(4000, 4999)}-{r.randint(1000, 9999)}"],
        "CO": [f"+57 3{r.randint(0, 2)}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
               f"3{r.randint(10, 29)} {r.randint(100, 999)} {r.randint(1000, 9999)}"],
        "PT": [f"+351 9{r.choice('1236')}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(100, 999)}",
               f"21{r.randint(1000000, 9999999)}", f"9{r.choice('1236')}{r.randint(1000000, 9999999)}"],
        "GB": [f"07{r.randint(100, 999)} {r.randint(100000, 999999)}", f"+44 20 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
               f"(0161) {r.randint(200, 999)} {r.randint(1000, 9999)}"],
        "AU": [f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}", f"(02) {r.randint(8000, 9999)} {r.randint(1000, 9999)}",
               f"+61 4{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"],
        "IE": [f"08{r.choice('35679')} {r.randint(100, 999)} {r.randint(1000, 9999)}", f"+353 1 {r.randint(200, 999)} {r.randint(1000, 9999)}"],
        "IN": [f"+91 9{r.randint(100, 999)}{r.randint(100000, 999999)}", f"09{r.randint(100, 999)} {r.randint(100000, 999999)}",
               f"+91-{r.choice('6789')}{r.randint(100000000, 999999999)}"],
    }[c.country]  # fmt: skip
    assert cc
    return r.choice(shapes)


def _name(c: Ctx) -> str:
    f, r = c.person, c.rng
    style = r.random()
    if style < 0.5:
        return f"{f.first_name()} {f.last_name()}"
    if style < 0.7:
        return f"{f.last_name().upper()}, {f.first_name()}"
    if style < 0.85:
        return f"{f.last_name()}, {f.first_name()}"
    return f"{f.first_name()[0]}. {f.last_name()}"


def _email(c: Ctx) -> str:
    f, r = c.person, c.rng
    first, last = f.first_name(), f.last_name()
    local = r.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{last}{r.randint(1, 99)}", f"{first}_{r.randint(70, 99)}"]
    )
    local = "".join(ch for ch in local if ch.isalnum() or ch in "._").lower()
    local = local.encode("ascii", "ignore").decode() or "x"
    domain = r.choice(["gmx.at", "bluewin.ch", "videotron.ca", "skynet.be", "hotmail.com", "yahoo.com.mx", "gmail.com",
                       "sapo.pt", "telenet.be", "outlook.com", "eircom.net", "rediffmail.com", "bigpond.com"])  # fmt: skip
    value = f"{local}@{domain}"
    return value.upper() if r.random() < 0.05 else value


def _dob(c: Ctx) -> str:
    d = _birth(c.rng)
    fmt = {"de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y", "pt": "%d-%m-%Y", "nl": "%d-%m-%Y", "it": "%d/%m/%Y",
           "en": "%d/%m/%Y"}[c.lang]  # fmt: skip
    if c.country == "CA":
        fmt = "%Y-%m-%d"
    return d.strftime(fmt)


def _dob_text(c: Ctx) -> str:
    return _birth(c.rng).strftime(c.rng.choice(["%d %b %Y", "%Y/%m/%d", "%b %d, %Y"]))


def _street(c: Ctx) -> str:
    return str(c.addr.street_address()).replace("\n", ", ")


def _postcode(c: Ctx) -> str:
    r = c.rng
    return {
        "AT": lambda: str(r.randint(1010, 9992)), "CH": lambda: str(r.randint(1000, 9658)),
        "CA": lambda: f"{r.choice('HJGK')}{r.randint(0, 9)}{r.choice('ABCEGHJ')} {r.randint(0, 9)}{r.choice('ABCEGHJ')}{r.randint(0, 9)}",
        "BE": lambda: str(r.randint(1000, 9992)), "MX": lambda: f"{r.randint(1000, 99999):05d}",
        "AR": lambda: r.choice([f"C{r.randint(1000, 1499)}{''.join(r.choice('ABCDEFGHJ') for _ in range(3))}", str(r.randint(1000, 9431))]),
        "CO": lambda: f"{r.randint(5000, 999999):06d}", "PT": lambda: f"{r.randint(1000, 9980)}-{r.randint(0, 999):03d}",
        "GB": lambda: str(c.addr.postcode()), "AU": lambda: f"{r.randint(800, 7999):04d}",
        "IE": lambda: f"{r.choice(['D02', 'D04', 'T12', 'H91', 'V94', 'A96'])} {''.join(r.choice('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}",
        "IN": lambda: str(r.randint(110001, 855117)),
    }[c.country]()  # fmt: skip


def _salary_text(c: Ctx) -> str:
    amount = round(c.rng.lognormvariate(10.7, 0.35), -2)
    if c.lang in ("de", "nl", "pt", "es", "it") and c.country not in ("CH", "MX"):
        text = f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return (
            c.rng.choice([f"€ {text}", f"{text} €", text, f"{text} EUR"])
            if c.country not in ("AR", "CO")
            else f"$ {text}"
        )
    if c.country == "CH":
        return f"CHF {amount:,.0f}".replace(",", "'")
    sign = {"GB": "£", "IE": "€", "IN": "₹", "AU": "$", "CA": "$", "MX": "$"}.get(c.country, "")
    return f"{sign}{amount:,.0f}"


def _income_band(c: Ctx) -> str:
    lo = c.rng.choice([0, 20, 30, 40, 50, 75, 100])
    hi = {0: 20, 20: 30, 30: 40, 40: 50, 50: 75, 75: 100, 100: 150}[lo]
    return c.rng.choice([f"{lo}k-{hi}k", f"{lo},000 - {hi},000", f"{lo}.000–{hi}.000"])


def _free_text(c: Ctx) -> str:
    f, r = c.person, c.rng
    name = f"{f.first_name()} {f.last_name()}"
    return r.choice({
        "en": [f"Spoke with {name} today, asked to be called back on {_phone(c)}.",
               f"Customer {name} moved to {_street(c)}, please update the record.",
               f"Refund approved, confirmation sent to {_email(c)} by the agent."],
        "de": [f"Rückruf von {name} erbeten, erreichbar unter {_phone(c)}.",
               f"Kunde {name} ist umgezogen: {_street(c)}. Bitte Stammdaten ändern.",
               f"Rechnungskopie an {_email(c)} geschickt, Vorgang abgeschlossen."],
        "fr": [f"{name} a appelé pour sa commande, rappeler au {_phone(c)}.",
               f"Nouvelle adresse de {name} : {_street(c)}.",
               f"Le client souhaite une réponse par courriel à {_email(c)} rapidement."],
        "es": [f"Llamó {name} por el reembolso, su número es {_phone(c)}.",
               f"El cliente {name} cambió de domicilio a {_street(c)}.",
               f"Enviamos la factura al correo {_email(c)} esta mañana."],
        "pt": [f"{name} ligou a pedir a segunda via, contacto {_phone(c)}.",
               f"Nova morada do cliente {name}: {_street(c)}.",
               f"Fatura enviada para {_email(c)} conforme pedido do cliente."],
        "nl": [f"{name} belde over de levering, terugbellen op {_phone(c)}.",
               f"Klant {name} is verhuisd naar {_street(c)}.",
               f"Factuur opnieuw verstuurd naar {_email(c)} op verzoek."],
        "it": [f"Ha chiamato {name} per il rimborso, richiamare al {_phone(c)}.",
               f"Il cliente {name} si è trasferito in {_street(c)}.",
               f"Fattura inviata a {_email(c)} come richiesto dal cliente."],
    }[c.lang])  # fmt: skip


_REVIEWS = {
    "en": ["Fast delivery and the fit is perfect, would order again.", "Colour was a bit off compared to the photos.",
           "Stopped working after two weeks, returned it for a refund.", "Great value for the price, sturdy build."],
    "de": ["Schnelle Lieferung, Qualität wie beschrieben, gerne wieder.", "Die Farbe weicht etwas von den Fotos ab.",
           "Nach zwei Wochen defekt, leider zurückgeschickt.", "Preis-Leistung stimmt, sehr stabil verarbeitet."],
    "fr": ["Livraison rapide et produit conforme, je recommande.", "La couleur est un peu différente des photos.",
           "Tombé en panne au bout de deux semaines, retourné.", "Très bon rapport qualité-prix, solide."],
    "es": ["Entrega rápida y el producto es tal cual se describe.", "El color no coincide del todo con las fotos.",
           "Dejó de funcionar a las dos semanas, lo devolví.", "Muy buena relación calidad-precio, resistente."],
    "pt": ["Entrega rápida e produto conforme a descrição, recomendo.", "A cor é um pouco diferente das fotos.",
           "Avariou ao fim de duas semanas, devolvi.", "Boa relação qualidade-preço, bem construído."],
    "nl": ["Snelle levering en precies zoals beschreven, aanrader.", "De kleur wijkt wat af van de foto's.",
           "Na twee weken kapot, teruggestuurd.", "Goede prijs-kwaliteitverhouding, stevig gemaakt."],
    "it": ["Consegna veloce e prodotto come descritto, consigliato.", "Il colore è un po' diverso dalle foto.",
           "Si è rotto dopo due settimane, reso.", "Ottimo rapporto qualità-prezzo, robusto."],
}  # fmt: skip


def _not_luhn16(c: Ctx) -> str:
    body = "".join(c.rng.choice(string.digits) for _ in range(15))
    return body + str((int(_luhn_check(body)) + c.rng.randint(1, 9)) % 10)


def _card(c: Ctx) -> str:
    prefix = c.rng.choice(["4", "51", "52", "53", "54", "55", "2221"])
    body = prefix + "".join(c.rng.choice(string.digits) for _ in range(15 - len(prefix)))
    value = body + _luhn_check(body)
    return " ".join(value[i : i + 4] for i in range(0, 16, 4)) if c.rng.random() < 0.4 else value


def _imei(c: Ctx) -> str:
    body = c.rng.choice(["35", "86", "01", "99"]) + "".join(c.rng.choice(string.digits) for _ in range(12))
    return body + _luhn_check(body)


def _mac(c: Ctx) -> str:
    raw = [c.rng.randint(0, 255) for _ in range(6)]
    style = c.rng.random()
    if style < 0.5:
        return ":".join(f"{b:02x}" for b in raw)
    if style < 0.8:
        return "-".join(f"{b:02X}" for b in raw)
    return "".join(f"{b:02x}" for b in raw)


def _plate(c: Ctx) -> str:
    r = c.rng
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return {
        "AT": lambda: f"{r.choice(['W', 'G', 'L', 'S', 'KU', 'BN'])}-{r.randint(1, 9999)}{r.choice(up)}{r.choice(up)}",
        "CH": lambda: f"{r.choice(['ZH', 'BE', 'TI', 'VD', 'GE'])} {r.randint(1, 999999)}",
        "CA": lambda: f"{r.choice(up)}{r.randint(10, 99)} {''.join(r.choice(up) for _ in range(3))}",
        "BE": lambda: f"{r.randint(1, 2)}-{''.join(r.choice(up) for _ in range(3))}-{r.randint(100, 999)}",
        "MX": lambda: f"{''.join(r.choice(up) for _ in range(3))}-{r.randint(100, 999)}-{r.choice(up)}",
        "AR": lambda: f"{r.choice(up)}{r.choice(up)} {r.randint(100, 999)} {r.choice(up)}{r.choice(up)}",
        "CO": lambda: f"{''.join(r.choice(up) for _ in range(3))}{r.randint(100, 999)}",
        "PT": lambda: f"{r.choice(up)}{r.choice(up)}-{r.randint(10, 99)}-{r.choice(up)}{r.choice(up)}",
        "GB": lambda: f"{r.choice(up)}{r.choice(up)}{r.randint(10, 75)} {''.join(r.choice(up) for _ in range(3))}",
        "AU": lambda: f"{''.join(r.choice(up) for _ in range(3))}-{r.randint(100, 999)}",
        "IE": lambda: f"{r.randint(12, 24)}{r.choice(['1', '2'])}-{r.choice(['D', 'C', 'G', 'KY'])}-{r.randint(1, 99999)}",
        "IN": lambda: f"{r.choice(['MH', 'DL', 'KA', 'TN'])} {r.randint(1, 50):02d} {r.choice(up)}{r.choice(up)} {r.randint(1000, 9999)}",
    }[c.country]()  # fmt: skip


def _passport(c: Ctx) -> str:
    r = c.rng
    return {
        "AT": lambda: f"{r.choice('PU')}{r.randint(1000000, 9999999)}", "CH": lambda: f"X{r.randint(1000000, 9999999)}",
        "CA": lambda: f"{r.choice('ABGH')}{r.choice('ABKM')}{r.randint(100000, 999999)}",
        "BE": lambda: f"E{r.choice('HJKL')}{r.randint(100000, 999999)}", "MX": lambda: f"G{r.randint(10000000, 99999999)}",
        "AR": lambda: f"AAE{r.randint(100000, 999999)}", "CO": lambda: f"AV{r.randint(1000000, 9999999)}",
        "PT": lambda: f"C{r.randint(100000, 999999)}", "GB": lambda: str(r.randint(100000000, 999999999)),
        "AU": lambda: f"P{r.randint(1000000, 9999999)}", "IE": lambda: f"P{r.choice('ABCD')}{r.randint(1000000, 9999999)}",
        "IN": lambda: f"{r.choice('JKLMNPRSTUVWZ')}{r.randint(1000000, 9999999)}",
    }[c.country]()  # fmt: skip


def _coord(lo: float, hi: float) -> Gen:
    return lambda c: round(c.rng.uniform(lo, hi), c.rng.choice([5, 6]))


_BOX = {"AT": (46.4, 49.0, 9.5, 17.1), "CH": (45.8, 47.8, 6.0, 10.5), "CA": (43.0, 52.0, -80.0, -63.0),
        "BE": (49.5, 51.5, 2.6, 6.4), "MX": (15.0, 31.0, -115.0, -87.0), "AR": (-50.0, -22.0, -72.0, -54.0),
        "CO": (-4.0, 12.0, -78.0, -67.0), "PT": (37.0, 42.1, -9.5, -6.2), "GB": (50.0, 58.5, -6.0, 1.7),
        "AU": (-43.0, -12.0, 114.0, 153.0), "IE": (51.4, 55.3, -10.4, -6.0), "IN": (8.0, 32.0, 69.0, 88.0)}  # fmt: skip


def _lat(c: Ctx) -> float:
    lo, hi, _, _ = _BOX[c.country]
    return round(c.rng.uniform(lo, hi), c.rng.choice([5, 6]))


def _lon(c: Ctx) -> float:
    _, _, lo, hi = _BOX[c.country]
    return round(c.rng.uniform(lo, hi), c.rng.choice([5, 6]))


def _latlon_pair(c: Ctx) -> str:
    return f"{_lat(c)}, {_lon(c)}"


def _ts(c: Ctx) -> str:
    moment = dt.datetime(2024, 1, 1) + dt.timedelta(seconds=c.rng.randint(0, 60 * 86400 * 7))
    return moment.strftime({"en": "%d/%m/%Y %H:%M", "de": "%d.%m.%Y %H:%M:%S", "fr": "%Y-%m-%dT%H:%M:%S",
                            "es": "%d/%m/%Y %H:%M", "pt": "%Y-%m-%d %H:%M:%S", "nl": "%d-%m-%Y %H:%M",
                            "it": "%d/%m/%Y %H:%M"}[c.lang])  # fmt: skip


def _order_date(c: Ctx) -> str:
    d = dt.date(2021, 1, 1) + dt.timedelta(days=c.rng.randint(0, 1400))
    return d.strftime({"de": "%d.%m.%Y", "en": "%d/%m/%Y"}.get(c.lang, "%d/%m/%Y"))


def _price(c: Ctx) -> str | float:
    value = round(c.rng.uniform(2, 900), 2)
    if c.rng.random() < 0.5:
        return value
    return f"{value:.2f}".replace(".", ",") + " €" if c.lang != "en" else f"${value:.2f}"


def _uuid_upper(c: Ctx) -> str:
    return str(uuid.UUID(int=c.rng.getrandbits(128))).upper()


def _hex16(c: Ctx) -> str:
    return f"{c.rng.getrandbits(64):016x}"


# --------------------------------------------------------------------------------------------- header names
def _hd(**langs: str) -> dict[str, str]:
    return langs


KINDS: list[Kind] = [
    Kind("name", "PERSON_NAME", _hd(en="Client Full Name|contact|holder|PolicyHolder", de="Kunde|Vor- und Zuname|Versicherter|Inhaber",
         fr="Titulaire|nom et prénom|client", es="Titular|nombre y apellidos|cliente", pt="Titular|nome do cliente|segurado",
         nl="Klantnaam|verzekerde|houder", it="Titolare|nome e cognome|assicurato"), _name),
    Kind("first", "PERSON_NAME", _hd(en="Given|Christian name|FIRST", de="VORNAME|Rufname|vorn", fr="prénom usuel|prenom1",
         es="nombres|primer nombre", pt="nome próprio|primeiro nome", nl="roepnaam|voornamen", it="nome di battesimo|nome1"),
         lambda c: c.person.first_name()),
    Kind("last", "PERSON_NAME", _hd(en="Family|LAST_NM|surname1", de="Familienname|NACHNAME|zuname", fr="NOM|nom famille",
         es="apellido paterno|apellidos", pt="apelido|último nome", nl="familienaam|ACHTERNAAM", it="COGNOME|cognome1"),
         lambda c: c.person.last_name()),
    Kind("email", "EMAIL", _hd(en="E-mail addr|contact_mail|EMAIL_1", de="Mailadresse|E-Post|Kontakt-Mail", fr="mél|adresse électronique|courriel1",
         es="e-mail contacto|correo elec", pt="endereço eletrónico|mail", nl="e-mailadres klant|mailadres", it="e-mail|indirizzo posta"), _email),
    Kind("phone", "PHONE", _hd(en="Mobile No.|contact number|Ph", de="Mobiltelefon|Tel.-Nr.|Festnetz", fr="no de téléphone|cellulaire|tél",
         es="celular|tel. contacto|teléfono móvil", pt="telemóvel|contacto telefónico", nl="gsm-nummer|telefoon", it="cellulare|recapito telefonico"), _phone),
    Kind("natid", "NATIONAL_ID", _hd(en="NI No|TFN|PPSN|Aadhaar No", de="SV-Nummer|AHV-Nr|Sozialversicherungsnr", fr="NAS|numéro national|no assurance sociale",
         es="CURP|CUIL|cédula|documento", pt="NIF|nº contribuinte", nl="rijksregisternummer|INSZ", it="numero AVS|n. AVS"),
         lambda c: _NATIONAL_ID[c.country](c)),
    Kind("card", "CREDIT_CARD", _hd(en="card_no|PAN|CardNum", de="Kartennr|Kreditkarte", fr="no carte|carte de crédit", es="número tarjeta|tarjeta",
         pt="número do cartão|cartão", nl="kaartnr|kredietkaart", it="n. carta|carta"), _card),
    Kind("iban", "IBAN", _hd(en="IBAN|bank_iban", de="IBAN|Bankverbindung IBAN", fr="IBAN|compte IBAN", es="IBAN|cuenta IBAN", pt="IBAN",
         nl="IBAN|rekeningnr IBAN", it="IBAN|coordinate IBAN"), lambda c: c.addr.iban()),
    Kind("ip", "IP_ADDRESS", _hd(en="Last login IP|remote_address|client addr", de="IP|Zugriffs-IP", fr="IP client|adresse IP de connexion",
         es="IP de acceso|IP", pt="IP de acesso", nl="IP-adres|login IP", it="IP di accesso"),
         lambda c: c.addr.ipv4() if c.rng.random() < 0.85 else c.addr.ipv6()),
    Kind("mac", "MAC_ADDRESS", _hd(en="hw_addr|MAC", de="MAC|Hardwareadresse", fr="adresse MAC|MAC", es="MAC|dirección física",
         pt="MAC", nl="MAC-adres", it="indirizzo MAC"), _mac),
    Kind("street", "STREET_ADDRESS", _hd(en="Addr Line 1|Residential address|address1", de="Adresse|Wohnadresse|Strasse und Nr",
         fr="adresse domicile|adresse1", es="domicilio|dirección particular", pt="morada|endereço residencial", nl="woonadres|straat en nr",
         it="residenza|indirizzo di residenza"), _street),
    Kind("home_lat", "GEO_COORDINATE", _hd(en="home_y|lat_home|Lat", de="Breite Wohnort|lat", fr="lat domicile|latitude",
         es="lat domicilio|latitud", pt="lat residência", nl="lat woning", it="lat abitazione"), _lat),
    Kind("home_lon", "GEO_COORDINATE", _hd(en="home_x|lng_home|Lon", de="Länge Wohnort|lon", fr="long domicile|longitude",
         es="long domicilio|longitud", pt="long residência", nl="lon woning", it="lon abitazione"), _lon),
    Kind("dropoff", "GEO_COORDINATE", _hd(en="dropoff point|delivery_location", de="Zustellpunkt", fr="point de livraison", es="punto de entrega",
         pt="ponto de entrega", nl="afleverpunt", it="punto di consegna"), _latlon_pair),
    Kind("profile_url", "URL", _hd(en="profile link|homepage", de="Profil-Link|Homepage", fr="lien profil|page perso", es="enlace perfil",
         pt="link do perfil", nl="profiellink", it="link profilo"),
         lambda c: c.rng.choice(["https://www.facebook.com/", "https://twitter.com/", "https://www.instagram.com/", "https://github.com/"])
         + c.person.user_name()),
    Kind("user", "USERNAME", _hd(en="handle|screen_name|login_id", de="Login|Anmeldename", fr="identifiant|pseudo", es="alias|nombre de usuario",
         pt="utilizador|login", nl="inlognaam|gebruikersnaam", it="utenza|nickname"),
         lambda c: c.person.user_name() + (str(c.rng.randint(1, 99)) if c.rng.random() < 0.3 else "")),
    Kind("passport", "PASSPORT", _hd(en="Passport|travel doc no", de="Reisepass-Nr|Passnummer", fr="no passeport|passeport", es="pasaporte nro|n° pasaporte",
         pt="passaporte nº", nl="paspoort", it="n. passaporto"), _passport),
    Kind("licence", "DRIVER_LICENSE", _hd(en="DL number|driving licence", de="Führerschein-Nr|Führerscheinnummer", fr="permis de conduire|no permis",
         es="licencia de conducir|licencia", pt="carta de condução", nl="rijbewijs nr", it="patente|n. patente"),
         lambda c: f"{''.join(c.rng.choice(string.ascii_uppercase) for _ in range(2))}{c.rng.randint(1000000, 99999999)}"),
    Kind("plate", "LICENSE_PLATE", _hd(en="rego|reg_no|vehicle reg", de="Kfz-Kennz.|Kennzeichen Privat-PKW", fr="plaque|immat.",
         es="patente|placa vehículo", pt="matrícula viatura", nl="nummerplaat", it="targa auto"), _plate),
    Kind("idfa", "DEVICE_ID", _hd(en="IDFA|ad_identifier|user device", de="Werbe-ID|Endgerät-ID", fr="ID publicitaire|ID terminal",
         es="ID del dispositivo|ID publicidad", pt="ID do aparelho", nl="toestel-ID", it="ID pubblicitario"), _uuid_upper),
    Kind("android", "DEVICE_ID", _hd(en="android_id|ssaid", de="Android-ID", fr="android id", es="android_id", pt="android_id", nl="android id",
         it="android_id"), _hex16),
    Kind("imei", "DEVICE_ID", _hd(en="IMEI|handset imei", de="IMEI-Nr", fr="IMEI", es="IMEI", pt="IMEI", nl="IMEI", it="IMEI"), _imei),
    Kind("mrn", "MEDICAL_RECORD_NUMBER", _hd(en="Hospital No|MRN|Patient ref", de="Patienten-ID|PID|Fallnr", fr="NIP patient|no dossier patient",
         es="nro historia clínica|HC", pt="nº processo clínico|NUS", nl="patiëntnummer|EPD nr", it="n. cartella clinica|ID paziente"),
         lambda c: c.rng.choice(["", "H", "MRN-", "P"]) + str(c.rng.randint(1000000, 9999999))),
    Kind("dob", "DATE_OF_BIRTH", _hd(en="D.O.B.|Birth dt|DOB", de="Geb.-Datum|geboren am|GEBDAT", fr="né(e) le|date naiss.",
         es="fecha nac.|F. de nacimiento", pt="data nasc.|nascido em", nl="geb. datum|geboren", it="data di nascita|nato il"), _dob),
    Kind("dob_text", "DATE_OF_BIRTH", _hd(en="born|birth_date", de="Geburtstag", fr="anniversaire|date de naissance", es="cumpleaños|nacimiento",
         pt="aniversário|nascimento", nl="verjaardag|geboortedatum", it="compleanno"), _dob_text),
    Kind("birth_year", "DATE_OF_BIRTH", _hd(en="YOB|year born", de="Jahrgang|Geburtsjahr", fr="année naiss.", es="año nac.", pt="ano nasc.",
         nl="geboortejaar", it="anno nascita"), lambda c: _birth(c.rng).year),
    Kind("age", "AGE", _hd(en="Age (yrs)|AGE|age_at_signup", de="Alter in Jahren|ALTER", fr="âge|age client", es="edad cliente|años",
         pt="idade", nl="leeftijd klant", it="età"), lambda c: c.rng.randint(18, 92)),
    Kind("gender", "GENDER", _hd(en="Sex|gender_cd|M/F", de="Geschl.|GESCHLECHT", fr="sexe|genre", es="sexo|género", pt="sexo|género",
         nl="geslacht|gender", it="sesso|genere"), _pick("GENDER")),
    Kind("zip", "POSTAL_CODE", _hd(en="Postcode|ZIP|post_cd|Eircode|PIN code", de="PLZ|Postleitz.", fr="code postal|CP", es="código postal|CP",
         pt="código postal|cod. postal", nl="postcode", it="CAP|NPA"), _postcode),
    Kind("city", "CITY", _hd(en="Town/City|home town|Suburb", de="Wohnort|Ort|Gemeinde", fr="ville de résidence|localité|municipalité",
         es="ciudad de residencia|localidad|municipio", pt="localidade|concelho", nl="woonplaats|gemeente", it="località|comune di residenza"),
         lambda c: c.addr.city()),
    Kind("country", "COUNTRY", _hd(en="Country of residence|ctry", de="Wohnsitzstaat|Land", fr="pays de résidence", es="país de residencia",
         pt="país de residência", nl="land van verblijf", it="paese di residenza"), lambda c: c.person.country()),
    Kind("citizenship", "NATIONALITY", _hd(en="Citizenship|nationality", de="Staatsbürgerschaft|Nationalität", fr="nationalité|citoyenneté",
         es="nacionalidad|ciudadanía", pt="nacionalidade|cidadania", nl="nationaliteit", it="cittadinanza|nazionalità"),
         lambda c: c.rng.choice(_CITIZENSHIP[c.lang])),
    Kind("job", "OCCUPATION", _hd(en="Occupation|Job|Profession", de="Beruf|Tätigkeit|Berufsbezeichnung", fr="profession|métier|emploi",
         es="ocupación|profesión|oficio", pt="profissão|ocupação", nl="beroep|functie", it="professione|occupazione"), lambda c: c.person.job()),
    Kind("marital", "MARITAL_STATUS", _hd(en="Marital Status|civil_status", de="Zivilstand|Familienstand", fr="état civil|situation familiale",
         es="estado civil", pt="estado civil", nl="burgerlijke staat", it="stato civile"), _pick("MARITAL_STATUS")),
    Kind("education", "EDUCATION", _hd(en="Highest qualification|education", de="höchster Abschluss|Ausbildung", fr="diplôme le plus élevé|scolarité",
         es="nivel de estudios|escolaridad", pt="habilitações literárias|escolaridade", nl="hoogst behaalde diploma|opleiding",
         it="titolo di studio|formazione"), _pick("EDUCATION")),
    Kind("religion", "RELIGION", _hd(en="Religion|faith", de="Religionsbekenntnis|Konfession", fr="religion|confession", es="religión|credo",
         pt="religião|confissão religiosa", nl="levensbeschouwing|religie", it="religione|confessione"), _pick("RELIGION")),
    Kind("ethnicity", "ETHNICITY", _hd(en="Ethnic group|ethnicity", de="Volksgruppe|ethnische Zugehörigkeit", fr="origine ethnique|groupe ethnique",
         es="autorreconocimiento étnico|etnia", pt="origem étnica|etnia", nl="etnische afkomst|herkomst", it="gruppo etnico|etnia"), _pick("ETHNICITY")),
    Kind("orientation", "SEXUAL_ORIENTATION", _hd(en="Sexual orientation", de="sexuelle Orientierung", fr="orientation sexuelle",
         es="orientación sexual", pt="orientação sexual", nl="seksuele geaardheid", it="orientamento sessuale"), _pick("SEXUAL_ORIENTATION")),
    Kind("party", "POLITICAL_OPINION", _hd(en="Party membership|voting preference", de="Parteimitgliedschaft|Wahlpräferenz", fr="parti|intention de vote",
         es="afiliación partidaria|partido", pt="partido|intenção de voto", nl="partijlidmaatschap|partijvoorkeur", it="partito|intenzione di voto"),
         _pick("POLITICAL_OPINION")),
    Kind("union", "TRADE_UNION", _hd(en="Union|union membership", de="Gewerkschaft|Gewerkschaftsmitgliedschaft", fr="syndicat|affiliation syndicale",
         es="sindicato|afiliación sindical", pt="sindicato", nl="vakbond|vakbondslidmaatschap", it="sindacato|iscrizione sindacale"), _pick("TRADE_UNION")),
    Kind("condition", "HEALTH", _hd(en="Chronic condition|Dx", de="Grunderkrankung|Diagnose", fr="pathologie|antécédents", es="padecimiento|diagnóstico",
         pt="doença crónica|diagnóstico", nl="chronische aandoening", it="patologia cronica"), _pick("HEALTH")),
    Kind("icd", "HEALTH", _hd(en="ICD10 code|dx_code", de="ICD-10-Code|Diagnoseschlüssel", fr="code CIM-10", es="código CIE-10", pt="código CID",
         nl="ICD-10 code", it="codice ICD-9"), lambda c: c.rng.choice(_ICD)),
    Kind("drug", "HEALTH", _hd(en="Current meds|Rx", de="Dauermedikation|Medikation", fr="traitement en cours", es="medicación actual",
         pt="medicação habitual", nl="medicatie", it="terapia in corso"), lambda c: c.rng.choice(_DRUGS)),
    Kind("smoking", "HEALTH", _hd(en="Smoking status|smoker", de="Raucherstatus", fr="tabagisme", es="tabaquismo", pt="hábitos tabágicos",
         nl="rookgedrag", it="abitudine al fumo"), _pick("SMOKING")),
    Kind("bmi", "HEALTH", _hd(en="BMI|body mass index", de="BMI", fr="IMC", es="IMC", pt="IMC", nl="BMI", it="IMC"),
         lambda c: round(c.rng.gauss(26, 4.5), 1)),
    Kind("salary", "FINANCIAL", _hd(en="Gross annual pay|salary", de="Bruttojahresgehalt|Jahreslohn", fr="salaire brut annuel|rémunération",
         es="sueldo bruto|ingreso mensual", pt="vencimento|salário bruto", nl="bruto jaarloon|jaarsalaris", it="RAL|retribuzione annua"), _salary_text),
    Kind("income_band", "FINANCIAL", _hd(en="Income bracket|household income", de="Einkommensklasse", fr="tranche de revenu", es="rango de ingresos",
         pt="escalão de rendimento", nl="inkomensklasse", it="fascia di reddito"), _income_band),
    Kind("credit_score", "FINANCIAL", _hd(en="Credit score|bureau score", de="Bonitätsscore|KSV-Score", fr="cote de crédit|score crédit",
         es="puntaje crediticio|score Veraz", pt="score de crédito", nl="kredietscore", it="punteggio creditizio"), lambda c: c.rng.randint(300, 850)),
    Kind("notes", "FREE_TEXT_WITH_PII", _hd(en="Agent notes|call summary", de="Gesprächsnotiz|Vermerk", fr="notes de l'agent|compte rendu",
         es="notas del agente|observación", pt="notas do operador|registo de chamada", nl="gespreksnotitie|memo", it="annotazioni|note operatore"), _free_text),
    # ---- hard negatives
    Kind("version", "NONE", _hd(en="client build|fw_ver", de="Softwarestand|Firmware", fr="version logicielle|build", es="versión app|compilación",
         pt="versão da app", nl="softwareversie", it="versione firmware"),
         lambda c: f"{c.rng.randint(1, 20)}.{c.rng.randint(0, 12)}.{c.rng.randint(0, 255)}.{c.rng.randint(0, 255)}"),
    Kind("order_no", "NONE", _hd(en="Order #|order ref", de="Auftragsnr|Bestell-Nr", fr="no commande|réf commande", es="nro de pedido|folio",
         pt="nº encomenda", nl="ordernummer", it="n. ordine"), lambda c: c.rng.randint(100_000_000, 999_999_999)),
    Kind("sku", "NONE", _hd(en="Item code|SKU", de="Artikel-Nr|Materialnummer", fr="code article|réf. produit", es="código producto|SKU",
         pt="referência artigo", nl="artikelcode", it="codice prodotto"),
         lambda c: f"{c.rng.choice(['TSH', 'JKT', 'SHO', 'BAG'])}{c.rng.randint(100, 999)}-{c.rng.choice(['BLK', 'WHT', 'RED', 'NVY'])}-{c.rng.choice(['XS', 'S', 'M', 'L', 'XL', '42', '44'])}"),
    Kind("invoice", "NONE", _hd(en="Invoice ID|bill no", de="Beleg-Nr|Rechnungs-Nr", fr="no facture|pièce", es="nro factura|comprobante",
         pt="nº fatura", nl="factuurnr", it="n. fattura"),
         lambda c: f"{c.rng.choice(['RE', 'FA', 'INV', 'FT', 'F'])}{c.rng.choice(['-', '/', ''])}{c.rng.randint(2021, 2025)}{c.rng.choice(['-', '/'])}{c.rng.randint(1, 99999):05d}"),
    Kind("ref16", "NONE", _hd(en="Consignment no|ref_number", de="Sendungsnummer|Paketnr", fr="no de suivi", es="número de guía",
         pt="código de envio", nl="zendingnummer", it="codice spedizione"), _not_luhn16),
    Kind("product_uuid", "NONE", _hd(en="catalogue item guid|product_guid", de="Produkt-GUID", fr="GUID produit", es="GUID producto",
         pt="GUID artigo", nl="product-GUID", it="GUID articolo"), lambda c: str(uuid.UUID(int=c.rng.getrandbits(128)))),
    Kind("request_id", "NONE", _hd(en="request id|trace_id", de="Anfrage-ID", fr="id requête", es="id de solicitud", pt="id do pedido http",
         nl="request-id", it="id richiesta"), lambda c: str(uuid.UUID(int=c.rng.getrandbits(128)))),
    Kind("hash", "NONE", _hd(en="content md5|blob_sha1|digest", de="Prüfsumme|Hashwert", fr="empreinte fichier", es="suma de verificación",
         pt="soma de verificação", nl="bestandshash", it="impronta file"),
         lambda c: c.rng.choice([hashlib.md5, hashlib.sha1, hashlib.sha256])(str(c.rng.random()).encode()).hexdigest()),
    Kind("company", "NONE", _hd(en="Account (company)|Vendor|Employer", de="Firmenname|Lieferant|Arbeitgeber", fr="raison sociale|fournisseur",
         es="razón social|proveedor", pt="fornecedor|entidade", nl="bedrijfsnaam|leverancier", it="ragione sociale|fornitore"),
         lambda c: c.addr.company()),
    Kind("wh_city", "NONE", _hd(en="Depot town|fulfilment centre city", de="Lagerort|Auslieferungslager", fr="ville entrepôt|site logistique",
         es="ciudad del almacén|centro de distribución", pt="armazém localidade", nl="magazijnlocatie", it="deposito città"),
         lambda c: c.addr.city()),
    Kind("wh_lat", "NONE", _hd(en="depot_lat|DC latitude", de="Lager Breite", fr="lat entrepôt", es="lat almacén", pt="lat armazém",
         nl="lat magazijn", it="lat deposito"), _lat),
    Kind("wh_lon", "NONE", _hd(en="depot_lng|DC longitude", de="Lager Länge", fr="long entrepôt", es="long almacén", pt="long armazém",
         nl="lon magazijn", it="lon deposito"), _lon),
    Kind("txn_ts", "NONE", _hd(en="Posted at|txn time", de="Buchungsdatum|Zeitstempel", fr="horodatage|date opération", es="fecha y hora|marca temporal",
         pt="data/hora movimento", nl="tijdstip transactie", it="data ora operazione"), _ts),
    Kind("order_date", "NONE", _hd(en="Ordered on|dispatch date", de="Lieferdatum|Auftragsdatum", fr="date de livraison", es="fecha de envío",
         pt="data de expedição", nl="leverdatum", it="data spedizione"), _order_date),
    Kind("review", "NONE", _hd(en="Customer feedback|review text", de="Rezension|Kundenmeinung", fr="avis client|commentaire produit",
         es="opinión|reseña del producto", pt="opinião do cliente", nl="beoordeling|klantreview", it="recensione|opinione cliente"),
         lambda c: " ".join(c.rng.sample(_REVIEWS[c.lang], c.rng.randint(1, 2)))),
    Kind("price", "NONE", _hd(en="Line total|Unit cost", de="Einzelpreis|Positionsbetrag", fr="montant TTC|prix unitaire", es="precio unitario|total línea",
         pt="preço unitário|valor total", nl="stukprijs|regeltotaal", it="prezzo unitario|importo riga"), _price),
    Kind("qty", "NONE", _hd(en="Qty|units", de="Stk|Anzahl", fr="qté", es="cant.", pt="qtd", nl="aantal stuks", it="q.tà"),
         lambda c: c.rng.randint(1, 24)),
    Kind("cust_no", "NONE", _hd(en="Customer no|account_ref", de="Kundennummer|Debitor", fr="no client", es="nro cliente|código cliente",
         pt="nº cliente", nl="klantnummer", it="codice cliente"), lambda c: f"{c.rng.choice(['K', 'C', 'CU', 'D'])}{c.rng.randint(100000, 999999)}"),
    Kind("status", "NONE", _hd(en="Order status|state", de="Status|Bearbeitungsstand", fr="statut", es="estado del pedido", pt="estado da encomenda",
         nl="orderstatus", it="stato ordine"),
         lambda c: c.rng.choice({"en": ["shipped", "pending", "cancelled", "delivered"], "de": ["versandt", "offen", "storniert", "zugestellt"],
                                 "fr": ["expédiée", "en attente", "annulée", "livrée"], "es": ["enviado", "pendiente", "cancelado", "entregado"],
                                 "pt": ["enviada", "pendente", "cancelada", "entregue"], "nl": ["verzonden", "open", "geannuleerd", "geleverd"],
                                 "it": ["spedito", "in attesa", "annullato", "consegnato"]}[c.lang])),
    Kind("discount", "NONE", _hd(en="Discount %|promo rate", de="Rabatt %", fr="remise %", es="descuento %", pt="desconto %", nl="korting %",
         it="sconto %"), lambda c: c.rng.choice([0, 5, 10, 15, 20, 25, 30])),
    Kind("currency", "NONE", _hd(en="Currency|ccy", de="Währung", fr="devise", es="moneda", pt="moeda", nl="valuta", it="valuta"),
         lambda c: c.rng.choice(["EUR", "USD", "CHF", "GBP", "CAD"])),
    Kind("department", "NONE", _hd(en="Dept|cost centre", de="Abteilung|Kostenstelle", fr="service|département", es="departamento|área",
         pt="departamento", nl="afdeling", it="reparto"),
         lambda c: c.rng.choice(["Sales", "Finance", "IT", "Logistics", "Marketing", "Procurement", "Legal"])),
]  # fmt: skip

_GENERIC = ("col_{i}", "Column{i}", "F{i}", "field{i}", "Spalte_{i}", "champ{i}", "campo_{i}", "kolom{i}", "attr_{i}",
            "Unnamed: {i}", "V{i}", "c{i}", "x_{i}", "var{i}")  # fmt: skip
_PREFIX = ("cust_", "kd_", "cli_", "usr_", "p_", "src_", "t1_", "hr_", "crm_")
_NULL_TOKENS = ("N/A", "-", "null", "?", "n.a.", "NULL")


def _typo(header: str, rng: random.Random) -> str:
    letters = [i for i in range(len(header) - 1) if header[i].isalpha() and header[i + 1].isalpha()]
    if len(letters) < 3:
        return header
    i = rng.choice(letters[1:])
    return header[:i] + header[i + 1] + header[i] + header[i + 2 :]


def _abbreviate(header: str) -> str:
    out = []
    for word in header.replace("_", " ").split():
        out.append(
            word[0] + "".join(ch for ch in word[1:] if ch.lower() not in "aeiouäöüéèàóíú") if len(word) > 4 else word
        )
    return "_".join(out)


def _styled(header: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.2:
        return header.upper().replace(" ", "_")
    if roll < 0.35:
        return "".join(w[:1].upper() + w[1:] for w in header.replace("_", " ").split())
    if roll < 0.5:
        return rng.choice(_PREFIX) + header.lower().replace(" ", "_")
    if roll < 0.6:
        return header + f"_{rng.randint(1, 3)}"
    return header


def _header(kind: Kind, lang: str, i: int, rng: random.Random) -> tuple[str, str]:
    """(header, mode): native, foreign (another language than the values), generic, typo or abbreviation."""
    roll = rng.random()
    if roll < 0.25:
        return rng.choice(_GENERIC).format(i=i), "generic"
    if roll < 0.4:
        other = rng.choice([x for x in LANGS if x != lang and x in kind.headers])
        return _styled(rng.choice(kind.headers[other].split("|")), rng), "foreign"
    base = rng.choice(kind.headers[lang].split("|"))
    if roll < 0.5:
        return _typo(base, rng), "typo"
    if roll < 0.55:
        return _abbreviate(base), "abbreviation"
    return _styled(base, rng), "native"


def _messy(value: object, rng: random.Random, case_noise: bool) -> object:
    if not isinstance(value, str):
        return value
    roll = rng.random()
    if roll < 0.04:
        return f"  {value} "
    if roll < 0.06:
        return value + " "
    if case_noise and roll < 0.1:
        return value.upper() if rng.random() < 0.5 else value.lower()
    return value


def make_heldout_table(region: str, *, rows: int = 300, seed: int = 0) -> tuple[pl.DataFrame, dict[str, str]]:
    """One labelled held-out table for ``region``: (frame with string/number columns, {column: entity})."""
    lang, person_locale, addr_locale, country = _REGION[region]
    rng = random.Random(f"heldout-{region}-{seed}")
    person, addr = Faker(person_locale), Faker(addr_locale)
    person.seed_instance(rng.randint(0, 2**31))
    addr.seed_instance(rng.randint(0, 2**31))
    ctx = Ctx(region, lang, country, person, addr, rng)
    kinds = list(KINDS)
    rng.shuffle(kinds)
    data: dict[str, list[object]] = {}
    labels: dict[str, str] = {}
    for i, kind in enumerate(kinds):
        header, _ = _header(kind, lang, i, rng)
        while header in data:
            header += "_"
        null_rate = rng.choice([0.0, 0.0, 0.02, 0.05, 0.1, 0.2, 0.4])
        token = rng.choice([None, None, "", rng.choice(_NULL_TOKENS)])
        case_noise = kind.entity not in ("NONE",) and rng.random() < 0.3
        values = [token if rng.random() < null_rate else _messy(kind.gen(ctx), rng, case_noise) for _ in range(rows)]
        if any(isinstance(v, str) for v in values):  # a CSV export: one type per column
            values = [v if v is None or isinstance(v, str) else str(v) for v in values]
        data[header] = values
        labels[header] = kind.entity
    _VARIANT.clear()
    return pl.DataFrame(data, strict=False), labels
