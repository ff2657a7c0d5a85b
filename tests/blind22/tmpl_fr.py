"""French templates."""

TEMPLATES = [
    "bonjour, c'est {lname}, j'arrive plus à me connecter depuis la mise à jour. mon mail : {email}",
    "La cliente {name} signale que le colis de la commande {order} n'est jamais arrivé (suivi {tracking}). "
    "Adresse de livraison : {addr}. Merci de la rappeler au {phone}.",
    "L'appli plante à chaque ouverture depuis la version {version}. Le service client ({supmail}) ne répond pas. 2/5.",
    "Très bon accueil de Mme {last} au magasin de {city}, remboursement fait en dix minutes. Merci {company} !",
    """\
Madame, Monsieur,

Je souhaite modifier mes coordonnées bancaires. Nouvel IBAN : {iban}, titulaire : {name}.
Merci de ne plus utiliser l'ancienne carte se terminant par {masked}.

Cordialement,
{name}
{addrnl}
Tél. : {phone}""",
    "Note RH du {date} : {REV} demande un congé parental à partir du {date.2}. N° de sécurité sociale : {nid}. "
    "Contact : {wemail}.",
    "Patient {fLAST}, né le {dob}, revu en consultation pour suivi d'HTA. Traitement inchangé. Courrier au Dr {last.2}.",
    """\
{name}
{addrnl}

{city}, le {date}

Objet : réclamation facture {invoice}

Madame, Monsieur,

Mon abonnement a été facturé deux fois et ma carte bancaire {card} a été débitée de {amount} à deux reprises. \
Votre service client au {hotline} ne décroche jamais.

Je vous prie de rembourser le montant sur mon compte {iban}.

Veuillez agréer mes salutations distinguées.
{init}""",
    "Si je suis absent, merci de laisser le colis chez ma voisine {name.2} (2e étage) ou de m'appeler au {phone}. "
    "Code porte : 4821B.",
    "Le paiement était compliqué et la livraison a pris neuf jours. Je recommanderais {company} seulement si l'appli "
    "s'améliore.",
    "{date} – appel avec {rev} : souhaite passer à l'offre premium, préfère être contacté par mail ({email}). "
    "Relance la semaine prochaine. {first.2}",
    "Un immense merci à {name} qui a retrouvé mon portefeuille dans le TER de {time} pour {city} !! 🙏",
    "Compte rendu d'appel : l'appelant s'identifie comme {name}, né le {dob}. Adresse vérifiée : {addr}. "
    "Opérations suspectes sur la carte {card}, carte bloquée. Dossier {ticket}.",
    "Informations complémentaires : j'ai déménagé, ma nouvelle adresse est {addr}.",
    "tu peux envoyer la facture à {email} stp ? merci, {lfirst}",
    "Compte {email} bloqué après 5 tentatives depuis l'IP {ip}. Dernière connexion réussie depuis {ip.2}. "
    "N° client {custno}.",
    "Notes de version : firmware de la passerelle mis à jour en {version}, fuite mémoire corrigée. Détails sur {weburl}.",
    "Candidat {name} ({email}, {phone}) – 5 ans d'expérience en Java. Profil : {url}. Second entretien avec "
    "M. {last.2} le {date}.",
    "{first} du magasin de {city} a été super sympa !!",
    """\
Bonjour Monsieur {last},

Merci pour notre échange téléphonique. Comme convenu, je vous envoie le contrat. Pourriez-vous confirmer votre date \
de naissance ? Nous avons le {dob} dans votre dossier.

Bien cordialement,
{name.2}
Chargée de clientèle | {company}
{wemail.2} | {phone.2}""",
    "Commandé le {date}, commande {order}, toujours rien reçu. La page de suivi {weburl} indique « en préparation » "
    "depuis une semaine. {first}",
    "Adressé par le Dr {name.2}. Patiente : {NAME}, née le {dob}, demeurant {addr}. Lombalgies chroniques. "
    "Joignable au {phone}.",
    "Changement de RIB pour {rev} : nouvel IBAN {iban} à compter du mois prochain. Validé par {init.2}.",
    "Quelqu'un connaît un bon plombier sur {city} ? Le nôtre demande {amount} juste pour le déplacement 😤",
    "mon numéro de carte c'est {card}, exp 09/27, vous pouvez prélever le solde svp",
    "Attestation d'hébergement : je soussigné {name.2} certifie héberger {name} au {addr} depuis le {date}. "
    "Tél. {phone.2}",
    "Contrôle : demandeur {name}, NIR {nid}, date de naissance {dob}. L'IP {ip} ne correspond pas au pays de "
    "facturation. Dossier {ticket} escaladé.",
    "Retrouvez mes illustrations sur {url} – commandes ouvertes !",
    "Ma commande ({product}) est arrivée abîmée. Échange demandé via {supmail}, ticket {ticket}, réf. {ref16}.",
    "Livraison à l'accueil, demander {fLAST} au 3e étage. Portable : {phone}",
    "Nom : {name}\nE-mail : {email}\nTéléphone : {phone}\nN° de série : SN-{serial}\nProblème : écran qui clignote "
    "depuis la mise à jour {version}.",
    "Merci beaucoup pour votre réactivité !\n\n{first}",
    "Bonjour, je suis {name}, né le {dob} à {city}. J'ai perdu ma carte Vitale, pouvez-vous me rappeler au {phonei} ?",
    "Enquête : accueil correct mais le rendez-vous du {date} à {time} a été annulé sans prévenir. Le {hotline} sonne "
    "dans le vide.",
    "M. {LAST} (client {custno}) conteste les frais de résiliation. Il souhaite un courrier à l'adresse {addr}.",
]
