"""Free-text templates per language: e-mails, chats, support tickets, clinical and HR notes, reviews.

Upper-case placeholders become labelled spans: ``{NAME}`` ``{FIRST}`` ``{LAST}`` (``…2`` for a second
person) -> PERSON_NAME, ``{EMAIL}``, ``{PHONE}``, ``{CARD}`` -> CREDIT_CARD, ``{IBAN}``, ``{IP}`` ->
IP_ADDRESS, ``{NID}`` -> NATIONAL_ID, ``{ADDR}`` -> STREET_ADDRESS, ``{DOB}`` -> DATE_OF_BIRTH, ``{URL}``.
Lower-case placeholders are filled but not labelled: titles, companies, company mailboxes and hotlines,
masked cards, other dates, order and invoice numbers, version strings, products, amounts, diagnoses.
"""

from __future__ import annotations

T = tuple[str, str]  # (genre, template)

TEMPLATES: dict[str, tuple[T, ...]] = {
    "en": (
        (
            "header",
            "From: {NAME} <{EMAIL}>\nTo: {support}\nSubject: Re: order {order}\n\nStill waiting for my "
            "refund. Call me on {PHONE}.",
        ),
        (
            "logistics",
            "Shipment {order} left the {warehouse} warehouse on {date}. Tracking: {site}. Transaction "
            "{invoice}, total {amount}.",
        ),
        (
            "appointment",
            "Reminder: your appointment is on {date} at 10:30. Please bring your insurance card. Cancel via "
            "{site} or {hotline}.",
        ),
        (
            "email",
            "Hi {title} {LAST},\n\nThanks for your order {order}. We will ship it to {ADDR} within 3 days. "
            "If anything changes, reply to this email or call {hotline}.\n\nBest,\n{FIRST2}\n{company}",
        ),
        (
            "email",
            "Dear {company} team,\nmy name is {NAME} and I was charged twice for invoice {invoice}. "
            "Please refund to IBAN {IBAN}. You can reach me on {PHONE} or at {EMAIL}.\nRegards",
        ),
        (
            "ticket",
            "Ticket #{ticket}: customer {NAME} (DOB {DOB}) cannot log in. Last login from {IP}, "
            "app version {version}. Reset link sent to {EMAIL}.",
        ),
        (
            "ticket",
            "Caller {NAME} reported card {CARD} stolen on {date}. Card blocked, new card to "
            "{ADDR}. Old card {masked} cancelled.",
        ),
        ("chat", "hey its {FIRST}, can u text me at {PHONE} when the parcel arrives? not home till 6"),
        (
            "chat",
            "Agent {FIRST2}: Could you confirm the last 4 digits of your card?\nCustomer: {masked}\n"
            "Agent {FIRST2}: Thanks {FIRST}, your refund of {amount} is on its way.",
        ),
        (
            "clinical",
            "Pt {NAME}, DOB {DOB}, MRN {mrn}. Presented on {date} with {diag}. Started on {med}. "
            "Wife {FIRST2} informed by phone ({PHONE}).",
        ),
        (
            "clinical",
            "{title} {NAME} seen in clinic today. Hx of {diag}. Plan: continue {med}, review in 6 weeks. "
            "Letter to GP {title2} {LAST2}.",
        ),
        (
            "hr",
            "Please update the payroll record for {NAME}: new address {ADDR}, {nidname} {NID}, "
            "bank account IBAN {IBAN}. Effective {date}.",
        ),
        (
            "hr",
            "Reference request: {NAME} worked with us as {occupation} from {date} onwards. "
            "Profile: {URL}. Contact HR at {support}.",
        ),
        ("review", "Great product, the {product} arrived two days early and works perfectly. Would buy again."),
        (
            "review",
            "Terrible service. Waited 40 minutes on {hotline} and nobody could tell me where order "
            "{order} is. Two stars because the {product} itself is fine.",
        ),
        (
            "notice",
            "Your statement for card {masked} is ready. Questions? Email {support} or call {hotline}. "
            "Version {version} of the app is now available.",
        ),
        (
            "email",
            "Hello,\nI'm {NAME}, born {DOB}, and I'd like to open a joint account with my partner "
            "{NAME2}. My {nidname} is {NID}.\nThanks",
        ),
        ("social", "Follow {FIRST} on {URL} for more recipes! DM for collabs: {EMAIL}"),
    ),
    "de": (
        (
            "header",
            "Von: {NAME} <{EMAIL}>\nAn: {support}\nBetreff: AW: Bestellung {order}\n\nIch warte noch auf die "
            "Erstattung. Tel. {PHONE}",
        ),
        (
            "logistics",
            "Sendung {order} hat am {date} das Lager {warehouse} verlassen. Sendungsverfolgung: {site}. Beleg "
            "{invoice}, Summe {amount}.",
        ),
        (
            "appointment",
            "Erinnerung: Ihr Termin ist am {date} um 10:30 Uhr. Bitte Versichertenkarte mitbringen. Absage "
            "über {site} oder {hotline}.",
        ),
        (
            "email",
            "Guten Tag {title} {LAST},\n\nvielen Dank für Ihre Bestellung {order}. Die Lieferung erfolgt an "
            "{ADDR}. Bei Fragen erreichen Sie uns unter {hotline} oder {support}.\n\nMit freundlichen Grüßen\n"
            "{NAME2}\n{company}",
        ),
        (
            "email",
            "Hallo zusammen,\nich bin {NAME} und möchte meine Bankverbindung ändern. Neue IBAN: {IBAN}. "
            "Rückfragen gerne an {PHONE}.\nViele Grüße",
        ),
        (
            "ticket",
            "Störung #{ticket}: Kunde {NAME}, geb. {DOB}, meldet Ausfall seit {date}. Router-IP {IP}, "
            "Firmware {version}. Rückruf unter {PHONE} erbeten.",
        ),
        (
            "ticket",
            "Kundin {NAME} meldet Kreditkarte {CARD} als gestohlen. Karte gesperrt; Ersatzkarte "
            "an {ADDR}. Alte Karte {masked}.",
        ),
        ("chat", "hi, hier ist {FIRST}. schreib mir bitte an {EMAIL}, handy ist kaputt"),
        (
            "clinical",
            "Pat. {NAME}, geb. am {DOB}, Aufnahme am {date} wegen {diag}. Medikation: {med}. "
            "Ehemann {NAME2} telefonisch informiert.",
        ),
        (
            "clinical",
            "Arztbrief an {title} {LAST2}: Ihr Patient {title} {LAST} wurde am {date} entlassen. "
            "Diagnose: {diag}. Weiter mit {med}.",
        ),
        ("hr", "Personalakte {NAME}: neue Anschrift {ADDR}, Steuer-ID {NID}, IBAN {IBAN}. Gültig ab {date}."),
        ("hr", "Bewerbung von {NAME} als {occupation}. Profil: {URL}, E-Mail {EMAIL}, Tel. {PHONE}."),
        ("review", "Top Qualität, der {product} kam schnell und gut verpackt an. Gerne wieder!"),
        (
            "review",
            "Leider enttäuscht. Die Hotline {hotline} war dauernd besetzt und Bestellung {order} kam "
            "erst nach zwei Wochen.",
        ),
        (
            "notice",
            "Ihre Abrechnung zur Karte {masked} liegt vor. Fragen an {support}. Rechnung {invoice} "
            "vom {date}, Betrag {amount}.",
        ),
        (
            "email",
            "Guten Tag, anbei meine Daten für den Vertrag: {NAME}, geboren am {DOB}, wohnhaft {ADDR}.\nGruß {FIRST}",
        ),
        ("chat", "Agent {FIRST2}: Danke, {title} {LAST}. Ihre Rückerstattung über {amount} ist veranlasst."),
    ),
    "fr": (
        (
            "header",
            "De : {NAME} <{EMAIL}>\nÀ : {support}\nObjet : RE: commande {order}\n\nJ'attends toujours mon "
            "remboursement. Tél. {PHONE}",
        ),
        (
            "logistics",
            "Le colis {order} a quitté l'entrepôt de {warehouse} le {date}. Suivi : {site}. Facture "
            "{invoice}, total {amount}.",
        ),
        (
            "appointment",
            "Rappel : votre rendez-vous est le {date} à 10h30. Pensez à votre carte Vitale. Annulation sur "
            "{site} ou au {hotline}.",
        ),
        (
            "email",
            "Bonjour {title} {LAST},\n\nVotre commande {order} sera livrée au {ADDR}. Pour toute question, "
            "contactez le {hotline} ou {support}.\n\nCordialement,\n{FIRST2}, service client {company}",
        ),
        (
            "email",
            "Madame, Monsieur,\nje soussigné {NAME}, né le {DOB}, demande la clôture de mon compte. "
            "Merci de virer le solde sur l'IBAN {IBAN}.\nTél. : {PHONE}",
        ),
        (
            "ticket",
            "Incident {ticket} : le client {NAME} n'arrive plus à se connecter depuis le {date}. "
            "Adresse IP {IP}, version {version}. Mail : {EMAIL}",
        ),
        (
            "ticket",
            "Opposition carte {CARD} demandée par {title} {NAME}. Nouvelle carte envoyée au {ADDR}. "
            "Ancienne carte {masked}.",
        ),
        ("chat", "coucou c'est {FIRST} ! tu peux m'appeler au {PHONE} ce soir ?"),
        (
            "clinical",
            "Patient(e) {NAME}, né(e) le {DOB}, admis(e) le {date} pour {diag}. Traitement : {med}. "
            "Fille ({NAME2}) prévenue au {PHONE}.",
        ),
        (
            "clinical",
            "Compte rendu adressé au {title} {LAST2}. {title2} {LAST} revu(e) en consultation le {date}, "
            "{diag} stable sous {med}.",
        ),
        ("hr", "Dossier salarié {NAME} : nouvelle adresse {ADDR}, n° de sécurité sociale {NID}, IBAN {IBAN}."),
        ("hr", "Candidature de {NAME} pour le poste de {occupation}. Profil : {URL} ; e-mail {EMAIL}."),
        ("review", "Produit conforme, {product} reçu en 48 h. Je recommande ce vendeur."),
        ("review", "Service client injoignable au {hotline}, commande {order} toujours pas reçue. Déçu."),
        (
            "notice",
            "Votre relevé de la carte {masked} est disponible. Facture {invoice} du {date} : {amount}. "
            "Questions : {support}.",
        ),
        ("chat", "Conseiller {FIRST2} : Merci {title} {LAST}, le remboursement de {amount} est en cours."),
        ("email", "Bonjour, voici mes coordonnées : {NAME}, {ADDR}, {PHONE}, {EMAIL}. Bonne journée, {FIRST}"),
    ),
    "es": (
        (
            "header",
            "De: {NAME} <{EMAIL}>\nPara: {support}\nAsunto: RE: pedido {order}\n\nSigo esperando el "
            "reembolso. Tel. {PHONE}",
        ),
        (
            "logistics",
            "El envío {order} salió del almacén de {warehouse} el {date}. Seguimiento: {site}. Factura "
            "{invoice}, total {amount}.",
        ),
        (
            "appointment",
            "Recordatorio: su cita es el {date} a las 10:30. Traiga la tarjeta sanitaria. Para anular: {site} "
            "o {hotline}.",
        ),
        (
            "email",
            "Estimado/a {title} {LAST}:\n\nSu pedido {order} se enviará a {ADDR}. Si tiene dudas, llame al "
            "{hotline} o escriba a {support}.\n\nUn saludo,\n{FIRST2}\n{company}",
        ),
        (
            "email",
            "Hola, soy {NAME} y quiero cambiar la cuenta de domiciliación a {IBAN}. Mi DNI es {NID}. "
            "Podéis llamarme al {PHONE}.\nGracias",
        ),
        (
            "ticket",
            "Incidencia {ticket}: el cliente {NAME} (fecha de nacimiento {DOB}) no puede acceder desde el "
            "{date}. IP {IP}, versión {version}.",
        ),
        (
            "ticket",
            "{title} {NAME} denuncia el robo de la tarjeta {CARD}. Bloqueada. Nueva tarjeta a {ADDR}. "
            "Tarjeta anterior {masked}.",
        ),
        ("chat", "holaa soy {FIRST}, me escribes al {EMAIL}? el móvil no me va"),
        (
            "clinical",
            "Paciente {NAME}, nacido el {DOB}, ingresa el {date} por {diag}. Tratamiento: {med}. "
            "Se informa a su hija {FIRST2} en el {PHONE}.",
        ),
        (
            "clinical",
            "Informe para {title} {LAST2}: {title2} {LAST} acude a consulta el {date}; {diag} controlada con {med}.",
        ),
        ("hr", "Alta en nómina de {NAME}: domicilio {ADDR}, NIF {NID}, cuenta {IBAN}. Fecha efectiva {date}."),
        ("hr", "Candidatura de {NAME} para {occupation}. LinkedIn: {URL}. Correo: {EMAIL}."),
        ("review", "Muy buen producto, el {product} llegó antes de lo previsto. Lo recomiendo."),
        ("review", "Fatal. Nadie contesta en el {hotline} y el pedido {order} sigue sin llegar."),
        (
            "notice",
            "Ya está disponible el extracto de su tarjeta {masked}. Factura {invoice} del {date} por "
            "{amount}. Consultas: {support}.",
        ),
        ("chat", "Agente {FIRST2}: Gracias, {title} {LAST}. Le devolvemos {amount} en 3-5 días."),
        ("email", "Buenas, os paso mis datos: {NAME}, nacida el {DOB}, vivo en {ADDR}. Teléfono {PHONE}."),
    ),
    "it": (
        (
            "header",
            "Da: {NAME} <{EMAIL}>\nA: {support}\nOggetto: R: ordine {order}\n\nSto ancora aspettando il "
            "rimborso. Tel. {PHONE}",
        ),
        (
            "logistics",
            "La spedizione {order} è partita dal magazzino di {warehouse} il {date}. Tracking: {site}. "
            "Fattura {invoice}, totale {amount}.",
        ),
        (
            "appointment",
            "Promemoria: la sua visita è il {date} alle 10:30. Porti la tessera sanitaria. Disdetta su {site} "
            "o al {hotline}.",
        ),
        (
            "email",
            "Gentile {title} {LAST},\n\nil suo ordine {order} verrà consegnato in {ADDR}. Per assistenza "
            "chiami il {hotline} o scriva a {support}.\n\nCordiali saluti,\n{FIRST2}\n{company}",
        ),
        (
            "email",
            "Buongiorno, sono {NAME} e vorrei aggiornare l'IBAN per l'accredito: {IBAN}. Il mio codice "
            "fiscale è {NID}. Cell. {PHONE}.\nGrazie",
        ),
        (
            "ticket",
            "Segnalazione {ticket}: il cliente {NAME}, nato il {DOB}, non riesce ad accedere dal {date}. "
            "IP {IP}, versione {version}.",
        ),
        (
            "ticket",
            "{title} {NAME} chiede il blocco della carta {CARD}. Nuova carta spedita a {ADDR}. "
            "Carta precedente {masked}.",
        ),
        ("chat", "ciao sono {FIRST}! mi scrivi su {EMAIL}? il telefono è scarico"),
        (
            "clinical",
            "Paziente {NAME}, nata il {DOB}, ricoverata il {date} per {diag}. Terapia: {med}. "
            "Avvisato il marito {NAME2} al {PHONE}.",
        ),
        (
            "clinical",
            "Lettera al {title} {LAST2}: il/la {title2} {LAST} è stato/a visitato/a il {date}; "
            "{diag} in compenso con {med}.",
        ),
        ("hr", "Variazione anagrafica per {NAME}: residenza {ADDR}, CF {NID}, IBAN {IBAN}, dal {date}."),
        ("hr", "Candidatura di {NAME} come {occupation}. Profilo: {URL}; e-mail {EMAIL}."),
        ("review", "Prodotto ottimo, il {product} è arrivato in due giorni. Consigliato!"),
        ("review", "Pessimo servizio clienti, al {hotline} non risponde nessuno e l'ordine {order} non è arrivato."),
        (
            "notice",
            "È disponibile l'estratto conto della carta {masked}. Fattura {invoice} del {date}, "
            "importo {amount}. Info: {support}.",
        ),
        ("chat", "Operatore {FIRST2}: Grazie {title} {LAST}, il rimborso di {amount} è stato disposto."),
        ("email", "Salve, i miei dati: {NAME}, {ADDR}, tel. {PHONE}, mail {EMAIL}. Saluti, {FIRST}"),
    ),
    "nl": (
        (
            "header",
            "Van: {NAME} <{EMAIL}>\nAan: {support}\nOnderwerp: RE: bestelling {order}\n\nIk wacht nog steeds "
            "op mijn terugbetaling. Tel. {PHONE}",
        ),
        (
            "logistics",
            "Zending {order} is op {date} vertrokken uit het magazijn in {warehouse}. Track & trace: {site}. "
            "Factuur {invoice}, totaal {amount}.",
        ),
        (
            "appointment",
            "Herinnering: uw afspraak is op {date} om 10:30 uur. Neem uw zorgpas mee. Afzeggen via {site} of "
            "{hotline}.",
        ),
        (
            "email",
            "Beste {title} {LAST},\n\nUw bestelling {order} wordt bezorgd op {ADDR}. Vragen? Bel {hotline} "
            "of mail {support}.\n\nMet vriendelijke groet,\n{FIRST2}\n{company}",
        ),
        (
            "email",
            "Hallo, ik ben {NAME} en wil mijn rekeningnummer wijzigen naar {IBAN}. Mijn BSN is {NID}. "
            "Bel me gerust op {PHONE}.\nGroet",
        ),
        (
            "ticket",
            "Melding {ticket}: klant {NAME}, geboortedatum {DOB}, kan sinds {date} niet inloggen. "
            "IP-adres {IP}, versie {version}.",
        ),
        (
            "ticket",
            "{title} {NAME} meldt creditcard {CARD} gestolen. Kaart geblokkeerd, nieuwe kaart naar {ADDR}. "
            "Oude kaart {masked}.",
        ),
        ("chat", "hoi, met {FIRST}. kun je me mailen op {EMAIL}? telefoon is stuk"),
        (
            "clinical",
            "Patiënt {NAME}, geboren op {DOB}, opgenomen op {date} met {diag}. Medicatie: {med}. "
            "Dochter {NAME2} gebeld op {PHONE}.",
        ),
        (
            "clinical",
            "Brief aan {title} {LAST2}: {title2} {LAST} gezien op de poli op {date}; {diag} stabiel op {med}.",
        ),
        ("hr", "Personeelsdossier {NAME}: nieuw adres {ADDR}, BSN {NID}, IBAN {IBAN}, per {date}."),
        ("hr", "Sollicitatie van {NAME} als {occupation}. Profiel: {URL}, e-mail {EMAIL}."),
        ("review", "Prima product, de {product} was binnen een dag in huis. Aanrader!"),
        ("review", "Slechte service, {hotline} neemt niet op en bestelling {order} is nog steeds niet binnen."),
        (
            "notice",
            "Uw overzicht van kaart {masked} staat klaar. Factuur {invoice} van {date}: {amount}. Vragen: {support}.",
        ),
        ("chat", "Medewerker {FIRST2}: Dank u, {title} {LAST}. Het bedrag van {amount} wordt teruggestort."),
        ("email", "Goedemiddag, mijn gegevens: {NAME}, geboren {DOB}, wonend aan {ADDR}. Tel {PHONE}."),
    ),
    "pt": (
        (
            "header",
            "De: {NAME} <{EMAIL}>\nPara: {support}\nAssunto: RE: pedido {order}\n\nAinda aguardo o reembolso. "
            "Tel. {PHONE}",
        ),
        (
            "logistics",
            "A remessa {order} saiu do centro de distribuição de {warehouse} em {date}. Rastreio: {site}. "
            "Nota {invoice}, total {amount}.",
        ),
        (
            "appointment",
            "Lembrete: sua consulta é em {date} às 10h30. Traga a carteirinha do convênio. Cancelamento: "
            "{site} ou {hotline}.",
        ),
        (
            "email",
            "Prezado(a) {title} {LAST},\n\nSeu pedido {order} será entregue em {ADDR}. Dúvidas: {hotline} "
            "ou {support}.\n\nAtenciosamente,\n{FIRST2}\n{company}",
        ),
        (
            "email",
            "Olá, sou {NAME} e quero alterar a conta para o IBAN {IBAN}. Meu {nidname} é {NID}. "
            "Telefone {PHONE}.\nObrigado",
        ),
        (
            "ticket",
            "Chamado {ticket}: cliente {NAME}, nascido em {DOB}, sem acesso desde {date}. IP {IP}, versão {version}.",
        ),
        (
            "ticket",
            "{title} {NAME} pediu bloqueio do cartão {CARD}. Novo cartão enviado para {ADDR}. Cartão antigo {masked}.",
        ),
        ("chat", "oi aqui é a {FIRST}, me manda no {EMAIL}? to sem celular"),
        (
            "clinical",
            "Paciente {NAME}, data de nascimento {DOB}, internado(a) em {date} por {diag}. "
            "Prescrição: {med}. Filho {NAME2} avisado pelo {PHONE}.",
        ),
        (
            "clinical",
            "Relatório para {title} {LAST2}: {title2} {LAST} consultado(a) em {date}; {diag} controlada com {med}.",
        ),
        ("hr", "Cadastro de {NAME}: endereço {ADDR}, {nidname} {NID}, conta {IBAN}, a partir de {date}."),
        ("hr", "Candidatura de {NAME} para {occupation}. Perfil: {URL}; e-mail {EMAIL}."),
        ("review", "Produto excelente, o {product} chegou antes do prazo. Recomendo!"),
        ("review", "Péssimo atendimento, ninguém atende no {hotline} e o pedido {order} não chegou."),
        (
            "notice",
            "A fatura do cartão {masked} está disponível. Nota fiscal {invoice} de {date}, valor {amount}. "
            "Dúvidas: {support}.",
        ),
        ("chat", "Atendente {FIRST2}: Obrigado, {title} {LAST}. O estorno de {amount} foi solicitado."),
        ("email", "Bom dia, seguem meus dados: {NAME}, nascida em {DOB}, moro em {ADDR}. Celular {PHONE}."),
    ),
    "pl": (
        (
            "header",
            "Od: {NAME} <{EMAIL}>\nDo: {support}\nTemat: RE: zamówienie {order}\n\nNadal czekam na zwrot. Tel. {PHONE}",
        ),
        (
            "logistics",
            "Przesyłka {order} opuściła magazyn w {warehouse} dnia {date}. Śledzenie: {site}. Faktura "
            "{invoice}, razem {amount}.",
        ),
        (
            "appointment",
            "Przypomnienie: wizyta w dniu {date} o 10:30. Prosimy zabrać dowód ubezpieczenia. Odwołanie: "
            "{site} lub {hotline}.",
        ),
        (
            "email",
            "Szanowny Panie / Szanowna Pani {LAST},\n\nzamówienie {order} zostanie dostarczone na adres {ADDR}. "
            "W razie pytań prosimy o kontakt: {hotline} lub {support}.\n\nPozdrawiamy,\n{FIRST2}\n{company}",
        ),
        (
            "email",
            "Dzień dobry, nazywam się {NAME} i chcę zmienić numer konta na {IBAN}. Mój PESEL: {NID}. "
            "Tel. {PHONE}.\nPozdrawiam",
        ),
        (
            "ticket",
            "Zgłoszenie {ticket}: klient {NAME}, data urodzenia {DOB}, nie może się zalogować od {date}. "
            "IP {IP}, wersja {version}.",
        ),
        (
            "ticket",
            "{title} {NAME} zastrzegł(a) kartę {CARD}. Nowa karta wysłana na adres {ADDR}. Stara karta {masked}.",
        ),
        ("chat", "hej tu {FIRST}, napisz na {EMAIL}, telefon mi padł"),
        (
            "clinical",
            "Pacjent {NAME}, ur. {DOB}, przyjęty {date} z powodu: {diag}. Leczenie: {med}. "
            "Poinformowano córkę {NAME2}, tel. {PHONE}.",
        ),
        (
            "clinical",
            "Pismo do {title} {LAST2}: {title2} {LAST} był(a) na wizycie {date}; {diag} wyrównana, kontynuacja {med}.",
        ),
        ("hr", "Kartoteka pracownika {NAME}: nowy adres {ADDR}, PESEL {NID}, konto {IBAN}, od {date}."),
        ("hr", "Aplikacja {NAME} na stanowisko {occupation}. Profil: {URL}, e-mail {EMAIL}."),
        ("review", "Świetny produkt, {product} dotarł w dwa dni. Polecam!"),
        ("review", "Fatalna obsługa, infolinia {hotline} nie odbiera, a zamówienie {order} nadal nie dotarło."),
        (
            "notice",
            "Wyciąg z karty {masked} jest dostępny. Faktura {invoice} z dnia {date}, kwota {amount}. "
            "Pytania: {support}.",
        ),
        ("chat", "Konsultant {FIRST2}: Dziękuję, {title} {LAST}. Zwrot {amount} został zlecony."),
        ("email", "Dzień dobry, moje dane: {NAME}, {ADDR}, tel. {PHONE}, e-mail {EMAIL}. Pozdrawiam, {FIRST}"),
    ),
}

NID_NAME: dict[str, str] = {
    "en": "SSN", "gb": "National Insurance number", "de": "Steuer-ID", "fr": "NIR", "es": "DNI",
    "it": "codice fiscale", "nl": "BSN", "pt": "CPF", "ptpt": "NIF", "pl": "PESEL",
}  # fmt: skip

SUPPORT_LOCAL: dict[str, tuple[str, ...]] = {
    "en": ("support", "help", "customerservice", "noreply", "billing"),
    "de": ("kundenservice", "service", "info", "noreply", "buchhaltung"),
    "fr": ("service.client", "contact", "sav", "noreply", "facturation"),
    "es": ("atencionalcliente", "soporte", "info", "noreply", "facturacion"),
    "it": ("assistenza", "servizioclienti", "info", "noreply", "amministrazione"),
    "nl": ("klantenservice", "info", "support", "noreply", "administratie"),
    "pt": ("atendimento", "sac", "contato", "noreply", "financeiro"),
    "pl": ("obsluga", "bok", "kontakt", "noreply", "faktury"),
}
