"""Differentially private logistic regression (binary and multiclass), chosen by measurement (issue #6).

Three training algorithms (``algorithm``); the default is picked by the privacy measure asked for:

* ``delta == 0`` (pure epsilon-DP), ``"objective_perturbation"``: Chaudhuri, Monteleoni and Sarwate
  (JMLR 2011, Algorithm 2), in its add/remove-one-row form. The perturbed objective is
  ``sum_i loss(theta; z_i) + (Lambda/2) |theta|^2 + b . theta`` with ``|z_i| <= R`` (rows clipped, plus
  the intercept column). The Jacobian term costs ``log(1 + c R^2 / Lambda)`` with ``c = 1/4`` the bound
  on the logistic loss's second derivative; note the SQUARED norm ``R^2`` (one published implementation
  scales it by ``R``). The rest, ``eps_b``, goes to ``b`` with density ``exp(-eps_b |b| / R)``
  (``|b| ~ Gamma(d, R / eps_b)``, uniform direction), since one row moves the gradient sum by at most
  ``R``. That guarantee holds for the EXACT minimiser, which no solver returns; so the release follows
  approximate minima perturbation (AMP, Iyengar, Near, Song, Thakkar, Thakurta and Wang, IEEE S&P 2019):
  the solver (privet.ml._newton) stops only on a certificate that the exact gradient norm is at most
  ``gamma`` (floating-point error bounded rigorously), so its output is within ``gamma / Lambda`` of the
  minimiser; given the minimiser, two neighbours' outputs are within ``2 gamma / Lambda`` (L2), and
  Laplace noise on every coordinate (L1 sensitivity ``sqrt(d) 2 gamma / Lambda``) covers that residual
  with ``eps_out`` = 2% of the budget (pure DP, hence Laplace where AMP uses Gaussian noise). ``gamma``
  is set so that this noise has expected L2 norm 0.1, but at least 1e-5 (with a tiny ``Lambda``, at high
  epsilon, a smaller gradient norm is below what float64 arithmetic can certify; the noise then grows
  with ``1 / Lambda`` like the coefficients themselves). When the certificate is not reached the fit
  raises BackendError and releases nothing. Multiclass is one-vs-rest with the budget split evenly.
* ``delta > 0``, ``"gaussian_objective_perturbation"``: AMP itself (Iyengar et al. 2019, Algorithm 1,
  the (epsilon, delta) variant with ``b ~ N(0, sigma_b^2 I_d)``: d Gaussian draws per problem), with the
  same certified solver and Gaussian output noise; constants in the class docstring. One-vs-rest for
  multiclass, (epsilon, delta) split evenly.
* ``"noisy_gradient_descent"`` (``delta > 0``, by name only): Newton-preconditioned noisy full-batch
  gradient descent. Releases, all Gaussian: the row count (sensitivity 1), ``Z^T Z`` once (Frobenius
  sensitivity ``R^2``), then ``T`` gradient sums (sensitivity ``R`` binary, ``sqrt(2) R`` softmax).
  Gaussian mechanisms compose exactly in Gaussian DP (Dong, Roth and Su 2019): the whole fit is
  ``mu``-GDP with ``mu^2 = sum (sensitivity / sigma)^2``, calibrated so ``mu`` equals the analytic
  Gaussian (Balle and Wang 2018) at (epsilon, delta). Steps are preconditioned by the noisy Hessian
  bound (post-processing) and the second half of the iterates is averaged.

On UCI Adult (issue #6 encoding; two splits of the TRAINING rows, 2/3 fit and 1/3 scored, 8 fits per
point, delta 1e-6) Gaussian AMP measured 0.812/0.808 at epsilon 0.1 (noisy GD 0.812/0.813, pure
objective perturbation 0.768/0.775), 0.831/0.830 at 0.5 (0.832/0.828), 0.837/0.834 at 1 (0.837/0.837),
0.839/0.840 at 2 (0.840/0.840), 0.846/0.847 at 5 (0.841/0.843), 0.849/0.851 at 10 (0.843/0.844, pure
0.847/0.847), at a third to a quarter of noisy GD's CPU time (it draws d Gaussian samples per problem
instead of T d plus d^2/2), so it is the default with ``delta > 0``. The hyperparameters below were
fixed on those splits of the TRAINING data, never on the test split.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
from scipy.special import expit, log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model._base import LinearClassifierMixin
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from privet.dp import PrivacyEvent, analytic_gaussian_sigma, gaussian_noise, laplace_noise
from privet.errors import InvalidParameterError
from privet.ml._base import PrivateMixin, check_positive, clip_rows, dp_row_norm, release_gaussian, release_laplace
from privet.ml._newton import certified_minimiser

__all__ = ["LogisticRegression"]

# Fixed a priori (chosen on a split of Adult's TRAINING rows, see the module docstring).
_GD_STEPS = (24, 48)  # steps for epsilon < 1 and for epsilon >= 1
_COUNT_SHARE = 0.01  # share of mu^2 for the row count
_HESSIAN_SHARE = 0.10  # share of mu^2 for Z^T Z
_GD_REG = 1e-5  # ridge per row (lambda / n) when C is None
_OBJ_REG_PER_DIM = 0.2  # objective perturbation: Lambda = 0.2 * d / (e * max(1, e)^2), e = min(eps, 10), when C is None
_NORM_SHARE = 0.1  # share of epsilon spent estimating data_norm when it is None
_CURVATURE = 0.25  # logistic loss: second derivative <= 1/4
_OUT_SHARE = 0.02  # objective perturbation: share of each problem's epsilon for the AMP output noise
_OUT_NORM = 0.1  # ... whose expected L2 norm is this (coefficients on Adult are O(1) to O(100))
_GAMMA_FLOOR = 1e-5  # ... unless that asks a gradient norm below what float64 can certify (tiny Lambda)
_GAUSS_REG = 0.08  # Gaussian objective perturbation: Lambda = 0.08 sqrt(d) sigma_ref when C is None
_GAUSS_REG_POWER = 1.5  # ... divided by max(1, epsilon)**this
_GAUSS_OUT_DELTA = 0.1  # ... share of each problem's delta for the AMP output noise
_ALGORITHMS = ("objective_perturbation", "gaussian_objective_perturbation", "noisy_gradient_descent")


def _gd_steps(epsilon: float) -> int:
    return _GD_STEPS[0] if epsilon < 1 else _GD_STEPS[1]


# Objective perturbation draws raw noise (_sphere_direction, _gamma_norm) for the vector b: b is added to
# the OBJECTIVE, never to a released data-dependent float, so raw grid noise is fine there (the minimiser's
# privacy is Chaudhuri et al.'s density argument, not an additive one); the certified approximate
# minimiser itself is released through release_laplace (AMP's output noise), the safe path.
def _sphere_direction(d: int) -> np.ndarray:
    g = gaussian_noise(d, sigma=1.0)
    norm = float(np.linalg.norm(g))
    return g / norm if norm > 0 else g  # zero only under the test-only noise seam


def _gamma_norm(d: int, scale: float) -> float:
    """A Gamma(d, scale) draw as the sum of d Exponential(scale) = |Laplace(scale)| draws."""
    return float(np.abs(laplace_noise(d, scale=scale)).sum())


class LogisticRegression(LinearClassifierMixin, ClassifierMixin, PrivateMixin, BaseEstimator):
    """Logistic regression with differential privacy; a drop-in for scikit-learn's.

    ``epsilon``/``delta`` is the budget of one ``fit``. ``data_norm`` bounds the L2 norm of a row of X
    (rows above it are scaled down to it); when None it is estimated with DP from 10% of epsilon. ``C``
    is scikit-learn's inverse regularization (``Lambda = 1/C`` on the summed loss); None picks it from
    epsilon as measured. ``classes``, when given, is the public label set; otherwise the labels seen in
    ``y`` are used (scikit-learn's convention: the label set is treated as public). ``max_iter`` caps the
    Newton iterations of objective perturbation's certified solver; ``n_iter_`` is set only by noisy
    gradient descent (its step count is public; the solver's iteration count depends on the data).
    ``algorithm``: None (``"objective_perturbation"`` when ``delta == 0``, else
    ``"gaussian_objective_perturbation"``), or one of those two or ``"noisy_gradient_descent"`` by name
    (the last two need ``delta > 0``); ``algorithm_`` is the one used.

    Privacy: (epsilon, delta)-DP under add/remove-one-row, row L2 norm bounded by ``data_norm``; one
    ledger event per fit. The logistic loss of a row ``z`` with ``|z| <= R`` (``R^2 = data_norm^2 + 1``
    with the intercept) is ``L``-Lipschitz with ``L = R``, ``beta``-smooth with ``beta = R^2 / 4``, and its
    Hessian has rank 1. Multiclass: one problem per class (one-vs-rest), each with epsilon / k and
    delta / k (basic composition).
    ``"objective_perturbation"`` (``delta == 0``): Chaudhuri, Monteleoni, Sarwate (JMLR 2011) released as
    approximate minima perturbation (Iyengar et al. 2019: a certified approximate minimiser plus Laplace
    noise on the residual, 2% of epsilon), pure epsilon-DP (``delta_spent_`` 0).
    ``"gaussian_objective_perturbation"`` (default with ``delta > 0``): approximate minima perturbation, Iyengar,
    Near, Song, Thakkar, Thakurta, Wang (IEEE S&P 2019), Algorithm 1 and its privacy theorem, Gaussian ``b`` as in
    Kifer, Smith, Thakurta (COLT 2012), constants for add/remove-one-row. Per problem ``(e, dl)``: the output noise
    gets ``eps_out = 0.02 e`` and ``delta_out = 0.1 dl``; the objective the rest, ``eps_obj`` and ``delta_obj``.
    ``Lambda = max(1/C, beta / (exp(eps_obj / 2) - 1))``, or with ``C`` None ``max(0.08 sqrt(d) sigma_ref / max(1,
    e')^1.5, beta / (exp(eps_obj / 2) - 1))``, ``e' = min(eps_obj, 10)``, ``sigma_ref = R s(e', delta_obj / 2)``,
    where ``s(eps, dl)`` is the analytic Gaussian sigma for sensitivity 1 (Balle and Wang 2018). The Jacobian of the
    minimiser costs ``eps_jac = log(1 + beta / Lambda) <= eps_obj / 2`` (rank-1 change: the paper's ``Lambda >= r
    beta / eps_jac`` with ``r = 1``); ``b ~ N(0, sigma_b^2 I_d)`` with ``sigma_b = R s(eps_b, delta_obj / 2)``,
    ``eps_b = eps_obj - eps_jac``. At any output the two neighbours' ``b`` differ by ``s z`` with ``|s| <= 1``
    (``|sigmoid - y| <= 1``), so the privacy loss of ``b`` is at most ``mu |X| + mu^2 / 2``, ``X = <b, z/|z|> /
    sigma_b ~ N(0, 1)``, ``mu = R / sigma_b``, whose hockey-stick divergence at ``eps_b`` is at most twice the
    Gaussian mechanism's (equal when ``eps_b >= mu^2 / 2``): hence ``delta_obj / 2`` (the paper's ``sigma_1 = 2 L (1
    + sqrt(2 log(1/delta_1))) / eps_1`` is for replace-one, sensitivity ``2 L``, and looser). The exact minimiser is
    (eps_obj, delta_obj)-DP; the solver's point, certified to have gradient norm ``<= gamma``, lies within ``gamma /
    Lambda`` of it, so given the minimiser two neighbours' points are within ``2 gamma / Lambda``; ``N(0,
    sigma_out^2 I_d)`` with ``sigma_out = (2 gamma / Lambda) / mu_out``, ``1 / mu_out = s(eps_out, delta_out)``
    makes that step (eps_out, delta_out)-DP; ``gamma`` makes the output noise's norm about 0.1 (at least 1e-5).
    Adaptive basic composition: (e, dl) per problem. ``b`` is drawn from OpenDP's exact discrete Gaussian on a grid
    of ``2**-50 sigma_b`` (the density argument treats it as continuous, as for the pure kind). Raises BackendError,
    releasing nothing, if the solver cannot certify its point within ``max_iter`` Newton iterations (both kinds of
    objective perturbation).
    ``"noisy_gradient_descent"`` (by name, ``delta > 0``): noisy full-batch gradient descent with exact
    Gaussian-DP composition (Dong, Roth, Su 2019; analytic Gaussian, Balle and Wang 2018).
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
        algorithm: str | None = None,
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
        self.algorithm = algorithm
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
        d_raw = X.shape[1]
        algorithm = self._algorithm(owner, delta)
        # Objective perturbation (Laplace-type b) is pure epsilon-DP, so it spends delta 0 even when a
        # delta is allowed (charging less than allowed is always allowed).
        pure = algorithm == "objective_perturbation"
        self.algorithm_ = algorithm
        norm_eps = _NORM_SHARE * epsilon if data_norm is None else 0.0
        train_eps = epsilon - norm_eps
        self._charge(
            PrivacyEvent(
                mechanism=f"logistic_regression/{algorithm}",
                epsilon=epsilon,
                delta=0.0 if pure else delta,
                sensitivity=data_norm,
                steps=_gd_steps(train_eps) if algorithm == "noisy_gradient_descent" else None,
                description=f"{owner}.fit ({d_raw} features, {len(classes)} classes)",
            )
        )
        # Everything below runs after the budget is charged.
        if data_norm is None:
            data_norm = dp_row_norm(X, epsilon=norm_eps)
        self.data_norm_ = data_norm
        z = clip_rows(X, data_norm, intercept=self.fit_intercept)
        radius = math.sqrt(data_norm**2 + (1.0 if self.fit_intercept else 0.0))
        targets = np.searchsorted(classes, y)
        lam = None if c_value is None else 1.0 / c_value
        if pure:
            theta = self._objective_perturbation(z, targets, train_eps, radius, lam)
        elif algorithm == "gaussian_objective_perturbation":
            theta = self._gaussian_objective_perturbation(z, targets, train_eps, delta, radius, lam)
        else:
            theta = self._noisy_gd(z, targets, train_eps, delta, radius, lam)
        if self.fit_intercept:
            self.coef_, self.intercept_ = theta[:, :-1], theta[:, -1].copy()
        else:
            self.coef_, self.intercept_ = theta, np.zeros(theta.shape[0])
        return self

    def _algorithm(self, owner: str, delta: float) -> str:
        """The training algorithm: ``algorithm`` when given, else the measured default for ``delta``."""
        if self.algorithm is None:
            return "objective_perturbation" if delta == 0 else "gaussian_objective_perturbation"
        if self.algorithm not in _ALGORITHMS:
            raise InvalidParameterError(
                f"The 'algorithm' parameter of {owner} must be None or one of {', '.join(map(repr, _ALGORITHMS))}."
            )
        if self.algorithm != "objective_perturbation" and delta == 0:
            raise InvalidParameterError(
                f"The 'algorithm' parameter of {owner} is {self.algorithm!r}, which needs 'delta' > 0 "
                "(approximate DP); with delta 0 use 'objective_perturbation' or None."
            )
        return str(self.algorithm)

    def _gaussian_objective_perturbation(
        self, z: np.ndarray, targets: np.ndarray, epsilon: float, delta: float, radius: float, lam: float | None
    ) -> np.ndarray:
        """AMP with Gaussian noise (Iyengar et al. 2019, Algorithm 1), add/remove-one-row constants.

        Per problem (epsilon_e, delta_e): the output noise gets ``eps_out`` = 2% and ``delta_out`` = 10%;
        the objective gets the rest, ``eps_jac = log(1 + beta / Lambda)`` (``beta = R^2 / 4``, rank-1
        Hessian change) plus ``eps_b`` for ``b ~ N(0, sigma_b^2 I)``, ``sigma_b = R sigma_1(eps_b,
        delta_obj / 2)`` with ``sigma_1`` the analytic Gaussian sigma for sensitivity 1 (see the class
        docstring for the derivation of the factor 2).
        """
        k = len(self.classes_)
        problems = [targets == 1] if k == 2 else [targets == j for j in range(k)]
        eps_each, delta_each = epsilon / len(problems), delta / len(problems)
        d = z.shape[1]
        beta = _CURVATURE * radius * radius
        eps_out, delta_out = _OUT_SHARE * eps_each, _GAUSS_OUT_DELTA * delta_each
        eps_obj, delta_obj = eps_each - eps_out, delta_each - delta_out
        # Lambda is a public function of (epsilon, delta, d, R): proportional to the noise scale that the
        # whole objective budget would give (capped at epsilon 10, as for objective perturbation).
        eps_reg = min(eps_obj, 10.0)
        sigma_ref = analytic_gaussian_sigma(epsilon=eps_reg, delta=delta_obj / 2, sensitivity=radius)
        lam_default = _GAUSS_REG * math.sqrt(d) * sigma_ref / max(1.0, eps_reg) ** _GAUSS_REG_POWER
        lam_min = beta / math.expm1(eps_obj / 2)  # the Jacobian term takes at most half of eps_obj
        lam_eff = max(lam if lam is not None else lam_default, lam_min)
        eps_b = eps_obj - math.log1p(beta / lam_eff)
        sigma_b = analytic_gaussian_sigma(epsilon=eps_b, delta=delta_obj / 2, sensitivity=radius)
        # Output noise: given the exact minimiser, two certified outputs are within 2 gamma / Lambda (L2);
        # Gaussian noise sigma_out = (2 gamma / Lambda) / mu_out is mu_out-GDP, mu_out the analytic Gaussian
        # at (eps_out, delta_out); gamma makes its expected norm about _OUT_NORM (floor as above).
        mu_out = 1.0 / analytic_gaussian_sigma(epsilon=eps_out, delta=delta_out)
        gamma = max(_OUT_NORM * lam_eff * mu_out / (2.0 * math.sqrt(d)), _GAMMA_FLOOR)
        sigma_out = 2.0 * gamma / (lam_eff * mu_out)
        return self._certified_releases(
            z,
            problems,
            lam=lam_eff,
            gamma=gamma,
            radius=radius,
            perturbation=lambda: gaussian_noise(d, sigma=sigma_b),
            release=lambda theta: release_gaussian(theta, sigma_out, mu=mu_out),
        )

    def _objective_perturbation(
        self, z: np.ndarray, targets: np.ndarray, epsilon: float, radius: float, lam: float | None
    ) -> np.ndarray:
        k = len(self.classes_)
        problems = [targets == 1] if k == 2 else [targets == j for j in range(k)]
        eps_each = epsilon / len(problems)
        d = z.shape[1]
        r2 = radius * radius
        eps_out = _OUT_SHARE * eps_each
        eps_obj = eps_each - eps_out
        # Jacobian term log(1 + c R^2 / Lambda) must leave at least half of eps_obj for the noise.
        lam_min = _CURVATURE * r2 / math.expm1(eps_obj / 2)
        # Above epsilon 10 the noise is negligible: the ridge stays at its epsilon-10 value instead of
        # vanishing (which lets rare one-hot columns' weights, and the AMP noise with them, blow up).
        eps_reg = min(eps_each, 10.0)
        lam_default = _OBJ_REG_PER_DIM * d / (eps_reg * max(1.0, eps_reg) ** 2)
        lam_eff = max(lam if lam is not None else lam_default, lam_min)
        eps_b = eps_obj - math.log1p(_CURVATURE * r2 / lam_eff)
        # AMP output noise: Laplace on each coordinate; the L1 distance of two certified outputs is at
        # most sqrt(d) * 2 gamma / Lambda, and gamma is set so that the noise's expected L2 norm is
        # _OUT_NORM: sqrt(2 d) * scale = _OUT_NORM with scale = sqrt(d) * 2 gamma / (Lambda * eps_out).
        gamma = max(_OUT_NORM * lam_eff * eps_out / (2.0 * math.sqrt(2.0) * d), _GAMMA_FLOOR)
        out_scale = math.sqrt(d) * 2.0 * gamma / (lam_eff * eps_out)
        return self._certified_releases(
            z,
            problems,
            lam=lam_eff,
            gamma=gamma,
            radius=radius,
            perturbation=lambda: _gamma_norm(d, radius / eps_b) * _sphere_direction(d),
            release=lambda theta: release_laplace(theta, out_scale, loss=eps_out),
        )

    def _certified_releases(
        self,
        z: np.ndarray,
        problems: list[np.ndarray],
        *,
        lam: float,
        gamma: float,
        radius: float,
        perturbation: Callable[[], np.ndarray],
        release: Callable[[np.ndarray], np.ndarray],
    ) -> np.ndarray:
        """Approximate minima perturbation, one row per one-vs-rest problem: a fresh objective perturbation
        ``b``, the certified minimiser of the perturbed objective, then its noisy release."""
        rows = []
        for positive in problems:
            theta = certified_minimiser(
                z,
                positive.astype(np.float64),
                lam=lam,
                b=perturbation(),
                gamma=gamma,
                radius=radius,
                max_iter=int(self.max_iter),
            )
            rows.append(release(theta))
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
        # Binary: 1-D vectors (matrix-vector products); multiclass: one column per class.
        theta = np.zeros(d) if k == 2 else np.zeros((d, k))
        onehot = (targets == 1).astype(float) if k == 2 else np.eye(k)[targets]
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
        average /= steps - steps // 2
        return average[None, :] if k == 2 else average.T

    # -- predict --------------------------------------------------------------------------------------
    def predict_proba(self, X: Any) -> np.ndarray:
        """Class probabilities (softmax for multiclass; one-vs-rest normalised after objective perturbation)."""
        check_is_fitted(self)
        scores = self.decision_function(X)
        if scores.ndim == 1:
            p = expit(scores)
            return np.column_stack([1 - p, p])
        if self._one_vs_rest():
            p = expit(scores)
            return p / p.sum(axis=1, keepdims=True)
        return softmax(scores, axis=1)

    def predict_log_proba(self, X: Any) -> np.ndarray:
        """Log of :meth:`predict_proba`."""
        scores = self.decision_function(X)
        if scores.ndim > 1 and not self._one_vs_rest():
            return log_softmax(scores, axis=1)
        return np.log(self.predict_proba(X))

    def _one_vs_rest(self) -> bool:
        """Objective perturbation (both kinds) fits one-vs-rest; noisy gradient descent fits a softmax."""
        # Models saved before ``algorithm_`` existed: delta > 0 meant noisy gradient descent below epsilon 5.
        legacy = "noisy_gradient_descent" if self.delta_spent_ > 0 else "objective_perturbation"
        return getattr(self, "algorithm_", legacy) != "noisy_gradient_descent"

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.non_deterministic = True
        return tags
