//! The server's integration tests: one binary, the real server on port 0, a fresh database per
//! test (SQLite always; PostgreSQL too when `OBSCURA_TEST_POSTGRES_URL` is set).
//!
//! Shared helpers are in `helpers/`: the app (`mod.rs`), a browser and the account flows
//! (`browser`), the mail sent (`mail`), the generator form (`generation`) and the job queue
//! (`jobs`). Tests do not wait by sleeping: the test app runs no job worker, so a test runs the
//! due jobs with `TestApp::run_pending_jobs()`, and mail is read once the mailer has settled.
//!
//! Tests run on a multi-threaded runtime, like the server in production: rendering a page with a
//! blocking resource (the support page) on a current-thread test runtime was seen to stall.

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod accounts;
mod admin_dashboard;
mod admin_people;
mod admin_settings;
mod authz;
mod billing;
mod billing_localstripe;
mod cancel;
mod cli;
mod crash;
mod credits;
mod fakes;
mod gallery;
mod generation;
mod generation_upstream;
mod google;
mod guards;
mod hardening;
mod health;
mod helpers;
mod image_limits;
mod language_links;
mod languages;
mod limits_shared;
mod mail;
mod metrics;
mod mfa;
mod migrations;
mod pages;
mod passkeys;
mod policy;
mod privacy;
mod processes;
mod promises;
mod providers;
mod public_api;
mod queue;
mod reports;
mod retention;
mod security;
mod social;
mod static_files;
mod storage;
mod support;
mod takeover;
mod trial;
mod trust;
mod uploads;
