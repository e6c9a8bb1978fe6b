//! Implementations of the UI's ports (`obscura_app::backend`) over the server's services.

use std::sync::Arc;

use obscura_app::backend::{Ports, Site};
use obscura_shared::site::SiteInfo;

use crate::state::AppState;

/// Builds the ports for one request.
#[must_use]
pub fn for_state(state: &AppState) -> Ports {
    Ports {
        site: Arc::new(StatePorts(state.clone())),
    }
}

struct StatePorts(AppState);

impl Site for StatePorts {
    fn info(&self) -> Arc<SiteInfo> {
        self.0.site.clone()
    }
}
