"""Read and write tables: CSV/TSV (sniffed), Parquet, JSON Lines; atomic writes; clear errors.

``read_table`` gives a polars DataFrame (or the type asked for). Bad files raise ``DataError`` naming the
file, and the line or column where known; parser messages are never forwarded because they can quote cell
values. ``write_table`` writes to a temporary file beside the target, fsyncs it and renames it over the
target, so a reader never sees a half-written file and a failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import polars as pl

from privet._frame import to_polars
from privet._sniff import Dialect, sniff_file
from privet.errors import DataError, InvalidParameterError

__all__ = [
    "DEFAULT_NULL_VALUES",
    "Dialect",
    "TableInfo",
    "atomic_output",
    "ensure_distinct_output",
    "inspect_table",
    "nested_columns",
    "read_table",
    "write_table",
]

DEFAULT_NULL_VALUES: tuple[str, ...] = ("", "NULL", "null", "NA", "N/A", "n/a", "#N/A")
_FLOAT_SPECIALS = frozenset({"nan", "+nan", "-nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity"})
_FORMULA_PREFIX = r"^[=+\-@\t\r]"

PathLike = str | os.PathLike[str]


def _as_path(path: PathLike, what: str) -> Path:
    if not isinstance(path, str | os.PathLike):
        raise InvalidParameterError(f"The '{what}' parameter must be a file path; got {type(path).__name__}.")
    return Path(path)


# ----------------------------------------------------------------------------------------------- reading


def read_table(
    path: PathLike,
    *,
    format: Literal["csv", "parquet", "jsonl", "json"] | None = None,
    null_values: Sequence[str] = DEFAULT_NULL_VALUES,
    n_rows: int | None = None,
    columns: Sequence[str] | None = None,
    backend: Literal["polars", "pandas", "pyarrow"] = "polars",
) -> Any:
    """Read a CSV/TSV, Parquet or JSON Lines file into a table.

    CSV dialect (delimiter, encoding, decimal comma, line ends) is sniffed from the first megabyte; cells
    equal to one of ``null_values`` become null. Columns holding only numbers, ``nan`` and ``inf`` become
    floats; columns with mixed types stay text. Duplicate column names are refused because a policy or a
    query could not tell them apart.
    """
    frame, _ = _read(_as_path(path, "path"), format=format, null_values=null_values, n_rows=n_rows)
    if columns is not None:
        from privet._frame import require_columns

        require_columns(frame, list(columns), where=str(path))
        frame = frame.select(list(columns))
    if backend == "polars":
        return frame
    if backend == "pandas":
        return frame.to_pandas()
    if backend == "pyarrow":
        return frame.to_arrow()
    raise InvalidParameterError(
        f"The 'backend' parameter of read_table must be 'polars', 'pandas' or 'pyarrow'. Got {backend!r}."
    )


def _read(
    path: Path,
    *,
    format: str | None = None,
    null_values: Sequence[str] = DEFAULT_NULL_VALUES,
    n_rows: int | None = None,
) -> tuple[pl.DataFrame, Dialect]:
    if n_rows is not None and (not isinstance(n_rows, int) or n_rows < 0):
        raise InvalidParameterError(f"The 'n_rows' parameter must be an integer >= 0. Got {n_rows!r}.")
    dialect = sniff_file(path, format=format)
    if dialect.format == "parquet":
        frame = _read_parquet(path, n_rows)
    elif dialect.format in ("jsonl", "json"):
        frame = _read_json(path, dialect, n_rows)
    else:
        frame = _read_csv(path, dialect, list(null_values), n_rows)
    return frame, dialect


def _check_parquet_footer(path: Path) -> None:
    with path.open("rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - 4))
        tail = fh.read(4)
    if size < 12 or tail != b"PAR1":
        raise DataError(f"{path}: the Parquet file is truncated or corrupt (no 'PAR1' footer at its end).")


def _unreadable_parquet(path: Path, exc: Exception) -> DataError:
    return DataError(f"{path}: the Parquet file cannot be read ({type(exc).__name__}); it may be truncated or corrupt.")


def _read_parquet(path: Path, n_rows: int | None) -> pl.DataFrame:
    _check_parquet_footer(path)
    try:
        return pl.read_parquet(path, n_rows=n_rows)
    except Exception as exc:
        raise _unreadable_parquet(path, exc) from exc


def spread_positions(height: int, count: int) -> np.ndarray:
    """``count`` row positions spread evenly over ``height`` rows, first and last included (sorted, distinct)."""
    return np.unique(np.linspace(0, height - 1, num=count).round().astype(np.int64))


def read_spread_sample(path: PathLike, count: int) -> tuple[pl.DataFrame, int] | None:
    """The rows at :func:`spread_positions` of a Parquet file and its row count, read in a streaming pass that
    never holds the whole table (so scanning a file larger than memory works); None for other formats, whose
    typing (sniffed CSV dialects) needs the full read of :func:`read_table`."""
    file = _as_path(path, "path")
    if sniff_file(file).format != "parquet":
        return None
    _check_parquet_footer(file)
    try:
        height = pl.scan_parquet(file).select(pl.len()).collect().item()
        if height <= count:
            return pl.read_parquet(file), height
        schema = pl.read_parquet_schema(file)
        index = "__privet_row"
        while index in schema:
            index += "_"
        wanted = pl.Series(spread_positions(height, count)).cast(pl.get_index_type()).implode()
        lazy = pl.scan_parquet(file).with_row_index(index).filter(pl.col(index).is_in(wanted)).drop(index)
        return lazy.collect(engine="streaming"), height
    except Exception as exc:
        raise _unreadable_parquet(file, exc) from exc


def _open_text(path: Path, dialect: Dialect) -> io.TextIOBase:
    encoding = "utf-8-sig" if dialect.encoding in ("utf-8", "utf-8-sig") else dialect.encoding
    raw: Any = gzip.open(path, "rb") if dialect.compression == "gzip" else path.open("rb")  # noqa: SIM115
    return io.TextIOWrapper(raw, encoding=encoding or "utf-8", errors="strict", newline="")


def _read_json(path: Path, dialect: Dialect, n_rows: int | None) -> pl.DataFrame:
    try:
        with _open_text(path, dialect) as fh:
            text = fh.read()
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: invalid {dialect.encoding} text at byte {exc.start}.") from exc
    source = io.BytesIO(text.encode("utf-8"))
    try:
        if dialect.format == "json":
            frame = pl.read_json(source)
        else:
            frame = pl.read_ndjson(source, n_rows=n_rows, infer_schema_length=None)
    except Exception as exc:
        raise DataError(_diagnose_json(path, text, dialect.format)) from exc
    if n_rows is not None:
        frame = frame.head(n_rows)
    return frame


def _diagnose_json(path: Path, text: str, fmt: str) -> str:
    if fmt == "json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            return f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}."
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            return f"{path}: expected a JSON array of objects (one object per row)."
        return f"{path}: the JSON objects cannot be combined into one table (conflicting value types)."
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            return f"{path}: line {number} is not valid JSON ({exc.msg}); expected one JSON object per line."
        if not isinstance(value, dict):
            return f"{path}: line {number} is a JSON {type(value).__name__}; expected one object per line."
    return f"{path}: the JSON Lines objects cannot be combined into one table (conflicting value types)."


def _csv_source(path: Path, dialect: Dialect) -> Path | io.BytesIO:
    """Give polars the file itself when it can parse it directly, else UTF-8 bytes transcoded here."""
    if dialect.compression is None and dialect.encoding in ("utf-8", "utf-8-sig"):
        return path
    try:
        with _open_text(path, dialect) as fh:
            return io.BytesIO(fh.read().encode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: invalid {dialect.encoding} text at byte {exc.start}.") from exc


def _polars_csv(
    source: Path | io.BytesIO,
    dialect: Dialect,
    null_values: list[str],
    n_rows: int | None,
    full_inference: bool,
    text_columns: list[str] | None = None,
) -> pl.DataFrame:
    """Parse the CSV; ``text_columns``: only these columns, every value kept as text."""
    if isinstance(source, io.BytesIO):
        source.seek(0)
    return pl.read_csv(
        source,
        separator=dialect.delimiter or ",",
        quote_char='"',
        null_values=null_values or None,
        decimal_comma=dialect.decimal_comma,
        n_rows=n_rows,
        infer_schema_length=None if full_inference else 10_000,
        infer_schema=text_columns is None,
        columns=text_columns,
        encoding="utf8",
        raise_if_empty=True,
    )


def _read_csv(path: Path, dialect: Dialect, null_values: list[str], n_rows: int | None) -> pl.DataFrame:
    header = _header(path, dialect)
    duplicates = sorted(name for name, count in Counter(header).items() if count > 1)
    if duplicates:
        raise DataError(
            f"{path}: duplicate column name(s) {', '.join(repr(d) for d in duplicates)} in the header; "
            "every column needs a unique name."
        )
    source = _csv_source(path, dialect)
    try:
        frame = _polars_csv(source, dialect, null_values, n_rows, full_inference=False)
    except pl.exceptions.ComputeError as exc:
        if "invalid utf-8" in str(exc) and dialect.encoding == "utf-8":
            return _read_csv(path, _with_encoding(dialect, "cp1252"), null_values, n_rows)
        problem = _diagnose_csv(path, dialect, len(header))
        if problem:
            raise DataError(problem) from exc
        try:  # a value late in the file that does not fit the inferred type: infer from every row
            frame = _polars_csv(source, dialect, null_values, n_rows, full_inference=True)
        except Exception as exc2:
            raise DataError(
                f"{path}: cannot parse the file as CSV with {dialect.describe()} ({type(exc2).__name__})."
            ) from exc2
    except pl.exceptions.NoDataError as exc:
        raise DataError(f"{path}: the file is empty; expected a header row.") from exc
    except Exception as exc:
        problem = _diagnose_csv(path, dialect, len(header))
        raise DataError(
            problem or f"{path}: cannot parse the file as CSV with {dialect.describe()} ({type(exc).__name__})."
        ) from exc
    if frame.width and frame.height and frame[:, -1].null_count():
        # A short row reads as nulls at its end; only a field count tells it from real empty cells.
        problem = _diagnose_csv(path, dialect, len(header), limit_rows=n_rows)
        if problem:
            raise DataError(problem)
    frame = _keep_leading_zeros(frame, source, dialect, null_values, n_rows)
    return _floats_from_specials(frame)


def _keep_leading_zeros(
    frame: pl.DataFrame, source: Path | io.BytesIO, dialect: Dialect, null_values: list[str], n_rows: int | None
) -> pl.DataFrame:
    """Integer columns whose digits start with a zero ("02588", "0612345678") read back as text: a number would drop
    the zero, so postcodes, phones and ids would change on their way through privet. The first 10,000 rows decide
    (a cheap second read of only the integer columns, as text); a column that has such values is read again whole."""
    integers = [name for name, dtype in frame.schema.items() if dtype.is_integer()]
    if not integers or not frame.height:
        return frame
    probe = min(n_rows or _ZERO_PROBE, _ZERO_PROBE)
    head = _polars_csv(source, dialect, null_values, probe, full_inference=False, text_columns=integers)
    zeroed = [name for name in integers if head.get_column(name).str.contains(r"^\s*[+-]?0\d").any()]
    if not zeroed:
        return frame
    full = _polars_csv(source, dialect, null_values, n_rows, full_inference=False, text_columns=zeroed)
    return frame.with_columns(full.get_column(name) for name in zeroed)


_ZERO_PROBE = 10_000


def _with_encoding(dialect: Dialect, encoding: str) -> Dialect:
    return Dialect(**{**dialect.to_dict(), "encoding": encoding})  # type: ignore[arg-type]


def _header(path: Path, dialect: Dialect) -> list[str]:
    with _open_text(path, dialect) as fh:
        reader = csv.reader(fh, delimiter=dialect.delimiter or ",", quotechar='"', strict=True)
        _raise_field_limit()
        try:
            return next(reader, [])
        except (csv.Error, UnicodeDecodeError):
            return []


def _raise_field_limit() -> None:
    # csv's 128 KiB default would reject legitimate large cells; the check below bounds rows, not cells.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 2


def _diagnose_csv(path: Path, dialect: Dialect, width: int, limit_rows: int | None = None) -> str | None:
    """Walk the file with the csv module and describe the first structural problem, if any."""
    _raise_field_limit()
    try:
        with _open_text(path, dialect) as fh:
            reader = csv.reader(fh, delimiter=dialect.delimiter or ",", quotechar='"', strict=True)
            start_line = 1
            for index, row in enumerate(reader):
                if index == 0:
                    width = len(row)
                elif row and len(row) != width:
                    return (
                        f"{path}: line {start_line} has {len(row)} field(s) but the header has {width}; "
                        f"expected every row to have {width} (delimiter {dialect.delimiter!r})."
                    )
                if limit_rows is not None and index >= limit_rows:
                    break
                start_line = reader.line_num + 1
    except csv.Error as exc:
        message = str(exc)
        if "EOF" in message or "unexpected end of data" in message:
            return f"{path}: a quoted field opened at line {start_line} is never closed (unbalanced quote)."
        return f"{path}: malformed CSV at line {start_line} ({message})."
    except UnicodeDecodeError as exc:
        return f"{path}: invalid {dialect.encoding} text at byte {exc.start}."
    return None


def _floats_from_specials(frame: pl.DataFrame) -> pl.DataFrame:
    """Turn text columns of numbers with ``nan``/``inf`` into floats (polars leaves them as text)."""
    casts = []
    for name, dtype in frame.schema.items():
        if dtype != pl.String:
            continue
        head = frame.get_column(name).drop_nulls().head(1000)
        if head.is_empty():
            continue
        lowered = head.str.strip_chars().str.to_lowercase()
        if not lowered.is_in(list(_FLOAT_SPECIALS)).any():
            continue
        if head.cast(pl.Float64, strict=False).null_count():
            continue
        full = frame.get_column(name)
        as_float = full.cast(pl.Float64, strict=False)
        if as_float.null_count() == full.null_count():
            casts.append(as_float)
    return frame.with_columns(casts) if casts else frame


def nested_columns(frame: pl.DataFrame) -> list[str]:
    """Names of struct, list and array columns (readable, but most operators take flat columns only)."""
    return [name for name, dtype in frame.schema.items() if dtype.is_nested()]


# ---------------------------------------------------------------------------------------------- inspecting


@dataclass(frozen=True)
class TableInfo:
    """What ``privet inspect`` shows: dialect, shape, schema, null ratios, nested columns."""

    path: str
    dialect: Dialect
    rows: int
    columns: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "dialect": self.dialect.to_dict(),
            "rows": self.rows,
            "columns": self.columns,
        }


def inspect_table(path: PathLike) -> TableInfo:
    """Read ``path`` and describe it without showing any cell value."""
    file = _as_path(path, "path")
    frame, dialect = _read(file)
    nested = set(nested_columns(frame))
    rows = frame.height
    nulls = frame.null_count().row(0) if frame.width else ()
    columns = [
        {
            "name": name,
            "dtype": str(dtype),
            "null_ratio": (nulls[i] / rows) if rows else 0.0,
            "nested": name in nested,
        }
        for i, (name, dtype) in enumerate(frame.schema.items())
    ]
    return TableInfo(path=str(file), dialect=dialect, rows=rows, columns=columns)


# ------------------------------------------------------------------------------------------------ writing


def ensure_distinct_output(output: PathLike, *inputs: PathLike) -> None:
    """Refuse an output path that is (or links to) one of the inputs: an input is never overwritten."""
    out = Path(output)
    for source in inputs:
        src = Path(source)
        same = out.resolve() == src.resolve()
        if not same and out.exists() and src.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(out, src)
        if same:
            raise DataError(f"{out}: the output path is the input file {src}; choose another output path.")


@contextlib.contextmanager
def atomic_output(path: PathLike, *, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success fsync it and rename it over ``path``.

    On any exception the temporary file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise DataError(f"{target}: the output folder {parent} does not exist.")
    if target.is_dir():
        raise DataError(f"{target}: is a directory; expected a file path for the output.")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        with contextlib.suppress(OSError):  # directory fsync is not possible on every platform
            dir_fd = os.open(parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _neutralize_formulas(frame: pl.DataFrame) -> pl.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula with ``'`` (OWASP CSV injection)."""
    exprs = []
    for name, dtype in frame.schema.items():
        if dtype in (pl.String, pl.Categorical) or isinstance(dtype, pl.Enum):
            col = pl.col(name).cast(pl.String)
            exprs.append(pl.when(col.str.contains(_FORMULA_PREFIX)).then("'" + col).otherwise(col).alias(name))
    return frame.with_columns(exprs) if exprs else frame


def write_table(
    table: Any,
    path: PathLike,
    *,
    format: Literal["csv", "parquet", "jsonl"] | None = None,
    neutralize_formulas: bool = True,
) -> Path:
    """Write ``table`` (pandas, polars or pyarrow) atomically as CSV, Parquet or JSON Lines.

    The format follows the extension unless given. CSV cells starting with ``= + - @``, tab or CR are
    prefixed with ``'`` so spreadsheets do not execute them; pass ``neutralize_formulas=False`` for a
    machine-only consumer.
    """
    target = _as_path(path, "path")
    frame, _ = to_polars(table)
    fmt = format or _format_for_write(target)
    if fmt == "csv":
        nested = nested_columns(frame)
        if nested:
            raise DataError(
                f"{target}: column(s) {', '.join(repr(n) for n in nested)} are nested (struct/list) and "
                "cannot be written as CSV; write Parquet or JSON Lines instead."
            )
        if neutralize_formulas:
            frame = _neutralize_formulas(frame)
    with atomic_output(target) as tmp:
        try:
            if fmt == "csv":
                frame.write_csv(tmp, separator="\t" if target.suffix.lower() == ".tsv" else ",")
            elif fmt == "parquet":
                frame.write_parquet(tmp)
            elif fmt == "jsonl":
                frame.write_ndjson(tmp)
            else:
                raise InvalidParameterError(
                    f"The 'format' parameter of write_table must be csv, parquet or jsonl. Got {fmt!r}."
                )
        except (InvalidParameterError, DataError):
            raise
        except Exception as exc:
            raise DataError(f"{target}: cannot write the table as {fmt} ({type(exc).__name__}).") from exc
    return target


def _format_for_write(path: Path) -> str:
    suffix = path.suffix.lower()
    mapping = {
        ".csv": "csv",
        ".tsv": "csv",
        ".txt": "csv",
        ".parquet": "parquet",
        ".pq": "parquet",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
    }
    if suffix not in mapping:
        raise DataError(
            f"{path}: cannot tell the output format from the extension {suffix or '(none)'!r}; "
            "use .csv, .parquet or .jsonl, or pass format=."
        )
    return mapping[suffix]
