"""Shadow models for LiRA: retrain the model's estimator on random halves of the pool, in parallel, with a bar."""

from __future__ import annotations

from typing import Any

import numpy as np
from joblib import Parallel, delayed
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from privet.audit._data import logit_confidence, shadow_copy, take_rows
from privet.errors import BackendError, PrivetError

__all__ = ["inclusion_matrix", "train_shadows"]


def inclusion_matrix(shadow_models: int, n: int, rng: np.random.Generator) -> np.ndarray:
    """``keep[s, i]``: shadow ``s`` trains on example ``i``. Each example is IN for exactly half the shadows
    (rounded down), in random order per example, as in Carlini et al. (2022)'s reference code."""
    order = rng.random((shadow_models, n)).argsort(axis=0)
    return np.asarray(order < shadow_models // 2)


def _fit_and_score(model: Any, X: Any, y: np.ndarray, keep: np.ndarray, index: int) -> tuple[int, np.ndarray]:
    est = shadow_copy(model)
    rows = np.flatnonzero(keep)
    try:
        est.fit(take_rows(X, rows), y[rows])
    except PrivetError:
        raise
    except Exception as exc:  # the estimator's own failure, reported without its (possibly data-bearing) text
        raise BackendError(
            f"Training shadow model {index + 1} ({type(model).__name__}) on {len(rows)} rows failed with "
            f"{type(exc).__name__}; the estimator must be refittable on a random half of members + non-members."
        ) from exc
    return index, logit_confidence(est, X, y)


def train_shadows(model: Any, X: Any, y: np.ndarray, keep: np.ndarray, *, n_jobs: int, progress: bool) -> np.ndarray:
    """Logit-scaled confidences ``conf[s, i]`` of every shadow ``s`` on every pool example ``i``."""
    count = keep.shape[0]
    out = np.empty(keep.shape, dtype=float)
    jobs = (delayed(_fit_and_score)(model, X, y, keep[s], s) for s in range(count))
    runner = Parallel(n_jobs=n_jobs, return_as="generator_unordered")
    console = Console(stderr=True)
    with Progress(
        TextColumn("shadow models"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not progress,
        transient=False,
    ) as bar:
        task = bar.add_task("shadow", total=count)
        for index, conf in runner(jobs):
            out[index] = conf
            bar.advance(task)
    return out
