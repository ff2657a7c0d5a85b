"""``privet run PIPELINE.yaml``: the whole flow from one pipeline file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from privet.cli._console import stderr, stdout


def run(
    pipeline: Annotated[
        Path, typer.Argument(help="The pipeline YAML file (JSON schema: privet/pipeline/pipeline.schema.json).")
    ],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Scan, anonymize, measure risk, train and audit a DP model, run DP queries, and write the report."""
    from privet.pipeline import load_pipeline, run_pipeline  # heavy (scikit-learn): only when running

    config = load_pipeline(pipeline)
    result = run_pipeline(config, console=None if quiet else stderr)
    report = result.outputs.get("report")
    stdout.print(f"Report: {report}", markup=False, highlight=False)
    for label, path in sorted(result.outputs.items()):
        if label != "report":
            stdout.print(f"  {label}: {path}", markup=False, highlight=False)
