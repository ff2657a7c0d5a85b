"""Italian templates (genre, text)."""

TEMPLATES = [
    (
        "email",
        "Oggetto: reclamo ordine {order}\n\nBuongiorno,\n\nil {date} ho ricevuto un {product} danneggiato. "
        "Chiedo il ritiro presso {addr} e il rimborso. Sono reperibile al {phone}.\n\nCordiali saluti,\n{name}",
    ),
    (
        "chat",
        "Operatore ({first2}): Buongiorno, benvenuto nell'assistenza {company}. Con chi parlo?\nCliente: sono {name.l}\n"
        "Operatore ({first2}): Mi conferma il codice fiscale?\nCliente: {cf}\nOperatore ({first2}): Grazie, vedo un addebito sulla carta {masked}.",
    ),
    (
        "callnote",
        "Nota chiamata {date}: il sig. {last} segnala un doppio addebito (fattura {invoice}). Data di nascita verificata: {dob}. "
        "Rimborso richiesto sull'IBAN {iban}. Richiamare al {phone}.",
    ),
    (
        "medical",
        "LETTERA DI DIMISSIONE\nPaziente: {name}\nNata/o il: {dob}\nCodice fiscale: {cf}\nResidenza: {addr}\n"
        "Ricovero dal {date} al {date2} per polmonite. Terapia: amoxicillina. Medico: dott.ssa {name2}.",
    ),
    (
        "hr",
        "Nota HR: {name} entra in servizio il {date} presso l'ufficio acquisti. Codice fiscale {cf}, IBAN per lo stipendio {iban}. "
        "Referente: {first2} {last2}.",
    ),
    (
        "bank",
        "Spettabile Banca,\n\ncon la presente contesto le operazioni del {date} addebitate sulla mia carta di credito {card}, "
        "per un totale di {amount} €. Non le ho autorizzate. Chiedo il blocco della carta e il rimborso.\n\nDistinti saluti\n{name}\n{addr}",
    ),
    (
        "delivery",
        "Note per il corriere: citofonare a {last} in {street}, scala B. Se non risponde, chiamare {first} al {phone}. "
        "Non lasciare il pacco al bar sotto casa.",
    ),
    (
        "cv",
        "CURRICULUM VITAE\n{name}\n{addr}\nCell. {phone} – {email}\nData di nascita: {dob}\n{url}\n\nEsperienza: dal {year} impiegata amministrativa presso {company}, {city}.",
    ),
    (
        "forum",
        "Ciao a tutti, qualcuno ha avuto problemi con {company}? Il numero verde {hotline} non risponde mai. "
        "Se avete consigli scrivetemi a {email}. Grazie, {first}",
    ),
    (
        "review",
        "Dopo l'aggiornamento {version} l'app non si apre più. Ho scritto a {supmail} ma niente. "
        "Solo {first} del servizio clienti è stata gentile.",
    ),
    (
        "minutes",
        "Verbale della riunione del {date}\nPresenti: {name}, {name2}, {name3}\n1. {last2} illustra il budget.\n"
        "2. Apertura della sede di {city} rinviata al {date2}.\n3. Prossima riunione alle {time}.",
    ),
    (
        "form",
        "Note: intestare la fattura a mia moglie, {name2}, nata il {dob2}, residente in {addr}. Telefono {phone}.",
    ),
    (
        "email",
        "Salve,\n\nvi comunico il nuovo indirizzo: {addr}. Il vecchio era {addr2}. Codice cliente {cust}.\n\nGrazie,\n{first} {last}",
    ),
    (
        "chat",
        "{first.l}: ciao, qualcuno è entrato nel mio account da {ip}\nSupporto: Ciao, abbiamo bloccato l'accesso. "
        "Ci confermi l'email?\n{first.l}: {email}\nSupporto: Grazie, ti abbiamo inviato il link per il reset.",
    ),
    (
        "callnote",
        "Chiamata di {name} ({phone}): carta {card} smarrita stamattina. Blocco effettuato alle {time}. "
        "Nuova carta spedita in {addr}. Pratica {ticket}.",
    ),
    (
        "medical",
        "Scheda ambulatoriale\nCognome: {last.u}\nNome: {first}\nData di nascita: {dob}\nMedico curante: dott. {last2}\n"
        "Controllo programmato per il {date} alle {time}.",
    ),
    (
        "hr",
        "Candidatura di {name} ricevuta il {date}. Profilo: {url}. Colloquio con {name2} il {date2}. Contatto: {email}, IP di invio {ip}.",
    ),
    (
        "nopii",
        "Il suo ordine {order} è partito dal magazzino di {city} il {date}. Tracking {tracking}. Pagamento con carta {masked}. "
        "Assistenza: {hotline} – {supmail}.",
    ),
    (
        "nopii",
        "Note di rilascio {version}: risolto un problema di sincronizzazione su {product}. Dettagli su {weburl}.",
    ),
    (
        "nopii",
        "Ottimo acquisto, il {product} è arrivato in due giorni. {company} molto professionale, fattura {invoice} inviata subito.",
    ),
]
