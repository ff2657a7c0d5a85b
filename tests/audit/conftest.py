"""Fixtures for the audit tests: UCI Adult encoded as the ml benchmarks do (public schema), one BLAS thread."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from tests.conftest import REPO, SHARED_DATA


@pytest.fixture(autouse=True, scope="session")
def _one_blas_thread() -> Iterator[None]:
    with threadpool_limits(limits=1, user_api="blas"):
        yield


@pytest.fixture(scope="session")
def adult_encoded() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(X_train, y_train, X_test, y_test) of Adult's official split, rows of L2 norm <= 1 (bench/ml_adult.py)."""
    if not (SHARED_DATA / "adult.csv").exists():
        pytest.skip("../shared/data/adult.csv is not beside the repository")
    spec = importlib.util.spec_from_file_location("ml_adult", REPO / "bench" / "ml_adult.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    train, test = module.load()
    return module.encode(train), module.target(train), module.encode(test), module.target(test)
