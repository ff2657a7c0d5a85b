"""``privet run``: outputs appear only when every stage succeeds; failures are one clear line, exit 2."""

from __future__ import annotations

import json
from pathlib import Path

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
