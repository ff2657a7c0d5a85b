"""Polish document templates (blind20)."""

TEMPLATES = [
    (
        "email_thread",
        """Temat: RE: Awaria pieca gazowego – {p1.addr}

Dzień dobry,

dziękuję za szybką odpowiedź. Nasz serwisant, {p2.full}, przyjedzie {d3} w godzinach 8–12. Jeśli termin nie pasuje, proszę dzwonić bezpośrednio do mnie: {p3.phone}, a nie na numer ogólny.

Pozdrawiam serdecznie
{p3.full}
Koordynator serwisu | {co}
{co.addr}
Tel. bezpośredni: {p3.phone} | {p3.wmail}
Infolinia: {co.hotline}

-----Wiadomość oryginalna-----
Od: {p1.full} <{p1.email}>
Wysłano: {d2} {t1}
Do: {co.mail}
Temat: Awaria

Dzień dobry, od {d1} piec w moim mieszkaniu nie działa. Właściciel mieszkania ({p4.full}) zgodził się na wymianę. Mój numer: {p1.mobile}.
{p1.first}""",
    ),
    (
        "email_thread",
        """Od: {p1.wmail}
Do: {p2.email}
Data: {d2}
Temat: Rekrutacja – stanowisko specjalisty ds. księgowości (nr ref. {ref})

Dzień dobry,

po rozmowie z {p3.init} i ze mną mamy przyjemność zaproponować Pani/Panu to stanowisko. Do umowy dział kadr potrzebuje numeru PESEL, daty urodzenia oraz numeru konta do wypłaty wynagrodzenia.
Prosimy nie przesyłać tych danych mailem – należy je wgrać w portalu kandydata ({co.web}).

Z poważaniem
{p1.full}
Dział Rekrutacji, {co}

> W dniu {d1} {p2.full} napisał(a):
> Dzień dobry, czy są już jakieś informacje w sprawie mojej aplikacji? Mój nowy numer komórki to {p2.mobile}.
> Pozdrawiam, {p2.first}""",
    ),
    (
        "phone_transcript",
        """ZAPIS ROZMOWY – {co} – {d1}, godz. {t1}
Konsultant: {co}, dzień dobry, nazywam się {p1.first}, w czym mogę pomóc?
Klient: Dzień dobry, tu {p2.full}. Na karcie mam transakcję, której nie rozpoznaję.
Konsultant: Przykro mi. W celu weryfikacji proszę podać datę urodzenia.
Klient: {p2.dob}.
Konsultant: Dziękuję. A adres zamieszkania?
Klient: {p2.addr}.
Konsultant: Widzę płatność na kwotę {amount} kartą {masked}. Czy chodzi o tę transakcję?
Klient: Tak.
Konsultant: Zastrzegam kartę i zakładam zgłoszenie {ticket}. Oddzwonimy pod numer {p2.mobile}, dobrze?
Klient: Tak, proszę.
Konsultant: Dziękuję za telefon, do widzenia.""",
    ),
    (
        "insurance_claim",
        """ZGŁOSZENIE SZKODY KOMUNIKACYJNEJ
Nr szkody: {claim}     Nr polisy: {policy}

W dniu {d1} około godz. {t1} nasz klient – {p1.full} (data urodzenia: {p1.dob}) – stał na światłach w centrum miejscowości {city}, gdy dostawczy samochód, którym kierował sprawca ({p2.full}), cofając uderzył w przód pojazdu. Sprawca przyznał się do winy w oświadczeniu i podał: adres {p2.addr}, telefon {p2.mobile}.
Świadek: {p3.Flast}, tel. {p3.phone}.
Uszkodzenia: przedni zderzak, maska, prawy reflektor. Kosztorys warsztatu {co} w załączeniu ({amount}).
Odszkodowanie na rachunek poszkodowanego: {p1.iban}
Likwidator: {p4.init}""",
    ),
    (
        "police_report",
        """PROTOKÓŁ PRZYJĘCIA ZAWIADOMIENIA O PRZESTĘPSTWIE
Nr sprawy: {ticket}
Przyjmujący: sierż. {p1.last}
Data: {d2}, godz. {t2}

Zawiadamiający: {p2.REV}, ur. {p2.dob}, zam. {p2.addr}, PESEL {p2.id}. Oświadcza, że w dniu {d1} około godz. {t1} skradziono mu/jej portfel ze stolika w ogródku kawiarni. W portfelu znajdowała się karta kredytowa {p2.card}.
Kontakt: {p2.mobile}.
Świadek: {p3.full}, kelner. Bank zastrzegł już kartę.
Dalsze czynności: zabezpieczenie monitoringu.""",
    ),
    (
        "medical_referral",
        """{co}
{co.addr}

{city}, {d1}

SKIEROWANIE DO PORADNI KARDIOLOGICZNEJ
Lekarz kierujący: lek. {p4.full}
Do: dr n. med. {p1.full}

Pacjent(ka): {p2.full}
Data urodzenia: {p2.dob}
PESEL: {p2.id}
Adres: {p2.addr}
Telefon: {p2.mobile}

Rozpoznanie: bóle w klatce piersiowej przy wysiłku od trzech miesięcy. EKG spoczynkowe z {d2} bez odchyleń. Osoba upoważniona do informacji: {p3.full} (córka/syn).""",
    ),
    (
        "tenancy_dispute",
        """{p1.full}
{p1.addr2l}

{co}
{co.addr}

{city}, {d2}

Dotyczy: zwrotu kaucji

Szanowni Państwo,

lokal zdałem/zdałam w dniu {d1}. Mimo wezwań kaucja w wysokości {amount} nie została zwrócona. Protokół zdawczo-odbiorczy podpisany przez Państwa pracownika ({p2.init}) nie wskazuje żadnych uszkodzeń.
Wzywam do przelania kwoty na rachunek {p1.iban} do dnia {d4}, w przeciwnym razie skieruję sprawę do sądu.

Z poważaniem
{p1.full}""",
    ),
    (
        "school_report",
        """OCENA ŚRÓDROCZNA – klasa 6b
Uczeń/uczennica: {p1.rev}
Wychowawca: {p2.full}

{p1.first} aktywnie uczestniczy w lekcjach i poczyniła/poczynił postępy z języka polskiego. Na matematyce powinna/powinien staranniej zapisywać obliczenia. Nieobecności: {n1}.
Wywiadówka odbędzie się {d2}. Zapisy: {p2.wmail} lub sekretariat ({co.hotline}).
Kontakt w nagłych wypadkach: {p3.full}, {p3.mobile}.""",
    ),
    (
        "social_post",
        """{p1.handle} · {d1}
Jestem wściekła. Na wiosnę zamówiłam kanapę w {co}, zapłaciłam całość i DALEJ jej nie ma. Adres {co.mail} odpisuje tylko automatem. Ktoś miał podobnie?

  ↳ {p2.handle}: moja siostra to samo. oznacz ich tutaj to szybciej odpisują
  ↳ {p3.lower}: idź do rzecznika konsumentów, mój mąż {p4.lfirst} tak odzyskał kasę
  ↳ {p1.handle}: dzięki wszystkim! jakby ktoś z firmy czytał: zamówienie {order}, piszcie na {p1.email}""",
    ),
    (
        "crm_export",
        """HISTORIA CRM – Kontakt: {p1.Flast}
Firma: {co}   Opiekun: {p2.init}
-------------------------------------------------
{d1} {t1}  Telefon wychodzący – {p2.first}: rozmowa z klientem ({p1.full}), zainteresowanie umową serwisową. Materiały wysłane na {p1.email}.
{d2} {t2}  E-mail – wysłano ofertę {ref}.
{d3}  Notatka – decyzję podejmuje {p3.full} ({p3.wmail}), dział zakupów.
{d4}  Spotkanie: {co.addr}. Obecni: {p1.full}, {p3.full}, {p2.full}.
{d5}  Przypomnienie – oddzwonić na komórkę {p1.mobile} ({p1.last}).
{d6}  Etap: Oferta -> Negocjacje""",
    ),
    (
        "ocr_form",
        """WNIOSEK O WYDANIE ABONAMENTU MIESZKAŃCA     Druk nr {n1}/{n2}
NAZWISKO: {p1.LAST}
Imię: {p1.first}
Data urodzenia: {p1.dob}
PESEL: {p1.id}
Adres zamieszkania: {p1.addr}
Telefon: {p1.mobile}
E-mail: {p1.email}
Pojazd: [[Skoda Fabia|Toyota Auris|Opel Astra|Kia Ceed]]
Podpis: ________   Data: {d1}
Wypełnia urząd: pokwitowanie {invoice}, sprawdził(a) {p3.init}""",
    ),
    (
        "mixed_lang",
        """Hi team, update z Krakowa: klientka {p1.full} dzwoniła rano – she wants the contract moved to her new address: {p1.addr}. Można dzwonić na {p1.mobile}, but email is better ({p1.email}).
{p2.first} z księgowości mówi, że zwrot ma iść na IBAN {p1.iban}. Thanks, {p3.first}""",
    ),
    (
        "bank_dispute",
        """Reklamacja transakcji kartowej – złożona {d2}
Posiadacz karty: {p1.full}
Numer karty: {p1.card}
Data transakcji: {d1}
Sprzedawca: {co}
Kwota: {amount}
Powód: towar nie został dostarczony. Trzykrotnie pisałem/pisałam na {co.mail} i dzwoniłem/dzwoniłam na {co.hotline} – bez odpowiedzi. Zamówienie nr {order}.
Kontakt: {p1.phone}
Podpis: {p1.init}""",
    ),
    (
        "security_log",
        """Alert bezpieczeństwa – {d1}
Konto: {p1.email}
Nieudane logowania: {n1} prób z adresu {ip} między {t1} a {t2}.
Udane logowanie z {p1.ip} ({city}), wersja klienta {ver}.
Użytkownik {p1.full} potwierdził(a) telefonicznie ({p1.mobile}), że logowanie z miejscowości {city} było jego/jej.
Analityk: {p2.init}   Zgłoszenie: {ticket}""",
    ),
    (
        "meeting_minutes",
        """Protokół z zebrania wspólnoty mieszkaniowej – {d1}
Obecni: {p1.full} (przewodniczący/a), {p2.full}, {p3.init}, {p4.Flast}
Nieobecni usprawiedliwieni: {p5.full}

1. Przyjęto protokół z poprzedniego zebrania.
2. {p2.full} zgłasza, że winda nadal nie została naprawiona.
3. Nowy członek wspólnoty, {p5.first}, prosi o niewywieszanie danych kontaktowych.
4. Finanse: saldo {amount}. Zmianę rachunku bankowego przeprowadzi {p3.full}.
Następne zebranie: {d3}, {p1.addr}.""",
    ),
    (
        "review_reply",
        """★★☆☆☆ „Dostawa mocno spóźniona" – {p1.init}

Pralka zamówiona {d1}, dostarczona {d3}. Kurier zostawił ją na podjeździe.

Odpowiedź {co}:
Dzień dobry, bardzo przepraszamy. Zgłoszenie przekazaliśmy firmie kurierskiej. Prosimy o kontakt na {co.mail} z numerem zamówienia {order}. {p2.first}, Biuro Obsługi Klienta""",
    ),
    (
        "chat_log",
        """[{t1}] Bot: Witamy na czacie {co}. W czym możemy pomóc?
[{t1}] Klient: status dostarczono a nic nie przyszło
[{t2}] {p1.first} (konsultant): Dzień dobry, tu {p1.first}. Proszę potwierdzić imię, nazwisko i adres dostawy.
[{t2}] Klient: {p2.full}, {p2.addr}
[{t2}] {p1.first} (konsultant): Dziękuję. Kurier zrobił zdjęcie przy furtce. Może u sąsiada?
[{t2}] Klient: nie, pytałem. mój numer {p2.mobile} jakby kurier chciał zadzwonić
[{t2}] {p1.first} (konsultant): Otworzyłem/otworzyłam reklamację ({claim}).""",
    ),
    (
        "newsletter_nopii",
        """{co} – Newsletter

Od {d1} zmieniamy godziny otwarcia: od poniedziałku do soboty 9–18. Infolinia {co.hotline} działa całą dobę, pisemnie: {co.mail}.
Nowość: wersja aplikacji {ver} naprawia problem z logowaniem. Szczegóły na {co.web}.
Salon w [[Gdańsku|Poznaniu|Wrocławiu]] będzie zamknięty z powodu remontu do {d3}.""",
    ),
    (
        "release_notes_nopii",
        """Informacje o wydaniu – build {ver}
Data: {d1}

* Naprawiono: awarię przy eksporcie raportów z ponad 10 000 wierszy.
* Zmieniono: domyślny limit czasu z 30 na 60 sekund.
* Zaktualizowano środowisko uruchomieniowe do {ver2}.
* Znany problem: proxy 10.0.0.1 w starych szablonach trzeba zmienić ręcznie.
Wsparcie: {co.mail} | {co.hotline} | {co.web}
Zgłoszenia: {ticket}, {ticket2}""",
    ),
    (
        "notice_nopii",
        """WAŻNA INFORMACJA

Od {d2} nasza siedziba zmienia lokalizację. Korespondencję dotyczącą faktury {invoice} i kolejnych prosimy kierować na {co.mail}. Posiadacze polisy {policy} nie muszą nic robić.
Infolinia {co.hotline} czynna od poniedziałku do piątku. Ze względów bezpieczeństwa numery kart są maskowane, np. {masked}.""",
    ),
    (
        "forum_post",
        """Re: Jak odzyskać pieniądze od linii lotniczej?

Autor: {p1.handle}, {d2}

Miałam to samo w zeszłym roku. Pismo do działu reklamacji, kopia do ULC i po sześciu tygodniach zwrot całości. Mogę podesłać wzór – piszcie na {p1.email}.
Moją sprawę prowadziła pani {p2.full}, bardzo pomocna.

Edit: dla pytających, mój profil: {p1.url}""",
    ),
    (
        "hr_note",
        """POUFNE – notatka do akt osobowych
Pracownik: {p1.rev}   Nr ewidencyjny {ref}
Przełożony: {p2.full}
Data: {d1}

{p1.first} wrócił(a) do pracy po {n1} dniach zwolnienia lekarskiego. Dział płac potwierdza wypłatę zasiłku na rachunek {p1.ibanc}. Nowa osoba do kontaktu: {p3.full} ({p3.mobile}); nowy adres zamieszkania: {p1.addr}.
PESEL: {p1.id}. Data urodzenia: {p1.dob}.
Kolejna rozmowa: {d3}.""",
    ),
    (
        "gym_cancel",
        """Dzień dobry,

chciałbym/chciałabym wypowiedzieć karnet w klubie [[Mokotów|Kazimierz|Wilda]] z dniem {d2}. Mój numer członkowski to {order}. Przeprowadzam się służbowo – nowy adres: {p1.addr}.

Proszę o zatrzymanie polecenia zapłaty i potwierdzenie rezygnacji na {p1.email}. W ciągu dnia jestem pod numerem {p1.mobile}.

Dziękuję,
{p1.REV}""",
    ),
    (
        "travel_booking",
        """Potwierdzenie rezerwacji {ref}
Główny podróżny: {p1.title} {p1.full}
Data urodzenia (zgodnie z paszportem): {p1.dobl}
Współpodróżny: {p2.full}, ur. {p2.dob}
Wylot: {d2}, {t1}; powrót: {d4}, {t2}
Płatność: karta {masked}, {amount}
Kontakt awaryjny: {p3.full}, {p3.phone}
Zmiany: {co.hotline} lub {co.mail}. Panel klienta: {co.web}""",
    ),
    (
        "obituary",
        """Z głębokim smutkiem zawiadamiamy, że zmarł(a)
ś.p. {p1.mid}
ur. {p1.dobl}, zm. {d1}
Pogrążeni w smutku: {p2.first}, {p3.full} i {p4.full} z rodzinami.
Msza żałobna odbędzie się {d3} o godz. 11 w kościele parafialnym w miejscowości {city}. Kondolencje: {p4.email}.""",
    ),
    (
        "linkedin_msg",
        """{p1.full} wysłał(a) Ci wiadomość · {d2}

Cześć {p2.first}, miło było poznać się na targach w {city}! Zgodnie z obietnicą – mój profil: {p1.url}. Strona firmy: {co.li}.
Moja koleżanka {p3.init} prowadzi zespół danych i chętnie porozmawia, jej numer to {p3.mobile}.
Pozdrawiam, {p1.first}""",
    ),
]
