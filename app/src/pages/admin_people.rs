//! People in the admin console: `/admin/users` (search, filters, cursor pages) and a person's
//! page `/admin/users/{id}` with its actions (credits, suspension, role, sessions, deletion),
//! each confirmed with a reason. Generations are shown as counts, never prompts or images.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use obscura_shared::{
    account::Language,
    admin_people::{
        ADJUST_MAX, PeoplePage, PeopleQuery, PersonRow, PersonView, fields, forms, params,
    },
    billing::money,
    routes,
    support::Topic,
    t, testids,
};

use crate::{
    account::{Viewer, viewer},
    components::form::{FormNotice, field_error},
    error::AppError,
    forms::{FormFeedback, feedback},
    pages::{
        admin::{AdminDetail, AdminFrame},
        gallery_item::day_of,
    },
};

/// The tone and message id of a `?notice=` of these pages (keys start with `people-`).
#[must_use]
pub fn notice_text(key: &str) -> Option<(&'static str, &'static str)> {
    Some(match key {
        "people-credits-adjusted" => ("ok", "admin-people-notice-credits-adjusted"),
        "people-credits-already" => ("info", "admin-people-notice-credits-already"),
        "people-suspended" => ("ok", "admin-people-notice-suspended"),
        "people-unsuspended" => ("ok", "admin-people-notice-unsuspended"),
        "people-unchanged" => ("info", "admin-people-notice-unchanged"),
        "people-admin-granted" => ("ok", "admin-people-notice-admin-granted"),
        "people-admin-revoked" => ("ok", "admin-people-notice-admin-revoked"),
        "people-sessions-ended" => ("ok", "admin-people-notice-sessions-ended"),
        "people-deleted" => ("ok", "admin-people-notice-deleted"),
        _ => return None,
    })
}

/// The answer for an account that does not exist (or a malformed id), in `lang`.
#[must_use]
pub fn person_not_found(lang: Language) -> AppError {
    AppError::new(
        obscura_shared::ErrorCode::NotFound,
        t!(lang, "admin-people-not-found"),
    )
}

fn flag(q: &leptos_router::params::ParamsMap, name: &str) -> bool {
    q.get(name).as_deref() == Some("1")
}

async fn load_people(v: Viewer, query: PeopleQuery) -> Result<PeoplePage, AppError> {
    #[cfg(feature = "ssr")]
    {
        crate::backend::ports()?.admin.people(&v, query).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, query);
        Err(AppError::internal())
    }
}

/// `/admin/users`.
#[component]
pub fn AdminPeople() -> impl IntoView {
    let Some(v) = viewer() else {
        return ().into_any();
    };
    let lang = use_context::<Language>().unwrap_or_default();
    let query = use_query_map().with_untracked(|q| PeopleQuery {
        q: q.get(params::Q).unwrap_or_default().trim().to_owned(),
        verified: flag(q, params::VERIFIED),
        suspended: flag(q, params::SUSPENDED),
        admin: flag(q, params::ADMIN),
        paid: flag(q, params::PAID),
        after: q.get(params::AFTER).filter(|a| !a.is_empty()),
    });
    let form = query.clone();
    let data = Resource::new_blocking(
        move || (v.clone(), query.clone()),
        |(v, q)| load_people(v, q),
    );
    let filter = move |name: &'static str, on: bool, label: String| {
        let id = format!("p-{name}");
        view! {
            <div class="check mt-2">
                <input type="checkbox" id=id.clone() name=name value="1" checked=on />
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <AdminFrame title=t!(lang, "admin-people-title")>
            <p class="mt-2 text-sm text-muted">{t!(lang, "admin-people-lead")}</p>
            <form method="get" action=routes::ADMIN_USERS role="search" class="filters" data-testid=testids::ADMIN_PEOPLE_SEARCH>
                <div class="field">
                    <label for="p-q">{t!(lang, "admin-people-search-label")}</label>
                    <p class="hint" id="p-q-hint">{t!(lang, "admin-people-search-hint")}</p>
                    <input class="input" type="search" id="p-q" name=params::Q value=form.q.clone() maxlength=obscura_shared::admin_people::QUERY_MAX_CHARS aria-describedby="p-q-hint" autocomplete="off" />
                </div>
                <fieldset class="mt-4">
                    <legend class="text-sm font-medium">{t!(lang, "admin-people-filters")}</legend>
                    <div class="flex flex-wrap gap-x-6">
                        {filter(params::VERIFIED, form.verified, t!(lang, "admin-people-filter-verified"))}
                        {filter(params::SUSPENDED, form.suspended, t!(lang, "admin-people-filter-suspended"))}
                        {filter(params::ADMIN, form.admin, t!(lang, "admin-people-filter-admin"))}
                        {filter(params::PAID, form.paid, t!(lang, "admin-people-filter-paid"))}
                    </div>
                </fieldset>
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">{t!(lang, "admin-people-search-submit")}</button>
                    {form.narrowed().then(|| view! { <a class="btn-ghost" href=routes::ADMIN_USERS>{t!(lang, "admin-people-search-clear")}</a> })}
                </div>
            </form>
            <Suspense fallback=move || view! { <p class="mt-6 text-muted">{t!(lang, "admin-loading")}</p> }>
                {move || Suspend::new(async move {
                    data.await.map(|page| view! { <PeopleList page /> })
                })}
            </Suspense>
        </AdminFrame>
    }
    .into_any()
}

#[component]
fn PeopleList(page: PeoplePage) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    if page.rows.is_empty() {
        let (title, text) = if page.any {
            ("admin-people-none-match", "admin-people-none-match-text")
        } else {
            ("admin-people-empty", "admin-people-empty-text")
        };
        return view! {
            <div class="empty-state mt-6" data-testid=testids::ADMIN_PEOPLE_EMPTY>
                <p class="font-medium">{obscura_shared::i18n::text(lang, title, &[])}</p>
                <p class="mt-1 text-sm text-muted">{obscura_shared::i18n::text(lang, text, &[])}</p>
            </div>
        }
        .into_any();
    }
    let newest = page
        .query
        .after
        .is_some()
        .then(|| format!("{}{}", routes::ADMIN_USERS, page.query.query_string(None)));
    let older = page.next.as_deref().map(|next| {
        format!(
            "{}{}",
            routes::ADMIN_USERS,
            page.query.query_string(Some(next))
        )
    });
    view! {
        <div class="data-table mt-6 overflow-x-auto rounded-xl border border-line">
            <table>
                <caption class="sr-only">{t!(lang, "admin-people-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(lang, "admin-people-col-name")}</th>
                        <th scope="col">{t!(lang, "admin-people-col-email")}</th>
                        <th scope="col">{t!(lang, "admin-people-col-joined")}</th>
                        <th scope="col">{t!(lang, "admin-people-col-standing")}</th>
                        <th scope="col">{t!(lang, "admin-people-col-credits")}</th>
                    </tr>
                </thead>
                <tbody>
                    {page.rows.into_iter().map(|r| view! { <PersonLine r /> }).collect_view()}
                </tbody>
            </table>
        </div>
        <nav aria-label=t!(lang, "admin-people-pages") class="mt-4 flex gap-2">
            {newest.map(|h| view! { <a class="btn-ghost btn-sm" href=h>{t!(lang, "admin-people-newest")}</a> })}
            {older.map(|h| view! { <a class="btn-ghost btn-sm" href=h data-testid=testids::ADMIN_PEOPLE_OLDER>{t!(lang, "admin-people-older")}</a> })}
        </nav>
    }
    .into_any()
}

/// The badges of an account: admin, suspended, unverified.
fn badges(lang: Language, admin: bool, suspended: bool, verified: bool) -> impl IntoView {
    view! {
        <span class="flex flex-wrap gap-1">
            {admin.then(|| view! { <span class="badge">{t!(lang, "admin-people-badge-admin")}</span> })}
            {suspended.then(|| view! { <span class="badge bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100" data-testid=testids::ADMIN_PEOPLE_SUSPENDED>{t!(lang, "admin-people-badge-suspended")}</span> })}
            {(!verified).then(|| view! { <span class="badge bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-100">{t!(lang, "admin-people-badge-unverified")}</span> })}
        </span>
    }
}

#[component]
fn PersonLine(r: PersonRow) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let name = if r.name.is_empty() {
        t!(lang, "admin-people-no-name")
    } else {
        r.name.clone()
    };
    view! {
        <tr data-testid=testids::ADMIN_PEOPLE_ROW data-id=r.id.clone()>
            <th scope="row"><a class="link" href=routes::admin_user(&r.id) data-user-content=(!r.name.is_empty()).then_some("")>{name}</a></th>
            <td data-label=t!(lang, "admin-people-col-email") class="break-all" data-user-content="">{r.email.clone()}</td>
            <td data-label=t!(lang, "admin-people-col-joined")><time datetime=r.joined.clone()>{day_of(&r.joined)}</time></td>
            <td data-label=t!(lang, "admin-people-col-standing")>{badges(lang, r.admin, r.suspended, r.verified)}</td>
            <td data-label=t!(lang, "admin-people-col-credits")>{r.credits}</td>
        </tr>
    }
}

async fn load_person(v: Viewer, id: String) -> Result<PersonView, AppError> {
    #[cfg(feature = "ssr")]
    {
        // Parsed here, where it enters: a malformed id is an unknown account.
        let id = id.parse().map_err(|_| person_not_found(v.language))?;
        crate::backend::ports()?.admin.person(&v, id).await
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (v, id);
        Err(AppError::internal())
    }
}

/// `/admin/users/{id}`.
#[component]
pub fn AdminPerson() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <AdminDetail title=t!(lang, "admin-people-person-title")
            back=(routes::ADMIN_USERS, t!(lang, "admin-people-back"))
            load=load_person detail=|p| view! { <PersonDetail p /> } />
    }
}

fn yes_no(lang: Language, on: bool) -> String {
    if on {
        t!(lang, "admin-people-yes")
    } else {
        t!(lang, "admin-people-no")
    }
}

fn ledger_kind(lang: Language, kind: &str) -> String {
    match kind {
        "grant" => t!(lang, "admin-people-ledger-grant"),
        "reserve" => t!(lang, "admin-people-ledger-reserve"),
        "capture" => t!(lang, "admin-people-ledger-capture"),
        "release" => t!(lang, "admin-people-ledger-release"),
        "refund" => t!(lang, "admin-people-ledger-refund"),
        "adjust" => t!(lang, "admin-people-ledger-adjust"),
        "clawback" => t!(lang, "admin-people-ledger-clawback"),
        "expire" => t!(lang, "admin-people-ledger-expire"),
        other => other.to_owned(),
    }
}

fn generation_status(lang: Language, status: &str) -> String {
    match status {
        "queued" => t!(lang, "admin-people-status-queued"),
        "running" => t!(lang, "admin-people-status-running"),
        "succeeded" => t!(lang, "admin-people-status-succeeded"),
        "failed" => t!(lang, "admin-people-status-failed"),
        "cancelled" => t!(lang, "gen-queue-status-cancelled"),
        other => other.to_owned(),
    }
}

fn topic_name(lang: Language, code: &str) -> String {
    match Topic::from_code(code) {
        Some(Topic::Help) => t!(lang, "admin-topic-help"),
        Some(Topic::Account) => t!(lang, "admin-topic-account"),
        Some(Topic::Billing) => t!(lang, "admin-topic-billing"),
        Some(Topic::Bug) => t!(lang, "admin-topic-bug"),
        Some(Topic::PrivacyRequest) => t!(lang, "admin-topic-privacy"),
        Some(Topic::UnderageAccount) => t!(lang, "admin-topic-underage"),
        Some(Topic::Other) => t!(lang, "admin-topic-other"),
        None => code.to_owned(),
    }
}

#[component]
fn PersonDetail(p: PersonView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let mut methods = Vec::new();
    if p.password {
        methods.push(t!(lang, "admin-people-method-password"));
    }
    if p.google {
        methods.push(t!(lang, "admin-people-method-google"));
    }
    if p.passkeys > 0 {
        methods.push(t!(lang, "admin-people-method-passkeys", count = p.passkeys));
    }
    if methods.is_empty() {
        methods.push(t!(lang, "admin-people-method-link"));
    }
    let name = if p.name.is_empty() {
        t!(lang, "admin-people-no-name")
    } else {
        p.name.clone()
    };
    let role = if p.admin {
        t!(lang, "admin-people-role-admin")
    } else {
        t!(lang, "admin-people-role-user")
    };
    view! {
        <section class="panel" aria-labelledby="s-facts" data-testid=testids::ADMIN_PERSON>
            <h2 id="s-facts" class="flex flex-wrap items-center gap-2"><span data-user-content=(!p.name.is_empty()).then_some("")>{name}</span> {badges(lang, p.admin, p.suspended_at.is_some(), p.verified)}</h2>
            <dl class="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                <dt class="text-muted">{t!(lang, "admin-people-col-email")}</dt><dd class="break-all" data-field="email" data-user-content="">{p.email.clone()}</dd>
                <dt class="text-muted">{t!(lang, "admin-people-fact-id")}</dt><dd><code class="break-all">{p.id.clone()}</code></dd>
                <dt class="text-muted">{t!(lang, "admin-people-fact-verified")}</dt><dd>{yes_no(lang, p.verified)}</dd>
                <dt class="text-muted">{t!(lang, "admin-people-fact-language")}</dt><dd>{Language::from_code(&p.language).map_or_else(|| p.language.clone(), |l| l.label().to_owned())}</dd>
                <dt class="text-muted">{t!(lang, "admin-people-col-joined")}</dt><dd><time datetime=p.joined.clone()>{day_of(&p.joined)}</time></dd>
                <dt class="text-muted">{t!(lang, "admin-people-fact-methods")}</dt><dd>{methods.join(", ")}</dd>
                <dt class="text-muted">{t!(lang, "admin-people-fact-two-step")}</dt><dd>{yes_no(lang, p.two_step)}</dd>
                <dt class="text-muted">{t!(lang, "admin-people-fact-role")}</dt><dd data-field="role">{role}</dd>
                <dt class="text-muted">{t!(lang, "admin-people-fact-suspension")}</dt>
                <dd data-field="suspension">{match (&p.suspended_at, &p.suspension_reason) {
                    (Some(at), reason) => view! {
                        {t!(lang, "admin-people-suspended-since", date = day_of(at))}
                        {reason.clone().map(|r| view! { <span class="block break-words" data-user-content="">{t!(lang, "admin-audit-reason")} " " {r}</span> })}
                    }.into_any(),
                    (None, _) => t!(lang, "admin-people-not-suspended").into_any(),
                }}</dd>
                {p.erasure_due.clone().map(|due| view! {
                    <dt class="text-muted">{t!(lang, "admin-people-fact-closing")}</dt>
                    <dd>{t!(lang, "admin-people-closing", date = day_of(&due))}</dd>
                })}
            </dl>
        </section>
        <CreditsSection p=p.clone() />
        <SessionsSection p=p.clone() />
        <section class="panel" aria-labelledby="s-generations">
            <h2 id="s-generations">{t!(lang, "admin-people-generations")}</h2>
            <p class="mt-1 text-sm text-muted">{t!(lang, "admin-people-generations-lead")}</p>
            <div class="data-table mt-3 overflow-x-auto rounded-xl border border-line">
                <table>
                    <caption class="sr-only">{t!(lang, "admin-people-generations")}</caption>
                    <thead><tr>
                        <th scope="col">{t!(lang, "admin-people-col-status")}</th>
                        <th scope="col">{t!(lang, "admin-people-col-recent")}</th>
                        <th scope="col">{t!(lang, "admin-people-col-all")}</th>
                    </tr></thead>
                    <tbody>
                        {p.generations.iter().map(|g| view! {
                            <tr data-testid=testids::ADMIN_PERSON_GENERATIONS data-status=g.status.clone()>
                                <th scope="row">{generation_status(lang, &g.status)}</th>
                                <td data-label=t!(lang, "admin-people-col-recent") data-field="recent">{g.recent}</td>
                                <td data-label=t!(lang, "admin-people-col-all") data-field="all">{g.all}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        {p.payments.clone().map(|payments| view! {
            <section class="panel" aria-labelledby="s-payments">
                <h2 id="s-payments">{t!(lang, "admin-people-payments")}</h2>
                {if payments.is_empty() {
                    view! { <p class="mt-2 text-sm text-muted">{t!(lang, "admin-people-payments-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="rows">
                            {payments.into_iter().map(|pay| view! {
                                <li>
                                    <span class="font-medium">{money(pay.amount, &pay.currency)}</span>
                                    <span>{pay.label.clone()}</span>
                                    <span class="text-muted"><time datetime=pay.paid_at.clone()>{day_of(&pay.paid_at)}</time> " · " {pay.status.clone()}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <p class="mt-2 text-sm"><a class="link" href=format!("{}?account={}", routes::ADMIN_PAYMENTS, p.email)>{t!(lang, "admin-people-payments-all")}</a></p>
            </section>
        })}
        <section class="panel" aria-labelledby="s-support">
            <h2 id="s-support">{t!(lang, "admin-people-support")}</h2>
            {if p.support.is_empty() {
                view! { <p class="mt-2 text-sm text-muted">{t!(lang, "admin-people-support-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="rows">
                        {p.support.iter().map(|m| view! {
                            <li>
                                <a class="link" href=format!("{}/{}", routes::ADMIN_SUPPORT, m.id)>{topic_name(lang, &m.topic)}</a>
                                <span class="text-muted"><time datetime=m.at.clone()>{day_of(&m.at)}</time> " · " {if m.closed { t!(lang, "admin-message-closed") } else { t!(lang, "admin-message-open") }}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section class="panel" aria-labelledby="s-reports">
            <h2 id="s-reports">{t!(lang, "admin-people-reports")}</h2>
            {if p.reports.is_empty() {
                view! { <p class="mt-2 text-sm text-muted">{t!(lang, "admin-people-reports-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="rows" data-testid=testids::ADMIN_PERSON_REPORTS>
                        {p.reports.iter().map(|r| view! {
                            <li>
                                <a class="link" href=routes::admin_report(&r.id)>{crate::pages::reports::reason_label(lang, &r.reason)}</a>
                                <span class="text-muted"><time datetime=r.created_at.clone()>{day_of(&r.created_at)}</time> " · " {crate::pages::reports::status_label(lang, &r.status)}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <StandingSection p=p.clone() />
        <DeleteSection p />
    }
}

/// The reason and confirmation every action asks for.
#[component]
fn ReasonConfirm(
    f: FormFeedback,
    prefix: &'static str,
    #[prop(into)] confirm: String,
) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let reason_id = format!("{prefix}-reason");
    let confirm_id = format!("{prefix}-confirm");
    let reason_error = f.error(fields::REASON);
    let confirm_error = f.error(fields::CONFIRM);
    let confirm_described = confirm_error
        .as_ref()
        .map(|_| format!("{confirm_id}-error"));
    let confirm_invalid = confirm_error.is_some().then_some("true");
    let reason_invalid = reason_error.is_some().then_some("true");
    let reason_described = if reason_error.is_some() {
        format!("{reason_id}-hint {reason_id}-error")
    } else {
        format!("{reason_id}-hint")
    };
    view! {
        <div class="field mt-4">
            <label for=reason_id.clone()>{t!(lang, "admin-people-reason-label")}</label>
            <p class="hint" id=format!("{reason_id}-hint")>{t!(lang, "admin-people-reason-hint")}</p>
            <textarea class="input min-h-20" id=reason_id.clone() name=fields::REASON required maxlength=obscura_shared::audit::REASON_MAX_CHARS
                aria-invalid=reason_invalid
                aria-describedby=reason_described>{f.value(fields::REASON).unwrap_or_default()}</textarea>
            {field_error(&reason_id, reason_error)}
        </div>
        <div class="check">
            <input type="checkbox" id=confirm_id.clone() name=fields::CONFIRM value="1" required aria-invalid=confirm_invalid aria-describedby=confirm_described />
            <label for=confirm_id.clone()>{confirm}</label>
        </div>
        {field_error(&confirm_id, confirm_error)}
    }
}

#[component]
fn CreditsSection(p: PersonView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::CREDITS);
    let direction = f
        .value(fields::DIRECTION)
        .unwrap_or_else(|| "add".to_owned());
    let amount_error = f.error(fields::AMOUNT);
    let direction_error = f.error(fields::DIRECTION);
    let direction_described = direction_error.as_ref().map(|_| "c-direction-error");
    let amount_described = amount_error.as_ref().map(|_| "c-amount-error");
    let amount_invalid = amount_error.is_some().then_some("true");
    view! {
        <section class="panel" aria-labelledby="s-credits">
            <h2 id="s-credits">{t!(lang, "admin-people-credits")}</h2>
            <p class="mt-1 text-sm">{t!(lang, "admin-people-balance", count = p.credits)}</p>
            {if p.ledger.is_empty() {
                view! { <p class="mt-2 text-sm text-muted">{t!(lang, "admin-people-ledger-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="data-table mt-3 overflow-x-auto rounded-xl border border-line">
                        <table>
                            <caption class="sr-only">{t!(lang, "admin-people-ledger")}</caption>
                            <thead><tr>
                                <th scope="col">{t!(lang, "admin-people-col-kind")}</th>
                                <th scope="col">{t!(lang, "admin-people-col-delta")}</th>
                                <th scope="col">{t!(lang, "admin-people-col-date")}</th>
                                <th scope="col">{t!(lang, "admin-people-col-reference")}</th>
                            </tr></thead>
                            <tbody>
                                {p.ledger.iter().map(|e| view! {
                                    <tr data-testid=testids::ADMIN_PERSON_LEDGER>
                                        <th scope="row">{ledger_kind(lang, &e.kind)}</th>
                                        <td data-label=t!(lang, "admin-people-col-delta")>{if e.delta > 0 { format!("+{}", e.delta) } else { e.delta.to_string() }}</td>
                                        <td data-label=t!(lang, "admin-people-col-date")><time datetime=e.at.clone()>{day_of(&e.at)}</time></td>
                                        <td data-label=t!(lang, "admin-people-col-reference")><code class="break-all">{e.reference.clone().unwrap_or_default()}</code></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <h3 class="mt-6 font-semibold">{t!(lang, "admin-people-adjust-heading")}</h3>
            <p class="mt-1 text-sm text-muted">{t!(lang, "admin-people-adjust-lead")}</p>
            <FormNotice feedback=f.clone() />
            <form method="post" action=routes::ADMIN_USERS_CREDITS class="mt-3" data-testid=testids::ADMIN_PERSON_CREDITS_FORM>
                <input type="hidden" name=fields::ACCOUNT value=p.id.clone() />
                <input type="hidden" name=fields::KEY value=f.value(fields::KEY).unwrap_or(p.form_key.clone()) />
                <fieldset aria-describedby=direction_described>
                    <legend class="text-sm font-medium">{t!(lang, "admin-people-direction")}</legend>
                    <div class="flex flex-wrap gap-x-6">
                        <div class="check mt-2">
                            <input type="radio" id="c-add" name=fields::DIRECTION value="add" checked=direction == "add" />
                            <label for="c-add">{t!(lang, "admin-people-direction-add")}</label>
                        </div>
                        <div class="check mt-2">
                            <input type="radio" id="c-remove" name=fields::DIRECTION value="remove" checked=direction == "remove" />
                            <label for="c-remove">{t!(lang, "admin-people-direction-remove")}</label>
                        </div>
                    </div>
                    {field_error("c-direction", direction_error)}
                </fieldset>
                <div class="field mt-4">
                    <label for="c-amount">{t!(lang, "admin-people-amount")}</label>
                    <input class="input sm:max-w-48" type="number" id="c-amount" name=fields::AMOUNT min="1" max=ADJUST_MAX.to_string() step="1" required inputmode="numeric"
                        value=f.value(fields::AMOUNT).unwrap_or_default()
                        aria-invalid=amount_invalid
                        aria-describedby=amount_described />
                    {field_error("c-amount", amount_error)}
                </div>
                <ReasonConfirm f=f.clone() prefix="c" confirm=t!(lang, "admin-people-adjust-confirm") />
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-primary">{t!(lang, "admin-people-adjust-submit")}</button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn SessionsSection(p: PersonView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::SESSIONS);
    view! {
        <section class="panel" aria-labelledby="s-sessions">
            <h2 id="s-sessions">{t!(lang, "admin-people-sessions")}</h2>
            <FormNotice feedback=f.clone() />
            {if p.sessions.is_empty() {
                view! { <p class="mt-2 text-sm text-muted" data-testid=testids::ADMIN_PERSON_NO_SESSIONS>{t!(lang, "admin-people-sessions-none")}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=routes::ADMIN_USERS_SESSIONS_END class="mt-3">
                        <input type="hidden" name=fields::ACCOUNT value=p.id.clone() />
                        <p class="text-sm text-muted">{t!(lang, "admin-people-sessions-lead")}</p>
                        <ReasonConfirm f=f.clone() prefix="s" confirm=t!(lang, "admin-people-sessions-confirm") />
                        <div class="data-table mt-4 overflow-x-auto rounded-xl border border-line">
                            <table>
                                <caption class="sr-only">{t!(lang, "admin-people-sessions")}</caption>
                                <thead><tr>
                                    <th scope="col">{t!(lang, "admin-people-col-device")}</th>
                                    <th scope="col">{t!(lang, "admin-people-col-last-seen")}</th>
                                    <th scope="col">{t!(lang, "admin-people-col-started")}</th>
                                    <th scope="col"><span class="sr-only">{t!(lang, "admin-people-col-actions")}</span></th>
                                </tr></thead>
                                <tbody>
                                    {p.sessions.iter().map(|s| view! {
                                        <tr data-testid=testids::ADMIN_PERSON_SESSION>
                                            <th scope="row">{s.device.clone()}</th>
                                            <td data-label=t!(lang, "admin-people-col-last-seen")><time datetime=s.last_seen.clone()>{s.last_seen.clone()}</time></td>
                                            <td data-label=t!(lang, "admin-people-col-started")><time datetime=s.started.clone()>{s.started.clone()}</time></td>
                                            <td><button type="submit" class="btn-secondary btn-sm" name=fields::SESSION value=s.id.clone() aria-label=t!(lang, "admin-people-session-end-label", device = s.device.clone())>{t!(lang, "admin-people-session-end")}</button></td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <div class="form-actions sm:flex-row">
                            <button type="submit" class="btn-danger" name=fields::SESSION value="all">{t!(lang, "admin-people-sessions-end-all")}</button>
                        </div>
                    </form>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn StandingSection(p: PersonView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let fs = feedback(forms::SUSPEND);
    let fr = feedback(forms::ROLE);
    if p.own {
        return view! {
            <section class="panel" aria-labelledby="s-standing">
                <h2 id="s-standing">{t!(lang, "admin-people-standing")}</h2>
                <FormNotice feedback=fs.clone() />
                <FormNotice feedback=fr.clone() />
                <FormNotice feedback=feedback(forms::DELETE) />
                <p class="mt-2 text-sm text-muted">{t!(lang, "admin-people-own-account")}</p>
            </section>
        }
        .into_any();
    }
    let suspended = p.suspended_at.is_some();
    let suspend_form = if p.admin {
        view! { <p class="mt-2 text-sm text-muted">{t!(lang, "admin-people-suspend-admin")}</p> }
            .into_any()
    } else {
        view! {
            <FormNotice feedback=fs.clone() />
            <form method="post" action=routes::ADMIN_USERS_SUSPEND class="mt-3" data-testid=testids::ADMIN_PERSON_SUSPEND_FORM>
                <input type="hidden" name=fields::ACCOUNT value=p.id.clone() />
                <input type="hidden" name=fields::ON value=if suspended { "0" } else { "1" } />
                <p class="text-sm text-muted">{if suspended { t!(lang, "admin-people-unsuspend-lead") } else { t!(lang, "admin-people-suspend-lead") }}</p>
                <ReasonConfirm f=fs.clone() prefix="u" confirm=if suspended { t!(lang, "admin-people-unsuspend-confirm") } else { t!(lang, "admin-people-suspend-confirm") } />
                <div class="form-actions sm:flex-row">
                    <button type="submit" class=if suspended { "btn-primary" } else { "btn-danger" }>{if suspended { t!(lang, "admin-people-unsuspend-submit") } else { t!(lang, "admin-people-suspend-submit") }}</button>
                </div>
            </form>
        }
        .into_any()
    };
    view! {
        <section class="panel" aria-labelledby="s-standing">
            <h2 id="s-standing">{t!(lang, "admin-people-standing")}</h2>
            <h3 class="mt-4 font-semibold">{if suspended { t!(lang, "admin-people-unsuspend-heading") } else { t!(lang, "admin-people-suspend-heading") }}</h3>
            {suspend_form}
            <h3 class="mt-8 font-semibold">{if p.admin { t!(lang, "admin-people-revoke-heading") } else { t!(lang, "admin-people-grant-heading") }}</h3>
            <FormNotice feedback=fr.clone() />
            <form method="post" action=routes::ADMIN_USERS_ROLE class="mt-3" data-testid=testids::ADMIN_PERSON_ROLE_FORM>
                <input type="hidden" name=fields::ACCOUNT value=p.id.clone() />
                <input type="hidden" name=fields::ON value=if p.admin { "0" } else { "1" } />
                <p class="text-sm text-muted">{if p.admin { t!(lang, "admin-people-revoke-lead") } else { t!(lang, "admin-people-grant-lead") }}</p>
                <ReasonConfirm f=fr.clone() prefix="r" confirm=if p.admin { t!(lang, "admin-people-revoke-confirm") } else { t!(lang, "admin-people-grant-confirm") } />
                <div class="form-actions sm:flex-row">
                    <button type="submit" class="btn-secondary">{if p.admin { t!(lang, "admin-people-revoke-submit") } else { t!(lang, "admin-people-grant-submit") }}</button>
                </div>
            </form>
        </section>
    }
    .into_any()
}

#[component]
fn DeleteSection(p: PersonView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    if p.own {
        return ().into_any();
    }
    let f = feedback(forms::DELETE);
    let email_error = f.error(fields::EMAIL);
    let email_described = email_error.as_ref().map(|_| "d-email-error");
    let email_invalid = email_error.is_some().then_some("true");
    view! {
        <section class="panel border-red-300 dark:border-red-900" aria-labelledby="s-delete">
            <h2 id="s-delete">{t!(lang, "admin-people-delete-heading")}</h2>
            {if p.admin {
                view! { <p class="mt-2 text-sm text-muted">{t!(lang, "admin-people-delete-admin")}</p> }.into_any()
            } else {
                view! {
                    <p class="mt-2 text-sm">{t!(lang, "admin-people-delete-lead")}</p>
                    <FormNotice feedback=f.clone() />
                    <form method="post" action=routes::ADMIN_USERS_DELETE class="mt-3" data-testid=testids::ADMIN_PERSON_DELETE_FORM>
                        <input type="hidden" name=fields::ACCOUNT value=p.id.clone() />
                        <div class="field">
                            <label for="d-email">{t!(lang, "admin-people-delete-email", email = p.email.clone())}</label>
                            <input class="input" type="email" id="d-email" name=fields::EMAIL required autocomplete="off"
                                aria-invalid=email_invalid
                                aria-describedby=email_described />
                            {field_error("d-email", email_error)}
                        </div>
                        <ReasonConfirm f=f.clone() prefix="d" confirm=t!(lang, "admin-people-delete-confirm") />
                        <div class="form-actions sm:flex-row">
                            <button type="submit" class="btn-danger">{t!(lang, "admin-people-delete-submit")}</button>
                        </div>
                    </form>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}
