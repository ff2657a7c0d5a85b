"""``privet.scan``: classify every column of a table from an evenly spread sample of its rows."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

from privet._frame import to_polars
from privet.entities import Entity, category_of
from privet.errors import InvalidParameterError
from privet.io import read_spread_sample, read_table, spread_positions
from privet.scan._classify import Decision, classify
from privet.scan._lexicon import read_header
from privet.scan._patterns import pattern_signals, table_pattern_shares
from privet.scan._phones import phone_share, regions_from_countries
from privet.scan._profile import profile_column
from privet.scan._report import ColumnFinding, ScanReport
from privet.scan._table_context import about_people, only_medicines, with_table_context

__all__ = ["scan"]

Progress = Callable[[int, int], None]
_PROBE_ROWS = 20_000


def _sample(frame: pl.DataFrame, sample_rows: int | None, full: bool) -> pl.DataFrame:
    """Rows at evenly spaced positions (deterministic, covering the whole table)."""
    if full or sample_rows is None or frame.height <= sample_rows:
        return frame
    return frame[spread_positions(frame.height, sample_rows)]


def _check_params(sample_rows: Any, full: Any) -> None:
    if sample_rows is not None and (isinstance(sample_rows, bool) or not isinstance(sample_rows, int)):
        raise InvalidParameterError(
            f"The 'sample_rows' parameter of scan must be an integer or None. Got {sample_rows!r}."
        )
    if isinstance(sample_rows, int) and sample_rows < 1:
        raise InvalidParameterError(f"The 'sample_rows' parameter of scan must be >= 1. Got {sample_rows!r}.")
    if not isinstance(full, bool):
        raise InvalidParameterError(f"The 'full' parameter of scan must be True or False. Got {full!r}.")


def _regions(frame: pl.DataFrame) -> list[str]:
    """Phone regions named by country-like columns of the sample."""
    for name in frame.columns:
        hint = read_header(name)
        if hint.entity in (Entity.COUNTRY, Entity.NATIONALITY) and frame[name].dtype == pl.String:
            return regions_from_countries(frame[name])
    return []


def _no_ones(decision: Decision) -> Decision:
    evidence = {**decision.evidence, "examples": [], "reason": "medicines in a table with no person in it"}
    return Decision(Entity.NONE, None, 0.6, evidence)


def scan(
    table: Any,
    *,
    sample_rows: int | None = 10_000,
    full: bool = False,
    progress: Progress | None = None,
) -> ScanReport:
    """Find the personal data in ``table`` (a pandas/polars/pyarrow table or a path to a table file).

    Each column gets an entity of spec/entities.md, its category, a confidence in 0..1 and evidence (header
    match, match and validation ratios, null and distinct ratios, masked examples). Columns are judged on
    ``sample_rows`` rows spread evenly over the table (all rows with ``full=True`` or ``sample_rows=None``).
    Values decide; headers in en, de, fr, es, it, nl, pt, pl, sv and da refine and break ties. From a Parquet
    file only the sampled rows are read (in a streaming pass), so files larger than memory can be scanned.
    """
    _check_params(sample_rows, full)
    source: str | None = None
    height: int | None = None
    if isinstance(table, str | os.PathLike):
        source = Path(table).name
        sampled = None if full or sample_rows is None else read_spread_sample(table, sample_rows)
        if sampled is not None:  # a Parquet file: only the sampled rows are read
            frame, height = sampled
        else:
            frame = read_table(table)
    else:
        frame, _ = to_polars(table, name="table")
    sample = _sample(frame, sample_rows, full)
    regions = _regions(sample)
    findings: list[ColumnFinding] = []
    small = sample.height <= _PROBE_ROWS
    if small:  # a sample: profile every column, then measure all shapes for the whole table in one query
        profiles = [profile_column(sample[name]) for name in sample.columns]
        shares = table_pattern_shares([p.text for p in profiles])
    hints = with_table_context(sample.columns, [read_header(name) for name in sample.columns])
    decisions: list[Decision] = []
    for position, name in enumerate(sample.columns):
        if progress is not None:
            progress(position, sample.width)
        hint = hints[position]
        if small:
            profile, candidates, column_shares = profiles[position], None, shares[position]
        else:
            # a full (or large) scan: find the candidate shapes on an even probe, then measure them on all rows
            probe = profile_column(_sample(sample[[name]], _PROBE_ROWS, False)[name])
            candidates = frozenset(s.pattern for s in pattern_signals(probe))
            if phone_share(probe)[0] >= 0.3:
                candidates |= {"phone"}
            profile, column_shares = profile_column(sample[name]), None
        decisions.append(classify(profile, hint, regions=regions, candidates=candidates, shares=column_shares))
    entities = [d.entity for d in decisions]
    if about_people(entities):
        decisions = [d.held_back if d.held_back is not None else d for d in decisions]
    elif only_medicines(entities, [d.medicines for d in decisions]):
        decisions = [_no_ones(d) if d.entity is Entity.HEALTH else d for d in decisions]
    for name, decision in zip(sample.columns, decisions, strict=True):
        findings.append(
            ColumnFinding(
                name=name,
                dtype=str(frame.schema[name]),
                entity=decision.entity,
                subtype=decision.subtype,
                category=category_of(decision.entity),
                confidence=decision.confidence,
                evidence=decision.evidence,
            )
        )
    if progress is not None:
        progress(sample.width, sample.width)
    rows = frame.height if height is None else height
    return ScanReport(source=source, rows=rows, rows_scanned=sample.height, columns=findings)
