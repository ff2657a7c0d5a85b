"""Polish free text: language guess, name cues, addresses, birth dates, identifiers and phones (texts written
here, identifiers from published examples and Faker pl_PL)."""

from __future__ import annotations

import pytest
from faker import Faker

from privet.scan import find_pii
from privet.scan._language import guess_language


def found(text: str, language: str | None = None) -> set[tuple[str, str]]:
    return {(str(s.entity), text[s.start : s.end]) for s in find_pii(text, language=language)}


def test_polish_is_guessed() -> None:
    assert guess_language("Dzień dobry, nie mogę się zalogować do mojego konta od wczoraj.") == "pl"
    assert guess_language("Szanowni Państwo, proszę o zwrot pieniędzy za zamówienie.") == "pl"
    assert guess_language("Ich kann mich seit gestern nicht anmelden.") == "de"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Szanowny Panie, nazywam się Jan Kowalski i mieszkam przy ul. Długiej 5/7, 00-950 Warszawa. "
            "Mój PESEL to 44051401359, tel. 600 123 456.",
            {
                ("PERSON_NAME", "Jan Kowalski"),
                ("STREET_ADDRESS", "ul. Długiej 5/7, 00-950 Warszawa"),
                ("NATIONAL_ID", "44051401359"),
                ("PHONE", "600 123 456"),
            },
        ),
        (
            "Dzień dobry, pacjentka Anna Nowak, ur. 12.03.1985 w Krakowie, zgłosiła się z bólem głowy.",
            {("PERSON_NAME", "Anna Nowak"), ("DATE_OF_BIRTH", "12.03.1985")},
        ),
        (
            "Z poważaniem,\nMałgorzata Wiśniewska\nul. 3 Maja 12 m. 4, 31-123 Kraków",
            {("PERSON_NAME", "Małgorzata Wiśniewska"), ("STREET_ADDRESS", "ul. 3 Maja 12 m. 4, 31-123 Kraków")},
        ),
        (
            "Proszę o zwrot na rachunek 61 1090 1014 0000 0712 1981 2874. Pozdrawiam, Piotr Zieliński",
            {("IBAN", "61 1090 1014 0000 0712 1981 2874"), ("PERSON_NAME", "Piotr Zieliński")},
        ),
        (
            "Rozmawiałem z panią Kowalską, urodzona 3 maja 1990, telefon +48 512 345 678.",
            {("PERSON_NAME", "Kowalską"), ("DATE_OF_BIRTH", "3 maja 1990"), ("PHONE", "+48 512 345 678")},
        ),
        (
            "Pan Tomasz Lewandowski (data urodzenia: 1978-11-02) mieszka na os. Tysiąclecia 3, 40-001 Katowice.",
            {
                ("PERSON_NAME", "Tomasz Lewandowski"),
                ("DATE_OF_BIRTH", "1978-11-02"),
                ("STREET_ADDRESS", "os. Tysiąclecia 3, 40-001 Katowice"),
            },
        ),
        (
            "W załączeniu skan dowodu osobistego (seria i numer: ABA 300000). NIP: 123-456-32-18.",
            {("NATIONAL_ID", "ABA 300000"), ("NATIONAL_ID", "123-456-32-18")},
        ),
        ("Adres: Długa 5/7, 00-950 Warszawa", {("STREET_ADDRESS", "Długa 5/7, 00-950 Warszawa")}),
        (
            "Mieszkam: al. Konstytucji 3 Maja 80/30, 22-243 Inowrocław.",
            {("STREET_ADDRESS", "al. Konstytucji 3 Maja 80/30, 22-243 Inowrocław")},
        ),
        ("plac Żwirki i Wigury 681, 44-234 Kielce", {("STREET_ADDRESS", "plac Żwirki i Wigury 681, 44-234 Kielce")}),
        (
            "ulica Skłodowskiej-Curie 50/81, 93-596 Radom",
            {("STREET_ADDRESS", "ulica Skłodowskiej-Curie 50/81, 93-596 Radom")},
        ),
        (
            "Dane do przelewu: PL61 1090 1014 0000 0712 1981 2874, odbiorca Jan Kowalski.",
            {("IBAN", "PL61 1090 1014 0000 0712 1981 2874"), ("PERSON_NAME", "Jan Kowalski")},
        ),
        ("Pacjent urodził się 14 lutego 1956 w Poznaniu.", {("DATE_OF_BIRTH", "14 lutego 1956")}),
        ("Urodzona w 1985 r. w Gdyni.", {("DATE_OF_BIRTH", "1985")}),
        ("Szanowny Panie, dziękuję za odpowiedź.", set()),
        ("Rozmawiałem z Anną Kowalską o umowie.", {("PERSON_NAME", "Anną Kowalską")}),
        ("Wizyta Pana Piotra Zielińskiego odbyła się wczoraj.", {("PERSON_NAME", "Piotra Zielińskiego")}),
    ],
)
def test_polish_texts(text: str, expected: set[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_polish_ids_need_their_name_or_a_polish_text() -> None:
    assert found("Order 44051401359 shipped.") == set()  # a valid PESEL shape in English, no cue
    assert found("Paszport: AA1234567.") == set()  # wrong check digit
    assert found("Numer zamówienia 1234563218 został wysłany.") == set()  # a valid NIP without "NIP"
    assert found("Mój paszport AA1234563 wygasa.") == {("NATIONAL_ID", "AA1234563")}


def test_faker_pesels_in_text() -> None:
    fake = Faker("pl_PL")
    fake.seed_instance(2)
    for _ in range(50):
        pesel = fake.pesel()
        assert ("NATIONAL_ID", pesel) in found(f"Klient podał numer PESEL {pesel} przy rejestracji.")


def test_other_languages_are_unchanged_by_polish_cues() -> None:
    assert found("Dear Sir, my name is John Smith.") == {("PERSON_NAME", "John Smith")}
    assert found("Sehr geehrte Frau Dr. Müller, danke.") == {("PERSON_NAME", "Müller")}
