"""French document templates (blind20)."""

TEMPLATES = [
    (
        "email_thread",
        """Objet : RE: Dégât des eaux – {p1.addr}

Bonjour {p1.title} {p1.last},

Merci pour votre retour rapide. Notre expert, {p2.full}, passera le {d3} entre 9h et 12h. Merci de préparer les photos des dommages.

Bien cordialement,
{p3.full}
Gestionnaire sinistres – {co}
{co.addr}
Ligne directe : {p3.phone} – {p3.wmail}
Service client : {co.hotline}

-----Message d'origine-----
De : {p1.full} <{p1.email}>
Envoyé : {d2} {t1}
À : {co.mail}
Objet : Dégât des eaux

Bonjour, le {d1} une canalisation a éclaté dans ma salle de bain. Mon numéro de contrat est {policy}. Vous pouvez me joindre au {p1.mobile} en journée.
Cordialement, {p1.full}""",
    ),
    (
        "email_thread",
        """De : {p1.wmail}
À : {p2.email}
Date : {d2}
Objet : Votre candidature – poste d'assistant(e) comptable (réf. {ref})

Bonjour {p2.first},

Suite à votre entretien avec {p3.init} et moi-même, nous avons le plaisir de vous proposer le poste. Pour établir le contrat, le service RH aura besoin de votre numéro de sécurité sociale, de votre date de naissance et d'un RIB.
Merci de transmettre ces documents uniquement via notre portail ({co.web}).

Bien à vous,
{p1.full}
Ressources humaines, {co}

> Le {d1}, {p2.full} a écrit :
> Bonjour {p1.first}, je me permets de revenir vers vous concernant ma candidature. Mon nouveau portable : {p2.mobile}.
> Cordialement, {p2.first}""",
    ),
    (
        "phone_transcript",
        """Transcription d'appel – {co} – {d1} à {t1}
Conseillère : {co}, bonjour, {p1.first} à l'appareil, que puis-je pour vous ?
Appelant : Bonjour, c'est {p2.full}. Il y a un prélèvement sur ma carte que je ne reconnais pas.
Conseillère : Je suis désolée. Pour vérifier votre identité, pouvez-vous me donner votre date de naissance ?
Appelant : Je suis né(e) le {p2.dob}.
Conseillère : Merci. Et votre adresse postale ?
Appelant : {p2.addr}.
Conseillère : Je vois un paiement de {amount} avec la carte {masked}. C'est bien celui-là ?
Appelant : Oui.
Conseillère : Je fais opposition et j'ouvre le dossier {ticket}. On vous rappelle au {p2.mobile} ?
Appelant : Oui, merci beaucoup.
Conseillère : Je vous en prie, {p2.title} {p2.last}. Bonne journée.""",
    ),
    (
        "insurance_claim",
        """DÉCLARATION DE SINISTRE AUTOMOBILE
N° de sinistre : {claim}     Contrat : {policy}

Le {d1} vers {t1}, notre assuré(e) {p1.full} (né(e) le {p1.dob}) était à l'arrêt au feu rouge dans le centre de {city} lorsque l'utilitaire conduit par {p2.full} a reculé et percuté l'avant du véhicule. Le tiers a reconnu sa responsabilité sur le constat amiable et indiqué : domicile {p2.addr}, téléphone {p2.mobile}.
Témoin : {p3.Flast}, joignable au {p3.phone}.
Dommages : pare-chocs avant, capot, phare droit. Devis du garage {co} joint ({amount}).
Indemnisation à verser sur le compte de l'assuré : {p1.iban}
Gestionnaire : {p4.init}""",
    ),
    (
        "police_report",
        """PROCÈS-VERBAL DE PLAINTE
N° de procédure : {ticket}
Rédacteur : brigadier {p1.last}
Date : {d2} à {t2}

Nous recevons {p2.REV}, né(e) le {p2.dob}, demeurant {p2.addr}, qui déclare que le {d1} vers {t1} son portefeuille a été dérobé à la terrasse d'un café. Le portefeuille contenait notamment la carte bancaire {p2.card} et sa carte d'identité.
Joignable au {p2.mobile}.
Témoin : {p3.full}, serveur. L'opposition a été faite auprès de la banque.
Suite : exploitation de la vidéosurveillance.""",
    ),
    (
        "medical_referral",
        """{co}
{co.addr}

{city}, le {d1}

Cher confrère, Docteur {p1.last},

Je vous adresse {p2.title} {p2.full}, né(e) le {p2.dob}, domicilié(e) {p2.addr}, pour avis concernant des douleurs abdominales récidivantes. L'échographie du {d2} est normale.
N° de sécurité sociale : {p2.id}
Le/la patient(e) est joignable au {p2.mobile}. Sa fille, {p3.full}, l'accompagne habituellement.

Bien confraternellement,
Dr {p4.full}
Médecin généraliste""",
    ),
    (
        "tenancy_dispute",
        """{p1.full}
{p1.addr2l}

{co}
{co.addr}

{city}, le {d2}

Objet : restitution du dépôt de garantie – lettre recommandée avec AR

Madame, Monsieur,

J'ai quitté le logement le {d1}. Malgré mes relances, le dépôt de garantie de {amount} ne m'a pas été restitué. L'état des lieux de sortie, signé par votre représentant {p2.init}, ne mentionne pourtant aucune dégradation.
Je vous mets en demeure de virer cette somme sur mon compte {p1.iban} avant le {d4}, faute de quoi je saisirai la commission départementale de conciliation.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
{p1.full}""",
    ),
    (
        "school_report",
        """Bulletin du premier trimestre – classe de 5e B
Élève : {p1.rev}
Professeur principal : {p2.title} {p2.last}

{p1.first} participe activement en classe et progresse régulièrement. En mathématiques, il faut davantage détailler les raisonnements. Absences : {n1} demi-journées.
La rencontre parents-professeurs aura lieu le {d2}. Pour un rendez-vous, écrire à {p2.wmail} ou appeler le secrétariat ({co.hotline}).
Contact en cas d'urgence : {p3.full}, {p3.mobile}.""",
    ),
    (
        "social_post",
        """{p1.handle} · {d1}
Franchement je suis furieuse. Canapé commandé chez {co} au printemps, payé en entier, et TOUJOURS pas livré. Leur adresse {co.mail} ne répond que par des messages automatiques. Quelqu'un d'autre dans ce cas ?

  ↳ {p2.handle}: pareil pour ma sœur. tague-les ici ils répondent plus vite
  ↳ {p3.lower}: va voir une association de consommateurs, mon mari {p4.lfirst} a été remboursé comme ça
  ↳ {p1.handle}: merci à tous ! si quelqu'un de la boîte passe par là : commande {order}, écrivez-moi à {p1.email}""",
    ),
    (
        "crm_export",
        """HISTORIQUE CRM – Contact : {p1.Flast}
Société : {co}   Responsable : {p2.init}
-------------------------------------------------
{d1} {t1}  Appel sortant – {p2.first} : échange avec {p1.full}, intéressé(e) par le contrat de maintenance. Documentation envoyée à {p1.email}.
{d2} {t2}  E-mail – devis {ref} envoyé.
{d3}  Note – la décision revient à {p3.full} ({p3.wmail}), service achats.
{d4}  Rendez-vous sur site : {co.addr}. Participants : {p1.full}, {p3.full}, {p2.full}.
{d5}  Relance – {p1.last} demande à être rappelé(e) sur son portable {p1.mobile}.
{d6}  Étape : Proposition -> Négociation""",
    ),
    (
        "ocr_form",
        """DEMANDE DE CARTE DE STATIONNEMENT RÉSIDENT     Cerfa n° {n1}{n2}
NOM : {p1.LAST}
Prénom(s) : {p1.first}
Date de naissance : {p1.dob}
Adresse : {p1.addr}
Téléphone : {p1.mobile}
Courriel : {p1.email}
Véhicule : [[Renault Clio|Peugeot 208|Citroën C3|Dacia Sandero]]
Secteur : {n1}
Signature : ________   Fait le : {d1}
Cadre réservé à l'administration : quittance {invoice}, vérifié par {p3.init}""",
    ),
    (
        "mixed_lang",
        """Hi all, petit point depuis Paris : la cliente {p1.full} a appelé ce matin – she'd like her contract moved to her new address: {p1.addr}. Joignable au {p1.mobile}, but email is better ({p1.email}).
{p2.first} de la compta confirme que le remboursement part sur l'IBAN {p1.iban}. Thanks, {p3.first}""",
    ),
    (
        "bank_dispute",
        """Contestation d'opération carte – déposée le {d2}
Titulaire : {p1.full}
Numéro de carte : {p1.card}
Date de l'opération : {d1}
Commerçant : {co}
Montant : {amount}
Motif : marchandise non reçue. J'ai écrit trois fois à {co.mail} et appelé le service client au {co.hotline}, sans réponse. Commande n° {order}.
Me contacter au {p1.phone}.
Signature : {p1.init}""",
    ),
    (
        "security_log",
        """Alerte de sécurité du {d1}
Compte : {p1.email}
Échecs de connexion : {n1} tentatives depuis {ip} entre {t1} et {t2}.
Connexion réussie depuis {p1.ip} ({city}), version du client {ver}.
L'utilisateur {p1.full} a confirmé par téléphone ({p1.mobile}) être à l'origine de la connexion depuis {city}.
Analyste : {p2.init}   Ticket : {ticket}""",
    ),
    (
        "meeting_minutes",
        """Compte rendu de l'assemblée générale de l'association des locataires – {d1}
Présents : {p1.full} (présidente), {p2.full}, {p3.init}, {p4.Flast}
Excusé(e) : {p5.full}

1. Ouverture de séance. Le compte rendu précédent est approuvé.
2. {p2.last} signale que le bailleur n'a toujours pas réparé l'ascenseur.
3. Nouveau membre, {p5.first} demande que ses coordonnées ne soient pas affichées.
4. Trésorerie : solde de {amount}. {p3.last} se charge du transfert vers le nouveau compte.
Prochaine réunion le {d3} chez {p1.addr}.""",
    ),
    (
        "review_reply",
        """★★☆☆☆ « Livraison très en retard » – {p1.init}

Lave-linge commandé le {d1}, livré le {d3}. Le livreur l'a laissé dans l'allée.

Réponse de {co} :
Bonjour {p1.first}, nous sommes désolés. Votre retour a été transmis à notre transporteur. Merci de nous écrire à {co.mail} en rappelant la commande {order}. {p2.first}, service client""",
    ),
    (
        "chat_log",
        """[{t1}] Bot : Bienvenue sur le chat de {co}. Comment pouvons-nous vous aider ?
[{t1}] Client : colis marqué livré mais rien reçu
[{t2}] {p1.first} (conseiller) : Bonjour, je suis {p1.first}. Pouvez-vous me confirmer le nom et l'adresse de livraison ?
[{t2}] Client : {p2.full}, {p2.addr}
[{t2}] {p1.first} (conseiller) : Merci. Le livreur a pris une photo devant le portail. Peut-être chez un voisin ?
[{t2}] Client : non déjà vérifié. mon portable {p2.mobile} si le livreur veut appeler
[{t2}] {p1.first} (conseiller) : J'ai ouvert une enquête ({claim}).""",
    ),
    (
        "newsletter_nopii",
        """{co} – Lettre d'information

À partir du {d1}, nouveaux horaires : du lundi au samedi de 9h à 18h. Notre service client {co.hotline} reste joignable 24h/24, et par écrit à {co.mail}.
Nouveauté : la version {ver} de l'application corrige le problème de connexion. Détails sur {co.web}.
Notre magasin de [[Lyon|Nantes|Lille]] sera fermé pour travaux jusqu'au {d3}.""",
    ),
    (
        "release_notes_nopii",
        """Notes de version – build {ver}
Date : {d1}

* Corrigé : plantage lors de l'export de rapports de plus de 10 000 lignes.
* Modifié : délai d'expiration porté de 30 à 60 secondes.
* Moteur d'exécution mis à jour en {ver2}.
* Problème connu : le proxy 10.0.0.1 des anciens modèles doit être modifié à la main.
Support : {co.mail} | {co.hotline} | {co.web}
Tickets : {ticket}, {ticket2}""",
    ),
    (
        "notice_nopii",
        """AVIS IMPORTANT

À compter du {d2}, notre siège déménage. Merci d'adresser tout courrier relatif à la facture {invoice} et suivantes à {co.mail}. Les titulaires du contrat {policy} n'ont aucune démarche à faire.
Notre plateforme téléphonique {co.hotline} est ouverte du lundi au vendredi. Pour votre sécurité, les numéros de carte apparaissent masqués, par ex. {masked}.""",
    ),
    (
        "forum_post",
        """Re: Se faire rembourser par une compagnie aérienne ?

Message de {p1.handle} le {d2}

J'ai eu exactement le même souci l'an dernier. Courrier au service réclamations, copie au médiateur, remboursé en six semaines. Je peux vous envoyer le modèle : écrivez-moi à {p1.email}.
Mon interlocutrice là-bas s'appelait {p2.full}, très aidante.

Edit : pour ceux qui demandent, mon profil : {p1.url}""",
    ),
    (
        "hr_note",
        """CONFIDENTIEL – Note au dossier du personnel
Salarié(e) : {p1.rev}   Matricule {ref}
Manager : {p2.full}
Date de l'entretien : {d1}

{p1.first} a participé à l'entretien de reprise après {n1} jours d'arrêt maladie. La paie confirme le versement des indemnités sur le compte {p1.ibanc}. Nouvelle personne à prévenir : {p3.full} ({p3.mobile}) ; nouvelle adresse : {p1.addr}.
NIR : {p1.id}. Date de naissance : {p1.dob}.
Prochain point : {d3}.""",
    ),
    (
        "gym_cancel",
        """Bonjour,

Je souhaite résilier mon abonnement à la salle de [[Bastille|Part-Dieu|Vieux-Port]] à compter du {d2}. Mon numéro d'adhérent est {order}. Je déménage pour le travail au {p1.addr}.

Merci d'arrêter le prélèvement et de me confirmer la résiliation à {p1.email}. Je suis joignable en journée au {p1.mobile}.

Cordialement,
{p1.REV}""",
    ),
    (
        "travel_booking",
        """Confirmation de réservation {ref}
Voyageur principal : {p1.title} {p1.full}
Date de naissance (selon passeport) : {p1.dobl}
Voyageur 2 : {p2.full}, né(e) le {p2.dob}
Aller : {d2}, {t1} ; Retour : {d4}, {t2}
Paiement : carte {masked}, {amount}
Contact d'urgence : {p3.full}, {p3.phone}
Modifications : {co.hotline} ou {co.mail} – espace client : {co.web}""",
    ),
    (
        "obituary",
        """Avis de décès
{p1.mid}
né(e) le {p1.dobl}, nous a quittés le {d1}.
De la part de {p2.first}, son épouse/époux, de {p3.full} et {p4.full}, ses enfants.
Les obsèques auront lieu le {d3} à 14h30 en l'église de {city}. Ni fleurs ni couronnes. Condoléances : {p4.email}.""",
    ),
    (
        "linkedin_msg",
        """{p1.full} vous a envoyé un message · {d2}

Bonjour {p2.first}, ravi(e) de vous avoir rencontré(e) au salon de {city} ! Comme promis, voici mon profil : {p1.url}. La page de notre entreprise : {co.li}.
Ma collègue {p3.init} dirige l'équipe data et serait ravie d'échanger – son numéro : {p3.mobile}.
À bientôt, {p1.first}""",
    ),
]
