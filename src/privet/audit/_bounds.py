"""Statistical bounds behind every audit number: Clopper-Pearson intervals, the epsilon a membership attack
proves at a stated confidence, and the one-run p-value of Steinke, Nasr and Jagielski (2023).

Everything here is pure arithmetic on counts; no randomness.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import stats

__all__ = [
    "EpsilonFromCounts",
    "clopper_pearson_lower",
    "clopper_pearson_upper",
    "epsilon_from_counts",
    "one_run_epsilon",
    "one_run_p_value",
]

_EPS_CAP = 50.0  # no audit can show more than this with any realistic number of examples


def clopper_pearson_lower(successes: np.ndarray | int, trials: int, alpha: float) -> np.ndarray:
    """One-sided exact lower confidence bound on a binomial proportion (holds with probability 1 - alpha)."""
    k = np.asarray(successes, dtype=float)
    with np.errstate(invalid="ignore"):
        low = stats.beta.ppf(alpha, k, trials - k + 1)
    return np.where(k > 0, low, 0.0)


def clopper_pearson_upper(successes: np.ndarray | int, trials: int, alpha: float) -> np.ndarray:
    """One-sided exact upper confidence bound on a binomial proportion (holds with probability 1 - alpha)."""
    k = np.asarray(successes, dtype=float)
    with np.errstate(invalid="ignore"):
        high = stats.beta.ppf(1 - alpha, k + 1, trials - k)
    return np.where(k < trials, high, 1.0)


@dataclass(frozen=True)
class EpsilonFromCounts:
    epsilon: np.ndarray  # one lower bound per threshold
    tpr_low: np.ndarray
    fpr_high: np.ndarray


def epsilon_from_counts(
    true_positives: np.ndarray,
    positives: int,
    false_positives: np.ndarray,
    negatives: int,
    *,
    alpha: float,
    delta: float,
) -> EpsilonFromCounts:
    """The epsilon that the rejection region "score >= t" proves, per threshold, with confidence 1 - alpha.

    An (epsilon, delta)-DP mechanism forces every test to satisfy TPR <= e^eps FPR + delta and
    TNR <= e^eps FNR + delta (Kairouz, Oh and Viswanath 2015). With a Clopper-Pearson lower bound on TPR and
    upper bound on FPR (alpha/2 each, so both hold together with probability 1 - alpha) the largest
    epsilon violating either inequality is a lower bound on the true epsilon.
    """
    tpr_low = clopper_pearson_lower(true_positives, positives, alpha / 2)
    fpr_high = clopper_pearson_upper(false_positives, negatives, alpha / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        first = np.where(tpr_low > delta, np.log(np.maximum(tpr_low - delta, 1e-300)) - np.log(fpr_high), 0.0)
        tnr_low = 1.0 - fpr_high
        fnr_high = 1.0 - tpr_low
        second = np.where(tnr_low > delta, np.log(np.maximum(tnr_low - delta, 1e-300)) - np.log(fnr_high), 0.0)
    eps = np.clip(np.maximum(first, second), 0.0, _EPS_CAP)
    return EpsilonFromCounts(epsilon=np.nan_to_num(eps, nan=0.0), tpr_low=tpr_low, fpr_high=fpr_high)


def one_run_p_value(*, canaries: int, guesses: int, correct: int, epsilon: float, delta: float = 0.0) -> float:
    """P-value of "the mechanism is (epsilon, delta)-DP" after ``correct`` of ``guesses`` membership guesses.

    Steinke, Nasr and Jagielski (2023), Theorem 3.1 and Proposition 5.2 / Algorithm 2: with ``canaries``
    examples each included independently with probability 1/2, the number of correct guesses of an
    (epsilon, delta)-DP mechanism satisfies P[W >= v] <= beta + 2 m delta alpha, where
    beta = P[Binomial(r, q) >= v], q = e^eps / (1 + e^eps) and
    alpha = max_{1 <= i <= v} P[v - i <= Binomial(r, q) < v] / i.
    """
    m, r, v = canaries, guesses, correct
    if not 0 <= v <= r <= m:
        raise ValueError(f"need 0 <= correct <= guesses <= canaries; got {v}, {r}, {m}")
    q = 1.0 / (1.0 + math.exp(-epsilon))
    beta = float(stats.binom.sf(v - 1, r, q))  # P[Bin(r, q) >= v]
    if delta == 0.0 or v == 0:
        return min(beta, 1.0)
    below = stats.binom.pmf(np.arange(v - 1, -1, -1), r, q)  # pmf(v-1), pmf(v-2), ..., pmf(0)
    alpha = float(np.max(np.cumsum(below) / np.arange(1, v + 1)))
    return min(beta + alpha * delta * 2 * m, 1.0)


def one_run_epsilon(*, canaries: int, guesses: int, correct: int, alpha: float, delta: float = 0.0) -> float:
    """The largest epsilon rejected at level ``alpha``: the (epsilon, delta) lower bound of a one-run audit.

    The p-value grows with epsilon, so the set of rejected epsilons is an interval [0, eps*); this returns
    eps* to within 1e-6 (0.0 when even epsilon = 0 is not rejected).
    """

    def p_value(epsilon: float) -> float:
        return one_run_p_value(canaries=canaries, guesses=guesses, correct=correct, epsilon=epsilon, delta=delta)

    if p_value(0.0) >= alpha:
        return 0.0
    low, high = 0.0, 1.0
    while p_value(high) < alpha:
        low, high = high, 2 * high
        if high > _EPS_CAP:
            return _EPS_CAP
    while high - low > 1e-6:
        mid = (low + high) / 2
        if p_value(mid) < alpha:
            low = mid
        else:
            high = mid
    return low
