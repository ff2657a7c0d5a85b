"""`privet scan-text` as a subprocess: JSON Lines in and out, tables, stdin, and failure modes."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_table_column(tmp_path: Path) -> None:
    csv = tmp_path / "tickets.csv"
    csv.write_text('id,body\n1,"Call me: +1 415-555-2671"\n2,"no pii"\n', encoding="utf-8")
    result = run_cli(["scan-text", str(csv), "--column", "body"])
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [len(line["spans"]) for line in lines] == [1, 0]


def test_table_format_shows_no_values(tmp_path: Path) -> None:
    result = run_cli(["scan-text", str(_write_jsonl(tmp_path / "in.jsonl")), "--format", "table"])
    assert result.returncode == 0, result.stderr
    assert "PERSON_NAME" in result.stdout and "IBAN" in result.stdout
    assert "Schmidt" not in result.stdout and "DE89" not in result.stdout


def test_bad_inputs(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok"}\n{"text": "secret 4111 1111 1111 1111"\n', encoding="utf-8")
    result = run_cli(["scan-text", str(bad)])
    assert result.returncode == 2
    assert "line 2" in result.stderr and "4111" not in result.stderr

    wrong = tmp_path / "wrong.jsonl"
    wrong.write_text('{"body": "x"}\n', encoding="utf-8")
    result = run_cli(["scan-text", str(wrong)])
    assert result.returncode == 2 and '"text"' in result.stderr

    result = run_cli(["scan-text", str(_write_jsonl(tmp_path / "in.jsonl")), "--format", "xml"])
    assert result.returncode == 2 and "--format" in result.stderr

    csv = tmp_path / "t.csv"
    csv.write_text("a\n1\n", encoding="utf-8")
    result = run_cli(["scan-text", str(csv), "--column", "body"])
    assert result.returncode == 2 and "body" in result.stderr


def test_output_never_overwrites_input(tmp_path: Path) -> None:
    source = _write_jsonl(tmp_path / "in.jsonl")
    before = source.read_bytes()
    result = run_cli(["scan-text", str(source), "--out", str(source)])
    assert result.returncode == 2
    assert source.read_bytes() == before
