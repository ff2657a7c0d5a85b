"""Header terms per entity and language (en, de, fr, es, it, nl, pt, pl, sv, da), as a data engineer or translator
in each country writes them in an export header: standard terms, usual abbreviations, singular/plural and gendered
forms. Accents are optional (headers are folded before matching). ``_lexicon`` merges these with its own
lists; the test suite checks that every entity has terms in every language.

Regional spellings belong to their language: de covers DE/AT/CH, fr FR/BE/CH/CA, es ES and Latin America,
pt PT and BR, nl NL and BE (Flemish), en GB/US/IE/AU/NZ/IN/ZA. Polish terms live in ``_lang_pl``, Swedish and
Danish ones in ``_lang_nordic``.
"""

from __future__ import annotations

from privet.entities import Entity
from privet.scan._lang_nordic import HEADER_TERMS as _NORDIC
from privet.scan._lang_pl import HEADER_TERMS as _PL

__all__ = ["LANGUAGES", "TERMS_BY_LANGUAGE"]

E = Entity

LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da")

TERMS_BY_LANGUAGE: dict[Entity, dict[str, str]] = {
    E.PERSON_NAME: {
        "en": "name|names|full name|first name|last name|surname|given names|forenames|middle names|initials|"
        "customer name|patient name|employee name|contact name|legal name|preferred name|known as|"
        "account holder|cardholder|card holder|policy holder|policyholder|clinician|physician|"
        "attending physician|gp name|doctor name",
        "de": "name|vorname|vornamen|nachname|familienname|vollstandiger name|geburtsname|ledigname|rufname|"
        "kundenname|patientenname|mitarbeitername|ansprechpartner|ansprechperson|zuname|name vorname|"
        "kontoinhaber|karteninhaber|versicherungsnehmer|hausarzt|behandelnder arzt",
        "fr": "nom|prenom|prenoms|nom de famille|nom complet|nom de naissance|nom d usage|nom de jeune fille|"
        "nom du client|nom du patient|nom prenom|patronyme|nom et prenom|interlocuteur|titulaire|titulaire du compte|"
        "medecin traitant|medecin referent",
        "es": "nombre|nombres|apellido|apellidos|nombre completo|primer apellido|segundo apellido|"
        "nombre y apellidos|nombre del cliente|nombre del paciente|nombre de pila|apellido paterno|"
        "apellido materno|nombres y apellidos|titular|titular de la cuenta|medico de cabecera|tomador",
        "it": "nome|cognome|nome completo|nominativo|nome e cognome|cognome e nome|nome del cliente|"
        "nome paziente|nome di battesimo|cognome da nubile|referente|intestatario|titolare del conto|"
        "medico curante|medico di base|contraente",
        "nl": "naam|voornaam|voornamen|achternaam|familienaam|geslachtsnaam|volledige naam|tussenvoegsel|"
        "roepnaam|meisjesnaam|klantnaam|naam klant|naam patient|contactpersoon|voorletters|rekeninghouder|"
        "huisarts|behandelend arts|verzekeringnemer",
        "pt": "nome|nome completo|apelido|apelidos|sobrenome|primeiro nome|ultimo nome|nome proprio|"
        "nome do cliente|nome do paciente|nome social|nome da mae|nome do pai|pessoa de contacto|"
        "pessoa de contato|titular|titular da conta|medico de familia|tomador",
    },
    E.EMAIL: {
        "en": "email|e mail|email address|e mail address|emails|email id|mail address|contact email",
        "de": "e mail|email|e mail adresse|emailadresse|mailadresse|mail adresse|elektronische post",
        "fr": "courriel|adresse courriel|adresse email|adresse mail|adresse e mail|adresse electronique|"
        "courrier electronique",
        "es": "correo|correo electronico|email|direccion de correo|direccion de correo electronico|"
        "e mail|mail|correo e",
        "it": "email|e mail|posta elettronica|indirizzo email|indirizzo e mail|indirizzo di posta|pec|"
        "indirizzo pec|posta elettronica certificata",
        "nl": "e mail|email|e mailadres|emailadres|mailadres|e mail adres",
        "pt": "email|e mail|correio eletronico|correio electronico|endereco de email|endereco de e mail|"
        "endereco eletronico",
    },
    E.PHONE: {
        "en": "phone|phone number|telephone|telephone number|tel|mobile|mobile number|cell|cell phone|"
        "home phone|work phone|contact number|landline|fax|fax number|phone no|tel no|mob",
        "de": "telefon|telefonnummer|tel nr|telnr|rufnummer|handy|handynummer|mobil|mobilnummer|mobiltelefon|"
        "festnetz|festnetznummer|faxnummer|natel|natelnummer|telefon privat|telefon geschaftlich",
        "fr": "telephone|tel|numero de telephone|portable|mobile|telephone portable|telephone fixe|"
        "cellulaire|natel|numero de portable|gsm|num tel|no tel|telecopie",
        "es": "telefono|tel|tlf|tfno|telf|numero de telefono|movil|celular|telefono movil|telefono fijo|"
        "telefono celular|numero de celular|fono|whatsapp",
        "it": "telefono|tel|numero di telefono|cellulare|cell|telefono cellulare|telefono fisso|"
        "recapito telefonico|num tel|numero cellulare",
        "nl": "telefoon|telefoonnummer|tel nr|telnr|mobiel|mobiel nummer|mobiele nummer|gsm|gsm nummer|"
        "vaste telefoon|faxnummer",
        "pt": "telefone|tel|telemovel|numero de telefone|numero de telemovel|celular|telefone fixo|"
        "telefone celular|contacto telefonico|contato telefonico|fone",
    },
    E.NATIONAL_ID: {
        "en": "national id|national id number|id number|identity card|identity number|tax id|tax number|tin|"
        "ssn|social security number|national insurance number|nino|sin|social insurance number|pps number|"
        "ppsn|ird number|tax file number|tfn|aadhaar|id card number",
        "de": "steuer id|steueridentifikationsnummer|steuernummer|personalausweisnummer|ausweisnummer|"
        "sozialversicherungsnummer|sv nummer|ahv nummer|ahv|ahvn13|rentenversicherungsnummer|"
        "identifikationsnummer|identitatskarte|id nummer|svnr",
        "fr": "numero de securite sociale|securite sociale|nir|numero insee|carte d identite|"
        "numero de carte d identite|cni|numero fiscal|numero d identification fiscale|"
        "numero d assurance sociale|nas|numero national|numero de registre national|registre national|"
        "niss|numero avs|carte vitale|numero carte vitale",
        "es": "dni|nie|nif|documento|documento de identidad|numero de documento|cedula|cedula de identidad|"
        "rut|curp|rfc|cuil|cuit|dui|numero de la seguridad social|nss|tipo y numero de documento|"
        "numero de identificacion|identificacion fiscal",
        "it": "codice fiscale|cod fiscale|cf|carta d identita|numero carta d identita|documento d identita|"
        "partita iva|tessera sanitaria|numero documento",
        "nl": "bsn|burgerservicenummer|sofinummer|sofi nummer|rijksregisternummer|identiteitskaart|"
        "identiteitsbewijs|id kaart|nummer identiteitskaart|fiscaal nummer|insz|insz nummer",
        "pt": "cpf|rg|cnpj|nif|numero de contribuinte|contribuinte|cartao de cidadao|numero de cartao de cidadao|"
        "bilhete de identidade|documento de identificacao|carteira de identidade|identidade|"
        "niss|numero de seguranca social|nis|pis|titulo de eleitor",
    },
    E.CREDIT_CARD: {
        "en": "credit card|credit card number|card number|card no|cc number|debit card|payment card|pan|ccn",
        "de": "kreditkarte|kreditkartennummer|kartennummer|karten nr|debitkarte|ec karte|bankkarte",
        "fr": "carte bancaire|carte de credit|numero de carte|numero de carte bancaire|cb|carte de paiement",
        "es": "tarjeta|tarjeta de credito|numero de tarjeta|tarjeta de debito|num tarjeta",
        "it": "carta di credito|numero carta|numero della carta|carta di debito|bancomat",
        "nl": "creditcard|creditcardnummer|kaartnummer|pinpas|bankpas|betaalkaart",
        "pt": "cartao de credito|numero do cartao|cartao de debito|num cartao",
    },
    E.IBAN: {
        "en": "iban|iban number|international bank account number",
        "de": "iban|iban nummer",
        "fr": "iban|numero iban|code iban",
        "es": "iban|codigo iban|numero iban|cuenta iban",
        "it": "iban|codice iban|coordinate iban",
        "nl": "iban|iban nummer|ibannummer",
        "pt": "iban|numero iban|nib",
    },
    E.BANK_ACCOUNT: {
        "en": "bank account|account number|bank account number|sort code|routing number|bsb|bic|swift",
        "de": "kontonummer|bankverbindung|bankkonto|bankleitzahl|blz|konto nr",
        "fr": "compte bancaire|numero de compte|rib|releve d identite bancaire|coordonnees bancaires",
        "es": "cuenta bancaria|numero de cuenta|cuenta corriente|ccc|clabe|cbu|datos bancarios",
        "it": "conto corrente|numero di conto|coordinate bancarie|conto bancario",
        "nl": "rekeningnummer|bankrekening|bankrekeningnummer|rekening",
        "pt": "conta bancaria|numero da conta|numero de conta|conta corrente|dados bancarios",
    },
    E.IP_ADDRESS: {
        "en": "ip|ip address|ipv4|ipv6|client ip|source ip|remote ip",
        "de": "ip adresse|ip",
        "fr": "adresse ip|ip",
        "es": "direccion ip|ip",
        "it": "indirizzo ip|ip",
        "nl": "ip adres|ip",
        "pt": "endereco ip|ip",
    },
    E.MAC_ADDRESS: {
        "en": "mac|mac address|hardware address",
        "de": "mac adresse|hardwareadresse",
        "fr": "adresse mac|adresse materielle",
        "es": "direccion mac",
        "it": "indirizzo mac",
        "nl": "mac adres",
        "pt": "endereco mac",
    },
    E.STREET_ADDRESS: {
        "en": "address|street address|street|address line 1|address line 2|home address|postal address|"
        "mailing address|residential address|house number|street name|addr",
        "de": "adresse|anschrift|strasse|strasse und hausnummer|hausnummer|hausnr|wohnadresse|postanschrift|"
        "wohnanschrift|meldeadresse",
        "fr": "adresse|adresse postale|rue|numero de rue|voie|adresse du domicile|domicile|numero et rue|"
        "complement d adresse|lieu dit",
        "es": "direccion|domicilio|calle|direccion postal|numero de calle|via|direccion completa|domicilio particular",
        "it": "indirizzo|via|residenza|domicilio|numero civico|civico|indirizzo di residenza",
        "nl": "adres|straat|straatnaam|huisnummer|woonadres|postadres|huisnr|afleveradres|bezorgadres|"
        "leveringsadres|factuuradres",
        "pt": "endereco|morada|rua|logradouro|numero da porta|domicilio",
    },
    E.GEO_COORDINATE: {
        "en": "latitude|longitude|lat|lon|lng|coordinates|gps|geolocation|lat lon",
        "de": "breitengrad|langengrad|koordinaten|geokoordinaten|gps koordinaten|geografische breite|"
        "geografische lange",
        "fr": "latitude|longitude|coordonnees|coordonnees gps|geolocalisation",
        "es": "latitud|longitud|coordenadas|geolocalizacion|coordenadas gps",
        "it": "latitudine|longitudine|coordinate|coordinate gps|geolocalizzazione",
        "nl": "breedtegraad|lengtegraad|coordinaten|gps coordinaten|geolocatie",
        "pt": "latitude|longitude|coordenadas|geolocalizacao|coordenadas gps",
    },
    E.URL: {
        "en": "url|website|web address|homepage|profile url|web page|link",
        "de": "webseite|website|internetseite|homepage|internetadresse|webadresse",
        "fr": "site web|site internet|adresse web|page web|lien",
        "es": "sitio web|pagina web|direccion web|enlace|web",
        "it": "sito web|sito internet|pagina web|indirizzo web|collegamento",
        "nl": "website|webpagina|webadres|internetadres|link",
        "pt": "site|sitio web|pagina web|endereco web",
    },
    E.USERNAME: {
        "en": "username|user name|login|login name|screen name|handle|nickname|user id|account name",
        "de": "benutzername|benutzerkennung|anmeldename|login|nutzername|spitzname",
        "fr": "nom d utilisateur|identifiant|pseudo|pseudonyme|login|identifiant de connexion",
        "es": "usuario|nombre de usuario|apodo|alias|login|id de usuario",
        "it": "nome utente|utente|username|nickname|soprannome|id utente",
        "nl": "gebruikersnaam|gebruiker|inlognaam|gebruikers id|bijnaam",
        "pt": "nome de usuario|nome de utilizador|usuario|utilizador|login|apelido de usuario",
    },
    E.PASSPORT: {
        "en": "passport|passport number|passport no|travel document|travel document number",
        "de": "reisepass|reisepassnummer|passnummer|pass nr|passnr|reisedokument",
        "fr": "passeport|numero de passeport|no passeport|titre de voyage|document de voyage",
        "es": "pasaporte|numero de pasaporte|n pasaporte|documento de viaje",
        "it": "passaporto|numero passaporto|numero di passaporto",
        "nl": "paspoort|paspoortnummer|paspoortnr|reisdocument|reisdocumentnummer|nummer reisdocument",
        "pt": "passaporte|numero do passaporte|numero de passaporte",
    },
    E.DRIVER_LICENSE: {
        "en": "driver license|driver s license|drivers licence|driving licence|driving licence number|"
        "license number|licence number|dl number",
        "de": "fuhrerschein|fuhrerscheinnummer|fuhrerschein nr|fahrausweis|fuhrerausweis",
        "fr": "permis de conduire|numero de permis|permis|numero du permis de conduire",
        "es": "licencia de conducir|carnet de conducir|permiso de conducir|licencia de conduccion|"
        "carne de conducir|licencia",
        "it": "patente|patente di guida|numero patente|numero della patente",
        "nl": "rijbewijs|rijbewijsnummer|rijbewijs nummer",
        "pt": "carta de conducao|carteira de motorista|cnh|carteira nacional de habilitacao|"
        "numero da carta de conducao|carta de condução",
    },
    E.LICENSE_PLATE: {
        "en": "license plate|licence plate|number plate|registration number|vehicle registration|plate",
        "de": "kennzeichen|kfz kennzeichen|nummernschild|amtliches kennzeichen|autonummer|kontrollschild",
        "fr": "plaque d immatriculation|immatriculation|plaque|numero d immatriculation",
        "es": "matricula|placa|patente del vehiculo|numero de matricula|placa del vehiculo",
        "it": "targa|numero di targa|targa veicolo",
        "nl": "kenteken|kentekenplaat|nummerplaat|nummerbord",
        "pt": "matricula|placa|placa do veiculo|matricula do veiculo|chapa",
    },
    E.DEVICE_ID: {
        "en": "device id|device identifier|imei|advertising id|android id|idfa|udid|serial number",
        "de": "gerate id|gerateid|geratekennung|geratenummer",
        "fr": "identifiant appareil|id appareil|identifiant de l appareil",
        "es": "id dispositivo|id del dispositivo|identificador del dispositivo",
        "it": "id dispositivo|identificativo dispositivo",
        "nl": "apparaat id|apparaatid|toestel id",
        "pt": "id do dispositivo|identificador do dispositivo",
    },
    E.MEDICAL_RECORD_NUMBER: {
        "en": "mrn|medical record number|medical record|patient id|patient number|hospital number|chart number|"
        "health card number|medicare number|hosp no|hospital no|hosp number|hosp num|unit number",
        "de": "patientennummer|patienten id|patientenid|patnr|pat nr|patientennr|fallnummer|fallnr|"
        "krankenaktennummer|versichertennummer|krankenversichertennummer|krankenkassennummer",
        "fr": "numero de dossier|dossier medical|numero patient|identifiant patient|ipp|numero de dossier medical",
        "es": "historia clinica|numero de historia clinica|nhc|numero de paciente|id paciente|expediente clinico|"
        "tarjeta sanitaria|cip",
        "it": "cartella clinica|numero cartella clinica|numero paziente|id paziente|codice paziente|numero nosologico",
        "nl": "patientnummer|patient id|dossiernummer|medisch dossier|epd nummer|zorgverzekeringsnummer",
        "pt": "numero de utente|processo clinico|prontuario|numero do prontuario|"
        "numero do paciente|cartao sus|cns|numero sns",
    },
    E.FREE_TEXT_WITH_PII: {
        "en": "notes|comments|remarks|description|message|free text|feedback|observations|details",
        "de": "bemerkung|bemerkungen|kommentar|kommentare|notiz|notizen|anmerkungen|beschreibung|nachricht|"
        "freitext|hinweise",
        "fr": "commentaire|commentaires|remarque|remarques|observations|notes|description|message|texte libre",
        "es": "comentario|comentarios|observaciones|notas|descripcion|mensaje|texto libre|anotaciones",
        "it": "note|commento|commenti|osservazioni|descrizione|messaggio|testo libero|annotazioni",
        "nl": "opmerking|opmerkingen|notitie|notities|omschrijving|beschrijving|bericht|toelichting|vrije tekst",
        "pt": "observacoes|observacao|comentario|comentarios|notas|descricao|mensagem|texto livre|anotacoes",
    },
    E.DATE_OF_BIRTH: {
        "en": "date of birth|dob|birth date|birthdate|birthday|year of birth",
        "de": "geburtsdatum|geb datum|geburtstag|geburtsjahr|geboren am|jahrgang|gebdat",
        "fr": "date de naissance|ddn|ne le|nee le|annee de naissance|date naiss",
        "es": "fecha de nacimiento|fecha nac|f nac|fec nac|ano de nacimiento|nacido el",
        "it": "data di nascita|data nascita|nato il|nata il|anno di nascita|dt nascita",
        "nl": "geboortedatum|geb datum|geboortejaar|geboren op|gebdatum",
        "pt": "data de nascimento|data nasc|dt nasc|ano de nascimento|nascido em|nascida em",
    },
    E.AGE: {
        "en": "age|age years|age in years|age at admission|current age",
        "de": "alter|lebensalter|alter in jahren",
        "fr": "age|age en annees|age du patient",
        "es": "edad|edad en anos|edad actual",
        "it": "eta|eta in anni|anni compiuti",
        "nl": "leeftijd|leeftijd in jaren",
        "pt": "idade|idade em anos|idade atual",
    },
    E.GENDER: {
        "en": "gender|sex|sex at birth|gender identity",
        "de": "geschlecht|anrede|geschlechtsidentitat",
        "fr": "sexe|genre|civilite|identite de genre",
        "es": "sexo|genero|identidad de genero",
        "it": "sesso|genere|identita di genere",
        "nl": "geslacht|gender|aanhef|genderidentiteit",
        "pt": "sexo|genero|identidade de genero",
    },
    E.POSTAL_CODE: {
        "en": "postcode|post code|zip|zip code|postal code|eircode",
        "de": "plz|postleitzahl",
        "fr": "code postal|cp|npa|numero postal",
        "es": "codigo postal|cp|cod postal|c p",
        "it": "cap|codice di avviamento postale|codice postale|c a p",
        "nl": "postcode|postnummer",
        "pt": "codigo postal|cep|cod postal",
    },
    E.CITY: {
        "en": "city|town|place of birth|birthplace|city of residence|municipality|suburb|county|state|province|region",
        "de": "stadt|ort|wohnort|geburtsort|gemeinde|ortschaft|bundesland|kanton|landkreis|kreis",
        "fr": "ville|commune|localite|lieu de naissance|ville de naissance|ville de residence|departement|"
        "region|province|canton",
        "es": "ciudad|localidad|municipio|poblacion|lugar de nacimiento|provincia|comunidad autonoma|estado|"
        "comuna|region|canton",
        "it": "citta|comune|localita|luogo di nascita|comune di nascita|comune di residenza|provincia|regione",
        "nl": "plaats|woonplaats|stad|gemeente|geboorteplaats|plaatsnaam|provincie",
        "pt": "cidade|localidade|concelho|municipio|naturalidade|local de nascimento|distrito|estado|uf|freguesia",
    },
    E.COUNTRY: {
        "en": "country|country of residence|country of birth|country code",
        "de": "land|staat|wohnsitzland|geburtsland|herkunftsland",
        "fr": "pays|pays de residence|pays de naissance|pays d origine",
        "es": "pais|pais de residencia|pais de nacimiento|pais de origen",
        "it": "paese|nazione|paese di residenza|paese di nascita|stato di nascita",
        "nl": "land|land van herkomst|geboorteland|land van verblijf",
        "pt": "pais|pais de residencia|pais de nascimento|pais de origem",
    },
    E.NATIONALITY: {
        "en": "nationality|citizenship|nationalities",
        "de": "staatsangehorigkeit|nationalitat|staatsburgerschaft",
        "fr": "nationalite|citoyennete",
        "es": "nacionalidad|ciudadania",
        "it": "nazionalita|cittadinanza",
        "nl": "nationaliteit|staatsburgerschap",
        "pt": "nacionalidade|cidadania",
    },
    E.OCCUPATION: {
        "en": "occupation|job title|job|profession|role|employment",
        "de": "beruf|berufsbezeichnung|tatigkeit|stelle|ausgeubter beruf",
        "fr": "profession|metier|emploi|poste|fonction|intitule du poste|categorie socioprofessionnelle|csp",
        "es": "profesion|ocupacion|puesto|cargo|empleo|oficio|puesto de trabajo",
        "it": "professione|occupazione|mansione|lavoro|impiego|qualifica|posizione lavorativa",
        "nl": "beroep|functie|functietitel|baan|werk",
        "pt": "profissao|ocupacao|cargo|funcao|emprego|oficio",
    },
    E.MARITAL_STATUS: {
        "en": "marital status|civil status|relationship status",
        "de": "familienstand|zivilstand",
        "fr": "situation familiale|etat civil|situation matrimoniale",
        "es": "estado civil|situacion familiar",
        "it": "stato civile|situazione familiare",
        "nl": "burgerlijke staat|burgerlijke stand|gezinssituatie",
        "pt": "estado civil|situacao familiar",
    },
    E.EDUCATION: {
        "en": "education|education level|highest qualification|qualification|degree|educational attainment|schooling",
        "de": "bildung|bildungsabschluss|bildungsniveau|hochster abschluss|schulabschluss|ausbildung|"
        "berufsabschluss|schulbildung",
        "fr": "niveau d etudes|niveau d education|diplome|plus haut diplome|formation|niveau scolaire|"
        "niveau de diplome|scolarite",
        "es": "nivel educativo|nivel de estudios|estudios|formacion|titulacion|nivel academico|escolaridad|"
        "grado academico|educacion",
        "it": "titolo di studio|istruzione|livello di istruzione|grado di istruzione|scolarita|formazione",
        "nl": "opleiding|opleidingsniveau|hoogst genoten opleiding|onderwijsniveau|diploma",
        "pt": "escolaridade|nivel de escolaridade|habilitacoes|habilitacoes literarias|grau de instrucao|"
        "formacao|instrucao|nivel de ensino",
    },
    E.ETHNICITY: {
        "en": "ethnicity|ethnic group|ethnic origin|race|race ethnicity|ethnic background",
        "de": "ethnie|ethnische herkunft|ethnische zugehorigkeit|abstammung|volksgruppe|herkunft",
        "fr": "origine ethnique|ethnie|appartenance ethnique|groupe ethnique",
        "es": "etnia|origen etnico|grupo etnico|raza|pertenencia etnica|autoidentificacion etnica",
        "it": "etnia|origine etnica|gruppo etnico|razza",
        "nl": "etniciteit|etnische afkomst|afkomst|herkomst|etnische achtergrond|migratieachtergrond",
        "pt": "etnia|raca|cor|raca cor|cor ou raca|origem etnica|grupo etnico",
    },
    E.RELIGION: {
        "en": "religion|religious affiliation|faith|denomination|religious belief",
        "de": "religion|konfession|religionszugehorigkeit|glaubensrichtung|bekenntnis|religionsbekenntnis|konf|"
        "religionsunterricht",
        "fr": "religion|confession|croyance|appartenance religieuse|confession religieuse",
        "es": "religion|confesion|creencia religiosa|credo|afiliacion religiosa",
        "it": "religione|confessione religiosa|fede|credo religioso",
        "nl": "religie|geloof|levensbeschouwing|kerkgenootschap|geloofsovertuiging",
        "pt": "religiao|credo|confissao religiosa|crenca religiosa",
    },
    E.HEALTH: {
        "en": "diagnosis|diagnoses|condition|medical condition|medication|medications|allergies|bmi|"
        "body mass index|blood type|disability|icd 10|treatment|symptoms|smoker|chronic conditions|"
        "smoking status|tobacco use|tobacco|disabled",
        "de": "diagnose|diagnosen|erkrankung|erkrankungen|krankheit|vorerkrankungen|medikament|medikamente|"
        "medikation|allergien|bmi|body mass index|korpermasseindex|blutgruppe|behinderung|grad der behinderung|"
        "gdb|behandlung|icd 10|raucher|sb grad|schwerbehinderung|schwerbehindert|"
        "rauchen|tabakkonsum",
        "fr": "diagnostic|diagnostics|maladie|pathologie|pathologies|traitement|medicament|"
        "medicaments|allergies|imc|indice de masse corporelle|groupe sanguin|handicap|cim 10|fumeur",
        "es": "diagnostico|diagnosticos|enfermedad|patologia|tratamiento|medicamento|"
        "medicamentos|medicacion|alergias|imc|indice de masa corporal|grupo sanguineo|discapacidad|cie 10|"
        "fumador",
        "it": "diagnosi|malattia|patologia|patologie|anamnesi|terapia|farmaco|farmaci|allergie|imc|bmi|"
        "indice di massa corporea|gruppo sanguigno|disabilita|invalidita|icd 9|fumatore|"
        "categoria protetta|cat protetta|categorie protette",
        "nl": "diagnose|diagnoses|ziekte|aandoening|aandoeningen|medicatie|medicijnen|allergieen|bmi|"
        "queteletindex|bloedgroep|handicap|beperking|behandeling|roker",
        "pt": "diagnostico|doenca|patologia|tratamento|medicamento|medicamentos|medicacao|"
        "alergias|imc|indice de massa corporal|tipo sanguineo|grupo sanguineo|deficiencia|cid 10|fumador|"
        "fumante",
    },
    E.SEXUAL_ORIENTATION: {
        "en": "sexual orientation|sexuality|sexual preference",
        "de": "sexuelle orientierung|sexuelle identitat|sexualitat",
        "fr": "orientation sexuelle|sexualite",
        "es": "orientacion sexual|sexualidad",
        "it": "orientamento sessuale|sessualita",
        "nl": "seksuele orientatie|seksuele voorkeur|geaardheid|seksualiteit",
        "pt": "orientacao sexual|sexualidade",
    },
    E.POLITICAL_OPINION: {
        "en": "political party|party affiliation|political affiliation|political views|voting intention|"
        "party preference|party membership",
        "de": "partei|parteizugehorigkeit|parteimitgliedschaft|politische einstellung|wahlabsicht|"
        "parteipraferenz|politische orientierung",
        "fr": "parti politique|parti|affiliation politique|opinion politique|intention de vote|"
        "sensibilite politique|orientation politique",
        "es": "partido politico|partido|afiliacion politica|ideologia|intencion de voto|orientacion politica|"
        "simpatia politica",
        "it": "partito politico|partito|orientamento politico|appartenenza politica|intenzione di voto|"
        "affiliazione politica",
        "nl": "politieke partij|partij|politieke voorkeur|partijvoorkeur|stemvoorkeur|politieke kleur",
        "pt": "partido politico|partido|filiacao partidaria|orientacao politica|intencao de voto|afiliacao politica",
    },
    E.TRADE_UNION: {
        "en": "trade union|union|union membership|union member|labor union|labour union",
        "de": "gewerkschaft|gewerkschaftsmitglied|gewerkschaftszugehorigkeit|gewerkschaftsmitgliedschaft",
        "fr": "syndicat|appartenance syndicale|adhesion syndicale|affiliation syndicale|syndique|syndiquee",
        "es": "sindicato|afiliacion sindical|afiliado sindical|sindicalizado|sindicalizada",
        "it": "sindacato|iscrizione sindacale|appartenenza sindacale|iscritto al sindacato|sindacalizzato",
        "nl": "vakbond|vakbondslid|vakbondslidmaatschap|lid vakbond|vakvereniging",
        "pt": "sindicato|filiacao sindical|sindicalizado|sindicalizada|associado sindical",
    },
    E.FINANCIAL: {
        "en": "salary|income|annual income|gross income|net income|wage|credit score|credit rating|"
        "net worth|debt|loan amount|account balance|savings|household income|credit limit|credit line|fico|"
        "fico score|experian score|equifax score",
        "de": "gehalt|einkommen|jahreseinkommen|bruttoeinkommen|nettoeinkommen|lohn|bruttolohn|nettolohn|"
        "jahresgehalt|monatsgehalt|bonitat|bonitatsscore|schufa score|schufa|kreditwurdigkeit|vermogen|"
        "schulden|kontostand|haushaltseinkommen|kreditlimit|kreditrahmen|dispolimit|brutto monat|"
        "netto monat|monatsbrutto|monatsnetto|jahresbrutto|bruttogehalt|nettogehalt|bruttoentgelt|entgelt",
        "fr": "salaire|revenu|revenus|revenu annuel|salaire brut|salaire net|remuneration|cote de credit|"
        "score de credit|note de credit|solvabilite|patrimoine|dette|dettes|endettement|solde|"
        "revenu du menage|plafond de credit|limite de credit",
        "es": "salario|sueldo|ingresos|ingreso|ingreso anual|renta|renta anual|salario bruto|salario neto|"
        "puntaje crediticio|puntuacion crediticia|score crediticio|historial crediticio|solvencia|"
        "patrimonio|deuda|deudas|saldo|ingresos del hogar|limite de credito|linea de credito",
        "it": "stipendio|reddito|reddito annuo|retribuzione|salario|ral|punteggio creditizio|"
        "merito creditizio|affidabilita creditizia|rating creditizio|patrimonio|debito|debiti|saldo|"
        "reddito familiare|limite di credito|fido bancario|fido|fido accordato|affidamento",
        "nl": "salaris|inkomen|jaarinkomen|bruto inkomen|netto inkomen|loon|brutoloon|nettoloon|"
        "kredietscore|kredietwaardigheid|vermogen|schuld|schulden|saldo|huishoudinkomen|bkr|kredietlimiet",
        "pt": "salario|renda|rendimento|rendimentos|rendimento anual|renda mensal|remuneracao|"
        "ordenado|pontuacao de credito|score de credito|credito score|patrimonio|divida|dividas|saldo|"
        "renda familiar|limite de credito|score serasa|serasa|score de credito serasa",
    },
}

for _language, _by_entity in {"pl": _PL, **_NORDIC}.items():  # Polish, Swedish, Danish (_lang_pl, _lang_nordic)
    for _entity, _terms in _by_entity.items():
        TERMS_BY_LANGUAGE[_entity][_language] = _terms
