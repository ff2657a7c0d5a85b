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
    r"cie|et fils|e hijos|e filhos|and sons|& sons|enterprises|bank|versicherung)\b\.?$"
    r"|^[A-Z]\S*\s(&|and|und|et|y|e|en)\s[A-Z]"
    r"|^\S+[,]\s\S+\s(and|und|et|y|e|en)\s[A-Z])"
)
_SURNAME_FIRST = re.compile(r"^[A-ZÀ-ÖØ-Þ'’\-]{2,}(?: [A-ZÀ-ÖØ-Þ'’\-]{2,})*, [A-ZÀ-ÖØ-Þ][\w'’\-]+")
_TITLES = words(
    "mr mrs ms miss dr prof sir madam herr frau dr. monsieur madame mme mlle m. sr sra srta don dona "
    "sig signor signora dott dhr mevr heer mevrouw univ.prof sig.ra sig dra dr.in ing mag sra. srta. "
    "dipl.-ing avv avv.to dott.ssa prof.ssa geom rag arch lic mgr inz mstr"
)
# Airline and reservation systems write "SURNAME/GIVEN NAMES TITLE" in capitals ("ROHT/HAGEN MRS").
_SLASHED = re.compile(r"^([^\W\d_][^/]*)/([^\W\d_][^/]+?)(?:\s+(?:MR|MRS|MS|MISS|MSTR|DR|PROF|CHD|INF))?$")


def _canonical(value: str) -> str:
    """``value`` with a slashed surname-first name rewritten as "SURNAME, GIVEN"."""
    m = _SLASHED.match(value) if "/" in value and value.isupper() else None
    return f"{m.group(1).strip()}, {m.group(2).strip()}" if m else value


_MAX_VALUES = 250
_EARLY = 40  # values looked at before giving up on a column that shows no name at all


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
def _gazetteer() -> tuple[Callable[[str], float], Callable[[str], bool]] | None:
    """(value -> person-name score 0..1, value -> is-company) from the span finder's gazetteer, or None."""
    try:
        module = importlib.import_module("privet.scan._names")
    except ImportError:
        return None
    score = getattr(module, "person_name_score", None)
    company = getattr(module, "is_company_name", None)
    if not callable(score) or not callable(company):
        return None

    def person(value: str, f: Callable[[str], Any] = score) -> float:
        return float(f(value))

    def is_company(value: str, f: Callable[[str], Any] = company) -> bool:
        return bool(f(value))

    return person, is_company


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
    gazetteer = _gazetteer()
    if not total:
        return NameShares(0, 0, 0, 0, 0, gazetteer is not None)
    person = company = shaped = known = single = 0.0
    top = dict(list(counts.items())[:_MAX_VALUES])  # the most frequent values stand for the column
    total = sum(top.values())
    seen = 0.0
    for i, (raw, count) in enumerate(top.items()):
        value = _canonical(raw)
        weight = count / total
        if i == _EARLY and shaped + company < 0.1 * seen:  # neither names nor companies: the rest will not change it
            scale = 1 / seen
            return NameShares(person * scale, company * scale, shaped * scale, known * scale, single * scale,
                              gazetteer is not None)  # fmt: skip
        seen += weight
        if _COMPANY.search(value) or (gazetteer is not None and gazetteer[1](value)):
            company += weight
            continue
        if not _shaped(value):
            continue
        shaped += weight
        if len(_tokens(value)) == 1:
            single += weight
        if gazetteer is not None:
            if gazetteer[0](value) >= 0.5:
                known += weight
                person += weight
        else:
            person += weight
    return NameShares(person, company, shaped, known, single, gazetteer is not None)


def folded(value: str) -> str:
    """Folded form used by place look-ups (re-exported for the combiner)."""
    return fold(value)
