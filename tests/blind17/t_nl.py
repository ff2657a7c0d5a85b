"""Dutch templates (genre, text)."""

TEMPLATES = [
    (
        "email",
        "Onderwerp: klacht over bestelling {order}\n\nGeachte heer/mevrouw,\n\nOp {date} ontving ik een {product} dat niet werkte. "
        "Graag laten ophalen op {addr}. U kunt mij bellen op {phone}.\n\nMet vriendelijke groet,\n{name}",
    ),
    (
        "chat",
        "Medewerker ({first2}): Goedemiddag, u spreekt met de klantenservice van {company}. Wat is uw naam?\nKlant: {name.l}\n"
        "Medewerker ({first2}): Dank u. Welk e-mailadres hoort bij het account?\nKlant: {email}\n"
        "Medewerker ({first2}): Ik zie een betaling met de kaart {masked}.",
    ),
    (
        "callnote",
        "Belnotitie {date}: mevrouw {last} belt over een dubbele afschrijving (factuur {invoice}). Geboortedatum gecontroleerd: {dob}. "
        "Terugstorten op {iban}. Terugbellen op {phone}.",
    ),
    (
        "medical",
        "Ontslagbrief\n\nGeachte collega {last2},\n\nUw patiënt {name}, geboren {dob}, wonende {addr}, BSN {bsn}, "
        "was opgenomen van {date} tot {date2} wegens een longontsteking.\n\nMet collegiale groet,\ndrs. {name3}",
    ),
    (
        "hr",
        "HR-notitie: {name} start op {date} bij de afdeling inkoop. BSN {bsn}, salaris naar rekening {iban}. "
        "Noodcontact: {name2}, {phone}.",
    ),
    (
        "bank",
        "Geachte heer/mevrouw,\n\nOp {date} zijn met mijn creditcard {card} twee betalingen gedaan die ik niet herken. "
        "Ik verzoek u de kaart te blokkeren en het bedrag van € {amount} terug te storten.\n\nHoogachtend,\n{name}\n{addr}",
    ),
    (
        "delivery",
        "Bezorginstructie: pakket graag afgeven bij de buren op {street} als er niemand thuis is. Bel {first} op {phone}. "
        "Niet bij het servicepunt van {company} in {city} neerleggen.",
    ),
    (
        "cv",
        "{name}\n{addr}\n{phone} · {email}\nGeboortedatum: {dob}\n{url}\n\nWerkervaring: sinds {year} teamleider bij {company}.",
    ),
    (
        "forum",
        "Iemand ervaring met {company}? Mijn IP-adres ({ip}) wordt steeds geblokkeerd en de helpdesk {hotline} weet het ook niet. "
        "Mail me gerust: {email}. Groet, {first}",
    ),
    (
        "review",
        "Sinds versie {version} crasht de app bij het openen. Gemaild naar {supmail}, geen reactie. "
        "Alleen {first} van de chat dacht mee.",
    ),
    (
        "minutes",
        "Notulen overleg {date}\nAanwezig: {name}, {name2}, {name3}\n1. {last} licht de kwartaalcijfers toe.\n"
        "2. Vestiging {city} opent op {date2}.\n3. Actiepunt {first3}: offerte {company} opvragen.",
    ),
    (
        "form",
        "Opmerking: post graag naar mijn dochter {name2}, {addr}. Zij is bereikbaar op {phone}. Mijn geboortedatum is {dob}.",
    ),
    (
        "email",
        "Hoi,\n\nIk ben verhuisd naar {addr}. Mijn oude adres was {addr2}. Klantnummer {cust}.\n\nGroetjes,\n{first}",
    ),
    (
        "chat",
        "{first.l}: hallo, er is ingelogd op mijn account vanaf {ip}\nSupport: Vervelend! We hebben het account geblokkeerd. "
        "Klopt uw nummer {phone} nog?\n{first.l}: ja klopt\nSupport: Dan sturen we daar een code naartoe.",
    ),
    (
        "callnote",
        "Inkomend gesprek {name} ({phone}): creditcard {card} gestolen. Geblokkeerd om {time}. Nieuwe kaart naar {addr}. Dossier {ticket}.",
    ),
    (
        "medical",
        "Intakeformulier\nAchternaam: {last.u}\nVoornaam: {first}\nGeboortedatum: {dob}\nHuisarts: dokter {last2}\n"
        "Controle-afspraak op {date} om {time}.",
    ),
    (
        "hr",
        "Sollicitatie van {name} ontvangen op {date}. Profiel: {url}. Gesprek met {name2} op {date2}. E-mail: {email}.",
    ),
    (
        "nopii",
        "Uw bestelling {order} is op {date} verzonden vanuit ons magazijn in {city}. Track & trace: {tracking}. "
        "Betaald met kaart {masked}. Vragen? Bel {hotline} of mail {supmail}.",
    ),
    (
        "nopii",
        "Release notes {version}: verbeterde synchronisatie voor de {product}, diverse bugfixes. Meer info op {weburl}.",
    ),
    ("nopii", "Prima product! De {product} werd binnen een dag bezorgd door {company}. Factuur {invoice} zat erbij."),
]
