"""Membership inference and one-run audits on UCI Adult, side by side (issue #8).

Table 1: an overfit random forest, a non-private logistic regression and privet's DP logistic regression at
epsilon 1, attacked with the loss attack and LiRA (online/offline) on the SAME members (rows of the official
train split the models were fitted on) and non-members (rows of the test split).
Table 2: the one-run audit (Steinke, Nasr and Jagielski 2023) of every privet DP estimator and of copies
with their noise removed (privet's test-only seam), next to the claimed epsilon.
Table 3: the loss attack against the closed form on the Gaussian-mean model (the anchor libraries, TensorFlow
Privacy and ML Privacy Meter, need TensorFlow or PyTorch and are not installed here).

Run: ``cd bench && ../.venv/bin/python audit_adult.py [--rows 5000] [--shadow-models 16] [--seeds 3]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from scipy import stats
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression as SkLogisticRegression
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ml_adult
from _results import append_table, median_range

from privet.audit import membership_inference, one_run
from privet.dp._noise import fixed_noise
from privet.ml import GaussianNB, LinearRegression, LogisticRegression, MinMaxScaler, StandardScaler


def _mia_table(rows: int, shadow_models: int, seeds: int) -> list[list[str]]:
    train, test = ml_adult.load()
    X_train, y_train = ml_adult.encode(train), ml_adult.target(train)
    X_test, y_test = ml_adult.encode(test), ml_adult.target(test)
    models: dict[str, Callable[[], Any]] = {
        "RandomForest(50 trees, no bootstrap), non-private": lambda: RandomForestClassifier(
            n_estimators=50, bootstrap=False, random_state=0
        ),
        "sklearn LogisticRegression, non-private": lambda: SkLogisticRegression(max_iter=1000),
        "privet LogisticRegression(epsilon=1)": lambda: LogisticRegression(epsilon=1.0, data_norm=1.0),
    }
    out = []
    for name, make in models.items():
        metrics: dict[str, list[float]] = {k: [] for k in ("auc", "t001", "t01", "adv", "eps", "sec")}
        attack_names = []
        for seed in range(seeds):
            rng = np.random.default_rng(seed)
            rin = rng.choice(len(y_train), rows, replace=False)
            rout = rng.choice(len(y_test), rows, replace=False)
            model = make().fit(X_train[rin], y_train[rin])
            start = time.perf_counter()
            res = membership_inference(
                model,
                members=(X_train[rin], y_train[rin]),
                non_members=(X_test[rout], y_test[rout]),
                shadow_models=shadow_models,
                random_state=seed,
                n_jobs=2,
                progress=False,
            )
            metrics["sec"].append(time.perf_counter() - start)
            metrics["auc"].append(res.auc)
            metrics["t001"].append(res.tpr_at_fpr[0.001])
            metrics["t01"].append(res.tpr_at_fpr[0.01])
            metrics["adv"].append(res.advantage)
            metrics["eps"].append(res.epsilon_lower_bound)
            attack_names.append(res.attack)
        out.append(
            [
                name,
                statistics.mode(attack_names),
                median_range(metrics["auc"]),
                median_range(metrics["t001"], "{:.2%}"),
                median_range(metrics["t01"], "{:.2%}"),
                median_range(metrics["adv"]),
                median_range(metrics["eps"], "{:.2f}"),
                median_range(metrics["sec"], "{:.0f}"),
            ]
        )
        print(out[-1], flush=True)
    return out


class _NoNoiseLogistic(ClassifierMixin, BaseEstimator):
    """A broken 'DP' estimator: scikit-learn's logistic regression claiming epsilon 1."""

    def __init__(self, epsilon: float = 1.0) -> None:
        self.epsilon = epsilon

    def fit(self, X: Any, y: Any) -> _NoNoiseLogistic:
        self.model_ = SkLogisticRegression(C=1e4, max_iter=2000).fit(X, y)
        self.classes_ = self.model_.classes_
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        return np.asarray(self.model_.predict_proba(X))


def _column(attribute: str) -> Callable[[Any, Any, np.ndarray], np.ndarray]:
    return lambda model, X, y: np.asarray(getattr(model, attribute))[np.argmax(np.asarray(X), axis=1)]


def _one_run_table(seeds: int) -> list[list[str]]:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(1000, 20))
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    y = (X[:, 0] + 0.3 * rng.normal(size=1000) > 0).astype(int)
    yr = np.clip(X[:, 0] + 0.1 * rng.normal(size=1000), -1, 1)
    Xh = rng.normal(size=(600, 2000))
    Xh /= np.linalg.norm(Xh, axis=1, keepdims=True)
    yh = (Xh[:, 0] > 0).astype(int)
    m = 300
    eye = (np.eye(m), np.zeros(m))
    base = np.zeros((100, m))
    minmax_base = rng.uniform(0, 0.5, size=(20_000, 10))
    ten = (np.eye(10), np.zeros(10))
    cases: list[tuple[str, bool, Callable[[int], Any]]] = [
        ("LogisticRegression(eps=1), 400 mislabelled canaries", False,
         lambda s: one_run(LogisticRegression(epsilon=1.0, data_norm=1.0), X, y, canaries=400, random_state=s)),
        ("LogisticRegression(eps=1, delta=1e-5)", False,
         lambda s: one_run(LogisticRegression(epsilon=1.0, delta=1e-5, data_norm=1.0), X, y, canaries=400,
                           random_state=s)),
        ("LinearRegression(eps=1)", False,
         lambda s: one_run(LinearRegression(epsilon=1.0, data_norm=1.0, bounds_y=(-1, 1)), X, yr, canaries=400,
                           random_state=s)),
        ("GaussianNB(eps=1)", False,
         lambda s: one_run(GaussianNB(epsilon=1.0, bounds=(-1, 1)), X, y, canaries=400, random_state=s)),
        ("StandardScaler(eps=1), 300 one-hot canaries, white-box", False,
         lambda s: one_run(StandardScaler(epsilon=1.0, bounds=(0, 1)), base, np.zeros(100), canaries=eye,
                           score=_column("mean_"), random_state=s)),
        ("MinMaxScaler(eps=1, DP bounds), 10 canaries", False,
         lambda s: one_run(MinMaxScaler(epsilon=1.0), minmax_base, np.zeros(20_000), canaries=ten,
                           score=_column("data_max_"), random_state=s)),
        ("BROKEN sklearn LogisticRegression claiming eps=1 (d=2000)", False,
         lambda s: one_run(_NoNoiseLogistic(), Xh, yh, canaries=300, random_state=s)),
        ("BROKEN privet LogisticRegression(eps=1), noise removed (d=2000)", True,
         lambda s: one_run(LogisticRegression(epsilon=1.0, data_norm=1.0), Xh, yh, canaries=300, random_state=s)),
        ("BROKEN privet StandardScaler(eps=1), noise removed", True,
         lambda s: one_run(StandardScaler(epsilon=1.0, bounds=(0, 1)), base, np.zeros(100), canaries=eye,
                           score=_column("mean_"), random_state=s)),
    ]  # fmt: skip
    out = []
    for name, broken, run in cases:
        bounds, violated = [], 0
        for seed in range(seeds):
            if broken:
                with fixed_noise(0.0):
                    res = run(seed)
            else:
                res = run(seed)
            bounds.append(res.epsilon_lower_bound)
            violated += res.violated
        out.append([name, f"{res.claimed_epsilon:g}", median_range(bounds, "{:.2f}"), f"{violated}/{seeds}"])
        print(out[-1], flush=True)
    return out


def _closed_form_table(models: int) -> list[list[str]]:
    out = []
    for n, d in ((50, 1250), (100, 2000), (20, 2000)):
        truth = float(stats.f.cdf((1 + 1 / n) / (1 - 1 / n), d, d))
        rng = np.random.default_rng(n)
        aucs = []
        for _ in range(models):
            X_in, X_out = rng.normal(size=(n, d)), rng.normal(size=(n, d))
            model = _GaussianMean().fit(X_in, np.ones(n))
            res = membership_inference(
                model, members=(X_in, np.ones(n)), non_members=(X_out, np.ones(n)), attacks="loss", random_state=rng
            )
            aucs.append(res.auc)
        se = float(np.std(aucs, ddof=1) / np.sqrt(models))
        out.append(
            [f"n={n}, d={d}", f"{truth:.4f}", f"{np.mean(aucs):.4f} ± {se:.4f}", f"{np.mean(aucs) - truth:+.4f}"]
        )
        print(out[-1], flush=True)
    return out


class _GaussianMean(ClassifierMixin, BaseEstimator):
    """P(1 | x) = exp(-|x - mean|^2 / 2d): the loss is the squared distance to the training mean."""

    def fit(self, X: Any, y: Any) -> _GaussianMean:
        self.mean_ = np.asarray(X, dtype=float).mean(axis=0)
        self.classes_ = np.array([0, 1])
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        p = np.exp(-((np.asarray(X) - self.mean_) ** 2).sum(axis=1) / (2 * np.asarray(X).shape[1]))
        return np.column_stack([1 - p, p])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000, help="members and non-members each")
    parser.add_argument("--shadow-models", type=int, default=16)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--only", choices=("mia", "one-run", "closed-form"), default=None)
    args = parser.parse_args()
    with threadpool_limits(limits=1, user_api="blas"):
        if args.only in (None, "closed-form"):
            rows = _closed_form_table(models=100)
            print(
                append_table(
                    "audit: loss attack vs closed form, Gaussian-mean model",
                    ["setting", "closed-form AUC", "measured AUC (mean ± se, 100 models)", "difference"],
                    rows,
                    "The model is the mean of n N(0, I_d) rows; loss = squared distance to it. Members' loss is "
                    "(1-1/n) chi2_d, non-members' (1+1/n) chi2_d, so AUC = F_{d,d}((n+1)/(n-1)). TensorFlow "
                    "Privacy and ML Privacy Meter (need TensorFlow/PyTorch) are not installed here; this closed "
                    "form is the anchor instead.",
                )
            )
        if args.only in (None, "mia"):
            rows = _mia_table(args.rows, args.shadow_models, args.seeds)
            print(
                append_table(
                    f"audit: membership inference on UCI Adult ({args.rows:,} members vs {args.rows:,} non-members)",
                    [
                        "model",
                        "strongest attack",
                        "AUC",
                        "TPR @ 0.1% FPR",
                        "TPR @ 1% FPR",
                        "advantage",
                        "epsilon lower bound (95%)",
                        "audit seconds",
                    ],
                    rows,
                    f"Members: random rows of the official train split (the model's training set); non-members: "
                    f"random rows of the test split; features as bench/ml_adult.py (public schema, rows of norm "
                    f"<= 1). Attacks: loss, LiRA online + offline with {args.shadow_models} shadow models, "
                    f"n_jobs=2. Median (min-max) over {args.seeds} seeds (data sample, shadow splits).",
                )
            )
        if args.only in (None, "one-run"):
            rows = _one_run_table(args.seeds)
            print(
                append_table(
                    "audit: one-run audit (Steinke, Nasr, Jagielski 2023) of privet's DP estimators",
                    ["estimator", "claimed epsilon", "epsilon lower bound (95%)", "violations"],
                    rows,
                    f"Median (min-max) over {args.seeds} runs. A violation is a lower bound above the claim. "
                    "BROKEN rows are deliberately not private (noise removed with privet's test-only seam, or "
                    "no noise at all); they must be caught.",
                )
            )


if __name__ == "__main__":
    main()
