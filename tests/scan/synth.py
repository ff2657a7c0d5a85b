"""A labelled, messy test-table generator for the column classifier (Faker, nine locales).

Each table mixes personal columns (every entity of the spec that a table can hold) with hard negatives
(order ids, SKUs, invoice numbers, 16-digit non-Luhn numbers, product UUIDs, hashes, company names,
warehouse cities and coordinates, transaction timestamps, reviews, prices, version strings shaped like IPs).
Headers are clear (in the locale's language, with prefixes and camel/snake case), obfuscated (``c7``) or
wrong (another column's header). Cells get nulls, stray whitespace and case noise.
"""

from __future__ import annotations

import hashlib
import random
import string
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl
from faker import Faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR", "pt_PT")

_LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "nl_NL": "nl",
         "pt_BR": "pt", "pt_PT": "pt"}  # fmt: skip

Gen = Callable[[Faker, random.Random], object]


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    entity: str
    headers: dict[str, tuple[str, ...]]  # language -> header variants ("*" for any language)
    gen: Gen


def _h(en: str, de: str, fr: str, es: str, it: str, nl: str, pt: str) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(v.split("|")) for lang, v in zip(("en", "de", "fr", "es", "it", "nl", "pt"),
                                                           (en, de, fr, es, it, nl, pt), strict=True)}  # fmt: skip


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _national_id(fake: Faker, rng: random.Random) -> str:
    loc = fake._locales[0] if hasattr(fake, "_locales") else "en_US"
    if loc == "en_GB":
        first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        return f"{first}{second} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.choice('ABCD')}"
    if loc == "de_DE":
        while True:
            digits = rng.sample("0123456789", 9)
            if digits[0] == "0":
                continue
            digits.insert(rng.randint(1, 9), digits[rng.randint(0, 8)])
            body = "".join(digits[:10])
            product = 10
            for ch in body:
                total = (int(ch) + product) % 10 or 10
                product = (2 * total) % 11
            check = (11 - product) % 10
            return body + str(check)
    if loc == "fr_FR":
        return str(fake.ssn())
    if loc == "es_ES":
        return str(fake.nie() if rng.random() < 0.3 else fake.nif())
    if loc in ("pt_BR",):
        return str(fake.cpf())
    return str(fake.ssn())


def _iban(fake: Faker, rng: random.Random) -> str:
    value = str(fake.iban())
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.4 else value


def _card(fake: Faker, rng: random.Random) -> str:
    value = str(fake.credit_card_number())
    if rng.random() < 0.3 and len(value) == 16:
        value = " ".join(value[i : i + 4] for i in range(0, 16, 4))
    return value


def _not_luhn16(fake: Faker, rng: random.Random) -> str:
    body = "".join(rng.choice(string.digits) for _ in range(15))
    good = _luhn_digit(body)
    return body + str((int(good) + rng.randint(1, 9)) % 10)


def _dob(fake: Faker, rng: random.Random) -> str:
    d = fake.date_of_birth(minimum_age=18, maximum_age=90)
    return d.strftime(rng.choice(["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"])) if rng.random() < 0.5 else d.isoformat()


_VOCAB: dict[str, dict[str, list[str]]] = {
    "GENDER": {"en": ["Male", "Female", "Non-binary"], "de": ["männlich", "weiblich", "divers"],
               "fr": ["Homme", "Femme"], "es": ["Hombre", "Mujer"], "it": ["Uomo", "Donna"],
               "nl": ["Man", "Vrouw"], "pt": ["Masculino", "Feminino"]},
    "MARITAL_STATUS": {"en": ["Single", "Married", "Divorced", "Widowed"], "de": ["ledig", "verheiratet", "geschieden"],
                       "fr": ["Célibataire", "Marié", "Divorcé"], "es": ["Soltero", "Casado", "Divorciado"],
                       "it": ["Celibe", "Sposato", "Divorziato"], "nl": ["Ongehuwd", "Gehuwd", "Gescheiden"],
                       "pt": ["Solteiro", "Casado", "Divorciado"]},
    "EDUCATION": {"en": ["High school", "Bachelor's degree", "Master's degree", "PhD"],
                  "de": ["Abitur", "Realschulabschluss", "Bachelor", "Promotion"],
                  "fr": ["Baccalauréat", "Licence", "Master", "Doctorat"],
                  "es": ["Bachillerato", "Grado", "Máster", "Doctorado"],
                  "it": ["Diploma di maturità", "Laurea triennale", "Laurea magistrale", "Dottorato"],
                  "nl": ["VMBO", "HAVO", "HBO", "WO"], "pt": ["Ensino médio", "Licenciatura", "Mestrado", "Doutorado"]},
    "RELIGION": {"en": ["Catholic", "Protestant", "Muslim", "Jewish", "None"],
                 "de": ["katholisch", "evangelisch", "muslimisch", "konfessionslos"],
                 "fr": ["Catholique", "Musulman", "Juif", "Sans religion"],
                 "es": ["Católico", "Musulmán", "Ateo"], "it": ["Cattolico", "Musulmano", "Ateo"],
                 "nl": ["Katholiek", "Protestants", "Moslim", "Geen"],
                 "pt": ["Católico", "Evangélico", "Sem religião"]},
    "ETHNICITY": {"en": ["White", "Black", "Asian", "Hispanic", "Mixed"], "de": ["weiß", "schwarz", "asiatisch"],
                  "fr": ["Blanc", "Noir", "Asiatique", "Métis"], "es": ["Blanco", "Negro", "Asiático", "Gitano"],
                  "it": ["Bianco", "Nero", "Asiatico"], "nl": ["Wit", "Zwart", "Aziatisch", "Surinaams"],
                  "pt": ["Branco", "Preto", "Pardo", "Amarelo", "Indígena"]},
    "SEXUAL_ORIENTATION": {"en": ["Heterosexual", "Gay", "Lesbian", "Bisexual"],
                           "de": ["heterosexuell", "homosexuell", "bisexuell"],
                           "fr": ["Hétérosexuel", "Homosexuel", "Bisexuel"],
                           "es": ["Heterosexual", "Homosexual", "Bisexual"],
                           "it": ["Eterosessuale", "Omosessuale", "Bisessuale"],
                           "nl": ["Heteroseksueel", "Homoseksueel", "Biseksueel"],
                           "pt": ["Heterossexual", "Homossexual", "Bissexual"]},
    "POLITICAL_OPINION": {"en": ["Labour", "Conservative", "Liberal Democrats", "Green Party"],
                          "de": ["CDU", "SPD", "Grüne", "FDP", "AfD", "Die Linke"],
                          "fr": ["Renaissance", "Les Républicains", "Rassemblement National", "LFI"],
                          "es": ["PP", "PSOE", "Vox", "Sumar"], "it": ["PD", "Lega", "Fratelli d'Italia", "M5S"],
                          "nl": ["VVD", "PVV", "D66", "GroenLinks-PvdA"], "pt": ["PS", "PSD", "Chega", "PT"]},
    "TRADE_UNION": {"en": ["Unite", "Unison", "GMB"], "de": ["ver.di", "IG Metall", "GEW"],
                    "fr": ["CGT", "CFDT", "FO"], "es": ["CCOO", "UGT"], "it": ["CGIL", "CISL", "UIL"],
                    "nl": ["FNV", "CNV"], "pt": ["CGTP", "UGT"]},
    "HEALTH": {"en": ["Type 2 diabetes", "Asthma", "Hypertension", "Depression"],
               "de": ["Diabetes", "Asthma", "Bluthochdruck", "Depression"],
               "fr": ["Diabète", "Asthme", "Hypertension", "Dépression"],
               "es": ["Diabetes", "Asma", "Hipertensión", "Depresión"],
               "it": ["Diabete", "Asma", "Ipertensione", "Depressione"],
               "nl": ["Diabetes", "Astma", "Hoge bloeddruk", "Depressie"],
               "pt": ["Diabetes", "Asma", "Hipertensão", "Depressão"]},
}  # fmt: skip
_ICD = ["E11.9", "I10", "J45.909", "F32.9", "M54.5", "K21.9", "E78.5", "G43.909", "C50.911", "N39.0"]
_MEDS = ["Metformin", "Lisinopril", "Atorvastatin", "Omeprazole", "Ibuprofen", "Sertraline", "Levothyroxine"]


def _vocab(entity: str) -> Gen:
    def gen(fake: Faker, rng: random.Random) -> object:
        lang = _LANG[fake._locales[0]]
        return rng.choice(_VOCAB[entity][lang])

    return gen


def _text_with_pii(fake: Faker, rng: random.Random) -> str:
    templates = [
        lambda: f"Customer {fake.name()} called about the delivery, phone {fake.phone_number()}.",
        lambda: f"Please contact {fake.first_name()} at {fake.email()} regarding the refund.",
        lambda: f"{fake.sentence()} Call me back on {fake.phone_number()}. Thanks, {fake.name()}",
        lambda: f"My name is {fake.name()} and I live at {fake.street_address()}, {fake.city()}.",
    ]
    return rng.choice(templates)()


def _review(fake: Faker, rng: random.Random) -> str:
    return " ".join(fake.sentence(nb_words=rng.randint(6, 14)) for _ in range(rng.randint(1, 3)))


def _sku(fake: Faker, rng: random.Random) -> str:
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    return f"{letters}-{rng.randint(1000, 99999)}-{rng.choice(['S', 'M', 'L', 'XL'])}"


def _invoice(fake: Faker, rng: random.Random) -> str:
    return f"INV-{rng.randint(2019, 2025)}-{rng.randint(1, 999999):06d}"


def _version(fake: Faker, rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"


def _geo(fake: Faker, rng: random.Random) -> float:
    return float(fake.latitude())


SPECS: list[ColumnSpec] = [
    ColumnSpec("name", "PERSON_NAME", _h("customer_name|fullName|name", "Kundenname|Name|vollständiger_name",
               "nom_complet|nom_client", "nombre_completo|nombre", "nome_completo|nominativo", "naam|volledige_naam",
               "nome_completo|nome"), lambda f, r: f.name()),
    ColumnSpec("first", "PERSON_NAME", _h("first_name|fname", "Vorname", "prenom", "nombre", "nome", "voornaam",
               "primeiro_nome"), lambda f, r: f.first_name()),
    ColumnSpec("last", "PERSON_NAME", _h("last_name|surname", "Nachname", "nom_de_famille", "apellido", "cognome",
               "achternaam", "sobrenome"), lambda f, r: f.last_name()),
    ColumnSpec("email", "EMAIL", _h("email|cust_email|eml", "E-Mail|emailadresse", "courriel|adresse_mail",
               "correo|correo_electronico", "email|posta_elettronica", "e-mailadres", "email|correio_eletronico"),
               lambda f, r: f.email()),
    ColumnSpec("phone", "PHONE", _h("phone|mobile|tel", "Telefonnummer|Handy", "telephone|portable", "telefono|movil",
               "telefono|cellulare", "telefoonnummer|mobiel", "telefone|telemovel"), lambda f, r: f.phone_number()),
    ColumnSpec("natid", "NATIONAL_ID", _h("ssn|national_id", "Steuer-ID|steuerid", "numero_securite_sociale|nir",
               "dni|nif", "codice_fiscale", "bsn|burgerservicenummer", "cpf|nif"), _national_id),
    ColumnSpec("card", "CREDIT_CARD", _h("credit_card|cc_number", "Kreditkartennummer", "carte_bancaire",
               "tarjeta_credito", "carta_di_credito", "creditcard", "cartao_credito"), _card),
    ColumnSpec("iban", "IBAN", _h("iban", "IBAN", "iban", "iban", "iban", "iban", "iban"), _iban),
    ColumnSpec("ip", "IP_ADDRESS", _h("ip_address|client_ip", "IP-Adresse", "adresse_ip", "direccion_ip",
               "indirizzo_ip", "ip_adres", "endereco_ip"),
               lambda f, r: f.ipv4_public() if r.random() < 0.8 else f.ipv6()),
    ColumnSpec("mac", "MAC_ADDRESS", _h("mac_address|mac", "MAC-Adresse", "adresse_mac", "direccion_mac",
               "indirizzo_mac", "mac_adres", "endereco_mac"), lambda f, r: f.mac_address()),
    ColumnSpec("street", "STREET_ADDRESS", _h("address|street_address", "Anschrift|Straße", "adresse|rue",
               "direccion|calle", "indirizzo|via", "adres|straat", "endereco|morada"), lambda f, r: f.street_address()),
    ColumnSpec("lat", "GEO_COORDINATE", _h("home_lat|latitude", "Breitengrad", "latitude", "latitud", "latitudine",
               "breedtegraad", "latitude"), _geo),
    ColumnSpec("url", "URL", _h("profile_url|website", "Webseite", "site_web", "sitio_web", "sito_web", "website",
               "site"), lambda f, r: f"https://social.example.com/u/{f.user_name()}"),
    ColumnSpec("user", "USERNAME", _h("username|login", "Benutzername", "nom_utilisateur|pseudo", "usuario",
               "nome_utente", "gebruikersnaam", "nome_de_usuario"), lambda f, r: f.user_name()),
    ColumnSpec("passport", "PASSPORT", _h("passport_number|passport_no", "Reisepassnummer", "numero_passeport",
               "pasaporte", "passaporto", "paspoortnummer", "passaporte"), lambda f, r: f.passport_number()),
    ColumnSpec("plate", "LICENSE_PLATE", _h("license_plate|plate", "Kennzeichen", "immatriculation", "matricula",
               "targa", "kenteken", "matricula"), lambda f, r: f.license_plate()),
    ColumnSpec("device", "DEVICE_ID", _h("device_id|idfa", "Geräte_ID", "identifiant_appareil", "id_dispositivo",
               "id_dispositivo", "apparaat_id", "id_dispositivo"), lambda f, r: str(uuid.UUID(int=r.getrandbits(128)))),
    ColumnSpec("dob", "DATE_OF_BIRTH", _h("date_of_birth|dob|birthDate", "Geburtsdatum", "date_de_naissance",
               "fecha_nacimiento", "data_di_nascita", "geboortedatum", "data_nascimento"), _dob),
    ColumnSpec("age", "AGE", _h("age", "Alter", "age", "edad", "eta", "leeftijd", "idade"),
               lambda f, r: r.randint(18, 90)),
    ColumnSpec("gender", "GENDER", _h("gender|sex", "Geschlecht", "sexe", "sexo", "sesso", "geslacht", "sexo"),
               _vocab("GENDER")),
    ColumnSpec("zip", "POSTAL_CODE", _h("zip|postcode", "PLZ|Postleitzahl", "code_postal", "codigo_postal", "cap",
               "postcode", "cep|codigo_postal"), lambda f, r: str(f.postcode())),
    ColumnSpec("city", "CITY", _h("city|home_town", "Wohnort|Stadt", "ville", "ciudad", "citta", "woonplaats",
               "cidade"), lambda f, r: f.city()),
    ColumnSpec("country", "COUNTRY", _h("country", "Land", "pays", "pais", "paese", "land", "pais"),
               lambda f, r: f.country()),
    ColumnSpec("job", "OCCUPATION", _h("occupation|job_title", "Beruf", "profession", "profesion", "professione",
               "beroep", "profissao"), lambda f, r: f.job()),
    ColumnSpec("marital", "MARITAL_STATUS", _h("marital_status", "Familienstand", "situation_familiale", "estado_civil",
               "stato_civile", "burgerlijke_staat", "estado_civil"), _vocab("MARITAL_STATUS")),
    ColumnSpec("edu", "EDUCATION", _h("education", "Bildungsabschluss", "niveau_etudes", "nivel_educativo",
               "titolo_di_studio", "opleiding", "escolaridade"), _vocab("EDUCATION")),
    ColumnSpec("religion", "RELIGION", _h("religion", "Konfession", "religion", "religion", "religione", "religie",
               "religiao"), _vocab("RELIGION")),
    ColumnSpec("ethnicity", "ETHNICITY", _h("ethnicity|race", "Herkunft", "origine_ethnique", "etnia", "etnia",
               "etniciteit", "raca"), _vocab("ETHNICITY")),
    ColumnSpec("orientation", "SEXUAL_ORIENTATION", _h("sexual_orientation", "sexuelle_Orientierung",
               "orientation_sexuelle", "orientacion_sexual", "orientamento_sessuale", "seksuele_orientatie",
               "orientacao_sexual"), _vocab("SEXUAL_ORIENTATION")),
    ColumnSpec("party", "POLITICAL_OPINION", _h("political_party|party", "Partei", "parti_politique", "partido",
               "partito", "partij", "partido"), _vocab("POLITICAL_OPINION")),
    ColumnSpec("union", "TRADE_UNION", _h("trade_union|union", "Gewerkschaft", "syndicat", "sindicato", "sindacato",
               "vakbond", "sindicato"), _vocab("TRADE_UNION")),
    ColumnSpec("condition", "HEALTH", _h("diagnosis|condition", "Diagnose", "diagnostic", "diagnostico", "diagnosi",
               "diagnose", "diagnostico"), _vocab("HEALTH")),
    ColumnSpec("icd", "HEALTH", _h("icd10|diagnosis_code", "ICD-10", "code_cim", "codigo_cie", "codice_icd", "icd_code",
               "cid10"), lambda f, r: r.choice(_ICD)),
    ColumnSpec("meds", "HEALTH", _h("medication", "Medikament", "medicament", "medicamento", "farmaco", "medicatie",
               "medicamento"), lambda f, r: r.choice(_MEDS)),
    ColumnSpec("salary", "FINANCIAL", _h("salary|annual_income", "Gehalt|Jahreseinkommen", "salaire", "salario|sueldo",
               "stipendio", "salaris", "salario"), lambda f, r: round(r.lognormvariate(10.6, 0.4), 2)),
    ColumnSpec("notes", "FREE_TEXT_WITH_PII", _h("notes|comment", "Bemerkung|Notizen", "commentaire|remarques",
               "comentarios|notas", "note|commenti", "opmerkingen", "observacoes|notas"), _text_with_pii),
    # hard negatives
    ColumnSpec("order_id", "NONE", _h("order_id", "Bestellnummer", "numero_commande", "numero_pedido", "numero_ordine",
               "bestelnummer", "numero_pedido"), lambda f, r: r.randint(100_000_000, 999_999_999)),
    ColumnSpec("sku", "NONE", _h("sku", "Artikelnummer", "reference_produit", "sku", "codice_articolo", "artikelnummer",
               "sku"), _sku),
    ColumnSpec("invoice", "NONE", _h("invoice_no", "Rechnungsnummer", "numero_facture", "numero_factura",
               "numero_fattura", "factuurnummer", "numero_fatura"), _invoice),
    ColumnSpec("ref16", "NONE", _h("tracking_number", "Sendungsnummer", "numero_suivi", "numero_seguimiento",
               "numero_tracciamento", "trackingnummer", "codigo_rastreio"), _not_luhn16),
    ColumnSpec("product_uuid", "NONE", _h("product_uuid|product_id", "Produkt_ID", "id_produit", "id_producto",
               "id_prodotto", "product_id", "id_produto"), lambda f, r: str(uuid.UUID(int=r.getrandbits(128)))),
    ColumnSpec("hash", "NONE", _h("file_sha256|checksum", "Prüfsumme", "empreinte", "hash", "hash", "controlegetal",
               "hash"), lambda f, r: hashlib.sha256(str(r.random()).encode()).hexdigest()),
    ColumnSpec("company", "NONE", _h("company|supplier", "Firma|Lieferant", "entreprise|fournisseur",
               "empresa|proveedor", "azienda|fornitore", "bedrijf|leverancier", "empresa|fornecedor"),
               lambda f, r: f.company()),
    ColumnSpec("wh_city", "NONE", _h("warehouse_city", "Lager_Stadt", "ville_entrepot", "ciudad_almacen",
               "citta_magazzino", "magazijn_stad", "cidade_armazem"), lambda f, r: f.city()),
    ColumnSpec("wh_lat", "NONE", _h("warehouse_lat", "Lager_Breitengrad", "latitude_entrepot", "latitud_almacen",
               "latitudine_magazzino", "magazijn_breedtegraad", "latitude_armazem"), _geo),
    ColumnSpec("txn_ts", "NONE", _h("transaction_time|created_at", "Buchungszeit", "date_transaction",
               "fecha_transaccion", "data_transazione", "transactiedatum", "data_transacao"),
               lambda f, r: f.date_time_this_year().isoformat(sep=" ")),
    ColumnSpec("order_date", "NONE", _h("order_date", "Bestelldatum", "date_commande", "fecha_pedido", "data_ordine",
               "besteldatum", "data_pedido"), lambda f, r: f.date_this_decade().isoformat()),
    ColumnSpec("review", "NONE", _h("review|comment", "Bewertung", "avis", "resena", "recensione", "recensie",
               "avaliacao"), _review),
    ColumnSpec("price", "NONE", _h("unit_price|order_total", "Preis|Betrag", "prix|montant", "precio|importe",
               "prezzo|importo", "prijs|bedrag", "preco|valor"), lambda f, r: round(r.uniform(1, 500), 2)),
    ColumnSpec("version", "NONE", _h("app_version", "App_Version", "version_app", "version_app", "versione_app",
               "app_versie", "versao_app"), _version),
    ColumnSpec("qty", "NONE", _h("quantity", "Menge", "quantite", "cantidad", "quantita", "aantal", "quantidade"),
               lambda f, r: r.randint(1, 12)),
]  # fmt: skip


def _messy(value: object, rng: random.Random) -> object:
    if isinstance(value, str):
        roll = rng.random()
        if roll < 0.03:
            return f" {value} "
        if roll < 0.05:
            return value.upper()
    return value


def make_table(
    locale: str, *, rows: int = 300, seed: int = 0, header_mode: str = "clear", null_rate: float = 0.05
) -> tuple[pl.DataFrame, dict[str, str]]:
    """One labelled table: (frame, {column: entity}). header_mode: clear | obfuscated | mixed."""
    rng = random.Random(f"{locale}-{seed}-{header_mode}")
    fake = Faker(locale)
    fake.seed_instance(rng.randint(0, 2**31))
    lang = _LANG[locale]
    data: dict[str, list[object]] = {}
    labels: dict[str, str] = {}
    keys: dict[str, str] = {}
    specs = list(SPECS)
    rng.shuffle(specs)
    for i, spec in enumerate(specs):
        mode = header_mode if header_mode != "mixed" else rng.choice(["clear", "clear", "obfuscated", "wrong"])
        if mode == "obfuscated":
            header = rng.choice([f"c{i}", f"field_{i}", f"col{i:02d}", f"x{i}", f"var_{i}"])
        elif mode == "wrong":
            other = rng.choice([s for s in SPECS if s.entity != spec.entity and s.entity != "NONE"])
            header = rng.choice(other.headers[lang]) + f"_{i}"
        else:
            header = rng.choice(spec.headers[lang])
            if rng.random() < 0.2:
                header = rng.choice(["cust_", "usr_", "pt_", "emp_", "tbl_"]) + header
        while header in data:
            header += "_"
        values = [None if rng.random() < null_rate else _messy(spec.gen(fake, rng), rng) for _ in range(rows)]
        data[header] = values
        labels[header] = spec.entity
        keys[header] = spec.key
    LAST_KEYS.clear()
    LAST_KEYS.update(keys)
    return pl.DataFrame(data, strict=False), labels


#: Column -> spec key of the last generated table (for error analysis).
LAST_KEYS: dict[str, str] = {}


def category(entity: str) -> str:
    from privet.entities import category_of

    return category_of(entity).value


def score(predicted: dict[str, str], labels: dict[str, str]) -> dict[str, float]:
    """Column category accuracy, entity accuracy and "is personal" F1 of predicted vs true entities."""
    names = list(labels)
    cat_ok = sum(category(predicted[n]) == category(labels[n]) for n in names)
    ent_ok = sum(predicted[n] == labels[n] for n in names)
    tp = sum(predicted[n] != "NONE" and labels[n] != "NONE" for n in names)
    fp = sum(predicted[n] != "NONE" and labels[n] == "NONE" for n in names)
    fn = sum(predicted[n] == "NONE" and labels[n] != "NONE" for n in names)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"category_accuracy": cat_ok / len(names), "entity_accuracy": ent_ok / len(names), "personal_f1": f1}
