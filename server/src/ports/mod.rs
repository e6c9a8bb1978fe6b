//! Implementations of the UI's ports (`obscura_app::backend`) over the server's services: one
//! file per port trait. Wording for people lives in `obscura_app`; these adapters pass data.

mod accounts;
mod admin;
mod api;
mod billing;
mod gallery;
mod generations;
mod privacy;
mod reports;
mod site;
mod social;
mod status;
mod trial;

use std::sync::Arc;

use obscura_app::{backend::Ports, error::AppError};

use crate::http::WebState;

/// Builds the ports for one request.
#[must_use]
pub fn for_state(state: &WebState) -> Ports {
    let ports = Arc::new(StatePorts(state.clone()));
    Ports {
        site: ports.clone(),
        status: ports.clone(),
        accounts: ports.clone(),
        generations: ports.clone(),
        gallery: ports.clone(),
        privacy: ports.clone(),
        admin: ports.clone(),
        billing: ports.clone(),
        trial: ports.clone(),
        api: ports.clone(),
        social: ports.clone(),
        reports: ports,
    }
}

/// Every port, over the router state.
struct StatePorts(WebState);

/// Logs a failure to load `what` and answers the generic internal error.
fn internal(what: &str, e: &anyhow::Error) -> AppError {
    tracing::error!(error = format!("{e:#}"), "could not load {what}");
    AppError::internal()
}

/// The language of the page being rendered: the request's (which is the account's unless the
/// address asks for another, `?lang=`), else the viewer's.
fn language_of(viewer: &obscura_app::account::Viewer) -> obscura_shared::account::Language {
    leptos::prelude::use_context::<obscura_shared::account::Language>().unwrap_or(viewer.language)
}
