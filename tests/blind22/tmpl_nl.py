"""Dutch templates."""

TEMPLATES = [
    "hoi, met {lname}, ik kan sinds de update niet meer inloggen. mijn mail is {email}",
    "Klant {name} meldt dat het pakket van bestelling {order} nooit is aangekomen (track & trace {tracking}). "
    "Afleveradres: {addr}. Graag terugbellen op {phone}.",
    "Sinds versie {version} crasht de app bij het opstarten. Mail naar {supmail} blijft onbeantwoord. Twee sterren.",
    "Top geholpen door mevrouw {last} in de winkel in {city}. Ik kom zeker terug bij {company}!",
    """\
Geachte heer/mevrouw,

Graag wijzig ik mijn bankgegevens. Nieuw IBAN: {iban}, t.n.v. {name}.
De oude creditcard eindigend op {masked} mag niet meer belast worden.

Met vriendelijke groet,
{name}
{addrnl}
Tel. {phone}""",
    "HR-notitie {date}: {REV} vraagt ouderschapsverlof aan per {date.2}. BSN {nid}. Contact: {wemail}.",
    "Patiënt {fLAST}, geboren {dob}, controle i.v.m. hypertensie. RR 140/85, medicatie ongewijzigd. "
    "Brief naar dr. {last.2}.",
    """\
{name}
{addrnl}

{city}, {date}

Betreft: klacht over factuur {invoice}

Geachte heer/mevrouw,

Mijn abonnement is twee keer afgeschreven: op mijn creditcard {card} staan twee afschrijvingen van {amount}. \
Uw klantenservice ({hotline}) neemt niet op.

Ik verzoek u het bedrag terug te storten op rekening {iban}.

Met vriendelijke groet,
{init}""",
    "Als ik niet thuis ben, graag afgeven bij de bovenburen ({name.2}) of bellen naar {phone}.",
    "Afrekenen was omslachtig en de levering duurde negen dagen. Ik zou {company} alleen aanraden als de app beter wordt.",
    "{date} gebeld met {rev}: wil overstappen naar premium, liever contact via e-mail ({email}). "
    "Volgende week opvolgen. – {first.2}",
    "Enorm bedankt {name} voor het terugbrengen van mijn portemonnee, verloren in de trein van {time} naar {city}! 🙏",
    "Gespreksverslag: beller identificeert zich als {name}, geboortedatum {dob}. Adres gecontroleerd: {addr}. "
    "Verdachte transacties op kaart {card}; kaart geblokkeerd. Zaaknummer {ticket}.",
    "Opmerkingen: ik ben verhuisd, mijn nieuwe adres is {addr}.",
    "kun je de factuur naar {email} sturen? thx, {lfirst}",
    "Account {email} geblokkeerd na 5 mislukte pogingen vanaf IP {ip}. Laatste geslaagde login vanaf {ip.2}. "
    "Klantnummer {custno}.",
    "Release notes: firmware van de gateway bijgewerkt naar {version}, geheugenlek opgelost. Zie {weburl}.",
    "Kandidaat {name} ({email}, {phone}), 5 jaar ervaring met Java. Profiel: {url}. Tweede gesprek met {name.2} "
    "op {date}.",
    "{first} van de vestiging in {city} was super behulpzaam!!",
    """\
Beste {first},

Bedankt voor het telefoongesprek. Zoals afgesproken stuur ik je het contract. Kun je je geboortedatum nog \
bevestigen? Wij hebben {dob} genoteerd.

Groet,
{name.2}
Accountmanager | {company}
{wemail.2} | {phone.2}""",
    "Besteld op {date}, ordernummer {order}, nog steeds niets. De trackingpagina ({weburl}) staat al een week op "
    "'in behandeling'. Groetjes, {first}",
    "Verwijzing: {NAME}, geboren op {dob}, woonachtig {addr}. Chronische rugklachten. Telefonisch bereikbaar op {phone}.",
    "Salarisrekening gewijzigd voor {rev}: nieuw IBAN {iban} vanaf volgende maand. Akkoord: {init.2}.",
    "Weet iemand een goede loodgieter in {city}? De onze vraagt {amount} alleen al om te komen kijken 😤",
    "mijn kaartnummer is {card}, geldig tot 09/27, schrijf het openstaande bedrag maar af",
    "Hierbij verklaar ik dat {name} sinds {date} de woning aan de {addr} huurt en altijd op tijd betaalt. "
    "{name.2}, verhuurder, tel. {phone.2}",
    "Controle: aanvrager {name}, BSN {nid}, geboortedatum {dob}. IP {ip} komt niet overeen met het factuurland. "
    "Dossier {ticket} geëscaleerd.",
    "Mijn portfolio: {url} – opdrachten welkom via DM!",
    "Mijn bestelling ({product}) kwam beschadigd aan. Omruilen aangevraagd via {supmail}, ticket {ticket}, "
    "kenmerk {ref16}.",
    "Afleveren bij de receptie, vragen naar {fLAST} (3e verdieping). Mobiel: {phone}",
    "Naam: {name}\nE-mail: {email}\nTelefoon: {phone}\nSerienummer: SN-{serial}\nProbleem: scherm flikkert na "
    "update naar {version}.",
    "Heel erg bedankt voor de snelle hulp!\n\n{first}",
    "Hallo, ik ben {name}, geboren op {dob} in {city}. Ik ben mijn rijbewijs kwijt, kunt u mij terugbellen op {phonei}?",
    "Enquête: de monteur kwam op {date} om {time}, twee uur te laat. Via {hotline} kom je nergens.",
    "Dhr. {LAST} (klant {custno}) maakt bezwaar tegen de boete. Wil schriftelijk antwoord op {addr}.",
]
