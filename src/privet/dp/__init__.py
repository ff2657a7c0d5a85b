"""Differential privacy core: hardened mechanisms (OpenDP samplers), accounting and the persistent Ledger.

Every privacy-relevant random draw in privet goes through :mod:`privet.dp._noise`. Everything that spends
budget builds a :class:`PrivacyEvent`, calls :meth:`Ledger.spend` FIRST, then computes.
"""

from __future__ import annotations

from privet.dp._additive import (
    discrete_gaussian,
    gaussian,
    gaussian_noise,
    geometric,
    laplace,
    laplace_noise,
)
from privet.dp._calibrate import analytic_gaussian_sigma
from privet.dp._event import PrivacyEvent
from privet.dp._ledger import BudgetStatus, Ledger, LedgerEntry

__all__ = [
    "BudgetStatus",
    "Ledger",
    "LedgerEntry",
    "PrivacyEvent",
    "analytic_gaussian_sigma",
    "discrete_gaussian",
    "gaussian",
    "gaussian_noise",
    "geometric",
    "laplace",
    "laplace_noise",
]
