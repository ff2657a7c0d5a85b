"""Differentially private logistic regression (binary and multiclass), chosen by measurement (issue #6).

Two training algorithms, picked by the privacy measure asked for:

* ``delta == 0`` (pure epsilon-DP): objective perturbation, Chaudhuri, Monteleoni and Sarwate (JMLR 2011,
  Algorithm 2), in its add/remove-one-row form. The perturbed objective is
  ``sum_i loss(theta; z_i) + (Lambda/2) |theta|^2 + b . theta`` with ``|z_i| <= R`` (rows clipped, plus
  the intercept column). The Jacobian term costs ``log(1 + c R^2 / Lambda)`` with ``c = 1/4`` the bound
  on the logistic loss's second derivative; note the SQUARED norm ``R^2`` (one published implementation
  scales it by ``R``). The rest, ``eps_b``, goes to ``b`` with density ``exp(-eps_b |b| / R)``
  (``|b| ~ Gamma(d, R / eps_b)``, uniform direction), since one row moves the gradient sum by at most
  ``R``. Multiclass is one-vs-rest with the budget split evenly.
* ``delta > 0``: Newton-preconditioned noisy full-batch gradient descent. Releases, all Gaussian:
  the row count (sensitivity 1), ``Z^T Z`` once (Frobenius sensitivity ``R^2``), then ``T`` gradient sums
  (sensitivity ``R`` binary, ``sqrt(2) R`` softmax). Gaussian mechanisms compose exactly in Gaussian DP
  (Dong, Roth and Su 2019): the whole fit is ``mu``-GDP with ``mu^2 = sum (sensitivity / sigma)^2``,
  calibrated so ``mu`` equals the analytic Gaussian (Balle and Wang 2018) at (epsilon, delta). Steps are
  preconditioned by the noisy Hessian bound (post-processing) and the second half of the iterates is
  averaged.

On UCI Adult (issue #6 encoding) noisy GD measured better than objective perturbation and output
perturbation at every epsilon when approximate DP is allowed (bench/RESULTS.md); the hyperparameters
below were fixed on a split of the TRAINING data, never on the test split.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from scipy.special import expit, log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model._base import LinearClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from privet.dp import PrivacyEvent, analytic_gaussian_sigma, gaussian_noise, laplace_noise
from privet.errors import InvalidParameterError
from privet.ml._base import PrivateMixin, check_positive, clip_rows, dp_row_norm, release_gaussian

__all__ = ["LogisticRegression"]

# Fixed a priori (chosen on a split of Adult's TRAINING rows, see the module docstring).
_GD_STEPS = (24, 48)  # steps for epsilon < 1 and for epsilon >= 1
_COUNT_SHARE = 0.01  # share of mu^2 for the row count
_HESSIAN_SHARE = 0.10  # share of mu^2 for Z^T Z
_GD_REG = 1e-5  # ridge per row (lambda / n) when C is None
_OBJ_REG_PER_DIM = 0.2  # objective perturbation: Lambda = 0.2 * d / (eps * max(1, eps)^2) when C is None
_NORM_SHARE = 0.1  # share of epsilon spent estimating data_norm when it is None
_CURVATURE = 0.25  # logistic loss: second derivative <= 1/4


def _gd_steps(epsilon: float) -> int:
    return _GD_STEPS[0] if epsilon < 1 else _GD_STEPS[1]


# Objective perturbation draws raw noise (_sphere_direction, _gamma_norm) for the vector b: b is added to
# the OBJECTIVE, never to a released data-dependent float, so raw grid noise is fine there (the release
# is the exact minimiser, whose privacy is Chaudhuri et al.'s density argument, not an additive one).
def _sphere_direction(d: int) -> np.ndarray:
    g = gaussian_noise(d, sigma=1.0)
    norm = float(np.linalg.norm(g))
    return g / norm if norm > 0 else g  # zero only under the test-only noise seam


def _gamma_norm(d: int, scale: float) -> float:
    """A Gamma(d, scale) draw as the sum of d Exponential(scale) = |Laplace(scale)| draws."""
    return float(np.abs(laplace_noise(d, scale=scale)).sum())


def _binary_objective(theta: np.ndarray, z: np.ndarray, y: np.ndarray, lam: float, b: np.ndarray) -> tuple:
    m = z @ theta
    loss = float(np.sum(np.logaddexp(0.0, m) - y * m))
    grad = z.T @ (expit(m) - y)
    return loss + 0.5 * lam * float(theta @ theta) + float(b @ theta), grad + lam * theta + b


def _newton(z: np.ndarray, y: np.ndarray, lam: float, b: np.ndarray, max_iter: int) -> tuple[np.ndarray, int]:
    """The exact minimiser of the (strongly convex) perturbed objective by damped Newton steps.

    Stops when the exact gradient norm is below ``1e-9 * n`` (objective perturbation needs the minimiser,
    not an approximation of it; at that tolerance the distance to it is below ``1e-9 * n / Lambda``).
    """
    n, d = z.shape
    tolerance = 1e-9 * n
    theta = np.zeros(d)
    value, grad = _binary_objective(theta, z, y, lam, b)
    for iteration in range(1, max_iter + 1):
        if float(np.linalg.norm(grad)) <= tolerance:
            return theta, iteration - 1
        p = expit(z @ theta)
        hess = (z * (p * (1 - p))[:, None]).T @ z
        hess[np.diag_indices(d)] += lam
        step = np.linalg.solve(hess, grad)
        decrement = float(grad @ step)
        t = 1.0
        while True:  # backtracking (Armijo); terminates since the objective is strongly convex
            candidate = theta - t * step
            new_value, new_grad = _binary_objective(candidate, z, y, lam, b)
            if new_value <= value - 0.25 * t * decrement:
                break
            t *= 0.5
            if t < 1e-12:  # no further progress possible in floating point
                return theta, iteration
        theta, value, grad = candidate, new_value, new_grad
    return theta, max_iter


class LogisticRegression(LinearClassifierMixin, ClassifierMixin, PrivateMixin, BaseEstimator):
    """Logistic regression with differential privacy; a drop-in for scikit-learn's.

    ``epsilon``/``delta`` is the budget of one ``fit``. ``data_norm`` bounds the L2 norm of a row of X
    (rows above it are scaled down to it); when None it is estimated with DP from 10% of epsilon. ``C``
    is scikit-learn's inverse regularization (``Lambda = 1/C`` on the summed loss); None picks it from
    epsilon as measured. ``classes``, when given, is the public label set; otherwise the labels seen in
    ``y`` are used (scikit-learn's convention: the label set is treated as public).

    Privacy: (epsilon, delta)-DP under add/remove-one-row, row L2 norm bounded by ``data_norm``.
    ``delta == 0``: objective perturbation (Chaudhuri, Monteleoni, Sarwate, JMLR 2011), pure epsilon-DP.
    ``delta > 0``: noisy full-batch gradient descent with exact Gaussian-DP composition (Dong, Roth, Su
    2019; analytic Gaussian, Balle and Wang 2018). One ledger event per fit.
    """

    def __init__(
        self,
        *,
        epsilon: float = 1.0,
        delta: float = 0.0,
        data_norm: float | None = None,
        C: float | None = None,
        fit_intercept: bool = True,
        max_iter: int = 500,
        classes: Any = None,
        ledger: Any = None,
        dataset: str | None = None,
        principal: str | None = None,
    ) -> None:
        self.epsilon = epsilon
        self.delta = delta
        self.data_norm = data_norm
        self.C = C
        self.fit_intercept = fit_intercept
        self.max_iter = max_iter
        self.classes = classes
        self.ledger = ledger
        self.dataset = dataset
        self.principal = principal

    # -- fit ------------------------------------------------------------------------------------------
    def fit(self, X: Any, y: Any) -> LogisticRegression:
        """Fit on X, y spending (epsilon, delta) once (charged to the ledger first when given)."""
        owner = type(self).__name__
        epsilon, delta = self._privacy_params()
        data_norm = check_positive(owner, "data_norm", self.data_norm, allow_none=True)
        c_value = check_positive(owner, "C", self.C, allow_none=True)
        if not isinstance(self.fit_intercept, bool):
            raise InvalidParameterError(f"The 'fit_intercept' parameter of {owner} must be a bool.")
        if isinstance(self.max_iter, bool) or not isinstance(self.max_iter, int | np.integer) or self.max_iter < 1:
            raise InvalidParameterError(f"The 'max_iter' parameter of {owner} must be an int >= 1.")
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        if self.classes is not None:
            classes = np.unique(np.asarray(self.classes))
            if not np.all(np.isin(y, classes)):
                raise InvalidParameterError(f"The 'classes' parameter of {owner} misses labels found in y.")
        else:
            classes = np.unique(y)
        if len(classes) < 2:
            raise InvalidParameterError(
                f"{owner} needs at least 2 classes in y; got 1 class. (The label set is treated as public.)"
            )
        self.classes_ = classes
        n, d_raw = X.shape
        algorithm = "objective_perturbation" if delta == 0 else "noisy_gradient_descent"
        norm_eps = _NORM_SHARE * epsilon if data_norm is None else 0.0
        train_eps = epsilon - norm_eps
        self._charge(
            PrivacyEvent(
                mechanism=f"logistic_regression/{algorithm}",
                epsilon=epsilon,
                delta=delta,
                sensitivity=data_norm,
                steps=_gd_steps(train_eps) if delta > 0 else None,
                description=f"{owner}.fit ({d_raw} features, {len(classes)} classes)",
            )
        )
        # Everything below runs after the budget is charged.
        if data_norm is None:
            data_norm = dp_row_norm(X, epsilon=norm_eps)
        self.data_norm_ = data_norm
        z = clip_rows(X, data_norm)
        if self.fit_intercept:
            z = np.hstack([z, np.ones((n, 1))])
        radius = math.sqrt(data_norm**2 + (1.0 if self.fit_intercept else 0.0))
        targets = np.searchsorted(classes, y)
        lam = None if c_value is None else 1.0 / c_value
        if delta == 0:
            theta = self._objective_perturbation(z, targets, train_eps, radius, lam)
        else:
            theta = self._noisy_gd(z, targets, train_eps, delta, radius, lam)
        if self.fit_intercept:
            self.coef_, self.intercept_ = theta[:, :-1], theta[:, -1].copy()
        else:
            self.coef_, self.intercept_ = theta, np.zeros(theta.shape[0])
        return self

    def _objective_perturbation(
        self, z: np.ndarray, targets: np.ndarray, epsilon: float, radius: float, lam: float | None
    ) -> np.ndarray:
        k = len(self.classes_)
        problems = [targets == 1] if k == 2 else [targets == j for j in range(k)]
        eps_each = epsilon / len(problems)
        d = z.shape[1]
        r2 = radius * radius
        # Jacobian term log(1 + c R^2 / Lambda) must leave at least half of eps_each for the noise.
        lam_min = _CURVATURE * r2 / math.expm1(eps_each / 2)
        lam_default = _OBJ_REG_PER_DIM * d / (eps_each * max(1.0, eps_each) ** 2)
        lam_eff = max(lam if lam is not None else lam_default, lam_min)
        eps_b = eps_each - math.log1p(_CURVATURE * r2 / lam_eff)
        rows, n_iter = [], []
        for positive in problems:
            b = _gamma_norm(d, radius / eps_b) * _sphere_direction(d)
            yb = positive.astype(np.float64)
            theta, iterations = _newton(z, yb, lam_eff, b, int(self.max_iter))
            rows.append(theta)
            n_iter.append(iterations)
        self.n_iter_ = np.array(n_iter)
        return np.vstack(rows)

    def _noisy_gd(
        self, z: np.ndarray, targets: np.ndarray, epsilon: float, delta: float, radius: float, lam: float | None
    ) -> np.ndarray:
        k = len(self.classes_)
        n, d = z.shape
        steps = _gd_steps(epsilon)
        mu2 = analytic_gaussian_sigma(epsilon=epsilon, delta=delta) ** -2
        grad_sens = radius if k == 2 else math.sqrt(2.0) * radius
        sigma_count = 1.0 / math.sqrt(_COUNT_SHARE * mu2)
        sigma_hess = radius * radius / math.sqrt(_HESSIAN_SHARE * mu2)
        sigma_grad = grad_sens * math.sqrt(steps / ((1 - _COUNT_SHARE - _HESSIAN_SHARE) * mu2))
        upper = np.triu_indices(d)
        cols = 1 if k == 2 else k
        # Every release goes through privet.dp's safe API (value rounded onto the noise grid, exact
        # discrete Gaussian), each at its designed GDP level; release_gaussian absorbs the rounding slack.
        # First the count and Z^T Z together: mu_1^2 = (COUNT_SHARE + HESSIAN_SHARE) mu^2.
        gram = (z.T @ z)[upper]
        first = release_gaussian(
            np.concatenate([[float(n)], gram]),
            np.concatenate([[sigma_count], np.full(gram.size, sigma_hess)]),
            mu=math.sqrt((_COUNT_SHARE + _HESSIAN_SHARE) * mu2),
        )
        n_hat = max(1.0, float(first[0]))
        noisy = np.zeros((d, d))
        noisy[upper] = first[1:]
        noisy = np.triu(noisy) + np.triu(noisy, 1).T
        eigval, eigvec = np.linalg.eigh(noisy / n_hat)
        floor = 2.0 * sigma_hess * math.sqrt(d) / n_hat  # ~ the noise's spectral norm
        reg = _GD_REG if lam is None else lam / n_hat
        inv = eigvec @ np.diag(1.0 / (_CURVATURE * np.maximum(eigval, floor) + reg)) @ eigvec.T
        theta = np.zeros((d, cols))
        onehot = (targets == 1).astype(float)[:, None] if k == 2 else np.eye(k)[targets]
        average = np.zeros_like(theta)
        for step in range(steps):
            scores = z @ theta
            resid = (expit(scores) if k == 2 else softmax(scores, axis=1)) - onehot
            # One gradient-sum release per step: mu_step^2 = (1 - COUNT - HESSIAN) mu^2 / steps.
            grad = release_gaussian(z.T @ resid, sigma_grad, mu=grad_sens / sigma_grad)
            theta = theta - inv @ (grad / n_hat + reg * theta)
            if step >= steps // 2:
                average += theta
        self.n_iter_ = np.array([steps])
        return (average / (steps - steps // 2)).T

    # -- predict --------------------------------------------------------------------------------------
    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities (softmax for multiclass; one-vs-rest normalised when fitted with delta 0)."""
        check_is_fitted(self)
        scores = self.decision_function(X)
        if scores.ndim == 1:
            p = expit(scores)
            return np.column_stack([1 - p, p])
        if self.delta_spent_ == 0:
            p = expit(scores)
            return p / p.sum(axis=1, keepdims=True)
        return softmax(scores, axis=1)

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """Log of :meth:`predict_proba`."""
        scores = self.decision_function(X)
        if scores.ndim > 1 and self.delta_spent_ > 0:
            return log_softmax(scores, axis=1)
        return np.log(self.predict_proba(X))

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.non_deterministic = True
        return tags
