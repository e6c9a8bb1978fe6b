# Part "policy" of the de catalogue (merged into ../de.ftl when the work lands).
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
