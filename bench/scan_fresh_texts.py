"""A text-only fresh set (tests/blindN/texts.py with ``all_texts()``): run privet.find_pii_batch with the
language guessed, score spans one to one (overlap: same entity and intersecting; exact: same entity and
offsets), per language and per entity, and list every miss, false span and bound mismatch.

Each item of ``all_texts()`` has ``lang``, ``text`` and ``spans`` (each with ``start``, ``end``, ``entity``).

Run: python bench/scan_fresh_texts.py blind17 [--errors 200]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from scan_blind import Counts, fmt, match, print_table, total  # noqa: E402

import privet  # noqa: E402


def evaluate(set_name: str, max_errors: int) -> None:
    items = importlib.import_module(f"tests.{set_name}.texts").all_texts()
    for item in items:
        for s in item.spans:
            assert 0 <= s.start < s.end <= len(item.text), (set_name, item.text, s)
    start = time.perf_counter()
    preds = privet.find_pii_batch([t.text for t in items])
    seconds = time.perf_counter() - start
    by_lang: dict[str, dict[str, Counts]] = {m: defaultdict(Counts) for m in ("overlap", "exact")}
    by_ent: dict[str, dict[str, Counts]] = {m: defaultdict(Counts) for m in ("overlap", "exact")}
    errors: list[tuple[str, str, str, str]] = []
    for item, spans in zip(items, preds, strict=True):
        gold = [(s.start, s.end, str(s.entity)) for s in item.spans]
        pred = [(s.start, s.end, str(getattr(s.entity, "value", s.entity))) for s in spans]
        for mode in ("overlap", "exact"):
            hit, missed, false = match(gold, pred, exact=mode == "exact")
            for ent in {k[2] for k in gold + pred}:
                c = Counts(
                    sum(g[2] == ent for g, _ in hit), sum(k[2] == ent for k in false), sum(k[2] == ent for k in missed)
                )
                by_ent[mode][ent].add(c)
                by_lang[mode][item.lang].add(c)
            if mode == "overlap":
                errors += [("missed", item.lang, k[2], item.text[k[0] : k[1]]) for k in missed]
                errors += [("false", item.lang, k[2], item.text[k[0] : k[1]]) for k in false]
                errors += [
                    ("bounds", item.lang, g[2], f"{item.text[g[0] : g[1]]!r} -> {item.text[p[0] : p[1]]!r}")
                    for g, p in hit
                    if g != p
                ]
    chars = sum(len(t.text) for t in items)
    n_gold = sum(len(t.spans) for t in items)
    print(f"=== {set_name}: {len(items)} texts, {n_gold} gold spans, {chars:,} chars, {seconds:.1f} s")
    o, e = total(by_lang["overlap"]), total(by_lang["exact"])
    print(f"overlap P/R/F1 {fmt(o.prf()[0])} / {fmt(o.prf()[1])} / {fmt(o.prf()[2])}   exact F1 {fmt(e.prf()[2])}")
    for title, table in (("language", by_lang), ("entity", by_ent)):
        rows = []
        for key in sorted(table["overlap"]):
            oc, ec = table["overlap"][key], table["exact"][key]
            rows.append([key, oc.tp + oc.fn, *map(fmt, oc.prf()), fmt(ec.prf()[2])])
        print()
        print_table([title, "gold", "overlap P", "overlap R", "overlap F1", "exact F1"], rows)
    print(f"\nerrors ({len(errors)}; first {max_errors}): kind | lang | entity | surface")
    for kind, lang, ent, surface in errors[:max_errors]:
        print(f"  {kind} | {lang} | {ent} | {surface}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--errors", type=int, default=200, help="errors to list")
    args = ap.parse_args()
    for set_name in args.sets:
        evaluate(set_name, args.errors)


if __name__ == "__main__":
    main()
