"""DP counts, sums and sums of squares per group: the statistics behind GaussianNB and StandardScaler."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from privet.dp import laplace_noise
from privet.ml._base import release_laplace

__all__ = ["Moments", "noisy_moments"]


@dataclass(frozen=True)
class Moments:
    """Noisy per-group count (k,), mean (k, d) and variance (k, d), clipped to the public bounds."""

    count: np.ndarray
    mean: np.ndarray
    var: np.ndarray


def noisy_moments(
    x: np.ndarray, groups: np.ndarray, n_groups: int, lower: np.ndarray, upper: np.ndarray, *, epsilon: float
) -> Moments:
    """Per-group moments of ``x`` (clipped to [lower, upper]) with epsilon-DP.

    Privacy: epsilon-DP under add/remove-one-row, Laplace mechanism (Dwork et al. 2006) on three releases
    at epsilon/3 each: the group counts (L1 sensitivity 1: a row is in one group), the sums of
    ``x - mid`` and the sums of ``(x - mid)^2``, where ``mid``/``halfwidth`` come from the public bounds.
    For the sums each feature j gets Laplace scale ``d * halfwidth_j / (epsilon/3)`` (``halfwidth_j^2`` for
    the squares): a row moves feature j's sum by at most ``halfwidth_j``, so the L1 privacy loss adds up
    to epsilon/3 over the d features, and wide features do not drown narrow ones.
    """
    mid = (lower + upper) / 2
    half = (upper - lower) / 2
    centred = np.clip(x, lower, upper) - mid
    d = x.shape[1]
    counts = np.bincount(groups, minlength=n_groups).astype(float)
    sums = np.zeros((n_groups, d))
    squares = np.zeros((n_groups, d))
    np.add.at(sums, groups, centred)
    np.add.at(squares, groups, centred * centred)
    third = epsilon / 3
    # Integer counts + grid noise (grid 2**k <= 1): the output is a function of the exact lattice point,
    # so raw noise is safe for them. The float sums and squares go through privet.dp's safe API (one
    # release, per-feature scales, L1 loss 2 * epsilon/3; grid-rounding slack absorbed by release_laplace).
    counts = counts + laplace_noise(counts.shape, scale=1.0 / third)
    scales = np.concatenate(
        [np.broadcast_to(d * half / third, sums.shape), np.broadcast_to(d * half * half / third, squares.shape)]
    )
    noisy = release_laplace(np.concatenate([sums, squares]), scales, loss=2 * third)
    sums, squares = noisy[:n_groups], noisy[n_groups:]
    n_hat = np.maximum(counts, 1.0)[:, None]
    mean = np.clip(sums / n_hat, -half, half)
    var = np.clip(squares / n_hat - mean * mean, 0.0, half * half)
    return Moments(count=np.maximum(counts, 0.0), mean=mean + mid, var=var)
