# Part "business" of the fr catalogue (merged into ../fr.ftl when the work lands).

## Billing: shared
billing-loading = Chargement…
billing-credits = { $count ->
    [one] { $count } crédit
   *[other] { $count } crédits
}
billing-period-day = { $count ->
    [one] par jour
   *[other] tous les { $count } jours
}
billing-period-week = { $count ->
    [one] par semaine
   *[other] toutes les { $count } semaines
}
billing-period-month = { $count ->
    [one] par mois
   *[other] tous les { $count } mois
}
billing-period-year = { $count ->
    [one] par an
   *[other] tous les { $count } ans
}
billing-price-at-checkout = Prix affiché au paiement
billing-each-period = par période
billing-rollover = Les crédits non utilisés restent à vous.
billing-no-rollover = Les crédits non utilisés expirent au début de la période suivante.
billing-subscribe = S’abonner
billing-buy = Acheter
billing-confirm-to-buy = Confirmez votre adresse e-mail pour acheter : utilisez le lien que nous vous avons envoyé.
billing-sign-up-to-buy = Créer un compte pour acheter
billing-not-selling = Ce serveur ne vend pas de crédits. Si vous venez à en manquer, demandez-en à son exploitant.
billing-packs = Packs de crédits
billing-packs-hint = Payés une fois. Les crédits n’expirent jamais.
billing-plans = Abonnements
billing-plans-hint = Des crédits à chaque période, renouvelés jusqu’à la résiliation. Modifiable ou résiliable à tout moment.
billing-costs = Ce que coûte une image
billing-costs-caption = Crédits par image, selon le modèle
billing-costs-model = Modèle
billing-costs-per-image = Par image
billing-signup-credits = { $count ->
    [one] Les nouveaux comptes commencent avec { $count } crédit.
   *[other] Les nouveaux comptes commencent avec { $count } crédits.
}

## Billing: /pricing
billing-pricing = Tarifs
billing-pricing-title = Des crédits pour vos images
billing-pricing-lead = Chaque image coûte des crédits, selon le modèle. Achetez un pack une fois, ou choisissez un abonnement qui se renouvelle.
billing-checkout-cancelled = Le paiement a été annulé. Rien n’a été débité.
billing-stripe-note = Les paiements sont traités par Stripe : votre numéro de carte n’atteint jamais ce serveur. Les factures portent le nom de l’entreprise et le numéro de TVA que vous indiquez lors du paiement.

## Billing: /settings/billing
billing-title = Facturation
billing-status-paid = Payé
billing-status-refunded = Remboursé
billing-status-partly-refunded = Remboursé en partie : { $amount }
billing-status-disputed = Contesté
billing-plan-active = actif
billing-plan-trialing = en période d’essai
billing-plan-past-due = paiement en retard
billing-plan-unpaid = impayé
billing-plan-incomplete = incomplet
billing-plan-incomplete-expired = incomplet et expiré
billing-plan-paused = en pause
billing-plan-canceled = résilié
billing-no-payments-yet = Aucun paiement pour l’instant.
billing-payments-caption = Vos paiements, du plus récent au plus ancien
billing-col-date = Date
billing-col-what = Objet
billing-col-amount = Montant
billing-col-card = Carte
billing-col-status = Statut
billing-col-invoice = Facture
billing-invoice-view = Voir
billing-checkout-waiting = Paiement reçu — vos crédits arrivent. Cette page se met à jour toute seule ; [actualiser maintenant].
billing-checkout-credited = { $count ->
    [one] Paiement reçu : { $count } crédit ajouté. Merci !
   *[other] Paiement reçu : { $count } crédits ajoutés. Merci !
}
billing-balance = Crédits
billing-owed = { $count ->
    [one] Un paiement remboursé ou contesté a laissé { $count } crédit déjà utilisé. Les nouvelles images attendent qu’il soit régularisé : les crédits que vous achetez servent d’abord à le régulariser.
   *[other] Un paiement remboursé ou contesté a laissé { $count } crédits déjà utilisés. Les nouvelles images attendent qu’ils soient régularisés : les crédits que vous achetez servent d’abord à les régulariser.
}
billing-what-images-cost = Ce que coûtent les images
billing-plan-and-card = Abonnement et carte
billing-plan-credits = { $count ->
    [one] { $count } crédit par période
   *[other] { $count } crédits par période
}
billing-plan-ends = Prend fin le { $date }.
billing-plan-renews = Se renouvelle le { $date }.
billing-no-plan = Aucun abonnement. Les packs de crédits ci-dessous se paient une fois.
billing-manage = Gérer la carte et l’abonnement
billing-manage-hint = Ouvre la page de Stripe pour votre carte, votre abonnement, la résiliation et les factures passées.
billing-buy-credits = Acheter des crédits
billing-payments = Paiements
billing-records-kept = Les justificatifs de paiement sont conservés comme la loi l’exige, y compris après la suppression de votre compte, sans lien avec vous.

## Billing: /admin/payments
billing-admin-filter = Filtrer les paiements
billing-admin-all = Tous
billing-admin-partly-refunded = Remboursé en partie
billing-admin-account = L’e-mail du compte contient
billing-admin-from = Payé du
billing-admin-to = au
billing-admin-apply = Filtrer
billing-admin-clear = Effacer
billing-admin-no-revenue = Aucun paiement au cours des 12 derniers mois.
billing-admin-chart = Revenu net par mois en { $currency }
billing-admin-revenue-caption = Revenu par mois
billing-admin-month = Mois
billing-admin-net = Net
billing-admin-no-payments = Aucun paiement
billing-admin-erased = compte effacé (justificatif conservé)
billing-admin-amount = Montant (vide : tout)
billing-admin-refund = Rembourser
billing-admin-no-stripe = Stripe n’est pas configuré : les paiements enregistrés auparavant sont listés, mais aucun remboursement n’est possible ici.
billing-admin-revenue = Revenus
billing-admin-refund-hint = Un remboursement passe par Stripe ; ses crédits sont repris quand Stripe le confirme. Les litiges se traitent dans le tableau de bord de Stripe.

## API reference (/docs/api)
docs-title = Référence de l’API
docs-eyebrow = Développeurs
docs-heading = L’API d’Obscura
docs-lead = Créez, consultez et partagez des images depuis vos propres programmes, avec une API REST ou les clients d’OpenAI.
docs-toc = Sur cette page
docs-start = Premiers pas
docs-errors = Erreurs, limites et nouvelles tentatives
docs-openai = Points de terminaison compatibles OpenAI
docs-webhooks = Webhooks
docs-types = Types
docs-start-text = Créez une clé dans [Paramètres → API] avec les autorisations dont elle a besoin (generate, read, delete), puis envoyez-la avec chaque requête sous la forme `Authorization: Bearer obs_…`. Ne mettez jamais une clé dans une URL : de telles requêtes sont refusées. L’adresse de base est `{ $base }`, et la description lisible par machine est [openapi.json] (OpenAPI 3.1).
docs-code-curl = Une génération avec curl
docs-start-answer = La réponse est la génération, `queued` ; récupérez-la à nouveau (ou recevez un webhook) jusqu’à ce qu’elle soit `succeeded` et porte les liens signés de ses images.
docs-errors-problem = Chaque refus est du `application/problem+json` (RFC 9457) avec un `code` stable, un `detail` destiné aux personnes et, pour une saisie refusée, `errors` : un pointeur JSON et un message par champ.
docs-errors-status = `401` aucune clé, ou une clé erronée, révoquée ou expirée ; `403` la clé n’a pas l’autorisation ; `404` introuvable sur ce compte (les identifiants des autres comptes ne sont jamais révélés) ; `402` crédits insuffisants, ou plafond mensuel de la clé ou plafond quotidien du compte dépassé.
docs-errors-rate = Chaque clé et chaque compte dispose d’un nombre de requêtes par minute. Chaque réponse porte `X-RateLimit-Limit` et `X-RateLimit-Remaining` ; au-delà, `429` avec `Retry-After`.
docs-errors-idempotency = Envoyez `Idempotency-Key` avec un POST pour pouvoir le réessayer sans risque : la même clé avec le même corps dans les 24 heures rejoue la première réponse avec `Idempotent-Replayed: true` sans rien facturer de plus ; avec un autre corps, `422` ; tant que la première est en cours, `409`.
docs-errors-pages = Les listes sont paginées, les plus récents d’abord : passez le `next_cursor` de la réponse comme `cursor` pour obtenir la page suivante.
docs-openai-text = Le code écrit pour l’API Images d’OpenAI fonctionne ici en remplaçant son adresse de base par `{ $base }` et sa clé par une clé Obscura dotée de l’autorisation generate : `POST /v1/images/generations`, `POST /v1/images/edits` (multipart, avec l’image de référence dans `image`) et `GET /v1/models`.
docs-openai-models = Les modèles de ce serveur :
docs-openai-options = (les noms de modèles d’OpenAI désignent le premier). `n`, `size`, `quality` et `response_format` (`b64_json` ou `url`, un lien signé) sont pris en compte ; la réponse attend les images. Les erreurs suivent le format d’OpenAI, si bien que ses clients les signalent comme d’habitude.
docs-code-python = Le client Python d’OpenAI
docs-code-node = Le client Node d’OpenAI
docs-webhooks-text = Définissez un point de terminaison https dans [Paramètres → API] pour être prévenu quand une génération se termine : `generation.completed` ou `generation.failed`. Chaque événement est un POST avec un corps JSON (`type`, `timestamp`, `data` : identifiant, statut, identifiants des images et coût de la génération ; jamais le prompt), signé selon Standard Webhooks : en-têtes `webhook-id`, `webhook-timestamp` et `webhook-signature`. Répondez par n’importe quel 2xx dans les 10 secondes ; les autres réponses sont réessayées avec des délais croissants (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h) sous le même identifiant. Le journal des envois dans les paramètres montre chaque tentative.
docs-webhooks-check = Pour vérifier une signature (Python) :
docs-code-verify = Vérifier une signature en Python
docs-webhooks-refuse = Refusez les événements dont l’horodatage s’écarte de plus de cinq minutes de votre horloge, et ne traitez chaque `webhook-id` qu’une fois : les nouvelles tentatives le répètent.
docs-col-name = Nom
docs-col-in = Emplacement
docs-col-type = Type
docs-col-description = Description
docs-required = obligatoire
docs-parameters = Paramètres
docs-body = Corps
docs-answers = Réponses
docs-one-of = Valeurs possibles :
docs-reference-in-english = La référence ci-dessous est la description de l’API elle-même, en anglais, la langue de ses noms de champs et de ses codes.
docs-group-generations = Générations
docs-group-images = Images
docs-group-shares = Partages

## API keys (/settings/api)
api-title = API
api-keys-title = Clés d’API
api-optional = (facultatif)
api-scope-generate = Créer des images (consomme des crédits) et les partager
api-scope-read = Lire les générations, les images, les partages, le solde et l’utilisation
api-scope-delete = Supprimer des générations et révoquer des partages
api-key-name = Nom
api-key-name-hint = Là où la clé est utilisée, pour savoir laquelle révoquer.
api-key-scopes = Ce qu’elle peut faire
api-key-expires = Expiration
api-key-never = Jamais
api-key-expires-in = { $count ->
    [one] Dans { $count } jour
   *[other] Dans { $count } jours
}
api-key-cap = Plafond mensuel de crédits
api-key-cap-hint = Le nombre maximal de crédits que cette clé peut dépenser par mois civil. Vide : votre solde est la limite.
api-key-create = Créer la clé
api-key-revoked = Révoquée le { $date }
api-key-expired = Expirée
api-key-never-expires = N’expire jamais
api-key-expires-on = Expire le { $date }
api-key-spent-of-cap = { $cap ->
    [one] { $spent } sur { $cap } crédit ce mois-ci
   *[other] { $spent } sur { $cap } crédits ce mois-ci
}
api-key-spent = { $count ->
    [one] { $count } crédit ce mois-ci
   *[other] { $count } crédits ce mois-ci
}
api-key-revoke-label = Révoquer { $name }
api-key-created = Créée le { $date }
api-key-never-used = jamais utilisée
api-key-last-used = dernière utilisation le { $date }
api-key-revoke = Révoquer
api-new-key = Votre nouvelle clé
api-new-key-copy = Copiez-la maintenant : elle n’est affichée qu’une fois et n’est pas conservée sous une forme lisible.
api-new-key-send = Envoyez-la sous la forme `Authorization: Bearer <key>`, jamais dans une URL.
api-about = Utiliser Obscura depuis vos programmes
api-about-text = L’API REST se trouve à `{ $base }`. Chaque requête porte l’une de vos clés ; ce qu’elle dépense est prélevé sur vos crédits. Les clients d’OpenAI fonctionnent aussi, avec `/v1` comme adresse de base.
api-read-reference = Lire la référence de l’API
api-see-usage = Voir votre utilisation
api-create-key = Créer une clé
api-confirm-to-create = Confirmez votre adresse e-mail pour créer des clés : utilisez le lien que nous vous avons envoyé.
api-keys = Vos clés
api-no-keys = Aucune clé pour l’instant.

## API: daily cap and webhook (/settings/api)
webhook-event-completed = Une génération s’est terminée avec ses images
webhook-event-failed = Une génération a échoué (ses crédits ont été rendus)
webhook-today-of-cap = { $cap ->
    [one] Aujourd’hui : { $spent } sur { $cap } crédit dépensé.
   *[other] Aujourd’hui : { $spent } sur { $cap } crédits dépensés.
}
webhook-today = { $count ->
    [one] Aujourd’hui : { $count } crédit dépensé via l’API.
   *[other] Aujourd’hui : { $count } crédits dépensés via l’API.
}
webhook-daily-cap = Limite de dépense quotidienne
webhook-daily-cap-label = Crédits que toutes vos clés réunies peuvent dépenser par jour
webhook-daily-cap-hint = Compté par jour UTC, en plus du plafond mensuel de chaque clé. Vide : pas de limite quotidienne.
webhook-daily-cap-save = Enregistrer la limite
webhook-delivered-code = Livré ({ $code })
webhook-delivered = Livré
webhook-failed = Échec, plus de nouvelle tentative
webhook-sending = Envoi en cours…
webhook-retrying-code = Réponse { $code } ; nouvelle tentative prévue
webhook-retrying = Pas encore livré ; nouvelle tentative prévue
webhook-col-event = Événement
webhook-col-status = Statut
webhook-col-attempts = Tentatives
webhook-col-made = Créé
webhook-col-id = Identifiant
webhook-endpoint = Point de terminaison
webhook-endpoint-hint = Une adresse https publique ; les événements sont signés pour que vous puissiez vérifier qu’ils viennent d’ici.
webhook-events = Événements
webhook-rotate = Créer un nouveau secret de signature (l’actuel cesse aussitôt de fonctionner)
webhook-save = Enregistrer le point de terminaison
webhook-set = Définir le point de terminaison
webhook-title = Webhook
webhook-intro = Soyez prévenu de la fin d’une génération au lieu de la demander. Chaque événement est un POST signé ([comment le vérifier]) ; les réponses autres que 2xx sont réessayées pendant une dizaine d’heures.
webhook-secret = Votre secret de signature. Copiez-le maintenant : il n’est affiché qu’une fois.
webhook-confirm-to-set = Confirmez votre adresse e-mail pour définir un webhook : utilisez le lien que nous vous avons envoyé.
webhook-test = Envoyer un événement de test
webhook-remove = Supprimer le point de terminaison
webhook-deliveries = Derniers envois
webhook-no-deliveries = Aucun événement envoyé pour l’instant. Envoyez un événement de test pour essayer le point de terminaison.

## API usage (/settings/api/usage)
usage-title = Utilisation de l’API
usage-chart = Requêtes par jour, du { $from } au { $to } : { $total } au total.
usage-chart-busiest = Requêtes par jour, du { $from } au { $to } : { $total } au total, le plus le { $day } ({ $most }).
usage-bar = { $count ->
    [one] { $day } : { $count } requête, { $failed } en échec
   *[other] { $day } : { $count } requêtes, { $failed } en échec
}
usage-peak = maximum sur un jour : { $count }
usage-answered = Traitées
usage-answered-codes = Traitées (2xx, 3xx)
usage-failed-codes = Refusées ou en échec (4xx, 5xx)
usage-filter = Filtrer l’utilisation
usage-from = Du
usage-to = Au
usage-key = Clé
usage-all-keys = Toutes les clés
usage-answers = Réponses
usage-all = Toutes
usage-show = Afficher
usage-intro = Chaque requête faite avec vos clés est journalisée avec son heure, sa clé, sa route, son statut, sa durée et ses crédits (jamais ce qu’elle contenait) et conservée 12 mois. Les jours sont en UTC.
usage-correct-filters = Corrigez les filtres ci-dessus pour voir votre utilisation.
usage-period = Du { $from } au { $to }
usage-summary =
    { $requests ->
        [one] { $requests } requête
       *[other] { $requests } requêtes
    }, { $failed ->
        [one] { $failed } refusée ou en échec
       *[other] { $failed } refusées ou en échec
    }, { $credits ->
        [one] { $credits } crédit dépensé
       *[other] { $credits } crédits dépensés
    }.
usage-csv = Télécharger ces requêtes en CSV
usage-per-day = Par jour
usage-no-requests = Aucune requête sur cette période.
usage-col-day = Jour
usage-col-requests = Requêtes
usage-col-failed = Refusées ou en échec
usage-col-credits = Crédits

## Connections (/settings/connections)
connection-platform-linkedin = Profil LinkedIn
connection-platform-linkedin-page = Page LinkedIn
connection-platform-facebook = Page Facebook
connection-kind-profile = profil
connection-kind-page = page
connection-kind-organization = page d’organisation
connection-kind-account = compte
connection-kind-board = tableau
connection-kind-channel = chaîne
connection-reconnect-reason = La plateforme n’accepte plus cette connexion.
connection-reason-no-refresh = L’accès a expiré et cette plateforme ne permet pas de le renouveler sans vous.
connection-reason-unreachable = La plateforme était injoignable pour renouveler l’accès.
connection-reconnect = Reconnecter { $platform }
connection-connect = Connecter { $platform }
connection-disconnect-label = Déconnecter { $connection }
connection-no-expiry = Aucune expiration indiquée par la plateforme
connection-renewed = { $time } (renouvelé tant qu’il est utilisé)
connection-reconnect-needed = Reconnexion nécessaire
connection-account = Compte
connection-connected = Connecté le
connection-access-expires = Fin de l’accès
connection-permissions = Autorisations
connection-no-permissions = Aucune indiquée
connection-channel = Chaîne : { $name }
connection-no-targets = La plateforme n’a indiqué aucune page, aucun tableau ni aucun profil où ce compte peut publier.
connection-disconnect-hint = La déconnexion révoque l’accès d’Obscura auprès de la plateforme quand elle le permet, et supprime aussitôt les jetons ici. Votre historique de publication est conservé jusqu’à ce que vous le supprimiez.
connection-disconnect = Déconnecter
connections-purpose = Publie uniquement les images que vous publiez, quand vous appuyez sur « Publier ». Ne lit jamais vos messages, vos abonnés ni vos statistiques.
connections-purpose-youtube = YouTube n’offre aucune API pour publier des images : Obscura affiche donc votre chaîne mais n’y publie rien.
connections-asks-nothing = Ne demande aucune autorisation au-delà de la connexion.
connections-asks-for = Demande :
connections-board = Tableau où publier
connections-where = Où publier
connections-save = Enregistrer les choix
connections-yours = Vos connexions
connections-none = Aucune connexion pour l’instant.
connections-connect = Connecter une plateforme
connections-no-platforms = L’exploitant de ce serveur n’a configuré aucune plateforme : il n’y a donc encore rien à connecter.
connections-connect-hint = Vous êtes redirigé vers la plateforme pour vous connecter et donner votre accord ; Obscura garde sous scellés l’accès accordé et ne demande rien de plus que ce qui est indiqué.
connections-title = Connexions
connections-intro = Connectez vos comptes de réseaux sociaux pour publier des images de votre galerie. Rien n’est publié tant que vous n’appuyez pas sur « Publier » pour une image.
connections-see-history = Voir votre historique de publication

## Publishing history (/settings/connections/history and an image's publish page)
connections-post-queued = En file d’attente
connections-post-published = Publié
connections-post-failed = Échec
connections-post-awaiting = En attente d’approbation
connections-post-cancelled = Annulé
connections-post-detail-awaiting = En attente de la décision de la personne qui relit.
connections-post-detail-sending = Envoi en cours.
connections-post-detail-rate-limited = La limite de requêtes de la plateforme est atteinte ; nouvelle tentative à { $time } UTC.
connections-post-reason-unconfirmed = La plateforme n’a pas confirmé cette publication. Vérifiez votre compte sur la plateforme avant de publier à nouveau.
connections-post-reason-connection-removed = La connexion a été supprimée avant la mise en ligne.
connections-post-reason-removed-before-approval = La connexion a été supprimée avant l’approbation.
connections-post-reason-rejected = La personne qui relit a refusé la publication.
connections-post-reason-approval-expired = La personne qui relit n’a pas décidé dans les 7 jours ; rien n’a été publié.
connections-post-reason-rate-limit-kept = La limite de requêtes de la plateforme n’a pas été levée à temps ; rien n’a été publié. Publiez à nouveau plus tard.
connections-post-reason-unreachable = La plateforme était injoignable ; rien n’a été publié. Publiez à nouveau plus tard.
connections-post-reason-account-closing = Le compte est en cours de suppression.
connections-post-reason-image-deleted = L’image a été supprimée avant la mise en ligne.
connections-post-reason-platform-off = La plateforme { $platform } n’est plus proposée sur ce serveur.
connections-post-reason-reconnect = { $platform } n’accepte plus la connexion : reconnectez-la dans Paramètres → Connexions, puis publiez à nouveau.
connections-post-reason-refused = { $platform } a refusé la publication : { $reason }
connections-history-delete-label = Supprimer de l’historique : publication { $platform } vers { $target }, { $time }
connections-col-platform = Plateforme
connections-col-image = Image
connections-col-account = Compte
connections-col-where = Où
connections-col-status = Statut
connections-col-time = Heure
connections-col-post = Publication
connections-col-action = Action
connections-col-actions = Actions
connections-view-image = Voir l’image
connections-open-post = Ouvrir la publication
connections-new-tab = (s’ouvre dans un nouvel onglet)
connections-delete = Supprimer
connections-history-title = Historique de publication
connections-history-intro = Chaque publication que vous avez demandée, de la plus récente à la plus ancienne. Une ligne reste jusqu’à ce que vous la supprimiez, même après une déconnexion ; la supprimer ici ne retire pas la publication de la plateforme.
connections-history-empty = Rien n’a encore été publié. Ouvrez une image dans votre [galerie] et choisissez « Publier ».

## Publishing an image (/gallery/{image}/publish)
publish-notice-published = Publication lancée : les publications apparaissent ci-dessous à mesure que chaque plateforme les confirme.
publish-notice-awaiting = Envoyé pour approbation : rien n’est publié tant que la personne qui relit n’a pas approuvé.
publish-title = Publier
publish-breadcrumb = Fil d’Ariane
publish-image = Image
publish-heading = Publier cette image
publish-history = Historique de publication de cette image
publish-history-empty = Publiée nulle part pour l’instant.
publish-no-targets = Aucun compte n’est encore prêt pour publier.
publish-connect = Connecter un compte
publish-no-platforms = L’exploitant de ce serveur n’a configuré aucune plateforme : il n’y a donc encore nulle part où publier.
publish-settings-connections = Paramètres → Connexions
publish-alt-hint = Décrit l’image pour les personnes qui ne peuvent pas la voir. Jusqu’à { $limit } caractères.
publish-caption = Légende
publish-caption-hint = Reprend d’abord le prompt ; modifiez-la à votre guise. La limite de chaque plateforme est indiquée plus bas.
publish-alt = Texte alternatif
publish-to = Publier sur
publish-change-targets = Modifier les endroits où vous pouvez publier
publish-approver = Demander d’abord une approbation
publish-approver-hint = Nous envoyons par e-mail un lien à usage unique (valable 7 jours) ; rien n’est publié avant son approbation.
publish-previews = Ce que chaque plateforme affichera
publish-previews-hint = Les aperçus se mettent à jour quand vous envoyez le formulaire ; les décomptes suivent la façon de compter de chaque plateforme.
publish-more = plus
publish-over-limit = au-delà de la limite

## A reviewer's page (/publish/review/{token})
publish-review-notice-approved = Approuvé : les publications partent vers chaque plateforme.
publish-review-notice-rejected = Refusé : rien ne sera publié.
publish-review-sent = Cette publication a été approuvée et envoyée aux plateformes.
publish-review-rejected = Cette publication a été refusée : rien n’a été publié.
publish-review-expired = Ce lien a expiré : rien n’a été publié.
publish-review-done = Cette publication n’attend plus de décision.
publish-review-title = Relire une publication
publish-review-heading = Relire une publication avant sa mise en ligne
publish-review-lead = Quelqu’un vous demande d’approuver cette publication. Rien n’est publié sans votre approbation.
publish-review-no-alt = Aucun
publish-review-approve = Approuver et publier
publish-review-reject = Refuser

## Development outbox (/dev/outbox)
outbox-title = Boîte d’envoi (développement)
outbox-eyebrow = Développement uniquement
outbox-heading = Boîte d’envoi
outbox-lead = Aucun serveur SMTP n’est configuré : les e-mails des comptes sont donc conservés ici au lieu d’être envoyés. Cette page n’existe pas en production.
outbox-empty = Aucun message pour l’instant.
outbox-to = À
outbox-plain-text = Texte brut

## The connection banner (its text is set in the browser from these attributes)
connection-banner-offline = Vous êtes hors ligne. Nous nous reconnecterons dès que le réseau sera revenu.
connection-banner-reconnecting = Connexion perdue. Reconnexion…
connection-banner-restored = De nouveau en ligne.
