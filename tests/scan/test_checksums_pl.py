"""Polish identifiers: valid values (published examples, python-stdnum, Faker pl_PL, and check digits computed
here independently of the code under test) and near misses for each validator."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from faker import Faker
from stdnum.pl import nip as std_nip
from stdnum.pl import pesel as std_pesel
from stdnum.pl import regon as std_regon

from privet.scan import _checksums_pl as pl


def _document_number(letters: str, digits: str, check_at: int) -> str:
    """Letters + digits with the check digit inserted at ``check_at``: the other characters (letters A=10) weighted
    7-3-1 repeating, the check digit their sum mod 10."""
    body = [ord(ch) - ord("A") + 10 for ch in letters] + [int(d) for d in digits]
    total = sum(value * (7, 3, 1)[k % 3] for k, value in enumerate(body))
    text = letters + digits
    return text[:check_at] + str(total % 10) + text[check_at:]


VALID: list[tuple[Callable[[str], bool], str]] = [
    (pl.pl_pesel, "44051401359"),  # stdnum and Wikipedia example (born 1944-05-14)
    (pl.pl_pesel, "02070803628"),  # born 1902
    (pl.pl_pesel, "02270803624"),  # the same serial in 2002 (month + 20)
    (pl.pl_nip, "1234563218"),  # stdnum's example
    (pl.pl_nip, "123-456-32-18"),
    (pl.pl_nip, "PL 1234563218"),
    (pl.pl_nip, "123-45-63-218"),
    (pl.pl_id_card, "ABA300000"),  # the specimen card's number
    (pl.pl_id_card, "ABA 300000"),
    (pl.pl_regon, "192598184"),  # stdnum's examples
    (pl.pl_regon, "12345678512347"),
    (pl.pl_nrb, "61 1090 1014 0000 0712 1981 2874"),  # the IBAN registry's PL example without "PL"
    (pl.pl_nrb, "61109010140000071219812874"),
    (pl.pl_nrb, "PL61109010140000071219812874"),
    (pl.pl_passport, _document_number("AA", "123456", 2)),
    (pl.pl_passport, _document_number("EZ", "987654", 2)),
    (pl.pl_id_card, _document_number("XYZ", "12345", 3)),
]

INVALID: list[tuple[Callable[[str], bool], str]] = [
    (pl.pl_pesel, "44051401358"),  # wrong check digit
    (pl.pl_pesel, "44051401368"),  # a changed serial digit
    (pl.pl_pesel, "44135401350"),  # month 13 (no century uses 13)
    (pl.pl_pesel, "02023012345"),  # 30 February
    (pl.pl_pesel, "4405140135"),  # ten digits
    (pl.pl_pesel, "00000000000"),
    (pl.pl_pesel, "4405140135a"),
    (pl.pl_nip, "1234563211"),
    (pl.pl_nip, "123456321"),
    (pl.pl_nip, "0001234567"),
    (pl.pl_nip, "DE1234563218"),
    (pl.pl_id_card, "ABA300001"),
    (pl.pl_id_card, "AB300000"),
    (pl.pl_id_card, "ABA30000X"),
    (pl.pl_id_card, "1BA300000"),
    (pl.pl_passport, "AA1234567"),
    (pl.pl_passport, "ABA300000"),
    (pl.pl_regon, "192598183"),
    (pl.pl_regon, "12345678512346"),
    (pl.pl_nrb, "61 1090 1014 0000 0712 1981 2875"),
    (pl.pl_nrb, "6110901014000007121981287"),
    (pl.pl_nrb, "11111111111111111111111111"),
]


@pytest.mark.parametrize(("check", "value"), VALID)
def test_valid(check: Callable[[str], bool], value: str) -> None:
    assert check(value)


@pytest.mark.parametrize(("check", "value"), INVALID)
def test_near_misses(check: Callable[[str], bool], value: str) -> None:
    assert not check(value)


def test_pesel_birth_date_centuries() -> None:
    assert str(pl.pesel_birth_date("44051401359")) == "1944-05-14"
    assert str(pl.pesel_birth_date("02270803624")) == "2002-07-08"
    assert str(pl.pesel_birth_date("02870803620")) == "1802-07-08"
    assert pl.pesel_birth_date("02930803620") is None  # month 93: no century


def test_agrees_with_stdnum_on_random_numbers() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        pesel = f"{rng.randrange(10**11):011d}"
        assert pl.pl_pesel(pesel) == (std_pesel.is_valid(pesel) and len(set(pesel)) >= 3), pesel
        nip = f"{rng.randrange(10**10):010d}"
        assert pl.pl_nip(nip) == (std_nip.is_valid(nip) and nip[:3] != "000"), nip
        regon = f"{rng.randrange(10**9):09d}"
        assert pl.pl_regon(regon) == std_regon.is_valid(regon), regon


def test_faker_pl_values_validate() -> None:
    fake = Faker("pl_PL")
    fake.seed_instance(11)
    for _ in range(300):
        assert pl.pl_pesel(fake.pesel())
        assert pl.pl_nip(fake.nip())
        assert pl.pl_regon(fake.regon())
        assert pl.pl_id_card(fake.identity_card_number())
        assert pl.pl_nrb(fake.iban()[2:])
