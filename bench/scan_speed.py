"""Column-scan speed and memory on a 1,000,000 x 20 table (issue #3 targets: default sampling <= 10 s,
full scan <= 60 s, peak memory <= 2x the table's in-memory size).

Each measurement runs in a fresh subprocess (so peak RSS is the scan's own): it loads the Parquet file,
notes the RSS, scans, and reports wall time and the peak RSS above the loaded-table baseline.

Usage: cd bench && ../.venv/bin/python scan_speed.py [--rows 1000000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from _results import append_table, median_range  # noqa: E402

DATA = HERE / "_data"
KEYS = ("name", "email", "phone", "natid", "card", "iban", "ip", "street", "lat", "dob", "age", "gender", "zip",
        "city", "job", "salary", "order_id", "sku", "txn_ts", "notes")  # fmt: skip


def build(rows: int) -> Path:
    """A 1M-row table: 4,000 Faker values per column (de_DE), sampled with replacement per column."""
    import polars as pl
    from faker import Faker
    from tests.scan.synth import SPECS

    path = DATA / f"scan_{rows}x{len(KEYS)}.parquet"
    if path.exists():
        return path
    DATA.mkdir(exist_ok=True)
    rng = random.Random(3)
    fake = Faker("de_DE")
    fake.seed_instance(3)
    specs = {s.key: s for s in SPECS}
    columns = {}
    for key in KEYS:
        pool = [specs[key].gen(fake, rng) for _ in range(4_000)]
        index = pl.Series([rng.randrange(len(pool)) for _ in range(rows)])
        columns[specs[key].headers["de"][0]] = pl.Series(pool, strict=False).gather(index)
    pl.DataFrame(columns).write_parquet(path)
    return path


def worker(path: str, mode: str) -> None:
    import polars as pl

    import privet

    frame = pl.read_parquet(path)
    privet.scan(frame.head(2_000))  # load look-up tables (cities, countries, names) before measuring
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = time.perf_counter()
    cpu = time.process_time()
    report = privet.scan(path) if mode == "file" else privet.scan(frame, full=mode == "full")
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    result = {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "table_bytes": frame.estimated_size(),
        "extra_bytes": max(0, peak - base),
        "rows_scanned": report.rows_scanned,
        "entities": [c.entity.value for c in report.columns],
    }
    print(json.dumps(result))


def run(path: Path, mode: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, __file__, "--worker", mode, str(path)], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "PATH"))
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[1], args.worker[0])
        return
    path = build(args.rows)
    rows = []
    table_mb = None
    for mode, label in (("sample", "scan(table), default sampling (10,000 rows)"),
                        ("file", "scan(path): read file + default sampling"),
                        ("full", "scan(table, full=True): every row")):  # fmt: skip
        results = [run(path, mode) for _ in range(args.repeats if mode != "full" else max(1, args.repeats // 2))]
        table_mb = results[0]["table_bytes"] / 1e6  # type: ignore[operator]
        seconds = [float(r["seconds"]) for r in results]  # type: ignore[arg-type]
        ratio = [(float(r["table_bytes"]) + float(r["extra_bytes"])) / float(r["table_bytes"]) for r in results]  # type: ignore[arg-type]
        cpu = [float(r["cpu_seconds"]) for r in results]  # type: ignore[arg-type]
        rows.append([label, median_range(seconds, "{:.2f}"), median_range(cpu, "{:.2f}"), median_range(ratio, "{:.2f}"),
                     results[0]["rows_scanned"]])  # fmt: skip
        print(rows[-1], flush=True)
    import polars as pl

    import privet

    text = append_table(
        f"privet.scan speed and memory ({args.rows:,} x {len(KEYS)}, {table_mb:.0f} MB in memory)",
        ["scan", "wall s, median (min–max)", "CPU s (all threads)", "peak memory / table size", "rows scanned"],
        rows,
        notes=(
            f"polars {pl.__version__}, privet {privet.__version__}; load average {os.getloadavg()[0]:.1f} at the end "
            "(other sessions share the 2 cores, so wall time is inflated; CPU time is the scan's own); each run in a "
            "fresh process after warming the look-up tables; memory = (table + peak RSS growth during the scan) / "
            "table. Targets (issue #3): sampling <= 10 s, full <= 60 s, memory <= 2x."
        ),
    )
    print(text)


if __name__ == "__main__":
    main()
