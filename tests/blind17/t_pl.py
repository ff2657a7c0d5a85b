"""Polish templates (genre, text)."""

TEMPLATES = [
    (
        "email",
        "Temat: reklamacja zamówienia {order}\n\nDzień dobry,\n\n{date} otrzymałem {product}, który nie działa. "
        "Proszę o odbiór spod adresu {addr} i zwrot pieniędzy. Mój numer telefonu: {phone}.\n\nPozdrawiam\n{name}",
    ),
    (
        "chat",
        "Konsultant ({first2}): Dzień dobry, tu obsługa klienta {company}. Z kim rozmawiam?\nKlient: {name.l}\n"
        "Konsultant ({first2}): Proszę podać numer PESEL.\nKlient: {pesel}\nKonsultant ({first2}): Dziękuję, widzę obciążenie karty {masked}.",
    ),
    (
        "callnote",
        "Notatka z rozmowy {date}: pani {last} zgłasza podwójne obciążenie (faktura {invoice}). Data urodzenia zweryfikowana: {dob}. "
        "Zwrot na rachunek {iban}. Oddzwonić pod {phone}.",
    ),
    (
        "medical",
        "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\nPacjent: {name}\nData urodzenia: {dob}\nPESEL: {pesel}\nAdres: {addr}\n"
        "Hospitalizacja od {date} do {date2} z powodu zapalenia płuc. Lekarz prowadzący: dr {name2}.",
    ),
    (
        "hr",
        "Notatka kadrowa: {name} rozpoczyna pracę {date} w dziale zakupów. PESEL {pesel}, konto do wynagrodzenia {iban}. "
        "Kontakt w nagłych wypadkach: {name2}, {phone}.",
    ),
    (
        "bank",
        "Szanowni Państwo,\n\n{date} z mojej karty kredytowej {card} pobrano dwie kwoty po {amount} zł, których nie autoryzowałem. "
        "Proszę o zablokowanie karty i zwrot środków.\n\nZ poważaniem\n{name}\n{addr}",
    ),
    (
        "delivery",
        "Uwagi dla kuriera: paczkę proszę zostawić u sąsiada, {street}. W razie problemów dzwonić do {first}: {phone}. "
        "Nie zostawiać w punkcie {company}.",
    ),
    (
        "cv",
        "{name.u}\n{addr}\nTel. {phone} | {email}\nData urodzenia: {dob}\n{url}\n\nDoświadczenie: od {year} specjalistka ds. logistyki w {company}, {city}.",
    ),
    (
        "forum",
        "Czy ktoś miał problem z {company}? Infolinia {hotline} nie odbiera. Jak ktoś coś wie, piszcie na {email}. Pozdro, {first}",
    ),
    (
        "review",
        "Od wersji {version} aplikacja się wiesza. Pisałem na {supmail}, zero odpowiedzi. Tylko {first} z czatu coś pomogła.",
    ),
    (
        "minutes",
        "Protokół ze spotkania {date}\nObecni: {name}, {name2}, {name3}\n1. {last2} przedstawia budżet.\n"
        "2. Otwarcie oddziału w {city} przesunięte na {date2}.\n3. Następne spotkanie o {time}.",
    ),
    (
        "form",
        "Uwagi: korespondencję proszę kierować do mojej córki {name2}, {addr}, tel. {phone}. Moja data urodzenia: {dob}.",
    ),
    (
        "email",
        "Dzień dobry,\n\nzmieniłam adres zamieszkania na {addr}. Poprzedni adres: {addr2}. Numer klienta {cust}.\n\nPozdrawiam\n{first} {last}",
    ),
    (
        "chat",
        "{first.l}: hej, ktoś się zalogował na moje konto z IP {ip}\nWsparcie: Dzień dobry, zablokowaliśmy dostęp. Czy numer {phone} jest aktualny?\n"
        "{first.l}: tak\nWsparcie: Wysłaliśmy kod SMS.",
    ),
    (
        "callnote",
        "Rozmowa przychodząca: {name} ({phone}), karta {card} skradziona rano. Zastrzeżona o {time}. Nowa karta na adres {addr}. Sprawa {ticket}.",
    ),
    (
        "medical",
        "Karta wizyty\nNazwisko: {last.u}\nImię: {first}\nUr.: {dob}\nLekarz rodzinny: dr {last2}\nWizyta kontrolna {date} o {time}.",
    ),
    (
        "hr",
        "Aplikacja od {name} wpłynęła {date}. Profil: {url}. Rozmowa z {name2} {date2}. E-mail: {email}, IP zgłoszenia {ip}.",
    ),
    (
        "nopii",
        "Twoje zamówienie {order} zostało wysłane z magazynu w {city} {date}. Numer przesyłki: {tracking}. Płatność kartą {masked}. "
        "Infolinia: {hotline}, e-mail: {supmail}.",
    ),
    ("nopii", "Informacje o wydaniu {version}: poprawki synchronizacji dla {product}. Szczegóły: {weburl}."),
    (
        "nopii",
        "Świetny produkt, {product} dotarł w dwa dni. {company} wystawił fakturę {invoice} bez problemu. Polecam.",
    ),
]
