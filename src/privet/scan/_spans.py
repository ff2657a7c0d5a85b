"""Spans of personal data in a text, their overlap resolution and redaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from privet.entities import TEXT_ENTITIES, Entity
from privet.errors import InvalidParameterError

__all__ = ["Span", "redact_text", "resolve_overlaps", "trim_span"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A piece of personal data in a text (spec/entities.md, "Free-text spans").

    ``start``/``end`` are Python string indices (code points), end exclusive; ``score`` is 0..1.
    """

    start: int
    end: int
    entity: Entity
    score: float

    def to_dict(self) -> dict[str, object]:
        """The spec's JSON object: ``{"start", "end", "entity", "score"}``."""
        return {"start": self.start, "end": self.end, "entity": str(self.entity), "score": round(self.score, 3)}


# Which entity wins when two candidates overlap: the more specific, validated pattern first.
PRIORITY: dict[Entity, int] = {
    Entity.EMAIL: 100,
    Entity.URL: 95,
    Entity.IBAN: 90,
    Entity.CREDIT_CARD: 85,
    Entity.NATIONAL_ID: 80,
    Entity.IP_ADDRESS: 75,
    Entity.DATE_OF_BIRTH: 70,
    Entity.PHONE: 65,
    Entity.STREET_ADDRESS: 68,
    Entity.PERSON_NAME: 50,
}


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def resolve_overlaps(candidates: Sequence[Span]) -> list[Span]:
    """Keep a non-overlapping subset, preferring priority, then score, then length; sorted by start."""
    if len(candidates) < 2:
        return [s for s in candidates if s.end > s.start]
    ranked = sorted(candidates, key=_rank)
    taken: list[Span] = []
    for span in ranked:
        start, end = span.start, span.end
        if end <= start:
            continue
        for other in taken:
            if end > other.start and start < other.end:
                break
        else:
            taken.append(span)
    taken.sort(key=_START)  # non-empty spans that do not overlap have distinct starts: the same order as sort()
    return taken


def _rank(s: Span) -> tuple[int, float, int, int]:
    return (-PRIORITY.get(s.entity, 0), -s.score, -(s.end - s.start), s.start)


_START = attrgetter("start")


Replacement = str | Callable[[Span, str], str]


def _mask(span: Span, original: str) -> str:
    return "*" * len(original)


def redact_text(text: str, spans: Sequence[Span], *, replacement: Replacement = "<{entity}>") -> str:
    """``text`` with every span replaced.

    ``replacement`` is ``"tag"`` (the default template ``"<{entity}>"``: a name becomes ``<PERSON_NAME>``),
    ``"mask"`` (one ``*`` per character), any other template formatted with ``entity``, or a callable
    ``(span, original) -> str`` for pseudonyms.
    Spans must lie inside the text and must not overlap (as :func:`privet.find_pii` returns them).
    """
    if not isinstance(text, str):
        raise InvalidParameterError(f"The 'text' parameter of redact_text must be a str. Got {type(text).__name__}.")
    if not (isinstance(replacement, str) or callable(replacement)):
        raise InvalidParameterError(
            "The 'replacement' parameter of redact_text must be a template string or a callable. "
            f"Got {type(replacement).__name__}."
        )
    if replacement == "tag":
        replacement = "<{entity}>"
    elif replacement == "mask":
        replacement = _mask
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    out: list[str] = []
    cursor = 0
    for span in ordered:
        if not isinstance(span, Span):
            raise InvalidParameterError(
                f"The 'spans' parameter of redact_text must hold Span objects. Got {type(span).__name__}."
            )
        if span.start < cursor or span.end > len(text) or span.start > span.end:
            raise InvalidParameterError(
                "The 'spans' parameter of redact_text must hold non-overlapping spans inside the text "
                f"(length {len(text)}). Got a span [{span.start}, {span.end}) after offset {cursor}."
            )
        out.append(text[cursor : span.start])
        original = text[span.start : span.end]
        if isinstance(replacement, str):
            out.append(replacement.format(entity=str(span.entity)))
        else:
            out.append(str(replacement(span, original)))
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out)


def check_entities(entities: object) -> frozenset[Entity]:
    """Validate the ``entities`` filter of find_pii: None (all text entities) or an iterable of names."""
    if entities is None:
        return TEXT_ENTITIES
    if isinstance(entities, (str, Entity)):
        entities = [entities]
    try:
        chosen = frozenset(Entity(str(e).upper()) for e in entities)  # type: ignore[attr-defined]
    except (TypeError, ValueError) as exc:
        raise InvalidParameterError(
            "The 'entities' parameter of find_pii must be None or a list of text entities "
            f"({', '.join(sorted(TEXT_ENTITIES))}). Got an unknown entity."
        ) from exc
    unknown = chosen - TEXT_ENTITIES
    if unknown:
        raise InvalidParameterError(
            "The 'entities' parameter of find_pii must name text entities "
            f"({', '.join(sorted(TEXT_ENTITIES))}). Got {', '.join(sorted(unknown))}."
        )
    return chosen
