"""Objective perturbation never releases an uncertified minimiser (issue #6; AMP, Iyengar et al. 2019).

The solver's certificate is checked against the gradient recomputed in extended precision, the
floating-point error bound against the actual error, and a fit that cannot certify raises and releases
nothing. The data are seeded (data only); ``b`` here is a fixed solver input, not privacy noise.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest
from scipy.special import expit

from privet.errors import BackendError
from privet.ml import LogisticRegression, _logistic
from privet.ml._newton import certified_minimiser, gradient_error_bound

RNG = np.random.default_rng(5)  # data generator only
N, D = 4000, 12
Z = np.hstack([RNG.normal(size=(N, D - 1)), np.ones((N, 1))])
Z /= np.maximum(1.0, np.linalg.norm(Z, axis=1, keepdims=True) / 1.5)  # rows of norm <= 1.5
Y = (Z[:, 0] - 0.5 * Z[:, 1] + 0.3 * RNG.normal(size=N) > 0).astype(float)
B = RNG.normal(size=D) * 3.0
LAM = 0.05


def _exact_gradient(theta: np.ndarray) -> np.ndarray:
    """The gradient in extended precision (long double): a much smaller rounding error than float64."""
    z = Z.astype(np.longdouble)
    t = theta.astype(np.longdouble)
    m = z @ t
    r = 1 / (1 + np.exp(-m)) - Y.astype(np.longdouble)
    return np.asarray(z.T @ r + LAM * t + B.astype(np.longdouble))


@pytest.mark.parametrize("gamma", [1e-4, 1e-7])
def test_certificate_bounds_the_exact_gradient_and_the_distance(gamma: float) -> None:
    theta = certified_minimiser(Z, Y, lam=LAM, b=B, gamma=gamma, radius=1.5, max_iter=100)
    assert float(np.linalg.norm(_exact_gradient(theta))) <= gamma
    tight = certified_minimiser(Z, Y, lam=LAM, b=B, gamma=1e-9, radius=1.5, max_iter=100)
    # Lambda-strong convexity: |theta - theta*| <= gamma / Lambda for both points.
    assert np.linalg.norm(theta - tight) <= (gamma + 1e-9) / LAM


def test_error_bound_covers_the_float64_error() -> None:
    for scale in (0.0, 0.5, 5.0):
        theta = RNG.normal(size=D) * scale
        m = Z @ theta
        r = expit(m) - Y
        computed = Z.T @ r + LAM * theta + B
        err = float(np.linalg.norm(computed - _exact_gradient(theta).astype(float)))
        bound = gradient_error_bound(
            n=N,
            d=D,
            radius=1.5,
            resid_abs_sum=float(np.abs(r).sum()),
            score_abs_sum=float((np.abs(Z) @ np.abs(theta)).sum()),
            theta_norm=float(np.linalg.norm(theta)),
            lam=LAM,
            b_norm=float(np.linalg.norm(B)),
        )
        assert err <= bound


def test_unreachable_certificate_raises_and_releases_nothing() -> None:
    with pytest.raises(BackendError, match="max_iter"):
        certified_minimiser(Z, Y, lam=LAM, b=B, gamma=1e-7, radius=1.5, max_iter=1)
    with pytest.raises(BackendError, match="max_iter"):  # below float64's reach: stops early, not at 10**6
        certified_minimiser(Z, Y, lam=LAM, b=B, gamma=1e-30, radius=1.5, max_iter=10**6)
    model = LogisticRegression(epsilon=1.0, data_norm=1.5, max_iter=1)
    with pytest.raises(BackendError, match="nothing was released"):
        model.fit(Z[:, :-1], Y.astype(int))
    assert not hasattr(model, "coef_")
    assert model.epsilon_spent_ == 1.0  # charged before computing (DESIGN.md §5), so reported as spent


def test_release_covers_the_certified_residual(monkeypatch: pytest.MonkeyPatch) -> None:
    """AMP: the certified point is released with Laplace noise for L1 sensitivity sqrt(d) 2 gamma / Lambda."""
    seen: dict[str, float] = {}
    real_solver, real_release = _logistic.certified_minimiser, _logistic.release_laplace

    def solver(*args: Any, **kw: Any) -> np.ndarray:
        seen.update(gamma=kw["gamma"], lam=kw["lam"])
        return real_solver(*args, **kw)

    def release(value: np.ndarray, scale: Any, *, loss: float) -> np.ndarray:
        seen.update(scale=float(scale), loss=loss, d=value.size)
        return real_release(value, scale, loss=loss)

    monkeypatch.setattr(_logistic, "certified_minimiser", solver)
    monkeypatch.setattr(_logistic, "release_laplace", release)
    model = LogisticRegression(epsilon=2.0, data_norm=1.5).fit(Z[:, :-1], Y.astype(int))
    assert seen["d"] == D  # the coefficients and the intercept
    assert seen["loss"] == pytest.approx(_logistic._OUT_SHARE * 2.0)
    sensitivity_l1 = math.sqrt(D) * 2 * seen["gamma"] / seen["lam"]
    assert seen["scale"] == pytest.approx(sensitivity_l1 / seen["loss"])
    assert model.epsilon_spent_ == 2.0


@pytest.mark.parametrize(("epsilon", "delta", "k"), [(0.1, 1e-6, 2), (1.0, 1e-6, 3), (10.0, 1e-5, 2)])
def test_gaussian_amp_spends_exactly_its_budget(
    monkeypatch: pytest.MonkeyPatch, epsilon: float, delta: float, k: int
) -> None:
    """Gaussian AMP's constants, recomputed independently from what the fit hands the solver and samplers.

    Per problem (epsilon / p, delta / p), p problems (1 binary, k one-vs-rest): the Jacobian costs
    log(1 + beta / Lambda); b's privacy loss is at most mu |X| + mu^2 / 2 (mu = R / sigma_b), whose
    hockey-stick divergence at eps_b is integrated numerically here; the output noise is the Gaussian
    mechanism for L2 sensitivity 2 gamma / Lambda. Their epsilons and deltas must add up to the budget.
    """
    from scipy import integrate
    from scipy.stats import norm

    seen: dict[str, list[float]] = {"sigma_b": [], "lam": [], "gamma": [], "sigma_out": [], "mu": []}
    real_solver, real_release, real_noise = (
        _logistic.certified_minimiser,
        _logistic.release_gaussian,
        _logistic.gaussian_noise,
    )

    def noise(d: int, *, sigma: float) -> np.ndarray:
        seen["sigma_b"].append(sigma)
        return real_noise(d, sigma=sigma)

    def solver(*args: Any, **kw: Any) -> np.ndarray:
        seen["lam"].append(kw["lam"])
        seen["gamma"].append(kw["gamma"])
        return real_solver(*args, **kw)

    def release(value: np.ndarray, sigma: Any, *, mu: float) -> np.ndarray:
        seen["sigma_out"].append(float(sigma))
        seen["mu"].append(mu)
        return real_release(value, sigma, mu=mu)

    monkeypatch.setattr(_logistic, "gaussian_noise", noise)
    monkeypatch.setattr(_logistic, "certified_minimiser", solver)
    monkeypatch.setattr(_logistic, "release_gaussian", release)
    labels = Y.astype(int) if k == 2 else (Z[:, 0] > 0).astype(int) + (Z[:, 1] > 0.5).astype(int)
    model = LogisticRegression(epsilon=epsilon, delta=delta, data_norm=1.5, fit_intercept=False).fit(Z, labels)
    assert (model.epsilon_spent_, model.delta_spent_) == (epsilon, delta)
    problems = 1 if k == 2 else k
    assert len(seen["sigma_b"]) == problems
    radius, beta = 1.5, 1.5**2 / 4
    eps_each, delta_each = epsilon / problems, delta / problems
    for sigma_b, lam, gamma, sigma_out, mu_out in zip(*seen.values(), strict=True):
        eps_jac = math.log1p(beta / lam)
        mu = radius / sigma_b
        # Output step: sensitivity 2 gamma / Lambda in units of sigma_out is mu_out; its delta at eps_out.
        assert 2 * gamma / lam / sigma_out == pytest.approx(mu_out)
        eps_out = _logistic._OUT_SHARE * eps_each
        delta_out = norm.cdf(mu_out / 2 - eps_out / mu_out) - math.exp(eps_out) * norm.cdf(
            -mu_out / 2 - eps_out / mu_out
        )
        eps_b = eps_each - eps_out - eps_jac
        assert eps_b > 0

        def loss_excess(x: float, eps_b: float = eps_b, mu: float = mu) -> float:
            return max(0.0, 1 - math.exp(eps_b - mu * abs(x) - mu * mu / 2)) * float(norm.pdf(x))

        # Symmetric in x; the integrand is zero below t (where the loss is at most eps_b).
        t = max(0.0, (eps_b - mu * mu / 2) / mu)
        delta_b = 2 * integrate.quad(loss_excess, t, math.inf, epsabs=0.0, epsrel=1e-10, limit=500)[0]
        assert delta_b + delta_out <= delta_each * (1 + 1e-6)
        assert delta_b + delta_out >= delta_each * 0.99  # and no budget is left unused
