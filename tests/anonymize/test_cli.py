"""CLI subprocess tests: keys, policy check/schema/draft, anonymize, reveal, risk, and their failure modes.

Every failing command must exit 2 with one line on stderr, leave the input byte-identical and write no output.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import polars as pl
import pytest

from privet.anonymize import load_key, load_policy, new_key, save_key
from tests.conftest import run_cli

PEOPLE = pl.DataFrame(
    {
        "email": [f"person{i}@example.org" for i in range(40)],
        "name": [f"Name{i} Surname{i}" for i in range(40)],
        "age": [20 + (i * 7) % 50 for i in range(40)],
        "sex": ["F", "M"] * 20,
        "card": ["4111 1111 1111 1111", "5500 0000 0000 0004"] * 20,
        "diagnosis": ["flu", "cold", "asthma", "flu", "hiv"] * 8,
    }
)
POLICY = """\
version: 1
columns:
  # direct identifier: joinable pseudonym
  email: {action: pseudonymize, normalize: true}
  name: encrypt
  age: keep
  sex: keep
  card: {action: fpe, luhn: true}
  diagnosis: {action: keep, sensitive: true}
privacy_model: {quasi_identifiers: [age, sex], k: 4, l: 2, sensitive: diagnosis}
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    PEOPLE.write_csv(tmp_path / "people.csv")
    (tmp_path / "policy.yaml").write_text(POLICY)
    save_key(new_key(), tmp_path / "k.key")  # `privet keys new` itself is tested below
    return tmp_path


def test_keys_new_writes_a_private_file_and_never_prints_the_key(workdir: Path) -> None:
    key_file = workdir / "cli.key"
    made = run_cli(["keys", "new", "--out", str(key_file)])
    assert made.returncode == 0, made.stderr
    assert load_key(key_file) != load_key(workdir / "k.key")
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    secret = key_file.read_text().strip().split(":", 1)[1]
    again = run_cli(["keys", "new", "--out", str(key_file)])
    assert again.returncode == 2 and "never overwritten" in again.stderr
    assert key_file.read_text().strip().split(":", 1)[1] == secret
    fresh = run_cli(["keys", "new", "--out", str(workdir / "k2.key")])
    fresh_secret = (workdir / "k2.key").read_text().strip().split(":", 1)[1]
    assert fresh_secret[:10] not in fresh.stdout + fresh.stderr


def test_anonymize_then_reveal_then_risk(workdir: Path) -> None:
    source = workdir / "people.csv"
    before = _digest(source)
    out = workdir / "out.csv"
    result = run_cli(
        [
            "anonymize",
            str(source),
            "--policy",
            str(workdir / "policy.yaml"),
            "--out",
            str(out),
            "--key-file",
            str(workdir / "k.key"),
            "--format",
            "json",
        ]
    )
    assert result.returncode == 0, result.stderr
    assert _digest(source) == before
    summary = json.loads(result.stdout)
    assert summary["rows_in"] == 40 and summary["k"] >= 4
    actions = {c["column"]: c["action"] for c in summary["columns"]}
    assert actions == {
        "email": "pseudonymize",
        "name": "encrypt",
        "age": "keep",
        "sex": "keep",
        "card": "fpe",
        "diagnosis": "keep",
    }
    text = out.read_text()
    for planted in ("person1@example.org", "Name1 Surname1", "4111 1111 1111 1111"):
        assert planted not in text
    secret = (workdir / "k.key").read_text().strip().split(":", 1)[1]
    assert secret[:10] not in text + result.stdout + result.stderr

    revealed = workdir / "revealed.csv"
    back = run_cli(
        [
            "reveal",
            str(out),
            "--policy",
            str(workdir / "policy.yaml"),
            "--out",
            str(revealed),
            "--key-file",
            str(workdir / "k.key"),
        ]
    )
    assert back.returncode == 0, back.stderr
    assert pl.read_csv(revealed)["card"].to_list() == PEOPLE["card"].to_list()

    risk = run_cli(["risk", str(out), "--qi", "age,sex", "--sensitive", "diagnosis", "--format", "json"])
    assert risk.returncode == 0, risk.stderr
    report = json.loads(risk.stdout)
    assert report["k"] >= 4 and report["l"] >= 2 and report["rows"] == 40
    table = run_cli(["risk", str(out), "--qi", "age,sex", "--sensitive", "diagnosis", "--original", str(source)])
    assert table.returncode == 0, table.stderr
    assert "prosecutor risk" in table.stdout and "GCP" in table.stdout


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("missing_key", "PRIVET_KEY"),
        ("bad_key", "too short"),
        ("bad_policy", "columns.email.action: unknown action"),
        ("missing_column", "columns.emial: the table has no column"),
        ("missing_policy", "no such policy file"),
    ],
)
def test_anonymize_failures_exit_2_and_leave_no_output(workdir: Path, case: str, words: str) -> None:
    source = workdir / "people.csv"
    policy = workdir / "policy.yaml"
    out = workdir / "out.csv"
    args = ["anonymize", str(source), "--policy", str(policy), "--out", str(out), "--key-file", str(workdir / "k.key")]
    env = {"PRIVET_KEY": ""}
    if case == "missing_key":
        args = args[:-2]
        env = {}
    elif case == "bad_key":
        (workdir / "k.key").chmod(0o600)
        (workdir / "short.key").write_text("privet-key-v1:c2hvcnRrZXk")
        args[-1] = str(workdir / "short.key")
    elif case == "bad_policy":
        policy.write_text(POLICY.replace("action: pseudonymize", "action: scramble"))
    elif case == "missing_column":
        policy.write_text(POLICY.replace("  email:", "  emial:"))
    elif case == "missing_policy":
        args[3] = str(workdir / "absent.yaml")
    before = _digest(source)
    full_env = {k: v for k, v in os.environ.items() if k != "PRIVET_KEY"} if case == "missing_key" else None
    if full_env is not None:
        import subprocess
        import sys

        result = subprocess.run(
            [sys.executable, "-m", "privet", *args],
            capture_output=True,
            text=True,
            env={**full_env, "COLUMNS": "200"},
            check=False,
        )
    else:
        result = run_cli(args, env=env if case != "missing_key" else None)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert _digest(source) == before
    assert not out.exists()
    assert not [p for p in workdir.iterdir() if p.name.startswith(".out.csv")]  # no temporary left


def test_reveal_with_another_key_fails_cleanly(workdir: Path) -> None:
    out = workdir / "out.csv"
    run = run_cli(
        [
            "anonymize",
            str(workdir / "people.csv"),
            "-p",
            str(workdir / "policy.yaml"),
            "-o",
            str(out),
            "-k",
            str(workdir / "k.key"),
        ]
    )
    assert run.returncode == 0, run.stderr
    save_key(new_key(), workdir / "other.key")
    before = _digest(out)
    bad = run_cli(
        [
            "reveal",
            str(out),
            "-p",
            str(workdir / "policy.yaml"),
            "-o",
            str(workdir / "r.csv"),
            "-k",
            str(workdir / "other.key"),
        ]
    )
    assert bad.returncode == 2 and "do not decrypt" in bad.stderr
    assert not (workdir / "r.csv").exists()
    assert _digest(out) == before


def test_policy_check_and_schema(workdir: Path) -> None:
    ok = run_cli(["policy", "check", str(workdir / "policy.yaml"), "--table", str(workdir / "people.csv")])
    assert ok.returncode == 0 and "valid" in ok.stdout
    (workdir / "bad.yaml").write_text(POLICY.replace("k: 4", "k: 1"))
    bad = run_cli(["policy", "check", str(workdir / "bad.yaml")])
    assert bad.returncode == 2 and "privacy_model.k" in bad.stderr and str(workdir / "bad.yaml") in bad.stderr
    schema = run_cli(["policy", "schema"])
    assert schema.returncode == 0
    assert json.loads(schema.stdout)["title"] == "privet anonymization policy"


def test_risk_failures(workdir: Path) -> None:
    before = _digest(workdir / "people.csv")
    missing = run_cli(["risk", str(workdir / "people.csv"), "--qi", "age,nope"])
    assert missing.returncode == 2 and "'nope'" in missing.stderr
    empty = run_cli(["risk", str(workdir / "people.csv"), "--qi", ","])
    assert empty.returncode == 2
    assert _digest(workdir / "people.csv") == before


def test_policy_draft_from_the_scan(workdir: Path) -> None:
    out = workdir / "draft.yaml"
    result = run_cli(["policy", "draft", str(workdir / "people.csv"), "--out", str(out), "--k", "3", "--l", "3"])
    assert result.returncode == 0, result.stderr
    text = out.read_text()
    assert "email" in text and "# " in text
    model = load_policy(out).privacy_model
    assert model is not None and model.k == 3
    assert (model.sensitive, model.l) == ("diagnosis", 3)
    check = run_cli(["policy", "check", str(out), "--table", str(workdir / "people.csv")])
    assert check.returncode == 0, check.stderr
