"""Shared terminal output: rich consoles for stdout and stderr, JSON printing."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console

stdout = Console(soft_wrap=False)
stderr = Console(stderr=True)


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON on stdout, without rich markup or wrapping."""
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))
