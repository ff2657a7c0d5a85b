# ruff: noqa: E501  (long literal strings)
"""Blind3 benchmark: privet.scan on 26 fresh tables and privet.find_pii_batch on 1,200 fresh texts.

    cd /work/blind3 && /work/main/.venv/bin/python bench/scan_blind3.py [--errors PATH]

The set (tests/blind3) was built from spec/entities.md only, without looking at the scanner or other test sets.
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

from tests.blind3.tables import build_tables  # noqa: E402
from tests.blind3.templates import TEMPLATES  # noqa: E402
from tests.blind3.texts import build_texts  # noqa: E402

import privet  # noqa: E402


def tkey(kind: str, entity: str, t) -> str:
    """Templates are parallel across languages, so a text error pattern is (kind, entity, template)."""
    desc = TEMPLATES["en"][t.template][:48].replace("\n", " ")
    return f"text {kind} {entity} in template #{t.template} ({desc}…)"


DATA = ROOT / "bench" / "_data" / "blind3"
EXPORT_STYLE = {
    "de_energie_kunden_sap_isu": ("cp1252", "\r\n"),
    "de_lebensversicherung_policen": ("cp1252", "\r\n"),
    "en_utility_customers": ("utf-8-sig", "\r\n"),
    "fr_baux_locataires": ("utf-8-sig", "\n"),
}


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def trunc(v, n: int = 40) -> str:
    s = "" if v is None else str(v)
    s = s.replace("\n", "\\n").replace("|", "/")
    return s if len(s) <= n else s[: n - 1] + "…"


def write_csv(t) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"{t.name}.csv"
    # exports as systems write them: SAP extracts in cp1252 with CRLF, some UTF-8 files with a BOM
    encoding, eol = EXPORT_STYLE.get(t.name, ("utf-8", "\n"))
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, delimiter=t.delimiter, lineterminator=eol)
        w.writerow([c["header"] for c in t.columns])
        for row in t.rows:
            w.writerow([t.null_token if v is None else v for v in row])
    return path


def run_tables(out: list[str], errors: list[str], patterns: Counter, examples: dict) -> None:
    tables = build_tables()
    tot = Counter()
    per_table, per_lang = [], defaultdict(Counter)
    wrong = []
    t0 = time.time()
    for t in tables:
        frame = privet.read_table(write_csv(t))
        rep = privet.scan(frame).to_dict()
        pred = {c["name"]: c for c in rep["columns"]}
        c = Counter()
        for gi, g in enumerate(t.columns):
            p = pred.get(g["header"]) or {"entity": "MISSING", "category": "MISSING", "confidence": 0.0}
            cat_ok = p["category"] == g["category"]
            ent_ok = p["entity"] == g["entity"]
            gp, pp = g["category"] != "none", p["category"] not in ("none", "MISSING")
            c.update(n=1, cat=cat_ok, ent=ent_ok, tp=gp and pp, fp=pp and not gp, fn=gp and not pp)
            if not (cat_ok and ent_ok):
                first = next((r[gi] for r in t.rows if r[gi] is not None), None)
                wrong.append(
                    (
                        t.name,
                        g["header"],
                        g["category"],
                        g["entity"],
                        p["category"],
                        p["entity"],
                        p.get("confidence", 0.0),
                        trunc(first),
                    )
                )
                key = f"column {g['entity']} -> {p['entity']}"
                patterns[key] += 1
                examples.setdefault(key, f"{t.name}.{g['header']} = {trunc(first, 30)!r}")
        group = "mixed" if t.name.startswith("mix_") else t.lang
        per_table.append((t.name, group, c))
        per_lang[group].update(c)
        tot.update(c)
    secs = time.time() - t0
    _, _, pf1 = f1(tot["tp"], tot["fp"], tot["fn"])
    out += [
        "## Tables",
        "",
        f"{len(tables)} tables, {tot['n']} columns, {sum(len(t.rows) for t in tables)} rows, scanned in {secs:.1f}s",
        "",
        "| metric | value |",
        "| --- | --- |",
        f"| category accuracy | {tot['cat'] / tot['n']:.3f} ({tot['cat']}/{tot['n']}) |",
        f"| entity accuracy | {tot['ent'] / tot['n']:.3f} ({tot['ent']}/{tot['n']}) |",
        f"| is-personal F1 | {pf1:.3f} (tp {tot['tp']}, fp {tot['fp']}, fn {tot['fn']}) |",
        "",
        "### Per language",
        "",
        "| lang | columns | category acc | entity acc | personal F1 |",
        "| --- | --- | --- | --- | --- |",
    ]
    for lang in sorted(per_lang):
        c = per_lang[lang]
        out.append(
            f"| {lang} | {c['n']} | {c['cat'] / c['n']:.3f} | {c['ent'] / c['n']:.3f} | {f1(c['tp'], c['fp'], c['fn'])[2]:.3f} |"
        )
    out += [
        "",
        "### Per table",
        "",
        "| table | lang | columns | category acc | entity acc | personal F1 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, lang, c in per_table:
        out.append(
            f"| {name} | {lang} | {c['n']} | {c['cat'] / c['n']:.3f} | {c['ent'] / c['n']:.3f} | {f1(c['tp'], c['fp'], c['fn'])[2]:.3f} |"
        )
    lines = [
        "### Wrong columns",
        "",
        "| table | header | gold category | gold entity | pred category | pred entity | conf | first value |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for w in wrong:
        lines.append("| " + " | ".join([w[0], w[1], w[2], w[3], w[4], w[5], f"{w[6]:.2f}", f"`{w[7]}`"]) + " |")
    out += ["", *lines]
    errors += [*lines, ""]


def match(gold, pred):
    """One-to-one overlap matching: same entity, intersecting ranges, largest overlap first."""
    pairs = []
    for gi, (ge, gs, gend) in enumerate(gold):
        for pi, (pe, ps, pend) in enumerate(pred):
            if ge == pe and ps < gend and gs < pend:
                pairs.append((-(min(gend, pend) - max(gs, ps)), gi, pi))
    pairs.sort()
    mg, mp, m = set(), set(), []
    for _, gi, pi in pairs:
        if gi not in mg and pi not in mp:
            mg.add(gi)
            mp.add(pi)
            m.append((gi, pi))
    return m


def ctx(text: str, s: int, e: int, w: int = 40) -> str:
    return (text[max(0, s - w) : s] + "[[" + text[s:e] + "]]" + text[e : e + w]).replace("\n", "\\n").replace("|", "/")


def run_texts(out: list[str], errors: list[str], patterns: Counter, examples: dict) -> None:
    texts = build_texts()
    t0 = time.time()
    preds = privet.find_pii_batch([t.text for t in texts], language=None)
    secs = time.time() - t0
    ov, ex = defaultdict(Counter), defaultdict(Counter)
    fps, fns, bnd = [], [], []
    for t, ps in zip(texts, preds, strict=False):
        gold = list(t.spans)
        pred = [(str(getattr(p.entity, "value", p.entity)), p.start, p.end) for p in ps]
        m = match(gold, pred)
        mg = {gi for gi, _ in m}
        mp = {pi for _, pi in m}
        exact = set(gold) & set(pred)
        for gi, g in enumerate(gold):
            keys = ("all", "lang:" + t.lang, "ent:" + g[0])
            for k in keys:
                ov[k]["tp" if gi in mg else "fn"] += 1
                ex[k]["tp" if g in exact else "fn"] += 1
            if gi not in mg:
                fns.append((t.id, g[0], ctx(t.text, g[1], g[2])))
                key = tkey("FN", g[0], t)
                patterns[key] += 1
                examples.setdefault(key, f"[{t.lang}] " + ctx(t.text, g[1], g[2], 25))
        for pi, p in enumerate(pred):
            keys = ("all", "lang:" + t.lang, "ent:" + p[0])
            for k in keys:
                if pi not in mp:
                    ov[k]["fp"] += 1
                if p not in exact:
                    ex[k]["fp"] += 1
            if pi not in mp:
                fps.append((t.id, p[0], ctx(t.text, p[1], p[2])))
                key = tkey("FP", p[0], t)
                patterns[key] += 1
                examples.setdefault(key, f"[{t.lang}] " + ctx(t.text, p[1], p[2], 25))
        for gi, pi in m:
            if gold[gi] != pred[pi]:
                g, p = gold[gi], pred[pi]
                bnd.append((t.id, g[0], ctx(t.text, g[1], g[2]), ctx(t.text, p[1], p[2])))
                key = tkey("boundary", g[0], t)
                patterns[key] += 1
                examples.setdefault(key, f"[{t.lang}] gold {t.text[g[1] : g[2]]!r} vs pred {t.text[p[1] : p[2]]!r}")
    a_ov, a_ex = (
        f1(**{k: ov["all"][k] for k in ("tp", "fp", "fn")}),
        f1(**{k: ex["all"][k] for k in ("tp", "fp", "fn")}),
    )
    out += [
        "",
        "## Texts",
        "",
        f"{len(texts)} texts, {sum(len(t.spans) for t in texts)} gold spans, "
        f"{sum(1 for t in texts if not t.spans)} without PII, found in {secs:.1f}s",
        "",
        "| metric | precision | recall | F1 |",
        "| --- | --- | --- | --- |",
        f"| overlap | {a_ov[0]:.3f} | {a_ov[1]:.3f} | {a_ov[2]:.3f} |",
        f"| exact | {a_ex[0]:.3f} | {a_ex[1]:.3f} | {a_ex[2]:.3f} |",
        "",
    ]
    for label, prefix in (("language", "lang:"), ("entity", "ent:")):
        out += [
            f"### Per {label}",
            "",
            f"| {label} | gold | overlap P | overlap R | overlap F1 | exact F1 |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for k in sorted(x for x in ov if x.startswith(prefix)):
            o, e = ov[k], ex[k]
            po = f1(o["tp"], o["fp"], o["fn"])
            out.append(
                f"| {k[len(prefix) :]} | {o['tp'] + o['fn']} | {po[0]:.3f} | {po[1]:.3f} | {po[2]:.3f} | {f1(e['tp'], e['fp'], e['fn'])[2]:.3f} |"
            )
        out.append("")
    lines = [f"### Text false negatives ({len(fns)})", ""] + [f"- {i} {e}: `{c}`" for i, e, c in fns]
    lines += ["", f"### Text false positives ({len(fps)})", ""] + [f"- {i} {e}: `{c}`" for i, e, c in fps]
    lines += ["", f"### Text boundary mismatches (overlap match, not exact) ({len(bnd)})", ""] + [
        f"- {i} {e}: gold `{g}` pred `{p}`" for i, e, g, p in bnd
    ]
    out += lines
    errors += lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", help="write the error lists to this file")
    ap.add_argument("--no-texts", action="store_true")
    ap.add_argument("--no-tables", action="store_true")
    a = ap.parse_args()
    out, errors, patterns, examples = ["# privet scan: blind3 set", ""], [], Counter(), {}
    if not a.no_tables:
        run_tables(out, errors, patterns, examples)
    if not a.no_texts:
        run_texts(out, errors, patterns, examples)
    out += ["", "## Most common error patterns", "", "| count | pattern | example |", "| --- | --- | --- |"]
    for k, n in patterns.most_common(30):
        out.append(f"| {n} | {k} | `{trunc(examples[k], 130)}` |")
    print("\n".join(out))
    if a.errors:
        Path(a.errors).write_text("\n".join(["# blind3 errors", "", *errors]) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
