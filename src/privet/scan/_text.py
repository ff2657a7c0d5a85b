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
from privet.scan._text_patterns import DETECTORS, Context, preload_phone_regions
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


# A batch is spread over processes only from this many characters on: about 0.1 s of one core's work, several
# times what starting the pool costs (about 15 ms with fork).
_PARALLEL_MIN_CHARS = 100_000


def _usable_cores() -> int:
    """The CPU cores this process may run on (a container's or a taskset's limit, not the machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _warm_up(lang: str | None, wanted: frozenset[Entity]) -> None:
    """Build the gazetteer, compile the patterns and load every region's phone metadata in this process, so that
    forked workers inherit them instead of each building its own copy, and never take phonenumbers' loading lock
    (a lock another thread of the parent might hold at fork time)."""
    import phonenumbers

    _find("Warm up: Anna Schmidt, Hauptstraße 5, 10115 Berlin, +49 30 1234567.", lang, wanted)
    preload_phone_regions()
    phonenumbers.PhoneMetadata.load_all()


def _parallel(texts: list[str | None], lang: str | None, wanted: frozenset[Entity], workers: int) -> list[list[Span]]:
    import multiprocessing
    import warnings
    from concurrent.futures import ProcessPoolExecutor

    _warm_up(lang, wanted)
    context = multiprocessing.get_context("fork" if _can_fork() else "spawn")
    size = max(64, -(-len(texts) // (workers * 4)))
    chunks = [(texts[i : i + size], lang, wanted) for i in range(0, len(texts), size)]
    with warnings.catch_warnings():
        # Python 3.12+ warns that fork() in a process with threads (polars' pool) may deadlock the child. The
        # workers run only the span finder (re, phonenumbers, dicts): no lock another thread could hold.
        warnings.filterwarnings(
            "ignore", message=".*use of fork\\(\\) may lead to deadlocks", category=DeprecationWarning
        )
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            parts = list(pool.map(_find_chunk, chunks))
    return [spans for part in parts for spans in part]


def _worker_count(items: list[str | None], workers: int | None) -> int:
    """The processes to use: ``workers`` (0: one per core; None: one per core when the batch is large and the
    platform can fork, since spawned workers would each rebuild the gazetteer), and one for a small batch."""
    if workers == 1 or len(items) < 2:
        return 1
    if workers is None and not _can_fork():
        return 1
    count = _usable_cores() if workers in (None, 0) else workers
    if count <= 1:
        return 1
    chars = 0
    for t in items:  # stop counting as soon as the batch is large enough
        if isinstance(t, str):
            chars += len(t)
            if chars >= _PARALLEL_MIN_CHARS:
                return min(count, len(items))
    return 1


def find_pii_batch(
    texts: Iterable[str | None],
    *,
    language: str | None = None,
    entities: Iterable[Any] | None = None,
    workers: int | None = None,
) -> list[list[Span]]:
    """:func:`find_pii` over many texts (a list, a pandas/polars Series, a generator), in input order.

    None and non-string values (missing cells) give an empty list. With ``language=None`` the language is
    guessed per text. A large batch (100,000 characters or more) is spread over processes: ``workers=None``
    (the default) uses one per CPU core where processes can be forked (Linux), ``workers=0`` one per core
    everywhere, ``workers=n`` n of them; ``workers=1`` keeps to this process. The spans do not depend on it.
    """
    lang = _check_language(language)
    wanted = check_entities(entities)
    if isinstance(texts, (str, bytes)):
        raise InvalidParameterError(
            "The 'texts' parameter of find_pii_batch must be an iterable of texts, not a single string. "
            "Use find_pii for one text."
        )
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 0):
        raise InvalidParameterError(
            "The 'workers' parameter of find_pii_batch must be None (automatic) or an int >= 0 (0: one per core). "
            f"Got {workers!r}."
        )
    items = list(texts)
    count = _worker_count(items, workers)
    if count > 1:
        return _parallel(items, lang, wanted, count)
    return _find_chunk((items, lang, wanted))
