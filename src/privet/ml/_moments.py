"""DP counts, sums and sums of squares per group: the statistics behind GaussianNB and StandardScaler."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from privet.dp import laplace_noise
from privet.ml._base import release_laplace

__all__ = ["Moments", "noisy_moments"]

EQUAL_SHARES = (1 / 3, 1 / 3, 1 / 3)


@dataclass(frozen=True)
class Moments:
    """Noisy per-group count (k,), mean (k, d), variance (k, d) and the variance's noise std (k, d)."""

    count: np.ndarray
    mean: np.ndarray
    var: np.ndarray
    var_noise: np.ndarray


def noisy_moments(
    x: np.ndarray,
    groups: np.ndarray,
    n_groups: int,
    lower: np.ndarray,
    upper: np.ndarray,
    *,
    epsilon: float,
    shares: tuple[float, float, float] = EQUAL_SHARES,
) -> Moments:
    """Per-group moments of ``x`` (clipped to [lower, upper]) with epsilon-DP.

    Privacy: epsilon-DP under add/remove-one-row, Laplace mechanism (Dwork et al. 2006) on three releases
    at ``shares`` (summing to 1) of epsilon: the group counts (L1 sensitivity 1: a row is in one group),
    the sums of ``c = x - mid`` and the sums of ``c^2 - h^2/2``, with ``mid``/``h`` the centre and
    half-width of the public bounds. A row changes its group's sum of feature j by ``|c_j| <= h_j`` and
    its sum of squares by ``|c_j^2 - h_j^2/2| <= h_j^2/2`` (centring the squares halves their
    sensitivity); feature j gets Laplace scale ``d h_j / eps_sum`` (``d h_j^2 / (2 eps_sq)`` for the
    squares), so the L1 privacy loss adds up to each release's share over the d features and wide
    features do not drown narrow ones. Everything after the releases is post-processing: the mean is
    clipped to the bounds and the variance to [0, (mean - lower)(upper - mean)] (Bhatia and Davis 2000:
    the largest variance of a variable in [lower, upper] with that mean).
    """
    eps_count, eps_sum, eps_sq = (share * epsilon for share in shares)
    mid = (lower + upper) / 2
    half = (upper - lower) / 2
    centred = np.clip(x, lower, upper) - mid
    d = x.shape[1]
    counts = np.bincount(groups, minlength=n_groups).astype(float)
    sums = np.zeros((n_groups, d))
    squares = np.zeros((n_groups, d))
    np.add.at(sums, groups, centred)
    np.add.at(squares, groups, centred * centred - half * half / 2)
    # Integer counts + grid noise (grid 2**k <= 1): the output is a function of the exact lattice point,
    # so raw noise is safe for them. The float sums and squares go through privet.dp's safe API (one
    # release, per-feature scales, L1 loss eps_sum + eps_sq; grid-rounding slack absorbed by release_laplace).
    counts = counts + laplace_noise(counts.shape, scale=1.0 / eps_count)
    sum_scale = np.broadcast_to(d * half / eps_sum, sums.shape)
    sq_scale = np.broadcast_to(d * half * half / (2 * eps_sq), squares.shape)
    noisy = release_laplace(
        np.concatenate([sums, squares]), np.concatenate([sum_scale, sq_scale]), loss=eps_sum + eps_sq
    )
    sums, squares = noisy[:n_groups], noisy[n_groups:]
    n_hat = np.maximum(counts, 1.0)[:, None]
    mean = np.clip(sums / n_hat, -half, half)
    second = squares / n_hat + half * half / 2  # noisy mean of c^2
    ceiling = (mean + half) * (half - mean)  # Bhatia-Davis: var <= (mean - lower)(upper - mean)
    var = np.clip(second - mean * mean, 0.0, ceiling)
    # Standard deviation of the variance's noise (squares' Laplace plus the count's through h^2/2 / n).
    var_noise = math.sqrt(2.0) * np.sqrt(sq_scale**2 + (half * half / (2 * eps_count)) ** 2) / n_hat
    return Moments(count=np.maximum(counts, 0.0), mean=mean + mid, var=var, var_noise=var_noise)
