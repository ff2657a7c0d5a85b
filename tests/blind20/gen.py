"""Value generators (Faker + python-stdnum) for the blind20 free-text set."""

from __future__ import annotations

import random
import re
import string
import unicodedata
from dataclasses import dataclass, field

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as br_cpf
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.us import ssn as us_ssn

_FAKERS: dict[str, Faker] = {}
_CITIES: dict[str, tuple[str, ...]] = {}


def faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


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

TITLES = {
    "en": ("Mr", "Ms"),
    "de": ("Herr", "Frau"),
    "fr": ("M.", "Mme"),
    "es": ("Sr.", "Sra."),
    "it": ("Sig.", "Sig.ra"),
    "nl": ("dhr.", "mevr."),
    "pt": ("Sr.", "Sra."),
    "pl": ("Pan", "Pani"),
}

MAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "sky.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it", "hotmail.it"],
    "nl": ["kpnmail.nl", "ziggo.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "outlook.com"],
    "pt_PT": ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt", "netcabo.pt"],
    "pt_BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com", "terra.com.br", "yahoo.com.br"],
    "pl": ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl", "op.pl"],
}

COMPANY_SUFFIX = {
    "en_US": ["Inc.", "LLC", "Corp."],
    "en_GB": ["Ltd", "plc", "Ltd"],
    "de": ["GmbH", "AG", "GmbH & Co. KG"],
    "fr": ["SARL", "SA", "SAS"],
    "es": ["S.L.", "S.A."],
    "it": ["S.r.l.", "S.p.A."],
    "nl": ["B.V.", "N.V."],
    "pt_PT": ["Lda.", "S.A."],
    "pt_BR": ["Ltda.", "S.A."],
    "pl": ["Sp. z o.o.", "S.A."],
}
COMPANY_WORDS = {
    "en": [
        "Logistics",
        "Property Management",
        "Insurance",
        "Dental Care",
        "Engineering",
        "Lettings",
        "Solutions",
        "Motors",
    ],
    "de": [
        "Logistik",
        "Hausverwaltung",
        "Versicherung",
        "Bau",
        "Elektrotechnik",
        "Immobilien",
        "Consulting",
        "Automobile",
    ],
    "fr": ["Assurances", "Immobilier", "Transports", "Conseil", "Bâtiment", "Gestion", "Énergie"],
    "es": ["Seguros", "Inmobiliaria", "Transportes", "Consultores", "Construcciones", "Gestión"],
    "it": ["Assicurazioni", "Immobiliare", "Trasporti", "Consulting", "Costruzioni", "Servizi"],
    "nl": ["Verzekeringen", "Vastgoed", "Transport", "Advies", "Bouw", "Installatietechniek"],
    "pt": ["Seguros", "Imobiliária", "Transportes", "Consultoria", "Construções", "Serviços"],
    "pl": ["Ubezpieczenia", "Nieruchomości", "Transport", "Doradztwo", "Budownictwo", "Serwis"],
}
SUPPORT_LOCAL = {
    "en": ["support", "info", "customerservice", "claims", "hello", "noreply", "helpdesk"],
    "de": ["service", "info", "kundenservice", "schaden", "kontakt", "noreply"],
    "fr": ["contact", "service.client", "sinistres", "info", "noreply", "support"],
    "es": ["atencionalcliente", "info", "siniestros", "soporte", "noreply", "contacto"],
    "it": ["assistenza", "info", "sinistri", "servizioclienti", "noreply"],
    "nl": ["klantenservice", "info", "schade", "support", "noreply"],
    "pt": ["apoio.cliente", "geral", "sinistros", "atendimento", "noreply", "suporte"],
    "pl": ["biuro", "obsluga.klienta", "szkody", "kontakt", "pomoc", "noreply"],
}

_NAME_OK = re.compile(r"^[^\W\d_]+(?:[ '\-][^\W\d_]+)*$")


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_fold(s).lower())


@dataclass
class Person:
    first: str
    last: str
    female: bool
    cache: dict = field(default_factory=dict)


class Ctx:
    """Everything one text needs; values are cached per key so a text stays consistent."""

    def __init__(self, lang: str, seed: int, genders: dict[str, str] | None = None):
        self.lang = lang
        self.genders = genders or {}
        self.rng = random.Random(seed)
        if lang == "en":
            self.loc = self.rng.choice(["en_US", "en_GB"])
        elif lang == "pt":
            self.loc = self.rng.choice(["pt_PT", "pt_PT", "pt_BR"])
        else:
            self.loc = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pl": "pl_PL"}[lang]
        self.f = faker(self.loc)
        self.f.seed_instance(seed)
        self.region = self.loc if self.loc in ("en_US", "en_GB", "pt_PT", "pt_BR") else lang
        self.cache: dict[str, str] = {}
        self.people: dict[str, Person] = {}
        self.companies: dict[str, dict] = {}
        y = self.rng.randint(2021, 2024)
        base = self.rng.randint(1, 300)
        days = sorted(self.rng.sample(range(base, base + 60), 6))
        import datetime as _dt

        self.dates = [_dt.date(y, 1, 1) + _dt.timedelta(days=d) for d in days]

    # ---------- helpers
    def city(self) -> str:
        """A town from a sorted copy of the locale's list (some Faker lists are built from sets)."""
        if self.loc not in _CITIES:
            prov = next((p for p in self.f.providers if "address" in type(p).__module__), None)
            lst = getattr(prov, "cities", None)
            _CITIES[self.loc] = tuple(sorted(set(lst))) if lst else ()
        cities = _CITIES[self.loc]
        return self.rng.choice(cities) if cities else self.f.city()

    def _pick_name(self, fn) -> str:
        for _ in range(50):
            n = fn()
            if _NAME_OK.match(n) and len(n) > 1 and not n.split()[-1].islower():
                return n
        return n

    def person(self, key: str) -> Person:
        if key not in self.people:
            f, r = self.f, self.rng
            female = r.random() < 0.5
            if key in self.genders:
                female = self.genders[key] == "f"
            first = self._pick_name(f.first_name_female if female else f.first_name_male)
            lastfn = f.last_name_female if female and hasattr(f, "last_name_female") else f.last_name
            last = self._pick_name(lastfn)
            x = r.random()
            if self.lang == "es" and x < 0.7:
                last = last + " " + self._pick_name(f.last_name)
            elif self.loc == "pt_PT" and x < 0.5:
                last = self._pick_name(f.last_name) + " " + last
            elif self.loc == "pt_BR" and x < 0.2 and not last.startswith("d"):
                last = "da " + last
            elif self.lang == "de" and x < 0.08:
                last = "von " + last
            elif self.lang in ("de", "en", "pl") and x < 0.16 and "-" not in last:
                last = last + "-" + self._pick_name(lastfn)
            elif self.lang == "fr" and x < 0.08:
                last = "de " + last
            elif self.lang == "it" and x < 0.08:
                last = r.choice(["De", "Di", "Lo", "Del"]) + " " + last
            self.people[key] = Person(first, last, female)
        return self.people[key]

    def company(self, key: str) -> dict:
        if key not in self.companies:
            f, r = self.f, self.rng
            lg = self.lang
            suffixes = COMPANY_SUFFIX.get(self.region, COMPANY_SUFFIX.get(lg))
            surname = self._pick_name(f.last_name)
            style = r.random()
            if style < 0.5:
                name = f"{surname} {r.choice(COMPANY_WORDS[lg])} {r.choice(suffixes)}"
            elif style < 0.75:
                name = f"{surname} & {self._pick_name(f.last_name)} {r.choice(suffixes)}"
            else:
                name = f"{r.choice(['Nova', 'Alpha', 'Prima', 'Vita', 'Terra', 'Orbis', 'Lumen', 'Atlas'])}{r.choice(['tec', 'plan', 'net', 'med', 'home', 'care'])} {r.choice(suffixes)}"
            words = [w for w in (slug(x) for x in name.split()) if w]
            base = words[0] if words else "firma"
            tld = {"en_US": "com", "en_GB": "co.uk", "pt_PT": "pt", "pt_BR": "com.br"}.get(self.region, lg)
            domain = f"{base}-{words[1][:8]}.{tld}" if r.random() < 0.5 and len(words) > 1 else f"{base}.{tld}"
            self.companies[key] = {"name": name, "domain": domain}
        return self.companies[key]

    # ---------- formatting of values
    def fmt_date(self, d, long_ok=True) -> str:
        r, lg = self.rng, self.lang
        if long_ok and r.random() < 0.35:
            m = MONTHS[lg][d.month - 1]
            if self.region == "en_US":
                return f"{m} {d.day}, {d.year}"
            if lg == "en":
                return f"{d.day} {m} {d.year}"
            if lg == "de":
                return f"{d.day}. {m} {d.year}"
            if lg in ("es", "pt"):
                return f"{d.day} de {m} de {d.year}"
            return f"{d.day} {m} {d.year}"
        if self.region == "en_US":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if lg in ("de", "pl"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if lg == "nl":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def dob_date(self, p: Person):
        if "dobdate" not in p.cache:
            import datetime as _dt

            p.cache["dobdate"] = _dt.date(1940, 1, 1) + _dt.timedelta(days=self.rng.randint(0, 365 * 64))
        return p.cache["dobdate"]

    def phone(self, mobile: bool) -> str:
        r = self.rng
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        reg = self.region
        if reg == "en_US":
            a = f"{r.randint(201, 989)}"
            return r.choice(
                [
                    f"({a}) {r.randint(201, 989)}-{d(4)}",
                    f"{a}-{r.randint(201, 989)}-{d(4)}",
                    f"+1 {a} {r.randint(201, 989)} {d(4)}",
                ]
            )
        if reg == "en_GB":
            if mobile:
                n = "7" + str(r.randint(4, 9)) + d(8)
                return r.choice([f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}"])
            return r.choice(
                [f"020 {d(4)} {d(4)}", f"0161 {d(3)} {d(4)}", f"+44 113 {d(3)} {d(4)}", f"0117 {d(3)} {d(4)}"]
            )
        if reg == "de":
            if mobile:
                p = r.choice(["151", "152", "160", "162", "170", "171", "172", "176", "177", "178"])
                n = d(r.choice([7, 8]))
                return r.choice([f"0{p} {n}", f"+49 {p} {n}", f"0{p}/{n}", f"+49 ({p}) {n[:3]} {n[3:]}"])
            a = r.choice(["30", "40", "89", "221", "69", "711", "351", "511"])
            return r.choice([f"0{a} {d(7)}", f"+49 {a} {d(6)}-{d(2)}", f"0{a}/{d(3)} {d(4)}"])
        if reg == "fr":
            first = r.choice(["6", "7"]) if mobile else r.choice(["1", "2", "3", "4", "5"])
            pairs = [d(2) for _ in range(4)]
            return r.choice(
                [
                    f"0{first} {' '.join(pairs)}",
                    f"+33 {first} {' '.join(pairs)}",
                    f"0{first}.{'.'.join(pairs)}",
                    f"0{first}{''.join(pairs)}",
                ]
            )
        if reg == "es":
            first = r.choice(["6", "7"]) if mobile else "9"
            n = first + d(8)
            return r.choice(
                [f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n]
            )
        if reg == "it":
            if mobile:
                p = r.choice(["320", "328", "333", "335", "339", "340", "347", "348", "349", "366", "380", "393"])
                n = d(7)
                return r.choice([f"{p} {n}", f"+39 {p} {n[:3]} {n[3:]}", f"{p}-{n}", f"+39 {p}{n}"])
            return r.choice([f"06 {d(4)} {d(4)}", f"02 {d(8)}", f"+39 011 {d(7)}", f"055 {d(6)}"])
        if reg == "nl":
            if mobile:
                n = d(8)
                return r.choice(
                    [f"06-{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"+31 6 {n}", f"+31 (0)6 {n[:4]} {n[4:]}"]
                )
            return r.choice([f"020-{d(3)} {d(4)}", f"010 {d(7)}", f"+31 30 {d(3)} {d(4)}", f"070-{d(7)}"])
        if reg == "pt_PT":
            n = (r.choice(["91", "92", "93", "96"]) if mobile else r.choice(["21", "22", "239"])) + d(7)
            n = n[:9]
            return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"+351 {n[:3]} {n[3:6]} {n[6:]}", n])
        if reg == "pt_BR":
            ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
            n = ("9" + d(8)) if mobile else (r.choice(["2", "3"]) + d(7))
            return r.choice([f"({ddd}) {n[:-4]}-{n[-4:]}", f"+55 {ddd} {n[:-4]}-{n[-4:]}", f"{ddd} {n[:-4]}-{n[-4:]}"])
        if reg == "pl":
            n = (r.choice(["5", "6", "7", "8"]) if mobile else r.choice(["22", "12", "61", "71", "58"])) + d(8)
            n = n[:9]
            if n[:2] in ("70", "80"):  # premium-rate and shared-cost service ranges are no one's own number
                n = "5" + n[1:]
            return r.choice(
                [f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"+48{n}"]
            )
        raise ValueError(reg)

    def hotline(self) -> str:
        r = self.rng
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        return {
            "en_US": f"1-800-{r.randint(200, 999)}-{d(4)}",
            "en_GB": f"0800 {d(3)} {d(4)}",
            "de": f"0800 {d(3)} {d(4)}",
            "fr": f"0 800 {d(2)} {d(2)} {d(2)}",
            "es": f"900 {d(3)} {d(3)}",
            "it": f"800 {d(3)} {d(3)}",
            "nl": f"0800-{d(4)}",
            "pt_PT": f"808 {d(3)} {d(3)}",
            "pt_BR": f"0800 {d(3)} {d(4)}",
            "pl": f"801 {d(3)} {d(3)}",
        }[self.region]

    def address(self, two_lines: bool = False) -> str:
        f, r, reg = self.f, self.rng, self.region
        num = str(r.randint(1, 180)) + (r.choice(["", "", "", "", "a", "b"]) if reg in ("de", "nl", "pl") else "")
        city = self.city()
        sep = "\n" if two_lines else ", "
        if reg == "en_US":
            apt = r.choice(["", "", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}"])
            return f"{r.randint(10, 9999)} {f.street_name()}{apt}{sep}{city}, {f.state_abbr()} {f.postcode()}"
        if reg == "en_GB":
            return f"{num} {f.street_name()}{sep}{city} {f.postcode()}"
        if reg == "de":
            return f"{f.street_name()} {num}{sep}{f.postcode()} {city}"
        if reg == "fr":
            return f"{num}{r.choice(['', '', ' bis'])} {f.street_name()}{sep}{f.postcode()} {city}"
        if reg == "es":
            floor = r.choice(["", "", f", {r.randint(1, 9)}º {r.choice('ABCD')}"])
            return f"{f.street_name()}, {num}{floor}{sep}{f.postcode()} {city}"
        if reg == "it":
            return f"{f.street_name()}{r.choice([' ', ', '])}{num}{sep}{f.postcode()} {city}"
        if reg == "nl":
            pc = f.postcode()
            pc = pc[:4] + " " + pc[4:] if r.random() < 0.7 and " " not in pc else pc
            return f"{f.street_name()} {num}{sep}{pc} {city}"
        if reg == "pt_PT":
            floor = r.choice(["", "", f", {r.randint(1, 8)}.º {r.choice(['Esq.', 'Dto.'])}"])
            return f"{f.street_name()}, {num}{floor}{sep}{f.postcode()} {city}"
        if reg == "pt_BR":
            cep = f.postcode()
            cep = cep if "-" in cep else cep[:5] + "-" + cep[5:]
            return f"{f.street_name()}, {num} - {f.bairro()}{sep}{city} - {f.estado_sigla()}, {cep}"
        if reg == "pl":
            apt = r.choice(["", f"/{r.randint(1, 60)}", f" m. {r.randint(1, 60)}"])
            return f"{r.choice(['ul.', 'ul.', 'ul.', 'al.'])} {f.street_name()} {num}{apt}{sep}{f.postcode()} {city}"
        raise ValueError(reg)

    def national_id(self, p: Person) -> str:
        r, reg = self.rng, self.region
        dob = self.dob_date(p)
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        if reg == "en_US":
            while True:
                a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
                v = f"{a:03d}-{g:02d}-{s:04d}"
                if a != 666 and us_ssn.is_valid(v):
                    return v
        if reg == "en_GB":
            if r.random() < 0.5:
                while True:
                    v = str(r.randint(400, 799)) + d(6)
                    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(v)) % 11
                    v = v + str(0 if c == 11 else c)
                    if len(v) == 10 and gb_nhs.is_valid(v):
                        return f"{v[:3]} {v[3:6]} {v[6:]}"
            while True:
                a = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
                if a not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                    break
            n = d(6)
            return r.choice([f"{a} {n[:2]} {n[2:4]} {n[4:]} {r.choice('ABCD')}", f"{a}{n}{r.choice('ABCD')}"])
        if reg == "de":
            while True:
                v = str(r.randint(1, 9)) + d(9)
                v = v + mod_11_10.calc_check_digit(v)
                if de_idnr.is_valid(v):
                    return r.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])
        if reg == "fr":
            dep = r.choice(["75", "69", "13", "33", "59", "31", "44", "67", "2A", "92"])
            body = f"{2 if p.female else 1}{dob.year % 100:02d}{dob.month:02d}{dep}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
            v = body + fr_nir.calc_check_digits(body)
            assert fr_nir.is_valid(v), v
            return r.choice([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"])
        if reg == "es":
            if r.random() < 0.75:
                n = r.randint(10000000, 99999999)
                return (
                    f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
                    if r.random() < 0.7
                    else f"{n}-{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
                )
            pre = r.choice("XYZ")
            n = r.randint(0, 9999999)
            full = int(str("XYZ".index(pre)) + f"{n:07d}")
            return f"{pre}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[full % 23]}"
        if reg == "it":

            def code(s, is_first):
                s = re.sub(r"[^A-Z]", "", ascii_fold(s).upper())
                cons = [c for c in s if c not in "AEIOU"]
                vows = [c for c in s if c in "AEIOU"]
                if is_first and len(cons) >= 4:
                    cons = [cons[0], cons[2], cons[3]]
                return "".join((cons + vows + ["X"] * 3)[:3])

            mo = "ABCDEHLMPRST"[dob.month - 1]
            day = dob.day + (40 if p.female else 0)
            body = f"{code(p.last, False)}{code(p.first, True)}{dob.year % 100:02d}{mo}{day:02d}{r.choice('ABCDEFGHLM')}{r.randint(1, 999):03d}"
            v = body + it_cf.calc_check_digit(body)
            assert it_cf.is_valid(v), v
            return v
        if reg == "nl":
            while True:
                v = d(9)
                if v[0] != "0" and nl_bsn.is_valid(v):
                    return r.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])
        if reg == "pt_PT":
            body = r.choice("123") + d(7)
            v = body + pt_nif.calc_check_digit(body)
            return r.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"])
        if reg == "pt_BR":
            body = d(9)
            v = body + br_cpf._calc_check_digits(body)
            return br_cpf.format(v) if r.random() < 0.8 else v
        if reg == "pl":
            mo = dob.month + (20 if dob.year >= 2000 else 0)
            ser = d(3) + str(r.choice([0, 2, 4, 6, 8]) if p.female else r.choice([1, 3, 5, 7, 9]))
            body = f"{dob.year % 100:02d}{mo:02d}{dob.day:02d}{ser}"
            v = body + pl_pesel.calc_check_digit(body)
            assert pl_pesel.is_valid(v), v
            return v
        raise ValueError(reg)

    def card(self) -> str:
        r = self.rng
        kind = r.random()
        if kind < 0.15:
            body = r.choice(["34", "37"]) + "".join(str(r.randint(0, 9)) for _ in range(12))
            v = body + luhn.calc_check_digit(body)
            return r.choice([f"{v[:4]} {v[4:10]} {v[10:]}", v])
        pre = "4" if kind < 0.6 else str(r.randint(51, 55))
        body = pre + "".join(str(r.randint(0, 9)) for _ in range(15 - len(pre)))
        v = body + luhn.calc_check_digit(body)
        sep = r.choice([" ", " ", "-", ""])
        return sep.join(v[i : i + 4] for i in range(0, 16, 4))

    def masked(self) -> str:
        r = self.rng
        last4 = "".join(str(r.randint(0, 9)) for _ in range(4))
        return r.choice(
            [
                f"**** **** **** {last4}",
                f"XXXX-XXXX-XXXX-{last4}",
                f"•••• {last4}",
                f"************{last4}",
                f"4***********{last4}",
            ]
        )

    def iban(self, compact=False) -> str:
        v = self.f.iban()
        assert std_iban.is_valid(v), v
        return v if compact else std_iban.format(v)

    def ip(self) -> str:
        r = self.rng
        while True:
            a = r.randint(2, 223)
            if a in (10, 127, 172, 192, 169, 100):
                continue
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ip6(self) -> str:
        r = self.rng
        return f"2a0{r.randint(1, 9)}:{r.randint(0x1000, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"

    def version(self) -> str:
        r = self.rng
        return f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}.{r.randint(1, 250)}"

    def email(self, p: Person) -> str:
        r = self.rng
        fi, la = slug(p.first), slug(p.last)
        y = str(self.dob_date(p).year)[2:]
        local = r.choice(
            [
                f"{fi}.{la}",
                f"{fi[0]}.{la}",
                f"{fi}{la}{y}",
                f"{la}.{fi}",
                f"{fi}_{la}",
                f"{fi}.{la}{r.randint(1, 99)}",
                f"{fi[0]}{la}",
            ]
        )
        return f"{local}@{r.choice(MAIL_DOMAINS.get(self.region, MAIL_DOMAINS.get(self.lang)))}"

    def handle(self, p: Person) -> str:
        r = self.rng
        fi, la = slug(p.first), slug(p.last)
        return r.choice(
            [
                f"{fi}{la[:3]}{r.randint(1, 99)}",
                f"{fi[0]}{la[:5]}{r.randint(1, 9)}",
                f"{la[:6]}{r.randint(70, 99)}",
                f"{fi[:4]}_{r.randint(100, 999)}",
            ]
        )

    def profile_url(self, p: Person) -> str:
        r = self.rng
        h = p.cache.setdefault("handle", self.handle(p))
        fi, la = slug(p.first), slug(p.last)
        opts = [
            f"https://www.linkedin.com/in/{fi}-{la}-{r.randint(10, 999)}{r.choice('abcdef')}{r.randint(1, 99)}",
            f"linkedin.com/in/{fi}{la}",
            f"https://twitter.com/{h}",
            f"https://x.com/{h}",
            f"https://www.instagram.com/{h}/",
            f"https://www.facebook.com/{fi}.{la}.{r.randint(1, 999)}",
            f"https://github.com/{h}",
        ]
        if self.lang == "de":
            opts.append(f"https://www.xing.com/profile/{p.first.split()[0]}_{la.capitalize()}")
        return r.choice(opts)

    # ---------- main lookup
    def get(self, key: str) -> str:
        if key in self.cache:
            return self.cache[key]
        v = self._make(key)
        self.cache[key] = v
        return v

    def _make(self, key: str) -> str:
        r, f, lg = self.rng, self.f, self.lang
        if "." in key:
            head, attr = key.split(".", 1)
        else:
            head, attr = key, ""
        if head.startswith("p") and head[1:].isdigit():
            p = self.person(head)
            fi, la = p.first, p.last
            if attr == "first":
                return fi
            if attr == "last":
                return la
            if attr == "full":
                return f"{fi} {la}"
            if attr == "mid":
                return f"{fi} {f.first_name_female() if p.female else f.first_name_male()} {la}".replace("  ", " ")
            if attr == "LAST":
                return la.upper()
            if attr == "Flast":
                return f"{fi} {la.upper()}"
            if attr == "rev":
                return f"{la}, {fi}"
            if attr == "REV":
                return f"{la.upper()}, {fi}"
            if attr == "init":
                return f"{fi[0]}. {la}"
            if attr == "lower":
                return f"{fi} {la}".lower()
            if attr == "lfirst":
                return fi.lower()
            if attr == "title":
                return TITLES[lg][1 if p.female else 0]
            if attr == "email":
                return self.email(p)
            if attr == "wmail":
                dom = self.company("co")["domain"]
                return (
                    r.choice([f"{slug(fi)}.{slug(la)}", f"{slug(fi)[0]}.{slug(la)}", f"{slug(fi)[0]}{slug(la)}"])
                    + "@"
                    + dom
                )
            if attr == "phone":
                return self.phone(False)
            if attr == "mobile":
                return self.phone(True)
            if attr == "addr":
                return self.address()
            if attr == "addr2l":
                return self.address(True)
            if attr == "dob":
                return self.fmt_date(self.dob_date(p), long_ok=False)
            if attr == "dobl":
                return self.fmt_date(self.dob_date(p), long_ok=True)
            if attr == "dobiso":
                return self.dob_date(p).isoformat()
            if attr == "age":
                return str(self.dates[0].year - self.dob_date(p).year)
            if attr == "id":
                return self.national_id(p)
            if attr == "iban":
                return self.iban()
            if attr == "ibanc":
                return self.iban(compact=True)
            if attr == "card":
                return self.card()
            if attr == "ip":
                return self.ip()
            if attr == "ip6":
                return self.ip6()
            if attr == "url":
                return self.profile_url(p)
            if attr == "handle":
                return p.cache.setdefault("handle", self.handle(p))
            if attr == "by":
                return str(self.dob_date(p).year)
            raise KeyError(key)
        if head.startswith("co"):
            c = self.company(head)
            if attr == "":
                return c["name"]
            if attr == "mail":
                return f"{r.choice(SUPPORT_LOCAL['pt' if lg == 'pt' else lg])}@{c['domain']}"
            if attr == "hotline":
                return self.hotline()
            if attr == "web":
                path = r.choice(["", "/kontakt", "/privacy", "/faq", "/status", "/downloads", "/jobs", "/login"])
                return f"https://www.{c['domain']}{path}"
            if attr == "li":
                return f"https://www.linkedin.com/company/{slug(c['name'].split()[0])}"
            if attr == "addr":
                return self.address()
            if attr == "dom":
                return c["domain"]
            raise KeyError(key)
        if key == "ip":
            return self.ip()
        if key == "ip6":
            return self.ip6()
        if key.startswith("d") and key[1:].isdigit():
            return self.fmt_date(self.dates[int(key[1:]) - 1])
        if key.startswith("t") and key[1:].isdigit():
            return f"{r.randint(7, 19):02d}:{r.choice(['00', '05', '12', '15', '30', '41', '45', '58'])}"
        if key.startswith("year"):
            return str(self.dates[0].year)
        if key.startswith("order"):
            return r.choice(["", "#", "A-", "ORD-"]) + "".join(
                str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 9, 10]))
            )
        if key.startswith("claim"):
            return f"{r.choice(['SC', 'CL', 'SIN', 'SCH', 'NR'])}-{self.dates[0].year}-{r.randint(10000, 999999)}"
        if key.startswith("policy"):
            return f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{r.randint(1000000, 99999999)}"
        if key.startswith("ticket"):
            return f"{r.choice(['INC', 'TCK', 'REQ', 'CS'])}{r.randint(100000, 9999999)}"
        if key.startswith("invoice"):
            return f"{self.dates[0].year}/{r.randint(100, 99999):05d}"
        if key.startswith("ref"):
            return "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(8))
        if key.startswith("masked"):
            return self.masked()
        if key.startswith("ver"):
            return self.version()
        if key.startswith("city"):
            return self.city()
        if key.startswith("amount"):
            a = f"{r.randint(12, 4800)},{r.randint(0, 99):02d}"
            if self.region in ("en_US", "en_GB"):
                return ("$" if self.region == "en_US" else "£") + a.replace(",", ".")
            if self.region == "pt_BR":
                return "R$ " + a
            if lg == "pl":
                return a + " zł"
            return a + " €"
        if key.startswith("n"):
            return str(r.randint(2, 14))
        if key.startswith("pct"):
            return str(r.randint(5, 95))
        if key.startswith("reg"):
            return "".join(r.choice(string.ascii_uppercase) for _ in range(2)) + "-" + str(r.randint(100, 999))
        raise KeyError(key)
