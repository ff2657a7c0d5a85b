"""Generate ``src/privet/data/customers.csv``: synthetic customers with realistic personal data.

Run ``python scripts/make_sample_data.py [--out PATH] [--rows N]``. The output is a deterministic function of
the seed, the row count and the pinned Faker version (pyproject.toml, dev extras): rerunning reproduces the
committed file byte for byte (tests/test_datasets.py checks this).

Every person belongs to one of eight locales and gets a locale-consistent name, street address, city with a
matching postal code, phone number (E.164 or national format, validated with ``phonenumbers``), national id
(check digits validated with ``python-stdnum``, regenerated until valid; the French NIR also encodes sex,
birth year and month and département), IBAN (mod-97 valid; none for US residents), Luhn-valid card number,
client IP and a free-text ``notes`` cell in the person's language, about half of which embed personal data
of the person or a relative. Quasi-identifiers (age, gender, postal code, city, occupation, marital status,
education), sensitive attributes (diagnosis, religion, income) and a binary target ``churned`` follow.
``churned`` is drawn from a logistic model of non-identifying features only (age, education, occupation,
income, plan, tenure, support calls), so a model can learn it. Nothing here is privacy noise: seeding is
what makes the sample reproducible.
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import faker
import numpy as np
import phonenumbers
from faker import Faker
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.us import ssn

SEED = 20260101
ROWS = 5000
REFERENCE_DATE = date(2026, 1, 1)  # ages are whole years on this date
FAKER_VERSION = "40.63.0"  # the version the committed CSV was made with (pinned in pyproject.toml)
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "privet" / "data" / "customers.csv"

COLUMNS = [
    "customer_id",
    "first_name",
    "last_name",
    "email",
    "phone",
    "street_address",
    "postal_code",
    "city",
    "country",
    "date_of_birth",
    "age",
    "gender",
    "national_id",
    "card_number",
    "iban",
    "ip_address",
    "occupation",
    "marital_status",
    "education",
    "religion",
    "diagnosis",
    "income",
    "plan",
    "tenure_months",
    "support_calls",
    "notes",
    "churned",
]

# ---------------------------------------------------------------------------------------------- geography
# city -> (postal code spec, phone area codes (US/BR), state/region abbreviation (US/BR))


@dataclass(frozen=True)
class City:
    name: str
    postal: tuple[Any, ...]  # US: 3-digit prefixes; GB: outward codes; others: (low, high) int range
    area_codes: tuple[str, ...] = ()
    region: str = ""


@dataclass(frozen=True)
class Country:
    code: str
    locale: str
    language: str
    weight: float
    cities: tuple[City, ...]
    city_weights: tuple[float, ...]
    religions: dict[str, float]


COUNTRIES: tuple[Country, ...] = (
    Country(
        "US",
        "en_US",
        "en",
        0.22,
        (
            City("New York", ("100", "101", "102", "103", "104"), ("212", "646", "917", "718"), "NY"),
            City("Los Angeles", ("900", "913", "917"), ("213", "310", "323", "818"), "CA"),
            City("Chicago", ("606", "607", "608"), ("312", "773", "872"), "IL"),
            City("Houston", ("770", "772"), ("713", "832", "281"), "TX"),
            City("Phoenix", ("850", "852"), ("602", "480", "623"), "AZ"),
            City("Philadelphia", ("191",), ("215", "267"), "PA"),
            City("Seattle", ("981",), ("206",), "WA"),
            City("Boston", ("021", "022"), ("617", "857"), "MA"),
        ),
        (0.25, 0.2, 0.14, 0.12, 0.08, 0.08, 0.07, 0.06),
        {
            "christian": 0.63,
            "none": 0.28,
            "jewish": 0.02,
            "muslim": 0.01,
            "buddhist": 0.01,
            "hindu": 0.01,
            "other": 0.04,
        },
    ),
    Country(
        "GB",
        "en_GB",
        "en",
        0.14,
        (
            City("London", ("E1", "E14", "N1", "N7", "NW1", "NW3", "SE1", "SE15", "SW2", "SW11", "W2", "W11")),
            City("Manchester", ("M1", "M4", "M13", "M14", "M20")),
            City("Birmingham", ("B1", "B5", "B15", "B29")),
            City("Leeds", ("LS1", "LS6", "LS11")),
            City("Glasgow", ("G1", "G3", "G12", "G41")),
            City("Bristol", ("BS1", "BS5", "BS8")),
            City("Edinburgh", ("EH1", "EH3", "EH6")),
            City("Liverpool", ("L1", "L8", "L15")),
        ),
        (0.4, 0.12, 0.12, 0.08, 0.08, 0.07, 0.07, 0.06),
        {
            "christian": 0.46,
            "none": 0.37,
            "muslim": 0.07,
            "hindu": 0.02,
            "jewish": 0.01,
            "buddhist": 0.01,
            "other": 0.06,
        },
    ),
    Country(
        "DE",
        "de_DE",
        "de",
        0.16,
        (
            City("Berlin", (10115, 14199)),
            City("Hamburg", (20095, 22769)),
            City("München", (80331, 81929)),
            City("Köln", (50667, 51149)),
            City("Frankfurt am Main", (60306, 60599)),
            City("Stuttgart", (70173, 70629)),
            City("Düsseldorf", (40210, 40629)),
            City("Leipzig", (4103, 4357)),
        ),
        (0.27, 0.16, 0.13, 0.1, 0.09, 0.08, 0.09, 0.08),
        {"christian": 0.5, "none": 0.43, "muslim": 0.05, "jewish": 0.005, "buddhist": 0.005, "other": 0.01},
    ),
    Country(
        "FR",
        "fr_FR",
        "fr",
        0.13,
        (
            City("Paris", (75001, 75020)),
            City("Marseille", (13001, 13016)),
            City("Lyon", (69001, 69009)),
            City("Toulouse", (31000, 31500)),
            City("Nice", (6000, 6300)),
            City("Nantes", (44000, 44300)),
            City("Strasbourg", (67000, 67200)),
            City("Bordeaux", (33000, 33800)),
        ),
        (0.33, 0.13, 0.12, 0.1, 0.08, 0.08, 0.08, 0.08),
        {"christian": 0.47, "none": 0.42, "muslim": 0.08, "jewish": 0.01, "buddhist": 0.01, "other": 0.01},
    ),
    Country(
        "ES",
        "es_ES",
        "es",
        0.1,
        (
            City("Madrid", (28001, 28055)),
            City("Barcelona", (8001, 8042)),
            City("Valencia", (46001, 46026)),
            City("Sevilla", (41001, 41020)),
            City("Zaragoza", (50001, 50018)),
            City("Málaga", (29001, 29018)),
            City("Bilbao", (48001, 48015)),
        ),
        (0.32, 0.24, 0.12, 0.1, 0.08, 0.08, 0.06),
        {"christian": 0.58, "none": 0.38, "muslim": 0.03, "other": 0.01},
    ),
    Country(
        "IT",
        "it_IT",
        "it",
        0.1,
        (
            City("Roma", (118, 199)),
            City("Milano", (20121, 20162)),
            City("Napoli", (80121, 80147)),
            City("Torino", (10121, 10156)),
            City("Palermo", (90121, 90151)),
            City("Bologna", (40121, 40141)),
            City("Firenze", (50121, 50145)),
        ),
        (0.28, 0.22, 0.14, 0.12, 0.09, 0.08, 0.07),
        {"christian": 0.74, "none": 0.22, "muslim": 0.03, "other": 0.01},
    ),
    Country(
        "NL",
        "nl_NL",
        "nl",
        0.07,
        (
            City("Amsterdam", (1011, 1109)),
            City("Rotterdam", (3011, 3089)),
            City("Den Haag", (2491, 2599)),
            City("Utrecht", (3511, 3585)),
            City("Eindhoven", (5611, 5658)),
            City("Groningen", (9711, 9747)),
        ),
        (0.3, 0.22, 0.18, 0.14, 0.09, 0.07),
        {"none": 0.55, "christian": 0.38, "muslim": 0.05, "hindu": 0.01, "other": 0.01},
    ),
    Country(
        "BR",
        "pt_BR",
        "pt",
        0.08,
        (
            City("São Paulo", (1000, 5999), ("11",), "SP"),
            City("Rio de Janeiro", (20000, 23799), ("21",), "RJ"),
            City("Belo Horizonte", (30000, 31999), ("31",), "MG"),
            City("Brasília", (70000, 72799), ("61",), "DF"),
            City("Salvador", (40000, 42599), ("71",), "BA"),
            City("Curitiba", (80000, 82999), ("41",), "PR"),
            City("Porto Alegre", (90000, 91999), ("51",), "RS"),
            City("Recife", (50000, 52999), ("81",), "PE"),
        ),
        (0.3, 0.2, 0.1, 0.1, 0.08, 0.08, 0.07, 0.07),
        {"christian": 0.86, "none": 0.1, "other": 0.04},
    ),
)

GB_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NL_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"

# ---------------------------------------------------------------------------------- socio-economic model

EDUCATION = ("secondary", "vocational", "bachelor", "master", "doctorate")
EDUCATION_P = (0.33, 0.27, 0.25, 0.12, 0.03)
EDUCATION_INCOME = {"secondary": 0.8, "vocational": 0.95, "bachelor": 1.15, "master": 1.35, "doctorate": 1.55}
EDUCATION_CHURN = {"secondary": 0.45, "vocational": 0.2, "bachelor": -0.1, "master": -0.35, "doctorate": -0.5}

# occupation -> (base income in EUR, minimum education index, churn effect)
OCCUPATIONS: dict[str, tuple[int, int, float]] = {
    "accountant": (52000, 2, -0.2),
    "cashier": (26000, 0, 0.5),
    "chef": (32000, 1, 0.3),
    "civil servant": (45000, 1, -0.45),
    "designer": (42000, 1, 0.15),
    "driver": (31000, 0, 0.35),
    "electrician": (40000, 1, 0.0),
    "engineer": (62000, 2, -0.25),
    "farmer": (30000, 0, -0.3),
    "lawyer": (80000, 3, -0.2),
    "manager": (72000, 2, 0.1),
    "nurse": (40000, 1, -0.1),
    "physician": (95000, 3, -0.3),
    "sales representative": (43000, 0, 0.4),
    "software developer": (65000, 2, 0.25),
    "teacher": (44000, 2, -0.35),
}
COUNTRY_INCOME = {"US": 1.3, "GB": 1.05, "DE": 1.1, "FR": 1.0, "ES": 0.75, "IT": 0.8, "NL": 1.1, "BR": 0.35}
PLANS = ("basic", "standard", "premium")
PLAN_P = (0.45, 0.35, 0.2)
PLAN_CHURN = {"basic": 0.45, "standard": 0.0, "premium": -0.6}

DIAGNOSES = (
    "none",
    "hypertension",
    "type 2 diabetes",
    "asthma",
    "depression",
    "anxiety disorder",
    "migraine",
    "chronic back pain",
    "hypothyroidism",
    "coronary heart disease",
    "COPD",
    "HIV",
    "breast cancer",
)


def diagnosis_probabilities(age: int, gender: str) -> np.ndarray:
    old = max(age - 40, 0) / 50
    young = max(60 - age, 0) / 42
    w = np.array(
        [
            6.0,
            0.3 + 2.5 * old,
            0.15 + 1.5 * old,
            0.5 + 0.3 * young,
            0.45,
            0.35 + 0.2 * young,
            0.35 + 0.2 * young,
            0.5,
            0.25 + 0.3 * (gender == "female"),
            0.05 + 1.2 * old,
            0.05 + 0.8 * old,
            0.06,
            (0.05 + 0.5 * old) * (gender == "female"),
        ]
    )
    return w / w.sum()


# -------------------------------------------------------------------------------------------- notes

HARMLESS = {
    "en": [
        "Asked about delivery times.",
        "Prefers to be contacted in the morning.",
        "Happy with the last order.",
        "Requested a paper invoice.",
        "Could not log in to the app; password reset sent.",
        "Interested in the premium plan.",
        "Complained about a late parcel.",
        "No further action needed.",
    ],
    "de": [
        "Fragt nach Lieferzeiten.",
        "Möchte vormittags kontaktiert werden.",
        "Zufrieden mit der letzten Bestellung.",
        "Wünscht eine Rechnung in Papierform.",
        "Kann sich nicht in der App anmelden; Passwort zurückgesetzt.",
        "Interessiert am Premium-Tarif.",
        "Beschwerde über ein verspätetes Paket.",
        "Kein weiterer Handlungsbedarf.",
    ],
    "fr": [
        "Demande les délais de livraison.",
        "Préfère être contacté le matin.",
        "Satisfait de la dernière commande.",
        "Souhaite une facture papier.",
        "N'arrive pas à se connecter à l'application ; mot de passe réinitialisé.",
        "Intéressé par l'offre premium.",
        "Réclamation pour un colis en retard.",
        "Aucune action nécessaire.",
    ],
    "es": [
        "Pregunta por los plazos de entrega.",
        "Prefiere que le llamen por la mañana.",
        "Contento con el último pedido.",
        "Solicita factura en papel.",
        "No puede iniciar sesión en la app; contraseña restablecida.",
        "Interesado en el plan premium.",
        "Queja por un paquete retrasado.",
        "No requiere más acciones.",
    ],
    "it": [
        "Chiede informazioni sui tempi di consegna.",
        "Preferisce essere contattato al mattino.",
        "Soddisfatto dell'ultimo ordine.",
        "Richiede la fattura cartacea.",
        "Non riesce ad accedere all'app; password reimpostata.",
        "Interessato al piano premium.",
        "Reclamo per un pacco in ritardo.",
        "Nessuna azione necessaria.",
    ],
    "nl": [
        "Vraagt naar de levertijden.",
        "Wil liever 's ochtends gebeld worden.",
        "Tevreden over de laatste bestelling.",
        "Wil een papieren factuur.",
        "Kan niet inloggen in de app; wachtwoord gereset.",
        "Geïnteresseerd in het premium abonnement.",
        "Klacht over een te laat pakket.",
        "Geen verdere actie nodig.",
    ],
    "pt": [
        "Perguntou sobre os prazos de entrega.",
        "Prefere ser contatado pela manhã.",
        "Satisfeito com o último pedido.",
        "Solicitou nota fiscal impressa.",
        "Não consegue entrar no aplicativo; senha redefinida.",
        "Interessado no plano premium.",
        "Reclamou de uma encomenda atrasada.",
        "Nenhuma ação necessária.",
    ],
}

# templates that embed personal data; {relation} is (female, male) per kind
PII_TEMPLATES = {
    "en": {
        "phone": "Call back on {phone}.",
        "email": "Please use {email} for invoices from now on.",
        "address": "Moved to {address}.",
        "relative": "Spoke with {relation} {rel_name} ({rel_phone}).",
        "name": "{name} asked to close the account.",
        "dob": "Date of birth {dob} confirmed by phone.",
        "iban": "Refund to be sent to IBAN {iban}.",
        "contact": "Second contact: {rel_name}, {rel_email}.",
    },
    "de": {
        "phone": "Bitte unter {phone} zurückrufen.",
        "email": "Rechnungen ab sofort an {email} senden.",
        "address": "Umgezogen nach {address}.",
        "relative": "Mit {relation} {rel_name} gesprochen ({rel_phone}).",
        "name": "{name} möchte das Konto kündigen.",
        "dob": "Geburtsdatum {dob} telefonisch bestätigt.",
        "iban": "Erstattung bitte auf IBAN {iban}.",
        "contact": "Zweiter Kontakt: {rel_name}, {rel_email}.",
    },
    "fr": {
        "phone": "Rappeler au {phone}.",
        "email": "Envoyer les factures à {email} désormais.",
        "address": "A déménagé : {address}.",
        "relative": "Échange avec {relation} {rel_name} ({rel_phone}).",
        "name": "{name} souhaite résilier son compte.",
        "dob": "Date de naissance {dob} confirmée par téléphone.",
        "iban": "Remboursement sur l'IBAN {iban}.",
        "contact": "Second contact : {rel_name}, {rel_email}.",
    },
    "es": {
        "phone": "Devolver la llamada al {phone}.",
        "email": "Enviar las facturas a {email} a partir de ahora.",
        "address": "Nueva dirección: {address}.",
        "relative": "Hablé con {relation} {rel_name} ({rel_phone}).",
        "name": "{name} quiere cerrar la cuenta.",
        "dob": "Fecha de nacimiento {dob} confirmada por teléfono.",
        "iban": "Reembolso a la cuenta IBAN {iban}.",
        "contact": "Segundo contacto: {rel_name}, {rel_email}.",
    },
    "it": {
        "phone": "Richiamare al {phone}.",
        "email": "D'ora in poi inviare le fatture a {email}.",
        "address": "Nuovo indirizzo: {address}.",
        "relative": "Parlato con {relation} {rel_name} ({rel_phone}).",
        "name": "{name} vuole chiudere il conto.",
        "dob": "Data di nascita {dob} confermata al telefono.",
        "iban": "Rimborso sull'IBAN {iban}.",
        "contact": "Secondo contatto: {rel_name}, {rel_email}.",
    },
    "nl": {
        "phone": "Terugbellen op {phone}.",
        "email": "Facturen voortaan naar {email} sturen.",
        "address": "Verhuisd naar {address}.",
        "relative": "Gesproken met {relation} {rel_name} ({rel_phone}).",
        "name": "{name} wil het account opzeggen.",
        "dob": "Geboortedatum {dob} telefonisch bevestigd.",
        "iban": "Terugbetaling naar IBAN {iban}.",
        "contact": "Tweede contactpersoon: {rel_name}, {rel_email}.",
    },
    "pt": {
        "phone": "Retornar a ligação no {phone}.",
        "email": "Enviar as faturas para {email} a partir de agora.",
        "address": "Mudou-se para {address}.",
        "relative": "Falei com {relation} {rel_name} ({rel_phone}).",
        "name": "{name} quer encerrar a conta.",
        "dob": "Data de nascimento {dob} confirmada por telefone.",
        "iban": "Reembolso para o IBAN {iban}.",
        "contact": "Segundo contato: {rel_name}, {rel_email}.",
    },
}
PII_KINDS = ("phone", "email", "address", "relative", "name", "dob", "iban", "contact")
PII_KIND_P = (0.18, 0.14, 0.14, 0.18, 0.12, 0.08, 0.06, 0.10)

# (female, male) relatives: spouse, child, parent
RELATIONS = {
    "en": (("his wife", "her husband"), ("daughter", "son"), ("mother", "father")),
    "de": (("der Ehefrau", "dem Ehemann"), ("der Tochter", "dem Sohn"), ("der Mutter", "dem Vater")),
    "fr": (("sa femme", "son mari"), ("sa fille", "son fils"), ("sa mère", "son père")),
    "es": (("su esposa", "su marido"), ("su hija", "su hijo"), ("su madre", "su padre")),
    "it": (("la moglie", "il marito"), ("la figlia", "il figlio"), ("la madre", "il padre")),
    "nl": (("echtgenote", "echtgenoot"), ("dochter", "zoon"), ("moeder", "vader")),
    "pt": (("a esposa", "o marido"), ("a filha", "o filho"), ("a mãe", "o pai")),
}
DATE_FORMATS = {"US": "%m/%d/%Y", "NL": "%d-%m-%Y", "DE": "%d.%m.%Y"}  # others: %d/%m/%Y


# -------------------------------------------------------------------------------------------- helpers


class Generator:
    """Draws one person after another from seeded Faker instances and one numpy Generator."""

    def __init__(self, seed: int) -> None:
        self.rng = np.random.default_rng(seed)
        self.fakers: dict[str, Faker] = {}
        for i, country in enumerate(COUNTRIES):
            fake = Faker(country.locale)
            fake.seed_instance(seed + i)
            self.fakers[country.code] = fake
        self.emails: set[str] = set()

    # -- small draws
    def choice(self, options: Sequence[Any], p: Sequence[float] | np.ndarray | None = None) -> Any:
        if p is not None:
            probs = np.asarray(p, dtype=float)
            return options[int(self.rng.choice(len(options), p=probs / probs.sum()))]
        return options[int(self.rng.integers(len(options)))]

    def digits(self, n: int) -> str:
        return "".join(str(d) for d in self.rng.integers(0, 10, n))

    def letters(self, alphabet: str, n: int) -> str:
        return "".join(alphabet[int(i)] for i in self.rng.integers(0, len(alphabet), n))

    # -- geography
    def postal_code(self, country: str, city: City) -> str:
        if country == "US":
            return self.choice(city.postal) + f"{int(self.rng.integers(1, 100)):02d}"
        if country == "GB":
            return f"{self.choice(city.postal)} {int(self.rng.integers(1, 10))}{self.letters(GB_INWARD_LETTERS, 2)}"
        low, high = city.postal
        number = int(self.rng.integers(low, high + 1))
        if country == "NL":
            return f"{number} {self.letters(NL_LETTERS, 2)}"
        if country == "BR":
            return f"{number:05d}-{self.digits(3)}"
        return f"{number:05d}"

    def street(self, fake: Faker) -> str:
        text = re.sub(r"\s*\n\s*", ", ", fake.street_address())
        # Faker writes house numbers like "0" or "06"; real ones start at 1 without a leading zero
        return re.sub(r"\b0+(\d*)\b", lambda m: m.group(1) or str(int(self.rng.integers(1, 100))), text)

    def address(self, country: str, street: str, postal: str, city: City) -> str:
        if country == "US":
            return f"{street}, {city.name}, {city.region} {postal}"
        if country == "GB":
            return f"{street}, {city.name} {postal}"
        if country == "BR":
            return f"{street}, {city.name} - {city.region}, {postal}"
        return f"{street}, {postal} {city.name}"

    # -- phone
    def phone(self, country: str, city: City) -> str:
        for _ in range(100):
            number = self._raw_phone(country, city)
            parsed = phonenumbers.parse(number)
            # the region check keeps out GB-range numbers of Jersey, Guernsey and the Isle of Man
            if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == country:
                style = self.choice(
                    (
                        phonenumbers.PhoneNumberFormat.E164,
                        phonenumbers.PhoneNumberFormat.NATIONAL,
                        phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    ),
                    (0.45, 0.45, 0.10),
                )
                return phonenumbers.format_number(parsed, style)
        raise RuntimeError(f"no valid phone number drawn for {country}")

    def _raw_phone(self, country: str, city: City) -> str:
        r = self.rng
        if country == "US":
            exchange = f"{int(r.integers(2, 10))}{self.digits(2)}"
            while exchange[1:] == "11" or exchange == "555":
                exchange = f"{int(r.integers(2, 10))}{self.digits(2)}"
            return f"+1{self.choice(city.area_codes)}{exchange}{self.digits(4)}"
        if country == "GB":
            return f"+447{self.choice('4578')}{self.digits(8)}"
        if country == "DE":
            prefix = self.choice(("151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177"))
            length = 7 if prefix in ("170", "171", "172", "175") else 8
            return f"+49{prefix}{self.digits(length)}"
        if country == "FR":
            return f"+33{self.choice('67')}{self.digits(8)}"
        if country == "ES":
            return f"+346{self.digits(8)}"
        if country == "IT":
            return f"+393{self.choice('234567')}{self.digits(8)}"
        if country == "NL":
            return f"+316{int(r.integers(1, 6))}{self.digits(7)}"
        return f"+55{self.choice(city.area_codes)}9{int(r.integers(6, 10))}{self.digits(7)}"

    # -- identifiers
    def national_id(self, country: str, fake: Faker, *, birth: date, female: bool, city: City) -> str:
        for _ in range(1000):
            if country == "FR":
                value, valid = self._nir(birth, female, city)
            else:
                value, valid = self._national_id(country, fake)
            if valid:
                return value
        raise RuntimeError(f"no valid national id drawn for {country}")

    def _national_id(self, country: str, fake: Faker) -> tuple[str, bool]:
        if country == "US":
            value = fake.ssn()
            return value, ssn.is_valid(value)
        if country == "GB":  # NHS number: 9 digits + mod-11 check digit (10 means "draw again")
            body = f"{int(self.rng.integers(400, 800))}{self.digits(6)}"
            total = sum(int(d) * (10 - i) for i, d in enumerate(body))
            check = (11 - total % 11) % 11
            value = f"{body[:3]} {body[3:6]} {body[6:]}{check % 10}"
            return value, check != 10 and nhs.is_valid(value)
        if country == "DE":  # Steuer-IdNr: 10 digits, exactly one repeated, ISO 7064 mod 11,10 check digit
            digits = [int(d) for d in self.rng.permutation(10)[:9]]
            digits.insert(int(self.rng.integers(1, 10)), digits[int(self.rng.integers(0, 9))])
            body = "".join(map(str, digits))
            value = body + mod_11_10.calc_check_digit(body)
            return value, idnr.is_valid(value)
        if country == "ES":
            value = fake.nif()
            return value, dni.is_valid(value)
        if country == "IT":
            value = fake.ssn()
            return value, codicefiscale.is_valid(value)
        if country == "NL":
            value = fake.ssn()
            return value, bsn.is_valid(value)
        value = fake.cpf()
        return value, cpf.is_valid(value)

    def _nir(self, birth: date, female: bool, city: City) -> tuple[str, bool]:
        """French NIR consistent with the person: sex, birth year and month, département, then mod-97 key."""
        department = city.postal[0] // 1000
        body = (
            f"{2 if female else 1}{birth.year % 100:02d}{birth.month:02d}{department:02d}"
            f"{int(self.rng.integers(1, 1000)):03d}{int(self.rng.integers(1, 1000)):03d}"
        )
        value = f"{body}{97 - int(body) % 97:02d}"
        return value, nir.is_valid(value)

    def card_number(self, fake: Faker) -> str:
        kind = self.choice(("visa16", "mastercard", "amex", "discover"), (0.5, 0.33, 0.12, 0.05))
        number = fake.credit_card_number(card_type=kind)
        if not luhn.is_valid(number):
            raise RuntimeError("Faker drew a card number that fails Luhn")
        if len(number) == 16 and self.rng.random() < 0.3:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def iban(self, country: str, fake: Faker) -> str:
        if country == "US":
            return ""  # US accounts have no IBAN
        value = fake.iban()
        if not value.startswith(country) or not stdnum_iban.is_valid(value):
            raise RuntimeError(f"Faker drew an invalid IBAN for {country}")
        if self.rng.random() < 0.4:
            return stdnum_iban.format(value)
        return value

    def email(self, fake: Faker, first: str, last: str) -> str:
        f, la = ascii_slug(first), ascii_slug(last)
        pattern = self.choice(("{f}.{l}", "{f}{l}", "{i}.{l}", "{f}_{l}", "{l}.{f}", "{f}{n}"))
        local = pattern.format(f=f, l=la, i=f[:1], n=int(self.rng.integers(1, 100)))
        address = f"{local}@{fake.free_email_domain()}"
        while address in self.emails:
            address = f"{local}{int(self.rng.integers(1, 1000))}@{fake.free_email_domain()}"
        self.emails.add(address)
        return address

    def ip_address(self, fake: Faker) -> str:
        return fake.ipv6() if self.rng.random() < 0.1 else fake.ipv4_public()


def ascii_slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z]", "", decomposed.encode("ascii", "ignore").decode().lower()) or "x"


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


# ------------------------------------------------------------------------------------------- one person


def person(gen: Generator, customer_id: int) -> dict[str, Any]:
    rng = gen.rng
    country: Country = gen.choice(COUNTRIES, [c.weight for c in COUNTRIES])
    fake = gen.fakers[country.code]
    city: City = gen.choice(country.cities, country.city_weights)

    gender = gen.choice(("female", "male", "other"), (0.495, 0.49, 0.015))
    first_female = gender == "female" or (gender == "other" and rng.random() < 0.5)
    first = fake.first_name_female() if first_female else fake.first_name_male()
    last = fake.last_name()

    age_target = int(np.clip(round(rng.normal(44, 16)), 18, 90))
    birth = REFERENCE_DATE - timedelta(days=int(age_target * 365.25 + rng.integers(1, 365)))
    age = age_on(birth, REFERENCE_DATE)

    edu_index = int(rng.choice(len(EDUCATION), p=EDUCATION_P))
    if age < 22:
        edu_index = min(edu_index, 1)
    education = EDUCATION[edu_index]
    if age >= 67 and rng.random() < 0.8:
        occupation = "retired"
    elif age < 26 and rng.random() < 0.45:
        occupation = "student"
    elif rng.random() < 0.05:
        occupation = "unemployed"
    else:
        eligible = [name for name, (_, min_edu, _) in OCCUPATIONS.items() if min_edu <= edu_index]
        occupation = gen.choice(eligible)

    if age < 25:
        marital = gen.choice(("single", "married"), (0.9, 0.1))
    elif age < 60:
        marital = gen.choice(("single", "married", "divorced", "widowed"), (0.35, 0.5, 0.13, 0.02))
    else:
        marital = gen.choice(("single", "married", "divorced", "widowed"), (0.1, 0.55, 0.15, 0.2))

    religion = gen.choice(list(country.religions), list(country.religions.values()))
    diagnosis = gen.choice(DIAGNOSES, diagnosis_probabilities(age, gender))

    if occupation in ("student", "unemployed"):
        base = 12000.0
    elif occupation == "retired":
        base = 26000.0
    else:
        base = float(OCCUPATIONS[occupation][0])
    experience = 1.0 + 0.012 * min(max(age - 25, 0), 30)
    income = base * EDUCATION_INCOME[education] * experience * COUNTRY_INCOME[country.code]
    income = int(round(income * float(np.exp(rng.normal(0, 0.25))), -2))

    plan = gen.choice(PLANS, PLAN_P)
    tenure = int(min(rng.geometric(1 / 36), 240))
    support_calls = int(rng.poisson(1.4))

    # churn: non-identifying features only
    occ_effect = {"student": 0.6, "retired": -0.5, "unemployed": 0.7}.get(occupation)
    if occ_effect is None:
        occ_effect = OCCUPATIONS[occupation][2]
    logit = (
        -0.55
        - 0.045 * (age - 44)
        + EDUCATION_CHURN[education]
        + occ_effect
        + PLAN_CHURN[plan]
        - 0.9 * (math.log(income) - math.log(40000))
        - 0.035 * (tenure - 30)
        + 0.55 * (support_calls - 1.4)
    )
    churned = int(rng.random() < sigmoid(logit))

    street = gen.street(fake)
    postal = gen.postal_code(country.code, city)
    phone = gen.phone(country.code, city)
    email = gen.email(fake, first, last)
    iban = gen.iban(country.code, fake)
    row = {
        "customer_id": customer_id,
        "first_name": first,
        "last_name": last,
        "email": email,
        "phone": phone,
        "street_address": street,
        "postal_code": postal,
        "city": city.name,
        "country": country.code,
        "date_of_birth": birth.isoformat(),
        "age": age,
        "gender": gender,
        "national_id": gen.national_id(country.code, fake, birth=birth, female=first_female, city=city),
        "card_number": gen.card_number(fake),
        "iban": iban,
        "ip_address": gen.ip_address(fake),
        "occupation": occupation,
        "marital_status": marital,
        "education": education,
        "religion": religion,
        "diagnosis": diagnosis,
        "income": income,
        "plan": plan,
        "tenure_months": tenure,
        "support_calls": support_calls,
        "notes": "",
        "churned": churned,
    }
    row["notes"] = notes(gen, country, city, fake, row)
    return row


def notes(gen: Generator, country: Country, city: City, fake: Faker, row: dict[str, Any]) -> str:
    rng = gen.rng
    lang = country.language
    harmless = gen.choice(HARMLESS[lang])
    if rng.random() >= 0.5:
        return harmless
    kind = gen.choice(PII_KINDS, PII_KIND_P)
    if kind == "iban" and not row["iban"]:
        kind = "phone"
    rel_female = rng.random() < 0.5
    relation_pair = gen.choice(RELATIONS[lang])
    relation = relation_pair[0] if rel_female else relation_pair[1]
    if lang == "en" and relation in ("his wife", "her husband"):
        relation = "her husband" if row["gender"] == "female" else "his wife"
        rel_female = relation == "his wife"
    rel_first = fake.first_name_female() if rel_female else fake.first_name_male()
    rel_last = row["last_name"] if rng.random() < 0.7 else fake.last_name()
    rel_name = f"{rel_first} {rel_last}"
    values: dict[str, Callable[[], str]] = {
        "phone": lambda: gen.phone(country.code, city),
        "email": lambda: row["email"],
        "address": lambda: gen.address(country.code, gen.street(fake), gen.postal_code(country.code, city), city),
        "relation": lambda: relation,
        "rel_name": lambda: rel_name,
        "rel_phone": lambda: gen.phone(country.code, city),
        "name": lambda: f"{row['first_name']} {row['last_name']}",
        "dob": lambda: date.fromisoformat(row["date_of_birth"]).strftime(DATE_FORMATS.get(country.code, "%d/%m/%Y")),
        "iban": lambda: row["iban"],
        "rel_email": lambda: gen.email(fake, rel_first, rel_last),
    }
    template = PII_TEMPLATES[lang][kind]
    fields = re.findall(r"\{(\w+)\}", template)
    text = template.format(**{name: values[name]() for name in fields})
    if rng.random() < 0.35:
        text = f"{harmless} {text}" if rng.random() < 0.5 else f"{text} {harmless}"
    return text


# ------------------------------------------------------------------------------------------------ main


def generate(rows: int = ROWS, seed: int = SEED) -> list[dict[str, Any]]:
    gen = Generator(seed)
    return [person(gen, 100001 + i) for i in range(rows)]


def write_csv(records: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    tmp.replace(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV (default: the bundled sample)")
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    if faker.VERSION != FAKER_VERSION:
        print(
            f"warning: Faker {faker.VERSION} is installed, the committed sample was made with {FAKER_VERSION}; "
            "the output will differ",
            file=sys.stderr,
        )
    write_csv(generate(args.rows, args.seed), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
