"""Accounting: composing privacy events, and DP-SGD (subsampled Gaussian) accounting through dp-accounting."""

from __future__ import annotations

import contextlib
import logging
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from privet.dp._calibrate import zcdp_epsilon
from privet.dp._event import PrivacyEvent
from privet.dp._validate import check_delta, check_epsilon, check_positive, check_probability
from privet.errors import BackendError, InvalidParameterError

__all__ = [
    "advanced_composition",
    "basic_composition",
    "compose",
    "dpsgd_epsilon",
    "dpsgd_noise_multiplier",
    "pld_epsilon",
    "zcdp_composition",
]

_PLD_INTERVAL = 1e-4


def basic_composition(events: Sequence[PrivacyEvent]) -> tuple[float, float]:
    """Sequential composition: epsilons add, deltas add (Dwork, McSherry, Nissim and Smith 2006)."""
    return math.fsum(e.epsilon for e in events), math.fsum(e.delta for e in events)


def advanced_composition(events: Sequence[PrivacyEvent], *, delta: float) -> float | None:
    """Epsilon of the heterogeneous advanced composition at total ``delta``, or None if delta is too small.

    Kairouz, Oh and Viswanath (ICML 2015), Theorem 3.5: for slack ``d'``, the composition is
    ``(min(sum e, sum e (e^e - 1)/(e^e + 1) + sqrt(2 log(1/d') sum e^2)), 1 - (1 - d') prod(1 - d_i))``-DP.
    """
    prod = math.prod(1 - e.delta for e in events)
    slack = 1 - (1 - delta) / prod if prod > 0 else -1.0
    if slack <= 0:
        return None
    eps = [e.epsilon for e in events]
    drift = math.fsum(x * math.expm1(x) / (math.exp(x) + 1) if x < 700 else x for x in eps)
    spread = math.sqrt(2 * math.log(1 / slack) * math.fsum(x * x for x in eps))
    return min(math.fsum(eps), drift + spread)


def _rho(event: PrivacyEvent) -> float | None:
    steps = event.steps or 1
    plain = event.sampling_rate in (None, 1.0)
    if event.mechanism in ("gaussian", "discrete_gaussian") and plain and event.sensitivity and event.scale:
        rho = steps * (event.sensitivity / event.scale) ** 2 / 2
        # consistency with the charged (epsilon, delta): zCDP conversion is never tighter than exact
        if event.delta == 0 or zcdp_epsilon(rho=rho, delta=event.delta) >= _CONSISTENCY * event.epsilon:
            return rho
    if event.delta == 0:
        return event.epsilon**2 / 2  # epsilon-DP implies epsilon^2/2-zCDP (Bun and Steinke 2016, Prop. 1.4)
    return None


def zcdp_composition(events: Sequence[PrivacyEvent], *, delta: float) -> float | None:
    """Epsilon via zCDP (rhos add; converted with Canonne, Kamath and Steinke 2020), or None if not expressible.

    Pure events count as ``epsilon^2 / 2``-zCDP; Gaussian events with sensitivity and sigma as
    ``sensitivity^2 / (2 sigma^2)`` per step. Approximate-DP events of other kinds are not expressible.
    """
    rhos = [_rho(e) for e in events]
    if any(r is None for r in rhos):
        return None
    return zcdp_epsilon(rho=math.fsum(r for r in rhos if r is not None), delta=delta)


def _relation(event: PrivacyEvent, *, sampled: bool) -> Any:
    from dp_accounting import NeighboringRelation

    if sampled and event.neighbouring.startswith("replace"):
        return NeighboringRelation.REPLACE_ONE
    return NeighboringRelation.ADD_OR_REMOVE_ONE


# A mechanism-specific account must reproduce at least this fraction of the epsilon the event was charged
# at (at the event's own delta); otherwise its parameters are inconsistent (e.g. a mislabelled scale) and the
# event is re-accounted from its declared (epsilon, delta) only, which is always valid.
_CONSISTENCY = 0.98


def _mechanism_pld(event: PrivacyEvent) -> Any:
    from dp_accounting.pld import privacy_loss_distribution as pld

    mech, sens, scale, rate = event.mechanism, event.sensitivity, event.scale, event.sampling_rate
    kw = {"value_discretization_interval": _PLD_INTERVAL}
    plain = rate is None or rate == 1.0
    integer = bool(sens) and float(sens or 0).is_integer()
    single: Any = None
    if mech in ("gaussian", "subsampled_gaussian") and sens and scale:
        single = pld.from_gaussian_mechanism(
            standard_deviation=scale / sens,
            sampling_prob=1.0 if plain else rate,
            neighboring_relation=_relation(event, sampled=not plain),
            **kw,
        )
    elif mech == "laplace" and sens and scale and plain:
        single = pld.from_laplace_mechanism(parameter=scale / sens, **kw)
    elif mech in ("geometric", "discrete_laplace") and sens and scale and integer and plain:
        single = pld.from_discrete_laplace_mechanism(parameter=1 / scale, sensitivity=int(sens), **kw)
    elif mech == "discrete_gaussian" and sens and scale and integer and plain:
        single = pld.from_discrete_gaussian_mechanism(sigma=scale, sensitivity=int(sens), **kw)
    if single is None:
        return None
    steps = event.steps or 1
    return single.self_compose(steps) if steps > 1 else single


def _event_pld(event: PrivacyEvent) -> Any:
    from dp_accounting.pld import common
    from dp_accounting.pld import privacy_loss_distribution as pld

    specific = _mechanism_pld(event)
    if specific is not None:
        implied = float(specific.get_epsilon_for_delta(max(event.delta, 1e-12)))
        if implied >= _CONSISTENCY * event.epsilon:
            return specific
    # any (eps, delta)-DP release: the worst-case PLD of its declared parameters (never per step: the
    # declaration covers the whole event, whatever its steps)
    return pld.from_privacy_parameters(
        common.DifferentialPrivacyParameters(event.epsilon, event.delta), value_discretization_interval=_PLD_INTERVAL
    )


def pld_epsilon(events: Sequence[PrivacyEvent], *, delta: float) -> float:
    """Epsilon at ``delta`` by privacy-loss-distribution accounting (dp-accounting, pessimistic estimate).

    Laplace, Gaussian, discrete Laplace/Gaussian and Poisson-subsampled Gaussian events with their
    sensitivity and scale use their exact PLD; any other event its (epsilon, delta) worst-case PLD
    (Koskela et al. 2020; Doroshenko et al. 2022 "Connect the dots").
    """
    grouped = Counter(events)
    total: Any = None
    try:
        for event, count in grouped.items():
            pld = _event_pld(event)
            if count > 1:
                pld = pld.self_compose(count)
            total = pld if total is None else total.compose(pld)
        return float(total.get_epsilon_for_delta(delta)) if total is not None else 0.0
    except (ValueError, ArithmeticError) as exc:
        raise BackendError(f"dp-accounting could not compose these events: {exc}") from exc


def compose(events: Sequence[PrivacyEvent], *, delta: float | None = None) -> tuple[float, float]:
    """Total (epsilon, delta) of running all ``events`` on the same data, by the tightest available accountant.

    Without ``delta``: basic sequential composition (sum of epsilons, sum of deltas). With a target total
    ``delta``: the smallest epsilon among basic composition (if the deltas fit), advanced composition
    (Kairouz, Oh and Viswanath 2015), zCDP (Bun and Steinke 2016; Canonne, Kamath and Steinke 2020) and
    PLD accounting (dp-accounting); all are valid upper bounds, so the minimum is too.
    """
    owner = "compose"
    events = list(events)
    for i, event in enumerate(events):
        if not isinstance(event, PrivacyEvent):
            raise InvalidParameterError(f"Item {i} of 'events' in {owner} is not a PrivacyEvent.")
    if not events:
        return 0.0, 0.0 if delta is None else float(delta)
    basic_eps, basic_delta = basic_composition(events)
    if delta is None:
        return basic_eps, basic_delta
    delta = check_delta(owner, delta)
    candidates: list[float] = []
    if basic_delta <= delta:
        candidates.append(basic_eps)
    advanced = advanced_composition(events, delta=delta)
    if advanced is not None:
        candidates.append(advanced)
    zcdp = zcdp_composition(events, delta=delta)
    if zcdp is not None:
        candidates.append(zcdp)
    pld = pld_epsilon(events, delta=delta)  # inf when the events' own deltas do not fit
    if math.isfinite(pld):
        candidates.append(pld)
    if not candidates:
        raise InvalidParameterError(
            f"The 'delta' parameter of {owner} ({delta:g}) is below what these events already spend "
            f"({basic_delta:g}); give a larger delta."
        )
    return min(candidates), delta


def _dpsgd_event(noise_multiplier: float, sampling_rate: float, steps: int) -> Any:
    import dp_accounting

    return dp_accounting.SelfComposedDpEvent(
        dp_accounting.PoissonSampledDpEvent(sampling_rate, dp_accounting.GaussianDpEvent(noise_multiplier)), steps
    )


@contextlib.contextmanager
def _quiet_absl() -> Iterator[None]:
    """dp-accounting's RDP accountant logs a warning per skipped fractional order; they are not actionable."""
    logger = logging.getLogger("absl")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _accountant(kind: str, *, interval: float = _PLD_INTERVAL) -> Any:
    from dp_accounting import pld, rdp

    if kind == "pld":
        return pld.PLDAccountant(value_discretization_interval=interval)
    if kind == "rdp":
        return rdp.RdpAccountant()
    raise InvalidParameterError(f"The 'accountant' parameter must be 'pld' or 'rdp'. Got {kind!r}.")


def _check_steps(owner: str, steps: Any) -> int:
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 1:
        raise InvalidParameterError(f"The 'steps' parameter of {owner} must be an int >= 1. Got {steps!r}.")
    return steps


def dpsgd_epsilon(
    *, noise_multiplier: float, sampling_rate: float, steps: int, delta: float, accountant: str = "pld"
) -> float:
    """Epsilon at ``delta`` of ``steps`` Poisson-subsampled Gaussian steps (DP-SGD, Abadi et al. 2016).

    ``noise_multiplier`` is sigma divided by the clipping norm (L2 sensitivity of one row's gradient under
    add/remove of a row). Accounted with dp-accounting's PLD accountant (default; tight) or RDP accountant
    (Mironov, Talwar and Zhang 2019).
    """
    owner = "dpsgd_epsilon"
    noise_multiplier = check_positive(owner, "noise_multiplier", noise_multiplier)
    sampling_rate = check_probability(owner, "sampling_rate", sampling_rate)
    steps = _check_steps(owner, steps)
    delta = check_delta(owner, delta)
    acc = _accountant(accountant)
    with _quiet_absl():
        acc.compose(_dpsgd_event(noise_multiplier, sampling_rate, steps))
        return float(acc.get_epsilon(delta))


def dpsgd_noise_multiplier(
    *, epsilon: float, delta: float, sampling_rate: float, steps: int, accountant: str = "pld"
) -> float:
    """The smallest noise multiplier for which :func:`dpsgd_epsilon` is at most ``epsilon`` (to 1e-4 relative).

    Calibrated with dp-accounting's ``calibrate_dp_mechanism`` and rounded up so the returned multiplier
    never exceeds the budget.
    """
    owner = "dpsgd_noise_multiplier"
    epsilon = check_epsilon(owner, epsilon)
    delta = check_delta(owner, delta)
    sampling_rate = check_probability(owner, "sampling_rate", sampling_rate)
    steps = _check_steps(owner, steps)
    import dp_accounting

    def calibrate(kind: str, bracket: Any, interval: float) -> float:
        def fresh() -> Any:
            return _accountant(kind, interval=interval)

        with _quiet_absl():
            return float(
                dp_accounting.calibrate_dp_mechanism(
                    fresh, lambda nm: _dpsgd_event(nm, sampling_rate, steps), epsilon, delta, bracket, tol=1e-5
                )
            )

    try:
        # RDP is cheap and never tighter than PLD: its multiplier is a safe upper end for the PLD search.
        sigma = calibrate("rdp", dp_accounting.LowerEndpointAndGuess(1e-3, 1.0), _PLD_INTERVAL)
    except Exception as exc:
        raise BackendError(f"dp-accounting could not calibrate the noise multiplier: {exc}") from exc
    check_interval = _PLD_INTERVAL
    if accountant == "pld":
        # A coarse pessimistic PLD is still a valid upper bound on epsilon, and ten times faster.
        check_interval = 1e-3
        with contextlib.suppress(Exception):  # optimum outside the bracket: keep the (valid) RDP multiplier
            sigma = calibrate("pld", dp_accounting.ExplicitBracketInterval(sigma * 0.6, sigma), check_interval)
    while True:
        acc = _accountant(accountant, interval=check_interval)
        with _quiet_absl():
            acc.compose(_dpsgd_event(sigma, sampling_rate, steps))
            spent = float(acc.get_epsilon(delta))
        if spent <= epsilon:
            break
        sigma *= 1 + 1e-4
    return sigma
