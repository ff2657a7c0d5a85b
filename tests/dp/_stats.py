"""Statistical helpers for testing randomized mechanisms with real noise and a stated false-alarm rate.

Every helper takes ``alpha``, the probability that a CORRECT mechanism fails the check (default 1e-6);
Bonferroni corrections are applied inside. Nothing here seeds privacy noise.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

import numpy as np
from scipy import stats

ALPHA = 1e-6


def ks_ok(samples: np.ndarray, cdf: Callable[[np.ndarray], np.ndarray], *, alpha: float = ALPHA) -> bool:
    """Kolmogorov–Smirnov goodness of fit; False means rejected at level ``alpha``."""
    return bool(stats.kstest(np.asarray(samples, dtype=float), cdf).pvalue >= alpha)


def chi2_ok(samples: np.ndarray, pmf: Callable[[np.ndarray], np.ndarray], *, alpha: float = ALPHA) -> bool:
    """Chi-square goodness of fit for an integer law; tails pooled so every expected count is >= 5."""
    samples = np.asarray(samples, dtype=np.int64)
    n = samples.size
    lo, hi = int(samples.min()), int(samples.max())
    support = np.arange(lo, hi + 1)
    expected = pmf(support) * n
    # pool from both ends until expected counts are >= 5
    keep = expected >= 5
    first, last = int(np.argmax(keep)), int(len(keep) - 1 - np.argmax(keep[::-1]))
    edges = support[first : last + 1]
    observed = np.array([np.sum(samples == v) for v in edges], dtype=float)
    exp = pmf(edges) * n
    below = float(np.sum(samples < edges[0]))
    above = float(np.sum(samples > edges[-1]))
    # expected tail masses from the law itself
    tail_lo = float(np.sum(pmf(np.arange(edges[0] - 10_000, edges[0])))) * n
    tail_hi = float(np.sum(pmf(np.arange(edges[-1] + 1, edges[-1] + 10_001)))) * n
    obs = np.concatenate([[below], observed, [above]])
    exp = np.concatenate([[tail_lo], exp, [tail_hi]])
    mask = exp > 0
    obs, exp = obs[mask], exp[mask]
    exp = exp * obs.sum() / exp.sum()
    return bool(stats.chisquare(obs, exp).pvalue >= alpha)


def _cp_lower(k: int, n: int, a: float) -> float:
    return 0.0 if k == 0 else float(stats.beta.ppf(a, k, n - k + 1))


def _cp_upper(k: int, n: int, a: float) -> float:
    return 1.0 if k == n else float(stats.beta.ppf(1 - a, k + 1, n - k))


def privacy_violation(
    a: np.ndarray, b: np.ndarray, *, epsilon: float, delta: float = 0.0, bins: int = 40, alpha: float = ALPHA
) -> float:
    """Largest certified violation of ``P[A in S] <= e^eps P[B in S] + delta`` over test sets S (both ways).

    Test sets: the ``bins`` histogram cells between pooled quantiles and every upper and lower tail
    ``{x >= t}``, ``{x <= t}`` at those edges (discrete outputs: each observed value and tails). For each
    set, a Clopper–Pearson lower bound on one side and upper bound on the other (Bonferroni over all sets,
    both directions, both bounds) give a certified lower bound on ``P_A(S) - e^eps P_B(S) - delta``.
    Returns the largest such bound: > 0 means the mechanism is NOT (eps, delta)-DP, with false-alarm
    probability at most ``alpha`` for a correct mechanism.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    pooled = np.concatenate([a, b])
    uniq = np.unique(pooled)
    if uniq.size <= 2 * bins:
        edges = uniq
        cells = [(v, v) for v in uniq]
    else:
        edges = np.unique(np.quantile(pooled, np.linspace(0, 1, bins + 1)[1:-1]))
        bounds = np.concatenate([[-np.inf], edges, [np.inf]])
        cells = list(itertools.pairwise(bounds))
    sets: list[tuple[float, float]] = list(cells)
    sets += [(t, np.inf) for t in edges] + [(-np.inf, t) for t in edges]
    m = len(sets) * 2 * 2
    a_sorted, b_sorted = np.sort(a), np.sort(b)

    def count(sample: np.ndarray, lo: float, hi: float, closed_hi: bool) -> int:
        left = np.searchsorted(sample, lo, side="left") if lo > -np.inf else 0
        right = np.searchsorted(sample, hi, side="right" if closed_hi else "left") if hi < np.inf else sample.size
        return int(right - left)

    worst = -math.inf
    e = math.exp(epsilon)
    discrete = uniq.size <= 2 * bins
    for lo, hi in sets:
        closed = discrete or hi == np.inf or lo == -np.inf
        ka, kb = count(a_sorted, lo, hi, closed), count(b_sorted, lo, hi, closed)
        for k1, n1, k2, n2 in ((ka, a.size, kb, b.size), (kb, b.size, ka, a.size)):
            worst = max(worst, _cp_lower(k1, n1, alpha / m) - e * _cp_upper(k2, n2, alpha / m) - delta)
    return worst


def binomial_rate_at_most(successes: int, n: int, p: float, *, alpha: float = ALPHA) -> bool:
    """One-sided exact test of ``rate <= p``; False means the observed rate is certifiably above ``p``."""
    return bool(stats.binomtest(successes, n, p, alternative="greater").pvalue >= alpha)
