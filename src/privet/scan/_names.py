"""Person-name gazetteer and name-shape tests, kept apart from company names.

The first- and last-name lists come from Faker's person providers (MIT licence), read at first use from
the installed package rather than copied into privet. Faker is therefore a runtime dependency of privet:
it is the only well-kept, offline, permissively licensed package shipping curated name lists for all of
en/de/fr/es/it/nl/pt (and several dozen more locales); `names-dataset` is an order of magnitude larger
and built from leaked social-network data, which a privacy tool should not ship. Faker is pure Python,
and importing the ~40 person and company provider modules used here takes well under a second.

Public helpers (used by the column classifier and the free-text span finder):

- :func:`is_first_name`, :func:`is_last_name` — gazetteer look-ups, case- and accent-insensitive;
- :func:`person_name_score` — how much one value looks like a person's name ("John Smith", "SMITH, JOHN",
  "J. Smith", "Dr. Anna Müller", "van der Berg, Jan"), 0..1;
- :func:`is_company_name` — legal-form suffixes (GmbH, Ltd, Inc, S.A., B.V., ...) and company patterns;
- :func:`name_profile` / :func:`name_score` — ratios over a column's values (full, first-only,
  last-only, company).
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from privet.scan import _lang_pl

__all__ = [
    "COMPANY_SUFFIXES",
    "COMPANY_WORDS",
    "Gazetteer",
    "NAME_PARTICLES",
    "NameProfile",
    "TITLES",
    "gazetteer",
    "is_company_name",
    "is_first_name",
    "is_last_name",
    "is_name_token",
    "is_title",
    "name_profile",
    "name_score",
    "normalize_token",
    "person_name_score",
    "starts_with_company_suffix",
]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Faker locales whose person names are read. The seven scan languages in all their regional variants,
# plus other European and large immigrant-community locales, since customers' names are not bounded by
# the language of the text around them.
_PERSON_LOCALES: tuple[str, ...] = (
    "en",
    "en_US",
    "en_GB",
    "en_IE",
    "en_NZ",
    "en_IN",
    "de_DE",
    "de_AT",
    "de_CH",
    "de_LU",
    "fr_FR",
    "fr_CH",
    "fr_BE",
    "fr_QC",
    "fr_CA",
    "es_ES",
    "es_MX",
    "es_AR",
    "es_CO",
    "es_CL",
    "es_CA",
    "it_IT",
    "nl_NL",
    "nl_BE",
    "pt_PT",
    "pt_BR",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "ro_RO",
    "hr_HR",
    "sl_SI",
    "da_DK",
    "no_NO",
    "sv_SE",
    "fi_FI",
    "ga_IE",
    "el_GR",
    "tr_TR",
    "uk_UA",
    "ru_RU",
    "lt_LT",
    "lv_LV",
    "et_EE",
)
_COMPANY_LOCALES: tuple[str, ...] = (
    "en_US",
    "en_GB",
    "en_PH",
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_CH",
    "es_ES",
    "es_MX",
    "es_CL",
    "it_IT",
    "nl_NL",
    "nl_BE",
    "pt_PT",
    "pt_BR",
    "pl_PL",
    "cs_CZ",
    "da_DK",
    "no_NO",
    "sv_SE",
    "fi_FI",
)

#: Lower-case name particles that may sit inside a person's name ("van der Berg", "de la Cruz").
NAME_PARTICLES: frozenset[str] = _words(
    "van von der den de del della delle dei degli di da das dos do du des la le lo ter ten te zu zum zur "
    "vom y e i bin ibn al el mac mc st"
)

#: Courtesy and academic titles per language. The spec puts them OUTSIDE a name span.
#: Words written before a name and outside it: titles, and "family" or "colleague" ("Familie Sager", "collega Rossi").
TITLES: dict[str, frozenset[str]] = {
    "en": _words("mr mrs ms miss mx dr prof sir dame lady lord rev fr capt mister madam pc dc sgt"),
    "de": _words("herr herrn frau hr fr dr prof dipl.-ing dipl-ing ing mag familie kollegin kollege"),
    "fr": _words("m mme mlle mm me dr pr monsieur madame mademoiselle famille collègue docteur professeur maître"),
    "es": _words("sr sra srta d dª dña don doña dr dra señor señora señorita lic familia colega"),
    "it": _words("sig sig.ra sig.na sigra signa dott dott.ssa dottssa dr prof ing avv signor signora famiglia collega"),
    "nl": _words("dhr mevr mw mej dr prof ir mr drs heer mevrouw familie collega"),
    "pt": _words("sr sra srta dr dra prof profa senhor senhora dona d eng família familia colega"),
    "pl": _words(_lang_pl.TITLES + " rodzina"),
}
_ALL_TITLES: frozenset[str] = frozenset().union(*TITLES.values())
_NAME_SUFFIXES: frozenset[str] = _words("jr jr. sr. junior senior ii iii iv phd md mba esq")

# Legal forms and company words, completed at first use with Faker's per-locale company suffixes.
_EXTRA_COMPANY_SUFFIXES: tuple[str, ...] = (
    "Inc",
    "Inc.",
    "Incorporated",
    "Corp",
    "Corp.",
    "Corporation",
    "Co",
    "Co.",
    "Company",
    "LLC",
    "L.L.C.",
    "LLP",
    "LP",
    "Ltd",
    "Ltd.",
    "Limited",
    "PLC",
    "Plc",
    "Pty",
    "GmbH",
    "gGmbH",
    "mbH",
    "AG",
    "KG",
    "KGaA",
    "OHG",
    "GbR",
    "UG",
    "e.K.",
    "e.V.",
    "SE",
    "SA",
    "S.A.",
    "SAS",
    "S.A.S.",
    "SARL",
    "S.A.R.L.",
    "SNC",
    "EURL",
    "SpA",
    "S.p.A.",
    "Srl",
    "S.r.l.",
    "S.L.",
    "SL",
    "S.L.U.",
    "BV",
    "B.V.",
    "NV",
    "N.V.",
    "VOF",
    "Lda",
    "Lda.",
    "Ltda",
    "Ltda.",
    "S/A",
    "AB",
    "ASA",
    "A/S",
    "ApS",
    "Oy",
    "Oyj",
    *_lang_pl.COMPANY_SUFFIXES,
)
_COMPANY_WORDS: frozenset[str] = _lang_pl.COMPANY_WORDS | _words(
    "group groupe gruppe groep grupo gruppo holding holdings partners partner associates asociados "
    "faculdade facultad faculte fakultat universidade universidad universita universite universiteit "
    "universitario universitaria hochschule college instituto institut istituto escola escuela ecole colegio "
    "associati associés consulting solutions technologies technology systems services industries "
    "international bank banco banque stiftung foundation fundación fondazione verein versicherung "
    "insurance software labs laboratories pharma logistics logistik trading handel enterprises "
    "company compagnie compañía compagnia companhia corporation sons söhne fils figli hijos filhos "
    "stichting koninklijke vereniging genossenschaft cooperativa coopérative "
    "zonen gebrüder frères hermanos fratelli irmãos "
    # kinds of shop and trade that name a business after its owner ("Farmacia Ortega", "Optyk Kamiński")
    "pharmacy farmacia farmácia pharmacie apotheke apotheek apteka optician optique optica óptica ottica optiker "
    "opticien optyk fietsenwinkel bakery bäckerei boulangerie panadería panaderia panetteria bakkerij padaria "
    "piekarnia trasporti transportes transports transporte transport spedition autohaus garage autoservice "
    "assurances assicurazioni seguros verzekeringen ubezpieczenia banca meble möbel muebles mobili meubles "
    "imobiliária inmobiliaria immobiliare immobilien makelaardij"
)
# Words that make a capitalized phrase a place, an organisation unit or a thing, not a person.
_NOT_NAME_WORDS: frozenset[str] = _words(
    "street st road rd avenue ave lane ln drive boulevard blvd way court square place north south east "
    "west central strasse straße str weg gasse platz allee ring rue avenue boulevard chemin place calle "
    "avenida plaza paseo camino via viale piazza corso vicolo straat laan plein gracht rua travessa "
    "praça largo team support service services department dept office warehouse store shop hotel "
    "hospital clinic school university college club center centre market station airport park "
    "customer customers client clients sales marketing billing accounts admin info news newsletter "
    "monday tuesday wednesday thursday friday saturday sunday january february march july "
    "september october november december"
)
_CONNECTORS: frozenset[str] = frozenset({"&", "and", "und", "et", "y", "e", "en", "og", "och", "+"})


@lru_cache(maxsize=131072)
def normalize_token(token: str) -> str:
    """Case-fold and strip accents and surrounding punctuation: "Müller," -> "muller"."""
    token = token.strip(" \t.,;:!?\"'()[]{}«»“”‘’")
    decomposed = unicodedata.normalize("NFKD", token.casefold().replace("ł", "l"))  # ł has no decomposition
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Compare in normalized form (accents stripped, case-folded), like the tokens they are matched against.
COMPANY_WORDS: frozenset[str] = frozenset(normalize_token(w) for w in _COMPANY_WORDS)
_NOT_NAME_WORDS_N: frozenset[str] = frozenset(normalize_token(w) for w in _NOT_NAME_WORDS)


@dataclass(frozen=True)
class Gazetteer:
    """Normalized first and last names (see :func:`normalize_token`) and company suffixes."""

    first: frozenset[str]
    last: frozenset[str]
    company_suffixes: tuple[tuple[str, ...], ...]  # each a normalized token sequence, longest first
    suffixes_by_first: dict[str, tuple[tuple[str, ...], ...]]  # the same, keyed by their first token
    suffixes_by_last: dict[str, tuple[tuple[str, ...], ...]]  # the same, keyed by their last token


def _index_suffixes(suffixes: tuple[tuple[str, ...], ...], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for suffix in suffixes:
        index.setdefault(suffix[at], []).append(suffix)
    return {key: tuple(value) for key, value in index.items()}


def _strings(value: object) -> list[str]:
    if isinstance(value, Mapping):
        return [str(key) for key in value]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(item) for item in value]
    return []


def _provider(kind: str, locale: str) -> type | None:
    try:
        module = importlib.import_module(f"faker.providers.{kind}.{locale}")
    except ImportError:
        return None
    provider = getattr(module, "Provider", None)
    return provider if isinstance(provider, type) else None


def _name_tokens(raw: str) -> list[str]:
    """Normalized tokens of a gazetteer entry, without particles ("Aelftrud van Wessex" -> 2 tokens)."""
    out = []
    for part in re.split(r"[\s]+", raw):
        for piece in part.split("-"):
            norm = normalize_token(piece)
            if len(norm) >= 2 and norm not in NAME_PARTICLES and norm.isalpha():
                out.append(norm)
    return out


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from the installed Faker package."""
    try:
        importlib.import_module("faker")
    except ImportError as exc:  # pragma: no cover - faker is a declared dependency
        from privet.errors import missing_dependency

        raise missing_dependency("faker", "scan") from exc
    # Titles and connectors are never names on their own ("Don" the Spanish title, "Will" the verb and
    # other words shared with a language are kept: the text finder weighs them with capitalization).
    common = _ALL_TITLES | _CONNECTORS
    first: set[str] = set()
    last: set[str] = set()
    for locale in _PERSON_LOCALES:
        provider = _provider("person", locale)
        if provider is None:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            for raw in _strings(getattr(provider, attr, ())):
                first.update(_name_tokens(raw))
        for attr in ("last_names", "last_names_male", "last_names_female"):
            for raw in _strings(getattr(provider, attr, ())):
                last.update(_name_tokens(raw))
    polish_first = _lang_pl.FIRST_NAMES.split()  # Faker's pl_PL lists are short and miss feminine surnames
    first.update(polish_first + [normalize_token(n) for n in _lang_pl.inflected_first_names(polish_first)])
    last.update(n for raw in _lang_pl.surnames() for n in _name_tokens(raw))
    suffixes: set[str] = set(_EXTRA_COMPANY_SUFFIXES)
    for locale in _COMPANY_LOCALES:
        provider = _provider("company", locale)
        if provider is not None:
            suffixes.update(_strings(getattr(provider, "company_suffixes", ())))
    suffix_tokens = {
        tuple(normalize_token(tok) for tok in suffix.split() if normalize_token(tok))
        for suffix in suffixes
        if suffix.strip(" -")
    }
    suffix_tokens.discard(())
    ordered = tuple(sorted(suffix_tokens, key=lambda s: (-len(s), s)))
    return Gazetteer(
        first=frozenset(first - common),
        last=frozenset(last - common),
        company_suffixes=ordered,
        suffixes_by_first=_index_suffixes(ordered, 0),
        suffixes_by_last=_index_suffixes(ordered, -1),
    )


#: Legal-form suffixes the company test knows (Faker's per-locale lists plus common ones).
COMPANY_SUFFIXES: tuple[str, ...] = _EXTRA_COMPANY_SUFFIXES


def is_first_name(token: str) -> bool:
    """Whether ``token`` is a first name in the gazetteer (case- and accent-insensitive)."""
    return normalize_token(token) in gazetteer().first


def is_last_name(token: str) -> bool:
    """Whether ``token`` is a last name in the gazetteer (case- and accent-insensitive)."""
    return normalize_token(token) in gazetteer().last


def is_name_token(token: str) -> bool:
    """Whether ``token`` is a first or a last name in the gazetteer (the column classifier's look-up)."""
    norm = normalize_token(token)
    gaz = gazetteer()
    return norm in gaz.first or norm in gaz.last


def is_title(token: str) -> bool:
    """Whether ``token`` is a courtesy or academic title in any of the seven languages ("Dr.", "Frau")."""
    return token.casefold().rstrip(".") in _ALL_TITLES or token.casefold() in _ALL_TITLES


_WORD_SPLIT = re.compile(r"\s+")
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_]\.){1,3}$|^[^\W\d_][^\W\d_'’\-.]*(?:['’\-][^\W\d_]+)*\.?$")


def _company_tokens(value: str) -> list[str]:
    return [normalize_token(tok) for tok in _WORD_SPLIT.split(value.strip()) if normalize_token(tok)]


def starts_with_company_suffix(text: str) -> bool:
    """Whether ``text`` begins with a legal-form suffix ("GmbH & Co. KG ...", "Ltd.", "S.A. de C.V.")."""
    raw = [tok for tok in _WORD_SPLIT.split(text.strip()[:40]) if normalize_token(tok)]
    if not raw:
        return False
    tokens = [normalize_token(tok) for tok in raw]
    # "se", "sa", "co" are words too: a one-word legal form must be written with a capital or a dot.
    single_ok = not raw[0].islower() or "." in raw[0]
    return any(
        tuple(tokens[: len(suffix)]) == suffix and (len(suffix) > 1 or single_ok)
        for suffix in gazetteer().suffixes_by_first.get(tokens[0], ())
    )


def _written_as_legal_form(raw: str) -> bool:
    """A one-word legal form is written with dots or capitals ("S.A.", "SAS", "GmbH", "Ltd"), while a
    surname that happens to spell one is title case ("Sas", "Sa")."""
    raw = raw.strip(",;:()")
    if "." in raw or "/" in raw or len(raw) > 4:
        return True
    return sum(ch.isupper() for ch in raw) >= 2 or raw in {
        "Ltd",
        "Inc",
        "Co",
        "Corp",
        "Lda",
        "Ltda",
        "Oy",
        "Oyj",
        "Plc",
    }


def is_company_name(value: str, *, connectors: bool = True) -> bool:
    """Whether ``value`` names a company: a legal-form suffix (GmbH, Ltd, Inc, S.A., B.V., ...), a company
    word (Group, Holding, Consulting, & Sons, ...) or names joined by "&"/"and"/"und" ("Smith & Jones").

    Company names are not personal data even when they contain a surname (spec/entities.md).
    ``connectors=False`` ignores the "&"/"and" rule (for a name followed by running text).
    """
    raw_tokens = _WORD_SPLIT.split(value.strip())
    tokens = _company_tokens(value)
    if not tokens:
        return False
    gaz = gazetteer()
    for suffix in gaz.suffixes_by_last.get(tokens[-1], ()):
        n = len(suffix)
        if len(tokens) > n and tuple(tokens[-n:]) == suffix and (n > 1 or _written_as_legal_form(raw_tokens[-1])):
            return True
    # Glued suffixes ("Müller-GmbH", "Acme,Inc") and trailing commas before a legal form.
    tail = re.split(r"[\s,\-]+", value.strip())[-1]
    if len(raw_tokens) > 1 or tail != value.strip():
        norm_tail = normalize_token(tail)
        if (
            (norm_tail,) in gaz.suffixes_by_last.get(norm_tail, ())
            and len(norm_tail) > 1
            and _written_as_legal_form(tail)
        ):
            return True
    if any(tok in COMPANY_WORDS for tok in tokens):
        return True
    if not connectors:
        return False
    # a connector between two words; next to a figure it is postcode letters ("5076 OG Gouda", "1011 EN Amsterdam")
    if len(tokens) >= 2 and any(
        tokens[i] in _CONNECTORS and not _has_digit(tokens[i - 1]) and not _has_digit(tokens[i + 1])
        for i in range(1, len(tokens) - 1)
    ):
        return True
    # "Smith, Jones and Brown"-style partnerships.
    return value.count(",") >= 1 and len(tokens) >= 3 and tokens[-2] in _CONNECTORS and not _has_digit(tokens[-3])


def _has_digit(token: str) -> bool:
    return any(ch.isdigit() for ch in token)


Kind = Literal["full", "first", "last", "company", "none"]


def _strip_affixes(tokens: list[str]) -> list[str]:
    while tokens and is_title(tokens[0]) and len(tokens) > 1:
        tokens = tokens[1:]
    while tokens and tokens[-1].casefold().strip(",") in _NAME_SUFFIXES and len(tokens) > 1:
        tokens = tokens[:-1]
    return tokens


def _person_tokens(value: str) -> list[str] | None:
    """The name tokens of ``value`` in "first ... last" order, or None when it cannot be a name."""
    text = value.strip()
    if not text or len(text) > 80 or any(ch.isdigit() for ch in text) or "@" in text or "/" in text:
        return None
    if text.count(",") == 1:  # "SMITH, JOHN" / "van der Berg, Jan"
        last_part, first_part = (part.strip() for part in text.split(","))
        if not last_part or not first_part:
            return None
        first_tokens = _strip_affixes(_WORD_SPLIT.split(first_part))
        last_tokens = _WORD_SPLIT.split(last_part)
        if first_tokens and first_tokens[-1].casefold().strip(".") in _NAME_SUFFIXES:
            first_tokens = first_tokens[:-1]
        tokens = first_tokens + last_tokens
    elif "," in text:
        return None
    else:
        tokens = _strip_affixes(_WORD_SPLIT.split(text))
    return tokens


_INITIAL = re.compile(r"^(?:[^\W\d_a-z]\.){1,3}$|^[^\W\d_a-z]$")


def _is_initial(token: str) -> bool:
    """ "J", "J." or "J.R." (upper-case letters only)."""
    return bool(_INITIAL.match(token)) and token.replace(".", "").isupper()


def person_name_score(value: str) -> float:
    """How much one value looks like a person's name, 0..1.

    Understands "John Smith", "SMITH, JOHN", "Smith, John A.", "J. Smith", "John R. Smith",
    "Dr. Anna Müller" (title dropped), "Jan van der Berg", "Müller-Lüdenscheidt", single first names
    (0.6) and single last names (0.5). Company names score 0.
    """
    tokens = _person_tokens(value)
    if not tokens or is_company_name(value):
        return 0.0
    gaz = gazetteer()
    core = [tok for tok in tokens if tok.casefold() not in NAME_PARTICLES]
    if not core or len(core) > 5 or not all(_NAME_TOKEN.match(tok) for tok in core):
        return 0.0
    # Particles must be lower case or title-case words between name tokens, never the last token.
    if tokens[-1].casefold() in NAME_PARTICLES:
        return 0.0
    lettered = [tok for tok in core if not _is_initial(tok)]
    if not lettered:
        return 0.0
    cased = all(tok[0].isupper() for tok in core)
    case_penalty = 0.0 if cased else 0.25

    def parts(tok: str) -> list[str]:
        return [normalize_token(p) for p in re.split(r"[-'’]", tok) if normalize_token(p)]

    def first_like(tok: str) -> bool:
        return any(p in gaz.first for p in parts(tok))

    def last_like(tok: str) -> bool:
        return any(p in gaz.last for p in parts(tok))

    if len(core) == 1:
        tok = core[0]
        if _is_initial(tok):
            return 0.0
        if first_like(tok):
            return max(0.0, 0.6 - case_penalty)
        if last_like(tok):
            return max(0.0, 0.5 - case_penalty)
        return 0.0
    head, tail = core[0], core[-1]
    head_first = _is_initial(head) or first_like(head)
    tail_last = last_like(tail)
    known = sum(1 for tok in lettered if first_like(tok) or last_like(tok))
    if any(normalize_token(tok) in _NOT_NAME_WORDS_N for tok in lettered):
        return 0.0
    if head_first and tail_last and not _is_initial(head):
        score = 0.95
    elif _is_initial(head) and tail_last:
        score = 0.85
    elif not head_first and last_like(head) and first_like(tail):
        score = 0.85  # surname first, as registers write them: "Schramm Caroline"
    elif (head_first and not _is_initial(head)) or tail_last:
        score = 0.6
    elif len(core) == 2 and first_like(tail):
        score = 0.5  # an unknown surname before a given name: "Stöckli Sébastien"
    elif len(core) == 2 and _is_initial(tail) and not _is_initial(head):
        score = 0.5  # a surname and the initial of a given name: "Galtarossa L."
    elif known:
        score = 0.45
    else:
        score = 0.2
    if len(core) > 4:
        score -= 0.2
    return max(0.0, score - case_penalty)


@dataclass(frozen=True)
class NameProfile:
    """Ratios over the non-empty values of a column (each 0..1) and the kind they point to."""

    person_ratio: float  # values scoring >= 0.5 as a person name (any form)
    full_ratio: float  # two or more tokens, scoring >= 0.7
    first_ratio: float  # single tokens that are first names
    last_ratio: float  # single tokens that are last names
    company_ratio: float  # company names
    values: int  # non-empty values examined

    @property
    def kind(self) -> Kind:
        """The dominant kind: "company" and "full" need half the values, single-token kinds 60%."""
        if self.values == 0:
            return "none"
        if self.company_ratio >= 0.5 and self.company_ratio >= self.full_ratio:
            return "company"
        if self.full_ratio >= 0.5:
            return "full"
        if self.first_ratio >= 0.6 and self.first_ratio >= self.last_ratio:
            return "first"
        if self.last_ratio >= 0.6:
            return "last"
        if self.person_ratio >= 0.6:
            return "full"
        return "none"


def name_profile(values: Iterable[object]) -> NameProfile:
    """Profile a column's values (None and blank values are skipped)."""
    n = person = full = first = last = company = 0
    for raw in values:
        if raw is None:
            continue
        value = str(raw).strip()
        if not value:
            continue
        n += 1
        if is_company_name(value):
            company += 1
            continue
        score = person_name_score(value)
        if score >= 0.5:
            person += 1
        tokens = [tok for tok in (_person_tokens(value) or []) if tok.casefold() not in NAME_PARTICLES]
        if len(tokens) >= 2 and score >= 0.7:
            full += 1
        elif len(tokens) == 1 and score > 0:
            if is_first_name(tokens[0]):
                first += 1
            if is_last_name(tokens[0]):
                last += 1
    if n == 0:
        return NameProfile(0.0, 0.0, 0.0, 0.0, 0.0, 0)
    return NameProfile(person / n, full / n, first / n, last / n, company / n, n)


def name_score(values: Iterable[object]) -> float:
    """The share of non-empty values that look like person names (see :func:`person_name_score`)."""
    return name_profile(values).person_ratio
