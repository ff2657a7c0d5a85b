"""Polish (pl): header terms, value vocabularies, nationality adjectives, titles and extra names.

Header terms are written as a Polish data engineer names export columns (full words, the usual shortenings
``nr``, ``dt``, ``mies``, ``ur``); they are folded before matching, so diacritics are optional
(``plec``/``płeć``). Value terms are as Polish forms, registers and surveys (GUS, NSP 2021) write them.
Occupations are completed with Faker's ``pl_PL`` job list. The modules that use these data (``_lexicon_langs``,
``_lexicon``, ``_vocab``, ``_places``, ``_names``) merge them in with a line each.
"""

from __future__ import annotations

from functools import cache

from privet.entities import Entity
from privet.scan._normalize import fold

__all__ = [
    "COMPANY_SUFFIXES",
    "COMPANY_WORDS",
    "CONTEXT_WORDS",
    "DEMONYMS",
    "FIRST_NAMES",
    "GENERIC",
    "HEADER_TERMS",
    "TITLES",
    "VOCAB_TERMS",
    "female_surnames",
    "inflected_first_names",
    "inflected_surnames",
    "occupations",
    "surnames",
]

E = Entity


def _words(text: str) -> list[str]:
    return text.split()


HEADER_TERMS: dict[Entity, str] = {
    E.PERSON_NAME: "imie|imiona|nazwisko|nazwiska|imie i nazwisko|nazwisko i imie|imie nazwisko|pelne imie|"
    "drugie imie|nazwisko rodowe|nazwisko panienskie|nazwisko matki|imie ojca|imie matki|nazwisko klienta|"
    "imie klienta|dane klienta|osoba kontaktowa|nazwisko pacjenta|imie pracownika|nazwisko pracownika|"
    "posiadacz rachunku|beneficjent|malzonek|nazwisko i imiona|imie drugie|drugie imiona|dluznik|ubezpieczony|"
    "ubezpieczona|opiekun prawny|posiadacz karty|wlasciciel rachunku|malzonka|imie i nazwisko pacjenta|"
    "imie i nazwisko klienta|doradca|opiekun klienta|lekarz|lekarz prowadzacy|wlasciciel karty",
    E.EMAIL: "email|e mail|adres email|adres e mail|poczta elektroniczna|adres poczty|mail|adres mailowy|"
    "e mail kontaktowy|adres poczty elektronicznej|email prywatny|email sluzbowy",
    E.PHONE: "telefon|nr telefonu|numer telefonu|tel|tel kom|telefon komorkowy|komorka|kom|nr tel|telefon stacjonarny|"
    "telefon kontaktowy|nr kom|numer komorkowy|faks|nr faksu|tel kontaktowy|tel komorkowy|numero telefonu komorkowego|"
    "telefon kom|numero komorki|telefon domowy|telefon sluzbowy|tel sluzbowy|tel domowy|numero tel kom",
    E.NATIONAL_ID: "pesel|nr pesel|numer pesel|nip|numer nip|nr nip|dowod osobisty|nr dowodu|numer dowodu|"
    "nr dowodu osobistego|numer dowodu osobistego|seria i numer dowodu|seria dowodu|dowod|"
    "numer identyfikacji podatkowej|identyfikator podatkowy|numer ewidencyjny|nr ewidencyjny|dokument tozsamosci|"
    "nr dokumentu|numer dokumentu|seria i numer dokumentu|legitymacja|numero dow os|seria dowodu osobistego|"
    "numero dowodu os|numero i seria dowodu|pesel klienta|pesel pacjenta|numer identyfikacyjny|karta pobytu|"
    "zezwolenie na pobyt",
    E.CREDIT_CARD: "karta kredytowa|nr karty|numer karty|karta platnicza|karta debetowa|numer karty kredytowej|"
    "numero karty kredytowej|numero karty platniczej",
    E.IBAN: "iban|numer iban|nr iban|iban rachunku|rachunek iban",
    E.BANK_ACCOUNT: "nr rachunku|numer rachunku|rachunek|rachunek bankowy|konto bankowe|nr konta|numer konta|nrb|"
    "numer rachunku bankowego|rachunek do zwrotu|konto|rachunek nr|numero rach|numero konta bankowego|"
    "numer konta bankowego|rachunek odbiorcy|rachunek nadawcy",
    E.IP_ADDRESS: "adres ip|ip|nr ip|ip klienta|ip logowania",
    E.MAC_ADDRESS: "adres mac|mac|adres fizyczny|mac karty sieciowej|adres sprzetowy",
    E.STREET_ADDRESS: "adres|adres zamieszkania|adres zameldowania|adres korespondencyjny|adres do korespondencji|"
    "ulica|ul|nr domu|numer domu|nr mieszkania|numer mieszkania|nr lokalu|adres zam|miejsce zamieszkania|"
    "adres dostawy|ulica i numer|adres pocztowy|numero budynku|numer budynku|numero lok|adres korespondencji|"
    "ulica nr domu|skrytka pocztowa",
    E.GEO_COORDINATE: "wspolrzedne|szerokosc geograficzna|dlugosc geograficzna|szerokosc|dlugosc|lokalizacja|"
    "polozenie|wspolrzedne gps|gps|wspolrzedne geograficzne|szer geogr|dl geogr",
    E.URL: "strona internetowa|strona www|adres strony|www|link|adres url|profil www|link do profilu|profil linkedin|"
    "adres profilu|strona domowa",
    E.USERNAME: "login|nazwa uzytkownika|uzytkownik|nick|pseudonim|identyfikator uzytkownika|konto uzytkownika|"
    "nazwa konta|login uzytkownika|id uzytkownika",
    E.PASSPORT: "paszport|nr paszportu|numer paszportu|seria paszportu|seria i numer paszportu|paszport nr",
    E.DRIVER_LICENSE: "prawo jazdy|nr prawa jazdy|numer prawa jazdy|nr prawa jazd|numer blankietu prawa jazdy|"
    "prawo jazdy nr",
    E.LICENSE_PLATE: "numer rejestracyjny|nr rejestracyjny|nr rej|rejestracja|tablica rejestracyjna|"
    "numer rejestracyjny pojazdu|tablice rejestracyjne|nr rejestracyjny pojazdu|numero rej pojazdu|numer rej",
    E.DEVICE_ID: "identyfikator urzadzenia|id urzadzenia|urzadzenie|numer seryjny|nr seryjny|numer imei|imei|"
    "numer karty sim|numero karty sim|id reklamowe",
    E.MEDICAL_RECORD_NUMBER: "nr historii choroby|numer historii choroby|historia choroby|nr karty pacjenta|"
    "numer karty pacjenta|id pacjenta|nr pacjenta|numer pacjenta|dokumentacja medyczna|nr ubezpieczenia|"
    "numer ubezpieczenia|numero hist choroby|numer ksiegi glownej|numero ksiegi glownej",
    E.FREE_TEXT_WITH_PII: "uwagi|notatki|notatka|komentarz|komentarze|opis|wiadomosc|tresc|tresc wiadomosci|"
    "uzasadnienie|opinia|obserwacje|adnotacje|zgloszenie|uwagi dodatkowe|informacje dodatkowe|notatka wewnetrzna",
    E.DATE_OF_BIRTH: "data urodzenia|data ur|dt ur|dt urodzenia|urodzony|urodzona|urodziny|rok urodzenia|rok ur|"
    "dataurodzenia|data urodz|data i miejsce urodzenia|rok urodz",
    E.AGE: "wiek|wiek klienta|wiek w latach|liczba lat|grupa wiekowa|przedzial wiekowy|kategoria wiekowa",
    E.GENDER: "plec|kod plci|tytul|zwrot grzecznosciowy|forma grzecznosciowa|plec k m",
    E.POSTAL_CODE: "kod pocztowy|kod poczt|kod pocz|pocztowy|kod pocztowy zamieszkania",
    E.CITY: "miasto|miejscowosc|miejsce urodzenia|miejscowosc urodzenia|gmina|powiat|wojewodztwo|miasto zamieszkania|"
    "miejscowosc zamieszkania|wies|miejsce ur|miejsce urodz|miejscowosc zam|miasto urodzenia|dzielnica|poczta",
    E.COUNTRY: "kraj|panstwo|kraj zamieszkania|kraj urodzenia|kod kraju|kraj ur|kraj urodz|kraj pochodzenia",
    E.NATIONALITY: "obywatelstwo|narodowosc|przynaleznosc panstwowa|obywatelstwa|obyw|kraj obywatelstwa",
    E.OCCUPATION: "zawod|stanowisko|wykonywany zawod|zajecie|profesja|zatrudnienie|funkcja|forma zatrudnienia|"
    "zawod wykonywany|stanowisko pracy|nazwa stanowiska|grupa zawodowa",
    E.MARITAL_STATUS: "stan cywilny|stan rodzinny|status cywilny|stan cyw|stan malzenski",
    E.EDUCATION: "wyksztalcenie|poziom wyksztalcenia|wyksztalcenie najwyzsze|szkola|tytul naukowy|stopien naukowy|"
    "wyksz|wyksztalc|tytul zawodowy|poziom wyksztalc|kierunek studiow",
    E.ETHNICITY: "pochodzenie etniczne|grupa etniczna|przynaleznosc etniczna|etnicznosc|rasa|pochodzenie|"
    "mniejszosc narodowa|pochodzenie rasowe",
    E.RELIGION: "wyznanie|religia|przynaleznosc religijna|wiara|kosciol|wyznanie religijne|przynaleznosc wyznaniowa",
    E.HEALTH: "szczepionka|szczepienie|dzialanie niepozadane|skutki uboczne|wymaga pomocy|specjalne potrzeby|"
    "diagnoza|rozpoznanie|choroba|choroby|schorzenie|schorzenia|choroby przewlekle|leki|lek|"
    "przyjmowane leki|leczenie|stan zdrowia|niepelnosprawnosc|alergie|alergia|grupa krwi|palacz|kod icd|"
    "stopien niepelnosprawnosci|ciaza|szczepienie|status szczepienia|zaszczepiony|kod icd 10|rozpoznanie glowne|"
    "dawkowanie|zwolnienie lekarskie|dni zwolnienia lekarskiego|orzeczenie o niepelnosprawnosci|cisnienie krwi|"
    "palenie tytoniu|dni chorobowe|absencja chorobowa|zwolnienie chorobowe|uczulenia|uczulenie",
    E.SEXUAL_ORIENTATION: "orientacja seksualna|orientacja|seksualnosc|preferencje seksualne|tozsamosc seksualna",
    E.POLITICAL_OPINION: "partia|partia polityczna|przynaleznosc partyjna|poglady polityczne|sympatie polityczne|"
    "preferencje wyborcze|glosowal na|preferencje partyjne|glos w wyborach|na kogo glosowal",
    E.TRADE_UNION: "zwiazek zawodowy|zwiazki zawodowe|czlonek zwiazku|przynaleznosc do zwiazku|"
    "czlonkostwo w zwiazku zawodowym|zwiazkowiec|skladka zwiazkowa|skladka na zwiazek zawodowy|przynaleznosc zwiazkowa",
    E.FINANCIAL: "wynagr|wynagr brutto|wynagr netto|dochod|dochody|dochod mies|dochod miesieczny|dochod roczny|"
    "wynagrodzenie|pensja|zarobki|pensja brutto|wynagrodzenie netto|wynagrodzenie brutto|saldo|zadluzenie|kredyt|"
    "zdolnosc kredytowa|ocena kredytowa|scoring|oszczednosci|majatek|dlug|rata kredytu|limit kredytowy|przychod|"
    "pensja netto|zarobki brutto|wynagrodzenie zasadnicze|placa zasadnicza|stawka godzinowa|dochod netto|"
    "dochod brutto|dochod gospodarstwa domowego|scoring bik|ocena bik|raport bik|zajecie komornicze",
}

#: Header words that make a column about things, places, organisations, money or event times.
CONTEXT_WORDS: dict[str, str] = {
    **dict.fromkeys(
        _words(
            "produkt towar artykul zamowienie zamowienia faktura transakcja przesylka paczka dokument plik wersja "
            "partia zlecenie licznik pokoj kupon kampania"
        ),
        "thing",
    ),
    **dict.fromkeys(
        _words(
            "magazyn sklep oddzial filia biuro placowka siedziba zaklad szpital przychodnia apteka lotnisko dworzec"
        ),
        "place",
    ),
    **dict.fromkeys(
        _words(
            "firma firmy przedsiebiorstwo spolka dostawca pracodawca pracodawcy kontrahent producent bank "
            "ubezpieczyciel regon krs"
        ),
        "organisation",
    ),
    **dict.fromkeys(_words("cena kwota koszt wartosc netto brutto podatek vat rabat oplata suma"), "money"),
    **dict.fromkeys(
        _words(
            "utworzono zmieniono zaktualizowano wyslano dostarczono zakupu zamowienia rejestracji rezerwacji wizyty "
            "zatrudnienia"
        ),
        "event_time",
    ),
}

VOCAB_TERMS: dict[Entity, str] = {
    E.GENDER: "k|kobieta|mezczyzna|kobiety|mezczyzni|zenska|meska|zenski|meski|zenska plec|inna|inne|"
    "niebinarna|niebinarny|nieznana|pan|pani|nie podano",
    E.MARITAL_STATUS: "kawaler|panna|zonaty|zamezna|mezatka|rozwiedziony|rozwiedziona|wdowiec|wdowa|"
    "w separacji|separacja|wolny|wolna|stanu wolnego|zwiazek partnerski|konkubinat|w zwiazku|zonaty zamezna|"
    "kawaler panna|rozwiedziony a|wdowiec wdowa|owdowialy|owdowiala|samotny|samotna|rozwodnik|rozwodka|"
    "w zwiazku malzenskim|zwiazek malzenski|malzenstwo|stan wolny|zonaty zamezna|panna kawaler",
    E.EDUCATION: "podstawowe|gimnazjalne|zasadnicze zawodowe|zawodowe|branzowe|srednie|srednie ogolnoksztalcace|"
    "srednie zawodowe|policealne|wyzsze|wyzsze licencjackie|wyzsze magisterskie|licencjat|licencjackie|inzynier|"
    "inzynierskie|magister|magisterskie|doktor|doktorat|doktor habilitowany|profesor|brak|bez wyksztalcenia|"
    "niepelne podstawowe|szkola podstawowa|gimnazjum|liceum|technikum|studia|studia wyzsze|matura|mgr|inz|"
    "lic|dr|dr hab|srednie techniczne|wyzsze techniczne|podstawowe niepelne|policealne zawodowe",
    E.RELIGION: "katolik|katoliczka|katolicyzm|rzymskokatolicki|rzymskokatolickie|rzymskokatolickie|"
    "kosciol rzymskokatolicki|prawoslawny|prawoslawna|prawoslawie|protestant|protestantka|ewangelik|"
    "ewangeliczka|ewangelicko augsburski|luteranin|swiadek jehowy|swiadkowie jehowy|muzulmanin|muzulmanka|"
    "islam|zyd|zydowka|judaizm|buddysta|buddystka|buddyzm|hinduizm|ateista|ateistka|agnostyk|agnostyczka|"
    "bezwyznaniowy|bezwyznaniowa|niewierzacy|niewierzaca|wierzacy|wierzaca|grekokatolik|grekokatolicki|"
    "zielonoswiatkowiec|baptysta|adwentysta|mariawita|chrzescijanin|chrzescijanka|brak wyznania|"
    "odmowa odpowiedzi|inne wyznanie|nie dotyczy|prawoslawne|ewangelickie|ewangelicka|protestanckie|grekokatolickie|"
    "muzulmanskie|zydowskie|buddyjskie|katolickie|katolicka|chrzescijanskie|kosciol prawoslawny|kosciol ewangelicki",
    # nationality adjectives ("polska", "ukraińska") are NATIONALITY (see DEMONYMS): only minorities and groups here
    E.ETHNICITY: "slazak|slazaczka|slaska|kaszub|kaszubka|kaszubska|rom|romka|romska|lemko|lemkowska|lemek|zyd|"
    "zydowka|zydowska|tatar|tatarka|tatarska|ormianin|ormianka|ormianska|karaim|karaimska|bialy|biala|czarny|"
    "czarna|azjata|azjatka|mieszane|pochodzenie mieszane|mniejszosc niemiecka|mniejszosc ukrainska",
    E.POLITICAL_OPINION: "pis|prawo i sprawiedliwosc|po|platforma obywatelska|ko|koalicja obywatelska|"
    "psl|polskie stronnictwo ludowe|trzecia droga|polska 2050|lewica|nowa lewica|sld|razem|partia razem|"
    "konfederacja|konfederacja wolnosc i niepodleglosc|kukiz 15|suwerenna polska|porozumienie|"
    "nowa nadzieja|ruch narodowy|korona|zieloni|partia zielonych|bezpartyjni samorzadowcy|"
    "bezpartyjny|bezpartyjna|niezdecydowany|nie glosowal|nie glosowala|centrum|prawica|lewica",
    E.TRADE_UNION: "solidarnosc|nszz solidarnosc|nszz|opzz|forum zwiazkow zawodowych|fzz|znp|"
    "zwiazek nauczycielstwa polskiego|sierpien 80|wzz sierpien 80|ozzl|ozzpip|opz inicjatywa pracownicza|"
    "inicjatywa pracownicza|kadra|czlonek|czlonkini|nie jest czlonkiem|nie nalezy|nalezy|"
    "zwiazkowiec|niezrzeszony|niezrzeszona|zrzeszony|zrzeszona",
    E.HEALTH: "cukrzyca|cukrzyca typu 1|cukrzyca typu 2|nadcisnienie|nadcisnienie tetnicze|astma|pochp|depresja|"
    "zaburzenia lekowe|nerwica|choroba afektywna dwubiegunowa|schizofrenia|adhd|autyzm|demencja|otepienie|"
    "choroba alzheimera|choroba parkinsona|padaczka|epilepsja|migrena|nowotwor|rak|rak piersi|rak pluca|"
    "rak prostaty|bialaczka|chloniak|czerniak|hiv|aids|zoltaczka|wzw b|wzw c|gruzlica|covid 19|grypa|"
    "zapalenie pluc|zapalenie oskrzeli|otylosc|nadwaga|zapalenie stawow|reumatoidalne zapalenie stawow|"
    "osteoporoza|choroba wiencowa|niewydolnosc serca|migotanie przedsionkow|udar|udar mozgu|zawal serca|"
    "zawal|przewlekla choroba nerek|niewydolnosc nerek|stwardnienie rozsiane|choroba lesniowskiego crohna|"
    "luszczyca|egzema|alergia|katar sienny|anemia|niedokrwistosc|niedoczynnosc tarczycy|"
    "nadczynnosc tarczycy|hashimoto|bezsennosc|bol plecow|zlamanie|alkoholizm|uzaleznienie|ciaza|"
    "w ciazy|niepelnosprawnosc|niepelnosprawny|niepelnosprawna|palacz|palaczka|niepalacy|niepalaca|"
    "byly palacz|zdrowy|zdrowa|brak chorob|brak|polopiryna|apap|ibuprom|nurofen|metformina|insulina|"
    "acard|euthyrox|letrox|bisocard|concor|polprazol|controloc|atorwastatyna|rosuwastatyna|ramipryl|"
    "amlodypina|sertralina|kwetiapina|xanax|relanium|paracetamol|amoksycylina|augmentin|pyralgina|"
    "ketonal|tramal|stopien lekki|stopien umiarkowany|stopien znaczny",
    E.SEXUAL_ORIENTATION: "heteroseksualny|heteroseksualna|homoseksualny|homoseksualna|gej|lesbijka|"
    "biseksualny|biseksualna|aseksualny|aseksualna|panseksualny|panseksualna|hetero|homo",
    E.OCCUPATION: "nauczyciel|nauczycielka|pielegniarka|pielegniarz|inzynier|lekarz|lekarka|programista|"
    "programistka|ksiegowy|ksiegowa|kierowca|sprzedawca|sprzedawczyni|kasjer|kasjerka|kucharz|kucharka|"
    "kelner|kelnerka|elektryk|hydraulik|stolarz|mechanik|murarz|rolnik|rolniczka|policjant|policjantka|"
    "strazak|zolnierz|student|studentka|uczen|uczennica|emeryt|emerytka|rencista|rencistka|bezrobotny|"
    "bezrobotna|gospodyni domowa|przedsiebiorca|wlasciciel firmy|samozatrudniony|samozatrudniona|"
    "dziennikarz|dziennikarka|prawnik|adwokat|radca prawny|notariusz|architekt|farmaceuta|dentysta|"
    "stomatolog|fryzjer|fryzjerka|piekarz|rzeznik|krawiec|krawcowa|spawacz|technik|urzednik|urzedniczka|"
    "sekretarka|recepcjonistka|magazynier|magazynierka|kierownik|kierowniczka|dyrektor|dyrektorka|"
    "specjalista|specjalistka|konsultant|konsultantka|analityk|analityczka|handlowiec|przedstawiciel handlowy|"
    "opiekunka|opiekun|sprzataczka|ochroniarz|pracownik fizyczny|pracownik biurowy|robotnik|"
    "kierowca zawodowy|ratownik medyczny|polozna|fizjoterapeuta|psycholog|weterynarz|pilot|"
    "informatyk|grafik|tlumacz|tlumaczka|ekonomista|doradca|bankowiec|menedzer|manager",
}

#: Terms too generic to make a column of a category by themselves (none, other, yes/no, prepositions).
GENERIC = (
    "brak|inne|inna|nie dotyczy|nie podano|tak|nie|nalezy|czlonek|centrum|prawica|lewica|po|ko|razem|korona|"
    "kadra|porozumienie|dr|lic|inz|mgr|wolny|wolna|rak|zdrowy|zdrowa|grypa|pan|pani|k"
)

#: Polish nationality adjectives and nouns (masculine, feminine, and the form "obywatelstwo polskie" takes).
DEMONYMS = (
    "polskie|polska|polski|polak|polka|niemieckie|niemiecka|niemiecki|niemiec|niemka|ukrainskie|ukrainska|"
    "ukrainski|ukrainiec|ukrainka|bialoruskie|bialoruska|bialoruski|bialorusin|bialorusinka|litewskie|"
    "litewska|litewski|czeskie|czeska|czeski|slowackie|slowacka|slowacki|rosyjskie|rosyjska|rosyjski|"
    "rosjanin|rosjanka|francuskie|francuska|francuski|francuz|francuzka|brytyjskie|brytyjska|brytyjski|"
    "angielskie|angielska|angielski|amerykanskie|amerykanska|amerykanski|wloskie|wloska|wloski|wloch|"
    "wloszka|hiszpanskie|hiszpanska|hiszpanski|portugalskie|portugalska|portugalski|holenderskie|"
    "holenderska|holenderski|belgijskie|belgijska|belgijski|austriackie|austriacka|austriacki|"
    "szwajcarskie|szwajcarska|szwajcarski|szwedzkie|szwedzka|szwedzki|dunskie|dunska|dunski|norweskie|"
    "norweska|norweski|finskie|finska|finski|wegierskie|wegierska|wegierski|rumunskie|rumunska|rumunski|"
    "bulgarskie|bulgarska|bulgarski|greckie|grecka|grecki|tureckie|turecka|turecki|gruzinskie|gruzinska|"
    "gruzinski|ormianskie|ormianska|ormianski|wietnamskie|wietnamska|wietnamski|chinskie|chinska|chinski|"
    "indyjskie|indyjska|indyjski|japonskie|japonska|japonski|koreanskie|koreanska|koreanski|"
    "irlandzkie|irlandzka|irlandzki|kanadyjskie|kanadyjska|kanadyjski|mołdawskie|moldawskie|moldawska|"
    "moldawski|kazachskie|kazachska|kazachski|lotewskie|lotewska|lotewski|estonskie|estonska|estonski|"
    "chorwackie|chorwacka|chorwacki|serbskie|serbska|serbski|slowenskie|slowenska|slowenski|"
    "brazylijskie|brazylijska|brazylijski|meksykanskie|meksykanska|meksykanski|filipinskie|filipinska|"
    "filipinski|nepalskie|nepalska|nepalski|bangladeskie|banglijskie|uzbeckie|uzbecka|uzbecki|"
    "bezpanstwowiec|bezpanstwowy|podwojne|podwojne obywatelstwo"
)

#: Polish legal forms (commercial companies code, KSH) as written after a company name.
COMPANY_SUFFIXES = (
    "sp. z o.o.",
    "Sp. z o.o.",
    "spółka z o.o.",
    "Spółka z o.o.",
    "sp. z o. o.",
    "Spółka z ograniczoną odpowiedzialnością",
    "S.A.",
    "Spółka Akcyjna",
    "sp.j.",
    "Sp.j.",
    "sp. j.",
    "Spółka Jawna",
    "sp.k.",
    "Sp.k.",
    "sp. k.",
    "Spółka Komandytowa",
    "S.K.A.",
    "sp.p.",
    "Spółka Partnerska",
    "s.c.",
    "Spółka Cywilna",
    "P.S.A.",
)

#: Words that name an organisation ("Spółdzielnia Mleczarska", "Fundacja Dzieciom").
COMPANY_WORDS = frozenset(
    _words(
        "spółka spolka spółdzielnia spoldzielnia przedsiębiorstwo przedsiebiorstwo fundacja stowarzyszenie "
        "zakład zaklad hurtownia grupa holding"
    )
)

#: Courtesy and academic titles as Polish writes them before a name.
TITLES = "pan pani panie pana panu panią pania panem panna państwo panstwo dr prof mgr inż inz lek med hab ks"

#: The most frequent Polish given names (PESEL register statistics); Faker's pl_PL lists are short.
FIRST_NAMES = (
    "anna maria katarzyna malgorzata agnieszka barbara krystyna ewa elzbieta zofia teresa magdalena joanna "
    "janina monika danuta jadwiga aleksandra halina irena beata marta dorota helena karolina jolanta iwona "
    "marianna natalia grazyna justyna stanislawa bozena urszula renata alicja paulina agata julia wiktoria "
    "zuzanna hanna maja lena oliwia amelia pola emilia gabriela weronika martyna patrycja izabela sylwia "
    "edyta wanda kamila marzena wieslawa genowefa jozefa kazimiera lucyna mariola ilona aneta honorata "
    "piotr krzysztof andrzej tomasz jan pawel michal marcin stanislaw jakub adam marek lukasz grzegorz "
    "mateusz wojciech mariusz dariusz zbigniew jerzy maciej rafal robert kamil jozef janusz dawid "
    "ryszard tadeusz mirosław miroslaw jacek kazimierz sebastian slawomir arkadiusz przemyslaw henryk "
    "damian roman wladyslaw bartosz zdzislaw leszek szymon antoni filip kacper igor franciszek "
    "wiktor aleksander mikolaj oskar hubert bogdan waldemar wieslaw czeslaw edward zygmunt lech "
    "bogumil boguslaw radoslaw jaroslaw artur krystian norbert patryk karol konrad witold"
)


@cache
def occupations() -> frozenset[str]:
    """Faker's pl_PL job titles, folded; read at first use (importing Faker costs the CLI's start-up time)."""
    try:
        from faker.providers.job.pl_PL import Provider
    except ImportError:  # pragma: no cover - faker is a declared dependency
        return frozenset()
    return frozenset(fold(str(job)) for job in getattr(Provider, "jobs", ()))


#: Masculine surname endings and their feminine forms ("Kowalski" -> "Kowalska", "Nowicki" -> "Nowicka").
_FEMININE_ENDINGS = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("ny", "na"))


def female_surnames(surnames: list[str]) -> list[str]:
    """The feminine forms of the adjectival surnames among ``surnames`` (others have one form for both)."""
    out = []
    for name in surnames:
        for male, female in _FEMININE_ENDINGS:
            if name.endswith(male):
                out.append(name[: -len(male)] + female)
                break
    return out


#: Case endings of adjectival surnames after their stem ("Kowal-sk-"): genitive, dative, instrumental,
#: locative of both genders ("Kowalskiego", "Kowalskiemu", "Kowalskim", "Kowalską", "Kowalskiej").
_ADJECTIVE_CASES = {"ski": ("skiego", "skiemu", "skim", "ską", "skiej"), "cki": ("ckiego", "ckiemu", "ckim", "cką",
                    "ckiej"), "dzki": ("dzkiego", "dzkiemu", "dzkim", "dzką", "dzkiej")}  # fmt: skip


def inflected_surnames(surnames: list[str]) -> list[str]:
    """The case forms of the adjectival surnames among ``surnames`` ("z panią Kowalską", "Pana Nowickiego")."""
    out: list[str] = []
    for name in surnames:
        for male, forms in _ADJECTIVE_CASES.items():
            if name.endswith(male):
                out.extend(name[: -len(male)] + form for form in forms)
                break
    return out


def inflected_first_names(names: list[str]) -> list[str]:
    """Case forms of given names: feminine -a names ("Anny", "Annę", "Anną"), masculine names ending in a
    consonant ("Jana", "Janowi", "Janem"); the vocative and locative, which change the stem, are left out."""
    out = []
    for name in names:
        if name.endswith("a"):
            stem = name[:-1]
            out += [stem + "ę", stem + "ą", stem + ("i" if stem[-1] in "gklj" else "y")]
        elif name[-1] not in "aeiouyąę":
            out += [name + "a", name + "owi", name + "em"]
    return out


@cache
def surnames() -> tuple[str, ...]:
    """Faker's pl_PL surnames (its lists of masculine and both-gender forms), their feminine and case forms."""
    try:
        from faker.providers.person.pl_PL import Provider
    except ImportError:  # pragma: no cover - faker is a declared dependency
        return ()
    names = [str(n) for attr in ("male_last_names", "unisex_last_names") for n in getattr(Provider, attr, ())]
    return tuple(names + female_surnames(names) + inflected_surnames(names))


# --- free text ------------------------------------------------------------------------------------------------

#: Frequent Polish function words, for the language guess (``_language``).
STOPWORDS = (
    "i w z na się sie nie jest to że ze jak ale po co tak za od czy już juz tylko jestem mam pan pani proszę "
    "prosze dziękuję dziekuje dzień dzien dobry witam pozdrawiam szanowny szanowna szanowni bardzo mój moj moja "
    "moje mnie mi jego jej ich nasz nasza wasz który ktory która ktora które ktore przez dla przy oraz lub bo "
    "gdy jeśli jesli może moze można mozna będzie bedzie był byl była byla było bylo są sa został zostal "
    "została zostala ze ul numer zamówienie zamowienie wczoraj dzisiaj proszę mój nie mogę moge"
)
#: Words that open a letter or a message before a name ("Szanowny Panie", "Dzień dobry", "Witam").
GREETINGS = "szanowny szanowna szanowni szanowne witam witaj dzień dzien drogi droga kochany kochana cześć czesc hej"
#: Phrases right before a name ("nazywam się", "pacjentka:").
INTRO_PHRASES = (
    "nazywam się|nazywam sie|mam na imię|mam na imie|jestem|nazywa się|nazywa sie|pacjent|pacjentka|pacjenta|"
    "pacjentki|klient|klientka|klienta|klientki|rozmawiałem z|rozmawiałam z|rozmawialem z|rozmawialam z|"
    "osoba kontaktowa|imię i nazwisko|imie i nazwisko|nazwisko|imię|imie|podpisano|zgłaszający|zgłaszająca|"
    "wnioskodawca|wnioskodawczyni|właściciel|właścicielka|kontakt"
)
#: Closings before a signature ("Z poważaniem,", "Pozdrawiam").
CLOSING_PHRASES = (
    "z poważaniem|z powazaniem|pozdrawiam|serdecznie pozdrawiam|pozdrawiam serdecznie|z wyrazami szacunku|"
    "łączę pozdrowienia|lacze pozdrowienia|pozdrowienia|dziękuję|dziekuje|z góry dziękuję|z gory dziekuje"
)
#: Titles written in lower case before a name ("rozmawiałem z panią Nowak").
LOWER_TITLES = "pan pani panie pana panu panią pania panem doktor doktora mecenas"
#: Phrases before a name written in lower case ("jestem ania").
LOWER_INTRO_PHRASES = "nazywam się|nazywam sie|mam na imię|mam na imie|jestem|tu"
#: Greetings that may open a line in lower case ("cześć ania").
LOWER_GREETINGS = "cześć czesc witam hej siema"
#: Capitalized Polish words that are also names in the gazetteer ("Dane" is "data", "Maja" the month in "3 Maja").
COMMON_WORDS = "dane maja róża roza wiosna lato zima jesień jesien"
#: Capitalized words never part of a name in Polish text.
NOT_NAME = (
    "ulica ulicy aleja alei osiedle osiedlu plac placu pozdrawiam poważaniem powazaniem klient klientka pacjent "
    "pacjentka imię imie nazwisko szanowny szanowna urodzony urodzona urodzenia numer telefon pesel nip dowód "
    "dowod zamówienie zamowienie faktura"
)
