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
