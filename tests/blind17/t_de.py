"""German templates (genre, text)."""

TEMPLATES = [
    (
        "email",
        "Betreff: Reklamation Bestellung {order}\n\nSehr geehrte Damen und Herren,\n\nam {date} habe ich bei Ihnen einen {product} gekauft, "
        "der nach zwei Tagen defekt war. Bitte holen Sie das Gerät bei mir ab: {addr}. Tagsüber bin ich unter {phone} erreichbar.\n\n"
        "Mit freundlichen Grüßen\n{name}",
    ),
    (
        "chat",
        "Kunde: Hallo, mein Name ist {name}, ich komme nicht mehr in mein Kundenkonto.\n"
        "Mitarbeiterin ({first2}): Guten Tag! Welche E-Mail-Adresse ist hinterlegt?\nKunde: {email}\n"
        "Mitarbeiterin ({first2}): Danke. Die letzte Anmeldung kam von der IP {ip}. Waren Sie das?\nKunde: nein, definitiv nicht",
    ),
    (
        "callnote",
        "Telefonnotiz {date}, {time} Uhr: Herr {last} ruft an wegen Zählerstand. Geburtsdatum zur Verifizierung: {dob}. "
        "Möchte künftig per Lastschrift von {iban} zahlen. Rückruf unter {phone} erwünscht. Kundennummer {cust}.",
    ),
    (
        "medical",
        "Arztbrief\n\nSehr geehrte Frau Kollegin {last2},\n\nwir berichten über {name}, geb. {dob}, wohnhaft {addr}, "
        "die vom {date} bis {date2} bei uns stationär behandelt wurde. Diagnose: Cholezystolithiasis. "
        "Wir bitten um Wiedervorstellung in vier Wochen.\n\nMit kollegialen Grüßen\nDr. med. {name3}",
    ),
    (
        "hr",
        "Personalnotiz: {name} tritt zum {date} die Stelle in der Buchhaltung an. Steuer-ID {idnr}, Gehaltskonto {iban}. "
        "Private Anschrift: {addr}. Ansprechpartner im Team ist {first2} {last2}.",
    ),
    (
        "bank",
        "Sehr geehrte Damen und Herren,\n\nauf meiner Kreditkarte {card} wurden am {date} drei Buchungen über je {amount} € "
        "belastet, die ich nicht veranlasst habe. Ich bitte um sofortige Sperrung und Erstattung.\n\n{name}\n{addr}\nTel. {phone}",
    ),
    (
        "delivery",
        "Lieferhinweis: Paket bitte bei Familie {last} im Erdgeschoss abgeben ({street}), nicht in die Packstation. "
        "Bei Fragen {first} anrufen: {phone}. Sendungsnummer {tracking}.",
    ),
    (
        "cv",
        "Lebenslauf\n{name}\n{addr}\nMobil: {phone} | E-Mail: {email}\nGeboren am {dob} in {city}\n{url}\n\n"
        "Berufserfahrung: seit {year} Projektleiterin bei {company}.",
    ),
    (
        "forum",
        "Hat jemand Erfahrung mit {company}? Seit Wochen warte ich auf meine Erstattung, die Hotline {hotline} "
        "ist dauerbesetzt. Falls jemand helfen kann, schreibt mir gern: {email}. Grüße, {first}",
    ),
    (
        "review",
        "1 Stern. Nach dem Update auf Version {version} stürzt die App ständig ab. Der Support ({supmail}) antwortet nur mit Textbausteinen. "
        "Danke an {first} aus dem Chat, der wenigstens ehrlich war.",
    ),
    (
        "minutes",
        "Protokoll der Teamsitzung vom {date}\nAnwesend: {name}, {name2}, {name3}\nTOP 1: Umzug des Lagers nach {city}.\n"
        "TOP 2: {last2} übernimmt die Urlaubsvertretung für {first}.\nNächster Termin: {date2}",
    ),
    (
        "form",
        "Anmerkungen: Bitte alle Unterlagen an meine Mutter {name2} schicken, {addr}. Sie ist unter {phone} erreichbar. "
        "Meine Steueridentifikationsnummer lautet {idnr}.",
    ),
    (
        "email",
        "Hallo zusammen,\n\nbitte ändert meine Bankverbindung für die Beitragszahlung. Neue IBAN: {iban} (Kontoinhaber: {name}). "
        "Mitgliedsnummer {cust}.\n\nViele Grüße\n{first}",
    ),
    (
        "chat",
        "{time} {first.l}: hi, ich hab ne frage zu meiner rechnung {invoice}\n{time} Support: Gerne! Bitte nennen Sie Ihr Geburtsdatum.\n"
        "{time} {first.l}: {dob}\n{time} Support: Danke, die Zahlung mit der Karte {masked} ist eingegangen.",
    ),
    (
        "callnote",
        "Gesprächsnotiz: {name} meldet Betrugsverdacht. Login-Versuche von {ip} und {ip2} laut Protokoll. "
        "Karte {card} gesperrt, neue Karte geht an {addr}. Termin zur Nachbesprechung am {date}.",
    ),
    (
        "medical",
        "Aufnahmebogen Notaufnahme\nName: {last}, {first}\nGeb.-Datum: {dob}\nAngehörige: {name2} (Ehepartner), {phone}\n"
        "Hausarzt: Dr. {last3}, {city}\nBeschwerden seit {date}: Schwindel, Übelkeit.",
    ),
    (
        "hr",
        "Bewerbung von {name} eingegangen am {date}. Profil: {url}. Telefoninterview mit {name2} am {date2} um {time} Uhr vereinbart. "
        "Kontakt: {email}.",
    ),
    (
        "nopii",
        "Vielen Dank für Ihre Nachricht an {company}. Ihre Bestellung {order} wurde am {date} versandt, Sendungsnummer {tracking}. "
        "Die Zahlung erfolgte mit der Karte {masked}. Bei Rückfragen: {hotline} oder {supmail}.",
    ),
    (
        "nopii",
        "Wartungshinweis: Am {date} zwischen {time} und 23:00 Uhr wird die Firmware {version} auf allen Routern eingespielt. "
        "Weitere Infos unter {weburl}. Das Lager in {city} bleibt geöffnet.",
    ),
    (
        "nopii",
        "Kundenbewertung: Der {product} kam pünktlich, gut verpackt und funktioniert einwandfrei. Der Versand über {company} "
        "dauerte nur zwei Tage. Rechnung {invoice} lag bei. Gerne wieder!",
    ),
]
