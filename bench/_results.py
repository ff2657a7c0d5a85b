"""Append a dated markdown table with the producing command to bench/RESULTS.md."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

RESULTS = Path(__file__).with_name("RESULTS.md")


def median_range(values: Sequence[float], fmt: str = "{:.3f}") -> str:
    """``median (min–max)`` of repeated measurements."""
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


def append_table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]], notes: str = "") -> str:
    """Append a section to RESULTS.md and return its markdown."""
    command = "python " + " ".join([os.path.relpath(sys.argv[0], Path.cwd()), *sys.argv[1:]])
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"## {title}",
        "",
        f"{stamp} · `{command}` · {platform.python_version()} · {os.cpu_count()} cores",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
        *("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows),
        "",
    ]
    if notes:
        lines += [notes, ""]
    text = "\n".join(lines) + "\n"
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(text)
    return text
