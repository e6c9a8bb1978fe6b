//! The `Api` port: what `/settings/api` shows.

use obscura_app::{account::Viewer, backend::Api, error::AppError};
use obscura_shared::api::ApiSettings;

use super::{StatePorts, internal};

#[async_trait::async_trait]
impl Api for StatePorts {
    async fn settings(&self, viewer: &Viewer) -> Result<ApiSettings, AppError> {
        let state = &self.0;
        let user = viewer.id.into_uuid();
        let keys = crate::api::keys::list(state, user)
            .await
            .map_err(|e| internal("the API keys", &e))?;
        let daily_cap = crate::api::caps::daily_cap(state, user)
            .await
            .map_err(|e| internal("the API daily cap", &e.into()))?;
        let spent_today = crate::api::usage::spent_by_account(
            state,
            user,
            crate::api::usage::day_start(state.clock.now()),
        )
        .await
        .map_err(|e| internal("the API spending", &e.into()))?;
        let webhook = crate::api::webhooks::view(state, user)
            .await
            .map_err(|e| internal("the webhook", &e.into()))?;
        Ok(ApiSettings {
            daily_cap,
            spent_today,
            webhook,
            verified: viewer.verified,
            keys,
            base_url: format!(
                "{}{}",
                crate::config::origin(&self.0.config.public_url),
                obscura_shared::routes::API_V1
            ),
        })
    }

    async fn reference(&self) -> Result<obscura_shared::api::ApiReference, AppError> {
        Ok(crate::http::api::openapi::reference(&self.0))
    }

    async fn usage(
        &self,
        viewer: &Viewer,
        filters: [String; 4],
    ) -> Result<obscura_shared::api::UsagePage, AppError> {
        use crate::api::{keys, usage};
        let state = &self.0;
        let user = viewer.id.into_uuid();
        let names = keys::names(state, user)
            .await
            .map_err(|e| internal("the API keys", &e.into()))?;
        let ids: Vec<uuid::Uuid> = names.iter().map(|(id, _)| *id).collect();
        let [from, to, key, outcome] = filters;
        let mut page = obscura_shared::api::UsagePage {
            keys: names
                .into_iter()
                .map(|(id, name)| (id.to_string(), name))
                .collect(),
            ..Default::default()
        };
        match usage::parse_filter(state.clock.now(), &from, &to, &key, &outcome, &ids) {
            Ok(filter) => {
                page.report = Some(
                    usage::report(state, user, &filter)
                        .await
                        .map_err(|e| internal("the API usage", &e))?,
                );
                page.from = filter.from.to_string();
                page.to = filter.to.to_string();
                page.key = filter.key.map(|k| k.to_string()).unwrap_or_default();
                page.outcome = filter.outcome.code().to_owned();
            }
            Err(errors) => {
                page.errors = errors
                    .into_iter()
                    .map(|(f, m)| (f.to_owned(), m.render(super::language_of(viewer))))
                    .collect();
                (page.from, page.to, page.key, page.outcome) = (from, to, key, outcome);
            }
        }
        Ok(page)
    }
}
