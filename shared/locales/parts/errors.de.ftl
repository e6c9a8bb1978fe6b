# Part "errors" of the de catalogue (merged into ../de.ftl when the work lands).

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
