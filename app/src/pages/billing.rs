//! `/pricing` (public: what credits cost and what each pack or plan gives) and
//! `/settings/billing` (the balance, the plan, buying, payments and invoices). Both are plain
//! server-rendered pages with form posts: no islands.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::Language,
    billing::{
        BillingOverview, CheckoutState, ItemView, PaymentFilter, PaymentView, PricingView, fields,
        forms,
    },
    i18n::{date, money, number},
    routes, t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{FormNotice, Notice, field_error},
    error::AppError,
    forms::feedback,
    pages::settings::SettingsFrame,
};

async fn load_pricing() -> Result<PricingView, AppError> {
    #[cfg(feature = "ssr")]
    {
        Ok(crate::backend::ports()?.billing.pricing().await)
    }
    #[cfg(not(feature = "ssr"))]
    {
        Err(AppError::internal())
    }
}

async fn load_overview(v: Viewer, checkout: Option<String>) -> Result<BillingOverview, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?
            .billing
            .overview(&v, checkout)
            .await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, checkout);
        Err(AppError::internal())
    }
}

/// "5 credits", "1 credit" in `lang`.
fn credits(lang: Language, count: i64) -> String {
    t!(lang, "billing-credits", count = count)
}

/// The day of an RFC 3339 time as `lang` writes it: "7 Dec 2026", "7. Dez. 2026".
pub(crate) fn day(lang: Language, rfc3339: &str) -> String {
    let part = |from: usize, to: usize| rfc3339.get(from..to).and_then(|p| p.parse::<u32>().ok());
    match (part(0, 4), part(5, 7), part(8, 10)) {
        (Some(year), Some(month), Some(d)) => {
            date(lang, i32::try_from(year).unwrap_or_default(), month, d)
        }
        _ => rfc3339.get(..10).unwrap_or_default().to_owned(),
    }
}

fn period(lang: Language, interval: &(String, u32)) -> String {
    let count = interval.1;
    match interval.0.as_str() {
        "day" => t!(lang, "billing-period-day", count = count),
        "week" => t!(lang, "billing-period-week", count = count),
        "month" => t!(lang, "billing-period-month", count = count),
        "year" => t!(lang, "billing-period-year", count = count),
        unit => match count {
            1 => format!("per {unit}"),
            n => format!("every {n} {unit}s"),
        },
    }
}

fn price_text(lang: Language, item: &ItemView) -> String {
    item.price.as_ref().map_or_else(
        || t!(lang, "billing-price-at-checkout"),
        |p| {
            let amount = money(lang, p.amount, &p.currency);
            p.interval
                .as_ref()
                .map_or(amount.clone(), |i| format!("{amount} {}", period(lang, i)))
        },
    )
}

/// How a visitor may buy: a button, or what to do first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Buyer {
    Anonymous,
    Unverified,
    Ready,
}

#[component]
fn ItemCard(item: ItemView, plan: bool, buyer: Buyer) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let per = if plan {
        format!(" {}", t!(lang, "billing-each-period"))
    } else {
        String::new()
    };
    let note = plan.then(|| {
        if item.rollover {
            t!(lang, "billing-rollover")
        } else {
            t!(lang, "billing-no-rollover")
        }
    });
    let label_id = format!("item-{}", item.id);
    let heading_id = label_id.clone();
    view! {
        <li class="panel flex flex-col gap-2" data-testid=testids::BILLING_ITEM data-item=item.id.clone() aria-labelledby=label_id.clone()>
            <h3 id=heading_id class="text-lg font-semibold">{item.label.clone()}</h3>
            <p class="text-2xl font-semibold">{credits(lang, item.credits)}<span class="text-base font-normal text-muted">{per}</span></p>
            <p class="text-muted">{price_text(lang, &item)}</p>
            {note.map(|n| view! { <p class="text-sm text-muted">{n}</p> })}
            <div class="mt-auto pt-2">
                {match buyer {
                    Buyer::Ready => view! {
                        <form method="post" action=routes::BILLING_CHECKOUT>
                            <input type="hidden" name=fields::ITEM value=item.id.clone() />
                            <button type="submit" class="btn-primary w-full">{if plan { t!(lang, "billing-subscribe") } else { t!(lang, "billing-buy") }}</button>
                        </form>
                    }.into_any(),
                    Buyer::Unverified => view! {
                        <p class="text-sm">{t!(lang, "billing-confirm-to-buy")}</p>
                    }.into_any(),
                    Buyer::Anonymous => view! {
                        <a class="btn-secondary w-full" href=routes::SIGNUP>{t!(lang, "billing-sign-up-to-buy")}</a>
                    }.into_any(),
                }}
            </div>
        </li>
    }
}

#[component]
fn Offer(pricing: PricingView, buyer: Buyer) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    if !pricing.enabled {
        return view! {
            <Notice>{t!(lang, "billing-not-selling")}</Notice>
        }
        .into_any();
    }
    let packs = (!pricing.packs.is_empty()).then(|| {
        view! {
            <section aria-labelledby="s-packs" class="mt-6">
                <h2 id="s-packs">{t!(lang, "billing-packs")}</h2>
                <p class="mt-1 text-sm text-muted">{t!(lang, "billing-packs-hint")}</p>
                <ul class="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                    {pricing.packs.into_iter().map(|item| view! { <ItemCard item plan=false buyer /> }).collect_view()}
                </ul>
            </section>
        }
    });
    let plans = (!pricing.plans.is_empty()).then(|| {
        view! {
            <section aria-labelledby="s-plans" class="mt-8">
                <h2 id="s-plans">{t!(lang, "billing-plans")}</h2>
                <p class="mt-1 text-sm text-muted">{t!(lang, "billing-plans-hint")}</p>
                <ul class="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                    {pricing.plans.into_iter().map(|item| view! { <ItemCard item plan=true buyer /> }).collect_view()}
                </ul>
            </section>
        }
    });
    view! { {packs} {plans} }.into_any()
}

#[component]
fn Costs(pricing: PricingView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <section aria-labelledby="s-costs" class="mt-8">
            <h2 id="s-costs">{t!(lang, "billing-costs")}</h2>
            <table class="table mt-4">
                <caption class="sr-only">{t!(lang, "billing-costs-caption")}</caption>
                <thead><tr><th scope="col">{t!(lang, "billing-costs-model")}</th><th scope="col">{t!(lang, "billing-costs-per-image")}</th></tr></thead>
                <tbody>
                    {pricing.model_costs.into_iter().map(|(label, cost)| view! {
                        <tr><td>{label}</td><td>{credits(lang, cost)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p class="mt-2 text-sm text-muted">{t!(lang, "billing-signup-credits", count = pricing.signup_credits)}</p>
        </section>
    }
}

/// `/pricing`.
#[component]
pub fn Pricing() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let buyer = match viewer() {
        None => Buyer::Anonymous,
        Some(v) if !v.verified => Buyer::Unverified,
        Some(_) => Buyer::Ready,
    };
    let cancelled = use_query_map()
        .with_untracked(|q| q.get("notice"))
        .as_deref()
        == Some("checkout-cancelled");
    let data = Resource::new_blocking(|| (), |()| load_pricing());
    view! {
        <Title text=t!(lang, "billing-pricing") />
        <article class="prose-page">
            <header>
                <p class="eyebrow">{t!(lang, "billing-pricing")}</p>
                <h1>{t!(lang, "billing-pricing-title")}</h1>
                <p class="lead">{t!(lang, "billing-pricing-lead")}</p>
            </header>
            {cancelled.then(|| view! { <Notice>{t!(lang, "billing-checkout-cancelled")}</Notice> })}
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "billing-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|pricing| view! {
                        <Offer pricing=pricing.clone() buyer />
                        <Costs pricing />
                        <p class="mt-8 text-sm text-muted">{t!(lang, "billing-stripe-note")}</p>
                    })
                })}
            </Suspense>
        </article>
    }
}

fn status_text(lang: Language, p: &PaymentView) -> String {
    match p.status.as_str() {
        "refunded" => t!(lang, "billing-status-refunded"),
        "partially_refunded" => t!(
            lang,
            "billing-status-partly-refunded",
            amount = money(lang, p.amount_refunded, &p.currency)
        ),
        "disputed" => t!(lang, "billing-status-disputed"),
        _ => t!(lang, "billing-status-paid"),
    }
}

/// A plan's Stripe status, for people.
fn plan_status(lang: Language, status: &str) -> String {
    match status {
        "active" => t!(lang, "billing-plan-active"),
        "trialing" => t!(lang, "billing-plan-trialing"),
        "past_due" => t!(lang, "billing-plan-past-due"),
        "unpaid" => t!(lang, "billing-plan-unpaid"),
        "incomplete" => t!(lang, "billing-plan-incomplete"),
        "incomplete_expired" => t!(lang, "billing-plan-incomplete-expired"),
        "paused" => t!(lang, "billing-plan-paused"),
        "canceled" => t!(lang, "billing-plan-canceled"),
        other => other.replace('_', " "),
    }
}

#[component]
fn Payments(payments: Vec<PaymentView>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    if payments.is_empty() {
        return view! { <p class="mt-3 text-muted">{t!(lang, "billing-no-payments-yet")}</p> }
            .into_any();
    }
    view! {
        <div class="mt-4 overflow-x-auto">
            <table class="table">
                <caption class="sr-only">{t!(lang, "billing-payments-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(lang, "billing-col-date")}</th>
                        <th scope="col">{t!(lang, "billing-col-what")}</th>
                        <th scope="col">{t!(lang, "billing-col-amount")}</th>
                        <th scope="col">{t!(lang, "billing-col-card")}</th>
                        <th scope="col">{t!(lang, "billing-col-status")}</th>
                        <th scope="col">{t!(lang, "billing-col-invoice")}</th>
                    </tr>
                </thead>
                <tbody>
                    {payments.into_iter().map(|p| {
                        let status = status_text(lang, &p);
                        view! {
                            <tr data-testid=testids::PAYMENT_ROW>
                                <td><time datetime=p.paid_at.clone()>{day(lang, &p.paid_at)}</time></td>
                                <td>{format!("{} · {}", p.label, credits(lang, p.credits))}</td>
                                <td>{money(lang, p.amount, &p.currency)}</td>
                                <td>{p.card.map(|(brand, last4)| format!("{} ····{last4}", capitalise(&brand)))}</td>
                                <td>{status}</td>
                                <td class="whitespace-nowrap">
                                    {p.invoice_url.map(|u| view! { <a class="link" href=u rel="noopener noreferrer" target="_blank">{t!(lang, "billing-invoice-view")}</a> })}
                                    {p.invoice_pdf.map(|u| view! { " · " <a class="link" href=u rel="noopener noreferrer">"PDF"</a> })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[component]
fn BillingBody(o: BillingOverview) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let checkout_fb = feedback(forms::CHECKOUT);
    let item_error = checkout_fb.error(fields::ITEM);
    let portal_fb = feedback(forms::PORTAL);
    let waiting = o.checkout == Some(CheckoutState::Waiting);
    let checkout = o.checkout.clone().map(|c| match c {
        CheckoutState::Waiting => view! {
            <Notice>
                <span data-testid=testids::CHECKOUT_STATE data-state="waiting">{crate::pages::api_docs::prose(&t!(lang, "billing-checkout-waiting"), &[routes::SETTINGS_BILLING])}</span>
            </Notice>
        }.into_any(),
        CheckoutState::Credited(n) => view! {
            <Notice tone="ok">
                <span data-testid=testids::CHECKOUT_STATE data-state="credited">{t!(lang, "billing-checkout-credited", count = n)}</span>
            </Notice>
        }.into_any(),
    });
    let buyer = if o.verified {
        Buyer::Ready
    } else {
        Buyer::Unverified
    };
    let subscription = o.subscription.clone();
    let can_buy_plan = subscription.is_none();
    let mut pricing = o.pricing.clone();
    if !can_buy_plan {
        pricing.plans.clear();
    }
    view! {
        {waiting.then(|| view! { <Meta http_equiv="refresh" content="3" /> })}
        {checkout}
        <section class="panel" aria-labelledby="s-balance">
            <h2 id="s-balance">{t!(lang, "billing-balance")}</h2>
            <p class="mt-2 text-3xl font-semibold" data-testid=testids::BILLING_BALANCE>{o.balance}</p>
            {(o.owed > 0).then(|| view! {
                <Notice tone="error">{t!(lang, "billing-owed", count = o.owed)}</Notice>
            })}
            <p class="mt-2 text-sm"><a class="link" href=routes::PRICING>{t!(lang, "billing-what-images-cost")}</a></p>
        </section>
        {(o.pricing.enabled).then(|| view! {
            <section class="panel" aria-labelledby="s-plan">
                <h2 id="s-plan">{t!(lang, "billing-plan-and-card")}</h2>
                {match subscription {
                    Some(s) => view! {
                        <p class="mt-2">{format!("{} · {} · {}", s.label, t!(lang, "billing-plan-credits", count = s.credits), plan_status(lang, &s.status))}</p>
                        {s.current_period_end.map(|end| view! {
                            <p class="text-sm text-muted">{if s.cancel_at_period_end { t!(lang, "billing-plan-ends", date = day(lang, &end)) } else { t!(lang, "billing-plan-renews", date = day(lang, &end)) }}</p>
                        })}
                    }.into_any(),
                    None => view! { <p class="mt-2 text-muted">{t!(lang, "billing-no-plan")}</p> }.into_any(),
                }}
                <FormNotice feedback=portal_fb />
                {o.has_customer.then(|| view! {
                    <form method="post" action=routes::BILLING_PORTAL class="mt-4">
                        <button type="submit" class="btn-secondary">{t!(lang, "billing-manage")}</button>
                    </form>
                    <p class="mt-2 text-sm text-muted">{t!(lang, "billing-manage-hint")}</p>
                })}
            </section>
        })}
        <section class="panel" aria-labelledby="s-buy">
            <h2 id="s-buy">{t!(lang, "billing-buy-credits")}</h2>
            {match item_error {
                Some(message) => view! { <Notice tone="error">{message}</Notice> }.into_any(),
                None => view! { <FormNotice feedback=checkout_fb /> }.into_any(),
            }}
            <Offer pricing buyer />
        </section>
        <section class="panel" aria-labelledby="s-payments">
            <h2 id="s-payments">{t!(lang, "billing-payments")}</h2>
            <Payments payments=o.payments />
            <p class="mt-3 text-sm text-muted">{t!(lang, "billing-records-kept")}</p>
        </section>
    }
}

/// `/settings/billing`.
#[component]
pub fn Billing() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let checkout = use_query_map().with_untracked(|q| q.get("checkout"));
    let data = Resource::new_blocking(
        move || (v.clone(), checkout.clone()),
        |(v, c)| load_overview(v, c),
    );
    view! {
        <SettingsFrame title=t!(lang, "billing-title")>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "billing-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|o| view! { <BillingBody o /> })
                })}
            </Suspense>
        </SettingsFrame>
    }
    .into_any()
}

async fn load_admin(
    v: Viewer,
    filter: PaymentFilter,
) -> Result<obscura_shared::billing::AdminPayments, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.admin.payments(&v, filter).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, filter);
        Err(AppError::internal())
    }
}

/// The filter form (a GET form: the filter is in the address, so it can be bookmarked).
#[component]
fn PaymentFilterForm(filter: PaymentFilter, errors: Vec<(String, String)>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let (from_error, to_error) = (error("from"), error("to"));
    let status = filter.status.clone().unwrap_or_default();
    let option = move |code: &'static str, label: String| {
        view! { <option value=code selected=status == code>{label}</option> }
    };
    view! {
        <form method="get" action=routes::ADMIN_PAYMENTS class="mt-3 flex flex-wrap items-end gap-3" role="search" aria-label=t!(lang, "billing-admin-filter")>
            <div class="field mt-0">
                <label for="pf-status">{t!(lang, "billing-col-status")}</label>
                <select class="input" id="pf-status" name="status">
                    {option("", t!(lang, "billing-admin-all"))}
                    {option("paid", t!(lang, "billing-status-paid"))}
                    {option("partially_refunded", t!(lang, "billing-admin-partly-refunded"))}
                    {option("refunded", t!(lang, "billing-status-refunded"))}
                    {option("disputed", t!(lang, "billing-status-disputed"))}
                </select>
            </div>
            <div class="field mt-0">
                <label for="pf-account">{t!(lang, "billing-admin-account")}</label>
                <input class="input" id="pf-account" type="search" name="account" maxlength="254" value=filter.account.clone().unwrap_or_default() />
            </div>
            <div class="field mt-0">
                <label for="pf-from">{t!(lang, "billing-admin-from")}</label>
                <input class="input" id="pf-from" type="date" name="from" value=filter.from.clone().unwrap_or_default() aria-invalid=from_error.is_some().then_some("true") aria-describedby=from_error.as_ref().map(|_| "pf-from-error") />
                {field_error("pf-from", from_error.clone())}
            </div>
            <div class="field mt-0">
                <label for="pf-to">{t!(lang, "billing-admin-to")}</label>
                <input class="input" id="pf-to" type="date" name="to" value=filter.to.clone().unwrap_or_default() aria-invalid=to_error.is_some().then_some("true") aria-describedby=to_error.as_ref().map(|_| "pf-to-error") />
                {field_error("pf-to", to_error.clone())}
            </div>
            <div class="flex gap-2">
                <button type="submit" class="btn-secondary">{t!(lang, "billing-admin-apply")}</button>
                <a class="btn-ghost" href=routes::ADMIN_PAYMENTS>{t!(lang, "billing-admin-clear")}</a>
            </div>
        </form>
    }
}

/// Chart geometry (viewBox units).
const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 160.0;

#[component]
fn Revenue(months: Vec<obscura_shared::billing::MonthRevenue>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    if months.is_empty() {
        return view! { <p class="mt-3 text-muted">{t!(lang, "billing-admin-no-revenue")}</p> }
            .into_any();
    }
    // The chart shows the currency with the most payments; the table shows every currency.
    let mut counts: Vec<(String, i64)> = Vec::new();
    for m in &months {
        match counts.iter_mut().find(|(c, _)| *c == m.currency) {
            Some((_, n)) => *n += m.count,
            None => counts.push((m.currency.clone(), m.count)),
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let main = counts.first().map(|c| c.0.clone()).unwrap_or_default();
    let shown: Vec<_> = months
        .iter()
        .filter(|m| m.currency == main)
        .cloned()
        .collect();
    let max = shown
        .iter()
        .map(|m| m.gross - m.refunded)
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let step = WIDTH / shown.len().max(1) as f64;
    let bars = shown
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let net = m.gross - m.refunded;
            let h = (net.max(0) as f64 / max) * (HEIGHT - 20.0);
            let x = i as f64 * step + 1.0;
            view! {
                <rect x=format!("{x:.1}") y=format!("{:.1}", HEIGHT - h) width=format!("{:.1}", (step - 2.0).max(1.0)) height=format!("{h:.1}") rx="2" class="fill-accent">
                    <title>{format!("{}: {}", m.month, money(lang, net, &m.currency))}</title>
                </rect>
            }
        })
        .collect_view();
    let title = t!(lang, "billing-admin-chart", currency = main.to_uppercase());
    view! {
        <figure class="card mt-4">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") class="h-40 w-full" role="img" aria-labelledby="revenue-title">
                <title id="revenue-title">{title}</title>
                {bars}
            </svg>
        </figure>
        <table class="table mt-4">
            <caption class="sr-only">{t!(lang, "billing-admin-revenue-caption")}</caption>
            <thead><tr><th scope="col">{t!(lang, "billing-admin-month")}</th><th scope="col">{t!(lang, "billing-payments")}</th><th scope="col">{t!(lang, "billing-status-paid")}</th><th scope="col">{t!(lang, "billing-status-refunded")}</th><th scope="col">{t!(lang, "billing-admin-net")}</th></tr></thead>
            <tbody>
                {months.into_iter().rev().map(|m| view! {
                    <tr data-testid="revenue-row">
                        <td>{m.month.clone()}</td>
                        <td>{number(lang, m.count)}</td>
                        <td>{money(lang, m.gross, &m.currency)}</td>
                        <td>{money(lang, m.refunded, &m.currency)}</td>
                        <td>{money(lang, m.gross - m.refunded, &m.currency)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
fn AdminPaymentRows(rows: Vec<obscura_shared::billing::AdminPaymentView>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    if rows.is_empty() {
        return view! { <div class="empty-state mt-6"><p class="font-medium">{t!(lang, "billing-admin-no-payments")}</p></div> }
            .into_any();
    }
    let fb = feedback(forms::REFUND);
    let failed_for = fb.value(fields::PAYMENT);
    let amount_error = fb.error(fields::AMOUNT);
    view! {
        <FormNotice feedback=fb.clone() />
        <ul class="rows">
            {rows.into_iter().map(|r| {
                let p = r.payment;
                let field_id = format!("amount-{}", r.id);
                let error = (failed_for.as_deref() == Some(r.id.as_str())).then(|| amount_error.clone()).flatten();
                view! {
                    <li data-testid="admin-payment-row" data-status=p.status.clone()>
                        <div class="min-w-0 flex-1">
                            <p class="font-medium">{format!("{} · {} · {}", p.label, money(lang, p.amount, &p.currency), status_text(lang, &p))}</p>
                            <p class="text-xs text-muted">
                                <time datetime=p.paid_at.clone()>{day(lang, &p.paid_at)}</time>
                                " · " {r.account.unwrap_or_else(|| t!(lang, "billing-admin-erased"))}
                                {p.card.map(|(brand, last4)| format!(" · {} ····{last4}", capitalise(&brand)))}
                                {p.invoice_url.map(|u| view! { " · " <a class="link" href=u rel="noopener noreferrer" target="_blank">{t!(lang, "billing-col-invoice")}</a> })}
                            </p>
                        </div>
                        {r.refundable.then(|| view! {
                            <form method="post" action=routes::ADMIN_PAYMENTS_REFUND class="flex items-end gap-2">
                                <input type="hidden" name=fields::PAYMENT value=r.id.clone() />
                                <div class="field">
                                    <label for=field_id.clone() class="text-xs">{t!(lang, "billing-admin-amount")}</label>
                                    <input id=field_id.clone() name=fields::AMOUNT class="input w-28" inputmode="decimal" autocomplete="off"
                                        aria-invalid=error.is_some().then_some("true")
                                        aria-describedby=error.is_some().then(|| format!("{field_id}-error")) />
                                    {error.map(|e| view! { <p id=format!("{field_id}-error") class="field-error">{e}</p> })}
                                </div>
                                <button type="submit" class="btn-secondary btn-sm">{t!(lang, "billing-admin-refund")}</button>
                            </form>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// `/admin/payments`: revenue per month, and payments with refunds.
#[component]
pub fn AdminPaymentsPage() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let filter = use_query_map().with_untracked(|q| PaymentFilter {
        status: q.get("status").filter(|s| !s.is_empty()),
        account: q.get("account").filter(|s| !s.is_empty()),
        from: q.get("from").filter(|s| !s.is_empty()),
        to: q.get("to").filter(|s| !s.is_empty()),
    });
    let data = Resource::new_blocking(
        move || (v.clone(), filter.clone()),
        |(v, f)| load_admin(v, f),
    );
    view! {
        <crate::pages::admin::AdminFrame title=t!(lang, "billing-payments")>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "billing-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|a| view! {
                        <PaymentFilterForm filter=a.filter.clone() errors=a.filter_errors.clone() />
                        {(!a.enabled).then(|| view! { <Notice>{t!(lang, "billing-admin-no-stripe")}</Notice> })}
                        <section aria-labelledby="s-revenue">
                            <h2 id="s-revenue">{t!(lang, "billing-admin-revenue")}</h2>
                            <Revenue months=a.months />
                        </section>
                        <section aria-labelledby="s-payments" class="mt-8">
                            <h2 id="s-payments">{t!(lang, "billing-payments")}</h2>
                            <p class="mt-1 text-sm text-muted">{t!(lang, "billing-admin-refund-hint")}</p>
                            <AdminPaymentRows rows=a.payments />
                        </section>
                    })
                })}
            </Suspense>
        </crate::pages::admin::AdminFrame>
    }
    .into_any()
}
