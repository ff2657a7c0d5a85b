"""``privet scan FILE``: which columns of a table hold personal data (rich table, JSON or HTML)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from privet.cli._console import stderr, stdout
from privet.errors import InvalidParameterError
from privet.io import atomic_output, ensure_distinct_output, read_table
from privet.scan import ScanReport
from privet.scan import scan as scan_table

_FORMATS = ("table", "json", "html")
_PROGRESS_ROWS = 200_000


def render_table(report: ScanReport) -> Table:
    """The report as a rich table (masked examples only)."""
    table = Table(title=f"{report.source}  ·  {report.rows:,} rows, {report.rows_scanned:,} scanned")
    for name, justify in (("column", "left"), ("entity", "left"), ("category", "left"), ("conf.", "right"),
                          ("evidence", "left")):  # fmt: skip
        table.add_column(name, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for c in report.columns:
        ev = c.evidence
        parts = [ev["header"]] if ev.get("header") else []
        if "match_ratio" in ev:
            parts.append(f"match {ev['match_ratio']:.0%}")
        if ev.get("examples"):
            parts.append(", ".join(ev["examples"][:2]))
        if ev.get("reason"):
            parts.append(str(ev["reason"]))
        entity = c.entity.value + (f" ({c.subtype})" if c.subtype else "")
        table.add_row(c.name.replace("\n", "\\n"), entity, c.category.value, f"{c.confidence:.2f}", "; ".join(parts))
    return table


def render_html(report: ScanReport) -> str:
    """A self-contained HTML page with the report (no scripts, no external resources)."""
    rows = []
    for c in report.columns:
        examples = ", ".join(c.evidence.get("examples", []))
        rows.append(
            "<tr>"
            + "".join(
                f"<td>{html.escape(str(v))}</td>"
                for v in (c.name, c.entity.value, c.subtype or "", c.category.value, f"{c.confidence:.2f}", examples)
            )
            + "</tr>"
        )
    title = html.escape(f"privet scan: {report.source}")
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title><style>body{{font-family:sans-serif}}table{{border-collapse:collapse}}"
        "td,th{border:1px solid #ccc;padding:4px 8px}</style></head><body>"
        f"<h1>{title}</h1><p>{report.rows:,} rows, {report.rows_scanned:,} scanned</p><table>"
        "<tr><th>column</th><th>entity</th><th>subtype</th><th>category</th><th>confidence</th>"
        "<th>examples (masked)</th></tr>" + "".join(rows) + "</table></body></html>\n"
    )


def scan(
    file: Annotated[Path, typer.Argument(help="A CSV/TSV, Parquet or JSON Lines file.", show_default=False)],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: table, json or html.")] = "table",
    sample_rows: Annotated[
        int, typer.Option("--sample-rows", help="Rows examined, spread evenly over the file.")
    ] = 10_000,
    full: Annotated[bool, typer.Option("--full", help="Examine every row.")] = False,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write the report to this file.", show_default=False)
    ] = None,
) -> None:
    """Find personal data in a table file: one entity, category and confidence per column (values masked)."""
    if format not in _FORMATS:
        raise InvalidParameterError(f"The '--format' option must be one of {', '.join(_FORMATS)}. Got {format!r}.")
    if sample_rows < 1:
        raise InvalidParameterError(f"The '--sample-rows' option must be >= 1. Got {sample_rows}.")
    if out is not None:
        ensure_distinct_output(out, file)
    frame = read_table(file)
    if frame.height >= _PROGRESS_ROWS and stderr.is_terminal:
        with Progress(TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), console=stderr, transient=True) as bar:
            task = bar.add_task("scan", total=frame.width)
            report = scan_table(frame, sample_rows=sample_rows, full=full,
                                progress=lambda done, total: bar.update(task, completed=done))  # fmt: skip
    else:
        report = scan_table(frame, sample_rows=sample_rows, full=full)
    report = ScanReport(source=file.name, rows=report.rows, rows_scanned=report.rows_scanned, columns=report.columns)
    if format == "json":
        text = report.to_json() + "\n"
    elif format == "html":
        text = render_html(report)
    else:
        text = ""
    if out is not None:
        if format == "table":
            from rich.console import Console

            console = Console(record=True, width=160, file=open("/dev/null", "w"))  # noqa: SIM115
            console.print(render_table(report))
            text = console.export_text()
        with atomic_output(out) as tmp:
            tmp.write_text(text, encoding="utf-8")
        stderr.print(f"wrote the scan of {len(report.columns)} columns to {out}", markup=False, highlight=False)
    elif format == "table":
        stdout.print(render_table(report))
    else:
        print(text, end="")
