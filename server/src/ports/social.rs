//! The `Social` port: Settings → Connections, the publishing history, an image's publish form,
//! a reviewer's link and a platform's data-deletion status.

use obscura_app::{account::Viewer, backend::Social, error::AppError};
use obscura_core::social::{self, SocialError};
use obscura_shared::{
    Failure,
    ids::ImageId,
    social::{ApprovalView, ConnectionsPage, DeletionStatus, PostView, PublishPage},
};

use super::{StatePorts, internal};

fn failed(e: SocialError) -> AppError {
    AppError::from(Failure::from(e))
}

#[async_trait::async_trait]
impl Social for StatePorts {
    async fn connections(&self, viewer: &Viewer) -> Result<ConnectionsPage, AppError> {
        social::overview(&self.0, viewer.id.into_uuid())
            .await
            .map_err(failed)
    }

    async fn history(&self, viewer: &Viewer) -> Result<Vec<PostView>, AppError> {
        social::history(&self.0, viewer.id.into_uuid(), None)
            .await
            .map_err(failed)
    }

    async fn publish_page(&self, viewer: &Viewer, image: ImageId) -> Result<PublishPage, AppError> {
        social::publish::page(
            &self.0,
            viewer.id.into_uuid(),
            image.into_uuid(),
            super::language_of(viewer),
        )
        .await
        .map_err(failed)
    }

    async fn review(&self, token: &str) -> Result<Option<ApprovalView>, AppError> {
        social::publish::review(&self.0, token)
            .await
            .map_err(failed)
    }

    async fn deletion_status(&self, code: &str) -> Result<Option<DeletionStatus>, AppError> {
        social::callbacks::status(&self.0, code)
            .await
            .map_err(|e| internal("a deletion status", &e))
    }
}
