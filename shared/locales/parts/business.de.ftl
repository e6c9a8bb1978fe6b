# Part "business" of the de catalogue (merged into ../de.ftl when the work lands).

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
docs-errors-status = `401` kein Schlüssel oder ein falscher, widerrufener oder abgelaufener; `403` dem Schlüssel fehlt die Berechtigung; `404` in diesem Konto nicht gefunden (IDs anderer Konten werden nie preisgegeben); `402` nicht genug Credits, oder das Monatslimit des Schlüssels bzw. das Tageslimit des Kontos ist überschritten.
docs-errors-rate = Jeder Schlüssel und jedes Konto hat eine Anfragerate pro Minute. Jede Antwort enthält `X-RateLimit-Limit` und `X-RateLimit-Remaining`; wird sie überschritten, folgt `429` mit `Retry-After`.
docs-errors-idempotency = Senden Sie `Idempotency-Key` mit einem POST, um ihn gefahrlos zu wiederholen: Derselbe Schlüssel mit demselben Body innerhalb von 24 Stunden liefert die erste Antwort erneut mit `Idempotent-Replayed: true` und berechnet nichts weiter; mit einem anderen Body `422`; solange die erste Anfrage noch läuft, `409`.
docs-errors-pages = Listen kommen seitenweise, neueste zuerst: Übergeben Sie `next_cursor` aus der Antwort als `cursor`, um die nächste Seite zu erhalten.
docs-openai-text = Code für die Images-API von OpenAI funktioniert hier, wenn Sie seine Basisadresse auf `{ $base }` und seinen Schlüssel auf einen Obscura-Schlüssel mit der Berechtigung generate ändern: `POST /v1/images/generations`, `POST /v1/images/edits` (multipart, mit der Vorlage als `image`) und `GET /v1/models`.
docs-openai-models = Die Modelle dieses Servers:
docs-openai-options = (Die Modellnamen von OpenAI stehen für das erste.) `n`, `size`, `quality` und `response_format` (`b64_json` oder `url`, ein signierter Link) werden berücksichtigt; die Antwort wartet auf die Bilder. Fehler kommen im Format von OpenAI, sodass dessen Clients sie wie gewohnt melden.
docs-code-python = Python-Client von OpenAI
docs-code-node = Node-Client von OpenAI
docs-webhooks-text = Legen Sie unter [Einstellungen → API] einen https-Endpunkt fest, um zu erfahren, wann eine Generierung endet: `generation.completed` oder `generation.failed`. Jedes Ereignis ist ein POST mit JSON-Body (`type`, `timestamp`, `data`: ID, Status, Bild-IDs und Kosten der Generierung; nie der Prompt), signiert nach Standard Webhooks: mit den Headern `webhook-id`, `webhook-timestamp` und `webhook-signature`. Antworten Sie innerhalb von 10 Sekunden mit einem beliebigen 2xx; andere Antworten werden mit wachsenden Pausen (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h) unter derselben ID wiederholt. Das Zustellprotokoll in den Einstellungen zeigt jeden Versuch.
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
docs-one-of = Einer von:
docs-reference-in-english = Die folgende Referenz ist die Beschreibung der API selbst, auf Englisch, der Sprache ihrer Feldnamen und Codes.
docs-group-generations = Generierungen
docs-group-images = Bilder
docs-group-shares = Freigaben

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
