"""privet.read_table vs a bare polars.read_csv on the same 1,000,000 x 20 CSV (issue #2 target: <= 1.5x).

Both read the same file in the same process, alternating, 7 times each; the table shows medians with
min-max. The file mixes integers, floats, short and long strings, dates and some nulls, like an export.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import polars as pl
from _results import append_table, median_range

import privet

DATA = Path(__file__).with_name("_data")


def make_csv(path: Path, rows: int) -> Path:
    rng = np.random.default_rng(7)
    columns: dict[str, object] = {}
    for i in range(20):
        kind = i % 5
        if kind == 0:
            columns[f"int_{i}"] = rng.integers(0, 1_000_000, rows)
        elif kind == 1:
            columns[f"float_{i}"] = rng.normal(50_000, 20_000, rows).round(2)
        elif kind == 2:
            columns[f"cat_{i}"] = rng.choice(["alpha", "beta", "gamma", "delta", "epsilon"], rows)
        elif kind == 3:
            columns[f"text_{i}"] = pl.Series(rng.integers(0, 10**12, rows)).cast(pl.String) + "@example.org"
        else:
            columns[f"date_{i}"] = pl.date_range(pl.date(1950, 1, 1), pl.date(2005, 12, 31), "1d", eager=True).sample(
                rows, with_replacement=True, seed=i
            )
    frame = pl.DataFrame(columns).with_columns(
        pl.when(pl.int_range(pl.len()) % 97 == 0).then(None).otherwise(pl.col("float_1")).alias("float_1")
    )
    frame.write_csv(path)
    return path


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    path = DATA / f"wide_{args.rows}.csv"
    if not path.exists():
        make_csv(path, args.rows)
    size_mb = path.stat().st_size / 1e6
    a = privet.read_table(path)
    b = pl.read_csv(path)
    assert a.shape == b.shape == (args.rows, 20)
    bare, ours = [], []
    for _ in range(args.repeats):
        bare.append(timed(lambda: pl.read_csv(path)))
        ours.append(timed(lambda: privet.read_table(path)))
    ratios = [o / b for o, b in zip(ours, bare, strict=True)]
    print(
        append_table(
            f"read_table vs polars.read_csv ({args.rows:,} x 20 CSV, {size_mb:.0f} MB)",
            ["reader", "seconds, median (min–max)", "ratio to polars"],
            [
                ["polars.read_csv (bare)", median_range(bare), "1.00"],
                ["privet.read_table (sniffing, checks)", median_range(ours), median_range(ratios, "{:.2f}")],
            ],
            notes=f"polars {pl.__version__}, privet {privet.__version__}; {args.repeats} alternating runs.",
        )
    )


if __name__ == "__main__":
    main()
