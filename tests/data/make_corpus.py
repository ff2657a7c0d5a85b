"""Write the I/O test corpus: small good and bad table files under tests/data/{good,bad}/.

Run `python tests/data/make_corpus.py` to regenerate the committed files. Large cases (10,000 columns, a
50 MB cell) are not committed: tests build them in a temporary folder with the functions below.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).parent

GOOD: dict[str, bytes] = {
    "comma.csv": b"name,age,city\nAda,36,London\nAlan,41,Wilmslow\n",
    "semicolon_decimal_comma.csv": b"name;income;score\nAda;1234,5;0,75\nAlan;99,25;1,5\n",
    "tab.tsv": b"name\tage\nAda\t36\nAlan\t41\n",
    "pipe.csv": b"name|age\nAda|36\nAlan|41\n",
    "crlf.csv": b"name,age\r\nAda,36\r\nAlan,41\r\n",
    "utf8_bom.csv": "\ufeffname,city\nJosé,Málaga\nZoë,Köln\n".encode(),
    "utf16_bom.csv": "name,city\nJosé,Málaga\nZoë,Köln\n".encode("utf-16"),
    "cp1252.csv": "name,city\nJosé,Málaga\nZoë,Köln\nRenée,Besançon – €\n".encode("cp1252"),
    "multiline.csv": b'id,comment\n1,"first line\nsecond line"\n2,"quote "" inside"\n',
    "nulls.csv": b"a,b,c\n1,NULL,x\nNA,2,\n3,,z\n",
    "header_only.csv": b"a,b,c\n",
    "header_only_no_newline.csv": b"a,b,c",
    "mixed_types.csv": b"code,n\n" + b"".join(b"%d,%d\n" % (i, i) for i in range(20)) + b"A17,20\n",
    "inf_nan.csv": b"x,y\n1.5,nan\n2.5,inf\n-1,-inf\n0,NaN\n",
    "odd_names.csv": b'"first\nname","../../etc/passwd","a/b\\\\c",""\n1,2,3,4\n',
    "rows.jsonl": b'{"a": 1, "b": "x"}\n{"a": 2, "b": null}\n\n{"a": 3, "b": "z"}\n',
    "rows.json": b'[{"a": 1, "b": "x"}, {"a": 2, "b": "y"}]',
    "single_column.csv": b"email\na@example.org\nb@example.org\n",
}

BAD: dict[str, bytes] = {
    "empty.csv": b"",
    "whitespace.csv": b"  \n\n",
    "ragged_long.csv": b"a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n",
    "ragged_short.csv": b"a,b,c\n1,2,3\n4,5\n6,7,8\n",
    "unbalanced_quote.csv": b'a,b\n1,2\n3,"never closed\n4,5\n',
    "nul_bytes.csv": b"a,b\n1,2\x00\n3,4\n",
    "html.csv": b"<!DOCTYPE html>\n<html><head><title>404</title></head><body>Not found</body></html>\n",
    "json.csv": b'{"a": 1, "b": 2}\n{"a": 3, "b": 4}\n',
    "duplicate_columns.csv": b"id,email,email\n1,x,y\n",
    "not_gzip.csv.gz": b"a,b\n1,2\n",
    "bad_line.jsonl": b'{"a": 1}\n{"a": 2\n{"a": 3}\n',
    "array_line.jsonl": b'{"a": 1}\n[1, 2]\n',
    "not_parquet.parquet": b"a,b\n1,2\n",
}


def _gzip_named_csv() -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as fh:
        fh.write(b"a,b\n1,2\n")
    return buffer.getvalue()


def _zip_named_csv() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(zipfile.ZipInfo("sheet.xml", date_time=(2020, 1, 1, 0, 0, 0)), "<x/>")
    return buffer.getvalue()


def _parquet_bytes(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


def _typed_table() -> pa.Table:
    import datetime as dt

    return pa.table(
        {
            "id": pa.array([1, 2, 3], pa.int64()),
            "born": pa.array([dt.date(1980, 1, 2), dt.date(1990, 3, 4), None], pa.date32()),
            "seen": pa.array([dt.datetime(2024, 5, 6, 7, 8, 9)] * 3, pa.timestamp("us")),
            "city": pa.array(["Lyon", "Lyon", "Nantes"]).dictionary_encode(),
        }
    )


def _nested_table() -> pa.Table:
    return pa.table(
        {
            "id": [1, 2],
            "address": pa.array([{"street": "Main St", "no": 1}, {"street": "High St", "no": 2}]),
            "tags": pa.array([["a", "b"], []], pa.list_(pa.string())),
        }
    )


def binary_cases() -> tuple[dict[str, bytes], dict[str, bytes]]:
    """Good and bad files that need a library to build."""
    typed = _parquet_bytes(_typed_table())
    good = {
        "typed.parquet": typed,
        "nested.parquet": _parquet_bytes(_nested_table()),
        "gzipped.csv.gz": _gzip_named_csv(),
    }
    bad = {
        "gzip.csv": _gzip_named_csv(),
        "zip.csv": _zip_named_csv(),
        "parquet_named.csv": typed,
        "truncated.parquet": typed[: len(typed) // 2],
        "truncated_footer.parquet": typed[:-9] + b"PAR1",
    }
    return good, bad


def wide_csv(path: Path, columns: int = 10_000, rows: int = 3) -> Path:
    """A CSV with ``columns`` columns."""
    header = ",".join(f"c{i}" for i in range(columns))
    body = "\n".join(",".join(str(r * columns + i) for i in range(columns)) for r in range(rows))
    path.write_text(header + "\n" + body + "\n", encoding="utf-8")
    return path


def huge_cell_csv(path: Path, megabytes: int = 50) -> Path:
    """A CSV whose second row holds one quoted cell of ``megabytes`` MB (with commas and newlines)."""
    chunk = b"lorem, ipsum\n" * 1024
    with path.open("wb") as fh:
        fh.write(b'id,text\n1,"')
        for _ in range(megabytes * 1024 * 1024 // len(chunk)):
            fh.write(chunk)
        fh.write(b'"\n2,short\n')
    return path


def main() -> None:
    good_binary, bad_binary = binary_cases()
    for folder, files in (("good", {**GOOD, **good_binary}), ("bad", {**BAD, **bad_binary})):
        target = HERE / folder
        target.mkdir(exist_ok=True)
        for name, data in files.items():
            (target / name).write_bytes(data)


if __name__ == "__main__":
    main()
