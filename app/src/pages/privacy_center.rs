//! `/settings/privacy`: every privacy right in one place — a copy of everything, correction,
//! restriction and objection, the history of cookie choices, and deleting the account.

use leptos::prelude::*;
use obscura_shared::{
    account::Language,
    consent::Action,
    i18n::decimal,
    privacy::{DELETE_CONFIRMATION, ExportStatus, ExportView, PrivacyOverview, fields, forms},
    routes, t, testids,
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

/// "1.5 MB", "12 kB" ("1,5 MB" in German, "1,5 Mo" in French).
fn size_of(lang: Language, bytes: i64) -> String {
    let mb = bytes as f64 / 1_048_576.0;
    if mb >= 1.0 {
        t!(lang, "privacy-center-size-mb", size = decimal(lang, mb, 1))
    } else {
        t!(lang, "privacy-center-size-kb", size = (bytes + 1023) / 1024)
    }
}

/// A recorded cookie choice in words (the history holds its action's code).
fn action_text(lang: Language, action: &str) -> String {
    let known = [
        (Action::AcceptAll, "privacy-center-consent-accepted"),
        (Action::RejectAll, "privacy-center-consent-rejected"),
        (Action::Custom, "privacy-center-consent-custom"),
        (Action::Withdraw, "privacy-center-consent-withdrawn"),
    ];
    known
        .into_iter()
        .find(|(a, _)| a.code() == action)
        .map_or_else(
            || action.to_owned(),
            |(_, id)| obscura_shared::i18n::text(lang, id, &[]),
        )
}

/// `/settings/privacy`.
#[component]
pub fn PrivacyCenter() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let has_password = v.has_password;
    let loading = t!(lang, "privacy-center-loading");
    let data = Resource::new_blocking(move || v.clone(), load);
    view! {
        <SettingsFrame title=t!(lang, "privacy-center-title")>
            <p class="mt-2 text-muted">{t!(lang, "privacy-center-lead")}</p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{loading.clone()}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|o| view! {
                        <ExportSection overview=o.clone() lang />
                        <section class="panel" aria-labelledby="s-correct">
                            <h2 id="s-correct">{t!(lang, "privacy-center-correct-title")}</h2>
                            <p class="mt-2 text-sm text-muted">{t!(lang, "privacy-center-correct-text")}</p>
                            <a class="btn-secondary mt-4" href=routes::SETTINGS_PROFILE>{t!(lang, "privacy-center-correct-edit")}</a>
                        </section>
                        <ChoicesSection overview=o.clone() lang />
                        <ConsentSection overview=o.clone() lang />
                        <DeleteSection grace_days=o.erasure_grace_days has_password lang />
                    })
                })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}

#[component]
fn ExportSection(overview: PrivacyOverview, lang: Language) -> impl IntoView {
    let waiting = overview
        .exports
        .iter()
        .any(|e| e.status == ExportStatus::Queued);
    view! {
        <section class="panel" id="export" aria-labelledby="s-export">
            <h2 id="s-export">{t!(lang, "privacy-center-export-title")}</h2>
            <p class="mt-2 text-sm text-muted">
                {t!(lang, "privacy-center-export-text")}
            </p>
            <form method="post" action=routes::EXPORT_REQUEST class="mt-4">
                {match overview.next_export_at.clone() {
                    Some(next) => view! {
                        <p class="text-sm" role="note">{t!(lang, "privacy-center-export-next", time = minute_of(&next))}</p>
                    }.into_any(),
                    None => view! {
                        <button type="submit" class="btn-primary" data-testid=testids::EXPORT_BUTTON>{t!(lang, "privacy-center-export-button")}</button>
                    }.into_any(),
                }}
            </form>
            {waiting.then(|| view! {
                <p class="mt-3 text-sm text-muted" role="status">
                    {format!("{} ", t!(lang, "privacy-center-export-building"))}
                    <a class="link" href=format!("{}#export", routes::SETTINGS_PRIVACY)>{t!(lang, "privacy-center-export-refresh")}</a>
                    {format!(" {}", t!(lang, "privacy-center-export-wait"))}
                </p>
            })}
            <ExportList exports=overview.exports lang />
        </section>
    }
}

#[component]
fn ExportList(exports: Vec<ExportView>, lang: Language) -> impl IntoView {
    (!exports.is_empty()).then(|| {
        view! {
            <ul class="rows">
                {exports.into_iter().map(|e| {
                    let state = match e.status {
                        ExportStatus::Queued => t!(lang, "privacy-center-export-queued"),
                        ExportStatus::Ready => t!(
                            lang,
                            "privacy-center-export-ready",
                            size = e.size_bytes.map(|b| size_of(lang, b)).unwrap_or_default(),
                            until = e.expires_at.as_deref().map(minute_of).unwrap_or_default()
                        ),
                        ExportStatus::Failed => t!(lang, "privacy-center-export-failed"),
                        ExportStatus::Expired => t!(lang, "privacy-center-export-expired"),
                    };
                    view! {
                        <li data-testid=testids::EXPORT_ROW data-status=e.status.code()>
                            <div class="min-w-0 flex-1">
                                <p class="font-medium">{format!("{} ", t!(lang, "privacy-center-export-asked"))} <time datetime=e.requested_at.clone()>{minute_of(&e.requested_at)}</time></p>
                                <p class="text-xs text-muted">{state}</p>
                            </div>
                            {e.download_url.map(|url| view! {
                                <a class="btn-secondary btn-sm" href=url download="" data-testid=testids::EXPORT_DOWNLOAD>{t!(lang, "privacy-center-export-download")}</a>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    })
}

#[component]
fn ChoicesSection(overview: PrivacyOverview, lang: Language) -> impl IntoView {
    let c = overview.choices;
    let since = overview.restricted_since.as_deref().map(|s| {
        format!(
            " {}",
            t!(lang, "privacy-center-restricted-since", time = minute_of(s))
        )
    });
    let check = move |name: &'static str, on: bool, label: String, hint: String| {
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
            <h2 id="s-choices">{t!(lang, "privacy-center-choices-title")}</h2>
            <p class="mt-2 text-sm text-muted">{t!(lang, "privacy-center-choices-text")}{since}</p>
            <form method="post" action=routes::PRIVACY_CHOICES data-testid=testids::PRIVACY_CHOICES>
                {check(fields::ANALYTICS_OPT_OUT, c.analytics_opt_out, t!(lang, "privacy-center-analytics"), t!(lang, "privacy-center-analytics-hint"))}
                {check(fields::PRODUCT_EMAILS_OPT_OUT, c.product_emails_opt_out, t!(lang, "privacy-center-product-emails"), t!(lang, "privacy-center-product-emails-hint"))}
                {check(fields::RESTRICT, c.restricted, t!(lang, "privacy-center-restrict"), t!(lang, "privacy-center-restrict-hint"))}
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">{t!(lang, "privacy-center-save")}</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn ConsentSection(overview: PrivacyOverview, lang: Language) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="s-consents">
            <h2 id="s-consents">{t!(lang, "privacy-center-consents-title")}</h2>
            <p class="mt-2 text-sm text-muted">
                {format!("{} ", t!(lang, "privacy-center-consents-text"))}
                <a class="link" href=routes::COOKIES>{t!(lang, "privacy-center-consents-change")}</a>
            </p>
            {if overview.consents.is_empty() {
                view! { <p class="mt-4 text-sm" data-testid=testids::CONSENT_HISTORY>{t!(lang, "privacy-center-consents-empty")}</p> }.into_any()
            } else {
                view! {
                    <table class="mt-4 w-full text-left text-sm" data-testid=testids::CONSENT_HISTORY>
                        <caption class="sr-only">{t!(lang, "privacy-center-consents-caption")}</caption>
                        <thead class="text-muted">
                            <tr><th scope="col" class="py-2 pr-4 font-medium">{t!(lang, "privacy-center-consents-when")}</th><th scope="col" class="py-2 pr-4 font-medium">{t!(lang, "privacy-center-consents-choice")}</th><th scope="col" class="py-2 font-medium">{t!(lang, "privacy-center-consents-counts")}</th></tr>
                        </thead>
                        <tbody class="divide-y divide-line">
                            {overview.consents.into_iter().map(|c| view! {
                                <tr>
                                    <td class="py-2 pr-4"><time datetime=c.given_at.clone()>{minute_of(&c.given_at)}</time></td>
                                    <td class="py-2 pr-4">{action_text(lang, &c.action)}{c.signal.map(|s| format!(" {}", t!(lang, "privacy-center-consents-signal", signal = s)))}</td>
                                    <td class="py-2">{if c.analytics { t!(lang, "privacy-center-consents-allowed") } else { t!(lang, "privacy-center-consents-refused") }}</td>
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
fn DeleteSection(grace_days: u32, has_password: bool, lang: Language) -> impl IntoView {
    let f = feedback(forms::DELETE);
    view! {
        <section class="panel border-red-300 dark:border-red-900" id="delete" aria-labelledby="s-delete">
            <h2 id="s-delete">{t!(lang, "privacy-center-delete-title")}</h2>
            <p class="mt-2 text-sm">
                {t!(lang, "privacy-center-delete-text", days = grace_days)}
            </p>
            <p class="mt-2 text-sm text-muted">{t!(lang, "privacy-center-delete-credits")}</p>
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::ACCOUNT_DELETE class="mt-4" data-testid=testids::DELETE_ACCOUNT_FORM>
                {if has_password {
                    view! { <Field feedback=f.clone() id_prefix="del" name=fields::PASSWORD label=t!(lang, "privacy-center-delete-password") kind="password" autocomplete="current-password" required=true /> }.into_any()
                } else {
                    view! { <p class="text-sm text-muted">{t!(lang, "privacy-center-delete-no-password")}</p> }.into_any()
                }}
                <Field feedback=f.clone() id_prefix="del" name=fields::CONFIRM label=t!(lang, "privacy-center-delete-confirm", word = DELETE_CONFIRMATION) hint=t!(lang, "privacy-center-delete-confirm-hint") required=true maxlength=DELETE_CONFIRMATION.len() + 4 />
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn bg-red-700 text-white hover:bg-red-800">{t!(lang, "privacy-center-delete-title")}</button>
                </div>
            </form>
        </section>
    }
}
