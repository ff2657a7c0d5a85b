"""The one-training-run privacy audit of Steinke, Nasr and Jagielski (2023)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from sklearn.base import is_classifier

from privet.audit._bounds import one_run_epsilon
from privet.audit._data import (
    concat_rows,
    generator,
    n_rows,
    shadow_copy,
    take_rows,
    true_class_log_proba,
    xy_pair,
)
from privet.errors import BackendError, DataError, InvalidParameterError, PrivetError

__all__ = ["OneRunResult", "one_run"]

Neighbouring = Literal["add_remove_row", "replace_row"]
Score = Callable[[Any, Any, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class OneRunResult:
    """The result of :func:`privet.audit.one_run`.

    ``epsilon_lower_bound`` holds with probability at least ``confidence``: a correct
    (``claimed_epsilon``, ``claimed_delta``)-DP estimator produces a bound above ``claimed_epsilon`` at most
    ``1 - confidence`` of the time. ``violated`` says the audit caught the estimator breaking its promise.
    """

    epsilon_lower_bound: float
    claimed_epsilon: float | None
    claimed_delta: float
    confidence: float
    canaries: int
    included: int
    guesses: int
    correct: int
    guesses_in: int
    guesses_out: int
    neighbouring: Neighbouring
    estimator: str

    @property
    def violated(self) -> bool:
        return self.claimed_epsilon is not None and self.epsilon_lower_bound > self.claimed_epsilon

    def to_dict(self) -> dict[str, Any]:
        return {
            "estimator": self.estimator,
            "epsilon_lower_bound": self.epsilon_lower_bound,
            "claimed_epsilon": self.claimed_epsilon,
            "claimed_delta": self.claimed_delta,
            "confidence": self.confidence,
            "violated": self.violated,
            "canaries": self.canaries,
            "included": self.included,
            "guesses": self.guesses,
            "correct": self.correct,
            "guesses_in": self.guesses_in,
            "guesses_out": self.guesses_out,
            "neighbouring": self.neighbouring,
        }


def _guess_options(m: int) -> list[tuple[int, int]]:
    """(k_in, k_out) pairs tried: top k_in guessed IN, bottom k_out guessed OUT. Halving from m down to 8."""
    options: list[tuple[int, int]] = []
    k = m
    while k >= 8:
        options.append((k, 0))
        if k >= 2:
            options.append((k // 2, k - k // 2))
        k //= 2
    return options or [(m, 0)]


def _default_score(estimator: Any) -> Score:
    if hasattr(estimator, "predict_proba") and is_classifier(estimator):
        return lambda model, X, y: true_class_log_proba(model, X, y)
    if hasattr(estimator, "predict"):
        return lambda model, X, y: -((np.asarray(model.predict(X), dtype=float) - y.astype(float)) ** 2)
    raise InvalidParameterError(
        f"one_run has no default score for {type(estimator).__name__} (it has neither predict_proba nor "
        "predict); pass score=callable(fitted_estimator, X_canaries, y_canaries) -> scores."
    )


def _make_canaries(
    X: Any, y: np.ndarray, m: int, classifier: bool, rng: np.random.Generator
) -> tuple[Any, np.ndarray, Any, np.ndarray, np.ndarray]:
    """Mislabelled held-out rows: (X_base, y_base, X_canary, y_canary, y_original)."""
    n = len(y)
    if m < 1 or m > n // 2:
        raise InvalidParameterError(
            f"The 'canaries' parameter of one_run must be between 1 and half the rows ({n // 2}). Got {m}."
        )
    order = rng.permutation(n)
    canary_rows, base_rows = order[:m], order[m:]
    original = y[canary_rows]
    if classifier:
        classes = np.unique(y)
        if len(classes) < 2:
            raise DataError("one_run: y has a single class; mislabelled canaries need at least two.")
        # a uniformly chosen *other* class: shift the class index by 1..k-1
        index = np.searchsorted(classes, original)
        shift = rng.integers(1, len(classes), size=m)
        flipped = classes[(index + shift) % len(classes)]
    else:
        values = y.astype(float)
        flipped = values.min() + values.max() - original.astype(float)  # mirrored target: far from the truth
    return take_rows(X, base_rows), y[base_rows], take_rows(X, canary_rows), flipped, original


def _neighbouring_of(fitted: Any) -> Neighbouring:
    event = getattr(fitted, "privacy_event_", None)
    relation = getattr(event, "neighbouring", "add_remove_row")
    return "replace_row" if relation == "replace_row" else "add_remove_row"


def _claimed(estimator: Any, fitted: Any, name: str) -> float | None:
    value = getattr(fitted, f"{name}_spent_", None)
    if value is None and hasattr(estimator, "get_params"):
        value = estimator.get_params(deep=False).get(name)
    return None if value is None else float(value)


def one_run(
    estimator: Any,
    X: Any,
    y: Any,
    *,
    canaries: int | tuple[Any, Any] | tuple[Any, Any, Any] = 1000,
    confidence: float = 0.95,
    claimed_epsilon: float | None = None,
    claimed_delta: float | None = None,
    neighbouring: Neighbouring | None = None,
    score: Score | None = None,
    guesses: tuple[int, int] | None = None,
    random_state: int | np.random.Generator | None = None,
) -> OneRunResult:
    """Audit a training algorithm's privacy claim with one training run (Steinke, Nasr and Jagielski 2023).

    ``canaries`` examples are each included in the training data independently with probability 1/2;
    ``estimator`` (unfitted; it is cloned) is trained once on ``X, y`` plus the included canaries; every
    canary gets a score (default: log-probability of its label for a classifier, minus squared error for a
    regressor, or ``score(fitted, X_canaries, y_canaries)``); the highest-scoring canaries are guessed
    "in", the lowest "out", the rest abstain. The number of right guesses bounds epsilon from below at
    ``confidence`` (the paper's Theorem 3.1 and its (epsilon, delta) extension). When ``guesses`` is not given,
    several abstention levels are tried and the confidence is Bonferroni-corrected over them.

    With ``canaries=m`` (an int) the canaries are ``m`` rows of ``X`` set aside and given a wrong label
    (another class, or the target mirrored across its range). Under ``neighbouring="replace_row"`` an
    excluded canary is replaced by its correctly labelled row, so every run trains on the same number of
    rows. Explicit canaries are ``(X_c, y_c)`` for add/remove or ``(X_c, y_c, y_replacement)``.
    The neighbouring relation defaults to the one in the fitted estimator's ``privacy_event_``.

    ``claimed_epsilon``/``claimed_delta`` default to the fitted estimator's ``epsilon_spent_``/
    ``delta_spent_``, else its ``epsilon``/``delta`` parameters. ``random_state`` seeds canary choice and
    inclusion (audit randomness, never privacy noise).

    Privacy: the audit trains on the data but spends no budget (any ledger is detached from the audit's
    copy of the estimator); the trained model never leaves this function.
    """
    where = "one_run"
    if not 0 < confidence < 1:
        raise InvalidParameterError(f"The 'confidence' parameter of {where} must be in (0, 1). Got {confidence}.")
    X, y_arr = xy_pair((X, y), name="X, y")
    rng = generator(random_state, where=where)
    classifier = is_classifier(estimator)
    score_fn = score if score is not None else _default_score(estimator)

    replacement: np.ndarray | None
    if isinstance(canaries, int) and not isinstance(canaries, bool):
        X_base, y_base, X_can, y_can, replacement = _make_canaries(X, y_arr, canaries, classifier, rng)
    elif isinstance(canaries, tuple) and len(canaries) in (2, 3):
        X_can, y_can = xy_pair((canaries[0], canaries[1]), name="canaries")
        replacement = None
        if len(canaries) == 3:
            replacement = np.asarray(canaries[2])
            if len(replacement) != len(y_can):
                raise DataError("one_run: the replacement labels must have one value per canary.")
        X_base, y_base = X, y_arr
    else:
        raise InvalidParameterError(
            f"The 'canaries' parameter of {where} must be an int or a tuple (X_c, y_c[, y_replacement]). "
            f"Got {type(canaries).__name__}."
        )
    m = len(y_can)

    # the relation decides what an excluded canary becomes: dropped (add/remove) or replaced (replace_row)
    if neighbouring is not None and neighbouring not in ("add_remove_row", "replace_row"):
        raise InvalidParameterError(
            f"The 'neighbouring' parameter of {where} must be 'add_remove_row' or 'replace_row'. Got {neighbouring!r}."
        )
    relation: Neighbouring = neighbouring or _declared_neighbouring(estimator)
    included = rng.random(m) < 0.5

    def train(relation: Neighbouring) -> Any:
        if relation == "replace_row" and replacement is None:
            raise InvalidParameterError(
                f"{where}: auditing a replace_row guarantee needs a replacement label per canary: "
                "canaries=(X_c, y_c, y_replacement)."
            )
        rows_in = np.flatnonzero(included)
        X_train = concat_rows(X_base, take_rows(X_can, rows_in))
        y_train = np.concatenate([y_base, y_can[rows_in]])
        if relation == "replace_row" and replacement is not None:
            rows_out = np.flatnonzero(~included)
            X_train = concat_rows(X_train, take_rows(X_can, rows_out))
            y_train = np.concatenate([y_train, replacement[rows_out]])
        fitted = shadow_copy(estimator)
        try:
            fitted.fit(X_train, y_train)
        except PrivetError:
            raise  # already says what is wrong, without data
        except Exception as exc:
            raise BackendError(
                f"{where}: fitting {type(estimator).__name__} on {n_rows(X_train)} rows failed with "
                f"{type(exc).__name__}."
            ) from exc
        return fitted

    model = train(relation)
    if neighbouring is None and _neighbouring_of(model) != relation:
        relation = _neighbouring_of(model)  # the fit revealed the relation its guarantee is stated for
        model = train(relation)
    scores = np.asarray(score_fn(model, X_can, y_can), dtype=float)
    if scores.shape != (m,) or not np.all(np.isfinite(scores)):
        raise DataError(f"{where}: the score must give one finite number per canary ({m}); got shape {scores.shape}.")

    order = np.argsort(-scores, kind="stable")  # highest score first: most likely IN
    options = [guesses] if guesses is not None else _guess_options(m)
    alpha = (1 - confidence) / len(options)
    best = (0.0, 0, 0, 0, 0)  # (eps, k_in, k_out, r, v)
    c_eps = claimed_epsilon if claimed_epsilon is not None else _claimed(estimator, model, "epsilon")
    c_delta = claimed_delta if claimed_delta is not None else (_claimed(estimator, model, "delta") or 0.0)
    for k_in, k_out in options:
        if k_in < 0 or k_out < 0 or k_in + k_out > m:
            raise InvalidParameterError(f"The 'guesses' parameter of {where} must be (k_in, k_out) with sum <= {m}.")
        v = int(included[order[:k_in]].sum()) + int((~included[order[m - k_out :]]).sum() if k_out else 0)
        r = k_in + k_out
        eps = one_run_epsilon(canaries=m, guesses=r, correct=v, alpha=alpha, delta=c_delta) if r else 0.0
        if eps > best[0] or (best[3] == 0 and r):
            best = (eps, k_in, k_out, r, v)
    return OneRunResult(
        epsilon_lower_bound=best[0],
        claimed_epsilon=c_eps,
        claimed_delta=c_delta,
        confidence=confidence,
        canaries=m,
        included=int(included.sum()),
        guesses=best[3],
        correct=best[4],
        guesses_in=best[1],
        guesses_out=best[2],
        neighbouring=relation,
        estimator=type(estimator).__name__,
    )


def _declared_neighbouring(estimator: Any) -> Neighbouring:
    """The relation an estimator declares before fitting (``neighbouring`` parameter or attribute)."""
    declared = getattr(estimator, "neighbouring", None)
    if declared is None and hasattr(estimator, "get_params"):
        declared = estimator.get_params(deep=False).get("neighbouring")
    return "replace_row" if declared == "replace_row" else "add_remove_row"
