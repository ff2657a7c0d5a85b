"""The combiner: header hint + value evidence -> entity, subtype, confidence and evidence for one column.

Values decide. The header refines what the values allow (a date column is a birth date when the header says
so; a numeric column is a salary when the header says so) and breaks ties, but never overrules a clear
value pattern and never labels a column whose values do not fit the header's entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import polars as pl

from privet.entities import Entity
from privet.scan._amounts import TextAmounts, bmi_like, credit_score_like, salary_like, text_amounts
from privet.scan._dates import DateProfile, date_profile
from privet.scan._freetext import PII_SHARE, pii_cell_share
from privet.scan._lexicon import NUMBER_WORDS, HeaderHint, is_animal_word, is_owner_word
from privet.scan._mask import masked_examples
from privet.scan._normalize import fold, words
from privet.scan._numeric import compact_dates_share, numeric_profile
from privet.scan._patterns import Signal, pattern_signals
from privet.scan._person import name_shares
from privet.scan._phones import DEFAULT_REGIONS, phone_share
from privet.scan._places import cities, countries, nationalities
from privet.scan._profile import ColumnProfile, mean_true
from privet.scan._vocab import medicine_share, vocabulary_ratio

__all__ = ["Decision", "classify"]

E = Entity

#: Entities a header may assign to a column of numbers.
_NUMERIC_OK = {E.AGE, E.FINANCIAL, E.PHONE, E.NATIONAL_ID, E.BANK_ACCOUNT, E.POSTAL_CODE, E.MEDICAL_RECORD_NUMBER,
               E.DEVICE_ID, E.CREDIT_CARD, E.DRIVER_LICENSE, E.PASSPORT, E.HEALTH, E.EDUCATION, E.DATE_OF_BIRTH,
               E.GEO_COORDINATE}  # fmt: skip
#: Entities a header may assign to a categorical text column whose values the vocabularies do not know.
_CATEGORICAL_OK = {E.GENDER, E.MARITAL_STATUS, E.EDUCATION, E.RELIGION, E.ETHNICITY, E.SEXUAL_ORIENTATION,
                   E.POLITICAL_OPINION, E.TRADE_UNION, E.HEALTH, E.OCCUPATION, E.CITY, E.COUNTRY, E.NATIONALITY,
                   E.FINANCIAL, E.AGE}  # fmt: skip
#: Entities a header may assign to identifier-like text (no spaces, letters and digits).
_ID_OK = {E.USERNAME, E.PASSPORT, E.DRIVER_LICENSE, E.LICENSE_PLATE, E.MEDICAL_RECORD_NUMBER, E.BANK_ACCOUNT,
          E.NATIONAL_ID, E.DEVICE_ID, E.POSTAL_CODE, E.PHONE, E.HEALTH, E.CREDIT_CARD}  # fmt: skip
_CITY_CUES = (
    r"(?i)^(north|south|east|west|new|port|lake|mount|fort|saint|st\.?|san|santa|sao|são|santo|bad|sankt|villa|"
    r"castel|borgo|monte|villeneuve|le|la|les|los|las|el|den|het|'s)[ -]"
    r"|(burgh|bury|ville|haven|mouth|side|port|town|ton|berg|burg|furt|stadt|dorf|heim|hausen|feld|ingen|bach|"
    r"brück|dam|wijk|veen|hoven|recht|court|mont|polis|ópolis|lândia|landia|ham|ford|field|chester|wich|by|"
    r"view|land|shire|borough|furt|stad|ingen|ange|ac)$"
    r"|-(sur|lès|les|en|la|le|de|am|an|bei|sous)-|\s(sur|lès|aan|am|an der|bei|de|do|da|del|di|dos|das)\s"
)
_MULTIPLIERS = r"(?i)(\d)\s?(?:k|m|mio|mn|tsd|mil)\b"  # 50k, 1.2 Mio
_CURRENCIES = r"(?i)\b(?:eur|usd|chf|gbp|cad|mxn|ars|cop|inr|aud|brl|pln|zł|zl|sek|dkk|nok|kr|lakh|p\.a\.?)"
# The words of income bands ("up to 3000", "über 5.000", "powyżej 8000 zł") in the scanner's languages.
_BAND_WORDS = (
    r"(?i)\b(?:up to|under|below|over|above|more than|less than|from|to|bis|unter|uber|über|ab|mehr als|"
    r"weniger als|jusqu'?à|jusqu'?a|moins de|plus de|de|à|hasta|menos de|más de|mas de|desde|fino a|oltre|"
    r"meno di|più di|piu di|da|tot|meer dan|minder dan|vanaf|van|até|ate|acima de|abaixo de|mais de|do|od|"
    r"powyżej|powyzej|poniżej|ponizej|ponad|schaal|stufe|grade|scale|echelon|livello|nivel|grupa|gruppe)(?:\s|$)"
)
#: Yes/no flags, possibly with a degree ("SI 33%"): under a header naming a sensitive attribute, the flag is that
#: attribute ("TOBACCO_USE = Y", "DISCAPACIDAD = SI 33%").
_FLAG = r"(?i)^(?:y|n|yes|no|s|si|sí|sì|ja|nein|j|oui|non|o|sim|não|nao|tak|nie|t|true|false|x)\b"
#: Header words that tie a place to a person's home or whereabouts.
_HOME_WORDS = words(
    "home house residence domicile wohnort heim wohnung maison domicilio casa residencia woning thuis "
    "dropoff pickup customer client patient user"
)
_PERSON_WORDS = words(
    "user customer client cust patient member employee person people subscriber account owner visitor "
    "player device advertising idfa gaid aaid android install installation kunde kunden benutzer "
    "nutzer patient mitarbeiter utilisateur usuario utente gebruiker klant cliente paciente paziente "
    "mieter mieterin tenant locataire inquilino inquilina affittuario huurder najemca sachbearbeiter staff "
    "technician rider passenger guest student pupil applicant donor buyer shopper traveller traveler "
    "courier entregador entregadora repartidor repartidora fattorino bezorger koerier livreur zusteller kurier"
)
#: Places a delivery goes to, and the header words of deliveries.
_PLACES = {E.CITY, E.POSTAL_CODE, E.STREET_ADDRESS, E.GEO_COORDINATE, E.COUNTRY}
_DELIVERY_WORDS = words(
    "delivery deliver shipping ship lieferung liefer lieferadresse livraison entrega envio consegna spedizione "
    "levering bezorging bezorg aflever entrega dostawa dostawy"
)
#: Words that make a header name a reference kept by the business ("account ref"), not a user's chosen name.
_REFERENCE_WORDS = words("ref reference referenz referentie referencia riferimento kenmerk")
#: Words of headers about scores and ratings ("bureau score", "Bonitaetsscore").
_SCORE_WORDS = words("score scores scoring rating")
#: An identifier that names itself a medical record number ("MRN-0012345", "MRN 4821").
_MRN_LABELLED = r"(?i)^MRN\s?[-:#/]?\s?\d"
#: Codes of the health classifications: ICD-10 ("E11.9", "J189"), ICD-9 ("250.00", "V27"), ATC ("A10BA02").
_HEALTH_CODE = (
    r"^(?:[A-Z]\d{2}[0-9A-Z]?(?:\.[0-9A-Z]{1,4})?|[EV]?\d{2,3}(?:\.\d{1,2})?|[A-Z]\d{2}[A-Z]{2}\d{2})(?:\s|$)"
)
#: Entities with a handful of values shared by many people: a column where nearly every value differs is none of them.
_FEW_VALUES = {E.GENDER, E.MARITAL_STATUS, E.EDUCATION, E.RELIGION, E.ETHNICITY, E.SEXUAL_ORIENTATION,
               E.POLITICAL_OPINION, E.TRADE_UNION, E.HEALTH, E.NATIONALITY, E.COUNTRY}  # fmt: skip
#: Identifiers whose header wins over a phone-number parse of their values.
_OTHER_IDS = {E.DRIVER_LICENSE, E.PASSPORT, E.NATIONAL_ID, E.MEDICAL_RECORD_NUMBER, E.BANK_ACCOUNT, E.LICENSE_PLATE}
#: Sensitive entities a yes/no flag can record (_FLAG).
_FLAGGABLE = {E.HEALTH, E.RELIGION, E.ETHNICITY, E.SEXUAL_ORIENTATION, E.POLITICAL_OPINION, E.TRADE_UNION}
#: A band of amounts with thousands separators ("23.001-30.000", "10,000 - 20,000 €"), or one end of a band.
_AMOUNT_BAND = (
    r"^\s*(?:[<>≤≥]\s*|(?:up to|bis|jusqu'a|hasta|fino a|tot|ate|do|over|ab|plus de|mas de|oltre)\s+)?"
    r"\d{1,3}(?:[.,' ]\d{3})+(?:\s*[-–]\s*\d{1,3}(?:[.,' ]\d{3})+)?\s*(?:€|eur|zł|pln|r\$|£|\$)?\s*$"
)
#: Evidence key under which _decide notes what the values showed but the column's context held back.
_HELD_BACK = "_held_back"
#: Entities the value patterns recognize by themselves: a column they did not recognize is not one, whatever its header.
_PATTERN_RECOGNIZED = {E.EMAIL, E.IBAN, E.CREDIT_CARD}


@dataclass(frozen=True)
class Decision:
    entity: Entity
    subtype: str | None
    confidence: float
    evidence: dict[str, Any]
    #: What the values alone would make the column, where its own context held that back (medicines under a
    #: product header): the rest of the table decides (_table_context).
    held_back: Decision | None = None
    #: The values name medicines or their codes (drug names, stems, doses, ATC codes).
    medicines: bool = False


class _Verdict(Exception):
    def __init__(self, entity: Entity, confidence: float, subtype: str | None = None, **evidence: Any) -> None:
        super().__init__(entity)
        self.entity, self.confidence, self.subtype, self.evidence = entity, confidence, subtype, evidence


def _best(signals: list[Signal], entity: Entity, note: str | None = None) -> Signal | None:
    found = [s for s in signals if s.entity is entity and (note is None or s.note == note)]
    return max(found, key=lambda s: (s.valid, s.match)) if found else None


def _tokens_of(hint: HeaderHint, header: str) -> set[str]:
    from privet.scan._normalize import header_tokens

    return set(header_tokens(header))


def classify(
    profile: ColumnProfile,
    hint: HeaderHint,
    *,
    regions: list[str] | None = None,
    candidates: frozenset[str] | None = None,
    shares: dict[str, float] | None = None,
) -> Decision:
    """Decide what ``profile`` is about (``candidates``: value shapes to test, ``shares``: shape shares measured
    for the whole table; see ``pattern_signals``)."""
    evidence: dict[str, Any] = {}
    if hint.entity is E.USERNAME and _REFERENCE_WORDS & set(_tokens_of(hint, profile.name)):
        hint = replace(hint, entity=None, term=None)  # "account ref": an internal key (spec: surrogate keys are none)
    if hint.abbreviates_place and len(profile.counts) <= 20:  # a branch's postcode or phone, the same in many rows
        hint = replace(hint, context=hint.context | {"place"})
    if hint.term and hint.entity is not None:
        evidence["header"] = f"{profile.name} ~ {hint.entity.value.lower().replace('_', ' ')}"
        evidence["header_term"] = hint.term
    try:
        _decide(profile, hint, evidence, regions or [], candidates, shares)
    except _Verdict as verdict:
        evidence.update(verdict.evidence)
        entity, confidence, subtype = verdict.entity, verdict.confidence, verdict.subtype
    else:  # pragma: no cover - _decide always raises a verdict
        entity, confidence, subtype = E.NONE, 0.5, None
    held = evidence.pop(_HELD_BACK, None)  # values a column's context held back: the table decides
    header_words = _tokens_of(hint, profile.name)
    animal = hint.about_animal or bool(_VET_WORDS & header_words) or any(map(is_animal_word, header_words))
    animal = animal and not any(map(is_owner_word, header_words))
    if animal:
        held = None  # a pet's medicines
    if animal and (entity in _ABOUT_A_BEING or (entity is E.PERSON_NAME and not _VET_WORDS & header_words)):
        entity, confidence, subtype = E.NONE, 0.7, None
        evidence["reason"] = "about an animal (its name, birth date, diagnosis or breed)"
    if entity in _ROW_IDENTIFIERS and _few_owners(profile, header_words):
        entity, confidence, subtype = E.NONE, 0.6, None
        evidence["reason"] = "the same few identifiers in every row: of establishments, not of the people in the rows"
    evidence["null_ratio"] = round(profile.null_ratio, 4)
    evidence["distinct_ratio"] = round(profile.distinct_ratio, 4)
    evidence["mean_length"] = round(profile.mean_length, 2)
    evidence["length_range"] = list(profile.length_range)
    examples = masked_examples(list(profile.counts)[:20])
    evidence["examples"] = examples if entity is not E.NONE else []
    held_back = None
    if held is not None and entity is E.NONE:
        held_entity, held_confidence, share = held
        held_evidence = {**evidence, "match_ratio": round(share, 4), "examples": examples}
        held_evidence["reason"] = "health terms in a column of things, in a table about identified people"
        held_back = Decision(held_entity, None, round(held_confidence, 3), held_evidence)
    medicines = entity is E.HEALTH and medicine_share(profile.counts) >= 0.6
    return Decision(entity, subtype, round(min(max(confidence, 0.0), 1.0), 3), evidence, held_back, medicines)


#: Attributes people share with animals, and header words that say the column is about an animal.
_ABOUT_A_BEING = {E.DATE_OF_BIRTH, E.AGE, E.GENDER, E.HEALTH, E.ETHNICITY}  # a vet's or an owner's name is a person's
_VET_WORDS = {"vet", "veterinario", "veterinaria", "veterinaire", "veterinary", "tierarzt", "dierenarts"}
#: Identifiers each person in a table has their own of: a column of them has (nearly) as many values as people.
#: (Only those that establishments have too: a few staff members' e-mails or IBANs over many rows stay personal.)
_ROW_IDENTIFIERS = {E.NATIONAL_ID, E.PHONE, E.LICENSE_PLATE, E.GEO_COORDINATE}


#: Company registration numbers by shape, checked with python-stdnum: a column of them names firms, not people.
_COMPANY_IDS = (
    (r"^\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}$", "br.cnpj"),
    (r"^\d{3} ?\d{3} ?\d{3} ?\d{5}$", "fr.siret"),
    (r"^[ABCDEFGHJNPQRSUVW]-?\d{7}-?[0-9A-J]$", "es.cif"),
    (r"^(?:PT)?[5689]\d{8}$", "pt.nif"),  # NIF of a collective person (company, association, public body)
    (r"^DE ?\d{9}$", "de.vat"),
    (r"^(?:IT)?\d{11}$", "it.iva"),
)


def _company_ids(p: ColumnProfile) -> float:
    """The share of values that are valid company registration numbers of one of the shapes above."""
    import importlib

    head = p.text.head(300).str.replace_all(r"\s", "")
    if not head.len() or not head.str.contains(r"^[A-Z]{0,2}\d").any():
        return 0.0
    best = 0.0
    for shape, module in _COMPANY_IDS:
        shaped = head.filter(head.str.contains(shape))
        if shaped.len() < 0.8 * head.len():
            continue
        valid = importlib.import_module(f"stdnum.{module}").is_valid
        best = max(best, sum(bool(valid(v)) for v in shaped.to_list()) / head.len())
    return best


def _few_owners(p: ColumnProfile, header_words: set[str]) -> bool:
    """A handful of identifiers repeated over hundreds of rows ("nif_clinica", "pharmacy_phone", a fleet's plates,
    a station's coordinates) belong to a few clinics, shops or vehicles, unless the header names a person."""
    distinct = len(p.counts)
    return p.n >= 200 and distinct <= 12 and distinct <= 0.02 * p.n and not header_words & _PERSON_WORDS


def _ratio(**values: float) -> dict[str, Any]:
    return {k: round(float(v), 4) for k, v in values.items()}


def _decide(
    p: ColumnProfile,
    hint: HeaderHint,
    ev: dict[str, Any],
    regions: list[str],
    candidates: frozenset[str] | None,
    shares: dict[str, float] | None = None,
) -> None:
    H = hint.entity
    ctx = hint.context
    tokens = _tokens_of(hint, p.name)
    # a delivery's city, postcode or coordinates are the customer's ("ville_livraison", "miasto_dostawy")
    personal_header = bool(tokens & _PERSON_WORDS) or (H in _PLACES and bool(tokens & _DELIVERY_WORDS))
    if p.n == 0:
        raise _Verdict(H or E.NONE, 0.3 if H else 0.5, reason="no values")

    signals = pattern_signals(p, candidates=candidates, shares=shares)

    # 1. free text ------------------------------------------------------------------------------------------
    street = _best(signals, E.STREET_ADDRESS, "")
    head = p.text.head(400)
    # sentences are made of words: spaced IBANs and payment-slip lines ("23790.12345 60000.123456 ...") are not
    sentences = (
        p.mean_words >= 5 and p.mean_length >= 30 and mean_true(head.str.count_matches(r"[^\W\d_]{2,}") >= 3) >= 0.5
    )
    # addresses with an e-mail or a phone beside them ("Host: Astrid Maury, 94 avenue ..., tel. 05 07 46 78 36")
    # are contact notes, judged as text first
    street_share = street.match if street is not None else 0.0
    if (
        street_share >= 0.6
        and mean_true(head.str.contains(r"@|(?:\+|\b0)\d(?:[ ./-]?\d){8,}|(?i)\b(?:tel|phone|tél)\b")) >= 0.2
    ):
        street_share = 0.0
    # short notes ("Bitte Fredo Ernst informieren: +49 4407 15901", "Graag Zoey bellen"): free text when enough
    # cells carry personal data, else judged like any other column
    shaped = any(s.entity is not E.NONE and s.match >= 0.5 for s in signals)  # spaced IBANs, addresses: one value
    notes = (
        not sentences
        and p.mean_words >= 3
        and p.mean_length >= 20
        and p.distinct_ratio >= 0.2
        and not shaped
        and street_share < 0.3
        # words in lower case, as notes have ("informieren", "bellen"); names of firms or places have none
        and mean_true(head.str.contains(r"(?:^|\s)[a-zß-ÿ]{4,}")) >= 0.6
    )
    if (sentences or notes) and street_share < 0.6 and not _listed_items(p, H):
        share, finder = pii_cell_share(p.text.head(400).to_list())
        needed = PII_SHARE / 2 if H is E.FREE_TEXT_WITH_PII else PII_SHARE  # "Bemerkung", "toelichting", "notes"
        if share >= needed:
            raise _Verdict(E.FREE_TEXT_WITH_PII, 0.6 + 0.4 * min(1.0, share / 0.5), **_ratio(match_ratio=share),
                           finder=finder)  # fmt: skip
        if sentences:
            raise _Verdict(E.NONE, 0.6 + 0.3 * (1 - share / PII_SHARE), reason="free text without personal data",
                           **_ratio(match_ratio=share), finder=finder)  # fmt: skip

    if H is E.FINANCIAL and mean_true(head.str.contains(_AMOUNT_BAND)) >= 0.8:
        raise _Verdict(E.FINANCIAL, 0.85, reason="bands of amounts ('23.001-30.000')")

    # 2. specific shapes confirmed by validators -------------------------------------------------------------
    strong = [s for s in signals if s.entity is not E.NONE and s.specific >= 0.8 and s.valid >= 0.6]
    if not _plates_plausible(p, H, ctx, personal_header):
        strong = [s for s in strong if s.entity is not E.LICENSE_PLATE]
    hashes = _best(signals, E.NONE, "hash")
    if hashes and hashes.match >= 0.8:
        if H is E.DEVICE_ID and not ctx:
            raise _Verdict(E.DEVICE_ID, 0.6, **_ratio(match_ratio=hashes.match))
        raise _Verdict(E.NONE, 0.8, reason="hashes", **_ratio(match_ratio=hashes.match))
    if strong:
        best = max(strong, key=lambda s: (s.valid, s.specific))
        ratios = _ratio(match_ratio=best.match, validated_ratio=best.valid)
        if best.entity is E.URL and ctx & {"thing", "organisation", "place"} and not personal_header:
            raise _Verdict(E.NONE, 0.7, reason="URL of a thing or organisation", **ratios)
        if (
            best.entity is E.URL
            and (H is not E.URL or _one_host(p))
            and not personal_header
            and _profile_share(p) < 0.3
        ):
            # spec: URLs count when they point to a person; landing pages, referrers, images do not
            raise _Verdict(E.NONE, 0.65, reason="URLs of pages or files, not of people", **ratios)
        if best.entity is E.LICENSE_PLATE and "thing" in ctx and not personal_header:
            raise _Verdict(E.NONE, 0.7, reason="plates of a fleet or of things", **ratios)
        if best.entity is E.IP_ADDRESS and "thing" in ctx:
            raise _Verdict(E.NONE, 0.8, reason="version or build number shaped like an IP", **ratios)
        if best.entity is E.GEO_COORDINATE and ctx & {"place", "organisation"}:
            raise _Verdict(E.NONE, 0.75, reason="coordinates of a place of business", **ratios)
        if best.entity is E.STREET_ADDRESS and _not_streets(p, H):
            raise _Verdict(E.NONE, 0.7, reason="code words or payment texts with a number, not streets", **ratios)
        if best.entity is E.STREET_ADDRESS and ctx & {"place", "organisation"} and not personal_header:
            raise _Verdict(E.NONE, 0.7, reason="address of a place of business", **ratios)
        if best.entity is E.EMAIL and _role_mailboxes(p) >= 0.8:
            raise _Verdict(E.NONE, 0.7, reason="mailboxes of an organisation (info@, geral@, support@)", **ratios)
        if best.subtype == "PL_NRB" and mean_true(p.text.head(1000).str.contains(r"^\s*PL")) >= 0.25:
            # Polish IBANs, some written without "PL" (the domestic NRB is the IBAN without its country code)
            raise _Verdict(E.IBAN, 0.75 + 0.24 * best.valid, **ratios)
        if best.entity is E.STREET_ADDRESS and H in (E.CITY, E.PERSON_NAME) and best.valid < 0.9:
            pass
        else:
            raise _Verdict(best.entity, 0.75 + 0.24 * best.valid, best.subtype, **ratios)

    # 3. UUIDs, device ids ----------------------------------------------------------------------------------
    uuid = _best(signals, E.DEVICE_ID, "uuid")
    if uuid and uuid.match >= 0.8:
        ratios = _ratio(match_ratio=uuid.match)
        if ctx & {"thing", "organisation", "place"} and not personal_header and H is not E.DEVICE_ID:
            raise _Verdict(E.NONE, 0.8, reason="identifier of a thing or event", **ratios)
        upper = mean_true(p.text.str.contains(r"^[0-9A-F\-]+$")) >= 0.9  # IDFA style
        if personal_header or H in (E.DEVICE_ID, E.USERNAME) or upper or H is not None:
            confidence = 0.8 if personal_header or H in (E.DEVICE_ID, E.USERNAME) else (0.6 if upper else 0.5)
            raise _Verdict(E.DEVICE_ID, confidence, **ratios)
        raise _Verdict(E.NONE, 0.6, reason="UUID not tied to a person or device", **ratios)
    imei = _best(signals, E.DEVICE_ID, "imei")
    if imei and imei.valid >= 0.8 and H not in (E.CREDIT_CARD,):
        raise _Verdict(E.DEVICE_ID, 0.85, "IMEI", **_ratio(match_ratio=imei.match, validated_ratio=imei.valid))

    # 5. dates ------------------------------------------------------------------------------------------------
    dates = date_profile(p, shares=shares)
    if dates is not None and dates.share >= 0.8 and not (dates.year_column and H not in (E.DATE_OF_BIRTH, None)):
        ratios = _ratio(match_ratio=dates.share, median_age_years=dates.age_median)
        if dates.year_column and H is not E.DATE_OF_BIRTH:
            pass  # a column of years without a birth header: decided with the numbers below
        elif H is E.DATE_OF_BIRTH:
            raise _Verdict(E.DATE_OF_BIRTH, 0.9 if dates.birth_like() else 0.7, **ratios)
        elif ctx:
            raise _Verdict(E.NONE, 0.8, reason="date of an event", **ratios)
        elif dates.birth_like():
            raise _Verdict(E.DATE_OF_BIRTH, 0.65 if H is None else 0.55, reason="ages of living adults", **ratios)
        else:
            raise _Verdict(E.NONE, 0.7, reason="dates that are not birth dates", **ratios)

    if _company_ids(p) >= 0.8:
        raise _Verdict(E.NONE, 0.8, reason="registration numbers of companies (CNPJ, SIRET, CIF, NIPC, VAT)")

    # 4. checksum-only national ids, phones --------------------------------------------------------------------
    ids = [s for s in signals if s.entity is E.NATIONAL_ID and s.valid >= 0.85]
    if not ids:  # one country's ids of citizens and of foreign residents in one column (ES DNI and NIE)
        ids = _national_id_families(signals)
    company = "organisation" in ctx and not personal_header  # "NIP_pracodawcy": the employer's tax number
    if ids and not ctx & {"thing", "money"} and not company:
        best = max(ids, key=lambda s: s.valid)
        if H is E.PHONE and best.specific < 0.5:
            pass
        elif H in (E.DRIVER_LICENSE, E.PASSPORT):  # a document numbered with its holder's id (Spanish licences)
            raise _Verdict(H, 0.8, reason="document numbers that are national ids", **_ratio(match_ratio=best.match))
        else:
            raise _Verdict(E.NATIONAL_ID, 0.7 + 0.25 * best.valid, best.subtype,
                           **_ratio(match_ratio=best.match, validated_ratio=best.valid))  # fmt: skip
    ip_signals = [s for s in signals if s.entity is E.IP_ADDRESS]
    ip_valid = sum(s.valid for s in ip_signals)
    if ip_signals and ip_valid >= 0.8:
        ratios = _ratio(match_ratio=sum(s.match for s in ip_signals), validated_ratio=ip_valid)
        if "thing" in ctx:
            raise _Verdict(E.NONE, 0.8, reason="version or build number shaped like an IP", **ratios)
        small = mean_true(p.text.str.contains(r"^\d{1,2}\.\d{1,2}\.\d{1,3}\.\d{1,3}$"))
        if H is not E.IP_ADDRESS and small > 0.9:
            raise _Verdict(E.NONE, 0.55, reason="looks like version numbers", **ratios)
        raise _Verdict(E.IP_ADDRESS, 0.7 + 0.25 * min(ip_valid, 1.0), **ratios)
    card = _best(signals, E.CREDIT_CARD)
    if card and card.valid >= 0.85:
        raise _Verdict(E.CREDIT_CARD, 0.9, **_ratio(match_ratio=card.match, validated_ratio=card.valid))
    if candidates is None or "phone" in candidates:
        regions_tried = [*regions, *DEFAULT_REGIONS]
        shape, parsed, formatted = phone_share(p, regions=regions_tried, shape_share=(shares or {}).get("phone"))
    else:
        shape = parsed = formatted = 0.0
    # "9990/2025", "2019/052023": numbered within the year
    # ... and German tax numbers ("215/519/73358")
    filed = (
        mean_true(
            p.text.head(1000).str.contains(
                r"^\d{1,7}/(?:19|20)\d{2}$|^(?:19|20)\d{2}/\d{4,7}$|^\d{2,3}/\d{3,4}/\d{4,5}$"
            )
        )
        >= 0.8
    )
    # "+49 221 6074-0": the -0 is a company's switchboard, whose extensions are its staff
    switchboard = mean_true(p.text.head(1000).str.contains(r"\d[ -]0$")) >= 0.5 and not personal_header
    # "10.11.28.847", "4.0.2.1319": versions and builds; a header naming another identifier ("nr prawa jazdy"
    # 63126/22/2990) wins over a phone parse unless the numbers carry a "+"
    versioned = mean_true(p.text.head(1000).str.contains(r"^\d{1,2}\.\d{1,3}\.\d{1,4}(?:\.\d{1,5})?$")) >= 0.8
    # a header naming another identifier or a reference ("ref_mb": a payment reference)
    other_id = (H in _OTHER_IDS or bool(tokens & _REFERENCE_WORDS)) and mean_true(
        p.text.head(1000).str.contains(r"^\+")
    ) < 0.5
    of_a_thing = "thing" in ctx and not personal_header and H is not E.PHONE
    # bare digit strings of one length: ids zero-padded to a width ("0001618645") or without a trunk zero
    # ("17467916"); a phone written as bare digits starts with its trunk 0 (or "+") and is not padded with 000
    head_text = p.text.head(1000)
    bare = mean_true(head_text.str.contains(r"^\d{6,}$")) >= 0.95 and p.length_range[0] == p.length_range[1]
    padded_ids = (
        bare
        and H is not E.PHONE
        and (mean_true(head_text.str.contains(r"^000")) >= 0.3 or mean_true(head_text.str.contains(r"^0")) < 0.9)
    )
    not_phones = filed or versioned or other_id or of_a_thing or switchboard or padded_ids
    if parsed >= 0.6 and (formatted >= 0.5 or H is E.PHONE) and p.numbers is None and not not_phones:
        raise _Verdict(E.PHONE, 0.7 + 0.25 * parsed + (0.04 if H is E.PHONE else 0),
                       **_ratio(match_ratio=shape, validated_ratio=parsed))  # fmt: skip
    if filed and H is not E.MEDICAL_RECORD_NUMBER:
        raise _Verdict(E.NONE, 0.7, reason="numbers of the year (case or file numbers)")
    if switchboard and parsed >= 0.6:
        raise _Verdict(E.NONE, 0.7, reason="switchboard numbers of companies")
    if versioned and H is not E.PHONE:
        raise _Verdict(E.NONE, 0.75, reason="version or build numbers")
    if p.numbers is not None and H is E.PHONE and p.integral and p.numbers.min() >= 1e6:
        raise _Verdict(E.PHONE, 0.6, **_ratio(match_ratio=shape, validated_ratio=parsed))

    # 6. numbers ----------------------------------------------------------------------------------------------
    nums = numeric_profile(p)
    if nums is not None:
        _decide_numbers(p, hint, nums, dates)
    elif p.temporal is None:
        amounts = text_amounts(p.text)
        if amounts is not None:
            _decide_amounts(hint, amounts)

    # 7. other shapes -----------------------------------------------------------------------------------------
    geo_pair = _best(signals, E.GEO_COORDINATE)
    if geo_pair and geo_pair.match >= 0.8:
        if ctx & {"place", "organisation"}:
            raise _Verdict(E.NONE, 0.75, reason="coordinates of a place of business")
        raise _Verdict(E.GEO_COORDINATE, 0.9)
    mac_bare = _best(signals, E.MAC_ADDRESS, "bare")
    if mac_bare and mac_bare.match >= 0.9 and H is E.MAC_ADDRESS:
        raise _Verdict(E.MAC_ADDRESS, 0.85, **_ratio(match_ratio=mac_bare.match))
    hex16 = _best(signals, E.DEVICE_ID, "hex16")
    unclaimed = hint.meaningless or personal_header or (H is None and not ctx)
    if hex16 and hex16.match >= 0.9 and (H is E.DEVICE_ID or unclaimed):
        raise _Verdict(E.DEVICE_ID, 0.7 if H is E.DEVICE_ID else 0.5, "ANDROID_ID", **_ratio(match_ratio=hex16.match))

    # 8. vocabularies -----------------------------------------------------------------------------------------
    blood = mean_true(p.text.head(1000).str.contains(r"(?i)^(?:a|b|ab|0|o)\s?(?:rh)?\s?(?:[+-]|pos|neg)$"))
    if blood >= 0.9 and len(p.counts) >= 3 and not (ctx and not personal_header):
        raise _Verdict(E.HEALTH, 0.8 if H is E.HEALTH else 0.6, reason="blood groups", **_ratio(match_ratio=blood))
    vocab = vocabulary_ratio(p.counts)
    if len(p.counts) < 2 and H not in vocab:
        vocab = {}  # one value ("X") is a flag, not a vocabulary
    if vocab:
        top, share = max(vocab.items(), key=lambda kv: kv[1])
        if H in vocab and vocab[H] >= 0.3:
            raise _Verdict(H, 0.8 + 0.19 * vocab[H], **_ratio(match_ratio=vocab[H]))
        if top is E.GENDER and H is E.MARITAL_STATUS and p.mean_length <= 2:  # S/M/D/W: M is "married" here
            raise _Verdict(E.MARITAL_STATUS, 0.7, **_ratio(match_ratio=share))
        of_things = H is None and bool(ctx & {"thing", "money", "organisation", "place"}) and not personal_header
        if top in _FLAGGABLE and 0.2 <= share < 0.6 and H in (None, top) and not of_things:
            flags = mean_true(p.text.head(1000).str.contains(_FLAG))  # "nie" beside "NSZZ Solidarność", "OPZZ"
            if share + flags >= 0.9:
                raise _Verdict(top, 0.5 + 0.4 * share, **_ratio(match_ratio=share))
        if share >= 0.6 and not (top is E.OCCUPATION and H is E.PERSON_NAME) and not of_things:
            raise _Verdict(top, 0.55 + 0.4 * share, **_ratio(match_ratio=share))
        if share >= 0.6 and top is E.HEALTH and of_things and medicine_share(p.counts) >= 0.6:
            ev[_HELD_BACK] = (top, 0.5 + 0.3 * share, share)  # medicines sold, or dispensed to the people in the rows
        job = vocab.get(E.OCCUPATION, 0.0)
        wordy_amounts = H is E.FINANCIAL and mean_true(p.text.head(1000).str.contains(r"\d")) < 0.1
        if job >= 0.35 and (H in (None, E.OCCUPATION) or wordy_amounts) and p.mean_words >= 1.3 and not ctx:
            raise _Verdict(E.OCCUPATION, 0.5 + 0.4 * job, **_ratio(match_ratio=job))
    # 9. places -------------------------------------------------------------------------------------------------
    folded = {fold(v): c for v, c in p.counts.items()}
    # a column of ISO 3166 alpha-3 codes ("ITA", "DEU") names countries by itself; two letters are too ambiguous
    iso3 = mean_true(p.text.head(1000).str.contains(r"^\s*[A-Z]{3}\s*$")) >= 0.9
    total = sum(folded.values()) or 1
    nat_share = sum(c for v, c in folded.items() if v in nationalities()) / total
    country_share = (
        sum(
            c
            for v, c in folded.items()
            if (v in countries() and len(v) > 3)
            or (2 <= len(v) <= 3 and (H in (E.COUNTRY, E.NATIONALITY) or iso3) and v in countries())
        )
        / total
    )
    if H is E.ETHNICITY and nat_share >= 0.5:  # "herkomst": Turks, Marokkaans: a background; countries are origins
        raise _Verdict(E.ETHNICITY, 0.75, reason="origin written as nationality words", **_ratio(match_ratio=nat_share))
    home_country = H is E.COUNTRY and country_share >= 0.5 and not (ctx & {"place", "organisation", "thing"})
    if home_country:  # "kraj: Polska": a country's name, though "polska" is also the adjective
        raise _Verdict(E.COUNTRY, 0.7 + 0.25 * country_share, **_ratio(match_ratio=country_share))
    if nat_share >= 0.5 or (H is E.NATIONALITY and nat_share + country_share >= 0.5):
        raise _Verdict(E.NATIONALITY, 0.7 + 0.25 * max(nat_share, country_share),
                       **_ratio(match_ratio=nat_share + country_share))  # fmt: skip
    if country_share >= 0.6:
        if ctx & {"place", "organisation", "thing"} and not personal_header:
            raise _Verdict(E.NONE, 0.6, reason="country of a thing or organisation")
        raise _Verdict(E.COUNTRY, 0.7 + 0.25 * country_share, **_ratio(match_ratio=country_share))
    names = name_shares(p.counts)
    looks_textual = p.mean_length <= 40 and mean_true(p.text.head(500).str.contains(r"\d")) < 0.2
    city_share = 0.0
    if looks_textual:
        city_share = sum(c for v, c in folded.items() if v in cities()) / total
    ev.update(_ratio(city_ratio=city_share, name_ratio=names.person, company_ratio=names.company))
    few_words = p.distinct_ratio * p.n <= 12 and p.mean_length >= 4
    if H in (E.CITY, E.COUNTRY) and few_words and city_share == 0 and country_share == 0 and looks_textual:
        raise _Verdict(E.NONE, 0.6, reason="a handful of words that are not places (a status, not a state)")
    if names.company >= 0.25 and H not in (E.CITY, E.OCCUPATION):  # job titles join words with "and" too
        raise _Verdict(E.NONE, 0.65 + 0.3 * names.company, reason="company names")
    cue_share = 0.0
    if looks_textual and names.shaped >= 0.6:
        cue_share = mean_true(p.text.head(1000).str.contains(_CITY_CUES))
    ev["city_ratio"] = round(city_share, 4)
    # "alta", "media", "baja" under a disability header: a few words that are also names of small towns
    header_wins = H not in (None, E.CITY) and p.distinct_ratio * p.n <= 5
    # all-capital codes of two to four letters ("CPT", "SCCM") are ranks or codes, whatever place they spell; yes/no
    # answers ("sim", "não") are no places either
    flags = mean_true(p.text.head(500).str.contains(_FLAG + "$")) >= 0.9
    if (
        not (H is None and _caps_codes(p))
        and not flags
        and (
            (city_share >= 0.5 and not header_wins)
            or (H is E.CITY and (city_share >= 0.2 or names.shaped >= 0.6))
            # place-name cues in a handful of values none of which is a known place are other names ("Permis de
            # conduire", "Crématorium de Nice")
            or (
                H is None and names.person < 0.5 and city_share + cue_share >= 0.5 and (city_share > 0 or not few_words)
            )
        )
    ):
        if ctx & {"place", "organisation", "thing"} and not personal_header:
            raise _Verdict(E.NONE, 0.7, reason="city of a place of business")
        raise _Verdict(E.CITY, 0.6 + 0.35 * max(city_share, 0.5 if H is E.CITY else 0.0),
                       **_ratio(match_ratio=city_share))  # fmt: skip

    # 10. street addresses, person names --------------------------------------------------------------------------
    street_shape = _best(signals, E.STREET_ADDRESS, "shape")
    postal_first = _best(signals, E.POSTAL_CODE)
    streetish = (street is not None and street.match >= 0.5) or (street_shape is not None and street_shape.match >= 0.8)
    not_streets = streetish and _not_streets(p, H)
    shape_ok = (
        street_shape is not None
        and street_shape.match >= 0.8
        and H in (None, E.STREET_ADDRESS)
        and not (postal_first and postal_first.match >= 0.8 and H is None)
        and mean_true(p.text.head(500).str.contains(r"[A-Za-zÀ-ÿ]{3,}")) >= 0.8
        and not not_streets
    )
    if (street and street.match >= 0.5 and not not_streets) or shape_ok:  # "CT-200100" is no court
        street = street if street and street.match >= 0.5 else street_shape
        assert street is not None
        if ctx & {"place", "organisation"} and not personal_header:
            raise _Verdict(E.NONE, 0.7, reason="address of a place of business")
        raise _Verdict(E.STREET_ADDRESS, 0.6 + 0.35 * street.match, **_ratio(match_ratio=street.match))
    if H is E.STREET_ADDRESS and looks_textual is False and p.mean_words >= 2:
        raise _Verdict(E.STREET_ADDRESS, 0.6)
    person_needed = 0.5 if H is E.PERSON_NAME or (H is None and personal_header) else (0.6 if names.gazetteer else 0.8)
    if names.person >= person_needed and H not in (E.OCCUPATION, E.CITY, E.STREET_ADDRESS, E.COUNTRY):
        if ctx & {"organisation", "thing", "place"} and not personal_header:
            raise _Verdict(E.NONE, 0.7, reason="names of organisations, places or things")
        spaced = H is E.USERNAME and mean_true(p.text.head(500).str.contains(r"\S\s+\S")) >= 0.8  # no user name has
        if H in (None, E.PERSON_NAME) or names.person >= 0.85 or (H in _FEW_VALUES and _all_differ(p)) or spaced:
            conf = 0.6 + 0.3 * names.person + (0.08 if H is E.PERSON_NAME else 0)
            raise _Verdict(E.PERSON_NAME, conf, **_ratio(match_ratio=names.person))

    # 11. postal codes, plates, other header-led identifiers ----------------------------------------------------------
    strict_plate = _best(signals, E.LICENSE_PLATE, "strict")
    thingish = bool(ctx & {"thing", "organisation", "place", "money"}) and not personal_header
    # plates carry digits; "G-ENF", "M-DATA" are codes of programmes or products; "VHE 22622" in every row is a file
    with_digits = mean_true(p.text.head(1000).str.contains(r"\d")) >= 0.8 and not _one_word_numbered(p)
    if (
        strict_plate
        and strict_plate.match >= 0.8
        and (H is E.LICENSE_PLATE or (H is None and with_digits))
        and not thingish
    ):
        raise _Verdict(E.LICENSE_PLATE, 0.6 + 0.35 * strict_plate.match, **_ratio(match_ratio=strict_plate.match))
    postal = _best(signals, E.POSTAL_CODE)
    if postal and postal.match >= 0.7 and not _foreign_prefixed(p):
        distinctive = mean_true(p.text.str.contains(r"[A-Za-z]|-"))
        if H is E.POSTAL_CODE or (distinctive > 0.7 and (H is None or H in _PATTERN_RECOGNIZED)):
            if ctx & {"place", "organisation"} and not personal_header:
                raise _Verdict(E.NONE, 0.65, reason="postal code of a place of business")
            raise _Verdict(E.POSTAL_CODE, 0.7 + 0.25 * postal.match, **_ratio(match_ratio=postal.match))
        fixed = p.text.str.len_chars().n_unique() == 1 and p.dtype == "String"
        if hint.meaningless and fixed and mean_true(p.text.str.contains(r"^\d{4,5}$")) >= 0.9:
            raise _Verdict(E.POSTAL_CODE, 0.5, reason="fixed-length digit codes kept as text")
    plate = _best(signals, E.LICENSE_PLATE, "")
    if (
        plate
        and plate.match >= 0.7
        and (H is E.LICENSE_PLATE or (H is None and plate.match >= 0.8 and with_digits))
        and not thingish
    ):
        raise _Verdict(E.LICENSE_PLATE, 0.6 + 0.3 * plate.match, **_ratio(match_ratio=plate.match))

    # identifiers that call themselves MRN ("MRN-0012345") among other record numbers of the same shape
    labelled = mean_true(p.text.head(1000).str.contains(_MRN_LABELLED))
    if labelled >= 0.2 and not thingish:
        coded = mean_true(p.text.head(1000).str.contains(r"^[A-Za-z]{0,4}\s?[-:#/ ]?\s?\d{4,12}$"))
        if coded >= 0.8:
            raise _Verdict(E.MEDICAL_RECORD_NUMBER, 0.6 + 0.3 * labelled, **_ratio(match_ratio=labelled))
    # an identifier under a header about a patient ("no dossier patient", "Patient ref") is a medical record number
    patient = any(t.startswith(("patient", "pacient", "pazient")) for t in tokens)
    if patient and H in (None, E.MEDICAL_RECORD_NUMBER) and p.distinct_ratio >= 0.8:
        coded = mean_true(p.text.head(1000).str.contains(r"^[A-Za-z]{0,4}[-/ ]?\d{4,12}$"))
        if coded >= 0.8:
            raise _Verdict(E.MEDICAL_RECORD_NUMBER, 0.65, **_ratio(match_ratio=coded))
    money_header = "money" in ctx and H is not E.FINANCIAL  # "Kostenstelle": about costs, not about a person's job
    device = H is E.DEVICE_ID  # a device is a thing: "app_inst_id" keeps its header
    if (
        H is not None
        and (device or not (ctx & {"thing", "organisation", "place"} and not personal_header))
        and not money_header
    ):
        _header_led(p, H, hint, signals, vocab)

    # 12. value-only weak guesses (no header, or a header the values did not fit) ---------------------------
    if hint.meaningless or (H is not None and not ctx):
        user = _best(signals, E.USERNAME)
        if user and user.match >= 0.9 and p.distinct_ratio >= 0.9 and names.person < 0.3 and 4 <= p.mean_length <= 25:
            raise _Verdict(E.USERNAME, 0.5, **_ratio(match_ratio=user.match))
        passport = mean_true(p.text.str.contains(r"^[A-Z]{1,2}\d{6,8}$"))
        numbered = bool(tokens & (NUMBER_WORDS | {"id"}))  # "KD_NR"
        if passport >= 0.9 and p.distinct_ratio >= 0.9 and not numbered:
            raise _Verdict(E.PASSPORT, 0.5, **_ratio(match_ratio=passport))
    if not ctx and len(p.counts) >= 3 and _name_logins(p) >= 0.6:  # staff logins repeat: no distinct-ratio test
        raise _Verdict(E.USERNAME, 0.55, reason="logins made of people's names ('mrossi', 'g.bianchi')")
    raise _Verdict(E.NONE, 0.7 if not H else 0.55, reason="no personal-data pattern in the values")


# An initial and a surname of five letters or more, or of four after a separator ("green" is no g+reen);
# or first.last.
_LOGIN = re.compile(r"^(?:([a-z])(?:[._]([a-z]{4,})|([a-z]{5,}))|([a-z]{2,})[._]([a-z]{3,}))\d{0,4}$")


def _name_logins(p: ColumnProfile) -> float:
    """The share of distinct values built from a name the way logins are: an initial and a surname ("mrossi",
    "g.bianchi", "sromano72") or first.last ("anna.berg")."""
    from privet.scan._names import is_first_name, is_last_name

    values = [v.strip() for v in list(p.counts)[:300]]
    hits = 0
    for value in values:
        m = _LOGIN.match(value)
        if m is not None:
            hits += is_last_name(m[2] or m[3]) if m[1] else is_first_name(m[4]) and is_last_name(m[5])
    return hits / len(values) if values else 0.0


def _plates_plausible(p: ColumnProfile, H: Entity | None, ctx: frozenset[str], personal_header: bool) -> bool:
    """Values shaped like plates can be plates: under a plate header, or with no other claim, many of them, with
    letters and digits and at most ten characters ("PR-771-ZZ" under "Code produit", "FR02" site codes are not)."""
    if H is E.LICENSE_PLATE:
        return p.mean_length <= 12
    if H in _ID_OK or (ctx and not personal_header):  # other codes of letters and digits, or codes of things
        return False
    text = p.text.head(1000)
    mixed = mean_true(text.str.contains(r"\d") & text.str.contains(r"[A-Za-z]")) >= 0.8
    return mixed and p.mean_length <= 10 and p.distinct_ratio * p.n >= 20


def _all_differ(p: ColumnProfile) -> bool:
    """Nearly every value differs, over enough values to tell: not a handful of categories (_FEW_VALUES)."""
    return p.n >= 100 and p.distinct_ratio >= 0.95


def _health_coded(text: pl.Series) -> float:
    """The share of values that start with a code of a health classification (_HEALTH_CODE)."""
    return mean_true(text.head(1000).str.contains(_HEALTH_CODE))


def _national_id_families(signals: list[Signal]) -> list[Signal]:
    """The national-id formats of one country (subtype prefix) that together validate 85% of the values, as one
    signal named after the most frequent format."""
    families: dict[str, list[Signal]] = {}
    for s in signals:
        if s.entity is E.NATIONAL_ID and s.subtype and s.valid >= 0.05:
            families.setdefault(s.subtype.split("_")[0], []).append(s)
    out = []
    for members in families.values():
        valid = sum(s.valid for s in members)
        if len(members) > 1 and 0.85 <= valid <= 1.0 + 1e-9:
            top = max(members, key=lambda s: s.valid)
            out.append(replace(top, match=min(1.0, sum(s.match for s in members)), valid=valid))
    return out


def _without_units(text: pl.Series) -> pl.Series:
    """Amounts without their multiplier (50k), currency code (EUR, CHF) and band words ("up to", "powyżej"): what
    is left should be figures."""
    return text.str.replace_all(_MULTIPLIERS, "${1}").str.replace_all(_CURRENCIES, "").str.replace_all(_BAND_WORDS, "")


def _listed_items(p: ColumnProfile, H: Entity | None) -> bool:
    """Long values under a header naming a non-text entity (job titles, addresses, conditions) that are not
    sentences: judged as items of that entity, not as free text."""
    if H is None or H is E.FREE_TEXT_WITH_PII:
        return False
    sentences = mean_true(p.text.head(400).str.contains(r"[.!?]$|[.!?]\s+[A-ZÀ-Þa-zß-ÿ]"))
    return sentences < 0.3


def _decide_numbers(p: ColumnProfile, hint: HeaderHint, nums: Any, dates: DateProfile | None) -> None:
    H, ctx = hint.entity, hint.context
    tokens = set(fold(p.name).split())
    year_column = dates is not None and dates.year_column
    if "money" in ctx and H is not E.FINANCIAL:
        raise _Verdict(E.NONE, 0.85, reason="price or amount")
    if H is E.DATE_OF_BIRTH and year_column:
        raise _Verdict(E.DATE_OF_BIRTH, 0.85, subtype="BIRTH_YEAR")
    if dates is not None and year_column and H is None and not ctx and dates.birth_like():
        raise _Verdict(E.DATE_OF_BIRTH, 0.5, subtype="BIRTH_YEAR", reason="years that are the birth years of adults")
    wrong = H is not None and not _numbers_fit(H, nums, p)
    unknown = hint.meaningless or wrong or (H is None and not ctx)
    coordinates = (
        nums.longitude_like()
        and nums.spread_beyond_unit()
        and p.distinct_ratio > 0.5
        and (abs(nums.median) >= 3 or nums.maximum - nums.minimum >= 3)  # not weights or ratios around 1
    )
    if H is E.GEO_COORDINATE or (unknown and coordinates):
        if ctx & {"place", "organisation"}:
            raise _Verdict(E.NONE, 0.75, reason="coordinates of a place of business")
        # people live apart: a handful of points over many rows are sites, unless the header says home or pickup
        if p.n >= 100 and nums.distinct <= 10 and not tokens & _HOME_WORDS:
            raise _Verdict(E.NONE, 0.7, reason="coordinates of a handful of places")
        if nums.longitude_like():
            raise _Verdict(E.GEO_COORDINATE, 0.9 if H else 0.55)
    if H is E.AGE and nums.integral and nums.minimum >= 0 and nums.maximum <= 125:
        raise _Verdict(E.AGE, 0.92)
    if H is E.FINANCIAL and not (nums.integral and nums.minimum >= 0 and nums.maximum <= 1):  # 0/1: a flag
        raise _Verdict(E.FINANCIAL, 0.85)
    if H in (E.GENDER, E.MARITAL_STATUS) and nums.integral and nums.minimum >= 0 and nums.maximum <= 9:
        raise _Verdict(H, 0.7, reason="coded categories")  # SAP GESCH/XSEX 1/2, FAMST 0-6
    if H is E.BANK_ACCOUNT and nums.sequential:
        raise _Verdict(E.NONE, 0.75, reason="running key")  # bank account numbers do not count up row by row
    if H in _NUMERIC_OK and not ctx & {"thing", "organisation", "place"} and _numbers_fit(H, nums, p):
        raise _Verdict(H, 0.7)
    wrong_header = H is not None and not _numbers_fit(H, nums, p)
    if (hint.meaningless or wrong_header) and not ctx and nums.age_like() and not nums.sequential:
        raise _Verdict(E.AGE, 0.5 if H is None else 0.45, reason="integers in the range of human ages")
    if p.numbers is not None and not nums.sequential:
        contradicted = (hint.meaningless or wrong_header) and not ctx
        scored = H is None and bool(_tokens_of(hint, p.name) & _SCORE_WORDS)  # "BureauScore": camel case split
        _personal_figures(p.numbers, nums, unknown=unknown, contradicted=contradicted, scored=scored)
    if nums.sequential:
        raise _Verdict(E.NONE, 0.85, reason="running key")
    if tokens & {"id", "nr", "no", "number", "num", "code", "key"} and not H:
        raise _Verdict(E.NONE, 0.8, reason="internal key")
    raise _Verdict(E.NONE, 0.75 if H is None else 0.6, reason="numbers without personal-data meaning")


def _personal_figures(values: Any, nums: Any, *, unknown: bool, contradicted: bool, scored: bool) -> None:
    """Value distributions personal by themselves, for columns whose header does not say what they are: credit-bureau
    scores, annual pay, body-mass indices (the last only under a meaningless or contradicted header)."""
    if (unknown or scored) and credit_score_like(values, integral=nums.integral):
        raise _Verdict(E.FINANCIAL, 0.5 if scored else 0.4, reason="integers on the scale of credit-bureau scores")
    if unknown and salary_like(values, marked=False):
        raise _Verdict(E.FINANCIAL, 0.45, reason="amounts in the range of annual pay")
    if contradicted and bmi_like(values, decimals=nums.decimals):
        raise _Verdict(E.HEALTH, 0.4, reason="one-decimal numbers in the range of body-mass indices")


def _decide_amounts(hint: HeaderHint, amounts: TextAmounts) -> None:
    """Amounts written as text ("€ 43.500,00", "30k-40k"): a price or total under a money header, pay or an income
    band when the header does not say (or names something figures cannot be)."""
    H, ctx = hint.entity, hint.context
    if amounts.marked < 0.5 and amounts.bands < 0.8:
        return  # plain figures: codes, postal codes, ids
    if "money" in ctx and H is not E.FINANCIAL:
        raise _Verdict(E.NONE, 0.8, reason="price or amount")
    if H is E.FINANCIAL:
        raise _Verdict(E.FINANCIAL, 0.85)
    unknown = hint.meaningless or (H is None and not ctx) or (H is not None and H is not E.AGE)
    if not unknown:
        return
    tops = amounts.band_tops
    if amounts.bands >= 0.8 and len(tops) and float(np.median(tops)) >= 10_000:
        raise _Verdict(E.FINANCIAL, 0.5, reason="bands of amounts (income brackets)")
    if amounts.marked >= 0.5 and salary_like(amounts.values, marked=True):
        raise _Verdict(E.FINANCIAL, 0.45, reason="amounts in the range of annual pay")


def _numbers_fit(H: Entity | None, nums: Any, p: ColumnProfile) -> bool:
    """Whether numbers like these can be what the header ``H`` names."""
    big_ids = nums.integral and nums.minimum >= 1_000 and p.distinct_ratio >= 0.5
    checks = {
        E.AGE: nums.integral and nums.minimum >= 0 and nums.maximum <= 125,
        E.EDUCATION: nums.integral and nums.minimum >= 0 and nums.maximum <= 30,
        E.FINANCIAL: not (nums.minimum >= 0 and nums.maximum <= 1 and nums.integral),  # 0/1: a flag, no amount
        E.HEALTH: True,  # lab values, hearing thresholds, diopters (negative too)
        E.POSTAL_CODE: nums.integral
        and nums.minimum >= 0
        and nums.maximum < 1_000_000
        and p.numbers is not None
        and float(np.mean(p.numbers >= 100)) >= 0.95,
        E.PHONE: nums.integral and nums.minimum >= 1_000_000,
        E.CREDIT_CARD: False,  # card numbers pass Luhn (decided with the patterns); the rest are not cards (spec)
        E.DATE_OF_BIRTH: compact_dates_share(p.numbers) >= 0.95,  # 19740319 (years are handled with the dates)
        E.GEO_COORDINATE: nums.longitude_like(),
        E.LICENSE_PLATE: False,  # plates have letters: a "matrícula" of digits is a student's or employee's number
        # IMEI-long; a "client id" of 6 digits is a customer key; a web analytics client id ("865471250.1715271503")
        E.DEVICE_ID: (nums.integral and nums.minimum >= 1e14)
        # (read as floats from a CSV, the time stamp after the dot loses its last digits)
        or mean_true(p.text.head(500).str.contains(r"^(?:GA1\.\d\.)?\d{6,10}\.1[4-8]\d{4,8}$")) >= 0.9,
        # passport numbers have 6 to 10 characters; a 14-digit "pasnummer" is a library or bank card
        E.PASSPORT: big_ids and nums.minimum >= 1e5 and nums.maximum < 1e10,
    }
    return bool(checks.get(H, big_ids)) if H is not None else False


#: A value that starts with an article of one of the eight languages: a title of a work, not a job title.
_ARTICLE_FIRST = (
    r"(?i)^(?:the|a|an|de|het|een|der|die|das|ein|eine|le|la|les|l'|un|une|el|los|las|il|lo|gli|uno|una|o|os|as|"
    r"um|uma)\s"
)


#: Digits of the postal codes written after a country letter ("D-10115", "CH-8001", "NL-1012"), per letter.
_PREFIXED_POSTCODE_DIGITS = {"D": 5, "F": 5, "I": 5, "E": 5, "A": 4, "CH": 4, "B": 4, "L": 4, "NL": 4, "P": 4,
                             "H": 4, "DK": 4, "N": 4, "S": 5, "FIN": 5, "FI": 5, "CZ": 5, "SK": 5, "GR": 5}  # fmt: skip


def _foreign_prefixed(p: ColumnProfile) -> bool:
    """Letter-prefixed numbers whose digits do not fit the country the letter stands for ("H-69516": Hungarian
    postcodes have four digits): tenant or file numbers, not postal codes."""
    head = p.text.head(500)
    if mean_true(head.str.contains(r"^[A-Z]{1,3}-00")) >= 0.5:
        return True  # "S-00011": a running number, no postcode
    letters = head.str.extract(r"^([A-Z]{1,3})-\d+$", 1).drop_nulls().to_list()
    if not head.len() or len(letters) < 0.8 * head.len():
        return False
    digits = head.str.extract(r"^[A-Z]{1,3}-(\d+)$", 1).drop_nulls().to_list()
    fits = sum(_PREFIXED_POSTCODE_DIGITS.get(a) == len(b) for a, b in zip(letters, digits, strict=True))
    return fits < 0.5 * len(letters)


_YEAR_NUMBERED = r"^[A-Za-z]{0,6}[-/ ]?(?:19|20)\d{2}[-/ ]\d{2,}$"
_AGE_WITH_UNIT = (
    r"(?i)^\s*(\d{1,3})\s*(?:ans?|years?|yrs?|y|yo|j\.?|jahre|años|anos|anni|jaar|lat|mois|months?|monate|meses|"
    r"mesi|maanden|miesięcy|l)?\.?\s*$"
)


def _profile_share(p: ColumnProfile) -> float:
    """The share of URLs that are a person's profile or page (social networks, /user/, /profile/, /in/)."""
    from privet.scan._text_patterns import profile_url_score

    urls = p.text.head(300).to_list()
    return sum(profile_url_score(u) > 0 for u in urls) / len(urls) if urls else 0.0


def _one_host(p: ColumnProfile) -> bool:
    """Nearly all URLs on one host (a meeting service, a file store): links into a service, not people's pages."""
    hosts = p.text.head(300).str.extract(r"^(?:https?://)?([^/?#]+)", 1).drop_nulls()
    return hosts.len() > 0 and hosts.value_counts(sort=True)[:, 1][0] >= 0.9 * hosts.len()


def _caps_codes(p: ColumnProfile) -> bool:
    return mean_true(p.text.head(500).str.contains(r"^[A-Z]{2,4}$")) >= 0.8


#: First words of the lines of a bank statement (card payments, transfers, direct debits) in the eight languages.
_PAYMENT_WORDS = (
    r"(?i)^\s*(?:compra|pago|transf|transferencia|recibo|cargo|abono|bizum|reintegro|adeudo|lastschrift|"
    r"uberweisung|ueberweisung|überweisung|kartenzahlung|gutschrift|dauerauftrag|virement|prelevement|prélèvement|"
    r"paiement|achat|retrait|cb|carte|pagamento|bonifico|addebito|prelievo|accredito|betaling|overboeking|incasso|"
    r"pinbetaling|ideal|debito|credito|przelew|platnosc|płatność|zakup|wyplata|wypłata|blik|card payment|"
    r"direct debit|standing order|payment|transfer|pos|atm|sepa)\b"
)


def _role_mailboxes(p: ColumnProfile) -> float:
    """The share of e-mail addresses whose local part is an organisation's role mailbox (info@, geral@, support@)."""
    from privet.scan._text_patterns import is_role_mailbox

    locals_ = p.text.head(300).str.extract(r"^\s*([^@\s]+)@", 1).drop_nulls().to_list()
    return sum(map(is_role_mailbox, locals_)) / len(locals_) if locals_ else 0.0


def _not_streets(p: ColumnProfile, H: Entity | None) -> bool:
    """Values shaped like "street number" that are not streets: one code word with a running number ("CT-200100"),
    or, unless the header names an address, the lines of a bank statement ("COMPRA TARJ. ZARA 3656")."""
    if _one_word_numbered(p):
        return True
    return H is not E.STREET_ADDRESS and mean_true(p.text.head(500).str.contains(_PAYMENT_WORDS)) >= 0.6


def _one_word_numbered(p: ColumnProfile) -> bool:
    """Most values are one and the same word with a number ("Dept 52", "VHE 22622", "Gate 4"): numbered rooms, units
    or files. The streets of an address column have many names."""
    words = p.text.head(500).str.replace_all(r"[\d\s/\-.,]+", " ").str.strip_chars()
    counts = words.value_counts(sort=True)
    if not len(counts):
        return False
    top = counts[counts.columns[0]][0]
    return " " not in top and counts[counts.columns[1]][0] >= 0.5 * len(words)  # one word, not a street and town


def _header_led(
    p: ColumnProfile, H: Entity, hint: HeaderHint, signals: list[Signal], vocab: dict[Entity, float]
) -> None:
    """The header names an entity the values do not contradict: accept it with moderate confidence."""
    text = p.text.head(1000)
    has_space = mean_true(text.str.contains(r"\s"))
    id_like = mean_true(text.str.contains(r"^@?[A-Za-z0-9][A-Za-z0-9\-/. _]{3,30}$"))  # "@lillapiz", "erica_1557"
    categorical = len(p.counts) <= 60 or p.distinct_ratio <= 0.2
    free_form = H in (E.OCCUPATION, E.CITY, E.FINANCIAL, E.HEALTH)
    digits = mean_true(text.str.contains(r"\d"))
    # words for the categorical entities, figures for money and ages (bands like "30k-60k")
    fits = digits >= 0.7 if H in (E.FINANCIAL, E.AGE) else digits < 0.3
    # credit ratings written as grades ("A" to "E", "BBB+"), or as grades in some rows and points in others
    grade = r"^(?:[A-G]|AAA|AA|BBB|BB|CCC|CC)[+-]?$"
    graded = (
        H is E.FINANCIAL
        and mean_true(text.str.contains(grade)) >= 0.1
        and mean_true(text.str.contains(grade + r"|^\d{1,4}(?:[.,]\d+)?$")) >= 0.9
    )
    fits = fits or graded
    if H is E.GENDER and vocab.get(E.GENDER, 0.0) < 0.2 and p.mean_length > 6:
        fits = False  # "Chłopi", "Pan Tadeusz" under "tytuł": titles of books; genders and salutations are short
    if H is E.ETHNICITY and not vocab.get(E.ETHNICITY):
        fits = False  # "raça" of a pet: "Labrador Retriever", "Siamês"; the words of ethnicity columns are known
    if H in _FLAGGABLE and not fits and mean_true(text.str.contains(_FLAG)) >= 0.75:  # and "En trámite", "n/a"
        fits = True
    if H is E.HEALTH and not fits:  # "J18.9 Pneumonia", "Disability 67 %": codes and degrees among the words
        icd_led = mean_true(text.str.contains(r"^[A-TV-Z]\d{2}(?:\.\d{1,4})?\b"))
        # words, or a no among them ("no", "invalidità civile 46%"), or a level of a scale ("GIR 4", "Stufe 2")
        worded = mean_true(text.str.contains(r"[^\W\d_]{4,}") | text.str.contains(_FLAG + "$"))
        levels = len(p.counts) <= 12 and mean_true(text.str.contains(r"^[^\W\d_]{2,12}\.?\s?\d{1,2}$")) >= 0.9
        fits = icd_led >= 0.6 or (digits < 0.8 and worded >= 0.9) or levels
        # a degree of disability or a share alone ("33%", "65 %"), a measurement ("-6.50" dioptres, "49" dB)
        fits = fits or mean_true(text.str.contains(r"^\s*[+-]?\d{1,4}(?:[.,]\d{1,3})?\s?%?\s*$")) >= 0.8
    if H is E.AGE:  # "74 ans", "3 años", "45 J.", "18 months" beside plain numbers
        aged = text.str.extract(_AGE_WITH_UNIT, 1).cast(pl.Int64, strict=False)
        oldest = aged.max()
        if mean_true(aged.is_not_null()) >= 0.9 and isinstance(oldest, int) and oldest <= 125:
            raise _Verdict(E.AGE, 0.7, reason="ages, some with a unit")
    health_coded = _health_coded(text) if H is E.HEALTH else 0.0
    if H is E.HEALTH and fits and has_space < 0.2 and _all_differ(p) and health_coded < 0.6:
        fits = False  # a different single word in every row ("osvaldo37"): user names or codes, not conditions
    # names of places are written with a capital (an order status under a "state" header is not a place); amounts,
    # bands and scores are figures with at most a currency or a unit (a "K123456" account code is not an amount)
    place_like = H not in (E.CITY, E.COUNTRY) or (
        mean_true(text.str.contains(r"^[A-ZÀ-Þ]")) >= 0.5 and p.mean_length >= 1.5  # "A", "S", "R" are statuses
    )
    if H is E.OCCUPATION and mean_true(text.str.contains(_ARTICLE_FIRST)) >= 0.3:
        fits = False  # "Het geheim van de zee", "The Silent Storm": titles of works under a "titel" header
    amount_like = H is not E.FINANCIAL or graded or mean_true(_without_units(text).str.contains(r"[A-Za-z]")) < 0.3
    if (
        H in _CATEGORICAL_OK
        and fits
        and place_like
        and amount_like
        and (categorical or free_form)
        and (H is E.FINANCIAL or max(vocab.values(), default=0) < 0.6)
    ):
        raise _Verdict(H, 0.65)
    # a card number has 12 to 19 digits, possibly masked ("**** **** **** 4821"); a SKU under a card header is none
    card_like = H is not E.CREDIT_CARD or mean_true(text.str.count_matches(r"[\d*Xx•]") >= 12) >= 0.8
    coded = H is not E.HEALTH or health_coded >= 0.6  # health ids are codes of a classification
    # postal codes have a group of three digits or more, or the letter-digit shapes of UK, NL and CA ones
    postal_like = H is not E.POSTAL_CODE or (
        mean_true(text.str.contains(r"(?i)\d{3}|^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$|^[A-Z]\d[A-Z] ?\d[A-Z]\d$")) >= 0.8
    )
    # an EU customs movement reference number is an "MRN" too: year, country, 14 characters ("23NLGW0E2493216369")
    if H is E.MEDICAL_RECORD_NUMBER and mean_true(text.str.contains(r"^\d{2}[A-Z]{2}[A-Z0-9]{14}$")) >= 0.8:
        coded = False
    lettered = H is not E.LICENSE_PLATE or mean_true(text.str.contains(r"[A-Za-z]")) >= 0.8  # plates have letters
    # device ids (UUIDs, IMEIs, hex ids) have digits; "desktop", "mobile" under a device header are device types
    numbered = H not in (E.DEVICE_ID, E.NATIONAL_ID) or digits >= 0.5  # a "PNR" of letters is a booking code
    # passport numbers have 6 to 10 characters everywhere; a 14-digit "pasnummer" is a library or bank card
    # (after an ISO-3 country code: "GBR187044791")
    booklet = H is not E.PASSPORT or (
        mean_true(
            text.str.replace_all(r"[\s-]", "").str.replace(r"^[A-Z]{3}(\d{6})", "$1").str.len_chars().is_between(6, 10)
        )
        >= 0.8
    )
    # "LCPE-2024-010000", "AZ 2023/0815": numbered by the year of issue, as permits, files and cases are; the
    # identity papers, accounts and plates of the spec are not
    dated = H in _OTHER_IDS and H is not E.MEDICAL_RECORD_NUMBER and mean_true(text.str.contains(_YEAR_NUMBERED)) >= 0.8
    # a tax number under a company or VAT word is a business's ("USt-IdNr.", "NIF empresa"), as in step 4
    personal = H is not E.NATIONAL_ID or "organisation" not in hint.context
    if (
        H in _ID_OK
        and id_like >= 0.8
        and card_like
        and coded
        and lettered
        and numbered
        and personal
        and booklet
        and postal_like
        and not dated
        and (has_space <= 0.5 or H in (E.LICENSE_PLATE, E.PHONE, E.POSTAL_CODE, E.BANK_ACCOUNT))
    ):
        raise _Verdict(H, 0.7)
    if H is E.PERSON_NAME and mean_true(text.str.contains(r"^[^\d@]{2,}$")) >= 0.8:
        raise _Verdict(E.PERSON_NAME, 0.6)
    if H is E.STREET_ADDRESS and p.mean_words >= 2:
        raise _Verdict(E.STREET_ADDRESS, 0.6)
    if H is E.USERNAME and has_space < 0.2 and p.distinct_ratio >= 0.2:
        raise _Verdict(E.USERNAME, 0.65)
    if H is E.DEVICE_ID and has_space < 0.2 and numbered:
        raise _Verdict(H, 0.6)
