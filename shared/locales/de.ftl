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

## Cookie banner and choices
consent-title = Ihre Cookie-Auswahl
consent-lead = Wir setzen nur, was die Website zum Funktionieren braucht. Mit Ihrer Erlaubnis zählen wir außerdem selbst die Seitenaufrufe – ohne Tracker, ohne Werbung, ohne Weitergabe.
consent-lead-changed = Unsere Cookie-Liste hat sich seit Ihrer letzten Auswahl geändert, deshalb fragen wir erneut.
consent-lead-renew = Ihre Auswahl ist über sechs Monate alt; wir fragen erneut, damit sie Ihre Entscheidung bleibt.
consent-what-we-store = Was wir speichern
consent-signal = Ihr Browser sendet ein { $signal }-Signal, daher werten wir es als „Nein“ zum Zählen Ihrer Besuche, egal was Sie hier wählen.
consent-accept-all = Alle akzeptieren
consent-reject-all = Alle ablehnen
consent-customise = Anpassen
consent-purposes = Zwecke der Cookies
consent-essential = Notwendig – immer aktiv
consent-essential-hint = Sie halten Sie angemeldet, schützen die Anmeldung mit Google und merken sich diese Auswahl und Ihr Farbschema. Ohne sie funktioniert die Website nicht, daher brauchen sie keine Einwilligung.
consent-analytics = Zählung der Seitenaufrufe – aus, solange Sie sie nicht erlauben
consent-analytics-hint = Wir zählen, welche Seiten pro Tag besucht werden, von welcher Website aus, auf welcher Art Gerät und, falls bekannt, aus welchem Land. Gezählt nur von diesem Server: kein eigenes Cookie, keine IP-Adresse, kein Konto, keine Weitergabe.
consent-save = Auswahl speichern

## Page not found
not-found-title = Seite nicht gefunden
not-found-heading = Diese Seite gibt es nicht
not-found-text = Der Link ist vielleicht falsch geschrieben, oder sein Ziel wurde entfernt oder wird nicht mehr geteilt.
not-found-home = Zur Startseite
not-found-support = Support kontaktieren
