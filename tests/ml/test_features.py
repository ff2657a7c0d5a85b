"""TableEncoder, the scalers, DP bound estimation, GaussianNB, LinearRegression and multiclass accuracy."""

from __future__ import annotations

import numpy as np
import pandas as pd
import polars as pl
import pytest

from privet.errors import ColumnNotFoundError, DataError, InvalidParameterError
from privet.ml import GaussianNB, LinearRegression, LogisticRegression, MinMaxScaler, StandardScaler, TableEncoder
from privet.ml._base import dp_quantile_range

SCHEMA = {
    "age": {"type": "numeric", "bounds": (0, 100)},
    "city": {"type": "categorical", "categories": ["Oslo", "Lima"]},
}
FRAME = pl.DataFrame({"age": [10, 50, 150], "city": ["Oslo", "Lima", "Rome"], "extra": [1, 2, 3]})


@pytest.mark.parametrize("kind", ["polars", "pandas", "pyarrow"])
def test_encoder_one_hot_clip_and_row_norm(kind: str) -> None:
    table = {"polars": FRAME, "pandas": FRAME.to_pandas(), "pyarrow": FRAME.to_arrow()}[kind]
    out = TableEncoder(schema=SCHEMA, row_norm=None).fit_transform(table)
    assert np.allclose(out, [[0.1, 1, 0], [0.5, 0, 1], [1.0, 0, 0]])  # 150 clipped, unknown city all zeros
    clipped = TableEncoder(schema=SCHEMA).fit_transform(table)
    assert np.all(np.linalg.norm(clipped, axis=1) <= 1 + 1e-12)
    assert list(TableEncoder(schema=SCHEMA).fit(table).get_feature_names_out()) == ["age", "city=Oslo", "city=Lima"]


def test_encoder_matches_the_benchmark_encoding(adult_module) -> None:
    train, _ = adult_module.load()
    sample = train.head(2000)
    ours = TableEncoder(schema=adult_module.schema()).fit_transform(sample.to_pandas())
    assert np.allclose(ours, adult_module.encode(sample))


@pytest.mark.parametrize(
    ("schema", "match"),
    [
        (None, "'schema'"),
        ({"city": {"type": "categorical"}}, "PUBLIC categories"),
        ({"age": {"type": "numeric", "bounds": (5, 1)}}, "lower < upper"),
        ({"age": {"type": "date"}}, "schema\\['age'\\]"),
    ],
)
def test_encoder_schema_errors(schema, match: str) -> None:
    with pytest.raises(InvalidParameterError, match=match):
        TableEncoder(schema=schema).fit(FRAME)


def test_encoder_missing_column_and_missing_bounds() -> None:
    with pytest.raises(ColumnNotFoundError, match="'zip'"):
        TableEncoder(schema={"zip": {"type": "numeric", "bounds": (0, 1)}}).fit(FRAME)
    with pytest.raises(InvalidParameterError, match="no bounds"):
        TableEncoder(schema={"age": {"type": "numeric"}}).fit(FRAME)


@pytest.mark.statistical
def test_encoder_estimates_missing_bounds_with_dp() -> None:
    ages = pl.DataFrame({"age": np.linspace(20, 60, 5000)})
    encoder = TableEncoder(schema={"age": {"type": "numeric"}}, epsilon=1.0).fit(ages)
    lo, hi = encoder.schema_["age"]["bounds"]
    # Power-of-two buckets: the range is [16, 64] unless noise of > ln(130/1e-3) / 1 ~ 12 rows hits an
    # empty bucket (probability <= 1e-3 each side) or a full bucket drops below it (~1e-1000).
    assert (lo, hi) in {(16.0, 64.0), (8.0, 64.0), (16.0, 128.0), (8.0, 128.0)} or lo <= 16 <= 64 <= hi
    assert encoder.epsilon_spent_ == 1.0


@pytest.mark.statistical
def test_dp_quantile_range_covers_the_bulk_and_refuses_tiny_data() -> None:
    values = np.concatenate([np.full(1000, -3.0), np.full(1000, 700.0)])
    lo, hi = dp_quantile_range(values, epsilon=1.0)
    assert lo <= -3.0 and hi >= 700.0 and hi <= 2.0**32
    with pytest.raises(DataError, match="Pass the bounds"):
        dp_quantile_range(np.array([1.0, 2.0]), epsilon=0.1)


@pytest.mark.statistical
def test_scalers_close_to_truth() -> None:
    # 20,000 rows in [0, 10]: the DP mean has Laplace noise of scale 3*5/(20000) per row-normalised sum,
    # so |error| > 0.05 has probability < 1e-6 (Laplace tail exp(-0.05/0.00075)).
    x = np.tile(np.linspace(0, 10, 20_000)[:, None], (1, 2))
    scaler = StandardScaler(epsilon=1.0, bounds=(0, 10)).fit(x)
    assert np.allclose(scaler.mean_, 5.0, atol=0.05)
    assert np.allclose(scaler.scale_, x.std(axis=0), atol=0.05)
    assert np.allclose(scaler.inverse_transform(scaler.transform(x[:5])), x[:5])
    minmax = MinMaxScaler(epsilon=1.0).fit(x)
    # Buckets are powers of two: the top of [0, 10] lands in (8, 16]; near 0 the tiny buckets hold too few
    # rows to pass the noise threshold, so the DP range starts a little above 0 (clipping < 2% of rows).
    assert np.all(minmax.data_min_ <= 0.2) and np.all(minmax.data_max_ == 16.0)


@pytest.mark.statistical
def test_gaussian_nb_and_linear_regression_learn() -> None:
    rng = np.random.default_rng(11)  # data generator only
    labels = rng.integers(0, 2, size=20_000)
    x = np.where(labels[:, None] == 1, 0.3, -0.3) + rng.normal(0, 0.2, size=(20_000, 3))
    nb = GaussianNB(epsilon=1.0, bounds=(-1.0, 1.0)).fit(x, labels)
    # Per-class sums get Laplace noise of scale d h / (0.45 eps) = 6.7 over ~10,000 rows (off by > 0.011
    # with probability < 1e-6 over the 6 sums) and the counts scale 1 / (0.1 eps) = 10 (a relative error
    # > 0.016 on a mean of 0.3, i.e. > 0.005, with probability < 1e-6): the means are off by more than 0.02
    # with probability < 2e-6; the Bayes accuracy of this mixture is about 0.99.
    assert np.allclose(nb.theta_, [[-0.3] * 3, [0.3] * 3], atol=0.02)
    assert nb.score(x, labels) > 0.95
    rng = np.random.default_rng(7)  # data generator only
    x = rng.uniform(-1, 1, size=(20_000, 3)) / np.sqrt(3)
    y = x @ np.array([3.0, -2.0, 1.0]) + 0.5 + rng.normal(0, 0.1, size=len(x))
    model = LinearRegression(epsilon=1.0, delta=1e-6, data_norm=1.0, bounds_y=(-4.0, 5.0)).fit(x, y)
    assert np.allclose(model.coef_, [3.0, -2.0, 1.0], atol=0.3)
    assert abs(model.intercept_ - 0.5) < 0.3
    assert model.score(x, y) > 0.9


@pytest.mark.statistical
@pytest.mark.parametrize("delta", [0.0, 1e-6])
def test_multiclass_logistic_regression(delta: float) -> None:
    rng = np.random.default_rng(3)  # data generator only
    centres = np.array([[0.6, 0.0], [-0.3, 0.5], [-0.3, -0.5]])
    labels = rng.integers(0, 3, size=6000)
    x = centres[labels] + rng.normal(0, 0.1, size=(6000, 2))
    model = LogisticRegression(epsilon=2.0, delta=delta, data_norm=1.0, classes=["a", "b", "c"])
    model.fit(x, np.array(["a", "b", "c"])[labels])
    assert model.coef_.shape == (3, 2)
    proba = model.predict_proba(x[:10])
    assert np.allclose(proba.sum(axis=1), 1.0)
    # Separable clusters: accuracy near 1; 0.9 leaves a wide margin for the noise at epsilon 2.
    assert model.score(x, np.array(["a", "b", "c"])[labels]) > 0.9


def test_logistic_regression_estimates_the_norm_when_missing() -> None:
    x = np.vstack([np.full((3000, 2), 3.0), np.full((3000, 2), -3.0)])
    y = np.array([1] * 3000 + [0] * 3000)
    model = LogisticRegression(epsilon=1.0).fit(x, y)
    assert model.data_norm_ >= np.linalg.norm([3.0, 3.0])
    assert model.epsilon_spent_ == 1.0
    assert pd.Series(model.predict(x)).eq(y).mean() > 0.95


@pytest.mark.statistical
@pytest.mark.parametrize(("epsilon", "floor"), [(0.1, 0.77), (1.0, 0.795)])
def test_gaussian_nb_on_diffprivlibs_tutorial_setup(adult_module, epsilon: float, floor: float) -> None:
    # diffprivlib's naive Bayes tutorial: Adult's 5 numeric columns with its public bounds. Measured
    # (20 fits, official split): 0.785 (sd 0.003) at epsilon 0.1, 0.802 (sd 0.0004) at 1; each floor is
    # more than 8 standard deviations of a 3-fit mean below (false-alarm rate < 1e-6, Gaussian approx.).
    columns = ["age", "education-num", "capital-gain", "capital-loss", "hours-per-week"]
    bounds = ([17.0, 1.0, 0.0, 0.0, 1.0], [100.0, 16.0, 100_000.0, 4_500.0, 100.0])
    train, test = adult_module.load()
    x, y = train.select(columns).to_numpy().astype(float), adult_module.target(train)
    x_test, y_test = test.select(columns).to_numpy().astype(float), adult_module.target(test)
    scores = [GaussianNB(epsilon=epsilon, bounds=bounds).fit(x, y).score(x_test, y_test) for _ in range(3)]
    assert np.mean(scores) >= floor, scores
