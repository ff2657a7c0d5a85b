"""French templates (genre, text)."""

TEMPLATES = [
    (
        "email",
        "Objet : colis non reçu – commande {order}\n\nBonjour,\n\nJe n'ai toujours pas reçu ma commande du {date}. "
        "Le suivi {tracking} indique « livré » mais personne n'a sonné au {addr}. Merci de me rappeler au {phone}.\n\n"
        "Cordialement,\n{name}",
    ),
    (
        "chat",
        "Conseiller ({first2}) : Bonjour, bienvenue chez {company}. Puis-je avoir votre nom ?\nClient : {name.l}\n"
        "Conseiller ({first2}) : Merci. Quelle est l'adresse e-mail associée au compte ?\nClient : {email}\n"
        "Conseiller ({first2}) : Parfait, je vois un paiement refusé sur la carte {masked}.",
    ),
    (
        "callnote",
        "Note d'appel du {date} : Mme {last} signale un prélèvement en double. Date de naissance vérifiée ({dob}). "
        "Remboursement demandé sur le compte {iban}. À rappeler au {phone} avant {time}.",
    ),
    (
        "medical",
        "Compte rendu d'hospitalisation\n\nCher confrère,\n\nVotre patient(e) {name}, né(e) le {dob}, domicilié {addr}, "
        "a été hospitalisé du {date} au {date2} pour une fracture du col du fémur. N° de sécurité sociale : {nir}.\n\n"
        "Bien confraternellement,\nDr {name2}",
    ),
    (
        "hr",
        "Note RH : {name} rejoint l'équipe logistique le {date}. RIB transmis : {iban}. Numéro de sécurité sociale {nir}. "
        "Personne à prévenir en cas d'urgence : {name2}, {phone}.",
    ),
    (
        "bank",
        "Madame, Monsieur,\n\nJe conteste les opérations du {date} débitées sur ma carte bancaire n° {card}. "
        "Je n'étais pas en France à cette date. Je vous prie de bien vouloir procéder au remboursement.\n\n"
        "{name}\n{addr}\n{email}",
    ),
    (
        "delivery",
        "Instructions de livraison : code porte 4B12, 3e étage gauche, {street}. Si absent, laisser chez la gardienne. "
        "Appeler {first} au {phone}.",
    ),
    (
        "cv",
        "{name}\n{addr}\nTél. : {phone} – {email}\nNée le {dob}\n{url}\n\nEXPÉRIENCE\nDepuis {year} : comptable chez {company}, {city}.",
    ),
    (
        "forum",
        "Bonjour à tous, quelqu'un a déjà eu un litige avec {company} ? Leur service client ({hotline}) ne répond jamais. "
        "Vous pouvez me contacter en MP ou à {email}. Merci ! {first}",
    ),
    (
        "review",
        "Appli inutilisable depuis la version {version}, impossible de se connecter. J'ai écrit à {supmail}, aucune réponse. "
        "Seule {first} au téléphone a été aimable.",
    ),
    (
        "minutes",
        "Compte rendu de réunion du {date}\nPrésents : {name}, {name2}, {name3}\n"
        "- {last} présente le bilan du trimestre.\n- Ouverture de l'agence de {city} reportée au {date2}.\n- {first3} prépare le budget.",
    ),
    (
        "form",
        "Commentaire : merci d'envoyer la facture à mon fils, {name2}, {addr}. Son portable : {phone}. "
        "Pour le dossier, ma date de naissance est le {dob}.",
    ),
    (
        "email",
        "Bonjour,\n\nSuite à mon déménagement, voici ma nouvelle adresse : {addr}. Mon ancien logement était au {addr2}. "
        "Client n° {cust}.\n\nBien à vous,\n{first} {last}",
    ),
    (
        "chat",
        "{first.l} : slt, qqn s'est connecté à mon compte depuis {ip} cette nuit\nSupport : Bonjour, nous bloquons l'accès. "
        "Pouvez-vous confirmer votre numéro de téléphone ?\n{first.l} : {phone}\nSupport : Merci, un SMS de réinitialisation arrive.",
    ),
    (
        "callnote",
        "Appel entrant de {name} ({phone}) : carte {card} perdue ce matin. Opposition faite à {time}. "
        "Nouvelle carte envoyée au {addr}. Dossier {ticket}.",
    ),
    (
        "medical",
        "Fiche d'admission\nNom : {last.u}\nPrénom : {first}\nDate de naissance : {dob}\nMédecin traitant : Dr {last2}\n"
        "Rendez-vous de contrôle le {date} à {time}.",
    ),
    (
        "hr",
        "Candidature reçue de {name} pour le poste d'assistante. Profil : {url}. Entretien avec {first2} {last2} le {date}. "
        "Adresse IP de dépôt : {ip}.",
    ),
    (
        "nopii",
        "Votre commande {order} a été expédiée le {date} depuis notre entrepôt de {city}. Paiement par carte {masked}. "
        "Service client : {hotline} ou {supmail}. Facture {invoice} disponible sur {weburl}.",
    ),
    (
        "nopii",
        "Note de version {version} : correction d'un bug d'affichage sur {product}, amélioration de la synchronisation. "
        "Le serveur de mise à jour reste disponible jusqu'au {date}.",
    ),
    (
        "nopii",
        "Très bon produit, le {product} est arrivé en 48 h. Emballage soigné, {company} au top. Je recommande vivement.",
    ),
]
