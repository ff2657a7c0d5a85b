"""A digest of the whole blind3 set, to check that it is identical in every process."""

from __future__ import annotations

import hashlib
import json


def set_digest(tables=None, texts=None) -> str:
    from .tables import build_tables
    from .texts import build_texts

    tables = build_tables() if tables is None else tables
    texts = build_texts() if texts is None else texts
    h = hashlib.sha256()
    for t in tables:
        h.update(json.dumps([t.name, t.lang, t.locale, t.delimiter, t.columns, t.rows], ensure_ascii=False).encode())
    for x in texts:
        h.update(json.dumps([x.id, x.locale, x.template, x.text, x.spans], ensure_ascii=False).encode())
    return h.hexdigest()


if __name__ == "__main__":
    print(set_digest())
