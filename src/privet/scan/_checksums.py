"""Check-digit validators for identifiers: cards, IBANs and national ids of twenty countries.

Each function takes one string (separators allowed where the format has them) and returns whether it is
a well-formed, check-digit-valid value. They never raise on odd input.
"""

from __future__ import annotations

import re

__all__ = [
    "IBAN_LENGTHS",
    "ar_cuit",
    "at_svnr",
    "au_tfn",
    "be_nn",
    "br_cpf",
    "ca_sin",
    "card_number",
    "ch_ahv",
    "de_steuer_id",
    "de_svnr",
    "es_dni",
    "es_nie",
    "fr_nir",
    "iban",
    "iban_checksum",
    "ie_pps",
    "imei",
    "in_aadhaar",
    "it_codice_fiscale",
    "luhn",
    "mx_curp",
    "nl_bsn",
    "pt_cc",
    "pt_nif",
    "uk_nhs",
    "uk_nino",
    "us_ssn",
]

_SEPARATORS = re.compile(r"[\s.\-/]")


def _compact(value: str) -> str:
    return _SEPARATORS.sub("", value).upper()


def luhn(value: str) -> bool:
    """Luhn (mod 10) check over the digits of ``value`` (card numbers, IMEI)."""
    digits = _compact(value)
    if not digits.isdigit() or not digits.isascii() or len(digits) < 2:
        return False
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = ord(char) - 48
        if position % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def card_number(value: str) -> bool:
    """A payment-card number: 13-19 digits, a known issuer prefix and a valid Luhn digit."""
    digits = _compact(value)
    if not (13 <= len(digits) <= 19) or not digits.isdigit() or len(set(digits)) < 3:
        return False
    if digits[0] not in "23456":
        return False
    return luhn(digits)


def imei(value: str) -> bool:
    """A 15-digit IMEI with a valid Luhn digit."""
    digits = _compact(value)
    return len(digits) == 15 and digits.isdigit() and len(set(digits)) > 2 and luhn(digits)


#: IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25,
    "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
    "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
    "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def iban(value: str) -> bool:
    """An IBAN: known country, that country's length, and ISO 7064 mod 97-10 remainder 1."""
    text = _compact(value)
    if len(text) < 15 or not text.isascii() or not text.isalnum():
        return False
    if IBAN_LENGTHS.get(text[:2]) != len(text):
        return False
    return _mod97(text)


def iban_checksum(value: str) -> bool:
    """IBAN-shaped (two letters, two check digits, 11-30 letters or digits) with a valid mod 97-10 checksum, for any
    country code and length: test generators and some exports write such numbers for countries outside the IBAN
    registry (a random string passes with probability 1/97)."""
    text = _compact(value)
    if not 15 <= len(text) <= 34 or not text.isascii() or not text.isalnum() or not text[:2].isalpha():
        return False
    return _mod97(text)


def _mod97(text: str) -> bool:
    if not text[2:4].isdigit():
        return False
    rearranged = text[4:] + text[:4]
    remainder = 0
    for char in rearranged:
        chunk = str(int(char, 36))
        for digit in chunk:
            remainder = (remainder * 10 + ord(digit) - 48) % 97
    return remainder == 1


def us_ssn(value: str) -> bool:
    """A US Social Security number: area not 000/666/9xx, group not 00, serial not 0000."""
    text = value.strip()
    if not re.fullmatch(r"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}|\d{9}", text, re.ASCII):
        return False
    digits = re.sub(r"\D", "", text)
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in ("078051120", "219099999", "123456789")


_NINO = re.compile(r"([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(\d{6})([A-D]?)", re.ASCII)
_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})


def uk_nino(value: str) -> bool:
    """A UK National Insurance number (two prefix letters with the HMRC exclusions, six digits, A-D)."""
    text = _compact(value)
    match = _NINO.fullmatch(text)
    return bool(match) and match.group(1) not in _NINO_BAD_PREFIXES  # type: ignore[union-attr]


def uk_nhs(value: str) -> bool:
    """An NHS number: ten digits, mod-11 check digit (weights 10..2; 10 is never issued)."""
    digits = _compact(value)
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _mod_11_10(digits: str) -> bool:
    product = 10
    for char in digits[:-1]:
        total = (int(char) + product) % 10 or 10
        product = (2 * total) % 11
    return (11 - product) % 10 == int(digits[-1])


def de_steuer_id(value: str) -> bool:
    """A German tax id (Steuer-IdNr): 11 digits, no leading 0, one repeated digit, ISO 7064 mod 11,10."""
    digits = _compact(value)
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    counts = [digits[:10].count(d) for d in set(digits[:10])]
    repeated = [c for c in counts if c > 1]
    if len(repeated) != 1 or repeated[0] not in (2, 3):
        return False
    return _mod_11_10(digits)


_SVNR = re.compile(r"(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)", re.ASCII)
_SVNR_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def de_svnr(value: str) -> bool:
    """A German pension insurance number (SV-/Rentenversicherungsnummer): area, birth date, letter, serial, check.

    The letter becomes its two-digit alphabet position; the twelve digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1,
    the products' digit sums are added and the check digit is that sum mod 10.
    """
    text = _compact(value)
    match = _SVNR.fullmatch(text)
    if not match:
        return False
    area, day, month, _year, letter, serial, check = match.groups()
    if area == "00" or not (1 <= int(day) <= 31 or 51 <= int(day) <= 81) or not 1 <= int(month) <= 12:
        return False
    digits = area + day + month + _year + f"{ord(letter) - 64:02d}" + serial
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, _SVNR_WEIGHTS, strict=True))
    return total % 10 == int(check)


def fr_nir(value: str) -> bool:
    """A French NIR (numéro de sécurité sociale): 15 characters, Corsica 2A/2B, key = 97 - n mod 97."""
    text = _compact(value)
    if len(text) != 15 or text[0] not in "12378":
        return False
    head, department, tail = text[:5], text[5:7], text[7:]
    if not (head.isdigit() and tail.isdigit()):
        return False
    if department == "2A":
        department = "19"
    elif department == "2B":
        department = "18"
    elif not department.isdigit():
        return False
    if not 1 <= int(text[3:5]) <= 12 and not 20 <= int(text[3:5]) <= 42 and int(text[3:5]) not in (50, 99):
        return False
    number = int(head + department + tail[:6])
    return 97 - number % 97 == int(tail[6:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(value: str) -> bool:
    """A Spanish DNI: eight digits and the mod-23 control letter."""
    text = _compact(value)
    return len(text) == 9 and text[:8].isdigit() and text[:8].isascii() and _DNI_LETTERS[int(text[:8]) % 23] == text[8]


def es_nie(value: str) -> bool:
    """A Spanish NIE: X/Y/Z, seven digits and the mod-23 control letter."""
    text = _compact(value)
    if len(text) != 9 or text[0] not in "XYZ" or not text[1:8].isdigit() or not text[1:8].isascii():
        return False
    number = int(str("XYZ".index(text[0])) + text[1:8])
    return _DNI_LETTERS[number % 23] == text[8]


_CF = re.compile(r"[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]", re.ASCII)
_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
         10, 22, 25, 24, 23],
        strict=True,
    )
)  # fmt: skip


def it_codice_fiscale(value: str) -> bool:
    """An Italian codice fiscale (16 characters, omocodia letters allowed) with its control letter."""
    text = _compact(value)
    if len(text) != 16 or not _CF.fullmatch(text):
        return False
    total = 0
    for position, char in enumerate(text[:15]):
        if position % 2 == 0:
            total += _CF_ODD[char]
        else:
            total += int(char) if char.isdigit() else ord(char) - 65
    return chr(65 + total % 26) == text[15]


def nl_bsn(value: str) -> bool:
    """A Dutch BSN: nine digits (eight with a leading zero dropped) passing the 11-test."""
    digits = _compact(value)
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isdigit() or not digits.isascii() or int(digits) == 0:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def br_cpf(value: str) -> bool:
    """A Brazilian CPF: eleven digits, not all equal, two mod-11 check digits."""
    digits = _compact(value)
    if len(digits) != 11 or not digits.isdigit() or not digits.isascii() or len(set(digits)) == 1:
        return False
    numbers = [int(d) for d in digits]
    for length in (9, 10):
        total = sum(n * w for n, w in zip(numbers[:length], range(length + 1, 1, -1), strict=True))
        check = (total * 10) % 11 % 10
        if check != numbers[length]:
            return False
    return True


def ch_ahv(value: str) -> bool:
    """A Swiss AHV/AVS number (756.XXXX.XXXX.XC): 13 digits starting 756, EAN-13 check digit."""
    digits = _compact(value)
    if len(digits) != 13 or not digits.isdigit() or not digits.isascii() or not digits.startswith("756"):
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def ca_sin(value: str) -> bool:
    """A Canadian Social Insurance Number: nine digits, not starting 0 or 8, Luhn check."""
    digits = _compact(value)
    return len(digits) == 9 and digits.isdigit() and digits[0] not in "08" and len(set(digits)) > 2 and luhn(digits)


def be_nn(value: str) -> bool:
    """A Belgian national register number (YY.MM.DD-SSS.CC): 97 - (number mod 97), with a leading 2 after 1999."""
    digits = _compact(value)
    if len(digits) != 11 or not digits.isdigit() or not digits.isascii():
        return False
    if int(digits[2:4]) > 12 or int(digits) == 0:
        return False
    body, check = digits[:9], int(digits[9:])
    born_after_1999 = 2000 + int(digits[:2]) <= _this_year() and check == 97 - int("2" + body) % 97
    return check == 97 - int(body) % 97 or born_after_1999


def _this_year() -> int:
    import datetime

    return datetime.date.today().year


_CURP = re.compile(r"[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d", re.ASCII)
_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ"


def mx_curp(value: str) -> bool:
    """A Mexican CURP: 18 characters (name letters, birth date, sex, state, consonants) and its check digit."""
    text = _compact(value).replace("Ñ", "&")
    if not _CURP.fullmatch(text) or not 1 <= int(text[6:8]) <= 12 or not 1 <= int(text[8:10]) <= 31:
        return False
    total = sum(_CURP_ALPHABET.index(ch) * (18 - i) for i, ch in enumerate(text[:17]))
    return (10 - total % 10) % 10 == int(text[17])


def ar_cuit(value: str) -> bool:
    """An Argentinian CUIT/CUIL: type prefix, eight-digit DNI, mod-11 check digit."""
    digits = _compact(value)
    if len(digits) != 11 or not digits.isdigit() or not digits.isascii():
        return False
    if digits[:2] not in ("20", "23", "24", "27", "30", "33", "34", "50", "51", "55"):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:10], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
    return "012345678990"[11 - total % 11] == digits[10]  # a remainder of 1 gives 9 (AFIP's rule)


def pt_cc(value: str) -> bool:
    """A Portuguese Cartão de Cidadão number ("65625810 0 CH9"): python-stdnum's check over digits and letters."""
    from stdnum.pt import cc

    return bool(cc.is_valid(value))


def pt_nif(value: str) -> bool:
    """A Portuguese NIF: nine digits, a valid first digit, mod-11 check digit."""
    digits = _compact(value)
    if digits.startswith("PT"):
        digits = digits[2:]
    if len(digits) != 9 or not digits.isdigit() or digits[0] not in "1235689" or len(set(digits)) < 3:
        return False
    check = 11 - sum(int(d) * (9 - i) for i, d in enumerate(digits[:8])) % 11
    return (0 if check >= 10 else check) == int(digits[8])


def ie_pps(value: str) -> bool:
    """An Irish PPS number: seven digits, a mod-23 check letter and an optional second letter (A, B, H, W)."""
    text = _compact(value)
    if not re.fullmatch(r"\d{7}[A-W][ABHW]?", text, re.ASCII):
        return False
    total = sum(int(d) * (8 - i) for i, d in enumerate(text[:7]))
    if len(text) == 9 and text[8] != "W":
        total += 9 * (ord(text[8]) - 64)
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == text[7]


def au_tfn(value: str) -> bool:
    """An Australian Tax File Number: nine digits, weights 1,4,3,7,5,8,6,9,10, sum divisible by 11."""
    digits = _compact(value)
    if len(digits) != 9 or not digits.isdigit() or not digits.isascii() or len(set(digits)) < 3:
        return False
    return sum(int(d) * w for d, w in zip(digits, (1, 4, 3, 7, 5, 8, 6, 9, 10), strict=True)) % 11 == 0


_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5), (2, 3, 4, 0, 1, 7, 8, 9, 5, 6),
    (3, 4, 0, 1, 2, 8, 9, 5, 6, 7), (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3), (8, 7, 6, 5, 9, 3, 2, 1, 0, 4),
    (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4), (5, 8, 0, 3, 7, 9, 6, 1, 4, 2),
    (8, 9, 1, 6, 0, 4, 3, 5, 2, 7), (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def in_aadhaar(value: str) -> bool:
    """An Indian Aadhaar number: twelve digits, not starting 0 or 1, not a palindrome, Verhoeff check."""
    digits = _compact(value)
    if len(digits) != 12 or not digits.isdigit() or not digits.isascii() or digits[0] in "01":
        return False
    if digits == digits[::-1]:
        return False
    check = 0
    for i, ch in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[i % 8][int(ch)]]
    return check == 0


def at_svnr(value: str) -> bool:
    """An Austrian social insurance number: serial, check digit, birth date DDMMYY; weights 3,7,9,5,8,4,2,1,6."""
    digits = _compact(value)
    if len(digits) != 10 or not digits.isdigit() or not digits.isascii() or digits[0] == "0":
        return False
    if not 1 <= int(digits[4:6]) <= 31 or not 1 <= int(digits[6:8]) <= 12:
        return False
    weights = (3, 7, 9, 0, 5, 8, 4, 2, 1, 6)
    check = sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11
    return check != 10 and check == int(digits[3])
