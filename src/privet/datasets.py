"""Bundled sample data: synthetic customers with realistic personal data (scripts/make_sample_data.py)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, Literal

__all__ = ["customers", "customers_path"]


def customers_path() -> Path:
    """Path of the bundled ``customers.csv`` (about 5,000 synthetic people)."""
    return Path(str(resources.files("privet") / "data" / "customers.csv"))


def customers(*, backend: Literal["polars", "pandas", "pyarrow"] = "polars") -> Any:
    """The bundled synthetic customers as a table of the requested type."""
    from privet.io import read_table

    return read_table(customers_path(), backend=backend)
