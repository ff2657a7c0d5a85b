"""Parameter checks shared by the mechanisms; every failure is an InvalidParameterError naming the parameter."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from privet.errors import InvalidParameterError

__all__ = ["check_delta", "check_epsilon", "check_positive", "check_probability", "finite_array"]


def _number(owner: str, name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise InvalidParameterError(f"The '{name}' parameter of {owner} must be a number. Got {type(value).__name__}.")
    return float(value)


def check_positive(owner: str, name: str, value: Any) -> float:
    """A finite number > 0."""
    number = _number(owner, name, value)
    if not (math.isfinite(number) and number > 0):
        raise InvalidParameterError(f"The '{name}' parameter of {owner} must be finite and > 0. Got {number!r}.")
    return number


def check_epsilon(owner: str, value: Any) -> float:
    return check_positive(owner, "epsilon", value)


def check_delta(owner: str, value: Any, *, allow_zero: bool = False) -> float:
    number = _number(owner, "delta", value)
    low_ok = number >= 0 if allow_zero else number > 0
    if not (low_ok and number < 1):
        bound = "in [0, 1)" if allow_zero else "in (0, 1)"
        raise InvalidParameterError(f"The 'delta' parameter of {owner} must be {bound}. Got {number!r}.")
    return number


def check_probability(owner: str, name: str, value: Any) -> float:
    number = _number(owner, name, value)
    if not 0 <= number <= 1:
        raise InvalidParameterError(f"The '{name}' parameter of {owner} must be in [0, 1]. Got {number!r}.")
    return number


def finite_array(owner: str, name: str, value: Any, *, integer: bool = False) -> np.ndarray:
    """The value as a float64 (or int64) array; rejects non-numeric, NaN and infinite entries."""
    try:
        array = np.asarray(value)
    except Exception as exc:
        raise InvalidParameterError(f"The '{name}' parameter of {owner} must be numeric.") from exc
    if array.dtype == bool or array.dtype.kind not in "iuf":
        raise InvalidParameterError(
            f"The '{name}' parameter of {owner} must be numeric. Got an array of dtype {array.dtype}."
        )
    if integer:
        if array.dtype.kind == "f" and (not np.all(np.isfinite(array)) or not np.all(array == np.round(array))):
            raise InvalidParameterError(f"The '{name}' parameter of {owner} must hold integers.")
        if array.dtype.kind == "u" and array.size and array.max() > np.iinfo(np.int64).max:
            raise InvalidParameterError(f"The '{name}' parameter of {owner} does not fit in int64.")
        return array.astype(np.int64)
    array = array.astype(np.float64)
    if not np.all(np.isfinite(array)):
        raise InvalidParameterError(
            f"The '{name}' parameter of {owner} must be finite (no NaN or infinity); clip or impute it first."
        )
    return array
