//! The page-view report of the admin analytics page: a bar chart of views per day (inline SVG,
//! no script) with the same numbers as a table for screen readers, and the top routes,
//! referring sites, device classes and countries.
//!
//! Its chart is [`DayChart`], which the admin dashboard draws its figures with too (one or more
//! series per day, each chart with [`DayTable`], the same numbers as a table).

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
    let first = summary
        .days
        .first()
        .map(|d| d.0.clone())
        .unwrap_or_default();
    let last = summary.days.last().map(|d| d.0.clone()).unwrap_or_default();
    view! {
        <p class="mt-4 text-sm text-muted">{t!(lang, "analytics-total", count = summary.total, first = first.as_str(), last = last.as_str())}</p>
        <DayChart
            id="views"
            title=t!(lang, "analytics-chart-title", first = first.as_str(), last = last.as_str())
            days=summary.days.iter().map(|d| d.0.clone()).collect()
            series=vec![Series::new("views", t!(lang, "analytics-views"), Tone::Accent, summary.days.iter().map(|d| d.1).collect())]
        />
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

/// The colour of a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// The accent colour (the main count).
    Accent,
    /// Red (failures).
    Bad,
    /// Green.
    Good,
    /// Grey.
    Quiet,
}

impl Tone {
    /// The bar's fill (whole class names, so that the stylesheet has them).
    const fn fill(self) -> &'static str {
        match self {
            Self::Accent => "fill-accent",
            Self::Bad => "fill-red-600 dark:fill-red-400",
            Self::Good => "fill-emerald-600 dark:fill-emerald-400",
            Self::Quiet => "fill-zinc-400 dark:fill-zinc-500",
        }
    }

    /// The legend's swatch.
    const fn swatch(self) -> &'static str {
        match self {
            Self::Accent => "inline-block h-3 w-3 rounded-sm bg-accent",
            Self::Bad => "inline-block h-3 w-3 rounded-sm bg-red-600 dark:bg-red-400",
            Self::Good => "inline-block h-3 w-3 rounded-sm bg-emerald-600 dark:bg-emerald-400",
            Self::Quiet => "inline-block h-3 w-3 rounded-sm bg-zinc-400 dark:bg-zinc-500",
        }
    }
}

/// One series of a chart or a column of its table: a value per day of the chart's days.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// A stable name: the table cells' `data-field`.
    pub key: String,
    /// Its name for people (the legend, the column heading).
    pub label: String,
    /// Its colour in the chart.
    pub tone: Tone,
    /// One value per day.
    pub values: Vec<i64>,
}

impl Series {
    /// A series.
    #[must_use]
    pub fn new(key: impl Into<String>, label: String, tone: Tone, values: Vec<i64>) -> Self {
        Self {
            key: key.into(),
            label,
            tone,
            values,
        }
    }
}

/// How the series of a chart share a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Each from the baseline, the later ones in front (a later series is a part of an earlier
    /// one, e.g. failures of all generations).
    #[default]
    Overlay,
    /// Side by side.
    Grouped,
}

/// A bar chart of values per day (inline SVG, no script), its legend when it has more than one
/// series, and the first and last day under it. `id` names its title (unique on the page).
#[component]
pub fn DayChart(
    #[prop(into)] id: String,
    title: String,
    days: Vec<String>,
    series: Vec<Series>,
    #[prop(optional)] layout: Layout,
) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = WIDTH / days.len().max(1) as f64;
    let lanes = match layout {
        Layout::Overlay => 1,
        Layout::Grouped => series.len().max(1),
    };
    let lane = ((step - 2.0) / lanes as f64).max(1.0);
    let bars = series
        .iter()
        .enumerate()
        .flat_map(|(k, s)| {
            let offset = if layout == Layout::Grouped { k as f64 * lane } else { 0.0 };
            s.values.iter().enumerate().map(move |(i, n)| (k, s, offset, i, *n))
        })
        .filter(|(_, _, _, _, n)| *n > 0)
        .map(|(_, s, offset, i, n)| {
            let h = (n as f64 / max) * (HEIGHT - 20.0);
            let x = i as f64 * step + 1.0 + offset;
            let y = HEIGHT - h;
            let day = days.get(i).cloned().unwrap_or_default();
            view! {
                <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{lane:.1}") height=format!("{h:.1}") rx="2" class=s.tone.fill()>
                    <title>{format!("{day} · {}: {}", s.label, number(lang, n))}</title>
                </rect>
            }
        })
        .collect_view();
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let first = days.first().cloned().unwrap_or_default();
    let last = days.last().cloned().unwrap_or_default();
    let legend = (series.len() > 1).then(|| {
        view! {
            <ul class="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
                {series.iter().map(|s| view! { <li class="flex items-center gap-1.5"><span class=s.tone.swatch() aria-hidden="true"></span>{s.label.clone()}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <figure class="card mt-4">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") class="h-48 w-full" role="img" aria-labelledby=labelled_by>
                <title id=title_id>{title}</title>
                {bars}
            </svg>
            {legend}
            <figcaption class="mt-2 flex justify-between text-xs text-muted"><span>{first}</span><span>{last}</span></figcaption>
        </figure>
    }
}

/// The numbers of a [`DayChart`] as a table, newest day first, folded under `summary`: one row
/// per day (`data-day`), one column per series (cells' `data-field` is the series' key).
#[component]
pub fn DayTable(
    summary: String,
    day_heading: String,
    days: Vec<String>,
    series: Vec<Series>,
) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let rows = days
        .iter()
        .enumerate()
        .rev()
        .map(|(i, day)| {
            view! {
                <tr data-day=day.clone()>
                    <th scope="row" class="py-1.5 pr-4 font-normal tabular-nums">{day.clone()}</th>
                    {series.iter().map(|s| view! {
                        <td class="py-1.5 pl-4 text-right tabular-nums" data-field=s.key.clone()>{number(lang, s.values.get(i).copied().unwrap_or_default())}</td>
                    }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="mt-3">
            <summary class="link cursor-pointer text-sm">{summary}</summary>
            <div class="mt-2 overflow-x-auto">
                <table class="w-full text-left text-sm">
                    <thead class="text-muted">
                        <tr>
                            <th scope="col" class="py-2 pr-4 font-medium">{day_heading}</th>
                            {series.iter().map(|s| view! { <th scope="col" class="py-2 pl-4 text-right font-medium">{s.label.clone()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody class="divide-y divide-line">{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
