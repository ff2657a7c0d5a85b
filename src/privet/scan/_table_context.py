"""What the other columns of a table say about a column.

A column is judged on its own header and values first; two things only the whole table can settle:
- "Tier" is a level in English and an animal in German: the other headers say which;
- a header that abbreviates a place or organisation another column names in full ("FIL_PLZ" beside "FILIALE",
  "ETAB_TEL" beside "ETABLISSEMENT") is about that place, so its postcode or phone is the branch's, not a person's;
- values the column's own context held back (medicines under "Artikel", a product word) are a person's health data
  when the table is about identified people (a pharmacy's dispensing log), and stay a product list otherwise;
- medicines in a table with nothing else personal (drug names and ATC codes of a hospital's stock) are no one's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from privet.entities import Entity as E
from privet.scan._lexicon import HeaderHint, is_animal_word, read_header
from privet.scan._normalize import header_tokens

#: Columns that make a table one about identified people.
_PEOPLE = {E.PERSON_NAME, E.NATIONAL_ID, E.DATE_OF_BIRTH, E.MEDICAL_RECORD_NUMBER, E.EMAIL}
#: Words that abbreviate a person more often than a place ("cli" is a client before a clinic, "pat" a patient).
_PERSON_STEMS = (
    "client", "cliente", "customer", "patient", "paciente", "paziente", "member", "employee", "user", "kunde",
    "mitarbeiter", "utente", "usuario", "utilisateur", "gebruiker", "klant", "person", "owner", "tenant",
)  # fmt: skip
_PLACE_CONTEXT = frozenset({"place", "organisation"})
#: Columns a table needs before what is missing from it says anything (a lone column has no context).
_TABLE_WIDTH = 5


def _unknown(token: str) -> bool:
    """A short token the lexicon does not read by itself ("fil", "etab" is read: it has a context of its own)."""
    if not (3 <= len(token) <= 4 and token.isalpha()):
        return False
    hint = read_header(token)
    return hint.entity is None and not hint.context and not any(w.startswith(token) for w in _PERSON_STEMS)


def with_table_context(names: Sequence[str], hints: Sequence[HeaderHint]) -> list[HeaderHint]:
    """``hints`` with the context of a place or organisation that another column's header names in full, and
    German "Tier" read as an animal in a table about animals ("Diagnose_Tier" beside "Tierart")."""
    tokens = [header_tokens(name) for name in names]
    if any(is_animal_word(t) for ts in tokens for t in ts):
        hints = [replace(h, about_animal=True) if "tier" in ts else h for h, ts in zip(hints, tokens, strict=True)]
    places = {
        token
        for ts, hint in zip(tokens, hints, strict=True)
        if hint.context & _PLACE_CONTEXT
        for token in ts
        if len(token) >= 5 and read_header(token).context & _PLACE_CONTEXT
    }
    if not places:
        return list(hints)
    out = []
    for ts, hint in zip(tokens, hints, strict=True):
        abbreviates = [t for t in ts if _unknown(t) and any(p.startswith(t) and p != t for p in places)]
        if abbreviates and not hint.context & _PLACE_CONTEXT:
            hint = replace(hint, abbreviates_place=True)
        out.append(hint)
    return out


def about_people(entities: Sequence[E]) -> bool:
    """The table holds columns that identify people (names, national ids, birth dates, record numbers, e-mails)."""
    return any(e in _PEOPLE for e in entities)


def only_medicines(entities: Sequence[E], medicines: Sequence[bool]) -> bool:
    """A table of several columns whose only personal-looking ones are lists of medicines or their codes: a stock
    list, with no person in it (a de-identified patient table keeps an age, a sex, a diagnosis or a smoker flag)."""
    health = [m for e, m in zip(entities, medicines, strict=True) if e is E.HEALTH]
    return len(entities) >= _TABLE_WIDTH and bool(health) and all(health) and set(entities) <= {E.HEALTH, E.NONE}
