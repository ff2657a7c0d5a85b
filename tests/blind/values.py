"""Value makers for the blind set: locale-shaped identifiers, contact data and hard negatives.

Each maker takes a :class:`Ctx` (a seeded Faker of the table's locale, a seeded ``random.Random`` and the
language) and returns one cell as it would appear in an export.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import random
import string
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from faker import Faker

from tests.blind import vocab

_T = TypeVar("_T")

LOCALE_OF: dict[str, str] = {
    "en": "en_US", "gb": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL",
    "pt": "pt_BR", "ptpt": "pt_PT", "pl": "pl_PL",
}  # fmt: skip


@dataclass
class Ctx:
    """Everything a value maker needs: a seeded Faker, a seeded RNG, the language and the country variant."""

    fake: Faker
    rng: random.Random
    lang: str
    variant: str  # a key of LOCALE_OF: "gb" is British English, "ptpt" European Portuguese

    @classmethod
    def make(cls, variant: str, seed: int) -> Ctx:
        fake = Faker(LOCALE_OF[variant])
        fake.seed_instance(seed)
        lang = {"gb": "en", "ptpt": "pt"}.get(variant, variant)
        return cls(fake=fake, rng=random.Random(seed), lang=lang, variant=variant)

    def pick(self, options: Sequence[_T]) -> _T:
        return options[self.rng.randrange(len(options))]

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))


Maker = Callable[[Ctx], str]


def ascii_fold(text: str) -> str:
    """Drop accents and anything but letters, digits, dots and hyphens (for e-mail local parts, user names)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in ".-")


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


# --- names and contact data -------------------------------------------------------------------------------


def first_name(c: Ctx) -> str:
    return str(c.fake.first_name())


def last_name(c: Ctx) -> str:
    return str(c.fake.last_name())


def full_name(c: Ctx) -> str:
    return f"{c.fake.first_name()} {c.fake.last_name()}"


def name_last_first(c: Ctx) -> str:
    return f"{c.fake.last_name().upper()}, {c.fake.first_name()}"


FREE_MAIL = {
    "en": ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com"),
    "de": ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"),
    "fr": ("orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"),
    "es": ("gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"),
    "it": ("libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it"),
    "nl": ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "live.nl"),
    "pt": ("gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "sapo.pt", "yahoo.com.br"),
    "pl": ("wp.pl", "onet.pl", "interia.pl", "gmail.com", "o2.pl", "op.pl"),
}


def email_for(c: Ctx, first: str, last: str) -> str:
    f, l_ = ascii_fold(first) or "x", ascii_fold(last) or "y"
    local = c.pick([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{l_}{c.rng.randint(1, 99)}", f"{l_}.{f}", f"{f}_{l_}"])
    return f"{local}@{c.pick(FREE_MAIL[c.lang])}"


def email(c: Ctx) -> str:
    value = email_for(c, c.fake.first_name(), c.fake.last_name())
    return value.upper() if c.rng.random() < 0.03 else value


def phone(c: Ctx) -> str:
    """A personal (mobile or home) number in one of the country's usual writings."""
    d = c.digits
    v = c.variant
    if v == "en":
        a = str(c.rng.randint(201, 989))
        return c.pick([f"({a}) {d(3)}-{d(4)}", f"{a}-{d(3)}-{d(4)}", f"+1 {a} {d(3)} {d(4)}", f"{a}.{d(3)}.{d(4)}"])
    if v == "gb":
        return c.pick([f"07{d(3)} {d(6)}", f"+44 7{d(3)} {d(6)}", f"020 {d(4)} {d(4)}", f"0161 {d(3)} {d(4)}"])
    if v == "de":
        m = c.pick(["151", "160", "170", "171", "176", "157", "152"])
        return c.pick([f"0{m} {d(8)}", f"+49 {m} {d(8)}", f"030 {d(7)}", f"+49 (0)89 {d(6)}", f"0221/{d(7)}"])
    if v == "fr":
        p = c.pick(["6", "7"])
        g = [d(2) for _ in range(4)]
        return c.pick([f"0{p} {' '.join(g)}", f"+33 {p} {' '.join(g)}", f"0{p}.{'.'.join(g)}", f"0{p}{''.join(g)}"])
    if v == "es":
        p = c.pick(["6", "7"])
        return c.pick([f"{p}{d(2)} {d(3)} {d(3)}", f"+34 {p}{d(2)} {d(2)} {d(2)} {d(2)}", f"91 {d(3)} {d(2)} {d(2)}"])
    if v == "it":
        p = c.pick(["333", "347", "340", "328", "393", "320"])
        return c.pick([f"{p} {d(3)} {d(4)}", f"+39 {p} {d(7)}", f"{p}{d(7)}", f"06 {d(4)} {d(4)}"])
    if v == "nl":
        return c.pick([f"06-{d(8)}", f"+31 6 {d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"020-{d(7)}"])
    if v == "pt":
        ddd = c.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
        return c.pick(
            [f"({ddd}) 9{d(4)}-{d(4)}", f"+55 {ddd} 9{d(4)}-{d(4)}", f"{ddd}9{d(8)}", f"({ddd}) {d(4)}-{d(4)}"]
        )
    if v == "ptpt":
        return c.pick([f"9{c.pick(['1', '2', '3', '6'])}{d(1)} {d(3)} {d(3)}", f"+351 91{d(1)} {d(3)} {d(3)}"])
    if v == "pl":
        p = c.pick(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"])  # mobile ranges
        return c.pick([f"{p}{d(1)} {d(3)} {d(3)}", f"+48 {p}{d(1)} {d(3)} {d(3)}", f"{p}{d(1)}-{d(3)}-{d(3)}"])
    raise ValueError(v)


HOTLINES: dict[str, tuple[str, ...]] = {
    "en": ("1-800-555-0199", "0800 028 0123", "1-888-432-7788"),
    "de": ("0800 330 1000", "0180 6 123456", "0800-7234567"),
    "fr": ("0 800 45 12 34", "3900", "09 69 39 33 33"),
    "es": ("900 123 456", "902 10 20 30", "1004"),
    "it": ("800 123 456", "199 100 100", "800.900.777"),
    "nl": ("0800-0244", "0900-0200", "0800 1234"),
    "pt": ("0800 727 0123", "4004-0001", "808 20 20 20"),
    "pl": ("801 100 100", "800 120 130", "19 115"),
}


def street_address(c: Ctx) -> str:
    return ", ".join(part.strip() for part in str(c.fake.street_address()).splitlines() if part.strip())


def full_address(c: Ctx) -> str:
    """Street, postcode and town on one line, in the country's order."""
    street, pc, town = street_address(c), postcode(c), city(c)
    if c.variant == "en":
        return f"{street}, {town}, {c.fake.state_abbr()} {pc}"
    if c.variant == "gb":
        return f"{street}, {town} {pc}"
    if c.variant == "pt":
        return f"{street}, {town} - {c.fake.estado_sigla()}, {pc}"
    return f"{street}, {pc} {town}"


def postcode(c: Ctx) -> str:
    pc = str(c.fake.postcode())
    if c.variant == "pt" and "-" not in pc and len(pc) == 8:
        pc = f"{pc[:5]}-{pc[5:]}"
    if c.variant == "nl" and " " not in pc and c.rng.random() < 0.5:
        pc = f"{pc[:4]} {pc[4:]}"
    if c.variant == "de" and pc.startswith("00"):
        pc = str(c.rng.randint(1, 9)) + pc[1:]
    return pc


@functools.cache
def _italian_towns() -> tuple[str, ...]:
    """Faker's Italian towns, sorted: Faker builds the list from a set, whose order changes between runs."""
    from faker.providers.address.it_IT import Provider

    return tuple(sorted(set(Provider.cities)))


def city(c: Ctx) -> str:
    """A real town where Faker's locale invents names, Faker's (real) town elsewhere."""
    real = vocab.REAL_CITIES.get(c.variant) or (_italian_towns() if c.variant == "it" else None)
    return c.pick(real) if real else str(c.fake.city())


_BOXES = {  # lat/lon boxes roughly over each country's land
    "en": (33.0, 45.0, -120.0, -75.0), "gb": (50.5, 55.0, -3.5, 0.5), "de": (47.5, 54.5, 6.5, 14.5),
    "fr": (43.5, 50.5, -1.0, 7.0), "es": (36.5, 43.0, -7.5, 2.5), "it": (38.5, 46.0, 8.0, 16.5),
    "nl": (51.5, 53.2, 4.2, 6.8), "pt": (-30.0, -3.0, -55.0, -36.0), "ptpt": (37.2, 41.8, -8.8, -7.0),
    "pl": (49.5, 54.5, 14.5, 23.5),
}  # fmt: skip


def latitude(c: Ctx) -> str:
    lo, hi, _, _ = _BOXES[c.variant]
    return f"{c.rng.uniform(lo, hi):.6f}"


def longitude(c: Ctx) -> str:
    _, _, lo, hi = _BOXES[c.variant]
    return f"{c.rng.uniform(lo, hi):.6f}"


def latlon(c: Ctx) -> str:
    return f"{latitude(c)}, {longitude(c)}"


def username(c: Ctx) -> str:
    f, l_ = ascii_fold(c.fake.first_name()), ascii_fold(c.fake.last_name())
    return c.pick([f"{f}{l_[:1]}{c.rng.randint(1, 999)}", f"{f}_{l_}", f"{l_}{c.rng.randint(70, 99)}",
                   f"{f[:3]}{l_[:4]}", f"x{f}x", str(c.fake.user_name())])  # fmt: skip


def profile_url(c: Ctx) -> str:
    user = username(c).replace("_", "-")
    return c.pick([f"https://www.linkedin.com/in/{user}-{c.digits(3)}", f"https://www.facebook.com/{user}",
                   f"https://instagram.com/{user}", f"https://x.com/{user}", f"https://github.com/{user}"])  # fmt: skip


def ip_address(c: Ctx) -> str:
    return str(c.fake.ipv6()) if c.rng.random() < 0.1 else str(c.fake.ipv4_public())


def mac_address(c: Ctx) -> str:
    mac = str(c.fake.mac_address())
    return mac.upper().replace(":", "-") if c.rng.random() < 0.4 else mac


def device_id(c: Ctx) -> str:
    """An advertising id (IDFA/GAID), an Android id or an IMEI."""
    r = c.rng.random()
    if r < 0.5:
        return str(uuid.UUID(int=c.rng.getrandbits(128), version=4)).upper()
    if r < 0.75:
        return f"{c.rng.getrandbits(64):016x}"
    return imei(c)


def imei(c: Ctx) -> str:
    body = c.pick(["35", "86", "01", "49"]) + c.digits(12)
    return body + luhn_digit(body)


# --- identity documents -----------------------------------------------------------------------------------


def _steuer_id(c: Ctx) -> str:
    while True:
        digits = c.rng.sample(string.digits, 9)
        digits.insert(c.rng.randrange(1, 10), c.rng.choice(digits))
        if digits[0] != "0":
            break
    product = 10
    for ch in digits:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return "".join(digits) + str(check)


def _svnr(c: Ctx) -> str:
    born = days_ago(c, 18, 80)
    letter = ascii_fold(c.fake.last_name())[:1].upper() or "M"
    area, serial = c.pick(["12", "13", "15", "23", "38", "53", "65"]), f"{c.rng.randint(0, 49):02d}"
    raw = area + born.strftime("%d%m%y") + f"{ord(letter) - 64:02d}" + serial
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(int(x) for x in str(int(ch) * w)) for ch, w in zip(raw, weights, strict=True))
    return f"{area} {born.strftime('%d%m%y')} {letter} {serial}{total % 10}"


def _nino(c: Ctx) -> str:
    first = c.pick(list("ABCEGHJKLMNPRSTWXYZ"))
    second = c.pick(list("ABCEGHJKLMNPRSTWXYZ"))
    num = c.digits(6)
    suffix = c.pick(list("ABCD"))
    return c.pick([f"{first}{second}{num}{suffix}", f"{first}{second} {num[:2]} {num[2:4]} {num[4:]} {suffix}"])


def _nhs(c: Ctx) -> str:
    while True:
        body = c.digits(9)
        check = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            n = body + str(check)
            return f"{n[:3]} {n[3:6]} {n[6:]}"


def _pt_nif(c: Ctx) -> str:
    body = c.pick(["1", "2", "2", "1"]) + c.digits(7)
    check = 11 - sum(int(ch) * (9 - i) for i, ch in enumerate(body)) % 11
    return body + str(0 if check >= 10 else check)


def national_id(c: Ctx) -> str:
    v = c.variant
    if v == "en":
        s = str(c.fake.ssn())
        return s.replace("-", "") if c.rng.random() < 0.2 else s
    if v == "gb":
        return _nino(c)
    if v == "de":
        return _steuer_id(c)
    if v == "fr":
        s = str(c.fake.ssn())
        return f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}" if c.rng.random() < 0.4 else s
    if v == "es":
        return str(c.fake.nie() if c.rng.random() < 0.2 else c.fake.nif())
    if v == "it":
        return str(c.fake.ssn())
    if v == "nl":
        return str(c.fake.ssn())
    if v == "pt":
        return str(c.fake.cpf()) if c.rng.random() < 0.8 else str(c.fake.cpf()).replace(".", "").replace("-", "")
    if v == "ptpt":
        return _pt_nif(c)
    if v == "pl":
        return str(c.fake.pesel())
    raise ValueError(v)


def de_svnr(c: Ctx) -> str:
    return _svnr(c)


def nhs_number(c: Ctx) -> str:
    return _nhs(c)


def br_rg(c: Ctx) -> str:
    r = str(c.fake.rg())
    return f"{r[:2]}.{r[2:5]}.{r[5:8]}-{r[8:]}"


def pl_id_card(c: Ctx) -> str:
    return str(c.fake.identity_card_number())


def passport(c: Ctx) -> str:
    v = c.variant
    up = string.ascii_uppercase
    if v in ("en", "gb"):
        return c.digits(9)
    if v == "de":
        return "C" + "".join(c.rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if v == "fr":
        return c.digits(2) + c.rng.choice(up) + c.rng.choice(up) + c.digits(5)
    if v == "es":
        return c.pick(["PA", "PAA", "XDB"]) + c.digits(6)
    if v == "it":
        return c.rng.choice(up) + c.rng.choice(up) + c.digits(7)
    if v == "nl":
        return (
            c.pick(["NP", "NW", "BR"])
            + "".join(c.rng.choice("BCDFGHJKLNPRSTVWXZ0123456789") for _ in range(6))
            + c.digits(1)
        )
    if v in ("pt", "ptpt"):
        return c.rng.choice(up) + c.rng.choice(up) + c.digits(6)
    if v == "pl":
        return c.rng.choice(up) + c.rng.choice(up) + c.digits(7)
    raise ValueError(v)


def driver_license(c: Ctx) -> str:
    v = c.variant
    up = string.ascii_uppercase
    if v == "gb":
        last = (ascii_fold(c.fake.last_name()).upper() + "99999")[:5]
        initial = c.fake.first_name()[:1].upper()
        return f"{last}{c.digits(6)}{initial}{c.rng.choice(up)}9{c.rng.choice(up)}{c.rng.choice(up)}"
    if v == "en":
        return c.rng.choice(up) + c.digits(7) if c.rng.random() < 0.6 else c.rng.choice(up) + c.digits(12)
    if v == "de":
        return (
            c.rng.choice(up) + c.digits(3) + "".join(c.rng.choice(up + string.digits) for _ in range(6)) + c.digits(1)
        )
    if v == "fr":
        return c.digits(12)
    if v == "es":
        return str(c.fake.nif())
    if v == "it":
        return (
            c.pick(["U1", "MI", "RM", "TO"])
            + "".join(c.rng.choice(up + string.digits) for _ in range(7))
            + c.rng.choice(up)
        )
    if v == "nl":
        return c.digits(10)
    if v in ("pt", "ptpt"):
        return c.digits(11) if v == "pt" else f"L-{c.digits(7)} {c.digits(1)}"
    if v == "pl":
        return f"{c.digits(5)}/{c.digits(2)}/{c.digits(4)}"
    raise ValueError(v)


def license_plate(c: Ctx) -> str:
    if c.variant == "gb":
        up = "ABCDEFGHJKLMNOPRSTUVWXYZ"
        return f"{c.rng.choice(up)}{c.rng.choice(up)}{c.digits(2)} {''.join(c.rng.choice(up) for _ in range(3))}"
    return str(c.fake.license_plate())


def mrn(c: Ctx) -> str:
    """A hospital's medical record number; one format per country (one hospital system per table)."""
    year = c.rng.randint(2008, 2025)
    formats = {"en": f"MRN{c.digits(7)}", "gb": f"RX{c.digits(6)}", "de": f"PID-{c.digits(8)}",
               "it": f"{year}/{c.digits(6)}", "fr": f"IPP{c.digits(8)}", "es": f"NHC-{c.digits(7)}",
               "nl": f"PA{c.digits(7)}", "pl": f"{year}/{c.digits(5)}/H"}  # fmt: skip
    return formats.get(c.variant, f"P{c.digits(9)}")


# --- money --------------------------------------------------------------------------------------------------


def iban(c: Ctx) -> str:
    raw = str(c.fake.iban())
    if c.rng.random() < 0.5:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def bank_account(c: Ctx) -> str:
    v = c.variant
    if v == "en":
        return c.digits(c.rng.randint(9, 12))
    if v == "gb":
        return f"{c.digits(2)}-{c.digits(2)}-{c.digits(2)} {c.digits(8)}"
    if v == "pl":
        raw = str(c.fake.iban())[2:]
        return f"{raw[:2]} {' '.join(raw[i : i + 4] for i in range(2, len(raw), 4))}"
    if v == "pt":
        return f"{c.digits(5)}-{c.digits(1)}"
    return str(c.fake.bban())


def credit_card(c: Ctx) -> str:
    prefix, length = c.pick([("4", 16), ("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                             ("6011", 16)])  # fmt: skip
    body = prefix + c.digits(length - len(prefix) - 1)
    raw = body + luhn_digit(body)
    if c.rng.random() < 0.4 and len(raw) == 16:
        sep = c.pick([" ", "-"])
        return sep.join(raw[i : i + 4] for i in range(0, 16, 4))
    return raw


def non_luhn_16(c: Ctx) -> str:
    body = c.pick(["4", "5", "9", "1"]) + c.digits(14)
    good = luhn_digit(body)
    return body + str((int(good) + c.rng.randint(1, 9)) % 10)


def money(c: Ctx, lo: float, hi: float, decimals: int = 2, currency: bool = False) -> str:
    amount = round(c.rng.uniform(lo, hi), decimals)
    text = f"{amount:,.{decimals}f}"
    if c.lang not in ("en",):
        text = text.replace(",", "\0").replace(".", ",").replace("\0", "." if c.lang != "pl" else " ")
    if currency:
        sym = {"en": "$", "gb": "£"}.get(c.variant, "R$" if c.variant == "pt" else ("zł" if c.lang == "pl" else "€"))
        return f"{sym}{text}" if sym in ("$", "£", "R$") else f"{text} {sym}"
    return text


def salary(c: Ctx) -> str:
    lo, hi = (1400, 9000) if c.rng.random() < 0.5 and c.lang != "en" else (18000, 140000)
    if c.variant == "pt":
        lo, hi = 1412, 25000
    if c.lang == "pl":
        lo, hi = 4300, 25000
    return money(c, lo, hi, decimals=c.pick([0, 2]))


def income_band(c: Ctx) -> str:
    sym = {"en": "$", "gb": "£", "pt": "R$", "pl": "zł "}.get(c.variant, "€")
    lo = c.rng.randrange(0, 120, 15) * 1000
    return c.pick([f"{sym}{lo:,}-{sym}{lo + 15000:,}", f"{lo // 1000}k-{lo // 1000 + 15}k", f"> {sym}{lo:,}"])


def credit_score(c: Ctx) -> str:
    return str(c.rng.randint(300, 850)) if c.lang == "en" else str(c.rng.randint(100, 999))


def price(c: Ctx) -> str:
    return money(c, 1.5, 499, 2)


# --- dates, ages ----------------------------------------------------------------------------------------------


DATE_FORMATS = {
    "en": ("%m/%d/%Y", "%Y-%m-%d", "%m/%d/%y"), "gb": ("%d/%m/%Y", "%Y-%m-%d", "%d %b %Y"),
    "de": ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"), "fr": ("%d/%m/%Y", "%Y-%m-%d"), "es": ("%d/%m/%Y", "%d-%m-%Y"),
    "it": ("%d/%m/%Y", "%d-%m-%Y"), "nl": ("%d-%m-%Y", "%Y-%m-%d"), "pt": ("%d/%m/%Y", "%Y-%m-%d"),
    "ptpt": ("%d/%m/%Y", "%d-%m-%Y"), "pl": ("%d.%m.%Y", "%Y-%m-%d"),
}  # fmt: skip


TODAY = dt.date(2026, 11, 30)  # a fixed "today": the set must not change with the calendar


def days_ago(c: Ctx, lo_years: float, hi_years: float) -> dt.date:
    """A day between ``hi_years`` and ``lo_years`` before TODAY."""
    return TODAY - dt.timedelta(days=c.rng.randint(int(lo_years * 365.25), int(hi_years * 365.25)))


def fmt_date(c: Ctx, day: dt.date, fixed: bool = True) -> str:
    formats = DATE_FORMATS[c.variant]
    return day.strftime(formats[0] if fixed or c.rng.random() < 0.85 else c.pick(formats))


def birth_date(c: Ctx) -> str:
    return fmt_date(c, days_ago(c, 18, 92), fixed=False)


def birth_year(c: Ctx) -> str:
    return str(days_ago(c, 18, 92).year)


def age(c: Ctx) -> str:
    return str(c.rng.randint(18, 94))


def recent_date(c: Ctx) -> str:
    return fmt_date(c, days_ago(c, 0, 3))


def timestamp(c: Ctx) -> str:
    moment = dt.datetime.combine(days_ago(c, 0, 2), dt.time()) + dt.timedelta(seconds=c.rng.randrange(86400))
    return c.pick([moment.strftime("%Y-%m-%d %H:%M:%S"), moment.strftime("%Y-%m-%dT%H:%M:%SZ")])


def hire_date(c: Ctx) -> str:
    return fmt_date(c, days_ago(c, 0, 30))


# --- categorical -----------------------------------------------------------------------------------------------


def from_vocab(table: vocab.Vocab) -> Maker:
    return lambda c: c.pick(table[c.lang])


def diagnosis(c: Ctx) -> str:
    return vocab.DIAGNOSES[c.rng.randrange(len(vocab.DIAGNOSES))][1][c.lang]


def icd10(c: Ctx) -> str:
    return vocab.DIAGNOSES[c.rng.randrange(len(vocab.DIAGNOSES))][0]


def diagnosis_with_code(c: Ctx) -> str:
    code, names = vocab.DIAGNOSES[c.rng.randrange(len(vocab.DIAGNOSES))]
    return f"{code} {names[c.lang]}"


def medication(c: Ctx) -> str:
    return c.pick(vocab.MEDICATION)


def bmi(c: Ctx) -> str:
    value = f"{c.rng.uniform(16.5, 41.0):.1f}"
    return value if c.lang == "en" else value.replace(".", ",")


# --- hard negatives -------------------------------------------------------------------------------------------


def order_id(c: Ctx) -> str:
    return str(c.rng.randint(100_000_000, 999_999_999))


def customer_number(c: Ctx) -> str:
    return c.pick([f"{c.rng.randint(10000, 99999)}", f"C{c.digits(6)}", f"00{c.digits(8)}"])


def invoice_number(c: Ctx) -> str:
    year = c.rng.randint(2021, 2025)
    return c.pick([f"INV-{year}-{c.digits(6)}", f"FV/{year}/{c.rng.randint(1, 12):02d}/{c.digits(4)}",
                   f"RE{year}{c.digits(5)}", f"F{year}-{c.digits(5)}", f"{year}/{c.digits(6)}"])  # fmt: skip


def sku(c: Ctx) -> str:
    up = string.ascii_uppercase
    return c.pick([f"SKU-{c.digits(5)}-{c.pick(['BLK', 'WHT', 'RED', 'BLU'])}-{c.pick(['S', 'M', 'L', 'XL'])}",
                   f"{c.rng.choice(up)}{c.digits(2)}-{c.rng.choice(up)}{c.digits(4)}", f"ART{c.digits(7)}",
                   f"{c.digits(13)}"])  # fmt: skip


def product_uuid(c: Ctx) -> str:
    return str(uuid.UUID(int=c.rng.getrandbits(128), version=4))


def content_hash(c: Ctx) -> str:
    data = c.digits(20).encode()
    return hashlib.sha256(data).hexdigest() if c.rng.random() < 0.6 else hashlib.md5(data).hexdigest()


def app_version(c: Ctx) -> str:
    return f"{c.rng.randint(1, 12)}.{c.rng.randint(0, 20)}.{c.rng.randint(0, 9)}.{c.rng.randint(0, 250)}"


def company(c: Ctx) -> str:
    return str(c.fake.company())


def quantity(c: Ctx) -> str:
    return str(c.rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 10]))


WAREHOUSES: dict[str, tuple[tuple[str, float, float], ...]] = {
    "en": (("Memphis", 35.1495, -90.049), ("Reno", 39.5296, -119.8138), ("Allentown", 40.6084, -75.4902)),
    "gb": (("Milton Keynes", 52.0406, -0.7594), ("Daventry", 52.2565, -1.1627)),
    "de": (("Bad Hersfeld", 50.8681, 9.7068), ("Leipzig", 51.3397, 12.3731), ("Dortmund", 51.5136, 7.4653)),
    "fr": (("Lauwin-Planque", 50.3929, 3.0424), ("Saran", 47.9509, 1.8755), ("Montélimar", 44.5581, 4.7509)),
    "es": (("San Fernando de Henares", 40.4249, -3.5339), ("El Prat de Llobregat", 41.3275, 2.0952)),
    "it": (("Castel San Giovanni", 45.0592, 9.4325), ("Passo Corese", 42.1653, 12.6461)),
    "nl": (("Venlo", 51.3704, 6.1724), ("Tilburg", 51.5555, 5.0913), ("Waalwijk", 51.6826, 5.0706)),
    "pt": (("Cajamar", -23.3556, -46.8769), ("Extrema", -22.8547, -46.3178)),
    "ptpt": (("Azambuja", 39.0703, -8.8686),),
    "pl": (("Sosnowiec", 50.2863, 19.1041), ("Kołbaskowo", 53.3367, 14.4318), ("Błonie", 52.1985, 20.6173)),
}  # fmt: skip


def warehouse_city(c: Ctx) -> str:
    return WAREHOUSES[c.variant][c.rng.randrange(len(WAREHOUSES[c.variant]))][0]


def warehouse_lat(c: Ctx) -> str:
    return f"{WAREHOUSES[c.variant][c.rng.randrange(len(WAREHOUSES[c.variant]))][1]:.4f}"


def warehouse_lon(c: Ctx) -> str:
    return f"{WAREHOUSES[c.variant][c.rng.randrange(len(WAREHOUSES[c.variant]))][2]:.4f}"


def product(c: Ctx) -> str:
    return c.pick(vocab.PRODUCTS)


def constant_of(*options: str) -> Maker:
    return lambda c: c.pick(list(options))
