"""Derived statements: the verdict at a glance and the GDPR section, built only from the facts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from privet.report._facts import ReportFacts

__all__ = ["GdprItem", "VerdictItem", "gdpr_items", "record_of_processing", "verdict"]

Tone = Literal["good", "warn", "bad", "info"]

_SPECIAL_CATEGORY = {"ETHNICITY", "RELIGION", "HEALTH", "SEXUAL_ORIENTATION", "POLITICAL_OPINION", "TRADE_UNION"}
_PSEUDONYMISING = {"pseudonymize", "encrypt", "fpe", "format_preserving_encrypt", "tokenize"}
_REMOVING = {"drop", "redact", "mask", "redact_text", "suppress"}


@dataclass(frozen=True)
class VerdictItem:
    label: str
    value: str
    tone: Tone
    detail: str = ""


@dataclass(frozen=True)
class GdprItem:
    title: str
    article: str
    statement: str
    tone: Tone
    columns: list[str] = field(default_factory=list)


def _actions(facts: ReportFacts) -> dict[str, str]:
    return {c.name: c.action for c in facts.policy}


def verdict(facts: ReportFacts) -> list[VerdictItem]:
    """Five to six lines a reader takes in at a glance."""
    items: list[VerdictItem] = []
    categories = Counter(c.category for c in facts.scan)
    personal = sum(n for cat, n in categories.items() if cat != "none")
    items.append(
        VerdictItem(
            "Personal data found",
            f"{personal} of {len(facts.scan)} columns" if facts.scan else "not scanned",
            "warn" if personal else "good",
            ", ".join(f"{n} {cat.replace('_', ' ')}" for cat, n in sorted(categories.items()) if cat != "none"),
        )
    )
    if facts.policy:
        acts = Counter(c.action for c in facts.policy if c.action != "keep")
        items.append(
            VerdictItem(
                "What was done",
                f"{sum(acts.values())} columns transformed",
                "info",
                ", ".join(f"{a} {n}" for a, n in sorted(acts.items())),
            )
        )
    if facts.risk is not None:
        snap = facts.risk.after or facts.risk.before
        tone: Tone = "good" if snap.k >= 5 else "warn" if snap.k >= 2 else "bad"
        items.append(
            VerdictItem(
                "Residual re-identification risk",
                f"k = {snap.k}, prosecutor risk {snap.prosecutor_risk:.1%}",
                tone,
                f"{snap.sample_uniques} unique records" + (" after anonymization" if facts.risk.after else ""),
            )
        )
    if facts.ledger is not None:
        led = facts.ledger
        items.append(
            VerdictItem(
                "Privacy budget spent",
                f"ε = {led.epsilon_spent:g} of {led.epsilon_budget:g}",
                "good" if led.epsilon_spent <= led.epsilon_budget else "bad",
                f"δ = {led.delta_spent:g}" if led.delta_spent else "pure ε-DP",
            )
        )
    if facts.model is not None:
        m = facts.model
        gap = m.baseline_accuracy - m.accuracy
        items.append(
            VerdictItem(
                "Model utility",
                f"accuracy {m.accuracy:.3f} vs {m.baseline_accuracy:.3f} non-private",
                "good" if gap <= 0.02 else "warn" if gap <= 0.05 else "bad",
                f"{m.estimator} at ε = {m.epsilon:g} predicting '{m.target}'",
            )
        )
    if facts.audit is not None:
        a = facts.audit
        leaks = a.auc > 0.55
        items.append(
            VerdictItem(
                "Membership-inference audit",
                f"attack AUC {a.auc:.3f}" + (" — leakage detected" if leaks else " — no leakage detected"),
                "bad" if leaks else "good",
                f"empirical ε ≥ {a.epsilon_lower_bound:.2f} at {a.confidence:.0%} confidence"
                + (f" (claimed ε = {a.claimed_epsilon:g})" if a.claimed_epsilon is not None else ""),
            )
        )
    return items


def gdpr_items(facts: ReportFacts) -> list[GdprItem]:
    """Statements a data-protection officer checks, each tied to the facts and an article."""
    actions = _actions(facts)
    personal = [c for c in facts.scan if c.category != "none"]
    kept_direct = [c.name for c in facts.scan if c.category == "direct_identifier" and actions.get(c.name) == "keep"]
    removed = [n for n, a in actions.items() if a in _REMOVING]
    pseudonymised = [n for n, a in actions.items() if a in _PSEUDONYMISING]
    special = [c.name for c in facts.scan if c.entity in _SPECIAL_CATEGORY]
    items = [
        GdprItem(
            "Data minimisation",
            "Art. 5(1)(c)",
            (f"{len(removed)} column(s) removed or redacted before use. " if removed else "No column was removed. ")
            + (
                f"{len(kept_direct)} direct identifier(s) kept as they are: justify or remove them."
                if kept_direct
                else "No direct identifier is kept in clear."
            ),
            "bad" if kept_direct else "good",
            removed + kept_direct,
        ),
        GdprItem(
            "Pseudonymisation",
            "Art. 4(5), Art. 32(1)(a)",
            (
                f"{len(pseudonymised)} column(s) pseudonymised or encrypted with a secret key held apart from the "
                "data; the output is still personal data for whoever holds the key."
            )
            if pseudonymised
            else "No keyed pseudonymisation was applied.",
            "info",
            pseudonymised,
        ),
        GdprItem(
            "Special categories",
            "Art. 9",
            (
                f"{len(special)} column(s) hold special-category data; processing needs an Art. 9(2) condition "
                "(e.g. explicit consent or scientific research with safeguards)."
            )
            if special
            else "No special-category data was found.",
            "warn" if special else "good",
            special,
        ),
    ]
    if facts.risk is not None:
        snap = facts.risk.after or facts.risk.before
        attribute_disclosure = snap.l_diversity is not None and snap.l_diversity < 2
        items.append(
            GdprItem(
                "Residual re-identification risk",
                "Recital 26",
                f"Every record shares its quasi-identifiers with at least {snap.k - 1} other(s) (k = {snap.k}); "
                f"{snap.sample_uniques} record(s) are unique; the highest prosecutor risk is "
                f"{snap.prosecutor_risk:.1%}. "
                + (
                    "The data is not anonymous in the GDPR sense while these remain."
                    if snap.k < 2
                    else "Assess whether re-identification is reasonably likely (means, cost, time)."
                )
                + (
                    f" Some groups share one value of the sensitive attribute '{facts.risk.sensitive}' "
                    f"(l = {snap.l_diversity:g}): membership in such a group discloses it without singling anyone out."
                    if attribute_disclosure
                    else ""
                ),
                "bad" if snap.k < 2 else "warn" if snap.k < 5 or attribute_disclosure else "good",
                list(facts.risk.quasi_identifiers),
            )
        )
    if facts.model is not None:
        items.append(
            GdprItem(
                "Privacy by design",
                "Art. 25",
                f"The model was trained with differential privacy (ε = {facts.model.epsilon:g}"
                + (f", δ = {facts.model.delta:g}" if facts.model.delta else "")
                + "), which bounds what it can reveal about any one person; spending is recorded in a ledger.",
                "good",
            )
        )
    if not personal:
        items.append(GdprItem("Scope", "Art. 2, Art. 4(1)", "No personal data was detected.", "good"))
    return items


def record_of_processing(facts: ReportFacts) -> list[tuple[str, str]]:
    """The fields of an Art. 30 record; what the facts cannot know is left for the user to complete."""
    todo = "to complete"
    categories = sorted({c.entity.replace("_", " ").lower() for c in facts.scan if c.category != "none"})
    measures = []
    if any(c.action in _PSEUDONYMISING for c in facts.policy):
        measures.append("keyed pseudonymisation / encryption")
    if facts.risk is not None and facts.risk.after is not None:
        measures.append(f"generalisation to k = {facts.risk.after.k}")
    if facts.model is not None:
        measures.append(f"differentially private training (ε = {facts.model.epsilon:g})")
    return [
        ("Controller and contact details", todo),
        ("Purposes of the processing", todo),
        ("Categories of data subjects", todo),
        ("Categories of personal data", ", ".join(categories) or "none detected"),
        ("Recipients", todo),
        ("Transfers to third countries", todo),
        ("Time limits for erasure", todo),
        ("Technical and organisational security measures", "; ".join(measures) or todo),
    ]
