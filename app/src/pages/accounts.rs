//! Sign-up, sign-in (password, emailed link, Google), password reset, and the pages emailed
//! links land on. Every form posts to the server and works without JavaScript; a form with
//! mistakes comes back with field-level messages and the other fields still filled.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::{Language, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, fields},
    i18n::text,
    routes, t, testids,
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

/// Notices shown after a redirect, by their `?notice=` key: (tone, message id).
#[must_use]
pub fn notice_text(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "signed-out" => ("ok", "account-notice-signed-out"),
        "link-sent" => ("ok", "account-notice-link-sent"),
        "reset-sent" => ("ok", "account-notice-reset-sent"),
        "sign-in-needed" => ("info", "account-notice-sign-in-needed"),
        "account-closed" => ("ok", "account-notice-account-closed"),
        "account-erased" => ("ok", "account-notice-account-erased"),
        "session-ended" => ("info", "account-notice-session-ended"),
        "two-step-expired" => ("error", "account-notice-two-step-expired"),
        "google-unverified" => ("error", "account-notice-google-unverified"),
        "google-no-email" => ("error", "account-notice-google-no-email"),
        _ => return None,
    })
}

/// The `?notice=` of the current URL as a notice, if known.
#[component]
fn QueryNotice() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let query = use_query_map();
    let key = query.with_untracked(|q| q.get("notice"));
    key.as_deref().and_then(notice_text).map(|(tone, id)| {
        let text = text(lang, id, &[]);
        view! { <Notice tone>{text}</Notice> }
    })
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
    let lang = use_context::<Language>().unwrap_or_default();
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
            {t!(lang, "signin-passkey")}
        </button>
    });
    view! {
        <Title text=t!(lang, "account-sign-in-title") />
        <div class="auth-page">
            <h1>{t!(lang, "signin-heading")}</h1>
            <p class="lead">
                {format!("{} ", t!(lang, "signin-new-here"))} <a class="link" href=routes::SIGNUP>{t!(lang, "signin-create-account")}</a>
            </p>
            <QueryNotice />
            <FormNotice feedback=f.clone() />
            <div class="panel">
                {passkeys}
                {google.then(|| view! {
                    <form method="get" action=routes::GOOGLE_START>
                        <input type="hidden" name=fields::NEXT value=next.clone() />
                        <button type="submit" class="btn-secondary w-full py-2.5" data-testid=testids::GOOGLE_BUTTON>
                            {google_mark()} {t!(lang, "signin-google")}
                        </button>
                    </form>
                    <p class="divider">{t!(lang, "signin-or")}</p>
                })}
                <form method="post" action=routes::LOGIN novalidate=false>
                    <input type="hidden" name=fields::NEXT value=next.clone() />
                    <Field feedback=f.clone() name=fields::EMAIL label=t!(lang, "account-email") kind="email" autocomplete="email" required=true />
                    <Field feedback=f.clone() name=fields::PASSWORD label=t!(lang, "account-password") kind="password" autocomplete="current-password" mark_optional=false />
                    <p class="mt-2 text-right text-sm"><a class="link" href=routes::RESET>{t!(lang, "signin-forgot")}</a></p>
                    <div class="form-actions">
                        <button type="submit" name="action" value="password" class="btn-primary py-2.5">{t!(lang, "account-sign-in")}</button>
                        <button type="submit" name="action" value="link" class="btn-secondary py-2.5" data-testid=testids::MAGIC_LINK_BUTTON>
                            {t!(lang, "signin-email-link")}
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
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::SIGNUP);
    let min_age = site_info().min_age;
    let age_label = t!(lang, "signup-age", age = u32::from(min_age));
    let google = google_enabled();
    // The emails' language starts as the page's.
    let chosen = f
        .value(fields::LANGUAGE)
        .unwrap_or_else(|| lang.code().to_owned());
    let age_error = f.error(fields::AGE);
    let age_checked = f.value(fields::AGE).is_some();
    view! {
        <Title text=t!(lang, "signup-title") />
        <div class="auth-page">
            <h1>{t!(lang, "signup-heading")}</h1>
            <p class="lead">
                {format!("{} ", t!(lang, "signup-have-one"))} <a class="link" href=routes::LOGIN>{t!(lang, "account-sign-in")}</a>
            </p>
            <QueryNotice />
            <FormNotice feedback=f.clone() />
            <div class="panel">
                {google.then(|| view! {
                    <form method="get" action=routes::GOOGLE_START>
                        <button type="submit" class="btn-secondary w-full py-2.5" data-testid=testids::GOOGLE_BUTTON>
                            {google_mark()} {t!(lang, "signup-google")}
                        </button>
                    </form>
                    <p class="divider">{t!(lang, "signup-or-email")}</p>
                })}
                <form method="post" action=routes::SIGNUP>
                    <Field feedback=f.clone() name=fields::EMAIL label=t!(lang, "account-email") kind="email" autocomplete="email" required=true maxlength=254 />
                    <Field feedback=f.clone() name=fields::NAME label=t!(lang, "signup-name") autocomplete="name" required=true maxlength=100 />
                    <Field feedback=f.clone() name=fields::COMPANY label=t!(lang, "signup-company") autocomplete="organization" maxlength=100 />
                    <div class="field">
                        <label for="f-language">{t!(lang, "signup-language")}</label>
                        <p class="hint" id="f-language-hint">{t!(lang, "signup-language-hint")}</p>
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
                        label=t!(lang, "account-password")
                        kind="password"
                        autocomplete="new-password"
                        required=true
                        minlength=PASSWORD_MIN_CHARS
                        maxlength=PASSWORD_MAX_CHARS
                        hint=t!(lang, "signup-password-hint")
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
                        <Accept lang />
                    </p>
                    <div class="form-actions">
                        <button type="submit" class="btn-primary py-2.5">{t!(lang, "signup-submit")}</button>
                    </div>
                </form>
            </div>
        </div>
    }
}

/// `/signup/sent`: check your inbox.
#[component]
pub fn SignupSent() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Title text=t!(lang, "signup-sent-title") />
        <div class="auth-page">
            <h1>{t!(lang, "signup-sent-title")}</h1>
            <p class="lead">
                {t!(lang, "signup-sent-lead")}
            </p>
            <Notice>
                {format!("{} ", t!(lang, "signup-sent-nothing"))}
                <a class="link" href=routes::SIGNUP>{t!(lang, "signup-sent-try-again")}</a>
                {format!(" {}", t!(lang, "signup-sent-other-address"))}
            </Notice>
        </div>
    }
}

/// `/reset`: ask for a reset link.
#[component]
pub fn ResetRequest() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::RESET);
    view! {
        <Title text=t!(lang, "reset-title") />
        <div class="auth-page">
            <h1>{t!(lang, "reset-title")}</h1>
            <p class="lead">{t!(lang, "reset-lead")}</p>
            <QueryNotice />
            <FormNotice feedback=f.clone() />
            <div class="panel">
                <form method="post" action=routes::RESET>
                    <Field feedback=f.clone() name=fields::EMAIL label=t!(lang, "account-email") kind="email" autocomplete="email" required=true />
                    <div class="form-actions">
                        <button type="submit" class="btn-primary py-2.5">{t!(lang, "reset-submit")}</button>
                    </div>
                </form>
                <p class="mt-4 text-sm"><a class="link" href=routes::LOGIN>{t!(lang, "reset-back")}</a></p>
            </div>
        </div>
    }
}

/// The terms and privacy policy a new account accepts, with their links.
#[component]
fn Accept(lang: Language) -> impl IntoView {
    view! {
        {format!("{} ", t!(lang, "signup-accept"))} <a class="link" href=routes::TERMS>{t!(lang, "signup-accept-terms")}</a>
        {format!("{} ", t!(lang, "signup-accept-data"))} <a class="link" href=routes::PRIVACY>{t!(lang, "signup-accept-privacy")}</a> "."
    }
}

/// A link problem's title and text (message ids).
fn problem_text(p: LinkProblem) -> (&'static str, &'static str) {
    match p {
        LinkProblem::Invalid => ("link-invalid-title", "link-invalid-text"),
        LinkProblem::Expired => ("link-expired-title", "link-expired-text"),
        LinkProblem::Used => ("link-used-title", "link-used-text"),
        LinkProblem::Google => ("link-google-title", "link-google-text"),
    }
}

/// The page an emailed link lands on (rendered by the server for each link).
#[component]
pub fn LinkLandingPage() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let landing =
        use_context::<LinkLanding>().unwrap_or(LinkLanding::Problem(LinkProblem::Invalid));
    let f = feedback(forms::RESET_CONFIRM);
    match landing {
        LinkLanding::Problem(p) => view! { <ProblemView problem=p /> }.into_any(),
        LinkLanding::Valid { kind, token, email } => {
            let (title, lead, action, button) = match kind {
                LinkKind::MagicLink => (
                    "signin-heading",
                    "link-magic-lead",
                    routes::MAGIC_LINK,
                    "account-sign-in",
                ),
                LinkKind::Verify => (
                    "link-verify-title",
                    "link-verify-lead",
                    routes::VERIFY_EMAIL,
                    "link-verify-button",
                ),
                LinkKind::Reset => (
                    "link-reset-title",
                    "link-reset-lead",
                    routes::RESET_CONFIRM,
                    "link-reset-button",
                ),
                LinkKind::EmailChange => (
                    "link-email-change-title",
                    "link-email-change-lead",
                    routes::EMAIL_CHANGE_CONFIRM,
                    "link-email-change-button",
                ),
                LinkKind::KeepAccount => (
                    "link-keep-title",
                    "link-keep-lead",
                    routes::ERASURE_CANCEL,
                    "link-keep-button",
                ),
                LinkKind::GoogleSignup => (
                    "signup-title",
                    "link-google-signup-lead",
                    routes::GOOGLE_SIGNUP,
                    "link-google-signup-button",
                ),
            };
            let (title, lead, button) = (
                text(lang, title, &[]),
                text(lang, lead, &[]),
                text(lang, button, &[]),
            );
            let gf = feedback(forms::GOOGLE_SIGNUP);
            let age_error = gf.error(fields::AGE);
            let min_age = site_info().min_age;
            view! {
                <Title text=title.clone() />
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
                                    {t!(lang, "link-google-signup-keep")}
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
                                    <label for="f-age_confirmed">{t!(lang, "signup-age", age = u32::from(min_age))}</label>
                                </div>
                                {age_error.clone().map(|e| view! { <p class="field-error mt-1" id="f-age_confirmed-error"><span aria-hidden="true">"⚠"</span><span>{e}</span></p> })}
                                <p class="mt-4 text-sm text-muted">
                                    <Accept lang />
                                </p>
                            })}
                            {(kind == LinkKind::Reset).then(|| view! {
                                <Field
                                    feedback=f.clone()
                                    name=fields::PASSWORD
                                    label=t!(lang, "link-reset-password")
                                    kind="password"
                                    autocomplete="new-password"
                                    required=true
                                    minlength=PASSWORD_MIN_CHARS
                                    maxlength=PASSWORD_MAX_CHARS
                                    hint=t!(lang, "link-reset-password-hint")
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
    let lang = use_context::<Language>().unwrap_or_default();
    let (title, body) = problem_text(problem);
    let (title, body) = (text(lang, title, &[]), text(lang, body, &[]));
    view! {
        <Title text=title.clone() />
        <div class="auth-page" data-testid=testids::LINK_PROBLEM>
            <h1>{title}</h1>
            <p class="lead">{body}</p>
            <div class="mt-8 flex flex-wrap gap-3">
                <a class="btn-primary" href=routes::LOGIN>{t!(lang, "account-sign-in")}</a>
                <a class="btn-secondary" href=routes::RESET>{t!(lang, "link-reset-password-button")}</a>
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
