//! One module per page.

pub mod accounts;
pub mod admin;
pub mod api_docs;
pub mod api_keys;
pub mod api_usage;
pub mod api_webhook;
pub mod billing;
pub mod connections;
pub mod create;
pub mod deletion_status;
pub mod gallery;
pub mod gallery_item;
pub mod landing;
pub mod mfa;
pub mod not_found;
pub mod outbox;
pub mod policy;
pub mod policy_versions;
pub mod privacy_center;
pub mod publish;
pub mod settings;
pub mod sharing;
pub mod support;
pub mod terms;
pub mod trial;
