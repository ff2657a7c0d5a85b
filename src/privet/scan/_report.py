"""ScanReport and ColumnFinding: the result of ``privet.scan`` in the format of spec/entities.md."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from privet.entities import Category, Entity
from privet.errors import ColumnNotFoundError

__all__ = ["ColumnFinding", "ScanReport"]


@dataclass(frozen=True)
class ColumnFinding:
    """What one column is: entity, its category, a confidence in 0..1 and the evidence (examples masked)."""

    name: str
    dtype: str
    entity: Entity
    subtype: str | None
    category: Category
    confidence: float
    evidence: dict[str, Any] = field(default_factory=dict)

    @property
    def is_personal(self) -> bool:
        return self.category is not Category.NONE

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "dtype": self.dtype,
            "entity": self.entity.value,
            "subtype": self.subtype,
            "category": self.category.value,
            "confidence": round(float(self.confidence), 3),
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class ScanReport:
    """Findings for every column of a table, in the table's column order."""

    source: str | None
    rows: int
    rows_scanned: int
    columns: list[ColumnFinding]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form of spec/entities.md ("Column scan result")."""
        return {
            "source": self.source,
            "rows": self.rows,
            "rows_scanned": self.rows_scanned,
            "columns": [c.to_dict() for c in self.columns],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def column(self, name: str) -> ColumnFinding:
        """The finding for column ``name``."""
        for finding in self.columns:
            if finding.name == name:
                return finding
        raise ColumnNotFoundError(f"The scan report has no column {name!r}; it has {len(self.columns)} column(s).")

    def _of(self, category: Category) -> list[str]:
        return [c.name for c in self.columns if c.category is category]

    @property
    def direct_identifiers(self) -> list[str]:
        return self._of(Category.DIRECT_IDENTIFIER)

    @property
    def quasi_identifiers(self) -> list[str]:
        return self._of(Category.QUASI_IDENTIFIER)

    @property
    def sensitive(self) -> list[str]:
        return self._of(Category.SENSITIVE)
