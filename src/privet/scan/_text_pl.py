"""Polish in running text: identifiers (PESEL, NIP, identity card, passport), bare account numbers (NRB), birth
dates ("ur. 12.03.1985", "urodzona 3 maja 1990") and street addresses ("ul. Długa 5/7, 00-950 Warszawa").

Each detector first makes a cheap test (the text's digit runs, a substring) so that texts without such data
cost next to nothing; :func:`with_polish` chains them after the span finder's own detectors.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

from privet.entities import Entity
from privet.scan import _checksums_pl as pl
from privet.scan._spans import Span, trim_span
from privet.scan._text_patterns import Context, contains_any

__all__ = ["with_polish"]

Detector = Callable[[Context], Iterator[Span]]


def _span(ctx: Context, start: int, end: int, entity: Entity, score: float) -> Span:
    start, end = trim_span(ctx.text, start, end)
    return Span(start, end, entity, score)


def _cue_before(ctx: Context, start: int, cue: re.Pattern[str], window: int = 40) -> bool:
    head = ctx.lower[max(0, start - window) : start]
    return cue.search(head[head.rfind("\n") + 1 :]) is not None


# --- identifiers -------------------------------------------------------------------------------------------------

_PESEL = re.compile(r"(?<![\w-])\d{11}(?![\w-])")
_NIP = re.compile(r"(?<![\w-])(?:PL ?)?(?:\d{10}|\d{3}-\d{3}-\d{2}-\d{2}|\d{3}-\d{2}-\d{2}-\d{3})(?![\w-])")
_ID_CARD = re.compile(r"(?<![\w-])[A-Z]{3} ?\d{6}(?![\w-])")
_PASSPORT = re.compile(r"(?<![\w-])[A-Z]{2} ?\d{7}(?![\w-])")
_PESEL_CUE = re.compile(r"pesel")
_NIP_CUE = re.compile(r"\bnip\b")
_ID_CARD_CUE = re.compile(r"dow[oó]d|legitymac|seri[aięą]|tożsamo|tozsamo")
_PASSPORT_CUE = re.compile(r"paszport")
_ID_KEYS = ("pesel", "nip", "dowod", "dowód", "legitymac", "seri", "paszport", "tożsamo", "tozsamo")
#: Polish words that tell a text is Polish where an identifier is written without its name.
_POLISH = re.compile(r"[ąęłśżźćń]")


def polish_ids(ctx: Context) -> Iterator[Span]:
    """PESEL, NIP, identity-card and passport numbers with a valid check digit; NIP and passport numbers
    need their name before them, PESEL and identity-card numbers need it or a Polish text."""
    lens = ctx.digits.lengths
    if not lens & {6, 7, 10, 11} and not ctx.digits.paired:
        return
    cued_text = contains_any(ctx.lower, _ID_KEYS)
    polish = cued_text or (not ctx.latin1 and _POLISH.search(ctx.lower) is not None)  # Polish letters are not Latin-1
    if not polish:
        return
    rules: tuple[tuple[re.Pattern[str], Callable[[str], bool], re.Pattern[str], bool, bool], ...] = (
        (_PESEL, pl.pl_pesel, _PESEL_CUE, 11 in lens, False),
        (_NIP, pl.pl_nip, _NIP_CUE, bool(lens & {10, 2, 3}) and cued_text, True),
        (_ID_CARD, pl.pl_id_card, _ID_CARD_CUE, 6 in lens, False),
        (_PASSPORT, pl.pl_passport, _PASSPORT_CUE, 7 in lens and cued_text, True),
    )
    for pattern, valid, cue, possible, needs_cue in rules:
        if not possible:
            continue
        for m in pattern.finditer(ctx.text):
            if ctx.is_claimed(m.start(), m.end()) or not valid(m.group()):
                continue
            cued = cued_text and _cue_before(ctx, m.start(), cue)
            if cued or not needs_cue:
                yield _span(ctx, m.start(), m.end(), Entity.NATIONAL_ID, 0.95 if cued else 0.75)


_NRB = re.compile(r"(?<![\w-])\d{2}(?:[ -]?\d{4}){6}(?![\w-])")


def nrb_accounts(ctx: Context) -> Iterator[Span]:
    """Polish account numbers (NRB: the 26 digits of a PL IBAN without "PL") with a valid mod-97 check."""
    if ctx.digits.spaced_total < 26 and 26 not in ctx.digits.lengths:
        return
    for m in _NRB.finditer(ctx.text):
        if pl.pl_nrb(m.group()) and not ctx.is_claimed(m.start(), m.end()):
            yield _span(ctx, m.start(), m.end(), Entity.IBAN, 0.9)


# --- birth dates -------------------------------------------------------------------------------------------------

_MONTHS = (
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|"
    "listopada|grudnia"
)
_DATE = (
    r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\s+(?:19|20)\d{{2}}"
)
_BIRTH = re.compile(
    r"(?<!\w)(?:urodzon[ya]|urodził(?:a)?\s+się|urodzil(?:a)?\s+sie|data\s+urodzenia|dat[aą]\s+ur\.|"
    r"ur\.|dnia\s+urodzenia)(?:\s*:)?\s*"
    r"(?:w\s+[^\W\d_]+(?:\s+[^\W\d_]+)?,?\s+)?(?:dnia\s+|dn\.\s*)?"
    rf"(?:(?P<date>{_DATE})|w\s+(?:roku\s+)?(?P<year>(?:19|20)\d{{2}})(?!\d))(?![\d./-]\d)"
)
_BIRTH_KEYS = ("urodz", "ur.")


def polish_birth_dates(ctx: Context) -> Iterator[Span]:
    """Dates after a Polish birth cue ("urodzony 12.03.1985", "ur. w Krakowie 3 maja 1990", "urodzona w 1985")."""
    lower = ctx.lower
    if not contains_any(lower, _BIRTH_KEYS):
        return
    for m in _BIRTH.finditer(lower):
        group = "date" if m.group("date") else "year"
        yield _span(ctx, m.start(group), m.end(group), Entity.DATE_OF_BIRTH, 0.9 if group == "date" else 0.8)


# --- street addresses --------------------------------------------------------------------------------------------

_UP = "A-ZĄĆĘŁŃÓŚŹŻÀ-ÖØ-Þ"
#: A word of a street name: capitalized (maybe hyphenated), a day before a month ("3 Maja"), "i" between two
#: names ("Żwirki i Wigury") or a Roman numeral ("Jana Pawła II").
_WORD = (
    rf"(?:[{_UP}][^\W\d_]*(?:-[{_UP}][^\W\d_]*)?\.?|[{_UP}]\.|\d{{1,2}}(?=\s+[{_UP}])|i(?=\s+[{_UP}])"
    r"|[IVX]{1,4}(?![\w]))"
)
_NUM = r"\d{1,4}[a-zA-Z]?(?:-\d{1,4}[a-zA-Z]?)?(?:\s?/\s?\d{1,4}[a-zA-Z]?|\s+(?:m\.?|lok\.?)\s?\d{1,4}[a-zA-Z]?)?"
_TOWN = rf"[{_UP}][^\W\d_]*(?:[ -][{_UP}][^\W\d_]*){{0,2}}"
_LOCALITY = rf"(?:,?\s+\d{{2}}-\d{{3}}\s+{_TOWN})"
_STREET_TYPES = r"ul\.|ulica|ulicy|al\.|aleja|alei|aleje|os\.|osiedle|osiedlu|pl\.|plac|placu|skwer|rondo"
_TYPED = re.compile(
    rf"(?<![\w.])(?:{_STREET_TYPES})\s*(?:{_WORD}\s+){{0,4}}{_WORD}\s+(?P<num>{_NUM})(?![\w])(?P<loc>{_LOCALITY})?"
)
#: A street without its type, then a postcode and a town: "Długa 5/7, 00-950 Warszawa".
_UNTYPED = re.compile(rf"(?<![\w.])[{_UP}][^\W\d_]*(?:\s+{_WORD}){{0,3}}\s+{_NUM},?\s+\d{{2}}-\d{{3}}\s+{_TOWN}")
_POSTCODE = re.compile(r"(?<![\d-])\d{2}-\d{3}(?![\d-])")
_STREET_KEYS = ("ul.", "ulic", "al.", "alej", "alei", "os.", "osiedl", "pl.", "plac", "skwer", "rondo")


def polish_addresses(ctx: Context) -> Iterator[Span]:
    """Polish street addresses: a street type ("ul.", "al.", "os.", "pl.") with a name and a house number, or a
    name and number before a postcode NN-NNN and a town; the postcode and town join the span."""
    text = ctx.text
    typed = contains_any(ctx.lower, _STREET_KEYS)
    postcodes = [m.start() for m in _POSTCODE.finditer(text)] if "|2|-|3|" in ctx.digits.signature else []
    if not typed and not postcodes:
        return
    taken = -1
    if typed:
        for m in _TYPED.finditer(text):
            score = 0.9 if m.group("loc") else 0.8
            taken = m.end()
            yield _span(ctx, m.start(), m.end(), Entity.STREET_ADDRESS, score)
    for at in postcodes:
        if at < taken:
            continue
        street = _UNTYPED.search(text, max(0, at - 60), at + 60)
        if street is not None and street.start() >= taken:
            taken = street.end()
            yield _span(ctx, street.start(), street.end(), Entity.STREET_ADDRESS, 0.8)


# --- registration --------------------------------------------------------------------------------------------------


def _chain(first: Detector, second: Detector) -> Detector:
    def both(ctx: Context) -> Iterator[Span]:
        # Detectors are generators: ``second`` starts only once ``first`` is exhausted (no generator in between).
        return itertools.chain(first(ctx), second(ctx))

    return both


_EXTRA: dict[Entity, Detector] = {
    Entity.NATIONAL_ID: polish_ids,
    Entity.IBAN: nrb_accounts,
    Entity.DATE_OF_BIRTH: polish_birth_dates,
    Entity.STREET_ADDRESS: polish_addresses,
}


def with_polish(detectors: dict[Entity, Detector]) -> dict[Entity, Detector]:
    """``detectors`` with the Polish detectors run after those of the same entity."""
    out = dict(detectors)
    for entity, extra in _EXTRA.items():
        out[entity] = _chain(out[entity], extra) if entity in out else extra
    return out
