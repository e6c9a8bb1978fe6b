# L’interface d’Obscura en français.

## Header
nav-main = Menu principal
nav-create = Créer
nav-gallery = Galerie
nav-privacy = Confidentialité
nav-terms = Conditions
nav-support = Aide
nav-sign-in = Se connecter
nav-get-started = Commencer
nav-menu = Menu
nav-mobile = Menu mobile
nav-account-menu = Menu du compte de { $name }
nav-profile = Profil
nav-security = Sécurité
nav-shares = Partages
nav-credits = { $count ->
    [one] { $count } crédit
   *[other] { $count } crédits
}
nav-sign-out = Se déconnecter

## Footer
footer-tagline = Un studio d’images privé. Exploité par { $operator }.
site-unnamed-operator = l’exploitant de ce serveur Obscura
footer-development = Mode développement
footer-nav = Pied de page
footer-privacy = Confidentialité
footer-terms = Conditions
footer-cookies = Paramètres des cookies
footer-support = Aide
footer-api = API
footer-language = Langue
footer-language-apply = Changer de langue
footer-language-unknown = Cette langue n’est pas proposée ici. Revenez en arrière et choisissez-en une dans la liste.

## Cookie banner and choices
consent-title = Votre choix de cookies
consent-lead = Nous ne déposons que ce dont le site a besoin pour fonctionner. Avec votre accord, nous comptons aussi nous-mêmes les pages vues — sans traceurs, sans publicité, sans partage.
consent-lead-changed = Notre liste de cookies a changé depuis votre dernier choix : nous vous le demandons donc à nouveau.
consent-lead-renew = Votre choix date de plus de six mois ; nous vous le demandons à nouveau pour qu’il reste le vôtre.
consent-what-we-store = Ce que nous enregistrons
consent-signal = Votre navigateur envoie un signal { $signal } : nous le traitons comme un « non » au comptage de vos visites, quel que soit votre choix ici.
consent-accept-all = Tout accepter
consent-reject-all = Tout refuser
consent-customise = Personnaliser
consent-purposes = Finalités des cookies
consent-essential = Essentiels — toujours actifs
consent-essential-hint = Ils vous gardent connecté, protègent la connexion avec Google, retiennent ce choix et votre thème. Le site ne peut pas fonctionner sans eux ; ils ne demandent donc pas de consentement.
consent-analytics = Comptage des pages vues — désactivé sauf si vous l’autorisez
consent-analytics-hint = Nous comptons les pages visitées chaque jour, le site d’où vient la visite, le type d’appareil et, s’il est connu, le pays. Compté par ce serveur seulement : aucun cookie propre, aucune adresse IP, aucun compte, rien de partagé.
consent-save = Enregistrer mes choix

## Page not found
not-found-title = Page introuvable
not-found-heading = Cette page n’existe pas
not-found-text = Le lien est peut-être mal saisi, ou ce vers quoi il pointait a été supprimé ou n’est plus partagé.
not-found-home = Aller à l’accueil
not-found-support = Contacter l’assistance

## Landing page
landing-badge = Auto-hébergé · open source · sans traceurs
landing-title-start = Créez des images avec l’IA.
landing-title-end = Gardez-les pour vous.
landing-lead = Obscura est un studio d’images IA qui vous respecte : générez à partir d’un prompt ou d’une image de référence, gardez une galerie privée, ne partagez que ce que vous choisissez et emportez vos données quand vous le souhaitez.
landing-signup = Créer votre compte gratuit
landing-try = Essayer sans compte
landing-credits = Les nouveaux comptes commencent avec des crédits gratuits. Aucune carte requise.
landing-privacy-link = Découvrez ce que nous faisons de vos données
landing-features-title = Conçu pour qui lit les politiques de confidentialité
landing-feature-private = Privé par défaut
landing-feature-private-text = Chaque image que vous créez arrive dans une galerie que vous seul pouvez ouvrir. Rien n’est public tant que vous ne choisissez pas de le partager, et un partage peut expirer ou être révoqué en un clic.
landing-feature-models = Vos modèles, vos règles
landing-feature-models-text = Utilisez le moteur de rendu hors ligne intégré, un service compatible OpenAI ou un serveur Stable Diffusion sur votre propre GPU. L’exploitant décide où vont les prompts, et la politique de confidentialité le dit précisément.
landing-feature-policy = Une politique exacte par construction
landing-feature-policy-text = La politique de confidentialité est générée à partir de la configuration en service : chaque service qui reçoit vos données est nommé, avec ce qu’il reçoit et la durée de conservation.
landing-feature-rights = Vos droits, en libre-service
landing-feature-rights-text = Téléchargez tout ce que vous avez créé, limitez le traitement ou effacez vous-même votre compte, sans écrire à personne et sans attendre.
landing-how-title = Comment ça marche
landing-step-describe = Décrire
landing-step-describe-text = Écrivez un prompt et ajoutez une image de référence si vous en avez une.
landing-step-generate = Générer
landing-step-generate-text = Suivez votre tâche de « en attente » à « terminée », avec le coût affiché avant de commencer.
landing-step-keep = Garder ou partager
landing-step-keep-text = Votre galerie reste privée ; partagez une seule image sur une page qui prend fin quand vous le décidez.
landing-start-title = Commencez à créer en moins d’une minute
landing-start-text = Inscrivez-vous avec votre e-mail ou avec Google. Vous pourrez tout exporter ou supprimer plus tard, depuis vos propres paramètres.

## Times
time-just-now = à l’instant
time-minutes-ago = { $count ->
    [one] il y a 1 minute
   *[other] il y a { $count } minutes
}
time-hours-ago = { $count ->
    [one] il y a 1 heure
   *[other] il y a { $count } heures
}
time-days-ago = { $count ->
    [one] il y a 1 jour
   *[other] il y a { $count } jours
}


# ─── Accounts: sign-in, settings, two-step verification, the privacy centre ───
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

## Security log: event details and devices
security-detail-password-change = changement de mot de passe
security-detail-email-change = changement d’adresse e-mail
security-detail-account-deletion = suppression du compte
security-detail-sign-up-password = adresse e-mail et mot de passe
security-detail-picture = photo de profil
security-detail-authenticator-app = application d’authentification
security-detail-passkey = clé d’accès « { $name } »
security-detail-one-session = une session
security-detail-other-sessions = { $count ->
        [one] { $count } autre session
       *[other] { $count } autres sessions
    }
security-detail-method = { $method ->
        [password] mot de passe
        [google] Google
        [passkey] clé d’accès
        [confirmation-link] lien de confirmation envoyé par e-mail
        [reset-link] lien de réinitialisation du mot de passe
       *[link] lien de connexion envoyé par e-mail
    }
security-detail-method-two-step = { security-detail-method } + { $step ->
        [app] application d’authentification
        [recovery-code] code de récupération
       *[passkey] clé d’accès
    }
security-detail-removed-password = mot de passe
security-detail-removed-google = association avec Google
security-detail-removed-sessions = { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
security-detail-removed-two-step = validation en deux étapes
security-device = { $browser } sous { $os }
security-device-unknown = Appareil inconnu
security-device-unknown-browser = Navigateur inconnu
security-device-unknown-browser-on = Navigateur inconnu sous { $os }
list-and = { $head } et { $last }

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


# ─── The studio: page frame, create, gallery, sharing ───
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
    [1] Supprimer cette génération sans image ?
   *[other] Supprimer ces { $count } générations sans image ?
}
gallery-delete-mixed = Supprimer { $images ->
    [one] { $images } image
   *[other] { $images } images
} et { $generations ->
    [one] { $generations } génération sans image
   *[other] { $generations } générations sans image
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
gallery-status-cancelled = Annulées
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
gallery-select-cancelled = Sélectionner la génération annulée « { $prompt } »
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


# ─── Billing, the API, social publishing ───
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
docs-errors-status = `401` aucune clé, ou une clé erronée, révoquée ou expirée ; `403` la clé n’a pas l’autorisation, ou le compte est suspendu (code `account_suspended`) ; `404` introuvable sur ce compte (les identifiants des autres comptes ne sont jamais révélés) ; `402` crédits insuffisants, ou plafond mensuel de la clé ou plafond quotidien du compte dépassé.
docs-errors-rate = Chaque clé et chaque compte dispose d’un nombre de requêtes par minute. Chaque réponse porte `X-RateLimit-Limit` et `X-RateLimit-Remaining` ; au-delà, `429` avec `Retry-After`.
docs-errors-idempotency = Envoyez `Idempotency-Key` avec un POST pour pouvoir le réessayer sans risque : la même clé avec le même corps dans les 24 heures rejoue la première réponse avec `Idempotent-Replayed: true` sans rien facturer de plus ; avec un autre corps, `422` ; tant que la première est en cours, `409`.
docs-errors-pages = Les listes sont paginées, les plus récents d’abord : passez le `next_cursor` de la réponse comme `cursor` pour obtenir la page suivante.
docs-openai-text = Le code écrit pour l’API Images d’OpenAI fonctionne ici en remplaçant son adresse de base par `{ $base }` et sa clé par une clé Obscura dotée de l’autorisation generate : `POST /v1/images/generations`, `POST /v1/images/edits` (multipart, avec l’image de référence dans `image`) et `GET /v1/models`.
docs-openai-models = Les modèles de ce serveur :
docs-openai-options = (les noms de modèles d’OpenAI désignent le premier). `n`, `size`, `quality` et `response_format` (`b64_json` ou `url`, un lien signé) sont pris en compte ; la réponse attend les images. Les erreurs suivent le format d’OpenAI, si bien que ses clients les signalent comme d’habitude.
docs-code-python = Le client Python d’OpenAI
docs-code-node = Le client Node d’OpenAI
docs-webhooks-text = Définissez un point de terminaison https dans [Paramètres → API] pour être prévenu quand une génération se termine : `generation.completed`, `generation.failed` ou `generation.cancelled` (elle a été annulée : rien n’a été conservé, ses crédits ont été rendus). Chaque événement est un POST avec un corps JSON (`type`, `timestamp`, `data` : identifiant, statut, identifiants des images et coût de la génération ; jamais le prompt), signé selon Standard Webhooks : en-têtes `webhook-id`, `webhook-timestamp` et `webhook-signature`. Répondez par n’importe quel 2xx dans les 10 secondes ; les autres réponses sont réessayées avec des délais croissants (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h) sous le même identifiant. Le journal des envois dans les paramètres montre chaque tentative.
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
model-offline-name = Moteur d’aperçu hors ligne
docs-one-of = Valeurs possibles :
docs-reference-in-english = La référence ci-dessous est la description de l’API elle-même, en anglais, la langue de ses noms de champs et de ses codes.
docs-group-generations = Générations
docs-group-images = Images
docs-group-shares = Partages
docs-group-account = Compte

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
webhook-event-cancelled = Une génération a été annulée (rien n’a été conservé ; ses crédits ont été rendus)
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
platform-no-reason = sans motif
platform-not-configured = cette plateforme n’est pas configurée sur ce serveur
platform-image-type = ce type d’image n’est pas accepté
platform-instagram-processing = Instagram n’a pas pu traiter l’image
platform-youtube-no-channel = Ce compte Google n’a pas de chaîne YouTube.
platform-youtube-no-images = YouTube ne propose pas d’API pour publier des images.
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


# ─── Errors: form fields, notices and refusals ───
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


# ─── Emails and the admin pages ───
# The account emails (server/core/src/mail/templates.rs) and the admin pages.

## Emails: greeting and layout
mail-greeting = Bonjour { $name },
mail-greeting-anonymous = Bonjour,
# The line above the link in the plain-text email.
mail-link-label = { $action } :
# What a receipt is for when no pack is named.
mail-what-credits = crédits

## Email: verify
mail-verify-subject = Confirmez votre adresse e-mail pour Obscura
mail-verify-intro = Bienvenue sur Obscura. Merci de confirmer que cette adresse e-mail est la vôtre.
mail-verify-action = Confirmer mon adresse
mail-verify-expiry = Le lien est valable 48 heures.
mail-verify-ignore = Si vous n’avez pas créé de compte, ignorez cet e-mail : rien ne se passe sans clic.

## Email: magic link
mail-magic-link-subject = Votre lien de connexion à Obscura
mail-magic-link-intro = Quelqu’un (vous, nous l’espérons) a demandé un lien pour se connecter à Obscura.
mail-magic-link-action = Me connecter à Obscura
mail-magic-link-expiry = Le lien fonctionne une seule fois, pendant 15 minutes.
mail-magic-link-ignore = Si vous ne l’avez pas demandé, ignorez cet e-mail : votre compte reste inchangé.

## Email: reset
mail-reset-subject = Réinitialisez votre mot de passe Obscura
mail-reset-intro = Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte Obscura.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-expiry = Le lien fonctionne une fois, pendant 30 minutes. Tous vos autres appareils seront déconnectés.
mail-reset-ignore = Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.

## Email: email change
mail-email-change-subject = Confirmez votre nouvelle adresse e-mail pour Obscura
mail-email-change-intro = Vous avez demandé à utiliser cette adresse pour votre compte Obscura.
mail-email-change-action = Utiliser cette adresse
mail-email-change-expiry = Le lien fonctionne une fois, pendant 24 heures. D’ici là, votre ancienne adresse reste active.
mail-email-change-ignore = Si ce n’était pas vous, ignorez cet e-mail.

## Email: email changed
mail-email-changed-subject = L’adresse e-mail de votre compte Obscura a été modifiée
mail-email-changed-intro = Votre compte Obscura utilise désormais une autre adresse e-mail ; celle-ci ne permet plus de se connecter.
mail-action-review-security = Vérifier la sécurité de votre compte
mail-changed-by-you = Si vous êtes à l’origine de ce changement, il n’y a rien à faire.
mail-email-changed-ignore = Sinon, réinitialisez votre mot de passe depuis la page de connexion et écrivez à l’opérateur de ce serveur.

## Email: password changed
mail-password-changed-subject = Votre mot de passe Obscura a été modifié
mail-password-changed-intro = Le mot de passe de votre compte Obscura vient d’être modifié, et tous vos autres appareils ont été déconnectés.
mail-not-you-reset = Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion.

## Email: new device
mail-new-device-subject = Nouvelle connexion à votre compte Obscura
mail-new-device-intro = Votre compte Obscura vient d’être utilisé depuis un appareil qu’il n’avait jamais utilisé.
mail-action-see-sessions = Voir où vous êtes connecté
mail-new-device-expiry = Si c’était vous, il n’y a rien à faire.
mail-new-device-ignore = Sinon, mettez fin à cette session dans vos paramètres de sécurité et changez votre mot de passe.

## Email: earlier access removed
mail-earlier-access-removed-subject = Votre compte Obscura n’appartient plus qu’à vous
mail-earlier-access-removed-intro = Votre adresse e-mail vient d’être confirmée pour la première fois. Quelqu’un s’était inscrit avec cette adresse avant sa confirmation, donc tout ce qui avait été mis en place avant ce moment a été supprimé : le mot de passe choisi à l’inscription, les appareils connectés et tout compte Google associé.
mail-earlier-access-removed-action = Choisir un mot de passe et vérifier votre compte
mail-earlier-access-removed-expiry = Si vous vous êtes inscrit vous-même dans un autre navigateur, choisissez simplement à nouveau votre mot de passe.
mail-earlier-access-removed-ignore = Seul le titulaire de cette boîte mail peut désormais utiliser le compte.

## Email: two step added
mail-two-step-added-subject = La validation en deux étapes est activée sur votre compte Obscura
mail-two-step-added-intro = Une application d’authentification vient d’être ajoutée à votre compte Obscura : la connexion demande désormais aussi un code de cette application.
mail-two-step-added-expiry = Si vous êtes à l’origine de ce changement, gardez vos codes de récupération en lieu sûr.
mail-two-step-added-ignore = Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et écrivez à l’opérateur de ce serveur.

## Email: two step removed
mail-two-step-removed-subject = La validation en deux étapes a été retirée de votre compte Obscura
mail-two-step-removed-intro = L’application d’authentification de votre compte Obscura vient d’être retirée : la connexion ne demande plus de code.
mail-two-step-removed-ignore = Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et réactivez la validation en deux étapes.

## Email: recovery codes renewed
mail-recovery-codes-renewed-subject = Nouveaux codes de récupération pour votre compte Obscura
mail-recovery-codes-renewed-intro = De nouveaux codes de récupération viennent d’être créés pour votre compte Obscura ; les anciens ne fonctionnent plus.
mail-recovery-codes-renewed-expiry = Si vous êtes à l’origine de ce changement, gardez les nouveaux codes en lieu sûr.

## Email: recovery code used
mail-recovery-code-used-subject = Un code de récupération a servi à se connecter à Obscura
mail-recovery-code-used-intro = Quelqu’un vient de se connecter à votre compte Obscura avec l’un de ses codes de récupération. Ce code ne fonctionne plus.
mail-recovery-code-used-expiry = Si c’était vous, pensez à créer de nouveaux codes s’il en reste peu.
mail-recovery-code-used-ignore = Sinon, mettez fin à cette session dans vos paramètres de sécurité, réinitialisez votre mot de passe et créez de nouveaux codes de récupération.

## Email: passkey added
mail-passkey-added-subject = Une clé d’accès a été ajoutée à votre compte Obscura
mail-passkey-added-intro = Une clé d’accès vient d’être ajoutée à votre compte Obscura : elle permet désormais de s’y connecter, et sert de deuxième étape après un mot de passe.
mail-passkey-added-ignore = Sinon, retirez cette clé d’accès dans vos paramètres de sécurité, réinitialisez tout de suite votre mot de passe depuis la page de connexion et écrivez à l’opérateur de ce serveur.

## Email: passkey removed
mail-passkey-removed-subject = Une clé d’accès a été retirée de votre compte Obscura
mail-passkey-removed-intro = Une clé d’accès de votre compte Obscura vient d’être retirée : elle ne permet plus de s’y connecter.
mail-not-you-reset-check = Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et vérifiez vos paramètres de sécurité.

## Email: API key created
mail-api-key-created-subject = Une nouvelle clé d’API a été créée pour votre compte Obscura
mail-api-key-created-intro = Une clé d’API vient d’être créée pour votre compte Obscura. Les programmes qui la détiennent peuvent utiliser votre compte dans les limites de ses droits, et dépenser vos crédits si elle peut créer des images.
mail-action-review-api-keys = Vérifier vos clés d’API
mail-api-key-created-expiry = Si vous avez créé cette clé, il n’y a rien à faire. Gardez-la secrète : elle n’a été affichée qu’une fois et n’est pas conservée sous forme lisible.
mail-api-key-created-ignore = Sinon, révoquez-la tout de suite sur cette page, réinitialisez votre mot de passe depuis la page de connexion et vérifiez vos paramètres de sécurité.

## Email: API key revoked
mail-api-key-revoked-subject = Une clé d’API de votre compte Obscura a été révoquée
mail-api-key-revoked-intro = Une clé d’API de votre compte Obscura vient d’être révoquée : les programmes qui l’utilisent ne peuvent plus accéder à votre compte.

## Email: export ready
mail-export-ready-subject = Votre export de données Obscura est prêt
mail-export-ready-intro = L’archive demandée est prête : les données de votre compte, vos générations (JSON et CSV), crédits, partages, sessions, journaux de sécurité et de consentement, et vos fichiers d’images.
mail-export-ready-action = Télécharger mes données
mail-export-ready-expiry = Le lien est valable 7 jours ; l’archive est ensuite supprimée.
mail-export-ready-ignore = Si vous ne l’avez pas demandé, changez votre mot de passe : quelqu’un est peut-être connecté à votre compte.

## Email: erasure scheduled
mail-erasure-scheduled-subject = Votre compte Obscura va être supprimé
mail-erasure-scheduled-intro = Vous avez demandé la suppression de votre compte Obscura. Toutes les sessions ont été fermées et le compte est clos. À la fin du délai d’attente, vos données et images seront définitivement supprimées.
mail-erasure-scheduled-action = Garder mon compte
mail-erasure-scheduled-expiry = D’ici là, ce lien annule la suppression et vous permet de vous reconnecter.
mail-erasure-scheduled-ignore = Si ce n’était pas vous, ouvrez le lien tout de suite et changez votre mot de passe.

## Email: policy change
mail-policy-change-subject = Notre politique de confidentialité change le { $date }
mail-policy-change-intro = Le { $date }, la politique de confidentialité d’Obscura change. En bref : { $summary }
mail-policy-change-action = Voir exactement ce qui change
mail-policy-change-expiry = D’ici là, la politique actuelle s’applique. Si vous n’êtes pas d’accord, vous pouvez exporter vos données et supprimer votre compte dans Paramètres → Confidentialité.
mail-policy-change-ignore = Ce message est envoyé à toute personne ayant un compte, quels que soient ses choix d’e-mails : la loi nous le demande.

## Email: support received
mail-support-received-subject = Nous avons bien reçu votre message
mail-support-received-intro = Merci d’avoir écrit à Obscura. Une personne lira votre message et vous répondra par e-mail, en général sous deux jours ouvrés.
mail-support-received-action = Ouvrir la page d’assistance
mail-support-received-expiry = Les demandes concernant vos données personnelles reçoivent une réponse sous un mois au plus tard.
mail-support-received-ignore = Si vous ne nous avez pas écrit, quelqu’un a utilisé votre adresse : ignorez cet e-mail.

## Email: support reply
mail-support-reply-subject = Une réponse à votre message à Obscura
mail-support-reply-intro = { $reply }
mail-support-reply-action = Nous écrire à nouveau
mail-support-reply-expiry = Vous pouvez répondre via la page d’assistance.
mail-support-reply-ignore = N’envoyez jamais de mot de passe ni de clé d’API : nous ne les demanderons jamais.

## Email: publish approval
mail-publish-approval-subject = Merci de vérifier une publication avant sa diffusion
mail-publish-approval-intro = { $requester } vous demande d’approuver la publication d’une image sur { $where }. Ouvrez le lien pour voir l’image et la légende, puis approuvez-la ou refusez-la.
mail-publish-approval-action = Vérifier la publication
mail-publish-approval-expiry = Le lien fonctionne une fois, pendant 7 jours. Rien n’est publié sans votre accord.
mail-publish-approval-ignore = Si vous ne savez pas qui l’a envoyé, ignorez ce message : rien ne sera publié.

## Email: receipt
mail-receipt-subject = Votre reçu Obscura : { $what }
mail-receipt-intro = Merci. Nous avons reçu { $amount } pour { $what }, et { $credits ->
        [one] { $credits } crédit est
       *[other] { $credits } crédits sont
    } sur votre compte.
mail-action-view-invoice = Voir la facture
mail-receipt-expiry = La facture porte le nom, la société et le numéro de TVA indiqués lors du paiement.
mail-receipt-ignore = Vos paiements et factures sont aussi dans Paramètres → Facturation.

## Email: plan renewed
mail-plan-renewed-subject = Votre abonnement Obscura est renouvelé : { $what }
mail-plan-renewed-intro = Votre abonnement { $what } est renouvelé pour une nouvelle période : nous avons reçu { $amount }, et { $credits ->
        [one] { $credits } crédit est
       *[other] { $credits } crédits sont
    } sur votre compte.
mail-plan-renewed-expiry = Vous pouvez modifier ou résilier l’abonnement à tout moment dans Paramètres → Facturation.
mail-plan-renewed-ignore = La résiliation arrête le prochain renouvellement ; la période en cours vous reste acquise.

## Email: payment failed
mail-payment-failed-subject = Votre paiement Obscura n’a pas abouti
mail-payment-failed-intro = Le paiement de votre abonnement n’a pas abouti. Stripe réessaiera dans les prochains jours ; vérifiez votre carte pour que votre abonnement continue.
mail-payment-failed-action = Mettre à jour ma carte
mail-payment-failed-expiry = Rien n’est perdu : vos crédits restent sur votre compte.
mail-payment-failed-ignore = Si vous vouliez arrêter l’abonnement, vous pouvez le résilier sur la même page.

## Email: plan ending
mail-plan-ending-subject = Votre abonnement Obscura se termine le { $date }
mail-plan-ending-intro = Votre abonnement est résilié et ne sera pas renouvelé : il se termine le { $date }. D’ici là, il reste actif, avec ses crédits.
mail-plan-ending-action = Voir mon abonnement
mail-plan-ending-expiry = Vous avez changé d’avis ? Vous pouvez le reprendre sur la même page avant cette date.
mail-plan-ending-ignore = Les crédits des packs achetés n’expirent jamais.

## Email: checkout failed
mail-checkout-failed-subject = Votre paiement Obscura pour { $what } n’a pas abouti
mail-checkout-failed-intro = Votre banque n’a pas effectué le paiement pour { $what }. Rien n’a été débité et aucun crédit n’a été ajouté.
mail-checkout-failed-action = Réessayer
mail-checkout-failed-expiry = Vous pouvez payer avec un autre moyen de paiement sur la page de facturation.
mail-checkout-failed-ignore = Si vous ne vouliez rien acheter, il n’y a rien à faire.

## Admin pages: menu and notices
admin-menu = Administration
admin-menu-support = Assistance
admin-menu-requests = Demandes sur les données
admin-menu-analytics = Statistiques
admin-menu-audit = Journal d’audit
admin-menu-payments = Paiements
admin-loading = Chargement…
admin-notice-reply-sent = Votre réponse est envoyée par e-mail et conservée avec le message.
admin-notice-message-closed = Le message est fermé.
admin-notice-message-reopened = Le message est de nouveau ouvert.
admin-notice-confirm-erase = Saisissez l’adresse du compte signalé et cochez la confirmation pour le supprimer : c’est irréversible.
admin-notice-not-underage = Seul le signalement d’un compte d’une personne n’ayant pas l’âge minimum peut conduire à supprimer un compte.
admin-notice-account-erased = Le compte a été déconnecté partout et supprimé avec tout son contenu.
admin-notice-no-account = Aucun compte n’utilise l’adresse saisie.
admin-notice-admin-account = Cette adresse appartient à un compte administrateur ; il ne se supprime pas d’ici.
admin-notice-request-logged = La demande est enregistrée. Elle est à traiter sous 30 jours.
admin-notice-request-done = La demande est marquée comme traitée.
admin-notice-refund-sent = Le remboursement est transmis à Stripe. Le paiement et les crédits changent quand Stripe le confirme, en général en moins d’une minute.

## Admin pages: support messages
admin-support-all = Tous les messages.
admin-support-open = Messages ouverts.
admin-support-show-open = N’afficher que les messages ouverts
admin-support-show-all = Afficher aussi les messages fermés
admin-support-empty = Aucun message en attente
admin-support-empty-text = Les messages envoyés avec le formulaire d’assistance apparaissent ici.
# After a message's date in the list.
admin-support-closed = fermé
# The badge of messages about privacy.
admin-support-privacy = Confidentialité
admin-topic-help = Aide sur le studio
admin-topic-account = Mon compte ou la connexion
admin-topic-billing = Crédits et paiements
admin-topic-bug = Quelque chose ne fonctionne pas
admin-topic-privacy = Demande relative aux données (copie, rectification, suppression, opposition)
admin-topic-underage = Le compte d’une personne n’ayant pas l’âge minimum
admin-topic-other = Autre chose
admin-message-not-found = Ce message n’existe pas.
admin-message-title = Message
admin-message-from = De
admin-message-has-account = (a un compte)
admin-message-received = Reçu
admin-message-status = Statut
admin-message-open = Ouvert
admin-message-closed = Fermé
admin-message-attachment-alt = L’image envoyée avec le message
admin-message-replies = Réponses envoyées
admin-message-reply-heading = Répondre par e-mail
admin-message-reply-label = Votre réponse à { $email }
admin-message-send = Envoyer la réponse
admin-message-reopen = Rouvrir
admin-message-close = Fermer le message
admin-underage-heading = Compte d’une personne n’ayant pas l’âge minimum
admin-underage-text = Si le signalement est fondé, supprimez le compte concerné. Saisissez l’adresse e-mail de ce compte telle que le signalement l’indique (le compte de l’expéditeur n’est supprimé que si vous saisissez son adresse). Le compte est déconnecté partout et tout son contenu est supprimé immédiatement. C’est irréversible, et l’action est consignée dans le journal d’audit.
admin-underage-account = Adresse e-mail du compte signalé
admin-underage-confirm = J’ai vérifié le signalement et je veux supprimer ce compte.
admin-underage-submit = Désactiver et supprimer le compte

## Admin pages: privacy requests
admin-requests-lead = Toute demande relative aux données personnelles reçoit une réponse dans les 30 jours suivant sa réception. Les demandes envoyées avec le formulaire d’assistance apparaissent ici d’elles-mêmes ; enregistrez celles arrivées par un autre moyen.
admin-requests-empty = Aucune demande
admin-requests-log-heading = Enregistrer une demande reçue par un autre moyen
admin-requests-kind = Type
admin-requests-choose = Choisir
admin-requests-requester = Adresse e-mail du demandeur
admin-requests-channel = Reçue par
admin-requests-channel-hint = E-mail, courrier, téléphone…
admin-requests-received = Reçue le
admin-requests-notes = Notes
admin-requests-submit = Enregistrer la demande
admin-request-kind-access = Accès ou copie
admin-request-kind-rectification = Rectification
admin-request-kind-erasure = Effacement
admin-request-kind-restriction = Limitation ou opposition
admin-request-kind-other = Autre
admin-request-answered = Traitée le { $date }
admin-request-overdue = En retard depuis le { $date }
admin-request-due = Échéance : { $date }
# When and how a request came: "Received 2026-03-01 by Letter".
admin-request-received = Reçue le { $date } par { $channel }
admin-request-from-support-form = le formulaire d’aide
admin-request-notes-support-form = Envoyée avec le formulaire d’aide : la demande figure dans le message.
# The link to the support message a request came with.
admin-request-message = message
admin-request-done = Marquer comme traitée

## Admin pages: analytics
admin-analytics-lead = Pages vues des visiteurs qui ont accepté le comptage : des totaux uniquement, rien sur personne.
admin-analytics-period = Période
admin-analytics-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
analytics-empty = Aucune page vue comptée sur cette période
analytics-empty-text = Les vues ne sont comptées que pour les visiteurs qui l’acceptent dans le bandeau des cookies, sans Global Privacy Control ni Do Not Track, et qui ne s’y sont pas opposés.
analytics-total = { $count ->
    [one] { $count } vue du { $first } au { $last }.
   *[other] { $count } vues du { $first } au { $last }.
}
analytics-chart-title = Pages vues par jour, du { $first } au { $last }
analytics-table = Vues par jour sous forme de tableau
analytics-day = Jour
analytics-page = Page
analytics-referrer = Site référent
analytics-direct = Accès direct ou depuis ce site
analytics-device = Appareil
analytics-device-desktop = ordinateur
analytics-device-mobile = mobile
analytics-device-tablet = tablette
analytics-country = Pays
analytics-unknown = Inconnu
analytics-views = Vues

## Admin pages: audit log
admin-audit-lead = Chaque action d’administration : qui a fait quoi, sur quel compte, message ou demande, quand, et avec quel résultat. Conservé 3 ans.
admin-audit-empty = Aucune action d’administration enregistrée
# "· by <admin> · on <target>"
admin-audit-by = par
admin-audit-on = concerne
admin-audit-actor-cli = la ligne de commande
admin-audit-target-account = le compte
admin-audit-target-message = le message
admin-audit-target-request = la demande relative aux données
admin-audit-target-payment = le paiement
admin-audit-pages = Pages
admin-audit-newer = Plus récentes
admin-audit-older = Plus anciennes
admin-audit-action-reply = Réponse à un message
admin-audit-action-close = Message fermé
admin-audit-action-reopen = Message rouvert
admin-audit-action-erase-underage = Suppression d’un compte signalé (âge minimum)
admin-audit-action-request-logged = Demande relative aux données enregistrée
admin-audit-action-request-done = Demande relative aux données marquée comme traitée
admin-audit-action-grant-admin = Compte promu administrateur
admin-audit-action-refund = Paiement remboursé
admin-audit-action-credit-adjust = Crédits ajustés
admin-audit-action-suspend = Compte suspendu
admin-audit-action-unsuspend = Suspension levée
admin-audit-action-revoke-admin = Rôle d’administrateur retiré
admin-audit-action-end-sessions = Sessions d’un compte fermées
admin-audit-action-delete-account = Compte supprimé
admin-audit-action-report-dismiss = Signalement rejeté
admin-audit-action-share-take-down = Partage retiré
admin-audit-action-blocklist-change = Liste de blocage modifiée
admin-audit-action-model-change = Réglages d’un modèle modifiés
admin-audit-target-share = partage
admin-audit-target-report = signalement
admin-audit-target-model = modèle
admin-audit-target-settings = réglages
admin-audit-reason = Motif :
# How an action ended (English shows the stored code).
admin-audit-outcome-done = effectué
admin-audit-outcome-refused = refusé
admin-audit-outcome-not-found = introuvable
admin-audit-outcome-invalid = invalide
admin-audit-outcome-failed = échoué


# ─── Admin console: the dashboard ───

admin-dash-menu = Tableau de bord
admin-dash-title = Tableau de bord
admin-dash-lead = L’état du service, en chiffres uniquement : personne n’est nommé ici. Les jours sont des jours UTC ; aujourd’hui est compté jusqu’à maintenant.
# A period: "2026-03-01 to 2026-03-30 (UTC)".
admin-dash-range = Du { $first } au { $last } (UTC)
admin-dash-percent = { $value }{"\u202F"}%
# Shown instead of a failure rate when no generation finished.
admin-dash-no-rate = –
admin-dash-rate-hint = Aucune génération n’a abouti sur cette période : il n’y a pas encore de taux d’échec.
admin-dash-total-people = Comptes
admin-dash-total-active = Actifs sur la période
admin-dash-total-signups = Inscriptions sur la période
admin-dash-total-generations = Générations sur la période
admin-dash-total-failure-rate = Taux d’échec
admin-dash-total-cancelled = Annulées par leurs propriétaires
admin-dash-total-support = Messages d’assistance ouverts
admin-dash-total-reports = Signalements ouverts
# A chart's accessible title: "Sign-ups per day, 2026-03-01 to 2026-03-30".
admin-dash-chart-title = { $figure }, du { $first } au { $last }
admin-dash-as-table = { $figure } sous forme de tableau
admin-dash-signups-heading = Inscriptions par jour
admin-dash-signups-note = Comptes créés chaque jour et qui existent encore (les comptes supprimés ne sont pas comptés).
admin-dash-signups-empty = Aucune inscription sur cette période. Les nouveaux comptes apparaissent ici le jour de leur création.
admin-dash-signups-series = Inscriptions
admin-dash-active-heading = Personnes actives par jour
admin-dash-active-note = Comptes qui se sont connectés (d’après leur journal de sécurité) ou ont demandé une génération ce jour-là, comptés une fois par jour. Un navigateur resté connecté sans générer n’est pas compté.
admin-dash-active-empty = Personne ne s’est connecté ni n’a généré d’image sur cette période.
admin-dash-active-series = Personnes actives
admin-dash-generations-heading = Générations par jour
admin-dash-generations-note = Générations demandées chaque jour, par fournisseur utilisé, combien ont échoué et combien leurs propriétaires ont annulé. Le taux d’échec ne compte que les générations terminées (réussies ou échouées) : une annulation n’est pas un échec.
admin-dash-generations-empty = Aucune génération sur cette période. Elles apparaîtront ici dès que des images seront créées.
admin-dash-generations-series = Générations
admin-dash-failed-series = Échecs
admin-dash-cancelled-series = Annulées
admin-dash-providers-caption = Générations par fournisseur
admin-dash-provider = Fournisseur
admin-dash-failure-rate = Taux d’échec
admin-dash-provider-generations = { $provider } : générations
admin-dash-provider-failed = { $provider } : échecs
admin-dash-provider-cancelled = { $provider } : annulées
admin-dash-provider-openai = OpenAI
admin-dash-provider-replicate = Replicate
admin-dash-provider-sdwebui = Stable Diffusion WebUI
admin-dash-provider-local = Moteur de rendu hors ligne
admin-dash-provider-unknown = Inconnu
admin-dash-provider-unknown-note = « Inconnu » : générations dont cette version ne connaît pas le fournisseur.
admin-dash-queue-heading = File d’attente maintenant
admin-dash-queue-note = Travail en arrière-plan (générations, exports, e-mails, conservation) au moment où cette page a été produite.
admin-dash-queue-healthy = Tout va bien : aucune tâche n’attend longtemps.
admin-dash-queue-backlog = Retard : la plus ancienne tâche attend depuis { $wait } (plus de { $limit }). Vérifiez que les workers tournent et que les fournisseurs répondent.
admin-dash-queue-waiting = En attente
admin-dash-queue-oldest = La plus ancienne attend depuis
admin-dash-queue-nothing-waits = rien n’attend
admin-dash-queue-running = En cours
admin-dash-queue-scheduled = Prévues plus tard
admin-dash-queue-failed = Échouées définitivement (conservées pour examen)
admin-dash-seconds = { $count ->
    [one] { $count } seconde
   *[other] { $count } secondes
}
admin-dash-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
admin-dash-hours = { $count ->
    [one] { $count } heure
   *[other] { $count } heures
}
admin-dash-credits-heading = Crédits par jour
admin-dash-credits-note = D’après le registre des crédits. Attribués : crédits d’inscription et d’achat, débits rendus et ajouts des opérateurs. Dépensés : débits des générations terminées. Retirés : retraits des opérateurs, crédits repris après un remboursement et crédits d’abonnement expirés.
admin-dash-credits-empty = Aucun mouvement de crédits sur cette période.
admin-dash-credits-granted = Attribués
admin-dash-credits-spent = Dépensés
admin-dash-credits-removed = Retirés
admin-dash-revenue-heading = Chiffre d’affaires par jour
admin-dash-revenue-note = Paiements selon le jour où ils ont été payés, avec ce qui en a été remboursé depuis.
admin-dash-revenue-payments = Tous les paiements
admin-dash-revenue-empty = Aucun paiement sur cette période.
admin-dash-revenue-series = Payé ({ $currency })
admin-dash-revenue-count = Paiements
admin-dash-revenue-gross = Payé
admin-dash-revenue-refunded = Remboursé
# (end of admin-dashboard)

# ─── Admin console: people ───

admin-people-suspended-sign-in = Ce compte est suspendu, il n’est donc pas possible de s’y connecter. Si vous pensez qu’il s’agit d’une erreur, contactez l’assistance : { $support }
admin-people-event-suspended = Compte suspendu par l’équipe Obscura
admin-people-event-unsuspended = Suspension levée par l’équipe Obscura
admin-error-reason-empty = Indiquez un motif (il est conservé dans le journal d’audit).
admin-people-error-code-suspended = Ce compte est suspendu.
admin-people-post-reason-suspended = Le compte est suspendu.
admin-people-menu = Personnes
admin-people-title = Personnes
admin-people-lead = Trouvez un compte par une partie de son adresse e-mail ou de son nom, ou par son identifiant exact. Les plus récents d’abord.
admin-people-search-label = Recherche
admin-people-search-hint = Une partie d’une adresse e-mail ou d’un nom (majuscules indifférentes), ou un identifiant de compte.
admin-people-filters = Afficher seulement
admin-people-filter-verified = Adresses vérifiées
admin-people-filter-suspended = Suspendus
admin-people-filter-admin = Admins
admin-people-filter-paid = Avec paiements
admin-people-search-submit = Rechercher
admin-people-search-clear = Effacer la recherche
admin-people-empty = Aucun compte pour l’instant
admin-people-empty-text = Les personnes apparaissent ici dès leur inscription.
admin-people-none-match = Personne ne correspond
admin-people-none-match-text = Essayez une partie de l’adresse ou du nom, ou moins de filtres.
admin-people-col-name = Nom
admin-people-col-email = Adresse e-mail
admin-people-col-joined = Inscription
admin-people-col-standing = Statut
admin-people-col-credits = Crédits
admin-people-pages = Pages de la liste des personnes
admin-people-newest = Plus récents
admin-people-older = Plus anciens
admin-people-badge-admin = Admin
admin-people-badge-suspended = Suspendu
admin-people-badge-unverified = Non vérifié
admin-people-no-name = (sans nom)
admin-people-not-found = Ce compte n’existe pas.
admin-people-person-title = Personne
admin-people-back = Retour aux personnes
admin-people-yes = Oui
admin-people-no = Non
admin-people-fact-id = Identifiant du compte
admin-people-fact-verified = Adresse vérifiée
admin-people-fact-language = Langue
admin-people-fact-methods = Se connecte avec
admin-people-fact-two-step = Validation en deux étapes
admin-people-fact-role = Rôle
admin-people-fact-suspension = Suspension
admin-people-fact-closing = Fermeture
admin-people-method-password = mot de passe
admin-people-method-google = Google
admin-people-method-passkeys = { $count ->
    [one] { $count } clé d’accès
   *[other] { $count } clés d’accès
}
admin-people-method-link = liens par e-mail uniquement
admin-people-role-admin = Admin
admin-people-role-user = Membre
admin-people-suspended-since = Suspendu depuis le { $date }.
admin-people-not-suspended = Non suspendu
admin-people-closing = Fermé par son titulaire ; supprimé le { $date } sauf s’il le conserve.
admin-people-credits = Crédits
admin-people-balance = { $count ->
    [one] Solde : { $count } crédit
   *[other] Solde : { $count } crédits
}
admin-people-ledger = Dernières écritures
admin-people-ledger-none = Aucune écriture pour l’instant.
admin-people-col-kind = Type
admin-people-col-delta = Variation
admin-people-col-date = Date
admin-people-col-reference = Référence
admin-people-ledger-grant = Attribution
admin-people-ledger-reserve = Réservé
admin-people-ledger-capture = Débité
admin-people-ledger-release = Libéré
admin-people-ledger-refund = Remboursement
admin-people-ledger-adjust = Ajustement
admin-people-ledger-clawback = Repris
admin-people-ledger-expire = Expiré
admin-people-adjust-heading = Ajuster les crédits
admin-people-adjust-lead = Une écriture, notée « adjustment by support » dans les données de la personne ; votre motif reste dans le journal d’audit.
admin-people-direction = Ajustement
admin-people-direction-add = Ajouter des crédits
admin-people-direction-remove = Retirer des crédits
admin-people-amount = Crédits
admin-people-adjust-confirm = J’ai vérifié le montant et le compte.
admin-people-adjust-submit = Ajuster les crédits
admin-people-reason-label = Motif
admin-people-reason-hint = Conservé dans le journal d’audit avec cette action (500 caractères au plus).
admin-people-sessions = Sessions
admin-people-sessions-none = Aucune session active.
admin-people-sessions-lead = Indiquez un motif, cochez la case, puis mettez fin à une session ou à toutes. La personne y est déconnectée aussitôt.
admin-people-sessions-confirm = Mettre fin à la session choisie ci-dessous.
admin-people-col-device = Appareil
admin-people-col-last-seen = Dernière activité
admin-people-col-started = Ouverte le
admin-people-col-actions = Actions
admin-people-session-end = Fermer
admin-people-session-end-label = Fermer la session sur { $device }
admin-people-sessions-end-all = Fermer toutes les sessions
admin-people-generations = Générations
admin-people-generations-lead = Des nombres seulement : les prompts et les images restent privés.
admin-people-col-status = Statut
admin-people-col-recent = 30 derniers jours
admin-people-col-all = Au total
admin-people-status-queued = En attente
admin-people-status-running = En cours
admin-people-status-succeeded = Réussies
admin-people-status-failed = Échouées
admin-people-payments = Paiements
admin-people-payments-none = Aucun paiement.
admin-people-payments-all = Ouvrir dans Paiements
admin-people-support = Historique de l’assistance
admin-people-support-none = Aucun message à l’assistance.
admin-people-reports = Signalements de ses partages
admin-people-reports-none = Aucun signalement de ses partages.
admin-people-standing = Statut du compte
admin-people-own-account = C’est votre propre compte : sa suspension, son changement de rôle ou sa suppression reviennent à un autre admin.
admin-people-suspend-heading = Suspendre
admin-people-suspend-lead = Ferme toutes les sessions, refuse la connexion et les clés d’API avec un message qui renvoie vers l’assistance, met les partages hors ligne et retient les publications programmées. Rien n’est supprimé.
admin-people-suspend-confirm = Suspendre ce compte.
admin-people-suspend-submit = Suspendre le compte
admin-people-suspend-admin = Le compte d’un admin ne peut pas être suspendu : retirez d’abord le rôle d’admin.
admin-people-unsuspend-heading = Lever la suspension
admin-people-unsuspend-lead = La personne peut se reconnecter et ses partages reviennent (sauf ceux retirés).
admin-people-unsuspend-confirm = Lever la suspension de ce compte.
admin-people-unsuspend-submit = Lever la suspension
admin-people-grant-heading = Nommer admin
admin-people-grant-lead = Les admins voient toutes les pages de la console et agissent sur tous les comptes. Ils se connectent avec une deuxième étape quand le serveur l’exige.
admin-people-grant-confirm = Donner le rôle d’admin à ce compte.
admin-people-grant-submit = Nommer admin
admin-people-revoke-heading = Retirer le rôle d’admin
admin-people-revoke-lead = Le compte devient membre aussitôt. Le dernier admin garde son rôle.
admin-people-revoke-confirm = Retirer le rôle d’admin à ce compte.
admin-people-revoke-submit = Retirer le rôle d’admin
admin-people-delete-heading = Supprimer le compte
admin-people-delete-lead = Supprime le compte immédiatement, avec ses images, partages, crédits et sessions — comme lorsqu’une personne supprime son propre compte. C’est irréversible.
admin-people-delete-admin = Le compte d’un admin ne peut pas être supprimé ici : retirez d’abord le rôle d’admin.
admin-people-delete-email = Saisissez l’adresse e-mail du compte ({ $email }) pour confirmer
admin-people-delete-confirm = Supprimer ce compte et tout son contenu.
admin-people-delete-submit = Supprimer le compte
admin-people-error-confirm = Cochez la case pour confirmer.
admin-people-error-direction = Choisissez d’ajouter ou de retirer des crédits.
admin-people-error-amount = Saisissez un nombre entier de crédits de 1 à { $max }.
admin-people-error-more-than-balance = { $balance ->
    [one] C’est plus que le solde : le compte a { $balance } crédit.
   *[other] C’est plus que le solde : le compte a { $balance } crédits.
}
admin-people-error-email-mismatch = Ce n’est pas l’adresse e-mail du compte.
admin-people-error-yourself = Pas sur votre propre compte : demandez à un autre admin.
admin-people-error-admin-account = C’est le compte d’un admin : retirez d’abord le rôle d’admin.
admin-people-error-last-admin = C’est le dernier admin : nommez d’abord quelqu’un d’autre admin.
admin-people-error-suspended-admin = Ce compte est suspendu : levez d’abord la suspension.
admin-people-error-unverified-admin = L’adresse de ce compte n’est pas vérifiée : seul un compte vérifié peut être nommé admin.
admin-people-notice-credits-adjusted = Crédits ajustés.
admin-people-notice-credits-already = Cet ajustement était déjà enregistré : rien n’a changé.
admin-people-notice-suspended = Compte suspendu : ses sessions sont fermées et ses partages hors ligne.
admin-people-notice-unsuspended = Suspension levée.
admin-people-notice-unchanged = Rien à changer : le compte était déjà dans cet état.
admin-people-notice-admin-granted = Le compte est maintenant admin.
admin-people-notice-admin-revoked = Le rôle d’admin a été retiré.
admin-people-notice-sessions-ended = Sessions fermées.
admin-people-notice-deleted = Compte supprimé.
# (end of admin-people)

# ─── Reports of shared images ───

report-link = Signaler cette image
report-title = Signaler une image
report-lead = Dites-nous ce qui ne va pas avec cette image. Nous examinons chaque signalement, et la personne qui l’a partagée ne sait jamais qui l’a envoyé.
report-image-alt = L’image que vous signalez
report-reason-legend = Qu’est-ce qui ne va pas ?
report-reason-child-safety = Contenu sexuel impliquant des mineurs
report-reason-intimate-imagery = Images intimes partagées sans consentement
report-reason-violence = Violence ou contenu choquant
report-reason-hate = Haine ou harcèlement
report-reason-privacy = Mon image ou mes données personnelles utilisées sans mon consentement
report-reason-copyright = Atteinte au droit d’auteur ou à une marque
report-reason-spam = Spam ou arnaque
report-reason-other = Autre chose
report-details-label = Précisions
report-details-hint = Tout ce qui nous aide à décider, en { $max } caractères au plus.
report-email-label = Votre adresse e-mail
report-email-hint = Uniquement pour vous informer du résultat. Elle n’est jamais montrée à la personne qui a partagé l’image.
report-submit = Envoyer le signalement
report-back = Retour à l’image
report-error-reason = Choisissez ce qui ne va pas avec l’image.
report-thanks-title = Merci pour votre signalement
report-thanks-text = Nous l’avons bien reçu et allons examiner l’image. Si vous avez indiqué votre adresse e-mail, nous vous écrirons une fois la décision prise.
report-share-again-refused = Cette image a été retirée après un signalement et ne peut plus être partagée. Si vous pensez qu’il s’agit d’une erreur, écrivez-nous via la page d’assistance.
report-gone-title = Plus disponible
report-gone-heading = Cette image n’est plus disponible.
report-gone-text = Le lien que vous avez suivi ne mène plus à une image.
report-share-taken-down = Retiré après un signalement : { $reason }
report-share-appeal = Vous pensez qu’il s’agit d’une erreur ?
report-share-appeal-link = Écrivez-nous (sujet « Compte »)
report-admin-menu = Signalements
report-admin-lead = Signalements d’images partagées envoyés depuis les pages de partage. Classez un signalement, retirez le partage, ou retirez-le et suspendez son propriétaire.
report-admin-filter = Quels signalements
report-admin-filter-open = Ouverts ({ $count })
report-admin-filter-decided = Traités ({ $count })
report-admin-filter-all = Tous
report-admin-empty = Aucun signalement ici.
report-admin-empty-text = Les signalements envoyés avec « Signaler cette image » sur les pages de partage apparaissent ici.
report-admin-col-reason = Motif
report-admin-col-received = Reçu
report-admin-col-status = État
report-admin-col-share = Partage
report-admin-others = { $count ->
    [one] { $count } autre ouvert
   *[other] { $count } autres ouverts
}
report-status-open = Ouvert
report-status-dismissed = Classé sans suite
report-status-taken-down = Retiré
report-status-owner-suspended = Retiré, propriétaire suspendu
report-admin-newer = Plus récents
report-admin-older = Plus anciens
report-admin-pages = Pages de signalements
report-admin-title = Signalement
report-admin-back = Tous les signalements
report-admin-not-found = Ce signalement n’existe pas.
report-admin-received = Reçu
report-admin-status = État
report-admin-reporter = E-mail de la personne qui signale
report-admin-reporter-none = Non indiqué
report-admin-reporter-account = (connectée lors du signalement)
report-admin-owner = Propriétaire
report-admin-share = Partage
report-admin-share-down = (retiré)
report-admin-details = Précisions
report-admin-no-details = Aucune.
report-admin-image = Image signalée
report-admin-image-gone = L’image n’existe plus.
report-admin-prompt = Prompt
report-admin-others-heading = Autres signalements de ce partage
report-admin-decision-heading = Décision
report-admin-decided-at = Décidé le
report-admin-decision-reason = Motif donné
report-admin-note = Note au propriétaire
report-admin-decide-heading = Décider
report-admin-decision-legend = Décision
report-decision-dismiss = Classer sans suite : rien à faire
report-decision-take-down = Retirer le partage (son propriétaire reçoit un e-mail)
report-decision-suspend-owner = Retirer le partage et suspendre son propriétaire
report-admin-why-label = Motif (conservé dans le journal d’audit)
report-admin-note-label = Note au propriétaire
report-admin-note-hint = Envoyée avec un retrait dans l’e-mail au propriétaire. Ne nommez jamais la personne qui a signalé.
report-admin-confirm = Je confirme le retrait (et la suspension, si elle est choisie).
report-admin-submit = Décider
report-error-decision = Choisissez une décision.
report-error-confirm = Cochez la case pour confirmer le retrait.
report-error-already-decided = Ce signalement a déjà été traité ; rien n’a changé.
report-error-owner-admin = Le propriétaire est administrateur. Retirez-lui ce rôle avant de le suspendre ; rien n’a changé.
report-notice-dismissed = Le signalement a été classé sans suite.
report-notice-taken-down = Le partage a été retiré et son propriétaire informé.
report-notice-owner-suspended = Le partage a été retiré et son propriétaire suspendu.
report-mail-note = Une note de notre équipe : { $note }
report-mail-taken-down-subject = Une de vos images partagées a été retirée
report-mail-taken-down-intro = Après un signalement, nous avons examiné une de vos images partagées et retiré son lien public : il ne fonctionne plus. L’image elle-même reste dans votre galerie. Motif : { $summary }
report-mail-taken-down-action = Voir l’image
report-mail-taken-down-appeal = Si vous pensez qu’il s’agit d’une erreur, écrivez-nous via la page d’assistance ({ $support }) en choisissant le sujet « Compte ».
report-mail-taken-down-closing = Tant que cette décision s’applique, l’image ne peut plus être partagée.
report-mail-outcome-subject = Votre signalement à Obscura
report-mail-acted-intro = Merci d’avoir signalé une image partagée. Nous l’avons examinée et avons agi selon nos règles.
report-mail-dismissed-intro = Merci d’avoir signalé une image partagée. Nous l’avons examinée et n’avons trouvé aucune raison d’agir selon nos règles.
report-mail-outcome-action = Contacter l’assistance
report-mail-outcome-private = Nous ne communiquons pas davantage sur la décision.
report-mail-outcome-closing = Vous recevez cet e-mail parce que votre adresse a été indiquée avec un signalement. Si ce n’était pas vous, ignorez-le : nous supprimons l’adresse sous 30 jours.
report-fact-name = Signalements d’images partagées : le motif, les précisions écrites, l’adresse e-mail de la personne qui signale si elle est indiquée, son compte si elle est connectée, et notre décision avec son motif
report-fact-purpose = Agir contre les images illicites ou nuisibles partagées depuis Obscura, et informer les personnes concernées.
report-fact-basis = Intérêt légitime à assurer la sécurité du service (art. 6.1.f du RGPD), et obligations légales d’agir contre les contenus illicites (art. 6.1.c du RGPD)
report-fact-retention = Signalements ouverts jusqu’à la décision ; signalements classés 6 mois après la décision ; retraits 3 ans, ou jusqu’à la suppression du compte du propriétaire ; l’adresse e-mail de la personne qui signale 30 jours après la décision.

# (end of reports)

# ─── Admin console: blocklist and models ───

admin-settings-menu = Réglages
admin-settings-title = Réglages
admin-settings-lead = La liste de blocage et les modèles, enregistrés dans la base de données. Une modification s’applique à chaque processus du serveur en quelques secondes et est inscrite au journal d’audit avec votre motif. Les fournisseurs, leurs noms de modèles et leurs clés restent dans la configuration (ils demandent un redémarrage).
admin-settings-never-changed = Pas encore modifié dans la console : les valeurs de la configuration.
admin-settings-changed = Modifié pour la dernière fois le { $date } par { $by }.
admin-settings-blocklist-heading = Liste de blocage
admin-settings-blocklist-matching = Une requête est refusée lorsqu’elle contient un terme sous forme de mots entiers, quelles que soient la casse et la ponctuation : « art » ne refuse pas « party », et « blocked-word » refuse « Blocked word ». Les requêtes sont vérifiées à leur envoi, puis de nouveau juste avant d’être transmises à un fournisseur.
admin-settings-term-count = { $count ->
    [one] 1 terme
   *[other] { $count } termes
}
admin-settings-terms-label = Termes, un par ligne
admin-settings-terms-hint = Au plus { $max } termes de 100 caractères chacun au maximum. Les lignes vides et les termes répétés sont retirés ; les majuscules sont mises en minuscules.
admin-settings-reason-label = Motif de cette modification (conservé dans le journal d’audit)
admin-settings-blocklist-save = Enregistrer la liste de blocage
admin-settings-test-heading = Tester une requête
admin-settings-test-lead = Indique si un texte serait refusé par la liste de blocage en vigueur. Rien n’est enregistré ni journalisé.
admin-settings-test-label = Texte à tester
admin-settings-test-submit = Tester
admin-settings-test-blocked = Ce texte serait refusé.
admin-settings-test-passes = Ce texte serait accepté.
admin-settings-models-heading = Modèles
admin-settings-models-lead = Un modèle qui n’est pas proposé disparaît de la page de création, de l’essai et de l’API ; les demandes qui le visent sont refusées, celles déjà en file d’attente s’exécutent quand même. Au moins un modèle reste proposé.
admin-settings-models-empty = Aucun modèle n’est configuré.
admin-settings-col-id = Identifiant
admin-settings-col-provider = Fournisseur
admin-settings-col-label = Nom
admin-settings-col-cost = Crédits par image
admin-settings-col-max = Images au plus
admin-settings-col-offered = Proposé
admin-settings-offered-yes = Oui
admin-settings-offered-no = Non
admin-settings-model-legend = Modèle { $model }
admin-settings-label-label = Nom (de 1 à { $max } caractères)
admin-settings-cost-label = Crédits par image (de 1 à { $max })
admin-settings-max-label = Images au plus par demande (de 1 à { $max })
admin-settings-enabled-label = Proposé aux utilisateurs
admin-settings-model-save = Enregistrer { $model }
admin-settings-notice-blocklist-saved = La liste de blocage a été enregistrée. Elle s’applique à chaque serveur en quelques secondes.
admin-settings-notice-blocklist-cleaned = La liste de blocage a été enregistrée ; les lignes vides et les termes répétés ont été retirés.
admin-settings-notice-model-saved = Les réglages du modèle ont été enregistrés. Ils s’appliquent à chaque serveur en quelques secondes.
admin-settings-error-term-long = La ligne { $line } dépasse { $max } caractères.
admin-settings-error-too-many = La liste compte { $count } termes ; { $max } au plus sont autorisés.
admin-settings-error-label = Un nom compte de 1 à { $max } caractères, sans caractères de contrôle.
admin-settings-error-cost = Le coût est un nombre entier de crédits de 1 à { $max }.
admin-settings-error-max-count = Saisissez un nombre entier de 1 à { $max }.
admin-settings-error-last-model = C’est le dernier modèle proposé : proposez d’abord un autre modèle.
admin-settings-error-model-off = { $model } n’est pas proposé pour le moment. Choisissez un autre modèle.

# (end of admin-settings)

# ─── ComfyUI ───
comfyui-provider-name = ComfyUI
comfyui-fact-name = Serveur ComfyUI exploité par l’opérateur de ce service
comfyui-fact-location = Le propre serveur ComfyUI de l’opérateur, à l’adresse { $host }. Ce n’est pas un service tiers, sauf si l’opérateur a fait pointer cette adresse vers un tel service.
# (end of comfyui)

# ─── The built-in image engine (candle) ───
local-engine-fact-name = Moteur d’images intégré (sur ce serveur)
local-engine-fact-purpose = Génère les images que vous demandez avec : { $models }. Le modèle tourne dans le processus même de ce serveur.
local-engine-fact-data = Le prompt, le prompt négatif, la taille et les réglages, et l’image de référence si vous en ajoutez une. Ils sont traités dans la mémoire de ce serveur et ne sont envoyés à personne.
local-engine-fact-location = Ce serveur. Les prompts et les images sont traités sur le propre serveur de l’opérateur et ne sont envoyés à aucun autre service.
# (end of local-engine)

# ─── Progression et annulation des générations ───
gen-queue-cancelled = Annulée — vos crédits vous ont été rendus
gen-queue-steps = Étape { $done } sur { $total }
gen-queue-steps-label = Progression
gen-queue-cancel = Annuler
gen-queue-cancel-label = Annuler cette génération
gen-queue-cancelling = Arrêt en cours…
gen-queue-finished = Cette génération est déjà terminée : elle ne peut plus être annulée.
gen-queue-status-cancelled = Annulées
# (end of gen-queue)

# ─── The privacy policy, the terms and the policy versions ───
# La politique de confidentialité, les conditions d’utilisation et les versions de la politique.

## Generated facts: the recipients
fact-db-embedded-name = Base de données intégrée
fact-db-postgres-name = Base de données PostgreSQL
fact-db-purpose = Enregistre les comptes, les paramètres, l’historique de vos générations et les journaux de sécurité.
fact-db-data = Données du compte, prompts et paramètres de génération, journaux des connexions.
fact-db-embedded-location = Un fichier sur ce serveur
fact-db-postgres-location-host = Le serveur de base de données { $host }, géré par l’exploitant
fact-db-postgres-location = Un serveur de base de données géré par l’exploitant
fact-files-name = Stockage des fichiers
fact-files-purpose = Conserve vos images de référence et vos images générées.
fact-files-data = Les fichiers image que vous importez ou générez.
fact-files-location-local = Le disque local de ce serveur
fact-files-location-s3 = Un bucket compatible S3 sur { $host }
fact-mail-name = Envoi des e-mails
fact-mail-purpose = Envoie les e-mails liés à votre compte : confirmation de l’adresse, liens de connexion, réinitialisations du mot de passe, alertes de sécurité, liens d’export de données et avis de suppression du compte.
fact-mail-data = Votre adresse e-mail, votre nom et le contenu de ces e-mails.
fact-mail-location = Le serveur de messagerie de l’exploitant
fact-mail-location-host = Le serveur de messagerie { $host }
fact-google-name = Connexion avec Google
fact-google-purpose = Vous permet de vous connecter avec votre compte Google, uniquement si vous le choisissez.
fact-google-data = Lorsque vous l’utilisez : l’identifiant du compte, le nom, l’adresse e-mail et l’adresse de la photo de profil que Google nous transmet. Aucun mot de passe ni jeton Google n’est conservé.
fact-google-location = Le fournisseur de connexion configuré
fact-google-location-host = Le fournisseur de connexion sur { $host }
fact-platform-linkedin = Profil LinkedIn
fact-platform-linkedin-page = Page LinkedIn
fact-platform-facebook = Page Facebook
fact-social-scopes = { $platform } : { $scopes }
fact-social-scopes-separator = {"\u202F"};{" "}
fact-social-purpose = Publie les images que vous choisissez sur votre propre compte, lorsque vous appuyez sur « Publier » (jamais de lui-même). Autorisations demandées : { $scopes }.
fact-social-data = Uniquement lorsque vous le connectez et appuyez sur « Publier » : l’image, la légende et le texte alternatif que vous avez rédigés, envoyés au compte, à la page ou au tableau que vous avez choisi ; pour la connexion, votre navigateur se rend sur la plateforme et ce serveur échange le code qu’elle renvoie contre des jetons (conservés chiffrés), puis lit l’identifiant, le nom et le pseudonyme de votre compte ainsi que les pages ou tableaux sur lesquels vous pouvez publier.
fact-social-location = La plateforme
fact-social-location-host = L’API de la plateforme sur { $host }
fact-x-name = X (publication)
fact-linkedin-name = LinkedIn (publication)
fact-meta-name = Meta : Pages Facebook et Instagram (publication)
fact-meta-extra = Instagram récupère l’image par un lien de ce serveur valable une heure, qui expire dès que la publication est faite.
fact-pinterest-name = Pinterest (publication)
fact-pinterest-extra = Pinterest récupère l’image par un lien de ce serveur valable une heure, qui expire dès que l’épingle est créée.
fact-youtube-name = YouTube (chaîne uniquement)
fact-youtube-purpose = Indique quelle chaîne vous avez connectée ; rien n’y est publié, car YouTube n’offre pas d’API pour les publications d’images. Autorisation demandée : { $scopes }.
fact-youtube-data = Uniquement lorsque vous la connectez : l’identifiant et le titre de la chaîne, par le client de connexion Google.
fact-turnstile-name = Cloudflare Turnstile (vérification anti-robot)
fact-turnstile-purpose = Vérifie que l’essai sans inscription sur /try est utilisé par une personne et non par un script. Son widget n’est chargé que sur cette page.
fact-turnstile-data = Sur /try uniquement : ce que votre navigateur envoie en chargeant le widget (son adresse IP, son agent utilisateur et les signaux que lit Turnstile), ainsi que le jeton qu’il délivre, que ce serveur renvoie pour vérification. Rien qui concerne un compte.
fact-turnstile-location-host = Cloudflare, sur { $host }
fact-stripe-name = Stripe (paiements)
fact-stripe-purpose = Encaisse les paiements par carte des packs de crédits et des abonnements, envoie les reçus et les factures, et fournit la page où vous gérez votre carte et votre abonnement.
fact-stripe-data = Votre adresse e-mail, l’identifiant de votre compte comme référence, ce que vous achetez, et ce que vous saisissez sur les pages de Stripe : données de carte, nom, entreprise, adresse de facturation et numéro de TVA. Le numéro de carte et le cryptogramme ne sont transmis qu’à Stripe ; ce serveur ne les reçoit jamais.
fact-stripe-location-host = Stripe, sur { $host }
fact-model-openai-name = OpenAI Images API (ou un serveur compatible)
fact-model-sdwebui-name = Serveur Stable Diffusion WebUI
fact-model-purpose = Génère vos images avec les modèles suivants : { $models }. Seules les générations avec ces modèles y sont envoyées.
fact-model-data = Le prompt, le prompt négatif, la taille et les paramètres, ainsi que l’image de référence si vous en ajoutez une. Jamais votre nom, votre adresse e-mail ni votre compte.
fact-model-location = Le service d’images configuré
fact-model-location-host = Le service d’images sur { $host }

## Generated facts: legal bases
fact-basis-contract = Exécution du contrat (art. 6.1.b du RGPD)
fact-basis-service = Intérêt légitime au bon fonctionnement du service (art. 6.1.f du RGPD)
fact-basis-security = Intérêt légitime à assurer la sécurité (art. 6.1.f du RGPD)
fact-basis-consent-proof = Obligation légale de démontrer le consentement (art. 6.1.c et art. 7.1 du RGPD)
fact-basis-consent = Consentement (art. 6.1.a du RGPD)
fact-basis-legal-obligation = Obligation légale (art. 6.1.c du RGPD)
fact-basis-exports = Obligation légale (art. 15 et 20 du RGPD)
fact-basis-support = Intérêt légitime à vous aider (art. 6.1.f du RGPD), ou exécution du contrat
fact-basis-requests = Obligation légale (art. 5.2, 12 et 30 du RGPD)
fact-basis-audit = Intérêt légitime lié au principe de responsabilité et à la sécurité (art. 5.2 et art. 6.1.f du RGPD)
fact-basis-trial = Intérêt légitime à proposer un essai sans inscription tout en prévenant les abus (art. 6.1.f du RGPD)
fact-basis-payments = Exécution du contrat (art. 6.1.b du RGPD) ; obligation légale de conserver les pièces comptables (art. 6.1.c du RGPD)

## Generated facts: the data, why, and for how long
fact-account-name = Données du compte : adresse e-mail, nom, entreprise (facultative), langue, empreinte du mot de passe (Argon2id), photo (facultative), validation en deux étapes (la clé secrète de l’application d’authentification, chiffrée, et les codes de récupération sous forme d’empreintes)
fact-account-name-google = Données du compte : adresse e-mail, nom, entreprise (facultative), langue, empreinte du mot de passe (Argon2id), photo (facultative), validation en deux étapes (la clé secrète de l’application d’authentification, chiffrée, et les codes de récupération sous forme d’empreintes) ; avec la connexion Google, l’identifiant du compte Google et l’adresse de sa photo
fact-account-purpose = Créer et sécuriser votre compte, et vous contacter à son sujet.
fact-account-retention-at-once = Jusqu’à la suppression de votre compte, puis effacées immédiatement. Une inscription dont l’adresse n’est jamais confirmée est supprimée au bout de { $unconfirmed ->
        [one] { $unconfirmed } jour
       *[other] { $unconfirmed } jours
    }.
fact-account-retention-grace = Jusqu’à la suppression de votre compte : le compte est fermé immédiatement et effacé définitivement { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } plus tard (vous pouvez annuler jusque-là). Une inscription dont l’adresse n’est jamais confirmée est supprimée au bout de { $unconfirmed ->
        [one] { $unconfirmed } jour
       *[other] { $unconfirmed } jours
    }.
fact-media-name = Prompts, images de référence et images générées
fact-media-purpose = Générer, conserver et afficher vos images, et les partager quand vous le demandez.
fact-media-retention-kept = Jusqu’à ce que vous les supprimiez ou supprimiez votre compte.
fact-media-retention-days = Fichiers image (références importées, résultats, aperçus et miniatures) : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, puis supprimés. Prompts et paramètres : jusqu’à ce que vous les supprimiez ou supprimiez votre compte.
fact-shares-name-indexed = Liens de partage que vous créez : l’image et, seulement si vous le choisissez, son prompt et votre nom ; les vues sont comptées par jour, sans aucune information sur les visiteurs. Les moteurs de recherche sont autorisés à indexer les pages de partage.
fact-shares-name-not-indexed = Liens de partage que vous créez : l’image et, seulement si vous le choisissez, son prompt et votre nom ; les vues sont comptées par jour, sans aucune information sur les visiteurs. Il est demandé aux moteurs de recherche de ne pas indexer les pages de partage.
fact-shares-purpose = Montrer une image à toute personne qui dispose de son lien, uniquement lorsque vous en créez un.
fact-shares-retention = Jusqu’à ce que le lien expire, que vous le désactiviez ou que l’image soit supprimée ; ses compteurs de vues disparaissent avec lui.
fact-usage-name = Journal d’utilisation : pour chaque génération, son identifiant, le modèle, le service d’images, sa durée et son résultat
fact-usage-purpose = Vous assister et détecter les dysfonctionnements. Il ne contient aucun prompt ni aucune donnée de compte.
fact-usage-retention = Jusqu’à la suppression de la génération.
fact-ip-full = l’adresse IP
fact-ip-hashed = une empreinte salée de l’adresse IP (l’adresse elle-même n’est pas conservée)
fact-ip-none = aucune adresse IP
fact-sessions-name = Sessions et événements de sécurité (connexions, échecs de connexion, changements de mot de passe et d’adresse e-mail, sessions fermées) : description de l’appareil (navigateur et système), date et heure, et { $ip }
fact-sessions-purpose = Vous garder connecté et vous permettre de repérer et de bloquer tout accès indésirable.
fact-sessions-retention = Sessions : jusqu’à votre déconnexion ou après { $idle ->
        [one] { $idle } jour
       *[other] { $idle } jours
    } sans utilisation, { $absolute ->
        [one] { $absolute } jour
       *[other] { $absolute } jours
    } au maximum. Événements de sécurité : { $months } mois.
fact-consent-name = Choix relatifs aux cookies : quand vous avez choisi, quoi, quelle version de la liste des cookies, et l’identifiant aléatoire conservé dans le cookie de consentement de votre navigateur (ainsi que votre compte, si vous étiez connecté)
fact-consent-purpose = Prouver ce que vous avez accepté, et le respecter.
fact-consent-retention = { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } après chaque choix. Si vous supprimez votre compte, l’enregistrement est conservé pendant cette durée, détaché du compte.
fact-analytics-name = Comptage des pages vues, uniquement si vous l’autorisez : par jour, la page, le site référent, le type d’appareil et le pays
fact-analytics-purpose = Savoir quelles pages sont utilisées, sans suivre personne.
fact-analytics-retention = Conservé uniquement sous forme de totaux ne permettant d’identifier personne : aucun cookie propre, aucune adresse IP, aucun compte.
fact-choices-name = Vos choix de confidentialité (exclusion du comptage des pages vues, e-mails produit, limitation du traitement) et une suppression de compte en attente
fact-choices-purpose = Les respecter.
fact-choices-retention = Jusqu’à l’effacement définitif de votre compte.
fact-exports-name = Exports de données que vous demandez : une archive de tout ce qui précède et de vos images
fact-exports-purpose = Vous remettre une copie de vos données.
fact-exports-retention = L’archive est supprimée 7 jours après sa mise à disposition.
fact-support-name = Messages à l’assistance : votre adresse e-mail, le sujet, votre message, une image si vous en joignez une (sans ses métadonnées), et nos réponses
fact-support-purpose = Vous répondre.
fact-support-retention = 12 mois après la clôture de la conversation, ou jusqu’à la suppression de votre compte.
fact-requests-name = Demandes d’exercice de vos droits : votre adresse e-mail, votre demande, sa date et la date de notre réponse
fact-requests-purpose = Répondre dans un délai d’un mois et pouvoir démontrer que nous l’avons fait.
fact-requests-retention = 3 ans après la réponse, y compris après la suppression de votre compte.
fact-audit-name = Journal d’audit des administrateurs : pour chaque action d’un administrateur sur un compte, un message ou une demande (réponses, clôture, suppression d’un compte, enregistrement et traitement des demandes, changements de rôle), l’administrateur concerné, le compte, le message ou la demande par son identifiant, la date, et le résultat
fact-audit-purpose = Rendre compte de ce que les administrateurs font des données personnelles et détecter les abus.
fact-audit-retention = 3 ans, y compris après la suppression du compte concerné (il n’est alors désigné que par un identifiant aléatoire).
fact-api-name = Clés d’API et leur utilisation : pour chaque clé, son nom, ses autorisations, ses limites et ses dates (création, dernière utilisation, expiration, révocation), une empreinte de son secret calculée avec une clé et ses quatre derniers caractères ; pour chaque requête d’API, sa date, la clé, le type de requête, son statut, sa durée et les crédits consommés — jamais son contenu, un prompt ni une adresse ; la réponse à une requête envoyée avec une clé d’idempotence ; votre plafond de dépenses quotidien ; l’adresse de votre point de terminaison webhook, les événements choisis et le secret de signature chiffré, ainsi que chaque événement qui lui est envoyé (type, identifiant de la génération, statut, identifiants des images et coût, code de réponse du point de terminaison)
fact-api-purpose = Permettre à vos programmes d’utiliser votre compte, vous montrer et limiter ce que chaque clé fait et dépense, prévenir votre point de terminaison à la fin d’une génération, et détecter les abus.
fact-api-retention = Clés, plafond et point de terminaison jusqu’à ce que vous les supprimiez ou supprimiez votre compte ; le journal d’utilisation 12 mois ; les réponses idempotentes 24 heures ; les envois de webhooks 30 jours.
fact-logs-name = Journaux techniques : identifiants de requête, chemins, codes de statut, durées
fact-logs-purpose = Faire fonctionner le service et corriger les pannes. Les journaux ne contiennent jamais d’adresses IP, d’adresses e-mail, de prompts ni de jetons.
fact-logs-retention = Aussi longtemps que le système de journalisation de l’exploitant les conserve ; 30 jours au maximum sont recommandés.
fact-social-name = Connexions aux réseaux sociaux : pour chaque plateforme que vous connectez, votre identifiant, votre nom et votre pseudonyme sur celle-ci, les autorisations accordées, les jetons d’accès et d’actualisation chiffrés avec AES-256-GCM, leur expiration, les pages, tableaux ou profils sur lesquels vous pouvez publier et ceux que vous avez choisis ; pour chaque publication, l’image, la légende, le texte alternatif, sa destination, sa date, son statut, l’identifiant et le lien de la publication sur la plateforme, et l’adresse d’une personne chargée de l’approbation lorsque vous en demandez une
fact-social-category-purpose = Publier les images que vous choisissez sur vos propres comptes lorsque vous appuyez sur « Publier », et vous montrer ce qui a été publié et où.
fact-social-retention = Les connexions et leurs jetons jusqu’à ce que vous les déconnectiez (les jetons sont révoqués auprès de la plateforme lorsqu’elle le permet) ou supprimiez votre compte ; l’historique des publications jusqu’à ce que vous le supprimiez ou supprimiez votre compte ; une demande de suppression émanant d’une plateforme supprime immédiatement les connexions, jetons et historique liés à cette plateforme.
fact-trial-name = Essai sans inscription : les prompts et images créés sur /try sans compte, une empreinte du jeton aléatoire du cookie d’essai de ce navigateur, et deux empreintes salées : de votre adresse réseau (pour IPv6, son réseau /64) avec votre agent utilisateur, et de l’adresse réseau seule. Le sel est tiré au hasard chaque jour et supprimé deux jours plus tard ; l’adresse elle-même n’est jamais enregistrée.
fact-trial-purpose = Vous permettre d’essayer le générateur sans compte, faire respecter la limite de l’essai par chaque visiteur, et transférer les images dans un compte que vous créez ou auquel vous vous connectez dans les 24 heures.
fact-trial-retention = 24 heures, puis supprimés avec les images (ou transférés dans votre compte, où les règles de votre compte s’appliquent).
fact-payments-name = Paiements : pour chaque paiement, les références Stripe (client, session de paiement, facture, paiement et débit), le montant et la devise, ce qui a été acheté et les crédits obtenus, les remboursements et contestations, la marque, les quatre derniers chiffres et la date d’expiration de la carte, ainsi que le nom, l’entreprise, l’adresse et le numéro de TVA de facturation. Jamais de numéro de carte ni de cryptogramme.
fact-payments-purpose = Vous attribuer les crédits payés, vous montrer vos paiements et factures, traiter les remboursements et contestations, et conserver les pièces exigées par le droit fiscal et comptable.
fact-payments-retention = { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } après le paiement, y compris après la suppression de votre compte : l’enregistrement est alors détaché du compte (aucun identifiant de compte) et supprimé à l’issue de ce délai.

## The privacy policy page
policy-title = Politique de confidentialité
policy-heading = Comment Obscura traite vos données
policy-lead = Cette politique est générée à partir de la configuration avec laquelle ce serveur fonctionne en ce moment. Lorsque l’exploitant active ou désactive un service, cette page est mise à jour en conséquence.
policy-meta = Version <code>{ $version }</code> · en vigueur depuis le <date>{ $date }</date>
policy-translation-notice = Cette politique de confidentialité est une traduction. Seule la <link>version { $language ->
        [en] anglaise
        [de] allemande
       *[fr] française
    }</link> fait foi.
policy-controller-heading = Responsable du traitement
policy-controller = <b>{ $name }</b> exploite ce serveur Obscura et détermine les finalités et les moyens du traitement de vos données personnelles (« responsable du traitement » au sens du RGPD).
policy-address = Adresse
policy-privacy-contact = Contact pour la protection des données
policy-dpo = Délégué à la protection des données
policy-data-heading = Ce que nous traitons, pourquoi et combien de temps
policy-data-table = Catégories de données personnelles
policy-column-data = Données
policy-column-purpose = Finalité
policy-column-basis = Base légale
policy-column-kept = Durée de conservation
policy-never = Nous ne vendons jamais vos données, n’utilisons jamais vos prompts ni vos images pour entraîner des modèles et ne vous montrons jamais de publicité.
policy-recipients-heading = Qui reçoit vos données
policy-recipients-lead = Uniquement les services que ce serveur est configuré pour utiliser. À ce jour, il s’agit de :
policy-recipient-why = Pourquoi :
policy-recipient-what = Quoi :
policy-recipient-where = Où :
policy-storage-heading = Cookies et stockage dans le navigateur
policy-storage-lead = Obscura n’enregistre que ce dont le site a besoin pour fonctionner. Il n’y a ni cookies publicitaires ou de suivi, ni scripts tiers. Les pages vues ne sont comptées que si vous l’autorisez, par ce serveur, sans cookie propre. Voici la liste complète ; modifiez votre choix dans les <cookies>paramètres des cookies</cookies>.
policy-storage-table = Cookies et clés de stockage
policy-storage-column-name = Nom
policy-storage-column-type = Type
policy-storage-column-lasts = Durée
policy-storage-column-consent = Consentement requis
policy-storage-cookie = Cookie
policy-storage-local = Stockage local
policy-storage-essential = Non, strictement nécessaire
policy-storage-optional = Oui
policy-storage-session = Vous garde connecté. Il contient un jeton aléatoire ; le serveur n’en conserve que l’empreinte. Illisible par les scripts.
policy-storage-session-lasts = Jusqu’à votre déconnexion ou après 7 jours sans utilisation, 30 jours au maximum
policy-storage-oauth = Lie une connexion avec Google au navigateur qui l’a commencée, pour que personne ne puisse la terminer dans le vôtre.
policy-storage-oauth-lasts = 10 minutes, ou jusqu’à la fin de la connexion
policy-storage-signup = Déposé lors de votre inscription : il permet à ce navigateur de confirmer votre adresse sans perdre le mot de passe choisi. Un lien de confirmation ouvert ailleurs supprime ce mot de passe, au cas où quelqu’un d’autre l’aurait choisi.
policy-storage-signup-lasts = 48 heures, ou jusqu’à la confirmation de l’adresse
policy-storage-two-step = Pour les comptes avec validation en deux étapes : lie une connexion en attente de son code au navigateur qui l’a commencée. Il contient un jeton aléatoire ; le serveur n’en conserve que l’empreinte.
policy-storage-two-step-lasts = 5 minutes, ou jusqu’à la fin de la connexion
policy-storage-trial = Déposé lorsque vous créez une image sur /try sans compte : il permet à ce navigateur, et à lui seul, de voir ces images et de les transférer dans un compte que vous créez ou auquel vous vous connectez. Il contient un jeton aléatoire ; le serveur n’en conserve que l’empreinte.
policy-storage-trial-lasts = 24 heures, ou jusqu’au transfert des images dans votre compte
policy-storage-language = Retient la langue que vous avez choisie en bas d’une page lorsque vous n’êtes pas connecté (une fois connecté, c’est la langue de votre compte qui s’applique). Il ne contient que le code de la langue.
policy-storage-language-lasts = 1 an, ou jusqu’à ce que vous effaciez les cookies de votre navigateur
policy-storage-theme = Retient le thème de couleurs choisi sur cet appareil. Il ne quitte jamais votre navigateur.
policy-storage-theme-lasts = Jusqu’à ce que vous choisissiez à nouveau le thème du système ou effaciez les données du site dans votre navigateur
policy-storage-consent = Retient votre choix de cookies (si les pages vues peuvent être comptées) et sa date, pour ne pas vous le redemander à chaque page. Contient un identifiant aléatoire correspondant à notre enregistrement de votre choix, rien d’autre.
policy-storage-consent-lasts = 13 mois ; nous vous redemandons votre choix après 6 mois
policy-rights-heading = Vos droits
policy-rights-lead = Vous pouvez exercer chacun de vos droits vous-même, à tout moment, sans rien demander à personne :
policy-right-access = <b>Accès et portabilité : </b>téléchargez une copie de tout ce que nous détenons sur vous — fichiers JSON et CSV ainsi que toutes vos images — depuis <settings>Paramètres → Confidentialité</settings>. Le lien que nous vous envoyons par e-mail est valable 7 jours.
policy-right-rectification = <b>Rectification : </b>corrigez votre nom, votre adresse e-mail et vos autres informations dans <profile>votre profil</profile>.
policy-right-erasure = <b>Effacement : </b>supprimez des images de votre galerie une par une, ou votre compte entier depuis <settings>Paramètres → Confidentialité</settings>. { $erasure }
policy-erasure-at-once = Votre compte et tous les fichiers enregistrés sont supprimés immédiatement.
policy-erasure-grace = Toutes les sessions sont fermées immédiatement ; le compte et tous les fichiers enregistrés sont supprimés { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } plus tard, et l’e-mail que nous vous envoyons permet d’annuler jusque-là.
policy-right-restriction = <b>Limitation et opposition : </b>excluez-vous du comptage des pages vues, refusez les e-mails produit ou limitez le traitement à ce que vous faites vous-même, dans <settings>Paramètres → Confidentialité</settings>.
policy-right-withdraw = <b>Retrait du consentement : </b>aussi simple que de le donner, à tout moment, dans les <cookies>paramètres des cookies</cookies> ; vos choix sont listés dans Paramètres → Confidentialité. Un signal Global Privacy Control ou Do Not Track envoyé par votre navigateur vaut refus.
policy-right-complaint = <b>Réclamation : </b>vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données.
policy-right-complaint-authority = <b>Réclamation : </b>vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données, par exemple : { $authority }.
policy-rights-contact = Vous pouvez aussi écrire à <mail>{ $email }</mail> ou utiliser le <support>formulaire d’assistance</support>. Nous répondons dans un délai d’un mois.
policy-age-heading = Âge
policy-age = Vous devez avoir au moins { $age } ans pour créer un compte.
policy-security-heading = Sécurité
policy-security = Les mots de passe ne sont enregistrés que sous forme d’empreintes salées et lentes à calculer ; les jetons de session et d’API uniquement sous forme d’empreintes irréversibles ; les connexions aux comptes tiers sont chiffrées au repos. Chaque page est envoyée avec une politique de sécurité du contenu (CSP) stricte et sans code tiers.
policy-changes-heading = Modifications de cette politique
policy-changes = Cette page étant générée à partir de la configuration, toute modification faite par l’exploitant y apparaît avec un nouveau numéro de version. Les modifications importantes sont annoncées aux utilisateurs inscrits par e-mail et dans l’application au moins { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } avant leur entrée en vigueur. <versions>Toutes les versions et ce que chacune a changé</versions>.

## The terms of service page
terms-title = Conditions d’utilisation
terms-heading = Le contrat entre vous et { $operator }
terms-effective = En vigueur depuis le <date>{ $date }</date>
terms-translation-notice = Ces conditions d’utilisation sont une traduction. Seule la <link>version { $language ->
        [en] anglaise
        [de] allemande
       *[fr] française
    }</link> fait foi.
terms-service-heading = 1. Le service
terms-service = { $operator } exploite ce serveur Obscura. Il vous permet de créer des images à partir de prompts textuels et d’images de référence, de les conserver dans une galerie privée et de les partager quand vous le décidez. La génération d’images s’appuie sur les modèles que ce serveur est configuré pour utiliser, listés dans la <privacy>politique de confidentialité</privacy>.
terms-account-heading = 2. Votre compte
terms-account = Vous devez avoir au moins { $age } ans. Ne communiquez à personne votre mot de passe ni vos clés d’API ; vous êtes responsable de ce qui en est fait. Vous pouvez fermer votre compte à tout moment depuis vos paramètres ; tout ce qu’il contient est alors supprimé.
terms-content-heading = 3. Vos prompts et vos images
terms-content = Ce que vous fournissez et ce que vous obtenez vous appartient, dans la mesure permise par la loi. Vous autorisez l’exploitant à les conserver et à les traiter uniquement pour vous fournir le service : les générer, les conserver, les afficher et, à votre demande, les partager ou les exporter. Ils ne servent pas à entraîner des modèles et ne sont montrés à personne, sauf si vous les partagez.
terms-content-ai = Les résultats produits par l’IA peuvent ressembler à des œuvres existantes ou être inexacts. Vérifiez que votre utilisation d’une image est licite avant de la publier.
terms-use-heading = 4. Règles d’utilisation
terms-use-lead = N’utilisez pas Obscura pour créer ou partager :
terms-use-minors = des contenus sexuels impliquant des mineurs, sous quelque forme que ce soit ;
terms-use-intimate = des images intimes ou sexuelles de personnes réelles sans leur consentement ;
terms-use-harassment = des contenus qui harcèlent ou menacent des personnes ou des groupes, ou qui incitent à la violence contre eux ;
terms-use-deception = des images trompeuses de personnes ou d’événements réels destinées à induire en erreur, ou des contenus qui portent atteinte aux droits d’autrui ;
terms-use-abuse = des logiciels malveillants, du spam, ou des tentatives de perturber ou de surcharger le service, ou d’en contourner les limites.
terms-use-refused = Les fournisseurs de modèles peuvent refuser des prompts selon leurs propres règles ; les générations refusées ne sont pas facturées.
terms-credits-heading = 5. Crédits
terms-credits = Les générations coûtent des crédits, affichés avant que vous ne commenciez. Les crédits ne sont débités que pour les images terminées ; les générations échouées ou refusées sont remboursées automatiquement.
terms-end-heading = 6. Suspension et résiliation
terms-end = L’exploitant peut suspendre un compte qui enfreint ces conditions et vous en indiquera la raison, sauf si la loi l’interdit. Vous pouvez exporter vos données avant la fermeture de votre compte.
terms-liability-heading = 7. Garantie et responsabilité
terms-liability = Le service est fourni en l’état, sans garantie de disponibilité ininterrompue. Les présentes conditions ne limitent ni la responsabilité qui ne peut l’être en vertu de la loi, notamment en cas de faute dolosive ou de faute lourde, ni vos droits en tant que consommateur.
terms-law-heading = 8. Droit applicable et contact
terms-law = Ces conditions sont régies par { $law }.
terms-law-default = le droit du pays où l’exploitant est établi
terms-questions = Questions : <mail>{ $email }</mail>.

## The policy's versions
versions-title = Versions de la politique
versions-heading = Versions et modifications
versions-lead = Chaque configuration de ce serveur donne une version de la <policy>politique de confidentialité</policy>. Les modifications importantes sont annoncées ici et par e-mail avant leur entrée en vigueur.
versions-loading = Chargement…
versions-status-current = En vigueur
versions-status-announced = Annoncée
versions-status-earlier = Antérieure
versions-status = { $status } · version <code>{ $version }</code>
versions-takes-effect = Entre en vigueur le { $date }
versions-effective = Entrée en vigueur le { $date }
versions-what-changes = Ce qui change :
versions-announced = (annoncé le { $date })
versions-first = La première version enregistrée sur ce serveur, ou aucun changement dans ce que dit la politique.
versions-added = Ajouté ou modifié
versions-removed = Supprimé ou remplacé

## The policy's versions: statements compared between versions
versions-statement-controller = Responsable du traitement : { $name }
versions-statement-address = Adresse du responsable du traitement : { $address }
versions-statement-contact = Contact pour la protection des données : { $email }
versions-statement-dpo = Délégué à la protection des données : { $email }
versions-statement-authority = Autorité de contrôle : { $authority }
versions-statement-authoritative = Langue qui fait foi pour la politique : { $language ->
        [en] anglais
        [de] allemand
       *[fr] français
    }
versions-statement-recipient = Destinataire { $name } : { $purpose } Reçoit : { $data } Où : { $location }
versions-statement-data = Données { $name } : { $purpose } Base légale : { $basis }. Conservation : { $retention }
versions-statement-min-age = Âge minimum : { $age }
versions-statement-google-offered = Connexion avec Google : proposée
versions-statement-google-not-offered = Connexion avec Google : non proposée
versions-statement-grace = Délai de grâce avant la suppression du compte : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }

## Formats: how this language writes numbers, sizes, money and dates (read by the code, not shown alone)
format-group = {"\u202F"}
format-decimal = ,
format-unit-space = {"\u00A0"}
format-byte-units = o Ko Mo Go
format-months = janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.
format-date = { $day }{"\u00A0"}{ $month }{"\u00A0"}{ $year }
format-money = { $kind ->
    [sign] { $amount }{"\u00A0"}{ $symbol }
   *[code] { $amount }{"\u00A0"}{ $symbol }
}
