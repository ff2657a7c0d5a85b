"""``redact_text``: free-text cells with personal data inside; each span the span finder reports
(``privet.find_pii_batch``) is replaced by its entity tag (``[PERSON_NAME]``) or by a keyed pseudonym
(``<PERSON_NAME:3f9a…>``, the same for the same text under the same key, so mentions stay linkable).
"""

from __future__ import annotations

from typing import Any, Literal

import polars as pl
from pydantic import Field, field_validator

from privet.anonymize._actions._base import ActionContext, Rule, require_key, to_text
from privet.anonymize._actions.pseudonymize import pseudonym
from privet.entities import TEXT_ENTITIES

__all__ = ["RedactTextRule", "apply", "replace_spans"]


class RedactTextRule(Rule):
    """Replace the personal-data spans of each text by a tag or a pseudonym."""

    action: Literal["redact_text"] = "redact_text"
    replace_with: Literal["tag", "pseudonym"] = "tag"
    entities: list[str] | None = Field(default=None, description="Text entities to redact; default: all.")
    language: str | None = None
    namespace: str = Field(default="default", min_length=1)

    @field_validator("entities")
    @classmethod
    def _known(cls, values: list[str] | None) -> list[str] | None:
        if values is not None:
            known = {e.value for e in TEXT_ENTITIES}
            unknown = [v for v in values if v not in known]
            if unknown:
                raise ValueError(f"not text entities: {unknown}; expected some of {sorted(known)}")
        return values

    @property
    def needs_key(self) -> bool:
        return self.replace_with == "pseudonym"


def replace_spans(text: str, spans: list[Any], replace: Any) -> str:
    """``text`` with each (non-overlapping) span replaced by ``replace(span, surface)``."""
    out, pos = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue
        out.append(text[pos : span.start])
        out.append(replace(span, text[span.start : span.end]))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def apply(series: pl.Series, rule: RedactTextRule, ctx: ActionContext) -> pl.Series:
    from privet.scan import find_pii_batch

    key_bytes = (
        require_key(ctx, rule.action).derive(f"privet/pseudonymize/{rule.namespace}")
        if rule.replace_with == "pseudonym"
        else b""
    )
    text = to_text(series)
    present = text.is_not_null()
    values = text.filter(present).to_list()
    kwargs: dict[str, Any] = {"language": rule.language}
    if rule.entities is not None:
        kwargs["entities"] = rule.entities
    spans_per_text = find_pii_batch(values, **kwargs) if values else []

    def replace(span: Any, surface: str) -> str:
        entity = str(getattr(span.entity, "value", span.entity))
        if rule.replace_with == "tag":
            return f"[{entity}]"
        return f"<{entity}:{pseudonym(surface, key_bytes=key_bytes, length=16, normalize=True)}>"

    redacted = iter(replace_spans(t, list(s), replace) for t, s in zip(values, spans_per_text, strict=True))
    out = [next(redacted) if flag else None for flag in present.to_list()]
    return pl.Series(series.name, out, dtype=pl.String)
