"""Inputs of the audits: (X, y) pairs, row selection on any table type, per-example model scores."""

from __future__ import annotations

from typing import Any

import numpy as np
import polars as pl
from sklearn.base import BaseEstimator, clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.validation import check_is_fitted

from privet.errors import DataError, InvalidParameterError

__all__ = [
    "check_fitted_classifier",
    "concat_rows",
    "generator",
    "logit_confidence",
    "n_rows",
    "shadow_copy",
    "take_rows",
    "true_class_log_proba",
    "xy_pair",
]

_P_CLIP = 1e-15


def generator(random_state: int | np.random.Generator | None, *, where: str) -> np.random.Generator:
    """The audit's own randomness (data splits, canary inclusion): explicit, never global, never privacy noise."""
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or (isinstance(random_state, int) and not isinstance(random_state, bool)):
        return np.random.default_rng(random_state)
    raise InvalidParameterError(
        f"The 'random_state' parameter of {where} must be an int, a numpy Generator or None. "
        f"Got {type(random_state).__name__}."
    )


def _as_features(X: Any, *, name: str) -> Any:
    if isinstance(X, pl.LazyFrame):
        return X.collect()
    module = type(X).__module__.split(".", 1)[0]
    if module == "pyarrow":
        return pl.from_arrow(X)
    if module in ("pandas", "polars"):
        return X
    arr = np.asarray(X)
    if arr.ndim != 2:
        raise DataError(f"'{name}' features must be a 2-D table or array; got an array with {arr.ndim} dimension(s).")
    return arr


def _as_labels(y: Any, *, name: str) -> np.ndarray:
    if isinstance(y, pl.Series):
        return y.to_numpy()
    arr = np.asarray(y)
    if arr.ndim == 2 and arr.shape[1] == 1:
        arr = arr[:, 0]
    if arr.ndim != 1:
        raise DataError(f"'{name}' labels must be one-dimensional; got shape {arr.shape}.")
    return arr


def n_rows(X: Any) -> int:
    return int(X.shape[0])


def xy_pair(pair: Any, *, name: str) -> tuple[Any, np.ndarray]:
    """Validate a ``(X, y)`` pair: a 2-D table or array and one label per row."""
    if not isinstance(pair, tuple | list) or len(pair) != 2:
        raise InvalidParameterError(f"The '{name}' parameter must be a pair (X, y). Got {type(pair).__name__}.")
    X = _as_features(pair[0], name=name)
    y = _as_labels(pair[1], name=name)
    if n_rows(X) != len(y):
        raise DataError(f"'{name}': X has {n_rows(X)} row(s) but y has {len(y)} label(s); they must match.")
    if len(y) == 0:
        raise DataError(f"'{name}' is empty; an audit needs examples.")
    return X, y


def take_rows(X: Any, idx: np.ndarray) -> Any:
    if isinstance(X, pl.DataFrame):
        return X[idx]
    if type(X).__module__.split(".", 1)[0] == "pandas":
        return X.iloc[idx]
    return X[idx]


def concat_rows(first: Any, second: Any) -> Any:
    if isinstance(first, pl.DataFrame):
        return pl.concat([first, second], how="vertical_relaxed")
    if type(first).__module__.split(".", 1)[0] == "pandas":
        import pandas as pd

        return pd.concat([first, second], ignore_index=True)
    return np.concatenate([first, second], axis=0)


def check_fitted_classifier(model: Any, *, where: str) -> None:
    if not hasattr(model, "predict_proba") or not hasattr(model, "fit"):
        raise InvalidParameterError(
            f"{where} needs a scikit-learn classifier with fit and predict_proba; got {type(model).__name__}."
        )
    try:
        check_is_fitted(model)
    except NotFittedError as exc:
        raise InvalidParameterError(f"{where}: the model ({type(model).__name__}) is not fitted yet.") from exc
    except TypeError as exc:  # not an estimator at all
        raise InvalidParameterError(f"{where}: {type(model).__name__} is not a scikit-learn estimator.") from exc


def shadow_copy(model: Any) -> Any:
    """An unfitted copy with the same parameters, detached from any privacy ledger and single-threaded.

    Shadow models are never released: charging their fits to the user's budget would bill the audit, not
    the model. ``n_jobs`` is set to 1 because shadow fits already run in parallel.
    """
    est = clone(model)
    if isinstance(est, BaseEstimator):
        params = est.get_params(deep=True)
        updates: dict[str, Any] = {}
        for key in params:
            leaf = key.rsplit("__", 1)[-1]
            if leaf == "ledger" and params[key] is not None:
                updates[key] = None
            elif leaf == "n_jobs" and params[key] not in (None, 1):
                updates[key] = 1
        if updates:
            est.set_params(**updates)
    return est


def true_class_log_proba(model: Any, X: Any, y: np.ndarray) -> np.ndarray:
    """log P(true label | x) per example; a label the model never saw scores log(1e-15)."""
    proba = np.asarray(model.predict_proba(X), dtype=float)
    classes = list(model.classes_)
    index = {c: i for i, c in enumerate(classes)}
    cols = np.array([index.get(label, -1) for label in y.tolist()])
    p = np.where(cols >= 0, proba[np.arange(len(y)), np.maximum(cols, 0)], 0.0)
    return np.log(np.clip(p, _P_CLIP, 1.0))


def logit_confidence(model: Any, X: Any, y: np.ndarray) -> np.ndarray:
    """Carlini et al.'s logit-scaled confidence log(p / (1 - p)) of the true label, clipped to +-34.5."""
    proba = np.exp(true_class_log_proba(model, X, y))
    p = np.clip(proba, _P_CLIP, 1 - _P_CLIP)
    return np.log(p) - np.log1p(-p)
