"""The entity taxonomy of spec/entities.md, copied by hand so the blind set does not import privet's."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")

_BY_CATEGORY: dict[str, tuple[str, ...]] = {
    "direct_identifier": (
        "PERSON_NAME", "EMAIL", "PHONE", "NATIONAL_ID", "CREDIT_CARD", "IBAN", "BANK_ACCOUNT", "IP_ADDRESS",
        "MAC_ADDRESS", "STREET_ADDRESS", "GEO_COORDINATE", "URL", "USERNAME", "PASSPORT", "DRIVER_LICENSE",
        "LICENSE_PLATE", "DEVICE_ID", "MEDICAL_RECORD_NUMBER", "FREE_TEXT_WITH_PII",
    ),
    "quasi_identifier": (
        "DATE_OF_BIRTH", "AGE", "GENDER", "POSTAL_CODE", "CITY", "COUNTRY", "OCCUPATION", "MARITAL_STATUS",
        "EDUCATION", "NATIONALITY",
    ),
    "sensitive": (
        "ETHNICITY", "RELIGION", "HEALTH", "SEXUAL_ORIENTATION", "POLITICAL_OPINION", "TRADE_UNION", "FINANCIAL",
    ),
    "none": ("NONE",),
}  # fmt: skip

CATEGORY_OF: dict[str, str] = {entity: category for category, ents in _BY_CATEGORY.items() for entity in ents}

TEXT_ENTITIES: frozenset[str] = frozenset(
    {"PERSON_NAME", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "IP_ADDRESS", "NATIONAL_ID", "STREET_ADDRESS",
     "DATE_OF_BIRTH", "URL"}
)  # fmt: skip
