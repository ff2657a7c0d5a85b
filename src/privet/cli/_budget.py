"""``privet budget init|set|show|history``: manage a privacy-budget ledger file (a thin adapter over privet.Ledger)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table

from privet.cli._console import print_json, stderr, stdout
from privet.dp import Ledger
from privet.errors import BudgetError, InvalidParameterError

budget_app = typer.Typer(
    name="budget",
    help="Create, change and inspect privacy budgets in a ledger file.",
    no_args_is_help=True,
)

_LedgerArg = Annotated[Path | None, typer.Argument(help="The ledger file (same as --ledger).", show_default=False)]
_LedgerOpt = Annotated[
    Path | None, typer.Option("--ledger", "-l", help="The ledger file (SQLite).", show_default=False)
]
_Format = Annotated[str, typer.Option("--format", "-f", help="Output format: table or json.")]


def _path(positional: Path | None, option: Path | None) -> Path:
    if positional is not None and option is not None and positional != option:
        raise InvalidParameterError("Give the ledger once: either as an argument or with --ledger, not both.")
    path = option or positional
    if path is None:
        raise InvalidParameterError("Missing the ledger file: pass --ledger FILE.")
    return path


def _existing(path: Path) -> Ledger:
    if not path.is_file():
        raise BudgetError(
            f"Ledger file {path} does not exist; create it with `privet budget init --ledger {path} ...`."
        )
    return Ledger(path)


def _format(value: str) -> Literal["table", "json"]:
    if value not in ("table", "json"):
        raise InvalidParameterError(f"The '--format' option must be 'table' or 'json'. Got {value!r}.")
    return value  # type: ignore[return-value]


def _check_caps(epsilon: float, delta: float) -> None:
    if not (math.isfinite(epsilon) and epsilon >= 0):
        raise InvalidParameterError(f"The '--epsilon' option must be a finite number >= 0. Got {epsilon!r}.")
    if not (math.isfinite(delta) and 0 <= delta < 1):
        raise InvalidParameterError(f"The '--delta' option must be in [0, 1). Got {delta!r}.")


@budget_app.command("init")
def init(
    epsilon: Annotated[float, typer.Option("--epsilon", "-e", help="Epsilon cap.", show_default=False)],
    dataset: Annotated[str, typer.Option("--dataset", "-d", help="Dataset name.", show_default=False)],
    ledger_arg: _LedgerArg = None,
    ledger: _LedgerOpt = None,
    delta: Annotated[float, typer.Option("--delta", help="Delta cap.")] = 0.0,
    principal: Annotated[str, typer.Option("--principal", "-p", help="Who spends the budget.")] = "default",
) -> None:
    """Create a ledger (if needed) and a NEW budget for (dataset, principal); refuses to overwrite one."""
    path = _path(ledger_arg, ledger)
    _check_caps(epsilon, delta)
    store = Ledger(path)
    if any(s.principal == principal for s in store.budgets(dataset=dataset)):
        raise BudgetError(
            f"Ledger {path.name!r} already has a budget for dataset {dataset!r}, principal {principal!r}; "
            "change it with `privet budget set`."
        )
    store.set_budget(dataset=dataset, principal=principal, epsilon=epsilon, delta=delta)
    stderr.print(
        f"budget for {dataset}/{principal}: epsilon={epsilon:g}, delta={delta:g} in {path}",
        markup=False,
        highlight=False,
    )


@budget_app.command("set")
def set_(
    epsilon: Annotated[float, typer.Option("--epsilon", "-e", help="New epsilon cap.", show_default=False)],
    dataset: Annotated[str, typer.Option("--dataset", "-d", help="Dataset name.", show_default=False)],
    ledger_arg: _LedgerArg = None,
    ledger: _LedgerOpt = None,
    delta: Annotated[
        float | None, typer.Option("--delta", help="New delta cap (default: keep the current one, 0 if new).")
    ] = None,
    principal: Annotated[str, typer.Option("--principal", "-p", help="Who spends the budget.")] = "default",
) -> None:
    """Create or change the caps of a budget (recorded spends are kept)."""
    path = _path(ledger_arg, ledger)
    store = Ledger(path)
    if delta is None:
        current = [s for s in store.budgets(dataset=dataset) if s.principal == principal]
        delta = current[0].delta if current else 0.0
    _check_caps(epsilon, delta)
    store.set_budget(dataset=dataset, principal=principal, epsilon=epsilon, delta=delta)
    status = store.status(dataset=dataset, principal=principal)
    stderr.print(
        f"budget for {dataset}/{principal}: epsilon={epsilon:g} (spent {status.epsilon_spent:.6g}), "
        f"delta={delta:g} (spent {status.delta_spent:.3g}) in {path}",
        markup=False,
        highlight=False,
    )


@budget_app.command("show")
def show(
    ledger_arg: _LedgerArg = None,
    ledger: _LedgerOpt = None,
    dataset: Annotated[str | None, typer.Option("--dataset", "-d", help="Only this dataset.")] = None,
    format: _Format = "table",
) -> None:
    """Show every budget: caps, spent and remaining epsilon and delta."""
    output = _format(format)
    path = _path(ledger_arg, ledger)
    statuses = _existing(path).budgets(dataset=dataset)
    if output == "json":
        print_json({"ledger": str(path), "budgets": [s.to_dict() for s in statuses]})
        return
    table = Table(title=f"privacy budgets in {path}")
    for name in ("dataset", "principal", "epsilon", "spent", "remaining", "delta", "spent", "remaining", "spends"):
        table.add_column(name, justify="left" if name in ("dataset", "principal") else "right")
    for s in statuses:
        table.add_row(
            s.dataset, s.principal, f"{s.epsilon:.6g}", f"{s.epsilon_spent:.6g}", f"{s.epsilon_remaining:.6g}",
            f"{s.delta:.3g}", f"{s.delta_spent:.3g}", f"{s.delta_remaining:.3g}", str(s.spends),
        )  # fmt: skip
    stdout.print(table)
    if not statuses:
        stderr.print("no budgets" + (f" for dataset {dataset}" if dataset else ""), markup=False, highlight=False)


@budget_app.command("history")
def history(
    ledger_arg: _LedgerArg = None,
    ledger: _LedgerOpt = None,
    dataset: Annotated[str | None, typer.Option("--dataset", "-d", help="Only this dataset.")] = None,
    principal: Annotated[str | None, typer.Option("--principal", "-p", help="Only this principal.")] = None,
    format: _Format = "table",
) -> None:
    """List recorded spends (time, dataset, principal, mechanism, epsilon, delta, description)."""
    output = _format(format)
    path = _path(ledger_arg, ledger)
    entries = _existing(path).history(dataset=dataset, principal=principal)
    if output == "json":
        print_json({"ledger": str(path), "spends": [e.to_dict() for e in entries]})
        return
    table = Table(title=f"spends in {path}")
    for name in ("id", "time (UTC)", "dataset", "principal", "mechanism", "epsilon", "delta", "description"):
        table.add_column(name, justify="right" if name in ("id", "epsilon", "delta") else "left", overflow="fold")
    for e in entries:
        table.add_row(
            str(e.id), e.time.strftime("%Y-%m-%d %H:%M:%S"), e.dataset, e.principal, e.event.mechanism,
            f"{e.event.epsilon:.6g}", f"{e.event.delta:.3g}", e.event.description,
        )  # fmt: skip
    stdout.print(table)
