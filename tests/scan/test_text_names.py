"""The person-name gazetteer and name-shape tests of privet.scan._names."""

from __future__ import annotations

import pytest
from faker import Faker

from privet.scan import _names
from privet.scan._language import guess_language


@pytest.mark.parametrize(
    "token", ["John", "Anna", "Jürgen", "Jurgen", "Émilie", "Giuseppe", "Joaquín", "Sanne", "João", "MARIA"]
)
def test_first_names(token: str) -> None:
    assert _names.is_first_name(token)


@pytest.mark.parametrize("token", ["Smith", "Müller", "Mueller", "Dubois", "García", "Rossi", "Jansen", "Silva"])
def test_last_names(token: str) -> None:
    assert _names.is_last_name(token)


@pytest.mark.parametrize("token", ["Invoice", "Warehouse", "Quantity", "Bestellung", "facture", "xyzzy", "Dr"])
def test_not_names(token: str) -> None:
    assert not _names.is_first_name(token) and not _names.is_last_name(token)


@pytest.mark.parametrize(
    ("value", "floor"),
    [
        ("John Smith", 0.9),
        ("SMITH, JOHN", 0.9),
        ("Smith, John A.", 0.9),
        ("J. Smith", 0.8),
        ("Dr. Anna Müller", 0.9),
        ("Frau Sabine Schulz", 0.9),
        ("Jan van der Berg", 0.9),
        ("van der Berg, Jan", 0.9),
        ("Hans-Peter Müller", 0.9),
        ("María José García López", 0.9),
        ("Jean-Luc Dubois", 0.9),
        ("Maria", 0.5),
        ("anna schmidt", 0.5),
    ],
)
def test_person_name_score_positives(value: str, floor: float) -> None:
    assert _names.person_name_score(value) >= floor


@pytest.mark.parametrize(
    "value",
    [
        "Müller GmbH",
        "Acme Inc.",
        "Smith & Jones",
        "Schmidt AG & Co. KG",
        "Rossi S.p.A.",
        "Dupont et Fils",
        "Garcia y Asociados",
        "Jansen B.V.",
        "Silva Lda.",
        "Main Street",
        "Customer Service",
        "ORD-12345",
        "john@example.com",
        "",
        "Warehouse North",
    ],
)
def test_person_name_score_negatives(value: str) -> None:
    assert _names.person_name_score(value) < 0.5


@pytest.mark.parametrize(
    "value", ["Müller GmbH", "Acme Inc.", "Rossi S.p.A.", "Jansen B.V.", "Silva Lda.", "Martin SARL", "Lopez S.L."]
)
def test_company_names(value: str) -> None:
    assert _names.is_company_name(value)


@pytest.mark.parametrize("value", ["John Smith", "SMITH, JOHN", "Anna Müller-Schmidt", "Maria Gomez", "Giulia Rossi"])
def test_people_are_not_companies(value: str) -> None:
    assert not _names.is_company_name(value)


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "pt_PT"])
def test_faker_name_columns_profile_as_names(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(7)
    full = [f"{fake.first_name()} {fake.last_name()}" for _ in range(300)]
    assert _names.name_profile(full).kind == "full"
    assert _names.name_score(full) >= 0.9
    firsts = [fake.first_name() for _ in range(300)]
    assert _names.name_profile(firsts).kind == "first"
    companies = [fake.company() for _ in range(300)]
    assert _names.name_profile(companies).person_ratio < _names.name_profile(full).person_ratio


def test_profile_of_non_names() -> None:
    values = ["SKU-1234", "Blue shirt, size M", "2024-01-03", "yes", "no", None, "", "12.5"]
    profile = _names.name_profile(values)
    assert profile.kind == "none"
    assert profile.values == 6


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hello, my name is John and I would like to cancel my order.", "en"),
        ("Sehr geehrte Damen und Herren, ich möchte meine Bestellung stornieren.", "de"),
        ("Bonjour, je voudrais annuler ma commande, merci.", "fr"),
        ("Hola, quiero cancelar mi pedido, gracias.", "es"),
        ("Buongiorno, vorrei annullare il mio ordine, grazie.", "it"),
        ("Goedendag, ik wil mijn bestelling annuleren, bedankt.", "nl"),
        ("Olá, gostaria de cancelar o meu pedido, obrigado.", "pt"),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_guess_language_without_words() -> None:
    assert guess_language("12345 +49 30", default="en") == "en"
    assert guess_language("") is None
