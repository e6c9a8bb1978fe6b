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
