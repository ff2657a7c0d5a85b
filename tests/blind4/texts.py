"""Deterministic generator of the blind4 free-text snippets with gold spans.

Templates use placeholders.  Entity placeholders produce a gold span; the others produce text only:
  {NAME} full name, {name} lower-case full name, {FIRST} first name, {LAST} last name, {NAME2} a second person,
  {EMAIL}, {PHONE}, {ADDR} whole address, {DOB} birth date, {IBAN}, {CARD}, {NID} national id, {IP}, {URL}
  (profile page); non-entities: {COEMAIL} company mailbox, {HOTLINE}, {MASKED} masked card, {DATE} other
  date, {REF} booking/case/order number, {PRICE}, {CITY}, {COURL} company web site, {TIME}.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import common as c

ENT = {
    "NAME": "PERSON_NAME",
    "name": "PERSON_NAME",
    "FIRST": "PERSON_NAME",
    "LAST": "PERSON_NAME",
    "NAME2": "PERSON_NAME",
    "EMAIL": "EMAIL",
    "PHONE": "PHONE",
    "ADDR": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "IBAN": "IBAN",
    "CARD": "CREDIT_CARD",
    "NID": "NATIONAL_ID",
    "IP": "IP_ADDRESS",
    "URL": "URL",
}

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
}
LOCALES = {
    "en": ["en_GB", "en_US"],
    "de": ["de_DE"],
    "fr": ["fr_FR"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL"],
    "pt": ["pt_PT", "pt_PT", "pt_BR"],
    "pl": ["pl_PL"],
}
COMPANY_DOMAIN = {
    "en": ["brightbank.co.uk", "petcare-vets.com", "sunnytravel.com"],
    "de": ["sparkasse-musterstadt.de", "tierarztpraxis-am-park.de", "reisewelt.de"],
    "fr": ["banque-horizon.fr", "clinique-veto-lyon.fr", "voyages-soleil.fr"],
    "es": ["bancoiberia.es", "clinicaveterinaria.es", "viajessol.es"],
    "it": ["bancaitalia-online.it", "ambulatorioveterinario.it", "viaggiamo.it"],
    "nl": ["bank-oranje.nl", "dierenkliniek-utrecht.nl", "reisbureauzon.nl"],
    "pt": ["banco-atlantico.pt", "clinicaveterinaria.pt", "viagenssol.pt"],
    "pl": ["bank-wisla.pl", "weterynarz-krakow.pl", "biuropodrozy.pl"],
}
BOX = {
    "en": ["support", "info", "bookings", "help"],
    "de": ["service", "info", "kontakt", "buchung"],
    "fr": ["contact", "service.client", "info", "reservations"],
    "es": ["atencion.cliente", "info", "reservas"],
    "it": ["assistenza", "info", "prenotazioni"],
    "nl": ["klantenservice", "info", "boekingen"],
    "pt": ["apoio", "geral", "reservas"],
    "pl": ["obsluga", "biuro", "kontakt"],
}
HOTLINE = {
    "en": ["0800 028 0214", "0345 600 1234", "1-800-432-1000"],
    "de": ["0800 123 4560", "01806 99 77 55"],
    "fr": ["0 800 40 40 40", "3639"],
    "es": ["900 100 200", "901 20 20 20"],
    "it": ["800 900 123", "199 100 200"],
    "nl": ["0800-0224", "0900-1234"],
    "pt": ["800 200 300", "707 50 50 50"],
    "pl": ["801 300 800", "22 5 900 900"],
}


@dataclass
class Snippet:
    lang: str
    template: int
    text: str
    spans: list[tuple[str, int, int]]


def _dob(rng: random.Random, d: date, lang: str) -> str:
    k = rng.randrange(5)
    m = MONTHS[lang][d.month - 1]
    if k == 0:
        return {
            "en": d.strftime("%d/%m/%Y"),
            "de": d.strftime("%d.%m.%Y"),
            "pl": d.strftime("%d.%m.%Y"),
            "nl": d.strftime("%d-%m-%Y"),
        }.get(lang, d.strftime("%d/%m/%Y"))
    if k == 1:
        return d.strftime("%Y-%m-%d")
    if k == 2:
        if lang == "en":
            return f"{m} {d.day}, {d.year}" if rng.random() < 0.5 else f"{d.day} {m} {d.year}"
        if lang == "de":
            return f"{d.day}. {m} {d.year}"
        if lang in ("es", "pt"):
            return f"{d.day} de {m} de {d.year}"
        return f"{d.day} {m} {d.year}"
    if k == 3:
        return {
            "de": f"{d.day}.{d.month}.{d.year % 100:02d}",
            "pl": f"{d.day}.{d.month:02d}.{d.year}",
            "en": d.strftime("%m/%d/%Y"),
        }.get(lang, f"{d.day}/{d.month}/{d.year}")
    return {
        "de": d.strftime("%d.%m.%Y"),
        "pl": d.strftime("%d.%m.%Y"),
        "nl": d.strftime("%d-%m-%Y"),
        "en": d.strftime("%d %b %Y"),
    }.get(lang, d.strftime("%d-%m-%Y"))


def _url(rng: random.Random, p: c.Person) -> str:
    f, la = c.ascii_fold(p.first).lower().replace(" ", ""), c.ascii_fold(p.last).lower().replace(" ", "-")
    return rng.choice(
        [
            f"https://www.linkedin.com/in/{f}-{la}-{rng.randint(10, 99)}a{rng.randint(100, 999)}",
            f"https://www.facebook.com/{f}.{la}",
            f"github.com/{f[0]}{la.replace('-', '')}",
            f"https://www.instagram.com/{f}_{la.replace('-', '')}/",
        ]
    )


def fill(rng: random.Random, lang: str, tpl: str, ti: int) -> Snippet:
    p = c.Person(rng, rng.choice(LOCALES[lang]))
    p2 = c.Person(rng, p.locale)
    vals = {
        "NAME": p.full,
        "name": p.full.lower(),
        "FIRST": p.first,
        "LAST": p.last,
        "NAME2": p2.full,
        "EMAIL": p.email(),
        "PHONE": c.phone(rng, lang, p.locale),
        "ADDR": p.address(True),
        "DOB": _dob(rng, p.dob, lang),
        "IBAN": c.iban(rng, c.IBAN_COUNTRY[p.locale]),
        "CARD": c.card(rng),
        "NID": c.national_id(rng, p),
        "IP": c.ipv4(rng),
        "URL": _url(rng, p),
        "COEMAIL": f"{rng.choice(BOX[lang])}@{rng.choice(COMPANY_DOMAIN[lang])}",
        "HOTLINE": rng.choice(HOTLINE[lang]),
        "MASKED": c.masked_card(rng),
        "REF": rng.choice(
            [
                f"#{rng.randint(100000, 999999)}",
                f"{rng.choice('ABKRX')}{rng.randint(10000000, 99999999)}",
                f"BK-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFG')}",
            ]
        ),
        "DATE": (date(2025, 1, 1) + timedelta(days=rng.randrange(500))).strftime(
            {"en": "%d/%m/%Y", "de": "%d.%m.%Y", "pl": "%d.%m.%Y", "nl": "%d-%m-%Y"}.get(lang, "%d/%m/%Y")
        ),
        "PRICE": f"{rng.randint(12, 2400)},{rng.randint(0, 99):02d}"
        if lang != "en"
        else f"{rng.randint(12, 2400)}.{rng.randint(0, 99):02d}",
        "CITY": rng.choice(c.CITIES[p.locale]),
        "COURL": f"www.{rng.choice(COMPANY_DOMAIN[lang])}",
        "TIME": f"{rng.randint(8, 18)}:{rng.choice(['00', '15', '30', '45'])}",
    }
    out, spans, pos = [], [], 0
    for part in re.split(r"(\{[A-Za-z0-9]+\})", tpl):
        if part.startswith("{") and part.endswith("}") and part[1:-1] in vals:
            key = part[1:-1]
            val = vals[key]
            if key in ENT:
                spans.append((ENT[key], pos, pos + len(val)))
            out.append(val)
            pos += len(val)
        else:
            out.append(part)
            pos += len(part)
    text = "".join(out)
    for _e, s, t in spans:
        assert text[s:t] == text[s:t].strip() and text[s:t], (tpl, text[s:t])
    return Snippet(lang, ti, text, spans)


from .text_templates import TEMPLATES  # noqa: E402


def all_texts(per_lang: int = 128) -> list[Snippet]:
    out: list[Snippet] = []
    for lang in c.LANGS:
        rng = random.Random(c.stable_seed("texts", lang))
        tpls = TEMPLATES[lang]
        order = list(range(len(tpls)))
        for k in range(per_lang):
            if k % len(tpls) == 0:
                rng.shuffle(order)
            ti = order[k % len(tpls)]
            out.append(fill(rng, lang, tpls[ti], ti))
    return out
