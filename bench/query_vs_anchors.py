"""privet.query vs PipelineDP (local and Spark) vs OpenDP's polars API: per-key DP count and bounded sum.

Synthetic data: ROWS rows, USERS users, 1,000 zipf-skewed keys, integer value in 0..100. Each user may
contribute to 5 keys with 2 rows each; epsilon 1 in total; public keys, or private partition selection with
delta 1e-6. Each system runs in a fresh process (its own venv for the anchors: `make -C bench query`); wall
time excludes imports and the Spark session start; peak memory is the whole process tree's (JVM included).
Error is the mean absolute error against the exact bounded values of the no-noise floor (polars
group-by plus contribution bounding), over the keys a system released.

    cd bench && ../.venv/bin/python query_vs_anchors.py            # full run (about 20-30 minutes)
    cd bench && ../.venv/bin/python query_vs_anchors.py --rows 200000 --users 2000 --repeats 1 --quick
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import numpy as np
import polars as pl
from _results import append_table, median_range

HERE = Path(__file__).resolve().parent
DATA = HERE / "_data"
PYTHON = {
    "floor": Path(sys.executable),
    "privet-polars": Path(sys.executable),
    "privet-spark": Path(sys.executable),
    "privet-polars-noise": Path(sys.executable),
    "opendp-polars": HERE / ".venv-opendp" / "bin" / "python",
    "pipelinedp-local": HERE / ".venv-pipelinedp" / "bin" / "python",
    "pipelinedp-spark": HERE / ".venv-pipelinedp" / "bin" / "python",
}
NOISE = {"public": (20.0, 2000.0), "private": (30.0, 3000.0)}  # Laplace MAE = scale for eps/2 resp. eps/3


def make_data(rows: int, users: int, keys: int) -> Path:
    path = DATA / f"query_{rows}_{users}_{keys}.parquet"
    if path.exists():
        return path
    DATA.mkdir(exist_ok=True)
    rng = np.random.default_rng(20261201)  # data generator only
    weights = 1.0 / np.arange(1, keys + 1)
    pl.DataFrame(
        {
            "user_id": rng.integers(0, users, rows),
            "key": rng.choice(keys, size=rows, p=weights / weights.sum()),
            "value": rng.integers(0, 101, rows),
        }
    ).write_parquet(path)
    return path


def run(system: str, path: Path, mode: str) -> dict:
    python = PYTHON[system]
    if not python.exists():
        raise SystemExit(f"{python} is missing: build the anchor environments with `make -C bench query-envs`")
    proc = subprocess.run(
        [str(python), str(HERE / "_query_systems.py"), system, str(path), mode],
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        raise SystemExit(f"{system} {mode} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def errors(released: dict[str, list[float]], exact: dict[str, list[float]]) -> tuple[float, float, int]:
    keys = [k for k in released if k in exact]
    count = float(np.mean([abs(released[k][0] - exact[k][0]) for k in keys])) if keys else float("nan")
    total = float(np.mean([abs(released[k][1] - exact[k][1]) for k in keys])) if keys else float("nan")
    return count, total, len(released)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=1000)
    parser.add_argument("--spark-rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=5, help="runs of privet and the floor")
    parser.add_argument("--anchor-repeats", type=int, default=1, help="runs of each anchor (PipelineDP is slow)")
    parser.add_argument("--quick", action="store_true", help="skip the 10M-row Spark runs")
    parser.add_argument("--only", default="", help="comma-separated systems to run (the floor always runs)")
    parser.add_argument(
        "--interleave", action="store_true", help="systems take turns run by run (fair under changing load)"
    )
    parser.add_argument(
        "--noise-only", action="store_true", help="only privet-polars against its own exact bounded values"
    )
    args = parser.parse_args()

    big = make_data(args.rows, args.users, args.keys)
    small = make_data(args.spark_rows, max(1, args.users * args.spark_rows // args.rows), args.keys)
    plan = [
        ("floor", big, "public", args.repeats),
        ("privet-polars", big, "public", args.repeats),
        ("privet-polars", big, "private", args.repeats),
        ("opendp-polars", big, "public", args.anchor_repeats),
        ("opendp-polars", big, "private", args.anchor_repeats),
        ("pipelinedp-local", big, "public", args.anchor_repeats),
        ("pipelinedp-local", big, "private", args.anchor_repeats),
        ("floor", small, "public", 1),
        ("privet-spark", small, "public", args.anchor_repeats),
        ("privet-spark", small, "private", args.anchor_repeats),
        ("pipelinedp-spark", small, "public", args.anchor_repeats),
        ("pipelinedp-spark", small, "private", args.anchor_repeats),
    ]
    if not args.quick:
        plan.append(("privet-spark", big, "private", 1))
    if args.only:  # the wanted systems, and the floor on each table they run on (their exact values)
        wanted = set(args.only.split(","))
        tables = {p[1] for p in plan if p[0] in wanted}
        plan = [p for p in plan if p[0] in wanted or (p[0] == "floor" and p[1] in tables)]
    if args.noise_only:
        plan = [
            ("privet-polars-noise", big, "public", args.repeats),
            ("privet-polars-noise", big, "private", args.repeats),
        ]
    exact: dict[Path, dict] = {}
    results = []
    # With --interleave the systems take turns run by run, so a change of load on a shared machine hits all alike.
    runs_of: list[list[dict]] = [[] for _ in plan]
    rounds = max(p[3] for p in plan) if args.interleave else 1
    for turn in range(rounds):
        for i, (system, path, mode, repeats) in enumerate(plan):
            wanted_runs = range(turn, turn + 1) if args.interleave else range(repeats)
            runs_of[i].extend(run(system, path, mode) for rep in wanted_runs if rep < repeats)
    for (system, path, mode, _), runs in zip(plan, runs_of, strict=True):
        if system == "floor":
            exact[path] = runs[0]["released"]
            if path == small:
                continue
        errs = [errors(r["released"], r.get("exact") or exact[path]) for r in runs]
        rows = pl.scan_parquet(path).select(pl.len()).collect().item()
        results.append(
            {
                "system": system,
                "rows": rows,
                "mode": mode,
                "seconds": [r["seconds"] for r in runs],
                "peak_gb": [r["peak_rss"] / 1e9 for r in runs],
                "mae_count": statistics.median(e[0] for e in errs),
                "mae_sum": statistics.median(e[1] for e in errs),
                "keys": statistics.median(e[2] for e in errs),
            }
        )
        print(json.dumps(results[-1]), flush=True)

    def seconds_of(system: str, rows: int, mode: str) -> float | None:
        for r in results:
            if (r["system"], r["rows"], r["mode"]) == (system, rows, mode):
                return statistics.median(r["seconds"])
        return None

    title = "privet.query vs PipelineDP vs OpenDP: per-key DP count and bounded sum"
    if args.noise_only:
        title = "privet.query (polars): error against its own exact bounded values, i.e. the noise alone"
    table = []
    for r in results:
        floor_s = seconds_of("floor", r["rows"], "public")
        noise = NOISE[r["mode"]] if r["system"] != "floor" else (0.0, 0.0)
        table.append(
            [
                r["system"],
                f"{r['rows']:,}",
                r["mode"],
                f"{median_range(r['seconds'], '{:.1f}')} ×{len(r['seconds'])}",
                f"{(statistics.median(r['seconds']) / floor_s):.2f}" if floor_s else "–",
                f"{statistics.median(r['peak_gb']):.2f}",
                f"{r['mae_count']:.1f} ({noise[0]:.0f})",
                f"{r['mae_sum']:.0f} ({noise[1]:.0f})",
                f"{r['keys']:.0f}",
            ]
        )
    notes = (
        f"{args.users:,} users, {args.keys:,} zipf keys, value 0..100, max 5 partitions per user and 2 rows per "
        "partition, epsilon 1 (+ delta 1e-6 for private selection). Error: mean absolute error over released keys "
        "against the floor's exact bounded values (in brackets: the Laplace noise alone, i.e. its scale with an "
        "equal split, eps/2 public or eps/3 private; the rest is the difference between two random boundings). "
        "Time excludes imports and Spark start-up; ratio is to the polars floor on the same rows. Spark: local[2]. "
        + ("Systems took turns run by run (--interleave). " if args.interleave else "")
        + "Anchors: PipelineDP 0.3.1 on pyspark 3.5, OpenDP 0.16 with polars 1.36.1 (bounding done in polars first). "
        f"1-minute load average at the end of the run: {os.getloadavg()[0]:.1f} (2 cores)."
    )
    text = append_table(
        title,
        ["system", "rows", "keys", "seconds, median (min–max)", "× floor", "peak GB", "MAE count (noise)",
         "MAE sum (noise)", "keys released"],
        table,
        notes,
    )  # fmt: skip
    print(text)


if __name__ == "__main__":
    main()
