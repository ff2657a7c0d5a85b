"""Budget charging: one ledger event per fit, refused fits compute nothing, clone/GridSearchCV/pickle."""

from __future__ import annotations

import pickle
from pathlib import Path

import joblib
import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, cross_val_score

from privet.dp import Ledger
from privet.dp._noise import fixed_noise
from privet.errors import BudgetError, BudgetExceededError, InvalidParameterError
from privet.ml import GaussianNB, LinearRegression, LogisticRegression, MinMaxScaler, StandardScaler

X = np.vstack([np.full((20, 2), 0.3), np.full((20, 2), -0.3)])
Y = np.array([1] * 20 + [0] * 20)


def _ledger(tmp_path: Path, epsilon: float = 10.0, delta: float = 1e-5) -> Ledger:
    ledger = Ledger(tmp_path / "budget.db")
    ledger.set_budget(dataset="toy", principal="alice", epsilon=epsilon, delta=delta)
    return ledger


@pytest.mark.parametrize(
    "make",
    [
        lambda led: LogisticRegression(
            epsilon=0.5, delta=1e-6, data_norm=1.0, ledger=led, dataset="toy", principal="alice"
        ),
        lambda led: LogisticRegression(epsilon=0.5, data_norm=1.0, ledger=led, dataset="toy", principal="alice"),
        lambda led: LogisticRegression(
            epsilon=0.5,
            delta=1e-6,
            data_norm=1.0,
            algorithm="noisy_gradient_descent",
            ledger=led,
            dataset="toy",
            principal="alice",
        ),
        lambda led: LinearRegression(
            epsilon=0.5, data_norm=1.0, bounds_y=(0, 1), ledger=led, dataset="toy", principal="alice"
        ),
        lambda led: GaussianNB(epsilon=0.5, bounds=(-1, 1), ledger=led, dataset="toy", principal="alice"),
        lambda led: StandardScaler(epsilon=0.5, bounds=(-1, 1), ledger=led, dataset="toy", principal="alice"),
    ],
)
def test_each_fit_charges_one_event(tmp_path: Path, make) -> None:
    ledger = _ledger(tmp_path)
    model = make(ledger)
    model.fit(X, Y)
    model.fit(X, Y)
    history = ledger.history(dataset="toy", principal="alice")
    assert len(history) == 2
    assert history[0].event == model.privacy_event_
    assert ledger.spent(dataset="toy", principal="alice")[0] == pytest.approx(1.0)
    assert model.epsilon_spent_ == 0.5


def test_refused_fit_spends_and_computes_nothing(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, epsilon=0.3)
    model = LogisticRegression(epsilon=0.5, data_norm=1.0, ledger=ledger, dataset="toy", principal="alice")
    with pytest.raises(BudgetExceededError):
        model.fit(X, Y)
    assert not hasattr(model, "coef_")
    assert ledger.spent(dataset="toy", principal="alice") == (0.0, 0.0)


def test_gaussian_objective_perturbation_spends_epsilon_and_delta(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, epsilon=10.0, delta=2.5e-6)
    model = LogisticRegression(epsilon=0.5, delta=1e-6, data_norm=1.0, ledger=ledger, dataset="toy", principal="alice")
    model.fit(X, Y)
    model.fit(X, Y)
    events = [record.event for record in ledger.history(dataset="toy", principal="alice")]
    assert len(events) == 2
    event = events[0]
    assert event.mechanism == "logistic_regression/gaussian_objective_perturbation"
    assert (event.epsilon, event.delta) == (0.5, 1e-6)
    assert ledger.spent(dataset="toy", principal="alice") == pytest.approx((1.0, 2e-6))
    with pytest.raises(BudgetExceededError):  # a third delta of 1e-6 exceeds the 2.5e-6 budget
        model.fit(X, Y)
    assert ledger.spent(dataset="toy", principal="alice") == pytest.approx((1.0, 2e-6))


def test_grid_search_and_cross_validation_charge_once_per_fit(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path, epsilon=100.0)
    base = LogisticRegression(epsilon=1.0, data_norm=1.0, ledger=ledger, dataset="toy", principal="alice")
    assert clone(base).ledger == ledger
    cross_val_score(base, X, Y, cv=3)
    assert len(ledger.history(dataset="toy")) == 3
    GridSearchCV(base, {"C": [0.5, 2.0]}, cv=3).fit(X, Y)  # 2 x 3 fits + 1 refit
    assert len(ledger.history(dataset="toy")) == 3 + 7
    assert ledger.spent(dataset="toy", principal="alice")[0] == pytest.approx(10.0)


def test_ledger_needs_a_dataset(tmp_path: Path) -> None:
    with pytest.raises(InvalidParameterError, match="'dataset'"):
        LogisticRegression(ledger=Ledger(tmp_path / "l.db"), data_norm=1.0).fit(X, Y)


def test_test_seam_is_refused_by_the_ledger(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    with fixed_noise(0.0):
        model = LogisticRegression(epsilon=1.0, delta=1e-6, data_norm=1.0).fit(X, Y)
        assert model.privacy_event_.private is False
        with pytest.raises(BudgetError):
            LogisticRegression(epsilon=1.0, data_norm=1.0, ledger=ledger, dataset="toy", principal="alice").fit(X, Y)
    assert ledger.history() == []


def test_persistence_keeps_predictions_and_privacy_facts(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    model = LogisticRegression(epsilon=1.0, delta=1e-6, data_norm=1.0, ledger=ledger, dataset="toy", principal="alice")
    model.fit(X, Y)
    path = tmp_path / "model.joblib"
    joblib.dump(model, path)
    loaded = joblib.load(path)
    assert np.array_equal(loaded.predict(X), model.predict(X))
    assert loaded.privacy_event_ == model.privacy_event_
    assert loaded.privacy_event_.to_dict()["epsilon"] == 1.0
    assert (loaded.epsilon_spent_, loaded.delta_spent_) == (1.0, 1e-6)
    assert loaded.ledger == ledger  # a handle to the same store, not a copy
    again = pickle.loads(pickle.dumps(clone(model)))
    assert again.get_params()["epsilon"] == 1.0


def test_min_max_scaler_with_public_bounds_is_free() -> None:
    scaler = MinMaxScaler(bounds=(-1.0, 1.0)).fit(X)
    assert scaler.epsilon_spent_ == 0.0
    assert np.allclose(scaler.transform([[2.0, -1.0]]), [[1.0, 0.0]])


def test_missing_bounds_without_budget_is_a_clear_error() -> None:
    with pytest.raises(InvalidParameterError, match="bounds"):
        MinMaxScaler().fit(X)
