"""Swedish (sv) and Danish (da) for tables: header terms, value vocabularies and nationality adjectives.

Header terms are written as Swedish and Danish exports name columns (folded before matching: ``kön``/``kon``,
``fødselsdato``/``fodselsdato``). Value terms are as national forms and registers (SCB, Danmarks Statistik)
write them. ``_lexicon_langs``, ``_vocab`` and ``_places`` merge these in with a line each.
"""

from __future__ import annotations

from privet.entities import Entity

__all__ = ["DEMONYMS", "HEADER_TERMS", "VOCAB_TERMS"]

E = Entity

HEADER_TERMS: dict[str, dict[Entity, str]] = {
    "sv": {
        E.PERSON_NAME: "namn|fornamn|efternamn|fullstandigt namn|tilltalsnamn|mellannamn|kundnamn|patientnamn|"
        "kontaktperson|for och efternamn",
        E.EMAIL: "e post|epost|e postadress|epostadress|mejl|mejladress|mailadress",
        E.PHONE: "telefon|telefonnummer|tel nr|mobil|mobilnummer|mobiltelefon|hemtelefon|arbetstelefon|fax",
        E.NATIONAL_ID: "personnummer|personnr|pnr|samordningsnummer|identitetsnummer|id nummer|legitimation|"
        "id kort|organisationsnummer",
        E.CREDIT_CARD: "kreditkort|kortnummer|kreditkortsnummer|betalkort|bankkort",
        E.IBAN: "iban|iban nummer",
        E.BANK_ACCOUNT: "bankkonto|kontonummer|clearingnummer|bankgiro|plusgiro|konto",
        E.IP_ADDRESS: "ip adress|ip",
        E.MAC_ADDRESS: "mac adress|mac",
        E.STREET_ADDRESS: "adress|gatuadress|bostadsadress|postadress|hemadress|gata|utdelningsadress|"
        "folkbokforingsadress",
        E.GEO_COORDINATE: "latitud|longitud|koordinater",
        E.URL: "webbplats|hemsida|webbadress|lank|url",
        E.USERNAME: "anvandarnamn|anvandare|inloggning|anvandar id",
        E.PASSPORT: "passnummer|pass nr|passnr",
        E.DRIVER_LICENSE: "korkort|korkortsnummer",
        E.LICENSE_PLATE: "registreringsnummer|regnr|reg nr|registreringsskylt|bilnummer",
        E.DEVICE_ID: "enhets id|enhet|serienummer",
        E.MEDICAL_RECORD_NUMBER: "journalnummer|patientnummer|patient id|journal",
        E.FREE_TEXT_WITH_PII: "anteckningar|anteckning|kommentar|kommentarer|beskrivning|meddelande|fritext|notering",
        E.DATE_OF_BIRTH: "fodelsedatum|fodelsedag|fodd|fodelsear|fodelsedat",
        E.AGE: "alder",
        E.GENDER: "kon|genus",
        E.POSTAL_CODE: "postnummer|postnr",
        E.CITY: "ort|stad|postort|kommun|fodelseort|hemort",
        E.COUNTRY: "land|hemland|bosattningsland|fodelseland",
        E.NATIONALITY: "medborgarskap|nationalitet",
        E.OCCUPATION: "yrke|befattning|titel|sysselsattning|tjanst|arbete",
        E.MARITAL_STATUS: "civilstand",
        E.EDUCATION: "utbildning|utbildningsniva|hogsta utbildning|examen",
        E.ETHNICITY: "etnicitet|etniskt ursprung|harkomst|ursprung",
        E.RELIGION: "religion|trosuppfattning|samfund|tro",
        E.HEALTH: "diagnos|sjukdom|sjukdomar|lakemedel|medicin|medicinering|behandling|allergi|allergier|"
        "halsotillstand|funktionsnedsattning|blodgrupp|rokare",
        E.SEXUAL_ORIENTATION: "sexuell laggning|laggning",
        E.POLITICAL_OPINION: "parti|politiskt parti|partitillhorighet|politisk asikt|rostade pa",
        E.TRADE_UNION: "fackforbund|fackforening|fackmedlem|facklig tillhorighet|fack",
        E.FINANCIAL: "manadslon|arslon|inkomst|arsinkomst|bruttolon|nettolon|skuld|skulder|kreditbetyg|"
        "kreditupplysning|saldo|formogenhet|lan belopp",
    },
    "da": {
        E.PERSON_NAME: "navn|fornavn|efternavn|fulde navn|fuldt navn|mellemnavn|kundenavn|patientnavn|kontaktperson|"
        "for og efternavn",
        E.EMAIL: "e mail|email|e mailadresse|mailadresse|emailadresse",
        E.PHONE: "telefon|telefonnummer|tlf|tlf nr|mobil|mobilnummer|mobiltelefon|fastnet|fax",
        E.NATIONAL_ID: "cpr|cpr nummer|cpr nr|personnummer|cprnr|personnr|id nummer|legitimation|sygesikringsbevis",
        E.CREDIT_CARD: "kreditkort|kortnummer|kreditkortnummer|betalingskort|dankort",
        E.IBAN: "iban|iban nummer",
        E.BANK_ACCOUNT: "bankkonto|kontonummer|kontonr|registreringsnummer bank|reg nr og kontonr|nemkonto",
        E.IP_ADDRESS: "ip adresse|ip",
        E.MAC_ADDRESS: "mac adresse|mac",
        E.STREET_ADDRESS: "adresse|gadeadresse|bopael|bopaelsadresse|postadresse|vej|gade|hjemmeadresse",
        E.GEO_COORDINATE: "breddegrad|laengdegrad|koordinater|placering",
        E.URL: "hjemmeside|webside|webadresse|link|url",
        E.USERNAME: "brugernavn|bruger|login|bruger id",
        E.PASSPORT: "pasnummer|pas nr|pasnr",
        E.DRIVER_LICENSE: "korekort|korekortnummer|koerekort",
        E.LICENSE_PLATE: "nummerplade|registreringsnummer|reg nr|bilnummer",
        E.DEVICE_ID: "enheds id|enhed|serienummer",
        E.MEDICAL_RECORD_NUMBER: "journalnummer|patientnummer|patient id|journal",
        E.FREE_TEXT_WITH_PII: "noter|note|bemaerkning|bemaerkninger|kommentar|kommentarer|beskrivelse|besked|fritekst",
        E.DATE_OF_BIRTH: "fodselsdato|fodselsdag|fodt|fodselsar|f dato",
        E.AGE: "alder",
        E.GENDER: "kon|kon m k",
        E.POSTAL_CODE: "postnummer|postnr",
        E.CITY: "bynavn|kommune|postdistrikt|fodeby|bopaelskommune|region",
        E.COUNTRY: "land|hjemland|bopaelsland|fodeland",
        E.NATIONALITY: "statsborgerskab|nationalitet|indfodsret",
        E.OCCUPATION: "erhverv|stilling|job|jobtitel|beskaeftigelse|profession",
        E.MARITAL_STATUS: "civilstand|aegteskabelig status",
        E.EDUCATION: "uddannelse|uddannelsesniveau|hojeste uddannelse|eksamen",
        E.ETHNICITY: "etnicitet|etnisk oprindelse|herkomst|oprindelse",
        E.RELIGION: "religion|trosretning|trossamfund|tro",
        E.HEALTH: "diagnose|sygdom|sygdomme|medicin|medicinering|laegemiddel|behandling|allergi|allergier|"
        "helbred|handicap|blodtype|ryger",
        E.SEXUAL_ORIENTATION: "seksuel orientering|orientering",
        E.POLITICAL_OPINION: "parti|politisk parti|partitilhorsforhold|politisk holdning|stemte pa",
        E.TRADE_UNION: "fagforening|fagforbund|fagforeningsmedlem|medlem af fagforening",
        E.FINANCIAL: "manedslon|arslon|indkomst|arsindkomst|bruttolon|nettolon|gaeld|kreditvurdering|saldo|formue",
    },
}

VOCAB_TERMS: dict[Entity, str] = {
    E.GENDER: "man|kvinna|kvinnor|man|kvinde|kvinder|mand|maend|pojke|flicka|dreng|pige|annat|andet|ickebinar|"
    "ikke binaer",
    E.MARITAL_STATUS: "ogift|gift|skild|anka|ankling|sambo|registrerad partner|separerad|skilt|enke|enkemand|"
    "ugift|samlevende|registreret partnerskab|separeret|gift eller registreret partner",
    E.EDUCATION: "grundskola|forgymnasial|gymnasial|gymnasieskola|eftergymnasial|yrkesutbildning|hogskola|"
    "universitet|kandidatexamen|masterexamen|magisterexamen|doktorsexamen|forskarutbildning|kandidat|"
    "grundskole|folkeskole|gymnasium|erhvervsuddannelse|kort videregaende|mellemlang videregaende|"
    "lang videregaende|bachelor|ph d|studentereksamen|hf|htx|hhx|stx|eux|kandidatuddannelse|"
    "ingen uddannelse|ingen utbildning",
    E.RELIGION: "kristen|kristendom|luthersk|lutheran|svenska kyrkan|folkekirken|den danske folkekirke|katolik|"
    "katolsk|ortodox|ortodoks|muslim|muslimsk|islam|judisk|jodisk|jude|jode|buddhist|buddhistisk|hindu|ateist|"
    "agnostiker|agnostisk|ingen religion|ingen tro|konfessionslos|pingstkyrkan|frikirke|medlem af folkekirken",
    E.ETHNICITY: "utomeuropeisk|ikke vestlig|vestlig|samisk|svensk bakgrund|utlandsk bakgrund|"
    "dansk oprindelse|indvandrer|efterkommer|indvandrare|inrikes fodd|utrikes fodd",
    E.POLITICAL_OPINION: "socialdemokraterna|moderaterna|sverigedemokraterna|centerpartiet|vansterpartiet|"
    "kristdemokraterna|liberalerna|miljopartiet|socialdemokratiet|venstre|danmarksdemokraterne|"
    "socialistisk folkeparti|sf|liberal alliance|det konservative folkeparti|konservative|enhedslisten|"
    "radikale venstre|det radikale venstre|moderaterne|dansk folkeparti|alternativet|nye borgerlige|"
    "borgernes parti|sd|kd|rv|df",
    E.TRADE_UNION: "tco|saco|if metall|unionen|lararforbundet|vardforbundet|handelsanstalldas forbund|"
    "seko|byggnads|akademikerna|3f|foa|dansk metal|djof|bupl|dlf|krifa|det faglige hus|hk danmark|"
    "ej medlem|ikke medlem|fackligt ansluten",
    E.HEALTH: "diabetes|typ 2 diabetes|type 2 diabetes|hogt blodtryck|forhojet blodtryk|astma|kol|depression|"
    "angest|angst|demens|epilepsi|migran|migraene|cancer|kraeft|brostcancer|brystkraeft|hjartsvikt|"
    "hjertesvigt|hjartinfarkt|blodprop i hjertet|stroke|slagtilfaelde|fetma|overvikt|overvaegt|artros|"
    "slidgigt|reumatism|leddegigt|allergi|hosnuva|hoefeber|rokare|ryger|icke rokare|ikke ryger|frisk|rask|"
    "alvedon|ipren|panodil|ibumetin|pinex|treo|magnecyl|kodimagnyl|citodon|sertralin|furix|waran|"
    "metformin|insulin|levaxin|eltroxin|omeprazol|simvastatin|atorvastatin",
    E.SEXUAL_ORIENTATION: "heterosexuell|homosexuell|bisexuell|heteroseksuel|homoseksuel|biseksuel|lesbisk|"
    "bog|asexuell|aseksuel|pansexuell|panseksuel",
    E.OCCUPATION: "larare|sjukskoterska|ingenjor|lakare|tandlakare|apotekare|advokat|jurist|revisor|ekonom|"
    "saljare|chauffor|kock|servitor|servitris|elektriker|rormokare|snickare|mekaniker|lantbrukare|polis|"
    "brandman|student|pensionar|arbetslos|egenforetagare|utvecklare|programmerare|undersköterska|"
    "underskoterska|frisor|bagare|laerer|sygeplejerske|ingenior|laege|tandlaege|farmaceut|advokat|revisor|"
    "okonom|saelger|chauffor|kok|tjener|elektriker|vvs montor|tomrer|mekaniker|landmand|politibetjent|"
    "brandmand|studerende|pensionist|arbejdslos|selvstaendig|udvikler|programmor|sosu assistent|frisor|bager|"
    "paedagog|forskolelarare|projektledare|projektleder|konsult|konsulent|chef|leder|kontorist|sekretaer",
}

#: Swedish and Danish nationality adjectives ("svensk medborgare", "dansk statsborger").
DEMONYMS = (
    "svensk|svenska|dansk|danska|danske|norsk|norska|norske|finsk|finska|finske|islandsk|isländsk|tysk|tyska|"
    "tyske|fransk|franska|franske|brittisk|brittiska|britisk|britiske|engelsk|amerikansk|amerikanska|"
    "amerikanske|polsk|polska|polske|italiensk|italienska|italienske|spansk|spanska|spanske|portugisisk|"
    "portugisiska|nederlandsk|nederländsk|hollandsk|belgisk|schweizisk|osterriksk|ostrigsk|turkisk|tyrkisk|"
    "irakisk|iransk|syrisk|somalisk|afghansk|eritreansk|ukrainsk|ukrainska|rysk|russisk|kinesisk|indisk|"
    "pakistansk|thailandsk|vietnamesisk|estnisk|estisk|lettisk|litauisk|rumänsk|rumaensk|rumansk|bulgarisk|"
    "grekisk|graesk|ungersk|ungarsk|tjeckisk|tjekkisk|serbisk|kroatisk|bosnisk|gronlandsk|faeroisk|faroisk|"
    "statslos|statsløs"
)
