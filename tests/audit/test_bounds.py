"""The audit's arithmetic against brute force: exact binomial sums, closed forms and simulated mechanisms."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from scipy import optimize, stats

from privet.audit._bounds import (
    clopper_pearson_lower,
    clopper_pearson_upper,
    epsilon_from_counts,
    one_run_epsilon,
    one_run_p_value,
)

FALSE_ALARM = 1e-6


@pytest.mark.parametrize(("k", "n"), [(1, 10), (7, 20), (19, 20), (50, 400)])
def test_clopper_pearson_matches_the_binomial_tail_inversion(k: int, n: int) -> None:
    alpha = 0.05
    lower = optimize.brentq(lambda p: stats.binom.sf(k - 1, n, p) - alpha, 1e-12, 1 - 1e-12)
    upper = optimize.brentq(lambda p: stats.binom.cdf(k, n, p) - alpha, 1e-12, 1 - 1e-12)
    assert float(clopper_pearson_lower(k, n, alpha)) == pytest.approx(lower, abs=1e-9)
    assert float(clopper_pearson_upper(k, n, alpha)) == pytest.approx(upper, abs=1e-9)
    assert float(clopper_pearson_lower(0, n, alpha)) == 0.0
    assert float(clopper_pearson_upper(n, n, alpha)) == 1.0


def test_epsilon_from_a_perfect_attack_has_the_closed_form() -> None:
    # all n members above the threshold, no non-member: TPR_lo = (a/2)^(1/n), FPR_hi = 1 - (a/2)^(1/n)
    n, alpha = 500, 0.05
    res = epsilon_from_counts(np.array([n]), n, np.array([0]), n, alpha=alpha, delta=0.0)
    edge = (alpha / 2) ** (1 / n)
    assert float(res.epsilon[0]) == pytest.approx(math.log(edge / (1 - edge)), rel=1e-9)


def test_epsilon_from_a_useless_attack_is_zero() -> None:
    res = epsilon_from_counts(np.array([50, 0, 100]), 100, np.array([50, 0, 100]), 100, alpha=0.05, delta=0.0)
    assert np.all(res.epsilon == 0.0)


def _exact_tail(r: int, v: int, q: Fraction) -> Fraction:
    return sum((math.comb(r, k) * q**k * (1 - q) ** (r - k) for k in range(v, r + 1)), Fraction(0))


@pytest.mark.parametrize(("r", "v", "eps"), [(10, 9, 0.5), (30, 25, 1.0), (60, 41, 0.3), (12, 0, 2.0)])
def test_one_run_p_value_is_the_exact_binomial_tail(r: int, v: int, eps: float) -> None:
    q = Fraction(math.exp(eps)) / (1 + Fraction(math.exp(eps)))
    exact = float(_exact_tail(r, v, q))
    assert one_run_p_value(canaries=100, guesses=r, correct=v, epsilon=eps) == pytest.approx(exact, rel=1e-9)


def _paper_p_value(m: int, r: int, v: int, eps: float, delta: float) -> float:
    """Algorithm 2 of Steinke, Nasr and Jagielski (2023), written as a plain loop."""
    q = 1 / (1 + math.exp(-eps))
    beta = stats.binom.sf(v - 1, r, q)
    alpha, running = 0.0, 0.0
    for i in range(1, v + 1):
        running += stats.binom.pmf(v - i, r, q)
        alpha = max(alpha, running / i)
    return min(beta + alpha * delta * 2 * m, 1.0)


@pytest.mark.parametrize(("m", "r", "v", "eps", "delta"), [(1000, 100, 90, 1.0, 1e-5), (500, 500, 400, 2.0, 1e-3)])
def test_one_run_p_value_with_delta_matches_the_papers_loop(m: int, r: int, v: int, eps: float, delta: float) -> None:
    ours = one_run_p_value(canaries=m, guesses=r, correct=v, epsilon=eps, delta=delta)
    assert ours == pytest.approx(_paper_p_value(m, r, v, eps, delta), rel=1e-9)


@pytest.mark.parametrize("r", [10, 100, 1000])
def test_one_run_epsilon_for_all_correct_guesses_has_the_closed_form(r: int) -> None:
    # P[Bin(r, q) >= r] = q^r = alpha  =>  q = alpha^(1/r), eps = log(q / (1 - q))
    q = 0.05 ** (1 / r)
    got = one_run_epsilon(canaries=r, guesses=r, correct=r, alpha=0.05)
    assert got == pytest.approx(math.log(q / (1 - q)), abs=1e-5)


def test_one_run_epsilon_is_the_boundary_of_rejection() -> None:
    m, r, v, alpha = 1000, 200, 150, 0.05
    eps = one_run_epsilon(canaries=m, guesses=r, correct=v, alpha=alpha, delta=1e-5)
    assert one_run_p_value(canaries=m, guesses=r, correct=v, epsilon=eps - 1e-4, delta=1e-5) < alpha
    assert one_run_p_value(canaries=m, guesses=r, correct=v, epsilon=eps + 1e-4, delta=1e-5) >= alpha
    assert one_run_epsilon(canaries=m, guesses=r, correct=r // 2, alpha=alpha) == 0.0


def test_one_run_epsilon_grows_with_correct_guesses_and_shrinks_with_delta() -> None:
    bounds = [one_run_epsilon(canaries=1000, guesses=300, correct=v, alpha=0.05) for v in (180, 220, 260, 300)]
    assert bounds == sorted(bounds) and bounds[0] > 0
    assert one_run_epsilon(canaries=1000, guesses=300, correct=260, alpha=0.05, delta=1e-3) < bounds[2]


@pytest.mark.statistical
@pytest.mark.parametrize("eps", [0.5, 1.0, 4.0])
def test_bound_on_an_exact_randomized_response_exceeds_epsilon_at_most_alpha_of_the_time(eps: float) -> None:
    # An eps-DP mechanism at the edge of its guarantee: each of r guesses is right with probability
    # e^eps / (1 + e^eps), independently (randomized response). The audit must exceed eps in at most 5% of
    # runs; the assertion allows the binomial count of exceedances a false-alarm rate of 1e-6.
    rng = np.random.default_rng(20231)
    trials, r, alpha = 4000, 200, 0.05
    correct = rng.binomial(r, 1 / (1 + math.exp(-eps)), size=trials)
    exceed = sum(one_run_p_value(canaries=r, guesses=r, correct=int(v), epsilon=eps) < alpha for v in correct)
    assert exceed <= stats.binom.ppf(1 - FALSE_ALARM, trials, alpha)
    # and lb > eps exactly when the p-value at eps is below alpha
    for v in correct[:20]:
        lb = one_run_epsilon(canaries=r, guesses=r, correct=int(v), alpha=alpha)
        assert (lb > eps) == (one_run_p_value(canaries=r, guesses=r, correct=int(v), epsilon=eps) < alpha)
