# ruff: noqa: E501, B905, RUF005  (data-heavy generator: long literal lines are deliberate)
"""Blind evaluation of privet's column scanner and free-text span finder on the blind2 set.

The set (tests/blind2) was built independently of the scanner's implementation. Tables are written to
CSV under bench/_data/blind2/, read back with ``privet.read_table`` and scanned with ``privet.scan``;
texts go through ``privet.find_pii_batch(texts, language=None)``.

    python bench/scan_blind2.py [--errors PATH] [--json PATH]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.blind2.tables import build_tables  # noqa: E402
from tests.blind2.texts import build_texts  # noqa: E402

import privet  # noqa: E402

DATA = ROOT / "bench" / "_data" / "blind2"
ENCODING = {
    "de_lohn_export": "cp1252",
    "fr_dossiers_patients": "utf-8-sig",
    "mixed_krankenkasse_leistungen": "utf-8-sig",
}


def _val(x) -> str:
    return getattr(x, "value", x) if x is not None else "NONE"


def write_csv(table, path: Path) -> None:
    enc = ENCODING.get(table.name, "utf-8")
    rows = zip(*[c.values for c in table.columns])
    try:
        _write(table, path, enc, rows)
    except UnicodeEncodeError:
        _write(table, path, "utf-8", zip(*[c.values for c in table.columns]))


def _write(table, path: Path, enc: str, rows) -> None:
    with open(path, "w", encoding=enc, newline="") as fh:
        w = csv.writer(fh, delimiter=table.delimiter, lineterminator="\r\n" if table.lang in ("de", "fr") else "\n")
        w.writerow([c.header for c in table.columns])
        for r in rows:
            w.writerow(["" if v is None else v for v in r])


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ----------------------------------------------------------------------------- tables
def eval_tables() -> tuple[list[dict], float]:
    DATA.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    t0 = time.perf_counter()
    scan_time = 0.0
    for table in build_tables():
        path = DATA / f"{table.name}.csv"
        write_csv(table, path)
        frame = privet.read_table(path)
        s0 = time.perf_counter()
        report = privet.scan(frame).to_dict()
        scan_time += time.perf_counter() - s0
        cols = report["columns"]
        assert [c["name"] for c in cols] == [c.header for c in table.columns], table.name
        for gold, pred in zip(table.columns, cols):
            rows.append(
                {
                    "table": table.name,
                    "lang": table.lang,
                    "header": gold.header,
                    "gold_cat": gold.category,
                    "gold_ent": gold.entity,
                    "pred_cat": pred["category"],
                    "pred_ent": _val(pred["entity"]),
                    "conf": pred["confidence"],
                    "example": _example(gold.values),
                }
            )
    print(f"_tables: {len(rows)} columns, build+scan {time.perf_counter() - t0:.1f}s (scan {scan_time:.1f}s)_\n")
    return rows, scan_time


def _example(values: list) -> str:
    for v in values:
        if v not in (None, ""):
            s = str(v).strip()
            return s[:3] + "…" if len(s) > 3 else s
    return ""


def table_metrics(rows: list[dict]) -> dict:
    n = len(rows)
    cat = sum(r["gold_cat"] == r["pred_cat"] for r in rows)
    ent = sum(r["gold_ent"] == r["pred_ent"] for r in rows)
    tp = sum(r["gold_cat"] != "none" and r["pred_cat"] != "none" for r in rows)
    fp = sum(r["gold_cat"] == "none" and r["pred_cat"] != "none" for r in rows)
    fn = sum(r["gold_cat"] != "none" and r["pred_cat"] == "none" for r in rows)
    p, rc, f = f1(tp, fp, fn)
    return {
        "n": n,
        "cat_acc": cat / n if n else 0,
        "ent_acc": ent / n if n else 0,
        "personal_p": p,
        "personal_r": rc,
        "personal_f1": f,
    }


# ----------------------------------------------------------------------------- texts
def match(gold: list[dict], pred: list[dict], exact: bool) -> tuple[list[tuple[int, int]], set, set]:
    """One-to-one matching; returns matched (gi, pi) pairs, unmatched gold ids, unmatched pred ids."""
    pairs = []
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["entity"] != p["entity"]:
                continue
            if exact:
                ok = g["start"] == p["start"] and g["end"] == p["end"]
                ov = g["end"] - g["start"] if ok else 0
            else:
                ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
                ok = ov > 0
            if ok:
                cands.append((-ov, gi, pi))
    used_g, used_p = set(), set()
    for _, gi, pi in sorted(cands):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs, set(range(len(gold))) - used_g, set(range(len(pred))) - used_p


def eval_texts():
    snippets = build_texts()
    t0 = time.perf_counter()
    preds = privet.find_pii_batch([s.text for s in snippets], language=None)
    elapsed = time.perf_counter() - t0
    print(
        f"_texts: {len(snippets)} snippets, {sum(len(s.spans) for s in snippets)} gold spans, find_pii_batch {elapsed:.1f}s_\n"
    )
    results = []
    for s, ps in zip(snippets, preds):
        pred = [{"entity": _val(p.entity), "start": p.start, "end": p.end} for p in ps]
        results.append((s, pred))
    return results


def text_metrics(results, key=lambda s, ent: True):
    out = {}
    for mode in ("overlap", "exact"):
        tp = fp = fn = 0
        for s, pred in results:
            pairs, fng, fpp = match(s.spans, pred, mode == "exact")
            tp += sum(1 for gi, _ in pairs if key(s, s.spans[gi]["entity"]))
            fn += sum(1 for gi in fng if key(s, s.spans[gi]["entity"]))
            fp += sum(1 for pi in fpp if key(s, pred[pi]["entity"]))
        out[mode] = (tp, fp, fn) + f1(tp, fp, fn)
    return out


def ctx(text: str, start: int, end: int, w: int = 40) -> str:
    left = text[max(0, start - w) : start].replace("\n", "⏎")
    right = text[end : end + w].replace("\n", "⏎")
    return f"…{left}[[{text[start:end]}]]{right}…".replace("|", "\\|")


# ----------------------------------------------------------------------------- report
def md_table(header: list[str], rows: list[list]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(f"{x:.3f}" if isinstance(x, float) else str(x) for x in r) + " |")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", type=Path, help="write wrong columns and text FP/FN lists here (markdown)")
    ap.add_argument("--json", type=Path, help="write headline metrics as JSON")
    args = ap.parse_args()

    print("# blind2 evaluation\n")
    rows, _ = eval_tables()
    m = table_metrics(rows)
    print("## Tables\n")
    print(
        md_table(
            ["columns", "category acc", "entity acc", "personal P", "personal R", "personal F1"],
            [[m["n"], m["cat_acc"], m["ent_acc"], m["personal_p"], m["personal_r"], m["personal_f1"]]],
        )
    )
    print("\n### per language\n")
    langs = sorted({r["lang"] for r in rows})
    print(
        md_table(
            ["lang", "columns", "category acc", "entity acc", "personal F1"],
            [
                [
                    lg,
                    (mm := table_metrics([r for r in rows if r["lang"] == lg]))["n"],
                    mm["cat_acc"],
                    mm["ent_acc"],
                    mm["personal_f1"],
                ]
                for lg in langs
            ],
        )
    )
    print("\n### per table\n")
    tables = list(dict.fromkeys(r["table"] for r in rows))
    print(
        md_table(
            ["table", "lang", "columns", "category acc", "entity acc", "personal F1"],
            [
                [
                    t,
                    next(r["lang"] for r in rows if r["table"] == t),
                    (mm := table_metrics([r for r in rows if r["table"] == t]))["n"],
                    mm["cat_acc"],
                    mm["ent_acc"],
                    mm["personal_f1"],
                ]
                for t in tables
            ],
        )
    )
    wrong = [r for r in rows if r["gold_ent"] != r["pred_ent"] or r["gold_cat"] != r["pred_cat"]]
    wrong_md = md_table(
        ["table", "header", "gold category", "gold entity", "pred category", "pred entity", "conf", "value"],
        [
            [
                r["table"],
                f"`{r['header']}`",
                r["gold_cat"],
                r["gold_ent"],
                r["pred_cat"],
                r["pred_ent"],
                f"{r['conf']:.2f}",
                r["example"],
            ]
            for r in wrong
        ],
    )
    print(f"\n### wrong columns ({len(wrong)})\n")
    print(wrong_md)

    results = eval_texts()
    print("## Texts\n")
    tm = text_metrics(results)
    print(md_table(["match", "TP", "FP", "FN", "P", "R", "F1"], [[k, *v] for k, v in tm.items()]))
    print("\n### per language\n")
    lrows = []
    for lg in sorted({s.lang for s, _ in results}):
        mm = text_metrics([x for x in results if x[0].lang == lg])
        lrows.append([lg, *mm["overlap"][3:], mm["exact"][5]])
    print(md_table(["lang", "overlap P", "overlap R", "overlap F1", "exact F1"], lrows))
    print("\n### per entity\n")
    ents = sorted({sp["entity"] for s, p in results for sp in s.spans} | {sp["entity"] for _, p in results for sp in p})
    erows = []
    for e in ents:
        mm = text_metrics(results, key=lambda s, ent, e=e: ent == e)
        erows.append([e, mm["overlap"][0], mm["overlap"][1], mm["overlap"][2], *mm["overlap"][3:], mm["exact"][5]])
    print(md_table(["entity", "TP", "FP", "FN", "overlap P", "overlap R", "overlap F1", "exact F1"], erows))
    fps, fns = [], []
    for s, pred in results:
        _, fng, fpp = match(s.spans, pred, False)
        for gi in sorted(fng):
            g = s.spans[gi]
            fns.append([s.id, g["entity"], ctx(s.text, g["start"], g["end"])])
        for pi in sorted(fpp):
            p = pred[pi]
            fps.append([s.id, p["entity"], ctx(s.text, p["start"], p["end"])])
    print(f"\n_text errors: {len(fps)} false positives, {len(fns)} false negatives (overlap matching)_\n")
    if args.errors:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        with open(args.errors, "w", encoding="utf-8") as fh:
            fh.write(f"# blind2 errors\n\n## Wrong columns ({len(wrong)})\n\n{wrong_md}\n\n")
            fh.write(
                f"## Text false positives ({len(fps)})\n\n" + md_table(["id", "pred entity", "context"], fps) + "\n\n"
            )
            fh.write(
                f"## Text false negatives ({len(fns)})\n\n" + md_table(["id", "gold entity", "context"], fns) + "\n"
            )
        print(f"_errors written to {args.errors}_")
    else:
        print("### false positives\n")
        print(md_table(["id", "pred entity", "context"], fps))
        print("\n### false negatives\n")
        print(md_table(["id", "gold entity", "context"], fns))
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "tables": m,
                    "texts": {k: dict(zip(["tp", "fp", "fn", "p", "r", "f1"], v)) for k, v in tm.items()},
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
