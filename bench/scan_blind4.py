"""Blind evaluation set 4: column scan and free-text spans (see tests/blind4/).

Usage: python bench/scan_blind4.py [--errors PATH]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.blind4 import common as C  # noqa: E402
from tests.blind4.tables import all_tables  # noqa: E402
from tests.blind4.texts import all_texts  # noqa: E402

import privet  # noqa: E402

DATA = ROOT / "bench" / "_data" / "blind4"
NULL_TOKEN = {"crypto_exchange_en": "NULL", "census_es": "NA"}


def write_csv(t) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"{t.name}.csv"
    headers = list(t.data)
    null = NULL_TOKEN.get(t.name, "")
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=t.sep, lineterminator="\r\n" if t.lang in ("de", "fr") else "\n")
        w.writerow(headers)
        for i in range(t.rows):
            w.writerow([null if t.data[h][i] is None else t.data[h][i] for h in headers])
    return path


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def short(v, n: int = 60) -> str:
    s = repr(v)
    return s if len(s) <= n else s[: n - 3] + "..."


def run_tables(errors: list[str]) -> dict:
    rows = []  # (table, lang, header, gold, pred_entity, pred_cat, conf, first)
    t0 = time.time()
    for t in all_tables():
        path = write_csv(t)
        frame = privet.read_table(path)
        rep = privet.scan(frame).to_dict()
        by_name = {col["name"]: col for col in rep["columns"]}
        for col in t.cols:
            if col.gold is None:
                continue
            pc = by_name.get(col.header)
            if pc is None:
                raise SystemExit(f"{t.name}: column {col.header!r} missing from the scan result")
            first = next((x for x in t.data[col.header] if x is not None), None)
            rows.append((t.name, t.lang, col.header, col.gold, pc["entity"], pc["category"], pc["confidence"], first))
    elapsed = time.time() - t0

    def acc(sel):
        n = len(sel)
        cat = sum(C.CATEGORY[r[3]] == r[5] for r in sel)
        ent = sum(r[3] == r[4] for r in sel)
        tp = sum(C.CATEGORY[r[3]] != "none" and r[5] != "none" for r in sel)
        fp = sum(C.CATEGORY[r[3]] == "none" and r[5] != "none" for r in sel)
        fn = sum(C.CATEGORY[r[3]] != "none" and r[5] == "none" for r in sel)
        return n, cat / n, ent / n, f1(tp, fp, fn)[2]

    n, ca, ea, pf = acc(rows)
    print(f"== TABLES: {len(set(r[0] for r in rows))} tables, {n} scored columns ({elapsed:.1f}s)")
    print(f"category accuracy {ca:.3f}   entity accuracy {ea:.3f}   personal F1 {pf:.3f}")
    print("\nper language:            cols  cat    ent    pF1")
    for lang in [*C.LANGS, "mixed"]:
        sel = [r for r in rows if r[1] == lang]
        if sel:
            n_, a, b, f = acc(sel)
            print(f"  {lang:22s} {n_:5d}  {a:.3f}  {b:.3f}  {f:.3f}")
    print("\nper table:")
    for name in dict.fromkeys(r[0] for r in rows):
        sel = [r for r in rows if r[0] == name]
        n_, a, b, f = acc(sel)
        print(f"  {name:24s} {n_:3d}  cat {a:.3f}  ent {b:.3f}  pF1 {f:.3f}")
    wrong = [r for r in rows if r[3] != r[4]]
    lines = [
        f"{r[0]} | {r[2]!r} | gold {r[3]} ({C.CATEGORY[r[3]]}) | pred {r[4]} ({r[5]}) {r[6]:.2f} | {short(r[7])}"
        for r in wrong
    ]
    print(f"\nwrong columns ({len(wrong)}; * = category also wrong):")
    for r, line in zip(wrong, lines, strict=False):
        print(("* " if C.CATEGORY[r[3]] != r[5] else "  ") + line)
    errors.append("# TABLE COLUMN ERRORS")
    errors.extend(lines)
    pat = Counter((r[3], r[4]) for r in wrong)
    print("\ncolumn error patterns (gold -> pred):")
    for (g, p), k in pat.most_common():
        print(f"  {k:3d}  {g} -> {p}")
    return {"category_acc": ca, "entity_acc": ea, "personal_f1": pf}


def match(gold, pred, exact: bool):
    """One-to-one matching of same-entity spans; overlap or exact boundaries."""
    used, tp, pairs = set(), 0, []
    for gi, (ge, gs, gt) in enumerate(gold):
        for pi, (pe, ps, pt) in enumerate(pred):
            if pi in used or pe != ge:
                continue
            if (ps == gs and pt == gt) if exact else (ps < gt and gs < pt):
                used.add(pi)
                tp += 1
                pairs.append(gi)
                break
    return tp, set(pairs), used


def run_texts(errors: list[str]) -> dict:
    snippets = all_texts()
    t0 = time.time()
    preds = privet.find_pii_batch([s.text for s in snippets], language=None)
    elapsed = time.time() - t0
    tot = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # key -> tp, fp, fn (overlap), tp, fp, fn (exact)
    fpl, fnl, bnd = [], [], []
    for s, ps in zip(snippets, preds, strict=False):
        gold = sorted(s.spans, key=lambda x: x[1])
        pred = [(str(getattr(p.entity, "value", p.entity)), p.start, p.end) for p in ps]
        for exact, off in ((False, 0), (True, 3)):
            _tp, gm, pm = match(gold, pred, exact)
            for gi, g in enumerate(gold):
                hit = gi in gm
                for key in ("ALL", s.lang, g[0]):
                    tot[key][off + (0 if hit else 2)] += 1
                if not hit and not exact:
                    fnl.append((s, g, pred))
                if not hit and exact and gi in match(gold, pred, False)[1]:
                    bnd.append((s, g, pred))
            for pi, p in enumerate(pred):
                if pi not in pm:
                    for key in ("ALL", s.lang, p[0]):
                        tot[key][off + 1] += 1
                    if not exact:
                        fpl.append((s, p, gold))

    def line(key):
        a, b, c_, d, e, f = tot[key]
        po, ro, fo = f1(a, b, c_)
        __pe, _re, fe = f1(d, e, f)
        return f"  {key:16s} overlap P {po:.3f} R {ro:.3f} F1 {fo:.3f} | exact F1 {fe:.3f}  (gold {a + c_})"

    print(f"\n== TEXTS: {len(snippets)} snippets, {sum(len(s.spans) for s in snippets)} gold spans ({elapsed:.1f}s)")
    print(line("ALL"))
    print("per language:")
    for lang in C.LANGS:
        print(line(lang))
    print("per entity:")
    for e in C.TEXT_ENTITIES:
        if e in tot:
            print(line(e))

    def ctx(s, a, b):
        return (s.text[max(0, a - 30) : a] + "[[" + s.text[a:b] + "]]" + s.text[b : b + 30]).replace("\n", "\\n")

    fp_lines, fn_lines = [], []
    for s, p, gold in fpl:
        near = [g for g in gold if g[1] < p[2] and p[1] < g[2]]
        note = f" (gold here: {near[0][0]} {s.text[near[0][1] : near[0][2]]!r})" if near else ""
        fp_lines.append(f"FP {s.lang} t{s.template} {p[0]} {s.text[p[1] : p[2]]!r}{note} :: {ctx(s, p[1], p[2])}")
    for s, g, pred in fnl:
        near = [p for p in pred if p[1] < g[2] and g[1] < p[2]]
        note = f" (pred here: {near[0][0]} {s.text[near[0][1] : near[0][2]]!r})" if near else ""
        fn_lines.append(f"FN {s.lang} t{s.template} {g[0]} {s.text[g[1] : g[2]]!r}{note} :: {ctx(s, g[1], g[2])}")
    bd_lines = []
    for s, g, pred in bnd:
        near = [p for p in pred if p[0] == g[0] and p[1] < g[2] and g[1] < p[2]]
        bd_lines.append(
            f"BOUNDARY {s.lang} t{s.template} {g[0]} gold {s.text[g[1] : g[2]]!r} pred "
            f"{[s.text[p[1] : p[2]] for p in near]} :: {ctx(s, g[1], g[2])}"
        )
    print(f"\nboundary mismatches (overlap hit, exact miss) ({len(bd_lines)}):")
    print("\n".join(bd_lines))
    errors.append("# TEXT BOUNDARY MISMATCHES")
    errors.extend(bd_lines)
    print(f"\nfalse positives ({len(fp_lines)}):")
    print("\n".join(fp_lines))
    print(f"\nfalse negatives ({len(fn_lines)}):")
    print("\n".join(fn_lines))
    errors.append("# TEXT FALSE POSITIVES")
    errors.extend(fp_lines)
    errors.append("# TEXT FALSE NEGATIVES")
    errors.extend(fn_lines)
    a, b, c_, d, e, f = tot["ALL"]
    return {"overlap_f1": f1(a, b, c_)[2], "exact_f1": f1(d, e, f)[2]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", help="write the error lists to this file")
    args = ap.parse_args()
    errors: list[str] = []
    t = run_tables(errors)
    x = run_texts(errors)
    print("\n== HEADLINE")
    print(
        f"category acc {t['category_acc']:.3f} | entity acc {t['entity_acc']:.3f} | personal F1 {t['personal_f1']:.3f}"
        f" | text overlap F1 {x['overlap_f1']:.3f} | text exact F1 {x['exact_f1']:.3f}"
    )
    if args.errors:
        Path(args.errors).write_text("\n".join(errors) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
