"""Fixtures for the privet.ml tests: UCI Adult encoded as issue #6 prescribes, one BLAS thread."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from types import ModuleType

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from tests.conftest import REPO, SHARED_DATA


@pytest.fixture(autouse=True, scope="session")
def _one_blas_thread() -> Iterator[None]:
    # Multi-threaded OpenBLAS is tens of times slower on a loaded 2-core machine for these small matrices.
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def _bench_adult() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ml_adult", REPO / "bench" / "ml_adult.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def adult_module() -> ModuleType:
    if not (SHARED_DATA / "adult.csv").exists():
        pytest.skip("shared/data/adult.csv is not beside the repository")
    return _bench_adult()


@pytest.fixture(scope="session")
def adult(adult_module: ModuleType) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(X_train, y_train, X_test, y_test) on the official split; rows have L2 norm <= 1."""
    train, test = adult_module.load()
    return (
        adult_module.encode(train),
        adult_module.target(train),
        adult_module.encode(test),
        adult_module.target(test),
    )
