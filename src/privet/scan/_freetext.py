"""Free-text columns: the share of cells in which the span finder finds personal data.

The span finder (``privet.scan._text``, owned by the free-text module) is imported lazily through
``_span_finder()``; while it is not importable, a small built-in finder looks for e-mail addresses, phone
numbers, IBANs, card-like numbers and names after a salutation or "my name is".
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

__all__ = ["pii_cell_share"]

MAX_CELLS = 120

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
                return [bool(spans) for spans in f(list(texts))]

            return run_batch
        if callable(single):

            def run_single(texts: Sequence[str], f: Callable[..., Any] = single) -> list[bool]:
                return [bool(f(t)) for t in texts]

            return run_single
    return None


def _fallback(texts: Sequence[str]) -> list[bool]:
    return [bool(_FALLBACK.search(t)) for t in texts]


def pii_cell_share(texts: Sequence[str]) -> tuple[float, str]:
    """(share of up to MAX_CELLS cells with at least one personal-data span, which finder was used)."""
    cells = list(texts)[:MAX_CELLS]
    if not cells:
        return 0.0, "none"
    finder = _span_finder()
    found = finder(cells) if finder is not None else _fallback(cells)
    return sum(found) / len(cells), ("span finder" if finder is not None else "built-in patterns")
