"""TableEncoder: DataFrame -> private-ready feature matrix from a PUBLIC schema."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import polars as pl
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from privet._frame import require_columns, to_polars
from privet.dp import PrivacyEvent
from privet.errors import DataError, InvalidParameterError
from privet.ml._base import PrivateMixin, check_positive, clip_rows, dp_quantile_range

__all__ = ["TableEncoder"]


def _check_schema(owner: str, schema: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(schema, dict) or not schema:
        raise InvalidParameterError(
            f"The 'schema' parameter of {owner} must be a non-empty dict {{column: spec}}; got {type(schema).__name__}."
        )
    out: dict[str, dict[str, Any]] = {}
    for column, spec in schema.items():
        where = f"schema[{column!r}]"
        kind = spec.get("type") if isinstance(spec, dict) else None
        if kind == "numeric":
            bounds = spec.get("bounds")
            if bounds is not None:
                try:
                    lo, hi = (float(v) for v in bounds)
                except (TypeError, ValueError) as exc:
                    raise InvalidParameterError(f"{owner}: {where}.bounds must be (lower, upper).") from exc
                if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
                    raise InvalidParameterError(f"{owner}: {where}.bounds must be finite with lower < upper.")
                bounds = (lo, hi)
            out[str(column)] = {"type": "numeric", "bounds": bounds}
        elif kind == "categorical":
            categories = spec.get("categories")
            if not isinstance(categories, list | tuple) or not categories:
                raise InvalidParameterError(
                    f"{owner}: {where}.categories must be a non-empty list of the PUBLIC categories "
                    "(privet never reads a category set from the data)."
                )
            if len(set(categories)) != len(categories):
                raise InvalidParameterError(f"{owner}: {where}.categories has duplicates.")
            out[str(column)] = {"type": "categorical", "categories": list(categories)}
        else:
            raise InvalidParameterError(
                f"{owner}: {where} must be {{'type': 'numeric', 'bounds': (lo, hi)}} or "
                "{'type': 'categorical', 'categories': [...]}."
            )
    return out


class TableEncoder(TransformerMixin, PrivateMixin, BaseEstimator):
    """One-hot + min-max encode a table from a public schema, then clip every row to L2 norm ``row_norm``.

    ``schema`` maps each input column to ``{"type": "numeric", "bounds": (lo, hi)}`` or
    ``{"type": "categorical", "categories": [...]}``. Numeric values are clipped to the bounds and scaled
    to [0, 1]; categories outside the list encode as all zeros. A numeric column without bounds has them
    estimated with DP when ``epsilon`` is given, else fitting fails. Accepts pandas, polars or pyarrow
    tables; returns a float ndarray.

    Privacy: with every bound in the schema, nothing is read from the data (no cost). Otherwise
    epsilon-DP under add/remove-one-row, a noisy magnitude histogram per unbounded column at
    epsilon / (number of unbounded columns) (Laplace; :func:`privet.ml._base.dp_quantile_range`).
    """

    def __init__(
        self,
        *,
        schema: Any = None,
        row_norm: float | None = 1.0,
        epsilon: float | None = None,
        ledger: Any = None,
        dataset: str | None = None,
        principal: str | None = None,
    ) -> None:
        self.schema = schema
        self.row_norm = row_norm
        self.epsilon = epsilon
        self.ledger = ledger
        self.dataset = dataset
        self.principal = principal

    delta = 0.0

    def fit(self, X: Any, y: Any = None) -> TableEncoder:
        """Resolve the schema (estimating missing numeric bounds with DP if ``epsilon`` is given)."""
        owner = type(self).__name__
        schema = _check_schema(owner, self.schema)
        check_positive(owner, "row_norm", self.row_norm, allow_none=True)
        frame, _ = to_polars(X, name="X")
        require_columns(frame, list(schema), where=f"{owner}.fit")
        missing = [c for c, spec in schema.items() if spec["type"] == "numeric" and spec["bounds"] is None]
        self.privacy_event_ = None
        self.epsilon_spent_ = 0.0
        self.delta_spent_ = 0.0
        if missing:
            if self.epsilon is None:
                raise InvalidParameterError(
                    f"{owner}: numeric column(s) {', '.join(repr(c) for c in missing)} have no bounds in the schema; "
                    "give the bounds or an 'epsilon' to estimate them with DP."
                )
            epsilon, _ = self._privacy_params(allow_delta=False)
            self._charge(
                PrivacyEvent(
                    mechanism="dp_bounds/laplace_histogram",
                    epsilon=epsilon,
                    description=f"{owner}.fit bounds of {len(missing)} column(s)",
                )
            )
            for column in missing:
                values = self._numeric(frame, column)
                schema[column]["bounds"] = dp_quantile_range(values, epsilon=epsilon / len(missing))
        self.schema_ = schema
        names = []
        for column, spec in schema.items():
            if spec["type"] == "numeric":
                names.append(column)
            else:
                names.extend(f"{column}={category}" for category in spec["categories"])
        self.feature_names_out_ = np.asarray(names, dtype=object)
        self.feature_names_in_ = np.asarray(list(schema), dtype=object)
        self.n_features_in_ = len(schema)
        return self

    @staticmethod
    def _numeric(frame: pl.DataFrame, column: str) -> np.ndarray:
        try:
            values = frame[column].cast(pl.Float64, strict=True).to_numpy()
        except Exception as exc:  # polars raises several types for a non-numeric column
            raise DataError(f"TableEncoder: column {column!r} is declared numeric but is not numeric.") from exc
        if np.isnan(values).any():
            raise DataError(f"TableEncoder: column {column!r} has missing values; impute or drop them first.")
        return np.asarray(values)

    def transform(self, X: Any) -> np.ndarray:
        """The encoded features (rows clipped to L2 norm ``row_norm``)."""
        check_is_fitted(self, "schema_")
        frame, _ = to_polars(X, name="X")
        require_columns(frame, list(self.schema_), where=f"{type(self).__name__}.transform")
        parts = []
        for column, spec in self.schema_.items():
            if spec["type"] == "numeric":
                lo, hi = spec["bounds"]
                values = self._numeric(frame, column)
                parts.append(((np.clip(values, lo, hi) - lo) / (hi - lo))[:, None])
            else:
                series = frame[column].cast(pl.String)
                parts.append(
                    np.column_stack([(series == str(c)).fill_null(False).to_numpy() for c in spec["categories"]])
                )
        out = np.hstack(parts).astype(np.float64)
        return clip_rows(out, float(self.row_norm)) if self.row_norm is not None else out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """``column`` for numeric columns, ``column=category`` for one-hot columns."""
        check_is_fitted(self, "schema_")
        return np.asarray(self.feature_names_out_)
