//! The page-view report of the admin analytics page: a bar chart of views per day (inline SVG,
//! no script) with the same numbers as a table for screen readers, and the top routes,
//! referring sites, device classes and countries.

use leptos::prelude::*;
use obscura_shared::{account::Language, analytics::Summary, i18n::number, t};

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 180.0;

/// The report of one period.
#[component]
pub fn AnalyticsReport(summary: Summary) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    if summary.total == 0 {
        return view! {
            <div class="empty-state mt-6">
                <p class="font-medium">{t!(lang, "analytics-empty")}</p>
                <p class="mt-1 text-sm text-muted">{t!(lang, "analytics-empty-text")}</p>
            </div>
        }
        .into_any();
    }
    let bars = {
        let max = summary
            .days
            .iter()
            .map(|(_, n)| *n)
            .max()
            .unwrap_or(1)
            .max(1) as f64;
        let step = WIDTH / summary.days.len().max(1) as f64;
        summary
            .days
            .iter()
            .enumerate()
            .map(|(i, (day, n))| {
                let h = (*n as f64 / max) * (HEIGHT - 20.0);
                let x = i as f64 * step + 1.0;
                let y = HEIGHT - h;
                view! {
                    <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{:.1}", (step - 2.0).max(1.0)) height=format!("{h:.1}") rx="2" class="fill-accent">
                        <title>{format!("{day}: {}", number(lang, *n))}</title>
                    </rect>
                }
            })
            .collect_view()
    };
    let first = summary
        .days
        .first()
        .map(|d| d.0.clone())
        .unwrap_or_default();
    let last = summary.days.last().map(|d| d.0.clone()).unwrap_or_default();
    view! {
        <p class="mt-4 text-sm text-muted">{t!(lang, "analytics-total", count = summary.total, first = first.as_str(), last = last.as_str())}</p>
        <figure class="card mt-4">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") class="h-48 w-full" role="img" aria-labelledby="views-title">
                <title id="views-title">{t!(lang, "analytics-chart-title", first = first.as_str(), last = last.as_str())}</title>
                {bars}
            </svg>
            <figcaption class="mt-2 flex justify-between text-xs text-muted"><span>{first.clone()}</span><span>{last.clone()}</span></figcaption>
        </figure>
        <details class="mt-3">
            <summary class="link cursor-pointer text-sm">{t!(lang, "analytics-table")}</summary>
            <Breakdown title=t!(lang, "analytics-day") rows=summary.days.iter().rev().cloned().collect() />
        </details>
        <div class="mt-6 grid gap-6 md:grid-cols-2">
            <Breakdown title=t!(lang, "analytics-page") rows=summary.paths />
            <Breakdown title=t!(lang, "analytics-referrer") rows=summary.referrers.into_iter().map(|(r, n)| (if r.is_empty() { t!(lang, "analytics-direct") } else { r }, n)).collect() />
            <Breakdown title=t!(lang, "analytics-device") rows=summary.devices.into_iter().map(|(d, n)| (device(lang, d), n)).collect() />
            <Breakdown title=t!(lang, "analytics-country") rows=summary.countries.into_iter().map(|(c, n)| (if c.is_empty() { t!(lang, "analytics-unknown") } else { c }, n)).collect() />
        </div>
    }
    .into_any()
}

/// A device class (`desktop`, `mobile`, `tablet`) in `lang`; another one as it is.
fn device(lang: Language, class: String) -> String {
    match class.as_str() {
        "desktop" => t!(lang, "analytics-device-desktop"),
        "mobile" => t!(lang, "analytics-device-mobile"),
        "tablet" => t!(lang, "analytics-device-tablet"),
        _ => class,
    }
}

#[component]
fn Breakdown(title: String, rows: Vec<(String, i64)>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <table class="w-full text-left text-sm">
            <thead class="text-muted">
                <tr><th scope="col" class="py-2 pr-4 font-medium">{title}</th><th scope="col" class="py-2 text-right font-medium">{t!(lang, "analytics-views")}</th></tr>
            </thead>
            <tbody class="divide-y divide-line">
                {rows.into_iter().take(10).map(|(k, n)| view! {
                    <tr><td class="py-1.5 pr-4 break-all">{k}</td><td class="py-1.5 text-right tabular-nums">{number(lang, n)}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
