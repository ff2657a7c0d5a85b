"""``privet.query(table, ...)``: the builder of a DP aggregate query and its release."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import polars as pl

from privet._frame import to_polars
from privet.dp import Ledger, PrivacyEvent
from privet.dp._noise import random_uint64
from privet.errors import ColumnNotFoundError, DataError, InvalidParameterError
from privet.query._plan import Aggregate, Plan
from privet.query._release import Mechanism, noisy_release, split_budget

__all__ = ["Query", "QueryResult", "query"]

Engine = Literal["polars", "spark"]


@dataclass(frozen=True)
class QueryResult:
    """A released table (polars) with what was spent on it."""

    table: pl.DataFrame
    keys: tuple[str, ...]
    epsilon: float
    delta: float
    confidence: float
    budget: dict[str, float]
    mechanisms: tuple[Mechanism, ...]
    event: PrivacyEvent
    max_partitions: int
    max_contributions: int
    privacy_unit: str | None
    public_keys: bool

    def rows(self) -> list[dict[str, Any]]:
        """Rows as dicts; each ``X_ci_low`` / ``X_ci_high`` pair becomes ``X_ci: [low, high]``."""
        cols = self.table.columns
        out = []
        for row in self.table.iter_rows(named=True):
            item: dict[str, Any] = {}
            for c in cols:
                if c.endswith("_ci_low"):
                    base = c.removesuffix("_ci_low")
                    item[f"{base}_ci"] = [row[c], row[f"{base}_ci_high"]]
                elif not c.endswith("_ci_high"):
                    item[c] = row[c]
            out.append(item)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of issue #7: rows, epsilon, delta, confidence, and how the budget was split."""
        return {
            "rows": self.rows(),
            "epsilon": self.epsilon,
            "delta": self.delta,
            "confidence": self.confidence,
            "keys": list(self.keys),
            "privacy_unit": self.privacy_unit,
            "max_partitions": self.max_partitions,
            "max_contributions": self.max_contributions,
            "partition_selection": "public" if self.public_keys or not self.keys else "gaussian_thresholding",
            "budget": self.budget,
            "mechanisms": [m.to_dict() for m in self.mechanisms],
        }


def _positive_int(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError(f"The '{name}' parameter must be an integer >= 1. Got {value!r}.")
    return value


class Query:
    """A DP aggregate query under construction; ``release()`` computes it once and spends its budget."""

    def __init__(
        self,
        table: Any,
        *,
        privacy_unit: str | None,
        ledger: Ledger | None,
        dataset: str | None,
        principal: str,
        engine: Engine,
        keys: tuple[str, ...] = (),
        public_keys: pl.DataFrame | None = None,
        max_partitions: int = 1,
        max_contributions: int = 1,
        aggregates: tuple[Aggregate, ...] = (),
    ) -> None:
        self._table = table
        self._unit = privacy_unit
        self._ledger = ledger
        self._dataset = dataset
        self._principal = principal
        self._engine = engine
        self._keys = keys
        self._public = public_keys
        self._L = max_partitions
        self._C = max_contributions
        self._aggs = aggregates
        self.last_release: QueryResult | None = None
        self.privacy_event: PrivacyEvent | None = None
        self.epsilon_spent_: float = 0.0
        self.delta_spent_: float = 0.0

    def _copy(self, **changes: Any) -> Query:
        state: dict[str, Any] = {
            "privacy_unit": self._unit,
            "ledger": self._ledger,
            "dataset": self._dataset,
            "principal": self._principal,
            "engine": self._engine,
            "keys": self._keys,
            "public_keys": self._public,
            "max_partitions": self._L,
            "max_contributions": self._C,
            "aggregates": self._aggs,
        }
        state.update(changes)
        return Query(self._table, **state)

    def group_by(
        self,
        keys: str | Sequence[str],
        *,
        public_keys: Any = None,
        max_partitions: int = 1,
        max_contributions: int = 1,
    ) -> Query:
        """Group by ``keys``; each privacy unit contributes to at most ``max_partitions`` groups with at
        most ``max_contributions`` rows each (a pseudo-random subset is kept, freshly keyed per release).

        ``public_keys`` (a table with the key columns, or a list of key values/tuples) fixes the released
        groups without looking at the data; otherwise groups are selected privately (needs delta > 0).
        """
        names = (keys,) if isinstance(keys, str) else tuple(keys)
        if not names or not all(isinstance(k, str) and k for k in names) or len(set(names)) != len(names):
            raise InvalidParameterError(f"The 'keys' parameter must be distinct column names. Got {keys!r}.")
        _positive_int(max_partitions, "max_partitions")
        _positive_int(max_contributions, "max_contributions")
        public = None if public_keys is None else _public_frame(public_keys, names)
        return self._copy(keys=names, public_keys=public, max_partitions=max_partitions,
                          max_contributions=max_contributions)  # fmt: skip

    def agg(self, *aggregates: Aggregate) -> Query:
        """The aggregates to release (``count()``, ``sum(col, bounds=...)``, ...)."""
        if not aggregates or not all(isinstance(a, Aggregate) for a in aggregates):
            raise InvalidParameterError(
                "agg() takes one or more aggregates built with privet.query.count(), sum(), mean(), quantile(), "
                "histogram() or count_distinct_units()."
            )
        names = [a.output for a in aggregates]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise InvalidParameterError(f"Two aggregates have the output name(s) {dupes}; give one a name=.")
        return self._copy(aggregates=tuple(aggregates))

    def plan(self) -> Plan:
        """The backend-neutral plan of this query."""
        L, C = (self._L, self._C) if self._unit else (1, 1)
        return Plan(keys=self._keys, aggregates=self._aggs, unit=self._unit, max_partitions=L,
                    max_contributions=C, public_keys=self._public)  # fmt: skip

    def release(
        self,
        *,
        epsilon: float,
        delta: float = 0.0,
        confidence: float = 0.95,
        split: Mapping[str, float] | None = None,
    ) -> Any:
        """Compute the query once with DP and return the table in the caller's type.

        Columns: the keys, then per aggregate its value and ``<name>_ci_low`` / ``<name>_ci_high``, an
        interval that holds the exact bounded value with probability at least ``confidence`` (quantiles:
        the exact quantile of the clipped values; several q give ``<name>_p25``, ``<name>_p25_ci_low``, ...).
        ``split`` weighs epsilon over the outputs (and ``"partition_selection"``); equal by default.

        Privacy: (epsilon, delta)-DP for adding or removing one privacy unit (one row without a unit), with
        contribution bounding, Laplace noise, the exponential mechanism for quantiles and Gaussian
        thresholding for private partition selection; see ``privet.query._release`` for sensitivities and
        sources. The budget is checked before anything is computed and one event is charged before any noisy
        value exists.
        """
        result = self.run(epsilon=epsilon, delta=delta, confidence=confidence, split=split)
        if _is_spark(self._table):
            from privet.query._spark import to_spark

            return to_spark(result.table)
        _, back = _source_kind(self._table)
        return back(result.table)

    def run(
        self,
        *,
        epsilon: float,
        delta: float = 0.0,
        confidence: float = 0.95,
        split: Mapping[str, float] | None = None,
    ) -> QueryResult:
        """Like ``release()`` but returns a ``QueryResult`` (polars table, budget split, ledger event)."""
        epsilon, delta, confidence = _check_release(epsilon, delta, confidence)
        if not self._aggs:
            raise InvalidParameterError("Nothing to release: call agg(count(), sum(...), ...) first.")
        plan = self.plan()
        private_selection = bool(plan.keys) and plan.public_keys is None
        budget = split_budget(plan, epsilon=epsilon, delta=delta, private_selection=private_selection, split=split)
        source, columns, dtypes = self._source()
        self._check_columns(columns, dtypes, plan)
        description = (
            f"privet.query {', '.join(a.output for a in plan.aggregates)}"
            + (f" by {', '.join(plan.keys)}" if plan.keys else "")
            + (f"; unit {plan.unit}, max_partitions={plan.max_partitions}, max_contributions="
               f"{plan.max_contributions}" if plan.unit else "; unit = row")
            + f"; engine {self._engine}; split "
            + ", ".join(f"{k}={v:.6g}" for k, v in budget.shares.items())
        )  # fmt: skip
        event = PrivacyEvent(
            mechanism="query",
            epsilon=epsilon,
            delta=budget.delta_used,
            neighbouring="add_remove_unit" if plan.unit else "add_remove_row",
            description=description,
        )
        if self._ledger is not None:
            if not self._dataset:
                raise InvalidParameterError("The 'dataset' parameter is required with a ledger.")
            self._ledger.check(event, dataset=self._dataset, principal=self._principal)
        if plan.unit is not None:
            self._check_unit_nulls(source, plan.unit)
        key = int(random_uint64(1)[0])  # fresh bounding key: privacy randomness through privet.dp
        if self._engine == "spark":
            from privet.query._spark import bounded_spark

            bounded = bounded_spark(source, plan, key=key)
        else:
            from privet.query._polars import bounded_polars

            bounded = bounded_polars(source, plan, key=key)
        # Charged after the (not yet private) bounded aggregates exist and before any noisy value does: a
        # failing engine spends nothing; a concurrent spender that got there first makes this spend fail.
        if self._ledger is not None:
            assert self._dataset is not None
            self._ledger.spend(event, dataset=self._dataset, principal=self._principal)
        table, mechanisms = noisy_release(bounded, plan, budget, confidence=confidence)
        result = QueryResult(
            table=table,
            keys=plan.keys,
            epsilon=epsilon,
            delta=budget.delta_used,
            confidence=confidence,
            budget=dict(budget.shares),
            mechanisms=tuple(mechanisms),
            event=event,
            max_partitions=plan.max_partitions,
            max_contributions=plan.max_contributions,
            privacy_unit=plan.unit,
            public_keys=plan.public_keys is not None,
        )
        self.last_release = result
        self.privacy_event = event
        self.epsilon_spent_ += epsilon
        self.delta_spent_ += budget.delta_used
        return result

    # ------------------------------------------------------------------------------------ validation

    def _source(self) -> tuple[Any, list[str], dict[str, str]]:
        """The engine's input and its schema: column names and a coarse type per column."""
        if self._engine == "spark":
            from privet.query._spark import to_spark

            if _is_spark(self._table):
                df = self._table
            else:
                frame, _ = _source_kind(self._table)
                df = to_spark(frame.collect() if isinstance(frame, pl.LazyFrame) else frame)
            types = {f.name: _spark_kind(f.dataType.typeName()) for f in df.schema.fields}
            return df, list(types), types
        if _is_spark(self._table):
            raise InvalidParameterError("A Spark DataFrame needs engine='spark'.")
        frame, _ = _source_kind(self._table)
        lf = frame.lazy()
        schema = lf.collect_schema()
        types = {name: _polars_kind(dtype) for name, dtype in schema.items()}
        return lf, list(schema.names()), types

    def _check_columns(self, columns: list[str], types: dict[str, str], plan: Plan) -> None:
        needed = ([plan.unit] if plan.unit else []) + list(plan.keys) + plan.value_columns
        missing = [c for c in dict.fromkeys(needed) if c not in columns]
        if missing:
            shown = ", ".join(repr(c) for c in columns[:20]) + (" …" if len(columns) > 20 else "")
            raise ColumnNotFoundError(
                f"privet.query: column(s) {', '.join(repr(c) for c in missing)} not found; "
                f"the table has {len(columns)} column(s): {shown}."
            )
        if plan.unit is not None and plan.unit in plan.keys:
            raise InvalidParameterError(f"The privacy unit {plan.unit!r} cannot also be a group key.")
        for agg in plan.aggregates:
            if agg.column is not None and types[agg.column] != "numeric":
                raise DataError(
                    f"privet.query: {agg.kind}() needs a numeric column; column {agg.column!r} has type "
                    f"{types[agg.column]}. Cast it to a number first."
                )
        for col in [*([plan.unit] if plan.unit else []), *plan.keys]:
            if types[col] == "other":
                raise DataError(
                    f"privet.query: column {col!r} cannot be a privacy unit or group key (nested or unsupported "
                    "type); use numbers, text, booleans or dates."
                )

    def _check_unit_nulls(self, source: Any, unit: str) -> None:
        if self._engine == "spark":
            from pyspark.sql import functions as F

            has_null = bool(source.where(F.col(unit).isNull()).limit(1).count())
        else:
            has_null = bool(source.select(pl.col(unit).is_null().any()).collect().item())
        if has_null:
            raise DataError(
                f"privet.query: the privacy unit column {unit!r} has null values; every row must belong to a "
                "known unit (drop or fill them first). Nothing was spent."
            )


def _check_release(epsilon: object, delta: object, confidence: object) -> tuple[float, float, float]:
    def number(x: object) -> bool:
        return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)

    if not number(epsilon) or epsilon <= 0:  # type: ignore[operator]
        raise InvalidParameterError(f"The 'epsilon' parameter of release must be a finite number > 0. Got {epsilon!r}.")
    if not number(delta) or not 0 <= delta < 1:  # type: ignore[operator]
        raise InvalidParameterError(f"The 'delta' parameter of release must be in [0, 1). Got {delta!r}.")
    if not number(confidence) or not 0 < confidence < 1:  # type: ignore[operator]
        raise InvalidParameterError(f"The 'confidence' parameter of release must be in (0, 1). Got {confidence!r}.")
    return float(epsilon), float(delta), float(confidence)  # type: ignore[arg-type]


def _polars_kind(dtype: pl.DataType) -> str:
    if dtype.is_numeric():
        return "numeric"
    if isinstance(dtype, pl.List | pl.Array | pl.Struct | pl.Object):
        return "other"
    return "text" if dtype in (pl.String, pl.Categorical, pl.Enum) else "value"


def _spark_kind(type_name: str) -> str:
    if type_name in ("byte", "short", "integer", "long", "float", "double") or type_name.startswith("decimal"):
        return "numeric"
    if type_name in ("array", "map", "struct", "udt"):
        return "other"
    return "value"


def _is_spark(table: object) -> bool:
    from privet.query._spark import is_spark_frame

    return is_spark_frame(table)


def _source_kind(table: Any) -> tuple[pl.DataFrame | pl.LazyFrame, Any]:
    """The table as polars (lazy frames stay lazy) and a function giving a result back in its type."""
    if isinstance(table, pl.LazyFrame):
        return table, lambda result: result
    frame, back = to_polars(table)
    return frame, back


def _public_frame(public_keys: Any, keys: tuple[str, ...]) -> pl.DataFrame:
    if isinstance(public_keys, list | tuple):
        rows = [k if isinstance(k, tuple | list) else (k,) for k in public_keys]
        if any(len(r) != len(keys) for r in rows):
            raise InvalidParameterError(
                f"Each public key must have {len(keys)} value(s), one per group key {list(keys)}."
            )
        frame = pl.DataFrame(rows, schema=list(keys), orient="row") if rows else pl.DataFrame(schema=list(keys))
    else:
        frame, _ = to_polars(public_keys, name="public_keys")
        missing = [k for k in keys if k not in frame.columns]
        if missing:
            raise ColumnNotFoundError(
                f"public_keys: column(s) {missing} not found; it needs the group keys {list(keys)}."
            )
        frame = frame.select(list(keys))
    return frame.unique(maintain_order=True)


def query(
    table: Any,
    *,
    privacy_unit: str | None = None,
    ledger: Ledger | None = None,
    dataset: str | None = None,
    principal: str = "default",
    engine: Engine | None = None,
) -> Query:
    """Start a DP aggregate query over ``table`` (pandas, polars (lazy too), pyarrow or Spark DataFrame).

    ``privacy_unit`` names the column identifying a person (protected: adding or removing ALL their rows);
    without it each row is protected. ``engine`` is 'polars' (default; streaming) or 'spark' (default for a
    Spark DataFrame; extra ``spark``). With a ``ledger``, each release is charged to ``dataset`` /
    ``principal`` before it is computed.

    Example: ``query(df, privacy_unit="user_id").group_by("zip", max_partitions=2).agg(count(),
    sum("income", bounds=(0, 200_000))).release(epsilon=1.0, delta=1e-6)``.
    """
    if privacy_unit is not None and (not isinstance(privacy_unit, str) or not privacy_unit):
        raise InvalidParameterError(f"The 'privacy_unit' parameter must be a column name. Got {privacy_unit!r}.")
    if engine is None:
        engine = "spark" if _is_spark(table) else "polars"
    if engine not in ("polars", "spark"):
        raise InvalidParameterError(f"The 'engine' parameter must be 'polars' or 'spark'. Got {engine!r}.")
    if ledger is not None and not isinstance(ledger, Ledger):
        raise InvalidParameterError(f"The 'ledger' parameter must be a privet.dp.Ledger. Got {type(ledger).__name__}.")
    if ledger is not None and not dataset:
        raise InvalidParameterError("The 'dataset' parameter is required with a ledger: it names the budget.")
    if not _is_spark(table) and not isinstance(table, pl.LazyFrame):
        to_polars(table)  # type check now rather than at release
    return Query(table, privacy_unit=privacy_unit, ledger=ledger, dataset=dataset, principal=principal,
                 engine=engine)  # fmt: skip
