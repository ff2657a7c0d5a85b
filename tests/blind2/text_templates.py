"""Text templates per language: (kind, template). Slots are described in texts.py."""

TEMPLATES = {
    "en": [
        (
            "ticket",
            "Ticket {TKT} - customer {P1} called about order #{ORD}. Callback number {PH}, email {E1}. Card on file {MASK}, no refund issued yet.",
        ),
        (
            "email",
            "Hi team,\n\nplease update the shipping address for my order {ORD} to {ADDR}. I moved last week.\n\nThanks,\n{P1}\n{PH}",
        ),
        (
            "chat",
            "[{TIME}] {P1F}: hi, i can't log into my account\n[{TIME}] Agent {P2F}: Hi {P1F}, can you confirm your date of birth?\n[{TIME}] {P1F}: {DOB}\n[{TIME}] Agent {P2F}: thanks, I've sent a reset link to {E1}",
        ),
        (
            "clinical",
            "Pt {P1}, DOB {DOB}, ID {NID}. Presented with chest pain radiating to left arm, troponin pending. Seen by Dr {P2L}. Next of kin: {P3} ({PH}).",
        ),
        (
            "hr",
            "<F1>HR note {DATE}: {P1} ({CO}) asked us to pay her salary into {IBAN} from next month. Approved by {P2}.",
        ),
        ("form", "Name: {P1}\nDate of birth: {DOB}\nAddress: {ADDR}\nPhone: {PH}\nEmail: {E1}\nSSN/NI number: {NID}"),
        (
            "review",
            "Great service! {P1F} at the {CITY} store helped me choose a laptop and even called me back on {PH} when it arrived.",
        ),
        (
            "social",
            "<M1>my cousin {P1} is missing since {DATE}, last seen near {ADDR}. call {PH} if you see him!! please share",
        ),
        (
            "ticket",
            "My card {CARD} was charged twice for order {ORD} ({AMT} USD). Please refund to the same card. - {P1}",
        ),
        (
            "ticket",
            "Suspicious login to account {E1} from IP {IP} on {DATE}. {P1} confirmed it was not them; password reset forced.",
        ),
        ("social", "You can see my portfolio at {URL1} or reach me at {E1}. {P1}, freelance designer"),
        (
            "email",
            "Meeting notes {DATE}: {P1} ({CO}) and {P2} from {CO2} agreed on the pilot. Follow up with {P1F} on {PH}.",
        ),
        (
            "ticket",
            "<M1>Mr {P1L} called again. {P1F} says the technician never came to {ADDR}. Our hotline {HOT} was busy for an hour.",
        ),
        (
            "email",
            "Dear {P1},\nthank you for contacting {SUP}. Your ticket {TKT} has been created. For urgent matters call {HOT}.\nKind regards,\n{P2}\nCustomer Care, {CO}",
        ),
        (
            "hr",
            "<F1>Reference check: {P1} worked with us from {DATE} as a warehouse lead. Born {DOB}. Contact her at {E1}.",
        ),
        ("form", "new signup -> name={P1}; email={E1}; dob={DOB}; ip={IP}; plan=premium"),
        (
            "clinical",
            "Discharge summary for {P1} (born {DOB}): type 2 diabetes, metformin increased. GP: Dr. {P2}. Patient phone {PH}.",
        ),
    ],
    "de": [
        (
            "ticket",
            "<F1>Ticket {TKT}: Kundin {P1} meldet, dass Bestellung {ORD} nicht angekommen ist. Rückruf unter {PH}, E-Mail {E1}.",
        ),
        (
            "email",
            "Sehr geehrte Damen und Herren,\n\nbitte ändern Sie meine Lieferadresse auf {ADDR}.\n\nMit freundlichen Grüßen\n{P1}\nMobil: {PH}",
        ),
        (
            "chat",
            "[{TIME}] {P1F}: hallo, ich komme nicht in mein konto\n[{TIME}] Support ({P2F}): Hallo {P1F}, nennen Sie mir bitte Ihr Geburtsdatum.\n[{TIME}] {P1F}: {DOB}\n[{TIME}] Support ({P2F}): Danke, der Link ging an {E1}.",
        ),
        (
            "clinical",
            "Pat. {P1}, geb. {DOB}, stellt sich mit thorakalen Schmerzen vor. Aufnahme durch Dr. {P2L}. Angehörige: {P3}, Tel. {PH}.",
        ),
        (
            "hr",
            "<M1>Personalnotiz vom {DATE}: Herr {P1L} bittet um Überweisung des Gehalts auf {IBAN}. Steuer-ID {NID} liegt vor. Freigabe: {P2}.",
        ),
        (
            "form",
            "Vorname: {P1F}\nNachname: {P1L}\nGeburtsdatum: {DOB}\nAnschrift: {ADDR}\nTelefon: {PH}\nE-Mail: {E1}",
        ),
        ("review", "Super Beratung! {P1} aus der Filiale in {CITY} hat sich viel Zeit genommen. Fünf Sterne."),
        (
            "social",
            "<F1>Wer kennt diese Frau? {P1} wird seit {DATE} vermisst, zuletzt gesehen {ADDR}. Hinweise bitte an {PH}!",
        ),
        (
            "ticket",
            "Meine Kreditkarte {CARD} wurde für Bestellung {ORD} zweimal belastet ({AMT} EUR). Bitte erstatten. Gruß {P1}",
        ),
        (
            "ticket",
            "<F1>Verdächtige Anmeldung am Konto {E1} von IP {IP} am {DATE}. {P1} hat bestätigt, dass sie es nicht war.",
        ),
        ("email", "Hallo {P1F},\nwie besprochen hier mein Profil: {URL1}\nViele Grüße\n{P2}\n{CO}\nZentrale: {HOT}"),
        (
            "email",
            "Protokoll {DATE}: {P1} ({CO}) und {P2} von der {CO2} vereinbaren ein Pilotprojekt. Rückfragen an {P1F} unter {PH}.",
        ),
        (
            "ticket",
            "<F1>Frau {P1L} hat erneut angerufen. Der Techniker war nicht in der {ADDR}. Unsere Hotline {HOT} war dauerbesetzt.",
        ),
        (
            "email",
            "<M1>Sehr geehrter Herr {P1L},\nvielen Dank für Ihre Nachricht an {SUP}. Ihr Vorgang {TKT} wurde angelegt.\nFreundliche Grüße\n{P2}\nKundenservice {CO}",
        ),
        ("form", "anmeldung: name={P1}; mail={E1}; geb={DOB}; ip={IP}; tarif=basis"),
        ("hr", "{P1} (Lager, Schicht B) hat am {DATE} gekündigt. Private Anschrift für Arbeitszeugnis: {ADDR}."),
        ("ticket", "Bitte Lastschrift künftig von {IBAN} einziehen, Kontoinhaber {P1}. Kundennummer {ORD}."),
    ],
    "fr": [
        (
            "ticket",
            "<F1>Ticket {TKT} : la cliente {P1} signale que la commande {ORD} n'est jamais arrivée. La rappeler au {PH} ou écrire à {E1}.",
        ),
        (
            "email",
            "Bonjour,\n\nmerci de modifier mon adresse de livraison : {ADDR}.\n\nCordialement,\n{P1}\nPortable : {PH}",
        ),
        (
            "chat",
            "[{TIME}] {P1F} : bonjour je n'arrive plus à me connecter\n[{TIME}] Conseiller {P2F} : Bonjour {P1F}, pouvez-vous me donner votre date de naissance ?\n[{TIME}] {P1F} : {DOB}\n[{TIME}] Conseiller {P2F} : merci, le lien est parti sur {E1}",
        ),
        (
            "clinical",
            "<M1>Patient {P1}, né le {DOB}, NIR {NID}. Admis pour douleur thoracique. Vu par le Dr {P2L}. Personne à prévenir : {P3} au {PH}.",
        ),
        (
            "hr",
            "<F1>Note RH du {DATE} : Mme {P1L} demande le virement de son salaire sur le compte {IBAN}. Validé par {P2}.",
        ),
        (
            "form",
            "Nom : {P1L}\nPrénom : {P1F}\nDate de naissance : {DOB}\nAdresse : {ADDR}\nTéléphone : {PH}\nCourriel : {E1}",
        ),
        ("review", "Accueil au top, {P1} du magasin de {CITY} m'a très bien conseillé. Je recommande !"),
        (
            "social",
            "Avis de recherche : {P1} a disparu depuis le {DATE}, vu pour la dernière fois au {ADDR}. Contact : {PH}. Partagez svp",
        ),
        (
            "ticket",
            "Ma carte {CARD} a été débitée deux fois pour la commande {ORD} ({AMT} €). Merci de rembourser. {P1}",
        ),
        (
            "ticket",
            "Connexion suspecte sur le compte {E1} depuis l'adresse IP {IP} le {DATE}. {P1} confirme ne pas être à l'origine.",
        ),
        ("email", "Bonjour {P1F},\nvoici mon profil comme convenu : {URL1}\nBien à vous,\n{P2}\n{CO} - standard {HOT}"),
        ("email", "Compte rendu du {DATE} : {P1} ({CO}) et {P2} de {CO2} lancent le pilote. Relancer {P1F} au {PH}."),
        (
            "ticket",
            "<M1>M. {P1L} a encore appelé, le technicien n'est jamais passé au {ADDR}. Notre hotline {HOT} est saturée.",
        ),
        (
            "email",
            "<F1>Madame {P1},\nnous accusons réception de votre message à {SUP}. Dossier {TKT} ouvert.\nCordialement,\n{P2}\nService client {CO}",
        ),
        ("form", "inscription: nom={P1}; mail={E1}; naissance={DOB}; ip={IP}"),
        ("hr", "{P1} quitte l'entreprise le {DATE}. Envoyer le certificat de travail à son domicile : {ADDR}."),
        ("clinical", "<F1>Mme {P1}, née le {DOB}, diabète de type 2. Tél. domicile {PH}. Mutuelle {CO}."),
    ],
    "es": [
        (
            "ticket",
            "<F1>Incidencia {TKT}: la clienta {P1} indica que el pedido {ORD} no ha llegado. Devolver llamada al {PH} o escribir a {E1}.",
        ),
        ("email", "Buenos días:\n\nles ruego cambien mi dirección de envío a {ADDR}.\n\nUn saludo,\n{P1}\nMóvil: {PH}"),
        (
            "chat",
            "[{TIME}] {P1F}: hola no puedo entrar en mi cuenta\n[{TIME}] Agente {P2F}: Hola {P1F}, ¿me confirma su fecha de nacimiento?\n[{TIME}] {P1F}: {DOB}\n[{TIME}] Agente {P2F}: gracias, le he enviado el enlace a {E1}",
        ),
        (
            "clinical",
            "<M1><F2>Paciente {P1}, nacido el {DOB}, DNI {NID}. Acude por dolor torácico. Valorado por la Dra. {P2L}. Contacto familiar: {P3}, tel. {PH}.",
        ),
        ("hr", "Nota RRHH {DATE}: {P1} solicita el ingreso de la nómina en la cuenta {IBAN}. Aprobado por {P2}."),
        (
            "form",
            "Nombre: {P1F}\nApellidos: {P1L}\nFecha de nacimiento: {DOB}\nDomicilio: {ADDR}\nTeléfono: {PH}\nEmail: {E1}\nDNI/NIE: {NID}",
        ),
        ("review", "Muy buena atención, {P1} de la tienda de {CITY} nos ayudó con todo. ¡Volveremos!"),
        ("social", "<M1>Se busca a {P1}, desaparecido desde el {DATE}, visto por última vez en {ADDR}. Llamad al {PH}"),
        (
            "ticket",
            "Me han cobrado dos veces el pedido {ORD} ({AMT} €) en la tarjeta {CARD}. Solicito devolución. {P1}",
        ),
        ("ticket", "<F1>Acceso sospechoso a la cuenta {E1} desde la IP {IP} el {DATE}. {P1} confirma que no fue ella."),
        ("email", "Hola {P1F},\nte paso mi perfil: {URL1}\nSaludos,\n{P2}\n{CO} | Centralita {HOT}"),
        ("email", "Acta del {DATE}: {P1} ({CO}) y {P2} de {CO2} acuerdan el piloto. Seguimiento con {P1F} en el {PH}."),
        (
            "ticket",
            "<M1>El Sr. {P1L} ha vuelto a llamar: el técnico no fue a {ADDR}. Nuestro teléfono de atención {HOT} estaba colapsado.",
        ),
        (
            "email",
            "Estimado/a {P1}:\ngracias por escribir a {SUP}. Hemos abierto la incidencia {TKT}.\nAtentamente,\n{P2}\nAtención al cliente, {CO}",
        ),
        ("form", "alta: nombre={P1}; email={E1}; nac={DOB}; ip={IP}"),
        ("hr", "{P1} causa baja el {DATE}. Enviar el certificado de empresa a {ADDR}."),
        ("ticket", "Domiciliar los recibos en {IBAN}, titular {P1}, DNI {NID}."),
    ],
    "it": [
        (
            "ticket",
            "<F1>Ticket {TKT}: la cliente {P1} segnala che l'ordine {ORD} non è arrivato. Richiamare al {PH} o scrivere a {E1}.",
        ),
        (
            "email",
            "Buongiorno,\n\nvi chiedo di aggiornare l'indirizzo di consegna: {ADDR}.\n\nCordiali saluti,\n{P1}\nCell. {PH}",
        ),
        (
            "chat",
            "[{TIME}] {P1F}: ciao non riesco ad accedere\n[{TIME}] Operatore {P2F}: Buongiorno {P1F}, mi conferma la data di nascita?\n[{TIME}] {P1F}: {DOB}\n[{TIME}] Operatore {P2F}: grazie, ho inviato il link a {E1}",
        ),
        (
            "clinical",
            "<M1><M2>Paziente {P1}, nato il {DOB}, CF {NID}. Giunge per dolore toracico. Visitato dal dott. {P2L}. Familiare di riferimento: {P3}, tel. {PH}.",
        ),
        ("hr", "Nota HR del {DATE}: {P1} chiede l'accredito dello stipendio sull'IBAN {IBAN}. Approvato da {P2}."),
        (
            "form",
            "Nome: {P1F}\nCognome: {P1L}\nData di nascita: {DOB}\nIndirizzo: {ADDR}\nTelefono: {PH}\nEmail: {E1}\nCodice fiscale: {NID}",
        ),
        ("review", "Personale gentilissimo, {P1} del negozio di {CITY} mi ha seguito passo passo. Consigliato!"),
        (
            "social",
            "<F1>Aiutateci a trovare {P1}, scomparsa dal {DATE}, vista l'ultima volta in {ADDR}. Chiamate il {PH}",
        ),
        ("ticket", "Addebito doppio sulla carta {CARD} per l'ordine {ORD} ({AMT} €). Chiedo il rimborso. {P1}"),
        (
            "ticket",
            "<M1>Accesso sospetto all'account {E1} dall'IP {IP} il {DATE}. {P1} conferma di non essere stato lui.",
        ),
        ("email", "Ciao {P1F},\necco il mio profilo: {URL1}\nA presto,\n{P2}\n{CO} - centralino {HOT}"),
        ("email", "Verbale del {DATE}: {P1} ({CO}) e {P2} di {CO2} avviano il progetto pilota. Sentire {P1F} al {PH}."),
        (
            "ticket",
            "<F1>La sig.ra {P1L} ha richiamato: il tecnico non è mai passato in {ADDR}. Il numero verde {HOT} era sempre occupato.",
        ),
        (
            "email",
            "Gentile {P1},\nabbiamo ricevuto la sua richiesta a {SUP}. Pratica {TKT} aperta.\nCordiali saluti,\n{P2}\nServizio clienti {CO}",
        ),
        ("form", "registrazione: nome={P1}; email={E1}; nascita={DOB}; ip={IP}"),
        ("hr", "{P1} si dimette dal {DATE}. Inviare la CU al domicilio: {ADDR}."),
        (
            "clinical",
            "<M1><F2>Sig. {P1}, nato il {DOB}, iperteso in terapia. Recapito {PH}. Medico curante dott.ssa {P2}.",
        ),
    ],
    "nl": [
        (
            "ticket",
            "Ticket {TKT}: klant {P1} meldt dat bestelling {ORD} niet is aangekomen. Terugbellen op {PH} of mailen naar {E1}.",
        ),
        (
            "email",
            "Beste klantenservice,\n\nwilt u mijn bezorgadres wijzigen naar {ADDR}?\n\nMet vriendelijke groet,\n{P1}\nTel: {PH}",
        ),
        (
            "chat",
            "[{TIME}] {P1F}: hoi ik kan niet inloggen\n[{TIME}] Medewerker {P2F}: Hallo {P1F}, wat is uw geboortedatum?\n[{TIME}] {P1F}: {DOB}\n[{TIME}] Medewerker {P2F}: dank u, de link is verstuurd naar {E1}",
        ),
        (
            "clinical",
            "Patiënt {P1}, geboren {DOB}, BSN {NID}. Presenteert zich met pijn op de borst. Gezien door dr. {P2L}. Contactpersoon: {P3}, {PH}.",
        ),
        ("hr", "HR-notitie {DATE}: {P1} vraagt salaris voortaan over te maken naar {IBAN}. Akkoord: {P2}."),
        (
            "form",
            "Voornaam: {P1F}\nAchternaam: {P1L}\nGeboortedatum: {DOB}\nAdres: {ADDR}\nTelefoon: {PH}\nE-mail: {E1}\nBSN: {NID}",
        ),
        ("review", "Top service! {P1} van de winkel in {CITY} heeft ons super geholpen."),
        ("social", "Gezocht: {P1}, vermist sinds {DATE}, laatst gezien bij {ADDR}. Bel {PH} als je iets weet!"),
        (
            "ticket",
            "Mijn creditcard {CARD} is twee keer belast voor bestelling {ORD} ({AMT} euro). Graag terugstorten. {P1}",
        ),
        ("ticket", "<F1>Verdachte login op account {E1} vanaf IP {IP} op {DATE}. {P1} bevestigt dat zij dit niet was."),
        ("email", "Hoi {P1F},\nzoals beloofd mijn profiel: {URL1}\nGroet,\n{P2}\n{CO} | algemeen nummer {HOT}"),
        ("email", "Verslag {DATE}: {P1} ({CO}) en {P2} van {CO2} starten de pilot. {P1F} is bereikbaar op {PH}."),
        (
            "ticket",
            "<F1>Mevrouw {P1L} belde opnieuw: de monteur is niet geweest op {ADDR}. Onze servicelijn {HOT} was overbelast.",
        ),
        (
            "email",
            "Beste {P1},\nbedankt voor uw bericht aan {SUP}. Uw melding {TKT} is aangemaakt.\nMet vriendelijke groet,\n{P2}\nKlantenservice {CO}",
        ),
        ("form", "aanmelding: naam={P1}; email={E1}; geb={DOB}; ip={IP}"),
        ("hr", "{P1} treedt uit dienst per {DATE}. Jaaropgave sturen naar {ADDR}."),
        ("ticket", "Machtiging incasso: rekening {IBAN} t.n.v. {P1}. Klantnummer {ORD}."),
    ],
    "pt": [
        (
            "ticket",
            "<F1>Pedido {TKT}: a cliente {P1} informa que a encomenda {ORD} não chegou. Ligar para {PH} ou escrever para {E1}.",
        ),
        (
            "email",
            "Bom dia,\n\nsolicito a alteração da morada de entrega para {ADDR}.\n\nCumprimentos,\n{P1}\nTelemóvel: {PH}",
        ),
        (
            "chat",
            "[{TIME}] {P1F}: olá não consigo entrar na minha conta\n[{TIME}] Assistente {P2F}: Olá {P1F}, pode confirmar a data de nascimento?\n[{TIME}] {P1F}: {DOB}\n[{TIME}] Assistente {P2F}: obrigado, enviei o link para {E1}",
        ),
        (
            "clinical",
            "<M1><M2>Utente {P1}, nascido a {DOB}, NIF/CPF {NID}. Recorre por dor torácica. Observado pelo Dr. {P2L}. Contacto: {P3}, {PH}.",
        ),
        ("hr", "Nota RH {DATE}: {P1} pede que o salário seja pago no IBAN {IBAN}. Aprovado por {P2}."),
        ("form", "Nome: {P1}\nData de nascimento: {DOB}\nMorada: {ADDR}\nTelefone: {PH}\nE-mail: {E1}\nNIF: {NID}"),
        ("review", "<F1>Atendimento impecável, a {P1} da loja de {CITY} ajudou-me imenso. Recomendo!"),
        ("social", "<M1>Procura-se {P1}, desaparecido desde {DATE}, visto pela última vez na {ADDR}. Liguem {PH}"),
        ("ticket", "O cartão {CARD} foi cobrado duas vezes pela encomenda {ORD} ({AMT} €). Peço reembolso. {P1}"),
        ("ticket", "<F1>Acesso suspeito à conta {E1} a partir do IP {IP} em {DATE}. {P1} confirma que não foi ela."),
        ("email", "Olá {P1F},\naqui está o meu perfil: {URL1}\nAbraço,\n{P2}\n{CO} - linha de apoio {HOT}"),
        ("email", "Ata de {DATE}: {P1} ({CO}) e {P2} da {CO2} avançam com o piloto. Contactar {P1F} pelo {PH}."),
        (
            "ticket",
            "<F1>A Sra. {P1L} voltou a ligar: o técnico não apareceu na {ADDR}. A linha {HOT} estava sempre ocupada.",
        ),
        (
            "email",
            "Caro(a) {P1},\nrecebemos a sua mensagem em {SUP}. Processo {TKT} aberto.\nCom os melhores cumprimentos,\n{P2}\nApoio ao cliente {CO}",
        ),
        ("form", "registo: nome={P1}; email={E1}; nasc={DOB}; ip={IP}"),
        ("hr", "{P1} sai da empresa a {DATE}. Enviar declaração para {ADDR}."),
        ("clinical", "<M1><F2>Sr. {P1}, nascido em {DOB}, hipertenso. Telefone {PH}. Médico de família: Dra. {P2}."),
    ],
    "pl": [
        (
            "ticket",
            "<F1>Zgłoszenie {TKT}: klientka {P1} zgłasza, że zamówienie {ORD} nie dotarło. Oddzwonić na {PH} lub napisać na {E1}.",
        ),
        ("email", "Dzień dobry,\n\nproszę o zmianę adresu dostawy na {ADDR}.\n\nPozdrawiam,\n{P1}\ntel. {PH}"),
        (
            "chat",
            "<M2>[{TIME}] {P1F}: dzien dobry nie moge sie zalogowac\n[{TIME}] Konsultant {P2F}: Dzień dobry {P1F}, proszę podać datę urodzenia.\n[{TIME}] {P1F}: {DOB}\n[{TIME}] Konsultant {P2F}: dziękuję, link wysłałem na {E1}",
        ),
        (
            "clinical",
            "<M1>Pacjent {P1}, ur. {DOB}, PESEL {NID}. Zgłasza ból w klatce piersiowej. Badał lek. {P2L}. Osoba do kontaktu: {P3}, tel. {PH}.",
        ),
        ("hr", "Notatka kadrowa {DATE}: {P1} prosi o przelew wynagrodzenia na rachunek {IBAN}. Zatwierdził {P2}."),
        (
            "form",
            "Imię: {P1F}\nNazwisko: {P1L}\nData urodzenia: {DOB}\nAdres: {ADDR}\nTelefon: {PH}\nE-mail: {E1}\nPESEL: {NID}",
        ),
        ("review", "<F1>Świetna obsługa, pani {P1} ze sklepu w {CITY} bardzo pomogła. Polecam!"),
        ("social", "<M1>Zaginął {P1}, ostatnio widziany {DATE} w okolicy {ADDR}. Kto widział, proszę dzwonić {PH}"),
        ("ticket", "Karta {CARD} została obciążona dwa razy za zamówienie {ORD} ({AMT} zł). Proszę o zwrot. {P1}"),
        ("ticket", "<F1>Podejrzane logowanie na konto {E1} z IP {IP} dnia {DATE}. {P1} potwierdza, że to nie ona."),
        ("email", "Cześć {P1F},\nprzesyłam link do profilu: {URL1}\nPozdrawiam,\n{P2}\n{CO}, infolinia {HOT}"),
        ("email", "Notatka ze spotkania {DATE}: {P1} ({CO}) i {P2} z {CO2} uzgodnili pilotaż. Kontakt z {P1F}: {PH}."),
        (
            "ticket",
            "<M1>Pan {P1L} dzwonił ponownie, technik nie przyjechał pod adres {ADDR}. Infolinia {HOT} była zajęta.",
        ),
        (
            "email",
            "<F1>Szanowna Pani {P1},\ndziękujemy za wiadomość na {SUP}. Zgłoszenie {TKT} zostało zarejestrowane.\nZ poważaniem,\n{P2}\nBiuro Obsługi Klienta {CO}",
        ),
        ("form", "rejestracja: imie_nazwisko={P1}; email={E1}; data_ur={DOB}; ip={IP}"),
        ("hr", "{P1} rozwiązuje umowę z dniem {DATE}. Świadectwo pracy wysłać na adres {ADDR}."),
        ("ticket", "Proszę o zmianę numeru konta do zwrotu na {IBAN}, właściciel {P1}, PESEL {NID}."),
    ],
}

NO_PII = {
    "en": [
        ("notice", "Order #{ORD} shipped on {DATE}. Track it at {SITE}. Questions? Write to {SUP} or call {HOT}."),
        ("review", "Loved the product, battery lasts two days and the screen is bright. Would buy again. 5 stars"),
        (
            "ticket",
            "Release {VER} fixes the crash on startup reported in {TKT}. Please update the client before {DATE}.",
        ),
        ("notice", "Payment with card {MASK} was declined. Amount: {AMT}. Please try again or contact {SUP}."),
        ("ticket", "Delivery to the {CITY} warehouse delayed due to weather; {N} pallets of {SKU} expected on {DATE}."),
        ("email", "Invoice {ORD} from {CO}: total {AMT}, due {DATE}. Thank you for your business."),
    ],
    "de": [
        (
            "notice",
            "Ihre Bestellung {ORD} wurde am {DATE} versandt. Sendungsverfolgung: {SITE}. Fragen an {SUP} oder {HOT}.",
        ),
        ("review", "Tolles Produkt, Akku hält zwei Tage, Display sehr hell. Gerne wieder."),
        ("ticket", "Version {VER} behebt den Absturz beim Start aus {TKT}. Bitte bis {DATE} aktualisieren."),
        ("notice", "Die Zahlung mit Karte {MASK} wurde abgelehnt. Betrag: {AMT} EUR. Bei Fragen: {SUP}."),
        ("ticket", "Anlieferung Lager {CITY} verspätet, {N} Paletten {SKU} kommen am {DATE}."),
        ("email", "Rechnung {ORD} der {CO}: Gesamtbetrag {AMT} EUR, fällig am {DATE}."),
    ],
    "fr": [
        ("notice", "Votre commande {ORD} a été expédiée le {DATE}. Suivi : {SITE}. Questions : {SUP} ou {HOT}."),
        ("review", "Très bon produit, la batterie tient deux jours. Je rachèterai sans hésiter."),
        (
            "ticket",
            "La version {VER} corrige le plantage au démarrage signalé dans {TKT}. Mise à jour avant le {DATE}.",
        ),
        ("notice", "Le paiement par carte {MASK} a été refusé. Montant : {AMT} €. Contact : {SUP}."),
        ("ticket", "Livraison à l'entrepôt de {CITY} retardée, {N} palettes de {SKU} attendues le {DATE}."),
        ("email", "Facture {ORD} de {CO} : total {AMT} €, échéance le {DATE}."),
    ],
    "es": [
        ("notice", "Tu pedido {ORD} se envió el {DATE}. Seguimiento: {SITE}. Dudas: {SUP} o {HOT}."),
        ("review", "Producto genial, la batería dura dos días. Lo volvería a comprar."),
        ("ticket", "La versión {VER} corrige el cierre inesperado de {TKT}. Actualizar antes del {DATE}."),
        ("notice", "El pago con la tarjeta {MASK} ha sido rechazado. Importe: {AMT} €. Contacto: {SUP}."),
        ("ticket", "Entrega al almacén de {CITY} retrasada; {N} palés de {SKU} llegarán el {DATE}."),
        ("email", "Factura {ORD} de {CO}: total {AMT} €, vencimiento {DATE}."),
    ],
    "it": [
        ("notice", "Il tuo ordine {ORD} è stato spedito il {DATE}. Tracciamento: {SITE}. Domande: {SUP} o {HOT}."),
        ("review", "Prodotto ottimo, la batteria dura due giorni. Lo ricomprerei."),
        ("ticket", "La versione {VER} risolve il crash all'avvio segnalato in {TKT}. Aggiornare entro il {DATE}."),
        ("notice", "Pagamento con carta {MASK} rifiutato. Importo: {AMT} €. Contatti: {SUP}."),
        ("ticket", "Consegna al magazzino di {CITY} in ritardo, {N} bancali di {SKU} previsti il {DATE}."),
        ("email", "Fattura {ORD} di {CO}: totale {AMT} €, scadenza {DATE}."),
    ],
    "nl": [
        ("notice", "Je bestelling {ORD} is op {DATE} verzonden. Volg je pakket: {SITE}. Vragen: {SUP} of {HOT}."),
        ("review", "Prima product, batterij gaat twee dagen mee. Zou het zo weer kopen."),
        ("ticket", "Versie {VER} lost de crash bij opstarten uit {TKT} op. Graag updaten voor {DATE}."),
        ("notice", "Betaling met kaart {MASK} is geweigerd. Bedrag: {AMT} euro. Contact: {SUP}."),
        ("ticket", "Levering magazijn {CITY} vertraagd, {N} pallets {SKU} verwacht op {DATE}."),
        ("email", "Factuur {ORD} van {CO}: totaal {AMT} euro, te betalen voor {DATE}."),
    ],
    "pt": [
        ("notice", "A sua encomenda {ORD} foi enviada a {DATE}. Acompanhe em {SITE}. Dúvidas: {SUP} ou {HOT}."),
        ("review", "Produto excelente, a bateria dura dois dias. Voltaria a comprar."),
        ("ticket", "A versão {VER} corrige o erro ao iniciar reportado em {TKT}. Atualizar até {DATE}."),
        ("notice", "O pagamento com o cartão {MASK} foi recusado. Valor: {AMT} €. Contacto: {SUP}."),
        ("ticket", "Entrega no armazém de {CITY} atrasada; {N} paletes de {SKU} previstas para {DATE}."),
        ("email", "Fatura {ORD} da {CO}: total {AMT} €, vencimento {DATE}."),
    ],
    "pl": [
        ("notice", "Zamówienie {ORD} zostało wysłane {DATE}. Śledzenie: {SITE}. Pytania: {SUP} lub {HOT}."),
        ("review", "Świetny produkt, bateria trzyma dwa dni. Kupiłbym ponownie."),
        ("ticket", "Wersja {VER} naprawia błąd przy uruchomieniu z {TKT}. Prosimy zaktualizować do {DATE}."),
        ("notice", "Płatność kartą {MASK} została odrzucona. Kwota: {AMT} zł. Kontakt: {SUP}."),
        ("ticket", "Dostawa do magazynu w {CITY} opóźniona, {N} palet {SKU} przyjedzie {DATE}."),
        ("email", "Faktura {ORD} od {CO}: razem {AMT} zł, termin płatności {DATE}."),
    ],
}

# Second batch: more phrasing, formats and hard negatives per language.
EXTRA = {
    "en": [
        (
            "social",
            "<F1>shoutout to {P1F} from {CO} who fixed my boiler on a sunday!! if anyone needs a plumber her number is {PH}",
        ),
        ("review", "The driver, {P1}, left the parcel in the rain. Order {ORD}. Not happy."),
        (
            "clinical",
            "<F1>78F, {P1}, d.o.b. {DOB}, lives alone at {ADDR}. Daughter {P2} ({E2}) to be informed of discharge.",
        ),
        (
            "email",
            "From: {P1} <{E1}>\nSent: {DATE}\nSubject: RE: invoice {ORD}\n\nHi, I paid by card {CARD} yesterday, please confirm. {P1F}",
        ),
        ("hr", "Onboarding checklist for {P1}: SSN {NID} received, DOB {DOB}, emergency contact {P2} at {PH}."),
        ("ticket", "<F1>{P1L} from {CO} reports VPN drops after update to {VER}; her home router is {IP}."),
        (
            "chat",
            "{P1F}: my new address is {ADDR}\nbot: Thanks! Your address has been updated. Anything else?\n{P1F}: no thats all",
        ),
        ("form", "Applicant: {P1C}\nBorn: {DOB}\nLinkedIn: {URL1}\nReferred by: {P2}"),
    ],
    "de": [
        (
            "social",
            "<F1>Riesen Dank an {P1F} von der {CO}, die unsere Heizung am Sonntag repariert hat! Ihre Nummer: {PH}",
        ),
        ("review", "<M1>Der Fahrer {P1} hat das Paket einfach vor die Tür gelegt. Bestellung {ORD}. Ärgerlich."),
        (
            "clinical",
            "<F1>78-jährige Patientin {P1}, geboren am {DOB}, wohnhaft {ADDR}. Tochter {P2} ({E2}) über Entlassung informieren.",
        ),
        (
            "email",
            "Von: {P1} <{E1}>\nGesendet: {DATE}\nBetreff: AW: Rechnung {ORD}\n\nHallo, ich habe gestern mit Karte {CARD} bezahlt, bitte bestätigen. {P1F}",
        ),
        ("hr", "Einstellung {P1}: Steuer-ID {NID}, geb. {DOB}, Notfallkontakt {P2} unter {PH}."),
        ("ticket", "{P1L} ({CO}) meldet VPN-Abbrüche seit Update auf {VER}; private IP laut Log {IP}."),
        ("chat", "{P1F}: meine neue adresse ist {ADDR}\nBot: Danke! Ihre Adresse wurde aktualisiert.\n{P1F}: passt"),
        ("form", "Bewerber/in: {P1C}\nGeburtsdatum: {DOB}\nXing/LinkedIn: {URL1}\nEmpfohlen von: {P2}"),
    ],
    "fr": [
        ("social", "Un grand merci à {P1F} de chez {CO} qui a réparé notre chaudière un dimanche ! Son numéro : {PH}"),
        ("review", "<M1>Le livreur {P1} a laissé le colis sous la pluie. Commande {ORD}. Déçu."),
        (
            "clinical",
            "<F1>Patiente de 78 ans, {P1}, née le {DOB}, vit seule au {ADDR}. Prévenir sa fille {P2} ({E2}) de la sortie.",
        ),
        (
            "email",
            "De : {P1} <{E1}>\nEnvoyé : {DATE}\nObjet : RE: facture {ORD}\n\nBonjour, j'ai réglé hier avec la carte {CARD}, merci de confirmer. {P1F}",
        ),
        ("hr", "Embauche de {P1} : NIR {NID}, né(e) le {DOB}, contact d'urgence {P2} au {PH}."),
        ("ticket", "{P1L} ({CO}) signale des coupures VPN depuis la mise à jour {VER} ; IP de sa box : {IP}."),
        (
            "chat",
            "{P1F} : ma nouvelle adresse c'est {ADDR}\nBot : Merci ! Votre adresse a été mise à jour.\n{P1F} : parfait",
        ),
        ("form", "Candidat : {P1R}\nDate de naissance : {DOB}\nProfil : {URL1}\nRecommandé par : {P2}"),
    ],
    "es": [
        ("social", "Mil gracias a {P1F} de {CO} que nos arregló la caldera en domingo. Su número: {PH}"),
        ("review", "<M1>El repartidor {P1} dejó el paquete bajo la lluvia. Pedido {ORD}. Fatal."),
        (
            "clinical",
            "<F1>Mujer de 78 años, {P1}, fecha de nacimiento {DOB}, vive sola en {ADDR}. Avisar a su hija {P2} ({E2}) del alta.",
        ),
        (
            "email",
            "De: {P1} <{E1}>\nEnviado: {DATE}\nAsunto: RE: factura {ORD}\n\nHola, ayer pagué con la tarjeta {CARD}, ¿me lo confirmáis? {P1F}",
        ),
        ("hr", "Alta de {P1}: DNI {NID}, nacido/a el {DOB}, contacto de emergencia {P2} en el {PH}."),
        ("ticket", "{P1L} ({CO}) informa de cortes de VPN desde la versión {VER}; IP de su casa {IP}."),
        (
            "chat",
            "{P1F}: mi nueva dirección es {ADDR}\nBot: ¡Gracias! Hemos actualizado su dirección.\n{P1F}: vale gracias",
        ),
        ("form", "Candidato/a: {P1C}\nNacimiento: {DOB}\nPerfil: {URL1}\nRecomendado por: {P2}"),
    ],
    "it": [
        ("social", "Grazie mille a {P1F} della {CO} che ci ha riparato la caldaia di domenica! Il suo numero: {PH}"),
        ("review", "<M1>Il corriere {P1} ha lasciato il pacco sotto la pioggia. Ordine {ORD}. Pessimo."),
        (
            "clinical",
            "<F1>Paziente di 78 anni, {P1}, nata il {DOB}, vive sola in {ADDR}. Avvisare la figlia {P2} ({E2}) della dimissione.",
        ),
        (
            "email",
            "Da: {P1} <{E1}>\nInviato: {DATE}\nOggetto: R: fattura {ORD}\n\nSalve, ho pagato ieri con la carta {CARD}, potete confermare? {P1F}",
        ),
        ("hr", "Assunzione {P1}: CF {NID}, nato/a il {DOB}, contatto di emergenza {P2} al {PH}."),
        ("ticket", "{P1L} ({CO}) segnala disconnessioni VPN dalla versione {VER}; IP di casa {IP}."),
        ("chat", "{P1F}: il mio nuovo indirizzo è {ADDR}\nBot: Grazie! Indirizzo aggiornato.\n{P1F}: ok grazie"),
        ("form", "Candidato: {P1R}\nData di nascita: {DOB}\nProfilo: {URL1}\nSegnalato da: {P2}"),
    ],
    "nl": [
        ("social", "<F1>Dikke pluim voor {P1F} van {CO} die op zondag onze cv-ketel heeft gemaakt! Haar nummer: {PH}"),
        ("review", "Bezorger {P1} heeft het pakket in de regen laten staan. Bestelling {ORD}. Slecht."),
        (
            "clinical",
            "<F1>Mevrouw {P1}, 78 jaar, geboren op {DOB}, woont alleen op {ADDR}. Dochter {P2} ({E2}) informeren over ontslag.",
        ),
        (
            "email",
            "Van: {P1} <{E1}>\nVerzonden: {DATE}\nOnderwerp: RE: factuur {ORD}\n\nHoi, ik heb gisteren met creditcard {CARD} betaald, graag bevestigen. {P1F}",
        ),
        ("hr", "Indiensttreding {P1}: BSN {NID}, geboren {DOB}, noodcontact {P2} op {PH}."),
        ("ticket", "{P1L} ({CO}) meldt VPN-storingen sinds versie {VER}; thuis-IP {IP}."),
        ("chat", "{P1F}: mijn nieuwe adres is {ADDR}\nBot: Bedankt! Uw adres is bijgewerkt.\n{P1F}: top"),
        ("form", "Sollicitant: {P1C}\nGeboortedatum: {DOB}\nProfiel: {URL1}\nAangedragen door: {P2}"),
    ],
    "pt": [
        ("social", "<F1>Obrigada à {P1F} da {CO} que nos arranjou o esquentador num domingo! O número dela: {PH}"),
        ("review", "<M1>O estafeta {P1} deixou a encomenda à chuva. Encomenda {ORD}. Péssimo."),
        (
            "clinical",
            "<F1>Doente de 78 anos, {P1}, data de nascimento {DOB}, vive sozinha na {ADDR}. Avisar a filha {P2} ({E2}) da alta.",
        ),
        (
            "email",
            "De: {P1} <{E1}>\nEnviado: {DATE}\nAssunto: RE: fatura {ORD}\n\nOlá, paguei ontem com o cartão {CARD}, podem confirmar? {P1F}",
        ),
        ("hr", "Admissão de {P1}: NIF {NID}, nascido(a) a {DOB}, contacto de emergência {P2} pelo {PH}."),
        ("ticket", "{P1L} ({CO}) reporta quedas da VPN desde a versão {VER}; IP de casa {IP}."),
        ("chat", "{P1F}: a minha nova morada é {ADDR}\nBot: Obrigado! A morada foi atualizada.\n{P1F}: ok"),
        ("form", "Candidato: {P1C}\nData de nascimento: {DOB}\nPerfil: {URL1}\nIndicado por: {P2}"),
    ],
    "pl": [
        ("social", "<F1>Wielkie dzięki dla {P1F} z {CO}, która w niedzielę naprawiła nam piec! Jej numer: {PH}"),
        ("review", "<M1>Kurier {P1} zostawił paczkę na deszczu. Zamówienie {ORD}. Słabo."),
        (
            "clinical",
            "<F1>Pacjentka {P1}, lat 78, data urodzenia {DOB}, mieszka sama, {ADDR}. Poinformować córkę {P2} ({E2}) o wypisie.",
        ),
        (
            "email",
            "<M1>Od: {P1} <{E1}>\nWysłano: {DATE}\nTemat: RE: faktura {ORD}\n\nDzień dobry, wczoraj zapłaciłem kartą {CARD}, proszę o potwierdzenie. {P1F}",
        ),
        ("hr", "Zatrudnienie {P1}: PESEL {NID}, ur. {DOB}, kontakt awaryjny {P2}, tel. {PH}."),
        ("ticket", "{P1L} ({CO}) zgłasza zrywanie VPN od wersji {VER}; domowe IP {IP}."),
        ("chat", "{P1F}: mój nowy adres to {ADDR}\nBot: Dziękujemy! Adres został zaktualizowany.\n{P1F}: ok dzięki"),
        ("form", "Kandydat: {P1R}\nData urodzenia: {DOB}\nProfil: {URL1}\nPolecony przez: {P2}"),
    ],
}
EXTRA_NO_PII = {
    "en": [
        (
            "email",
            "Hi all, the quarterly review with {CO} moved to {DATE} at {TIME}. Agenda and slides are on the shared drive.",
        ),
        ("social", "New store opening in {CITY} on {DATE}! First 100 customers get 20% off with code OPEN20."),
    ],
    "de": [
        ("email", "Hallo zusammen, das Quartalsgespräch mit der {CO} ist auf den {DATE} um {TIME} verschoben."),
        ("social", "Neueröffnung in {CITY} am {DATE}! Die ersten 100 Kunden erhalten 20 % Rabatt."),
    ],
    "fr": [
        ("email", "Bonjour à tous, la revue trimestrielle avec {CO} est décalée au {DATE} à {TIME}."),
        ("social", "Ouverture de notre magasin de {CITY} le {DATE} ! -20 % pour les 100 premiers clients."),
    ],
    "es": [
        ("email", "Hola a todos, la reunión trimestral con {CO} se mueve al {DATE} a las {TIME}."),
        ("social", "¡Nueva tienda en {CITY} el {DATE}! Los 100 primeros clientes tienen un 20 % de descuento."),
    ],
    "it": [
        ("email", "Ciao a tutti, la riunione trimestrale con {CO} è spostata al {DATE} alle {TIME}."),
        ("social", "Nuova apertura a {CITY} il {DATE}! Sconto del 20% per i primi 100 clienti."),
    ],
    "nl": [
        ("email", "Hoi allemaal, het kwartaaloverleg met {CO} is verplaatst naar {DATE} om {TIME}."),
        ("social", "Nieuwe winkel in {CITY} op {DATE}! De eerste 100 klanten krijgen 20% korting."),
    ],
    "pt": [
        ("email", "Olá a todos, a reunião trimestral com a {CO} passou para {DATE} às {TIME}."),
        ("social", "Nova loja em {CITY} a {DATE}! Os primeiros 100 clientes têm 20% de desconto."),
    ],
    "pl": [
        ("email", "Cześć, spotkanie kwartalne z {CO} przeniesione na {DATE} o {TIME}."),
        ("social", "Otwarcie sklepu w {CITY} {DATE}! Pierwsze 100 osób dostanie 20% rabatu."),
    ],
}
for _lang, _items in EXTRA.items():
    TEMPLATES[_lang].extend(_items)
for _lang, _items in EXTRA_NO_PII.items():
    NO_PII[_lang].extend(_items)
