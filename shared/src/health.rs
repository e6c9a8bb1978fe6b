//! Bodies of the `/healthz` and `/readyz` probes.

use serde::{Deserialize, Serialize};

/// The state of one dependency checked by `/readyz`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// The dependency answered as expected.
    Ok,
    /// The dependency failed; the reason is logged, not returned.
    Failing,
}

/// Body of `/healthz`: the process is up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Liveness {
    /// Always `ok` when the process answers.
    pub status: CheckStatus,
    /// The server's version.
    pub version: String,
}

/// Body of `/readyz`: the process can serve traffic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Readiness {
    /// `ok` only when every check is `ok`.
    pub status: CheckStatus,
    /// Whether the database answered a query.
    pub database: CheckStatus,
    /// Whether the object store accepted a write, a read and a delete.
    pub storage: CheckStatus,
    /// The process is shutting down: it finishes what it has, and takes nothing new once its
    /// drain time (`OBSCURA_SHUTDOWN_DRAIN_SECS`) is over. `status` is then `failing`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub stopping: bool,
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_false(b: &bool) -> bool {
    !*b
}
