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
