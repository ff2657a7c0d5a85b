"""Scalers whose statistics are public bounds or DP estimates, never the data's own min/max/mean."""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, OneToOneFeatureMixin, TransformerMixin
from sklearn.utils.validation import check_is_fitted, validate_data

from privet.dp import PrivacyEvent
from privet.errors import InvalidParameterError
from privet.ml._base import PrivateMixin, check_bounds, dp_quantile_range
from privet.ml._moments import noisy_moments

__all__ = ["MinMaxScaler", "StandardScaler"]

_BOUNDS_SHARE = 0.2  # StandardScaler: share of epsilon spent estimating bounds when they are None


def _dp_bounds(x: np.ndarray, epsilon: float) -> tuple[np.ndarray, np.ndarray]:
    ranges = [dp_quantile_range(x[:, j], epsilon=epsilon / x.shape[1]) for j in range(x.shape[1])]
    return np.array([r[0] for r in ranges]), np.array([r[1] for r in ranges])


class MinMaxScaler(OneToOneFeatureMixin, TransformerMixin, PrivateMixin, BaseEstimator):
    """Scale features to ``feature_range`` using PUBLIC bounds (free) or DP-estimated ones.

    With ``bounds`` given, fitting reads nothing from the data and spends nothing (``epsilon_spent_`` 0);
    values outside the bounds are clipped. With ``bounds=None`` an ``epsilon`` is required and the range of
    every feature is estimated with DP.

    Privacy: with bounds None, epsilon-DP under add/remove-one-row: one noisy magnitude histogram per
    feature at epsilon/d (Laplace; :func:`privet.ml._base.dp_quantile_range`). With bounds, no privacy
    cost.
    """

    def __init__(
        self,
        *,
        feature_range: tuple[float, float] = (0.0, 1.0),
        bounds: Any = None,
        epsilon: float | None = None,
        clip: bool = True,
        ledger: Any = None,
        dataset: str | None = None,
        principal: str | None = None,
    ) -> None:
        self.feature_range = feature_range
        self.bounds = bounds
        self.epsilon = epsilon
        self.clip = clip
        self.ledger = ledger
        self.dataset = dataset
        self.principal = principal

    delta = 0.0

    def fit(self, X: Any, y: Any = None) -> MinMaxScaler:
        """Set the scaling from the public bounds, or estimate them with DP (spending epsilon)."""
        owner = type(self).__name__
        X = validate_data(self, X, dtype=np.float64)
        try:
            low, high = (float(v) for v in self.feature_range)
        except (TypeError, ValueError) as exc:
            raise InvalidParameterError(f"The 'feature_range' parameter of {owner} must be a pair of numbers.") from exc
        if not low < high:
            raise InvalidParameterError(f"The 'feature_range' parameter of {owner} must have min < max.")
        bounds = check_bounds(owner, "bounds", self.bounds, X.shape[1])
        if bounds is None:
            if self.epsilon is None:
                raise InvalidParameterError(
                    f"{owner} needs public 'bounds' or an 'epsilon' to estimate them with DP; both are None."
                )
            epsilon, _ = self._privacy_params(allow_delta=False)
            self._charge(
                PrivacyEvent(mechanism="dp_bounds/laplace_histogram", epsilon=epsilon, description=f"{owner}.fit")
            )
            bounds = _dp_bounds(X, epsilon)
        else:
            self.privacy_event_ = None
            self.epsilon_spent_ = 0.0
            self.delta_spent_ = 0.0
        self.data_min_, self.data_max_ = bounds
        self.data_range_ = self.data_max_ - self.data_min_
        self.scale_ = (high - low) / self.data_range_
        self.min_ = low - self.data_min_ * self.scale_
        return self

    def transform(self, X: Any) -> np.ndarray:
        """Clip to the bounds (when ``clip``) and scale to ``feature_range``."""
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False, copy=True)
        if self.clip:
            X = np.clip(X, self.data_min_, self.data_max_)
        return np.asarray(X * self.scale_ + self.min_)

    def inverse_transform(self, X: Any) -> np.ndarray:
        """Undo :meth:`transform` (up to clipping)."""
        check_is_fitted(self)
        X = np.asarray(X, dtype=np.float64)
        return np.asarray((X - self.min_) / self.scale_)

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.non_deterministic = True
        return tags


class StandardScaler(OneToOneFeatureMixin, TransformerMixin, PrivateMixin, BaseEstimator):
    """Standardise features with a DP mean and variance.

    ``bounds`` = (lower, upper), scalars or per feature, are public bounds (values are clipped to them for
    the statistics); when None they are estimated with DP from 20% of epsilon.

    Privacy: epsilon-DP under add/remove-one-row: Laplace noise on the count (sensitivity 1), the sums of
    ``x - mid`` (sensitivity ``h_j``) and then, given those, the sums of ``(x - c)^2 - s^2/2``
    (sensitivity ``s^2/2``), a third of epsilon each, ``mid``/``h`` the centre and half-width of the
    bounds and ``c`` a centre computed from the released values (:func:`privet.ml._moments.noisy_moments`).
    With ``bounds=None``, 20% of epsilon goes first to DP magnitude histograms. One ledger event per fit.
    """

    def __init__(
        self,
        *,
        epsilon: float = 1.0,
        bounds: Any = None,
        with_mean: bool = True,
        with_std: bool = True,
        ledger: Any = None,
        dataset: str | None = None,
        principal: str | None = None,
    ) -> None:
        self.epsilon = epsilon
        self.bounds = bounds
        self.with_mean = with_mean
        self.with_std = with_std
        self.ledger = ledger
        self.dataset = dataset
        self.principal = principal

    delta = 0.0

    def fit(self, X: Any, y: Any = None) -> StandardScaler:
        """Estimate mean and variance with DP, spending epsilon once."""
        owner = type(self).__name__
        epsilon, _ = self._privacy_params(allow_delta=False)
        X = validate_data(self, X, dtype=np.float64)
        bounds = check_bounds(owner, "bounds", self.bounds, X.shape[1])
        self._charge(PrivacyEvent(mechanism="laplace_moments", epsilon=epsilon, description=f"{owner}.fit"))
        if bounds is None:
            share = _BOUNDS_SHARE * epsilon
            epsilon -= share
            bounds = _dp_bounds(X, share)
        lower, upper = bounds
        moments = noisy_moments(X, np.zeros(len(X), dtype=int), 1, lower, upper, epsilon=epsilon)
        self.mean_ = moments.mean[0] if self.with_mean else None
        self.var_ = moments.var[0] if self.with_std else None
        self.scale_: np.ndarray | None
        if self.with_std:
            scale = np.sqrt(moments.var[0])
            self.scale_ = np.where(scale > 1e-12 * (upper - lower), scale, 1.0)
        else:
            self.scale_ = None
        self.n_samples_seen_ = round(float(moments.count[0]))
        return self

    def transform(self, X: Any) -> np.ndarray:
        """Centre and scale with the DP statistics."""
        check_is_fitted(self, "n_samples_seen_")
        X = validate_data(self, X, dtype=np.float64, reset=False, copy=True)
        if self.mean_ is not None:
            X = X - self.mean_
        if self.scale_ is not None:
            X = X / self.scale_
        return np.asarray(X)

    def inverse_transform(self, X: Any) -> np.ndarray:
        """Undo :meth:`transform`."""
        check_is_fitted(self, "n_samples_seen_")
        X = np.asarray(X, dtype=np.float64)
        if self.scale_ is not None:
            X = X * self.scale_
        if self.mean_ is not None:
            X = X + self.mean_
        return X

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.non_deterministic = True
        return tags
