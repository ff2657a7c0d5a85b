"""privet's scanner on the blind set (tests/blind): 16 labelled tables and 1,504 labelled texts, 8 languages.

Tables are written as CSV (each with its export's delimiter) to bench/_data/blind/, read back with
``privet.read_table`` and scanned with ``privet.scan``: column category and entity accuracy, "is personal"
F1 (personal = category != none), a per-table breakdown and every wrong column. Texts go through
``privet.find_pii_batch`` (language guessed, or given with ``--language-hint``): span overlap F1 (same entity,
intersecting) and exact F1 (same entity and offsets), spans matched one to one, per language and per entity.
``--append`` adds dated sections to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from _results import append_table  # noqa: E402
from tests.blind.tables import BlindTable, generate_tables  # noqa: E402
from tests.blind.taxonomy import LANGUAGES  # noqa: E402
from tests.blind.texts import BlindText, generate_texts  # noqa: E402

import privet  # noqa: E402

DATA = HERE / "_data" / "blind"
PRIVET_LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pt"}  # find_pii's documented languages


@dataclass
class Wrong:
    table: str
    header: str
    truth: str
    predicted: str


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(x: float) -> str:
    return f"{x:.3f}"


# --- tables --------------------------------------------------------------------------------------------------


def write_csv(table: BlindTable, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{table.name}.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=table.delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([c.header for c in table.columns])
        for i in range(len(table.columns[0].values)):
            writer.writerow(["" if c.values[i] is None else c.values[i] for c in table.columns])
    return path


def score_tables(tables: Sequence[BlindTable]) -> tuple[list[list[object]], list[Wrong], dict[str, float], float]:
    """Per-table rows, wrong columns, overall metrics and scan seconds."""
    rows: list[list[object]] = []
    wrong: list[Wrong] = []
    n = cat_ok = ent_ok = 0
    pers = Counts()
    seconds = 0.0
    for table in tables:
        frame = privet.read_table(write_csv(table, DATA))
        start = time.perf_counter()
        found: list[dict[str, Any]] = privet.scan(frame).to_dict()["columns"]
        seconds += time.perf_counter() - start
        if [f["name"] for f in found] != [c.header for c in table.columns]:
            raise SystemExit(f"{table.name}: scan columns differ from the table's headers")
        t_cat = t_ent = 0
        t_pers = Counts()
        for col, f in zip(table.columns, found, strict=True):
            t_cat += f["category"] == col.category
            t_ent += f["entity"] == col.entity
            truth_p, pred_p = col.category != "none", f["category"] != "none"
            t_pers.add(Counts(int(truth_p and pred_p), int(pred_p and not truth_p), int(truth_p and not pred_p)))
            if f["entity"] != col.entity or f["category"] != col.category:
                wrong.append(Wrong(table.name, col.header, col.entity, f["entity"]))
        k = len(table.columns)
        n, cat_ok, ent_ok = n + k, cat_ok + t_cat, ent_ok + t_ent
        pers.add(t_pers)
        rows.append([table.name, table.lang, k, fmt(t_cat / k), fmt(t_ent / k), fmt(t_pers.prf()[2])])
    overall = {"columns": n, "category_acc": cat_ok / n, "entity_acc": ent_ok / n, "personal_f1": pers.prf()[2],
               "personal_p": pers.prf()[0], "personal_r": pers.prf()[1]}  # fmt: skip
    return rows, wrong, overall, seconds


# --- texts ---------------------------------------------------------------------------------------------------

Key = tuple[int, int, str]


def match(gold: Sequence[Key], pred: Sequence[Key], exact: bool) -> tuple[list[tuple[Key, Key]], list[Key], list[Key]]:
    """One-to-one matching: (matched (gold, predicted) pairs, missed gold, false predictions)."""
    free = list(gold)
    hit: list[tuple[Key, Key]] = []
    false: list[Key] = []
    for p in pred:
        for g in free:
            same = g == p if exact else (g[2] == p[2] and g[0] < p[1] and p[0] < g[1])
            if same:
                free.remove(g)
                hit.append((g, p))
                break
        else:
            false.append(p)
    return hit, free, false


def score_texts(
    items: Sequence[BlindText], hint: bool
) -> tuple[dict[str, dict[str, Counts]], dict[str, dict[str, Counts]], list[tuple[str, str, str, str]], float]:
    """Counts by language and by entity for 'overlap' and 'exact'; error examples; seconds."""
    start = time.perf_counter()
    preds: list[list[Any]] = []
    if hint:
        for lang in LANGUAGES:
            batch = [t.text for t in items if t.lang == lang]
            preds_lang = privet.find_pii_batch(batch, language=lang if lang in PRIVET_LANGUAGES else None)
            preds.extend(preds_lang)
        order = [t for lang in LANGUAGES for t in items if t.lang == lang]
    else:
        preds = privet.find_pii_batch([t.text for t in items])
        order = list(items)
    seconds = time.perf_counter() - start
    by_lang: dict[str, dict[str, Counts]] = {m: defaultdict(Counts) for m in ("overlap", "exact")}
    by_ent: dict[str, dict[str, Counts]] = {m: defaultdict(Counts) for m in ("overlap", "exact")}
    errors: list[tuple[str, str, str, str]] = []  # (kind, lang, entity, surface); bounds: overlap, not exact
    for item, spans in zip(order, preds, strict=True):
        gold: list[Key] = [(s.start, s.end, s.entity) for s in item.spans]
        pred: list[Key] = [(s.start, s.end, str(getattr(s.entity, "value", s.entity))) for s in spans]
        for mode in ("overlap", "exact"):
            hit, missed, false = match(gold, pred, exact=mode == "exact")
            for ent in {k[2] for k in gold + pred}:
                c = Counts(sum(g[2] == ent for g, _ in hit), sum(k[2] == ent for k in false),
                           sum(k[2] == ent for k in missed))  # fmt: skip
                by_ent[mode][ent].add(c)
                by_lang[mode][item.lang].add(c)
            if mode == "overlap":
                errors += [("missed", item.lang, k[2], item.text[k[0] : k[1]]) for k in missed]
                errors += [("false", item.lang, k[2], item.text[k[0] : k[1]]) for k in false]
                errors += [
                    ("bounds", item.lang, g[2], f"{item.text[g[0] : g[1]]} -> {item.text[p[0] : p[1]]}")
                    for g, p in hit
                    if g != p
                ]
    return by_lang, by_ent, errors, seconds


def total(counts: dict[str, Counts]) -> Counts:
    out = Counts()
    for c in counts.values():
        out.add(c)
    return out


# --- report --------------------------------------------------------------------------------------------------


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    widths = [max(len(str(x)) for x in [h, *(r[i] for r in rows)]) for i, h in enumerate(header)]
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths, strict=True)))
    for r in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(r, widths, strict=True)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--per-language", type=int, default=188, help="texts per language")
    ap.add_argument("--language-hint", action="store_true", help="pass each text's language to find_pii_batch")
    ap.add_argument("--examples", type=int, default=3, help="error examples per (kind, language, entity)")
    ap.add_argument("--skip-tables", action="store_true")
    ap.add_argument("--skip-texts", action="store_true")
    ap.add_argument("--append", action="store_true", help="append dated sections to bench/RESULTS.md")
    args = ap.parse_args()

    if not args.skip_tables:
        tables = generate_tables(args.seed, args.rows)
        rows, wrong, overall, secs = score_tables(tables)
        print(f"== tables: {len(tables)} x {args.rows} rows, {overall['columns']} columns, scan {secs:.1f} s")
        print(f"category accuracy {fmt(overall['category_acc'])}  entity accuracy {fmt(overall['entity_acc'])}  "
              f"personal F1 {fmt(overall['personal_f1'])} (P {fmt(overall['personal_p'])}, "
              f"R {fmt(overall['personal_r'])})\n")  # fmt: skip
        head = ["table", "lang", "columns", "category acc", "entity acc", "personal F1"]
        print_table(head, rows)
        print(f"\n-- wrong columns ({len(wrong)}): table, header, truth, predicted")
        print_table(
            ["table", "header", "truth", "predicted"], [[w.table, w.header, w.truth, w.predicted] for w in wrong]
        )
        confusions = Counter((w.truth, w.predicted) for w in wrong)
        print("\n-- confusions (truth -> predicted: columns)")
        for (t, p), k in confusions.most_common():
            print(f"  {t} -> {p}: {k}")
        if args.append:
            summary = ["**all**", "8", overall["columns"], fmt(overall["category_acc"]), fmt(overall["entity_acc"]),
                       fmt(overall["personal_f1"])]  # fmt: skip
            notes = "Wrong columns (table: header truth→predicted): " + "; ".join(
                f"{w.table}: `{w.header}` {w.truth}→{w.predicted}" for w in wrong
            )
            append_table(f"Blind set, tables: privet.scan on 16 independent tables (seed {args.seed})", head,
                         [*rows, summary], notes)  # fmt: skip

    if not args.skip_texts:
        items = generate_texts(args.seed, args.per_language)
        by_lang, by_ent, errors, secs = score_texts(items, args.language_hint)
        ov, ex = total(by_lang["overlap"]), total(by_lang["exact"])
        print(f"\n== texts: {len(items)} texts, {sum(len(t.spans) for t in items)} gold spans, {secs:.1f} s, "
              f"language {'given' if args.language_hint else 'guessed'}")  # fmt: skip
        print(f"overlap P/R/F1 {' / '.join(fmt(x) for x in ov.prf())}   ", end="")
        print(f"exact P/R/F1 {' / '.join(fmt(x) for x in ex.prf())}\n")
        head_l = ["language", "gold", "overlap P", "overlap R", "overlap F1", "exact F1"]
        lang_rows: list[list[object]] = []
        for lang in LANGUAGES:
            o, e = by_lang["overlap"][lang], by_lang["exact"][lang]
            lang_rows.append([lang, o.tp + o.fn, *(fmt(x) for x in o.prf()), fmt(e.prf()[2])])
        lang_rows.append(["**all**", ov.tp + ov.fn, *(fmt(x) for x in ov.prf()), fmt(ex.prf()[2])])
        print_table(head_l, lang_rows)
        head_e = ["entity", "gold", "overlap P", "overlap R", "overlap F1", "exact F1"]
        ent_rows: list[list[object]] = []
        for ent in sorted(by_ent["overlap"]):
            o, e = by_ent["overlap"][ent], by_ent["exact"][ent]
            ent_rows.append([ent, o.tp + o.fn, *(fmt(x) for x in o.prf()), fmt(e.prf()[2])])
        print()
        print_table(head_e, ent_rows)
        groups = Counter((kind, lang, ent) for kind, lang, ent, _ in errors)
        print("\n-- errors by (kind, language, entity): missed, false (overlap), bounds (overlap but not exact)")
        for (kind, lang, ent), k in groups.most_common():
            shown = [s for kd, lg, en, s in errors if (kd, lg, en) == (kind, lang, ent)][: args.examples]
            print(f"  {kind:6} {lang} {ent:15} {k:4}  e.g. {' | '.join(repr(s) for s in shown)}")
        if args.append:
            mode = "given" if args.language_hint else "guessed"
            title = f"Blind set, texts: privet.find_pii_batch on {len(items)} independent texts, language {mode}"
            append_table(title, head_l, lang_rows)
            append_table(title + ", per entity", head_e, ent_rows)


if __name__ == "__main__":
    main()
