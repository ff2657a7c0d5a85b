"""``privet convert FILE --out OUT``: read any supported table file and write it atomically in another format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from privet.cli._console import stderr
from privet.io import ensure_distinct_output, read_table, write_table


def convert(
    file: Annotated[Path, typer.Argument(help="A CSV/TSV, Parquet or JSON Lines file.", show_default=False)],
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="Output file; its extension picks the format.", show_default=False),
    ],
) -> None:
    """Convert a table file between CSV, Parquet and JSON Lines (the input is never modified)."""
    ensure_distinct_output(out, file)
    frame = read_table(file)
    write_table(frame, out)
    stderr.print(f"wrote {frame.height:,} rows × {frame.width} columns to {out}", markup=False, highlight=False)
