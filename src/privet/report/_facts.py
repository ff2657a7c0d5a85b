"""The facts a report shows, as one typed document: ``report.json`` is this model, dumped.

Every section is optional so a partial run (scan only, no model) still reports what it did. Nothing here
may hold a raw value: scan examples must be masked, keys are never a field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "AuditFacts",
    "LedgerEvent",
    "LedgerFacts",
    "ModelFacts",
    "PolicyColumn",
    "QueryFacts",
    "ReportFacts",
    "RiskFacts",
    "RiskSnapshot",
    "ScanColumn",
    "SourceFacts",
    "UtilityPoint",
]

_MASK_CHARS = frozenset("*•")  # the scan masks with "*" (spec: "j***@e***.com")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceFacts(_Model):
    """Where the data came from: a file name (never its folder), its size."""

    name: str
    rows: int
    columns: int


class ScanColumn(_Model):
    name: str
    entity: str
    category: str
    confidence: float = Field(ge=0, le=1)
    subtype: str | None = None
    examples: list[str] = Field(default_factory=list)

    @field_validator("examples")
    @classmethod
    def _examples_are_masked(cls, examples: list[str]) -> list[str]:
        for example in examples:
            if example and not (set(example) & _MASK_CHARS):
                raise ValueError("scan examples in a report must be masked")
        return examples


class PolicyColumn(_Model):
    name: str
    action: str
    reason: str = ""
    parameters: dict[str, Any] = Field(default_factory=dict)
    cells_changed: int | None = None


class RiskSnapshot(_Model):
    """Re-identification risk of one table over the quasi-identifiers."""

    k: int
    l_diversity: float | None = None
    t_closeness: float | None = None
    sample_uniques: int
    records: int
    share_in_classes_below: dict[str, float] = Field(default_factory=dict)  # {"2": 0.1, "5": ..., "10": ...}
    prosecutor_risk: float
    marketer_risk: float
    class_sizes: list[int] = Field(default_factory=list)  # for the chart; sizes only, no values


class RiskFacts(_Model):
    quasi_identifiers: list[str]
    sensitive: str | None = None
    before: RiskSnapshot
    after: RiskSnapshot | None = None


class UtilityPoint(_Model):
    epsilon: float
    accuracy: float
    accuracy_std: float | None = None


class ModelFacts(_Model):
    target: str
    estimator: str
    epsilon: float
    delta: float = 0.0
    accuracy: float
    auc: float | None = None
    baseline_accuracy: float
    baseline_auc: float | None = None
    majority_accuracy: float | None = None
    test_rows: int
    curve: list[UtilityPoint] = Field(default_factory=list)


class AuditFacts(_Model):
    attack: str
    auc: float
    advantage: float
    tpr_at_fpr: dict[str, float] = Field(default_factory=dict)
    epsilon_lower_bound: float
    confidence: float
    claimed_epsilon: float | None = None
    roc: list[tuple[float, float]] = Field(default_factory=list)
    baseline_auc: float | None = None  # the same attack on the non-private baseline, for contrast


class LedgerEvent(_Model):
    time: dt.datetime
    principal: str
    dataset: str
    mechanism: str
    epsilon: float
    delta: float = 0.0
    description: str = ""


class LedgerFacts(_Model):
    dataset: str
    epsilon_budget: float
    delta_budget: float = 0.0
    epsilon_spent: float
    delta_spent: float = 0.0
    events: list[LedgerEvent] = Field(default_factory=list)


class QueryFacts(_Model):
    description: str
    epsilon: float
    delta: float = 0.0
    rows_released: int
    confidence: float | None = None


class ReportFacts(_Model):
    """Everything a privet report says, in the order it says it."""

    title: str = "privet report"
    privet_version: str
    generated_at: dt.datetime
    source: SourceFacts
    scan: list[ScanColumn] = Field(default_factory=list)
    policy: list[PolicyColumn] = Field(default_factory=list)
    risk: RiskFacts | None = None
    model: ModelFacts | None = None
    audit: AuditFacts | None = None
    ledger: LedgerFacts | None = None
    queries: list[QueryFacts] = Field(default_factory=list)
    outputs: dict[str, str] = Field(default_factory=dict)  # label -> file name
