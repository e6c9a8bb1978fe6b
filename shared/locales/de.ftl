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
footer-language-unknown = Diese Sprache wird hier nicht angeboten. Gehen Sie zurück und wählen Sie eine aus der Liste.

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

## Landing page
landing-badge = Selbst gehostet · Open Source · keine Tracker
landing-title-start = Bilder mit KI erstellen.
landing-title-end = Und sie für sich behalten.
landing-lead = Obscura ist ein KI-Bildstudio, das Sie respektiert: Erzeugen Sie Bilder aus einem Prompt oder einem Referenzbild, führen Sie eine private Galerie, teilen Sie nur, was Sie auswählen, und nehmen Sie Ihre Daten mit, wann immer Sie möchten.
landing-signup = Kostenloses Konto erstellen
landing-try = Ohne Konto ausprobieren
landing-credits = Neue Konten starten mit kostenlosen Credits. Keine Karte nötig.
landing-privacy-link = Lesen Sie, was wir mit Ihren Daten tun
landing-features-title = Gemacht für Menschen, die Datenschutzerklärungen lesen
landing-feature-private = Standardmäßig privat
landing-feature-private-text = Jedes Bild, das Sie erstellen, landet in einer Galerie, die nur Sie öffnen können. Nichts ist öffentlich, bevor Sie es teilen, und Freigaben können ablaufen oder mit einem Klick widerrufen werden.
landing-feature-models = Ihre Modelle, Ihre Regeln
landing-feature-models-text = Nutzen Sie den eingebauten Offline-Renderer, einen OpenAI-kompatiblen Dienst oder einen Stable-Diffusion-Server auf Ihrer eigenen GPU. Der Betreiber entscheidet, wohin Prompts gehen, und die Datenschutzerklärung sagt genau das.
landing-feature-policy = Eine Datenschutzerklärung, die von selbst stimmt
landing-feature-policy-text = Die Datenschutzerklärung wird aus der laufenden Konfiguration erzeugt: Jeder Dienst, der Ihre Daten erhält, wird genannt – mit dem, was er erhält, und wie lange es aufbewahrt wird.
landing-feature-rights = Ihre Rechte, selbst ausgeübt
landing-feature-rights-text = Laden Sie alles herunter, was Sie je erstellt haben, schränken Sie die Verarbeitung ein oder löschen Sie Ihr Konto selbst – ohne jemandem zu schreiben und ohne zu warten.
landing-how-title = So funktioniert es
landing-step-describe = Beschreiben
landing-step-describe-text = Schreiben Sie einen Prompt und fügen Sie ein Referenzbild hinzu, falls Sie eines haben.
landing-step-generate = Erzeugen
landing-step-generate-text = Verfolgen Sie Ihren Auftrag von „wartend“ bis „fertig“; die Kosten sehen Sie vor dem Start.
landing-step-keep = Behalten oder teilen
landing-step-keep-text = Ihre Galerie bleibt privat; teilen Sie ein einzelnes Bild auf einer Seite, die endet, wann Sie es wollen.
landing-start-title = In weniger als einer Minute loslegen
landing-start-text = Registrieren Sie sich mit Ihrer E-Mail-Adresse oder mit Google. Alles lässt sich später in Ihren Einstellungen exportieren oder löschen.

## Times
time-just-now = gerade eben
time-minutes-ago = { $count ->
    [one] vor 1 Minute
   *[other] vor { $count } Minuten
}
time-hours-ago = { $count ->
    [one] vor 1 Stunde
   *[other] vor { $count } Stunden
}
time-days-ago = { $count ->
    [one] vor 1 Tag
   *[other] vor { $count } Tagen
}

## Formats: how this language writes numbers, sizes, money and dates (read by the code, not shown alone)
format-group = .
format-decimal = ,
format-unit-space = {"\u00A0"}
format-byte-units = B KB MB GB
format-months = Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.
format-date = { $day }.{"\u00A0"}{ $month }{"\u00A0"}{ $year }
format-money = { $kind ->
    [sign] { $amount }{"\u00A0"}{ $symbol }
   *[code] { $amount }{"\u00A0"}{ $symbol }
}
