//! Reading submitted forms in handlers: the urlencoded fields with the request they came in,
//! the signed-in person, redirects with a notice, and the error page for unexpected errors (a
//! feature's refusal is answered by [`super::errors::form_failed`]).

use axum::{
    extract::Request,
    http::{StatusCode, request::Parts},
    response::{IntoResponse, Redirect, Response},
};
use obscura_shared::{
    account::{Language, fields},
    i18n::Message,
};
use secrecy::SecretString;

use super::session::Current;
use crate::{accounts::Client, http::WebState};

/// A submitted urlencoded form with the request it came in.
pub(super) struct Submitted {
    pub(super) parts: Parts,
    pub(super) fields: Vec<(String, String)>,
}

impl Submitted {
    pub(super) async fn read(req: Request) -> Result<Self, Response> {
        let (parts, body) = req.into_parts();
        let lang = super::errors::language(&parts);
        let refuse = |status, id| (status, Message::new(id).render(lang)).into_response();
        let bytes = axum::body::to_bytes(body, 64 * 1024)
            .await
            .map_err(|_| refuse(StatusCode::PAYLOAD_TOO_LARGE, "error-form-too-large"))?;
        let fields = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .map_err(|_| refuse(StatusCode::BAD_REQUEST, "error-form-unreadable"))?;
        Ok(Self { parts, fields })
    }

    /// The request's language.
    pub(super) fn language(&self) -> Language {
        super::errors::language(&self.parts)
    }

    pub(super) fn get(&self, name: &str) -> String {
        super::field(&self.fields, name)
    }

    pub(super) fn secret(&self, name: &str) -> SecretString {
        SecretString::from(self.get(name))
    }

    pub(super) fn client(&self) -> Client {
        self.parts
            .extensions
            .get::<Client>()
            .cloned()
            .unwrap_or_else(Client::unknown)
    }

    pub(super) fn current(&self) -> Option<Current> {
        self.parts.extensions.get::<Current>().cloned()
    }

    /// Values to show again: everything but secrets.
    pub(super) fn echo(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .filter(|(k, _)| {
                ![
                    fields::PASSWORD,
                    fields::CURRENT_PASSWORD,
                    fields::NEW_PASSWORD,
                    fields::TOKEN,
                ]
                .contains(&k.as_str())
            })
            .cloned()
            .collect()
    }
}

macro_rules! submitted {
    ($req:expr) => {
        match $crate::http::forms::Submitted::read($req).await {
            Ok(s) => s,
            Err(res) => return res,
        }
    };
}

macro_rules! signed_in {
    ($s:expr) => {
        match $s.current() {
            Some(c) => c,
            None => {
                return axum::response::IntoResponse::into_response(axum::response::Redirect::to(
                    &format!("{}?notice=sign-in-needed", obscura_shared::routes::LOGIN),
                ))
            }
        }
    };
}

pub(super) fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

pub(super) fn with_notice(path: &str, notice: &str) -> String {
    format!("{path}?notice={notice}")
}

/// Logs an unexpected error (not a feature's refusal) and answers with the error page in
/// `lang`.
pub(super) fn internal(state: &WebState, lang: Language, e: &anyhow::Error) -> Response {
    tracing::error!(error = format!("{e:#}"), "a form request failed");
    super::errors::internal_page(state, lang)
}

/// Renders `path` again with `feedback` for its form, with `status`.
pub(super) async fn with_feedback(
    state: &WebState,
    mut s: Submitted,
    path: &str,
    feedback: obscura_app::forms::FormFeedback,
    status: StatusCode,
) -> Response {
    s.parts.extensions.insert(feedback);
    super::render::page(state, s.parts, path, status).await
}

pub(super) use {signed_in, submitted};
