"""membership_inference: closed-form validation, a null model, an overfit model on Adult, and bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy import optimize, stats
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression

from privet.audit import AuditResult, membership_inference
from privet.audit._data import shadow_copy
from privet.audit._result import attack_result
from privet.errors import DataError, InvalidParameterError
from tests.audit._models import GaussianMeanModel

Z = stats.norm.isf(1e-6 / 2)  # two-sided false-alarm rate 1e-6


def _gaussian_mean_truth(n: int, d: int) -> tuple[float, float]:
    """AUC and advantage of the loss attack on the Gaussian-mean model, in closed form."""
    ratio = (1 + 1 / n) / (1 - 1 / n)
    auc = float(stats.f.cdf(ratio, d, d))  # P[(1-1/n) X < (1+1/n) Y], X, Y ~ chi2_d

    def gap(t: float) -> float:
        return -(stats.chi2.cdf(t / (1 - 1 / n), d) - stats.chi2.cdf(t / (1 + 1 / n), d))

    best = optimize.minimize_scalar(gap, bounds=(0.5 * d, 1.5 * d), method="bounded", options={"xatol": 1e-6})
    return auc, float(-best.fun)


@pytest.mark.statistical
def test_loss_attack_matches_the_closed_form_on_the_gaussian_mean_model() -> None:
    n, d, models = 50, 1250, 120
    true_auc, true_advantage = _gaussian_mean_truth(n, d)
    rng = np.random.default_rng(8)
    aucs, members, non_members = [], [], []
    for _ in range(models):
        X_in, X_out = rng.normal(size=(n, d)), rng.normal(size=(n, d))
        model = GaussianMeanModel().fit(X_in, np.ones(n))
        res = membership_inference(
            model, members=(X_in, np.ones(n)), non_members=(X_out, np.ones(n)), attacks="loss", random_state=rng
        )
        aucs.append(res.auc)
        members.append(res.per_attack["loss"].member_scores)
        non_members.append(res.per_attack["loss"].non_member_scores)
    aucs_arr = np.asarray(aucs)
    assert abs(aucs_arr.mean() - true_auc) <= Z * aucs_arr.std(ddof=1) / np.sqrt(models)
    # advantage from the pooled scores (same distribution in every model): the empirical maximum of a
    # difference of two CDFs from 6000 + 6000 samples exceeds the truth by at most the DKW deviation
    pooled = attack_result(
        "loss",
        np.concatenate(members),
        np.concatenate(non_members),
        fpr_levels=(0.01,),
        alpha=0.05,
        confidence=0.95,
        delta=0.0,
        rng=rng,
    )
    dkw = 2 * np.sqrt(np.log(2 * 2 / 1e-6) / (2 * n * models))  # both CDFs within this, w.p. 1 - 1e-6
    assert abs(pooled.advantage - true_advantage) <= dkw
    assert abs(pooled.auc - true_auc) <= 0.05


@pytest.mark.statistical
def test_lira_calibrates_per_example_and_beats_the_loss_attack_on_the_gaussian_mean_model() -> None:
    # The loss ||x - mean||^2 is dominated by ||x||^2, which varies from example to example; LiRA's shadow
    # models learn each example's own loss distribution and remove it, the loss attack cannot. With d = 2n
    # the loss attack is near chance (closed form 0.54) while the per-example test separates well.
    n, d = 200, 400
    true_auc, _ = _gaussian_mean_truth(n, d)
    rng = np.random.default_rng(9)
    X_in, X_out = rng.normal(size=(n, d)), rng.normal(size=(n, d))
    model = GaussianMeanModel().fit(X_in, np.ones(n))
    res = membership_inference(
        model,
        members=(X_in, np.ones(n)),
        non_members=(X_out, np.ones(n)),
        shadow_models=16,
        random_state=1,
        n_jobs=1,
        progress=False,
    )
    se = np.sqrt(true_auc * (1 - true_auc) / n)  # generous: the Hanley-McNeil SE is smaller
    assert abs(res.per_attack["loss"].auc - true_auc) <= Z * se
    for name in ("lira_online", "lira_offline"):
        assert res.per_attack[name].auc > true_auc + 0.25, name
    assert res.attack.startswith("lira")


class _Frozen(ClassifierMixin, BaseEstimator):
    """Ignores its training data: a model that cannot leak membership (epsilon = 0)."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def fit(self, X: Any, y: Any) -> _Frozen:
        rng = np.random.default_rng(self.seed)
        Xr = rng.normal(size=(300, np.asarray(X).shape[1]))
        self.model_ = LogisticRegression().fit(Xr, (Xr[:, 0] + rng.normal(size=300) > 0).astype(int))
        self.classes_ = self.model_.classes_
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        return np.asarray(self.model_.predict_proba(X))


@pytest.mark.statistical
def test_a_model_that_ignores_its_data_is_not_detected() -> None:
    rng = np.random.default_rng(3)
    n = 1500
    X = rng.normal(size=(2 * n, 5))
    y = (X[:, 0] + rng.normal(size=2 * n) > 0).astype(int)
    model = _Frozen().fit(X[:n], y[:n])
    res = membership_inference(
        model,
        members=(X[:n], y[:n]),
        non_members=(X[n:], y[n:]),
        shadow_models=4,
        confidence=1 - 1e-6,
        random_state=2,
        n_jobs=1,
        progress=False,
    )
    se = np.sqrt((2 * n + 1) / (12 * n * n))  # SD of the Mann-Whitney AUC under exchangeability
    for name, r in res.per_attack.items():
        assert abs(r.auc - 0.5) <= Z * se, name
        assert r.epsilon_lower_bound == 0.0, name  # would be > 0 with probability <= 1e-6


def test_an_overfit_random_forest_on_adult_is_detected(adult_csv: Path) -> None:
    import pandas as pd
    from sklearn.compose import make_column_transformer
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder

    frame = pd.read_csv(adult_csv)
    y = frame.pop("income").str.startswith(">").astype(int).to_numpy()
    frame = frame.drop(columns=["split"])
    categorical = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    rows = np.random.default_rng(0).permutation(len(frame))[:4000]
    train, hold = rows[:2000], rows[2000:]
    forest = make_pipeline(
        make_column_transformer((OneHotEncoder(handle_unknown="ignore"), categorical), remainder="passthrough"),
        RandomForestClassifier(n_estimators=30, bootstrap=False, random_state=0),  # every tree fits all rows
    ).fit(frame.iloc[train], y[train])
    res = membership_inference(
        forest,
        members=(frame.iloc[train], y[train]),
        non_members=(frame.iloc[hold], y[hold]),
        shadow_models=4,
        random_state=1,
        n_jobs=1,
        progress=False,
    )
    assert res.auc > 0.75
    assert res.tpr_at_fpr[0.001] > 0.05  # 50x the 0.1% of a blind guess
    assert res.epsilon_lower_bound > 2.0
    assert res.per_attack["lira_online"].tpr_at_fpr[0.01] > 0.2


def test_result_shape_and_json() -> None:
    rng = np.random.default_rng(5)
    X = rng.normal(size=(400, 4))
    y = (X[:, 0] > 0).astype(int)
    model = LogisticRegression().fit(X[:200], y[:200])
    res = membership_inference(
        model, members=(X[:200], y[:200]), non_members=(X[200:], y[200:]), shadow_models=2, n_jobs=1, progress=False
    )
    assert isinstance(res, AuditResult)
    assert set(res.per_attack) == {"loss", "lira_online", "lira_offline"}
    assert set(res.tpr_at_fpr) == {0.001, 0.01}
    fpr, tpr = res.roc
    assert fpr[0] == 0.0 and fpr[-1] == 1.0 and tpr[-1] == 1.0
    assert list(fpr) == sorted(fpr) and list(tpr) == sorted(tpr)
    data = json.loads(json.dumps(res.to_dict()))
    assert data["members"] == 200 and data["shadow_models"] == 2 and set(data["tpr_at_fpr"]) == {"0.001", "0.01"}
    assert data["attack"] in data["per_attack"]


def test_large_roc_is_thinned_but_keeps_low_fpr_points() -> None:
    rng = np.random.default_rng(6)
    res = attack_result(
        "x",
        rng.normal(1, 1, 5000),
        rng.normal(0, 1, 5000),
        fpr_levels=(0.001,),
        alpha=0.05,
        confidence=0.95,
        delta=0.0,
        rng=rng,
    )
    fpr, _ = res.roc
    assert len(fpr) <= 402
    assert sum(f <= 0.001 for f in fpr) >= 3


def test_same_random_state_same_result() -> None:
    rng = np.random.default_rng(7)
    X = rng.normal(size=(300, 3))
    y = (X[:, 0] > 0).astype(int)
    model = LogisticRegression().fit(X[:150], y[:150])
    kwargs: dict[str, Any] = {
        "members": (X[:150], y[:150]),
        "non_members": (X[150:], y[150:]),
        "shadow_models": 4,
        "n_jobs": 1,
        "progress": False,
    }
    first = membership_inference(model, random_state=11, **kwargs).to_dict()
    assert membership_inference(model, random_state=11, **kwargs).to_dict() == first


class _WithLedger(ClassifierMixin, BaseEstimator):
    def __init__(self, ledger: object = None, n_jobs: int | None = None) -> None:
        self.ledger = ledger
        self.n_jobs = n_jobs


def test_shadow_copies_are_detached_from_the_ledger_and_single_threaded() -> None:
    copy = shadow_copy(_WithLedger(ledger=object(), n_jobs=-1))
    assert copy.ledger is None and copy.n_jobs == 1


@pytest.mark.parametrize(
    ("kwargs", "error", "text"),
    [
        ({"attacks": ("nope",)}, InvalidParameterError, "attacks"),
        ({"shadow_models": 1}, InvalidParameterError, "shadow_models"),
        ({"confidence": 1.0}, InvalidParameterError, "confidence"),
        ({"fpr_levels": (0.0,)}, InvalidParameterError, "fpr_levels"),
        ({"random_state": "x"}, InvalidParameterError, "random_state"),
        ({"members": ([[1.0]], [1, 0])}, DataError, "members"),
        ({"non_members": "x"}, InvalidParameterError, "non_members"),
    ],
)
def test_bad_parameters_are_named(kwargs: dict[str, Any], error: type[Exception], text: str) -> None:
    X = np.arange(20.0).reshape(10, 2)
    y = np.array([0, 1] * 5)
    model = LogisticRegression().fit(X, y)
    args: dict[str, Any] = {"members": (X, y), "non_members": (X, y), "progress": False, "n_jobs": 1}
    with pytest.raises(error, match=text):
        membership_inference(model, **{**args, **kwargs})


def test_unfitted_or_non_probabilistic_models_are_refused() -> None:
    X, y = np.zeros((4, 1)), np.array([0, 1, 0, 1])
    with pytest.raises(InvalidParameterError, match="not fitted"):
        membership_inference(LogisticRegression(), members=(X, y), non_members=(X, y))
    with pytest.raises(InvalidParameterError, match="predict_proba"):
        membership_inference(object(), members=(X, y), non_members=(X, y))
