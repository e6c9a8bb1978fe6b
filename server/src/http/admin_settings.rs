//! The live settings' forms at `/admin/settings` (admins only, like every `/admin` route):
//!
//! - `POST /admin/settings/blocklist`: the whole blocklist, one term per line, with a reason.
//! - `POST /admin/settings/model`: one configured model's name, cost, most images and whether
//!   it is offered, with a reason.
//!
//! Each attempt is written to the audit log with its outcome and the admin's reason (never the
//! terms themselves). A refusal shows the page again with the messages beside the fields.

use axum::{
    extract::{Request, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::{MethodRouter, post},
};
use obscura_shared::{
    ErrorCode, Failure,
    admin_settings::{MAX_TERM_CHARS, MAX_TERMS, fields, forms},
    i18n::Message,
    routes,
};

use super::{
    errors::{FormPage, form_failed, internal_page},
    forms::{Submitted, see_other, with_notice},
    support::admin_actor,
};
use crate::{
    audit::{self, Action, Actor, Outcome},
    http::WebState,
    settings::{self, ModelInput, SettingsError},
};

/// The largest blocklist form read: every term at its longest, with room for the rest.
const BLOCKLIST_FORM_BYTES: usize = MAX_TERMS * (MAX_TERM_CHARS * 4 + 3) + 64 * 1024;

/// The settings' form routes.
pub fn table() -> Vec<(&'static str, MethodRouter<crate::http::WebState>)> {
    vec![
        (routes::ADMIN_SETTINGS_BLOCKLIST, post(blocklist)),
        (routes::ADMIN_SETTINGS_MODEL, post(model)),
    ]
}

/// The form, read with a limit large enough for a full blocklist (the other forms' is 64 KiB).
async fn read_large(req: Request) -> Result<Submitted, Response> {
    let (parts, body) = req.into_parts();
    let lang = super::errors::language(&parts);
    let refuse = |status, id| (status, Message::new(id).render(lang)).into_response();
    let bytes = axum::body::to_bytes(body, BLOCKLIST_FORM_BYTES)
        .await
        .map_err(|_| refuse(StatusCode::PAYLOAD_TOO_LARGE, "error-form-too-large"))?;
    let fields = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
        .map_err(|_| refuse(StatusCode::BAD_REQUEST, "error-form-unreadable"))?;
    Ok(Submitted { parts, fields })
}

/// The audit outcome of a settings change.
fn outcome_of<T>(r: &Result<T, SettingsError>) -> Outcome {
    match r {
        Ok(_) => Outcome::Done,
        Err(SettingsError::Invalid(_)) => Outcome::Invalid,
        Err(SettingsError::LastModel) => Outcome::Refused,
        Err(SettingsError::UnknownModel) => Outcome::NotFound,
        Err(SettingsError::Internal(_)) => Outcome::Failed,
    }
}

/// The admin's account id (the actor of an admin form is always an account).
fn admin_id(actor: Actor) -> Option<uuid::Uuid> {
    match actor {
        Actor::Account(id) => Some(id),
        Actor::Cli => None,
    }
}

async fn blocklist(State(state): State<WebState>, req: Request) -> Response {
    let s = match read_large(req).await {
        Ok(s) => s,
        Err(res) => return res,
    };
    let actor = match admin_actor(&s) {
        Ok(actor) => actor,
        Err(res) => return *res,
    };
    let Some(admin) = admin_id(actor) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let terms = s.get(fields::TERMS);
    let reason = s.get(fields::REASON);
    let result = settings::set_blocklist(&state, admin, &terms, &reason).await;
    audit::record_with_reason(
        &state,
        actor,
        Action::BlocklistChange,
        &audit::target("settings", "blocklist"),
        outcome_of(&result),
        Some(&reason),
    )
    .await;
    match result {
        Ok(saved) => {
            let notice = if saved.dropped > 0 {
                "blocklist-cleaned"
            } else {
                "blocklist-saved"
            };
            see_other(&format!(
                "{}#blocklist",
                with_notice(routes::ADMIN_SETTINGS, notice)
            ))
        }
        Err(e) => {
            let page = FormPage::new(routes::ADMIN_SETTINGS, forms::BLOCKLIST).values(vec![
                (fields::TERMS.to_owned(), terms),
                (fields::REASON.to_owned(), reason),
            ]);
            failed(&state, s, page, e).await
        }
    }
}

async fn model(State(state): State<WebState>, req: Request) -> Response {
    let s = super::forms::submitted!(req);
    let actor = match admin_actor(&s) {
        Ok(actor) => actor,
        Err(res) => return *res,
    };
    let Some(admin) = admin_id(actor) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let input = ModelInput {
        model: s.get(fields::MODEL).trim().to_owned(),
        label: s.get(fields::LABEL),
        cost: s.get(fields::COST),
        max_count: s.get(fields::MAX_COUNT),
        enabled: s.get(fields::ENABLED) == "1",
        reason: s.get(fields::REASON),
    };
    let result = settings::set_model(&state, admin, &input).await;
    let id: String = input.model.chars().take(64).collect();
    audit::record_with_reason(
        &state,
        actor,
        Action::ModelChange,
        &audit::target("model", &id),
        outcome_of(&result),
        Some(&input.reason),
    )
    .await;
    match result {
        Ok(()) => see_other(&format!(
            "{}#model-{id}",
            with_notice(routes::ADMIN_SETTINGS, "model-saved")
        )),
        Err(SettingsError::UnknownModel) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            let form = forms::model(&id);
            let page = FormPage::new(routes::ADMIN_SETTINGS, &form).values(vec![
                (fields::LABEL.to_owned(), input.label.clone()),
                (fields::COST.to_owned(), input.cost.clone()),
                (fields::MAX_COUNT.to_owned(), input.max_count.clone()),
                (
                    fields::ENABLED.to_owned(),
                    if input.enabled { "1" } else { "0" }.to_owned(),
                ),
                (fields::REASON.to_owned(), input.reason.clone()),
            ]);
            failed(&state, s, page, e).await
        }
    }
}

/// A refused change: the page again with its messages (the error page for an internal failure).
async fn failed(state: &WebState, s: Submitted, page: FormPage<'_>, e: SettingsError) -> Response {
    let failure = Failure::from(e);
    if failure.code == ErrorCode::Internal {
        return internal_page(state, s.language());
    }
    form_failed(state, s.parts, page, failure).await
}
