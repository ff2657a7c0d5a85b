"""Value generators for the blind22 text set: personal values (labelled) and look-alikes (not labelled).

Everything is driven by a ``random.Random`` and a seeded Faker, so the output is deterministic.
"""

from __future__ import annotations

import random
import string

from faker import Faker
from stdnum import iban as std_iban
from stdnum.br import cpf as br_cpf
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.us import ssn as us_ssn

LOCALES = {
    "en": ("en_GB", "en_US"),
    "de": ("de_DE",),
    "fr": ("fr_FR",),
    "es": ("es_ES",),
    "it": ("it_IT",),
    "nl": ("nl_NL",),
    "pt": ("pt_PT", "pt_BR"),
    "pl": ("pl_PL",),
}

_FAKERS: dict[str, Faker] = {}


def faker(locale: str, seed: int) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    f = _FAKERS[locale]
    f.seed_instance(seed)
    return f


def d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- towns and streets (own lists, sorted)
TOWNS = {
    "en_GB": [
        ("London", "SW1A 1AA"),
        ("Manchester", "M1 4BT"),
        ("Leeds", "LS1 5DL"),
        ("Bristol", "BS1 4DJ"),
        ("Sheffield", "S1 2HE"),
        ("Norwich", "NR2 1TF"),
        ("York", "YO1 7HH"),
        ("Cardiff", "CF10 1EP"),
        ("Brighton", "BN1 1UG"),
        ("Leicester", "LE1 5WW"),
        ("Reading", "RG1 2AG"),
        ("Exeter", "EX4 3SR"),
    ],
    "en_US": [
        ("Springfield, IL", "62704"),
        ("Austin, TX", "78701"),
        ("Portland, OR", "97205"),
        ("Denver, CO", "80203"),
        ("Columbus, OH", "43215"),
        ("Raleigh, NC", "27601"),
        ("Madison, WI", "53703"),
        ("Tucson, AZ", "85701"),
        ("Boise, ID", "83702"),
        ("Albany, NY", "12207"),
    ],
    "de_DE": [
        ("Berlin", "10115"),
        ("Hamburg", "20095"),
        ("München", "80331"),
        ("Köln", "50667"),
        ("Leipzig", "04109"),
        ("Dresden", "01067"),
        ("Freiburg im Breisgau", "79098"),
        ("Bremen", "28195"),
        ("Nürnberg", "90402"),
        ("Kassel", "34117"),
        ("Halle (Saale)", "06108"),
        ("Bad Homburg", "61348"),
    ],
    "fr_FR": [
        ("Paris", "75011"),
        ("Lyon", "69003"),
        ("Marseille", "13006"),
        ("Toulouse", "31000"),
        ("Nantes", "44000"),
        ("Lille", "59000"),
        ("Rennes", "35000"),
        ("Strasbourg", "67000"),
        ("Aix-en-Provence", "13100"),
        ("Saint-Étienne", "42000"),
        ("Bordeaux", "33000"),
        ("Dijon", "21000"),
    ],
    "es_ES": [
        ("Madrid", "28013"),
        ("Barcelona", "08012"),
        ("Valencia", "46002"),
        ("Sevilla", "41004"),
        ("Zaragoza", "50001"),
        ("Málaga", "29015"),
        ("Bilbao", "48001"),
        ("Granada", "18009"),
        ("Alcalá de Henares", "28801"),
        ("Las Palmas de Gran Canaria", "35002"),
        ("Salamanca", "37002"),
    ],
    "it_IT": [
        ("Milano", "20121"),
        ("Roma", "00184"),
        ("Torino", "10123"),
        ("Napoli", "80132"),
        ("Bologna", "40121"),
        ("Firenze", "50122"),
        ("Bari", "70122"),
        ("Verona", "37121"),
        ("Reggio nell'Emilia", "42121"),
        ("San Donà di Piave", "30027"),
        ("Padova", "35122"),
    ],
    "nl_NL": [
        ("Amsterdam", "1012 AB"),
        ("Rotterdam", "3011 BD"),
        ("Utrecht", "3511 LX"),
        ("Den Haag", "2511 CV"),
        ("Eindhoven", "5611 EM"),
        ("Groningen", "9711 LM"),
        ("'s-Hertogenbosch", "5211 HX"),
        ("Zwolle", "8011 PK"),
        ("Haarlem", "2011 RL"),
        ("Alphen aan den Rijn", "2401 AB"),
    ],
    "pt_PT": [
        ("Lisboa", "1100-053"),
        ("Porto", "4000-322"),
        ("Braga", "4700-435"),
        ("Coimbra", "3000-141"),
        ("Faro", "8000-138"),
        ("Aveiro", "3810-064"),
        ("Setúbal", "2900-480"),
        ("Vila Nova de Gaia", "4400-163"),
    ],
    "pt_BR": [
        ("São Paulo - SP", "01310-100"),
        ("Rio de Janeiro - RJ", "22041-001"),
        ("Belo Horizonte - MG", "30130-010"),
        ("Curitiba - PR", "80010-000"),
        ("Porto Alegre - RS", "90010-150"),
        ("Recife - PE", "50030-230"),
        ("Salvador - BA", "40020-000"),
        ("Fortaleza - CE", "60165-121"),
    ],
    "pl_PL": [
        ("Warszawa", "00-590"),
        ("Kraków", "31-042"),
        ("Wrocław", "50-077"),
        ("Poznań", "61-772"),
        ("Gdańsk", "80-831"),
        ("Łódź", "90-007"),
        ("Lublin", "20-002"),
        ("Bielsko-Biała", "43-300"),
        ("Katowice", "40-003"),
        ("Zielona Góra", "65-001"),
    ],
}

STREETS = {
    "en_GB": [
        "High Street",
        "Station Road",
        "Church Lane",
        "Victoria Road",
        "Mill Lane",
        "Queen's Road",
        "Park Avenue",
        "Kingsway",
        "The Crescent",
        "Albert Terrace",
        "Orchard Close",
        "St John's Road",
    ],
    "en_US": [
        "Oak Street",
        "Maple Avenue",
        "Elm Drive",
        "Lakeview Blvd",
        "W 34th Street",
        "Pine Ridge Road",
        "Sunset Boulevard",
        "Cedar Lane",
        "N Main St",
        "Washington Ave",
        "Hillcrest Court",
        "Birch Way",
    ],
    "de_DE": [
        "Hauptstraße",
        "Bahnhofstr.",
        "Gartenweg",
        "Am Lindenhof",
        "Schillerstraße",
        "Berliner Allee",
        "Kirchplatz",
        "Goethestraße",
        "Im Winkel",
        "Auf dem Berg",
        "Friedrich-Ebert-Straße",
        "Mühlenweg",
    ],
    "fr_FR": [
        "rue de la République",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue des Lilas",
        "impasse du Moulin",
        "place de la Mairie",
        "rue Victor-Hugo",
        "allée des Tilleuls",
        "chemin des Vignes",
        "quai de la Loire",
    ],
    "es_ES": [
        "Calle Mayor",
        "C/ de Alcalá",
        "Avenida de la Constitución",
        "Calle del Pez",
        "Paseo de Gracia",
        "Calle San Vicente",
        "Plaza de España",
        "Camino de Ronda",
        "Calle Real",
        "Avda. Blasco Ibáñez",
    ],
    "it_IT": [
        "Via Roma",
        "Via Garibaldi",
        "Corso Vittorio Emanuele II",
        "Piazza Duomo",
        "Via dei Mille",
        "Viale Europa",
        "Via della Repubblica",
        "Vicolo Stretto",
        "Via San Francesco",
        "Largo Augusto",
    ],
    "nl_NL": [
        "Kerkstraat",
        "Dorpsstraat",
        "Prinsengracht",
        "Molenweg",
        "Stationsplein",
        "Julianalaan",
        "Van Goghstraat",
        "Lange Voorhout",
        "Oudegracht",
        "Burgemeester de Withstraat",
    ],
    "pt_PT": [
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua de Santa Catarina",
        "Travessa do Carmo",
        "Largo do Rato",
        "Rua Dr. António José de Almeida",
        "Praça da República",
        "Rua das Flores",
    ],
    "pt_BR": [
        "Rua Augusta",
        "Avenida Paulista",
        "Rua das Laranjeiras",
        "Rua XV de Novembro",
        "Avenida Atlântica",
        "Rua Oscar Freire",
        "Travessa São José",
        "Rua Barão de Itapetininga",
    ],
    "pl_PL": [
        "ul. Marszałkowska",
        "ul. Długa",
        "ul. Piotrkowska",
        "al. Jerozolimskie",
        "ul. Floriańska",
        "ul. Kościuszki",
        "os. Tysiąclecia",
        "ul. Świętego Marcina",
        "pl. Wolności",
        "ul. Ogrodowa",
    ],
}


def street(rng: random.Random, f: Faker, loc: str) -> str:
    base = rng.choice(STREETS[loc])
    if loc in ("de_DE", "fr_FR", "it_IT", "nl_NL", "pt_PT", "pl_PL") and rng.random() < 0.5:
        base = f.street_name()
        if loc == "pl_PL" and not base.startswith(("ul.", "al.", "pl.", "os.")):
            base = "ul. " + base
        if loc == "fr_FR":
            pass
    num = str(rng.randint(1, 180))
    if loc == "en_GB":
        if rng.random() < 0.2:
            return f"Flat {rng.randint(1, 12)}, {num} {base}"
        return f"{num} {base}"
    if loc == "en_US":
        num = str(rng.randint(100, 9899))
        if rng.random() < 0.25:
            return f"{num} {base}, Apt {rng.randint(1, 40)}{rng.choice('ABC')}"
        return f"{num} {base}"
    if loc == "fr_FR":
        bis = rng.choice(["", "", "", " bis"])
        return f"{num}{bis} {base}" if rng.random() < 0.5 else f"{num}{bis}, {base}"
    if loc == "es_ES":
        extra = rng.choice(["", "", f", {rng.randint(1, 8)}º {rng.choice('ABCD')}", f", {rng.randint(1, 6)}.º izq."])
        return f"{base}, {num}{extra}" if rng.random() < 0.6 else f"{base} {num}{extra}"
    if loc == "it_IT":
        return f"{base} {num}" if rng.random() < 0.6 else f"{base}, {num}"
    if loc == "nl_NL":
        return f"{base} {num}{rng.choice(['', '', 'A', '-2', ' bis'])}"
    if loc == "pt_PT":
        return f"{base}, {num}" + rng.choice(["", "", ", 2.º Esq.", " 3.º Dto."])
    if loc == "pt_BR":
        return f"{base}, {num}" + rng.choice(["", "", ", apto 42", " - Centro"])
    if loc == "pl_PL":
        return f"{base} {num}" + rng.choice(["", "", f"/{rng.randint(1, 60)}", f" m. {rng.randint(1, 60)}"])
    # de_DE
    return f"{base} {num}{rng.choice(['', '', '', 'a', 'b'])}"


def town(rng: random.Random, loc: str) -> tuple[str, str]:
    return rng.choice(sorted(TOWNS[loc]))


def address(rng: random.Random, f: Faker, loc: str, newline: bool = False) -> str:
    st = street(rng, f, loc)
    city, pc = town(rng, loc)
    sep = "\n" if newline else ", "
    if loc == "en_GB":
        return f"{st}{sep}{city} {pc}"
    if loc == "en_US":
        return f"{st}{sep}{city} {pc}"
    if loc == "pt_BR":
        return f"{st}{sep}{city}, {pc}" if rng.random() < 0.5 else f"{st}{sep}CEP {pc}, {city}"
    if loc == "fr_FR" and rng.random() < 0.3:
        return f"{st}{sep}{pc} {city.upper()}"
    if loc == "it_IT":
        prov = {
            "Milano": "MI",
            "Roma": "RM",
            "Torino": "TO",
            "Napoli": "NA",
            "Bologna": "BO",
            "Firenze": "FI",
            "Bari": "BA",
            "Verona": "VR",
            "Reggio nell'Emilia": "RE",
            "San Donà di Piave": "VE",
            "Padova": "PD",
        }
        return f"{st}{sep}{pc} {city}" + (f" ({prov[city]})" if rng.random() < 0.5 else "")
    if loc == "nl_NL" and rng.random() < 0.3:
        return f"{st}{sep}{pc.replace(' ', '')} {city.upper()}" if city[0] != "'" else f"{st}{sep}{pc} {city}"
    return f"{st}{sep}{pc} {city}"


# ---------------------------------------------------------------- names
PARTICLE_SURNAMES = {
    "en": ["O'Brien", "McAllister", "De Souza", "van Dijk", "St. Clair", "MacLeod", "D'Arcy"],
    "de": ["von Bülow", "von der Heide", "zu Stolberg", "van den Boom", "vom Stein", "de Vries", "Graf"],
    "fr": ["de La Fontaine", "Le Goff", "Du Bois", "d'Aubigné", "de Villiers", "Le Roux", "Saint-Just"],
    "es": ["de la Fuente", "del Río", "de los Santos", "Ruiz de Alda", "de Castro", "Fernández de Córdoba"],
    "it": ["De Luca", "Di Stefano", "Lo Bianco", "Dalla Costa", "D'Angelo", "La Rosa", "Degli Esposti"],
    "nl": ["van der Berg", "de Jong", "van den Heuvel", "ter Horst", "van 't Hof", "de Wit", "in 't Veld"],
    "pt": ["dos Santos", "da Silva", "de Oliveira", "do Carmo", "das Neves", "de Sá"],
    "pl": ["Nowak-Jeziorańska", "Wójcik", "Dąbrowski", "Grzegorzewski", "Szczęsny", "Kowalczyk-Żak"],
}
HYPHEN_FIRST = {
    "en": ["Mary-Jane", "Anne-Marie", "Billy-Joe", "Lily-Rose"],
    "de": ["Hans-Peter", "Karl-Heinz", "Anna-Lena", "Marie-Luise", "Jan-Ole"],
    "fr": ["Jean-Pierre", "Marie-Claire", "Jean-Baptiste", "Anne-Sophie", "Pierre-Yves"],
    "es": ["José Luis", "María José", "Juan Carlos", "Ana Belén"],
    "it": ["Gian Luca", "Maria Grazia", "Pier Paolo", "Anna Maria"],
    "nl": ["Jan-Willem", "Anne-Marie", "Pieter-Jan", "Sophie-Anne"],
    "pt": ["Ana Luísa", "João Pedro", "Maria Eduarda", "José Carlos"],
    "pl": ["Anna-Maria", "Jan Paweł", "Maria Magdalena"],
}


def person(rng: random.Random, f: Faker, lang: str) -> tuple[str, str]:
    first, last = f.first_name(), f.last_name()
    r = rng.random()
    if r < 0.12:
        last = rng.choice(PARTICLE_SURNAMES[lang])
    elif r < 0.20:
        last2 = f.last_name()
        if last2 != last:
            last = f"{last} {last2}" if lang in ("es", "pt") else f"{last}-{last2}"
    elif r < 0.27:
        first = rng.choice(HYPHEN_FIRST[lang])
    if lang == "es" and " " not in last and rng.random() < 0.4:
        last = f"{last} {f.last_name()}"
    return first, last


def upper_last(last: str) -> str:
    return last.upper()


def initial(first: str) -> str:
    return first[0] + "."


# ---------------------------------------------------------------- email, url
PERSONAL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com", "aol.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "it": ["libero.it", "gmail.com", "virgilio.it", "tiscali.it", "alice.it"],
    "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl", "xs4all.nl", "planet.nl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "outlook.pt"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
}
COMPANY_DOMAINS = [
    "brightlane.io",
    "nordwerk.de",
    "acme-logistics.com",
    "meridian-tech.eu",
    "solvia.es",
    "vitaflux.it",
    "groenhuis.nl",
    "lusotec.pt",
    "polbud.pl",
    "kestrel-analytics.co.uk",
]

TRANSLIT = str.maketrans(
    {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "à": "a",
        "â": "a",
        "á": "a",
        "ã": "a",
        "ç": "c",
        "í": "i",
        "ì": "i",
        "î": "i",
        "ï": "i",
        "ó": "o",
        "ò": "o",
        "ô": "o",
        "õ": "o",
        "ú": "u",
        "ù": "u",
        "û": "u",
        "ñ": "n",
        "ł": "l",
        "ą": "a",
        "ę": "e",
        "ś": "s",
        "ć": "c",
        "ń": "n",
        "ż": "z",
        "ź": "z",
        "'": "",
        " ": "",
        "-": "",
        ".": "",
        "å": "a",
        "ø": "o",
        "œ": "oe",
        "æ": "ae",
    }
)


def slug(s: str) -> str:
    return s.lower().translate(TRANSLIT)


def personal_email(rng: random.Random, first: str, last: str, lang: str) -> str:
    fi, la = slug(first), slug(last)
    local = rng.choice(
        [
            f"{fi}.{la}",
            f"{fi}{la}",
            f"{fi[0]}{la}",
            f"{fi}_{la}{rng.randint(1, 99)}",
            f"{la}.{fi}",
            f"{fi}{rng.randint(70, 99)}",
            f"{fi[0]}.{la}{rng.randint(1, 9)}",
        ]
    )
    return f"{local}@{rng.choice(PERSONAL_DOMAINS[lang])}"


def work_email(rng: random.Random, first: str, last: str) -> str:
    fi, la = slug(first), slug(last)
    local = rng.choice([f"{fi}.{la}", f"{fi[0]}.{la}", f"{fi}", f"{la}"])
    return f"{local}@{rng.choice(COMPANY_DOMAINS)}"


def profile_url(rng: random.Random, first: str, last: str, lang: str) -> str:
    fi, la = slug(first), slug(last)
    hexs = "".join(rng.choice("0123456789abcdef") for _ in range(6))
    options = [
        f"https://www.linkedin.com/in/{fi}-{la}-{hexs}",
        f"linkedin.com/in/{fi}{la}",
        f"https://github.com/{fi[0]}{la}",
        f"https://www.instagram.com/{fi}.{la}/",
        f"https://x.com/{fi}_{la}",
        f"https://www.facebook.com/{fi}.{la}.{rng.randint(1, 999)}",
        f"https://www.behance.net/{fi}{la}",
    ]
    if lang == "de":
        options.append(f"https://www.xing.com/profile/{first.replace(' ', '')}_{last.replace(' ', '')}")
    return rng.choice(options)


# ---------------------------------------------------------------- phones
def phone(rng: random.Random, loc: str, intl: bool | None = None) -> str:
    if intl is None:
        intl = rng.random() < 0.4
    if loc == "en_GB":
        if rng.random() < 0.65:
            a, b = d(rng, 3), d(rng, 6)
            return f"+44 7{a} {b}" if intl else rng.choice([f"07{a} {b}", f"07{a}{b}", f"07{a} {b[:3]} {b[3:]}"])
        area, x, y = rng.choice([("20", 4, 4), ("161", 3, 4), ("113", 3, 4), ("117", 3, 4)])
        return f"+44 {area} {d(rng, x)} {d(rng, y)}" if intl else f"0{area} {d(rng, x)} {d(rng, y)}"
    if loc == "en_US":
        a = rng.choice(["212", "312", "415", "617", "206", "303", "512", "646", "718", "503"])
        mid, tail = str(rng.randint(201, 989)), d(rng, 4)
        if intl:
            return rng.choice([f"+1 {a} {mid} {tail}", f"+1 ({a}) {mid}-{tail}", f"+1-{a}-{mid}-{tail}"])
        return rng.choice([f"({a}) {mid}-{tail}", f"{a}-{mid}-{tail}", f"{a}.{mid}.{tail}"])
    if loc == "de_DE":
        if rng.random() < 0.6:
            pre, num = rng.choice(["151", "152", "160", "170", "171", "172", "176", "157"]), d(rng, 8)
            return (
                f"+49 {pre} {num}"
                if intl
                else rng.choice([f"0{pre} {num}", f"0{pre}/{num}", f"0{pre}-{num[:4]} {num[4:]}"])
            )
        area, num = rng.choice(["30", "40", "89", "221", "341", "6172"]), d(rng, 7)
        return (
            rng.choice([f"+49 {area} {num}", f"+49 (0){area} {num}"])
            if intl
            else rng.choice([f"0{area} {num}", f"0{area}/{num}"])
        )
    if loc == "fr_FR":
        p = [rng.choice("67") if rng.random() < 0.7 else rng.choice("1245")] + [d(rng, 2) for _ in range(4)]
        if intl:
            return rng.choice(
                [f"+33 {p[0]} {' '.join(p[1:])}", f"+33 (0){p[0]} {' '.join(p[1:])}", f"+33{p[0]}{''.join(p[1:])}"]
            )
        return rng.choice([f"0{p[0]} {' '.join(p[1:])}", f"0{p[0]}.{'.'.join(p[1:])}", f"0{p[0]}{''.join(p[1:])}"])
    if loc == "es_ES":
        if rng.random() < 0.7:
            n = rng.choice("67") + d(rng, 8)
            s = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", n])
        else:
            n = "9" + rng.choice("1356") + d(rng, 7)
            s = f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        return f"+34 {s}" if intl else s
    if loc == "it_IT":
        if rng.random() < 0.7:
            n = "3" + rng.choice("234") + d(rng, 8)
            s = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}", n, f"{n[:3]}-{n[3:]}"])
        else:
            area = rng.choice(["02", "06", "011", "051", "055"])
            s = f"{area} {d(rng, 4)} {d(rng, 4)}" if len(area) == 2 else f"{area} {d(rng, 7)}"
        return f"+39 {s}" if intl else s
    if loc == "nl_NL":
        if rng.random() < 0.65:
            n = d(rng, 8)
            return (
                f"+31 6 {n}"
                if intl
                else rng.choice([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"06{n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])
            )
        area = rng.choice(["20", "10", "30", "70", "40"])
        n = d(rng, 7)
        return f"+31 {area} {n[:3]} {n[3:]}" if intl else rng.choice([f"0{area}-{n}", f"0{area} {n[:3]} {n[3:]}"])
    if loc == "pt_PT":
        n = "9" + rng.choice("1236") + d(rng, 7) if rng.random() < 0.7 else "2" + rng.choice("12") + d(rng, 7)
        s = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])
        return f"+351 {s}" if intl else s
    if loc == "pt_BR":
        ddd, a, b = rng.choice(["11", "21", "31", "41", "51", "81", "71"]), "9" + d(rng, 4), d(rng, 4)
        return (
            rng.choice([f"+55 {ddd} {a}-{b}", f"+55 ({ddd}) {a}-{b}"])
            if intl
            else rng.choice([f"({ddd}) {a}-{b}", f"{ddd} {a}-{b}", f"({ddd}) {a}{b}"])
        )
    # pl_PL
    if rng.random() < 0.7:
        n = rng.choice("5678") + d(rng, 8)
        s = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])
    else:
        n = rng.choice(["22", "12", "71", "61", "58"]) + d(rng, 7)
        s = f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
    return f"+48 {s}" if intl else s


HOTLINES = {
    "en_GB": ["0800 328 4471", "0345 600 1122", "0333 202 8000"],
    "en_US": ["1-800-275-2273", "1 (888) 555-0142", "1-877-426-3370"],
    "de_DE": ["0800 330 1000", "01806 10 20 30", "0800 7237 6663"],
    "fr_FR": ["3639", "0 800 40 50 60", "09 69 32 15 15"],
    "es_ES": ["900 100 200", "902 202 202", "900 831 500"],
    "it_IT": ["800 100 100", "199 112 233", "800 861 500"],
    "nl_NL": ["0800-0400", "0900-1234567", "088 123 4000"],
    "pt_PT": ["808 200 400", "707 201 500", "800 204 000"],
    "pt_BR": ["0800 770 0066", "0800 723 2020", "4004-0001"],
    "pl_PL": ["801 100 100", "800 300 200", "19 505"],
}

# ---------------------------------------------------------------- cards, IBANs, IPs


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def card(rng: random.Random) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + d(rng, 12)
        n = body + luhn_digit(body)
        return rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"])
    body = ("4" + d(rng, 14)) if kind == "visa" else (str(rng.randint(51, 55)) + d(rng, 13))
    n = body + luhn_digit(body)
    return rng.choice(
        [
            " ".join(n[i : i + 4] for i in range(0, 16, 4)),
            "-".join(n[i : i + 4] for i in range(0, 16, 4)),
            n,
            " ".join(n[i : i + 4] for i in range(0, 16, 4)),
        ]
    )


def luhn_fail_16(rng: random.Random) -> str:
    body = d(rng, 15)
    good = luhn_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    n = body + bad
    assert not luhn_ok(n)
    return n


BBAN = {  # (country, pattern) with L letter, D digit
    "GB": "LLLLDDDDDDDDDDDDDD",
    "DE": "D" * 18,
    "FR": "D" * 23,
    "ES": "D" * 20,
    "IT": "L" + "D" * 22,
    "NL": "LLLL" + "D" * 10,
    "PT": "D" * 21,
    "PL": "D" * 24,
}
IBAN_COUNTRY = {
    "en_GB": "GB",
    "en_US": "GB",
    "de_DE": "DE",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "pt_PT": "PT",
    "pt_BR": "PT",
    "pl_PL": "PL",
}
BANK_LETTERS = ["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "ABNA", "RABO", "INGB", "TRIO", "SNSB"]


def iban(rng: random.Random, loc: str, country: str | None = None) -> str:
    cc = country or IBAN_COUNTRY[loc]
    for _ in range(100000):
        pat = BBAN[cc]
        if cc in ("GB", "NL"):
            bank = rng.choice([b for b in BANK_LETTERS if (cc == "GB") == (BANK_LETTERS.index(b) < 5)])
            bban = bank + d(rng, len(pat) - 4)
        else:
            bban = "".join(rng.choice(string.ascii_uppercase) if c == "L" else rng.choice(string.digits) for c in pat)
        check = std_iban.calc_check_digits(cc + "00" + bban)
        num = cc + check + bban
        if std_iban.is_valid(num):
            return std_iban.format(num) if rng.random() < 0.7 else num
    raise RuntimeError(cc)


PUBLIC_FIRST_OCTETS = [
    2,
    5,
    31,
    37,
    46,
    62,
    77,
    78,
    79,
    81,
    82,
    84,
    86,
    88,
    89,
    91,
    93,
    94,
    95,
    109,
    151,
    176,
    178,
    185,
    188,
    193,
    195,
    212,
    213,
    217,
    24,
    68,
    73,
    98,
    104,
]


def ip(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.12:
        groups = [
            "2a02",
            f"{rng.randint(0x8000, 0x8FFF):x}",
            f"{rng.randint(0, 0xFFFF):x}",
            f"{rng.randint(0, 0xFFFF):x}",
            f"{rng.randint(0, 0xFFFF):x}",
            f"{rng.randint(0, 0xFFFF):x}",
            f"{rng.randint(0, 0xFFFF):x}",
            f"{rng.randint(1, 0xFFFF):x}",
        ]
        return ":".join(groups)
    if r < 0.17:
        return f"192.168.{rng.randint(0, 10)}.{rng.randint(2, 254)}"
    return f"{rng.choice(PUBLIC_FIRST_OCTETS)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def version(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(1, 300)}",
            f"v{rng.randint(2, 9)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
            f"10.0.{rng.randint(17000, 22631)}.{rng.randint(100, 4000)}",
            f"{rng.randint(3, 5)}.{rng.randint(10, 30)}.{rng.randint(0, 5)}.{rng.randint(1000, 9999)}",
        ]
    )


# ---------------------------------------------------------------- national IDs
def us_ssn_value(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(s):
            return s


def uk_nino(rng: random.Random) -> str:
    pre = rng.choice(["AB", "CE", "HJ", "JK", "NE", "PR", "SN", "TW", "WL", "YP", "RA", "LM", "ZE", "OS"])
    n = d(rng, 6)
    suf = rng.choice("ABCD")
    return rng.choice([f"{pre} {n[:2]} {n[2:4]} {n[4:]} {suf}", f"{pre}{n}{suf}"])


def uk_nhs(rng: random.Random) -> str:
    while True:
        body = d(rng, 9)
        total = sum(int(c) * (10 - i) for i, c in enumerate(body))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        n = body + str(check)
        if gb_nhs.is_valid(n):
            return f"{n[:3]} {n[3:6]} {n[6:]}" if rng.random() < 0.7 else n


def de_steuer_id(rng: random.Random) -> str:
    from stdnum.iso7064 import mod_11_10

    while True:
        body = str(rng.randint(1, 9)) + d(rng, 9)
        n = body + mod_11_10.calc_check_digit(body)
        if de_idnr.is_valid(n):
            return rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])


def fr_nir_value(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(1, 2)}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{d(rng, 3)}{d(rng, 3)}"
        if body[5:7] == "20":
            continue
        key = 97 - int(body) % 97
        n = body + f"{key:02d}"
        if fr_nir.is_valid(n):
            return rng.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])


def es_dni_value(rng: random.Random) -> str:
    n = d(rng, 8)
    v = n + es_dni.calc_check_digit(n)
    assert es_dni.is_valid(v)
    return rng.choice([v, f"{n}-{v[-1]}"])


def es_nie_value(rng: random.Random) -> str:
    p = rng.choice("XYZ")
    n = d(rng, 7)
    letter = "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]
    v = p + n + letter
    assert es_nie.is_valid(v)
    return v


MONTH_CF = "ABCDEHLMPRST"


def _cf_part(name: str, is_first: bool) -> str:
    letters = [c for c in slug(name).upper() if c.isalpha()]
    cons = [c for c in letters if c not in "AEIOU"]
    vow = [c for c in letters if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return "".join((cons + vow + ["X", "X", "X"])[:3])


def it_cf_value(rng: random.Random, first: str, last: str) -> str:
    y = rng.randint(50, 99)
    m = rng.randint(0, 11)
    day = rng.randint(1, 28) + (40 if rng.random() < 0.5 else 0)
    town_code = rng.choice(["F205", "H501", "L219", "F839", "A944", "D612", "A662", "L781"])
    body = f"{_cf_part(last, False)}{_cf_part(first, True)}{y:02d}{MONTH_CF[m]}{day:02d}{town_code}"
    v = body + it_cf.calc_check_digit(body)
    assert it_cf.is_valid(v), v
    return v


def nl_bsn_value(rng: random.Random) -> str:
    while True:
        n = str(rng.randint(1, 6)) + d(rng, 8)
        if nl_bsn.is_valid(n):
            return rng.choice([n, n, f"{n[:4]}.{n[4:6]}.{n[6:]}"])


def br_cpf_value(rng: random.Random) -> str:
    while True:
        body = d(rng, 9)
        if len(set(body)) == 1:
            continue
        n = body + br_cpf._calc_check_digits(body)
        if br_cpf.is_valid(n):
            return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}" if rng.random() < 0.8 else n


def pt_nif_value(rng: random.Random) -> str:
    body = rng.choice("123") + d(rng, 7)
    n = body + pt_nif.calc_check_digit(body)
    assert pt_nif.is_valid(n)
    return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def pl_pesel_value(rng: random.Random) -> str:
    while True:
        y, m, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
        body = f"{y:02d}{m:02d}{dd:02d}{d(rng, 4)}"
        n = body + pl_pesel.calc_check_digit(body)
        if pl_pesel.is_valid(n):
            return n


def national_id(rng: random.Random, loc: str, first: str, last: str) -> str:
    if loc == "en_US":
        return us_ssn_value(rng)
    if loc == "en_GB":
        return uk_nino(rng) if rng.random() < 0.6 else uk_nhs(rng)
    if loc == "de_DE":
        return de_steuer_id(rng)
    if loc == "fr_FR":
        return fr_nir_value(rng)
    if loc == "es_ES":
        return es_dni_value(rng) if rng.random() < 0.7 else es_nie_value(rng)
    if loc == "it_IT":
        return it_cf_value(rng, first, last)
    if loc == "nl_NL":
        return nl_bsn_value(rng)
    if loc == "pt_PT":
        return pt_nif_value(rng)
    if loc == "pt_BR":
        return br_cpf_value(rng)
    return pl_pesel_value(rng)


# ---------------------------------------------------------------- dates
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


def date_text(rng: random.Random, loc: str, lang: str, y: int) -> str:
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    mn = MONTHS[lang][m - 1]
    if lang == "en":
        if loc == "en_US":
            return rng.choice([f"{m:02d}/{dd:02d}/{y}", f"{mn} {dd}, {y}", f"{m}/{dd}/{y}", f"{y}-{m:02d}-{dd:02d}"])
        return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{dd} {mn[:3]} {y}", f"{y}-{m:02d}-{dd:02d}"])
    if lang == "de":
        return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}. {mn} {y}"])
    if lang == "fr":
        return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{'1er' if dd == 1 else dd} {mn} {y}"])
    if lang == "es":
        return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mn} de {y}", f"{dd}-{m:02d}-{y}"])
    if lang == "it":
        return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} {mn} {y}", f"{dd}.{m:02d}.{y}"])
    if lang == "nl":
        return rng.choice([f"{dd:02d}-{m:02d}-{y}", f"{dd} {mn} {y}", f"{dd:02d}/{m:02d}/{y}"])
    if lang == "pt":
        return rng.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd} de {mn} de {y}", f"{dd:02d}-{m:02d}-{y}"])
    return rng.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd} {mn} {y}", f"{dd} {mn} {y} r.", f"{y}-{m:02d}-{dd:02d}"])


# ---------------------------------------------------------------- look-alikes and fillers (never labelled)
COMPANIES = {
    "en": [
        "Marks & Spencer",
        "Sainsbury's",
        "Johnson & Sons Plumbing",
        "Harrison Logistics Ltd",
        "Wells Fargo",
        "McDonald's",
        "Morgan Stanley",
        "Boots",
        "Dyson",
        "Ford",
    ],
    "de": [
        "Müller Drogerie",
        "Rossmann",
        "Fielmann",
        "Dr. Oetker",
        "Schuster Logistik GmbH",
        "Bosch",
        "Vorwerk",
        "Haribo",
        "Lidl",
        "Porsche",
    ],
    "fr": [
        "Leclerc",
        "Darty",
        "Boulangerie Dupont",
        "Michelin",
        "Peugeot",
        "Lacoste",
        "Decathlon",
        "Carrefour",
        "Maison Martin & Fils",
        "Hermès",
    ],
    "es": [
        "El Corte Inglés",
        "Mercadona",
        "Ferretería Martínez S.L.",
        "Bodegas Torres",
        "Mapfre",
        "Zara",
        "Chupa Chups",
        "Roca",
    ],
    "it": [
        "Ferrero",
        "Barilla",
        "Lavazza",
        "Benetton",
        "Pirelli",
        "Esselunga",
        "Trattoria da Mario",
        "Olivetti",
        "Ferramenta Rossi snc",
    ],
    "nl": [
        "Albert Heijn",
        "Philips",
        "Heineken",
        "Van Haren",
        "De Vries Installatietechniek B.V.",
        "Jumbo",
        "Hema",
        "Douwe Egberts",
    ],
    "pt": [
        "Pingo Doce",
        "Continente",
        "Casas Bahia",
        "Magazine Luiza",
        "Farmácia Silva",
        "Delta Cafés",
        "Natura",
        "Sonae",
    ],
    "pl": ["Biedronka", "Żabka", "E. Wedel", "Kowalski Transport sp. z o.o.", "Allegro", "InPost", "Orlen", "Rossmann"],
}
PRODUCTS = {
    "en": [
        "Dyson V11 vacuum",
        "Ford Fiesta floor mats",
        "Philips Hue starter kit",
        "Bosch drill",
        "Kenwood Chef mixer",
    ],
    "de": ["Dyson V11", "Vorwerk Thermomix", "Miele Waschmaschine", "Porsche-Design Uhr", "Braun Rasierer"],
    "fr": ["aspirateur Dyson V11", "cafetière Moulinex", "perceuse Bosch", "Renault Clio", "robot Kenwood"],
    "es": ["aspirador Dyson V11", "robot Thermomix", "taladro Bosch", "Seat Ibiza", "freidora Cecotec"],
    "it": ["aspirapolvere Dyson V11", "macchina Bialetti", "trapano Bosch", "Fiat Panda", "frullatore Kenwood"],
    "nl": ["Dyson V11", "Philips Airfryer", "Bosch boormachine", "Gazelle fiets", "Douwe Egberts Senseo"],
    "pt": ["aspirador Dyson V11", "Bimby Vorwerk", "berbequim Bosch", "Fiat Uno", "cafeteira Delta Q"],
    "pl": ["odkurzacz Dyson V11", "ekspres Philips", "wiertarka Bosch", "Fiat Tipo", "robot Thermomix"],
}
SUPPORT_MAILBOXES = {
    "en": ["support@brightlane.io", "help@shopwise.co.uk", "customercare@meridian-tech.eu", "noreply@parcelnet.com"],
    "de": ["kundenservice@nordwerk.de", "support@shop24.de", "info@stadtwerke-beispiel.de", "service@mobilfunk.de"],
    "fr": ["service-client@boutique.fr", "contact@mutuelle-exemple.fr", "support@appli.fr", "sav@electromenager.fr"],
    "es": ["atencionalcliente@tienda.es", "soporte@appmovil.es", "info@solvia.es", "reclamaciones@envios.es"],
    "it": ["assistenza@negozio.it", "servizioclienti@vitaflux.it", "info@spedizioni.it", "supporto@app.it"],
    "nl": ["klantenservice@webwinkel.nl", "support@groenhuis.nl", "info@bezorging.nl", "helpdesk@app.nl"],
    "pt": ["apoio@loja.pt", "suporte@lusotec.pt", "sac@loja.com.br", "atendimento@entregas.com.br"],
    "pl": ["bok@sklep.pl", "pomoc@polbud.pl", "kontakt@aplikacja.pl", "reklamacje@kurier.pl"],
}
WEB_URLS = {
    "en": ["https://www.shopwise.co.uk/help/returns", "https://status.brightlane.io", "www.parcelnet.com/track"],
    "de": ["https://www.shop24.de/agb", "www.nordwerk.de/hilfe/rueckgabe", "https://status.mobilfunk.de"],
    "fr": ["https://www.boutique.fr/aide/retours", "www.appli.fr/cgv", "https://suivi.colis.fr"],
    "es": ["https://www.tienda.es/ayuda/devoluciones", "www.solvia.es/faq", "https://seguimiento.envios.es"],
    "it": ["https://www.negozio.it/aiuto/resi", "www.vitaflux.it/faq", "https://tracking.spedizioni.it"],
    "nl": ["https://www.webwinkel.nl/klantenservice/retourneren", "www.groenhuis.nl/faq", "https://track.bezorging.nl"],
    "pt": ["https://www.loja.pt/ajuda/devolucoes", "www.lusotec.pt/faq", "https://rastreio.entregas.com.br"],
    "pl": ["https://www.sklep.pl/pomoc/zwroty", "www.polbud.pl/faq", "https://sledzenie.kurier.pl"],
}
CURRENCY = {"en_GB": "£{}", "en_US": "${}", "pt_BR": "R$ {}", "pl_PL": "{} zł"}


def amount(rng: random.Random, loc: str) -> str:
    v = f"{rng.randint(9, 480)},{rng.randint(0, 99):02d}"
    if loc in ("en_GB", "en_US"):
        v = v.replace(",", ".")
    return CURRENCY.get(loc, "{} €").format(v)


def order_no(rng: random.Random) -> str:
    return rng.choice(
        [f"#{d(rng, 7)}", f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 7)}", f"A{d(rng, 9)}", f"ORD-{d(rng, 6)}", f"{d(rng, 10)}"]
    )


def invoice_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"INV-2024-{d(rng, 5)}",
            f"RE-{d(rng, 8)}",
            f"F{rng.randint(2023, 2025)}/{d(rng, 6)}",
            f"{rng.randint(2023, 2025)}-{d(rng, 6)}",
        ]
    )


def tracking_no(rng: random.Random) -> str:
    return rng.choice(
        [
            f"1Z{d(rng, 3)}AA{d(rng, 10)}",
            f"JJD{d(rng, 15)}",
            f"{d(rng, 2)}{d(rng, 12)}",
            f"RR{d(rng, 9)}PL",
            f"CV{d(rng, 9)}DE",
            luhn_fail_16(rng),
        ]
    )


def ticket_no(rng: random.Random) -> str:
    return rng.choice(
        [f"#{d(rng, 5)}", f"TCK-{d(rng, 6)}", f"CS-{rng.randint(2023, 2025)}-{d(rng, 4)}", f"INC{d(rng, 7)}"]
    )


def customer_no(rng: random.Random) -> str:
    return rng.choice([f"KD-{d(rng, 6)}", f"C{d(rng, 8)}", f"{d(rng, 9)}", f"CUST-{d(rng, 5)}"])


def serial_no(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))


def masked_card(rng: random.Random) -> str:
    last4 = d(rng, 4)
    return rng.choice([f"**** {last4}", f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", last4, f"•••• {last4}"])
