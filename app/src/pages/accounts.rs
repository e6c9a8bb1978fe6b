//! Sign-up, sign-in (password, emailed link, Google), password reset, and the pages emailed
//! links land on. Every form posts to the server and works without JavaScript; a form with
//! mistakes comes back with field-level messages and the other fields still filled.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::{Language, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, fields},
    routes, testids,
};

use crate::{
    components::form::{Field, FormNotice, Notice},
    forms::{LinkKind, LinkLanding, LinkProblem, feedback},
    site_info,
};

/// Form ids, so the server can say which form its feedback is for.
pub mod forms {
    /// `/login`.
    pub const LOGIN: &str = "login";
    /// `/signup`.
    pub const SIGNUP: &str = "signup";
    /// `/reset`.
    pub const RESET: &str = "reset";
    /// The new-password form a reset link lands on.
    pub const RESET_CONFIRM: &str = "reset-confirm";
    /// The age confirmation of a new Google account.
    pub const GOOGLE_SIGNUP: &str = "google-signup";
}

/// Notices shown after a redirect, by their `?notice=` key.
#[must_use]
pub fn notice_text(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "signed-out" => ("ok", "You are signed out."),
        "link-sent" => (
            "ok",
            "If an account uses this address, a sign-in link is on its way. It works once, for 15 minutes.",
        ),
        "reset-sent" => (
            "ok",
            "If an account uses this address, a link to choose a new password is on its way. It works for 30 minutes.",
        ),
        "sign-in-needed" => ("info", "Sign in to continue."),
        "account-closed" => (
            "ok",
            "Your account is closed and every session signed out. We emailed you a link that keeps it, in case you change your mind before it is deleted.",
        ),
        "account-erased" => (
            "ok",
            "Your account and everything in it are deleted. Thank you for having used Obscura.",
        ),
        "session-ended" => ("info", "Your session has ended. Sign in again to continue."),
        "two-step-expired" => (
            "error",
            "That sign-in waited too long for its code, or had too many wrong codes. Sign in again.",
        ),
        "google-unverified" => (
            "error",
            "Google has not verified this email address, so it cannot be used to sign in here. Verify it with Google first, or sign in another way.",
        ),
        "google-no-email" => (
            "error",
            "Google did not share an email address, which an account needs. Try another way to sign in.",
        ),
        _ => return None,
    })
}

/// The `?notice=` of the current URL as a notice, if known.
#[component]
fn QueryNotice() -> impl IntoView {
    let query = use_query_map();
    let key = query.with_untracked(|q| q.get("notice"));
    key.as_deref()
        .and_then(notice_text)
        .map(|(tone, text)| view! { <Notice tone>{text}</Notice> })
}

/// A local path to continue to after signing in (anything else is ignored).
#[must_use]
pub fn safe_next(next: Option<&str>) -> Option<String> {
    next.filter(|n| n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\"))
        .filter(|n| n.len() <= 200 && !n.chars().any(char::is_control))
        .map(str::to_owned)
}

fn google_enabled() -> bool {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports().is_ok_and(|p| p.accounts.google_enabled())
    }
    #[cfg(not(feature = "ssr"))]
    {
        false
    }
}

fn passkeys_enabled() -> bool {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports().is_ok_and(|p| p.accounts.passkeys_enabled())
    }
    #[cfg(not(feature = "ssr"))]
    {
        false
    }
}

fn google_mark() -> impl IntoView {
    view! {
        <svg class="h-5 w-5" viewBox="0 0 24 24" aria-hidden="true">
            <path fill="#4285F4" d="M23.5 12.3c0-.8-.1-1.6-.2-2.3H12v4.5h6.5a5.6 5.6 0 0 1-2.4 3.7v3h3.9c2.3-2.1 3.5-5.2 3.5-8.9z" />
            <path fill="#34A853" d="M12 24c3.2 0 6-1.1 8-2.9l-3.9-3c-1.1.7-2.5 1.2-4.1 1.2-3.1 0-5.8-2.1-6.7-5H1.3v3.1A12 12 0 0 0 12 24z" />
            <path fill="#FBBC05" d="M5.3 14.3a7.2 7.2 0 0 1 0-4.6V6.6h-4a12 12 0 0 0 0 10.8l4-3.1z" />
            <path fill="#EA4335" d="M12 4.8c1.8 0 3.3.6 4.6 1.8l3.4-3.4A12 12 0 0 0 1.3 6.6l4 3.1c.9-2.8 3.6-4.9 6.7-4.9z" />
        </svg>
    }
}

/// `/login`: password, emailed link, or Google.
#[component]
pub fn Login() -> impl IntoView {
    let f = feedback(forms::LOGIN);
    let query = use_query_map();
    let next = safe_next(query.with_untracked(|q| q.get(fields::NEXT)).as_deref())
        .or_else(|| f.value(fields::NEXT))
        .unwrap_or_default();
    let google = google_enabled();
    let passkeys = passkeys_enabled().then(|| view! {
        <p class="field-error" role="alert" hidden=true data-passkey-error=""></p>
        <button type="button" hidden=true class="btn-secondary mb-4 w-full py-2.5" data-testid=testids::PASSKEY_SIGN_IN
            data-passkey-login=routes::LOGIN_PASSKEY_START data-passkey-finish=routes::LOGIN_PASSKEY_FINISH
            data-next=next.clone()>
            "Sign in with a passkey"
        </button>
    });
    view! {
        <Title text="Sign in" />
        <div class="auth-page">
            <h1>"Sign in to Obscura"</h1>
            <p class="lead">
                "New here? " <a class="link" href=routes::SIGNUP>"Create an account"</a>
            </p>
            <QueryNotice />
            <FormNotice feedback=f.clone() />
            <div class="panel">
                {passkeys}
                {google.then(|| view! {
                    <form method="get" action=routes::GOOGLE_START>
                        <input type="hidden" name=fields::NEXT value=next.clone() />
                        <button type="submit" class="btn-secondary w-full py-2.5" data-testid=testids::GOOGLE_BUTTON>
                            {google_mark()} "Continue with Google"
                        </button>
                    </form>
                    <p class="divider">"or"</p>
                })}
                <form method="post" action=routes::LOGIN novalidate=false>
                    <input type="hidden" name=fields::NEXT value=next.clone() />
                    <Field feedback=f.clone() name=fields::EMAIL label="Email address" kind="email" autocomplete="email" required=true />
                    <Field feedback=f.clone() name=fields::PASSWORD label="Password" kind="password" autocomplete="current-password" mark_optional=false />
                    <p class="mt-2 text-right text-sm"><a class="link" href=routes::RESET>"Forgot your password?"</a></p>
                    <div class="form-actions">
                        <button type="submit" name="action" value="password" class="btn-primary py-2.5">"Sign in"</button>
                        <button type="submit" name="action" value="link" class="btn-secondary py-2.5" data-testid=testids::MAGIC_LINK_BUTTON>
                            "Email me a sign-in link"
                        </button>
                    </div>
                </form>
            </div>
        </div>
    }
}

/// `/signup`: create an account.
#[component]
pub fn Signup() -> impl IntoView {
    let f = feedback(forms::SIGNUP);
    let min_age = site_info().min_age;
    let age_label = format!("I am at least {min_age} years old.");
    let google = google_enabled();
    let chosen = f
        .value(fields::LANGUAGE)
        .unwrap_or_else(|| Language::En.code().to_owned());
    let age_error = f.error(fields::AGE);
    let age_checked = f.value(fields::AGE).is_some();
    view! {
        <Title text="Create your account" />
        <div class="auth-page">
            <h1>"Create your Obscura account"</h1>
            <p class="lead">
                "Already have one? " <a class="link" href=routes::LOGIN>"Sign in"</a>
            </p>
            <QueryNotice />
            <FormNotice feedback=f.clone() />
            <div class="panel">
                {google.then(|| view! {
                    <form method="get" action=routes::GOOGLE_START>
                        <button type="submit" class="btn-secondary w-full py-2.5" data-testid=testids::GOOGLE_BUTTON>
                            {google_mark()} "Sign up with Google"
                        </button>
                    </form>
                    <p class="divider">"or with your email"</p>
                })}
                <form method="post" action=routes::SIGNUP>
                    <Field feedback=f.clone() name=fields::EMAIL label="Email address" kind="email" autocomplete="email" required=true maxlength=254 />
                    <Field feedback=f.clone() name=fields::NAME label="Full name" autocomplete="name" required=true maxlength=100 />
                    <Field feedback=f.clone() name=fields::COMPANY label="Company" autocomplete="organization" maxlength=100 />
                    <div class="field">
                        <label for="f-language">"Language"</label>
                        <p class="hint" id="f-language-hint">"For the emails we send you."</p>
                        <select class="input" id="f-language" name=fields::LANGUAGE aria-describedby="f-language-hint">
                            {Language::ALL
                                .into_iter()
                                .map(|l| view! { <option value=l.code() selected=chosen == l.code()>{l.label()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <Field
                        feedback=f.clone()
                        name=fields::PASSWORD
                        label="Password"
                        kind="password"
                        autocomplete="new-password"
                        required=true
                        minlength=PASSWORD_MIN_CHARS
                        maxlength=PASSWORD_MAX_CHARS
                        hint="At least 8 characters. A few unrelated words make a strong one."
                    />
                    <div class="check">
                        <input
                            type="checkbox"
                            id="f-age_confirmed"
                            name=fields::AGE
                            value="on"
                            checked=age_checked
                            required=true
                            aria-invalid=age_error.is_some().then_some("true")
                            aria-describedby=age_error.is_some().then_some("f-age_confirmed-error")
                        />
                        <label for="f-age_confirmed">{age_label}</label>
                    </div>
                    {age_error.map(|e| view! { <p class="field-error mt-1" id="f-age_confirmed-error"><span aria-hidden="true">"⚠"</span><span>{e}</span></p> })}
                    <p class="mt-5 text-sm text-muted">
                        "By creating an account you accept the " <a class="link" href=routes::TERMS>"terms"</a>
                        ". How we handle your data: " <a class="link" href=routes::PRIVACY>"privacy policy"</a> "."
                    </p>
                    <div class="form-actions">
                        <button type="submit" class="btn-primary py-2.5">"Create account"</button>
                    </div>
                </form>
            </div>
        </div>
    }
}

/// `/signup/sent`: check your inbox.
#[component]
pub fn SignupSent() -> impl IntoView {
    view! {
        <Title text="Check your email" />
        <div class="auth-page">
            <h1>"Check your email"</h1>
            <p class="lead">
                "We sent a message to the address you gave. Open the link in it to confirm your address and sign in. It works for 48 hours."
            </p>
            <Notice>
                "Nothing arrived after a few minutes? Look in your spam folder, or "
                <a class="link" href=routes::SIGNUP>"try again"</a>
                " with another address."
            </Notice>
        </div>
    }
}

/// `/reset`: ask for a reset link.
#[component]
pub fn ResetRequest() -> impl IntoView {
    let f = feedback(forms::RESET);
    view! {
        <Title text="Reset your password" />
        <div class="auth-page">
            <h1>"Reset your password"</h1>
            <p class="lead">"We'll email you a link to choose a new one."</p>
            <QueryNotice />
            <FormNotice feedback=f.clone() />
            <div class="panel">
                <form method="post" action=routes::RESET>
                    <Field feedback=f.clone() name=fields::EMAIL label="Email address" kind="email" autocomplete="email" required=true />
                    <div class="form-actions">
                        <button type="submit" class="btn-primary py-2.5">"Email me a link"</button>
                    </div>
                </form>
                <p class="mt-4 text-sm"><a class="link" href=routes::LOGIN>"Back to sign in"</a></p>
            </div>
        </div>
    }
}

fn problem_text(p: LinkProblem) -> (&'static str, &'static str) {
    match p {
        LinkProblem::Invalid => (
            "This link doesn't work",
            "It may be incomplete (some email apps break long links) or meant for something else. Ask for a new one.",
        ),
        LinkProblem::Expired => (
            "This link has expired",
            "For your safety, links only work for a short time. Ask for a new one.",
        ),
        LinkProblem::Used => (
            "This link was already used",
            "Each link works once. If that wasn't you, reset your password and check your security log.",
        ),
        LinkProblem::Google => (
            "Google sign-in did not complete",
            "The sign-in was interrupted, took longer than 10 minutes, or started in another browser. Please start again.",
        ),
    }
}

/// The page an emailed link lands on (rendered by the server for each link).
#[component]
pub fn LinkLandingPage() -> impl IntoView {
    let landing =
        use_context::<LinkLanding>().unwrap_or(LinkLanding::Problem(LinkProblem::Invalid));
    let f = feedback(forms::RESET_CONFIRM);
    match landing {
        LinkLanding::Problem(p) => view! { <ProblemView problem=p /> }.into_any(),
        LinkLanding::Valid { kind, token, email } => {
            let (title, lead, action, button) = match kind {
                LinkKind::MagicLink => (
                    "Sign in to Obscura",
                    "You're signing in as",
                    routes::MAGIC_LINK,
                    "Sign in",
                ),
                LinkKind::Verify => (
                    "Confirm your email address",
                    "Confirm that this address is yours:",
                    routes::VERIFY_EMAIL,
                    "Confirm and sign in",
                ),
                LinkKind::Reset => (
                    "Choose a new password",
                    "For the account",
                    routes::RESET_CONFIRM,
                    "Save password and sign in",
                ),
                LinkKind::EmailChange => (
                    "Confirm your new address",
                    "Use this address for your account:",
                    routes::EMAIL_CHANGE_CONFIRM,
                    "Use this address",
                ),
                LinkKind::KeepAccount => (
                    "Keep your account",
                    "Cancel the deletion of the account",
                    routes::ERASURE_CANCEL,
                    "Keep my account and sign in",
                ),
                LinkKind::GoogleSignup => (
                    "Create your account",
                    "You're creating an Obscura account with your Google account",
                    routes::GOOGLE_SIGNUP,
                    "Create my account",
                ),
            };
            let gf = feedback(forms::GOOGLE_SIGNUP);
            let age_error = gf.error(fields::AGE);
            let min_age = site_info().min_age;
            view! {
                <Title text=title />
                <div class="auth-page">
                    <h1>{title}</h1>
                    <p class="lead">{lead} " " <strong class="text-ink">{email}</strong></p>
                    <FormNotice feedback=f.clone() />
                    <FormNotice feedback=gf.clone() />
                    <div class="panel">
                        <form method="post" action=action>
                            <input type="hidden" name=fields::TOKEN value=token />
                            {(kind == LinkKind::GoogleSignup).then(|| view! {
                                <p class="text-sm text-muted">
                                    "We keep only your name, email address and picture address from Google: never a Google password or token."
                                </p>
                                <div class="check">
                                    <input
                                        type="checkbox"
                                        id="f-age_confirmed"
                                        name=fields::AGE
                                        value="on"
                                        required=true
                                        aria-invalid=age_error.is_some().then_some("true")
                                        aria-describedby=age_error.is_some().then_some("f-age_confirmed-error")
                                    />
                                    <label for="f-age_confirmed">{format!("I am at least {min_age} years old.")}</label>
                                </div>
                                {age_error.clone().map(|e| view! { <p class="field-error mt-1" id="f-age_confirmed-error"><span aria-hidden="true">"⚠"</span><span>{e}</span></p> })}
                                <p class="mt-4 text-sm text-muted">
                                    "By creating an account you accept the " <a class="link" href=routes::TERMS>"terms"</a>
                                    ". How we handle your data: " <a class="link" href=routes::PRIVACY>"privacy policy"</a> "."
                                </p>
                            })}
                            {(kind == LinkKind::Reset).then(|| view! {
                                <Field
                                    feedback=f.clone()
                                    name=fields::PASSWORD
                                    label="New password"
                                    kind="password"
                                    autocomplete="new-password"
                                    required=true
                                    minlength=PASSWORD_MIN_CHARS
                                    maxlength=PASSWORD_MAX_CHARS
                                    hint="At least 8 characters. Saving it signs out every other device."
                                />
                            })}
                            <div class="form-actions">
                                <button type="submit" class="btn-primary py-2.5" data-testid=testids::CONFIRM_LINK>{button}</button>
                            </div>
                        </form>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn ProblemView(problem: LinkProblem) -> impl IntoView {
    let (title, text) = problem_text(problem);
    view! {
        <Title text=title />
        <div class="auth-page" data-testid=testids::LINK_PROBLEM>
            <h1>{title}</h1>
            <p class="lead">{text}</p>
            <div class="mt-8 flex flex-wrap gap-3">
                <a class="btn-primary" href=routes::LOGIN>"Sign in"</a>
                <a class="btn-secondary" href=routes::RESET>"Reset password"</a>
            </div>
        </div>
    }
}

/// `/auth/problem`: a link or Google sign-in that did not work.
#[component]
pub fn AuthProblem() -> impl IntoView {
    let problem = match use_context::<LinkLanding>() {
        Some(LinkLanding::Problem(p)) => p,
        _ => LinkProblem::Invalid,
    };
    view! { <ProblemView problem /> }
}
