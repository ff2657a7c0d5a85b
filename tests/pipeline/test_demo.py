"""``privet demo`` end to end: the report exists, renders, and no raw identifier of the input leaks.

One demo run (a subprocess, as a user types it) is shared by the tests of this module.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import polars as pl
import pytest

from privet.datasets import customers_path
from tests.conftest import run_cli
from tests.report.browser import render_in_chromium

ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"
# Columns whose raw values must never leave the run: what the scan calls direct identifiers.
IDENTIFIERS = ["email", "phone", "street_address", "national_id", "card_number", "iban", "ip_address"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    folder = tmp_path_factory.mktemp("demo")
    result = run_cli(["demo"], cwd=folder)
    assert result.returncode == 0, result.stderr[-2000:]
    return folder / "privet-demo", result


def _planted() -> list[str]:
    """Raw identifiers of the input: the direct-identifier cells and full names (values of 8+ characters)."""
    table = pl.read_csv(customers_path(), infer_schema=False)
    values: set[str] = set()
    for column in IDENTIFIERS:
        values.update(v for v in table[column].drop_nulls().to_list() if len(v) >= 8)
    values.update(f"{first} {last}" for first, last in zip(table["first_name"], table["last_name"], strict=True))
    return sorted(values)


@pytest.mark.slow
def test_demo_writes_every_output_and_says_where_the_report_is(
    demo: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, result = demo
    names = {p.name for p in out.iterdir()}
    assert {"report.html", "report.json", "anonymized.csv", "policy.yaml", "model.joblib"} <= names
    assert f"Report: {(out / 'report.html').resolve()}" in result.stdout
    facts = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert facts["source"]["rows"] == 5000
    assert facts["model"]["accuracy"] > facts["model"]["majority_accuracy"]
    assert facts["ledger"]["epsilon_spent"] <= facts["ledger"]["epsilon_budget"]
    assert facts["audit"]["claimed_epsilon"] == facts["model"]["epsilon"]
    assert not [p for p in out.parent.iterdir() if ".staging" in p.name]


@pytest.mark.slow
def test_no_raw_identifier_in_report_logs_or_outputs(demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, result = demo
    texts = {
        "report.html": (out / "report.html").read_text(encoding="utf-8"),
        "report.json": (out / "report.json").read_text(encoding="utf-8"),
        "policy.yaml": (out / "policy.yaml").read_text(encoding="utf-8"),
        "stdout": result.stdout,
        "stderr": result.stderr,
        "anonymized.csv": (out / "anonymized.csv").read_text(encoding="utf-8"),
    }
    planted = _planted()
    assert len(planted) > 20_000
    for name, text in texts.items():
        leaked = [value for value in planted if value in text]
        assert not leaked, f"{len(leaked)} raw identifier(s) in {name}"


@pytest.mark.slow
def test_demo_report_renders_in_chromium(demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    from PIL import Image, ImageStat

    out, _ = demo
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "demo-report.png"
    errors, requests, headings = render_in_chromium(out / "report.html", shot)
    assert errors == []
    assert requests == [(out / "report.html").resolve().as_uri()]
    assert any("At a glance" in h for h in headings)
    assert ImageStat.Stat(Image.open(shot).convert("L")).stddev[0] > 20
