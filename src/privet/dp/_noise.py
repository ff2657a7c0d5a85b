"""The ONLY source of privacy randomness in privet (DESIGN.md §5).

Every privacy-relevant draw — additive noise, selection, randomized response, subsampling, shuffling —
goes through this module, and this module draws only from OpenDP:

* Additive noise uses OpenDP's exact samplers: ``make_laplace`` / ``make_geometric`` (discrete Laplace on
  the grid ``2**k``) and ``make_gaussian`` (discrete Gaussian on the grid ``2**k``), after OpenDP rounds
  the input onto the same grid. No floating-point inverse-CDF sampling is involved, so the releases are
  not open to the least-significant-bit attack of Mironov (CCS 2012). Canonne, Kamath and Steinke
  (NeurIPS 2020) give the exact samplers.
* Uniform bits come from ``opendp._data.fill_bytes``, the same CSPRNG OpenDP's samplers read. The
  installed OpenDP 0.16 wheel is built with its default ``use-openssl`` feature: the shared library
  statically links OpenSSL, and ``fill_bytes`` calls OpenSSL's ``RAND_bytes`` (a NIST SP 800-90A
  CTR-DRBG seeded from the operating system via ``getrandom``, reseeded after ``fork``).
  ``tests/dp/test_additive.py`` checks the library exports ``fill_bytes`` and carries OpenSSL's DRBG,
  that the bits are fair, and that forked processes draw different streams.
* Throughput (bench/dp_core.py): tens of thousands of exact samples per second, about the speed of
  diffprivlib and ~1000x slower than numpy's (unsafe) floating-point samplers.

No function here takes a seed. The test-only seam :func:`fixed_noise` replaces every draw with a fixed,
documented value; whatever is made under it is marked not private (:func:`is_private`) and the
:class:`~privet.dp.Ledger` refuses to record it.
"""

from __future__ import annotations

import contextvars
import ctypes
import functools
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from privet.errors import BackendError

__all__ = [
    "bernoulli",
    "discrete_gaussian_samples",
    "discrete_laplace_samples",
    "fixed_noise",
    "gaussian_samples",
    "grid_exponent",
    "gumbel_argmax",
    "is_private",
    "laplace_samples",
    "noisy_max",
    "permutation",
    "random_uint64",
    "randomized_response_indices",
    "uniform",
    "uniform_below",
]

# Noise is sampled on the grid 2**k with 2**k about 2**-GRID_BITS times the noise scale.
GRID_BITS = 50
_MIN_K = -1074


@dataclass(frozen=True)
class _Seam:
    value: float


_SEAM: contextvars.ContextVar[_Seam | None] = contextvars.ContextVar("privet_dp_fixed_noise", default=None)
_OPENDP_READY = False


@contextmanager
def fixed_noise(value: float = 0.0) -> Iterator[None]:
    """TEST-ONLY seam: replace every privacy draw with a fixed value inside the ``with`` block.

    Under the seam additive noise is exactly ``value`` (rounded for integer mechanisms), selections return
    the arg-max of the scores, Bernoulli draws return ``p >= 0.5``, randomized response keeps the true
    answer, permutations are the identity and uniform draws return the midpoint. :func:`is_private` is
    False inside the block; events made there carry ``private=False`` and ``Ledger.spend`` refuses them.
    Never use it outside tests: nothing made under it is differentially private.
    """
    token = _SEAM.set(_Seam(float(value)))
    try:
        yield
    finally:
        _SEAM.reset(token)


def is_private() -> bool:
    """True unless the test-only :func:`fixed_noise` seam is active in this context."""
    return _SEAM.get() is None


def _seam() -> _Seam | None:
    return _SEAM.get()


def _dp():
    """Import OpenDP with the ``contrib`` features on (its samplers are contrib in 0.16)."""
    global _OPENDP_READY
    try:
        import opendp.prelude as dp
    except ImportError as exc:  # pragma: no cover - opendp is a hard dependency
        raise BackendError("OpenDP is not installed; reinstall privet (pip install privet).") from exc
    if not _OPENDP_READY:
        dp.enable_features("contrib")
        _OPENDP_READY = True
    return dp


def _call(what: str, fn, *args):
    try:
        return fn(*args)
    except Exception as exc:  # OpenDPException and ctypes errors
        raise BackendError(f"OpenDP failed while sampling {what}: {type(exc).__name__}.") from exc


@functools.lru_cache(maxsize=256)
def _measurement(kind: str, scale: float, size: int | None = None, k: int | None = None) -> Any:
    """Build (and cache) the OpenDP measurement that samples ``kind`` noise; invoking it draws fresh noise."""
    dp = _dp()
    what = f"{kind.replace('_', ' ')} noise"
    if kind == "laplace":
        domain = dp.vector_domain(dp.atom_domain(T=float, nan=False), size=size)
        return _call(what, dp.m.make_laplace, domain, dp.l1_distance(T=float), scale, k)
    if kind == "gaussian":
        domain = dp.vector_domain(dp.atom_domain(T=float, nan=False), size=size)
        return _call(what, dp.m.make_gaussian, domain, dp.l2_distance(T=float), scale, k)
    if kind == "discrete_laplace":
        domain = dp.vector_domain(dp.atom_domain(T="i64"))
        return _call(what, dp.m.make_geometric, domain, dp.l1_distance(T="i64"), scale)
    if kind == "discrete_gaussian":
        domain = dp.vector_domain(dp.atom_domain(T="i64"))
        return _call(what, dp.m.make_gaussian, domain, dp.l2_distance(T="i64"), scale)
    measure = dp.zero_concentrated_divergence() if kind == "gumbel_max" else dp.max_divergence()
    domain = dp.vector_domain(dp.atom_domain(T=float, nan=False))
    return _call(what, dp.m.make_noisy_max, domain, dp.linf_distance(T=float), measure, scale)


def grid_exponent(scale: float) -> int:
    """The exponent ``k`` of the sampling grid ``2**k`` used for noise of the given scale.

    The grid is ``2**-GRID_BITS`` times the scale (clamped to the smallest subnormal), so rounding the
    input onto it moves a release by a negligible amount; mechanisms add the rounding slack to the
    sensitivity so the privacy guarantee stays exact.
    """
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError("scale must be finite and > 0")
    return max(_MIN_K, math.floor(math.log2(scale)) - GRID_BITS)


def _sample(kind: str, label: str, center: np.ndarray, scale: float, *, k: int | None) -> np.ndarray:
    """``center + noise`` element-wise through one cached OpenDP measurement; ``k=None`` means integers.

    Under the test-only seam returns ``center + value`` (rounded for integers). Shape is kept.
    """
    dtype = np.int64 if k is None else np.float64
    center = np.asarray(center, dtype=dtype)
    seam = _seam()
    if seam is not None:
        return center + (round(seam.value) if k is None else seam.value)
    if center.size == 0:
        return center.copy()
    grid = () if k is None else (int(center.size), int(k))  # float measurements are built per size and grid
    meas = _measurement(kind, float(scale), *grid)
    out = _call(label, meas, np.ascontiguousarray(center, dtype=dtype).ravel().tolist())
    return np.asarray(out, dtype=dtype).reshape(center.shape)


def laplace_samples(center: np.ndarray, *, scale: float, k: int) -> np.ndarray:
    """``center + Laplace(scale)`` element-wise, via OpenDP's exact discrete Laplace on the grid ``2**k``.

    Returns a float64 array of ``center``'s shape. The caller accounts for the input rounding (at most
    ``2**k`` per element). Under the seam returns ``center + value``.
    """
    return _sample("laplace", "Laplace noise", center, scale, k=k)


def gaussian_samples(center: np.ndarray, *, sigma: float, k: int) -> np.ndarray:
    """``center + N(0, sigma^2)`` element-wise, via OpenDP's exact discrete Gaussian on the grid ``2**k``."""
    return _sample("gaussian", "Gaussian noise", center, sigma, k=k)


def discrete_laplace_samples(center: np.ndarray, *, scale: float) -> np.ndarray:
    """``center + DiscreteLaplace(scale)`` on the integers (OpenDP ``make_geometric``), int64 array."""
    return _sample("discrete_laplace", "discrete Laplace noise", center, scale, k=None)


def discrete_gaussian_samples(center: np.ndarray, *, sigma: float) -> np.ndarray:
    """``center + DiscreteGaussian(sigma)`` on the integers (OpenDP ``make_gaussian`` on i64), int64 array."""
    return _sample("discrete_gaussian", "discrete Gaussian noise", center, sigma, k=None)


def _noisy_max(scores: np.ndarray, *, scale: float, gumbel: bool) -> int:
    seam = _seam()
    values = np.ascontiguousarray(scores, dtype=np.float64).ravel()
    if seam is not None:
        return int(np.argmax(values))
    meas = _measurement("gumbel_max" if gumbel else "exponential_max", float(scale))
    return int(_call("a noisy max", meas, values.tolist()))


def gumbel_argmax(scores: np.ndarray, *, scale: float) -> int:
    """``argmax(scores + Gumbel(scale))`` (OpenDP ``make_noisy_max``, Gumbel noise).

    With ``scale = 2*sensitivity/epsilon`` this is exactly the exponential mechanism.
    """
    return _noisy_max(scores, scale=scale, gumbel=True)


def noisy_max(scores: np.ndarray, *, scale: float) -> int:
    """``argmax(scores + Exponential(scale))`` (OpenDP ``make_noisy_max``, exponential noise = permute-and-flip)."""
    return _noisy_max(scores, scale=scale, gumbel=False)


def randomized_response_indices(indices: np.ndarray, *, k: int, keep_probability: float) -> np.ndarray:
    """Keep each index with probability ``keep_probability``, else replace it by one of the other ``k - 1``.

    Vectorised over CSPRNG draws (:func:`bernoulli`, :func:`uniform_below`); the keep probability is exact
    up to 2**-64. Under the seam the indices are returned unchanged.
    """
    indices = np.asarray(indices, dtype=np.int64)
    if _seam() is not None or k < 2:
        return indices.copy()
    keep = bernoulli(indices.size, p=keep_probability)
    other = (indices + 1 + uniform_below(indices.size, bound=k - 1)) % k
    return np.where(keep, indices, other)


_BUFFER_DTYPE = np.uint64


def random_uint64(n: int) -> np.ndarray:
    """``n`` independent uniform 64-bit integers from OpenDP's CSPRNG (``fill_bytes``)."""
    out = np.zeros(int(n), dtype=_BUFFER_DTYPE)
    if n == 0:
        return out
    _dp()
    from opendp._data import fill_bytes

    ptr = ctypes.cast(out.ctypes.data, ctypes.POINTER(ctypes.c_uint8))
    if not fill_bytes(ptr, int(n) * 8):  # pragma: no cover - only on an OS entropy failure
        raise BackendError("OpenDP's CSPRNG failed to produce random bytes.")
    return out


def uniform(n: int) -> np.ndarray:
    """``n`` uniform floats in [0, 1) with 53 random bits each. Under the seam: 0.5."""
    if _seam() is not None:
        return np.full(int(n), 0.5)
    return (random_uint64(n) >> np.uint64(11)).astype(np.float64) * 2.0**-53


def bernoulli(n: int, *, p: float) -> np.ndarray:
    """``n`` independent Bernoulli(p) booleans. Under the seam: all ``p >= 0.5``.

    Compares a uniform 64-bit integer with ``floor(p * 2**64)``: the probability is ``p`` up to 2**-64.
    """
    if not 0.0 <= p <= 1.0:
        raise ValueError("p must be in [0, 1]")
    if _seam() is not None:
        return np.full(int(n), p >= 0.5, dtype=bool)
    if p == 1.0:
        return np.ones(int(n), dtype=bool)
    threshold = np.uint64(min(int(p * 2.0**64), 2**64 - 1))
    return random_uint64(n) < threshold


def uniform_below(n: int, *, bound: int) -> np.ndarray:
    """``n`` independent integers uniform on ``0..bound-1`` (rejection sampling, unbiased)."""
    if not 1 <= bound <= 2**63:
        raise ValueError("bound must be in [1, 2**63]")
    if _seam() is not None:
        return np.zeros(int(n), dtype=np.int64)
    limit = (2**64 // bound) * bound  # accept u < limit: then u % bound is uniform
    out = np.empty(int(n), dtype=np.int64)
    filled = 0
    while filled < n:
        draw = random_uint64(max(16, (n - filled) * 2))
        if limit < 2**64:
            draw = draw[draw < np.uint64(limit)]
        take = draw[: n - filled] % np.uint64(bound)
        out[filled : filled + take.size] = take.astype(np.int64)
        filled += take.size
    return out


def permutation(n: int) -> np.ndarray:
    """A uniformly random permutation of ``0..n-1`` (sort by distinct CSPRNG 64-bit keys). Seam: identity."""
    perm = np.arange(int(n), dtype=np.int64)
    if _seam() is not None or n < 2:
        return perm
    # Sorting by 64-bit random keys is uniform unless two keys tie; redraw ties (probability ~ n^2 / 2^65).
    while True:
        keys = random_uint64(n)
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        if not np.any(sorted_keys[1:] == sorted_keys[:-1]):
            return perm[order]
