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

from privet.dp import Ledger, PrivacyEvent, laplace_noise
from privet.errors import DataError, InvalidParameterError

__all__ = [
    "PrivateMixin",
    "check_bounds",
    "check_fraction",
    "check_positive",
    "clip_rows",
    "dp_quantile_range",
    "dp_row_norm",
]


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


def clip_rows(x: np.ndarray, norm: float) -> np.ndarray:
    """Scale every row with L2 norm above ``norm`` down to ``norm`` (a per-row map: no data statistic)."""
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x * np.minimum(1.0, norm / np.maximum(norms, 1e-300))


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
