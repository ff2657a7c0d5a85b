"""Tell what a file holds before it is parsed: format, compression, encoding, CSV dialect.

polars parses fast but neither guesses delimiters and encodings nor explains a bad file by name and line.
This module looks at the first megabyte only, so the cost does not grow with the file; whatever it cannot
decide from the sample is decided by the parser and diagnosed by ``privet.io`` when it fails.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from privet.errors import DataError

__all__ = ["Dialect", "sniff_file"]

Format = Literal["csv", "parquet", "jsonl", "json"]

SAMPLE_BYTES = 1 << 20
_DELIMITERS = (",", ";", "\t", "|")
_EXTENSIONS: dict[str, Format] = {
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".txt": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
_COMMA_DECIMAL = re.compile(r"^-?\d+,\d+$")
_DOT_DECIMAL = re.compile(r"^-?\d+\.\d+$")


@dataclass(frozen=True)
class Dialect:
    """What a file is and how to parse it."""

    format: Format
    compression: Literal["gzip"] | None = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal_comma: bool = False
    line_terminator: str | None = None

    def describe(self) -> str:
        """A short human description, e.g. ``CSV, utf-8, delimiter ';', decimal comma, CRLF``."""
        if self.format != "csv":
            parts = [self.format.upper() if self.format != "jsonl" else "JSON Lines"]
        else:
            names = {",": "','", ";": "';'", "\t": "tab", "|": "'|'"}
            parts = ["CSV", self.encoding or "utf-8", f"delimiter {names.get(self.delimiter or ',', '?')}"]
            if self.decimal_comma:
                parts.append("decimal comma")
            if self.line_terminator == "\r\n":
                parts.append("CRLF")
        if self.compression:
            parts.append(self.compression)
        return ", ".join(parts)

    def to_dict(self) -> dict[str, object]:
        return {
            "format": self.format,
            "compression": self.compression,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "decimal_comma": self.decimal_comma,
            "line_terminator": self.line_terminator,
        }


def _read_head(path: Path, compressed: bool) -> bytes:
    try:
        if compressed:
            with gzip.open(path, "rb") as fh:
                return fh.read(SAMPLE_BYTES)
        with path.open("rb") as fh:
            return fh.read(SAMPLE_BYTES)
    except (OSError, EOFError, zlib.error) as exc:
        raise DataError(f"{path}: cannot read the file ({type(exc).__name__}); is it a valid gzip file?") from exc


def _content_kind(head: bytes) -> str | None:
    """Recognise binary and markup formats by their first bytes."""
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"PAR1"):
        return "parquet"
    text = head[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "html"
    if text.startswith((b"<?xml",)):
        return "xml"
    if text.startswith((b"{", b"[")):
        return "json"
    return None


_KIND_HINTS = {
    "gzip": "gzip-compressed data, not text; name it '.csv.gz' (privet reads gzip-compressed CSV) or decompress it",
    "zip": "a ZIP archive (an Excel .xlsx workbook?), not text; export the sheet as CSV or Parquet",
    "parquet": "a Parquet file; name it '.parquet'",
    "html": "an HTML page, not a table file (a download error page?)",
    "xml": "an XML document, not a table file",
    "json": "JSON, not CSV; name it '.jsonl' (one object per line) or '.json' (an array of objects)",
}


def _format_from_name(path: Path) -> tuple[Format | None, bool]:
    suffixes = [s.lower() for s in path.suffixes]
    compressed = bool(suffixes) and suffixes[-1] == ".gz"
    if compressed:
        suffixes = suffixes[:-1]
    return (_EXTENSIONS.get(suffixes[-1]) if suffixes else None), compressed


def _detect_encoding(head: bytes, path: Path) -> str:
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    nul = head.find(b"\x00")
    if nul >= 0:
        raise DataError(
            f"{path}: contains a NUL byte at byte offset {nul}; expected text "
            "(is it a binary file, or UTF-16 without a byte-order mark?)"
        )
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"  # decodes any byte; cp1252 leaves five bytes undefined


def _complete_lines(text: str, truncated: bool) -> str:
    if truncated:
        cut = text.rfind("\n")
        return text[: cut + 1] if cut >= 0 else text
    return text


def _field_counts(sample: str, delimiter: str, max_rows: int = 50) -> list[int]:
    reader = csv.reader(io.StringIO(sample), delimiter=delimiter, quotechar='"', doublequote=True)
    counts: list[int] = []
    try:
        for row in reader:
            if row:
                counts.append(len(row))
            if len(counts) >= max_rows:
                break
    except csv.Error:
        pass
    return counts


def _choose_delimiter(sample: str, truncated: bool, suffix: str) -> str:
    if suffix in (".tsv", ".tab"):
        return "\t"
    best, best_score = ",", (-1.0, 0)
    for delim in _DELIMITERS:
        counts = _field_counts(sample, delim)
        if truncated and len(counts) > 1:
            counts = counts[:-1]  # the last row may be cut by the sample boundary
        if not counts or counts[0] < 2:
            continue
        consistency = sum(c == counts[0] for c in counts) / len(counts)
        score = (consistency, counts[0])
        if score > best_score:
            best, best_score = delim, score
    return best


def _uses_decimal_comma(sample: str, delimiter: str) -> bool:
    if delimiter == ",":
        return False
    comma = dot = 0
    for row in list(csv.reader(io.StringIO(sample), delimiter=delimiter))[1:200]:
        for cell in row:
            cell = cell.strip()
            if _COMMA_DECIMAL.match(cell):
                comma += 1
            elif _DOT_DECIMAL.match(cell):
                dot += 1
    return comma > 0 and dot == 0


def sniff_file(path: Path, *, format: str | None = None) -> Dialect:
    """Look at the start of ``path`` and return how to parse it, or raise DataError saying why not."""
    if not path.exists():
        raise DataError(f"{path}: no such file.")
    if path.is_dir():
        raise DataError(f"{path}: is a directory; expected a table file (CSV, Parquet or JSON Lines).")
    name_format, compressed = _format_from_name(path)
    if format is not None:
        if format not in ("csv", "parquet", "jsonl", "json"):
            raise DataError(f"{path}: unknown format {format!r}; expected csv, parquet, jsonl or json.")
        name_format = format  # type: ignore[assignment]
    with path.open("rb") as fh:
        raw_head = fh.read(8)
    if not raw_head:
        raise DataError(f"{path}: the file is empty (0 bytes); expected a header row.")
    if compressed and not raw_head.startswith(b"\x1f\x8b"):
        raise DataError(f"{path}: named '.gz' but is not gzip-compressed.")
    head = _read_head(path, compressed) if (compressed or name_format != "parquet") else raw_head
    kind = _content_kind(head)

    if name_format is None:  # unknown extension: go by content
        name_format = "parquet" if kind == "parquet" else "jsonl" if kind == "json" else "csv"
    if name_format == "parquet":
        if kind != "parquet":
            raise DataError(f"{path}: is not a Parquet file (no 'PAR1' magic bytes at its start).")
        if compressed:
            raise DataError(f"{path}: gzip around Parquet is not supported; Parquet compresses internally.")
        return Dialect(format="parquet")
    if kind in ("gzip", "zip", "parquet", "html", "xml") or (kind == "json" and name_format == "csv"):
        raise DataError(f"{path}: the file is {_KIND_HINTS[kind]}.")
    if name_format in ("jsonl", "json"):
        encoding = _detect_encoding(head, path)
        if not head.decode(encoding, errors="replace").strip():
            raise DataError(f"{path}: the file is empty; expected JSON objects.")
        return Dialect(format=name_format, compression="gzip" if compressed else None, encoding=encoding)

    encoding = _detect_encoding(head, path)
    truncated = len(head) >= SAMPLE_BYTES
    text = head.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise DataError(f"{path}: the file has no content but white space; expected a header row.")
    sample = _complete_lines(text, truncated)
    if not sample.strip():  # one line longer than the sample (a huge header or cell)
        sample = text
    suffix = path.suffixes[-2 if compressed else -1].lower() if path.suffixes else ""
    delimiter = _choose_delimiter(sample, truncated, suffix)
    first_newline = text.find("\n")
    crlf = first_newline > 0 and text[first_newline - 1] == "\r"
    return Dialect(
        format="csv",
        compression="gzip" if compressed else None,
        encoding=encoding,
        delimiter=delimiter,
        decimal_comma=_uses_decimal_comma(sample, delimiter),
        line_terminator="\r\n" if crlf else "\n",
    )
