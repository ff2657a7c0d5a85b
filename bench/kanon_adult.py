"""Mondrian k-anonymity (privet.k_anonymize) vs ANJANA's k-anonymity on UCI Adult, in one run.

For k = 2, 5, 10, 25, 50, 100 both anonymize the TRAINING split of Adult over the quasi-identifiers age,
education, marital-status, occupation, race, sex, native-country (1 % suppression allowed to both; ANJANA
gets 5-year/10-year/20-year age bands and a one-level '*' hierarchy for each categorical, Mondrian gets no
hierarchy). Reported: time (privet median (min-max) over --repeats runs, ANJANA one run), k achieved,
suppressed rows, GCP (mean NCP), discernibility, normalized average class size (all computed by
privet.risk against the original training rows), and the test accuracy of a plain scikit-learn
LogisticRegression trained on the anonymized training split and evaluated on the untouched test split.

Features for the model: age as the midpoint of its released range, each categorical quasi-identifier as a
fractional one-hot over the values its released set covers, plus workclass, relationship, capital gain,
capital loss and hours per week unchanged (education-num and fnlwgt are left out: the first is education
in numbers). Both anonymizations and the model are deterministic, so one training run per cell suffices.

A second table times Mondrian at k = 10 on 1,000,000 rows (Adult resampled, ages jittered by +-2 years).
Run in the anchor environment: `make -C bench kanon` (builds bench/.venv-anon).
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
from _results import append_table, median_range
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from privet.anonymize import k_anonymize_with_summary
from privet.risk import risk

ADULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "adult.csv"
QI = ["age", "education", "marital-status", "occupation", "race", "sex", "native-country"]
CATEGORICAL_QI = QI[1:]
OTHER_CAT = ["workclass", "relationship"]
OTHER_NUM = ["capital-gain", "capital-loss", "hours-per-week"]
TARGET = "income"
KS = [2, 5, 10, 25, 50, 100]
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _age_value(cell: Any, fallback: float) -> float:
    if cell is None:
        return fallback
    numbers = [float(x) for x in NUMBER.findall(str(cell))]
    if not numbers:
        return fallback
    if str(cell).endswith(")") and len(numbers) == 2:  # half-open [a, b)
        numbers[1] -= 1
    return float(np.mean(numbers))


def _covered(cell: Any, vocabulary: list[str]) -> list[str]:
    if cell is None or cell == "*":
        return vocabulary
    text = str(cell)
    if text.startswith("{") and text.endswith("}"):
        return text[1:-1].split(", ")
    return [text]


class Features:
    """Fit on the original training vocabulary; transform anonymized (training) or raw (test) rows."""

    def __init__(self, train: pl.DataFrame) -> None:
        self.vocab = {c: sorted(train[c].unique().to_list()) for c in CATEGORICAL_QI}
        self.index = {c: {v: i for i, v in enumerate(vals)} for c, vals in self.vocab.items()}
        self.other = OneHotEncoder(handle_unknown="ignore").fit(train.select(OTHER_CAT).to_pandas())
        self.age_mean = float(train["age"].mean())  # type: ignore[arg-type]
        self.scaler = StandardScaler()

    def transform(self, frame: pl.DataFrame, *, fit: bool = False) -> np.ndarray:
        n = frame.height
        blocks = [np.array([_age_value(v, self.age_mean) for v in frame["age"].cast(pl.String).to_list()])[:, None]]
        for c in CATEGORICAL_QI:
            block = np.zeros((n, len(self.vocab[c])))
            for row, cell in enumerate(frame[c].cast(pl.String).to_list()):
                covered = [self.index[c][v] for v in _covered(cell, self.vocab[c]) if v in self.index[c]]
                if covered:
                    block[row, covered] = 1.0 / len(covered)
            blocks.append(block)
        blocks.append(frame.select(OTHER_NUM).to_numpy().astype(float))
        dense = np.hstack(blocks)
        dense = self.scaler.fit_transform(dense) if fit else self.scaler.transform(dense)
        other = self.other.transform(frame.select(OTHER_CAT).to_pandas()).toarray()
        return np.hstack([dense, other])


def accuracy(anonymized: pl.DataFrame, train: pl.DataFrame, test: pl.DataFrame) -> float:
    features = Features(train)
    x_train = features.transform(anonymized, fit=True)
    y_train = (anonymized[TARGET] == ">50K").to_numpy()
    model = LogisticRegression(max_iter=2000).fit(x_train, y_train)
    return float(model.score(features.transform(test), (test[TARGET] == ">50K").to_numpy()))


def anjana_hierarchies(train: pd.DataFrame) -> dict[str, dict[int, Any]]:
    ages = np.sort(train["age"].unique())
    band = lambda a, w: f"[{a // w * w}, {a // w * w + w})"  # noqa: E731
    hierarchies: dict[str, dict[int, Any]] = {
        "age": {
            0: ages,
            1: [band(a, 5) for a in ages],
            2: [band(a, 10) for a in ages],
            3: [band(a, 20) for a in ages],
            4: ["*"] * len(ages),
        }
    }
    for c in CATEGORICAL_QI:
        values = np.sort(train[c].unique())
        hierarchies[c] = {0: values, 1: ["*"] * len(values)}
    return hierarchies


def run_anjana(train_pd: pd.DataFrame, k: int) -> tuple[float, pl.DataFrame, int]:
    import contextlib
    import io

    from anjana.anonymity import k_anonymity

    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        out = k_anonymity(train_pd, [], QI, k, 1.0, anjana_hierarchies(train_pd))
    seconds = time.perf_counter() - start
    aligned = out.reindex(train_pd.index)  # suppressed rows come back as all-null rows
    suppressed = int(aligned[QI].isna().all(axis=1).sum())
    return seconds, pl.from_pandas(aligned.astype({c: "string" for c in QI})), suppressed


def measure(name: str, released: pl.DataFrame, train: pl.DataFrame, test: pl.DataFrame) -> dict[str, Any]:
    report = risk(released.with_columns([pl.col(c).cast(pl.String) for c in QI]), quasi_identifiers=QI, original=train)
    kept = released.filter(~pl.all_horizontal([pl.col(c).is_null() for c in QI]))
    assert report.utility is not None
    return {
        "k": report.k,
        "suppressed": report.suppressed_rows,
        "gcp": report.utility.gcp,
        "dm": report.utility.discernibility,
        "cavg": report.utility.normalized_average_class_size,
        "acc": accuracy(kept, train, test),
    }


def scale_rows(adult: pl.DataFrame, rows: int) -> pl.DataFrame:
    rng = np.random.default_rng(1)  # data generator only
    picked = adult[rng.integers(0, adult.height, rows)]
    return picked.with_columns((pl.col("age") + pl.Series(rng.integers(-2, 3, rows))).alias("age"))


def compare(args: argparse.Namespace, train: pl.DataFrame, test: pl.DataFrame, train_pd: pd.DataFrame) -> None:
    baseline = accuracy(train, train, test)
    rows = [["none (original)", "-", "-", "-", "-", "-", "-", f"{baseline:.4f}"]]
    for k in args.ks:
        times, result = [], None
        for _ in range(args.repeats):
            start = time.perf_counter()
            result = k_anonymize_with_summary(
                train, quasi_identifiers=QI, k=k, max_suppression=0.01, keep_suppressed=True
            )
            times.append(time.perf_counter() - start)
        assert result is not None
        ours = measure("privet", result.table, train, test)
        rows.append(
            [
                f"privet Mondrian k={k}",
                median_range(times),
                ours["k"],
                ours["suppressed"],
                f"{ours['gcp']:.4f}",
                f"{ours['dm']:,}",
                f"{ours['cavg']:.2f}",
                f"{ours['acc']:.4f}",
            ]
        )
        print(rows[-1], flush=True)
        if not args.no_anchor:
            seconds, released, _ = run_anjana(train_pd, k)
            theirs = measure("anjana", released, train, test)
            rows.append(
                [
                    f"ANJANA k={k}",
                    f"{seconds:.3f}",
                    theirs["k"],
                    theirs["suppressed"],
                    f"{theirs['gcp']:.4f}",
                    f"{theirs['dm']:,}",
                    f"{theirs['cavg']:.2f}",
                    f"{theirs['acc']:.4f}",
                ]
            )
            print(rows[-1], flush=True)
    versions = f"polars {pl.__version__}"
    if not args.no_anchor:
        import anjana

        versions += f", ANJANA {getattr(anjana, '__version__', '1.2.3')}"
    append_table(
        f"Mondrian k-anonymity vs ANJANA on UCI Adult (training split, {train.height:,} rows; test {test.height:,})",
        [
            "method",
            "seconds, median (min–max)",
            "k",
            "suppressed",
            "GCP",
            "discernibility",
            "C_avg / k",
            "LR test accuracy",
        ],
        rows,
        notes=f"{versions}; privet {args.repeats} runs, ANJANA 1 run per k; 1 % suppression allowed to both; "
        "GCP, discernibility and C_avg by privet.risk against the original training rows.",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--ks", type=int, nargs="*", default=KS)
    parser.add_argument("--no-anchor", action="store_true", help="Skip ANJANA (privet only).")
    parser.add_argument("--scale-rows", type=int, default=1_000_000)
    args = parser.parse_args()
    adult = pl.read_csv(ADULT)
    train = adult.filter(pl.col("split") == "train").drop("split")
    test = adult.filter(pl.col("split") == "test").drop("split")
    train_pd = train.to_pandas()
    if args.ks:
        compare(args, train, test, train_pd)
    if args.scale_rows:
        big = scale_rows(adult, args.scale_rows)
        times = []
        for _ in range(min(args.repeats, 3)):
            start = time.perf_counter()
            result = k_anonymize_with_summary(big, quasi_identifiers=QI, k=10)
            times.append(time.perf_counter() - start)
        text = append_table(
            f"Mondrian k-anonymity at scale ({big.height:,} rows, 7 quasi-identifiers, k = 10)",
            ["rows", "seconds, median (min–max)", "k achieved", "classes"],
            [[f"{big.height:,}", median_range(times), result.k, f"{result.classes:,}"]],
            notes="Adult resampled with ages jittered by ±2 years; includes the verification by recomputation.",
        )
        print(text)


if __name__ == "__main__":
    main()
