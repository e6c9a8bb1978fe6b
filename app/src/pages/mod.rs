//! One module per page.

pub mod auth;
pub mod create;
pub mod landing;
pub mod not_found;
pub mod outbox;
pub mod privacy;
pub mod settings;
pub mod support;
pub mod terms;
