"""Differentially private aggregates over personal data, on polars (default) or Spark (extra ``spark``).

``privet.query(table, privacy_unit=...)`` starts a query; ``group_by`` bounds contributions, ``agg`` picks
the aggregates and ``release(epsilon=..., delta=...)`` computes them once with DP and charges the ledger.
"""

from __future__ import annotations

import sys
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
]  # and QueryEntry / entry: what ``privet.query`` is


class QueryEntry:
    """``privet.query``: call it to start a query (:func:`query`); its attributes build the aggregates.

    A plain object rather than a callable module so that type checkers see ``privet.query(table, ...)``
    and ``privet.query.count()`` with their signatures.
    """

    __call__ = staticmethod(query)
    query = staticmethod(query)
    count = staticmethod(count)
    count_distinct_units = staticmethod(count_distinct_units)
    sum = staticmethod(sum)
    mean = staticmethod(mean)
    quantile = staticmethod(quantile)
    histogram = staticmethod(histogram)
    release_probability = staticmethod(release_probability)
    Aggregate = Aggregate
    Query = Query
    QueryResult = QueryResult

    def __getattr__(self, name: str) -> Any:
        """Everything else of the ``privet.query`` package (e.g. ``import privet.query._polars as engine``)."""
        return getattr(sys.modules[__name__], name)

    def __repr__(self) -> str:
        return "<privet.query: call it to start a DP query; .count(), .sum(), ... build aggregates>"


entry = QueryEntry()
