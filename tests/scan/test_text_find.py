"""Table-driven tests of privet.find_pii: positives and near-misses per entity and language."""

from __future__ import annotations

import itertools

import pytest

import privet
from privet.entities import Entity
from privet.errors import InvalidParameterError
from privet.scan import Span, _text, find_pii, find_pii_batch, redact_text
from privet.scan import _text_ids as ids


def found(text: str, language: str | None = None) -> set[tuple[str, str]]:
    return {(str(s.entity), text[s.start : s.end]) for s in find_pii(text, language=language)}


def entities(text: str, language: str | None = None) -> set[str]:
    return {str(s.entity) for s in find_pii(text, language=language)}


# (text, language, entity, exact span text) — every row must be found exactly.
POSITIVES = [
    # e-mail
    ("Write to john.smith@gmail.com please.", "en", "EMAIL", "john.smith@gmail.com"),
    ("Meine Adresse: anna-maria.müller@web.de.", "de", "EMAIL", "anna-maria.müller@web.de"),
    # phones, with the region from the language
    ("Call me on +1 415-555-2671 tomorrow.", "en", "PHONE", "+1 415-555-2671"),
    ("Mobil: 0151 23456789", "de", "PHONE", "0151 23456789"),
    ("Mon portable : 06 12 34 56 78.", "fr", "PHONE", "06 12 34 56 78"),
    ("Mi móvil es 612 345 678.", "es", "PHONE", "612 345 678"),
    ("Il mio cellulare è 347 123 4567.", "it", "PHONE", "347 123 4567"),
    ("Mijn nummer is 06-12345678.", "nl", "PHONE", "06-12345678"),
    ("O meu telemóvel é 912 345 678.", "pt", "PHONE", "912 345 678"),
    ("Ring me on 07700 900123.", "en", "PHONE", "07700 900123"),
    # cards (Luhn-valid test numbers)
    ("Card 4111 1111 1111 1111 exp 12/28", "en", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("Karte 5555-5555-5555-4444 belastet.", "de", "CREDIT_CARD", "5555-5555-5555-4444"),
    ("Amex 378282246310005.", "en", "CREDIT_CARD", "378282246310005"),
    # IBANs
    ("IBAN DE89 3704 0044 0532 0130 00 bitte.", "de", "IBAN", "DE89 3704 0044 0532 0130 00"),
    ("Virement sur FR1420041010050500013M02606.", "fr", "IBAN", "FR1420041010050500013M02606"),
    ("Cuenta ES91 2100 0418 4502 0005 1332.", "es", "IBAN", "ES91 2100 0418 4502 0005 1332"),
    ("IBAN: NL91ABNA0417164300", "nl", "IBAN", "NL91ABNA0417164300"),
    # IPs
    ("Login from 203.0.113.42.", "en", "IP_ADDRESS", "203.0.113.42"),
    ("Zugriff von 2001:db8:85a3::8a2e:370:7334 erkannt", "de", "IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334"),
    # national ids
    ("My SSN is 536-22-1234.", "en", "NATIONAL_ID", "536-22-1234"),
    ("NI number QQ 12 34 56 C on file.", "en", "NATIONAL_ID", "QQ 12 34 56 C"),
    ("NHS number 943 476 5919.", "en", "NATIONAL_ID", "943 476 5919"),
    ("Steuer-ID 86095742719 liegt vor.", "de", "NATIONAL_ID", "86095742719"),
    ("Rentenversicherungsnummer 65170839J003.", "de", "NATIONAL_ID", "65170839J003"),
    ("Numéro de sécurité sociale 2 69 05 49 588 157 80.", "fr", "NATIONAL_ID", "2 69 05 49 588 157 80"),
    ("Mi DNI es 12345678Z.", "es", "NATIONAL_ID", "12345678Z"),
    ("NIE X1234567L", "es", "NATIONAL_ID", "X1234567L"),
    ("Codice fiscale RSSMRA85T10A562S.", "it", "NATIONAL_ID", "RSSMRA85T10A562S"),
    ("Mijn BSN is 111222333.", "nl", "NATIONAL_ID", "111222333"),
    ("CPF 123.456.789-09.", "pt", "NATIONAL_ID", "123.456.789-09"),
    # birth dates, only when cued
    ("Patient born on March 4, 1980 presented.", "en", "DATE_OF_BIRTH", "March 4, 1980"),
    ("DOB: 1985-03-12.", "en", "DATE_OF_BIRTH", "1985-03-12"),
    ("Sie ist am 12.03.1985 geboren? Nein: geboren am 14.07.1979.", "de", "DATE_OF_BIRTH", "14.07.1979"),
    ("Geburtsdatum: 3. Mai 1990", "de", "DATE_OF_BIRTH", "3. Mai 1990"),
    ("Elle est née le 5 juin 1975 à Lyon.", "fr", "DATE_OF_BIRTH", "5 juin 1975"),
    ("Nacido el 12 de marzo de 1985.", "es", "DATE_OF_BIRTH", "12 de marzo de 1985"),
    ("Nato il 01/02/1970 a Roma.", "it", "DATE_OF_BIRTH", "01/02/1970"),
    ("Geboortedatum: 23-11-1988", "nl", "DATE_OF_BIRTH", "23-11-1988"),
    ("Data de nascimento: 7 de maio de 1992", "pt", "DATE_OF_BIRTH", "7 de maio de 1992"),
    # addresses, one span with postcode and town
    ("I live at 221 Baker Street, London NW1 6XE.", "en", "STREET_ADDRESS", "221 Baker Street, London NW1 6XE"),
    (
        "Ship to 1777 Kramer Court, Johnsonfurt, NE 80119.",
        "en",
        "STREET_ADDRESS",
        "1777 Kramer Court, Johnsonfurt, NE 80119",
    ),
    ("Ich wohne in der Hauptstraße 5, 10115 Berlin.", "de", "STREET_ADDRESS", "Hauptstraße 5, 10115 Berlin"),
    ("Adresse: Am Markt 3, 04109 Leipzig", "de", "STREET_ADDRESS", "Am Markt 3, 04109 Leipzig"),
    ("J'habite au 87, rue de Barre, 29793 Quimper.", "fr", "STREET_ADDRESS", "87, rue de Barre, 29793 Quimper"),
    ("Vivo en Calle Mayor 5, 28013 Madrid.", "es", "STREET_ADDRESS", "Calle Mayor 5, 28013 Madrid"),
    ("Abito in Via Roma, 12, 00184 Roma (RM).", "it", "STREET_ADDRESS", "Via Roma, 12, 00184 Roma (RM)"),
    ("Mijn adres is Kerkstraat 12a, 1017 GC Amsterdam.", "nl", "STREET_ADDRESS", "Kerkstraat 12a, 1017 GC Amsterdam"),
    ("Moro na Rua Augusta, 70, 1100-053 Lisboa.", "pt", "STREET_ADDRESS", "Rua Augusta, 70, 1100-053 Lisboa"),
    # names, titles outside the span
    ("Hello, my name is John Smith.", "en", "PERSON_NAME", "John Smith"),
    ("Dear Mr. Brown, thanks.", "en", "PERSON_NAME", "Brown"),
    ("Sehr geehrte Frau Müller, vielen Dank.", "de", "PERSON_NAME", "Müller"),
    ("Herr Dr. Klaus Weber hat angerufen.", "de", "PERSON_NAME", "Klaus Weber"),
    ("Bonjour Mme Dubois, merci.", "fr", "PERSON_NAME", "Dubois"),
    ("M. Jean-Pierre Martin a appelé.", "fr", "PERSON_NAME", "Jean-Pierre Martin"),
    ("Estimada Sra. García, gracias.", "es", "PERSON_NAME", "García"),
    ("Me llamo María José García López.", "es", "PERSON_NAME", "María José García López"),
    ("Gentile Sig. Rossi, grazie.", "it", "PERSON_NAME", "Rossi"),
    ("Geachte Dhr. Jan de Vries,", "nl", "PERSON_NAME", "Jan de Vries"),
    ("Olá, o meu nome é João Silva.", "pt", "PERSON_NAME", "João Silva"),
    ("Thanks!\n\nBest regards,\nAnna Kowalczyk", "en", "PERSON_NAME", "Anna Kowalczyk"),
    ("Peter Meyer: the app crashes at login.", "en", "PERSON_NAME", "Peter Meyer"),
    ("Zojuist belde de heer Bakker terug.", "nl", "PERSON_NAME", "Bakker"),
    ("Ha chiamato la signora Bianchi.", "it", "PERSON_NAME", "Bianchi"),
    ("Born in 1985 in Ohio.", "en", "DATE_OF_BIRTH", "1985"),
    ("Server 10.0.0.12 is down.", "en", "IP_ADDRESS", "10.0.0.12"),
    # profile URLs
    ("See https://www.linkedin.com/in/jsmith for my CV.", "en", "URL", "https://www.linkedin.com/in/jsmith"),
    ("Mein Profil: https://github.com/amueller.", "de", "URL", "https://github.com/amueller"),
]


@pytest.mark.parametrize(("text", "language", "entity", "expected"), POSITIVES, ids=lambda v: str(v)[:30])
def test_positive(text: str, language: str, entity: str, expected: str) -> None:
    assert (entity, expected) in found(text, language)


# (text, language, entity that must NOT be reported anywhere in the text)
NEAR_MISSES = [
    ("Questions? Write to support@acme.com or info@example.org.", "en", "EMAIL"),
    ("Kontakt: kundenservice@firma.de, noreply@firma.de", "de", "EMAIL"),
    ("Call our hotline 0800 123 4567 for help.", "en", "PHONE"),
    ("Unsere Service-Hotline: 030 1234567", "de", "PHONE"),
    ("Appelez notre service client au 01 23 45 67 89.", "fr", "PHONE"),
    ("Card **** **** **** 4821 was declined.", "en", "CREDIT_CARD"),
    ("Karte XXXX-XXXX-XXXX-1111 abgelehnt.", "de", "CREDIT_CARD"),
    ("Order 4111 1111 1111 1112 shipped.", "en", "CREDIT_CARD"),  # fails Luhn
    ("IBAN DE89 3704 0044 0532 0130 01 is wrong.", "de", "IBAN"),  # bad mod-97
    ("Update to version 10.2.3.4 now.", "en", "IP_ADDRESS"),
    ("Firmware v1.2.3.4 released.", "en", "IP_ADDRESS"),
    ("Your order was shipped on 12/03/2024.", "en", "DATE_OF_BIRTH"),
    ("Bestellung vom 12.03.2024, Lieferung am 14.03.2024.", "de", "DATE_OF_BIRTH"),
    ("Commande du 5 juin 2024.", "fr", "DATE_OF_BIRTH"),
    ("The invoice from Müller GmbH arrived.", "en", "PERSON_NAME"),
    ("Die Rechnung von Schmidt & Partner AG kam an.", "de", "PERSON_NAME"),
    ("We ordered from Smith & Jones Ltd yesterday.", "en", "PERSON_NAME"),
    ("Rossi S.p.A. ha spedito il pacco.", "it", "PERSON_NAME"),
    ("Jansen B.V. levert morgen.", "nl", "PERSON_NAME"),
    ("The weather in May is nice.", "en", "PERSON_NAME"),
    ("Customer Service will call back.", "en", "PERSON_NAME"),
    ("Visit https://www.example.com/products/123 today.", "en", "URL"),
    ("Follow us: https://www.linkedin.com/company/acme", "en", "URL"),
    ("Order number 123456789 is ready.", "en", "NATIONAL_ID"),
    ("Tracking 12345678901 dispatched.", "de", "NATIONAL_ID"),
    ("The product costs 12.50 EUR.", "en", "PHONE"),
    ("User: I cannot log in\nAgent: Which browser?", "en", "PERSON_NAME"),
    ("Nom : Dupont", "fr", "DATE_OF_BIRTH"),
    ("The Rolling Stones played in Madison Square Garden.", "en", "PERSON_NAME"),
    ("Great product, fast delivery. Would buy again!", "en", "PERSON_NAME"),
    ("Meeting with Microsoft and Google next Monday in Berlin.", "en", "PERSON_NAME"),
]


@pytest.mark.parametrize(("text", "language", "entity"), NEAR_MISSES, ids=lambda v: str(v)[:30])
def test_near_miss(text: str, language: str, entity: str) -> None:
    assert entity not in entities(text, language)


def test_titles_stay_outside_names() -> None:
    for text, title in [
        ("Dr. Anna Müller", "Dr."),
        ("Frau Schulz", "Frau"),
        ("Mme Dubois", "Mme"),
        ("Sr. Pérez", "Sr."),
    ]:
        spans = [s for s in find_pii(f"Heute kam {text} vorbei.") if s.entity is Entity.PERSON_NAME]
        assert spans, text
        assert title not in f"Heute kam {text} vorbei."[spans[0].start : spans[0].end]


def test_spans_are_sorted_non_overlapping_and_typed() -> None:
    text = "Anna Schmidt, anna.schmidt@gmail.com, Hauptstraße 5, 10115 Berlin, +49 30 1234567, DE89370400440532013000"
    spans = find_pii(text, language="de")
    assert [s.entity for s in spans] == [
        Entity.PERSON_NAME,
        Entity.EMAIL,
        Entity.STREET_ADDRESS,
        Entity.PHONE,
        Entity.IBAN,
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    assert all(0 < s.score <= 1 for s in spans)
    assert spans[0].to_dict() == {"start": 0, "end": 12, "entity": "PERSON_NAME", "score": spans[0].score}


def test_language_is_guessed() -> None:
    # A French national number has no region prefix: the guessed language picks France.
    assert ("PHONE", "04 43 06 81 24") in found("Bonjour, vous pouvez m'appeler au 04 43 06 81 24, merci.")


def test_entities_filter() -> None:
    text = "John Smith, john@smith.org, +1 415-555-2671"
    assert entities(text) == {"PERSON_NAME", "EMAIL", "PHONE"}
    assert {str(s.entity) for s in find_pii(text, entities=["EMAIL"])} == {"EMAIL"}
    assert {str(s.entity) for s in find_pii(text, entities=[Entity.PHONE, "email"])} == {"EMAIL", "PHONE"}


def test_street_names_are_not_person_names_when_only_names_are_asked() -> None:
    text = "Lieferung an Goethestraße 5, 10115 Berlin."
    assert find_pii(text, language="de", entities=["PERSON_NAME"]) == []


def test_batch_matches_single_and_keeps_order() -> None:
    texts = ["John Smith called.", None, "", "IBAN DE89 3704 0044 0532 0130 00", "nothing"]
    batch = find_pii_batch(texts)
    assert batch == [find_pii(t) if isinstance(t, str) else [] for t in texts]
    assert batch[1] == [] and batch[2] == []


def test_batch_in_two_processes_matches_one() -> None:
    texts = [f"Mail {i}: anna{i}@example.org, ring +49 30 1234{i:03d}, Anna Schmidt" for i in range(1800)]
    assert _text._worker_count(texts, 2) == 2  # large enough to be spread over two processes
    assert find_pii_batch(texts, workers=2) == find_pii_batch(texts, workers=1)


@pytest.mark.parametrize(
    ("n_texts", "workers", "cores", "forks", "expected"),
    [
        (10, None, 4, True, 1),  # a small batch stays in this process
        (2000, None, 4, True, 4),  # a large one: one process per core where fork is available
        (2000, None, 4, False, 1),  # ... but spawned workers would each rebuild the gazetteer
        (2000, 0, 4, False, 4),  # unless asked for
        (2000, 3, 4, True, 3),
        (2000, 1, 4, True, 1),
        (2000, None, 1, True, 1),  # one core
        (2, 8, 8, True, 2),  # never more processes than texts (each of these is over 50,000 characters)
    ],
)
def test_worker_count(
    monkeypatch: pytest.MonkeyPatch, n_texts: int, workers: int | None, cores: int, forks: bool, expected: int
) -> None:
    monkeypatch.setattr(_text, "_usable_cores", lambda: cores)
    monkeypatch.setattr(_text, "_can_fork", lambda: forks)
    size = 60 if n_texts > 2 else 60_000
    texts: list[str | None] = ["x" * size] * n_texts
    assert _text._worker_count(texts, workers) == expected
    assert _text._worker_count([None] * n_texts, workers) == 1  # missing cells weigh nothing


def test_top_level_exports() -> None:
    assert privet.find_pii is find_pii
    assert privet.find_pii_batch is find_pii_batch


@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (lambda: find_pii(123), "text"),  # type: ignore[arg-type]
        (lambda: find_pii("x", language="xx"), "language"),
        (lambda: find_pii("x", entities=["AGE"]), "entities"),
        (lambda: find_pii("x", entities=["NOPE"]), "entities"),
        (lambda: find_pii_batch("a single string"), "texts"),
        (lambda: find_pii_batch(["x"], workers=-1), "workers"),
    ],
)
def test_bad_parameters(call, parameter: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidParameterError, match=parameter):
        call()


def test_redact_text() -> None:
    text = "Mail anna@mueller.de or call +49 30 1234567."
    spans = find_pii(text, language="de")
    assert redact_text(text, spans) == "Mail <EMAIL> or call <PHONE>."
    assert redact_text(text, spans, replacement="[{entity}]") == "Mail [EMAIL] or call [PHONE]."
    assert redact_text(text, spans, replacement="tag") == redact_text(text, spans)
    assert redact_text(text, spans, replacement="mask") == "Mail " + "*" * 15 + " or call " + "*" * 14 + "."
    masked = redact_text(text, spans, replacement=lambda span, value: "#" * len(value))
    assert len(masked) == len(text) and "anna" not in masked
    with pytest.raises(InvalidParameterError, match="spans"):
        redact_text(text, [Span(0, 10, Entity.EMAIL, 1.0), Span(5, 12, Entity.PHONE, 1.0)])
    with pytest.raises(InvalidParameterError, match="spans"):
        redact_text("short", [Span(0, 10, Entity.EMAIL, 1.0)])


# Validators: valid values and near-misses (one digit changed).
VALIDATORS = [
    (ids.luhn_valid, "4111111111111111", "4111111111111112"),
    (ids.iban_valid, "GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 33"),
    (ids.us_ssn_valid, "536-22-1234", "666-22-1234"),
    (ids.uk_nino_valid, "AB123456C", "AB123456E"),
    (ids.uk_nhs_valid, "9434765919", "9434765918"),
    (ids.de_steuer_id_valid, "86095742719", "86095742718"),
    (ids.de_svnr_valid, "65170839J003", "65170839J004"),
    (ids.fr_nir_valid, "269054958815780", "269054958815781"),
    (ids.es_dni_valid, "12345678Z", "12345678A"),
    (ids.es_nie_valid, "X1234567L", "X1234567M"),
    (ids.it_codice_fiscale_valid, "RSSMRA85T10A562S", "RSSMRA85T10A562T"),
    (ids.nl_bsn_valid, "111222333", "111222334"),
    (ids.br_cpf_valid, "123.456.789-09", "123.456.789-08"),
    (ids.be_nrn_valid, "85.07.30-033.28", "85.07.30-033.29"),
    (ids.pt_nif_valid, "123456789", "123456788"),
]


@pytest.mark.parametrize(("validator", "good", "bad"), VALIDATORS, ids=lambda v: getattr(v, "__name__", str(v)))
def test_validators(validator, good: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    assert validator(good)
    assert not validator(bad)


def test_faker_identifiers_validate() -> None:
    from faker import Faker

    checks = [
        ("pt_BR", "cpf", ids.br_cpf_valid),
        ("es_ES", "nif", ids.es_dni_valid),
        ("es_ES", "nie", ids.es_nie_valid),
        ("it_IT", "ssn", ids.it_codice_fiscale_valid),
        ("nl_NL", "ssn", ids.nl_bsn_valid),
        ("fr_FR", "ssn", ids.fr_nir_valid),
        ("en_US", "ssn", ids.us_ssn_valid),
        ("nl_BE", "ssn", ids.be_nrn_valid),
        ("en_US", "iban", ids.iban_valid),
        ("de_DE", "iban", ids.iban_valid),
    ]
    for locale, method, validator in checks:
        fake = Faker(locale)
        fake.seed_instance(11)
        values = [getattr(fake, method)() for _ in range(50)]
        assert sum(map(validator, values)) >= 49, (locale, method)


@pytest.mark.parametrize(
    ("mailbox", "language"),
    [
        ("servizioclienti@tessuti-lombardi.it", "it"),
        ("atencionalcliente@muebles-garcia.es", "es"),
        ("relationclient@maison-dupuis.fr", "fr"),
        ("sav@maison-dupuis.fr", "fr"),
        ("sac@lojas-ribeiro.com.br", "pt"),
        ("amministrazione@studio-ferri.it", "it"),
        ("administratie@bakkerij-smit.nl", "nl"),
        ("kundenservice.de@moebel-huber.de", "de"),
        ("ordersandreturns@gadgets.co.uk", "en"),
    ],
)
def test_company_role_mailboxes_are_not_personal(mailbox: str, language: str) -> None:
    assert "EMAIL" not in entities(f"Questions: {mailbox}, or reply to this message.", language)


@pytest.mark.parametrize(
    "mailbox",
    ["anna.servicemann@gmail.com", "salesanna@web.de", "sacha.dubois@orange.fr", "b.okafor@outlook.com"],
)
def test_personal_mailboxes_that_contain_role_words_stay_personal(mailbox: str) -> None:
    assert ("EMAIL", mailbox) in found(f"Write to {mailbox} please.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Your order 612345678 left our warehouse this morning.", "en"),
        ("Danke für Ihre Bestellung 1512345678, sie wird morgen geliefert.", "de"),
        ("Le colis 612345678 a été remis au transporteur.", "fr"),
        ("Adjunto la factura 2024/612345 del mes pasado.", "es"),
        ("La spedizione 3123456789 è in consegna.", "it"),
        ("Uw bestelling 612345678 is onderweg.", "nl"),
        ("O pedido 912345678 foi enviado hoje.", "pt"),
    ],
)
def test_order_invoice_and_parcel_numbers_are_not_phones(text: str, language: str) -> None:
    assert "PHONE" not in entities(text, language)


@pytest.mark.parametrize(
    ("text", "language", "phone"),
    [
        ("About my order: call me on 0612345678 after six.", "en", "0612345678"),
        ("Zur Bestellung bitte Rückruf unter 01512 3456789.", "de", "01512 3456789"),
        ("Commande livrée, mon portable : 06 12 34 56 78.", "fr", "06 12 34 56 78"),
    ],
)
def test_phones_next_to_order_words_stay_phones(text: str, language: str, phone: str) -> None:
    assert ("PHONE", phone) in found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Leider ist meine Karte abgelaufen.", "de"),
        ("Alta médica el lunes, control en dos semanas.", "es"),
        ("Bitte die neue IBAN verwenden, die alte ist gekündigt.", "de"),
        ("Please update my file. My SSN changed after the court order.", "en"),
    ],
)
def test_sentence_adverbs_and_identifier_names_are_not_person_names(text: str, language: str) -> None:
    assert "PERSON_NAME" not in entities(text, language)
