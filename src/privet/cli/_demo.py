"""``privet demo``: the main job on the bundled sample data."""

from __future__ import annotations

from privet.cli._console import stdout
from privet.cli._inspect import render_inspection
from privet.datasets import customers_path
from privet.io import inspect_table


def demo() -> None:
    """Run privet on the bundled sample of synthetic customers (today: inspect it)."""
    path = customers_path()
    stdout.print("privet demo: the bundled sample of synthetic customers", style="bold")
    render_inspection(inspect_table(path))
