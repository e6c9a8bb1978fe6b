# Part "errors" of the en catalogue (merged into ../en.ftl when the work lands).

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
