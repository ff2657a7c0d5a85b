"""Header lexicon: what a column header says, in en, de, fr, es, it, nl and pt.

Headers are split on snake/kebab/camel case and folded (``_normalize``). A term matches as a run of whole
tokens, or, when it is at least six letters long, inside a compound token (``Geburtsdatum``,
``emailadresse``). The longest matching term wins. The header is only a prior: the combiner never lets it
decide against the values.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from privet.entities import Entity
from privet.scan._lang_pl import CONTEXT_WORDS as _PL_CONTEXT
from privet.scan._lexicon_langs import TERMS_BY_LANGUAGE
from privet.scan._normalize import fold, header_tokens, words

__all__ = ["HeaderHint", "read_header"]

E = Entity

_LEXICON: dict[tuple[Entity, str | None], str] = {
    (E.PERSON_NAME, None): (
        "antragsteller|antragstellerin|applicant|solicitante|richiedente|aanvrager|requerente|wnioskodawca|"
        "name|full name|fullname|first name|firstname|fname|first|given name|givenname|forename|last name|lastname|"
        "lname|surname|family name|familyname|middle name|maiden name|customer name|client name|patient name|"
        "employee name|contact name|contact person|holder name|cardholder|account holder|display name|nm|"
        "nachname|vorname|vollstandiger name|familienname|geburtsname|rufname|kundenname|ansprechpartner|"
        "nom|prenom|nom de famille|nom complet|nom du client|nombre|apellido|apellidos|primer apellido|"
        "segundo apellido|nombre completo|nome|cognome|nome completo|nominativo|naam|voornaam|achternaam|"
        "familienaam|volledige naam|tussenvoegsel|sobrenome|apelido|nome proprio|relative|next of kin|"
        "emergency contact|spouse|mother|father|beneficiary|owner name|recipient|signatory|author name"
    ),
    (E.EMAIL, None): (
        "email|e mail|mail|email address|emailaddress|eml|e mail adresse|emailadresse|mailadresse|courriel|"
        "adresse email|adresse mail|correo|correo electronico|posta elettronica|indirizzo email|emailadres|"
        "mailadres|correio eletronico|endereco de email|email pessoal|direccion de correo|direccion email|"
        "indirizzo email|adresse electronique|endereco eletronico|correo e|mail address|email adres"
    ),
    (E.PHONE, None): (
        "phone|phone number|phonenumber|telephone|tel|tel no|telno|mobile|mobile phone|cell|cellphone|"
        "cell phone|handy|handynummer|telefon|telefonnummer|rufnummer|mobilnummer|festnetz|fax|telephone|"
        "portable|numero de telephone|telefono|movil|celular|numero de telefono|cellulare|numero di telefono|"
        "telefoonnummer|mobiel|mobiele nummer|gsm|telemovel|telefone|contact number|phone no|msisdn|whatsapp"
    ),
    (E.NATIONAL_ID, None): (
        "nro doc|num doc|numero doc|nro documento|numero de documento|num documento|nro identificacion|"
        "numero identificacion|documento identidad|"
        "national id|nationalid|national identifier|id number|id card|identity card|identity number|"
        "personal id|personal number|citizen id|tax id|taxid|tin|tax number|steuer id|steuerid|"
        "steueridentifikationsnummer|steuer identifikationsnummer|identifikationsnummer|personalausweis|"
        "ausweisnummer|personalausweisnummer|numero fiscal|numero d identite|carte d identite|cni|"
        "documento|documento de identidad|numero de identificacion|identificacion|carta d identita|"
        "documento d identita|identiteitsbewijs|identiteitskaart|burgerservicenummer|sofinummer|"
        "documento de identificacao|identidade|cartao de cidadao|rg|registro geral|cpf|nif|nie|dni|"
        "nir|ssn|social security|social security number|sozialversicherungsnummer|svnr|sv nummer|"
        "rentenversicherungsnummer|versicherungsnummer|securite sociale|numero de securite sociale|insee|"
        "seguridad social|numero de la seguridad social|nss|codice fiscale|codicefiscale|cf|"
        "tessera sanitaria|bsn|nino|national insurance|national insurance number|ni number|nhs|nhs number|"
        "numero de contribuinte|nuss|seguranca social|niss|aadhaar|pesel|cuil|cuit|curp|nric|sin"
    ),
    (E.CREDIT_CARD, None): (
        "credit card|creditcard|card number|cardnumber|card no|cc|ccnum|cc number|pan|kreditkarte|"
        "kreditkartennummer|kartennummer|carte bancaire|carte de credit|numero de carte|tarjeta|"
        "tarjeta de credito|numero de tarjeta|carta di credito|numero carta|creditcardnummer|kaartnummer|"
        "cartao de credito|numero do cartao|payment card|debit card"
    ),
    (E.IBAN, None): "iban|iban number|international bank account|iban nummer|iban code|codigo iban|numero iban",
    (E.BANK_ACCOUNT, None): (
        # codes of a bank (sort code, routing number, BIC, BLZ, SAP's BANKL) name the bank, not the account: context
        "bank account|account number|accountnumber|acct|acct no|account no|bank acct|"
        "kontonummer|bankverbindung|konto|compte bancaire|numero de compte|rib|"
        "cuenta bancaria|numero de cuenta|cuenta|conto corrente|numero di conto|conto|rekeningnummer|"
        "bankrekening|rekening|conta bancaria|numero da conta|conta"
    ),
    (E.IP_ADDRESS, None): (
        "ip|ip address|ipaddress|ip addr|ipv4|ipv6|client ip|remote addr|remote ip|source ip|src ip|"
        "user ip|login ip|last ip|ip adresse|adresse ip|direccion ip|indirizzo ip|ip adres|endereco ip|host ip"
    ),
    (E.MAC_ADDRESS, None): (
        "mac|mac address|macaddress|mac addr|hardware address|hw addr|bssid|wifi mac|mac adresse|"
        "adresse mac|direccion mac|indirizzo mac|mac adres|endereco mac"
    ),
    (E.STREET_ADDRESS, None): (
        "address|street|street address|address line|address1|address 1|addr|addr1|line1|address line 1|"
        "home address|mailing address|postal address|billing address|shipping address|residence|"
        "anschrift|adresse|strasse|hausnummer|wohnadresse|wohnanschrift|postanschrift|rechnungsadresse|"
        "lieferadresse|adresse postale|rue|hausnr|hnr|strasse hausnummer|"
        "domicile|direccion|calle|domicilio|direccion postal|indirizzo|"
        "via|residenza|adres|straat|straatnaam|huisnummer|woonadres|endereco|morada|rua|logradouro"
    ),
    (E.GEO_COORDINATE, None): (
        "lat|latitude|lon|lng|long|longitude|coordinates|coords|geo|geolocation|location|gps|lat lon|latlon|"
        "latlng|lat long|position|breitengrad|langengrad|breite|lange|koordinaten|standort|coordonnees|"
        "latitud|longitud|coordenadas|ubicacion|latitudine|longitudine|coordinate|posizione|breedtegraad|"
        "lengtegraad|coordinaten|locatie|coordenadas|localizacao|home location|dropoff|drop off|pickup location"
    ),
    (E.URL, None): (
        "url|uri|link|website|web site|homepage|home page|profile url|profile|webpage|blog|linkedin|"
        "twitter|facebook|instagram|social|webseite|internetseite|site web|sitio web|pagina web|sito web|"
        "sito|webpagina|pagina"
    ),
    (E.USERNAME, None): (
        # audit fields hold the login of whoever changed the row
        "changed by|created by|modified by|updated by|edited by|gewijzigd door|mutatie door|aangemaakt door|"
        "geandert von|erstellt von|bearbeitet von|modifie par|cree par|modificado por|creado por|modificato da|"
        "creato da|alterado por|criado por|zmienione przez|utworzone przez|user handle|social handle|"
        "username|user name|user|login|login name|screen name|screenname|handle|nickname|nick|alias|account|"
        "account name|userid|user id|uid|benutzername|benutzer|anmeldename|nom d utilisateur|utilisateur|"
        "identifiant|pseudo|nombre de usuario|usuario|nome utente|utente|gebruikersnaam|gebruiker|"
        "nome de usuario|usuario|utilizador|gamertag"
    ),
    (E.PASSPORT, None): (
        "passport|passport number|passport no|passportnumber|passport id|reisepass|reisepassnummer|passnummer|"
        "pass nr|passeport|numero de passeport|pasaporte|numero de pasaporte|passaporto|numero passaporto|"
        "paspoort|paspoortnummer|passaporte|numero do passaporte"
    ),
    (E.DRIVER_LICENSE, None): (
        "driver license|drivers license|driver s license|driving licence|driving license|driver licence|"
        "dl|dl number|licence number|license number|fuhrerschein|fuhrerscheinnummer|permis|permis de conduire|"
        "numero de permis|licencia|licencia de conducir|carnet de conducir|permiso de conducir|patente|"
        "patente di guida|rijbewijs|rijbewijsnummer|carta de conducao|carteira de motorista|cnh|"
        "drv lic|drv license|drv licence|drvlic|dl no|dl num|dl nr|fs nr|fsnr|fuhrerschein nr|prawo jazdy|"
        "nr prawa jazdy|n permis|num permis|no permis|permiso conducir|carnet conducir|patente guida|rijbewijs nr"
    ),
    (E.LICENSE_PLATE, None): (
        "license plate|licence plate|plate|plate number|number plate|registration|vehicle registration|"
        "registration number|reg no|reg number|vrn|tag number|kennzeichen|kfz kennzeichen|nummernschild|"
        "autokennzeichen|plaque|plaque d immatriculation|immatriculation|matricula|placa|targa|"
        "numero di targa|kenteken|nummerbord|kentekenplaat|matricula do veiculo|placa do carro"
    ),
    (E.DEVICE_ID, None): (
        "app inst id|app instance|"
        "device|device id|deviceid|device identifier|udid|idfa|idfv|gaid|aaid|advertising id|ad id|adid|"
        "android id|androidid|imei|imsi|meid|serial number|hardware id|install id|installation id|"
        "client id|cookie id|cookie|visitor id|tracking id|push token|fcm token|gerate id|gerat|"
        "identifiant appareil|appareil|id dispositivo|dispositivo|apparaat id|apparaat|id do dispositivo"
    ),
    (E.MEDICAL_RECORD_NUMBER, None): (
        "kartei|karteinr|karteinummer|patientenkartei|"
        "mrn|medical record|medical record number|patient id|patientid|patient number|chart number|"
        "health record|ehr id|emr id|case number|patientennummer|fallnummer|krankenakte|"
        "dossier medical|numero de dossier|numero patient|historia clinica|numero de historia|"
        "cartella clinica|numero paziente|patientnummer|dossiernummer|prontuario|numero do processo clinico|"
        "numero de utente|versichertennummer|krankenversichertennummer|insurance number|member id"
    ),
    (E.FREE_TEXT_WITH_PII, None): (
        "notes|note|comment|comments|remarks|remark|description|message|text|body|content|feedback|"
        "review|free text|freetext|details|summary|bemerkung|bemerkungen|kommentar|notiz|notizen|"
        "nachricht|beschreibung|anmerkung|commentaire|commentaires|remarque|observations|observation|"
        "comentario|comentarios|observaciones|notas|nota|mensaje|descripcion|commento|commenti|note|"
        "osservazioni|messaggio|descrizione|opmerking|opmerkingen|notitie|bericht|omschrijving|"
        "observacoes|mensagem|descricao|anotacoes|clinical notes|case notes|ticket|transcript|chat"
    ),
    (E.DATE_OF_BIRTH, None): (
        "dob|date of birth|dateofbirth|birth date|birthdate|birthday|born|birth|birth year|year of birth|"
        "yob|birthyear|bday|geburtsdatum|geburtstag|geboren|geburtsjahr|geb datum|gebdat|"
        "date de naissance|naissance|annee de naissance|date naissance|fecha de nacimiento|nacimiento|"
        "ano de nacimiento|fecha nacimiento|data di nascita|nascita|anno di nascita|data nascita|"
        "geboortedatum|geboren op|geboortejaar|data de nascimento|nascimento|ano de nascimento|dt nasc|"
        "fecha nac|fecha de nac|f nac|f nacimiento|data nasc|data di nasc|dt nascimento|nascido em|nato il|"
        "jahrgang|geb dat|gebdatum|ddn|date naiss|dt naiss|gebjaar|geb datum"
    ),
    (E.AGE, None): (
        "age|age years|age in years|alter|lebensalter|age du client|edad|eta|leeftijd|idade|anos|jahre|ans"
    ),
    (E.GENDER, None): (
        "gender|sex|gender identity|geschlecht|anrede|sexe|genre|civilite|sexo|genero|sesso|genere|"
        "geslacht|gender code|salutation|title"
    ),
    (E.POSTAL_CODE, None): (
        "zip|zipcode|zip code|postcode|post code|postal code|postalcode|postal|plz|postleitzahl|code postal|"
        "cp|codigo postal|cod postal|cap|codice postale|c a p|postcode|pc|cep|codigo de enderecamento postal|"
        "post nr|postnummer|zip4"
    ),
    (E.CITY, None): (
        "city|town|home town|hometown|place of birth|birthplace|birth place|city of birth|municipality|"
        "residence city|stadt|ort|wohnort|geburtsort|gemeinde|ville|commune|lieu de naissance|"
        "ville de residence|ciudad|localidad|municipio|lugar de nacimiento|poblacion|citta|comune|"
        "luogo di nascita|localita|stad|plaats|woonplaats|geboorteplaats|gemeente|cidade|localidade|"
        "naturalidade|concelho|village|locality|county|region|state|province|bundesland|departement|"
        "provincia|regione|provincie|estado|distrito"
    ),
    (E.COUNTRY, None): (
        "country|country of residence|country code|land|wohnsitzland|pays|pays de residence|pais|"
        "pais de residencia|paese|nazione|stato|land van verblijf|pais de residencia|country of birth|"
        "geburtsland|pays de naissance|pais de nacimiento|paese di nascita|geboorteland|pais de nascimento"
    ),
    (E.NATIONALITY, None): (
        "nationality|citizenship|citizen of|staatsangehorigkeit|staatsburgerschaft|nationalitat|"
        "nationalite|citoyennete|nacionalidad|ciudadania|nazionalita|cittadinanza|nationaliteit|"
        "staatsburgerschap|nacionalidade|cidadania"
    ),
    (E.OCCUPATION, None): (
        "occupation|job|job title|jobtitle|profession|position|role|employment|work|title of position|"
        "beruf|berufsbezeichnung|tatigkeit|stelle|position|metier|profession|emploi|poste|fonction|"
        "ocupacion|profesion|empleo|puesto|cargo|occupazione|professione|lavoro|mansione|impiego|beroep|"
        "functie|baan|ocupacao|profissao|emprego|funcao|workclass"
    ),
    (E.MARITAL_STATUS, None): (
        "famst|fam st|fam stand|"
        "marital|marital status|maritalstatus|civil status|relationship status|married|familienstand|"
        "zivilstand|situation familiale|etat civil|situation matrimoniale|estado civil|stato civile|"
        "burgerlijke staat|burgerlijke stand|relationship"
    ),
    (E.EDUCATION, None): (
        "education|education level|educational attainment|degree|highest degree|qualification|schooling|"
        "edu|bildung|bildungsabschluss|schulabschluss|abschluss|ausbildung|education num|niveau d etudes|"
        "diplome|formation|niveau de formation|educacion|nivel educativo|estudios|titulacion|formacion|"
        "istruzione|titolo di studio|livello di istruzione|opleiding|opleidingsniveau|diploma|"
        "escolaridade|educacao|nivel de escolaridade|habilitacoes|grau de instrucao|formacao"
    ),
    (E.ETHNICITY, None): (
        "ethnicity|ethnic|ethnic group|ethnic origin|race|racial|ancestry|heritage|ethnie|ethnische herkunft|"
        "herkunft|abstammung|origine ethnique|ethnicite|etnia|origen etnico|raza|etnico|origine etnica|"
        "razza|etniciteit|afkomst|herkomst|etnia|raca|cor|raca cor|origem etnica"
    ),
    (E.RELIGION, None): (
        "religion|religious|faith|religious affiliation|denomination|belief|confession|konfession|"
        "religionszugehorigkeit|glaube|bekenntnis|croyance|confession religieuse|religion|creencia|fe|"
        "confesion|religione|fede|confessione|religie|geloof|geloofsovertuiging|kerkgenootschap|religiao|"
        "crenca|culto"
    ),
    (E.HEALTH, None): (
        # causes of death and genetic results are health data (GDPR art. 9 counts genetic data beside health)
        "cause of death|death cause|todesursache|cause deces|cause du deces|causa muerte|causa de muerte|"
        "causa morte|causa di morte|causa del decesso|doodsoorzaak|causa obito|causa da morte|przyczyna zgonu|"
        "genotype|genotyp|genotipo|genotypage|genetic variant|genetic test|genetic result|variant result|"
        "variant classification|esito variante|variante patogenetica|test genetico|esito genetico|"
        "mutation|mutationen|mutazione|mutacion|mutacao|gentest|test genetique|resultat genetique|"
        # fitness for work after a medical check, and a visitor's or passenger's accessibility needs
        "aptitud|aptitud laboral|aptitude medicale|aptitude au travail|idoneita|idoneita lavorativa|tauglichkeit|"
        "arbeitsfahigkeit|fit for work|fitness for work|geschiktheid|aptidao|aptidao medica|zdolnosc do pracy|"
        "ng ml|mg dl|mmol l|umol l|amh|hba1c|ldl|hdl|tsh|crp|"
        "med alert|medical alert|alerta medica|alerte medicale|gpk|gehandicaptenparkeerkaart|disabled parking|"
        "blue badge|schwerbehindertenausweis|orzeczenie|stopien niepelnosprawnosci|niepelnosprawnosc|"
        "fumo|abitudine al fumo|tabagismo|tabaquismo|tabac|rauchen|roken|palenie|diag|diagn|pta od|pta og|audiogram|"
        "audiogramme|audiometrie|hearing loss|perte auditive|esfera|dioptria|dioptrias|dioptrie|od esf|oe esf|"
        "notfallinfo|notfall info|emergency medical info|medical info|infos medicales|info medica|"
        "orzeczenie o niepelnosprawnosci|"
        "pmr|besoins pmr|mobilite reduite|accessibility needs|access needs|special assistance|besoins specifiques|"
        "necesidades especiales|bisogni speciali|necessidades especiais|"
        "diagnosis|diagnoses|diagnosis code|icd|icd10|icd 10|icd code|condition|conditions|medical condition|"
        "disease|illness|health|health status|medication|medications|medicine|drug|prescription|treatment|"
        "allergy|allergies|bmi|smoker|smoking|smoking status|disability|disabled|blood type|blood group|"
        "symptoms|comorbidity|hiv status|pregnancy|mental health|diagnose|krankheit|erkrankung|medikament|"
        "medikamente|medikation|behandlung|vorerkrankung|raucher|behinderung|blutgruppe|gesundheit|"
        "diagnostic|maladie|pathologie|medicament|traitement|fumeur|handicap|groupe sanguin|sante|"
        "diagnostico|enfermedad|medicamento|medicacion|tratamiento|fumador|discapacidad|salud|"
        "diagnosi|malattia|patologia|farmaco|farmaci|terapia|fumatore|disabilita|salute|diagnose|ziekte|"
        "aandoening|medicatie|medicijn|behandeling|roker|beperking|gezondheid|doenca|medicacao|tratamento|"
        "fumante|deficiencia|saude|patologia|"
        # smoking asked as a verb in surveys ("rookt u?", "raucht", "fuma")
        "smokes|raucht|rauchen sie|fumez vous|fuma|fuma usted|fumi|rookt|roken|rookgedrag|rookstatus|"
        "tabagismo|pali|palacz|palenie|pali papierosy|"
        # dependency levels, heart rates and the help a disability calls for
        "niveau gir|gir level|groupe gir|groupe iso ressources|resting heart rate|resting hr|ruhepuls|fc reposo|"
        "frecuencia cardiaca|"
        "frequence cardiaque|frequenza cardiaca|frequencia cardiaca|hartslag|rusthartslag|tetno|"
        "asistencia especial|assistance speciale|assistenza speciale|assistencia especial|speciale assistentie|"
        "besondere unterstutzung|specjalna pomoc|special assistance"
    ),
    (E.SEXUAL_ORIENTATION, None): (
        "sexual orientation|orientation|sexuality|sexual preference|sexuelle orientierung|orientierung|"
        "orientation sexuelle|orientacion sexual|orientamento sessuale|seksuele orientatie|geaardheid|"
        "orientacao sexual|lgbt"
    ),
    (E.POLITICAL_OPINION, None): (
        "political party|party|party affiliation|political affiliation|political opinion|political views|"
        "politics|vote|voted for|voting intention|partei|parteizugehorigkeit|politische einstellung|wahl|"
        "parti|parti politique|opinion politique|vote|partido|partido politico|afiliacion politica|voto|"
        "partito|partito politico|orientamento politico|partij|politieke partij|politieke voorkeur|stem|"
        "partido politico|filiacao partidaria|orientacao politica"
    ),
    (E.TRADE_UNION, None): (
        "union|trade union|labor union|labour union|union member|union membership|unionized|"
        "gewerkschaft|gewerkschaftsmitglied|gewerkschaftszugehorigkeit|syndicat|syndique|"
        "appartenance syndicale|sindicato|afiliacion sindical|sindacato|iscrizione sindacale|vakbond|"
        "vakbondslid|lidmaatschap vakbond|sindicato|filiacao sindical|sindicalizado|sindacalizzato|"
        "syndique|gewerkschaftlich organisiert|afiliado sindicato"
    ),
    (E.FINANCIAL, None): (
        "zve|zv e|zu versteuerndes einkommen|taxable income|revenu imposable|base imponible|reddito imponibile|"
        "belastbaar inkomen|rendimento coletavel|dochod do opodatkowania|stawka godzinowa|stawka godz|hourly rate|"
        "hourly wage|stundenlohn|stundensatz|taux horaire|salario hora|paga oraria|uurloon|valor hora|"
        "arrears|amount overdue|overdue amount|zaleglosci|kwota zaleglosci|zahlungsruckstand|montant impaye|"
        "impayes|importe deuda|deuda pendiente|morosidad|betalingsachterstand|valor em atraso|importo insoluto|"
        "salary|income|annual income|yearly income|monthly income|wage|wages|pay|payroll|compensation|"
        "earnings|net worth|wealth|credit score|creditscore|credit rating|credit limit|credit line|debt|"
        "loan|mortgage|balance|account balance|savings|income band|salary band|pay grade|bonus|"
        "capital gain|capital loss|fico|schufa|gehalt|einkommen|jahreseinkommen|lohn|bruttolohn|"
        "nettoeinkommen|vermogen|kreditwurdigkeit|kreditrahmen|schulden|kontostand|salaire|revenu|"
        "revenus|remuneration|revenu annuel|patrimoine|dette|solde|salario|sueldo|ingresos|renta|"
        "ingreso anual|patrimonio|deuda|saldo|stipendio|reddito|retribuzione|salario|debito|saldo|"
        "salaris|inkomen|loon|jaarinkomen|vermogen|schuld|renda|rendimento|ordenado|divida|score de credito"
    ),
}


def _words(text: str) -> list[str]:
    return text.split()


#: Header words that say a column is about animals (pets, a vet's patients). Italian "cane" and Polish "pies" (dog)
#: are left out: a walking cane, English pies; they only make a column about things.
ANIMAL_WORDS = frozenset(
    _words(
        "animal animals animale animali animales animaux animais tiere haustier haustiere pet pets hund hunde "
        "hundename dog dogs chien chiens perro perros hond honden cao caes psa kot koty katze kater gatto gato "
        "gatos mascota mascotas huisdier huisdieren zwierze zwierzecia"
    )
)

#: German compounds that start with an animal ("Tiername", "Tierart", "Hunderasse", "Katzenname").
ANIMAL_STEMS = ("tier", "hunde", "katzen", "pferde", "haustier")
#: Header words that name a person beside an animal: its owner or keeper ("Halter_Nachname", "owner_dob").
OWNER_WORDS = frozenset(
    _words(
        "owner owners keeper halter tierhalter hundehalter besitzer eigentumer proprietaire proprietario propietario "
        "dueno duena eigenaar baasje dono dona tutor wlasciciel opiekun"
    )
)


#: Endings of German and Dutch compounds that name a person beside an animal ("Pferdebesitzer", "Tierpfleger").
OWNER_ENDINGS = (
    "besitzer",
    "halter",
    "pfleger",
    "fuhrer",
    "fuehrer",
    "sitter",
    "walker",
    "trainer",
    "eigenaar",
    "baasje",
)


def is_owner_word(token: str) -> bool:
    """A header token that names an animal's owner or keeper ("owner", "Halter", "Pferdebesitzer", "Tierpfleger")."""
    return token in OWNER_WORDS or token.endswith(OWNER_ENDINGS)


def is_animal_word(token: str) -> bool:
    """A header token that names an animal ("dog", "Haustier", "Tiername"; "tier" alone is also a level)."""
    return token in ANIMAL_WORDS or (len(token) >= 7 and token.startswith(ANIMAL_STEMS) and not is_owner_word(token))


#: Words that make a column about things, places or events rather than people.
_CONTEXT: dict[str, str] = {
    **dict.fromkeys(ANIMAL_WORDS, "thing"),
    **dict.fromkeys(
        _words(
            "product item sku article artikel produit producto prodotto produto order orders bestellung commande "
            "pedido ordine bestelling encomenda invoice rechnung facture factura fattura factuur fatura "
            "transaction txn trx request req session event job batch shipment parcel package paket ticket "
            "tracking trace span build release version ver firmware app sdk api commit revision hash checksum sha "
            "sha1 sha256 md5 digest etag file document doc asset catalog catalogue inventory stock lot serial "
            "articulo articolo artigo auftrag lieferung livraison entrega consegna levering sendung envio spedizione "
            "zending remessa colis paquete pacco pakket pacote lote lotto versao versione versie datei fichier "
            "dostawa dostawy "
            "movement movimento movimiento mouvement buchung mutatie server serveur servidor serwer hostname "
            "impreza imprezy delict delikt delito delitto misdrijf offence offense infraction infrazione "
            "cane pies ioc malware phishing threat indicator aktenz aktenzeichen unidad unidade "
            "fleet flotte flota flotta vloot frota fuhrpark status statut privacidad privacy confidentialite "
            "datenschutz privacidade prywatnosci "
            "wykroczenie przestepstwo "
            "archivo ficheiro arquivo bestand "
            "meter zaehler zahlerstand zaehlerstand compteur contador contatore meterstand flight flug vuelo volo "
            "vlucht voo room zimmer chambre habitacion kamer quarto coupon voucher gutschein campaign kampagne "
            "campagne campana campagna campanha model modell modele modelo modello reference referenz referentie "
            "container pallet palette count contract contrat contrato contratto vertrag referencia riferimento "
            "celda funkzelle antena antenna "
        ),
        "thing",
    ),
    **dict.fromkeys(
        _words(
            "warehouse lager lagerhaus entrepot almacen magazzino magazijn armazem depot store shop branch "
            "filiale succursale sucursal office buero bureau oficina ufficio kantoor escritorio plant "
            "factory hub facility fabrik usine fabrica fabbrica fabriek outlet venue hotel restaurant station "
            "airport headquarters hq campus school hospital clinic pharmacy dealer deposito bodega verteilzentrum "
            "distributiecentrum filial vestiging negozio tienda loja winkel magasin geschaft boutique sede agenzia "
            "stabilimento fabriksstandort niederlassung centre center zentrum centro centrum gabinet destination "
            "destino destinazione bestemming reiseziel "
            "klinik clinique clinica ospedale krankenhaus hopital ziekenhuis praxis apotheke pharmacie farmacia "
            "apotheek flughafen aeroport aeropuerto aeroporto luchthaven bahnhof gare estacion stazione estacao "
            "university "
            "universitat universite universidad universita universiteit universidade "
            "courthouse court tribunal gericht amtsgericht landgericht tribunale rechtbank sad balcao "
            "kazerne caserne feuerwache wache cuartel caserma quartel remiza etab etablissement pdv dock docks "
            "comercio commerce commercant comerciante negozio esercente winkel "
            "site sites practice praxis praktijk consultorio ambulatorio ispettorato inspectorate instituicao "
            "institution institucion istituto instelling instytucja "
            "einrichtung filiaal vest crematorium krematorium crematorio crematoire cimetiere friedhof cementerio "
            "cimitero begraafplaats cemiterio cmentarz kita kindergarten creche guarderia bibliotheek library "
            "biblioteca bibliotheque bibliothek bucherei "
        ),
        "place",
    ),
    **dict.fromkeys(
        _words(
            "company firm firma unternehmen entreprise societe empresa azienda societa bedrijf vendor supplier "
            "lieferant fournisseur proveedor fornitore leverancier fornecedor merchant brand marke marque marca "
            "merk organisation organization org employer arbeitgeber employeur empleador datore werkgever "
            "sortcode routing bsb bic swift bankl bankleitzahl blz cnpj siren siret nipc kvk regon finess "
            "contractor subcontractor prestataire appaltatore aannemer empreiteiro empreiteira wykonawca wykonawcy "
            "manufacturer hersteller fabricant fabricante produttore fabrikant carrier bank insurer sociedad sociedade "
            "ditta impresa onderneming betrieb konzern transportista spediteur transporteur vervoerder "
            "department dept abteilung afdeling reparto club klub clube verein vereniging "
            "versicherung versicherer assureur aseguradora assicurazione verzekeraar seguradora krankenkasse mutuelle "
            "airline fluggesellschaft aerolinea distributor distributeur distribuidor distributore agency agentur "
            "agence agencia ragione razon razao "
        ),
        "organisation",
    ),
    **dict.fromkeys(
        _words(
            "price prices preis prix precio prezzo prijs preco cost kosten cout coste costo custo total totaal "
            "amount betrag montant importe importo bedrag montante valor fee gebuhr frais tarifa tariffa tax "
            "steuer mwst vat iva discount rabatt remise descuento sconto korting desconto revenue umsatz chiffre "
            "ventas fatturato omzet receita subtotal shipping versand valore waarde wert valeur "
            "impuesto imposto imposta impot belasting frete flete fracht tarif tarief budget margin marge margen ust "
            "margine "
        ),
        "money",
    ),
    **dict.fromkeys(
        _words(
            "created updated modified timestamp ts time datetime logged sent received shipped delivered "
            "purchase purchased paid booking booked checkin checkout arrival departure hire hired start end "
            "expiry expires expiration valid issued issue due visit admission discharge signup registered "
            "registration login last seen erstellt geandert zeitstempel horodatage cree modifie "
            "creado modificado creato modificato aangemaakt gewijzigd criado alterado dienst indiensttreding "
            "eintritt eintrittsdatum embauche assunzione contratacion admissao zatrudnienia taufe taufdatum bapteme "
            "bautismo battesimo doop batismo chrzest chrztu baptism "
            "reservation reservierung reserva prenotazione reservering appointment termin afspraak appuntamento cita "
            "rendezvous agendamento eintritt austritt embauche assunzione contratacion indiensttreding admissao "
            "kundigung kuendigung cancelled canceled storniert annule geannuleerd renewal verlangerung renouvellement "
            "renovacion rinnovo verlenging renovacao activated activation aktivierung opened closed joined terminated "
            "termination "
            # start and end of a contract or a tenancy ("ingangsdatum", "Mietbeginn", "fecha_inicio")
            "ingangsdatum begindatum startdatum aanvangsdatum einddatum vervaldatum ingang aanvang mietbeginn "
            "einzugsdatum vertragsbeginn vertragsende beginn inicio inizio debut início rozpoczecia poczatek "
            "eintr austr adesao adhesion beitritt iscrizione inscripcion inscricao toetreding przystapienia "
        ),
        "event_time",
    ),
    **_PL_CONTEXT,
}

_SHORT = 5  # terms shorter than this must match whole tokens
#: Context words found inside compounds: six letters and more, or five for places, things and organisations
#: ("Lagerort"); five-letter money words are too often the start of other words ("custo" in "customers").
_COMPOUND_CONTEXT = tuple(
    sorted((w for w in _CONTEXT if len(w) >= 6 or (len(w) == 5 and _CONTEXT[w] != "money")), key=len, reverse=True)
)


@lru_cache(maxsize=8192)
def _context_of(token: str) -> str:
    """The context a header token gives, also as the head or tail of a compound ("Lagerort", "Auslieferungslager")."""
    if token in _CONTEXT:
        return _CONTEXT[token]
    if len(token) >= 8:
        for word in _COMPOUND_CONTEXT:
            if len(token) - len(word) >= 3 and (token.startswith(word) or token.endswith(word)):
                return _CONTEXT[word]
    return ""


@dataclass(frozen=True)
class HeaderHint:
    """What the header says: the best lexicon entity (or None), the matched term, and context words."""

    entity: Entity | None
    subtype: str | None
    term: str | None
    context: frozenset[str]
    meaningless: bool
    #: Set from the rest of the table: the header is about an animal ("Diagnose_Tier" in a vet's table).
    about_animal: bool = False
    #: Set from the rest of the table: the header abbreviates a place another column names ("FIL_PLZ" beside
    #: "FILIALE"); it is about that place when its values are few (a branch's postcode, not guests').
    abbreviates_place: bool = False

    def describe(self) -> str | None:
        return f"~ {self.term}" if self.term else None


#: Function words and "number" words a multi-word term still matches without ("n processo clinico").
_FILLER = frozenset(_words("de do da di du del della des of the la le el van het der die das numero nr no n num number "
                           "nummer nro"))  # fmt: skip


#: Words for "number" a header may use in place of another ("Passport No.", "Patientennr", "n° de dossier").
NUMBER_WORDS = frozenset(_words("number nummer numero no nr num nro n"))  # "N° SS", "N. civico"
_WHOLE_TOKENS_ONLY: set[tuple[str, ...]] = set()


def _compile() -> list[tuple[tuple[str, ...], Entity, str | None]]:
    entries = []
    by_language = (((e, None), "|".join(terms.values())) for e, terms in TERMS_BY_LANGUAGE.items())
    sources = [*_LEXICON.items(), *by_language]
    originals = {tuple(fold(term).split()) for _, text in sources for term in text.split("|")}
    for (entity, subtype), text in sources:
        for term in text.split("|"):
            folded = fold(term)
            if not folded:
                continue
            run = tuple(folded.split())
            entries.append((run, entity, subtype))
            if len(run) > 1 and NUMBER_WORDS.intersection(run):  # "hospital number" ~ "hospital no", "epd nr"
                for word in NUMBER_WORDS:
                    variant = tuple(word if t in NUMBER_WORDS else t for t in run)
                    if variant not in originals:  # not inside compounds: "tel nummer" in "bestelnummer"
                        _WHOLE_TOKENS_ONLY.add(variant)
                    entries.append((variant, entity, subtype))
            core = tuple(t for t in run if t not in _FILLER)
            if len(core) > 1 and core != run and len("".join(core)) >= 8:
                entries.append((core, entity, subtype))
    entries.sort(key=lambda e: -len(" ".join(e[0])))
    return list(dict.fromkeys(entries))


_ENTRIES = _compile()
_VOWELS = frozenset("aeiou")


def _skeleton(word: str) -> str:
    """First letter and the consonants after it, doubled letters once: the shape of a vowel-less abbreviation."""
    out = word[0]
    for ch in word[1:]:
        if ch not in _VOWELS and ch != out[-1]:
            out += ch
    return out


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


#: Header words that are neither terms nor context but must not be read as typos of one ("mieter" is no "meter").
_PLAIN_WORDS = frozenset(
    words(
        "mieter mieterin vermieter tenant tenants locataire inquilino inquilina affittuario huurder najemca "
        "inquilinos locatario matricule "
        # English and German words that hold a term's letters but mean something else: a reference is no
        # "referente" (a contact person), revenue no "revenu" (income), a cost centre or an office no "Stelle" (a job)
        "reference references referencia referência referenz revenue revenues kostenstelle kostenstellen "
        "dienststelle geschaftsstelle zweigstelle poststelle haltestelle tankstelle baustelle aptitude aptitudes "
        "caller callers"
    )
)


def _build_spelling() -> tuple[frozenset[str], dict[str, set[str]], dict[str, set[str]]]:
    known = {t for run, _, _ in _ENTRIES for t in run if t.isalpha()} | {w for w in _CONTEXT if w.isalpha()}
    known |= _PLAIN_WORDS
    by_deletion: dict[str, set[str]] = {}
    by_skeleton: dict[str, set[str]] = {}
    for word in known:
        if len(word) >= 5:
            for variant in _deletions(word) | {word}:
                by_deletion.setdefault(variant, set()).add(word)
        if len(word) >= 4:
            by_skeleton.setdefault(_skeleton(word), set()).add(word)
    return frozenset(known), by_deletion, by_skeleton


_KNOWN, _BY_DELETION, _BY_SKELETON = _build_spelling()


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one adjacent transposition, insertion or deletion."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        # a swap of neighbours; no substitutions, which make real words of other words ("ragione" -> "regione")
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) - len(short) == 1 and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=8192)
def _corrected(token: str) -> tuple[str, ...]:
    """The lexicon words a header token with a typo ("Crdeit", "nationailteit") or written without vowels ("tlfn",
    "lttd") may stand for, shortest first; just the token when it is a known word or nothing is close."""
    if token in _KNOWN:
        return (token,)
    if not token.isalpha():  # "adrdess1": spell out the word before a number
        head = token.rstrip("0123456789")
        return _corrected(head) if head != token and head.isalpha() and len(head) >= 4 else (token,)
    close: set[str] = set()
    if len(token) >= 5:
        candidates = {w for v in _deletions(token) | {token} for w in _BY_DELETION.get(v, ())}
        close = {w for w in candidates if _one_edit(token, w)}
    if not close and len(token) >= 4 and not (set(token[1:]) & _VOWELS):
        close = _BY_SKELETON.get(_skeleton(token), set())
    return tuple(sorted(close, key=lambda w: (len(w), w))[:3]) or (token,)


def _spelling_variants(tokens: list[str]) -> list[list[str]]:
    """Header token lists with typos and vowel-less abbreviations spelled out (at most 9), the original excluded."""
    options = [_corrected(t) for t in tokens]
    if all(o == (t,) for o, t in zip(options, tokens, strict=True)):
        return []
    variants: list[list[str]] = [[]]
    for choice in options:
        variants = [[*v, c] for v in variants for c in choice][:9]
    return variants


#: Abbreviations of database column names ("zip_cd", "birth_dt", "acct_nbr") spelled out before matching.
_ABBREVIATIONS = {"cd": "code", "dt": "date", "nbr": "number", "nmbr": "number", "amt": "amount", "yr": "year"}


def _contains_run(tokens: list[str], run: tuple[str, ...]) -> bool:
    n = len(run)
    return any(tuple(tokens[i : i + n]) == run for i in range(len(tokens) - n + 1))


def _matches(tokens: list[str]) -> Iterator[tuple[Entity, str | None, tuple[str, ...]]]:
    """The lexicon terms in ``tokens``, longest first: a run of tokens, the same words in another order, or (six
    letters and more) inside a compound, but not inside a plain word ("revenu" is not in "revenue")."""
    joined = "".join(t for t in tokens if t not in _PLAIN_WORDS)
    present = set(tokens)
    for run, entity, subtype in _ENTRIES:
        if _contains_run(tokens, run) or (1 < len(run) <= 3 and present.issuperset(run)):
            yield entity, subtype, run
            continue
        compact = "".join(run)
        if len(compact) >= 6 and (compact in joined) and run not in _WHOLE_TOKENS_ONLY:
            yield entity, subtype, run


def _match(tokens: list[str]) -> tuple[Entity, str | None, str] | None:
    """The longest lexicon term in ``tokens``; but a person's role or name word gives way to a term of another
    entity beside it, which says what of that person the column holds ("recipient_country", "titular_iban",
    "city_name")."""
    found = _matches(tokens)
    best = next(found, None)
    if best is None:
        return None
    if best[0] is Entity.PERSON_NAME:
        person_words = set(best[2])
        for entity, subtype, run in found:
            compact = "".join(run)
            if (
                entity is not Entity.PERSON_NAME
                and not person_words.intersection(run)
                and not any(compact in word for word in person_words)  # "debito" in "nome del debitore"
            ):
                return entity, subtype, " ".join(run)
    return best[0], best[1], " ".join(best[2])


_SINGLE_TERMS: dict[str, tuple[Entity, str | None]] = {
    run[0]: (entity, subtype) for run, entity, subtype in reversed(_ENTRIES) if len(run) == 1 and len(run[0]) >= 7
}


_NUMBER_ENDINGS = ("nr", "nummer", "number", "numero", "num", "no")


def _stem_match(tokens: list[str]) -> tuple[Entity, str | None, str] | None:
    """Another ending of a one-word term ("syndicale" ~ syndicat, "religiosa" ~ religion): a shared beginning of
    seven letters or more and three quarters of the shorter word; one entity only."""
    found: dict[Entity, tuple[Entity, str | None, str]] = {}
    for token in tokens:
        if len(token) < 7 or not token.isalpha() or token in _PLAIN_WORDS:
            continue
        for term, (entity, subtype) in _SINGLE_TERMS.items():
            if term[:6] != token[:6]:
                continue
            shared = 6
            while shared < min(len(term), len(token)) and term[shared] == token[shared]:
                shared += 1
            # most of both words ("contact" is no "contactpersoon"), and both or neither a number ("AnmeldeNr"
            # is no "anmeldename", "dossier" no "dossiernr")
            truncated = shared == len(token) >= 8  # "ANSPRECHP": a field name cut at its length limit
            if (
                shared >= 7
                and (shared >= 0.75 * max(len(term), len(token)) or truncated)
                and term.endswith(_NUMBER_ENDINGS) == token.endswith(_NUMBER_ENDINGS)
            ):
                found.setdefault(entity, (entity, subtype, term))
    return next(iter(found.values())) if len(found) == 1 else None


#: Entities that are a person's identity papers, and the document words that, next to them, name those papers.
_IDENTITY_DOCUMENTS = frozenset({Entity.NATIONAL_ID, Entity.PASSPORT, Entity.DRIVER_LICENSE})
_DOCUMENT_WORDS = frozenset({"doc", "docs", "document", "documento", "dokument", "documenten", "documentnummer"})


#: Value-added-tax words: an id next to one is a business's VAT number.
_VAT_WORDS = frozenset({"ust", "ustid", "ustidnr", "vat", "tva", "btw", "mwst"})


def _vat_header(tokens: list[str]) -> bool:
    """A VAT word among the tokens, or split by camel case ("USt" gives "u", "st")."""
    return bool(_VAT_WORDS.intersection(tokens)) or any(a + b in _VAT_WORDS for a, b in itertools.pairwise(tokens))


@lru_cache(maxsize=4096)
def read_header(header: str) -> HeaderHint:
    """Read a column header; ``meaningless`` when it has no word of any language (``c7``, ``field_12``)."""
    tokens = header_tokens(header)
    if len(tokens) > 1 and all(len(t) == 1 for t in tokens):  # "N.I.F.", "D-O-B"
        tokens = ["".join(tokens)]
    best = _match(tokens)
    variants = _spelling_variants(tokens)
    spelled = [_ABBREVIATIONS.get(t, t) for t in tokens]
    if spelled != tokens:
        variants.insert(0, spelled)
    for fixed in variants:
        alternative = _match(fixed)
        if alternative and (best is None or len(alternative[2]) > len(best[2])):
            tokens, best = fixed, alternative
    if best is None:
        best = _stem_match(tokens)
    if best is None and any(t[-1:].isdigit() and t[:1].isalpha() for t in tokens):
        # a numbered column ("ZIP5", "addr2", "phone1"): read the word without its number
        unnumbered = [t.rstrip("0123456789") or t for t in tokens]
        best = _match(unnumbered)
        if best is not None:
            tokens = unnumbered
    sure = [c[0] for c in map(_corrected, tokens) if len(c) == 1]  # context from typos with one reading only
    # a place, organisation or money word inside the matched term belongs to the name of the entity ("hospital
    # number", "bank account", "tax id", "shipping address"), not to what the column is about; thing and time
    # words keep their meaning ("tracking id", "serial number", "registration" dates)
    inside = set(best[2].split()) if best else set()
    # "doc identidad", "reisdocument": a person's papers, unless the term is the bare document word ("document_id")
    identity_document = best is not None and best[0] in _IDENTITY_DOCUMENTS and not inside <= _DOCUMENT_WORDS
    context = frozenset(
        _context_of(t)
        for t in [*tokens, *sure]
        if _context_of(t)
        and not (
            t in inside
            and (_context_of(t) in ("place", "organisation", "money") or t in ("status", "statut", "mutatie"))
        )
        and not (identity_document and (t in _DOCUMENT_WORDS or t in inside))
    )
    if best is not None and best[0] is Entity.NATIONAL_ID and _vat_header(tokens):
        context |= {"organisation"}  # "USt-IdNr.", "VAT id": a business's tax number, not a person's
    letters = [t for t in tokens if any(ch.isalpha() for ch in t)]
    generic = {
        "col",
        "column",
        "field",
        "var",
        "attr",
        "attribute",
        "c",
        "f",
        "v",
        "x",
        "data",
        "value",
        "unnamed",
        "spalte",
        "feld",
        "colonne",
        "champ",
        "columna",
        "campo",
        "colonna",
        "kolom",
        "veld",
        "coluna",
    }
    meaningless = (
        best is None and not context and all(t.rstrip("0123456789") in generic or len(t) <= 2 for t in letters)
    )
    if best is None:
        return HeaderHint(None, None, None, context, meaningless)
    return HeaderHint(best[0], best[1], best[2], context, False)
