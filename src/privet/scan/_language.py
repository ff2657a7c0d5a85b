"""Guess the language of a short text from its function words (no model, no download).

Function words (articles, pronouns, prepositions, auxiliaries) are the most frequent tokens of every
language and rarely shared between the eight languages privet scans. Counting them is enough to tell
en/de/fr/es/it/nl/pt/pl apart on a sentence or two, which is all the span finder needs: the language picks
the phone region, the title list and the birth-date cues.
"""

from __future__ import annotations

import re
from functools import cache

from privet.scan import _lang_pl
from privet.scan._latin1 import latin1_twin

__all__ = ["LANGUAGES", "STOPWORDS", "guess_language", "word_set"]


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


#: The languages the span finder knows, as ISO 639-1 codes.
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")

#: A short list of frequent, mostly language-specific function words per language.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": word_set(
        "the and of to is was are were be been have has had this that with for not you your my his her "
        "their our we they he she it from at by on in an or but what which who when where will would "
        "can could should there here please thanks thank hello dear regards me i am do does did "
        "since yesterday cannot can't order would like about after before because been into only"
    ),
    "de": word_set(
        "der die das den dem des und ist sind war waren nicht ein eine einen einem einer mit für von zu "
        "auf bei ich sie er wir ihr mein meine ihre sein seine auch noch wie aber oder wenn dass hat habe "
        "haben wird werden bitte danke grüße grüßen sehr geehrte geehrter hallo im am vom zum zur "
        "ich kann mich seit gestern nicht meine ist sie unsere ihre wurde bestellung kunde"
    ),
    "fr": word_set(
        "le la les un une des du de et est sont était avec pour pas ne je vous il elle nous ils elles "
        "mon ma mes son sa ses notre votre sur dans par au aux ce cette qui que mais ou où bonjour merci "
        "madame monsieur cordialement suis être avoir ai été "
        "je peux plus me mon votre nous vous depuis hier merci commande client appelez"
    ),
    "es": word_set(
        "el la los las un una unos unas y es son era fue con para por no yo usted él ella nosotros "
        "mi mis su sus nuestro en del al que pero o como muy hola gracias estimado estimada saludos "
        "soy está están he ha hemos ser estoy "
        "puedo desde ayer llamo pueden contactarme pedido gracias favor cuenta usted"
    ),
    "it": word_set(
        "il lo la gli le un una uno e è sono era con per non io lei lui noi voi loro mio mia miei mie "
        "suo sua nostro vostro di del della dei delle nel nella al alla che ma o come molto ciao grazie "
        "gentile saluti sono ho ha abbiamo essere "
        "mi ti si ci vi buongiorno buonasera potete posso riesco ieri chiamo ordine questo questa anche "
        "perché sempre tutto cordiali"
    ),
    "nl": word_set(
        "de het een en is zijn was waren niet met voor van op bij ik u jij je hij zij wij we mijn zijn "
        "haar ons onze uw ook nog hoe maar of als dat heeft heb hebben wordt worden alstublieft dank "
        "bedankt groeten geachte beste hallo naar uit aan "
        "kan sinds gisteren niet inloggen mijn uw bestelling graag vriendelijke groet wel"
    ),
    "pt": word_set(
        "o a os as um uma uns umas e é são era foi com para por não eu você ele ela nós eles elas meu "
        "minha meus minhas seu sua nosso nossa em no na nos nas do da dos das ao que mas ou como muito "
        "olá obrigado obrigada prezado prezada cumprimentos sou está estou tenho tem ser "
        "consigo desde ontem podem contactar-me pelo encomenda também você vocês"
    ),
    "pl": word_set(_lang_pl.STOPWORDS),
}

_WORD = re.compile(r"[^\W\d_]+")
_WORD_L1 = latin1_twin(_WORD)
# Letters only some languages use tip a close call.
_LETTER_HINTS: dict[str, str] = {
    "ß": "de",
    "ä": "de",
    "ö": "de",
    "ü": "de",
    "ñ": "es",
    "ç": "fr",
    "ã": "pt",
    "õ": "pt",
    "ê": "pt",
    "è": "fr",
    "ù": "it",
    "ì": "it",
    "ò": "it",
    "ij": "nl",
    "ł": "pl",
    "ą": "pl",
    "ę": "pl",
}


@cache
def _owners() -> dict[str, tuple[str, ...]]:
    owners: dict[str, list[str]] = {}
    for lang, words in STOPWORDS.items():
        for word in words:
            owners.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in owners.items()}


def guess_language(
    text: str, *, default: str | None = None, lower: str | None = None, latin1: bool = False
) -> str | None:
    """The most likely of :data:`LANGUAGES` for ``text``, or ``default`` when no function word is found.

    A word shared by several languages counts for each of them with weight 1/number-of-languages, so the
    distinctive words decide. Ties go to the first language in :data:`LANGUAGES` order. ``lower`` is
    ``text.lower()`` when the caller has it already; ``latin1`` that all its characters are below U+0100.
    """
    owners = _owners()
    scores = dict.fromkeys(LANGUAGES, 0.0)
    seen = False
    lowered = text.lower() if lower is None else lower
    for word in (_WORD_L1 if latin1 else _WORD).findall(lowered):
        langs = owners.get(word)
        if langs:
            seen = True
            share = 1.0 / len(langs)
            for lang in langs:
                scores[lang] += share
    for hint, lang in _LETTER_HINTS.items():
        if hint in lowered:
            scores[lang] += 0.5
            seen = True
    if not seen:
        return default
    best = max(LANGUAGES, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else default
