//! The admin pages: support messages (read, reply by email, close, delete an underage
//! account), privacy requests with their due dates (P-RGT-6), page-view counts, and the audit
//! log of admin actions.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use obscura_shared::{
    audit::AuditPage,
    routes,
    support::{MessageView, RequestKind, RequestView, Topic, fields, forms},
    testids,
};

use crate::{
    account::{Viewer, viewer},
    components::{
        analytics_report::AnalyticsReport,
        form::{Field, FormNotice},
    },
    error::AppError,
    forms::feedback,
    pages::{gallery_item::day_of, settings::SideFrame},
};

/// The erase form's field: the reported account's email address, typed by the admin.
pub const ERASE_ACCOUNT: &str = "account";

fn notice_text(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "reply-sent" => (
            "ok",
            "Your reply is sent by email and kept with the message.",
        ),
        "message-closed" => ("ok", "The message is closed."),
        "message-reopened" => ("ok", "The message is open again."),
        "confirm-erase" => (
            "error",
            "Type the address of the reported account and tick the confirmation to delete it: it cannot be undone.",
        ),
        "not-underage" => (
            "error",
            "Only a report of an underage account can lead to deleting one.",
        ),
        "account-erased" => (
            "ok",
            "The account was signed out everywhere and deleted with everything in it.",
        ),
        "no-account" => ("info", "No account uses the address you typed."),
        "admin-account" => (
            "error",
            "This address belongs to an admin account; it is not deleted from here.",
        ),
        "request-logged" => ("ok", "The request is logged. It is due in 30 days."),
        "request-done" => ("ok", "The request is marked as answered."),
        "refund-sent" => (
            "ok",
            "The refund is sent to Stripe. The payment and the credits change when Stripe confirms it, usually within a minute.",
        ),
        _ => return None,
    })
}

/// The admin pages' frame: their menu, the title and a notice from `?notice=`.
#[component]
pub(crate) fn AdminFrame(title: &'static str, children: Children) -> impl IntoView {
    let notice = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        .and_then(notice_text);
    const LINKS: &[(&str, &str)] = &[
        (routes::ADMIN_SUPPORT, "Support"),
        (routes::ADMIN_REQUESTS, "Privacy requests"),
        (routes::ADMIN_ANALYTICS, "Analytics"),
        (routes::ADMIN_AUDIT, "Audit log"),
        (routes::ADMIN_PAYMENTS, "Payments"),
    ];
    view! { <SideFrame menu="Admin" links=LINKS title notice>{children()}</SideFrame> }
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
    let all = use_query_map().with_untracked(|q| q.get("all")).as_deref() == Some("1");
    let data = Resource::new_blocking(move || (v.clone(), all), |(v, all)| load_messages(v, all));
    view! {
        <AdminFrame title="Support">
            <p class="mt-2 text-sm">
                {if all { "All messages. " } else { "Open messages. " }}
                <a class="link" href=if all { routes::ADMIN_SUPPORT.to_owned() } else { format!("{}?all=1", routes::ADMIN_SUPPORT) }>
                    {if all { "Show open ones only" } else { "Show closed ones too" }}
                </a>
            </p>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|messages| if messages.is_empty() {
                        view! {
                            <div class="empty-state mt-6">
                                <p class="font-medium">"No messages waiting"</p>
                                <p class="mt-1 text-sm text-muted">"Messages sent with the support form appear here."</p>
                            </div>
                        }.into_any()
                    } else {
                        view! {
                            <ul class="rows">
                                {messages.into_iter().map(|m| view! {
                                    <li data-testid=testids::SUPPORT_ROW>
                                        <div class="min-w-0 flex-1">
                                            <a class="link" href=format!("{}/{}", routes::ADMIN_SUPPORT, m.id)>{m.topic.clone()}</a>
                                            <p class="line-clamp-1 text-muted">{m.message.clone()}</p>
                                            <p class="text-xs text-muted">{m.email.clone()} " · " {day_of(&m.created_at)}{m.closed_at.as_ref().map(|_| " · closed")}</p>
                                        </div>
                                        {(m.topic_code == Topic::PrivacyRequest.code() || m.topic_code == Topic::UnderageAccount.code())
                                            .then(|| view! { <span class="rounded-full border border-line px-2 py-0.5 text-xs font-medium">"Privacy"</span> })}
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

/// The answer for a support message that does not exist (or was erased).
#[must_use]
pub fn message_not_found() -> AppError {
    AppError::new(
        obscura_shared::ErrorCode::NotFound,
        "This message doesn't exist.",
    )
}

async fn load_message(v: Viewer, id: String) -> Result<MessageView, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown message.
        let id = id.parse().map_err(|_| message_not_found())?;
        crate::backend::ports()?.admin.message(&v, id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, id);
        Err(AppError::internal())
    }
}

/// `/admin/support/{id}`.
#[component]
pub fn AdminMessage() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let id = use_params_map()
        .with_untracked(|p| p.get("id"))
        .unwrap_or_default();
    let data = Resource::new_blocking(
        move || (v.clone(), id.clone()),
        |(v, id)| load_message(v, id),
    );
    view! {
        <AdminFrame title="Message">
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|m| view! { <MessageDetail m /> })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}

#[component]
fn MessageDetail(m: MessageView) -> impl IntoView {
    let f = feedback(forms::REPLY);
    let underage = m.topic_code == Topic::UnderageAccount.code();
    let closed = m.closed_at.is_some();
    view! {
        <section class="panel" aria-labelledby="s-message">
            <h2 id="s-message">{m.topic.clone()}</h2>
            <dl class="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt class="text-muted">"From"</dt><dd>{m.email.clone()}{m.account.as_ref().map(|_| " (has an account)")}</dd>
                <dt class="text-muted">"Received"</dt><dd><time datetime=m.created_at.clone()>{day_of(&m.created_at)}</time></dd>
                <dt class="text-muted">"Status"</dt><dd>{if closed { "Closed" } else { "Open" }}</dd>
            </dl>
            <p class="mt-4 whitespace-pre-wrap">{m.message.clone()}</p>
            {m.attachment_url.clone().map(|url| {
                let href = url.clone();
                view! {
                    <a class="mt-4 block" href=href><img src=url alt="The image sent with the message" class="max-h-80 rounded-lg border border-line" /></a>
                }
            })}
        </section>
        {(!m.replies.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="s-replies">
                <h2 id="s-replies">"Replies sent"</h2>
                <ul class="mt-3 space-y-3 text-sm">
                    {m.replies.iter().map(|(at, text)| view! {
                        <li><p class="text-xs text-muted">{day_of(at)}</p><p class="whitespace-pre-wrap">{text.clone()}</p></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <section class="panel" aria-labelledby="s-reply">
            <h2 id="s-reply">"Reply by email"</h2>
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::ADMIN_SUPPORT_REPLY class="mt-3">
                <input type="hidden" name="id" value=m.id.clone() />
                <div class="field">
                    <label for="r-reply">"Your reply to " {m.email.clone()}</label>
                    <textarea class="input min-h-32" id="r-reply" name=fields::REPLY required aria-invalid=f.error(fields::REPLY).is_some().then_some("true")>{f.value(fields::REPLY).unwrap_or_default()}</textarea>
                    {f.error(fields::REPLY).map(|e| view! { <p class="field-error">{e}</p> })}
                </div>
                <div class="form-actions sm:flex-row"><button type="submit" class="btn-primary">"Send reply"</button></div>
            </form>
            <form method="post" action=routes::ADMIN_SUPPORT_CLOSE class="mt-4">
                <input type="hidden" name="id" value=m.id.clone() />
                <input type="hidden" name="closed" value=if closed { "0" } else { "1" } />
                <button type="submit" class="btn-secondary">{if closed { "Reopen" } else { "Close message" }}</button>
            </form>
        </section>
        {underage.then(|| view! {
            <section class="panel border-red-300 dark:border-red-900" aria-labelledby="s-underage">
                <h2 id="s-underage">"Underage account"</h2>
                <p class="mt-2 text-sm">"If the report holds, delete the account it is about. Type that account's email address as the report names it (the sender's own account is deleted only if you type its address). The account is signed out everywhere and everything in it is deleted at once. This cannot be undone, and it is kept in the audit log."</p>
                <form method="post" action=routes::ADMIN_SUPPORT_ERASE class="mt-3">
                    <input type="hidden" name="id" value=m.id.clone() />
                    <div class="field">
                        <label for="u-account">"Email address of the reported account"</label>
                        <input class="input" id="u-account" name=ERASE_ACCOUNT type="email" required autocomplete="off" />
                    </div>
                    <div class="check">
                        <input type="checkbox" id="u-confirm" name="confirm" value="1" />
                        <label for="u-confirm">"I checked the report and want to delete this account."</label>
                    </div>
                    <div class="form-actions sm:flex-row">
                        <button type="submit" class="btn bg-red-700 text-white hover:bg-red-800">"Disable and delete the account"</button>
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
    let data = Resource::new_blocking(move || v.clone(), load_requests);
    let f = feedback(forms::REQUEST);
    let kind = f.value(fields::KIND).unwrap_or_default();
    view! {
        <AdminFrame title="Privacy requests">
            <p class="mt-2 text-sm text-muted">"Every request about personal data is answered within 30 days of receiving it. Requests sent with the support form are listed here by themselves; log those that came another way."</p>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|requests| if requests.is_empty() {
                        view! { <div class="empty-state mt-6"><p class="font-medium">"No requests"</p></div> }.into_any()
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
                <h2 id="s-log">"Log a request received another way"</h2>
                <FormNotice feedback=f.clone() />
                <form method="post" action=routes::ADMIN_REQUESTS_NEW class="mt-3">
                    <div class="field">
                        <label for="q-kind">"Kind"</label>
                        <select class="input" id="q-kind" name=fields::KIND required>
                            <option value="" selected=kind.is_empty()>"Choose"</option>
                            {RequestKind::ALL.into_iter().map(|k| view! { <option value=k.code() selected=kind == k.code()>{k.label()}</option> }).collect_view()}
                        </select>
                        {f.error(fields::KIND).map(|e| view! { <p class="field-error">{e}</p> })}
                    </div>
                    <Field feedback=f.clone() id_prefix="q" name=fields::REQUESTER label="Requester's email address" kind="email" required=true />
                    <Field feedback=f.clone() id_prefix="q" name=fields::CHANNEL label="Received by" hint="Email, letter, phone…" required=true maxlength=64 />
                    <Field feedback=f.clone() id_prefix="q" name=fields::RECEIVED label="Received on" kind="date" required=true />
                    <Field feedback=f.clone() id_prefix="q" name=fields::NOTES label="Notes" maxlength=2000 />
                    <div class="form-actions sm:flex-row"><button type="submit" class="btn-primary">"Log request"</button></div>
                </form>
            </section>
        </AdminFrame>
    }
    .into_any()
}

#[component]
fn RequestRow(r: RequestView) -> impl IntoView {
    let status = match (&r.done_at, r.overdue) {
        (Some(at), _) => format!("Answered {}", day_of(at)),
        (None, true) => format!("Overdue since {}", r.due),
        (None, false) => format!("Due {}", r.due),
    };
    view! {
        <li data-testid=testids::REQUEST_ROW data-overdue=r.overdue.to_string() class=if r.overdue { "bg-red-50 dark:bg-red-950" } else { "" }>
            <div class="min-w-0 flex-1">
                <p class="font-medium">{r.kind.clone()} " · " {r.requester.clone()}</p>
                <p class="text-xs text-muted">"Received " {r.received.clone()} " by " {r.channel.clone()}
                    {r.message_id.clone().map(|id| view! { " · " <a class="link" href=format!("{}/{id}", routes::ADMIN_SUPPORT)>"message"</a> })}
                </p>
                {(!r.notes.is_empty()).then(|| view! { <p class="text-xs">{r.notes.clone()}</p> })}
                <p class=if r.overdue { "text-sm font-semibold text-red-800 dark:text-red-200" } else { "text-sm" }>
                    {r.overdue.then_some("⚠ ")}{status}
                </p>
            </div>
            {r.done_at.is_none().then(|| view! {
                <form method="post" action=routes::ADMIN_REQUESTS_DONE>
                    <input type="hidden" name="id" value=r.id.clone() />
                    <button type="submit" class="btn-secondary btn-sm">"Mark answered"</button>
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
    let data = Resource::new_blocking(move || (v.clone(), days), |(v, d)| load_analytics(v, d));
    let period = move |d: i64| {
        let current = (d == days).then_some("page");
        view! { <a class="btn-ghost btn-sm" aria-current=current href=format!("{}?days={d}", routes::ADMIN_ANALYTICS)>{format!("{d} days")}</a> }
    };
    view! {
        <AdminFrame title="Analytics">
            <p class="mt-2 text-sm text-muted">"Page views of visitors who allowed counting: totals only, nothing about anyone."</p>
            <nav aria-label="Period" class="mt-3 flex gap-2">{period(7)}{period(30)}{period(90)}</nav>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
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
    let data = Resource::new_blocking(move || (v.clone(), page), |(v, p)| load_audit(v, p));
    view! {
        <AdminFrame title="Audit log">
            <p class="mt-2 text-sm text-muted">"Every admin action: who did what, to which account, message or request, when, and how it ended. Kept for 3 years."</p>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|log| if log.entries.is_empty() {
                        view! { <div class="empty-state mt-6"><p class="font-medium">"No admin actions recorded"</p></div> }.into_any()
                    } else {
                        let newer = (log.page > 1).then(|| format!("{}?page={}", routes::ADMIN_AUDIT, log.page - 1));
                        let older = log.more.then(|| format!("{}?page={}", routes::ADMIN_AUDIT, log.page + 1));
                        view! {
                            <ul class="rows">
                                {log.entries.into_iter().map(|e| view! {
                                    <li data-testid="audit-row">
                                        <div class="min-w-0 flex-1">
                                            <p class="font-medium">{e.action.clone()} " · " <span data-field="outcome">{e.outcome.clone()}</span></p>
                                            <p class="text-xs text-muted">
                                                <time datetime=e.at.clone()>{e.at.clone()}</time>
                                                " · by " <span data-field="actor">{e.actor.clone()}</span>
                                                " · on " <span data-field="target">{e.target.clone()}</span>
                                            </p>
                                        </div>
                                    </li>
                                }).collect_view()}
                            </ul>
                            <nav aria-label="Pages" class="mt-4 flex gap-2">
                                {newer.map(|h| view! { <a class="btn-ghost btn-sm" href=h>"Newer"</a> })}
                                {older.map(|h| view! { <a class="btn-ghost btn-sm" href=h data-testid="audit-older">"Older"</a> })}
                            </nav>
                        }.into_any()
                    })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}
