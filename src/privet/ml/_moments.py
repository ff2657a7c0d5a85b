"""DP counts, sums and sums of squares per group: the statistics behind GaussianNB and StandardScaler."""

from __future__ import annotations

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
    """Per-group moments of ``x`` (clipped to [lower, upper]) with epsilon-DP, in two passes.

    Privacy: epsilon-DP under add/remove-one-row, Laplace mechanism (Dwork et al. 2006) on three releases
    at ``shares`` (summing to 1) of epsilon, composed sequentially (the third depends on the first two's
    output, adaptive composition). (1) The group counts: L1 sensitivity 1, a row is in one group.
    (2) The sums of ``x - mid``, ``mid``/``h`` the centre and half-width of the public bounds: a row moves
    feature j's sum by at most ``h_j``; Laplace scale ``d h_j / eps_sum`` per feature, so the L1 loss adds
    up to eps_sum over the d features. (3) With ``mu`` the released mean of (1)-(2), the sums of
    ``(x - mu)^2 - s^2/2`` where ``s = max(mu - lower, upper - mu)`` (per group and feature): a row moves
    one by at most ``s^2/2``; scale ``d s^2 / (2 eps_sq)``. Centring at the released mean (as Vaidya et
    al. 2013 and diffprivlib do) avoids estimating the variance as a difference of two large noisy
    moments, which for a feature piled at one end of wide bounds (capital-gain) is wrong by more than
    the variance itself; shifting by ``s^2/2`` halves that release's sensitivity. Everything after the
    releases is post-processing: the mean is clipped to the bounds and the variance to
    [0, (mean - lower)(upper - mean)] (Bhatia and Davis 2000: the largest variance of a variable in
    [lower, upper] with that mean).
    """
    eps_count, eps_sum, eps_sq = (share * epsilon for share in shares)
    mid = (lower + upper) / 2
    half = (upper - lower) / 2
    clipped = np.clip(x, lower, upper)
    d = x.shape[1]
    counts = np.bincount(groups, minlength=n_groups).astype(float)
    sums = np.zeros((n_groups, d))
    np.add.at(sums, groups, clipped - mid)
    # Integer counts + grid noise (grid 2**k <= 1): the output is a function of the exact lattice point,
    # so raw noise is safe for them. The float sums go through privet.dp's safe API (per-feature scales,
    # grid-rounding slack absorbed by release_laplace).
    counts = counts + laplace_noise(counts.shape, scale=1.0 / eps_count)
    sums = release_laplace(sums, np.broadcast_to(d * half / eps_sum, sums.shape), loss=eps_sum)
    n_hat = np.maximum(counts, 1.0)[:, None]
    mean = np.clip(sums / n_hat, -half, half) + mid
    centre = _best_centre(mean, n_hat, lower, upper, d=d, eps_count=eps_count, eps_sum=eps_sum, eps_sq=eps_sq)
    spread = np.maximum(centre - lower, upper - centre)  # the largest |x - centre| within the bounds
    shift = spread * spread / 2
    squares = np.zeros((n_groups, d))
    np.add.at(squares, groups, (clipped - centre[groups]) ** 2 - shift[groups])
    sq_scale = d * shift / eps_sq
    squares = release_laplace(squares, sq_scale, loss=eps_sq)
    ceiling = (mean - lower) * (upper - mean)  # Bhatia-Davis: var <= (mean - lower)(upper - mean)
    var = np.clip(squares / n_hat + shift - (mean - centre) ** 2, 0.0, ceiling)
    var_noise = np.sqrt(_var_noise2(centre, mean, n_hat, lower, upper, d, eps_count, eps_sum, eps_sq))
    return Moments(count=np.maximum(counts, 0.0), mean=mean, var=var, var_noise=var_noise)


def _var_noise2(
    centre: np.ndarray,
    mean: np.ndarray,
    n_hat: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    d: int,
    eps_count: float,
    eps_sum: float,
    eps_sq: float,
) -> np.ndarray:
    """Predicted variance of the variance estimate with its squares centred at ``centre``.

    Three Laplace sources (variance ``2 scale^2`` each): the squares' own noise, the count's through the
    shift ``s^2/2``, and the mean's through ``(mean - centre)^2`` (first order: ``2 |mean - centre|``
    times the mean's error, itself from the sums' and the count's noise).
    """
    half = (upper - lower) / 2
    spread = np.maximum(centre - lower, upper - centre)
    shift = spread * spread / 2
    mean_err2 = 2 * ((d * half / eps_sum) ** 2 + ((mean - (lower + upper) / 2) / eps_count) ** 2) / n_hat**2
    return 2 * ((d * shift / eps_sq) ** 2 + (shift / eps_count) ** 2) / n_hat**2 + 4 * (mean - centre) ** 2 * mean_err2


def _best_centre(
    mean: np.ndarray,
    n_hat: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    *,
    d: int,
    eps_count: float,
    eps_sum: float,
    eps_sq: float,
) -> np.ndarray:
    """Per group and feature, the centre on [mid, released mean] with the least predicted variance error.

    Centring at the bounds' midpoint gives the squares the smallest sensitivity but estimates the
    variance as a difference of two noisy moments; centring at the released mean avoids that but widens
    the squares' range when the mean sits near a bound. The choice reads only released values and the
    public bounds (post-processing).
    """
    mid = (lower + upper) / 2
    steps = np.linspace(0.0, 1.0, 21)[:, None, None]
    candidates = mid + steps * (mean - mid)[None]
    errors = np.stack([_var_noise2(c, mean, n_hat, lower, upper, d, eps_count, eps_sum, eps_sq) for c in candidates])
    best = np.argmin(errors, axis=0)
    return np.take_along_axis(candidates, best[None], axis=0)[0]
