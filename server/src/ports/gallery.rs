//! The `Gallery` port: the gallery, one image, the person's shares and a public share.

use obscura_app::{account::Viewer, backend::Gallery, error::AppError};
use obscura_shared::{
    ErrorCode,
    gallery::{GalleryItem, GalleryPage, GalleryQuery, PublicShare, ShareView},
};

use super::{StatePorts, internal};

fn image_not_found() -> AppError {
    AppError::new(
        ErrorCode::NotFound,
        "This image does not exist or was deleted.",
    )
}

#[async_trait::async_trait]
impl Gallery for StatePorts {
    async fn page(
        &self,
        viewer: &Viewer,
        query: Vec<(String, String)>,
    ) -> Result<GalleryPage, AppError> {
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        let (query, errors) = GalleryQuery::from_pairs(&query);
        let errors = errors
            .into_iter()
            .map(|(field, message)| (field.to_owned(), message))
            .collect();
        crate::gallery::page(&self.0, user, query, errors)
            .await
            .map_err(|e| internal("the gallery", &e))
    }

    async fn item(&self, viewer: &Viewer, id: &str) -> Result<GalleryItem, AppError> {
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        let id = id.parse().map_err(|_| image_not_found())?;
        crate::gallery::item(&self.0, user, id)
            .await
            .map_err(|e| internal("an image", &e))?
            .ok_or_else(image_not_found)
    }

    async fn shares(&self, viewer: &Viewer) -> Result<Vec<ShareView>, AppError> {
        let user = viewer.id.parse().map_err(|_| AppError::internal())?;
        crate::sharing::list(&self.0, user)
            .await
            .map_err(|e| internal("the shares", &anyhow::anyhow!(e)))
    }

    async fn public_share(&self, id: &str) -> Result<Option<PublicShare>, AppError> {
        crate::sharing::public(&self.0, id)
            .await
            .map_err(|e| internal("a share", &anyhow::anyhow!(e)))
    }
}
