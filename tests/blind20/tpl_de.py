"""German document templates (blind20)."""

TEMPLATES = [
    (
        "email_thread",
        """Betreff: AW: Wasserschaden in der Wohnung {p1.addr}

Guten Tag {p1.title} {p1.last},

vielen Dank für Ihre Nachricht. Unser Gutachter, {p2.full}, wird sich am {d3} zwischen 9 und 12 Uhr bei Ihnen melden. Bitte halten Sie Fotos der Schäden bereit.

Mit freundlichen Grüßen
i. A. {p3.full}
Schadenabteilung
{co}
{co.addr}
Tel. {p3.phone} | E-Mail: {p3.wmail}
Zentrale Schadenhotline: {co.hotline}

-----Ursprüngliche Nachricht-----
Von: {p1.full} <{p1.email}>
Gesendet: {d2} {t1}
An: {co.mail}
Betreff: Wasserschaden

Guten Tag, am {d1} ist in meinem Badezimmer ein Rohr geplatzt. Meine Versicherungsnummer lautet {policy}. Sie erreichen mich tagsüber unter {p1.mobile}.
Gruß {p1.full}""",
    ),
    (
        "email_thread",
        """Von: {p1.wmail}
An: {p2.email}
Datum: {d2}
Betreff: Ihre Bewerbung als Sachbearbeiter/in (Kennziffer {ref})

Hallo {p2.first},

nach dem Gespräch mit {p3.init} und mir freuen wir uns, Ihnen die Stelle anbieten zu können. Für den Arbeitsvertrag benötigt die Personalabteilung noch Ihre Steuer-ID, Ihr Geburtsdatum und Ihre Bankverbindung.
Bitte laden Sie die Unterlagen ausschließlich über unser Bewerberportal hoch ({co.web}).

Viele Grüße
{p1.full}
Recruiting | {co}

> Am {d1} schrieb {p2.full}:
> Hallo {p1.first}, ich wollte kurz nachfragen, ob es schon Neuigkeiten gibt. Meine neue Handynummer ist {p2.mobile}.
> Beste Grüße, {p2.first}""",
    ),
    (
        "phone_transcript",
        """Gesprächsprotokoll Kundenservice {co} – {d1}, {t1} Uhr
Mitarbeiterin: Guten Tag, Sie sprechen mit {p1.first} von {co}, was kann ich für Sie tun?
Anrufer: Ja, hallo, hier ist {p2.full}. Auf meiner Kreditkartenabrechnung steht eine Buchung, die ich nicht kenne.
Mitarbeiterin: Das tut mir leid. Darf ich zur Verifizierung Ihr Geburtsdatum erfragen?
Anrufer: Der {p2.dob}.
Mitarbeiterin: Danke. Und Ihre Anschrift?
Anrufer: {p2.addr}.
Mitarbeiterin: Ich sehe eine Zahlung über {amount} mit der Karte {masked}. Ist das die Buchung?
Anrufer: Genau die.
Mitarbeiterin: Ich sperre die Karte und lege den Vorgang {ticket} an. Sollen wir Sie unter {p2.mobile} zurückrufen?
Anrufer: Ja, bitte. Danke, Frau {p1.last}?
Mitarbeiterin: Gerne, {p2.title} {p2.last}. Auf Wiederhören.""",
    ),
    (
        "insurance_claim",
        """Schadenmeldung Kfz-Haftpflicht
Schadennummer: {claim}   Versicherungsschein: {policy}

Am {d1} gegen {t1} Uhr stand unsere Versicherungsnehmerin/unser Versicherungsnehmer {p1.full} (geb. {p1.dob}) an der Ampel in der Innenstadt von {city}, als der Transporter von {p2.full} rückwärts auf das Fahrzeug auffuhr. Der Unfallgegner räumte die Schuld vor Ort ein und gab folgende Daten an: Anschrift {p2.addr}, Telefon {p2.mobile}.
Zeugin: {p3.Flast}, erreichbar unter {p3.phone}.
Schaden: Stoßfänger vorne, Motorhaube, Scheinwerfer. Kostenvoranschlag der Werkstatt {co} liegt bei ({amount}).
Auszahlung auf das Konto des VN: {p1.iban}
Sachbearbeitung: {p4.init}""",
    ),
    (
        "police_report",
        """Polizeiinspektion {city} – Strafanzeige
Vorgangsnummer: {ticket}
Aufnehmender Beamter: POK {p1.last}
Datum der Anzeige: {d2}, {t2} Uhr

Sachverhalt: Die Geschädigte/der Geschädigte {p2.REV}, geboren am {p2.dob}, wohnhaft {p2.addr}, gab an, dass am {d1} gegen {t1} Uhr ihre/seine Geldbörse aus der Jackentasche entwendet wurde. Darin befanden sich u. a. die Kreditkarte {p2.card} sowie der Personalausweis.
Erreichbarkeit: {p2.mobile}.
Zeuge: {p3.full}, Kellner im Café. Die Bank (Sperr-Notruf 116 116) hat die Karte inzwischen gesperrt.
Weitere Maßnahmen: Auswertung der Videoaufzeichnung.""",
    ),
    (
        "medical_referral",
        """{co}
{co.addr}

Überweisung / Arztbrief vom {d1}

Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege {p1.last},

wir überweisen Ihnen {p2.title} {p2.full}, geb. am {p2.dob}, wohnhaft {p2.addr}, zur weiteren Abklärung rezidivierender Oberbauchbeschwerden. Die Sonographie vom {d2} war unauffällig.
Steuer-ID/Versicherten-Nr. laut Anmeldebogen: {p2.id}
Der Patient ist telefonisch unter {p2.mobile} erreichbar. Die Tochter, {p3.full}, begleitet ihn zu den Terminen.

Mit kollegialen Grüßen
Dr. med. {p4.full}
Fachärztin für Allgemeinmedizin""",
    ),
    (
        "tenancy_dispute",
        """{p1.full}
{p1.addr2l}

An die
{co}
{co.addr2l}

{d2}

Betreff: Rückzahlung der Mietkaution – Mietverhältnis seit {d1}

Sehr geehrte Damen und Herren,

ich bin zum Monatsende aus der Wohnung ausgezogen. Trotz mehrfacher Aufforderung wurde die Kaution in Höhe von {amount} nicht zurückgezahlt. Ihr Hausmeister, {p2.title} {p2.last}, hat bei der Übergabe keine Mängel festgestellt (siehe Protokoll, unterschrieben von {p2.init}).
Ich fordere Sie auf, den Betrag bis zum {d4} auf mein Konto {p1.iban} zu überweisen.

Mit freundlichen Grüßen
{p1.full}""".replace("{co.addr2l}", "{co.addr}"),
    ),
    (
        "school_report",
        """Halbjahreszeugnis – Klasse 7b
Schülerin/Schüler: {p1.rev}
Klassenleitung: {p2.title} {p2.last}

{p1.first} arbeitet im Unterricht aufmerksam mit und bringt sich konstruktiv in Gruppenarbeiten ein. In Mathematik sollte {p1.first} Rechenwege sorgfältiger dokumentieren. Fehlzeiten: {n1} Tage, davon entschuldigt: {n1}.
Elternsprechtag ist am {d2}. Terminwünsche bitte an {p2.wmail} oder über das Sekretariat ({co.hotline}).
Notfallkontakt laut Schulakte: {p3.full}, {p3.mobile}.""",
    ),
    (
        "social_post",
        """{p1.handle} · {d1}
Ich bin echt sauer. Im Frühjahr ein Sofa bei {co} bestellt, komplett bezahlt, und es ist IMMER NOCH nicht da. Die Adresse {co.mail} schickt nur automatische Antworten. Geht's noch jemandem so?

  ↳ {p2.handle}: bei meiner Schwester genauso. markier die mal hier, dann reagieren die schneller
  ↳ {p3.lower}: geh zur verbraucherzentrale. mein mann {p4.lfirst} hat so sein geld zurückbekommen
  ↳ {p1.handle}: danke euch! falls jemand von der firma mitliest: bestellnummer {order}, mail an {p1.email}""",
    ),
    (
        "crm_export",
        """CRM-Verlauf – Kontakt: {p1.Flast}
Firma: {co}   Betreuer: {p2.init}
-------------------------------------------------
{d1} {t1}  Anruf (ausgehend) – {p2.first}: mit {p1.first} {p1.LAST} gesprochen, Interesse am Wartungsvertrag. Unterlagen an {p1.email}.
{d2} {t2}  E-Mail – Angebot {ref} versendet.
{d3}  Notiz – Entscheidung liegt bei {p3.full} ({p3.wmail}), Einkauf.
{d4}  Termin vor Ort: {co.addr}. Teilnehmer: {p1.full}, {p3.full}, {p2.full}.
{d5}  Wiedervorlage – {p1.last} bittet um Rückruf auf dem Handy {p1.mobile}.
{d6}  Phase geändert: Angebot -> Verhandlung""".replace("{p1.first} {p1.LAST}", "{p1.Flast}"),
    ),
    (
        "ocr_form",
        """ANTRAG AUF BEWOHNERPARKAUSWEIS     Formular BP-3
Name: {p1.LAST}
Vorname: {p1.first}
Geburtsdatum: {p1.dob}
Anschrift: {p1.addr}
Telefon: {p1.mobile}
E-Mail: {p1.email}
Fahrzeug: [[VW Golf|Opel Corsa|Škoda Octavia|Ford Fiesta]]
Zone: {n1}
Unterschrift: ________   Datum: {d1}
Vermerk Amt: Quittung {invoice}, geprüft {p3.init}""",
    ),
    (
        "mixed_lang",
        """Hallo zusammen, kurzes Update aus London: the customer {p1.full} called this morning – sie möchte, dass der Vertrag auf die neue Adresse umgeschrieben wird: {p1.addr}. Reachable on {p1.mobile}, lieber aber per Mail ({p1.email}).
{p2.first} aus der Buchhaltung sagt, die Erstattung soll an IBAN {p1.iban} gehen. Cheers, {p3.first}""",
    ),
    (
        "bank_dispute",
        """Reklamation einer Kartenzahlung (Chargeback) – eingereicht am {d2}
Karteninhaber/in: {p1.full}
Kartennummer: {p1.card}
Umsatzdatum: {d1}
Händler: {co}
Betrag: {amount}
Begründung: Ware nicht erhalten. Ich habe den Händler dreimal unter {co.mail} angeschrieben und die Hotline {co.hotline} angerufen – ohne Antwort. Bestellnummer {order}.
Rückfragen bitte an {p1.phone}.
Unterschrift: {p1.init}""",
    ),
    (
        "security_log",
        """Sicherheitsmeldung vom {d1}
Benutzerkonto: {p1.email}
Fehlgeschlagene Anmeldungen: {n1} Versuche von {ip} zwischen {t1} und {t2} Uhr.
Erfolgreiche Anmeldung von {p1.ip} ({city}), Client-Version {ver}.
Der Nutzer {p1.full} hat telefonisch ({p1.mobile}) bestätigt, dass die Anmeldung aus {city} von ihm/ihr stammt.
Bearbeiter: {p2.init}   Ticket: {ticket}""",
    ),
    (
        "meeting_minutes",
        """Protokoll der Mitgliederversammlung des Kleingartenvereins, {d1}
Anwesend: {p1.full} (Vorsitz), {p2.full}, {p3.init}, {p4.Flast}
Entschuldigt: {p5.full}

TOP 1: Begrüßung durch den Vorsitzenden. Das Protokoll der letzten Sitzung wird genehmigt.
TOP 2: {p2.last} berichtet, dass die Stadtwerke den Wasserzähler noch nicht getauscht haben.
TOP 3: Neues Mitglied {p5.first} bittet darum, keine Kontaktdaten im Aushang zu veröffentlichen.
TOP 4: Kassenbericht, Stand {amount}. {p3.last} übernimmt die Umstellung auf das neue Vereinskonto.
Nächste Sitzung am {d3} bei {p1.addr}.""",
    ),
    (
        "review_reply",
        """★★☆☆☆ „Lieferung viel zu spät" – {p1.init}

Waschmaschine am {d1} bestellt, geliefert am {d3}. Der Fahrer hat sie einfach in der Einfahrt abgestellt.

Antwort von {co}:
Hallo {p1.first}, das tut uns sehr leid. Wir haben Ihr Feedback an unseren Logistikpartner weitergegeben. Bitte schreiben Sie uns unter Angabe der Bestellnummer {order} an {co.mail}. Viele Grüße, {p2.first} vom Kundenservice""",
    ),
    (
        "chat_log",
        """[{t1}] Bot: Willkommen im Live-Chat von {co}. Wie können wir helfen?
[{t1}] Kunde: sendung steht auf zugestellt aber hier ist nix angekommen
[{t2}] {p1.first} (Support): Hallo, ich bin {p1.first}. Nennen Sie mir bitte Name und Lieferadresse?
[{t2}] Kunde: {p2.full}, {p2.addr}
[{t2}] {p1.first} (Support): Danke. Der Zusteller hat ein Foto am Seiteneingang gemacht. Vielleicht bei Nachbarn?
[{t2}] Kunde: nein, schon gefragt. handy {p2.mobile} falls der fahrer anrufen will
[{t2}] {p1.first} (Support): Ich habe einen Nachforschungsauftrag ({claim}) eröffnet.""",
    ),
    (
        "newsletter_nopii",
        """{co} – Kundeninformation

Ab dem {d1} gelten neue Öffnungszeiten: Montag bis Samstag 9–18 Uhr. Unsere Service-Hotline {co.hotline} ist weiterhin rund um die Uhr erreichbar, schriftlich erreichen Sie uns unter {co.mail}.
Neu: Die App-Version {ver} behebt das Anmeldeproblem. Alle Änderungen finden Sie unter {co.web}.
Die Filiale in [[Köln|Leipzig|Mainz]] bleibt wegen Umbau bis {d3} geschlossen.""",
    ),
    (
        "release_notes_nopii",
        """Versionshinweise – Build {ver}
Stand: {d1}

* Behoben: Absturz beim Export von Berichten mit mehr als 10.000 Zeilen.
* Geändert: Standard-Timeout von 30 auf 60 Sekunden erhöht.
* Laufzeitumgebung aktualisiert auf {ver2}.
* Bekanntes Problem: In alten Vorlagen ist der Proxy noch als 10.0.0.1 hinterlegt.
Support: {co.mail} | {co.hotline} | {co.web}
Tickets: {ticket}, {ticket2}""",
    ),
    (
        "notice_nopii",
        """WICHTIGER HINWEIS

Ab dem {d2} zieht unsere Verwaltung um. Bitte senden Sie Schriftverkehr zu Rechnung {invoice} und folgenden nur noch an {co.mail}. Inhaber des Vertrags {policy} müssen nichts unternehmen.
Unsere Hotline {co.hotline} ist Mo–Fr erreichbar. Aus Sicherheitsgründen erscheinen Kartennummern auf Abrechnungen nur maskiert, z. B. {masked}.""",
    ),
    (
        "forum_post",
        """Re: Erstattung von der Airline – wie am besten?

Beitrag von {p1.handle} am {d2}

Hatte genau das letztes Jahr. Brief an die Beschwerdestelle, Kopie an die Schlichtungsstelle, nach sechs Wochen war das Geld da. Die Vorlage schicke ich gern – einfach Mail an {p1.email}.
Meine Ansprechpartnerin dort war eine Frau {p2.last}, sehr hilfsbereit.

Edit: Wer fragt – mein Xing/LinkedIn-Profil: {p1.url}""",
    ),
    (
        "hr_note",
        """VERTRAULICH – Personalakte, Gesprächsnotiz
Mitarbeiter/in: {p1.rev}   Personalnummer {ref}
Führungskraft: {p2.full}
Datum: {d1}

{p1.first} hat nach {n1} Tagen Arbeitsunfähigkeit am Rückkehrgespräch teilgenommen. Die Lohnabrechnung bestätigt die Entgeltfortzahlung auf das Konto {p1.ibanc}. Neuer Notfallkontakt: {p3.full} ({p3.mobile}); neue Wohnanschrift: {p1.addr}.
Steuerliche Identifikationsnummer: {p1.id}. Geburtsdatum: {p1.dob}.
Nächstes Gespräch: {d3}.""",
    ),
    (
        "gym_cancel",
        """Hallo,

hiermit kündige ich meine Mitgliedschaft im Studio [[Altona|Schwabing|Prenzlauer Berg]] fristgerecht zum {d2}. Meine Mitgliedsnummer lautet {order}. Ich ziehe beruflich nach {p1.addr}.

Bitte stoppen Sie die Lastschrift und bestätigen Sie die Kündigung an {p1.email}. Tagsüber bin ich unter {p1.mobile} erreichbar.

Danke und Gruß
{p1.REV}""",
    ),
    (
        "travel_booking",
        """Buchungsbestätigung {ref}
Reiseanmelder: {p1.title} {p1.full}
Geburtsdatum (laut Reisepass): {p1.dobl}
Mitreisende: {p2.full}, geb. {p2.dob}
Hinflug: {d2}, {t1} Uhr; Rückflug: {d4}, {t2} Uhr
Zahlung: Karte {masked}, {amount}
Notfallkontakt: {p3.full}, {p3.phone}
Änderungen unter {co.hotline} oder {co.mail}, Buchungsverwaltung: {co.web}""",
    ),
    (
        "obituary",
        """Traurig nehmen wir Abschied von
{p1.mid}
* {p1.dobl}   † {d1}
In Liebe: {p2.first}, {p3.full} und {p4.full} mit Familien.
Die Trauerfeier findet am {d3} um 11 Uhr in der Friedhofskapelle {city} statt. Anstelle von Blumen bitten wir um eine Spende für das Hospiz. Kondolenzen an {p4.email}.""",
    ),
    (
        "linkedin_msg",
        """{p1.full} hat Ihnen eine Nachricht gesendet · {d2}

Hallo {p2.first}, schön, dass wir uns auf der Messe in {city} kennengelernt haben! Hier wie versprochen mein Profil: {p1.url}. Unsere Unternehmensseite: {co.li}.
Meine Kollegin {p3.init} leitet das Datenteam und würde sich über einen Austausch freuen – erreichbar unter {p3.mobile}.
Viele Grüße, {p1.first}""",
    ),
]
