"""Person names in running text: capitalized runs weighed with the gazetteer and the context.

A candidate is a run of capitalized words (with initials and lower-case particles such as "van der" inside).
Titles (Dr, Mr, Frau, Mme, Sr., Sig., Dhr., ...) and greetings are peeled off the front and kept OUTSIDE
the span, as cues. The run is then scored from the gazetteer (first name first, last name last) and from
cues around it: a title, a salutation ("Dear", "Liebe", "Bonjour", "Hola", "Ciao", "Beste", "Olá"), an
introduction ("my name is", "ich heiße", "je m'appelle", "me llamo", "mi chiamo", "mijn naam is",
"meu nome é"), a signature after a closing ("Best regards,", "Mit freundlichen Grüßen", "Cordialement"),
or a speaker label at the start of a line ("Anna:"). Company names (GmbH, Ltd, ...) are skipped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from privet.entities import Entity
from privet.scan import _lang_pl
from privet.scan._language import STOPWORDS, word_set
from privet.scan._latin1 import latin1_twin
from privet.scan._names import (
    COMPANY_WORDS,
    NAME_PARTICLES,
    gazetteer,
    is_company_name,
    is_title,
    normalize_token,
    starts_with_company_suffix,
)
from privet.scan._spans import Span
from privet.scan._text_patterns import Context

__all__ = ["person_names"]


def _alternatives(spec: str) -> tuple[str, ...]:
    """The phrases of ``spec``, separated by "|"."""
    return tuple(spec.split("|"))


def _normalized(words: frozenset[str]) -> frozenset[str]:
    return frozenset(normalize_token(w) for w in words)


_UPPER = "".join(chr(c) for c in range(0x250) if chr(c).isupper())
_CAP_TOKEN = re.compile(
    rf"[{_UPPER}](?<![\w'’\-.][{_UPPER}])[^\W\d_]*(?:['’\-][^\W\d_]+)*(?:\.(?:ra|na|ssa)(?![\w]))?\.?"
)
_CAP_TOKEN_L1 = latin1_twin(_CAP_TOKEN)
_LEADING_PARTICLES = re.compile(
    r"(?<=[ \u00a0])(?:(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")[ \u00a0])+$"
)
_PARTICLE_GAP = re.compile(
    r"[ \u00a0](?:(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")[ \u00a0])+"
)
_BLANKS = frozenset(" \u00a0")  # a particle gap starts and ends with one of these
_ALL_STOPWORDS = frozenset(normalize_token(w) for w in frozenset().union(*STOPWORDS.values()))

_GREETINGS = _normalized(
    word_set(
        "dear hi hello hey dearest liebe lieber hallo servus moin geehrte geehrter bonjour bonsoir cher "
        "chère chers salut coucou hola estimado estimada estimados querido querida buenos buenas ciao "
        "caro cara gentile gentilissimo gentilissima egregio egregia salve beste geachte hoi hallo olá "
        "ola prezado prezada caríssimo caríssima oi bom"
    )
)
# Introductions, closings and lower-case titles are checked against the end of the text before a name with
# str.endswith (a regex search over that window costs several times more).
_INTRO_PHRASES = _alternatives(
    "my name is|my name's|i am|i'm|this is|name is|called|signed by|spoke to|spoke with|talked to|ask for|"
    "contact person|patient|customer|client|mein name ist|ich bin|ich heiße|ich heisse|namens|kundin|kunde|"
    "patientin|je m'appelle|je m’appelle|je suis|mon nom est|nommé|nommée|me llamo|mi nombre es|soy|"
    "llamado|llamada|mi chiamo|il mio nome è|sono|chiamato|chiamata|mijn naam is|ik ben|ik heet|genaamd|"
    "meu nome é|o meu nome é|me chamo|chamo-me|sou|chamado|chamada|name|nom|nombre|nome|naam|"
    "contact|kontakt|contacto|contatto|ansprechpartner|ansprechpartnerin|interlocuteur"
)
_CLOSING_PHRASES = _alternatives(
    "regards|best|thanks|thank you|cheers|sincerely|yours|kind regards|best wishes|grüße|grüßen|gruß|"
    "grüsse|freundlichen|cordialement|salutations|bien à vous|amitiés|saludos|atentamente|un saludo|"
    "cordiali saluti|saluti|distinti saluti|un saluto|groet|groeten|hartelijke groet|atenciosamente|"
    "cumprimentos|abraços|abraço|obrigado|obrigada|merci|danke|gracias|grazie|bedankt"
)
_LOWER_TITLES = word_set(
    "heer mevrouw meneer señor señora señorita signor signora signorina senhor senhora monsieur madame "
    "mademoiselle mister dottor dottoressa doutor doutora doctor doktor "
    # titles abbreviated in lower case that are no other word ("mevr. de Bock", "dhr. Visser", "sra. Gil")
    "dhr mevr mw sra srta dott mme mlle herr frau"
)
# Words before a surname that are also ordinary words ("agent", "family", "ms", "sig"): a cue only before a known
# name ("brigadier Ferrand", "agente Cardoso", "la famille Gosselin", "la collega Morandini", "ms Smith").
_RELATIONS = word_set(
    "family familie famille familia famiglia família colleague kollegin kollege kollegen collègue colega collega"
)
_LOWER_RANKS = _RELATIONS | word_set(
    "mr mrs ms dr sr sig agente agent brigadier sierż sierz inspecteur inspector ispettore kommissar kommissarin "
    "wachtmeister hoofdagent sargento maresciallo appuntato gendarme constable sergeant sgt detective"
)
# Polish (see _lang_pl)
_GREETINGS |= _normalized(word_set(_lang_pl.GREETINGS))
_INTRO_PHRASES += _alternatives(_lang_pl.INTRO_PHRASES)
_CLOSING_PHRASES += _alternatives(_lang_pl.CLOSING_PHRASES)
_LOWER_TITLES |= word_set(_lang_pl.LOWER_TITLES)


def _by_ending(phrases: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``phrases`` (two characters or more) grouped by their last two characters: a text can end with a phrase
    only if it ends with these two, so str.endswith needs to try just that group."""
    assert min(map(len, phrases)) >= 2
    groups: dict[str, tuple[str, ...]] = {}
    for phrase in phrases:
        groups[phrase[-2:]] = (*groups.get(phrase[-2:], ()), phrase)
    return groups


_INTRO_BY_ENDING = _by_ending(_INTRO_PHRASES)
_CLOSING_BY_ENDING = _by_ending(_CLOSING_PHRASES)


def _is_intro(before: str) -> bool:
    """``before`` (lower case) ends with an introduction, maybe and a colon: "my name is", "Patient:"."""
    tail = before.rstrip()
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    return tail.endswith(_INTRO_BY_ENDING.get(tail[-2:], ()))


def _is_closing(before: str) -> bool:
    """``before`` (lower case) ends with a closing, maybe and a comma: "Best regards,", "Cordialement"."""
    tail = before.rstrip()
    if tail and tail[-1] in ",.!":
        tail = tail[:-1].rstrip()
    return tail.endswith(_CLOSING_BY_ENDING.get(tail[-2:], ()))


def _lower_title_before(before: str, known: bool = False) -> bool:
    """``before`` (lower case) ends with a title written as a word and a blank ("de heer ", "la señora "), a form's
    name field ("surname: "), or, when the name after it is ``known``, a rank or a relation ("agente ", "famille ")."""
    if not before or not before[-1].isspace():
        return False
    tail = before.rstrip()
    cut = max(tail.rfind(" "), tail.rfind("("), tail.rfind("\t"), tail.rfind("\n"), tail.rfind("\u00a0"))
    word = tail[cut + 1 :].rstrip(".")
    if word in _LOWER_TITLES or (known and word in _LOWER_RANKS):
        return True
    return _NAME_FIELD_BEFORE.search(before) is not None


# A form's name field right before a value ("Surname: FIELD", "NOM : MARTEL", "Nome próprio: Igor").
_NAME_FIELD_BEFORE = re.compile(
    r"(?:^|[\s|])(?:surname|last name|family name|first names?(?:\(s\))?|given names?|forenames?|nachname|"
    r"familienname|vorname|nom|nom de famille|pr[ée]noms?(?:\s?\(s\))?|apellidos?|nombre|cognome|nome|"
    r"nome pr[óo]prio|apelido|sobrenome|achternaam|voornaam|nazwisko|imi[eę]|imiona)[ \t]*:[ \t]*$"
)


# Capitalized words that are in the gazetteer but far more often ordinary words in a sentence.
_COMMON_WORDS = _normalized(
    word_set(
        "will may mark bill grant hope joy faith grace rose lily iris ivy jade ruby amber dawn summer "
        "autumn winter spring april june august art guy rich frank earnest sunny holly heather crystal "
        "star sky river forest brook dale glen cliff rod pat sue don ray chase drew gene lane miles page "
        "price rod sterling wade webb wells young king white black brown green long short little love "
        "best sale monday tuesday wednesday thursday friday saturday sunday january february march july "
        "september october november december happy thanks thank please hello dear hi order customer "
        "service team liebe lieber bitte danke herzlich gruß mai juni juli august mars avril juin juillet "
        "août mayo junio julio agosto maggio giugno luglio agosto mei juni juli augustus maio junho julho "
        "agosto paris london berlin madrid roma rome lisboa lisbon amsterdam florence victoria sydney "
        "austin dallas houston chelsea jordan israel china india georgia virginia carolina bank post "
        "office email mail phone internet online google apple amazon microsoft "
        # sentence adverbs that open a message ("Leider ...", "Alta médica ...")
        "leider gerne hiermit anbei zudem jedoch heute morgen gestern alta baja hoy ayer oggi ieri vandaag "
        "gisteren hoje ontem aujourd hui demain hier"
    )
)
_COMMON_WORDS |= _normalized(word_set(_lang_pl.COMMON_WORDS))  # Polish (see _lang_pl)
_PARTNERSHIP_BEFORE = re.compile(rf"[{_UPPER}][^\W\d_]+,\s+[{_UPPER}][^\W\d_]+,?\s+(?:and|und|et|y|e|en|&)\s+$")
_PARTNERSHIP = re.compile(
    rf"([{_UPPER}](?<![\w][{_UPPER}])[^\W\d_]+),\s+([{_UPPER}][^\W\d_]+),?\s+(?:and|und|et|y|e|en|&)\s+"
    rf"([{_UPPER}][^\W\d_]+)(?![\w])"
)
_PARTNERSHIP_L1 = latin1_twin(_PARTNERSHIP)
_NAME_SUFFIXES = frozenset({"jr", "sr", "phd", "md", "mba", "dds", "dvm", "esq", "ii", "iii", "iv", "msc", "bsc"})
# A speaker label: the name, an optional role in parentheses, a colon ("Anna (Support): ...").
_LABEL_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?:")
# The characters a speaker label's tail can start with (a cheap test before _LABEL_AFTER).
_LABEL_STARTS = frozenset(" \t(:")
# What may precede a speaker label on its line: a time stamp ("[09:14]", "09:14 -"), a bullet or a quote mark.
_LINE_PREFIX = re.compile(
    r"[ \t]*(?:[\[(<]?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?[ \t]*(?:[ap]\.?m\.?)?[\])>]?[ \t]*[-–|]?[ \t]*|[-–•*>][ \t]*)?",
    re.IGNORECASE,
)


class _Tok(NamedTuple):
    start: int
    end: int
    word: str
    norm: str
    first: bool  # the word, or one part of a hyphenated word, is a known first name
    last: bool  # ... a known last name
    initial: bool
    particle: bool
    cue: bool  # a greeting or a title ("Dear", "Dr.", "Frau")
    not_name: bool  # a word that is never part of a name ("Street", "Team", "Kunde")
    suffix: bool  # a suffix after a name ("Jr.", "PhD")
    company: bool  # a company word or the last word of a legal form ("Group", "GmbH"): see _in_company_name


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return normalize_token(word)


_PUNCT = " \t.,;:!?\"'()[]{}«»“”‘’"


def _fnorm(word: str) -> str:
    """:func:`normalize_token`, with a fast path for ASCII words (nothing to fold)."""
    return word.strip(_PUNCT).lower() if word.isascii() else _norm(word)


def _tokens(text: str, latin1: bool = False) -> list[_Tok]:
    """The capitalized words of ``text`` (lower-case words only matter as gaps between them); ``latin1``: all its
    characters are below U+0100."""
    out: list[_Tok] = []
    append = out.append
    known = _WORD_INFO.get
    make = tuple.__new__  # _Tok(...) without the Python-level __new__ of a NamedTuple
    for m in (_CAP_TOKEN_L1 if latin1 else _CAP_TOKEN).finditer(text):
        raw = m.group()
        cut, fields = known(raw) or _token_info(raw)
        start, end = m.span()
        append(make(_Tok, (start, end - cut, *fields)))
    return out


# The fields of a _Tok after its start and end: word, normalized form, known first name, known last name,
# initial, particle, greeting or title, never in a name, name suffix, company word.
_Fields = tuple[str, str, bool, bool, bool, bool, bool, bool, bool, bool]
# Per capitalized word seen (as matched): (characters cut from its end, its _Fields), so that each distinct word
# is trimmed, normalized and looked up once; emptied when it grows large.
_WORD_INFO: dict[str, tuple[int, _Fields]] = {}


def _token_info(raw: str) -> tuple[int, _Fields]:
    word = raw
    if word.endswith(("'s", "’s")) and len(word) > 3:
        word = word[:-2]
    core = word.rstrip(".")
    if word.endswith(".") and len(core) > 1 and not is_title(word):  # a sentence dot, not part of the word
        word = core
    gaz = gazetteer()
    first_names, last_names = gaz.first, gaz.last
    norm = _fnorm(core)
    if "-" in word:
        parts = [_fnorm(p) for p in word.split("-") if len(p) > 1]
        first = norm in first_names or any(p in first_names for p in parts)
        last = norm in last_names or any(p in last_names for p in parts)
    else:
        first, last = norm in first_names, norm in last_names
    if len(_WORD_INFO) > 100_000:
        _WORD_INFO.clear()
    cue = norm in _GREETINGS or is_title(word)
    suffix = word.lower().rstrip(".") in _NAME_SUFFIXES
    info = _WORD_INFO[raw] = (
        len(raw) - len(word),
        (
            word,
            norm,
            first,
            last,
            len(core) == 1,
            False,
            cue,
            norm in _NOT_NAME,
            suffix,
            norm in COMPANY_WORDS or norm in gaz.suffixes_by_last,
        ),
    )
    return info


def _is_caps(tok: _Tok) -> bool:
    return len(tok.word) > 1 and tok.word.isupper()


def _inverted(run: list[_Tok], tok: _Tok, first: frozenset[str], last: frozenset[str]) -> bool:
    """Whether ``run``, a comma and ``tok`` are one name written surname first: "MEIER, Anna", "Meier, Anna".

    The surname part is up to three words in capitals (not function or common words), or one known surname that
    is not a first name; ``tok`` is a known first name written in title case.
    """
    if _is_caps(tok) or tok.norm not in first or tok.initial:
        return False
    if all(_is_caps(t) for t in run):
        return len(run) <= 3 and not any(t.norm in _LOWER_EXCLUDED for t in run)
    return len(run) == 1 and run[0].last and run[0].norm not in first  # .last: also one part of "Wallace-Smith"


def _runs(text: str, toks: list[_Tok], first: frozenset[str], last: frozenset[str]) -> Iterator[list[_Tok]]:
    """Maximal runs of capitalized words separated by one space or by name particles ("van der"), and
    surname-first names joined by a comma ("MEIER, Anna")."""
    run: list[_Tok] = []
    # The gap between two words is tested in place: it is most often a long stretch of lower-case words.
    for tok in toks:
        if run:
            gap_start, gap_end = run[-1].end, tok.start
            if text[gap_start : gap_start + 1] in _BLANKS and (
                gap_end - gap_start == 1
                or (
                    text[gap_end - 1] in _BLANKS
                    and _PARTICLE_GAP.fullmatch(text, gap_start, gap_end) is not None
                    and not _second_person(text, run, tok, gap_start, gap_end)
                )
            ):
                run.append(tok)
                continue
            if gap_end - gap_start <= 2 and text[gap_start:gap_end] in (", ", ",") and _inverted(run, tok, first, last):
                run.append(tok)
                continue
            yield run
        run = [tok]
    if run:
        yield run


_AND = frozenset({"y", "e", "i", "und", "and", "et", "en"})


def _second_person(text: str, run: list[_Tok], tok: _Tok, gap_start: int, gap_end: int) -> bool:
    """ "Yago Pedraza y Gloria Sastre": "and" between a full name and a first name joins two people, where "Ortega y
    Gasset" (one double surname) has no first name after it."""
    word = text[gap_start + 1 : gap_end - 1]
    if len(run) < 2 or not tok.first or word not in _AND:
        return False
    # Portuguese double surnames join with "e" ("Costa e Silva"): there the next word must be no surname at all
    return not tok.last or (word != "e" and run[0].first)


def _at_line_start(text: str, start: int) -> bool:
    """Only a time stamp, a bullet or blanks precede ``start`` on its line."""
    line_begin = text.rfind("\n", 0, start) + 1
    m = _LINE_PREFIX.match(text, line_begin, start)
    return m is not None and m.end() == start


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'«“(":
        i -= 1
    return i < 0 or text[i] in ".!?\n:;-•*>"


def _has_not_name(run: list[_Tok]) -> bool:
    for t in run:  # noqa: SIM110 - a plain loop is faster than any() over a generator
        if t.not_name:
            return True
    return False


def _any_known_or_cue(run: list[_Tok]) -> bool:
    """Some word of ``run`` is a known name, a greeting or a title."""
    for t in run:  # noqa: SIM110 - a plain loop is faster than any() over a generator
        if t.first or t.last or t.cue:
            return True
    return False


def _run_cued(text: str, start: int, end: int, speakers: frozenset[str], form: bool) -> bool:
    """A quick test for capitalized words that are not known names: is there any cue that could make them one?"""
    if (
        text[end : end + 1] in _LABEL_STARTS
        and _LABEL_AFTER.match(text, end)
        and _at_line_start(text, start)
        and (text[start:end] in speakers or not form)
    ):
        return True
    before = _prev_words(text, start).lower()
    return (
        _is_intro(before)
        or _is_closing(before)
        or _lower_title_before(before)
        or _closing_line_before(text, start, end)
    )


def _prev_words(text: str, start: int, n: int = 40) -> str:
    head = text[max(0, start - n) : start]
    return head.split("\n")[-1] if "\n" in head else head


def person_names(ctx: Context) -> Iterator[Span]:
    text, latin1 = ctx.text, ctx.latin1
    gaz = gazetteer()
    first_names, last_names = gaz.first, gaz.last
    partnership = _PARTNERSHIP_L1 if latin1 else _PARTNERSHIP
    # "Evans, Turner and Burton": lists of three or more single surnames name a firm, not people.
    firms = (
        [m.span() for m in partnership.finditer(text) if not all(_known_first(w) for w in m.groups())]
        if ", " in text
        else []
    )
    never_alone = _never_alone()
    speakers, form = _line_labels(text, latin1)
    claimed = ctx.claimed
    for run in _runs(text, _tokens(text, latin1), first_names, last_names):
        if claimed and ctx.is_claimed(run[0].start, run[-1].end):
            continue  # inside an e-mail, a URL, an address ...: those outrank a name in any case
        if len(run) == 1 and run[0].norm in never_alone:
            continue  # "Hello", "Bitte", "Thanks", "Street": the most frequent capitalized words, never a name
        if not _any_known_or_cue(run) and not _run_cued(text, run[0].start, run[-1].end, speakers, form):
            continue  # unknown words without a title ("Ticket", "Order Date") are a name only next to a cue
        if firms and any(a <= run[0].start < b for a, b in firms):
            continue
        inverted = False
        if len(run) > 1:
            for a, b in itertools.pairwise(run):
                if text.startswith(",", a.end, b.start):
                    inverted = True
                    break
        titled = greeted = related = False
        # Words before a title are not part of the name ("Guten Tag Herr Dietz", "Ihnen Herr Barth"): start there.
        for i in range(len(run) - 2, 0, -1):
            if run[i].cue and not run[i].initial and run[i].norm not in _GREETINGS:
                run = run[i:]
                break
        # Peel greetings, titles and sentence-initial function words off the front.
        while run:
            head = run[0]
            if head.norm in _GREETINGS:
                greeted = True
            elif (
                len(run) > 1
                and head.cue  # a title: not a greeting here
                and (
                    not head.initial
                    or (head.word[0] == "M" and ctx.language == "fr")
                    or (head.word[0] == "D" and ctx.language in ("es", "pt"))
                )
            ):
                titled = True
                related = head.norm in _RELATIONS  # "Familie", "Kollegin": a cue only before a known name
            elif titled and head.norm in NAME_PARTICLES:
                break  # "Dr De Sousa": a capitalized particle after a title starts the name
            elif (
                (
                    len(run) > 1
                    and head.norm in _ALL_STOPWORDS
                    and head.norm not in first_names
                    and not (head.initial and head.word.endswith("."))  # "A. Patel", "L. Martinez": an initial
                )
                or (
                    len(run) > 1
                    and not inverted
                    and not head.first
                    and not head.last
                    and not head.initial
                    and any(t.first for t in run[1:])  # .first: also one part of "Horst-Günter"
                )
            ):
                pass
            else:
                break
            run = run[1:]
        while run and (
            run[-1].particle
            or (len(run) > 1 and run[-1].suffix)
            or (len(run) > 1 and run[-1].not_name and not text[run[-2].end : run[-1].start].isspace())
        ):
            run = run[:-1]  # "John Smith Jr.", "Anna Meier PhD", "Günter vom Kundenservice": the name ends before
        if not run or (len(run) == 1 and run[0].cue):
            continue  # "Dear Sir", "Szanowny Panie": a title alone is no name
        core = [t for t in run if not t.particle]
        if related and not any(t.first or t.last for t in core):
            continue  # "Familie Urlaub", "Famille Dupont" is a name only when the word after it is one
        if len(core) > 4 or _has_not_name(core) or _CODE_AFTER.match(text, run[-1].end):
            continue
        start, end = run[0].start, run[-1].end
        if titled:  # "Sra. da Luz", "Dhr. van Dijk": the particles belong to the name
            lead = _LEADING_PARTICLES.search(text, max(0, start - 12), start)
            if lead:
                start = lead.start()
        # Lower-case or all-upper single letters are not names; initials need a surname after them.
        if all(t.initial for t in core) or core[-1].initial:
            continue
        before = _prev_words(text, start)
        cue = titled or greeted
        lowered_before = before.lower()
        if not cue and _is_intro(lowered_before):
            cue = True
        if not cue and (_is_closing(lowered_before) or _closing_line_before(text, start, end)):
            cue = True
        if (
            not cue
            and text[end : end + 1] in _LABEL_STARTS
            and _LABEL_AFTER.match(text, end)
            and _at_line_start(text, start)
        ):
            # A speaker label ("Anna Schmidt: ..."): a known given name first ("Order Date:", "User:" are field
            # labels), a known single name, or any word that labels two or more lines of a chat.
            cue = text[start:end] in speakers or (not form and (core[0].first or (len(core) == 1 and core[0].last)))
        known = any((t.first or t.last) and not t.word.isupper() for t in core)
        if not titled and _lower_title_before(lowered_before, known):
            titled = cue = True  # "de heer Bakker", "la señora García", "il signor Bianchi"
        score = _score(_given_name_first(text, core), cue=cue, titled=titled)
        if score <= 0 and len(core) == 1 and not cue:
            continue
        if len(core) == 1 and core[0].word.isupper() and core[0].norm not in first_names and not titled:
            continue  # acronyms and shouted words ("DOB", "IBAN", "URGENT"); "Dr. MEIER" is a name
        if len(core) == 1 and not cue:
            tok = core[0]
            if tok.norm in _COMMON_WORDS or tok.norm in _ALL_STOPWORDS:
                continue
            signed = tok.first and not text[end:].strip(" \t\r\n.!,")  # "... please confirm. Thomas": a sign-off
            if _sentence_initial(text, start) and not _lower_after(text, end) and not signed:
                continue
            if _DAY_AFTER.match(text, end) or _DAY_BEFORE.search(text, max(0, start - 4), start):
                continue  # "Sep 25, 2026", "Mar 3", "15 Sep 2025": a month next to a day
            parts = tok.word.split("-")
            if len(parts) > 1 and (_fnorm(parts[0]) in last_names or _fnorm(parts[0]) not in first_names):
                continue  # a double-barrelled surname alone ("Davenport-Jones") is a firm as often as a person
        if score > 0.5 and not _in_company_name(text, start, end, run):
            yield Span(start, end, Entity.PERSON_NAME, score)
    yield from _lower_case_names(ctx, speakers, form)


# --- names written in lower case (chats, quick notes) ----------------------------------------------------
# Capitalization is the main signal above; a lower-case name needs a strong position instead: right after an
# introduction ("its anna", "ich bin jonas"), after a greeting that opens a line ("hi anna"), as a speaker
# label ("anna: ..."), or a known first name + known surname in a line written all in lower case.
_LOWER_INTRO_PHRASES = _alternatives(
    "my name is|my name's|i am|i'm|im|it's|its|it is|this is|here is|mein name ist|ich bin|ich heiße|"
    "ich heisse|hier ist|hier spricht|je m'appelle|je m’appelle|je suis|c'est|c’est|moi c'est|me llamo|"
    "mi nombre es|soy|habla|mi chiamo|sono|qui è|qui parla|mijn naam is|ik ben|ik heet|hier is|met|"
    "meu nome é|me chamo|chamo-me|sou|aqui é|aqui fala|eu sou|"
    # a husband or wife named in lower case ("mein mann berndt", "o meu marido noah")
    "my husband|my wife|mein mann|meine frau|mon mari|ma femme|mi marido|mi esposa|mi mujer|mio marito|"
    "mia moglie|mijn man|mijn vrouw|o meu marido|a minha mulher|meu marido|minha esposa|mój mąż|moja żona"
)
_LOWER_GREETINGS = word_set(
    "hi hey hello hallo hoi moin servus salut coucou bonjour hola buenas ciao salve buongiorno oi olá ola "
    "beste dag lieber liebe cher chère querido querida caro cara"
)
_LOWER_INTRO_PHRASES += _alternatives(_lang_pl.LOWER_INTRO_PHRASES)  # Polish (see _lang_pl)
_LOWER_GREETINGS |= word_set(_lang_pl.LOWER_GREETINGS)
_LOWER_WORD = re.compile(r"[^\W\d_]+")
_NEXT_LOWER_WORD = re.compile(r"[ \t]([^\W\d_A-ZÀ-Þ][^\W\d_]+)\b")
# Titles and labels right before a name written in lower case (matched at the end of the text before it).
_LOWER_CUE_BEFORE = re.compile(
    r"(?:^|[\s(,;])(?:dr|mr|mrs|ms|herr|frau|mme|mlle|sr|sra|sig|sig\.ra|dhr|mevr|pan|pani|pt)\.?[ \t]$"
    r"|(?:^|\s)(?:name|full name|nom|nombre|nome|naam|imi[eę]|next of kin|approved by|signed by|seen by|"
    r"contact person|ansprechpartner|interlocuteur|referente|contactpersoon)[ \t]*:?[ \t]+$"
)
_LOWER_WORD_L1 = latin1_twin(_LOWER_WORD)
# In ASCII text: the words of _LOWER_WORD that are all in lower case (the look-behind after the first letter lets
# the engine skip to lower-case letters fast).
_ASCII_LOWER_WORD = re.compile(r"[a-z](?<![a-zA-Z][a-z])[a-z]*(?![a-zA-Z])")
_JOINED = frozenset("@.-_/'’")
_BOUNDARY_BEFORE = frozenset(" \t\n\r,.!?;:(")


def _intro_before(lower: str, start: int) -> bool:
    """An introduction ("its", "ich bin", "je suis") and one blank end right before ``start``."""
    if start == 0 or lower[start - 1] not in " \t":
        return False
    head = lower[max(0, start - 24) : start].rstrip(" \t")
    if not head.endswith(_LOWER_INTRO_PHRASES):
        return False
    for phrase in _LOWER_INTRO_PHRASES:
        if head.endswith(phrase):
            cut = len(head) - len(phrase)
            if (cut == 0 and start - 24 <= 0) or (cut > 0 and head[cut - 1] in _BOUNDARY_BEFORE):
                return True
    return False


def _is_letter(ch: str) -> bool:
    return ch.isalpha() and ch != "_"


def _lower_case_names(ctx: Context, speakers: frozenset[str], form: bool) -> Iterator[Span]:
    """Names written in lower case; ``speakers`` and ``form`` come from :func:`_line_labels`."""
    text, lower = ctx.text, ctx.lower
    gaz = gazetteer()
    first, last = gaz.first, gaz.last
    # Lower-case words of three letters or more that are known names and not common words: first from the
    # set of distinct words (cheap), then their places.
    if text.isascii():  # only words written all in lower case can be names here: find just those
        name_words = set(_ASCII_LOWER_WORD.findall(text)) & _lower_names()
    else:
        words = set((_LOWER_WORD_L1 if ctx.latin1 else _LOWER_WORD).findall(text))
        name_words = words & _lower_names()  # ASCII words: one set intersection
        for word in words:
            if not word.isascii() and len(word) >= 3 and word.islower():
                norm = _norm(word)
                if (norm in first or norm in last) and norm not in _LOWER_EXCLUDED:
                    name_words.add(word)
    cands: list[tuple[int, int, bool, bool]] = []
    n = len(text)
    for word in name_words:
        norm = word if word.isascii() else _norm(word)
        in_first, in_last = norm in first, norm in last
        a = text.find(word)
        while a >= 0:
            b = a + len(word)
            whole = (a == 0 or not _is_letter(text[a - 1])) and (b == n or not _is_letter(text[b]))
            joined = (a > 0 and text[a - 1] in _JOINED) or (b + 1 < n and text[b] in _JOINED and text[b + 1].isalnum())
            if whole and not joined:  # not part of an address, a handle or a compound ("anna.meier@", "anna-lena")
                cands.append((a, b, in_first, in_last))
            a = text.find(word, a + 1)
    cands.sort()
    for label in speakers:
        if label.islower():  # "fjolla: ...", a lower-case speaker the gazetteer does not know
            for m in _SPEAKER.finditer(text):
                if m.group(1) == label:
                    yield Span(m.start(1), m.end(1), Entity.PERSON_NAME, 0.7)
    if not cands:
        return
    by_start = {c[0]: c for c in cands}

    def surname_after(b: int) -> int:
        nxt = by_start.get(b + 1)
        return nxt[1] if nxt is not None and text[b] in " \t" and nxt[3] else b

    lower_lines: dict[int, bool] = {}
    used_until = -1
    for k, (a, b, in_first, in_last) in enumerate(cands):
        if a < used_until:
            continue
        if in_first and _intro_before(lower, a):
            yield Span(a, surname_after(b), Entity.PERSON_NAME, 0.75)
            continue
        line_begin = text.rfind("\n", 0, a) + 1
        prefix = lower[line_begin:a]
        if in_first and prefix[-1:] in (" ", "\t") and prefix.strip(" \t") in _LOWER_GREETINGS:
            yield Span(a, surname_after(b), Entity.PERSON_NAME, 0.7)
            continue
        if _at_line_start(text, a):
            end = surname_after(b)
            if _LABEL_AFTER.match(text, end) or (end != b and _LABEL_AFTER.match(text, b)):
                label_end = end if _LABEL_AFTER.match(text, end) else b
                if text[a:label_end] in speakers or (not form and (in_first or in_last)):
                    yield Span(a, label_end, Entity.PERSON_NAME, 0.7)
                    continue
        # After a title ("Dr schroeder", "Herr atzler") or a label that introduces a person ("Name: toby dawson",
        # "next of kin: sarah carney", "approved by kirsty peters").
        if _LOWER_CUE_BEFORE.search(prefix) is not None and (in_last or (in_first and surname_after(b) != b)):
            end = surname_after(b)
            if end == b and in_first:  # "oliver grant": a surname that is also a common word, after a label
                nxt = _NEXT_LOWER_WORD.match(text, b)
                if nxt is not None and _norm(nxt.group(1)) in last:
                    end = nxt.end(1)
            used_until = end
            yield Span(a, end, Entity.PERSON_NAME, 0.7)
            continue
        # A known first name, then known names ("maria emilia", "ana liz farias"), in a line without capitals.
        if not in_first:
            continue
        line_lower = lower_lines.get(line_begin)
        if line_lower is None:
            line_end = text.find("\n", line_begin)
            line_lower = not _has_capital_word(text, line_begin, len(text) if line_end < 0 else line_end)
            lower_lines[line_begin] = line_lower
        if not line_lower:
            continue
        j = k
        while j + 1 < len(cands) and j - k < 3 and cands[j + 1][0] == cands[j][1] + 1 and text[cands[j][1]] in " \t":
            j += 1
        if j > k:
            yield Span(a, cands[j][1], Entity.PERSON_NAME, 0.65)
            used_until = cands[j][1]


_DAY_AFTER = re.compile(r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?![\d.:/-])")
_DAY_BEFORE = re.compile(r"(?<![\d.:/-])\d{1,2}\.?[ \t]+$")
# A word glued to digits is the prefix of a code ("IB2832", "CASE-778524", "DE-4711"), never a name.
_CODE_AFTER = re.compile(r"-?\d")
_SPEAKER = re.compile(
    r"(?m)^"
    + _LINE_PREFIX.pattern
    + r"([^\W\d_][^\W\d_'’\-]*(?:[ \t][^\W\d_][^\W\d_'’\-]*)?)(?="
    + _LABEL_AFTER.pattern
    + ")"
)
_SPEAKER_L1 = latin1_twin(_SPEAKER)


def _line_labels(text: str, latin1: bool = False) -> tuple[frozenset[str], bool]:
    """(speakers, form) from the labels that open lines ("Anna: ...", "[09:15] Atieno (Support): ...").

    Speakers label two or more lines: chat speakers, whether or not the gazetteer knows them (common labels
    such as "User", "Agent", "Note" excluded). A form has three or more different labels used once each
    ("Customer:", "Phone:", "Note:"): there, a label is a field name, not a speaker.
    """
    if text.count(":") < 2 or "\n" not in text:
        return frozenset(), False
    counts: dict[str, int] = {}
    for m in (_SPEAKER_L1 if latin1 else _SPEAKER).finditer(text):
        label = m.group(1)
        counts[label] = counts.get(label, 0) + 1
    speakers = frozenset(
        label
        for label, n in counts.items()
        if n >= 2 and not any(_fnorm(w) in _LOWER_EXCLUDED or _fnorm(w) in _NOT_NAME for w in label.split())
    )
    return speakers, sum(1 for n in counts.values() if n == 1) >= 3


def _has_capital_word(text: str, start: int, end: int) -> bool:
    """Whether a word in ``text[start:end]`` starts with a capital letter (the line is not in lower case)."""
    return _CAP_TOKEN.search(text, start, end) is not None


_NOT_NAME = _normalized(
    word_set(
        "street road avenue lane drive court way place boulevard straße strasse gasse platz allee rue "
        "chemin calle avenida plaza paseo via viale piazza corso straat laan plein gracht rua travessa "
        "praça team support service services department office warehouse store shop hotel hospital clinic "
        "school university college club center centre market station airport group gmbh ltd inc llc order "
        "invoice account customer client password subject re fwd grüßen grüße gruß grüsse regards "
        "cordialement salutations saludos atentamente saluti groet groeten cumprimentos atenciosamente "
        "thanks danke merci gracias grazie bedankt obrigado obrigada stichting koninklijke name surname nom "
        "prénom prenom nombre apellido apellidos nome cognome naam voornaam achternaam vorname nachname "
        "square garden gardens hall tower bridge church cathedral museum stadium arena castle palace theatre "
        "theater cinema gallery library institute academy user agent contact support admin bot system "
        "operator kunde kundin cliente client klant utilisateur usuario utente gebruiker utilizador born "
        "geboren nacido nacida nato nata nascido nascida "
        # the roles that label the turns of a call or chat transcript, and the answers that open a turn
        "caller callee agente advisor adviser representative consultant konsultant konsultantka conseiller "
        "conseillère appelant opérateur opératrice interlocutrice anrufer anruferin berater beraterin "
        "sachbearbeiter sachbearbeiterin mitarbeiterin llamante asesor asesora operador operadora chiamante "
        "operatore operatrice consulente beller medewerker medewerkster adviseur chamador atendente consultor "
        "consultora dzwoniący dzwoniacy rozmówca rozmowca doradca doradczyni manager hiring recruiter "
        "yes oui ja nein sí sì sim não nao tak nie nee "
        # the names of identifiers, written in capitals in running text ("new IBAN", "my SSN")
        "iban bic swift ssn nino nhs nir dni nie nif bsn cpf pesel nip regon vat pin tan puk imei sepa "
        # the labels of an e-mail's header and of a form, and assistants who label chat turns
        "betreff objet asunto oggetto onderwerp assunto temat aw wg tr rv edited bearbeitet modifié "
        "assistente assistant asistente assistent kurier courier note notes important wichtig "
        "analyst practitioner kundenservice kundendienst kundenbetreuung schadenabteilung"
    )
)
_NOT_NAME |= _normalized(word_set(_lang_pl.NOT_NAME))  # Polish (see _lang_pl)


def _known_first(word: str) -> bool:
    return _fnorm(word) in gazetteer().first


_CONNECTOR_WORDS = frozenset({"&", "and", "und", "et", "y", "e", "en", "+"})
_NEXT_WORD = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*([^\s]+)")


def _in_company_name(text: str, start: int, end: int, run: list[_Tok]) -> bool:
    """The run is (part of) a company name: "Müller GmbH", "Smith & Jones Ltd", "Rossi e Figli S.p.A."."""
    gaz = gazetteer()
    name = text[start:end]
    # Cheap look-ups first; the full company test only when a marker is near.
    for t in run:
        if t.company:
            if is_company_name(name):
                return True
            break
    nxt = _NEXT_WORD.match(text, end)
    next_word = _fnorm(nxt.group(1)) if nxt else ""
    if next_word in gaz.suffixes_by_first and starts_with_company_suffix(text[end : end + 40]):
        return True
    before = text[max(0, start - 6) : start]
    last_before = before.split()[-1:] if before[-1:].isspace() else []
    if (
        last_before
        and last_before[0].lower() in _CONNECTOR_WORDS
        and _PARTNERSHIP_BEFORE.search(text, max(0, start - 60), start)
    ):
        return True  # "Jarvis, Robson and Foster"
    if nxt and nxt.group(1) in _CONNECTOR_WORDS:
        words = text[end : end + 60].split()[:4]
        return any(
            is_company_name(name + " " + " ".join(words[:k]), connectors=False) for k in range(2, len(words) + 1)
        )
    return False


def _given_name_first(text: str, core: list[_Tok]) -> list[_Tok]:
    """The tokens in given-name-first order: "MEIER Anna" and "Meier, Anna" are scored as "Anna Meier"."""
    if len(core) < 2:
        return core
    for i in range(1, len(core)):
        if "," in text[core[i - 1].end : core[i].start]:
            return core[i:] + core[:i]
    if _is_caps(core[0]) and not core[0].initial and not _is_caps(core[-1]):  # "L. Martinez" is given-name first
        k = next(i for i, t in enumerate(core) if not _is_caps(t))
        return core[k:] + core[:k]
    return core


def _closing_line_before(text: str, start: int, end: int) -> bool:
    """The run starts a line and the previous non-empty line is a closing ("Best regards,"), or the run is a
    line of its own under a short line ending in a comma (a signature under any closing phrase)."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip():
        return False
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1].isspace():
        prev_end -= 1
    last_line = text[text.rfind("\n", 0, prev_end) + 1 : prev_end].strip()
    if not last_line or len(last_line) >= 40:
        return False
    if _is_closing(last_line.lower()):
        return True
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    return last_line.endswith(",") and len(last_line.split()) <= 4 and not rest.strip(" \t.,;")


_BLANKS_LETTER = re.compile(r"\s+([^\W\d_])")


def _lower_after(text: str, end: int) -> bool:
    m = _BLANKS_LETTER.match(text, end, end + 4)
    return m is not None and m.group(1).islower()


def _score(core: list[_Tok], *, cue: bool, titled: bool) -> float:
    if len(core) == 1:
        tok = core[0]
        known_first, known_last = tok.first, tok.last
        if titled:
            return 0.85 if tok.word[0].isupper() and tok.norm not in _ALL_STOPWORDS else 0.0
        if cue:
            return 0.8 if (known_first or known_last) else (0.6 if tok.norm not in _ALL_STOPWORDS else 0.0)
        return 0.55 if known_first else 0.0
    head, tail = core[0], core[-1]
    head_first = head.first or head.initial
    tail_last = tail.last
    if head_first and tail_last and not head.initial:
        score = 0.92
    elif head.initial and tail_last:
        score = 0.8
    elif (head_first and not head.initial) or tail_last:
        score = 0.7
    elif any(t.first or t.last for t in core):
        score = 0.5
    else:
        score = 0.0
    if cue:
        score = max(score + 0.1, 0.75)
    if any(
        t.norm in _ALL_STOPWORDS and t.norm not in NAME_PARTICLES and not (t.first or t.last or t.word.endswith("."))
        for t in core
    ):  # "A. Costa": an initial, not the article
        score -= 0.3
    return min(0.99, score)


_LOWER_EXCLUDED = _ALL_STOPWORDS | _COMMON_WORDS | _NOT_NAME | _GREETINGS | _normalized(_LOWER_GREETINGS)


@cache
def _lower_names() -> frozenset[str]:
    """Known first and last names of three letters or more that are not common words (normalized, so lower
    case and without accents: an ASCII lower-case word is its own normalized form)."""
    gaz = gazetteer()
    return frozenset(w for w in gaz.first | gaz.last if len(w) >= 3 and w.isascii() and w not in _LOWER_EXCLUDED)


@cache
def _never_alone() -> frozenset[str]:
    """Single capitalized words that are never a name on their own (checked first, for speed)."""
    gaz = gazetteer()
    return frozenset(w for w in _ALL_STOPWORDS | _GREETINGS | _NOT_NAME if w not in gaz.first and w not in gaz.last)
