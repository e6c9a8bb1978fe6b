# Die Oberfläche von Obscura auf Deutsch.

## Header
nav-main = Hauptmenü
nav-create = Erstellen
nav-gallery = Galerie
nav-privacy = Datenschutz
nav-terms = Nutzungsbedingungen
nav-support = Hilfe
nav-sign-in = Anmelden
nav-get-started = Loslegen
nav-menu = Menü
nav-mobile = Mobilmenü
nav-account-menu = Kontomenü von { $name }
nav-profile = Profil
nav-security = Sicherheit
nav-shares = Freigaben
nav-credits = { $count ->
    [one] { $count } Credit
   *[other] { $count } Credits
}
nav-sign-out = Abmelden

## Footer
footer-tagline = Ein privates Bildstudio. Betrieben von { $operator }.
footer-development = Entwicklungsmodus
footer-nav = Fußzeile
footer-privacy = Datenschutz
footer-terms = Nutzungsbedingungen
footer-cookies = Cookie-Einstellungen
footer-support = Hilfe
footer-api = API
footer-language = Sprache
footer-language-apply = Sprache wechseln
