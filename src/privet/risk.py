"""Re-identification risk and utility loss of a table over its quasi-identifiers.

Equivalence classes are the groups of rows sharing every quasi-identifier value. Measures:

- k: the smallest class (k-anonymity, Sweeney 2002); ``uniques``: rows alone in their class;
- distinct l-diversity (Machanavajjhala et al. 2007): the fewest distinct sensitive values in a class;
  entropy l-diversity: min over classes of exp(entropy of the sensitive values);
- t-closeness (Li, Li, Venkatasubramanian 2007): the largest Earth Mover's Distance between a class's
  sensitive distribution and the whole table's, with the ordered distance for a numeric sensitive column
  and the equal distance for a categorical one;
- prosecutor risk (max = 1/k, mean = classes/rows), marketer risk (expected share of rows re-identified
  when the table is the population, = classes/rows), journalist risk when a population table is given
  (El Emam, Guide to the De-Identification of Personal Health Information, 2013);
- utility loss against the original table (rows aligned): NCP per column and GCP (Xu et al. 2006; Ghinita
  et al. 2007), discernibility (Bayardo & Agrawal 2005), average class size (LeFevre et al. 2006).

Rows whose quasi-identifiers are all null are counted as suppressed and left out of the classes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import polars as pl

from privet._frame import require_columns, to_polars
from privet.errors import DataError, InvalidParameterError

__all__ = ["RiskReport", "UtilityReport", "k_anonymity", "l_diversity", "risk", "t_closeness"]


@dataclass(frozen=True)
class UtilityReport:
    """Information loss of an anonymized table against its original (0 = nothing lost, 1 = all)."""

    ncp: dict[str, float]  # per quasi-identifier, averaged over rows (suppressed rows count 1)
    gcp: float  # mean of the per-column NCPs
    discernibility: int  # sum of squared class sizes + suppressed rows x original rows
    average_class_size: float  # rows / classes
    normalized_average_class_size: float  # (rows / classes) / k

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RiskReport:
    """Risk measures of one table; see the module documentation for definitions."""

    rows: int
    quasi_identifiers: list[str]
    sensitive: str | None
    classes: int
    k: int
    l: int | None  # noqa: E741
    entropy_l: float | None
    t: float | None
    uniques: int
    unique_ratio: float
    share_in_classes_below: dict[int, float]  # {2: share of rows in classes of size < 2, 5: ..., 10: ...}
    prosecutor_risk_max: float
    prosecutor_risk_mean: float
    marketer_risk: float
    journalist_risk_max: float | None
    class_sizes: dict[int, int]  # class size -> number of classes of that size
    suppressed_rows: int = 0
    utility: UtilityReport | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["share_in_classes_below"] = {str(k): v for k, v in self.share_in_classes_below.items()}
        data["class_sizes"] = {str(k): v for k, v in sorted(self.class_sizes.items())}
        data["utility"] = None if self.utility is None else self.utility.to_dict()
        data.pop("extra")
        return data


def _check_names(frame: pl.DataFrame, quasi_identifiers: Sequence[str], sensitive: str | None) -> list[str]:
    if isinstance(quasi_identifiers, str) or not quasi_identifiers:
        raise InvalidParameterError(
            "The 'quasi_identifiers' parameter of risk must be a non-empty list of column names."
        )
    qis = list(quasi_identifiers)
    if len(set(qis)) != len(qis):
        raise InvalidParameterError("The 'quasi_identifiers' parameter lists a column twice.")
    require_columns(frame, [*qis, *([sensitive] if sensitive else [])], where="risk")
    if sensitive is not None and sensitive in qis:
        raise InvalidParameterError("The 'sensitive' column cannot also be a quasi-identifier.")
    return qis


_MIX = np.uint64(0x9E3779B97F4A7C15)


def _suppressed(frame: pl.DataFrame, qis: Sequence[str]) -> np.ndarray | None:
    """Rows whose quasi-identifiers are all null, or None when there is none."""
    if not all(frame.get_column(q).null_count() for q in qis):
        return None
    mask = frame.select(pl.all_horizontal([pl.col(q).is_null() for q in qis])).to_series().to_numpy()
    return mask if mask.any() else None


def _classes(frame: pl.DataFrame, qis: Sequence[str], *, inverse: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """(class index 0..C-1 per row, class sizes) of the rows of ``frame`` over ``qis``.

    Rows are grouped by a 64-bit row hash; a second, independently seeded hash checks that no two
    different quasi-identifier combinations share a first hash (if they ever do, an exact group-by is used
    instead), so the classes are exact.
    """
    sub = frame.select(qis)
    h1 = sub.hash_rows(seed=0).to_numpy()
    h2 = sub.hash_rows(seed=1).to_numpy()
    uniques, sizes = _sorted_counts(h1)
    if len(_sorted_counts(h1 * _MIX ^ h2)[0]) != len(uniques):  # a hash collision: fall back to exact grouping
        ids = sub.select(pl.struct(list(qis)).rank("dense").cast(pl.Int64) - 1).to_series().to_numpy()
        return ids.astype(np.int64), np.bincount(ids)
    ids = np.searchsorted(uniques, h1).astype(np.int64) if inverse else np.empty(0, dtype=np.int64)
    return ids, sizes


def _sorted_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values (sorted) and how often each occurs; a sort, faster than np.unique for hashes."""
    ordered = np.sort(values)
    if len(ordered) == 0:
        return ordered, np.empty(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    return ordered[starts], np.diff(np.concatenate((starts, [len(ordered)])))


def class_ids(frame: pl.DataFrame, qis: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(class id per row, -1 for suppressed rows; boolean mask of suppressed rows)."""
    suppressed = _suppressed(frame, qis)
    if suppressed is None:
        return _classes(frame, qis)[0], np.zeros(frame.height, dtype=bool)
    ids = np.full(frame.height, -1, dtype=np.int64)
    ids[~suppressed] = _classes(frame.filter(pl.Series(~suppressed)), qis)[0]
    return ids, suppressed


def _encode(values: pl.Series) -> tuple[np.ndarray, int]:
    """Codes 0..m-1 (in sorted value order for numbers, so an ordered distance can be used) and m."""
    if values.null_count():
        values = values.cast(pl.String).fill_null("<null>")
    if values.dtype.is_numeric():
        uniques, codes = np.unique(values.to_numpy(), return_inverse=True)
        return codes.reshape(-1).astype(np.int64), len(uniques)
    physical = values.cast(pl.String).cast(pl.Categorical).to_physical().to_numpy().astype(np.int64)
    present = np.zeros(int(physical.max()) + 1 if len(physical) else 1, dtype=np.int64)
    present[physical] = 1
    lookup = np.cumsum(present) - 1
    return lookup[physical], int(present.sum())


def emd_per_class(cls: np.ndarray, sens: np.ndarray, m: int, *, ordered: bool) -> np.ndarray:
    """EMD between each class's sensitive distribution and the overall one (classes 0..C-1, codes 0..m-1)."""
    n_classes = int(cls.max()) + 1
    overall = np.bincount(sens, minlength=m).astype(np.float64)
    overall /= overall.sum()
    sizes = np.bincount(cls, minlength=n_classes).astype(np.float64)
    result = np.empty(n_classes)
    step = max(1, 20_000_000 // max(m, 1))
    for start in range(0, n_classes, step):
        stop = min(n_classes, start + step)
        sel = (cls >= start) & (cls < stop)
        counts = np.bincount((cls[sel] - start) * m + sens[sel], minlength=(stop - start) * m)
        p = counts.reshape(stop - start, m) / sizes[start:stop, None]
        diff = p - overall[None, :]
        if ordered:
            result[start:stop] = np.abs(np.cumsum(diff, axis=1)[:, :-1]).sum(axis=1) / (m - 1) if m > 1 else 0.0
        else:
            result[start:stop] = 0.5 * np.abs(diff).sum(axis=1)
    return result


def _sensitive_stats(
    cls: np.ndarray, sizes: np.ndarray, sens_col: pl.Series, *, want_l: bool = True, want_t: bool = True
) -> tuple[int | None, float | None, float | None]:
    codes, m = _encode(sens_col)
    n_classes = len(sizes)
    l_value = entropy_l = t = None
    if want_l:
        counts = np.bincount(cls * m + codes, minlength=n_classes * m) if n_classes * m <= 50_000_000 else None
        if counts is not None:
            present = np.flatnonzero(counts)
            pair_cls, pair_counts = present // m, counts[present]
        else:
            present, pair_counts = np.unique(cls * m + codes, return_counts=True)
            pair_cls = present // m
        distinct = np.bincount(pair_cls, minlength=n_classes)
        p = pair_counts / sizes[pair_cls]
        entropy = -np.bincount(pair_cls, weights=p * np.log(p), minlength=n_classes)
        l_value, entropy_l = int(distinct.min()), float(np.exp(entropy.min()))
    if want_t:
        t = float(emd_per_class(cls, codes, m, ordered=sens_col.dtype.is_numeric()).max())
    return l_value, entropy_l, t


def _only_needed(table: Any, quasi_identifiers: Sequence[str], sensitive: str | None) -> Any:
    """For pandas/pyarrow input, convert only the columns a measure reads (conversion is the costly part)."""
    if isinstance(table, pl.DataFrame | pl.LazyFrame) or isinstance(quasi_identifiers, str):
        return table
    names = [*quasi_identifiers, *([sensitive] if sensitive else [])]
    module = type(table).__module__.split(".", 1)[0]
    try:
        if module == "pandas" and all(n in table.columns for n in names) and table.columns.is_unique:
            return table[names]
        if module == "pyarrow" and all(n in table.column_names for n in names):
            return table.select(names)
    except (AttributeError, TypeError):
        pass
    return table


def _prepare(
    table: Any, quasi_identifiers: Sequence[str], sensitive: str | None
) -> tuple[pl.DataFrame, list[str], np.ndarray | None]:
    frame, _ = to_polars(_only_needed(table, quasi_identifiers, sensitive))
    qis = _check_names(frame, quasi_identifiers, sensitive)
    suppressed = _suppressed(frame, qis)
    if suppressed is not None:
        frame = frame.filter(pl.Series(~suppressed))
    if frame.height == 0:
        raise DataError("risk: the table has no rows with quasi-identifier values.")
    return frame, qis, suppressed


def k_anonymity(table: Any, *, quasi_identifiers: Sequence[str]) -> int:
    """The size of the smallest equivalence class (rows with all quasi-identifiers null are left out)."""
    frame, qis, _ = _prepare(table, quasi_identifiers, None)
    return int(_classes(frame, qis, inverse=False)[1].min())


def l_diversity(table: Any, *, quasi_identifiers: Sequence[str], sensitive: str) -> int:
    """Distinct l-diversity: the fewest distinct values of ``sensitive`` in an equivalence class."""
    frame, qis, _ = _prepare(table, quasi_identifiers, sensitive)
    cls, sizes = _classes(frame, qis)
    return int(_sensitive_stats(cls, sizes, frame.get_column(sensitive), want_t=False)[0])  # type: ignore[arg-type]


def t_closeness(table: Any, *, quasi_identifiers: Sequence[str], sensitive: str) -> float:
    """t-closeness: the largest EMD between a class's distribution of ``sensitive`` and the table's."""
    frame, qis, _ = _prepare(table, quasi_identifiers, sensitive)
    cls, sizes = _classes(frame, qis)
    return float(_sensitive_stats(cls, sizes, frame.get_column(sensitive), want_l=False)[2])  # type: ignore[arg-type]


def risk(
    table: Any,
    *,
    quasi_identifiers: Sequence[str],
    sensitive: str | None = None,
    original: Any = None,
    population: Any = None,
    with_t: bool = True,
) -> RiskReport:
    """Re-identification risk of ``table`` over ``quasi_identifiers`` (and ``sensitive`` for l and t).

    With ``original`` (the same rows before anonymization, in the same order) the report includes utility
    loss. With ``population`` (a table the attacker may link to, holding the same quasi-identifiers) it
    includes journalist risk. ``with_t=False`` skips t-closeness (the costliest measure).
    """
    full, _ = to_polars(_only_needed(table, quasi_identifiers, sensitive))
    rows = full.height
    frame, qis, suppressed_mask = _prepare(full, quasi_identifiers, sensitive)
    kept = np.ones(rows, dtype=bool) if suppressed_mask is None else ~suppressed_mask
    n = frame.height
    cls, sizes = _classes(frame, qis)
    n_classes = len(sizes)
    per_row = sizes[cls]
    histogram = np.unique(sizes, return_counts=True)
    l_value = entropy_l = t_value = None
    if sensitive is not None:
        l_value, entropy_l, t_value = _sensitive_stats(cls, sizes, frame.get_column(sensitive), want_t=with_t)
    journalist = None
    if population is not None:
        pop, _ = to_polars(population, name="population")
        require_columns(pop, qis, where="risk(population=...)")
        pop_sizes = pop.group_by(qis).len("pop_n")
        joined = frame.select(qis).unique().join(pop_sizes, on=qis, how="left", nulls_equal=True)
        smallest = joined.get_column("pop_n").fill_null(0).min()
        journalist = 1.0 if not smallest else 1.0 / float(smallest)  # type: ignore[arg-type]
    utility = None
    if original is not None:
        orig, _ = to_polars(original, name="original")
        require_columns(orig, qis, where="risk(original=...)")
        if orig.height != rows:
            raise DataError(
                f"risk(original=...): the original has {orig.height} rows and the table {rows}; utility needs the "
                "same rows in the same order (keep suppressed rows with null quasi-identifiers)."
            )
        utility = utility_loss(orig, full, qis, kept=kept, k=int(sizes.min()))
    return RiskReport(
        rows=rows,
        quasi_identifiers=qis,
        sensitive=sensitive,
        classes=n_classes,
        k=int(sizes.min()),
        l=l_value,
        entropy_l=entropy_l,
        t=t_value,
        uniques=int((sizes == 1).sum()),
        unique_ratio=float((sizes == 1).sum() / n),
        share_in_classes_below={b: float((per_row < b).sum() / n) for b in (2, 5, 10)},
        prosecutor_risk_max=float(1.0 / sizes.min()),
        prosecutor_risk_mean=float(n_classes / n),
        marketer_risk=float(n_classes / n),
        journalist_risk_max=journalist,
        class_sizes={int(s): int(c) for s, c in zip(*histogram, strict=True)},
        suppressed_rows=rows - n,
        utility=utility,
    )


def utility_loss(
    original: pl.DataFrame, anonymized: pl.DataFrame, qis: Sequence[str], *, kept: np.ndarray, k: int
) -> UtilityReport:
    """NCP/GCP, discernibility and average class size; rows of both frames aligned, ``kept`` = not suppressed.

    A generalized cell's NCP is the spread of the original values that share its generalized value:
    (max - min) / (column range) for numbers, (distinct - 1) / (column distinct - 1) for categories.
    """
    kept_s = pl.Series(kept)
    rows = original.height
    ncp: dict[str, float] = {}
    for q in qis:
        pair = pl.DataFrame({"o": original.get_column(q), "a": anonymized.get_column(q).cast(pl.String)}).filter(kept_s)
        o = pair.get_column("o")
        if o.dtype.is_numeric():
            full = original.get_column(q).cast(pl.Float64).drop_nulls().to_numpy()
            span = float(full.max() - full.min()) if len(full) else 0.0
            per = pair.group_by("a").agg(
                ((pl.col("o").max() - pl.col("o").min()).cast(pl.Float64)).alias("w"), pl.len()
            )
            loss = float((per["w"] * per["len"]).sum()) / span if span > 0 else 0.0
        else:
            domain = original.get_column(q).n_unique()
            per = pair.group_by("a").agg((pl.col("o").n_unique() - 1).alias("w"), pl.len())
            loss = float((per["w"].cast(pl.Float64) * per["len"]).sum()) / (domain - 1) if domain > 1 else 0.0
        suppressed = rows - pair.height
        ncp[q] = (loss + suppressed) / rows if rows else 0.0
    cls, _ = class_ids(anonymized.filter(kept_s), qis)
    sizes = np.bincount(np.unique(cls, return_inverse=True)[1])
    suppressed_rows = rows - int(kept.sum())
    classes = len(sizes)
    avg = float(sizes.sum() / classes) if classes else 0.0
    return UtilityReport(
        ncp=ncp,
        gcp=float(np.mean(list(ncp.values()))) if ncp else 0.0,
        discernibility=int((sizes.astype(np.int64) ** 2).sum() + suppressed_rows * rows),
        average_class_size=avg,
        normalized_average_class_size=avg / k if k else 0.0,
    )
