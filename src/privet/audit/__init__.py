"""Measure what a trained model leaks: membership inference attacks and the one-run epsilon audit."""

from __future__ import annotations

from privet.audit._mia import membership_inference
from privet.audit._one_run import OneRunResult, one_run
from privet.audit._result import AttackResult, AuditResult

__all__ = ["AttackResult", "AuditResult", "OneRunResult", "membership_inference", "one_run"]
