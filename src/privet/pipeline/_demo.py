"""``privet demo``: the whole run on the bundled synthetic customers, into ``./privet-demo/``.

The sample's codebook (category lists and value ranges) is public: it is the generator's documented
domain (scripts/make_sample_data.py), not something read from the rows, so the demo's model spends its
whole budget on training instead of on discovering the schema with DP.
"""

from __future__ import annotations

from pathlib import Path

from privet.datasets import customers_path
from privet.pipeline._config import AuditStage, LedgerStage, ModelStage, PipelineConfig, QueryStage, RiskStage

__all__ = ["CUSTOMERS_CODEBOOK", "demo_config"]

CUSTOMERS_CODEBOOK: dict[str, list[str]] = {
    "churned": ["0", "1"],
    "education": ["secondary", "vocational", "bachelor", "master", "doctorate"],
    "gender": ["female", "male", "other"],
    "marital_status": ["single", "married", "divorced", "widowed"],
    "occupation": [
        "accountant",
        "cashier",
        "chef",
        "civil servant",
        "designer",
        "driver",
        "electrician",
        "engineer",
        "farmer",
        "lawyer",
        "manager",
        "nurse",
        "physician",
        "retired",
        "sales representative",
        "software developer",
        "student",
        "teacher",
        "unemployed",
    ],
    "plan": ["basic", "standard", "premium"],
}
CUSTOMERS_BOUNDS: dict[str, tuple[float, float]] = {
    "income": (0.0, 250_000.0),
    "tenure_months": (0.0, 240.0),
    "support_calls": (0.0, 10.0),
}
DEMO_LEDGER = "privacy-ledger.db"


def demo_config(output_dir: Path) -> PipelineConfig:
    """The demo run: drafted policy, k=5, a DP logistic regression on churn with a utility curve, a LiRA
    audit, one DP query, one fresh ledger."""
    return PipelineConfig(
        input=customers_path(),
        output_dir=output_dir,
        title="privet demo: synthetic customers",
        ledger=LedgerStage(path=output_dir / DEMO_LEDGER, dataset="customers", epsilon=10.0, delta=1e-5),
        risk=RiskStage(k=5),
        model=ModelStage(
            target="churned",
            features=sorted([*CUSTOMERS_CODEBOOK.keys() - {"churned"}, *CUSTOMERS_BOUNDS]),
            epsilon=1.0,
            delta=1e-6,
            categories=CUSTOMERS_CODEBOOK,
            bounds=CUSTOMERS_BOUNDS,
            curve=[0.1, 0.3, 3.0],
        ),
        audit=AuditStage(attacks=["loss", "lira"], shadow_models=8),
        queries=[QueryStage(by=["education"], count=True, mean={"income": (0.0, 250_000.0)}, epsilon=0.5, delta=1e-6)],
    )
