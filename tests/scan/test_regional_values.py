"""Value shapes of more countries: street types of the seven languages' countries and Swiss plates, under a
meaningless header; shapes that must stay apart."""

from __future__ import annotations

import polars as pl
import pytest

import privet


def _entity(values: list[str]) -> str:
    return privet.scan(pl.DataFrame({"c1": (values * 40)[:120]})).columns[0].entity


@pytest.mark.parametrize(
    ("country", "values"),
    [
        ("GB", ["Flat 3, 12 Mill Row", "Flat 6, 4 Church Mews", "27 Station Parade", "Flat 2, 9 Elm Grove"]),
        ("AU", ["12 Beach Esplanade", "4/18 Smith Cres", "77 Ocean Pde", "3 Hill Tce"]),
        ("CO", ["Carrera 7 # 12-34", "Calle 45 # 10-21", "Transversal 5 # 3-10", "Diagonal 22 # 8-90"]),
        ("PE", ["Jr. Huallaga 123", "Av. Arequipa 456", "Jirón Ucayali 77", "Pasaje Los Olivos 12"]),
        ("MX", ["Calzada de Tlalpan 1024", "Privada Juárez 8", "Cerrada del Sol 15", "Andador 5 de Mayo 3"]),
        ("PT", ["Beco do Forno 3", "Calçada da Ajuda 17", "Praceta do Sol 4", "Ladeira da Barroca 22"]),
        ("IT", ["Piazzale Roma 4", "Borgo Pinti 18", "Lungomare Caracciolo 9", "Piazzale Loreto 2"]),
        ("BE", ["Koningsdreef 12", "Bosdreef 4", "Passage du Nord 9", "Sentier des Pins 7"]),
        ("GB-lines", ["Flat 4\nMarlow Heights", "Studio 12\nKeats Rise", "Flat 9\nOrchard View", "Flat 2\nTithe Barn"]),
        ("AU-units", ["Unit 3 17 Wattle Loop", "Level 2 40 Pier Quays", "Apt. 12 5 Banksia Bend", "9 Gum Crest"]),
    ],
)
def test_street_types_of_more_countries(country: str, values: list[str]) -> None:
    assert _entity(values) == "STREET_ADDRESS", country


def test_swiss_plates() -> None:
    assert _entity(["ZH 466489", "BE 242401", "TI 393132", "VD 12345", "GE 998877", "SG 4471"]) == "LICENSE_PLATE"


@pytest.mark.parametrize(
    ("country", "values"),
    [
        ("IE", ["08-WX-4417", "161-L-903", "99-TS-12", "231-MH-7720", "12-D-58821", "192-CE-3"]),
        ("IN", ["GJ 01 AB 4410", "RJ14CV0021", "UP 32 H 9087", "WB-02-AK-7713", "PB 10 DE 5566", "HR26 BQ 8001"]),
    ],
)
def test_plates_of_more_countries(country: str, values: list[str]) -> None:
    assert _entity(values) == "LICENSE_PLATE", country


@pytest.mark.parametrize(
    "values",
    [
        ["Green tea 20 bags", "Studio headphones 3", "Row boat 2 seats", "Grove soap 4 pack"],  # products
        ["v1.2.3", "v2.0.1", "v3.4.5", "v1.0.9"],
    ],
)
def test_products_are_not_addresses(values: list[str]) -> None:
    assert _entity(values) == "NONE"
