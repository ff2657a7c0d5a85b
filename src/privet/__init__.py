"""privet keeps personal data out of machine-learning models.

Scan tables and text for personal data, anonymize them by policy, train and query with differential
privacy against a persistent budget, audit what a model leaks, and report it.
"""

from __future__ import annotations

__version__ = "0.1.0"

from privet import datasets
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

__all__ = [
    "BackendError",
    "BudgetError",
    "BudgetExceededError",
    "ColumnNotFoundError",
    "DataError",
    "InvalidParameterError",
    "KeyManagementError",
    "Ledger",
    "MissingDependencyError",
    "PolicyError",
    "PrivacyEvent",
    "PrivetError",
    "__version__",
    "datasets",
    "inspect_table",
    "read_table",
    "write_table",
]
