//! Obscura's domain: configuration, the database, and the services of every feature (accounts,
//! generation, gallery, sharing, privacy, support, credits, analytics), with the object store,
//! mail and the job queue they use.
//!
//! This crate has no web framework: nothing here reads a header or a cookie or renders a page.
//! The server crate's `http` module turns requests into calls of these services (see
//! `docs/ARCHITECTURE.md`). A service takes the [`state::AppState`] it needs and typed values, and
//! returns a feature error that the web layer maps once to a response.

pub mod accounts;
pub mod admin_dashboard;
pub mod admin_people;
pub mod analytics;
pub mod api;
pub mod audit;
pub mod billing;
pub mod changes;
pub mod clock;
pub mod config;
pub mod credits;
pub mod db;
pub mod failure;
pub mod gallery;
pub mod generation;
pub mod health;
pub mod ids;
pub mod jobs;
pub mod mail;
pub mod metrics;
pub mod privacy;
pub mod ratelimit;
pub mod reports;
pub mod secrets;
pub mod settings;
pub mod sharing;
pub mod social;
pub mod state;
pub mod storage;
pub mod support;
pub mod trial;
