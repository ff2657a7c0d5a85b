"""Differentially private Gaussian naive Bayes."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy.special import logsumexp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from privet.dp import PrivacyEvent
from privet.errors import InvalidParameterError
from privet.ml._base import PrivateMixin, check_bounds, check_positive, dp_quantile_range
from privet.ml._moments import noisy_moments

__all__ = ["GaussianNB"]

_BOUNDS_SHARE = 0.2  # share of epsilon spent estimating bounds when they are None
_SHARES = (0.2, 0.4, 0.4)  # counts, sums, sums of squares (see the class docstring)


class GaussianNB(ClassifierMixin, PrivateMixin, BaseEstimator):
    """Gaussian naive Bayes with differential privacy; same predictions API as scikit-learn's.

    ``bounds`` = (lower, upper), scalars or one per feature, are the public feature bounds (values are
    clipped to them); when None they are estimated with DP from 20% of epsilon. ``classes`` is the public
    label set (default: the labels in y, treated as public as in scikit-learn).

    Budget split: 20% for the class counts, 40% for the per-class sums and 40% for the sums of squares,
    chosen on a split of UCI Adult's TRAINING rows among a few splits (all within noise of each other
    from epsilon 1 on). The counts are large, but they also divide every mean and variance, so they get
    a real share. Variances are estimated around a centre between the bounds' midpoint and the
    released mean, whichever gives the least predicted error (see :func:`privet.ml._moments.noisy_moments`):
    a feature piled at one end of wide bounds (capital-gain) otherwise gets a variance wrong by more
    than itself. Variance floor: each variance is raised to at least the standard deviation of its own
    noise (a public function of epsilon, the bounds and the released count and mean), since a smaller
    variance is indistinguishable from noise and a near-zero variance lets one feature outvote all the
    others; the variance is also capped by the largest a bounded variable with that mean can have
    (Bhatia and Davis 2000). ``var_smoothing`` adds that fraction of the largest released variance, as
    scikit-learn's adds a fraction of the largest variance.

    Privacy: epsilon-DP under add/remove-one-row, Laplace mechanism in three sequentially composed
    releases (Vaidya et al. 2013's recipe, with centred statistics): the class counts (L1 sensitivity 1,
    20% of epsilon); the per-class sums of ``x - mid`` (feature j: sensitivity ``h_j``, Laplace scale
    ``d h_j / (0.4 epsilon)``); then, given those, the per-class sums of ``(x - c)^2 - s^2/2`` with the
    centre ``c`` computed from the released values and ``s = max(c - lower, upper - c)`` (sensitivity
    ``s^2/2``, scale ``d s^2 / (0.8 epsilon)``); ``mid``/``h`` are the centre and half-width of the public
    bounds. With ``bounds=None``, 20% of epsilon goes first to DP magnitude histograms
    (:func:`privet.ml._base.dp_quantile_range`) and the split applies to the rest.
    One ledger event per fit.
    """

    def __init__(
        self,
        *,
        epsilon: float = 1.0,
        bounds: Any = None,
        priors: Any = None,
        var_smoothing: float = 1e-9,
        classes: Any = None,
        ledger: Any = None,
        dataset: str | None = None,
        principal: str | None = None,
    ) -> None:
        self.epsilon = epsilon
        self.bounds = bounds
        self.priors = priors
        self.var_smoothing = var_smoothing
        self.classes = classes
        self.ledger = ledger
        self.dataset = dataset
        self.principal = principal

    delta = 0.0

    def fit(self, X: Any, y: Any) -> GaussianNB:
        """Fit on X, y spending epsilon once (charged to the ledger first when given)."""
        owner = type(self).__name__
        epsilon, _ = self._privacy_params(allow_delta=False)
        smoothing = check_positive(owner, "var_smoothing", self.var_smoothing)
        assert smoothing is not None
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        bounds = check_bounds(owner, "bounds", self.bounds, X.shape[1])
        classes = np.unique(np.asarray(self.classes)) if self.classes is not None else np.unique(y)
        if self.classes is not None and not np.all(np.isin(y, classes)):
            raise InvalidParameterError(f"The 'classes' parameter of {owner} misses labels found in y.")
        priors = None
        if self.priors is not None:
            priors = np.asarray(self.priors, dtype=float)
            if priors.shape != (len(classes),) or np.any(priors < 0) or not np.isclose(priors.sum(), 1.0):
                raise InvalidParameterError(
                    f"The 'priors' parameter of {owner} must be {len(classes)} non-negative numbers summing to 1."
                )
        self._charge(
            PrivacyEvent(
                mechanism="gaussian_nb/laplace_moments",
                epsilon=epsilon,
                description=f"{owner}.fit ({X.shape[1]} features, {len(classes)} classes)",
            )
        )
        if bounds is None:
            share = _BOUNDS_SHARE * epsilon
            epsilon -= share
            ranges = [dp_quantile_range(X[:, j], epsilon=share / X.shape[1]) for j in range(X.shape[1])]
            bounds = (np.array([r[0] for r in ranges]), np.array([r[1] for r in ranges]))
        lower, upper = bounds
        self.bounds_ = (lower, upper)
        self.classes_ = classes
        moments = noisy_moments(
            X, np.searchsorted(classes, y), len(classes), lower, upper, epsilon=epsilon, shares=_SHARES
        )
        var = np.maximum(moments.var, moments.var_noise)
        # scikit-learn's smoothing: a fraction of the largest variance (here of the released ones).
        self.epsilon_ = smoothing * float(np.max(var)) if np.max(var) > 0 else smoothing
        self.theta_ = moments.mean
        self.var_ = var + self.epsilon_
        self.class_count_ = moments.count
        if priors is None:
            counts = np.maximum(moments.count, 1.0)
            priors = counts / counts.sum()
        self.class_prior_ = priors
        return self

    def _joint_log_likelihood(self, X: Any) -> np.ndarray:
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        log_prior = np.log(np.maximum(self.class_prior_, 1e-300))
        ll = -0.5 * np.sum(np.log(2.0 * np.pi * self.var_), axis=1)[None, :] - 0.5 * np.sum(
            (X[:, None, :] - self.theta_[None, :, :]) ** 2 / self.var_[None, :, :], axis=2
        )
        return np.asarray(ll + log_prior[None, :])

    def predict(self, X: Any) -> np.ndarray:
        """The most probable class of every row."""
        jll = self._joint_log_likelihood(X)
        return np.asarray(self.classes_[np.argmax(jll, axis=1)])

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """Log class probabilities."""
        jll = self._joint_log_likelihood(X)
        return np.asarray(jll - logsumexp(jll, axis=1, keepdims=True))

    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities."""
        return np.exp(self.predict_log_proba(X))

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.non_deterministic = True
        return tags
