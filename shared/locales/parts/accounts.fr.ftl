# Part "accounts" of the fr catalogue (merged into ../fr.ftl when the work lands).

## Shared by the account pages
account-sign-in = Se connecter
account-sign-in-title = Se connecter
account-email = Adresse e-mail
account-password = Mot de passe
account-sign-in-needed-heading = Connectez-vous pour continuer
account-sign-in-needed-lead = Cette page fait partie de votre compte.

## Form widgets
form-optional = (facultatif)
form-correct-fields = { $count ->
    [one] Veuillez corriger le champ signalé ci-dessous.
   *[other] Veuillez corriger les { $count } champs signalés ci-dessous.
}

## Notices after a redirect to the sign-in pages
account-notice-signed-out = Vous êtes déconnecté.
account-notice-link-sent = Si un compte utilise cette adresse, un lien de connexion est en route. Il fonctionne une seule fois, pendant 15 minutes.
account-notice-reset-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe est en route. Il fonctionne pendant 30 minutes.
account-notice-sign-in-needed = Connectez-vous pour continuer.
account-notice-account-closed = Votre compte est fermé et toutes vos sessions sont déconnectées. Nous vous avons envoyé par e-mail un lien qui permet de le conserver, au cas où vous changeriez d’avis avant sa suppression.
account-notice-account-erased = Votre compte et tout son contenu sont supprimés. Merci d’avoir utilisé Obscura.
account-notice-session-ended = Votre session a pris fin. Reconnectez-vous pour continuer.
account-notice-two-step-expired = Cette connexion a attendu son code trop longtemps, ou a reçu trop de codes erronés. Reconnectez-vous.
account-notice-google-unverified = Google n’a pas vérifié cette adresse e-mail : elle ne peut donc pas servir à se connecter ici. Faites-la d’abord vérifier par Google, ou connectez-vous autrement.
account-notice-google-no-email = Google n’a pas communiqué d’adresse e-mail, or un compte en a besoin. Essayez une autre façon de vous connecter.

## Sign in
signin-passkey = Se connecter avec une clé d’accès
signin-heading = Se connecter à Obscura
signin-new-here = Nouveau ici ?
signin-create-account = Créer un compte
signin-google = Continuer avec Google
signin-or = ou
signin-forgot = Mot de passe oublié ?
signin-email-link = Recevoir un lien de connexion par e-mail

## Sign up
signup-title = Créer votre compte
signup-heading = Créer votre compte Obscura
signup-have-one = Vous en avez déjà un ?
signup-google = Créer un compte avec Google
signup-or-email = ou avec votre adresse e-mail
signup-name = Nom complet
signup-company = Entreprise
signup-language = Langue
signup-language-hint = Pour les e-mails que nous vous envoyons.
signup-password-hint = Au moins 8 caractères. Quelques mots sans rapport entre eux font un mot de passe solide.
signup-age = J’ai au moins { $age } ans.
signup-accept = En créant un compte, vous acceptez les
signup-accept-terms = conditions d’utilisation
signup-accept-data = . Comment nous traitons vos données :
signup-accept-privacy = politique de confidentialité
signup-submit = Créer le compte
signup-sent-title = Consultez vos e-mails
signup-sent-lead = Nous avons envoyé un message à l’adresse indiquée. Ouvrez le lien qu’il contient pour confirmer votre adresse et vous connecter. Il fonctionne pendant 48 heures.
signup-sent-nothing = Rien reçu après quelques minutes ? Regardez dans vos courriers indésirables, ou
signup-sent-try-again = réessayez
signup-sent-other-address = avec une autre adresse.

## Password reset
reset-title = Réinitialiser votre mot de passe
reset-lead = Nous vous enverrons par e-mail un lien pour en choisir un nouveau.
reset-submit = Recevoir un lien par e-mail
reset-back = Retour à la connexion

## Emailed links
link-invalid-title = Ce lien ne fonctionne pas
link-invalid-text = Il est peut-être incomplet (certaines messageries coupent les liens longs) ou destiné à autre chose. Demandez-en un nouveau.
link-expired-title = Ce lien a expiré
link-expired-text = Pour votre sécurité, les liens ne fonctionnent que peu de temps. Demandez-en un nouveau.
link-used-title = Ce lien a déjà été utilisé
link-used-text = Chaque lien ne fonctionne qu’une fois. Si ce n’était pas vous, réinitialisez votre mot de passe et consultez votre journal de sécurité.
link-google-title = La connexion avec Google n’a pas abouti
link-google-text = La connexion a été interrompue, a pris plus de 10 minutes ou a commencé dans un autre navigateur. Veuillez recommencer.
link-magic-lead = Vous vous connectez en tant que
link-verify-title = Confirmer votre adresse e-mail
link-verify-lead = Confirmez que cette adresse est bien la vôtre :
link-verify-button = Confirmer et se connecter
link-reset-title = Choisir un nouveau mot de passe
link-reset-lead = Pour le compte
link-reset-button = Enregistrer le mot de passe et se connecter
link-email-change-title = Confirmer votre nouvelle adresse
link-email-change-lead = Utiliser cette adresse pour votre compte :
link-email-change-button = Utiliser cette adresse
link-keep-title = Conserver votre compte
link-keep-lead = Annuler la suppression du compte
link-keep-button = Conserver mon compte et me connecter
link-google-signup-lead = Vous créez un compte Obscura avec votre compte Google
link-google-signup-button = Créer mon compte
link-google-signup-keep = Nous ne conservons de Google que votre nom, votre adresse e-mail et l’adresse de votre photo : jamais de mot de passe ni de jeton Google.
link-reset-password = Nouveau mot de passe
link-reset-password-hint = Au moins 8 caractères. L’enregistrer déconnecte tous vos autres appareils.
link-reset-password-button = Réinitialiser le mot de passe

## Two-step verification
mfa-title = Validation en deux étapes
mfa-no-sign-in = Cette page demande votre code pendant la connexion. Commencez par vous connecter.
mfa-enter-code = Saisissez votre code
mfa-lead-passkey = Votre compte demande une seconde étape : utilisez votre clé d’accès, ou saisissez un code de votre application d’authentification ou l’un de vos codes de récupération.
mfa-lead-app = Votre compte demande une seconde étape. Ouvrez votre application d’authentification et saisissez le code à 6 chiffres qu’elle affiche pour Obscura.
mfa-use-passkey = Utiliser une clé d’accès
mfa-code = Code
mfa-code-hint = Pas de téléphone sous la main ? Saisissez plutôt l’un de vos codes de récupération.
mfa-verify = Valider et se connecter
mfa-waits = La connexion attend le code pendant 5 minutes. Téléphone et codes perdus ? Écrivez à l’opérateur de ce serveur.
mfa-required-title = Validation en deux étapes requise
mfa-required-lead = Les pages d’administration ne sont ouvertes qu’aux comptes protégés par la validation en deux étapes, pour qu’un mot de passe volé ne suffise pas à y accéder.
mfa-required-text = Configurez une application d’authentification dans vos paramètres de sécurité (cela prend une minute), puis revenez.
mfa-required-set-up = Configurer la validation en deux étapes
mfa-codes-file-title = Codes de récupération Obscura
mfa-codes-file-text = Chaque code fonctionne une fois, à la place d’un code de votre application d’authentification.
mfa-recovery-codes = Codes de récupération
mfa-recovery-left-passkeys = Il en reste { $count } sur 10. Chacun fonctionne une fois, si vous perdez vos clés d’accès.
mfa-recovery-left-phone = Il en reste { $count } sur 10. Chacun fonctionne une fois, si vous perdez votre téléphone.
mfa-recovery-new = Nouveaux codes
mfa-sign-in-again = Les modifications ici demandent une connexion récente : déconnectez-vous puis reconnectez-vous d’abord (vous aurez ensuite 15 minutes).
mfa-setup-title = Configurer votre application d’authentification
mfa-setup-scan = Scannez ce code QR avec une application d’authentification (par exemple Aegis, 2FAS, Google Authenticator, 1Password).
mfa-setup-key = Ou saisissez cette clé dans l’application :
mfa-setup-type = Saisissez le code à 6 chiffres affiché par l’application.
mfa-setup-code = Code de l’application
mfa-setup-turn-on = Activer
mfa-setup-cancel = Annuler
mfa-app = Application d’authentification
mfa-app-on = Activée
mfa-app-since = Depuis le
mfa-app-remove-label = Supprimer l’application d’authentification
mfa-remove = Supprimer
mfa-off-passkeys = Vos clés d’accès sont votre seconde étape. Vous pouvez aussi ajouter une application d’authentification, pour vous connecter là où vous n’avez pas vos clés d’accès.
mfa-off = Désactivée. Avec la validation en deux étapes, la connexion demande aussi un code fourni par une application sur votre téléphone : un mot de passe volé ne suffit plus.
mfa-set-up-app = Configurer une application d’authentification
mfa-codes-shown = Vos codes de récupération. Conservez-les en lieu sûr : ils ne sont affichés que maintenant, et chacun fonctionne une fois.
mfa-codes-download = Télécharger en fichier texte
mfa-passkey-added-used = Ajoutée le { $added }, dernière utilisation le { $used }
mfa-passkey-added-unused = Ajoutée le { $added }, jamais utilisée
mfa-passkey-remove-label = Supprimer la clé d’accès « { $name } »
mfa-passkey-name = Nom de la nouvelle clé d’accès
mfa-passkey-name-placeholder = Mon ordinateur portable
mfa-passkey-add = Ajouter une clé d’accès
mfa-passkeys = Clés d’accès
mfa-passkeys-text = Une clé d’accès vous connecte avec le verrouillage d’écran de votre appareil (empreinte, visage ou code PIN), sans mot de passe à saisir ; après un mot de passe, elle sert aussi de seconde étape.

## Settings: menu and notices
settings-menu = Paramètres
settings-menu-profile = Profil
settings-menu-security = Sécurité
settings-menu-shares = Partages
settings-menu-privacy = Confidentialité
settings-menu-billing = Facturation
settings-menu-api = API
settings-menu-connections = Connexions
settings-notice-welcome = Bienvenue sur Obscura. Votre adresse e-mail est confirmée.
settings-notice-earlier-access-removed = Votre adresse e-mail est confirmée et le compte n’appartient qu’à vous. Quelqu’un avait créé un compte avec cette adresse avant sa confirmation (peut-être vous, dans un autre navigateur) : le mot de passe choisi alors, les autres appareils connectés et tout compte Google associé ont donc été supprimés. Choisissez un mot de passe ci-dessous si vous le souhaitez ; vous pouvez toujours vous connecter avec un lien envoyé par e-mail.
settings-notice-signed-in = Vous êtes connecté.
settings-notice-saved = Votre profil est enregistré.
settings-notice-avatar-saved = Votre photo est enregistrée.
settings-notice-avatar-removed = Votre photo est supprimée.
settings-notice-email-sent = Nous avons envoyé un lien de confirmation à la nouvelle adresse. Votre adresse actuelle reste utilisée jusqu’à ce que vous l’ouvriez.
settings-notice-email-changed = Votre adresse e-mail est modifiée.
settings-notice-password-changed = Votre mot de passe est modifié. Tous vos autres appareils ont été déconnectés.
settings-notice-verification-sent = Nous vous avons envoyé un nouveau lien de confirmation.
settings-notice-session-ended = Cette session est déconnectée.
settings-notice-sessions-ended = Toutes les autres sessions sont déconnectées.
settings-notice-share-revoked = Ce lien de partage ne fonctionne plus.
settings-notice-share-updated = L’expiration du partage est modifiée.
settings-notice-privacy-saved = Vos choix de confidentialité sont enregistrés.
settings-notice-export-queued = Nous préparons votre copie. Nous vous enverrons un lien par e-mail dès qu’elle sera prête.
settings-notice-export-too-soon = Vous avez demandé une copie il y a moins d’une heure ; elle figure ci-dessous.
settings-notice-account-kept = Votre compte est conservé et vous êtes de nouveau connecté.
settings-notice-two-step-setup = Scannez le code QR ci-dessous avec votre application d’authentification, puis saisissez le code qu’elle affiche.
settings-notice-two-step-removed = La validation en deux étapes est désactivée.
settings-notice-two-step-cancelled = La configuration est annulée.
settings-notice-passkey-added = Votre clé d’accès est ajoutée.
settings-notice-passkey-removed = La clé d’accès est supprimée.
settings-notice-key-revoked = La clé est révoquée : les requêtes faites avec elle sont désormais refusées.
settings-notice-key-unchanged = Cette clé était déjà révoquée, ou ne vous appartient pas.
settings-notice-cap-saved = Votre limite quotidienne d’API est enregistrée.
settings-notice-cap-removed = Vos clés d’API n’ont plus de limite quotidienne.
settings-notice-webhook-saved = Votre point de terminaison webhook est enregistré.
settings-notice-webhook-removed = Le point de terminaison webhook est supprimé : plus aucun événement n’est envoyé.
settings-notice-webhook-test-sent = Un événement de test est en route : sa livraison apparaît ci-dessous.
settings-notice-webhook-none = Définissez d’abord un point de terminaison.
settings-notice-connected = Connecté. Choisissez ci-dessous où Obscura peut publier pour ce compte.
settings-notice-disconnected = Déconnecté ; la plateforme a révoqué l’accès d’Obscura et les jetons sont supprimés.
settings-notice-disconnected-local = Déconnecté, et les jetons sont supprimés ici. Cette plateforme ne permet pas aux applications de révoquer leur accès : retirez aussi Obscura dans les paramètres d’applications de la plateforme.
settings-notice-targets-saved = Vos choix de publication sont enregistrés.
settings-notice-connect-cancelled = Rien n’a été connecté : vous avez annulé sur la plateforme.
settings-notice-connect-expired = Cette tentative de connexion a expiré ou a déjà été utilisée. Recommencez.
settings-notice-connect-failed = La plateforme n’a pas pu établir la connexion. Veuillez réessayer dans quelques minutes.
settings-notice-history-deleted = Cette ligne est supprimée de votre historique de publication.

## Settings: profile
settings-profile-title = Profil
settings-profile-about = À propos de vous
settings-profile-name = Nom complet
settings-profile-company = Entreprise
settings-profile-language = Langue
settings-profile-save = Enregistrer le profil
settings-avatar-title = Photo
settings-avatar-alt = Votre photo
settings-avatar-upload-label = Téléverser une photo
settings-avatar-hint = PNG, JPEG ou WebP, jusqu’à 5 Mo, 12,5 mégapixels et 4096 pixels de côté. Nous la recadrons en carré.
settings-avatar-upload = Téléverser
settings-avatar-remove = Supprimer la photo
settings-email-title = Adresse e-mail
settings-email-verified = Vérifiée
settings-email-unverified = Pas encore vérifiée
settings-email-new = Nouvelle adresse e-mail
settings-current-password = Mot de passe actuel
settings-email-send = Envoyer le lien de confirmation
settings-password-title = Mot de passe
settings-password-set-title = Définir un mot de passe
settings-password-none = Vous vous connectez avec Google ou des liens envoyés par e-mail. Un mot de passe vous permet de vous connecter sans eux.
settings-password-new = Nouveau mot de passe
settings-password-hint = Au moins 8 caractères. Le modifier déconnecte tous vos autres appareils.
settings-password-change = Modifier le mot de passe
settings-google-linked = Votre compte Google est associé : vous pouvez vous connecter avec lui. Nous ne conservons de Google que votre nom, votre adresse e-mail et l’adresse de votre photo, jamais de mot de passe ni de jeton Google.
settings-google-unlinked = Aucun compte Google n’est associé. Se connecter avec un compte Google qui utilise la même adresse, vérifiée, l’associe.

## Settings: security
security-title = Sécurité
security-loading = Chargement…
security-ip-full = Ce serveur conserve l’adresse IP de chaque événement.
security-ip-hashed = Ce serveur ne conserve qu’une empreinte salée de l’adresse IP de chaque événement : une même adresse donne le même code, mais l’adresse elle-même n’est pas enregistrée.
security-ip-none = Ce serveur ne conserve aucune adresse IP.
security-sessions-title = Où vous êtes connecté
security-sessions-end-others = Se déconnecter partout ailleurs
security-sessions-lifetime = Les sessions prennent fin après 7 jours sans utilisation, et au plus tard après 30 jours.
security-session-this-device = Cet appareil
security-session-last-active = Dernière activité
security-session-signed-in = connexion le
security-session-sign-out = Se déconnecter
security-session-sign-out-device = Déconnecter { $device }
security-log-title = Journal de sécurité
security-log-empty = Rien pour l’instant.

## Security log events
event-account-created = Compte créé
event-sign-in = Connexion
event-sign-in-failed = Échec de connexion (mot de passe erroné)
event-new-device = Connexion depuis un nouvel appareil
event-sign-out = Déconnexion
event-session-ended = Session fermée
event-password-changed = Mot de passe modifié
event-password-reset = Mot de passe réinitialisé par e-mail
event-email-verified = Adresse e-mail vérifiée
event-email-changed = Adresse e-mail modifiée
event-google-linked = Compte Google associé
event-profile-changed = Profil mis à jour
event-content-blocked = Un prompt a été refusé par les règles de contenu de ce serveur
event-content-rejected = Le service d’images a refusé un prompt en vertu de ses règles de contenu
event-erasure-requested = Suppression du compte demandée
event-erasure-cancelled = Suppression du compte annulée
event-earlier-access-removed = Adresse confirmée : ce qui avait été configuré avant la confirmation a été supprimé
event-unconfirmed-sign-in-refused = Connexion refusée tant que l’adresse n’est pas confirmée
event-two-step-added = Validation en deux étapes ajoutée
event-two-step-removed = Validation en deux étapes supprimée
event-recovery-codes-renewed = Nouveaux codes de récupération créés
event-recovery-code-used = Connexion avec un code de récupération
event-two-step-failed = Échec de connexion (code de validation erroné)
event-api-key-created = Clé d’API créée
event-api-key-revoked = Clé d’API révoquée
event-webhook-changed = Point de terminaison webhook défini
event-webhook-removed = Point de terminaison webhook supprimé
event-social-connected = Compte de réseau social connecté
event-social-disconnected = Compte de réseau social déconnecté

## Settings: privacy center
privacy-center-title = Confidentialité
privacy-center-lead = Vos droits sur vos données, à exercer vous-même : en obtenir une copie, les corriger, limiter ce que nous en faisons, ou tout supprimer.
privacy-center-loading = Chargement…
privacy-center-size-mb = { $size } Mo
privacy-center-size-kb = { $size } Ko
privacy-center-correct-title = Corriger vos données
privacy-center-correct-text = Votre nom, votre entreprise, votre langue, votre adresse e-mail et votre photo peuvent être modifiés à tout moment.
privacy-center-correct-edit = Modifier mon profil
privacy-center-export-title = Obtenir une copie de vos données
privacy-center-export-text = Un fichier ZIP avec votre compte, chaque génération en JSON et en CSV, vos crédits, partages, sessions, journal de sécurité et choix de cookies, et toutes vos images. Nous vous envoyons un lien par e-mail quand il est prêt ; il fonctionne pendant 7 jours, puis le fichier est supprimé.
privacy-center-export-next = Vous pourrez demander la prochaine copie après le { $time } : une par heure.
privacy-center-export-button = Exporter mes données
privacy-center-export-building = Nous préparons votre copie. Comptez environ une minute par millier d’images ;
privacy-center-export-refresh = actualisez la page
privacy-center-export-wait = pour la voir, ou attendez l’e-mail.
privacy-center-export-queued = En préparation
privacy-center-export-ready = Prête · { $size } · jusqu’au { $until }
privacy-center-export-failed = N’a pas pu être préparée — veuillez la redemander
privacy-center-export-expired = Supprimée après 7 jours
privacy-center-export-asked = Demandée le
privacy-center-export-download = Télécharger
privacy-center-restricted-since = Traitement limité depuis le { $time }.
privacy-center-choices-title = Limiter ce que nous faisons
privacy-center-choices-text = Ces choix s’appliquent à votre compte partout, quel que soit le choix de cookies de chaque navigateur.
privacy-center-analytics = M’exclure du comptage des pages vues
privacy-center-analytics-hint = Vos visites ne sont jamais comptées, même dans les navigateurs où le comptage des pages vues a été autorisé.
privacy-center-product-emails = Pas d’e-mails sur le produit
privacy-center-product-emails-hint = Ni nouveautés, ni conseils, ni offres. Les e-mails que vous demandez et les alertes de sécurité vous parviennent toujours.
privacy-center-restrict = Limiter le traitement
privacy-center-restrict-hint = Nous conservons vos données mais ne les utilisons que pour ce que vous faites vous-même : aucun comptage, aucun e-mail sur le produit. Vous pouvez toujours vous connecter, tout consulter et tout exporter.
privacy-center-save = Enregistrer
privacy-center-consents-title = Vos choix de cookies
privacy-center-consents-text = Chaque choix que vous avez fait en étant connecté, tel que nous l’avons enregistré.
privacy-center-consents-change = Modifier votre choix
privacy-center-consents-empty = Aucun choix enregistré pendant que vous étiez connecté.
privacy-center-consents-caption = Choix de cookies, du plus récent au plus ancien
privacy-center-consents-when = Date
privacy-center-consents-choice = Choix
privacy-center-consents-counts = Comptage des pages vues
privacy-center-consents-signal = (signal { $signal })
privacy-center-consents-allowed = Autorisé
privacy-center-consents-refused = Refusé
privacy-center-consent-accepted = Tout accepté
privacy-center-consent-rejected = Tout refusé
privacy-center-consent-custom = Choix personnalisés enregistrés
privacy-center-consent-withdrawn = Consentement retiré
privacy-center-delete-title = Supprimer mon compte
privacy-center-delete-text = { $days ->
    [0] Toutes les sessions sont déconnectées immédiatement et le compte est fermé. Vos images, prompts, partages, crédits et enregistrements sont définitivement supprimés immédiatement.
   *[other] Toutes les sessions sont déconnectées immédiatement et le compte est fermé. Vos images, prompts, partages, crédits et enregistrements sont définitivement supprimés au bout de { $days } jours ; d’ici là, le lien que nous vous envoyons par e-mail permet de conserver le compte.
}
privacy-center-delete-credits = Les crédits ne sont pas remboursés. Faites d’abord une copie de vos données si vous souhaitez conserver quoi que ce soit.
privacy-center-delete-password = Votre mot de passe
privacy-center-delete-no-password = Votre compte n’a pas de mot de passe : nous vérifions donc que vous vous êtes connecté au cours des 15 dernières minutes.
privacy-center-delete-confirm = Saisissez { $word } pour confirmer
privacy-center-delete-confirm-hint = En majuscules.

## Platform data-deletion status
deletion-title = Demande de suppression { $code }
deletion-eyebrow = Suppression de données
deletion-lead = { $platform } a demandé à Obscura de supprimer les données reçues par son intermédiaire. C’est fait.
deletion-platform = Plateforme
deletion-deleted-label = Supprimé
deletion-when = Date
deletion-connections = { $count ->
    [one] { $count } connexion avec ses jetons
   *[other] { $count } connexions avec leurs jetons
}
deletion-posts = { $count ->
    [one] { $count } ligne de l’historique de publication
   *[other] { $count } lignes de l’historique de publication
}
deletion-gallery = Les images de votre galerie Obscura ne sont pas concernées. Les publications déjà présentes sur la plateforme relèvent de la plateforme, à qui il revient de les supprimer.

## Trial without an account
trial-title = Essayer sans compte
trial-eyebrow = Essayer Obscura
trial-heading = Créez une image, sans compte
trial-lead = Votre prompt et votre image restent sur ce serveur, ne sont visibles que dans ce navigateur et sont supprimés au bout de 24 heures.
trial-signed-in = Vous êtes connecté :
trial-signed-in-link = le générateur complet
trial-signed-in-end = propose tous les modèles et toutes les tailles.
trial-loading = Chargement…
trial-prompt = Décrivez votre image
trial-prompt-hint = Quelques mots suffisent. L’image fait { $size } ; les comptes ont accès à toutes les tailles.
trial-model = Modèle
trial-check-needs-script = La vérification que vous êtes une personne nécessite JavaScript. Sans JavaScript, créez plutôt un compte.
trial-out-of-images = { $count ->
    [one] Vous avez créé votre image d’essai du jour. Créez un compte gratuit pour continuer : vos images d’essai vous suivent.
   *[other] Vous avez créé vos { $count } images d’essai du jour. Créez un compte gratuit pour continuer : vos images d’essai vous suivent.
}
trial-submit = Créer une image
trial-left = { $count ->
    [one] { $left } image d’essai sur { $count } restante aujourd’hui
   *[other] { $left } images d’essai sur { $count } restantes aujourd’hui
}
trial-image-alt = Image d’essai : { $prompt }
trial-painting = En cours de création…
trial-image-expires = { $model } · supprimée le { $time } UTC, sauf si vous la conservez
trial-download = Télécharger
trial-disabled = Ce serveur ne propose pas d’essai. Créez un compte pour générer des images : cela prend une minute.
trial-keep-title = Conservez vos images
trial-keep-text = { $count ->
    [one] Les images d’essai sont supprimées au bout de 24 heures. Créez d’ici là un compte gratuit dans ce navigateur et elles rejoindront votre galerie privée ; vous recevrez aussi { $count } crédit pour en créer d’autres.
   *[other] Les images d’essai sont supprimées au bout de 24 heures. Créez d’ici là un compte gratuit dans ce navigateur et elles rejoindront votre galerie privée ; vous recevrez aussi { $count } crédits pour en créer d’autres.
}
trial-keep-signup = Créer un compte gratuit
trial-images-title = Vos images d’essai
trial-empty = Rien pour l’instant
trial-empty-example = Essayez « un phare sur une falaise au crépuscule, aquarelle ».

## Support
support-title = Aide
support-heading = Nous sommes là pour vous aider
support-lead = Écrivez-nous : une personne vous répondra, en général sous deux jours ouvrés.
support-status-title = État du service
support-status-checking = Vérification…
support-contact-title = Contact
support-contact-help = Aide sur le service
support-contact-privacy = Demandes relatives à la vie privée
support-tips-title = Pour obtenir une réponse plus vite
support-tip-address = Écrivez depuis l’adresse e-mail de votre compte.
support-tip-describe = Dites ce que vous avez fait, ce que vous attendiez et ce qui s’est passé à la place.
support-tip-secrets = N’envoyez jamais votre mot de passe ni une clé d’API : nous ne vous les demanderons jamais.
support-data-title = Vos données
support-data-text = Ce que nous conservons, pourquoi, et comment en obtenir une copie ou l’effacer : tout est expliqué dans la
support-data-policy = politique de confidentialité
support-form-title = Écrivez-nous
support-form-sent = Merci : votre message est envoyé. Nous vous avons envoyé une confirmation par e-mail et vous répondrons par e-mail.
support-form-email = Votre adresse e-mail
support-form-email-hint = Nous vous répondons à cette adresse. Si vous êtes connecté, c’est celle de votre compte.
support-form-topic = De quoi s’agit-il ?
support-form-topic-choose = Choisissez un sujet
support-topic-help = Aide sur le studio
support-topic-account = Mon compte ou la connexion
support-topic-billing = Crédits et paiements
support-topic-bug = Quelque chose ne fonctionne pas
support-topic-privacy = Demande relative à la vie privée (copie, rectification, suppression, opposition)
support-topic-underage = Le compte d’une personne n’ayant pas l’âge minimum
support-topic-other = Autre chose
support-form-message = Votre message
support-form-message-hint = Entre { $min } et { $max } caractères. N’envoyez jamais de mot de passe ni de clé d’API.
support-form-attachment = Une capture d’écran ou une image
support-form-attachment-hint = PNG, JPEG ou WebP, jusqu’à 5 Mo et 12,5 mégapixels. Nous retirons ses métadonnées (comme la localisation) avant de la conserver.
support-form-send = Envoyer le message
