//! The `Site` port: the deployment's facts, derived once at start-up.

use std::sync::Arc;

use obscura_app::backend::Site;
use obscura_shared::site::SiteInfo;

use super::StatePorts;

impl Site for StatePorts {
    fn info(&self) -> Arc<SiteInfo> {
        self.0.site.clone()
    }
}
