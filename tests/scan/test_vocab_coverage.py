"""Value vocabularies per country: parties and unions of every covered country, census categories, religions and
education levels, and columns of them classified as such."""

from __future__ import annotations

import polars as pl
import pytest

import privet
from privet.entities import Entity
from privet.scan._normalize import fold
from privet.scan._vocab import VOCABULARIES, vocabulary_ratio
from privet.scan._vocab_regions import BY_COUNTRY, COUNTRIES, EXTRA_TERMS


@pytest.mark.parametrize("entity", [Entity.POLITICAL_OPINION, Entity.TRADE_UNION], ids=lambda e: e.value)
def test_every_country_has_entries(entity: Entity) -> None:
    by_country = BY_COUNTRY[entity]
    missing = [c for c in COUNTRIES if len([t for t in by_country.get(c, "").split("|") if t]) < 3]
    assert not missing, f"{entity.value}: fewer than three entries for {missing}"
    assert set(by_country) <= set(COUNTRIES)


@pytest.mark.parametrize("entity", sorted(EXTRA_TERMS, key=str), ids=lambda e: e.value)
def test_extra_terms_are_in_the_vocabulary(entity: Entity) -> None:
    absent = [t for t in EXTRA_TERMS[entity].split("|") if fold(t) and fold(t) not in VOCABULARIES[entity]]
    assert not absent


def test_common_words_and_other_codes_are_not_party_or_union_values() -> None:
    """Values that are words or codes of other columns: US states, months, file formats, sizes, salutations."""
    for value in ["PA", "DC", "ACT", "Dec", "CSV", "Cup", "Mr", "India", "Deutsch", "GPA", "into", "goed"]:
        hits = [e for e, terms in VOCABULARIES.items() if fold(value) in terms and e is not Entity.GENDER]
        assert Entity.POLITICAL_OPINION not in hits and Entity.TRADE_UNION not in hits, value
        assert Entity.ETHNICITY not in hits and Entity.EDUCATION not in hits, value


COLUMNS = [
    ("AU", ["Labor", "Liberal", "The Nationals", "Greens", "One Nation"], Entity.POLITICAL_OPINION),
    ("ZA", ["ANC", "Democratic Alliance", "EFF", "IFP", "Freedom Front Plus"], Entity.POLITICAL_OPINION),
    ("MX", ["Morena", "PAN", "PRI", "Movimiento Ciudadano", "PVEM"], Entity.POLITICAL_OPINION),
    ("AT", ["ÖVP", "SPÖ", "FPÖ", "NEOS", "Die Grünen"], Entity.POLITICAL_OPINION),
    ("BE", ["N-VA", "Vlaams Belang", "CD&V", "Vooruit", "Ecolo"], Entity.POLITICAL_OPINION),
    ("IN", ["BJP", "Indian National Congress", "AAP", "Trinamool Congress", "DMK"], Entity.POLITICAL_OPINION),
    ("CA", ["CUPE", "Unifor", "PSAC", "FTQ", "CSN"], Entity.TRADE_UNION),
    ("CH", ["Unia", "Syna", "VPOD", "syndicom", "Travail.Suisse"], Entity.TRADE_UNION),
    ("AU", ["ACTU", "CFMEU", "AWU", "ANMF", "United Workers Union"], Entity.TRADE_UNION),
    ("NZ", ["Māori", "NZ European", "Pacific Peoples", "Samoan", "Tongan"], Entity.ETHNICITY),
    ("ZA", ["Black African", "Coloured", "Indian or Asian", "White", "Other"], Entity.ETHNICITY),
    ("CO", ["Afrocolombiano", "Raizal", "Palenquero", "Indígena", "Ningún grupo étnico"], Entity.ETHNICITY),
    ("GB", ["GCSEs", "A levels", "Degree", "NVQ", "No qualifications"], Entity.EDUCATION),
    ("CH", ["Lehrabschluss", "Matura", "Berufsmaturität", "Fachhochschule", "Universität"], Entity.EDUCATION),
    ("BR", ["Fundamental incompleto", "Ensino médio completo", "Superior completo", "Analfabeto"], Entity.EDUCATION),
    ("NL", ["PKN", "Rooms-katholiek", "Islam", "Geen religie", "Humanist"], Entity.RELIGION),
]


@pytest.mark.parametrize(("country", "values", "expected"), COLUMNS, ids=[f"{c}-{e.value}" for c, _, e in COLUMNS])
def test_country_columns_match_their_vocabulary(country: str, values: list[str], expected: Entity) -> None:
    counts = {v: 10 + i for i, v in enumerate(values)}
    ratios = vocabulary_ratio(counts)
    assert max(ratios, key=lambda e: ratios[e]) is expected and ratios[expected] >= 0.75, (country, ratios)
    column = (values * 20)[:80]
    report = privet.scan(pl.DataFrame({"c12": column}))
    assert report.columns[0].entity == expected.value, country


@pytest.mark.parametrize(
    "values",
    [
        ["Hypertonie", "Typ-2-Diabetes", "COPD", "Morbus Parkinson", "Nichtraucherin"],
        ["diabète de type 2", "BPCO", "sclérose en plaques", "ancien fumeur", "VIH"],
        ["EPOC", "diabetes tipo 1", "esquizofrenia", "exfumadora", "embarazada"],
        ["diabete di tipo 2", "BPCO", "sclerosi multipla", "ex fumatrice", "ipotiroidismo"],
        ["hypertensie", "diabetes type 2", "ziekte van Alzheimer", "ex-roker", "zwanger"],
        ["fumador", "ex-fumador", "não fumador", "DPOC", "cancro da mama"],
    ],
    ids=["de", "fr", "es", "it", "nl", "pt"],
)
def test_condition_names_in_each_language(values: list[str]) -> None:
    assert vocabulary_ratio(dict.fromkeys(values, 5)).get(Entity.HEALTH, 0.0) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Homosexual/Gay", "Heterosexual or straight", "Bisexual", "Lesbian or gay"], Entity.SEXUAL_ORIENTATION),
        (
            ["Black or African American", "White/Caucasian", "Asian or Pacific Islander", "Chinese British"],
            Entity.ETHNICITY,
        ),
        (["Cristiano evangélico", "Cristiana católica", "cristiano ortodoxo", "Ateo"], Entity.RELIGION),
    ],
    ids=["orientation", "ethnicity", "religion"],
)
def test_answers_joining_terms_match_their_vocabulary(values: list[str], expected: Entity) -> None:
    frame = pl.DataFrame({"q7": (values * 30)[:120]})
    assert privet.scan(frame).columns[0].entity is expected


def test_joined_everyday_words_match_no_vocabulary() -> None:
    shares = vocabulary_ratio({"Red or white": 5, "Green tea / black tea": 5, "Black shoes": 5, "Lisboa e Porto": 5})
    assert max(shares.values(), default=0.0) < 0.3
