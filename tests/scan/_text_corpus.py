"""A labelled multilingual free-text corpus generated with Faker, for the span finder's tests and benchmark.

Each text is built from a template of literal pieces and slots; every slot is filled by Faker in the
text's locale and carries its label (an entity, or None for hard negatives such as role mailboxes,
hotlines, masked cards, non-birth dates, company names and company URLs). Offsets of labelled spans are
recorded while the text is assembled, so the labels are exact by construction.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from faker import Faker

LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB"),
    "de": ("de_DE", "de_AT"),
    "fr": ("fr_FR",),
    "es": ("es_ES",),
    "it": ("it_IT",),
    "nl": ("nl_NL",),
    "pt": ("pt_PT", "pt_BR"),
}

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
_TITLES = {
    "en": ("Mr", "Mrs", "Ms", "Dr"),
    "de": ("Herr", "Frau", "Dr."),
    "fr": ("M.", "Mme", "Dr"),
    "es": ("Sr.", "Sra.", "Dr."),
    "it": ("Sig.", "Sig.ra", "Dott."),
    "nl": ("Dhr.", "Mevr.", "Dr."),
    "pt": ("Sr.", "Sra.", "Dr."),
}
_HOTLINES = {
    "en": ("0800 123 4567", "+1 800 555 0199"),
    "de": ("0800 330 1000", "0180 5 123456"),
    "fr": ("0800 12 34 56", "08 00 12 34 56"),
    "es": ("900 123 456", "902 123 456"),
    "it": ("800 123 456", "800 912 345"),
    "nl": ("0800 0123", "0900 1234567"),
    "pt": ("800 123 456", "808 123 456"),
}


@dataclass
class Sample:
    """One labelled text: spans are (start, end, entity)."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    language: str = "en"


Slot = Callable[[Faker, str, random.Random], tuple[str, str | None]]


def _ascii(value: str) -> str:
    value = unicodedata.normalize("NFKD", value)
    return re.sub(r"[^a-z0-9]", "", "".join(ch for ch in value if not unicodedata.combining(ch)).lower())


def _name(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return f"{fake.first_name()} {fake.last_name()}", "PERSON_NAME"


def _last(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return fake.last_name(), "PERSON_NAME"


def _email(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    user = f"{_ascii(fake.first_name())}{rng.choice(['.', '_', ''])}{_ascii(fake.last_name())}"
    if rng.random() < 0.3:
        user += str(rng.randint(1, 99))
    return f"{user}@{fake.free_email_domain()}", "EMAIL"


def _role_email(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    box = rng.choice(["support", "info", "contact", "noreply", "service", "sales", "kontakt", "contacto"])
    return f"{box}@{fake.domain_name()}", None


def _phone(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return fake.phone_number(), "PHONE"


def _hotline(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(_HOTLINES[lang]), None


def _card(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    number = fake.credit_card_number(card_type=rng.choice(["visa16", "mastercard", "amex", "discover"]))
    if rng.random() < 0.5 and len(number) == 16:
        number = " ".join(number[i : i + 4] for i in range(0, 16, 4))
    return number, "CREDIT_CARD"


def _masked_card(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "•••• "]) + f"{rng.randint(0, 9999):04d}", None


def _iban(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    iban = fake.iban()
    if rng.random() < 0.5:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban, "IBAN"


def _ip(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return (fake.ipv4() if rng.random() < 0.8 else fake.ipv6()), "IP_ADDRESS"


def _version(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return ".".join(str(rng.randint(0, 20)) for _ in range(4)), None


def _date(fake: Faker, lang: str, rng: random.Random, *, birth: bool) -> tuple[str, str | None]:
    d = fake.date_of_birth(minimum_age=18, maximum_age=90) if birth else fake.date_between("-3y", "today")
    style = rng.randrange(3)
    months = _MONTHS[lang].split()
    if style == 0:
        text = d.isoformat()
    elif style == 1:
        sep = {"de": ".", "nl": "-"}.get(lang, "/")
        text = f"{d.month:02d}/{d.day:02d}/{d.year}" if lang == "en" else f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"
    elif lang == "en":
        text = f"{months[d.month - 1]} {d.day}, {d.year}"
    elif lang in ("es", "pt"):
        text = f"{d.day} de {months[d.month - 1]} de {d.year}"
    elif lang == "de":
        text = f"{d.day}. {months[d.month - 1]} {d.year}"
    else:
        text = f"{d.day} {months[d.month - 1]} {d.year}"
    return text, "DATE_OF_BIRTH" if birth else None


def _dob(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return _date(fake, lang, rng, birth=True)


def _other_date(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return _date(fake, lang, rng, birth=False)


def _address(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    while True:
        address = fake.address()
        if not re.match(r"(PSC|USNS|USNV|USS|USCGC|Unit) ", address):
            break
    lines = [line.strip() for line in address.split("\n") if line.strip()]
    return ", ".join(lines), "STREET_ADDRESS"


def _national_id(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    locale = str(fake.locales[0]) if hasattr(fake, "locales") else ""
    if locale == "pt_BR":
        return fake.cpf(), "NATIONAL_ID"
    if locale == "es_ES":
        return (fake.nif() if rng.random() < 0.5 else fake.nie()), "NATIONAL_ID"
    if locale in ("en_US", "fr_FR", "it_IT", "nl_NL"):
        return fake.ssn(), "NATIONAL_ID"
    return "", None


def _profile_url(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    user = fake.user_name()
    return rng.choice(
        [
            f"https://www.linkedin.com/in/{user}",
            f"https://twitter.com/{user}",
            f"https://github.com/{user}",
            f"https://www.instagram.com/{user}/",
            f"https://www.facebook.com/{user}",
        ]
    ), "URL"


def _company_url(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return fake.url(), None


def _company(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return fake.company(), None


def _title(fake: Faker, lang: str, rng: random.Random) -> tuple[str, str | None]:
    return rng.choice(_TITLES[lang]), None


SLOTS: dict[str, Slot] = {
    "NAME": _name,
    "LAST": _last,
    "TITLE": _title,
    "EMAIL": _email,
    "ROLE_EMAIL": _role_email,
    "PHONE": _phone,
    "HOTLINE": _hotline,
    "CARD": _card,
    "MASKED": _masked_card,
    "IBAN": _iban,
    "IP": _ip,
    "VERSION": _version,
    "DOB": _dob,
    "DATE": _other_date,
    "ADDRESS": _address,
    "ID": _national_id,
    "PROFILE": _profile_url,
    "COMPANY_URL": _company_url,
    "COMPANY": _company,
}

TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "Hi, my name is {NAME} and you can reach me at {EMAIL} or {PHONE}.",
        "Dear {TITLE} {LAST}, your card {CARD} was charged. Questions? Write to {ROLE_EMAIL}.",
        "Please ship the order to {NAME}, {ADDRESS}.",
        "Patient {NAME} (born {DOB}) was seen on {DATE}.",
        "Refund to IBAN {IBAN} requested by {NAME}; the login came from {IP}.",
        "Call our hotline {HOTLINE} or visit {COMPANY_URL}. {COMPANY} thanks you.",
        "My social security number is {ID} and my profile is {PROFILE}.",
        "The card ending {MASKED} was declined. App version {VERSION} crashed on {DATE}.",
        "Thanks for your help!\n\nBest regards,\n{NAME}",
        "{NAME}: I cannot log in since yesterday, my phone number is {PHONE}.",
    ),
    "de": (
        "Hallo, mein Name ist {NAME}, Sie erreichen mich unter {EMAIL} oder {PHONE}.",
        "Sehr geehrte(r) {TITLE} {LAST}, Ihre Karte {CARD} wurde belastet. Fragen an {ROLE_EMAIL}.",
        "Bitte liefern Sie die Bestellung an {NAME}, {ADDRESS}.",
        "Der Patient {NAME} (geboren am {DOB}) war am {DATE} in der Praxis.",
        "Erstattung auf die IBAN {IBAN}, beantragt von {NAME}; Anmeldung von {IP}.",
        "Rufen Sie unsere Hotline {HOTLINE} an oder besuchen Sie {COMPANY_URL}. Ihre {COMPANY}",
        "Die Karte mit Endung {MASKED} wurde abgelehnt. Version {VERSION} ist am {DATE} abgestürzt.",
        "Vielen Dank für Ihre Hilfe.\n\nMit freundlichen Grüßen\n{NAME}",
        "{NAME}: Ich kann mich seit gestern nicht anmelden, meine Telefonnummer ist {PHONE}.",
        "Mein Profil: {PROFILE}. Geburtsdatum: {DOB}.",
    ),
    "fr": (
        "Bonjour, je m'appelle {NAME}, vous pouvez me joindre à {EMAIL} ou au {PHONE}.",
        "Cher {TITLE} {LAST}, votre carte {CARD} a été débitée. Questions : {ROLE_EMAIL}.",
        "Merci de livrer la commande à {NAME}, {ADDRESS}.",
        "Le patient {NAME} (né le {DOB}) a été reçu le {DATE}.",
        "Remboursement sur l'IBAN {IBAN} demandé par {NAME} ; connexion depuis {IP}.",
        "Appelez notre service client au {HOTLINE} ou visitez {COMPANY_URL}. {COMPANY} vous remercie.",
        "Mon numéro de sécurité sociale est {ID} et mon profil est {PROFILE}.",
        "La carte se terminant par {MASKED} a été refusée. La version {VERSION} a planté le {DATE}.",
        "Merci pour votre aide.\n\nCordialement,\n{NAME}",
        "{NAME} : je ne peux plus me connecter, mon numéro est le {PHONE}.",
    ),
    "es": (
        "Hola, me llamo {NAME} y pueden contactarme en {EMAIL} o al {PHONE}.",
        "Estimado {TITLE} {LAST}, su tarjeta {CARD} ha sido cargada. Preguntas a {ROLE_EMAIL}.",
        "Por favor envíen el pedido a {NAME}, {ADDRESS}.",
        "El paciente {NAME} (nacido el {DOB}) fue atendido el {DATE}.",
        "Reembolso a la cuenta IBAN {IBAN} solicitado por {NAME}; acceso desde {IP}.",
        "Llame a nuestra línea de atención al cliente {HOTLINE} o visite {COMPANY_URL}. Gracias, {COMPANY}.",
        "Mi DNI es {ID} y mi perfil es {PROFILE}.",
        "La tarjeta terminada en {MASKED} fue rechazada. La versión {VERSION} falló el {DATE}.",
        "Gracias por su ayuda.\n\nSaludos,\n{NAME}",
        "{NAME}: no puedo iniciar sesión desde ayer, mi teléfono es {PHONE}.",
    ),
    "it": (
        "Buongiorno, mi chiamo {NAME}, potete contattarmi a {EMAIL} o al {PHONE}.",
        "Gentile {TITLE} {LAST}, la sua carta {CARD} è stata addebitata. Domande a {ROLE_EMAIL}.",
        "Si prega di spedire l'ordine a {NAME}, {ADDRESS}.",
        "Il paziente {NAME} (nato il {DOB}) è stato visitato il {DATE}.",
        "Rimborso sull'IBAN {IBAN} richiesto da {NAME}; accesso da {IP}.",
        "Chiami il nostro servizio clienti {HOTLINE} o visiti {COMPANY_URL}. Grazie da {COMPANY}.",
        "Il mio codice fiscale è {ID} e il mio profilo è {PROFILE}.",
        "La carta che termina con {MASKED} è stata rifiutata. La versione {VERSION} si è bloccata il {DATE}.",
        "Grazie per l'aiuto.\n\nCordiali saluti,\n{NAME}",
        "{NAME}: non riesco ad accedere da ieri, il mio telefono è {PHONE}.",
    ),
    "nl": (
        "Hallo, mijn naam is {NAME}, u kunt mij bereiken via {EMAIL} of {PHONE}.",
        "Geachte {TITLE} {LAST}, uw kaart {CARD} is belast. Vragen naar {ROLE_EMAIL}.",
        "Graag de bestelling leveren aan {NAME}, {ADDRESS}.",
        "De patiënt {NAME} (geboren op {DOB}) is op {DATE} gezien.",
        "Terugbetaling op IBAN {IBAN} aangevraagd door {NAME}; inlog vanaf {IP}.",
        "Bel onze klantenservice {HOTLINE} of bezoek {COMPANY_URL}. Groeten van {COMPANY}.",
        "Mijn BSN is {ID} en mijn profiel is {PROFILE}.",
        "De kaart eindigend op {MASKED} werd geweigerd. Versie {VERSION} crashte op {DATE}.",
        "Bedankt voor uw hulp.\n\nMet vriendelijke groet,\n{NAME}",
        "{NAME}: ik kan sinds gisteren niet inloggen, mijn telefoonnummer is {PHONE}.",
    ),
    "pt": (
        "Olá, o meu nome é {NAME} e podem contactar-me em {EMAIL} ou pelo {PHONE}.",
        "Prezado {TITLE} {LAST}, o seu cartão {CARD} foi debitado. Dúvidas para {ROLE_EMAIL}.",
        "Por favor enviem a encomenda para {NAME}, {ADDRESS}.",
        "O paciente {NAME} (nascido em {DOB}) foi atendido em {DATE}.",
        "Reembolso para o IBAN {IBAN} pedido por {NAME}; acesso a partir de {IP}.",
        "Ligue para a nossa linha de apoio ao cliente {HOTLINE} ou visite {COMPANY_URL}. Obrigado, {COMPANY}.",
        "O meu CPF é {ID} e o meu perfil é {PROFILE}.",
        "O cartão terminado em {MASKED} foi recusado. A versão {VERSION} falhou em {DATE}.",
        "Obrigado pela ajuda.\n\nCumprimentos,\n{NAME}",
        "{NAME}: não consigo entrar desde ontem, o meu telefone é {PHONE}.",
    ),
}

#: A second, differently worded set (few cue words, names mid-sentence, chat and form styles), kept
#: apart so that it checks how the finder generalizes beyond the phrasing of TEMPLATES.
HARD_TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        "I spoke with {NAME} yesterday and she said the parcel went to {ADDRESS}",
        "ticket #4411 - customer {NAME} ({EMAIL}) wants a refund, cb {PHONE}",
        "DOB {DOB}; pt seen {DATE}; referred by {TITLE} {LAST}",
        "forwarding to {NAME} who handles {COMPANY} accounts",
        "pls update the payout account to {IBAN} for {NAME}",
    ),
    "de": (
        "Gestern hat {NAME} angerufen, das Paket ging an {ADDRESS}",
        "Ticket 4411: Kundin {NAME} ({EMAIL}) möchte eine Erstattung, Rückruf unter {PHONE}",
        "Geb. {DOB}, Termin am {DATE}, überwiesen von {TITLE} {LAST}",
        "Weitergeleitet an {NAME}, zuständig für {COMPANY}",
        "Bitte das Auszahlungskonto auf {IBAN} ändern, Inhaber {NAME}",
    ),
    "fr": (
        "Hier {NAME} a appelé, le colis est parti au {ADDRESS}",
        "Ticket 4411 : la cliente {NAME} ({EMAIL}) veut un remboursement, rappeler au {PHONE}",
        "Né le {DOB}, rendez-vous le {DATE}, adressé par {TITLE} {LAST}",
        "Transmis à {NAME}, qui gère le compte {COMPANY}",
        "Merci de changer le compte de versement pour {IBAN}, titulaire {NAME}",
    ),
    "es": (
        "Ayer llamó {NAME}, el paquete fue a {ADDRESS}",
        "Ticket 4411: la clienta {NAME} ({EMAIL}) pide un reembolso, devolver llamada al {PHONE}",
        "Fecha de nacimiento {DOB}, cita el {DATE}, derivado por {TITLE} {LAST}",
        "Reenviado a {NAME}, responsable de {COMPANY}",
        "Cambien la cuenta de pago a {IBAN}, titular {NAME}",
    ),
    "it": (
        "Ieri ha chiamato {NAME}, il pacco è andato a {ADDRESS}",
        "Ticket 4411: la cliente {NAME} ({EMAIL}) chiede un rimborso, richiamare al {PHONE}",
        "Data di nascita {DOB}, visita il {DATE}, inviato da {TITLE} {LAST}",
        "Inoltrato a {NAME}, che segue {COMPANY}",
        "Aggiornare il conto di accredito a {IBAN}, intestatario {NAME}",
    ),
    "nl": (
        "Gisteren belde {NAME}, het pakket ging naar {ADDRESS}",
        "Ticket 4411: klant {NAME} ({EMAIL}) wil een terugbetaling, terugbellen op {PHONE}",
        "Geboortedatum {DOB}, afspraak op {DATE}, doorverwezen door {TITLE} {LAST}",
        "Doorgestuurd naar {NAME}, die {COMPANY} beheert",
        "Graag de uitbetaalrekening wijzigen naar {IBAN}, houder {NAME}",
    ),
    "pt": (
        "Ontem ligou {NAME}, a encomenda foi para {ADDRESS}",
        "Ticket 4411: a cliente {NAME} ({EMAIL}) quer um reembolso, ligar de volta para {PHONE}",
        "Data de nascimento {DOB}, consulta em {DATE}, encaminhado por {TITLE} {LAST}",
        "Encaminhado para {NAME}, responsável pela {COMPANY}",
        "Por favor alterem a conta de pagamento para {IBAN}, titular {NAME}",
    ),
}

_SLOT = re.compile(r"\{([A-Z_]+)\}")


def _fill(template: str, fake: Faker, lang: str, rng: random.Random) -> Sample:
    parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    cursor = 0
    for m in _SLOT.finditer(template):
        literal = template[cursor : m.start()]
        parts.append(literal)
        pos += len(literal)
        value, label = SLOTS[m.group(1)](fake, lang, rng)
        if not value:
            value, label = fake.company(), None
        parts.append(value)
        if label is not None:
            spans.append((pos, pos + len(value), label))
        pos += len(value)
        cursor = m.end()
    parts.append(template[cursor:])
    return Sample("".join(parts), spans, lang)


def generate(
    n_per_language: int = 60, *, seed: int = 0, languages: Iterable[str] = LOCALES, hard: bool = False
) -> list[Sample]:
    """``n_per_language`` labelled texts per language, cycling through the templates (``hard``: the
    differently worded HARD_TEMPLATES)."""
    samples = []
    for lang in languages:
        rng = random.Random(f"{seed}-{lang}")
        fakers = []
        for locale in LOCALES[lang]:
            fake = Faker(locale)
            fake.seed_instance(rng.randrange(2**32))
            fakers.append(fake)
        templates = (HARD_TEMPLATES if hard else TEMPLATES)[lang]
        for i in range(n_per_language):
            fake = fakers[i % len(fakers)]
            samples.append(_fill(templates[i % len(templates)], fake, lang, rng))
    return samples


@dataclass
class Scores:
    """Precision, recall and F1 per entity and overall, under exact or overlap matching."""

    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        for store, n in ((self.tp, tp), (self.fp, fp), (self.fn, fn)):
            store[key] = store.get(key, 0) + n

    def prf(self, key: str | None = None) -> tuple[float, float, float]:
        keys = [key] if key else sorted(set(self.tp) | set(self.fp) | set(self.fn))
        tp = sum(self.tp.get(k, 0) for k in keys)
        fp = sum(self.fp.get(k, 0) for k in keys)
        fn = sum(self.fn.get(k, 0) for k in keys)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def entities(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def table(self) -> str:
        lines = [f"{'entity':<16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
        for key in [*self.entities(), None]:
            p, r, f = self.prf(key)
            name = key or "ALL"
            k = [key] if key else self.entities()
            tp, fp, fn = (sum(s.get(x, 0) for x in k) for s in (self.tp, self.fp, self.fn))
            lines.append(f"{name:<16} {p:6.3f} {r:6.3f} {f:6.3f} {tp:5d} {fp:5d} {fn:5d}")
        return "\n".join(lines)


def evaluate(
    gold: Sequence[Sequence[tuple[int, int, str]]], predicted: Sequence[Sequence[tuple[int, int, str]]]
) -> tuple[Scores, Scores]:
    """(exact, overlap) scores. Exact: same start, end and entity. Overlap: same entity and any overlap."""
    exact, overlap = Scores(), Scores()
    for g_spans, p_spans in zip(gold, predicted, strict=True):
        g_set = set(g_spans)
        for span in p_spans:
            exact.add(span[2], tp=1) if span in g_set else exact.add(span[2], fp=1)
        for span in g_spans:
            if span not in set(p_spans):
                exact.add(span[2], fn=1)
        matched_pred: set[int] = set()
        for g in g_spans:
            hit = next(
                (
                    i
                    for i, p in enumerate(p_spans)
                    if i not in matched_pred and p[2] == g[2] and p[0] < g[1] and g[0] < p[1]
                ),
                None,
            )
            if hit is None:
                overlap.add(g[2], fn=1)
            else:
                matched_pred.add(hit)
                overlap.add(g[2], tp=1)
        for i, p in enumerate(p_spans):
            if i not in matched_pred:
                overlap.add(p[2], fp=1)
    return exact, overlap
