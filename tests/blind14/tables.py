"""blind14: eight everyday exports (en, de, fr, es, it, nl, pt, pl) labelled per spec/entities.md."""

from __future__ import annotations

from . import _gen as g
from ._gen import N, col, pick


def crm_contacts_en() -> dict:
    rng, fk = g.make("en_US", 1401)
    sources = ["webinar", "trade show", "referral", "organic", "paid search", "cold call"]
    notes = [
        "Interested in enterprise tier",
        "Asked for pricing sheet",
        "Follow up next quarter",
        "Demo scheduled",
        "Not a fit right now",
        "Requested case studies",
        None,
    ]
    cols = [
        ("contact_id", "NONE", g.seq_ids("CT-", 200100)),
        ("first_name", "PERSON_NAME", col(fk.first_name, rng)),
        ("last_name", "PERSON_NAME", col(fk.last_name, rng)),
        ("email", "EMAIL", col(fk.email, rng, 0.03)),
        ("street_address", "STREET_ADDRESS", col(fk.street_address, rng, 0.05)),
        ("city", "CITY", col(fk.city, rng)),
        ("zip", "POSTAL_CODE", col(fk.zipcode, rng)),
        ("job_title", "OCCUPATION", col(fk.job, rng, 0.1)),
        ("company", "NONE", col(fk.company, rng)),
        ("company_website", "NONE", col(lambda: "https://www." + fk.domain_name(), rng, 0.1)),
        ("lead_source", "NONE", col(lambda: pick(rng, sources), rng)),
        ("leadScore", "NONE", col(lambda: rng.randint(0, 100), rng)),
        ("created_at", "NONE", col(lambda: g.ts(rng, "%Y-%m-%dT%H:%M:%SZ"), rng)),
        ("last_login_ip", "IP_ADDRESS", col(lambda: g.ipv4(rng), rng, 0.15)),
        ("opt_in", "NONE", col(lambda: pick(rng, ["true", "false"]), rng)),
        ("annual_income", "FINANCIAL", col(lambda: rng.randrange(25000, 250000, 500), rng, 0.3)),
        ("c7", "GENDER", col(lambda: pick(rng, ["M", "F", "X"], [48, 48, 4]), rng)),
        ("notes", "NONE", [pick(rng, notes) for _ in range(N)]),
        (
            "industry",
            "NONE",
            col(lambda: pick(rng, ["Software", "Retail", "Healthcare", "Manufacturing", "Finance", "Logistics"]), rng),
        ),
        (
            "deal_stage",
            "NONE",
            col(lambda: pick(rng, ["prospect", "qualified", "proposal", "closed won", "closed lost"]), rng),
        ),
    ]
    return {"name": "crm_contacts_en", "lang": "en", "columns": cols}


def shop_customers_de() -> dict:
    rng, fk = g.make("de_DE", 1402)
    cols = [
        ("kundennr", "NONE", [str(700000 + i * 7) for i in range(N)]),
        ("vorname", "PERSON_NAME", col(fk.first_name, rng)),
        ("nachname", "PERSON_NAME", col(fk.last_name, rng)),
        ("e_mail", "EMAIL", col(fk.free_email, rng)),
        ("strasse", "STREET_ADDRESS", col(fk.street_address, rng)),
        ("plz", "POSTAL_CODE", col(fk.postcode, rng)),
        ("ort", "CITY", col(fk.city, rng)),
        ("geburtsdatum", "DATE_OF_BIRTH", col(lambda: g.birth(rng).strftime("%d.%m.%Y"), rng, 0.1)),
        ("kundengruppe", "NONE", col(lambda: pick(rng, ["B2C", "Premium", "Neukunde", "Stammkunde"]), rng)),
        ("erstbestellung", "NONE", col(lambda: g.ts(rng, "%d.%m.%Y", 2022), rng)),
        ("umsatz_gesamt", "NONE", col(lambda: f"{rng.uniform(9, 4000):.2f}".replace(".", ","), rng)),
        ("anz_bestellungen", "NONE", col(lambda: rng.randint(1, 60), rng)),
        ("newsletter", "NONE", col(lambda: pick(rng, ["ja", "nein"]), rng)),
        (
            "zahlungsart",
            "NONE",
            col(lambda: pick(rng, ["PayPal", "Rechnung", "Kreditkarte", "Lastschrift", "Klarna"]), rng),
        ),
        ("lager_ort", "NONE", col(lambda: pick(rng, ["Erfurt", "Bad Hersfeld", "Leipzig", "Dortmund"]), rng)),
        ("retourenquote", "NONE", col(lambda: f"{rng.uniform(0, 0.6):.2f}", rng)),
        ("geraete_id", "DEVICE_ID", col(lambda: g.rand_uuid(rng).upper(), rng, 0.25)),
        ("warenkorb_id", "NONE", col(lambda: g.rand_uuid(rng), rng)),
        ("lief_lat", "GEO_COORDINATE", col(lambda: round(rng.uniform(47.4, 54.9), 6), rng)),
        ("lief_lon", "GEO_COORDINATE", col(lambda: round(rng.uniform(6.0, 14.9), 6), rng)),
    ]
    return {"name": "shop_customers_de", "lang": "de", "columns": cols}


def clinic_rdv_fr() -> dict:
    rng, fk = g.make("fr_FR", 1403)
    sexes = [pick(rng, ["M", "F"]) for _ in range(N)]
    births = [g.birth(rng, 1, 95) for _ in range(N)]
    cim = ["E11.9", "I10", "J45.9", "M54.5", "K21.0", "F32.1", "J06.9", "E66.0", "N39.0", "G43.9", "L20.9"]
    meds = [
        "Metformine 850 mg",
        "Amlodipine 5 mg",
        "Ventoline 100 µg",
        "Paracétamol 1 g",
        "Ésoméprazole 20 mg",
        "Sertraline 50 mg",
        "Lévothyrox 75 µg",
        "Aucun",
    ]
    docs = [f"{fk.first_name()} {fk.last_name()}" for _ in range(12)]
    comments = [
        "RAS",
        "Rappel SMS envoyé",
        "Arrivé en retard",
        "Consultation de suivi",
        "Renouvellement d'ordonnance",
        "Résultats d'analyses à prévoir",
        None,
    ]
    cols = [
        ("id_rdv", "NONE", g.seq_ids("RDV", 880000, 7)),
        ("num_dossier", "MEDICAL_RECORD_NUMBER", [f"DOS-{rng.randint(100000, 999999)}" for _ in range(N)]),
        ("nom", "PERSON_NAME", col(fk.last_name, rng)),
        ("prenom", "PERSON_NAME", col(fk.first_name, rng)),
        ("date_naissance", "DATE_OF_BIRTH", [b.strftime("%d/%m/%Y") for b in births]),
        (
            "nir",
            "NATIONAL_ID",
            [g.fr_nir(rng, s, b) if rng.random() > 0.1 else None for s, b in zip(sexes, births, strict=True)],
        ),
        ("tel", "PHONE", col(fk.phone_number, rng, 0.05)),
        ("ville", "CITY", col(fk.city, rng)),
        ("medecin", "PERSON_NAME", [pick(rng, docs) for _ in range(N)]),
        ("date_rdv", "NONE", col(lambda: g.ts(rng, "%d/%m/%Y %H:%M"), rng)),
        ("diag_cim10", "HEALTH", col(lambda: pick(rng, cim), rng, 0.15)),
        ("traitement", "HEALTH", col(lambda: pick(rng, meds), rng, 0.1)),
        ("imc", "HEALTH", col(lambda: f"{rng.uniform(17, 42):.1f}".replace(".", ","), rng, 0.2)),
        ("statut", "NONE", col(lambda: pick(rng, ["confirmé", "annulé", "honoré", "non venu"]), rng)),
        (
            "type_consultation",
            "NONE",
            col(lambda: pick(rng, ["première consultation", "suivi", "urgence", "téléconsultation"]), rng),
        ),
        ("duree_min", "NONE", col(lambda: pick(rng, [15, 20, 30, 45]), rng)),
        ("tarif", "NONE", col(lambda: pick(rng, ["25,00", "30,00", "50,00", "60,00"]), rng)),
        (
            "mutuelle",
            "NONE",
            col(lambda: pick(rng, ["MGEN", "Harmonie Mutuelle", "AXA", "Malakoff Humanis", "Aucune"]), rng),
        ),
        ("site_cabinet", "NONE", col(lambda: pick(rng, ["Lyon 3e", "Villeurbanne", "Bron"]), rng)),
        ("commentaire", "NONE", [pick(rng, comments) for _ in range(N)]),
    ]
    return {"name": "clinic_rdv_fr", "lang": "fr", "columns": cols}


def bank_tx_es() -> dict:
    rng, fk = g.make("es_ES", 1404)
    merchants = [
        ("MERCADONA", "5411"),
        ("REPSOL", "5541"),
        ("ZARA", "5651"),
        ("EL CORTE INGLES", "5311"),
        ("RENFE", "4112"),
        ("AMAZON EU", "5942"),
        ("FARMACIA", "5912"),
        ("BAR EL RINCON", "5812"),
    ]
    mcity = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"]
    tx = [pick(rng, merchants) for _ in range(N)]
    cols = [
        ("id_transaccion", "NONE", col(lambda: g.rand_uuid(rng), rng)),
        ("fecha_operacion", "NONE", col(lambda: g.ts(rng, "%d/%m/%Y"), rng)),
        ("importe", "NONE", col(lambda: f"{-rng.uniform(1, 400):.2f}".replace(".", ","), rng)),
        ("moneda", "NONE", ["EUR"] * N),
        ("comercio", "NONE", [m for m, _ in tx]),
        ("mcc", "NONE", [c for _, c in tx]),
        ("ciudad_comercio", "NONE", col(lambda: pick(rng, mcity), rng)),
        ("canal", "NONE", col(lambda: pick(rng, ["TPV", "online", "cajero", "bizum"]), rng)),
        ("titular", "PERSON_NAME", col(fk.name, rng)),
        ("dni_titular", "NATIONAL_ID", col(lambda: g.es_dni(rng), rng, 0.05)),
        ("iban_cuenta", "IBAN", col(fk.iban, rng)),
        ("num_tarjeta", "CREDIT_CARD", col(lambda: g.card(rng), rng, 0.2)),
        ("limite_credito", "FINANCIAL", col(lambda: pick(rng, [1000, 1500, 2000, 3000, 5000, 8000]), rng, 0.3)),
        ("cp_titular", "POSTAL_CODE", col(fk.postcode, rng)),
        ("ip_cliente", "IP_ADDRESS", col(lambda: g.ipv4(rng), rng, 0.5)),
        ("version_app", "NONE", col(lambda: g.app_version(rng), rng, 0.5)),
        ("fraude", "NONE", col(lambda: pick(rng, [0, 1], [97, 3]), rng)),
        ("referencia", "NONE", col(lambda: f"REF{rng.randint(10**9, 10**10 - 1)}", rng)),
        ("estado", "NONE", col(lambda: pick(rng, ["autorizada", "denegada", "pendiente"], [90, 5, 5]), rng)),
        ("c12", "PHONE", col(fk.phone_number, rng, 0.1)),
    ]
    return {"name": "bank_tx_es", "lang": "es", "columns": cols}


def hr_dipendenti_it() -> dict:
    rng, fk = g.make("it_IT", 1405)
    cols = [
        ("matricola", "NONE", [f"{10000 + i}" for i in range(N)]),
        ("nome", "PERSON_NAME", col(fk.first_name, rng)),
        ("cognome", "PERSON_NAME", col(fk.last_name, rng)),
        ("codice_fiscale", "NATIONAL_ID", col(lambda: g.it_cf(fk), rng)),
        ("data_nascita", "DATE_OF_BIRTH", col(lambda: g.birth(rng, 20, 66).isoformat(), rng)),
        ("sesso", "GENDER", col(lambda: pick(rng, ["M", "F"]), rng)),
        (
            "titolo_studio",
            "EDUCATION",
            col(
                lambda: pick(rng, ["licenza media", "diploma", "laurea triennale", "laurea magistrale", "dottorato"]),
                rng,
            ),
        ),
        (
            "cittadinanza",
            "NATIONALITY",
            col(
                lambda: pick(rng, ["Italia", "Romania", "Albania", "Marocco", "Cina", "Ucraina"], [80, 6, 4, 4, 3, 3]),
                rng,
            ),
        ),
        ("iban_accredito", "IBAN", col(fk.iban, rng)),
        ("ral", "FINANCIAL", col(lambda: rng.randrange(22000, 95000, 500), rng)),
        (
            "reparto",
            "NONE",
            col(lambda: pick(rng, ["Amministrazione", "Produzione", "Logistica", "IT", "Vendite", "HR"]), rng),
        ),
        ("centro_costo", "NONE", col(lambda: f"CC{rng.randint(100, 999)}", rng)),
        ("sede", "NONE", col(lambda: pick(rng, ["Milano", "Bologna", "Torino", "Bari"]), rng)),
        ("data_assunzione", "NONE", col(lambda: g.ts(rng, "%Y-%m-%d", 2015), rng)),
        ("livello", "NONE", col(lambda: pick(rng, ["Q", "1", "2", "3", "4", "5"]), rng)),
        (
            "tipo_contratto",
            "NONE",
            col(lambda: pick(rng, ["tempo indeterminato", "tempo determinato", "apprendistato"]), rng),
        ),
        ("ore_sett", "NONE", col(lambda: pick(rng, [40, 38, 30, 20]), rng)),
        ("ferie_residue_gg", "NONE", col(lambda: rng.randint(0, 32), rng)),
        (
            "iscrizione_sindacale",
            "TRADE_UNION",
            col(lambda: pick(rng, ["CGIL", "CISL", "UIL", "UGL", "nessuna"], [15, 12, 8, 3, 62]), rng),
        ),
        ("invalidita", "HEALTH", col(lambda: pick(rng, ["no", "no", "no", "sì - 46%", "sì - 67%", "L.104/92"]), rng)),
    ]
    return {"name": "hr_dipendenti_it", "lang": "it", "columns": cols}


def abonnementen_nl() -> dict:
    rng, fk = g.make("nl_NL", 1406)

    def plate() -> str:
        L = "BDFGHJKLNPRSTVXZ"
        a = "".join(rng.choice(L) for _ in range(2))
        c = "".join(rng.choice(L) for _ in range(1 if rng.random() < 0.5 else 2))
        n = rng.randint(1, 999) if len(c) == 1 else rng.randint(1, 99)
        return f"{a}-{n}-{c}" if len(c) == 1 else f"{n}-{a}-{c}"

    cols = [
        ("abonnement_id", "NONE", g.seq_ids("AB", 5000, 6)),
        ("klantnr", "NONE", [str(rng.randint(1000000, 9999999)) for _ in range(N)]),
        ("naam", "PERSON_NAME", col(fk.name, rng)),
        ("emailadres", "EMAIL", col(fk.email, rng)),
        ("huisadres", "STREET_ADDRESS", col(fk.street_address, rng)),
        ("postcode", "POSTAL_CODE", col(fk.postcode, rng)),
        ("woonplaats", "CITY", col(fk.city, rng)),
        ("geboortejaar", "DATE_OF_BIRTH", col(lambda: g.birth(rng).year, rng, 0.1)),
        ("rekeningnummer", "IBAN", col(fk.iban, rng)),
        ("kenteken", "LICENSE_PLATE", col(plate, rng)),
        ("pakket", "NONE", col(lambda: pick(rng, ["Basis", "Plus", "Premium"]), rng)),
        (
            "parkeergarage",
            "NONE",
            col(lambda: pick(rng, ["P+R Zuid", "Garage Centrum", "P3 Station", "Q-Park Markt"]), rng),
        ),
        ("maandbedrag", "NONE", col(lambda: pick(rng, ["9,95", "14,95", "24,95"]), rng)),
        ("startdatum", "NONE", col(lambda: g.ts(rng, "%d-%m-%Y", 2021), rng)),
        ("opzegdatum", "NONE", col(lambda: g.ts(rng, "%d-%m-%Y"), rng, 0.8)),
        ("betaalstatus", "NONE", col(lambda: pick(rng, ["betaald", "open", "storno", "herinnering"]), rng)),
        ("nps", "NONE", col(lambda: rng.randint(0, 10), rng, 0.4)),
        ("korting_pct", "NONE", col(lambda: pick(rng, [0, 0, 5, 10, 15]), rng)),
        ("factuur_hash", "NONE", col(lambda: g.sha256(rng), rng)),
        ("f_09", "AGE", col(lambda: rng.randint(18, 88), rng)),
    ]
    return {"name": "abonnementen_nl", "lang": "nl", "columns": cols}


def tickets_pt() -> dict:
    rng, fk = g.make("pt_BR", 1407)
    names = [fk.name() for _ in range(N)]
    emails = [fk.free_email() for _ in range(N)]
    phones = [fk.cellphone_number() for _ in range(N)]

    def descr(i: int) -> str:
        t = rng.randrange(4)
        first = names[i].split()[0]
        if t == 0:
            return f"Olá, sou {names[i]} e meu pedido não chegou. Podem me ligar no {phones[i]}?"
        if t == 1:
            return f"Não consigo acessar minha conta, o e-mail cadastrado é {emails[i]}. Obrigado, {first}."
        if t == 2:
            return f"Meu nome é {names[i]}, moro na {fk.street_name()}, {rng.randint(1, 2000)} e a entrega foi para o endereço errado."
        return f"Cobrança duplicada no cartão. Favor devolver. Att, {names[i]} - tel {phones[i]}"

    replies = [
        "Olá! Seu chamado foi recebido e será respondido em até 24h.",
        "Pedimos desculpas pelo transtorno. O reembolso foi solicitado.",
        "Encaminhamos ao time de logística.",
        "Chamado encerrado por falta de retorno.",
    ]
    agents = [fk.user_name() for _ in range(15)]
    cols = [
        ("ticket_id", "NONE", [f"#{300000 + i}" for i in range(N)]),
        ("aberto_em", "NONE", col(lambda: g.ts(rng, "%Y-%m-%d %H:%M"), rng)),
        ("status", "NONE", col(lambda: pick(rng, ["aberto", "pendente", "resolvido", "fechado"]), rng)),
        ("prioridade", "NONE", col(lambda: pick(rng, ["baixa", "média", "alta", "urgente"]), rng)),
        ("sla_violado", "NONE", col(lambda: pick(rng, ["sim", "não"], [15, 85]), rng)),
        ("canal", "NONE", col(lambda: pick(rng, ["email", "chat", "whatsapp", "telefone"]), rng)),
        ("cliente_nome", "PERSON_NAME", names),
        ("cliente_email", "EMAIL", emails),
        ("cpf", "NATIONAL_ID", col(lambda: g.br_cpf(fk), rng, 0.1)),
        ("whatsapp", "PHONE", phones),
        (
            "assunto",
            "NONE",
            col(
                lambda: pick(
                    rng, ["Atraso na entrega", "Reembolso", "Produto com defeito", "Troca de tamanho", "Acesso à conta"]
                ),
                rng,
            ),
        ),
        ("categoria", "NONE", col(lambda: pick(rng, ["logística", "financeiro", "técnico", "comercial"]), rng)),
        ("descricao", "FREE_TEXT_WITH_PII", [descr(i) for i in range(N)]),
        ("resposta_agente", "NONE", col(lambda: pick(rng, replies), rng, 0.1)),
        ("agente_login", "USERNAME", col(lambda: pick(rng, agents), rng)),
        ("tempo_resolucao_h", "NONE", col(lambda: round(rng.uniform(0.2, 96), 1), rng, 0.2)),
        ("csat", "NONE", col(lambda: rng.randint(1, 5), rng, 0.5)),
        ("ip_origem", "IP_ADDRESS", col(lambda: g.ipv4(rng), rng, 0.3)),
        ("android_id", "DEVICE_ID", col(lambda: f"{rng.getrandbits(64):016x}", rng, 0.4)),
        ("produto_sku", "NONE", col(lambda: f"SKU-{rng.randint(10000, 99999)}-{pick(rng, ['P', 'M', 'G'])}", rng)),
        ("cidade", "CITY", col(fk.city, rng)),
    ]
    return {"name": "tickets_pt", "lang": "pt", "columns": cols}


def ankieta_pl() -> dict:
    rng, fk = g.make("pl_PL", 1408)
    comments = [
        "Brak uwag",
        "Ankieta za długa",
        "Ciekawe pytania",
        "Proszę o więcej pytań o transport",
        "Wszystko w porządku",
        None,
        None,
    ]
    cols = [
        ("id_respondenta", "NONE", g.seq_ids("R", 1, 5)),
        ("data_wypelnienia", "NONE", col(lambda: g.ts(rng, "%Y-%m-%d %H:%M"), rng)),
        ("wiek", "AGE", col(lambda: rng.randint(18, 84), rng)),
        ("plec", "GENDER", col(lambda: pick(rng, ["kobieta", "mężczyzna", "inna"], [51, 47, 2]), rng)),
        (
            "wyksztalcenie",
            "EDUCATION",
            col(
                lambda: pick(rng, ["podstawowe", "zawodowe", "średnie", "wyższe licencjackie", "wyższe magisterskie"]),
                rng,
            ),
        ),
        (
            "zawod",
            "OCCUPATION",
            col(
                lambda: pick(
                    rng,
                    [
                        "nauczyciel",
                        "kierowca",
                        "pielęgniarka",
                        "programista",
                        "księgowa",
                        "sprzedawca",
                        "rolnik",
                        "emeryt",
                        "student",
                        "lekarz",
                        "elektryk",
                    ],
                ),
                rng,
                0.05,
            ),
        ),
        (
            "stan_cywilny",
            "MARITAL_STATUS",
            col(lambda: pick(rng, ["kawaler/panna", "żonaty/zamężna", "rozwiedziony/a", "wdowiec/wdowa"]), rng),
        ),
        ("miejscowosc", "CITY", col(fk.city, rng)),
        (
            "wyznanie",
            "RELIGION",
            col(
                lambda: pick(
                    rng, ["rzymskokatolickie", "prawosławne", "ewangelickie", "brak", "inne"], [70, 5, 3, 18, 4]
                ),
                rng,
                0.1,
            ),
        ),
        (
            "poglady_polityczne",
            "POLITICAL_OPINION",
            col(lambda: pick(rng, ["lewicowe", "centrowe", "prawicowe", "trudno powiedzieć"]), rng),
        ),
        (
            "orientacja",
            "SEXUAL_ORIENTATION",
            col(
                lambda: pick(
                    rng, ["heteroseksualna", "homoseksualna", "biseksualna", "wolę nie odpowiadać"], [85, 4, 4, 7]
                ),
                rng,
            ),
        ),
        (
            "dochod_netto",
            "FINANCIAL",
            col(lambda: pick(rng, ["poniżej 3000 zł", "3000-4999 zł", "5000-7999 zł", "8000 zł i więcej"]), rng, 0.15),
        ),
        (
            "choroby_przewlekle",
            "HEALTH",
            col(lambda: pick(rng, ["brak", "nadciśnienie", "cukrzyca typu 2", "astma", "depresja", "brak"]), rng),
        ),
        ("q1", "NONE", col(lambda: rng.randint(1, 5), rng)),
        ("q2", "NONE", col(lambda: rng.randint(1, 5), rng)),
        ("q3_transport", "NONE", col(lambda: pick(rng, ["samochód", "komunikacja miejska", "rower", "pieszo"]), rng)),
        ("czas_s", "NONE", col(lambda: rng.randint(180, 2400), rng)),
        ("waga", "NONE", col(lambda: round(rng.uniform(0.4, 2.5), 4), rng)),
        ("zrodlo", "NONE", col(lambda: pick(rng, ["panel", "link", "CAWI", "CATI"]), rng)),
        ("komentarz", "NONE", [pick(rng, comments) for _ in range(N)]),
    ]
    return {"name": "ankieta_pl", "lang": "pl", "columns": cols}


def all_tables() -> list[dict]:
    tables = [
        crm_contacts_en(),
        shop_customers_de(),
        clinic_rdv_fr(),
        bank_tx_es(),
        hr_dipendenti_it(),
        abonnementen_nl(),
        tickets_pt(),
        ankieta_pl(),
    ]
    for t in tables:
        for h, _, v in t["columns"]:
            assert len(v) == N, (t["name"], h, len(v))
    return tables
