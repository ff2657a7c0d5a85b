"""Free-text columns: the share of cells in which the span finder finds personal data.

The span finder (``privet.scan._text``, owned by the free-text module) is imported lazily through
``_span_finder()``; while it is not importable, a small built-in finder looks for e-mail addresses, phone
numbers, IBANs, card-like numbers and names after a salutation or "my name is".
"""

from __future__ import annotations

import importlib
import random
import re
import zlib
from collections.abc import Callable, Sequence
from functools import lru_cache
from math import ceil, comb
from typing import Any

__all__ = ["PII_SHARE", "pii_cell_share"]

MAX_CELLS = 120
#: A long-text column is FREE_TEXT_WITH_PII when at least this share of its (up to MAX_CELLS) cells has a span.
PII_SHARE = 0.3

# Sequential early stop. The cells are examined in a pseudo-random order (seeded by a checksum of the cells, so a
# scan is deterministic) and the share is checked after 24, 48, 72 and 96 cells. At a look after n of the N cells
# with k hits, the scan stops as "below" when P(X <= k) <= ALPHA / 4 for X ~ Hypergeometric(N, K*, n), K* the
# fewest hits the full decision calls PII (ceil(0.3 N)), and as "above" when P(X >= k) <= ALPHA / 4 for
# K = K* - 1. The tails are monotone in K, so for any column whose cells are in random order relative to the
# examination order, the early decision differs from the decision on all N cells with probability at most
# ALPHA = 1e-3 (a union bound over the four looks). For N = 120: stop below with 0 hits of 24, <= 5 of 48,
# <= 12 of 72, <= 21 of 96; above with >= 15 of 24, 24 of 48, 30 of 72, 35 of 96.
ALPHA = 1e-3
_LOOKS = (24, 48, 72, 96)

_FALLBACK = re.compile(
    r"[\w.+\-]+@[\w\-]+\.[\w.\-]+"
    r"|(?:\+|00)\d[\d\s().\-]{7,}\d|\b0\d{2,4}[\s/\-]?\d{3,}[\s\-]?\d{2,}\b|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{3}-\d{4}\b"
    r"|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}\b"
    r"|\b\d{4}[\s\-]\d{4}[\s\-]\d{4}[\s\-]\d{1,4}\b"
    r"|\b\d{3}-\d{2}-\d{4}\b"
    r"|(?i:\b(?:my name is|i am|i'm|ich bin|ich heiße|mein name ist|je m'appelle|je suis|me llamo|mi nombre es|"
    r"soy|mi chiamo|sono|ik ben|mijn naam is|ik heet|meu nome é|chamo-me|eu sou|dear|sehr geehrte[r]?|"
    r"liebe[r]?|cher|chère|estimado|estimada|querido|querida|gentile|caro|cara|beste|geachte|prezado|"
    r"prezada|caro|mr\.?|mrs\.?|ms\.?|herr|frau|monsieur|madame|señor|señora|signor|signora|dhr\.?|"
    r"mevr\.?|sr\.?|sra\.?)\s+)[A-ZÀ-Þ][a-zß-ÿ]+"
    r"|\b(?:born on|geboren am|né le|née le|nacido el|nacida el|nato il|nata il|geboren op|nascido em|"
    r"nascida em)\b"
)


@lru_cache(maxsize=1)
def _span_finder() -> Callable[[Sequence[str]], list[bool]] | None:
    for module_name in ("privet.scan._text", "privet.scan._spans", "privet.scan"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        batch = getattr(module, "find_pii_batch", None)
        single = getattr(module, "find_pii", None)
        if callable(batch):

            def run_batch(texts: Sequence[str], f: Callable[..., Any] = batch) -> list[bool]:
                # One process: a table scan's time and memory are measured and bounded in this process.
                return [bool(spans) for spans in f(list(texts), workers=1)]

            return run_batch
        if callable(single):

            def run_single(texts: Sequence[str], f: Callable[..., Any] = single) -> list[bool]:
                return [bool(f(t)) for t in texts]

            return run_single
    return None


def _fallback(texts: Sequence[str]) -> list[bool]:
    return [bool(_FALLBACK.search(t)) for t in texts]


def _lower_tail(k: int, n: int, total: int, hits: int) -> float:
    """P(X <= k) for X ~ Hypergeometric(total cells, hits, n drawn)."""
    return sum(comb(hits, x) * comb(total - hits, n - x) for x in range(k + 1)) / comb(total, n)


def _upper_tail(k: int, n: int, total: int, hits: int) -> float:
    """P(X >= k) for X ~ Hypergeometric(total cells, hits, n drawn)."""
    return sum(comb(hits, x) * comb(total - hits, n - x) for x in range(k, min(n, hits) + 1)) / comb(total, n)


@lru_cache(maxsize=256)
def _stop_bounds(total: int, threshold: float, alpha: float) -> dict[int, tuple[int, int]]:
    """For each look n < total: (largest hit count that stops "below", smallest that stops "above")."""
    needed = ceil(threshold * total - 1e-9)  # fewest hits the full decision calls PII
    per_look = alpha / len(_LOOKS)
    bounds = {}
    for n in (n for n in _LOOKS if n < total):
        below = max((k for k in range(n + 1) if _lower_tail(k, n, total, needed) <= per_look), default=-1)
        above = min((k for k in range(n + 1) if _upper_tail(k, n, total, needed - 1) <= per_look), default=n + 1)
        bounds[n] = (below, above)
    return bounds


def pii_cell_share(texts: Sequence[str], *, threshold: float = PII_SHARE, alpha: float = ALPHA) -> tuple[float, str]:
    """(share of the cells examined with at least one personal-data span, which finder was used).

    Up to MAX_CELLS cells; the examination stops early once the share is clearly above or below ``threshold``
    (``alpha``: the chance that the early decision differs from the one on all cells; 0 examines all).
    """
    cells = list(texts)[:MAX_CELLS]
    if not cells:
        return 0.0, "none"
    finder = _span_finder()
    run = finder if finder is not None else _fallback
    name = "span finder" if finder is not None else "built-in patterns"
    if alpha <= 0:
        return sum(run(cells)) / len(cells), name
    order = list(range(len(cells)))
    random.Random(zlib.crc32("\x1f".join(cells).encode("utf-8", "surrogatepass"))).shuffle(order)
    bounds = _stop_bounds(len(cells), threshold, alpha)
    hits = done = 0
    for end in [*bounds, len(cells)]:
        hits += sum(run([cells[i] for i in order[done:end]]))
        done = end
        below, above = bounds.get(done, (-1, done + 1))
        if hits <= below or hits >= above:
            break
    return hits / done, name
