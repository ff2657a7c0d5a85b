"""Dump privet's free-text spans on the four text sets to JSON, to check that a change leaves them identical.

Sets: tests/scan/_text_corpus.py (215 per language, seed 7, and its hard wording) and tests/scan/heldout_texts.py
(dev and test parts, 100 per language, seed 7): every span's start, end, entity and score, per text.

Usage (from the repository root), before and after a change:
  .venv/bin/python bench/scan_text_spans_dump.py /tmp/before.json
  .venv/bin/python bench/scan_text_spans_dump.py /tmp/after.json --compare /tmp/before.json
To dump an older commit's spans: `git archive COMMIT src | tar -x -C DIR` and run with PYTHONPATH=DIR/src.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.scan import heldout_texts  # noqa: E402
from tests.scan._text_corpus import generate  # noqa: E402

from privet.scan import find_pii_batch  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path, help="an earlier dump: exit 1 if any span differs")
    args = parser.parse_args()
    sets = {
        "corpus": generate(215, seed=7),
        "hard": generate(215, seed=7, hard=True),
        "heldout_dev": heldout_texts.generate(100, seed=7, part="dev"),
        "heldout_test": heldout_texts.generate(100, seed=7, part="test"),
    }
    dump = {}
    for name, samples in sets.items():
        texts = [s.text for s in samples]
        found = find_pii_batch(texts)
        dump[name] = [
            [t, [[s.start, s.end, str(s.entity), s.score] for s in row]] for t, row in zip(texts, found, strict=True)
        ]
        print(f"{name}: {len(texts)} texts, {sum(len(row) for row in found)} spans")
    args.out.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    if args.compare is not None:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        differ = 0
        for name, rows in dump.items():
            for i, (row, old) in enumerate(zip(rows, before.get(name, []), strict=False)):
                if row != old:
                    differ += 1
                    if differ <= 5:
                        print(f"differs: {name} text {i}: {old[1]} -> {row[1]}")
            if len(rows) != len(before.get(name, [])):
                differ += 1
                print(f"differs: {name} has {len(before.get(name, []))} texts before, {len(rows)} now")
        print("identical" if differ == 0 else f"{differ} texts differ")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
