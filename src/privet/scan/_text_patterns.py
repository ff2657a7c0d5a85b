"""Pattern detectors of the span finder: e-mails, URLs, IPs, cards, IBANs, phones, national ids, birth dates.

Every detector is a generator ``(ctx) -> Span`` that proposes candidates; overlaps are resolved later by
priority and score (privet.scan._spans). Patterns are confirmed by validators (Luhn, mod-97, check
digits, phonenumbers) and, where the format alone is weak, by a cue word near the match.
"""

from __future__ import annotations

import ipaddress
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

import phonenumbers
from phonenumbers import PhoneNumberType

from privet.entities import Entity
from privet.scan import _text_ids as ids
from privet.scan._language import guess_language, word_set
from privet.scan._latin1 import is_latin1, latin1_twin
from privet.scan._names import is_first_name, is_last_name
from privet.scan._spans import Span, trim_span
from privet.scan._text_phonetype import number_type

__all__ = [
    "Context",
    "DETECTORS",
    "REGIONS",
    "contains_any",
    "cue_before",
    "is_role_mailbox",
]

#: Default phone region per language (a number written with + or 00 needs none).
REGIONS: dict[str, str] = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT"}
REGIONS["pl"] = "PL"  # Polish (see _text_pl)
# Regions tried last, for a number next to a phone cue that no language's regions accept.
_FAR_REGIONS: tuple[str, ...] = ("GB", "IE", "AT", "CH", "BE", "LU", "BR", "MX", "AR", "CL", "CO", "CA", "AU", "NZ")
# Further regions tried when the default one rejects a national-format number.
_ALT_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("GB", "IE"),
    "de": ("AT", "CH"),
    "fr": ("BE", "CH"),
    "es": ("MX",),
    "it": ("CH",),
    "nl": ("BE",),
    "pt": ("BR",),
}


class DigitRuns(NamedTuple):
    """A summary of a text's digit runs (maximal runs of ``\\d``), for cheap tests before the digit patterns."""

    #: The lengths of the runs.
    lengths: frozenset[int]
    #: The run lengths in order, with the character between two runs when it is one blank, dot or dash, else "A"
    #: after two capital letters (and maybe a blank) or "#"; each length between bars: "12-34 5, AB 6" gives
    #: "#|2|-|2| |1|A|1|".
    signature: str
    #: The longest run.
    longest: int
    #: Whether two runs of two digits or more are joined by one blank, dot or dash ("12.34", "2024-05").
    paired: bool
    #: The most digits in a chain of runs joined by one blank or dash ("4111 1111 1111 1111": 16).
    spaced_total: int


def _digit_runs(text: str, latin1: bool = False) -> DigitRuns:
    runs = (_DIGIT_RUN_L1 if latin1 else _DIGIT_RUN).findall(text)
    if not runs:
        return _NO_DIGITS
    parts = []
    lengths = []
    prev_len = chain = spaced_total = 0
    paired = False
    for digits, sep, capital, capital_blank in runs:
        n = len(digits)
        if sep:
            if n >= 2 and prev_len >= 2:
                paired = True
            chain = chain + n if sep != "." else n
            parts.append(f"{sep}|{n}")
        else:
            chain = n
            parts.append(f"A|{n}" if capital or capital_blank else f"#|{n}")
        if chain > spaced_total:
            spaced_total = chain
        lengths.append(n)
        prev_len = n
    return DigitRuns(frozenset(lengths), "|".join(parts) + "|", max(lengths), paired, spaced_total)


_NO_DIGITS = DigitRuns(frozenset(), "|", 0, False, 0)
# A digit run, with what comes right before it: the separator when one blank, dot or dash follows the previous
# run, else the first of two capital letters right before it (maybe and a blank: a UK NINO's digits). The run's
# first digit comes first so that the regex engine skips fast to it.
_DIGIT_RUN = re.compile(r"(\d(?:(?<=\d([ .\-])\d)|(?<=([A-Z])[A-Z]\d)|(?<=([A-Z])[A-Z] \d)|)\d*)")
_DIGIT_RUN_L1 = latin1_twin(_DIGIT_RUN)


class Context:
    """One text under scan, with its lower-case copy and its language.

    The language is guessed from the text on first use (only national phone numbers and a few one-letter
    titles need it), unless it was given.
    """

    __slots__ = ("_digits", "_language", "claimed", "latin1", "lower", "text")

    def __init__(self, text: str, lower: str, language: str | None = None) -> None:
        self.text = text
        self.lower = lower
        self._language = language
        #: Spans already proposed by more specific detectors (e-mails, IBANs, cards, ids, ...); cheap detectors
        #: that come later skip expensive validation inside them.
        self.claimed: list[tuple[int, int]] = []
        self._digits: DigitRuns | None = None
        #: Whether all characters are Latin-1: the hot patterns then run as their faster twins (see _latin1).
        self.latin1 = is_latin1(text)

    @property
    def digits(self) -> DigitRuns:
        """The text's digit runs, summarized (computed on first use)."""
        if self._digits is None:
            self._digits = _digit_runs(self.text, self.latin1)
        return self._digits

    @property
    def language(self) -> str:
        if self._language is None:
            self._language = guess_language(self.text, default="en", lower=self.lower, latin1=self.latin1) or "en"
        return self._language

    def is_claimed(self, start: int, end: int) -> bool:
        for s, e in self.claimed:  # noqa: SIM110 - a plain loop: any() over a generator costs twice as much
            if start < e and s < end:
                return True
        return False


def contains_any(text: str, keys: tuple[str, ...]) -> bool:
    """Whether one of ``keys`` occurs in ``text`` (a plain loop: any() over a generator costs more)."""
    for key in keys:  # noqa: SIM110
        if key in text:
            return True
    return False


def cue_before(ctx: Context, start: int, cues: re.Pattern[str], *, window: int = 48) -> bool:
    """Whether a cue matches in the ``window`` characters before ``start`` (same line)."""
    lo = max(0, start - window)
    head = ctx.lower[lo:start]
    newline = head.rfind("\n")
    if newline >= 0:
        head = head[newline + 1 :]
    return cues.search(head) is not None


def _cue_near(ctx: Context, start: int, end: int, cues: re.Pattern[str], *, window: int = 48) -> bool:
    if cue_before(ctx, start, cues, window=window):
        return True
    tail = ctx.lower[end : end + 24]
    return cues.search(tail.split("\n", 1)[0]) is not None


def _span(ctx: Context, start: int, end: int, entity: Entity, score: float) -> Span:
    start, end = trim_span(ctx.text, start, end)
    return Span(start, end, entity, min(1.0, max(0.0, score)))


# --- e-mail ---------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
_ROLE_MAILBOXES = word_set(
    "support info contact contacts sales help helpdesk service services admin administrator noreply "
    "no-reply donotreply do-not-reply hello office team billing invoice invoices accounts accounting "
    "press media jobs careers career hr recruiting marketing newsletter news orders order shop store "
    "webmaster postmaster hostmaster abuse security privacy dpo gdpr legal compliance feedback "
    "customerservice customer-service customercare kundenservice kundendienst kontakt service-client "
    "serviceclient contacto contato contatto ventas vendas vendite atendimento atencion "
    "klantenservice klantendienst verkoop bestellingen info-nl reservations booking bookings "
    "enquiries inquiries mail email datenschutz impressum redaktion facturation commandes assistance "
    "ayuda aiuto ajuda suporte soporte supporto secretariat secretaria segreteria reception rezeption "
    # the same functions in each of the seven languages
    "servicio servizio serviço servico dienst dienstverlening asistencia assistenza assistência assistencia "
    "hilfe hulp aide verkauf vertrieb vente ventes vendita vendite verkoop rechnung rechnungen buchhaltung "
    "factura facturas facturacion fatturazione fatture faturacao faturação facturen facturatie boekhouding "
    "bestellung bestellungen pedidos ordini encomendas büro buero bureau oficina ufficio kantoor escritorio "
    "escritório equipe équipe equipo squadra equipa reservierung reservation réservation reservas reservations "
    "buchung buchungen booking bookings boeking boekingen reserveringen prenotazioni rezerwacje rezerwacja "
    "prenotazioni reserveringen karriere emploi empleo lavoro lavora vacatures carreiras presse prensa stampa "
    "pers imprensa personal rh rrhh recrutement kundencenter servicedesk klantcontact clientes clienti klanten "
    "kunden clients customers customer cliente "
    # departments and their usual short forms (after-sales "sav", Brazilian "sac", Polish "bok")
    "administration administracion administración administracao administração amministrazione administratie "
    "verwaltung finance finances finanzen finanzas finanza finance financeiro financiero financien financiën "
    "sav sac bok obsluga obsługa faktury biuro sekretariat kadry rekrutacja zamowienia zamówienia pomoc "
    "atendimiento atencion atención atendimento consumidor consumidores consommateurs consumatori "
    "client relation relations relaciones relazioni relacoes relações returns retouren retours devoluciones resi "
    # general mailboxes ("geral@" in Portugal) and claims desks of insurers
    "geral apoio socios socio membros associados members mitglieder membres leden soci "
    "claims claim schaden schadens schadenmeldung sinistres sinistre siniestros siniestro sinistri sinistro schade "
    "schades szkody reklamacje reklamacja complaints reclamaciones reclami reclamacoes klachten beschwerden "
    "reclamations"
)
#: Joining words inside compound role mailboxes ("atencionalcliente", "servicedesk", "relationclient").
_ROLE_JOINERS = word_set("a al and ao aos au aux da das de del della di do dos du e en et the to und y")
_MAILBOX_PARTS = re.compile(r"[._\-+]")


def is_role_mailbox(local_part: str) -> bool:
    """Whether an e-mail's local part is a company's role mailbox (support@, info@, no-reply@ ...)."""
    local = local_part.lower().split("+", 1)[0]
    core = local.rstrip("0123456789")
    if core in _ROLE_MAILBOXES or local in _ROLE_MAILBOXES or core.startswith(("noreply", "no-reply")):
        return True
    # "service-client", "support.de", "customer_care": every part is a role word or a short code
    parts = [p.rstrip("0123456789") for p in _MAILBOX_PARTS.split(local) if p]
    if (
        len(parts) > 1
        and any(p in _ROLE_MAILBOXES for p in parts)
        and all(p in _ROLE_MAILBOXES or len(p) == 2 for p in parts)
    ):
        return True
    return _is_role_compound("".join(parts))


@lru_cache(maxsize=4096)
def _is_role_compound(word: str) -> bool:
    """Whether ``word`` is role words run together, joined or not by short words ("servizioclienti",
    "atencionalcliente"; not "annaservice"): a segmentation by dynamic programming over the word's prefixes,
    written here because no dictionary splits e-mail local parts."""
    if not 6 <= len(word) <= 40:
        return False
    # reachable[i]: word[:i] splits into role words and joiners; ends_in_role[i]: such a split ends in a role word
    ends_in_role: list[bool] = [False] * (len(word) + 1)
    reachable: list[bool] = [False] * (len(word) + 1)
    reachable[0] = True
    for end in range(2, len(word) + 1):
        for start in range(max(0, end - 20), end - 1):
            if not reachable[start]:
                continue
            piece = word[start:end]
            if piece in _ROLE_MAILBOXES and len(piece) >= 3:
                reachable[end] = ends_in_role[end] = True
                break
            if piece in _ROLE_JOINERS and start > 0 and ends_in_role[start]:
                reachable[end] = True
    return ends_in_role[len(word)]


_LOCAL_EXTRA = frozenset("_.%+-")


def _email_matches(text: str) -> Iterator[re.Match[str]]:
    """``_EMAIL.finditer(text)``, with each search started at the local part before the next "@" (a match holds
    an "@" and its local part is the run of local-part characters right before it): the engine skips the words
    in between instead of trying a match at each of them."""
    pos = 0
    while True:
        at = text.find("@", pos)
        if at < 0:
            return
        q = at
        while q > pos and (text[q - 1].isalnum() or text[q - 1] in _LOCAL_EXTRA):
            q -= 1
        m = _EMAIL.search(text, q)
        if m is None:
            return
        yield m
        pos = m.end()


def emails(ctx: Context) -> Iterator[Span]:
    if "@" not in ctx.text:
        return
    for m in _email_matches(ctx.text):
        local = m.group().split("@", 1)[0].strip(".")
        if not local or is_role_mailbox(local):
            continue
        yield _span(ctx, m.start(), m.end(), Entity.EMAIL, 0.97)


# --- URL ------------------------------------------------------------------------------------------------

_URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>\"'`]+"
    r"|\b(?:[a-z0-9-]+\.)*(?:linkedin|facebook|twitter|x|instagram|github|gitlab|xing|tiktok|youtube|medium"
    r"|pinterest|reddit|threads|mastodon\.social|bsky)\.(?:com|app|social|net)/[^\s<>\"'`]+",
    re.IGNORECASE,
)
_SOCIAL_HOSTS = {
    "linkedin.com": ("in", "pub", "profile"),
    "xing.com": ("profile",),
    "facebook.com": None,
    "fb.com": None,
    "twitter.com": None,
    "x.com": None,
    "instagram.com": None,
    "github.com": None,
    "gitlab.com": None,
    "tiktok.com": None,
    "youtube.com": ("@", "user", "c"),
    "medium.com": ("@",),
    "pinterest.com": None,
    "reddit.com": ("user", "u"),
    "threads.net": None,
    "mastodon.social": ("@",),
    "bsky.app": ("profile",),
    "vk.com": None,
    "about.me": None,
}
_NOT_PROFILE = word_set(
    "share sharer help about privacy policies policy legal terms company companies pages page groups "
    "group events watch search explore hashtag home login signup jobs business ads developers "
    "settings intent features pricing blog docs orgs topics marketplace sponsors"
)
_PERSON_PATHS = word_set(
    "in pub profile profiles user users u people person member members author authors ~ perfil perfis profil "
    "profilo profiel usuario usuarios utilisateur benutzer utente gebruiker membre mitglied"
)
_SLUG_SPLIT = re.compile(r"[-_.+/]")


def profile_url_score(url: str) -> float:
    """0 when the URL is not about a person; else a score."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    host = host[2:] if host.startswith(("m.", "de.", "fr.", "es.", "it.", "nl.", "pt.", "br.", "uk.")) else host
    segments = [s for s in parts.path.split("/") if s]
    if host in _SOCIAL_HOSTS:
        if not segments:
            return 0.0
        allowed = _SOCIAL_HOSTS[host]
        first = segments[0].lower()
        if allowed is None:
            if first == "profile.php" and re.search(r"(?:^|&)id=\d{5,}", parts.query):
                return 0.9  # a Facebook profile by number ("profile.php?id=100012345678")
            if first in _NOT_PROFILE or first.endswith(".php"):
                return 0.0
            return 0.9
        if first.startswith("@") and "@" in allowed:
            return 0.9
        return 0.9 if first in allowed and len(segments) >= 2 else 0.0
    if segments and (segments[0].startswith("~") or segments[0].startswith("@")):
        return 0.8
    for i, seg in enumerate(segments):
        if seg.lower() in _PERSON_PATHS and i + 1 < len(segments):
            return 0.75
    # A slug or sub-domain made of a first and a last name ("/team/anna-mueller", "jan.jansen.example.nl").
    pieces = [p for s in [*segments, *host.split(".")[:-2]] for p in _SLUG_SPLIT.split(s) if p]
    for a, b in itertools.pairwise(pieces):
        if len(a) > 1 and len(b) > 1 and is_first_name(a) and is_last_name(b):
            return 0.7
    return 0.0


_SOCIAL_TLDS = (".com/", ".app/", ".social/", ".net/")


_URL_MARKERS = ("://", "www.", *_SOCIAL_TLDS)
# Characters that match an ASCII letter of _URL without ignoring case, but are not that letter in lower case.
_FOLDS_TO_ASCII = "ıſKİ"


def _url_matches(text: str, lower: str) -> Iterator[re.Match[str]]:
    """``_URL.finditer(text)``, run only over the whitespace-free stretches that hold one of _URL_MARKERS (a URL
    holds no whitespace and always one of the markers)."""
    if not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII):
        yield from _URL.finditer(text)
        return
    stretches = set()
    n = len(text)
    for marker in _URL_MARKERS:
        i = lower.find(marker)
        while i >= 0:
            start, end = i, i + len(marker)
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            while end < n and not text[end].isspace():
                end += 1
            stretches.add((start, end))
            i = lower.find(marker, end)
    for start, end in sorted(stretches):
        yield from _URL.finditer(text, start, end)


def urls(ctx: Context) -> Iterator[Span]:
    lower = ctx.lower
    if "://" not in lower and "www." not in lower and not contains_any(lower, _SOCIAL_TLDS):
        return
    for m in _url_matches(ctx.text, lower):
        url = m.group().rstrip(".,;:!?)]}>\"'")
        score = profile_url_score(url)
        if score > 0:
            yield _span(ctx, m.start(), m.start() + len(url), Entity.URL, score)


# --- IP addresses ---------------------------------------------------------------------------------------

# Patterns that start with a look-behind are written with their first character before it: the regex engine
# then skips quickly to the positions where that character occurs.
_IPV4 = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?!\w|\.\d)")
_IPV6 = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])")
# Words of software versions on the line before a dotted quad, and words that say it is someone's address. (A server's
# or a router's address stays an IP address.)
_SOFTWARE_WORDS = re.compile(
    r"\b(?:version\w*|versi[oó]n|versione|versie|vers[aã]o|wersj\w+|release\w*|firmware|runtime|build|"
    r"laufzeit\w*|moteur|upgrade\w*|aktualisiert|mis à jour|update\w*|patch\w*)\b"
)
_ADDRESS_WORDS = re.compile(
    r"\b(?:ip|from|von|depuis|desde|da|van|z|login|log-in|connexion|anmeldung|source|client ip)\b"
)


def _after_software_word(before: str) -> bool:
    """A software word at most two words before the number, with no word between that makes it an address."""
    found = list(_SOFTWARE_WORDS.finditer(before))[-1:]
    if not found:
        return False
    between = before[found[0].end() :]
    return len(between.split()) <= 2 and not _ADDRESS_WORDS.search(between)


_VERSION_CUE = re.compile(
    r"\b(?:version|versión|versione|versie|versão|wersja|wersji|release|build|firmware|v\.?|ver\.?|"
    r"softwarestand|software|app|update|updated|upgrade|patch|aktualisierung|mise à jour|actualización|"
    r"aggiornamento|bijgewerkt|atualização|aktualizacja|aktualizacji)"
    r"(?:\s+(?:to|auf|à|a|naar|para|do|na|zu|al))?\s*:?\s*$"
)


# Four runs of one to three digits joined by dots, in a DigitRuns signature: what every IPv4 match holds.
_DOTTED_QUAD = re.compile(r"\|[123]\|\.\|[123]\|\.\|[123]\|\.\|[123]\|")


def ip_addresses(ctx: Context) -> Iterator[Span]:
    text = ctx.text
    if "." in text and _DOTTED_QUAD.search(ctx.digits.signature):
        for m in _IPV4.finditer(text):
            try:
                ipaddress.IPv4Address(m.group())
            except ValueError:
                continue
            if _VERSION_CUE.search(ctx.lower[max(0, m.start() - 24) : m.start()]):
                continue
            if _after_software_word(_window(ctx, m.start(), 32)):
                continue  # "runtime upgraded to 3.3.4.213", "version du client 4.9.1.99": a version
            yield _span(ctx, m.start(), m.end(), Entity.IP_ADDRESS, 0.9)
    if "::" in text or text.count(":") >= 7:  # a compressed or a full IPv6 address
        for m in _IPV6.finditer(text):
            value = m.group()
            if value.count(":") < 2 or len(value) < 6:
                continue
            try:
                ipaddress.IPv6Address(value)
            except ValueError:
                continue
            yield _span(ctx, m.start(), m.end(), Entity.IP_ADDRESS, 0.9)


# --- payment cards --------------------------------------------------------------------------------------

_CARD = re.compile(r"\d(?<![\d*•xX#+-]\d)(?:[ -]?\d){12,18}(?![\d*•-])")
_MASK_BEFORE = re.compile(r"[*•xX#]{2,}[\s-]*$")


def cards(ctx: Context) -> Iterator[Span]:
    if ctx.digits.spaced_total < 13:
        return  # a card number is 13 to 19 digits, with at most one blank or dash between two of them
    for m in _CARD.finditer(ctx.text):
        raw = m.group()
        digits = raw.replace(" ", "").replace("-", "")
        if not 13 <= len(digits) <= 19 or digits[0] not in "23456" or not ids.luhn_valid(digits):
            continue
        groups = re.split(r"[ -]", raw)
        if len(groups) > 1 and not all(2 <= len(g) <= 6 for g in groups):
            continue
        if _MASK_BEFORE.search(ctx.text[max(0, m.start() - 12) : m.start()]):
            continue
        yield _span(ctx, m.start(), m.end(), Entity.CREDIT_CARD, 0.95)


# --- IBAN -----------------------------------------------------------------------------------------------

_IBAN_START = re.compile(r"([A-Z](?<!\w[A-Z])[A-Z])(\d{2})(?=[ -]?[0-9A-Z])")
_IBAN_START_L1 = latin1_twin(_IBAN_START)


def ibans(ctx: Context) -> Iterator[Span]:
    text = ctx.text
    if "A|" not in ctx.digits.signature:
        return  # no digits right after two capital letters
    for m in (_IBAN_START_L1 if ctx.latin1 else _IBAN_START).finditer(text):
        length = ids.IBAN_LENGTHS.get(m.group(1))
        if length is None:
            continue
        i, count = m.end(), 4
        while i < len(text) and count < length:
            ch = text[i]
            if ch.isascii() and ch.isalnum():
                count += 1
                i += 1
            elif ch in " -" and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum():
                i += 1
            else:
                break
        if count != length or (i < len(text) and text[i].isascii() and text[i].isalnum()):
            continue
        if ids.iban_valid(text[m.start() : i]):
            yield _span(ctx, m.start(), i, Entity.IBAN, 0.97)


# --- phones ---------------------------------------------------------------------------------------------

# (?<![\w+])(?:\+|00)?\(?\d[\d \t\u00a0().\-/]{5,20}\d(?:\s?(?:x|ext\.?|extension|#)\s?\d{1,5})?(?!\w), written with
# its first character ("+", "(" or a digit) before the look-behind and the optional parts that follow it chosen
# by that character (in the same order), so that the regex engine skips fast to the positions where it occurs.
_PHONE = re.compile(
    r"[+(\d](?<![\w+].)(?:(?<=\+)\(?\d|(?<=0)(?:0\(?\d|)|(?<=\()\d|(?<=\d))"
    r"[\d \t\u00a0().\-/]{5,20}\d(?:\s?(?:x|ext\.?|extension|#)\s?\d{1,5})?(?!\w)"
)
_PHONE_L1 = latin1_twin(_PHONE)
# Phone and hotline cues, checked in the window before a number with substring and word look-ups (a regex
# alternation over the window costs several times more).
_PHONE_WORD_PREFIXES = (
    "tel", "tél", "phone", "mobil", "cell", "celular", "telemóvel", "handy", "móvil", "portable", "gsm", "whatsapp",
    "call", "ring", "anrufen", "appel", "llamar", "chiamare", "bellen", "ligar", "richiam", "rappel", "llamada",
    "terugbel", "rückruf", "natel", "tlf", "tfno", "tlm",
)  # fmt: skip
# Cues that fit any number ("number", "contact"): a phone cue, but weaker than a reference word next to the number.
_GENERIC_CUE_PREFIXES = (
    "number", "nummer", "numéro", "número", "numero", "nr", "contact", "reach", "erreich", "joindre", "contactar",
    "contattar", "bereik",
)  # fmt: skip
_PHONE_CUE_PREFIXES = _PHONE_WORD_PREFIXES + _GENERIC_CUE_PREFIXES
_PHONE_CUE_WORDS = word_set("cb ph mob cel cell fon fone")
_PHONE_CUE_SUBSTRINGS = ("n°", "call back")
# Words that name what a number right after them refers to: an order, invoice, parcel, booking, contract or
# account ("order 967359252", "Rechnung 2023/308703", "le colis 942418741"). Stems, matched as word prefixes.
_REFERENCE_PREFIXES = (
    "order", "invoice", "reference", "ticket", "tracking", "shipment", "parcel", "package", "booking",
    "reservation", "confirmation", "transaction", "contract", "policy", "account", "serial",
    "bestell", "rechnung", "auftrag", "sendung", "paket", "vorgang", "buchung", "vertrag", "kundennr",
    "kundennummer", "referenz", "aktenzeichen", "lieferung", "retour", "artikel",
    "commande", "facture", "colis", "dossier", "réservation", "contrat", "envoi", "expédition", "expedition",
    "référence", "sinistre",
    "pedido", "factura", "envío", "paquete", "reserva", "contrato", "expediente", "albarán", "albaran",
    "referencia", "seguimiento", "póliza", "poliza",
    "ordine", "fattura", "spedizion", "pacco", "prenotazion", "contratt", "pratica", "riferimento", "polizza",
    "bestelling", "factuur", "zending", "pakket", "reservering", "referentie",
    "encomenda", "fatura", "remessa", "processo", "referência", "apólice", "apolice", "protocolo",
    "zamówieni", "zamowieni", "faktur", "przesyłk", "przesylk", "paczk", "rezerwacj", "umow", "umów", "zgłoszeni",
    "zgloszeni",
    # receipts, memberships and claims (stems long enough to name only them)
    "receipt", "quittung", "ricevuta", "kwitanc", "membership", "mitgliedsn", "lidnummer", "claimn", "schadenn",
    "siniestro", "sinistro", "schadenummer", "szkod",
)  # fmt: skip
_REFERENCE_WORDS = word_set(
    "inv ref case fall item sku acct claim konto conto cuenta conta compte polis akte envio listing docket "
    "expediente processo sygnatura pratica "
    # receipts, members, claims, and national ids named before their number (whole words only)
    "beleg recibo reçu recu bon member mitglied socio adherent adhérent schaden schade nif nie dni ssn bsn pesel "
    "cpf nir sofi"
)
_HOTLINE_SUBSTRINGS = (
    "hotline", "customer service", "customer care", "support", "help desk", "helpdesk", "call cent",
    "service line", "switchboard", "kundenservice", "kundendienst", "servicenummer", "service-nummer", "zentrale",
    "service client", "assistance", "standard", "atención al cliente", "servicio al cliente", "servicio técnico",
    "centralita", "servizio clienti", "assistenza", "numero verde", "centralino", "klantenservice",
    "klantendienst", "servicedesk", "apoio ao cliente", "atendimento", "linha de apoio", "serviço de apoio",
    "our office", "unser büro", "notre bureau", "nuestra oficina", "reception", "rezeption", "toll free",
    "toll-free", "tollfree", "gratuit", "gratis", "kostenlos", "freephone", "main line", "main office",
    "hauptnummer", "centrale", "conmutador", "onthaal", "receptie", "accueil",
)  # fmt: skip
_HOTLINE_WORDS = word_set("sav central sede pbx pabx")
# Whether any of _HOTLINE_SUBSTRINGS occurs: one regex search costs less than a substring test per phrase.
_HOTLINE_ANY = re.compile("|".join(map(re.escape, _HOTLINE_SUBSTRINGS)))
_LETTERS = re.compile(r"[^\W\d_]+")


def _window(ctx: Context, start: int, window: int) -> str:
    """The ``window`` lower-case characters before ``start``, on the same line."""
    head = ctx.lower[max(0, start - window) : start]
    newline = head.rfind("\n")
    return head[newline + 1 :] if newline >= 0 else head


def _phone_cued(head: str, words: list[str]) -> bool:
    """Whether ``head`` (the text before a number) or its ``words`` hold a phone cue, weak ones included."""
    if contains_any(head, _PHONE_CUE_SUBSTRINGS):
        return True
    for w in words:
        if w.startswith(_PHONE_CUE_PREFIXES):
            return True
    return not _PHONE_CUE_WORDS.isdisjoint(words)


def _phone_word_cued(head: str, words: list[str]) -> bool:
    """Whether ``head`` or its ``words`` hold a cue only phone numbers go with ("tel", "mobile", "call back")."""
    return (
        "call back" in head
        or any(w.startswith(_PHONE_WORD_PREFIXES) for w in words)
        or not _PHONE_CUE_WORDS.isdisjoint(words)
    )


def _reference_cued(words: list[str]) -> bool:
    """Whether one of the last two words before a number says it is an order, invoice, parcel ... number."""
    last = words[-2:]
    return any(w.startswith(_REFERENCE_PREFIXES) for w in last) or not _REFERENCE_WORDS.isdisjoint(last)


def _hotline_cued(head: str) -> bool:
    return _HOTLINE_ANY.search(head) is not None or not _HOTLINE_WORDS.isdisjoint(_LETTERS.findall(head))


# First-person words: "my phone", "mi teléfono", "call me", "ruf mich an", "appelez-moi", "mijn nummer".
_PERSONAL_CUE = re.compile(
    r"\b(?:my|me|mine|mein|meine|meiner|mich|mir|mon|ma|mes|moi|mi|mis|mío|mía|mio|mia|mijn|mij|me|meu|minha)\b"
)
_DIGIT_CHARS = "0123456789"
_GROUPED = re.compile(r"\d[\s./-]\d")
_NANP = re.compile(r"^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}$")
_DOTTED = re.compile(r"^\d{1,3}(?:\.\d{1,3}){2,}(?:\.\d{4,5})?$")  # also builds: "5.15.0.3428"
# Dotted like an IP or a version, but a phone: "06.12.34.56.78" (five groups, or a trunk 0 and two digits first).
_DOTTED_PHONE = re.compile(r"^(?:\d{2,3}(?:\.\d{2,3}){4,}|0\d{1,2}(?:\.\d{2,3}){3,})$")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# A date and the hour of a time after it ("06/05/2024 14" of "06/05/2024 14:32"; the caller checks the colon).
_DATE_HOUR = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})[ T]\d{1,2}$")
# A number of a year's series ("2021/33346", "2024-950932"): receipts, claims, case files, not phones.
_YEAR_SERIES = re.compile(r"^(?:19|20)\d{2}[/-]\d{4,7}$")
# Numbers only companies have: free, premium-rate, shared-cost and universal access numbers.
_COMPANY_TYPES = frozenset(
    {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN}
)


_EXTENSION = re.compile(r"\s?(?:x|ext\.?|extension|#)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _region_lengths(region: str) -> tuple[str | None, frozenset[int]] | None:
    """(national prefix, possible national number lengths) of ``region``; None when its national prefix is
    more than a fixed string (carrier codes), so that the length test cannot be applied."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or metadata.general_desc is None:
        return None
    prefix, for_parsing = metadata.national_prefix, metadata.national_prefix_for_parsing
    if for_parsing is not None and for_parsing != prefix:
        return None
    return prefix, frozenset(metadata.general_desc.possible_length or ())


def _length_possible(digits: str, region: str) -> bool:
    """Whether ``digits`` (a national-format number) has a length the region's numbers can have."""
    known = _region_lengths(region)
    if known is None:
        return True
    prefix, lengths = known
    if len(digits) in lengths:
        return True
    return prefix is not None and prefix != "" and digits.startswith(prefix) and len(digits) - len(prefix) in lengths


def preload_phone_regions() -> None:
    """Load the phone metadata of every region :func:`_parse_phone` may try (phonenumbers loads it lazily)."""
    for region in {*REGIONS.values(), *_FAR_REGIONS, *(r for alts in _ALT_REGIONS.values() for r in alts)}:
        phonenumbers.PhoneMetadata.metadata_for_region(region)


@lru_cache(maxsize=65536)
def _parse_phone(
    candidate: str, language: str, *, everywhere: bool = False, far: bool = False
) -> tuple[bool, phonenumbers.PhoneNumber | None, int]:
    """(valid, number, type) for the first region that accepts ``candidate``; (False, possible number, type)
    else (type: a phonenumbers.PhoneNumberType, computed once per candidate).

    The language's regions are tried first; ``everywhere`` adds the other languages' regions (the
    language guess of a short text can be wrong), ``far`` further regions where these languages are spoken.
    """
    regions: tuple[str, ...] = (REGIONS.get(language, "US"), *_ALT_REGIONS.get(language, ()))
    if candidate.startswith(("+", "00")):
        regions = regions[:1]
    elif everywhere:
        regions = regions + tuple(r for r in REGIONS.values() if r not in regions)
        if far:
            regions = regions + tuple(r for r in _FAR_REGIONS if r not in regions)
    possible = None
    digits = "".join(ch for ch in _EXTENSION.split(candidate, 1)[0] if ch.isdigit())
    for region in regions:
        if not candidate.startswith(("+", "00")) and not _length_possible(digits, region):
            continue  # parsing costs far more than this look-up at the region's possible lengths
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        kind = number_type(number)  # UNKNOWN exactly when is_valid_number is False, at a fraction of the cost
        if kind != PhoneNumberType.UNKNOWN:
            return True, number, kind
        if possible is None and phonenumbers.is_possible_number(number):
            possible = number
    return False, possible, (number_type(possible) if possible is not None else PhoneNumberType.UNKNOWN)


def phones(ctx: Context) -> Iterator[Span]:
    text = ctx.text
    for m in (_PHONE_L1 if ctx.latin1 else _PHONE).finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in " .-/(":
            end -= 1
        raw = text[start:end]
        if raw.startswith("(") and raw.count("(") > raw.count(")"):
            start += 1
        elif raw.endswith(")") and raw.count(")") > raw.count("("):
            end -= 1
        raw = text[start:end]
        digits = sum(map(str.isdigit, raw))
        if digits < 7 or digits > 15 or _DATE_LIKE.match(raw):
            continue
        if _DATE_HOUR.match(raw) and text.startswith(":", end):  # "06/05/2024 14" of "06/05/2024 14:32"
            continue
        if "\n" in raw:
            continue
        if (_DOTTED.match(raw) and not _DOTTED_PHONE.match(raw)) or ctx.is_claimed(start, end):
            continue  # IPs and version strings; digits of IBANs, cards, ids, birth dates
        # A cue belongs to the nearest number: look back only as far as the previous digit.
        lo = max(0, start - 60)
        lo = max(lo, max(map(text.rfind, _DIGIT_CHARS, (lo,) * 10, (start,) * 10)) + 1)
        if _hotline_cued(_window(ctx, start, start - lo)):
            continue
        head = _window(ctx, start, min(40, start - lo))
        words = _LETTERS.findall(head)
        cued = _phone_cued(head, words)
        shaped = raw.startswith(("+", "00", "(")) or _GROUPED.search(raw) is not None
        if (
            not raw.startswith("+")
            and _reference_cued(words)
            and (not _phone_word_cued(head, words) or (_reference_cued(words[-1:]) and not shaped))
        ):
            continue  # "order 967359252", "called about order #552419450": the number of an order, not a phone
        if _YEAR_SERIES.match(raw) and not _phone_word_cued(head, words):
            continue  # "receipt 2021/33346", "claim 2024-950932": a number of a year's series
        if raw.startswith(("+", "00")):  # one region, whatever the cues: one cache entry
            valid, number, kind = _parse_phone(raw, "en" if raw.startswith("+") else ctx.language)
        else:
            valid, number, kind = _parse_phone(
                raw, ctx.language, everywhere=cued or shaped or raw.startswith("0"), far=cued
            )
        if number is None:
            continue
        if kind == PhoneNumberType.TOLL_FREE or (
            kind in _COMPANY_TYPES and not (cued and cue_before(ctx, start, _PERSONAL_CUE, window=min(40, start - lo)))
        ):
            continue  # free numbers are never a person's; shared-cost and premium ones only as "my number"
        if valid:
            score = 0.9 if (cued or shaped) else 0.75
        elif cued and (shaped or digits >= 9):
            score = 0.7
        elif shaped and (raw.startswith(("+", "(")) or _NANP.match(raw)):
            score = 0.6
        else:
            continue
        yield _span(ctx, start, end, Entity.PHONE, score)


# --- national identifiers -------------------------------------------------------------------------------

_ID_CUE = re.compile(
    r"social security|\bssn\b|\bss#|national insurance|\bnino\b|\bni (?:no|number)|\bnhs\b|steuer|\bidnr|"
    r"\btin\b|sozialversicherung|rentenversicherung|\bsv-?nummer|versicherungsnummer|personalausweis|"
    r"sécurité sociale|securite sociale|\bnir\b|\bsécu\b|\bnuméro national|registre national|\bniss\b|"
    r"rijksregister|\binsz\b|\bdni\b|\bnie\b|\bnif\b|\bnúmero de identi|documento|codice fiscale|\bc\.f\.|"
    r"\bcf\b|\bbsn\b|burgerservicenummer|sofinummer|\bcpf\b|\brg\b|contribuinte|\bid\b|\bid number|"
    r"identity|identification|identificación|identità|identidade|identiteit|ausweis",
)


_WORDS = re.compile(r"[^\W\d_][\w'.\-]*")
_WORDS_L1 = latin1_twin(_WORDS)


def _has_word(lower: str, exact: frozenset[str], prefixes: tuple[str, ...], latin1: bool = False) -> bool:
    """A cheap gate before a cue regex: some word of ``lower`` is in ``exact`` or starts with a prefix."""
    for word in (_WORDS_L1 if latin1 else _WORDS).findall(lower):
        word = word.rstrip(".")
        if word in exact or word.startswith(prefixes):
            return True
    return False


# Gate words for _ID_CUE: every alternative of the regex contains one of these words or prefixes.
_ID_CUE_WORDS = word_set("ssn ss# nino ni nhs tin sv-nummer svnr nir sécu niss insz dni nie nif cf c.f bsn cpf rg id")
_ID_CUE_PREFIXES = (
    "social", "national", "steuer", "idnr", "sozialversicherung", "rentenversicherung", "versicherungsnummer",
    "personalausweis", "sécurité", "securite", "numéro", "registre", "rijksregister", "número", "documento",
    "codice", "burgerservicenummer", "sofinummer", "contribuinte", "identi", "ausweis", "ss#",
)  # fmt: skip
_BIRTH_WORDS = word_set("born dob d.o.b b-day geb né née nato nata nac nasc naiss b nací naci nasci nacqui")
_BIRTH_PREFIXES = (
    "birth", "geboren", "geburt", "né(e)", "naissance", "nacid", "nacimiento", "nascita", "geboorte", "nascid",
    "nascimento", "compleanno", "cumpleaños", "aniversário", "verjaardag", "anniversaire", "d.o.b", "geb.",
    "urodzi", "urodzenia",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _IdRule:
    pattern: re.Pattern[str]
    validator: Callable[[str], bool]
    needs_cue: bool
    score: float
    #: Whether the rule can match at all, from the lengths of the text's digit runs (a cheap necessary
    #: condition, so that most texts skip most rules).
    possible: Callable[[frozenset[int]], bool] = lambda lens: True
    #: A string that every match holds ("-", "756"); empty when none.
    marker: str = ""
    #: When not empty, the rule can match only if one of these digit chains is in the text's chain signature
    #: (see DigitRuns): "|3|-|2|-|4|" is a run of three digits, a dash, two digits, a dash, four digits.
    chains: tuple[str, ...] = ()


def _chains(*shapes: str) -> tuple[str, ...]:
    """Chain-signature pieces from shapes written as "3-2-4", "2 2 2", "4.2.3" (run lengths and separators)."""
    return tuple("|" + "|".join(re.split(r"([ .\-])", shape)) + "|" for shape in shapes)


_ID_RULES: tuple[_IdRule, ...] = (
    _IdRule(
        re.compile(r"\d(?<![\d-]\d)\d{2}-\d{2}-\d{4}(?![\d-])"),
        ids.us_ssn_valid,
        False,
        0.85,
        lambda lens: {2, 3, 4} <= lens,
        marker="-",
        chains=_chains("3-2-4"),
    ),
    _IdRule(
        re.compile(r"\d(?<!\d\d)\d{2} \d{2} \d{4}(?!\d)"),
        ids.us_ssn_valid,
        True,
        0.85,
        lambda lens: {2, 3, 4} <= lens,
        chains=_chains("3 2 4"),
    ),
    _IdRule(
        re.compile(r"[A-Z](?<!\w[A-Z])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"),
        ids.uk_nino_valid,
        False,
        0.9,
        lambda lens: bool(lens & {2, 4, 6}),
        chains=tuple("A" + c for c in _chains("6", "2 4", "4 2", "2 2 2")),
    ),
    _IdRule(
        re.compile(r"[A-Z](?<!\w[A-Z])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-Z]\b"),
        lambda v: True,
        True,
        0.75,
        lambda lens: bool(lens & {2, 4, 6}),
        chains=tuple("A" + c for c in _chains("6", "2 4", "4 2", "2 2 2")),
    ),
    _IdRule(
        re.compile(r"\d(?<![\d-]\d)\d{2}[ -]?\d{3}[ -]?\d{4}(?![\d-])"),
        ids.uk_nhs_valid,
        True,
        0.85,
        lambda lens: 10 in lens or (3 in lens and bool(lens & {3, 7})) or {6, 4} <= lens,
        chains=_chains("10", "3 7", "3-7", "6 4", "6-4", "3 3 4", "3-3-4", "3 3-4", "3-3 4"),
    ),
    _IdRule(
        re.compile(r"[1-9](?<![\d+][1-9])\d(?: ?\d{3}){3}(?!\d)"),
        ids.de_steuer_id_valid,
        True,
        0.85,
        lambda lens: bool(lens & {2, 5, 8, 11}),
        chains=_chains("11", "8 3", "5 6", "5 3 3", "2 9", "2 6 3", "2 3 6", "2 3 3 3"),
    ),
    _IdRule(
        re.compile(r"\d(?<!\w\d)\d ?\d{6} ?[A-Z] ?\d{3}\b"),
        ids.de_svnr_valid,
        False,
        0.9,
        lambda lens: 3 in lens and (8 in lens or 6 in lens),
    ),
    _IdRule(
        re.compile(r"[12378](?<!\w[12378]) ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b"),
        ids.fr_nir_valid,
        False,
        0.9,
        lambda lens: bool(lens & {13, 15}) or (3 in lens and bool(lens & {1, 5, 7, 9})),
    ),
    _IdRule(re.compile(r"\d(?<!\w\d)\d{7}-?[A-Z]\b"), ids.es_dni_valid, False, 0.9, lambda lens: 8 in lens),
    _IdRule(re.compile(r"[XYZ](?<!\w[XYZ])-?\d{7}-?[A-Z]\b"), ids.es_nie_valid, False, 0.9, lambda lens: 7 in lens),
    _IdRule(
        re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{5}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b"),
        ids.it_codice_fiscale_valid,
        False,
        0.95,
    ),
    _IdRule(
        re.compile(r"\d(?<![\d.]\d)(?:\d{8}|\d{3}\.\d{2}\.\d{3})(?!\d|\.\d)"),
        ids.nl_bsn_valid,
        True,
        0.85,
        lambda lens: 9 in lens or {2, 3} <= lens,
        chains=_chains("9", "4.2.3"),
    ),
    _IdRule(
        re.compile(r"\d(?<![\d.]\d)\d{2}\.\d{3}\.\d{3}-\d{2}(?!\d)"),
        ids.br_cpf_valid,
        False,
        0.95,
        lambda lens: {2, 3} <= lens,
        marker="-",
        chains=_chains("3.3.3-2"),
    ),
    _IdRule(re.compile(r"\d(?<![\d.]\d)\d{10}(?!\d)"), ids.br_cpf_valid, True, 0.85, lambda lens: 11 in lens),
    _IdRule(
        re.compile(r"\d(?<![\d.]\d)\d\.\d{2}\.\d{2}-\d{3}\.\d{2}(?!\d)"),
        ids.be_nrn_valid,
        False,
        0.9,
        lambda lens: {2, 3} <= lens,
        marker="-",
        chains=_chains("2.2.2-3.2"),
    ),
    _IdRule(
        re.compile(r"7(?<![\d.]7)56[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}(?!\d|\.\d)"),
        ids.ch_ahv_valid,
        False,
        0.9,
        marker="756",
    ),
    _IdRule(re.compile(r"\d(?<![\d.]\d)\d{10}(?!\d)"), ids.be_nrn_valid, True, 0.8, lambda lens: 11 in lens),
    _IdRule(re.compile(r"\d(?<![\d.]\d)\d{8}(?!\d)"), ids.pt_nif_valid, True, 0.8, lambda lens: 9 in lens),
    _IdRule(re.compile(r"\d(?<![\d.-]\d)\d{8}(?!\d|[.-]\d)"), ids.us_ssn_valid, True, 0.75, lambda lens: 9 in lens),
)


# Each rule with the Latin-1 twin of its pattern.
_ID_RULES_L1 = tuple((rule, latin1_twin(rule.pattern)) for rule in _ID_RULES)


@lru_cache(maxsize=4096)
def _possible_rules(lens: frozenset[int]) -> tuple[tuple[_IdRule, re.Pattern[str]], ...]:
    """The rules (with their twins) that texts whose digit runs have the lengths ``lens`` can match (few distinct
    sets of lengths occur: one look-up instead of a test per rule)."""
    return tuple((rule, twin) for rule, twin in _ID_RULES_L1 if rule.possible(lens))


# One cheap pass that tells whether any rule can match at all (most texts have no identifier): every
# rule needs six digits in a row, or digit groups joined by a space, dot or dash, or a codice fiscale.
_ID_GATE = re.compile(r"\d{6}|\d\d[ .\-]\d\d|[A-Z]{6}\d\d")
_CF_GATE = re.compile(r"[A-Z][A-Z]{5}\d\d")  # the last alternative of _ID_GATE (first letter apart: a fast skip)
_ANY_DIGIT = re.compile(r"\d")
_ANY_DIGIT_L1 = latin1_twin(_ANY_DIGIT)


def national_ids(ctx: Context) -> Iterator[Span]:
    text = ctx.text
    digits = ctx.digits
    # _ID_GATE, from the digit runs where they tell: six digits in a row, or two and two joined by a blank, dot or dash
    if not (digits.longest >= 6 or digits.paired or _CF_GATE.search(text)):
        return
    # A cue word anywhere lets the cue-only rules run; each match then needs the cue next to it. The word test
    # runs only once a rule needs it (most texts with digits have no identifier).
    has_cue: bool | None = None
    lens, signature = digits.lengths, digits.signature
    latin1 = ctx.latin1
    for rule, twin in _possible_rules(lens):
        if (rule.chains and not contains_any(signature, rule.chains)) or rule.marker not in text:
            continue
        if rule.needs_cue:
            if has_cue is None:
                has_cue = _has_word(ctx.lower, _ID_CUE_WORDS, _ID_CUE_PREFIXES, ctx.latin1)
            if not has_cue:
                continue
        for m in (twin if latin1 else rule.pattern).finditer(text):
            if not rule.validator(m.group()):
                continue
            if has_cue is None:
                has_cue = _has_word(ctx.lower, _ID_CUE_WORDS, _ID_CUE_PREFIXES, ctx.latin1)
            cued = has_cue and _cue_near(ctx, m.start(), m.end(), _ID_CUE)
            if rule.needs_cue and not cued:
                continue
            yield _span(ctx, m.start(), m.end(), Entity.NATIONAL_ID, min(0.99, rule.score + (0.08 if cued else 0)))


# --- dates of birth -------------------------------------------------------------------------------------

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "januari|februari|maart|mei|augustus|oktober|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|"
    "listopada|grudnia"
)
_DATE = re.compile(
    r"(?<![\d.])(?:"
    r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}"
    r"|(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|º|°|\.)?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?(?:19|20)\d{{2}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    r")(?![\d])",
)
_BIRTH_CUE = re.compile(
    r"\bborn\b|birth|\bdob\b|d\.o\.b|b-day|\bgeboren|geburt|\bgeb\.|\bné\b|\bnée\b|\bné\(e\)|naissance|"
    r"\bnacid[oa]|nacimiento|\bnat[oa]\b|nascita|geboortedatum|\bgeb\.? ?datum|\bnascid[oa]|nascimento|"
    r"compleanno|cumpleaños|aniversário|verjaardag|anniversaire|\bnac\.|\bnasc\.|\bnaiss\.|\bgeb\b|\bb\. ?(?=\d)|"
    r"\bnac[ií]\b|\bnasci\b|\bnacqui\b|\burodzi[łl](?:am|em)?\b|\burodzenia\b",
)
# A cue and its date must not be separated by another date or a sentence end.
_CUE_BREAK = re.compile(r"[.!?]\s+[A-ZÄÖÜÉ]|;|\n")
# ...unless the cue ends a question and the date opens the reply on the next line: the rest of the question, one
# line break, a speaker label and a few words ("?\nCaller: Yes, it's ", "?\nKunde: Ja, ").
_REPLY = re.compile(r"[^\n.!;]{0,60}\?[ \t]*\n[ \t]*[^\W\d_][^\n:]{0,30}:[^\n.!?;:]{0,30}")
# A birth verb right after a date.
_BORN_AFTER = re.compile(r"[ \t]+(?:geboren|born|né|née|nacid[oa]|nació|nato|nata|nacque|nascid[oa]|nasceu|"
                         r"urodził|urodzila|urodziła|urodzony|urodzona)\b")  # fmt: skip
_BORN_AFTER_KEYS = ("geboren", "born", " né", "nacid", "nació", " nato", " nata", "nacque", "nascid", "nasceu", "urodz")


_BIRTH_YEAR = re.compile(
    r"\b(?:born in|born|geboren(?: im jahr| in)?|né en|née en|né\(e\) en|nacid[oa] en(?: el año)?|"
    r"nat[oa] nel|geboren in|nascid[oa] em)\s+((?:19|20)\d{2})(?![\d./-])"
)


# Cheap substring gate: every birth cue contains one of these.
_BIRTH_KEYS = (
    "born", "birth", "dob", "d.o.b", "b-day", "geb", "né", "naiss", "nac", "nat", "nasc", "geboorte", "complean",
    "cumplea", "aniversário", "verjaardag", "anniversaire", "b.", "urodz",
)  # fmt: skip
_BIRTH_KEYS_ANY = re.compile("|".join(map(re.escape, _BIRTH_KEYS)))  # one search: any of _BIRTH_KEYS


def _birth_cues(lower: str, latin1: bool = False) -> list[tuple[int, int]]:
    """Where birth cues ("born", "Geburtsdatum", "né le", "F. nac.") are, found at word starts."""
    if _BIRTH_KEYS_ANY.search(lower) is None:
        return []
    cues = []
    for m in (_WORDS_L1 if latin1 else _WORDS).finditer(lower):
        word = m.group().rstrip(".")
        if word in _BIRTH_WORDS or word.startswith(_BIRTH_PREFIXES):
            cue = _BIRTH_CUE.match(lower, m.start())
            if cue is None:  # the cue may sit inside the word ("geburtsdatum", "date-of-birth")
                cue = _BIRTH_CUE.search(lower, m.start(), m.end() + 1)
            if cue is not None:
                cues.append(cue.span())
    return cues


def birth_dates(ctx: Context) -> Iterator[Span]:
    """Dates presented as birth dates: the first date within 60 characters after a birth cue, with no sentence
    end in between, and years after "born in"."""
    if not (_ANY_DIGIT_L1 if ctx.latin1 else _ANY_DIGIT).search(ctx.text):
        return
    lower = ctx.lower
    cues = _birth_cues(lower, ctx.latin1)
    found = []
    for i, (cue_start, cue_end) in enumerate(cues):
        year = _BIRTH_YEAR.match(lower, cue_start)
        if year is not None:
            yield _span(ctx, year.start(1), year.end(1), Entity.DATE_OF_BIRTH, 0.8)
        m = _DATE.search(lower, cue_end, min(len(lower), cue_start + 120 + 40))
        if m is None or m.start() > cue_start + 120:
            continue
        if i + 1 < len(cues) and cues[i + 1][1] <= m.start():
            continue  # a later cue is nearer to this date
        # far or past a break, only the answer to a question about the birth date, on the next speaker's line
        # ("Caller: Yes, it's ...")
        if (m.start() > cue_start + 60 or _CUE_BREAK.search(ctx.text, cue_end, m.start())) and _REPLY.fullmatch(
            ctx.text, cue_end, m.start()
        ) is None:
            continue
        found.append(m.start())
        yield _span(ctx, m.start(), m.end(), Entity.DATE_OF_BIRTH, 0.9)
    if contains_any(lower, _BORN_AFTER_KEYS):  # "ist am 21.09.1948 geboren", "el 3/4/1990 nació"
        for m in _DATE.finditer(lower):
            if m.start() not in found and _BORN_AFTER.match(lower, m.end()):
                yield _span(ctx, m.start(), m.end(), Entity.DATE_OF_BIRTH, 0.85)


DETECTORS: dict[Entity, Callable[[Context], Iterator[Span]]] = {
    Entity.EMAIL: emails,
    Entity.URL: urls,
    Entity.IP_ADDRESS: ip_addresses,
    Entity.CREDIT_CARD: cards,
    Entity.IBAN: ibans,
    Entity.PHONE: phones,
    Entity.NATIONAL_ID: national_ids,
    Entity.DATE_OF_BIRTH: birth_dates,
}
