//! The page-view report of the admin analytics page: a bar chart of views per day (inline SVG,
//! no script) with the same numbers as a table for screen readers, and the top routes,
//! referring sites, device classes and countries.

use leptos::prelude::*;
use obscura_shared::analytics::Summary;

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 180.0;

/// The report of one period.
#[component]
pub fn AnalyticsReport(summary: Summary) -> impl IntoView {
    if summary.total == 0 {
        return view! {
            <div class="empty-state mt-6">
                <p class="font-medium">"No page views counted in this period"</p>
                <p class="mt-1 text-sm text-muted">"Views are counted only for visitors who allow it in the cookie banner, without Global Privacy Control or Do Not Track, and who have not opted out."</p>
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
                        <title>{format!("{day}: {n}")}</title>
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
        <p class="mt-4 text-sm text-muted">{format!("{} views from {first} to {last}.", summary.total)}</p>
        <figure class="card mt-4">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") class="h-48 w-full" role="img" aria-labelledby="views-title">
                <title id="views-title">{format!("Page views per day, {first} to {last}")}</title>
                {bars}
            </svg>
            <figcaption class="mt-2 flex justify-between text-xs text-muted"><span>{first.clone()}</span><span>{last.clone()}</span></figcaption>
        </figure>
        <details class="mt-3">
            <summary class="link cursor-pointer text-sm">"Views per day as a table"</summary>
            <Breakdown title="Day" rows=summary.days.iter().rev().cloned().collect() />
        </details>
        <div class="mt-6 grid gap-6 md:grid-cols-2">
            <Breakdown title="Page" rows=summary.paths />
            <Breakdown title="Referring site" rows=summary.referrers.into_iter().map(|(r, n)| (if r.is_empty() { "Direct or this site".to_owned() } else { r }, n)).collect() />
            <Breakdown title="Device" rows=summary.devices />
            <Breakdown title="Country" rows=summary.countries.into_iter().map(|(c, n)| (if c.is_empty() { "Unknown".to_owned() } else { c }, n)).collect() />
        </div>
    }
    .into_any()
}

#[component]
fn Breakdown(title: &'static str, rows: Vec<(String, i64)>) -> impl IntoView {
    view! {
        <table class="w-full text-left text-sm">
            <thead class="text-muted">
                <tr><th scope="col" class="py-2 pr-4 font-medium">{title}</th><th scope="col" class="py-2 text-right font-medium">"Views"</th></tr>
            </thead>
            <tbody class="divide-y divide-line">
                {rows.into_iter().take(10).map(|(k, n)| view! {
                    <tr><td class="py-1.5 pr-4 break-all">{k}</td><td class="py-1.5 text-right tabular-nums">{n}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
