# Part "policy" of the fr catalogue (merged into ../fr.ftl when the work lands).
# La politique de confidentialité, les conditions d’utilisation et les versions de la politique.

## Generated facts: the recipients
fact-db-embedded-name = Base de données intégrée
fact-db-postgres-name = Base de données PostgreSQL
fact-db-purpose = Enregistre les comptes, les paramètres, l’historique de vos générations et les journaux de sécurité.
fact-db-data = Données du compte, prompts et paramètres de génération, journaux des connexions.
fact-db-embedded-location = Un fichier sur ce serveur
fact-db-postgres-location-host = Le serveur de base de données { $host }, géré par l’exploitant
fact-db-postgres-location = Un serveur de base de données géré par l’exploitant
fact-files-name = Stockage des fichiers
fact-files-purpose = Conserve vos images de référence et vos images générées.
fact-files-data = Les fichiers image que vous importez ou générez.
fact-files-location-local = Le disque local de ce serveur
fact-files-location-s3 = Un bucket compatible S3 sur { $host }
fact-mail-name = Envoi des e-mails
fact-mail-purpose = Envoie les e-mails liés à votre compte : confirmation de l’adresse, liens de connexion, réinitialisations du mot de passe, alertes de sécurité, liens d’export de données et avis de suppression du compte.
fact-mail-data = Votre adresse e-mail, votre nom et le contenu de ces e-mails.
fact-mail-location = Le serveur de messagerie de l’exploitant
fact-mail-location-host = Le serveur de messagerie { $host }
fact-google-name = Connexion avec Google
fact-google-purpose = Vous permet de vous connecter avec votre compte Google, uniquement si vous le choisissez.
fact-google-data = Lorsque vous l’utilisez : l’identifiant du compte, le nom, l’adresse e-mail et l’adresse de la photo de profil que Google nous transmet. Aucun mot de passe ni jeton Google n’est conservé.
fact-google-location = Le fournisseur de connexion configuré
fact-google-location-host = Le fournisseur de connexion sur { $host }
fact-platform-linkedin = Profil LinkedIn
fact-platform-linkedin-page = Page LinkedIn
fact-platform-facebook = Page Facebook
fact-social-scopes = { $platform } : { $scopes }
fact-social-scopes-separator = {"\u202F"};{" "}
fact-social-purpose = Publie les images que vous choisissez sur votre propre compte, lorsque vous appuyez sur « Publier » (jamais de lui-même). Autorisations demandées : { $scopes }.
fact-social-data = Uniquement lorsque vous le connectez et appuyez sur « Publier » : l’image, la légende et le texte alternatif que vous avez rédigés, envoyés au compte, à la page ou au tableau que vous avez choisi ; pour la connexion, votre navigateur se rend sur la plateforme et ce serveur échange le code qu’elle renvoie contre des jetons (conservés chiffrés), puis lit l’identifiant, le nom et le pseudonyme de votre compte ainsi que les pages ou tableaux sur lesquels vous pouvez publier.
fact-social-location = La plateforme
fact-social-location-host = L’API de la plateforme sur { $host }
fact-x-name = X (publication)
fact-linkedin-name = LinkedIn (publication)
fact-meta-name = Meta : Pages Facebook et Instagram (publication)
fact-meta-extra = Instagram récupère l’image par un lien de ce serveur valable une heure, qui expire dès que la publication est faite.
fact-pinterest-name = Pinterest (publication)
fact-pinterest-extra = Pinterest récupère l’image par un lien de ce serveur valable une heure, qui expire dès que l’épingle est créée.
fact-youtube-name = YouTube (chaîne uniquement)
fact-youtube-purpose = Indique quelle chaîne vous avez connectée ; rien n’y est publié, car YouTube n’offre pas d’API pour les publications d’images. Autorisation demandée : { $scopes }.
fact-youtube-data = Uniquement lorsque vous la connectez : l’identifiant et le titre de la chaîne, par le client de connexion Google.
fact-turnstile-name = Cloudflare Turnstile (vérification anti-robot)
fact-turnstile-purpose = Vérifie que l’essai sans inscription sur /try est utilisé par une personne et non par un script. Son widget n’est chargé que sur cette page.
fact-turnstile-data = Sur /try uniquement : ce que votre navigateur envoie en chargeant le widget (son adresse IP, son agent utilisateur et les signaux que lit Turnstile), ainsi que le jeton qu’il délivre, que ce serveur renvoie pour vérification. Rien qui concerne un compte.
fact-turnstile-location-host = Cloudflare, sur { $host }
fact-stripe-name = Stripe (paiements)
fact-stripe-purpose = Encaisse les paiements par carte des packs de crédits et des abonnements, envoie les reçus et les factures, et fournit la page où vous gérez votre carte et votre abonnement.
fact-stripe-data = Votre adresse e-mail, l’identifiant de votre compte comme référence, ce que vous achetez, et ce que vous saisissez sur les pages de Stripe : données de carte, nom, entreprise, adresse de facturation et numéro de TVA. Le numéro de carte et le cryptogramme ne sont transmis qu’à Stripe ; ce serveur ne les reçoit jamais.
fact-stripe-location-host = Stripe, sur { $host }
fact-model-openai-name = OpenAI Images API (ou un serveur compatible)
fact-model-sdwebui-name = Serveur Stable Diffusion WebUI
fact-model-purpose = Génère vos images avec les modèles suivants : { $models }. Seules les générations avec ces modèles y sont envoyées.
fact-model-data = Le prompt, le prompt négatif, la taille et les paramètres, ainsi que l’image de référence si vous en ajoutez une. Jamais votre nom, votre adresse e-mail ni votre compte.
fact-model-location = Le service d’images configuré
fact-model-location-host = Le service d’images sur { $host }

## Generated facts: legal bases
fact-basis-contract = Exécution du contrat (art. 6.1.b du RGPD)
fact-basis-service = Intérêt légitime au bon fonctionnement du service (art. 6.1.f du RGPD)
fact-basis-security = Intérêt légitime à assurer la sécurité (art. 6.1.f du RGPD)
fact-basis-consent-proof = Obligation légale de démontrer le consentement (art. 6.1.c et art. 7.1 du RGPD)
fact-basis-consent = Consentement (art. 6.1.a du RGPD)
fact-basis-legal-obligation = Obligation légale (art. 6.1.c du RGPD)
fact-basis-exports = Obligation légale (art. 15 et 20 du RGPD)
fact-basis-support = Intérêt légitime à vous aider (art. 6.1.f du RGPD), ou exécution du contrat
fact-basis-requests = Obligation légale (art. 5.2, 12 et 30 du RGPD)
fact-basis-audit = Intérêt légitime lié au principe de responsabilité et à la sécurité (art. 5.2 et art. 6.1.f du RGPD)
fact-basis-trial = Intérêt légitime à proposer un essai sans inscription tout en prévenant les abus (art. 6.1.f du RGPD)
fact-basis-payments = Exécution du contrat (art. 6.1.b du RGPD) ; obligation légale de conserver les pièces comptables (art. 6.1.c du RGPD)

## Generated facts: the data, why, and for how long
fact-account-name = Données du compte : adresse e-mail, nom, entreprise (facultative), langue, empreinte du mot de passe (Argon2id), photo (facultative), validation en deux étapes (la clé secrète de l’application d’authentification, chiffrée, et les codes de récupération sous forme d’empreintes)
fact-account-name-google = Données du compte : adresse e-mail, nom, entreprise (facultative), langue, empreinte du mot de passe (Argon2id), photo (facultative), validation en deux étapes (la clé secrète de l’application d’authentification, chiffrée, et les codes de récupération sous forme d’empreintes) ; avec la connexion Google, l’identifiant du compte Google et l’adresse de sa photo
fact-account-purpose = Créer et sécuriser votre compte, et vous contacter à son sujet.
fact-account-retention-at-once = Jusqu’à la suppression de votre compte, puis effacées immédiatement. Une inscription dont l’adresse n’est jamais confirmée est supprimée au bout de { $unconfirmed ->
        [one] { $unconfirmed } jour
       *[other] { $unconfirmed } jours
    }.
fact-account-retention-grace = Jusqu’à la suppression de votre compte : le compte est fermé immédiatement et effacé définitivement { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } plus tard (vous pouvez annuler jusque-là). Une inscription dont l’adresse n’est jamais confirmée est supprimée au bout de { $unconfirmed ->
        [one] { $unconfirmed } jour
       *[other] { $unconfirmed } jours
    }.
fact-media-name = Prompts, images de référence et images générées
fact-media-purpose = Générer, conserver et afficher vos images, et les partager quand vous le demandez.
fact-media-retention-kept = Jusqu’à ce que vous les supprimiez ou supprimiez votre compte.
fact-media-retention-days = Fichiers image (références importées, résultats, aperçus et miniatures) : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, puis supprimés. Prompts et paramètres : jusqu’à ce que vous les supprimiez ou supprimiez votre compte.
fact-shares-name-indexed = Liens de partage que vous créez : l’image et, seulement si vous le choisissez, son prompt et votre nom ; les vues sont comptées par jour, sans aucune information sur les visiteurs. Les moteurs de recherche sont autorisés à indexer les pages de partage.
fact-shares-name-not-indexed = Liens de partage que vous créez : l’image et, seulement si vous le choisissez, son prompt et votre nom ; les vues sont comptées par jour, sans aucune information sur les visiteurs. Il est demandé aux moteurs de recherche de ne pas indexer les pages de partage.
fact-shares-purpose = Montrer une image à toute personne qui dispose de son lien, uniquement lorsque vous en créez un.
fact-shares-retention = Jusqu’à ce que le lien expire, que vous le désactiviez ou que l’image soit supprimée ; ses compteurs de vues disparaissent avec lui.
fact-usage-name = Journal d’utilisation : pour chaque génération, son identifiant, le modèle, le service d’images, sa durée et son résultat
fact-usage-purpose = Vous assister et détecter les dysfonctionnements. Il ne contient aucun prompt ni aucune donnée de compte.
fact-usage-retention = Jusqu’à la suppression de la génération.
fact-ip-full = l’adresse IP
fact-ip-hashed = une empreinte salée de l’adresse IP (l’adresse elle-même n’est pas conservée)
fact-ip-none = aucune adresse IP
fact-sessions-name = Sessions et événements de sécurité (connexions, échecs de connexion, changements de mot de passe et d’adresse e-mail, sessions fermées) : description de l’appareil (navigateur et système), date et heure, et { $ip }
fact-sessions-purpose = Vous garder connecté et vous permettre de repérer et de bloquer tout accès indésirable.
fact-sessions-retention = Sessions : jusqu’à votre déconnexion ou après { $idle ->
        [one] { $idle } jour
       *[other] { $idle } jours
    } sans utilisation, { $absolute ->
        [one] { $absolute } jour
       *[other] { $absolute } jours
    } au maximum. Événements de sécurité : { $months } mois.
fact-consent-name = Choix relatifs aux cookies : quand vous avez choisi, quoi, quelle version de la liste des cookies, et l’identifiant aléatoire conservé dans le cookie de consentement de votre navigateur (ainsi que votre compte, si vous étiez connecté)
fact-consent-purpose = Prouver ce que vous avez accepté, et le respecter.
fact-consent-retention = { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } après chaque choix. Si vous supprimez votre compte, l’enregistrement est conservé pendant cette durée, détaché du compte.
fact-analytics-name = Comptage des pages vues, uniquement si vous l’autorisez : par jour, la page, le site référent, le type d’appareil et le pays
fact-analytics-purpose = Savoir quelles pages sont utilisées, sans suivre personne.
fact-analytics-retention = Conservé uniquement sous forme de totaux ne permettant d’identifier personne : aucun cookie propre, aucune adresse IP, aucun compte.
fact-choices-name = Vos choix de confidentialité (exclusion du comptage des pages vues, e-mails produit, limitation du traitement) et une suppression de compte en attente
fact-choices-purpose = Les respecter.
fact-choices-retention = Jusqu’à l’effacement définitif de votre compte.
fact-exports-name = Exports de données que vous demandez : une archive de tout ce qui précède et de vos images
fact-exports-purpose = Vous remettre une copie de vos données.
fact-exports-retention = L’archive est supprimée 7 jours après sa mise à disposition.
fact-support-name = Messages à l’assistance : votre adresse e-mail, le sujet, votre message, une image si vous en joignez une (sans ses métadonnées), et nos réponses
fact-support-purpose = Vous répondre.
fact-support-retention = 12 mois après la clôture de la conversation, ou jusqu’à la suppression de votre compte.
fact-requests-name = Demandes d’exercice de vos droits : votre adresse e-mail, votre demande, sa date et la date de notre réponse
fact-requests-purpose = Répondre dans un délai d’un mois et pouvoir démontrer que nous l’avons fait.
fact-requests-retention = 3 ans après la réponse, y compris après la suppression de votre compte.
fact-audit-name = Journal d’audit des administrateurs : pour chaque action d’un administrateur sur un compte, un message ou une demande (réponses, clôture, suppression d’un compte, enregistrement et traitement des demandes, changements de rôle), l’administrateur concerné, le compte, le message ou la demande par son identifiant, la date, et le résultat
fact-audit-purpose = Rendre compte de ce que les administrateurs font des données personnelles et détecter les abus.
fact-audit-retention = 3 ans, y compris après la suppression du compte concerné (il n’est alors désigné que par un identifiant aléatoire).
fact-api-name = Clés d’API et leur utilisation : pour chaque clé, son nom, ses autorisations, ses limites et ses dates (création, dernière utilisation, expiration, révocation), une empreinte de son secret calculée avec une clé et ses quatre derniers caractères ; pour chaque requête d’API, sa date, la clé, le type de requête, son statut, sa durée et les crédits consommés — jamais son contenu, un prompt ni une adresse ; la réponse à une requête envoyée avec une clé d’idempotence ; votre plafond de dépenses quotidien ; l’adresse de votre point de terminaison webhook, les événements choisis et le secret de signature chiffré, ainsi que chaque événement qui lui est envoyé (type, identifiant de la génération, statut, identifiants des images et coût, code de réponse du point de terminaison)
fact-api-purpose = Permettre à vos programmes d’utiliser votre compte, vous montrer et limiter ce que chaque clé fait et dépense, prévenir votre point de terminaison à la fin d’une génération, et détecter les abus.
fact-api-retention = Clés, plafond et point de terminaison jusqu’à ce que vous les supprimiez ou supprimiez votre compte ; le journal d’utilisation 12 mois ; les réponses idempotentes 24 heures ; les envois de webhooks 30 jours.
fact-logs-name = Journaux techniques : identifiants de requête, chemins, codes de statut, durées
fact-logs-purpose = Faire fonctionner le service et corriger les pannes. Les journaux ne contiennent jamais d’adresses IP, d’adresses e-mail, de prompts ni de jetons.
fact-logs-retention = Aussi longtemps que le système de journalisation de l’exploitant les conserve ; 30 jours au maximum sont recommandés.
fact-social-name = Connexions aux réseaux sociaux : pour chaque plateforme que vous connectez, votre identifiant, votre nom et votre pseudonyme sur celle-ci, les autorisations accordées, les jetons d’accès et d’actualisation chiffrés avec AES-256-GCM, leur expiration, les pages, tableaux ou profils sur lesquels vous pouvez publier et ceux que vous avez choisis ; pour chaque publication, l’image, la légende, le texte alternatif, sa destination, sa date, son statut, l’identifiant et le lien de la publication sur la plateforme, et l’adresse d’une personne chargée de l’approbation lorsque vous en demandez une
fact-social-category-purpose = Publier les images que vous choisissez sur vos propres comptes lorsque vous appuyez sur « Publier », et vous montrer ce qui a été publié et où.
fact-social-retention = Les connexions et leurs jetons jusqu’à ce que vous les déconnectiez (les jetons sont révoqués auprès de la plateforme lorsqu’elle le permet) ou supprimiez votre compte ; l’historique des publications jusqu’à ce que vous le supprimiez ou supprimiez votre compte ; une demande de suppression émanant d’une plateforme supprime immédiatement les connexions, jetons et historique liés à cette plateforme.
fact-trial-name = Essai sans inscription : les prompts et images créés sur /try sans compte, une empreinte du jeton aléatoire du cookie d’essai de ce navigateur, et deux empreintes salées : de votre adresse réseau (pour IPv6, son réseau /64) avec votre agent utilisateur, et de l’adresse réseau seule. Le sel est tiré au hasard chaque jour et supprimé deux jours plus tard ; l’adresse elle-même n’est jamais enregistrée.
fact-trial-purpose = Vous permettre d’essayer le générateur sans compte, faire respecter la limite de l’essai par chaque visiteur, et transférer les images dans un compte que vous créez ou auquel vous vous connectez dans les 24 heures.
fact-trial-retention = 24 heures, puis supprimés avec les images (ou transférés dans votre compte, où les règles de votre compte s’appliquent).
fact-payments-name = Paiements : pour chaque paiement, les références Stripe (client, session de paiement, facture, paiement et débit), le montant et la devise, ce qui a été acheté et les crédits obtenus, les remboursements et contestations, la marque, les quatre derniers chiffres et la date d’expiration de la carte, ainsi que le nom, l’entreprise, l’adresse et le numéro de TVA de facturation. Jamais de numéro de carte ni de cryptogramme.
fact-payments-purpose = Vous attribuer les crédits payés, vous montrer vos paiements et factures, traiter les remboursements et contestations, et conserver les pièces exigées par le droit fiscal et comptable.
fact-payments-retention = { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } après le paiement, y compris après la suppression de votre compte : l’enregistrement est alors détaché du compte (aucun identifiant de compte) et supprimé à l’issue de ce délai.

## The privacy policy page
policy-title = Politique de confidentialité
policy-heading = Comment Obscura traite vos données
policy-lead = Cette politique est générée à partir de la configuration avec laquelle ce serveur fonctionne en ce moment. Lorsque l’exploitant active ou désactive un service, cette page est mise à jour en conséquence.
policy-meta = Version <code>{ $version }</code> · en vigueur depuis le <date>{ $date }</date>
policy-translation-notice = Cette politique de confidentialité est une traduction. Seule la <link>version { $language ->
        [en] anglaise
        [de] allemande
       *[fr] française
    }</link> fait foi.
policy-controller-heading = Responsable du traitement
policy-controller = <b>{ $name }</b> exploite ce serveur Obscura et détermine les finalités et les moyens du traitement de vos données personnelles (« responsable du traitement » au sens du RGPD).
policy-address = Adresse
policy-privacy-contact = Contact pour la protection des données
policy-dpo = Délégué à la protection des données
policy-data-heading = Ce que nous traitons, pourquoi et combien de temps
policy-data-table = Catégories de données personnelles
policy-column-data = Données
policy-column-purpose = Finalité
policy-column-basis = Base légale
policy-column-kept = Durée de conservation
policy-never = Nous ne vendons jamais vos données, n’utilisons jamais vos prompts ni vos images pour entraîner des modèles et ne vous montrons jamais de publicité.
policy-recipients-heading = Qui reçoit vos données
policy-recipients-lead = Uniquement les services que ce serveur est configuré pour utiliser. À ce jour, il s’agit de :
policy-recipient-why = Pourquoi :
policy-recipient-what = Quoi :
policy-recipient-where = Où :
policy-storage-heading = Cookies et stockage dans le navigateur
policy-storage-lead = Obscura n’enregistre que ce dont le site a besoin pour fonctionner. Il n’y a ni cookies publicitaires ou de suivi, ni scripts tiers. Les pages vues ne sont comptées que si vous l’autorisez, par ce serveur, sans cookie propre. Voici la liste complète ; modifiez votre choix dans les <cookies>paramètres des cookies</cookies>.
policy-storage-table = Cookies et clés de stockage
policy-storage-column-name = Nom
policy-storage-column-type = Type
policy-storage-column-lasts = Durée
policy-storage-column-consent = Consentement requis
policy-storage-cookie = Cookie
policy-storage-local = Stockage local
policy-storage-essential = Non, strictement nécessaire
policy-storage-optional = Oui
policy-storage-session = Vous garde connecté. Il contient un jeton aléatoire ; le serveur n’en conserve que l’empreinte. Illisible par les scripts.
policy-storage-session-lasts = Jusqu’à votre déconnexion ou après 7 jours sans utilisation, 30 jours au maximum
policy-storage-oauth = Lie une connexion avec Google au navigateur qui l’a commencée, pour que personne ne puisse la terminer dans le vôtre.
policy-storage-oauth-lasts = 10 minutes, ou jusqu’à la fin de la connexion
policy-storage-signup = Déposé lors de votre inscription : il permet à ce navigateur de confirmer votre adresse sans perdre le mot de passe choisi. Un lien de confirmation ouvert ailleurs supprime ce mot de passe, au cas où quelqu’un d’autre l’aurait choisi.
policy-storage-signup-lasts = 48 heures, ou jusqu’à la confirmation de l’adresse
policy-storage-two-step = Pour les comptes avec validation en deux étapes : lie une connexion en attente de son code au navigateur qui l’a commencée. Il contient un jeton aléatoire ; le serveur n’en conserve que l’empreinte.
policy-storage-two-step-lasts = 5 minutes, ou jusqu’à la fin de la connexion
policy-storage-trial = Déposé lorsque vous créez une image sur /try sans compte : il permet à ce navigateur, et à lui seul, de voir ces images et de les transférer dans un compte que vous créez ou auquel vous vous connectez. Il contient un jeton aléatoire ; le serveur n’en conserve que l’empreinte.
policy-storage-trial-lasts = 24 heures, ou jusqu’au transfert des images dans votre compte
policy-storage-language = Retient la langue que vous avez choisie en bas d’une page lorsque vous n’êtes pas connecté (une fois connecté, c’est la langue de votre compte qui s’applique). Il ne contient que le code de la langue.
policy-storage-language-lasts = 1 an, ou jusqu’à ce que vous effaciez les cookies de votre navigateur
policy-storage-theme = Retient le thème de couleurs choisi sur cet appareil. Il ne quitte jamais votre navigateur.
policy-storage-theme-lasts = Jusqu’à ce que vous choisissiez à nouveau le thème du système ou effaciez les données du site dans votre navigateur
policy-storage-consent = Retient votre choix de cookies (si les pages vues peuvent être comptées) et sa date, pour ne pas vous le redemander à chaque page. Contient un identifiant aléatoire correspondant à notre enregistrement de votre choix, rien d’autre.
policy-storage-consent-lasts = 13 mois ; nous vous redemandons votre choix après 6 mois
policy-rights-heading = Vos droits
policy-rights-lead = Vous pouvez exercer chacun de vos droits vous-même, à tout moment, sans rien demander à personne :
policy-right-access = <b>Accès et portabilité : </b>téléchargez une copie de tout ce que nous détenons sur vous — fichiers JSON et CSV ainsi que toutes vos images — depuis <settings>Paramètres → Confidentialité</settings>. Le lien que nous vous envoyons par e-mail est valable 7 jours.
policy-right-rectification = <b>Rectification : </b>corrigez votre nom, votre adresse e-mail et vos autres informations dans <profile>votre profil</profile>.
policy-right-erasure = <b>Effacement : </b>supprimez des images de votre galerie une par une, ou votre compte entier depuis <settings>Paramètres → Confidentialité</settings>. { $erasure }
policy-erasure-at-once = Votre compte et tous les fichiers enregistrés sont supprimés immédiatement.
policy-erasure-grace = Toutes les sessions sont fermées immédiatement ; le compte et tous les fichiers enregistrés sont supprimés { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } plus tard, et l’e-mail que nous vous envoyons permet d’annuler jusque-là.
policy-right-restriction = <b>Limitation et opposition : </b>excluez-vous du comptage des pages vues, refusez les e-mails produit ou limitez le traitement à ce que vous faites vous-même, dans <settings>Paramètres → Confidentialité</settings>.
policy-right-withdraw = <b>Retrait du consentement : </b>aussi simple que de le donner, à tout moment, dans les <cookies>paramètres des cookies</cookies> ; vos choix sont listés dans Paramètres → Confidentialité. Un signal Global Privacy Control ou Do Not Track envoyé par votre navigateur vaut refus.
policy-right-complaint = <b>Réclamation : </b>vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données.
policy-right-complaint-authority = <b>Réclamation : </b>vous pouvez introduire une réclamation auprès d’une autorité de contrôle de la protection des données, par exemple : { $authority }.
policy-rights-contact = Vous pouvez aussi écrire à <mail>{ $email }</mail> ou utiliser le <support>formulaire d’assistance</support>. Nous répondons dans un délai d’un mois.
policy-age-heading = Âge
policy-age = Vous devez avoir au moins { $age } ans pour créer un compte.
policy-security-heading = Sécurité
policy-security = Les mots de passe ne sont enregistrés que sous forme d’empreintes salées et lentes à calculer ; les jetons de session et d’API uniquement sous forme d’empreintes irréversibles ; les connexions aux comptes tiers sont chiffrées au repos. Chaque page est envoyée avec une politique de sécurité du contenu (CSP) stricte et sans code tiers.
policy-changes-heading = Modifications de cette politique
policy-changes = Cette page étant générée à partir de la configuration, toute modification faite par l’exploitant y apparaît avec un nouveau numéro de version. Les modifications importantes sont annoncées aux utilisateurs inscrits par e-mail et dans l’application au moins { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } avant leur entrée en vigueur. <versions>Toutes les versions et ce que chacune a changé</versions>.

## The terms of service page
terms-title = Conditions d’utilisation
terms-heading = Le contrat entre vous et { $operator }
terms-effective = En vigueur depuis le <date>{ $date }</date>
terms-translation-notice = Ces conditions d’utilisation sont une traduction. Seule la <link>version { $language ->
        [en] anglaise
        [de] allemande
       *[fr] française
    }</link> fait foi.
terms-service-heading = 1. Le service
terms-service = { $operator } exploite ce serveur Obscura. Il vous permet de créer des images à partir de prompts textuels et d’images de référence, de les conserver dans une galerie privée et de les partager quand vous le décidez. La génération d’images s’appuie sur les modèles que ce serveur est configuré pour utiliser, listés dans la <privacy>politique de confidentialité</privacy>.
terms-account-heading = 2. Votre compte
terms-account = Vous devez avoir au moins { $age } ans. Ne communiquez à personne votre mot de passe ni vos clés d’API ; vous êtes responsable de ce qui en est fait. Vous pouvez fermer votre compte à tout moment depuis vos paramètres ; tout ce qu’il contient est alors supprimé.
terms-content-heading = 3. Vos prompts et vos images
terms-content = Ce que vous fournissez et ce que vous obtenez vous appartient, dans la mesure permise par la loi. Vous autorisez l’exploitant à les conserver et à les traiter uniquement pour vous fournir le service : les générer, les conserver, les afficher et, à votre demande, les partager ou les exporter. Ils ne servent pas à entraîner des modèles et ne sont montrés à personne, sauf si vous les partagez.
terms-content-ai = Les résultats produits par l’IA peuvent ressembler à des œuvres existantes ou être inexacts. Vérifiez que votre utilisation d’une image est licite avant de la publier.
terms-use-heading = 4. Règles d’utilisation
terms-use-lead = N’utilisez pas Obscura pour créer ou partager :
terms-use-minors = des contenus sexuels impliquant des mineurs, sous quelque forme que ce soit ;
terms-use-intimate = des images intimes ou sexuelles de personnes réelles sans leur consentement ;
terms-use-harassment = des contenus qui harcèlent ou menacent des personnes ou des groupes, ou qui incitent à la violence contre eux ;
terms-use-deception = des images trompeuses de personnes ou d’événements réels destinées à induire en erreur, ou des contenus qui portent atteinte aux droits d’autrui ;
terms-use-abuse = des logiciels malveillants, du spam, ou des tentatives de perturber ou de surcharger le service, ou d’en contourner les limites.
terms-use-refused = Les fournisseurs de modèles peuvent refuser des prompts selon leurs propres règles ; les générations refusées ne sont pas facturées.
terms-credits-heading = 5. Crédits
terms-credits = Les générations coûtent des crédits, affichés avant que vous ne commenciez. Les crédits ne sont débités que pour les images terminées ; les générations échouées ou refusées sont remboursées automatiquement.
terms-end-heading = 6. Suspension et résiliation
terms-end = L’exploitant peut suspendre un compte qui enfreint ces conditions et vous en indiquera la raison, sauf si la loi l’interdit. Vous pouvez exporter vos données avant la fermeture de votre compte.
terms-liability-heading = 7. Garantie et responsabilité
terms-liability = Le service est fourni en l’état, sans garantie de disponibilité ininterrompue. Les présentes conditions ne limitent ni la responsabilité qui ne peut l’être en vertu de la loi, notamment en cas de faute dolosive ou de faute lourde, ni vos droits en tant que consommateur.
terms-law-heading = 8. Droit applicable et contact
terms-law = Ces conditions sont régies par { $law }.
terms-law-default = le droit du pays où l’exploitant est établi
terms-questions = Questions : <mail>{ $email }</mail>.

## The policy's versions
versions-title = Versions de la politique
versions-heading = Versions et modifications
versions-lead = Chaque configuration de ce serveur donne une version de la <policy>politique de confidentialité</policy>. Les modifications importantes sont annoncées ici et par e-mail avant leur entrée en vigueur.
versions-loading = Chargement…
versions-status-current = En vigueur
versions-status-announced = Annoncée
versions-status-earlier = Antérieure
versions-status = { $status } · version <code>{ $version }</code>
versions-takes-effect = Entre en vigueur le { $date }
versions-effective = Entrée en vigueur le { $date }
versions-what-changes = Ce qui change :
versions-announced = (annoncé le { $date })
versions-first = La première version enregistrée sur ce serveur, ou aucun changement dans ce que dit la politique.
versions-added = Ajouté ou modifié
versions-removed = Supprimé ou remplacé

## The policy's versions: statements compared between versions
versions-statement-controller = Responsable du traitement : { $name }
versions-statement-address = Adresse du responsable du traitement : { $address }
versions-statement-contact = Contact pour la protection des données : { $email }
versions-statement-dpo = Délégué à la protection des données : { $email }
versions-statement-authority = Autorité de contrôle : { $authority }
versions-statement-authoritative = Langue qui fait foi pour la politique : { $language ->
        [en] anglais
        [de] allemand
       *[fr] français
    }
versions-statement-recipient = Destinataire { $name } : { $purpose } Reçoit : { $data } Où : { $location }
versions-statement-data = Données { $name } : { $purpose } Base légale : { $basis }. Conservation : { $retention }
versions-statement-min-age = Âge minimum : { $age }
versions-statement-google-offered = Connexion avec Google : proposée
versions-statement-google-not-offered = Connexion avec Google : non proposée
versions-statement-grace = Délai de grâce avant la suppression du compte : { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
