# Part "mail" of the en catalogue (merged into ../en.ftl when the work lands).
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
# How an action ended (English shows the stored code).
admin-audit-outcome-done = done
admin-audit-outcome-refused = refused
admin-audit-outcome-not-found = not_found
admin-audit-outcome-invalid = invalid
admin-audit-outcome-failed = failed
