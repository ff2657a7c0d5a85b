"""``phonenumbers.number_type`` with the region's number patterns compiled once, for the span finder.

``phonenumbers.number_type`` looks each pattern up in ``re``'s cache on every test and, for a calling code that
several regions share (+1, +44, +39, +61 ...), classifies the number once to find its region and again to
return the type. This module follows the same steps (region from the calling code, its leading digits or the
first region that accepts the number; then general pattern, premium rate, toll free, shared cost, VoIP,
personal, pager, UAN, voicemail, fixed line, mobile) on pre-compiled patterns, and reuses the type found while
choosing the region. Numbers of non-geographic calling codes go to phonenumbers itself.
tests/scan/test_text_phonetype.py checks it against ``phonenumbers.number_type`` on numbers of every region.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, REGION_CODE_FOR_NON_GEO_ENTITY, PhoneMetadata, PhoneNumberType

__all__ = ["number_type"]

_Desc = tuple[frozenset[int], "re.Pattern[str] | None"] | None

# The specific types, in the order phonenumbers tests them before fixed line and mobile.
_SPECIFIC = (
    ("premium_rate", PhoneNumberType.PREMIUM_RATE),
    ("toll_free", PhoneNumberType.TOLL_FREE),
    ("shared_cost", PhoneNumberType.SHARED_COST),
    ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER),
    ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN),
    ("voicemail", PhoneNumberType.VOICEMAIL),
)


def _desc(desc: object) -> _Desc:
    if desc is None:
        return None
    pattern = getattr(desc, "national_number_pattern", None)
    return frozenset(getattr(desc, "possible_length", None) or ()), (re.compile(pattern) if pattern else None)


@cache
def _compiled(region: str) -> tuple[_Desc, tuple[tuple[_Desc, int], ...], _Desc, _Desc, bool] | None:
    metadata = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None:
        return None
    return (
        _desc(metadata.general_desc),
        tuple((_desc(getattr(metadata, name)), kind) for name, kind in _SPECIFIC),
        _desc(metadata.fixed_line),
        _desc(metadata.mobile),
        bool(metadata.same_mobile_and_fixed_line_pattern),
    )


def _matches(number: str, desc: _Desc) -> bool:
    if desc is None:
        return False
    lengths, pattern = desc
    if lengths and len(number) not in lengths:
        return False
    return pattern is not None and pattern.fullmatch(number) is not None


def _type_in(number: str, region: str) -> int | None:
    """The type of a national significant number in ``region``; None when phonenumbers has no metadata for it."""
    compiled = _compiled(region)
    if compiled is None:
        return None
    general, specific, fixed, mobile, same = compiled
    if not _matches(number, general):
        return PhoneNumberType.UNKNOWN
    for desc, kind in specific:
        if _matches(number, desc):
            return kind
    if _matches(number, fixed):
        if same or _matches(number, mobile):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if not same and _matches(number, mobile):
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


@cache
def _leading_digits(region: str) -> re.Pattern[str] | None:
    metadata = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or metadata.leading_digits is None:
        return None
    return re.compile(metadata.leading_digits)


def number_type(number: phonenumbers.PhoneNumber) -> int:
    """The same value as ``phonenumbers.number_type(number)``."""
    code = number.country_code
    regions = COUNTRY_CODE_TO_REGION_CODE.get(code) if code is not None else None
    if regions is None:
        return PhoneNumberType.UNKNOWN
    if REGION_CODE_FOR_NON_GEO_ENTITY in regions:
        return phonenumbers.number_type(number)
    national = phonenumbers.national_significant_number(number)
    if len(regions) == 1:
        kind = _type_in(national, regions[0])
        return PhoneNumberType.UNKNOWN if kind is None else kind
    # A shared calling code: the region whose leading digits match, else the first region that accepts the number.
    for region in regions:
        region = region.upper()
        if PhoneMetadata.metadata_for_region(region, None) is None:
            continue
        leading = _leading_digits(region)
        if leading is not None:
            if leading.match(national):
                kind = _type_in(national, region)
                return PhoneNumberType.UNKNOWN if kind is None else kind
        else:
            kind = _type_in(national, region)
            if kind is not None and kind != PhoneNumberType.UNKNOWN:
                return kind
    return PhoneNumberType.UNKNOWN
