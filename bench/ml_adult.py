"""UCI Adult for the ml benchmarks: official split, public schema, the encoding issue #6 prescribes.

Numeric columns are min-max scaled with PUBLIC bounds (the census coding limits documented with the data
set, never read from the rows) and clipped; categorical columns are one-hot encoded with the public
category lists (``?`` is UCI's own "unknown" code, kept as a category); every row is then scaled to L2 norm
<= 1 by dividing by the largest possible norm, sqrt(number of columns).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "adult.csv"
TARGET = "income"
POSITIVE = ">50K"

NUMERIC_BOUNDS: dict[str, tuple[float, float]] = {
    "age": (17.0, 90.0),  # extraction rule AGE > 16; CPS top-codes age at 90
    "fnlwgt": (0.0, 1_500_000.0),  # CPS final weight, documented range below 1.5 million
    "education-num": (1.0, 16.0),  # 16 education levels
    "capital-gain": (0.0, 99_999.0),  # CPS top-code
    "capital-loss": (0.0, 5_000.0),  # CPS capital loss, below 5,000
    "hours-per-week": (1.0, 99.0),  # CPS top-code 99
}

CATEGORIES: dict[str, list[str]] = {
    "workclass": [
        "Private", "Self-emp-not-inc", "Self-emp-inc", "Federal-gov", "Local-gov", "State-gov",
        "Without-pay", "Never-worked", "?",
    ],
    "education": [
        "Bachelors", "Some-college", "11th", "HS-grad", "Prof-school", "Assoc-acdm", "Assoc-voc", "9th",
        "7th-8th", "12th", "Masters", "1st-4th", "10th", "Doctorate", "5th-6th", "Preschool",
    ],
    "marital-status": [
        "Married-civ-spouse", "Divorced", "Never-married", "Separated", "Widowed", "Married-spouse-absent",
        "Married-AF-spouse",
    ],
    "occupation": [
        "Tech-support", "Craft-repair", "Other-service", "Sales", "Exec-managerial", "Prof-specialty",
        "Handlers-cleaners", "Machine-op-inspct", "Adm-clerical", "Farming-fishing", "Transport-moving",
        "Priv-house-serv", "Protective-serv", "Armed-Forces", "?",
    ],
    "relationship": ["Wife", "Own-child", "Husband", "Not-in-family", "Other-relative", "Unmarried"],
    "race": ["White", "Asian-Pac-Islander", "Amer-Indian-Eskimo", "Other", "Black"],
    "sex": ["Female", "Male"],
    "native-country": [
        "United-States", "Cambodia", "England", "Puerto-Rico", "Canada", "Germany",
        "Outlying-US(Guam-USVI-etc)", "India", "Japan", "Greece", "South", "China", "Cuba", "Iran",
        "Honduras", "Philippines", "Italy", "Poland", "Jamaica", "Vietnam", "Mexico", "Portugal", "Ireland",
        "France", "Dominican-Republic", "Laos", "Ecuador", "Taiwan", "Haiti", "Columbia", "Hungary",
        "Guatemala", "Nicaragua", "Scotland", "Thailand", "Yugoslavia", "El-Salvador", "Trinadad&Tobago",
        "Peru", "Hong", "Holand-Netherlands", "?",
    ],
}  # fmt: skip

FEATURES = [c for c in pl.read_csv(DATA, n_rows=0).columns if c not in (TARGET, "split")]


def load() -> tuple[pl.DataFrame, pl.DataFrame]:
    """The official train (32,561 rows) and test (16,281 rows) splits as polars frames."""
    frame = pl.read_csv(DATA)
    return frame.filter(pl.col("split") == "train"), frame.filter(pl.col("split") == "test")


def schema() -> dict[str, dict[str, object]]:
    """The public schema in privet.ml.TableEncoder's format."""
    out: dict[str, dict[str, object]] = {}
    for col in FEATURES:
        if col in NUMERIC_BOUNDS:
            out[col] = {"type": "numeric", "bounds": NUMERIC_BOUNDS[col]}
        else:
            out[col] = {"type": "categorical", "categories": CATEGORIES[col]}
    return out


def _clip_rows(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1.0)


def encode(frame: pl.DataFrame, features: list[str] | None = None) -> np.ndarray:
    """Features of ``frame`` as the issue prescribes; every row has L2 norm <= 1."""
    parts = []
    for col in features or FEATURES:
        if col in NUMERIC_BOUNDS:
            lo, hi = NUMERIC_BOUNDS[col]
            values = frame[col].cast(pl.Float64).to_numpy()
            parts.append(((np.clip(values, lo, hi) - lo) / (hi - lo))[:, None])
        else:
            values = frame[col].to_numpy()
            parts.append(np.stack([values == cat for cat in CATEGORIES[col]], axis=1).astype(float))
    return _clip_rows(np.hstack(parts))


def target(frame: pl.DataFrame) -> np.ndarray:
    """1 where income > 50K, else 0."""
    return (frame[TARGET] == POSITIVE).to_numpy().astype(int)


def numeric_target(frame: pl.DataFrame, column: str = "hours-per-week") -> tuple[np.ndarray, np.ndarray]:
    """Features without ``column`` (same encoding) and ``column`` as a regression target."""
    features = [c for c in FEATURES if c != column]
    return encode(frame, features), frame[column].cast(pl.Float64).to_numpy()
