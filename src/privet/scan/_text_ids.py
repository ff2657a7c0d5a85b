"""Validators for the identifiers the span finder looks for in running text.

Most are the column classifier's check-digit validators (privet.scan._checksums, cross-checked with
python-stdnum), under the names the span finder uses; the Belgian national register number and the
Portuguese NIF, which only the span finder needs, are defined here.
"""

from __future__ import annotations

import re

from privet.scan._checksums import (
    IBAN_LENGTHS,
    br_cpf,
    de_steuer_id,
    de_svnr,
    es_dni,
    es_nie,
    fr_nir,
    iban,
    it_codice_fiscale,
    luhn,
    nl_bsn,
    uk_nhs,
    uk_nino,
    us_ssn,
)

__all__ = [
    "IBAN_LENGTHS",
    "be_nrn_valid",
    "br_cpf_valid",
    "ch_ahv_valid",
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

luhn_valid = luhn
iban_valid = iban
us_ssn_valid = us_ssn
uk_nino_valid = uk_nino
uk_nhs_valid = uk_nhs
de_steuer_id_valid = de_steuer_id
de_svnr_valid = de_svnr
fr_nir_valid = fr_nir
es_dni_valid = es_dni
es_nie_valid = es_nie
it_codice_fiscale_valid = it_codice_fiscale
nl_bsn_valid = nl_bsn
br_cpf_valid = br_cpf

_NON_ALNUM = re.compile(r"[^0-9A-Za-z]")


def _clean(value: str) -> str:
    return _NON_ALNUM.sub("", value).upper()


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


def ch_ahv_valid(value: str) -> bool:
    """Swiss social security number (AHV/AVS, 13 digits from 2008): country prefix 756, EAN-13 check digit."""
    digits = _clean(value)
    if len(digits) != 13 or not digits.isdigit() or not digits.startswith("756"):
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])
