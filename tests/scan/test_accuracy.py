"""Accuracy of the column classifier on generated, labelled, messy tables in nine locales."""

from __future__ import annotations

import pytest

import privet
from tests.scan.synth import LOCALES, make_table, score


@pytest.mark.slow
def test_accuracy_on_generated_tables() -> None:
    predicted: dict[str, str] = {}
    truth: dict[str, str] = {}
    for i, locale in enumerate(LOCALES):
        for mode in ("clear", "obfuscated") if i % 3 == 0 else ("mixed",):
            frame, labels = make_table(locale, rows=120, seed=i, header_mode=mode)
            report = privet.scan(frame)
            for finding in report.columns:
                key = f"{locale}/{mode}/{finding.name}"
                predicted[key] = finding.entity.value
                truth[key] = labels[finding.name]
    metrics = score(predicted, truth)
    # Obfuscated and wrong headers are a third of the columns here; the targets are for real tables.
    assert metrics["category_accuracy"] >= 0.88, metrics
    assert metrics["entity_accuracy"] >= 0.86, metrics
    assert metrics["personal_f1"] >= 0.92, metrics


def test_clear_headers_are_almost_always_right() -> None:
    frame, labels = make_table("de_DE", rows=150, seed=1, header_mode="clear")
    report = privet.scan(frame)
    predicted = {c.name: c.entity.value for c in report.columns}
    metrics = score(predicted, labels)
    wrong = {k: (labels[k], predicted[k]) for k in labels if labels[k] != predicted[k]}
    assert metrics["category_accuracy"] >= 0.95, wrong
    assert metrics["entity_accuracy"] >= 0.95, wrong
