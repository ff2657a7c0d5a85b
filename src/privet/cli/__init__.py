"""The ``privet`` command line: a thin adapter over the public API (DESIGN.md §2)."""

from __future__ import annotations

from privet.cli._main import main

__all__ = ["main"]
