"""Call transcripts, tickets and notes: speaker roles and yes/no answers are not names, a birth date can be the
answer on the next line, codes glued to digits and months beside a day are not names, version strings after an
update are not IPs, and a number right after "order #" is the order's, not a phone."""

from __future__ import annotations

import pytest

import privet


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity.value) for s in privet.find_pii(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Agent: Could you confirm your date of birth?\nCaller: Sure, it's 3 March 1961.\nAgent: Thank you.",
         "3 March 1961"),
        ("Berater: Wie lautet Ihr Geburtsdatum?\nAnruferin: Ja, 17.08.1990.\nBerater: Danke.", "17.08.1990"),
        ("Operatore: Mi conferma la data di nascita?\nCliente: Sì, 05/11/1975.", "05/11/1975"),
    ],
)  # fmt: skip
def test_a_birth_date_given_as_the_answer_on_the_next_line(text: str, date: str) -> None:
    found = _found(text)
    assert (date, "DATE_OF_BIRTH") in found
    assert all(entity != "PERSON_NAME" for _, entity in found)  # roles and "Ja", "Sì" are no names


def test_a_date_after_an_unrelated_question_is_not_a_birth_date() -> None:
    text = (
        "Agent: What is your date of birth?\nCaller: I would rather not say.\nAgent: The order of 12/03/2024 shipped."
    )
    assert all(entity != "DATE_OF_BIRTH" for _, entity in _found(text))


def test_a_date_followed_by_a_birth_verb() -> None:
    assert ("21.09.1948", "DATE_OF_BIRTH") in _found("Mein Vater ist am 21.09.1948 geboren.")
    assert ("4/5/1990", "DATE_OF_BIRTH") in _found("Ella el 4/5/1990 nació en Sevilla.")
    assert all(e != "DATE_OF_BIRTH" for _, e in _found("Die Lieferung ist am 21.09.2024 eingegangen."))


@pytest.mark.parametrize(
    "text",
    [
        "Arriving on flight LH2032 around 19:15, ticket CASE-778524 attached.",
        "The charge on 15 Sep 2025 was a duplicate.",
        "Dear Hiring Manager,\nplease find my application attached.",
        "Conseiller : Bonjour.\nClient : Oui, merci.\nConseiller : Au revoir.",
    ],
)
def test_codes_months_and_roles_are_not_names(text: str) -> None:
    assert all(entity != "PERSON_NAME" for _, entity in _found(text))


def test_version_strings_after_an_update_are_not_ips() -> None:
    assert _found("VPN drops after the update to 4.5.5.203 on my laptop") == []
    assert _found("Aktualisierung auf 2.0.2.62 fehlgeschlagen") == []
    assert ("203.0.113.54", "IP_ADDRESS") in _found("my home router is 203.0.113.54")


def test_a_number_right_after_order_is_the_orders() -> None:
    found = _found("Mike called about order #552419450. Callback number (303) 426-6225.")
    assert ("552419450", "PHONE") not in found
    assert ("(303) 426-6225", "PHONE") in found
    assert ("0612345678", "PHONE") in _found("about my order: please call 0612345678")


def test_a_first_name_signing_off_a_message() -> None:
    assert ("Martina", "PERSON_NAME") in _found("The parcel never arrived, please refund me. Martina")
    assert all(e != "PERSON_NAME" for _, e in _found("We met in the lobby. Paris"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seen by Dr hoffmann this morning.", "hoffmann"),
        ("Next of kin: laura bennett, 0161 496 0000.", "laura bennett"),
        ("Name: oliver grant\nDate of birth: 1990-02-03", "oliver grant"),
        ("Sehr geehrte Frau krüger,", "krüger"),
    ],
)
def test_lower_case_names_after_a_title_or_a_person_label(text: str, name: str) -> None:
    assert (name, "PERSON_NAME") in _found(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Nací el 1961-02-14 en Soria.", "1961-02-14"),
        ("Urodziłem się 03.05.1979 w Gdańsku.", "03.05.1979"),
        ("Data urodzenia w systemie: 14 lutego 1958.", "14 lutego 1958"),
    ],
)
def test_first_person_birth_verbs_and_polish_months(text: str, date: str) -> None:
    assert (date, "DATE_OF_BIRTH") in _found(text)


def test_booking_mailboxes_are_company_mailboxes() -> None:
    assert _found("Fragen an buchung@hotel-am-see.de oder boekingen@reis.nl") == []
