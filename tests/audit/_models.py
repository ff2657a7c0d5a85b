"""Small estimators with known privacy behaviour, for testing the audits."""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression


class GaussianMeanModel(ClassifierMixin, BaseEstimator):
    """The Gaussian-mean model: its only parameter is the mean of the training rows.

    Every example has label 1 and P(1 | x) = exp(-||x - mean||^2 / (2 d)), so the loss is proportional to the
    squared distance to the mean: a member's loss is (1 - 1/n) chi2_d, a non-member's (1 + 1/n) chi2_d.
    """

    def fit(self, X: Any, y: Any) -> GaussianMeanModel:
        X = np.asarray(X, dtype=float)
        self.mean_ = X.mean(axis=0)
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        X = np.asarray(X, dtype=float)
        p = np.exp(-((X - self.mean_) ** 2).sum(axis=1) / (2 * X.shape[1]))
        return np.column_stack([1 - p, p])


class NoNoiseLogisticRegression(ClassifierMixin, BaseEstimator):
    """A deliberately broken "DP" estimator: it claims epsilon but adds no noise and barely regularises."""

    def __init__(self, epsilon: float = 1.0, C: float = 1e4) -> None:
        self.epsilon = epsilon
        self.C = C

    def fit(self, X: Any, y: Any) -> NoNoiseLogisticRegression:
        self.model_ = LogisticRegression(C=self.C, max_iter=2000).fit(X, y)
        self.classes_ = self.model_.classes_
        self.epsilon_spent_ = self.epsilon
        return self

    def predict_proba(self, X: Any) -> np.ndarray:
        return np.asarray(self.model_.predict_proba(X))
