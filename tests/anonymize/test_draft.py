"""draft_policy: one rule per scanned column with a reason; identifiers hidden, QIs in the privacy model."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import pytest

from privet import InvalidParameterError
from privet.anonymize import anonymize_with_summary, draft_policy, load_policy, new_key, save_policy


@dataclass
class Finding:  # the ColumnFinding fields draft_policy reads (privet.scan contract)
    name: str
    dtype: str
    entity: str
    category: str
    confidence: float
    evidence: dict = field(default_factory=dict)


@dataclass
class Report:
    columns: list[Finding]


REPORT = Report(
    [
        Finding("mail", "String", "EMAIL", "direct_identifier", 0.98),
        Finding("full_name", "String", "PERSON_NAME", "direct_identifier", 0.91),
        Finding("card", "String", "CREDIT_CARD", "direct_identifier", 0.99),
        Finding("notes", "String", "FREE_TEXT_WITH_PII", "direct_identifier", 0.7),
        Finding("age", "Int64", "AGE", "quasi_identifier", 0.8),
        Finding("zip", "String", "POSTAL_CODE", "quasi_identifier", 0.9),
        Finding("born", "Date", "DATE_OF_BIRTH", "quasi_identifier", 0.95),
        Finding("sex", "String", "GENDER", "quasi_identifier", 0.9),
        Finding("diagnosis", "String", "HEALTH", "sensitive", 0.85),
        Finding("order_total", "Float64", "NONE", "none", 0.99),
    ]
)


def test_draft_covers_every_column_with_a_reason() -> None:
    policy = draft_policy(REPORT, k=7)
    actions = {name: rule.action for name, rule in policy.columns.items()}
    assert actions == {
        "mail": "pseudonymize",
        "full_name": "drop",
        "card": "fpe",
        "notes": "redact_text",
        "age": "generalize",
        "zip": "generalize",
        "born": "generalize",
        "sex": "keep",
        "diagnosis": "keep",
        "order_total": "keep",
    }
    assert all(rule.reason for rule in policy.columns.values())
    assert "EMAIL" in policy.columns["mail"].reason  # type: ignore[operator]
    assert policy.columns["diagnosis"].sensitive  # type: ignore[union-attr]
    model = policy.privacy_model
    assert model is not None
    assert model.quasi_identifiers == ["age", "zip", "born", "sex"]
    assert (model.k, model.sensitive, model.l) == (7, "diagnosis", 2)  # l-diverse by default (homogeneity attack)
    assert draft_policy(REPORT, k=7, l=None).privacy_model.l is None  # type: ignore[union-attr]
    assert draft_policy(REPORT, k=7, l=3).privacy_model.l == 3  # type: ignore[union-attr]
    no_sensitive = Report([f for f in REPORT.columns if f.name != "diagnosis"])
    model = draft_policy(no_sensitive, k=7).privacy_model
    assert model is not None and (model.sensitive, model.l) == (None, None)


def test_draft_from_the_dict_form_and_round_trip(tmp_path: Path) -> None:
    data = {"columns": [f.__dict__ for f in REPORT.columns]}
    policy = draft_policy(data)
    path = save_policy(policy, tmp_path / "draft.yaml")
    text = path.read_text()
    assert "# direct identifier (EMAIL" in text
    assert load_policy(path) == policy


def test_drafted_policy_runs() -> None:
    table = pl.DataFrame(
        {
            "mail": [f"u{i}@example.org" for i in range(30)],
            "full_name": [f"Person {i}" for i in range(30)],
            "card": ["4111 1111 1111 1111"] * 30,
            "age": [20 + i for i in range(30)],
            "zip": ["75011", "75012", "13001"] * 10,
            "sex": ["F", "M"] * 15,
            "diagnosis": ["flu", "cold", "asthma"] * 10,
            "order_total": [float(i) for i in range(30)],
        }
    )
    report = Report([f for f in REPORT.columns if f.name in table.columns])
    result = anonymize_with_summary(table, draft_policy(report, k=3), key=new_key())
    out = result.table
    assert "full_name" not in out.columns and result.k is not None and result.k >= 3
    groups = out.group_by(["age", "zip", "born", "sex"] if "born" in out.columns else ["age", "zip", "sex"])
    assert groups.agg(pl.col("diagnosis").n_unique()).get_column("diagnosis").min() >= 2  # no homogeneous class
    assert not set(out["mail"].to_list()) & set(table["mail"].to_list())


def test_bad_arguments() -> None:
    with pytest.raises(InvalidParameterError):
        draft_policy(object())
    with pytest.raises(InvalidParameterError):
        draft_policy(REPORT, k=1)
    with pytest.raises(InvalidParameterError, match="'l'"):
        draft_policy(REPORT, l=1)
