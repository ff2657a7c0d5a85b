"""one_run: a broken estimator is caught, an exact epsilon-DP mechanism never is (beyond the stated rate)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pytest
from scipy import stats
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LinearRegression

from privet.audit import OneRunResult, one_run
from privet.errors import InvalidParameterError
from tests.audit._models import NoNoiseLogisticRegression

FALSE_ALARM = 1e-6


def test_a_no_noise_estimator_claiming_epsilon_1_is_caught() -> None:
    rng = np.random.default_rng(1)
    n, d = 600, 2000
    X = rng.normal(size=(n, d))
    y = (X[:, 0] + rng.normal(size=n) > 0).astype(int)
    res = one_run(NoNoiseLogisticRegression(epsilon=1.0), X, y, canaries=300, random_state=2)
    assert res.claimed_epsilon == 1.0
    assert res.violated and res.epsilon_lower_bound > 1.5
    assert res.guesses > 0 and res.correct / res.guesses > 0.9


class _LaplaceColumnSums(BaseEstimator):
    """An exactly epsilon-DP release (add/remove one row): column sums of 0/1 rows with one 1 each, plus
    Laplace(1/epsilon) noise. Test mechanism only; privet's own noise comes from privet.dp."""

    def __init__(self, epsilon: float = 1.0, seed: int | None = None) -> None:
        self.epsilon = epsilon
        self.seed = seed

    def fit(self, X: Any, y: Any = None) -> _LaplaceColumnSums:
        X = np.asarray(X, dtype=float)
        noise = np.random.default_rng(self.seed).laplace(scale=1 / self.epsilon, size=X.shape[1])
        self.sums_ = X.sum(axis=0) + noise
        self.epsilon_spent_ = self.epsilon
        return self

    def predict(self, X: Any) -> np.ndarray:
        return np.asarray(X, dtype=float) @ self.sums_


def _column_score(model: Any, X: Any, y: np.ndarray) -> np.ndarray:
    return np.asarray(model.predict(X))


@pytest.mark.statistical
@pytest.mark.parametrize(("epsilon", "typical"), [(0.5, 0.0), (4.0, 1.0)])
def test_an_exact_epsilon_dp_mechanism_exceeds_its_epsilon_at_most_5_percent_of_runs(
    epsilon: float, typical: float
) -> None:
    m, runs = 400, 120
    canaries = (np.eye(m), np.zeros(m))
    base = np.zeros((50, m))
    seeds = np.random.default_rng(int(epsilon * 10)).integers(0, 2**63, size=(runs, 2))
    bounds = []
    for noise_seed, audit_seed in seeds:
        res = one_run(
            _LaplaceColumnSums(epsilon=epsilon, seed=int(noise_seed)),
            base,
            np.zeros(50),
            canaries=canaries,
            score=_column_score,
            random_state=int(audit_seed),
        )
        assert res.claimed_epsilon == epsilon
        bounds.append(res.epsilon_lower_bound)
    exceed = sum(b > epsilon for b in bounds)
    assert exceed <= stats.binom.ppf(1 - FALSE_ALARM, runs, 0.05)
    assert np.median(bounds) >= typical  # at epsilon 4 the audit has power (measured median 1.9)


@dataclass
class _Event:
    neighbouring: str


class _ReplaceOneModel(ClassifierMixin, BaseEstimator):
    """Declares a replace-one guarantee through its privacy event; records how many rows it saw."""

    def fit(self, X: Any, y: Any) -> _ReplaceOneModel:
        self.rows_ = len(y)
        self.classes_ = np.unique(y)
        self.privacy_event_ = _Event("replace_row")
        self.epsilon_spent_ = 3.0
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        return np.full((len(X), len(self.classes_)), 1 / len(self.classes_))


def test_replace_row_guarantees_are_audited_with_replacement_canaries() -> None:
    X = np.random.default_rng(0).normal(size=(200, 3))
    y = np.array([0, 1] * 100)
    res = one_run(_ReplaceOneModel(), X, y, canaries=50, random_state=1)
    assert res.neighbouring == "replace_row"
    assert res.epsilon_lower_bound == 0.0 and not res.violated  # a constant model reveals nothing
    explicit = one_run(_ReplaceOneModel(), X, y, canaries=50, neighbouring="add_remove_row", random_state=1)
    assert explicit.neighbouring == "add_remove_row"


def test_regressors_get_a_squared_error_score_and_results_serialise() -> None:
    rng = np.random.default_rng(4)
    X = rng.normal(size=(300, 40))
    y = X[:, 0] + rng.normal(size=300)
    res = one_run(LinearRegression(), X, y, canaries=100, random_state=3)
    assert isinstance(res, OneRunResult)
    assert res.claimed_epsilon is None and not res.violated
    assert res.canaries == 100 and 0 <= res.correct <= res.guesses <= 100
    data = json.loads(json.dumps(res.to_dict()))
    assert data["confidence"] == 0.95 and data["neighbouring"] == "add_remove_row"


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"canaries": 0}, "canaries"),
        ({"canaries": 1000}, "canaries"),
        ({"canaries": "many"}, "canaries"),
        ({"confidence": 0.0}, "confidence"),
        ({"neighbouring": "sideways"}, "neighbouring"),
        ({"neighbouring": "replace_row", "canaries": (np.zeros((3, 2)), np.zeros(3))}, "replacement"),
        ({"guesses": (500, 0)}, "guesses"),
    ],
)
def test_bad_parameters_are_named(kwargs: dict[str, Any], text: str) -> None:
    X = np.random.default_rng(0).normal(size=(100, 2))
    y = np.array([0, 1] * 50)
    with pytest.raises(InvalidParameterError, match=text):
        one_run(NoNoiseLogisticRegression(), X, y, **{"canaries": 20, **kwargs})


def test_an_estimator_without_predict_needs_a_score() -> None:
    with pytest.raises(InvalidParameterError, match="score"):
        one_run(BaseEstimator(), np.zeros((10, 2)), np.zeros(10), canaries=2)
