"""``privet demo``: the main job on the bundled sample data, written into ``./privet-demo/``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from privet.cli._console import stderr, stdout


def demo(
    output_dir: Annotated[Path, typer.Option("--out", help="Folder for the demo's outputs.")] = Path("privet-demo"),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
) -> None:
    """Run the whole flow on 5,000 synthetic customers and write the report into ./privet-demo/."""
    from privet.pipeline import run_pipeline  # heavy (scikit-learn): only when running
    from privet.pipeline._demo import DEMO_LEDGER, demo_config

    stdout.print("privet demo: 5,000 synthetic customers, scan -> anonymize -> DP model -> audit -> report")
    # The demo's ledger starts fresh on every demo run; a real run keeps its ledger (pipeline ledger.path).
    output_dir.mkdir(parents=True, exist_ok=True)
    (output_dir / DEMO_LEDGER).unlink(missing_ok=True)
    result = run_pipeline(demo_config(output_dir), console=None if quiet else stderr, make_key=True)
    stdout.print(f"Report: {result.outputs['report'].resolve()}", markup=False, highlight=False)
