//! The account emails, in plain text and HTML, in every language Obscura speaks.

use obscura_shared::account::Language;

use super::Email;

/// Which email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// Confirm the address of a new account.
    Verify,
    /// Sign in without a password.
    MagicLink,
    /// Choose a new password.
    Reset,
    /// Confirm a new address (sent to the new one).
    EmailChange,
    /// The address was changed (sent to the old one); the link leads to the security settings.
    EmailChanged,
    /// The password was changed; the link leads to the security settings.
    PasswordChanged,
    /// A sign-in from a device not seen before; the link leads to the security settings.
    NewDevice,
    /// The address was proven for the first time and what someone had set up before (a
    /// password, sessions, a linked Google account) was removed; the link leads to the
    /// security settings.
    EarlierAccessRemoved,
    /// A data export is ready; the link downloads it.
    ExportReady,
    /// The account will be deleted after the grace period; the link keeps it.
    ErasureScheduled,
    /// The privacy policy changes on a date (`{DATE}`) for a reason (`{SUMMARY}`); the link
    /// shows what changes. Rendered by [`render_policy_change`].
    PolicyChange,
    /// A support message was received.
    SupportReceived,
    /// An admin's answer (`{REPLY}`) to a support message. Rendered by
    /// [`render_support_reply`].
    SupportReply,
    /// Two-step verification was added; the link leads to the security settings.
    TwoStepAdded,
    /// Two-step verification was removed; the link leads to the security settings.
    TwoStepRemoved,
    /// New recovery codes replaced the old ones; the link leads to the security settings.
    RecoveryCodesRenewed,
    /// A recovery code was used to sign in; the link leads to the security settings.
    RecoveryCodeUsed,
    /// A passkey was added; the link leads to the security settings.
    PasskeyAdded,
    /// A passkey was removed; the link leads to the security settings.
    PasskeyRemoved,
    /// An API key was created; the link leads to the API settings.
    ApiKeyCreated,
    /// An API key was revoked; the link leads to the API settings.
    ApiKeyRevoked,
    /// Someone (`{REQUESTER}`) asks the recipient to approve a post to `{WHERE}`; the link
    /// shows it with Approve and Reject.
    PublishApproval,
    /// A payment was received (`{WHAT}`, `{AMOUNT}`, `{CREDITS}`); the link is the invoice.
    Receipt,
    /// A plan's new period was paid (`{WHAT}`, `{AMOUNT}`, `{CREDITS}`); the link is the invoice.
    PlanRenewed,
    /// A plan's payment failed; the link leads to the billing page.
    PaymentFailed,
    /// A plan will end on `{DATE}` and not renew; the link leads to the billing page.
    PlanEnding,
    /// A delayed payment (a bank debit) for `{WHAT}` failed; the link leads to the billing page.
    CheckoutFailed,
}

struct Text {
    subject: &'static str,
    intro: &'static str,
    action: &'static str,
    expiry: &'static str,
    ignore: &'static str,
}

fn text(kind: &Kind, lang: Language) -> Text {
    use Language::{De, En, Fr};
    match (kind, lang) {
        (Kind::Verify, En) => Text {
            subject: "Confirm your email address for Obscura",
            intro: "Welcome to Obscura. Please confirm that this is your email address.",
            action: "Confirm my address",
            expiry: "The link works for 48 hours.",
            ignore: "If you did not create an account, ignore this email: nothing happens without a click.",
        },
        (Kind::Verify, De) => Text {
            subject: "Bestätige deine E-Mail-Adresse für Obscura",
            intro: "Willkommen bei Obscura. Bitte bestätige, dass dies deine E-Mail-Adresse ist.",
            action: "Adresse bestätigen",
            expiry: "Der Link ist 48 Stunden gültig.",
            ignore: "Falls du kein Konto angelegt hast, ignoriere diese E-Mail: ohne Klick passiert nichts.",
        },
        (Kind::Verify, Fr) => Text {
            subject: "Confirmez votre adresse e-mail pour Obscura",
            intro: "Bienvenue sur Obscura. Merci de confirmer que cette adresse e-mail est la vôtre.",
            action: "Confirmer mon adresse",
            expiry: "Le lien est valable 48 heures.",
            ignore: "Si vous n'avez pas créé de compte, ignorez cet e-mail : rien ne se passe sans clic.",
        },
        (Kind::MagicLink, En) => Text {
            subject: "Your Obscura sign-in link",
            intro: "Someone (hopefully you) asked for a link to sign in to Obscura.",
            action: "Sign in to Obscura",
            expiry: "The link works once, for 15 minutes.",
            ignore: "If you did not ask for it, ignore this email: your account stays as it is.",
        },
        (Kind::MagicLink, De) => Text {
            subject: "Dein Anmeldelink für Obscura",
            intro: "Jemand (hoffentlich du) hat einen Link zur Anmeldung bei Obscura angefordert.",
            action: "Bei Obscura anmelden",
            expiry: "Der Link funktioniert einmal, 15 Minuten lang.",
            ignore: "Falls du ihn nicht angefordert hast, ignoriere diese E-Mail: dein Konto bleibt unverändert.",
        },
        (Kind::MagicLink, Fr) => Text {
            subject: "Votre lien de connexion à Obscura",
            intro: "Quelqu'un (vous, nous l'espérons) a demandé un lien pour se connecter à Obscura.",
            action: "Me connecter à Obscura",
            expiry: "Le lien fonctionne une seule fois, pendant 15 minutes.",
            ignore: "Si vous ne l'avez pas demandé, ignorez cet e-mail : votre compte reste inchangé.",
        },
        (Kind::Reset, En) => Text {
            subject: "Reset your Obscura password",
            intro: "Someone (hopefully you) asked to reset the password of your Obscura account.",
            action: "Choose a new password",
            expiry: "The link works once, for 30 minutes. Resetting signs out every other device.",
            ignore: "If you did not ask for it, ignore this email: your password stays as it is.",
        },
        (Kind::Reset, De) => Text {
            subject: "Setze dein Obscura-Passwort zurück",
            intro: "Jemand (hoffentlich du) möchte das Passwort deines Obscura-Kontos zurücksetzen.",
            action: "Neues Passwort wählen",
            expiry: "Der Link funktioniert einmal, 30 Minuten lang. Danach sind alle anderen Geräte abgemeldet.",
            ignore: "Falls du das nicht warst, ignoriere diese E-Mail: dein Passwort bleibt unverändert.",
        },
        (Kind::Reset, Fr) => Text {
            subject: "Réinitialisez votre mot de passe Obscura",
            intro: "Quelqu'un (vous, nous l'espérons) a demandé à réinitialiser le mot de passe de votre compte Obscura.",
            action: "Choisir un nouveau mot de passe",
            expiry: "Le lien fonctionne une fois, pendant 30 minutes. Tous vos autres appareils seront déconnectés.",
            ignore: "Si ce n'était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.",
        },
        (Kind::EmailChange, En) => Text {
            subject: "Confirm your new email address for Obscura",
            intro: "You asked to use this address for your Obscura account.",
            action: "Use this address",
            expiry: "The link works once, for 24 hours. Until then your old address stays in use.",
            ignore: "If you did not ask for it, ignore this email.",
        },
        (Kind::EmailChange, De) => Text {
            subject: "Bestätige deine neue E-Mail-Adresse für Obscura",
            intro: "Du möchtest diese Adresse für dein Obscura-Konto verwenden.",
            action: "Diese Adresse verwenden",
            expiry: "Der Link funktioniert einmal, 24 Stunden lang. Bis dahin bleibt deine alte Adresse aktiv.",
            ignore: "Falls du das nicht warst, ignoriere diese E-Mail.",
        },
        (Kind::EmailChanged, En) => Text {
            subject: "The email address of your Obscura account was changed",
            intro: "Your Obscura account now uses another email address, and this one no longer signs in.",
            action: "Review your account's security",
            expiry: "If you made this change, there is nothing to do.",
            ignore: "If you did not, reset your password from the sign-in page and write to the operator of this server.",
        },
        (Kind::EmailChanged, De) => Text {
            subject: "Die E-Mail-Adresse deines Obscura-Kontos wurde geändert",
            intro: "Dein Obscura-Konto verwendet jetzt eine andere E-Mail-Adresse; mit dieser kannst du dich nicht mehr anmelden.",
            action: "Sicherheit deines Kontos prüfen",
            expiry: "Wenn du das warst, ist nichts weiter zu tun.",
            ignore: "Wenn nicht, setze dein Passwort auf der Anmeldeseite zurück und schreibe dem Betreiber dieses Servers.",
        },
        (Kind::EmailChanged, Fr) => Text {
            subject: "L'adresse e-mail de votre compte Obscura a été modifiée",
            intro: "Votre compte Obscura utilise désormais une autre adresse e-mail ; celle-ci ne permet plus de se connecter.",
            action: "Vérifier la sécurité de votre compte",
            expiry: "Si vous êtes à l'origine de ce changement, il n'y a rien à faire.",
            ignore: "Sinon, réinitialisez votre mot de passe depuis la page de connexion et écrivez à l'opérateur de ce serveur.",
        },
        (Kind::PasswordChanged, En) => Text {
            subject: "Your Obscura password was changed",
            intro: "The password of your Obscura account was just changed, and every other device was signed out.",
            action: "Review your account's security",
            expiry: "If you made this change, there is nothing to do.",
            ignore: "If you did not, reset your password from the sign-in page right away.",
        },
        (Kind::PasswordChanged, De) => Text {
            subject: "Dein Obscura-Passwort wurde geändert",
            intro: "Das Passwort deines Obscura-Kontos wurde gerade geändert, und alle anderen Geräte wurden abgemeldet.",
            action: "Sicherheit deines Kontos prüfen",
            expiry: "Wenn du das warst, ist nichts weiter zu tun.",
            ignore: "Wenn nicht, setze dein Passwort sofort auf der Anmeldeseite zurück.",
        },
        (Kind::PasswordChanged, Fr) => Text {
            subject: "Votre mot de passe Obscura a été modifié",
            intro: "Le mot de passe de votre compte Obscura vient d'être modifié, et tous vos autres appareils ont été déconnectés.",
            action: "Vérifier la sécurité de votre compte",
            expiry: "Si vous êtes à l'origine de ce changement, il n'y a rien à faire.",
            ignore: "Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion.",
        },
        (Kind::EarlierAccessRemoved, En) => Text {
            subject: "Your Obscura account is now yours alone",
            intro: "Your email address was just confirmed for the first time. Someone had signed up with it before it was confirmed, so everything set up before this moment was removed: the password chosen at sign-up, any signed-in devices and any linked Google account.",
            action: "Set a password and review your account",
            expiry: "If you signed up yourself in another browser, just choose your password again.",
            ignore: "Nobody but the holder of this mailbox can use the account now.",
        },
        (Kind::EarlierAccessRemoved, De) => Text {
            subject: "Dein Obscura-Konto gehört jetzt nur dir",
            intro: "Deine E-Mail-Adresse wurde gerade zum ersten Mal bestätigt. Jemand hatte sich vorher damit registriert, daher wurde alles entfernt, was vor diesem Moment eingerichtet war: das bei der Registrierung gewählte Passwort, angemeldete Geräte und ein verknüpftes Google-Konto.",
            action: "Passwort festlegen und Konto prüfen",
            expiry: "Wenn du dich selbst in einem anderen Browser registriert hast, wähle dein Passwort einfach neu.",
            ignore: "Nur wer dieses Postfach besitzt, kann das Konto jetzt nutzen.",
        },
        (Kind::EarlierAccessRemoved, Fr) => Text {
            subject: "Votre compte Obscura n'appartient plus qu'à vous",
            intro: "Votre adresse e-mail vient d'être confirmée pour la première fois. Quelqu'un s'était inscrit avec avant sa confirmation, donc tout ce qui avait été mis en place avant ce moment a été supprimé : le mot de passe choisi à l'inscription, les appareils connectés et tout compte Google associé.",
            action: "Choisir un mot de passe et vérifier votre compte",
            expiry: "Si vous vous êtes inscrit vous-même dans un autre navigateur, choisissez simplement à nouveau votre mot de passe.",
            ignore: "Seul le titulaire de cette boîte mail peut désormais utiliser le compte.",
        },
        (Kind::TwoStepAdded, En) => Text {
            subject: "Two-step verification is on for your Obscura account",
            intro: "An authenticator app was just added to your Obscura account: signing in now asks for a code from it too.",
            action: "Review your account's security",
            expiry: "If you made this change, keep your recovery codes somewhere safe.",
            ignore: "If you did not, reset your password from the sign-in page right away and write to the operator of this server.",
        },
        (Kind::TwoStepAdded, De) => Text {
            subject: "Die Bestätigung in zwei Schritten ist für dein Obscura-Konto aktiv",
            intro: "Deinem Obscura-Konto wurde gerade eine Authenticator-App hinzugefügt: Bei der Anmeldung wird jetzt auch ein Code daraus verlangt.",
            action: "Sicherheit deines Kontos prüfen",
            expiry: "Wenn du das warst, bewahre deine Wiederherstellungscodes sicher auf.",
            ignore: "Wenn nicht, setze dein Passwort sofort auf der Anmeldeseite zurück und schreibe dem Betreiber dieses Servers.",
        },
        (Kind::TwoStepAdded, Fr) => Text {
            subject: "La validation en deux étapes est activée sur votre compte Obscura",
            intro: "Une application d'authentification vient d'être ajoutée à votre compte Obscura : la connexion demande désormais aussi un code de cette application.",
            action: "Vérifier la sécurité de votre compte",
            expiry: "Si vous êtes à l'origine de ce changement, gardez vos codes de récupération en lieu sûr.",
            ignore: "Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et écrivez à l'opérateur de ce serveur.",
        },
        (Kind::TwoStepRemoved, En) => Text {
            subject: "Two-step verification was removed from your Obscura account",
            intro: "The authenticator app of your Obscura account was just removed: signing in no longer asks for a code.",
            action: "Review your account's security",
            expiry: "If you made this change, there is nothing to do.",
            ignore: "If you did not, reset your password from the sign-in page right away and set up two-step verification again.",
        },
        (Kind::TwoStepRemoved, De) => Text {
            subject: "Die Bestätigung in zwei Schritten wurde von deinem Obscura-Konto entfernt",
            intro: "Die Authenticator-App deines Obscura-Kontos wurde gerade entfernt: Bei der Anmeldung wird kein Code mehr verlangt.",
            action: "Sicherheit deines Kontos prüfen",
            expiry: "Wenn du das warst, ist nichts weiter zu tun.",
            ignore: "Wenn nicht, setze dein Passwort sofort auf der Anmeldeseite zurück und richte die Bestätigung in zwei Schritten wieder ein.",
        },
        (Kind::TwoStepRemoved, Fr) => Text {
            subject: "La validation en deux étapes a été retirée de votre compte Obscura",
            intro: "L'application d'authentification de votre compte Obscura vient d'être retirée : la connexion ne demande plus de code.",
            action: "Vérifier la sécurité de votre compte",
            expiry: "Si vous êtes à l'origine de ce changement, il n'y a rien à faire.",
            ignore: "Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et réactivez la validation en deux étapes.",
        },
        (Kind::RecoveryCodesRenewed, En) => Text {
            subject: "New recovery codes for your Obscura account",
            intro: "New recovery codes were just created for your Obscura account; the old ones no longer work.",
            action: "Review your account's security",
            expiry: "If you made this change, keep the new codes somewhere safe.",
            ignore: "If you did not, reset your password from the sign-in page right away.",
        },
        (Kind::RecoveryCodesRenewed, De) => Text {
            subject: "Neue Wiederherstellungscodes für dein Obscura-Konto",
            intro: "Für dein Obscura-Konto wurden gerade neue Wiederherstellungscodes erstellt; die alten gelten nicht mehr.",
            action: "Sicherheit deines Kontos prüfen",
            expiry: "Wenn du das warst, bewahre die neuen Codes sicher auf.",
            ignore: "Wenn nicht, setze dein Passwort sofort auf der Anmeldeseite zurück.",
        },
        (Kind::RecoveryCodesRenewed, Fr) => Text {
            subject: "Nouveaux codes de récupération pour votre compte Obscura",
            intro: "De nouveaux codes de récupération viennent d'être créés pour votre compte Obscura ; les anciens ne fonctionnent plus.",
            action: "Vérifier la sécurité de votre compte",
            expiry: "Si vous êtes à l'origine de ce changement, gardez les nouveaux codes en lieu sûr.",
            ignore: "Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion.",
        },
        (Kind::RecoveryCodeUsed, En) => Text {
            subject: "A recovery code was used to sign in to Obscura",
            intro: "Someone just signed in to your Obscura account with one of its recovery codes. That code no longer works.",
            action: "See where you're signed in",
            expiry: "If this was you, consider creating new codes if few are left.",
            ignore: "If it was not, end that session from your security settings, reset your password and create new recovery codes.",
        },
        (Kind::RecoveryCodeUsed, De) => Text {
            subject: "Ein Wiederherstellungscode wurde zur Anmeldung bei Obscura benutzt",
            intro: "Gerade hat sich jemand mit einem Wiederherstellungscode bei deinem Obscura-Konto angemeldet. Dieser Code gilt nicht mehr.",
            action: "Anmeldungen ansehen",
            expiry: "Wenn du das warst, erstelle neue Codes, falls nur noch wenige übrig sind.",
            ignore: "Wenn nicht, beende diese Sitzung in deinen Sicherheitseinstellungen, setze dein Passwort zurück und erstelle neue Wiederherstellungscodes.",
        },
        (Kind::RecoveryCodeUsed, Fr) => Text {
            subject: "Un code de récupération a servi à se connecter à Obscura",
            intro: "Quelqu'un vient de se connecter à votre compte Obscura avec l'un de ses codes de récupération. Ce code ne fonctionne plus.",
            action: "Voir où vous êtes connecté",
            expiry: "Si c'était vous, pensez à créer de nouveaux codes s'il en reste peu.",
            ignore: "Sinon, mettez fin à cette session dans vos paramètres de sécurité, réinitialisez votre mot de passe et créez de nouveaux codes de récupération.",
        },
        (Kind::PasskeyAdded, En) => Text {
            subject: "A passkey was added to your Obscura account",
            intro: "A passkey was just added to your Obscura account: it can now sign in with it, and it serves as a second step after a password.",
            action: "Review your account's security",
            expiry: "If you made this change, there is nothing to do.",
            ignore: "If you did not, remove that passkey from your security settings, reset your password from the sign-in page right away and write to the operator of this server.",
        },
        (Kind::PasskeyAdded, De) => Text {
            subject: "Deinem Obscura-Konto wurde ein Passkey hinzugefügt",
            intro: "Deinem Obscura-Konto wurde gerade ein Passkey hinzugefügt: Damit kann man sich jetzt anmelden, und er dient als zweiter Schritt nach dem Passwort.",
            action: "Sicherheit deines Kontos prüfen",
            expiry: "Wenn du das warst, ist nichts weiter zu tun.",
            ignore: "Wenn nicht, entferne diesen Passkey in deinen Sicherheitseinstellungen, setze dein Passwort sofort auf der Anmeldeseite zurück und schreibe dem Betreiber dieses Servers.",
        },
        (Kind::PasskeyAdded, Fr) => Text {
            subject: "Une clé d'accès a été ajoutée à votre compte Obscura",
            intro: "Une clé d'accès vient d'être ajoutée à votre compte Obscura : elle permet désormais de s'y connecter, et sert de deuxième étape après un mot de passe.",
            action: "Vérifier la sécurité de votre compte",
            expiry: "Si vous êtes à l'origine de ce changement, il n'y a rien à faire.",
            ignore: "Sinon, retirez cette clé d'accès dans vos paramètres de sécurité, réinitialisez tout de suite votre mot de passe depuis la page de connexion et écrivez à l'opérateur de ce serveur.",
        },
        (Kind::ApiKeyCreated, En) => Text {
            subject: "A new API key was created for your Obscura account",
            intro: "An API key was just created for your Obscura account. Programs holding it can use your account within its scopes, and spend your credits if it may make images.",
            action: "Review your API keys",
            expiry: "If you made this key, there is nothing to do. Keep it secret: it was shown once and is not kept in readable form.",
            ignore: "If you did not, revoke it on that page at once, reset your password from the sign-in page and check your security settings.",
        },
        (Kind::ApiKeyCreated, De) => Text {
            subject: "Für dein Obscura-Konto wurde ein neuer API-Schlüssel erstellt",
            intro: "Für dein Obscura-Konto wurde gerade ein API-Schlüssel erstellt. Programme mit diesem Schlüssel können dein Konto im Rahmen seiner Rechte nutzen und, wenn er Bilder erstellen darf, dein Guthaben verbrauchen.",
            action: "API-Schlüssel prüfen",
            expiry: "Wenn du den Schlüssel erstellt hast, ist nichts weiter zu tun. Halte ihn geheim: Er wurde einmal angezeigt und wird nicht lesbar gespeichert.",
            ignore: "Wenn nicht, widerrufe ihn sofort auf dieser Seite, setze dein Passwort auf der Anmeldeseite zurück und prüfe deine Sicherheitseinstellungen.",
        },
        (Kind::ApiKeyCreated, Fr) => Text {
            subject: "Une nouvelle clé d'API a été créée pour votre compte Obscura",
            intro: "Une clé d'API vient d'être créée pour votre compte Obscura. Les programmes qui la détiennent peuvent utiliser votre compte dans les limites de ses droits, et dépenser vos crédits si elle peut créer des images.",
            action: "Vérifier vos clés d'API",
            expiry: "Si vous avez créé cette clé, il n'y a rien à faire. Gardez-la secrète : elle n'a été affichée qu'une fois et n'est pas conservée sous forme lisible.",
            ignore: "Sinon, révoquez-la tout de suite sur cette page, réinitialisez votre mot de passe depuis la page de connexion et vérifiez vos paramètres de sécurité.",
        },
        (Kind::PublishApproval, En) => Text {
            subject: "Please review a post before it is published",
            intro: "{REQUESTER} asks you to approve a post of an image to {WHERE}. Open the link to see the image and the caption, then approve or reject it.",
            action: "Review the post",
            expiry: "The link works once, for 7 days. Nothing is posted unless you approve.",
            ignore: "If you don't know who sent this, ignore it: nothing will be posted.",
        },
        (Kind::PublishApproval, De) => Text {
            subject: "Bitte prüfe einen Beitrag vor der Veröffentlichung",
            intro: "{REQUESTER} bittet dich, einen Beitrag mit einem Bild für {WHERE} freizugeben. Öffne den Link, um Bild und Text zu sehen, und gib ihn frei oder lehne ihn ab.",
            action: "Beitrag prüfen",
            expiry: "Der Link funktioniert einmal, 7 Tage lang. Ohne deine Freigabe wird nichts veröffentlicht.",
            ignore: "Wenn du nicht weißt, wer das geschickt hat, ignoriere es: es wird nichts veröffentlicht.",
        },
        (Kind::PublishApproval, Fr) => Text {
            subject: "Merci de vérifier une publication avant sa diffusion",
            intro: "{REQUESTER} vous demande d'approuver la publication d'une image sur {WHERE}. Ouvrez le lien pour voir l'image et la légende, puis approuvez-la ou refusez-la.",
            action: "Vérifier la publication",
            expiry: "Le lien fonctionne une fois, pendant 7 jours. Rien n'est publié sans votre accord.",
            ignore: "Si vous ne savez pas qui l'a envoyé, ignorez ce message : rien ne sera publié.",
        },
        (Kind::ApiKeyRevoked, En) => Text {
            subject: "An API key of your Obscura account was revoked",
            intro: "An API key of your Obscura account was just revoked: programs using it can no longer reach your account.",
            action: "Review your API keys",
            expiry: "If you made this change, there is nothing to do.",
            ignore: "If you did not, reset your password from the sign-in page right away and check your security settings.",
        },
        (Kind::ApiKeyRevoked, De) => Text {
            subject: "Ein API-Schlüssel deines Obscura-Kontos wurde widerrufen",
            intro: "Ein API-Schlüssel deines Obscura-Kontos wurde gerade widerrufen: Programme, die ihn nutzen, erreichen dein Konto nicht mehr.",
            action: "API-Schlüssel prüfen",
            expiry: "Wenn du das warst, ist nichts weiter zu tun.",
            ignore: "Wenn nicht, setze dein Passwort sofort auf der Anmeldeseite zurück und prüfe deine Sicherheitseinstellungen.",
        },
        (Kind::ApiKeyRevoked, Fr) => Text {
            subject: "Une clé d'API de votre compte Obscura a été révoquée",
            intro: "Une clé d'API de votre compte Obscura vient d'être révoquée : les programmes qui l'utilisent ne peuvent plus accéder à votre compte.",
            action: "Vérifier vos clés d'API",
            expiry: "Si vous êtes à l'origine de ce changement, il n'y a rien à faire.",
            ignore: "Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et vérifiez vos paramètres de sécurité.",
        },
        (Kind::PasskeyRemoved, En) => Text {
            subject: "A passkey was removed from your Obscura account",
            intro: "A passkey of your Obscura account was just removed: it no longer signs in.",
            action: "Review your account's security",
            expiry: "If you made this change, there is nothing to do.",
            ignore: "If you did not, reset your password from the sign-in page right away and check your security settings.",
        },
        (Kind::PasskeyRemoved, De) => Text {
            subject: "Ein Passkey wurde von deinem Obscura-Konto entfernt",
            intro: "Ein Passkey deines Obscura-Kontos wurde gerade entfernt: Damit kann man sich nicht mehr anmelden.",
            action: "Sicherheit deines Kontos prüfen",
            expiry: "Wenn du das warst, ist nichts weiter zu tun.",
            ignore: "Wenn nicht, setze dein Passwort sofort auf der Anmeldeseite zurück und prüfe deine Sicherheitseinstellungen.",
        },
        (Kind::PasskeyRemoved, Fr) => Text {
            subject: "Une clé d'accès a été retirée de votre compte Obscura",
            intro: "Une clé d'accès de votre compte Obscura vient d'être retirée : elle ne permet plus de s'y connecter.",
            action: "Vérifier la sécurité de votre compte",
            expiry: "Si vous êtes à l'origine de ce changement, il n'y a rien à faire.",
            ignore: "Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et vérifiez vos paramètres de sécurité.",
        },
        (Kind::Receipt, En) => Text {
            subject: "Your Obscura receipt: {WHAT}",
            intro: "Thank you. We received {AMOUNT} for {WHAT}, and {CREDITS} credits are in your account.",
            action: "View the invoice",
            expiry: "The invoice carries the name, company and VAT id you gave at checkout.",
            ignore: "Your payments and invoices are also under Settings → Billing.",
        },
        (Kind::Receipt, De) => Text {
            subject: "Deine Obscura-Quittung: {WHAT}",
            intro: "Danke. Wir haben {AMOUNT} für {WHAT} erhalten, und {CREDITS} Credits sind auf deinem Konto.",
            action: "Rechnung ansehen",
            expiry: "Die Rechnung trägt Name, Firma und USt-IdNr., die du beim Bezahlen angegeben hast.",
            ignore: "Deine Zahlungen und Rechnungen findest du auch unter Einstellungen → Abrechnung.",
        },
        (Kind::Receipt, Fr) => Text {
            subject: "Votre reçu Obscura : {WHAT}",
            intro: "Merci. Nous avons reçu {AMOUNT} pour {WHAT}, et {CREDITS} crédits sont sur votre compte.",
            action: "Voir la facture",
            expiry: "La facture porte le nom, la société et le numéro de TVA indiqués lors du paiement.",
            ignore: "Vos paiements et factures sont aussi dans Paramètres → Facturation.",
        },
        (Kind::PlanRenewed, En) => Text {
            subject: "Your Obscura plan is renewed: {WHAT}",
            intro: "Your plan {WHAT} is renewed for another period: we received {AMOUNT}, and {CREDITS} credits are in your account.",
            action: "View the invoice",
            expiry: "You can change or cancel the plan at any time under Settings → Billing.",
            ignore: "Cancelling stops the next renewal; the current period stays yours.",
        },
        (Kind::PlanRenewed, De) => Text {
            subject: "Dein Obscura-Abo wurde verlängert: {WHAT}",
            intro: "Dein Abo {WHAT} läuft eine weitere Periode: Wir haben {AMOUNT} erhalten, und {CREDITS} Credits sind auf deinem Konto.",
            action: "Rechnung ansehen",
            expiry: "Du kannst das Abo jederzeit unter Einstellungen → Abrechnung ändern oder kündigen.",
            ignore: "Eine Kündigung beendet die nächste Verlängerung; die laufende Periode bleibt dir.",
        },
        (Kind::PlanRenewed, Fr) => Text {
            subject: "Votre abonnement Obscura est renouvelé : {WHAT}",
            intro: "Votre abonnement {WHAT} est renouvelé pour une période : nous avons reçu {AMOUNT}, et {CREDITS} crédits sont sur votre compte.",
            action: "Voir la facture",
            expiry: "Vous pouvez modifier ou résilier l'abonnement à tout moment dans Paramètres → Facturation.",
            ignore: "La résiliation arrête le prochain renouvellement ; la période en cours reste à vous.",
        },
        (Kind::PaymentFailed, En) => Text {
            subject: "Your Obscura payment did not go through",
            intro: "The payment for your plan did not go through. Stripe will try again over the next days; please check your card so that your plan continues.",
            action: "Update my card",
            expiry: "Nothing is lost: your credits stay in your account.",
            ignore: "If you meant to stop the plan, you can cancel it on the same page.",
        },
        (Kind::PaymentFailed, De) => Text {
            subject: "Deine Obscura-Zahlung ist nicht durchgegangen",
            intro: "Die Zahlung für dein Abo ist nicht durchgegangen. Stripe versucht es in den nächsten Tagen erneut; bitte prüfe deine Karte, damit dein Abo weiterläuft.",
            action: "Karte aktualisieren",
            expiry: "Es geht nichts verloren: Deine Credits bleiben auf deinem Konto.",
            ignore: "Wenn du das Abo beenden wolltest, kannst du es auf derselben Seite kündigen.",
        },
        (Kind::PaymentFailed, Fr) => Text {
            subject: "Votre paiement Obscura n'a pas abouti",
            intro: "Le paiement de votre abonnement n'a pas abouti. Stripe réessaiera dans les prochains jours ; vérifiez votre carte pour que votre abonnement continue.",
            action: "Mettre à jour ma carte",
            expiry: "Rien n'est perdu : vos crédits restent sur votre compte.",
            ignore: "Si vous vouliez arrêter l'abonnement, vous pouvez le résilier sur la même page.",
        },
        (Kind::PlanEnding, En) => Text {
            subject: "Your Obscura plan ends on {DATE}",
            intro: "Your plan is cancelled and will not renew: it ends on {DATE}. Until then it stays yours, with its credits.",
            action: "See my plan",
            expiry: "Changed your mind? You can resume it on the same page before that date.",
            ignore: "Credits from packs you bought never expire.",
        },
        (Kind::PlanEnding, De) => Text {
            subject: "Dein Obscura-Abo endet am {DATE}",
            intro: "Dein Abo ist gekündigt und wird nicht verlängert: Es endet am {DATE}. Bis dahin bleibt es dir, mit seinen Credits.",
            action: "Mein Abo ansehen",
            expiry: "Doch anders entschieden? Du kannst es vor diesem Datum auf derselben Seite fortsetzen.",
            ignore: "Credits aus gekauften Paketen verfallen nie.",
        },
        (Kind::PlanEnding, Fr) => Text {
            subject: "Votre abonnement Obscura se termine le {DATE}",
            intro: "Votre abonnement est résilié et ne sera pas renouvelé : il se termine le {DATE}. D'ici là, il reste à vous, avec ses crédits.",
            action: "Voir mon abonnement",
            expiry: "Vous avez changé d'avis ? Vous pouvez le reprendre sur la même page avant cette date.",
            ignore: "Les crédits des packs achetés n'expirent jamais.",
        },
        (Kind::CheckoutFailed, En) => Text {
            subject: "Your Obscura payment for {WHAT} did not go through",
            intro: "Your bank did not complete the payment for {WHAT}. Nothing was charged and no credits were added.",
            action: "Try again",
            expiry: "You can pay with another method on the billing page.",
            ignore: "If you did not mean to buy, there is nothing to do.",
        },
        (Kind::CheckoutFailed, De) => Text {
            subject: "Deine Obscura-Zahlung für {WHAT} ist nicht durchgegangen",
            intro: "Deine Bank hat die Zahlung für {WHAT} nicht ausgeführt. Es wurde nichts abgebucht und keine Credits gutgeschrieben.",
            action: "Erneut versuchen",
            expiry: "Auf der Abrechnungsseite kannst du mit einer anderen Methode bezahlen.",
            ignore: "Wenn du nichts kaufen wolltest, musst du nichts tun.",
        },
        (Kind::CheckoutFailed, Fr) => Text {
            subject: "Votre paiement Obscura pour {WHAT} n'a pas abouti",
            intro: "Votre banque n'a pas effectué le paiement pour {WHAT}. Rien n'a été débité et aucun crédit n'a été ajouté.",
            action: "Réessayer",
            expiry: "Vous pouvez payer avec un autre moyen sur la page de facturation.",
            ignore: "Si vous ne vouliez rien acheter, il n'y a rien à faire.",
        },
        (Kind::NewDevice, En) => Text {
            subject: "New sign-in to your Obscura account",
            intro: "Your Obscura account was just signed in to from a device it has not used before.",
            action: "See where you're signed in",
            expiry: "If this was you, there is nothing to do.",
            ignore: "If it was not, end that session from your security settings and change your password.",
        },
        (Kind::NewDevice, De) => Text {
            subject: "Neue Anmeldung bei deinem Obscura-Konto",
            intro: "Bei deinem Obscura-Konto hat sich gerade ein Gerät angemeldet, das es bisher nicht benutzt hat.",
            action: "Anmeldungen ansehen",
            expiry: "Wenn du das warst, ist nichts weiter zu tun.",
            ignore: "Wenn nicht, beende diese Sitzung in deinen Sicherheitseinstellungen und ändere dein Passwort.",
        },
        (Kind::NewDevice, Fr) => Text {
            subject: "Nouvelle connexion à votre compte Obscura",
            intro: "Votre compte Obscura vient d'être utilisé depuis un appareil qu'il n'avait jamais utilisé.",
            action: "Voir où vous êtes connecté",
            expiry: "Si c'était vous, il n'y a rien à faire.",
            ignore: "Sinon, mettez fin à cette session dans vos paramètres de sécurité et changez votre mot de passe.",
        },
        (Kind::ExportReady, En) => Text {
            subject: "Your Obscura data export is ready",
            intro: "The archive you asked for is ready: your account details, generations (JSON and CSV), credits, shares, sessions, security and consent records, and your image files.",
            action: "Download my data",
            expiry: "The link works for 7 days; then the archive is deleted.",
            ignore: "If you did not ask for it, change your password: someone may be signed in to your account.",
        },
        (Kind::ExportReady, De) => Text {
            subject: "Dein Obscura-Datenexport ist fertig",
            intro: "Das angeforderte Archiv ist fertig: deine Kontodaten, Generierungen (JSON und CSV), Credits, geteilte Links, Sitzungen, Sicherheits- und Einwilligungsprotokolle und deine Bilddateien.",
            action: "Meine Daten herunterladen",
            expiry: "Der Link ist 7 Tage gültig; danach wird das Archiv gelöscht.",
            ignore: "Falls du es nicht angefordert hast, ändere dein Passwort: jemand könnte in deinem Konto angemeldet sein.",
        },
        (Kind::ExportReady, Fr) => Text {
            subject: "Votre export de données Obscura est prêt",
            intro: "L'archive demandée est prête : les données de votre compte, vos générations (JSON et CSV), crédits, liens partagés, sessions, journaux de sécurité et de consentement, et vos fichiers d'images.",
            action: "Télécharger mes données",
            expiry: "Le lien est valable 7 jours ; l'archive est ensuite supprimée.",
            ignore: "Si vous ne l'avez pas demandé, changez votre mot de passe : quelqu'un est peut-être connecté à votre compte.",
        },
        (Kind::ErasureScheduled, En) => Text {
            subject: "Your Obscura account will be deleted",
            intro: "You asked to delete your Obscura account. Every session was signed out and the account is closed. When the waiting period ends, your data and images are deleted for good.",
            action: "Keep my account",
            expiry: "Until then this link cancels the deletion and lets you sign in again.",
            ignore: "If you did not ask for this, open the link now and change your password.",
        },
        (Kind::ErasureScheduled, De) => Text {
            subject: "Dein Obscura-Konto wird gelöscht",
            intro: "Du hast die Löschung deines Obscura-Kontos beantragt. Alle Sitzungen wurden beendet und das Konto ist geschlossen. Nach Ablauf der Wartezeit werden deine Daten und Bilder endgültig gelöscht.",
            action: "Mein Konto behalten",
            expiry: "Bis dahin hebt dieser Link die Löschung auf, und du kannst dich wieder anmelden.",
            ignore: "Falls du das nicht warst, öffne den Link sofort und ändere dein Passwort.",
        },
        (Kind::ErasureScheduled, Fr) => Text {
            subject: "Votre compte Obscura va être supprimé",
            intro: "Vous avez demandé la suppression de votre compte Obscura. Toutes les sessions ont été fermées et le compte est clos. À la fin du délai d'attente, vos données et images seront définitivement supprimées.",
            action: "Garder mon compte",
            expiry: "D'ici là, ce lien annule la suppression et vous permet de vous reconnecter.",
            ignore: "Si ce n'était pas vous, ouvrez le lien tout de suite et changez votre mot de passe.",
        },
        (Kind::PolicyChange, En) => Text {
            subject: "Our privacy policy changes on {DATE}",
            intro: "On {DATE} the privacy policy of Obscura changes. In short: {SUMMARY}",
            action: "See exactly what changes",
            expiry: "Until then the current policy applies. If you don't agree, you can export your data and delete your account in Settings → Privacy.",
            ignore: "We send this to everyone with an account, whatever their email choices: the law asks us to.",
        },
        (Kind::PolicyChange, De) => Text {
            subject: "Unsere Datenschutzerklärung ändert sich am {DATE}",
            intro: "Am {DATE} ändert sich die Datenschutzerklärung von Obscura. Kurz gesagt: {SUMMARY}",
            action: "Genau ansehen, was sich ändert",
            expiry: "Bis dahin gilt die aktuelle Erklärung. Wenn du nicht einverstanden bist, kannst du unter Einstellungen → Datenschutz deine Daten exportieren und dein Konto löschen.",
            ignore: "Diese Nachricht geht an alle mit einem Konto, unabhängig von ihren E-Mail-Einstellungen: das Gesetz verlangt es.",
        },
        (Kind::PolicyChange, Fr) => Text {
            subject: "Notre politique de confidentialité change le {DATE}",
            intro: "Le {DATE}, la politique de confidentialité d'Obscura change. En bref : {SUMMARY}",
            action: "Voir exactement ce qui change",
            expiry: "D'ici là, la politique actuelle s'applique. Si vous n'êtes pas d'accord, vous pouvez exporter vos données et supprimer votre compte dans Paramètres → Confidentialité.",
            ignore: "Ce message est envoyé à toute personne ayant un compte, quels que soient ses choix d'e-mails : la loi nous le demande.",
        },
        (Kind::SupportReceived, En) => Text {
            subject: "We received your message",
            intro: "Thank you for writing to Obscura. A person will read your message and answer by email, usually within two working days.",
            action: "Open the support page",
            expiry: "Privacy requests are answered within one month at the latest.",
            ignore: "If you did not write to us, someone used your address: ignore this email.",
        },
        (Kind::SupportReceived, De) => Text {
            subject: "Wir haben deine Nachricht erhalten",
            intro: "Danke für deine Nachricht an Obscura. Ein Mensch liest sie und antwortet per E-Mail, meist innerhalb von zwei Werktagen.",
            action: "Support-Seite öffnen",
            expiry: "Datenschutzanfragen beantworten wir spätestens innerhalb eines Monats.",
            ignore: "Falls du uns nicht geschrieben hast, hat jemand deine Adresse verwendet: ignoriere diese E-Mail.",
        },
        (Kind::SupportReceived, Fr) => Text {
            subject: "Nous avons bien reçu votre message",
            intro: "Merci d'avoir écrit à Obscura. Une personne lira votre message et vous répondra par e-mail, en général sous deux jours ouvrés.",
            action: "Ouvrir la page d'assistance",
            expiry: "Les demandes liées à la vie privée reçoivent une réponse sous un mois au plus tard.",
            ignore: "Si vous ne nous avez pas écrit, quelqu'un a utilisé votre adresse : ignorez cet e-mail.",
        },
        (Kind::SupportReply, En) => Text {
            subject: "An answer to your message to Obscura",
            intro: "{REPLY}",
            action: "Write to us again",
            expiry: "You can answer through the support page.",
            ignore: "Please don't send passwords or API keys: we will never ask for them.",
        },
        (Kind::SupportReply, De) => Text {
            subject: "Eine Antwort auf deine Nachricht an Obscura",
            intro: "{REPLY}",
            action: "Uns wieder schreiben",
            expiry: "Du kannst über die Support-Seite antworten.",
            ignore: "Bitte schicke keine Passwörter oder API-Schlüssel: wir fragen nie danach.",
        },
        (Kind::SupportReply, Fr) => Text {
            subject: "Une réponse à votre message à Obscura",
            intro: "{REPLY}",
            action: "Nous écrire à nouveau",
            expiry: "Vous pouvez répondre via la page d'assistance.",
            ignore: "N'envoyez jamais de mot de passe ni de clé d'API : nous ne les demanderons jamais.",
        },
        (Kind::EmailChange, Fr) => Text {
            subject: "Confirmez votre nouvelle adresse e-mail pour Obscura",
            intro: "Vous avez demandé à utiliser cette adresse pour votre compte Obscura.",
            action: "Utiliser cette adresse",
            expiry: "Le lien fonctionne une fois, pendant 24 heures. D'ici là, votre ancienne adresse reste active.",
            ignore: "Si ce n'était pas vous, ignorez cet e-mail.",
        },
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Renders one email with its link to `to`, greeting `name`.
#[must_use]
pub fn render(kind: &Kind, lang: Language, to: &str, name: &str, link: &str) -> Email {
    let t = text(kind, lang);
    // An empty name (mail to an address nobody has proven yet) greets without one.
    let name = name.trim();
    let sep = if name.is_empty() { "" } else { " " };
    let greeting = match lang {
        Language::En => format!("Hello{sep}{name},"),
        Language::De => format!("Hallo{sep}{name},"),
        Language::Fr => format!("Bonjour{sep}{name},"),
    };
    let text_body = format!(
        "{greeting}\n\n{intro}\n\n{action}:\n{link}\n\n{expiry}\n{ignore}\n\n— Obscura\n",
        intro = t.intro,
        action = t.action,
        expiry = t.expiry,
        ignore = t.ignore,
    );
    let html = format!(
        r#"<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{subject}</title></head>
<body style="margin:0;padding:0;background:#f4f4f7;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#16161d">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f4f4f7;padding:32px 12px"><tr><td align="center">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="max-width:520px;background:#ffffff;border-radius:16px;padding:32px">
<tr><td style="font-size:20px;font-weight:700;letter-spacing:-0.01em;padding-bottom:24px"><span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:#6d4aff;margin-right:8px"></span>Obscura</td></tr>
<tr><td style="font-size:16px;line-height:1.6"><p style="margin:0 0 16px">{greeting}</p><p style="margin:0 0 24px">{intro}</p>
<p style="margin:0 0 24px"><a href="{link}" style="display:inline-block;background:#5b3df5;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:10px">{action}</a></p>
<p style="margin:0 0 8px;font-size:14px;color:#4a4a57">{expiry}</p><p style="margin:0 0 24px;font-size:14px;color:#4a4a57">{ignore}</p>
<p style="margin:0;font-size:12px;color:#4a4a57;word-break:break-all">{link}</p></td></tr>
</table></td></tr></table></body></html>"#,
        lang = lang.code(),
        subject = escape(t.subject),
        greeting = escape(&greeting),
        intro = escape(t.intro),
        action = escape(t.action),
        expiry = escape(t.expiry),
        ignore = escape(t.ignore),
        link = escape(link),
    );
    Email {
        to: to.to_owned(),
        subject: t.subject.to_owned(),
        text: text_body,
        html,
    }
}

/// Puts `values` in place of their `{PLACEHOLDER}`s: as they are in the subject and the text,
/// escaped (line breaks kept) in the HTML.
fn fill(mut email: Email, values: &[(&str, &str)]) -> Email {
    for (placeholder, value) in values {
        email.subject = email.subject.replace(placeholder, value);
        email.text = email.text.replace(placeholder, value);
        email.html = email
            .html
            .replace(placeholder, &escape(value).replace('\n', "<br>"));
    }
    email
}

/// Renders the policy-change notice with its date and the operator's summary.
#[must_use]
pub fn render_policy_change(
    lang: Language,
    to: &str,
    name: &str,
    link: &str,
    date: &str,
    summary: &str,
) -> Email {
    fill(
        render(&Kind::PolicyChange, lang, to, name, link),
        &[("{DATE}", date), ("{SUMMARY}", summary)],
    )
}

/// Renders a billing email with what was bought, the amount, the credits and a date.
#[must_use]
pub fn render_billing(
    kind: &Kind,
    lang: Language,
    to: &str,
    name: &str,
    link: &str,
    values: &[(&str, &str)],
) -> Email {
    fill(render(kind, lang, to, name, link), values)
}

/// Renders an admin's answer to a support message.
#[must_use]
pub fn render_support_reply(
    lang: Language,
    to: &str,
    name: &str,
    link: &str,
    reply: &str,
) -> Email {
    fill(
        render(&Kind::SupportReply, lang, to, name, link),
        &[("{REPLY}", reply)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_email_exists_in_every_language_with_its_link() {
        for kind in [
            Kind::Verify,
            Kind::MagicLink,
            Kind::Reset,
            Kind::EmailChange,
            Kind::ExportReady,
            Kind::ErasureScheduled,
            Kind::PolicyChange,
            Kind::SupportReceived,
            Kind::SupportReply,
            Kind::TwoStepAdded,
            Kind::TwoStepRemoved,
            Kind::RecoveryCodesRenewed,
            Kind::RecoveryCodeUsed,
            Kind::PasskeyAdded,
            Kind::PasskeyRemoved,
            Kind::ApiKeyCreated,
            Kind::ApiKeyRevoked,
            Kind::PublishApproval,
            Kind::Receipt,
            Kind::PlanRenewed,
            Kind::PaymentFailed,
            Kind::PlanEnding,
            Kind::CheckoutFailed,
        ] {
            for lang in Language::ALL {
                let e = render(
                    &kind,
                    lang,
                    "a@b.c",
                    "Ada <x>",
                    "https://o.example/x?token=abc&y=1",
                );
                assert!(e.text.contains("https://o.example/x?token=abc&y=1"));
                assert!(e.html.contains("https://o.example/x?token=abc&amp;y=1"));
                assert!(e.html.contains("Ada &lt;x&gt;"), "names are escaped");
                assert!(!e.subject.is_empty());
            }
        }
        assert_ne!(
            render(&Kind::Reset, Language::De, "a@b.c", "A", "l").subject,
            render(&Kind::Reset, Language::En, "a@b.c", "A", "l").subject
        );
    }
}
