"""Privacy-relevant sampling randomness: Poisson subsampling masks and uniform shuffles (OpenDP CSPRNG)."""

from __future__ import annotations

from typing import Any

import numpy as np

from privet.dp import _noise
from privet.dp._validate import check_probability
from privet.errors import InvalidParameterError

__all__ = ["shuffle_indices", "subsample_mask"]


def _size(owner: str, n: Any) -> int:
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 0:
        raise InvalidParameterError(f"The 'n' parameter of {owner} must be an int >= 0. Got {n!r}.")
    return int(n)


def subsample_mask(n: int, *, rate: float) -> np.ndarray:
    """A boolean mask over ``n`` rows, each True independently with probability ``rate`` (Poisson sampling).

    Privacy: spends nothing; it is the sampling that privacy amplification by subsampling (e.g. DP-SGD,
    Abadi et al. 2016; Mironov, Talwar and Zhang 2019) assumes, so it must come from a CSPRNG and be
    independent per row. Draws come from OpenDP's CSPRNG; each row's probability is ``rate`` to 2**-64.
    """
    owner = "subsample_mask"
    size = _size(owner, n)
    rate = check_probability(owner, "rate", rate)
    return _noise.bernoulli(size, p=rate)


def shuffle_indices(n: int) -> np.ndarray:
    """A uniformly random permutation of ``0..n-1`` (e.g. for shuffled mini-batches), from OpenDP's CSPRNG."""
    return _noise.permutation(_size("shuffle_indices", n))
