"""Span rules learnt from the fresh text set blind17: businesses named after their owner, "family" and "colleague"
before a name, two people joined by "and", and Facebook profiles by number."""

from __future__ import annotations

import pytest

import privet


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], str(s.entity.value)) for s in privet.find_pii(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ich war gestern bei Farmacia Ortega in Madrid.",
        "Bitte an Optyk Kamiński wenden.",
        "Fietsenwinkel Visser heeft gebeld over de reparatie.",
        "Contattare Trasporti Ferrari per la consegna.",
        "La factura de Assurances Lefèvre llegó ayer.",
    ],
)
def test_a_business_named_after_its_owner_is_no_person(text: str) -> None:
    assert not [s for s in _spans(text) if s[1] == "PERSON_NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Familie Sager wohnt seit 2019 hier.", "Sager"),
        ("Die Kollegin Mentzel ruft morgen zurück.", "Mentzel"),
        ("J'ai parlé à la famille Gosselin hier.", "Gosselin"),
        ("Ho sentito la collega Morandini stamattina.", "Morandini"),
    ],
)
def test_family_and_colleague_stay_outside_the_name(text: str, name: str) -> None:
    assert (name, "PERSON_NAME") in _spans(text)


def test_and_between_two_full_names_makes_two_people_but_double_surnames_stay_one() -> None:
    assert _spans("Lo dijo Yago Pedraza y Gloria Sastre también.") == [
        ("Yago Pedraza", "PERSON_NAME"),
        ("Gloria Sastre", "PERSON_NAME"),
    ]
    assert _spans("El filósofo José Ortega y Gasset escribió mucho.") == [("José Ortega y Gasset", "PERSON_NAME")]
    assert _spans("Maria Costa e Silva chegou ontem.") == [("Maria Costa e Silva", "PERSON_NAME")]


def test_a_facebook_profile_by_number_is_one_url_not_a_phone_or_card() -> None:
    url = "https://www.facebook.com/profile.php?id=39771516438317"
    assert _spans(f"Mein Profil: {url} – schreib mir.") == [(url, "URL")]
    assert _spans("Login unter https://www.facebook.com/login.php bitte.") == []


@pytest.mark.parametrize(
    "address",
    [
        "C. de Cristóbal Barceló, 99, 4º C, 38066 Huelva",  # Spanish floor and door
        "Rua de Henriques, 79, 6º Esq., 6612-387 Tomar",  # Portuguese floor and side
        "Calle Mayor 5, Bajo A, 28013 Madrid",
        "58 bis rue de Pereira, 27155 Marchal-sur-Baron",  # French "bis" number
    ],
)
def test_floor_door_and_bis_stay_inside_one_address(address: str) -> None:
    assert _spans(f"Dirección / adresse: {address}. Gracias.") == [(address, "STREET_ADDRESS")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FOR OFFICE USE: receipt 2021/33346, checked by L. Martinez", "L. Martinez"),  # "L" is no article here
        ("Analyst: A. Costa   Ticket: CS9969949", "A. Costa"),
        ("Present: Marion Dale (chair), Adam Jones, L. Edwards", "L. Edwards"),
        ("Mentor: mevr. Nihoe", "Nihoe"),  # a title abbreviated in lower case
        ("Rédacteur : brigadier Ferrand", "Ferrand"),  # a rank
        ("Surname: FIELD", "FIELD"),  # a form's name field: capitals are the surname, not an acronym
        ("NOM : MARTEL", "MARTEL"),
        ("geh zur verbraucherzentrale. mein mann berndt hat so sein geld", "berndt"),
        ("Patient: Wallace-Smith, Iain", "Wallace-Smith, Iain"),  # surname first, hyphenated
    ],
)
def test_names_after_initials_titles_ranks_and_form_fields(text: str, name: str) -> None:
    assert (name, "PERSON_NAME") in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Betreff: Ihre Schadenmeldung",
        "Assunto: reclamação",
        "Sent: 06/05/2024 14:32",  # a date and an hour
        "receipt 2021/33346 checked",  # a number of a year's series
        "* Upgraded bundled runtime to 3.3.4.213.",  # a version after software words
        "Please write to claims@acme-insurance.co.uk or schaden@versicherung.de",  # claims desks
    ],
)
def test_labels_dates_references_versions_and_claims_desks_are_no_personal_data(text: str) -> None:
    assert _spans(text) == []


def test_a_personal_number_and_ip_stay_found_beside_those_rules() -> None:
    assert ("0161 066 4695", "PHONE") in _spans("Call me at 0161 066 4695")
    assert ("0211/33346", "PHONE") in _spans("Tel. 0211/33346")
    assert ("101.106.194.97", "IP_ADDRESS") in _spans("After the update, login from 101.106.194.97 failed")
    assert ("203.0.113.54", "IP_ADDRESS") in _spans("my home router is 203.0.113.54")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Guten Tag Herr Dietz,\nvielen Dank", "Dietz"),  # greeting and title outside
        ("Bonjour Docteur Peron,", "Peron"),
        ("Witness: PC Thompson-Pratt", "Thompson-Pratt"),  # a police rank
        ("Gruß, Günter vom Kundenservice", "Günter"),  # "vom Kundenservice" is his team
        ("Nutzer Horst-Günter Ackermann meldet", "Horst-Günter Ackermann"),
        ("Schaden in der Wohnung Kobeltring 4, 87980 Bad Liebenwerda", "Kobeltring 4, 87980 Bad Liebenwerda"),
        ("Anschrift Janko-Rädel-Ring 78, 74902 Wismar", "Janko-Rädel-Ring 78, 74902 Wismar"),
    ],
)
def test_greetings_titles_teams_and_labels_stay_outside_a_span(text: str, span: str) -> None:
    assert span in [s for s, _ in _spans(text)]


def test_particles_inside_names_stay() -> None:
    assert _spans("Ludwig van Beethoven wrote it.") == [("Ludwig van Beethoven", "PERSON_NAME")]
    assert ("Anna van der Berg", "PERSON_NAME") in _spans("Met Anna van der Berg today.")


@pytest.mark.parametrize(
    "text",
    [
        "Nieuw nummer: 06 12345678",  # "nieuw" is no "nie" (a Spanish id) cue
        "Bonjour, 06 12 34 56 78 est mon numéro.",
        "Caseworker 07700 900123 (direct line).",
        "Meu telefone: 2012-3456, ligue à tarde.",  # a phone cue wins over a year-series shape
    ],
)
def test_reference_cues_do_not_swallow_personal_phones(text: str) -> None:
    assert [e for _, e in _spans(text)] == ["PHONE"]


@pytest.mark.parametrize(
    "text",
    [
        "Our family Christmas party is on Friday",
        "Sold the family Volvo last year",
        "Un agent EDF passera demain",
        "user agent Mozilla/5.0 (Windows NT 10.0)",
        "We met on ms Teams yesterday",
        "App version 5.15.0.3428 crashes on start",
    ],
)
def test_ordinary_words_after_ranks_and_relations_are_no_names(text: str) -> None:
    assert _spans(text) == []


def test_real_ips_near_software_words_and_names_that_are_words() -> None:
    assert ("192.168.1.20", "IP_ADDRESS") in _spans(
        "After the firmware update the customer's router 192.168.1.20 kept rebooting."
    )
    assert ("Edit Kovács", "PERSON_NAME") in _spans("Edit Kovács hat angerufen.")
    assert ("Handler", "PERSON_NAME") in _spans("Bitte Herrn Handler anrufen.")
