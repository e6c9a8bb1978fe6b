//! `/pricing` (public: what credits cost and what each pack or plan gives) and
//! `/settings/billing` (the balance, the plan, buying, payments and invoices). Both are plain
//! server-rendered pages with form posts: no islands.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    billing::{
        BillingOverview, CheckoutState, ItemView, PaymentFilter, PaymentView, PricingView, fields,
        forms, money,
    },
    routes, testids,
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

use crate::format::plural;

fn period(interval: &(String, u32)) -> String {
    match interval.1 {
        1 => format!("per {}", interval.0),
        n => format!("every {n} {}s", interval.0),
    }
}

fn price_text(item: &ItemView) -> String {
    item.price.as_ref().map_or_else(
        || "Price shown at checkout".to_owned(),
        |p| {
            let amount = money(p.amount, &p.currency);
            p.interval
                .as_ref()
                .map_or(amount.clone(), |i| format!("{amount} {}", period(i)))
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
    let per = if plan { " each period" } else { "" };
    let note = plan.then_some(if item.rollover {
        "Unused credits stay with you."
    } else {
        "Unused credits end when the next period starts."
    });
    let label_id = format!("item-{}", item.id);
    let heading_id = label_id.clone();
    view! {
        <li class="panel flex flex-col gap-2" data-testid=testids::BILLING_ITEM data-item=item.id.clone() aria-labelledby=label_id.clone()>
            <h3 id=heading_id class="text-lg font-semibold">{item.label.clone()}</h3>
            <p class="text-2xl font-semibold">{plural(item.credits, "credit", "credits")}<span class="text-base font-normal text-muted">{per}</span></p>
            <p class="text-muted">{price_text(&item)}</p>
            {note.map(|n| view! { <p class="text-sm text-muted">{n}</p> })}
            <div class="mt-auto pt-2">
                {match buyer {
                    Buyer::Ready => view! {
                        <form method="post" action=routes::BILLING_CHECKOUT>
                            <input type="hidden" name=fields::ITEM value=item.id.clone() />
                            <button type="submit" class="btn-primary w-full">{if plan { "Subscribe" } else { "Buy" }}</button>
                        </form>
                    }.into_any(),
                    Buyer::Unverified => view! {
                        <p class="text-sm">"Confirm your email address to buy: use the link we sent you."</p>
                    }.into_any(),
                    Buyer::Anonymous => view! {
                        <a class="btn-secondary w-full" href=routes::SIGNUP>"Create an account to buy"</a>
                    }.into_any(),
                }}
            </div>
        </li>
    }
}

#[component]
fn Offer(pricing: PricingView, buyer: Buyer) -> impl IntoView {
    if !pricing.enabled {
        return view! {
            <Notice>"This server does not sell credits. Ask its operator for more if you run out."</Notice>
        }
        .into_any();
    }
    let packs = (!pricing.packs.is_empty()).then(|| {
        view! {
            <section aria-labelledby="s-packs" class="mt-6">
                <h2 id="s-packs">"Credit packs"</h2>
                <p class="mt-1 text-sm text-muted">"Paid once. The credits never expire."</p>
                <ul class="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                    {pricing.packs.into_iter().map(|item| view! { <ItemCard item plan=false buyer /> }).collect_view()}
                </ul>
            </section>
        }
    });
    let plans = (!pricing.plans.is_empty()).then(|| {
        view! {
            <section aria-labelledby="s-plans" class="mt-8">
                <h2 id="s-plans">"Plans"</h2>
                <p class="mt-1 text-sm text-muted">"Credits every period, renewed until you cancel. Change or cancel at any time."</p>
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
    view! {
        <section aria-labelledby="s-costs" class="mt-8">
            <h2 id="s-costs">"What an image costs"</h2>
            <table class="table mt-4">
                <caption class="sr-only">"Credits per image, by model"</caption>
                <thead><tr><th scope="col">"Model"</th><th scope="col">"Per image"</th></tr></thead>
                <tbody>
                    {pricing.model_costs.into_iter().map(|(label, cost)| view! {
                        <tr><td>{label}</td><td>{plural(cost, "credit", "credits")}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p class="mt-2 text-sm text-muted">{format!("New accounts start with {}.", plural(pricing.signup_credits, "credit", "credits"))}</p>
        </section>
    }
}

/// `/pricing`.
#[component]
pub fn Pricing() -> impl IntoView {
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
        <Title text="Pricing" />
        <article class="prose-page">
            <header>
                <p class="eyebrow">"Pricing"</p>
                <h1>"Credits for your images"</h1>
                <p class="lead">"Each image costs credits, depending on the model. Buy a pack once, or take a plan that renews."</p>
            </header>
            {cancelled.then(|| view! { <Notice>"The checkout was cancelled. Nothing was charged."</Notice> })}
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|pricing| view! {
                        <Offer pricing=pricing.clone() buyer />
                        <Costs pricing />
                        <p class="mt-8 text-sm text-muted">"Payments are taken by Stripe: your card number never reaches this server. Invoices carry the company name and VAT id you give at checkout."</p>
                    })
                })}
            </Suspense>
        </article>
    }
}

fn day_of(rfc3339: &str) -> String {
    rfc3339.get(..10).unwrap_or_default().to_owned()
}

fn status_text(p: &PaymentView) -> String {
    match p.status.as_str() {
        "refunded" => "Refunded".to_owned(),
        "partially_refunded" => format!("{} refunded", money(p.amount_refunded, &p.currency)),
        "disputed" => "Disputed".to_owned(),
        _ => "Paid".to_owned(),
    }
}

#[component]
fn Payments(payments: Vec<PaymentView>) -> impl IntoView {
    if payments.is_empty() {
        return view! { <p class="mt-3 text-muted">"No payments yet."</p> }.into_any();
    }
    view! {
        <div class="mt-4 overflow-x-auto">
            <table class="table">
                <caption class="sr-only">"Your payments, newest first"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Date"</th>
                        <th scope="col">"What"</th>
                        <th scope="col">"Amount"</th>
                        <th scope="col">"Card"</th>
                        <th scope="col">"Status"</th>
                        <th scope="col">"Invoice"</th>
                    </tr>
                </thead>
                <tbody>
                    {payments.into_iter().map(|p| {
                        let status = status_text(&p);
                        view! {
                            <tr data-testid=testids::PAYMENT_ROW>
                                <td><time datetime=p.paid_at.clone()>{day_of(&p.paid_at)}</time></td>
                                <td>{format!("{} · {}", p.label, plural(p.credits, "credit", "credits"))}</td>
                                <td>{money(p.amount, &p.currency)}</td>
                                <td>{p.card.map(|(brand, last4)| format!("{} ····{last4}", capitalise(&brand)))}</td>
                                <td>{status}</td>
                                <td class="whitespace-nowrap">
                                    {p.invoice_url.map(|u| view! { <a class="link" href=u rel="noopener noreferrer" target="_blank">"View"</a> })}
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
    let checkout_fb = feedback(forms::CHECKOUT);
    let item_error = checkout_fb.error(fields::ITEM);
    let portal_fb = feedback(forms::PORTAL);
    let waiting = o.checkout == Some(CheckoutState::Waiting);
    let checkout = o.checkout.clone().map(|c| match c {
        CheckoutState::Waiting => view! {
            <Notice>
                <span data-testid=testids::CHECKOUT_STATE data-state="waiting">"Payment received — your credits are on their way. This page refreshes by itself; "<a class="link" href=routes::SETTINGS_BILLING>"refresh now"</a>"."</span>
            </Notice>
        }.into_any(),
        CheckoutState::Credited(n) => view! {
            <Notice tone="ok">
                <span data-testid=testids::CHECKOUT_STATE data-state="credited">{format!("Payment received: {} added. Thank you!", plural(n, "credit", "credits"))}</span>
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
            <h2 id="s-balance">"Credits"</h2>
            <p class="mt-2 text-3xl font-semibold" data-testid=testids::BILLING_BALANCE>{o.balance}</p>
            {(o.owed > 0).then(|| view! {
                <Notice tone="error">{format!("A refunded or disputed payment left {} that had already been used. New images wait until they are settled: credits you buy settle them first.", plural(o.owed, "credit", "credits"))}</Notice>
            })}
            <p class="mt-2 text-sm"><a class="link" href=routes::PRICING>"What images cost"</a></p>
        </section>
        {(o.pricing.enabled).then(|| view! {
            <section class="panel" aria-labelledby="s-plan">
                <h2 id="s-plan">"Plan and card"</h2>
                {match subscription {
                    Some(s) => view! {
                        <p class="mt-2">{format!("{} · {} each period · {}", s.label, plural(s.credits, "credit", "credits"), s.status.replace('_', " "))}</p>
                        {s.current_period_end.map(|end| view! {
                            <p class="text-sm text-muted">{if s.cancel_at_period_end { format!("Ends on {}.", day_of(&end)) } else { format!("Renews on {}.", day_of(&end)) }}</p>
                        })}
                    }.into_any(),
                    None => view! { <p class="mt-2 text-muted">"No plan. Credit packs below are paid once."</p> }.into_any(),
                }}
                <FormNotice feedback=portal_fb />
                {o.has_customer.then(|| view! {
                    <form method="post" action=routes::BILLING_PORTAL class="mt-4">
                        <button type="submit" class="btn-secondary">"Manage card and plan"</button>
                    </form>
                    <p class="mt-2 text-sm text-muted">"Opens Stripe's page for your card, plan, cancellation and past invoices."</p>
                })}
            </section>
        })}
        <section class="panel" aria-labelledby="s-buy">
            <h2 id="s-buy">"Buy credits"</h2>
            {match item_error {
                Some(message) => view! { <Notice tone="error">{message}</Notice> }.into_any(),
                None => view! { <FormNotice feedback=checkout_fb /> }.into_any(),
            }}
            <Offer pricing buyer />
        </section>
        <section class="panel" aria-labelledby="s-payments">
            <h2 id="s-payments">"Payments"</h2>
            <Payments payments=o.payments />
            <p class="mt-3 text-sm text-muted">"Payment records are kept as the law requires, also after you delete your account, without linking them to you."</p>
        </section>
    }
}

/// `/settings/billing`.
#[component]
pub fn Billing() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let checkout = use_query_map().with_untracked(|q| q.get("checkout"));
    let data = Resource::new_blocking(
        move || (v.clone(), checkout.clone()),
        |(v, c)| load_overview(v, c),
    );
    view! {
        <SettingsFrame title="Billing">
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
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
    let error = |field: &str| {
        errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, m)| m.clone())
    };
    let (from_error, to_error) = (error("from"), error("to"));
    let status = filter.status.clone().unwrap_or_default();
    let option = move |code: &'static str, label: &'static str| {
        view! { <option value=code selected=status == code>{label}</option> }
    };
    view! {
        <form method="get" action=routes::ADMIN_PAYMENTS class="mt-3 flex flex-wrap items-end gap-3" role="search" aria-label="Filter payments">
            <div class="field mt-0">
                <label for="pf-status">"Status"</label>
                <select class="input" id="pf-status" name="status">
                    {option("", "All")}
                    {option("paid", "Paid")}
                    {option("partially_refunded", "Partly refunded")}
                    {option("refunded", "Refunded")}
                    {option("disputed", "Disputed")}
                </select>
            </div>
            <div class="field mt-0">
                <label for="pf-account">"Account email contains"</label>
                <input class="input" id="pf-account" type="search" name="account" maxlength="254" value=filter.account.clone().unwrap_or_default() />
            </div>
            <div class="field mt-0">
                <label for="pf-from">"Paid from"</label>
                <input class="input" id="pf-from" type="date" name="from" value=filter.from.clone().unwrap_or_default() aria-invalid=from_error.is_some().then_some("true") aria-describedby=from_error.as_ref().map(|_| "pf-from-error") />
                {field_error("pf-from", from_error.clone())}
            </div>
            <div class="field mt-0">
                <label for="pf-to">"to"</label>
                <input class="input" id="pf-to" type="date" name="to" value=filter.to.clone().unwrap_or_default() aria-invalid=to_error.is_some().then_some("true") aria-describedby=to_error.as_ref().map(|_| "pf-to-error") />
                {field_error("pf-to", to_error.clone())}
            </div>
            <div class="flex gap-2">
                <button type="submit" class="btn-secondary">"Filter"</button>
                <a class="btn-ghost" href=routes::ADMIN_PAYMENTS>"Clear"</a>
            </div>
        </form>
    }
}

/// Chart geometry (viewBox units).
const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 160.0;

#[component]
fn Revenue(months: Vec<obscura_shared::billing::MonthRevenue>) -> impl IntoView {
    if months.is_empty() {
        return view! { <p class="mt-3 text-muted">"No payments in the last 12 months."</p> }
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
                    <title>{format!("{}: {}", m.month, money(net, &m.currency))}</title>
                </rect>
            }
        })
        .collect_view();
    let title = format!("Net revenue per month in {}", main.to_uppercase());
    view! {
        <figure class="card mt-4">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") class="h-40 w-full" role="img" aria-labelledby="revenue-title">
                <title id="revenue-title">{title}</title>
                {bars}
            </svg>
        </figure>
        <table class="table mt-4">
            <caption class="sr-only">"Revenue per month"</caption>
            <thead><tr><th scope="col">"Month"</th><th scope="col">"Payments"</th><th scope="col">"Paid"</th><th scope="col">"Refunded"</th><th scope="col">"Net"</th></tr></thead>
            <tbody>
                {months.into_iter().rev().map(|m| view! {
                    <tr data-testid="revenue-row">
                        <td>{m.month.clone()}</td>
                        <td>{m.count}</td>
                        <td>{money(m.gross, &m.currency)}</td>
                        <td>{money(m.refunded, &m.currency)}</td>
                        <td>{money(m.gross - m.refunded, &m.currency)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

#[component]
fn AdminPaymentRows(rows: Vec<obscura_shared::billing::AdminPaymentView>) -> impl IntoView {
    if rows.is_empty() {
        return view! { <div class="empty-state mt-6"><p class="font-medium">"No payments"</p></div> }
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
                            <p class="font-medium">{format!("{} · {} · {}", p.label, money(p.amount, &p.currency), status_text(&p))}</p>
                            <p class="text-xs text-muted">
                                <time datetime=p.paid_at.clone()>{day_of(&p.paid_at)}</time>
                                " · " {r.account.unwrap_or_else(|| "erased account (record kept)".to_owned())}
                                {p.card.map(|(brand, last4)| format!(" · {} ····{last4}", capitalise(&brand)))}
                                {p.invoice_url.map(|u| view! { " · " <a class="link" href=u rel="noopener noreferrer" target="_blank">"Invoice"</a> })}
                            </p>
                        </div>
                        {r.refundable.then(|| view! {
                            <form method="post" action=routes::ADMIN_PAYMENTS_REFUND class="flex items-end gap-2">
                                <input type="hidden" name=fields::PAYMENT value=r.id.clone() />
                                <div class="field">
                                    <label for=field_id.clone() class="text-xs">"Amount (empty: all)"</label>
                                    <input id=field_id.clone() name=fields::AMOUNT class="input w-28" inputmode="decimal" autocomplete="off"
                                        aria-invalid=error.is_some().then_some("true")
                                        aria-describedby=error.is_some().then(|| format!("{field_id}-error")) />
                                    {error.map(|e| view! { <p id=format!("{field_id}-error") class="field-error">{e}</p> })}
                                </div>
                                <button type="submit" class="btn-secondary btn-sm">"Refund"</button>
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
        <crate::pages::admin::AdminFrame title="Payments">
            <Suspense fallback=|| view! { <p class="mt-6 text-muted">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|a| view! {
                        <PaymentFilterForm filter=a.filter.clone() errors=a.filter_errors.clone() />
                        {(!a.enabled).then(|| view! { <Notice>"Stripe is not configured: payments recorded before are listed, and refunds cannot be made here."</Notice> })}
                        <section aria-labelledby="s-revenue">
                            <h2 id="s-revenue">"Revenue"</h2>
                            <Revenue months=a.months />
                        </section>
                        <section aria-labelledby="s-payments" class="mt-8">
                            <h2 id="s-payments">"Payments"</h2>
                            <p class="mt-1 text-sm text-muted">"A refund goes through Stripe; its credits are taken back when Stripe confirms it. Disputes are answered in Stripe's dashboard."</p>
                            <AdminPaymentRows rows=a.payments />
                        </section>
                    })
                })}
            </Suspense>
        </crate::pages::admin::AdminFrame>
    }
    .into_any()
}
