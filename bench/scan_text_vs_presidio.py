"""privet.find_pii_batch vs Microsoft Presidio's analyzer on the same labelled multilingual texts, in one run.

Texts: tests/scan/_text_corpus.py (Faker, 7 languages, exact span labels, hard negatives; ``--set corpus``, or
``--set hard`` for its differently worded templates) or tests/scan/heldout_texts.py (``--set heldout``: other
registers, locales and value formats, written apart from the corpus; ``--part dev|test|all``). Presidio runs
in its own environment (bench/.venv-presidio, `make -C bench presidio`), once regex-only (NoOpNlpEngine)
and once with the small English spaCy model (en_core_web_sm 3.8.0 re-upload), both with language "en"
(its default recognizers; no other language is configured). privet guesses the language per text.

Reports precision/recall/F1 per entity under overlap and exact matching, and throughput (texts/s and
characters/s; median and min–max over REPEATS runs) for privet and Presidio. Appends to bench/RESULTS.md.

Usage (from the repository root):
  .venv/bin/python bench/scan_text_vs_presidio.py [--per-language 215] [--repeats 5] [--set corpus|hard|heldout]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from _results import append_table, median_range  # noqa: E402
from tests.scan import heldout_texts  # noqa: E402
from tests.scan._text_corpus import evaluate, generate  # noqa: E402

from privet.scan import _text, find_pii_batch  # noqa: E402

PRESIDIO_PY = HERE / ".venv-presidio" / "bin" / "python"


Timed = tuple[list[list[tuple[int, int, str]]], list[float], list[float] | None]


def _clear_caches() -> None:
    """Forget memoized phone parses and token normalizations, so that a repetition gains nothing from the
    previous one (the gazetteer and compiled patterns stay: they are built once per process in real use)."""
    from privet.scan import _names, _text_names, _text_patterns

    _text_patterns._parse_phone.cache_clear()
    _text_patterns._possible_rules.cache_clear()
    _names.normalize_token.cache_clear()
    _text_names._norm.cache_clear()
    _text_names._WORD_INFO.clear()


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished child processes (the workers of a parallel batch)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def run_privet(texts: list[str], repeats: int, workers: int | None = 1) -> Timed:
    find_pii_batch(texts[:20], workers=1)  # warm-up: gazetteer and regex compilation happen once per process
    seconds, cpu = [], []
    spans = []
    for _ in range(repeats):
        _clear_caches()
        start, start_cpu = time.perf_counter(), _cpu_seconds()
        spans = find_pii_batch(texts, workers=workers)
        seconds.append(time.perf_counter() - start)
        cpu.append(_cpu_seconds() - start_cpu)
    return [[(s.start, s.end, str(s.entity)) for s in row] for row in spans], seconds, cpu


def run_presidio(data: Path, mode: str, repeats: int) -> Timed:
    out = data.with_name(f"presidio_{mode}.jsonl")
    subprocess.run([str(PRESIDIO_PY), str(HERE / "_presidio_text.py"), str(data), str(out), mode, str(repeats)],
                   check=True)  # fmt: skip
    lines = out.read_text(encoding="utf-8").splitlines()
    timing = json.loads(lines[-1])
    spans = [[tuple(s) for s in json.loads(line)["spans"]] for line in lines[:-1]]
    return spans, timing["seconds"], timing["cpu"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-language", type=int, default=215)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-spacy", action="store_true", help="skip Presidio with the spaCy model")
    parser.add_argument("--hard", action="store_true", help="the same as --set hard")
    parser.add_argument("--set", choices=("corpus", "hard", "heldout"), default="corpus", dest="text_set")
    parser.add_argument("--part", choices=("dev", "test", "all"), default="all", help="part of the held-out set")
    parser.add_argument("--spacy-repeats", type=int, default=None, help="timed runs with spaCy (default: --repeats)")
    args = parser.parse_args()

    text_set = "hard" if args.hard else args.text_set
    if text_set == "heldout":
        samples = heldout_texts.generate(args.per_language, seed=args.seed, part=args.part)
        source = f"tests/scan/heldout_texts.py (part {args.part})"
    else:
        samples = generate(args.per_language, seed=args.seed, hard=text_set == "hard")
        source = "tests/scan/_text_corpus.py" + (" (hard=True)" if text_set == "hard" else "")
    texts = [s.text for s in samples]
    gold = [s.spans for s in samples]
    chars = sum(len(t) for t in texts)
    data = HERE / "_data" / "scan_texts.jsonl"
    data.parent.mkdir(exist_ok=True)
    data.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")

    # privet and Presidio-regex take turns, one timed run each per round, so that a change in the machine's load
    # during the run falls on both (CPU time is also disturbed by a busy machine, if less than wall time).
    # privet's default spreads a large batch over one process per core (find_pii_batch(workers=None)).
    processes = _text._worker_count(list(texts), None)
    rounds = []
    for _ in range(args.repeats):
        rounds.append((
            run_privet(texts, 1, workers=None),
            run_privet(texts, 1, workers=1),
            run_presidio(data, "regex", 1) if PRESIDIO_PY.exists() else None,
        ))  # fmt: skip

    def merged(runs: list[Timed]) -> Timed:
        return runs[-1][0], [s for r in runs for s in r[1]], [c for r in runs for c in (r[2] or [])]

    default_name = f"privet (default: {processes} process{'es' if processes > 1 else ''})"
    systems = {default_name: merged([r[0] for r in rounds]), "privet (1 process)": merged([r[1] for r in rounds])}
    if PRESIDIO_PY.exists():
        systems["presidio (regex)"] = merged([r[2] for r in rounds if r[2] is not None])
        if not args.no_spacy:
            systems["presidio (spaCy sm)"] = run_presidio(data, "spacy", args.spacy_repeats or args.repeats)
    else:
        print("bench/.venv-presidio is missing: run `make -C bench presidio` to compare with Presidio")

    rows = []
    entity_rows = []
    base = systems.get("presidio (regex)")
    base_wall = statistics.median(base[1]) if base else float("nan")
    base_cpu = statistics.median(base[2] or [float("nan")]) if base else float("nan")
    for name, (pred, seconds, cpu) in systems.items():
        exact, overlap = evaluate(gold, pred)
        rows.append([
            name,
            f"{overlap.prf()[2]:.3f}",
            f"{exact.prf()[2]:.3f}",
            f"{overlap.prf()[0]:.3f}",
            f"{overlap.prf()[1]:.3f}",
            median_range([chars / s for s in seconds], "{:,.0f}"),
            median_range([chars / s for s in cpu], "{:,.0f}") if cpu else "n/a",
            f"{base_wall / statistics.median(seconds):.1f}x",
            f"{base_cpu / statistics.median(cpu):.1f}x" if cpu else "n/a",
        ])  # fmt: skip
        for entity in sorted(set(overlap.entities()) | set(exact.entities())):
            p, r, f = overlap.prf(entity)
            entity_rows.append([name, entity, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{exact.prf(entity)[2]:.3f}"])
        print(f"--- {name}\n{overlap.table()}")
    header = [
        "system", "overlap F1", "exact F1", "overlap P", "overlap R", "chars/s (wall)", "chars/s (CPU)",
        "speed vs Presidio regex (wall)", "speed vs Presidio regex (CPU)",
    ]  # fmt: skip
    notes = (
        f"{len(texts)} texts ({args.per_language} per language x 7 languages, {chars:,} characters), "
        f"generated by {source} with seed {args.seed}; "
        f"{args.repeats} timed runs each "
        f"({args.spacy_repeats or args.repeats} with spaCy), load average {os.getloadavg()[0]:.1f} at the end, "
        f"median (min–max), on {os.cpu_count()} cores. privet's default spreads a batch of 100,000 characters or "
        "more over one process per core; Presidio's analyzer runs in one process. chars/s (CPU) divides by the CPU "
        "time of all the system's processes, which a busy shared machine distorts less than wall time; speed vs "
        "Presidio is Presidio's median time over the system's. "
        "Presidio: presidio-analyzer 2.2.366, language 'en', "
        "types mapped to privet's (LOCATION -> STREET_ADDRESS, DATE_TIME -> DATE_OF_BIRTH, national ids -> "
        "NATIONAL_ID), overlaps resolved by score then length. privet (both ways) and Presidio-regex take turns, "
        "one timed run each per round."
    )
    title = "Free-text scan: privet vs Presidio" + {
        "corpus": "", "hard": " (HARD_TEMPLATES wording)", "heldout": f" (held-out set, part {args.part})"
    }[text_set]  # fmt: skip
    print(append_table(title, header, rows, notes))
    print(append_table("Free-text scan per entity (overlap P/R/F1, exact F1)",
                       ["system", "entity", "P", "R", "F1", "exact F1"], entity_rows))  # fmt: skip


if __name__ == "__main__":
    main()
