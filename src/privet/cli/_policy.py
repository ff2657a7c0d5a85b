"""``privet policy draft|check|schema``: propose a policy from a scan, validate one, print its JSON schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from privet.anonymize import draft_policy, load_policy, policy_schema, save_policy
from privet.anonymize._policy import validate_for_columns
from privet.cli._console import print_json, stderr, stdout
from privet.io import atomic_output, ensure_distinct_output, read_table

app = typer.Typer(name="policy", help="Draft, check and document anonymization policies.", no_args_is_help=True)


@app.command("draft")
def draft(
    file: Annotated[Path, typer.Argument(help="A CSV/TSV, Parquet or JSON Lines file.", show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Policy YAML to write.", show_default=False)],
    k: Annotated[int, typer.Option("--k", help="k of the proposed k-anonymity privacy model.")] = 5,
    l_diversity: Annotated[
        int, typer.Option("--l", help="l-diversity asked of the first sensitive column found (0: none).")
    ] = 2,
    sample_rows: Annotated[int, typer.Option("--sample-rows", help="Rows the scan reads.")] = 10_000,
) -> None:
    """Scan FILE and write a proposed policy, with the reason for each column as a comment."""
    from privet.scan import scan

    ensure_distinct_output(out, file)
    report = scan(file, sample_rows=sample_rows)
    policy = draft_policy(report, k=k, l=l_diversity or None)
    save_policy(policy, out)
    stderr.print(
        f"wrote a draft policy for {len(policy.columns)} column(s) to {out}; review it before use",
        markup=False,
        highlight=False,
    )


@app.command("check")
def check(
    policy_file: Annotated[Path, typer.Argument(help="The policy YAML.", show_default=False)],
    table: Annotated[
        Path | None, typer.Option("--table", help="Also check the policy against this table's columns.")
    ] = None,
) -> None:
    """Validate a policy file (and, with --table, that it fits a table's columns); exit 2 on a problem."""
    policy = load_policy(policy_file)
    if table is not None:
        frame = read_table(table, n_rows=1)
        validate_for_columns(policy, frame.columns, source=str(policy_file))
    actions: dict[str, int] = {}
    for rule in policy.columns.values():
        actions[rule.action] = actions.get(rule.action, 0) + 1
    summary = ", ".join(f"{n} {a}" for a, n in sorted(actions.items())) or "no column rules"
    stdout.print(f"{policy_file}: valid ({summary})", markup=False, highlight=False)


@app.command("schema")
def schema(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the schema here instead of stdout.")] = None,
) -> None:
    """Print the JSON schema of the policy file."""
    data = policy_schema()
    if out is None:
        print_json(data)
        return
    with atomic_output(out) as tmp:
        tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
