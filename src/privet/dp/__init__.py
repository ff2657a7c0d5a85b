"""Differential privacy core: hardened mechanisms (OpenDP samplers), accounting and the persistent Ledger.

Every privacy-relevant random draw in privet goes through :mod:`privet.dp._noise`. Everything that spends
budget builds a :class:`PrivacyEvent`, calls :meth:`Ledger.spend` FIRST, then computes.
"""

from __future__ import annotations

from privet.dp._accounting import (
    advanced_composition,
    basic_composition,
    compose,
    dpsgd_epsilon,
    dpsgd_noise_multiplier,
    pld_epsilon,
    zcdp_composition,
)
from privet.dp._additive import (
    add_gaussian_noise,
    add_laplace_noise,
    discrete_gaussian,
    discrete_gaussian_sigma,
    gaussian,
    gaussian_noise,
    gaussian_sigma,
    geometric,
    laplace,
    laplace_noise,
    laplace_scale,
)
from privet.dp._calibrate import analytic_gaussian_delta, analytic_gaussian_sigma, zcdp_delta, zcdp_epsilon
from privet.dp._event import PrivacyEvent
from privet.dp._ledger import BudgetStatus, Ledger, LedgerEntry
from privet.dp._sampling import shuffle_indices, subsample_mask
from privet.dp._select import (
    exponential,
    private_bounds,
    private_norm_bound,
    quantile,
    randomized_response,
    randomized_response_frequencies,
    report_noisy_max,
)

__all__ = [
    "BudgetStatus",
    "Ledger",
    "LedgerEntry",
    "PrivacyEvent",
    "add_gaussian_noise",
    "add_laplace_noise",
    "advanced_composition",
    "analytic_gaussian_delta",
    "analytic_gaussian_sigma",
    "basic_composition",
    "compose",
    "discrete_gaussian",
    "discrete_gaussian_sigma",
    "dpsgd_epsilon",
    "dpsgd_noise_multiplier",
    "exponential",
    "gaussian",
    "gaussian_noise",
    "gaussian_sigma",
    "geometric",
    "laplace",
    "laplace_noise",
    "laplace_scale",
    "pld_epsilon",
    "private_bounds",
    "private_norm_bound",
    "quantile",
    "randomized_response",
    "randomized_response_frequencies",
    "report_noisy_max",
    "shuffle_indices",
    "subsample_mask",
    "zcdp_composition",
    "zcdp_delta",
    "zcdp_epsilon",
]
