"""Additive-noise mechanisms: release = value + noise (Laplace, Gaussian, geometric, discrete Gaussian)."""

from __future__ import annotations

import math
from typing import Any, overload

import numpy as np

from privet.dp import _noise
from privet.dp._calibrate import analytic_gaussian_sigma, zcdp_rho_for
from privet.dp._validate import check_delta, check_epsilon, check_positive, finite_array
from privet.errors import InvalidParameterError

__all__ = [
    "add_gaussian_noise",
    "add_laplace_noise",
    "discrete_gaussian",
    "discrete_gaussian_sigma",
    "gaussian",
    "gaussian_noise",
    "gaussian_sigma",
    "geometric",
    "laplace",
    "laplace_noise",
    "laplace_scale",
]


def _shape(owner: str, shape: Any) -> tuple[int, ...]:
    if isinstance(shape, int | np.integer) and not isinstance(shape, bool):
        shape = (int(shape),)
    try:
        dims = tuple(int(d) for d in shape)
    except TypeError as exc:
        raise InvalidParameterError(f"The 'shape' parameter of {owner} must be an int or a tuple of ints.") from exc
    if any(d < 0 for d in dims):
        raise InvalidParameterError(f"The 'shape' parameter of {owner} must not be negative. Got {dims}.")
    return dims


def _back(value: Any, out: np.ndarray, *, integer: bool = False) -> Any:
    """Scalar in, Python scalar out; array in, array out."""
    if np.ndim(value) == 0:
        return int(out.reshape(())) if integer else float(out.reshape(()))
    return out


def laplace_scale(*, sensitivity: float, epsilon: float, size: int = 1) -> tuple[float, int]:
    """The Laplace scale and grid exponent ``k`` :func:`laplace` uses for ``size`` values.

    OpenDP rounds each input onto the grid ``2**k`` before adding exact discrete Laplace noise, which can
    move a neighbouring pair apart by ``2**k`` per value; the scale covers ``sensitivity + size * 2**k``.
    """
    k = _noise.grid_exponent(sensitivity / epsilon)
    return (sensitivity + size * 2.0**k) / epsilon, k


@overload
def laplace(value: float, *, sensitivity: float, epsilon: float) -> float: ...
@overload
def laplace(value: np.ndarray, *, sensitivity: float, epsilon: float) -> np.ndarray: ...
def laplace(value: Any, *, sensitivity: float, epsilon: float) -> Any:
    """Release ``value + Laplace(sensitivity / epsilon)`` (scalar or array, element-wise).

    Privacy: epsilon-DP (pure) for any neighbouring relation under which the whole ``value`` moves by at
    most ``sensitivity`` in L1 norm (Dwork, McSherry, Nissim and Smith 2006). Noise is OpenDP's exact
    discrete Laplace on a grid of about 2**-50 times the scale (Canonne, Kamath and Steinke 2020), so
    the release is not open to Mironov's (2012) floating-point attack; the grid rounding is added to the
    sensitivity. The caller charges ``PrivacyEvent("laplace", epsilon, sensitivity=..., scale=...)``.
    """
    owner = "laplace"
    sensitivity = check_positive(owner, "sensitivity", sensitivity)
    epsilon = check_epsilon(owner, epsilon)
    array = finite_array(owner, "value", value)
    scale, k = laplace_scale(sensitivity=sensitivity, epsilon=epsilon, size=max(1, array.size))
    return _back(value, _noise.laplace_samples(array, scale=scale, k=k))


def gaussian_sigma(*, sensitivity: float, epsilon: float, delta: float, size: int = 1) -> tuple[float, int]:
    """The sigma and grid exponent ``k`` :func:`gaussian` uses for ``size`` values (analytic calibration)."""
    base = analytic_gaussian_sigma(epsilon=epsilon, delta=delta, sensitivity=sensitivity)
    k = _noise.grid_exponent(base)
    slack = math.sqrt(size) * 2.0**k
    return analytic_gaussian_sigma(epsilon=epsilon, delta=delta, sensitivity=sensitivity + slack), k


def gaussian(value: Any, *, sensitivity: float, epsilon: float, delta: float) -> Any:
    """Release ``value + N(0, sigma^2)`` with sigma from the analytic Gaussian calibration.

    Privacy: (epsilon, delta)-DP for any neighbouring relation under which ``value`` moves by at most
    ``sensitivity`` in L2 norm. Sigma is the exact smallest one (Balle and Wang 2018, Theorem 8), valid
    for every epsilon > 0. Noise is OpenDP's exact discrete Gaussian on a grid 2**-50 times sigma
    (Canonne, Kamath and Steinke 2020); the grid rounding is added to the sensitivity. Charge
    ``PrivacyEvent("gaussian", epsilon, delta, sensitivity=..., scale=sigma)``.
    """
    owner = "gaussian"
    sensitivity = check_positive(owner, "sensitivity", sensitivity)
    epsilon = check_epsilon(owner, epsilon)
    delta = check_delta(owner, delta)
    array = finite_array(owner, "value", value)
    sigma, k = gaussian_sigma(sensitivity=sensitivity, epsilon=epsilon, delta=delta, size=max(1, array.size))
    return _back(value, _noise.gaussian_samples(array, sigma=sigma, k=k))


def _integer_sensitivity(owner: str, sensitivity: Any) -> int:
    if isinstance(sensitivity, bool) or not isinstance(sensitivity, int | np.integer) or sensitivity < 1:
        raise InvalidParameterError(f"The 'sensitivity' parameter of {owner} must be an int >= 1. Got {sensitivity!r}.")
    return int(sensitivity)


def geometric(value: Any, *, sensitivity: int, epsilon: float) -> Any:
    """Release integer ``value + DiscreteLaplace(sensitivity / epsilon)`` (the two-sided geometric mechanism).

    Privacy: epsilon-DP (pure) when ``value`` moves by at most ``sensitivity`` (an integer) in L1 norm
    between neighbours (Ghosh, Roughgarden and Sundararajan 2012). OpenDP's exact integer sampler; the
    output stays an integer, so counts need no rounding afterwards.
    """
    owner = "geometric"
    sens = _integer_sensitivity(owner, sensitivity)
    epsilon = check_epsilon(owner, epsilon)
    array = finite_array(owner, "value", value, integer=True)
    return _back(value, _noise.discrete_laplace_samples(array, scale=sens / epsilon), integer=True)


def discrete_gaussian_sigma(*, sensitivity: float, epsilon: float, delta: float) -> float:
    """The sigma :func:`discrete_gaussian` uses: rho-zCDP with rho = sensitivity^2 / (2 sigma^2), converted."""
    rho = zcdp_rho_for(epsilon=epsilon, delta=delta)
    return sensitivity / math.sqrt(2 * rho)


def discrete_gaussian(value: Any, *, sensitivity: int, epsilon: float, delta: float) -> Any:
    """Release integer ``value + DiscreteGaussian(sigma)`` (element-wise).

    Privacy: the discrete Gaussian with L2 sensitivity ``sensitivity`` is rho-zCDP with
    ``rho = sensitivity^2 / (2 sigma^2)`` (Canonne, Kamath and Steinke 2020, Theorems 4 and 14); sigma is
    the smallest for which that rho converts to (epsilon, delta)-DP by their tight Corollary 13.
    OpenDP's exact sampler; integers in, integers out.
    """
    owner = "discrete_gaussian"
    sens = _integer_sensitivity(owner, sensitivity)
    epsilon = check_epsilon(owner, epsilon)
    delta = check_delta(owner, delta)
    array = finite_array(owner, "value", value, integer=True)
    sigma = discrete_gaussian_sigma(sensitivity=sens, epsilon=epsilon, delta=delta)
    return _back(value, _noise.discrete_gaussian_samples(array, sigma=sigma), integer=True)


def add_laplace_noise(value: Any, *, scale: float) -> Any:
    """Release ``value + Laplace(0, scale)`` with a caller-calibrated scale, safely.

    Like :func:`laplace` but the caller chooses ``scale`` (e.g. a sensitivity it derived itself). OpenDP
    rounds ``value`` onto the noise grid ``2**k`` (``k = grid_exponent(scale)``, about 2**-50 times the
    scale) and adds exact discrete Laplace noise there, so the output's low bits carry nothing about
    ``value``. Privacy: epsilon-DP with ``epsilon = (L1 sensitivity + size * 2**k) / scale``.
    """
    owner = "add_laplace_noise"
    scale = check_positive(owner, "scale", scale)
    array = finite_array(owner, "value", value)
    return _back(value, _noise.laplace_samples(array, scale=scale, k=_noise.grid_exponent(scale)))


def add_gaussian_noise(value: Any, *, sigma: float) -> Any:
    """Release ``value + N(0, sigma^2)`` with a caller-calibrated sigma, safely (see :func:`add_laplace_noise`).

    Privacy: the Gaussian mechanism with L2 sensitivity ``sensitivity + sqrt(size) * 2**k`` (``k =
    grid_exponent(sigma)``); calibrate sigma with :func:`analytic_gaussian_sigma` or :func:`gaussian_sigma`.
    """
    owner = "add_gaussian_noise"
    sigma = check_positive(owner, "sigma", sigma)
    array = finite_array(owner, "value", value)
    return _back(value, _noise.gaussian_samples(array, sigma=sigma, k=_noise.grid_exponent(sigma)))


def laplace_noise(shape: Any, *, scale: float) -> np.ndarray:
    """An array of i.i.d. Laplace(0, scale) noise (OpenDP exact sampler on a grid 2**-50 times ``scale``).

    Privacy: spends nothing by itself; the caller calibrates ``scale`` (sensitivity / epsilon for L1
    sensitivity) and charges the event. Every draw is a multiple of the grid ``2**k``: adding it to a
    data-dependent float YOURSELF (``value + laplace_noise(...)``) lets the output's low bits reveal
    ``value`` modulo the grid (the floating-point attack of Mironov 2012). To release ``value + noise``
    use :func:`laplace` or :func:`add_laplace_noise`, which round ``value`` onto the grid first; use raw
    noise only where it is not added to a data-dependent float (e.g. a noise vector in an objective).
    """
    owner = "laplace_noise"
    dims = _shape(owner, shape)
    scale = check_positive(owner, "scale", scale)
    return _noise.laplace_samples(np.zeros(dims), scale=scale, k=_noise.grid_exponent(scale))


def gaussian_noise(shape: Any, *, sigma: float) -> np.ndarray:
    """An array of i.i.d. N(0, sigma^2) noise (OpenDP exact discrete Gaussian on a grid 2**-50 times sigma).

    Privacy: spends nothing by itself; the caller calibrates sigma (e.g. :func:`analytic_gaussian_sigma`
    or :func:`dpsgd_noise_multiplier` times the clipping norm; Gaussian mechanism, Dwork and Roth 2014,
    Appendix A) and charges the event. As with
    :func:`laplace_noise`, release ``value + noise`` through :func:`gaussian` or :func:`add_gaussian_noise`
    rather than adding the array to a data-dependent float yourself.
    """
    owner = "gaussian_noise"
    dims = _shape(owner, shape)
    sigma = check_positive(owner, "sigma", sigma)
    return _noise.gaussian_samples(np.zeros(dims), sigma=sigma, k=_noise.grid_exponent(sigma))
