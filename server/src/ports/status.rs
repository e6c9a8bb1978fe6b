//! The `Status` port: the readiness checks.

use obscura_app::backend::Status;
use obscura_shared::health::Readiness;

use super::StatePorts;

#[async_trait::async_trait]
impl Status for StatePorts {
    async fn readiness(&self) -> Readiness {
        crate::health::readiness(&self.0).await
    }
}
