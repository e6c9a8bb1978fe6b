# Part "errors" of the fr catalogue (merged into ../fr.ftl when the work lands).

## Filtres de la galerie et partages
error-search-too-long = { $max ->
    [one] Cherchez au plus { $max } caractère.
   *[other] Cherchez au plus { $max } caractères.
}
error-filter-status = Choisissez un statut dans la liste.
error-filter-shared = Choisissez dans la liste : partagé ou non.
error-filter-sort = Choisissez un ordre dans la liste.
error-not-a-date = « { $value } » n’est pas une date (AAAA-MM-JJ).
error-filter-range = Le dernier jour est avant le premier.
error-share-expiry-date = Choisissez le jour où le lien cessera de fonctionner (AAAA-MM-JJ).
error-share-expiry = Choisissez une durée dans la liste.
error-share-no-such-day = Ce jour n’existe pas.
error-share-after-today = Choisissez un jour après aujourd’hui.

## Publication sur les réseaux sociaux
error-caption-too-long = { $platform } accepte au plus { $limit } caractères ; cette légende en compte { $count }.
error-caption-hashtags = Instagram accepte au plus 30 hashtags ; cette légende en compte { $count }.
error-instagram-ratio = Instagram accepte les images d’un format compris entre 4:5 et 1,91:1 ; celle-ci mesure { $width } × { $height }. Recadrez-la d’abord, ou choisissez d’autres plateformes.
error-instagram-size = Instagram accepte les images jusqu’à 8 Mo ; celle-ci est plus lourde.

## Comptes
error-email-empty = Saisissez votre adresse e-mail.
error-email-too-long = Cette adresse e-mail est trop longue.
error-email-shape = Saisissez une adresse e-mail comme nom@example.com.
error-email-same = C’est déjà votre adresse.
error-name-empty = Saisissez votre nom.
error-name-control = Supprimez les caractères de contrôle.
error-chars-min = { $min ->
    [one] Utilisez au moins { $min } caractère.
   *[other] Utilisez au moins { $min } caractères.
}
error-chars-max = { $max ->
    [one] Utilisez au plus { $max } caractère.
   *[other] Utilisez au plus { $max } caractères.
}
error-language = Choisissez une langue dans la liste.
error-password-empty = Saisissez votre mot de passe.
error-password-wrong = Le mot de passe est incorrect.
error-password-spaces = Un mot de passe fait uniquement d’espaces est trop facile à deviner.
error-password-common = C’est l’un des mots de passe les plus courants. Choisissez-en un plus difficile à deviner.
error-current-password-empty = Saisissez votre mot de passe actuel.
error-current-password-wrong = Ce n’est pas votre mot de passe actuel.
error-sign-in-again-first = Pour votre sécurité, déconnectez-vous puis reconnectez-vous d’abord : cette modification demande une connexion datant de moins de 15 minutes.
error-sign-in-wrong = L’adresse e-mail ou le mot de passe est incorrect.
error-unconfirmed-sign-in = Confirmez d’abord votre adresse e-mail : nous vous avons renvoyé le lien de confirmation. Ouvrez-le dans le navigateur avec lequel vous avez créé votre compte pour conserver votre mot de passe.
error-account-closed = Ce compte est fermé et en attente de suppression. Pour le conserver, ouvrez le lien « Conserver mon compte » que nous vous avons envoyé par e-mail.
error-min-age = Vous devez avoir au moins { $age } ans pour utiliser Obscura.

## Validation en deux étapes et clés d’accès
error-two-step-code-empty = Saisissez le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de récupération.
error-two-step-code-wrong = { $left ->
    [one] Ce code est incorrect ou a déjà été utilisé. Il vous reste { $left } essai.
   *[other] Ce code est incorrect ou a déjà été utilisé. Il vous reste { $left } essais.
}
error-two-step-closed = Ce code est incorrect lui aussi. Pour votre sécurité, cette connexion est fermée : recommencez.
error-sign-in-again-then = { $minutes ->
    [one] Pour votre sécurité, déconnectez-vous puis reconnectez-vous, et faites ensuite cette modification dans la minute.
   *[other] Pour votre sécurité, déconnectez-vous puis reconnectez-vous, et faites ensuite cette modification dans les { $minutes } minutes.
}
error-recovery-needs-app = Les codes de récupération vont avec la validation en deux étapes : configurez d’abord une application d’authentification.
error-totp-already = Une application d’authentification est déjà configurée. Supprimez-la d’abord pour en utiliser une autre.
error-totp-not-started = Aucune application d’authentification n’est en cours de configuration. Recommencez.
error-totp-code-empty = Saisissez le code à 6 chiffres affiché par votre application.
error-totp-code-wrong = Ce code est incorrect. Vérifiez que l’horloge de votre appareil est à l’heure et saisissez le code que votre application affiche maintenant.
error-passkey-unavailable = Les clés d’accès ne sont pas disponibles sur ce serveur : son adresse publique n’est pas un nom de domaine.
error-passkey-name-empty = Donnez un nom à cette clé d’accès, par exemple celui de l’appareil qui la contient.
error-passkey-name-too-long = { $max ->
    [one] Le nom ne doit pas dépasser { $max } caractère.
   *[other] Le nom ne doit pas dépasser { $max } caractères.
}
error-passkey-too-many = { $max ->
    [one] Un compte peut avoir { $max } clé d’accès. Supprimez-la d’abord.
   *[other] Un compte peut avoir au plus { $max } clés d’accès. Supprimez-en une d’abord.
}
error-passkey-not-added = Cette clé d’accès n’a pas pu être ajoutée. Réessayez, ou essayez avec un autre appareil.
error-passkey-duplicate = Cette clé d’accès est déjà enregistrée.
error-passkey-none = Ce compte n’a aucune clé d’accès.
error-passkey-not-verified = La clé d’accès n’a pas pu être vérifiée. Réessayez, ou connectez-vous autrement.

## Envois de fichiers
error-upload-type = Ce fichier n’est pas une image PNG, JPEG ou WebP.
error-upload-corrupt = Cette image n’a pas pu être lue. Le fichier est-il complet ?
error-upload-bytes = Le fichier dépasse { $mb } Mo.
error-upload-pixels = L’image a trop de pixels : { $megapixels } mégapixels au plus sont acceptés.
error-upload-side = L’image est trop grande : { $side } pixels de côté et { $megapixels } mégapixels au plus sont acceptés.
error-attachment-type = Ce type de fichier n’est pas pris en charge : envoyez une image PNG, JPEG ou WebP.
error-attachment-corrupt = L’image est endommagée et ne peut pas être lue.
error-attachment-bytes = L’image est trop lourde : { $mb } Mo au plus sont acceptés.
error-attachment-larger = L’image dépasse { $mb } Mo.

## Assistance
error-support-topic = Choisissez l’objet de votre message.
error-support-message-short = { $min ->
    [one] Écrivez au moins { $min } caractère, pour que nous puissions vous aider.
   *[other] Écrivez au moins { $min } caractères, pour que nous puissions vous aider.
}
error-support-message-long = Limitez-vous à { $max } caractères (il y en a { $count } pour l’instant).
error-request-kind = Choisissez le type de demande.
error-request-channel = Indiquez comment elle est arrivée (e-mail, courrier, téléphone…).
error-request-future = Le jour de réception ne peut pas être dans le futur.
error-request-received = Saisissez le jour de réception, par exemple 2026-03-01.
error-reply-empty = Écrivez d’abord la réponse.

## Confidentialité
error-erasure-confirm = Tapez { $word } en majuscules pour confirmer.

## Paiements (administration) et filtres d’utilisation de l’API
error-payments-date = Utilisez une date comme 2026-12-31.
error-payments-range = La fin est avant le début.
error-usage-day = Un jour s’écrit AAAA-MM-JJ.
error-usage-range = Le premier jour ne doit pas être après le dernier.
error-usage-too-long = { $max ->
    [one] Choisissez au plus { $max } jour (l’utilisation est conservée 12 mois).
   *[other] Choisissez au plus { $max } jours (l’utilisation est conservée 12 mois).
}
error-usage-key = Choisissez l’une de vos clés.
error-usage-outcome = Choisissez « Toutes », « Réussies » ou « Échouées ».

## Clés d’API et webhooks
error-key-name-empty = Nommez la clé d’après l’endroit où elle sert, par exemple « rendus de nuit ».
error-key-name-too-long = { $max ->
    [one] Un nom compte au plus { $max } caractère.
   *[other] Un nom compte au plus { $max } caractères.
}
error-key-name-control = Le nom contient des caractères de contrôle invisibles.
error-key-scope = Choisissez parmi les autorisations proposées.
error-key-scope-none = Choisissez au moins une chose que la clé peut faire.
error-key-expiry = Choisissez l’une des durées proposées, ou « jamais ».
error-key-cap = Un plafond est un nombre entier de crédits entre 1 et 10 000 000, ou vide pour aucun.
error-webhook-url-empty = Saisissez l’adresse https à laquelle envoyer les événements.
error-webhook-url-too-long = Une adresse compte au plus { $max } caractères.
error-webhook-url-shape = Ce n’est pas une adresse complète, comme https://example.com/hooks/obscura.
error-webhook-url-fragment = Retirez le #fragment : il n’est jamais envoyé.
error-webhook-url-https = Utilisez une adresse https:// : les événements transportent des données signées.
error-webhook-url-credentials = Retirez le nom d’utilisateur et le mot de passe de l’adresse ; vérifiez plutôt la signature.
error-webhook-url-private = Cette adresse est sur un réseau privé ou sur cette machine ; les événements ne vont qu’à des adresses publiques.
error-webhook-url-refused = Cette adresse ne peut pas recevoir d’événements.
error-webhook-events = Choisissez des événements dans la liste.
error-webhook-events-none = Choisissez au moins un événement à recevoir.
error-publish-reconnect = Reconnectez d’abord { $platform } dans Paramètres → Connexions.
error-publish-targets = Choisissez parmi vos pages, tableaux et profils connectés.
error-publish-targets-none = Choisissez au moins un endroit où publier.
error-publish-caption = Écrivez une légende.
error-publish-alt = Décrivez l’image pour les personnes qui ne peuvent pas la voir.
error-publish-alt-too-long = { $platform } accepte un texte alternatif de { $limit } caractères au plus.
error-connection-targets = Choisissez parmi les pages, tableaux ou profils de cette connexion.
error-connection-one-board = Choisissez un tableau.
error-form-out-of-date = Ce formulaire n’est plus à jour. Rechargez la page et réessayez.

## Génération
error-model = Choisissez l’un des modèles proposés.
error-trial-model = Choisissez l’un des modèles proposés pour l’essai.
error-prompt-empty = Décrivez l’image que vous voulez.
error-prompt-too-long = Votre prompt compte { $count } caractères ; { $model } en accepte au plus { $max }.
error-prompt-control = Le prompt contient des caractères de contrôle invisibles ; veuillez le ressaisir.
error-negative-too-long = Le champ « À exclure » accepte au plus { $max } caractères.
error-negative-control = Le champ « À exclure » contient des caractères de contrôle invisibles.
error-size = Choisissez l’une des tailles proposées par { $model }.
error-quality = Choisissez l’une des qualités proposées par { $model }.
error-count-range = { $max ->
    [one] Ce modèle crée { $max } image à la fois.
   *[other] Choisissez entre 1 et { $max } images.
}
error-seed = Une graine est un nombre entier de 0 à { $max }, ou vide pour une graine aléatoire.
error-reference-gone = Cette image n’est plus disponible comme référence.
error-reference-not-taken = { $model } n’accepte pas d’image de référence.
error-retry-impossible = Cette génération ne peut pas être relancée.

## Refus (failure.rs)
error-busy = Le serveur est occupé par d’autres images. Veuillez renvoyer le formulaire dans un instant.
error-wait-seconds = { $seconds ->
    [one] Trop de tentatives. Veuillez patienter { $seconds } seconde, puis réessayer.
   *[other] Trop de tentatives. Veuillez patienter { $seconds } secondes, puis réessayer.
}
error-wait-minutes = { $minutes ->
    [one] Trop de tentatives. Veuillez patienter { $minutes } minute, puis réessayer.
   *[other] Trop de tentatives. Veuillez patienter { $minutes } minutes, puis réessayer.
}
error-not-verified = Confirmez d’abord votre adresse e-mail : ouvrez le lien envoyé lors de votre inscription (vous pouvez en demander un nouveau dans Paramètres → Profil).
error-attempt-gone = Cette tentative a expiré ou a déjà été utilisée. Recommencez.
error-billing-item = Choisissez l’un des packs ou abonnements de cette page.
error-billing-no-customer = Il n’y a encore rien à gérer : votre carte et votre abonnement apparaîtront ici après votre premier achat.
error-billing-subscribed = Vous avez déjà un abonnement. Modifiez-le ou résiliez-le avec « Gérer la carte et l’abonnement ».
error-billing-unavailable = Les paiements ne peuvent pas être lancés pour le moment. Rien n’a été débité ; veuillez réessayer dans quelques minutes.
error-billing-rate-limited = { $seconds ->
    [one] Vous avez ouvert plusieurs pages de paiement en peu de temps. Veuillez réessayer dans { $seconds } seconde.
   *[other] Vous avez ouvert plusieurs pages de paiement en peu de temps. Veuillez réessayer dans { $seconds } secondes.
}
error-refund-amount = Indiquez un montant jusqu’à { $left }, par exemple 12,50, ou laissez vide pour tout rembourser.
error-refund-not-refundable = Rien de ce paiement ne peut être remboursé ici : il est déjà remboursé, ou contesté (les litiges se traitent dans le tableau de bord de Stripe).
error-refund-unreachable = Stripe est injoignable. Rien n’a été remboursé ; veuillez réessayer dans quelques minutes.
error-refund-refused = Stripe n’a pas accepté ce remboursement : rien n’a donc été remboursé. Le journal du serveur en donne la raison (par exemple une clé Stripe sans droit de remboursement).
error-social-flow = Cette tentative de connexion a expiré ou a déjà été utilisée. Recommencez depuis Paramètres → Connexions.
error-social-cancelled = Rien n’a été connecté : la plateforme indique que vous avez annulé.
error-social-approvals = Ce compte a envoyé beaucoup de demandes d’approbation aujourd’hui. Veuillez attendre demain, ou publier sans relecture.
error-platform-refused = La plateforme a refusé : { $reason }
error-platform-rate-limited = La plateforme limite les requêtes en ce moment. Veuillez réessayer dans quelques minutes.
error-platform-expired = La plateforme n’a pas accepté la connexion. Recommencez depuis Paramètres → Connexions.
error-platform-unavailable = La plateforme est injoignable. Veuillez réessayer dans quelques minutes.
error-support-rate-limited = { $minutes ->
    [one] Vous avez déjà envoyé plusieurs messages. Veuillez réessayer dans { $minutes } minute.
   *[other] Vous avez déjà envoyé plusieurs messages. Veuillez réessayer dans { $minutes } minutes.
}
error-credits-owed = { $owed ->
    [one] Un paiement remboursé a laissé { $owed } crédit déjà utilisé. Vous pourrez créer de nouvelles images une fois ce crédit régularisé : un achat de crédits le régularise en premier.
   *[other] Un paiement remboursé a laissé { $owed } crédits déjà utilisés. Vous pourrez créer de nouvelles images une fois ces crédits régularisés : un achat de crédits les régularise en premier.
}
error-prompt-blocked = Ce prompt contient des mots que ce serveur n’accepte pas.
error-prompt-blocked-charged = Ce prompt contient des mots que ce serveur n’accepte pas. Rien n’a été débité.
error-credits-short = { $needed ->
    [one] Cela coûte { $needed } crédit et vous en avez { $balance }.
   *[other] Cela coûte { $needed } crédits et vous en avez { $balance }.
}
error-credits-short-create = { $needed ->
    [one] Cela coûte { $needed } crédit et vous en avez { $balance }. Choisissez moins d’images ou un modèle moins cher, ou demandez-nous plus de crédits.
   *[other] Cela coûte { $needed } crédits et vous en avez { $balance }. Choisissez moins d’images ou un modèle moins cher, ou demandez-nous plus de crédits.
}
error-export-too-soon = Un export a déjà été demandé il y a moins d’une heure.
error-erasure-sign-in-again = { $minutes ->
    [one] Pour votre sécurité, déconnectez-vous puis reconnectez-vous, et supprimez ensuite votre compte dans la minute.
   *[other] Pour votre sécurité, déconnectez-vous puis reconnectez-vous, et supprimez ensuite votre compte dans les { $minutes } minutes.
}
error-erasure-rate-limited = { $minutes ->
    [one] Trop de tentatives. Réessayez dans { $minutes } minute.
   *[other] Trop de tentatives. Réessayez dans { $minutes } minutes.
}
error-trial-off = Ce serveur ne propose pas d’essai. Créez un compte pour créer des images.
error-challenge-missing = Veuillez d’abord effectuer la vérification qui montre que vous êtes une personne (elle nécessite JavaScript), puis renvoyez le formulaire.
error-challenge-failed = La vérification qui montre que vous êtes une personne a échoué. Veuillez la refaire.
error-challenge-spent = La vérification qui montre que vous êtes une personne a expiré ou a déjà été utilisée. Veuillez la refaire.
error-challenge-unavailable = La vérification qui montre que vous êtes une personne est impossible pour le moment. Veuillez réessayer dans quelques minutes.
error-trial-limit = Vous avez créé vos { $count ->
        [one] { $count } image d’essai
       *[other] { $count } images d’essai
    } du jour. Créez un compte gratuit pour continuer (vos images d’essai vous suivent), ou réessayez dans { $hours ->
        [0] { $minutes ->
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        }
       *[other] { $minutes ->
            [0] { $hours ->
                [one] { $hours } heure
               *[other] { $hours } heures
            }
           *[other] { $hours } h { $minutes } min
        }
    }.
error-trial-busy = L’essai a créé autant d’images que possible pour cette heure. Veuillez réessayer plus tard, ou créer un compte gratuit.
error-keys-too-many = { $max ->
    [one] Un compte a au plus { $max } clé active. Révoquez-la d’abord si vous ne l’utilisez plus.
   *[other] Un compte a au plus { $max } clés actives. Révoquez d’abord une clé que vous n’utilisez plus.
}

## Codes d’erreur en mots (quand rien de plus précis n’est dit)
error-code-not-found = Introuvable.
error-code-unauthenticated = Connexion requise.
error-code-forbidden = Accès refusé.
error-code-validation = Saisie invalide.
error-code-conflict = Conflit.
error-code-rate-limited = Trop de requêtes.
error-code-unavailable = Temporairement indisponible.
error-code-internal = Un problème est survenu de notre côté. Veuillez réessayer.
error-code-insufficient-credits = Crédits insuffisants.
error-code-content-rejected = Contenu refusé.
error-code-gone = N’existe plus.
error-code-malformed = Requête mal formée.
error-code-too-large = Trop volumineux.
error-network = Impossible de joindre Obscura pour le moment. Vérifiez votre connexion ; nous réessaierons.
error-request-not-understood = La requête n’a pas été comprise.
error-session-ended = Votre session a pris fin. Veuillez vous reconnecter.
error-page-missing = Cette page n’existe pas.
error-internal-later = Un problème est survenu de notre côté. Veuillez réessayer plus tard.
error-page-title = Un problème est survenu · Obscura
error-form-too-large = Le formulaire est trop volumineux.
error-form-unreadable = Le formulaire n’a pas pu être lu.
error-daily-cap = Un plafond est un nombre entier de crédits, au moins 1 (laissez vide pour aucun).
error-webhook-not-verified = Confirmez d’abord votre adresse e-mail : utilisez le lien que nous vous avons envoyé.
error-avatar-too-small = Cette image est trop petite : utilisez-en une d’au moins 32 × 32 pixels.
error-avatar-not-converted = Cette image n’a pas pu être convertie.
error-avatar-missing = Choisissez un fichier image à envoyer.
error-avatar-rate-limited = { $minutes ->
    [one] Vous avez déjà changé votre photo plusieurs fois. Veuillez réessayer dans { $minutes } minute.
   *[other] Vous avez déjà changé votre photo plusieurs fois. Veuillez réessayer dans { $minutes } minutes.
}
error-reference-too-large = L’image de référence dépasse { $mb } Mo.
error-form-unreadable-retry = Le formulaire n’a pas pu être lu. Veuillez réessayer.
error-account-not-deleted = Votre compte n’a pas été supprimé.
error-share-not-made = Le lien n’a pas été créé : vérifiez l’expiration.
error-too-many-requests = { $seconds ->
    [one] Trop de requêtes depuis cet endroit. Veuillez réessayer dans { $seconds } seconde.
   *[other] Trop de requêtes depuis cet endroit. Veuillez réessayer dans { $seconds } secondes.
}
error-passkey-sign-in-first = Connectez-vous d’abord.
error-passkey-answer-too-large = La réponse est trop volumineuse.
error-passkey-answer-unreadable = La réponse n’a pas pu être lue.
error-passkey-try-again = Veuillez réessayer.
error-passkey-no-such = Cette clé d’accès n’existe pas.
error-no-such-session = Cette session n’existe pas.
error-cross-site = Cette requête venait d’un autre site : elle a donc été refusée. Revenez à la page et réessayez.
error-service-unavailable = Le service est indisponible. Veuillez réessayer dans un instant.
error-generation-rejected = Le service d’images a refusé ce prompt ou cette référence au nom de ses règles de contenu. Essayez de le formuler autrement.
error-generation-unavailable = Le service d’images est indisponible ou surchargé pour le moment. Veuillez réessayer dans quelques minutes.
error-generation-failed = Cette génération n’a pas pu aboutir. Veuillez réessayer.

## Introuvable (une génération ou une image qui n’appartient pas à la personne, ou qui a été supprimée)
error-generation-not-found = Cette génération n’existe pas ou a été supprimée.
error-image-not-found = Cette image n’existe pas ou a été supprimée.

## Paramètres des cookies (/cookies)
cookies-title = Paramètres des cookies
cookies-eyebrow = Confidentialité
cookies-lead = Modifiez votre choix à tout moment. Il s’applique à ce navigateur.
cookies-saved = Votre choix est enregistré.
cookies-now = Actuellement
cookies-status-none = Vous n’avez pas encore fait de choix : seuls les cookies essentiels sont utilisés.
cookies-status-signal = Les pages vues ne sont pas comptées : votre navigateur envoie un signal { $signal }.
cookies-status-allowed = Vous avez autorisé le comptage des pages vues.
cookies-status-refused = Vous avez refusé le comptage des pages vues : seuls les cookies essentiels sont utilisés.
cookies-withdraw = Retirer mon consentement
cookies-choose = Choisir
cookies-more = En savoir plus
cookies-more-text = Chaque cookie et chaque clé de stockage, avec son usage et sa durée de conservation, figure dans la [politique de confidentialité]. Une fois connecté, vous retrouvez chacun de vos choix dans [Paramètres → Confidentialité].
