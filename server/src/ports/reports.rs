//! The `Reports` port: whether a share can be reported (public), and the admin's list and pages
//! of reports (admins only: everyone else gets the same 404 as for a page that does not exist).

use obscura_app::{
    account::Viewer, backend::Reports, error::AppError, pages::reports::report_not_found,
};
use obscura_shared::{
    ids::{ReportId, ShareId},
    reports::{ReportDetail, ReportFilter, ReportList, ShareStanding},
};

use super::{StatePorts, admin::admin_only, internal};
use crate::reports::ReportError;

fn failed(what: &str, e: ReportError) -> AppError {
    internal(what, &anyhow::anyhow!(e))
}

#[async_trait::async_trait]
impl Reports for StatePorts {
    async fn standing(&self, id: &ShareId) -> Result<ShareStanding, AppError> {
        crate::reports::standing(&self.0, id.as_str())
            .await
            .map_err(|e| failed("a share's standing", e))
    }

    async fn list(
        &self,
        viewer: &Viewer,
        filter: ReportFilter,
        page: u64,
    ) -> Result<ReportList, AppError> {
        admin_only(viewer)?;
        crate::reports::list(&self.0, filter, page)
            .await
            .map_err(|e| failed("reports", e))
    }

    async fn report(&self, viewer: &Viewer, id: ReportId) -> Result<ReportDetail, AppError> {
        admin_only(viewer)?;
        match crate::reports::detail(&self.0, id.into_uuid()).await {
            Ok(Some(detail)) => Ok(detail),
            Ok(None) => Err(report_not_found(super::language_of(viewer))),
            Err(e) => Err(failed("a report", e)),
        }
    }
}
