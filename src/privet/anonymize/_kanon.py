"""k-anonymity by Mondrian multidimensional partitioning (LeFevre, DeWitt, Ramakrishnan, ICDE 2006).

The rows are split recursively: each partition is cut at the median of the quasi-identifier with the
widest normalized range, as long as both halves keep at least ``k`` rows (and, when asked, ``l`` distinct
sensitive values and a sensitive distribution within EMD ``t`` of the whole table's). Numbers become closed
ranges (``[30, 39]``); categories become the lowest common ancestor in a hierarchy when one is given,
otherwise the set of values in the class (``{Divorced, Separated}``). With ``max_suppression`` > 0, a cut
whose smaller side is too small to form a class (a tail of outliers or a heavy tie at the median of a
partition of at least 2k rows) may remove that side while the budget lasts.

The output is checked by recomputing k, l and t from the released values before it is returned.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from privet._frame import require_columns, to_polars
from privet.anonymize._hierarchy import Hierarchy, parse_hierarchy
from privet.errors import BackendError, DataError, InvalidParameterError

__all__ = ["KAnonymityResult", "k_anonymize", "k_anonymize_with_summary"]


@dataclass(frozen=True)
class KAnonymityResult:
    """The anonymized table and what it cost."""

    table: Any
    k: int  # achieved (recomputed)
    l: int | None  # noqa: E741
    t: float | None
    classes: int
    suppressed_rows: int
    seconds: float
    kept: np.ndarray  # boolean mask over the input rows


@dataclass
class _Dim:
    name: str
    codes: np.ndarray  # int64 per row
    values: np.ndarray | None  # numeric value per code (sorted) or None for categorical
    labels: list[str] | None  # category per code
    hierarchy: Hierarchy | None
    span: float  # normalizer of a range width

    def width(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        if self.values is not None:
            return (self.values[hi] - self.values[lo]) / self.span
        return (hi - lo) / self.span


def _encode_dim(name: str, series: pl.Series, hierarchy: Hierarchy | None) -> _Dim:
    if series.null_count():
        raise DataError(
            f"k_anonymize: quasi-identifier {name!r} has {series.null_count()} null value(s); fill or drop them first."
        )
    if series.dtype.is_numeric() and hierarchy is None:
        values, codes = np.unique(series.cast(pl.Float64).to_numpy(), return_inverse=True)
        if np.isnan(values).any():
            raise DataError(f"k_anonymize: quasi-identifier {name!r} has NaN values; fill or drop them first.")
        span = float(values[-1] - values[0]) or 1.0
        return _Dim(name, codes.astype(np.int64), values, None, None, span)
    text = series.cast(pl.String)
    uniques = text.unique().to_list()
    if hierarchy is not None:
        order = {leaf: i for i, leaf in enumerate(hierarchy.leaves)}
        missing = [u for u in uniques if u not in order]
        if missing:
            raise DataError(
                f"k_anonymize: {len(missing)} value(s) of {name!r} are not leaves of its hierarchy; add them to it."
            )
        leaves = sorted(uniques, key=order.__getitem__)
    else:
        leaves = sorted(uniques)
    codes = text.cast(pl.Enum(leaves)).to_physical().to_numpy()
    return _Dim(name, codes.astype(np.int64), None, leaves, hierarchy, float(max(len(leaves) - 1, 1)))


class _Constraint:
    """k, distinct l and t (EMD) of a candidate class."""

    def __init__(self, k: int, l: int | None, t: float | None, sens: np.ndarray | None, m: int, ordered: bool) -> None:  # noqa: E741
        self.k, self.l, self.t, self.sens, self.m, self.ordered = k, l, t, sens, m, ordered
        if sens is not None and m:
            self.overall = np.bincount(sens, minlength=m) / len(sens)

    def ok(self, idx: np.ndarray) -> bool:
        if len(idx) < self.k:
            return False
        if self.sens is None:
            return True
        counts = np.bincount(self.sens[idx], minlength=self.m)
        if self.l is not None and int((counts > 0).sum()) < self.l:
            return False
        if self.t is not None:
            diff = counts / len(idx) - self.overall
            emd = (
                np.abs(np.cumsum(diff)[:-1]).sum() / (self.m - 1)
                if self.ordered and self.m > 1
                else 0.5 * np.abs(diff).sum()
            )
            if emd > self.t + 1e-12:
                return False
        return True


def _outliers(kept_codes: np.ndarray, positions: np.ndarray, width: float) -> bool:
    """Suppress a tail only when it is an outlier: without it the range shrinks to at most half."""
    return bool(positions[kept_codes.max()] - positions[kept_codes.min()] <= 0.5 * width)


def _partition(dims: list[_Dim], constraint: _Constraint, budget: int) -> tuple[list[np.ndarray], np.ndarray]:
    n = len(dims[0].codes)
    k = constraint.k
    plain = constraint.sens is None  # only sizes matter: decide from counts before building any mask
    codes = np.stack([d.codes for d in dims], axis=1).astype(np.int32)
    n_dims = len(dims)
    pos = [d.values if d.values is not None else np.arange(len(d.labels or []), dtype=np.float64) for d in dims]
    spans = [d.span for d in dims]
    queue: deque[tuple[np.ndarray, np.ndarray]] = deque([(np.arange(n, dtype=np.int64), codes)])
    done: list[np.ndarray] = []
    removed: list[np.ndarray] = []
    while queue:
        idx, sub = queue.popleft()
        size = len(idx)
        if size < 2 * k:  # cannot split; suppression is kept for blocked cuts of larger partitions (outliers)
            done.append(idx)
            continue
        lo, hi = sub.min(axis=0), sub.max(axis=0)
        widths = [(pos[j][hi[j]] - pos[j][lo[j]]) / spans[j] for j in range(n_dims)]
        split = False
        for j in sorted(range(n_dims), key=lambda i: -widths[i]):
            if widths[j] <= 0:
                break
            col = sub[:, j] - lo[j]
            cum = np.cumsum(np.bincount(col))
            median = int(np.searchsorted(cum, size / 2))  # cut at c: left = col <= c
            for cut in (median, median - 1) if median > 0 else (median,):
                left_n = int(cum[cut])
                right_n = size - left_n
                if left_n == 0 or right_n == 0:
                    continue
                if plain and min(left_n, right_n) < k and (min(left_n, right_n) > budget or max(left_n, right_n) < k):
                    continue
                mask = col <= cut
                left, right = idx[mask], idx[~mask]
                if (plain and left_n >= k and right_n >= k) or (
                    not plain and constraint.ok(left) and constraint.ok(right)
                ):
                    queue.append((left, sub[mask]))
                    queue.append((right, sub[~mask]))
                    split = True
                    break
                small, big, big_mask = (left, right, ~mask) if left_n < right_n else (right, left, mask)
                if (
                    len(small) < k
                    and len(small) <= budget
                    and _outliers(sub[big_mask, j], pos[j], widths[j] * spans[j])
                    and constraint.ok(big)
                ):
                    budget -= len(small)
                    removed.append(small)
                    queue.append((big, sub[big_mask]))
                    split = True
                    break
            if split:
                break
        if not split:
            done.append(idx)
    kept = np.ones(n, dtype=bool)
    for r in removed:
        kept[r] = False
    return done, kept


def _num(x: float, integer: bool) -> str:
    return str(int(x)) if integer else f"{x:g}"


def _labels(dims: list[_Dim], parts: list[np.ndarray], n: int) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The released value of every quasi-identifier for every row, and the partition id of every row."""
    sizes = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
    order = np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    pid = np.empty(n, dtype=np.int64)
    pid[order] = np.repeat(np.arange(len(parts)), sizes)
    covered = np.zeros(n, dtype=bool)
    covered[order] = True
    out: dict[str, np.ndarray] = {}
    for d in dims:
        sorted_codes = d.codes[order]
        lo = np.minimum.reduceat(sorted_codes, starts)
        hi = np.maximum.reduceat(sorted_codes, starts)
        card = int(d.codes.max()) + 1
        per_part = np.empty(len(parts), dtype=object)
        if d.values is not None:
            integer = bool(np.all(d.values == np.round(d.values)))
            pairs, inverse = np.unique(lo * card + hi, return_inverse=True)
            texts = []
            for pair in pairs.tolist():
                a, b = d.values[pair // card], d.values[pair % card]
                texts.append(_num(a, integer) if a == b else f"[{_num(a, integer)}, {_num(b, integer)}]")
            per_part[:] = np.asarray(texts, dtype=object)[inverse.reshape(-1)]
        else:
            labels = d.labels or []
            single = lo == hi
            per_part[single] = np.asarray(labels, dtype=object)[lo[single]]
            if not single.all():
                mixed = np.flatnonzero(~single)
                rows = np.isin(pid, mixed) & covered
                pair = np.unique(pid[rows] * card + d.codes[rows])
                pair_pid, pair_code = pair // card, pair % card
                bounds = np.flatnonzero(np.diff(pair_pid)) + 1
                for group in np.split(np.arange(len(pair)), bounds):
                    names = [labels[c] for c in pair_code[group].tolist()]
                    if d.hierarchy is not None:
                        text = d.hierarchy.lowest_common_ancestor(names)
                    elif len(names) == len(labels):
                        text = "*"
                    else:
                        text = "{" + ", ".join(names) + "}"
                    per_part[pair_pid[group[0]]] = text
        column = np.empty(n, dtype=object)
        column[covered] = per_part[pid[covered]]
        out[d.name] = column
    return out, pid


def k_anonymize_with_summary(
    table: Any,
    *,
    quasi_identifiers: Sequence[str],
    k: int,
    l: int | None = None,  # noqa: E741
    t: float | None = None,
    sensitive: str | None = None,
    max_suppression: float = 0.0,
    hierarchies: Mapping[str, Any] | None = None,
    keep_suppressed: bool = False,
) -> KAnonymityResult:
    """:func:`k_anonymize` with the achieved k, l, t, classes, suppressed rows and time."""
    start = time.perf_counter()
    frame, back = to_polars(table)
    if isinstance(k, bool) or not isinstance(k, int) or k < 2:
        raise InvalidParameterError(f"The 'k' parameter of k_anonymize must be an integer >= 2. Got {k!r}.")
    if l is not None and (isinstance(l, bool) or not isinstance(l, int) or l < 2):
        raise InvalidParameterError(f"The 'l' parameter of k_anonymize must be an integer >= 2. Got {l!r}.")
    if t is not None and not 0 < t <= 1:
        raise InvalidParameterError(f"The 't' parameter of k_anonymize must be in (0, 1]. Got {t!r}.")
    if not 0 <= max_suppression < 1:
        raise InvalidParameterError(
            f"The 'max_suppression' parameter of k_anonymize must be in [0, 1). Got {max_suppression!r}."
        )
    if (l is not None or t is not None) and sensitive is None:
        raise InvalidParameterError("k_anonymize: 'l' and 't' need the 'sensitive' column.")
    if isinstance(quasi_identifiers, str) or not quasi_identifiers:
        raise InvalidParameterError("The 'quasi_identifiers' parameter of k_anonymize must be a non-empty list.")
    qis = list(quasi_identifiers)
    require_columns(frame, [*qis, *([sensitive] if sensitive else [])], where="k_anonymize")
    if sensitive in qis:
        raise InvalidParameterError("k_anonymize: the sensitive column cannot also be a quasi-identifier.")
    trees = {name: parse_hierarchy(tree, where=f"hierarchies.{name}") for name, tree in (hierarchies or {}).items()}
    n = frame.height
    if n < k:
        raise DataError(f"k_anonymize: the table has {n} rows, fewer than k = {k}.")
    dims = [_encode_dim(q, frame.get_column(q), trees.get(q)) for q in qis]
    sens_codes, m, ordered = None, 0, False
    if sensitive is not None:
        s = frame.get_column(sensitive)
        if s.null_count():
            s = s.cast(pl.String).fill_null("<null>")
        ordered = s.dtype.is_numeric()
        sens_codes = s.rank("dense").cast(pl.Int64).to_numpy() - 1
        m = int(sens_codes.max()) + 1
    constraint = _Constraint(k, l, t, sens_codes, m, ordered)
    if not constraint.ok(np.arange(n)):
        raise DataError(
            f"k_anonymize: even the whole table does not satisfy the constraints (l = {l}, t = {t}) on {sensitive!r}."
        )
    parts, kept = _partition(dims, constraint, budget=int(np.floor(max_suppression * n)))
    labels, _ = _labels(dims, parts, n)
    out = frame.with_columns([pl.Series(name, values, dtype=pl.String) for name, values in labels.items()])
    if keep_suppressed:
        out = out.with_columns([pl.when(pl.Series(kept)).then(pl.col(q)).otherwise(None).alias(q) for q in qis])
    else:
        out = out.filter(pl.Series(kept))
    report = _verify(out, qis, sensitive, k=k, l=l, t=t)
    return KAnonymityResult(
        table=back(out),
        k=report.k,
        l=report.l,
        t=report.t,
        classes=report.classes,
        suppressed_rows=int((~kept).sum()),
        seconds=time.perf_counter() - start,
        kept=kept,
    )


def _verify(out: pl.DataFrame, qis: list[str], sensitive: str | None, *, k: int, l: int | None, t: float | None) -> Any:  # noqa: E741
    from privet.risk import risk

    report = risk(out, quasi_identifiers=qis, sensitive=sensitive, with_t=t is not None)
    if report.k < k or (l is not None and (report.l or 0) < l) or (t is not None and (report.t or 0) > t + 1e-9):
        raise BackendError(
            f"k_anonymize: internal check failed (k = {report.k}, l = {report.l}, t = {report.t}); please report it."
        )
    return report


def k_anonymize(
    table: Any,
    *,
    quasi_identifiers: Sequence[str],
    k: int,
    l: int | None = None,  # noqa: E741
    t: float | None = None,
    sensitive: str | None = None,
    max_suppression: float = 0.0,
    hierarchies: Mapping[str, Any] | None = None,
    keep_suppressed: bool = False,
) -> Any:
    """Make ``table`` k-anonymous over ``quasi_identifiers`` with Mondrian; optional l-diversity/t-closeness.

    Quasi-identifier columns become text (ranges, category sets or hierarchy nodes); other columns are
    unchanged. Up to ``max_suppression`` of the rows may be removed (or, with ``keep_suppressed``, kept
    with null quasi-identifiers). ``hierarchies`` maps a categorical column to a YAML-style tree.
    """
    return k_anonymize_with_summary(
        table,
        quasi_identifiers=quasi_identifiers,
        k=k,
        l=l,
        t=t,
        sensitive=sensitive,
        max_suppression=max_suppression,
        hierarchies=hierarchies,
        keep_suppressed=keep_suppressed,
    ).table
