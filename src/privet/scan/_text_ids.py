"""Check-digit validators for the identifiers the span finder looks for in running text.

Each validator takes the identifier as written (separators allowed) and returns whether its structure and
check digits are right. They are self-contained so the span finder does not depend on the column
classifier's module; both follow the same published algorithms.
"""

from __future__ import annotations

import re

__all__ = [
    "IBAN_LENGTHS",
    "be_nrn_valid",
    "br_cpf_valid",
    "de_steuer_id_valid",
    "de_svnr_valid",
    "es_dni_valid",
    "es_nie_valid",
    "fr_nir_valid",
    "iban_valid",
    "it_codice_fiscale_valid",
    "luhn_valid",
    "nl_bsn_valid",
    "pt_nif_valid",
    "uk_nhs_valid",
    "uk_nino_valid",
    "us_ssn_valid",
]

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def _clean(value: str) -> str:
    return _NON_ALNUM.sub("", value).upper()


def luhn_valid(value: str) -> bool:
    """The Luhn (mod 10) check used by payment cards and IMEIs."""
    digits = [int(ch) for ch in value if ch.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for i, digit in enumerate(reversed(digits)):
        if i % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


#: IBAN length per country (ISO 13616 registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def iban_valid(value: str) -> bool:
    """ISO 13616: known country, its length, and the mod-97 check equals 1."""
    iban = _clean(value)
    if len(iban) < 15 or IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def us_ssn_valid(value: str) -> bool:
    """US Social Security number: 9 digits, area not 000/666/9xx, group not 00, serial not 0000."""
    digits = _clean(value)
    if len(digits) != 9 or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return area not in {"000", "666"} and area[0] != "9" and group != "00" and serial != "0000"


_NINO = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def uk_nino_valid(value: str) -> bool:
    """UK National Insurance number: two allowed prefix letters, six digits, suffix A-D."""
    return bool(_NINO.match(_clean(value)))


def uk_nhs_valid(value: str) -> bool:
    """UK NHS number: 10 digits, mod-11 check with weights 10..2."""
    digits = _clean(value)
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def de_steuer_id_valid(value: str) -> bool:
    """German tax id (Steuer-IdNr): 11 digits, no leading 0, ISO 7064 MOD 11,10 check digit."""
    digits = _clean(value)
    if len(digits) != 11 or not digits.isdigit() or digits[0] == "0":
        return False
    counts = [digits[:10].count(d) for d in set(digits[:10])]
    if max(counts) > 3 or len(counts) < 7:  # one digit repeated 2-3 times, the others at most once
        return False
    product = 10
    for d in digits[:10]:
        total = (int(d) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(digits[10])


def de_svnr_valid(value: str) -> bool:
    """German pension insurance number: 2 digits, birth date DDMMYY, letter, 2 digits, check digit."""
    raw = _clean(value)
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", raw):
        return False
    day, month = int(raw[2:4]), int(raw[4:6])
    if not (1 <= day <= 31 or 51 <= day <= 81) or not 1 <= month <= 12:
        return False
    letter = f"{ord(raw[8]) - 64:02d}"
    digits = raw[:8] + letter + raw[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = 0
    for d, w in zip(digits, weights, strict=True):
        product = int(d) * w
        total += product // 10 + product % 10
    return total % 10 == int(raw[11])


def fr_nir_valid(value: str) -> bool:
    """French social security number (NIR): 13 characters (Corsica 2A/2B) + 2-digit key = 97 - n mod 97."""
    raw = _clean(value)
    if len(raw) != 15 or raw[0] not in "12378":
        return False
    body = raw[:13].replace("2A", "19").replace("2B", "18")
    if not body.isdigit() or not raw[13:].isdigit():
        return False
    return 97 - int(body) % 97 == int(raw[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_valid(value: str) -> bool:
    """Spanish DNI: 8 digits and the letter of their value mod 23."""
    raw = _clean(value)
    return bool(re.fullmatch(r"\d{8}[A-Z]", raw)) and _DNI_LETTERS[int(raw[:8]) % 23] == raw[8]


def es_nie_valid(value: str) -> bool:
    """Spanish NIE: X/Y/Z (as 0/1/2), 7 digits and the DNI letter of the number."""
    raw = _clean(value)
    if not re.fullmatch(r"[XYZ]\d{7}[A-Z]", raw):
        return False
    number = int("XYZ".index(raw[0]).__str__() + raw[1:8])
    return _DNI_LETTERS[number % 23] == raw[8]


_CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_codice_fiscale_valid(value: str) -> bool:
    """Italian codice fiscale: 16 characters (with omocodia letters) and its check letter."""
    raw = _clean(value)
    if not re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", raw):
        return False
    total = 0
    for i, ch in enumerate(raw[:15]):
        index = int(ch) if ch.isdigit() else ord(ch) - 65
        total += _CF_ODD[index] if i % 2 == 0 else index
    return chr(65 + total % 26) == raw[15]


def nl_bsn_valid(value: str) -> bool:
    """Dutch BSN: 9 digits passing the 11-test (weights 9..2, last digit -1)."""
    digits = _clean(value)
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0


def br_cpf_valid(value: str) -> bool:
    """Brazilian CPF: 11 digits, not all equal, two mod-11 check digits."""
    digits = _clean(value)
    if len(digits) != 11 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    for n in (9, 10):
        total = sum(int(d) * w for d, w in zip(digits[:n], range(n + 1, 1, -1), strict=True))
        check = (total * 10) % 11 % 10
        if check != int(digits[n]):
            return False
    return True


def be_nrn_valid(value: str) -> bool:
    """Belgian national register number: 11 digits, key = 97 - (first 9 mod 97), "2" prefixed after 2000."""
    digits = _clean(value)
    if len(digits) != 11 or not digits.isdigit():
        return False
    key = int(digits[9:])
    return key in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97)


def pt_nif_valid(value: str) -> bool:
    """Portuguese NIF: 9 digits, mod-11 check digit (weights 9..2)."""
    digits = _clean(value)
    if len(digits) != 9 or not digits.isdigit() or digits[0] == "0":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    check = 11 - total % 11
    return (0 if check >= 10 else check) == int(digits[8])
