"""Reports a data-protection officer can read: one self-contained HTML page and the same facts as JSON."""

from __future__ import annotations

from privet.report._facts import (
    AuditFacts,
    LedgerEvent,
    LedgerFacts,
    ModelFacts,
    PolicyColumn,
    QueryFacts,
    ReportFacts,
    RiskFacts,
    RiskSnapshot,
    ScanColumn,
    SourceFacts,
    UtilityPoint,
)
from privet.report._render import render_html, render_json, write_report

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
    "render_html",
    "render_json",
    "write_report",
]
