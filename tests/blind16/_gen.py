"""Deterministic value helpers for the blind16 fresh labelled table set.

Everything takes an explicit ``random.Random`` (and where needed a seeded Faker) so that
``tables.all_tables()`` returns the same values on every call.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import string
import uuid

from faker import Faker
from stdnum import luhn
from stdnum.fr import nir as _nir

N = 500
REF = dt.date(2024, 6, 30)


def faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


# ---------------------------------------------------------------- messiness
def nulls(vals, rate, rng):
    return [None if rng.random() < rate else v for v in vals]


def messy(s, rng, upper=0.3, space=0.15, lower=0.0):
    if s is None:
        return None
    s = str(s)
    r = rng.random()
    if r < upper:
        s = s.upper()
    elif r < upper + lower:
        s = s.lower()
    if rng.random() < space:
        k = rng.randrange(4)
        if k == 0:
            s = " " + s
        elif k == 1:
            s = s + "  "
        elif k == 2:
            s = " " + s + " "
        else:
            s = s.replace(" ", "  ", 1) if " " in s else s + " "
    return s


def pick(rng, seq, weights=None):
    if weights:
        return rng.choices(seq, weights=weights, k=1)[0]
    return seq[rng.randrange(len(seq))]


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def thousands(x, rng, style="en", decimals=2):
    """Format a number as a string with thousands separators (en: 1,234.50; eu: 1.234,50; sp: 1 234,50)."""
    s = f"{x:,.{decimals}f}"
    if style == "en":
        return s
    s = s.replace(",", "_").replace(".", ",")
    return s.replace("_", "." if style == "eu" else " ")


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "pt": ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
    "pl": ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"],
    "nl": ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
}


def fmt_date(d, fmt, lang="en"):
    if fmt == "MON":
        return f"{d.day:02d}-{MONTHS[lang][d.month - 1]}-{d.year}"
    if fmt == "LONG":
        return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"
    return d.strftime(fmt)


def mixed_dates(ds, rng, fmts, lang="en", weights=None):
    return [None if d is None else fmt_date(d, pick(rng, fmts, weights), lang) for d in ds]


def birth_date(rng, lo=18, hi=85):
    days = rng.randint(lo * 365 + 5, hi * 365 - 5)
    return REF - dt.timedelta(days=days)


def age_of(d):
    return REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))


def recent_date(rng, days=900):
    return REF - dt.timedelta(days=rng.randint(0, days))


def recent_ts(rng, days=400):
    return dt.datetime(2024, 6, 30, 23, 59) - dt.timedelta(seconds=rng.randint(0, days * 86400))


# ---------------------------------------------------------------- phones
def phone(rng, cc):
    if cc == "GB":
        mob = "7" + digits(rng, 9)
        k = rng.randrange(5)
        if k == 0:
            return f"0{mob[:4]} {mob[4:]}"
        if k == 1:
            return f"+44 {mob[:4]} {mob[4:]}"
        if k == 2:
            return f"+44{mob}"
        if k == 3:
            return f"0{mob}"
        return f"(01{digits(rng, 2)}) {digits(rng, 3)} {digits(rng, 4)}"
    if cc == "US":
        a = f"{rng.randint(2, 9)}{digits(rng, 2)}"
        e = f"{rng.randint(2, 9)}{digits(rng, 2)}"
        s = digits(rng, 4)
        return pick(
            rng, [f"({a}) {e}-{s}", f"{a}-{e}-{s}", f"+1 {a} {e} {s}", f"{a}{e}{s}", f"1-{a}-{e}-{s}", f"{a}.{e}.{s}"]
        )
    if cc == "DE":
        pre = pick(rng, ["151", "152", "157", "160", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
        num = digits(rng, rng.choice([7, 8]))
        k = rng.randrange(6)
        if k == 0:
            return f"0{pre} {num}"
        if k == 1:
            return f"+49 {pre} {num}"
        if k == 2:
            return f"+49 (0){pre}-{num}"
        if k == 3:
            return f"0{pre}/{num}"
        if k == 4:
            return f"0049{pre}{num}"
        return (
            pick(rng, ["030", "089", "040", "0221", "069", "0711"]) + pick(rng, [" ", "/", "-"]) + digits(rng, 7, True)
        )
    if cc == "FR":
        d = pick(rng, ["6", "7", "6", "1", "4", "2"]) + digits(rng, 8)
        pairs = " ".join(d[1:][i : i + 2] for i in range(0, 8, 2))
        return pick(
            rng,
            [
                f"0{d[0]} {pairs}",
                f"+33 {d[0]} {pairs}",
                f"0{d}",
                f"+33{d}",
                f"0{d[0]}.{pairs.replace(' ', '.')}",
                f"0033 {d[0]} {pairs}",
            ],
        )
    if cc == "ES":
        d = pick(rng, ["6", "6", "7", "9"]) + digits(rng, 8)
        return pick(
            rng,
            [
                f"{d[:3]} {d[3:6]} {d[6:]}",
                f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                d,
                f"+34{d}",
                f"0034 {d}",
                f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
            ],
        )
    if cc == "IT":
        m = "3" + pick(rng, ["33", "35", "47", "48", "39", "40", "20", "28", "66", "92"]) + digits(rng, 7)
        return pick(
            rng,
            [
                f"{m[:3]} {m[3:]}",
                f"+39 {m[:3]} {m[3:6]} {m[6:]}",
                m,
                f"+39{m}",
                f"{m[:3]}-{m[3:]}",
                f"06 {digits(rng, 8)}",
                f"0039 {m}",
            ],
        )
    if cc == "NL":
        m = digits(rng, 8, True)
        return pick(
            rng,
            [
                f"06-{m}",
                f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
                f"+31 6 {m}",
                f"+316{m}",
                f"0031 6 {m}",
                f"020-{digits(rng, 7, True)}",
                f"010 {digits(rng, 7, True)}",
            ],
        )
    if cc == "BR":
        ddd = pick(rng, ["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
        n = "9" + digits(rng, 8)
        return pick(
            rng,
            [
                f"({ddd}) {n[:5]}-{n[5:]}",
                f"+55 {ddd} {n[:5]}-{n[5:]}",
                f"{ddd}{n}",
                f"+55{ddd}{n}",
                f"{ddd} {n[:5]} {n[5:]}",
            ],
        )
    if cc == "PL":
        m = pick(rng, ["5", "6", "7", "8"]) + digits(rng, 8)
        return pick(
            rng,
            [
                f"{m[:3]} {m[3:6]} {m[6:]}",
                f"+48 {m[:3]} {m[3:6]} {m[6:]}",
                m,
                f"+48{m}",
                f"{m[:3]}-{m[3:6]}-{m[6:]}",
                f"22 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
                f"0048 {m}",
            ],
        )
    raise ValueError(cc)


# ---------------------------------------------------------------- cards, ids, codes
def card(rng):
    kind = rng.randrange(3)
    if kind == 0:
        body = "4" + digits(rng, 14)
    elif kind == 1:
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    else:
        body = pick(rng, ["34", "37"]) + digits(rng, 12)
    n = body + luhn.calc_check_digit(body)
    if len(n) == 16:
        return pick(
            rng, [n, " ".join(n[i : i + 4] for i in range(0, 16, 4)), "-".join(n[i : i + 4] for i in range(0, 16, 4))]
        )
    return pick(rng, [n, f"{n[:4]} {n[4:10]} {n[10:]}"])


def non_luhn16(rng, prefix=""):
    body = prefix + digits(rng, 15 - len(prefix))
    good = int(luhn.calc_check_digit(body))
    return body + str((good + rng.randint(1, 9)) % 10)


def imei(rng):
    body = pick(rng, ["35", "86", "01", "99", "49"]) + digits(rng, 12)
    return body + luhn.calc_check_digit(body)


def uuid4(rng, upper=False):
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def hexstr(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def sha(rng, algo="sha256"):
    return hashlib.new(algo, str(rng.random()).encode()).hexdigest()


def mac(rng):
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFE
    sep = pick(rng, [":", ":", "-"])
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if rng.random() < 0.4 else s


def ipv4(rng):
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 172, 192):
            break
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    return "2a02:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(7))


def version(rng, parts=4):
    return ".".join(str(x) for x in [rng.randint(1, 12)] + [rng.randint(0, 20) for _ in range(parts - 1)])


def gb_nino(rng):
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a, b = rng.choice(string.ascii_uppercase), rng.choice(string.ascii_uppercase)
        if a in bad1 or b in bad2 or a + b in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            continue
        break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    return pick(rng, [f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{a}{b}{d}{s}".lower()], [5, 4, 1])


def fr_nir(rng, sex, bd):
    body = f"{sex}{bd.year % 100:02d}{bd.month:02d}{rng.randint(1, 95):02d}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    n = body + _nir.calc_check_digits(body)
    return pick(rng, [n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])


def es_dni(rng):
    n = rng.randint(1000000, 99999999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def es_nie(rng):
    p = rng.randrange(3)
    n = rng.randint(0, 9999999)
    return "XYZ"[p] + f"{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{p}{n:07d}") % 23]


def es_cif(rng):
    from stdnum.es import cif

    body = rng.choice("BAB") + digits(rng, 7)
    return body + cif.calc_check_digits(body)[0]


def pl_pesel(rng, bd, male):
    m = bd.month + (20 if bd.year >= 2000 else 0)
    serial = digits(rng, 3) + str(rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    body = f"{bd.year % 100:02d}{m:02d}{bd.day:02d}{serial}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(x) * y for x, y in zip(body, w, strict=False)) % 10) % 10
    return body + str(c)


def pl_idcard(rng):
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    rest = digits(rng, 5)
    vals = [ord(c) - 55 for c in letters] + [int(x) for x in rest]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    c = (-sum(v * x for v, x in zip(vals, w, strict=False)) * 9) % 10
    return f"{letters}{c}{rest}"


def pl_nrb(rng, with_pl):
    from stdnum import iban

    bban = digits(rng, 24)
    chk = iban.calc_check_digits("PL00" + bban)
    n = chk + bban
    if with_pl:
        n = "PL" + n
        return pick(rng, [n, " ".join([n[:4]] + [n[i : i + 4] for i in range(4, 28, 4)])])
    return pick(rng, [n, n[:2] + " " + " ".join(n[i : i + 4] for i in range(2, 26, 4))])


def pl_nip(rng):
    from stdnum.pl import nip

    while True:
        body = digits(rng, 9, True)
        c = nip.calc_check_digit(body)
        if c != "10" and len(str(c)) == 1:
            n = body + str(c)
            if nip.is_valid(n):
                return n


def de_vat(rng):
    from stdnum.de import vat

    while True:
        n = "DE" + digits(rng, 9, True)
        if vat.is_valid(n):
            return n


def nl_vat(rng):
    from stdnum.nl import btw

    while True:
        from stdnum.nl import bsn

        body = digits(rng, 8, True)
        for c in "0123456789":
            if bsn.is_valid(body + c):
                n = f"NL{body}{c}B01"
                if btw.is_valid(n):
                    return n


def de_plate(rng):
    city = pick(
        rng,
        ["M", "B", "HH", "K", "F", "S", "D", "N", "HB", "DO", "E", "L", "DD", "H", "KA", "MZ", "WI", "BN", "GÖ", "RO"],
    )
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(rng.choice([1, 2])))
    num = str(rng.randint(1, 9999))
    sep = pick(rng, ["-", "-", " "])
    e = "E" if rng.random() < 0.03 else ""
    return f"{city}{sep}{letters} {num}{e}"


def us_plate(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return pick(
        rng,
        [
            f"{rng.randint(1, 9)}{''.join(rng.choice(L) for _ in range(3))}{digits(rng, 3)}",
            f"{''.join(rng.choice(L) for _ in range(3))}-{digits(rng, 4)}",
            f"{''.join(rng.choice(L) for _ in range(3))} {digits(rng, 3)}",
        ],
    )


def de_driver_licence(rng):
    A = string.ascii_uppercase + string.digits
    return (
        rng.choice("BJFKLMNSH")
        + digits(rng, 3)
        + "".join(rng.choice(A) for _ in range(5))
        + rng.choice(string.digits + "X")
        + rng.choice("0123")
    )


def uk_postcode(rng):
    area = pick(
        rng,
        [
            "LS",
            "M",
            "B",
            "SW",
            "E",
            "N",
            "NW",
            "SE",
            "EH",
            "G",
            "BS",
            "CF",
            "L",
            "NE",
            "S",
            "NG",
            "LE",
            "OX",
            "CB",
            "BN",
        ],
    )
    p = f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return p


def email_for(rng, first, last, domains):
    import unicodedata

    def ascii_(s):
        return (
            unicodedata.normalize("NFKD", s)
            .encode("ascii", "ignore")
            .decode()
            .lower()
            .replace(" ", "")
            .replace("'", "")
        )

    f, l = ascii_(first), ascii_(last)
    user = pick(
        rng,
        [
            f"{f}.{l}",
            f"{f[0]}{l}",
            f"{f}{l}{rng.randint(1, 99)}",
            f"{l}.{f}",
            f"{f}_{l}",
            f"{f}{rng.randint(1960, 2005)}",
        ],
    )
    return f"{user}@{pick(rng, domains)}"


# Faker's fr_FR / pt_BR city providers invent surname-like towns; real exports carry real ones.
FR_CITIES = [
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
    "Toulon",
    "Saint-Étienne",
    "Le-Havre",
    "Grenoble",
    "Dijon",
    "Angers",
    "Nîmes",
    "Villeurbanne",
    "Clermont-Ferrand",
    "Le-Mans",
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
    "Rouen",
    "Mulhouse",
    "Caen",
    "Nancy",
    "Saint-Denis",
    "Argenteuil",
    "Montreuil",
    "Roubaix",
    "Tourcoing",
    "Avignon",
    "Poitiers",
    "Pau",
    "Versailles",
    "Créteil",
    "Colmar",
    "Vannes",
    "Quimper",
    "Chambéry",
    "Valence",
    "Bayonne",
    "Lorient",
    "Niort",
    "Cholet",
    "Saint-Malo",
    "Arles",
]
FR_CITIES = [c.replace("Le-", "Le ") for c in FR_CITIES]
BR_CITIES = [
    "São Paulo",
    "Rio de Janeiro",
    "Belo Horizonte",
    "Salvador",
    "Fortaleza",
    "Brasília",
    "Curitiba",
    "Recife",
    "Porto Alegre",
    "Manaus",
    "Belém",
    "Goiânia",
    "Campinas",
    "São Luís",
    "Maceió",
    "Natal",
    "Teresina",
    "João Pessoa",
    "Florianópolis",
    "Niterói",
    "Santos",
    "Ribeirão Preto",
    "Uberlândia",
    "Sorocaba",
    "Joinville",
    "Londrina",
    "Juiz de Fora",
    "Aracaju",
    "Cuiabá",
    "Campo Grande",
    "Feira de Santana",
    "Vitória",
    "Caxias do Sul",
    "Pelotas",
    "Maringá",
    "São José dos Campos",
    "Osasco",
    "Guarulhos",
]
