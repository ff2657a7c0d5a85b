"""Selection and local mechanisms: exponential mechanism, report-noisy-max, randomized response,
bounded quantiles and private bounds (so no estimator reads bounds from the data in the clear)."""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np

from privet.dp import _noise
from privet.dp._validate import check_epsilon, check_positive, finite_array
from privet.errors import DataError, InvalidParameterError

__all__ = [
    "exponential",
    "private_bounds",
    "private_norm_bound",
    "quantile",
    "randomized_response",
    "randomized_response_frequencies",
    "report_noisy_max",
]


def _scores(owner: str, scores: Any) -> np.ndarray:
    array = finite_array(owner, "scores", scores)
    if array.ndim != 1 or array.size == 0:
        raise InvalidParameterError(f"The 'scores' parameter of {owner} must be a non-empty 1-D array.")
    return array


def exponential(scores: Any, *, sensitivity: float, epsilon: float, monotonic: bool = False) -> int:
    """Pick an index with probability proportional to ``exp(epsilon * score / (2 * sensitivity))``.

    Privacy: epsilon-DP (pure) when every score moves by at most ``sensitivity`` between neighbouring
    datasets (McSherry and Talwar 2007); with ``monotonic=True`` (all scores move in the same direction,
    e.g. counts under add/remove) the factor 2 is dropped (same paper). Sampled as the arg-max of the
    scores plus Gumbel noise of scale ``2 * sensitivity / epsilon`` (the Gumbel-max trick), by OpenDP's
    exact noisy-max sampler.
    """
    owner = "exponential"
    values = _scores(owner, scores)
    sensitivity = check_positive(owner, "sensitivity", sensitivity)
    epsilon = check_epsilon(owner, epsilon)
    factor = 1.0 if monotonic else 2.0
    return _noise.gumbel_argmax(values, scale=factor * sensitivity / epsilon)


def report_noisy_max(scores: Any, *, sensitivity: float, epsilon: float) -> int:
    """Return the index of the largest ``score + Exponential(2 * sensitivity / epsilon)``.

    Privacy: epsilon-DP (pure) when every score moves by at most ``sensitivity`` between neighbours.
    Report-noisy-max with exponential noise is the permute-and-flip mechanism (McKenna and Sheldon 2020;
    Ding et al. 2021), never worse in expected error than the exponential mechanism. OpenDP sampler.
    """
    owner = "report_noisy_max"
    values = _scores(owner, scores)
    sensitivity = check_positive(owner, "sensitivity", sensitivity)
    epsilon = check_epsilon(owner, epsilon)
    return _noise.noisy_max(values, scale=2.0 * sensitivity / epsilon)


def _category_index(owner: str, categories: Sequence[Hashable]) -> dict[Hashable, int]:
    if isinstance(categories, str) or not isinstance(categories, Sequence):
        raise InvalidParameterError(f"The 'categories' parameter of {owner} must be a sequence of categories.")
    index: dict[Hashable, int] = {}
    for position, category in enumerate(categories):
        try:
            if category in index:
                raise InvalidParameterError(
                    f"The 'categories' parameter of {owner} repeats the category at position {position}."
                )
            index[category] = position
        except TypeError as exc:
            raise InvalidParameterError(f"The 'categories' of {owner} must be hashable.") from exc
    if len(index) < 2:
        raise InvalidParameterError(f"The 'categories' parameter of {owner} needs at least 2 categories.")
    return index


def randomized_response(values: Sequence[Any], *, categories: Sequence[Any], epsilon: float) -> list[Any]:
    """Locally randomize each value: keep it with probability ``e^eps / (e^eps + k - 1)``, else report one
    of the other ``k - 1`` categories uniformly (binary when ``k = 2``).

    Privacy: each reported value is epsilon-local-DP for its own row (any two inputs give output
    probabilities within a factor e^eps) — Warner 1965 for k = 2, generalized (k-RR) by Kairouz, Oh and
    Viswanath 2016. Since each row is randomized independently, releasing the whole list is epsilon-DP
    under replace-one-row. Draws come from OpenDP's CSPRNG; the keep probability is exact to 2**-64.
    """
    owner = "randomized_response"
    epsilon = check_epsilon(owner, epsilon)
    index = _category_index(owner, categories)
    cats = list(categories)
    try:
        positions = np.fromiter((index[v] for v in values), dtype=np.int64)
    except KeyError:
        bad = next(i for i, v in enumerate(values) if v not in index)
        raise InvalidParameterError(
            f"The value at position {bad} of 'values' in {owner} is not one of the {len(cats)} categories."
        ) from None
    except TypeError as exc:
        raise InvalidParameterError(f"The 'values' of {owner} must be a sequence of hashable values.") from exc
    k = len(cats)
    keep = math.exp(epsilon) / (math.exp(epsilon) + k - 1) if epsilon < 700 else 1.0
    out = _noise.randomized_response_indices(positions, k=k, keep_probability=keep)
    return [cats[i] for i in out]


def randomized_response_frequencies(
    responses: Sequence[Any], *, categories: Sequence[Any], epsilon: float
) -> np.ndarray:
    """Unbiased estimates of the true category counts from k-RR responses (post-processing, no budget)."""
    owner = "randomized_response_frequencies"
    epsilon = check_epsilon(owner, epsilon)
    index = _category_index(owner, categories)
    k, n = len(index), len(responses)
    counts = np.zeros(k)
    for response in responses:
        if response not in index:
            raise InvalidParameterError(f"A response given to {owner} is not one of the categories.")
        counts[index[response]] += 1
    e = math.exp(epsilon)
    keep, flip = e / (e + k - 1), 1 / (e + k - 1)
    return (counts - n * flip) / (keep - flip)


def _bounds(owner: str, bounds: Any) -> tuple[float, float]:
    try:
        lo, hi = (float(b) for b in bounds)
    except (TypeError, ValueError) as exc:
        raise InvalidParameterError(f"The 'bounds' parameter of {owner} must be a pair (low, high).") from exc
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise InvalidParameterError(
            f"The 'bounds' parameter of {owner} must be finite with low < high. Got ({lo!r}, {hi!r})."
        )
    return lo, hi


def _one_quantile(sorted_values: np.ndarray, q: float, lo: float, hi: float, epsilon: float) -> float:
    n = sorted_values.size
    edges = np.concatenate([[lo], sorted_values, [hi]])
    lengths = np.diff(edges)
    ranks = np.arange(n + 1, dtype=np.float64)  # number of values below interval i
    utility = -np.abs(ranks - q * n)
    usable = lengths > 0
    # exp(eps/2 * u) * length  ==  exp(eps/2 * (u + 2/eps * log length)): Gumbel-max with scale 2/eps
    scores = utility[usable] + (2.0 / epsilon) * np.log(lengths[usable])
    chosen = int(np.flatnonzero(usable)[_noise.gumbel_argmax(scores, scale=2.0 / epsilon)])
    left, right = edges[chosen], edges[chosen + 1]
    point = left + float(_noise.uniform(1)[0]) * (right - left)
    return float(min(max(point, left), right))


def quantile(values: Any, q: float | Sequence[float], *, bounds: tuple[float, float], epsilon: float) -> Any:
    """DP q-quantile(s) of ``values`` within public ``bounds``, by the exponential mechanism over the gaps
    between sorted values (each gap weighted by its length).

    Privacy: epsilon-DP (pure) under add/remove or replace of one row: the utility ``-|rank - q n|`` has
    sensitivity 1 (Smith 2011; Gillenwater, Joseph and Kulesza 2021). Values are clipped into ``bounds``
    first; ``bounds`` must be public (not read from the data). For several quantiles each gets
    ``epsilon / len(q)`` (sequential composition); charge the event once with the total ``epsilon``.
    Selection uses OpenDP's exact noisy-max sampler; the point within the chosen gap uses 53 CSPRNG bits.
    """
    owner = "quantile"
    epsilon = check_epsilon(owner, epsilon)
    lo, hi = _bounds(owner, bounds)
    array = finite_array(owner, "values", values).ravel()
    qs = np.atleast_1d(np.asarray(q, dtype=np.float64))
    if qs.ndim != 1 or qs.size == 0 or not np.all((qs >= 0) & (qs <= 1)):
        raise InvalidParameterError(f"The 'q' parameter of {owner} must be in [0, 1] (or a list of such).")
    sorted_values = np.sort(np.clip(array, lo, hi))
    share = epsilon / qs.size
    out = np.array([_one_quantile(sorted_values, float(x), lo, hi, share) for x in qs])
    return float(out[0]) if np.ndim(q) == 0 else out


def _threshold(epsilon: float, buckets: int, failure_probability: float) -> int:
    # P[DiscreteLaplace(1/eps) >= t] = r^t / (1 + r) with r = e^-eps; union bound over empty buckets.
    r = math.exp(-epsilon)
    return max(1, math.ceil(math.log(failure_probability * (1 + r) / buckets) / math.log(r)))


def private_bounds(
    values: Any,
    *,
    epsilon: float,
    neighbouring: str = "add_remove_row",
    min_exponent: int = -32,
    max_exponent: int = 64,
    failure_probability: float = 1e-6,
) -> tuple[float, float]:
    """A DP estimate ``(low, high)`` of the range of ``values``, with powers of two as endpoints.

    Counts the values in geometric buckets ``±(2^(j-1), 2^j]`` (plus one bucket for ``|x| <= 2^min_exponent``),
    adds discrete Laplace noise and keeps the outermost buckets whose noisy count clears a threshold set
    so that an EMPTY bucket clears it with probability at most ``failure_probability`` (union bound). The
    range may cut off a few extreme values; clip to it. Use it to set clipping bounds or norm bounds
    without reading them from the data in the clear.

    Privacy: epsilon-DP (pure). Each row falls in exactly one bucket, so the histogram has L1 sensitivity 1
    under add/remove of a row and 2 under replacement (noise scale doubles); the rest is post-processing
    (the "approximate bounds" construction of Wilson et al. 2020, Google's differential privacy library).
    Raises DataError when no bucket clears the threshold (too few rows for this epsilon).
    """
    owner = "private_bounds"
    epsilon = check_epsilon(owner, epsilon)
    if neighbouring not in ("add_remove_row", "replace_row", "add_remove_unit", "replace_unit"):
        raise InvalidParameterError(f"The 'neighbouring' parameter of {owner} is not a known relation.")
    if not (isinstance(min_exponent, int) and isinstance(max_exponent, int) and min_exponent < max_exponent):
        raise InvalidParameterError(f"{owner} needs integer exponents with min_exponent < max_exponent.")
    if not 0 < failure_probability < 1:
        raise InvalidParameterError(f"The 'failure_probability' parameter of {owner} must be in (0, 1).")
    array = finite_array(owner, "values", values).ravel()
    sensitivity = 2 if neighbouring.startswith("replace") else 1
    exps = np.arange(min_exponent + 1, max_exponent + 1)  # positive bucket j holds (2^(j-1), 2^j]
    m = exps.size
    magnitude = np.abs(array)
    small = magnitude <= 2.0**min_exponent
    with np.errstate(divide="ignore"):
        j = np.ceil(np.log2(np.where(small, 1.0, magnitude))).astype(np.int64)
    j = np.clip(j, min_exponent + 1, max_exponent)
    pos = np.bincount((j - min_exponent - 1)[(~small) & (array > 0)], minlength=m)
    neg = np.bincount((j - min_exponent - 1)[(~small) & (array < 0)], minlength=m)
    zero = int(np.sum(small))
    # layout, ascending by value: negative buckets from the largest magnitude down, zero bucket, positive
    counts = np.concatenate([neg[::-1], [zero], pos])
    upper_edges = np.concatenate([-(2.0 ** (exps - 1))[::-1], [2.0**min_exponent], 2.0**exps])
    lower_edges = np.concatenate([-(2.0**exps)[::-1], [-(2.0**min_exponent)], 2.0 ** (exps - 1)])
    noisy = _noise.discrete_laplace_samples(counts, scale=sensitivity / epsilon)
    threshold = _threshold(epsilon / sensitivity, counts.size, failure_probability)
    passing = np.flatnonzero(noisy >= threshold)
    if passing.size == 0:
        raise DataError(
            f"{owner}: no value range stands out of the noise at epsilon={epsilon:g} "
            "(too few rows for this epsilon); give bounds from the schema or raise epsilon."
        )
    return float(lower_edges[passing[0]]), float(upper_edges[passing[-1]])


def private_norm_bound(
    rows: Any,
    *,
    epsilon: float,
    ord: float = 2,
    neighbouring: str = "add_remove_row",
    failure_probability: float = 1e-6,
) -> float:
    """A DP upper bound (a power of two) on the norms of ``rows`` (2-D: one row per record), for clipping.

    Privacy: epsilon-DP (pure), exactly :func:`private_bounds` applied to the row norms (each record has
    one norm, so the bucket histogram has the same sensitivity; Wilson et al. 2020). A few of the largest
    norms may exceed the bound; clip rows to it before using it as a sensitivity.
    """
    owner = "private_norm_bound"
    array = finite_array(owner, "rows", rows)
    if array.ndim != 2:
        raise InvalidParameterError(f"The 'rows' parameter of {owner} must be 2-D (one row per record).")
    norms = np.linalg.norm(array, ord=ord, axis=1)
    _, high = private_bounds(norms, epsilon=epsilon, neighbouring=neighbouring, failure_probability=failure_probability)
    return high
