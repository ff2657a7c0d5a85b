"""The personal-data taxonomy of spec/entities.md: entities, their categories and text entities."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Category", "Entity", "TEXT_ENTITIES", "category_of"]


class Category(StrEnum):
    """What a column is, for a data-protection decision."""

    DIRECT_IDENTIFIER = "direct_identifier"
    QUASI_IDENTIFIER = "quasi_identifier"
    SENSITIVE = "sensitive"
    NONE = "none"


class Entity(StrEnum):
    """A kind of personal data (spec/entities.md); the value is the spec's name."""

    PERSON_NAME = "PERSON_NAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    NATIONAL_ID = "NATIONAL_ID"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN = "IBAN"
    BANK_ACCOUNT = "BANK_ACCOUNT"
    IP_ADDRESS = "IP_ADDRESS"
    MAC_ADDRESS = "MAC_ADDRESS"
    STREET_ADDRESS = "STREET_ADDRESS"
    GEO_COORDINATE = "GEO_COORDINATE"
    URL = "URL"
    USERNAME = "USERNAME"
    PASSPORT = "PASSPORT"
    DRIVER_LICENSE = "DRIVER_LICENSE"
    LICENSE_PLATE = "LICENSE_PLATE"
    DEVICE_ID = "DEVICE_ID"
    MEDICAL_RECORD_NUMBER = "MEDICAL_RECORD_NUMBER"
    FREE_TEXT_WITH_PII = "FREE_TEXT_WITH_PII"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    AGE = "AGE"
    GENDER = "GENDER"
    POSTAL_CODE = "POSTAL_CODE"
    CITY = "CITY"
    COUNTRY = "COUNTRY"
    OCCUPATION = "OCCUPATION"
    MARITAL_STATUS = "MARITAL_STATUS"
    EDUCATION = "EDUCATION"
    NATIONALITY = "NATIONALITY"
    ETHNICITY = "ETHNICITY"
    RELIGION = "RELIGION"
    HEALTH = "HEALTH"
    SEXUAL_ORIENTATION = "SEXUAL_ORIENTATION"
    POLITICAL_OPINION = "POLITICAL_OPINION"
    TRADE_UNION = "TRADE_UNION"
    FINANCIAL = "FINANCIAL"
    NONE = "NONE"

    @property
    def category(self) -> Category:
        return category_of(self)


_QUASI = {
    Entity.DATE_OF_BIRTH,
    Entity.AGE,
    Entity.GENDER,
    Entity.POSTAL_CODE,
    Entity.CITY,
    Entity.COUNTRY,
    Entity.OCCUPATION,
    Entity.MARITAL_STATUS,
    Entity.EDUCATION,
    Entity.NATIONALITY,
}
_SENSITIVE = {
    Entity.ETHNICITY,
    Entity.RELIGION,
    Entity.HEALTH,
    Entity.SEXUAL_ORIENTATION,
    Entity.POLITICAL_OPINION,
    Entity.TRADE_UNION,
    Entity.FINANCIAL,
}

#: Entities the free-text span finder reports (spec/entities.md, "Free-text spans").
TEXT_ENTITIES: frozenset[Entity] = frozenset(
    {
        Entity.PERSON_NAME,
        Entity.EMAIL,
        Entity.PHONE,
        Entity.CREDIT_CARD,
        Entity.IBAN,
        Entity.IP_ADDRESS,
        Entity.NATIONAL_ID,
        Entity.STREET_ADDRESS,
        Entity.DATE_OF_BIRTH,
        Entity.URL,
    }
)


def category_of(entity: Entity | str) -> Category:
    """The category the spec assigns to ``entity``."""
    entity = Entity(entity)
    if entity is Entity.NONE:
        return Category.NONE
    if entity in _QUASI:
        return Category.QUASI_IDENTIFIER
    if entity in _SENSITIVE:
        return Category.SENSITIVE
    return Category.DIRECT_IDENTIFIER
