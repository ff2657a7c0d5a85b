"""Shared machinery of the DP estimators: parameter checks, budget charging, DP bound estimation.

Every estimator builds ONE :class:`~privet.dp.PrivacyEvent` per ``fit`` (its whole (epsilon, delta)),
charges it to the ledger FIRST when one is given (a handle to one store on disk, so it survives
``sklearn.base.clone`` and every GridSearchCV fit is charged once), then computes. Without a ledger the
event is still recorded on the fitted estimator (``privacy_event_``, ``epsilon_spent_``, ``delta_spent_``).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from privet.dp import Ledger, PrivacyEvent, add_gaussian_noise, add_laplace_noise, laplace_noise
from privet.dp._noise import grid_exponent
from privet.errors import DataError, InvalidParameterError

__all__ = [
    "PrivateMixin",
    "check_bounds",
    "check_fraction",
    "check_positive",
    "clip_rows",
    "dp_quantile_range",
    "dp_row_norm",
    "release_gaussian",
    "release_laplace",
]


def _unit_scale(size: int, budget: float, *, l2: bool) -> float:
    """The unit noise scale ``c >= 1`` that absorbs the grid-rounding slack of the safe dp APIs.

    ``add_laplace_noise``/``add_gaussian_noise`` round each of ``size`` values onto the grid ``2**k``
    (``k = grid_exponent(c)``), which can move a neighbouring pair apart by ``size * 2**k`` (L1) or
    ``sqrt(size) * 2**k`` (L2). With sensitivity ``budget`` in noise units the loss is
    ``(budget + slack) / c``; the smallest ``c`` with ``c >= 1 + slack / budget`` keeps it at ``budget``
    (``c - 1`` is about ``size * 2**-50 / budget``: the noise grows by a negligible factor).
    """
    c = 1.0
    while True:
        slack = (math.sqrt(size) if l2 else float(size)) * 2.0 ** grid_exponent(c)
        need = 1.0 + slack / budget
        if c >= need:
            return c
        c = need


def release_laplace(value: np.ndarray, scale: Any, *, loss: float) -> np.ndarray:
    """Release ``value + Laplace(scale)`` element-wise (``scale`` broadcasts) without the float leak.

    The caller designed the per-entry scales so that one row moves ``sum_i |value_i| / scale_i`` by at
    most ``loss`` (the epsilon spent). The values are divided by their scale, released through
    :func:`privet.dp.add_laplace_noise` (rounded onto the noise grid, exact discrete Laplace: closed to
    Mironov's 2012 floating-point attack) with the unit scale that covers the rounding slack, and
    multiplied back (post-processing). Privacy: ``loss``-DP, exactly as designed.
    """
    value = np.asarray(value, dtype=np.float64)
    scale = np.broadcast_to(np.asarray(scale, dtype=np.float64), value.shape)
    unit = _unit_scale(max(1, value.size), loss, l2=False)
    return np.asarray(add_laplace_noise(value / scale, scale=unit)) * scale


def release_gaussian(value: np.ndarray, sigma: Any, *, mu: float) -> np.ndarray:
    """Release ``value + N(0, sigma^2)`` element-wise (``sigma`` broadcasts) without the float leak.

    The caller designed the per-entry sigmas so that one row moves ``value / sigma`` by at most ``mu``
    in L2 norm (the release is then ``mu``-GDP, Dong, Roth and Su 2019). Released like
    :func:`release_laplace`, through :func:`privet.dp.add_gaussian_noise`, with the unit sigma that
    covers the grid-rounding slack. Privacy: ``mu``-GDP, exactly as designed.
    """
    value = np.asarray(value, dtype=np.float64)
    sigma = np.broadcast_to(np.asarray(sigma, dtype=np.float64), value.shape)
    unit = _unit_scale(max(1, value.size), mu, l2=True)
    return np.asarray(add_gaussian_noise(value / sigma, sigma=unit)) * sigma


def _is_number(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float | np.integer | np.floating)


def check_positive(owner: str, name: str, value: Any, *, allow_none: bool = False) -> float | None:
    """A finite number > 0 (or None when allowed), else InvalidParameterError naming the parameter."""
    if value is None and allow_none:
        return None
    if not _is_number(value) or not (math.isfinite(float(value)) and float(value) > 0):
        shown = repr(value) if _is_number(value) or value is None else type(value).__name__
        raise InvalidParameterError(f"The '{name}' parameter of {owner} must be a finite number > 0. Got {shown}.")
    return float(value)


def check_fraction(owner: str, name: str, value: Any, *, low_open: bool = False) -> float:
    """A number in [0, 1) (or (0, 1) with ``low_open``)."""
    ok = _is_number(value) and (0 < float(value) < 1 if low_open else 0 <= float(value) < 1)
    if not ok:
        shown = repr(value) if _is_number(value) else type(value).__name__
        interval = "(0, 1)" if low_open else "[0, 1)"
        raise InvalidParameterError(f"The '{name}' parameter of {owner} must be in {interval}. Got {shown}.")
    return float(value)


def check_bounds(owner: str, name: str, bounds: Any, n_features: int) -> tuple[np.ndarray, np.ndarray] | None:
    """``(lower, upper)`` as two float arrays of length ``n_features`` (scalars broadcast), or None."""
    if bounds is None:
        return None
    try:
        lower, upper = bounds
        lo = np.broadcast_to(np.asarray(lower, dtype=float), (n_features,)).copy()
        hi = np.broadcast_to(np.asarray(upper, dtype=float), (n_features,)).copy()
    except (TypeError, ValueError) as exc:
        raise InvalidParameterError(
            f"The '{name}' parameter of {owner} must be a pair (lower, upper) of numbers or of arrays with one "
            f"entry per feature ({n_features})."
        ) from exc
    if not (np.all(np.isfinite(lo)) and np.all(np.isfinite(hi)) and np.all(lo < hi)):
        raise InvalidParameterError(
            f"The '{name}' parameter of {owner} must have finite lower < upper for every feature."
        )
    return lo, hi


def clip_rows(x: np.ndarray, norm: float, *, intercept: bool = False) -> np.ndarray:
    """Scale every row with L2 norm above ``norm`` down to ``norm`` (a per-row map: no data statistic).

    With ``intercept`` a column of ones is appended (one new array, filled in place: no extra copy).
    """
    n, d = x.shape
    norms = np.sqrt(np.einsum("ij,ij->i", x, x))
    out = np.empty((n, d + 1 if intercept else d))
    np.multiply(x, np.minimum(1.0, norm / np.maximum(norms, 1e-300))[:, None], out=out[:, :d])
    if intercept:
        out[:, d] = 1.0
    return out


# -- DP bound estimation ------------------------------------------------------------------------------
# A public grid of magnitudes 2**k, k in [-_K, _K]; values are bucketed by sign and magnitude. One row
# falls in exactly one bucket per column, so the histogram has L1 sensitivity 1 per column under
# add/remove-one-row; Laplace(1/epsilon) noise on every bucket makes it epsilon-DP.
_K = 32
_EDGES = np.concatenate([-(2.0 ** np.arange(_K, -_K - 1, -1)), [0.0], 2.0 ** np.arange(-_K, _K + 1)])


def _bucket_edges() -> np.ndarray:
    return _EDGES


def dp_quantile_range(values: np.ndarray, *, epsilon: float, beta: float = 1e-3) -> tuple[float, float]:
    """A DP (lower, upper) range covering the bulk of one column of ``values``.

    Privacy: epsilon-DP under add/remove-one-row. Noisy histogram (Laplace, L1 sensitivity 1) over a public
    grid of signed powers of two; the range spans the buckets whose noisy count exceeds
    ``log(buckets / beta) / epsilon`` (a bucket of zero rows passes with probability at most ``beta``).
    Values outside the returned range are clipped by the caller. Raises DataError when no bucket passes
    (too few rows for this epsilon): then pass the bounds explicitly.
    """
    values = np.asarray(values, dtype=float)
    edges = _bucket_edges()
    inner = edges[1:-1]
    index = np.searchsorted(inner, values, side="left")  # bucket b covers (edges[b], edges[b+1]]
    counts = np.bincount(index, minlength=len(edges) - 1).astype(float)
    # Integer counts + grid noise (2**k <= 1): every output is a function of the exact lattice point, so
    # raw noise is safe here (no floating-point leak, unlike adding it to a data-dependent float).
    noisy = counts + laplace_noise(counts.shape, scale=1.0 / epsilon)
    threshold = math.log(len(counts) / beta) / epsilon
    passing = np.flatnonzero(noisy > threshold)
    if passing.size == 0:
        raise DataError(
            f"Cannot estimate bounds with differential privacy: too few rows for epsilon={epsilon:.3g} "
            f"(need roughly {math.ceil(threshold)} rows in one magnitude bucket). Pass the bounds explicitly."
        )
    padded = np.concatenate([[-(2.0 ** (_K + 1))], edges, [2.0 ** (_K + 1)]])
    lower = float(padded[passing[0] + 1])
    upper = float(padded[passing[-1] + 2])
    return lower, upper


def dp_row_norm(x: np.ndarray, *, epsilon: float) -> float:
    """A DP upper bound on the typical row L2 norm of ``x`` (epsilon-DP, see :func:`dp_quantile_range`)."""
    _, upper = dp_quantile_range(np.linalg.norm(x, axis=1), epsilon=epsilon)
    return max(upper, 2.0**-_K)


class PrivateMixin:
    """Budget handling shared by privet.ml estimators (parameters ``epsilon``, ``delta``, ``ledger``...)."""

    epsilon: Any
    delta: Any
    ledger: Any
    dataset: Any
    principal: Any
    privacy_event_: PrivacyEvent | None
    epsilon_spent_: float
    delta_spent_: float

    def _privacy_params(self, *, allow_delta: bool = True) -> tuple[float, float]:
        owner = type(self).__name__
        epsilon = check_positive(owner, "epsilon", self.epsilon)
        assert epsilon is not None
        delta = check_fraction(owner, "delta", self.delta)
        if not allow_delta and delta > 0:
            raise InvalidParameterError(
                f"The 'delta' parameter of {owner} must be 0: this estimator is pure epsilon-DP. Got {delta!r}."
            )
        if self.ledger is not None:
            if not isinstance(self.ledger, Ledger):
                raise InvalidParameterError(
                    f"The 'ledger' parameter of {owner} must be a privet.dp.Ledger or None. "
                    f"Got {type(self.ledger).__name__}."
                )
            if not isinstance(self.dataset, str) or not self.dataset:
                raise InvalidParameterError(
                    f"The 'dataset' parameter of {owner} must name the dataset when a ledger is given."
                )
            if self.principal is not None and not isinstance(self.principal, str):
                raise InvalidParameterError(f"The 'principal' parameter of {owner} must be a string or None.")
        return epsilon, delta

    def _charge(self, event: PrivacyEvent) -> None:
        """Spend ``event`` on the ledger (before any computation) and record it on the estimator."""
        if self.ledger is not None:
            self.ledger.spend(event, dataset=self.dataset, principal=self.principal or "default")
        self.privacy_event_ = event
        self.epsilon_spent_ = event.epsilon
        self.delta_spent_ = event.delta

    def _privacy_metadata(self) -> dict[str, Any]:
        event = getattr(self, "privacy_event_", None)
        return {} if event is None else event.to_dict()
