//! `/settings/privacy`: every privacy right in one place — a copy of everything, correction,
//! restriction and objection, the history of cookie choices, and deleting the account.

use leptos::prelude::*;
use obscura_shared::{
    privacy::{DELETE_CONFIRMATION, ExportStatus, ExportView, PrivacyOverview, fields, forms},
    routes, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{Field, FormNotice},
    error::AppError,
    forms::feedback,
    pages::settings::SettingsFrame,
};

async fn load(v: Viewer) -> Result<PrivacyOverview, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.privacy.overview(&v).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = v;
        Err(AppError::internal())
    }
}

/// "2026-03-01 12:00 UTC" from RFC 3339.
fn minute_of(rfc3339: &str) -> String {
    let day = rfc3339.get(..10).unwrap_or_default();
    let time = rfc3339.get(11..16).unwrap_or_default();
    format!("{day} {time} UTC")
}

fn size_of(bytes: i64) -> String {
    let mb = bytes as f64 / 1_048_576.0;
    if mb >= 1.0 {
        format!("{mb:.1} MB")
    } else {
        format!("{} kB", (bytes + 1023) / 1024)
    }
}

/// `/settings/privacy`.
#[component]
pub fn PrivacyCenter() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let has_password = v.has_password;
    let data = Resource::new_blocking(move || v.clone(), load);
    view! {
        <SettingsFrame title="Privacy">
            <p class="mt-2 text-muted">"Your rights over your data, to use yourself: take a copy, correct it, limit what we do with it, or delete it all."</p>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|o| view! {
                        <ExportSection overview=o.clone() />
                        <section class="panel" aria-labelledby="s-correct">
                            <h2 id="s-correct">"Correct your data"</h2>
                            <p class="mt-2 text-sm text-muted">"Your name, company, language, email address and picture can be changed at any time."</p>
                            <a class="btn-secondary mt-4" href=routes::SETTINGS_PROFILE>"Edit my profile"</a>
                        </section>
                        <ChoicesSection overview=o.clone() />
                        <ConsentSection overview=o.clone() />
                        <DeleteSection grace_days=o.erasure_grace_days has_password />
                    })
                })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}

#[component]
fn ExportSection(overview: PrivacyOverview) -> impl IntoView {
    let waiting = overview
        .exports
        .iter()
        .any(|e| e.status == ExportStatus::Queued);
    view! {
        <section class="panel" id="export" aria-labelledby="s-export">
            <h2 id="s-export">"Get a copy of your data"</h2>
            <p class="mt-2 text-sm text-muted">
                "One ZIP file with your account, every generation as JSON and CSV, your credits, shares, sessions, security log and cookie choices, and all your images. We email you a link when it is ready; it works for 7 days, then the file is deleted."
            </p>
            <form method="post" action=routes::EXPORT_REQUEST class="mt-4">
                {match overview.next_export_at.clone() {
                    Some(next) => view! {
                        <p class="text-sm" role="note">{format!("You can ask for the next copy after {}: one per hour.", minute_of(&next))}</p>
                    }.into_any(),
                    None => view! {
                        <button type="submit" class="btn-primary" data-testid=testids::EXPORT_BUTTON>"Export my data"</button>
                    }.into_any(),
                }}
            </form>
            {waiting.then(|| view! {
                <p class="mt-3 text-sm text-muted" role="status">
                    "We're building your copy. It takes about a minute per thousand images; "
                    <a class="link" href=format!("{}#export", routes::SETTINGS_PRIVACY)>"refresh"</a>
                    " to see it, or wait for the email."
                </p>
            })}
            <ExportList exports=overview.exports />
        </section>
    }
}

#[component]
fn ExportList(exports: Vec<ExportView>) -> impl IntoView {
    (!exports.is_empty()).then(|| {
        view! {
            <ul class="rows">
                {exports.into_iter().map(|e| {
                    let state = match e.status {
                        ExportStatus::Queued => "Being built".to_owned(),
                        ExportStatus::Ready => format!(
                            "Ready · {} · until {}",
                            e.size_bytes.map(size_of).unwrap_or_default(),
                            e.expires_at.as_deref().map(minute_of).unwrap_or_default()
                        ),
                        ExportStatus::Failed => "Could not be built — please ask again".to_owned(),
                        ExportStatus::Expired => "Deleted after 7 days".to_owned(),
                    };
                    view! {
                        <li data-testid=testids::EXPORT_ROW data-status=e.status.code()>
                            <div class="min-w-0 flex-1">
                                <p class="font-medium">"Asked for " <time datetime=e.requested_at.clone()>{minute_of(&e.requested_at)}</time></p>
                                <p class="text-xs text-muted">{state}</p>
                            </div>
                            {e.download_url.map(|url| view! {
                                <a class="btn-secondary btn-sm" href=url download="" data-testid=testids::EXPORT_DOWNLOAD>"Download"</a>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

#[component]
fn ChoicesSection(overview: PrivacyOverview) -> impl IntoView {
    let c = overview.choices;
    let since = overview
        .restricted_since
        .as_deref()
        .map(|s| format!(" Restricted since {}.", minute_of(s)));
    let check = move |name: &'static str, on: bool, label: &'static str, hint: &'static str| {
        let id = format!("pc-{name}");
        let hint_id = format!("{id}-hint");
        view! {
            <div class="check">
                <input type="checkbox" id=id.clone() name=name value="1" checked=on aria-describedby=hint_id.clone() />
                <div>
                    <label for=id class="font-medium">{label}</label>
                    <p class="text-muted" id=hint_id>{hint}</p>
                </div>
            </div>
        }
    };
    view! {
        <section class="panel" aria-labelledby="s-choices">
            <h2 id="s-choices">"Limit what we do"</h2>
            <p class="mt-2 text-sm text-muted">"These apply to your account everywhere, whatever each browser's cookie choice."{since}</p>
            <form method="post" action=routes::PRIVACY_CHOICES data-testid=testids::PRIVACY_CHOICES>
                {check(fields::ANALYTICS_OPT_OUT, c.analytics_opt_out, "Exclude me from page-view counts", "Your visits are never counted, even in browsers where page views were allowed.")}
                {check(fields::PRODUCT_EMAILS_OPT_OUT, c.product_emails_opt_out, "No product emails", "No news, tips or offers. Emails you ask for and security notices still arrive.")}
                {check(fields::RESTRICT, c.restricted, "Restrict processing", "We keep your data but use it for nothing but what you do yourself: no counts, no product emails. You can still sign in, see and export everything.")}
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">"Save"</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn ConsentSection(overview: PrivacyOverview) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="s-consents">
            <h2 id="s-consents">"Your cookie choices"</h2>
            <p class="mt-2 text-sm text-muted">
                "Every choice you made while signed in, as we recorded it. "
                <a class="link" href=routes::COOKIES>"Change your choice"</a>
            </p>
            {if overview.consents.is_empty() {
                view! { <p class="mt-4 text-sm" data-testid=testids::CONSENT_HISTORY>"No choice recorded while you were signed in."</p> }.into_any()
            } else {
                view! {
                    <table class="mt-4 w-full text-left text-sm" data-testid=testids::CONSENT_HISTORY>
                        <caption class="sr-only">"Cookie choices, newest first"</caption>
                        <thead class="text-muted">
                            <tr><th scope="col" class="py-2 pr-4 font-medium">"When"</th><th scope="col" class="py-2 pr-4 font-medium">"Choice"</th><th scope="col" class="py-2 font-medium">"Page-view counts"</th></tr>
                        </thead>
                        <tbody class="divide-y divide-line">
                            {overview.consents.into_iter().map(|c| view! {
                                <tr>
                                    <td class="py-2 pr-4"><time datetime=c.given_at.clone()>{minute_of(&c.given_at)}</time></td>
                                    <td class="py-2 pr-4">{c.action}{c.signal.map(|s| format!(" ({s} signal)"))}</td>
                                    <td class="py-2">{if c.analytics { "Allowed" } else { "Refused" }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn DeleteSection(grace_days: u32, has_password: bool) -> impl IntoView {
    let f = feedback(forms::DELETE);
    let when = if grace_days == 0 {
        "at once".to_owned()
    } else {
        format!("after {grace_days} days")
    };
    view! {
        <section class="panel border-red-300 dark:border-red-900" id="delete" aria-labelledby="s-delete">
            <h2 id="s-delete">"Delete my account"</h2>
            <p class="mt-2 text-sm">
                {format!("Every session is signed out at once and the account is closed. Your images, prompts, shares, credits and records are deleted for good {when}")}
                {(grace_days > 0).then_some("; until then the link we email you keeps the account.")}
                {(grace_days == 0).then_some(".")}
            </p>
            <p class="mt-2 text-sm text-muted">"Credits are not refunded. Take a copy of your data first if you want to keep anything."</p>
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::ACCOUNT_DELETE class="mt-4" data-testid=testids::DELETE_ACCOUNT_FORM>
                {if has_password {
                    view! { <Field feedback=f.clone() id_prefix="del" name=fields::PASSWORD label="Your password" kind="password" autocomplete="current-password" required=true /> }.into_any()
                } else {
                    view! { <p class="text-sm text-muted">"Your account has no password, so we check that you signed in during the last 15 minutes."</p> }.into_any()
                }}
                <Field feedback=f.clone() id_prefix="del" name=fields::CONFIRM label="Type DELETE to confirm" hint="In capital letters." required=true maxlength=DELETE_CONFIRMATION.len() + 4 />
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn bg-red-700 text-white hover:bg-red-800">"Delete my account"</button>
                </div>
            </form>
        </section>
    }
}
