"""Does privet.query stream a file-backed LazyFrame? Peak memory of a query over pl.scan_parquet vs the table.

The table of query_vs_anchors.py (ROWS rows, USERS users, 1,000 zipf keys, value 0..100) is queried from
``pl.scan_parquet`` (per-key DP count and bounded sum, 5 partitions and 2 rows per user, epsilon 1, private
selection with delta 1e-6, or public keys; and private selection bounded in passes of 2,000,000 rows, as a
table too large for memory is). Each measurement runs in a fresh process; peak memory is the
process's peak resident set (sampled every 50 ms), compared with polars' in-memory size of the whole table
and with the peak of simply loading it (``pl.read_parquet``).

    cd bench && ../.venv/bin/python query_streaming.py                 # 10,000,000 rows
    cd bench && ../.venv/bin/python query_streaming.py --rows 1000000 --users 10000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _results import append_table, median_range

HERE = Path(__file__).resolve().parent
PASS_ROWS = 2_000_000


def child(kind: str, path: str) -> None:
    import polars as pl
    from _query_systems import PeakRss, privet_polars, warm_up

    if kind.startswith("privet"):
        warm_up("privet-polars", "public")
    if kind.endswith("-passes"):  # bound in passes of PASS_ROWS rows, as a table too large for memory would be
        import privet.query._polars as engine

        engine.ROWS_PER_PASS = PASS_ROWS
        kind = kind.removesuffix("-passes")
    cpu0 = time.process_time()
    with PeakRss() as rss:
        start = time.perf_counter()
        if kind == "read_parquet":
            size = pl.read_parquet(path).estimated_size()
        else:
            privet_polars(path, kind.removeprefix("privet-"))
            size = 0
        seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu0
    print(json.dumps({"kind": kind, "seconds": seconds, "cpu": cpu, "peak_rss": rss.peak, "size": size}))


def run(kind: str, path: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        raise SystemExit(f"{kind} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from query_vs_anchors import make_data

    path = make_data(args.rows, args.users, 1000)
    rows = []
    table_gb = 0.0
    for kind in ("read_parquet", "privet-public", "privet-private", "privet-private-passes"):
        runs = [run(kind, path) for _ in range(args.repeats)]
        if kind == "read_parquet":
            table_gb = runs[0]["size"] / 1e9
        peak = [r["peak_rss"] / 1e9 for r in runs]
        rows.append(
            [
                kind,
                f"{args.rows:,}",
                median_range([r["seconds"] for r in runs], "{:.1f}"),
                median_range([r["cpu"] for r in runs], "{:.1f}"),
                median_range(peak, "{:.2f}"),
                f"{statistics.median(peak) / table_gb:.1f}",
            ]
        )
        print(rows[-1], flush=True)
    load = os.getloadavg()[0]
    notes = (
        f"Table in memory (polars estimated_size of all 3 int64 columns): {table_gb:.2f} GB; parquet file "
        f"{path.stat().st_size / 1e9:.2f} GB. Peak: resident set of the process (after imports and a warm-up "
        f"query on 2,000 rows), median (min–max) of {args.repeats} fresh processes. 1-minute load average at "
        f"the end: {load:.1f}. privet bounds contributions in memory, in passes over disjoint sets of units when "
        f"the table needs more than a quarter of the available memory (one pass here); -passes forces passes of "
        f"{PASS_ROWS:,} rows, as a larger-than-memory table would get. The rest streams."
    )
    print(
        append_table(
            "privet.query (polars) over pl.scan_parquet: peak memory vs the table",
            ["what", "rows", "seconds", "CPU seconds", "peak RSS GB", "× table"],
            rows,
            notes,
        )
    )


if __name__ == "__main__":
    main()
