"""Column profile: the sample of one column as strings, numbers or dates, with its statistics."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import polars as pl

__all__ = ["ColumnProfile", "mean_true", "profile_column"]

MAX_DISTINCT = 5_000  # distinct values kept for look-ups and validators
COUNT_ROWS = 50_000
#: Cell values that exports write for "no value" (compared lower-cased); they count as nulls, not as values.
NULL_TOKENS = ("n/a", "#n/a", "n.a.", "na", "-", "--", "?", "null", "(null)", "nil", "nan", "missing", "<na>")


def mean_true(mask: pl.Series) -> float:
    """Mean of a boolean series as a float (0.0 when empty)."""
    value = mask.mean()
    return float(value) if isinstance(value, int | float) else 0.0


@dataclass
class ColumnProfile:
    """One column's sample: non-null values as stripped strings (``text``), and typed views when they exist."""

    name: str
    dtype: str
    rows: int
    null_ratio: float
    distinct_ratio: float
    text: pl.Series  # non-null, non-empty, stripped strings of the sample
    counts: dict[str, int]  # up to MAX_DISTINCT most frequent distinct values -> count
    numbers: np.ndarray | None = None  # float view when the column is numeric
    integral: bool = False
    temporal: pl.Series | None = None  # Date/Datetime view when the column is temporal
    mean_length: float = 0.0
    mean_words: float = 0.0
    length_range: tuple[int, int] = (0, 0)
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.text)


def _numbers_behind_null_tokens(text: pl.Series) -> tuple[np.ndarray | None, bool]:
    """A numeric column that was read as text only because of "N/A"-like cells: its numbers (else None)."""
    if not len(text) or not text.str.contains(r"^-?(?:[1-9]\d*|0)(?:\.\d+)?$").all():
        return None, False
    values = text.cast(pl.Float64).to_numpy()
    return values, bool(np.all(np.mod(values, 1) == 0))


# Decimal fractions written as text: "51.777685", "19,8" (decimal comma), "24.636,64" / "24,636.64" (grouped).
# Only numbers with a fractional part: digit strings stay text (ids, phones and postcodes keep their zeros).
_DOT_DECIMAL = r"^-?(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*|0)\.\d+$"
_COMMA_DECIMAL = r"^-?(?:[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*|0),\d+$"
_THREE_DECIMALS = r",\d{3}$"


def _decimal_numbers(text: pl.Series) -> np.ndarray | None:
    """The numbers of a text column whose every value is a decimal fraction, in either notation, else None.

    With a decimal comma, a column whose every value ends in ",ddd" stays text ("1,250" may be a thousand)."""
    if not len(text):
        return None
    if text.str.contains(_DOT_DECIMAL).all():
        return text.str.replace_all(",", "", literal=True).cast(pl.Float64).to_numpy()
    if text.str.contains(_COMMA_DECIMAL).all() and not text.str.contains(_THREE_DECIMALS).all():
        plain = text.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True)
        return plain.cast(pl.Float64).to_numpy()
    return None


def profile_column(series: pl.Series) -> ColumnProfile:
    """Profile ``series`` (already sampled)."""
    rows = len(series)
    dtype = series.dtype
    numbers: np.ndarray | None = None
    integral = False
    temporal: pl.Series | None = None
    non_null = series.drop_nulls()
    if dtype.is_numeric() and dtype != pl.Boolean:
        as_float = non_null.cast(pl.Float64)
        as_float = as_float.filter(as_float.is_finite())
        numbers = as_float.to_numpy()
        integral = dtype.is_integer() or bool(len(numbers) and np.all(np.mod(numbers, 1) == 0))
    elif dtype in (pl.Date, pl.Datetime) or isinstance(dtype, pl.Datetime):
        temporal = non_null
    if dtype == pl.String:
        stripped = non_null.str.strip_chars()
        text = stripped
    elif isinstance(dtype, pl.List | pl.Struct | pl.Array | pl.Object) or dtype == pl.Binary:
        text = pl.Series(non_null.name, [], dtype=pl.String)
    else:
        text = non_null.cast(pl.String, strict=False).drop_nulls()
    text = text.filter(text.str.len_chars() > 0)
    if dtype == pl.String and len(text):
        short = text.str.len_chars() <= 9
        if short.any():
            marked = short & text.str.to_lowercase().is_in(list(NULL_TOKENS))
            if marked.any():
                text = text.filter(~marked)
                numbers, integral = _numbers_behind_null_tokens(text)
        if numbers is None and (non_null.str.len_chars() != stripped.str.len_chars()).any():
            numbers, integral = _numbers_behind_null_tokens(text)  # read as text only for blanks around numbers
        if numbers is None:
            numbers = _decimal_numbers(text)
            integral = numbers is not None and bool(np.all(np.mod(numbers, 1) == 0))
    empty_strings = len(non_null) - len(text) if dtype == pl.String else 0
    nulls = rows - len(non_null) + empty_strings
    # value counts feed look-ups (vocabularies, names, places) and examples; past COUNT_ROWS values an evenly
    # spaced subset gives the same shares at a fraction of the cost
    counted = text.gather_every(len(text) // COUNT_ROWS) if len(text) > 2 * COUNT_ROWS else text
    counts_frame = counted.value_counts(sort=True, name="count").head(MAX_DISTINCT)
    counts = dict(zip(counts_frame[text.name].to_list(), counts_frame["count"].to_list(), strict=True))
    stats = {"n_distinct": 0, "mean_length": 0.0, "mean_words": 0.0, "min_length": 0, "max_length": 0}
    if len(text):  # one query for the length profile
        t = pl.col("t")
        row = (
            pl.DataFrame({"t": text})
            .select(
                n_distinct=t.n_unique(),
                mean_length=t.str.len_chars().mean(),
                mean_words=t.str.count_matches(r"\S+").mean(),
                min_length=t.str.len_chars().min(),
                max_length=t.str.len_chars().max(),
            )
            .row(0, named=True)
        )
        stats.update({k: v for k, v in row.items() if v is not None})
    return ColumnProfile(
        name=series.name,
        dtype=str(dtype),
        rows=rows,
        null_ratio=nulls / rows if rows else 1.0,
        distinct_ratio=int(stats["n_distinct"]) / len(text) if len(text) else 0.0,
        text=text,
        counts=counts,
        numbers=numbers,
        integral=integral,
        temporal=temporal,
        mean_length=float(stats["mean_length"]),
        mean_words=float(stats["mean_words"]),
        length_range=(int(stats["min_length"]), int(stats["max_length"])),
    )
