"""Find personal data in tables (column classifier) and in free text (span finder)."""

from __future__ import annotations

from privet.scan._report import ColumnFinding, ScanReport
from privet.scan._scan import scan
from privet.scan._spans import Span, redact_text
from privet.scan._text import find_pii, find_pii_batch

__all__ = ["ColumnFinding", "ScanReport", "Span", "find_pii", "find_pii_batch", "redact_text", "scan"]
