//! Server functions: the UI's private transport. Each is a thin adapter over a port.

use leptos::prelude::*;
use obscura_shared::health::Readiness;

use crate::error::AppError;

/// The deployment's current health, for the service status on the support page.
#[server(prefix = "/rpc", endpoint = "status")]
pub async fn service_status() -> Result<Readiness, AppError> {
    Ok(crate::backend::ports()?.status.readiness().await)
}

/// One of the signed-in person's generations, for the live status of the generator.
#[server(prefix = "/rpc", endpoint = "generation")]
pub async fn generation_status(
    id: String,
) -> Result<obscura_shared::generation::GenerationView, AppError> {
    let (viewer, id) = own_generation(&id)?;
    crate::backend::ports()?
        .generations
        .generation(&viewer, id)
        .await
}

/// Cancels one of the signed-in person's generations (the job card's "Cancel" with
/// JavaScript) and answers it as it is now.
#[server(prefix = "/rpc", endpoint = "cancel")]
pub async fn cancel_generation(
    id: String,
) -> Result<obscura_shared::generation::GenerationView, AppError> {
    let (viewer, id) = own_generation(&id)?;
    crate::backend::ports()?
        .generations
        .cancel(&viewer, id)
        .await
}

/// The signed-in person and the generation they named: the id is parsed here, where it enters
/// (a malformed id is an unknown one).
#[cfg(feature = "ssr")]
fn own_generation(
    id: &str,
) -> Result<(crate::account::Viewer, obscura_shared::ids::GenerationId), AppError> {
    let Some(viewer) = crate::account::viewer() else {
        return Err(AppError::message(
            obscura_shared::ErrorCode::Unauthenticated,
            &obscura_shared::i18n::Message::new("error-session-ended"),
        ));
    };
    let id = id.parse().map_err(|_| crate::generation::not_found())?;
    Ok((viewer, id))
}

/// Passes a server-function result through, and tells the connection banner when the call failed
/// for network reasons so that it can show "reconnecting" and retry. Islands wrap every
/// server-function call in it.
///
/// # Errors
/// The call's own error, unchanged.
pub fn report<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    #[cfg(feature = "hydrate")]
    if let Err(e) = &result
        && e.network
        && let Some(w) = web_sys::window()
        && let Ok(event) = web_sys::Event::new(obscura_shared::testids::NETWORK_ERROR_EVENT)
    {
        let _ = w.dispatch_event(&event);
    }
    result
}
