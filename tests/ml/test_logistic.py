"""privet.ml.LogisticRegression: accuracy on Adult (statistical), privacy events, errors."""

from __future__ import annotations

import numpy as np
import pytest

from privet.errors import InvalidParameterError
from privet.ml import LogisticRegression

pytestmark = pytest.mark.statistical


@pytest.mark.parametrize(
    ("epsilon", "delta", "floor"),
    [
        # Measured on the official split (bench/RESULTS.md, 10 fits): mean 0.823 (sd 0.004) at (0.1, 1e-6),
        # 0.842 (sd 0.001) at (1, 1e-6), 0.833 (sd 0.001) at (1, 0). Each floor is about 10 or more standard
        # deviations of a 3-fit mean below it: false-alarm rate < 1e-6 (Gaussian approximation).
        (0.1, 1e-6, 0.80),
        (1.0, 1e-6, 0.83),
        (1.0, 0.0, 0.82),
    ],
)
def test_accuracy_on_adult_above_floor(adult, epsilon: float, delta: float, floor: float) -> None:
    x_train, y_train, x_test, y_test = adult
    scores = [
        LogisticRegression(epsilon=epsilon, delta=delta, data_norm=1.0).fit(x_train, y_train).score(x_test, y_test)
        for _ in range(3)
    ]
    assert np.mean(scores) >= floor, scores


def test_fit_records_the_event(adult) -> None:
    x_train, y_train, _, _ = adult
    model = LogisticRegression(epsilon=0.5, delta=1e-6, data_norm=1.0).fit(x_train[:2000], y_train[:2000])
    assert model.epsilon_spent_ == 0.5
    assert model.delta_spent_ == 1e-6
    assert model.privacy_event_.mechanism == "logistic_regression/noisy_gradient_descent"
    assert model.privacy_event_.neighbouring == "add_remove_row"
    assert model.coef_.shape == (1, x_train.shape[1])


def test_approximate_dp_from_epsilon_5_uses_objective_perturbation(adult) -> None:
    x_train, y_train, _, _ = adult
    model = LogisticRegression(epsilon=5.0, delta=1e-6, data_norm=1.0).fit(x_train[:2000], y_train[:2000])
    assert model.privacy_event_.mechanism == "logistic_regression/objective_perturbation"
    assert (model.epsilon_spent_, model.delta_spent_) == (5.0, 0.0)  # pure DP: no delta spent
    below = LogisticRegression(epsilon=4.9, delta=1e-6, data_norm=1.0).fit(x_train[:2000], y_train[:2000])
    assert below.privacy_event_.mechanism == "logistic_regression/noisy_gradient_descent"
    assert below.delta_spent_ == 1e-6


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"epsilon": 0}, "epsilon"),
        ({"epsilon": -1.0}, "epsilon"),
        ({"epsilon": float("inf")}, "epsilon"),
        ({"epsilon": "1"}, "epsilon"),
        ({"delta": 1.0}, "delta"),
        ({"delta": -1e-9}, "delta"),
        ({"data_norm": 0.0}, "data_norm"),
        ({"C": -1.0}, "C"),
        ({"max_iter": 0}, "max_iter"),
        ({"ledger": "ledger.db"}, "ledger"),
    ],
)
def test_bad_parameters_name_the_parameter(params: dict, name: str) -> None:
    x = np.eye(4)
    y = np.array([0, 1, 0, 1])
    with pytest.raises(InvalidParameterError, match=f"'{name}'"):
        LogisticRegression(**params).fit(x, y)
