# Obscura's interface in English: the reference catalogue. Every message here exists in every
# other language's file, with the same variables (the catalogue test checks both).

## Header
nav-main = Main
nav-create = Create
nav-gallery = Gallery
nav-privacy = Privacy
nav-terms = Terms
nav-support = Support
nav-sign-in = Sign in
nav-get-started = Get started
nav-menu = Menu
nav-mobile = Mobile
nav-account-menu = Account menu for { $name }
nav-profile = Profile
nav-security = Security
nav-shares = Shares
nav-credits = { $count ->
    [one] { $count } credit
   *[other] { $count } credits
}
nav-sign-out = Sign out

## Footer
footer-tagline = A private image studio. Operated by { $operator }.
site-unnamed-operator = The operator of this Obscura server
footer-development = Development mode
footer-nav = Footer
footer-privacy = Privacy
footer-terms = Terms
footer-cookies = Cookie settings
footer-support = Support
footer-api = API
footer-language = Language
footer-language-apply = Change language
footer-language-unknown = That language is not offered here. Go back and choose one from the list.

## Cookie banner and choices
consent-title = Your cookie choice
consent-lead = We set only what the site needs to work. With your permission we also count page views ourselves — no trackers, no ads, nothing shared.
consent-lead-changed = Our list of cookies changed since you last chose, so we ask again.
consent-lead-renew = You chose more than six months ago; we ask again so that it stays your choice.
consent-what-we-store = What we store
consent-signal = Your browser sends a { $signal } signal, so we treat it as a “no” to counting your visits, whatever you choose here.
consent-accept-all = Accept all
consent-reject-all = Reject all
consent-customise = Customise
consent-purposes = Cookie purposes
consent-essential = Essential — always on
consent-essential-hint = Keep you signed in, protect sign-in with Google, remember this choice and your theme. The site can't work without them, so they need no consent.
consent-analytics = Page-view counts — off unless you allow them
consent-analytics-hint = We count which pages are visited per day, from which site, on which kind of device and, if known, country. Counted by this server only: no cookie of its own, no IP address, no account, nothing shared.
consent-save = Save choices

## Page not found
not-found-title = Page not found
not-found-heading = This page doesn't exist
not-found-text = The link may be mistyped, or what it pointed to has been removed or is no longer shared.
not-found-home = Go to the home page
not-found-support = Contact support

## Landing page
landing-badge = Self-hosted · open source · no trackers
landing-title-start = Make images with AI.
landing-title-end = Keep them yours.
landing-lead = Obscura is an AI image studio that respects you: generate from a prompt or a reference picture, keep a private gallery, share only what you choose, and take your data with you whenever you like.
landing-signup = Create your free account
landing-try = Try it without an account
landing-credits = New accounts start with free credits. No card needed.
landing-privacy-link = Read what we do with your data
landing-features-title = Built for people who read privacy policies
landing-feature-private = Private by default
landing-feature-private-text = Every image you make lands in a gallery only you can open. Nothing is public until you choose to share it, and shares can expire or be revoked in one click.
landing-feature-models = Your models, your rules
landing-feature-models-text = Use the built-in offline renderer, an OpenAI-compatible service, or a Stable Diffusion server on your own GPU. The operator decides where prompts go, and the privacy policy says exactly that.
landing-feature-policy = A policy that is true by construction
landing-feature-policy-text = The privacy policy is generated from the running configuration: every service that receives your data is named, with what it receives and how long it is kept.
landing-feature-rights = Your rights, self-service
landing-feature-rights-text = Download everything you have ever made, restrict processing, or erase your account yourself, without writing to anyone and without waiting.
landing-how-title = How it works
landing-step-describe = Describe
landing-step-describe-text = Write a prompt, and drop in a reference image if you have one.
landing-step-generate = Generate
landing-step-generate-text = Watch your job move from queued to done, with the cost shown before you start.
landing-step-keep = Keep or share
landing-step-keep-text = Your gallery stays private; share a single image on a page that ends when you say.
landing-start-title = Start creating in under a minute
landing-start-text = Sign up with your email or Google. You can export or delete everything later, from your own settings.

## Times
time-just-now = just now
time-minutes-ago = { $count ->
    [one] 1 minute ago
   *[other] { $count } minutes ago
}
time-hours-ago = { $count ->
    [one] 1 hour ago
   *[other] { $count } hours ago
}
time-days-ago = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}


# ─── Accounts: sign-in, settings, two-step verification, the privacy centre ───
## Shared by the account pages
account-sign-in = Sign in
account-sign-in-title = Sign in
account-email = Email address
account-password = Password
account-sign-in-needed-heading = Sign in to continue
account-sign-in-needed-lead = This page is part of your account.

## Form widgets
form-optional = (optional)
form-correct-fields = { $count ->
    [one] Please correct the field marked below.
   *[other] Please correct the { $count } fields marked below.
}

## Notices after a redirect to the sign-in pages
account-notice-signed-out = You are signed out.
account-notice-link-sent = If an account uses this address, a sign-in link is on its way. It works once, for 15 minutes.
account-notice-reset-sent = If an account uses this address, a link to choose a new password is on its way. It works for 30 minutes.
account-notice-sign-in-needed = Sign in to continue.
account-notice-account-closed = Your account is closed and every session signed out. We emailed you a link that keeps it, in case you change your mind before it is deleted.
account-notice-account-erased = Your account and everything in it are deleted. Thank you for having used Obscura.
account-notice-session-ended = Your session has ended. Sign in again to continue.
account-notice-two-step-expired = That sign-in waited too long for its code, or had too many wrong codes. Sign in again.
account-notice-google-unverified = Google has not verified this email address, so it cannot be used to sign in here. Verify it with Google first, or sign in another way.
account-notice-google-no-email = Google did not share an email address, which an account needs. Try another way to sign in.

## Sign in
signin-passkey = Sign in with a passkey
signin-heading = Sign in to Obscura
signin-new-here = New here?
signin-create-account = Create an account
signin-google = Continue with Google
signin-or = or
signin-forgot = Forgot your password?
signin-email-link = Email me a sign-in link

## Sign up
signup-title = Create your account
signup-heading = Create your Obscura account
signup-have-one = Already have one?
signup-google = Sign up with Google
signup-or-email = or with your email
signup-name = Full name
signup-company = Company
signup-language = Language
signup-language-hint = For the emails we send you.
signup-password-hint = At least 8 characters. A few unrelated words make a strong one.
signup-age = I am at least { $age } years old.
signup-accept = By creating an account you accept the
signup-accept-terms = terms
signup-accept-data = . How we handle your data:
signup-accept-privacy = privacy policy
signup-submit = Create account
signup-sent-title = Check your email
signup-sent-lead = We sent a message to the address you gave. Open the link in it to confirm your address and sign in. It works for 48 hours.
signup-sent-nothing = Nothing arrived after a few minutes? Look in your spam folder, or
signup-sent-try-again = try again
signup-sent-other-address = with another address.

## Password reset
reset-title = Reset your password
reset-lead = We'll email you a link to choose a new one.
reset-submit = Email me a link
reset-back = Back to sign in

## Emailed links
link-invalid-title = This link doesn't work
link-invalid-text = It may be incomplete (some email apps break long links) or meant for something else. Ask for a new one.
link-expired-title = This link has expired
link-expired-text = For your safety, links only work for a short time. Ask for a new one.
link-used-title = This link was already used
link-used-text = Each link works once. If that wasn't you, reset your password and check your security log.
link-google-title = Google sign-in did not complete
link-google-text = The sign-in was interrupted, took longer than 10 minutes, or started in another browser. Please start again.
link-magic-lead = You're signing in as
link-verify-title = Confirm your email address
link-verify-lead = Confirm that this address is yours:
link-verify-button = Confirm and sign in
link-reset-title = Choose a new password
link-reset-lead = For the account
link-reset-button = Save password and sign in
link-email-change-title = Confirm your new address
link-email-change-lead = Use this address for your account:
link-email-change-button = Use this address
link-keep-title = Keep your account
link-keep-lead = Cancel the deletion of the account
link-keep-button = Keep my account and sign in
link-google-signup-lead = You're creating an Obscura account with your Google account
link-google-signup-button = Create my account
link-google-signup-keep = We keep only your name, email address and picture address from Google: never a Google password or token.
link-reset-password = New password
link-reset-password-hint = At least 8 characters. Saving it signs out every other device.
link-reset-password-button = Reset password

## Two-step verification
mfa-title = Two-step verification
mfa-no-sign-in = This page asks for your code while you sign in. Start by signing in.
mfa-enter-code = Enter your code
mfa-lead-passkey = Your account asks for a second step: use your passkey, or type a code from your authenticator app or one of your recovery codes.
mfa-lead-app = Your account asks for a second step. Open your authenticator app and type the 6-digit code it shows for Obscura.
mfa-use-passkey = Use a passkey
mfa-code = Code
mfa-code-hint = No phone at hand? Type one of your recovery codes instead.
mfa-verify = Verify and sign in
mfa-waits = The sign-in waits 5 minutes for the code. Lost your phone and your codes? Write to the operator of this server.
mfa-required-title = Two-step verification needed
mfa-required-lead = Admin pages are open only to accounts with two-step verification, so that a stolen password is not enough to reach them.
mfa-required-text = Set up an authenticator app in your security settings (it takes a minute), then come back.
mfa-required-set-up = Set up two-step verification
mfa-codes-file-title = Obscura recovery codes
mfa-codes-file-text = Each code works once, instead of a code from your authenticator app.
mfa-recovery-codes = Recovery codes
mfa-recovery-left-passkeys = { $count } of 10 left. Each works once, if you lose your passkeys.
mfa-recovery-left-phone = { $count } of 10 left. Each works once, if you lose your phone.
mfa-recovery-new = New codes
mfa-sign-in-again = Changes here need a recent sign-in: sign out and in again first (then you have 15 minutes).
mfa-setup-title = Set up your authenticator app
mfa-setup-scan = Scan this QR code with an authenticator app (for example Aegis, 2FAS, Google Authenticator, 1Password).
mfa-setup-key = Or type this key into the app:
mfa-setup-type = Type the 6-digit code the app shows.
mfa-setup-code = Code from the app
mfa-setup-turn-on = Turn on
mfa-setup-cancel = Cancel
mfa-app = Authenticator app
mfa-app-on = On
mfa-app-since = Since
mfa-app-remove-label = Remove the authenticator app
mfa-remove = Remove
mfa-off-passkeys = Your passkeys are your second step. You can also add an authenticator app, for signing in where your passkeys are not at hand.
mfa-off = Off. With two-step verification, signing in also asks for a code from an app on your phone, so a stolen password is not enough.
mfa-set-up-app = Set up an authenticator app
mfa-codes-shown = Your recovery codes. Keep them somewhere safe: they are shown only now, and each works once.
mfa-codes-download = Download as a text file
mfa-passkey-added-used = Added { $added }, last used { $used }
mfa-passkey-added-unused = Added { $added }, never used yet
mfa-passkey-remove-label = Remove the passkey “{ $name }”
mfa-passkey-name = Name of the new passkey
mfa-passkey-name-placeholder = My laptop
mfa-passkey-add = Add a passkey
mfa-passkeys = Passkeys
mfa-passkeys-text = A passkey signs you in with your device's screen lock (fingerprint, face or PIN), with no password to type; after a password, it also serves as the second step.

## Settings: menu and notices
settings-menu = Settings
settings-menu-profile = Profile
settings-menu-security = Security
settings-menu-shares = Shares
settings-menu-privacy = Privacy
settings-menu-billing = Billing
settings-menu-api = API
settings-menu-connections = Connections
settings-notice-welcome = Welcome to Obscura. Your email address is confirmed.
settings-notice-earlier-access-removed = Your email address is confirmed and the account is yours alone. Someone had signed up with this address before it was confirmed (perhaps you, in another browser), so the password chosen then, any other signed-in devices and any linked Google account were removed. Choose a password below if you want one; you can always sign in with an emailed link.
settings-notice-signed-in = You are signed in.
settings-notice-saved = Your profile is saved.
settings-notice-avatar-saved = Your picture is saved.
settings-notice-avatar-removed = Your picture is removed.
settings-notice-email-sent = We sent a confirmation link to the new address. Your current address stays in use until you open it.
settings-notice-email-changed = Your email address is changed.
settings-notice-password-changed = Your password is changed. Every other device was signed out.
settings-notice-verification-sent = We sent you a new confirmation link.
settings-notice-session-ended = That session is signed out.
settings-notice-sessions-ended = Every other session is signed out.
settings-notice-share-revoked = That share link no longer works.
settings-notice-share-updated = The share's expiry is changed.
settings-notice-privacy-saved = Your privacy choices are saved.
settings-notice-export-queued = We're building your copy. We'll email you a link when it is ready.
settings-notice-export-too-soon = You asked for a copy less than an hour ago; it is listed below.
settings-notice-account-kept = Your account is kept, and you are signed in again.
settings-notice-two-step-setup = Scan the QR code below with your authenticator app, then type the code it shows.
settings-notice-two-step-removed = Two-step verification is off.
settings-notice-two-step-cancelled = The set-up is cancelled.
settings-notice-passkey-added = Your passkey is added.
settings-notice-passkey-removed = The passkey is removed.
settings-notice-key-revoked = The key is revoked: requests made with it are refused from now on.
settings-notice-key-unchanged = That key was already revoked, or is not one of yours.
settings-notice-cap-saved = Your daily API limit is saved.
settings-notice-cap-removed = Your API keys have no daily limit now.
settings-notice-webhook-saved = Your webhook endpoint is saved.
settings-notice-webhook-removed = The webhook endpoint is removed: no more events are sent.
settings-notice-webhook-test-sent = A test event is on its way: its delivery appears below.
settings-notice-webhook-none = Set an endpoint first.
settings-notice-connected = Connected. Choose below where Obscura may publish for this account.
settings-notice-disconnected = Disconnected; the platform revoked Obscura's access and the tokens are deleted.
settings-notice-disconnected-local = Disconnected and the tokens deleted here. This platform offers no way for apps to revoke access: remove Obscura in that platform's app settings as well.
settings-notice-targets-saved = Your choices of where to publish are saved.
settings-notice-connect-cancelled = Nothing was connected: you cancelled at the platform.
settings-notice-connect-expired = That connection attempt expired or was already used. Start again.
settings-notice-connect-failed = The platform could not complete the connection. Please try again in a few minutes.
settings-notice-history-deleted = That row is deleted from your publishing history.

## Settings: profile
settings-profile-title = Profile
settings-profile-about = About you
settings-profile-name = Full name
settings-profile-company = Company
settings-profile-language = Language
settings-profile-save = Save profile
settings-avatar-title = Picture
settings-avatar-alt = Your picture
settings-avatar-upload-label = Upload a picture
settings-avatar-hint = PNG, JPEG or WebP, up to 5 MB, 12.5 megapixels and 4096 pixels a side. We crop it to a square.
settings-avatar-upload = Upload
settings-avatar-remove = Remove picture
settings-email-title = Email address
settings-email-verified = Verified
settings-email-unverified = Not verified yet
settings-email-new = New email address
settings-current-password = Current password
settings-email-send = Send confirmation link
settings-password-title = Password
settings-password-set-title = Set a password
settings-password-none = You sign in with Google or emailed links. A password lets you sign in without them.
settings-password-new = New password
settings-password-hint = At least 8 characters. Changing it signs out every other device.
settings-password-change = Change password
settings-google-linked = Your Google account is linked: you can sign in with it. We keep only your name, email address and picture address from Google, never a Google password or token.
settings-google-unlinked = No Google account is linked. Signing in with a Google account that uses the same, verified address links it.

## Settings: security
security-title = Security
security-loading = Loading…
security-ip-full = This server keeps the IP address of each event.
security-ip-hashed = This server keeps only a salted hash of each event's IP address: the same address shows the same code, but the address itself is not stored.
security-ip-none = This server keeps no IP addresses.
security-sessions-title = Where you're signed in
security-sessions-end-others = Sign out everywhere else
security-sessions-lifetime = Sessions end after 7 days without use and 30 days at most.
security-session-this-device = This device
security-session-last-active = Last active
security-session-signed-in = signed in
security-session-sign-out = Sign out
security-session-sign-out-device = Sign out { $device }
security-log-title = Security log
security-log-empty = Nothing yet.

## Security log events
event-account-created = Account created
event-sign-in = Signed in
event-sign-in-failed = Failed sign-in (wrong password)
event-new-device = Sign-in from a new device
event-sign-out = Signed out
event-session-ended = Session ended
event-password-changed = Password changed
event-password-reset = Password reset by email
event-email-verified = Email address verified
event-email-changed = Email address changed
event-google-linked = Google account linked
event-profile-changed = Profile updated
event-content-blocked = A prompt was refused by this server's content rules
event-content-rejected = The image service refused a prompt under its content rules
event-erasure-requested = Account deletion requested
event-erasure-cancelled = Account deletion cancelled
event-earlier-access-removed = Address confirmed: what was set up before confirmation was removed
event-unconfirmed-sign-in-refused = Sign-in refused until the address is confirmed
event-two-step-added = Two-step verification added
event-two-step-removed = Two-step verification removed
event-recovery-codes-renewed = New recovery codes created
event-recovery-code-used = Signed in with a recovery code
event-two-step-failed = Failed sign-in (wrong verification code)
event-api-key-created = API key created
event-api-key-revoked = API key revoked
event-webhook-changed = Webhook endpoint set
event-webhook-removed = Webhook endpoint removed
event-social-connected = Social account connected
event-social-disconnected = Social account disconnected

## Security log: event details and devices
security-detail-password-change = password change
security-detail-email-change = email change
security-detail-account-deletion = account deletion
security-detail-sign-up-password = email and password
security-detail-picture = picture
security-detail-authenticator-app = authenticator app
security-detail-passkey = passkey “{ $name }”
security-detail-one-session = one session
security-detail-other-sessions = { $count ->
        [one] { $count } other session
       *[other] { $count } other sessions
    }
security-detail-method = { $method ->
        [password] password
        [google] Google
        [passkey] passkey
        [confirmation-link] email confirmation link
        [reset-link] password reset link
       *[link] emailed link
    }
security-detail-method-two-step = { security-detail-method } + { $step ->
        [app] authenticator app
        [recovery-code] recovery code
       *[passkey] passkey
    }
security-detail-removed-password = password
security-detail-removed-google = Google link
security-detail-removed-sessions = { $count ->
        [one] { $count } session
       *[other] { $count } sessions
    }
security-detail-removed-two-step = two-step verification
security-device = { $browser } on { $os }
security-device-unknown = Unknown device
security-device-unknown-browser = Unknown browser
security-device-unknown-browser-on = Unknown browser on { $os }
list-and = { $head } and { $last }

## Settings: privacy center
privacy-center-title = Privacy
privacy-center-lead = Your rights over your data, to use yourself: take a copy, correct it, limit what we do with it, or delete it all.
privacy-center-loading = Loading…
privacy-center-size-mb = { $size } MB
privacy-center-size-kb = { $size } kB
privacy-center-correct-title = Correct your data
privacy-center-correct-text = Your name, company, language, email address and picture can be changed at any time.
privacy-center-correct-edit = Edit my profile
privacy-center-export-title = Get a copy of your data
privacy-center-export-text = One ZIP file with your account, every generation as JSON and CSV, your credits, shares, sessions, security log and cookie choices, and all your images. We email you a link when it is ready; it works for 7 days, then the file is deleted.
privacy-center-export-next = You can ask for the next copy after { $time }: one per hour.
privacy-center-export-button = Export my data
privacy-center-export-building = We're building your copy. It takes about a minute per thousand images;
privacy-center-export-refresh = refresh
privacy-center-export-wait = to see it, or wait for the email.
privacy-center-export-queued = Being built
privacy-center-export-ready = Ready · { $size } · until { $until }
privacy-center-export-failed = Could not be built — please ask again
privacy-center-export-expired = Deleted after 7 days
privacy-center-export-asked = Asked for
privacy-center-export-download = Download
privacy-center-restricted-since = Restricted since { $time }.
privacy-center-choices-title = Limit what we do
privacy-center-choices-text = These apply to your account everywhere, whatever each browser's cookie choice.
privacy-center-analytics = Exclude me from page-view counts
privacy-center-analytics-hint = Your visits are never counted, even in browsers where page views were allowed.
privacy-center-product-emails = No product emails
privacy-center-product-emails-hint = No news, tips or offers. Emails you ask for and security notices still arrive.
privacy-center-restrict = Restrict processing
privacy-center-restrict-hint = We keep your data but use it for nothing but what you do yourself: no counts, no product emails. You can still sign in, see and export everything.
privacy-center-save = Save
privacy-center-consents-title = Your cookie choices
privacy-center-consents-text = Every choice you made while signed in, as we recorded it.
privacy-center-consents-change = Change your choice
privacy-center-consents-empty = No choice recorded while you were signed in.
privacy-center-consents-caption = Cookie choices, newest first
privacy-center-consents-when = When
privacy-center-consents-choice = Choice
privacy-center-consents-counts = Page-view counts
privacy-center-consents-signal = ({ $signal } signal)
privacy-center-consents-allowed = Allowed
privacy-center-consents-refused = Refused
privacy-center-consent-accepted = Accepted all
privacy-center-consent-rejected = Rejected all
privacy-center-consent-custom = Saved own choices
privacy-center-consent-withdrawn = Withdrew consent
privacy-center-delete-title = Delete my account
privacy-center-delete-text = { $days ->
    [0] Every session is signed out at once and the account is closed. Your images, prompts, shares, credits and records are deleted for good at once.
   *[other] Every session is signed out at once and the account is closed. Your images, prompts, shares, credits and records are deleted for good after { $days } days; until then the link we email you keeps the account.
}
privacy-center-delete-credits = Credits are not refunded. Take a copy of your data first if you want to keep anything.
privacy-center-delete-password = Your password
privacy-center-delete-no-password = Your account has no password, so we check that you signed in during the last 15 minutes.
privacy-center-delete-confirm = Type { $word } to confirm
privacy-center-delete-confirm-hint = In capital letters.

## Platform data-deletion status
deletion-title = Deletion request { $code }
deletion-eyebrow = Data deletion
deletion-lead = { $platform } asked Obscura to delete the data it received through them. It is done.
deletion-platform = Platform
deletion-deleted-label = Deleted
deletion-when = When
deletion-connections = { $count ->
    [one] { $count } connection with its tokens
   *[other] { $count } connections with their tokens
}
deletion-posts = { $count ->
    [one] { $count } publishing-history row
   *[other] { $count } publishing-history rows
}
deletion-gallery = Images in your Obscura gallery are not affected. Posts already on the platform are the platform's to delete.

## Trial without an account
trial-title = Try it without an account
trial-eyebrow = Try Obscura
trial-heading = Make an image, no account needed
trial-lead = Your prompt and image stay on this server, are visible only in this browser, and are deleted after 24 hours.
trial-signed-in = You are signed in:
trial-signed-in-link = the full generator
trial-signed-in-end = has every model and size.
trial-loading = Loading…
trial-prompt = Describe your image
trial-prompt-hint = A few words are enough. The image is { $size }; accounts get every size.
trial-model = Model
trial-check-needs-script = The check that you are a person needs JavaScript. Without it, create an account instead.
trial-out-of-images = { $count ->
    [one] You have made your { $count } trial image for today. Create a free account to keep going: your trial images come with you.
   *[other] You have made your { $count } trial images for today. Create a free account to keep going: your trial images come with you.
}
trial-submit = Make an image
trial-left = { $count ->
    [one] { $left } of { $count } trial image left today
   *[other] { $left } of { $count } trial images left today
}
trial-image-alt = Trial image: { $prompt }
trial-painting = Painting…
trial-image-expires = { $model } · deleted { $time } UTC unless you keep it
trial-download = Download
trial-disabled = This server does not offer a trial. Create an account to make images: it takes a minute.
trial-keep-title = Keep your images
trial-keep-text = { $count ->
    [one] Trial images are deleted after 24 hours. Create a free account in this browser before then and they move into your private gallery; you also get { $count } credit to make more.
   *[other] Trial images are deleted after 24 hours. Create a free account in this browser before then and they move into your private gallery; you also get { $count } credits to make more.
}
trial-keep-signup = Create a free account
trial-images-title = Your trial images
trial-empty = Nothing here yet
trial-empty-example = Try “a lighthouse on a cliff at dusk, watercolour”.

## Support
support-title = Support
support-heading = We're here to help
support-lead = Write to us and a person will answer, usually within two working days.
support-status-title = Service status
support-status-checking = Checking…
support-contact-title = Contact
support-contact-help = Help with the service
support-contact-privacy = Privacy requests
support-tips-title = To get an answer faster
support-tip-address = Write from the email address of your account.
support-tip-describe = Say what you did, what you expected, and what happened instead.
support-tip-secrets = Never send your password or an API key: we will never ask for them.
support-data-title = Your data
support-data-text = What we keep, why, and how to get a copy or erase it is explained in the
support-data-policy = privacy policy
support-form-title = Write to us
support-form-sent = Thank you: your message is sent. We emailed you a confirmation and will answer by email.
support-form-email = Your email address
support-form-email-hint = We answer here. Signed in, it is your account's address.
support-form-topic = What is it about?
support-form-topic-choose = Choose a topic
support-topic-help = Help with the studio
support-topic-account = My account or signing in
support-topic-billing = Credits and payments
support-topic-bug = Something doesn't work
support-topic-privacy = Privacy request (copy, correction, deletion, objection)
support-topic-underage = An account of someone under the minimum age
support-topic-other = Something else
support-form-message = Your message
support-form-message-hint = Between { $min } and { $max } characters. Never send a password or an API key.
support-form-attachment = A screenshot or image
support-form-attachment-hint = PNG, JPEG or WebP, up to 5 MB and 12.5 megapixels. We remove its metadata (such as location) before keeping it.
support-form-send = Send message


# ─── The studio: page frame, create, gallery, sharing ───
## Page frame: skip link, banners, error panel, theme switch, description
layout-skip = Skip to content
layout-loading = Loading…
layout-verify = Please confirm your email address: open the link we sent you. Until then you can't buy credits or publish.
layout-verify-resend = Send the link again
layout-policy-upcoming = Our privacy policy changes on { $date }.
layout-policy-changed = Our privacy policy changed on { $date }. Please take a moment to review it.
layout-policy-region = Privacy policy change
layout-policy-see = See what changes
layout-policy-ack = Got it
shell-description = Obscura is a private AI image studio you can run yourself: your prompts and pictures stay yours.
theme-switch-system = Theme: follows your system. Switch to light
theme-system = System theme
theme-switch-light = Theme: light. Switch to dark
theme-switch-dark = Theme: dark. Switch to following your system
theme-light = Light theme
theme-dark = Dark theme
error-panel-label = Error
error-panel-title = Something went wrong
error-panel-text = We couldn't finish showing this page. Nothing you saved was lost. Reloading usually fixes it; if it keeps happening, tell us through the support page.
error-panel-reload = Reload
error-panel-help = Get help

## A generation's settings
generation-prompt = Prompt
generation-model = Model
generation-size = Size
generation-quality = Quality
generation-seed = Seed
generation-credits = { $count ->
    [one] { $count } credit
   *[other] { $count } credits
}
generation-shape-square = Square
generation-shape-landscape = Landscape
generation-shape-portrait = Portrait
generation-quality-auto = Automatic
generation-quality-low = Draft
generation-quality-medium = Standard
generation-quality-high = High
generation-use-reference = Use as reference
generation-generating = Generating…

## Create page
create-title = Create
create-lead = Describe a picture; it appears below as soon as it is ready. Only you can see it.
create-new-image = New image
create-latest = Latest
create-empty-title = Nothing here yet
create-empty-text = Your images will appear here. Try a prompt such as “a quiet harbour at dawn, pastel colours”.

## Create form
create-prompt-placeholder = A lighthouse on a cliff at dusk, warm light, gentle waves
create-prompt-count = { $count } / { $max } characters
create-key-ctrl = Ctrl
create-key-enter = Enter
create-shortcut = to generate
create-optional = (optional)
create-leave-out = Leave out
create-leave-out-placeholder = blurry, text, watermark
create-offline = Built in and offline: a procedural painter that follows your words, not an AI model.
create-seed-placeholder = Random
create-seed-hint = The same prompt, seed and size give the same picture.
create-images = Images
create-reference = Reference image
create-drop = Drop an image here, paste one, or
create-drop-choose = choose a file
create-drop-hint = PNG, JPEG or WebP, up to 20 MB and 40 megapixels. Location and camera data are removed.
create-reference-alt = The chosen reference image
create-reference-remove = Remove
create-cost = Cost:
create-balance = You have
create-too-dear = Not enough credits for this.
create-ask-more = Ask for more
create-too-dear-end = or make fewer images.
create-submit = Generate
create-starting = Starting…

## A generation's card
job-queued = Queued — waiting for a free worker…
job-progress = Generating… { $ready } of { $count } ready
job-done = Done
job-done-images = { $count ->
    [one] Done — { $count } image
   *[other] Done — { $count } images
}
job-failed = Failed — your credits were given back
job-meta = { $model } · { $size } · seed { $seed } · { $credits }
job-results = Results
job-image-alt = Generated image { $number }: { $prompt }
job-download = Download
job-download-image = image { $number }
job-kept = Kept until { $date }, then deleted.

## Service status
status-ok = All systems operational
status-database = We're having trouble with our database. Your data is safe; please try again shortly.
status-storage = We're having trouble storing files. Your images are safe; please try again shortly.
status-unknown = Status unknown
status-unreachable = We couldn't reach the server to check. Try again in a moment.
status-check = Check again
status-checking = Checking…

## Gallery
gallery-title = Gallery
gallery-lead = Everything you made. Only you can see it, unless you share an image.
gallery-new-image = New image
gallery-notice-deleted = Deleted. The files are gone and their share links no longer work.
gallery-notice-nothing-selected = Select at least one image first.
gallery-notice-retry-credits = You don't have enough credits to run that again.
gallery-notice-retry-unavailable = That generation can't be retried: its model may no longer be offered.
gallery-loading = Loading
gallery-delete-images = { $count ->
    [1] Delete this image?
   *[other] Delete these { $count } images?
}
gallery-delete-failed = { $count ->
    [1] Delete this generation without images?
   *[other] Delete these { $count } generations without images?
}
gallery-delete-mixed = Delete { $images } images and { $generations } generations without images?
gallery-delete-text = Their files are deleted at once and any share links to them stop working. This cannot be undone.
gallery-delete-confirm = Delete for good
gallery-cancel = Cancel
gallery-search-filter = Search and filter
gallery-search = Search prompts
gallery-search-placeholder = e.g. lighthouse
gallery-apply = Apply
gallery-clear = Clear
gallery-filters = Filters
gallery-filters-count = Filters ({ $count })
gallery-any-model = Any model
gallery-status = Status
gallery-status-any = Any status
gallery-status-done = Done
gallery-status-failed = Failed
gallery-status-cancelled = Cancelled
gallery-status-in-progress = In progress
gallery-shared = Shared
gallery-shared-any = Shared or not
gallery-shared-yes = Shared
gallery-shared-no = Not shared
gallery-from = From
gallery-to = To
gallery-order = Order
gallery-sort-newest = Newest first
gallery-sort-oldest = Oldest first
gallery-filter-errors = Some filters could not be used and were left out:
gallery-empty-title = Your gallery is empty
gallery-empty-text = Images you make appear here, kept private until you share them.
gallery-empty-action = Make your first image
gallery-no-match-title = Nothing matches
gallery-no-match-text = Try other words or fewer filters.
gallery-show-all = Show everything
gallery-tick = Tick images to delete several at once.
gallery-delete-selected = Delete selected
gallery-images = Your images
gallery-more = Load more
gallery-select-failed = Select the failed generation “{ $prompt }”
gallery-select-cancelled = Select the cancelled generation “{ $prompt }”
gallery-retry = Retry
gallery-select = Select “{ $prompt }”
gallery-badge-shared = Shared

## One image in the gallery
item-notice-shared = Your share link is ready. Anyone with it can see this image.
item-notice-revoked = That share link no longer works.
item-notice-updated = The share's expiry is changed.
item-title = { $prompt } — Gallery
item-breadcrumb = Breadcrumb
item-image = Image
item-prev-next = Previous and next image
item-newer = ← Newer
item-older = Older →
item-details = Image details
item-copy-prompt = Copy prompt
item-left-out = Left out
item-position = image { $number } of { $count }
item-took = Took
item-duration-ms = { $ms } ms
item-duration-s = { $seconds } s
item-cost = Cost
item-created = Created
item-kept = Kept
item-kept-until = Kept until { $date }, then deleted
item-kept-forever = Kept until you delete it
item-download = Download original
item-remix = Remix
item-publish = Publish
item-delete = Delete…

## Sharing an image
share-title = Share
share-lead = A public page with this image. You choose what it shows and when it stops working.
share-show-prompt = Show the prompt
share-show-name = Show my name ({ $name })
share-create = Create share link
share-links = Links to this image
share-expiry = Link works for
share-expiry-date = Until (for “on a date”)
share-expiry-never = Never
share-expiry-day = 1 day
share-expiry-week = 7 days
share-expiry-month = 30 days
share-expiry-on-date = On a date…
share-expired = Expired { $date }
share-until = Until { $date }
share-no-expiry = No expiry
share-views = { $count ->
    [one] { $count } view
   *[other] { $count } views
}
share-prompt-shown = prompt shown
share-name-shown = name shown
share-copy-link = Copy link
share-stop = Stop sharing

## The list of shares
shares-title = Shares
shares-lead = Public links to your images. Anyone with a link can see its image until it ends; stopping a link ends it at once.
shares-empty-title = You haven't shared anything
shares-empty-text = Open an image in your gallery and choose Share to make a link.
shares-open-gallery = Open the gallery
shares-ended = Ended { $date }
shares-made = Made
shares-change-expiry = Change expiry
shares-save-expiry = Save expiry
shares-stop-label = Stop sharing “{ $prompt }”

## The public page of a share
share-page-fallback = An image made with Obscura, a private AI image studio.
share-page-by = An image by { $name }
share-page-untitled = A shared image
share-page-alt = An image shared from Obscura
share-page-shared-by = Shared by { $name }
share-page-on-x = Share on X
share-page-on-facebook = Share on Facebook
share-page-pin = Pin it
share-page-share = Share…
share-page-made-with = Made with Obscura
share-page-studio = — a private AI image studio.


# ─── Billing, the API, social publishing ───
## Billing: shared
billing-loading = Loading…
billing-credits = { $count ->
    [one] { $count } credit
   *[other] { $count } credits
}
billing-period-day = { $count ->
    [one] per day
   *[other] every { $count } days
}
billing-period-week = { $count ->
    [one] per week
   *[other] every { $count } weeks
}
billing-period-month = { $count ->
    [one] per month
   *[other] every { $count } months
}
billing-period-year = { $count ->
    [one] per year
   *[other] every { $count } years
}
billing-price-at-checkout = Price shown at checkout
billing-each-period = each period
billing-rollover = Unused credits stay with you.
billing-no-rollover = Unused credits end when the next period starts.
billing-subscribe = Subscribe
billing-buy = Buy
billing-confirm-to-buy = Confirm your email address to buy: use the link we sent you.
billing-sign-up-to-buy = Create an account to buy
billing-not-selling = This server does not sell credits. Ask its operator for more if you run out.
billing-packs = Credit packs
billing-packs-hint = Paid once. The credits never expire.
billing-plans = Plans
billing-plans-hint = Credits every period, renewed until you cancel. Change or cancel at any time.
billing-costs = What an image costs
billing-costs-caption = Credits per image, by model
billing-costs-model = Model
billing-costs-per-image = Per image
billing-signup-credits = { $count ->
    [one] New accounts start with { $count } credit.
   *[other] New accounts start with { $count } credits.
}

## Billing: /pricing
billing-pricing = Pricing
billing-pricing-title = Credits for your images
billing-pricing-lead = Each image costs credits, depending on the model. Buy a pack once, or take a plan that renews.
billing-checkout-cancelled = The checkout was cancelled. Nothing was charged.
billing-stripe-note = Payments are taken by Stripe: your card number never reaches this server. Invoices carry the company name and VAT id you give at checkout.

## Billing: /settings/billing
billing-title = Billing
billing-status-paid = Paid
billing-status-refunded = Refunded
billing-status-partly-refunded = { $amount } refunded
billing-status-disputed = Disputed
billing-plan-active = active
billing-plan-trialing = trialing
billing-plan-past-due = past due
billing-plan-unpaid = unpaid
billing-plan-incomplete = incomplete
billing-plan-incomplete-expired = incomplete expired
billing-plan-paused = paused
billing-plan-canceled = canceled
billing-no-payments-yet = No payments yet.
billing-payments-caption = Your payments, newest first
billing-col-date = Date
billing-col-what = What
billing-col-amount = Amount
billing-col-card = Card
billing-col-status = Status
billing-col-invoice = Invoice
billing-invoice-view = View
billing-checkout-waiting = Payment received — your credits are on their way. This page refreshes by itself; [refresh now].
billing-checkout-credited = { $count ->
    [one] Payment received: { $count } credit added. Thank you!
   *[other] Payment received: { $count } credits added. Thank you!
}
billing-balance = Credits
billing-owed = { $count ->
    [one] A refunded or disputed payment left { $count } credit that had already been used. New images wait until they are settled: credits you buy settle them first.
   *[other] A refunded or disputed payment left { $count } credits that had already been used. New images wait until they are settled: credits you buy settle them first.
}
billing-what-images-cost = What images cost
billing-plan-and-card = Plan and card
billing-plan-credits = { $count ->
    [one] { $count } credit each period
   *[other] { $count } credits each period
}
billing-plan-ends = Ends on { $date }.
billing-plan-renews = Renews on { $date }.
billing-no-plan = No plan. Credit packs below are paid once.
billing-manage = Manage card and plan
billing-manage-hint = Opens Stripe's page for your card, plan, cancellation and past invoices.
billing-buy-credits = Buy credits
billing-payments = Payments
billing-records-kept = Payment records are kept as the law requires, also after you delete your account, without linking them to you.

## Billing: /admin/payments
billing-admin-filter = Filter payments
billing-admin-all = All
billing-admin-partly-refunded = Partly refunded
billing-admin-account = Account email contains
billing-admin-from = Paid from
billing-admin-to = to
billing-admin-apply = Filter
billing-admin-clear = Clear
billing-admin-no-revenue = No payments in the last 12 months.
billing-admin-chart = Net revenue per month in { $currency }
billing-admin-revenue-caption = Revenue per month
billing-admin-month = Month
billing-admin-net = Net
billing-admin-no-payments = No payments
billing-admin-erased = erased account (record kept)
billing-admin-amount = Amount (empty: all)
billing-admin-refund = Refund
billing-admin-no-stripe = Stripe is not configured: payments recorded before are listed, and refunds cannot be made here.
billing-admin-revenue = Revenue
billing-admin-refund-hint = A refund goes through Stripe; its credits are taken back when Stripe confirms it. Disputes are answered in Stripe's dashboard.

## API reference (/docs/api)
docs-title = API reference
docs-eyebrow = Developers
docs-heading = The Obscura API
docs-lead = Make, read and share images from your own programs, with a REST API or OpenAI's own clients.
docs-toc = On this page
docs-start = Start
docs-errors = Errors, limits and retries
docs-openai = OpenAI-compatible endpoints
docs-webhooks = Webhooks
docs-types = Types
docs-start-text = Make a key in [Settings → API] with the scopes it needs (generate, read, delete), then send it on every request as `Authorization: Bearer obs_…`. Never put a key in a URL: such requests are refused. The base address is `{ $base }`, and the machine-readable description is [openapi.json] (OpenAPI 3.1).
docs-code-curl = A generation with curl
docs-start-answer = The answer is the generation, `queued`; fetch it again (or receive a webhook) until it is `succeeded` and carries its images' signed links.
docs-errors-problem = Every refusal is `application/problem+json` (RFC 9457) with a stable `code`, a `detail` for people and, for refused input, `errors`: one JSON pointer and message per field.
docs-errors-status = `401` no key, or a wrong, revoked or expired one; `403` the key lacks the scope, or the account is suspended (code `account_suspended`); `404` not found on this account (another account's ids are never revealed); `402` not enough credits, or over the key's monthly or the account's daily cap.
docs-errors-rate = Each key and each account has a request rate per minute. Every answer carries `X-RateLimit-Limit` and `X-RateLimit-Remaining`; past it, `429` with `Retry-After`.
docs-errors-idempotency = Send `Idempotency-Key` with a POST to retry it safely: the same key with the same body within 24 hours replays the first answer with `Idempotent-Replayed: true` and charges nothing more; with another body, `422`; while the first is still running, `409`.
docs-errors-pages = Lists are pages, newest first: pass the answer's `next_cursor` as `cursor` for the next one.
docs-openai-text = Code written for OpenAI's Images API works here by changing its base address to `{ $base }` and its key to an Obscura key with the generate scope: `POST /v1/images/generations`, `POST /v1/images/edits` (multipart, with the reference as `image`) and `GET /v1/models`.
docs-openai-models = Models are this server's:
docs-openai-options = (OpenAI's model names mean the first). `n`, `size`, `quality` and `response_format` (`b64_json` or `url`, a signed link) are honoured; the answer waits for the images. Errors come in OpenAI's shape, so its clients raise them as usual.
docs-code-python = OpenAI's Python client
docs-code-node = OpenAI's Node client
docs-webhooks-text = Set an https endpoint in [Settings → API] to be told when a generation ends: `generation.completed`, `generation.failed` or `generation.cancelled` (its owner cancelled it: nothing was kept, its credits were given back). Each event is a POST with a JSON body (`type`, `timestamp`, `data`: the generation's id, status, image ids and cost; never the prompt), signed the Standard Webhooks way: `webhook-id`, `webhook-timestamp` and `webhook-signature` headers. Answer with any 2xx within 10 seconds; other answers are retried with growing waits (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h) with the same id. The delivery log in the settings shows each attempt.
docs-webhooks-check = To check a signature (Python):
docs-code-verify = Checking a signature in Python
docs-webhooks-refuse = Refuse events whose timestamp is more than five minutes away from your clock, and handle each `webhook-id` once: retries repeat it.
docs-col-name = Name
docs-col-in = In
docs-col-type = Type
docs-col-description = Description
docs-required = required
docs-parameters = Parameters
docs-body = Body
docs-answers = Answers
model-offline-name = Offline preview renderer
docs-one-of = One of:
docs-reference-in-english = The reference below is the API's own description, in English, the language of its field names and codes.
docs-group-generations = Generations
docs-group-images = Images
docs-group-shares = Shares
docs-group-account = Account

## API keys (/settings/api)
api-title = API
api-keys-title = API keys
api-optional = (optional)
api-scope-generate = Make images (spends credits) and share them
api-scope-read = Read generations, images, shares, balance and usage
api-scope-delete = Delete generations and revoke shares
api-key-name = Name
api-key-name-hint = Where the key is used, so you know which to revoke.
api-key-scopes = What it may do
api-key-expires = Expires
api-key-never = Never
api-key-expires-in = { $count ->
    [one] In { $count } day
   *[other] In { $count } days
}
api-key-cap = Monthly credit cap
api-key-cap-hint = The most credits this key may spend in a calendar month. Empty: your balance is the limit.
api-key-create = Create key
api-key-revoked = Revoked { $date }
api-key-expired = Expired
api-key-never-expires = Never expires
api-key-expires-on = Expires { $date }
api-key-spent-of-cap = { $spent } of { $cap } credits this month
api-key-spent = { $count ->
    [one] { $count } credit this month
   *[other] { $count } credits this month
}
api-key-revoke-label = Revoke { $name }
api-key-created = Created { $date }
api-key-never-used = never used
api-key-last-used = last used { $date }
api-key-revoke = Revoke
api-new-key = Your new key
api-new-key-copy = Copy it now: it is shown this once, and not kept in readable form.
api-new-key-send = Send it as `Authorization: Bearer <key>`, never in a URL.
api-about = Use Obscura from your programs
api-about-text = The REST API is at `{ $base }`. Each request carries one of your keys; what it spends comes from your credits. OpenAI's own clients work too, with `/v1` as their base address.
api-read-reference = Read the API reference
api-see-usage = See your usage
api-create-key = Create a key
api-confirm-to-create = Confirm your email address to create keys: use the link we sent you.
api-keys = Your keys
api-no-keys = No keys yet.

## API: daily cap and webhook (/settings/api)
webhook-event-completed = A generation finished with its images
webhook-event-failed = A generation failed (its credits were given back)
webhook-event-cancelled = A generation was cancelled (nothing was kept; its credits were given back)
webhook-today-of-cap = Today: { $spent } of { $cap } credits spent.
webhook-today = { $count ->
    [one] Today: { $count } credit spent through the API.
   *[other] Today: { $count } credits spent through the API.
}
webhook-daily-cap = Daily spending limit
webhook-daily-cap-label = Credits all your keys together may spend per day
webhook-daily-cap-hint = Counted per UTC day, on top of each key's monthly cap. Empty: no daily limit.
webhook-daily-cap-save = Save limit
webhook-delivered-code = Delivered ({ $code })
webhook-delivered = Delivered
webhook-failed = Failed, not retried any more
webhook-sending = Sending…
webhook-retrying-code = Answered { $code }; retrying
webhook-retrying = Not delivered yet; retrying
webhook-col-event = Event
webhook-col-status = Status
webhook-col-attempts = Attempts
webhook-col-made = Made
webhook-col-id = Id
webhook-endpoint = Endpoint
webhook-endpoint-hint = A public https address; events are signed so you can check they come from here.
webhook-events = Events
webhook-rotate = Make a new signing secret (the current one stops working at once)
webhook-save = Save endpoint
webhook-set = Set endpoint
webhook-title = Webhook
webhook-intro = Be told when a generation ends instead of asking. Each event is a signed POST ([how to check it]); answers other than 2xx are retried for about ten hours.
webhook-secret = Your signing secret. Copy it now: it is shown this once.
webhook-confirm-to-set = Confirm your email address to set a webhook: use the link we sent you.
webhook-test = Send a test event
webhook-remove = Remove endpoint
webhook-deliveries = Latest deliveries
webhook-no-deliveries = No events sent yet. Send a test event to try the endpoint.

## API usage (/settings/api/usage)
usage-title = API usage
usage-chart = Requests per day, { $from } to { $to }: { $total } in all.
usage-chart-busiest = Requests per day, { $from } to { $to }: { $total } in all, most on { $day } ({ $most }).
usage-bar = { $count ->
    [one] { $day }: { $count } request, { $failed } failed
   *[other] { $day }: { $count } requests, { $failed } failed
}
usage-peak = most in a day: { $count }
usage-answered = Answered
usage-answered-codes = Answered (2xx, 3xx)
usage-failed-codes = Refused or failed (4xx, 5xx)
usage-filter = Filter usage
usage-from = From
usage-to = To
usage-key = Key
usage-all-keys = All keys
usage-answers = Answers
usage-all = All
usage-show = Show
usage-intro = Every request made with your keys is logged with its time, key, route, status, duration and credits (never what it carried) and kept 12 months. Days are UTC.
usage-correct-filters = Correct the filters above to see your usage.
usage-period = { $from } to { $to }
usage-summary =
    { $requests ->
        [one] { $requests } request
       *[other] { $requests } requests
    }, { $failed } refused or failed, { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    } spent.
usage-csv = Download these requests as CSV
usage-per-day = Per day
usage-no-requests = No requests in this period.
usage-col-day = Day
usage-col-requests = Requests
usage-col-failed = Refused or failed
usage-col-credits = Credits

## Connections (/settings/connections)
connection-platform-linkedin = LinkedIn profile
connection-platform-linkedin-page = LinkedIn page
connection-platform-facebook = Facebook Page
connection-kind-profile = profile
connection-kind-page = page
connection-kind-organization = organization page
connection-kind-account = account
connection-kind-board = board
connection-kind-channel = channel
connection-reconnect-reason = The platform no longer accepts this connection.
connection-reason-no-refresh = The access expired and this platform gives no way to renew it without you.
connection-reason-unreachable = The platform could not be reached to renew the access.
connection-reconnect = Reconnect { $platform }
connection-connect = Connect { $platform }
connection-disconnect-label = Disconnect { $connection }
connection-no-expiry = No expiry given by the platform
connection-renewed = { $time } (renewed while in use)
connection-reconnect-needed = Reconnect needed
connection-account = Account
connection-connected = Connected
connection-access-expires = Access expires
connection-permissions = Permissions
connection-no-permissions = None listed
connection-channel = Channel: { $name }
connection-no-targets = The platform listed no page, board or profile this account can publish to.
connection-disconnect-hint = Disconnecting revokes Obscura's access at the platform where it allows that, and deletes the tokens here at once. Your publishing history is kept until you delete it.
connection-disconnect = Disconnect
connections-purpose = Posts only the images you publish, when you press Publish. Never reads your messages, followers or statistics.
connections-purpose-youtube = YouTube offers no API for image posts, so Obscura shows your channel but publishes nothing there.
connections-asks-nothing = Asks for no permissions beyond signing in.
connections-asks-for = Asks for:
connections-board = Board to publish to
connections-where = Where to publish
connections-save = Save choices
connections-yours = Your connections
connections-none = No connections yet.
connections-connect = Connect a platform
connections-no-platforms = The operator of this server has not configured any platform, so there is nothing to connect yet.
connections-connect-hint = You are sent to the platform to sign in and agree; Obscura keeps the access it grants sealed, and asks for nothing more than listed.
connections-title = Connections
connections-intro = Connect your social accounts to publish images from your gallery. Nothing is posted unless you press Publish on an image.
connections-see-history = See your publishing history

## Publishing history (/settings/connections/history and an image's publish page)
connections-post-queued = Queued
connections-post-published = Published
connections-post-failed = Failed
connections-post-awaiting = Waiting for approval
connections-post-cancelled = Cancelled
connections-post-detail-awaiting = Waiting for the reviewer's decision.
connections-post-detail-sending = Sending now.
connections-post-detail-rate-limited = The platform's rate limit was reached; trying again at { $time } UTC.
connections-post-reason-unconfirmed = The platform did not confirm this post. Check your account there before publishing again.
connections-post-reason-connection-removed = The connection was removed before this was posted.
connections-post-reason-removed-before-approval = The connection was removed before approval.
connections-post-reason-rejected = The reviewer rejected it.
connections-post-reason-approval-expired = The reviewer did not decide within 7 days; nothing was posted.
connections-post-reason-rate-limit-kept = The platform's rate limit did not lift in time; nothing was posted. Publish again later.
connections-post-reason-unreachable = The platform could not be reached; nothing was posted. Publish again later.
connections-post-reason-account-closing = The account is being deleted.
connections-post-reason-image-deleted = The image was deleted before this was posted.
connections-post-reason-platform-off = { $platform } is no longer offered on this server.
connections-post-reason-reconnect = { $platform } no longer accepts the connection: reconnect it in Settings → Connections, then publish again.
connections-post-reason-refused = { $platform } refused it: { $reason }
platform-no-reason = no reason given
platform-not-configured = this platform is not set up on this server
platform-image-type = the image type is not accepted
platform-instagram-processing = Instagram could not process the image
platform-youtube-no-channel = This Google account has no YouTube channel.
platform-youtube-no-images = YouTube offers no API for image posts.
connections-history-delete-label = Delete from history: { $platform } post to { $target }, { $time }
connections-col-platform = Platform
connections-col-image = Image
connections-col-account = Account
connections-col-where = Where
connections-col-status = Status
connections-col-time = Time
connections-col-post = Post
connections-col-action = Action
connections-col-actions = Actions
connections-view-image = View image
connections-open-post = Open post
connections-new-tab = (opens in a new tab)
connections-delete = Delete
connections-history-title = Publishing history
connections-history-intro = Every post you asked for, newest first. A row stays until you delete it, also after you disconnect; deleting it here does not remove the post from the platform.
connections-history-empty = Nothing published yet. Open an image in your [gallery] and choose Publish.

## Publishing an image (/gallery/{image}/publish)
publish-notice-published = Publishing started: the posts appear below as each platform confirms.
publish-notice-awaiting = Sent for approval: nothing is posted until the reviewer approves.
publish-title = Publish
publish-breadcrumb = Breadcrumb
publish-image = Image
publish-heading = Publish this image
publish-history = This image's publishing history
publish-history-empty = Not published anywhere yet.
publish-no-targets = No account is ready to publish to yet.
publish-connect = Connect an account
publish-no-platforms = The operator of this server has not configured any platform, so there is nowhere to publish yet.
publish-settings-connections = Settings → Connections
publish-alt-hint = Describes the image for people who cannot see it. Up to { $limit } characters.
publish-caption = Caption
publish-caption-hint = Starts as the prompt; change it as you like. Each platform's limit is shown below.
publish-alt = Alt text
publish-to = Publish to
publish-change-targets = Change where you can publish
publish-approver = Ask for approval first
publish-approver-hint = We email a one-time link (7 days); nothing is posted until they approve.
publish-previews = What each platform will show
publish-previews-hint = Previews update when you send the form; the counts use each platform's own way of counting.
publish-more = more
publish-over-limit = over the limit

## A reviewer's page (/publish/review/{token})
publish-review-notice-approved = Approved: the posts are on their way to each platform.
publish-review-notice-rejected = Rejected: nothing will be posted.
publish-review-sent = This post was approved and sent to the platforms.
publish-review-rejected = This post was rejected: nothing was posted.
publish-review-expired = This link has expired: nothing was posted.
publish-review-done = This post no longer needs a decision.
publish-review-title = Review a post
publish-review-heading = Review a post before it is published
publish-review-lead = Someone asked you to approve this post. Nothing is posted unless you approve it.
publish-review-no-alt = None
publish-review-approve = Approve and publish
publish-review-reject = Reject

## Development outbox (/dev/outbox)
outbox-title = Outbox (development)
outbox-eyebrow = Development only
outbox-heading = Outbox
outbox-lead = No SMTP server is configured, so account emails are kept here instead of being sent. This page does not exist in production.
outbox-empty = No messages yet.
outbox-to = To
outbox-plain-text = Plain text

## The connection banner (its text is set in the browser from these attributes)
connection-banner-offline = You're offline. We'll reconnect as soon as the network is back.
connection-banner-reconnecting = Connection lost. Reconnecting…
connection-banner-restored = Back online.


# ─── Errors: form fields, notices and refusals ───
## Gallery filters and shares
error-search-too-long = { $max ->
    [one] Search for at most { $max } character.
   *[other] Search for at most { $max } characters.
}
error-filter-status = Choose a status from the list.
error-filter-shared = Choose shared or not from the list.
error-filter-sort = Choose an order from the list.
error-not-a-date = “{ $value }” is not a date (YYYY-MM-DD).
error-filter-range = The last day is before the first day.
error-share-expiry-date = Choose the day the link stops working (YYYY-MM-DD).
error-share-expiry = Choose an expiry from the list.
error-share-no-such-day = That day does not exist.
error-share-after-today = Choose a day after today.

## Social publishing
error-caption-too-long = { $platform } takes at most { $limit } characters; this caption counts { $count }.
error-caption-hashtags = Instagram takes at most 30 hashtags; this caption has { $count }.
error-instagram-ratio = Instagram takes images between 4:5 and 1.91:1; this one is { $width }×{ $height }. Crop it first, or choose other platforms.
error-instagram-size = Instagram takes images up to 8 MB; this one is larger.

## Accounts
error-email-empty = Enter your email address.
error-email-too-long = This email address is too long.
error-email-shape = Enter an email address like name@example.com.
error-email-same = This is already your address.
error-name-empty = Enter your name.
error-name-control = Remove the control characters.
error-chars-min = { $min ->
    [one] Use at least { $min } character.
   *[other] Use at least { $min } characters.
}
error-chars-max = { $max ->
    [one] Use at most { $max } character.
   *[other] Use at most { $max } characters.
}
error-language = Choose a language from the list.
error-password-empty = Enter your password.
error-password-wrong = The password is not right.
error-password-spaces = A password of spaces only is too easy to guess.
error-password-common = This is one of the most common passwords. Choose one that is harder to guess.
error-current-password-empty = Enter your current password.
error-current-password-wrong = This is not your current password.
error-sign-in-again-first = For your safety, sign out and sign in again first: this change needs a sign-in from the last 15 minutes.
error-sign-in-wrong = The email address or the password is not right.
error-unconfirmed-sign-in = Confirm your email address first: we have sent you the confirmation link again. Open it in the browser you signed up with to keep your password.
error-account-closed = This account is closed and waiting to be deleted. To keep it, open the “Keep my account” link we emailed you.
error-min-age = You need to be at least { $age } to use Obscura.

## Two-step verification and passkeys
error-two-step-code-empty = Enter the 6-digit code from your authenticator app, or one of your recovery codes.
error-two-step-code-wrong = { $left ->
    [one] That code is not right, or it was already used. { $left } try left.
   *[other] That code is not right, or it was already used. { $left } tries left.
}
error-two-step-closed = That code is not right either. For your safety, this sign-in is closed: start again.
error-sign-in-again-then = { $minutes ->
    [one] For your safety, sign out and sign in again, then make this change within { $minutes } minute.
   *[other] For your safety, sign out and sign in again, then make this change within { $minutes } minutes.
}
error-recovery-needs-app = Recovery codes come with two-step verification: set up an authenticator app first.
error-totp-already = An authenticator app is already set up. Remove it first to use another one.
error-totp-not-started = There is no authenticator app being set up. Start again.
error-totp-code-empty = Enter the 6-digit code your app shows.
error-totp-code-wrong = That code is not right. Check that your device's clock is right and type the code your app shows now.
error-passkey-unavailable = Passkeys are not available on this server: its public address is not a domain name.
error-passkey-name-empty = Give this passkey a name, such as the device it is on.
error-passkey-name-too-long = { $max ->
    [one] Keep the name to { $max } character.
   *[other] Keep the name to { $max } characters or fewer.
}
error-passkey-too-many = { $max ->
    [one] An account can have { $max } passkey. Remove it first.
   *[other] An account can have at most { $max } passkeys. Remove one first.
}
error-passkey-not-added = This passkey could not be added. Try again, or try another device.
error-passkey-duplicate = This passkey is already registered.
error-passkey-none = This account has no passkey.
error-passkey-not-verified = The passkey could not be verified. Try again, or use another way to sign in.

## Uploads
error-upload-type = This file is not a PNG, JPEG or WebP image.
error-upload-corrupt = This image could not be read. Is the file complete?
error-upload-bytes = The file is larger than { $mb } MB.
error-upload-pixels = The image has too many pixels: at most { $megapixels } megapixels are accepted.
error-upload-side = The image is too large: at most { $side } pixels on a side and { $megapixels } megapixels are accepted.
error-attachment-type = This file type is not supported: upload a PNG, JPEG or WebP image.
error-attachment-corrupt = The image is damaged and cannot be read.
error-attachment-bytes = The image is too large: at most { $mb } MB is accepted.
error-attachment-larger = The image is larger than { $mb } MB.

## Support
error-support-topic = Choose what your message is about.
error-support-message-short = { $min ->
    [one] Write at least { $min } character, so that we can help.
   *[other] Write at least { $min } characters, so that we can help.
}
error-support-message-long = Keep it to { $max } characters or fewer (it has { $count } now).
error-request-kind = Choose the kind of request.
error-request-channel = Say how it came in (email, letter, phone…).
error-request-future = The day it was received cannot be in the future.
error-request-received = Enter the day it was received, like 2026-03-01.
error-reply-empty = Write the reply first.

## Privacy
error-erasure-confirm = Type { $word } in capitals to confirm.

## Payments (admin) and API usage filters
error-payments-date = Use a date such as 2026-12-31.
error-payments-range = The end is before the start.
error-usage-day = A day is written YYYY-MM-DD.
error-usage-range = The first day must not be after the last.
error-usage-too-long = { $max ->
    [one] Choose at most { $max } day (usage is kept 12 months).
   *[other] Choose at most { $max } days (usage is kept 12 months).
}
error-usage-key = Choose one of your keys.
error-usage-outcome = Choose all, succeeded or failed.

## API keys and webhooks
error-key-name-empty = Name the key after where it is used, e.g. “nightly renders”.
error-key-name-too-long = { $max ->
    [one] A name takes at most { $max } character.
   *[other] A name takes at most { $max } characters.
}
error-key-name-control = The name contains invisible control characters.
error-key-scope = Choose among the scopes offered.
error-key-scope-none = Choose at least one thing the key may do.
error-key-expiry = Choose one of the expiry periods offered, or never.
error-key-cap = A cap is a whole number of credits from 1 to 10,000,000, or empty for none.
error-webhook-url-empty = Enter the https address events should be sent to.
error-webhook-url-too-long = An address is at most { $max } characters.
error-webhook-url-shape = That is not a full address, such as https://example.com/hooks/obscura.
error-webhook-url-fragment = Leave out the #fragment: it is never sent.
error-webhook-url-https = Use an https:// address: events carry signed data.
error-webhook-url-credentials = Leave the user name and password out of the address; check the signature instead.
error-webhook-url-private = That address is on a private network or this machine; events go to public addresses only.
error-webhook-url-refused = That address cannot receive events.
error-webhook-events = Choose events from the list.
error-webhook-events-none = Choose at least one event to receive.
error-publish-reconnect = Reconnect { $platform } in Settings → Connections first.
error-publish-targets = Choose among your connected pages, boards and profiles.
error-publish-targets-none = Choose at least one place to publish to.
error-publish-caption = Write a caption.
error-publish-alt = Describe the image for people who cannot see it.
error-publish-alt-too-long = { $platform } takes alt text up to { $limit } characters.
error-connection-targets = Choose among this connection's pages, boards or profiles.
error-connection-one-board = Choose one board.
error-form-out-of-date = This form is out of date. Reload the page and try again.

## Generation
error-model = Choose one of the models offered.
error-trial-model = Choose one of the models offered for the trial.
error-prompt-empty = Describe the image you want.
error-prompt-too-long = Your prompt is { $count } characters long; { $model } takes at most { $max }.
error-prompt-control = The prompt contains invisible control characters; please retype it.
error-negative-too-long = The negative prompt takes at most { $max } characters.
error-negative-control = The negative prompt contains invisible control characters.
error-size = Choose one of the sizes { $model } offers.
error-quality = Choose one of the qualities { $model } offers.
error-count-range = { $max ->
    [one] This model makes { $max } image at a time.
   *[other] Choose between 1 and { $max } images.
}
error-seed = A seed is a whole number from 0 to { $max }, or empty for a random one.
error-reference-gone = That image is no longer available as a reference.
error-reference-not-taken = { $model } does not take a reference image.
error-retry-impossible = That generation cannot be retried.

## Refusals (failure.rs)
error-busy = The server is busy with other images. Please send the form again in a moment.
error-wait-seconds = { $seconds ->
    [one] Too many attempts. Please wait { $seconds } second and try again.
   *[other] Too many attempts. Please wait { $seconds } seconds and try again.
}
error-wait-minutes = { $minutes ->
    [one] Too many attempts. Please wait { $minutes } minute and try again.
   *[other] Too many attempts. Please wait { $minutes } minutes and try again.
}
error-not-verified = Confirm your email address first: open the link we sent when you signed up (you can ask for a new one in Settings → Profile).
error-attempt-gone = This attempt expired or was already used. Start again.
error-billing-item = Choose one of the packs or plans on this page.
error-billing-no-customer = There is nothing to manage yet: your card and plan appear here after your first purchase.
error-billing-subscribed = You already have a plan. Change or cancel it with “Manage card and plan”.
error-billing-unavailable = Payments cannot be started right now. Nothing was charged; please try again in a few minutes.
error-billing-rate-limited = { $seconds ->
    [one] You have opened several payment pages in a short time. Please try again in { $seconds } second.
   *[other] You have opened several payment pages in a short time. Please try again in { $seconds } seconds.
}
error-refund-amount = Give an amount up to { $left }, like 12.50, or leave it empty to refund all of it.
error-refund-not-refundable = Nothing of this payment can be refunded here: it is refunded already, or disputed (answer disputes in Stripe's dashboard).
error-refund-unreachable = Stripe could not be reached. Nothing was refunded; please try again in a few minutes.
error-refund-refused = Stripe did not accept this refund, so nothing was refunded. The server's log says why (for example, a Stripe key without the right to refund).
error-social-flow = This connection attempt expired or was already used. Start again from Settings → Connections.
error-social-cancelled = Nothing was connected: the platform said you cancelled.
error-social-approvals = This account has sent many approval requests today. Please wait until tomorrow, or publish without review.
error-platform-refused = The platform refused: { $reason }
error-platform-rate-limited = The platform is limiting requests right now. Please try again in a few minutes.
error-platform-expired = The platform did not accept the connection. Start again from Settings → Connections.
error-platform-unavailable = The platform could not be reached. Please try again in a few minutes.
error-support-rate-limited = { $minutes ->
    [one] You have sent several messages already. Please try again in { $minutes } minute.
   *[other] You have sent several messages already. Please try again in { $minutes } minutes.
}
error-credits-owed = { $owed ->
    [one] A refunded payment left { $owed } credit that had already been used. New images can be made once it is settled: buying credits settles it first.
   *[other] A refunded payment left { $owed } credits that had already been used. New images can be made once they are settled: buying credits settles them first.
}
error-prompt-blocked = This prompt contains words this server does not accept.
error-prompt-blocked-charged = This prompt contains words this server does not accept. Nothing was charged.
error-credits-short = { $needed ->
    [one] This costs { $needed } credit and you have { $balance }.
   *[other] This costs { $needed } credits and you have { $balance }.
}
error-credits-short-create = { $needed ->
    [one] This costs { $needed } credit and you have { $balance }. Choose fewer images or a cheaper model, or ask us for more credits.
   *[other] This costs { $needed } credits and you have { $balance }. Choose fewer images or a cheaper model, or ask us for more credits.
}
error-export-too-soon = An export was asked for less than an hour ago.
error-erasure-sign-in-again = { $minutes ->
    [one] For your safety, sign out and sign in again, then delete your account within { $minutes } minute.
   *[other] For your safety, sign out and sign in again, then delete your account within { $minutes } minutes.
}
error-erasure-rate-limited = { $minutes ->
    [one] Too many attempts. Try again in { $minutes } minute.
   *[other] Too many attempts. Try again in { $minutes } minutes.
}
error-trial-off = This server does not offer a trial. Create an account to make images.
error-challenge-missing = Please complete the check that you are a person (it needs JavaScript), then send the form again.
error-challenge-failed = The check that you are a person did not pass. Please try it again.
error-challenge-spent = The check that you are a person has expired or was already used. Please complete it again.
error-challenge-unavailable = The check that you are a person could not be completed right now. Please try again in a few minutes.
error-trial-limit = You have made your { $count ->
        [one] { $count } trial image
       *[other] { $count } trial images
    } for today. Create a free account to keep going (your trial images come with you), or try again in { $hours ->
        [0] { $minutes ->
            [one] { $minutes } minute
           *[other] { $minutes } minutes
        }
       *[other] { $minutes ->
            [0] { $hours ->
                [one] { $hours } hour
               *[other] { $hours } hours
            }
           *[other] { $hours } h { $minutes } min
        }
    }.
error-trial-busy = The trial has made as many images as it can this hour. Please try again later, or create a free account.
error-keys-too-many = { $max ->
    [one] An account holds at most { $max } live key. Revoke it first if you no longer use it.
   *[other] An account holds at most { $max } live keys. Revoke one you no longer use first.
}

## Error codes in words (when nothing more specific is said)
error-code-not-found = Not found.
error-code-unauthenticated = Sign-in required.
error-code-forbidden = Forbidden.
error-code-validation = Invalid input.
error-code-conflict = Conflict.
error-code-rate-limited = Too many requests.
error-code-unavailable = Temporarily unavailable.
error-code-internal = Something went wrong on our side. Please try again.
error-code-insufficient-credits = Insufficient credits.
error-code-content-rejected = Content rejected.
error-code-gone = Gone.
error-code-malformed = Malformed request.
error-code-too-large = Too large.
error-network = We can't reach Obscura right now. Check your connection; we'll retry.
error-request-not-understood = The request was not understood.
error-session-ended = Your session has ended. Please sign in again.
error-page-missing = This page doesn't exist.
error-internal-later = Something went wrong on our side. Please try again later.
error-page-title = Something went wrong · Obscura
error-form-too-large = The form is too large.
error-form-unreadable = The form could not be read.
error-daily-cap = A cap is a whole number of credits, at least 1 (leave it empty for none).
error-webhook-not-verified = Confirm your email address first: use the link we sent you.
error-avatar-too-small = This image is too small: use one of at least 32 × 32 pixels.
error-avatar-not-converted = This image could not be converted.
error-avatar-missing = Choose an image file to upload.
error-avatar-rate-limited = { $minutes ->
    [one] You have changed your picture several times already. Please try again in { $minutes } minute.
   *[other] You have changed your picture several times already. Please try again in { $minutes } minutes.
}
error-reference-too-large = The reference image is larger than { $mb } MB.
error-form-unreadable-retry = The form could not be read. Please try again.
error-account-not-deleted = Your account was not deleted.
error-share-not-made = The link was not made: check the expiry.
error-too-many-requests = { $seconds ->
    [one] Too many requests from here. Please try again in { $seconds } second.
   *[other] Too many requests from here. Please try again in { $seconds } seconds.
}
error-passkey-sign-in-first = Sign in first.
error-passkey-answer-too-large = The answer is too large.
error-passkey-answer-unreadable = The answer could not be read.
error-passkey-try-again = Please try again.
error-passkey-no-such = No such passkey.
error-no-such-session = No such session.
error-cross-site = This request came from another site, so it was refused. Go back to the page and try again.
error-service-unavailable = The service is unavailable. Please try again in a moment.
error-generation-rejected = The image service refused this prompt or reference under its content rules. Try wording it differently.
error-generation-unavailable = The image service is unavailable or busy right now. Please try again in a few minutes.
error-generation-failed = This generation could not be completed. Please try again.

## Not found (a generation or an image that is not the viewer's, or was deleted)
error-generation-not-found = This generation does not exist or was deleted.
error-image-not-found = This image does not exist or was deleted.

## Cookie settings (/cookies)
cookies-title = Cookie settings
cookies-eyebrow = Privacy
cookies-lead = Change your choice at any time. It applies to this browser.
cookies-saved = Your choice is saved.
cookies-now = Now
cookies-status-none = You haven't chosen yet: only essential cookies are used.
cookies-status-signal = Page views are not counted: your browser sends a { $signal } signal.
cookies-status-allowed = You allowed page-view counts.
cookies-status-refused = You refused page-view counts: only essential cookies are used.
cookies-withdraw = Withdraw my consent
cookies-choose = Choose
cookies-more = More
cookies-more-text = Every cookie and storage key, with what it is for and how long it lasts, is listed in the [privacy policy]. Signed in, you can see every choice you made under [Settings → Privacy].


# ─── Emails and the admin pages ───
# The account emails (server/core/src/mail/templates.rs) and the admin pages.

## Emails: greeting and layout
mail-greeting = Hello { $name },
mail-greeting-anonymous = Hello,
# The line above the link in the plain-text email.
mail-link-label = { $action }:
# What a receipt is for when no pack is named.
mail-what-credits = credits

## Email: verify
mail-verify-subject = Confirm your email address for Obscura
mail-verify-intro = Welcome to Obscura. Please confirm that this is your email address.
mail-verify-action = Confirm my address
mail-verify-expiry = The link works for 48 hours.
mail-verify-ignore = If you did not create an account, ignore this email: nothing happens without a click.

## Email: magic link
mail-magic-link-subject = Your Obscura sign-in link
mail-magic-link-intro = Someone (hopefully you) asked for a link to sign in to Obscura.
mail-magic-link-action = Sign in to Obscura
mail-magic-link-expiry = The link works once, for 15 minutes.
mail-magic-link-ignore = If you did not ask for it, ignore this email: your account stays as it is.

## Email: reset
mail-reset-subject = Reset your Obscura password
mail-reset-intro = Someone (hopefully you) asked to reset the password of your Obscura account.
mail-reset-action = Choose a new password
mail-reset-expiry = The link works once, for 30 minutes. Resetting signs out every other device.
mail-reset-ignore = If you did not ask for it, ignore this email: your password stays as it is.

## Email: email change
mail-email-change-subject = Confirm your new email address for Obscura
mail-email-change-intro = You asked to use this address for your Obscura account.
mail-email-change-action = Use this address
mail-email-change-expiry = The link works once, for 24 hours. Until then your old address stays in use.
mail-email-change-ignore = If you did not ask for it, ignore this email.

## Email: email changed
mail-email-changed-subject = The email address of your Obscura account was changed
mail-email-changed-intro = Your Obscura account now uses another email address, and this one no longer signs in.
mail-action-review-security = Review your account's security
mail-changed-by-you = If you made this change, there is nothing to do.
mail-email-changed-ignore = If you did not, reset your password from the sign-in page and write to the operator of this server.

## Email: password changed
mail-password-changed-subject = Your Obscura password was changed
mail-password-changed-intro = The password of your Obscura account was just changed, and every other device was signed out.
mail-not-you-reset = If you did not, reset your password from the sign-in page right away.

## Email: new device
mail-new-device-subject = New sign-in to your Obscura account
mail-new-device-intro = Your Obscura account was just signed in to from a device it has not used before.
mail-action-see-sessions = See where you're signed in
mail-new-device-expiry = If this was you, there is nothing to do.
mail-new-device-ignore = If it was not, end that session from your security settings and change your password.

## Email: earlier access removed
mail-earlier-access-removed-subject = Your Obscura account is now yours alone
mail-earlier-access-removed-intro = Your email address was just confirmed for the first time. Someone had signed up with it before it was confirmed, so everything set up before this moment was removed: the password chosen at sign-up, any signed-in devices and any linked Google account.
mail-earlier-access-removed-action = Set a password and review your account
mail-earlier-access-removed-expiry = If you signed up yourself in another browser, just choose your password again.
mail-earlier-access-removed-ignore = Nobody but the holder of this mailbox can use the account now.

## Email: two step added
mail-two-step-added-subject = Two-step verification is on for your Obscura account
mail-two-step-added-intro = An authenticator app was just added to your Obscura account: signing in now asks for a code from it too.
mail-two-step-added-expiry = If you made this change, keep your recovery codes somewhere safe.
mail-two-step-added-ignore = If you did not, reset your password from the sign-in page right away and write to the operator of this server.

## Email: two step removed
mail-two-step-removed-subject = Two-step verification was removed from your Obscura account
mail-two-step-removed-intro = The authenticator app of your Obscura account was just removed: signing in no longer asks for a code.
mail-two-step-removed-ignore = If you did not, reset your password from the sign-in page right away and set up two-step verification again.

## Email: recovery codes renewed
mail-recovery-codes-renewed-subject = New recovery codes for your Obscura account
mail-recovery-codes-renewed-intro = New recovery codes were just created for your Obscura account; the old ones no longer work.
mail-recovery-codes-renewed-expiry = If you made this change, keep the new codes somewhere safe.

## Email: recovery code used
mail-recovery-code-used-subject = A recovery code was used to sign in to Obscura
mail-recovery-code-used-intro = Someone just signed in to your Obscura account with one of its recovery codes. That code no longer works.
mail-recovery-code-used-expiry = If this was you, consider creating new codes if few are left.
mail-recovery-code-used-ignore = If it was not, end that session from your security settings, reset your password and create new recovery codes.

## Email: passkey added
mail-passkey-added-subject = A passkey was added to your Obscura account
mail-passkey-added-intro = A passkey was just added to your Obscura account: it can now sign in with it, and it serves as a second step after a password.
mail-passkey-added-ignore = If you did not, remove that passkey from your security settings, reset your password from the sign-in page right away and write to the operator of this server.

## Email: passkey removed
mail-passkey-removed-subject = A passkey was removed from your Obscura account
mail-passkey-removed-intro = A passkey of your Obscura account was just removed: it no longer signs in.
mail-not-you-reset-check = If you did not, reset your password from the sign-in page right away and check your security settings.

## Email: API key created
mail-api-key-created-subject = A new API key was created for your Obscura account
mail-api-key-created-intro = An API key was just created for your Obscura account. Programs holding it can use your account within its scopes, and spend your credits if it may make images.
mail-action-review-api-keys = Review your API keys
mail-api-key-created-expiry = If you made this key, there is nothing to do. Keep it secret: it was shown once and is not kept in readable form.
mail-api-key-created-ignore = If you did not, revoke it on that page at once, reset your password from the sign-in page and check your security settings.

## Email: API key revoked
mail-api-key-revoked-subject = An API key of your Obscura account was revoked
mail-api-key-revoked-intro = An API key of your Obscura account was just revoked: programs using it can no longer reach your account.

## Email: export ready
mail-export-ready-subject = Your Obscura data export is ready
mail-export-ready-intro = The archive you asked for is ready: your account details, generations (JSON and CSV), credits, shares, sessions, security and consent records, and your image files.
mail-export-ready-action = Download my data
mail-export-ready-expiry = The link works for 7 days; then the archive is deleted.
mail-export-ready-ignore = If you did not ask for it, change your password: someone may be signed in to your account.

## Email: erasure scheduled
mail-erasure-scheduled-subject = Your Obscura account will be deleted
mail-erasure-scheduled-intro = You asked to delete your Obscura account. Every session was signed out and the account is closed. When the waiting period ends, your data and images are deleted for good.
mail-erasure-scheduled-action = Keep my account
mail-erasure-scheduled-expiry = Until then this link cancels the deletion and lets you sign in again.
mail-erasure-scheduled-ignore = If you did not ask for this, open the link now and change your password.

## Email: policy change
mail-policy-change-subject = Our privacy policy changes on { $date }
mail-policy-change-intro = On { $date } the privacy policy of Obscura changes. In short: { $summary }
mail-policy-change-action = See exactly what changes
mail-policy-change-expiry = Until then the current policy applies. If you don't agree, you can export your data and delete your account in Settings → Privacy.
mail-policy-change-ignore = We send this to everyone with an account, whatever their email choices: the law asks us to.

## Email: support received
mail-support-received-subject = We received your message
mail-support-received-intro = Thank you for writing to Obscura. A person will read your message and answer by email, usually within two working days.
mail-support-received-action = Open the support page
mail-support-received-expiry = Privacy requests are answered within one month at the latest.
mail-support-received-ignore = If you did not write to us, someone used your address: ignore this email.

## Email: support reply
mail-support-reply-subject = An answer to your message to Obscura
mail-support-reply-intro = { $reply }
mail-support-reply-action = Write to us again
mail-support-reply-expiry = You can answer through the support page.
mail-support-reply-ignore = Please don't send passwords or API keys: we will never ask for them.

## Email: publish approval
mail-publish-approval-subject = Please review a post before it is published
mail-publish-approval-intro = { $requester } asks you to approve a post of an image to { $where }. Open the link to see the image and the caption, then approve or reject it.
mail-publish-approval-action = Review the post
mail-publish-approval-expiry = The link works once, for 7 days. Nothing is posted unless you approve.
mail-publish-approval-ignore = If you don't know who sent this, ignore it: nothing will be posted.

## Email: receipt
mail-receipt-subject = Your Obscura receipt: { $what }
mail-receipt-intro = Thank you. We received { $amount } for { $what }, and { $credits ->
        [one] { $credits } credit is
       *[other] { $credits } credits are
    } in your account.
mail-action-view-invoice = View the invoice
mail-receipt-expiry = The invoice carries the name, company and VAT id you gave at checkout.
mail-receipt-ignore = Your payments and invoices are also under Settings → Billing.

## Email: plan renewed
mail-plan-renewed-subject = Your Obscura plan is renewed: { $what }
mail-plan-renewed-intro = Your plan { $what } is renewed for another period: we received { $amount }, and { $credits ->
        [one] { $credits } credit is
       *[other] { $credits } credits are
    } in your account.
mail-plan-renewed-expiry = You can change or cancel the plan at any time under Settings → Billing.
mail-plan-renewed-ignore = Cancelling stops the next renewal; the current period stays yours.

## Email: payment failed
mail-payment-failed-subject = Your Obscura payment did not go through
mail-payment-failed-intro = The payment for your plan did not go through. Stripe will try again over the next days; please check your card so that your plan continues.
mail-payment-failed-action = Update my card
mail-payment-failed-expiry = Nothing is lost: your credits stay in your account.
mail-payment-failed-ignore = If you meant to stop the plan, you can cancel it on the same page.

## Email: plan ending
mail-plan-ending-subject = Your Obscura plan ends on { $date }
mail-plan-ending-intro = Your plan is cancelled and will not renew: it ends on { $date }. Until then it stays yours, with its credits.
mail-plan-ending-action = See my plan
mail-plan-ending-expiry = Changed your mind? You can resume it on the same page before that date.
mail-plan-ending-ignore = Credits from packs you bought never expire.

## Email: checkout failed
mail-checkout-failed-subject = Your Obscura payment for { $what } did not go through
mail-checkout-failed-intro = Your bank did not complete the payment for { $what }. Nothing was charged and no credits were added.
mail-checkout-failed-action = Try again
mail-checkout-failed-expiry = You can pay with another method on the billing page.
mail-checkout-failed-ignore = If you did not mean to buy, there is nothing to do.

## Admin pages: menu and notices
admin-menu = Admin
admin-menu-support = Support
admin-menu-requests = Privacy requests
admin-menu-analytics = Analytics
admin-menu-audit = Audit log
admin-menu-payments = Payments
admin-loading = Loading…
admin-notice-reply-sent = Your reply is sent by email and kept with the message.
admin-notice-message-closed = The message is closed.
admin-notice-message-reopened = The message is open again.
admin-notice-confirm-erase = Type the address of the reported account and tick the confirmation to delete it: it cannot be undone.
admin-notice-not-underage = Only a report of an underage account can lead to deleting one.
admin-notice-account-erased = The account was signed out everywhere and deleted with everything in it.
admin-notice-no-account = No account uses the address you typed.
admin-notice-admin-account = This address belongs to an admin account; it is not deleted from here.
admin-notice-request-logged = The request is logged. It is due in 30 days.
admin-notice-request-done = The request is marked as answered.
admin-notice-refund-sent = The refund is sent to Stripe. The payment and the credits change when Stripe confirms it, usually within a minute.

## Admin pages: support messages
admin-support-all = All messages.
admin-support-open = Open messages.
admin-support-show-open = Show open ones only
admin-support-show-all = Show closed ones too
admin-support-empty = No messages waiting
admin-support-empty-text = Messages sent with the support form appear here.
# After a message's date in the list.
admin-support-closed = closed
# The badge of messages about privacy.
admin-support-privacy = Privacy
admin-topic-help = Help with the studio
admin-topic-account = My account or signing in
admin-topic-billing = Credits and payments
admin-topic-bug = Something doesn't work
admin-topic-privacy = Privacy request (copy, correction, deletion, objection)
admin-topic-underage = An account of someone under the minimum age
admin-topic-other = Something else
admin-message-not-found = This message doesn't exist.
admin-message-title = Message
admin-message-from = From
admin-message-has-account = (has an account)
admin-message-received = Received
admin-message-status = Status
admin-message-open = Open
admin-message-closed = Closed
admin-message-attachment-alt = The image sent with the message
admin-message-replies = Replies sent
admin-message-reply-heading = Reply by email
admin-message-reply-label = Your reply to { $email }
admin-message-send = Send reply
admin-message-reopen = Reopen
admin-message-close = Close message
admin-underage-heading = Underage account
admin-underage-text = If the report holds, delete the account it is about. Type that account's email address as the report names it (the sender's own account is deleted only if you type its address). The account is signed out everywhere and everything in it is deleted at once. This cannot be undone, and it is kept in the audit log.
admin-underage-account = Email address of the reported account
admin-underage-confirm = I checked the report and want to delete this account.
admin-underage-submit = Disable and delete the account

## Admin pages: privacy requests
admin-requests-lead = Every request about personal data is answered within 30 days of receiving it. Requests sent with the support form are listed here by themselves; log those that came another way.
admin-requests-empty = No requests
admin-requests-log-heading = Log a request received another way
admin-requests-kind = Kind
admin-requests-choose = Choose
admin-requests-requester = Requester's email address
admin-requests-channel = Received by
admin-requests-channel-hint = Email, letter, phone…
admin-requests-received = Received on
admin-requests-notes = Notes
admin-requests-submit = Log request
admin-request-kind-access = Access or a copy
admin-request-kind-rectification = Correction
admin-request-kind-erasure = Erasure
admin-request-kind-restriction = Restriction or objection
admin-request-kind-other = Other
admin-request-answered = Answered { $date }
admin-request-overdue = Overdue since { $date }
admin-request-due = Due { $date }
# When and how a request came: "Received 2026-03-01 by Letter".
admin-request-received = Received { $date } by { $channel }
admin-request-from-support-form = the support form
admin-request-notes-support-form = Sent with the support form: see the message for what is asked.
# The link to the support message a request came with.
admin-request-message = message
admin-request-done = Mark answered

## Admin pages: analytics
admin-analytics-lead = Page views of visitors who allowed counting: totals only, nothing about anyone.
admin-analytics-period = Period
admin-analytics-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
analytics-empty = No page views counted in this period
analytics-empty-text = Views are counted only for visitors who allow it in the cookie banner, without Global Privacy Control or Do Not Track, and who have not opted out.
analytics-total = { $count ->
    [one] { $count } view from { $first } to { $last }.
   *[other] { $count } views from { $first } to { $last }.
}
analytics-chart-title = Page views per day, { $first } to { $last }
analytics-table = Views per day as a table
analytics-day = Day
analytics-page = Page
analytics-referrer = Referring site
analytics-direct = Direct or this site
analytics-device = Device
analytics-device-desktop = desktop
analytics-device-mobile = mobile
analytics-device-tablet = tablet
analytics-country = Country
analytics-unknown = Unknown
analytics-views = Views

## Admin pages: audit log
admin-audit-lead = Every admin action: who did what, to which account, message or request, when, and how it ended. Kept for 3 years.
admin-audit-empty = No admin actions recorded
# "· by <admin> · on <target>"
admin-audit-by = by
admin-audit-on = on
admin-audit-actor-cli = the command line
admin-audit-target-account = account
admin-audit-target-message = message
admin-audit-target-request = privacy request
admin-audit-target-payment = payment
admin-audit-pages = Pages
admin-audit-newer = Newer
admin-audit-older = Older
admin-audit-action-reply = Replied to a message
admin-audit-action-close = Closed a message
admin-audit-action-reopen = Reopened a message
admin-audit-action-erase-underage = Deleted a reported underage account
admin-audit-action-request-logged = Logged a privacy request
admin-audit-action-request-done = Marked a privacy request answered
admin-audit-action-grant-admin = Made an account admin
admin-audit-action-refund = Refunded a payment
admin-audit-action-credit-adjust = Adjusted credits
admin-audit-action-suspend = Suspended an account
admin-audit-action-unsuspend = Lifted a suspension
admin-audit-action-revoke-admin = Took back an admin role
admin-audit-action-end-sessions = Ended sessions of an account
admin-audit-action-delete-account = Deleted an account
admin-audit-action-report-dismiss = Dismissed a report
admin-audit-action-share-take-down = Took a share down
admin-audit-action-blocklist-change = Changed the blocklist
admin-audit-action-model-change = Changed a model’s settings
admin-audit-target-share = share
admin-audit-target-report = report
admin-audit-target-model = model
admin-audit-target-settings = settings
admin-audit-reason = Reason:
# How an action ended (English shows the stored code).
admin-audit-outcome-done = done
admin-audit-outcome-refused = refused
admin-audit-outcome-not-found = not found
admin-audit-outcome-invalid = invalid
admin-audit-outcome-failed = failed


# ─── Admin console: the dashboard ───

admin-dash-menu = Dashboard
admin-dash-title = Dashboard
admin-dash-lead = How the service is doing, in counts only: nobody is named here. Days are UTC days; today is counted so far.
# A period: "2026-03-01 to 2026-03-30 (UTC)".
admin-dash-range = { $first } to { $last } (UTC)
admin-dash-percent = { $value }%
# Shown instead of a failure rate when no generation finished.
admin-dash-no-rate = –
admin-dash-rate-hint = No generation finished in this period, so there is no failure rate yet.
admin-dash-total-people = Accounts
admin-dash-total-active = Active in the period
admin-dash-total-signups = Sign-ups in the period
admin-dash-total-generations = Generations in the period
admin-dash-total-failure-rate = Failure rate
admin-dash-total-cancelled = Cancelled by their owners
admin-dash-total-support = Open support messages
admin-dash-total-reports = Open reports
# A chart's accessible title: "Sign-ups per day, 2026-03-01 to 2026-03-30".
admin-dash-chart-title = { $figure }, { $first } to { $last }
admin-dash-as-table = { $figure } as a table
admin-dash-signups-heading = Sign-ups per day
admin-dash-signups-note = Accounts created each day that still exist (deleted accounts are not counted).
admin-dash-signups-empty = No sign-ups in this period. New accounts show here the day they are created.
admin-dash-signups-series = Sign-ups
admin-dash-active-heading = Active people per day
admin-dash-active-note = Accounts that signed in (from their security log) or asked for a generation that day, each counted once a day. A browser that stays signed in without generating is not counted.
admin-dash-active-empty = Nobody signed in or generated in this period.
admin-dash-active-series = Active people
admin-dash-generations-heading = Generations per day
admin-dash-generations-note = Generations asked for each day, by the provider they ran on, how many failed and how many their owners cancelled. The failure rate counts finished generations only (succeeded or failed): a cancellation is not a failure.
admin-dash-generations-empty = No generations in this period. They show here once people create images.
admin-dash-generations-series = Generations
admin-dash-failed-series = Failed
admin-dash-cancelled-series = Cancelled
admin-dash-providers-caption = Generations by provider
admin-dash-provider = Provider
admin-dash-failure-rate = Failure rate
admin-dash-provider-generations = { $provider }: generations
admin-dash-provider-failed = { $provider }: failed
admin-dash-provider-cancelled = { $provider }: cancelled
admin-dash-provider-openai = OpenAI
admin-dash-provider-replicate = Replicate
admin-dash-provider-sdwebui = Stable Diffusion WebUI
admin-dash-provider-local = Offline renderer
admin-dash-provider-unknown = Unknown
admin-dash-provider-unknown-note = “Unknown”: generations whose provider this version does not know.
admin-dash-queue-heading = Job queue now
admin-dash-queue-note = Background work (generations, exports, emails, retention) at the moment this page was made.
admin-dash-queue-healthy = Healthy: no job is waiting long.
admin-dash-queue-backlog = Backlog: the oldest job has waited { $wait } (more than { $limit }). Check that the workers run and that the providers answer.
admin-dash-queue-waiting = Waiting
admin-dash-queue-oldest = Oldest waiting for
admin-dash-queue-nothing-waits = nothing waits
admin-dash-queue-running = Running
admin-dash-queue-scheduled = Scheduled for later
admin-dash-queue-failed = Failed for good (kept for inspection)
admin-dash-seconds = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
admin-dash-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
admin-dash-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
admin-dash-credits-heading = Credits per day
admin-dash-credits-note = From the credit ledger. Granted: sign-up and purchase grants, charges given back and operators’ additions. Spent: charges for finished generations. Removed: operators’ removals, credits taken back after refunds and expired plan credits.
admin-dash-credits-empty = No credits moved in this period.
admin-dash-credits-granted = Granted
admin-dash-credits-spent = Spent
admin-dash-credits-removed = Removed
admin-dash-revenue-heading = Revenue per day
admin-dash-revenue-note = Payments by the day they were paid, with what was refunded of them since.
admin-dash-revenue-payments = All payments
admin-dash-revenue-empty = No payments in this period.
admin-dash-revenue-series = Paid ({ $currency })
admin-dash-revenue-count = Payments
admin-dash-revenue-gross = Paid
admin-dash-revenue-refunded = Refunded
# (end of admin-dashboard)

# ─── Admin console: people ───

admin-people-suspended-sign-in = This account is suspended, so it cannot be signed in to. If you think this is a mistake, contact support: { $support }
admin-people-event-suspended = Account suspended by the Obscura team
admin-people-event-unsuspended = Suspension lifted by the Obscura team
admin-error-reason-empty = Give a reason (it is kept in the audit log).
admin-people-error-code-suspended = This account is suspended.
admin-people-post-reason-suspended = The account is suspended.
admin-people-menu = People
admin-people-title = People
admin-people-lead = Find an account by part of its email address or name, or by its exact id. Newest first.
admin-people-search-label = Search
admin-people-search-hint = Part of an email address or a name (case does not matter), or an account id.
admin-people-filters = Show only
admin-people-filter-verified = Verified addresses
admin-people-filter-suspended = Suspended
admin-people-filter-admin = Admins
admin-people-filter-paid = With payments
admin-people-search-submit = Search
admin-people-search-clear = Clear search
admin-people-empty = No accounts yet
admin-people-empty-text = People appear here once they sign up.
admin-people-none-match = No one matches
admin-people-none-match-text = Try part of the address or name, or fewer filters.
admin-people-col-name = Name
admin-people-col-email = Email address
admin-people-col-joined = Joined
admin-people-col-standing = Standing
admin-people-col-credits = Credits
admin-people-pages = Pages of people
admin-people-newest = Newest
admin-people-older = Older
admin-people-badge-admin = Admin
admin-people-badge-suspended = Suspended
admin-people-badge-unverified = Unverified
admin-people-no-name = (no name)
admin-people-not-found = There is no such account.
admin-people-person-title = Person
admin-people-back = Back to people
admin-people-yes = Yes
admin-people-no = No
admin-people-fact-id = Account id
admin-people-fact-verified = Address verified
admin-people-fact-language = Language
admin-people-fact-methods = Signs in with
admin-people-fact-two-step = Two-step verification
admin-people-fact-role = Role
admin-people-fact-suspension = Suspension
admin-people-fact-closing = Closing
admin-people-method-password = password
admin-people-method-google = Google
admin-people-method-passkeys = { $count ->
    [one] { $count } passkey
   *[other] { $count } passkeys
}
admin-people-method-link = emailed links only
admin-people-role-admin = Admin
admin-people-role-user = Member
admin-people-suspended-since = Suspended since { $date }.
admin-people-not-suspended = Not suspended
admin-people-closing = Closed by its owner; deleted on { $date } unless they keep it.
admin-people-credits = Credits
admin-people-balance = { $count ->
    [one] Balance: { $count } credit
   *[other] Balance: { $count } credits
}
admin-people-ledger = Latest ledger rows
admin-people-ledger-none = No ledger rows yet.
admin-people-col-kind = Kind
admin-people-col-delta = Change
admin-people-col-date = Date
admin-people-col-reference = Reference
admin-people-ledger-grant = Grant
admin-people-ledger-reserve = Reserved
admin-people-ledger-capture = Charged
admin-people-ledger-release = Released
admin-people-ledger-refund = Refund
admin-people-ledger-adjust = Adjustment
admin-people-ledger-clawback = Taken back
admin-people-ledger-expire = Expired
admin-people-adjust-heading = Adjust credits
admin-people-adjust-lead = One ledger row, marked “adjustment by support” in the person’s own records; your reason stays in the audit log.
admin-people-direction = Adjustment
admin-people-direction-add = Add credits
admin-people-direction-remove = Remove credits
admin-people-amount = Credits
admin-people-adjust-confirm = I have checked the amount and the account.
admin-people-adjust-submit = Adjust credits
admin-people-reason-label = Reason
admin-people-reason-hint = Kept in the audit log with this action (up to 500 characters).
admin-people-sessions = Sessions
admin-people-sessions-none = No live sessions.
admin-people-sessions-lead = Give a reason, tick the box, then end one session or all of them. The person is signed out there at once.
admin-people-sessions-confirm = End the session I choose below.
admin-people-col-device = Device
admin-people-col-last-seen = Last seen
admin-people-col-started = Started
admin-people-col-actions = Actions
admin-people-session-end = End
admin-people-session-end-label = End the session on { $device }
admin-people-sessions-end-all = End all sessions
admin-people-generations = Generations
admin-people-generations-lead = Counts only: prompts and images stay private.
admin-people-col-status = Status
admin-people-col-recent = Last 30 days
admin-people-col-all = All time
admin-people-status-queued = Waiting
admin-people-status-running = Running
admin-people-status-succeeded = Succeeded
admin-people-status-failed = Failed
admin-people-payments = Payments
admin-people-payments-none = No payments.
admin-people-payments-all = Open in Payments
admin-people-support = Support history
admin-people-support-none = No messages to support.
admin-people-reports = Reports about their shares
admin-people-reports-none = No reports about their shares.
admin-people-standing = Standing
admin-people-own-account = This is your own account: suspending it, changing its role or deleting it is done by another admin.
admin-people-suspend-heading = Suspend
admin-people-suspend-lead = Ends every session, refuses sign-in and API keys with a message pointing to support, takes the shares offline and holds scheduled social posts. Nothing is deleted.
admin-people-suspend-confirm = Suspend this account.
admin-people-suspend-submit = Suspend account
admin-people-suspend-admin = An admin’s account cannot be suspended: take the admin role back first.
admin-people-unsuspend-heading = Lift the suspension
admin-people-unsuspend-lead = The person can sign in again and their shares come back (unless one was taken down).
admin-people-unsuspend-confirm = Lift the suspension of this account.
admin-people-unsuspend-submit = Lift suspension
admin-people-grant-heading = Make admin
admin-people-grant-lead = Admins see every console page and act on every account. They sign in with a second step when the server asks for it.
admin-people-grant-confirm = Give this account the admin role.
admin-people-grant-submit = Make admin
admin-people-revoke-heading = Take the admin role back
admin-people-revoke-lead = The account becomes a member at once. The last admin keeps the role.
admin-people-revoke-confirm = Take the admin role back from this account.
admin-people-revoke-submit = Take admin role back
admin-people-delete-heading = Delete account
admin-people-delete-lead = Deletes the account now, with its images, shares, credits and sessions — the same as when a person deletes their own account. It cannot be undone.
admin-people-delete-admin = An admin’s account cannot be deleted here: take the admin role back first.
admin-people-delete-email = Type the account’s email address ({ $email }) to confirm
admin-people-delete-confirm = Delete this account and everything in it.
admin-people-delete-submit = Delete account
admin-people-error-confirm = Tick the box to confirm.
admin-people-error-direction = Choose whether to add or remove credits.
admin-people-error-amount = Enter a whole number of credits from 1 to { $max }.
admin-people-error-more-than-balance = { $balance ->
    [one] That is more than the balance: the account has { $balance } credit.
   *[other] That is more than the balance: the account has { $balance } credits.
}
admin-people-error-email-mismatch = This is not the account’s email address.
admin-people-error-yourself = Not on your own account: ask another admin.
admin-people-error-admin-account = This is an admin’s account: take the admin role back first.
admin-people-error-last-admin = This is the last admin: make someone else admin first.
admin-people-error-suspended-admin = This account is suspended: lift the suspension first.
admin-people-error-unverified-admin = This account’s address is not verified: only a verified account can be made admin.
admin-people-notice-credits-adjusted = Credits adjusted.
admin-people-notice-credits-already = This adjustment was already recorded: nothing changed.
admin-people-notice-suspended = Account suspended: its sessions ended and its shares are offline.
admin-people-notice-unsuspended = Suspension lifted.
admin-people-notice-unchanged = Nothing to change: the account was already so.
admin-people-notice-admin-granted = The account is now an admin.
admin-people-notice-admin-revoked = The admin role was taken back.
admin-people-notice-sessions-ended = Sessions ended.
admin-people-notice-deleted = Account deleted.
# (end of admin-people)

# ─── Reports of shared images ───

report-link = Report this image
report-title = Report an image
report-lead = Tell us what is wrong with this image. We review every report, and the person who shared it is never told who sent it.
report-image-alt = The image you are reporting
report-reason-legend = What is wrong with it?
report-reason-child-safety = Sexual content involving minors
report-reason-intimate-imagery = Intimate images shared without consent
report-reason-violence = Violence or gore
report-reason-hate = Hate or harassment
report-reason-privacy = My likeness or personal data used without my consent
report-reason-copyright = Copyright or trademark infringement
report-reason-spam = Spam or a scam
report-reason-other = Something else
report-details-label = Details
report-details-hint = Anything that helps us decide, in at most { $max } characters.
report-email-label = Your email address
report-email-hint = Only to tell you the outcome. It is never shown to the person who shared the image.
report-submit = Send report
report-back = Back to the image
report-error-reason = Choose what is wrong with the image.
report-thanks-title = Thank you for your report
report-thanks-text = We received it and will review the image. If you gave your email address, we will write to you once we have decided.
report-share-again-refused = This image was taken down after a report and cannot be shared again. If you think this is a mistake, write to us through the support page.
report-gone-title = No longer available
report-gone-heading = This image is no longer available.
report-gone-text = The link you followed does not lead to an image any more.
report-share-taken-down = Taken down after a report: { $reason }
report-share-appeal = Think this is a mistake?
report-share-appeal-link = Write to us (topic “Account”)
report-admin-menu = Reports
report-admin-lead = Reports of shared images sent from share pages. Dismiss a report, take the share down, or take it down and suspend its owner.
report-admin-filter = Which reports
report-admin-filter-open = Open ({ $count })
report-admin-filter-decided = Decided ({ $count })
report-admin-filter-all = All
report-admin-empty = No reports here.
report-admin-empty-text = Reports sent with “Report this image” on share pages appear here.
report-admin-col-reason = Reason
report-admin-col-received = Received
report-admin-col-status = Status
report-admin-col-share = Share
report-admin-others = { $count ->
    [one] { $count } more open
   *[other] { $count } more open
}
report-status-open = Open
report-status-dismissed = Dismissed
report-status-taken-down = Taken down
report-status-owner-suspended = Taken down, owner suspended
report-admin-newer = Newer
report-admin-older = Older
report-admin-pages = Pages of reports
report-admin-title = Report
report-admin-back = All reports
report-admin-not-found = This report does not exist.
report-admin-received = Received
report-admin-status = Status
report-admin-reporter = Reporter’s email
report-admin-reporter-none = Not given
report-admin-reporter-account = (signed in when reporting)
report-admin-owner = Owner
report-admin-share = Share
report-admin-share-down = (taken down)
report-admin-details = Details
report-admin-no-details = None given.
report-admin-image = Reported image
report-admin-image-gone = The image no longer exists.
report-admin-prompt = Prompt
report-admin-others-heading = Other reports of this share
report-admin-decision-heading = Decision
report-admin-decided-at = Decided
report-admin-decision-reason = Reason given
report-admin-note = Note to the owner
report-admin-decide-heading = Decide
report-admin-decision-legend = Decision
report-decision-dismiss = Dismiss: nothing to act on
report-decision-take-down = Take the share down (its owner is emailed)
report-decision-suspend-owner = Take the share down and suspend its owner
report-admin-why-label = Reason (kept in the audit log)
report-admin-note-label = Note to the owner
report-admin-note-hint = Sent with a take-down in the owner’s email. Never name the reporter.
report-admin-confirm = I confirm the take-down (and the suspension, if chosen).
report-admin-submit = Decide
report-error-decision = Choose a decision.
report-error-confirm = Tick the box to confirm the take-down.
report-error-already-decided = This report was decided already; nothing changed.
report-error-owner-admin = The owner is an admin. Take their role back before suspending them; nothing changed.
report-notice-dismissed = The report was dismissed.
report-notice-taken-down = The share was taken down and its owner told.
report-notice-owner-suspended = The share was taken down and its owner suspended.
report-mail-note = A note from our team: { $note }
report-mail-taken-down-subject = One of your shared images was taken down
report-mail-taken-down-intro = After a report, we reviewed one of your shared images and took its public link down: it no longer works. The image itself stays in your gallery. Why: { $summary }
report-mail-taken-down-action = See the image
report-mail-taken-down-appeal = If you think this is a mistake, write to us through the support page ({ $support }) and choose the topic “Account”.
report-mail-taken-down-closing = While this decision stands, the image cannot be shared again.
report-mail-outcome-subject = Your report to Obscura
report-mail-acted-intro = Thank you for reporting a shared image. We reviewed it and took action under our rules.
report-mail-dismissed-intro = Thank you for reporting a shared image. We reviewed it and found no reason to act under our rules.
report-mail-outcome-action = Contact support
report-mail-outcome-private = We do not share more about the decision.
report-mail-outcome-closing = You receive this email because your address was given with a report. If that was not you, ignore it: we delete the address within 30 days.
report-fact-name = Reports of shared images: the reason, the details written, the reporter’s email address if given, their account if signed in, and our decision with its reason
report-fact-purpose = To act on illegal or harmful images shared from Obscura, and to tell the people concerned.
report-fact-basis = Legitimate interest in keeping the service safe (Art. 6(1)(f) GDPR), and legal obligations to act on illegal content (Art. 6(1)(c) GDPR)
report-fact-retention = Open reports until decided; dismissed reports 6 months after the decision; take-downs 3 years, or until the owner’s account is deleted; the reporter’s email address 30 days after the decision.

# (end of reports)

# ─── Admin console: blocklist and models ───

admin-settings-menu = Settings
admin-settings-title = Settings
admin-settings-lead = The blocklist and the models, stored in the database. A change takes effect on every server process within seconds and is written to the audit log with your reason. Providers, their names for models and their keys stay in the configuration (they need a restart).
admin-settings-never-changed = Not changed in the console yet: the configuration’s values.
admin-settings-changed = Last changed on { $date } by { $by }.
admin-settings-blocklist-heading = Blocklist
admin-settings-blocklist-matching = A prompt is refused when it contains a term as whole words, whatever the case and punctuation: “art” does not refuse “party”, and “blocked-word” refuses “Blocked word”. Prompts are checked when they are submitted and again just before they are sent to a provider.
admin-settings-term-count = { $count ->
    [one] 1 term
   *[other] { $count } terms
}
admin-settings-terms-label = Terms, one per line
admin-settings-terms-hint = At most { $max } terms of up to 100 characters each. Blank lines and repeated terms are dropped; upper case is lowered.
admin-settings-reason-label = Reason for this change (kept in the audit log)
admin-settings-blocklist-save = Save the blocklist
admin-settings-test-heading = Test a prompt
admin-settings-test-lead = Whether a text would be refused by the blocklist in effect now. Nothing is stored or logged.
admin-settings-test-label = Text to test
admin-settings-test-submit = Test
admin-settings-test-blocked = This text would be refused.
admin-settings-test-passes = This text would go through.
admin-settings-models-heading = Models
admin-settings-models-lead = A model that is not offered disappears from the create page, the trial and the API; requests for it are refused, and requests already queued still run. At least one model stays offered.
admin-settings-models-empty = No model is configured.
admin-settings-col-id = Id
admin-settings-col-provider = Provider
admin-settings-col-label = Name
admin-settings-col-cost = Credits per image
admin-settings-col-max = Most images
admin-settings-col-offered = Offered
admin-settings-offered-yes = Yes
admin-settings-offered-no = No
admin-settings-model-legend = Model { $model }
admin-settings-label-label = Name (1 to { $max } characters)
admin-settings-cost-label = Credits per image (1 to { $max })
admin-settings-max-label = Most images per request (1 to { $max })
admin-settings-enabled-label = Offered to people
admin-settings-model-save = Save { $model }
admin-settings-notice-blocklist-saved = The blocklist was saved. It is in effect on every server within seconds.
admin-settings-notice-blocklist-cleaned = The blocklist was saved; blank lines and repeated terms were dropped.
admin-settings-notice-model-saved = The model’s settings were saved. They are in effect on every server within seconds.
admin-settings-error-term-long = Line { $line } is longer than { $max } characters.
admin-settings-error-too-many = The list has { $count } terms; at most { $max } are allowed.
admin-settings-error-label = A name has 1 to { $max } characters, without control characters.
admin-settings-error-cost = A cost is a whole number of credits from 1 to { $max }.
admin-settings-error-max-count = Enter a whole number from 1 to { $max }.
admin-settings-error-last-model = This is the last model offered: offer another model first.
admin-settings-error-model-off = { $model } is not offered at the moment. Choose another model.

# (end of admin-settings)

# ─── ComfyUI ───
comfyui-provider-name = ComfyUI
comfyui-fact-name = ComfyUI server run by the operator of this service
comfyui-fact-location = The operator’s own ComfyUI server at { $host }. It is not a third-party service unless the operator has pointed this address at one.
# (end of comfyui)

# ─── The built-in image engine (candle) ───
local-engine-fact-name = Built-in image engine (on this server)
local-engine-fact-purpose = Generates the images you ask for with: { $models }. The model runs inside this server’s own process.
local-engine-fact-data = The prompt, the negative prompt, the size and settings, and the reference image if you add one. They are processed in this server’s memory and sent to no one.
local-engine-fact-location = This server. Prompts and images are processed on the operator’s own server and are not sent to any other service.
# (end of local-engine)

# ─── Progress and cancellation of generations ───
gen-queue-cancelled = Cancelled — your credits were given back
gen-queue-steps = Step { $done } of { $total }
gen-queue-steps-label = Progress
gen-queue-cancel = Cancel
gen-queue-cancel-label = Cancel this generation
gen-queue-cancelling = Stopping…
gen-queue-finished = This generation has already finished, so it can no longer be cancelled.
gen-queue-status-cancelled = Cancelled
# (end of gen-queue)

# ─── The privacy policy, the terms and the policy versions ───
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

## Formats: how this language writes numbers, sizes, money and dates (read by the code, not shown alone)
format-group = ,
format-decimal = .
format-unit-space = {" "}
format-byte-units = B KB MB GB
format-months = Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
format-date = { $day } { $month } { $year }
format-money = { $kind ->
    [sign] { $symbol }{ $amount }
   *[code] { $symbol } { $amount }
}
