# Part "studio" of the de catalogue (merged into ../de.ftl when the work lands).

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
    [1] Diese fehlgeschlagene Generierung löschen?
   *[other] Diese { $count } fehlgeschlagenen Generierungen löschen?
}
gallery-delete-mixed = { $images ->
    [one] { $images } Bild
   *[other] { $images } Bilder
} und { $generations ->
    [one] { $generations } fehlgeschlagene Generierung
   *[other] { $generations } fehlgeschlagene Generierungen
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
