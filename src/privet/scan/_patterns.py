"""Value patterns over a column sample: a regex pre-filter in polars, then a validator on distinct values.

Each detector returns ``Signal``s: the share of values that have the entity's shape (``match``) and the
share that also pass its validator (``valid``; equal to ``match`` when the shape is the whole test).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from privet.entities import Entity
from privet.scan import _checksums as cs
from privet.scan import _checksums_nordic as cs_nordic
from privet.scan import _checksums_pl as cs_pl
from privet.scan._profile import ColumnProfile

__all__ = ["Signal", "pattern_signals", "table_pattern_shares"]

MAX_VALIDATE = 400  # distinct values sent to a Python validator per pattern
_STACK_ROWS = 60_000  # values per table-wide shape query
_PROBE = 300


@dataclass(frozen=True)
class Signal:
    """Evidence from the values for one entity."""

    entity: Entity
    subtype: str | None
    match: float  # share of values with the shape
    valid: float  # share of values that also pass the validator
    specific: float  # how unlikely the shape is by chance (0..1): 1 = e-mail, 0.2 = "five digits"
    note: str = ""
    pattern: str = ""  # the shape's regex (identifies the detector)


def _share(text: pl.Series, pattern: str) -> tuple[float, pl.Series]:
    mask = text.str.contains(pattern)
    hits = text.filter(mask)
    return (len(hits) / len(text) if len(text) else 0.0), hits


def _validated(hits: pl.Series, total: int, check: Callable[[str], bool]) -> float:
    """Share of all ``total`` values that pass ``check`` (estimated on up to MAX_VALIDATE distinct hits)."""
    if not len(hits) or not total:
        return 0.0
    counts = hits.value_counts(sort=True, name="n").head(MAX_VALIDATE)
    values, weights = counts[hits.name].to_list(), counts["n"].to_list()
    ok = sum(w for v, w in zip(values, weights, strict=True) if check(v))
    return ok / sum(weights) * len(hits) / total


def _ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value.split("%", 1)[0])
    except ValueError:
        return False
    return True


_FORMAT_IDS: list[tuple[str, str, Callable[[str], bool] | None, float]] = [
    # (subtype, shape, validator, specificity of the shape alone)
    ("US_SSN", r"^\d{3}-\d{2}-\d{4}$", cs.us_ssn, 0.8),
    ("UK_NINO", r"^[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]$", cs.uk_nino, 0.85),
    ("UK_NHS_NUMBER", r"^\d{3}[ -]?\d{3}[ -]?\d{4}$", cs.uk_nhs, 0.1),
    ("DE_STEUER_ID", r"^\d{2} ?\d{3} ?\d{3} ?\d{3}$", cs.de_steuer_id, 0.1),
    ("DE_SVNR", r"^\d{2} ?\d{6} ?[A-Za-z] ?\d{2} ?\d$", cs.de_svnr, 0.9),
    ("FR_NIR", r"^[12378] ?\d{2} ?\d{2} ?(\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}$", cs.fr_nir, 0.3),
    ("ES_DNI", r"^\d{8}-?[A-Za-z]$", cs.es_dni, 0.7),
    ("ES_NIE", r"^[XYZxyz]-?\d{7}-?[A-Za-z]$", cs.es_nie, 0.85),
    ("IT_CODICE_FISCALE", r"^[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z]$", cs.it_codice_fiscale, 0.95),
    ("NL_BSN", r"^\d{4}\.?\d{2}\.?\d{3}$|^\d{9}$", cs.nl_bsn, 0.05),
    ("BR_CPF", r"^\d{3}\.\d{3}\.\d{3}-\d{2}$", cs.br_cpf, 0.9),
    ("BR_CPF", r"^\d{11}$", cs.br_cpf, 0.05),
    ("BR_RG", r"^\d{1,2}\.\d{3}\.\d{3}-[\dXx]$", None, 0.8),
    ("CH_AHV", r"^756[ .]?\d{4}[ .]?\d{4}[ .]?\d{2}$", cs.ch_ahv, 0.9),
    ("CA_SIN", r"^\d{3}[ -]\d{3}[ -]\d{3}$|^\d{9}$", cs.ca_sin, 0.1),
    ("BE_NN", r"^\d{2}\.\d{2}\.\d{2}[ -]\d{3}[ .]\d{2}$|^\d{11}$", cs.be_nn, 0.3),
    ("MX_CURP", r"^[A-Za-z]{4}\d{6}[A-Za-z]{6}[0-9A-Za-z]\d$", cs.mx_curp, 0.95),
    ("AR_CUIT", r"^\d{2}-\d{8}-\d$|^\d{11}$", cs.ar_cuit, 0.6),
    ("PT_NIF", r"^(PT)?\d{9}$", cs.pt_nif, 0.05),
    ("PT_CC", r"^\d{8} ?\d ?[A-Za-z]{2}\d$", cs.pt_cc, 0.85),
    ("IE_PPS", r"^\d{7}[A-Wa-w][ABHWabhw]?$", cs.ie_pps, 0.8),
    ("AU_TFN", r"^\d{3} \d{3} \d{3}$|^\d{9}$", cs.au_tfn, 0.05),
    ("IN_AADHAAR", r"^[2-9]\d{3} ?\d{4} ?\d{4}$", cs.in_aadhaar, 0.3),
    ("AT_SVNR", r"^[1-9]\d{3} ?\d{6}$", cs.at_svnr, 0.1),
    *cs_pl.FORMAT_IDS,
    *cs_nordic.FORMAT_IDS,
]

_POSTAL = (
    r"^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$"  # UK
    r"|^\d{4} ?[A-Za-z]{2}$"  # NL
    r"|^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$"  # CA
    r"|^\d{2}-\d{3}$|^\d{4}-\d{3}$|^\d{5}-\d{3}$|^\d{5}-\d{4}$"  # PL, PT, BR, US ZIP+4
    r"|^[AC-FHKNPRTV-Y](?:\d{2}|6W) [AC-FHKNPRTV-Y\d]{4}$|^[A-Z]\d{4}[A-Z]{3}$"  # IE Eircode, AR CPA
    r"|^(?:[A-Z]{1,2}-)?\d{4,5}$"  # DE/FR/ES/IT/US/AT/CH/BE/DK, optional country prefix
)
_PLATE = (
    r"^[A-Z]{2}-\d{3}-[A-Z]{2}$|^\d{1,4}[- ][A-Z]{2,3}[- ]\d{2}$"  # FR (SIV and FNI)
    r"|^[A-Z]{1,2}[- ]?\d{4}[- ]?[A-Z]{1,2}$"  # ES provincial
    r"|^[A-Z]{2} ?\d{3} ?[A-Z]{2}$"  # IT
    r"|^\d{4} ?[BCDFGHJKLMNPRSTVWXYZ]{3}$"  # ES
    r"|^[A-Z]{2}\d{2} ?[A-Z]{3}$"  # UK
    r"|^[A-ZÄÖÜ]{1,3}[- ][A-Z]{1,2}[- ]?\d{1,4}[EH]?$"  # DE
    r"|^[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,2}$"  # NL, PT
    r"|^[A-Z]{3}-?\d[A-Z0-9]\d{2}$"  # BR
    r"|^[A-Z0-9]{1,3}[- ][A-Z0-9]{3,4}$"  # US and others
    r"|^(?:A[GIR]|B[ELS]|FR|G[ELR]|JU|LU|N[EW]|OW|S[GHOZ]|T[GI]|UR|V[DS]|Z[GH]) ?\d{1,6}$"  # CH: canton + number
    r"|^\d{2,3}-[A-Z]{1,2}-\d{1,6}$"  # IE: year (and half), county, serial
    r"|^[A-Z]{2}[ -]?\d{1,2}[ -]?[A-Z]{1,3}[ -]?\d{4}$"  # IN: state, district, series, number
)
#: Plate formats no postal code or id shares: FR SIV, IT, ES (2000-), UK (2001-), PT (2020-), BR Mercosul.
_PLATE_STRICT = (
    r"^[A-Z]{2}-\d{3}-[A-Z]{2}$|^[A-Z]{2} ?\d{3} ?[A-Z]{2}$|^\d{4} ?[BCDFGHJKLMNPRSTVWXYZ]{3}$"
    r"|^[A-Z]{2}\d{2} ?[A-Z]{3}$|^[A-Z]{2}-\d{2}-[A-Z]{2}$|^[A-Z]{3}\d[A-Z]\d{2}$|^\d-[A-Z]{3}-\d{3}$"  # ..., BE
)
_STREET_WORDS = (
    r"street|st\.?|avenue|ave\.?|road|rd\.?|lane|ln\.?|drive|dr\.?|boulevard|blvd\.?|court|ct\.?|place|pl\.?|"
    r"way|terrace|crescent|close|square|highway|parkway|circle|trail|suite|apt\.?|"
    r"stra(ß|ss)e|str\.?|weg|gasse|allee|platz|ring|damm|ufer|chaussee|steig|pfad|zeile|"
    r"rue|avenue|boulevard|bd|chemin|impasse|all[ée]e|place|quai|route|cours|sentier|voie|"
    r"calle|c/|avenida|avda\.?|av\.|paseo|plaza|camino|carretera|ronda|traves[íi]a|glorieta|callej[óo]n|pasaje|"
    r"rambla|calzada|privada|cerrada|andador|carrera|cra\.?|transversal|diagonal|jir[óo]n|jr\.|"
    r"viaducto|circuito|prolongaci[óo]n|perif[ée]rico|retorno|ampliaci[óo]n|colonia|col\.|fracc\.|"
    r"via|viale|piazza|piazzale|corso|vicolo|largo|strada|contrada|borgo|lungomare|"
    r"straat|laan|weg|plein|gracht|kade|dijk|singel|steeg|dreef|"
    r"rua|avenida|travessa|largo|pra[çc]a|estrada|alameda|rodovia|beco|cal[çc]ada|praceta|ladeira"
)
#: Street types that are also common words ("Row", "Grove", "Passage"): only after a house number, at the end.
_STREET_WORDS_TAIL = r"row|arcade|grove|gardens|mews|parade|esplanade|promenade|cres|tce|pde|hwy|passage"
_STREET = (
    rf"(?i)^((?:[a-z]+\.?\s+)?\d+[a-z]?(?:/\d+[a-z]?)?,?\s+.*\b({_STREET_WORDS}|{_STREET_WORDS_TAIL})(\s|$|,)"
    rf"|.*\b({_STREET_WORDS})\b.*\d|(?:flat|apartment|apt\.?|unit|studio|suite)\s+\d+[a-z]?\s*[,\n]\s*\w"
    r"|.*\w(stra(ß|ss)e|str\.|weg|straat|laan|gasse|allee)\s*\d)"
)
#: "12 Oak Hill", "Jurrering 8", "Via Roma 12/b", "Avenida Sá, 42": house number before or after 1-5 words (house
#: numbers have no leading zero: "0001 Zalesie" is a numbered district).
_UNIT = r"(?i:flat|unit|apt\.?|apartment|suite|level|floor|studio)\s+\d{1,4}[A-Za-z]?[,\s]\s*"  # "Flat 9 ", "Level 6 "
_STREET_SHAPE = (
    rf"^(?:{_UNIT})?[1-9]\d{{0,4}}[A-Za-z]?(?:/\d{{1,5}}[A-Za-z]?)?,?[ \n](?:[A-ZÀ-Þ][\w'’.\-]*)(?: [\w'’.\-]+){{0,4}}$"
    r"|^(?:[\w'’.\-]+ ){0,4}[A-ZÀ-Þa-zß-ÿ][\w'’.\-]*,? [1-9]\d{0,4}(?:[ /\-]?[A-Za-z0-9]{1,3})?$"
)
_GEO_PAIR = r"^\(?\s*-?\d{1,2}\.\d{3,}\s*[,;]\s*-?\d{1,3}\.\d{3,}\s*\)?$"
_EMAIL = r"^[\w.%+'\-]+@[\w\-]+(\.[\w\-]+)*\.[A-Za-z]{2,}$"
_URL = r"(?i)^(https?://|www\.)[^\s]+$|^[a-z0-9\-]+(\.[a-z0-9\-]+)*\.(com|org|net|io|de|fr|es|it|nl|pt|br|uk|eu)/\S*$"
_IPV4 = r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$"
_IPV6 = r"^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*$"
_MAC = (
    r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$|^[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){5}$"
    r"|^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$"
)
#: Two halves of six hex digits ("0050C2-1A2B3C"): also the shape of codes such as "CC2021-435821".
_MAC_HALVES = r"^[0-9A-Fa-f]{6}[:\-][0-9A-Fa-f]{6}$"
_MAC_BARE = r"^[0-9A-Fa-f]{12}$"
_UUID = r"^\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?$"
_HASH = r"^([0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$"
_HEX16 = r"^[0-9a-f]{16}$"
_CARD = r"^\d{4}([ \-]?\d{4}){2}[ \-]?\d{1,7}$|^\d{4}[ \-]?\d{6}[ \-]?\d{5}$|^\d{13,19}$"
_IBAN = r"^[A-Za-z]{2}\d{2}[ ]?([A-Za-z0-9]{4}[ ]?){2,7}[A-Za-z0-9]{1,4}$"
_PASSPORT = r"^[A-Z]{1,2}\d{6,8}$|^\d{8,9}$|^[A-Z0-9]{8,9}$"
_SHORT_ID = r"^[A-Za-z0-9][A-Za-z0-9\-/ ]{3,22}[A-Za-z0-9]$"


def _random_nic_half(value: str) -> bool:
    """The device half of a MAC is random: it has a hex letter (as 94% of random 6-hex-digit halves do), where the
    number half of a code ("CC2021-435821") has digits only."""
    return any(ch in "abcdefABCDEF" for ch in value[7:])


def _card_or_imei(value: str) -> bool:
    return cs.card_number(value) and not (len(value) == 15 and value.isdigit() and value[:2] not in ("34", "37"))


def _imei(value: str) -> bool:
    return value.isdigit() and value[:2] not in ("34", "37") and cs.imei(value)


_BR_AGENCY_ACCOUNT = (
    r"(?i)^ag(?:[eê]ncia)?\.?:?\s*\d{4}(?:-[\dx])?\s*[/,;]?\s*(?:c/?c|conta(?: corrente)?)\.?:?\s*\d{3,12}-?[\dx]$"
)


@dataclass(frozen=True)
class _Spec:
    entity: Entity
    pattern: str
    specific: float
    check: Callable[[str], bool] | None = None
    subtype: str | None = None
    note: str = ""
    source: str = "t"  # t: stripped text, u: upper-cased, d: without spaces and dashes


_SPECS: tuple[_Spec, ...] = (
    _Spec(Entity.EMAIL, _EMAIL, 1.0),
    _Spec(Entity.URL, _URL, 0.95),
    _Spec(Entity.IP_ADDRESS, _IPV4, 0.6, _ip, "IPv4"),
    _Spec(Entity.IP_ADDRESS, _IPV6, 0.95, _ip, "IPv6"),
    _Spec(Entity.MAC_ADDRESS, _MAC, 1.0),
    _Spec(Entity.MAC_ADDRESS, _MAC_HALVES, 1.0, _random_nic_half),
    _Spec(Entity.MAC_ADDRESS, _MAC_BARE, 0.3, note="bare"),
    _Spec(Entity.DEVICE_ID, _UUID, 0.5, note="uuid"),
    _Spec(Entity.NONE, _HASH, 0.9, note="hash"),
    _Spec(Entity.DEVICE_ID, _HEX16, 0.3, note="hex16"),
    _Spec(Entity.IBAN, _IBAN, 0.95, cs.iban_checksum, source="u"),
    _Spec(Entity.CREDIT_CARD, _CARD, 0.9, _card_or_imei),
    _Spec(Entity.DEVICE_ID, r"^\d{15}$", 0.9, _imei, note="imei", source="d"),
    _Spec(Entity.BANK_ACCOUNT, r"^(?:PL)?\d{26}$", 0.95, cs_pl.pl_nrb, "PL_NRB", source="d"),
    # a UK sort code with its 8-digit account number ("40-47-84 70872490"), the way British banks print them
    _Spec(Entity.BANK_ACCOUNT, r"^\d{2}-\d{2}-\d{2}(?: +| ?/ ?)\d{8}$", 0.9, None, "GB_SORT_CODE_ACCOUNT"),
    # a Brazilian branch and current account ("ag 4130 c/c 33667105-6", "Ag. 0001-9 / CC 12345-6")
    _Spec(Entity.BANK_ACCOUNT, _BR_AGENCY_ACCOUNT, 0.9, None, "BR_AGENCIA_CONTA"),
    _Spec(Entity.PASSPORT, r"^[A-Z]{2} ?\d{7}$", 0.85, cs_pl.pl_passport, "PL_PASSPORT", source="u"),
    *(
        _Spec(Entity.NATIONAL_ID, pattern, specific, check, subtype, source="u" if "[A-Za-z" in pattern else "t")
        for subtype, pattern, check, specific in _FORMAT_IDS
    ),
    _Spec(Entity.POSTAL_CODE, _POSTAL, 0.35, source="u"),
    _Spec(Entity.LICENSE_PLATE, _PLATE, 0.5),
    _Spec(Entity.LICENSE_PLATE, _PLATE_STRICT, 0.85, note="strict", source="u"),
    _Spec(Entity.LICENSE_PLATE, cs_pl.PLATE, 0.5),
    _Spec(Entity.PASSPORT, _PASSPORT, 0.2),
    _Spec(Entity.STREET_ADDRESS, _STREET, 0.8),
    _Spec(Entity.STREET_ADDRESS, cs_pl.STREET, 0.8),
    _Spec(Entity.STREET_ADDRESS, _STREET_SHAPE, 0.5, note="shape"),
    _Spec(Entity.GEO_COORDINATE, _GEO_PAIR, 0.95, note="pair"),
    _Spec(Entity.USERNAME, r"^@?[a-z][a-z0-9._\-]{2,30}$", 0.2),
    _Spec(Entity.NONE, _SHORT_ID, 0.0, note="id-like"),
)


def _with_sources(frame: pl.DataFrame) -> pl.DataFrame:
    """Add the upper-cased (``u``) and separator-free (``d``) forms of the text column ``t``."""
    return frame.with_columns(u=pl.col("t").str.to_uppercase(), d=pl.col("t").str.replace_all(r"[ \-]", ""))


def _share_exprs(specs: list[_Spec]) -> list[pl.Expr]:
    hexish = pl.col("t").str.contains(r"[a-f]").mean().alias("hexish")
    return [hexish, *(pl.col(s.source).str.contains(s.pattern).mean().alias(str(i)) for i, s in enumerate(specs))]


def _table_extra_exprs() -> list[pl.Expr]:
    """Shares other steps test first: phone shape (``phone_share``), date shape and digits (``date_profile``)."""
    from privet.scan._dates import DATE_SHAPE
    from privet.scan._phones import phone_shape_expr

    t = pl.col("t")
    return [
        phone_shape_expr(t).mean().alias("phone"),
        t.str.contains(DATE_SHAPE).mean().alias("date"),
        t.str.contains(r"\d").mean().alias("digit"),
    ]


def _keyed(text: pl.Series, key: int) -> pl.DataFrame:
    return pl.DataFrame({"t": text.cast(pl.String)}).with_columns(k=pl.lit(key, dtype=pl.UInt32))


def table_pattern_shares(texts: list[pl.Series]) -> list[dict[str, float]]:
    """The share of every shape in each of several columns (their ``ColumnProfile.text``), in one polars query.

    Stacking the columns and grouping by column compiles and runs each regex once per table instead of once per
    column, which is most of the cost of classifying a small sample. Pass the result to ``pattern_signals``.
    """
    result: list[dict[str, float]] = [{} for _ in texts]
    chunks: list[list[int]] = [[]]
    rows = 0
    for i, text in enumerate(texts):  # stacks of at most _STACK_ROWS values keep the extra memory small
        if not len(text):
            continue
        if rows and rows + len(text) > _STACK_ROWS:
            chunks.append([])
            rows = 0
        chunks[-1].append(i)
        rows += len(text)
    exprs = [*_share_exprs(list(_SPECS)), *_table_extra_exprs()]
    for chunk in chunks:
        if not chunk:
            continue
        parts = [_keyed(texts[i], i) for i in chunk]
        for row in _with_sources(pl.concat(parts)).group_by("k").agg(*exprs).iter_rows(named=True):
            k = row.pop("k")
            result[k] = {key: float(value or 0.0) for key, value in row.items()}
    return result


def pattern_signals(
    profile: ColumnProfile, *, candidates: frozenset[str] | None = None, shares: dict[str, float] | None = None
) -> list[Signal]:
    """All shape/validator signals of ``profile`` with a non-trivial match share.

    Every shape is matched in one polars query (vectorised, multi-threaded); validators then run on the
    distinct matching values. ``candidates`` (the ``pattern`` of signals found on a sample) restricts the
    work on a full scan to the shapes the sample showed; ``shares`` (from ``table_pattern_shares``) are the
    shape shares already measured for the whole table.
    """
    text = profile.text
    n = len(text)
    if not n:
        return []
    if shares is not None and candidates is None:
        specs = list(_SPECS)
        frame = pl.DataFrame({"t": text})
    else:
        specs = [s for s in _SPECS if candidates is None or s.pattern in candidates]
        if not specs:
            return []
        frame = _with_sources(pl.DataFrame({"t": text}))
        shares = {k: float(v or 0.0) for k, v in frame.select(*_share_exprs(specs)).row(0, named=True).items()}
    out: list[Signal] = []
    for i, spec in enumerate(specs):
        share = shares.get(str(i), 0.0)
        if share < 0.05 or (spec.note == "hex16" and shares.get("hexish", 0.0) < 0.5):
            continue
        if spec.check is None:
            valid = share
        else:
            if spec.source not in frame.columns:
                frame = _with_sources(frame)
            source = frame[spec.source]
            valid = _validated(source.filter(source.str.contains(spec.pattern)), n, spec.check)
        out.append(Signal(spec.entity, spec.subtype, share, valid, spec.specific, spec.note, spec.pattern))
    return out
