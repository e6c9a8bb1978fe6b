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

pub(super) fn admin_only(viewer: &Viewer) -> Result<(), AppError> {
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

    async fn dashboard(
        &self,
        viewer: &Viewer,
        days: i64,
    ) -> Result<obscura_shared::admin_dashboard::Dashboard, AppError> {
        admin_only(viewer)?;
        let days = obscura_shared::admin_dashboard::offered(days);
        crate::admin_dashboard::overview(&self.0, days)
            .await
            .map_err(|e| internal("the dashboard", &e))
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

    async fn people(
        &self,
        viewer: &Viewer,
        query: obscura_shared::admin_people::PeopleQuery,
    ) -> Result<obscura_shared::admin_people::PeoplePage, AppError> {
        admin_only(viewer)?;
        crate::admin_people::list(&self.0, query)
            .await
            .map_err(|e| internal("people", &e))
    }

    async fn person(
        &self,
        viewer: &Viewer,
        id: obscura_shared::ids::UserId,
    ) -> Result<obscura_shared::admin_people::PersonView, AppError> {
        admin_only(viewer)?;
        crate::admin_people::person(&self.0, viewer.id.into_uuid(), id.into_uuid())
            .await
            .map_err(|e| internal("a person", &e))?
            .ok_or_else(|| obscura_app::pages::admin_people::person_not_found(viewer.language))
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

    async fn settings(
        &self,
        viewer: &Viewer,
        test: Option<String>,
    ) -> Result<obscura_shared::admin_settings::AdminSettings, AppError> {
        admin_only(viewer)?;
        crate::settings::edit::page(&self.0, test.as_deref())
            .await
            .map_err(|e| internal("the live settings", &e))
    }
}
