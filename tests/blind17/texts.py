"""blind17: a fresh, labelled set of free texts (8 languages, ~100 each) for privet.find_pii.

Texts are built from hand-written templates filled with Faker / python-stdnum values; the offsets of every
labelled value are recorded while the string is assembled, so labels are exact. Placeholders:
  {name} {first} {last} {email} {url} {dob} {nid}            person-bound (suffix 2 -> second person)
  {phone} {iban} {card} {ip} {ip6} {addr} {street} {ssn} ...  labelled values
  {company} {city} {date} {order} {masked} {hotline} ...     hard negatives (not labelled)
Modifiers: .l lower-case, .u upper-case.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from . import gen
from .t_de import TEMPLATES as DE
from .t_en import TEMPLATES as EN
from .t_es import TEMPLATES as ES
from .t_fr import TEMPLATES as FR
from .t_it import TEMPLATES as IT
from .t_nl import TEMPLATES as NL
from .t_pl import TEMPLATES as PL
from .t_pt import TEMPLATES as PT


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
    genre: str = ""


PER_LANG = 100
TEMPLATES = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "pl": PL}
LANG_SEED = {"en": 1, "de": 2, "fr": 3, "es": 4, "it": 5, "nl": 6, "pt": 7, "pl": 8}

_PH = re.compile(r"\{([a-z_]+?)(\d?)(?:\.([lu]))?\}")

PERSON_KEYS = {
    "name": "PERSON_NAME",
    "first": "PERSON_NAME",
    "last": "PERSON_NAME",
    "email": "EMAIL",
    "url": "URL",
    "dob": "DATE_OF_BIRTH",
    "nid": "NATIONAL_ID",
    "cf": "NATIONAL_ID",
    "pesel": "NATIONAL_ID",
    "nir": "NATIONAL_ID",
}
PLAIN_KEYS = {
    "phone": "PHONE",
    "iban": "IBAN",
    "card": "CREDIT_CARD",
    "ip": "IP_ADDRESS",
    "ip6": "IP_ADDRESS",
    "addr": "STREET_ADDRESS",
    "street": "STREET_ADDRESS",
    "ssn": "NATIONAL_ID",
    "nino": "NATIONAL_ID",
    "nhs": "NATIONAL_ID",
    "idnr": "NATIONAL_ID",
    "dni": "NATIONAL_ID",
    "nie": "NATIONAL_ID",
    "bsn": "NATIONAL_ID",
    "cpf": "NATIONAL_ID",
    "nif": "NATIONAL_ID",
}

SUPPORT_LOCAL = {
    "en": ["support", "help", "customercare", "billing", "info"],
    "de": ["kundenservice", "service", "info", "support", "buchhaltung"],
    "fr": ["service.client", "contact", "support", "sav", "info"],
    "es": ["atencionalcliente", "soporte", "info", "clientes", "contacto"],
    "it": ["assistenza", "info", "servizioclienti", "supporto", "amministrazione"],
    "nl": ["klantenservice", "info", "support", "service", "administratie"],
    "pt": ["apoio.cliente", "suporte", "info", "atendimento", "geral"],
    "pl": ["bok", "pomoc", "kontakt", "info", "reklamacje"],
}
PRODUCTS = [
    "Galaxy S23",
    "ThinkPad X1 Carbon",
    "Dyson V11",
    "iPhone 14",
    "Kindle Paperwhite",
    "Bosch Serie 6",
    "Philips Hue Starter Kit",
    "Fairphone 5",
    "Sonos Era 100",
    "Nintendo Switch OLED",
    "Miele Complete C3",
]
WEB_PATHS = [
    "faq",
    "help/returns",
    "track",
    "contact",
    "privacy",
    "status",
    "blog/2024/new-tariffs",
    "download/app",
    "terms",
    "store-locator",
]


def _date(rng: random.Random) -> dt.date:
    return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 600))


class Ctx:
    def __init__(self, lang: str, template: str, seed: int) -> None:
        self.lang = lang
        self.rng = random.Random(seed)
        spec = gen.LANGS[lang]
        locale = self.rng.choice(spec.locales)
        if lang == "en":
            if any(k in template for k in ("{nino", "{nhs")):
                locale = "en_GB"
            elif "{ssn" in template:
                locale = "en_US"
        if lang == "pt":
            if "{cpf" in template:
                locale = "pt_BR"
            elif "{nif" in template or "{iban" in template:
                locale = "pt_PT"
        self.locale = locale
        self.spec = spec
        self.f = gen.faker(locale, seed)
        self.cache: dict[tuple[str, str], str] = {}
        self.people: dict[str, tuple[str, str, bool, dt.date]] = {}

    def person(self, idx: str) -> tuple[str, str, bool, dt.date]:
        if idx not in self.people:
            female = self.rng.random() < 0.5
            first = self.f.first_name_female() if female else self.f.first_name_male()
            last = self.f.last_name()
            birth = self.f.date_of_birth(minimum_age=18, maximum_age=88)
            self.people[idx] = (first, last, female, birth)
        return self.people[idx]

    def value(self, key: str, idx: str) -> tuple[str, str | None]:
        ck = (key, idx)
        if ck in self.cache:
            return self.cache[ck], PERSON_KEYS.get(key) or PLAIN_KEYS.get(key)
        v = self._make(key, idx)
        self.cache[ck] = v
        return v, PERSON_KEYS.get(key) or PLAIN_KEYS.get(key)

    def _event_date(self, idx: str) -> dt.date:
        if idx == "1":
            self.first_date = _date(self.rng)
            return self.first_date
        base = getattr(self, "first_date", None) or _date(self.rng)
        return base + dt.timedelta(days=self.rng.randint(2, 40) * int(idx))

    def _nid(self, idx: str) -> str:
        first, last, female, birth = self.person(idx)
        r, lang = self.rng, self.lang
        if lang == "en":
            return gen.us_ssn(r) if self.locale == "en_US" else gen.uk_nino(r)
        if lang == "de":
            return gen.de_idnr(r)
        if lang == "fr":
            return gen.fr_nir(r, birth)
        if lang == "es":
            return gen.es_dni(r) if r.random() < 0.75 else gen.es_nie(r)
        if lang == "it":
            return gen.it_cf(r, first, last, birth, female)
        if lang == "nl":
            return gen.nl_bsn(r)
        if lang == "pt":
            return gen.br_cpf(r) if self.locale == "pt_BR" else gen.pt_nif(r)
        return gen.pl_pesel(r, birth)

    def _make(self, key: str, idx: str) -> str:
        r, f, lang = self.rng, self.f, self.lang
        if key in PERSON_KEYS:
            first, last, female, birth = self.person(idx)
            if key == "name":
                return f"{first} {last}"
            if key == "first":
                return first
            if key == "last":
                return last
            if key == "email":
                return gen.email(first, last, self.spec.mail_domains, r)
            if key == "url":
                return gen.profile_url(first, last, r, lang)
            if key == "dob":
                return gen.fmt_date(lang, birth, r)
            if key == "cf":
                return gen.it_cf(r, first, last, birth, female)
            if key == "pesel":
                return gen.pl_pesel(r, birth)
            if key == "nir":
                return gen.fr_nir(r, birth)
            return self._nid(idx)
        simple = {
            "phone": lambda: gen.phone(lang, self.locale, r),
            "iban": lambda: gen.iban(r, r.choice(self.spec.iban_cc)),
            "card": lambda: gen.card(r),
            "ip": lambda: gen.ipv4(r) if r.random() < 0.85 else gen.ipv6(r),
            "ip6": lambda: gen.ipv6(r),
            "addr": lambda: gen.address(lang, self.locale, f, r, True),
            "street": lambda: gen.address(lang, self.locale, f, r, False),
            "ssn": lambda: gen.us_ssn(r),
            "nino": lambda: gen.uk_nino(r),
            "nhs": lambda: gen.uk_nhs(r),
            "idnr": lambda: gen.de_idnr(r),
            "dni": lambda: gen.es_dni(r),
            "nie": lambda: gen.es_nie(r),
            "bsn": lambda: gen.nl_bsn(r),
            "cpf": lambda: gen.br_cpf(r),
            "nif": lambda: gen.pt_nif(r),
            # hard negatives
            "company": lambda: r.choice(self.spec.companies),
            "city": lambda: r.choice(self.spec.cities),
            "date": lambda: gen.fmt_date(lang, self._event_date(idx), r),
            "time": lambda: f"{r.randint(8, 18)}:{r.choice(['00', '15', '30', '45'])}",
            "order": lambda: r.choice(["#", "", "A-", "ORD-", "BE"]) + gen.digits(r, r.randint(7, 10)),
            "invoice": lambda: r.choice(["RE", "INV", "FA", "2024/"]) + "-" + gen.digits(r, 6),
            "tracking": lambda: r.choice(
                [
                    lambda: "1Z" + "".join(r.choice("0123456789ABCDEFX") for _ in range(6)) + gen.digits(r, 10),
                    lambda: "JJD" + gen.digits(r, 18),
                    lambda: "00340434" + gen.digits(r, 12),
                    lambda: "RR" + gen.digits(r, 9) + "PL",
                ]
            )(),
            "ticket": lambda: gen.digits(r, 6),
            "cust": lambda: gen.digits(r, r.randint(6, 9)),
            "masked": lambda: (
                r.choice(["**** ", "XXXX XXXX XXXX ", "•••• ", "************", "xxxx-xxxx-xxxx-"]) + gen.digits(r, 4)
            ),
            "last4": lambda: gen.digits(r, 4),
            "hotline": lambda: r.choice(gen.HOTLINES[lang]),
            "supmail": lambda: f"{r.choice(SUPPORT_LOCAL[lang])}@{r.choice(self.spec.shop_domains)}",
            "weburl": lambda: f"https://www.{r.choice(self.spec.shop_domains)}/{r.choice(WEB_PATHS)}",
            "version": lambda: f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 400)}",
            "product": lambda: r.choice(PRODUCTS),
            "amount": lambda: f"{r.randint(12, 1900)},{r.choice(['00', '50', '99', '90', '45'])}",
            "num": lambda: str(r.randint(2, 12)),
            "year": lambda: str(r.randint(2008, 2023)),
        }
        if key not in simple:
            raise KeyError(key)
        return simple[key]()


def render(lang: str, template: str, seed: int, genre: str) -> Text:
    ctx = Ctx(lang, template, seed)
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    last_person: tuple[str, int] | None = None
    for m in _PH.finditer(template):
        lit = template[pos : m.start()]
        out.append(lit)
        length += len(lit)
        key, idx, mod = m.group(1), m.group(2) or "1", m.group(3)
        value, entity = ctx.value(key, idx)
        if mod == "l":
            value = value.lower()
        elif mod == "u":
            value = value.upper()
        if entity is not None:
            prev = spans[-1] if spans else None
            # "{first} {last}" / "{last}, {first}" of one person is one name span
            if (
                prev is not None
                and entity == "PERSON_NAME"
                and key in ("first", "last")
                and last_person == (idx, prev.end)
                and prev.end + len(lit) == length  # the name parts are adjacent placeholders
                and lit in (" ", ", ")
            ):
                spans[-1] = Span(prev.start, length + len(value), entity)
            else:
                spans.append(Span(length, length + len(value), entity))
            last_person = (idx, length + len(value)) if key in ("first", "last") else None
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(template[pos:])
    text = "".join(out)
    for s in spans:
        v = text[s.start : s.end]
        assert v == v.strip() and v, (template, v)
    for a, b in pairwise(spans):
        assert a.end <= b.start, template
    return Text(lang, text, tuple(spans), genre)


@cache
def _all() -> tuple[Text, ...]:
    items: list[Text] = []
    for lang, templates in TEMPLATES.items():
        n = 0
        k = 0
        while n < PER_LANG:
            for j, (genre, tpl) in enumerate(templates):
                if n >= PER_LANG:
                    break
                seed = LANG_SEED[lang] * 100000 + j * 100 + k
                items.append(render(lang, tpl, seed, genre))
                n += 1
            k += 1
    return tuple(items)


def all_texts() -> list[Text]:
    return list(_all())
