//! `/admin`, the dashboard an operator opens first: totals, sign-ups, active people,
//! generations, failures and cancellations by provider (a cancellation is not a failure), the job queue now, credits and (with billing) revenue
//! over 7, 30 or 90 UTC days. Counts only; every chart comes with its table.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::Language,
    admin_dashboard::{
        BACKLOG_AFTER_SECS, Dashboard, PERIODS, ProviderSeries, QueueNow, RevenueDay,
        UNKNOWN_PROVIDER, period, rate,
    },
    i18n::{decimal, money, number},
    routes, t, testids,
};

use crate::{
    account::Viewer,
    components::analytics_report::{DayChart, DayTable, Layout, Series, Tone},
    error::AppError,
    pages::admin::AdminFrame,
};

async fn load(v: Viewer, days: i64) -> Result<Dashboard, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.admin.dashboard(&v, days).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, days);
        Err(AppError::internal())
    }
}

/// `/admin`.
#[component]
pub fn AdminDashboard() -> impl IntoView {
    let Some(v) = crate::account::viewer() else {
        return ().into_any();
    };
    let days = period(use_query_map().with_untracked(|q| q.get("days")).as_deref());
    let lang = use_context::<Language>().unwrap_or_default();
    let data = Resource::new_blocking(move || (v.clone(), days), |(v, d)| load(v, d));
    let link = move |d: i64| {
        let current = (d == days).then_some("page");
        view! {
            <a class="btn-ghost btn-sm" aria-current=current data-testid=testids::DASH_PERIOD href=format!("{}?days={d}", routes::ADMIN_DASHBOARD)>
                {t!(lang, "admin-analytics-days", count = d)}
            </a>
        }
    };
    view! {
        <AdminFrame title=t!(lang, "admin-dash-title")>
            <p class="mt-2 text-sm text-muted">{t!(lang, "admin-dash-lead")}</p>
            <nav aria-label=t!(lang, "admin-analytics-period") class="mt-3 flex gap-2">
                {PERIODS.into_iter().map(link).collect_view()}
            </nav>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|dash| view! { <Figures dash /> })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}

/// A percentage with one decimal, in `lang`.
fn percent(lang: Language, value: f64) -> String {
    t!(lang, "admin-dash-percent", value = decimal(lang, value, 1))
}

/// A failure rate, or a dash when nothing finished.
fn failure_rate(lang: Language, failed: i64, finished: i64) -> String {
    rate(failed, finished).map_or_else(|| t!(lang, "admin-dash-no-rate"), |r| percent(lang, r))
}

/// A provider's name for people.
fn provider_label(lang: Language, code: &str) -> String {
    match code {
        "openai" => t!(lang, "admin-dash-provider-openai"),
        "replicate" => t!(lang, "admin-dash-provider-replicate"),
        "sdwebui" => t!(lang, "admin-dash-provider-sdwebui"),
        "comfyui" => t!(lang, "comfyui-provider-name"),
        "local" => t!(lang, "admin-dash-provider-local"),
        _ => t!(lang, "admin-dash-provider-unknown"),
    }
}

/// How long, in the largest whole unit.
fn wait(lang: Language, secs: i64) -> String {
    if secs < 120 {
        t!(lang, "admin-dash-seconds", count = secs)
    } else if secs < 2 * 3600 {
        t!(lang, "admin-dash-minutes", count = secs / 60)
    } else {
        t!(lang, "admin-dash-hours", count = secs / 3600)
    }
}

#[component]
fn Total(
    field: &'static str,
    label: String,
    value: i64,
    #[prop(optional, into)] shown: Option<String>,
    #[prop(optional)] href: Option<&'static str>,
) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let shown = shown.unwrap_or_else(|| number(lang, value));
    let body = match href {
        Some(h) => view! { <a class="link" href=h>{shown}</a> }.into_any(),
        None => shown.into_any(),
    };
    view! {
        <div class="card p-4" data-testid=testids::DASH_TOTAL data-field=field data-value=value.to_string()>
            <dt class="text-sm text-muted">{label}</dt>
            <dd class="mt-1 text-2xl font-semibold tabular-nums">{body}</dd>
        </div>
    }
}

#[component]
fn Figures(dash: Dashboard) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let t = &dash.totals;
    let days: Vec<String> = dash.signups.iter().map(|d| d.0.clone()).collect();
    let range = t!(
        lang,
        "admin-dash-range",
        first = dash.first.as_str(),
        last = dash.last.as_str()
    );
    let rate_value = t.failure_rate();
    view! {
        <p class="mt-4 text-sm text-muted" data-field="range">{range}</p>
        <dl class="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            <Total field="people" label=t!(lang, "admin-dash-total-people") value=t.people />
            <Total field="active" label=t!(lang, "admin-dash-total-active") value=t.active />
            <Total field="signups" label=t!(lang, "admin-dash-total-signups") value=t.signups />
            <Total field="generations" label=t!(lang, "admin-dash-total-generations") value=t.generations />
            <Total
                field="failure-rate"
                label=t!(lang, "admin-dash-total-failure-rate")
                value=t.failed
                shown=failure_rate(lang, t.failed, t.finished)
            />
            <Total field="cancelled" label=t!(lang, "admin-dash-total-cancelled") value=t.cancelled />
            <Total field="open-support" label=t!(lang, "admin-dash-total-support") value=t.open_support href=routes::ADMIN_SUPPORT />
            {t.open_reports.map(|n| view! {
                <Total field="open-reports" label=t!(lang, "admin-dash-total-reports") value=n href=routes::ADMIN_REPORTS />
            })}
        </dl>
        {rate_value.is_none().then(|| view! { <p class="mt-2 text-xs text-muted">{t!(lang, "admin-dash-rate-hint")}</p> })}
        <SingleFigure
            figure="signups"
            heading=t!(lang, "admin-dash-signups-heading")
            note=t!(lang, "admin-dash-signups-note")
            empty=t!(lang, "admin-dash-signups-empty")
            days=days.clone()
            series=Series::new("signups", t!(lang, "admin-dash-signups-series"), Tone::Accent, dash.signups.iter().map(|d| d.1).collect())
        />
        <SingleFigure
            figure="active"
            heading=t!(lang, "admin-dash-active-heading")
            note=t!(lang, "admin-dash-active-note")
            empty=t!(lang, "admin-dash-active-empty")
            days=days.clone()
            series=Series::new("active", t!(lang, "admin-dash-active-series"), Tone::Accent, dash.active.iter().map(|d| d.1).collect())
        />
        <Generations days=days.clone() providers=dash.providers.clone() />
        <Queue queue=dash.queue.clone() />
        <Credits days=days.clone() credits=dash.credits.clone() />
        {dash.revenue.clone().map(|revenue| view! { <Revenue days=days.clone() revenue /> })}
    }
}

/// A figure with one series: its heading, a note on what it counts, the chart and its table,
/// or an empty state when the period has none.
#[component]
fn SingleFigure(
    figure: &'static str,
    heading: String,
    note: String,
    empty: String,
    days: Vec<String>,
    series: Series,
) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let id = format!("d-{figure}");
    let labelled = id.clone();
    let none = series.values.iter().all(|n| *n == 0);
    let title = t!(
        lang,
        "admin-dash-chart-title",
        figure = heading.as_str(),
        first = days.first().cloned().unwrap_or_default(),
        last = days.last().cloned().unwrap_or_default()
    );
    view! {
        <section class="panel" aria-labelledby=labelled data-testid=testids::DASH_FIGURE data-figure=figure>
            <h2 id=id>{heading.clone()}</h2>
            <p class="mt-1 text-sm text-muted">{note}</p>
            {if none {
                view! { <div class="empty-state mt-4"><p class="text-sm">{empty}</p></div> }.into_any()
            } else {
                view! {
                    <DayChart id=figure title days=days.clone() series=vec![series.clone()] />
                    <DayTable summary=t!(lang, "admin-dash-as-table", figure = heading.as_str()) day_heading=t!(lang, "analytics-day") days series=vec![series] />
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Generations(days: Vec<String>, providers: Vec<ProviderSeries>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let heading = t!(lang, "admin-dash-generations-heading");
    let all: Vec<i64> = (0..days.len())
        .map(|i| {
            providers
                .iter()
                .map(|p| p.days.get(i).map_or(0, |d| d.1))
                .sum()
        })
        .collect();
    let failed: Vec<i64> = (0..days.len())
        .map(|i| {
            providers
                .iter()
                .map(|p| p.days.get(i).map_or(0, |d| d.2))
                .sum()
        })
        .collect();
    let chart = vec![
        Series::new(
            "generations",
            t!(lang, "admin-dash-generations-series"),
            Tone::Accent,
            all,
        ),
        Series::new(
            "failed",
            t!(lang, "admin-dash-failed-series"),
            Tone::Bad,
            failed,
        ),
    ];
    // Cancellations are in the tables only: overlaid, their bars would hide the failures'.
    let columns: Vec<Series> = providers
        .iter()
        .flat_map(|p| {
            let name = provider_label(lang, &p.provider);
            [
                Series::new(
                    p.provider.clone(),
                    t!(
                        lang,
                        "admin-dash-provider-generations",
                        provider = name.as_str()
                    ),
                    Tone::Accent,
                    p.days.iter().map(|d| d.1).collect(),
                ),
                Series::new(
                    format!("{}-failed", p.provider),
                    t!(lang, "admin-dash-provider-failed", provider = name.as_str()),
                    Tone::Bad,
                    p.days.iter().map(|d| d.2).collect(),
                ),
                Series::new(
                    format!("{}-cancelled", p.provider),
                    t!(
                        lang,
                        "admin-dash-provider-cancelled",
                        provider = name.as_str()
                    ),
                    Tone::Quiet,
                    p.days.iter().map(|d| d.3).collect(),
                ),
            ]
        })
        .collect();
    let title = t!(
        lang,
        "admin-dash-chart-title",
        figure = heading.as_str(),
        first = days.first().cloned().unwrap_or_default(),
        last = days.last().cloned().unwrap_or_default()
    );
    let unknown = providers.iter().any(|p| p.provider == UNKNOWN_PROVIDER);
    view! {
        <section class="panel" aria-labelledby="d-generations" data-testid=testids::DASH_FIGURE data-figure="generations">
            <h2 id="d-generations">{heading.clone()}</h2>
            <p class="mt-1 text-sm text-muted">{t!(lang, "admin-dash-generations-note")}</p>
            {if providers.is_empty() {
                view! { <div class="empty-state mt-4"><p class="text-sm">{t!(lang, "admin-dash-generations-empty")}</p></div> }.into_any()
            } else {
                view! {
                    <DayChart id="generations" title days=days.clone() series=chart layout=Layout::Overlay />
                    <div class="mt-4 overflow-x-auto">
                        <table class="w-full text-left text-sm">
                            <caption class="sr-only">{t!(lang, "admin-dash-providers-caption")}</caption>
                            <thead class="text-muted">
                                <tr>
                                    <th scope="col" class="py-2 pr-4 font-medium">{t!(lang, "admin-dash-provider")}</th>
                                    <th scope="col" class="py-2 pl-4 text-right font-medium">{t!(lang, "admin-dash-generations-series")}</th>
                                    <th scope="col" class="py-2 pl-4 text-right font-medium">{t!(lang, "admin-dash-failed-series")}</th>
                                    <th scope="col" class="py-2 pl-4 text-right font-medium">{t!(lang, "admin-dash-failure-rate")}</th>
                                    <th scope="col" class="py-2 pl-4 text-right font-medium">{t!(lang, "admin-dash-cancelled-series")}</th>
                                </tr>
                            </thead>
                            <tbody class="divide-y divide-line">
                                {providers.iter().map(|p| view! {
                                    <tr data-testid=testids::DASH_PROVIDER data-provider=p.provider.clone()>
                                        <th scope="row" class="py-1.5 pr-4 font-normal">{provider_label(lang, &p.provider)}</th>
                                        <td class="py-1.5 pl-4 text-right tabular-nums" data-field="generations">{number(lang, p.generations)}</td>
                                        <td class="py-1.5 pl-4 text-right tabular-nums" data-field="failed">{number(lang, p.failed)}</td>
                                        <td class="py-1.5 pl-4 text-right tabular-nums" data-field="failure-rate">{failure_rate(lang, p.failed, p.finished)}</td>
                                        <td class="py-1.5 pl-4 text-right tabular-nums" data-field="cancelled">{number(lang, p.cancelled)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {unknown.then(|| view! { <p class="mt-2 text-xs text-muted">{t!(lang, "admin-dash-provider-unknown-note")}</p> })}
                    <DayTable summary=t!(lang, "admin-dash-as-table", figure = heading.as_str()) day_heading=t!(lang, "analytics-day") days series=columns />
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Queue(queue: QueueNow) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let (state, hint) = if queue.backlog {
        (
            "backlog",
            t!(
                lang,
                "admin-dash-queue-backlog",
                wait = wait(lang, queue.oldest_wait_secs.unwrap_or_default()),
                limit = wait(lang, BACKLOG_AFTER_SECS)
            ),
        )
    } else {
        ("healthy", t!(lang, "admin-dash-queue-healthy"))
    };
    let tone = if queue.backlog {
        "mt-3 text-sm font-semibold text-red-800 dark:text-red-200"
    } else {
        "mt-3 text-sm font-medium text-emerald-800 dark:text-emerald-200"
    };
    let row = |field: &'static str, label: String, value: String| {
        view! {
            <div class="flex justify-between gap-4 py-1.5">
                <dt class="text-muted">{label}</dt>
                <dd class="tabular-nums" data-field=field>{value}</dd>
            </div>
        }
    };
    view! {
        <section class="panel" aria-labelledby="d-queue" data-testid=testids::DASH_FIGURE data-figure="queue">
            <h2 id="d-queue">{t!(lang, "admin-dash-queue-heading")}</h2>
            <p class="mt-1 text-sm text-muted">{t!(lang, "admin-dash-queue-note")}</p>
            <p class=tone data-testid=testids::DASH_QUEUE_STATE data-state=state>{if queue.backlog { "⚠ " } else { "" }}{hint}</p>
            <dl class="mt-3 divide-y divide-line text-sm sm:max-w-md">
                {row("waiting", t!(lang, "admin-dash-queue-waiting"), number(lang, queue.waiting))}
                {row("oldest", t!(lang, "admin-dash-queue-oldest"), queue.oldest_wait_secs.map_or_else(|| t!(lang, "admin-dash-queue-nothing-waits"), |s| wait(lang, s)))}
                {row("running", t!(lang, "admin-dash-queue-running"), number(lang, queue.running))}
                {row("scheduled", t!(lang, "admin-dash-queue-scheduled"), number(lang, queue.scheduled))}
                {row("failed", t!(lang, "admin-dash-queue-failed"), number(lang, queue.failed))}
            </dl>
        </section>
    }
}

#[component]
fn Credits(
    days: Vec<String>,
    credits: Vec<obscura_shared::admin_dashboard::CreditDay>,
) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let heading = t!(lang, "admin-dash-credits-heading");
    let series = vec![
        Series::new(
            "granted",
            t!(lang, "admin-dash-credits-granted"),
            Tone::Good,
            credits.iter().map(|c| c.granted).collect(),
        ),
        Series::new(
            "spent",
            t!(lang, "admin-dash-credits-spent"),
            Tone::Accent,
            credits.iter().map(|c| c.spent).collect(),
        ),
        Series::new(
            "removed",
            t!(lang, "admin-dash-credits-removed"),
            Tone::Quiet,
            credits.iter().map(|c| c.removed).collect(),
        ),
    ];
    let none = credits
        .iter()
        .all(|c| c.granted == 0 && c.spent == 0 && c.removed == 0);
    let title = t!(
        lang,
        "admin-dash-chart-title",
        figure = heading.as_str(),
        first = days.first().cloned().unwrap_or_default(),
        last = days.last().cloned().unwrap_or_default()
    );
    view! {
        <section class="panel" aria-labelledby="d-credits" data-testid=testids::DASH_FIGURE data-figure="credits">
            <h2 id="d-credits">{heading.clone()}</h2>
            <p class="mt-1 text-sm text-muted">{t!(lang, "admin-dash-credits-note")}</p>
            {if none {
                view! { <div class="empty-state mt-4"><p class="text-sm">{t!(lang, "admin-dash-credits-empty")}</p></div> }.into_any()
            } else {
                view! {
                    <DayChart id="credits" title days=days.clone() series=series.clone() layout=Layout::Grouped />
                    <DayTable summary=t!(lang, "admin-dash-as-table", figure = heading.as_str()) day_heading=t!(lang, "analytics-day") days series />
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Revenue(days: Vec<String>, revenue: Vec<RevenueDay>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let mut currencies: Vec<String> = revenue.iter().map(|r| r.currency.clone()).collect();
    currencies.sort();
    currencies.dedup();
    // One chart per currency, in whole units (the table has the exact amounts).
    let charts = currencies
        .into_iter()
        .map(|currency| {
            let code = currency.to_ascii_uppercase();
            let values = days
                .iter()
                .map(|d| {
                    revenue
                        .iter()
                        .filter(|r| &r.day == d && r.currency == currency)
                        .map(|r| r.gross / 100)
                        .sum()
                })
                .collect();
            let label = t!(lang, "admin-dash-revenue-series", currency = code.as_str());
            let title = t!(
                lang,
                "admin-dash-chart-title",
                figure = label.as_str(),
                first = days.first().cloned().unwrap_or_default(),
                last = days.last().cloned().unwrap_or_default()
            );
            let id = format!("revenue-{currency}");
            view! { <DayChart id title days=days.clone() series=vec![Series::new(currency.clone(), label, Tone::Good, values)] /> }
        })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby="d-revenue" data-testid=testids::DASH_FIGURE data-figure="revenue">
            <h2 id="d-revenue">{t!(lang, "admin-dash-revenue-heading")}</h2>
            <p class="mt-1 text-sm text-muted">
                {t!(lang, "admin-dash-revenue-note")} " "
                <a class="link" href=routes::ADMIN_PAYMENTS>{t!(lang, "admin-dash-revenue-payments")}</a>
            </p>
            {if revenue.is_empty() {
                view! { <div class="empty-state mt-4"><p class="text-sm">{t!(lang, "admin-dash-revenue-empty")}</p></div> }.into_any()
            } else {
                view! {
                    {charts}
                    <div class="mt-4 overflow-x-auto">
                        <table class="w-full text-left text-sm">
                            <caption class="sr-only">{t!(lang, "admin-dash-revenue-heading")}</caption>
                            <thead class="text-muted">
                                <tr>
                                    <th scope="col" class="py-2 pr-4 font-medium">{t!(lang, "analytics-day")}</th>
                                    <th scope="col" class="py-2 pl-4 text-right font-medium">{t!(lang, "admin-dash-revenue-count")}</th>
                                    <th scope="col" class="py-2 pl-4 text-right font-medium">{t!(lang, "admin-dash-revenue-gross")}</th>
                                    <th scope="col" class="py-2 pl-4 text-right font-medium">{t!(lang, "admin-dash-revenue-refunded")}</th>
                                </tr>
                            </thead>
                            <tbody class="divide-y divide-line">
                                {revenue.iter().rev().map(|r| view! {
                                    <tr data-day=r.day.clone() data-currency=r.currency.clone()>
                                        <th scope="row" class="py-1.5 pr-4 font-normal tabular-nums">{r.day.clone()}</th>
                                        <td class="py-1.5 pl-4 text-right tabular-nums" data-field="count">{number(lang, r.count)}</td>
                                        <td class="py-1.5 pl-4 text-right tabular-nums" data-field="gross" data-value=r.gross.to_string()>{money(lang, r.gross, &r.currency)}</td>
                                        <td class="py-1.5 pl-4 text-right tabular-nums" data-field="refunded" data-value=r.refunded.to_string()>{money(lang, r.refunded, &r.currency)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
