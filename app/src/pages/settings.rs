//! `/settings/*`: profile, email, password, sessions and the security log (the privacy center
//! and shares have their own modules).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};
use obscura_shared::{
    account::{Language, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, fields},
    i18n::text,
    privacy::IpPolicy,
    routes, t, testids,
};

use crate::{
    account::{SecurityOverview, Viewer, viewer},
    components::form::{Field, FormNotice, Notice},
    error::AppError,
    forms::feedback,
};

/// Form ids of the settings pages.
pub mod forms {
    /// Name, company, language.
    pub const PROFILE: &str = "profile";
    /// Change the email address.
    pub const EMAIL: &str = "email";
    /// Change the password.
    pub const PASSWORD: &str = "password";
    /// Upload an avatar.
    pub const AVATAR: &str = "avatar";
}

/// Notices after a redirect, by their `?notice=` key: (tone, message id).
fn notice_text(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "welcome" => ("ok", "settings-notice-welcome"),
        "earlier-access-removed" => ("info", "settings-notice-earlier-access-removed"),
        "signed-in" => ("ok", "settings-notice-signed-in"),
        "saved" => ("ok", "settings-notice-saved"),
        "avatar-saved" => ("ok", "settings-notice-avatar-saved"),
        "avatar-removed" => ("ok", "settings-notice-avatar-removed"),
        "email-sent" => ("ok", "settings-notice-email-sent"),
        "email-changed" => ("ok", "settings-notice-email-changed"),
        "password-changed" => ("ok", "settings-notice-password-changed"),
        "verification-sent" => ("ok", "settings-notice-verification-sent"),
        "session-ended" => ("ok", "settings-notice-session-ended"),
        "sessions-ended" => ("ok", "settings-notice-sessions-ended"),
        "share-revoked" => ("ok", "settings-notice-share-revoked"),
        "share-updated" => ("ok", "settings-notice-share-updated"),
        "privacy-saved" => ("ok", "settings-notice-privacy-saved"),
        "export-queued" => ("ok", "settings-notice-export-queued"),
        "export-too-soon" => ("info", "settings-notice-export-too-soon"),
        "account-kept" => ("ok", "settings-notice-account-kept"),
        "two-step-setup" => ("info", "settings-notice-two-step-setup"),
        "two-step-removed" => ("ok", "settings-notice-two-step-removed"),
        "two-step-cancelled" => ("ok", "settings-notice-two-step-cancelled"),
        "passkey-added" => ("ok", "settings-notice-passkey-added"),
        "passkey-removed" => ("ok", "settings-notice-passkey-removed"),
        "key-revoked" => ("ok", "settings-notice-key-revoked"),
        "key-unchanged" => ("info", "settings-notice-key-unchanged"),
        "cap-saved" => ("ok", "settings-notice-cap-saved"),
        "cap-removed" => ("ok", "settings-notice-cap-removed"),
        "webhook-saved" => ("ok", "settings-notice-webhook-saved"),
        "webhook-removed" => ("ok", "settings-notice-webhook-removed"),
        "webhook-test-sent" => ("ok", "settings-notice-webhook-test-sent"),
        "webhook-none" => ("info", "settings-notice-webhook-none"),
        "connected" => ("ok", "settings-notice-connected"),
        "disconnected" => ("ok", "settings-notice-disconnected"),
        "disconnected-local" => ("ok", "settings-notice-disconnected-local"),
        "targets-saved" => ("ok", "settings-notice-targets-saved"),
        "connect-cancelled" => ("info", "settings-notice-connect-cancelled"),
        "connect-expired" => ("error", "settings-notice-connect-expired"),
        "connect-failed" => ("error", "settings-notice-connect-failed"),
        "history-deleted" => ("ok", "settings-notice-history-deleted"),
        _ => return None,
    })
}

/// The entries of a side menu: (href, label). From a `&'static` table of English labels or from
/// translated labels.
#[derive(Clone, Debug, Default)]
pub struct MenuLinks(pub Vec<(&'static str, String)>);

impl From<&'static [(&'static str, &'static str)]> for MenuLinks {
    fn from(links: &'static [(&'static str, &'static str)]) -> Self {
        Self(links.iter().map(|(h, l)| (*h, (*l).to_owned())).collect())
    }
}

impl From<Vec<(&'static str, String)>> for MenuLinks {
    fn from(links: Vec<(&'static str, String)>) -> Self {
        Self(links)
    }
}

/// The (tone, text) notice of a side-menu page, from a fixed text or a translated one.
#[derive(Clone, Debug, Default)]
pub struct FrameNotice(pub Option<(&'static str, String)>);

impl From<Option<(&'static str, &'static str)>> for FrameNotice {
    fn from(notice: Option<(&'static str, &'static str)>) -> Self {
        Self(notice.map(|(tone, text)| (tone, text.to_owned())))
    }
}

impl From<Option<(&'static str, String)>> for FrameNotice {
    fn from(notice: Option<(&'static str, String)>) -> Self {
        Self(notice)
    }
}

/// A page with a side menu (settings, admin): the menu, the title and a notice.
#[component]
pub(crate) fn SideFrame(
    /// The menu's name (its landmark label and heading).
    #[prop(into)]
    menu: String,
    /// (href, label) of each entry.
    #[prop(into)]
    links: MenuLinks,
    /// The page title.
    #[prop(into)]
    title: String,
    /// (tone, text) from `?notice=`.
    #[prop(into)]
    notice: FrameNotice,
    children: Children,
) -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    // The longest entry the path is at or under is the current one (the admin dashboard,
    // `/admin`, is not current on `/admin/support`).
    let current_href = links
        .0
        .iter()
        .map(|(href, _)| *href)
        .filter(|href| path == *href || path.starts_with(&format!("{href}/")))
        .max_by_key(|href| href.len());
    let menu_label = menu.clone();
    view! {
        <Title text=title.clone() />
        <div class="settings">
            <nav aria-label=menu_label class="settings-nav">
                <p class="px-3 pb-2 text-xs font-semibold uppercase tracking-widest text-muted">{menu}</p>
                <ul class="flex flex-wrap gap-1 md:flex-col">
                    {links.0.into_iter().map(|(href, label)| {
                        let current = (current_href == Some(href)).then_some("page");
                        view! { <li><a href=href aria-current=current>{label}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
            <div class="min-w-0">
                <h1>{title}</h1>
                {notice.0.map(|(tone, text)| view! { <Notice tone>{text}</Notice> })}
                {children()}
            </div>
        </div>
    }
}

/// The settings pages' frame: the section menu, the title and a notice from `?notice=`.
#[component]
pub(crate) fn SettingsFrame(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let notice = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(notice_text)
        .map(|(tone, id)| (tone, text(lang, id, &[])));
    let links = vec![
        (routes::SETTINGS_PROFILE, t!(lang, "settings-menu-profile")),
        (
            routes::SETTINGS_SECURITY,
            t!(lang, "settings-menu-security"),
        ),
        (routes::SETTINGS_SHARES, t!(lang, "settings-menu-shares")),
        (routes::SETTINGS_PRIVACY, t!(lang, "settings-menu-privacy")),
        (routes::SETTINGS_BILLING, t!(lang, "settings-menu-billing")),
        (routes::SETTINGS_API, t!(lang, "settings-menu-api")),
        (
            routes::SETTINGS_CONNECTIONS,
            t!(lang, "settings-menu-connections"),
        ),
    ];
    view! { <SideFrame menu=t!(lang, "settings-menu") links title notice>{children()}</SideFrame> }
}

/// `/settings/profile`.
#[component]
pub fn Profile() -> impl IntoView {
    let Some(v) = viewer() else {
        return view! { <SignInNeeded /> }.into_any();
    };
    let ui = use_context::<Language>().unwrap_or_default();
    let pf = feedback(forms::PROFILE);
    let ef = feedback(forms::EMAIL);
    let wf = feedback(forms::PASSWORD);
    let af = feedback(forms::AVATAR);
    let lang = pf
        .value(fields::LANGUAGE)
        .unwrap_or_else(|| v.language.code().to_owned());
    let avatar_error = af.error(fields::AVATAR);
    let initials = v.initials();
    view! {
        <SettingsFrame title=t!(ui, "settings-profile-title")>
            <section class="panel" aria-labelledby="s-profile">
                <h2 id="s-profile">{t!(ui, "settings-profile-about")}</h2>
                <FormNotice feedback=pf.clone() />
                <form method="post" action=routes::SETTINGS_PROFILE class="mt-4">
                    <Field feedback=pf.clone() id_prefix="p" name=fields::NAME label=t!(ui, "settings-profile-name") autocomplete="name" required=true value=v.name.clone() maxlength=100 />
                    <Field feedback=pf.clone() id_prefix="p" name=fields::COMPANY label=t!(ui, "settings-profile-company") autocomplete="organization" value=v.company.clone().unwrap_or_default() maxlength=100 />
                    <div class="field">
                        <label for="p-language">{t!(ui, "settings-profile-language")}</label>
                        <select class="input" id="p-language" name=fields::LANGUAGE>
                            {Language::ALL
                                .into_iter()
                                .map(|l| view! { <option value=l.code() selected=lang == l.code()>{l.label()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="form-actions sm:flex-row">
                        <button type="submit" class="btn-primary">{t!(ui, "settings-profile-save")}</button>
                    </div>
                </form>
            </section>

            <section class="panel" aria-labelledby="s-avatar">
                <h2 id="s-avatar">{t!(ui, "settings-avatar-title")}</h2>
                <div class="mt-4 flex flex-wrap items-center gap-4">
                    {if v.has_avatar {
                        view! { <img src=routes::SETTINGS_AVATAR alt=t!(ui, "settings-avatar-alt") width="64" height="64" class="h-16 w-16 rounded-full object-cover" /> }.into_any()
                    } else {
                        view! { <span class="flex h-16 w-16 items-center justify-center rounded-full bg-accent text-xl font-bold text-on-accent" aria-hidden="true">{initials}</span> }.into_any()
                    }}
                    <form method="post" action=routes::SETTINGS_AVATAR enctype="multipart/form-data" class="flex flex-wrap items-end gap-3">
                        <div class="field">
                            <label for="a-avatar">{t!(ui, "settings-avatar-upload-label")}</label>
                            <p class="hint" id="a-avatar-hint">{t!(ui, "settings-avatar-hint")}</p>
                            <input
                                class="text-sm"
                                id="a-avatar"
                                type="file"
                                name=fields::AVATAR
                                accept="image/png,image/jpeg,image/webp"
                                required=true
                                aria-describedby=if avatar_error.is_some() { "a-avatar-hint a-avatar-error" } else { "a-avatar-hint" }
                                aria-invalid=avatar_error.is_some().then_some("true")
                            />
                            {avatar_error.clone().map(|e| view! { <p class="field-error" id="a-avatar-error"><span aria-hidden="true">"⚠"</span><span>{e}</span></p> })}
                        </div>
                        <button type="submit" class="btn-secondary">{t!(ui, "settings-avatar-upload")}</button>
                    </form>
                    {v.has_avatar.then(|| view! {
                        <form method="post" action=routes::SETTINGS_AVATAR_REMOVE>
                            <button type="submit" class="btn-ghost">{t!(ui, "settings-avatar-remove")}</button>
                        </form>
                    })}
                </div>
            </section>

            <section class="panel" aria-labelledby="s-email">
                <h2 id="s-email">{t!(ui, "settings-email-title")}</h2>
                <p class="mt-2 text-sm">
                    <strong>{v.email.clone()}</strong> " "
                    {if v.verified {
                        view! { <span class="badge">{t!(ui, "settings-email-verified")}</span> }.into_any()
                    } else {
                        view! { <span class="badge !bg-amber-100 !text-amber-950">{t!(ui, "settings-email-unverified")}</span> }.into_any()
                    }}
                </p>
                <FormNotice feedback=ef.clone() />
                <form method="post" action=routes::SETTINGS_EMAIL class="mt-4">
                    <Field feedback=ef.clone() id_prefix="e" name=fields::EMAIL label=t!(ui, "settings-email-new") kind="email" autocomplete="email" required=true />
                    {v.has_password.then(|| view! {
                        <Field feedback=ef.clone() id_prefix="e" name=fields::CURRENT_PASSWORD label=t!(ui, "settings-current-password") kind="password" autocomplete="current-password" required=true />
                    })}
                    <div class="form-actions sm:flex-row">
                        <button type="submit" class="btn-secondary">{t!(ui, "settings-email-send")}</button>
                    </div>
                </form>
            </section>

            <section class="panel" aria-labelledby="s-password">
                <h2 id="s-password">{if v.has_password { t!(ui, "settings-password-title") } else { t!(ui, "settings-password-set-title") }}</h2>
                {(!v.has_password).then(|| view! {
                    <p class="mt-2 text-sm text-muted">{t!(ui, "settings-password-none")}</p>
                })}
                <FormNotice feedback=wf.clone() />
                <form method="post" action=routes::SETTINGS_PASSWORD class="mt-4">
                    {v.has_password.then(|| view! {
                        <Field feedback=wf.clone() id_prefix="w" name=fields::CURRENT_PASSWORD label=t!(ui, "settings-current-password") kind="password" autocomplete="current-password" required=true />
                    })}
                    <Field
                        feedback=wf.clone()
                        id_prefix="w"
                        name=fields::NEW_PASSWORD
                        label=t!(ui, "settings-password-new")
                        kind="password"
                        autocomplete="new-password"
                        required=true
                        minlength=PASSWORD_MIN_CHARS
                        maxlength=PASSWORD_MAX_CHARS
                        hint=t!(ui, "settings-password-hint")
                    />
                    <div class="form-actions sm:flex-row">
                        <button type="submit" class="btn-secondary">{t!(ui, "settings-password-change")}</button>
                    </div>
                </form>
            </section>

            <section class="panel" aria-labelledby="s-google">
                <h2 id="s-google">"Google"</h2>
                <p class="mt-2 text-sm">
                    {if v.google_linked {
                        t!(ui, "settings-google-linked")
                    } else {
                        t!(ui, "settings-google-unlinked")
                    }}
                </p>
            </section>
        </SettingsFrame>
    }
    .into_any()
}

/// What the operator keeps of IP addresses, in words, above the security log.
#[must_use]
pub fn ip_policy_text(lang: Language, policy: IpPolicy) -> String {
    match policy {
        IpPolicy::Full => t!(lang, "security-ip-full"),
        IpPolicy::Hashed => t!(lang, "security-ip-hashed"),
        IpPolicy::None => t!(lang, "security-ip-none"),
    }
}

async fn load_security(v: Viewer) -> Result<SecurityOverview, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.accounts.security(&v).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = v;
        Err(AppError::internal())
    }
}

/// `/settings/security`.
#[component]
pub fn Security() -> impl IntoView {
    let Some(v) = viewer() else {
        return view! { <SignInNeeded /> }.into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let loading = t!(lang, "security-loading");
    let data = Resource::new_blocking(move || v.clone(), load_security);
    view! {
        <SettingsFrame title=t!(lang, "security-title")>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{loading.clone()}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|o| view! { <SecurityBody overview=o lang /> })
                })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}

#[component]
fn SecurityBody(overview: SecurityOverview, lang: Language) -> impl IntoView {
    let others = overview.sessions.iter().filter(|s| !s.current).count();
    view! {
        <crate::pages::mfa::TwoStepSection view=overview.two_step.clone() />
        <section class="panel" aria-labelledby="s-sessions">
            <div class="flex flex-wrap items-center justify-between gap-3">
                <h2 id="s-sessions">{t!(lang, "security-sessions-title")}</h2>
                {(others > 0).then(|| view! {
                    <form method="post" action=routes::SETTINGS_SESSIONS_END_OTHERS>
                        <button type="submit" class="btn-secondary">{t!(lang, "security-sessions-end-others")}</button>
                    </form>
                })}
            </div>
            <p class="mt-2 text-sm text-muted">{t!(lang, "security-sessions-lifetime")}</p>
            <ul class="rows" data-testid=testids::SESSION_LIST>
                {overview.sessions.into_iter().map(|s| view! {
                    <li data-current=s.current.to_string()>
                        <div class="min-w-0 flex-1">
                            <p class="font-medium">{s.device.clone()} " " {s.current.then(|| view! { <span class="badge">{t!(lang, "security-session-this-device")}</span> })}</p>
                            <p class="text-muted">
                                {format!("{} ", t!(lang, "security-session-last-active"))} <time datetime=s.last_seen_at.clone()>{s.last_seen_human.clone()}</time>
                                {format!(" · {} ", t!(lang, "security-session-signed-in"))} <time datetime=s.created_at.clone()>{s.created_at.get(..10).unwrap_or_default().to_owned()}</time>
                            </p>
                        </div>
                        {if s.current {
                            view! {
                                <form method="post" action=routes::LOGOUT>
                                    <button type="submit" class="btn-ghost">{t!(lang, "security-session-sign-out")}</button>
                                </form>
                            }.into_any()
                        } else {
                            view! {
                                <form method="post" action=routes::SETTINGS_SESSIONS_END>
                                    <input type="hidden" name=fields::SESSION value=s.id.clone() />
                                    <button type="submit" class="btn-secondary" aria-label=t!(lang, "security-session-sign-out-device", device = &s.device)>{t!(lang, "security-session-sign-out")}</button>
                                </form>
                            }.into_any()
                        }}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section class="panel" aria-labelledby="s-log">
            <h2 id="s-log">{t!(lang, "security-log-title")}</h2>
            <p class="mt-2 text-sm text-muted">{ip_policy_text(lang, overview.ip_policy)}</p>
            {if overview.events.is_empty() {
                view! { <p class="mt-4 text-sm">{t!(lang, "security-log-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="rows" data-testid=testids::SECURITY_LOG>
                        {overview.events.into_iter().map(|e| view! {
                            <li>
                                <div class="min-w-0 flex-1">
                                    <p class="font-medium">{e.label.clone()} {e.detail.clone().map(|d| format!(" · {d}"))}</p>
                                    <p class="text-muted">
                                        <time datetime=e.at.clone()>{e.at_human.clone()}</time>
                                        {e.device.clone().map(|d| format!(" · {d}"))}
                                        {e.ip.clone().map(|ip| view! { " · " <code>{ip}</code> })}
                                    </p>
                                </div>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn SignInNeeded() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Title text=t!(lang, "account-sign-in-title") />
        <div class="auth-page">
            <h1>{t!(lang, "account-sign-in-needed-heading")}</h1>
            <p class="lead">{t!(lang, "account-sign-in-needed-lead")}</p>
            <div class="mt-8"><a class="btn-primary" href=routes::LOGIN>{t!(lang, "account-sign-in")}</a></div>
        </div>
    }
}
