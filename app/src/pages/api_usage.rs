//! `/settings/api/usage`: what the account's API keys did, per UTC day. Filters (days, key,
//! outcome) in a plain GET form, a bar chart drawn as SVG on the server, the same figures as a
//! table, and the rows themselves as a CSV download. No islands.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::Language,
    api::{UsageDay, UsagePage},
    routes, t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::field_error,
    error::AppError,
    pages::settings::SettingsFrame,
};

async fn load(v: Viewer, filters: [String; 4]) -> Result<UsagePage, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.api.usage(&v, filters).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, filters);
        Err(AppError::internal())
    }
}

const CHART_HEIGHT: u64 = 120;

/// Requests per day as bars (failed ones in red on top of the rest).
#[component]
fn Chart(days: Vec<UsageDay>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let peak = days.iter().map(|d| d.requests).max().unwrap_or(0);
    let most = peak.max(1);
    let width = days.len().max(1) * 10;
    let total: u64 = days.iter().map(|d| d.requests).sum();
    let from = days.first().map(|d| d.day.as_str()).unwrap_or_default();
    let to = days.last().map(|d| d.day.as_str()).unwrap_or_default();
    let label = match days
        .iter()
        .max_by_key(|d| d.requests)
        .filter(|d| d.requests > 0)
    {
        Some(busiest) => t!(
            lang,
            "usage-chart-busiest",
            from = from,
            to = to,
            total = total,
            day = busiest.day.as_str(),
            most = busiest.requests
        ),
        None => t!(lang, "usage-chart", from = from, to = to, total = total),
    };
    let scale = |n: u64| n * CHART_HEIGHT / most;
    let first_day = days.first().map(|d| d.day.clone()).unwrap_or_default();
    let last_day = days.last().map(|d| d.day.clone()).unwrap_or_default();
    view! {
        <figure class="mt-4" data-testid=testids::API_USAGE_CHART>
            <svg role="img" aria-label=label class="h-32 w-full rounded-lg bg-canvas" viewBox=format!("0 0 {width} {CHART_HEIGHT}") preserveAspectRatio="none">
                {days.iter().enumerate().map(|(i, d)| {
                    let x = i * 10 + 1;
                    let ok = scale(d.requests.saturating_sub(d.failed));
                    let bad = scale(d.failed);
                    let title = t!(lang, "usage-bar", day = d.day.as_str(), count = d.requests, failed = d.failed);
                    view! {
                        <g>
                            <title>{title}</title>
                            <rect x=x y=CHART_HEIGHT - ok width="8" height=ok class="fill-violet-600 dark:fill-violet-400" />
                            <rect x=x y=CHART_HEIGHT - ok - bad width="8" height=bad class="fill-red-600 dark:fill-red-400" />
                        </g>
                    }
                }).collect_view()}
                <line x1="0" y1=CHART_HEIGHT x2=width y2=CHART_HEIGHT class="stroke-line" stroke-width="1" />
            </svg>
            <div class="mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
                <span>{first_day}</span>
                <span>{t!(lang, "usage-peak", count = peak)}</span>
                <span>{last_day}</span>
            </div>
            <figcaption class="mt-2 flex flex-wrap gap-4 text-sm text-muted">
                <span><span class="mr-1 inline-block h-3 w-3 rounded-sm bg-violet-600 dark:bg-violet-400" aria-hidden="true"></span>{t!(lang, "usage-answered")}</span>
                <span><span class="mr-1 inline-block h-3 w-3 rounded-sm bg-red-600 dark:bg-red-400" aria-hidden="true"></span>{t!(lang, "usage-failed-codes")}</span>
            </figcaption>
        </figure>
    }
}

#[component]
fn Filters(page: UsagePage) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let error = |f: &str| {
        page.errors
            .iter()
            .find(|(k, _)| k == f)
            .map(|(_, m)| m.clone())
    };
    let (from_error, to_error, key_error, outcome_error) =
        (error("from"), error("to"), error("key"), error("outcome"));
    let key = page.key.clone();
    let outcome = page.outcome.clone();
    view! {
        <form method="get" action=routes::SETTINGS_API_USAGE class="filters" aria-label=t!(lang, "usage-filter")>
            <div class="filters-grid">
                <div class="field">
                    <label for="u-from">{t!(lang, "usage-from")}</label>
                    <input class="input" type="date" id="u-from" name="from" value=page.from.clone() aria-invalid=from_error.is_some().then_some("true") aria-describedby=from_error.as_ref().map(|_| "u-from-error") />
                    {field_error("u-from", from_error.clone())}
                </div>
                <div class="field">
                    <label for="u-to">{t!(lang, "usage-to")}</label>
                    <input class="input" type="date" id="u-to" name="to" value=page.to.clone() aria-invalid=to_error.is_some().then_some("true") aria-describedby=to_error.as_ref().map(|_| "u-to-error") />
                    {field_error("u-to", to_error.clone())}
                </div>
                <div class="field">
                    <label for="u-key">{t!(lang, "usage-key")}</label>
                    <select class="input" id="u-key" name="key" aria-invalid=key_error.is_some().then_some("true") aria-describedby=key_error.as_ref().map(|_| "u-key-error")>
                        <option value="" selected=key.is_empty()>{t!(lang, "usage-all-keys")}</option>
                        {page.keys.iter().map(|(id, name)| {
                            let selected = *id == key;
                            view! { <option value=id.clone() selected=selected>{name.clone()}</option> }
                        }).collect_view()}
                    </select>
                    {field_error("u-key", key_error.clone())}
                </div>
                <div class="field">
                    <label for="u-outcome">{t!(lang, "usage-answers")}</label>
                    <select class="input" id="u-outcome" name="outcome" aria-invalid=outcome_error.is_some().then_some("true") aria-describedby=outcome_error.as_ref().map(|_| "u-outcome-error")>
                        <option value="" selected=outcome.is_empty()>{t!(lang, "usage-all")}</option>
                        <option value="succeeded" selected=outcome == "succeeded">{t!(lang, "usage-answered-codes")}</option>
                        <option value="failed" selected=outcome == "failed">{t!(lang, "usage-failed-codes")}</option>
                    </select>
                    {field_error("u-outcome", outcome_error.clone())}
                </div>
            </div>
            <div class="form-actions sm:flex-row">
                <button type="submit" class="btn-secondary">{t!(lang, "usage-show")}</button>
            </div>
        </form>
    }
}

#[component]
fn UsageBody(page: UsagePage) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let csv = format!(
        "{}?from={}&to={}&key={}&outcome={}",
        routes::SETTINGS_API_USAGE_CSV,
        page.from,
        page.to,
        page.key,
        page.outcome
    );
    let report = page.report.clone();
    view! {
        <p class="mt-2 text-muted">{t!(lang, "usage-intro")}</p>
        <Filters page=page.clone() />
        {match report {
            None => view! { <p class="mt-6 text-muted">{t!(lang, "usage-correct-filters")}</p> }.into_any(),
            Some(r) => {
                let active: Vec<UsageDay> = r.days.iter().rev().filter(|d| d.requests > 0).cloned().collect();
                view! {
                    <section class="panel" aria-labelledby="u-summary">
                        <h2 id="u-summary">{t!(lang, "usage-period", from = r.from.as_str(), to = r.to.as_str())}</h2>
                        <p class="mt-2">
                            {t!(lang, "usage-summary", requests = r.requests, failed = r.failed, credits = r.credits)}
                        </p>
                        <Chart days=r.days.clone() />
                        <p class="mt-4"><a class="link" href=csv download>{t!(lang, "usage-csv")}</a></p>
                    </section>
                    <section class="mt-8" aria-labelledby="u-days">
                        <h2 id="u-days">{t!(lang, "usage-per-day")}</h2>
                        {if active.is_empty() {
                            view! { <div class="empty-state mt-4"><p>{t!(lang, "usage-no-requests")}</p></div> }.into_any()
                        } else {
                            view! {
                                <div class="data-table"><div class="table-wrap">
                                    <table>
                                        <thead>
                                            <tr>
                                                <th scope="col">{t!(lang, "usage-col-day")}</th>
                                                <th scope="col">{t!(lang, "usage-col-requests")}</th>
                                                <th scope="col">{t!(lang, "usage-col-failed")}</th>
                                                <th scope="col">{t!(lang, "usage-col-credits")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {active.into_iter().map(|d| view! {
                                                <tr data-testid=testids::API_USAGE_DAY>
                                                    <th scope="row">{d.day}</th>
                                                    <td data-label=t!(lang, "usage-col-requests")>{d.requests}</td>
                                                    <td data-label=t!(lang, "usage-col-failed")>{d.failed}</td>
                                                    <td data-label=t!(lang, "usage-col-credits")>{d.credits}</td>
                                                </tr>
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                </div></div>
                            }.into_any()
                        }}
                    </section>
                }.into_any()
            }
        }}
    }
}

/// `/settings/api/usage`.
#[component]
pub fn ApiUsage() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let query = use_query_map();
    let filters = move || {
        query.with(|q| ["from", "to", "key", "outcome"].map(|k| q.get(k).unwrap_or_default()))
    };
    let data = Resource::new_blocking(move || (v.clone(), filters()), |(v, f)| load(v, f));
    view! {
        <Title text=t!(lang, "usage-title") />
        <SettingsFrame title=t!(lang, "usage-title")>
            <p class="mt-2"><a class="link" href=routes::SETTINGS_API>{format!("← {}", t!(lang, "api-keys-title"))}</a></p>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "billing-loading")}</p> }>
                {move || Suspend::new(async move { data.await.map(|page| view! { <UsageBody page /> }) })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}
