//! The `Trial` port: what `/try` shows a visitor.

use obscura_app::{
    backend::{Trial, TrialVisitor},
    error::AppError,
};
use obscura_shared::trial::TrialPage;

use super::{StatePorts, internal};

#[async_trait::async_trait]
impl Trial for StatePorts {
    async fn page(&self, visitor: &TrialVisitor) -> Result<TrialPage, AppError> {
        let v = crate::trial::Visitor {
            cookie: visitor.cookie.as_deref(),
            ip: visitor.ip,
            user_agent: &visitor.user_agent,
        };
        // The visitor has no account: the request's language, in context.
        let lang =
            leptos::prelude::use_context::<obscura_shared::account::Language>().unwrap_or_default();
        crate::trial::page(&self.0, &v, lang)
            .await
            .map_err(|e| internal("the trial page", &e))
    }
}
