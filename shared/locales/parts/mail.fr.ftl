# Part "mail" of the fr catalogue (merged into ../fr.ftl when the work lands).
# The account emails (server/core/src/mail/templates.rs) and the admin pages.

## Emails: greeting and layout
mail-greeting = Bonjour { $name },
mail-greeting-anonymous = Bonjour,
# The line above the link in the plain-text email.
mail-link-label = { $action } :
# What a receipt is for when no pack is named.
mail-what-credits = crédits

## Email: verify
mail-verify-subject = Confirmez votre adresse e-mail pour Obscura
mail-verify-intro = Bienvenue sur Obscura. Merci de confirmer que cette adresse e-mail est la vôtre.
mail-verify-action = Confirmer mon adresse
mail-verify-expiry = Le lien est valable 48 heures.
mail-verify-ignore = Si vous n’avez pas créé de compte, ignorez cet e-mail : rien ne se passe sans clic.

## Email: magic link
mail-magic-link-subject = Votre lien de connexion à Obscura
mail-magic-link-intro = Quelqu’un (vous, nous l’espérons) a demandé un lien pour se connecter à Obscura.
mail-magic-link-action = Me connecter à Obscura
mail-magic-link-expiry = Le lien fonctionne une seule fois, pendant 15 minutes.
mail-magic-link-ignore = Si vous ne l’avez pas demandé, ignorez cet e-mail : votre compte reste inchangé.

## Email: reset
mail-reset-subject = Réinitialisez votre mot de passe Obscura
mail-reset-intro = Quelqu’un (vous, nous l’espérons) a demandé à réinitialiser le mot de passe de votre compte Obscura.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-expiry = Le lien fonctionne une fois, pendant 30 minutes. Tous vos autres appareils seront déconnectés.
mail-reset-ignore = Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste inchangé.

## Email: email change
mail-email-change-subject = Confirmez votre nouvelle adresse e-mail pour Obscura
mail-email-change-intro = Vous avez demandé à utiliser cette adresse pour votre compte Obscura.
mail-email-change-action = Utiliser cette adresse
mail-email-change-expiry = Le lien fonctionne une fois, pendant 24 heures. D’ici là, votre ancienne adresse reste active.
mail-email-change-ignore = Si ce n’était pas vous, ignorez cet e-mail.

## Email: email changed
mail-email-changed-subject = L’adresse e-mail de votre compte Obscura a été modifiée
mail-email-changed-intro = Votre compte Obscura utilise désormais une autre adresse e-mail ; celle-ci ne permet plus de se connecter.
mail-action-review-security = Vérifier la sécurité de votre compte
mail-changed-by-you = Si vous êtes à l’origine de ce changement, il n’y a rien à faire.
mail-email-changed-ignore = Sinon, réinitialisez votre mot de passe depuis la page de connexion et écrivez à l’opérateur de ce serveur.

## Email: password changed
mail-password-changed-subject = Votre mot de passe Obscura a été modifié
mail-password-changed-intro = Le mot de passe de votre compte Obscura vient d’être modifié, et tous vos autres appareils ont été déconnectés.
mail-not-you-reset = Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion.

## Email: new device
mail-new-device-subject = Nouvelle connexion à votre compte Obscura
mail-new-device-intro = Votre compte Obscura vient d’être utilisé depuis un appareil qu’il n’avait jamais utilisé.
mail-action-see-sessions = Voir où vous êtes connecté
mail-new-device-expiry = Si c’était vous, il n’y a rien à faire.
mail-new-device-ignore = Sinon, mettez fin à cette session dans vos paramètres de sécurité et changez votre mot de passe.

## Email: earlier access removed
mail-earlier-access-removed-subject = Votre compte Obscura n’appartient plus qu’à vous
mail-earlier-access-removed-intro = Votre adresse e-mail vient d’être confirmée pour la première fois. Quelqu’un s’était inscrit avec cette adresse avant sa confirmation, donc tout ce qui avait été mis en place avant ce moment a été supprimé : le mot de passe choisi à l’inscription, les appareils connectés et tout compte Google associé.
mail-earlier-access-removed-action = Choisir un mot de passe et vérifier votre compte
mail-earlier-access-removed-expiry = Si vous vous êtes inscrit vous-même dans un autre navigateur, choisissez simplement à nouveau votre mot de passe.
mail-earlier-access-removed-ignore = Seul le titulaire de cette boîte mail peut désormais utiliser le compte.

## Email: two step added
mail-two-step-added-subject = La validation en deux étapes est activée sur votre compte Obscura
mail-two-step-added-intro = Une application d’authentification vient d’être ajoutée à votre compte Obscura : la connexion demande désormais aussi un code de cette application.
mail-two-step-added-expiry = Si vous êtes à l’origine de ce changement, gardez vos codes de récupération en lieu sûr.
mail-two-step-added-ignore = Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et écrivez à l’opérateur de ce serveur.

## Email: two step removed
mail-two-step-removed-subject = La validation en deux étapes a été retirée de votre compte Obscura
mail-two-step-removed-intro = L’application d’authentification de votre compte Obscura vient d’être retirée : la connexion ne demande plus de code.
mail-two-step-removed-ignore = Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et réactivez la validation en deux étapes.

## Email: recovery codes renewed
mail-recovery-codes-renewed-subject = Nouveaux codes de récupération pour votre compte Obscura
mail-recovery-codes-renewed-intro = De nouveaux codes de récupération viennent d’être créés pour votre compte Obscura ; les anciens ne fonctionnent plus.
mail-recovery-codes-renewed-expiry = Si vous êtes à l’origine de ce changement, gardez les nouveaux codes en lieu sûr.

## Email: recovery code used
mail-recovery-code-used-subject = Un code de récupération a servi à se connecter à Obscura
mail-recovery-code-used-intro = Quelqu’un vient de se connecter à votre compte Obscura avec l’un de ses codes de récupération. Ce code ne fonctionne plus.
mail-recovery-code-used-expiry = Si c’était vous, pensez à créer de nouveaux codes s’il en reste peu.
mail-recovery-code-used-ignore = Sinon, mettez fin à cette session dans vos paramètres de sécurité, réinitialisez votre mot de passe et créez de nouveaux codes de récupération.

## Email: passkey added
mail-passkey-added-subject = Une clé d’accès a été ajoutée à votre compte Obscura
mail-passkey-added-intro = Une clé d’accès vient d’être ajoutée à votre compte Obscura : elle permet désormais de s’y connecter, et sert de deuxième étape après un mot de passe.
mail-passkey-added-ignore = Sinon, retirez cette clé d’accès dans vos paramètres de sécurité, réinitialisez tout de suite votre mot de passe depuis la page de connexion et écrivez à l’opérateur de ce serveur.

## Email: passkey removed
mail-passkey-removed-subject = Une clé d’accès a été retirée de votre compte Obscura
mail-passkey-removed-intro = Une clé d’accès de votre compte Obscura vient d’être retirée : elle ne permet plus de s’y connecter.
mail-not-you-reset-check = Sinon, réinitialisez tout de suite votre mot de passe depuis la page de connexion et vérifiez vos paramètres de sécurité.

## Email: API key created
mail-api-key-created-subject = Une nouvelle clé d’API a été créée pour votre compte Obscura
mail-api-key-created-intro = Une clé d’API vient d’être créée pour votre compte Obscura. Les programmes qui la détiennent peuvent utiliser votre compte dans les limites de ses droits, et dépenser vos crédits si elle peut créer des images.
mail-action-review-api-keys = Vérifier vos clés d’API
mail-api-key-created-expiry = Si vous avez créé cette clé, il n’y a rien à faire. Gardez-la secrète : elle n’a été affichée qu’une fois et n’est pas conservée sous forme lisible.
mail-api-key-created-ignore = Sinon, révoquez-la tout de suite sur cette page, réinitialisez votre mot de passe depuis la page de connexion et vérifiez vos paramètres de sécurité.

## Email: API key revoked
mail-api-key-revoked-subject = Une clé d’API de votre compte Obscura a été révoquée
mail-api-key-revoked-intro = Une clé d’API de votre compte Obscura vient d’être révoquée : les programmes qui l’utilisent ne peuvent plus accéder à votre compte.

## Email: export ready
mail-export-ready-subject = Votre export de données Obscura est prêt
mail-export-ready-intro = L’archive demandée est prête : les données de votre compte, vos générations (JSON et CSV), crédits, partages, sessions, journaux de sécurité et de consentement, et vos fichiers d’images.
mail-export-ready-action = Télécharger mes données
mail-export-ready-expiry = Le lien est valable 7 jours ; l’archive est ensuite supprimée.
mail-export-ready-ignore = Si vous ne l’avez pas demandé, changez votre mot de passe : quelqu’un est peut-être connecté à votre compte.

## Email: erasure scheduled
mail-erasure-scheduled-subject = Votre compte Obscura va être supprimé
mail-erasure-scheduled-intro = Vous avez demandé la suppression de votre compte Obscura. Toutes les sessions ont été fermées et le compte est clos. À la fin du délai d’attente, vos données et images seront définitivement supprimées.
mail-erasure-scheduled-action = Garder mon compte
mail-erasure-scheduled-expiry = D’ici là, ce lien annule la suppression et vous permet de vous reconnecter.
mail-erasure-scheduled-ignore = Si ce n’était pas vous, ouvrez le lien tout de suite et changez votre mot de passe.

## Email: policy change
mail-policy-change-subject = Notre politique de confidentialité change le { $date }
mail-policy-change-intro = Le { $date }, la politique de confidentialité d’Obscura change. En bref : { $summary }
mail-policy-change-action = Voir exactement ce qui change
mail-policy-change-expiry = D’ici là, la politique actuelle s’applique. Si vous n’êtes pas d’accord, vous pouvez exporter vos données et supprimer votre compte dans Paramètres → Confidentialité.
mail-policy-change-ignore = Ce message est envoyé à toute personne ayant un compte, quels que soient ses choix d’e-mails : la loi nous le demande.

## Email: support received
mail-support-received-subject = Nous avons bien reçu votre message
mail-support-received-intro = Merci d’avoir écrit à Obscura. Une personne lira votre message et vous répondra par e-mail, en général sous deux jours ouvrés.
mail-support-received-action = Ouvrir la page d’assistance
mail-support-received-expiry = Les demandes concernant vos données personnelles reçoivent une réponse sous un mois au plus tard.
mail-support-received-ignore = Si vous ne nous avez pas écrit, quelqu’un a utilisé votre adresse : ignorez cet e-mail.

## Email: support reply
mail-support-reply-subject = Une réponse à votre message à Obscura
mail-support-reply-intro = { $reply }
mail-support-reply-action = Nous écrire à nouveau
mail-support-reply-expiry = Vous pouvez répondre via la page d’assistance.
mail-support-reply-ignore = N’envoyez jamais de mot de passe ni de clé d’API : nous ne les demanderons jamais.

## Email: publish approval
mail-publish-approval-subject = Merci de vérifier une publication avant sa diffusion
mail-publish-approval-intro = { $requester } vous demande d’approuver la publication d’une image sur { $where }. Ouvrez le lien pour voir l’image et la légende, puis approuvez-la ou refusez-la.
mail-publish-approval-action = Vérifier la publication
mail-publish-approval-expiry = Le lien fonctionne une fois, pendant 7 jours. Rien n’est publié sans votre accord.
mail-publish-approval-ignore = Si vous ne savez pas qui l’a envoyé, ignorez ce message : rien ne sera publié.

## Email: receipt
mail-receipt-subject = Votre reçu Obscura : { $what }
mail-receipt-intro = Merci. Nous avons reçu { $amount } pour { $what }, et { $credits ->
        [one] { $credits } crédit est
       *[other] { $credits } crédits sont
    } sur votre compte.
mail-action-view-invoice = Voir la facture
mail-receipt-expiry = La facture porte le nom, la société et le numéro de TVA indiqués lors du paiement.
mail-receipt-ignore = Vos paiements et factures sont aussi dans Paramètres → Facturation.

## Email: plan renewed
mail-plan-renewed-subject = Votre abonnement Obscura est renouvelé : { $what }
mail-plan-renewed-intro = Votre abonnement { $what } est renouvelé pour une nouvelle période : nous avons reçu { $amount }, et { $credits ->
        [one] { $credits } crédit est
       *[other] { $credits } crédits sont
    } sur votre compte.
mail-plan-renewed-expiry = Vous pouvez modifier ou résilier l’abonnement à tout moment dans Paramètres → Facturation.
mail-plan-renewed-ignore = La résiliation arrête le prochain renouvellement ; la période en cours vous reste acquise.

## Email: payment failed
mail-payment-failed-subject = Votre paiement Obscura n’a pas abouti
mail-payment-failed-intro = Le paiement de votre abonnement n’a pas abouti. Stripe réessaiera dans les prochains jours ; vérifiez votre carte pour que votre abonnement continue.
mail-payment-failed-action = Mettre à jour ma carte
mail-payment-failed-expiry = Rien n’est perdu : vos crédits restent sur votre compte.
mail-payment-failed-ignore = Si vous vouliez arrêter l’abonnement, vous pouvez le résilier sur la même page.

## Email: plan ending
mail-plan-ending-subject = Votre abonnement Obscura se termine le { $date }
mail-plan-ending-intro = Votre abonnement est résilié et ne sera pas renouvelé : il se termine le { $date }. D’ici là, il reste actif, avec ses crédits.
mail-plan-ending-action = Voir mon abonnement
mail-plan-ending-expiry = Vous avez changé d’avis ? Vous pouvez le reprendre sur la même page avant cette date.
mail-plan-ending-ignore = Les crédits des packs achetés n’expirent jamais.

## Email: checkout failed
mail-checkout-failed-subject = Votre paiement Obscura pour { $what } n’a pas abouti
mail-checkout-failed-intro = Votre banque n’a pas effectué le paiement pour { $what }. Rien n’a été débité et aucun crédit n’a été ajouté.
mail-checkout-failed-action = Réessayer
mail-checkout-failed-expiry = Vous pouvez payer avec un autre moyen de paiement sur la page de facturation.
mail-checkout-failed-ignore = Si vous ne vouliez rien acheter, il n’y a rien à faire.

## Admin pages: menu and notices
admin-menu = Administration
admin-menu-support = Assistance
admin-menu-requests = Demandes sur les données
admin-menu-analytics = Statistiques
admin-menu-audit = Journal d’audit
admin-menu-payments = Paiements
admin-loading = Chargement…
admin-notice-reply-sent = Votre réponse est envoyée par e-mail et conservée avec le message.
admin-notice-message-closed = Le message est fermé.
admin-notice-message-reopened = Le message est de nouveau ouvert.
admin-notice-confirm-erase = Saisissez l’adresse du compte signalé et cochez la confirmation pour le supprimer : c’est irréversible.
admin-notice-not-underage = Seul le signalement d’un compte d’une personne n’ayant pas l’âge minimum peut conduire à supprimer un compte.
admin-notice-account-erased = Le compte a été déconnecté partout et supprimé avec tout son contenu.
admin-notice-no-account = Aucun compte n’utilise l’adresse saisie.
admin-notice-admin-account = Cette adresse appartient à un compte administrateur ; il ne se supprime pas d’ici.
admin-notice-request-logged = La demande est enregistrée. Elle est à traiter sous 30 jours.
admin-notice-request-done = La demande est marquée comme traitée.
admin-notice-refund-sent = Le remboursement est transmis à Stripe. Le paiement et les crédits changent quand Stripe le confirme, en général en moins d’une minute.

## Admin pages: support messages
admin-support-all = Tous les messages.
admin-support-open = Messages ouverts.
admin-support-show-open = N’afficher que les messages ouverts
admin-support-show-all = Afficher aussi les messages fermés
admin-support-empty = Aucun message en attente
admin-support-empty-text = Les messages envoyés avec le formulaire d’assistance apparaissent ici.
# After a message's date in the list.
admin-support-closed = fermé
# The badge of messages about privacy.
admin-support-privacy = Confidentialité
admin-topic-help = Aide sur le studio
admin-topic-account = Mon compte ou la connexion
admin-topic-billing = Crédits et paiements
admin-topic-bug = Quelque chose ne fonctionne pas
admin-topic-privacy = Demande relative aux données (copie, rectification, suppression, opposition)
admin-topic-underage = Le compte d’une personne n’ayant pas l’âge minimum
admin-topic-other = Autre chose
admin-message-not-found = Ce message n’existe pas.
admin-message-title = Message
admin-message-from = De
admin-message-has-account = (a un compte)
admin-message-received = Reçu
admin-message-status = Statut
admin-message-open = Ouvert
admin-message-closed = Fermé
admin-message-attachment-alt = L’image envoyée avec le message
admin-message-replies = Réponses envoyées
admin-message-reply-heading = Répondre par e-mail
admin-message-reply-label = Votre réponse à { $email }
admin-message-send = Envoyer la réponse
admin-message-reopen = Rouvrir
admin-message-close = Fermer le message
admin-underage-heading = Compte d’une personne n’ayant pas l’âge minimum
admin-underage-text = Si le signalement est fondé, supprimez le compte concerné. Saisissez l’adresse e-mail de ce compte telle que le signalement l’indique (le compte de l’expéditeur n’est supprimé que si vous saisissez son adresse). Le compte est déconnecté partout et tout son contenu est supprimé immédiatement. C’est irréversible, et l’action est consignée dans le journal d’audit.
admin-underage-account = Adresse e-mail du compte signalé
admin-underage-confirm = J’ai vérifié le signalement et je veux supprimer ce compte.
admin-underage-submit = Désactiver et supprimer le compte

## Admin pages: privacy requests
admin-requests-lead = Toute demande relative aux données personnelles reçoit une réponse dans les 30 jours suivant sa réception. Les demandes envoyées avec le formulaire d’assistance apparaissent ici d’elles-mêmes ; enregistrez celles arrivées par un autre moyen.
admin-requests-empty = Aucune demande
admin-requests-log-heading = Enregistrer une demande reçue par un autre moyen
admin-requests-kind = Type
admin-requests-choose = Choisir
admin-requests-requester = Adresse e-mail du demandeur
admin-requests-channel = Reçue par
admin-requests-channel-hint = E-mail, courrier, téléphone…
admin-requests-received = Reçue le
admin-requests-notes = Notes
admin-requests-submit = Enregistrer la demande
admin-request-kind-access = Accès ou copie
admin-request-kind-rectification = Rectification
admin-request-kind-erasure = Effacement
admin-request-kind-restriction = Limitation ou opposition
admin-request-kind-other = Autre
admin-request-answered = Traitée le { $date }
admin-request-overdue = En retard depuis le { $date }
admin-request-due = Échéance : { $date }
# When and how a request came: "Received 2026-03-01 by Letter".
admin-request-received = Reçue le { $date } par { $channel }
# The link to the support message a request came with.
admin-request-message = message
admin-request-done = Marquer comme traitée

## Admin pages: analytics
admin-analytics-lead = Pages vues des visiteurs qui ont accepté le comptage : des totaux uniquement, rien sur personne.
admin-analytics-period = Période
admin-analytics-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
analytics-empty = Aucune page vue comptée sur cette période
analytics-empty-text = Les vues ne sont comptées que pour les visiteurs qui l’acceptent dans le bandeau des cookies, sans Global Privacy Control ni Do Not Track, et qui ne s’y sont pas opposés.
analytics-total = { $count ->
    [one] { $count } vue du { $first } au { $last }.
   *[other] { $count } vues du { $first } au { $last }.
}
analytics-chart-title = Pages vues par jour, du { $first } au { $last }
analytics-table = Vues par jour sous forme de tableau
analytics-day = Jour
analytics-page = Page
analytics-referrer = Site référent
analytics-direct = Accès direct ou depuis ce site
analytics-device = Appareil
analytics-device-desktop = ordinateur
analytics-device-mobile = mobile
analytics-device-tablet = tablette
analytics-country = Pays
analytics-unknown = Inconnu
analytics-views = Vues

## Admin pages: audit log
admin-audit-lead = Chaque action d’administration : qui a fait quoi, sur quel compte, message ou demande, quand, et avec quel résultat. Conservé 3 ans.
admin-audit-empty = Aucune action d’administration enregistrée
# "· by <admin> · on <target>"
admin-audit-by = par
admin-audit-on = sur
admin-audit-pages = Pages
admin-audit-newer = Plus récentes
admin-audit-older = Plus anciennes
admin-audit-action-reply = Réponse à un message
admin-audit-action-close = Message fermé
admin-audit-action-reopen = Message rouvert
admin-audit-action-erase-underage = Suppression d’un compte signalé (âge minimum)
admin-audit-action-request-logged = Demande relative aux données enregistrée
admin-audit-action-request-done = Demande relative aux données marquée comme traitée
admin-audit-action-grant-admin = Compte promu administrateur
admin-audit-action-refund = Paiement remboursé
# How an action ended (English shows the stored code).
admin-audit-outcome-done = effectué
admin-audit-outcome-refused = refusé
admin-audit-outcome-not-found = introuvable
admin-audit-outcome-invalid = invalide
admin-audit-outcome-failed = échoué
