# Part "mail" of the de catalogue (merged into ../de.ftl when the work lands).
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
admin-audit-on = an
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
# How an action ended (English shows the stored code).
admin-audit-outcome-done = erledigt
admin-audit-outcome-refused = abgelehnt
admin-audit-outcome-not-found = nicht gefunden
admin-audit-outcome-invalid = ungültig
admin-audit-outcome-failed = fehlgeschlagen
