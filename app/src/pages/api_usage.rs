//! `/settings/api/usage`: what the account's API keys did, per UTC day. Filters (days, key,
//! outcome) in a plain GET form, a bar chart drawn as SVG on the server, the same figures as a
//! table, and the rows themselves as a CSV download. No islands.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    api::{UsageDay, UsagePage},
    routes, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::field_error,
    error::AppError,
    format::plural,
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
    let peak = days.iter().map(|d| d.requests).max().unwrap_or(0);
    let most = peak.max(1);
    let width = days.len().max(1) * 10;
    let total: u64 = days.iter().map(|d| d.requests).sum();
    let busiest = days
        .iter()
        .max_by_key(|d| d.requests)
        .filter(|d| d.requests > 0)
        .map(|d| format!(", most on {} ({})", d.day, d.requests))
        .unwrap_or_default();
    let label = format!(
        "Requests per day, {} to {}: {} in all{busiest}.",
        days.first().map(|d| d.day.as_str()).unwrap_or_default(),
        days.last().map(|d| d.day.as_str()).unwrap_or_default(),
        total
    );
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
                    let title = format!("{}: {}, {} failed", d.day, plural(i64::try_from(d.requests).unwrap_or(i64::MAX), "request", "requests"), d.failed);
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
                <span>{format!("most in a day: {peak}")}</span>
                <span>{last_day}</span>
            </div>
            <figcaption class="mt-2 flex flex-wrap gap-4 text-sm text-muted">
                <span><span class="mr-1 inline-block h-3 w-3 rounded-sm bg-violet-600 dark:bg-violet-400" aria-hidden="true"></span>"Answered"</span>
                <span><span class="mr-1 inline-block h-3 w-3 rounded-sm bg-red-600 dark:bg-red-400" aria-hidden="true"></span>"Refused or failed (4xx, 5xx)"</span>
            </figcaption>
        </figure>
    }
}

#[component]
fn Filters(page: UsagePage) -> impl IntoView {
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
        <form method="get" action=routes::SETTINGS_API_USAGE class="filters" aria-label="Filter usage">
            <div class="filters-grid">
                <div class="field">
                    <label for="u-from">"From"</label>
                    <input class="input" type="date" id="u-from" name="from" value=page.from.clone() aria-invalid=from_error.is_some().then_some("true") aria-describedby=from_error.as_ref().map(|_| "u-from-error") />
                    {field_error("u-from", from_error.clone())}
                </div>
                <div class="field">
                    <label for="u-to">"To"</label>
                    <input class="input" type="date" id="u-to" name="to" value=page.to.clone() aria-invalid=to_error.is_some().then_some("true") aria-describedby=to_error.as_ref().map(|_| "u-to-error") />
                    {field_error("u-to", to_error.clone())}
                </div>
                <div class="field">
                    <label for="u-key">"Key"</label>
                    <select class="input" id="u-key" name="key" aria-invalid=key_error.is_some().then_some("true") aria-describedby=key_error.as_ref().map(|_| "u-key-error")>
                        <option value="" selected=key.is_empty()>"All keys"</option>
                        {page.keys.iter().map(|(id, name)| {
                            let selected = *id == key;
                            view! { <option value=id.clone() selected=selected>{name.clone()}</option> }
                        }).collect_view()}
                    </select>
                    {field_error("u-key", key_error.clone())}
                </div>
                <div class="field">
                    <label for="u-outcome">"Answers"</label>
                    <select class="input" id="u-outcome" name="outcome" aria-invalid=outcome_error.is_some().then_some("true") aria-describedby=outcome_error.as_ref().map(|_| "u-outcome-error")>
                        <option value="" selected=outcome.is_empty()>"All"</option>
                        <option value="succeeded" selected=outcome == "succeeded">"Answered (2xx, 3xx)"</option>
                        <option value="failed" selected=outcome == "failed">"Refused or failed (4xx, 5xx)"</option>
                    </select>
                    {field_error("u-outcome", outcome_error.clone())}
                </div>
            </div>
            <div class="form-actions sm:flex-row">
                <button type="submit" class="btn-secondary">"Show"</button>
            </div>
        </form>
    }
}

#[component]
fn UsageBody(page: UsagePage) -> impl IntoView {
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
        <p class="mt-2 text-muted">
            "Every request made with your keys is logged with its time, key, route, status, duration and credits (never what it carried) and kept 12 months. Days are UTC."
        </p>
        <Filters page=page.clone() />
        {match report {
            None => view! { <p class="mt-6 text-muted">"Correct the filters above to see your usage."</p> }.into_any(),
            Some(r) => {
                let active: Vec<UsageDay> = r.days.iter().rev().filter(|d| d.requests > 0).cloned().collect();
                view! {
                    <section class="panel" aria-labelledby="u-summary">
                        <h2 id="u-summary">{format!("{} to {}", r.from, r.to)}</h2>
                        <p class="mt-2">
                            {plural(i64::try_from(r.requests).unwrap_or(i64::MAX), "request", "requests")}", "
                            {r.failed}" refused or failed, "
                            {plural(r.credits, "credit", "credits")}" spent."
                        </p>
                        <Chart days=r.days.clone() />
                        <p class="mt-4"><a class="link" href=csv download>"Download these requests as CSV"</a></p>
                    </section>
                    <section class="mt-8" aria-labelledby="u-days">
                        <h2 id="u-days">"Per day"</h2>
                        {if active.is_empty() {
                            view! { <div class="empty-state mt-4"><p>"No requests in this period."</p></div> }.into_any()
                        } else {
                            view! {
                                <div class="data-table"><div class="table-wrap">
                                    <table>
                                        <thead>
                                            <tr>
                                                <th scope="col">"Day"</th>
                                                <th scope="col">"Requests"</th>
                                                <th scope="col">"Refused or failed"</th>
                                                <th scope="col">"Credits"</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {active.into_iter().map(|d| view! {
                                                <tr data-testid=testids::API_USAGE_DAY>
                                                    <th scope="row">{d.day}</th>
                                                    <td data-label="Requests">{d.requests}</td>
                                                    <td data-label="Refused or failed">{d.failed}</td>
                                                    <td data-label="Credits">{d.credits}</td>
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
    let query = use_query_map();
    let filters = move || {
        query.with(|q| ["from", "to", "key", "outcome"].map(|k| q.get(k).unwrap_or_default()))
    };
    let data = Resource::new_blocking(move || (v.clone(), filters()), |(v, f)| load(v, f));
    view! {
        <Title text="API usage" />
        <SettingsFrame title="API usage">
            <p class="mt-2"><a class="link" href=routes::SETTINGS_API>"← API keys"</a></p>
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move { data.await.map(|page| view! { <UsageBody page /> }) })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}
