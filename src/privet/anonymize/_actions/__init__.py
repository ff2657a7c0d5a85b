"""One module per anonymization action; each defines its rule model and ``apply(series, rule, ctx)``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from pydantic import Field

from privet.anonymize._actions import (
    date_shift,
    drop,
    encrypt,
    fpe,
    generalize,
    keep,
    mask,
    noise,
    pseudonymize,
    randomized_response,
    redact,
    redact_text,
    suppress_rare,
    top_bottom_code,
)
from privet.anonymize._actions._base import ActionContext, Rule
from privet.anonymize._actions.date_shift import DateShiftRule
from privet.anonymize._actions.drop import DropRule
from privet.anonymize._actions.encrypt import EncryptRule
from privet.anonymize._actions.fpe import FpeRule
from privet.anonymize._actions.generalize import GeneralizeRule
from privet.anonymize._actions.keep import KeepRule
from privet.anonymize._actions.mask import MaskRule
from privet.anonymize._actions.noise import NoiseRule
from privet.anonymize._actions.pseudonymize import PseudonymizeRule
from privet.anonymize._actions.randomized_response import RandomizedResponseRule
from privet.anonymize._actions.redact import RedactRule
from privet.anonymize._actions.redact_text import RedactTextRule
from privet.anonymize._actions.suppress_rare import SuppressRareRule
from privet.anonymize._actions.top_bottom_code import TopBottomCodeRule

__all__ = ["ACTIONS", "ActionContext", "ColumnRule", "Rule", "apply_rule"]

ColumnRule = Annotated[
    KeepRule
    | DropRule
    | RedactRule
    | MaskRule
    | PseudonymizeRule
    | EncryptRule
    | FpeRule
    | GeneralizeRule
    | DateShiftRule
    | TopBottomCodeRule
    | SuppressRareRule
    | NoiseRule
    | RandomizedResponseRule
    | RedactTextRule,
    Field(discriminator="action"),
]

_APPLY: dict[str, Callable[..., Any]] = {
    "keep": keep.apply,
    "drop": drop.apply,
    "redact": redact.apply,
    "mask": mask.apply,
    "pseudonymize": pseudonymize.apply,
    "encrypt": encrypt.apply,
    "fpe": fpe.apply,
    "generalize": generalize.apply,
    "date_shift": date_shift.apply,
    "top_bottom_code": top_bottom_code.apply,
    "suppress_rare": suppress_rare.apply,
    "noise": noise.apply,
    "randomized_response": randomized_response.apply,
    "redact_text": redact_text.apply,
}

#: The action names a policy may use, in the order of the documentation.
ACTIONS: tuple[str, ...] = tuple(_APPLY)


def apply_rule(series: Any, rule: Rule, ctx: ActionContext) -> Any:
    """Run ``rule`` on ``series``; None means the column is dropped."""
    return _APPLY[rule.action](series, rule, ctx)  # type: ignore[attr-defined]
