"""``privet risk FILE --qi a,b,c [--sensitive s] [--original FILE]``: re-identification risk of a table."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from privet.cli._console import print_json, stdout
from privet.errors import InvalidParameterError
from privet.io import read_table
from privet.risk import risk as compute_risk


def risk(
    file: Annotated[Path, typer.Argument(help="A CSV/TSV, Parquet or JSON Lines file.", show_default=False)],
    qi: Annotated[str, typer.Option("--qi", help="Comma-separated quasi-identifier columns.", show_default=False)],
    sensitive: Annotated[str | None, typer.Option("--sensitive", "-s", help="Sensitive column (l, t).")] = None,
    original: Annotated[
        Path | None, typer.Option("--original", help="The table before anonymization (same rows): utility loss.")
    ] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")] = "table",
) -> None:
    """k-anonymity, l-diversity, t-closeness, uniques and re-identification risk of FILE."""
    if format not in ("table", "json"):
        raise InvalidParameterError(f"The '--format' option must be 'table' or 'json'. Got {format!r}.")
    qis = [c.strip() for c in qi.split(",") if c.strip()]
    if not qis:
        raise InvalidParameterError("The '--qi' option needs at least one column name.")
    frame = read_table(file)
    before = read_table(original) if original is not None else None
    report = compute_risk(frame, quasi_identifiers=qis, sensitive=sensitive, original=before)
    if format == "json":
        print_json(report.to_dict())
        return
    table = Table(title=f"{file}  ·  {report.rows:,} rows, {report.classes:,} classes over {', '.join(qis)}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows: list[tuple[str, str]] = [
        ("k (smallest class)", str(report.k)),
        ("sample uniques", f"{report.uniques:,} ({report.unique_ratio:.2%})"),
        *((f"rows in classes < {b}", f"{v:.2%}") for b, v in report.share_in_classes_below.items()),
        ("prosecutor risk, max", f"{report.prosecutor_risk_max:.4f}"),
        ("prosecutor risk, mean", f"{report.prosecutor_risk_mean:.4f}"),
        ("marketer risk", f"{report.marketer_risk:.4f}"),
    ]
    if report.suppressed_rows:
        rows.append(("suppressed rows", f"{report.suppressed_rows:,}"))
    if sensitive is not None:
        rows += [
            (f"distinct l ({sensitive})", str(report.l)),
            ("entropy l", f"{report.entropy_l:.3f}"),
            ("t-closeness (EMD)", f"{report.t:.4f}"),
        ]
    if report.utility is not None:
        u = report.utility
        rows += [(f"NCP {c}", f"{v:.4f}") for c, v in u.ncp.items()]
        rows += [
            ("GCP", f"{u.gcp:.4f}"),
            ("discernibility", f"{u.discernibility:,}"),
            ("average class size / k", f"{u.normalized_average_class_size:.3f}"),
        ]
    for name, value in rows:
        table.add_row(name, value)
    stdout.print(table)
