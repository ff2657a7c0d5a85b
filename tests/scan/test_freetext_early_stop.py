"""The sequential early stop of ``pii_cell_share``: same decisions as examining all cells, on the text corpora
and on the generated tables, an error rate within the stated bound, and fewer cells for clear columns."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Sequence

import polars as pl
import pytest
from scipy.stats import binom

import privet
from privet.scan import _classify, _freetext
from privet.scan._freetext import ALPHA, MAX_CELLS, PII_SHARE, pii_cell_share
from tests.scan import _text_corpus, heldout_texts
from tests.scan.heldout import make_heldout_table
from tests.scan.synth import make_table


class _Counting:
    """A finder answering from a fixed table of results, counting the cells it was asked about."""

    def __init__(self, answer: Callable[[str], bool]) -> None:
        self.answer = answer
        self.cells = 0

    def __call__(self, texts: Sequence[str]) -> list[bool]:
        self.cells += len(texts)
        return [self.answer(t) for t in texts]


@functools.lru_cache(maxsize=1)
def _corpus_pools() -> tuple[list[str], list[str]]:
    """Corpus texts split by what the real span finder says about them."""
    texts = [s.text for s in _text_corpus.generate(40, seed=3)] + [s.text for s in heldout_texts.generate(40, seed=3)]
    finder = _freetext._span_finder()
    found = finder(texts) if finder is not None else _freetext._fallback(texts)
    return [t for t, f in zip(texts, found, strict=True) if f], [t for t, f in zip(texts, found, strict=True) if not f]


def _decision(share: float) -> bool:
    return share >= PII_SHARE


def test_decisions_match_all_cells_on_the_text_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    with_pii, without = _corpus_pools()
    flags = dict.fromkeys(with_pii, True) | dict.fromkeys(without, False)
    counting = _Counting(flags.__getitem__)
    monkeypatch.setattr(_freetext, "_span_finder", lambda: counting)
    rng = random.Random(5)
    examined: dict[float, list[int]] = {}
    for step in range(41):  # shares 0, 0.025, ..., 1
        share = step / 40
        for replicate in range(6):
            n_pii = round(share * MAX_CELLS)
            column = rng.choices(with_pii, k=n_pii) + rng.choices(without, k=MAX_CELLS - n_pii)
            if replicate % 2:  # PII cells first: the examination order must not follow the column order
                rng.shuffle(column)
            counting.cells = 0
            early, _ = pii_cell_share(column)
            examined.setdefault(share, []).append(counting.cells)
            full, _ = pii_cell_share(column, alpha=0)
            assert full == pytest.approx(n_pii / MAX_CELLS)
            assert _decision(early) == _decision(full), (share, replicate, early, full)
    assert max(examined[0.0]) <= 24 and max(examined[1.0]) <= 24
    assert max(examined[0.05]) <= 48
    assert max(examined[0.3]) == MAX_CELLS  # borderline columns are examined in full


def test_error_rate_at_the_threshold_is_within_alpha(monkeypatch: pytest.MonkeyPatch) -> None:
    """Worst case: the full share just at (36 of 120) or just below (35) the threshold. The stated rate is at most
    ALPHA per column; the check allows a binomial excess with false-alarm rate 1e-6."""
    rng = random.Random(11)
    columns = 2_000
    counting = _Counting(lambda t: t.endswith("+"))
    monkeypatch.setattr(_freetext, "_span_finder", lambda: counting)
    wrong = 0
    for hits in (36, 35):
        for c in range(columns):
            marks = ["+"] * hits + ["-"] * (MAX_CELLS - hits)
            rng.shuffle(marks)
            column = [f"cell {c} {i} {rng.random()} {m}" for i, m in enumerate(marks)]
            early, _ = pii_cell_share(column)
            wrong += _decision(early) != _decision(hits / MAX_CELLS)
    assert wrong <= binom.isf(1e-6, 2 * columns, ALPHA)


def _full_share(texts: Sequence[str]) -> tuple[float, str]:
    return pii_cell_share(texts, alpha=0)


@pytest.mark.slow
def test_decisions_match_all_cells_on_the_generated_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    tables = [make_table(locale, rows=150, seed=7)[0] for locale in ("en_US", "de_DE", "fr_FR", "es_ES", "nl_NL")]
    regions = ("en_GB", "pt_PT", "it_CH", "fr_CA", "es_MX")
    tables += [make_heldout_table(region, rows=150, seed=7)[0] for region in regions]
    texts = [t.select(pl.col(pl.String)) for t in tables]
    early = [[c.entity for c in privet.scan(t).columns] for t in texts]
    monkeypatch.setattr(_classify, "pii_cell_share", _full_share)
    full = [[c.entity for c in privet.scan(t).columns] for t in texts]
    assert early == full
