"""What a membership-inference audit reports: AUC, TPR at low FPR, advantage, ROC and a proven epsilon."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve

from privet.audit._bounds import epsilon_from_counts

__all__ = ["AttackResult", "AuditResult", "attack_result"]

_MAX_ROC_POINTS = 400


@dataclass(frozen=True)
class AttackResult:
    """One attack's numbers. Scores: higher means "more likely a member"."""

    attack: str
    auc: float
    tpr_at_fpr: dict[float, float]
    advantage: float
    epsilon_lower_bound: float
    confidence: float
    delta: float
    roc: tuple[list[float], list[float]]
    member_scores: np.ndarray = field(repr=False)
    non_member_scores: np.ndarray = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "attack": self.attack,
            "auc": self.auc,
            "tpr_at_fpr": {str(k): v for k, v in self.tpr_at_fpr.items()},
            "advantage": self.advantage,
            "epsilon_lower_bound": self.epsilon_lower_bound,
            "confidence": self.confidence,
            "delta": self.delta,
            "roc": {"fpr": self.roc[0], "tpr": self.roc[1]},
        }


@dataclass(frozen=True)
class AuditResult:
    """The result of :func:`privet.audit.membership_inference`.

    The headline ``auc``, ``tpr_at_fpr``, ``advantage`` and ``roc`` are those of the strongest attack
    (``attack``): the one with the highest TPR at the lowest FPR level, then the highest AUC (Carlini et al.
    2022: what matters is confident identification of a few members). ``epsilon_lower_bound`` is the
    largest bound any attack proved; each attack's is computed at level (1 - confidence) / attacks
    (Bonferroni), so the largest holds with probability at least ``confidence``. Every attack's own
    numbers are in ``per_attack``. The bound is a statement about this model on these examples: read it next
    to the claimed epsilon of a DP model.
    """

    attack: str
    auc: float
    tpr_at_fpr: dict[float, float]
    advantage: float
    epsilon_lower_bound: float
    confidence: float
    delta: float
    roc: tuple[list[float], list[float]]
    per_attack: dict[str, AttackResult]
    members: int
    non_members: int
    shadow_models: int
    model: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "attack": self.attack,
            "auc": self.auc,
            "tpr_at_fpr": {str(k): v for k, v in self.tpr_at_fpr.items()},
            "advantage": self.advantage,
            "epsilon_lower_bound": self.epsilon_lower_bound,
            "confidence": self.confidence,
            "delta": self.delta,
            "roc": {"fpr": self.roc[0], "tpr": self.roc[1]},
            "members": self.members,
            "non_members": self.non_members,
            "shadow_models": self.shadow_models,
            "per_attack": {name: r.to_dict() for name, r in self.per_attack.items()},
        }


def _thin_roc(fpr: np.ndarray, tpr: np.ndarray) -> tuple[list[float], list[float]]:
    """At most ~_MAX_ROC_POINTS true ROC vertices, dense at low FPR (log grid) and across [0, 1] (linear)."""
    if len(fpr) <= _MAX_ROC_POINTS:
        return [float(x) for x in fpr], [float(x) for x in tpr]
    grid = np.unique(
        np.concatenate([np.logspace(-6, 0, _MAX_ROC_POINTS // 2), np.linspace(0, 1, _MAX_ROC_POINTS // 2)])
    )
    idx = np.searchsorted(fpr, grid, side="right") - 1  # last vertex with fpr <= grid value (highest tpr there)
    idx = np.unique(np.concatenate([[0], idx[idx >= 0], [len(fpr) - 1]]))
    return [float(x) for x in fpr[idx]], [float(x) for x in tpr[idx]]


def _tpr_at(fpr: np.ndarray, tpr: np.ndarray, level: float) -> float:
    ok = fpr <= level + 1e-12
    return float(tpr[ok].max()) if ok.any() else 0.0


def _counts_at_or_above(sorted_scores: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    return len(sorted_scores) - np.searchsorted(sorted_scores, thresholds, side="left")


def _split_epsilon(
    members: np.ndarray, non_members: np.ndarray, *, alpha: float, delta: float, rng: np.random.Generator
) -> float:
    """Choose the threshold on a random half, prove epsilon on the other half (honest confidence)."""
    if len(members) < 4 or len(non_members) < 4:
        return 0.0
    pm, pn = rng.permutation(len(members)), rng.permutation(len(non_members))
    hm, hn = len(members) // 2, len(non_members) // 2
    sel_m, sel_n = np.sort(members[pm[:hm]]), np.sort(non_members[pn[:hn]])
    test_m, test_n = members[pm[hm:]], non_members[pn[hn:]]
    thresholds = np.unique(np.concatenate([sel_m, sel_n]))
    chosen = epsilon_from_counts(
        _counts_at_or_above(sel_m, thresholds),
        len(sel_m),
        _counts_at_or_above(sel_n, thresholds),
        len(sel_n),
        alpha=alpha,
        delta=delta,
    )
    best = thresholds[int(np.argmax(chosen.epsilon))]
    proved = epsilon_from_counts(
        np.array([int(np.sum(test_m >= best))]),
        len(test_m),
        np.array([int(np.sum(test_n >= best))]),
        len(test_n),
        alpha=alpha,
        delta=delta,
    )
    return float(proved.epsilon[0])


def attack_result(
    attack: str,
    member_scores: np.ndarray,
    non_member_scores: np.ndarray,
    *,
    fpr_levels: tuple[float, ...],
    alpha: float,
    confidence: float,
    delta: float,
    rng: np.random.Generator,
) -> AttackResult:
    """Summarise one attack's scores; ``alpha`` is the (possibly Bonferroni-corrected) error of the bound."""
    member_scores = np.asarray(member_scores, dtype=float)
    non_member_scores = np.asarray(non_member_scores, dtype=float)
    labels = np.concatenate([np.ones(len(member_scores)), np.zeros(len(non_member_scores))])
    scores = np.concatenate([member_scores, non_member_scores])
    fpr, tpr, _ = roc_curve(labels, scores, drop_intermediate=False)
    return AttackResult(
        attack=attack,
        auc=float(roc_auc_score(labels, scores)),
        tpr_at_fpr={level: _tpr_at(fpr, tpr, level) for level in fpr_levels},
        advantage=float(np.max(tpr - fpr)),
        epsilon_lower_bound=_split_epsilon(member_scores, non_member_scores, alpha=alpha, delta=delta, rng=rng),
        confidence=confidence,
        delta=delta,
        roc=_thin_roc(fpr, tpr),
        member_scores=member_scores,
        non_member_scores=non_member_scores,
    )
