"""German templates."""

TEMPLATES = [
    "hallo, hier ist {lname}, komme seit dem update nicht mehr in mein konto. meine mail: {email}",
    "Kundin {name} meldet, dass die Lieferung zu Bestellung {order} nie angekommen ist (Sendungsnummer {tracking}). "
    "Lieferadresse: {addr}. Bitte Rückruf unter {phone}.",
    "Seit Version {version} stürzt die App beim Start ab. Der Support ({supmail}) antwortet nicht. Zwei Sterne.",
    "Super Beratung von Herrn {last} in der Filiale {city}! Ich komme gerne wieder zu {company}.",
    """\
Sehr geehrte Damen und Herren,

bitte ändern Sie meine Bankverbindung. Neue IBAN: {iban}, Kontoinhaber: {name}.
Die alte Karte mit den Endziffern {masked} bitte nicht mehr belasten.

Mit freundlichen Grüßen
{name}
{addrnl}
Tel.: {phone}""",
    "Personalnotiz vom {date}: {REV} hat Elternzeit ab {date.2} beantragt. Steuer-ID {nid}. Rückfragen an {wemail}.",
    "Pat. {fLAST}, geb. {dob}, Wiedervorstellung zur Blutdruckkontrolle. RR 135/85, Medikation unverändert. "
    "Bericht an Dr. {last.2}.",
    """\
{name}
{addrnl}

{city}, den {date}

Beschwerde zur Rechnung {invoice}

Sehr geehrte Damen und Herren,

mir wurde das Abonnement doppelt berechnet; meine Kreditkarte {card} wurde zweimal mit {amount} belastet. \
Ihre Hotline {hotline} war dreimal besetzt.

Bitte erstatten Sie den Betrag auf mein Konto {iban}.

Mit freundlichen Grüßen
{init}""",
    "Falls ich nicht da bin, bitte beim Nachbarn {name.2} (EG links) abgeben oder mich unter {phone} anrufen.",
    "Der Bestellprozess war umständlich und die Lieferung hat neun Tage gedauert. {company} würde ich nur empfehlen, "
    "wenn die App besser wird.",
    "{date} Telefonat mit {rev}: möchte auf Premium upgraden, Kontakt bitte per E-Mail ({email}). "
    "Wiedervorlage nächste Woche. – {first.2}",
    "Riesigen Dank an {name}, der meinen Geldbeutel im ICE nach {city} gefunden und abgegeben hat!! 🙏",
    "Gesprächsnotiz: Anrufer {name}, Geburtsdatum {dob}, Adresse verifiziert ({addr}). Verdächtige Umsätze auf "
    "Karte {card}, Karte gesperrt. Vorgang {ticket}.",
    "Sonstiges: Ich bin umgezogen, neue Anschrift {addr}. Die alte Adresse ({street.2}) bitte löschen.",
    "kannst du die rechnung an {email} schicken? danke dir, {lfirst}",
    "Konto {email} nach 5 Fehlversuchen gesperrt, Zugriffe von IP {ip}. Letzter erfolgreicher Login von {ip.2}. "
    "Kundennummer {custno}.",
    "Changelog: Gateway-Firmware auf {version} aktualisiert, Speicherleck im Sync-Dienst behoben. Details unter {weburl}.",
    "Bewerber {name} ({email}, {phone}), 5 Jahre Erfahrung mit Java. Profil: {url}. Zweitgespräch mit "
    "Frau {last.2} am {date} um {time} Uhr.",
    "{first} in der Filiale {city} war mega hilfsbereit!!",
    """\
Hallo Frau {last},

danke für das nette Telefonat. Wie besprochen schicke ich Ihnen den Vertrag. Könnten Sie bitte Ihr Geburtsdatum \
bestätigen? Bei uns ist der {dob} hinterlegt.

Viele Grüße
{name.2}
Kundenbetreuung | {company}
{wemail.2} | {phone.2}""",
    "Bestellt am {date}, Bestellnummer {order}, bis heute nichts angekommen. Die Sendungsverfolgung ({weburl}) "
    "zeigt seit einer Woche 'in Bearbeitung'. Gruß, {first}",
    "Überweisung: {NAME}, geboren am {dob}, wohnhaft {addr}. Chronische Rückenschmerzen seit 3 Monaten. "
    "Patient erreichbar unter {phone}.",
    "Gehaltskonto geändert für {rev}: neue IBAN {iban}, gültig ab Folgemonat. Freigabe: {init.2}",
    "Kennt jemand einen guten Klempner in {city}? Unserer will {amount} nur fürs Anschauen 😤",
    "meine kartennummer ist {card}, gültig bis 09/27. bitte den offenen betrag abbuchen",
    "Vermieterbescheinigung: Hiermit bestätige ich, dass {name} seit dem {date} die Wohnung {addr} bewohnt. "
    "Die Miete wurde stets pünktlich gezahlt. {name.2}, Tel. {phone.2}",
    "Prüfung: Antragsteller {name}, Steuer-ID {nid}, geb. {dob}. Geräte-IP {ip} passt nicht zum Rechnungsland. "
    "Eskaliert als Fall {ticket}.",
    "Meine Arbeiten findet ihr unter {url} – Auftragsanfragen gerne per DM!",
    "Der {product} kam mit Kratzern an. Ersatz über {supmail} angefordert, Ticket {ticket}, Referenz {ref16}.",
    "Bitte am Empfang abgeben und nach {fLAST} fragen (3. OG). Mobil: {phone}",
    "Name: {name}\nE-Mail: {email}\nTelefon: {phone}\nSeriennummer: SN-{serial}\nFehler: Display flackert nach "
    "Update auf {version}.",
    "Liebe Grüße und danke für die schnelle Hilfe!\n{first}",
    "Ich habe meinen Sozialversicherungsausweis verloren. Ich bin {name} aus {city}, geboren am {dob}. "
    "Bitte rufen Sie mich unter {phonei} zurück.",
    "Umfrage: Die Mitarbeiter waren freundlich, aber der Termin am {date} wurde zweimal verschoben. Bitte "
    "Hotline {hotline} länger besetzen.",
    "Herr {LAST} ({custno}) beschwert sich über die Wartezeit. Will nur noch schriftlich kontaktiert werden: {addr}.",
]
