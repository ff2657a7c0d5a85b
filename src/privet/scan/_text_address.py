"""Street addresses in running text, for en/de/fr/es/it/nl/pt, as ONE span (street, number, postcode, town).

A street is found in one of four shapes:

1. a street-type word first, then the name and the number (es/it/pt/fr: "Calle Mayor 5", "Via Roma, 12",
   "Rua Augusta, 70") — the number may also come first in French ("87, rue de Barre");
2. the number first, then the name and a street-type word (en: "1777 Kramer Court");
3. a compound street word and the number (de/nl: "Goethestraße 5", "Kerkstraat 12a", "Am Markt 3");
4. any capitalized name and a number, when a postcode and a town follow ("Zur Mühle 5, 12345 Gera").

The span is then extended over a flat/floor part and the locality (postcode + town, town + postcode,
"Town, ST 12345", "56011, Gabella (PI)"). Street-type words come from Faker's address providers (the same
package as the name gazetteer) plus common abbreviations.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache

from privet.entities import Entity
from privet.scan._language import word_set
from privet.scan._latin1 import latin1_twin
from privet.scan._spans import Span
from privet.scan._text_patterns import Context, contains_any

__all__ = ["addresses"]

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_CAPWORD = rf"[{_UP}][^\W\d_]*(?:['’\-.][^\W\d_]+)*\.?"
_PARTICLE = (
    r"(?:de|del|de\s+la|de\s+las|de\s+los|della|delle|degli|dei|di|da|do|dos|das|du|des|d'|l'|la|le|les|"
    r"van|von|der|den|het|'t|y|e|am|an|auf|im|in|zum|zur|sur|sous|en|op|aan|bij|of|the)"
)
# Words of a street or a town are on one line: only blanks separate them (a line break may come before the
# locality, see _SEP).
_BL = r"[ \t\u00a0]+"
_NAME_SEQ = rf"{_CAPWORD}(?:{_BL}(?:{_PARTICLE}{_BL})*{_CAPWORD}){{0,4}}"
# A house number: "5", "12a", "12 b", "12-14", "7/2", "s/n". A range has no blanks around its dash, so that
# "Toblerstrasse 256 - 5154 Glarus" keeps its postcode.
_NUM = r"\d{1,5}(?:\s?[a-zA-Z](?![\w]))?(?:[-/]\d{1,4}[a-zA-Z]?)?|[Ss]/[Nn]"
_HNUM = r"\d{1,4}(?:\s?[a-zA-Z](?![\w]))?(?:[-/]\d{1,4}[a-zA-Z]?)?|[Ss]/[Nn]"

# Street-type words that are not in Faker's lists, or are abbreviations.
_EXTRA_PREFIXES = sorted(
    word_set(
        "rue avenue av av. ave ave. avda avda. boulevard bd bd. blvd chemin allée allee impasse place "
        "quai route cours square passage rond-point faubourg calle c/ c. avenida plaza paseo camino "
        "carretera ronda travesía travesia glorieta pasaje rambla via viale piazza piazzale corso largo "
        "vicolo strada borgo contrada lungomare salita rua r. travessa praça praca alameda estrada "
        "rodovia avenue"
    )
)
_EXTRA_SUFFIXES = sorted(
    word_set(
        "street st st. road rd rd. avenue ave ave. lane ln ln. drive dr dr. court ct ct. way place pl pl. "
        "boulevard blvd terrace close crescent gardens square parkway pkwy circle cir highway hwy row "
        "mews grove hill walk green park"
    )
)
_COMPOUND = sorted(
    word_set(
        "straße strasse str. gasse weg allee platz ring damm ufer chaussee steig pfad markt graben hof "
        "berg kamp straat laan plein gracht kade singel dijk baan dreef pad steeg lei park hof markt"
    )
)
_GERMANIC_LEAD = (
    r"(?:Am|An\s+der|An\s+den|Auf\s+der|Auf\s+dem|Im|In\s+der|In\s+den|Zum|Zur|Unter\s+den|Hinter\s+der|"
    r"Alte|Alter|Neue|Neuer|Hohe|Lange|Große|Kleine|Korte|Grote|Oude|Nieuwe|Lange)"
)


def _faker_words(attrs: tuple[str, ...], locales: tuple[str, ...]) -> set[str]:
    words: set[str] = set()
    for locale in locales:
        try:
            provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        for attr in attrs:
            value = getattr(provider, attr, ())
            if isinstance(value, (list, tuple, dict)):
                words.update(str(v) for v in value)
    return words


def _alternation(words: set[str]) -> str:
    cleaned = {w.strip() for w in words if w.strip()}
    return "|".join(re.escape(w) for w in sorted(cleaned, key=lambda w: (-len(w), w)))


@cache
def _patterns() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]:
    prefixes = _faker_words(("street_prefixes",), ("fr_FR", "es_ES", "es_MX", "pt_PT", "pt_BR")) | set(_EXTRA_PREFIXES)
    prefixes |= _faker_words(("street_suffixes",), ("it_IT",))
    suffixes = _faker_words(("street_suffixes",), ("en_US",)) | set(_EXTRA_SUFFIXES)
    compound = _faker_words(("street_suffixes_short",), ("de_DE", "de_AT")) | set(_COMPOUND)
    compound |= _faker_words(("street_suffixes",), ("nl_NL", "nl_BE", "de_CH"))
    prefix_alt = _alternation(prefixes | {p.capitalize() for p in prefixes} | {p.upper() for p in prefixes})
    suffix_alt = _alternation(suffixes | {w.capitalize() for w in suffixes})  # "St", "Rd" as well as "st"
    compound_alt = _alternation(compound)
    tail_words = rf"(?:{_BL}(?:{_PARTICLE}{_BL})*(?:{_CAPWORD}|\d{{1,2}}{_BL}de{_BL}{_CAPWORD})){{0,4}}"
    # 1. street-type word first: "Calle de Alcalá 5", "Via Roma, 12", "rue de Barre" (number before it in fr)
    p1 = re.compile(
        rf"(?<![\w])(?:{prefix_alt})(?![\w])"
        rf"(?:\s+(?:{_PARTICLE}\s+)*{_CAPWORD}){tail_words}"
        rf"(?:,?\s+(?:n[º°o.]\s*|nº\s*)?(?P<num2>{_HNUM}))?(?![\w])"
    )
    # 2. number first, name, suffix: "1777 Kramer Court", "12 Baker St."
    p2 = re.compile(rf"(?<![\w,.])(?:{_NUM})\s+{_NAME_SEQ}\s+(?:{suffix_alt})(?![\w])\.?")
    # 3. compound street word or Germanic lead + number: "Goethestraße 5", "Am Markt 3", "Kerkstraat 12a"
    p3 = re.compile(
        rf"(?<![\w])(?:(?:{_CAPWORD}[ \t\u00a0\-])*[{_UP}][^\W\d_]*(?:{compound_alt})|{_GERMANIC_LEAD}\s+{_CAPWORD})"
        rf"\s+(?:{_HNUM})(?![\w])",
    )
    # 5. a flat first, then a street without number (UK): "Flat 69, Katherine Flats"
    p5 = re.compile(
        rf"(?<![\w])(?:Flat|Apartment|Apt\.?|Studio|Unit|Suite)\s+[\w-]{{1,5}},?\s+{_NAME_SEQ}\s+(?:{suffix_alt})(?![\w])"
    )
    # 4. any capitalized name + number, only when a locality follows (checked by the caller)
    # (its first character is matched before the look-behind, so that the regex engine skips to capitals fast)
    name_seq = _NAME_SEQ.replace(f"[{_UP}]", f"[{_UP}](?<![\\w][{_UP}])", 1)
    p4 = re.compile(rf"{name_seq}{_BL}(?:{_HNUM})(?![\w])")
    # 6. number first, then any capitalized name, only when a locality follows: "12 Kowhai Parade, Napier 4110"
    p6 = re.compile(
        rf"\d(?<![\w,.]\d)\d{{0,4}}(?:[ \t]?[a-zA-Z](?![\w]))?(?:[-/]\d{{1,4}}[a-zA-Z]?)?,?{_BL}{_NAME_SEQ}(?![\w])"
    )
    return p1, p2, p3, p4, p5, p6


@cache
def _patterns_l1() -> tuple[re.Pattern[str], ...]:
    """The Latin-1 twins of :func:`_patterns` (see _latin1)."""
    return tuple(latin1_twin(p) for p in _patterns())


@cache
def _gates() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[int, frozenset[str]], frozenset[str]]:
    """Lower-case words that must occur for patterns 1, 2, 3 and 5 to be worth running (for 3: word endings,
    and their last k letters, a cheap test first)."""
    prefixes = _faker_words(("street_prefixes",), ("fr_FR", "es_ES", "es_MX", "pt_PT", "pt_BR")) | set(_EXTRA_PREFIXES)
    prefixes |= _faker_words(("street_suffixes",), ("it_IT",))
    suffixes = _faker_words(("street_suffixes",), ("en_US",)) | set(_EXTRA_SUFFIXES)
    compound = _faker_words(("street_suffixes_short",), ("de_DE", "de_AT")) | set(_COMPOUND)
    compound |= _faker_words(("street_suffixes",), ("nl_NL", "nl_BE", "de_CH"))
    first_words = {w.lower().split()[0].rstrip(".") for w in prefixes if w.split()}
    endings = tuple(sorted({w.lower().rstrip(".") for w in compound}))
    k = min(3, *map(len, endings))
    return (
        frozenset(first_words),
        frozenset(w.lower().rstrip(".") for w in suffixes),
        endings,
        (k, frozenset(w[-k:] for w in endings)),
        frozenset({"flat", "apartment", "apt", "studio", "unit", "suite"}),
    )


# The words of a text without their trailing dots ("St.", "Str.", a sentence's last word: compared without them):
# the words of "[^\W\d_][^\s,;:]*" with .rstrip(".").
_WORD = re.compile(r"[^\W\d_](?:[^\s,;:]*[^\s,;:.])?")
_WORD_L1 = latin1_twin(_WORD)
# The characters a match of pattern 2 (a house number or "s/n") and of pattern 3 (a capitalized word) starts with.
_FIRST_P2 = re.compile(r"[\dSs]")
_FIRST_P3 = re.compile(rf"[{_UP}]")
# What every match of pattern 4 holds: a letter or a dot (a word's end), blanks, a house number (a digit or "s/n").
_P4_GATE = re.compile(r"[ \t\u00a0](?<=(?:[^\W\d_]|\.)[ \t\u00a0])[ \t\u00a0]*(?:\d|[Ss]/[Nn])")
_P4_GATE_L1 = latin1_twin(_P4_GATE)
# Lower-case first words of _GERMANIC_LEAD ("Am Markt 3", "Alte Gasse 7").
_GERMANIC_LEADS = word_set(
    "am an auf im in zum zur unter hinter alte alter neue neuer hohe lange große kleine korte grote oude nieuwe"
)


_POSTCODE = (
    r"(?:[A-Z]{1,2}-?)?\d{5}(?:-\d{3,4})?"  # DE/FR/ES/IT/US (+ZIP4), BR 12345-678, "D-12345"
    r"|\d{4}\s?[A-Z]{2}(?![\w])"  # NL 1234 AB
    r"|\d{4}-\d{3}"  # PT 1234-567
    r"|\d{4}"  # AT/CH/BE/DK
    r"|[A-Z]\d[A-Z] ?\d[A-Z]\d(?![\w])"  # CA A1A 1A1
    r"|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"  # UK
    r"|\d{8}"  # BR without dash
)
_TOWN_WORD = rf"(?:'s-)?[{_UP}][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_TOWN = (
    rf"{_TOWN_WORD}(?:(?:{_BL}|-)(?:(?:am|an\s+der|im|bei|ob\s+der|sur|sous|en|lès|lez|de|del|de\s+la|di|da|do|dos|das|"
    rf"aan\s+den|aan\s+de|op|le|la|les)(?:{_BL}|-))?{_TOWN_WORD}){{0,3}}"
)
_SEP = r"(?:\s*[,|;]\s*|\s*\n\s*|\s+-\s+|\s+)"
_SECONDARY = re.compile(
    r"(?:,?\s*(?:(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Floor|Fl\.|Piso|Planta|Puerta|Pta\.?|Appartamento|"
    r"Interno|Int\.|Scala|Piano|Étage|étage|Bte|Bus|Stock|Whg\.?|Wohnung|Andar|Apto\.?|Apt|Sala|Bloco|Esc\.?|"
    r"Escalera)\s*[\w-]{1,6}(?:º|ª)?"
    # an Iberian floor and door after the number: "4º C", "2º Izq.", "6º Esq.", "1.º Dto"
    r"|\d{1,2}\.?\s?[ºª]\.?(?:\s?(?:[A-H]|Esq|Dto|Dt|Dir|Izq|Izqda|Izda|Dcha|Dch|Fte|Frente)\.?(?![\w]))?"
    r"|(?:Bajo|R/C|Cave)(?:\s?[A-H](?![\w]))?))+"
)
# A region written after a town: "(RM)", "(Québec)", "NSW", "- SP".
_REGION = r"(?:\s*\([^\W\d_][^()\n\d]{1,24}\))"
_LOCALITY = re.compile(
    rf"{_SEP}(?:"
    rf"(?P<pc1>{_POSTCODE})(?:\s*,\s*|\s*\n\s*|\s+){_TOWN}{_REGION}?(?:\s*/\s*[A-Z]{{2}}(?![\w]))?"
    rf"|{_TOWN}{_REGION}?(?:,\s*|[ \t]+)(?:[A-Z]{{2,3}},?[ \t]+)?(?P<pc2>{_POSTCODE})(?![\w])"
    # "Centro, São Paulo - SP, 01001-000": district, town, state code, then an optional postcode
    rf"|{_TOWN}(?:\s*,\s*{_TOWN})?\s*[-–/]\s*[A-Z]{{2}}(?![\w])(?:\s*,?\s*(?:CEP:?\s*)?(?P<pc3>{_POSTCODE})(?![\w]))?"
    r")"
)
# A district before the locality: "Col. Centro", "Colonia Roma Norte", "Bairro Alto", "Barrio San Telmo".
_DISTRICT = re.compile(rf"\s*,\s*(?:Col\.|Colonia|Bairro|Barrio|Bº|Quartier|Ortsteil)\s+{_TOWN}(?=\s*,)")
# Without a postcode, a town ends the address only where the line or the text ends.
_TOWN_ONLY = re.compile(rf"\s*,\s*{_TOWN}{_REGION}?(?=[ \t]*(?:$|\n|[.;](?:\s|$)))")
_ANY_DIGIT = re.compile(r"\d")
_ANY_DIGIT_L1 = latin1_twin(_ANY_DIGIT)
_NUMBER_BEFORE = re.compile(rf"(?<![\w,.])(?:{_NUM})(?:\s(?:bis|ter|quater))?,?\s+$")  # "58 bis rue ..."
# Address cues, looked for as substrings of the 40 characters before an address (cheaper than a regex).
_ADDRESS_CUES = (
    "address", "live at", "living at", "lives at", "reside", "adresse", "anschrift", "wohne", "wohnhaft", "wohnt",
    "domicile", "habite", "dirección", "direccion", "domicilio", "vivo en", "vive en", "indirizzo", "abito",
    "residente", "adres", "woon", "woont", "morada", "endereço", "endereco", "moro", "resido", "ship to",
    "deliver to", "send to", "liefer", "livraison", "envío", "spedizione", "bezorg", "entrega",
)  # fmt: skip


def _extend(text: str, end: int, *, town_only: bool = True) -> tuple[int, bool]:
    """Extend an address core over a secondary unit, a district and a locality; (new end, locality found).

    ``town_only`` also takes a town without postcode when it ends the line (not a locality: the flag stays
    False).
    """
    sec = _SECONDARY.match(text, end)
    if sec:
        end = sec.end()
    district = _DISTRICT.match(text, end)
    if district:
        end = district.end()
    loc = _LOCALITY.match(text, end)
    if loc:
        return loc.end(), True
    if town_only:
        town = _TOWN_ONLY.match(text, end)
        if town:
            return town.end(), False
    return end, False


def addresses(ctx: Context) -> Iterator[Span]:
    text = ctx.text
    latin1 = ctx.latin1
    if not (_ANY_DIGIT_L1 if latin1 else _ANY_DIGIT).search(text):
        return
    p1, p2, p3, p4, p5, p6 = _patterns_l1() if latin1 else _patterns()
    g1, g2, g3, (k, g3_ends), g5 = _gates()
    g3_leads = _GERMANIC_LEADS
    # Each pattern runs only where its street word is: anchored at the word (street type first, flat first),
    # or in a window around it (number first, compound street word).
    found: list[tuple[re.Match[str], re.Pattern[str], float]] = []
    lower = ctx.lower
    present = set((_WORD_L1 if latin1 else _WORD).findall(lower))
    # (pattern, base score, the street words found, how to run the pattern: anchored at the word or in a window)
    plan: list[tuple[re.Pattern[str], float, set[str], int, int]] = []
    hits = present & g1
    if hits:
        plan.append((p1, 0.75, hits, 0, 0))
    hits = present & g5
    if hits:
        plan.append((p5, 0.75, hits, 0, 0))
    hits = present & g2
    if hits:
        plan.append((p2, 0.8, hits, 80, 2))
    hits = {w for w in present if w[-k:] in g3_ends and w.endswith(g3)} | (present & g3_leads)
    if hits:
        plan.append((p3, 0.8, hits, 60, 16))
    for pattern, base, words, back, ahead in plan:
        starts = sorted((pos, word) for word in words for pos in _word_starts(lower, word))
        end_of_last = -1
        for ws, word in starts:
            if ws < end_of_last or (pattern is p3 and word in g3_leads and not text[ws].isupper()):
                continue  # "Am Markt 3" is a street, "in" and "am" in a sentence are not
            if back == 0:
                m = pattern.match(text, ws)
            else:
                lo, hi = max(end_of_last, ws - back, 0), min(len(text), ws + 40 + ahead)
                # A match starts with a digit or "s/n" (2) or a capital (3): the search starts at the first one.
                first = (_FIRST_P3 if pattern is p3 else _FIRST_P2).search(text, lo, hi)
                m = pattern.search(text, first.start(), hi) if first is not None else None
            if m is not None and m.start() >= end_of_last:
                end_of_last = m.end()
                found.append((m, pattern, base))
    for m, pattern, base in found:
        start = m.start()
        end, has_locality = _extend(text, m.end())
        if pattern is p1:
            lead = _NUMBER_BEFORE.search(text, max(0, start - 12), start)  # "87, rue de Barre"
            if lead:
                start = lead.start()
            elif not (m.group("num2") or has_locality):
                continue
        start = _after_label(text, start, end)
        end = _trim_end(text, start, end)
        score = base + (0.15 if has_locality else 0.0)
        head = ctx.lower[max(0, start - 40) : start]
        if contains_any(head[head.rfind("\n") + 1 :], _ADDRESS_CUES):
            score += 0.05
        yield Span(start, end, Entity.STREET_ADDRESS, min(0.98, score))
    # The street of patterns 4 and 6 ends shortly before a postcode that has a town next to it: search only there.
    windows = _locality_windows(text, latin1, ctx.digits.lengths)
    for pattern in (p4, p6):
        end_of_last = 0
        for lo, hi in windows:
            pos = max(lo, end_of_last)
            if pattern is p4 and (_P4_GATE_L1 if latin1 else _P4_GATE).search(text, pos, hi) is None:
                continue  # no word, blanks and house number in the window: pattern 4 cannot match there
            for m in pattern.finditer(text, pos, hi):
                if _is_date_words(m.group()):
                    continue  # "12 March 2024 Berlin", "Dec 27, 2024": a date, not a street
                end, has_locality = _extend(text, m.end(), town_only=False)
                if not has_locality:
                    continue
                start = _after_label(text, m.start(), m.end())
                end_of_last = m.end()
                yield Span(start, _trim_end(text, start, end), Entity.STREET_ADDRESS, 0.75)


# Words that label an address or name the dwelling, written before it ("Anschrift Ring 7", "Wohnung Kobeltring 4").
_LABEL_WORDS = word_set(
    "anschrift adresse address wohnung wohnhaft wohnort domicile logement dirección direccion domicilio vivienda "
    "indirizzo residenza abitazione adres woning woonadres morada endereço endereco residência residencia "
    "moradia adresu mieszkanie"
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _after_label(text: str, start: int, end: int) -> int:
    """``start`` moved past a label word that pattern 4 took for the first word of a street name."""
    m = _FIRST_WORD.match(text, start, end)
    if m is None or m.group().lower() not in _LABEL_WORDS:
        return start
    rest = m.end()
    while rest < end and text[rest] in " \t:":
        rest += 1
    return rest if rest < end and text[rest].isupper() else start


_MONTH_WORDS = word_set(
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec januar jänner februar märz mai juni juli oktober dezember janvier février mars "
    "avril juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto "
    "septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre "
    "dicembre januari februari maart mei augustus janeiro fevereiro março maio junho julho setembro outubro "
    "novembro dezembro de"
)


def _is_date_words(match: str) -> bool:
    """Whether the words next to the number are month names ("12 March", "3 de mayo", "Dec 27")."""
    words = [w.strip(".,").lower() for w in match.split() if not w[0].isdigit()]
    return bool(words) and all(w in _MONTH_WORDS for w in words)


_PC_RUN = re.compile(r"\d(?<!\d\d)\d{3,4}(?:-\d{3,4})?(?!\d)|\d(?<!\d\d)\d{7}(?!\d)")  # whole digit runs only
_PC_AFTER = re.compile(rf"(?: ?[A-Z]{{2}}(?![\w]))?[ \t]*[,\n]?[ \t\n]*[{_UP}'(]")
_PC_RUN_L1 = latin1_twin(_PC_RUN)
_PC_RUN_LENGTHS = frozenset({4, 5, 8})  # _PC_RUN matches whole digit runs of these lengths (and "1234-567")
_PC_LETTERS = re.compile(r"[A-Z]\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d")


def _word_starts(lower: str, word: str) -> Iterator[int]:
    """Where ``word`` starts as a whole word in ``lower`` (it may be followed by a dot)."""
    i = lower.find(word)
    n = len(word)
    while i >= 0:
        if (i == 0 or not lower[i - 1].isalnum()) and (i + n == len(lower) or not lower[i + n].isalnum()):
            yield i
        i = lower.find(word, i + 1)


def _locality_windows(
    text: str, latin1: bool = False, run_lengths: frozenset[int] = _PC_RUN_LENGTHS
) -> list[tuple[int, int]]:
    """Where a street may stand: the 140 characters before each postcode that has a town next to it ("10115
    Berlin", "Napier 4110", "Toronto, ON M5V 2T6"); a year in "12/03/2024" or the digits of a phone have none.
    ``run_lengths``: the lengths of the text's digit runs (see DigitRuns), when known."""
    windows = []
    pc_runs = (_PC_RUN_L1 if latin1 else _PC_RUN).finditer(text) if not _PC_RUN_LENGTHS.isdisjoint(run_lengths) else ()
    for m in pc_runs:
        start, end = m.span()
        plausible = _PC_AFTER.match(text, end) is not None
        if not plausible:
            i = start - 1
            while i >= 0 and text[i] in " \t,":
                i -= 1
            if i < start - 1 and i >= 0 and text[i].isalpha():
                word_start = i
                while word_start > 0 and text[word_start - 1].isalpha():
                    word_start -= 1
                plausible = text[word_start].isupper()  # a town or a state code: "Napier 4110", "SP, 01001-000"
        if plausible:
            windows.append((max(0, start - 140), start))
    windows.extend((max(0, m.start() - 140), m.start()) for m in _PC_LETTERS.finditer(text))
    windows.sort()
    return windows


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;|"):
        end -= 1
    # A trailing sentence dot is not part of the town ("... 10115 Berlin.").
    if end > start and text[end - 1] == "." and (end == len(text) or text[end].isspace()):
        word = text[start:end].rsplit(None, 1)[-1]
        if len(word) > 3 and word.lower().rstrip(".") not in {"str", "ave", "blvd", "rd", "st"}:
            end -= 1
    return end
