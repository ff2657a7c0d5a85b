"""Span invariants of privet.find_pii as hypothesis properties."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privet.entities import TEXT_ENTITIES
from privet.scan import find_pii, find_pii_batch, redact_text

# Pieces that make detectors fire, mixed with arbitrary text.
PIECES = [
    "John Smith", "Dr. Anna Müller", "anna@example.org", "support@acme.com", "+49 30 1234567", "0800 123 4567",
    "4111 1111 1111 1111", "**** 4821", "DE89 3704 0044 0532 0130 00", "192.168.1.20", "version 1.2.3.4",
    "536-22-1234", "born 12.03.1985", "Hauptstraße 5, 10115 Berlin", "https://github.com/jdoe", "Müller GmbH",
    "\n", "  ", ", ", ". ", "🙂", "𝔘𝔫𝔦", "é", "\t",
]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=12).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> None:
    spans = find_pii(text)
    previous_end = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end, "spans overlap or are unsorted"
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        assert span.entity in TEXT_ENTITIES
        assert 0.0 < span.score <= 1.0
        previous_end = span.end


@SETTINGS
@given(texts)
def test_span_invariants(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.text(max_size=200))
def test_span_invariants_on_any_unicode(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), max_size=5), texts)
def test_offsets_are_code_points(prefix: str, tail: str) -> None:
    text = f"{prefix} mail jane.doe@example.org {tail}"
    spans = [s for s in find_pii(text) if text[s.start : s.end] == "jane.doe@example.org"]
    assert spans, "the planted e-mail is found at its code-point offsets"


@SETTINGS
@given(texts)
def test_redact_identity_and_tags(text: str) -> None:
    spans = find_pii(text)
    assert redact_text(text, spans, replacement=lambda span, value: value) == text
    redacted = redact_text(text, spans)
    for span in spans:
        assert f"<{span.entity}>" in redacted


@settings(max_examples=30, deadline=None)
@given(st.lists(texts, max_size=6))
def test_batch_equals_map(batch: list[str]) -> None:
    assert find_pii_batch(batch) == [find_pii(t) for t in batch]
