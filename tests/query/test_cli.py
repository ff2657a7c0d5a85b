"""``privet query`` as a subprocess: JSON/CSV output, the ledger, and failure modes that spend nothing."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from privet.dp import Ledger
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rng = np.random.default_rng(0)
    n = 3000
    path = tmp_path_factory.mktemp("q") / "people.csv"
    pl.DataFrame(
        {
            "user_id": rng.integers(0, 400, n),
            "zip": rng.choice(["z1", "z2", "z3"], n),
            "gender": rng.choice(["f", "m"], n),
            "income": rng.uniform(0, 250_000, n),
            "age": rng.integers(18, 90, n),
            "uid_nulls": [None, *rng.integers(0, 9, n - 1).tolist()],
        }
    ).write_csv(path)
    return path


def _ledger(path: Path, epsilon: float) -> Ledger:
    ledger = Ledger(path)
    ledger.set_budget(dataset="people", epsilon=epsilon, delta=1e-4)
    return ledger


def test_json_release_charges_the_ledger(people: Path, tmp_path: Path) -> None:
    ledger = _ledger(tmp_path / "budget.db", 3.0)
    out = tmp_path / "result.json"
    args = [
        "query", str(people), "--by", "zip,gender", "--count", "--sum", "income:0:200000", "--mean", "age:18:100",
        "--epsilon", "3", "--unit", "user_id", "--max-partitions", "2", "--max-contributions", "3",
        "--split", "count=1,sum_income=1,mean_age=1,partition_selection=2",
        "--ledger", str(tmp_path / "budget.db"), "--dataset", "people", "--format", "json", "--out", str(out),
    ]  # fmt: skip
    result = run_cli(args)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    assert (data["epsilon"], data["delta"], data["confidence"]) == (3.0, 1e-6, 0.95)
    # 3 zips x 2 genders with ~130 bounded users each; at epsilon 1.2 for selection the threshold is ~31
    # users with sigma ~6, so each group is released with probability > 1 - 1e-12 (at epsilon 1 it was ~0.97).
    assert len(data["rows"]) == 6
    row = data["rows"][0]
    assert set(row) == {"zip", "gender", "count", "count_ci", "sum_income", "sum_income_ci", "mean_age", "mean_age_ci"}
    assert row["count_ci"][0] <= row["count"] <= row["count_ci"][1]
    assert 18 <= row["mean_age"] <= 100
    assert data["budget"] == pytest.approx({"count": 0.6, "sum_income": 0.6, "mean_age": 0.6,
                                            "partition_selection": 1.2})  # fmt: skip
    assert ledger.spent(dataset="people") == pytest.approx((3.0, 1e-6))
    assert len(ledger.history(dataset="people")) == 1


def test_csv_with_public_keys_and_row_level_privacy(people: Path, tmp_path: Path) -> None:
    keys = tmp_path / "keys.csv"
    pl.DataFrame({"zip": ["z1", "z2", "nowhere"]}).write_csv(keys)
    result = run_cli(["query", str(people), "--by", "zip", "--count", "--public-keys", str(keys), "--epsilon", "2",
                      "--format", "csv"])  # fmt: skip
    assert result.returncode == 0, result.stderr
    frame = pl.read_csv(result.stdout.encode())
    assert frame.columns == ["zip", "count", "count_ci_low", "count_ci_high"]
    assert frame["zip"].to_list() == ["nowhere", "z1", "z2"]
    assert frame["count"][1] > 500 and frame["count"][0] < 20


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--by", "nope", "--count"], "'nope' not found"),
        (["--by", "zip", "--sum", "income:low:high"], "--sum"),
        (["--by", "zip", "--count", "--unit", "uid_nulls"], "null"),
        (["--by", "zip", "--count", "--epsilon", "0"], "epsilon"),
        (["--by", "zip", "--count", "--epsilon", "5"], "budget"),
        (["--by", "zip"], "Nothing to compute"),
        (["--by", "zip", "--count", "--split", "count=2,oops"], "--split"),
        (["--by", "zip", "--count", "--split", "count=1"], "partition_selection"),
    ],
)
def test_bad_input_exits_2_and_spends_nothing(people: Path, tmp_path: Path, extra: list[str], message: str) -> None:
    ledger = _ledger(tmp_path / "budget.db", 2.0)
    out = tmp_path / "out.json"
    args = ["query", str(people), "--epsilon", "1", *extra, "--ledger", str(tmp_path / "budget.db"), "--dataset",
            "people", "--format", "json", "--out", str(out)]  # fmt: skip
    result = run_cli(args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message.lower() in result.stderr.lower()
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert ledger.history(dataset="people") == []
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.spark
def test_spark_engine_json_and_a_failing_query_spends_nothing(people: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyspark", reason="needs the 'spark' extra")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java 17 (.ci/run installs it)")
    parquet = tmp_path / "people.parquet"
    pl.read_csv(people).write_parquet(parquet)
    ledger = _ledger(tmp_path / "budget.db", 2.0)
    common = ["query", str(parquet), "--engine", "spark", "--ledger", str(tmp_path / "budget.db"), "--dataset",
              "people", "--format", "json"]  # fmt: skip
    # the null check runs as a Spark job: exit 2, one clear line at the end, nothing spent, no output
    bad = run_cli([*common, "--by", "zip", "--count", "--unit", "uid_nulls", "--epsilon", "1",
                   "--out", str(tmp_path / "bad.json")], timeout=120)  # fmt: skip
    assert bad.returncode == 2, bad.stdout + bad.stderr
    assert "null" in bad.stderr.strip().splitlines()[-1] and "Traceback" not in bad.stderr
    assert ledger.history(dataset="people") == [] and not (tmp_path / "bad.json").exists()
    keys = tmp_path / "keys.csv"
    pl.DataFrame({"zip": ["z1", "z2", "z3"]}).write_csv(keys)
    common[1] = str(people)  # the CSV path: read by polars, handed to Spark through Arrow
    good = run_cli([*common, "--by", "zip", "--public-keys", str(keys), "--count", "--sum", "income:0:200000",
                    "--quantile", "age:0.5:18:100", "--unit", "user_id", "--max-partitions", "2", "--epsilon", "1.5"],
                   timeout=120)  # fmt: skip
    assert good.returncode == 0, good.stderr
    for noise in ("FutureWarning", " WARN ", "log4j profile"):  # pyspark's pandas warning and JVM start-up chatter
        assert noise not in bad.stderr + good.stderr
    data = json.loads(good.stdout)
    assert (data["epsilon"], data["delta"], data["confidence"]) == (1.5, 0.0, 0.95)
    assert [row["zip"] for row in data["rows"]] == ["z1", "z2", "z3"]
    for row in data["rows"]:
        assert set(row) == {"zip", "count", "count_ci", "sum_income", "sum_income_ci", "quantile_age",
                            "quantile_age_ci"}  # fmt: skip
        assert row["count_ci"][0] <= row["count"] <= row["count_ci"][1]
        assert 18 <= row["quantile_age_ci"][0] <= row["quantile_age"] <= row["quantile_age_ci"][1] <= 100
        assert 180 < row["count"] < 400  # 400 users, 2 of their ~3 zips kept, 1 row each: ~260 per zip
    assert ledger.spent(dataset="people") == pytest.approx((1.5, 0.0))
    assert len(ledger.history(dataset="people")) == 1
