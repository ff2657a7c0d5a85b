"""Differentially private linear (ridge) regression by sufficient-statistics perturbation."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, RegressorMixin
from sklearn.linear_model._base import LinearModel
from sklearn.utils.validation import validate_data

from privet.dp import PrivacyEvent, analytic_gaussian_sigma
from privet.errors import InvalidParameterError
from privet.ml._base import (
    PrivateMixin,
    check_positive,
    clip_rows,
    dp_quantile_range,
    dp_row_norm,
    release_gaussian,
    release_laplace,
)

__all__ = ["LinearRegression"]

_BOUNDS_SHARE = 0.1  # share of epsilon per missing bound (data_norm, bounds_y)


class LinearRegression(LinearModel, RegressorMixin, PrivateMixin, BaseEstimator):
    """Linear least squares with a ridge penalty and differential privacy.

    ``data_norm`` bounds the L2 norm of a row of X (larger rows are scaled down); ``bounds_y`` =
    (lower, upper) bounds the target (clipped). Either, when None, is estimated with DP from 10% of
    epsilon. ``alpha`` is the ridge penalty on the summed squared error; None adds only what the noise
    needs to keep the system well posed.

    Privacy: (epsilon, delta)-DP under add/remove-one-row. Sufficient-statistics perturbation (Vu and
    Slavkovic 2009; Wang 2018, "Revisiting differentially private linear regression"): ``Z^T Z`` and
    ``Z^T y`` released once, Gaussian noise with exact Gaussian-DP composition when ``delta > 0`` (L2
    sensitivities ``R^2`` and ``R * B``), Laplace noise when ``delta == 0`` (L1 sensitivities ``d R^2`` and
    ``sqrt(d) R B``); ``R`` the row norm with the intercept column, ``B`` the target half-range.
    """

    def __init__(
        self,
        *,
        epsilon: float = 1.0,
        delta: float = 0.0,
        data_norm: float | None = None,
        bounds_y: tuple[float, float] | None = None,
        alpha: float | None = None,
        fit_intercept: bool = True,
        ledger: Any = None,
        dataset: str | None = None,
        principal: str | None = None,
    ) -> None:
        self.epsilon = epsilon
        self.delta = delta
        self.data_norm = data_norm
        self.bounds_y = bounds_y
        self.alpha = alpha
        self.fit_intercept = fit_intercept
        self.ledger = ledger
        self.dataset = dataset
        self.principal = principal

    def fit(self, X: Any, y: Any) -> LinearRegression:
        """Fit on X, y spending (epsilon, delta) once (charged to the ledger first when given)."""
        owner = type(self).__name__
        epsilon, delta = self._privacy_params()
        data_norm = check_positive(owner, "data_norm", self.data_norm, allow_none=True)
        alpha = None if self.alpha is None else float(self.alpha)
        if alpha is not None and not (math.isfinite(alpha) and alpha >= 0):
            raise InvalidParameterError(f"The 'alpha' parameter of {owner} must be a finite number >= 0.")
        if not isinstance(self.fit_intercept, bool):
            raise InvalidParameterError(f"The 'fit_intercept' parameter of {owner} must be a bool.")
        bounds_y = None
        if self.bounds_y is not None:
            try:
                lo_y, hi_y = (float(v) for v in self.bounds_y)
            except (TypeError, ValueError) as exc:
                raise InvalidParameterError(f"The 'bounds_y' parameter of {owner} must be (lower, upper).") from exc
            if not (math.isfinite(lo_y) and math.isfinite(hi_y) and lo_y < hi_y):
                raise InvalidParameterError(f"The 'bounds_y' parameter of {owner} must be finite with lower < upper.")
            bounds_y = (lo_y, hi_y)
        X, y = validate_data(self, X, y, dtype=np.float64, y_numeric=True)
        if y.ndim > 1:
            raise InvalidParameterError(f"{owner} supports a single target; y has shape {y.shape}.")
        n, d_raw = X.shape
        self._charge(
            PrivacyEvent(
                mechanism="linear_regression/" + ("gaussian_ssp" if delta > 0 else "laplace_ssp"),
                epsilon=epsilon,
                delta=delta,
                description=f"{owner}.fit ({d_raw} features)",
            )
        )
        total = epsilon
        if data_norm is None:
            share = _BOUNDS_SHARE * total
            data_norm = dp_row_norm(X, epsilon=share)
            epsilon -= share
        if bounds_y is None:
            share = _BOUNDS_SHARE * total
            bounds_y = dp_quantile_range(y, epsilon=share)
            epsilon -= share
        self.data_norm_, self.bounds_y_ = data_norm, bounds_y
        mid = (bounds_y[0] + bounds_y[1]) / 2 if self.fit_intercept else 0.0
        half = (bounds_y[1] - bounds_y[0]) / 2 if self.fit_intercept else max(abs(bounds_y[0]), abs(bounds_y[1]))
        z = clip_rows(X, data_norm)
        if self.fit_intercept:
            z = np.hstack([z, np.ones((n, 1))])
        t = np.clip(y, *bounds_y) - mid
        d = z.shape[1]
        radius2 = data_norm**2 + (1.0 if self.fit_intercept else 0.0)
        upper = np.triu_indices(d)
        gram = (z.T @ z)[upper]
        cross = z.T @ t
        if delta > 0:
            mu2 = analytic_gaussian_sigma(epsilon=epsilon, delta=delta) ** -2
            sigma_gram = radius2 / math.sqrt(mu2 / 2)
            sigma_cross = math.sqrt(radius2) * half / math.sqrt(mu2 / 2)
            # One release of (gram, cross) through privet.dp's safe API: L2 sensitivity in noise units
            # sqrt(mu2/2 + mu2/2) = mu (grid-rounding slack absorbed by release_gaussian).
            scales = np.concatenate([np.full(gram.size, sigma_gram), np.full(cross.size, sigma_cross)])
            noisy = release_gaussian(np.concatenate([gram, cross]), scales, mu=math.sqrt(mu2))
            gram, cross = noisy[: gram.size], noisy[gram.size :]
            noise_norm = 2.0 * sigma_gram * math.sqrt(d)
        else:
            scale_gram = d * radius2 / (epsilon / 2)
            scale_cross = math.sqrt(d * radius2) * half / (epsilon / 2)
            # One release of (gram, cross): L1 loss epsilon/2 + epsilon/2 (slack absorbed by release_laplace).
            scales = np.concatenate([np.full(gram.size, scale_gram), np.full(cross.size, scale_cross)])
            noisy = release_laplace(np.concatenate([gram, cross]), scales, loss=epsilon)
            gram, cross = noisy[: gram.size], noisy[gram.size :]
            noise_norm = 2.0 * math.sqrt(2.0) * scale_gram * math.sqrt(d)
        matrix = np.zeros((d, d))
        matrix[upper] = gram
        matrix = np.triu(matrix) + np.triu(matrix, 1).T
        eigval, eigvec = np.linalg.eigh(matrix)
        eigval = np.maximum(eigval, noise_norm) + (alpha or 0.0)
        theta = eigvec @ ((eigvec.T @ cross) / eigval)
        if self.fit_intercept:
            self.coef_, self.intercept_ = theta[:-1], float(theta[-1] + mid)
        else:
            self.coef_, self.intercept_ = theta, 0.0
        return self

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.non_deterministic = True
        return tags
