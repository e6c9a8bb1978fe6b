//! Plain data that crosses the wire between the Obscura server, the UI and the tests.
//!
//! No IO lives here: this crate builds for the browser (wasm32) and the server alike.

pub mod account;
pub mod admin_dashboard;
pub mod admin_people;
pub mod admin_settings;
pub mod analytics;
pub mod api;
pub mod audit;
pub mod billing;
pub mod consent;
pub mod error;
pub mod gallery;
pub mod generation;
pub mod generation_queue;
pub mod health;
pub mod i18n;
pub mod ids;
pub mod privacy;
pub mod reports;
pub mod routes;
pub mod site;
pub mod social;
pub mod storage;
pub mod support;
pub mod testids;
pub mod theme;
pub mod trial;

pub use error::{ErrorCode, Failure};
