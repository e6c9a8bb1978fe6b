# Part "studio" of the fr catalogue (merged into ../fr.ftl when the work lands).

## Page frame: skip link, banners, error panel, theme switch, description
layout-skip = Aller au contenu
layout-loading = Chargement…
layout-verify = Veuillez confirmer votre adresse e-mail : ouvrez le lien que nous vous avons envoyé. D’ici là, vous ne pouvez ni acheter de crédits ni publier.
layout-verify-resend = Renvoyer le lien
layout-policy-upcoming = Notre politique de confidentialité change le { $date }.
layout-policy-changed = Notre politique de confidentialité a changé le { $date }. Prenez un moment pour la consulter.
layout-policy-region = Modification de la politique de confidentialité
layout-policy-see = Voir les changements
layout-policy-ack = J’ai compris
shell-description = Obscura est un studio d’images IA privé que vous pouvez héberger vous-même : vos prompts et vos images restent à vous.
theme-switch-system = Thème : celui du système. Passer au thème clair
theme-system = Thème du système
theme-switch-light = Thème : clair. Passer au thème sombre
theme-switch-dark = Thème : sombre. Passer au thème du système
theme-light = Thème clair
theme-dark = Thème sombre
error-panel-label = Erreur
error-panel-title = Une erreur s’est produite
error-panel-text = Nous n’avons pas pu terminer l’affichage de cette page. Rien de ce que vous avez enregistré n’est perdu. Recharger la page suffit généralement ; si le problème persiste, dites-le-nous via la page d’aide.
error-panel-reload = Recharger
error-panel-help = Obtenir de l’aide

## A generation's settings
generation-prompt = Prompt
generation-model = Modèle
generation-size = Taille
generation-quality = Qualité
generation-seed = Graine
generation-credits = { $count ->
    [one] { $count } crédit
   *[other] { $count } crédits
}
generation-shape-square = Carré
generation-shape-landscape = Paysage
generation-shape-portrait = Portrait
generation-quality-auto = Automatique
generation-quality-low = Brouillon
generation-quality-medium = Standard
generation-quality-high = Haute
generation-use-reference = Utiliser comme référence
generation-generating = Génération…

## Create page
create-title = Créer
create-lead = Décrivez une image ; elle apparaît ci-dessous dès qu’elle est prête. Elle n’est visible que par vous.
create-new-image = Nouvelle image
create-latest = Récentes
create-empty-title = Rien pour l’instant
create-empty-text = Vos images apparaîtront ici. Essayez un prompt comme « un port paisible à l’aube, couleurs pastel ».

## Create form
create-prompt-placeholder = Un phare sur une falaise au crépuscule, lumière chaude, vagues douces
create-prompt-count = { $count } / { $max } caractères
create-key-ctrl = Ctrl
create-key-enter = Entrée
create-shortcut = pour générer
create-optional = (facultatif)
create-leave-out = À exclure
create-leave-out-placeholder = flou, texte, filigrane
create-offline = Intégré et hors ligne : un peintre procédural qui suit vos mots, pas un modèle d’IA.
create-seed-placeholder = Aléatoire
create-seed-hint = Le même prompt, la même graine et la même taille donnent la même image.
create-images = Images
create-reference = Image de référence
create-drop = Déposez une image ici, collez-en une ou
create-drop-choose = choisissez un fichier
create-drop-hint = PNG, JPEG ou WebP, jusqu’à 20 Mo et 40 mégapixels. Les données de localisation et d’appareil photo sont supprimées.
create-reference-alt = L’image de référence choisie
create-reference-remove = Retirer
create-cost = Coût :
create-balance = Vous avez
create-too-dear = Pas assez de crédits pour cela.
create-ask-more = Demandez-en plus
create-too-dear-end = ou créez moins d’images.
create-submit = Générer
create-starting = Démarrage…

## A generation's card
job-queued = En file d’attente — en attente d’un processus libre…
job-progress = Génération… { $ready } sur { $count } { $ready ->
    [one] prête
   *[other] prêtes
}
job-done = Terminé
job-done-images = { $count ->
    [one] Terminé — { $count } image
   *[other] Terminé — { $count } images
}
job-failed = Échec — vos crédits vous ont été rendus
job-meta = { $model } · { $size } · graine { $seed } · { $credits }
job-results = Résultats
job-image-alt = Image générée { $number } : { $prompt }
job-download = Télécharger
job-download-image = l’image { $number }
job-kept = Conservée jusqu’au { $date }, puis supprimée.

## Service status
status-ok = Tous les systèmes fonctionnent
status-database = Nous rencontrons un problème avec notre base de données. Vos données sont en sécurité ; veuillez réessayer dans un instant.
status-storage = Nous rencontrons un problème d’enregistrement des fichiers. Vos images sont en sécurité ; veuillez réessayer dans un instant.
status-unknown = État inconnu
status-unreachable = Nous n’avons pas pu joindre le serveur pour vérifier. Réessayez dans un instant.
status-check = Vérifier à nouveau
status-checking = Vérification…

## Gallery
gallery-title = Galerie
gallery-lead = Tout ce que vous avez créé. Personne d’autre que vous ne peut le voir, sauf si vous partagez une image.
gallery-new-image = Nouvelle image
gallery-notice-deleted = Supprimé. Les fichiers ont disparu et leurs liens de partage ne fonctionnent plus.
gallery-notice-nothing-selected = Sélectionnez d’abord au moins une image.
gallery-notice-retry-credits = Vous n’avez pas assez de crédits pour relancer cette génération.
gallery-notice-retry-unavailable = Cette génération ne peut pas être relancée : son modèle n’est peut-être plus proposé.
gallery-loading = Chargement
gallery-delete-images = { $count ->
    [1] Supprimer cette image ?
   *[other] Supprimer ces { $count } images ?
}
gallery-delete-failed = { $count ->
    [1] Supprimer cette génération échouée ?
   *[other] Supprimer ces { $count } générations échouées ?
}
gallery-delete-mixed = Supprimer { $images ->
    [one] { $images } image
   *[other] { $images } images
} et { $generations ->
    [one] { $generations } génération échouée
   *[other] { $generations } générations échouées
} ?
gallery-delete-text = Leurs fichiers sont supprimés immédiatement et tous les liens de partage qui y mènent cessent de fonctionner. Cette action est irréversible.
gallery-delete-confirm = Supprimer définitivement
gallery-cancel = Annuler
gallery-search-filter = Rechercher et filtrer
gallery-search = Rechercher dans les prompts
gallery-search-placeholder = p. ex. phare
gallery-apply = Appliquer
gallery-clear = Effacer
gallery-filters = Filtres
gallery-filters-count = Filtres ({ $count })
gallery-any-model = Tous les modèles
gallery-status = État
gallery-status-any = Tous les états
gallery-status-done = Terminées
gallery-status-failed = Échouées
gallery-status-in-progress = En cours
gallery-shared = Partage
gallery-shared-any = Partagées ou non
gallery-shared-yes = Partagées
gallery-shared-no = Non partagées
gallery-from = Du
gallery-to = Au
gallery-order = Ordre
gallery-sort-newest = Plus récentes d’abord
gallery-sort-oldest = Plus anciennes d’abord
gallery-filter-errors = Certains filtres n’ont pas pu être appliqués et ont été ignorés :
gallery-empty-title = Votre galerie est vide
gallery-empty-text = Les images que vous créez apparaissent ici et restent privées jusqu’à ce que vous les partagiez.
gallery-empty-action = Créer votre première image
gallery-no-match-title = Aucun résultat
gallery-no-match-text = Essayez d’autres mots ou moins de filtres.
gallery-show-all = Tout afficher
gallery-tick = Cochez des images pour en supprimer plusieurs à la fois.
gallery-delete-selected = Supprimer la sélection
gallery-images = Vos images
gallery-more = Charger plus
gallery-select-failed = Sélectionner la génération échouée « { $prompt } »
gallery-retry = Réessayer
gallery-select = Sélectionner « { $prompt } »
gallery-badge-shared = Partagée

## One image in the gallery
item-notice-shared = Votre lien de partage est prêt. Toute personne qui l’a peut voir cette image.
item-notice-revoked = Ce lien de partage ne fonctionne plus.
item-notice-updated = L’expiration du partage a été modifiée.
item-title = { $prompt } — Galerie
item-breadcrumb = Fil d’Ariane
item-image = Image
item-prev-next = Image précédente et suivante
item-newer = ← Plus récente
item-older = Plus ancienne →
item-details = Détails de l’image
item-copy-prompt = Copier le prompt
item-left-out = Exclu
item-position = image { $number } sur { $count }
item-took = Durée
item-duration-ms = { $ms } ms
item-duration-s = { $seconds } s
item-cost = Coût
item-created = Créée le
item-kept = Conservation
item-kept-until = Conservée jusqu’au { $date }, puis supprimée
item-kept-forever = Conservée jusqu’à ce que vous la supprimiez
item-download = Télécharger l’original
item-remix = Remixer
item-publish = Publier
item-delete = Supprimer…

## Sharing an image
share-title = Partager
share-lead = Une page publique avec cette image. Vous choisissez ce qu’elle affiche et quand elle cesse de fonctionner.
share-show-prompt = Afficher le prompt
share-show-name = Afficher mon nom ({ $name })
share-create = Créer un lien de partage
share-links = Liens vers cette image
share-expiry = Validité du lien
share-expiry-date = Date (pour « Jusqu’à une date »)
share-expiry-never = Illimitée
share-expiry-day = 1 jour
share-expiry-week = 7 jours
share-expiry-month = 30 jours
share-expiry-on-date = Jusqu’à une date…
share-expired = Expiré le { $date }
share-until = Jusqu’au { $date }
share-no-expiry = Sans expiration
share-views = { $count ->
    [one] { $count } vue
   *[other] { $count } vues
}
share-prompt-shown = prompt affiché
share-name-shown = nom affiché
share-copy-link = Copier le lien
share-stop = Arrêter le partage

## The list of shares
shares-title = Partages
shares-lead = Les liens publics vers vos images. Toute personne disposant d’un lien peut voir son image jusqu’à ce qu’il prenne fin ; arrêter un lien y met fin immédiatement.
shares-empty-title = Vous n’avez rien partagé
shares-empty-text = Ouvrez une image dans votre galerie et choisissez « Partager » pour créer un lien.
shares-open-gallery = Ouvrir la galerie
shares-ended = Terminé le { $date }
shares-made = Créé le
shares-change-expiry = Modifier l’expiration
shares-save-expiry = Enregistrer l’expiration
shares-stop-label = Arrêter le partage de « { $prompt } »

## The public page of a share
share-page-fallback = Une image créée avec Obscura, un studio d’images IA privé.
share-page-by = Une image de { $name }
share-page-untitled = Une image partagée
share-page-alt = Une image partagée depuis Obscura
share-page-shared-by = Partagée par { $name }
share-page-on-x = Partager sur X
share-page-on-facebook = Partager sur Facebook
share-page-pin = Épingler sur Pinterest
share-page-share = Partager…
share-page-made-with = Créé avec Obscura
share-page-studio = — un studio d’images IA privé.
