"""Labelled free texts in eight languages, with character-exact spans, deterministic from a seed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tests.blind import values as V
from tests.blind import vocab
from tests.blind.taxonomy import LANGUAGES
from tests.blind.templates import NID_NAME, SUPPORT_LOCAL, TEMPLATES

PER_LANGUAGE = 188  # 8 x 188 = 1,504 texts
_PLACEHOLDER = re.compile(r"\{([A-Za-z]+\d?)\}")
_VARIANTS: dict[str, tuple[str, ...]] = {"en": ("en", "gb"), "pt": ("pt", "ptpt")}
_TLD = {"en": "com", "gb": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "com.br",
        "ptpt": "pt", "pl": "pl"}  # fmt: skip


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str
    value: str  # the filled-in value, which ``text[start:end]`` must equal


@dataclass(frozen=True)
class BlindText:
    lang: str
    variant: str
    genre: str
    text: str
    spans: tuple[Span, ...]


@dataclass
class _Person:
    first: str
    last: str


def _masked(c: V.Ctx) -> str:
    last4 = c.digits(4)
    return c.pick([f"**** {last4}", f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}",
                   f"{c.digits(4)} **** **** {last4}"])  # fmt: skip


def _domain(company: str) -> str:
    return V.ascii_fold(company.split()[0].strip(",")).strip(".-") or "shop"


def _support(c: V.Ctx, company: str) -> str:
    return f"{c.pick(SUPPORT_LOCAL[c.lang])}@{_domain(company)}.{_TLD[c.variant]}"


def _dob(c: V.Ctx) -> str:
    return V.fmt_date(c, V.days_ago(c, 18, 95), fixed=False)


def _fill(c: V.Ctx, key: str, people: list[_Person], company: str, genre: str) -> tuple[str, str | None]:
    """The value of one placeholder and its span entity (None: not labelled)."""
    person = people[1] if key.endswith("2") else people[0]
    base = key.rstrip("2")
    if base == "NAME":
        return f"{person.first} {person.last}", "PERSON_NAME"
    if base == "FIRST":
        first = person.first.lower() if genre == "chat" and c.rng.random() < 0.2 else person.first
        return first, "PERSON_NAME"
    if base == "LAST":
        return person.last, "PERSON_NAME"
    labelled: dict[str, tuple[Callable[[V.Ctx], str], str]] = {
        "EMAIL": (lambda x: V.email_for(x, person.first, person.last), "EMAIL"),
        "PHONE": (V.phone, "PHONE"),
        "CARD": (V.credit_card, "CREDIT_CARD"),
        "IBAN": (V.iban, "IBAN"),
        "IP": (V.ip_address, "IP_ADDRESS"),
        "NID": (V.national_id, "NATIONAL_ID"),
        "ADDR": (V.full_address, "STREET_ADDRESS"),
        "DOB": (_dob, "DATE_OF_BIRTH"),
        "URL": (V.profile_url, "URL"),
    }
    if base in labelled:
        make, entity = labelled[base]
        return make(c).strip(), entity
    fillers: dict[str, Callable[[V.Ctx], str]] = {
        "title": lambda x: x.pick(vocab.TITLES[x.lang]),
        "company": lambda x: company,
        "support": lambda x: _support(x, company),
        "hotline": lambda x: x.pick(V.HOTLINES[x.lang]),
        "masked": _masked,
        "date": V.recent_date,
        "order": V.order_id,
        "invoice": V.invoice_number,
        "version": V.app_version,
        "product": V.product,
        "amount": lambda x: V.money(x, 5, 900, 2, currency=True),
        "ticket": lambda x: x.pick([f"INC{x.digits(7)}", x.digits(6), f"T-{x.digits(5)}"]),
        "mrn": V.mrn,
        "diag": V.diagnosis,
        "med": V.medication,
        "occupation": lambda x: x.pick(vocab.OCCUPATION[x.lang]),
        "nidname": lambda x: NID_NAME[x.variant],
        "warehouse": V.warehouse_city,
        "site": lambda x: f"https://www.{_domain(company)}.{_TLD[x.variant]}/{x.pick(['help', 'tracking', 'account'])}",
    }
    return fillers[base](c), None


def _running_last_name(c: V.Ctx) -> str:
    """A surname as written in running text: Faker's sorted-list form "Berg, van den" becomes "van den Berg"."""
    last = str(c.fake.last_name())
    if ", " in last:
        stem, particle = last.split(", ", 1)
        last = f"{particle} {stem}"
    return last


def render(c: V.Ctx, genre: str, template: str) -> BlindText:
    """Fill ``template`` and record the span of every labelled placeholder."""
    people = [_Person(c.fake.first_name(), _running_last_name(c)) for _ in range(2)]
    company = str(c.fake.company())
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for match in _PLACEHOLDER.finditer(template):
        literal = template[pos : match.start()]
        parts.append(literal)
        length += len(literal)
        value, entity = _fill(c, match.group(1), people, company, genre)
        if entity is not None:
            spans.append(Span(length, length + len(value), entity, value))
        parts.append(value)
        length += len(value)
        pos = match.end()
    parts.append(template[pos:])
    return BlindText(c.lang, c.variant, genre, "".join(parts), tuple(spans))


def generate_texts(seed: int = 2026, per_language: int = PER_LANGUAGE) -> list[BlindText]:
    """``per_language`` labelled texts in each of the eight languages, the same for the same seed."""
    out: list[BlindText] = []
    for li, lang in enumerate(LANGUAGES):
        ctxs = [V.Ctx.make(v, seed * 100 + li * 10 + vi) for vi, v in enumerate(_VARIANTS.get(lang, (lang,)))]
        templates = TEMPLATES[lang]
        for i in range(per_language):
            c = ctxs[i % len(ctxs)]
            genre, template = templates[c.rng.randrange(len(templates))]
            out.append(render(c, genre, template))
    return out


def free_text_cell(c: V.Ctx, with_pii: bool) -> str:
    """One comment cell for a table column: a note with personal data, or a review / notice without."""
    genres = (
        ("review", "notice", "logistics", "appointment")
        if not with_pii
        else ("ticket", "chat", "clinical", "hr", "email", "header")
    )
    lang = c.lang
    pool = [t for t in TEMPLATES[lang] if t[0] in genres]
    genre, template = pool[c.rng.randrange(len(pool))]
    return render(c, genre, template).text.replace("\n", " ")
