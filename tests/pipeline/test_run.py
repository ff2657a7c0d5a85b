"""``privet run``: outputs appear only when every stage succeeds; failures are one clear line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from privet.errors import DataError
from privet.pipeline import load_pipeline, run_pipeline
from privet.pipeline._staging import staged_outputs
from tests.conftest import run_cli


def small_table(folder: Path) -> Path:
    path = folder / "people.csv"
    rows = ["age,zip,income"] + [f"{20 + i % 50},{10000 + i % 7},{1000 * (i % 13)}" for i in range(200)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def pipeline_file(folder: Path, body: str) -> Path:
    path = folder / "pipeline.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_run_writes_report_into_output_dir(tmp_path: Path) -> None:
    small_table(tmp_path)
    config = load_pipeline(pipeline_file(tmp_path, "input: people.csv\noutput_dir: out\n"))
    result = run_pipeline(config)
    assert result.outputs["report"] == tmp_path / "out" / "report.html"
    facts = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert facts["source"] == {"name": "people.csv", "rows": 200, "columns": 3}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.staging")]


def test_failed_stage_leaves_no_output_and_no_staging(tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_bytes(b"\x00\x01garbage\x00")
    config = load_pipeline(pipeline_file(tmp_path, "input: people.csv\noutput_dir: out\n"))
    with pytest.raises(DataError, match="stage 'read the input' failed"):
        run_pipeline(config)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv", "pipeline.yaml"]


def test_staging_keeps_previous_outputs_when_the_block_fails(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text("previous", encoding="utf-8")
    with pytest.raises(RuntimeError), staged_outputs(out) as staging:
        staging.path("report.html").write_text("new", encoding="utf-8")
        raise RuntimeError("a later stage failed")
    assert (out / "report.html").read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_staging_refuses_path_like_names(tmp_path: Path) -> None:
    with staged_outputs(tmp_path / "out") as staging, pytest.raises(ValueError):
        staging.path("../../etc/passwd")


def test_output_dir_equal_to_input_folder_never_overwrites_the_input(tmp_path: Path) -> None:
    data = tmp_path / "report.html"  # an input whose name collides with an output
    data.write_text("age\n1\n2\n", encoding="utf-8")
    config = load_pipeline(pipeline_file(tmp_path, "input: report.html\noutput_dir: .\n"))
    with pytest.raises(DataError):
        run_pipeline(config)
    assert data.read_text(encoding="utf-8") == "age\n1\n2\n"


def test_cli_run_prints_where_the_report_is(tmp_path: Path) -> None:
    small_table(tmp_path)
    pipeline = pipeline_file(tmp_path, "input: people.csv\noutput_dir: out\n")
    result = run_cli(["run", str(pipeline), "--quiet"])
    assert result.returncode == 0, result.stderr
    assert str(tmp_path / "out" / "report.html") in result.stdout


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("input: missing.csv\n", "missing.csv"),
        ("input: people.csv\nmodle: {}\n", "modle"),
        ("input: [unclosed\n", "invalid YAML"),
    ],
)
def test_cli_run_failures_are_one_line_exit_2_no_outputs(tmp_path: Path, body: str, message: str) -> None:
    small_table(tmp_path)
    pipeline = pipeline_file(tmp_path, body + "output_dir: out\n" if "[" not in body else body)
    result = run_cli(["run", str(pipeline)])
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("privet: error:") and message in lines[-1]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if ".staging" in p.name]


def customers_slice(folder: Path, rows: int = 600) -> Path:
    from privet.datasets import customers

    path = folder / "customers.csv"
    customers().head(rows).write_csv(path)
    return path


MODEL_PIPELINE = """\
input: customers.csv
output_dir: out
key_file: {key}
ledger: {{path: budget.db, epsilon: {budget}, delta: 1.0e-5}}
model:
  target: {target}
  features: [education, plan, income, tenure_months, support_calls]
  epsilon: 1.0
  delta: 1.0e-6
  categories: {{churned: ["0", "1"], education: [secondary, vocational, bachelor, master, doctorate],
               plan: [basic, standard, premium]}}
  bounds: {{income: [0, 250000], tenure_months: [0, 240], support_calls: [0, 10]}}
audit: {{attacks: [loss], shadow_models: 2}}
queries:
  - {{by: [plan], count: true, epsilon: 0.5, delta: 1.0e-6}}
"""


def model_pipeline(folder: Path, *, target: str = "churned", budget: float = 5.0) -> Path:
    customers_slice(folder)
    key = folder / "k.key"
    assert run_cli(["keys", "new", "--out", str(key)]).returncode == 0
    return pipeline_file(folder, MODEL_PIPELINE.format(key=key, target=target, budget=budget))


@pytest.mark.slow
def test_full_run_spends_once_per_release_and_reports_everything(tmp_path: Path) -> None:
    from privet.dp import Ledger

    result = run_pipeline(load_pipeline(model_pipeline(tmp_path)))
    facts = result.facts
    assert facts.model is not None and facts.audit is not None and facts.risk is not None
    assert facts.model.test_rows == 150 and 0 <= facts.model.accuracy <= 1
    assert facts.audit.claimed_epsilon == 1.0
    assert [q.rows_released for q in facts.queries] and facts.queries[0].epsilon == 0.5
    spent, _ = Ledger(tmp_path / "budget.db").spent(dataset="customers", principal="privet-run")
    assert spent == pytest.approx(1.5)  # the model (1.0) and the query (0.5); public schema costs nothing
    assert facts.ledger is not None and facts.ledger.epsilon_spent == pytest.approx(1.5)
    assert {"report", "facts", "anonymized table", "model", "policy", "query 1"} <= set(result.outputs)
    assert all(path.exists() for path in result.outputs.values())
    import joblib

    model = joblib.load(result.outputs["model"])
    rows = pl.read_csv(result.outputs["anonymized table"])
    features = ["education", "plan", "income", "tenure_months", "support_calls"]
    assert set(model.predict(rows.select(features))) <= {"0", "1"}


@pytest.mark.parametrize(
    ("target", "budget", "message"),
    [
        ("no_such_column", 5.0, "'no_such_column' is not a column"),
        ("churned", 1.2, "plans to spend epsilon=1.5"),
    ],
)
def test_cli_model_failures_stop_cleanly(tmp_path: Path, target: str, budget: float, message: str) -> None:
    pipeline = model_pipeline(tmp_path, target=target, budget=budget)
    result = run_cli(["run", str(pipeline), "--quiet"])
    assert result.returncode == 2, result.stderr[-1000:]
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("privet: error:") and message in last
    assert not (tmp_path / "out").exists()
    assert not [p for p in tmp_path.iterdir() if ".staging" in p.name]


def test_budget_refusal_spends_nothing(tmp_path: Path) -> None:
    from privet.dp import Ledger
    from privet.errors import BudgetExceededError

    with pytest.raises(BudgetExceededError):
        run_pipeline(load_pipeline(model_pipeline(tmp_path, budget=1.2)))
    assert Ledger(tmp_path / "budget.db").spent(dataset="customers", principal="privet-run") == (0.0, 0.0)


NOISE_POLICY = """\
columns:
  age: keep
  zip: keep
  income: {action: noise, epsilon: 2.0, bounds: [0, 20000]}
"""


def test_policy_noise_is_charged_to_the_run_ledger_and_planned(tmp_path: Path) -> None:
    from privet.dp import Ledger
    from privet.errors import BudgetExceededError

    small_table(tmp_path)
    (tmp_path / "policy.yaml").write_text(NOISE_POLICY, encoding="utf-8")
    body = "input: people.csv\noutput_dir: out\npolicy: policy.yaml\nledger: {path: b.db, epsilon: %s}\n"
    result = run_pipeline(load_pipeline(pipeline_file(tmp_path, body % 3)))
    assert result.facts.ledger is not None and result.facts.ledger.epsilon_spent == pytest.approx(2.0)
    assert [e.mechanism for e in result.facts.ledger.events] == [
        e.event.mechanism for e in Ledger(tmp_path / "b.db").history()
    ]
    # a second run would need 2.0 more but only 1.0 is left: refused before anything runs or is spent
    with pytest.raises(BudgetExceededError, match="plans to spend epsilon=2"):
        run_pipeline(load_pipeline(pipeline_file(tmp_path, body % 3)))
    assert Ledger(tmp_path / "b.db").spent(dataset="people", principal="privet-run")[0] == pytest.approx(2.0)
