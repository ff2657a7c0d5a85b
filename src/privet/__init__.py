"""privet keeps personal data out of machine-learning models.

Scan tables and text for personal data, anonymize them by policy, train and query with differential
privacy against a persistent budget, audit what a model leaks, and report it.
"""

from __future__ import annotations

__version__ = "0.1.0"

from privet import datasets
from privet.anonymize import (
    AnonymizationResult,
    Policy,
    SecretKey,
    anonymize,
    anonymize_with_summary,
    draft_policy,
    k_anonymize,
    load_key,
    load_policy,
    new_key,
    reveal,
    save_policy,
)
from privet.dp import Ledger, PrivacyEvent
from privet.errors import (
    BackendError,
    BudgetError,
    BudgetExceededError,
    ColumnNotFoundError,
    DataError,
    InvalidParameterError,
    KeyManagementError,
    MissingDependencyError,
    PolicyError,
    PrivetError,
)
from privet.io import inspect_table, read_table, write_table
from privet.query import entry as query  # privet.query(table, ...) and privet.query.count()
from privet.risk import RiskReport, risk
from privet.scan import ColumnFinding, ScanReport, find_pii, find_pii_batch, scan

__all__ = [
    "AnonymizationResult",
    "BackendError",
    "BudgetError",
    "BudgetExceededError",
    "ColumnFinding",
    "ColumnNotFoundError",
    "DataError",
    "InvalidParameterError",
    "KeyManagementError",
    "Ledger",
    "MissingDependencyError",
    "Policy",
    "PolicyError",
    "PrivacyEvent",
    "PrivetError",
    "RiskReport",
    "ScanReport",
    "SecretKey",
    "__version__",
    "anonymize",
    "anonymize_with_summary",
    "datasets",
    "draft_policy",
    "find_pii",
    "find_pii_batch",
    "inspect_table",
    "k_anonymize",
    "load_key",
    "load_policy",
    "new_key",
    "query",
    "read_table",
    "reveal",
    "risk",
    "save_policy",
    "scan",
    "write_table",
]
