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
