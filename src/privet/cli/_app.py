"""The typer application: global options and the registry of subcommands."""

from __future__ import annotations

from typing import Annotated

import typer

from privet import __version__
from privet.cli import (
    _anonymize,
    _audit,
    _budget,
    _convert,
    _demo,
    _inspect,
    _keys,
    _policy,
    _query,
    _risk,
    _run,
    _scan,
    _scan_text,
)

app = typer.Typer(
    name="privet",
    help="Keep personal data out of machine-learning models.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"privet {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Print a traceback when a command fails.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """privet: scan, anonymize, train and query with differential privacy, audit, report."""


app.command("inspect")(_inspect.inspect)
app.command("convert")(_convert.convert)
app.command("scan")(_scan.scan)
app.command("scan-text")(_scan_text.scan_text)
app.add_typer(_policy.app, name="policy")
app.add_typer(_keys.app, name="keys")
app.command("anonymize")(_anonymize.anonymize)
app.command("reveal")(_anonymize.reveal_command)
app.command("risk")(_risk.risk)
app.add_typer(_budget.budget_app, name="budget")
app.command("query")(_query.query)
app.command("audit")(_audit.audit)
app.command("run")(_run.run)
app.command("demo")(_demo.demo)
