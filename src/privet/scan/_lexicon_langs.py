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
        "customer name|patient name|employee name|contact name|legal name|preferred name|known as|account holder|"
        "cardholder|card holder|policy holder|policyholder|clinician|physician|attending physician|gp name|"
        "doctor name|first names|surname at birth|guardian name|parent name|emergency contact name|spouse name|"
        "debtor name|creditor name|payer name|payee name|insured name|name of insured|recipient name|"
        "contact first name|contact last name|employee full name|patient full name|nachn|vorna|rufnm|ename|ap paterno|"
        "ap materno|custname|empname|party name|ordering party|ordering party name|counterparty name|ultimate debtor|"
        "ultimate creditor|treating doctor|referring doctor|referring physician|primary care physician|passenger name|"
        "guest name|student name|insured person|account manager|sales rep|assignee|reporter|caseworker|case worker|"
        "emftx|koinh",
        "de": "name|vorname|vornamen|nachname|familienname|vollstandiger name|geburtsname|ledigname|rufname|"
        "kundenname|patientenname|mitarbeitername|ansprechpartner|ansprechperson|zuname|name vorname|kontoinhaber|"
        "karteninhaber|versicherungsnehmer|hausarzt|behandelnder arzt|vname|nname|name 1|ehepartner|ehegatte|"
        "erziehungsberechtigter|erziehungsberechtigte|sorgeberechtigter|versicherte person|name des versicherten|"
        "zahlungspflichtiger|kontoinhaberin|vor und nachname|vor und zuname|nachname vorname|name des kontoinhabers|"
        "patientin|arzt|sachbearbeiter|kundenbetreuer|kundenberater|kontaktperson",
        "fr": "nom|prenom|prenoms|nom de famille|nom complet|nom de naissance|nom d usage|nom de jeune fille|"
        "nom du client|nom du patient|nom prenom|patronyme|nom et prenom|interlocuteur|titulaire|titulaire du compte|"
        "medecin traitant|medecin referent|nom usuel|nom marital|nom d epouse|nom patronymique|prenom usuel|"
        "deuxieme prenom|autres prenoms|representant legal|conjoint|nom du conjoint|nom de l assure|nom du titulaire|"
        "nom du debiteur|nom prenom du patient|nom et prenoms|medecin|conseiller",
        "es": "nombre|nombres|apellido|apellidos|nombre completo|primer apellido|segundo apellido|nombre y apellidos|"
        "nombre del cliente|nombre del paciente|nombre de pila|apellido paterno|apellido materno|nombres y apellidos|"
        "titular|titular de la cuenta|medico de cabecera|tomador|nombre y apellido|apellido y nombre|"
        "apellidos y nombre|apellidos nombre|conyuge|nombre del conyuge|tutor legal|representante legal|"
        "nombre del titular|nombre del asegurado|ap paterno|ap materno|primer nombre|segundo nombre|nombre del deudor|"
        "asesor|medico tratante|titular de la tarjeta|titular tarjeta",
        "it": "nome|cognome|nome completo|nominativo|nome e cognome|cognome e nome|nome del cliente|nome paziente|"
        "nome di battesimo|cognome da nubile|referente|intestatario|titolare del conto|medico curante|medico di base|"
        "contraente|coniuge|nome coniuge|cointestatario|genitore|tutore legale|rappresentante legale|nome assicurato|"
        "nome intestatario|nome del titolare|nome del debitore|cognome nome|consulente|titolare carta|"
        "titolare della carta",
        "nl": "naam|voornaam|voornamen|achternaam|familienaam|geslachtsnaam|volledige naam|tussenvoegsel|roepnaam|"
        "meisjesnaam|klantnaam|naam klant|naam patient|contactpersoon|voorletters|rekeninghouder|huisarts|"
        "behandelend arts|verzekeringnemer|echtgenoot|echtgenote|voorvoegsel|voorvoegsels|tussenv|voorl|initialen|"
        "wettelijk vertegenwoordiger|naam verzekerde|naam tegenpartij|naam begunstigde|naam rekeninghouder|"
        "naam partner|adviseur|dokter|behandelaar|kaarthouder",
        "pt": "nome|nome completo|apelido|apelidos|sobrenome|primeiro nome|ultimo nome|nome proprio|nome do cliente|"
        "nome do paciente|nome social|nome da mae|nome do pai|pessoa de contacto|pessoa de contato|titular|"
        "titular da conta|medico de familia|tomador|filiacao|conjuge|nome do conjuge|nome completo do titular|"
        "nome do segurado|responsavel legal|nome do responsavel|primeiro apelido|segundo apelido|nome do devedor|"
        "nome do beneficiario|nome e apelido|nome e sobrenome|estudante|medico assistente",
    },
    E.EMAIL: {
        "en": "email|e mail|email address|e mail address|emails|email id|mail address|contact email|email addr|"
        "e mail addr|emailaddr|work email|personal email|primary email|secondary email|alternate email|"
        "alternative email|smtp addr|smtp address|contact e mail|e mail id",
        "de": "e mail|email|e mail adresse|emailadresse|mailadresse|mail adresse|elektronische post|e mail adr|"
        "email adr|mailadr|emailadr|e mail privat|e mail geschaftlich|email privat|email geschaftlich",
        "fr": "courriel|adresse courriel|adresse email|adresse mail|adresse e mail|adresse electronique|"
        "courrier electronique|mel|adresse mel|adr mail|adr email|adr e mail|e mail perso|email personnel|"
        "email professionnel",
        "es": "correo|correo electronico|email|direccion de correo|direccion de correo electronico|e mail|mail|"
        "correo e|correo elec|correo electr|dir correo|email contacto|correo de contacto|correo personal|"
        "correo corporativo",
        "it": "email|e mail|posta elettronica|indirizzo email|indirizzo e mail|indirizzo di posta|pec|indirizzo pec|"
        "posta elettronica certificata|ind email|ind e mail|casella email|casella pec|email personale|email aziendale",
        "nl": "e mail|email|e mailadres|emailadres|mailadres|e mail adres|e mail adr|emailadr|e mailadres prive|"
        "emailadres prive|e mailadres werk",
        "pt": "email|e mail|correio eletronico|correio electronico|endereco de email|endereco de e mail|"
        "endereco eletronico|end email|end eletronico|e mail pessoal|email pessoal|email corporativo|"
        "e mail de contato|e mail de contacto",
    },
    E.PHONE: {
        "en": "phone|phone number|telephone|telephone number|tel|mobile|mobile number|cell|cell phone|home phone|"
        "work phone|contact number|landline|fax|fax number|phone no|tel no|mob|telf2|telfx|mob no|cell no|home tel|"
        "work tel|daytime phone|evening phone|alternate phone|primary phone|secondary phone|other phone|"
        "business phone|mobile tel|sms number|direct dial|address phone|address telephone",
        "de": "telefon|telefonnummer|tel nr|telnr|rufnummer|handy|handynummer|mobil|mobilnummer|mobiltelefon|festnetz|"
        "festnetznummer|faxnummer|natel|natelnummer|telefon privat|telefon geschaftlich|handynr|mobilnr|mobil nr|"
        "mobilfunknummer|festnetz nr|festnetznr|rufnr|durchwahl|telefax|faxnr|tel privat|tel mobil|tel dienstlich|"
        "tel geschaftlich|tel geschaeftlich|telefonnr|telefon nr|telefon mobil|telefon dienstlich|mobiltel",
        "fr": "telephone|tel|numero de telephone|portable|mobile|telephone portable|telephone fixe|cellulaire|natel|"
        "numero de portable|gsm|num tel|no tel|telecopie|tel portable|tel fixe|tel domicile|tel professionnel|"
        "tel bureau|tel mobile|numero portable|telephone domicile|telephone professionnel",
        "es": "telefono|tel|tlf|tfno|telf|numero de telefono|movil|celular|telefono movil|telefono fijo|"
        "telefono celular|numero de celular|fono|whatsapp|tel movil|tel fijo|tfno movil|tfno fijo|tlf movil|"
        "telefono de contacto|numero celular|numero telefono|tel celular|numero movil|fono movil|fono fijo|"
        "telefono particular",
        "it": "telefono|tel|numero di telefono|cellulare|cell|telefono cellulare|telefono fisso|recapito telefonico|"
        "num tel|numero cellulare|tel cell|tel cellulare|tel fisso|tel abitazione|tel ufficio|numero cell|"
        "recapito cellulare|telefono abitazione|telefono ufficio",
        "nl": "telefoon|telefoonnummer|tel nr|telnr|mobiel|mobiel nummer|mobiele nummer|gsm|gsm nummer|vaste telefoon|"
        "faxnummer|telefoonnr|mobielnr|mobielnummer|mobiele telefoon|gsmnr|tel prive|tel werk|telefoon prive|"
        "telefoon werk|telefoon mobiel|06 nummer",
        "pt": "telefone|tel|telemovel|numero de telefone|numero de telemovel|celular|telefone fixo|telefone celular|"
        "contacto telefonico|contato telefonico|fone|telem|tel fixo|tel celular|tel residencial|tel comercial|"
        "telefone residencial|telefone comercial|fone celular|fone residencial|numero de whatsapp",
    },
    E.NATIONAL_ID: {
        "en": "national id|national id number|id number|identity card|identity number|tax id|tax number|tin|ssn|"
        "social security number|national insurance number|nino|sin|social insurance number|pps number|ppsn|ird number|"
        "tax file number|tfn|aadhaar|id card number|government id|govt id|gov id|government issued id|"
        "tax identification number|taxpayer id|taxpayer identification number|soc sec no|soc sec|ss number|itin|"
        "ssn last 4|last 4 ssn|sin number|voter id|national registration number|civil id|chi number|stcd1|stcd2|"
        "personal identity number|residence permit|residence permit number|brp number|biometric residence permit",
        "de": "steuer id|steueridentifikationsnummer|steuernummer|personalausweisnummer|ausweisnummer|"
        "sozialversicherungsnummer|sv nummer|ahv nummer|ahv|ahvn13|rentenversicherungsnummer|identifikationsnummer|"
        "identitatskarte|id nummer|svnr|steuer idnr|steueridnr|steuer id nr|steuerliche identifikationsnummer|"
        "steuerliche id|sozialvers nr|sozialversicherungsnr|rv nr|rvnr|rentenvers nr|ausweis nr|ausweisnr|"
        "personalausweis nr|perso nr|ahvnr|steuer nr|identitatskartennummer|identitaetskarte|sozialversicherungs nr|"
        "aufenthaltstitel|aufenthaltserlaubnis|aufenthaltstitelnummer",
        "fr": "numero de securite sociale|securite sociale|nir|numero insee|carte d identite|"
        "numero de carte d identite|cni|numero fiscal|numero d identification fiscale|numero d assurance sociale|nas|"
        "numero national|numero de registre national|registre national|niss|numero avs|carte vitale|"
        "numero carte vitale|n ss|numero secu|numero securite sociale|numero nir|numero fiscal de reference|"
        "numero cni|piece d identite|numero de piece d identite|numero piece d identite|numero registre national|"
        "numero d identification nationale|titre de sejour|carte de sejour|numero titre de sejour",
        "es": "dni|nie|nif|documento|documento de identidad|numero de documento|cedula|cedula de identidad|rut|curp|"
        "rfc|cuil|cuit|dui|numero de la seguridad social|nss|tipo y numero de documento|numero de identificacion|"
        "identificacion fiscal|numero dni|dni nie|nif nie|doc identidad|cedula de ciudadania|cedula de extranjeria|"
        "numero de cedula|numero cedula|clave de elector|numero afiliacion|numero de afiliacion|numero seg social|"
        "seg social|numero seguridad social|documento nacional de identidad|numero de identidad|numero identidad|"
        "permiso de residencia|tarjeta de residencia",
        "it": "codice fiscale|cod fiscale|cf|carta d identita|numero carta d identita|documento d identita|"
        "partita iva|tessera sanitaria|numero documento|cod fisc|codice fisc|cod fis|c fisc|codfisc|carta identita|"
        "numero carta identita|estremi documento|documento di riconoscimento|numero documento di riconoscimento|"
        "tipo e numero documento|c f p iva|cf piva|codice fiscale partita iva|permesso di soggiorno|carta di soggiorno",
        "nl": "bsn|burgerservicenummer|sofinummer|sofi nummer|rijksregisternummer|identiteitskaart|identiteitsbewijs|"
        "id kaart|nummer identiteitskaart|fiscaal nummer|insz|insz nummer|bsn nummer|burgerservicenr|sofinr|"
        "identiteitsnummer|rijksregisternr|rijksregister|nationaal nummer|nationaalnummer|nummer identiteitsbewijs|"
        "id bewijs|legitimatiebewijs|nummer legitimatiebewijs|verblijfsvergunning|verblijfsdocument",
        "pt": "cpf|rg|nif|numero de contribuinte|contribuinte|cartao de cidadao|numero de cartao de cidadao|"
        "bilhete de identidade|documento de identificacao|carteira de identidade|identidade|niss|"
        "numero de seguranca social|nis|pis|titulo de eleitor|numero contribuinte|numero de identificacao fiscal|"
        "numero identificacao fiscal|n rg|numero cpf|pis pasep|pasep|ctps|carteira de trabalho|cartao cidadao|"
        "numero cartao cidadao|numero de identificacao civil|identificacao civil|numero seguranca social|"
        "autorizacao de residencia|titulo de residencia|cartao de residencia",
    },
    E.CREDIT_CARD: {
        "en": "credit card|credit card number|card number|card no|cc number|debit card|payment card|pan|ccn|"
        "primary account number|card pan",
        "de": "kreditkarte|kreditkartennummer|kartennummer|karten nr|debitkarte|ec karte|bankkarte|kartennr|"
        "kreditkartennr|kreditkarten nr|kk nummer",
        "fr": "carte bancaire|carte de credit|numero de carte|numero de carte bancaire|cb|carte de paiement|"
        "numero carte|n cb|carte bleue|numero carte bancaire",
        "es": "tarjeta|tarjeta de credito|numero de tarjeta|tarjeta de debito|num tarjeta|tarjeta credito",
        "it": "carta di credito|numero carta|numero della carta|carta di debito|bancomat|carta credito",
        "nl": "creditcard|creditcardnummer|kaartnummer|pinpas|bankpas|betaalkaart|kaartnr|creditcard nr|creditcardnr|"
        "bankpasnummer",
        "pt": "cartao de credito|numero do cartao|cartao de debito|num cartao|cartao credito",
    },
    E.IBAN: {
        "en": "iban|iban number|international bank account number|debtor iban|creditor iban|iban account",
        "de": "iban|iban nummer|iban kontonummer|iban des kontoinhabers",
        "fr": "iban|numero iban|code iban|rib iban|iban du compte",
        "es": "iban|codigo iban|numero iban|cuenta iban|iban de la cuenta",
        "it": "iban|codice iban|coordinate iban|iban conto|iban del conto",
        "nl": "iban|iban nummer|ibannummer|iban rekeningnummer|iban rekening",
        "pt": "iban|numero iban|nib|nib iban|iban nib",
    },
    E.BANK_ACCOUNT: {
        "en": "bank account|account number|bank account number|bankn|"
        "bank acct no|bank details|bank account details|debtor account|"
        "creditor account|counterparty account|bsb number",
        "de": "kontonummer|bankverbindung|bankkonto|konto nr|kto nr|ktonr|kontonr|kontoverbindung|"
        "gegenkonto|bankkonto nr",
        "fr": "compte bancaire|numero de compte|rib|releve d identite bancaire|coordonnees bancaires|numero compte|"
        "code banque|code guichet|cle rib|coord bancaires|domiciliation bancaire",
        "es": "cuenta bancaria|numero de cuenta|cuenta corriente|ccc|clabe|cbu|datos bancarios|numero cuenta|"
        "cuenta de abono|cuenta de cargo|cuenta domiciliacion|domiciliacion bancaria|cuenta clabe",
        "it": "conto corrente|numero di conto|coordinate bancarie|conto bancario|numero conto|conto corrente bancario|"
        "estremi bancari",
        "nl": "rekeningnummer|bankrekening|bankrekeningnummer|rekening|rekeningnr|rek nr|reknr|bankrekeningnr|"
        "tegenrekening|rekening tegenpartij|tegenrekeningnummer",
        "pt": "conta bancaria|numero da conta|numero de conta|conta corrente|dados bancarios|numero conta|"
        "conta poupanca",
    },
    E.IP_ADDRESS: {
        "en": "ip|ip address|ipv4|ipv6|client ip|source ip|remote ip|ip addr|ipaddr|client ip address|remote address|"
        "x forwarded for|originating ip|public ip|wan ip|user ip address|login ip address",
        "de": "ip adresse|ip|ip adr|client ip adresse",
        "fr": "adresse ip|ip|adresse ip client|ip client",
        "es": "direccion ip|ip|ip cliente|ip del cliente|ip de origen",
        "it": "indirizzo ip|ip|ip cliente|ip di origine",
        "nl": "ip adres|ip|ip adres klant|ip klant",
        "pt": "endereco ip|ip|ip de origem|ip do cliente",
    },
    E.MAC_ADDRESS: {
        "en": "mac|mac address|hardware address|mac addr|macaddr|ethernet address|wlan mac|wi fi mac|"
        "bluetooth address|bt mac",
        "de": "mac adresse|hardwareadresse|mac adr|wlan mac",
        "fr": "adresse mac|adresse materielle|adresse mac wifi",
        "es": "direccion mac|mac wifi",
        "it": "indirizzo mac|mac wifi",
        "nl": "mac adres|mac adr",
        "pt": "endereco mac|mac wifi",
    },
    E.STREET_ADDRESS: {
        "en": "address|street address|street|address line 1|address line 2|home address|postal address|"
        "mailing address|residential address|house number|street name|addr|stras|hausn|house num1|house name|"
        "flat number|apartment number|apt number|street no|street and number|street line|permanent address|"
        "current address|correspondence address|present address|home addr|po box|str suppl1|str suppl2|str suppl3",
        "de": "adresse|anschrift|strasse|strasse und hausnummer|hausnummer|hausnr|wohnadresse|postanschrift|"
        "wohnanschrift|meldeadresse|adresszusatz|hausnummernzusatz|hausnr zusatz|postfach|lieferanschrift|"
        "rechnungsanschrift|meldeanschrift|strasse nr|strasse hnr|str nr|str hausnr|wohnungsnummer|strasse hausnr",
        "fr": "adresse|adresse postale|rue|numero de rue|voie|adresse du domicile|domicile|numero et rue|"
        "complement d adresse|lieu dit|numero rue|numero voie|numero de voie|nom de voie|libelle voie|libelle de voie|"
        "adr postale|adresse ligne 1|ligne adresse|ligne d adresse|adresse de facturation|adresse de livraison|"
        "boite postale|complement adresse",
        "es": "direccion|domicilio|calle|direccion postal|numero de calle|via|direccion completa|domicilio particular|"
        "calle y numero|numero exterior|numero interior|numero ext|dir postal|direccion de envio|"
        "direccion de facturacion|direccion de entrega|direccion particular|direccion de residencia|apartado postal|"
        "nombre de via|nombre de la via",
        "it": "indirizzo|via|residenza|domicilio|numero civico|civico|indirizzo di residenza|via e numero civico|"
        "indirizzo di spedizione|indirizzo di fatturazione|indirizzo di consegna|ind residenza|indirizzo domicilio|"
        "casella postale|toponimo",
        "nl": "adres|straat|straatnaam|huisnummer|woonadres|postadres|huisnr|afleveradres|bezorgadres|leveringsadres|"
        "factuuradres|straat en huisnummer|huisnummer toevoeging|huisnummertoevoeging|huisnr toev|huisletter|postbus|"
        "adresregel|correspondentieadres|verblijfsadres|straat huisnr",
        "pt": "endereco|morada|rua|logradouro|numero da porta|domicilio|end residencial|endereco residencial|"
        "endereco de entrega|endereco de cobranca|endereco completo|endereco de correspondencia|morada completa|"
        "morada fiscal|numero porta|nome do logradouro|tipo de logradouro|caixa postal|apartado postal",
    },
    E.GEO_COORDINATE: {
        "en": "latitude|longitude|lat|lon|lng|coordinates|gps|geolocation|lat lon|gps coordinates|geopoint|geo point|"
        "geo lat|geo lon|geo lng|gps lat|gps lon|gps lng|latlong|long lat|lon lat",
        "de": "breitengrad|langengrad|koordinaten|geokoordinaten|gps koordinaten|geografische breite|"
        "geografische lange|geogr breite|geogr lange|gps breite|gps lange|geo koordinaten",
        "fr": "latitude|longitude|coordonnees|coordonnees gps|geolocalisation|coord gps|coordonnees geographiques|"
        "position gps",
        "es": "latitud|longitud|coordenadas|geolocalizacion|coordenadas gps|coord gps|coordenadas geograficas|"
        "ubicacion gps",
        "it": "latitudine|longitudine|coordinate|coordinate gps|geolocalizzazione|coord gps|coordinate geografiche|"
        "posizione gps",
        "nl": "breedtegraad|lengtegraad|coordinaten|gps coordinaten|geolocatie|gps locatie|geografische coordinaten|"
        "coordinaten gps",
        "pt": "latitude|longitude|coordenadas|geolocalizacao|coordenadas gps|coordenadas geograficas|localizacao gps",
    },
    E.URL: {
        "en": "url|website|web address|homepage|profile url|web page|link|linkedin url|linkedin profile|profile link|"
        "personal website|facebook url|facebook profile|instagram url|social media profile|web url|homepage url",
        "de": "webseite|website|internetseite|homepage|internetadresse|webadresse|profil url|profil link|"
        "linkedin profil|xing profil|xing",
        "fr": "site web|site internet|adresse web|page web|lien|lien profil|url du profil|site perso|page perso|"
        "profil linkedin",
        "es": "sitio web|pagina web|direccion web|enlace|web|enlace perfil|url del perfil|perfil linkedin|"
        "pagina personal",
        "it": "sito web|sito internet|pagina web|indirizzo web|collegamento|link profilo|url profilo|profilo linkedin|"
        "sito personale",
        "nl": "website|webpagina|webadres|internetadres|link|profiel url|profiellink|linkedin profiel|"
        "persoonlijke website",
        "pt": "sitio web|pagina web|endereco web|link do perfil|url do perfil|perfil linkedin|pagina pessoal",
    },
    E.USERNAME: {
        "en": "username|user name|login|login name|screen name|handle|nickname|user id|account name|login id|"
        "logon name|logon id|sam account name|samaccountname|user principal name|userprincipalname|twitter handle|"
        "instagram handle|social handle|account username|upn",
        "de": "benutzername|benutzerkennung|anmeldename|login|nutzername|spitzname|benutzer id|benutzerid|"
        "anmeldekennung|nutzerkennung|nutzer id|benutzerkonto",
        "fr": "nom d utilisateur|identifiant|pseudo|pseudonyme|login|identifiant de connexion|identifiant utilisateur|"
        "login utilisateur|nom de connexion|compte utilisateur",
        "es": "usuario|nombre de usuario|apodo|alias|login|id de usuario|cuenta de usuario|nombre de cuenta|"
        "identificador de usuario|usuario de acceso",
        "it": "nome utente|utente|username|nickname|soprannome|id utente|account utente|nome account|nome di accesso",
        "nl": "gebruikersnaam|gebruiker|inlognaam|gebruikers id|bijnaam|gebruikersaccount|accountnaam|inlog id",
        "pt": "nome de usuario|nome de utilizador|usuario|utilizador|login|apelido de usuario|conta de usuario|"
        "conta de utilizador|id de usuario|id do utilizador|nome de login",
    },
    E.PASSPORT: {
        "en": "passport|passport number|passport no|travel document|travel document number|ppt number|"
        "travel doc number|passport details",
        "de": "reisepass|reisepassnummer|passnummer|pass nr|passnr|reisedokument|reisepassnr|reisepass nr",
        "fr": "passeport|numero de passeport|no passeport|titre de voyage|document de voyage",
        "es": "pasaporte|numero de pasaporte|n pasaporte|documento de viaje",
        "it": "passaporto|numero passaporto|numero di passaporto",
        "nl": "paspoort|paspoortnummer|paspoortnr|reisdocument|reisdocumentnummer|nummer reisdocument|reisdocumentnr|"
        "nummer paspoort",
        "pt": "passaporte|numero do passaporte|numero de passaporte|numero passaporte",
    },
    E.DRIVER_LICENSE: {
        "en": "driver license|driver s license|drivers licence|driving licence|driving licence number|license number|"
        "licence number|dl number|drivers lic|driver lic|driving lic|drivers license num|cdl number|"
        "driver licence number",
        "de": "fuhrerschein|fuhrerscheinnummer|fuhrerschein nr|fahrausweis|fuhrerausweis|fuhrerscheinnr|fuehrerschein|"
        "fuehrerscheinnummer|fahrerlaubnis|fahrerlaubnisnummer",
        "fr": "permis de conduire|numero de permis|permis|numero du permis de conduire|numero permis|"
        "numero permis de conduire",
        "es": "licencia de conducir|carnet de conducir|permiso de conducir|licencia de conduccion|carne de conducir|"
        "licencia|licencia de manejo|numero licencia|numero carnet de conducir|carnet conducir|brevete",
        "it": "patente|patente di guida|numero patente|numero della patente",
        "nl": "rijbewijs|rijbewijsnummer|rijbewijs nummer|rijbewijsnr",
        "pt": "carta de conducao|carteira de motorista|cnh|carteira nacional de habilitacao|"
        "numero da carta de conducao|carta de condução|numero carta de conducao|carta conducao|numero cnh|registro cnh",
    },
    E.LICENSE_PLATE: {
        "en": "license plate|licence plate|number plate|registration number|vehicle registration|plate|vehicle reg|"
        "car reg|car registration|registration plate|vehicle plate|lic plate|license plate number|vrm|rego|"
        "vehicle registration mark|vehicle reg no",
        "de": "kennzeichen|kfz|kfz kennzeichen|nummernschild|amtliches kennzeichen|autonummer|kontrollschild|kfz kz|"
        "kfz kennz|amtl kennzeichen|amtl kz|fahrzeugkennzeichen|polizeiliches kennzeichen|kfz nummer|kennz",
        "fr": "plaque d immatriculation|immatriculation|plaque|numero d immatriculation|immat|numero immat|"
        "plaque immat|immatriculation du vehicule",
        "es": "matricula|placa|patente del vehiculo|numero de matricula|placa del vehiculo|numero placa|"
        "numero de placa|matricula vehiculo|matricula coche",
        "it": "targa|numero di targa|targa veicolo|targa auto|targa del veicolo|numero targa",
        "nl": "kenteken|kentekenplaat|nummerplaat|nummerbord|kenteken nr|kentekennummer|kenteken auto|"
        "kenteken voertuig",
        "pt": "matricula|placa|placa do veiculo|matricula do veiculo|chapa|matricula viatura|matricula do carro|"
        "placa veiculo|placa do automovel",
    },
    E.DEVICE_ID: {
        "en": "ifa|device id|device identifier|imei|advertising id|android id|idfa|udid|serial number|iccid|sim number|"
        "sim serial|sim serial number|sim card number|imei number|imei1|imei2|esn|device serial|device serial number|"
        "device uuid|device token|apns token|appsflyer id|firebase instance id|mobile device id|handset imei|"
        "app instance id|instance id|installation id|install id|app install id",
        "de": "gerate id|gerateid|geratekennung|geratenummer|geraete id|geraeteid|geraetekennung|endgerat id|"
        "endgerate id|sim kartennummer|werbe id|werbekennung",
        "fr": "identifiant appareil|id appareil|identifiant de l appareil|numero imei|numero carte sim|"
        "identifiant publicitaire",
        "es": "id dispositivo|id del dispositivo|identificador del dispositivo|numero de sim|id de publicidad|"
        "identificador de publicidad|imei del equipo",
        "it": "id dispositivo|identificativo dispositivo|codice imei|numero sim|seriale sim|id pubblicita|"
        "identificativo pubblicitario",
        "nl": "apparaat id|apparaatid|toestel id|simkaartnummer|advertentie id",
        "pt": "id do dispositivo|identificador do dispositivo|numero do sim|numero do chip|id de publicidade|"
        "identificador de publicidade|id do aparelho|id aparelho",
    },
    E.MEDICAL_RECORD_NUMBER: {
        "en": "mrn|medical record number|medical record|patient id|patient number|hospital number|chart number|"
        "health card number|medicare number|hosp no|hospital no|hosp number|hosp num|unit number|med rec no|"
        "hospital id|pat id|pt id|patient identifier|nhi number|ehr number|emr number|medicaid id|medicaid number|"
        "medicare id|health plan member id|insurance member id|health insurance number",
        "de": "patientennummer|patienten id|patientenid|patnr|pat nr|patientennr|fallnummer|fallnr|krankenaktennummer|"
        "versichertennummer|krankenversichertennummer|krankenkassennummer|pat id|patienten nr|fall nr|"
        "krankenversichertennr|kvnr|versicherten nr|versichertennr|krankenkassen nr|egk nummer|"
        "krankenversicherungsnummer",
        "fr": "numero de dossier|dossier medical|numero patient|identifiant patient|ipp|numero de dossier medical|"
        "numero dossier|numero dossier patient|identifiant permanent du patient|numero dossier medical",
        "es": "historia clinica|numero de historia clinica|nhc|numero de paciente|id paciente|expediente clinico|"
        "tarjeta sanitaria|cip|numero historia|numero historia clinica|numero paciente|tarjeta sanitaria individual|"
        "numero afiliado|numero de afiliado",
        "it": "cartella clinica|numero cartella clinica|numero paziente|id paziente|codice paziente|numero nosologico|"
        "numero cartella|id assistito|codice assistito",
        "nl": "patientnummer|patient id|dossiernummer|medisch dossier|epd nummer|zorgverzekeringsnummer|dossiernr|"
        "dossier nr|verzekerdennummer|zorgverzekeringsnr|patientnr",
        "pt": "numero de utente|processo clinico|prontuario|numero do prontuario|numero do paciente|cartao sus|cns|"
        "numero sns|numero utente|numero utente sns|numero prontuario|cartao sns|carteirinha|numero da carteirinha|"
        "carteira do plano",
    },
    E.FREE_TEXT_WITH_PII: {
        "en": "notes|comments|remarks|description|message|free text|feedback|observations|details|call notes|"
        "agent notes|nurse notes|progress notes|complaint details|incident description|additional information|"
        "additional info|internal notes|case description",
        "de": "bemerkung|bemerkungen|kommentar|kommentare|notiz|notizen|anmerkungen|beschreibung|nachricht|freitext|"
        "hinweise|gesprachsnotiz|gesprachsnotizen|gespraechsnotiz|interne notiz|interne bemerkung|zusatzinfo|"
        "zusatzinformationen",
        "fr": "commentaire|commentaires|remarque|remarques|observations|notes|description|message|texte libre|"
        "commentaire libre|notes internes|informations complementaires|info complementaire|precisions",
        "es": "comentario|comentarios|observaciones|notas|descripcion|mensaje|texto libre|anotaciones|"
        "informacion adicional|notas internas|comentario libre",
        "it": "note|commento|commenti|osservazioni|descrizione|messaggio|testo libero|annotazioni|note interne|"
        "informazioni aggiuntive|annotazione",
        "nl": "opmerking|opmerkingen|notitie|notities|omschrijving|beschrijving|bericht|toelichting|vrije tekst|"
        "interne notitie|aanvullende informatie|bijzonderheden|klachtomschrijving",
        "pt": "observacoes|observacao|comentario|comentarios|notas|descricao|mensagem|texto livre|anotacoes|"
        "informacoes adicionais|notas internas|comentario livre",
    },
    E.DATE_OF_BIRTH: {
        "en": "date of birth|dob|birth date|birthdate|birthday|year of birth|bdate|birthdt|dt birth|date birth|gbdat|"
        "dt of birth",
        "de": "geburtsdatum|geb datum|geburtstag|geburtsjahr|geboren am|jahrgang|gebdat|geb am|geb jahr|gebjahr|"
        "geburtsjahrgang|geburtsdat|gebtag|geb tag",
        "fr": "date de naissance|ddn|ne le|nee le|annee de naissance|date naiss|date de naiss|date nais|ne e le|"
        "annee naiss|an naiss|jour de naissance",
        "es": "fecha de nacimiento|fecha nac|f nac|fec nac|ano de nacimiento|nacido el|fech nac|fecha nacim|f de nac|"
        "ano nac|ano de nac|fecha de nacim|nacida el",
        "it": "data di nascita|data nascita|nato il|nata il|anno di nascita|dt nascita|anno nasc|anno di nasc|"
        "d nascita",
        "nl": "geboortedatum|geb datum|geboortejaar|geboren op|gebdatum|geboortedat|geb jaar|geboorte jaar|"
        "geboorte datum|geb op",
        "pt": "data de nascimento|data nasc|dt nasc|ano de nascimento|nascido em|nascida em|data de nasc|ano nasc|"
        "ano de nasc|dt de nasc|dt de nascimento",
    },
    E.AGE: {
        "en": "age|age years|age in years|age at admission|current age|age at diagnosis|patient age|customer age|"
        "age last birthday",
        "de": "alter|lebensalter|alter in jahren|altersgruppe|altersklasse|alterskategorie|alter in j",
        "fr": "age|age en annees|age du patient|tranche d age|classe d age|age revolu",
        "es": "edad|edad en anos|edad actual|grupo de edad|rango de edad|rango etario|grupo etario|franja de edad",
        "it": "eta|eta in anni|anni compiuti|fascia d eta|fascia di eta|classe di eta|eta anni",
        "nl": "leeftijd|leeftijd in jaren|leeftijdsgroep|leeftijdscategorie|leeftijdsklasse",
        "pt": "idade|idade em anos|idade atual|faixa etaria|grupo etario|idade anos",
    },
    E.GENDER: {
        "en": "xsex|gender|sex|sex at birth|gender identity|pronouns|preferred pronouns|sex code|sex m f|gender m f|"
        "anred",
        "de": "geschlecht|anrede|geschlechtsidentitat|geschlecht m w d|geschlechtsschlussel",
        "fr": "sexe|genre|civilite|identite de genre|civ|sexe m f",
        "es": "sexo|genero|identidad de genero|sexo h m|genero sexo",
        "it": "sesso|genere|identita di genere|appellativo|sesso m f",
        "nl": "geslacht|gender|aanhef|genderidentiteit|geslacht m v",
        "pt": "sexo|genero|identidade de genero|sexo m f",
    },
    E.POSTAL_CODE: {
        "en": "postcode|post code|zip|zip code|postal code|eircode|pstlz|post cd|zip postal code|zip postal|"
        "postcode district|postcode sector|outward code|zip3|address zip|address postcode|address postal code|"
        "address zip code",
        "de": "plz|postleitzahl|postleitz|plz wohnort|adresse plz|anschrift plz",
        "fr": "code postal|cp|npa|numero postal|code post|c postal|cpostal|adresse code postal|adresse cp",
        "es": "codigo postal|cp|cod postal|c p|cod post|codpostal|codigo post|zona postal|direccion codigo postal|"
        "domicilio cp|domicilio codigo postal",
        "it": "cap|codice di avviamento postale|codice postale|c a p|cap residenza|cap domicilio|indirizzo cap",
        "nl": "postcode|postnummer|postc|adres postcode",
        "pt": "codigo postal|cep|cod postal|cep residencial|endereco cep|morada codigo postal",
    },
    E.CITY: {
        "en": "city|town|place of birth|birthplace|city of residence|municipality|suburb|county|state|province|region|"
        "post town|home city|birth city|place of residence|town of birth|borough|city1|ort01|ort02|address city|"
        "address town|address state|address province|stateorprovince|address county|gbort|city2",
        "de": "stadt|ort|wohnort|geburtsort|gemeinde|ortschaft|bundesland|kanton|landkreis|kreis|geb ort|ortsteil|"
        "stadtteil|wohngemeinde|gemeindename|heimatort|adresse ort|anschrift ort|adresse stadt|bezirk|stadtbezirk",
        "fr": "ville|commune|localite|lieu de naissance|ville de naissance|ville de residence|departement|region|"
        "province|canton|lieu naiss|lieu de naiss|ville naiss|commune de naissance|commune de residence|"
        "lieu de residence|arrondissement|departement de naissance|adresse ville|adresse commune",
        "es": "ciudad|localidad|municipio|poblacion|lugar de nacimiento|provincia|comunidad autonoma|estado|comuna|"
        "region|canton|lugar nac|lugar de nac|lugar nacimiento|ciudad de nacimiento|localidad de nacimiento|"
        "municipio de nacimiento|ciudad de residencia|municipio de residencia|localidad de residencia|"
        "direccion ciudad|domicilio localidad|domicilio provincia|direccion provincia",
        "it": "citta|comune|localita|luogo di nascita|comune di nascita|comune di residenza|provincia|regione|"
        "prov nascita|prov di nascita|prov residenza|provincia di nascita|provincia di residenza|luogo nasc|"
        "luogo di nasc|comune nasc|comune di nasc|citta di nascita|citta di residenza|comune residenza|frazione|"
        "indirizzo citta|indirizzo comune|indirizzo provincia",
        "nl": "plaats|woonplaats|stad|gemeente|geboorteplaats|plaatsnaam|provincie|woonpl|geb plaats|geboorte plaats|"
        "plaats van geboorte|plaats geboorte|adres plaats|adres woonplaats",
        "pt": "cidade|localidade|concelho|municipio|naturalidade|local de nascimento|distrito|estado|uf|freguesia|"
        "cidade natal|local nasc|local de nasc|municipio de nascimento|cidade de nascimento|cidade de residencia|"
        "concelho de residencia|municipio de residencia|localidade de residencia|endereco cidade|morada localidade|"
        "bairro",
    },
    E.COUNTRY: {
        "en": "country|country of residence|country of birth|country code|ctry|cntry|home country|residence country|"
        "country of domicile|land1|address country|address country code|gblnd",
        "de": "land|staat|wohnsitzland|geburtsland|herkunftsland|wohnland|heimatland|geburtsstaat|landercode|"
        "laendercode|adresse land|anschrift land",
        "fr": "pays|pays de residence|pays de naissance|pays d origine|pays naiss|pays de naiss|pays residence|"
        "pays de domicile|adresse pays",
        "es": "pais|pais de residencia|pais de nacimiento|pais de origen|pais nac|pais de nac|pais residencia|"
        "pais de domicilio|direccion pais|domicilio pais",
        "it": "paese|nazione|paese di residenza|paese di nascita|stato di nascita|stato di residenza|stato nascita|"
        "paese nascita|nazione di nascita|nazione di residenza|indirizzo paese|indirizzo nazione",
        "nl": "land|land van herkomst|geboorteland|land van verblijf|land van geboorte|woonland|adres land",
        "pt": "pais|pais de residencia|pais de nascimento|pais de origem|pais nasc|pais de nasc|pais residencia|"
        "pais de domicilio|endereco pais|morada pais",
    },
    E.NATIONALITY: {
        "en": "nat|nationality|citizenship|nationalities|country of citizenship|citizenship country|passport country|"
        "passport issuing country|nationality code|second nationality|dual nationality|natio|nati2|nati3",
        "de": "staatsangehorigkeit|nationalitat|staatsburgerschaft|staatsangeh|staatsang|staatsangehoerigkeit|"
        "nationalitaet|staatsbuergerschaft|staatszugehorigkeit|weitere staatsangehorigkeit|zweite staatsangehorigkeit",
        "fr": "nationalite|citoyennete|pays de nationalite|double nationalite",
        "es": "nacionalidad|ciudadania|pais de nacionalidad|doble nacionalidad",
        "it": "nazionalita|cittadinanza|stato di cittadinanza|paese di cittadinanza|doppia cittadinanza",
        "nl": "nationaliteit|staatsburgerschap|tweede nationaliteit|dubbele nationaliteit",
        "pt": "nacionalidade|cidadania|pais de nacionalidade|dupla nacionalidade",
    },
    E.OCCUPATION: {
        "en": "occupation|job title|job|profession|role|employment|job role|position title|designation|"
        "occupation code|job position|business title|current occupation|current job|current position|job profile|"
        "job family|job code",
        "de": "beruf|berufsbezeichnung|tatigkeit|stelle|ausgeubter beruf|berufsbez|taetigkeit|ausgeubte tatigkeit|"
        "ausgeuebte taetigkeit|stellenbezeichnung|jobtitel|berufsgruppe|berufsstand|beschaftigung|beschaeftigung|"
        "funktion",
        "fr": "profession|metier|emploi|poste|fonction|intitule du poste|categorie socioprofessionnelle|csp|"
        "profession exercee|emploi occupe|poste occupe|fonction occupee|metier exerce|categorie professionnelle|"
        "intitule de poste|intitule poste|libelle emploi",
        "es": "profesion|ocupacion|puesto|cargo|empleo|oficio|puesto de trabajo|profesion u oficio|ocupacion actual|"
        "cargo actual|puesto actual|categoria profesional|actividad profesional|funcion laboral",
        "it": "professione|occupazione|mansione|lavoro|impiego|qualifica|posizione lavorativa|professione svolta|"
        "qualifica professionale|mansione svolta|posizione professionale|attivita lavorativa|ruolo aziendale",
        "nl": "beroep|functie|functietitel|baan|beroepsgroep|functienaam|huidig beroep|huidige functie",
        "pt": "profissao|ocupacao|cargo|funcao|emprego|oficio|profissao atual|cargo atual|ocupacao principal|"
        "categoria profissional|atividade profissional|funcao exercida",
    },
    E.MARITAL_STATUS: {
        "en": "marital status|civil status|relationship status|famst|mar stat|marital stat|familystatuscode|"
        "family status",
        "de": "familienstand|zivilstand|fam stand|famstand|familienst|zivilst|ziv stand|personenstand",
        "fr": "situation familiale|etat civil|situation matrimoniale|sit fam|sit familiale|situation de famille|"
        "etat matrimonial|sit matrimoniale",
        "es": "estado civil|situacion familiar|edo civil|est civil|estado civ|e civil",
        "it": "stato civile|situazione familiare|stato civ|st civile|stato matrimoniale|condizione civile",
        "nl": "burgerlijke staat|burgerlijke stand|gezinssituatie|burg staat|burgerl staat|burgerlijke st|"
        "huwelijkse staat|huwelijksstatus|burgerlijke status|burg stand",
        "pt": "estado civil|situacao familiar|est civil|estado civ|situacao conjugal|estado conjugal",
    },
    E.EDUCATION: {
        "en": "education|education level|highest qualification|qualification|degree|educational attainment|schooling|"
        "highest education|highest level of education|highest degree earned|educational level|academic qualification|"
        "academic degree|degree level|school leaving certificate|school leaving qualification|years of education|"
        "years of schooling|educ|field of study|area of study",
        "de": "bildung|bildungsabschluss|bildungsniveau|hochster abschluss|schulabschluss|ausbildung|berufsabschluss|"
        "schulbildung|hochster bildungsabschluss|hoechster bildungsabschluss|hoechster abschluss|"
        "hochster schulabschluss|hoechster schulabschluss|ausbildungsabschluss|berufsausbildung|akademischer grad|"
        "akad grad|studienabschluss|bildungsstand|bildungsgrad|schulabschl|studienfach|studienrichtung|studiengang",
        "fr": "niveau d etudes|niveau d education|diplome|plus haut diplome|formation|niveau scolaire|"
        "niveau de diplome|scolarite|niveau etudes|niv etudes|diplome le plus eleve|dernier diplome|"
        "niveau de qualification|diplome obtenu|domaine d etudes",
        "es": "nivel educativo|nivel de estudios|estudios|formacion|titulacion|nivel academico|escolaridad|"
        "grado academico|educacion|nivel de instruccion|grado de instruccion|nivel estudios|maximo nivel de estudios|"
        "estudios realizados|titulo academico|nivel de formacion|carrera universitaria|area de estudio",
        "it": "titolo di studio|istruzione|livello di istruzione|grado di istruzione|scolarita|formazione|"
        "titolo studio|tit studio|tit di studio|livello istruzione|titolo di studio conseguito|grado istruzione|"
        "livello di formazione|laurea|titolo di laurea|corso di laurea",
        "nl": "opleiding|opleidingsniveau|hoogst genoten opleiding|onderwijsniveau|diploma|hoogste opleiding|"
        "hoogst behaalde opleiding|hoogst voltooide opleiding|genoten opleiding|opleidingsniv|schoolopleiding|"
        "studierichting",
        "pt": "escolaridade|nivel de escolaridade|habilitacoes|habilitacoes literarias|grau de instrucao|formacao|"
        "instrucao|nivel de ensino|grau de escolaridade|nivel de instrucao|grau academico|habilitacao academica|"
        "formacao academica|nivel educacional|hab literarias|graduacao|area de formacao|curso superior",
    },
    E.ETHNICITY: {
        "en": "ethnicity|ethnic group|ethnic origin|race|race ethnicity|ethnic background|ethnic category|race code|"
        "ethnicity code|racial group|racial origin|ethnic identity|indigenous status",
        "de": "ethnie|ethnische herkunft|ethnische zugehorigkeit|abstammung|volksgruppe|herkunft|ethnische gruppe|"
        "migrationshintergrund|ethnische zugehoerigkeit",
        "fr": "origine ethnique|ethnie|appartenance ethnique|groupe ethnique|origine raciale",
        "es": "etnia|origen etnico|grupo etnico|raza|pertenencia etnica|autoidentificacion etnica|grupo racial|"
        "origen racial",
        "it": "etnia|origine etnica|gruppo etnico|razza|gruppo razziale|origine razziale",
        "nl": "etniciteit|etnische afkomst|afkomst|herkomst|etnische achtergrond|migratieachtergrond|etnische groep|"
        "etnische herkomst|herkomstgroep",
        "pt": "etnia|raca|cor|raca cor|cor ou raca|origem etnica|grupo etnico|raca etnia|cor da pele",
    },
    E.RELIGION: {
        "en": "religion|religious affiliation|faith|denomination|religious belief|religious preference|"
        "church affiliation|church membership|church tax",
        "de": "religion|konfession|religionszugehorigkeit|glaubensrichtung|bekenntnis|religionsbekenntnis|konf|"
        "religionsunterricht|kirchensteuer|kist|ki st|kirchensteuermerkmal|kist merkmal|religionsschlussel|"
        "religionsschluessel|konfessionsschlussel|konfessionsschluessel|konfe|kirchenzugehorigkeit|"
        "kirchenzugehoerigkeit|religionszugehoerigkeit|glaubensgemeinschaft|religionsgemeinschaft",
        "fr": "religion|confession|croyance|appartenance religieuse|confession religieuse|pratique religieuse|"
        "appartenance confessionnelle",
        "es": "religion|confesion|creencia religiosa|credo|afiliacion religiosa|credo religioso|confesion religiosa|"
        "practica religiosa",
        "it": "religione|confessione religiosa|fede|credo religioso|religione professata|appartenenza religiosa",
        "nl": "religie|geloof|levensbeschouwing|kerkgenootschap|geloofsovertuiging|godsdienst|gezindte|"
        "kerkelijke gezindte|religieuze overtuiging",
        "pt": "religiao|credo|confissao religiosa|crenca religiosa|religiao professada|denominacao religiosa",
    },
    E.HEALTH: {
        "en": "tobacco|haemoglobin|hemoglobin|blood group|vaccine|vaccines|vaccination|side effect|side effects|"
        "adverse event|adverse reaction|special needs|"
        "accessibility needs|assistance needs|priority services|psr needs|psr|diagnosis|diagnoses|condition|"
        "medical condition|medication|medications|allergies|bmi|body mass index|"
        "blood type|disability|icd 10|treatment|symptoms|smoker|chronic conditions|smoking status|tobacco use|tobacco|"
        "disabled|allergy list|known allergies|vaccination status|vaccinated|vaccination|immunization status|"
        "immunisation status|covid vaccination|icd code|icd10 code|primary diagnosis|secondary diagnosis|"
        "procedure code|cpt code|surgical procedure|prescribed medication|prescribed drug|prescription drug|dosage|"
        "chief complaint|presenting complaint|sick days|sick leave|sickness absence|days sick|pregnancy status|"
        "disability status|disability type|degree of disability|blood pressure|cholesterol|hba1c|alcohol use|"
        "alcohol consumption|medical history|past medical history|pre existing conditions|preexisting conditions|"
        "chronic disease|comorbidities|atc code|atc|mental health condition|diagnosis description|diagnosis desc|"
        "diagnosis text|vaccine status|covid status|covid 19 status|covid test result|covid vaccine|heart rate|"
        "pulse rate",
        "de": "tabak|hamoglobin|blutzucker|impfstoff|impfung|nebenwirkung|nebenwirkungen|unerwunschte wirkung|"
        "besondere bedurfnisse|hilfebedarf|"
        "diagnose|diagnosen|erkrankung|erkrankungen|krankheit|vorerkrankungen|medikament|medikamente|medikation|"
        "allergien|bmi|body mass index|korpermasseindex|blutgruppe|behinderung|grad der behinderung|gdb|behandlung|"
        "icd 10|raucher|sb grad|schwerbehinderung|schwerbehindert|rauchen|tabakkonsum|allergie|impfstatus|impfung|"
        "geimpft|diagnoseschlussel|diagnoseschluessel|icd schlussel|hauptdiagnose|nebendiagnose|befund|anamnese|"
        "dosierung|wirkstoff|krankheitstage|au tage|arbeitsunfahigkeit|arbeitsunfaehigkeit|krankmeldung|"
        "schwangerschaft|pflegegrad|pflegestufe|behinderungsgrad|blutdruck|raucherstatus|alkoholkonsum|"
        "chronische erkrankung|gesundheitszustand|koerpermasseindex|krankentage|gd b",
        "fr": "tabac|hemoglobine|glycemie|vaccin|vaccination|effet indesirable|effets indesirables|"
        "besoins particuliers|besoins specifiques|"
        "diagnostic|diagnostics|maladie|pathologie|pathologies|traitement|medicament|medicaments|allergies|imc|"
        "indice de masse corporelle|groupe sanguin|handicap|cim 10|fumeur|allergie|statut vaccinal|vaccination|"
        "code cim|cim10|diagnostic principal|antecedents|antecedents medicaux|posologie|traitement en cours|"
        "arret maladie|jours d arret maladie|jours maladie|rqth|taux d invalidite|invalidite|grossesse|"
        "tension arterielle|tabagisme|consommation d alcool|affection longue duree|etat de sante",
        "es": "tabaco|hemoglobina|glucemia|vacuna|vacunacion|efecto adverso|efectos adversos|reaccion adversa|"
        "necesidades especiales|diagnostico|"
        "diagnosticos|enfermedad|patologia|tratamiento|medicamento|medicamentos|medicacion|alergias|"
        "imc|indice de masa corporal|grupo sanguineo|discapacidad|cie 10|fumador|alergia|estado de vacunacion|"
        "vacunacion|vacunado|cie10|codigo cie|diagnostico principal|antecedentes medicos|antecedentes personales|"
        "posologia|dosis|baja medica|dias de baja|incapacidad temporal|grado de discapacidad|minusvalia|embarazo|"
        "tension arterial|presion arterial|tabaquismo|consumo de alcohol|estado de salud|enfermedad cronica",
        "it": "tabacco|emoglobina|glicemia|gruppo sang|vaccino|vaccinazione|effetto collaterale|effetti collaterali|"
        "reazione avversa|bisogni speciali|"
        "diagnosi|malattia|patologia|patologie|anamnesi|terapia|farmaco|farmaci|allergie|imc|bmi|"
        "indice di massa corporea|gruppo sanguigno|disabilita|invalidita|icd 9|fumatore|categoria protetta|"
        "cat protetta|categorie protette|allergia|stato vaccinale|vaccinazione|vaccinato|codice icd|"
        "diagnosi principale|posologia|dosaggio|giorni di malattia|assenze per malattia|percentuale di invalidita|"
        "invalidita civile|legge 104|gravidanza|pressione arteriosa|tabagismo|consumo di alcol|stato di salute|"
        "patologie croniche|intolleranze|intolleranze alimentari",
        "nl": "tabak|hemoglobine|bloedsuiker|vaccin|vaccinatie|bijwerking|bijwerkingen|speciale behoeften|"
        "zorgbehoefte|diagnose|diagnoses|ziekte|"
        "aandoening|aandoeningen|medicatie|medicijnen|allergieen|bmi|queteletindex|"
        "bloedgroep|handicap|beperking|behandeling|roker|allergie|vaccinatiestatus|gevaccineerd|vaccinatie|icd code|"
        "hoofddiagnose|medische voorgeschiedenis|dosering|ziekteverzuim|verzuimdagen|ziektedagen|ziekmelding|"
        "arbeidsongeschiktheid|arbeidshandicap|zwangerschap|bloeddruk|rookgedrag|alcoholgebruik|gezondheidstoestand|"
        "chronische ziekte",
        "pt": "tabaco|hemoglobina|glicemia|vacina|vacinacao|efeito adverso|efeitos adversos|reacao adversa|"
        "necessidades especiais|diagnostico|"
        "doenca|patologia|tratamento|medicamento|medicamentos|medicacao|alergias|imc|"
        "indice de massa corporal|tipo sanguineo|grupo sanguineo|deficiencia|cid 10|fumador|fumante|alergia|"
        "estado vacinal|situacao vacinal|vacinacao|vacinado|codigo cid|cid10|diagnostico principal|historico medico|"
        "posologia|dosagem|dias de baixa|baixa medica|atestado medico|afastamento medico|grau de incapacidade|"
        "gravidez|gestante|pressao arterial|tabagismo|consumo de alcool|estado de saude|doenca cronica|"
        "pessoa com deficiencia|portador de deficiencia|tipo de deficiencia",
    },
    E.SEXUAL_ORIENTATION: {
        "en": "sexual orientation|sexuality|sexual preference|sexual identity|lgbtq|lgbtqia",
        "de": "sexuelle orientierung|sexuelle identitat|sexualitat|sexuelle ausrichtung|sexuelle praferenz|"
        "sexuelle praeferenz",
        "fr": "orientation sexuelle|sexualite|preference sexuelle|identite sexuelle",
        "es": "orientacion sexual|sexualidad|preferencia sexual|identidad sexual",
        "it": "orientamento sessuale|sessualita|preferenza sessuale|identita sessuale",
        "nl": "seksuele orientatie|seksuele voorkeur|geaardheid|seksualiteit|seksuele identiteit|seksuele geaardheid",
        "pt": "orientacao sexual|sexualidade|preferencia sexual|identidade sexual",
    },
    E.POLITICAL_OPINION: {
        "en": "political party|party affiliation|political affiliation|political views|voting intention|"
        "party preference|party membership|vote intention|voting preference|party support|political leaning|"
        "political orientation|political ideology|party voted for|last election vote",
        "de": "partei|parteizugehorigkeit|parteimitgliedschaft|politische einstellung|wahlabsicht|parteipraferenz|"
        "politische orientierung|wahlverhalten|parteipraeferenz|parteizugehoerigkeit|politische ausrichtung|"
        "parteinahe|parteinaehe|sonntagsfrage",
        "fr": "parti politique|parti|affiliation politique|opinion politique|intention de vote|sensibilite politique|"
        "orientation politique|proximite partisane|preference politique|tendance politique",
        "es": "partido politico|partido|afiliacion politica|ideologia|intencion de voto|orientacion politica|"
        "simpatia politica|recuerdo de voto|preferencia politica|tendencia politica|voto declarado|partido votado",
        "it": "partito politico|partito|orientamento politico|appartenenza politica|intenzione di voto|"
        "affiliazione politica|preferenza politica|voto espresso|partito votato|tendenza politica",
        "nl": "politieke partij|partij|politieke voorkeur|partijvoorkeur|stemvoorkeur|politieke kleur|partijkeuze|"
        "stemgedrag|politieke orientatie|stemintentie|gestemd op",
        "pt": "partido politico|partido|filiacao partidaria|orientacao politica|intencao de voto|afiliacao politica|"
        "preferencia partidaria|preferencia politica|voto declarado|simpatia partidaria",
    },
    E.TRADE_UNION: {
        "en": "trade union|union|union membership|union member|labor union|labour union|union affiliation|union name|"
        "union code|union dues|union fee|trade union dues|union local|union status",
        "de": "gewerkschaft|gewerkschaftsmitglied|gewerkschaftszugehorigkeit|gewerkschaftsmitgliedschaft|"
        "gewerkschaftsbeitrag|gewerkschaftszugehoerigkeit",
        "fr": "syndicat|appartenance syndicale|adhesion syndicale|affiliation syndicale|syndique|syndiquee|"
        "cotisation syndicale|organisation syndicale|syndicat d appartenance|delegue syndical|mandat syndical",
        "es": "sindicato|afiliacion sindical|afiliado sindical|sindicalizado|sindicalizada|cuota sindical|"
        "delegado sindical|representante sindical",
        "it": "sindacato|iscrizione sindacale|appartenenza sindacale|iscritto al sindacato|sindacalizzato|"
        "quota sindacale|trattenuta sindacale|delega sindacale|sigla sindacale|rappresentante sindacale",
        "nl": "vakbond|vakbondslid|vakbondslidmaatschap|lid vakbond|vakvereniging|vakbondscontributie|"
        "vakbondsbijdrage|vakorganisatie",
        "pt": "sindicato|filiacao sindical|sindicalizado|sindicalizada|associado sindical|contribuicao sindical|"
        "quota sindical|mensalidade sindical|delegado sindical",
    },
    E.FINANCIAL: {
        "en": "accrued pension|pension entitlement|salary|income|annual income|gross income|net income|wage|"
        "credit score|credit rating|net worth|debt|"
        "loan amount|account balance|savings|household income|credit limit|credit line|fico|fico score|experian score|"
        "equifax score|base salary|basic salary|base pay|annual salary|monthly salary|hourly rate|hourly wage|"
        "pay rate|salary grade|pay band|pay scale|compensation band|total compensation|ctc|gross salary|net salary|"
        "take home pay|gross wage|ytd gross|ytd earnings|annual compensation|remuneration|credit utilization|"
        "credit utilisation|debt to income|debt to income ratio|outstanding debt|credit bureau score|bureau score|"
        "vantagescore|beacon score|income bracket|income range|salary range|salary bracket|bankruptcy|insolvency|"
        "wage garnishment|loan balance|mortgage balance|total comp|take home|klimk|ansal|trfgr",
        "de": "rentenanspruch|rentenanwartschaft|gehalt|einkommen|jahreseinkommen|bruttoeinkommen|nettoeinkommen|"
        "lohn|bruttolohn|nettolohn|jahresgehalt|"
        "monatsgehalt|bonitat|bonitatsscore|schufa score|schufa|kreditwurdigkeit|vermogen|schulden|kontostand|"
        "haushaltseinkommen|kreditlimit|kreditrahmen|dispolimit|brutto monat|netto monat|monatsbrutto|monatsnetto|"
        "jahresbrutto|bruttogehalt|nettogehalt|bruttoentgelt|entgelt|grundgehalt|bruttobezug|bruttobezuge|"
        "bruttobezuege|nettobezuge|nettobezuege|bezuge|bezuege|verdienst|bruttoverdienst|nettoverdienst|stundenlohn|"
        "tarifgruppe|entgeltgruppe|gehaltsgruppe|gehaltsband|gehaltsstufe|lohngruppe|auszahlungsbetrag|zielgehalt|"
        "fixgehalt|grundlohn|pfandung|pfaendung|lohnpfandung|lohnpfaendung|privatinsolvenz|insolvenz|"
        "verbindlichkeiten|einkunfte|einkuenfte|bonitaet|kreditwuerdigkeit|vermoegen|dispokredit|kreditlinie|"
        "bonitaetsscore|monatslohn|jahreslohn|nettoauszahlung",
        "fr": "droits a pension|salaire|revenu|revenus|revenu annuel|salaire brut|salaire net|remuneration|"
        "cote de credit|"
        "score de credit|note de credit|solvabilite|patrimoine|dette|dettes|endettement|solde|revenu du menage|"
        "plafond de credit|limite de credit|salaire de base|salaire brut annuel|salaire mensuel|brut mensuel|"
        "net mensuel|net a payer|brut annuel|remuneration brute|remuneration annuelle|taux horaire|"
        "revenu fiscal de reference|quotient familial|qf|qf caf|tranche de revenu|tranche de revenus|"
        "taux d endettement|ficp|"
        "fichage ficp|inscription ficp|surendettement|salaire annuel",
        "es": "derechos de pension|salario|sueldo|ingresos|ingreso|ingreso anual|renta|renta anual|salario bruto|"
        "salario neto|"
        "puntaje crediticio|puntuacion crediticia|score crediticio|historial crediticio|solvencia|patrimonio|deuda|"
        "deudas|saldo|ingresos del hogar|limite de credito|linea de credito|salario base|sueldo base|sueldo bruto|"
        "sueldo neto|salario bruto anual|salario mensual|sueldo mensual|retribucion|retribucion bruta|remuneracion|"
        "tramo de ingresos|rango salarial|banda salarial|ingresos mensuales|renta familiar|nivel de ingresos|asnef|"
        "morosidad|buro de credito|endeudamiento|nivel de endeudamiento|cupo de credito|salario anual|puntaje buro|"
        "score buro",
        "it": "montante pensionistico|stipendio|reddito|reddito annuo|retribuzione|salario|ral|punteggio creditizio|"
        "merito creditizio|"
        "affidabilita creditizia|rating creditizio|patrimonio|debito|debiti|saldo|reddito familiare|limite di credito|"
        "fido bancario|fido|fido accordato|affidamento|retribuzione annua lorda|stipendio lordo|stipendio netto|"
        "netto in busta|netto mensile|lordo mensile|lordo annuo|paga base|livello retributivo|fascia di reddito|"
        "fascia reddito|isee|crif|punteggio crif|centrale rischi|segnalazione crif|cattivo pagatore|protesti|"
        "reddito lordo|reddito netto",
        "nl": "opgebouwd pensioen|pensioenaanspraak|salaris|inkomen|jaarinkomen|bruto inkomen|netto inkomen|loon|"
        "brutoloon|nettoloon|kredietscore|"
        "kredietwaardigheid|vermogen|schuld|schulden|saldo|huishoudinkomen|bkr|kredietlimiet|bruto salaris|"
        "netto salaris|brutosalaris|nettosalaris|bruto maandsalaris|maandsalaris|jaarsalaris|uurloon|salarisschaal|"
        "loonschaal|inkomensgroep|inkomensklasse|besteedbaar inkomen|bkr registratie|bkr codering|"
        "betalingsachterstand|schuldsanering|wsnp|bruto jaarsalaris|bruto maandloon|netto maandloon|maandloon|jaarloon",
        "pt": "direitos de pensao|salario|renda|rendimento|rendimentos|rendimento anual|renda mensal|remuneracao|"
        "ordenado|"
        "pontuacao de credito|score de credito|credito score|patrimonio|divida|dividas|saldo|renda familiar|"
        "limite de credito|score serasa|serasa|score de credito serasa|salario base|salario bruto|salario liquido|"
        "vencimento base|remuneracao bruta|remuneracao mensal|faixa salarial|faixa de renda|renda bruta|renda liquida|"
        "rendimento bruto|rendimento liquido|score spc|negativado|salario mensal|renda anual",
    },
}

for _language, _by_entity in {"pl": _PL, **_NORDIC}.items():  # Polish, Swedish, Danish (_lang_pl, _lang_nordic)
    for _entity, _terms in _by_entity.items():
        TERMS_BY_LANGUAGE[_entity][_language] = _terms
