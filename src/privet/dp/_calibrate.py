"""Noise calibration and measure conversions: analytic Gaussian, zCDP <-> (epsilon, delta)."""

from __future__ import annotations

import math

from privet.dp._validate import check_delta, check_epsilon, check_positive

__all__ = [
    "analytic_gaussian_delta",
    "analytic_gaussian_sigma",
    "zcdp_delta",
    "zcdp_epsilon",
    "zcdp_rho_for",
]


def analytic_gaussian_delta(*, sigma: float, epsilon: float, sensitivity: float = 1.0) -> float:
    """The exact delta of the Gaussian mechanism N(0, sigma^2) at epsilon (Balle and Wang 2018, Thm. 8)."""
    from scipy import special

    a = sensitivity / (2 * sigma)
    b = epsilon * sigma / sensitivity
    first = special.ndtr(a - b)
    second = math.exp(epsilon + special.log_ndtr(-a - b))
    return float(max(0.0, first - second))


def analytic_gaussian_sigma(*, epsilon: float, delta: float, sensitivity: float = 1.0) -> float:
    """The smallest sigma for which the Gaussian mechanism is (epsilon, delta)-DP.

    Balle and Wang (ICML 2018), "Improving the Gaussian Mechanism for Differential Privacy", Theorem 8 /
    Algorithm 1: the exact condition ``Phi(D/(2s) - e s/D) - exp(e) Phi(-D/(2s) - e s/D) <= delta``,
    solved by bisection to a relative 1e-12 and rounded up (never below the exact sigma). Valid for every
    epsilon > 0, unlike the classical ``sqrt(2 ln(1.25/delta)) D / e`` bound (epsilon < 1 only).
    ``sensitivity`` is the L2 sensitivity.
    """
    owner = "analytic_gaussian_sigma"
    epsilon = check_epsilon(owner, epsilon)
    delta = check_delta(owner, delta)
    sensitivity = check_positive(owner, "sensitivity", sensitivity)

    def too_small(sigma: float) -> bool:
        return analytic_gaussian_delta(sigma=sigma, epsilon=epsilon, sensitivity=sensitivity) > delta

    low, high = sensitivity * 1e-6, sensitivity
    while not too_small(low) and low > 1e-300:
        low /= 2
    while too_small(high):
        high *= 2
    for _ in range(200):
        mid = math.sqrt(low * high) if high / low > 4 else (low + high) / 2
        if too_small(mid):
            low = mid
        else:
            high = mid
        if (high - low) <= 1e-12 * high:
            break
    return high


def _log_delta_zcdp(alpha: float, rho: float, epsilon: float) -> float:
    # Canonne, Kamath and Steinke 2020, Proposition 12 / Corollary 13 (tight conversion).
    return (alpha - 1) * (alpha * rho - epsilon) - math.log(alpha - 1) + alpha * math.log1p(-1 / alpha)


def zcdp_delta(*, rho: float, epsilon: float) -> float:
    """The delta at which rho-zCDP implies (epsilon, delta)-DP (Canonne, Kamath and Steinke 2020, Cor. 13)."""
    if rho == 0:
        return 0.0
    from scipy import optimize

    upper = max(2.0, 4 * (epsilon + 1) / rho + 2)
    result = optimize.minimize_scalar(
        lambda log_am1: _log_delta_zcdp(1 + math.exp(log_am1), rho, epsilon),
        bounds=(-30.0, math.log(upper)),
        method="bounded",
        options={"xatol": 1e-10},
    )
    return float(min(1.0, math.exp(result.fun)))


def zcdp_epsilon(*, rho: float, delta: float) -> float:
    """The epsilon at which rho-zCDP implies (epsilon, delta)-DP (Canonne, Kamath and Steinke 2020, Cor. 13).

    ``epsilon = inf_{a > 1} a rho + (log(1/delta) - log a) / (a - 1) + log(1 - 1/a)``; never worse than the
    classical ``rho + 2 sqrt(rho log(1/delta))`` (Bun and Steinke 2016).
    """
    if rho == 0:
        return 0.0
    from scipy import optimize

    log_inv_delta = math.log(1 / delta)

    def eps_at(log_am1: float) -> float:
        alpha = 1 + math.exp(log_am1)
        return alpha * rho + (log_inv_delta - math.log(alpha)) / (alpha - 1) + math.log1p(-1 / alpha)

    classical = rho + 2 * math.sqrt(rho * log_inv_delta)
    best_alpha = 1 + math.sqrt(log_inv_delta / rho)
    result = optimize.minimize_scalar(
        eps_at,
        bounds=(-30.0, math.log(max(best_alpha * 100, 10.0))),
        method="bounded",
        options={"xatol": 1e-10},
    )
    return float(max(0.0, min(classical, result.fun)))


def zcdp_rho_for(*, epsilon: float, delta: float) -> float:
    """The largest rho whose zCDP guarantee converts to (epsilon, delta)-DP (bisection on zcdp_epsilon)."""
    low, high = 0.0, epsilon
    while zcdp_epsilon(rho=high, delta=delta) <= epsilon:
        high *= 2
    for _ in range(200):
        mid = (low + high) / 2
        if zcdp_epsilon(rho=mid, delta=delta) <= epsilon:
            low = mid
        else:
            high = mid
        if high - low <= 1e-13 * high:
            break
    return low
