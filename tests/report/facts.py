"""A complete, realistic set of report facts for the report tests."""

from __future__ import annotations

import datetime as dt

from privet.report import (
    AuditFacts,
    LedgerEvent,
    LedgerFacts,
    ModelFacts,
    PolicyColumn,
    ReportFacts,
    RiskFacts,
    RiskSnapshot,
    ScanColumn,
    SourceFacts,
    UtilityPoint,
)

NOW = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)


def full_facts() -> ReportFacts:
    return ReportFacts(
        privet_version="0.1.0",
        generated_at=NOW,
        source=SourceFacts(name="customers.csv", rows=5000, columns=6),
        scan=[
            ScanColumn(
                name="email", entity="EMAIL", category="direct_identifier", confidence=0.98, examples=["j***@e***.com"]
            ),
            ScanColumn(name="age", entity="AGE", category="quasi_identifier", confidence=0.9, examples=["4*"]),
            ScanColumn(name="zip", entity="POSTAL_CODE", category="quasi_identifier", confidence=0.85),
            ScanColumn(name="diagnosis", entity="HEALTH", category="sensitive", confidence=0.8),
            ScanColumn(name="income", entity="FINANCIAL", category="sensitive", confidence=0.75),
            ScanColumn(name="order_total", entity="NONE", category="none", confidence=0.7),
        ],
        policy=[
            PolicyColumn(
                name="email", action="pseudonymize", reason="direct identifier, kept joinable", cells_changed=5000
            ),
            PolicyColumn(name="age", action="generalize", reason="quasi-identifier", cells_changed=4980),
            PolicyColumn(name="zip", action="generalize", reason="quasi-identifier", cells_changed=5000),
            PolicyColumn(name="diagnosis", action="keep", reason="sensitive, needed for the model"),
            PolicyColumn(name="income", action="keep", reason="target"),
            PolicyColumn(name="order_total", action="keep", reason="not personal"),
        ],
        risk=RiskFacts(
            quasi_identifiers=["age", "zip"],
            sensitive="diagnosis",
            before=RiskSnapshot(
                k=1,
                l_diversity=1,
                t_closeness=0.9,
                sample_uniques=3100,
                records=5000,
                share_in_classes_below={"2": 0.62, "5": 0.9, "10": 0.97},
                prosecutor_risk=1.0,
                marketer_risk=0.7,
                class_sizes=[1] * 3100 + [2] * 500 + [5] * 180,
            ),
            after=RiskSnapshot(
                k=10,
                l_diversity=3,
                t_closeness=0.2,
                sample_uniques=0,
                records=5000,
                share_in_classes_below={"2": 0.0, "5": 0.0, "10": 0.0},
                prosecutor_risk=0.1,
                marketer_risk=0.04,
                class_sizes=[10] * 200 + [30] * 100,
            ),
        ),
        model=ModelFacts(
            target="churned",
            estimator="privet.ml.LogisticRegression",
            epsilon=1.0,
            accuracy=0.81,
            auc=0.86,
            baseline_accuracy=0.83,
            baseline_auc=0.88,
            majority_accuracy=0.7,
            test_rows=1000,
            curve=[
                UtilityPoint(epsilon=e, accuracy=a, accuracy_std=0.01)
                for e, a in ((0.1, 0.74), (0.5, 0.79), (1, 0.81), (5, 0.825))
            ],
        ),
        audit=AuditFacts(
            attack="LiRA (offline)",
            auc=0.503,
            advantage=0.012,
            tpr_at_fpr={"0.1%": 0.0011, "1%": 0.0102},
            epsilon_lower_bound=0.0,
            confidence=0.95,
            claimed_epsilon=1.0,
            roc=[(0.0, 0.0), (0.25, 0.26), (0.5, 0.5), (0.75, 0.76), (1.0, 1.0)],
            baseline_auc=0.61,
        ),
        ledger=LedgerFacts(
            dataset="customers",
            epsilon_budget=3.0,
            delta_budget=1e-6,
            epsilon_spent=1.5,
            delta_spent=0.0,
            events=[
                LedgerEvent(
                    time=NOW,
                    principal="demo",
                    dataset="customers",
                    mechanism="logistic regression",
                    epsilon=1.0,
                    description="objective perturbation",
                ),
                LedgerEvent(time=NOW, principal="demo", dataset="customers", mechanism="count by zip", epsilon=0.5),
            ],
        ),
        outputs={"anonymized table": "customers.anonymized.parquet", "model": "model.joblib"},
    )
