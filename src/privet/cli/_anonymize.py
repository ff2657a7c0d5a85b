"""``privet anonymize`` and ``privet reveal``: apply a policy to a file, or decrypt its encrypted columns."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from privet.anonymize import SecretKey, anonymize_with_summary, load_key, load_policy, reveal
from privet.anonymize._policy import validate_for_columns
from privet.cli._console import print_json, stderr, stdout
from privet.errors import InvalidParameterError
from privet.io import ensure_distinct_output, read_table, write_table

KeyFile = Annotated[
    Path | None, typer.Option("--key-file", "-k", help="Secret key file (from `privet keys new`).", show_default=False)
]
KeyEnv = Annotated[
    str | None,
    typer.Option("--key-env", help="Environment variable holding the key (default PRIVET_KEY).", show_default=False),
]


def _key(key_file: Path | None, key_env: str | None, *, needed: bool) -> SecretKey | None:
    if key_file is not None:
        return load_key(key_file)
    if key_env is not None or needed:
        return load_key(env=key_env)
    return None


def _format(value: str) -> str:
    if value not in ("table", "json"):
        raise InvalidParameterError(f"The '--format' option must be 'table' or 'json'. Got {value!r}.")
    return value


def _ledger(path: Path | None) -> Any:
    if path is None:
        return None
    from privet.dp import Ledger

    return Ledger(path)


def anonymize(
    file: Annotated[Path, typer.Argument(help="A CSV/TSV, Parquet or JSON Lines file.", show_default=False)],
    policy: Annotated[Path, typer.Option("--policy", "-p", help="The policy YAML.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file; its extension picks the format.")],
    key_file: KeyFile = None,
    key_env: KeyEnv = None,
    ledger: Annotated[Path | None, typer.Option("--ledger", help="Privacy-budget ledger for noise/RR.")] = None,
    dataset: Annotated[str | None, typer.Option("--dataset", help="Ledger dataset name.")] = None,
    principal: Annotated[str | None, typer.Option("--principal", help="Ledger principal.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Summary format: table or json.")] = "table",
) -> None:
    """Apply a policy to FILE and write OUT; print per column the action, the cells changed, suppressed rows."""
    output = _format(format)
    ensure_distinct_output(out, file)
    resolved = load_policy(policy)  # policy errors before any data is read
    key = _key(key_file, key_env, needed=resolved.needs_key)
    frame = read_table(file)
    validate_for_columns(resolved, frame.columns, source=str(policy))
    book = _ledger(ledger)
    result = anonymize_with_summary(
        frame, resolved, key=key, ledger=book, dataset=dataset or (file.stem if book else None), principal=principal
    )
    write_table(result.table, out)
    if output == "json":
        print_json(result.to_dict())
        return
    table = Table(title=f"{file} -> {out}  ·  {result.rows_in:,} rows in, {result.rows_out:,} out")
    for name in ("column", "action", "cells changed", "note"):
        table.add_column(name, justify="right" if name == "cells changed" else "left", overflow="fold")
    for c in result.columns:
        table.add_row(c.column, c.action, f"{c.cells_changed:,}", c.note)
    stdout.print(table)
    if result.suppressed_rows:
        stdout.print(f"suppressed rows: {result.suppressed_rows:,}", markup=False, highlight=False)
    if result.k is not None:
        stdout.print(f"k-anonymity achieved: k = {result.k}", markup=False, highlight=False)
    if result.privacy_events:
        stdout.print(f"privacy budget spent: epsilon = {result.epsilon_spent:g} (local DP per record)", markup=False)
    stderr.print(f"wrote {result.rows_out:,} rows to {out}", markup=False, highlight=False)


def reveal_command(
    file: Annotated[Path, typer.Argument(help="An anonymized file.", show_default=False)],
    policy: Annotated[Path, typer.Option("--policy", "-p", help="The policy that produced FILE.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file.", show_default=False)],
    key_file: KeyFile = None,
    key_env: KeyEnv = None,
    columns: Annotated[str | None, typer.Option("--columns", help="Comma-separated columns; default: all.")] = None,
) -> None:
    """Decrypt the 'encrypt' and 'fpe' columns of FILE with the key that made them (pseudonyms cannot be undone)."""
    ensure_distinct_output(out, file)
    resolved = load_policy(policy)
    key = _key(key_file, key_env, needed=True)
    assert key is not None
    frame = read_table(file)
    wanted = [c.strip() for c in columns.split(",") if c.strip()] if columns else None
    revealed = reveal(frame, resolved, key=key, columns=wanted)
    write_table(revealed, out)
    stderr.print(f"wrote {revealed.height:,} rows with revealed columns to {out}", markup=False, highlight=False)
