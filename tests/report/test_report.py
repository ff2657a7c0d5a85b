"""The report: content and order, JSON round trip, masking guard, and a real headless-Chromium render."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from privet.report import ReportFacts, ScanColumn, SourceFacts, render_html, render_json, write_report
from privet.report._summary import gdpr_items
from tests.report.browser import render_in_chromium
from tests.report.facts import NOW, full_facts

ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"
SECTION_ORDER = ["verdict", "columns", "policy", "risk", "model", "audit", "ledger", "gdpr"]


def test_sections_appear_in_the_required_order() -> None:
    html = render_html(full_facts())
    positions = [html.index(f'<section id="{name}">') for name in SECTION_ORDER]
    assert positions == sorted(positions)


def test_verdict_states_the_facts() -> None:
    html = render_html(full_facts())
    assert "5 of 6 columns" in html
    assert "k = 10, prosecutor risk 10.0%" in html
    assert "ε = 1.5 of 3" in html
    assert "accuracy 0.810 vs 0.830 non-private" in html
    assert "no leakage detected" in html


def test_gdpr_section_is_built_from_the_facts() -> None:
    document = json.loads(render_json(full_facts()))
    titles = {item["title"]: item for item in document["gdpr"]}
    assert titles["Special categories"]["columns"] == ["diagnosis"]
    assert titles["Pseudonymisation"]["columns"] == ["email"]
    assert titles["Residual re-identification risk"]["tone"] == "good"
    record = document["record_of_processing"]
    assert "email" in record["Categories of personal data"]
    assert record["Controller and contact details"] == "to complete"


def test_kept_direct_identifier_is_flagged() -> None:
    facts = full_facts()
    policy = [p.model_copy(update={"action": "keep"}) if p.name == "email" else p for p in facts.policy]
    document = json.loads(render_json(facts.model_copy(update={"policy": policy})))
    minimisation = next(i for i in document["gdpr"] if i["title"] == "Data minimisation")
    assert minimisation["tone"] == "bad"
    assert "email" in minimisation["columns"]


def test_json_round_trips_to_the_same_facts() -> None:
    facts = full_facts()
    document = json.loads(render_json(facts))
    for derived in ("verdict", "gdpr", "record_of_processing"):
        document.pop(derived)
    assert ReportFacts.model_validate(document) == facts


def test_unmasked_examples_are_refused() -> None:
    with pytest.raises(ValidationError, match="masked"):
        ScanColumn(
            name="email",
            entity="EMAIL",
            category="direct_identifier",
            confidence=0.9,
            examples=["jane.doe@example.com"],
        )


def test_minimal_report_renders_without_optional_sections() -> None:
    facts = ReportFacts(privet_version="0.1.0", generated_at=NOW, source=SourceFacts(name="t.csv", rows=1, columns=1))
    html = render_html(facts)
    assert '<section id="gdpr">' in html
    assert '<section id="model">' not in html


def test_self_contained_no_external_reference() -> None:
    html = render_html(full_facts())
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?!#|data:)""", html)
    without_namespaces = re.sub(r'xmlns(?::\w+)?="[^"]*"', "", html)
    assert "http://" not in without_namespaces and "https://" not in without_namespaces
    assert "url(http" not in html
    assert "<script" not in html
    assert html.count("<svg") == 4


def test_text_is_escaped() -> None:
    facts = full_facts()
    hostile = facts.model_copy(update={"source": SourceFacts(name="<img src=x onerror=alert(1)>", rows=1, columns=1)})
    html = render_html(hostile)
    assert "<img src=x" not in html
    assert "&lt;img src=x" in html


def test_write_report_writes_both_files(tmp_path: Path) -> None:
    html_path, json_path = write_report(full_facts(), tmp_path)
    assert html_path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert json.loads(json_path.read_text(encoding="utf-8"))["source"]["name"] == "customers.csv"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.json"]


@pytest.mark.slow
def test_renders_in_headless_chromium_without_errors_or_network(tmp_path: Path) -> None:
    from PIL import Image, ImageStat

    html_path, _ = write_report(full_facts(), tmp_path)
    url = html_path.resolve().as_uri()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    console_errors, requests, headings = render_in_chromium(html_path, shot)
    assert console_errors == []
    assert requests == [url]
    assert any("At a glance" in h for h in headings) and any("GDPR" in h for h in headings)
    image = Image.open(shot).convert("L")
    assert image.size[0] == 1280 and image.size[1] > 2000
    assert ImageStat.Stat(image).stddev[0] > 20  # not blank: text, tables and charts


def test_residual_risk_warns_on_attribute_disclosure() -> None:
    facts = full_facts()
    assert facts.risk is not None and facts.risk.after is not None
    homogeneous = facts.risk.after.model_copy(update={"l_diversity": 1.0})
    disclosed = facts.model_copy(update={"risk": facts.risk.model_copy(update={"after": homogeneous})})
    item = next(i for i in gdpr_items(disclosed) if i.title == "Residual re-identification risk")
    assert item.tone == "warn" and "'diagnosis'" in item.statement and "l = 1" in item.statement
    fine = next(i for i in gdpr_items(facts) if i.title == "Residual re-identification risk")
    assert fine.tone == "good" and "discloses" not in fine.statement
