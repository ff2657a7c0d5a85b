"""Find personal data in tables (column classifier) and free text (span finder)."""

from __future__ import annotations

from privet.scan._report import ColumnFinding, ScanReport
from privet.scan._scan import scan

__all__ = ["ColumnFinding", "ScanReport", "scan"]
