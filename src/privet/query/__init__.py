"""Differentially private aggregates over personal data, on polars (default) or Spark (extra ``spark``)."""

from __future__ import annotations

from privet.query._plan import Aggregate, count, count_distinct_units, histogram, mean, quantile, sum

__all__ = ["Aggregate", "count", "count_distinct_units", "histogram", "mean", "quantile", "sum"]
