"""Person names versus company names in a column.

Name look-ups go through one function, ``_gazetteer()``, which uses the span finder's multi-locale name
gazetteer (``privet.scan._names``) when it is importable and otherwise relies on format cues alone:
capitalised words, initials, particles, ``SURNAME, Given``. Company names are recognised by legal-form
suffixes and "X, Y and Z" partnerships and never count as person names.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from privet.scan._normalize import fold, words

__all__ = ["NameShares", "name_shares"]

_PARTICLES = words("van von der den de del della di da das dos du la le lo ten ter te zu y e bin al el mac mc st")
_UP = "A-ZÀ-ÖØ-ÞŁŚŹŻČŠŽ"
_LOW = "a-zß-öø-ÿłśźżčšžćńőı"
_TOKEN = re.compile(
    rf"^(?:(?:[{_UP}][{_LOW}'’]+(?:[{_UP}][{_LOW}]+)?|[{_UP}]['’][{_UP}][{_LOW}]+|[{_LOW}]{{1,3}})(?:-(?:[{_UP}][{_LOW}'’]+|van|de|der))*"
    rf"|[{_UP}]\.(?:-?[{_UP}]\.)*|[{_UP}'’\-]{{2,}}[,]?)$"
)
_DEGREES = words(
    "jr jr. sr sr. ii iii iv mba mba. phd ph.d. md m.d. dds dvm b.sc. b.sc m.sc. m.sc msc bsc b.a. "
    "b.a ba ma m.a. dipl.-ing. dipl.-kfm. dipl. ing. mag. esq esq. bed b.eng. m.eng. ll.m. llm"
)
_COMPANY = re.compile(
    r"(?i)(\b(inc|llc|l\.l\.c|ltd|limited|plc|gmbh|mbh|ag|kg|kgaa|ohg|gbr|ug|se|sa|s\.a|sas|sasu|sarl|eurl|sca|"
    r"sl|s\.l|slu|s\.l\.u|sau|spa|s\.p\.a|srl|s\.r\.l|snc|sapa|bv|b\.v|nv|n\.v|vof|cv|lda|ltda|eireli|me|corp|"
    r"corporation|company|co|group|gruppe|groupe|grupo|gruppo|groep|holding|holdings|partners|associates|"
    r"consulting|solutions|services|systems|technologies|industries|international|stiftung|verein|e\.v|"
    r"cie|et fils|e hijos|e filhos|and sons|& sons|enterprises|bank|versicherung)\b\.?$|\s(&|and|und|et|y|e|en)\s.+"
    r"|^\S+[,]\s\S+\s(and|und|et|y|e|en)\s)"
)
_SURNAME_FIRST = re.compile(r"^[A-ZÀ-ÖØ-Þ'’\-]{2,}(?: [A-ZÀ-ÖØ-Þ'’\-]{2,})*, [A-ZÀ-ÖØ-Þ][\w'’\-]+")
_TITLES = words(
    "mr mrs ms miss dr prof sir madam herr frau dr. monsieur madame mme mlle m. sr sra srta don dona "
    "sig signor signora dott dhr mevr heer mevrouw univ.prof sig.ra sig dra dr.in ing mag sra. srta. "
    "dipl.-ing"
)


@dataclass(frozen=True)
class NameShares:
    """Shares of a column's values (weighted by count) that look like person or company names."""

    person: float  # name-shaped and (when a gazetteer exists) containing a known name
    company: float
    shaped: float  # name-shaped by format alone
    known: float  # containing a gazetteer name (0 when no gazetteer)
    single_token: float  # share of one-word values (first-name-only / last-name-only columns)
    gazetteer: bool


@lru_cache(maxsize=1)
def _gazetteer() -> Callable[[str], bool] | None:
    """A token -> is-a-known-person-name function from the span finder's gazetteer, or None."""
    try:
        module = importlib.import_module("privet.scan._names")
    except ImportError:
        return None
    for attr in ("is_name_token", "is_person_name_token", "is_known_name", "is_name"):
        func = getattr(module, attr, None)
        if callable(func):

            def lookup(token: str, f: Callable[[str], Any] = func) -> bool:
                return bool(f(token))

            return lookup
    sets = []
    for attr in ("first_names", "last_names", "given_names", "surnames", "FIRST_NAMES", "LAST_NAMES"):
        value = getattr(module, attr, None)
        value = value() if callable(value) else value
        if isinstance(value, set | frozenset | dict):
            sets.append(value)
    if not sets:
        return None

    def known(token: str) -> bool:
        return any(token in s or token.lower() in s or token.capitalize() in s for s in sets)

    return known


def _tokens(value: str) -> list[str]:
    return [t for t in value.replace(",", " , ").split() if t != ","]


def _shaped(value: str) -> bool:
    if any(ch.isdigit() for ch in value) or "@" in value or len(value) > 60:
        return False
    if _SURNAME_FIRST.match(value):
        return True
    tokens = [t for t in _tokens(value) if t.lower().rstrip(".") not in _TITLES and t.lower() not in _DEGREES]
    if not 1 <= len(tokens) <= 5:
        return False
    core = [t for t in tokens if t.lower() not in _PARTICLES]
    return bool(core) and all(_TOKEN.match(t) for t in core) and not all(len(t) <= 2 for t in core)


def name_shares(counts: dict[str, int]) -> NameShares:
    """Score a column given its distinct values and their counts."""
    total = sum(counts.values())
    known_fn = _gazetteer()
    if not total:
        return NameShares(0, 0, 0, 0, 0, known_fn is not None)
    person = company = shaped = known = single = 0.0
    for value, count in counts.items():
        weight = count / total
        if _COMPANY.search(value):
            company += weight
            continue
        if not _shaped(value):
            continue
        shaped += weight
        tokens = [t.strip(",.") for t in _tokens(value)]
        if len(tokens) == 1:
            single += weight
        if known_fn is not None:
            if any(known_fn(t) for t in tokens if len(t) > 1):
                known += weight
                person += weight
        else:
            person += weight
    return NameShares(person, company, shaped, known, single, known_fn is not None)


def folded(value: str) -> str:
    """Folded form used by place look-ups (re-exported for the combiner)."""
    return fold(value)
