"""Shared locale data and value generators for the blind4 evaluation set.

Everything is deterministic: callers pass a ``random.Random`` seeded from a fixed value, Faker
instances are seeded per locale, and only ordered collections are iterated.
"""

from __future__ import annotations

import random
import unicodedata
import zlib
from datetime import date, timedelta
from functools import cache

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as br_cpf
from stdnum.es import ccc as es_ccc
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.us import ssn as us_ssn

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl"]

CATEGORY = {}
for _e in [
    "PERSON_NAME",
    "EMAIL",
    "PHONE",
    "NATIONAL_ID",
    "CREDIT_CARD",
    "IBAN",
    "BANK_ACCOUNT",
    "IP_ADDRESS",
    "MAC_ADDRESS",
    "STREET_ADDRESS",
    "GEO_COORDINATE",
    "URL",
    "USERNAME",
    "PASSPORT",
    "DRIVER_LICENSE",
    "LICENSE_PLATE",
    "DEVICE_ID",
    "MEDICAL_RECORD_NUMBER",
    "FREE_TEXT_WITH_PII",
]:
    CATEGORY[_e] = "direct_identifier"
for _e in [
    "DATE_OF_BIRTH",
    "AGE",
    "GENDER",
    "POSTAL_CODE",
    "CITY",
    "COUNTRY",
    "OCCUPATION",
    "MARITAL_STATUS",
    "EDUCATION",
    "NATIONALITY",
]:
    CATEGORY[_e] = "quasi_identifier"
for _e in ["ETHNICITY", "RELIGION", "HEALTH", "SEXUAL_ORIENTATION", "POLITICAL_OPINION", "TRADE_UNION", "FINANCIAL"]:
    CATEGORY[_e] = "sensitive"
CATEGORY["NONE"] = "none"

TEXT_ENTITIES = [
    "PERSON_NAME",
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "IP_ADDRESS",
    "NATIONAL_ID",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
    "URL",
]


def stable_seed(*parts: object) -> int:
    return zlib.crc32("|".join(map(str, parts)).encode())


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------------------------------
# curated real-world lists (cities, streets, domains, occupations ...)
CITIES = {
    "en_US": [
        "New York",
        "Chicago",
        "Houston",
        "Phoenix",
        "Philadelphia",
        "San Antonio",
        "San Diego",
        "Dallas",
        "Austin",
        "Columbus",
        "Charlotte",
        "Indianapolis",
        "Seattle",
        "Denver",
        "Boston",
        "Nashville",
        "Portland",
        "Las Vegas",
        "Detroit",
        "Memphis",
        "Louisville",
        "Baltimore",
        "Milwaukee",
        "Tucson",
        "Fresno",
        "Sacramento",
        "Atlanta",
        "Omaha",
        "Raleigh",
        "Miami",
        "Tulsa",
        "Cleveland",
        "Tampa",
    ],
    "en_GB": [
        "London",
        "Birmingham",
        "Manchester",
        "Leeds",
        "Glasgow",
        "Sheffield",
        "Bristol",
        "Liverpool",
        "Edinburgh",
        "Cardiff",
        "Leicester",
        "Coventry",
        "Nottingham",
        "Newcastle upon Tyne",
        "Brighton",
        "Hull",
        "Plymouth",
        "Stoke-on-Trent",
        "Derby",
        "Southampton",
        "Reading",
        "Norwich",
        "York",
        "Swansea",
        "Aberdeen",
        "Oxford",
        "Cambridge",
        "Exeter",
        "Bath",
        "Luton",
    ],
    "de_DE": [
        "Berlin",
        "Hamburg",
        "München",
        "Köln",
        "Frankfurt am Main",
        "Stuttgart",
        "Düsseldorf",
        "Leipzig",
        "Dortmund",
        "Essen",
        "Bremen",
        "Dresden",
        "Hannover",
        "Nürnberg",
        "Duisburg",
        "Bochum",
        "Wuppertal",
        "Bielefeld",
        "Bonn",
        "Münster",
        "Mannheim",
        "Karlsruhe",
        "Augsburg",
        "Wiesbaden",
        "Mönchengladbach",
        "Gelsenkirchen",
        "Aachen",
        "Braunschweig",
        "Kiel",
        "Chemnitz",
        "Halle (Saale)",
        "Magdeburg",
        "Freiburg im Breisgau",
        "Lübeck",
        "Erfurt",
        "Rostock",
        "Kassel",
        "Mainz",
        "Paderborn",
        "Ulm",
        "Würzburg",
        "Göttingen",
        "Bad Homburg",
        "Neuss",
        "Pforzheim",
    ],
    "fr_FR": [
        "Paris",
        "Marseille",
        "Lyon",
        "Toulouse",
        "Nice",
        "Nantes",
        "Montpellier",
        "Strasbourg",
        "Bordeaux",
        "Lille",
        "Rennes",
        "Reims",
        "Saint-Étienne",
        "Toulon",
        "Le Havre",
        "Grenoble",
        "Dijon",
        "Angers",
        "Nîmes",
        "Villeurbanne",
        "Clermont-Ferrand",
        "Le Mans",
        "Aix-en-Provence",
        "Brest",
        "Tours",
        "Amiens",
        "Limoges",
        "Annecy",
        "Perpignan",
        "Metz",
        "Besançon",
        "Orléans",
        "Rouen",
        "Mulhouse",
        "Caen",
        "Nancy",
        "Argenteuil",
        "Saint-Denis",
        "Montreuil",
        "Roubaix",
    ],
    "es_ES": [
        "Madrid",
        "Barcelona",
        "Valencia",
        "Sevilla",
        "Zaragoza",
        "Málaga",
        "Murcia",
        "Palma",
        "Las Palmas de Gran Canaria",
        "Bilbao",
        "Alicante",
        "Córdoba",
        "Valladolid",
        "Vigo",
        "Gijón",
        "L'Hospitalet de Llobregat",
        "Vitoria-Gasteiz",
        "A Coruña",
        "Granada",
        "Elche",
        "Oviedo",
        "Badalona",
        "Cartagena",
        "Terrassa",
        "Jerez de la Frontera",
        "Sabadell",
        "Móstoles",
        "Santa Cruz de Tenerife",
        "Pamplona",
        "Almería",
        "Alcalá de Henares",
        "San Sebastián",
        "Burgos",
        "Salamanca",
        "Albacete",
        "Getafe",
        "Logroño",
        "Cáceres",
        "León",
        "Tarragona",
    ],
    "it_IT": [
        "Roma",
        "Milano",
        "Napoli",
        "Torino",
        "Palermo",
        "Genova",
        "Bologna",
        "Firenze",
        "Bari",
        "Catania",
        "Venezia",
        "Verona",
        "Messina",
        "Padova",
        "Trieste",
        "Taranto",
        "Brescia",
        "Parma",
        "Prato",
        "Modena",
        "Reggio Calabria",
        "Reggio Emilia",
        "Perugia",
        "Ravenna",
        "Livorno",
        "Cagliari",
        "Foggia",
        "Rimini",
        "Salerno",
        "Ferrara",
        "Sassari",
        "Latina",
        "Monza",
        "Siracusa",
        "Pescara",
        "Bergamo",
        "Vicenza",
        "Trento",
        "Bolzano",
        "Novara",
        "Ancona",
        "Lecce",
    ],
    "nl_NL": [
        "Amsterdam",
        "Rotterdam",
        "Den Haag",
        "Utrecht",
        "Eindhoven",
        "Groningen",
        "Tilburg",
        "Almere",
        "Breda",
        "Nijmegen",
        "Apeldoorn",
        "Arnhem",
        "Haarlem",
        "Haarlemmermeer",
        "Amersfoort",
        "Zaanstad",
        "Enschede",
        "'s-Hertogenbosch",
        "Zwolle",
        "Zoetermeer",
        "Leiden",
        "Maastricht",
        "Dordrecht",
        "Ede",
        "Alphen aan den Rijn",
        "Westland",
        "Alkmaar",
        "Emmen",
        "Delft",
        "Venlo",
        "Deventer",
        "Sittard-Geleen",
        "Helmond",
        "Oss",
        "Amstelveen",
        "Hilversum",
        "Heerlen",
        "Leeuwarden",
        "Purmerend",
    ],
    "pt_PT": [
        "Lisboa",
        "Porto",
        "Vila Nova de Gaia",
        "Amadora",
        "Braga",
        "Funchal",
        "Coimbra",
        "Setúbal",
        "Almada",
        "Agualva-Cacém",
        "Queluz",
        "Rio Tinto",
        "Barreiro",
        "Aveiro",
        "Viseu",
        "Leiria",
        "Faro",
        "Guimarães",
        "Odivelas",
        "Matosinhos",
        "Sintra",
        "Cascais",
        "Loures",
        "Évora",
        "Viana do Castelo",
        "Póvoa de Varzim",
        "Portimão",
        "Santarém",
        "Castelo Branco",
        "Covilhã",
        "Ponta Delgada",
    ],
    "pt_BR": [
        "São Paulo",
        "Rio de Janeiro",
        "Brasília",
        "Salvador",
        "Fortaleza",
        "Belo Horizonte",
        "Manaus",
        "Curitiba",
        "Recife",
        "Goiânia",
        "Belém",
        "Porto Alegre",
        "Guarulhos",
        "Campinas",
        "São Luís",
        "Maceió",
        "Natal",
        "Teresina",
        "Campo Grande",
        "João Pessoa",
        "Florianópolis",
        "Santos",
        "Niterói",
        "Londrina",
        "Joinville",
        "Uberlândia",
        "Sorocaba",
        "Ribeirão Preto",
    ],
    "pl_PL": [
        "Warszawa",
        "Kraków",
        "Łódź",
        "Wrocław",
        "Poznań",
        "Gdańsk",
        "Szczecin",
        "Bydgoszcz",
        "Lublin",
        "Białystok",
        "Katowice",
        "Gdynia",
        "Częstochowa",
        "Radom",
        "Toruń",
        "Sosnowiec",
        "Rzeszów",
        "Kielce",
        "Gliwice",
        "Olsztyn",
        "Zabrze",
        "Bielsko-Biała",
        "Bytom",
        "Zielona Góra",
        "Rybnik",
        "Ruda Śląska",
        "Opole",
        "Tychy",
        "Gorzów Wielkopolski",
        "Elbląg",
        "Płock",
        "Wałbrzych",
        "Włocławek",
        "Tarnów",
        "Chorzów",
        "Koszalin",
        "Kalisz",
        "Legnica",
        "Nowy Sącz",
        "Zamość",
    ],
}
US_STATE = {
    "New York": "NY",
    "Chicago": "IL",
    "Houston": "TX",
    "Phoenix": "AZ",
    "Philadelphia": "PA",
    "San Antonio": "TX",
    "San Diego": "CA",
    "Dallas": "TX",
    "Austin": "TX",
    "Columbus": "OH",
    "Charlotte": "NC",
    "Indianapolis": "IN",
    "Seattle": "WA",
    "Denver": "CO",
    "Boston": "MA",
    "Nashville": "TN",
    "Portland": "OR",
    "Las Vegas": "NV",
    "Detroit": "MI",
    "Memphis": "TN",
    "Louisville": "KY",
    "Baltimore": "MD",
    "Milwaukee": "WI",
    "Tucson": "AZ",
    "Fresno": "CA",
    "Sacramento": "CA",
    "Atlanta": "GA",
    "Omaha": "NE",
    "Raleigh": "NC",
    "Miami": "FL",
    "Tulsa": "OK",
    "Cleveland": "OH",
    "Tampa": "FL",
}
BR_UF = {
    "São Paulo": "SP",
    "Rio de Janeiro": "RJ",
    "Brasília": "DF",
    "Salvador": "BA",
    "Fortaleza": "CE",
    "Belo Horizonte": "MG",
    "Manaus": "AM",
    "Curitiba": "PR",
    "Recife": "PE",
    "Goiânia": "GO",
    "Belém": "PA",
    "Porto Alegre": "RS",
    "Guarulhos": "SP",
    "Campinas": "SP",
    "São Luís": "MA",
    "Maceió": "AL",
    "Natal": "RN",
    "Teresina": "PI",
    "Campo Grande": "MS",
    "João Pessoa": "PB",
    "Florianópolis": "SC",
    "Santos": "SP",
    "Niterói": "RJ",
    "Londrina": "PR",
    "Joinville": "SC",
    "Uberlândia": "MG",
    "Sorocaba": "SP",
    "Ribeirão Preto": "SP",
}
STREETS = {
    "en_US": [
        "Main St",
        "Oak Avenue",
        "Maple Dr",
        "Cedar Lane",
        "Park Ave",
        "Elm Street",
        "Washington Blvd",
        "Lakeview Rd",
        "Pine St",
        "Sunset Boulevard",
        "Hillcrest Drive",
        "2nd Street",
        "Jefferson Ave",
        "Highland Ave",
        "Meadow Lane",
        "Church St",
        "Ridge Road",
        "Willow Way",
        "Lincoln Ave",
        "River Rd",
    ],
    "en_GB": [
        "High Street",
        "Station Road",
        "Church Lane",
        "Victoria Road",
        "Green Lane",
        "Manor Road",
        "Park Road",
        "Queens Road",
        "Kings Road",
        "Mill Lane",
        "The Crescent",
        "New Road",
        "London Road",
        "Albert Street",
        "York Road",
        "Grange Avenue",
        "Springfield Close",
        "Windsor Gardens",
    ],
    "de_DE": [
        "Hauptstraße",
        "Schulstraße",
        "Gartenstr.",
        "Bahnhofstraße",
        "Dorfstraße",
        "Bergstr.",
        "Birkenweg",
        "Lindenstraße",
        "Kirchstraße",
        "Waldstraße",
        "Ringstraße",
        "Goethestraße",
        "Schillerstr.",
        "Am Markt",
        "Mozartweg",
        "Friedrich-Ebert-Straße",
        "Rosenweg",
        "Wiesenweg",
        "Kastanienallee",
        "Am Sportplatz",
        "Feldstraße",
        "Parkstraße",
        "Eichendorffstraße",
    ],
    "fr_FR": [
        "rue de la Paix",
        "avenue Jean Jaurès",
        "rue Victor Hugo",
        "boulevard Voltaire",
        "rue de la Gare",
        "place de l'Église",
        "rue des Lilas",
        "chemin des Vignes",
        "allée des Tilleuls",
        "rue Pasteur",
        "avenue de la République",
        "rue du Moulin",
        "impasse des Roses",
        "rue Nationale",
        "boulevard Gambetta",
        "rue Émile Zola",
        "quai des Chartrons",
        "rue de la Liberté",
    ],
    "es_ES": [
        "Calle Mayor",
        "Avenida de la Constitución",
        "Calle Real",
        "Plaza de España",
        "Calle del Sol",
        "Paseo de la Castellana",
        "Calle San Juan",
        "Avenida Andalucía",
        "Calle Gran Vía",
        "Calle de Alcalá",
        "Ronda de Segovia",
        "Calle Serrano",
        "Camino de Ronda",
        "Calle Nueva",
        "Travesía del Carmen",
        "Avenida Diagonal",
        "Calle Cervantes",
        "Calle Velázquez",
    ],
    "it_IT": [
        "Via Roma",
        "Via Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via Mazzini",
        "Piazza Dante",
        "Via Verdi",
        "Viale dei Mille",
        "Via Cavour",
        "Via Dante Alighieri",
        "Via Marconi",
        "Via XX Settembre",
        "Corso Italia",
        "Via Nazionale",
        "Via dei Mille",
        "Viale Europa",
        "Via Manzoni",
        "Via San Francesco",
        "Vicolo del Forno",
        "Largo Augusto",
    ],
    "nl_NL": [
        "Kerkstraat",
        "Dorpsstraat",
        "Molenweg",
        "Schoolstraat",
        "Stationsweg",
        "Julianastraat",
        "Wilhelminalaan",
        "Beatrixstraat",
        "Markt",
        "Prinsengracht",
        "Keizersgracht",
        "Nieuwstraat",
        "Parallelweg",
        "Spoorlaan",
        "Lindelaan",
        "Emmastraat",
        "Oranjestraat",
        "Hoofdstraat",
        "Van Goghlaan",
        "Burgemeester de Jonghweg",
    ],
    "pt_PT": [
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua de Santa Catarina",
        "Rua do Carmo",
        "Avenida dos Aliados",
        "Rua Direita",
        "Travessa do Carvalho",
        "Largo do Rato",
        "Rua Dom João V",
        "Avenida da República",
        "Rua Sá da Bandeira",
        "Rua das Flores",
        "Praceta Luís de Camões",
        "Rua 25 de Abril",
        "Estrada de Benfica",
        "Rua Cândido dos Reis",
    ],
    "pt_BR": [
        "Rua das Flores",
        "Avenida Paulista",
        "Rua XV de Novembro",
        "Avenida Brasil",
        "Rua Sete de Setembro",
        "Rua da Consolação",
        "Avenida Atlântica",
        "Rua Augusta",
        "Avenida Getúlio Vargas",
        "Rua Voluntários da Pátria",
        "Alameda Santos",
        "Rua Barão de Itapetininga",
    ],
    "pl_PL": [
        "ul. Marszałkowska",
        "ul. Mickiewicza",
        "ul. Kościuszki",
        "ul. Słowackiego",
        "ul. Długa",
        "ul. Polna",
        "ul. Lipowa",
        "ul. Leśna",
        "ul. Ogrodowa",
        "al. Jerozolimskie",
        "ul. Piłsudskiego",
        "ul. Kwiatowa",
        "ul. Szkolna",
        "os. Tysiąclecia",
        "ul. Sienkiewicza",
        "ul. Jana Pawła II",
        "ul. Wojska Polskiego",
        "ul. Różana",
        "pl. Wolności",
        "ul. Zielona",
    ],
}
MAIL_DOMAINS = {
    "en": [
        "gmail.com",
        "yahoo.com",
        "outlook.com",
        "hotmail.com",
        "aol.com",
        "icloud.com",
        "btinternet.com",
        "hotmail.co.uk",
        "comcast.net",
    ],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "freenet.de", "posteo.de", "outlook.de", "gmx.net"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "hotmail.fr", "sfr.fr", "wanadoo.fr", "yahoo.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "movistar.es"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it", "hotmail.it", "yahoo.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "planet.nl", "live.nl"],
    "pt": ["sapo.pt", "gmail.com", "hotmail.com", "outlook.pt", "uol.com.br", "bol.com.br", "iol.pt"],
    "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com", "op.pl", "poczta.fm"],
}
OCCUPATIONS = {
    "en": [
        "Nurse",
        "Teacher",
        "Software Engineer",
        "Accountant",
        "Electrician",
        "Retail Assistant",
        "Plumber",
        "Truck Driver",
        "Pharmacist",
        "Chef",
        "Police Officer",
        "Student",
        "Retired",
        "Lawyer",
        "Cashier",
        "Civil Engineer",
        "Warehouse Operative",
        "Hairdresser",
        "Dentist",
        "Farmer",
    ],
    "de": [
        "Krankenpfleger",
        "Lehrerin",
        "Softwareentwickler",
        "Bürokauffrau",
        "Elektriker",
        "Verkäuferin",
        "Maurer",
        "Berufskraftfahrer",
        "Apotheker",
        "Koch",
        "Polizeibeamter",
        "Student",
        "Rentner",
        "Rechtsanwältin",
        "Erzieherin",
        "Ingenieur",
        "Lagerist",
        "Friseurin",
        "Zahnarzt",
        "Landwirt",
    ],
    "fr": [
        "infirmière",
        "professeur des écoles",
        "développeur",
        "comptable",
        "électricien",
        "vendeuse",
        "plombier",
        "chauffeur routier",
        "pharmacien",
        "cuisinier",
        "gendarme",
        "étudiant",
        "retraité",
        "avocate",
        "caissière",
        "ingénieur",
        "magasinier",
        "coiffeuse",
        "agriculteur",
        "aide-soignante",
    ],
    "es": [
        "enfermera",
        "profesor",
        "programador",
        "contable",
        "electricista",
        "dependienta",
        "fontanero",
        "camionero",
        "farmacéutica",
        "cocinero",
        "policía",
        "estudiante",
        "jubilado",
        "abogada",
        "cajera",
        "ingeniero",
        "mozo de almacén",
        "peluquera",
        "agricultor",
        "administrativo",
    ],
    "it": [
        "infermiera",
        "insegnante",
        "sviluppatore software",
        "commercialista",
        "elettricista",
        "commessa",
        "idraulico",
        "autotrasportatore",
        "farmacista",
        "cuoco",
        "carabiniere",
        "studente",
        "pensionato",
        "avvocato",
        "cassiera",
        "ingegnere",
        "magazziniere",
        "parrucchiera",
        "agricoltore",
        "impiegata",
    ],
    "nl": [
        "verpleegkundige",
        "leraar",
        "softwareontwikkelaar",
        "boekhouder",
        "elektricien",
        "verkoopster",
        "loodgieter",
        "vrachtwagenchauffeur",
        "apotheker",
        "kok",
        "politieagent",
        "student",
        "gepensioneerd",
        "advocaat",
        "caissière",
        "ingenieur",
        "magazijnmedewerker",
        "kapper",
        "tandarts",
        "boer",
    ],
    "pt": [
        "enfermeira",
        "professor",
        "programador",
        "contabilista",
        "eletricista",
        "vendedora",
        "canalizador",
        "motorista",
        "farmacêutica",
        "cozinheiro",
        "polícia",
        "estudante",
        "reformado",
        "advogada",
        "operadora de caixa",
        "engenheiro",
        "empregado de armazém",
        "cabeleireira",
        "agricultor",
        "administrativa",
    ],
    "pl": [
        "pielęgniarka",
        "nauczyciel",
        "programista",
        "księgowa",
        "elektryk",
        "sprzedawczyni",
        "hydraulik",
        "kierowca",
        "farmaceutka",
        "kucharz",
        "policjant",
        "student",
        "emeryt",
        "adwokat",
        "kasjerka",
        "inżynier",
        "magazynier",
        "fryzjerka",
        "rolnik",
        "urzędniczka",
    ],
}
COUNTRIES = {
    "en": [
        "United Kingdom",
        "United States",
        "Ireland",
        "India",
        "Poland",
        "Nigeria",
        "Canada",
        "Pakistan",
        "Germany",
        "Romania",
        "Italy",
        "Australia",
    ],
    "de": [
        "Deutschland",
        "Türkei",
        "Polen",
        "Syrien",
        "Rumänien",
        "Italien",
        "Österreich",
        "Kroatien",
        "Griechenland",
        "Russland",
        "Ukraine",
        "Schweiz",
    ],
    "fr": [
        "France",
        "Algérie",
        "Maroc",
        "Portugal",
        "Tunisie",
        "Italie",
        "Belgique",
        "Sénégal",
        "Espagne",
        "Turquie",
        "Côte d'Ivoire",
        "Suisse",
    ],
    "es": [
        "España",
        "Marruecos",
        "Rumanía",
        "Colombia",
        "Ecuador",
        "Venezuela",
        "Argentina",
        "Perú",
        "Reino Unido",
        "Italia",
        "China",
        "Bolivia",
    ],
    "it": [
        "Italia",
        "Romania",
        "Albania",
        "Marocco",
        "Cina",
        "Ucraina",
        "Filippine",
        "India",
        "Moldavia",
        "Egitto",
        "Perù",
        "Germania",
    ],
    "nl": [
        "Nederland",
        "Turkije",
        "Marokko",
        "Suriname",
        "Indonesië",
        "Duitsland",
        "Polen",
        "België",
        "Curaçao",
        "Syrië",
        "China",
        "India",
    ],
    "pt": [
        "Portugal",
        "Brasil",
        "Cabo Verde",
        "Angola",
        "Reino Unido",
        "Ucrânia",
        "França",
        "Espanha",
        "Moçambique",
        "Guiné-Bissau",
        "Roménia",
        "China",
    ],
    "pl": [
        "Polska",
        "Ukraina",
        "Niemcy",
        "Białoruś",
        "Wielka Brytania",
        "Rosja",
        "Litwa",
        "Czechy",
        "Słowacja",
        "Wietnam",
        "Gruzja",
        "Indie",
    ],
}
COMPANIES = {
    "en": [
        "Acme Logistics Ltd",
        "Baker & Sons Plumbing",
        "Harrison Retail Group plc",
        "Smith Consulting LLC",
        "Northwind Traders Inc.",
        "Johnson Controls",
        "Blue Harbour Foods",
        "Greenfield Dental Care",
    ],
    "de": [
        "Müller GmbH",
        "Schneider & Partner mbB",
        "Bäckerei Schmitz",
        "Autohaus Becker KG",
        "Weber Logistik GmbH & Co. KG",
        "Hoffmann IT Services",
        "Stadtwerke Bielefeld",
        "Fischer Bau AG",
    ],
    "fr": [
        "Dupont SARL",
        "Boulangerie Martin",
        "Transports Bernard SAS",
        "Lefèvre & Fils",
        "Groupe Moreau",
        "Pharmacie Petit",
        "Garage Durand",
        "Crédit Agricole Centre-Est",
    ],
    "es": [
        "García y Asociados S.L.",
        "Construcciones López S.A.",
        "Farmacia Martínez",
        "Talleres Sánchez",
        "Grupo Fernández",
        "Distribuciones Pérez S.L.",
        "Mercadona",
        "Asesoría Gómez",
    ],
    "it": [
        "Rossi S.r.l.",
        "Bianchi & Figli S.p.A.",
        "Pasticceria Romano",
        "Ferrari Trasporti",
        "Studio Colombo",
        "Ricci Costruzioni S.r.l.",
        "Farmacia Esposito",
        "Autofficina Bruno",
    ],
    "nl": [
        "De Vries B.V.",
        "Jansen Installatietechniek",
        "Bakkerij Bakker",
        "Van Dijk Transport B.V.",
        "Visser & Zn.",
        "Smit Advocaten",
        "Albert Heijn",
        "Bouwbedrijf Mulder",
    ],
    "pt": [
        "Silva & Filhos, Lda.",
        "Construções Santos S.A.",
        "Farmácia Ferreira",
        "Transportes Pereira Lda",
        "Padaria Oliveira",
        "Costa Imobiliária",
        "Sonae",
        "Rodrigues Contabilidade",
    ],
    "pl": [
        "Nowak Sp. z o.o.",
        "Kowalski i Synowie",
        "Piekarnia Wiśniewski",
        "Transport Wójcik S.A.",
        "Kamińska Consulting",
        "Lewandowski Budownictwo",
        "Biedronka",
        "Zieliński Serwis Sp.j.",
    ],
}

FAKER_LOCALE = {
    "en": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
    "pl": "pl_PL",
}


@cache
def pools(locale: str) -> dict[str, list[str]]:
    f = Faker(locale)
    f.seed_instance(stable_seed("pools", locale))
    out = {
        "first_m": list(dict.fromkeys(f.first_name_male() for _ in range(160))),
        "first_f": list(dict.fromkeys(f.first_name_female() for _ in range(160))),
        "last": list(dict.fromkeys(f.last_name() for _ in range(260))),
        "street": STREETS[locale] + list(dict.fromkeys(f.street_name() for _ in range(20))),
        "postcode": [f.postcode() for _ in range(300)],
    }
    if locale == "nl_NL":
        out["last"] = [n for n in out["last"]]
    return out


# --------------------------------------------------------------------------------------------------
# person record
class Person:
    """A consistent fake person for one row."""

    def __init__(self, rng: random.Random, locale: str):
        self.rng = rng
        self.locale = locale
        self.lang = locale[:2]
        p = pools(locale)
        self.sex = rng.choice("MF")
        self.first = rng.choice(p["first_m"] if self.sex == "M" else p["first_f"])
        self.last = rng.choice(p["last"])
        if locale in ("es_ES",) and rng.random() < 0.7:
            self.last = self.last + " " + rng.choice(p["last"])
        self.dob = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 66))
        self.city = rng.choice(CITIES[locale])
        self.street = rng.choice(p["street"])
        self.house = str(rng.randint(1, 180)) + (
            rng.choice(["", "", "", "", "a", "b"]) if self.lang in ("de", "nl") else ""
        )
        self.postcode = rng.choice(p["postcode"])
        if locale == "en_US":
            self.state = US_STATE[self.city]
        if locale == "pt_BR":
            pc = self.postcode.replace("-", "")
            self.postcode = f"{pc[:5]}-{pc[5:8]}"

    @property
    def age(self) -> int:
        ref = date(2025, 6, 30)
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def email(self) -> str:
        rng = self.rng
        fi, la = ascii_fold(self.first).lower().replace(" ", ""), ascii_fold(self.last).lower().replace(" ", "")
        la = la.replace("'", "")
        pat = rng.randrange(6)
        local = [
            f"{fi}.{la}",
            f"{fi[0]}{la}",
            f"{fi}{la}{rng.randint(1, 99)}",
            f"{la}.{fi}",
            f"{fi}_{la}",
            f"{fi}{self.dob.year % 100:02d}",
        ][pat]
        return f"{local}@{rng.choice(MAIL_DOMAINS[self.lang])}"

    def address(self, full: bool = True) -> str:
        rng, L = self.rng, self.locale
        s, h, pc, c = self.street, self.house, self.postcode, self.city
        if not full:
            if L in ("en_US", "en_GB", "fr_FR"):
                return f"{h} {s}"
            if L == "es_ES":
                return rng.choice([f"{s}, {h}", f"{s} {h}, {rng.randint(1, 8)}º {rng.choice('ABCD')}"])
            if L == "it_IT":
                return rng.choice([f"{s}, {h}", f"{s} {h}"])
            if L == "pl_PL":
                return rng.choice([f"{s} {h}", f"{s} {h}/{rng.randint(1, 60)}"])
            if L == "pt_PT":
                return rng.choice([f"{s}, {h}", f"{s} {h}, {rng.randint(1, 9)}º Esq."])
            return f"{s} {h}"
        if L == "en_US":
            return f"{h} {s}, {c}, {self.state} {pc}"
        if L == "en_GB":
            return rng.choice([f"{h} {s}, {c} {pc}", f"{h} {s}, {c}, {pc}"])
        if L == "fr_FR":
            return rng.choice([f"{h} {s}, {pc} {c}", f"{h}, {s} {pc} {c.upper()}"])
        if L == "es_ES":
            return rng.choice(
                [
                    f"{s}, {h}, {pc} {c}",
                    f"{s} {h}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {pc} {c}",
                    f"C/ {s.split(' ', 1)[-1]} {h}, {pc} {c}",
                ]
            )
        if L == "it_IT":
            return rng.choice([f"{s} {h}, {pc} {c}", f"{s}, {h} - {pc} {c}"])
        if L == "nl_NL":
            pc2 = pc[:4] + " " + pc[4:] if len(pc) == 6 else pc
            return rng.choice([f"{s} {h}, {pc2} {c}", f"{s} {h}, {pc} {c.upper()}"])
        if L == "pt_PT":
            return rng.choice([f"{s}, {h}, {pc} {c}", f"{s} {h} {rng.randint(1, 9)}º Dto, {pc} {c}"])
        if L == "pl_PL":
            return rng.choice([f"{s} {h}, {pc} {c}", f"{s} {h}/{rng.randint(1, 60)}, {pc} {c}"])
        if L == "pt_BR":
            uf = BR_UF[c]
            return rng.choice(
                [f"{s}, {h} - {c} - {uf}, {pc}", f"{s}, {h}, apto {rng.randint(11, 1204)}, {c}/{uf}, CEP {pc}"]
            )
        return rng.choice([f"{s} {h}, {pc} {c}", f"{s} {h}, D-{pc} {c}"])  # de


# --------------------------------------------------------------------------------------------------
# phone numbers
def phone(rng: random.Random, lang: str, locale: str = "") -> str:
    d = lambda n: str(rng.randrange(10**n)).zfill(n)  # noqa: E731
    k = rng.randrange(4)
    if lang == "en":
        if locale == "en_US":
            a, b = (
                rng.choice(["212", "312", "415", "617", "713", "206", "303", "404", "512"]),
                str(rng.randint(201, 989)),
            )
            return [f"({a}) {b}-{d(4)}", f"{a}-{b}-{d(4)}", f"+1 {a} {b} {d(4)}", f"{a}.{b}.{d(4)}"][k]
        m = "7" + str(rng.choice([4, 5, 7, 8, 9])) + d(2)
        return [f"0{m} {d(6)}", f"+44 {m} {d(6)}", f"020 {rng.choice('78')}{d(3)} {d(4)}", f"+44 (0)161 {d(3)} {d(4)}"][
            k
        ]
    if lang == "de":
        m = "1" + rng.choice(["51", "52", "57", "60", "62", "70", "71", "76"])
        return [
            f"0{m} {d(7)}",
            f"+49 {m} {d(7)}",
            f"0{rng.choice(['30', '40', '89', '221', '69'])}/{d(7)}",
            f"+49 (0)30 {d(8)}",
        ][k]
    if lang == "fr":
        m = rng.choice("67") + d(8)
        p = " ".join([m[i : i + 2] for i in range(1, 9, 2)])
        return [f"0{m[0]} {p}", f"+33 {m[0]} {p}", f"0{m}", f"0{rng.randint(1, 5)}.{d(2)}.{d(2)}.{d(2)}.{d(2)}"][k]
    if lang == "es":
        m = rng.choice("67") + d(8)
        return [f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:]}", f"+34 {m[:3]} {m[3:6]} {m[6:]}", m, f"91{d(1)} {d(3)} {d(3)}"][k]
    if lang == "it":
        m = "3" + rng.choice(["33", "35", "40", "47", "28", "20", "88"]) + d(7)
        return [f"{m[:3]} {m[3:]}", f"+39 {m[:3]} {m[3:6]} {m[6:]}", m, f"06 {d(4)} {d(4)}"][k]
    if lang == "nl":
        return [f"06-{d(8)}", f"+31 6 {d(8)}", f"020-{d(7)}", f"+31 (0)10 {d(3)} {d(4)}"][k]
    if lang == "pt":
        m = "9" + rng.choice("1236") + d(7)
        return [f"{m[:3]} {m[3:6]} {m[6:]}", f"+351 {m[:3]} {m[3:6]} {m[6:]}", m, f"21 {d(3)} {d(4)}"][k]
    m = rng.choice(["50", "51", "53", "60", "66", "69", "72", "79", "88"]) + d(7)
    return [
        f"{m[:3]} {m[3:6]} {m[6:]}",
        f"+48 {m[:3]} {m[3:6]} {m[6:]}",
        f"{m[:3]}-{m[3:6]}-{m[6:]}",
        f"22 {d(3)} {d(2)} {d(2)}",
    ][k]


# --------------------------------------------------------------------------------------------------
# identifiers (valid per python-stdnum where a checksum exists)
def digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10**n)).zfill(n)


def us_ssn_(rng: random.Random, fmt: bool = True) -> str:
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(s):
            return f"{s[:3]}-{s[3:5]}-{s[5:]}" if fmt else s


def uk_nino(rng: random.Random) -> str:
    bad1, bad2 = set("DFIQUV"), set("DFIOQUV")
    while True:
        a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a in bad1 or b in bad2 or a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            continue
        n = digits(rng, 6)
        sfx = rng.choice("ABCD")
        return rng.choice([f"{a}{b}{n}{sfx}", f"{a}{b} {n[:2]} {n[2:4]} {n[4:]} {sfx}"])


def uk_nhs(rng: random.Random) -> str:
    while True:
        base = str(rng.randint(4, 9)) + digits(rng, 8)
        c = 11 - sum(int(x) * w for x, w in zip(base, range(10, 1, -1), strict=False)) % 11
        c = 0 if c == 11 else c
        if c == 10:
            continue
        n = base + str(c)
        assert gb_nhs.is_valid(n)
        return rng.choice([n, f"{n[:3]} {n[3:6]} {n[6:]}"])


def de_idnr(rng: random.Random) -> str:
    from stdnum.de import idnr

    while True:
        pick = rng.sample("0123456789", 9)
        ds = [*pick, pick[rng.randrange(9)]]
        rng.shuffle(ds)
        if ds[0] == "0":
            continue
        base = "".join(ds)
        n = base + mod_11_10.calc_check_digit(base)
        if idnr.is_valid(n):
            return rng.choice([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])


def de_svnr(rng: random.Random, p: Person) -> str:
    area = rng.choice(["12", "13", "15", "18", "23", "24", "28", "38", "40", "49", "53", "65"])
    bd = p.dob.strftime("%d%m%y")
    letter = ascii_fold(p.last)[0].upper()
    serial = f"{rng.randint(0, 49) if p.sex == 'M' else rng.randint(50, 99):02d}"
    num = area + bd + f"{ord(letter) - 64:02d}" + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(map(int, str(int(x) * wi))) for x, wi in zip(num, w, strict=False))
    return f"{area}{bd}{letter}{serial}{s % 10}"


def fr_nir_(rng: random.Random, p: Person) -> str:
    base = (
        ("1" if p.sex == "M" else "2")
        + p.dob.strftime("%y%m")
        + f"{rng.randint(1, 95):02d}"
        + f"{rng.randint(1, 990):03d}"
        + f"{rng.randint(1, 999):03d}"
    )
    n = base + fr_nir.calc_check_digits(base)
    assert fr_nir.is_valid(n)
    return rng.choice([n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"])


def es_dni_(rng: random.Random) -> str:
    b = f"{rng.randint(1000000, 79999999):08d}"
    return b + es_dni.calc_check_digit(b) if rng.random() < 0.8 else f"{b}-{es_dni.calc_check_digit(b)}"


def es_nie_(rng: random.Random) -> str:
    b = rng.choice("XYZ") + digits(rng, 7)
    return b + es_nie.calc_check_digit(b)


_CF_MONTH = "ABCDEHLMPRST"


def it_cf_(rng: random.Random, p: Person) -> str:
    def cons(s: str) -> str:
        s = ascii_fold(s).upper().replace(" ", "").replace("'", "")
        c = [x for x in s if x.isalpha() and x not in "AEIOU"]
        v = [x for x in s if x in "AEIOU"]
        return ("".join(c + v) + "XXX")[:3]

    first = ascii_fold(p.first).upper()
    fc = [x for x in first if x.isalpha() and x not in "AEIOU"]
    fn = fc[0] + fc[2] + fc[3] if len(fc) >= 4 else cons(p.first)
    day = p.dob.day + (40 if p.sex == "F" else 0)
    base = (
        cons(p.last)
        + fn
        + p.dob.strftime("%y")
        + _CF_MONTH[p.dob.month - 1]
        + f"{day:02d}"
        + rng.choice("ABCDEFGHLM")
        + f"{rng.randint(1, 999):03d}"
    )
    n = base + it_cf.calc_check_digit(base)
    assert it_cf.is_valid(n), n
    return n


def nl_bsn_(rng: random.Random) -> str:
    while True:
        b = str(rng.randint(1, 6)) + digits(rng, 7)
        s = sum(int(x) * w for x, w in zip(b, range(9, 1, -1), strict=False))
        c = s % 11
        if c < 10:
            n = b + str(c)
            if nl_bsn.is_valid(n):
                return n


def pt_nif_(rng: random.Random) -> str:
    b = rng.choice("123") + digits(rng, 7)
    return b + pt_nif.calc_check_digit(b)


def br_cpf_(rng: random.Random) -> str:
    b = digits(rng, 9)
    n = b + br_cpf._calc_check_digits(b)
    return br_cpf.format(n) if rng.random() < 0.7 else n


def pl_pesel_(rng: random.Random, p: Person) -> str:
    y, m, d_ = p.dob.year, p.dob.month, p.dob.day
    if y >= 2000:
        m += 20
    ser = rng.randint(0, 999)
    sx = rng.choice([1, 3, 5, 7, 9] if p.sex == "M" else [0, 2, 4, 6, 8])
    b = f"{y % 100:02d}{m:02d}{d_:02d}{ser:03d}{sx}"
    n = b + pl_pesel.calc_check_digit(b)
    assert pl_pesel.is_valid(n)
    return n


def national_id(rng: random.Random, p: Person) -> str:
    L = p.locale
    if L == "en_US":
        return us_ssn_(rng)
    if L == "en_GB":
        return uk_nino(rng)
    if L == "de_DE":
        return de_idnr(rng)
    if L == "fr_FR":
        return fr_nir_(rng, p)
    if L == "es_ES":
        return es_dni_(rng) if rng.random() < 0.85 else es_nie_(rng)
    if L == "it_IT":
        return it_cf_(rng, p)
    if L == "nl_NL":
        return nl_bsn_(rng)
    if L == "pt_PT":
        return pt_nif_(rng)
    if L == "pt_BR":
        return br_cpf_(rng)
    return pl_pesel_(rng, p)


_IBAN_BBAN = {  # country: list of (kind, length) a=alpha n=numeric
    "DE": "n18",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n10c12",
    "NL": "a4n10",
    "PT": "n21",
    "PL": "n24",
    "GB": "a4n14",
    "BE": "n12",
    "AT": "n16",
}


def iban(rng: random.Random, country: str, grouped: bool | None = None) -> str:
    while True:
        if country == "ES":
            bank, branch, acct = digits(rng, 4), digits(rng, 4), digits(rng, 10)
            bban = bank + branch + es_ccc.calc_check_digits(bank + branch + "00" + acct) + acct
        elif country == "IT":
            bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(rng, 10) + digits(rng, 12)
        elif country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB"]) + digits(rng, 10)
        elif country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(rng, 14)
        else:
            n = {"DE": 18, "FR": 23, "PT": 21, "PL": 24, "BE": 12, "AT": 16}[country]
            bban = digits(rng, n)
        cand = country + "00" + bban
        num = country + std_iban.calc_check_digits(cand) + bban
        break
    g = rng.random() < 0.5 if grouped is None else grouped
    return " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if g else num


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


def card(rng: random.Random, fmt: str | None = None) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if kind == "visa":
        b = "4" + digits(rng, 14)
    elif kind == "mc":
        b = str(rng.randint(51, 55)) + digits(rng, 13)
    else:
        b = rng.choice(["34", "37"]) + digits(rng, 12)
    n = b + luhn.calc_check_digit(b)
    assert luhn.is_valid(n)
    f = fmt or rng.choice(["plain", "space", "dash"])
    if len(n) == 15:
        return n if f == "plain" else f"{n[:4]} {n[4:10]} {n[10:]}"
    if f == "plain":
        return n
    sep = " " if f == "space" else "-"
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def non_luhn16(rng: random.Random) -> str:
    while True:
        n = str(rng.randint(1, 9)) + digits(rng, 15)
        if not luhn.is_valid(n):
            return n


def masked_card(rng: random.Random) -> str:
    return rng.choice(
        [
            f"**** **** **** {digits(rng, 4)}",
            f"XXXX-XXXX-XXXX-{digits(rng, 4)}",
            f"{rng.choice(['4', '5'])}{digits(rng, 5)}******{digits(rng, 4)}",
            f"****{digits(rng, 4)}",
        ]
    )


def ipv4(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))


def uuid4(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def mac(rng: random.Random) -> str:
    sep = rng.choice([":", "-"])
    return sep.join(f"{rng.randint(0, 255):02X}" for _ in range(6))


def imei(rng: random.Random) -> str:
    b = rng.choice(["35", "86", "01", "99"]) + digits(rng, 12)
    return b + luhn.calc_check_digit(b)


def plate(rng: random.Random, locale: str) -> str:
    U = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(n))  # noqa: E731
    if locale == "de_DE":
        return f"{rng.choice(['B', 'M', 'HH', 'K', 'F', 'S', 'D', 'BI', 'MS', 'HB', 'DO'])}-{U(rng.randint(1, 2))} {rng.randint(1, 9999)}"
    if locale == "fr_FR":
        return f"{U(2)}-{rng.randint(1, 999):03d}-{U(2)}"
    if locale == "es_ES":
        return f"{rng.randint(0, 9999):04d} {''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"
    if locale == "it_IT":
        return (
            f"{U(2)}{rng.randint(0, 999):03d}{U(2)}"
            if rng.random() < 0.5
            else f"{U(2)} {rng.randint(0, 999):03d} {U(2)}"
        )
    if locale == "nl_NL":
        return rng.choice(
            [
                f"{rng.randint(1, 99):02d}-{U(3)}-{rng.randint(1, 9)}",
                f"{U(1)}-{rng.randint(100, 999)}-{U(2)}",
                f"{U(2)}-{rng.randint(100, 999)}-{U(1)}",
            ]
        )
    if locale in ("pt_PT", "pt_BR"):
        return rng.choice(
            [f"{rng.randint(0, 99):02d}-{U(2)}-{rng.randint(0, 99):02d}", f"{U(2)}-{rng.randint(0, 99):02d}-{U(2)}"]
        )
    if locale == "pl_PL":
        return rng.choice(
            [
                f"W{U(1)} {rng.randint(10000, 99999)}",
                f"K{U(1)} {rng.randint(1, 9)}{U(2)}{rng.randint(10, 99)}",
                f"P{U(2)} {rng.randint(100, 999)}{U(1)}",
            ]
        )
    if locale == "en_US":
        return f"{rng.randint(1, 9)}{U(3)}{rng.randint(100, 999)}"
    return f"{U(2)}{rng.randint(10, 75)} {U(3)}"


def passport(rng: random.Random, locale: str) -> str:
    if locale == "de_DE":
        return "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
    if locale == "fr_FR":
        return (
            f"{rng.randint(10, 99)}{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{digits(rng, 5)}"
        )
    if locale == "es_ES":
        return f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{digits(rng, 6)}"
    if locale == "it_IT":
        return f"Y{rng.choice('ABCDE')}{digits(rng, 7)}"
    if locale == "nl_NL":
        return f"N{''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(2))}{''.join(rng.choice('BCDFGHJKLMNPRSTVWXYZ0123456789') for _ in range(5))}{rng.randint(0, 9)}"
    if locale == "pl_PL":
        return f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}{digits(rng, 7)}"
    if locale in ("pt_PT", "pt_BR"):
        return f"{rng.choice(['C', 'N', 'P'])}{rng.choice('ABCDEFGHJK')}{digits(rng, 6)}"
    return digits(rng, 9)


def driver_license(rng: random.Random, p: Person) -> str:
    L = p.locale
    if L == "en_GB":
        sur = (ascii_fold(p.last).upper().replace(" ", "") + "99999")[:5]
        m = p.dob.month + (50 if p.sex == "F" else 0)
        return f"{sur}{str(p.dob.year)[2]}{m:02d}{p.dob.day:02d}{str(p.dob.year)[3]}{ascii_fold(p.first)[0].upper()}9{rng.choice('ABCDEFGHJK')}{rng.choice('ABCDEFGHJK')}{rng.randint(10, 99)}"
    if L == "en_US":
        return f"{rng.choice('ABDFGHKLMNPSTW')}{digits(rng, 7)}"
    if L == "de_DE":
        return f"{rng.choice('BFJKMN')}{digits(rng, 3)}{''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}{rng.randint(1, 9)}"
    if L == "fr_FR":
        return (
            f"{p.dob.year % 100:02d}{rng.choice(['AA', 'AB', 'AC', 'BA'])}{digits(rng, 5)}"[:12]
            if rng.random() < 0.5
            else digits(rng, 12)
        )
    if L == "es_ES":
        return es_dni_(rng)
    if L == "it_IT":
        return f"{rng.choice(['U1', 'MI', 'RM', 'TO', 'NA'])}{''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(7))}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
    if L == "nl_NL":
        return digits(rng, 10)
    if L == "pl_PL":
        return f"{rng.randint(10000, 99999)}/{rng.randint(10, 99)}/{rng.randint(1000, 9999)}"
    return f"{rng.choice(['L', 'P', 'C', 'F'])}-{digits(rng, 7)} {rng.randint(0, 9)}"


def dob_str(rng: random.Random, d: date, lang: str, fmts: list[str] | None = None) -> str:
    fm = rng.choice(
        fmts
        or {
            "en": ["%d/%m/%Y", "%Y-%m-%d", "%m/%d/%Y"],
            "de": ["%d.%m.%Y", "%Y-%m-%d"],
            "fr": ["%d/%m/%Y"],
            "es": ["%d/%m/%Y", "%d-%m-%Y"],
            "it": ["%d/%m/%Y"],
            "nl": ["%d-%m-%Y", "%d/%m/%Y"],
            "pt": ["%d/%m/%Y", "%d-%m-%Y"],
            "pl": ["%d.%m.%Y", "%Y-%m-%d"],
        }[lang]
    )
    return d.strftime(fm)
