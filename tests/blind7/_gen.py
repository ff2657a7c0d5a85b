"""Value generators for blind set 7: formats, checksummed identifiers, messy-export helpers.

Written from spec/entities.md and general knowledge of national formats only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import unicodedata
import uuid

from faker import Faker

N = 1000


# ---------------------------------------------------------------- basics
def fk(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def ascii_(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng: random.Random, upper: bool = False) -> str:
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def hexstr(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def sha256_of(rng: random.Random) -> str:
    return hashlib.sha256(rng.getrandbits(64).to_bytes(8, "big")).hexdigest()


def md5_of(rng: random.Random) -> str:
    return hashlib.md5(rng.getrandbits(64).to_bytes(8, "big")).hexdigest()


def rdate(rng: random.Random, y0: int, y1: int) -> dt.date:
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def rts(rng: random.Random, y0: int = 2023, y1: int = 2024) -> dt.datetime:
    d = rdate(rng, y0, y1)
    return dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def with_nulls(vals: list, rng: random.Random, p: float) -> list:
    return [None if (v is None or rng.random() < p) else v for v in vals]


def mess(vals: list, rng: random.Random, ws: float = 0.0, upper: float = 0.0, lower: float = 0.0) -> list:
    out = []
    for v in vals:
        if isinstance(v, str) and v:
            r = rng.random()
            if r < upper:
                v = v.upper()
            elif r < upper + lower:
                v = v.lower()
            if rng.random() < ws:
                pad = rng.choice([" ", "  ", "   "])
                v = pad + v if rng.random() < 0.5 else v + pad
        out.append(v)
    return out


def pick(rng: random.Random, items: list, weights: list | None = None):
    if weights is None:
        return rng.choice(items)
    return rng.choices(items, weights=weights, k=1)[0]


def people(f: Faker, rng: random.Random, n: int, y0: int, y1: int, female_p: float = 0.5) -> list[dict]:
    out = []
    for _ in range(n):
        fem = rng.random() < female_p
        first = f.first_name_female() if fem else f.first_name_male()
        out.append({"first": first, "last": f.last_name(), "female": fem, "dob": rdate(rng, y0, y1)})
    return out


def email(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    fi = ascii_(first).lower().replace(" ", "").replace("'", "").replace("-", "")
    la = ascii_(last).lower().replace(" ", "").replace("'", "").replace("-", "")
    fi = fi or "x"
    la = la or "y"
    pat = rng.randrange(7)
    if pat == 0:
        local = f"{fi}.{la}"
    elif pat == 1:
        local = f"{fi[0]}{la}"
    elif pat == 2:
        local = f"{fi}_{la}{rng.randint(1, 99)}"
    elif pat == 3:
        local = f"{la}.{fi}"
    elif pat == 4:
        local = f"{fi}{rng.randint(60, 2005)}"
    elif pat == 5:
        local = f"{fi[0]}.{la}{rng.randint(1, 9)}"
    else:
        local = f"{fi}.{la[0]}"
    return f"{local}@{rng.choice(domains)}"


MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


# ---------------------------------------------------------------- checksums
def luhn_digit(payload: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card_number(rng: random.Random) -> str:
    kind = rng.choices(["visa", "mc", "amex", "mc2"], weights=[5, 3, 1, 1])[0]
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    elif kind == "mc2":
        body = str(rng.randint(2221, 2720)) + digits(rng, 11)
    else:
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    num = body + luhn_digit(body)
    style = rng.random()
    if len(num) == 15:
        if style < 0.5:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num
    if style < 0.45:
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))
    if style < 0.6:
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return num


def iban(cc: str, bban: str) -> str:
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"


def iban_fmt(rng: random.Random, code: str, spaced_p: float = 0.5) -> str:
    if rng.random() < spaced_p:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code


def iban_de(rng: random.Random) -> str:
    return iban("DE", digits(rng, 8, True) + digits(rng, 10))


def iban_fr(rng: random.Random) -> str:
    bank, branch, acct = digits(rng, 5, True), digits(rng, 5), digits(rng, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return iban("FR", f"{bank}{branch}{acct}{key:02d}")


def iban_pt(rng: random.Random) -> str:
    body = digits(rng, 4, True) + digits(rng, 4) + digits(rng, 11)
    chk = 98 - (int(body) * 100) % 97
    return iban("PT", f"{body}{chk:02d}")


def nino(rng: random.Random) -> str:
    bad = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
    while True:
        a = rng.choice([c for c in string.ascii_uppercase if c not in "DFIQUV"])
        b = rng.choice([c for c in string.ascii_uppercase if c not in "DFIOQUV"])
        if a + b not in bad:
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    style = rng.random()
    if style < 0.5:
        return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"
    if style < 0.9:
        return f"{a}{b}{d}{s}"
    return f"{a}{b}{d}{s}".lower()


def steuer_id(rng: random.Random) -> str:
    while True:
        pool = list(range(10))
        rng.shuffle(pool)
        chosen = pool[:9]
        dup = rng.choice(chosen)
        ten = [*chosen, dup]
        rng.shuffle(ten)
        if ten[0] != 0:
            break
    product = 10
    for d in ten:
        total = (d + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    s = "".join(map(str, ten)) + str(check)
    if rng.random() < 0.4:
        return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"
    return s


def fr_nir(rng: random.Random, female: bool, dob: dt.date) -> str:
    dept = rng.choice([f"{d:02d}" for d in range(1, 96) if d != 20])
    body = f"{2 if female else 1}{dob.year % 100:02d}{dob.month:02d}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    if rng.random() < 0.55:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return f"{body}{key:02d}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng: random.Random) -> str:
    n = rng.randint(1_000_000, 79_999_999)
    s = f"{n:08d}{DNI_LETTERS[n % 23]}"
    r = rng.random()
    if r < 0.1:
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}-{s[8]}"
    if r < 0.2:
        return f"{s[:8]}-{s[8]}"
    return s


def es_nie(rng: random.Random) -> str:
    p = rng.choice("XYZ")
    n = rng.randint(0, 9_999_999)
    full = int(str("XYZ".index(p)) + f"{n:07d}")
    s = f"{p}{n:07d}{DNI_LETTERS[full % 23]}"
    if rng.random() < 0.15:
        return f"{s[0]}-{s[1:8]}-{s[8]}"
    return s


def es_nss(rng: random.Random, prov: str) -> str:
    num = rng.randint(10_000_000, 99_999_999)
    chk = int(f"{prov}{num}") % 97
    if rng.random() < 0.5:
        return f"{prov}/{num}/{chk:02d}"
    return f"{prov}{num}{chk:02d}"


CF_ODD = {
    **dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True)),
    **dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23],
            strict=True,
        )
    ),
}


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 65


def _cf_part(name: str, is_first: bool) -> str:
    s = "".join(c for c in ascii_(name).upper() if c.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(first: str, last: str, female: bool, dob: dt.date, belfiore: str) -> str:
    day = dob.day + (40 if female else 0)
    body = f"{_cf_part(last, False)}{_cf_part(first, True)}{dob.year % 100:02d}{'ABCDEHLMPRST'[dob.month - 1]}{day:02d}{belfiore}"
    total = sum(CF_ODD[c] if i % 2 == 0 else _cf_even(c) for i, c in enumerate(body))
    return body + chr(65 + total % 26)


def nl_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = rng.randint(1, 6)
        c = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def br_cpf(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1), strict=False))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    if rng.random() < 0.7:
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    return s


def br_rg_sp(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(8)]
    s = sum(x * w for x, w in zip(d, range(2, 10), strict=True))
    r = 11 - s % 11
    dv = "X" if r == 10 else ("0" if r == 11 else str(r))
    n = "".join(map(str, d))
    if rng.random() < 0.75:
        return f"{n[:2]}.{n[2:5]}.{n[5:]}-{dv}"
    return n + dv


def pt_nif(rng: random.Random) -> str:
    d = [rng.choice([1, 2, 2, 2])] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return "".join(map(str, d)) + str(c)


def pl_pesel(rng: random.Random, dob: dt.date, female: bool) -> str:
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    sex = rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9])
    s = f"{dob.year % 100:02d}{mm:02d}{dob.day:02d}{rng.randint(0, 999):03d}{sex}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s, w, strict=True)) % 10) % 10
    return s + str(c)


def pl_id_card(rng: random.Random) -> str:
    letters = "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUWYZ") for _ in range(3))
    ds = digits(rng, 5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in ds]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    chk = sum(v * x for v, x in zip(vals, w, strict=True)) % 10
    s = f"{letters}{chk}{ds}"
    return f"{s[:3]} {s[3:]}" if rng.random() < 0.3 else s


def pl_nip(rng: random.Random) -> str:
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        c = sum(x * y for x, y in zip(d, w, strict=True)) % 11
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            r = rng.random()
            if r < 0.5:
                return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"
            if r < 0.65:
                return "PL" + s
            return s


def ean13(rng: random.Random, prefix: str = "") -> str:
    body = prefix + digits(rng, 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "49"]) + digits(rng, 12)
    return body + luhn_digit(body)


def mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    r = rng.random()
    if r < 0.5:
        return ":".join(f"{x:02X}" for x in b)
    if r < 0.75:
        return ":".join(f"{x:02x}" for x in b)
    if r < 0.9:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


# ---------------------------------------------------------------- phones
def phone_uk(rng: random.Random) -> str:
    d = digits(rng, 9)
    r = rng.random()
    if r < 0.4:
        return f"07{d[:3]} {d[3:]}"
    if r < 0.65:
        return f"+44 7{d[:3]} {d[3:]}"
    if r < 0.8:
        return f"+447{d}"
    land = digits(rng, 8)
    return f"020 {land[:4]} {land[4:]}" if rng.random() < 0.5 else f"01{d[:3]} {d[3:9]}"


US_AREAS = [
    "212",
    "646",
    "718",
    "917",
    "415",
    "628",
    "510",
    "312",
    "773",
    "872",
    "213",
    "310",
    "323",
    "818",
    "206",
    "425",
    "253",
    "617",
    "305",
    "512",
    "303",
    "404",
]


def phone_us(rng: random.Random) -> str:
    a = rng.choice(US_AREAS)
    e = str(rng.randint(201, 989))
    n = digits(rng, 4)
    r = rng.random()
    if r < 0.35:
        return f"({a}) {e}-{n}"
    if r < 0.6:
        return f"{a}-{e}-{n}"
    if r < 0.8:
        return f"+1 {a} {e} {n}"
    if r < 0.9:
        return f"{a}.{e}.{n}"
    return f"{a}{e}{n}"


def phone_de(rng: random.Random) -> str:
    r = rng.random()
    pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
    if r < 0.3:
        return f"0{pre} {digits(rng, rng.choice([7, 8]))}"
    if r < 0.5:
        return f"+49 {pre} {digits(rng, 7)}"
    if r < 0.6:
        return f"0{pre}/{digits(rng, 7)}"
    area = rng.choice(["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911", "228", "6221", "761"])
    if r < 0.8:
        return f"0{area} {digits(rng, 9 - len(area), True)}"
    if r < 0.9:
        return f"+49 (0){area} {digits(rng, 9 - len(area), True)}"
    return f"0{area}-{digits(rng, 3, True)} {digits(rng, 6 - len(area) if len(area) < 5 else 2)}"


def phone_fr(rng: random.Random) -> str:
    first = rng.choice(["6", "7", "6", "1", "2", "3", "4", "5", "9"])
    d = digits(rng, 8)
    pairs = " ".join(d[i : i + 2] for i in range(0, 8, 2))
    r = rng.random()
    if r < 0.45:
        return f"0{first} {pairs}"
    if r < 0.65:
        return f"+33 {first} {pairs}"
    if r < 0.8:
        return f"0{first}{d}"
    if r < 0.9:
        return f"0{first}.{pairs.replace(' ', '.')}"
    return f"+33 (0){first} {pairs}"


def phone_es(rng: random.Random) -> str:
    first = rng.choice(["6", "6", "7", "9"])
    d = first + digits(rng, 8)
    r = rng.random()
    if r < 0.4:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if r < 0.6:
        return f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}"
    if r < 0.85:
        return d
    return f"0034{d}"


def phone_it(rng: random.Random) -> str:
    r = rng.random()
    mob = rng.choice(
        ["320", "328", "333", "335", "338", "339", "340", "347", "348", "349", "360", "366", "380", "388", "392"]
    )
    if r < 0.35:
        return f"+39 {mob} {digits(rng, 7)}"
    if r < 0.55:
        return f"{mob}-{digits(rng, 7)}"
    if r < 0.75:
        return f"{mob} {digits(rng, 3)} {digits(rng, 4)}"
    return f"0{rng.choice(['2', '6', '11', '51', '55', '81', '10'])} {digits(rng, 7)}"


def phone_nl(rng: random.Random) -> str:
    r = rng.random()
    d = digits(rng, 8)
    if r < 0.35:
        return f"06-{d}"
    if r < 0.55:
        return f"+31 6 {d}"
    if r < 0.65:
        return f"0031 6 {d[:4]} {d[4:]}"
    if r < 0.75:
        return f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}"
    area = rng.choice(["20", "10", "30", "70", "40", "50", "24", "26", "43", "53"])
    return f"0{area}-{digits(rng, 7, True)}"


def phone_pt(rng: random.Random) -> str:
    r = rng.random()
    d = rng.choice(["91", "92", "93", "96"]) + digits(rng, 7)
    if r < 0.45:
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if r < 0.7:
        return f"+351 {d}"
    if r < 0.85:
        return d
    return f"21 {digits(rng, 3)} {digits(rng, 4)}"


def phone_br(rng: random.Random) -> str:
    ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48", "62", "92"])
    n = "9" + digits(rng, 8)
    r = rng.random()
    if r < 0.5:
        return f"({ddd}) {n[:5]}-{n[5:]}"
    if r < 0.7:
        return f"+55 {ddd} {n[:5]}-{n[5:]}"
    if r < 0.85:
        return f"{ddd}{n}"
    return f"({ddd}) {digits(rng, 4, True)}-{digits(rng, 4)}"


def phone_pl(rng: random.Random) -> str:
    d = rng.choice(["5", "6", "7", "8"]) + digits(rng, 8)
    r = rng.random()
    if r < 0.35:
        return f"+48 {d[:3]} {d[3:6]} {d[6:]}"
    if r < 0.6:
        return f"{d[:3]}-{d[3:6]}-{d[6:]}"
    if r < 0.8:
        return d
    return f"{rng.choice(['22', '12', '61', '71', '58', '42'])} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}"


# ---------------------------------------------------------------- places
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
    "Mönchengladbach",
    "Gelsenkirchen",
    "Aachen",
    "Braunschweig",
    "Kiel",
    "Chemnitz",
    "Halle (Saale)",
    "Magdeburg",
    "Freiburg im Breisgau",
    "Krefeld",
    "Mainz",
    "Lübeck",
    "Erfurt",
    "Oberhausen",
    "Rostock",
    "Kassel",
    "Hagen",
    "Potsdam",
    "Saarbrücken",
    "Hamm",
    "Ludwigshafen am Rhein",
    "Oldenburg",
    "Osnabrück",
    "Leverkusen",
    "Heidelberg",
    "Darmstadt",
    "Regensburg",
    "Ingolstadt",
    "Würzburg",
    "Wolfsburg",
    "Ulm",
    "Göttingen",
    "Pforzheim",
    "Bottrop",
    "Trier",
    "Jena",
    "Cottbus",
    "Siegen",
    "Hildesheim",
    "Gera",
    "Fürth",
    "Tübingen",
    "Bamberg",
    "Landshut",
    "Passau",
    "Lüneburg",
    "Celle",
    "Goslar",
    "Eisenach",
    "Weimar",
    "Neuruppin",
    "Bad Tölz",
    "Kleve",
    "Meppen",
    "Husum",
    "Garmisch-Partenkirchen",
    "Bad Homburg v. d. Höhe",
    "Wernigerode",
    "Schwäbisch Hall",
    "Rosenheim",
    "Kempten (Allgäu)",
]
AT_CITIES = [
    "Wien",
    "Graz",
    "Linz",
    "Salzburg",
    "Innsbruck",
    "Klagenfurt",
    "Villach",
    "Wels",
    "St. Pölten",
    "Dornbirn",
    "Steyr",
    "Leoben",
    "Bregenz",
]
FR_CITIES = [
    ("Paris", "75"),
    ("Marseille", "13"),
    ("Lyon", "69"),
    ("Toulouse", "31"),
    ("Nice", "06"),
    ("Nantes", "44"),
    ("Montpellier", "34"),
    ("Strasbourg", "67"),
    ("Bordeaux", "33"),
    ("Lille", "59"),
    ("Rennes", "35"),
    ("Reims", "51"),
    ("Saint-Étienne", "42"),
    ("Toulon", "83"),
    ("Le Havre", "76"),
    ("Grenoble", "38"),
    ("Dijon", "21"),
    ("Angers", "49"),
    ("Nîmes", "30"),
    ("Villeurbanne", "69"),
    ("Clermont-Ferrand", "63"),
    ("Le Mans", "72"),
    ("Aix-en-Provence", "13"),
    ("Brest", "29"),
    ("Tours", "37"),
    ("Amiens", "80"),
    ("Limoges", "87"),
    ("Annecy", "74"),
    ("Perpignan", "66"),
    ("Boulogne-Billancourt", "92"),
    ("Metz", "57"),
    ("Besançon", "25"),
    ("Orléans", "45"),
    ("Rouen", "76"),
    ("Mulhouse", "68"),
    ("Caen", "14"),
    ("Nancy", "54"),
    ("Roubaix", "59"),
    ("Nanterre", "92"),
    ("Avignon", "84"),
    ("Créteil", "94"),
    ("Poitiers", "86"),
    ("Pau", "64"),
    ("La Rochelle", "17"),
    ("Colmar", "68"),
    ("Quimper", "29"),
    ("Bayonne", "64"),
    ("Chambéry", "73"),
    ("Vannes", "56"),
    ("Arles", "13"),
    ("Saint-Malo", "35"),
    ("Cholet", "49"),
    ("Laval", "53"),
    ("Valence", "26"),
    ("Troyes", "10"),
    ("Niort", "79"),
]
ES_CITIES = [
    ("Madrid", "28"),
    ("Barcelona", "08"),
    ("Valencia", "46"),
    ("Sevilla", "41"),
    ("Zaragoza", "50"),
    ("Málaga", "29"),
    ("Murcia", "30"),
    ("Palma", "07"),
    ("Las Palmas de Gran Canaria", "35"),
    ("Bilbao", "48"),
    ("Alicante", "03"),
    ("Córdoba", "14"),
    ("Valladolid", "47"),
    ("Vigo", "36"),
    ("Gijón", "33"),
    ("L'Hospitalet de Llobregat", "08"),
    ("Vitoria-Gasteiz", "01"),
    ("A Coruña", "15"),
    ("Granada", "18"),
    ("Elche", "03"),
    ("Oviedo", "33"),
    ("Badalona", "08"),
    ("Cartagena", "30"),
    ("Terrassa", "08"),
    ("Jerez de la Frontera", "11"),
    ("Sabadell", "08"),
    ("Móstoles", "28"),
    ("Santa Cruz de Tenerife", "38"),
    ("Pamplona", "31"),
    ("Almería", "04"),
    ("Alcalá de Henares", "28"),
    ("Donostia-San Sebastián", "20"),
    ("Leganés", "28"),
    ("Santander", "39"),
    ("Burgos", "09"),
    ("Castellón de la Plana", "12"),
    ("Albacete", "02"),
    ("Getafe", "28"),
    ("Salamanca", "37"),
    ("Logroño", "26"),
    ("Huelva", "21"),
    ("Badajoz", "06"),
    ("Tarragona", "43"),
    ("León", "24"),
    ("Cádiz", "11"),
    ("Lleida", "25"),
    ("Jaén", "23"),
    ("Ourense", "32"),
    ("Girona", "17"),
    ("Lugo", "27"),
    ("Cáceres", "10"),
    ("Toledo", "45"),
    ("Segovia", "40"),
    ("Soria", "42"),
    ("Teruel", "44"),
    ("Cuenca", "16"),
    ("Zamora", "49"),
    ("Ávila", "05"),
    ("Huesca", "22"),
    ("Palencia", "34"),
    ("Ciudad Real", "13"),
    ("Guadalajara", "19"),
    ("Pontevedra", "36"),
    ("Ponferrada", "24"),
    ("Talavera de la Reina", "45"),
    ("Mérida", "06"),
]
IT_BELFIORE = [
    "H501",
    "F205",
    "F839",
    "L219",
    "G273",
    "D969",
    "A944",
    "D612",
    "A662",
    "C351",
    "L736",
    "L781",
    "F158",
    "G224",
    "L424",
    "B157",
    "G337",
    "L049",
    "G999",
    "F257",
    "H224",
    "G478",
    "E625",
    "B354",
    "D643",
    "H703",
    "G388",
    "A794",
    "E506",
    "G482",
    "Z404",
    "Z112",
    "Z209",
    "Z330",
    "Z129",
]
NL_CITIES = [
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "'s-Gravenhage",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Haarlem",
    "Arnhem",
    "Enschede",
    "Amersfoort",
    "Zaandam",
    "'s-Hertogenbosch",
    "Hoofddorp",
    "Zwolle",
    "Zoetermeer",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Ede",
    "Alphen aan den Rijn",
    "Naaldwijk",
    "Alkmaar",
    "Emmen",
    "Delft",
    "Venlo",
    "Deventer",
    "Sittard",
    "Helmond",
    "Oss",
    "Amstelveen",
    "Hilversum",
    "Heerlen",
    "Leeuwarden",
    "Purmerend",
    "Schiedam",
    "Lelystad",
    "Roosendaal",
    "Vlaardingen",
    "Gouda",
    "Hoorn",
    "Assen",
    "Bergen op Zoom",
    "Capelle aan den IJssel",
    "Veenendaal",
    "Katwijk",
    "Zeist",
    "Nieuwegein",
    "Hardenberg",
    "Doetinchem",
    "Harderwijk",
    "Den Helder",
    "Middelburg",
    "Vlissingen",
    "Kampen",
    "Terneuzen",
    "Goes",
    "Bussum",
    "Woerden",
    "Houten",
    "Wageningen",
    "Meppel",
    "Sneek",
    "Drachten",
]
PL_CITIES = [
    ("Warszawa", "0"),
    ("Kraków", "3"),
    ("Łódź", "9"),
    ("Wrocław", "5"),
    ("Poznań", "6"),
    ("Gdańsk", "8"),
    ("Szczecin", "7"),
    ("Bydgoszcz", "8"),
    ("Lublin", "2"),
    ("Białystok", "1"),
    ("Katowice", "4"),
    ("Gdynia", "8"),
    ("Częstochowa", "4"),
    ("Radom", "2"),
    ("Toruń", "8"),
    ("Sosnowiec", "4"),
    ("Rzeszów", "3"),
    ("Kielce", "2"),
    ("Gliwice", "4"),
    ("Olsztyn", "1"),
    ("Zabrze", "4"),
    ("Bielsko-Biała", "4"),
    ("Bytom", "4"),
    ("Zielona Góra", "6"),
    ("Rybnik", "4"),
    ("Opole", "4"),
    ("Tychy", "4"),
    ("Gorzów Wielkopolski", "6"),
    ("Elbląg", "8"),
    ("Płock", "0"),
    ("Wałbrzych", "5"),
    ("Włocławek", "8"),
    ("Tarnów", "3"),
    ("Chorzów", "4"),
    ("Koszalin", "7"),
    ("Kalisz", "6"),
    ("Legnica", "5"),
    ("Grudziądz", "8"),
    ("Słupsk", "7"),
    ("Nowy Sącz", "3"),
    ("Jelenia Góra", "5"),
    ("Siedlce", "0"),
    ("Piaseczno", "0"),
    ("Konstancin-Jeziorna", "0"),
    ("Pruszków", "0"),
    ("Otwock", "0"),
    ("Legionowo", "0"),
    ("Zakopane", "3"),
    ("Wieliczka", "3"),
    ("Łomianki", "0"),
    ("Józefów", "0"),
    ("Marki", "0"),
    ("Ząbki", "0"),
    ("Skawina", "3"),
    ("Niepołomice", "3"),
    ("Swarzędz", "6"),
    ("Sopot", "8"),
    ("Pszczyna", "4"),
]
