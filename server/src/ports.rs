//! Implementations of the UI's ports (`obscura_app::backend`) over the server's services.

use std::sync::Arc;

use obscura_app::backend::{Ports, Site, Status};
use obscura_shared::{health::Readiness, site::SiteInfo};

use crate::state::AppState;

/// Builds the ports for one request.
#[must_use]
pub fn for_state(state: &AppState) -> Ports {
    let ports = Arc::new(StatePorts(state.clone()));
    Ports {
        site: ports.clone(),
        status: ports,
    }
}

struct StatePorts(AppState);

impl Site for StatePorts {
    fn info(&self) -> Arc<SiteInfo> {
        self.0.site.clone()
    }
}

#[async_trait::async_trait]
impl Status for StatePorts {
    async fn readiness(&self) -> Readiness {
        crate::http::health::readiness(&self.0).await
    }
}
