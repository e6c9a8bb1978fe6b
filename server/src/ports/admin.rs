//! The `Admin` port: support messages, privacy requests, analytics and the audit log, for admins
//! only (everyone else gets the same 404 as for a page that does not exist).

use obscura_app::{
    account::Viewer, backend::Admin, error::AppError, pages::admin::message_not_found,
};
use obscura_shared::{
    ErrorCode,
    account::Role,
    analytics::Summary,
    audit::AuditPage,
    ids::MessageId,
    support::{MessageView, RequestView},
};

use super::{StatePorts, internal};

fn admin_only(viewer: &Viewer) -> Result<(), AppError> {
    if viewer.role == Role::Admin {
        Ok(())
    } else {
        Err(AppError::new(
            ErrorCode::NotFound,
            obscura_shared::i18n::Message::new("error-page-missing")
                .render(super::language_of(viewer)),
        ))
    }
}

#[async_trait::async_trait]
impl Admin for StatePorts {
    async fn messages(&self, viewer: &Viewer, all: bool) -> Result<Vec<MessageView>, AppError> {
        admin_only(viewer)?;
        crate::support::list(&self.0, !all)
            .await
            .map_err(|e| internal("support messages", &e))
    }

    async fn message(&self, viewer: &Viewer, id: MessageId) -> Result<MessageView, AppError> {
        admin_only(viewer)?;
        crate::support::get(&self.0, id.into_uuid())
            .await
            .map_err(|e| match e {
                crate::support::SupportError::Internal(e) => internal("a support message", &e),
                _ => message_not_found(super::language_of(viewer)),
            })
    }

    async fn requests(&self, viewer: &Viewer) -> Result<Vec<RequestView>, AppError> {
        admin_only(viewer)?;
        crate::support::requests::list(&self.0)
            .await
            .map_err(|e| internal("privacy requests", &e))
    }

    async fn analytics(&self, viewer: &Viewer, days: i64) -> Result<Summary, AppError> {
        admin_only(viewer)?;
        crate::analytics::summary(&self.0, days.clamp(1, 366))
            .await
            .map_err(|e| internal("analytics", &e))
    }

    async fn audit(&self, viewer: &Viewer, page: u64) -> Result<AuditPage, AppError> {
        admin_only(viewer)?;
        crate::audit::list(&self.0, page.clamp(1, 100_000))
            .await
            .map_err(|e| internal("the audit log", &e))
    }

    async fn payments(
        &self,
        viewer: &Viewer,
        filter: obscura_shared::billing::PaymentFilter,
    ) -> Result<obscura_shared::billing::AdminPayments, AppError> {
        admin_only(viewer)?;
        crate::billing::admin::overview(&self.0, &filter, super::language_of(viewer))
            .await
            .map_err(|e| internal("payments", &e))
    }
}
