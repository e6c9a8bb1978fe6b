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
