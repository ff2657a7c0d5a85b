"""The free-text span finder: :func:`find_pii` and :func:`find_pii_batch`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

from privet.entities import Entity
from privet.errors import InvalidParameterError
from privet.scan._language import LANGUAGES
from privet.scan._spans import Span, check_entities, resolve_overlaps
from privet.scan._text_address import addresses
from privet.scan._text_names import person_names
from privet.scan._text_patterns import DETECTORS, Context
from privet.scan._text_pl import with_polish

__all__ = ["find_pii", "find_pii_batch"]

_ALL_DETECTORS = with_polish({**DETECTORS, Entity.STREET_ADDRESS: addresses, Entity.PERSON_NAME: person_names})
# Detectors run in this order; all candidates then compete in resolve_overlaps.
_ORDER = (
    Entity.EMAIL,
    Entity.URL,
    Entity.IBAN,
    Entity.CREDIT_CARD,
    Entity.NATIONAL_ID,
    Entity.IP_ADDRESS,
    Entity.DATE_OF_BIRTH,
    Entity.PHONE,
    Entity.STREET_ADDRESS,
    Entity.PERSON_NAME,
)


# Entities that outrank the detectors after them (spans._PRIORITY): those detectors skip their spans (the phone
# detector does not parse the digits of an IBAN again, the name finder skips the words of an address).
_CLAIMING = frozenset(
    {
        Entity.EMAIL,
        Entity.URL,
        Entity.IBAN,
        Entity.CREDIT_CARD,
        Entity.NATIONAL_ID,
        Entity.IP_ADDRESS,
        Entity.DATE_OF_BIRTH,
        Entity.STREET_ADDRESS,  # outranks names: the name finder skips words inside addresses
    }
)


def _check_language(language: object) -> str | None:
    if language is None:
        return None
    if not isinstance(language, str) or language.lower()[:2] not in LANGUAGES:
        raise InvalidParameterError(
            f"The 'language' parameter of find_pii must be None or one of {', '.join(LANGUAGES)}. Got {language!r}."
        )
    return language.lower()[:2]


@lru_cache(maxsize=64)
def _plan(wanted: frozenset[Entity]) -> tuple[tuple[Callable[[Context], Iterator[Span]], bool], ...]:
    """The detectors to run for ``wanted``, in order, and whether later detectors skip their spans."""
    return tuple((_ALL_DETECTORS[e], e in _CLAIMING) for e in _ORDER if e in wanted)


def _find(text: str, language: str | None, wanted: frozenset[Entity]) -> list[Span]:
    if not text or text.isspace():
        return []
    lower = text.lower()
    if len(lower) != len(text):  # "İ".lower() is two code points: keep offsets aligned
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    ctx = Context(text, lower, language)
    candidates: list[Span] = []
    claimed = ctx.claimed
    for detector, claims in _plan(wanted):
        found = list(detector(ctx))
        if found:
            candidates += found
            if claims:
                claimed += [(s.start, s.end) for s in found]
    if Entity.PERSON_NAME in wanted and Entity.STREET_ADDRESS not in wanted:
        # Street names are often people's names ("Rue Victor Hugo"): find addresses to mask them out.
        shadow = [s for s in addresses(ctx)]
        candidates.extend(shadow)
        return [s for s in resolve_overlaps(candidates) if s.entity in wanted]
    return resolve_overlaps(candidates)


def find_pii(text: str, *, language: str | None = None, entities: Iterable[Any] | None = None) -> list[Span]:
    """Find personal data in ``text``: a list of non-overlapping :class:`Span`, sorted by start.

    ``language`` (en, de, fr, es, it, nl, pt, pl) picks the phone region, titles and cue words; None guesses it
    from the text's function words. ``entities`` restricts the search to some text entities
    (spec/entities.md); None looks for all ten. Offsets are code points, end exclusive, with no whitespace
    at either end. Titles stay outside names, a whole address is one span, company mailboxes and hotlines,
    masked cards and dates other than birth dates are not reported.
    """
    if not isinstance(text, str):
        raise InvalidParameterError(f"The 'text' parameter of find_pii must be a str. Got {type(text).__name__}.")
    return _find(text, _check_language(language), check_entities(entities))


def _find_chunk(args: tuple[list[str | None], str | None, frozenset[Entity]]) -> list[list[Span]]:
    texts, lang, wanted = args
    return [_find(t, lang, wanted) if isinstance(t, str) else [] for t in texts]


def _parallel(texts: list[str | None], lang: str | None, wanted: frozenset[Entity], workers: int) -> list[list[Span]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # Build the gazetteer and compile the patterns once, before the workers fork and inherit them.
    _find("Warm up: Anna Schmidt, Hauptstraße 5, 10115 Berlin, +49 30 1234567.", lang, wanted)
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    size = max(64, -(-len(texts) // (workers * 4)))
    chunks = [(texts[i : i + size], lang, wanted) for i in range(0, len(texts), size)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        parts = list(pool.map(_find_chunk, chunks))
    return [spans for part in parts for spans in part]


def find_pii_batch(
    texts: Iterable[str | None],
    *,
    language: str | None = None,
    entities: Iterable[Any] | None = None,
    workers: int = 1,
) -> list[list[Span]]:
    """:func:`find_pii` over many texts (a list, a pandas/polars Series, a generator), in input order.

    None and non-string values (missing cells) give an empty list. With ``language=None`` the language is
    guessed per text. ``workers`` > 1 spreads a large batch (1,000 texts or more) over that many
    processes; 0 means one per CPU core.
    """
    lang = _check_language(language)
    wanted = check_entities(entities)
    if isinstance(texts, (str, bytes)):
        raise InvalidParameterError(
            "The 'texts' parameter of find_pii_batch must be an iterable of texts, not a single string. "
            "Use find_pii for one text."
        )
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 0:
        raise InvalidParameterError(
            f"The 'workers' parameter of find_pii_batch must be an int >= 0 (0: one per core). Got {workers!r}."
        )
    items = list(texts)
    if workers == 0:
        workers = os.cpu_count() or 1
    if workers > 1 and len(items) >= 1000:
        return _parallel(items, lang, wanted, workers)
    return _find_chunk((items, lang, wanted))
