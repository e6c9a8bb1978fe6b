//! The `Billing` port: what is for sale and the account's billing page.

use obscura_app::{account::Viewer, backend::Billing, error::AppError};
use obscura_shared::billing::{BillingOverview, PricingView};

use super::{StatePorts, internal};

#[async_trait::async_trait]
impl Billing for StatePorts {
    async fn pricing(&self) -> PricingView {
        // A public page: the request's language, in context.
        let lang =
            leptos::prelude::use_context::<obscura_shared::account::Language>().unwrap_or_default();
        crate::billing::pricing(&self.0, lang).await
    }

    async fn overview(
        &self,
        viewer: &Viewer,
        checkout: Option<String>,
    ) -> Result<BillingOverview, AppError> {
        // Only a Checkout Session id is looked up (anything else shows no checkout state).
        let checkout = checkout.filter(|c| {
            c.starts_with("cs_")
                && c.len() <= 255
                && c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        });
        let lang = super::language_of(viewer);
        crate::billing::overview(&self.0, viewer.id.into_uuid(), checkout.as_deref(), lang)
            .await
            .map_err(|e| internal("the billing page", &e))
    }
}
