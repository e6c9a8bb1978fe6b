//! The admin's actions on an account (`/admin/users/…`): adjust credits, suspend or unsuspend,
//! make admin or take the role back, end sessions, delete. Every form needs a reason and a
//! confirmation (the core service checks both); every attempt is written to the audit log with
//! its outcome and the reason, which is never logged anywhere else. Success redirects to the
//! person's page with a `?notice=`; a refusal shows the page again with the form's errors.

use axum::{
    extract::{Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use obscura_shared::{
    Failure,
    admin_people::{fields, forms},
    routes,
};
use uuid::Uuid;

use super::{
    errors::{FormPage, form_failed},
    forms::{Submitted, see_other, submitted, with_notice},
    support::admin_actor,
};
use crate::{
    accounts::suspension::Suspension,
    admin_people::{self, Adjusted, Confirmed, PeopleError, RoleChange},
    audit::{self, Action, Actor, Outcome},
    http::WebState,
};

/// The routes of the people console's actions.
pub fn table() -> Vec<(&'static str, MethodRouter<WebState>)> {
    vec![
        (routes::ADMIN_USERS_CREDITS, post(credits)),
        (routes::ADMIN_USERS_SUSPEND, post(suspend)),
        (routes::ADMIN_USERS_ROLE, post(role)),
        (routes::ADMIN_USERS_SESSIONS_END, post(end_sessions)),
        (routes::ADMIN_USERS_DELETE, post(delete)),
    ]
}

/// The acting admin and the account the form names, or the answer: anyone but an admin as for
/// every admin route, a malformed account id as an unknown one (404).
macro_rules! acting {
    ($s:expr) => {{
        let actor = match admin_actor(&$s) {
            Ok(actor) => actor,
            Err(res) => return *res,
        };
        let Actor::Account(admin) = actor else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let Ok(account) = $s.get(fields::ACCOUNT).trim().parse::<Uuid>() else {
            return StatusCode::NOT_FOUND.into_response();
        };
        (admin, account)
    }};
}

fn outcome_of<T>(r: &Result<T, PeopleError>) -> Outcome {
    match r {
        Ok(_) => Outcome::Done,
        Err(PeopleError::Invalid(_)) => Outcome::Invalid,
        Err(PeopleError::NotFound) => Outcome::NotFound,
        Err(PeopleError::Refused(_)) => Outcome::Refused,
        Err(PeopleError::Internal(_)) => Outcome::Failed,
    }
}

/// Writes the attempt to the audit log, with the reason as typed (the log trims and cuts it).
async fn audited<T>(
    state: &WebState,
    admin: Uuid,
    action: Action,
    account: Uuid,
    result: &Result<T, PeopleError>,
    reason: &str,
) {
    audit::record_with_reason(
        state,
        Actor::Account(admin),
        action,
        &audit::target("account", account),
        outcome_of(result),
        Some(reason),
    )
    .await;
}

/// The person's page again with the form's feedback (values typed, minus the confirmation).
async fn refused(
    state: &WebState,
    s: Submitted,
    account: Uuid,
    form: &str,
    keep: &[&str],
    e: PeopleError,
) -> Response {
    let page = routes::admin_user(&account.to_string());
    let values = keep
        .iter()
        .map(|name| ((*name).to_owned(), s.get(name)))
        .collect();
    let form = FormPage::new(&page, form).values(values);
    form_failed(state, s.parts, form, Failure::from(e)).await
}

fn confirmed<'a>(s: &Submitted, admin: Uuid, account: Uuid, reason: &'a str) -> Confirmed<'a> {
    Confirmed {
        admin,
        account,
        reason,
        confirmed: s.get(fields::CONFIRM) == "1",
    }
}

fn back(account: Uuid, notice: &str) -> Response {
    see_other(&with_notice(
        &routes::admin_user(&account.to_string()),
        notice,
    ))
}

async fn credits(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let (admin, account) = acting!(s);
    let reason = s.get(fields::REASON);
    let c = confirmed(&s, admin, account, &reason);
    let result = admin_people::adjust_credits(
        &state,
        &c,
        &s.get(fields::DIRECTION),
        &s.get(fields::AMOUNT),
        &s.get(fields::KEY),
    )
    .await;
    // A form sent again is the same action: its first entry stands.
    if !matches!(result, Ok(Adjusted::Already)) {
        audited(
            &state,
            admin,
            Action::CreditAdjust,
            account,
            &result,
            &reason,
        )
        .await;
    }
    match result {
        Ok(Adjusted::Done(_)) => back(account, "people-credits-adjusted"),
        Ok(Adjusted::Already) => back(account, "people-credits-already"),
        Err(e) => {
            let keep = [
                fields::DIRECTION,
                fields::AMOUNT,
                fields::REASON,
                fields::KEY,
            ];
            refused(&state, s, account, forms::CREDITS, &keep, e).await
        }
    }
}

async fn suspend(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let (admin, account) = acting!(s);
    let on = s.get(fields::ON) != "0";
    let reason = s.get(fields::REASON);
    let c = confirmed(&s, admin, account, &reason);
    let result = admin_people::suspend(&state, &c, on).await;
    let action = if on {
        Action::Suspend
    } else {
        Action::Unsuspend
    };
    audited(&state, admin, action, account, &result, &reason).await;
    match result {
        Ok(Suspension::Done) if on => back(account, "people-suspended"),
        Ok(Suspension::Done) => back(account, "people-unsuspended"),
        Ok(_) => back(account, "people-unchanged"),
        Err(e) => refused(&state, s, account, forms::SUSPEND, &[fields::REASON], e).await,
    }
}

async fn role(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let (admin, account) = acting!(s);
    let make = s.get(fields::ON) != "0";
    let reason = s.get(fields::REASON);
    let c = confirmed(&s, admin, account, &reason);
    let result = admin_people::set_role(&state, &c, make).await;
    let action = if make {
        Action::GrantAdmin
    } else {
        Action::RevokeAdmin
    };
    audited(&state, admin, action, account, &result, &reason).await;
    match result {
        Ok(RoleChange::Done) if make => back(account, "people-admin-granted"),
        Ok(RoleChange::Done) => back(account, "people-admin-revoked"),
        Ok(RoleChange::Already) => back(account, "people-unchanged"),
        Err(e) => refused(&state, s, account, forms::ROLE, &[fields::REASON], e).await,
    }
}

async fn end_sessions(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let (admin, account) = acting!(s);
    let which = s.get(fields::SESSION);
    let session = match which.trim() {
        "" | "all" => None,
        id => match id.parse::<Uuid>() {
            Ok(id) => Some(id),
            Err(_) => return StatusCode::NOT_FOUND.into_response(),
        },
    };
    let reason = s.get(fields::REASON);
    let c = confirmed(&s, admin, account, &reason);
    let result = admin_people::end_sessions(&state, &c, session).await;
    audited(
        &state,
        admin,
        Action::EndSessions,
        account,
        &result,
        &reason,
    )
    .await;
    match result {
        Ok(_) => back(account, "people-sessions-ended"),
        Err(e) => refused(&state, s, account, forms::SESSIONS, &[fields::REASON], e).await,
    }
}

async fn delete(State(state): State<WebState>, req: Request) -> Response {
    let s = submitted!(req);
    let (admin, account) = acting!(s);
    let reason = s.get(fields::REASON);
    let c = confirmed(&s, admin, account, &reason);
    let result = admin_people::delete(&state, &c, &s.get(fields::EMAIL)).await;
    audited(
        &state,
        admin,
        Action::DeleteAccount,
        account,
        &result,
        &reason,
    )
    .await;
    match result {
        Ok(()) => see_other(&with_notice(routes::ADMIN_USERS, "people-deleted")),
        Err(e) => {
            let keep = [fields::EMAIL, fields::REASON];
            refused(&state, s, account, forms::DELETE, &keep, e).await
        }
    }
}
