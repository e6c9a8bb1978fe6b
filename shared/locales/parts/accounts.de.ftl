# Part "accounts" of the de catalogue (merged into ../de.ftl when the work lands).

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
