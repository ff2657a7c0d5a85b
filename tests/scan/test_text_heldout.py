"""The held-out text set (tests/scan/heldout_texts.py) and regressions for the failures it revealed.

The set is generated apart from the corpus the finder was developed against (other registers, locales,
notations). Fixes were driven by its "dev" part; the floors on its "test" part sit below the measured values
(printed with ``pytest -s``) so that a regression fails.
"""

from __future__ import annotations

import pytest

from privet.scan import _text_ids as ids
from privet.scan import find_pii, find_pii_batch
from tests.scan import heldout_texts as heldout
from tests.scan._text_corpus import evaluate


def found(text: str, language: str | None = None) -> set[tuple[str, str]]:
    return {(str(s.entity), text[s.start : s.end]) for s in find_pii(text, language=language)}


# --- the set itself --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def samples() -> list[heldout.Sample]:
    return heldout.generate(30, seed=5)


def test_labels_are_well_formed(samples: list[heldout.Sample]) -> None:
    for sample in samples:
        previous = 0
        for start, end, entity in sample.spans:
            value = sample.text[start:end]
            assert value and value == value.strip(), (entity, value)
            assert start >= previous, "labels overlap"
            previous = end


def test_every_language_and_entity_is_present(samples: list[heldout.Sample]) -> None:
    assert {s.language for s in samples} == set(heldout.LANGUAGES)
    entities = {e for s in samples for _, _, e in s.spans}
    assert entities == {
        "PERSON_NAME", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "NATIONAL_ID", "DATE_OF_BIRTH", "STREET_ADDRESS",
        "URL", "IP_ADDRESS",
    }  # fmt: skip
    assert any(not s.spans for s in samples), "texts without personal data are part of the set"


def test_check_digits_agree_with_python_stdnum() -> None:
    import random

    from stdnum import iban, luhn
    from stdnum.be import nn
    from stdnum.br import cpf
    from stdnum.ch import ssn as ahv
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.nl import bsn
    from stdnum.pt import nif

    rng = random.Random(3)
    for _ in range(200):
        for country in heldout._IBAN_BBAN:
            assert iban.is_valid(heldout.iban(rng, country), check_country=False)  # mod-97 and length
        assert luhn.is_valid(heldout.card(rng))
        assert ahv.is_valid(heldout._ahv(rng))
        assert dni.is_valid(heldout._dni(rng)) and nie.is_valid(heldout._nie(rng))
        assert bsn.is_valid(heldout._bsn(rng)) and nif.is_valid(heldout._nif_pt(rng))
        assert cpf.is_valid(heldout._cpf(rng)) and nn.is_valid(heldout._nrn_be(rng))
        assert nir.is_valid(heldout._nir(rng).replace(" ", ""))


def test_parts_are_disjoint() -> None:
    dev = {s.template for s in heldout.generate(10, part="dev")}  # type: ignore[attr-defined]
    test = {s.template for s in heldout.generate(10, part="test")}  # type: ignore[attr-defined]
    assert dev and test and not dev & test


# --- scores ----------------------------------------------------------------------------------------------


def _scores(part: str):  # type: ignore[no-untyped-def]
    samples = heldout.generate(40, seed=11, part=part)
    predicted = find_pii_batch([s.text for s in samples])
    pred = [[(p.start, p.end, str(p.entity)) for p in spans] for spans in predicted]
    exact, overlap = evaluate([s.spans for s in samples], pred)
    print(f"\nheld-out part {part}: overlap\n{overlap.table()}\nexact\n{exact.table()}")
    return exact, overlap


@pytest.mark.parametrize("part", ["dev", "test"])
def test_heldout_f1_floors(part: str) -> None:
    exact, overlap = _scores(part)
    assert overlap.prf()[2] >= FLOORS[part][0], overlap.table()
    assert exact.prf()[2] >= FLOORS[part][1], exact.table()


# (overlap F1, exact F1) floors per part, about 0.04 below the values measured (dev 0.979 / 0.971, test 0.924 /
# 0.884 at 40 texts per language, seed 11); the targets are 0.85 and 0.75.
FLOORS = {"dev": (0.94, 0.93), "test": (0.88, 0.84)}


# --- regressions: one row per generalization failure fixed -----------------------------------------------

FIXED = [
    # lower-case names: speaker labels, introductions, greetings, lower-case lines
    ("[09:14] anna: can you check my order? it never arrived", "en", "PERSON_NAME", "anna"),
    ("hey its jonas, my number changed", "en", "PERSON_NAME", "jonas"),
    ("ciao sono giulia, ho cambiato numero", "it", "PERSON_NAME", "giulia"),
    ("hola lucía, ya está", "es", "PERSON_NAME", "lucía"),
    ("[09:16] tom: under my partner's name, sarah wilson", "en", "PERSON_NAME", "sarah wilson"),
    # speaker labels after a time stamp and with a role
    ("[09:15] Laura (Support): sure, which name is it under?", "en", "PERSON_NAME", "Laura"),
    # surname first, in capitals or before a comma
    ("Customer: SCHMIDT, Anna\nEmail: none", "en", "PERSON_NAME", "SCHMIDT, Anna"),
    ("Patient: SCHMIDT Anna, DOB 1985-03-12", "en", "PERSON_NAME", "SCHMIDT Anna"),
    ("Kunde: Schmidt, Anna", "de", "PERSON_NAME", "Schmidt, Anna"),
    ("Referred by Dr. KELLER.", "en", "PERSON_NAME", "KELLER"),
    # a signature under any short closing line
    ("Merci encore.\n\nBonne journée,\nOluwaseun Adeyemi\nACME SA", "fr", "PERSON_NAME", "Oluwaseun Adeyemi"),
    # abbreviated birth-date cues
    ("Paciente: Juan Pérez, F. nac. 12/03/1985", "es", "DATE_OF_BIRTH", "12/03/1985"),
    ("Data de nasc. 07/05/1992", "pt", "DATE_OF_BIRTH", "07/05/1992"),
    # Swiss social security number
    ("Meine AHV-Nr. lautet 756.9217.0769.85.", "de", "NATIONAL_ID", "756.9217.0769.85"),
    # a phone next to a cue, in a region the language does not name
    ("Mob: 021 234 5678", "en", "PHONE", "021 234 5678"),
    # addresses in more national formats
    ("Address: 12 Smith Street, Surry Hills NSW 2010", "en", "STREET_ADDRESS", "12 Smith Street, Surry Hills NSW 2010"),
    ("Ship to 123 Main St, Toronto, ON M5V 2T6.", "en", "STREET_ADDRESS", "123 Main St, Toronto, ON M5V 2T6"),
    (
        "J'habite au 1234, rue Sainte-Catherine, Montréal (Québec) H3B 1A7.",
        "fr",
        "STREET_ADDRESS",
        "1234, rue Sainte-Catherine, Montréal (Québec) H3B 1A7",
    ),
    (
        "Endereço: Rua das Flores, 123 - Centro, São Paulo - SP, 01001-000",
        "pt",
        "STREET_ADDRESS",
        "Rua das Flores, 123 - Centro, São Paulo - SP, 01001-000",
    ),
    (
        "Domicilio: Calle Hidalgo 123, Col. Centro, 06000 Ciudad de México",
        "es",
        "STREET_ADDRESS",
        "Calle Hidalgo 123, Col. Centro, 06000 Ciudad de México",
    ),
    ("Domicilio: Av. Corrientes 1234, Buenos Aires", "es", "STREET_ADDRESS", "Av. Corrientes 1234, Buenos Aires"),
    ("Address: 12 Kowhai Parade, Napier 4110", "en", "STREET_ADDRESS", "12 Kowhai Parade, Napier 4110"),
    # a house-number range has no blanks: "256 - 5154" is a number and a postcode
    ("Adresse: Toblerstrasse 256 - 5154 Glarus", "de", "STREET_ADDRESS", "Toblerstrasse 256 - 5154 Glarus"),
    # an address stays on its lines: the name line above it is a name
    ("Hr. Anna Meier\nHofstetterstrasse 68, 4241 Biel\n\nIhre Bewerbung", "de", "PERSON_NAME", "Anna Meier"),
    (
        "Hr. Anna Meier\nHofstetterstrasse 68, 4241 Biel\n\nIhre Bewerbung",
        "de",
        "STREET_ADDRESS",
        "Hofstetterstrasse 68, 4241 Biel",
    ),
    # French numbers written with dots
    ("GSM: 06.88.64.78.33", "fr", "PHONE", "06.88.64.78.33"),
    # a personal number after a company one; a role word with an initial is a person's mailbox
    ("Le numéro 0 800 123 456 était occupé. Mon numéro perso: 06 12 34 56 78", "fr", "PHONE", "06 12 34 56 78"),
    ("Écrivez à sales.m@yahoo.es", "fr", "EMAIL", "sales.m@yahoo.es"),
    # a chat speaker the gazetteer does not know, labelling two lines
    ("[09:14] Atieno: hello?\n[09:15] Atieno: anyone there?", "en", "PERSON_NAME", "Atieno"),
]


@pytest.mark.parametrize(("text", "language", "entity", "expected"), FIXED, ids=lambda v: str(v)[:30])
def test_fixed(text: str, language: str, entity: str, expected: str) -> None:
    assert (entity, expected) in found(text, language)


NOT_NAMES = [
    ("i am sure it will work", "en"),
    ("sono arrivato ieri sera", "it"),
    ("ik ben blij met de service", "nl"),
    ("je suis désolé pour le retard", "fr"),
    ("can you check my order? it never arrived", "en"),
]


@pytest.mark.parametrize(("text", "language"), NOT_NAMES, ids=lambda v: str(v)[:30])
def test_lower_case_words_are_not_names(text: str, language: str) -> None:
    spans = [text[s.start : s.end] for s in find_pii(text, language=language) if str(s.entity) == "PERSON_NAME"]
    assert spans == [], spans


# (text, language, entity that must not be reported)
STILL_NEGATIVE = [
    ("Ticket #1\nKunde: Anna Meier\nHinterlegte Karte: **** 1234\nNotiz: bitte löschen", "de", "Hinterlegte Karte"),
    ("Caso #1\nCliente: Ana Gómez\nCorreo: ana@gmx.es\nNota: borrar la dirección", "es", "Nota"),  # a form label
    ("Delivery on Sep 25, 2026 was late.", "en", "Sep"),  # a month before a day
    ("Great service from Davenport-Jones today.", "en", "Davenport-Jones"),  # a double surname alone: a firm
    ("2019-now: project lead at Bauer, Roberts and Bailey", "en", "Bauer, Roberts"),  # a partnership
    ("Écrivez à service-client@boutique.fr", "fr", "service-client@boutique.fr"),  # a role mailbox in parts
    ("Cel.: +34 612 34 56 78 | Conmutador: 902 365 112", "es", "902 365 112"),  # a switchboard, not the mobile's cue
]


@pytest.mark.parametrize(("text", "language", "value"), STILL_NEGATIVE, ids=lambda v: str(v)[:30])
def test_not_reported(text: str, language: str, value: str) -> None:
    assert value not in {text[s.start : s.end] for s in find_pii(text, language=language)}


def test_a_date_and_a_town_are_not_an_address() -> None:
    assert "STREET_ADDRESS" not in {e for e, _ in found("Delivered on 12 March 2024 Vienna time.", "en")}


def test_ahv_validator() -> None:
    assert ids.ch_ahv_valid("756.9217.0769.85")
    assert not ids.ch_ahv_valid("756.9217.0769.86")
    assert not ids.ch_ahv_valid("757.9217.0769.85")
