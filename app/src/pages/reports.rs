//! Reports of shared images.
//!
//! - `/share/{id}/report`: the public form (no account needed, works without JavaScript): a
//!   reason from a list, optional details, an optional address for the outcome; after sending,
//!   the same address with `?sent=1` thanks the reporter. Never indexed. An unknown, revoked or
//!   expired share gets the share page's own 404; a taken-down one the neutral 410 page.
//! - [`ShareGone`]: what a taken-down share's page shows (410): no reason, no owner.
//! - `/admin/reports` and `/admin/reports/{id}`: the admin's list (open, decided, all) and one
//!   report with the image, its prompt, the owner, the other reports of the share and the
//!   decision form (dismiss, take down, take down and suspend the owner).

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};
use obscura_shared::{
    account::Language,
    i18n::text,
    reports::{
        DETAILS_MAX_CHARS, Decision, NOTE_MAX_CHARS, Reason, ReportDetail, ReportFilter,
        ReportList, ReportRow, ShareStanding, fields, forms, status,
    },
    routes, t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{Field, FormNotice, field_error},
    error::AppError,
    forms::feedback,
    pages::{
        admin::{AdminDetail, AdminFrame},
        gallery_item::day_of,
        not_found::NotFound,
    },
};

/// A report reason's name in `lang` (a code no longer known shows as it was stored).
#[must_use]
pub fn reason_label(lang: Language, code: &str) -> String {
    Reason::from_code(code).map_or_else(|| code.to_owned(), |r| text(lang, r.message_id(), &[]))
}

/// A report status's name in `lang`.
pub fn status_label(lang: Language, code: &str) -> String {
    match code {
        status::OPEN => t!(lang, "report-status-open"),
        status::DISMISSED => t!(lang, "report-status-dismissed"),
        status::TAKEN_DOWN => t!(lang, "report-status-taken-down"),
        status::OWNER_SUSPENDED => t!(lang, "report-status-owner-suspended"),
        other => other.to_owned(),
    }
}

fn decision_label(lang: Language, d: Decision) -> String {
    match d {
        Decision::Dismiss => t!(lang, "report-decision-dismiss"),
        Decision::TakeDown => t!(lang, "report-decision-take-down"),
        Decision::SuspendOwner => t!(lang, "report-decision-suspend-owner"),
    }
}

/// The answer for a report that does not exist, in `lang`.
#[must_use]
pub fn report_not_found(lang: Language) -> AppError {
    AppError::new(
        obscura_shared::ErrorCode::NotFound,
        t!(lang, "report-admin-not-found"),
    )
}

/// The page of a share taken down after a report: 410, and nothing about why or whose.
#[component]
pub fn ShareGone() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::GONE);
    }
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Title text=t!(lang, "report-gone-title") />
        <Meta name="robots" content="noindex" />
        <section class="mx-auto flex max-w-xl flex-col items-center px-6 py-24 text-center">
            <p class="text-sm font-semibold uppercase tracking-widest text-accent">"410"</p>
            <h1 class="mt-3 text-3xl font-bold tracking-tight sm:text-4xl" data-testid=testids::SHARE_GONE>
                {t!(lang, "report-gone-heading")}
            </h1>
            <p class="mt-4 text-muted">{t!(lang, "report-gone-text")}</p>
            <div class="mt-8 flex gap-3">
                <a href=routes::HOME class="btn-primary">{t!(lang, "not-found-home")}</a>
            </div>
        </section>
    }
}

async fn load_standing(id: String) -> Result<ShareStanding, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown share (the same 404).
        let Ok(id) = id.parse() else {
            return Ok(ShareStanding::Unknown);
        };
        crate::backend::ports()?.reports.standing(&id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = id;
        Err(AppError::internal())
    }
}

/// `/share/{id}/report`.
#[component]
pub fn ShareReportPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let sent = use_query_map().with_untracked(|q| q.get("sent")).as_deref() == Some("1");
    let key = id.clone();
    let data = Resource::new_blocking(move || key.clone(), load_standing);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let id = id.clone();
                Suspend::new(async move {
                    match data.await {
                        Ok(ShareStanding::Live { image_url, width, height }) if !sent => {
                            view! { <ReportForm id image_url width height /> }.into_any()
                        }
                        Ok(ShareStanding::Live { .. }) => view! { <ReportThanks /> }.into_any(),
                        Ok(ShareStanding::TakenDown) => view! { <ShareGone /> }.into_any(),
                        Ok(ShareStanding::Unknown) => view! { <NotFound /> }.into_any(),
                        Err(e) => Err::<(), _>(e).into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn ReportForm(id: String, image_url: String, width: u32, height: u32) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::REPORT);
    let chosen = f.value(fields::REASON).unwrap_or_default();
    let reason_error = f.error(fields::REASON);
    let details_error = f.error(fields::DETAILS);
    let details = f.value(fields::DETAILS).unwrap_or_default();
    let reason_described = reason_error.as_ref().map(|_| "r-reason-error");
    let reason_invalid = reason_error.is_some().then_some("true");
    let details_described = if details_error.is_some() {
        "r-details-hint r-details-error"
    } else {
        "r-details-hint"
    };
    let details_invalid = details_error.is_some().then_some("true");
    view! {
        <Title text=t!(lang, "report-title") />
        <Meta name="robots" content="noindex, nofollow" />
        <article class="auth-page">
            <h1>{t!(lang, "report-title")}</h1>
            <p class="lead">{t!(lang, "report-lead")}</p>
            <img class="mt-6 h-40 w-auto max-w-full rounded-xl border border-line bg-canvas object-contain" src=image_url width=width height=height alt=t!(lang, "report-image-alt") />
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::share_report(&id) class="mt-6" data-testid=testids::REPORT_FORM>
                <fieldset aria-describedby=reason_described>
                    <legend class="text-sm font-medium">{t!(lang, "report-reason-legend")}</legend>
                    {Reason::ALL.into_iter().map(|r| {
                        let input_id = format!("r-reason-{}", r.code());
                        view! {
                            <div class="check mt-3">
                                <input type="radio" id=input_id.clone() name=fields::REASON value=r.code() required=true checked=chosen == r.code() aria-invalid=reason_invalid />
                                <label for=input_id>{text(lang, r.message_id(), &[])}</label>
                            </div>
                        }
                    }).collect_view()}
                    {field_error("r-reason", reason_error)}
                </fieldset>
                <div class="field mt-6">
                    <label for="r-details">{t!(lang, "report-details-label")}<span class="font-normal text-muted">{format!(" {}", t!(lang, "form-optional"))}</span></label>
                    <p class="hint" id="r-details-hint">{t!(lang, "report-details-hint", max = DETAILS_MAX_CHARS)}</p>
                    <textarea class="input min-h-32" id="r-details" name=fields::DETAILS maxlength=DETAILS_MAX_CHARS aria-describedby=details_described aria-invalid=details_invalid>{details}</textarea>
                    {field_error("r-details", details_error)}
                </div>
                <div class="mt-5">
                    <Field feedback=f.clone() id_prefix="r" name=fields::EMAIL kind="email" autocomplete="email" label=t!(lang, "report-email-label") hint=t!(lang, "report-email-hint") maxlength=254 />
                </div>
                <div class="form-actions">
                    <button type="submit" class="btn-primary">{t!(lang, "report-submit")}</button>
                    <a class="link text-sm" href=routes::share_page(&id)>{t!(lang, "report-back")}</a>
                </div>
            </form>
        </article>
    }
}

#[component]
fn ReportThanks() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Title text=t!(lang, "report-thanks-title") />
        <Meta name="robots" content="noindex, nofollow" />
        <section class="mx-auto flex max-w-xl flex-col items-center px-6 py-24 text-center">
            <h1 class="text-3xl font-bold tracking-tight" data-testid=testids::REPORT_THANKS>{t!(lang, "report-thanks-title")}</h1>
            <p class="mt-4 text-muted" role="status">{t!(lang, "report-thanks-text")}</p>
            <div class="mt-8 flex gap-3">
                <a href=routes::HOME class="btn-secondary">{t!(lang, "not-found-home")}</a>
            </div>
        </section>
    }
}

async fn load_list(v: Viewer, filter: ReportFilter, page: u64) -> Result<ReportList, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?
            .reports
            .list(&v, filter, page)
            .await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, filter, page);
        Err(AppError::internal())
    }
}

fn list_href(filter: ReportFilter, page: u64) -> String {
    if page > 1 {
        format!(
            "{}?show={}&page={page}",
            routes::ADMIN_REPORTS,
            filter.code()
        )
    } else {
        format!("{}?show={}", routes::ADMIN_REPORTS, filter.code())
    }
}

/// `/admin/reports`.
#[component]
pub fn AdminReports() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let (filter, page) = use_query_map().with_untracked(|q| {
        (
            ReportFilter::from_code(q.get("show").as_deref().unwrap_or_default()),
            q.get("page")
                .and_then(|p| p.parse::<u64>().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        )
    });
    let data = Resource::new_blocking(
        move || (v.clone(), filter, page),
        |(v, f, p)| load_list(v, f, p),
    );
    view! {
        <AdminFrame title=t!(lang, "report-admin-menu")>
            <p class="mt-2 text-sm text-muted">{t!(lang, "report-admin-lead")}</p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|list| view! { <ReportTable list /> })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}

#[component]
fn ReportTable(list: ReportList) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let tab = move |f: ReportFilter| {
        let label = match f {
            ReportFilter::Open => t!(lang, "report-admin-filter-open", count = list.open),
            ReportFilter::Decided => t!(lang, "report-admin-filter-decided", count = list.decided),
            ReportFilter::All => t!(lang, "report-admin-filter-all"),
        };
        let current = (f == list.filter).then_some("page");
        view! { <a class="btn-ghost btn-sm" aria-current=current href=list_href(f, 1) data-testid=testids::REPORT_FILTER>{label}</a> }
    };
    let newer = (list.page > 1).then(|| list_href(list.filter, list.page - 1));
    let older = list.more.then(|| list_href(list.filter, list.page + 1));
    let rows = list.rows;
    view! {
        <nav aria-label=t!(lang, "report-admin-filter") class="mt-3 flex flex-wrap gap-2">
            {ReportFilter::ALL.into_iter().map(tab).collect_view()}
        </nav>
        {if rows.is_empty() {
            view! {
                <div class="empty-state mt-6">
                    <p class="font-medium">{t!(lang, "report-admin-empty")}</p>
                    <p class="mt-1 text-sm text-muted">{t!(lang, "report-admin-empty-text")}</p>
                </div>
            }.into_any()
        } else {
            view! {
                <div class="data-table mt-4 overflow-x-auto rounded-xl border border-line">
                    <table>
                        <caption class="sr-only">{t!(lang, "report-admin-menu")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t!(lang, "report-admin-col-reason")}</th>
                                <th scope="col">{t!(lang, "report-admin-col-received")}</th>
                                <th scope="col">{t!(lang, "report-admin-col-status")}</th>
                                <th scope="col">{t!(lang, "report-admin-col-share")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! { <ReportLine r /> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        }}
        <nav aria-label=t!(lang, "report-admin-pages") class="mt-4 flex gap-2">
            {newer.map(|h| view! { <a class="btn-ghost btn-sm" href=h>{t!(lang, "report-admin-newer")}</a> })}
            {older.map(|h| view! { <a class="btn-ghost btn-sm" href=h>{t!(lang, "report-admin-older")}</a> })}
        </nav>
    }
}

#[component]
fn ReportLine(r: ReportRow) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <tr data-testid=testids::REPORT_ROW data-status=r.status.clone()>
            <th scope="row"><a class="link" href=routes::admin_report(&r.id)>{reason_label(lang, &r.reason)}</a></th>
            <td data-label=t!(lang, "report-admin-col-received")><time datetime=r.created_at.clone()>{day_of(&r.created_at)}</time></td>
            <td data-label=t!(lang, "report-admin-col-status")>
                {status_label(lang, &r.status)}
                {(r.others_open > 0).then(|| view! { " " <span class="badge">{t!(lang, "report-admin-others", count = r.others_open)}</span> })}
            </td>
            <td data-label=t!(lang, "report-admin-col-share")><code class="break-all">{r.share_id.clone()}</code></td>
        </tr>
    }
}

async fn load_report(v: Viewer, id: String) -> Result<ReportDetail, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown report.
        let id: obscura_shared::ids::ReportId =
            id.parse().map_err(|_| report_not_found(v.language))?;
        crate::backend::ports()?.reports.report(&v, id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, id);
        Err(AppError::internal())
    }
}

/// `/admin/reports/{id}`.
#[component]
pub fn AdminReport() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <AdminDetail title=t!(lang, "report-admin-title")
            back=(routes::ADMIN_REPORTS, t!(lang, "report-admin-back"))
            load=load_report detail=|d| view! { <ReportView d /> } />
    }
}

#[component]
fn ReportView(d: ReportDetail) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let open = d.row.status == status::OPEN;
    let others = d.others.clone();
    view! {
        <section class="panel" aria-labelledby="s-report" data-testid=testids::REPORT_DETAIL data-status=d.row.status.clone()>
            <h2 id="s-report">{reason_label(lang, &d.row.reason)}</h2>
            <dl class="facts mt-3">
                <dt>{t!(lang, "report-admin-received")}</dt><dd><time datetime=d.row.created_at.clone()>{day_of(&d.row.created_at)}</time></dd>
                <dt>{t!(lang, "report-admin-status")}</dt><dd>{status_label(lang, &d.row.status)}</dd>
                <dt>{t!(lang, "report-admin-reporter")}</dt>
                <dd>
                    {d.reporter_email.clone().unwrap_or_else(|| t!(lang, "report-admin-reporter-none"))}
                    {d.reporter_signed_in.then(|| format!(" {}", t!(lang, "report-admin-reporter-account")))}
                </dd>
                <dt>{t!(lang, "report-admin-owner")}</dt>
                <dd><a class="link" href=routes::admin_user(&d.owner_id)>{d.owner_email.clone().unwrap_or_else(|| d.owner_id.clone())}</a></dd>
                <dt>{t!(lang, "report-admin-share")}</dt>
                <dd>
                    <a class="link break-all" href=d.share_url.clone() rel="noreferrer">{d.share_url.clone()}</a>
                    {d.share_taken_down.then(|| format!(" {}", t!(lang, "report-admin-share-down")))}
                </dd>
            </dl>
            <h3 class="mt-5 text-sm font-semibold">{t!(lang, "report-admin-details")}</h3>
            {if d.details.is_empty() {
                view! { <p class="mt-1 text-sm text-muted">{t!(lang, "report-admin-no-details")}</p> }.into_any()
            } else {
                view! { <p class="mt-1 whitespace-pre-wrap break-words" data-user-content>{d.details.clone()}</p> }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="s-image">
            <h2 id="s-image">{t!(lang, "report-admin-image")}</h2>
            {match d.preview_url.clone() {
                Some(url) => view! { <img class="mt-3 max-h-96 w-auto max-w-full rounded-xl border border-line bg-canvas object-contain" src=url alt=t!(lang, "report-image-alt") /> }.into_any(),
                None => view! { <p class="mt-2 text-sm text-muted">{t!(lang, "report-admin-image-gone")}</p> }.into_any(),
            }}
            {d.prompt.clone().map(|p| view! {
                <h3 class="mt-4 text-sm font-semibold">{t!(lang, "report-admin-prompt")}</h3>
                <p class="mt-1 break-words" data-user-content>{p}</p>
            })}
        </section>
        {(!others.is_empty()).then(|| view! {
            <section class="panel" aria-labelledby="s-others">
                <h2 id="s-others">{t!(lang, "report-admin-others-heading")}</h2>
                <ul class="rows">
                    {others.into_iter().map(|o| view! {
                        <li>
                            <a class="link" href=routes::admin_report(&o.id)>{reason_label(lang, &o.reason)}</a>
                            <span class="text-muted"><time datetime=o.created_at.clone()>{day_of(&o.created_at)}</time> " · " {status_label(lang, &o.status)}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!open).then(|| view! {
            <section class="panel" aria-labelledby="s-decision">
                <h2 id="s-decision">{t!(lang, "report-admin-decision-heading")}</h2>
                <dl class="facts mt-3">
                    <dt>{t!(lang, "report-admin-status")}</dt><dd>{status_label(lang, &d.row.status)}</dd>
                    {d.decided_at.clone().map(|at| view! { <dt>{t!(lang, "report-admin-decided-at")}</dt><dd><time datetime=at.clone()>{day_of(&at)}</time></dd> })}
                    {d.decision_reason.clone().map(|r| view! { <dt>{t!(lang, "report-admin-decision-reason")}</dt><dd class="break-words" data-user-content>{r}</dd> })}
                    {d.note.clone().map(|n| view! { <dt>{t!(lang, "report-admin-note")}</dt><dd class="whitespace-pre-wrap break-words" data-user-content>{n}</dd> })}
                </dl>
            </section>
        })}
        {open.then(|| view! { <DecideForm id=d.row.id.clone() /> })}
    }
}

#[component]
fn DecideForm(id: String) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::DECIDE);
    let chosen = f.value(fields::DECISION).unwrap_or_default();
    let decision_error = f.error(fields::DECISION);
    let why_error = f.error(fields::WHY);
    let note_error = f.error(fields::NOTE);
    let confirm_error = f.error(fields::CONFIRM);
    let decision_described = decision_error.as_ref().map(|_| "d-decision-error");
    let why_described = why_error.as_ref().map(|_| "d-why-error");
    let why_invalid = why_error.is_some().then_some("true");
    let confirm_described = confirm_error.as_ref().map(|_| "d-confirm-error");
    let confirm_invalid = confirm_error.is_some().then_some("true");
    let note_described = if note_error.is_some() {
        "d-note-hint d-note-error"
    } else {
        "d-note-hint"
    };
    let note_invalid = note_error.is_some().then_some("true");
    view! {
        <section class="panel" aria-labelledby="s-decide">
            <h2 id="s-decide">{t!(lang, "report-admin-decide-heading")}</h2>
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::ADMIN_REPORTS_DECIDE class="mt-3" data-testid=testids::REPORT_DECIDE_FORM>
                <input type="hidden" name=fields::REPORT value=id />
                <fieldset aria-describedby=decision_described>
                    <legend class="text-sm font-medium">{t!(lang, "report-admin-decision-legend")}</legend>
                    {Decision::ALL.into_iter().map(|d| {
                        let input_id = format!("d-decision-{}", d.code());
                        view! {
                            <div class="check mt-3">
                                <input type="radio" id=input_id.clone() name=fields::DECISION value=d.code() required=true checked=chosen == d.code() />
                                <label for=input_id>{decision_label(lang, d)}</label>
                            </div>
                        }
                    }).collect_view()}
                    {field_error("d-decision", decision_error)}
                </fieldset>
                <div class="field mt-6">
                    <label for="d-why">{t!(lang, "report-admin-why-label")}</label>
                    <textarea class="input min-h-20" id="d-why" name=fields::WHY required maxlength=obscura_shared::audit::REASON_MAX_CHARS aria-invalid=why_invalid aria-describedby=why_described>{f.value(fields::WHY).unwrap_or_default()}</textarea>
                    {field_error("d-why", why_error)}
                </div>
                <div class="field">
                    <label for="d-note">{t!(lang, "report-admin-note-label")}<span class="font-normal text-muted">{format!(" {}", t!(lang, "form-optional"))}</span></label>
                    <p class="hint" id="d-note-hint">{t!(lang, "report-admin-note-hint")}</p>
                    <textarea class="input min-h-20" id="d-note" name=fields::NOTE maxlength=NOTE_MAX_CHARS aria-describedby=note_described aria-invalid=note_invalid>{f.value(fields::NOTE).unwrap_or_default()}</textarea>
                    {field_error("d-note", note_error)}
                </div>
                <div class="check">
                    <input type="checkbox" id="d-confirm" name=fields::CONFIRM value="1" aria-invalid=confirm_invalid aria-describedby=confirm_described />
                    <label for="d-confirm">{t!(lang, "report-admin-confirm")}</label>
                </div>
                {field_error("d-confirm", confirm_error)}
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">{t!(lang, "report-admin-submit")}</button>
                </div>
            </form>
        </section>
    }
}
