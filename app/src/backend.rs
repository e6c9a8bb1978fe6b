//! The ports: what the UI needs from the server, one trait per feature area.
//!
//! The `server` crate implements these traits over its domain services and provides a [`Ports`]
//! value in the Leptos context of every render and server-function call. Server functions take
//! the ports and the [`Viewer`] from context, call one method, and map the error.

use std::sync::Arc;

use leptos::prelude::*;
use obscura_shared::{health::Readiness, site::SiteInfo};

use obscura_shared::{
    gallery::{GalleryItem, GalleryPage, PublicShare, ShareView},
    generation::GenerationView,
    ids::{GenerationId, ImageId, MessageId, ShareId},
};

use crate::{
    account::{OutboxMessage, SecurityOverview, Viewer},
    error::AppError,
    generation::CreatePage,
};

/// Facts about this deployment that pages show: operator, contacts, processors, retention.
pub trait Site: Send + Sync {
    /// The facts, derived once from the running configuration.
    fn info(&self) -> Arc<SiteInfo>;
}

/// Whether the deployment's dependencies work.
#[async_trait::async_trait]
pub trait Status: Send + Sync {
    /// The result of the readiness checks (database, object store).
    async fn readiness(&self) -> Readiness;
}

/// Account data the settings pages show.
#[async_trait::async_trait]
pub trait Accounts: Send + Sync {
    /// Live sessions and the security log of the viewer.
    async fn security(&self, viewer: &Viewer) -> Result<SecurityOverview, AppError>;
    /// The development outbox (None when mail goes out by SMTP or in production).
    async fn outbox(&self) -> Option<Vec<OutboxMessage>>;
    /// Whether Google sign-in is configured.
    fn google_enabled(&self) -> bool;
    /// Whether this server offers passkeys (its public URL has a domain name).
    fn passkeys_enabled(&self) -> bool {
        false
    }
}

/// Generations: the generator's offer, the latest results, one generation's progress.
#[async_trait::async_trait]
pub trait Generations: Send + Sync {
    /// What `/create` shows; `reference_image` is an image id from "use as reference" and
    /// `remix` a generation id whose settings fill the form.
    async fn create_page(
        &self,
        viewer: &Viewer,
        reference_image: Option<ImageId>,
        remix: Option<GenerationId>,
    ) -> Result<CreatePage, AppError>;
    /// One of the viewer's generations, with fresh file URLs (`NotFound` for anyone else's).
    async fn generation(
        &self,
        viewer: &Viewer,
        id: GenerationId,
    ) -> Result<GenerationView, AppError>;
    /// Cancels one of the viewer's generations and answers it as it is now (`NotFound` for
    /// anyone else's, `Conflict` once it has finished).
    async fn cancel(&self, viewer: &Viewer, id: GenerationId) -> Result<GenerationView, AppError>;
}

/// The gallery and shares.
#[async_trait::async_trait]
pub trait Gallery: Send + Sync {
    /// One page of the viewer's gallery for the query pairs of `/gallery?…`.
    async fn page(
        &self,
        viewer: &Viewer,
        query: Vec<(String, String)>,
    ) -> Result<GalleryPage, AppError>;
    /// One of the viewer's images (`NotFound` for anyone else's).
    async fn item(&self, viewer: &Viewer, id: ImageId) -> Result<GalleryItem, AppError>;
    /// The viewer's shares.
    async fn shares(&self, viewer: &Viewer) -> Result<Vec<ShareView>, AppError>;
    /// A live share's public page (None: unknown, revoked or expired — all the same 404).
    async fn public_share(&self, id: &ShareId) -> Result<Option<PublicShare>, AppError>;
}

/// The privacy center.
#[async_trait::async_trait]
pub trait Privacy: Send + Sync {
    /// The viewer's toggles, exports and consent history.
    async fn overview(
        &self,
        viewer: &Viewer,
    ) -> Result<obscura_shared::privacy::PrivacyOverview, AppError>;
    /// Every version of the policy, newest first, with what changed.
    async fn versions(&self) -> Result<Vec<obscura_shared::site::PolicyVersionView>, AppError>;
}

/// The admin pages (every method answers `NotFound` to anyone but an admin).
#[async_trait::async_trait]
pub trait Admin: Send + Sync {
    /// Support messages, newest first: open ones, or all.
    async fn messages(
        &self,
        viewer: &Viewer,
        all: bool,
    ) -> Result<Vec<obscura_shared::support::MessageView>, AppError>;
    /// One message with its replies.
    async fn message(
        &self,
        viewer: &Viewer,
        id: MessageId,
    ) -> Result<obscura_shared::support::MessageView, AppError>;
    /// Privacy requests, open ones first.
    async fn requests(
        &self,
        viewer: &Viewer,
    ) -> Result<Vec<obscura_shared::support::RequestView>, AppError>;
    /// The dashboard of the last `days` UTC days (7, 30 or 90).
    async fn dashboard(
        &self,
        viewer: &Viewer,
        days: i64,
    ) -> Result<obscura_shared::admin_dashboard::Dashboard, AppError>;
    /// Page-view counts of the last `days` days.
    async fn analytics(
        &self,
        viewer: &Viewer,
        days: i64,
    ) -> Result<obscura_shared::analytics::Summary, AppError>;
    /// One page (from 1) of the admin audit log, newest first.
    async fn audit(
        &self,
        viewer: &Viewer,
        page: u64,
    ) -> Result<obscura_shared::audit::AuditPage, AppError>;
    /// People, newest first: searched, filtered, one page after the cursor.
    async fn people(
        &self,
        viewer: &Viewer,
        query: obscura_shared::admin_people::PeopleQuery,
    ) -> Result<obscura_shared::admin_people::PeoplePage, AppError>;
    /// One person's page (`NotFound` for an unknown account).
    async fn person(
        &self,
        viewer: &Viewer,
        id: obscura_shared::ids::UserId,
    ) -> Result<obscura_shared::admin_people::PersonView, AppError>;
    /// Payments (optionally one status) and revenue per month.
    async fn payments(
        &self,
        viewer: &Viewer,
        filter: obscura_shared::billing::PaymentFilter,
    ) -> Result<obscura_shared::billing::AdminPayments, AppError>;
    /// The live settings (blocklist, models), and whether `test` would be refused.
    async fn settings(
        &self,
        viewer: &Viewer,
        test: Option<String>,
    ) -> Result<obscura_shared::admin_settings::AdminSettings, AppError>;
}

/// Every port, cheap to clone.
/// Credit packs, plans and payments.
#[async_trait::async_trait]
pub trait Billing: Send + Sync {
    /// What is for sale (`/pricing`).
    async fn pricing(&self) -> obscura_shared::billing::PricingView;
    /// The account's billing page; `checkout` is the Checkout Session it came back from.
    async fn overview(
        &self,
        viewer: &Viewer,
        checkout: Option<String>,
    ) -> Result<obscura_shared::billing::BillingOverview, AppError>;
}

/// API keys.
#[async_trait::async_trait]
pub trait Api: Send + Sync {
    /// What `/settings/api` shows.
    async fn settings(&self, viewer: &Viewer)
    -> Result<obscura_shared::api::ApiSettings, AppError>;

    /// What `/docs/api` shows (public).
    async fn reference(&self) -> Result<obscura_shared::api::ApiReference, AppError>;

    /// What `/settings/api/usage` shows for these filters (`from`, `to`, `key`, `outcome`).
    async fn usage(
        &self,
        viewer: &Viewer,
        filters: [String; 4],
    ) -> Result<obscura_shared::api::UsagePage, AppError>;
}

/// Reports of shared images: the public report form, and the admin's list and pages (the admin
/// methods answer `NotFound` to anyone but an admin).
#[async_trait::async_trait]
pub trait Reports: Send + Sync {
    /// Whether share `id` can be reported (its report page), or is taken down (410) or unknown.
    async fn standing(
        &self,
        id: &ShareId,
    ) -> Result<obscura_shared::reports::ShareStanding, AppError>;
    /// One page (from 1) of reports for `filter`, with the counts per status.
    async fn list(
        &self,
        viewer: &Viewer,
        filter: obscura_shared::reports::ReportFilter,
        page: u64,
    ) -> Result<obscura_shared::reports::ReportList, AppError>;
    /// One report with its share, image, prompt, owner and the other reports of the share.
    async fn report(
        &self,
        viewer: &Viewer,
        id: obscura_shared::ids::ReportId,
    ) -> Result<obscura_shared::reports::ReportDetail, AppError>;
}

/// What the request tells about a visitor of `/try` (placed in context by the server).
#[derive(Debug, Clone, Default)]
pub struct TrialVisitor {
    /// The trial cookie's value.
    pub cookie: Option<String>,
    /// The client address (after trusted proxies): hashed by the server, never shown or stored.
    pub ip: Option<std::net::IpAddr>,
    /// The `User-Agent` header.
    pub user_agent: String,
}

/// The no-signup trial.
#[async_trait::async_trait]
pub trait Trial: Send + Sync {
    /// What `/try` shows this visitor.
    async fn page(
        &self,
        visitor: &TrialVisitor,
    ) -> Result<obscura_shared::trial::TrialPage, AppError>;
}

/// Social connections and publishing.
#[async_trait::async_trait]
pub trait Social: Send + Sync {
    /// What `/settings/connections` shows: the platforms offered and the viewer's connections.
    async fn connections(
        &self,
        viewer: &Viewer,
    ) -> Result<obscura_shared::social::ConnectionsPage, AppError>;
    /// The viewer's publishing history, newest first.
    async fn history(
        &self,
        viewer: &Viewer,
    ) -> Result<Vec<obscura_shared::social::PostView>, AppError>;
    /// The publish form of one of the viewer's images (`NotFound` for anyone else's).
    async fn publish_page(
        &self,
        viewer: &Viewer,
        image: ImageId,
    ) -> Result<obscura_shared::social::PublishPage, AppError>;
    /// What a reviewer's one-time link shows (None: unknown link).
    async fn review(
        &self,
        token: &str,
    ) -> Result<Option<obscura_shared::social::ApprovalView>, AppError>;
    /// A platform data-deletion request's status (None: unknown code).
    async fn deletion_status(
        &self,
        code: &str,
    ) -> Result<Option<obscura_shared::social::DeletionStatus>, AppError>;
}

#[derive(Clone)]
pub struct Ports {
    /// Deployment facts.
    pub site: Arc<dyn Site>,
    /// Deployment health.
    pub status: Arc<dyn Status>,
    /// Accounts.
    pub accounts: Arc<dyn Accounts>,
    /// Generations.
    pub generations: Arc<dyn Generations>,
    /// The gallery and shares.
    pub gallery: Arc<dyn Gallery>,
    /// The privacy center.
    pub privacy: Arc<dyn Privacy>,
    /// The admin pages.
    pub admin: Arc<dyn Admin>,
    /// Billing.
    pub billing: Arc<dyn Billing>,
    /// The trial.
    pub trial: Arc<dyn Trial>,
    /// API keys.
    pub api: Arc<dyn Api>,
    /// Social connections and publishing.
    pub social: Arc<dyn Social>,
    /// Reports of shared images.
    pub reports: Arc<dyn Reports>,
}

/// The ports from the current render or server-function context.
///
/// # Errors
/// An internal error when the server did not provide them (a wiring bug, logged by the caller).
pub fn ports() -> Result<Ports, AppError> {
    use_context::<Ports>().ok_or_else(AppError::internal)
}
