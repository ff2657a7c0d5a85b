"""Find personal data in tables (column classifier) and in free text (span finder)."""

from __future__ import annotations
