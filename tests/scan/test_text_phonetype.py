"""privet.scan._text_phonetype.number_type must agree with phonenumbers.number_type on every region.

It re-implements phonenumbers' classification on pre-compiled patterns for speed; a new phonenumbers release
that changes the classification steps fails this test instead of silently changing the span finder.
"""

from __future__ import annotations

import contextlib
import random

import phonenumbers
from phonenumbers import PhoneNumberType

from privet.scan._text_phonetype import number_type

_TYPES = (
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.MOBILE,
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.VOIP,
    PhoneNumberType.PERSONAL_NUMBER,
    PhoneNumberType.PAGER,
    PhoneNumberType.UAN,
    PhoneNumberType.VOICEMAIL,
)


def _numbers() -> list[phonenumbers.PhoneNumber]:
    """Example numbers of every region and type, variants with changed, missing or extra digits, numbers in
    national format (Italian leading zeros included), and numbers of non-geographic calling codes."""
    rng = random.Random(20261202)  # the test data only; nothing random in the code under test
    numbers = []

    def parse(value: str, region: str | None) -> None:
        with contextlib.suppress(phonenumbers.NumberParseException):
            numbers.append(phonenumbers.parse(value, region))

    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in _TYPES:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            numbers.append(example)
            digits = str(example.national_number)
            for _ in range(4):
                changed = list(digits)
                for _ in range(rng.randint(1, 3)):
                    changed[rng.randrange(len(changed))] = str(rng.randrange(10))
                if rng.random() < 0.3:
                    changed.pop()
                if rng.random() < 0.3:
                    changed.append(str(rng.randrange(10)))
                parse(f"+{example.country_code}{''.join(changed)}", None)
        for _ in range(8):
            parse("0" + "".join(str(rng.randrange(10)) for _ in range(rng.randint(6, 11))), region)
    for code in (800, 808, 870, 878, 881, 882, 883, 888, 979):
        for _ in range(5):
            parse(f"+{code}" + "".join(str(rng.randrange(10)) for _ in range(rng.randint(6, 11))), None)
    return numbers


def test_same_type_as_phonenumbers_for_every_region() -> None:
    numbers = _numbers()
    assert len(numbers) > 5000
    kinds = set()
    for number in numbers:
        expected = phonenumbers.number_type(number)
        kinds.add(expected)
        assert number_type(number) == expected, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # the sample reaches valid, invalid and the company-only types the span finder tells apart
    assert {PhoneNumberType.UNKNOWN, PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE} <= kinds
