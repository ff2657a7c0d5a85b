"""Phone numbers through ``phonenumbers``: a loose shape filter, then parsing with a guessed region."""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers
import polars as pl

from privet.scan._profile import ColumnProfile, mean_true

__all__ = ["DEFAULT_REGIONS", "phone_shape_expr", "phone_share"]

#: Regions tried for numbers without a country code, most likely first.
DEFAULT_REGIONS: tuple[str, ...] = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "BR", "BE", "AT", "CH", "IE", "MX",
                                     "AR", "CO", "AU", "IN")  # fmt: skip
_SHAPE = r"^(\+|00|\()?[\d\s().\-/]{6,22}(\s*(x|ext\.?|#)\s*\d{1,6})?$"
_MAX_PARSE = 40
#: Postal codes, dates and dotted numbers that the loose shape would let through.
_NOT_PHONE = (
    r"^\d{4,5}-\d{3,4}$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$"
    r"|^\d{4}-\d{2}-\d{2}[ T]?"
)


#: Digits, one separator, then one or two digits: a code with a suffix ("08017-04", "123456/7"); phone numbers
#: written in two groups end with a long one ("030 1234567", "06-12345678").
_SUFFIXED_CODE = re.compile(r"\d+[ ./-]\d{1,2}")


def _possible(value: str, regions: Sequence[str]) -> bool:
    if _SUFFIXED_CODE.fullmatch(value):
        return False
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(number) and (
            phonenumbers.is_valid_number(number) or number.extension or region == regions[0]
        ):
            return True
        if value.startswith("+"):
            return False
    return False


def phone_shape_expr(column: pl.Expr) -> pl.Expr:
    """Whether each value of ``column`` has the loose shape of a phone number (7-15 digits, phone punctuation)."""
    digits = column.str.count_matches(r"\d")
    return column.str.contains(_SHAPE) & (digits >= 7) & (digits <= 15) & ~column.str.contains(_NOT_PHONE)


def phone_share(
    profile: ColumnProfile, *, regions: Sequence[str] = DEFAULT_REGIONS, shape_share: float | None = None
) -> tuple[float, float, float]:
    """(shape share, parsed share, share written with separators or a + prefix) of the column's values.

    Plain digit runs without separators, ``+`` or a leading 0 look like ids and do not count as formatted.
    ``shape_share``, when already measured (``table_pattern_shares``), spares the work for most columns.
    """
    text = profile.text
    if not len(text):
        return 0.0, 0.0, 0.0
    if shape_share is not None and shape_share < 0.3:
        return shape_share, 0.0, 0.0
    shaped = text.filter(pl.DataFrame({"t": text}).select(phone_shape_expr(pl.col("t"))).to_series())
    shape_share = len(shaped) / len(text)
    if shape_share < 0.3:
        return shape_share, 0.0, 0.0
    formatted = shaped.str.contains(r"^(\+|00|0|\()|[\s().\-/]")
    counts = shaped.value_counts(sort=True, name="n").head(_MAX_PARSE)
    values, weights = counts[shaped.name].to_list(), counts["n"].to_list()
    ordered = list(dict.fromkeys([*regions]))
    ok = seen = 0
    for i, (value, weight) in enumerate(zip(values, weights, strict=True)):
        ok += weight if _possible(value, ordered) else 0
        seen += weight
        if i >= 9 and ok < 0.2 * seen:  # clearly not phone numbers (ids, amounts): stop parsing
            break
    parsed = ok / seen * shape_share
    return shape_share, parsed, mean_true(formatted) * shape_share


def regions_from_countries(values: pl.Series) -> list[str]:
    """ISO region codes named by a country column (codes or English names), most frequent first."""
    import pycountry

    found: list[str] = []
    for value in values.drop_nulls().cast(pl.String).value_counts(sort=True, name="n").head(10)[values.name]:
        try:
            country = pycountry.countries.lookup(str(value).strip())
        except LookupError:
            continue
        if country.alpha_2 not in found:
            found.append(country.alpha_2)
    return found
