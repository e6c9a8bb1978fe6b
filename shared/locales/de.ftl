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
site-unnamed-operator = Betreiber dieses Obscura-Servers
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


# ─── Accounts: sign-in, settings, two-step verification, the privacy centre ───
## Shared by the account pages
account-sign-in = Anmelden
account-sign-in-title = Anmelden
account-email = E-Mail-Adresse
account-password = Passwort
account-sign-in-needed-heading = Melden Sie sich an, um fortzufahren
account-sign-in-needed-lead = Diese Seite gehört zu Ihrem Konto.

## Form widgets
form-optional = (optional)
form-correct-fields = { $count ->
    [one] Bitte korrigieren Sie das unten markierte Feld.
   *[other] Bitte korrigieren Sie die { $count } unten markierten Felder.
}

## Notices after a redirect to the sign-in pages
account-notice-signed-out = Sie sind abgemeldet.
account-notice-link-sent = Falls ein Konto diese Adresse verwendet, ist ein Anmeldelink unterwegs. Er funktioniert einmal, 15 Minuten lang.
account-notice-reset-sent = Falls ein Konto diese Adresse verwendet, ist ein Link zum Festlegen eines neuen Passworts unterwegs. Er funktioniert 30 Minuten lang.
account-notice-sign-in-needed = Melden Sie sich an, um fortzufahren.
account-notice-account-closed = Ihr Konto ist geschlossen und alle Sitzungen sind abgemeldet. Wir haben Ihnen einen Link geschickt, mit dem Sie es behalten können, falls Sie es sich anders überlegen, bevor es gelöscht wird.
account-notice-account-erased = Ihr Konto und alle seine Inhalte sind gelöscht. Danke, dass Sie Obscura genutzt haben.
account-notice-session-ended = Ihre Sitzung ist beendet. Melden Sie sich erneut an, um fortzufahren.
account-notice-two-step-expired = Diese Anmeldung hat zu lange auf ihren Code gewartet oder zu viele falsche Codes erhalten. Melden Sie sich erneut an.
account-notice-google-unverified = Google hat diese E-Mail-Adresse nicht bestätigt, daher kann sie hier nicht zur Anmeldung verwendet werden. Bestätigen Sie sie zuerst bei Google oder melden Sie sich auf andere Weise an.
account-notice-google-no-email = Google hat keine E-Mail-Adresse übermittelt, die ein Konto aber braucht. Melden Sie sich auf andere Weise an.

## Sign in
signin-passkey = Mit einem Passkey anmelden
signin-heading = Bei Obscura anmelden
signin-new-here = Neu hier?
signin-create-account = Konto erstellen
signin-google = Weiter mit Google
signin-or = oder
signin-forgot = Passwort vergessen?
signin-email-link = Anmeldelink per E-Mail senden

## Sign up
signup-title = Konto erstellen
signup-heading = Ihr Obscura-Konto erstellen
signup-have-one = Sie haben schon eines?
signup-google = Mit Google registrieren
signup-or-email = oder mit Ihrer E-Mail-Adresse
signup-name = Vollständiger Name
signup-company = Unternehmen
signup-language = Sprache
signup-language-hint = Für die E-Mails, die wir Ihnen senden.
signup-password-hint = Mindestens 8 Zeichen. Einige Wörter ohne Zusammenhang ergeben ein starkes Passwort.
signup-age = Ich bin mindestens { $age } Jahre alt.
signup-accept = Mit der Registrierung akzeptieren Sie die
signup-accept-terms = Nutzungsbedingungen
signup-accept-data = . Wie wir mit Ihren Daten umgehen:
signup-accept-privacy = Datenschutzerklärung
signup-submit = Konto erstellen
signup-sent-title = Prüfen Sie Ihr Postfach
signup-sent-lead = Wir haben eine Nachricht an die angegebene Adresse geschickt. Öffnen Sie den Link darin, um Ihre Adresse zu bestätigen und sich anzumelden. Er funktioniert 48 Stunden lang.
signup-sent-nothing = Nach ein paar Minuten ist nichts angekommen? Sehen Sie in Ihrem Spam-Ordner nach oder
signup-sent-try-again = versuchen Sie es erneut
signup-sent-other-address = mit einer anderen Adresse.

## Password reset
reset-title = Passwort zurücksetzen
reset-lead = Wir senden Ihnen einen Link per E-Mail, mit dem Sie ein neues festlegen.
reset-submit = Link per E-Mail senden
reset-back = Zurück zur Anmeldung

## Emailed links
link-invalid-title = Dieser Link funktioniert nicht
link-invalid-text = Er ist vielleicht unvollständig (manche E-Mail-Programme zerbrechen lange Links) oder für etwas anderes gedacht. Fordern Sie einen neuen an.
link-expired-title = Dieser Link ist abgelaufen
link-expired-text = Zu Ihrer Sicherheit funktionieren Links nur kurze Zeit. Fordern Sie einen neuen an.
link-used-title = Dieser Link wurde bereits verwendet
link-used-text = Jeder Link funktioniert nur einmal. Falls Sie das nicht waren, setzen Sie Ihr Passwort zurück und prüfen Sie Ihr Sicherheitsprotokoll.
link-google-title = Die Anmeldung mit Google wurde nicht abgeschlossen
link-google-text = Die Anmeldung wurde unterbrochen, hat länger als 10 Minuten gedauert oder wurde in einem anderen Browser begonnen. Bitte beginnen Sie erneut.
link-magic-lead = Sie melden sich an als
link-verify-title = E-Mail-Adresse bestätigen
link-verify-lead = Bestätigen Sie, dass diese Adresse Ihnen gehört:
link-verify-button = Bestätigen und anmelden
link-reset-title = Neues Passwort festlegen
link-reset-lead = Für das Konto
link-reset-button = Passwort speichern und anmelden
link-email-change-title = Neue Adresse bestätigen
link-email-change-lead = Diese Adresse für Ihr Konto verwenden:
link-email-change-button = Diese Adresse verwenden
link-keep-title = Konto behalten
link-keep-lead = Die Löschung dieses Kontos abbrechen:
link-keep-button = Konto behalten und anmelden
link-google-signup-lead = Sie erstellen ein Obscura-Konto mit Ihrem Google-Konto
link-google-signup-button = Mein Konto erstellen
link-google-signup-keep = Wir übernehmen von Google nur Ihren Namen, Ihre E-Mail-Adresse und die Adresse Ihres Profilbilds – niemals ein Google-Passwort oder -Token.
link-reset-password = Neues Passwort
link-reset-password-hint = Mindestens 8 Zeichen. Beim Speichern werden alle anderen Geräte abgemeldet.
link-reset-password-button = Passwort zurücksetzen

## Two-step verification
mfa-title = Zwei-Schritt-Verifizierung
mfa-no-sign-in = Diese Seite fragt während der Anmeldung nach Ihrem Code. Melden Sie sich zuerst an.
mfa-enter-code = Code eingeben
mfa-lead-passkey = Ihr Konto verlangt einen zweiten Schritt: Verwenden Sie Ihren Passkey oder geben Sie einen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.
mfa-lead-app = Ihr Konto verlangt einen zweiten Schritt. Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für Obscura anzeigt.
mfa-use-passkey = Passkey verwenden
mfa-code = Code
mfa-code-hint = Kein Telefon zur Hand? Geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.
mfa-verify = Bestätigen und anmelden
mfa-waits = Die Anmeldung wartet 5 Minuten auf den Code. Telefon und Codes verloren? Schreiben Sie dem Betreiber dieses Servers.
mfa-required-title = Zwei-Schritt-Verifizierung erforderlich
mfa-required-lead = Die Admin-Seiten stehen nur Konten mit Zwei-Schritt-Verifizierung offen, damit ein gestohlenes Passwort nicht genügt, um sie zu erreichen.
mfa-required-text = Richten Sie in Ihren Sicherheitseinstellungen eine Authenticator-App ein (das dauert eine Minute) und kommen Sie dann zurück.
mfa-required-set-up = Zwei-Schritt-Verifizierung einrichten
mfa-codes-file-title = Obscura-Wiederherstellungscodes
mfa-codes-file-text = Jeder Code funktioniert einmal, anstelle eines Codes aus Ihrer Authenticator-App.
mfa-recovery-codes = Wiederherstellungscodes
mfa-recovery-left-passkeys = Noch { $count } von 10. Jeder funktioniert einmal, falls Sie Ihre Passkeys verlieren.
mfa-recovery-left-phone = Noch { $count } von 10. Jeder funktioniert einmal, falls Sie Ihr Telefon verlieren.
mfa-recovery-new = Neue Codes
mfa-sign-in-again = Änderungen hier erfordern eine frische Anmeldung: Melden Sie sich zuerst ab und wieder an (danach haben Sie 15 Minuten Zeit).
mfa-setup-title = Authenticator-App einrichten
mfa-setup-scan = Scannen Sie diesen QR-Code mit einer Authenticator-App (zum Beispiel Aegis, 2FAS, Google Authenticator, 1Password).
mfa-setup-key = Oder geben Sie diesen Schlüssel in die App ein:
mfa-setup-type = Geben Sie den 6-stelligen Code ein, den die App anzeigt.
mfa-setup-code = Code aus der App
mfa-setup-turn-on = Einschalten
mfa-setup-cancel = Abbrechen
mfa-app = Authenticator-App
mfa-app-on = An
mfa-app-since = Seit
mfa-app-remove-label = Authenticator-App entfernen
mfa-remove = Entfernen
mfa-off-passkeys = Ihre Passkeys sind Ihr zweiter Schritt. Sie können zusätzlich eine Authenticator-App einrichten, um sich auch dort anzumelden, wo Sie Ihre Passkeys nicht zur Hand haben.
mfa-off = Aus. Mit der Zwei-Schritt-Verifizierung verlangt die Anmeldung zusätzlich einen Code aus einer App auf Ihrem Telefon – ein gestohlenes Passwort genügt dann nicht.
mfa-set-up-app = Authenticator-App einrichten
mfa-codes-shown = Ihre Wiederherstellungscodes. Bewahren Sie sie sicher auf: Sie werden nur jetzt angezeigt, und jeder funktioniert einmal.
mfa-codes-download = Als Textdatei herunterladen
mfa-passkey-added-used = Hinzugefügt am { $added }, zuletzt verwendet am { $used }
mfa-passkey-added-unused = Hinzugefügt am { $added }, noch nie verwendet
mfa-passkey-remove-label = Passkey „{ $name }“ entfernen
mfa-passkey-name = Name des neuen Passkeys
mfa-passkey-name-placeholder = Mein Laptop
mfa-passkey-add = Passkey hinzufügen
mfa-passkeys = Passkeys
mfa-passkeys-text = Mit einem Passkey melden Sie sich über die Bildschirmsperre Ihres Geräts an (Fingerabdruck, Gesicht oder PIN), ganz ohne Passwort; nach einem Passwort dient er auch als zweiter Schritt.

## Settings: menu and notices
settings-menu = Einstellungen
settings-menu-profile = Profil
settings-menu-security = Sicherheit
settings-menu-shares = Freigaben
settings-menu-privacy = Datenschutz
settings-menu-billing = Abrechnung
settings-menu-api = API
settings-menu-connections = Verbindungen
settings-notice-welcome = Willkommen bei Obscura. Ihre E-Mail-Adresse ist bestätigt.
settings-notice-earlier-access-removed = Ihre E-Mail-Adresse ist bestätigt und das Konto gehört allein Ihnen. Jemand hatte sich mit dieser Adresse registriert, bevor sie bestätigt war (vielleicht Sie selbst, in einem anderen Browser). Deshalb wurden das damals gewählte Passwort, alle anderen angemeldeten Geräte und ein eventuell verknüpftes Google-Konto entfernt. Wählen Sie unten ein Passwort, wenn Sie eines möchten; Sie können sich jederzeit auch mit einem Link per E-Mail anmelden.
settings-notice-signed-in = Sie sind angemeldet.
settings-notice-saved = Ihr Profil ist gespeichert.
settings-notice-avatar-saved = Ihr Bild ist gespeichert.
settings-notice-avatar-removed = Ihr Bild ist entfernt.
settings-notice-email-sent = Wir haben einen Bestätigungslink an die neue Adresse geschickt. Ihre bisherige Adresse bleibt in Gebrauch, bis Sie ihn öffnen.
settings-notice-email-changed = Ihre E-Mail-Adresse ist geändert.
settings-notice-password-changed = Ihr Passwort ist geändert. Alle anderen Geräte wurden abgemeldet.
settings-notice-verification-sent = Wir haben Ihnen einen neuen Bestätigungslink geschickt.
settings-notice-session-ended = Diese Sitzung ist abgemeldet.
settings-notice-sessions-ended = Alle anderen Sitzungen sind abgemeldet.
settings-notice-share-revoked = Dieser Freigabelink funktioniert nicht mehr.
settings-notice-share-updated = Das Ablaufdatum der Freigabe ist geändert.
settings-notice-privacy-saved = Ihre Datenschutzeinstellungen sind gespeichert.
settings-notice-export-queued = Wir erstellen Ihre Kopie. Sobald sie fertig ist, senden wir Ihnen einen Link per E-Mail.
settings-notice-export-too-soon = Sie haben vor weniger als einer Stunde eine Kopie angefordert; sie ist unten aufgeführt.
settings-notice-account-kept = Ihr Konto bleibt bestehen, und Sie sind wieder angemeldet.
settings-notice-two-step-setup = Scannen Sie den QR-Code unten mit Ihrer Authenticator-App und geben Sie dann den angezeigten Code ein.
settings-notice-two-step-removed = Die Zwei-Schritt-Verifizierung ist ausgeschaltet.
settings-notice-two-step-cancelled = Die Einrichtung ist abgebrochen.
settings-notice-passkey-added = Ihr Passkey ist hinzugefügt.
settings-notice-passkey-removed = Der Passkey ist entfernt.
settings-notice-key-revoked = Der Schlüssel ist widerrufen: Anfragen damit werden ab sofort abgelehnt.
settings-notice-key-unchanged = Dieser Schlüssel war bereits widerrufen oder gehört nicht Ihnen.
settings-notice-cap-saved = Ihr tägliches API-Limit ist gespeichert.
settings-notice-cap-removed = Ihre API-Schlüssel haben jetzt kein tägliches Limit mehr.
settings-notice-webhook-saved = Ihr Webhook-Endpunkt ist gespeichert.
settings-notice-webhook-removed = Der Webhook-Endpunkt ist entfernt: Es werden keine Ereignisse mehr gesendet.
settings-notice-webhook-test-sent = Ein Testereignis ist unterwegs: Seine Zustellung erscheint unten.
settings-notice-webhook-none = Legen Sie zuerst einen Endpunkt fest.
settings-notice-connected = Verbunden. Wählen Sie unten, wo Obscura für dieses Konto veröffentlichen darf.
settings-notice-disconnected = Getrennt; die Plattform hat den Zugriff von Obscura widerrufen, und die Tokens sind gelöscht.
settings-notice-disconnected-local = Getrennt, und die Tokens sind hier gelöscht. Diese Plattform bietet Apps keine Möglichkeit, den Zugriff zu widerrufen: Entfernen Sie Obscura auch in den App-Einstellungen der Plattform.
settings-notice-targets-saved = Ihre Auswahl, wo veröffentlicht werden darf, ist gespeichert.
settings-notice-connect-cancelled = Es wurde nichts verbunden: Sie haben bei der Plattform abgebrochen.
settings-notice-connect-expired = Dieser Verbindungsversuch ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut.
settings-notice-connect-failed = Die Plattform konnte die Verbindung nicht herstellen. Bitte versuchen Sie es in ein paar Minuten erneut.
settings-notice-history-deleted = Dieser Eintrag ist aus Ihrem Veröffentlichungsverlauf gelöscht.

## Settings: profile
settings-profile-title = Profil
settings-profile-about = Über Sie
settings-profile-name = Vollständiger Name
settings-profile-company = Unternehmen
settings-profile-language = Sprache
settings-profile-save = Profil speichern
settings-avatar-title = Bild
settings-avatar-alt = Ihr Bild
settings-avatar-upload-label = Bild hochladen
settings-avatar-hint = PNG, JPEG oder WebP, bis 5 MB, 12,5 Megapixel und 4096 Pixel pro Seite. Wir schneiden es quadratisch zu.
settings-avatar-upload = Hochladen
settings-avatar-remove = Bild entfernen
settings-email-title = E-Mail-Adresse
settings-email-verified = Bestätigt
settings-email-unverified = Noch nicht bestätigt
settings-email-new = Neue E-Mail-Adresse
settings-current-password = Aktuelles Passwort
settings-email-send = Bestätigungslink senden
settings-password-title = Passwort
settings-password-set-title = Passwort festlegen
settings-password-none = Sie melden sich mit Google oder mit Links per E-Mail an. Mit einem Passwort können Sie sich auch ohne sie anmelden.
settings-password-new = Neues Passwort
settings-password-hint = Mindestens 8 Zeichen. Eine Änderung meldet alle anderen Geräte ab.
settings-password-change = Passwort ändern
settings-google-linked = Ihr Google-Konto ist verknüpft: Sie können sich damit anmelden. Wir übernehmen von Google nur Ihren Namen, Ihre E-Mail-Adresse und die Adresse Ihres Profilbilds, niemals ein Google-Passwort oder -Token.
settings-google-unlinked = Es ist kein Google-Konto verknüpft. Wenn Sie sich mit einem Google-Konto anmelden, das dieselbe bestätigte Adresse verwendet, wird es verknüpft.

## Settings: security
security-title = Sicherheit
security-loading = Wird geladen …
security-ip-full = Dieser Server speichert die IP-Adresse jedes Ereignisses.
security-ip-hashed = Dieser Server speichert von der IP-Adresse jedes Ereignisses nur einen gesalzenen Hash: Dieselbe Adresse ergibt denselben Code, die Adresse selbst wird aber nicht gespeichert.
security-ip-none = Dieser Server speichert keine IP-Adressen.
security-sessions-title = Wo Sie angemeldet sind
security-sessions-end-others = Überall sonst abmelden
security-sessions-lifetime = Sitzungen enden nach 7 Tagen ohne Nutzung und nach höchstens 30 Tagen.
security-session-this-device = Dieses Gerät
security-session-last-active = Zuletzt aktiv
security-session-signed-in = angemeldet am
security-session-sign-out = Abmelden
security-session-sign-out-device = { $device } abmelden
security-log-title = Sicherheitsprotokoll
security-log-empty = Noch nichts.

## Security log events
event-account-created = Konto erstellt
event-sign-in = Angemeldet
event-sign-in-failed = Fehlgeschlagene Anmeldung (falsches Passwort)
event-new-device = Anmeldung von einem neuen Gerät
event-sign-out = Abgemeldet
event-session-ended = Sitzung beendet
event-password-changed = Passwort geändert
event-password-reset = Passwort per E-Mail zurückgesetzt
event-email-verified = E-Mail-Adresse bestätigt
event-email-changed = E-Mail-Adresse geändert
event-google-linked = Google-Konto verknüpft
event-profile-changed = Profil aktualisiert
event-content-blocked = Ein Prompt wurde durch die Inhaltsregeln dieses Servers abgelehnt
event-content-rejected = Der Bilddienst hat einen Prompt nach seinen Inhaltsregeln abgelehnt
event-erasure-requested = Kontolöschung beantragt
event-erasure-cancelled = Kontolöschung abgebrochen
event-earlier-access-removed = Adresse bestätigt: Was vor der Bestätigung eingerichtet war, wurde entfernt
event-unconfirmed-sign-in-refused = Anmeldung abgelehnt, bis die Adresse bestätigt ist
event-two-step-added = Zwei-Schritt-Verifizierung hinzugefügt
event-two-step-removed = Zwei-Schritt-Verifizierung entfernt
event-recovery-codes-renewed = Neue Wiederherstellungscodes erstellt
event-recovery-code-used = Mit einem Wiederherstellungscode angemeldet
event-two-step-failed = Fehlgeschlagene Anmeldung (falscher Bestätigungscode)
event-api-key-created = API-Schlüssel erstellt
event-api-key-revoked = API-Schlüssel widerrufen
event-webhook-changed = Webhook-Endpunkt festgelegt
event-webhook-removed = Webhook-Endpunkt entfernt
event-social-connected = Social-Media-Konto verbunden
event-social-disconnected = Social-Media-Konto getrennt

## Security log: event details and devices
security-detail-password-change = Passwortänderung
security-detail-email-change = Änderung der E-Mail-Adresse
security-detail-account-deletion = Kontolöschung
security-detail-sign-up-password = E-Mail-Adresse und Passwort
security-detail-picture = Profilbild
security-detail-authenticator-app = Authenticator-App
security-detail-passkey = Passkey „{ $name }“
security-detail-one-session = eine Sitzung
security-detail-other-sessions = { $count ->
        [one] { $count } weitere Sitzung
       *[other] { $count } weitere Sitzungen
    }
security-detail-method = { $method ->
        [password] Passwort
        [google] Google
        [passkey] Passkey
        [confirmation-link] Bestätigungslink per E-Mail
        [reset-link] Link zum Zurücksetzen des Passworts
       *[link] Anmeldelink per E-Mail
    }
security-detail-method-two-step = { security-detail-method } + { $step ->
        [app] Authenticator-App
        [recovery-code] Wiederherstellungscode
       *[passkey] Passkey
    }
security-detail-removed-password = Passwort
security-detail-removed-google = Google-Verknüpfung
security-detail-removed-sessions = { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
security-detail-removed-two-step = Zwei-Schritt-Verifizierung
security-device = { $browser } unter { $os }
security-device-unknown = Unbekanntes Gerät
security-device-unknown-browser = Unbekannter Browser
security-device-unknown-browser-on = Unbekannter Browser unter { $os }
list-and = { $head } und { $last }

## Settings: privacy center
privacy-center-title = Datenschutz
privacy-center-lead = Ihre Rechte an Ihren Daten – hier üben Sie sie selbst aus: eine Kopie erhalten, Ihre Daten berichtigen, einschränken, was wir damit tun, oder alles löschen.
privacy-center-loading = Wird geladen …
privacy-center-size-mb = { $size } MB
privacy-center-size-kb = { $size } kB
privacy-center-correct-title = Ihre Daten berichtigen
privacy-center-correct-text = Ihren Namen, Ihr Unternehmen, Ihre Sprache, Ihre E-Mail-Adresse und Ihr Bild können Sie jederzeit ändern.
privacy-center-correct-edit = Mein Profil bearbeiten
privacy-center-export-title = Eine Kopie Ihrer Daten erhalten
privacy-center-export-text = Eine ZIP-Datei mit Ihrem Konto, jeder Generierung als JSON und CSV, Ihren Credits, Freigaben, Sitzungen, Ihrem Sicherheitsprotokoll, Ihren Cookie-Entscheidungen und all Ihren Bildern. Sobald sie fertig ist, senden wir Ihnen einen Link per E-Mail; er funktioniert 7 Tage lang, danach wird die Datei gelöscht.
privacy-center-export-next = Die nächste Kopie können Sie nach { $time } anfordern: eine pro Stunde.
privacy-center-export-button = Meine Daten exportieren
privacy-center-export-building = Wir erstellen Ihre Kopie. Das dauert etwa eine Minute pro tausend Bilder. Zum Ansehen
privacy-center-export-refresh = laden Sie die Seite neu
privacy-center-export-wait = oder warten Sie auf die E-Mail.
privacy-center-export-queued = Wird erstellt
privacy-center-export-ready = Bereit · { $size } · bis { $until }
privacy-center-export-failed = Konnte nicht erstellt werden – bitte fordern Sie sie erneut an
privacy-center-export-expired = Nach 7 Tagen gelöscht
privacy-center-export-asked = Angefordert am
privacy-center-export-download = Herunterladen
privacy-center-restricted-since = Eingeschränkt seit { $time }.
privacy-center-choices-title = Einschränken, was wir tun
privacy-center-choices-text = Diese Einstellungen gelten für Ihr Konto überall, unabhängig von der Cookie-Entscheidung im jeweiligen Browser.
privacy-center-analytics = Mich von der Zählung der Seitenaufrufe ausnehmen
privacy-center-analytics-hint = Ihre Besuche werden nie gezählt, auch nicht in Browsern, in denen Sie Seitenaufrufe erlaubt haben.
privacy-center-product-emails = Keine Produkt-E-Mails
privacy-center-product-emails-hint = Keine Neuigkeiten, Tipps oder Angebote. E-Mails, die Sie selbst anfordern, und Sicherheitshinweise erhalten Sie weiterhin.
privacy-center-restrict = Verarbeitung einschränken
privacy-center-restrict-hint = Wir behalten Ihre Daten, verwenden sie aber nur noch für das, was Sie selbst tun: keine Zählungen, keine Produkt-E-Mails. Sie können sich weiterhin anmelden, alles ansehen und exportieren.
privacy-center-save = Speichern
privacy-center-consents-title = Ihre Cookie-Entscheidungen
privacy-center-consents-text = Jede Entscheidung, die Sie angemeldet getroffen haben, so wie wir sie gespeichert haben.
privacy-center-consents-change = Ihre Entscheidung ändern
privacy-center-consents-empty = Während Sie angemeldet waren, wurde keine Entscheidung gespeichert.
privacy-center-consents-caption = Cookie-Entscheidungen, neueste zuerst
privacy-center-consents-when = Wann
privacy-center-consents-choice = Entscheidung
privacy-center-consents-counts = Zählung der Seitenaufrufe
privacy-center-consents-signal = ({ $signal }-Signal)
privacy-center-consents-allowed = Erlaubt
privacy-center-consents-refused = Abgelehnt
privacy-center-consent-accepted = Alle akzeptiert
privacy-center-consent-rejected = Alle abgelehnt
privacy-center-consent-custom = Eigene Auswahl gespeichert
privacy-center-consent-withdrawn = Einwilligung widerrufen
privacy-center-delete-title = Mein Konto löschen
privacy-center-delete-text = { $days ->
    [0] Alle Sitzungen werden sofort abgemeldet und das Konto wird geschlossen. Ihre Bilder, Prompts, Freigaben, Credits und Aufzeichnungen werden sofort endgültig gelöscht.
   *[other] Alle Sitzungen werden sofort abgemeldet und das Konto wird geschlossen. Ihre Bilder, Prompts, Freigaben, Credits und Aufzeichnungen werden nach { $days } Tagen endgültig gelöscht; bis dahin können Sie das Konto mit dem Link behalten, den wir Ihnen per E-Mail senden.
}
privacy-center-delete-credits = Credits werden nicht erstattet. Erstellen Sie vorher eine Kopie Ihrer Daten, wenn Sie etwas behalten möchten.
privacy-center-delete-password = Ihr Passwort
privacy-center-delete-no-password = Ihr Konto hat kein Passwort, daher prüfen wir, ob Sie sich in den letzten 15 Minuten angemeldet haben.
privacy-center-delete-confirm = Geben Sie zur Bestätigung { $word } ein
privacy-center-delete-confirm-hint = In Großbuchstaben.

## Platform data-deletion status
deletion-title = Löschanfrage { $code }
deletion-eyebrow = Datenlöschung
deletion-lead = { $platform } hat Obscura gebeten, die darüber erhaltenen Daten zu löschen. Das ist geschehen.
deletion-platform = Plattform
deletion-deleted-label = Gelöscht
deletion-when = Wann
deletion-connections = { $count ->
    [one] { $count } Verbindung mit ihren Tokens
   *[other] { $count } Verbindungen mit ihren Tokens
}
deletion-posts = { $count ->
    [one] { $count } Eintrag im Veröffentlichungsverlauf
   *[other] { $count } Einträge im Veröffentlichungsverlauf
}
deletion-gallery = Bilder in Ihrer Obscura-Galerie sind nicht betroffen. Bereits auf der Plattform veröffentlichte Beiträge muss die Plattform löschen.

## Trial without an account
trial-title = Ohne Konto ausprobieren
trial-eyebrow = Obscura ausprobieren
trial-heading = Ein Bild erstellen, ganz ohne Konto
trial-lead = Ihr Prompt und Ihr Bild bleiben auf diesem Server, sind nur in diesem Browser sichtbar und werden nach 24 Stunden gelöscht.
trial-signed-in = Sie sind angemeldet:
trial-signed-in-link = Der vollständige Generator
trial-signed-in-end = bietet alle Modelle und Größen.
trial-loading = Wird geladen …
trial-prompt = Beschreiben Sie Ihr Bild
trial-prompt-hint = Ein paar Wörter genügen. Das Bild hat das Format { $size }; mit einem Konto stehen alle Größen zur Verfügung.
trial-model = Modell
trial-check-needs-script = Die Prüfung, ob Sie ein Mensch sind, braucht JavaScript. Ohne JavaScript erstellen Sie stattdessen ein Konto.
trial-out-of-images = { $count ->
    [one] Sie haben Ihr Testbild für heute erstellt. Erstellen Sie ein kostenloses Konto, um weiterzumachen: Ihre Testbilder nehmen Sie mit.
   *[other] Sie haben Ihre { $count } Testbilder für heute erstellt. Erstellen Sie ein kostenloses Konto, um weiterzumachen: Ihre Testbilder nehmen Sie mit.
}
trial-submit = Bild erstellen
trial-left = { $count ->
    [one] Heute noch { $left } von { $count } Testbild übrig
   *[other] Heute noch { $left } von { $count } Testbildern übrig
}
trial-image-alt = Testbild: { $prompt }
trial-painting = Wird gemalt …
trial-image-expires = { $model } · wird am { $time } UTC gelöscht, wenn Sie es nicht behalten
trial-download = Herunterladen
trial-disabled = Dieser Server bietet keinen Test an. Erstellen Sie ein Konto, um Bilder zu erstellen: Das dauert nur eine Minute.
trial-keep-title = Ihre Bilder behalten
trial-keep-text = { $count ->
    [one] Testbilder werden nach 24 Stunden gelöscht. Erstellen Sie vorher in diesem Browser ein kostenloses Konto, dann wandern sie in Ihre private Galerie; außerdem erhalten Sie { $count } Credit für weitere Bilder.
   *[other] Testbilder werden nach 24 Stunden gelöscht. Erstellen Sie vorher in diesem Browser ein kostenloses Konto, dann wandern sie in Ihre private Galerie; außerdem erhalten Sie { $count } Credits für weitere Bilder.
}
trial-keep-signup = Kostenloses Konto erstellen
trial-images-title = Ihre Testbilder
trial-empty = Noch nichts hier
trial-empty-example = Versuchen Sie es mit „ein Leuchtturm auf einer Klippe in der Abenddämmerung, Aquarell“.

## Support
support-title = Hilfe
support-heading = Wir helfen Ihnen gern
support-lead = Schreiben Sie uns, und ein Mensch antwortet Ihnen, in der Regel innerhalb von zwei Werktagen.
support-status-title = Dienststatus
support-status-checking = Wird geprüft …
support-contact-title = Kontakt
support-contact-help = Hilfe zum Dienst
support-contact-privacy = Datenschutzanfragen
support-tips-title = So erhalten Sie schneller eine Antwort
support-tip-address = Schreiben Sie von der E-Mail-Adresse Ihres Kontos.
support-tip-describe = Beschreiben Sie, was Sie getan haben, was Sie erwartet haben und was stattdessen passiert ist.
support-tip-secrets = Senden Sie niemals Ihr Passwort oder einen API-Schlüssel: Wir werden nie danach fragen.
support-data-title = Ihre Daten
support-data-text = Was wir speichern, warum, und wie Sie eine Kopie erhalten oder alles löschen, erklärt die
support-data-policy = Datenschutzerklärung
support-form-title = Schreiben Sie uns
support-form-sent = Vielen Dank: Ihre Nachricht ist gesendet. Wir haben Ihnen eine Bestätigung geschickt und antworten per E-Mail.
support-form-email = Ihre E-Mail-Adresse
support-form-email-hint = Hierhin antworten wir. Wenn Sie angemeldet sind, ist es die Adresse Ihres Kontos.
support-form-topic = Worum geht es?
support-form-topic-choose = Thema wählen
support-topic-help = Hilfe zum Studio
support-topic-account = Mein Konto oder die Anmeldung
support-topic-billing = Credits und Zahlungen
support-topic-bug = Etwas funktioniert nicht
support-topic-privacy = Datenschutzanfrage (Kopie, Berichtigung, Löschung, Widerspruch)
support-topic-underage = Ein Konto einer Person unter dem Mindestalter
support-topic-other = Etwas anderes
support-form-message = Ihre Nachricht
support-form-message-hint = Zwischen { $min } und { $max } Zeichen. Senden Sie niemals ein Passwort oder einen API-Schlüssel.
support-form-attachment = Ein Screenshot oder Bild
support-form-attachment-hint = PNG, JPEG oder WebP, bis 5 MB und 12,5 Megapixel. Wir entfernen seine Metadaten (etwa den Aufnahmeort), bevor wir es speichern.
support-form-send = Nachricht senden


# ─── The studio: page frame, create, gallery, sharing ───
## Page frame: skip link, banners, error panel, theme switch, description
layout-skip = Zum Inhalt springen
layout-loading = Wird geladen…
layout-verify = Bitte bestätigen Sie Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir Ihnen geschickt haben. Bis dahin können Sie keine Credits kaufen und nichts veröffentlichen.
layout-verify-resend = Link erneut senden
layout-policy-upcoming = Unsere Datenschutzerklärung ändert sich am { $date }.
layout-policy-changed = Unsere Datenschutzerklärung hat sich am { $date } geändert. Bitte nehmen Sie sich einen Moment Zeit, sie durchzusehen.
layout-policy-region = Änderung der Datenschutzerklärung
layout-policy-see = Änderungen ansehen
layout-policy-ack = Verstanden
shell-description = Obscura ist ein privates KI-Bildstudio, das Sie selbst betreiben können: Ihre Prompts und Bilder bleiben Ihre.
theme-switch-system = Design: folgt Ihrem System. Zu hell wechseln
theme-system = Systemdesign
theme-switch-light = Design: hell. Zu dunkel wechseln
theme-switch-dark = Design: dunkel. Zum Systemdesign wechseln
theme-light = Helles Design
theme-dark = Dunkles Design
error-panel-label = Fehler
error-panel-title = Etwas ist schiefgelaufen
error-panel-text = Wir konnten diese Seite nicht vollständig anzeigen. Nichts, was Sie gespeichert haben, ist verloren. Neu laden hilft meistens; wenn es weiterhin passiert, sagen Sie es uns über die Hilfeseite.
error-panel-reload = Neu laden
error-panel-help = Hilfe erhalten

## A generation's settings
generation-prompt = Prompt
generation-model = Modell
generation-size = Größe
generation-quality = Qualität
generation-seed = Seed
generation-credits = { $count ->
    [one] { $count } Credit
   *[other] { $count } Credits
}
generation-shape-square = Quadratisch
generation-shape-landscape = Querformat
generation-shape-portrait = Hochformat
generation-quality-auto = Automatisch
generation-quality-low = Entwurf
generation-quality-medium = Standard
generation-quality-high = Hoch
generation-use-reference = Als Referenz verwenden
generation-generating = Wird erzeugt…

## Create page
create-title = Erstellen
create-lead = Beschreiben Sie ein Bild; es erscheint unten, sobald es fertig ist. Nur Sie können es sehen.
create-new-image = Neues Bild
create-latest = Zuletzt erstellt
create-empty-title = Noch nichts hier
create-empty-text = Ihre Bilder erscheinen hier. Versuchen Sie einen Prompt wie „ein stiller Hafen im Morgengrauen, Pastellfarben“.

## Create form
create-prompt-placeholder = Ein Leuchtturm auf einer Klippe in der Abenddämmerung, warmes Licht, sanfte Wellen
create-prompt-count = { $count } / { $max } Zeichen
create-key-ctrl = Strg
create-key-enter = Enter
create-shortcut = zum Erzeugen
create-optional = (optional)
create-leave-out = Weglassen
create-leave-out-placeholder = unscharf, Text, Wasserzeichen
create-offline = Eingebaut und offline: ein prozeduraler Maler, der Ihren Worten folgt, kein KI-Modell.
create-seed-placeholder = Zufällig
create-seed-hint = Gleicher Prompt, gleicher Seed und gleiche Größe ergeben dasselbe Bild.
create-images = Bilder
create-reference = Referenzbild
create-drop = Bild hierher ziehen, einfügen oder
create-drop-choose = Datei auswählen
create-drop-hint = PNG, JPEG oder WebP, bis 20 MB und 40 Megapixel. Standort- und Kameradaten werden entfernt.
create-reference-alt = Das gewählte Referenzbild
create-reference-remove = Entfernen
create-cost = Kosten:
create-balance = Sie haben
create-too-dear = Dafür reichen Ihre Credits nicht.
create-ask-more = Fragen Sie nach mehr
create-too-dear-end = oder erstellen Sie weniger Bilder.
create-submit = Erzeugen
create-starting = Wird gestartet…

## A generation's card
job-queued = In der Warteschlange — wartet auf einen freien Worker…
job-progress = Wird erzeugt… { $ready } von { $count } fertig
job-done = Fertig
job-done-images = { $count ->
    [one] Fertig — { $count } Bild
   *[other] Fertig — { $count } Bilder
}
job-failed = Fehlgeschlagen — Ihre Credits wurden zurückgebucht
job-meta = { $model } · { $size } · Seed { $seed } · { $credits }
job-results = Ergebnisse
job-image-alt = Erzeugtes Bild { $number }: { $prompt }
job-download = Herunterladen
job-download-image = (Bild { $number })
job-kept = Aufbewahrt bis { $date }, danach gelöscht.

## Service status
status-ok = Alle Systeme funktionieren
status-database = Wir haben Probleme mit unserer Datenbank. Ihre Daten sind sicher; bitte versuchen Sie es in Kürze erneut.
status-storage = Wir haben Probleme beim Speichern von Dateien. Ihre Bilder sind sicher; bitte versuchen Sie es in Kürze erneut.
status-unknown = Status unbekannt
status-unreachable = Wir konnten den Server für die Prüfung nicht erreichen. Versuchen Sie es gleich noch einmal.
status-check = Erneut prüfen
status-checking = Wird geprüft…

## Gallery
gallery-title = Galerie
gallery-lead = Alles, was Sie erstellt haben. Nur Sie können es sehen – außer Sie geben ein Bild frei.
gallery-new-image = Neues Bild
gallery-notice-deleted = Gelöscht. Die Dateien sind entfernt, und ihre Freigabelinks funktionieren nicht mehr.
gallery-notice-nothing-selected = Wählen Sie zuerst mindestens ein Bild aus.
gallery-notice-retry-credits = Sie haben nicht genug Credits, um das noch einmal auszuführen.
gallery-notice-retry-unavailable = Diese Generierung kann nicht wiederholt werden: Ihr Modell wird möglicherweise nicht mehr angeboten.
gallery-loading = Wird geladen
gallery-delete-images = { $count ->
    [1] Dieses Bild löschen?
   *[other] Diese { $count } Bilder löschen?
}
gallery-delete-failed = { $count ->
    [1] Diese Generierung ohne Bilder löschen?
   *[other] Diese { $count } Generierungen ohne Bilder löschen?
}
gallery-delete-mixed = { $images ->
    [one] { $images } Bild
   *[other] { $images } Bilder
} und { $generations ->
    [one] { $generations } Generierung ohne Bilder
   *[other] { $generations } Generierungen ohne Bilder
} löschen?
gallery-delete-text = Ihre Dateien werden sofort gelöscht, und alle Freigabelinks darauf funktionieren nicht mehr. Das lässt sich nicht rückgängig machen.
gallery-delete-confirm = Endgültig löschen
gallery-cancel = Abbrechen
gallery-search-filter = Suchen und filtern
gallery-search = Prompts durchsuchen
gallery-search-placeholder = z. B. Leuchtturm
gallery-apply = Anwenden
gallery-clear = Zurücksetzen
gallery-filters = Filter
gallery-filters-count = Filter ({ $count })
gallery-any-model = Alle Modelle
gallery-status = Status
gallery-status-any = Jeder Status
gallery-status-done = Fertig
gallery-status-failed = Fehlgeschlagen
gallery-status-cancelled = Abgebrochen
gallery-status-in-progress = In Arbeit
gallery-shared = Freigabe
gallery-shared-any = Freigegeben oder nicht
gallery-shared-yes = Freigegeben
gallery-shared-no = Nicht freigegeben
gallery-from = Von
gallery-to = Bis
gallery-order = Reihenfolge
gallery-sort-newest = Neueste zuerst
gallery-sort-oldest = Älteste zuerst
gallery-filter-errors = Einige Filter konnten nicht angewendet werden und wurden weggelassen:
gallery-empty-title = Ihre Galerie ist leer
gallery-empty-text = Ihre Bilder erscheinen hier und bleiben privat, bis Sie sie freigeben.
gallery-empty-action = Ihr erstes Bild erstellen
gallery-no-match-title = Keine Treffer
gallery-no-match-text = Versuchen Sie andere Wörter oder weniger Filter.
gallery-show-all = Alles anzeigen
gallery-tick = Markieren Sie Bilder, um mehrere auf einmal zu löschen.
gallery-delete-selected = Auswahl löschen
gallery-images = Ihre Bilder
gallery-more = Mehr laden
gallery-select-failed = Fehlgeschlagene Generierung „{ $prompt }“ auswählen
gallery-select-cancelled = Abgebrochene Generierung „{ $prompt }“ auswählen
gallery-retry = Erneut versuchen
gallery-select = „{ $prompt }“ auswählen
gallery-badge-shared = Freigegeben

## One image in the gallery
item-notice-shared = Ihr Freigabelink ist bereit. Jeder, der ihn hat, kann dieses Bild sehen.
item-notice-revoked = Dieser Freigabelink funktioniert nicht mehr.
item-notice-updated = Der Ablauf der Freigabe wurde geändert.
item-title = { $prompt } — Galerie
item-breadcrumb = Pfadnavigation
item-image = Bild
item-prev-next = Vorheriges und nächstes Bild
item-newer = ← Neuer
item-older = Älter →
item-details = Bilddetails
item-copy-prompt = Prompt kopieren
item-left-out = Weggelassen
item-position = Bild { $number } von { $count }
item-took = Dauer
item-duration-ms = { $ms } ms
item-duration-s = { $seconds } s
item-cost = Kosten
item-created = Erstellt
item-kept = Aufbewahrung
item-kept-until = Aufbewahrt bis { $date }, danach gelöscht
item-kept-forever = Aufbewahrt, bis Sie es löschen
item-download = Original herunterladen
item-remix = Remixen
item-publish = Veröffentlichen
item-delete = Löschen…

## Sharing an image
share-title = Teilen
share-lead = Eine öffentliche Seite mit diesem Bild. Sie bestimmen, was sie zeigt und wann sie nicht mehr funktioniert.
share-show-prompt = Prompt anzeigen
share-show-name = Meinen Namen anzeigen ({ $name })
share-create = Freigabelink erstellen
share-links = Links zu diesem Bild
share-expiry = Link gültig
share-expiry-date = Datum (für „Bis zu einem Datum“)
share-expiry-never = Unbegrenzt
share-expiry-day = 1 Tag
share-expiry-week = 7 Tage
share-expiry-month = 30 Tage
share-expiry-on-date = Bis zu einem Datum…
share-expired = Abgelaufen am { $date }
share-until = Bis { $date }
share-no-expiry = Unbefristet
share-views = { $count ->
    [one] { $count } Aufruf
   *[other] { $count } Aufrufe
}
share-prompt-shown = Prompt sichtbar
share-name-shown = Name sichtbar
share-copy-link = Link kopieren
share-stop = Freigabe beenden

## The list of shares
shares-title = Freigaben
shares-lead = Öffentliche Links zu Ihren Bildern. Jeder mit einem Link kann das Bild sehen, bis der Link endet; wenn Sie einen Link beenden, endet er sofort.
shares-empty-title = Sie haben noch nichts freigegeben
shares-empty-text = Öffnen Sie ein Bild in Ihrer Galerie und wählen Sie „Teilen“, um einen Link zu erstellen.
shares-open-gallery = Galerie öffnen
shares-ended = Beendet am { $date }
shares-made = Erstellt am
shares-change-expiry = Ablauf ändern
shares-save-expiry = Ablauf speichern
shares-stop-label = Freigabe von „{ $prompt }“ beenden

## The public page of a share
share-page-fallback = Ein Bild, erstellt mit Obscura, einem privaten KI-Bildstudio.
share-page-by = Ein Bild von { $name }
share-page-untitled = Ein geteiltes Bild
share-page-alt = Ein über Obscura geteiltes Bild
share-page-shared-by = Geteilt von { $name }
share-page-on-x = Auf X teilen
share-page-on-facebook = Auf Facebook teilen
share-page-pin = Auf Pinterest merken
share-page-share = Teilen…
share-page-made-with = Mit Obscura erstellt
share-page-studio = — ein privates KI-Bildstudio.


# ─── Billing, the API, social publishing ───
## Billing: shared
billing-loading = Wird geladen …
billing-credits = { $count ->
    [one] { $count } Credit
   *[other] { $count } Credits
}
billing-period-day = { $count ->
    [one] pro Tag
   *[other] alle { $count } Tage
}
billing-period-week = { $count ->
    [one] pro Woche
   *[other] alle { $count } Wochen
}
billing-period-month = { $count ->
    [one] pro Monat
   *[other] alle { $count } Monate
}
billing-period-year = { $count ->
    [one] pro Jahr
   *[other] alle { $count } Jahre
}
billing-price-at-checkout = Preis wird beim Bezahlen angezeigt
billing-each-period = pro Zeitraum
billing-rollover = Nicht verbrauchte Credits bleiben Ihnen erhalten.
billing-no-rollover = Nicht verbrauchte Credits verfallen, wenn der nächste Zeitraum beginnt.
billing-subscribe = Abonnieren
billing-buy = Kaufen
billing-confirm-to-buy = Bestätigen Sie Ihre E-Mail-Adresse, um zu kaufen: Nutzen Sie den Link, den wir Ihnen geschickt haben.
billing-sign-up-to-buy = Registrieren, um zu kaufen
billing-not-selling = Dieser Server verkauft keine Credits. Wenden Sie sich an den Betreiber, wenn Ihre Credits aufgebraucht sind.
billing-packs = Credit-Pakete
billing-packs-hint = Einmal bezahlt. Die Credits verfallen nie.
billing-plans = Abonnements
billing-plans-hint = Credits in jedem Zeitraum, verlängert bis zur Kündigung. Jederzeit änder- und kündbar.
billing-costs = Was ein Bild kostet
billing-costs-caption = Credits pro Bild, nach Modell
billing-costs-model = Modell
billing-costs-per-image = Pro Bild
billing-signup-credits = { $count ->
    [one] Neue Konten starten mit { $count } Credit.
   *[other] Neue Konten starten mit { $count } Credits.
}

## Billing: /pricing
billing-pricing = Preise
billing-pricing-title = Credits für Ihre Bilder
billing-pricing-lead = Jedes Bild kostet Credits, je nach Modell. Kaufen Sie einmalig ein Paket oder schließen Sie ein Abonnement ab, das sich verlängert.
billing-checkout-cancelled = Der Bezahlvorgang wurde abgebrochen. Es wurde nichts berechnet.
billing-stripe-note = Zahlungen wickelt Stripe ab: Ihre Kartennummer erreicht diesen Server nie. Rechnungen enthalten den Firmennamen und die USt-IdNr., die Sie beim Bezahlen angeben.

## Billing: /settings/billing
billing-title = Abrechnung
billing-status-paid = Bezahlt
billing-status-refunded = Erstattet
billing-status-partly-refunded = { $amount } erstattet
billing-status-disputed = Angefochten
billing-plan-active = aktiv
billing-plan-trialing = in der Testphase
billing-plan-past-due = überfällig
billing-plan-unpaid = unbezahlt
billing-plan-incomplete = unvollständig
billing-plan-incomplete-expired = unvollständig und abgelaufen
billing-plan-paused = pausiert
billing-plan-canceled = gekündigt
billing-no-payments-yet = Noch keine Zahlungen.
billing-payments-caption = Ihre Zahlungen, neueste zuerst
billing-col-date = Datum
billing-col-what = Was
billing-col-amount = Betrag
billing-col-card = Karte
billing-col-status = Status
billing-col-invoice = Rechnung
billing-invoice-view = Ansehen
billing-checkout-waiting = Zahlung eingegangen – Ihre Credits sind unterwegs. Diese Seite aktualisiert sich von selbst; [jetzt aktualisieren].
billing-checkout-credited = { $count ->
    [one] Zahlung eingegangen: { $count } Credit gutgeschrieben. Vielen Dank!
   *[other] Zahlung eingegangen: { $count } Credits gutgeschrieben. Vielen Dank!
}
billing-balance = Credits
billing-owed = { $count ->
    [one] Durch eine erstattete oder angefochtene Zahlung fehlt { $count } Credit, der bereits verbraucht war. Neue Bilder warten, bis er ausgeglichen ist: Credits, die Sie kaufen, gleichen ihn zuerst aus.
   *[other] Durch eine erstattete oder angefochtene Zahlung fehlen { $count } Credits, die bereits verbraucht waren. Neue Bilder warten, bis sie ausgeglichen sind: Credits, die Sie kaufen, gleichen sie zuerst aus.
}
billing-what-images-cost = Was Bilder kosten
billing-plan-and-card = Abonnement und Karte
billing-plan-credits = { $count ->
    [one] { $count } Credit pro Zeitraum
   *[other] { $count } Credits pro Zeitraum
}
billing-plan-ends = Endet am { $date }.
billing-plan-renews = Verlängert sich am { $date }.
billing-no-plan = Kein Abonnement. Die Credit-Pakete unten werden einmalig bezahlt.
billing-manage = Karte und Abonnement verwalten
billing-manage-hint = Öffnet die Seite von Stripe für Ihre Karte, Ihr Abonnement, die Kündigung und frühere Rechnungen.
billing-buy-credits = Credits kaufen
billing-payments = Zahlungen
billing-records-kept = Zahlungsbelege werden aufbewahrt, wie es das Gesetz verlangt – auch nach dem Löschen Ihres Kontos, dann ohne Bezug zu Ihnen.

## Billing: /admin/payments
billing-admin-filter = Zahlungen filtern
billing-admin-all = Alle
billing-admin-partly-refunded = Teilweise erstattet
billing-admin-account = E-Mail des Kontos enthält
billing-admin-from = Bezahlt vom
billing-admin-to = bis
billing-admin-apply = Filtern
billing-admin-clear = Zurücksetzen
billing-admin-no-revenue = Keine Zahlungen in den letzten 12 Monaten.
billing-admin-chart = Nettoumsatz pro Monat in { $currency }
billing-admin-revenue-caption = Umsatz pro Monat
billing-admin-month = Monat
billing-admin-net = Netto
billing-admin-no-payments = Keine Zahlungen
billing-admin-erased = gelöschtes Konto (Beleg aufbewahrt)
billing-admin-amount = Betrag (leer: alles)
billing-admin-refund = Erstatten
billing-admin-no-stripe = Stripe ist nicht eingerichtet: Früher erfasste Zahlungen werden angezeigt, Erstattungen sind hier aber nicht möglich.
billing-admin-revenue = Umsatz
billing-admin-refund-hint = Eine Erstattung läuft über Stripe; die Credits werden zurückgenommen, sobald Stripe sie bestätigt. Anfechtungen werden im Dashboard von Stripe beantwortet.

## API reference (/docs/api)
docs-title = API-Referenz
docs-eyebrow = Für Entwickler
docs-heading = Die Obscura-API
docs-lead = Erstellen, lesen und teilen Sie Bilder aus Ihren eigenen Programmen – mit einer REST-API oder den Clients von OpenAI.
docs-toc = Auf dieser Seite
docs-start = Einstieg
docs-errors = Fehler, Limits und Wiederholungen
docs-openai = OpenAI-kompatible Endpunkte
docs-webhooks = Webhooks
docs-types = Typen
docs-start-text = Erstellen Sie unter [Einstellungen → API] einen Schlüssel mit den Berechtigungen, die er braucht (generate, read, delete), und senden Sie ihn bei jeder Anfrage als `Authorization: Bearer obs_…`. Setzen Sie einen Schlüssel nie in eine URL: Solche Anfragen werden abgelehnt. Die Basisadresse ist `{ $base }`, die maschinenlesbare Beschreibung ist [openapi.json] (OpenAPI 3.1).
docs-code-curl = Eine Generierung mit curl
docs-start-answer = Die Antwort ist die Generierung im Status `queued`; rufen Sie sie erneut ab (oder empfangen Sie einen Webhook), bis sie `succeeded` ist und die signierten Links ihrer Bilder enthält.
docs-errors-problem = Jede Ablehnung ist `application/problem+json` (RFC 9457) mit einem gleichbleibenden `code`, einem `detail` für Menschen und, bei abgelehnten Eingaben, `errors`: ein JSON-Pointer und eine Meldung pro Feld.
docs-errors-status = `401` kein Schlüssel oder ein falscher, widerrufener oder abgelaufener; `403` dem Schlüssel fehlt die Berechtigung, oder das Konto ist gesperrt (Code `account_suspended`); `404` in diesem Konto nicht gefunden (IDs anderer Konten werden nie preisgegeben); `402` nicht genug Credits, oder das Monatslimit des Schlüssels bzw. das Tageslimit des Kontos ist überschritten.
docs-errors-rate = Jeder Schlüssel und jedes Konto hat eine Anfragerate pro Minute. Jede Antwort enthält `X-RateLimit-Limit` und `X-RateLimit-Remaining`; wird sie überschritten, folgt `429` mit `Retry-After`.
docs-errors-idempotency = Senden Sie `Idempotency-Key` mit einem POST, um ihn gefahrlos zu wiederholen: Derselbe Schlüssel mit demselben Body innerhalb von 24 Stunden liefert die erste Antwort erneut mit `Idempotent-Replayed: true` und berechnet nichts weiter; mit einem anderen Body `422`; solange die erste Anfrage noch läuft, `409`.
docs-errors-pages = Listen kommen seitenweise, neueste zuerst: Übergeben Sie `next_cursor` aus der Antwort als `cursor`, um die nächste Seite zu erhalten.
docs-openai-text = Code für die Images-API von OpenAI funktioniert hier, wenn Sie seine Basisadresse auf `{ $base }` und seinen Schlüssel auf einen Obscura-Schlüssel mit der Berechtigung generate ändern: `POST /v1/images/generations`, `POST /v1/images/edits` (multipart, mit der Vorlage als `image`) und `GET /v1/models`.
docs-openai-models = Die Modelle dieses Servers:
docs-openai-options = (Die Modellnamen von OpenAI stehen für das erste.) `n`, `size`, `quality` und `response_format` (`b64_json` oder `url`, ein signierter Link) werden berücksichtigt; die Antwort wartet auf die Bilder. Fehler kommen im Format von OpenAI, sodass dessen Clients sie wie gewohnt melden.
docs-code-python = Python-Client von OpenAI
docs-code-node = Node-Client von OpenAI
docs-webhooks-text = Legen Sie unter [Einstellungen → API] einen https-Endpunkt fest, um zu erfahren, wann eine Generierung endet: `generation.completed`, `generation.failed` oder `generation.cancelled` (sie wurde abgebrochen: nichts wurde behalten, die Credits wurden zurückgebucht). Jedes Ereignis ist ein POST mit JSON-Body (`type`, `timestamp`, `data`: ID, Status, Bild-IDs und Kosten der Generierung; nie der Prompt), signiert nach Standard Webhooks: mit den Headern `webhook-id`, `webhook-timestamp` und `webhook-signature`. Antworten Sie innerhalb von 10 Sekunden mit einem beliebigen 2xx; andere Antworten werden mit wachsenden Pausen (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h) unter derselben ID wiederholt. Das Zustellprotokoll in den Einstellungen zeigt jeden Versuch.
docs-webhooks-check = So prüfen Sie eine Signatur (Python):
docs-code-verify = Eine Signatur in Python prüfen
docs-webhooks-refuse = Weisen Sie Ereignisse ab, deren Zeitstempel mehr als fünf Minuten von Ihrer Uhr abweicht, und verarbeiten Sie jede `webhook-id` nur einmal: Wiederholungen senden sie erneut.
docs-col-name = Name
docs-col-in = Ort
docs-col-type = Typ
docs-col-description = Beschreibung
docs-required = erforderlich
docs-parameters = Parameter
docs-body = Body
docs-answers = Antworten
model-offline-name = Offline-Vorschau-Renderer
docs-one-of = Einer von:
docs-reference-in-english = Die folgende Referenz ist die Beschreibung der API selbst, auf Englisch, der Sprache ihrer Feldnamen und Codes.
docs-group-generations = Generierungen
docs-group-images = Bilder
docs-group-shares = Freigaben
docs-group-account = Konto

## API keys (/settings/api)
api-title = API
api-keys-title = API-Schlüssel
api-optional = (optional)
api-scope-generate = Bilder erstellen (verbraucht Credits) und teilen
api-scope-read = Generierungen, Bilder, Freigaben, Guthaben und Nutzung lesen
api-scope-delete = Generierungen löschen und Freigaben widerrufen
api-key-name = Name
api-key-name-hint = Wo der Schlüssel verwendet wird – damit Sie wissen, welchen Sie widerrufen müssen.
api-key-scopes = Was er darf
api-key-expires = Läuft ab
api-key-never = Nie
api-key-expires-in = { $count ->
    [one] In { $count } Tag
   *[other] In { $count } Tagen
}
api-key-cap = Monatliches Credit-Limit
api-key-cap-hint = Wie viele Credits dieser Schlüssel in einem Kalendermonat höchstens ausgeben darf. Leer: Ihr Guthaben ist die Grenze.
api-key-create = Schlüssel erstellen
api-key-revoked = Widerrufen am { $date }
api-key-expired = Abgelaufen
api-key-never-expires = Läuft nie ab
api-key-expires-on = Läuft am { $date } ab
api-key-spent-of-cap = { $spent } von { $cap } Credits in diesem Monat
api-key-spent = { $count ->
    [one] { $count } Credit in diesem Monat
   *[other] { $count } Credits in diesem Monat
}
api-key-revoke-label = { $name } widerrufen
api-key-created = Erstellt am { $date }
api-key-never-used = nie verwendet
api-key-last-used = zuletzt verwendet am { $date }
api-key-revoke = Widerrufen
api-new-key = Ihr neuer Schlüssel
api-new-key-copy = Kopieren Sie ihn jetzt: Er wird nur dieses eine Mal angezeigt und nicht lesbar gespeichert.
api-new-key-send = Senden Sie ihn als `Authorization: Bearer <key>`, nie in einer URL.
api-about = Obscura aus Ihren Programmen nutzen
api-about-text = Die REST-API liegt unter `{ $base }`. Jede Anfrage trägt einen Ihrer Schlüssel; was sie verbraucht, geht von Ihren Credits ab. Auch die Clients von OpenAI funktionieren, mit `/v1` als Basisadresse.
api-read-reference = API-Referenz lesen
api-see-usage = Ihre Nutzung ansehen
api-create-key = Einen Schlüssel erstellen
api-confirm-to-create = Bestätigen Sie Ihre E-Mail-Adresse, um Schlüssel zu erstellen: Nutzen Sie den Link, den wir Ihnen geschickt haben.
api-keys = Ihre Schlüssel
api-no-keys = Noch keine Schlüssel.

## API: daily cap and webhook (/settings/api)
webhook-event-completed = Eine Generierung ist mit ihren Bildern fertig
webhook-event-failed = Eine Generierung ist fehlgeschlagen (ihre Credits wurden zurückgegeben)
webhook-event-cancelled = Eine Generierung wurde abgebrochen (nichts wurde behalten; ihre Credits wurden zurückgegeben)
webhook-today-of-cap = Heute: { $spent } von { $cap } Credits ausgegeben.
webhook-today = { $count ->
    [one] Heute: { $count } Credit über die API ausgegeben.
   *[other] Heute: { $count } Credits über die API ausgegeben.
}
webhook-daily-cap = Tägliches Ausgabenlimit
webhook-daily-cap-label = Credits, die alle Ihre Schlüssel zusammen pro Tag ausgeben dürfen
webhook-daily-cap-hint = Gezählt pro UTC-Tag, zusätzlich zum Monatslimit jedes Schlüssels. Leer: kein Tageslimit.
webhook-daily-cap-save = Limit speichern
webhook-delivered-code = Zugestellt ({ $code })
webhook-delivered = Zugestellt
webhook-failed = Fehlgeschlagen, keine weiteren Versuche
webhook-sending = Wird gesendet …
webhook-retrying-code = Antwort { $code }; wird erneut versucht
webhook-retrying = Noch nicht zugestellt; wird erneut versucht
webhook-col-event = Ereignis
webhook-col-status = Status
webhook-col-attempts = Versuche
webhook-col-made = Erstellt
webhook-col-id = ID
webhook-endpoint = Endpunkt
webhook-endpoint-hint = Eine öffentliche https-Adresse; Ereignisse sind signiert, damit Sie prüfen können, dass sie von hier kommen.
webhook-events = Ereignisse
webhook-rotate = Neues Signaturgeheimnis erstellen (das aktuelle funktioniert sofort nicht mehr)
webhook-save = Endpunkt speichern
webhook-set = Endpunkt festlegen
webhook-title = Webhook
webhook-intro = Erfahren Sie, wann eine Generierung endet, statt nachzufragen. Jedes Ereignis ist ein signierter POST ([so prüfen Sie ihn]); andere Antworten als 2xx werden etwa zehn Stunden lang wiederholt.
webhook-secret = Ihr Signaturgeheimnis. Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.
webhook-confirm-to-set = Bestätigen Sie Ihre E-Mail-Adresse, um einen Webhook festzulegen: Nutzen Sie den Link, den wir Ihnen geschickt haben.
webhook-test = Testereignis senden
webhook-remove = Endpunkt entfernen
webhook-deliveries = Letzte Zustellungen
webhook-no-deliveries = Noch keine Ereignisse gesendet. Senden Sie ein Testereignis, um den Endpunkt auszuprobieren.

## API usage (/settings/api/usage)
usage-title = API-Nutzung
usage-chart = Anfragen pro Tag, { $from } bis { $to }: insgesamt { $total }.
usage-chart-busiest = Anfragen pro Tag, { $from } bis { $to }: insgesamt { $total }, die meisten am { $day } ({ $most }).
usage-bar = { $count ->
    [one] { $day }: { $count } Anfrage, { $failed } fehlgeschlagen
   *[other] { $day }: { $count } Anfragen, { $failed } fehlgeschlagen
}
usage-peak = Höchstwert an einem Tag: { $count }
usage-answered = Beantwortet
usage-answered-codes = Beantwortet (2xx, 3xx)
usage-failed-codes = Abgelehnt oder fehlgeschlagen (4xx, 5xx)
usage-filter = Nutzung filtern
usage-from = Von
usage-to = Bis
usage-key = Schlüssel
usage-all-keys = Alle Schlüssel
usage-answers = Antworten
usage-all = Alle
usage-show = Anzeigen
usage-intro = Jede Anfrage mit Ihren Schlüsseln wird mit Zeit, Schlüssel, Route, Status, Dauer und Credits protokolliert (nie mit ihrem Inhalt) und 12 Monate aufbewahrt. Tage sind in UTC angegeben.
usage-correct-filters = Korrigieren Sie die Filter oben, um Ihre Nutzung zu sehen.
usage-period = { $from } bis { $to }
usage-summary =
    { $requests ->
        [one] { $requests } Anfrage
       *[other] { $requests } Anfragen
    }, { $failed } abgelehnt oder fehlgeschlagen, { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    } ausgegeben.
usage-csv = Diese Anfragen als CSV herunterladen
usage-per-day = Pro Tag
usage-no-requests = Keine Anfragen in diesem Zeitraum.
usage-col-day = Tag
usage-col-requests = Anfragen
usage-col-failed = Abgelehnt oder fehlgeschlagen
usage-col-credits = Credits

## Connections (/settings/connections)
connection-platform-linkedin = LinkedIn-Profil
connection-platform-linkedin-page = LinkedIn-Seite
connection-platform-facebook = Facebook-Seite
connection-kind-profile = Profil
connection-kind-page = Seite
connection-kind-organization = Unternehmensseite
connection-kind-account = Konto
connection-kind-board = Pinnwand
connection-kind-channel = Kanal
connection-reconnect-reason = Die Plattform akzeptiert diese Verbindung nicht mehr.
connection-reason-no-refresh = Der Zugriff ist abgelaufen, und diese Plattform bietet keine Möglichkeit, ihn ohne Sie zu erneuern.
connection-reason-unreachable = Die Plattform war nicht erreichbar, um den Zugriff zu erneuern.
connection-reconnect = { $platform } neu verbinden
connection-connect = { $platform } verbinden
connection-disconnect-label = { $connection } trennen
connection-no-expiry = Die Plattform nennt kein Ablaufdatum
connection-renewed = { $time } (wird bei Nutzung verlängert)
connection-reconnect-needed = Neu verbinden nötig
connection-account = Konto
connection-connected = Verbunden
connection-access-expires = Zugriff läuft ab
connection-permissions = Berechtigungen
connection-no-permissions = Keine angegeben
connection-channel = Kanal: { $name }
connection-no-targets = Die Plattform hat keine Seite, keine Pinnwand und kein Profil genannt, in dem dieses Konto veröffentlichen kann.
connection-disconnect-hint = Beim Trennen widerruft Obscura seinen Zugriff bei der Plattform, sofern sie das zulässt, und löscht die Tokens hier sofort. Ihr Veröffentlichungsverlauf bleibt erhalten, bis Sie ihn löschen.
connection-disconnect = Trennen
connections-purpose = Postet nur die Bilder, die Sie veröffentlichen, und erst, wenn Sie auf „Veröffentlichen“ klicken. Liest nie Ihre Nachrichten, Follower oder Statistiken.
connections-purpose-youtube = YouTube bietet keine API für Bildbeiträge; Obscura zeigt daher Ihren Kanal an, veröffentlicht dort aber nichts.
connections-asks-nothing = Fragt nach keinen Berechtigungen außer der Anmeldung.
connections-asks-for = Fragt nach:
connections-board = Pinnwand für Veröffentlichungen
connections-where = Wo veröffentlicht wird
connections-save = Auswahl speichern
connections-yours = Ihre Verbindungen
connections-none = Noch keine Verbindungen.
connections-connect = Eine Plattform verbinden
connections-no-platforms = Der Betreiber dieses Servers hat keine Plattform eingerichtet, daher gibt es noch nichts zu verbinden.
connections-connect-hint = Sie werden zur Plattform weitergeleitet, um sich anzumelden und zuzustimmen; Obscura bewahrt den gewährten Zugriff versiegelt auf und fragt nach nichts, was hier nicht aufgeführt ist.
connections-title = Verbindungen
connections-intro = Verbinden Sie Ihre Social-Media-Konten, um Bilder aus Ihrer Galerie zu veröffentlichen. Es wird nichts gepostet, solange Sie bei einem Bild nicht auf „Veröffentlichen“ klicken.
connections-see-history = Ihren Veröffentlichungsverlauf ansehen

## Publishing history (/settings/connections/history and an image's publish page)
connections-post-queued = In der Warteschlange
connections-post-published = Veröffentlicht
connections-post-failed = Fehlgeschlagen
connections-post-awaiting = Wartet auf Genehmigung
connections-post-cancelled = Abgebrochen
connections-post-detail-awaiting = Wartet auf die Entscheidung der prüfenden Person.
connections-post-detail-sending = Wird jetzt gesendet.
connections-post-detail-rate-limited = Das Anfragelimit der Plattform ist erreicht; neuer Versuch um { $time } UTC.
connections-post-reason-unconfirmed = Die Plattform hat diesen Beitrag nicht bestätigt. Sehen Sie dort in Ihrem Konto nach, bevor Sie ihn erneut veröffentlichen.
connections-post-reason-connection-removed = Die Verbindung wurde entfernt, bevor der Beitrag gepostet wurde.
connections-post-reason-removed-before-approval = Die Verbindung wurde vor der Genehmigung entfernt.
connections-post-reason-rejected = Die prüfende Person hat den Beitrag abgelehnt.
connections-post-reason-approval-expired = Die prüfende Person hat nicht innerhalb von 7 Tagen entschieden; es wurde nichts gepostet.
connections-post-reason-rate-limit-kept = Das Anfragelimit der Plattform wurde nicht rechtzeitig aufgehoben; es wurde nichts gepostet. Veröffentlichen Sie den Beitrag später erneut.
connections-post-reason-unreachable = Die Plattform war nicht erreichbar; es wurde nichts gepostet. Veröffentlichen Sie den Beitrag später erneut.
connections-post-reason-account-closing = Das Konto wird gelöscht.
connections-post-reason-image-deleted = Das Bild wurde gelöscht, bevor der Beitrag gepostet wurde.
connections-post-reason-platform-off = { $platform } wird auf diesem Server nicht mehr angeboten.
connections-post-reason-reconnect = { $platform } akzeptiert die Verbindung nicht mehr: Verbinden Sie sie unter Einstellungen → Verbindungen neu und veröffentlichen Sie den Beitrag dann erneut.
connections-post-reason-refused = { $platform } hat den Beitrag abgelehnt: { $reason }
platform-no-reason = ohne Angabe von Gründen
platform-not-configured = diese Plattform ist auf diesem Server nicht eingerichtet
platform-image-type = der Bildtyp wird nicht akzeptiert
platform-instagram-processing = Instagram konnte das Bild nicht verarbeiten
platform-youtube-no-channel = Dieses Google-Konto hat keinen YouTube-Kanal.
platform-youtube-no-images = YouTube bietet keine API für Bildbeiträge.
connections-history-delete-label = Aus dem Verlauf löschen: Beitrag auf { $platform } in { $target }, { $time }
connections-col-platform = Plattform
connections-col-image = Bild
connections-col-account = Konto
connections-col-where = Wo
connections-col-status = Status
connections-col-time = Zeit
connections-col-post = Beitrag
connections-col-action = Aktion
connections-col-actions = Aktionen
connections-view-image = Bild ansehen
connections-open-post = Beitrag öffnen
connections-new-tab = (öffnet in einem neuen Tab)
connections-delete = Löschen
connections-history-title = Veröffentlichungsverlauf
connections-history-intro = Jeder Beitrag, den Sie veranlasst haben, neueste zuerst. Eine Zeile bleibt, bis Sie sie löschen, auch nach dem Trennen; das Löschen hier entfernt den Beitrag nicht von der Plattform.
connections-history-empty = Noch nichts veröffentlicht. Öffnen Sie ein Bild in Ihrer [Galerie] und wählen Sie „Veröffentlichen“.

## Publishing an image (/gallery/{image}/publish)
publish-notice-published = Die Veröffentlichung hat begonnen: Die Beiträge erscheinen unten, sobald die jeweilige Plattform sie bestätigt.
publish-notice-awaiting = Zur Genehmigung gesendet: Es wird nichts gepostet, bevor die prüfende Person zustimmt.
publish-title = Veröffentlichen
publish-breadcrumb = Pfadnavigation
publish-image = Bild
publish-heading = Dieses Bild veröffentlichen
publish-history = Veröffentlichungsverlauf dieses Bildes
publish-history-empty = Noch nirgends veröffentlicht.
publish-no-targets = Noch ist kein Konto für Veröffentlichungen bereit.
publish-connect = Ein Konto verbinden
publish-no-platforms = Der Betreiber dieses Servers hat keine Plattform eingerichtet, daher kann noch nirgends veröffentlicht werden.
publish-settings-connections = Einstellungen → Verbindungen
publish-alt-hint = Beschreibt das Bild für Menschen, die es nicht sehen können. Bis zu { $limit } Zeichen.
publish-caption = Beitragstext
publish-caption-hint = Beginnt mit dem Prompt; ändern Sie ihn nach Belieben. Das Limit jeder Plattform steht unten.
publish-alt = Alternativtext
publish-to = Veröffentlichen auf
publish-change-targets = Ändern, wo Sie veröffentlichen können
publish-approver = Zuerst um Genehmigung bitten
publish-approver-hint = Wir senden einen einmaligen Link per E-Mail (7 Tage gültig); es wird nichts gepostet, bevor die Person zustimmt.
publish-previews = So zeigt es jede Plattform
publish-previews-hint = Die Vorschauen werden beim Absenden des Formulars aktualisiert; gezählt wird so, wie die jeweilige Plattform zählt.
publish-more = mehr
publish-over-limit = über dem Limit

## A reviewer's page (/publish/review/{token})
publish-review-notice-approved = Genehmigt: Die Beiträge sind auf dem Weg zu den Plattformen.
publish-review-notice-rejected = Abgelehnt: Es wird nichts gepostet.
publish-review-sent = Dieser Beitrag wurde genehmigt und an die Plattformen gesendet.
publish-review-rejected = Dieser Beitrag wurde abgelehnt: Es wurde nichts gepostet.
publish-review-expired = Dieser Link ist abgelaufen: Es wurde nichts gepostet.
publish-review-done = Für diesen Beitrag ist keine Entscheidung mehr nötig.
publish-review-title = Einen Beitrag prüfen
publish-review-heading = Einen Beitrag vor der Veröffentlichung prüfen
publish-review-lead = Jemand hat Sie gebeten, diesen Beitrag zu genehmigen. Es wird nichts gepostet, solange Sie nicht zustimmen.
publish-review-no-alt = Keiner
publish-review-approve = Genehmigen und veröffentlichen
publish-review-reject = Ablehnen

## Development outbox (/dev/outbox)
outbox-title = Postausgang (Entwicklung)
outbox-eyebrow = Nur in der Entwicklung
outbox-heading = Postausgang
outbox-lead = Es ist kein SMTP-Server eingerichtet, daher werden Konto-E-Mails hier gesammelt statt versendet. Im Produktivbetrieb gibt es diese Seite nicht.
outbox-empty = Noch keine Nachrichten.
outbox-to = An
outbox-plain-text = Nur-Text

## The connection banner (its text is set in the browser from these attributes)
connection-banner-offline = Sie sind offline. Wir verbinden uns wieder, sobald das Netzwerk zurück ist.
connection-banner-reconnecting = Verbindung verloren. Verbindung wird wiederhergestellt …
connection-banner-restored = Wieder online.


# ─── Errors: form fields, notices and refusals ───
## Galeriefilter und Freigaben
error-search-too-long = { $max ->
    [one] Suchen Sie nach höchstens { $max } Zeichen.
   *[other] Suchen Sie nach höchstens { $max } Zeichen.
}
error-filter-status = Wählen Sie einen Status aus der Liste.
error-filter-shared = Wählen Sie aus der Liste, ob freigegeben oder nicht.
error-filter-sort = Wählen Sie eine Reihenfolge aus der Liste.
error-not-a-date = „{ $value }“ ist kein Datum (JJJJ-MM-TT).
error-filter-range = Der letzte Tag liegt vor dem ersten.
error-share-expiry-date = Wählen Sie den Tag, an dem der Link aufhört zu funktionieren (JJJJ-MM-TT).
error-share-expiry = Wählen Sie eine Laufzeit aus der Liste.
error-share-no-such-day = Diesen Tag gibt es nicht.
error-share-after-today = Wählen Sie einen Tag nach dem heutigen.

## Veröffentlichen in sozialen Netzwerken
error-caption-too-long = { $platform } erlaubt höchstens { $limit } Zeichen; dieser Beitragstext hat { $count }.
error-caption-hashtags = Instagram erlaubt höchstens 30 Hashtags; dieser Beitragstext hat { $count }.
error-instagram-ratio = Instagram nimmt Bilder mit einem Seitenverhältnis zwischen 4:5 und 1,91:1; dieses hat { $width } × { $height }. Schneiden Sie es zuerst zu oder wählen Sie andere Plattformen.
error-instagram-size = Instagram nimmt Bilder bis 8 MB; dieses ist größer.

## Konten
error-email-empty = Geben Sie Ihre E-Mail-Adresse ein.
error-email-too-long = Diese E-Mail-Adresse ist zu lang.
error-email-shape = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
error-email-same = Das ist bereits Ihre Adresse.
error-name-empty = Geben Sie Ihren Namen ein.
error-name-control = Entfernen Sie die Steuerzeichen.
error-chars-min = { $min ->
    [one] Verwenden Sie mindestens { $min } Zeichen.
   *[other] Verwenden Sie mindestens { $min } Zeichen.
}
error-chars-max = { $max ->
    [one] Verwenden Sie höchstens { $max } Zeichen.
   *[other] Verwenden Sie höchstens { $max } Zeichen.
}
error-language = Wählen Sie eine Sprache aus der Liste.
error-password-empty = Geben Sie Ihr Passwort ein.
error-password-wrong = Das Passwort stimmt nicht.
error-password-spaces = Ein Passwort nur aus Leerzeichen ist zu leicht zu erraten.
error-password-common = Dies ist eines der häufigsten Passwörter. Wählen Sie eines, das schwerer zu erraten ist.
error-current-password-empty = Geben Sie Ihr aktuelles Passwort ein.
error-current-password-wrong = Das ist nicht Ihr aktuelles Passwort.
error-sign-in-again-first = Zu Ihrer Sicherheit: Melden Sie sich zuerst ab und wieder an. Diese Änderung erfordert eine Anmeldung innerhalb der letzten 15 Minuten.
error-sign-in-wrong = E-Mail-Adresse oder Passwort stimmen nicht.
error-unconfirmed-sign-in = Bestätigen Sie zuerst Ihre E-Mail-Adresse: Wir haben Ihnen den Bestätigungslink erneut geschickt. Öffnen Sie ihn in dem Browser, in dem Sie sich registriert haben, damit Ihr Passwort erhalten bleibt.
error-account-closed = Dieses Konto ist geschlossen und wird demnächst gelöscht. Um es zu behalten, öffnen Sie den Link „Konto behalten“ aus unserer E-Mail.
error-min-age = Sie müssen mindestens { $age } Jahre alt sein, um Obscura zu nutzen.

## Zwei-Schritt-Verifizierung und Passkeys
error-two-step-code-empty = Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App oder einen Ihrer Wiederherstellungscodes ein.
error-two-step-code-wrong = { $left ->
    [one] Dieser Code stimmt nicht oder wurde bereits verwendet. Noch { $left } Versuch.
   *[other] Dieser Code stimmt nicht oder wurde bereits verwendet. Noch { $left } Versuche.
}
error-two-step-closed = Auch dieser Code stimmt nicht. Zu Ihrer Sicherheit wurde diese Anmeldung beendet: Beginnen Sie erneut.
error-sign-in-again-then = { $minutes ->
    [one] Zu Ihrer Sicherheit: Melden Sie sich ab und wieder an und nehmen Sie die Änderung dann innerhalb von { $minutes } Minute vor.
   *[other] Zu Ihrer Sicherheit: Melden Sie sich ab und wieder an und nehmen Sie die Änderung dann innerhalb von { $minutes } Minuten vor.
}
error-recovery-needs-app = Wiederherstellungscodes gehören zur Zwei-Schritt-Verifizierung: Richten Sie zuerst eine Authenticator-App ein.
error-totp-already = Es ist bereits eine Authenticator-App eingerichtet. Entfernen Sie sie zuerst, um eine andere zu verwenden.
error-totp-not-started = Es wird gerade keine Authenticator-App eingerichtet. Beginnen Sie erneut.
error-totp-code-empty = Geben Sie den 6-stelligen Code ein, den Ihre App anzeigt.
error-totp-code-wrong = Dieser Code stimmt nicht. Prüfen Sie, ob die Uhr Ihres Geräts richtig geht, und geben Sie den Code ein, den Ihre App jetzt anzeigt.
error-passkey-unavailable = Passkeys sind auf diesem Server nicht verfügbar: Seine öffentliche Adresse ist kein Domainname.
error-passkey-name-empty = Geben Sie diesem Passkey einen Namen, etwa den des Geräts, auf dem er liegt.
error-passkey-name-too-long = { $max ->
    [one] Der Name darf höchstens { $max } Zeichen lang sein.
   *[other] Der Name darf höchstens { $max } Zeichen lang sein.
}
error-passkey-too-many = { $max ->
    [one] Ein Konto kann nur { $max } Passkey haben. Entfernen Sie ihn zuerst.
   *[other] Ein Konto kann höchstens { $max } Passkeys haben. Entfernen Sie zuerst einen.
}
error-passkey-not-added = Dieser Passkey konnte nicht hinzugefügt werden. Versuchen Sie es erneut oder mit einem anderen Gerät.
error-passkey-duplicate = Dieser Passkey ist bereits registriert.
error-passkey-none = Dieses Konto hat keinen Passkey.
error-passkey-not-verified = Der Passkey konnte nicht überprüft werden. Versuchen Sie es erneut oder melden Sie sich auf andere Weise an.

## Uploads
error-upload-type = Diese Datei ist kein PNG-, JPEG- oder WebP-Bild.
error-upload-corrupt = Dieses Bild konnte nicht gelesen werden. Ist die Datei vollständig?
error-upload-bytes = Die Datei ist größer als { $mb } MB.
error-upload-pixels = Das Bild hat zu viele Pixel: Höchstens { $megapixels } Megapixel sind erlaubt.
error-upload-side = Das Bild ist zu groß: Höchstens { $side } Pixel pro Seite und { $megapixels } Megapixel sind erlaubt.
error-attachment-type = Dieser Dateityp wird nicht unterstützt: Laden Sie ein PNG-, JPEG- oder WebP-Bild hoch.
error-attachment-corrupt = Das Bild ist beschädigt und kann nicht gelesen werden.
error-attachment-bytes = Das Bild ist zu groß: Höchstens { $mb } MB sind erlaubt.
error-attachment-larger = Das Bild ist größer als { $mb } MB.

## Support
error-support-topic = Wählen Sie, worum es in Ihrer Nachricht geht.
error-support-message-short = { $min ->
    [one] Schreiben Sie mindestens { $min } Zeichen, damit wir helfen können.
   *[other] Schreiben Sie mindestens { $min } Zeichen, damit wir helfen können.
}
error-support-message-long = Bleiben Sie bei höchstens { $max } Zeichen (derzeit { $count }).
error-request-kind = Wählen Sie die Art der Anfrage.
error-request-channel = Geben Sie an, wie sie eingegangen ist (E-Mail, Brief, Telefon…).
error-request-future = Der Eingangstag kann nicht in der Zukunft liegen.
error-request-received = Geben Sie den Eingangstag ein, etwa 2026-03-01.
error-reply-empty = Schreiben Sie zuerst die Antwort.

## Datenschutz
error-erasure-confirm = Geben Sie zur Bestätigung { $word } in Großbuchstaben ein.

## Zahlungen (Admin) und Filter der API-Nutzung
error-payments-date = Verwenden Sie ein Datum wie 2026-12-31.
error-payments-range = Das Ende liegt vor dem Anfang.
error-usage-day = Ein Tag wird als JJJJ-MM-TT geschrieben.
error-usage-range = Der erste Tag darf nicht nach dem letzten liegen.
error-usage-too-long = { $max ->
    [one] Wählen Sie höchstens { $max } Tag (die Nutzung wird 12 Monate aufbewahrt).
   *[other] Wählen Sie höchstens { $max } Tage (die Nutzung wird 12 Monate aufbewahrt).
}
error-usage-key = Wählen Sie einen Ihrer Schlüssel.
error-usage-outcome = Wählen Sie „Alle“, „Erfolgreich“ oder „Fehlgeschlagen“.

## API-Schlüssel und Webhooks
error-key-name-empty = Benennen Sie den Schlüssel danach, wo er verwendet wird, z. B. „nächtliche Renderings“.
error-key-name-too-long = { $max ->
    [one] Ein Name hat höchstens { $max } Zeichen.
   *[other] Ein Name hat höchstens { $max } Zeichen.
}
error-key-name-control = Der Name enthält unsichtbare Steuerzeichen.
error-key-scope = Wählen Sie unter den angebotenen Berechtigungen.
error-key-scope-none = Wählen Sie mindestens eine Sache, die der Schlüssel tun darf.
error-key-expiry = Wählen Sie eine der angebotenen Laufzeiten oder „nie“.
error-key-cap = Ein Limit ist eine ganze Zahl von Credits zwischen 1 und 10.000.000 oder leer für keines.
error-webhook-url-empty = Geben Sie die https-Adresse ein, an die Ereignisse gesendet werden sollen.
error-webhook-url-too-long = Eine Adresse hat höchstens { $max } Zeichen.
error-webhook-url-shape = Das ist keine vollständige Adresse wie https://example.com/hooks/obscura.
error-webhook-url-fragment = Lassen Sie das #Fragment weg: Es wird nie gesendet.
error-webhook-url-https = Verwenden Sie eine https://-Adresse: Ereignisse enthalten signierte Daten.
error-webhook-url-credentials = Lassen Sie Benutzername und Passwort aus der Adresse weg; prüfen Sie stattdessen die Signatur.
error-webhook-url-private = Diese Adresse liegt in einem privaten Netz oder auf diesem Rechner; Ereignisse gehen nur an öffentliche Adressen.
error-webhook-url-refused = An diese Adresse können keine Ereignisse gesendet werden.
error-webhook-events = Wählen Sie Ereignisse aus der Liste.
error-webhook-events-none = Wählen Sie mindestens ein Ereignis, das Sie erhalten möchten.
error-publish-reconnect = Verbinden Sie { $platform } zuerst erneut unter Einstellungen → Verbindungen.
error-publish-targets = Wählen Sie unter Ihren verbundenen Seiten, Pinnwänden und Profilen.
error-publish-targets-none = Wählen Sie mindestens ein Ziel für die Veröffentlichung.
error-publish-caption = Schreiben Sie einen Beitragstext.
error-publish-alt = Beschreiben Sie das Bild für Menschen, die es nicht sehen können.
error-publish-alt-too-long = { $platform } erlaubt einen Alternativtext von höchstens { $limit } Zeichen.
error-connection-targets = Wählen Sie unter den Seiten, Pinnwänden oder Profilen dieser Verbindung.
error-connection-one-board = Wählen Sie eine Pinnwand.
error-form-out-of-date = Dieses Formular ist veraltet. Laden Sie die Seite neu und versuchen Sie es erneut.

## Generierung
error-model = Wählen Sie eines der angebotenen Modelle.
error-trial-model = Wählen Sie eines der Modelle, die zum Ausprobieren angeboten werden.
error-prompt-empty = Beschreiben Sie das Bild, das Sie möchten.
error-prompt-too-long = Ihr Prompt ist { $count } Zeichen lang; { $model } erlaubt höchstens { $max }.
error-prompt-control = Der Prompt enthält unsichtbare Steuerzeichen; bitte geben Sie ihn neu ein.
error-negative-too-long = Das Feld „Weglassen“ erlaubt höchstens { $max } Zeichen.
error-negative-control = Das Feld „Weglassen“ enthält unsichtbare Steuerzeichen.
error-size = Wählen Sie eine der Größen, die { $model } anbietet.
error-quality = Wählen Sie eine der Qualitätsstufen, die { $model } anbietet.
error-count-range = { $max ->
    [one] Dieses Modell erstellt { $max } Bild auf einmal.
   *[other] Wählen Sie zwischen 1 und { $max } Bildern.
}
error-seed = Ein Seed ist eine ganze Zahl von 0 bis { $max } oder leer für einen zufälligen.
error-reference-gone = Dieses Bild ist nicht mehr als Referenz verfügbar.
error-reference-not-taken = { $model } nimmt kein Referenzbild an.
error-retry-impossible = Diese Generierung kann nicht wiederholt werden.

## Ablehnungen (failure.rs)
error-busy = Der Server ist gerade mit anderen Bildern beschäftigt. Bitte senden Sie das Formular gleich noch einmal.
error-wait-seconds = { $seconds ->
    [one] Zu viele Versuche. Bitte warten Sie { $seconds } Sekunde und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie { $seconds } Sekunden und versuchen Sie es dann erneut.
}
error-wait-minutes = { $minutes ->
    [one] Zu viele Versuche. Bitte warten Sie { $minutes } Minute und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
}
error-not-verified = Bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir Ihnen bei der Registrierung geschickt haben (einen neuen können Sie unter Einstellungen → Profil anfordern).
error-attempt-gone = Dieser Vorgang ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut.
error-billing-item = Wählen Sie eines der Pakete oder Abonnements auf dieser Seite.
error-billing-no-customer = Es gibt noch nichts zu verwalten: Ihre Karte und Ihr Abonnement erscheinen hier nach Ihrem ersten Kauf.
error-billing-subscribed = Sie haben bereits ein Abonnement. Ändern oder kündigen Sie es über „Karte und Abonnement verwalten“.
error-billing-unavailable = Zahlungen können gerade nicht gestartet werden. Es wurde nichts abgebucht; bitte versuchen Sie es in ein paar Minuten erneut.
error-billing-rate-limited = { $seconds ->
    [one] Sie haben in kurzer Zeit mehrere Zahlungsseiten geöffnet. Bitte versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Sie haben in kurzer Zeit mehrere Zahlungsseiten geöffnet. Bitte versuchen Sie es in { $seconds } Sekunden erneut.
}
error-refund-amount = Geben Sie einen Betrag bis { $left } an, etwa 12,50, oder lassen Sie das Feld leer, um alles zu erstatten.
error-refund-not-refundable = Von dieser Zahlung kann hier nichts erstattet werden: Sie ist bereits erstattet oder wird angefochten (Anfechtungen beantworten Sie im Dashboard von Stripe).
error-refund-unreachable = Stripe war nicht erreichbar. Es wurde nichts erstattet; bitte versuchen Sie es in ein paar Minuten erneut.
error-refund-refused = Stripe hat diese Erstattung nicht angenommen, es wurde also nichts erstattet. Das Serverprotokoll nennt den Grund (zum Beispiel einen Stripe-Schlüssel ohne Erstattungsrecht).
error-social-flow = Dieser Verbindungsversuch ist abgelaufen oder wurde bereits verwendet. Beginnen Sie erneut unter Einstellungen → Verbindungen.
error-social-cancelled = Es wurde nichts verbunden: Laut der Plattform haben Sie abgebrochen.
error-social-approvals = Von diesem Konto wurden heute schon viele Genehmigungsanfragen gesendet. Bitte warten Sie bis morgen oder veröffentlichen Sie ohne Prüfung.
error-platform-refused = Die Plattform hat abgelehnt: { $reason }
error-platform-rate-limited = Die Plattform begrenzt gerade die Anfragen. Bitte versuchen Sie es in ein paar Minuten erneut.
error-platform-expired = Die Plattform hat die Verbindung nicht angenommen. Beginnen Sie erneut unter Einstellungen → Verbindungen.
error-platform-unavailable = Die Plattform war nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten erneut.
error-support-rate-limited = { $minutes ->
    [one] Sie haben bereits mehrere Nachrichten gesendet. Bitte versuchen Sie es in { $minutes } Minute erneut.
   *[other] Sie haben bereits mehrere Nachrichten gesendet. Bitte versuchen Sie es in { $minutes } Minuten erneut.
}
error-credits-owed = { $owed ->
    [one] Eine erstattete Zahlung hat { $owed } Credit hinterlassen, der bereits verbraucht war. Neue Bilder sind möglich, sobald er ausgeglichen ist: Ein Kauf von Credits gleicht ihn zuerst aus.
   *[other] Eine erstattete Zahlung hat { $owed } Credits hinterlassen, die bereits verbraucht waren. Neue Bilder sind möglich, sobald sie ausgeglichen sind: Ein Kauf von Credits gleicht sie zuerst aus.
}
error-prompt-blocked = Dieser Prompt enthält Wörter, die dieser Server nicht annimmt.
error-prompt-blocked-charged = Dieser Prompt enthält Wörter, die dieser Server nicht annimmt. Es wurde nichts abgebucht.
error-credits-short = { $needed ->
    [one] Das kostet { $needed } Credit, und Sie haben { $balance }.
   *[other] Das kostet { $needed } Credits, und Sie haben { $balance }.
}
error-credits-short-create = { $needed ->
    [one] Das kostet { $needed } Credit, und Sie haben { $balance }. Wählen Sie weniger Bilder oder ein günstigeres Modell, oder bitten Sie uns um mehr Credits.
   *[other] Das kostet { $needed } Credits, und Sie haben { $balance }. Wählen Sie weniger Bilder oder ein günstigeres Modell, oder bitten Sie uns um mehr Credits.
}
error-export-too-soon = Vor weniger als einer Stunde wurde bereits ein Export angefordert.
error-erasure-sign-in-again = { $minutes ->
    [one] Zu Ihrer Sicherheit: Melden Sie sich ab und wieder an und löschen Sie Ihr Konto dann innerhalb von { $minutes } Minute.
   *[other] Zu Ihrer Sicherheit: Melden Sie sich ab und wieder an und löschen Sie Ihr Konto dann innerhalb von { $minutes } Minuten.
}
error-erasure-rate-limited = { $minutes ->
    [one] Zu viele Versuche. Versuchen Sie es in { $minutes } Minute erneut.
   *[other] Zu viele Versuche. Versuchen Sie es in { $minutes } Minuten erneut.
}
error-trial-off = Dieser Server bietet kein Ausprobieren ohne Konto an. Erstellen Sie ein Konto, um Bilder zu erstellen.
error-challenge-missing = Bitte bestätigen Sie, dass Sie ein Mensch sind (dafür ist JavaScript nötig), und senden Sie das Formular dann erneut.
error-challenge-failed = Die Prüfung, ob Sie ein Mensch sind, ist fehlgeschlagen. Bitte versuchen Sie es noch einmal.
error-challenge-spent = Die Prüfung, ob Sie ein Mensch sind, ist abgelaufen oder wurde bereits verwendet. Bitte führen Sie sie erneut durch.
error-challenge-unavailable = Die Prüfung, ob Sie ein Mensch sind, kann gerade nicht durchgeführt werden. Bitte versuchen Sie es in ein paar Minuten erneut.
error-trial-limit = Sie haben heute { $count ->
        [one] { $count } Probebild
       *[other] { $count } Probebilder
    } erstellt. Erstellen Sie ein kostenloses Konto, um weiterzumachen (Ihre Probebilder kommen mit), oder versuchen Sie es in { $hours ->
        [0] { $minutes ->
            [one] { $minutes } Minute
           *[other] { $minutes } Minuten
        }
       *[other] { $minutes ->
            [0] { $hours ->
                [one] { $hours } Stunde
               *[other] { $hours } Stunden
            }
           *[other] { $hours } Std. { $minutes } Min.
        }
    } erneut.
error-trial-busy = Das Ausprobieren hat in dieser Stunde so viele Bilder erstellt wie möglich. Bitte versuchen Sie es später erneut oder erstellen Sie ein kostenloses Konto.
error-keys-too-many = { $max ->
    [one] Ein Konto hat höchstens { $max } aktiven Schlüssel. Widerrufen Sie ihn zuerst, wenn Sie ihn nicht mehr verwenden.
   *[other] Ein Konto hat höchstens { $max } aktive Schlüssel. Widerrufen Sie zuerst einen, den Sie nicht mehr verwenden.
}

## Fehlercodes in Worten (wenn nichts Genaueres gesagt wird)
error-code-not-found = Nicht gefunden.
error-code-unauthenticated = Anmeldung erforderlich.
error-code-forbidden = Nicht erlaubt.
error-code-validation = Ungültige Eingabe.
error-code-conflict = Konflikt.
error-code-rate-limited = Zu viele Anfragen.
error-code-unavailable = Vorübergehend nicht verfügbar.
error-code-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.
error-code-insufficient-credits = Nicht genug Credits.
error-code-content-rejected = Inhalt abgelehnt.
error-code-gone = Nicht mehr verfügbar.
error-code-malformed = Fehlerhafte Anfrage.
error-code-too-large = Zu groß.
error-network = Obscura ist gerade nicht erreichbar. Prüfen Sie Ihre Verbindung; wir versuchen es erneut.
error-request-not-understood = Die Anfrage wurde nicht verstanden.
error-session-ended = Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.
error-page-missing = Diese Seite gibt es nicht.
error-internal-later = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.
error-page-title = Etwas ist schiefgelaufen · Obscura
error-form-too-large = Das Formular ist zu groß.
error-form-unreadable = Das Formular konnte nicht gelesen werden.
error-daily-cap = Ein Limit ist eine ganze Zahl von Credits, mindestens 1 (leer lassen für keines).
error-webhook-not-verified = Bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir Ihnen geschickt haben.
error-avatar-too-small = Dieses Bild ist zu klein: Verwenden Sie eines mit mindestens 32 × 32 Pixeln.
error-avatar-not-converted = Dieses Bild konnte nicht umgewandelt werden.
error-avatar-missing = Wählen Sie eine Bilddatei zum Hochladen.
error-avatar-rate-limited = { $minutes ->
    [one] Sie haben Ihr Bild bereits mehrmals geändert. Bitte versuchen Sie es in { $minutes } Minute erneut.
   *[other] Sie haben Ihr Bild bereits mehrmals geändert. Bitte versuchen Sie es in { $minutes } Minuten erneut.
}
error-reference-too-large = Das Referenzbild ist größer als { $mb } MB.
error-form-unreadable-retry = Das Formular konnte nicht gelesen werden. Bitte versuchen Sie es erneut.
error-account-not-deleted = Ihr Konto wurde nicht gelöscht.
error-share-not-made = Der Link wurde nicht erstellt: Prüfen Sie die Laufzeit.
error-too-many-requests = { $seconds ->
    [one] Zu viele Anfragen von hier. Bitte versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele Anfragen von hier. Bitte versuchen Sie es in { $seconds } Sekunden erneut.
}
error-passkey-sign-in-first = Melden Sie sich zuerst an.
error-passkey-answer-too-large = Die Antwort ist zu groß.
error-passkey-answer-unreadable = Die Antwort konnte nicht gelesen werden.
error-passkey-try-again = Bitte versuchen Sie es erneut.
error-passkey-no-such = Diesen Passkey gibt es nicht.
error-no-such-session = Diese Sitzung gibt es nicht.
error-cross-site = Diese Anfrage kam von einer anderen Website und wurde deshalb abgelehnt. Gehen Sie zurück zur Seite und versuchen Sie es erneut.
error-service-unavailable = Der Dienst ist nicht verfügbar. Bitte versuchen Sie es gleich noch einmal.
error-generation-rejected = Der Bilddienst hat diesen Prompt oder dieses Referenzbild nach seinen Inhaltsregeln abgelehnt. Versuchen Sie es mit anderen Worten.
error-generation-unavailable = Der Bilddienst ist gerade nicht verfügbar oder ausgelastet. Bitte versuchen Sie es in ein paar Minuten erneut.
error-generation-failed = Diese Generierung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.

## Nicht gefunden (eine Generierung oder ein Bild, das nicht der ansehenden Person gehört oder gelöscht wurde)
error-generation-not-found = Diese Generierung gibt es nicht, oder sie wurde gelöscht.
error-image-not-found = Dieses Bild gibt es nicht, oder es wurde gelöscht.

## Cookie-Einstellungen (/cookies)
cookies-title = Cookie-Einstellungen
cookies-eyebrow = Datenschutz
cookies-lead = Ändern Sie Ihre Auswahl jederzeit. Sie gilt für diesen Browser.
cookies-saved = Ihre Auswahl ist gespeichert.
cookies-now = Aktuell
cookies-status-none = Sie haben noch keine Auswahl getroffen: Es werden nur notwendige Cookies verwendet.
cookies-status-signal = Seitenaufrufe werden nicht gezählt: Ihr Browser sendet ein { $signal }-Signal.
cookies-status-allowed = Sie haben das Zählen der Seitenaufrufe erlaubt.
cookies-status-refused = Sie haben das Zählen der Seitenaufrufe abgelehnt: Es werden nur notwendige Cookies verwendet.
cookies-withdraw = Meine Einwilligung widerrufen
cookies-choose = Auswählen
cookies-more = Mehr erfahren
cookies-more-text = Jedes Cookie und jeder Speicherschlüssel ist mit Zweck und Speicherdauer in der [Datenschutzerklärung] aufgeführt. Wenn Sie angemeldet sind, sehen Sie jede Ihrer bisherigen Entscheidungen unter [Einstellungen → Datenschutz].


# ─── Emails and the admin pages ───
# The account emails (server/core/src/mail/templates.rs) and the admin pages.

## Emails: greeting and layout
mail-greeting = Hallo { $name },
mail-greeting-anonymous = Hallo,
# The line above the link in the plain-text email.
mail-link-label = { $action }:
# What a receipt is for when no pack is named.
mail-what-credits = Credits

## Email: verify
mail-verify-subject = Bestätigen Sie Ihre E-Mail-Adresse für Obscura
mail-verify-intro = Willkommen bei Obscura. Bitte bestätigen Sie, dass dies Ihre E-Mail-Adresse ist.
mail-verify-action = Adresse bestätigen
mail-verify-expiry = Der Link ist 48 Stunden gültig.
mail-verify-ignore = Falls Sie kein Konto angelegt haben, ignorieren Sie diese E-Mail: Ohne Klick passiert nichts.

## Email: magic link
mail-magic-link-subject = Ihr Anmeldelink für Obscura
mail-magic-link-intro = Jemand (hoffentlich Sie) hat einen Link zur Anmeldung bei Obscura angefordert.
mail-magic-link-action = Bei Obscura anmelden
mail-magic-link-expiry = Der Link funktioniert einmal, 15 Minuten lang.
mail-magic-link-ignore = Falls Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Konto bleibt unverändert.

## Email: reset
mail-reset-subject = Setzen Sie Ihr Obscura-Passwort zurück
mail-reset-intro = Jemand (hoffentlich Sie) möchte das Passwort Ihres Obscura-Kontos zurücksetzen.
mail-reset-action = Neues Passwort wählen
mail-reset-expiry = Der Link funktioniert einmal, 30 Minuten lang. Beim Zurücksetzen werden alle anderen Geräte abgemeldet.
mail-reset-ignore = Falls Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.

## Email: email change
mail-email-change-subject = Bestätigen Sie Ihre neue E-Mail-Adresse für Obscura
mail-email-change-intro = Sie möchten diese Adresse für Ihr Obscura-Konto verwenden.
mail-email-change-action = Diese Adresse verwenden
mail-email-change-expiry = Der Link funktioniert einmal, 24 Stunden lang. Bis dahin bleibt Ihre alte Adresse aktiv.
mail-email-change-ignore = Falls Sie das nicht waren, ignorieren Sie diese E-Mail.

## Email: email changed
mail-email-changed-subject = Die E-Mail-Adresse Ihres Obscura-Kontos wurde geändert
mail-email-changed-intro = Ihr Obscura-Konto verwendet jetzt eine andere E-Mail-Adresse; mit dieser können Sie sich nicht mehr anmelden.
mail-action-review-security = Sicherheit Ihres Kontos prüfen
mail-changed-by-you = Wenn Sie das waren, ist nichts weiter zu tun.
mail-email-changed-ignore = Wenn nicht, setzen Sie Ihr Passwort auf der Anmeldeseite zurück und schreiben Sie dem Betreiber dieses Servers.

## Email: password changed
mail-password-changed-subject = Ihr Obscura-Passwort wurde geändert
mail-password-changed-intro = Das Passwort Ihres Obscura-Kontos wurde gerade geändert, und alle anderen Geräte wurden abgemeldet.
mail-not-you-reset = Wenn nicht, setzen Sie Ihr Passwort sofort auf der Anmeldeseite zurück.

## Email: new device
mail-new-device-subject = Neue Anmeldung bei Ihrem Obscura-Konto
mail-new-device-intro = Bei Ihrem Obscura-Konto hat sich gerade ein Gerät angemeldet, das es bisher nicht benutzt hat.
mail-action-see-sessions = Anmeldungen ansehen
mail-new-device-expiry = Wenn Sie das waren, ist nichts weiter zu tun.
mail-new-device-ignore = Wenn nicht, beenden Sie diese Sitzung in Ihren Sicherheitseinstellungen und ändern Sie Ihr Passwort.

## Email: earlier access removed
mail-earlier-access-removed-subject = Ihr Obscura-Konto gehört jetzt nur Ihnen
mail-earlier-access-removed-intro = Ihre E-Mail-Adresse wurde gerade zum ersten Mal bestätigt. Jemand hatte sich damit registriert, bevor sie bestätigt war, daher wurde alles entfernt, was vor diesem Moment eingerichtet war: das bei der Registrierung gewählte Passwort, angemeldete Geräte und ein verknüpftes Google-Konto.
mail-earlier-access-removed-action = Passwort festlegen und Konto prüfen
mail-earlier-access-removed-expiry = Wenn Sie sich selbst in einem anderen Browser registriert haben, wählen Sie Ihr Passwort einfach neu.
mail-earlier-access-removed-ignore = Nur wer dieses Postfach besitzt, kann das Konto jetzt nutzen.

## Email: two step added
mail-two-step-added-subject = Die Zwei-Schritt-Verifizierung ist für Ihr Obscura-Konto aktiv
mail-two-step-added-intro = Ihrem Obscura-Konto wurde gerade eine Authenticator-App hinzugefügt: Bei der Anmeldung wird jetzt auch ein Code daraus verlangt.
mail-two-step-added-expiry = Wenn Sie das waren, bewahren Sie Ihre Wiederherstellungscodes sicher auf.
mail-two-step-added-ignore = Wenn nicht, setzen Sie Ihr Passwort sofort auf der Anmeldeseite zurück und schreiben Sie dem Betreiber dieses Servers.

## Email: two step removed
mail-two-step-removed-subject = Die Zwei-Schritt-Verifizierung wurde von Ihrem Obscura-Konto entfernt
mail-two-step-removed-intro = Die Authenticator-App Ihres Obscura-Kontos wurde gerade entfernt: Bei der Anmeldung wird kein Code mehr verlangt.
mail-two-step-removed-ignore = Wenn nicht, setzen Sie Ihr Passwort sofort auf der Anmeldeseite zurück und richten Sie die Zwei-Schritt-Verifizierung wieder ein.

## Email: recovery codes renewed
mail-recovery-codes-renewed-subject = Neue Wiederherstellungscodes für Ihr Obscura-Konto
mail-recovery-codes-renewed-intro = Für Ihr Obscura-Konto wurden gerade neue Wiederherstellungscodes erstellt; die alten gelten nicht mehr.
mail-recovery-codes-renewed-expiry = Wenn Sie das waren, bewahren Sie die neuen Codes sicher auf.

## Email: recovery code used
mail-recovery-code-used-subject = Ein Wiederherstellungscode wurde zur Anmeldung bei Obscura benutzt
mail-recovery-code-used-intro = Gerade hat sich jemand mit einem Wiederherstellungscode bei Ihrem Obscura-Konto angemeldet. Dieser Code gilt nicht mehr.
mail-recovery-code-used-expiry = Wenn Sie das waren, erstellen Sie neue Codes, falls nur noch wenige übrig sind.
mail-recovery-code-used-ignore = Wenn nicht, beenden Sie diese Sitzung in Ihren Sicherheitseinstellungen, setzen Sie Ihr Passwort zurück und erstellen Sie neue Wiederherstellungscodes.

## Email: passkey added
mail-passkey-added-subject = Ihrem Obscura-Konto wurde ein Passkey hinzugefügt
mail-passkey-added-intro = Ihrem Obscura-Konto wurde gerade ein Passkey hinzugefügt: Damit kann man sich jetzt anmelden, und er dient als zweiter Schritt nach dem Passwort.
mail-passkey-added-ignore = Wenn nicht, entfernen Sie diesen Passkey in Ihren Sicherheitseinstellungen, setzen Sie Ihr Passwort sofort auf der Anmeldeseite zurück und schreiben Sie dem Betreiber dieses Servers.

## Email: passkey removed
mail-passkey-removed-subject = Ein Passkey wurde von Ihrem Obscura-Konto entfernt
mail-passkey-removed-intro = Ein Passkey Ihres Obscura-Kontos wurde gerade entfernt: Damit kann man sich nicht mehr anmelden.
mail-not-you-reset-check = Wenn nicht, setzen Sie Ihr Passwort sofort auf der Anmeldeseite zurück und prüfen Sie Ihre Sicherheitseinstellungen.

## Email: API key created
mail-api-key-created-subject = Für Ihr Obscura-Konto wurde ein neuer API-Schlüssel erstellt
mail-api-key-created-intro = Für Ihr Obscura-Konto wurde gerade ein API-Schlüssel erstellt. Programme mit diesem Schlüssel können Ihr Konto im Rahmen seiner Rechte nutzen und, wenn er Bilder erstellen darf, Ihre Credits verbrauchen.
mail-action-review-api-keys = API-Schlüssel prüfen
mail-api-key-created-expiry = Wenn Sie den Schlüssel erstellt haben, ist nichts weiter zu tun. Halten Sie ihn geheim: Er wurde einmal angezeigt und wird nicht lesbar gespeichert.
mail-api-key-created-ignore = Wenn nicht, widerrufen Sie ihn sofort auf dieser Seite, setzen Sie Ihr Passwort auf der Anmeldeseite zurück und prüfen Sie Ihre Sicherheitseinstellungen.

## Email: API key revoked
mail-api-key-revoked-subject = Ein API-Schlüssel Ihres Obscura-Kontos wurde widerrufen
mail-api-key-revoked-intro = Ein API-Schlüssel Ihres Obscura-Kontos wurde gerade widerrufen: Programme, die ihn nutzen, erreichen Ihr Konto nicht mehr.

## Email: export ready
mail-export-ready-subject = Ihr Obscura-Datenexport ist fertig
mail-export-ready-intro = Das angeforderte Archiv ist fertig: Ihre Kontodaten, Generierungen (JSON und CSV), Credits, Freigaben, Sitzungen, Sicherheits- und Einwilligungsprotokolle und Ihre Bilddateien.
mail-export-ready-action = Meine Daten herunterladen
mail-export-ready-expiry = Der Link ist 7 Tage gültig; danach wird das Archiv gelöscht.
mail-export-ready-ignore = Falls Sie es nicht angefordert haben, ändern Sie Ihr Passwort: Jemand könnte in Ihrem Konto angemeldet sein.

## Email: erasure scheduled
mail-erasure-scheduled-subject = Ihr Obscura-Konto wird gelöscht
mail-erasure-scheduled-intro = Sie haben die Löschung Ihres Obscura-Kontos beantragt. Alle Sitzungen wurden beendet, und das Konto ist geschlossen. Nach Ablauf der Wartezeit werden Ihre Daten und Bilder endgültig gelöscht.
mail-erasure-scheduled-action = Mein Konto behalten
mail-erasure-scheduled-expiry = Bis dahin hebt dieser Link die Löschung auf, und Sie können sich wieder anmelden.
mail-erasure-scheduled-ignore = Falls Sie das nicht waren, öffnen Sie den Link sofort und ändern Sie Ihr Passwort.

## Email: policy change
mail-policy-change-subject = Unsere Datenschutzerklärung ändert sich am { $date }
mail-policy-change-intro = Am { $date } ändert sich die Datenschutzerklärung von Obscura. Kurz gesagt: { $summary }
mail-policy-change-action = Genau ansehen, was sich ändert
mail-policy-change-expiry = Bis dahin gilt die aktuelle Erklärung. Wenn Sie nicht einverstanden sind, können Sie unter Einstellungen → Datenschutz Ihre Daten exportieren und Ihr Konto löschen.
mail-policy-change-ignore = Diese Nachricht geht an alle mit einem Konto, unabhängig von ihren E-Mail-Einstellungen: Das Gesetz verlangt es.

## Email: support received
mail-support-received-subject = Wir haben Ihre Nachricht erhalten
mail-support-received-intro = Danke für Ihre Nachricht an Obscura. Ein Mensch liest sie und antwortet per E-Mail, meist innerhalb von zwei Werktagen.
mail-support-received-action = Support-Seite öffnen
mail-support-received-expiry = Datenschutzanfragen beantworten wir spätestens innerhalb eines Monats.
mail-support-received-ignore = Falls Sie uns nicht geschrieben haben, hat jemand Ihre Adresse verwendet: Ignorieren Sie diese E-Mail.

## Email: support reply
mail-support-reply-subject = Eine Antwort auf Ihre Nachricht an Obscura
mail-support-reply-intro = { $reply }
mail-support-reply-action = Uns erneut schreiben
mail-support-reply-expiry = Sie können über die Support-Seite antworten.
mail-support-reply-ignore = Bitte schicken Sie keine Passwörter oder API-Schlüssel: Wir fragen nie danach.

## Email: publish approval
mail-publish-approval-subject = Bitte prüfen Sie einen Beitrag vor der Veröffentlichung
mail-publish-approval-intro = { $requester } bittet Sie, einen Beitrag mit einem Bild auf { $where } zu genehmigen. Öffnen Sie den Link, um Bild und Bildunterschrift zu sehen, und genehmigen oder lehnen Sie den Beitrag ab.
mail-publish-approval-action = Beitrag prüfen
mail-publish-approval-expiry = Der Link funktioniert einmal, 7 Tage lang. Ohne Ihre Genehmigung wird nichts veröffentlicht.
mail-publish-approval-ignore = Wenn Sie nicht wissen, wer das geschickt hat, ignorieren Sie die Nachricht: Es wird nichts veröffentlicht.

## Email: receipt
mail-receipt-subject = Ihre Obscura-Quittung: { $what }
mail-receipt-intro = Danke. Wir haben { $amount } für { $what } erhalten, und { $credits ->
        [one] { $credits } Credit ist
       *[other] { $credits } Credits sind
    } auf Ihrem Konto.
mail-action-view-invoice = Rechnung ansehen
mail-receipt-expiry = Die Rechnung trägt Name, Firma und USt-IdNr., die Sie beim Bezahlen angegeben haben.
mail-receipt-ignore = Ihre Zahlungen und Rechnungen finden Sie auch unter Einstellungen → Abrechnung.

## Email: plan renewed
mail-plan-renewed-subject = Ihr Obscura-Abo wurde verlängert: { $what }
mail-plan-renewed-intro = Ihr Abo { $what } wurde um einen weiteren Zeitraum verlängert: Wir haben { $amount } erhalten, und { $credits ->
        [one] { $credits } Credit ist
       *[other] { $credits } Credits sind
    } auf Ihrem Konto.
mail-plan-renewed-expiry = Sie können das Abo jederzeit unter Einstellungen → Abrechnung ändern oder kündigen.
mail-plan-renewed-ignore = Eine Kündigung verhindert die nächste Verlängerung; der laufende Zeitraum bleibt Ihnen erhalten.

## Email: payment failed
mail-payment-failed-subject = Ihre Obscura-Zahlung ist nicht durchgegangen
mail-payment-failed-intro = Die Zahlung für Ihr Abo ist nicht durchgegangen. Stripe versucht es in den nächsten Tagen erneut; bitte prüfen Sie Ihre Karte, damit Ihr Abo weiterläuft.
mail-payment-failed-action = Karte aktualisieren
mail-payment-failed-expiry = Es geht nichts verloren: Ihre Credits bleiben auf Ihrem Konto.
mail-payment-failed-ignore = Wenn Sie das Abo beenden wollten, können Sie es auf derselben Seite kündigen.

## Email: plan ending
mail-plan-ending-subject = Ihr Obscura-Abo endet am { $date }
mail-plan-ending-intro = Ihr Abo ist gekündigt und wird nicht verlängert: Es endet am { $date }. Bis dahin können Sie es samt seinen Credits weiter nutzen.
mail-plan-ending-action = Mein Abo ansehen
mail-plan-ending-expiry = Haben Sie es sich anders überlegt? Sie können das Abo vor diesem Datum auf derselben Seite fortsetzen.
mail-plan-ending-ignore = Credits aus gekauften Paketen verfallen nie.

## Email: checkout failed
mail-checkout-failed-subject = Ihre Obscura-Zahlung für { $what } ist nicht durchgegangen
mail-checkout-failed-intro = Ihre Bank hat die Zahlung für { $what } nicht ausgeführt. Es wurde nichts abgebucht, und es wurden keine Credits gutgeschrieben.
mail-checkout-failed-action = Erneut versuchen
mail-checkout-failed-expiry = Auf der Abrechnungsseite können Sie mit einer anderen Zahlungsmethode bezahlen.
mail-checkout-failed-ignore = Wenn Sie nichts kaufen wollten, müssen Sie nichts tun.

## Admin pages: menu and notices
admin-menu = Administration
admin-menu-support = Support
admin-menu-requests = Datenschutzanfragen
admin-menu-analytics = Statistik
admin-menu-audit = Audit-Protokoll
admin-menu-payments = Zahlungen
admin-loading = Wird geladen…
admin-notice-reply-sent = Ihre Antwort wurde per E-Mail gesendet und bei der Nachricht gespeichert.
admin-notice-message-closed = Die Nachricht ist geschlossen.
admin-notice-message-reopened = Die Nachricht ist wieder offen.
admin-notice-confirm-erase = Geben Sie die Adresse des gemeldeten Kontos ein und setzen Sie das Häkchen zur Bestätigung, um es zu löschen: Das lässt sich nicht rückgängig machen.
admin-notice-not-underage = Nur eine Meldung wegen Unterschreitung des Mindestalters kann zur Löschung eines Kontos führen.
admin-notice-account-erased = Das Konto wurde überall abgemeldet und mit allen Inhalten gelöscht.
admin-notice-no-account = Kein Konto verwendet die eingegebene Adresse.
admin-notice-admin-account = Diese Adresse gehört zu einem Administratorkonto; es wird nicht hier gelöscht.
admin-notice-request-logged = Die Anfrage ist erfasst. Sie ist in 30 Tagen fällig.
admin-notice-request-done = Die Anfrage ist als beantwortet markiert.
admin-notice-refund-sent = Die Erstattung wurde an Stripe übermittelt. Zahlung und Credits ändern sich, sobald Stripe sie bestätigt, meist innerhalb einer Minute.

## Admin pages: support messages
admin-support-all = Alle Nachrichten.
admin-support-open = Offene Nachrichten.
admin-support-show-open = Nur offene anzeigen
admin-support-show-all = Auch geschlossene anzeigen
admin-support-empty = Keine wartenden Nachrichten
admin-support-empty-text = Nachrichten aus dem Support-Formular erscheinen hier.
# After a message's date in the list.
admin-support-closed = geschlossen
# The badge of messages about privacy.
admin-support-privacy = Datenschutz
admin-topic-help = Hilfe zum Studio
admin-topic-account = Mein Konto oder die Anmeldung
admin-topic-billing = Credits und Zahlungen
admin-topic-bug = Etwas funktioniert nicht
admin-topic-privacy = Datenschutzanfrage (Kopie, Berichtigung, Löschung, Widerspruch)
admin-topic-underage = Ein Konto einer Person unter dem Mindestalter
admin-topic-other = Etwas anderes
admin-message-not-found = Diese Nachricht existiert nicht.
admin-message-title = Nachricht
admin-message-from = Von
admin-message-has-account = (hat ein Konto)
admin-message-received = Eingegangen
admin-message-status = Status
admin-message-open = Offen
admin-message-closed = Geschlossen
admin-message-attachment-alt = Das mit der Nachricht gesendete Bild
admin-message-replies = Gesendete Antworten
admin-message-reply-heading = Per E-Mail antworten
admin-message-reply-label = Ihre Antwort an { $email }
admin-message-send = Antwort senden
admin-message-reopen = Wieder öffnen
admin-message-close = Nachricht schließen
admin-underage-heading = Konto unter dem Mindestalter
admin-underage-text = Wenn die Meldung zutrifft, löschen Sie das betroffene Konto. Geben Sie die E-Mail-Adresse dieses Kontos so ein, wie die Meldung sie nennt (das Konto der meldenden Person wird nur gelöscht, wenn Sie dessen Adresse eingeben). Das Konto wird überall abgemeldet, und alle Inhalte werden sofort gelöscht. Das lässt sich nicht rückgängig machen und wird im Audit-Protokoll festgehalten.
admin-underage-account = E-Mail-Adresse des gemeldeten Kontos
admin-underage-confirm = Ich habe die Meldung geprüft und möchte dieses Konto löschen.
admin-underage-submit = Konto sperren und löschen

## Admin pages: privacy requests
admin-requests-lead = Jede Anfrage zu personenbezogenen Daten wird innerhalb von 30 Tagen nach Eingang beantwortet. Anfragen über das Support-Formular erscheinen hier von selbst; erfassen Sie die, die auf anderem Weg eingegangen sind.
admin-requests-empty = Keine Anfragen
admin-requests-log-heading = Auf anderem Weg eingegangene Anfrage erfassen
admin-requests-kind = Art
admin-requests-choose = Auswählen
admin-requests-requester = E-Mail-Adresse der anfragenden Person
admin-requests-channel = Eingegangen per
admin-requests-channel-hint = E-Mail, Brief, Telefon…
admin-requests-received = Eingegangen am
admin-requests-notes = Notizen
admin-requests-submit = Anfrage erfassen
admin-request-kind-access = Auskunft oder Kopie
admin-request-kind-rectification = Berichtigung
admin-request-kind-erasure = Löschung
admin-request-kind-restriction = Einschränkung oder Widerspruch
admin-request-kind-other = Sonstiges
admin-request-answered = Beantwortet am { $date }
admin-request-overdue = Überfällig seit { $date }
admin-request-due = Fällig am { $date }
# When and how a request came: "Received 2026-03-01 by Letter".
admin-request-received = Eingegangen am { $date } per { $channel }
admin-request-from-support-form = Hilfeformular
admin-request-notes-support-form = Über das Hilfeformular gesendet: Was gewünscht wird, steht in der Nachricht.
# The link to the support message a request came with.
admin-request-message = Nachricht
admin-request-done = Als beantwortet markieren

## Admin pages: analytics
admin-analytics-lead = Seitenaufrufe von Besuchern, die das Zählen erlaubt haben: nur Summen, nichts über einzelne Personen.
admin-analytics-period = Zeitraum
admin-analytics-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
analytics-empty = In diesem Zeitraum wurden keine Seitenaufrufe gezählt
analytics-empty-text = Aufrufe werden nur für Besucher gezählt, die es im Cookie-Banner erlauben, weder Global Privacy Control noch Do Not Track senden und nicht widersprochen haben.
analytics-total = { $count ->
    [one] { $count } Aufruf vom { $first } bis { $last }.
   *[other] { $count } Aufrufe vom { $first } bis { $last }.
}
analytics-chart-title = Seitenaufrufe pro Tag, { $first } bis { $last }
analytics-table = Aufrufe pro Tag als Tabelle
analytics-day = Tag
analytics-page = Seite
analytics-referrer = Verweisende Website
analytics-direct = Direkt oder von dieser Website
analytics-device = Gerät
analytics-device-desktop = Desktop
analytics-device-mobile = Mobilgerät
analytics-device-tablet = Tablet
analytics-country = Land
analytics-unknown = Unbekannt
analytics-views = Aufrufe

## Admin pages: audit log
admin-audit-lead = Jede Admin-Aktion: wer was getan hat, an welchem Konto, welcher Nachricht oder Anfrage, wann und mit welchem Ergebnis. Wird 3 Jahre lang aufbewahrt.
admin-audit-empty = Keine Admin-Aktionen erfasst
# "· by <admin> · on <target>"
admin-audit-by = von
admin-audit-on = betrifft
admin-audit-actor-cli = der Kommandozeile
admin-audit-target-account = Konto
admin-audit-target-message = Nachricht
admin-audit-target-request = Datenschutzanfrage
admin-audit-target-payment = Zahlung
admin-audit-pages = Seiten
admin-audit-newer = Neuer
admin-audit-older = Älter
admin-audit-action-reply = Nachricht beantwortet
admin-audit-action-close = Nachricht geschlossen
admin-audit-action-reopen = Nachricht wieder geöffnet
admin-audit-action-erase-underage = Gemeldetes Konto unter dem Mindestalter gelöscht
admin-audit-action-request-logged = Datenschutzanfrage erfasst
admin-audit-action-request-done = Datenschutzanfrage als beantwortet markiert
admin-audit-action-grant-admin = Konto zum Admin gemacht
admin-audit-action-refund = Zahlung erstattet
admin-audit-action-credit-adjust = Guthaben angepasst
admin-audit-action-suspend = Konto gesperrt
admin-audit-action-unsuspend = Sperre aufgehoben
admin-audit-action-revoke-admin = Admin-Rolle entzogen
admin-audit-action-end-sessions = Sitzungen eines Kontos beendet
admin-audit-action-delete-account = Konto gelöscht
admin-audit-action-report-dismiss = Meldung zurückgewiesen
admin-audit-action-share-take-down = Freigabe entfernt
admin-audit-action-blocklist-change = Sperrliste geändert
admin-audit-action-model-change = Einstellungen eines Modells geändert
admin-audit-target-share = Freigabe
admin-audit-target-report = Meldung
admin-audit-target-model = Modell
admin-audit-target-settings = Einstellungen
admin-audit-reason = Grund:
# How an action ended (English shows the stored code).
admin-audit-outcome-done = erledigt
admin-audit-outcome-refused = abgelehnt
admin-audit-outcome-not-found = nicht gefunden
admin-audit-outcome-invalid = ungültig
admin-audit-outcome-failed = fehlgeschlagen


# ─── Admin console: the dashboard ───

admin-dash-menu = Übersicht
admin-dash-title = Übersicht
admin-dash-lead = Wie es dem Dienst geht, nur in Zahlen: Hier wird niemand genannt. Tage sind UTC-Tage; der heutige Tag zählt bis jetzt.
# A period: "2026-03-01 to 2026-03-30 (UTC)".
admin-dash-range = { $first } bis { $last } (UTC)
admin-dash-percent = { $value }{"\u00A0"}%
# Shown instead of a failure rate when no generation finished.
admin-dash-no-rate = –
admin-dash-rate-hint = In diesem Zeitraum wurde keine Generierung abgeschlossen, daher gibt es noch keine Fehlerquote.
admin-dash-total-people = Konten
admin-dash-total-active = Aktiv im Zeitraum
admin-dash-total-signups = Registrierungen im Zeitraum
admin-dash-total-generations = Generierungen im Zeitraum
admin-dash-total-failure-rate = Fehlerquote
admin-dash-total-cancelled = Von ihren Eigentümern abgebrochen
admin-dash-total-support = Offene Support-Nachrichten
admin-dash-total-reports = Offene Meldungen
# A chart's accessible title: "Sign-ups per day, 2026-03-01 to 2026-03-30".
admin-dash-chart-title = { $figure }, { $first } bis { $last }
admin-dash-as-table = { $figure } als Tabelle
admin-dash-signups-heading = Registrierungen pro Tag
admin-dash-signups-note = Konten, die an jedem Tag angelegt wurden und noch bestehen (gelöschte Konten zählen nicht).
admin-dash-signups-empty = Keine Registrierungen in diesem Zeitraum. Neue Konten erscheinen hier am Tag ihrer Anlage.
admin-dash-signups-series = Registrierungen
admin-dash-active-heading = Aktive Personen pro Tag
admin-dash-active-note = Konten, die sich an diesem Tag angemeldet (laut ihrem Sicherheitsprotokoll) oder eine Generierung angefordert haben, je Tag einmal gezählt. Wer angemeldet bleibt, ohne zu generieren, zählt nicht.
admin-dash-active-empty = In diesem Zeitraum hat sich niemand angemeldet oder generiert.
admin-dash-active-series = Aktive Personen
admin-dash-generations-heading = Generierungen pro Tag
admin-dash-generations-note = Angeforderte Generierungen pro Tag, nach dem Anbieter, bei dem sie liefen, wie viele fehlschlugen und wie viele ihre Eigentümer abbrachen. Die Fehlerquote zählt nur abgeschlossene Generierungen (erfolgreich oder fehlgeschlagen): Ein Abbruch ist kein Fehler.
admin-dash-generations-empty = Keine Generierungen in diesem Zeitraum. Sie erscheinen hier, sobald Bilder erstellt werden.
admin-dash-generations-series = Generierungen
admin-dash-failed-series = Fehlgeschlagen
admin-dash-cancelled-series = Abgebrochen
admin-dash-providers-caption = Generierungen nach Anbieter
admin-dash-provider = Anbieter
admin-dash-failure-rate = Fehlerquote
admin-dash-provider-generations = { $provider }: Generierungen
admin-dash-provider-failed = { $provider }: fehlgeschlagen
admin-dash-provider-cancelled = { $provider }: abgebrochen
admin-dash-provider-openai = OpenAI
admin-dash-provider-replicate = Replicate
admin-dash-provider-sdwebui = Stable Diffusion WebUI
admin-dash-provider-local = Offline-Renderer
admin-dash-provider-unknown = Unbekannt
admin-dash-provider-unknown-note = „Unbekannt“: Generierungen, deren Anbieter diese Version nicht kennt.
admin-dash-queue-heading = Warteschlange jetzt
admin-dash-queue-note = Hintergrundarbeit (Generierungen, Exporte, E-Mails, Aufbewahrung) zum Zeitpunkt, als diese Seite erstellt wurde.
admin-dash-queue-healthy = In Ordnung: Kein Auftrag wartet lange.
admin-dash-queue-backlog = Rückstau: Der älteste Auftrag wartet seit { $wait } (mehr als { $limit }). Prüfen Sie, ob die Worker laufen und die Anbieter antworten.
admin-dash-queue-waiting = Wartend
admin-dash-queue-oldest = Ältester wartet seit
admin-dash-queue-nothing-waits = nichts wartet
admin-dash-queue-running = Laufend
admin-dash-queue-scheduled = Für später geplant
admin-dash-queue-failed = Endgültig fehlgeschlagen (zur Prüfung aufbewahrt)
admin-dash-seconds = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
admin-dash-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
admin-dash-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
admin-dash-credits-heading = Credits pro Tag
admin-dash-credits-note = Aus dem Credit-Journal. Vergeben: Gutschriften bei Registrierung und Kauf, erstattete Abbuchungen und Gutschriften durch Betreiber. Verbraucht: Abbuchungen für abgeschlossene Generierungen. Entfernt: Abzüge durch Betreiber, nach Erstattungen zurückgenommene und verfallene Abo-Credits.
admin-dash-credits-empty = In diesem Zeitraum wurden keine Credits bewegt.
admin-dash-credits-granted = Vergeben
admin-dash-credits-spent = Verbraucht
admin-dash-credits-removed = Entfernt
admin-dash-revenue-heading = Umsatz pro Tag
admin-dash-revenue-note = Zahlungen nach dem Tag, an dem sie bezahlt wurden, mit dem, was davon seither erstattet wurde.
admin-dash-revenue-payments = Alle Zahlungen
admin-dash-revenue-empty = Keine Zahlungen in diesem Zeitraum.
admin-dash-revenue-series = Bezahlt ({ $currency })
admin-dash-revenue-count = Zahlungen
admin-dash-revenue-gross = Bezahlt
admin-dash-revenue-refunded = Erstattet
# (end of admin-dashboard)

# ─── Admin console: people ───

admin-people-suspended-sign-in = Dieses Konto ist gesperrt, daher ist keine Anmeldung möglich. Wenn Sie das für einen Irrtum halten, wenden Sie sich an den Support: { $support }
admin-people-event-suspended = Konto vom Obscura-Team gesperrt
admin-people-event-unsuspended = Sperre vom Obscura-Team aufgehoben
admin-error-reason-empty = Geben Sie einen Grund an (er wird im Audit-Protokoll gespeichert).
admin-people-error-code-suspended = Dieses Konto ist gesperrt.
admin-people-post-reason-suspended = Das Konto ist gesperrt.
admin-people-menu = Personen
admin-people-title = Personen
admin-people-lead = Finden Sie ein Konto über einen Teil seiner E-Mail-Adresse oder seines Namens oder über seine genaue ID. Neueste zuerst.
admin-people-search-label = Suche
admin-people-search-hint = Teil einer E-Mail-Adresse oder eines Namens (Groß- und Kleinschreibung egal) oder eine Konto-ID.
admin-people-filters = Nur anzeigen
admin-people-filter-verified = Bestätigte Adressen
admin-people-filter-suspended = Gesperrt
admin-people-filter-admin = Admins
admin-people-filter-paid = Mit Zahlungen
admin-people-search-submit = Suchen
admin-people-search-clear = Suche zurücksetzen
admin-people-empty = Noch keine Konten
admin-people-empty-text = Personen erscheinen hier, sobald sie sich registrieren.
admin-people-none-match = Niemand passt
admin-people-none-match-text = Versuchen Sie einen Teil der Adresse oder des Namens oder weniger Filter.
admin-people-col-name = Name
admin-people-col-email = E-Mail-Adresse
admin-people-col-joined = Registriert
admin-people-col-standing = Status
admin-people-col-credits = Credits
admin-people-pages = Seiten der Personenliste
admin-people-newest = Neueste
admin-people-older = Ältere
admin-people-badge-admin = Admin
admin-people-badge-suspended = Gesperrt
admin-people-badge-unverified = Unbestätigt
admin-people-no-name = (kein Name)
admin-people-not-found = Dieses Konto gibt es nicht.
admin-people-person-title = Person
admin-people-back = Zurück zu den Personen
admin-people-yes = Ja
admin-people-no = Nein
admin-people-fact-id = Konto-ID
admin-people-fact-verified = Adresse bestätigt
admin-people-fact-language = Sprache
admin-people-fact-methods = Meldet sich an mit
admin-people-fact-two-step = Zwei-Schritt-Verifizierung
admin-people-fact-role = Rolle
admin-people-fact-suspension = Sperre
admin-people-fact-closing = Schließung
admin-people-method-password = Passwort
admin-people-method-google = Google
admin-people-method-passkeys = { $count ->
    [one] { $count } Passkey
   *[other] { $count } Passkeys
}
admin-people-method-link = nur Links per E-Mail
admin-people-role-admin = Admin
admin-people-role-user = Mitglied
admin-people-suspended-since = Gesperrt seit { $date }.
admin-people-not-suspended = Nicht gesperrt
admin-people-closing = Vom Inhaber geschlossen; wird am { $date } gelöscht, sofern er es nicht behält.
admin-people-credits = Credits
admin-people-balance = { $count ->
    [one] Guthaben: { $count } Credit
   *[other] Guthaben: { $count } Credits
}
admin-people-ledger = Letzte Buchungen
admin-people-ledger-none = Noch keine Buchungen.
admin-people-col-kind = Art
admin-people-col-delta = Änderung
admin-people-col-date = Datum
admin-people-col-reference = Bezug
admin-people-ledger-grant = Gutschrift
admin-people-ledger-reserve = Reserviert
admin-people-ledger-capture = Abgebucht
admin-people-ledger-release = Freigegeben
admin-people-ledger-refund = Erstattung
admin-people-ledger-adjust = Korrektur
admin-people-ledger-clawback = Zurückgenommen
admin-people-ledger-expire = Verfallen
admin-people-adjust-heading = Credits korrigieren
admin-people-adjust-lead = Eine Buchung, in den eigenen Unterlagen der Person als „adjustment by support“ vermerkt; Ihr Grund bleibt im Audit-Protokoll.
admin-people-direction = Korrektur
admin-people-direction-add = Credits hinzufügen
admin-people-direction-remove = Credits abziehen
admin-people-amount = Credits
admin-people-adjust-confirm = Ich habe Betrag und Konto geprüft.
admin-people-adjust-submit = Credits korrigieren
admin-people-reason-label = Grund
admin-people-reason-hint = Wird mit dieser Aktion im Audit-Protokoll gespeichert (bis zu 500 Zeichen).
admin-people-sessions = Sitzungen
admin-people-sessions-none = Keine aktiven Sitzungen.
admin-people-sessions-lead = Geben Sie einen Grund an, setzen Sie das Häkchen und beenden Sie dann eine Sitzung oder alle. Die Person wird dort sofort abgemeldet.
admin-people-sessions-confirm = Die unten gewählte Sitzung beenden.
admin-people-col-device = Gerät
admin-people-col-last-seen = Zuletzt gesehen
admin-people-col-started = Begonnen
admin-people-col-actions = Aktionen
admin-people-session-end = Beenden
admin-people-session-end-label = Die Sitzung auf { $device } beenden
admin-people-sessions-end-all = Alle Sitzungen beenden
admin-people-generations = Generierungen
admin-people-generations-lead = Nur Anzahlen: Prompts und Bilder bleiben privat.
admin-people-col-status = Status
admin-people-col-recent = Letzte 30 Tage
admin-people-col-all = Insgesamt
admin-people-status-queued = Wartend
admin-people-status-running = Läuft
admin-people-status-succeeded = Erfolgreich
admin-people-status-failed = Fehlgeschlagen
admin-people-payments = Zahlungen
admin-people-payments-none = Keine Zahlungen.
admin-people-payments-all = Unter „Zahlungen“ öffnen
admin-people-support = Support-Verlauf
admin-people-support-none = Keine Nachrichten an den Support.
admin-people-reports = Meldungen zu Freigaben dieser Person
admin-people-reports-none = Keine Meldungen zu Freigaben dieser Person.
admin-people-standing = Status des Kontos
admin-people-own-account = Dies ist Ihr eigenes Konto: Sperren, Rollenänderung oder Löschen übernimmt ein anderer Admin.
admin-people-suspend-heading = Sperren
admin-people-suspend-lead = Beendet alle Sitzungen, verweigert Anmeldung und API-Schlüssel mit einem Hinweis auf den Support, nimmt die Freigaben offline und hält geplante Social-Media-Beiträge zurück. Nichts wird gelöscht.
admin-people-suspend-confirm = Dieses Konto sperren.
admin-people-suspend-submit = Konto sperren
admin-people-suspend-admin = Das Konto eines Admins kann nicht gesperrt werden: Entziehen Sie zuerst die Admin-Rolle.
admin-people-unsuspend-heading = Sperre aufheben
admin-people-unsuspend-lead = Die Person kann sich wieder anmelden und ihre Freigaben sind wieder erreichbar (außer entfernten).
admin-people-unsuspend-confirm = Die Sperre dieses Kontos aufheben.
admin-people-unsuspend-submit = Sperre aufheben
admin-people-grant-heading = Zum Admin machen
admin-people-grant-lead = Admins sehen alle Seiten der Konsole und handeln für jedes Konto. Sie melden sich mit einem zweiten Schritt an, wenn der Server es verlangt.
admin-people-grant-confirm = Diesem Konto die Admin-Rolle geben.
admin-people-grant-submit = Zum Admin machen
admin-people-revoke-heading = Admin-Rolle entziehen
admin-people-revoke-lead = Das Konto wird sofort zum Mitglied. Der letzte Admin behält die Rolle.
admin-people-revoke-confirm = Diesem Konto die Admin-Rolle entziehen.
admin-people-revoke-submit = Admin-Rolle entziehen
admin-people-delete-heading = Konto löschen
admin-people-delete-lead = Löscht das Konto sofort, mit Bildern, Freigaben, Credits und Sitzungen – genau wie wenn eine Person ihr eigenes Konto löscht. Dies lässt sich nicht rückgängig machen.
admin-people-delete-admin = Das Konto eines Admins kann hier nicht gelöscht werden: Entziehen Sie zuerst die Admin-Rolle.
admin-people-delete-email = Geben Sie zur Bestätigung die E-Mail-Adresse des Kontos ein ({ $email })
admin-people-delete-confirm = Dieses Konto mit allem Inhalt löschen.
admin-people-delete-submit = Konto löschen
admin-people-error-confirm = Setzen Sie zur Bestätigung das Häkchen.
admin-people-error-direction = Wählen Sie, ob Credits hinzugefügt oder abgezogen werden.
admin-people-error-amount = Geben Sie eine ganze Zahl von 1 bis { $max } Credits ein.
admin-people-error-more-than-balance = { $balance ->
    [one] Das ist mehr als das Guthaben: Das Konto hat { $balance } Credit.
   *[other] Das ist mehr als das Guthaben: Das Konto hat { $balance } Credits.
}
admin-people-error-email-mismatch = Das ist nicht die E-Mail-Adresse des Kontos.
admin-people-error-yourself = Nicht für Ihr eigenes Konto: Bitten Sie einen anderen Admin.
admin-people-error-admin-account = Dies ist das Konto eines Admins: Entziehen Sie zuerst die Admin-Rolle.
admin-people-error-last-admin = Dies ist der letzte Admin: Machen Sie zuerst jemand anderen zum Admin.
admin-people-error-suspended-admin = Dieses Konto ist gesperrt: Heben Sie zuerst die Sperre auf.
admin-people-error-unverified-admin = Die Adresse dieses Kontos ist nicht bestätigt: Nur ein bestätigtes Konto kann Admin werden.
admin-people-notice-credits-adjusted = Credits korrigiert.
admin-people-notice-credits-already = Diese Korrektur war schon gebucht: Nichts hat sich geändert.
admin-people-notice-suspended = Konto gesperrt: Seine Sitzungen sind beendet und seine Freigaben offline.
admin-people-notice-unsuspended = Sperre aufgehoben.
admin-people-notice-unchanged = Nichts zu ändern: Das Konto war schon so.
admin-people-notice-admin-granted = Das Konto ist jetzt Admin.
admin-people-notice-admin-revoked = Die Admin-Rolle wurde entzogen.
admin-people-notice-sessions-ended = Sitzungen beendet.
admin-people-notice-deleted = Konto gelöscht.
# (end of admin-people)

# ─── Reports of shared images ───

report-link = Dieses Bild melden
report-title = Ein Bild melden
report-lead = Sagen Sie uns, was mit diesem Bild nicht stimmt. Wir prüfen jede Meldung, und die Person, die das Bild geteilt hat, erfährt nie, wer sie geschickt hat.
report-image-alt = Das Bild, das Sie melden
report-reason-legend = Was stimmt damit nicht?
report-reason-child-safety = Sexuelle Inhalte mit Minderjährigen
report-reason-intimate-imagery = Intime Bilder, ohne Einwilligung geteilt
report-reason-violence = Gewalt oder drastische Darstellungen
report-reason-hate = Hass oder Belästigung
report-reason-privacy = Mein Abbild oder meine persönlichen Daten ohne meine Einwilligung verwendet
report-reason-copyright = Verletzung von Urheber- oder Markenrechten
report-reason-spam = Spam oder Betrug
report-reason-other = Etwas anderes
report-details-label = Einzelheiten
report-details-hint = Alles, was uns bei der Entscheidung hilft, mit höchstens { $max } Zeichen.
report-email-label = Ihre E-Mail-Adresse
report-email-hint = Nur, um Ihnen das Ergebnis mitzuteilen. Sie wird der Person, die das Bild geteilt hat, nie gezeigt.
report-submit = Meldung senden
report-back = Zurück zum Bild
report-error-reason = Wählen Sie, was mit dem Bild nicht stimmt.
report-thanks-title = Vielen Dank für Ihre Meldung
report-thanks-text = Wir haben sie erhalten und prüfen das Bild. Wenn Sie Ihre E-Mail-Adresse angegeben haben, schreiben wir Ihnen, sobald wir entschieden haben.
report-share-again-refused = Dieses Bild wurde nach einer Meldung entfernt und kann nicht erneut geteilt werden. Wenn Sie das für einen Fehler halten, schreiben Sie uns über die Support-Seite.
report-gone-title = Nicht mehr verfügbar
report-gone-heading = Dieses Bild ist nicht mehr verfügbar.
report-gone-text = Der Link, dem Sie gefolgt sind, führt nicht mehr zu einem Bild.
report-share-taken-down = Nach einer Meldung entfernt: { $reason }
report-share-appeal = Halten Sie das für einen Fehler?
report-share-appeal-link = Schreiben Sie uns (Thema „Konto“)
report-admin-menu = Meldungen
report-admin-lead = Meldungen geteilter Bilder, gesendet von Freigabeseiten. Weisen Sie eine Meldung zurück, entfernen Sie die Freigabe, oder entfernen Sie sie und sperren Sie ihren Inhaber.
report-admin-filter = Welche Meldungen
report-admin-filter-open = Offen ({ $count })
report-admin-filter-decided = Entschieden ({ $count })
report-admin-filter-all = Alle
report-admin-empty = Hier gibt es keine Meldungen.
report-admin-empty-text = Meldungen über „Dieses Bild melden“ auf Freigabeseiten erscheinen hier.
report-admin-col-reason = Grund
report-admin-col-received = Eingegangen
report-admin-col-status = Status
report-admin-col-share = Freigabe
report-admin-others = { $count ->
    [one] { $count } weitere offen
   *[other] { $count } weitere offen
}
report-status-open = Offen
report-status-dismissed = Zurückgewiesen
report-status-taken-down = Entfernt
report-status-owner-suspended = Entfernt, Inhaber gesperrt
report-admin-newer = Neuere
report-admin-older = Ältere
report-admin-pages = Seiten der Meldungen
report-admin-title = Meldung
report-admin-back = Alle Meldungen
report-admin-not-found = Diese Meldung gibt es nicht.
report-admin-received = Eingegangen
report-admin-status = Status
report-admin-reporter = E-Mail-Adresse der meldenden Person
report-admin-reporter-none = Nicht angegeben
report-admin-reporter-account = (beim Melden angemeldet)
report-admin-owner = Inhaber
report-admin-share = Freigabe
report-admin-share-down = (entfernt)
report-admin-details = Einzelheiten
report-admin-no-details = Keine angegeben.
report-admin-image = Gemeldetes Bild
report-admin-image-gone = Das Bild existiert nicht mehr.
report-admin-prompt = Prompt
report-admin-others-heading = Weitere Meldungen dieser Freigabe
report-admin-decision-heading = Entscheidung
report-admin-decided-at = Entschieden
report-admin-decision-reason = Angegebener Grund
report-admin-note = Hinweis an den Inhaber
report-admin-decide-heading = Entscheiden
report-admin-decision-legend = Entscheidung
report-decision-dismiss = Zurückweisen: nichts zu tun
report-decision-take-down = Freigabe entfernen (der Inhaber erhält eine E-Mail)
report-decision-suspend-owner = Freigabe entfernen und ihren Inhaber sperren
report-admin-why-label = Grund (wird im Audit-Protokoll gespeichert)
report-admin-note-label = Hinweis an den Inhaber
report-admin-note-hint = Wird bei einer Entfernung in der E-Mail an den Inhaber gesendet. Nennen Sie nie die meldende Person.
report-admin-confirm = Ich bestätige die Entfernung (und die Sperre, falls gewählt).
report-admin-submit = Entscheiden
report-error-decision = Wählen Sie eine Entscheidung.
report-error-confirm = Setzen Sie das Häkchen, um die Entfernung zu bestätigen.
report-error-already-decided = Über diese Meldung wurde bereits entschieden; nichts wurde geändert.
report-error-owner-admin = Der Inhaber ist Administrator. Entziehen Sie ihm die Rolle, bevor Sie ihn sperren; nichts wurde geändert.
report-notice-dismissed = Die Meldung wurde zurückgewiesen.
report-notice-taken-down = Die Freigabe wurde entfernt und ihr Inhaber informiert.
report-notice-owner-suspended = Die Freigabe wurde entfernt und ihr Inhaber gesperrt.
report-mail-note = Ein Hinweis unseres Teams: { $note }
report-mail-taken-down-subject = Eines Ihrer geteilten Bilder wurde entfernt
report-mail-taken-down-intro = Nach einer Meldung haben wir eines Ihrer geteilten Bilder geprüft und seinen öffentlichen Link entfernt: Er funktioniert nicht mehr. Das Bild selbst bleibt in Ihrer Galerie. Grund: { $summary }
report-mail-taken-down-action = Bild ansehen
report-mail-taken-down-appeal = Wenn Sie das für einen Fehler halten, schreiben Sie uns über die Support-Seite ({ $support }) und wählen Sie das Thema „Konto“.
report-mail-taken-down-closing = Solange diese Entscheidung gilt, kann das Bild nicht erneut geteilt werden.
report-mail-outcome-subject = Ihre Meldung an Obscura
report-mail-acted-intro = Vielen Dank, dass Sie ein geteiltes Bild gemeldet haben. Wir haben es geprüft und nach unseren Regeln Maßnahmen ergriffen.
report-mail-dismissed-intro = Vielen Dank, dass Sie ein geteiltes Bild gemeldet haben. Wir haben es geprüft und nach unseren Regeln keinen Grund zum Handeln gefunden.
report-mail-outcome-action = Support kontaktieren
report-mail-outcome-private = Weitere Einzelheiten zur Entscheidung teilen wir nicht mit.
report-mail-outcome-closing = Sie erhalten diese E-Mail, weil Ihre Adresse bei einer Meldung angegeben wurde. Wenn Sie das nicht waren, ignorieren Sie sie: Wir löschen die Adresse innerhalb von 30 Tagen.
report-fact-name = Meldungen geteilter Bilder: der Grund, die geschriebenen Einzelheiten, die E-Mail-Adresse der meldenden Person, falls angegeben, ihr Konto, falls angemeldet, und unsere Entscheidung mit ihrem Grund
report-fact-purpose = Vorgehen gegen rechtswidrige oder schädliche Bilder, die über Obscura geteilt werden, und Information der Betroffenen.
report-fact-basis = Berechtigtes Interesse an einem sicheren Dienst (Art. 6 Abs. 1 lit. f DSGVO) und gesetzliche Pflichten, gegen rechtswidrige Inhalte vorzugehen (Art. 6 Abs. 1 lit. c DSGVO)
report-fact-retention = Offene Meldungen bis zur Entscheidung; zurückgewiesene Meldungen 6 Monate nach der Entscheidung; Entfernungen 3 Jahre oder bis das Konto des Inhabers gelöscht wird; die E-Mail-Adresse der meldenden Person 30 Tage nach der Entscheidung.

# (end of reports)

# ─── Admin console: blocklist and models ───

admin-settings-menu = Einstellungen
admin-settings-title = Einstellungen
admin-settings-lead = Die Sperrliste und die Modelle, in der Datenbank gespeichert. Eine Änderung gilt innerhalb von Sekunden in jedem Serverprozess und wird mit Ihrer Begründung im Prüfprotokoll festgehalten. Anbieter, deren Modellnamen und Schlüssel bleiben in der Konfiguration (sie erfordern einen Neustart).
admin-settings-never-changed = In der Konsole noch nicht geändert: die Werte der Konfiguration.
admin-settings-changed = Zuletzt geändert am { $date } von { $by }.
admin-settings-blocklist-heading = Sperrliste
admin-settings-blocklist-matching = Ein Prompt wird abgelehnt, wenn er einen Begriff als ganze Wörter enthält, unabhängig von Groß- und Kleinschreibung und Satzzeichen: „art“ sperrt nicht „party“, und „blocked-word“ sperrt „Blocked word“. Prompts werden beim Absenden geprüft und erneut, kurz bevor sie an einen Anbieter gehen.
admin-settings-term-count = { $count ->
    [one] 1 Begriff
   *[other] { $count } Begriffe
}
admin-settings-terms-label = Begriffe, einer pro Zeile
admin-settings-terms-hint = Höchstens { $max } Begriffe mit je bis zu 100 Zeichen. Leere Zeilen und doppelte Begriffe werden entfernt; Großbuchstaben werden klein geschrieben.
admin-settings-reason-label = Begründung für diese Änderung (im Prüfprotokoll gespeichert)
admin-settings-blocklist-save = Sperrliste speichern
admin-settings-test-heading = Prompt testen
admin-settings-test-lead = Ob ein Text von der jetzt geltenden Sperrliste abgelehnt würde. Nichts wird gespeichert oder protokolliert.
admin-settings-test-label = Zu testender Text
admin-settings-test-submit = Testen
admin-settings-test-blocked = Dieser Text würde abgelehnt.
admin-settings-test-passes = Dieser Text würde angenommen.
admin-settings-models-heading = Modelle
admin-settings-models-lead = Ein nicht angebotenes Modell verschwindet von der Erstellen-Seite, aus der Testversion und aus der API; Anfragen dafür werden abgelehnt, bereits eingereihte Anfragen laufen weiter. Mindestens ein Modell bleibt angeboten.
admin-settings-models-empty = Es ist kein Modell konfiguriert.
admin-settings-col-id = Kennung
admin-settings-col-provider = Anbieter
admin-settings-col-label = Name
admin-settings-col-cost = Credits pro Bild
admin-settings-col-max = Höchstens Bilder
admin-settings-col-offered = Angeboten
admin-settings-offered-yes = Ja
admin-settings-offered-no = Nein
admin-settings-model-legend = Modell { $model }
admin-settings-label-label = Name (1 bis { $max } Zeichen)
admin-settings-cost-label = Credits pro Bild (1 bis { $max })
admin-settings-max-label = Höchstens Bilder pro Anfrage (1 bis { $max })
admin-settings-enabled-label = Den Nutzerinnen und Nutzern angeboten
admin-settings-model-save = { $model } speichern
admin-settings-notice-blocklist-saved = Die Sperrliste wurde gespeichert. Sie gilt innerhalb von Sekunden auf jedem Server.
admin-settings-notice-blocklist-cleaned = Die Sperrliste wurde gespeichert; leere Zeilen und doppelte Begriffe wurden entfernt.
admin-settings-notice-model-saved = Die Einstellungen des Modells wurden gespeichert. Sie gelten innerhalb von Sekunden auf jedem Server.
admin-settings-error-term-long = Zeile { $line } ist länger als { $max } Zeichen.
admin-settings-error-too-many = Die Liste hat { $count } Begriffe; höchstens { $max } sind erlaubt.
admin-settings-error-label = Ein Name hat 1 bis { $max } Zeichen, ohne Steuerzeichen.
admin-settings-error-cost = Die Kosten sind eine ganze Zahl von Credits von 1 bis { $max }.
admin-settings-error-max-count = Geben Sie eine ganze Zahl von 1 bis { $max } ein.
admin-settings-error-last-model = Dies ist das letzte angebotene Modell: Bieten Sie zuerst ein anderes Modell an.
admin-settings-error-model-off = { $model } wird derzeit nicht angeboten. Wählen Sie ein anderes Modell.

# (end of admin-settings)

# ─── ComfyUI ───
comfyui-provider-name = ComfyUI
comfyui-fact-name = ComfyUI-Server, betrieben vom Betreiber dieses Dienstes
comfyui-fact-location = Der eigene ComfyUI-Server des Betreibers unter { $host }. Er ist kein Dienst eines Dritten, es sei denn, der Betreiber hat diese Adresse auf einen solchen gerichtet.
# (end of comfyui)

# ─── The built-in image engine (candle) ───
local-engine-fact-name = Eingebaute Bild-Engine (auf diesem Server)
local-engine-fact-purpose = Erzeugt die Bilder, die Sie anfordern, mit: { $models }. Das Modell läuft im Prozess dieses Servers selbst.
local-engine-fact-data = Der Prompt, der Negativ-Prompt, Größe und Einstellungen sowie das Referenzbild, wenn Sie eines hinzufügen. Sie werden im Arbeitsspeicher dieses Servers verarbeitet und an niemanden gesendet.
local-engine-fact-location = Dieser Server. Prompts und Bilder werden auf dem eigenen Server des Betreibers verarbeitet und an keinen anderen Dienst gesendet.
# (end of local-engine)

# ─── Fortschritt und Abbruch von Generierungen ───
gen-queue-cancelled = Abgebrochen — Ihre Credits wurden zurückgebucht
gen-queue-steps = Schritt { $done } von { $total }
gen-queue-steps-label = Fortschritt
gen-queue-cancel = Abbrechen
gen-queue-cancel-label = Diese Generierung abbrechen
gen-queue-cancelling = Wird angehalten…
gen-queue-finished = Diese Generierung ist bereits abgeschlossen und kann nicht mehr abgebrochen werden.
gen-queue-status-cancelled = Abgebrochen
# (end of gen-queue)

# ─── The privacy policy, the terms and the policy versions ───
# Die Datenschutzerklärung, die Nutzungsbedingungen und die Versionen der Datenschutzerklärung.

## Generated facts: the recipients
fact-db-embedded-name = Eingebettete Datenbank
fact-db-postgres-name = PostgreSQL-Datenbank
fact-db-purpose = Speichert Konten, Einstellungen, den Verlauf Ihrer Generierungen und Sicherheitsprotokolle.
fact-db-data = Kontodaten, Prompts und Generierungseinstellungen, Protokolle der Anmeldungen.
fact-db-embedded-location = Eine Datei auf diesem Server
fact-db-postgres-location-host = Der Datenbankserver { $host }, vom Betreiber betrieben
fact-db-postgres-location = Ein vom Betreiber betriebener Datenbankserver
fact-files-name = Dateispeicher
fact-files-purpose = Bewahrt Ihre Referenzbilder und erzeugten Bilder auf.
fact-files-data = Bilddateien, die Sie hochladen oder erzeugen.
fact-files-location-local = Die lokale Festplatte dieses Servers
fact-files-location-s3 = Ein S3-kompatibler Bucket bei { $host }
fact-mail-name = E-Mail-Versand
fact-mail-purpose = Versendet E-Mails zu Ihrem Konto: Bestätigung der Adresse, Anmeldelinks, Zurücksetzen des Passworts, Sicherheitshinweise, Links zu Datenexporten und Mitteilungen zur Kontolöschung.
fact-mail-data = Ihre E-Mail-Adresse, Ihr Name und der Inhalt dieser E-Mails.
fact-mail-location = Der Mailserver des Betreibers
fact-mail-location-host = Der Mailserver { $host }
fact-google-name = Anmeldung mit Google
fact-google-purpose = Ermöglicht Ihnen die Anmeldung mit Ihrem Google-Konto – nur wenn Sie sich dafür entscheiden.
fact-google-data = Nur bei Nutzung: die Konto-ID, der Name, die E-Mail-Adresse und die Adresse des Profilbilds, die Google uns übermittelt. Google-Passwörter und -Tokens werden nicht gespeichert.
fact-google-location = Der konfigurierte Anmeldedienst
fact-google-location-host = Der Anmeldedienst unter { $host }
fact-platform-linkedin = LinkedIn-Profil
fact-platform-linkedin-page = LinkedIn-Seite
fact-platform-facebook = Facebook-Seite
fact-social-scopes = { $platform }: { $scopes }
fact-social-scopes-separator = ;{" "}
fact-social-purpose = Veröffentlicht die von Ihnen gewählten Bilder in Ihrem eigenen Konto dort, wenn Sie auf „Veröffentlichen“ klicken (nie von selbst). Angefragte Berechtigungen: { $scopes }.
fact-social-data = Nur wenn Sie die Plattform verbinden und auf „Veröffentlichen“ klicken: das Bild, die Bildunterschrift und der Alternativtext, die Sie geschrieben haben, gesendet an das Konto, die Seite oder die Pinnwand Ihrer Wahl. Zum Verbinden ruft Ihr Browser die Plattform auf; dieser Server tauscht den Code, den sie zurückgibt, gegen Tokens (verschlüsselt gespeichert) und liest die ID, den Namen und das Handle Ihres Kontos sowie die Seiten oder Pinnwände, in denen Sie veröffentlichen können.
fact-social-location = Die Plattform
fact-social-location-host = Die API der Plattform unter { $host }
fact-x-name = X (Veröffentlichung)
fact-linkedin-name = LinkedIn (Veröffentlichung)
fact-meta-name = Meta: Facebook-Seiten und Instagram (Veröffentlichung)
fact-meta-extra = Instagram ruft das Bild über einen Link dieses Servers ab, der eine Stunde lang gilt und endet, sobald der Beitrag erstellt ist.
fact-pinterest-name = Pinterest (Veröffentlichung)
fact-pinterest-extra = Pinterest ruft das Bild über einen Link dieses Servers ab, der eine Stunde lang gilt und endet, sobald der Pin erstellt ist.
fact-youtube-name = YouTube (nur Kanal)
fact-youtube-purpose = Zeigt, welchen Kanal Sie verbunden haben; dort wird nichts veröffentlicht, da YouTube keine API für Bildbeiträge bietet. Angefragte Berechtigung: { $scopes }.
fact-youtube-data = Nur wenn Sie ihn verbinden: die ID und der Titel des Kanals, über den Client der Anmeldung mit Google.
fact-turnstile-name = Cloudflare Turnstile (Bot-Prüfung)
fact-turnstile-purpose = Prüft, ob das Ausprobieren ohne Registrierung unter /try von einem Menschen und nicht von einem Skript genutzt wird. Das Widget wird nur auf dieser Seite geladen.
fact-turnstile-data = Nur unter /try: was Ihr Browser beim Laden des Widgets sendet (seine IP-Adresse, der User-Agent und die Signale, die Turnstile ausliest), sowie das ausgegebene Token, das dieser Server zur Prüfung zurücksendet. Nichts über ein Konto.
fact-turnstile-location-host = Cloudflare, unter { $host }
fact-stripe-name = Stripe (Zahlungen)
fact-stripe-purpose = Wickelt Kartenzahlungen für Credit-Pakete und Tarife ab, versendet Quittungen und Rechnungen und betreibt die Seite, auf der Sie Ihre Karte und Ihren Tarif verwalten.
fact-stripe-data = Ihre E-Mail-Adresse, die ID Ihres Kontos als Referenz, was Sie kaufen, und was Sie auf den Seiten von Stripe eingeben: Kartendaten, Name, Firma, Rechnungsadresse und USt-IdNr. Kartennummer und Kartenprüfnummer gehen nur an Stripe; dieser Server erhält sie nie.
fact-stripe-location-host = Stripe, unter { $host }
fact-model-openai-name = OpenAI Images API (oder ein kompatibler Server)
fact-model-sdwebui-name = Stable-Diffusion-WebUI-Server
fact-model-purpose = Erzeugt Ihre Bilder mit folgenden Modellen: { $models }. Nur Generierungen mit diesen Modellen werden dorthin gesendet.
fact-model-data = Der Prompt, der Negativ-Prompt, Größe und Einstellungen sowie das Referenzbild, falls Sie eines hinzufügen. Niemals Ihr Name, Ihre E-Mail-Adresse oder Ihr Konto.
fact-model-location = Der konfigurierte Bilddienst
fact-model-location-host = Der Bilddienst unter { $host }

## Generated facts: legal bases
fact-basis-contract = Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)
fact-basis-service = Berechtigtes Interesse an einem funktionierenden Dienst (Art. 6 Abs. 1 lit. f DSGVO)
fact-basis-security = Berechtigtes Interesse an der Sicherheit (Art. 6 Abs. 1 lit. f DSGVO)
fact-basis-consent-proof = Rechtliche Verpflichtung zum Nachweis der Einwilligung (Art. 6 Abs. 1 lit. c und Art. 7 Abs. 1 DSGVO)
fact-basis-consent = Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)
fact-basis-legal-obligation = Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)
fact-basis-exports = Rechtliche Verpflichtung (Art. 15 und 20 DSGVO)
fact-basis-support = Berechtigtes Interesse, Ihnen zu helfen (Art. 6 Abs. 1 lit. f DSGVO), oder Vertragserfüllung
fact-basis-requests = Rechtliche Verpflichtung (Art. 5 Abs. 2, Art. 12 und Art. 30 DSGVO)
fact-basis-audit = Berechtigtes Interesse an der Erfüllung der Rechenschaftspflicht und an der Sicherheit (Art. 5 Abs. 2 und Art. 6 Abs. 1 lit. f DSGVO)
fact-basis-trial = Berechtigtes Interesse daran, ein Ausprobieren ohne Konto anzubieten und Missbrauch zu verhindern (Art. 6 Abs. 1 lit. f DSGVO)
fact-basis-payments = Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO); rechtliche Verpflichtung zur Aufbewahrung von Buchungsbelegen (Art. 6 Abs. 1 lit. c DSGVO)

## Generated facts: the data, why, and for how long
fact-account-name = Kontodaten: E-Mail-Adresse, Name, Firma (optional), Sprache, Passwort-Hash (Argon2id), Profilbild (optional), Zwei-Schritt-Verifizierung (der geheime Schlüssel der Authenticator-App, verschlüsselt, und Wiederherstellungscodes als Hashwerte)
fact-account-name-google = Kontodaten: E-Mail-Adresse, Name, Firma (optional), Sprache, Passwort-Hash (Argon2id), Profilbild (optional), Zwei-Schritt-Verifizierung (der geheime Schlüssel der Authenticator-App, verschlüsselt, und Wiederherstellungscodes als Hashwerte); bei Anmeldung mit Google die Google-Konto-ID und die Adresse des Profilbilds
fact-account-purpose = Einrichtung und Schutz Ihres Kontos sowie Kontaktaufnahme mit Ihnen zu Ihrem Konto.
fact-account-retention-at-once = Bis Sie Ihr Konto löschen; dann werden sie sofort gelöscht. Eine Registrierung, deren Adresse nie bestätigt wird, wird nach { $unconfirmed ->
        [one] einem Tag
       *[other] { $unconfirmed } Tagen
    } gelöscht.
fact-account-retention-grace = Bis Sie Ihr Konto löschen; das Konto wird sofort geschlossen und { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } später endgültig gelöscht (bis dahin können Sie die Löschung abbrechen). Eine Registrierung, deren Adresse nie bestätigt wird, wird nach { $unconfirmed ->
        [one] einem Tag
       *[other] { $unconfirmed } Tagen
    } gelöscht.
fact-media-name = Prompts, Referenzbilder und erzeugte Bilder
fact-media-purpose = Erzeugen, Speichern und Anzeigen Ihrer Bilder sowie deren Freigabe, wenn Sie es wünschen.
fact-media-retention-kept = Bis Sie sie oder Ihr Konto löschen.
fact-media-retention-days = Bilddateien (hochgeladene Referenzen, Ergebnisse, Vorschauen und Miniaturansichten): { $days ->
        [one] ein Tag
       *[other] { $days } Tage
    }, danach gelöscht. Prompts und Einstellungen: bis Sie sie oder Ihr Konto löschen.
fact-shares-name-indexed = Freigabelinks, die Sie erstellen: das Bild und – nur wenn Sie es so festlegen – sein Prompt und Ihr Name; Aufrufe werden pro Tag gezählt, ohne Angaben zu den Besuchern. Suchmaschinen dürfen Freigabeseiten indexieren.
fact-shares-name-not-indexed = Freigabelinks, die Sie erstellen: das Bild und – nur wenn Sie es so festlegen – sein Prompt und Ihr Name; Aufrufe werden pro Tag gezählt, ohne Angaben zu den Besuchern. Suchmaschinen werden gebeten, Freigabeseiten nicht zu indexieren.
fact-shares-purpose = Anzeige eines Bildes für alle, die seinen Link haben – nur wenn Sie einen Link erstellen.
fact-shares-retention = Bis der Link abläuft, Sie ihn deaktivieren oder das Bild gelöscht wird; seine Aufrufzahlen werden mit ihm gelöscht.
fact-usage-name = Nutzungsprotokoll: für jede Generierung ihre ID, das Modell, der Bilddienst, ihre Dauer und ob sie gelungen ist
fact-usage-purpose = Unterstützung bei Ihren Anliegen und Fehlersuche. Es enthält keinen Prompt und keine Kontodaten.
fact-usage-retention = Bis die Generierung gelöscht wird.
fact-ip-full = die IP-Adresse
fact-ip-hashed = ein gesalzener Hash der IP-Adresse (die Adresse selbst wird nicht gespeichert)
fact-ip-none = keine IP-Adresse
fact-sessions-name = Sitzungen und Sicherheitsereignisse (Anmeldungen, fehlgeschlagene Anmeldungen, Änderungen von Passwort und E-Mail-Adresse, beendete Sitzungen): Gerätebeschreibung (Browser und System), Zeitpunkt und { $ip }
fact-sessions-purpose = Aufrechterhaltung Ihrer Anmeldung; außerdem können Sie so unerwünschte Zugriffe erkennen und beenden.
fact-sessions-retention = Sitzungen: bis zur Abmeldung oder nach { $idle ->
        [one] einem Tag
       *[other] { $idle } Tagen
    } ohne Nutzung, höchstens { $absolute ->
        [one] einen Tag
       *[other] { $absolute } Tage
    }. Sicherheitsereignisse: { $months ->
        [one] ein Monat
       *[other] { $months } Monate
    }.
fact-consent-name = Cookie-Auswahl: wann und was Sie gewählt haben, welche Version der Cookie-Liste galt und die zufällige ID im Einwilligungs-Cookie Ihres Browsers (sowie Ihr Konto, falls Sie angemeldet waren)
fact-consent-purpose = Nachweis, wozu Sie eingewilligt haben, und Beachtung Ihrer Auswahl.
fact-consent-retention = { $years ->
        [one] Ein Jahr
       *[other] { $years } Jahre
    } nach jeder Auswahl. Wenn Sie Ihr Konto löschen, bleibt der Nachweis für diese Dauer erhalten, jedoch vom Konto getrennt.
fact-analytics-name = Zählung der Seitenaufrufe, nur wenn Sie sie erlauben: pro Tag die Seite, die verweisende Website, die Art des Geräts und das Land
fact-analytics-purpose = Erkennen, welche Seiten genutzt werden, ohne jemanden zu verfolgen.
fact-analytics-retention = Nur als Summen gespeichert, die keinen Rückschluss auf Personen zulassen: kein eigenes Cookie, keine IP-Adresse, kein Konto.
fact-choices-name = Ihre Datenschutzeinstellungen (Ausschluss von der Zählung der Seitenaufrufe, Produkt-E-Mails, Einschränkung der Verarbeitung) und eine ausstehende Kontolöschung
fact-choices-purpose = Umsetzung Ihrer Entscheidungen.
fact-choices-retention = Bis Ihr Konto endgültig gelöscht ist.
fact-exports-name = Datenexporte, die Sie anfordern: ein Archiv aller oben genannten Daten und Ihrer Bilder
fact-exports-purpose = Bereitstellung einer Kopie Ihrer Daten.
fact-exports-retention = 7 Tage nach der Bereitstellung gelöscht.
fact-support-name = Support-Nachrichten: Ihre E-Mail-Adresse, das Thema, Ihre Nachricht, ein Bild, falls Sie eines anhängen (ohne seine Metadaten), und unsere Antworten
fact-support-purpose = Beantwortung Ihrer Nachrichten.
fact-support-retention = 12 Monate nach Abschluss der Unterhaltung oder bis Sie Ihr Konto löschen.
fact-requests-name = Anträge zur Ausübung Ihrer Datenschutzrechte: Ihre E-Mail-Adresse, Ihr Anliegen, wann Sie den Antrag gestellt und wann wir geantwortet haben
fact-requests-purpose = Beantwortung innerhalb eines Monats und Nachweis darüber.
fact-requests-retention = 3 Jahre nach der Antwort, auch nach Löschung Ihres Kontos.
fact-audit-name = Audit-Protokoll der Administratoren: für jede Aktion eines Administrators in Bezug auf ein Konto, eine Nachricht oder einen Antrag (Antworten, Schließen, Löschen eines Kontos, Erfassen und Beantworten von Anträgen, Rollenänderungen) der handelnde Administrator, das Konto, die Nachricht oder der Antrag anhand der ID, der Zeitpunkt und das Ergebnis
fact-audit-purpose = Nachweis darüber, was Administratoren mit personenbezogenen Daten tun, und Aufdeckung von Missbrauch.
fact-audit-retention = 3 Jahre, auch nach Löschung des betroffenen Kontos (es wird dann nur noch mit einer zufälligen ID bezeichnet).
fact-api-name = API-Schlüssel und ihre Nutzung: Name, Berechtigungen, Limits und Daten jedes Schlüssels (erstellt, zuletzt genutzt, Ablauf, widerrufen), ein schlüsselbasierter Hash seines Geheimnisses und seine letzten vier Zeichen; für jede API-Anfrage der Zeitpunkt, der Schlüssel, die Art der Anfrage, ihr Status, ihre Dauer und die verbrauchten Credits – nie ihr Inhalt, ein Prompt oder eine Adresse; die Antwort auf eine mit Idempotenzschlüssel gesendete Anfrage; Ihr tägliches Ausgabenlimit; die Adresse Ihres Webhook-Endpunkts, die gewählten Ereignisse und das verschlüsselt gespeicherte Signaturgeheimnis sowie jedes an ihn gesendete Ereignis (Typ, ID der Generierung, Status, Bild-IDs und Kosten, Antwortcode des Endpunkts)
fact-api-purpose = Nutzung Ihres Kontos durch Ihre Programme, Anzeige und Begrenzung dessen, was jeder Schlüssel tut und ausgibt, Benachrichtigung Ihres Endpunkts, wenn eine Generierung endet, und Aufdeckung von Missbrauch.
fact-api-retention = Schlüssel, Limit und Endpunkt, bis Sie sie oder Ihr Konto löschen; das Nutzungsprotokoll 12 Monate; idempotente Antworten 24 Stunden; Webhook-Zustellungen 30 Tage.
fact-logs-name = Technische Protokolle: Kennungen der Anfragen, Pfade, Statuscodes, Laufzeiten
fact-logs-purpose = Betrieb des Dienstes und Fehlerbehebung. Protokolle enthalten nie IP-Adressen, E-Mail-Adressen, Prompts oder Tokens.
fact-logs-retention = So lange das Protokollsystem des Betreibers sie aufbewahrt; empfohlen sind höchstens 30 Tage.
fact-social-name = Verbindungen zu sozialen Netzwerken: für jede Plattform, die Sie verbinden, Ihre ID, Ihr Name und Ihr Handle dort, die erteilten Berechtigungen, die mit AES-256-GCM verschlüsselten Zugriffs- und Aktualisierungstokens, deren Ablauf, die Seiten, Pinnwände oder Profile, in denen Sie veröffentlichen können, und welche Sie gewählt haben; für jeden Beitrag das Bild, die Bildunterschrift, der Alternativtext, wohin und wann er ging, sein Status, die Beitrags-ID und der Link der Plattform sowie die Adresse einer genehmigenden Person, wenn Sie eine Genehmigung anfordern
fact-social-category-purpose = Veröffentlichung der von Ihnen gewählten Bilder in Ihren eigenen Konten, wenn Sie auf „Veröffentlichen“ klicken, und Anzeige, was wo veröffentlicht wurde.
fact-social-retention = Verbindungen und ihre Tokens, bis Sie die Verbindung trennen (die Tokens werden bei der Plattform widerrufen, soweit sie das erlaubt) oder Ihr Konto löschen; der Veröffentlichungsverlauf, bis Sie ihn oder Ihr Konto löschen; eine Löschanfrage einer Plattform löscht deren Verbindungen, Tokens und Verlauf sofort.
fact-trial-name = Ausprobieren ohne Registrierung: die unter /try ohne Konto erstellten Prompts und Bilder, ein Hash des zufälligen Tokens im Test-Cookie dieses Browsers und zwei gesalzene Hashes: Ihrer Netzwerkadresse (bei IPv6 ihres /64-Netzes) zusammen mit Ihrem User-Agent und der Netzwerkadresse allein. Das Salt wird für jeden Tag neu zufällig erzeugt und zwei Tage später gelöscht; die Adresse selbst wird nie gespeichert.
fact-trial-purpose = Ausprobieren des Generators ohne Konto, Einhaltung des Limits durch jeden Besucher und Übernahme der Bilder in ein Konto, das Sie innerhalb von 24 Stunden erstellen oder mit dem Sie sich in dieser Zeit anmelden.
fact-trial-retention = 24 Stunden, dann zusammen mit den Bildern gelöscht (oder in Ihr Konto übernommen, wo dessen Regeln gelten).
fact-payments-name = Zahlungen: für jede Zahlung die Referenzen von Stripe (Kunde, Checkout, Rechnung, Zahlung und Belastung), Betrag und Währung, was gekauft wurde und die dafür gutgeschriebenen Credits, Erstattungen und Rückbuchungen, Marke, letzte vier Ziffern und Ablaufdatum der Karte sowie Name, Firma, Adresse und USt-IdNr. für die Rechnung. Nie eine Kartennummer oder Kartenprüfnummer.
fact-payments-purpose = Gutschrift der bezahlten Credits, Anzeige Ihrer Zahlungen und Rechnungen, Bearbeitung von Erstattungen und Rückbuchungen sowie Aufbewahrung der Unterlagen, die Steuer- und Handelsrecht vorschreiben.
fact-payments-retention = { $years ->
        [one] Ein Jahr
       *[other] { $years } Jahre
    } nach der Zahlung, auch nachdem Sie Ihr Konto gelöscht haben: Der Datensatz wird dann vom Konto getrennt (keine Konto-ID) und nach Ablauf dieser Frist gelöscht.

## The privacy policy page
policy-title = Datenschutzerklärung
policy-heading = Wie Obscura mit Ihren Daten umgeht
policy-lead = Diese Datenschutzerklärung wird aus der Konfiguration erzeugt, mit der dieser Server gerade läuft. Schaltet der Betreiber einen Dienst ein oder aus, ändert sich diese Seite mit.
policy-meta = Version <code>{ $version }</code> · gültig ab <date>{ $date }</date>
policy-translation-notice = Diese Datenschutzerklärung ist eine Übersetzung. Maßgeblich ist allein die <link>{ $language ->
        [en] englische
        [fr] französische
       *[de] deutsche
    } Fassung</link>.
policy-controller-heading = Verantwortlicher
policy-controller = <b>{ $name }</b> betreibt diesen Obscura-Server und entscheidet über die Zwecke und Mittel der Verarbeitung Ihrer personenbezogenen Daten („Verantwortlicher“ im Sinne der DSGVO).
policy-address = Anschrift
policy-privacy-contact = Kontakt für Datenschutzfragen
policy-dpo = Datenschutzbeauftragte(r)
policy-data-heading = Was wir verarbeiten, warum und wie lange
policy-data-table = Kategorien personenbezogener Daten
policy-column-data = Daten
policy-column-purpose = Zweck
policy-column-basis = Rechtsgrundlage
policy-column-kept = Speicherdauer
policy-never = Wir verkaufen Ihre Daten nie, verwenden Ihre Prompts oder Bilder nie zum Training von Modellen und zeigen Ihnen nie Werbung.
policy-recipients-heading = Empfänger Ihrer Daten
policy-recipients-lead = Nur die Dienste, die dieser Server laut seiner Konfiguration nutzt. Derzeit sind das:
policy-recipient-why = Zweck:
policy-recipient-what = Daten:
policy-recipient-where = Ort:
policy-storage-heading = Cookies und Speicher im Browser
policy-storage-lead = Obscura speichert nur, was die Website zum Funktionieren braucht. Es gibt keine Werbe- oder Tracking-Cookies und keine Skripte von Dritten. Seitenaufrufe werden nur gezählt, wenn Sie es erlauben – von diesem Server selbst und ohne eigenes Cookie. Dies ist die vollständige Liste; Ihre Auswahl ändern Sie in den <cookies>Cookie-Einstellungen</cookies>.
policy-storage-table = Cookies und Speicherschlüssel
policy-storage-column-name = Name
policy-storage-column-type = Art
policy-storage-column-lasts = Dauer
policy-storage-column-consent = Einwilligung nötig
policy-storage-cookie = Cookie
policy-storage-local = Lokaler Speicher
policy-storage-essential = Nein, unbedingt erforderlich
policy-storage-optional = Ja
policy-storage-session = Hält Sie angemeldet. Es enthält ein zufälliges Token; der Server speichert nur dessen Hash. Für Skripte nicht lesbar.
policy-storage-session-lasts = Bis zur Abmeldung oder nach 7 Tagen ohne Nutzung, höchstens 30 Tage
policy-storage-oauth = Verknüpft eine Anmeldung mit Google mit dem Browser, der sie begonnen hat, damit niemand sie in Ihrem Browser abschließen kann.
policy-storage-oauth-lasts = 10 Minuten oder bis die Anmeldung abgeschlossen ist
policy-storage-signup = Wird bei der Registrierung gesetzt: Damit kann dieser Browser Ihre Adresse bestätigen, ohne das gewählte Passwort zu verlieren. Ein Bestätigungslink, der anderswo geöffnet wird, entfernt dieses Passwort – für den Fall, dass jemand anderes es gewählt hat.
policy-storage-signup-lasts = 48 Stunden oder bis die Adresse bestätigt ist
policy-storage-two-step = Für Konten mit Zwei-Schritt-Verifizierung: verknüpft eine Anmeldung, die auf ihren Code wartet, mit dem Browser, der sie begonnen hat. Es enthält ein zufälliges Token; der Server speichert nur dessen Hash.
policy-storage-two-step-lasts = 5 Minuten oder bis die Anmeldung abgeschlossen ist
policy-storage-trial = Wird gesetzt, wenn Sie unter /try ohne Konto ein Bild erstellen: Damit kann dieser Browser, und nur dieser, die Bilder sehen und in ein Konto übernehmen, das Sie erstellen oder mit dem Sie sich anmelden. Es enthält ein zufälliges Token; der Server speichert nur dessen Hash.
policy-storage-trial-lasts = 24 Stunden oder bis die Bilder in Ihr Konto übernommen sind
policy-storage-language = Merkt sich die Sprache, die Sie unten auf einer Seite gewählt haben, solange Sie nicht angemeldet sind (angemeldet gilt die Sprache Ihres Kontos). Es enthält nur den Code der Sprache.
policy-storage-language-lasts = 1 Jahr oder bis Sie die Cookies Ihres Browsers löschen
policy-storage-theme = Merkt sich das Farbschema, das Sie auf diesem Gerät gewählt haben. Es verlässt Ihren Browser nie.
policy-storage-theme-lasts = Bis Sie wieder das Farbschema des Systems wählen oder die Websitedaten in Ihrem Browser löschen
policy-storage-consent = Merkt sich Ihre Cookie-Auswahl (ob Seitenaufrufe gezählt werden dürfen) und wann Sie sie getroffen haben, damit wir nicht auf jeder Seite fragen. Enthält eine zufällige ID, die zu unserem Nachweis Ihrer Auswahl passt, sonst nichts.
policy-storage-consent-lasts = 13 Monate; nach 6 Monaten fragen wir erneut
policy-rights-heading = Ihre Rechte
policy-rights-lead = Sie können jedes Recht jederzeit selbst ausüben, ohne jemanden fragen zu müssen:
policy-right-access = <b>Auskunft und Datenübertragbarkeit: </b>Laden Sie unter <settings>Einstellungen → Datenschutz</settings> eine Kopie von allem herunter, was wir über Sie gespeichert haben – JSON- und CSV-Dateien sowie alle Ihre Bilder. Der Link, den wir Ihnen per E-Mail senden, ist 7 Tage gültig.
policy-right-rectification = <b>Berichtigung: </b>Korrigieren Sie Ihren Namen, Ihre E-Mail-Adresse und andere Angaben in <profile>Ihrem Profil</profile>.
policy-right-erasure = <b>Löschung: </b>Löschen Sie einzelne Bilder aus Ihrer Galerie oder Ihr ganzes Konto unter <settings>Einstellungen → Datenschutz</settings>. { $erasure }
policy-erasure-at-once = Ihr Konto und alle gespeicherten Dateien werden sofort gelöscht.
policy-erasure-grace = Alle Sitzungen werden sofort beendet; das Konto und alle gespeicherten Dateien werden { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } später gelöscht. Bis dahin können Sie die Löschung über den Link in der E-Mail abbrechen, die wir Ihnen senden.
policy-right-restriction = <b>Einschränkung und Widerspruch: </b>Nehmen Sie sich von der Zählung der Seitenaufrufe aus, lehnen Sie Produkt-E-Mails ab oder beschränken Sie die Verarbeitung auf das, was Sie selbst tun – unter <settings>Einstellungen → Datenschutz</settings>.
policy-right-withdraw = <b>Widerruf der Einwilligung: </b>jederzeit und so einfach wie die Erteilung, in den <cookies>Cookie-Einstellungen</cookies>; Ihre Entscheidungen sind unter Einstellungen → Datenschutz aufgeführt. Ein Global-Privacy-Control- oder Do-Not-Track-Signal Ihres Browsers gilt als Ablehnung.
policy-right-complaint = <b>Beschwerde: </b>Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren.
policy-right-complaint-authority = <b>Beschwerde: </b>Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren, zum Beispiel bei: { $authority }.
policy-rights-contact = Sie können auch an <mail>{ $email }</mail> schreiben oder das <support>Support-Formular</support> nutzen. Wir antworten innerhalb eines Monats.
policy-age-heading = Mindestalter
policy-age = Um ein Konto zu erstellen, müssen Sie mindestens { $age } Jahre alt sein.
policy-security-heading = Sicherheit
policy-security = Passwörter werden nur als langsame, gesalzene Hashes gespeichert, Sitzungs- und API-Tokens nur als Einweg-Hashes; Verbindungen zu Konten bei Dritten werden verschlüsselt gespeichert. Jede Seite wird mit einer strengen Content Security Policy und ohne Code von Dritten ausgeliefert.
policy-changes-heading = Änderungen dieser Datenschutzerklärung
policy-changes = Da diese Seite aus der Konfiguration erzeugt wird, erscheint jede Änderung, die der Betreiber vornimmt, hier mit einer neuen Versionsnummer. Wesentliche Änderungen werden registrierten Nutzerinnen und Nutzern mindestens { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } vor ihrem Inkrafttreten per E-Mail und in der App angekündigt. <versions>Alle Versionen und ihre Änderungen</versions>.

## The terms of service page
terms-title = Nutzungsbedingungen
terms-heading = Die Vereinbarung zwischen Ihnen und { $operator }
terms-effective = Gültig ab <date>{ $date }</date>
terms-translation-notice = Diese Nutzungsbedingungen sind eine Übersetzung. Maßgeblich ist allein die <link>{ $language ->
        [en] englische
        [fr] französische
       *[de] deutsche
    } Fassung</link>.
terms-service-heading = 1. Der Dienst
terms-service = { $operator } betreibt diesen Obscura-Server. Mit ihm können Sie Bilder aus Text-Prompts und Referenzbildern erstellen, sie in einer privaten Galerie aufbewahren und teilen, wenn Sie sich dafür entscheiden. Die Bilderzeugung läuft mit den Modellen, für die dieser Server konfiguriert ist; sie sind in der <privacy>Datenschutzerklärung</privacy> aufgeführt.
terms-account-heading = 2. Ihr Konto
terms-account = Sie müssen mindestens { $age } Jahre alt sein. Geben Sie Ihr Passwort und Ihre API-Schlüssel nicht weiter; Sie sind für das verantwortlich, was damit geschieht. Sie können Ihr Konto jederzeit in Ihren Einstellungen schließen; dabei wird alles darin gelöscht.
terms-content-heading = 3. Ihre Prompts und Bilder
terms-content = Was Sie eingeben und was Sie erhalten, gehört Ihnen, soweit gesetzlich zulässig. Sie gestatten dem Betreiber, diese Inhalte ausschließlich zu speichern und zu verarbeiten, um den Dienst für Sie zu erbringen: um sie zu erzeugen, zu speichern, anzuzeigen und, wenn Sie es wünschen, zu teilen oder zu exportieren. Sie werden nicht zum Training von Modellen verwendet und niemandem gezeigt, es sei denn, Sie teilen sie.
terms-content-ai = KI-Ergebnisse können bestehenden Werken ähneln oder ungenau sein. Prüfen Sie vor der Veröffentlichung, ob Ihre Nutzung eines Bildes rechtmäßig ist.
terms-use-heading = 4. Zulässige Nutzung
terms-use-lead = Verwenden Sie Obscura nicht, um Folgendes zu erstellen oder zu teilen:
terms-use-minors = sexuelle Darstellungen Minderjähriger, in jeglicher Form;
terms-use-intimate = intime oder sexuelle Bilder realer Personen ohne deren Einwilligung;
terms-use-harassment = Inhalte, die Personen oder Gruppen belästigen oder bedrohen oder zu Gewalt gegen sie aufrufen;
terms-use-deception = täuschende Bilder realer Personen oder Ereignisse, die in die Irre führen sollen, oder Inhalte, die Rechte anderer verletzen;
terms-use-abuse = Schadsoftware, Spam oder Versuche, den Dienst zu stören, zu überlasten oder seine Beschränkungen zu umgehen.
terms-use-refused = Modellanbieter können Prompts nach ihren eigenen Richtlinien ablehnen; abgelehnte Generierungen werden nicht berechnet.
terms-credits-heading = 5. Credits
terms-credits = Generierungen kosten Credits, die vor dem Start angezeigt werden. Credits werden nur für fertige Bilder berechnet; fehlgeschlagene oder abgelehnte Generierungen werden automatisch erstattet.
terms-end-heading = 6. Sperrung und Beendigung
terms-end = Der Betreiber kann ein Konto sperren, das gegen diese Bedingungen verstößt, und nennt Ihnen den Grund, sofern keine gesetzliche Vorschrift dem entgegensteht. Sie können Ihre Daten exportieren, bevor Ihr Konto geschlossen wird.
terms-liability-heading = 7. Gewährleistung und Haftung
terms-liability = Der Dienst wird in seinem jeweiligen Zustand bereitgestellt, ohne Zusage einer ununterbrochenen Verfügbarkeit. Diese Bedingungen beschränken weder eine Haftung, die gesetzlich nicht beschränkt werden kann, insbesondere für Vorsatz und grobe Fahrlässigkeit, noch Ihre Rechte als Verbraucher.
terms-law-heading = 8. Anwendbares Recht und Kontakt
terms-law = Für diese Bedingungen gilt { $law }.
terms-law-default = das Recht des Staates, in dem der Betreiber niedergelassen ist
terms-questions = Fragen: <mail>{ $email }</mail>.

## The policy's versions
versions-title = Versionen der Datenschutzerklärung
versions-heading = Versionen und Änderungen
versions-lead = Jede Konfiguration dieses Servers ergibt eine Version der <policy>Datenschutzerklärung</policy>. Wesentliche Änderungen werden hier und per E-Mail angekündigt, bevor sie in Kraft treten.
versions-loading = Wird geladen …
versions-status-current = In Kraft
versions-status-announced = Angekündigt
versions-status-earlier = Frühere Version
versions-status = { $status } · Version <code>{ $version }</code>
versions-takes-effect = Tritt am { $date } in Kraft
versions-effective = Gültig ab { $date }
versions-what-changes = Was sich ändert:
versions-announced = (angekündigt am { $date })
versions-first = Die erste auf diesem Server erfasste Version – oder keine Änderung dessen, was die Datenschutzerklärung aussagt.
versions-added = Hinzugefügt oder geändert
versions-removed = Entfernt oder ersetzt

## The policy's versions: statements compared between versions
versions-statement-controller = Verantwortlicher: { $name }
versions-statement-address = Anschrift des Verantwortlichen: { $address }
versions-statement-contact = Kontakt für Datenschutzfragen: { $email }
versions-statement-dpo = Datenschutzbeauftragte(r): { $email }
versions-statement-authority = Aufsichtsbehörde: { $authority }
versions-statement-authoritative = Maßgebliche Sprache der Datenschutzerklärung: { $language ->
        [en] Englisch
        [fr] Französisch
       *[de] Deutsch
    }
versions-statement-recipient = Empfänger { $name }: { $purpose } Erhält: { $data } Ort: { $location }
versions-statement-data = Daten { $name }: { $purpose } Rechtsgrundlage: { $basis }. Speicherdauer: { $retention }
versions-statement-min-age = Mindestalter: { $age }
versions-statement-google-offered = Anmeldung mit Google: angeboten
versions-statement-google-not-offered = Anmeldung mit Google: nicht angeboten
versions-statement-grace = Frist bis zur endgültigen Kontolöschung: { $days ->
        [one] ein Tag
       *[other] { $days } Tage
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
