"""``privet scan-text [FILE|-]``: find personal data in free text, one ``{"spans": [...]}`` line per input."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.table import Table

from privet.cli._console import stderr, stdout
from privet.errors import DataError, InvalidParameterError
from privet.io import atomic_output, ensure_distinct_output, read_table
from privet.scan import Span, find_pii_batch

_FORMATS = ("jsonl", "table")


def _jsonl_texts(stream: TextIO, where: str) -> Iterator[str | None]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(
                f"{where}: line {number} is not valid JSON ({exc.msg} at column {exc.colno}); "
                'expected one object like {"text": "..."} per line.'
            ) from None
        if not isinstance(obj, dict) or "text" not in obj:
            raise DataError(f'{where}: line {number} must be a JSON object with a "text" key.')
        text = obj["text"]
        if text is not None and not isinstance(text, str):
            raise DataError(f'{where}: line {number}: "text" must be a string or null, got {type(text).__name__}.')
        yield text


def _read_texts(file: str, column: str | None) -> list[str | None]:
    if column is not None:
        if file == "-":
            raise InvalidParameterError("--column needs a table file; it cannot read standard input.")
        frame = read_table(Path(file), columns=[column])
        series = frame.get_column(column)
        return [None if v is None else str(v) for v in series.to_list()]
    if file == "-":
        return list(_jsonl_texts(sys.stdin, "<stdin>"))
    path = Path(file)
    if not path.is_file():
        raise DataError(f"{path}: no such file.")
    try:
        with path.open(encoding="utf-8") as fh:
            return list(_jsonl_texts(fh, str(path)))
    except UnicodeDecodeError:
        raise DataError(f'{path}: is not UTF-8 text; expected JSON Lines of {{"text": ...}} objects.') from None


def _jsonl(results: list[list[Span]]) -> str:
    return "".join(json.dumps({"spans": [s.to_dict() for s in spans]}, ensure_ascii=False) + "\n" for spans in results)


def _table(results: list[list[Span]]) -> Table:
    table = Table(title="Personal data in text (offsets only; values are not shown)")
    for name in ("#", "entity", "start", "end", "score"):
        table.add_column(name, justify="right" if name != "entity" else "left")
    for index, spans in enumerate(results, start=1):
        for span in spans:
            table.add_row(str(index), str(span.entity), str(span.start), str(span.end), f"{span.score:.2f}")
    return table


def scan_text(
    file: Annotated[
        str,
        typer.Argument(help='JSON Lines of {"text": ...} objects, a table with --column, or - for stdin.'),
    ] = "-",
    column: Annotated[
        str | None, typer.Option("--column", "-c", help="Read this column of a CSV/Parquet/JSONL table.")
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl (spec format) or table.")] = "jsonl",
    language: Annotated[
        str | None, typer.Option("--language", "-l", help="en, de, fr, es, it, nl, pt or pl; default: guessed.")
    ] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            help="Processes for large inputs (100,000 characters or more); 0: one per core; "
            "default: one per core where processes fork (Linux).",
        ),
    ] = None,
) -> None:
    """Find names, e-mails, phones, cards, IBANs, IPs, national ids, addresses, birth dates and profile URLs."""
    if format not in _FORMATS:
        raise InvalidParameterError(f"The --format option must be one of {', '.join(_FORMATS)}. Got {format!r}.")
    if out is not None and file != "-":
        ensure_distinct_output(out, file)
    texts = _read_texts(file, column)
    results = find_pii_batch(texts, language=language, workers=workers)
    counts = Counter(str(s.entity) for spans in results for s in spans)
    if format == "jsonl":
        payload = _jsonl(results)
        if out is None:
            sys.stdout.write(payload)
        else:
            with atomic_output(out) as tmp:
                tmp.write_text(payload, encoding="utf-8")
    else:
        if out is not None:
            raise InvalidParameterError("--out writes JSON Lines; use it with --format jsonl.")
        stdout.print(_table(results))
    summary = ", ".join(f"{entity} {n}" for entity, n in sorted(counts.items())) or "nothing found"
    stderr.print(f"scanned {len(texts):,} texts: {summary}", markup=False, highlight=False)
