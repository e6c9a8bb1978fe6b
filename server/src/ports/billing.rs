//! The `Billing` port: what is for sale and the account's billing page.

use obscura_app::{account::Viewer, backend::Billing, error::AppError};
use obscura_shared::billing::{BillingOverview, PricingView};

use super::{StatePorts, internal};

#[async_trait::async_trait]
impl Billing for StatePorts {
    async fn pricing(&self) -> PricingView {
        crate::billing::pricing(&self.0).await
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
        crate::billing::overview(&self.0, viewer.id.into_uuid(), checkout.as_deref())
            .await
            .map_err(|e| internal("the billing page", &e))
    }
}
