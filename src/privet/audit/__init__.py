"""Measure what a trained model leaks: membership inference attacks and the one-run epsilon audit."""

from __future__ import annotations

from privet.audit._mia import membership_inference
from privet.audit._result import AttackResult, AuditResult

__all__ = ["AttackResult", "AuditResult", "membership_inference"]
