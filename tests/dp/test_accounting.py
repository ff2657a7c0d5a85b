"""Accounting: composition theorems, zCDP conversion, PLD/RDP DP-SGD accounting (deterministic math)."""

from __future__ import annotations

import math

import pytest

from privet.dp import (
    PrivacyEvent,
    advanced_composition,
    analytic_gaussian_sigma,
    compose,
    dpsgd_epsilon,
    dpsgd_noise_multiplier,
    pld_epsilon,
    zcdp_delta,
    zcdp_epsilon,
)
from privet.errors import InvalidParameterError


def _lap(eps: float) -> PrivacyEvent:
    return PrivacyEvent("laplace", eps, sensitivity=1.0, scale=1.0 / eps)


def test_basic_composition() -> None:
    events = [_lap(0.1)] * 10 + [PrivacyEvent("gaussian", 0.5, 1e-6, sensitivity=1.0, scale=5.0)]
    eps, delta = compose(events)
    assert eps == pytest.approx(1.5) and delta == pytest.approx(1e-6)
    assert compose([]) == (0.0, 0.0)


def test_advanced_composition_matches_the_theorem() -> None:
    k, e0, slack = 100, 0.1, 1e-6
    events = [PrivacyEvent("exponential", e0)] * k
    kov = advanced_composition(events, delta=slack)
    drv = math.sqrt(2 * k * math.log(1 / slack)) * e0 + k * e0 * math.expm1(e0)  # Dwork, Rothblum, Vadhan 2010
    expected = k * e0 * math.expm1(e0) / (math.exp(e0) + 1) + math.sqrt(2 * k * e0**2 * math.log(1 / slack))
    assert kov == pytest.approx(expected)
    assert kov < drv < k * e0
    assert advanced_composition([PrivacyEvent("x", 1.0, 1e-3)], delta=1e-4) is None  # delta already spent


def test_compose_picks_the_tightest_bound() -> None:
    events = [_lap(0.1)] * 100
    eps, delta = compose(events, delta=1e-6)
    assert delta == 1e-6
    assert eps <= advanced_composition(events, delta=1e-6)  # type: ignore[operator]
    assert eps <= zcdp_epsilon(rho=100 * 0.1**2 / 2, delta=1e-6) + 1e-9
    # PLD: the privacy loss has mean 100 * 0.1^2 / 2 = 0.5 and sd 1, so ~ 0.5 + 4.2 at delta 1e-6;
    # advanced composition and zCDP both give ~ 5.2-5.8, basic composition 10
    assert 4.4 < eps < 4.9


def test_compose_single_mechanisms_are_not_loosened() -> None:
    eps, _ = compose([_lap(1.0)], delta=1e-9)
    assert eps <= 1.0 + 1e-9
    sigma = analytic_gaussian_sigma(epsilon=1.0, delta=1e-5)
    gauss = PrivacyEvent("gaussian", 1.0, 1e-5, sensitivity=1.0, scale=sigma)
    eps, _ = compose([gauss], delta=1e-5)
    assert eps == pytest.approx(1.0, abs=2e-3)  # PLD recovers the analytic Gaussian's exact curve


def test_compose_gaussians_uses_the_gaussian_curve() -> None:
    sigma = analytic_gaussian_sigma(epsilon=0.5, delta=1e-6)
    events = [PrivacyEvent("gaussian", 0.5, 1e-6, sensitivity=1.0, scale=sigma)] * 20
    eps, _ = compose(events, delta=1e-5)
    # 20 Gaussians of sigma compose to one Gaussian of sigma / sqrt(20): its exact epsilon at 1e-5
    exact = _gaussian_eps(sigma / math.sqrt(20), 1e-5)
    assert exact <= eps <= exact + 0.01


def _gaussian_eps(sigma: float, delta: float) -> float:
    from privet.dp import analytic_gaussian_delta

    lo, hi = 0.0, 100.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if analytic_gaussian_delta(sigma=sigma, epsilon=mid) > delta:
            lo = mid
        else:
            hi = mid
    return hi


def test_compose_rejects_too_small_delta() -> None:
    with pytest.raises(InvalidParameterError, match="'delta'"):
        compose([PrivacyEvent("x", 1.0, 1e-3)], delta=1e-4)
    with pytest.raises(InvalidParameterError, match="not a PrivacyEvent"):
        compose([(1.0, 0.0)])  # type: ignore[list-item]


def test_zcdp_conversion() -> None:
    for rho, delta in [(0.01, 1e-6), (0.5, 1e-5), (3.0, 1e-9)]:
        eps = zcdp_epsilon(rho=rho, delta=delta)
        assert eps <= rho + 2 * math.sqrt(rho * math.log(1 / delta))  # never worse than Bun and Steinke 2016
        assert zcdp_delta(rho=rho, epsilon=eps) == pytest.approx(delta, rel=1e-3)


def test_dpsgd_accounting() -> None:
    q, steps, delta = 0.01, 1000, 1e-5
    pld = dpsgd_epsilon(noise_multiplier=1.1, sampling_rate=q, steps=steps, delta=delta)
    rdp = dpsgd_epsilon(noise_multiplier=1.1, sampling_rate=q, steps=steps, delta=delta, accountant="rdp")
    assert 1.0 < pld <= rdp < 2.5  # PLD is tighter than RDP (Abadi et al. 2016 setting, ~1.5 vs ~1.7)
    assert dpsgd_epsilon(noise_multiplier=2.0, sampling_rate=q, steps=steps, delta=delta) < pld
    sigma = dpsgd_noise_multiplier(epsilon=1.0, delta=delta, sampling_rate=q, steps=steps)
    got = dpsgd_epsilon(noise_multiplier=sigma, sampling_rate=q, steps=steps, delta=delta)
    assert 0.97 <= got <= 1.0
    # the event form re-accounts to the same epsilon
    event = PrivacyEvent("subsampled_gaussian", got, delta, sensitivity=1.0, scale=sigma, sampling_rate=q, steps=steps)
    assert pld_epsilon([event], delta=delta) == pytest.approx(got, rel=2e-3)


def test_dpsgd_parameter_errors() -> None:
    with pytest.raises(InvalidParameterError, match="'steps'"):
        dpsgd_epsilon(noise_multiplier=1.0, sampling_rate=0.1, steps=0, delta=1e-5)
    with pytest.raises(InvalidParameterError, match="'sampling_rate'"):
        dpsgd_epsilon(noise_multiplier=1.0, sampling_rate=1.1, steps=10, delta=1e-5)
    with pytest.raises(InvalidParameterError, match="'accountant'"):
        dpsgd_epsilon(noise_multiplier=1.0, sampling_rate=0.1, steps=10, delta=1e-5, accountant="moments")


def test_inconsistent_event_parameters_are_not_trusted() -> None:
    # charged at eps=1 but claims a Laplace scale 100x too large: re-accounting must not drop to ~0.01
    liar = PrivacyEvent("laplace", 1.0, sensitivity=1.0, scale=100.0)
    eps, _ = compose([liar], delta=1e-9)
    assert eps >= 0.98
    honest = PrivacyEvent("gaussian", 1.0, 1e-5, sensitivity=1.0, scale=50.0)  # sigma far above the charge
    assert compose([honest], delta=1e-5)[0] >= 0.98
    # a generic event with steps is accounted at its declared total, not split per step
    generic = PrivacyEvent("objective_perturbation", 2.0, steps=10)
    assert compose([generic], delta=1e-6)[0] == pytest.approx(2.0, rel=1e-3)
