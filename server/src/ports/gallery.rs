//! The `Gallery` port: the gallery, one image, the person's shares and a public share.

use obscura_app::{
    account::Viewer, backend::Gallery, error::AppError, pages::gallery_item::image_not_found,
};
use obscura_shared::{
    Failure,
    gallery::{GalleryItem, GalleryPage, GalleryQuery, PublicShare, ShareView},
    ids::{ImageId, ShareId},
};

use super::{StatePorts, internal};

#[async_trait::async_trait]
impl Gallery for StatePorts {
    async fn page(
        &self,
        viewer: &Viewer,
        query: Vec<(String, String)>,
    ) -> Result<GalleryPage, AppError> {
        let user = viewer.id.into_uuid();
        let (query, errors) = GalleryQuery::from_pairs(&query);
        let errors = errors
            .into_iter()
            .map(|(field, message)| (field.to_owned(), message.render(super::language_of(viewer))))
            .collect();
        let mut page = crate::gallery::page(&self.0, user, query, errors)
            .await
            .map_err(|e| internal("the gallery", &e))?;
        let lang = super::language_of(viewer);
        for g in &mut page.generations {
            if let Some(f) = &mut g.failure {
                *f = crate::generation::views::failure(f.code, lang);
            }
            g.model_label = crate::config::generation::stored_label_in(&g.model_label, lang);
        }
        Ok(page)
    }

    async fn item(&self, viewer: &Viewer, id: ImageId) -> Result<GalleryItem, AppError> {
        let user = viewer.id.into_uuid();
        let mut item = crate::gallery::item(&self.0, user, id.into_uuid())
            .await
            .map_err(|e| internal("an image", &e))?
            .ok_or_else(image_not_found)?;
        item.model_label = crate::config::generation::stored_label_in(
            &item.model_label,
            super::language_of(viewer),
        );
        Ok(item)
    }

    async fn shares(&self, viewer: &Viewer) -> Result<Vec<ShareView>, AppError> {
        let user = viewer.id.into_uuid();
        crate::sharing::list(&self.0, user)
            .await
            .map_err(|e| AppError::from(Failure::from(e)))
    }

    async fn public_share(&self, id: &ShareId) -> Result<Option<PublicShare>, AppError> {
        crate::sharing::public(&self.0, id.as_str())
            .await
            .map_err(|e| AppError::from(Failure::from(e)))
    }
}
