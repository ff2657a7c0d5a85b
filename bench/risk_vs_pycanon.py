"""privet.risk (k, distinct l, t-closeness) vs pyCANON on UCI Adult, in one run on the same data.

Quasi-identifiers: age, education, marital-status, occupation, race, sex, native-country; sensitive:
income (issue #4). Both libraries get the table already in memory in their native form (pyCANON a pandas
DataFrame with a 0..n-1 index, privet a polars DataFrame); privet is also timed on the pandas DataFrame
(conversion included). Each measure runs alternately --repeats times per library; the table shows medians
with min-max, the values each library returns, and the speed-up (pyCANON median / privet median).
Run in the anchor environment: `make -C bench anon` (builds bench/.venv-anon from requirements-anon.txt).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
from _results import append_table, median_range

from privet.risk import k_anonymity, l_diversity, t_closeness

ADULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "adult.csv"
QI = ["age", "education", "marital-status", "occupation", "race", "sex", "native-country"]
SA = "income"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _show(value: Any) -> str:
    return f"{float(value):.6f}" if isinstance(value, float) else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--data", type=Path, default=ADULT)
    args = parser.parse_args()
    from pycanon import anonymity

    frame = pl.read_csv(args.data)
    pandas_frame = pd.read_csv(args.data)  # pyCANON needs a 0..n-1 index: read_csv gives one
    cases: dict[str, tuple[Callable[[], Any], Callable[[], Any], Callable[[], Any]]] = {
        "k": (
            lambda: anonymity.k_anonymity(pandas_frame, QI),
            lambda: k_anonymity(frame, quasi_identifiers=QI),
            lambda: k_anonymity(pandas_frame, quasi_identifiers=QI),
        ),
        "l (distinct)": (
            lambda: anonymity.l_diversity(pandas_frame, QI, [SA]),
            lambda: l_diversity(frame, quasi_identifiers=QI, sensitive=SA),
            lambda: l_diversity(pandas_frame, quasi_identifiers=QI, sensitive=SA),
        ),
        "t (EMD)": (
            lambda: anonymity.t_closeness(pandas_frame, QI, [SA]),
            lambda: t_closeness(frame, quasi_identifiers=QI, sensitive=SA),
            lambda: t_closeness(pandas_frame, quasi_identifiers=QI, sensitive=SA),
        ),
    }
    rows = []
    ok = True
    for name, (anchor, ours, ours_pandas) in cases.items():
        ours()  # warm-up (imports, polars thread pool)
        times: dict[str, list[float]] = {"pycanon": [], "privet": [], "privet_pd": []}
        values: dict[str, Any] = {}
        for _ in range(args.repeats):
            for label, fn in (("pycanon", anchor), ("privet", ours), ("privet_pd", ours_pandas)):
                seconds, value = timed(fn)
                times[label].append(seconds)
                values[label] = value
        same = values["pycanon"] == values["privet"] == values["privet_pd"] or (
            isinstance(values["pycanon"], float) and abs(values["pycanon"] - values["privet"]) < 1e-12
        )
        ok &= bool(same)
        speedup = statistics.median(times["pycanon"]) / statistics.median(times["privet"])
        speedup_pd = statistics.median(times["pycanon"]) / statistics.median(times["privet_pd"])
        rows.append(
            [
                name,
                _show(values["pycanon"]),
                _show(values["privet"]),
                "yes" if same else "NO",
                median_range(times["pycanon"]),
                median_range([t * 1000 for t in times["privet"]], "{:.1f}") + " ms",
                f"{speedup:.0f}x",
                f"{speedup_pd:.0f}x",
            ]
        )
        print(rows[-1], flush=True)
    import pycanon

    text = append_table(
        f"privet.risk vs pyCANON on UCI Adult ({frame.height:,} rows, 7 quasi-identifiers, sensitive income)",
        [
            "measure",
            "pyCANON value",
            "privet value",
            "identical",
            "pyCANON s, median (min–max)",
            "privet, median (min–max)",
            "speed-up (polars in)",
            "speed-up (pandas in)",
        ],
        rows,
        notes=f"pyCANON {getattr(pycanon, '__version__', '1.3.5')}, polars {pl.__version__}, pandas {pd.__version__}; "
        f"{args.repeats} alternating runs each; speed-up = pyCANON median / privet median.",
    )
    print(text)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
