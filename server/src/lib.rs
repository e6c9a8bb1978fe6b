//! The Obscura server: the web layer (`http`), the adapters of the UI's ports (`ports`),
//! start-up and the command line, over the domain crate `obscura-core`.
//!
//! `main.rs` only parses the command line; [`startup::Application`] builds everything and binds
//! the listener (port 0 in tests). The domain's modules are re-exported under their own names,
//! so `obscura_server::accounts` is `obscura_core::accounts`.

pub use obscura_core::{
    accounts, admin_dashboard, admin_people, analytics, api, audit, billing, changes, clock,
    config, credits, db, gallery, generation, health, ids, jobs, mail, metrics, privacy, ratelimit,
    reports, secrets, settings, sharing, social, state, storage, support, trial,
};

pub mod http;
pub mod ports;
pub mod startup;
pub mod telemetry;
