"""privet.scan vs Microsoft Presidio (presidio-structured) on labelled tables: column category accuracy,
entity accuracy, "is personal" F1, per-entity precision/recall/F1 and throughput (cells/s), with both tools
examining the same number of rows per table. The free-text side of the comparison (find_pii vs
presidio-analyzer) is bench/scan_text_vs_presidio.py.

Tables come from tests/scan/synth.py (``--set synth``: nine locales, a third of the columns with obfuscated or
wrong headers, hard negatives; it shares word lists with privet, so it overstates accuracy) or from
tests/scan/heldout.py (``--set heldout``: fourteen other locale variants, headers and categorical values written
apart from privet's lexicon and vocabularies, messy cells, hard negatives). Presidio runs in
bench/.venv-presidio (make -C bench presidio), regex-only (NoOpNlpEngine) and with the small English spaCy model.

Usage: cd bench && ../.venv/bin/python scan_vs_presidio.py [--set heldout] [--rows 1000] [--repeats 5]
       [--modes regex,spacy] [--errors] [--no-append]
(--modes none: privet only; --errors: list privet's wrong columns; --no-append: leave RESULTS.md untouched)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _results import append_table, median_range  # noqa: E402
from tests.scan.heldout import REGIONS, make_heldout_table  # noqa: E402
from tests.scan.synth import LOCALES, category, make_table, score  # noqa: E402

import privet  # noqa: E402

PRESIDIO_PY = HERE / ".venv-presidio" / "bin" / "python"


def per_entity(predicted: dict[str, str], truth: dict[str, str]) -> dict[str, tuple[float, float, float]]:
    """Precision, recall, F1 per true/predicted entity (NONE excluded)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for key, true in truth.items():
        pred = predicted[key]
        if pred == true:
            tp[true] += 1
        else:
            fp[pred] += 1
            fn[true] += 1
    out = {}
    for entity in sorted((set(tp) | set(fn) | set(fp)) - {"NONE"}):
        p = tp[entity] / (tp[entity] + fp[entity]) if tp[entity] + fp[entity] else 0.0
        r = tp[entity] / (tp[entity] + fn[entity]) if tp[entity] + fn[entity] else 0.0
        out[entity] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--modes", default="regex,spacy")
    parser.add_argument("--set", choices=("synth", "heldout"), default="synth", dest="table_set")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--no-append", action="store_true", help="print the numbers, do not touch RESULTS.md")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="scan-bench-"))
    paths, truth_by_table = [], []
    if args.table_set == "heldout":
        for i, region in enumerate(REGIONS):
            frame, labels = make_heldout_table(region, rows=args.rows, seed=200 + i + 1000 * args.seed)
            path = tmp / f"heldout-{region}.csv"
            frame.write_csv(path)
            paths.append(path)
            truth_by_table.append(labels)
    else:
        for i, locale in enumerate(LOCALES):
            mode = ("clear", "obfuscated", "mixed")[i % 3]
            frame, labels = make_table(locale, rows=args.rows, seed=100 + i + 1000 * args.seed, header_mode=mode)
            path = tmp / f"{locale}-{mode}.csv"
            frame.write_csv(path)
            paths.append(path)
            truth_by_table.append(labels)
    cells = sum(len(t) for t in truth_by_table) * args.rows

    # privet, in this process, on the same CSV files (typed by privet.read_table, as a user would)
    frames = [privet.read_table(p) for p in paths]
    privet.scan(frames[0])  # warm the look-up tables
    seconds, cpu, reports = [], [], []
    for _ in range(args.repeats):
        start, cpu_start = time.perf_counter(), time.process_time()
        reports = [privet.scan(f, sample_rows=args.rows) for f in frames]
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    results = {"privet": ([{c.name: c.entity.value for c in r.columns} for r in reports], seconds, cpu)}
    if args.errors:
        for path, report, labels in zip(paths, reports, truth_by_table, strict=True):
            for finding in report.columns:
                if finding.entity.value != labels[finding.name]:
                    truth = labels[finding.name]
                    print(f"{path.stem:>18}  {finding.name!r:38} true {truth:22} got {finding.entity.value:22}"
                          f" {finding.evidence.get('reason', '')}")  # fmt: skip

    tables_json = tmp / "tables.json"
    tables_json.write_text(json.dumps([str(p) for p in paths]))
    for mode in [m for m in args.modes.split(",") if m != "none"]:
        if not PRESIDIO_PY.exists():
            print("bench/.venv-presidio is missing: run make -C bench presidio", file=sys.stderr)
            break
        out = tmp / f"presidio-{mode}.json"
        repeats = max(1, args.repeats // 2)
        subprocess.run([str(PRESIDIO_PY), str(HERE / "_presidio_tables.py"), str(tables_json), str(out), mode,
                        str(args.rows), str(repeats)], check=True, cwd=HERE)  # fmt: skip
        data = json.loads(out.read_text())
        results[f"presidio-structured ({mode})"] = (data["columns"], data["seconds"], data["cpu_seconds"])

    rows, entity_rows = [], []
    privet_seconds = sorted(results["privet"][1])[len(results["privet"][1]) // 2]
    privet_cpu = sorted(results["privet"][2])[len(results["privet"][2]) // 2]
    for tool, (columns, secs, cpus) in results.items():
        predicted, truth = {}, {}
        for t, (found, labels) in enumerate(zip(columns, truth_by_table, strict=True)):
            for name, entity in labels.items():
                predicted[f"{t}/{name}"] = found[name]
                truth[f"{t}/{name}"] = entity
        metrics = score(predicted, truth)
        median = sorted(secs)[len(secs) // 2]
        median_cpu = sorted(cpus)[len(cpus) // 2]
        rows.append([tool, f"{metrics['category_accuracy']:.3f}", f"{metrics['entity_accuracy']:.3f}",
                     f"{metrics['personal_f1']:.3f}", median_range(secs, "{:.2f}"), median_range(cpus, "{:.2f}"),
                     f"{cells / median:,.0f}", f"{median / privet_seconds:.0f}x",
                     f"{median_cpu / privet_cpu:.0f}x"])  # fmt: skip
        for entity, (p, r, f1) in per_entity(predicted, truth).items():
            entity_rows.append([tool, entity, category(entity), f"{p:.2f}", f"{r:.2f}", f"{f1:.2f}"])
        print(rows[-1], flush=True)
    if args.no_append:
        return
    source = (
        "tests/scan/heldout.py (14 locale variants, headers and categorical values written apart from privet's "
        "word lists, messy cells, hard negatives)"
        if args.table_set == "heldout"
        else "tests/scan/synth.py (Faker, 9 locales; clear, obfuscated and mixed/wrong headers; hard negatives; "
        "shares word lists with privet)"
    )
    append_table(
        f"privet.scan vs presidio-structured ({args.table_set}): {len(paths)} labelled tables x {args.rows} rows, "
        f"{sum(len(t) for t in truth_by_table)} columns",
        ["tool", "category acc.", "entity acc.", "personal F1", "wall s, median (min–max)", "CPU s, median (min–max)",
         "cells/s (wall)", "wall time vs privet", "CPU time vs privet"],
        rows,
        notes=(f"Tables: {source}. Both tools examine {args.rows} rows per table, one process each. Presidio maps: "
               "LOCATION->CITY, DATE_TIME->DATE_OF_BIRTH, NRP->NATIONALITY; its default column vote (most_common). "
               f"Load average {os.getloadavg()[0]:.1f} at the end (2 cores)."),
    )  # fmt: skip
    append_table("privet.scan vs presidio-structured: per-entity precision / recall / F1 (columns)",
                 ["tool", "entity", "category", "precision", "recall", "F1"], entity_rows)  # fmt: skip


if __name__ == "__main__":
    main()
