"""Additive mechanisms with REAL noise: laws (KS / chi-square), empirical privacy loss, accuracy, mutation.

False-alarm rate: each statistical assertion fails a correct implementation with probability <= 1e-6
(tests/dp/_stats.py); nothing seeds the privacy noise.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import special, stats

from privet.dp import (
    _noise,
    analytic_gaussian_sigma,
    discrete_gaussian,
    gaussian,
    gaussian_noise,
    geometric,
    laplace,
    laplace_noise,
)
from privet.dp._additive import discrete_gaussian_sigma, gaussian_sigma, laplace_scale
from privet.dp._calibrate import analytic_gaussian_delta, zcdp_epsilon
from privet.errors import InvalidParameterError
from tests.dp._stats import binomial_rate_at_most, chi2_ok, ks_ok, privacy_violation

pytestmark = pytest.mark.statistical

N = 20_000


def test_laplace_law() -> None:
    out = laplace(np.full(N, 3.0), sensitivity=2.0, epsilon=0.5)
    assert out.shape == (N,) and out.dtype == np.float64
    assert ks_ok(out, stats.laplace(loc=3.0, scale=4.0).cdf)
    # The test has power against a 25% error in the scale (200 of 200 runs reject; against 10% it rejected 196 of
    # 200, so this check failed CI about once in 50 runs).
    assert not ks_ok(out, stats.laplace(loc=3.0, scale=3.0).cdf)


def test_laplace_privacy_and_mutation() -> None:
    eps = 1.0
    a = laplace(np.zeros(N), sensitivity=1.0, epsilon=eps)
    b = laplace(np.ones(N), sensitivity=1.0, epsilon=eps)
    assert privacy_violation(a, b, epsilon=eps) <= 0
    # Mutation: the same mechanism with the noise scale halved must be caught.
    scale, k = laplace_scale(sensitivity=1.0, epsilon=eps, size=N)
    bad_a = _noise.laplace_samples(np.zeros(N), scale=scale / 2, k=k)
    bad_b = _noise.laplace_samples(np.ones(N), scale=scale / 2, k=k)
    assert privacy_violation(bad_a, bad_b, epsilon=eps) > 0


def test_laplace_accuracy_bound() -> None:
    beta, scale = 0.01, 1.0 / 0.3
    noise = laplace(np.zeros(N), sensitivity=1.0, epsilon=0.3)
    exceed = int(np.sum(np.abs(noise) > scale * math.log(1 / beta)))  # P[|Lap(b)| > b ln(1/beta)] = beta
    assert binomial_rate_at_most(exceed, N, beta)


def test_gaussian_law_and_calibration() -> None:
    eps, delta = 1.0, 1e-5
    sigma = analytic_gaussian_sigma(epsilon=eps, delta=delta)
    assert sigma == pytest.approx(3.7306, abs=1e-3)  # Balle and Wang 2018, the exact calibration
    assert analytic_gaussian_delta(sigma=sigma, epsilon=eps) <= delta
    assert analytic_gaussian_delta(sigma=sigma * (1 - 1e-9), epsilon=eps) > delta * (1 - 1e-6)
    assert sigma < math.sqrt(2 * math.log(1.25 / delta)) / eps  # tighter than the classical bound
    out = gaussian(np.full(N, -1.0), sensitivity=1.0, epsilon=eps, delta=delta)
    assert ks_ok(out, stats.norm(loc=-1.0, scale=sigma).cdf)
    assert not ks_ok(out, stats.norm(loc=-1.0, scale=sigma * 0.9).cdf)


def test_gaussian_privacy_and_mutation() -> None:
    eps, delta = 1.0, 1e-3
    a = gaussian(np.zeros(N), sensitivity=1.0, epsilon=eps, delta=delta)
    b = gaussian(np.ones(N), sensitivity=1.0, epsilon=eps, delta=delta)
    assert privacy_violation(a, b, epsilon=eps, delta=delta) <= 0
    sigma, k = gaussian_sigma(sensitivity=1.0, epsilon=eps, delta=delta, size=N)
    bad_a = _noise.gaussian_samples(np.zeros(N), sigma=sigma / 2, k=k)
    bad_b = _noise.gaussian_samples(np.ones(N), sigma=sigma / 2, k=k)
    assert privacy_violation(bad_a, bad_b, epsilon=eps, delta=delta) > 0


def test_gaussian_accuracy_bound() -> None:
    beta = 0.01
    sigma = analytic_gaussian_sigma(epsilon=0.5, delta=1e-6, sensitivity=2.0)
    noise = gaussian(np.zeros(N), sensitivity=2.0, epsilon=0.5, delta=1e-6)
    exceed = int(np.sum(np.abs(noise) > sigma * stats.norm.ppf(1 - beta / 2)))
    assert binomial_rate_at_most(exceed, N, beta)


def _discrete_laplace_pmf(scale: float):  # type: ignore[no-untyped-def]
    r = math.exp(-1 / scale)
    return lambda z: (1 - r) / (1 + r) * r ** np.abs(z)


def test_geometric_law_and_privacy() -> None:
    eps = 0.7
    out = geometric(np.full(N, 10), sensitivity=1, epsilon=eps)
    assert out.dtype == np.int64
    assert chi2_ok(out - 10, _discrete_laplace_pmf(1 / eps))
    assert not chi2_ok(out - 10, _discrete_laplace_pmf(0.8 / eps))
    other = geometric(np.full(N, 11), sensitivity=1, epsilon=eps)
    assert privacy_violation(out, other, epsilon=eps) <= 0
    bad = _noise.discrete_laplace_samples(np.full(N, 11), scale=0.5 / eps)
    bad_base = _noise.discrete_laplace_samples(np.full(N, 10), scale=0.5 / eps)
    assert privacy_violation(bad_base, bad, epsilon=eps) > 0


def _discrete_gaussian_pmf(sigma: float):  # type: ignore[no-untyped-def]
    support = np.arange(-int(40 * sigma) - 10, int(40 * sigma) + 11)
    norm = float(np.sum(np.exp(-(support**2) / (2 * sigma**2))))
    return lambda z: np.exp(-(np.asarray(z, dtype=float) ** 2) / (2 * sigma**2)) / norm


def test_discrete_gaussian_law_and_privacy() -> None:
    eps, delta = 1.0, 1e-3
    sigma = discrete_gaussian_sigma(sensitivity=1, epsilon=eps, delta=delta)
    assert zcdp_epsilon(rho=1 / (2 * sigma**2), delta=delta) <= eps * (1 + 1e-9)
    out = discrete_gaussian(np.zeros(N, dtype=int), sensitivity=1, epsilon=eps, delta=delta)
    assert chi2_ok(out, _discrete_gaussian_pmf(sigma))
    assert not chi2_ok(out, _discrete_gaussian_pmf(sigma * 0.85))
    other = discrete_gaussian(np.ones(N, dtype=int), sensitivity=1, epsilon=eps, delta=delta)
    assert privacy_violation(out, other, epsilon=eps, delta=delta) <= 0


def test_raw_noise_arrays() -> None:
    lap = laplace_noise((250, 200), scale=2.5)
    assert lap.shape == (250, 200)
    assert ks_ok(lap.ravel(), stats.laplace(scale=2.5).cdf)
    gau = gaussian_noise(N, sigma=0.01)
    assert gau.shape == (N,)
    assert ks_ok(gau, stats.norm(scale=0.01).cdf)
    assert laplace_noise(0, scale=1.0).shape == (0,)


def test_tiny_and_huge_scales_are_not_degenerate() -> None:
    for sigma in (1e-200, 1e200):
        out = gaussian_noise(2000, sigma=sigma)
        assert ks_ok(out / sigma, stats.norm.cdf)
    # noise far below the value's float resolution still yields finite output
    assert np.all(np.isfinite(laplace(np.full(10, 1e300), sensitivity=1.0, epsilon=1.0)))


def test_scalars_stay_scalars() -> None:
    assert isinstance(laplace(1.0, sensitivity=1.0, epsilon=1.0), float)
    assert isinstance(gaussian(1, sensitivity=1.0, epsilon=1.0, delta=1e-6), float)
    assert isinstance(geometric(3, sensitivity=1, epsilon=1.0), int)
    assert isinstance(discrete_gaussian(3, sensitivity=2, epsilon=1.0, delta=1e-6), int)


def test_seam_fixes_noise() -> None:
    with _noise.fixed_noise(0.0):
        assert not _noise.is_private()
        assert laplace(4.5, sensitivity=1.0, epsilon=0.1) == 4.5
        assert np.array_equal(gaussian(np.arange(3.0), sensitivity=1, epsilon=1, delta=1e-5), np.arange(3.0))
        assert geometric(7, sensitivity=1, epsilon=1.0) == 7
    with _noise.fixed_noise(2.0):
        assert np.array_equal(laplace_noise(3, scale=1.0), np.full(3, 2.0))
    assert _noise.is_private()


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: laplace(1.0, sensitivity=1.0, epsilon=0.0), "'epsilon'"),
        (lambda: laplace(1.0, sensitivity=-1.0, epsilon=1.0), "'sensitivity'"),
        (lambda: laplace(float("nan"), sensitivity=1.0, epsilon=1.0), "'value'.*finite"),
        (lambda: laplace(np.array([1.0, np.inf]), sensitivity=1.0, epsilon=1.0), "'value'.*finite"),
        (lambda: laplace("12", sensitivity=1.0, epsilon=1.0), "'value'.*numeric"),
        (lambda: gaussian(1.0, sensitivity=1.0, epsilon=1.0, delta=0.0), "'delta'"),
        (lambda: gaussian(1.0, sensitivity=1.0, epsilon=float("inf"), delta=1e-5), "'epsilon'"),
        (lambda: geometric(1.5, sensitivity=1, epsilon=1.0), "'value'.*integers"),
        (lambda: geometric(1, sensitivity=0.5, epsilon=1.0), "'sensitivity'"),  # type: ignore[arg-type]
        (lambda: laplace_noise((-1,), scale=1.0), "'shape'"),
        (lambda: gaussian_noise(3, sigma=0.0), "'sigma'"),
        (lambda: analytic_gaussian_sigma(epsilon=1.0, delta=1.0), "'delta'"),
    ],
)
def test_bad_parameters(call, match: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidParameterError, match=match):
        call()


def test_opendp_uses_its_openssl_csprng() -> None:
    """The installed OpenDP links OpenSSL's DRBG and exposes fill_bytes (our uniform bits come from it)."""
    from pathlib import Path

    import opendp

    lib = next((Path(opendp.__file__).parent / "lib").glob("opendp*.so"), None)
    if lib is None:
        pytest.skip("OpenDP shared library not found next to the package (non-Linux wheel)")
    blob = lib.read_bytes()
    assert b"opendp_data__fill_bytes" in blob
    assert b"CTR-DRBG" in blob and b"OpenSSL" in blob
    bits = _noise.random_uint64(20_000)
    # every one of the 64 bit positions is fair (binomial test, Bonferroni over 64 positions)
    ones = [int(np.sum((bits >> np.uint64(i)) & np.uint64(1))) for i in range(64)]
    assert all(stats.binomtest(c, bits.size, 0.5).pvalue >= 1e-6 / 64 for c in ones)


def test_ndtr_sanity() -> None:
    assert special.ndtr(0.0) == 0.5


def test_releases_sit_on_the_noise_grid_so_low_bits_carry_no_input() -> None:
    """Mironov (2012): value + float noise leaks value's low bits. privet's releases are grid multiples."""
    from privet.dp import add_gaussian_noise, add_laplace_noise

    scale = 1.0
    k = _noise.grid_exponent(scale)
    values = np.full(5000, 0.1)  # 0.1 is not a multiple of the grid 2**k

    def on_grid(y: np.ndarray) -> np.ndarray:
        return (y * 2.0**-k) % 1 == 0

    assert on_grid(add_laplace_noise(values, scale=scale)).all()
    assert on_grid(add_gaussian_noise(values, sigma=scale)).all()
    assert on_grid(laplace(values, sensitivity=1.0, epsilon=1.0)).all()
    # the unsafe pattern keeps 0.1's residue in most outputs, which is why the docs forbid it
    unsafe = values + laplace_noise(values.shape, scale=scale)
    assert (~on_grid(unsafe)).mean() > 0.5
    assert ks_ok(add_laplace_noise(np.zeros(N), scale=2.0), stats.laplace(scale=2.0).cdf)


def _child_draw(queue) -> None:  # type: ignore[no-untyped-def]
    queue.put(_noise.random_uint64(4).tolist())


def test_forked_processes_draw_different_randomness() -> None:
    """OpenSSL's DRBG reseeds after fork: two children (and the parent) never share a stream."""
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        pytest.skip("no fork on this platform")
    _noise.random_uint64(4)  # initialise the generator in the parent before forking
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    children = [ctx.Process(target=_child_draw, args=(queue,)) for _ in range(2)]
    for child in children:
        child.start()
    draws = [tuple(queue.get(timeout=60)) for _ in children]
    for child in children:
        child.join(timeout=60)
    draws.append(tuple(_noise.random_uint64(4).tolist()))
    assert len(set(draws)) == 3  # identical 256-bit draws would have probability 2^-256
