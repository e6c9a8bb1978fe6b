//! Every route path, written once and used by the UI, the server and the tests.

/// The landing page.
pub const HOME: &str = "/";
/// The privacy policy, generated from the running configuration.
pub const PRIVACY: &str = "/privacy";
/// Every version of the privacy policy, with what changed.
pub const PRIVACY_VERSIONS: &str = "/privacy/versions";
/// "I have seen the policy change" (POST).
pub const POLICY_ACK: &str = "/privacy/acknowledge";
/// The terms of service.
pub const TERMS: &str = "/terms";
/// Sign in.
pub const LOGIN: &str = "/login";
/// Create an account.
pub const SIGNUP: &str = "/signup";
/// Sign out (POST).
pub const LOGOUT: &str = "/logout";
/// Ask for an emailed sign-in link (POST), and where the link lands (GET shows a button, POST
/// signs in: mail scanners that fetch links do not use the token up).
pub const MAGIC_LINK: &str = "/login/link";
/// Ask for a password-reset link.
pub const RESET: &str = "/reset";
/// Where a reset link lands: choose a new password.
pub const RESET_CONFIRM: &str = "/reset/confirm";
/// Where an email-verification link lands.
pub const VERIFY_EMAIL: &str = "/verify";
/// Send the verification email again (POST, signed in).
pub const RESEND_VERIFICATION: &str = "/verify/resend";
/// Start Google sign-in.
pub const GOOGLE_START: &str = "/auth/google";
/// Google's redirect back to us.
pub const GOOGLE_CALLBACK: &str = "/auth/google/callback";
/// Profile settings.
pub const SETTINGS_PROFILE: &str = "/settings/profile";
/// Change the password (POST).
pub const SETTINGS_PASSWORD: &str = "/settings/password";
/// Change the email address (POST).
pub const SETTINGS_EMAIL: &str = "/settings/email";
/// Where a link to confirm a new email address lands.
pub const EMAIL_CHANGE_CONFIRM: &str = "/settings/email/confirm";
/// The page emailed links are shown on (rendered by the server for each link's own path).
pub const LINK_LANDING: &str = "/auth/confirm";
/// A page explaining why a link or a Google sign-in did not work.
pub const AUTH_PROBLEM: &str = "/auth/problem";
/// After signing up: "check your email".
pub const SIGNUP_SENT: &str = "/signup/sent";
/// A new Google user confirms the minimum age here before the account is created.
pub const GOOGLE_SIGNUP: &str = "/signup/google";
/// Where people land after signing in when nothing else was asked for.
pub const AFTER_SIGN_IN: &str = SETTINGS_PROFILE;
/// The signed-in person's avatar image.
pub const SETTINGS_AVATAR: &str = "/settings/avatar";
/// Remove the avatar (POST).
pub const SETTINGS_AVATAR_REMOVE: &str = "/settings/avatar/remove";
/// Sessions and the security log.
pub const SETTINGS_SECURITY: &str = "/settings/security";
/// End one session (POST, with the session's id) or all others (POST to `…/others`).
pub const SETTINGS_SESSIONS_END: &str = "/settings/sessions/end";
/// End every other session.
pub const SETTINGS_SESSIONS_END_OTHERS: &str = "/settings/sessions/end-others";
/// The second step of a sign-in (GET shows the code form while a sign-in waits for it, POST
/// checks the code).
pub const LOGIN_VERIFY: &str = "/login/verify";
/// The page [`LOGIN_VERIFY`] is rendered with; requested directly, it explains how to get there.
pub const TWO_STEP: &str = "/auth/two-step";
/// What admin pages show an admin without two-step verification when it is required.
pub const TWO_STEP_REQUIRED: &str = "/auth/two-step-required";
/// Start setting up an authenticator app (POST).
pub const SETTINGS_TOTP_START: &str = "/settings/security/totp/start";
/// Confirm the authenticator app with a first code (POST).
pub const SETTINGS_TOTP_CONFIRM: &str = "/settings/security/totp/confirm";
/// Remove the authenticator app, or abandon its set-up (POST).
pub const SETTINGS_TOTP_REMOVE: &str = "/settings/security/totp/remove";
/// Replace the recovery codes (POST).
pub const SETTINGS_RECOVERY_CODES: &str = "/settings/security/recovery-codes";
/// Start adding a passkey (POST, form `passkey_name`; answers JSON `{token, options}`).
pub const SETTINGS_PASSKEY_REGISTER_START: &str = "/settings/security/passkeys/register/start";
/// Finish adding a passkey (POST, JSON `{token, credential}`; answers JSON `{redirect}`).
pub const SETTINGS_PASSKEY_REGISTER_FINISH: &str = "/settings/security/passkeys/register/finish";
/// Remove a passkey (POST, form `id`).
pub const SETTINGS_PASSKEY_REMOVE: &str = "/settings/security/passkeys/remove";
/// Start the second step of a pending sign-in with a passkey (POST; JSON `{token, options}`).
pub const LOGIN_VERIFY_PASSKEY_START: &str = "/login/verify/passkey/start";
/// Finish the second step with a passkey (POST, JSON `{token, credential, next}`).
pub const LOGIN_VERIFY_PASSKEY_FINISH: &str = "/login/verify/passkey/finish";
/// Start a sign-in with a passkey alone (POST; JSON `{token, options}`).
pub const LOGIN_PASSKEY_START: &str = "/login/passkey/start";
/// Finish a sign-in with a passkey alone (POST, JSON `{token, credential, next}`).
pub const LOGIN_PASSKEY_FINISH: &str = "/login/passkey/finish";
/// Development only: the mail that would have been sent.
pub const DEV_OUTBOX: &str = "/dev/outbox";
/// The generator.
pub const CREATE: &str = "/create";
/// Cancels one of the person's generations (form post with the generation id).
pub const CREATE_CANCEL: &str = "/create/cancel";
/// The no-signup trial: a few images without an account (GET the page, POST the form).
pub const TRY: &str = "/try";
/// A trial image's files: `/try/images/{id}/{preview|thumb|original}` (the trial cookie is the key).
pub const TRY_IMAGES: &str = "/try/images";
/// Stored files, reached only by signed URLs: `/files/{image}/{variant}`.
pub const FILES: &str = "/files";
/// The private gallery; `/gallery/{image}` shows one image.
pub const GALLERY: &str = "/gallery";
/// Delete images (POST: ids, then again with `confirm`).
pub const GALLERY_DELETE: &str = "/gallery/delete";
/// Run a failed generation again (POST).
pub const GALLERY_RETRY: &str = "/gallery/retry";
/// Share an image (POST).
pub const SHARE_CREATE: &str = "/gallery/share";
/// Public share pages: `/share/{id}`, their image at `/share/{id}/image`.
pub const SHARE: &str = "/share";
/// The privacy center: export, restriction, consent history, account deletion.
pub const SETTINGS_PRIVACY: &str = "/settings/privacy";
/// Save the restriction and objection toggles (POST).
pub const PRIVACY_CHOICES: &str = "/settings/privacy/choices";
/// Ask for an export of everything (POST).
pub const EXPORT_REQUEST: &str = "/settings/privacy/export";
/// Download a finished export: `/exports/{id}` (signed link, 7 days).
pub const EXPORTS: &str = "/exports";
/// Delete the account (POST, with the password or a fresh sign-in).
pub const ACCOUNT_DELETE: &str = "/settings/privacy/delete";
/// Where the emailed "keep my account" link lands.
pub const ERASURE_CANCEL: &str = "/account/keep";
/// The person's shares.
pub const SETTINGS_SHARES: &str = "/settings/shares";
/// End a share (POST).
pub const SHARE_REVOKE: &str = "/settings/shares/revoke";
/// Change a share's expiry (POST).
pub const SHARE_EXPIRY: &str = "/settings/shares/expiry";
/// Cookie settings: the current choice, change or withdraw it.
pub const COOKIES: &str = "/cookies";
/// Record a cookie choice (POST).
pub const CONSENT: &str = "/consent";
/// The footer's language switch (POST).
pub const LANGUAGE: &str = "/language";
/// Support and contact.
pub const SUPPORT: &str = "/support";
/// Admin: support messages; `/admin/support/{id}` shows one.
pub const ADMIN_SUPPORT: &str = "/admin/support";
/// Admin: reply to a message (POST).
pub const ADMIN_SUPPORT_REPLY: &str = "/admin/support/reply";
/// Admin: close or reopen a message (POST).
pub const ADMIN_SUPPORT_CLOSE: &str = "/admin/support/close";
/// Admin: delete the account a report of an underage person is about (POST).
pub const ADMIN_SUPPORT_ERASE: &str = "/admin/support/erase-account";
/// Admin: privacy requests and their due dates.
pub const ADMIN_REQUESTS: &str = "/admin/requests";
/// Admin: log a request received by another channel (POST).
pub const ADMIN_REQUESTS_NEW: &str = "/admin/requests/new";
/// Admin: mark a request answered (POST).
pub const ADMIN_REQUESTS_DONE: &str = "/admin/requests/done";
/// Admin: first-party page-view counts.
pub const ADMIN_ANALYTICS: &str = "/admin/analytics";
/// Admin: the audit log of admin actions (`?page=`).
pub const ADMIN_AUDIT: &str = "/admin/audit";
/// Admin: payments, refunds and revenue per month (`?status=`).
pub const ADMIN_PAYMENTS: &str = "/admin/payments";
/// Admin: refund a payment through Stripe (POST).
pub const ADMIN_PAYMENTS_REFUND: &str = "/admin/payments/refund";
/// Admin: the dashboard (sign-ups, activity, generations, the queue, credits, revenue; `?days=`).
pub const ADMIN_DASHBOARD: &str = "/admin";
/// Admin: people (search `?q=`, filters, `?after=` cursor); `/admin/users/{id}` shows one.
pub const ADMIN_USERS: &str = "/admin/users";
/// Admin: add or remove credits with a reason (POST).
pub const ADMIN_USERS_CREDITS: &str = "/admin/users/credits";
/// Admin: suspend or unsuspend an account (POST).
pub const ADMIN_USERS_SUSPEND: &str = "/admin/users/suspend";
/// Admin: make an account admin or take the role back (POST).
pub const ADMIN_USERS_ROLE: &str = "/admin/users/role";
/// Admin: end one session of an account, or all of them (POST).
pub const ADMIN_USERS_SESSIONS_END: &str = "/admin/users/sessions/end";
/// Admin: delete an account and everything in it (POST).
pub const ADMIN_USERS_DELETE: &str = "/admin/users/delete";
/// Admin: reports of shared images (`?status=`); `/admin/reports/{id}` shows one.
pub const ADMIN_REPORTS: &str = "/admin/reports";
/// Admin: decide a report: dismiss, take the share down, suspend the owner (POST).
pub const ADMIN_REPORTS_DECIDE: &str = "/admin/reports/decide";
/// Admin: the blocklist and the models' settings.
pub const ADMIN_SETTINGS: &str = "/admin/settings";
/// Admin: replace the blocklist (POST).
pub const ADMIN_SETTINGS_BLOCKLIST: &str = "/admin/settings/blocklist";
/// Admin: change one model's settings (POST).
pub const ADMIN_SETTINGS_MODEL: &str = "/admin/settings/model";
/// Admin pages share this prefix.
pub const ADMIN_PREFIX: &str = "/admin";

/// Credit packs and plans (public).
pub const PRICING: &str = "/pricing";
/// The account's credits, plan, payments and invoices.
pub const SETTINGS_BILLING: &str = "/settings/billing";
/// The account's API keys.
pub const SETTINGS_API: &str = "/settings/api";
/// The account's social connections.
pub const SETTINGS_CONNECTIONS: &str = "/settings/connections";
/// The account's publishing history.
pub const SETTINGS_CONNECTIONS_HISTORY: &str = "/settings/connections/history";
/// Starts connecting a platform (POST `platform`).
pub const CONNECTION_START: &str = "/settings/connections/connect";
/// Where a platform sends the browser back (GET).
pub const CONNECTION_CALLBACK: &str = "/connections/{platform}/callback";
/// Saves which pages, boards or profiles of a connection are chosen (POST).
pub const CONNECTION_TARGETS: &str = "/settings/connections/targets";
/// Disconnects a platform (POST `connection`).
pub const CONNECTION_DISCONNECT: &str = "/settings/connections/disconnect";
/// Deletes one row of the publishing history (POST `post`).
pub const HISTORY_DELETE: &str = "/settings/connections/history/delete";
/// An image's publish form (GET page, POST publish), under the gallery.
pub const PUBLISH: &str = "/gallery/{id}/publish";
/// A reviewer's one-time page for a post awaiting approval (GET page, POST decision).
pub const PUBLISH_REVIEW: &str = "/publish/review/{token}";
/// A short-lived public link a platform fetches an image from.
pub const SOCIAL_MEDIA: &str = "/social/media/{token}";
/// Meta's data-deletion callback (POST `signed_request`).
pub const META_DATA_DELETION: &str = "/callbacks/meta/data-deletion";
/// Meta's deauthorize callback (POST `signed_request`).
pub const META_DEAUTHORIZE: &str = "/callbacks/meta/deauthorize";
/// The status page of a platform's data-deletion request.
pub const DELETION_STATUS: &str = "/deletion-status/{code}";

/// One image's publish form.
#[must_use]
pub fn publish(image: &str) -> String {
    format!("/gallery/{image}/publish")
}
/// Creates an API key (POST).
pub const API_KEY_CREATE: &str = "/settings/api/keys";
/// Revokes an API key (POST).
pub const API_KEY_REVOKE: &str = "/settings/api/keys/revoke";
/// The public REST API's base path.
pub const API_V1: &str = "/api/v1";
/// `GET`: the key's account: balance, this month's usage, the key's scopes.
pub const API_ACCOUNT: &str = "/api/v1/account";
/// `GET` (list, by cursor) and `POST` (create) generations.
pub const API_GENERATIONS: &str = "/api/v1/generations";
/// `GET` and `DELETE` one generation (the router's pattern).
pub const API_GENERATION: &str = "/api/v1/generations/{id}";
/// `POST`: cancels a queued or running generation.
pub const API_GENERATION_CANCEL: &str = "/api/v1/generations/{id}/cancel";
/// `GET` one image's metadata and signed links.
pub const API_IMAGE: &str = "/api/v1/images/{id}";
/// `GET` (list) and `POST` (create) shares.
pub const API_SHARES: &str = "/api/v1/shares";
/// `DELETE` (revoke) one share.
pub const API_SHARE: &str = "/api/v1/shares/{id}";
/// `GET` the account's API use per day.
pub const API_USAGE: &str = "/api/v1/usage";
/// The OpenAPI 3.1 description of `/api/v1` (public).
pub const API_OPENAPI: &str = "/api/v1/openapi.json";
/// The API's reference (public).
pub const DOCS_API: &str = "/docs/api";
/// Usage of the account's API keys: per day, filtered, with a CSV download.
pub const SETTINGS_API_USAGE: &str = "/settings/api/usage";
/// The same as CSV (GET, with the page's filters).
pub const SETTINGS_API_USAGE_CSV: &str = "/settings/api/usage.csv";
/// Sets the account's daily API credit cap (POST).
pub const API_DAILY_CAP: &str = "/settings/api/daily-cap";
/// Sets or removes the webhook endpoint (POST).
pub const API_WEBHOOK: &str = "/settings/api/webhook";
/// Sends a test event to the webhook endpoint (POST).
pub const API_WEBHOOK_TEST: &str = "/settings/api/webhook/test";
/// Removes the webhook endpoint (POST).
pub const API_WEBHOOK_DELETE: &str = "/settings/api/webhook/delete";
/// OpenAI-compatible: `POST` makes images the way OpenAI's Images API does.
pub const OPENAI_IMAGES: &str = "/v1/images/generations";
/// OpenAI-compatible: `POST` (multipart) makes images from a reference image and a prompt.
pub const OPENAI_EDITS: &str = "/v1/images/edits";
/// OpenAI-compatible: `GET` lists the models.
pub const OPENAI_MODELS: &str = "/v1/models";
/// The OpenAI-compatible API's base path (`base_url` in OpenAI's clients).
pub const OPENAI_V1: &str = "/v1";
/// Starts a Stripe Checkout for a pack or plan (POST).
pub const BILLING_CHECKOUT: &str = "/settings/billing/checkout";
/// Opens Stripe's customer portal (POST).
pub const BILLING_PORTAL: &str = "/settings/billing/portal";
/// Stripe's webhook deliveries (POST, signed).
pub const STRIPE_WEBHOOK: &str = "/webhooks/stripe";

/// Liveness probe (JSON).
pub const HEALTHZ: &str = "/healthz";
/// Readiness probe (JSON).
pub const READYZ: &str = "/readyz";
/// Prometheus metrics (text), when configured: on the main address only with a bearer token.
pub const METRICS: &str = "/metrics";
/// Where hashed, immutable build assets are served from.
pub const PKG: &str = "/pkg";
/// Prefix of the server-function endpoints.
pub const SERVER_FN_PREFIX: &str = "/rpc";

/// Every page route that exists and renders without signing in, for tests that walk the site.
pub const PUBLIC_PAGES: &[&str] = &[
    HOME,
    PRIVACY,
    PRIVACY_VERSIONS,
    TERMS,
    COOKIES,
    SUPPORT,
    PRICING,
    TRY,
    DOCS_API,
    LOGIN,
    SIGNUP,
    SIGNUP_SENT,
    RESET,
    AUTH_PROBLEM,
    DEV_OUTBOX,
];

/// Pages the server renders for other paths (emailed links land on their own paths and are
/// shown with this page); requested directly, it explains that the link is missing.
pub const FLOW_PAGES: &[&str] = &[LINK_LANDING, TWO_STEP, TWO_STEP_REQUIRED];

/// Pages that need a signed-in person (others are sent to sign in).
pub const ACCOUNT_PAGES: &[&str] = &[
    CREATE,
    GALLERY,
    SETTINGS_PROFILE,
    SETTINGS_SECURITY,
    SETTINGS_SHARES,
    SETTINGS_PRIVACY,
    SETTINGS_BILLING,
    SETTINGS_API,
    SETTINGS_API_USAGE,
    SETTINGS_CONNECTIONS,
    SETTINGS_CONNECTIONS_HISTORY,
];

/// Admin pages (anonymous visitors are sent to sign in; other accounts get a 404).
pub const ADMIN_PAGES: &[&str] = &[
    ADMIN_DASHBOARD,
    ADMIN_SUPPORT,
    ADMIN_REQUESTS,
    ADMIN_ANALYTICS,
    ADMIN_AUDIT,
    ADMIN_PAYMENTS,
    ADMIN_USERS,
    ADMIN_REPORTS,
    ADMIN_SETTINGS,
];

/// Pages with a path parameter, as the router writes them (their own tests visit them with
/// real ids: an image of the gallery, a public share).
pub const PARAM_PAGES: &[&str] = &[
    "/gallery/{id}",
    "/share/{id}",
    "/admin/support/{id}",
    "/admin/users/{id}",
    "/admin/reports/{id}",
    "/share/{id}/report",
    PUBLISH,
    PUBLISH_REVIEW,
    DELETION_STATUS,
];

/// One image of the gallery.
#[must_use]
pub fn gallery_item(image: &str) -> String {
    format!("{GALLERY}/{image}")
}

/// A public share page.
#[must_use]
pub fn share_page(id: &str) -> String {
    format!("{SHARE}/{id}")
}

/// The form to report a shared image (GET shows it, POST sends the report; no account needed).
#[must_use]
pub fn share_report(id: &str) -> String {
    format!("{SHARE}/{id}/report")
}

/// One person's page in the admin console.
#[must_use]
pub fn admin_user(id: &str) -> String {
    format!("{ADMIN_USERS}/{id}")
}

/// One report in the admin console.
#[must_use]
pub fn admin_report(id: &str) -> String {
    format!("{ADMIN_REPORTS}/{id}")
}

/// The image behind a public share page.
#[must_use]
pub fn share_image(id: &str) -> String {
    format!("{SHARE}/{id}/image")
}

/// Public pages held to the small byte budget: they load no Leptos islands (the 404 page too).
pub const LIGHT_PAGES: &[&str] = &[
    HOME,
    PRIVACY,
    PRIVACY_VERSIONS,
    COOKIES,
    TERMS,
    LOGIN,
    SIGNUP,
    SIGNUP_SENT,
    RESET,
    AUTH_PROBLEM,
    PRICING,
    TRY,
    DOCS_API,
];

/// `s` percent-encoded for a query-string value or path segment (RFC 3986 unreserved characters
/// kept as they are).
#[must_use]
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
