"""Dutch document templates (blind20)."""

TEMPLATES = [
    (
        "email_thread",
        """Onderwerp: RE: Lekkage badkamer – {p1.addr}

Beste {p1.first},

Dank voor je snelle reactie. Onze monteur, {p2.full}, komt op {d3} tussen 8.00 en 12.00 uur. Past dat niet, bel mij dan rechtstreeks op {p3.phone} in plaats van het algemene nummer.

Met vriendelijke groet,
{p3.full}
Planning Servicedienst | {co}
{co.addr}
Direct: {p3.phone} | {p3.wmail}
Klantenservice: {co.hotline}

-----Oorspronkelijk bericht-----
Van: {p1.full} <{p1.email}>
Verzonden: {d2} {t1}
Aan: {co.mail}
Onderwerp: Lekkage

Goedemiddag, sinds {d1} lekt het plafond onder onze badkamer. De verhuurder, {p4.title} {p4.last}, is akkoord met de reparatie. Ik ben bereikbaar op {p1.mobile}.
{p1.first}""",
    ),
    (
        "email_thread",
        """Van: {p1.wmail}
Aan: {p2.email}
Datum: {d2}
Onderwerp: Je sollicitatie – medewerker financiële administratie (ref. {ref})

Hoi {p2.first},

Na je gesprek met {p3.init} en mij bieden we je graag de functie aan. Voor het contract heeft HR je BSN, geboortedatum en rekeningnummer nodig.
Stuur deze gegevens niet per mail, maar upload ze via het kandidatenportaal ({co.web}).

Groet,
{p1.full}
Recruitment, {co}

> Op {d1} schreef {p2.full}:
> Hoi {p1.first}, ik ben benieuwd of er al nieuws is. Mijn nieuwe mobiele nummer is {p2.mobile}.
> Groetjes, {p2.first}""",
    ),
    (
        "phone_transcript",
        """GESPREKSVERSLAG – {co} klantenservice – {d1}, {t1}
Medewerker: Goedemiddag, u spreekt met {p1.first} van {co}, waarmee kan ik u helpen?
Beller: Hallo, met {p2.full}. Er staat een afschrijving op mijn creditcard die ik niet herken.
Medewerker: Vervelend. Mag ik ter controle uw geboortedatum?
Beller: {p2.dob}.
Medewerker: Dank u. En uw adres?
Beller: {p2.addr}.
Medewerker: Ik zie een betaling van {amount} met kaart {masked}. Is dat hem?
Beller: Ja.
Medewerker: Ik blokkeer de kaart en maak melding {ticket} aan. Zullen we u terugbellen op {p2.mobile}?
Beller: Graag.
Medewerker: Prima, {p2.title} {p2.last}. Fijne dag nog.""",
    ),
    (
        "insurance_claim",
        """SCHADEMELDING MOTORRIJTUIG
Schadenummer: {claim}     Polis: {policy}

Op {d1} rond {t1} stond onze verzekerde {p1.full} (geboren {p1.dob}) stil voor een verkeerslicht in het centrum van {city}, toen de bestelbus van {p2.full} achteruitreed en tegen de voorkant van de auto botste. De tegenpartij erkende schuld op het schadeformulier en gaf op: adres {p2.addr}, telefoon {p2.mobile}.
Getuige: {p3.Flast}, telefoon {p3.phone}.
Schade: voorbumper, motorkap, koplamp rechts. Offerte van garage {co} bijgevoegd ({amount}).
Uitkering naar rekening van verzekerde: {p1.iban}
Behandelaar: {p4.init}""",
    ),
    (
        "police_report",
        """PROCES-VERBAAL VAN AANGIFTE
Registratienummer: {ticket}
Verbalisant: {p1.last}, hoofdagent
Datum: {d2}, {t2}

Aangever: {p2.REV}, geboren op {p2.dob}, wonende {p2.addr}, BSN {p2.id}. Aangever verklaart dat op {d1} omstreeks {t1} zijn/haar portemonnee van een terrastafel is weggenomen. Daarin zat onder meer creditcard {p2.card}.
Bereikbaar via {p2.mobile}.
Getuige: {p3.full}, bediening. De bank heeft de kaart geblokkeerd.
Vervolg: camerabeelden opvragen.""",
    ),
    (
        "medical_referral",
        """{co}
{co.addr}

{city}, {d1}

Geachte collega {p1.last},

Graag verwijs ik {p2.title} {p2.full}, geboren {p2.dob}, wonende {p2.addr}, naar u voor beoordeling van inspanningsgebonden pijn op de borst sinds drie maanden. Het rust-ECG van {d2} was normaal.
BSN: {p2.id}
Patiënt is bereikbaar op {p2.mobile}. Meestal komt dochter {p3.full} mee.

Met collegiale groet,
{p4.full}, huisarts""",
    ),
    (
        "tenancy_dispute",
        """{p1.full}
{p1.addr2l}

{co}
t.a.v. de afdeling Verhuur
{co.addr}

{city}, {d2}

Betreft: terugbetaling waarborgsom

Geachte heer/mevrouw,

Op {d1} heb ik de woning opgeleverd. Ondanks herhaalde verzoeken is de borg van {amount} niet terugbetaald. In het opleverrapport, ondertekend door uw medewerker {p2.init}, staan geen gebreken.
Ik verzoek u het bedrag vóór {d4} over te maken op {p1.iban}. Anders leg ik de zaak voor aan de Huurcommissie.

Hoogachtend,
{p1.full}""",
    ),
    (
        "school_report",
        """RAPPORT – Klas 2B – Eerste periode
Leerling: {p1.rev}
Mentor: {p2.title} {p2.last}

{p1.first} werkt goed mee in de les en is vooruitgegaan bij Nederlands. Bij wiskunde moet {p1.first} de tussenstappen beter opschrijven. Verzuim: {n1} lesuren.
De ouderavond is op {d2}. Afspraken via {p2.wmail} of de administratie ({co.hotline}).
Noodcontact: {p3.full}, {p3.mobile}.""",
    ),
    (
        "social_post",
        """{p1.handle} · {d1}
Ik ben er echt klaar mee. In het voorjaar een bank besteld bij {co}, volledig betaald en hij is er NOG STEEDS niet. Het adres {co.mail} stuurt alleen automatische antwoorden. Iemand anders ook?

  ↳ {p2.handle}: bij mijn zus precies hetzelfde. tag ze hier, dan reageren ze sneller
  ↳ {p3.lower}: ga naar de consumentenbond, mijn man {p4.lfirst} kreeg zo z'n geld terug
  ↳ {p1.handle}: dank jullie! als iemand van het bedrijf meeleest: bestelnummer {order}, mail naar {p1.email}""",
    ),
    (
        "crm_export",
        """CRM-TIJDLIJN – Contact: {p1.Flast}
Organisatie: {co}   Accountmanager: {p2.init}
-------------------------------------------------
{d1} {t1}  Uitgaand gesprek – {p2.first}: gesproken met {p1.full}, interesse in onderhoudscontract. Info gestuurd naar {p1.email}.
{d2} {t2}  E-mail – offerte {ref} verstuurd.
{d3}  Notitie – beslissing ligt bij {p3.full} ({p3.wmail}), inkoop.
{d4}  Afspraak op locatie: {co.addr}. Aanwezig: {p1.full}, {p3.full}, {p2.full}.
{d5}  Terugbellen – {p1.last} vraagt te bellen op mobiel {p1.mobile}.
{d6}  Fase: Offerte -> Onderhandeling""",
    ),
    (
        "ocr_form",
        """AANVRAAG BEWONERSVERGUNNING PARKEREN     Formulier BV-{n1}
Achternaam: {p1.LAST}
Voornaam: {p1.first}
Geboortedatum: {p1.dob}
BSN: {p1.id}
Adres: {p1.addr}
Telefoon: {p1.mobile}
E-mail: {p1.email}
Voertuig: [[Volkswagen Polo|Kia Picanto|Peugeot 108|Renault Zoe]]
Handtekening: ________   Datum: {d1}
In te vullen door de gemeente: kwitantie {invoice}, gecontroleerd door {p3.init}""",
    ),
    (
        "mixed_lang",
        """Hi all, korte update uit Rotterdam: klant {p1.full} belde vanochtend – she wants the contract moved to her new address: {p1.addr}. Bereikbaar op {p1.mobile}, but prefers email ({p1.email}).
{p2.first} van finance zegt dat de terugbetaling naar IBAN {p1.iban} moet. Thanks! {p3.first}""",
    ),
    (
        "bank_dispute",
        """Betwisting kaarttransactie – ingediend op {d2}
Kaarthouder: {p1.full}
Kaartnummer: {p1.card}
Transactiedatum: {d1}
Winkel: {co}
Bedrag: {amount}
Reden: artikel niet ontvangen. Ik heb drie keer gemaild naar {co.mail} en de klantenservice {co.hotline} gebeld, zonder reactie. Bestelnummer {order}.
Bereikbaar op {p1.phone}.
Handtekening: {p1.init}""",
    ),
    (
        "security_log",
        """Beveiligingsmelding {d1}
Account: {p1.email}
Mislukte aanmeldingen: {n1} pogingen vanaf {ip} tussen {t1} en {t2}.
Geslaagde aanmelding vanaf {p1.ip} ({city}), clientversie {ver}.
Gebruiker {p1.full} heeft telefonisch ({p1.mobile}) bevestigd dat de aanmelding uit {city} van hem/haar was.
Analist: {p2.init}   Ticket: {ticket}""",
    ),
    (
        "meeting_minutes",
        """Notulen ledenvergadering Volkstuinvereniging – {d1}
Aanwezig: {p1.full} (voorzitter), {p2.full}, {p3.init}, {p4.Flast}
Afwezig met kennisgeving: {p5.full}

1. Opening; notulen vorige vergadering vastgesteld.
2. {p2.last} meldt dat het waterbedrijf de meter nog niet heeft vervangen.
3. Nieuw lid {p5.first} vraagt om de contactgegevens niet op het prikbord te hangen.
4. Kas: saldo {amount}. {p3.last} regelt de overstap naar de nieuwe bankrekening.
Volgende vergadering: {d3}, bij {p1.addr}.""",
    ),
    (
        "review_reply",
        """★★☆☆☆ "Veel te laat geleverd" – {p1.init}

Wasmachine besteld op {d1}, geleverd op {d3}. De bezorger zette hem gewoon op de oprit.

Reactie van {co}:
Hoi {p1.first}, wat vervelend! We hebben je feedback doorgegeven aan onze vervoerder. Mail ons op {co.mail} met bestelnummer {order}. Groet, {p2.first} van de klantenservice""",
    ),
    (
        "chat_log",
        """[{t1}] Bot: Welkom bij de chat van {co}. Waarmee kunnen we helpen?
[{t1}] Klant: status zegt bezorgd maar er is niks gekomen
[{t2}] {p1.first} (medewerker): Hoi, ik ben {p1.first}. Kun je naam en bezorgadres bevestigen?
[{t2}] Klant: {p2.full}, {p2.addr}
[{t2}] {p1.first} (medewerker): Dank je. De bezorger heeft een foto bij de achterdeur gemaakt. Misschien bij de buren?
[{t2}] Klant: nee al gevraagd. mijn nummer {p2.mobile} als de bezorger wil bellen
[{t2}] {p1.first} (medewerker): Ik heb een onderzoek gestart ({claim}).""",
    ),
    (
        "newsletter_nopii",
        """{co} – Nieuwsbrief

Vanaf {d1} hebben we nieuwe openingstijden: maandag t/m zaterdag 9.00–18.00 uur. Onze klantenservice {co.hotline} blijft 24/7 bereikbaar, schriftelijk via {co.mail}.
Nieuw: app-versie {ver} lost het inlogprobleem op. Alles over de update op {co.web}.
Onze winkel in [[Utrecht|Groningen|Eindhoven]] is tot {d3} gesloten wegens verbouwing.""",
    ),
    (
        "release_notes_nopii",
        """Release notes – build {ver}
Datum: {d1}

* Opgelost: crash bij exporteren van rapporten met meer dan 10.000 regels.
* Gewijzigd: standaard time-out van 30 naar 60 seconden.
* Runtime bijgewerkt naar {ver2}.
* Bekend probleem: proxy 10.0.0.1 in oude sjablonen moet handmatig worden aangepast.
Support: {co.mail} | {co.hotline} | {co.web}
Tickets: {ticket}, {ticket2}""",
    ),
    (
        "notice_nopii",
        """BELANGRIJKE MEDEDELING

Vanaf {d2} verhuist ons hoofdkantoor. Stuur correspondentie over factuur {invoice} en later naar {co.mail}. Houders van polis {policy} hoeven niets te doen.
Onze klantenservice {co.hotline} is op werkdagen bereikbaar. Voor uw veiligheid tonen wij kaartnummers gemaskeerd, bijv. {masked}.""",
    ),
    (
        "forum_post",
        """Re: Geld terug van een luchtvaartmaatschappij?

Geplaatst door {p1.handle} op {d2}

Had precies hetzelfde vorig jaar. Brief naar de klachtenafdeling, kopie naar de ILT, binnen zes weken alles terug. Ik stuur je de voorbeeldbrief: mail me op {p1.email}.
Mijn contactpersoon daar heette {p2.full}, heel behulpzaam.

Edit: voor wie het vroeg, mijn profiel: {p1.url}""",
    ),
    (
        "hr_note",
        """VERTROUWELIJK – Dossiernotitie HR
Medewerker: {p1.rev}   Personeelsnummer {ref}
Leidinggevende: {p2.full}
Datum: {d1}

{p1.first} is na {n1} dagen ziekte weer gestart. De salarisadministratie bevestigt doorbetaling op rekening {p1.ibanc}. Nieuw noodcontact: {p3.full} ({p3.mobile}); nieuw woonadres: {p1.addr}.
BSN: {p1.id}. Geboortedatum: {p1.dob}.
Volgend gesprek: {d3}.""",
    ),
    (
        "gym_cancel",
        """Hallo,

Hierbij zeg ik mijn abonnement bij de sportschool in [[De Pijp|Kralingen|Oog in Al]] op per {d2}. Mijn lidnummer is {order}. Ik verhuis voor mijn werk naar {p1.addr}.

Willen jullie de automatische incasso stopzetten en de opzegging bevestigen via {p1.email}? Overdag ben ik bereikbaar op {p1.mobile}.

Groet,
{p1.REV}""",
    ),
    (
        "travel_booking",
        """Boekingsbevestiging {ref}
Hoofdreiziger: {p1.title} {p1.full}
Geboortedatum (volgens paspoort): {p1.dobl}
Medereiziger: {p2.full}, geboren {p2.dob}
Heenreis: {d2}, {t1}; terugreis: {d4}, {t2}
Betaling: kaart {masked}, {amount}
Noodcontact: {p3.full}, {p3.phone}
Wijzigingen via {co.hotline} of {co.mail}. Mijn boeking: {co.web}""",
    ),
    (
        "obituary",
        """Bedroefd maar dankbaar voor alles wat zij/hij voor ons betekende, delen wij mee dat is overleden
{p1.mid}
geboren {p1.dobl}, overleden {d1}
{p2.first}
{p3.full} en {p4.full}
De afscheidsdienst is op {d3} om 11.00 uur in de aula van begraafplaats {city}. Condoleances: {p4.email}.""",
    ),
    (
        "linkedin_msg",
        """{p1.full} heeft je een bericht gestuurd · {d2}

Hoi {p2.first}, leuk je te ontmoeten op de beurs in {city}! Zoals beloofd mijn profiel: {p1.url}. Onze bedrijfspagina: {co.li}.
Mijn collega {p3.init} leidt het datateam en wil graag eens sparren, haar nummer is {p3.mobile}.
Groet, {p1.first}""",
    ),
]
