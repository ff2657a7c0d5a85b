"""``privet inspect FILE``: dialect, shape, schema and null ratios of a table file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table

from privet.cli._console import print_json, stdout
from privet.io import TableInfo, inspect_table


def render_inspection(info: TableInfo) -> None:
    """Print ``info`` as a rich table."""
    table = Table(title=f"{info.path}  ·  {info.rows:,} rows × {len(info.columns)} columns")
    table.add_column("column", overflow="fold")
    table.add_column("type")
    table.add_column("nulls", justify="right")
    table.add_column("note")
    for column in info.columns:
        table.add_row(
            column["name"].replace("\n", "\\n"),
            column["dtype"],
            f"{column['null_ratio']:.1%}",
            "nested" if column["nested"] else "",
        )
    stdout.print(f"format: {info.dialect.describe()}", markup=False, highlight=False)
    stdout.print(table)


def inspect(
    file: Annotated[Path, typer.Argument(help="A CSV/TSV, Parquet or JSON Lines file.", show_default=False)],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")] = "table",
) -> None:
    """Show a table file's format, row count, column types and null ratios (no cell values)."""
    output: Literal["table", "json"] = _output_format(format)
    info = inspect_table(file)
    if output == "json":
        print_json(info.to_dict())
    else:
        render_inspection(info)


def _output_format(value: str) -> Literal["table", "json"]:
    from privet.errors import InvalidParameterError

    if value not in ("table", "json"):
        raise InvalidParameterError(f"The '--format' option must be 'table' or 'json'. Got {value!r}.")
    return value  # type: ignore[return-value]
