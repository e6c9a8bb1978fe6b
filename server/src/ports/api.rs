//! The `Api` port: what `/settings/api` shows.

use obscura_app::{account::Viewer, backend::Api, error::AppError};
use obscura_shared::api::ApiSettings;

use super::{StatePorts, internal};

#[async_trait::async_trait]
impl Api for StatePorts {
    async fn settings(&self, viewer: &Viewer) -> Result<ApiSettings, AppError> {
        let keys = crate::api::keys::list(&self.0, viewer.id.into_uuid())
            .await
            .map_err(|e| internal("the API keys", &e))?;
        Ok(ApiSettings {
            verified: viewer.verified,
            keys,
            base_url: format!(
                "{}{}",
                crate::config::origin(&self.0.config.public_url),
                obscura_shared::routes::API_V1
            ),
        })
    }
}
