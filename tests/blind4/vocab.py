"""Per-language categorical vocabularies (as source systems write them)."""

GENDER = {
    "en": [["M", "F"], ["Male", "Female"], ["male", "female", "non-binary"], ["1", "2"]],
    "de": [["m", "w"], ["männlich", "weiblich", "divers"], ["M", "W", "D"], ["Herr", "Frau"]],
    "fr": [["H", "F"], ["Homme", "Femme"], ["M", "F"], ["1", "2"]],
    "es": [["H", "M"], ["Hombre", "Mujer"], ["V", "M"], ["masculino", "femenino"]],
    "it": [["M", "F"], ["maschio", "femmina"], ["Uomo", "Donna"]],
    "nl": [["M", "V"], ["man", "vrouw"], ["Man", "Vrouw", "X"], ["Dhr.", "Mevr."]],
    "pt": [["M", "F"], ["Masculino", "Feminino"], ["H", "M"]],
    "pl": [["M", "K"], ["mężczyzna", "kobieta"], ["Mężczyzna", "Kobieta"]],
}
MARITAL = {
    "en": ["single", "married", "divorced", "widowed", "civil partnership", "separated"],
    "de": ["ledig", "verheiratet", "geschieden", "verwitwet", "eingetragene Lebenspartnerschaft", "getrennt lebend"],
    "fr": ["célibataire", "marié(e)", "divorcé(e)", "veuf/veuve", "pacsé(e)", "séparé(e)"],
    "es": ["soltero/a", "casado/a", "divorciado/a", "viudo/a", "pareja de hecho", "separado/a"],
    "it": ["celibe/nubile", "coniugato/a", "divorziato/a", "vedovo/a", "unione civile", "separato/a"],
    "nl": ["ongehuwd", "gehuwd", "gescheiden", "weduwe/weduwnaar", "geregistreerd partnerschap", "samenwonend"],
    "pt": ["solteiro(a)", "casado(a)", "divorciado(a)", "viúvo(a)", "união de facto", "separado(a)"],
    "pl": ["kawaler/panna", "żonaty/zamężna", "rozwiedziony/a", "wdowiec/wdowa", "w separacji"],
}
EDUCATION = {
    "en": ["GCSE", "A-levels", "Bachelor's degree", "Master's degree", "PhD", "High school diploma", "Vocational"],
    "de": ["Hauptschulabschluss", "Realschulabschluss", "Abitur", "Bachelor", "Master", "Promotion",
           "Berufsausbildung", "Meister"],
    "fr": ["Brevet", "CAP/BEP", "Baccalauréat", "Licence", "Master", "Doctorat", "BTS", "Sans diplôme"],
    "es": ["ESO", "Bachillerato", "FP Grado Medio", "FP Grado Superior", "Grado universitario", "Máster",
           "Doctorado", "Sin estudios"],
    "it": ["licenza media", "diploma di maturità", "laurea triennale", "laurea magistrale", "dottorato",
           "licenza elementare", "qualifica professionale"],
    "nl": ["vmbo", "havo", "vwo", "mbo", "hbo", "wo bachelor", "wo master", "basisonderwijs"],
    "pt": ["9.º ano", "12.º ano", "Licenciatura", "Mestrado", "Doutoramento", "Ensino básico", "Bacharelato"],
    "pl": ["podstawowe", "gimnazjalne", "zasadnicze zawodowe", "średnie", "wyższe licencjackie",
           "wyższe magisterskie", "doktorat"],
}
RELIGION = {
    "en": ["Church of England", "Roman Catholic", "Muslim", "Hindu", "Jewish", "Sikh", "No religion", "Methodist",
           "Baptist"],
    "de": ["römisch-katholisch", "evangelisch", "islamisch", "jüdisch", "konfessionslos", "orthodox", "rk", "ev"],
    "fr": ["catholique", "protestant", "musulman", "juif", "sans religion", "orthodoxe", "bouddhiste"],
    "es": ["católica", "evangélica", "musulmana", "judía", "ninguna", "ortodoxa", "testigo de Jehová"],
    "it": ["cattolica", "ortodossa", "musulmana", "ebraica", "valdese", "nessuna", "buddista"],
    "nl": ["rooms-katholiek", "protestants (PKN)", "islamitisch", "joods", "geen", "hindoeïstisch", "gereformeerd"],
    "pt": ["católica", "evangélica", "muçulmana", "judaica", "sem religião", "testemunha de Jeová", "espírita"],
    "pl": ["rzymskokatolickie", "prawosławne", "ewangelickie", "świadek Jehowy", "bezwyznaniowe",
           "grekokatolickie", "muzułmańskie"],
}
ETHNICITY = {
    "en": ["White British", "White Irish", "Black African", "Black Caribbean", "Indian", "Pakistani",
           "Bangladeshi", "Chinese", "Mixed White/Asian", "Any other White background", "Prefer not to say"],
    "de": ["deutsch", "türkisch", "kurdisch", "arabisch", "Sinti und Roma", "polnisch", "russlanddeutsch"],
    "fr": ["européenne", "maghrébine", "subsaharienne", "asiatique", "antillaise", "métisse"],
    "es": ["blanca", "gitana", "latinoamericana", "magrebí", "asiática", "afrodescendiente"],
    "it": ["italiana", "rom/sinti", "nordafricana", "est-europea", "asiatica", "africana subsahariana"],
    "nl": ["Nederlands", "Turks", "Marokkaans", "Surinaams", "Antilliaans", "Indonesisch", "overig westers"],
    "pt": ["branca", "negra", "parda", "cigana", "asiática", "indígena"],
    "pl": ["polska", "śląska", "kaszubska", "ukraińska", "romska", "białoruska", "niemiecka"],
}
ORIENTATION = {
    "en": ["heterosexual", "gay", "lesbian", "bisexual", "asexual", "prefer not to say"],
    "de": ["heterosexuell", "homosexuell", "bisexuell", "asexuell", "keine Angabe"],
    "fr": ["hétérosexuel(le)", "homosexuel(le)", "bisexuel(le)", "asexuel(le)", "ne souhaite pas répondre"],
    "es": ["heterosexual", "homosexual", "bisexual", "asexual", "prefiero no decirlo"],
    "it": ["eterosessuale", "omosessuale", "bisessuale", "asessuale", "preferisco non rispondere"],
    "nl": ["heteroseksueel", "homoseksueel", "biseksueel", "aseksueel", "zeg ik liever niet"],
    "pt": ["heterossexual", "homossexual", "bissexual", "assexual", "prefiro não responder"],
    "pl": ["heteroseksualna", "homoseksualna", "biseksualna", "aseksualna", "nie chcę podawać"],
}
PARTY = {
    "en": ["Labour", "Conservative", "Liberal Democrats", "Green Party", "Reform UK", "SNP", "Plaid Cymru"],
    "de": ["SPD", "CDU", "CSU", "Bündnis 90/Die Grünen", "FDP", "Die Linke", "AfD", "BSW"],
    "fr": ["Renaissance", "LR", "PS", "LFI", "RN", "EELV", "PCF", "MoDem"],
    "es": ["PSOE", "PP", "Vox", "Sumar", "Podemos", "ERC", "PNV", "Junts"],
    "it": ["PD", "Fratelli d'Italia", "Lega", "M5S", "Forza Italia", "AVS", "Azione"],
    "nl": ["VVD", "PvdA", "GroenLinks", "PVV", "CDA", "D66", "SP", "NSC", "BBB"],
    "pt": ["PS", "PSD", "Chega", "IL", "BE", "PCP", "Livre", "CDS-PP"],
    "pl": ["PiS", "KO", "PSL", "Polska 2050", "Lewica", "Konfederacja", "Razem"],
}
UNION = {
    "en": ["Unite", "UNISON", "GMB", "NEU", "RCN", "Usdaw", "none"],
    "de": ["ver.di", "IG Metall", "GEW", "IG BCE", "EVG", "NGG", "keine"],
    "fr": ["CGT", "CFDT", "FO", "CFE-CGC", "CFTC", "UNSA", "SUD", "aucun"],
    "es": ["CCOO", "UGT", "CSIF", "CGT", "USO", "ELA", "ninguno"],
    "it": ["CGIL", "CISL", "UIL", "UGL", "USB", "nessuno"],
    "nl": ["FNV", "CNV", "VCP", "AVV", "geen"],
    "pt": ["CGTP-IN", "UGT", "STAL", "FENPROF", "nenhum"],
    "pl": ["NSZZ Solidarność", "OPZZ", "ZNP", "Forum ZZ", "brak"],
}
DIAGNOSIS = {
    "en": ["Type 2 diabetes", "Hypertension", "Asthma", "Depression", "Lower back pain", "Migraine",
           "COPD", "Anxiety disorder", "Hypothyroidism", "Breast cancer", "HIV positive", "Epilepsy"],
    "de": ["Diabetes mellitus Typ 2", "Bluthochdruck", "Asthma bronchiale", "Depression", "Rückenschmerzen",
           "Migräne", "COPD", "Angststörung", "Schilddrüsenunterfunktion", "Epilepsie", "Multiple Sklerose"],
    "fr": ["diabète de type 2", "hypertension artérielle", "asthme", "dépression", "lombalgie", "migraine",
           "BPCO", "trouble anxieux", "hypothyroïdie", "épilepsie", "sclérose en plaques"],
    "es": ["diabetes tipo 2", "hipertensión", "asma", "depresión", "lumbalgia", "migraña", "EPOC",
           "trastorno de ansiedad", "hipotiroidismo", "epilepsia", "esclerosis múltiple"],
    "it": ["diabete di tipo 2", "ipertensione", "asma", "depressione", "lombalgia", "emicrania", "BPCO",
           "disturbo d'ansia", "ipotiroidismo", "epilessia", "sclerosi multipla"],
    "nl": ["diabetes type 2", "hoge bloeddruk", "astma", "depressie", "lage rugpijn", "migraine", "COPD",
           "angststoornis", "hypothyreoïdie", "epilepsie", "multiple sclerose"],
    "pt": ["diabetes tipo 2", "hipertensão", "asma", "depressão", "lombalgia", "enxaqueca", "DPOC",
           "perturbação de ansiedade", "hipotiroidismo", "epilepsia", "esclerose múltipla"],
    "pl": ["cukrzyca typu 2", "nadciśnienie", "astma", "depresja", "bóle krzyża", "migrena", "POChP",
           "zaburzenia lękowe", "niedoczynność tarczycy", "padaczka", "stwardnienie rozsiane"],
}
ICD10 = ["E11.9", "I10", "J45.909", "F32.1", "M54.5", "G43.909", "J44.9", "F41.1", "E03.9", "C50.911", "B20",
         "G40.909", "K21.9", "E66.9", "N18.3", "I25.10", "F33.0", "Z21"]
MEDICATION = ["Metformin 500mg", "Ramipril 5mg", "Salbutamol", "Sertraline 50mg", "Ibuprofen 400mg",
              "Levothyroxine 75µg", "Atorvastatin 20mg", "Omeprazol 20mg", "Insulin glargine", "Bisoprolol 2.5mg",
              "Amlodipin 5mg", "Tamoxifen", "Lamotrigin 100mg"]
BLOOD_GROUP = ["A+", "A-", "B+", "B-", "AB+", "AB-", "0+", "0-", "O+", "O-"]
YES_NO = {
    "en": ["Y", "N"], "de": ["J", "N"], "fr": ["O", "N"], "es": ["S", "N"], "it": ["S", "N"], "nl": ["J", "N"],
    "pt": ["S", "N"], "pl": ["T", "N"],
}
REVIEWS = {
    "en": ["Great service, very quick.", "Delivery was late but product ok.", "Would recommend!", "Not worth the price.",
           "App crashes on login since the update.", "Staff friendly, waiting time too long.", "5 stars", "ok"],
    "de": ["Sehr guter Service, schnell erledigt.", "Lieferung verspätet, Ware aber ok.", "Gerne wieder!",
           "Preis-Leistung passt nicht.", "App stürzt seit dem Update ab.", "Freundlich, aber lange Wartezeit.", "top"],
    "fr": ["Très bon service, rapide.", "Livraison en retard mais produit correct.", "Je recommande !",
           "Trop cher pour ce que c'est.", "L'appli plante depuis la mise à jour.", "Personnel aimable, attente longue."],
    "es": ["Muy buen servicio, rápido.", "El envío llegó tarde pero bien.", "¡Lo recomiendo!", "No vale lo que cuesta.",
           "La app se cierra desde la actualización.", "Personal amable, mucha espera."],
    "it": ["Servizio ottimo, veloce.", "Consegna in ritardo ma prodotto ok.", "Consigliato!", "Troppo caro.",
           "L'app si blocca dopo l'aggiornamento.", "Personale gentile, attesa lunga."],
    "nl": ["Prima service, snel geregeld.", "Levering te laat maar product ok.", "Aanrader!", "Te duur.",
           "App crasht sinds de update.", "Vriendelijk personeel, lange wachttijd."],
    "pt": ["Ótimo serviço, rápido.", "Entrega atrasada mas produto ok.", "Recomendo!", "Muito caro.",
           "A app bloqueia desde a atualização.", "Pessoal simpático, espera longa."],
    "pl": ["Świetna obsługa, szybko.", "Dostawa spóźniona, ale produkt ok.", "Polecam!", "Za drogo.",
           "Aplikacja się wyłącza od aktualizacji.", "Miła obsługa, długie czekanie."],
}
