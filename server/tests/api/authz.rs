//! Authorization, proven for every route (P-SEC-1): a matrix of every route and server function
//! the router serves × {anonymous, owner, another person, admin}, with the expected answer.
//!
//! `every_route_is_in_the_matrix` fails when a route is added without an entry (or an entry
//! outlives its route), so a new feature cannot forget to say who may use it. The matrix is then
//! run against a seeded app: one person owning a generation, an image, a share and a second
//! session; another person; an admin; a support message and a privacy request. Another
//! person's object ids answer 404 everywhere — never 200, never 403 — and so do admin routes to
//! anyone but an admin. Refusals are counted in the `denied` log.

use std::collections::BTreeSet;

use obscura_server::{
    accounts::Client,
    db::entities::{session, share, support_message},
    generation::{ReferenceInput, request::Submitted},
};
use obscura_shared::routes;
use reqwest::{Method, StatusCode, header};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};

use crate::helpers::browser::user_id;
use crate::helpers::browser::{Browser, PASSWORD, location, sign_in, verified_user};
use crate::helpers::generation::form;
use crate::helpers::jobs::finished;
use crate::helpers::{Db, TestApp, spawn_app_with};
use crate::on_both_databases;

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Anyone (pages, probes, sign-in forms, the cookie choice).
    Public,
    /// A signed-in person, on their own account only (nothing names another account).
    SignedIn,
    /// A signed-in person's own account, where "own" may be missing (the avatar).
    SelfOnly,
    /// The owner of the object the request names: others get 404.
    Owner,
    /// The owner of the objects the request names, for actions that are idempotent by design
    /// (revoke, delete): others change nothing and get the same answer as for unknown ids.
    OwnerQuiet,
    /// A capability: anyone with the (unguessable) id of a live share.
    Capability,
    /// Admins: anonymous visitors are sent to sign in, everyone else gets 404.
    Admin,
    /// An emailed token: the landing page shows for anyone; the action needs the token.
    Token,
    /// A signed, expiring URL: without the signature, 403 for everyone.
    SignedUrl,
    /// Not configured in this deployment (Google, the Replicate webhook): refused to everyone.
    Disabled,
    /// Development only, to this machine only (`/dev/outbox`).
    LocalDev,
    /// A page that only explains a step of a flow (shown to anyone).
    Flow,
    /// The second step of a sign-in: without this browser's pending sign-in, everyone is sent
    /// to sign in again.
    TwoStep,
    /// Signed by its sender (Stripe's webhook): without a valid signature, refused to everyone.
    Signature,
    /// Keyed by one browser's trial cookie (trial images): 404 for everyone else.
    TrialBrowser,
    /// The public API: an API key in the Authorization header; sessions are not keys, so 401
    /// for every browser.
    ApiKey,
}

/// What a role must get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Served: not refused (no 401/403/404, no "sign in first"), no server error.
    Allowed,
    /// Sent to sign in (a redirect to the sign-in page, or 401 for a server function).
    SignIn,
    /// 404, as for an id that does not exist.
    NotFound,
    /// Refused: some 4xx.
    Refused,
    /// Sent to sign in, or 404.
    Denied,
    /// Exactly the answer to the same request naming ids that do not exist.
    LikeUnknown,
    /// Anything but a server error.
    Any,
}

/// One row of the matrix: the method, the route pattern as the router writes it, who may use
/// it, the concrete path to request and the form to send. `{image}`, `{generation}`, `{share}`,
/// `{session}`, `{message}` and `{request}` are replaced by the owner's (or the admin's) objects.
struct Entry {
    method: Method,
    pattern: &'static str,
    access: Access,
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
}

const fn e(
    method: Method,
    pattern: &'static str,
    access: Access,
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
) -> Entry {
    Entry {
        method,
        pattern,
        access,
        path,
        form,
    }
}

/// The matrix, in the order it is run: the entries that end or delete something come last, and
/// signing out is the very last.
#[rustfmt::skip]
fn matrix() -> Vec<Entry> {
    use Access::*;
    const GET: Method = Method::GET;
    const POST: Method = Method::POST;
    vec![
        // Probes and public pages.
        e(GET, routes::HEALTHZ, Public, routes::HEALTHZ, &[]),
        e(GET, routes::READYZ, Public, routes::READYZ, &[]),
        // Off by default; with OBSCURA_METRICS_TOKEN, the token's bearer only (tests/api/metrics.rs).
        e(GET, routes::METRICS, Disabled, routes::METRICS, &[]),
        e(GET, routes::HOME, Public, routes::HOME, &[]),
        e(GET, routes::PRIVACY, Public, routes::PRIVACY, &[]),
        e(GET, routes::PRIVACY_VERSIONS, Public, routes::PRIVACY_VERSIONS, &[]),
        e(GET, routes::TERMS, Public, routes::TERMS, &[]),
        e(GET, routes::COOKIES, Public, routes::COOKIES, &[]),
        e(GET, routes::SUPPORT, Public, routes::SUPPORT, &[]),
        e(GET, routes::PRICING, Public, routes::PRICING, &[]),
        e(GET, routes::TRY, Public, routes::TRY, &[]),
        e(GET, routes::API_ACCOUNT, ApiKey, routes::API_ACCOUNT, &[]),
        e(POST, routes::OPENAI_IMAGES, ApiKey, routes::OPENAI_IMAGES, &[("prompt", "x")]),
        e(GET, routes::OPENAI_MODELS, ApiKey, routes::OPENAI_MODELS, &[]),
        e(POST, routes::OPENAI_EDITS, ApiKey, routes::OPENAI_EDITS, &[("prompt", "x")]),
        e(GET, routes::API_GENERATIONS, ApiKey, routes::API_GENERATIONS, &[]),
        e(POST, routes::API_GENERATIONS, ApiKey, routes::API_GENERATIONS, &[("prompt", "x")]),
        e(GET, routes::API_GENERATION, ApiKey, "/api/v1/generations/{generation}", &[]),
        e(Method::DELETE, routes::API_GENERATION, ApiKey, "/api/v1/generations/{generation}", &[]),
        e(POST, routes::API_GENERATION_CANCEL, ApiKey, "/api/v1/generations/{generation}/cancel", &[]),
        e(GET, routes::API_IMAGE, ApiKey, "/api/v1/images/{image}", &[]),
        e(GET, routes::API_SHARES, ApiKey, routes::API_SHARES, &[]),
        e(POST, routes::API_SHARES, ApiKey, routes::API_SHARES, &[("image_id", "{image}")]),
        e(Method::DELETE, routes::API_SHARE, ApiKey, "/api/v1/shares/{share}", &[]),
        e(GET, routes::API_USAGE, ApiKey, routes::API_USAGE, &[]),
        e(GET, routes::API_OPENAPI, Public, routes::API_OPENAPI, &[]),
        e(GET, routes::DOCS_API, Public, routes::DOCS_API, &[]),
        e(POST, routes::TRY, Public, routes::TRY, &[("prompt", "a quiet harbour")]),
        e(GET, "/try/images/{image}/{variant}", TrialBrowser, "/try/images/{image}/preview", &[]),
        e(POST, routes::STRIPE_WEBHOOK, Signature, routes::STRIPE_WEBHOOK, &[]),
        e(GET, routes::LOGIN, Public, routes::LOGIN, &[]),
        e(GET, routes::SIGNUP, Public, routes::SIGNUP, &[]),
        e(GET, routes::SIGNUP_SENT, Public, routes::SIGNUP_SENT, &[]),
        e(GET, routes::RESET, Public, routes::RESET, &[]),
        e(GET, routes::LINK_LANDING, Public, routes::LINK_LANDING, &[]),
        e(GET, routes::AUTH_PROBLEM, Public, routes::AUTH_PROBLEM, &[]),
        e(GET, routes::DEV_OUTBOX, LocalDev, routes::DEV_OUTBOX, &[]),
        e(POST, "/rpc/status", Public, "/rpc/status", &[]),
        // Public forms (sent empty: the form's own answer, never a refusal).
        e(POST, routes::SIGNUP, Public, routes::SIGNUP, &[]),
        e(POST, routes::LOGIN, Public, routes::LOGIN, &[]),
        e(POST, routes::RESET, Public, routes::RESET, &[]),
        e(POST, routes::CONSENT, Public, routes::CONSENT, &[("choice", "reject")]),
        e(POST, routes::LANGUAGE, Public, routes::LANGUAGE, &[("language", "fr")]),
        e(POST, routes::SUPPORT, Public, routes::SUPPORT, &[]),
        // Emailed links: the landing shows, the action needs the token.
        e(GET, routes::RESET_CONFIRM, Token, routes::RESET_CONFIRM, &[]),
        e(POST, routes::RESET_CONFIRM, Token, routes::RESET_CONFIRM, &[("token", "x")]),
        e(GET, routes::MAGIC_LINK, Token, routes::MAGIC_LINK, &[]),
        e(POST, routes::MAGIC_LINK, Token, routes::MAGIC_LINK, &[("token", "x")]),
        e(GET, routes::VERIFY_EMAIL, Token, routes::VERIFY_EMAIL, &[]),
        e(POST, routes::VERIFY_EMAIL, Token, routes::VERIFY_EMAIL, &[("token", "x")]),
        e(GET, routes::ERASURE_CANCEL, Token, routes::ERASURE_CANCEL, &[]),
        e(POST, routes::ERASURE_CANCEL, Token, routes::ERASURE_CANCEL, &[("token", "x")]),
        e(GET, routes::EMAIL_CHANGE_CONFIRM, Token, routes::EMAIL_CHANGE_CONFIRM, &[]),
        // The second step of a sign-in and the pages that explain it.
        e(GET, routes::LOGIN_VERIFY, TwoStep, routes::LOGIN_VERIFY, &[]),
        e(POST, routes::LOGIN_VERIFY, TwoStep, routes::LOGIN_VERIFY, &[("code", "123456")]),
        e(POST, routes::LOGIN_VERIFY_PASSKEY_START, Token, routes::LOGIN_VERIFY_PASSKEY_START, &[]),
        e(POST, routes::LOGIN_VERIFY_PASSKEY_FINISH, Token, routes::LOGIN_VERIFY_PASSKEY_FINISH, &[]),
        e(POST, routes::LOGIN_PASSKEY_START, Public, routes::LOGIN_PASSKEY_START, &[]),
        e(POST, routes::LOGIN_PASSKEY_FINISH, Public, routes::LOGIN_PASSKEY_FINISH, &[]),
        e(GET, routes::TWO_STEP, Flow, routes::TWO_STEP, &[]),
        e(GET, routes::TWO_STEP_REQUIRED, Flow, routes::TWO_STEP_REQUIRED, &[]),
        e(POST, routes::EMAIL_CHANGE_CONFIRM, Token, routes::EMAIL_CHANGE_CONFIRM, &[("token", "x")]),
        // Google and the webhook are not configured here.
        e(GET, routes::GOOGLE_START, Disabled, routes::GOOGLE_START, &[]),
        e(GET, routes::GOOGLE_CALLBACK, Disabled, routes::GOOGLE_CALLBACK, &[]),
        e(GET, routes::GOOGLE_SIGNUP, Disabled, routes::GOOGLE_SIGNUP, &[]),
        e(POST, routes::GOOGLE_SIGNUP, Disabled, routes::GOOGLE_SIGNUP, &[]),
        e(POST, "/webhooks/replicate", Disabled, "/webhooks/replicate", &[]),
        // Social platforms are not configured here: connecting and Meta's callbacks are refused
        // to everyone.
        e(POST, routes::CONNECTION_START, Disabled, routes::CONNECTION_START, &[("platform", "x")]),
        e(GET, routes::CONNECTION_CALLBACK, Disabled, "/connections/x/callback", &[]),
        e(POST, routes::META_DATA_DELETION, Disabled, routes::META_DATA_DELETION, &[("signed_request", "a.b")]),
        e(POST, routes::META_DEAUTHORIZE, Disabled, routes::META_DEAUTHORIZE, &[("signed_request", "a.b")]),
        // A reviewer's emailed link and a platform's deletion status: the token is the key.
        e(GET, routes::PUBLISH_REVIEW, Token, "/publish/review/x", &[]),
        e(POST, routes::PUBLISH_REVIEW, Token, "/publish/review/x", &[("decision", "approve")]),
        e(GET, routes::DELETION_STATUS, Token, "/deletion-status/x", &[]),
        // The short-lived public link a platform fetches: unknown tokens are 404.
        e(GET, routes::SOCIAL_MEDIA, SignedUrl, "/social/media/x.jpg", &[]),
        // Signed URLs, requested without their signature.
        e(GET, "/files/{image}/{variant}", SignedUrl, "/files/{image}/thumb", &[]),
        e(GET, "/exports/{id}", SignedUrl, "/exports/{image}", &[]),
        // A signed-in person's own pages and forms.
        e(GET, routes::CREATE, SignedIn, routes::CREATE, &[]),
        e(POST, routes::CREATE, SignedIn, routes::CREATE, &[]),
        e(GET, routes::GALLERY, SignedIn, routes::GALLERY, &[]),
        e(GET, routes::SETTINGS_PROFILE, SignedIn, routes::SETTINGS_PROFILE, &[]),
        e(POST, routes::SETTINGS_PROFILE, SignedIn, routes::SETTINGS_PROFILE, &[]),
        e(GET, routes::SETTINGS_SECURITY, SignedIn, routes::SETTINGS_SECURITY, &[]),
        e(GET, routes::SETTINGS_SHARES, SignedIn, routes::SETTINGS_SHARES, &[]),
        e(GET, routes::SETTINGS_PRIVACY, SignedIn, routes::SETTINGS_PRIVACY, &[]),
        e(POST, routes::RESEND_VERIFICATION, SignedIn, routes::RESEND_VERIFICATION, &[]),
        e(POST, routes::SETTINGS_EMAIL, SignedIn, routes::SETTINGS_EMAIL, &[]),
        e(POST, routes::SETTINGS_PASSWORD, SignedIn, routes::SETTINGS_PASSWORD, &[]),
        e(POST, "/settings/security/totp/start", SignedIn, "/settings/security/totp/start", &[]),
        e(POST, "/settings/security/totp/confirm", SignedIn, "/settings/security/totp/confirm", &[("code", "123456")]),
        e(POST, "/settings/security/recovery-codes", SignedIn, "/settings/security/recovery-codes", &[]),
        e(POST, "/settings/security/totp/remove", SignedIn, "/settings/security/totp/remove", &[]),
        e(POST, routes::SETTINGS_PASSKEY_REGISTER_START, SignedIn, routes::SETTINGS_PASSKEY_REGISTER_START, &[]),
        e(POST, routes::SETTINGS_PASSKEY_REGISTER_FINISH, SignedIn, routes::SETTINGS_PASSKEY_REGISTER_FINISH, &[]),
        e(POST, routes::SETTINGS_PASSKEY_REMOVE, SelfOnly, routes::SETTINGS_PASSKEY_REMOVE, &[]),
        e(GET, routes::SETTINGS_AVATAR, SelfOnly, routes::SETTINGS_AVATAR, &[]),
        e(POST, routes::SETTINGS_AVATAR, SignedIn, routes::SETTINGS_AVATAR, &[]),
        e(POST, routes::SETTINGS_AVATAR_REMOVE, SignedIn, routes::SETTINGS_AVATAR_REMOVE, &[]),
        e(POST, routes::PRIVACY_CHOICES, SignedIn, routes::PRIVACY_CHOICES, &[]),
        e(POST, routes::EXPORT_REQUEST, SignedIn, routes::EXPORT_REQUEST, &[]),
        e(POST, routes::POLICY_ACK, SignedIn, routes::POLICY_ACK, &[]),
        e(GET, routes::SETTINGS_BILLING, SignedIn, routes::SETTINGS_BILLING, &[]),
        e(GET, routes::SETTINGS_API, SignedIn, routes::SETTINGS_API, &[]),
        e(POST, routes::API_KEY_CREATE, SignedIn, routes::API_KEY_CREATE, &[("name", "matrix"), ("scope", "read")]),
        e(GET, routes::SETTINGS_API_USAGE, SignedIn, routes::SETTINGS_API_USAGE, &[]),
        e(GET, routes::SETTINGS_API_USAGE_CSV, SignedIn, routes::SETTINGS_API_USAGE_CSV, &[]),
        e(POST, routes::API_DAILY_CAP, SignedIn, routes::API_DAILY_CAP, &[("daily_cap", "50")]),
        e(POST, routes::API_WEBHOOK, SignedIn, routes::API_WEBHOOK, &[("url", "https://hooks.example.com/obscura"), ("event", "generation.completed")]),
        e(POST, routes::API_WEBHOOK_TEST, SignedIn, routes::API_WEBHOOK_TEST, &[]),
        e(GET, routes::SETTINGS_CONNECTIONS, SignedIn, routes::SETTINGS_CONNECTIONS, &[]),
        e(GET, routes::SETTINGS_CONNECTIONS_HISTORY, SignedIn, routes::SETTINGS_CONNECTIONS_HISTORY, &[]),
        e(POST, routes::BILLING_CHECKOUT, SignedIn, routes::BILLING_CHECKOUT, &[("item", "small")]),
        e(POST, routes::BILLING_PORTAL, SignedIn, routes::BILLING_PORTAL, &[]),
        e(POST, routes::ACCOUNT_DELETE, SignedIn, routes::ACCOUNT_DELETE, &[]),
        // Objects of the owner.
        e(GET, "/gallery/{id}", Owner, "/gallery/{image}", &[]),
        e(POST, "/rpc/generation", Owner, "/rpc/generation", &[("id", "{generation}")]),
        // The matrix's generation has finished: its owner gets 409 (tests/api/cancel.rs runs it).
        e(POST, "/rpc/cancel", Owner, "/rpc/cancel", &[("id", "{generation}")]),
        e(POST, routes::CREATE_CANCEL, Owner, routes::CREATE_CANCEL, &[("generation", "{generation}")]),
        e(POST, routes::SHARE_CREATE, Owner, routes::SHARE_CREATE, &[("image", "{image}"), ("expiry", "7d")]),
        e(POST, routes::SHARE_EXPIRY, Owner, routes::SHARE_EXPIRY, &[("share", "{share}"), ("expiry", "never")]),
        e(GET, routes::PUBLISH, Owner, "/gallery/{image}/publish", &[]),
        e(POST, routes::PUBLISH, Owner, "/gallery/{image}/publish", &[]),
        e(POST, routes::CONNECTION_TARGETS, Owner, routes::CONNECTION_TARGETS, &[("connection", "{connection}")]),
        e(POST, routes::GALLERY_RETRY, Owner, routes::GALLERY_RETRY, &[("generation", "{generation}")]),
        // Shares: the id is the capability.
        e(GET, "/share/{id}", Capability, "/share/{share}", &[]),
        e(GET, "/share/{id}/image", Capability, "/share/{share}/image", &[]),
        // Reports: anyone who can open a share may report it (one open report each).
        e(GET, "/share/{id}/report", Capability, "/share/{share}/report", &[]),
        e(POST, "/share/{id}/report", Capability, "/share/{share}/report", &[("reason", "spam")]),
        // Admin pages and actions.
        e(GET, routes::ADMIN_DASHBOARD, Admin, routes::ADMIN_DASHBOARD, &[]),
        e(GET, routes::ADMIN_SUPPORT, Admin, routes::ADMIN_SUPPORT, &[]),
        e(GET, "/admin/support/{id}", Admin, "/admin/support/{message}", &[]),
        e(GET, "/admin/support/{id}/attachment", Admin, "/admin/support/{message}/attachment", &[]),
        e(GET, routes::ADMIN_REQUESTS, Admin, routes::ADMIN_REQUESTS, &[]),
        e(GET, routes::ADMIN_ANALYTICS, Admin, routes::ADMIN_ANALYTICS, &[]),
        e(GET, routes::ADMIN_AUDIT, Admin, routes::ADMIN_AUDIT, &[]),
        e(POST, routes::ADMIN_SUPPORT_REPLY, Admin, routes::ADMIN_SUPPORT_REPLY, &[("id", "{message}"), ("reply", "Thank you, we are on it.")]),
        e(POST, routes::ADMIN_SUPPORT_CLOSE, Admin, routes::ADMIN_SUPPORT_CLOSE, &[("id", "{message}"), ("closed", "0")]),
        e(POST, routes::ADMIN_SUPPORT_ERASE, Admin, routes::ADMIN_SUPPORT_ERASE, &[("id", "{message}")]),
        e(POST, routes::ADMIN_REQUESTS_NEW, Admin, routes::ADMIN_REQUESTS_NEW, &[]),
        e(POST, routes::ADMIN_REQUESTS_DONE, Admin, routes::ADMIN_REQUESTS_DONE, &[("id", "{request}")]),
        e(GET, routes::ADMIN_PAYMENTS, Admin, routes::ADMIN_PAYMENTS, &[]),
        e(POST, routes::ADMIN_PAYMENTS_REFUND, Admin, routes::ADMIN_PAYMENTS_REFUND, &[("payment", "{payment}")]),
        e(GET, routes::ADMIN_REPORTS, Admin, routes::ADMIN_REPORTS, &[]),
        e(GET, "/admin/reports/{id}", Admin, "/admin/reports/{report}", &[]),
        e(POST, routes::ADMIN_REPORTS_DECIDE, Admin, routes::ADMIN_REPORTS_DECIDE, &[("report", "{report}"), ("decision", "dismiss"), ("why", "authorization matrix")]),
        e(GET, routes::ADMIN_SETTINGS, Admin, routes::ADMIN_SETTINGS, &[]),
        e(POST, routes::ADMIN_SETTINGS_BLOCKLIST, Admin, routes::ADMIN_SETTINGS_BLOCKLIST, &[("terms", "matrix term"), ("reason", "authorization matrix")]),
        // People: the forms carry no reason or confirmation here, so nothing changes (422).
        e(GET, routes::ADMIN_USERS, Admin, routes::ADMIN_USERS, &[]),
        e(GET, "/admin/users/{id}", Admin, "/admin/users/{person}", &[]),
        e(POST, routes::ADMIN_USERS_CREDITS, Admin, routes::ADMIN_USERS_CREDITS, &[("account", "{person}"), ("direction", "add"), ("amount", "5")]),
        e(POST, routes::ADMIN_USERS_SUSPEND, Admin, routes::ADMIN_USERS_SUSPEND, &[("account", "{person}"), ("on", "1")]),
        e(POST, routes::ADMIN_USERS_ROLE, Admin, routes::ADMIN_USERS_ROLE, &[("account", "{person}"), ("on", "1")]),
        e(POST, routes::ADMIN_USERS_SESSIONS_END, Admin, routes::ADMIN_USERS_SESSIONS_END, &[("account", "{person}"), ("session", "{session}")]),
        e(POST, routes::ADMIN_USERS_DELETE, Admin, routes::ADMIN_USERS_DELETE, &[("account", "{person}"), ("email", "owner@example.com")]),
        e(POST, routes::ADMIN_SETTINGS_MODEL, Admin, routes::ADMIN_SETTINGS_MODEL, &[("model", "tiny"), ("label", "Tiny painter"), ("cost", "1"), ("max_count", "4"), ("enabled", "1"), ("reason", "authorization matrix")]),
        // What ends or deletes comes last.
        e(POST, routes::API_KEY_REVOKE, OwnerQuiet, routes::API_KEY_REVOKE, &[("key", "{apikey}")]),
        e(POST, routes::API_WEBHOOK_DELETE, SignedIn, routes::API_WEBHOOK_DELETE, &[]),
        e(POST, routes::HISTORY_DELETE, Owner, routes::HISTORY_DELETE, &[("post", "{post}")]),
        e(POST, routes::CONNECTION_DISCONNECT, Owner, routes::CONNECTION_DISCONNECT, &[("connection", "{connection}")]),
        e(POST, routes::SHARE_REVOKE, OwnerQuiet, routes::SHARE_REVOKE, &[("share", "{share}")]),
        e(POST, routes::GALLERY_DELETE, OwnerQuiet, routes::GALLERY_DELETE, &[("image", "{image}"), ("confirm", "1")]),
        e(POST, routes::SETTINGS_SESSIONS_END, Owner, routes::SETTINGS_SESSIONS_END, &[("session", "{session}")]),
        e(POST, routes::SETTINGS_SESSIONS_END_OTHERS, SignedIn, routes::SETTINGS_SESSIONS_END_OTHERS, &[]),
        e(POST, routes::LOGOUT, Public, routes::LOGOUT, &[]),
    ]
}

/// What each role must get: (anonymous, owner, another person, admin).
fn expected(entry: &Entry) -> [Expect; 4] {
    use Expect::*;
    match entry.access {
        Access::Public | Access::Capability | Access::LocalDev => [Allowed; 4],
        Access::Flow => [Any; 4],
        Access::TwoStep => [SignIn; 4],
        Access::SignedIn => [SignIn, Allowed, Allowed, Allowed],
        Access::SelfOnly => [Denied, Any, Any, Any],
        Access::Owner => [Denied, Allowed, NotFound, NotFound],
        Access::OwnerQuiet => [Denied, Allowed, LikeUnknown, LikeUnknown],
        Access::Admin => [SignIn, NotFound, NotFound, Allowed],
        Access::TrialBrowser => [NotFound; 4],
        Access::ApiKey => [Refused; 4],
        Access::Token if entry.method == Method::GET => [Any; 4],
        Access::Token | Access::SignedUrl | Access::Disabled | Access::Signature => [Refused; 4],
    }
}

fn is_sign_in(status: StatusCode, location: &str) -> bool {
    status == StatusCode::UNAUTHORIZED
        || (status.is_redirection() && location.starts_with(routes::LOGIN))
}

fn holds(expect: Expect, status: StatusCode, location: &str) -> bool {
    if status.is_server_error() {
        return false;
    }
    let refused = matches!(
        status,
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
    ) || (status.is_redirection()
        && location.starts_with(routes::LOGIN)
        && location.contains("sign-in-needed"));
    match expect {
        Expect::Allowed => !refused,
        Expect::SignIn => is_sign_in(status, location),
        Expect::NotFound => status == StatusCode::NOT_FOUND,
        Expect::Refused => status.is_client_error(),
        Expect::Denied => is_sign_in(status, location) || status == StatusCode::NOT_FOUND,
        // Compared by the caller.
        Expect::LikeUnknown | Expect::Any => true,
    }
}

#[test]
fn every_route_is_in_the_matrix() {
    let served: BTreeSet<String> = obscura_server::http::route_inventory()
        .into_iter()
        .collect();
    let listed: BTreeSet<String> = matrix().iter().map(|e| e.pattern.to_owned()).collect();
    let missing: Vec<_> = served.difference(&listed).collect();
    let stale: Vec<_> = listed.difference(&served).collect();
    assert!(
        missing.is_empty(),
        "routes without an entry in the authorization matrix (server/tests/api/authz.rs): {missing:?}"
    );
    assert!(
        stale.is_empty(),
        "matrix entries for routes that no longer exist: {stale:?}"
    );
}

/// A model that paints small images quickly.
const TINY: (&str, &str) = (
    "MODELS",
    r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["128x128"]}]"#,
);

/// The objects the matrix names.
struct Seed {
    image: String,
    generation: String,
    share: String,
    session: String,
    message: String,
    request: String,
    payment: String,
    api_key: String,
    connection: String,
    post: String,
    report: String,
    person: String,
}

impl Seed {
    /// Every object named by what `id` makes.
    fn each(id: impl Fn() -> String) -> Self {
        Self {
            image: id(),
            generation: id(),
            share: id(),
            session: id(),
            message: id(),
            request: id(),
            payment: id(),
            api_key: id(),
            connection: id(),
            post: id(),
            report: id(),
            person: id(),
        }
    }

    /// Ids of nothing at all.
    fn unknown() -> Self {
        Self::each(|| uuid::Uuid::new_v4().to_string())
    }

    /// Strings that are no id of any kind.
    fn malformed() -> Self {
        Self::each(|| "not-an-id".to_owned())
    }

    fn fill(&self, s: &str) -> String {
        s.replace("{image}", &self.image)
            .replace("{generation}", &self.generation)
            .replace("{share}", &self.share)
            .replace("{session}", &self.session)
            .replace("{message}", &self.message)
            .replace("{request}", &self.request)
            .replace("{payment}", &self.payment)
            .replace("{apikey}", &self.api_key)
            .replace("{connection}", &self.connection)
            .replace("{post}", &self.post)
            .replace("{report}", &self.report)
            .replace("{person}", &self.person)
    }
}

async fn seed<'a>(app: &'a TestApp) -> (Browser<'a>, Browser<'a>, Browser<'a>, Seed) {
    let mut owner = verified_user(app, "owner@example.com").await;
    let owner_id = user_id(app, "owner@example.com").await;
    let input = Submitted {
        prompt: "the owner's private lighthouse".to_owned(),
        count: "1".to_owned(),
        ..Default::default()
    };
    let g = obscura_server::generation::create(
        &app.state,
        owner_id,
        &input,
        ReferenceInput::None,
        &Client::unknown(),
    )
    .await
    .unwrap();
    assert_eq!(finished(app, g).await.status, "succeeded");
    let image = obscura_server::db::entities::generation_image::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let res = owner
        .post(
            routes::SHARE_CREATE,
            &[("image", image.as_str()), ("expiry", "never")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let share = share::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id;
    // A second session of the owner's, for "end one session" (a second later: the newest).
    app.clock.advance(chrono::Duration::seconds(1));
    let (_, res) = sign_in(app, "owner@example.com", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let session = session::Entity::find()
        .filter(session::Column::UserId.eq(owner_id))
        .order_by_desc(session::Column::CreatedAt)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    // A privacy request sent with the support form: a message and a tracked request.
    let mut visitor = Browser::new(app);
    let res = visitor
        .post_multipart(
            routes::SUPPORT,
            form(&[
                ("email", "someone@example.com"),
                ("topic", "privacy"),
                ("message", "Please send me a copy of my data."),
            ])
            .part(
                "attachment",
                reqwest::multipart::Part::bytes(crate::fakes::tiny_png(40, 30))
                    .file_name("shot.png"),
            ),
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let message = support_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let request = obscura_server::db::entities::privacy_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    // A payment of the owner's, refunded already (a refund answers 409 without calling Stripe).
    let payment = uuid::Uuid::now_v7();
    obscura_server::db::entities::payment::ActiveModel {
        id: Set(payment),
        user_id: Set(Some(owner_id)),
        kind: Set("pack".to_owned()),
        item_id: Set("small".to_owned()),
        item_label: Set("Small".to_owned()),
        credits: Set(50),
        payment_intent_id: Set(Some("pi_test_seed".to_owned())),
        amount: Set(500),
        currency: Set("eur".to_owned()),
        status: Set("refunded".to_owned()),
        amount_refunded: Set(500),
        credits_taken_back: Set(50),
        paid_at: Set(app.clock_now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let payment = payment.to_string();
    // An API key of the owner's.
    let owner_row = obscura_server::db::entities::user::Entity::find_by_id(owner_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let api_key = obscura_server::api::keys::create(
        &app.state,
        &owner_row,
        &obscura_server::api::keys::NewKey {
            name: "seed".to_owned(),
            scopes: vec!["read".to_owned()],
            ..Default::default()
        },
        &Client::unknown(),
    )
    .await
    .unwrap()
    .id
    .to_string();
    let (connection, post) = seed_social(app, owner_row.id, &image).await;
    // A report of the owner's share, sent by a stranger.
    let report = match obscura_server::reports::submit(
        &app.state,
        &share,
        obscura_server::reports::NewReport {
            reason: "spam".to_owned(),
            ..Default::default()
        },
        None,
        &Client::unknown(),
        obscura_shared::account::Language::En,
    )
    .await
    .unwrap()
    {
        obscura_server::reports::Sent::New(id) => id.to_string(),
        obscura_server::reports::Sent::Repeat => unreachable!("the first report"),
    };
    let other = verified_user(app, "other@example.com").await;
    let admin = crate::helpers::browser::admin(app).await;
    (
        owner,
        other,
        admin,
        Seed {
            image,
            generation: g.to_string(),
            share,
            session,
            message,
            request,
            payment,
            api_key,
            connection,
            post,
            report,
            person: owner_id.to_string(),
        },
    )
}

/// A social connection of the owner (its platform not configured here) and one published post
/// of the owner's image.
async fn seed_social(app: &TestApp, owner: uuid::Uuid, image: &str) -> (String, String) {
    use obscura_server::{
        db::entities::{social_connection, social_post, social_publication},
        social::seal::{self, Slot},
    };
    let now = app.clock_now();
    let connection = uuid::Uuid::new_v4();
    let slot = Slot {
        table: "social_connections",
        row: connection,
        platform: "x",
        column: "access_token",
    };
    social_connection::ActiveModel {
        id: Set(connection),
        user_id: Set(owner),
        platform: Set("x".into()),
        platform_user_id: Set("1".into()),
        username: Set(Some("owner".into())),
        display_name: Set("Owner".into()),
        scopes: Set("tweet.write".into()),
        access_token: Set(seal::seal(&app.db, &app.state, slot, "t").await.unwrap()),
        refresh_token: Set(None),
        expires_at: Set(None),
        refresh_expires_at: Set(None),
        status: Set("active".into()),
        status_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let image = uuid::Uuid::parse_str(image).unwrap();
    let publication = uuid::Uuid::new_v4();
    social_publication::ActiveModel {
        id: Set(publication),
        user_id: Set(owner),
        image_id: Set(image),
        request_key: Set("seed-000000000000".into()),
        caption: Set("c".into()),
        alt_text: Set("a".into()),
        status: Set("sent".into()),
        approver_email: Set(None),
        approval_hash: Set(None),
        approval_expires_at: Set(None),
        decided_at: Set(None),
        created_at: Set(now),
    }
    .insert(&app.db)
    .await
    .unwrap();
    let post = uuid::Uuid::new_v4();
    social_post::ActiveModel {
        id: Set(post),
        publication_id: Set(publication),
        user_id: Set(owner),
        image_id: Set(image),
        connection_id: Set(Some(connection)),
        target_id: Set(None),
        platform: Set("x".into()),
        platform_user_id: Set("1".into()),
        account_name: Set("Owner".into()),
        target_name: Set("@owner".into()),
        status: Set("published".into()),
        stage: Set("done".into()),
        post_id: Set(Some("1".into())),
        permalink: Set(None),
        error: Set(None),
        attempts: Set(1),
        retry_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        published_at: Set(Some(now)),
    }
    .insert(&app.db)
    .await
    .unwrap();
    (connection.to_string(), post.to_string())
}

async fn send(b: &mut Browser<'_>, entry: &Entry, seed: &Seed) -> (StatusCode, String) {
    let path = seed.fill(entry.path);
    let res = if entry.method == Method::GET {
        b.get(&path).await
    } else if entry.method == Method::DELETE {
        b.delete(&path).await
    } else {
        let pairs: Vec<(String, String)> = entry
            .form
            .iter()
            .map(|(k, v)| ((*k).to_owned(), seed.fill(v)))
            .collect();
        let borrowed: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        b.post(&path, &borrowed).await
    };
    let status = res.status();
    (status, location(&res))
}

on_both_databases!(
    every_route_answers_each_role_as_the_matrix_says,
    |db: Db| async move {
        // Billing is on (against the Stripe fake), so its routes are checked as deployed.
        let stripe = crate::fakes::stripe::StripeFake::start().await;
        let app = spawn_app_with(
            db,
            &[
                TINY,
                ("SIGNUP_CREDITS", "100"),
                ("STRIPE_SECRET_KEY", crate::fakes::stripe::SECRET_KEY),
                (
                    "STRIPE_WEBHOOK_SECRET",
                    crate::fakes::stripe::WEBHOOK_SECRET,
                ),
                ("STRIPE_API_BASE", &stripe.url),
                (
                    "BILLING",
                    r#"{packs=[{id="small", label="Small", credits=50, price="price_small"}]}"#,
                ),
            ],
        )
        .await;
        let (mut owner, mut other, mut admin, seed) = seed(&app).await;
        let mut anonymous = Browser::new(&app);
        let unknown = Seed::unknown();
        let denied_before = app.state.guards.denied.total();
        let mut failures = Vec::new();
        for entry in matrix() {
            let [anon_e, owner_e, other_e, admin_e] = expected(&entry);
            // The owner goes last, so that what the owner ends or deletes is checked by the
            // others first.
            for (role, b, expect) in [
                ("anonymous", &mut anonymous, anon_e),
                ("other", &mut other, other_e),
                ("admin", &mut admin, admin_e),
                ("owner", &mut owner, owner_e),
            ] {
                let (status, location) = send(b, &entry, &seed).await;
                let ok = if expect == Expect::LikeUnknown {
                    let like = send(b, &entry, &unknown).await;
                    !status.is_success() && like == (status, location.clone())
                } else {
                    holds(expect, status, &location)
                };
                if !ok {
                    failures.push(format!(
                        "{} {} as {role}: expected {expect:?}, got {status} {location}",
                        entry.method, entry.path
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        // Refusals are counted in the `denied` log.
        assert!(app.state.guards.denied.total() > denied_before + 20);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_ids_are_answered_like_unknown_ones_never_with_a_server_error() {
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SIGNUP_CREDITS", "100")]).await;
    let (mut owner, _other, mut admin, _seed) = seed(&app).await;
    let (unknown, malformed) = (Seed::unknown(), Seed::malformed());
    let mut failures = Vec::new();
    // Signing out or ending sessions would end the browsers' own sessions; they name no object.
    let names_an_object =
        |e: &Entry| e.path.contains('{') || e.form.iter().any(|(_, v)| v.contains('{'));
    for entry in matrix().into_iter().filter(names_an_object) {
        for (role, b) in [("admin", &mut admin), ("owner", &mut owner)] {
            let (status, location) = send(b, &entry, &malformed).await;
            let (like_status, _) = send(b, &entry, &unknown).await;
            let ok = !status.is_server_error()
                && (like_status != StatusCode::NOT_FOUND || status == StatusCode::NOT_FOUND);
            if !ok {
                failures.push(format!(
                    "{} {} as {role}: got {status} {location} (an unknown id: {like_status})",
                    entry.method, entry.path
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_are_logged_as_denied_without_the_raw_path() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let denied = || app.state.guards.denied.total();
    let before = denied();
    // An unknown path is not a refusal (no route matched).
    assert_eq!(
        app.get("/no-such-page").await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(denied(), before);
    // Anonymous on an account page, on an admin page, on a server function.
    app.get(routes::GALLERY).await;
    app.get(routes::ADMIN_AUDIT).await;
    let res = app
        .client
        .post(app.url("/rpc/generation"))
        .header(
            header::ORIGIN,
            obscura_server::config::origin(&app.state.config.public_url),
        )
        .form(&[("id", uuid::Uuid::nil().to_string())])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::UNAUTHORIZED,
        "server functions answer their code's status"
    );
    assert_eq!(denied(), before + 3);
    // A signed-in person on an admin page, and on someone else's (here: nobody's) image.
    let mut ada = verified_user(&app, "ada@example.com").await;
    assert_eq!(
        ada.get(routes::ADMIN_AUDIT).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        ada.get(&routes::gallery_item(&uuid::Uuid::nil().to_string()))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(denied(), before + 5);
    // A flood is counted in full but logged only a few lines a second.
    for _ in 0..60 {
        app.get(routes::GALLERY).await;
    }
    assert_eq!(denied(), before + 65);
    assert!(app.state.guards.denied.left_out() > 0);
    app.stop().await.unwrap();
}
