//! Reports of shared images over HTTP:
//!
//! - `POST /share/{id}/report`: anyone (no account needed) reports a live share; field errors
//!   show the form again, a success goes to the thank-you page (`?sent=1`), a flood answers 429
//!   with `Retry-After`; an unknown, revoked or expired share answers the share page's 404, a
//!   taken-down one 410.
//! - `POST /admin/reports/decide`: an admin dismisses a report, takes its share down, or takes
//!   it down and suspends the owner — with a reason (and the confirmation box for a take-down);
//!   every decision is written to the audit log with the reason.

use axum::{
    extract::{Path, Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use obscura_shared::{
    Failure,
    ids::ReportId,
    reports::{Decision, fields, forms},
    routes,
};

use super::{
    errors::{FormPage, form_failed, internal_page},
    forms::{see_other, submitted, with_notice},
    render,
};
use crate::{
    accounts::suspension::Suspension,
    audit::{self, Action, Actor, Outcome},
    http::WebState,
    reports::{self, DecisionInput, NewReport, ReportError},
};

/// The report routes: the public form's post (with a path parameter) and the admin's decision.
pub fn table() -> Vec<(&'static str, MethodRouter<WebState>)> {
    vec![
        ("/share/{id}/report", post(report)),
        (routes::ADMIN_REPORTS_DECIDE, post(decide)),
    ]
}

async fn report(State(state): State<WebState>, Path(id): Path<String>, req: Request) -> Response {
    let s = submitted!(req);
    let page = routes::share_report(&id);
    let input = NewReport {
        reason: s.get(fields::REASON),
        details: s.get(fields::DETAILS),
        email: s.get(fields::EMAIL),
    };
    let reporter = s.current().map(|c| c.user);
    let result = reports::submit(
        &state,
        &id,
        input,
        reporter.as_ref(),
        &s.client(),
        s.language(),
    )
    .await;
    match result {
        // A repeat is thanked like the first report, and not stored again.
        Ok(_) => see_other(&format!("{page}?sent=1")),
        // The report page itself answers as the share page does: 404, or 410.
        Err(ReportError::NotFound) => {
            render::page(&state, s.parts, &page, StatusCode::NOT_FOUND).await
        }
        Err(ReportError::Gone) => render::page(&state, s.parts, &page, StatusCode::GONE).await,
        Err(e) => {
            let values = s.echo();
            let form = FormPage::new(&page, forms::REPORT).values(values);
            form_failed(&state, s.parts, form, Failure::from(e)).await
        }
    }
}

/// The audit action of a decision (an unreadable one is recorded as a dismissal attempt).
fn action_of(decision: &str) -> Action {
    match Decision::from_code(decision.trim()) {
        Some(d) if d.takes_down() => Action::ShareTakeDown,
        _ => Action::ReportDismiss,
    }
}

async fn decide(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let actor = match super::support::admin_actor(&s) {
        Ok(actor) => actor,
        Err(res) => return *res,
    };
    let Actor::Account(admin) = actor else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // A malformed id is an unknown report.
    let Ok(id) = s.get(fields::REPORT).trim().parse::<ReportId>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let id = id.into_uuid();
    let input = DecisionInput {
        decision: s.get(fields::DECISION),
        why: s.get(fields::WHY),
        confirmed: s.get(fields::CONFIRM) == "1",
        note: s.get(fields::NOTE),
    };
    let result = reports::decide(&state, admin, id, &input).await;
    let report = audit::target("report", id);
    let why = input.why.trim();
    match &result {
        Ok(done) => {
            let (action, target) = if done.decision.takes_down() {
                (
                    Action::ShareTakeDown,
                    audit::target("share", &done.share_id),
                )
            } else {
                (Action::ReportDismiss, report.clone())
            };
            audit::record_with_reason(&state, actor, action, &target, Outcome::Done, Some(why))
                .await;
            if let Some(suspension) = done.suspension {
                let outcome = match suspension {
                    Suspension::Done => Outcome::Done,
                    Suspension::NotFound => Outcome::NotFound,
                    Suspension::Already | Suspension::AdminAccount => Outcome::Refused,
                };
                let owner = audit::target("account", done.owner);
                audit::record_with_reason(
                    &state,
                    actor,
                    Action::Suspend,
                    &owner,
                    outcome,
                    Some(why),
                )
                .await;
            }
        }
        Err(e) => {
            let outcome = match e {
                ReportError::Invalid(_) => Outcome::Invalid,
                ReportError::NotFound => Outcome::NotFound,
                ReportError::AlreadyDecided | ReportError::OwnerIsAdmin | ReportError::Gone => {
                    Outcome::Refused
                }
                ReportError::RateLimited(_) | ReportError::Internal(_) => Outcome::Failed,
            };
            let reason = (!why.is_empty()).then_some(why);
            audit::record_with_reason(
                &state,
                actor,
                action_of(&input.decision),
                &report,
                outcome,
                reason,
            )
            .await;
        }
    }
    let page = routes::admin_report(&id.to_string());
    match result {
        Ok(done) => {
            let notice = match done.decision {
                Decision::Dismiss => "report-dismissed",
                Decision::TakeDown => "report-taken-down",
                Decision::SuspendOwner => "report-owner-suspended",
            };
            see_other(&with_notice(routes::ADMIN_REPORTS, notice))
        }
        Err(ReportError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(ReportError::AlreadyDecided) => {
            see_other(&with_notice(&page, "report-already-decided"))
        }
        Err(ReportError::Internal(e)) => {
            tracing::error!(error = format!("{e:#}"), "a report decision failed");
            internal_page(&state, s.language())
        }
        Err(e) => {
            // Typed values come back, so a refused decision loses nothing.
            let form = FormPage::new(&page, forms::DECIDE).values(s.echo());
            form_failed(&state, s.parts, form, Failure::from(e)).await
        }
    }
}
