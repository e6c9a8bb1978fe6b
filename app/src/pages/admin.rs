//! The admin pages: support messages (read, reply by email, close, delete an underage
//! account), privacy requests with their due dates (P-RGT-6), page-view counts, and the audit
//! log of admin actions.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use obscura_shared::{
    account::Language,
    audit::AuditPage,
    i18n::{Message, text},
    routes,
    support::{MessageView, RequestKind, RequestView, Topic, fields, forms},
    t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::{
        analytics_report::AnalyticsReport,
        form::{Field, FormNotice},
    },
    error::AppError,
    forms::feedback,
    pages::{gallery_item::day_of, not_found::NotFound, settings::SideFrame},
};

/// The erase form's field: the reported account's email address, typed by the admin.
pub const ERASE_ACCOUNT: &str = "account";

/// The tone and message id of a notice from `?notice=`.
fn notice_text(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "reply-sent" => ("ok", "admin-notice-reply-sent"),
        "message-closed" => ("ok", "admin-notice-message-closed"),
        "message-reopened" => ("ok", "admin-notice-message-reopened"),
        "confirm-erase" => ("error", "admin-notice-confirm-erase"),
        "not-underage" => ("error", "admin-notice-not-underage"),
        "account-erased" => ("ok", "admin-notice-account-erased"),
        "no-account" => ("info", "admin-notice-no-account"),
        "admin-account" => ("error", "admin-notice-admin-account"),
        "request-logged" => ("ok", "admin-notice-request-logged"),
        "request-done" => ("ok", "admin-notice-request-done"),
        "refund-sent" => ("ok", "admin-notice-refund-sent"),
        "blocklist-saved" => ("ok", "admin-settings-notice-blocklist-saved"),
        "blocklist-cleaned" => ("ok", "admin-settings-notice-blocklist-cleaned"),
        "model-saved" => ("ok", "admin-settings-notice-model-saved"),
        "report-dismissed" => ("ok", "report-notice-dismissed"),
        "report-taken-down" => ("ok", "report-notice-taken-down"),
        "report-owner-suspended" => ("ok", "report-notice-owner-suspended"),
        "report-already-decided" => ("error", "report-error-already-decided"),
        key if key.starts_with("people-") => return super::admin_people::notice_text(key),
        _ => return None,
    })
}

/// A support topic's name.
fn topic_label(lang: Language, topic: Topic) -> String {
    match topic {
        Topic::Help => t!(lang, "admin-topic-help"),
        Topic::Account => t!(lang, "admin-topic-account"),
        Topic::Billing => t!(lang, "admin-topic-billing"),
        Topic::Bug => t!(lang, "admin-topic-bug"),
        Topic::PrivacyRequest => t!(lang, "admin-topic-privacy"),
        Topic::UnderageAccount => t!(lang, "admin-topic-underage"),
        Topic::Other => t!(lang, "admin-topic-other"),
    }
}

/// A message's topic in `lang` (a topic no longer known shows as it was stored).
fn topic_of(lang: Language, m: &MessageView) -> String {
    Topic::from_code(&m.topic_code).map_or_else(|| m.topic.clone(), |t| topic_label(lang, t))
}

/// A kind of privacy request's name.
fn request_kind_label(lang: Language, kind: RequestKind) -> String {
    match kind {
        RequestKind::Access => t!(lang, "admin-request-kind-access"),
        RequestKind::Rectification => t!(lang, "admin-request-kind-rectification"),
        RequestKind::Erasure => t!(lang, "admin-request-kind-erasure"),
        RequestKind::Restriction => t!(lang, "admin-request-kind-restriction"),
        RequestKind::Other => t!(lang, "admin-request-kind-other"),
    }
}

/// The audit log's actions, by their stored code, with their message ids.
const AUDIT_ACTIONS: [(&str, &str); 18] = [
    ("support_reply", "admin-audit-action-reply"),
    ("support_close", "admin-audit-action-close"),
    ("support_reopen", "admin-audit-action-reopen"),
    (
        "erase_underage_account",
        "admin-audit-action-erase-underage",
    ),
    ("request_logged", "admin-audit-action-request-logged"),
    ("request_done", "admin-audit-action-request-done"),
    ("grant_admin", "admin-audit-action-grant-admin"),
    ("payment_refund", "admin-audit-action-refund"),
    ("credit_adjust", "admin-audit-action-credit-adjust"),
    ("suspend", "admin-audit-action-suspend"),
    ("unsuspend", "admin-audit-action-unsuspend"),
    ("revoke_admin", "admin-audit-action-revoke-admin"),
    ("end_sessions", "admin-audit-action-end-sessions"),
    ("delete_account", "admin-audit-action-delete-account"),
    ("report_dismiss", "admin-audit-action-report-dismiss"),
    ("share_take_down", "admin-audit-action-share-take-down"),
    ("blocklist_change", "admin-audit-action-blocklist-change"),
    ("model_change", "admin-audit-action-model-change"),
];

/// How an audited action ended, by its stored code, with their message ids.
const AUDIT_OUTCOMES: [(&str, &str); 5] = [
    ("done", "admin-audit-outcome-done"),
    ("refused", "admin-audit-outcome-refused"),
    ("not_found", "admin-audit-outcome-not-found"),
    ("invalid", "admin-audit-outcome-invalid"),
    ("failed", "admin-audit-outcome-failed"),
];

/// Who did an audited action: the command line in words, an account by its id.
fn audit_actor(lang: Language, actor: &str) -> AnyView {
    if actor == "cli" {
        t!(lang, "admin-audit-actor-cli").into_any()
    } else {
        view! { <code>{actor.to_owned()}</code> }.into_any()
    }
}

/// What an audited action was done to (stored as `kind:id`): its kind in words and its id.
fn audit_target(lang: Language, target: &str) -> AnyView {
    let (kind, id) = target.split_once(':').unwrap_or(("", target));
    let kind = match kind {
        "account" => t!(lang, "admin-audit-target-account"),
        "message" => t!(lang, "admin-audit-target-message"),
        "request" => t!(lang, "admin-audit-target-request"),
        "payment" => t!(lang, "admin-audit-target-payment"),
        "share" => t!(lang, "admin-audit-target-share"),
        "report" => t!(lang, "admin-audit-target-report"),
        "model" => t!(lang, "admin-audit-target-model"),
        "settings" => t!(lang, "admin-audit-target-settings"),
        _ => return view! { <code>{target.to_owned()}</code> }.into_any(),
    };
    if target.starts_with("account:") {
        return view! { {kind} " " <a class="link" href=routes::admin_user(id)><code>{id.to_owned()}</code></a> }.into_any();
    }
    view! { {kind} " " <code>{id.to_owned()}</code> }.into_any()
}

/// `value` in `lang` if `table` names it, else as it is.
fn from_table(lang: Language, table: &[(&str, &'static str)], value: &str) -> String {
    table
        .iter()
        .find(|(known, _)| *known == value)
        .map_or_else(|| value.to_owned(), |(_, id)| text(lang, id, &[]))
}

/// The admin pages' frame: their menu, the title and a notice from `?notice=`.
#[component]
pub(crate) fn AdminFrame(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let notice = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(notice_text)
        .map(|(tone, id)| (tone, text(lang, id, &[])));
    let links = vec![
        (routes::ADMIN_DASHBOARD, t!(lang, "admin-dash-menu")),
        (routes::ADMIN_USERS, t!(lang, "admin-people-menu")),
        (routes::ADMIN_SUPPORT, t!(lang, "admin-menu-support")),
        (routes::ADMIN_REQUESTS, t!(lang, "admin-menu-requests")),
        (routes::ADMIN_ANALYTICS, t!(lang, "admin-menu-analytics")),
        (routes::ADMIN_AUDIT, t!(lang, "admin-menu-audit")),
        (routes::ADMIN_PAYMENTS, t!(lang, "admin-menu-payments")),
        (routes::ADMIN_REPORTS, t!(lang, "report-admin-menu")),
        (routes::ADMIN_SETTINGS, t!(lang, "admin-settings-menu")),
    ];
    view! { <SideFrame menu=t!(lang, "admin-menu") links title notice>{children()}</SideFrame> }
}

async fn load_messages(v: Viewer, all: bool) -> Result<Vec<MessageView>, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.admin.messages(&v, all).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, all);
        Err(AppError::internal())
    }
}

/// `/admin/support`.
#[component]
pub fn AdminSupport() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let all = use_query_map().with_untracked(|q| q.get("all")).as_deref() == Some("1");
    let data = Resource::new_blocking(move || (v.clone(), all), |(v, all)| load_messages(v, all));
    view! {
        <AdminFrame title=t!(lang, "admin-menu-support")>
            <p class="mt-2 text-sm">
                {if all { t!(lang, "admin-support-all") } else { t!(lang, "admin-support-open") }} " "
                <a class="link" href=if all { routes::ADMIN_SUPPORT.to_owned() } else { format!("{}?all=1", routes::ADMIN_SUPPORT) }>
                    {if all { t!(lang, "admin-support-show-open") } else { t!(lang, "admin-support-show-all") }}
                </a>
            </p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|messages| if messages.is_empty() {
                        view! {
                            <div class="empty-state mt-6">
                                <p class="font-medium">{t!(lang, "admin-support-empty")}</p>
                                <p class="mt-1 text-sm text-muted">{t!(lang, "admin-support-empty-text")}</p>
                            </div>
                        }.into_any()
                    } else {
                        view! {
                            <ul class="rows">
                                {messages.into_iter().map(|m| view! {
                                    <li data-testid=testids::SUPPORT_ROW>
                                        <div class="min-w-0 flex-1">
                                            <a class="link" href=format!("{}/{}", routes::ADMIN_SUPPORT, m.id)>{topic_of(lang, &m)}</a>
                                            <p class="line-clamp-1 text-muted" data-user-content>{m.message.clone()}</p>
                                            <p class="text-xs text-muted">{m.email.clone()} " · " {day_of(&m.created_at)}{m.closed_at.as_ref().map(|_| format!(" · {}", t!(lang, "admin-support-closed")))}</p>
                                        </div>
                                        {(m.topic_code == Topic::PrivacyRequest.code() || m.topic_code == Topic::UnderageAccount.code())
                                            .then(|| view! { <span class="rounded-full border border-line px-2 py-0.5 text-xs font-medium">{t!(lang, "admin-support-privacy")}</span> })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}

/// The answer for a support message that does not exist (or was erased), in `lang`.
#[must_use]
pub fn message_not_found(lang: Language) -> AppError {
    AppError::new(
        obscura_shared::ErrorCode::NotFound,
        t!(lang, "admin-message-not-found"),
    )
}

async fn load_message(v: Viewer, id: String) -> Result<MessageView, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown message.
        let id = id.parse().map_err(|_| message_not_found(v.language))?;
        crate::backend::ports()?.admin.message(&v, id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, id);
        Err(AppError::internal())
    }
}

/// An admin page about one thing named by the `{id}` in its path (a support message, a person,
/// a report): `load` fetches it, `detail` shows it, and an unknown or malformed id gets the
/// real 404 page, as any missing page does.
#[component]
pub(crate) fn AdminDetail<T, F, Fut, D, V>(
    #[prop(into)] title: String,
    /// Where "back" goes, and its text.
    #[prop(optional)]
    back: Option<(&'static str, String)>,
    load: F,
    detail: D,
) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(Viewer, String) -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
    D: Fn(T) -> V + Copy + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    let lang = use_context::<Language>().unwrap_or_default();
    let data = Resource::new_blocking(move || (v.clone(), id.clone()), move |(v, id)| load(v, id));
    view! {
        <AdminFrame title>
            {back.map(|(href, label)| view! { <p class="mt-2 text-sm"><a class="link" href=href>{label}</a></p> })}
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(found) => detail(found).into_any(),
                        Err(e) if e.code == obscura_shared::ErrorCode::NotFound => {
                            view! { <NotFound /> }.into_any()
                        }
                        Err(e) => Err::<(), _>(e).into_any(),
                    }
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}

/// `/admin/support/{id}`.
#[component]
pub fn AdminMessage() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <AdminDetail title=t!(lang, "admin-message-title") load=load_message
            detail=|m| view! { <MessageDetail m /> } />
    }
}

#[component]
fn MessageDetail(m: MessageView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::REPLY);
    let underage = m.topic_code == Topic::UnderageAccount.code();
    let closed = m.closed_at.is_some();
    view! {
        <section class="panel" aria-labelledby="s-message">
            <h2 id="s-message">{topic_of(lang, &m)}</h2>
            <dl class="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt class="text-muted">{t!(lang, "admin-message-from")}</dt><dd>{m.email.clone()}{m.account.as_ref().map(|_| format!(" {}", t!(lang, "admin-message-has-account")))}</dd>
                <dt class="text-muted">{t!(lang, "admin-message-received")}</dt><dd><time datetime=m.created_at.clone()>{day_of(&m.created_at)}</time></dd>
                <dt class="text-muted">{t!(lang, "admin-message-status")}</dt><dd>{if closed { t!(lang, "admin-message-closed") } else { t!(lang, "admin-message-open") }}</dd>
            </dl>
            <p class="mt-4 whitespace-pre-wrap" data-user-content>{m.message.clone()}</p>
            {m.attachment_url.clone().map(|url| {
                let href = url.clone();
                view! {
                    <a class="mt-4 block" href=href><img src=url alt=t!(lang, "admin-message-attachment-alt") class="max-h-80 rounded-lg border border-line" /></a>
                }
            })}
        </section>
        {(!m.replies.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="s-replies">
                <h2 id="s-replies">{t!(lang, "admin-message-replies")}</h2>
                <ul class="mt-3 space-y-3 text-sm">
                    {m.replies.iter().map(|(at, text)| view! {
                        <li><p class="text-xs text-muted">{day_of(at)}</p><p class="whitespace-pre-wrap">{text.clone()}</p></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="panel" aria-labelledby="s-reply">
            <h2 id="s-reply">{t!(lang, "admin-message-reply-heading")}</h2>
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::ADMIN_SUPPORT_REPLY class="mt-3">
                <input type="hidden" name="id" value=m.id.clone() />
                <div class="field">
                    <label for="r-reply">{t!(lang, "admin-message-reply-label", email = m.email.clone())}</label>
                    <textarea class="input min-h-32" id="r-reply" name=fields::REPLY required aria-invalid=f.error(fields::REPLY).is_some().then_some("true")>{f.value(fields::REPLY).unwrap_or_default()}</textarea>
                    {f.error(fields::REPLY).map(|e| view! { <p class="field-error">{e}</p> })}
                </div>
                <div class="form-actions sm:flex-row"><button type="submit" class="btn-primary">{t!(lang, "admin-message-send")}</button></div>
            </form>
            <form method="post" action=routes::ADMIN_SUPPORT_CLOSE class="mt-4">
                <input type="hidden" name="id" value=m.id.clone() />
                <input type="hidden" name="closed" value=if closed { "0" } else { "1" } />
                <button type="submit" class="btn-secondary">{if closed { t!(lang, "admin-message-reopen") } else { t!(lang, "admin-message-close") }}</button>
            </form>
        </section>
        {underage.then(|| view! {
            <section class="panel border-red-300 dark:border-red-900" aria-labelledby="s-underage">
                <h2 id="s-underage">{t!(lang, "admin-underage-heading")}</h2>
                <p class="mt-2 text-sm">{t!(lang, "admin-underage-text")}</p>
                <form method="post" action=routes::ADMIN_SUPPORT_ERASE class="mt-3">
                    <input type="hidden" name="id" value=m.id.clone() />
                    <div class="field">
                        <label for="u-account">{t!(lang, "admin-underage-account")}</label>
                        <input class="input" id="u-account" name=ERASE_ACCOUNT type="email" required autocomplete="off" />
                    </div>
                    <div class="check">
                        <input type="checkbox" id="u-confirm" name="confirm" value="1" />
                        <label for="u-confirm">{t!(lang, "admin-underage-confirm")}</label>
                    </div>
                    <div class="form-actions sm:flex-row">
                        <button type="submit" class="btn bg-red-700 text-white hover:bg-red-800">{t!(lang, "admin-underage-submit")}</button>
                    </div>
                </form>
            </section>
        })}
    }
}

async fn load_requests(v: Viewer) -> Result<Vec<RequestView>, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.admin.requests(&v).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = v;
        Err(AppError::internal())
    }
}

/// `/admin/requests`.
#[component]
pub fn AdminRequests() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let data = Resource::new_blocking(move || v.clone(), load_requests);
    let f = feedback(forms::REQUEST);
    let kind = f.value(fields::KIND).unwrap_or_default();
    view! {
        <AdminFrame title=t!(lang, "admin-menu-requests")>
            <p class="mt-2 text-sm text-muted">{t!(lang, "admin-requests-lead")}</p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|requests| if requests.is_empty() {
                        view! { <div class="empty-state mt-6"><p class="font-medium">{t!(lang, "admin-requests-empty")}</p></div> }.into_any()
                    } else {
                        view! {
                            <ul class="rows">
                                {requests.into_iter().map(|r| view! { <RequestRow r /> }).collect_view()}
                            </ul>
                        }.into_any()
                    })
                })}
            </Suspense>
            <section class="panel" aria-labelledby="s-log">
                <h2 id="s-log">{t!(lang, "admin-requests-log-heading")}</h2>
                <FormNotice feedback=f.clone() />
                <form method="post" action=routes::ADMIN_REQUESTS_NEW class="mt-3">
                    <div class="field">
                        <label for="q-kind">{t!(lang, "admin-requests-kind")}</label>
                        <select class="input" id="q-kind" name=fields::KIND required>
                            <option value="" selected=kind.is_empty()>{t!(lang, "admin-requests-choose")}</option>
                            {RequestKind::ALL.into_iter().map(|k| view! { <option value=k.code() selected=kind == k.code()>{request_kind_label(lang, k)}</option> }).collect_view()}
                        </select>
                        {f.error(fields::KIND).map(|e| view! { <p class="field-error">{e}</p> })}
                    </div>
                    <Field feedback=f.clone() id_prefix="q" name=fields::REQUESTER label=t!(lang, "admin-requests-requester") kind="email" required=true />
                    <Field feedback=f.clone() id_prefix="q" name=fields::CHANNEL label=t!(lang, "admin-requests-channel") hint=t!(lang, "admin-requests-channel-hint") required=true maxlength=64 />
                    <Field feedback=f.clone() id_prefix="q" name=fields::RECEIVED label=t!(lang, "admin-requests-received") kind="date" required=true />
                    <Field feedback=f.clone() id_prefix="q" name=fields::NOTES label=t!(lang, "admin-requests-notes") maxlength=2000 />
                    <div class="form-actions sm:flex-row"><button type="submit" class="btn-primary">{t!(lang, "admin-requests-submit")}</button></div>
                </form>
            </section>
        </AdminFrame>
    }
    .into_any()
}

#[component]
fn RequestRow(r: RequestView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let status = match (&r.done_at, r.overdue) {
        (Some(at), _) => t!(lang, "admin-request-answered", date = day_of(at)),
        (None, true) => t!(lang, "admin-request-overdue", date = r.due.as_str()),
        (None, false) => t!(lang, "admin-request-due", date = r.due.as_str()),
    };
    // A kind no longer known shows as it was stored.
    let kind = RequestKind::from_code(&r.kind)
        .map_or_else(|| r.kind.clone(), |k| request_kind_label(lang, k));
    view! {
        <li data-testid=testids::REQUEST_ROW data-overdue=r.overdue.to_string() class=if r.overdue { "bg-red-50 dark:bg-red-950" } else { "" }>
            <div class="min-w-0 flex-1">
                <p class="font-medium">{kind} " · " {r.requester.clone()}</p>
                <p class="text-xs text-muted">{t!(lang, "admin-request-received", date = r.received.as_str(), channel = Message::from_stored(&r.channel).render(lang))}
                    {r.message_id.clone().map(|id| view! { " · " <a class="link" href=format!("{}/{id}", routes::ADMIN_SUPPORT)>{t!(lang, "admin-request-message")}</a> })}
                </p>
                {(!r.notes.is_empty()).then(|| view! { <p class="text-xs">{Message::from_stored(&r.notes).render(lang)}</p> })}
                <p class=if r.overdue { "text-sm font-semibold text-red-800 dark:text-red-200" } else { "text-sm" }>
                    {r.overdue.then_some("⚠ ")}{status}
                </p>
            </div>
            {r.done_at.is_none().then(|| view! {
                <form method="post" action=routes::ADMIN_REQUESTS_DONE>
                    <input type="hidden" name="id" value=r.id.clone() />
                    <button type="submit" class="btn-secondary btn-sm">{t!(lang, "admin-request-done")}</button>
                </form>
            })}
        </li>
    }
}

async fn load_analytics(
    v: Viewer,
    days: i64,
) -> Result<obscura_shared::analytics::Summary, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.admin.analytics(&v, days).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, days);
        Err(AppError::internal())
    }
}

/// `/admin/analytics`.
#[component]
pub fn AdminAnalytics() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let days: i64 = match use_query_map().with_untracked(|q| q.get("days")).as_deref() {
        Some("7") => 7,
        Some("90") => 90,
        _ => 30,
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let data = Resource::new_blocking(move || (v.clone(), days), |(v, d)| load_analytics(v, d));
    let period = move |d: i64| {
        let current = (d == days).then_some("page");
        view! { <a class="btn-ghost btn-sm" aria-current=current href=format!("{}?days={d}", routes::ADMIN_ANALYTICS)>{t!(lang, "admin-analytics-days", count = d)}</a> }
    };
    view! {
        <AdminFrame title=t!(lang, "admin-menu-analytics")>
            <p class="mt-2 text-sm text-muted">{t!(lang, "admin-analytics-lead")}</p>
            <nav aria-label=t!(lang, "admin-analytics-period") class="mt-3 flex gap-2">{period(7)}{period(30)}{period(90)}</nav>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|summary| view! { <AnalyticsReport summary /> })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}

async fn load_audit(v: Viewer, page: u64) -> Result<AuditPage, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.admin.audit(&v, page).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, page);
        Err(AppError::internal())
    }
}

/// `/admin/audit`: every admin action, newest first, a page at a time.
#[component]
pub fn AdminAudit() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let page: u64 = use_query_map()
        .with_untracked(|q| q.get("page"))
        .and_then(|p| p.parse().ok())
        .filter(|p| *p >= 1)
        .unwrap_or(1);
    let lang = use_context::<Language>().unwrap_or_default();
    let data = Resource::new_blocking(move || (v.clone(), page), |(v, p)| load_audit(v, p));
    view! {
        <AdminFrame title=t!(lang, "admin-menu-audit")>
            <p class="mt-2 text-sm text-muted">{t!(lang, "admin-audit-lead")}</p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|log| if log.entries.is_empty() {
                        view! { <div class="empty-state mt-6"><p class="font-medium">{t!(lang, "admin-audit-empty")}</p></div> }.into_any()
                    } else {
                        let newer = (log.page > 1).then(|| format!("{}?page={}", routes::ADMIN_AUDIT, log.page - 1));
                        let older = log.more.then(|| format!("{}?page={}", routes::ADMIN_AUDIT, log.page + 1));
                        view! {
                            <ul class="rows">
                                {log.entries.into_iter().map(|e| view! {
                                    <li data-testid="audit-row">
                                        <div class="min-w-0 flex-1">
                                            <p class="font-medium">{from_table(lang, &AUDIT_ACTIONS, &e.action)} " · " <span data-field="outcome">{from_table(lang, &AUDIT_OUTCOMES, &e.outcome)}</span></p>
                                            <p class="text-xs text-muted">
                                                <time datetime=e.at.clone()>{e.at.clone()}</time>
                                                " · " {t!(lang, "admin-audit-by")} " " <span data-field="actor">{audit_actor(lang, &e.actor)}</span>
                                                " · " {t!(lang, "admin-audit-on")} " " <span data-field="target">{audit_target(lang, &e.target)}</span>
                                            </p>
                                            {e.reason.map(|r| view! {
                                                <p class="mt-1 text-sm break-words">
                                                    <span class="text-muted">{t!(lang, "admin-audit-reason")} " "</span>
                                                    <span data-field="reason" data-user-content="">{r}</span>
                                                </p>
                                            })}
                                        </div>
                                    </li>
                                }).collect_view()}
                            </ul>
                            <nav aria-label=t!(lang, "admin-audit-pages") class="mt-4 flex gap-2">
                                {newer.map(|h| view! { <a class="btn-ghost btn-sm" href=h>{t!(lang, "admin-audit-newer")}</a> })}
                                {older.map(|h| view! { <a class="btn-ghost btn-sm" href=h data-testid="audit-older">{t!(lang, "admin-audit-older")}</a> })}
                            </nav>
                        }.into_any()
                    })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}
