"""PrivacyEvent: the description of one release, enough to re-account it later."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from privet.dp._noise import is_private
from privet.errors import InvalidParameterError

__all__ = ["NEIGHBOURING", "PrivacyEvent"]

NEIGHBOURING = ("add_remove_row", "replace_row", "add_remove_unit", "replace_unit")


def _check_nonneg(owner: str, name: str, value: float | None, *, positive: bool = False) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidParameterError(f"The '{name}' parameter of {owner} must be a number. Got {type(value).__name__}.")
    if math.isnan(value) or value < 0 or (positive and value == 0):
        bound = "> 0" if positive else ">= 0"
        raise InvalidParameterError(f"The '{name}' parameter of {owner} must be {bound}. Got {value!r}.")


@dataclass(frozen=True)
class PrivacyEvent:
    """One differentially private release, as charged to a budget.

    ``epsilon``/``delta`` are what the release is charged at; ``sensitivity``, ``scale`` (noise scale or
    sigma), ``sampling_rate`` and ``steps`` let a tighter accountant re-account it later. ``private`` is
    False when the event was made under the test-only noise seam (``privet.dp._noise.fixed_noise``); the
    Ledger refuses such events.
    """

    mechanism: str
    epsilon: float
    delta: float = 0.0
    sensitivity: float | None = None
    scale: float | None = None
    sampling_rate: float | None = None
    steps: int | None = None
    neighbouring: str = "add_remove_row"
    description: str = ""
    private: bool = field(default_factory=is_private)

    def __post_init__(self) -> None:
        owner = "PrivacyEvent"
        if not isinstance(self.mechanism, str) or not self.mechanism:
            raise InvalidParameterError(f"The 'mechanism' parameter of {owner} must be a non-empty string.")
        _check_nonneg(owner, "epsilon", self.epsilon)
        if isinstance(self.epsilon, float) and math.isinf(self.epsilon):
            raise InvalidParameterError(f"The 'epsilon' parameter of {owner} must be finite. Got inf.")
        _check_nonneg(owner, "delta", self.delta)
        if self.delta >= 1:
            raise InvalidParameterError(f"The 'delta' parameter of {owner} must be < 1. Got {self.delta!r}.")
        _check_nonneg(owner, "sensitivity", self.sensitivity)
        _check_nonneg(owner, "scale", self.scale)
        _check_nonneg(owner, "sampling_rate", self.sampling_rate)
        if self.sampling_rate is not None and self.sampling_rate > 1:
            raise InvalidParameterError(
                f"The 'sampling_rate' parameter of {owner} must be in [0, 1]. Got {self.sampling_rate!r}."
            )
        if self.steps is not None and (isinstance(self.steps, bool) or not isinstance(self.steps, int)):
            raise InvalidParameterError(f"The 'steps' parameter of {owner} must be an int. Got {self.steps!r}.")
        if self.steps is not None and self.steps < 1:
            raise InvalidParameterError(f"The 'steps' parameter of {owner} must be >= 1. Got {self.steps!r}.")
        if self.neighbouring not in NEIGHBOURING:
            raise InvalidParameterError(
                f"The 'neighbouring' parameter of {owner} must be one of {', '.join(NEIGHBOURING)}. "
                f"Got {self.neighbouring!r}."
            )
        object.__setattr__(self, "epsilon", float(self.epsilon))
        object.__setattr__(self, "delta", float(self.delta))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PrivacyEvent:
        """Rebuild an event from :meth:`to_dict` output (unknown keys are an error)."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise InvalidParameterError(f"PrivacyEvent.from_dict got unknown keys {unknown}.")
        if "mechanism" not in data or "epsilon" not in data:
            raise InvalidParameterError("PrivacyEvent.from_dict needs at least 'mechanism' and 'epsilon'.")
        return cls(**data)
