"""The one exception hierarchy of privet (DESIGN.md §4).

Every message says what went wrong, where (file, column, parameter, key path), what was expected, what was
found and how to fix it. Messages never contain cell values, keys or raw identifiers: callers pass names
and shapes, never data.
"""

from __future__ import annotations

__all__ = [
    "BackendError",
    "BudgetError",
    "BudgetExceededError",
    "ColumnNotFoundError",
    "DataError",
    "InvalidParameterError",
    "KeyManagementError",
    "MissingDependencyError",
    "PolicyError",
    "PrivetError",
]


class PrivetError(Exception):
    """Base of every error privet raises on purpose; the CLI turns it into one line and exit code 2."""


class InvalidParameterError(PrivetError, ValueError, TypeError):
    """A parameter has a wrong type or value: "The 'epsilon' parameter of X must be > 0. Got -1.0."."""


class DataError(PrivetError, ValueError):
    """The data cannot be read or used as asked; names the file, line or column and what was expected."""


class ColumnNotFoundError(DataError, KeyError):
    """A named column is not in the table."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0]) if self.args else ""


class PolicyError(PrivetError, ValueError):
    """An anonymization policy is invalid; names the policy file and the key path (columns.email.action)."""


class BudgetError(PrivetError):
    """A privacy-budget ledger cannot do what was asked (no budget set, corrupt store, refused release)."""


class BudgetExceededError(BudgetError):
    """A spend would exceed the remaining budget; nothing was spent."""


class KeyManagementError(PrivetError, KeyError):
    """A secret key is missing, unreadable, malformed or too weak. Never carries the key itself."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class BackendError(PrivetError, RuntimeError):
    """A compute backend (polars, Spark, OpenDP) failed; raised ``from`` the original cause."""


class MissingDependencyError(PrivetError, ImportError):
    """An optional dependency is missing; says which extra to install."""


def missing_dependency(module: str, extra: str) -> MissingDependencyError:
    """Build the error for an optional import that failed."""
    return MissingDependencyError(
        f"This feature needs the optional package '{module}'. Install it with: pip install 'privet[{extra}]'"
    )
