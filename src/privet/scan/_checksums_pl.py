"""Check-digit validators for Polish identifiers, and the value shapes the column classifier tests them on.

PESEL (national id: birth date with the century in the month, serial, weighted check digit), NIP (tax id,
mod 11), the identity card (dowód osobisty, three letters and six digits, first digit the check digit), the
passport (two letters and seven digits, same scheme), REGON (business register number, mod 11) and the
domestic bank account number NRB (26 digits, the IBAN without "PL", mod 97). Each function takes one string
(spaces and dashes allowed) and never raises.
"""

from __future__ import annotations

import datetime as dt
import re

from privet.scan._checksums import iban

__all__ = [
    "FORMAT_IDS",
    "PLATE",
    "STREET",
    "pl_id_card",
    "pl_nip",
    "pl_nrb",
    "pl_passport",
    "pl_pesel",
    "pl_regon",
]

_SEPARATORS = re.compile(r"[\s\-]")


def _compact(value: str) -> str:
    return _SEPARATORS.sub("", value).upper()


_PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
#: Month offset of each century in a PESEL: 1800s +80, 1900s +0, 2000s +20, 2100s +40, 2200s +60.
_PESEL_CENTURY = {0: 1900, 20: 2000, 40: 2100, 60: 2200, 80: 1800}


def pesel_birth_date(value: str) -> dt.date | None:
    """The birth date a PESEL encodes (YYMMDD, century in the month), or None when it is no date."""
    digits = _compact(value)
    if len(digits) != 11 or not digits.isdigit() or not digits.isascii():
        return None
    year, month, day = int(digits[:2]), int(digits[2:4]), int(digits[4:6])
    offset = (month - 1) // 20 * 20 if month else -1
    century = _PESEL_CENTURY.get(offset)
    if century is None:
        return None
    try:
        return dt.date(century + year, month - offset, day)
    except ValueError:
        return None


def pl_pesel(value: str) -> bool:
    """A PESEL: 11 digits, a valid birth date and the weighted check digit (weights 1-3-7-9)."""
    digits = _compact(value)
    if pesel_birth_date(digits) is None or len(set(digits)) < 3:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:10], _PESEL_WEIGHTS, strict=True))
    return (10 - total % 10) % 10 == int(digits[10])


_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


def pl_nip(value: str) -> bool:
    """A NIP (tax id): 10 digits, optionally after "PL", mod-11 check digit (weights 6-5-7-2-3-4-5-6-7)."""
    digits = _compact(value)
    if digits.startswith("PL"):
        digits = digits[2:]
    if len(digits) != 10 or not digits.isdigit() or not digits.isascii() or digits[:3] == "000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], _NIP_WEIGHTS, strict=True)) % 11
    return total != 10 and total == int(digits[9])


def _letters_digits_check(text: str, letters: int, weights: tuple[int, ...]) -> bool:
    """The document-number scheme of ID cards and passports: letters count A=10..Z=35, the first digit is
    the check digit and the weighted sum (the check digit weighted 9) is a multiple of 10."""
    if not text.isascii() or not text[:letters].isalpha() or not text[letters:].isdigit():
        return False
    values = [ord(ch) - 55 for ch in text[:letters]] + [int(d) for d in text[letters:]]
    return sum(v * w for v, w in zip(values, weights, strict=True)) % 10 == 0


def pl_id_card(value: str) -> bool:
    """A Polish identity card (dowód osobisty) number: three letters, six digits, check digit fourth."""
    text = _compact(value)
    return len(text) == 9 and _letters_digits_check(text, 3, (7, 3, 1, 9, 7, 3, 1, 7, 3))


def pl_passport(value: str) -> bool:
    """A Polish passport number: two letters, seven digits, check digit third."""
    text = _compact(value)
    return len(text) == 9 and _letters_digits_check(text, 2, (7, 3, 9, 1, 7, 3, 1, 7, 3))


def pl_regon(value: str) -> bool:
    """A REGON (business register number): 9 or 14 digits, mod-11 check digit (10 counts as 0)."""
    digits = _compact(value)
    weights = {9: (8, 9, 2, 3, 4, 5, 6, 7), 14: (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)}.get(len(digits))
    if weights is None or not digits.isdigit() or not digits.isascii():
        return False
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10
    return total == int(digits[-1])


def pl_nrb(value: str) -> bool:
    """A Polish bank account number (NRB): 26 digits, the IBAN without its "PL" prefix."""
    digits = _compact(value)
    if digits.startswith("PL"):
        digits = digits[2:]
    return len(digits) == 26 and digits.isdigit() and len(set(digits)) > 2 and iban("PL" + digits)


#: (subtype, shape, validator, specificity of the shape alone): the NATIONAL_ID rows of the classifier.
FORMAT_IDS = [
    ("PL_PESEL", r"^\d{11}$", pl_pesel, 0.1),
    ("PL_NIP", r"^(?:PL)?\d{10}$|^\d{3}-\d{3}-\d{2}-\d{2}$|^\d{3}-\d{2}-\d{2}-\d{3}$", pl_nip, 0.3),
    ("PL_ID_CARD", r"^[A-Za-z]{3} ?\d{6}$", pl_id_card, 0.6),
]

#: Polish plates: a two- or three-letter district code, a space, then four or five letters and digits
#: (at least one digit, no letter before a digit in the first two places beyond one): "WA 12345", "KR 1234A",
#: "WPI 1234A", "DW 6PF13", "GD 12AB".
PLATE = r"^[A-Z]{2,3} \d[0-9A-Z]{3,4}$|^[A-Z]{2,3} [A-Z]\d[0-9A-Z]{2,3}$|^[A-Z]{2,3} [A-Z]{2}\d[0-9A-Z]{1,2}$"

#: Polish street addresses: a street type (ulica, aleja, osiedle, plac, ...; usually shortened with a dot) before
#: the street name and a house number ("ul. Długa 5/7", "al. Jana Pawła II 12, 00-950 Warszawa", "os. Tysiąclecia 3").
STREET = (
    r"(?i)^(?:ul\.|ulica|al\.|aleja|aleje|os\.|osiedle|pl\.|plac|rondo|skwer|bulwar|wybrzeże|wyb\.)"
    r"\s*[^\W\d_][^\n]*?\s\d{1,4}[a-z]?(?:\s?/\s?\d{1,4}[a-z]?)?(?:\s?m\.?\s?\d{1,4})?(?:[,\s]|$)"
)
