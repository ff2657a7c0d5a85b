"""privet's DP core vs diffprivlib vs plain numpy: noise samples per second, and Ledger spends per second.

Run: ``make -C bench dp_core`` (builds bench/.venv-dp from requirements-dp.txt for diffprivlib 0.6.6), or
``cd bench && ../.venv/bin/python dp_core.py [--n 100000] [--repeats 5]``. One run times all sides on the
same sizes and appends a table to RESULTS.md. numpy's generator is the floor (fast, but not safe for DP:
floating-point inverse-CDF sampling, Mironov 2012); diffprivlib samples per scalar in Python.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np
from _results import append_table, median_range

from privet.dp import Ledger, PrivacyEvent, analytic_gaussian_sigma, gaussian, gaussian_noise, laplace, laplace_noise

HERE = Path(__file__).resolve().parent
ANCHOR_PY = HERE / ".venv-dp" / "bin" / "python"


def _time(fn, repeats: int) -> list[float]:  # type: ignore[no-untyped-def]
    fn()  # warm-up (imports, OpenDP measurement cache)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def _rate(n: int, times: list[float]) -> list[float]:
    return [n / t for t in times]


def _ledger_rates(spends: int, repeats: int) -> list[float]:
    rates = []
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(Path(tmp) / "bench.db")
        ledger.set_budget(dataset="bench", principal="p", epsilon=1e12)
        event = PrivacyEvent("laplace", 0.01, sensitivity=1.0, scale=100.0)
        for _ in range(repeats):
            start = time.perf_counter()
            for _ in range(spends):
                ledger.spend(event, dataset="bench", principal="p")
            rates.append(spends / (time.perf_counter() - start))
    return rates


def _spend_worker(path: str, spends: int) -> None:
    ledger = Ledger(path)
    event = PrivacyEvent("laplace", 0.01, sensitivity=1.0, scale=100.0)
    for _ in range(spends):
        ledger.spend(event, dataset="bench", principal="p")


def _ledger_concurrent_rates(processes: int, spends: int, repeats: int) -> list[float]:
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    rates = []
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.db")
        Ledger(path).set_budget(dataset="bench", principal="p", epsilon=1e12)
        for _ in range(repeats):
            workers = [ctx.Process(target=_spend_worker, args=(path, spends)) for _ in range(processes)]
            start = time.perf_counter()
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            rates.append(processes * spends / (time.perf_counter() - start))
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000, help="samples per timing (privet, numpy)")
    parser.add_argument("--n-anchor", type=int, default=20_000, help="samples per timing for diffprivlib")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--spends", type=int, default=300, help="ledger spends per timing")
    args = parser.parse_args()
    n, reps = args.n, args.repeats
    zeros = np.zeros(n)
    rng = np.random.default_rng()
    sigma = analytic_gaussian_sigma(epsilon=1.0, delta=1e-5)
    rates: dict[str, list[float]] = {
        "privet laplace(value)": _rate(n, _time(lambda: laplace(zeros, sensitivity=1.0, epsilon=1.0), reps)),
        "privet laplace_noise": _rate(n, _time(lambda: laplace_noise(n, scale=1.0), reps)),
        "numpy laplace": _rate(n, _time(lambda: rng.laplace(0.0, 1.0, n), reps)),
        "privet gaussian(value)": _rate(
            n, _time(lambda: gaussian(zeros, sensitivity=1.0, epsilon=1.0, delta=1e-5), reps)
        ),
        "privet gaussian_noise": _rate(n, _time(lambda: gaussian_noise(n, sigma=sigma), reps)),
        "numpy normal": _rate(n, _time(lambda: rng.normal(0.0, sigma, n), reps)),
    }
    anchor_note = ""
    if ANCHOR_PY.exists():
        proc = subprocess.run(
            [str(ANCHOR_PY), str(HERE / "_dp_anchor.py"), str(args.n_anchor), str(reps)],
            capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": ""},
        )  # fmt: skip
        anchor = json.loads(proc.stdout)
        rates["diffprivlib Laplace.randomise"] = _rate(args.n_anchor, anchor["diffprivlib_laplace"])
        rates["diffprivlib GaussianAnalytic.randomise"] = _rate(args.n_anchor, anchor["diffprivlib_gaussian"])
    else:
        anchor_note = "diffprivlib not timed: build bench/.venv-dp first (make -C bench dp_core)."
    ledger = _ledger_rates(args.spends, reps)
    ledger_mp = _ledger_concurrent_rates(4, args.spends // 4, reps)

    med = {k: statistics.median(v) for k, v in rates.items()}
    rows = []
    for name, values in rates.items():
        family = "laplace" if "aplace" in name else "gaussian"
        floor = med["numpy laplace" if family == "laplace" else "numpy normal"]
        dpl = med.get(
            "diffprivlib Laplace.randomise" if family == "laplace" else "diffprivlib GaussianAnalytic.randomise"
        )
        rows.append([
            name,
            median_range(values, "{:,.0f}"),
            f"{med[name] / floor:.4f}",
            f"{med[name] / dpl:.2f}" if dpl else "n/a",
        ])  # fmt: skip
    rows.append(["privet Ledger.spend, 1 process (fsync'd commit)", median_range(ledger, "{:,.0f}"), "", ""])
    rows.append(["privet Ledger.spend, 4 processes, one file (total)", median_range(ledger_mp, "{:,.0f}"), "", ""])
    notes = (
        f"Samples per second, median (min–max) of {reps} timings; {n:,} samples per privet/numpy timing, "
        f"{args.n_anchor:,} per diffprivlib timing (it samples one scalar per call); ledger: {args.spends} "
        "sequential spends per timing on a local disk (SQLite WAL, synchronous=FULL). Ratios are of medians. "
        "privet draws exact discrete Laplace/Gaussian on a 2^-50-of-scale grid from OpenDP 0.16 (OpenSSL "
        "CSPRNG); numpy draws floating-point samples from PCG64 and is the unsafe floor. " + anchor_note
    )
    text = append_table(
        "DP core: noise samples per second and ledger spends per second",
        ["sampler", "per second", "ratio to numpy", "ratio to diffprivlib"],
        rows,
        notes,
    )
    print(text)


if __name__ == "__main__":
    main()
