"""Blind3 tables: 26 synthetic exports (1,000 rows each) of systems in eight languages, with gold labels.

Columns left out on purpose because their gold label is genuinely ambiguous under spec/entities.md:
- IMSI and ICCID (SIM ids) in telecom exports: subscription ids, neither IMEI nor a device UUID.
- utility meter-point ids (MPAN/EAN/CUPS/POD): identify a household supply point; surrogate key or device?
- rental-fleet licence plates (company cars, but linked to the renter for the rental period).
- lab numeric result values, exam grades, offence types in court files (personal, but no spec entity).
- loan amount, property value, rent, rent arrears, number of dependants, fines owed.
- airline meal codes (KSML/MOML may reveal religion) and frequent-flyer numbers; marketplace shop URLs.
- salutation columns that mix Mr/Mrs with Dr/Mx (en utility export): gender or not?
- veteran status (ATS), co-payment exemption and health-insurer name (pharmacy: reveal income or chronic illness),
  ordered lab test names (reveal the condition monitored), court case subject matter, GeoIP city of a client,
  Brazilian PIX keys (random UUIDs that map to a person's bank account), doctors' LANR numbers, utility account
  balances (debt), sums insured, tenants' flat numbers (part of the home address).
- user-agent strings in access logs; health-insurance numbers (KVNR) in pharmacy data.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import common as C
from .vocab import ICD10, VOC

N_ROWS = 1000


@dataclass
class Col:
    header: str
    entity: str
    gen: Callable[[random.Random, Row, Ctx], Any]
    null: float = 0.0
    subtype: str | None = None

    @property
    def category(self) -> str:
        return C.CATEGORY_OF[self.entity]


@dataclass
class Table:
    name: str
    lang: str
    locale: str
    domain: str
    delimiter: str
    null_token: str
    columns: list[dict]
    rows: list[list[str | None]] = field(repr=False)


class Ctx:
    def __init__(self, locale: str, lang: str, r: random.Random):
        self.locale = locale
        self.lang = lang
        self.p = C.pools(locale)
        self.v = VOC[lang]
        self.r = r
        self.branch_cities = r.sample(self.p.city, 4)
        self.sites = [(round(r.uniform(36, 58), 6), round(r.uniform(-8, 24), 6)) for _ in range(3)]
        suffix = {
            "en": "Ltd",
            "de": "GmbH",
            "fr": "SARL",
            "es": "S.L.",
            "it": "S.r.l.",
            "nl": "B.V.",
            "pt": "Ltda.",
            "pl": "sp. z o.o.",
        }[lang]
        self.companies = [c if " " in c else f"{c} {suffix}" for c in r.sample(self.p.company, 40)]
        occ = self.v["occupation"]
        if occ is None:
            f = self.p.faker
            occ = sorted({f.job() for _ in range(120)})
        self.occupations = occ
        self.home = (r.uniform(37, 54), r.uniform(-5, 23))


class Row:
    def __init__(self, r: random.Random, ctx: Ctx):
        p = ctx.p
        self.female = r.random() < 0.5
        self.first = r.choice(p.first_f if self.female else p.first_m)
        self.last = r.choice(p.last)
        if ctx.lang in ("es", "pt") and r.random() < 0.6:
            self.last = f"{self.last} {r.choice(p.last)}"
        self.dob = C.birth_date(r)
        self.idx = 0

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def email_of(r: random.Random, row: Row, ctx: Ctx) -> str:
    dom = {
        "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com"],
        "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
        "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
        "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
        "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
        "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "planet.nl"],
        "pt": ["sapo.pt", "gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
        "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"],
    }[ctx.lang]
    f = C.strip_accents_lower(row.first).replace(" ", "")
    lname = C.strip_accents_lower(row.last).replace(" ", "").replace("'", "")
    local = r.choice(
        [
            f"{f}.{lname}",
            f"{f[0]}{lname}",
            f"{f}{r.randint(1, 99)}",
            f"{lname}.{f}{r.randint(60, 99)}",
            f"{f}_{lname[:4]}",
        ]
    )
    e = f"{local}@{r.choice(dom)}"
    return e.upper() if r.random() < 0.03 else e


def phone_of(r: random.Random, row: Row, ctx: Ctx) -> str:
    return r.choice(ctx.p.phone)


def pick(values):
    return lambda r, row, ctx: r.choice(values)


def vpick(key, sub=None):
    def g(r, row, ctx):
        vals = ctx.v[key] if sub is None else ctx.v[key][sub]
        return r.choice(vals)

    return g


def gender_col(sub: int):
    def g(r, row, ctx):
        vals = ctx.v["gender"][sub]
        if len(vals) == 3 and r.random() < 0.03:
            return vals[2]
        return vals[1] if row.female else vals[0]

    return g


def dob_col(fmt: int | str = 0, mixed: bool = False, key: str | None = None):
    def g(r, row, ctx):
        k = key or ctx.lang
        if mixed:
            return C.fmt_date_numeric(row.dob, k, r.randint(0, 2))
        if fmt == "year":
            return str(row.dob.year)
        return C.fmt_date_numeric(row.dob, k, int(fmt))

    return g


def age_col(r, row, ctx):
    return str(2026 - row.dob.year - (1 if r.random() < 0.5 else 0))


def ws(g, p=0.03):
    def w(r, row, ctx):
        v = g(r, row, ctx)
        if isinstance(v, str) and r.random() < p:
            return r.choice([" " + v, v + " ", v + "  "])
        return v

    return w


def name_first(r, row, ctx):
    return row.first


def name_last(r, row, ctx):
    return row.last


def name_full(r, row, ctx):
    return row.full


def name_upper_last_first(r, row, ctx):
    return r.choice([f"{row.last.upper()}, {row.first}", f"{row.last.upper()} {row.first}"])


def name_last_first(r, row, ctx):
    return f"{row.last}, {row.first}"


def other_person(r, row, ctx):
    return f"{r.choice(ctx.p.first)} {r.choice(ctx.p.last)}"


def street(r, row, ctx):
    return r.choice(ctx.p.street)


def full_address(r, row, ctx):
    return r.choice(ctx.p.address)


def postcode(r, row, ctx):
    return r.choice(ctx.p.postcode)


def city(r, row, ctx):
    return r.choice(ctx.p.city)


def branch_city(r, row, ctx):
    return r.choice(ctx.branch_cities)


def company(r, row, ctx):
    return r.choice(ctx.companies)


def occupation(r, row, ctx):
    return r.choice(ctx.occupations)


def iban(r, row, ctx):
    return C.iban_fmt(r, ctx.p)


def plate(r, row, ctx):
    return r.choice(ctx.p.plate)


def seq_id(prefix: str = "", start: int = 100000, width: int = 0):
    def g(r, row, ctx):
        n = start + row.idx
        return f"{prefix}{n:0{width}d}" if width else f"{prefix}{n}"

    return g


def digits(n: int, prefix: str = ""):
    return lambda r, row, ctx: prefix + "".join(r.choice(string.digits) for _ in range(n))


def alnum(n: int, prefix: str = "", chars: str = string.ascii_uppercase + string.digits):
    return lambda r, row, ctx: prefix + "".join(r.choice(chars) for _ in range(n))


def uuid_col(r, row, ctx):
    return C.uuid4(r)


def ts_col(fmt: str = "%Y-%m-%d %H:%M:%S"):
    return lambda r, row, ctx: C.some_ts(r).strftime(fmt)


def date_col(fmt: str = "%Y-%m-%d", lo: int = 2019):
    return lambda r, row, ctx: C.some_date(r, lo).strftime(fmt)


def money(lo: float, hi: float, comma: bool = False, cur: str = ""):
    def g(r, row, ctx):
        s = f"{r.uniform(lo, hi):.2f}"
        if comma:
            s = s.replace(".", ",")
        return s + cur

    return g


def integer(lo: int, hi: int):
    return lambda r, row, ctx: str(r.randint(lo, hi))


def version_ip(r, row, ctx):
    return f"{r.choice([1, 2, 3, 4, 10])}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(0, 300)}"


def home_lat(r, row, ctx):
    return f"{ctx.home[0] + r.uniform(-1.5, 1.5):.6f}"


def home_lon(r, row, ctx):
    return f"{ctx.home[1] + r.uniform(-1.5, 1.5):.6f}"


def home_latlon(r, row, ctx):
    return f"{ctx.home[0] + r.uniform(-1.5, 1.5):.5f},{ctx.home[1] + r.uniform(-1.5, 1.5):.5f}"


def site_lat(r, row, ctx):
    return f"{r.choice(ctx.sites)[0]:.6f}"


def site_lon(r, row, ctx):
    return f"{r.choice(ctx.sites)[1]:.6f}"


def yes_no(r, row, ctx, p=0.3):
    y, n = ctx.v["yes"]
    return y if r.random() < p else n


def binary(p=0.3):
    return lambda r, row, ctx: "1" if r.random() < p else "0"


def passport(r, row, ctx):
    lang = ctx.lang
    if lang == "de":
        return r.choice("CFGHJK") + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if lang == "fr":
        return f"{r.randint(10, 99)}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{r.randint(10000, 99999)}"
    if lang == "es":
        return "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + f"{r.randint(100000, 999999)}"
    if lang == "it":
        return "Y" + r.choice("ABC") + f"{r.randint(1000000, 9999999)}"
    if lang == "nl":
        return (
            "".join(r.choice("ABCDEFGHJKLNPRSTUVWXYZ") for _ in range(2))
            + "".join(r.choice("ABCDEFGHJKLNPRSTUVWXYZ0123456789") for _ in range(6))
            + str(r.randint(0, 9))
        )
    if lang == "pl":
        return "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + f"{r.randint(1000000, 9999999)}"
    if lang == "pt":
        return r.choice(["C", "P", "FZ"]) + f"{r.randint(100000, 999999)}"
    return (
        f"{r.randint(100000000, 999999999)}"
        if r.random() < 0.7
        else r.choice("AEGHX") + f"{r.randint(10000000, 99999999)}"
    )


def driver_license(r, row, ctx):
    lang = ctx.lang
    if lang == "de":
        return (
            r.choice("BFJKN")
            + f"{r.randint(0, 999):03d}"
            + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(6))
            + str(r.randint(0, 9))
            + r.choice(string.ascii_uppercase + string.digits)
        )
    if lang == "en":
        s = C.strip_accents_lower(row.last).upper().replace(" ", "").replace("'", "")[:5].ljust(5, "9")
        d = row.dob
        m = d.month + (50 if row.female else 0)
        return f"{s}{str(d.year)[2]}{m:02d}{d.day:02d}{str(d.year)[3]}{row.first[0].upper()}9{r.choice(string.digits)}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}"
    if lang == "it":
        return (
            r.choice(["U1", "MI", "RM", "TO", "NA"])
            + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(7))
            + r.choice(string.ascii_uppercase)
        )
    if lang == "fr":
        return (
            f"{r.randint(10, 99)}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{r.randint(10000, 99999)}{r.randint(10, 99)}"
            if r.random() < 0.5
            else f"{r.randint(100000000000, 999999999999)}"
        )
    if lang == "nl":
        return f"{r.randint(4000000000, 5999999999)}"
    if lang == "pl":
        return f"{r.randint(10000, 99999):05d}/{r.randint(10, 24)}/{r.randint(1000, 9999)}"
    if lang == "es":
        return C.dni(r)
    return f"{r.choice(['L', 'P', 'AV'])}-{r.randint(1000000, 9999999)} {r.randint(0, 9)}"


def national_id_gen(kind: str):
    def g(r, row, ctx):
        if kind == "US_SSN":
            return C.ssn(r, dashes=r.random() < 0.8)
        if kind == "UK_NINO":
            return C.nino(r, spaced=r.random() < 0.3)
        if kind == "UK_NHS_NUMBER":
            return C.nhs(r)
        if kind == "DE_STEUER_ID":
            return C.steuer_id(r, spaced=r.random() < 0.2)
        if kind == "FR_NIR":
            return C.nir(r, row.dob, spaced=r.random() < 0.3)
        if kind == "ES_DNI":
            return C.dni(r) if r.random() < 0.85 else C.nie(r)
        if kind == "IT_CODICE_FISCALE":
            return C.codice_fiscale(r, row.dob, row.female)
        if kind == "NL_BSN":
            return C.bsn(r)
        if kind == "PT_NIF":
            return C.nif_pt(r)
        if kind == "BR_CPF":
            return C.cpf(r, formatted=r.random() < 0.8)
        if kind == "PL_PESEL":
            return C.pesel(r, row.dob, row.female)
        raise ValueError(kind)

    return g


FREE_PII = {
    "en": [
        "Guest {n} asked for a cot, call back on {ph}",
        "Spoke to {n} re. late payment",
        "Emergency contact: {n} ({ph})",
        "{n} prefers email: {em}",
        "Please contact {f} on {ph} after 6pm",
    ],
    "de": [
        "Rückruf bei {n} unter {ph}",
        "Herr/Frau {l} wünscht Rechnung an {em}",
        "Notfallkontakt: {n}, Tel. {ph}",
        "{f} {l} hat telefonisch storniert",
        "Bitte {n} informieren: {ph}",
    ],
    "fr": [
        "Rappeler {n} au {ph}",
        "Mme {l} souhaite la facture à {em}",
        "Contact en cas d'urgence : {n} {ph}",
        "{n} a appelé pour annuler",
        "Envoyer le devis à {em}",
    ],
    "es": [
        "Llamar a {n} al {ph}",
        "{n} pide factura a {em}",
        "Contacto de emergencia: {n} ({ph})",
        "El Sr. {l} llamó para cancelar",
        "Avisar a {f} en el {ph}",
    ],
    "it": [
        "Richiamare {n} al {ph}",
        "La sig.ra {l} chiede fattura a {em}",
        "Contatto di emergenza: {n} {ph}",
        "{n} ha disdetto per telefono",
        "Avvisare {f} al numero {ph}",
    ],
    "nl": [
        "Terugbellen naar {n} op {ph}",
        "Mevr. {l} wil factuur via {em}",
        "Noodcontact: {n}, tel {ph}",
        "{n} heeft telefonisch opgezegd",
        "Graag {f} bellen: {ph}",
    ],
    "pt": [
        "Ligar a {n} para o {ph}",
        "{n} pede fatura para {em}",
        "Contacto de emergência: {n} ({ph})",
        "O Sr. {l} ligou a cancelar",
        "Avisar {f} pelo {ph}",
    ],
    "pl": [
        "Oddzwonić do {n} pod {ph}",
        "Pani {l} prosi o fakturę na {em}",
        "Kontakt awaryjny: {n}, tel. {ph}",
        "{n} zrezygnował telefonicznie",
        "Proszę poinformować {f}: {ph}",
    ],
}
FREE_NONE = {
    "en": [
        "Room was clean and quiet.",
        "Breakfast could be better.",
        "Great value, would come back.",
        "Check-in took too long.",
        "Staff very friendly, parking tight.",
        "Wifi slow in the evening.",
        "Lovely view from the balcony.",
    ],
    "de": [
        "Zimmer sauber und ruhig.",
        "Frühstück war okay.",
        "Sehr gutes Preis-Leistungs-Verhältnis.",
        "Check-in dauerte zu lange.",
        "Personal freundlich, Parken schwierig.",
        "WLAN abends langsam.",
        "Tolle Aussicht vom Balkon.",
    ],
    "fr": [
        "Chambre propre et calme.",
        "Petit-déjeuner moyen.",
        "Très bon rapport qualité-prix.",
        "Attente trop longue à l'accueil.",
        "Personnel sympathique.",
        "Wifi lent le soir.",
        "Belle vue depuis le balcon.",
    ],
    "es": [
        "Habitación limpia y tranquila.",
        "El desayuno podría mejorar.",
        "Muy buena relación calidad-precio.",
        "El check-in tardó mucho.",
        "Personal muy amable.",
        "Wifi lento por la noche.",
        "Vistas preciosas.",
    ],
    "it": [
        "Camera pulita e silenziosa.",
        "Colazione nella media.",
        "Ottimo rapporto qualità-prezzo.",
        "Check-in troppo lento.",
        "Personale gentile.",
        "Wifi lento la sera.",
        "Bella vista dal balcone.",
    ],
    "nl": [
        "Kamer schoon en rustig.",
        "Ontbijt kon beter.",
        "Prima prijs-kwaliteitverhouding.",
        "Inchecken duurde lang.",
        "Vriendelijk personeel.",
        "Wifi traag in de avond.",
        "Mooi uitzicht.",
    ],
    "pt": [
        "Quarto limpo e sossegado.",
        "Pequeno-almoço razoável.",
        "Ótima relação qualidade-preço.",
        "Check-in demorado.",
        "Funcionários simpáticos.",
        "Wifi lento à noite.",
        "Vista linda da varanda.",
    ],
    "pl": [
        "Pokój czysty i cichy.",
        "Śniadanie mogłoby być lepsze.",
        "Dobry stosunek jakości do ceny.",
        "Zameldowanie trwało długo.",
        "Miła obsługa.",
        "Wolne wifi wieczorem.",
        "Piękny widok z balkonu.",
    ],
}


FREE_ADMIN = {
    "en": [
        "No further action.",
        "Documents complete.",
        "Follow up next week.",
        "Pending review.",
        "Duplicate record, merged.",
        "Awaiting callback.",
    ],
    "de": [
        "Keine weiteren Maßnahmen.",
        "Unterlagen vollständig.",
        "Wiedervorlage nächste Woche.",
        "In Prüfung.",
        "Dublette, zusammengeführt.",
        "Rückruf ausstehend.",
    ],
    "fr": [
        "Aucune action requise.",
        "Dossier complet.",
        "Relance la semaine prochaine.",
        "En cours d'examen.",
        "Doublon fusionné.",
        "En attente de rappel.",
    ],
    "es": [
        "Sin más acciones.",
        "Documentación completa.",
        "Seguimiento la semana que viene.",
        "Pendiente de revisión.",
        "Duplicado, fusionado.",
        "Pendiente de llamada.",
    ],
    "it": [
        "Nessuna azione necessaria.",
        "Documentazione completa.",
        "Ricontrollare la prossima settimana.",
        "In revisione.",
        "Duplicato, unito.",
        "In attesa di richiamata.",
    ],
    "nl": [
        "Geen verdere actie.",
        "Dossier compleet.",
        "Volgende week opvolgen.",
        "In behandeling.",
        "Dubbel record, samengevoegd.",
        "Wacht op terugbelverzoek.",
    ],
    "pt": [
        "Sem mais ações.",
        "Documentação completa.",
        "Acompanhar na próxima semana.",
        "Em análise.",
        "Registo duplicado, fundido.",
        "A aguardar contacto.",
    ],
    "pl": [
        "Brak dalszych działań.",
        "Dokumenty kompletne.",
        "Wrócić w przyszłym tygodniu.",
        "W trakcie weryfikacji.",
        "Duplikat, scalono.",
        "Czeka na oddzwonienie.",
    ],
}
BIO_PII = {
    "en": ["I'm {f}, insta @{h}", "text me {ph} :)", "{f} here, find me on IG @{h}", "snap: {h} | {f}, 29"],
    "de": ["Ich bin {f}, Insta: @{h}", "schreib mir: {ph}", "{f} hier, IG @{h}", "Snap: {h} – {f}"],
    "fr": ["Moi c'est {f}, insta @{h}", "écris-moi au {ph}", "{f}, 31 ans, IG @{h}", "snap : {h}"],
    "es": ["Soy {f}, insta @{h}", "escríbeme al {ph}", "{f} por aquí, IG @{h}", "snap: {h}"],
    "it": ["Sono {f}, insta @{h}", "scrivimi al {ph}", "{f}, IG @{h}", "snap: {h}"],
    "nl": ["Ik ben {f}, insta @{h}", "app me: {ph}", "{f} hier, IG @{h}", "snap: {h}"],
    "pt": ["Sou a {f}, insta @{h}", "manda mensagem para {ph}", "{f}, IG @{h}", "snap: {h}"],
    "pl": ["Jestem {f}, insta @{h}", "napisz: {ph}", "{f}, IG @{h}", "snap: {h}"],
}
BIO_NONE = {
    "en": ["coffee, hiking, dogs", "looking for something real", "gym rat, pizza lover", "travel > everything"],
    "de": ["Kaffee, Berge, Hunde", "suche etwas Ernstes", "Sport und Pizza", "Reisen ist alles"],
    "fr": ["café, rando, chiens", "je cherche du sérieux", "sport et pizza", "voyager avant tout"],
    "es": ["café, monte y perros", "busco algo serio", "gym y pizza", "viajar es lo mejor"],
    "it": ["caffè, montagna, cani", "cerco qualcosa di serio", "palestra e pizza", "viaggiare sempre"],
    "nl": ["koffie, wandelen, honden", "op zoek naar iets serieus", "sporten en pizza", "reizen boven alles"],
    "pt": ["café, trilhos, cães", "procuro algo sério", "ginásio e pizza", "viajar acima de tudo"],
    "pl": ["kawa, góry, psy", "szukam czegoś na serio", "siłownia i pizza", "podróże ponad wszystko"],
}


def free_pii(p_pii: float = 0.6, none_src: dict | None = None):
    def g(r, row, ctx):
        if r.random() < p_pii:
            t = r.choice(FREE_PII[ctx.lang])
            return t.format(n=row.full, f=row.first, l=row.last, ph=r.choice(ctx.p.phone), em=email_of(r, row, ctx))
        return r.choice((none_src or FREE_ADMIN)[ctx.lang])

    return g


def bio(p_pii: float = 0.5):
    def g(r, row, ctx):
        if r.random() < p_pii:
            h = (
                C.strip_accents_lower(row.first).replace(" ", "")
                + r.choice(["_", ".", ""])
                + r.choice(["x", "travels", str(r.randint(1, 99))])
            )
            return r.choice(BIO_PII[ctx.lang]).format(f=row.first, h=h, ph=r.choice(ctx.p.phone))
        return r.choice(BIO_NONE[ctx.lang])

    return g


def free_none(r, row, ctx):
    s = r.choice(FREE_NONE[ctx.lang])
    if r.random() < 0.3:
        s += " " + r.choice(FREE_NONE[ctx.lang])
    return s


def icd(r, row, ctx):
    return r.choice(ICD10)


def sku(r, row, ctx):
    return (
        f"{r.choice(['SKU', 'ART', 'P'])}-{r.randint(10000, 99999)}-{r.choice(string.ascii_uppercase)}{r.randint(1, 9)}"
    )


def invoice(prefix):
    return lambda r, row, ctx: f"{prefix}{r.randint(2021, 2026)}-{r.randint(1, 999999):06d}"


def booking9(r, row, ctx):
    return str(r.randint(100000000, 999999999))


def nonluhn(r, row, ctx):
    return C.non_luhn16(r)


def masked_card(r, row, ctx):
    return r.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "************"]) + f"{r.randint(0, 9999):04d}"


def sha(r, row, ctx):
    return C.sha256(r)


def md5ish(r, row, ctx):
    return C.hexstr(r, 32)


def imei(r, row, ctx):
    return C.imei(r)


def msisdn_intl(r, row, ctx):
    code = {"en": "44", "de": "49", "fr": "33", "es": "34", "it": "39", "nl": "31", "pt": "351", "pl": "48"}[ctx.lang]
    first = {"en": "7", "de": "15", "fr": "6", "es": "6", "it": "3", "nl": "6", "pt": "9", "pl": "5"}[ctx.lang]
    n = first + "".join(
        r.choice(string.digits) for _ in range(9 - len(first) + (1 if ctx.lang in ("en", "de", "it") else 0))
    )
    return code + n if r.random() < 0.7 else "+" + code + n


def salary(lo, hi, step=100):
    return lambda r, row, ctx: str(r.randrange(lo, hi, step))


def band(values):
    return pick(values)


def flight(r, row, ctx):
    return r.choice(["LH", "AF", "IB", "AZ", "KL", "TP", "LO", "BA", "FR", "U2", "VY"]) + str(r.randint(100, 9999))


def seat(r, row, ctx):
    return f"{r.randint(1, 38)}{r.choice('ABCDEF')}"


def room(r, row, ctx):
    return f"{r.randint(1, 9)}{r.randint(0, 3)}{r.randint(0, 9)}"


def status(values):
    return pick(values)


def url_profile(r, row, ctx):
    slug = C.strip_accents_lower(f"{row.first}-{row.last}").replace(" ", "-").replace("'", "")
    return r.choice(
        [
            f"https://www.linkedin.com/in/{slug}-{C.hexstr(r, 6)}",
            f"linkedin.com/in/{slug}",
            f"https://www.xing.com/profile/{slug.replace('-', '_').title()}",
            f"https://github.com/{slug.replace('-', '')}",
        ]
    )


def username(r, row, ctx):
    f = C.strip_accents_lower(row.first).replace(" ", "")
    l_ = C.strip_accents_lower(row.last).replace(" ", "")
    return r.choice(
        [
            f"{f}{r.randint(1, 999)}",
            f"{f[:1]}{l_}",
            f"{f}_{l_[:3]}{r.randint(80, 99)}",
            f"x{f}x",
            f"{l_}.{f[:2]}",
            f"{f}.{r.choice(['sun', 'fit', 'runner', 'cat', 'dev'])}",
        ]
    )


def T(name, lang, locale, domain, cols, delim=None, null_token="", mixed=None):
    return dict(
        name=name,
        lang=lang,
        locale=locale,
        domain=domain,
        cols=cols,
        delimiter=delim or ("," if lang == "en" else ";"),
        null_token=null_token,
        mixed=mixed,
    )


D, Q, S, N = "direct_identifier", "quasi_identifier", "sensitive", "none"
ddmmyyyy = ts_col("%d.%m.%Y %H:%M")


def specs() -> list[dict]:
    return [
        # ------------------------------------------------------------------ en
        T(
            "en_hotel_guest_registrations",
            "en",
            "en_GB",
            "hotel guest registrations",
            [
                Col("ResNo", "NONE", booking9),
                Col("Guest Surname", "PERSON_NAME", name_last),
                Col("Guest Forename", "PERSON_NAME", name_first),
                Col("DOB", "DATE_OF_BIRTH", dob_col(mixed=True), 0.08),
                Col("Nationality", "NATIONALITY", vpick("nationality"), 0.05),
                Col("Passport No", "PASSPORT", passport, 0.25),
                Col("Home Address", "STREET_ADDRESS", full_address, 0.1),
                Col("Mobile", "PHONE", phone_of, 0.12),
                Col("E-mail", "EMAIL", email_of, 0.1),
                Col("Arr Date", "NONE", date_col("%d/%m/%Y")),
                Col("Nts", "NONE", integer(1, 14)),
                Col("Room", "NONE", room),
                Col("Rate GBP", "NONE", money(59, 420)),
                Col("Property", "NONE", branch_city),
                Col("col_15", "NONE", status(["CI", "CO", "NS", "RES", "CXL"])),
                Col("Guest Comments", "NONE", free_none, 0.6),
                Col("Reg card notes", "FREE_TEXT_WITH_PII", free_pii(0.7, FREE_NONE), 0.3),
                Col("Card on file", "NONE", masked_card, 0.2),
                Col("col_19", "LICENSE_PLATE", plate, 0.7),
            ],
        ),
        T(
            "en_ats_candidates",
            "en",
            "en_US",
            "job applicant tracking",
            [
                Col("candidate_id", "NONE", seq_id("CAND-", 40000)),
                Col("requisition_id", "NONE", alnum(6, "REQ-")),
                Col("firstName", "PERSON_NAME", name_first),
                Col("lastName", "PERSON_NAME", name_last),
                Col("emailAdress", "EMAIL", email_of),
                Col("phoneNumber", "PHONE", phone_of, 0.05),
                Col("linkedinUrl", "URL", url_profile, 0.35),
                Col("city", "CITY", city, 0.1),
                Col("zip", "POSTAL_CODE", postcode, 0.1),
                Col("currentTitle", "OCCUPATION", occupation, 0.15),
                Col("highestDegree", "EDUCATION", vpick("education"), 0.1),
                Col("desiredSalary", "FINANCIAL", salary(40000, 180000, 1000), 0.3),
                Col("eeoRace", "ETHNICITY", vpick("ethnicity"), 0.3),
                Col("eeoGender", "GENDER", gender_col(1), 0.2),
                Col(
                    "disabilityStatus",
                    "HEALTH",
                    status(["Yes, I have a disability", "No, I don't have a disability", "I don't wish to answer"]),
                    0.3,
                ),
                Col("stage", "NONE", status(["Applied", "Phone Screen", "Onsite", "Offer", "Hired", "Rejected"])),
                Col(
                    "recruiterName",
                    "PERSON_NAME",
                    pick(["Dana Whitfield", "Marcus Lee", "Priya Raman", "Tom Becker", "Alicia Gomez"]),
                ),
                Col("appliedAt", "NONE", ts_col("%Y-%m-%dT%H:%M:%SZ")),
                Col("recruiterNotes", "FREE_TEXT_WITH_PII", free_pii(0.6), 0.4),
                Col("attr3", "NONE", status(["LinkedIn", "Indeed", "Referral", "Careers page", "Agency"])),
            ],
        ),
        T(
            "en_utility_customers",
            "en",
            "en_GB",
            "electricity/gas utility customers",
            [
                Col("ACCOUNT_NO", "NONE", seq_id("", 8800000)),
                Col("CUST_NAME", "PERSON_NAME", name_upper_last_first),
                Col("SUPPLY_ADDR_1", "STREET_ADDRESS", street),
                Col("SUPPLY_TOWN", "CITY", city),
                Col("SUPPLY_PCODE", "POSTAL_CODE", postcode),
                Col("TEL1", "PHONE", phone_of, 0.1),
                Col("TEL2", "PHONE", phone_of, 0.6),
                Col("FLD_08", "EMAIL", email_of, 0.2),
                Col("TARIFF_CD", "NONE", status(["STD01", "E7", "FIX24", "EV-OCT", "SVT"])),
                Col("LAST_READ_KWH", "NONE", integer(1000, 99999)),
                Col("READ_DT", "NONE", date_col("%d/%m/%Y")),
                Col("DD_IBAN", "IBAN", iban, 0.35),
                Col(
                    "PSR_NEEDS",
                    "HEALTH",
                    status(
                        [
                            "Medically dependent equipment",
                            "Blind or partially sighted",
                            "Hearing impaired",
                            "Chronic serious illness",
                            "Mental health",
                            "Dementia",
                        ]
                    ),
                    0.8,
                ),
                Col("F12", "NONE", status(["Y", "N"])),
                Col("SMETS", "NONE", status(["1", "2", "0"])),
            ],
            null_token="NULL",
        ),
        # ------------------------------------------------------------------ de
        T(
            "de_autovermietung_vertraege",
            "de",
            "de_DE",
            "car rental contracts",
            [
                Col("VertragsNr", "NONE", invoice("MV-")),
                Col("Mieter_Name", "PERSON_NAME", name_last_first),
                Col("Geb.-Datum", "DATE_OF_BIRTH", dob_col(0), 0.02),
                Col("Führerschein-Nr", "DRIVER_LICENSE", driver_license, 0.03),
                Col("FS_Klasse", "NONE", status(["B", "BE", "B, C1", "AM, B"])),
                Col("Anschrift", "STREET_ADDRESS", full_address),
                Col("Tel", "PHONE", phone_of, 0.1),
                Col("Mail", "EMAIL", email_of, 0.15),
                Col("Abholstation", "NONE", branch_city),
                Col("Fzg_Gruppe", "NONE", status(["CDMR", "EDMR", "IDAR", "SFAR", "PVMR"])),
                Col("KM_Start", "NONE", integer(1000, 90000)),
                Col("Abholung", "NONE", ddmmyyyy),
                Col("Preis_EUR", "NONE", money(39, 890, True)),
                Col("Feld_14", "CREDIT_CARD", lambda r, row, ctx: C.card(r), 0.1),
                Col("Kaution_Ref", "NONE", nonluhn),
                Col(
                    "Schaden_Notiz",
                    "NONE",
                    pick(
                        [
                            "Kratzer Stoßstange hinten",
                            "Steinschlag Frontscheibe",
                            "keine Schäden",
                            "Delle Tür links",
                            "Felge vorne rechts",
                        ]
                    ),
                    0.5,
                ),
                Col("Zusatzfahrer", "PERSON_NAME", other_person, 0.75),
            ],
        ),
        T(
            "de_lebensversicherung_policen",
            "de",
            "de_DE",
            "life-insurance policies",
            [
                Col("POLNR", "NONE", alnum(10, "LV")),
                Col("VN_NAME", "PERSON_NAME", name_last),
                Col("VN_VORNAME", "PERSON_NAME", name_first),
                Col("GEBDAT", "DATE_OF_BIRTH", dob_col(mixed=True)),
                Col("GESCHL", "GENDER", gender_col(0)),
                Col("STEUER_ID", "NATIONAL_ID", national_id_gen("DE_STEUER_ID"), 0.1, "DE_STEUER_ID"),
                Col("BERUF", "OCCUPATION", occupation, 0.05),
                Col("RAUCHER", "HEALTH", vpick("yes")),
                Col("BMI", "HEALTH", lambda r, row, ctx: f"{r.uniform(18, 38):.1f}".replace(".", ","), 0.1),
                Col("VORERKR", "HEALTH", vpick("diagnosis"), 0.5),
                Col("JAHRESEINK", "FINANCIAL", salary(18000, 140000, 500), 0.2),
                Col("GEWERKSCHAFT", "TRADE_UNION", vpick("union"), 0.6),
                Col("BEZUGSBER", "PERSON_NAME", other_person, 0.1),
                Col("PRAEMIE_MTL", "NONE", money(12, 310, True)),
                Col("BEGINN", "NONE", date_col("%d.%m.%Y", 2005)),
                Col("STATUS", "NONE", status(["A", "R", "S", "B"])),
                Col("PLZ", "POSTAL_CODE", postcode),
                Col("ORT", "CITY", city),
                Col("FAMSTD", "MARITAL_STATUS", vpick("marital"), 0.1),
            ],
        ),
        T(
            "de_apotheke_rezepte",
            "de",
            "de_DE",
            "pharmacy prescriptions",
            [
                Col("Rezept-ID", "NONE", uuid_col),
                Col("Patient", "PERSON_NAME", name_full),
                Col("Geburtsdatm", "DATE_OF_BIRTH", dob_col(0)),
                Col("PZN", "NONE", digits(8)),
                Col("Arzneimittel", "HEALTH", vpick("medication")),
                Col("Menge", "NONE", integer(1, 3)),
                Col("ICD", "HEALTH", icd, 0.3),
                Col(
                    "Arzt",
                    "PERSON_NAME",
                    lambda r, row, ctx: (
                        "Dr. " + r.choice(["Weber", "Schulz", "Hoffmann", "Yilmaz", "Krüger", "Lehmann"])
                    ),
                ),
                Col("Ausstellungsdatum", "NONE", date_col("%d.%m.%Y")),
                Col("Zuzahlung", "NONE", money(0, 10, True)),
                Col("Filiale", "NONE", branch_city),
                Col("Telefon", "PHONE", phone_of, 0.5),
                Col("Strasse", "STREET_ADDRESS", street, 0.2),
                Col("Hinweis", "FREE_TEXT_WITH_PII", free_pii(0.5), 0.6),
            ],
        ),
        T(
            "de_energie_kunden_sap_isu",
            "de",
            "de_DE",
            "electricity/gas utility customers (SAP IS-U extract)",
            [
                Col("PARTNER", "NONE", seq_id("", 1000000000)),
                Col("NAME_LAST", "PERSON_NAME", name_last),
                Col("NAME_FIRST", "PERSON_NAME", name_first),
                Col("BIRTHDT", "DATE_OF_BIRTH", lambda r, row, ctx: row.dob.strftime("%Y%m%d"), 0.3),
                Col("XSEX", "GENDER", gender_col(2), 0.1),
                Col("FAMST", "MARITAL_STATUS", lambda r, row, ctx: str(r.choice([0, 1, 1, 2, 3, 4])), 0.4),
                Col("STREET", "STREET_ADDRESS", street),
                Col("POST_CODE1", "POSTAL_CODE", postcode),
                Col("CITY1", "CITY", city),
                Col("TEL_NUMBER", "PHONE", phone_of, 0.3),
                Col("SMTP_ADDR", "EMAIL", email_of, 0.4),
                Col("IBAN", "IBAN", iban, 0.25),
                Col("VKONT", "NONE", seq_id("", 200000000000)),
                Col("ANLAGE", "NONE", digits(8, "50")),
                Col("SPARTE", "NONE", status(["10", "20"])),
                Col("TARIFTYP", "NONE", status(["GRUNDV", "OEKO24", "HEIZSTR", "GAS_FIX"])),
                Col("ABLDAT", "NONE", date_col("%Y%m%d", 2023)),
                Col("ZWSTAND", "NONE", lambda r, row, ctx: f"{r.uniform(100, 99999):.1f}".replace(".", ",")),
                Col("ABLESGR", "NONE", status(["01", "02", "03", "04"])),
                Col("ZZ_MEDGERAET", "HEALTH", lambda r, row, ctx: "X", 0.96),
            ],
        ),
        # ------------------------------------------------------------------ fr
        T(
            "fr_appli_rencontre_profils",
            "fr",
            "fr_FR",
            "dating-app profiles",
            [
                Col("id_profil", "NONE", seq_id("", 700000)),
                Col("pseudo", "USERNAME", username),
                Col("prenom", "PERSON_NAME", name_first),
                Col("date_naissance", "DATE_OF_BIRTH", dob_col(1)),
                Col("age", "AGE", age_col),
                Col("genre", "GENDER", gender_col(1)),
                Col("orientation", "SEXUAL_ORIENTATION", vpick("orientation"), 0.15),
                Col("religion", "RELIGION", vpick("religion"), 0.4),
                Col("origine", "ETHNICITY", vpick("ethnicity"), 0.5),
                Col("opinions_politiques", "POLITICAL_OPINION", vpick("politics"), 0.5),
                Col("fumeur", "HEALTH", status(["oui", "non", "parfois"]), 0.2),
                Col("ville", "CITY", city),
                Col("lat", "GEO_COORDINATE", home_lat),
                Col("lng", "GEO_COORDINATE", home_lon),
                Col("bio", "FREE_TEXT_WITH_PII", bio(0.5), 0.2),
                Col("derniere_connexion", "NONE", ts_col()),
                Col("abonnement", "NONE", status(["free", "plus", "gold"])),
                Col("device_id", "DEVICE_ID", uuid_col),
                Col("app_version", "NONE", version_ip),
            ],
        ),
        T(
            "fr_baux_locataires",
            "fr",
            "fr_FR",
            "tenants and leases",
            [
                Col("REF_BAIL", "NONE", invoice("BL")),
                Col("NOM_LOCATAIRE", "PERSON_NAME", lambda r, row, ctx: row.last.upper()),
                Col("PRENOM", "PERSON_NAME", name_first),
                Col("CIVILITE", "GENDER", gender_col(2)),
                Col("DATE_NAISS", "DATE_OF_BIRTH", dob_col(mixed=True), 0.05),
                Col("NUM_SECU", "NATIONAL_ID", national_id_gen("FR_NIR"), 0.3, "FR_NIR"),
                Col("ADRESSE_PRECEDENTE", "STREET_ADDRESS", full_address, 0.15),
                Col("TEL_PORTABLE", "PHONE", phone_of, 0.05),
                Col("COURRIEL", "EMAIL", email_of, 0.1),
                Col("PROFESSION", "OCCUPATION", occupation, 0.1),
                Col("REVENUS_MENSUELS", "FINANCIAL", salary(1200, 9000, 50), 0.1),
                Col("SITUATION_FAM", "MARITAL_STATUS", vpick("marital")),
                Col("DEBUT_BAIL", "NONE", date_col("%d/%m/%Y")),
                Col("champ_15", "IBAN", iban, 0.2),
                Col("IMMAT_VEHICULE", "LICENSE_PLATE", plate, 0.6),
                Col("GARANT", "PERSON_NAME", other_person, 0.4),
                Col("code_etat", "NONE", status(["01", "02", "03", "09"])),
                Col(
                    "RECLAMATION",
                    "NONE",
                    pick(
                        [
                            "Fuite robinet cuisine",
                            "Chauffage insuffisant",
                            "Bruit voisinage",
                            "Interphone en panne",
                            "Moisissure salle de bain",
                        ]
                    ),
                    0.7,
                ),
            ],
        ),
        T(
            "fr_registre_vaccination",
            "fr",
            "fr_FR",
            "vaccination records",
            [
                Col("id_acte", "NONE", uuid_col),
                Col("nom_usage", "PERSON_NAME", name_last),
                Col("prenoms", "PERSON_NAME", name_first),
                Col("ddn", "DATE_OF_BIRTH", dob_col(0)),
                Col("sexe", "GENDER", gender_col(0)),
                Col("nir", "NATIONAL_ID", national_id_gen("FR_NIR"), 0.05, "FR_NIR"),
                Col(
                    "vaccin",
                    "HEALTH",
                    pick(
                        [
                            "Comirnaty",
                            "Spikevax",
                            "Vaxigrip Tetra",
                            "Gardasil 9",
                            "Boostrixtetra",
                            "Priorix",
                            "Engerix B",
                            "Shingrix",
                        ]
                    ),
                ),
                Col("lot", "NONE", alnum(6)),
                Col("rang_dose", "NONE", integer(1, 4)),
                Col("site_injection", "NONE", status(["deltoïde G", "deltoïde D", "cuisse"])),
                Col("vaccinateur", "PERSON_NAME", other_person),
                Col("date_acte", "NONE", date_col("%d/%m/%Y", 2021)),
                Col("centre", "NONE", branch_city),
                Col(
                    "effet_indesirable",
                    "HEALTH",
                    status(["fièvre", "douleur au point d'injection", "malaise vagal", "réaction allergique"]),
                    0.85,
                ),
                Col("cp", "POSTAL_CODE", postcode),
                Col("champ_7", "NONE", status(["V", "A", "E"])),
            ],
        ),
        # ------------------------------------------------------------------ es
        T(
            "es_manifiesto_pasajeros",
            "es",
            "es_ES",
            "airline passenger manifests",
            [
                Col("VUELO", "NONE", flight),
                Col("FECHA_VUELO", "NONE", date_col("%d/%m/%Y")),
                Col("PNR", "NONE", alnum(6, chars=string.ascii_uppercase)),
                Col("APELLIDOS", "PERSON_NAME", name_last),
                Col("NOMBRE", "PERSON_NAME", name_first),
                Col("SEXO", "GENDER", gender_col(3)),
                Col("F_NAC", "DATE_OF_BIRTH", dob_col(0)),
                Col("NACIONALIDAD", "NATIONALITY", vpick("nationality")),
                Col("TIPO_DOC", "NONE", status(["P", "I", "P", "P"])),
                Col("NUM_DOC", "PASSPORT", passport),
                Col("ASIENTO", "NONE", seat),
                Col("SSR", "HEALTH", status(["WCHR", "WCHS", "WCHC", "BLND", "DEAF", "DPNA"]), 0.92),
                Col("TARIFA", "NONE", money(19, 640, True)),
                Col("EQUIPAJE_KG", "NONE", integer(0, 32)),
                Col("TEL_CONTACTO", "PHONE", phone_of, 0.3),
                Col("EMAIL_CONTACTO", "EMAIL", email_of, 0.3),
                Col("PAIS_RESIDENCIA", "COUNTRY", vpick("country"), 0.1),
            ],
        ),
        T(
            "es_abonados_telefonia",
            "es",
            "es_ES",
            "telecom subscribers",
            [
                Col("ID_CLIENTE", "NONE", seq_id("", 3000000)),
                Col("NOMBRE_COMPLETO", "PERSON_NAME", name_full),
                Col("campo_3", "NATIONAL_ID", national_id_gen("ES_DNI"), 0.02, "ES_DNI"),
                Col("MSISDN", "PHONE", msisdn_intl),
                Col("IMEI", "DEVICE_ID", imei, 0.1),
                Col("DIRECCION", "STREET_ADDRESS", street),
                Col("CP", "POSTAL_CODE", postcode),
                Col("MUNICIPIO", "CITY", city),
                Col("TARIFA", "NONE", status(["Fusión 600Mb", "Ilimitada", "Prepago 10", "Contrato 25GB"])),
                Col("CONSUMO_MB", "NONE", integer(0, 80000)),
                Col("FECHA_ALTA", "NONE", date_col("%Y-%m-%d", 2010)),
                Col("CUENTA_IBAN", "IBAN", iban, 0.2),
                Col("SCORING", "FINANCIAL", integer(300, 850), 0.1),
                Col("PERMANENCIA", "NONE", status(["S", "N"])),
                Col("COD_PROMO", "NONE", alnum(8)),
                Col("IP_ULT_CONEX", "IP_ADDRESS", lambda r, row, ctx: C.public_ipv4(r), 0.3),
                Col("campo12", "NONE", status(["A", "B", "C"])),
            ],
            null_token="N/A",
        ),
        T(
            "es_solicitudes_hipoteca",
            "es",
            "es_ES",
            "mortgage applications",
            [
                Col("NUM_SOLICITUD", "NONE", booking9),
                Col("TITULAR", "PERSON_NAME", name_full),
                Col("DNI_NIE", "NATIONAL_ID", national_id_gen("ES_DNI"), 0.0, "ES_DNI"),
                Col("FECHA_NACIMIENTO", "DATE_OF_BIRTH", dob_col(mixed=True)),
                Col("ESTADO_CIVIL", "MARITAL_STATUS", vpick("marital")),
                Col("PROFESION", "OCCUPATION", occupation),
                Col("EMPRESA", "NONE", company, 0.1),
                Col("INGRESOS_NETOS_MES", "FINANCIAL", salary(900, 8000, 10)),
                Col("RATING_ASNEF", "FINANCIAL", status(["A", "B", "C", "D", "E"]), 0.1),
                Col("TIPO_INTERES", "NONE", lambda r, row, ctx: f"{r.uniform(1.5, 4.9):.2f}".replace(".", ",")),
                Col("PLAZO_MESES", "NONE", status(["240", "300", "360"])),
                Col("IBAN", "IBAN", iban),
                Col("MOVIL", "PHONE", phone_of, 0.05),
                Col("DOMICILO_ACTUAL", "STREET_ADDRESS", full_address),
                Col("OFICINA", "NONE", branch_city),
                Col("F_SOLICITUD", "NONE", date_col("%d/%m/%Y")),
                Col("ESTADO", "NONE", status(["PEND", "APROB", "DENEG", "ANUL"])),
            ],
        ),
        # ------------------------------------------------------------------ it
        T(
            "it_palestra_iscritti",
            "it",
            "it_IT",
            "gym/club memberships",
            [
                Col("matricola", "NONE", seq_id("", 10000)),
                Col("cognome", "PERSON_NAME", name_last),
                Col("nome", "PERSON_NAME", name_first),
                Col("campo7", "NATIONAL_ID", national_id_gen("IT_CODICE_FISCALE"), 0.05, "IT_CODICE_FISCALE"),
                Col("data_nascita", "DATE_OF_BIRTH", dob_col(0)),
                Col("sesso", "GENDER", gender_col(0)),
                Col("cellulare", "PHONE", phone_of, 0.05),
                Col("email", "EMAIL", email_of, 0.1),
                Col("indirizzo", "STREET_ADDRESS", street, 0.1),
                Col("cap", "POSTAL_CODE", postcode, 0.1),
                Col("comune_residenza", "CITY", city, 0.1),
                Col("certificato_medico_scad", "NONE", date_col("%d/%m/%Y", 2024)),
                Col("patologie", "HEALTH", vpick("diagnosis"), 0.7),
                Col("abbonamento", "NONE", status(["MENSILE", "TRIMESTRALE", "ANNUALE", "OPEN"])),
                Col("sede", "NONE", branch_city),
                Col("iban_rid", "IBAN", iban, 0.4),
                Col("targa_auto", "LICENSE_PLATE", plate, 0.6),
                Col("ingressi", "NONE", integer(0, 300)),
            ],
        ),
        T(
            "it_fascicoli_cause",
            "it",
            "it_IT",
            "court/legal case files",
            [
                Col("R.G.", "NONE", lambda r, row, ctx: f"{r.randint(1, 9999)}/{r.randint(2018, 2026)}"),
                Col("campo_2", "PERSON_NAME", name_full),
                Col("convenuto", "PERSON_NAME", other_person),
                Col("cf_convenuto", "NATIONAL_ID", national_id_gen("IT_CODICE_FISCALE"), 0.2, "IT_CODICE_FISCALE"),
                Col("avvocato", "PERSON_NAME", lambda r, row, ctx: "Avv. " + other_person(r, row, ctx)),
                Col(
                    "giudice",
                    "PERSON_NAME",
                    pick(["dott.ssa Rossi", "dott. Bianchi", "dott. Esposito", "dott.ssa Ricci"]),
                ),
                Col("tribunale", "NONE", branch_city),
                Col("udienza", "NONE", date_col("%d/%m/%Y", 2024)),
                Col("valore_causa", "NONE", money(1000, 250000, True)),
                Col("residenza_convenuto", "STREET_ADDRESS", full_address, 0.2),
                Col("nato_il", "DATE_OF_BIRTH", dob_col(0), 0.2),
                Col("esito", "NONE", status(["pendente", "accolta", "rigettata", "conciliata"])),
                Col("sintesi", "FREE_TEXT_WITH_PII", free_pii(0.8), 0.1),
            ],
        ),
        T(
            "it_laboratorio_referti",
            "it",
            "it_IT",
            "laboratory results",
            [
                Col("n_accettazione", "NONE", booking9),
                Col("paziente", "PERSON_NAME", name_upper_last_first),
                Col("cf", "NATIONAL_ID", national_id_gen("IT_CODICE_FISCALE"), 0.0, "IT_CODICE_FISCALE"),
                Col("dt_nasc", "DATE_OF_BIRTH", dob_col(mixed=True)),
                Col("sesso", "GENDER", gender_col(0)),
                Col("cartella", "MEDICAL_RECORD_NUMBER", alnum(7, "CC", string.digits)),
                Col("quesito_diagnostico", "HEALTH", vpick("diagnosis"), 0.3),
                Col("icd9_10", "HEALTH", icd, 0.4),
                Col("prelievo_ts", "NONE", ts_col("%d/%m/%Y %H:%M")),
                Col("reparto", "NONE", status(["MED1", "CHIR", "AMB", "PS"])),
                Col("medico_richiedente", "PERSON_NAME", other_person),
                Col("campione_id", "NONE", uuid_col),
                Col("tel_paziente", "PHONE", phone_of, 0.4),
            ],
            null_token="NA",
        ),
        # ------------------------------------------------------------------ nl
        T(
            "nl_goede_doelen_donateurs",
            "nl",
            "nl_NL",
            "charity donors",
            [
                Col("relatienummer", "NONE", seq_id("", 500000)),
                Col("aanhef", "GENDER", gender_col(2)),
                Col("voorletters", "PERSON_NAME", lambda r, row, ctx: row.first[0] + "."),
                Col("achternaam", "PERSON_NAME", name_last),
                Col("straat_huisnr", "STREET_ADDRESS", street),
                Col("postcode", "POSTAL_CODE", postcode),
                Col("woonplaas", "CITY", city),
                Col("emailadres", "EMAIL", email_of, 0.2),
                Col("telefoon", "PHONE", phone_of, 0.3),
                Col("rekeningnummer", "IBAN", iban),
                Col("bedrag", "NONE", money(5, 250, True)),
                Col("frequentie", "NONE", status(["M", "K", "J", "E"])),
                Col("kerkgenootschap", "RELIGION", vpick("religion"), 0.4),
                Col("anbi_gift", "NONE", status(["J", "N"])),
                Col("campagne", "NONE", alnum(5, "CMP")),
                Col("geboortejaar", "DATE_OF_BIRTH", dob_col("year"), 0.2),
                Col("bedankbrief_tekst", "FREE_TEXT_WITH_PII", free_pii(0.9), 0.1),
            ],
        ),
        T(
            "nl_ritten_taxi_app",
            "nl",
            "nl_NL",
            "ride-hailing trips",
            [
                Col("rit_id", "NONE", uuid_col),
                Col("klant_naam", "PERSON_NAME", name_full),
                Col("klant_tel", "PHONE", phone_of),
                Col("chauffeur", "PERSON_NAME", other_person),
                Col("kenteken", "LICENSE_PLATE", plate),
                Col("ophaal_lat", "GEO_COORDINATE", home_lat),
                Col("ophaal_lon", "GEO_COORDINATE", home_lon),
                Col("afzet_locatie", "GEO_COORDINATE", home_latlon),
                Col("start_tijd", "NONE", ts_col()),
                Col("afstand_km", "NONE", lambda r, row, ctx: f"{r.uniform(0.5, 40):.1f}".replace(".", ",")),
                Col("ritprijs", "NONE", money(6, 95, True)),
                Col("betaalkaart", "NONE", masked_card),
                Col("beoordeling", "NONE", integer(1, 5)),
                Col("advertising_id", "DEVICE_ID", uuid_col, 0.15),
                Col("depot_lat", "NONE", site_lat),
                Col("depot_lon", "NONE", site_lon),
            ],
        ),
        T(
            "nl_avg_verzoeken_log",
            "nl",
            "nl_NL",
            "GDPR data-subject-request logs",
            [
                Col("verzoek_id", "NONE", uuid_col),
                Col("ontvangen_op", "NONE", ts_col("%d-%m-%Y %H:%M")),
                Col("type", "NONE", status(["inzage", "verwijdering", "rectificatie", "bezwaar", "overdraagbaarheid"])),
                Col("naam_betrokkene", "PERSON_NAME", name_full),
                Col("attr_5", "EMAIL", email_of),
                Col("bsn", "NATIONAL_ID", national_id_gen("NL_BSN"), 0.7, "NL_BSN"),
                Col(
                    "behandelaar", "PERSON_NAME", pick(["J. de Vries", "Sanne Bakker", "M. Jansen", "Ahmed El Amrani"])
                ),
                Col("deadline", "NONE", date_col("%d-%m-%Y", 2024)),
                Col("status", "NONE", status(["open", "in behandeling", "afgerond", "afgewezen"])),
                Col("kanaal", "NONE", status(["web", "post", "e-mail"])),
                Col("ip_indiener", "IP_ADDRESS", lambda r, row, ctx: C.public_ipv4(r), 0.4),
                Col("hash_bestand", "NONE", sha, 0.3),
                Col("attr_9", "NONE", status(["0", "1"])),
                Col("toelichting", "FREE_TEXT_WITH_PII", free_pii(0.7), 0.2),
            ],
            null_token="NULL",
        ),
        # ------------------------------------------------------------------ pt
        T(
            "pt_marketplace_vendedores",
            "pt",
            "pt_BR",
            "marketplace sellers",
            [
                Col("seller_id", "NONE", seq_id("", 900000)),
                Col("nome_loja", "NONE", company),
                Col("nome_responsavel", "PERSON_NAME", name_full),
                Col("col_4", "NATIONAL_ID", national_id_gen("BR_CPF"), 0.1, "BR_CPF"),
                Col("email", "EMAIL", email_of),
                Col("celular", "PHONE", phone_of, 0.05),
                Col("sku_destaque", "NONE", sku),
                Col("avaliacao", "NONE", lambda r, row, ctx: f"{r.uniform(3, 5):.1f}"),
                Col("qtd_anuncios", "NONE", integer(1, 3000)),
                Col("cd_cidade", "NONE", branch_city),
                Col("cd_lat", "NONE", site_lat),
                Col("cd_lon", "NONE", site_lon),
                Col("data_cadastro", "NONE", date_col("%d/%m/%Y")),
                Col("cep", "POSTAL_CODE", postcode),
                Col("ultimo_pedido", "NONE", booking9),
            ],
        ),
        T(
            "pt_biblioteca_leitores",
            "pt",
            "pt_PT",
            "library members",
            [
                Col("n_leitor", "NONE", seq_id("L", 10000)),
                Col("nome", "PERSON_NAME", name_full),
                Col("nif", "NATIONAL_ID", national_id_gen("PT_NIF"), 0.3, "PT_NIF"),
                Col("data_nasc", "DATE_OF_BIRTH", dob_col(0)),
                Col("morada", "STREET_ADDRESS", street),
                Col("cod_postal", "POSTAL_CODE", postcode),
                Col("localidade", "CITY", city),
                Col("telemóvel", "PHONE", phone_of, 0.1),
                Col("email", "EMAIL", email_of, 0.25),
                Col("escolaridade", "EDUCATION", vpick("education"), 0.3),
                Col("emprestimos_ativos", "NONE", integer(0, 8)),
                Col(
                    "ultimo_titulo",
                    "NONE",
                    pick(
                        ["Os Maias", "Ensaio sobre a Cegueira", "Mensagem", "O Principezinho", "Memorial do Convento"]
                    ),
                ),
                Col("isbn", "NONE", lambda r, row, ctx: "978" + "".join(r.choice(string.digits) for _ in range(10))),
                Col("polo", "NONE", branch_city),
                Col("validade", "NONE", date_col("%d/%m/%Y", 2025)),
                Col("col_12", "NONE", status(["A", "I"])),
            ],
        ),
        T(
            "pt_resultados_exames",
            "pt",
            "pt_PT",
            "exam results",
            [
                Col("numero_aluno", "NONE", seq_id("", 2020000)),
                Col("nome_completo", "PERSON_NAME", name_full),
                Col("email_institucional", "EMAIL", email_of),
                Col("data_nascimento", "DATE_OF_BIRTH", dob_col(mixed=True)),
                Col("genero", "GENDER", gender_col(0)),
                Col("nacionalidad", "NATIONALITY", vpick("nationality")),
                Col("unidade_curricular", "NONE", alnum(5, "UC")),
                Col("sala", "NONE", room),
                Col("data_exame", "NONE", date_col("%d-%m-%Y", 2025)),
                Col("necessidades_especiais", "HEALTH", vpick("disability"), 0.85),
                Col("epoca", "NONE", status(["normal", "recurso", "especial"])),
                Col("hash_enunciado", "NONE", md5ish),
                Col("estatuto", "NONE", status(["TE", "ord", "ord", "DIR"])),
            ],
        ),
        # ------------------------------------------------------------------ pl
        T(
            "pl_bilety_wydarzenia",
            "pl",
            "pl_PL",
            "event ticketing",
            [
                Col("id_biletu", "NONE", uuid_col),
                Col("kod_kreskowy", "NONE", digits(13)),
                Col("imie", "PERSON_NAME", name_first),
                Col("nazwisko", "PERSON_NAME", name_last),
                Col("pole_5", "EMAIL", email_of),
                Col("telefon", "PHONE", phone_of, 0.2),
                Col("pesel", "NATIONAL_ID", national_id_gen("PL_PESEL"), 0.6, "PL_PESEL"),
                Col(
                    "wydarzenie",
                    "NONE",
                    pick(["Open'er 2026", "Męskie Granie", "Pol'and'Rock", "Kabaret Moralnego Niepokoju"]),
                ),
                Col("sektor", "NONE", status(["A", "B", "C", "GA"])),
                Col("miejsce", "NONE", seat),
                Col("cena_pln", "NONE", money(49, 890, True)),
                Col("data_zakupu", "NONE", ts_col()),
                Col("ip_zakupu", "IP_ADDRESS", lambda r, row, ctx: C.public_ipv4(r) if r.random() < 0.9 else C.ipv6(r)),
                Col("karta", "NONE", masked_card),
                Col("miasto_imprezy", "NONE", branch_city),
                Col("numer_zamowienia", "NONE", booking9),
                Col(
                    "wymaga_pomocy", "HEALTH", status(["wózek", "pies asystujący", "niedosłyszący", "niewidomy"]), 0.93
                ),
            ],
        ),
        T(
            "pl_smart_home_telemetria",
            "pl",
            "pl_PL",
            "smart-home telemetry",
            [
                Col("device_uuid", "DEVICE_ID", uuid_col),
                Col("f2", "MAC_ADDRESS", lambda r, row, ctx: C.mac(r)),
                Col("fw", "NONE", version_ip),
                Col("ts", "NONE", ts_col("%Y-%m-%dT%H:%M:%S")),
                Col("temp_c", "NONE", lambda r, row, ctx: f"{r.uniform(16, 26):.1f}"),
                Col("moc_w", "NONE", integer(0, 3500)),
                Col("zdarzenie", "NONE", status(["drzwi_otwarte", "ruch", "alarm_dym", "heartbeat"])),
                Col("wlasciciel_email", "EMAIL", email_of),
                Col("dom_lat", "GEO_COORDINATE", home_lat),
                Col("dom_lon", "GEO_COORDINATE", home_lon),
                Col("wan_ip", "IP_ADDRESS", lambda r, row, ctx: C.public_ipv4(r)),
                Col("licznik_kwh", "NONE", lambda r, row, ctx: f"{r.uniform(100, 40000):.3f}"),
                Col("household_id", "NONE", seq_id("HH", 1000)),
                Col("nazwa_urzadzenia", "NONE", pick(["Salon", "Kuchnia", "Sypialnia", "Garaż"])),
                Col("kod_pocztowy", "POSTAL_CODE", postcode, 0.3),
                Col("payload_sha", "NONE", sha),
            ],
        ),
        T(
            "pl_silownia_karnety",
            "pl",
            "pl_PL",
            "gym/club memberships",
            [
                Col("NR_KARNETU", "NONE", seq_id("K", 5000)),
                Col("IMIE_NAZWISKO", "PERSON_NAME", name_full),
                Col("PESEL", "NATIONAL_ID", national_id_gen("PL_PESEL"), 0.1, "PL_PESEL"),
                Col("DATA_UR", "DATE_OF_BIRTH", dob_col(mixed=True), 0.1),
                Col("PLEC", "GENDER", gender_col(0)),
                Col("TEL", "PHONE", phone_of),
                Col("ADRES", "STREET_ADDRESS", full_address, 0.1),
                Col("MIASTO", "CITY", city, 0.05),
                Col("PRZECIWWSKAZANIA", "HEALTH", vpick("diagnosis"), 0.75),
                Col("WYKSZTALCENIE", "EDUCATION", vpick("education"), 0.4),
                Col("ZWIAZEK_ZAW", "TRADE_UNION", vpick("union"), 0.8),
                Col("KLUB", "NONE", branch_city),
                Col("TYP", "NONE", status(["OPEN", "PORANNY", "STUDENT", "MULTISPORT"])),
                Col("WAZNY_DO", "NONE", date_col("%d.%m.%Y", 2025)),
                Col("NR_KONTA", "IBAN", iban, 0.3),
                Col("tel2", "PHONE", phone_of, 0.7),
            ],
        ),
        # ------------------------------------------------------------------ mixed
        T(
            "mix_web_access_log",
            "en",
            "en_US",
            "web server access logs",
            [
                Col(
                    "remote_addr",
                    "IP_ADDRESS",
                    lambda r, row, ctx: C.public_ipv4(r) if r.random() < 0.85 else C.ipv6(r),
                ),
                Col("remote_user", "USERNAME", username, 0.6),
                Col("time_local", "NONE", ts_col("%d/%b/%Y:%H:%M:%S +0000")),
                Col("request_method", "NONE", status(["GET", "GET", "POST", "PUT", "HEAD"])),
                Col(
                    "uri",
                    "NONE",
                    pick(["/", "/api/v2/orders", "/static/app.js", "/login", "/cart", "/product/48213", "/healthz"]),
                ),
                Col("status", "NONE", status(["200", "200", "304", "404", "500", "302"])),
                Col("body_bytes_sent", "NONE", integer(0, 90000)),
                Col("upstream_time", "NONE", lambda r, row, ctx: f"{r.uniform(0, 2):.3f}"),
                Col("req_id", "NONE", md5ish),
                Col("app_ver", "NONE", version_ip),
                Col("server_ip", "NONE", pick(["10.0.3.21", "10.0.3.22", "10.0.3.23"])),
            ],
            delim="\t",
            mixed=["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_GB"],
        ),
        T(
            "mix_passagierliste_multi",
            "de",
            "de_DE",
            "airline passenger manifests (mixed nationalities)",
            [
                Col("FLUGNR", "NONE", flight),
                Col(
                    "F2",
                    "PERSON_NAME",
                    lambda r, row, ctx: f"{row.last.upper()}/{row.first.upper()} {r.choice(['MR', 'MRS', 'MS'])}",
                ),
                Col("GEB", "DATE_OF_BIRTH", lambda r, row, ctx: row.dob.strftime("%d%b%y").upper()),
                Col("NAT", "NATIONALITY", pick(["DEU", "FRA", "ESP", "ITA", "NLD", "POL", "PRT", "GBR", "USA", "TUR"])),
                Col("PASS_NR", "PASSPORT", passport),
                Col("SITZ", "NONE", seat),
                Col("GEPAECK", "NONE", integer(0, 3)),
                Col("TKT_NR", "NONE", digits(13, "")),
                Col("BUCHUNGS_UUID", "NONE", uuid_col),
                Col("F7", "NONE", status(["Y", "C", "F", "W"])),
                Col("KONTAKT_TEL", "PHONE", phone_of, 0.2),
            ],
            mixed=["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_GB"],
        ),
        T(
            "mix_gdpr_dsr_requests_eu",
            "en",
            "en_GB",
            "GDPR data-subject-request logs (EU-wide)",
            [
                Col("ticket", "NONE", alnum(8, "DSR-")),
                Col("received", "NONE", ts_col("%Y-%m-%dT%H:%M:%SZ")),
                Col("requester_country", "COUNTRY", lambda r, row, ctx: ctx.locale.split("_")[1].replace("GB", "UK")),
                Col("request_type", "NONE", status(["ACCESS", "ERASURE", "RECTIFICATION", "OBJECTION", "PORTABILITY"])),
                Col("requester_name", "PERSON_NAME", name_full),
                Col("requester_email", "EMAIL", email_of),
                Col("phone", "PHONE", phone_of, 0.6),
                Col("id_doc_checked", "NONE", status(["Y", "N"])),
                Col("postal_address", "STREET_ADDRESS", full_address, 0.5),
                Col("assignee", "PERSON_NAME", pick(["Claire Dubois", "Jonas Weber", "Marta Nowak", "Pieter Smit"])),
                Col("sla_days_left", "NONE", integer(-5, 30)),
                Col("evidence_sha1", "NONE", lambda r, row, ctx: C.hexstr(r, 40)),
                Col("notes", "FREE_TEXT_WITH_PII", free_pii(0.6), 0.3),
            ],
            null_token="NULL",
            mixed=["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "pt_PT", "en_GB"],
        ),
    ]


def build_table(spec: dict, index: int) -> Table:
    r = random.Random(C.SEED * 1000 + index)
    ctx = Ctx(spec["locale"], spec["lang"], r)
    cols: list[Col] = spec["cols"]
    mixed_locales = spec["mixed"]
    rows: list[list[str | None]] = []
    for i in range(N_ROWS):
        if mixed_locales:
            sub = Ctx.__new__(Ctx)
            sub.__dict__.update(ctx.__dict__)
            loc = mixed_locales[i % len(mixed_locales)]
            sub.p = C.pools(loc)
            sub.lang = C.lang_of(loc)
            sub.locale = loc
            row = Row(r, sub)
            use = sub
        else:
            row = Row(r, ctx)
            use = ctx
        row.idx = i
        out: list[str | None] = []
        for c in cols:
            if c.null and r.random() < c.null:
                out.append(None)
                continue
            v = c.gen(r, row, use)
            if isinstance(v, str) and c.entity != "NONE" and r.random() < 0.015:
                v = " " + v if r.random() < 0.5 else v + " "
            out.append(v)
        rows.append(out)
    columns = [dict(header=c.header, entity=c.entity, category=c.category, subtype=c.subtype) for c in cols]
    return Table(
        spec["name"], spec["lang"], spec["locale"], spec["domain"], spec["delimiter"], spec["null_token"], columns, rows
    )


def build_tables() -> list[Table]:
    return [build_table(s, i) for i, s in enumerate(specs())]
