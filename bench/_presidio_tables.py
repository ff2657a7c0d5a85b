"""Run presidio-structured's column analysis over tables (runs inside bench/.venv-presidio, called by
scan_vs_presidio.py). Reads a JSON list of CSV paths, writes
{"columns": [{name: entity}, ...], "seconds": [...], "cpu_seconds": [...]}.

Usage: python _presidio_tables.py TABLES.json OUT.json MODE ROWS REPEATS      (MODE: regex | spacy)
"""

from __future__ import annotations

import json
import logging
import sys
import time
from pathlib import Path

import pandas as pd

logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
logging.getLogger("presidio-structured").setLevel(logging.ERROR)

from _presidio_text import engine  # noqa: E402
from presidio_structured import PandasAnalysisBuilder  # noqa: E402

# Presidio entity types -> privet column entities (spec/entities.md); anything else is NONE.
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
    "US_PASSPORT": "PASSPORT",
    "US_DRIVER_LICENSE": "DRIVER_LICENSE",
    "US_BANK_NUMBER": "BANK_ACCOUNT",
    "MEDICAL_LICENSE": "MEDICAL_RECORD_NUMBER",
    "LOCATION": "CITY",
    "DATE_TIME": "DATE_OF_BIRTH",  # Presidio cannot tell birth dates from other dates
    "NRP": "NATIONALITY",
}


def main() -> None:
    tables, dst, mode, rows, repeats = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
    paths = json.loads(Path(tables).read_text(encoding="utf-8"))
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False, na_values=[""]) for p in paths]
    builder = PandasAnalysisBuilder(analyzer=engine(mode))
    seconds, cpu = [], []
    columns: list[dict[str, str]] = []
    for _ in range(repeats):
        columns = []
        start, cpu_start = time.perf_counter(), time.process_time()
        for frame in frames:
            analysis = builder.generate_analysis(frame.fillna(""), n=min(rows, len(frame)), language="en")
            found = {k: MAPPING.get(v, "NONE") for k, v in analysis.entity_mapping.items()}
            columns.append({name: found.get(name, "NONE") for name in frame.columns})
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    with open(dst, "w", encoding="utf-8") as fh:
        json.dump({"columns": columns, "seconds": seconds, "cpu_seconds": cpu}, fh)


if __name__ == "__main__":
    main()
