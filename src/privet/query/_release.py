"""Turn bounded aggregates into a DP release on the driver: budget split, partition selection, noise, CIs.

Privacy (add/remove one privacy unit, or one row without a unit): after bounding, a unit touches at most
``L = max_partitions`` partitions with at most ``C = max_contributions`` rows each. Per aggregate, with its
share ``eps_a`` of epsilon (Laplace mechanism, Dwork et al. 2006, L1 sensitivity over all partitions):

* count: ``L*C``; count_distinct_units: ``L``; sum over ``[lo, hi]``: ``L*C*max(|lo|, |hi|)``;
* mean: half of ``eps_a`` on the sum of values centred on ``(lo+hi)/2`` (``L*C*(hi-lo)/2``), half on their
  count (``L*C``); histogram: ``L*C`` over all bins;
* quantile: per partition and per q, three runs of the exponential mechanism (McSherry & Talwar 2007;
  Smith 2011) over the ``m = 1,024`` equal bins between the bounds, sharing ``eps_q = eps_a / (L * len(q))``:
  the point estimate at ``eps_q / 2`` and the two interval endpoints at ``eps_q / 4`` each. A bin's score is
  minus the distance from a target rank ``t`` to the bin's rank interval ``[below_b, below_b+1]`` (values
  before it, and through it, among the ``n`` bounded non-null values); the first bin's interval extends to
  ``-inf`` and the last one's to ``+inf``, so some bin always scores 0. Adding or removing a unit moves
  ``below``, ``n`` and ``t = q*n + const`` by at most ``C`` in the same direction: score sensitivity ``C``.
  Interval: a run at Gumbel scale ``s = 2C/eps'`` chooses a bin farther than ``tau = s*ln(m/beta)`` ranks
  from its target with probability at most ``m*exp(-tau/s) = beta``. The lower endpoint (left edge of its
  bin) runs at target ``q*n - tau - 1``, the upper (right edge) at ``q*n + tau + 1``; with
  ``beta = (1 - confidence)/2`` each, every order statistic ``x_(k)`` (0-based) with ``q*n - 2 < k < q*n + 1``
  of the clipped values (any usual quantile definition, and interpolations between two of them) lies in
  ``[low, high]`` with probability at least ``confidence``; the point is then clipped into its interval
  (post-processing). Each run samples the exponential law in two stages (a block of ~32 bins, then a bin in
  it: ``exponential_mechanism``); the block scores are log-sum-exps computed in floating point, whose
  rounding (a privacy-loss error of about 1e-16 times the rows of the partition over the Gumbel scale) is the only
  departure from the exact law. Trade-off: the point estimate gets half of ``eps_q``, so its rank
  error is twice that of a point-only release; the interval is conservative (union bound over all bins)
  and at the bin resolution ``(hi - lo) / 1024``.

Without public keys, partitions are chosen by Gaussian thresholding (Wilson et al. 2020; Google's DP
library): the number of distinct units ``n`` (L2 sensitivity ``sqrt(L)``) gets ``N(0, sigma^2)`` noise
with ``sigma`` the analytic Gaussian (Balle & Wang 2018) for ``(eps_s, delta/2)``; a partition is released
when ``n + noise > 1 + sigma * Phi^-1(1 - delta / (2L))``, so a partition that exists only because of one
unit appears with probability at most ``delta/2`` over all of its ``L`` partitions. The release is
``(sum of eps shares, delta)``-DP by basic composition, charged as ONE ledger event.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any

import numpy as np
import polars as pl

from privet.dp import analytic_gaussian_sigma, gaussian_noise, laplace
from privet.dp._noise import gumbel_argmax
from privet.errors import InvalidParameterError
from privet.query._plan import BIN, BIN_COUNT, ROWS, UNITS, Aggregate, Bounded, Plan

__all__ = [
    "Budget",
    "Mechanism",
    "SELECTION",
    "exponential_mechanism",
    "noisy_release",
    "release_probability",
    "split_budget",
]

SELECTION = "partition_selection"
_STANDARD_NORMAL = NormalDist()  # stdlib: keeps scipy out of `import privet`
_SCALE_SLACK = 1.0 + 1e-6  # the Laplace sampler's grid slack is < 1e-9 of the scale; widen CIs by more


@dataclass(frozen=True)
class Mechanism:
    """The noise one output gets: name, epsilon share, L1 sensitivity and Laplace scale (per component)."""

    output: str
    kind: str
    epsilon: float
    delta: float = 0.0
    sensitivity: float = 0.0
    scale: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "mechanism": self.kind,
            "epsilon": self.epsilon,
            "delta": self.delta,
            "sensitivity": self.sensitivity,
            "scale": self.scale,
        }


@dataclass
class Budget:
    """An explicit split of (epsilon, delta) over the outputs and partition selection."""

    epsilon: float
    delta: float
    shares: dict[str, float] = field(default_factory=dict)  # output -> epsilon
    selection: bool = False

    @property
    def delta_used(self) -> float:
        return self.delta if self.selection else 0.0


def split_budget(
    plan: Plan, *, epsilon: float, delta: float, private_selection: bool, split: Mapping[str, float] | None
) -> Budget:
    """Split epsilon over the aggregates (and selection) by ``split`` weights, equal by default."""
    names = [a.output for a in plan.aggregates] + ([SELECTION] if private_selection else [])
    if split is None:
        weights = dict.fromkeys(names, 1.0)
    else:
        unknown = sorted(set(split) - set(names))
        missing = sorted(set(names) - set(split))
        if unknown or missing:
            raise InvalidParameterError(
                "The 'split' parameter must give one weight per output"
                + (f" and '{SELECTION}'" if private_selection else "")
                + f": expected {names}; unknown {unknown}, missing {missing}."
            )
        weights = {}
        for name in names:
            w = split[name]
            if isinstance(w, bool) or not isinstance(w, int | float) or not math.isfinite(w) or w <= 0:
                raise InvalidParameterError(f"The 'split' weight of {name!r} must be a number > 0. Got {w!r}.")
            weights[name] = float(w)
    total = math.fsum(weights.values())
    shares = {name: epsilon * w / total for name, w in weights.items()}
    if private_selection and not delta > 0:
        raise InvalidParameterError(
            "The 'delta' parameter must be > 0 when the group keys are not public: private partition selection "
            "needs it (e.g. delta=1e-6). Otherwise give public_keys."
        )
    return Budget(epsilon=epsilon, delta=delta, shares=shares, selection=private_selection)


def selection_parameters(*, epsilon: float, delta: float, max_partitions: int) -> tuple[float, float]:
    """``(sigma, threshold)`` of Gaussian thresholding for ``(epsilon, delta)`` and ``L`` partitions per unit."""
    sigma = analytic_gaussian_sigma(epsilon=epsilon, delta=delta / 2, sensitivity=math.sqrt(max_partitions))
    # 1 + sigma * Phi^-1(1 - x) written as -Phi^-1(x), which stays exact for tiny x = delta / 2L
    threshold = 1.0 - sigma * _STANDARD_NORMAL.inv_cdf(delta / (2 * max_partitions))
    return sigma, threshold


def release_probability(units: float, *, epsilon: float, delta: float, max_partitions: int) -> float:
    """Probability that a partition with ``units`` distinct units is released under private selection."""
    sigma, threshold = selection_parameters(epsilon=epsilon, delta=delta, max_partitions=max_partitions)
    return _STANDARD_NORMAL.cdf((units - threshold) / sigma)


def _laplace(values: np.ndarray, *, sensitivity: float, epsilon: float) -> np.ndarray:
    if values.size == 0:
        return values.astype(float)
    return np.asarray(laplace(values.astype(float), sensitivity=sensitivity, epsilon=epsilon), dtype=float)


def _count_columns(name: str, noisy: np.ndarray, half: float) -> list[pl.Series]:
    value = np.maximum(np.rint(noisy), 0).astype(np.int64)
    lo = np.maximum(np.floor(noisy - half), 0).astype(np.int64)
    hi = np.maximum(np.ceil(noisy + half), 0).astype(np.int64)
    return [pl.Series(name, value), pl.Series(f"{name}_ci_low", lo), pl.Series(f"{name}_ci_high", hi)]


def _mean_interval(s: np.ndarray, n: np.ndarray, ts: float, tn: float, agg: Aggregate) -> tuple[np.ndarray, ...]:
    """Union-bound interval for (centred sum)/(count): extremes of the ratio over the box, within bounds."""
    lo, hi = agg.bounds  # type: ignore[misc]
    half = (hi - lo) / 2.0
    n_lo = np.maximum(n - tn, 1.0)
    n_hi = np.maximum(n + tn, 1.0)
    corners = np.stack([(s - ts) / n_lo, (s - ts) / n_hi, (s + ts) / n_lo, (s + ts) / n_hi])
    low = np.clip(corners.min(axis=0), -half, half) + agg.midpoint
    high = np.clip(corners.max(axis=0), -half, half) + agg.midpoint
    value = np.clip(s / np.maximum(n, 1.0), -half, half) + agg.midpoint
    return value, low, high


def noisy_release(
    bounded: Bounded, plan: Plan, budget: Budget, *, confidence: float
) -> tuple[pl.DataFrame, list[Mechanism]]:
    """Select partitions and add noise; return the released table and the mechanisms used."""
    keys = list(plan.keys)
    L, C = plan.max_partitions, plan.max_contributions
    alpha = 1.0 - confidence
    parts = bounded.partitions
    mechanisms: list[Mechanism] = []
    if plan.public_keys is not None or not keys:
        frame = plan.public_keys if keys else pl.DataFrame({"__one": [0]})
        assert frame is not None
        if keys:
            parts = frame.join(parts, on=keys, how="left", nulls_equal=True)
        else:
            parts = parts if parts.height else parts.clear(1)
        parts = parts.with_columns(pl.col(c).fill_null(0) for c in parts.columns if c.startswith("__") and c != "__one")
    else:
        eps_s = budget.shares[SELECTION]
        sigma, threshold = selection_parameters(epsilon=eps_s, delta=budget.delta, max_partitions=L)
        noisy_units = parts[UNITS].to_numpy().astype(float) + gaussian_noise(parts.height, sigma=sigma)
        parts = parts.filter(pl.Series(noisy_units > threshold))
        mechanisms.append(Mechanism(SELECTION, "gaussian_thresholding", eps_s, budget.delta, math.sqrt(L), sigma))
    if keys:
        parts = parts.sort(keys, nulls_last=True)
    out: list[pl.Series] = [parts[k] for k in keys]
    for agg in plan.aggregates:
        eps = budget.shares[agg.output]
        name = agg.output
        if agg.kind in ("count", "count_distinct_units"):
            sens = float(L * C) if agg.kind == "count" else float(L)
            exact = parts[ROWS if agg.kind == "count" else UNITS].to_numpy()
            noisy = _laplace(exact, sensitivity=sens, epsilon=eps)
            scale = sens / eps * _SCALE_SLACK
            out += _count_columns(name, noisy, scale * math.log(1 / alpha))
            mechanisms.append(Mechanism(name, "laplace", eps, 0.0, sens, scale))
        elif agg.kind == "sum":
            lo, hi = agg.bounds  # type: ignore[misc]
            sens = L * C * max(abs(lo), abs(hi))
            noisy = _laplace(parts[agg.sum_column].to_numpy(), sensitivity=sens, epsilon=eps)
            half = sens / eps * _SCALE_SLACK * math.log(1 / alpha)
            out += [pl.Series(name, noisy), pl.Series(f"{name}_ci_low", noisy - half)]
            out += [pl.Series(f"{name}_ci_high", noisy + half)]
            mechanisms.append(Mechanism(name, "laplace", eps, 0.0, sens, sens / eps * _SCALE_SLACK))
        elif agg.kind == "mean":
            lo, hi = agg.bounds  # type: ignore[misc]
            s_sens, n_sens = L * C * (hi - lo) / 2.0, float(L * C)
            s = _laplace(parts[agg.sum_column].to_numpy(), sensitivity=s_sens, epsilon=eps / 2)
            n = _laplace(parts[agg.n_column].to_numpy(), sensitivity=n_sens, epsilon=eps / 2)
            ts = s_sens / (eps / 2) * _SCALE_SLACK * math.log(2 / alpha)
            tn = n_sens / (eps / 2) * _SCALE_SLACK * math.log(2 / alpha)
            value, low, high = _mean_interval(s, n, ts, tn, agg)
            out += [pl.Series(name, value), pl.Series(f"{name}_ci_low", low), pl.Series(f"{name}_ci_high", high)]
            mechanisms.append(Mechanism(f"{name}.sum", "laplace", eps / 2, 0.0, s_sens, s_sens / (eps / 2)))
            mechanisms.append(Mechanism(f"{name}.count", "laplace", eps / 2, 0.0, n_sens, n_sens / (eps / 2)))
        elif agg.kind == "histogram":
            counts = _bin_matrix(bounded.bins[name], parts, keys, len(agg.edges) - 1)
            sens = float(L * C)
            noisy = _laplace(counts, sensitivity=sens, epsilon=eps).reshape(counts.shape)
            half = sens / eps * _SCALE_SLACK * math.log(1 / alpha)
            value = np.maximum(np.rint(noisy), 0).astype(np.int64)
            low = np.maximum(np.floor(noisy - half), 0).astype(np.int64)
            high = np.maximum(np.ceil(noisy + half), 0).astype(np.int64)
            out += [
                pl.Series(name, value.tolist(), dtype=pl.List(pl.Int64)),
                pl.Series(f"{name}_ci_low", low.tolist(), dtype=pl.List(pl.Int64)),
                pl.Series(f"{name}_ci_high", high.tolist(), dtype=pl.List(pl.Int64)),
            ]
            mechanisms.append(Mechanism(name, "laplace", eps, 0.0, sens, sens / eps * _SCALE_SLACK))
        else:  # quantile
            counts = _bin_matrix(bounded.bins[name], parts, keys, len(agg.bin_edges) - 1)
            eps_q = eps / (L * len(agg.q))
            point_scale, end_scale = 2.0 * C / (eps_q / 2), 2.0 * C / (eps_q / 4)
            released = _quantiles(counts, agg, point_scale=point_scale, end_scale=end_scale, beta=alpha / 2)
            for j, q in enumerate(agg.q):
                label = name if len(agg.q) == 1 else f"{name}_{_q_label(q)}"
                value, low, high = released[:, j, 0], released[:, j, 1], released[:, j, 2]
                out += [pl.Series(label, value), pl.Series(f"{label}_ci_low", low)]
                out += [pl.Series(f"{label}_ci_high", high)]
            mechanisms.append(Mechanism(name, "exponential", eps / 2, 0.0, float(C), point_scale))
            mechanisms.append(Mechanism(f"{name}.ci_low", "exponential", eps / 4, 0.0, float(C), end_scale))
            mechanisms.append(Mechanism(f"{name}.ci_high", "exponential", eps / 4, 0.0, float(C), end_scale))
    return pl.DataFrame(out), mechanisms


def exponential_mechanism(scores: np.ndarray, *, scale: float) -> int:
    """Index ``b`` drawn with probability proportional to ``exp(scores[b] / scale)``, in two stages.

    First a block of about ``sqrt(m)`` consecutive candidates, by Gumbel arg-max over each block's
    ``scale * log(sum(exp(scores / scale)))``, then a candidate in that block by Gumbel arg-max over its
    scores: ``P(block) * P(b | block)`` is the one-stage law (up to the float rounding of the block scores,
    ~1e-16 relative), with ~``2 sqrt(m)`` Gumbel samples instead of ``m`` (OpenDP's exact sampler costs
    microseconds each).
    """
    m = len(scores)
    width = max(1, math.isqrt(m - 1) + 1) if m > 1 else 1
    if m <= 2 * width:
        return gumbel_argmax(scores, scale=scale)
    starts = np.arange(0, m, width)
    top = np.maximum.reduceat(scores, starts)
    spread = np.exp((scores - np.repeat(top, np.diff(np.append(starts, m)))) / scale)
    block_scores = top + scale * np.log(np.add.reduceat(spread, starts))
    block = gumbel_argmax(block_scores, scale=scale)
    start = int(starts[block])
    return start + gumbel_argmax(scores[start : start + width], scale=scale)


def _rank_scores(below: np.ndarray, target: float) -> np.ndarray:
    """Minus the distance from rank ``target`` to each bin's rank interval ``[below[b], below[b+1]]``.

    The first interval extends to -inf and the last to +inf, so some bin scores 0 for any target.
    """
    low, high = below[:-1].copy(), below[1:].copy()
    low[0], high[-1] = -np.inf, np.inf
    return -np.maximum(0.0, np.maximum(low - target, target - high))


def _quantiles(counts: np.ndarray, agg: Aggregate, *, point_scale: float, end_scale: float, beta: float) -> np.ndarray:
    """(partitions x len(q) x 3): point estimate, interval low and high, per partition and q (see module doc)."""
    edges = agg.bin_edges
    mids = (edges[:-1] + edges[1:]) / 2.0
    tau = end_scale * math.log((len(edges) - 1) / beta) * _SCALE_SLACK
    out = np.empty((counts.shape[0], len(agg.q), 3))
    for i, row in enumerate(counts):
        below = np.concatenate([[0.0], np.cumsum(row)])
        for j, q in enumerate(agg.q):
            target = q * below[-1]
            point = exponential_mechanism(_rank_scores(below, target), scale=point_scale)
            low = edges[exponential_mechanism(_rank_scores(below, target - tau - 1.0), scale=end_scale)]
            high = edges[exponential_mechanism(_rank_scores(below, target + tau + 1.0), scale=end_scale) + 1]
            low, high = min(low, high), max(low, high)  # both endpoints failing could cross them
            out[i, j] = (min(max(mids[point], low), high), low, high)  # post-processing: the point inside
    return out


def _q_label(q: float) -> str:
    return f"p{q * 100:g}".replace(".", "_")


def _bin_matrix(bins: pl.DataFrame, parts: pl.DataFrame, keys: list[str], width: int) -> np.ndarray:
    """Dense (partitions x bins) counts for the released partitions, in their order."""
    index = parts.select(keys).with_row_index("__row") if keys else pl.DataFrame({"__row": [0] * parts.height})
    if keys:
        cells = index.join(bins, on=keys, how="inner", nulls_equal=True)
    else:
        cells = bins.with_columns(pl.lit(0, pl.UInt32).alias("__row")) if parts.height else bins.clear()
    matrix = np.zeros((parts.height, width), dtype=float)
    if cells.height:
        np.add.at(
            matrix,
            (cells["__row"].to_numpy().astype(np.int64), cells[BIN].to_numpy().astype(np.int64)),
            cells[BIN_COUNT].to_numpy().astype(float),
        )
    return matrix
