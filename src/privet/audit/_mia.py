"""Membership inference: the loss-threshold attack and LiRA (online and offline) against a fitted classifier."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from privet.audit._data import (
    check_fitted_classifier,
    concat_rows,
    generator,
    logit_confidence,
    true_class_log_proba,
    xy_pair,
)
from privet.audit._result import AttackResult, AuditResult, attack_result
from privet.audit._shadow import inclusion_matrix, train_shadows
from privet.errors import InvalidParameterError

__all__ = ["ATTACKS", "membership_inference"]

ATTACKS = ("loss", "lira_online", "lira_offline")
_ALIASES = {"lira": ("lira_online", "lira_offline")}
_PER_EXAMPLE_VARIANCE_FROM = 64  # Carlini et al. (2022): below 64 shadows a shared variance is more reliable


def _attack_names(attacks: Sequence[str] | str) -> list[str]:
    if isinstance(attacks, str):
        attacks = (attacks,)
    names: list[str] = []
    for name in attacks:
        expanded = _ALIASES.get(name, (name,))
        for item in expanded:
            if item not in ATTACKS:
                raise InvalidParameterError(
                    f"The 'attacks' parameter of membership_inference accepts {', '.join(('lira', *ATTACKS))}. "
                    f"Got {name!r}."
                )
            if item not in names:
                names.append(item)
    if not names:
        raise InvalidParameterError("The 'attacks' parameter of membership_inference must name at least one attack.")
    return names


def _normal_logpdf(x: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    return np.asarray(-0.5 * ((x - mean) / std) ** 2 - np.log(std) - 0.5 * math.log(2 * math.pi))


def _lira_scores(target: np.ndarray, shadow: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Online and offline LiRA scores (Carlini et al. 2022, Algorithm 1 and its offline variant).

    Online: log N(conf; mu_in, s_in) - log N(conf; mu_out, s_out). Offline: (conf - mu_out) / s_out, the
    one-sided test against the OUT distribution only. Variances are per example with >= 64 shadows, otherwise
    one shared variance per side.
    """
    inside, outside = keep, ~keep
    n_in, n_out = inside.sum(axis=0), outside.sum(axis=0)
    mu_in = np.where(inside, shadow, 0.0).sum(axis=0) / np.maximum(n_in, 1)
    mu_out = np.where(outside, shadow, 0.0).sum(axis=0) / np.maximum(n_out, 1)
    res_in = np.where(inside, shadow - mu_in, 0.0)
    res_out = np.where(outside, shadow - mu_out, 0.0)
    if keep.shape[0] >= _PER_EXAMPLE_VARIANCE_FROM:
        sd_in = np.sqrt((res_in**2).sum(axis=0) / np.maximum(n_in - 1, 1))
        sd_out = np.sqrt((res_out**2).sum(axis=0) / np.maximum(n_out - 1, 1))
    else:
        sd_in = np.full(target.shape, math.sqrt((res_in**2).sum() / max(int(n_in.sum()) - len(target), 1)))
        sd_out = np.full(target.shape, math.sqrt((res_out**2).sum() / max(int(n_out.sum()) - len(target), 1)))
    sd_in, sd_out = np.maximum(sd_in, 1e-6), np.maximum(sd_out, 1e-6)
    online = _normal_logpdf(target, mu_in, sd_in) - _normal_logpdf(target, mu_out, sd_out)
    offline = (target - mu_out) / sd_out
    return online, offline


def membership_inference(
    model: Any,
    *,
    members: tuple[Any, Any],
    non_members: tuple[Any, Any],
    attacks: Sequence[str] | str = ("loss", "lira"),
    shadow_models: int = 16,
    confidence: float = 0.95,
    delta: float = 0.0,
    fpr_levels: Sequence[float] = (0.001, 0.01),
    random_state: int | np.random.Generator | None = None,
    n_jobs: int = 2,
    progress: bool = True,
) -> AuditResult:
    """Attack a fitted classifier to measure how much it reveals about who was in its training set.

    ``members`` is (part of) the data the model was trained on, ``non_members`` data from the same
    population it never saw; both are ``(X, y)`` in the form ``model.predict_proba`` takes.

    Attacks: ``"loss"`` (Yeom et al. 2018: members have lower loss), ``"lira_online"`` and
    ``"lira_offline"`` (Carlini et al. 2022, the likelihood-ratio attack; ``"lira"`` runs both from the same
    ``shadow_models`` shadow models, each a ``sklearn.base.clone`` of ``model`` retrained on a random half of
    members + non-members, ``n_jobs`` at a time). The result reports AUC, TPR at each of ``fpr_levels``,
    the attacker advantage max(TPR - FPR), ROC points and an epsilon lower bound: the smallest epsilon
    any (epsilon, ``delta``)-DP training could have while allowing what the attack achieved, at
    ``confidence`` (Clopper-Pearson; the threshold is picked on a random half of the examples and the
    bound proved on the other half).

    ``random_state`` seeds the attack's own randomness (shadow splits, the half used to pick the threshold);
    it is not privacy noise and does not touch the model's training randomness.

    Privacy: the audit is not differentially private and spends no budget; shadow models are detached from
    any ledger and never leave this function. Its output describes the data it was given.
    """
    where = "membership_inference"
    check_fitted_classifier(model, where=where)
    names = _attack_names(attacks)
    X_in, y_in = xy_pair(members, name="members")
    X_out, y_out = xy_pair(non_members, name="non_members")
    if not 0 < confidence < 1:
        raise InvalidParameterError(f"The 'confidence' parameter of {where} must be in (0, 1). Got {confidence}.")
    if not 0 <= delta < 1:
        raise InvalidParameterError(f"The 'delta' parameter of {where} must be in [0, 1). Got {delta}.")
    levels = tuple(float(f) for f in fpr_levels)
    if any(not 0 < f < 1 for f in levels):
        raise InvalidParameterError(f"Every value in 'fpr_levels' of {where} must be in (0, 1). Got {levels}.")
    uses_lira = any(n.startswith("lira") for n in names)
    if uses_lira and (isinstance(shadow_models, bool) or not isinstance(shadow_models, int) or shadow_models < 2):
        raise InvalidParameterError(
            f"The 'shadow_models' parameter of {where} must be an int >= 2 for LiRA. Got {shadow_models!r}."
        )
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs == 0:
        raise InvalidParameterError(f"The 'n_jobs' parameter of {where} must be a non-zero int. Got {n_jobs!r}.")
    rng = generator(random_state, where=where)
    n_in = len(y_in)

    scores: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    if "loss" in names:
        scores["loss"] = (true_class_log_proba(model, X_in, y_in), true_class_log_proba(model, X_out, y_out))
    if uses_lira:
        X_pool, y_pool = concat_rows(X_in, X_out), np.concatenate([y_in, y_out])
        keep = inclusion_matrix(shadow_models, len(y_pool), rng)
        shadow = train_shadows(model, X_pool, y_pool, keep, n_jobs=n_jobs, progress=progress)
        target = logit_confidence(model, X_pool, y_pool)
        online, offline = _lira_scores(target, shadow, keep)
        scores["lira_online"] = (online[:n_in], online[n_in:])
        scores["lira_offline"] = (offline[:n_in], offline[n_in:])

    alpha = (1 - confidence) / len(names)
    per_attack: dict[str, AttackResult] = {}
    for name in names:
        member_scores, non_member_scores = scores[name]
        per_attack[name] = attack_result(
            name,
            member_scores,
            non_member_scores,
            fpr_levels=levels,
            alpha=alpha,
            confidence=1 - alpha,
            delta=delta,
            rng=rng,
        )
    lowest = min(levels) if levels else None
    best = max(per_attack.values(), key=lambda r: (r.tpr_at_fpr.get(lowest, 0.0) if lowest else 0.0, r.auc))
    return AuditResult(
        attack=best.attack,
        auc=best.auc,
        tpr_at_fpr=best.tpr_at_fpr,
        advantage=best.advantage,
        epsilon_lower_bound=max(r.epsilon_lower_bound for r in per_attack.values()),
        confidence=confidence,
        delta=delta,
        roc=best.roc,
        per_attack=per_attack,
        members=n_in,
        non_members=len(y_out),
        shadow_models=shadow_models if uses_lira else 0,
        model=type(model).__name__,
    )
