"""Check-digit validators: table-driven valid values and near misses, cross-checked against python-stdnum."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn as std_luhn
from stdnum.br import cpf as std_cpf
from stdnum.de import idnr as std_idnr
from stdnum.es import dni as std_dni
from stdnum.es import nie as std_nie
from stdnum.fr import nir as std_nir
from stdnum.gb import nhs as std_nhs
from stdnum.it import codicefiscale as std_cf
from stdnum.nl import bsn as std_bsn
from stdnum.us import ssn as std_ssn

from privet.scan import _checksums as c

VALID: list[tuple[Callable[[str], bool], str]] = [
    (c.luhn, "4111 1111 1111 1111"),
    (c.card_number, "5500-0000-0000-0004"),
    (c.card_number, "378282246310005"),
    (c.imei, "490154203237518"),
    (c.iban, "DE89 3704 0044 0532 0130 00"),
    (c.iban, "GB82WEST12345698765432"),
    (c.iban, "FR1420041010050500013M02606"),
    (c.iban, "NL91ABNA0417164300"),
    (c.iban, "ES9121000418450200051332"),
    (c.iban, "IT60X0542811101000000123456"),
    (c.iban, "PT50000201231234567890154"),
    (c.us_ssn, "536-22-1234"),
    (c.us_ssn, "536221234"),
    (c.uk_nino, "AB123456C"),
    (c.uk_nino, "AB 12 34 56 C"),
    (c.uk_nhs, "943 476 5919"),
    (c.de_steuer_id, "36574261809"),
    (c.de_svnr, "15 070649 C 10 3"),
    (c.fr_nir, "2 95 10 99 126 111 93"),
    (c.fr_nir, "253072B07300470"),
    (c.es_dni, "12345678Z"),
    (c.es_nie, "X1234567L"),
    (c.it_codice_fiscale, "RSSMRA85T10A562S"),
    (c.nl_bsn, "111222333"),
    (c.br_cpf, "390.533.447-05"),
]

NEAR_MISSES: list[tuple[Callable[[str], bool], str]] = [
    (c.luhn, "4111 1111 1111 1112"),
    (c.card_number, "1234567812345678"),  # no issuer starts with 1 and Luhn fails
    (c.card_number, "4111111111111112"),
    (c.imei, "490154203237519"),
    (c.iban, "DE89 3704 0044 0532 0130 01"),
    (c.iban, "DE89370400440532013"),  # right checksum shape, wrong length for DE
    (c.iban, "XX89370400440532013000"),
    (c.us_ssn, "000-22-1234"),
    (c.us_ssn, "666-22-1234"),
    (c.us_ssn, "912-22-1234"),
    (c.us_ssn, "536-00-1234"),
    (c.us_ssn, "536-22-0000"),
    (c.us_ssn, "536-22-123"),
    (c.uk_nino, "QQ123456C"),
    (c.uk_nino, "GB123456C"),
    (c.uk_nino, "AB123456E"),
    (c.uk_nhs, "943 476 5918"),
    (c.uk_nhs, "1111111111"),
    (c.de_steuer_id, "36574261808"),
    (c.de_steuer_id, "01234567890"),
    (c.de_steuer_id, "12345678903"),  # no repeated digit
    (c.de_svnr, "15 070649 C 10 4"),
    (c.de_svnr, "15 071349 C 10 3"),  # month 13
    (c.fr_nir, "2 95 10 99 126 111 94"),
    (c.fr_nir, "253072C07300443"),
    (c.es_dni, "12345678A"),
    (c.es_nie, "X1234567A"),
    (c.es_nie, "A1234567L"),
    (c.it_codice_fiscale, "RSSMRA85T10A562T"),
    (c.it_codice_fiscale, "RSSMRA85T10A56"),
    (c.nl_bsn, "111222334"),
    (c.nl_bsn, "000000000"),
    (c.br_cpf, "390.533.447-06"),
    (c.br_cpf, "111.111.111-11"),
]


@pytest.mark.parametrize(("check", "value"), VALID, ids=lambda x: getattr(x, "__name__", x))
def test_valid(check: Callable[[str], bool], value: str) -> None:
    assert check(value)


@pytest.mark.parametrize(("check", "value"), NEAR_MISSES, ids=lambda x: getattr(x, "__name__", x))
def test_near_miss(check: Callable[[str], bool], value: str) -> None:
    assert not check(value)


def test_validators_never_raise_on_junk() -> None:
    junk = ["", " ", "é", "٣٣٣٣٣٣٣٣٣", "x" * 40, "12-", "--", "\x00", "１２３４５６７８９"]
    for name in c.__all__:
        check = getattr(c, name)
        if callable(check):
            for value in junk:
                assert check(value) is False, (name, value)


def _mutate(rng: random.Random, value: str) -> str:
    positions = [i for i, ch in enumerate(value) if ch.isdigit()]
    i = rng.choice(positions)
    return value[:i] + str((int(value[i]) + rng.randint(1, 9)) % 10) + value[i + 1 :]


_F = {loc: Faker(loc) for loc in ("nl_NL", "pt_BR", "it_IT", "es_ES", "fr_FR")}

# (ours, stdnum's is_valid, a Faker-based generator of valid values)
CROSS: list[tuple[Callable[[str], bool], Callable[[str], bool], Callable[[Faker], str]]] = [
    (c.luhn, std_luhn.is_valid, lambda f: f.credit_card_number()),
    (c.iban, std_iban.is_valid, lambda f: f.iban()),
    (c.us_ssn, std_ssn.is_valid, lambda f: f.ssn()),
    (c.nl_bsn, std_bsn.is_valid, lambda f: _F["nl_NL"].ssn()),
    (c.br_cpf, std_cpf.is_valid, lambda f: _F["pt_BR"].cpf()),
    (c.it_codice_fiscale, std_cf.is_valid, lambda f: _F["it_IT"].ssn()),
    (c.es_nie, std_nie.is_valid, lambda f: _F["es_ES"].nie()),
    (c.es_dni, std_dni.is_valid, lambda f: _F["es_ES"].nif()),
    (c.fr_nir, std_nir.is_valid, lambda f: _F["fr_FR"].ssn()),
]


@pytest.mark.parametrize(("ours", "reference", "make"), CROSS, ids=lambda x: getattr(x, "__name__", "gen"))
def test_agrees_with_stdnum(
    ours: Callable[[str], bool], reference: Callable[[str], bool], make: Callable[[Faker], str]
) -> None:
    Faker.seed(7)
    for f in _F.values():
        f.seed_instance(7)
    fake = Faker("en_US")
    rng = random.Random(11)
    values = [make(fake) for _ in range(150)]
    values += [_mutate(rng, v) for v in values]
    disagreements = [v for v in values if ours(v) != bool(reference(v))]
    assert not disagreements, disagreements[:5]


@pytest.mark.parametrize(
    ("ours", "reference"),
    [(c.de_steuer_id, std_idnr.is_valid), (c.uk_nhs, std_nhs.is_valid), (c.nl_bsn, std_bsn.is_valid)],
    ids=["de_steuer_id", "uk_nhs", "nl_bsn"],
)
def test_agrees_with_stdnum_on_random_digits(ours: Callable[[str], bool], reference: Callable[[str], bool]) -> None:
    rng = random.Random(5)
    length = {"de_steuer_id": 11, "uk_nhs": 10, "nl_bsn": 9}[ours.__name__]
    values = ["".join(rng.choice("0123456789") for _ in range(length)) for _ in range(20_000)]
    valid = [v for v in values if reference(v)]
    assert len(valid) > 50
    assert all(ours(v) == bool(reference(v)) for v in values)


# National ids added for the held-out locale variants: ours vs python-stdnum on random candidates of the right
# shape (valid ones are found among them by stdnum, so both directions are exercised).
def _random_digits(rng: random.Random, n: int, first: str = "0123456789") -> str:
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _std(module: str) -> Callable[[str], bool]:
    import importlib

    return importlib.import_module(f"stdnum.{module}").is_valid  # type: ignore[no-any-return]


NEW_IDS: list[tuple[str, Callable[[str], bool], str, Callable[[random.Random], str]]] = [
    ("ch_ahv", c.ch_ahv, "ch.ssn", lambda r: "756" + _random_digits(r, 10)),
    ("ca_sin", c.ca_sin, "ca.sin", lambda r: _random_digits(r, 9, "1234567")),
    (
        "be_nn",
        c.be_nn,
        "be.nn",
        lambda r: f"{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + _random_digits(r, 5),
    ),
    ("ar_cuit", c.ar_cuit, "ar.cuit", lambda r: r.choice(["20", "23", "27"]) + _random_digits(r, 9)),
    ("pt_nif", c.pt_nif, "pt.nif", lambda r: _random_digits(r, 9, "1235689")),
    ("au_tfn", c.au_tfn, "au.tfn", lambda r: _random_digits(r, 9, "123456789")),
    ("in_aadhaar", c.in_aadhaar, "in_.aadhaar", lambda r: _random_digits(r, 12, "23456789")),
    ("ie_pps", c.ie_pps, "ie.pps", lambda r: _random_digits(r, 7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW")),
    (
        "at_svnr",
        c.at_svnr,
        "at.vnr",
        lambda r: (
            _random_digits(r, 4, "123456789") + f"{r.randint(1, 31):02d}{r.randint(1, 12):02d}" + _random_digits(r, 2)
        ),
    ),
]


@pytest.mark.parametrize(("name", "ours", "module", "make"), NEW_IDS, ids=[n[0] for n in NEW_IDS])
def test_new_national_ids_agree_with_stdnum(
    name: str, ours: Callable[[str], bool], module: str, make: Callable[[random.Random], str]
) -> None:
    reference = _std(module)
    rng = random.Random(name)
    values = [make(rng) for _ in range(20_000)]
    valid = [v for v in values if reference(v)]
    assert len(valid) > 50, name
    disagreements = [v for v in values if ours(v) != bool(reference(v))]
    assert not disagreements, disagreements[:5]


@pytest.mark.parametrize(
    ("check", "valid", "near_miss"),
    [
        (c.mx_curp, "BADD110313HCMLNS06", "BADD110313HCMLNS07"),
        (c.pt_cc, "65625810 0 CH9", "65625810 0 CH8"),
        (c.at_svnr, "1237010180", "1238010180"),
        (c.ch_ahv, "756.9217.0769.85", "756.9217.0769.84"),
        (c.ie_pps, "1234567TW", "1234567TX"),
        (c.be_nn, "85.07.30-033.28", "85.07.30-033.29"),
    ],
)
def test_new_national_ids_valid_and_near_miss(check: Callable[[str], bool], valid: str, near_miss: str) -> None:
    assert check(valid)
    assert not check(near_miss)
