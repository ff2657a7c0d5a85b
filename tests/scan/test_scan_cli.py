"""``privet scan FILE`` as a subprocess: formats, --out, and failure modes."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from tests.conftest import run_cli


@pytest.fixture
def people(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    pl.DataFrame(
        {
            "eml": [f"person{i}@example.org" for i in range(40)],
            "c2": ["DE89370400440532013000", "GB82WEST12345698765432"] * 20,
            "qty": list(range(40)),
        }
    ).write_csv(path)
    return path


def test_json_output_follows_the_spec(people: Path) -> None:
    result = run_cli(["scan", str(people), "--format", "json"])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == "people.csv" and data["rows"] == 40
    assert [(c["name"], c["entity"], c["category"]) for c in data["columns"]] == [
        ("eml", "EMAIL", "direct_identifier"),
        ("c2", "IBAN", "direct_identifier"),
        ("qty", "NONE", "none"),
    ]
    assert "person0@example.org" not in result.stdout


def test_table_output_and_out_file(people: Path, tmp_path: Path) -> None:
    result = run_cli(["scan", str(people)])
    assert result.returncode == 0, result.stderr
    assert "EMAIL" in result.stdout and "IBAN" in result.stdout
    out = tmp_path / "scan.json"
    result = run_cli(["scan", str(people), "--format", "json", "--out", str(out), "--sample-rows", "10"])
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["rows_scanned"] == 10
    page = tmp_path / "scan.html"
    assert run_cli(["scan", str(people), "--format", "html", "--out", str(page)]).returncode == 0
    assert "<table>" in page.read_text() and "person0@" not in page.read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["scan", "missing.csv"], "no such file"),
        (["scan", "{people}", "--format", "xml"], "--format"),
        (["scan", "{people}", "--out", "{people}"], "input file"),
        (["scan", "{bad}"], "bad.parquet"),
        (["scan", "{people}", "--sample-rows", "0"], "--sample-rows"),
    ],
)
def test_failures_exit_2_with_one_line(people: Path, tmp_path: Path, args: list[str], message: str) -> None:
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"PAR1 not really parquet")
    args = [a.format(people=people, bad=bad) for a in args]
    result = run_cli(args, cwd=tmp_path)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
