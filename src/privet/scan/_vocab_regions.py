"""Value vocabularies per country for the countries where en, de, fr, es, it, nl or pt is official or major:
political parties and trade unions (well-known national ones, names and usual abbreviations), census
ethnic-group categories, religions and education levels as national surveys and forms write them.

Abbreviations that are also common words or other codes in exports ("ACT", "PA", "DC", "GPA", "SDA", "UOM")
are left out: a value column is matched by the share of its values found here. ``_vocab`` merges these sets
into its vocabularies; the test suite checks that every country listed has parties and unions.
"""

from __future__ import annotations

from privet.entities import Entity

__all__ = ["BY_COUNTRY", "COUNTRIES"]

#: ISO country codes covered: the 7 languages' home countries and the other countries where one is official.
COUNTRIES = ("DE", "AT", "CH", "LU", "BE", "NL", "FR", "IT", "ES", "PT", "IE", "GB", "US", "CA", "AU", "NZ", "IN",
             "ZA", "MX", "AR", "CO", "CL", "PE", "BR")  # fmt: skip

_PARTIES: dict[str, str] = {
    "DE": "cdu|csu|cdu/csu|spd|fdp|grune|die grunen|bundnis 90/die grunen|afd|die linke|bsw|freie wahler|"
    "die partei|odp|tierschutzpartei|ssw|piratenpartei|volt",
    "AT": "ovp|spo|fpo|neos|kpo|die grunen|grune|bzo|team stronach|bierpartei",
    "CH": "svp|sp|fdp|fdp die liberalen|die mitte|mitte|glp|grunliberale|grune schweiz|evp|udc|plr|le centre|"
    "les vert e s|pvl|ps suisse|ppd|cvp|bdp|lega dei ticinesi",
    "LU": "lsap|dei greng|dei lenk|piratepartei|fokus",
    "BE": "n va|vlaams belang|cd&v|cd v|open vld|vooruit|groen|pvda|ptb|les engages|ecolo|defi|sp a|cdh|"
    "parti socialiste|ps",
    "NL": "vvd|pvv|cda|d66|groenlinks|pvda|groenlinks pvda|sp|christenunie|sgp|partij voor de dieren|pvdd|fvd|"
    "forum voor democratie|ja21|bbb|boerburgerbeweging|nsc|nieuw sociaal contract|volt|denk|50plus",
    "FR": "renaissance|ensemble|la republique en marche|lrem|les republicains|lr|parti socialiste|ps|"
    "rassemblement national|rn|front national|la france insoumise|lfi|europe ecologie les verts|eelv|"
    "les ecologistes|les verts|parti communiste francais|pcf|modem|reconquete|horizons|udi|npa|"
    "lutte ouvriere|debout la france|nouveau front populaire|nfp|parti radical",
    "IT": "pd|partito democratico|fratelli d italia|fdi|lega|lega nord|forza italia|movimento 5 stelle|m5s|"
    "azione|italia viva|avs|alleanza verdi e sinistra|sinistra italiana|europa verde|piu europa|noi moderati",
    "ES": "pp|partido popular|psoe|vox|podemos|sumar|ciudadanos|erc|junts|junts per catalunya|pnv|eh bildu|bng|"
    "iu|izquierda unida|coalicion canaria|compromis|mas pais|upn",
    "PT": "ps|partido socialista|psd|partido social democrata|chega|iniciativa liberal|bloco de esquerda|"
    "cdu pcp|pcp|partido comunista portugues|livre|pan|cds|cds pp|alianca democratica|pev|os verdes",
    "IE": "fianna fail|fine gael|sinn fein|labour|labour party|social democrats|green party|"
    "people before profit|aontu|independent ireland",
    "GB": "labour|labour party|conservative|conservative party|conservatives|tory|tories|liberal democrats|"
    "lib dem|lib dems|snp|scottish national party|reform uk|ukip|brexit party|plaid cymru|green party|"
    "scottish greens|dup|sinn fein|sdlp|uup|alliance party",
    "US": "democrat|democratic|democratic party|republican|republican party|independent|libertarian|"
    "libertarian party|green party|constitution party|unaffiliated|no party preference|decline to state",
    "CA": "liberal|liberal party|conservative|conservative party|ndp|new democratic party|bloc quebecois|"
    "green party of canada|people s party|parti liberal|parti conservateur|npd|nouveau parti democratique|"
    "caq|coalition avenir quebec|parti quebecois|pq|quebec solidaire",
    "AU": "labor|australian labor party|alp|liberal|liberal party|nationals|the nationals|national party|"
    "greens|australian greens|one nation|pauline hanson s one nation|liberal national party|lnp",
    "NZ": "labour|new zealand labour party|national|national party|new zealand national party|green party|"
    "act new zealand|act party|nz first|new zealand first|te pati maori|maori party",
    "IN": "bjp|bharatiya janata party|indian national congress|congress|aap|aam aadmi party|cpi(m)|cpi m|"
    "trinamool congress|all india trinamool congress|tmc|bsp|bahujan samaj party|samajwadi party|dmk|aiadmk|"
    "shiv sena|ncp|nationalist congress party|jd(u)|janata dal (united)|rjd|rashtriya janata dal",
    "ZA": "anc|african national congress|democratic alliance|eff|economic freedom fighters|ifp|"
    "inkatha freedom party|umkhonto wesizwe|mk party|freedom front plus|ff+|vf+|actionsa|patriotic alliance",
    "MX": "morena|pan|partido accion nacional|pri|partido revolucionario institucional|prd|"
    "movimiento ciudadano|pvem|partido verde|partido verde ecologista de mexico|pt|partido del trabajo",
    "AR": "ucr|union civica radical|partido justicialista|peronismo|propuesta republicana|la libertad avanza|"
    "frente de todos|union por la patria|juntos por el cambio|frente de izquierda|coalicion civica",
    "CO": "partido liberal|partido liberal colombiano|partido conservador|partido conservador colombiano|"
    "centro democratico|pacto historico|partido de la u|cambio radical|alianza verde|polo democratico|comunes",
    "CL": "partido socialista|partido socialista de chile|udi|renovacion nacional|rn|partido republicano|"
    "frente amplio|partido comunista|partido comunista de chile|ppd|partido por la democracia|"
    "democracia cristiana|evopoli|partido radical",
    "PE": "fuerza popular|peru libre|accion popular|apra|partido aprista peruano|renovacion popular|"
    "alianza para el progreso|somos peru|juntos por el peru",
    "BR": "pt|partido dos trabalhadores|pl|partido liberal|psdb|mdb|psol|pdt|pp|progressistas|uniao brasil|novo|"
    "republicanos|psb|rede|psd|pcdob|solidariedade|podemos|cidadania|avante|ptb|democratas",
}

_UNIONS: dict[str, str] = {
    "DE": "dgb|ver di|verdi|ig metall|ig bce|gew|ig bau|evg|ngg|gdp|marburger bund|dbb|beamtenbund|gdl|komba",
    "AT": "ogb|gpa djp|pro ge|younion|vida gewerkschaft|gewerkschaft vida",
    "CH": "unia|sgb|travail suisse|syna|vpod|syndicom|ssp vpod",
    "LU": "ogbl|lcgb|aleba|cgfp|syprolux",
    "BE": "abvv|fgtb|acv|csc|aclvb|cgslb|acv puls|setca",
    "NL": "fnv|cnv|vcp|de unie|abvakabo|abvakabo fnv|cmhf|aob",
    "FR": "cgt|cfdt|fo|force ouvriere|cfe cgc|cftc|unsa|fsu|solidaires|sud|cnt",
    "IT": "cgil|cisl|uil|ugl|cobas|usb|fiom|fiom cgil|snals|confsal",
    "ES": "ccoo|comisiones obreras|ugt|cgt|csif|ela|lab|cig|satse|intersindical|usop",
    "PT": "cgtp|cgtp in|ugt|fenprof",
    "IE": "ictu|siptu|forsa|inmo|mandate trade union|connect trade union|unite",
    "GB": "unite|unite the union|unison|gmb|rcn|royal college of nursing|nasuwt|neu|national education union|"
    "bma|usdaw|pcs|rmt|cwu|tuc|ucu|aslef|fbu|prospect union",
    "US": "afl cio|seiu|teamsters|uaw|afscme|nea|aft|ibew|ufcw|cwa|unite here|nnu|national nurses united|"
    "sag aftra|iuoe|liuna|ufw|ilwu|apwu|nalc|afge|united steelworkers",
    "CA": "clc|canadian labour congress|cupe|scfp|unifor|psac|afpc|ftq|csn|csq|united steelworkers|teamsters canada",
    "AU": "actu|australian council of trade unions|cfmeu|awu|anmf|aeu|australian education union|cpsu|mua|etu|"
    "united workers union|uwu|hsu|nteu|twu",
    "NZ": "nzctu|ctu|e tu|nzno|nzei|ppta|first union|unite union",
    "IN": "intuc|aituc|citu|bharatiya mazdoor sangh|hind mazdoor sabha|aiutuc|sewa|tucc|utuc|aicctu",
    "ZA": "cosatu|numsa|sadtu|nehawu|saftu|fedusa|nactu|solidariteit|amcu|popcru|samwu|uasa",
    "MX": "ctm|snte|stprm|sindicato nacional de trabajadores de la educacion|cnte",
    "AR": "cgt|cta de los trabajadores|uocra|upcn|smata|ctera",
    "CO": "cut|cgt|ctc colombia|fecode",
    "CL": "cut|cut chile|anef|confusam|colegio de profesores",
    "PE": "cgtp|cut peru|sutep|catp",
    "BR": "cut|forca sindical|ctb|ugt|ncst|csb|csp conlutas|conlutas|intersindical",
}

_ETHNIC_GROUPS = (
    # US census and OMB
    "asian american|hispanic/latino|hispanic latino|non-hispanic white|non-hispanic black|some other race|"
    "middle eastern or north african|mena|alaskan native|white (non-hispanic)|black (non-hispanic)|"
    # UK census 2021 (England and Wales, Scotland, Northern Ireland)
    "white english|white scottish|white welsh|gypsy or irish traveller|irish traveller|any other white background|"
    "white and black caribbean|white and black african|white and asian|any other mixed background|"
    "mixed/multiple ethnic groups|asian/asian british|asian british|black british|"
    "black/african/caribbean/black british|"
    "any other asian background|any other black background|any other ethnic group|"
    # Canada (visible minorities) and Australia / New Zealand
    "latin american|west asian|visible minority|not a visible minority|"
    "aboriginal and torres strait islander|torres strait islander|non-indigenous|european|nz european|"
    "new zealand european|pakeha|maori|pacific peoples|samoan|tongan|cook islands maori|niuean|melaa|"
    "sud asiatique|latino americain|asiatique du sud est|asiatique occidental|"
    "minorite visible|autochtone|premieres nations|inuk|"
    # South Africa, India
    "coloured|indian/asian|indian or asian|scheduled caste|scheduled tribe|other backward class|"
    # Latin America (censos de Mexico, Colombia, Peru, Chile, Argentina) and Brazil (IBGE)
    "afromexicano|afromexicana|afrocolombiano|afrocolombiana|raizal|palenquero|afroperuano|afroperuana|"
    "quechua|aimara|aymara|mapuche|rapa nui|diaguita|atacameno|colla|pueblos originarios|afrodescendente|"
    "caucasico|caucasica|latinoamericano|latinoamericana|caucasiano|caucasiana|africano|africana|cigano|cigana|"
    "negro mulato afrodescendiente|ningun grupo etnico|"
    # Germany, Netherlands, Belgium, France, Italy (surveys, not censuses)
    "mit migrationshintergrund|ohne migrationshintergrund|westerse migratieachtergrond|"
    "niet westerse migratieachtergrond|nederlandse achtergrond|autochtoon|allochtoon|"
    "antillais|antillaise|africain|africaine|europeen|europeenne|maghrebino|africano subsahariano"
)

_RELIGIONS = (
    "church of england|church of ireland|church of scotland|greek orthodox|eastern orthodox|"
    "seventh-day adventist|adventist|latter-day saints|church of jesus christ of latter-day saints|quaker|"
    "unitarian|uniting church|evangelical christian|born again christian|rastafarian|pagan|wiccan|zoroastrian|"
    "parsi|sikh|jain|ratana|ringatu|zion christian church|african traditional religion|no religion or belief|"
    "evangelisch lutherisch|evangelisch reformiert|reformiert|altkatholisch|christkatholisch|neuapostolisch|"
    "freikirchlich|alevitisch|ohne bekenntnis|ohne religionsbekenntnis|islamische glaubensgemeinschaft|"
    "protestant|hindoue|temoin de jehovah|evangelique|sans confession|reforme|anglican|"
    "testigo de jehova|mormon|catolico practicante|catolico no practicante|no creyente|creyente|hinduista|sij|"
    "adventista|pentecostal|evangelico pentecostal|"
    "valdese|testimone di geova|cristiano ortodosso|islamico|islamica|buddhista|non credente|"
    "pkn|protestantse kerk in nederland|nederlands hervormd|hindoeistisch|humanist|humanistisch|niet gelovig|"
    "ongelovig|vrijzinnig|islam|"
    "testemunha de jeova|catolico apostolico romano|judaico|judaica|judaismo|agnostico|agnostica|"
    "religioes afro brasileiras|afro brasileira|evangelica pentecostal"
)

_EDUCATION_LEVELS = (
    # GB, IE, US, AU, NZ, IN, ZA
    "gcse|gcses|o level|o levels|a level|a levels|nvq|btec|hnd|hnc|foundation degree|undergraduate|postgraduate|"
    "no qualifications|less than high school|some high school|high school graduate|graduate degree|"
    "leaving certificate|junior certificate|year 12|certificate iii|certificate iv|advanced diploma|tafe|ncea|"
    "ncea level 1|ncea level 2|ncea level 3|10th pass|12th pass|graduate|post graduate|illiterate|literate|"
    "matriculation|higher secondary|matric|grade 12|national senior certificate|"
    # DE, AT, CH
    "matura|lehrabschluss|berufsmatura|berufsmaturitat|fachhochschule|universitat|hochschule|pflichtschule|"
    "pflichtschulabschluss|htl|ahs|eidgenossisches fahigkeitszeugnis|efz|hohere fachschule|gymnasium|"
    "fachhochschulreife|staatsexamen|habilitation|meisterprufung|volksschule|mittelschule|"
    # FR, BE, CH, CA
    "certificat d etudes|brevet des colleges|dnb|bac+2|bac+3|bac+5|bac+8|bac 2|bac 3|bac 5|deug|dess|"
    "licence professionnelle|diplome d ingenieur|aucun diplome|cess|enseignement secondaire superieur|"
    "enseignement superieur|enseignement secondaire|enseignement primaire|diplome d etudes collegiales|"
    "diplome d etudes secondaires|cegep|baccalaureat universitaire|secondaire|primaire|universitaire|"
    "collegial|doctorat|master|"
    # ES and Latin America
    "primaria completa|primaria incompleta|secundaria completa|secundaria incompleta|preparatoria|tecnologo|"
    "universitaria completa|universitaria incompleta|superior universitaria|superior no universitaria|posgrado|"
    "especializacion|educacion media|ensenanza media|ensenanza basica|educacion basica|sin instruccion|"
    "analfabeto|analfabeta|graduado escolar|egb|bup|fp1|fp2|ciclo formativo de grado medio|"
    "ciclo formativo de grado superior|grado medio|grado superior|master universitario|diplomado|licenciado|"
    "licenciada|tecnico superior|educacion superior|primario completo|primario incompleto|secundario completo|"
    "secundario incompleto|terciario|terciario completo|terciario incompleto|universitario completo|"
    "universitario incompleto|universitaria|"
    # IT
    "diploma professionale|qualifica professionale|diploma di scuola superiore|laurea specialistica|"
    "laurea vecchio ordinamento|master di primo livello|master di secondo livello|dottorato di ricerca|"
    "licenza di scuola media|nessun titolo di studio|"
    # NL, BE (Flemish)
    "mavo|lbo|wo bachelor|wo master|hbo bachelor|hbo master|basisschool|praktijkonderwijs|secundair onderwijs|"
    "hoger onderwijs|lager onderwijs|aso|tso|bso|kso|middelbare school|"
    # PT, BR
    "bacharelato|curso profissional|ctesp|12 ano|9 ano|ensino basico completo|fundamental incompleto|"
    "medio incompleto|ensino medio completo|ensino superior completo|ensino superior incompleto|especializacao|"
    "tecnologo|alfabetizado|nao alfabetizado|ensino fundamental completo|ensino fundamental incompleto"
)

#: Condition names and smoking status in each language (both genders where the word has two), beside _vocab's.
_CONDITIONS = (
    "never smoker|non smoker|ex smoker|type 1 diabetes|type 2 diabetes|"
    "diabetes typ 1|diabetes typ 2|typ 2 diabetes|diabetes mellitus typ 2|hypertonie|arterielle hypertonie|copd|"
    "morbus alzheimer|morbus parkinson|tuberkulose|osteoporose|schizophrenie|bipolare storung|autismus|adhs|"
    "multiple sklerose|schwanger|schwangerschaft|ekzem|neurodermitis|psoriasis|anamie|hypothyreose|"
    "ruckenschmerzen|raucherin|nichtraucherin|ehemaliger raucher|ehemalige raucherin|gelegenheitsraucher|"
    "diabete de type 1|diabete de type 2|diabete type 2|bpco|maladie d alzheimer|maladie de parkinson|vih|sida|"
    "hepatite|hepatite c|tuberculose|insuffisance renale|demence|trouble bipolaire|autisme|tdah|"
    "sclerose en plaques|enceinte|grossesse|psoriase|anemie|hypothyroidie|lombalgie|fumeuse|non fumeuse|"
    "ex fumeuse|ancien fumeur|ancienne fumeuse|"
    "diabetes tipo 1|diabetes mellitus tipo 2|epoc|enfermedad de alzheimer|enfermedad de parkinson|"
    "tuberculosis|insuficiencia renal|osteoporosis|demencia|esquizofrenia|trastorno bipolar|autismo|"
    "esclerosis multiple|embarazada|embarazo|eccema|lumbalgia|hipotiroidismo|fumadora|no fumadora|exfumadora|"
    "ex fumador|ex fumadora|"
    "diabete di tipo 1|diabete di tipo 2|diabete tipo 2|diabete mellito|ipertensione arteriosa|bpco|"
    "morbo di alzheimer|morbo di parkinson|epatite|epatite c|tubercolosi|insufficienza renale|osteoporosi|"
    "demenza|schizofrenia|disturbo bipolare|sclerosi multipla|incinta|gravidanza|psoriasi|anemia|ipotiroidismo|"
    "lombalgia|fumatrice|non fumatrice|ex fumatrice|"
    "diabetes type 1|diabetes type 2|diabetes mellitus type 2|hypertensie|ziekte van alzheimer|"
    "ziekte van parkinson|tuberculose|nierinsufficientie|dementie|schizofrenie|bipolaire stoornis|"
    "multiple sclerose|zwanger|zwangerschap|eczeem|bloedarmoede|rugpijn|rookster|niet roker|ex roker|"
    "gestopt met roken|"
    "diabetes tipo 2|diabetes mellitus tipo 2|hipertensao arterial|dpoc|doenca de alzheimer|doenca de parkinson|"
    "cancro|cancro da mama|cancer de mama|tuberculose|insuficiencia renal|osteoporose|demencia|esquizofrenia|"
    "transtorno bipolar|perturbacao bipolar|esclerose multipla|gravida|gravidez|anemia|hipotiroidismo|"
    "hipotireoidismo|dor lombar|lombalgia|fumador|nao fumador|ex fumador|ex fumadora|fumadora|nao fumadora|"
    "ex fumante"
)

BY_COUNTRY: dict[Entity, dict[str, str]] = {
    Entity.POLITICAL_OPINION: _PARTIES,
    Entity.TRADE_UNION: _UNIONS,
}

EXTRA_TERMS: dict[Entity, str] = {
    Entity.POLITICAL_OPINION: "|".join(_PARTIES.values()),
    Entity.TRADE_UNION: "|".join(_UNIONS.values()),
    Entity.ETHNICITY: _ETHNIC_GROUPS,
    Entity.RELIGION: _RELIGIONS,
    Entity.EDUCATION: _EDUCATION_LEVELS,
    Entity.HEALTH: _CONDITIONS,
}
