"""Find personal data in tables (column classifier) and free text (span finder)."""

from __future__ import annotations

__all__: list[str] = []
