"""read_table: dialect sniffing, encodings, types, and a DataError naming the file for every bad input."""

from __future__ import annotations

import hashlib
import math
import sys
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

import privet
from privet.errors import DataError

DATA = Path(__file__).parents[1] / "data"
sys.path.insert(0, str(DATA))
from make_corpus import huge_cell_csv, wide_csv  # noqa: E402


def read(name: str) -> pl.DataFrame:
    return privet.read_table(DATA / "good" / name)


@pytest.mark.parametrize(
    ("name", "shape", "columns"),
    [
        ("comma.csv", (2, 3), ["name", "age", "city"]),
        ("semicolon_decimal_comma.csv", (2, 3), ["name", "income", "score"]),
        ("tab.tsv", (2, 2), ["name", "age"]),
        ("pipe.csv", (2, 2), ["name", "age"]),
        ("crlf.csv", (2, 2), ["name", "age"]),
        ("utf8_bom.csv", (2, 2), ["name", "city"]),
        ("utf16_bom.csv", (2, 2), ["name", "city"]),
        ("cp1252.csv", (3, 2), ["name", "city"]),
        ("multiline.csv", (2, 2), ["id", "comment"]),
        ("single_column.csv", (2, 1), ["email"]),
        ("rows.jsonl", (3, 2), ["a", "b"]),
        ("rows.json", (2, 2), ["a", "b"]),
        ("gzipped.csv.gz", (1, 2), ["a", "b"]),
        ("typed.parquet", (3, 4), ["id", "born", "seen", "city"]),
    ],
)
def test_good_files_read_with_expected_shape(name: str, shape: tuple[int, int], columns: list[str]) -> None:
    frame = read(name)
    assert frame.shape == shape
    assert frame.columns == columns


def test_decimal_comma_numbers_become_floats() -> None:
    frame = read("semicolon_decimal_comma.csv")
    assert frame["income"].to_list() == [1234.5, 99.25]
    assert frame["score"].dtype == pl.Float64


def test_crlf_leaves_no_carriage_return() -> None:
    frame = read("crlf.csv")
    assert frame["name"].to_list() == ["Ada", "Alan"]
    assert frame["age"].to_list() == [36, 41]


@pytest.mark.parametrize("name", ["utf8_bom.csv", "utf16_bom.csv"])
def test_bom_files_decode_accents_and_drop_the_bom(name: str) -> None:
    frame = read(name)
    assert frame.columns[0] == "name"
    assert frame["city"].to_list() == ["Málaga", "Köln"]


def test_cp1252_fallback_decodes_euro_and_dash() -> None:
    assert read("cp1252.csv")["city"].to_list()[-1] == "Besançon – €"


def test_quoted_multiline_and_escaped_quotes() -> None:
    assert read("multiline.csv")["comment"].to_list() == ["first line\nsecond line", 'quote " inside']


def test_null_markers() -> None:
    frame = read("nulls.csv")
    assert frame["a"].to_list() == [1, None, 3]
    assert frame["b"].to_list() == [None, 2, None]
    assert frame["c"].to_list() == ["x", None, "z"]


def test_custom_null_markers() -> None:
    frame = privet.read_table(DATA / "good" / "nulls.csv", null_values=["NULL"])
    assert frame["a"].to_list() == ["1", "NA", "3"]


@pytest.mark.parametrize("name", ["header_only.csv", "header_only_no_newline.csv"])
def test_header_only_is_zero_rows(name: str) -> None:
    frame = read(name)
    assert frame.height == 0
    assert frame.columns == ["a", "b", "c"]


def test_mixed_types_late_in_the_file_stay_text() -> None:
    frame = read("mixed_types.csv")
    assert frame["code"].dtype == pl.String
    assert frame["code"].to_list()[-1] == "A17"
    assert frame["n"].dtype == pl.Int64


def test_inf_and_nan_become_floats() -> None:
    frame = read("inf_nan.csv")
    assert frame["y"].dtype == pl.Float64
    values = frame["y"].to_list()
    assert math.isnan(values[0]) and values[1] == math.inf and values[2] == -math.inf and math.isnan(values[3])


def test_odd_column_names_are_kept_verbatim() -> None:
    frame = read("odd_names.csv")
    assert frame.columns[:3] == ["first\nname", "../../etc/passwd", "a/b\\\\c"]


def test_parquet_types_and_dictionary_columns() -> None:
    frame = read("typed.parquet")
    assert frame.schema["born"] == pl.Date
    assert isinstance(frame.schema["seen"], pl.Datetime)
    assert frame["city"].cast(pl.String).to_list() == ["Lyon", "Lyon", "Nantes"]


def test_nested_parquet_is_readable_and_flagged() -> None:
    frame = read("nested.parquet")
    assert privet.io.nested_columns(frame) == ["address", "tags"]
    info = privet.inspect_table(DATA / "good" / "nested.parquet")
    assert [c["nested"] for c in info.columns] == [False, True, True]


def test_ten_thousand_columns(tmp_path: Path) -> None:
    frame = privet.read_table(wide_csv(tmp_path / "wide.csv"))
    assert frame.shape == (3, 10_000)
    assert frame["c9999"].to_list() == [9999, 19999, 29999]


@pytest.mark.slow
def test_fifty_megabyte_cell_reads(tmp_path: Path) -> None:
    frame = privet.read_table(huge_cell_csv(tmp_path / "huge.csv", megabytes=50))
    assert frame.height == 2
    assert len(frame["text"][0]) >= 50 * 1024 * 1024 - 13 * 1024
    assert frame["text"][1] == "short"


def test_backend_and_columns_selection() -> None:
    path = DATA / "good" / "comma.csv"
    assert isinstance(privet.read_table(path, backend="pandas"), pd.DataFrame)
    assert isinstance(privet.read_table(path, backend="pyarrow"), pa.Table)
    assert privet.read_table(path, columns=["city"]).columns == ["city"]
    with pytest.raises(privet.ColumnNotFoundError, match="'nope'"):
        privet.read_table(path, columns=["nope"])
    assert privet.read_table(path, n_rows=1).height == 1


def test_dialect_is_reported() -> None:
    info = privet.inspect_table(DATA / "good" / "semicolon_decimal_comma.csv")
    assert info.dialect.delimiter == ";"
    assert info.dialect.decimal_comma is True
    assert "decimal comma" in info.dialect.describe()
    assert privet.inspect_table(DATA / "good" / "crlf.csv").dialect.line_terminator == "\r\n"
    assert privet.inspect_table(DATA / "good" / "cp1252.csv").dialect.encoding == "cp1252"


BAD_CASES = {
    "empty.csv": "empty",
    "whitespace.csv": "white space",
    "ragged_long.csv": "line 3 has 4 field",
    "ragged_short.csv": "line 3 has 2 field",
    "unbalanced_quote.csv": "line 3 is never closed",
    "nul_bytes.csv": "NUL byte",
    "html.csv": "HTML",
    "json.csv": "JSON, not CSV",
    "duplicate_columns.csv": "duplicate column name",
    "not_gzip.csv.gz": "not gzip",
    "bad_line.jsonl": "line 2 is not valid JSON",
    "array_line.jsonl": "line 2",
    "not_parquet.parquet": "not a Parquet file",
    "gzip.csv": "gzip-compressed",
    "zip.csv": "ZIP archive",
    "parquet_named.csv": "Parquet",
    "truncated.parquet": "truncated",
    "truncated_footer.parquet": "truncated or corrupt",
}


def test_every_bad_file_has_a_case() -> None:
    assert {p.name for p in (DATA / "bad").iterdir()} == set(BAD_CASES)


@pytest.mark.parametrize(("name", "expected"), sorted(BAD_CASES.items()))
def test_bad_files_raise_data_error_naming_the_file(name: str, expected: str) -> None:
    path = DATA / "bad" / name
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DataError) as info:
        privet.read_table(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message
    assert "\n" not in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        privet.read_table(tmp_path / "missing.csv")
    with pytest.raises(DataError, match="is a directory"):
        privet.read_table(tmp_path)


def test_error_messages_never_quote_cell_values(tmp_path: Path) -> None:
    secret = "Zyxwv-4242-secret"
    path = tmp_path / "leak.csv"
    path.write_text(f'a,b\n1,2\n3,"{secret}\n4,5\n', encoding="utf-8")
    with pytest.raises(DataError) as info:
        privet.read_table(path)
    assert secret not in str(info.value)
    assert "never closed" in str(info.value)


def test_invalid_parameters() -> None:
    with pytest.raises(privet.InvalidParameterError, match="n_rows"):
        privet.read_table(DATA / "good" / "comma.csv", n_rows=-1)
    with pytest.raises(privet.InvalidParameterError, match="backend"):
        privet.read_table(DATA / "good" / "comma.csv", backend="spark")  # type: ignore[arg-type]
    with pytest.raises(privet.InvalidParameterError, match="file path"):
        privet.read_table(42)  # type: ignore[arg-type]


def test_digit_columns_with_leading_zeros_stay_text(tmp_path: Path) -> None:
    rows = ["id,tel,cp,amount"] + [f"{i},06{12345600 + i},{'0' if i % 3 else '7'}{5100 + i},{i * 7}" for i in range(50)]
    path = tmp_path / "contacts.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    frame = privet.read_table(path)
    assert frame.schema["tel"] == pl.String and frame["tel"][0] == "0612345600"  # a phone keeps its trunk zero
    assert frame.schema["cp"] == pl.String and frame["cp"][1] == "05101"  # a postcode keeps its zero
    assert frame.schema["id"] == pl.Int64 and frame.schema["amount"] == pl.Int64  # plain numbers stay numbers
    assert privet.read_table(path, n_rows=5)["tel"].to_list()[:2] == ["0612345600", "0612345601"]
