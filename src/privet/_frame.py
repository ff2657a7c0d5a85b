"""Accept pandas, polars or pyarrow tables at the edge, compute in polars, give the caller's type back.

narwhals recognises the caller's dataframe library without importing the ones that are not installed; all
compute then happens in polars (DESIGN.md §3).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import narwhals.stable.v2 as nw
import polars as pl

from privet.errors import ColumnNotFoundError, InvalidParameterError

__all__ = ["FrameKind", "from_polars", "require_columns", "to_polars"]

FrameKind = Literal["polars", "polars-lazy", "pandas", "pyarrow"]


@dataclass(frozen=True)
class _Converted:
    frame: pl.DataFrame
    kind: FrameKind


def _kind_of(table: Any) -> FrameKind:
    if isinstance(table, pl.DataFrame):
        return "polars"
    if isinstance(table, pl.LazyFrame):
        return "polars-lazy"
    module = type(table).__module__.split(".", 1)[0]
    if module == "pandas":
        return "pandas"
    if module == "pyarrow":
        return "pyarrow"
    raise InvalidParameterError(
        f"Expected a pandas, polars or pyarrow table; got an object of type {type(table).__name__}."
    )


def to_polars(table: Any, *, name: str = "table") -> tuple[pl.DataFrame, Callable[[pl.DataFrame], Any]]:
    """Return ``table`` as a polars DataFrame and a function that converts a result back to its type."""
    kind = _kind_of(table)
    if kind == "polars":
        frame = table
    elif kind == "polars-lazy":
        frame = table.collect()
    else:
        try:
            frame = nw.from_native(table, eager_only=True).to_polars()
        except Exception as exc:  # narwhals/pyarrow raise many types for odd inputs
            raise InvalidParameterError(
                f"The '{name}' parameter could not be read as a {kind} table: {type(exc).__name__}."
            ) from exc
    return frame, lambda result: from_polars(result, kind)


def from_polars(frame: pl.DataFrame, kind: FrameKind) -> Any:
    """Convert a polars result to the caller's table type."""
    if kind == "polars":
        return frame
    if kind == "polars-lazy":
        return frame.lazy()
    if kind == "pandas":
        return frame.to_pandas()
    return frame.to_arrow()


def require_columns(frame: pl.DataFrame, columns: list[str] | tuple[str, ...], *, where: str) -> None:
    """Raise ColumnNotFoundError naming every missing column and ``where`` it was asked for."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ColumnNotFoundError(
            f"{where}: column(s) {', '.join(repr(c) for c in missing)} not found; "
            f"the table has {len(frame.columns)} column(s)"
            + (f": {', '.join(repr(c) for c in frame.columns[:20])}" if frame.columns else "")
            + (" …" if len(frame.columns) > 20 else "")
            + "."
        )
