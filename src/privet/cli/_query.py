"""``privet query FILE --by KEYS --count --sum COL:LO:HI ... --epsilon E``: DP aggregates of a table file."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Annotated, Any

import typer

from privet.cli._console import print_json, stdout
from privet.errors import InvalidParameterError


def _numbers(spec: str, option: str, count: int, form: str) -> tuple[str, list[float]]:
    parts = spec.rsplit(":", count)
    if len(parts) != count + 1 or not parts[0]:
        raise InvalidParameterError(f"The '{option}' option must look like {form}. Got {spec!r}.")
    try:
        values = [float(p) for p in parts[1:]]
    except ValueError:
        raise InvalidParameterError(
            f"The '{option}' option must look like {form} with numbers after the column. Got {spec!r}."
        ) from None
    if not all(math.isfinite(v) for v in values):
        raise InvalidParameterError(f"The '{option}' option needs finite numbers. Got {spec!r}.")
    return parts[0], values


def _aggregates(
    count: bool,
    count_units: bool,
    sums: list[str],
    means: list[str],
    quantiles: list[str],
    histograms: list[str],
) -> list[Any]:
    from privet import query as q

    out: list[Any] = []
    if count:
        out.append(q.count())
    if count_units:
        out.append(q.count_distinct_units())
    for spec in sums:
        col, (lo, hi) = _numbers(spec, "--sum", 2, "COLUMN:LOWER:UPPER")
        out.append(q.sum(col, bounds=(lo, hi)))
    for spec in means:
        col, (lo, hi) = _numbers(spec, "--mean", 2, "COLUMN:LOWER:UPPER")
        out.append(q.mean(col, bounds=(lo, hi)))
    for spec in quantiles:
        col, (p, lo, hi) = _numbers(spec, "--quantile", 3, "COLUMN:Q:LOWER:UPPER")
        out.append(q.quantile(col, p, bounds=(lo, hi)))
    for spec in histograms:
        col, (lo, hi, bins) = _numbers(spec, "--histogram", 3, "COLUMN:LOWER:UPPER:BINS")
        if bins != int(bins):
            raise InvalidParameterError(f"The '--histogram' option needs a whole number of bins. Got {spec!r}.")
        out.append(q.histogram(col, bins=int(bins), bounds=(lo, hi)))
    if not out:
        raise InvalidParameterError(
            "Nothing to compute: give at least one of --count, --count-units, --sum, --mean, --quantile, --histogram."
        )
    return out


def _split(text: str | None) -> dict[str, float] | None:
    if text is None:
        return None
    weights: dict[str, float] = {}
    for item in text.split(","):
        name, sep, value = item.partition("=")
        try:
            weights[name.strip()] = float(value)
        except ValueError:
            sep = ""
        if not sep or not name.strip():
            raise InvalidParameterError(f"The '--split' option must look like NAME=WEIGHT,NAME=WEIGHT. Got {text!r}.")
    return weights


def _source(file: Path, engine: str) -> Any:
    from privet.io import read_table

    if not file.exists():
        raise InvalidParameterError(f"The input file {str(file)!r} does not exist.")
    is_parquet = file.suffix.lower() in (".parquet", ".pq")
    if engine == "spark":
        from privet.query._spark import spark_session, to_spark

        if is_parquet:
            return spark_session().read.parquet(str(file))
        return to_spark(read_table(file))
    if is_parquet:
        import polars as pl

        read_table(file, n_rows=0)  # clear errors for a bad file before scanning it
        return pl.scan_parquet(file)
    return read_table(file)


def _table_text(result: Any) -> None:
    from rich.table import Table

    table = Table(show_edge=False, header_style="bold")
    rows = result.rows()
    columns = list(rows[0]) if rows else list(result.table.columns)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*[_cell(row[c]) for c in columns])
    stdout.print(table)
    stdout.print(
        f"epsilon={result.epsilon:g} delta={result.delta:g} confidence={result.confidence:g}; "
        f"{len(rows)} group(s) released",
        markup=False,
        highlight=False,
    )


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, list):
        return "[" + ", ".join(_cell(v) for v in value) + "]"
    return "" if value is None else str(value)


def _csv_frame(result: Any) -> Any:
    import polars as pl

    frame = result.table
    lists = [c for c, t in frame.schema.items() if isinstance(t, pl.List)]
    return frame.with_columns(pl.col(c).map_elements(json.dumps, return_dtype=pl.String) for c in lists)


def query(
    file: Annotated[Path, typer.Argument(help="A CSV/TSV, Parquet or JSON Lines file.", show_default=False)],
    epsilon: Annotated[float, typer.Option("--epsilon", help="Privacy budget of this release.", show_default=False)],
    by: Annotated[str | None, typer.Option("--by", help="Group keys, comma-separated.")] = None,
    count: Annotated[bool, typer.Option("--count", help="Count rows per group.")] = False,
    count_units: Annotated[bool, typer.Option("--count-units", help="Count distinct privacy units.")] = False,
    sum_: Annotated[list[str] | None, typer.Option("--sum", help="COLUMN:LOWER:UPPER (repeatable).")] = None,
    mean: Annotated[list[str] | None, typer.Option("--mean", help="COLUMN:LOWER:UPPER (repeatable).")] = None,
    quantile: Annotated[list[str] | None, typer.Option("--quantile", help="COLUMN:Q:LOWER:UPPER.")] = None,
    histogram: Annotated[list[str] | None, typer.Option("--histogram", help="COLUMN:LOWER:UPPER:BINS.")] = None,
    delta: Annotated[float, typer.Option("--delta", help="Needed (> 0) when groups are selected privately.")] = 1e-6,
    unit: Annotated[str | None, typer.Option("--unit", help="Privacy-unit column (one person).")] = None,
    max_partitions: Annotated[int, typer.Option("--max-partitions", help="Groups one unit may touch.")] = 1,
    max_contributions: Annotated[
        int, typer.Option("--max-contributions", help="Rows one unit may add to one group.")
    ] = 1,
    public_keys: Annotated[
        Path | None, typer.Option("--public-keys", help="Table file of the groups to release (no selection).")
    ] = None,
    confidence: Annotated[float, typer.Option("--confidence", help="Level of the intervals.")] = 0.95,
    split: Annotated[
        str | None,
        typer.Option("--split", help="Epsilon weights, e.g. count=2,sum_income=1,partition_selection=1."),
    ] = None,
    engine: Annotated[str, typer.Option("--engine", help="polars or spark.")] = "polars",
    ledger: Annotated[Path | None, typer.Option("--ledger", help="Budget ledger (SQLite).")] = None,
    dataset: Annotated[str | None, typer.Option("--dataset", help="Dataset name in the ledger.")] = None,
    principal: Annotated[str, typer.Option("--principal", help="Who spends the budget.")] = "default",
    format: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the result here (atomic).")] = None,
) -> None:
    """Release differentially private counts, sums, means, quantiles and histograms per group."""
    from privet import query as q
    from privet.dp import Ledger
    from privet.io import atomic_output, ensure_distinct_output, read_table, write_table

    if format not in ("table", "json", "csv"):
        raise InvalidParameterError(f"The '--format' option must be table, json or csv. Got {format!r}.")
    if engine not in ("polars", "spark"):
        raise InvalidParameterError(f"The '--engine' option must be polars or spark. Got {engine!r}.")
    if (ledger is None) != (dataset is None):
        raise InvalidParameterError("Give --ledger and --dataset together (the budget is kept per dataset).")
    aggs = _aggregates(count, count_units, sum_ or [], mean or [], quantile or [], histogram or [])
    keys = [k.strip() for k in by.split(",")] if by else []
    if by is not None and not all(keys):
        raise InvalidParameterError(f"The '--by' option must be comma-separated column names. Got {by!r}.")
    if out is not None:
        ensure_distinct_output(out, file)
    book = Ledger(ledger) if ledger is not None else None
    builder = q.query(_source(file, engine), privacy_unit=unit, ledger=book, dataset=dataset, principal=principal,
                      engine=engine)  # type: ignore[arg-type]  # fmt: skip
    if keys:
        public = read_table(public_keys) if public_keys is not None else None
        builder = builder.group_by(keys, public_keys=public, max_partitions=max_partitions,
                                   max_contributions=max_contributions)  # fmt: skip
    elif public_keys is not None:
        raise InvalidParameterError("--public-keys needs --by.")
    result = builder.agg(*aggs).run(epsilon=epsilon, delta=delta if keys and public_keys is None else 0.0,
                                    confidence=confidence, split=_split(split))  # fmt: skip
    if format == "json":
        text = json.dumps(result.to_dict(), indent=2, ensure_ascii=False, default=str)
        if out is None:
            print_json(result.to_dict())
        else:
            with atomic_output(out) as tmp:
                tmp.write_text(text + "\n", encoding="utf-8")
    elif format == "csv":
        frame = _csv_frame(result)
        if out is None:
            print(frame.write_csv(), end="")
        else:
            write_table(frame, out)
    else:
        if out is not None:
            raise InvalidParameterError("--out needs --format json or csv.")
        _table_text(result)
