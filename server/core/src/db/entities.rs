//! SeaORM entities, one module per table.

mod accounts;
mod api;
mod audit;
mod billing;
mod creation;
mod mfa;
mod privacy;
mod reports;
mod settings;
mod sharing;
mod social;
mod support;
mod trial;

pub use accounts::{auth_token, oauth_flow, pending_signup, security_event, session, user};
pub use api::{
    api_account, api_idempotency, api_key, api_usage, api_webhook, api_webhook_delivery,
};
pub use audit::admin_audit;
pub use billing::{billing_customer, billing_event, credit_debt, payment, subscription};
pub use creation::{credit_balance, credit_entry, generation, generation_image, job, usage_entry};
pub use mfa::{mfa_challenge, mfa_passkey, mfa_recovery_code, mfa_totp, passkey_ceremony};
pub use privacy::{
    analytics_day, consent, data_export, erasure, policy_ack, policy_announcement, privacy_setting,
    retention_run,
};
pub use reports::share_report;
pub use settings::{blocklist_term, live_setting, model_setting};
pub use sharing::{share, share_view};
pub use social::{
    sealing_key, social_connection, social_deletion, social_flow, social_media_link, social_post,
    social_publication, social_target,
};
pub use support::{privacy_request, support_message, support_reply};
pub use trial::{trial_image, trial_salt};

pub mod policy_version {
    //! A published version of the generated privacy policy.

    use sea_orm::entity::prelude::*;

    /// One row of `policy_versions`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "policy_versions")]
    pub struct Model {
        /// Content hash of the facts.
        #[sea_orm(primary_key, auto_increment = false)]
        pub version: String,
        /// The facts as JSON.
        #[sea_orm(column_type = "Text")]
        pub facts: String,
        /// When this version first took effect.
        pub effective_at: DateTimeUtc,
    }

    /// No relations yet.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
