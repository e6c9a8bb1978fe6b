//! Every route path, written once and used by the UI, the server and the tests.

/// The landing page.
pub const HOME: &str = "/";
/// The privacy policy, generated from the running configuration.
pub const PRIVACY: &str = "/privacy";
/// The terms of service.
pub const TERMS: &str = "/terms";
/// Sign in.
pub const LOGIN: &str = "/login";
/// Create an account.
pub const SIGNUP: &str = "/signup";
/// Support and contact.
pub const SUPPORT: &str = "/support";
/// Liveness probe (JSON).
pub const HEALTHZ: &str = "/healthz";
/// Readiness probe (JSON).
pub const READYZ: &str = "/readyz";
/// Where hashed, immutable build assets are served from.
pub const PKG: &str = "/pkg";
/// Prefix of the server-function endpoints.
pub const SERVER_FN_PREFIX: &str = "/rpc";

/// Every page route that exists and renders without signing in, for tests that walk the site.
pub const PUBLIC_PAGES: &[&str] = &[HOME, PRIVACY, TERMS, SUPPORT];

/// Public pages held to the small byte budget: they load no Leptos islands (the 404 page too).
pub const LIGHT_PAGES: &[&str] = &[HOME, PRIVACY, TERMS];
