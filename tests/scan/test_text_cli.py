"""`privet scan-text` as a subprocess: JSON Lines in and out, tables, stdin, and failure modes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from privet.cli._scan_text import scan_text
from privet.errors import PrivetError
from tests.conftest import run_cli

TEXTS = [
    "Hi, I am Anna Schmidt, anna.schmidt@gmail.com",
    None,
    "nothing to see here",
    "IBAN DE89 3704 0044 0532 0130 00, Hauptstraße 5, 10115 Berlin",
]


def _write_jsonl(path: Path) -> Path:
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in TEXTS), encoding="utf-8")
    return path


def test_jsonl_file_to_stdout(tmp_path: Path) -> None:
    result = run_cli(["scan-text", str(_write_jsonl(tmp_path / "in.jsonl"))])
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(TEXTS)
    assert [sorted({s["entity"] for s in line["spans"]}) for line in lines] == [
        ["EMAIL", "PERSON_NAME"],
        [],
        [],
        ["IBAN", "STREET_ADDRESS"],
    ]
    first = lines[0]["spans"][0]
    assert set(first) == {"start", "end", "entity", "score"}
    assert TEXTS[0][first["start"] : first["end"]] == "Anna Schmidt"  # type: ignore[index]
    assert "scanned 4 texts" in result.stderr


def test_stdin_and_out_file(tmp_path: Path) -> None:
    out = tmp_path / "spans.jsonl"
    payload = "".join(json.dumps({"text": t}) + "\n" for t in TEXTS)
    result = run_cli(["scan-text", "-", "--out", str(out), "--language", "de"], input=payload)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(TEXTS)


def test_table_column_as_table(tmp_path: Path) -> None:
    csv = tmp_path / "tickets.csv"
    csv.write_text('id,body\n1,"Call me: +1 415-555-2671"\n2,"Anna Schmidt wrote"\n', encoding="utf-8")
    result = run_cli(["scan-text", str(csv), "--column", "body", "--format", "table"])
    assert result.returncode == 0, result.stderr
    assert "PHONE" in result.stdout and "PERSON_NAME" in result.stdout
    assert "415" not in result.stdout and "Schmidt" not in result.stdout  # offsets only, never values
    assert "scanned 2 texts" in result.stderr


def test_bad_json_line_names_the_line_not_the_value(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": "secret 4111 1111 1111 1111"\n', encoding="utf-8")
    result = run_cli(["scan-text", str(bad)])
    assert result.returncode == 2
    assert "line 2" in result.stderr and "4111" not in result.stderr


@pytest.mark.parametrize(
    ("lines", "args", "message"),
    [
        ('{"body": "x"}\n', [], '"text"'),
        ('{"text": 3}\n', [], "string or null"),
        ('{"text": "x"}\n', ["--format", "xml"], "--format"),
        ('{"text": "x"}\n', ["--language", "xx"], "language"),
        ('{"text": "x"}\n', ["--out", "/nonexistent-dir/out.jsonl"], "does not exist"),
    ],
)
def test_failure_modes_in_process(tmp_path: Path, lines: str, args: list[str], message: str) -> None:
    """The same command in-process (typer's runner): each bad input is one line on stderr and exit 2."""
    source = tmp_path / "in.jsonl"
    source.write_text(lines, encoding="utf-8")
    with pytest.raises(PrivetError, match=re.escape(message)):
        scan_text(str(source), **_options(args))


def _options(args: list[str]) -> dict[str, object]:
    options: dict[str, object] = {"column": None, "format": "jsonl", "language": None, "out": None, "workers": 1}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        key = flag.lstrip("-")
        options[key] = Path(value) if key == "out" else value
    return options


def test_missing_inputs_in_process(tmp_path: Path) -> None:
    with pytest.raises(PrivetError, match="no such file"):
        scan_text(str(tmp_path / "missing.jsonl"), **_options([]))
    csv = tmp_path / "t.csv"
    csv.write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(PrivetError, match="body"):
        scan_text(str(csv), **_options(["--column", "body"]))


def test_output_never_overwrites_input(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl")
    before = source.read_bytes()
    result = run_cli(["scan-text", str(source), "--out", str(source)])
    assert result.returncode == 2
    assert source.read_bytes() == before
