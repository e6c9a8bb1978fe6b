//! Accounts: sign-up, password / emailed-link / Google sign-in, sessions, profile, security log,
//! cross-site refusal, rate limits, one module a flow. Promises P-ACC-1…6, P-SEC-2, P-SEC-3.
//! The account helpers other modules use (`Browser`, `verified_user`, …) are in
//! `helpers::browser`.

mod cross_site;
mod email_links;
mod profile;
mod rate_limits;
mod records;
mod reset;
mod sessions;
mod sign_in;
mod sign_up;

use crate::helpers::{html, text_of};

/// The message shown under a form field.
fn field_error(body: &str, field: &str) -> String {
    text_of(&html(body), &format!("#f-{field}-error"))
}
