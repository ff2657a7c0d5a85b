"""Italian document templates (blind20)."""

TEMPLATES = [
    (
        "email_thread",
        """Oggetto: R: Guasto caldaia – {p1.addr}

Gentile {p1.first},

grazie per la risposta veloce. Il nostro tecnico, {p2.full}, passerà il {d3} tra le 9 e le 12. Se l'orario non va bene mi chiami direttamente al {p3.phone} e non al centralino.

Cordiali saluti,
{p3.full}
Coordinamento Assistenza Tecnica – {co}
{co.addr}
Tel. diretto {p3.phone} – {p3.wmail}
Numero verde clienti: {co.hotline}

-----Messaggio originale-----
Da: {p1.full} <{p1.email}>
Inviato: {d2} {t1}
A: {co.mail}
Oggetto: Caldaia guasta

Buongiorno, dal {d1} la caldaia del mio appartamento non funziona più. Il proprietario, {p4.title} {p4.last}, ha già dato il suo consenso alla sostituzione. Potete contattarmi al {p1.mobile}.
{p1.first}""",
    ),
    (
        "email_thread",
        """Da: {p1.wmail}
A: {p2.email}
Data: {d2}
Oggetto: La sua candidatura – Impiegato/a amministrativo/a (rif. {ref})

Gentile {p2.first},

a seguito del colloquio con {p3.init} e con me, siamo lieti di offrirle la posizione. Per il contratto l'ufficio del personale ha bisogno del suo codice fiscale, della data di nascita e dell'IBAN per lo stipendio.
La preghiamo di non inviarli per e-mail ma di caricarli sul portale candidati ({co.web}).

Cordialmente,
{p1.full}
Risorse Umane, {co}

> Il giorno {d1} {p2.full} ha scritto:
> Buongiorno {p1.first}, volevo sapere se ci sono novità. Il mio nuovo cellulare è {p2.mobile}.
> Grazie, {p2.first}""",
    ),
    (
        "phone_transcript",
        """TRASCRIZIONE TELEFONATA – {co} – {d1} ore {t1}
Operatrice: {co}, buongiorno, sono {p1.first}, come posso aiutarla?
Cliente: Salve, sono {p2.full}. Sull'estratto conto della carta c'è un addebito che non riconosco.
Operatrice: Mi dispiace. Per verificare l'identità, mi può dire la sua data di nascita?
Cliente: Sono nato/a il {p2.dob}.
Operatrice: Grazie. E l'indirizzo di residenza?
Cliente: {p2.addr}.
Operatrice: Vedo un pagamento di {amount} con la carta {masked}. È questo?
Cliente: Sì.
Operatrice: Blocco la carta e apro la pratica {ticket}. La richiamiamo al {p2.mobile}?
Cliente: Sì, grazie.
Operatrice: Perfetto, {p2.title} {p2.last}. Buona giornata.""",
    ),
    (
        "insurance_claim",
        """DENUNCIA DI SINISTRO RCA
N. sinistro: {claim}     Polizza: {policy}

Il {d1} verso le {t1} il/la nostro/a assicurato/a {p1.full} (nato/a il {p1.dob}) era fermo/a al semaforo nel centro di {city} quando il furgone condotto da {p2.full} ha fatto retromarcia urtando la parte anteriore del veicolo. La controparte ha firmato il CID ammettendo la responsabilità e ha indicato: residenza {p2.addr}, telefono {p2.mobile}.
Testimone: {p3.Flast}, tel. {p3.phone}.
Danni: paraurti anteriore, cofano, faro destro. Preventivo della carrozzeria {co} allegato ({amount}).
Liquidazione sul conto dell'assicurato: {p1.iban}
Liquidatore: {p4.init}""",
    ),
    (
        "police_report",
        """VERBALE DI DENUNCIA
Prot. n. {ticket}
Verbalizzante: agente {p1.last}
Data: {d2}, ore {t2}

È presente {p2.REV}, nato/a il {p2.dob}, residente in {p2.addr}, codice fiscale {p2.id}, il/la quale dichiara che il {d1} verso le {t1} gli/le è stato sottratto il portafoglio al tavolino di un bar. Nel portafoglio si trovava la carta di credito {p2.card}.
Recapito: {p2.mobile}.
Testimone: {p3.full}, cameriere. La banca ha già bloccato la carta.
Si richiedono le immagini della videosorveglianza.""",
    ),
    (
        "medical_referral",
        """{co}
{co.addr}

{city}, {d1}

Egregio Dott. {p1.last},

le invio {p2.title} {p2.full}, nato/a il {p2.dob}, residente in {p2.addr}, per valutazione di dolore toracico da sforzo insorto da tre mesi. L'ECG a riposo del {d2} è nella norma.
Codice fiscale: {p2.id}
Il/la paziente è raggiungibile al {p2.mobile}. Lo/la accompagna di solito la figlia, {p3.full}.

Cordiali saluti,
Dott.ssa {p4.full}
Medico di Medicina Generale""",
    ),
    (
        "tenancy_dispute",
        """{p1.full}
{p1.addr2l}

Spett.le {co}
{co.addr}

{city}, {d2}

Oggetto: restituzione del deposito cauzionale – raccomandata A/R

Ho lasciato l'immobile il {d1}. Nonostante i solleciti, il deposito di {amount} non mi è stato restituito. Il verbale di riconsegna, firmato dal vostro incaricato {p2.init}, non riporta alcun danno.
Vi invito a versare l'importo sul mio conto {p1.iban} entro il {d4}; in mancanza mi rivolgerò a un legale.

Distinti saluti,
{p1.full}""",
    ),
    (
        "school_report",
        """SCHEDA DI VALUTAZIONE – Classe 2ª C – Primo quadrimestre
Alunno/a: {p1.rev}
Coordinatore/trice: {p2.title} {p2.last}

{p1.first} partecipa con interesse e ha fatto progressi in italiano. In matematica deve esplicitare i procedimenti. Assenze: {n1} giorni.
Il colloquio con le famiglie si terrà il {d2}. Per prenotare: {p2.wmail} oppure segreteria ({co.hotline}).
Contatto di emergenza: {p3.full}, {p3.mobile}.""",
    ),
    (
        "social_post",
        """{p1.handle} · {d1}
Sono furiosa. Divano ordinato da {co} in primavera, pagato tutto, e ANCORA non arriva. La mail {co.mail} risponde solo con messaggi automatici. Capitato anche a voi?

  ↳ {p2.handle}: uguale a mia sorella. taggali qui che rispondono prima
  ↳ {p3.lower}: vai da un'associazione consumatori, mio marito {p4.lfirst} ha avuto il rimborso così
  ↳ {p1.handle}: grazie a tutti! se qualcuno dell'azienda legge: ordine {order}, scrivetemi a {p1.email}""",
    ),
    (
        "crm_export",
        """STORICO CRM – Contatto: {p1.Flast}
Azienda: {co}   Referente commerciale: {p2.init}
-------------------------------------------------
{d1} {t1}  Chiamata in uscita – {p2.first}: parlato con {p1.full}, interessato/a al contratto di manutenzione. Materiale inviato a {p1.email}.
{d2} {t2}  E-mail – preventivo {ref} inviato.
{d3}  Nota – decide {p3.full} ({p3.wmail}), ufficio acquisti.
{d4}  Incontro presso {co.addr}. Presenti: {p1.full}, {p3.full}, {p2.full}.
{d5}  Richiamare {p1.last} sul cellulare {p1.mobile}.
{d6}  Fase: Offerta -> Trattativa""",
    ),
    (
        "ocr_form",
        """RICHIESTA CONTRASSEGNO SOSTA RESIDENTI     Mod. {n1}/{n2}
COGNOME: {p1.LAST}
Nome: {p1.first}
Data di nascita: {p1.dob}
Codice fiscale: {p1.id}
Residenza: {p1.addr}
Telefono: {p1.mobile}
E-mail: {p1.email}
Veicolo: [[Fiat Panda|Lancia Ypsilon|Alfa Romeo Giulietta|Fiat 500]]
Firma: ________   Data: {d1}
Spazio riservato all'ufficio: ricevuta {invoice}, verificato da {p3.init}""",
    ),
    (
        "mixed_lang",
        """Hi guys, aggiornamento da Milano: la cliente {p1.full} ha chiamato stamattina – she'd like the contract moved to her new address: {p1.addr}. Si può chiamare al {p1.mobile}, but email is better ({p1.email}).
{p2.first} dell'amministrazione dice che il rimborso va sull'IBAN {p1.iban}. Thanks, {p3.first}""",
    ),
    (
        "bank_dispute",
        """Contestazione addebito carta – presentata il {d2}
Titolare: {p1.full}
Numero carta: {p1.card}
Data operazione: {d1}
Esercente: {co}
Importo: {amount}
Motivo: merce non ricevuta. Ho scritto tre volte a {co.mail} e chiamato il {co.hotline}, senza risposta. Ordine n. {order}.
Recapito: {p1.phone}
Firma: {p1.init}""",
    ),
    (
        "security_log",
        """Avviso di sicurezza del {d1}
Account: {p1.email}
Accessi non riusciti: {n1} tentativi da {ip} tra le {t1} e le {t2}.
Accesso riuscito da {p1.ip} ({city}), versione client {ver}.
L'utente {p1.full} ha confermato al telefono ({p1.mobile}) che l'accesso da {city} era suo.
Analista: {p2.init}   Ticket: {ticket}""",
    ),
    (
        "meeting_minutes",
        """Verbale dell'assemblea condominiale del {d1}
Presenti: {p1.full} (amministratore/trice), {p2.full}, {p3.init}, {p4.Flast}
Assente giustificato/a: {p5.full}

1. Approvato il verbale precedente.
2. {p2.last} segnala che l'ascensore non è ancora stato riparato.
3. Il nuovo condomino, {p5.first}, chiede che i suoi dati non vengano affissi in bacheca.
4. Rendiconto: saldo {amount}. {p3.last} si occuperà del cambio di conto corrente.
Prossima assemblea: {d3}, presso {p1.addr}.""",
    ),
    (
        "review_reply",
        """★★☆☆☆ «Consegna in ritardo» – {p1.init}

Lavatrice ordinata il {d1}, consegnata il {d3}. Il corriere l'ha lasciata nel vialetto.

Risposta di {co}:
Gentile {p1.first}, ci scusiamo per l'accaduto. Abbiamo girato la segnalazione al corriere. Ci scriva a {co.mail} indicando l'ordine {order}. {p2.first}, Servizio Clienti""",
    ),
    (
        "chat_log",
        """[{t1}] Bot: Benvenuto/a nella chat di {co}. Come possiamo aiutarla?
[{t1}] Cliente: risulta consegnato ma non è arrivato niente
[{t2}] {p1.first} (operatore): Salve, sono {p1.first}. Mi conferma nome e indirizzo di consegna?
[{t2}] Cliente: {p2.full}, {p2.addr}
[{t2}] {p1.first} (operatore): Grazie. Il corriere ha scattato una foto al cancello. Forse è da un vicino?
[{t2}] Cliente: no, già chiesto. cell {p2.mobile} se il corriere vuole chiamare
[{t2}] {p1.first} (operatore): Ho aperto una segnalazione ({claim}).""",
    ),
    (
        "newsletter_nopii",
        """{co} – Newsletter

Dal {d1} cambiano gli orari: dal lunedì al sabato, 9–18. Il numero verde {co.hotline} resta attivo 24 ore su 24, per iscritto a {co.mail}.
Novità: la versione {ver} dell'app risolve il problema di accesso. Dettagli su {co.web}.
Il punto vendita di [[Torino|Bologna|Bari]] resterà chiuso per lavori fino al {d3}.""",
    ),
    (
        "release_notes_nopii",
        """Note di rilascio – build {ver}
Data: {d1}

* Risolto: crash durante l'esportazione di report con più di 10.000 righe.
* Modificato: timeout predefinito da 30 a 60 secondi.
* Runtime aggiornato alla {ver2}.
* Problema noto: il proxy 10.0.0.1 dei vecchi modelli va modificato a mano.
Supporto: {co.mail} | {co.hotline} | {co.web}
Ticket: {ticket}, {ticket2}""",
    ),
    (
        "notice_nopii",
        """AVVISO IMPORTANTE

Dal {d2} la nostra sede si trasferisce. Inviate la corrispondenza relativa alla fattura {invoice} e successive a {co.mail}. I titolari della polizza {policy} non devono fare nulla.
Il servizio clienti {co.hotline} risponde dal lunedì al venerdì. Per sicurezza i numeri di carta sono mascherati, ad es. {masked}.""",
    ),
    (
        "forum_post",
        """Re: Rimborso da una compagnia aerea, come fare?

Scritto da {p1.handle} il {d2}

Mi è successo l'anno scorso. Reclamo scritto con copia all'ENAC e in sei settimane rimborso completo. Vi giro il modello: scrivetemi a {p1.email}.
La signora che mi ha seguito si chiamava {p2.full}, gentilissima.

Edit: per chi chiede, il mio profilo: {p1.url}""",
    ),
    (
        "hr_note",
        """RISERVATO – Nota al fascicolo del personale
Dipendente: {p1.rev}   Matricola {ref}
Responsabile: {p2.full}
Data: {d1}

{p1.first} è rientrato/a dopo {n1} giorni di malattia. L'ufficio paghe conferma l'accredito sul conto {p1.ibanc}. Nuovo contatto di emergenza: {p3.full} ({p3.mobile}); nuova residenza: {p1.addr}.
Codice fiscale: {p1.id}. Data di nascita: {p1.dob}.
Prossimo colloquio: {d3}.""",
    ),
    (
        "gym_cancel",
        """Buongiorno,

desidero disdire l'abbonamento alla palestra di [[Navigli|Trastevere|Vomero]] a partire dal {d2}. Il mio numero di tessera è {order}. Mi trasferisco per lavoro in {p1.addr}.

Vi prego di interrompere l'addebito SDD e di confermare la disdetta a {p1.email}. Di giorno sono reperibile al {p1.mobile}.

Grazie,
{p1.REV}""",
    ),
    (
        "travel_booking",
        """Conferma di prenotazione {ref}
Passeggero principale: {p1.title} {p1.full}
Data di nascita (come da passaporto): {p1.dobl}
Secondo passeggero: {p2.full}, nato/a il {p2.dob}
Andata: {d2}, {t1}; ritorno: {d4}, {t2}
Pagamento: carta {masked}, {amount}
Contatto di emergenza: {p3.full}, {p3.phone}
Modifiche: {co.hotline} o {co.mail}. Area clienti: {co.web}""",
    ),
    (
        "obituary",
        """È mancato/a all'affetto dei suoi cari
{p1.mid}
nato/a il {p1.dobl}
Ne danno il triste annuncio il/la coniuge {p2.first}, i figli {p3.full} e {p4.full}.
I funerali si terranno il {d3} alle ore 10 nella chiesa parrocchiale di {city}. Condoglianze: {p4.email}.""",
    ),
    (
        "linkedin_msg",
        """{p1.full} ti ha inviato un messaggio · {d2}

Ciao {p2.first}, è stato un piacere conoscerti alla fiera di {city}! Come promesso ecco il mio profilo: {p1.url}. La pagina aziendale è {co.li}.
La mia collega {p3.init} guida il team dati e sarebbe felice di sentirti, il suo numero è {p3.mobile}.
A presto, {p1.first}""",
    ),
]
