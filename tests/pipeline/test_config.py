"""The pipeline file: validation with file and key path in every error, relative paths, published schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from privet.errors import PolicyError
from privet.pipeline import load_pipeline, pipeline_schema

SCHEMA = Path(__file__).parents[2] / "src" / "privet" / "pipeline" / "pipeline.schema.json"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pipeline.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_file_resolves_paths_relative_to_itself(tmp_path: Path) -> None:
    config = load_pipeline(write(tmp_path, "input: data/customers.csv\nmodel: {target: churned}\n"))
    assert config.input == tmp_path / "data" / "customers.csv"
    assert config.output_dir == tmp_path / "privet-out"
    assert config.ledger.path == tmp_path / "privacy-ledger.db"
    assert config.model is not None and config.model.epsilon == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("input: a.csv\nmodle: {target: y}\n", "modle: Extra inputs are not permitted"),
        ("input: a.csv\nmodel: {target: y, epsilon: -1}\n", "model.epsilon: Input should be greater than 0"),
        ("input: a.csv\nmodel: {target: y, curve: [1, 0]}\n", "model.curve"),
        ("input: a.csv\nqueries: [{count: true}]\n", "queries.0.epsilon: Field required"),
        ("model: {target: y}\n", "input: Field required"),
        ("input: a.csv\nmodel: [1, 2\n", "invalid YAML at line 3"),
        ("- just\n- a list\n", "expected a mapping"),
    ],
)
def test_errors_name_the_file_and_key_path(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_pipeline(path)
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no such pipeline file"):
        load_pipeline(tmp_path / "nope.yaml")


def test_published_schema_is_current() -> None:
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == pipeline_schema(), (
        "regenerate with: python -c 'from privet.pipeline._config import _write_schema as w; "
        'from pathlib import Path; w(Path("src/privet/pipeline/pipeline.schema.json"))\''
    )


def test_absolute_paths_are_kept(tmp_path: Path) -> None:
    key = tmp_path / "elsewhere" / "k.key"
    config = load_pipeline(write(tmp_path, f"input: {tmp_path / 'a.csv'}\nkey_file: {key}\n"))
    assert config.key_file == key and config.input == tmp_path / "a.csv"


def test_the_example_pipeline_is_valid() -> None:
    example = Path(__file__).parents[2] / "examples" / "pipeline.yaml"
    config = load_pipeline(example)
    assert config.input.exists() and config.model is not None and config.model.target == "churned"
