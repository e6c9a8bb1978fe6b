//! `/settings/*`: profile, email, password, sessions and the security log (the privacy center
//! and shares have their own modules).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};
use obscura_shared::{
    account::{Language, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS, fields},
    privacy::IpPolicy,
    routes, testids,
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

fn notice_text(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "welcome" => ("ok", "Welcome to Obscura. Your email address is confirmed."),
        "earlier-access-removed" => (
            "info",
            "Your email address is confirmed and the account is yours alone. Someone had signed up with this address before it was confirmed (perhaps you, in another browser), so the password chosen then, any other signed-in devices and any linked Google account were removed. Choose a password below if you want one; you can always sign in with an emailed link.",
        ),
        "signed-in" => ("ok", "You are signed in."),
        "saved" => ("ok", "Your profile is saved."),
        "avatar-saved" => ("ok", "Your picture is saved."),
        "avatar-removed" => ("ok", "Your picture is removed."),
        "email-sent" => (
            "ok",
            "We sent a confirmation link to the new address. Your current address stays in use until you open it.",
        ),
        "email-changed" => ("ok", "Your email address is changed."),
        "password-changed" => (
            "ok",
            "Your password is changed. Every other device was signed out.",
        ),
        "verification-sent" => ("ok", "We sent you a new confirmation link."),
        "session-ended" => ("ok", "That session is signed out."),
        "sessions-ended" => ("ok", "Every other session is signed out."),
        "share-revoked" => ("ok", "That share link no longer works."),
        "share-updated" => ("ok", "The share's expiry is changed."),
        "privacy-saved" => ("ok", "Your privacy choices are saved."),
        "export-queued" => (
            "ok",
            "We're building your copy. We'll email you a link when it is ready.",
        ),
        "export-too-soon" => (
            "info",
            "You asked for a copy less than an hour ago; it is listed below.",
        ),
        "account-kept" => ("ok", "Your account is kept, and you are signed in again."),
        "two-step-setup" => (
            "info",
            "Scan the QR code below with your authenticator app, then type the code it shows.",
        ),
        "two-step-removed" => ("ok", "Two-step verification is off."),
        "two-step-cancelled" => ("ok", "The set-up is cancelled."),
        "passkey-added" => ("ok", "Your passkey is added."),
        "passkey-removed" => ("ok", "The passkey is removed."),
        "key-revoked" => (
            "ok",
            "The key is revoked: requests made with it are refused from now on.",
        ),
        "key-unchanged" => (
            "info",
            "That key was already revoked, or is not one of yours.",
        ),
        "cap-saved" => ("ok", "Your daily API limit is saved."),
        "cap-removed" => ("ok", "Your API keys have no daily limit now."),
        "webhook-saved" => ("ok", "Your webhook endpoint is saved."),
        "webhook-removed" => (
            "ok",
            "The webhook endpoint is removed: no more events are sent.",
        ),
        "webhook-test-sent" => (
            "ok",
            "A test event is on its way: its delivery appears below.",
        ),
        "webhook-none" => ("info", "Set an endpoint first."),
        "connected" => (
            "ok",
            "Connected. Choose below where Obscura may publish for this account.",
        ),
        "disconnected" => (
            "ok",
            "Disconnected; the platform revoked Obscura's access and the tokens are deleted.",
        ),
        "disconnected-local" => (
            "ok",
            "Disconnected and the tokens deleted here. This platform offers no way for apps to revoke access: remove Obscura in that platform's app settings as well.",
        ),
        "targets-saved" => ("ok", "Your choices of where to publish are saved."),
        "connect-cancelled" => (
            "info",
            "Nothing was connected: you cancelled at the platform.",
        ),
        "connect-expired" => (
            "error",
            "That connection attempt expired or was already used. Start again.",
        ),
        "connect-failed" => (
            "error",
            "The platform could not complete the connection. Please try again in a few minutes.",
        ),
        "history-deleted" => ("ok", "That row is deleted from your publishing history."),
        _ => return None,
    })
}

/// A page with a side menu (settings, admin): the menu, the title and a notice.
#[component]
pub(crate) fn SideFrame(
    /// The menu's name (its landmark label and heading).
    menu: &'static str,
    /// (href, label) of each entry.
    links: &'static [(&'static str, &'static str)],
    /// The page title.
    title: &'static str,
    /// (tone, text) from `?notice=`.
    notice: Option<(&'static str, &'static str)>,
    children: Children,
) -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    view! {
        <Title text=title />
        <div class="settings">
            <nav aria-label=menu class="settings-nav">
                <p class="px-3 pb-2 text-xs font-semibold uppercase tracking-widest text-muted">{menu}</p>
                <ul class="flex flex-wrap gap-1 md:flex-col">
                    {links.iter().map(|(href, label)| {
                        let current = (path == *href || path.starts_with(&format!("{href}/"))).then_some("page");
                        view! { <li><a href=*href aria-current=current>{*label}</a></li> }
                    }).collect_view()}
                </ul>
            </nav>
            <div class="min-w-0">
                <h1>{title}</h1>
                {notice.map(|(tone, text)| view! { <Notice tone>{text}</Notice> })}
                {children()}
            </div>
        </div>
    }
}

/// The settings pages' frame: the section menu, the title and a notice from `?notice=`.
#[component]
pub(crate) fn SettingsFrame(title: &'static str, children: Children) -> impl IntoView {
    let notice = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(notice_text);
    const LINKS: &[(&str, &str)] = &[
        (routes::SETTINGS_PROFILE, "Profile"),
        (routes::SETTINGS_SECURITY, "Security"),
        (routes::SETTINGS_SHARES, "Shares"),
        (routes::SETTINGS_PRIVACY, "Privacy"),
        (routes::SETTINGS_BILLING, "Billing"),
        (routes::SETTINGS_API, "API"),
        (routes::SETTINGS_CONNECTIONS, "Connections"),
    ];
    view! { <SideFrame menu="Settings" links=LINKS title notice>{children()}</SideFrame> }
}

/// `/settings/profile`.
#[component]
pub fn Profile() -> impl IntoView {
    let Some(v) = viewer() else {
        return view! { <SignInNeeded /> }.into_any();
    };
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
        <SettingsFrame title="Profile">
            <section class="panel" aria-labelledby="s-profile">
                <h2 id="s-profile">"About you"</h2>
                <FormNotice feedback=pf.clone() />
                <form method="post" action=routes::SETTINGS_PROFILE class="mt-4">
                    <Field feedback=pf.clone() id_prefix="p" name=fields::NAME label="Full name" autocomplete="name" required=true value=v.name.clone() maxlength=100 />
                    <Field feedback=pf.clone() id_prefix="p" name=fields::COMPANY label="Company" autocomplete="organization" value=v.company.clone().unwrap_or_default() maxlength=100 />
                    <div class="field">
                        <label for="p-language">"Language"</label>
                        <select class="input" id="p-language" name=fields::LANGUAGE>
                            {Language::ALL
                                .into_iter()
                                .map(|l| view! { <option value=l.code() selected=lang == l.code()>{l.label()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <div class="form-actions sm:flex-row">
                        <button type="submit" class="btn-primary">"Save profile"</button>
                    </div>
                </form>
            </section>

            <section class="panel" aria-labelledby="s-avatar">
                <h2 id="s-avatar">"Picture"</h2>
                <div class="mt-4 flex flex-wrap items-center gap-4">
                    {if v.has_avatar {
                        view! { <img src=routes::SETTINGS_AVATAR alt="Your picture" width="64" height="64" class="h-16 w-16 rounded-full object-cover" /> }.into_any()
                    } else {
                        view! { <span class="flex h-16 w-16 items-center justify-center rounded-full bg-accent text-xl font-bold text-on-accent" aria-hidden="true">{initials}</span> }.into_any()
                    }}
                    <form method="post" action=routes::SETTINGS_AVATAR enctype="multipart/form-data" class="flex flex-wrap items-end gap-3">
                        <div class="field">
                            <label for="a-avatar">"Upload a picture"</label>
                            <p class="hint" id="a-avatar-hint">"PNG, JPEG or WebP, up to 5 MB, 12.5 megapixels and 4096 pixels a side. We crop it to a square."</p>
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
                        <button type="submit" class="btn-secondary">"Upload"</button>
                    </form>
                    {v.has_avatar.then(|| view! {
                        <form method="post" action=routes::SETTINGS_AVATAR_REMOVE>
                            <button type="submit" class="btn-ghost">"Remove picture"</button>
                        </form>
                    })}
                </div>
            </section>

            <section class="panel" aria-labelledby="s-email">
                <h2 id="s-email">"Email address"</h2>
                <p class="mt-2 text-sm">
                    <strong>{v.email.clone()}</strong> " "
                    {if v.verified {
                        view! { <span class="badge">"Verified"</span> }.into_any()
                    } else {
                        view! { <span class="badge !bg-amber-100 !text-amber-950">"Not verified yet"</span> }.into_any()
                    }}
                </p>
                <FormNotice feedback=ef.clone() />
                <form method="post" action=routes::SETTINGS_EMAIL class="mt-4">
                    <Field feedback=ef.clone() id_prefix="e" name=fields::EMAIL label="New email address" kind="email" autocomplete="email" required=true />
                    {v.has_password.then(|| view! {
                        <Field feedback=ef.clone() id_prefix="e" name=fields::CURRENT_PASSWORD label="Current password" kind="password" autocomplete="current-password" required=true />
                    })}
                    <div class="form-actions sm:flex-row">
                        <button type="submit" class="btn-secondary">"Send confirmation link"</button>
                    </div>
                </form>
            </section>

            <section class="panel" aria-labelledby="s-password">
                <h2 id="s-password">{if v.has_password { "Password" } else { "Set a password" }}</h2>
                {(!v.has_password).then(|| view! {
                    <p class="mt-2 text-sm text-muted">"You sign in with Google or emailed links. A password lets you sign in without them."</p>
                })}
                <FormNotice feedback=wf.clone() />
                <form method="post" action=routes::SETTINGS_PASSWORD class="mt-4">
                    {v.has_password.then(|| view! {
                        <Field feedback=wf.clone() id_prefix="w" name=fields::CURRENT_PASSWORD label="Current password" kind="password" autocomplete="current-password" required=true />
                    })}
                    <Field
                        feedback=wf.clone()
                        id_prefix="w"
                        name=fields::NEW_PASSWORD
                        label="New password"
                        kind="password"
                        autocomplete="new-password"
                        required=true
                        minlength=PASSWORD_MIN_CHARS
                        maxlength=PASSWORD_MAX_CHARS
                        hint="At least 8 characters. Changing it signs out every other device."
                    />
                    <div class="form-actions sm:flex-row">
                        <button type="submit" class="btn-secondary">"Change password"</button>
                    </div>
                </form>
            </section>

            <section class="panel" aria-labelledby="s-google">
                <h2 id="s-google">"Google"</h2>
                <p class="mt-2 text-sm">
                    {if v.google_linked {
                        "Your Google account is linked: you can sign in with it. We keep only your name, email address and picture address from Google, never a Google password or token."
                    } else {
                        "No Google account is linked. Signing in with a Google account that uses the same, verified address links it."
                    }}
                </p>
            </section>
        </SettingsFrame>
    }
    .into_any()
}

/// What the operator keeps of IP addresses, in words, above the security log.
#[must_use]
pub fn ip_policy_text(policy: IpPolicy) -> &'static str {
    match policy {
        IpPolicy::Full => "This server keeps the IP address of each event.",
        IpPolicy::Hashed => {
            "This server keeps only a salted hash of each event's IP address: the same address shows the same code, but the address itself is not stored."
        }
        IpPolicy::None => "This server keeps no IP addresses.",
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
    let data = Resource::new_blocking(move || v.clone(), load_security);
    view! {
        <SettingsFrame title="Security">
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|o| view! { <SecurityBody overview=o /> })
                })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}

#[component]
fn SecurityBody(overview: SecurityOverview) -> impl IntoView {
    let others = overview.sessions.iter().filter(|s| !s.current).count();
    view! {
        <crate::pages::mfa::TwoStepSection view=overview.two_step.clone() />
        <section class="panel" aria-labelledby="s-sessions">
            <div class="flex flex-wrap items-center justify-between gap-3">
                <h2 id="s-sessions">"Where you're signed in"</h2>
                {(others > 0).then(|| view! {
                    <form method="post" action=routes::SETTINGS_SESSIONS_END_OTHERS>
                        <button type="submit" class="btn-secondary">"Sign out everywhere else"</button>
                    </form>
                })}
            </div>
            <p class="mt-2 text-sm text-muted">"Sessions end after 7 days without use and 30 days at most."</p>
            <ul class="rows" data-testid=testids::SESSION_LIST>
                {overview.sessions.into_iter().map(|s| view! {
                    <li data-current=s.current.to_string()>
                        <div class="min-w-0 flex-1">
                            <p class="font-medium">{s.device.clone()} " " {s.current.then(|| view! { <span class="badge">"This device"</span> })}</p>
                            <p class="text-muted">
                                "Last active " <time datetime=s.last_seen_at.clone()>{s.last_seen_human.clone()}</time>
                                " · signed in " <time datetime=s.created_at.clone()>{s.created_at.get(..10).unwrap_or_default().to_owned()}</time>
                            </p>
                        </div>
                        {if s.current {
                            view! {
                                <form method="post" action=routes::LOGOUT>
                                    <button type="submit" class="btn-ghost">"Sign out"</button>
                                </form>
                            }.into_any()
                        } else {
                            view! {
                                <form method="post" action=routes::SETTINGS_SESSIONS_END>
                                    <input type="hidden" name=fields::SESSION value=s.id.clone() />
                                    <button type="submit" class="btn-secondary" aria-label=format!("Sign out {}", s.device)>"Sign out"</button>
                                </form>
                            }.into_any()
                        }}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <section class="panel" aria-labelledby="s-log">
            <h2 id="s-log">"Security log"</h2>
            <p class="mt-2 text-sm text-muted">{ip_policy_text(overview.ip_policy)}</p>
            {if overview.events.is_empty() {
                view! { <p class="mt-4 text-sm">"Nothing yet."</p> }.into_any()
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
    view! {
        <Title text="Sign in" />
        <div class="auth-page">
            <h1>"Sign in to continue"</h1>
            <p class="lead">"This page is part of your account."</p>
            <div class="mt-8"><a class="btn-primary" href=routes::LOGIN>"Sign in"</a></div>
        </div>
    }
}
