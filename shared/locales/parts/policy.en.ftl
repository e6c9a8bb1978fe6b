# Part "policy" of the en catalogue (merged into ../en.ftl when the work lands).
# The privacy policy, the terms and the policy's versions. The generated facts (fact-*) are what
# a policy version's hash is made of: their English must not change (a changed word is a new
# version that every account is asked to review).

## Generated facts: the recipients
fact-db-embedded-name = Embedded database
fact-db-postgres-name = PostgreSQL database
fact-db-purpose = Stores accounts, settings, the history of your generations and security records.
fact-db-data = Account details, prompts and generation settings, records of sign-ins.
fact-db-embedded-location = A file on this server
fact-db-postgres-location-host = The database server { $host }, run by the operator
fact-db-postgres-location = A database server run by the operator
fact-files-name = File storage
fact-files-purpose = Keeps your reference images and generated images.
fact-files-data = Image files you upload or generate.
fact-files-location-local = The local disk of this server
fact-files-location-s3 = An S3-compatible bucket at { $host }
fact-mail-name = Email delivery
fact-mail-purpose = Sends account emails: address confirmation, sign-in links, password resets, security notices, data export links and account deletion notices.
fact-mail-data = Your email address, your name and the content of those emails.
fact-mail-location = The operator's mail server
fact-mail-location-host = The mail server { $host }
fact-google-name = Google sign-in
fact-google-purpose = Lets you sign in with your Google account, only if you choose to.
fact-google-data = When you use it: the account id, name, email address and picture address that Google shares with us. No Google password or token is kept.
fact-google-location = The configured sign-in provider
fact-google-location-host = The sign-in provider at { $host }
fact-platform-linkedin = LinkedIn profile
fact-platform-linkedin-page = LinkedIn page
fact-platform-facebook = Facebook Page
fact-social-scopes = { $platform }: { $scopes }
fact-social-scopes-separator = ;{" "}
fact-social-purpose = Publishes the images you choose to your own account there, when you press Publish (never on its own). Permissions asked: { $scopes }.
fact-social-data = Only when you connect it and press Publish: the image, the caption and the alt text you wrote, sent to the account, page or board you chose; to connect, your browser visits the platform and this server exchanges the code it returns for tokens (kept sealed), and reads your account's id, name and handle and the pages or boards you can publish to.
fact-social-location = The platform
fact-social-location-host = The platform's API at { $host }
fact-x-name = X (publishing)
fact-linkedin-name = LinkedIn (publishing)
fact-meta-name = Meta: Facebook Pages and Instagram (publishing)
fact-meta-extra = Instagram fetches the image from a link of this server that works for one hour and ends once the post is made.
fact-pinterest-name = Pinterest (publishing)
fact-pinterest-extra = Pinterest fetches the image from a link of this server that works for one hour and ends once the Pin is made.
fact-youtube-name = YouTube (channel only)
fact-youtube-purpose = Shows which channel you connected; nothing is published there, because YouTube has no API for image posts. Permission asked: { $scopes }.
fact-youtube-data = Only when you connect it: the channel's id and title, through the Google sign-in client.
fact-turnstile-name = Cloudflare Turnstile (bot check)
fact-turnstile-purpose = Checks that the no-signup trial at /try is used by a person and not a script. Its widget is loaded on that page only.
fact-turnstile-data = On /try only: what your browser sends when it loads the widget (its IP address, user agent and the signals Turnstile reads), and the token it issues, which this server sends back to check. Nothing about an account.
fact-turnstile-location-host = Cloudflare, at { $host }
fact-stripe-name = Stripe (payments)
fact-stripe-purpose = Takes card payments for credit packs and plans, sends receipts and invoices, and runs the page where you manage your card and plan.
fact-stripe-data = Your email address, your account's id as a reference, what you buy, and what you type on Stripe's pages: card details, name, company, billing address and VAT id. The card number and security code go to Stripe only; this server never receives them.
fact-stripe-location-host = Stripe, at { $host }
fact-model-openai-name = OpenAI Images API (or a compatible server)
fact-model-sdwebui-name = Stable Diffusion WebUI server
fact-model-purpose = Generates the images you ask for with: { $models }. Only generations with these models are sent there.
fact-model-data = The prompt, the negative prompt, the size and settings, and the reference image if you add one. Never your name, email address or account.
fact-model-location = The configured image service
fact-model-location-host = The image service at { $host }

## Generated facts: legal bases
fact-basis-contract = Contract (Art. 6(1)(b) GDPR)
fact-basis-service = Legitimate interest in a working service (Art. 6(1)(f) GDPR)
fact-basis-security = Legitimate interest in security (Art. 6(1)(f) GDPR)
fact-basis-consent-proof = Legal obligation to demonstrate consent (Art. 6(1)(c) and Art. 7(1) GDPR)
fact-basis-consent = Consent (Art. 6(1)(a) GDPR)
fact-basis-legal-obligation = Legal obligation (Art. 6(1)(c) GDPR)
fact-basis-exports = Legal obligation (Art. 15 and 20 GDPR)
fact-basis-support = Legitimate interest in helping you (Art. 6(1)(f) GDPR), or contract
fact-basis-requests = Legal obligation (Art. 5(2), 12 and 30 GDPR)
fact-basis-audit = Legitimate interest in accountability and security (Art. 5(2) and 6(1)(f) GDPR)
fact-basis-trial = Legitimate interest in offering a trial without it being abused (Art. 6(1)(f) GDPR)
fact-basis-payments = Contract (Art. 6(1)(b) GDPR); legal obligation to keep accounting records (Art. 6(1)(c) GDPR)

## Generated facts: the data, why, and for how long
fact-account-name = Account details: email address, name, optional company, language, password hash (Argon2id), optional picture, two-step verification (the authenticator app's secret, sealed, and recovery codes as digests)
fact-account-name-google = Account details: email address, name, optional company, language, password hash (Argon2id), optional picture, two-step verification (the authenticator app's secret, sealed, and recovery codes as digests); with Google sign-in, the Google account id and picture address
fact-account-purpose = To create and secure your account and to reach you about it.
fact-account-retention-at-once = Until you delete your account; then at once. A sign-up whose address is never confirmed is deleted after { $unconfirmed } days.
fact-account-retention-grace = Until you delete your account; the account is closed at once and purged { $days } days later (you can cancel until then). A sign-up whose address is never confirmed is deleted after { $unconfirmed } days.
fact-media-name = Prompts, reference images and generated images
fact-media-purpose = To generate, store and show your images, and to share them when you ask.
fact-media-retention-kept = Until you delete them or your account.
fact-media-retention-days = Image files (uploaded references, results, previews and thumbnails): { $days } days, then deleted. Prompts and settings: until you delete them or your account.
fact-shares-name-indexed = Share links you create: the image, and only if you choose, its prompt and your name; views counted per day, with nothing about the visitor. Search engines are allowed to index share pages.
fact-shares-name-not-indexed = Share links you create: the image, and only if you choose, its prompt and your name; views counted per day, with nothing about the visitor. Search engines are asked not to index share pages.
fact-shares-purpose = To show an image to anyone with its link, only when you create one.
fact-shares-retention = Until the link expires, you stop it, or the image is deleted; its view counts go with it.
fact-usage-name = Usage log: for each generation, its id, the model, the image service, how long it took and whether it worked
fact-usage-purpose = To support you and to find faults. It holds no prompt and no account details.
fact-usage-retention = Until the generation is deleted.
fact-ip-full = the IP address
fact-ip-hashed = a salted hash of the IP address (the address itself is not kept)
fact-ip-none = no IP address
fact-sessions-name = Sessions and security events (sign-ins, failed sign-ins, password and email changes, ended sessions): device description (browser and system), time, and { $ip }
fact-sessions-purpose = To keep you signed in and to let you spot and stop unwanted access.
fact-sessions-retention = Sessions: until you sign out, { $idle } days without use, or { $absolute } days at most. Security events: { $months } months.
fact-consent-name = Cookie choices: when you chose, what, which version of the cookie list, and the random id kept in your browser's consent cookie (and your account, if you were signed in)
fact-consent-purpose = To prove what you agreed to, and to respect it.
fact-consent-retention = { $years } years after each choice. If you delete your account, the record stays for that time, detached from it.
fact-analytics-name = Page-view counts, only if you allow them: per day, the page, the referring site, the type of device and the country
fact-analytics-purpose = To learn which pages are used, without following anyone.
fact-analytics-retention = Kept as totals that identify nobody: no cookie of their own, no IP address, no account.
fact-choices-name = Your privacy choices (page-view exclusion, product emails, restriction) and a pending account deletion
fact-choices-purpose = To honour them.
fact-choices-retention = Until your account is purged.
fact-exports-name = Data exports you ask for: an archive of all of the above and your images
fact-exports-purpose = To give you a copy of your data.
fact-exports-retention = Deleted 7 days after it is ready.
fact-support-name = Support messages: your email address, the topic, your message, an image if you add one (its metadata removed), and our replies
fact-support-purpose = To answer you.
fact-support-retention = 12 months after the conversation is closed, or until you delete your account.
fact-requests-name = Privacy requests: your email address, what you asked, when, and when we answered
fact-requests-purpose = To answer within one month and to show that we did.
fact-requests-retention = 3 years after the answer, also after your account is deleted.
fact-audit-name = Admin audit log: for each action of an admin on an account, a message or a request (replies, closing, deleting an account, logging and answering requests, role changes), which admin, the account, message or request by its id, when, and how it ended
fact-audit-purpose = To account for what admins do with people's data and to find misuse.
fact-audit-retention = 3 years, also after the account concerned is deleted (it is then named only by a random id).
fact-api-name = API keys and their usage: each key's name, scopes, limits and dates (created, last used, expires, revoked), a keyed hash of its secret and its last four characters; for each API request, when, which key, the kind of request, its status, how long it took and the credits it used — never its content, a prompt or an address; the answer to a request sent with an idempotency key; your daily spending limit; your webhook endpoint's address, chosen events and sealed signing secret, and each event sent to it (type, the generation's id, status, image ids and cost, the endpoint's answer code)
fact-api-purpose = To let your programs use your account, to show you and limit what each key does and spends, to tell your endpoint when a generation ends, and to find misuse.
fact-api-retention = Keys, limit and endpoint until you delete them or your account; the usage log 12 months; idempotent answers 24 hours; webhook deliveries 30 days.
fact-logs-name = Technical logs: request identifiers, paths, status codes, timings
fact-logs-purpose = To run the service and fix faults. Logs never contain IP addresses, emails, prompts or tokens.
fact-logs-retention = As long as the operator's log system keeps them, at most 30 days recommended.
fact-social-name = Social connections: for each platform you connect, your id, name and handle there, the scopes granted, the access and refresh tokens sealed with AES-256-GCM, their expiry, the pages, boards or profiles you can publish to and which you chose; for each post, the image, caption, alt text, where it went, when, its status, the platform's post id and link, and an approver's address when you ask for approval
fact-social-category-purpose = To publish the images you choose to your own accounts when you press Publish, and to show you what was published where.
fact-social-retention = Connections and their tokens until you disconnect (tokens are revoked at the platform where it allows) or delete your account; the publishing history until you delete it or your account; a platform's deletion request deletes that platform's connections, tokens and history at once.
fact-trial-name = No-signup trial: the prompts and images made at /try without an account, a hash of the random token in this browser's trial cookie, and two salted hashes: of your network address (for IPv6 its /64 network) with your user agent, and of the network address alone. The salt is random for each day and deleted two days later; the address itself is never stored.
fact-trial-purpose = To let you try the generator without an account, to keep each visitor to the trial's limit, and to move the images into an account you create or sign in to within 24 hours.
fact-trial-retention = 24 hours, then deleted with the images (or moved into your account, where your account's rules apply).
fact-payments-name = Payments: for each payment, Stripe's references (customer, checkout, invoice, payment and charge), the amount and currency, what was bought and the credits it gave, refunds and disputes, the card's brand, last four digits and expiry, and the billing name, company, address and VAT id. Never a card number or security code.
fact-payments-purpose = To give the credits you paid for, to show your payments and invoices, to handle refunds and disputes, and to keep the records that tax and accounting law require.
fact-payments-retention = { $years } years after the payment, also after you delete your account: the record is then detached from it (no account id), and deleted when the { $years } years end.

## The privacy policy page
policy-title = Privacy policy
policy-heading = How Obscura handles your data
policy-lead = This policy is generated from the configuration this server is running with right now. When the operator turns a service on or off, this page changes with it.
policy-meta = Version <code>{ $version }</code> · effective <date>{ $date }</date>
policy-translation-notice = This privacy policy is a translation. The { $language ->
        [de] German
        [fr] French
       *[en] English
    } version is authoritative and prevails: <link>read the { $language ->
        [de] German
        [fr] French
       *[en] English
    } version</link>.
policy-controller-heading = Who is responsible
policy-controller = <b>{ $name }</b> runs this Obscura server and decides how your personal data is used (the “controller”).
policy-address = Address
policy-privacy-contact = Privacy contact
policy-dpo = Data protection officer
policy-data-heading = What we process, why, and for how long
policy-data-table = Categories of personal data
policy-column-data = Data
policy-column-purpose = Purpose
policy-column-basis = Legal basis
policy-column-kept = Kept for
policy-never = We never sell your data, never use your prompts or images to train models, and never show you advertising.
policy-recipients-heading = Who receives your data
policy-recipients-lead = Only the services this server is configured to use. Today that is:
policy-recipient-why = Why:
policy-recipient-what = What:
policy-recipient-where = Where:
policy-storage-heading = Cookies and browser storage
policy-storage-lead = Obscura stores only what the site needs to work. There are no advertising or tracking cookies and no third-party scripts. Page views are counted only if you allow it, by this server, without a cookie of their own. This is the complete list; change your choice in <cookies>Cookie settings</cookies>.
policy-storage-table = Cookies and storage keys
policy-storage-column-name = Name
policy-storage-column-type = Type
policy-storage-column-lasts = Lasts
policy-storage-column-consent = Needs consent
policy-storage-cookie = Cookie
policy-storage-local = Local storage
policy-storage-essential = No, strictly necessary
policy-storage-optional = Yes
policy-storage-session = Keeps you signed in. It holds a random token; the server keeps only its hash. Not readable by scripts.
policy-storage-session-lasts = Until you sign out, 7 days without use, or 30 days at most
policy-storage-oauth = Ties a Google sign-in to the browser that started it, so nobody can finish it in yours.
policy-storage-oauth-lasts = 10 minutes, or until the sign-in finishes
policy-storage-signup = Set when you sign up: it lets this browser confirm your address without losing the password you chose. A confirmation link opened anywhere else removes that password, in case someone else chose it.
policy-storage-signup-lasts = 48 hours, or until the address is confirmed
policy-storage-two-step = For accounts with two-step verification: ties a sign-in waiting for its code to the browser that started it. It holds a random token; the server keeps only its hash.
policy-storage-two-step-lasts = 5 minutes, or until the sign-in finishes
policy-storage-trial = Set when you make an image at /try without an account: it lets this browser, and only this one, see those images and move them into an account you create or sign in to. It holds a random token; the server keeps only its hash.
policy-storage-trial-lasts = 24 hours, or until the images move into your account
policy-storage-language = Remembers the language you chose at the foot of a page, when you are not signed in (signed in, your account's language is used). It holds only the language's code.
policy-storage-language-lasts = 1 year, or until you clear your browser's cookies
policy-storage-theme = Remembers the colour theme you picked on this device. It never leaves your browser.
policy-storage-theme-lasts = Until you pick "System theme" again or clear your browser's site data
policy-storage-consent = Remembers your cookie choice (whether page views may be counted) and when you made it, so we don't ask on every page. Holds a random id that matches our record of your choice, nothing else.
policy-storage-consent-lasts = 13 months; we ask again after 6 months
policy-rights-heading = Your rights
policy-rights-lead = You can use every right yourself, at any time, without asking anyone:
policy-right-access = <b>Access and portability: </b>download a copy of everything we hold about you — JSON and CSV files plus all your images — from <settings>Settings → Privacy</settings>. The link we email you works for 7 days.
policy-right-rectification = <b>Rectification: </b>correct your name, email address and other details in <profile>your profile</profile>.
policy-right-erasure = <b>Erasure: </b>delete single images from your gallery, or your whole account from <settings>Settings → Privacy</settings>. { $erasure }
policy-erasure-at-once = Your account and every stored file are deleted at once.
policy-erasure-grace = Every session is signed out at once; the account and every stored file are deleted { $days } days later, and the email we send you can cancel it until then.
policy-right-restriction = <b>Restriction and objection: </b>exclude yourself from page-view counts, refuse product emails, or restrict processing to what you do yourself, in <settings>Settings → Privacy</settings>.
policy-right-withdraw = <b>Withdrawing consent: </b>as easy as giving it, at any time, in <cookies>Cookie settings</cookies>; your choices are listed in Settings → Privacy. A Global Privacy Control or Do Not Track signal from your browser counts as a refusal.
policy-right-complaint = <b>Complaint: </b>you may complain to a data protection authority.
policy-right-complaint-authority = <b>Complaint: </b>you may complain to a data protection authority, such as { $authority }.
policy-rights-contact = You can also write to <mail>{ $email }</mail> or use the <support>support form</support>. We answer within one month.
policy-age-heading = Age
policy-age = You must be at least { $age } years old to create an account.
policy-security-heading = Security
policy-security = Passwords are stored only as slow salted hashes; session and API tokens only as one-way hashes; connections to third-party accounts are encrypted at rest. Every page is sent with a strict content security policy and no third-party code.
policy-changes-heading = Changes to this policy
policy-changes = Because this page is generated from the configuration, any change the operator makes shows up here with a new version number. Material changes are announced to registered users by email and in the app at least { $days } days before they take effect. <versions>Every version and what it changed</versions>.

## The terms of service page
terms-title = Terms of service
terms-heading = The agreement between you and { $operator }
terms-effective = Effective <date>{ $date }</date>
terms-translation-notice = These terms are a translation. The { $language ->
        [de] German
        [fr] French
       *[en] English
    } version is authoritative and prevails: <link>read the { $language ->
        [de] German
        [fr] French
       *[en] English
    } version</link>.
terms-service-heading = 1. The service
terms-service = { $operator } operates this Obscura server. It lets you create images from text prompts and reference pictures, keep them in a private gallery, and share them when you decide to. Image generation runs on the models this server is configured to use, which are listed in the <privacy>privacy policy</privacy>.
terms-account-heading = 2. Your account
terms-account = You must be at least { $age } years old. Keep your password and API keys to yourself; you are responsible for what is done with them. You can close your account at any time from your settings, and everything in it is deleted.
terms-content-heading = 3. Your prompts and images
terms-content = What you put in and what you get out remain yours, as far as the law allows. You allow the operator to store and process them only to run the service for you: to generate, store, show and, when you ask, share or export them. They are not used to train models and not shown to anyone unless you share them.
terms-content-ai = AI output can resemble existing works or be inaccurate. Check that your use of an image is lawful before publishing it.
terms-use-heading = 4. Acceptable use
terms-use-lead = Do not use Obscura to create or share:
terms-use-minors = sexual content involving minors, in any form;
terms-use-intimate = intimate or sexual images of real people without their consent;
terms-use-harassment = content that harasses, threatens or incites violence against people or groups;
terms-use-deception = deceptive images of real people or events meant to mislead, or content that infringes others' rights;
terms-use-abuse = malware, spam, or attempts to break, overload or get around the limits of the service.
terms-use-refused = Model providers may refuse prompts under their own policies; refused generations are not charged.
terms-credits-heading = 5. Credits
terms-credits = Generations cost credits, shown before you start. Credits are charged only for finished images; failed or refused generations are refunded automatically.
terms-end-heading = 6. Suspension and ending
terms-end = The operator may suspend an account that breaks these terms, and will tell you why unless the law forbids it. You can export your data before your account is closed.
terms-liability-heading = 7. Warranty and liability
terms-liability = The service is provided as it is, without a promise of uninterrupted availability. Nothing in these terms limits liability that cannot be limited by law, including for intent and gross negligence, or your rights as a consumer.
terms-law-heading = 8. Law and contact
terms-law = These terms are governed by { $law }.
terms-law-default = the law of the country where the operator is established
terms-questions = Questions: <mail>{ $email }</mail>.

## The policy's versions
versions-title = Policy versions
versions-heading = Versions and changes
versions-lead = Each configuration of this server gives one version of the <policy>privacy policy</policy>. Changes that matter are announced here and by email before they take effect.
versions-loading = Loading…
versions-status-current = In effect
versions-status-announced = Announced
versions-status-earlier = Earlier
versions-status = { $status } · version <code>{ $version }</code>
versions-takes-effect = Takes effect on { $date }
versions-effective = Effective { $date }
versions-what-changes = What changes:
versions-announced = (announced { $date })
versions-first = The first version recorded on this server, or no change in what the policy says.
versions-added = Added or changed
versions-removed = Removed or replaced

## The policy's versions: statements compared between versions
versions-statement-controller = Controller: { $name }
versions-statement-address = Controller's address: { $address }
versions-statement-contact = Privacy contact: { $email }
versions-statement-dpo = Data protection officer: { $email }
versions-statement-authority = Supervisory authority: { $authority }
versions-statement-authoritative = Authoritative language of the policy: { $language ->
        [de] German
        [fr] French
       *[en] English
    }
versions-statement-recipient = Recipient { $name }: { $purpose } Receives: { $data } Where: { $location }
versions-statement-data = Data { $name }: { $purpose } Legal basis: { $basis }. Kept: { $retention }
versions-statement-min-age = Minimum age: { $age }
versions-statement-google-offered = Sign-in with Google: offered
versions-statement-google-not-offered = Sign-in with Google: not offered
versions-statement-grace = Account deletion grace period: { $days } days
