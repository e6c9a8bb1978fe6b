# Part "accounts" of the en catalogue (merged into ../en.ftl when the work lands).

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
