//! Server functions: the UI's private transport. Each is a thin adapter over a port.

use leptos::prelude::*;

use crate::error::AppError;

/// Answers `true` when the server is reachable and ready; the connection banner polls it while
/// the network is failing and hides once it answers.
#[server(prefix = "/rpc", endpoint = "ping")]
pub async fn ping() -> Result<bool, AppError> {
    let ports = crate::backend::ports()?;
    Ok(ports.status.ready().await)
}

/// Passes a server-function result through, and tells the connection banner when the call failed
/// for network reasons so that it can show "reconnecting" and retry.
///
/// # Errors
/// The call's own error, unchanged.
pub fn report<T>(result: Result<T, AppError>) -> Result<T, AppError> {
    #[cfg(feature = "hydrate")]
    if let Err(e) = &result {
        if e.network {
            if let Some(w) = web_sys::window() {
                if let Ok(event) =
                    web_sys::Event::new(crate::components::connection::NETWORK_ERROR_EVENT)
                {
                    let _ = w.dispatch_event(&event);
                }
            }
        }
    }
    result
}
