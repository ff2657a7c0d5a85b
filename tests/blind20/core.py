"""Template filling with exact offsets for the blind20 free-text set."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

PERSON_ATTRS = {"first", "last", "full", "LAST", "Flast", "rev", "REV", "init", "lower", "lfirst", "mid"}
ENTITY_OF_ATTR = {
    **{a: "PERSON_NAME" for a in PERSON_ATTRS},
    "email": "EMAIL",
    "wmail": "EMAIL",
    "phone": "PHONE",
    "mobile": "PHONE",
    "addr": "STREET_ADDRESS",
    "addr2l": "STREET_ADDRESS",
    "dob": "DATE_OF_BIRTH",
    "dobiso": "DATE_OF_BIRTH",
    "dobl": "DATE_OF_BIRTH",
    "id": "NATIONAL_ID",
    "iban": "IBAN",
    "ibanc": "IBAN",
    "card": "CREDIT_CARD",
    "ip": "IP_ADDRESS",
    "ip6": "IP_ADDRESS",
    "url": "URL",
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: str


@dataclass(frozen=True)
class Text:
    lang: str
    genre: str
    text: str
    spans: tuple[Span, ...]


_CHOICE = re.compile(r"\[\[(.*?)\]\]", re.S)
_SLOT = re.compile(r"\{([A-Za-z0-9_.]+)\}")


def expand_choices(template: str, rng) -> str:
    return _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def entity_of(key: str) -> str | None:
    if key in ("ip", "ip6"):
        return "IP_ADDRESS"
    if key.endswith(".addr") and key.startswith("co"):
        return "STREET_ADDRESS"
    if "." not in key:
        return None
    head, attr = key.split(".", 1)
    if head.startswith("p") and head[1:].isdigit():
        return ENTITY_OF_ATTR.get(attr)
    return None


def fill(lang: str, genre: str, template: str, ctx) -> Text:
    template = expand_choices(template, ctx.rng)
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    last = 0
    for m in _SLOT.finditer(template):
        lit = template[last : m.start()]
        out.append(lit)
        pos += len(lit)
        key = m.group(1)
        value = ctx.get(key)
        ent = entity_of(key)
        if ent is not None:
            assert value == value.strip() and value, (key, value)
            spans.append(Span(pos, pos + len(value), ent))
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(template[last:])
    text = "".join(out)
    # strip leading/trailing blank lines of the template, shifting offsets
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    spans = [Span(s.start - lead, s.end - lead, s.entity) for s in spans]
    spans.sort(key=lambda s: s.start)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start, (text, a, b)
        gap = text[a.end : b.start]
        assert not (a.entity == b.entity == "PERSON_NAME" and gap == " "), (text[a.start : b.end], "split name")
    for s in spans:
        v = text[s.start : s.end]
        assert v and v == v.strip(), (v, s)
    return Text(lang, genre, text, tuple(spans))
