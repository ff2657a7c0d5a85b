"""Value vocabularies for quasi-identifiers and special categories, in en, de, fr, es, it, nl and pt (pl in
``_lang_pl``, sv and da in ``_lang_nordic``).

Terms are stored folded (lower case, no accents, punctuation as spaces; see ``_normalize.fold``). A column
matches a vocabulary when most of its values are terms of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from privet.entities import Entity
from privet.scan import _lang_nordic, _lang_pl
from privet.scan._normalize import fold
from privet.scan._vocab_regions import EXTRA_TERMS

__all__ = ["ICD10", "VOCABULARIES", "vocabulary_ratio"]


def _terms(text: str) -> frozenset[str]:
    return frozenset(fold(t) for t in text.split("|") if fold(t))


_GENDER = _terms(
    "m|f|w|x|d|u|h|v|male|female|man|woman|men|women|non-binary|nonbinary|non binary|other|diverse|divers|"
    "genderqueer|transgender|trans|agender|intersex|unknown|prefer not to say|boy|girl|mr|mrs|ms|"
    "mannlich|weiblich|maennlich|mann|frau|keine angabe|homme|femme|masculin|feminin|feminine|masculine|"
    "non binaire|autre|hombre|mujer|masculino|femenino|no binario|otro|otra|varon|uomo|donna|maschile|"
    "femminile|maschio|femmina|non binario|altro|man|vrouw|mannelijk|vrouwelijk|anders|non-binair|"
    "homem|mulher|nao binario|outro|feminino|"
    # salutations, which give the gender (spec: a salutation column is GENDER)
    "herr|sra|srta|senor|senora|senorita|dhr|mevr|mevrouw|heer|sig|sig.ra|sig.na|sigra|signor|"
    "signora|signorina|mme|mlle|monsieur|madame|mademoiselle|senhor|senhora|pani|mx"
)
_MARITAL = _terms(
    "single|married|divorced|widowed|widow|widower|separated|never married|domestic partnership|civil union|"
    "registered partnership|in a relationship|engaged|cohabiting|partnered|married-civ-spouse|never-married|"
    "married-spouse-absent|married-af-spouse|ledig|verheiratet|geschieden|verwitwet|getrennt lebend|getrennt|"
    "verh|verh.|gesch|gesch.|verw|verw.|dauernd getrennt|eingetragene lebenspartnerschaft|"
    "eingetragene lebenspartnerschaft|lebenspartnerschaft|celibataire|marie|mariee|divorce|divorcee|veuf|veuve|"
    "separe|separee|pacse|pacsee|union libre|concubinage|soltero|soltera|casado|casada|divorciado|divorciada|"
    "viudo|viuda|separado|separada|pareja de hecho|union libre|celibe|nubile|coniugato|coniugata|sposato|"
    "sposata|divorziato|divorziata|vedovo|vedova|separato|separata|unione civile|ongehuwd|alleenstaand|"
    "gehuwd|getrouwd|gescheiden|weduwe|weduwnaar|samenwonend|geregistreerd partnerschap|solteiro|solteira|"
    "uniao estavel|viuvo|viuva"
)
_EDUCATION = _terms(
    "none|no schooling|primary school|elementary school|middle school|high school|high school diploma|"
    "secondary school|ged|some college|associate degree|associate's degree|bachelor|bachelors|bachelor's|"
    "bachelor's degree|bachelor degree|ba|bsc|bs|master|masters|master's|master's degree|ma|msc|mba|phd|"
    "doctorate|doctoral degree|professional degree|vocational training|vocational|apprenticeship|diploma|"
    "hs-grad|some-college|assoc-voc|assoc-acdm|prof-school|preschool|1st-4th|5th-6th|7th-8th|9th|10th|11th|"
    "12th|grundschule|hauptschule|realschule|mittlere reife|abitur|fachabitur|hochschulreife|ausbildung|"
    "berufsausbildung|lehre|meister|bachelorabschluss|masterabschluss|diplom|magister|promotion|doktor|"
    "kein abschluss|ohne abschluss|hauptschulabschluss|realschulabschluss|studium|hochschulabschluss|"
    "sans diplome|brevet|cap|bep|baccalaureat|bac|bac pro|bts|dut|licence|maitrise|doctorat|"
    "ecole primaire|college|lycee|grande ecole|sin estudios|educacion primaria|primaria|eso|"
    "educacion secundaria|secundaria|bachillerato|formacion profesional|fp|grado|licenciatura|"
    "diplomatura|maestria|doctorado|universitario|estudios universitarios|nessun titolo|licenza elementare|"
    "licenza media|diploma di maturita|maturita|diploma superiore|laurea|laurea triennale|laurea magistrale|"
    "diploma istituto tecnico|diploma istituto professionale|diploma liceo|diploma di liceo|diploma liceo scientifico|"
    "diploma liceo classico|istituto tecnico|istituto professionale|liceo scientifico|liceo classico|"
    "dottorato|scuola primaria|scuola media|scuola superiore|basisonderwijs|lagere school|vmbo|havo|vwo|mbo|"
    "hbo|wo|bachelor hbo|master wo|universiteit|hogeschool|promotie|doctoraat|geen opleiding|"
    "sem escolaridade|ensino fundamental|ensino basico|ensino medio|ensino secundario|ensino superior|"
    "tecnico|graduacao|licenciatura|mestrado|doutorado|doutoramento|pos graduacao|superior completo|"
    "superior incompleto|medio completo|fundamental completo"
)
_RELIGION = _terms(
    "christian|christianity|catholic|roman catholic|protestant|evangelical|lutheran|anglican|orthodox|"
    "methodist|baptist|presbyterian|pentecostal|mormon|jehovah's witness|muslim|islam|sunni|shia|jewish|"
    "judaism|hindu|hinduism|buddhist|buddhism|sikh|sikhism|jain|bahai|taoist|shinto|atheist|agnostic|"
    "none|no religion|non-religious|nonreligious|spiritual|other religion|christ|christlich|katholisch|"
    "romisch katholisch|evangelisch|protestantisch|orthodox|muslimisch|islamisch|judisch|hinduistisch|"
    "buddhistisch|konfessionslos|ohne konfession|keine|atheistisch|chretien|chretienne|catholique|"
    "protestante|orthodoxe|musulman|musulmane|juif|juive|hindou|bouddhiste|athee|agnostique|sans religion|"
    "cristiano|cristiana|catolico|catolica|protestante|evangelico|evangelica|ortodoxo|ortodoxa|musulman|"
    "musulmana|judio|judia|hindu|budista|ateo|atea|agnostico|agnostica|sin religion|cattolico|cattolica|"
    "cristiano|protestante|ortodosso|musulmano|musulmana|ebreo|ebrea|induista|buddista|ateo|agnostico|"
    "nessuna religione|christelijk|katholiek|rooms-katholiek|protestants|hervormd|gereformeerd|moslim|"
    "islamitisch|joods|hindoe|boeddhist|boeddhistisch|atheist|geen religie|geen|cristao|crista|catolico|"
    "catolica|evangelico|protestante|muculmano|muculmana|judeu|judia|budista|ateu|ateia|espirita|"
    "candomble|umbanda|sem religiao"
)
_ETHNICITY = _terms(
    "white|black|asian|hispanic|latino|latina|latinx|hispanic or latino|not hispanic or latino|"
    "african american|black or african american|white british|white irish|white other|mixed|mixed race|"
    "multiracial|two or more races|native american|american indian|american indian or alaska native|"
    "alaska native|pacific islander|native hawaiian|native hawaiian or other pacific islander|caucasian|"
    "arab|middle eastern|south asian|east asian|southeast asian|indian|pakistani|bangladeshi|chinese|"
    "caribbean|african|black african|black caribbean|roma|sinti|traveller|gypsy|indigenous|aboriginal|"
    "first nations|metis|inuit|amer-indian-eskimo|asian-pac-islander|other|weiss|weisse|schwarz|asiatisch|"
    "hispanisch|gemischt|arabisch|turkischstammig|blanc|blanche|noir|noire|asiatique|hispanique|metis|"
    "metisse|maghrebin|maghrebine|arabe|blanco|blanca|negro|negra|asiatico|asiatica|hispano|hispana|"
    "gitano|gitana|mestizo|mestiza|indigena|afrodescendiente|bianco|bianca|nero|nera|ispanico|ispanica|"
    "misto|mista|rom|wit|zwart|aziatisch|hispaans|gemengd|surinaams|antilliaans|marokkaans|turks|"
    "branco|branca|preto|preta|pardo|parda|amarelo|amarela|indigena|asiatico|negra|mulato|mulata"
)
_SEXUAL = _terms(
    "heterosexual|straight|homosexual|gay|lesbian|bisexual|bi|pansexual|asexual|queer|questioning|"
    "heterosexuell|homosexuell|schwul|lesbisch|bisexuell|pansexuell|asexuell|heterosexuel|heterosexuelle|"
    "homosexuel|homosexuelle|lesbienne|bisexuel|bisexuelle|asexuel|asexuelle|pansexuel|heterosexual|"
    "homosexual|lesbiana|bisexual|asexual|pansexual|eterosessuale|omosessuale|lesbica|bisessuale|"
    "asessuale|pansessuale|heteroseksueel|homoseksueel|lesbisch|biseksueel|aseksueel|panseksueel|"
    "heterossexual|homossexual|lesbica|bissexual|assexual|pansexual|hetero|homo|lgbt|lgbtq|lgbtq+"
)
_POLITICAL = _terms(
    "democrat|democratic|democratic party|republican|republican party|independent|libertarian|green|"
    "green party|labour|labour party|conservative|conservative party|tory|liberal democrats|lib dem|snp|"
    "reform uk|ukip|plaid cymru|sinn fein|dup|left|right|centre|center|centre-left|centre-right|far left|"
    "far right|liberal|socialist|communist|no party|none|non-partisan|cdu|csu|cdu/csu|spd|fdp|grune|"
    "die grunen|bundnis 90/die grunen|afd|die linke|linke|bsw|freie wahler|piraten|npd|ovp|spo|fpo|neos|"
    "renaissance|ensemble|la republique en marche|lrem|les republicains|lr|parti socialiste|ps|"
    "rassemblement national|rn|front national|la france insoumise|lfi|europe ecologie les verts|eelv|"
    "les ecologistes|parti communiste francais|pcf|modem|reconquete|horizons|pp|partido popular|psoe|"
    "vox|podemos|sumar|ciudadanos|cs|erc|junts|pnv|eh bildu|bng|iu|izquierda unida|pd|partito democratico|"
    "fratelli d'italia|fdi|lega|lega nord|forza italia|movimento 5 stelle|m5s|azione|italia viva|avs|"
    "sinistra italiana|verdi|vvd|pvv|cda|d66|groenlinks|pvda|groenlinks-pvda|sp|christenunie|sgp|"
    "partij voor de dieren|pvdd|fvd|forum voor democratie|ja21|bbb|nsc|volt|denk|50plus|psd|"
    "partido socialista|chega|iniciativa liberal|il|bloco de esquerda|be|cdu pcp|pcp|livre|pan|cds|cds-pp|"
    "pt|partido dos trabalhadores|pl|partido liberal|psdb|mdb|psol|pdt|pp progressistas|uniao brasil|novo|"
    "republicanos|psb|rede"
)
_UNION = _terms(
    "member|non-member|not a member|union member|unionized|unionised|non-union|yes|no|afl-cio|seiu|teamsters|"
    "uaw|afscme|nea|aft|ibew|unite|unison|gmb|unite the union|rcn|nasuwt|neu|bma|usdaw|pcs|rmt|cwu|tuc|"
    "dgb|ver di|verdi|ig metall|ig bce|gew|ig bau|evg|ngg|gdp|marburger bund|cgt|cfdt|fo|force ouvriere|"
    "cfe-cgc|cftc|unsa|fsu|solidaires|sud|ccoo|comisiones obreras|ugt|cgt espana|usop|csif|ela|lab|cig|"
    "cgil|cisl|uil|ugl|cobas|usb|fnv|cnv|vcp|abvakabo|ugt portugal|cgtp|cgtp-in|cut|forca sindical|ctb|"
    "gewerkschaftsmitglied|kein mitglied|syndique|non syndique|afiliado|no afiliado|sindacalizzato|"
    "iscritto|non iscritto|vakbondslid|geen lid|sindicalizado|nao sindicalizado"
)
_HEALTH_TERMS = _terms(
    "diabetes|type 1 diabetes|type 2 diabetes|diabetes mellitus|hypertension|high blood pressure|asthma|copd|"
    "chronic obstructive pulmonary disease|depression|major depressive disorder|anxiety|anxiety disorder|"
    "bipolar disorder|schizophrenia|adhd|autism|dementia|alzheimer's disease|alzheimer|parkinson's disease|"
    "parkinson|epilepsy|migraine|cancer|breast cancer|lung cancer|prostate cancer|colon cancer|leukemia|"
    "lymphoma|melanoma|hiv|aids|hepatitis|hepatitis b|hepatitis c|tuberculosis|covid-19|covid|influenza|"
    "pneumonia|bronchitis|obesity|overweight|arthritis|rheumatoid arthritis|osteoarthritis|osteoporosis|"
    "heart disease|coronary artery disease|heart failure|atrial fibrillation|stroke|myocardial infarction|"
    "heart attack|kidney disease|chronic kidney disease|multiple sclerosis|crohn's disease|ulcerative colitis|"
    "psoriasis|eczema|allergy|hay fever|anemia|hypothyroidism|hyperthyroidism|insomnia|back pain|"
    "low back pain|fracture|ptsd|ocd|eating disorder|anorexia|bulimia|substance use disorder|alcoholism|"
    "pregnancy|pregnant|disability|disabled|wheelchair user|blind|deaf|smoker|non-smoker|former smoker|"
    "never smoked|current smoker|ex-smoker|healthy|no known conditions|none|bluthochdruck|zuckerkrankheit|"
    "asthma bronchiale|depressionen|angststorung|demenz|epilepsie|migrane|krebs|brustkrebs|lungenkrebs|"
    "herzinsuffizienz|herzinfarkt|schlaganfall|niereninsuffizienz|rheuma|arthrose|adipositas|ubergewicht|"
    "allergie|heuschnupfen|schilddrusenunterfunktion|raucher|nichtraucher|ex-raucher|behinderung|"
    "schwerbehindert|hypertension arterielle|diabete|asthme|depression|anxiete|cancer du sein|insuffisance "
    "cardiaque|infarctus|avc|accident vasculaire cerebral|epilepsie|migraine|obesite|surpoids|arthrose|"
    "polyarthrite rhumatoide|allergie|fumeur|non fumeur|ex fumeur|handicap|hipertension|hipertension arterial|"
    "diabetes tipo 2|asma|depresion|ansiedad|cancer de mama|insuficiencia cardiaca|infarto|ictus|epilepsia|"
    "migrana|obesidad|sobrepeso|artrosis|artritis|alergia|fumador|no fumador|exfumador|discapacidad|"
    "ipertensione|diabete|asma|depressione|ansia|cancro|tumore|tumore al seno|insufficienza cardiaca|"
    "infarto|ictus|epilessia|emicrania|obesita|sovrappeso|artrosi|artrite|allergia|fumatore|non fumatore|"
    "ex fumatore|disabilita|hoge bloeddruk|suikerziekte|diabetes|astma|depressie|angststoornis|kanker|"
    "borstkanker|hartfalen|hartinfarct|beroerte|epilepsie|migraine|obesitas|overgewicht|artrose|allergie|"
    "roker|niet-roker|ex-roker|handicap|hipertensao|diabetes|asma|depressao|ansiedade|cancer de mama|"
    "insuficiencia cardiaca|enfarte|infarto|avc|epilepsia|enxaqueca|obesidade|sobrepeso|artrose|alergia|"
    "fumante|nao fumante|ex-fumante|deficiencia|gesund|sain|sano|sana|gezond|saudavel"
)
_MEDICATION = _terms(
    "metformin|insulin|insulin glargine|lisinopril|amlodipine|atorvastatin|simvastatin|rosuvastatin|"
    "levothyroxine|omeprazole|pantoprazole|esomeprazole|metoprolol|bisoprolol|ramipril|losartan|valsartan|"
    "hydrochlorothiazide|furosemide|warfarin|apixaban|rivaroxaban|clopidogrel|aspirin|acetylsalicylic acid|"
    "ibuprofen|paracetamol|acetaminophen|naproxen|diclofenac|tramadol|oxycodone|morphine|codeine|"
    "gabapentin|pregabalin|sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|"
    "duloxetine|bupropion|mirtazapine|amitriptyline|trazodone|quetiapine|olanzapine|risperidone|"
    "aripiprazole|lithium|lamotrigine|levetiracetam|valproate|carbamazepine|diazepam|lorazepam|alprazolam|"
    "clonazepam|zolpidem|methylphenidate|salbutamol|albuterol|fluticasone|budesonide|montelukast|"
    "prednisone|prednisolone|methotrexate|adalimumab|amoxicillin|azithromycin|ciprofloxacin|doxycycline|"
    "cetirizine|loratadine|allopurinol|tamsulosin|finasteride|sildenafil|semaglutide|liraglutide|"
    "empagliflozin|dapagliflozin|sitagliptin|glimepiride|estradiol|levonorgestrel|ethinylestradiol|"
    "testosterone|vitamin d|folic acid|iron|ferrous sulfate|enalapril|candesartan|spironolactone|digoxin|"
    "ibuprofeno|paracetamol|metamizol|novaminsulfon|ass|aspirina|tachipirina|omeprazol|pantoprazol|"
    "insuline|insulina|metformina|levotiroxina|l-thyroxin|atorvastatina|simvastatina|amlodipino|"
    "enalapril|furosemida|sertralina|fluoxetina|diazepam|lorazepam|amoxicilina|amoxicillina|azitromicina|"
    "doliprane|dafalgan|efferalgan|levothyrox|kardegic|spasfon|voltaren|nurofen|lyrica|xanax|prozac|"
    "zoloft|lipitor|crestor|eliquis|xarelto|januvia|ozempic|humira|ventolin|seretide|symbicort|"
    "synthroid|glucophage|plavix|nexium|zyrtec|claritin"
)
_OCCUPATION = _terms(
    "teacher|nurse|engineer|software engineer|software developer|developer|programmer|doctor|physician|"
    "surgeon|dentist|pharmacist|lawyer|attorney|accountant|manager|sales manager|project manager|"
    "consultant|analyst|data scientist|designer|architect|electrician|plumber|carpenter|mechanic|driver|"
    "truck driver|taxi driver|cook|chef|waiter|waitress|cashier|clerk|secretary|receptionist|farmer|"
    "police officer|firefighter|soldier|student|retired|unemployed|homemaker|housewife|self-employed|"
    "entrepreneur|journalist|writer|artist|musician|actor|photographer|scientist|researcher|professor|"
    "lecturer|librarian|social worker|psychologist|therapist|veterinarian|pilot|flight attendant|"
    "cleaner|janitor|security guard|salesperson|real estate agent|banker|economist|translator|"
    "hairdresser|baker|butcher|tailor|painter|welder|technician|it specialist|administrator|"
    "civil servant|paramedic|midwife|caregiver|adm-clerical|exec-managerial|prof-specialty|craft-repair|"
    "handlers-cleaners|machine-op-inspct|other-service|tech-support|protective-serv|farming-fishing|"
    "transport-moving|priv-house-serv|armed-forces|sales|lehrer|lehrerin|krankenschwester|krankenpfleger|"
    "pflegefachkraft|ingenieur|ingenieurin|arzt|arztin|zahnarzt|apotheker|rechtsanwalt|rechtsanwaltin|"
    "steuerberater|buchhalter|buchhalterin|kaufmann|kauffrau|verkaufer|verkauferin|elektriker|"
    "klempner|tischler|schreiner|mechaniker|kfz-mechatroniker|fahrer|berufskraftfahrer|koch|kellner|"
    "kellnerin|kassierer|sekretarin|landwirt|polizist|polizistin|feuerwehrmann|soldat|rentner|rentnerin|"
    "arbeitslos|hausfrau|selbststandig|informatiker|softwareentwickler|architekt|friseur|friseurin|"
    "backer|metzger|erzieher|erzieherin|beamter|beamtin|professeur|professeure|enseignant|enseignante|"
    "infirmier|infirmiere|ingenieure|medecin|dentiste|pharmacien|avocat|avocate|comptable|vendeur|"
    "vendeuse|electricien|plombier|menuisier|mecanicien|chauffeur|cuisinier|serveur|serveuse|caissier|"
    "caissiere|agriculteur|policier|pompier|etudiant|etudiante|retraite|retraitee|chomeur|developpeur|"
    "coiffeur|coiffeuse|boulanger|boucher|fonctionnaire|profesor|profesora|maestro|maestra|enfermero|"
    "enfermera|ingeniero|ingeniera|medico|medica|abogado|abogada|contable|vendedor|vendedora|electricista|"
    "fontanero|carpintero|mecanico|conductor|cocinero|camarero|camarera|cajero|cajera|agricultor|"
    "policia|bombero|estudiante|jubilado|jubilada|desempleado|programador|peluquero|panadero|"
    "funcionario|insegnante|infermiere|infermiera|ingegnere|avvocato|commercialista|ragioniere|commesso|"
    "commessa|elettricista|idraulico|falegname|meccanico|autista|cuoco|cameriere|cameriera|cassiere|"
    "agricoltore|poliziotto|vigile del fuoco|studente|studentessa|pensionato|pensionata|disoccupato|"
    "impiegato|impiegata|parrucchiere|panettiere|leraar|lerares|verpleegkundige|verpleger|arts|tandarts|"
    "apotheker|advocaat|boekhouder|verkoper|verkoopster|loodgieter|timmerman|monteur|chauffeur|kok|ober|"
    "serveerster|kassamedewerker|boer|politieagent|brandweerman|gepensioneerd|werkloos|huisvrouw|"
    "zzp'er|ontwikkelaar|kapper|bakker|slager|ambtenaar|professor|professora|enfermeiro|enfermeira|"
    "engenheiro|engenheira|advogado|advogada|contador|contabilista|eletricista|encanador|canalizador|"
    "carpinteiro|motorista|cozinheiro|garcom|empregado de mesa|caixa|agricultor|policial|bombeiro|"
    "estudante|aposentado|aposentada|reformado|desempregado|cabeleireiro|padeiro|acougueiro|servidor publico"
)

#: Words that mark a value as an occupation even when the whole value is not in the list.
_OCCUPATION_WORDS = re.compile(
    r"\b(engineer|manager|officer|assistant|technician|designer|developer|analyst|consultant|specialist|"
    r"teacher|nurse|director|administrator|scientist|therapist|worker|operator|surveyor|editor|producer|"
    r"clerk|agent|librarian|lawyer|solicitor|barrister|accountant|architect|psychologist|pharmacist|"
    r"inspector|planner|coordinator|executive|secretary|journalist|chemist|physicist|geologist|"
    r"ingenieur\w*|kaufm\w+|leiter\w*|berater\w*|techniker\w*|fachkraft|referent\w*|sachbearbeiter\w*|"
    r"entwickler\w*|lehrer\w*|mitarbeiter\w*|meister\w*|arzt|arztin|pfleger\w*|"
    r"ingenieure?|technicien\w*|responsable|charge|chargee|directeur|directrice|assistante?|conseill\w+|"
    r"agent|gestionnaire|ingeniero|ingeniera|tecnico|tecnica|director|directora|asistente|gerente|"
    r"consultor\w*|ingegnere|tecnico|impiegat\w|responsabile|addetto|addetta|medewerker|adviseur|"
    r"beheerder|manager|engenheir\w|tecnico|assistente|analista|gestor\w*|operador\w*|operari\w+|operai\w|"
    r"especialista|supervisor\w*|profesional|trabajador\w*|trabalhador\w*|encarregad\w+|professor\w*|"
    r"professeur|ouvrier\w*|employe\w*|conducteur\w*|chef|vendeu\w+|addett\w|impiegat\w|medewerker|"
    r"monteur|docent|verkoper|verpleegkundige|arbeider|schilder|timmerman|kok|monitor\w*|auxiliar|"
    r"ayudante|oficial|educador\w*|educat\w+|animat\w+|inspect\w+|ingenier\w+|administrativ\w+|"
    r"photograph\w+|musician|writer|artist|officer|administrator|nurse|doctor|driver|cook|"
    r"worker|mechanic\w*|electrician|plumber|carpenter|cashier|salesperson|clerk|"
    r"repartidor\w*|albanil|jubilad[oa]s?|camarer[oa]|limpiador\w*|dependient[ae]|conductor\w*|mecanic[oa]|"
    r"peluquer[oa]|cociner[oa]|panader[oa]|fontaner[oa]|enfermer[oa]|maestr[oa]|abogad[oa]|"
    r"agricultor\w*|desemplead[oa]|estudiante|ama de casa|autonom[oa]|funcionari[oa]|"
    r"pensionad[oa]|jornaler[oa]|vendedor\w*|empleada? de hogar|cuidador\w*)\b"
)

#: ICD-10: a letter, two digits, optional dot and one to four more characters (U07.1, E11.9, F32, S72.001A).
ICD10 = re.compile(r"[A-TV-Z]\d{2}(?:\.\d{1,4}[A-Z]?|\d[A-Z]?)?|U0[7-9](?:\.\d)?", re.ASCII)

VOCABULARIES: dict[Entity, frozenset[str]] = {
    Entity.GENDER: _GENDER,
    Entity.MARITAL_STATUS: _MARITAL,
    Entity.EDUCATION: _EDUCATION | _terms(EXTRA_TERMS[Entity.EDUCATION]),
    Entity.RELIGION: _RELIGION | _terms(EXTRA_TERMS[Entity.RELIGION]),
    Entity.ETHNICITY: _ETHNICITY | _terms(EXTRA_TERMS[Entity.ETHNICITY]),
    Entity.SEXUAL_ORIENTATION: _SEXUAL,
    Entity.POLITICAL_OPINION: _POLITICAL | _terms(EXTRA_TERMS[Entity.POLITICAL_OPINION]),
    Entity.TRADE_UNION: _UNION | _terms(EXTRA_TERMS[Entity.TRADE_UNION]),
    Entity.HEALTH: _HEALTH_TERMS | _MEDICATION | _terms(EXTRA_TERMS[Entity.HEALTH]),
    Entity.OCCUPATION: _OCCUPATION,
}
for _entity, _more in [*_lang_pl.VOCAB_TERMS.items(), *_lang_nordic.VOCAB_TERMS.items()]:  # pl, sv, da
    VOCABULARIES[_entity] = VOCABULARIES[_entity] | _terms(_more)

#: Terms so generic (yes/no, none, other) that a column made only of them says nothing.
GENERIC_TERMS = frozenset(
    {
        "yes",
        "no",
        "none",
        "other",
        "unknown",
        "member",
        "left",
        "right",
        "center",
        "centre",
        "independent",
        "green",
        "keine",
        "geen",
        "sans",
        "autre",
        "otro",
        "altro",
        "outro",
        "anders",
        "x",
        "u",
        "d",
        "m",
        "f",
        "h",
        "v",
        "w",
        "iron",
        "cap",
        "ps",
        "il",
        "be",
        "pl",
        "pt",
        "sales",
        "ass",
        "lab",
        "sud",
        "bi",
        "fo",
        "cs",
        "pp",
        "pan",
        "novo",
    }
) | _terms(_lang_pl.GENERIC)


#: Words that mark a value as a health condition, symptom or impairment when the whole value is not in the list
#: ("Crise convulsive", "Détresse respiratoire", "Malentendant(e) - boucle magnétique"); matched on folded text.
_HEALTH_WORDS = re.compile(
    r"\b(fever|seizures?|convulsions?|respiratory distress|chest pain|suicid\w*|overdose|poisoning|ha?emorrhage|"
    r"unconscious|syncope|diabet\w*|asthma|epilep\w+|dementia|allerg\w+|infections?|tumou?rs?|sclerosis|"
    r"paralysis|hearing impaired|visually impaired|wheelchair|disorders?|syndrome|diseases?|illness|"
    r"back pain|heart condition|(?:hip|knee) replacement|injur(?:y|ies)|beta.?blockers?|arthritis|arthrose|"
    r"rueckenschmerz\w*|ruckenschmerz\w*|knieverletzung|herzerkrankung|huftprothese|bandscheibenvorfall|"
    r"mal de dos|lombalgie|prothese de (?:hanche|genou)|lumbalgia|protesis de (?:cadera|rodilla)|"
    r"mal di schiena|protesi d.anca|rugpijn|hartaandoening|heupprothese|dor lombar|dor nas costas|"
    r"bol plecow|ciego|ciega|invidente|oxigeno|oxygen|oxygene|ossigeno|oxigenio|zuurstof|sauerstoff|sordo|sorda|"
    r"cieco|cieca|non vedente|non udente|ipovedente|"
    r"fievre|convulsi\w*|detresse|respiratoire|cardiaque|thoracique|douleurs?|intoxication|hemorragie|"
    r"traumatisme|malaise|inconscient\w*|diabete|asthme|dementia|demence|depressi\w+|infection|tumeur|sclerose|"
    r"paralysie|malentendant\w*|malvoyant\w*|sourde?s?|aveugle|cecite|fauteuil roulant|mobilite reduite|troubles? d\w*|"
    r"maladie|accouchement|plaies?|cephalees?|vertiges?|nausees?|vomissements?|dyspnee|entorse|"
    r"luxation|hematome|contusion|ovocytes?|embryon\w*|embryos?|fiv|ivf|icsi|insemination|iiu|"
    r"fertilit\w*|grossesse|pregnan\w*|schwanger\w*|embarazo|gravidanza|zwanger\w*|gravidez|ciaza|"
    r"surdite|presbyacousie|otites?|acouphenes|asperger\w*|dyskalkulia|dysleksja|niedosluch|autyzm|dyslexi\w*|"
    r"dyscalculi\w*|legasthenie|psychiatri\w*|hepatite|vih|nkda|no known (?:drug )?allergies|bisphosphonates?|"
    r"anticoagula\w+|"
    r"fieber|krampfanfall|atemnot|brustschmerz\w*|vergiftung|blutung|verletzung|bewusstlos|schlaganfall|demenz|"
    r"infektion|lahmung|gehorlos|schwerhorig|rollstuhl|gehbehindert\w*|syndrom|krankheit|"
    r"erkrankung|"
    r"fiebre|dificultad respiratoria|dolor|intoxicacion|hemorragia|fractura|traumatismo|desmayo|inconsciente|"
    r"demencia|infeccion|esclerosis|paralisis|silla de ruedas|movilidad reducida|trastorno|sindrome|"
    r"enfermedad|cronic[ao]|"
    r"febbre|dolore|intossicazione|emorragia|frattura|svenimento|epilessia|demenza|infezione|cancro|tumore|"
    r"sclerosi|paralisi|sedia a rotelle|disturbo|malattia|"
    r"koorts|benauwd\w*|vergiftiging|bloeding|bewusteloos|beroerte|dementie|infectie|kanker|verlamming|"
    r"slechthorend|slechtziend|rolstoel|syndroom|ziekte|"
    r"febre|intoxicacao|fratura|desmaio|demencia|infeccao|esclerose|paralisia|cadeira de rodas|"
    r"mobilidade reduzida|deficiencia|transtorno|doenca|"
    r"goraczka|drgawki|dusznosc|zatrucie|krwotok|zlamanie|omdlenie|nieprzytomn\w*|udar|cukrzyca|padaczka|"
    r"demencja|depresja|infekcja|nowotwor|paraliz|gluch\w*|niewidom\w*|wozek inwalidzki|niepelnospraw\w*|"
    r"zaburzeni\w*|choroba|przewlekl\w*)\b"
)
#: International nonproprietary name stems (WHO) that end most drug names, and doses written after a drug.
_DRUG = re.compile(
    r"^[a-z]{3,}(pril|sartan|statin|olol|prazole?|mab|cillin|mycin|floxacin|dipine?|formin|gliptin|tidine|azepam|"
    r"azolam|oxetine|triptan|thyroxine?|setron|conazole|profen|coxib|parin|terol|sonide|lukast|tinib|fenac|semide|"
    r"thiazide|triptyline|oxacin|tropium|gliflozin|glutide|vastatin)\b"
)
#: A code of the WHO's Anatomical Therapeutic Chemical classification down to the substance ("N02AX51", "A10BA02").
_ATC = re.compile(r"[ABCDGHJLMNPRSV]\d{2}[A-Z]{2}\d{2}")
_DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|ug|ml|iu|ie|ui)\b")
_CODED = re.compile(r"^\s*[A-Z0-9]{1,3}\s*[-–:)]\s+(?=\w)")
_DRUG_DOSE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ug|iu|ie|ui)\b")  # not ml: drinks and shampoo have ml
_INFLECTION = re.compile(r"\s*\([a-z]{1,4}\)|/[a-z]{1,9}$")  # "casado(a)", "divorcé(e)", "veuf/veuve"


def _lookup(key: str) -> list[Entity]:
    return [entity for entity, terms in VOCABULARIES.items() if key in terms]


#: What joins the terms of one census-style answer: "Gay or Lesbian", "Straight/Heterosexual", "M/F".
_JOINS = re.compile(r"\s*(?:/|;|,|&|\+|\b(?:or|oder|ou|o|of|and|und|et|y|e|en|ed)\b)\s*")


def _words_of(part: str) -> set[Entity]:
    """Vocabularies whose terms are all the words of ``part`` ("cristiana evangelica"); beside an ethnicity term a
    nationality adjective may stand ("asian british", "irish traveller")."""
    from privet.scan._places import nationalities

    words = part.split()
    if len(words) < 2:
        return set()
    found = set()
    for entity, terms in VOCABULARIES.items():
        own = [w in terms for w in words]
        extra = [w in nationalities() for w in words] if entity is Entity.ETHNICITY else [False] * len(words)
        if any(own) and all(o or x for o, x in zip(own, extra, strict=True)):
            found.add(entity)
    return found


def _composed(value: str) -> list[Entity]:
    """The vocabularies every part of a joined answer belongs to (empty when a part belongs to none)."""
    parts = [fold(p) for p in _JOINS.split(value.lower())]
    parts = [p for p in parts if p]
    if len(parts) < 2 and (not parts or len(parts[0].split()) < 2):
        return []
    common: set[Entity] | None = None
    for part in parts:
        found = set(_lookup(part)) or _words_of(part)
        common = found if common is None else common & found
        if not common:
            return []
    return sorted(common or (), key=lambda e: e.value)


_MAX_VALUES = 1_000
_EARLY = 150


@lru_cache(maxsize=4096)
def _vocab_hits(value: str) -> tuple[Entity, ...]:
    key = fold(value)
    hits = _lookup(key)
    if not hits:
        base = _INFLECTION.sub("", value.strip().lower())
        if base != value.strip().lower():  # one spelling of a word written for both genders
            hits = _lookup(fold(base))
    if not hits and _CODED.match(value):  # "J - Pakistani": a category code before the word (NHS ethnic codes)
        hits = _lookup(fold(_CODED.sub("", value)))
    if not hits:
        hits = _composed(value)
    if not hits and (_DRUG.match(key) or _DOSE.search(key) or _HEALTH_WORDS.search(key)):
        hits = [Entity.HEALTH]
    if Entity.HEALTH not in hits and (ICD10.fullmatch(value.strip().upper()) or _ATC.fullmatch(value.strip())):
        hits.append(Entity.HEALTH)
    if Entity.OCCUPATION not in hits and (_OCCUPATION_WORDS.search(key) or key in _lang_pl.occupations()):
        hits.append(Entity.OCCUPATION)
    return tuple(hits)


def medicine_share(counts: dict[str, int]) -> float:
    """The share of values (weighted by count) that name a medicine: a known drug, a drug stem, a dose, an ATC code."""
    total = sum(counts.values())
    hits = 0
    for value, count in list(counts.items())[:_MAX_VALUES]:
        key = fold(value)
        first = key.split(maxsplit=1)[0] if key.strip() else ""
        if (
            first in _MEDICATION
            or key in _MEDICATION
            or _DRUG.match(key)
            or _DRUG_DOSE.search(key)
            or _ATC.fullmatch(value.strip())
        ):
            hits += count
    return hits / total if total else 0.0


def vocabulary_ratio(counts: dict[str, int]) -> dict[Entity, float]:
    """Share of values (weighted by count) found in each vocabulary; ``counts`` maps distinct value -> count.

    Vocabularies whose only matches are generic terms (yes, no, none, other, single letters) get no share,
    so a yes/no column is not a trade-union column by its values alone.
    """
    total = sum(counts.values())
    if not total:
        return {}
    shares: dict[Entity, float] = {}
    specific: dict[Entity, int] = {}
    grid_only = True  # every health hit is a well or grid position ("C09", "F04")
    for i, (value, count) in enumerate(counts.items()):
        if i >= _MAX_VALUES or (i == _EARLY and not shares):  # the most frequent values decide; none matched
            break
        generic = fold(value) in GENERIC_TERMS
        for entity in _vocab_hits(value):
            shares[entity] = shares.get(entity, 0.0) + count / total
            if not generic:
                specific[entity] = specific.get(entity, 0) + 1
            if entity is Entity.HEALTH and grid_only and not _GRID_POSITION.fullmatch(value.strip()):
                grid_only = False
    # rows A-P and columns 1-24 of a plate, or keys numbered after one letter: ICD-10 codes spread over chapters
    if (grid_only and len(counts) >= 12) or _one_letter_codes(counts):  # "E11", "I10", "J06" alone are diagnoses
        shares.pop(Entity.HEALTH, None)
    return {e: s for e, s in shares.items() if specific.get(e, 0) or e is Entity.GENDER}


def _one_letter_codes(counts: dict[str, int]) -> bool:
    """Many different ICD-shaped codes that all start with one letter and have no dot: a numbering, not diagnoses
    (which spread over chapters)."""
    values = [v.strip() for v in list(counts)[:_MAX_VALUES]]
    return (
        len(values) >= 20 and len({v[:1] for v in values}) == 1 and all(re.fullmatch(r"[A-Z]\d{3}", v) for v in values)
    )


_GRID_POSITION = re.compile(r"[A-Pa-p](?:0[1-9]|1\d|2[0-4])")
