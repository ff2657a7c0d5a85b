"""Fit time of privet's default LogisticRegression vs diffprivlib's on UCI Adult, interleaved (issue #6).

On a shared machine the load changes between the blocks of ml_vs_anchors.py, which times all fits of
one library before the next. Here each repetition fits privet then diffprivlib back to back (fit +
score on the test split, as in ml_vs_anchors.py), so both see the same load; wall and CPU (this
process) medians per epsilon. BLAS limited to one thread. Appends the table to bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).parent))

import ml_adult as adult
from _results import append_table

EPSILONS = (0.1, 0.5, 1.0, 2.0, 5.0, 10.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fits", type=int, default=10)
    parser.add_argument("--delta", type=float, default=0.0, help="privet's delta (diffprivlib is pure DP)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    from diffprivlib.models import LogisticRegression as DplLogReg

    from privet.ml import LogisticRegression

    train, test = adult.load()
    x, y, x_test, y_test = adult.encode(train), adult.target(train), adult.encode(test), adult.target(test)
    rows: list[list[object]] = []
    with threadpool_limits(limits=1):
        LogisticRegression(epsilon=1.0, data_norm=1.0).fit(x[:500], y[:500])  # imports, OpenDP set-up
        DplLogReg(epsilon=1.0, data_norm=1.0).fit(x[:500], y[:500])
        for eps in EPSILONS:
            wall: dict[str, list[float]] = {"privet": [], "diffprivlib": []}
            cpu: dict[str, list[float]] = {"privet": [], "diffprivlib": []}
            for seed in range(args.fits):
                for name, model in (
                    ("privet", LogisticRegression(epsilon=eps, delta=args.delta, data_norm=1.0)),
                    ("diffprivlib", DplLogReg(epsilon=eps, data_norm=1.0, random_state=seed)),
                ):
                    start, start_cpu = time.perf_counter(), time.process_time()
                    model.fit(x, y).score(x_test, y_test)
                    wall[name].append(time.perf_counter() - start)
                    cpu[name].append(time.process_time() - start_cpu)
            med = {k: statistics.median(v) for k, v in wall.items()}
            med_cpu = {k: statistics.median(v) for k, v in cpu.items()}
            rows.append(
                [
                    f"{eps:g}",
                    f"{med['privet']:.3f}",
                    f"{med['diffprivlib']:.3f}",
                    f"{med['privet'] / med['diffprivlib']:.2f}",
                    f"{med_cpu['privet']:.3f}",
                    f"{med_cpu['diffprivlib']:.3f}",
                    f"{med_cpu['privet'] / med_cpu['diffprivlib']:.2f}",
                ]
            )
            print(rows[-1], flush=True)
    one, five, _ = os.getloadavg()
    append_table(
        f"privet.ml.LogisticRegression (δ = {args.delta:g}) vs diffprivlib: fit time, interleaved",
        ["ε", "privet wall s", "diffprivlib wall s", "wall ratio", "privet CPU s", "diffprivlib CPU s", "CPU ratio"],
        rows,
        notes=(
            f"Medians of {args.fits} fits + test-split scoring per point, privet and diffprivlib alternating; UCI "
            "Adult with the issue #6 features, data_norm=1, BLAS 1 thread. privet with δ = 0 (the default): objective "
            "perturbation (Laplace-type b) released as approximate minima perturbation (certified solver); "
            "with δ > 0: approximate minima perturbation with Gaussian b and Gaussian output noise. "
            f"Load average at the end: {one:.2f} (1 min), {five:.2f} (5 min) on 2 cores."
        ),
    )


if __name__ == "__main__":
    main()
