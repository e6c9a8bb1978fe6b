# Part "business" of the en catalogue (merged into ../en.ftl when the work lands).

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
docs-errors-status = `401` no key, or a wrong, revoked or expired one; `403` the key lacks the scope; `404` not found on this account (another account's ids are never revealed); `402` not enough credits, or over the key's monthly or the account's daily cap.
docs-errors-rate = Each key and each account has a request rate per minute. Every answer carries `X-RateLimit-Limit` and `X-RateLimit-Remaining`; past it, `429` with `Retry-After`.
docs-errors-idempotency = Send `Idempotency-Key` with a POST to retry it safely: the same key with the same body within 24 hours replays the first answer with `Idempotent-Replayed: true` and charges nothing more; with another body, `422`; while the first is still running, `409`.
docs-errors-pages = Lists are pages, newest first: pass the answer's `next_cursor` as `cursor` for the next one.
docs-openai-text = Code written for OpenAI's Images API works here by changing its base address to `{ $base }` and its key to an Obscura key with the generate scope: `POST /v1/images/generations`, `POST /v1/images/edits` (multipart, with the reference as `image`) and `GET /v1/models`.
docs-openai-models = Models are this server's:
docs-openai-options = (OpenAI's model names mean the first). `n`, `size`, `quality` and `response_format` (`b64_json` or `url`, a signed link) are honoured; the answer waits for the images. Errors come in OpenAI's shape, so its clients raise them as usual.
docs-code-python = OpenAI's Python client
docs-code-node = OpenAI's Node client
docs-webhooks-text = Set an https endpoint in [Settings → API] to be told when a generation ends: `generation.completed` or `generation.failed`. Each event is a POST with a JSON body (`type`, `timestamp`, `data`: the generation's id, status, image ids and cost; never the prompt), signed the Standard Webhooks way: `webhook-id`, `webhook-timestamp` and `webhook-signature` headers. Answer with any 2xx within 10 seconds; other answers are retried with growing waits (5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, 6 h) with the same id. The delivery log in the settings shows each attempt.
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
docs-one-of = One of:
docs-reference-in-english = The reference below is the API's own description, in English, the language of its field names and codes.
docs-group-generations = Generations
docs-group-images = Images
docs-group-shares = Shares

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
