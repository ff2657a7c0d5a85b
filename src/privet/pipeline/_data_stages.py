"""The data half of a run: read, scan, policy, anonymize, risk before and after.

Each stage takes the run context, does one job through the public API and records the facts the report
shows. Facts hold names, counts and masked examples only, never a cell value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from privet.anonymize import (
    Policy,
    anonymize_with_summary,
    draft_policy,
    load_key,
    load_policy,
    new_key,
    save_key,
    save_policy,
)
from privet.errors import DataError, KeyManagementError
from privet.io import read_table, write_table
from privet.report import PolicyColumn, RiskFacts, RiskSnapshot, ScanColumn, SourceFacts
from privet.risk import RiskReport, risk
from privet.scan import ScanReport, scan

if TYPE_CHECKING:
    from privet.pipeline._run import RunContext

__all__ = ["anonymize_stage", "policy_stage", "read_stage", "risk_stage", "scan_stage"]

ANONYMIZED_FILE = "anonymized.csv"
POLICY_FILE = "policy.yaml"
DEMO_KEY_FILE = "demo.key"


def read_stage(context: RunContext) -> None:
    path = context.config.input
    context.table = read_table(path)
    context.facts["source"] = SourceFacts(name=path.name, rows=context.table.height, columns=context.table.width)


def scan_stage(context: RunContext) -> None:
    report = scan(context.require_table(), sample_rows=context.config.scan_sample_rows)
    context.state["scan"] = report
    context.facts["scan"] = [
        ScanColumn(
            name=finding.name,
            entity=str(finding.entity),
            category=str(finding.category),
            confidence=finding.confidence,
            subtype=finding.subtype,
            examples=list(finding.evidence.get("examples", [])),
        )
        for finding in report.columns
    ]


def policy_stage(context: RunContext) -> None:
    """Load the policy file, or draft one from the scan and write it next to the outputs."""
    config = context.config
    if config.policy is not None:
        policy = load_policy(config.policy)
        missing = sorted(set(policy.columns) - set(context.require_table().columns))
        if missing:
            raise DataError(f"{config.policy}: the policy names column(s) {missing} that {config.input.name} lacks.")
    else:
        report: ScanReport = context.state["scan"]
        policy = draft_policy(report, k=config.risk.k, l=config.risk.l)
        save_policy(policy, context.staging.path(POLICY_FILE))
        context.outputs["policy"] = POLICY_FILE
    context.state["policy"] = policy


def _key(context: RunContext, policy: Policy) -> Any:
    config = context.config
    if not policy.needs_key:
        return None
    if config.key_file is not None or config.key_env is not None:
        return load_key(config.key_file, env=config.key_env)
    if context.state.get("demo"):
        # The demo has no user key: it makes one and ships it with the outputs so `privet reveal` works.
        key = new_key()
        save_key(key, context.staging.path(DEMO_KEY_FILE))
        context.outputs["key"] = DEMO_KEY_FILE
        return key
    raise KeyManagementError(
        "the policy pseudonymizes or encrypts columns but the pipeline names no key; create one with "
        "`privet keys new --out privet.key` and set key_file (or key_env) in the pipeline file."
    )


def anonymize_stage(context: RunContext) -> None:
    policy: Policy = context.state["policy"]
    result = anonymize_with_summary(
        context.require_table(), policy, key=_key(context, policy), **context.state["spend_to"]
    )
    context.state["anonymized"] = result.table
    context.state["anonymization"] = result
    write_table(result.table, context.staging.path(ANONYMIZED_FILE))
    context.outputs["anonymized table"] = ANONYMIZED_FILE
    rules = policy.columns
    context.facts["policy"] = [
        PolicyColumn(
            name=summary.column,
            action=summary.action,
            reason=summary.reason or "",
            parameters=_public_parameters(rules[summary.column]) if summary.column in rules else {},
            cells_changed=summary.cells_changed,
        )
        for summary in result.columns
    ]


def _public_parameters(rule: Any) -> dict[str, Any]:
    """A rule's settings for the report: scalars only, never a key (rules hold none), no reason text."""
    dumped = rule.model_dump(exclude={"reason", "action"}, exclude_none=True)
    return {name: value for name, value in dumped.items() if isinstance(value, str | int | float | bool)}


def _snapshot(report: RiskReport) -> RiskSnapshot:
    sizes = [size for size, count in sorted(report.class_sizes.items()) for _ in range(count)]
    return RiskSnapshot(
        k=report.k,
        l_diversity=float(report.l) if report.l is not None else None,
        t_closeness=report.t,
        sample_uniques=report.uniques,
        records=report.rows,
        share_in_classes_below={str(bound): share for bound, share in report.share_in_classes_below.items()},
        prosecutor_risk=report.prosecutor_risk_max,
        marketer_risk=report.marketer_risk,
        class_sizes=sizes,
    )


def risk_stage(context: RunContext) -> None:
    """Re-identification risk over the quasi-identifiers, on the input and on the anonymized table."""
    config = context.config
    policy: Policy = context.state["policy"]
    scan_report: ScanReport = context.state["scan"]
    model = policy.privacy_model
    qis = config.risk.quasi_identifiers or (model.quasi_identifiers if model else None) or scan_report.quasi_identifiers
    sensitive = config.risk.sensitive or (model.sensitive if model else None)
    if not qis:
        return
    before = risk(context.require_table(), quasi_identifiers=qis, sensitive=sensitive)
    anonymized = context.state["anonymized"]
    kept = [column for column in qis if column in anonymized.columns]
    after_sensitive = sensitive if sensitive in anonymized.columns else None
    after = risk(anonymized, quasi_identifiers=kept, sensitive=after_sensitive) if kept else None
    context.facts["risk"] = RiskFacts(
        quasi_identifiers=list(qis),
        sensitive=sensitive,
        before=_snapshot(before),
        after=_snapshot(after) if after is not None else None,
    )
