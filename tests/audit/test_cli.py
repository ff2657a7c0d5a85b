"""``privet audit`` as a subprocess: named-column pipelines, bare-array models and every failure mode."""

from __future__ import annotations

import json
from pathlib import Path

import joblib
import numpy as np
import pytest
from sklearn.compose import make_column_transformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

from tests.conftest import run_cli

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("audit_cli")
    rng = np.random.default_rng(0)
    n = 400
    frame = pd.DataFrame(
        {
            "age": rng.integers(18, 90, 2 * n),
            "hours": rng.normal(40, 10, 2 * n).round(1),
            "job": rng.choice(["a", "b", "c"], 2 * n),
        }
    )
    frame["label"] = np.where(frame["age"] + rng.normal(0, 15, 2 * n) > 50, "yes", "no")
    frame["other"] = rng.choice(["x", "y"], 2 * n)  # a column no model uses
    train, hold = frame.iloc[:n], frame.iloc[n:]
    features = ["age", "hours", "job"]
    pipeline = make_pipeline(
        make_column_transformer((OneHotEncoder(handle_unknown="ignore"), ["job"]), remainder="passthrough"),
        RandomForestClassifier(n_estimators=10, bootstrap=False, random_state=0),
    ).fit(train[features], train["label"])
    bare = LogisticRegression().fit(train[["age", "hours"]].to_numpy(), train["label"].to_numpy())
    paths = {
        "pipeline": tmp / "pipeline.joblib",
        "bare": tmp / "bare.joblib",
        "train": tmp / "train.csv",
        "hold": tmp / "hold.csv",
        "train_numeric": tmp / "train_numeric.csv",
        "hold_numeric": tmp / "hold_numeric.csv",
        "wide": tmp / "wide.csv",
        "garbage": tmp / "garbage.joblib",
        "not_classifier": tmp / "scaler.joblib",
    }
    joblib.dump(pipeline, paths["pipeline"])
    joblib.dump(bare, paths["bare"])
    joblib.dump({"not": "a model"}, paths["not_classifier"])
    paths["garbage"].write_bytes(b"this is not a pickle")
    train.to_csv(paths["train"], index=False)
    hold.to_csv(paths["hold"], index=False)
    train[["age", "hours", "label"]].to_csv(paths["train_numeric"], index=False)
    hold[["age", "hours", "label"]].to_csv(paths["hold_numeric"], index=False)
    train[["age", "hours", "label"]].assign(extra=1.0).to_csv(paths["wide"], index=False)
    return paths


def _args(files: dict[str, Path], model: str = "pipeline", train: str = "train", hold: str = "hold") -> list[str]:
    return ["audit", "--model", str(files[model]), "--members", str(files[train]), "--non-members", str(files[hold])]


def test_pipeline_model_is_audited_and_json_is_written(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "audit.json"
    result = run_cli(
        [*_args(files), "--target", "label", "--shadow-models", "2", "--n-jobs", "1", "--seed", "3",
         "--format", "json", "--out", str(out)]
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert json.loads(out.read_text()) == data
    assert set(data["per_attack"]) == {"loss", "lira_online", "lira_offline"}
    assert data["members"] == 400 and data["non_members"] == 400 and data["shadow_models"] == 2
    assert data["auc"] > 0.6  # an unbootstrapped forest memorises its rows
    assert "shadow models" in result.stderr  # the progress bar


def test_table_output_for_a_bare_array_model(files: dict[str, Path]) -> None:
    args = _args(files, model="bare", train="train_numeric", hold="hold_numeric")
    result = run_cli([*args, "--target", "label", "--attacks", "loss", "--max-rows", "300", "--seed", "1"])
    assert result.returncode == 0, result.stderr
    assert "AUC" in result.stdout and "loss" in result.stdout and "300 members" in result.stdout


@pytest.mark.parametrize(
    ("model", "train", "hold", "target", "needle"),
    [
        ("pipeline", "train_numeric", "hold", "label", "missing from this file: 'job'"),
        ("bare", "train", "hold", "label", "not numeric: 'job', 'other'"),
        ("bare", "wide", "hold_numeric", "label", "expects 2 feature(s) but the file has 3"),
        ("pipeline", "train", "hold", "other", "not one of the model's 2 classes"),
        ("garbage", "train", "hold", "label", "could not load a model"),
    ],
)
def test_mismatches_fail_with_one_clear_line(
    files: dict[str, Path], model: str, train: str, hold: str, target: str, needle: str
) -> None:
    result = run_cli([*_args(files, model, train, hold), "--target", target, "--attacks", "loss"])
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("privet: error: ") and needle in last


def test_missing_model_file_and_bad_options(files: dict[str, Path], tmp_path: Path) -> None:
    missing = run_cli(["audit", "--model", str(tmp_path / "none.joblib"), "--members", str(files["train"]),
                       "--non-members", str(files["hold"]), "--target", "label"])  # fmt: skip
    assert missing.returncode == 2 and "model file not found" in missing.stderr
    clobber = run_cli([*_args(files), "--target", "label", "--out", str(files["train"])])
    assert clobber.returncode == 2 and "input file" in clobber.stderr
