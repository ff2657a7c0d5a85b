"""Blind3 free texts: 150 snippets per language (1,200 in all) with gold character spans built by construction."""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

from . import common as C
from .templates import TEMPLATES

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")
PER_LANG = 150

ENTITY_OF = {
    "NAME": "PERSON_NAME",
    "FIRST": "PERSON_NAME",
    "LAST": "PERSON_NAME",
    "name": "PERSON_NAME",
    "NAME2": "PERSON_NAME",
    "FIRST2": "PERSON_NAME",
    "PHONE": "PHONE",
    "EMAIL": "EMAIL",
    "ADDR": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "IBAN": "IBAN",
    "CARD": "CREDIT_CARD",
    "NID": "NATIONAL_ID",
    "IP": "IP_ADDRESS",
    "URL": "URL",
}

TITLES = {
    "en": (["Mr", "Mr.", "Dr"], ["Mrs", "Ms", "Ms.", "Dr"]),
    "de": (["Herr", "Herrn", "Dr."], ["Frau", "Frau Dr."]),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"]),
    "es": (["Sr.", "D.", "el señor"], ["Sra.", "Dña.", "la señora"]),
    "it": (["sig.", "Sig.", "dott."], ["sig.ra", "Sig.ra", "dott.ssa"]),
    "nl": (["dhr.", "meneer", "de heer"], ["mevr.", "mevrouw"]),
    "pt": (["Sr.", "Dr."], ["Sra.", "Dra.", "D."]),
    "pl": (["Pan", "pan"], ["Pani", "pani"]),
}
HOTLINES = {
    "en": ["0800 123 4567", "0345 600 7000", "1-800-555-0199"],
    "de": ["0800 1234567", "0180 6 123456", "089 998877-0"],
    "fr": ["09 69 39 39 00", "0 800 123 456", "3639"],
    "es": ["900 123 456", "902 202 202", "91 123 45 00"],
    "it": ["800 123 456", "02 8000 1000", "199 100 200"],
    "nl": ["0800-1234", "088 123 4500", "0900-0123"],
    "pt": ["800 200 300", "707 500 500", "21 000 1000"],
    "pl": ["801 100 100", "22 444 00 00", "19 115"],
}
CURRENCY = {
    "en": "£{}",
    "de": "{} €",
    "fr": "{} €",
    "es": "{} €",
    "it": "€ {}",
    "nl": "€ {}",
    "pt": "{} €",
    "pl": "{} zł",
}
SUPPORT = ["support@{d}", "service@{d}", "info@{d}", "kontakt@{d}", "helpdesk@{d}", "noreply@{d}"]
DOMAINS = [
    "hotelmarina.com",
    "parcelnow.eu",
    "fitclub.io",
    "tickethub.com",
    "greenpower-energy.com",
    "farmacia-central.net",
]


@dataclass
class Text:
    id: str
    lang: str
    locale: str
    template: int
    text: str
    spans: list[tuple[str, int, int]]


def _company(c: str, lang: str) -> str:
    """A bare surname is not recognisably a company: give it a legal form as real company names have."""
    if " " in c:
        return c
    return (
        c
        + " "
        + {
            "en": "Ltd",
            "de": "GmbH",
            "fr": "SARL",
            "es": "S.L.",
            "it": "S.r.l.",
            "nl": "B.V.",
            "pt": "Lda.",
            "pl": "sp. z o.o.",
        }[lang]
    )


def _locale(lang: str, i: int) -> str:
    if lang == "en":
        return "en_GB" if i % 2 == 0 else "en_US"
    if lang == "pt":
        return "pt_PT" if i % 3 else "pt_BR"
    return C.FAKER_LOCALE[lang]


def _clean(s: str) -> str:
    s = re.sub(r"\s+,", ",", s.replace("\n", ", "))
    return re.sub(r"\s{2,}", " ", s).strip().strip(",").strip()


def _nid(r: random.Random, locale: str, dob, female: bool) -> str:
    lang = C.lang_of(locale)
    if locale == "en_US":
        return C.ssn(r)
    if locale == "en_GB":
        return C.nino(r, spaced=r.random() < 0.5) if r.random() < 0.5 else C.nhs(r)
    if locale == "pt_BR":
        return C.cpf(r)
    return {
        "de": lambda: C.steuer_id(r, spaced=r.random() < 0.3),
        "fr": lambda: C.nir(r, dob, spaced=r.random() < 0.5),
        "es": lambda: C.dni(r) if r.random() < 0.8 else C.nie(r),
        "it": lambda: C.codice_fiscale(r, dob, female),
        "nl": lambda: C.bsn(r),
        "pt": lambda: C.nif_pt(r),
        "pl": lambda: C.pesel(r, dob, female),
    }[lang]()


def _dob(r: random.Random, locale: str, dob) -> str:
    lang = C.lang_of(locale)
    x = r.random()
    if x < 0.35:
        return C.fmt_date_numeric(dob, locale if locale == "en_US" else lang, 0)
    if x < 0.55:
        return C.fmt_date_numeric(dob, locale if locale == "en_US" else lang, r.randint(1, 2))
    return C.fmt_date_words(dob, lang, r)


def _url(r: random.Random, first: str, last: str) -> str:
    slug = C.strip_accents_lower(f"{first}-{last}").replace(" ", "-").replace("'", "")
    handle = (
        C.strip_accents_lower(first).replace(" ", "")
        + r.choice(["_", ".", ""])
        + r.choice(["travels", "x", str(r.randint(1, 99)), "photo"])
    )
    return r.choice(
        [
            f"https://www.linkedin.com/in/{slug}",
            f"linkedin.com/in/{slug}-{C.hexstr(r, 5)}",
            f"instagram.com/{handle}",
            f"https://www.instagram.com/{handle}/",
            f"https://github.com/{slug.replace('-', '')}",
            f"https://www.facebook.com/{slug.replace('-', '.')}",
            f"https://www.xing.com/profile/{slug.replace('-', '_').title()}",
        ]
    )


def _email(r: random.Random, lang: str, first: str, last: str) -> str:
    from .tables import email_of

    class _R:  # minimal row/ctx stand-ins for email_of
        pass

    row, ctx = _R(), _R()
    row.first, row.last = first, last
    ctx.lang = lang
    return email_of(r, row, ctx)


def render(r: random.Random, template: str, locale: str) -> tuple[str, list[tuple[str, int, int]]]:
    lang = C.lang_of(locale)
    p = C.pools(locale)
    female = r.random() < 0.5
    first = r.choice(p.first_f if female else p.first_m)
    last = r.choice(p.last)
    if lang in ("es", "pt") and r.random() < 0.5:
        last = f"{last} {r.choice(p.last)}"
    first2, last2 = r.choice(p.first_m), r.choice(p.last)  # NAME2 is a son / a male signer in the templates
    dob = C.birth_date(r, 1938, 2020)
    ctx_vals = {}

    def value(key: str) -> str:
        if key in ctx_vals:
            return ctx_vals[key]
        v = {
            "NAME": lambda: f"{first} {last}",
            "FIRST": lambda: first,
            "LAST": lambda: last,
            "name": lambda: (f"{first} {last}" if r.random() < 0.5 else first).lower(),
            "NAME2": lambda: f"{first2} {last2}",
            "FIRST2": lambda: first2,
            "PHONE": lambda: r.choice(p.phone),
            "EMAIL": lambda: _email(r, lang, first, last),
            "ADDR": lambda: _clean(r.choice(p.address) if r.random() < 0.75 else r.choice(p.street)),
            "DOB": lambda: _dob(r, locale, dob),
            "IBAN": lambda: C.iban_fmt(r, p, 0.6),
            "CARD": lambda: C.card(r),
            "NID": lambda: _nid(r, locale, dob, female),
            "IP": lambda: C.public_ipv4(r) if r.random() < 0.85 else C.ipv6(r),
            "URL": lambda: _url(r, first, last),
            "TITLE": lambda: r.choice(TITLES[lang][1 if female else 0]),
            "ROOM": lambda: str(r.randint(101, 820)),
            "FLIGHT": lambda: r.choice(["LH", "BA", "AF", "IB", "KL", "LO", "TP", "AZ"]) + str(r.randint(100, 4999)),
            "TIME": lambda: f"{r.randint(6, 22)}:{r.choice(['00', '15', '30', '45'])}",
            "ORDER": lambda: r.choice(
                [
                    str(r.randint(100000000, 999999999)),
                    f"{r.choice(string.ascii_uppercase)}{r.randint(10000, 99999)}-{r.randint(10, 99)}",
                ]
            ),
            "DATE": lambda: r.choice(
                [
                    C.fmt_date_numeric(C.some_date(r), locale if locale == "en_US" else lang, 0),
                    C.fmt_date_words(C.some_date(r), lang, r),
                ]
            ),
            "PRICE": lambda: CURRENCY[lang].format(
                r.choice(
                    [str(r.randint(5, 900)), f"{r.randint(20, 90)}.000" if lang != "en" else f"{r.randint(20, 90)},000"]
                )
            ),
            "CITY": lambda: r.choice(p.city),
            "COMPANY": lambda: _company(r.choice(p.company), lang),
            "HOTLINE": lambda: r.choice(HOTLINES[lang]),
            "SUPPORT": lambda: r.choice(SUPPORT).format(d=r.choice(DOMAINS)),
            "SITE": lambda: "www." + r.choice(DOMAINS),
            "MASKED": lambda: r.choice(["**** 4821", "****1234", "XXXX XXXX XXXX 0042", "•••• 7730"]),
            "VERSION": lambda: f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(0, 300)}",
        }[key]().strip()
        ctx_vals[key] = v
        return v

    out, spans, pos = [], [], 0
    for m in re.finditer(r"\{(\w+)\}", template):
        lit = template[pos : m.start()]
        out.append(lit)
        start = sum(len(x) for x in out)
        key = m.group(1)
        # a name at sentence start stays capitalised; other values are inserted as is
        v = value(key)
        out.append(v)
        if key in ENTITY_OF:
            spans.append((ENTITY_OF[key], start, start + len(v)))
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    merged: list[tuple[str, int, int]] = []
    for sp in spans:  # "{FIRST} {LAST}" is one name
        if merged and sp[0] == "PERSON_NAME" == merged[-1][0] and text[merged[-1][2] : sp[1]] == " ":
            merged[-1] = ("PERSON_NAME", merged[-1][1], sp[2])
        else:
            merged.append(sp)
    return text, merged


def _is_pii_template(t: str) -> bool:
    return any(k in ENTITY_OF for k in re.findall(r"\{(\w+)\}", t))


def build_texts() -> list[Text]:
    res: list[Text] = []
    for li, lang in enumerate(LANGS):
        r = random.Random(C.SEED + 7919 * (li + 1))
        temps = TEMPLATES[lang]
        pii_idx = [i for i, t in enumerate(temps) if _is_pii_template(t)]
        none_idx = [i for i, t in enumerate(temps) if not _is_pii_template(t)]
        order = list(range(len(temps)))
        while len(order) < PER_LANG:
            order.append(r.choice(none_idx) if r.random() < 0.12 else r.choice(pii_idx))
        r.shuffle(order)
        for k, ti in enumerate(order):
            locale = _locale(lang, k)
            text, spans = render(r, temps[ti], locale)
            for _ent, s, e in spans:
                seg = text[s:e]
                assert seg and seg == seg.strip(), (text, s, e)
            res.append(Text(f"{lang}-{k:03d}", lang, locale, ti, text, spans))
    return res
