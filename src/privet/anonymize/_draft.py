"""Draft a policy from a scan: a proposed action per column, each with the reason it was chosen.

- direct identifiers: stable identifiers people are joined on (e-mail, national id, account and device ids,
  usernames) are pseudonymized with the keyed HMAC; card numbers get format-preserving encryption; names,
  phones, addresses, coordinates, IP/MAC addresses and URLs are dropped;
- free text with personal data: spans redacted with entity tags (``redact_text``);
- quasi-identifiers: ages banded, dates of birth to age bands, postal codes truncated; all of them listed as
  quasi-identifiers of a k-anonymity privacy model (Mondrian, ``k``);
- sensitive attributes: kept and flagged, the first one named as the privacy model's sensitive column with
  distinct l-diversity (``l``, 2 by default: an equivalence class where everyone shares the sensitive value
  discloses it to anyone who can place a person in the class — the homogeneity attack of Machanavajjhala et
  al. 2007 — which k-anonymity alone allows);
- everything else: kept.
The draft is a proposal for a person to review, never applied silently.
"""

from __future__ import annotations

from typing import Any

from privet.anonymize._actions.drop import DropRule
from privet.anonymize._actions.fpe import FpeRule
from privet.anonymize._actions.generalize import GeneralizeRule
from privet.anonymize._actions.keep import KeepRule
from privet.anonymize._actions.pseudonymize import PseudonymizeRule
from privet.anonymize._actions.redact_text import RedactTextRule
from privet.anonymize._policy import Policy, PrivacyModel
from privet.entities import Category, Entity, category_of
from privet.errors import InvalidParameterError

__all__ = ["draft_policy"]

_PSEUDONYMIZE = {
    Entity.EMAIL,
    Entity.NATIONAL_ID,
    Entity.IBAN,
    Entity.BANK_ACCOUNT,
    Entity.USERNAME,
    Entity.DEVICE_ID,
    Entity.MEDICAL_RECORD_NUMBER,
    Entity.PASSPORT,
    Entity.DRIVER_LICENSE,
    Entity.LICENSE_PLATE,
}
_NUMERIC_DTYPES = ("Int", "UInt", "Float", "Decimal")


def _field(finding: Any, name: str) -> Any:
    return finding.get(name) if isinstance(finding, dict) else getattr(finding, name, None)


def _findings(scan_report: Any) -> list[Any]:
    columns = scan_report.get("columns") if isinstance(scan_report, dict) else getattr(scan_report, "columns", None)
    if not isinstance(columns, list):
        raise InvalidParameterError(
            "The 'scan_report' parameter of draft_policy must be a ScanReport (privet.scan) or its to_dict() form."
        )
    return columns


def _rule_for(name: str, entity: Entity, dtype: str, confidence: float, k: int) -> Any:
    conf = f"confidence {confidence:.2f}"
    category = category_of(entity)
    if entity is Entity.FREE_TEXT_WITH_PII:
        return RedactTextRule(reason=f"free text with personal data inside ({conf}): spans replaced by entity tags")
    if category is Category.DIRECT_IDENTIFIER:
        if entity in _PSEUDONYMIZE:
            return PseudonymizeRule(
                reason=f"direct identifier ({entity.value}, {conf}): keyed pseudonym, stays joinable across tables",
                normalize=entity in (Entity.EMAIL, Entity.USERNAME),
            )
        if entity is Entity.CREDIT_CARD:
            return FpeRule(
                reason=f"direct identifier ({entity.value}, {conf}): format-preserving encryption, reversible "
                "with the key, still a valid card number",
                luhn=True,
            )
        return DropRule(reason=f"direct identifier ({entity.value}, {conf}): not needed for analysis, dropped")
    if category is Category.QUASI_IDENTIFIER:
        qi = f"quasi-identifier ({entity.value}, {conf})"
        model = f"also in the k={k} privacy model"
        if entity is Entity.AGE and dtype.startswith(_NUMERIC_DTYPES):
            return GeneralizeRule(reason=f"{qi}: 5-year age bands; {model}", width=5)
        if entity is Entity.DATE_OF_BIRTH:
            if dtype.startswith(_NUMERIC_DTYPES):  # a birth-year column
                return GeneralizeRule(reason=f"{qi}: birth year in 5-year bands; {model}", width=5)
            return GeneralizeRule(reason=f"{qi}: date of birth to a 5-year age band; {model}", age_band=5)
        if entity is Entity.POSTAL_CODE:
            return GeneralizeRule(reason=f"{qi}: postal code truncated to 3 characters; {model}", keep_chars=3)
        return KeepRule(reason=f"{qi}: generalized by the k={k} privacy model (Mondrian)")
    if category is Category.SENSITIVE:
        return KeepRule(
            reason=f"sensitive attribute ({entity.value}, {conf}): kept for analysis and flagged; check l-diversity",
            sensitive=True,
        )
    if confidence < 0.6:
        return KeepRule(reason=f"no personal data found, but with low confidence ({conf}): review this column")
    return KeepRule(reason=f"no personal data found ({conf})")


def draft_policy(scan_report: Any, *, k: int = 5, l: int | None = 2) -> Policy:  # noqa: E741 (the literature's l)
    """Propose a policy from a scan report (privet.scan), one rule per column with a reason.

    ``l`` applies when a sensitive attribute is found (``None`` asks for k-anonymity only).
    """
    if isinstance(k, bool) or not isinstance(k, int) or k < 2:
        raise InvalidParameterError(f"The 'k' parameter of draft_policy must be an integer >= 2. Got {k!r}.")
    if l is not None and (isinstance(l, bool) or not isinstance(l, int) or l < 2):
        raise InvalidParameterError(f"The 'l' parameter of draft_policy must be an integer >= 2 or None. Got {l!r}.")
    columns: dict[str, Any] = {}
    quasi: list[str] = []
    sensitive: list[str] = []
    for finding in _findings(scan_report):
        name = str(_field(finding, "name"))
        raw = _field(finding, "entity")
        try:
            entity = Entity(getattr(raw, "value", raw) or "NONE")
        except ValueError:
            entity = Entity.NONE
        dtype = str(_field(finding, "dtype") or "")
        confidence = float(_field(finding, "confidence") or 0.0)
        rule = _rule_for(name, entity, dtype, confidence, k)
        columns[name] = rule
        if category_of(entity) is Category.QUASI_IDENTIFIER:
            quasi.append(name)
        elif category_of(entity) is Category.SENSITIVE:
            sensitive.append(name)
    model = None
    if quasi:
        diverse = sensitive[0] if sensitive else None
        model = PrivacyModel(quasi_identifiers=quasi, k=k, sensitive=diverse, l=l if diverse else None)
    return Policy(columns=columns, privacy_model=model)
