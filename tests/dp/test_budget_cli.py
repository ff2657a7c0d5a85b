"""`privet budget` as subprocesses: init, set, show (table and JSON), history, and failure modes."""

from __future__ import annotations

import json
from pathlib import Path

from privet.dp import Ledger, PrivacyEvent
from tests.conftest import run_cli


def _spend(path: Path, eps: float, *, dataset: str = "adult", principal: str = "default") -> None:
    Ledger(path).spend(PrivacyEvent("laplace", eps, description="count"), dataset=dataset, principal=principal)


def test_init_show_history_set(tmp_path: Path) -> None:
    path = tmp_path / "budget.db"
    result = run_cli(
        ["budget", "init", "--ledger", str(path), "--dataset", "adult", "--epsilon", "2", "--delta", "1e-5"]
    )
    assert result.returncode == 0, result.stderr
    assert path.exists()
    result = run_cli(["budget", "init", str(path), "--dataset", "adult", "--principal", "bob", "--epsilon", "1"])
    assert result.returncode == 0, result.stderr
    _spend(path, 0.5)
    _spend(path, 0.25, principal="bob")

    result = run_cli(["budget", "show", "--ledger", str(path), "--format", "json"])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    default, bob = data["budgets"]
    assert (default["principal"], bob["principal"]) == ("default", "bob") or bob["principal"] == "default"
    rows = {b["principal"]: b for b in data["budgets"]}
    assert rows["default"]["epsilon_spent"] == 0.5 and rows["default"]["epsilon_remaining"] == 1.5
    assert rows["default"]["delta_spent"] == 0.0 and rows["default"]["delta_remaining"] == 1e-5
    assert rows["bob"]["epsilon_remaining"] == 0.75

    table = run_cli(["budget", "show", "--ledger", str(path)])
    assert table.returncode == 0, table.stderr
    assert "adult" in table.stdout and "bob" in table.stdout and "1.5" in table.stdout

    hist = run_cli(["budget", "history", "--ledger", str(path), "--principal", "bob", "--format", "json"])
    assert hist.returncode == 0, hist.stderr
    spends = json.loads(hist.stdout)["spends"]
    table = run_cli(["budget", "history", "--ledger", str(path)])
    assert table.returncode == 0 and "laplace" in table.stdout and "count" in table.stdout
    assert len(spends) == 1 and spends[0]["event"]["epsilon"] == 0.25 and spends[0]["principal"] == "bob"

    result = run_cli(["budget", "set", "--ledger", str(path), "--dataset", "adult", "--epsilon", "3"])
    assert result.returncode == 0, result.stderr
    assert Ledger(path).remaining(dataset="adult", principal="default") == (2.5, 1e-5)  # delta cap kept


def test_show_filters_by_dataset(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    Ledger(path).set_budget(dataset="adult", principal="default", epsilon=1.0)
    Ledger(path).set_budget(dataset="census", principal="default", epsilon=1.0)
    data = json.loads(run_cli(["budget", "show", "--ledger", str(path), "-d", "census", "-f", "json"]).stdout)
    assert [b["dataset"] for b in data["budgets"]] == ["census"]


def test_failure_modes(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    missing = run_cli(["budget", "show", "--ledger", str(tmp_path / "nope.db")])
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert not (tmp_path / "nope.db").exists()
    assert run_cli(["budget", "init", "--ledger", str(path), "--dataset", "d", "--epsilon", "1"]).returncode == 0
    again = run_cli(["budget", "init", "--ledger", str(path), "--dataset", "d", "--epsilon", "5"])
    assert again.returncode == 2 and "already has a budget" in again.stderr
    bad = run_cli(["budget", "set", "--ledger", str(path), "--dataset", "d", "--epsilon", "1", "--delta", "2"])
    assert bad.returncode == 2 and "--delta" in bad.stderr
    noledger = run_cli(["budget", "show"])
    assert noledger.returncode == 2 and "--ledger" in noledger.stderr
    fmt = run_cli(["budget", "history", "--ledger", str(path), "--format", "xml"])
    assert fmt.returncode == 2 and "--format" in fmt.stderr
    junk = tmp_path / "junk.db"
    junk.write_text("not a database at all\n" * 200)
    broken = run_cli(["budget", "show", "--ledger", str(junk)])
    assert broken.returncode == 2 and "not a usable privet ledger" in broken.stderr
    for result in (missing, again, bad, noledger, fmt, broken):
        assert "Traceback" not in result.stderr
