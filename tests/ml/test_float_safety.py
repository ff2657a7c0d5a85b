"""Regression test: every data-dependent float an estimator releases goes through privet.dp's safe path.

Adding a raw noise array to a data-dependent float (``value + gaussian_noise(...)``) lets the low bits
of the result reveal ``value`` (Mironov 2012). The safe APIs hand ``value`` itself to the OpenDP sampler,
which rounds it onto the noise grid before adding exact discrete noise. So we spy on the samplers: a
call with an all-zero centre is a raw noise draw, allowed only for integer counts (whose sum with grid
noise is a lattice point) and for objective perturbation's vector b (added to the objective, not to a
released value). Real noise throughout; nothing is seeded.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from privet.dp import _noise
from privet.ml import GaussianNB, LinearRegression, LogisticRegression, StandardScaler

RNG = np.random.default_rng(0)  # the DATA only; the privacy noise is never seeded
X = RNG.uniform(-1, 1, size=(200, 3))
Y_REG = X @ np.array([0.5, -0.3, 0.2]) + 0.1 * RNG.normal(size=200)
Y_CLS = (X[:, 0] + 0.2 * RNG.normal(size=200) > 0).astype(int)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, np.ndarray]]:
    calls: list[tuple[str, np.ndarray]] = []
    for name in ("laplace_samples", "gaussian_samples"):
        real = getattr(_noise, name)

        def wrapped(center: np.ndarray, *, _real: Any = real, _name: str = name, **kw: Any) -> np.ndarray:
            calls.append((_name, np.array(center, dtype=float)))
            return _real(center, **kw)

        monkeypatch.setattr(_noise, name, wrapped)
    return calls


# (estimator, target, float releases expected through the safe path, raw draws allowed for integer counts)
CASES = [
    ("linear_laplace", lambda: LinearRegression(epsilon=1.0, data_norm=2.0, bounds_y=(-2, 2)), Y_REG, 1, 0),
    ("linear_gauss", lambda: LinearRegression(epsilon=1.0, delta=1e-6, data_norm=2.0, bounds_y=(-2, 2)), Y_REG, 1, 0),
    (
        "logistic_gd",
        lambda: LogisticRegression(epsilon=1.0, delta=1e-6, data_norm=2.0, algorithm="noisy_gradient_descent"),
        Y_CLS,
        1 + 48,
        0,
    ),
    # Gaussian objective perturbation (the delta > 0 default): one raw draw, b, added to the objective.
    ("logistic_gauss_op", lambda: LogisticRegression(epsilon=1.0, delta=1e-6, data_norm=2.0), Y_CLS, 1, 1),
    # Objective perturbation: the vector b (a Gamma norm from |Laplace| draws and a Gaussian direction) is
    # added to the OBJECTIVE, never to a released float, so its two raw draws are allowed; the certified
    # minimiser is released once through the safe path (AMP's output noise).
    ("logistic_op", lambda: LogisticRegression(epsilon=1.0, data_norm=2.0), Y_CLS, 1, 2),
    # Two float releases: the sums, then the squares centred using the released means.
    ("naive_bayes", lambda: GaussianNB(epsilon=1.0, bounds=(-1.0, 1.0)), Y_CLS, 2, 1),
    ("scaler", lambda: StandardScaler(epsilon=1.0, bounds=(-1.0, 1.0)), None, 2, 1),
]


@pytest.mark.parametrize(("make", "y", "safe", "raw"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_every_float_release_is_rounded_by_the_sampler(
    monkeypatch: pytest.MonkeyPatch, make: Any, y: Any, safe: int, raw: int
) -> None:
    calls = _spy(monkeypatch)
    model = make()
    model.fit(X) if y is None else model.fit(X, y)
    zero = [name for name, center in calls if not np.any(center)]
    nonzero = [name for name, center in calls if np.any(center)]
    assert len(zero) == raw, f"raw noise drawn {len(zero)} times (only integer counts and b may use raw noise)"
    assert len(nonzero) == safe, f"{len(nonzero)} releases went through the safe path, expected {safe}"
