"""Differentially private aggregates over personal data, on polars (default) or Spark (extra ``spark``).

``privet.query(table, privacy_unit=...)`` starts a query; ``group_by`` bounds contributions, ``agg`` picks
the aggregates and ``release(epsilon=..., delta=...)`` computes them once with DP and charges the ledger.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from privet.query._plan import Aggregate, count, count_distinct_units, histogram, mean, quantile, sum
from privet.query._query import Query, QueryResult, query
from privet.query._release import release_probability

__all__ = [
    "Aggregate",
    "Query",
    "QueryResult",
    "count",
    "count_distinct_units",
    "histogram",
    "mean",
    "quantile",
    "query",
    "release_probability",
    "sum",
]


class _CallableModule(types.ModuleType):
    """``privet.query`` is both this package and ``query()``: ``privet.query(table, ...)`` works."""

    def __call__(self, table: Any, **kwargs: Any) -> Query:
        return query(table, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
