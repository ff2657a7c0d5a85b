"""The pipeline file (`privet run pipeline.yaml`): a typed, validated description of one end-to-end run.

Paths in the file are relative to the file's folder. Unknown keys are errors (a typo must not silently
disable a stage). The JSON schema is published at ``privet/pipeline/pipeline.schema.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from privet.errors import PolicyError

__all__ = [
    "AuditStage",
    "LedgerStage",
    "ModelStage",
    "PipelineConfig",
    "QueryStage",
    "RiskStage",
    "load_pipeline",
    "pipeline_schema",
]


Attack = Literal["loss", "lira"]


class _Stage(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LedgerStage(_Stage):
    """The privacy-budget ledger of the run; created with this budget when the file does not exist."""

    path: Path = Path("privacy-ledger.db")
    dataset: str | None = Field(default=None, description="Ledger dataset name; default: the input's file stem.")
    principal: str = "privet-run"
    epsilon: float = Field(default=5.0, gt=0, description="Total epsilon budget when the ledger is created.")
    delta: float = Field(default=1e-6, ge=0, lt=1)


class RiskStage(_Stage):
    """Re-identification risk before and after; quasi-identifiers default to those the scan found."""

    quasi_identifiers: list[str] | None = None
    sensitive: str | None = None
    k: int = Field(default=5, ge=2, description="k of the privacy model a drafted policy asks for.")
    l: int | None = Field(  # noqa: E741 (the literature's l)
        default=2, ge=2, description="l-diversity a drafted policy asks of the first sensitive column (null: none)."
    )


class ModelStage(_Stage):
    """A DP model trained on the anonymized table, with the non-private baseline for comparison."""

    target: str
    estimator: Literal["logistic_regression", "gaussian_nb"] = "logistic_regression"
    epsilon: float = Field(default=1.0, gt=0)
    delta: float = Field(default=0.0, ge=0, lt=1)
    features: list[str] | None = Field(default=None, description="Default: every column the policy keeps.")
    test_size: float = Field(default=0.25, gt=0, lt=1)
    curve: list[float] = Field(default_factory=list, description="Extra epsilons for a privacy-utility curve.")
    bounds: dict[str, tuple[float, float]] = Field(
        default_factory=dict, description="Public bounds of numeric features; others are estimated with DP."
    )
    categories: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Public category lists (target included); others are selected with DP from the data.",
    )
    discovery_share: float = Field(
        default=0.2, gt=0, lt=1, description="Share of epsilon spent on DP category selection and bounds."
    )
    discovery_delta: float = Field(
        default=1e-7, gt=0, lt=1, description="delta of the DP category selection (when categories are not given)."
    )
    split_seed: int = Field(default=0, description="Seed of the train/test split (not privacy noise).")

    @field_validator("curve")
    @classmethod
    def _positive(cls, values: list[float]) -> list[float]:
        if any(v <= 0 for v in values):
            raise ValueError("every epsilon in the curve must be > 0")
        return values


class AuditStage(_Stage):
    """A membership-inference attack on the trained model."""

    attacks: list[Attack] = Field(default_factory=lambda: list[Attack](["loss"]))
    shadow_models: int = Field(default=8, ge=2, le=256)


class QueryStage(_Stage):
    """One DP aggregate query on the anonymized table."""

    by: list[str] = Field(default_factory=list)
    count: bool = True
    sum: dict[str, tuple[float, float]] = Field(default_factory=dict, description="column: [lower, upper]")
    mean: dict[str, tuple[float, float]] = Field(default_factory=dict, description="column: [lower, upper]")
    epsilon: float = Field(gt=0)
    delta: float = Field(default=0.0, ge=0, lt=1)
    privacy_unit: str | None = None


class PipelineConfig(_Stage):
    """One end-to-end run: input -> scan -> policy -> anonymize -> risk -> model -> audit -> queries -> report."""

    input: Path
    output_dir: Path = Path("privet-out")
    policy: Path | None = Field(default=None, description="A policy file; drafted from the scan when absent.")
    key_file: Path | None = Field(default=None, description="Secret key for pseudonymization/encryption.")
    key_env: str | None = Field(default=None, description="Environment variable holding the secret key.")
    scan_sample_rows: int = Field(default=10_000, ge=100)
    ledger: LedgerStage = Field(default_factory=LedgerStage)
    risk: RiskStage = Field(default_factory=RiskStage)
    model: ModelStage | None = None
    audit: AuditStage | None = None
    queries: list[QueryStage] = Field(default_factory=list)
    title: str = "privet report"

    def resolved(self, base: Path) -> PipelineConfig:
        """The same config with every relative path made relative to ``base`` (the YAML file's folder)."""

        def fix(path: Path | None) -> Path | None:
            if path is None or path.is_absolute():
                return path
            return base / path

        ledger = self.ledger.model_copy(update={"path": fix(self.ledger.path)})
        return self.model_copy(
            update={
                "input": fix(self.input),
                "output_dir": fix(self.output_dir),
                "policy": fix(self.policy),
                "key_file": fix(self.key_file),
                "ledger": ledger,
            }
        )


def _key_path(location: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in location) or "(top level)"


def load_pipeline(path: str | Path) -> PipelineConfig:
    """Read and validate a pipeline YAML file; raise PolicyError naming the file and key path."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PolicyError(f"{file}: no such pipeline file.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(f"{file}: cannot read the pipeline file ({type(exc).__name__}).") from exc
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise PolicyError(f"{file}: invalid YAML{where}.") from exc
    if not isinstance(data, dict):
        raise PolicyError(f"{file}: expected a mapping of pipeline settings (input, model, ...).")
    try:
        config = PipelineConfig.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        raise PolicyError(f"{file}: {_key_path(first['loc'])}: {first['msg']}{more}.") from exc
    return config.resolved(file.resolve().parent)


def pipeline_schema() -> dict[str, Any]:
    """The JSON schema of the pipeline file."""
    schema = PipelineConfig.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "privet pipeline"
    return schema


def _write_schema(target: Path) -> None:
    target.write_text(json.dumps(pipeline_schema(), indent=2) + "\n", encoding="utf-8")
