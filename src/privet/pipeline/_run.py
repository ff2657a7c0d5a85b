"""``privet run``: drive one pipeline file through every stage, with progress, into one output folder.

Stages run in order; each reads what the earlier ones left in the run context. A failing stage stops the
run: staged outputs are deleted, the output folder keeps what it had, and the error names the stage.
Budget spent on the ledger before a failure stays spent (the ledger is the truth, not the outputs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from privet import __version__
from privet.errors import DataError, PrivetError
from privet.pipeline._config import PipelineConfig
from privet.pipeline._data_stages import anonymize_stage, policy_stage, read_stage, risk_stage, scan_stage
from privet.pipeline._privacy_stages import audit_stage, ledger_facts_stage, ledger_stage, model_stage, query_stage
from privet.pipeline._staging import Staging, staged_outputs
from privet.report import ReportFacts, write_report

__all__ = ["RunContext", "RunResult", "run_pipeline"]


@dataclass
class RunContext:
    """What the stages share: the config, the staging area, the tables and the facts gathered so far."""

    config: PipelineConfig
    staging: Staging
    table: pl.DataFrame | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)

    def require_table(self) -> pl.DataFrame:
        if self.table is None:  # a programming error in the stage order, not a user error
            raise RuntimeError("the input table has not been read yet")
        return self.table


@dataclass(frozen=True)
class RunResult:
    """Where a finished run put its outputs, and the facts its report shows."""

    output_dir: Path
    outputs: dict[str, Path]
    facts: ReportFacts


Stage = tuple[str, Callable[[RunContext], None]]


def _report(context: RunContext) -> None:
    facts = ReportFacts(
        title=context.config.title,
        privet_version=__version__,
        generated_at=dt.datetime.now(dt.UTC),
        outputs={**context.outputs, "report": "report.html", "facts": "report.json"},
        **context.facts,
    )
    write_report(facts, context.staging.folder)
    context.state["report_facts"] = facts


def stages_for(config: PipelineConfig) -> list[Stage]:
    """The stages a config asks for, in order."""
    stages: list[Stage] = [
        ("read the input", read_stage),
        ("scan for personal data", scan_stage),
        ("draft or load the policy", policy_stage),
        ("open the privacy ledger", ledger_stage),
        ("anonymize", anonymize_stage),
        ("measure re-identification risk", risk_stage),
    ]
    if config.model is not None:
        stages.append((f"train the DP model (epsilon={config.model.epsilon:g}) and its baseline", model_stage))
        if config.audit is not None:
            stages.append(("audit the model (membership inference)", audit_stage))
    if config.queries:
        stages.append((f"run {len(config.queries)} DP quer{'y' if len(config.queries) == 1 else 'ies'}", query_stage))
    stages += [("read the ledger", ledger_facts_stage), ("write the report", _report)]
    return stages


def run_pipeline(config: PipelineConfig, *, console: Console | None = None, make_key: bool = False) -> RunResult:
    """Run every stage of ``config``; publish the outputs only if all succeed.

    ``make_key`` (the demo) creates a fresh key, shipped with the outputs, when the policy needs one and
    the config names none.
    """
    stages = stages_for(config)
    output_dir = config.output_dir
    with staged_outputs(output_dir) as staging:
        context = RunContext(config=config, staging=staging)
        context.state["demo"] = make_key
        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=console or Console(stderr=True),
            transient=False,
            disable=console is None,
        )
        with progress:
            for index, (name, stage) in enumerate(stages, start=1):
                task = progress.add_task(f"[{index}/{len(stages)}] {name}", total=1)
                try:
                    stage(context)
                except PrivetError as exc:
                    raise type(exc)(f"stage '{name}' failed: {exc}") from exc
                progress.update(task, completed=1)
        for staged in staging.folder.iterdir():  # an input is never overwritten, whatever the folders are
            if (output_dir / staged.name).resolve() == config.input.resolve():
                raise DataError(
                    f"{config.input}: the output '{staged.name}' would overwrite the input file; "
                    "choose another output_dir."
                )
    facts = context.state["report_facts"]
    outputs = {label: output_dir / name for label, name in facts.outputs.items()}
    return RunResult(output_dir=output_dir, outputs=outputs, facts=facts)
