"""Italian templates."""

TEMPLATES = [
    "ciao, sono {lname}, non riesco più ad accedere dopo l'aggiornamento. la mia mail è {email}",
    "La cliente {name} segnala che il pacco dell'ordine {order} non è mai arrivato (tracking {tracking}). "
    "Indirizzo di consegna: {addr}. Richiamare al {phone}.",
    "L'app si chiude da sola dalla versione {version}. Ho scritto a {supmail} ma nessuna risposta. Due stelle.",
    "Gentilissima la sig.ra {last} del negozio di {city}, rimborso fatto in dieci minuti. Tornerò da {company}!",
    """\
Gentili signori,

vi chiedo di aggiornare i miei dati bancari. Nuovo IBAN: {iban}, intestatario {name}.
Vi prego di non addebitare più la carta che termina con {masked}.

Cordiali saluti,
{name}
{addrnl}
Tel. {phone}""",
    "Nota HR del {date}: {REV} chiede il congedo parentale dal {date.2}. Codice fiscale {nid}. Contatto: {wemail}.",
    "Paziente {fLAST}, nato il {dob}, controllo per ipertensione. PA 140/90, terapia invariata. Relazione inviata "
    "al dott. {last.2}.",
    """\
{name}
{addrnl}

{city}, {date}

Oggetto: reclamo fattura {invoice}

Spett.le Servizio Clienti,

l'abbonamento mi è stato addebitato due volte: sulla carta {card} risultano due addebiti da {amount}. Il vostro \
numero verde {hotline} non risponde mai.

Chiedo il rimborso sul conto {iban}.

Distinti saluti,
{init}""",
    "Se non ci sono lasciate il pacco alla vicina {name.2} (interno 5) oppure chiamatemi al {phone}.",
    "Il pagamento è complicato e la consegna ha richiesto nove giorni. Consiglierei {company} solo se migliorano l'app.",
    "{date} telefonata con {rev}: vuole passare al piano premium, preferisce essere contattato via mail ({email}). "
    "Richiamare la prossima settimana. – {first.2}",
    "Grazie infinite a {name} che ha ritrovato il mio portafoglio sul Frecciarossa delle {time} per {city}! 🙏",
    "Riepilogo chiamata: il chiamante si identifica come {name}, data di nascita {dob}. Indirizzo verificato: {addr}. "
    "Movimenti sospetti sulla carta {card}, carta bloccata. Pratica {ticket}.",
    "Note: mi sono trasferito, il nuovo indirizzo è {addr}.",
    "mi mandi la fattura a {email}? grazie, {lfirst}",
    "Account {email} bloccato dopo 5 tentativi dall'IP {ip}. Ultimo accesso riuscito da {ip.2}. Codice cliente {custno}.",
    "Note di rilascio: firmware del gateway aggiornato alla {version}, risolto un memory leak. Dettagli su {weburl}.",
    "Candidato {name} ({email}, {phone}), 5 anni di esperienza in Java. Profilo: {url}. Secondo colloquio con "
    "la dott.ssa {last.2} il {date}.",
    "{first} del punto vendita di {city} è stata gentilissima!!",
    """\
Buongiorno sig. {last},

grazie per la telefonata. Come concordato le invio il contratto. Potrebbe confermarci la sua data di nascita? \
In archivio risulta il {dob}.

Cordiali saluti,
{name.2}
Customer Care | {company}
{wemail.2} | {phone.2}""",
    "Ordinato il {date}, ordine {order}, ancora niente. La pagina di tracciamento ({weburl}) dice «in lavorazione» "
    "da una settimana. Saluti, {first}",
    "Impegnativa: {NAME}, nata il {dob}, residente in {addr}. Lombalgia cronica. Recapito telefonico {phone}.",
    "Cambio IBAN stipendio per {rev}: nuovo conto {iban} dal mese prossimo. Approvato da {init.2}.",
    "Qualcuno conosce un idraulico bravo a {city}? Il nostro chiede {amount} solo per venire 😤",
    "il numero della carta è {card}, scade 09/27, addebitate pure il saldo",
    "Dichiaro che {name} abita nell'appartamento di {addr} dal {date} e ha sempre pagato l'affitto. Il proprietario, "
    "{name.2}, tel. {phone.2}",
    "Verifica: richiedente {name}, codice fiscale {nid}, nato il {dob}. L'IP {ip} non corrisponde al paese di "
    "fatturazione. Pratica {ticket} inoltrata.",
    "I miei lavori su {url} — commissioni aperte!",
    "Il mio ordine ({product}) è arrivato danneggiato. Sostituzione richiesta a {supmail}, ticket {ticket}, "
    "rif. {ref16}.",
    "Consegnare in reception, chiedere di {fLAST} (3° piano). Cell. {phone}",
    "Nome: {name}\nEmail: {email}\nTelefono: {phone}\nNumero di serie: SN-{serial}\nProblema: lo schermo sfarfalla "
    "dopo l'aggiornamento {version}.",
    "Grazie mille per la rapidità!\n\n{first}",
    "Salve, sono {name}, nata a {city} il {dob}. Ho smarrito la tessera sanitaria, potete richiamarmi al {phonei}?",
    "Sondaggio: il tecnico è arrivato il {date} alle {time}, con due ore di ritardo. Il {hotline} non serve a nulla.",
    "Il sig. {LAST} (cliente {custno}) contesta la penale. Chiede risposta scritta all'indirizzo {addr}.",
]
