"""write_table: formats, atomicity, formula neutralization, refusals."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import privet
from privet.errors import DataError
from privet.io import atomic_output, ensure_distinct_output

FRAME = pl.DataFrame({"id": [1, 2, 3], "name": ["Ada", '=HYPERLINK("x")', "-2+3"], "v": [0.5, None, -1.0]})


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".parquet", ".jsonl"])
@pytest.mark.parametrize("kind", ["polars", "pandas", "pyarrow"])
def test_round_trip_from_every_table_type(tmp_path: Path, suffix: str, kind: str) -> None:
    table = {"polars": FRAME, "pandas": FRAME.to_pandas(), "pyarrow": FRAME.to_arrow()}[kind]
    target = privet.write_table(table, tmp_path / f"out{suffix}", neutralize_formulas=False)
    back = privet.read_table(target)
    assert back.shape == FRAME.shape
    assert back["name"].to_list() == FRAME["name"].to_list()
    assert back["v"].to_list() == FRAME["v"].to_list()


def test_tsv_output_uses_tabs(tmp_path: Path) -> None:
    target = privet.write_table(FRAME, tmp_path / "out.tsv")
    assert target.read_text(encoding="utf-8").splitlines()[0] == "id\tname\tv"


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralizes_formula_cells(tmp_path: Path, prefix: str) -> None:
    frame = pl.DataFrame({"cell": [f"{prefix}cmd|' /C calc'!A0", "plain"], "n": [-5, 7]})
    back = privet.read_table(privet.write_table(frame, tmp_path / "out.csv"))
    assert back["cell"].to_list() == [f"'{prefix}cmd|' /C calc'!A0", "plain"]
    assert back["n"].to_list() == [-5, 7]  # numbers are not text and stay numbers


def test_categorical_cells_are_neutralized_too(tmp_path: Path) -> None:
    frame = pl.DataFrame({"c": ["=1+1", "ok"]}).with_columns(pl.col("c").cast(pl.Categorical))
    back = privet.read_table(privet.write_table(frame, tmp_path / "out.csv"))
    assert back["c"].to_list() == ["'=1+1", "ok"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=20), min_size=1, max_size=20))
def test_no_csv_cell_starts_a_formula(tmp_path_factory: pytest.TempPathFactory, cells: list[str]) -> None:
    target = tmp_path_factory.mktemp("w") / "out.csv"
    privet.write_table(pl.DataFrame({"c": cells}), target)
    with target.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    assert len(rows) == len(cells)
    for (value,), original in zip(rows, cells, strict=True):
        assert not value[:1] or value[0] not in "=+-@\t\r"
        assert value in (original, "'" + original)


def test_nested_columns_cannot_be_csv(tmp_path: Path) -> None:
    frame = pl.DataFrame({"s": [{"a": 1}], "l": [[1, 2]]})
    with pytest.raises(DataError, match="'s', 'l' are nested"):
        privet.write_table(frame, tmp_path / "out.csv")
    assert not any(tmp_path.iterdir())
    privet.write_table(frame, tmp_path / "out.parquet")


def test_unknown_extension_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"extension '\.xlsx'"):
        privet.write_table(FRAME, tmp_path / "out.xlsx")
    with pytest.raises(DataError, match="does not exist"):
        privet.write_table(FRAME, tmp_path / "missing" / "out.csv")
    with pytest.raises(DataError, match="is a directory"):
        privet.write_table(FRAME, tmp_path, format="csv")


def test_failed_write_leaves_previous_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("previous\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_atomic_output_replaces_and_sets_mode(tmp_path: Path) -> None:
    target = tmp_path / "key.bin"
    with atomic_output(target, mode=0o600) as tmp:
        tmp.write_bytes(b"x")
    assert target.read_bytes() == b"x"
    assert (os.stat(target).st_mode & 0o777) == 0o600


def test_output_equal_to_input_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("a\n1\n", encoding="utf-8")
    with pytest.raises(DataError, match="output path is the input"):
        ensure_distinct_output(tmp_path / "." / "in.csv", source)
    link = tmp_path / "link.csv"
    link.symlink_to(source)
    with pytest.raises(DataError, match="output path is the input"):
        ensure_distinct_output(link, source)
    ensure_distinct_output(tmp_path / "other.csv", source)


def test_caller_type_conversion_helpers() -> None:
    from privet._frame import to_polars

    for table, kind in (
        (FRAME.to_pandas(), pd.DataFrame),
        (FRAME.to_arrow(), pa.Table),
        (FRAME, pl.DataFrame),
    ):
        frame, back = to_polars(table)
        assert isinstance(frame, pl.DataFrame)
        assert isinstance(back(frame), kind)
    with pytest.raises(privet.InvalidParameterError, match="pandas, polars or pyarrow"):
        to_polars([1, 2, 3])
