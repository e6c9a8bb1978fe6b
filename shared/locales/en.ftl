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
