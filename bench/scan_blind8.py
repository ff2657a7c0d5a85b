"""Blind set 8: write the generated tables to CSV, read back with privet.read_table, scan with defaults, score.

Run: python bench/scan_blind8.py
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.blind8.tables import all_tables  # noqa: E402

import privet  # noqa: E402

OUT = ROOT / "bench" / "_data" / "blind8"

CATEGORY = {}
for cat, ents in {
    "direct_identifier": "PERSON_NAME EMAIL PHONE NATIONAL_ID CREDIT_CARD IBAN BANK_ACCOUNT IP_ADDRESS MAC_ADDRESS "
    "STREET_ADDRESS GEO_COORDINATE URL USERNAME PASSPORT DRIVER_LICENSE LICENSE_PLATE DEVICE_ID "
    "MEDICAL_RECORD_NUMBER FREE_TEXT_WITH_PII",
    "quasi_identifier": "DATE_OF_BIRTH AGE GENDER POSTAL_CODE CITY COUNTRY OCCUPATION MARITAL_STATUS EDUCATION "
    "NATIONALITY",
    "sensitive": "ETHNICITY RELIGION HEALTH SEXUAL_ORIENTATION POLITICAL_OPINION TRADE_UNION FINANCIAL",
    "none": "NONE",
}.items():
    for e in ents.split():
        CATEGORY[e] = cat


def write_csv(t, path):
    headers = [h for h, _, _ in t["columns"]]
    cols = [v for _, _, v in t["columns"]]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for i in range(len(cols[0])):
            w.writerow(["" if c[i] is None else c[i] for c in cols])


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []  # (table, lang, header, gold_ent, pred_ent, pred_cat, conf, first)
    for t in all_tables():
        path = OUT / f"{t['name']}.csv"
        write_csv(t, path)
        table = privet.read_table(path)
        rep = privet.scan(table).to_dict()
        by_name = {c["name"]: c for c in rep["columns"]}
        for h, gold, vals in t["columns"]:
            c = by_name[h]
            first = next((v for v in vals if v is not None), None)
            rows.append((t["name"], t["lang"], h, gold, c["entity"], c["category"], c["confidence"], first))

    def score(rs):
        n = len(rs)
        cat = sum(CATEGORY[g] == pc for _, _, _, g, _, pc, _, _ in rs)
        ent = sum(g == pe for _, _, _, g, pe, _, _, _ in rs)
        tp = sum(CATEGORY[g] != "none" and pc != "none" for _, _, _, g, _, pc, _, _ in rs)
        fp = sum(CATEGORY[g] == "none" and pc != "none" for _, _, _, g, _, pc, _, _ in rs)
        fn = sum(CATEGORY[g] != "none" and pc == "none" for _, _, _, g, _, pc, _, _ in rs)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return n, cat / n, ent / n, p, r, f1

    n, ca, ea, p, r, f1 = score(rows)
    print(f"columns={n} tables={len({x[0] for x in rows})}")
    print(f"category accuracy: {ca:.3f}\nentity accuracy:   {ea:.3f}\npersonal P/R/F1:   {p:.3f} / {r:.3f} / {f1:.3f}")
    print("\nper language:  lang  cols  cat_acc  ent_acc  personal_F1")
    by_lang = defaultdict(list)
    for x in rows:
        by_lang[x[1]].append(x)
    for lang in sorted(by_lang):
        n, ca, ea, p, r, f1 = score(by_lang[lang])
        print(f"  {lang:4} {n:5}  {ca:7.3f}  {ea:7.3f}  {f1:7.3f}")
    print("\nwrong columns (entity or category): table | header | gold | predicted | conf | first value")
    for tn, _, h, g, pe, pc, conf, first in rows:
        if g != pe or CATEGORY[g] != pc:
            print(f"  {tn} | {h} | {g} ({CATEGORY[g]}) | {pe} ({pc}) | {conf:.2f} | {first!r}")


if __name__ == "__main__":
    main()
