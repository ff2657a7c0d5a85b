"""Deterministic free-text snippets with gold character spans, built by construction.

Templates hold slots; PII slots are recorded as spans while the text is assembled, non-PII slots (company
names, order numbers, masked cards, hotlines, support mailboxes, non-birth dates, versions) are hard
negatives and carry no span.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from .common import (
    LANGS,
    SEED,
    any_date,
    birth_date,
    br_cpf_,
    card_,
    city_,
    de_steuer_id,
    es_dni_,
    es_nie_,
    faker,
    fmt_date,
    fr_nir_,
    full_address,
    iban_,
    ipv4_,
    ipv6_,
    it_codice_fiscale,
    nl_bsn_,
    phone,
    pl_pesel_,
    pt_nif_,
    uk_nhs,
    uk_nino,
    us_ssn_,
    version_ipshape,
)
from .tables import ascii_, email_for
from .text_templates import NO_PII, TEMPLATES

PER_LANG = 150


@dataclass
class Snippet:
    id: str
    lang: str
    kind: str
    text: str
    spans: list[dict] = field(default_factory=list)  # {"entity", "start", "end"}


SLOT = re.compile(r"\{([A-Z]+[0-9]?[A-Z]?)\}")
PII_SLOTS = {
    "P": "PERSON_NAME",
    "E": "EMAIL",
    "PH": "PHONE",
    "ADDR": "STREET_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "IBAN": "IBAN",
    "CARD": "CREDIT_CARD",
    "IP": "IP_ADDRESS",
    "NID": "NATIONAL_ID",
    "URL": "URL",
}

COMPANY_DOMAINS = {
    "en": ["brightcart.com", "northwind-energy.com", "acmebank.co.uk"],
    "de": ["stadtwerke-musterstadt.de", "versandhaus-nord.de", "hausrat24.de"],
    "fr": ["voyages-azur.fr", "banque-lumiere.fr", "maisondeco.fr"],
    "es": ["telefonia-sol.es", "muebles-ibericos.es", "segurosalba.es"],
    "it": ["assicurazioni-aurora.it", "modacasa.it", "energiaverde.it"],
    "nl": ["bol-winkel.nl", "energie-noord.nl", "fietsplaza.nl"],
    "pt": ["lojaonline.pt", "energia-atlantico.pt", "lojatech.com.br"],
    "pl": ["sklep-domowy.pl", "energa-plus.pl", "bank-polnocny.pl"],
}
HOTLINES = {
    "en": ["1-800-555-0199", "0800 028 0447", "+44 345 300 0000"],
    "de": ["0800 123 4567", "+49 800 330 1000", "01806 22 33 44"],
    "fr": ["09 69 39 99 99", "0 800 123 456", "+33 1 70 36 39 50"],
    "es": ["900 100 200", "+34 900 22 00 22", "902 123 456"],
    "it": ["800 123 456", "+39 02 3035 9000", "199 100 100"],
    "nl": ["0800-0221", "088 123 4567", "+31 88 464 6464"],
    "pt": ["808 200 300", "+351 707 500 500", "0800 727 0101"],
    "pl": ["801 300 800", "+48 22 566 88 88", "19 115"],
}
SUPPORT_LOCAL = [
    "support",
    "info",
    "service",
    "noreply",
    "kontakt",
    "help",
    "klantenservice",
    "atendimento",
    "assistenza",
    "biuro",
    "contact",
]


class Ctx:
    def __init__(self, lang: str, rng: random.Random, fakers: dict):
        self.lang, self.rng = lang, rng
        if lang == "en":
            self.country = rng.choice(["en", "en", "gb"])
        elif lang == "pt":
            self.country = rng.choice(["pt", "pt", "br"])
        else:
            self.country = lang
        self.f = fakers[self.country]
        self.people: dict[str, tuple[str, str]] = {}
        self.values: dict[str, str] = {}
        self.lower_names = rng.random() < 0.1
        self.gender: dict[str, str] = {}
        self._dob = None

    @property
    def dob(self):
        """One birth date per text, shared by the DOB slot and ids that encode it (NIR, PESEL)."""
        if self._dob is None:
            self._dob = birth_date(self.rng)
        return self._dob

    def female(self) -> bool:
        first = self.person("1")[0]
        return self.gender.get("1") == "F" or (self.gender.get("1") is None and first.lower().endswith("a"))

    def person(self, k: str) -> tuple[str, str]:
        if k not in self.people:
            female = self.gender.get(k, "F" if self.rng.random() < 0.5 else "M") == "F"
            first = self.f.first_name_female() if female else self.f.first_name_male()
            last = self.f.last_name()
            if self.country in ("es", "br", "pt") and self.rng.random() < 0.4:
                last = f"{last} {self.f.last_name()}"
            if self.lower_names:
                first, last = first.lower(), last.lower()
            self.people[k] = (first, last)
        return self.people[k]

    def natid(self) -> str:
        r, c = self.rng, self.country
        if c == "en":
            return us_ssn_(r, r.random() < 0.85)
        if c == "gb":
            return uk_nino(r, r.random() < 0.5) if r.random() < 0.6 else uk_nhs(r, r.random() < 0.7)
        if c == "de":
            return de_steuer_id(r, r.random() < 0.5)
        if c == "fr":
            return fr_nir_(r, self.dob, self.female(), r.random() < 0.6)
        if c == "es":
            return es_dni_(r, r.random() < 0.1) if r.random() < 0.75 else es_nie_(r)
        if c == "it":
            return it_codice_fiscale(self.f)
        if c == "nl":
            return nl_bsn_(r)
        if c == "pt":
            return pt_nif_(r)
        if c == "br":
            return br_cpf_(r, r.random() < 0.8)
        if c == "pl":
            return pl_pesel_(r, self.dob, self.female())
        raise ValueError(c)

    def fill(self, slot: str) -> tuple[str, str | None]:
        r, f, lang = self.rng, self.f, self.lang
        if slot in self.values:
            return self.values[slot], self._entity(slot)
        m = re.fullmatch(r"P(\d)([FLRC]?)", slot)
        if m:
            first, last = self.person(m.group(1))
            # R and C: surname first ("Rossi Mario", "Smith, John") -- one name, one span
            v = {"": f"{first} {last}", "F": first, "L": last, "R": f"{last} {first}", "C": f"{last}, {first}"}[
                m.group(2)
            ]
            return v, "PERSON_NAME"
        m = re.fullmatch(r"E(\d)", slot)
        if m:
            first, last = self.person(m.group(1))
            v = email_for(r, first, last, self.country)
        elif slot.startswith("PH"):
            v = phone(r, self.country)
        elif slot == "ADDR":
            v = full_address(f, self.country, r)[0]
        elif slot == "DOB":
            v = fmt_date(r, self.dob, lang)
        elif slot == "IBAN":
            v = iban_(f, r.random() < 0.6)
        elif slot == "CARD":
            v = card_(f, r, r.choice(["plain", "spaced", "spaced", "dashed"]))
        elif slot == "IP":
            v = ipv4_(r) if r.random() < 0.85 else ipv6_(r)
        elif slot == "NID":
            v = self.natid()
        elif re.fullmatch(r"URL\d?", slot):
            first, last = self.person(slot[3:] or "1")
            h = ascii_(f"{first}{last}").lower().replace(" ", "")
            v = r.choice(
                [
                    f"https://www.linkedin.com/in/{ascii_(first).lower().replace(' ', '-')}-{ascii_(last).lower().replace(' ', '-')}-{r.randint(10000, 99999)}",
                    f"https://www.facebook.com/{ascii_(first).lower().replace(' ', '')}.{ascii_(last).lower().replace(' ', '')}",
                    f"https://instagram.com/{h}_{r.randint(1, 99)}",
                    f"https://x.com/{h[:12]}",
                    f"https://github.com/{h[:10]}{r.randint(1, 9)}",
                ]
            )
        # ---------------- non-PII slots
        elif slot.startswith("CO"):
            v = f.company()
            if " " not in v:
                v = f"{v} {CO_SUFFIX[self.country]}"
        elif slot == "ORD":
            v = str(r.randint(100000000, 999999999))
        elif slot.startswith("DATE"):
            v = fmt_date(r, any_date(r, 2024), lang, r.choice([0, 1, 2]))
        elif slot == "MASK":
            d = r.randint(1000, 9999)
            v = r.choice([f"**** **** **** {d}", f"XXXX-XXXX-XXXX-{d}", f"****{d}", f"•••• {d}"])
        elif slot == "HOT":
            v = r.choice(HOTLINES[lang])
        elif slot == "SUP":
            v = f"{r.choice(SUPPORT_LOCAL)}@{r.choice(COMPANY_DOMAINS[lang])}"
        elif slot == "VER":
            v = version_ipshape(r)
        elif slot == "SKU":
            v = f"{r.choice(['SKU', 'ART', 'REF', 'PN'])}-{r.randint(10000, 99999)}-{r.choice('ABCDXZ')}"
        elif slot == "AMT":
            v = (
                f"{r.randint(5, 900)},{r.randint(0, 99):02d}"
                if lang not in ("en",)
                else f"{r.randint(5, 900)}.{r.randint(0, 99):02d}"
            )
        elif slot == "TIME":
            v = f"{r.randint(7, 20):02d}:{r.randint(0, 59):02d}"
        elif slot == "CITY":
            v = city_(f)
        elif slot == "SITE":
            v = f"https://www.{r.choice(COMPANY_DOMAINS[lang])}/{r.choice(['help', 'faq', 'returns', 'account/settings', 'status'])}"
        elif slot == "TKT":
            v = f"{r.choice(['TCK', 'INC', 'SR', 'CASE'])}-{r.randint(10000, 999999)}"
        elif slot == "N":
            v = str(r.randint(2, 30))
        else:
            raise KeyError(slot)
        if slot != "TIME":
            self.values[slot] = v
        return v, self._entity(slot)

    @staticmethod
    def _entity(slot: str) -> str | None:
        if re.fullmatch(r"P\d[FLRC]?", slot):
            return "PERSON_NAME"
        if re.fullmatch(r"E\d", slot):
            return "EMAIL"
        if slot.startswith("PH"):
            return "PHONE"
        if re.fullmatch(r"URL\d?", slot):
            return "URL"
        return PII_SLOTS.get(slot) if slot in ("ADDR", "DOB", "IBAN", "CARD", "IP", "NID") else None


CO_SUFFIX = {
    "en": "Inc.",
    "gb": "Ltd",
    "de": "GmbH",
    "fr": "SARL",
    "es": "S.L.",
    "it": "S.r.l.",
    "nl": "B.V.",
    "pt": "Lda.",
    "br": "Ltda.",
    "pl": "Sp. z o.o.",
}
MARKERS = re.compile(r"^((?:<[FM]\d>)*)")


def render(template: str, ctx: Ctx) -> tuple[str, list[dict]]:
    m = MARKERS.match(template)
    for g, k in re.findall(r"<([FM])(\d)>", m.group(1)):
        ctx.gender[k] = g
    template = template[m.end() :]
    out, spans, pos = [], [], 0
    last = 0
    for m in SLOT.finditer(template):
        lit = template[last : m.start()]
        out.append(lit)
        pos += len(lit)
        v, ent = ctx.fill(m.group(1))
        if ent is not None:
            spans.append({"entity": ent, "start": pos, "end": pos + len(v)})
        out.append(v)
        pos += len(v)
        last = m.end()
    out.append(template[last:])
    text = "".join(out)
    for s in spans:
        piece = text[s["start"] : s["end"]]
        assert piece and piece == piece.strip(), (template, piece)
    return text, spans


def build_texts(per_lang: int = PER_LANG, seed: int = SEED) -> list[Snippet]:
    snippets: list[Snippet] = []
    for li, lang in enumerate(LANGS):
        rng = random.Random(seed * 31 + li)
        countries = {"en": ["en", "gb"], "pt": ["pt", "br"]}.get(lang, [lang])
        fakers = {c: faker(c, seed + 100 + i + 10 * li) for i, c in enumerate(countries)}
        pii, clean = TEMPLATES[lang], NO_PII[lang]
        n_clean = round(per_lang * 0.15)
        plan = [("pii", pii[i % len(pii)]) for i in range(per_lang - n_clean)]
        plan += [("clean", clean[i % len(clean)]) for i in range(n_clean)]
        rng.shuffle(plan)
        for i, (_, (kind, tpl)) in enumerate(plan):
            ctx = Ctx(lang, rng, fakers)
            text, spans = render(tpl, ctx)
            snippets.append(Snippet(f"{lang}-{i:03d}", lang, kind, text, spans))
    for s in snippets:
        for sp in s.spans:
            v = s.text[sp["start"] : sp["end"]]
            assert v == v.strip() and v, (s.id, v)
    return snippets
