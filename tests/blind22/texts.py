"""blind22: a fresh labelled set of free texts (en, de, fr, es, it, nl, pt, pl), ~190 per language.

Texts are built from hand-written templates filled with seeded Faker / python-stdnum values; offsets are
computed while the string is assembled, so labels are exact. ``all_texts()`` is deterministic.

Placeholders: ``{key}`` or ``{key.N}`` (N = person / value index inside one text; the same key and index
give the same value within a text). See ``Ctx.value`` for the keys; only the keys in ``ENTITY_OF`` are labelled.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache

from . import values as v
from .tmpl_de import TEMPLATES as DE
from .tmpl_en import TEMPLATES as EN
from .tmpl_es import TEMPLATES as ES
from .tmpl_fr import TEMPLATES as FR
from .tmpl_it import TEMPLATES as IT
from .tmpl_nl import TEMPLATES as NL
from .tmpl_pl import TEMPLATES as PL
from .tmpl_pt import TEMPLATES as PT

TEMPLATES = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "pl": PL}
PER_LANG = 190


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str


@dataclass(frozen=True)
class Text:
    lang: str
    text: str
    spans: tuple[Span, ...]


NAME_KEYS = {"name", "first", "last", "LAST", "fLAST", "rev", "REV", "init", "lname", "lfirst", "NAME"}
ENTITY_OF = {
    **{k: "PERSON_NAME" for k in NAME_KEYS},
    "email": "EMAIL",
    "wemail": "EMAIL",
    "phone": "PHONE",
    "phonei": "PHONE",
    "phonen": "PHONE",
    "card": "CREDIT_CARD",
    "iban": "IBAN",
    "ip": "IP_ADDRESS",
    "nid": "NATIONAL_ID",
    "addr": "STREET_ADDRESS",
    "addrnl": "STREET_ADDRESS",
    "street": "STREET_ADDRESS",
    "dob": "DATE_OF_BIRTH",
    "url": "URL",
}
UNLABELLED = {
    "company",
    "product",
    "supmail",
    "hotline",
    "masked",
    "order",
    "invoice",
    "tracking",
    "ticket",
    "custno",
    "serial",
    "date",
    "time",
    "city",
    "version",
    "weburl",
    "amount",
    "ref16",
}
PLACEHOLDER = re.compile(r"\{([A-Za-z0-9]+)(?:\.(\d))?\}")


class Ctx:
    def __init__(self, lang: str, seed: int) -> None:
        self.lang = lang
        self.rng = random.Random(seed)
        self.loc = self.rng.choice(v.LOCALES[lang])
        self.f = v.faker(self.loc, seed)
        self.cache: dict[tuple[str, int], str] = {}
        self.people: dict[int, tuple[str, str]] = {}

    def person(self, i: int) -> tuple[str, str]:
        if i not in self.people:
            while True:
                p = v.person(self.rng, self.f, self.lang)
                if all(p[1] != q[1] for q in self.people.values()):
                    break
            self.people[i] = p
        return self.people[i]

    def value(self, key: str, i: int) -> str:
        if (key, i) not in self.cache:
            self.cache[(key, i)] = self._make(key, i)
        return self.cache[(key, i)]

    def _make(self, key: str, i: int) -> str:
        rng, loc, lang = self.rng, self.loc, self.lang
        if key in NAME_KEYS:
            first, last = self.person(i)
            return {
                "name": f"{first} {last}",
                "first": first,
                "last": last,
                "LAST": last.upper(),
                "fLAST": f"{first} {last.upper()}",
                "rev": f"{last}, {first}",
                "REV": f"{last.upper()}, {first}",
                "init": f"{first[0]}. {last}",
                "lname": f"{first} {last}".lower(),
                "lfirst": first.lower(),
                "NAME": f"{first} {last}".upper(),
            }[key]
        if key == "email":
            return v.personal_email(rng, *self.person(i), lang)
        if key == "wemail":
            return v.work_email(rng, *self.person(i))
        if key == "phone":
            return v.phone(rng, loc)
        if key == "phonei":
            return v.phone(rng, loc, intl=True)
        if key == "phonen":
            return v.phone(rng, loc, intl=False)
        if key == "card":
            return v.card(rng)
        if key == "iban":
            return v.iban(rng, loc)
        if key == "ip":
            return v.ip(rng)
        if key == "nid":
            return v.national_id(rng, loc, *self.person(i))
        if key == "addr":
            return v.address(rng, self.f, loc)
        if key == "addrnl":
            return v.address(rng, self.f, loc, newline=True)
        if key == "street":
            return v.street(rng, self.f, loc)
        if key == "dob":
            return v.date_text(rng, loc, lang, rng.randint(1941, 2005))
        if key == "url":
            return v.profile_url(rng, *self.person(i), lang)
        if key == "date":
            return v.date_text(rng, loc, lang, rng.randint(2022, 2025))
        if key == "time":
            return f"{rng.randint(7, 19)}:{rng.choice(['00', '15', '30', '45'])}"
        if key == "city":
            return v.town(rng, loc)[0].split(",")[0].split(" - ")[0]
        if key == "company":
            return rng.choice(v.COMPANIES[lang])
        if key == "product":
            return rng.choice(v.PRODUCTS[lang])
        if key == "supmail":
            return rng.choice(v.SUPPORT_MAILBOXES[lang])
        if key == "hotline":
            return rng.choice(v.HOTLINES[loc])
        if key == "masked":
            return v.masked_card(rng)
        if key == "order":
            return v.order_no(rng)
        if key == "invoice":
            return v.invoice_no(rng)
        if key == "tracking":
            return v.tracking_no(rng)
        if key == "ticket":
            return v.ticket_no(rng)
        if key == "custno":
            return v.customer_no(rng)
        if key == "serial":
            return v.serial_no(rng)
        if key == "version":
            return v.version(rng)
        if key == "weburl":
            return rng.choice(v.WEB_URLS[lang])
        if key == "amount":
            return v.amount(rng, loc)
        if key == "ref16":
            return v.luhn_fail_16(rng)
        raise KeyError(key)


def fill(lang: str, template: str, seed: int) -> Text:
    ctx = Ctx(lang, seed)
    parts: list[str] = []
    spans: list[Span] = []
    pos = last = 0
    for m in PLACEHOLDER.finditer(template):
        lit = template[last : m.start()]
        parts.append(lit)
        pos += len(lit)
        key, idx = m.group(1), int(m.group(2) or 1)
        val = ctx.value(key, idx)
        if key in ENTITY_OF:
            spans.append(Span(pos, pos + len(val), ENTITY_OF[key]))
        elif key not in UNLABELLED:
            raise KeyError(key)
        parts.append(val)
        pos += len(val)
        last = m.end()
    parts.append(template[last:])
    text = "".join(parts)
    for s in spans:
        val = text[s.start : s.end]
        assert val == val.strip() and val, (template, val)
    return Text(lang, text, tuple(spans))


@cache
def _build() -> tuple[Text, ...]:
    out: list[Text] = []
    for li, lang in enumerate(TEMPLATES):
        templates = TEMPLATES[lang]
        for n in range(PER_LANG):
            template = templates[n % len(templates)]
            out.append(fill(lang, template, 22_000_000 + li * 100_000 + n))
    return tuple(out)


def all_texts() -> list[Text]:
    return list(_build())
