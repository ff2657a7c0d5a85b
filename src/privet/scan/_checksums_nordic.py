"""Check digits and dates of Swedish and Danish personal identity numbers, and their shapes for the classifier.

A Swedish personnummer is YYMMDD (or YYYYMMDD), a separator ("-", "+" from age 100), three serial digits and a
Luhn check digit over the ten-digit form; a samordningsnummer adds 60 to the day. A Danish CPR number is
DDMMYY-SSSS; since 2007 its last digit is no longer a mod-11 check, so only the date is tested, and the
seventh digit gives the century. Both functions take one string and never raise.
"""

from __future__ import annotations

import datetime as dt
import re

from privet.scan._checksums import luhn

__all__ = ["FORMAT_IDS", "dk_cpr", "se_personnummer"]

_SE = re.compile(r"(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{3})(\d)", re.ASCII)
_DK = re.compile(r"(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})", re.ASCII)


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def se_personnummer(value: str) -> bool:
    """A Swedish personnummer or samordningsnummer: a valid date and a Luhn check digit."""
    m = _SE.fullmatch(value.strip())
    if m is None:
        return False
    century, yy, mm, dd, serial, check = m.groups()
    day = int(dd) - 60 if int(dd) > 60 else int(dd)
    if century and century not in ("18", "19", "20"):
        return False
    years = [int(century + yy)] if century else [2000 + int(yy), 1900 + int(yy)]  # 29 February needs a leap year
    if not any(_is_date(year, int(mm), day) for year in years):
        return False
    digits = yy + mm + dd + serial + check
    return len(set(digits)) > 2 and luhn(digits)


def _cpr_century(yy: int, seventh: int) -> int:
    if seventh <= 3:
        return 1900
    if seventh in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800  # 5-8


def dk_cpr(value: str) -> bool:
    """A Danish CPR number: DDMMYY, then four digits whose first gives the century; the date must exist and
    not lie in the future."""
    m = _DK.fullmatch(value.strip())
    if m is None:
        return False
    dd, mm, yy, seventh, _ = m.groups()
    year = _cpr_century(int(yy), int(seventh)) + int(yy)
    if not _is_date(year, int(mm), int(dd)) or dt.date(year, int(mm), int(dd)) > dt.date.today():
        return False  # no date, or a person not born yet
    return len(set(value.replace("-", ""))) > 2


#: (subtype, shape, validator, specificity of the shape alone): NATIONAL_ID rows of the classifier.
FORMAT_IDS = [
    ("SE_PERSONNUMMER", r"^(?:19|20)?\d{6}[-+]\d{4}$|^(?:19|20)\d{10}$", se_personnummer, 0.6),
    ("DK_CPR", r"^\d{6}-\d{4}$", dk_cpr, 0.5),
]
