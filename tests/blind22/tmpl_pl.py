"""Polish templates."""

TEMPLATES = [
    "cześć, tu {lname}, od aktualizacji nie mogę się zalogować. mój mail to {email}",
    "Klientka {name} zgłasza, że paczka z zamówienia {order} nie dotarła (numer przesyłki {tracking}). "
    "Adres dostawy: {addr}. Prośba o kontakt pod numerem {phone}.",
    "Od wersji {version} aplikacja zamyka się przy starcie. Pisałam na {supmail}, brak odpowiedzi. Dwie gwiazdki.",
    "Świetna obsługa – pani {last} ze sklepu {company} ({city}) wszystko załatwiła w 10 minut.",
    """\
Szanowni Państwo,

proszę o zmianę danych bankowych. Nowy numer IBAN: {iban}, właściciel rachunku: {name}.
Proszę nie obciążać już karty kończącej się na {masked}.

Z poważaniem
{name}
{addrnl}
tel. {phone}""",
    "Notatka kadrowa {date}: {REV} wnioskuje o urlop rodzicielski od {date.2}. PESEL {nid}. Kontakt: {wemail}.",
    "Pacjent {fLAST}, data urodzenia {dob}, wizyta kontrolna – nadciśnienie. RR 140/90, leczenie bez zmian. "
    "Lekarz prowadzący: dr {last.2}.",
    """\
{name}
{addrnl}

{city}, {date}

Dotyczy: reklamacja faktury {invoice}

Szanowni Państwo,

abonament został pobrany dwukrotnie – na mojej karcie {card} widnieją dwie transakcje po {amount}. \
Infolinia {hotline} nie odbiera.

Proszę o zwrot na rachunek {iban}.

Z poważaniem
{init}""",
    "Jeśli mnie nie będzie, proszę zostawić paczkę u sąsiadki ({name.2}, mieszkanie obok) albo dzwonić pod {phone}.",
    "Płatność była skomplikowana, a dostawa trwała dziewięć dni. Polecę {company} tylko, jeśli poprawią aplikację.",
    "{date} rozmowa – {rev}: chce przejść na pakiet premium, woli kontakt mailowy ({email}). "
    "Oddzwonić w przyszłym tygodniu. – {first.2}",
    "Ogromne dzięki dla osoby, która oddała mój portfel zgubiony w pociągu o {time} – {name}, jesteś wielki! 🙏",
    "Notatka z rozmowy: dzwoniący przedstawił się jako {name}, data urodzenia {dob}. Adres potwierdzony: {addr}. "
    "Podejrzane transakcje na karcie {card}, karta zablokowana. Sprawa {ticket}.",
    "Uwagi: przeprowadziłem się, nowy adres to {addr}.",
    "wyślesz fakturę na {email}? dzięki, {lfirst}",
    "Konto {email} zablokowane po 5 nieudanych próbach z IP {ip}. Ostatnie udane logowanie z {ip.2}. "
    "Nr klienta {custno}.",
    "Informacje o wydaniu: firmware bramki zaktualizowany do {version}, naprawiony wyciek pamięci. Szczegóły: {weburl}.",
    "Kandydat: {name} ({email}, {phone}), 5 lat doświadczenia w Javie. Profil: {url}. Druga rozmowa: {name.2}, {date}.",
    "{first} ze sklepu {company} była mega pomocna!!",
    """\
Dzień dobry,

dziękuję za rozmowę telefoniczną. Zgodnie z ustaleniami przesyłam umowę. Proszę jeszcze potwierdzić datę \
urodzenia – w systemie mamy {dob}.

Pozdrawiam
{name.2}
Opiekun klienta | {company}
{wemail.2} | {phone.2}""",
    "Zamówione {date}, nr zamówienia {order}, nadal nic. Strona śledzenia ({weburl}) od tygodnia pokazuje "
    "„w realizacji”. Pozdrawiam, {first}",
    "Skierowanie: {NAME}, ur. {dob}, zam. {addr}. Przewlekły ból krzyża. Kontakt telefoniczny: {phone}.",
    "Zmiana konta do wynagrodzenia – {rev}: nowy IBAN {iban} od przyszłego miesiąca. Zatwierdził(a): {init.2}.",
    "Zna ktoś dobrego hydraulika? Nasz chce {amount} za samo przyjście 😤 (okolice: {city})",
    "numer karty to {card}, ważna do 09/27, proszę pobrać zaległą kwotę",
    "Oświadczam, że {name} wynajmuje mieszkanie pod adresem {addr} od {date} i zawsze terminowo płaci czynsz. "
    "Wynajmujący: {name.2}, tel. {phone.2}",
    "Weryfikacja: wnioskodawca {name}, PESEL {nid}, data urodzenia {dob}. IP {ip} nie pasuje do kraju rozliczenia. "
    "Sprawa {ticket} przekazana wyżej.",
    "Moje prace: {url} – zamówienia na priv!",
    "Zamówienie ({product}) przyszło uszkodzone. Wymianę zgłosiłem przez {supmail}, zgłoszenie {ticket}, ref. {ref16}.",
    "Dostawa do recepcji, pytać o: {fLAST} (3. piętro). Tel. kom. {phone}",
    "Imię i nazwisko: {name}\nE-mail: {email}\nTelefon: {phone}\nNumer seryjny: SN-{serial}\nUsterka: ekran miga "
    "po aktualizacji do {version}.",
    "Bardzo dziękuję za szybką pomoc!\n\n{first}",
    "Dzień dobry, nazywam się {name}, data urodzenia: {dob}. Zgubiłam dowód osobisty, proszę o kontakt pod numerem "
    "{phonei}.",
    "Ankieta: technik przyszedł {date} o {time}, dwie godziny po czasie. Infolinia {hotline} nic nie pomaga.",
    "Pan {LAST} (klient {custno}) kwestionuje karę umowną. Prosi o odpowiedź listowną na adres {addr}.",
]
