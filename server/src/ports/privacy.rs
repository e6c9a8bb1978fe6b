//! The `Privacy` port: the privacy center and the policy's versions.

use obscura_app::{account::Viewer, backend::Privacy, error::AppError};
use obscura_shared::{privacy::PrivacyOverview, site::PolicyVersionView};

use super::{StatePorts, internal};

#[async_trait::async_trait]
impl Privacy for StatePorts {
    async fn overview(&self, viewer: &Viewer) -> Result<PrivacyOverview, AppError> {
        let user = viewer.id.into_uuid();
        crate::privacy::center::overview(&self.0, user)
            .await
            .map_err(|e| internal("the privacy center", &e))
    }

    async fn versions(&self) -> Result<Vec<PolicyVersionView>, AppError> {
        crate::privacy::policy::versions(&self.0)
            .await
            .map_err(|e| internal("the policy versions", &e))
    }
}
