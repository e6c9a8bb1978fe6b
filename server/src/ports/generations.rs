//! The `Generations` port: what `/create` shows, and one generation's progress.

use obscura_app::{
    account::Viewer,
    backend::Generations,
    error::AppError,
    generation::{CreatePage, RemixSettings, not_found},
};
use obscura_shared::{
    generation::{CreateOptions, GenerationView, ModelInfo},
    ids::{GenerationId, ImageId},
};

use super::{StatePorts, internal};
use crate::generation;

#[async_trait::async_trait]
impl Generations for StatePorts {
    async fn create_page(
        &self,
        viewer: &Viewer,
        reference_image: Option<ImageId>,
        remix: Option<GenerationId>,
    ) -> Result<CreatePage, AppError> {
        let state = &self.0;
        let user = viewer.id.into_uuid();
        let config = &state.config.generation;
        let balance = crate::credits::balance(&state.db, user)
            .await
            .map_err(|e| internal("the balance", &e.into()))?;
        let recent = generation::recent(state, user, 12)
            .await
            .map_err(|e| internal("the latest generations", &e))?
            .into_iter()
            .map(|v| generation::views::in_language(v, super::language_of(viewer)))
            .collect();
        let reference = match reference_image {
            Some(id) => generation::own_image(state, user, id.into_uuid())
                .await
                .map_err(|e| internal("a reference image", &e))?,
            None => None,
        };
        let prefill = match remix {
            Some(id) => generation::row(state, user, id.into_uuid())
                .await
                .map_err(|e| internal("a generation", &e))?
                .map(|g| {
                    RemixSettings {
                        model: g.model,
                        prompt: g.prompt,
                        negative_prompt: g.negative_prompt,
                        width: g.width,
                        height: g.height,
                        quality: g.quality,
                        count: g.count,
                    }
                    .form_values()
                })
                .unwrap_or_default(),
            None => Vec::new(),
        };
        Ok(CreatePage {
            options: CreateOptions {
                // The models offered now (the live settings).
                models: state
                    .settings
                    .current()
                    .offered()
                    .map(|m| model_info(m, super::language_of(viewer)))
                    .collect(),
                balance,
                retention_days: config.media_retention_days,
            },
            recent,
            reference,
            prefill,
        })
    }

    async fn generation(
        &self,
        viewer: &Viewer,
        id: GenerationId,
    ) -> Result<GenerationView, AppError> {
        let state = &self.0;
        let user = viewer.id.into_uuid();
        generation::find(state, user, id.into_uuid())
            .await
            .map_err(|e| internal("a generation", &e))?
            .map(|v| generation::views::in_language(v, super::language_of(viewer)))
            .ok_or_else(not_found)
    }

    async fn cancel(&self, viewer: &Viewer, id: GenerationId) -> Result<GenerationView, AppError> {
        let user = viewer.id.into_uuid();
        generation::running::cancel(&self.0, user, id.into_uuid())
            .await
            .map_err(|e| AppError::from(obscura_shared::Failure::from(e)))?;
        self.generation(viewer, id).await
    }
}

/// A configured model as the generator offers it, named in `lang`.
fn model_info(
    m: &crate::config::generation::Model,
    lang: obscura_shared::account::Language,
) -> ModelInfo {
    use crate::generation::providers::ProviderKind;
    ModelInfo {
        id: m.id.clone(),
        label: m.label_in(lang),
        provider_label: m.provider.label().to_owned(),
        offline: m.provider == ProviderKind::Local,
        cost_per_image: m.cost,
        sizes: m.sizes.clone(),
        qualities: m.qualities.clone(),
        max_count: m.max_count,
        negative_prompt: m.negative_prompt,
        reference: m.reference,
        max_prompt_chars: m.max_prompt_chars,
    }
}
