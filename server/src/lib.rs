//! The Obscura server: configuration, database, domain services, HTTP and workers.
//!
//! `main.rs` only parses the command line; [`startup::Application`] builds everything and binds
//! the listener (port 0 in tests).

pub mod accounts;
pub mod analytics;
pub mod audit;
pub mod clock;
pub mod config;
pub mod credits;
pub mod db;
pub mod gallery;
pub mod generation;
pub mod http;
pub mod ids;
pub mod jobs;
pub mod mail;
pub mod ports;
pub mod privacy;
pub mod secrets;
pub mod sharing;
pub mod startup;
pub mod state;
pub mod storage;
pub mod support;
pub mod telemetry;
