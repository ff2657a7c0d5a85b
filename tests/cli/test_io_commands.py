"""`privet inspect` and `privet convert` as subprocesses: output, and every bad input's failure mode."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.io.test_read import BAD_CASES

DATA = Path(__file__).parents[1] / "data"


def test_inspect_table_output() -> None:
    result = run_cli(["inspect", str(DATA / "good" / "semicolon_decimal_comma.csv")])
    assert result.returncode == 0, result.stderr
    assert "delimiter ';'" in result.stdout and "decimal comma" in result.stdout
    assert "income" in result.stdout and "Float64" in result.stdout
    assert "Ada" not in result.stdout  # no cell values


def test_inspect_json_output() -> None:
    result = run_cli(["inspect", str(DATA / "good" / "nulls.csv"), "--format", "json"])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["rows"] == 3
    assert data["dialect"]["delimiter"] == ","
    assert [round(c["null_ratio"], 3) for c in data["columns"]] == [0.333, 0.667, 0.333]


def test_inspect_rejects_unknown_format() -> None:
    result = run_cli(["inspect", str(DATA / "good" / "comma.csv"), "--format", "xml"])
    assert result.returncode == 2
    assert "--format" in result.stderr


def test_convert_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "out.parquet"
    result = run_cli(["convert", str(DATA / "good" / "cp1252.csv"), "--out", str(out)])
    assert result.returncode == 0, result.stderr
    back = run_cli(["inspect", str(out), "--format", "json"])
    assert json.loads(back.stdout)["rows"] == 3


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_input_exits_2_with_one_line_and_no_output(tmp_path: Path, name: str) -> None:
    source = DATA / "bad" / name
    before = hashlib.sha256(source.read_bytes()).hexdigest()
    out = tmp_path / "out.parquet"
    result = run_cli(["convert", str(source), "--out", str(out)])
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("privet: error: ") and str(source) in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert hashlib.sha256(source.read_bytes()).hexdigest() == before


def test_convert_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("a,b\n1,2\n", encoding="utf-8")
    result = run_cli(["convert", str(source), "--out", str(source)])
    assert result.returncode == 2
    assert "output path is the input" in result.stderr
    assert source.read_text(encoding="utf-8") == "a,b\n1,2\n"


def test_debug_shows_traceback_and_missing_file_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    plain = run_cli(["inspect", str(missing)])
    assert plain.returncode == 2
    assert plain.stderr.strip() == f"privet: error: {missing}: no such file."
    debug = run_cli(["--debug", "inspect", str(missing)])
    assert debug.returncode == 2
    assert "Traceback" in debug.stderr


def test_usage_error_exits_2() -> None:
    result = run_cli(["inspect"])
    assert result.returncode == 2
    assert "Missing argument" in result.stderr
