"""scan(path) of a Parquet file reads only the sampled rows; the report equals that of the fully read table."""

from __future__ import annotations

import random
from pathlib import Path

import polars as pl
import pytest
from faker import Faker

import privet
from privet.errors import DataError
from privet.io import read_spread_sample, spread_positions


def _table(rows: int) -> pl.DataFrame:
    fake = Faker("de_DE")
    fake.seed_instance(4)
    rng = random.Random(4)
    names = [fake.name() for _ in range(500)]
    mails = [fake.email() for _ in range(500)]
    return pl.DataFrame(
        {
            "name": [names[i % 500] for i in range(rows)],
            "email": [mails[(i * 7) % 500] for i in range(rows)],
            "alter": [rng.randint(18, 90) for _ in range(rows)],
            "__privet_row": list(range(rows)),  # a column with the name of the reader's own row index
        }
    )


def _as_dicts(report: privet.ScanReport) -> dict[str, object]:
    data = report.to_dict()
    return {k: v for k, v in data.items() if k != "source"}


@pytest.mark.parametrize("sample_rows", [1, 37, 2_000, 20_000])
def test_parquet_scan_equals_the_scan_of_the_read_table(tmp_path: Path, sample_rows: int) -> None:
    frame = _table(12_345)
    path = tmp_path / "people.parquet"
    frame.write_parquet(path, row_group_size=1_000)
    from_file = privet.scan(path, sample_rows=sample_rows)
    from_table = privet.scan(frame, sample_rows=sample_rows)
    assert _as_dicts(from_file) == _as_dicts(from_table)
    assert from_file.rows == 12_345
    assert from_file.rows_scanned == min(sample_rows, 12_345)


def test_the_sample_is_the_rows_at_the_spread_positions(tmp_path: Path) -> None:
    frame = _table(5_000)
    path = tmp_path / "people.parquet"
    frame.write_parquet(path, row_group_size=512)
    sampled = read_spread_sample(path, 300)
    assert sampled is not None
    rows, height = sampled
    assert height == 5_000
    assert rows.equals(frame[spread_positions(5_000, 300)])
    assert read_spread_sample(tmp_path / "people.parquet", 10_000) is not None  # small files are read whole


def test_other_formats_are_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    _table(100).write_csv(path)
    assert read_spread_sample(path, 10) is None
    assert privet.scan(path, sample_rows=10).rows == 100


def test_a_truncated_parquet_file_is_named_in_the_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.parquet"
    _table(3_000).write_parquet(path)
    path.write_bytes(path.read_bytes()[:-20] + b"PAR1")
    with pytest.raises(DataError, match=r"broken\.parquet"):
        privet.scan(path, sample_rows=10)
