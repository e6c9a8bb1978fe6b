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
