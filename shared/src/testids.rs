//! `data-testid` values shared by the UI and the end-to-end tests.
//!
//! The Playwright suite reads this file to stay in step with the UI.

/// The language switch form in the footer.
pub const LANGUAGE_SWITCH: &str = "language-switch";
/// The theme switch button in the header.
pub const THEME_TOGGLE: &str = "theme-toggle";
/// Attribute set on `<html>` once the islands have hydrated.
pub const HYDRATED_ATTR: &str = "data-hydrated";
/// The offline / reconnecting banner.
pub const CONNECTION_BANNER: &str = "connection-banner";
/// The site header.
pub const SITE_HEADER: &str = "site-header";
/// The site footer.
pub const SITE_FOOTER: &str = "site-footer";
/// The 404 page's heading.
pub const NOT_FOUND: &str = "not-found";
/// The error boundary's "something went wrong" panel.
pub const ERROR_PANEL: &str = "error-panel";
/// The mobile navigation toggle.
pub const NAV_TOGGLE: &str = "nav-toggle";

/// The window event that reports a call failed for network reasons; the connection banner
/// listens for it.
pub const NETWORK_ERROR_EVENT: &str = "obscura:network-error";

/// The service status panel on the support page.
pub const SERVICE_STATUS: &str = "service-status";
/// Its "Check again" button.
pub const SERVICE_STATUS_CHECK: &str = "service-status-check";
/// "Continue with Google" / "Sign up with Google".
pub const GOOGLE_BUTTON: &str = "google-button";
/// "Email me a sign-in link".
pub const MAGIC_LINK_BUTTON: &str = "magic-link-button";
/// The confirm button of a page an emailed link lands on.
pub const CONFIRM_LINK: &str = "confirm-link";
/// The page explaining a link that does not work.
pub const LINK_PROBLEM: &str = "link-problem";
/// The account menu in the header (signed in).
pub const ACCOUNT_MENU: &str = "account-menu";
/// The sign-out button.
pub const SIGN_OUT: &str = "sign-out";
/// The "please verify your email" banner.
pub const VERIFY_BANNER: &str = "verify-banner";
/// The list of sessions in the security settings.
pub const SESSION_LIST: &str = "session-list";
/// The security log.
pub const SECURITY_LOG: &str = "security-log";
/// The two-step verification section of the security settings.
pub const TWO_STEP_SECTION: &str = "two-step";
/// The authenticator app's secret (base32) while it is being set up.
pub const TOTP_SECRET: &str = "totp-secret";
/// The list of recovery codes, shown once.
pub const RECOVERY_CODES: &str = "recovery-codes";
/// The list of an account's passkeys in the security settings.
pub const PASSKEY_LIST: &str = "passkey-list";
/// The "Add a passkey" form (shown by the script where the browser has passkeys).
pub const PASSKEY_ADD: &str = "passkey-add";
/// "Sign in with a passkey" on the sign-in page, and "Use a passkey" on the code page.
pub const PASSKEY_SIGN_IN: &str = "passkey-sign-in";
/// One message in the development outbox.
pub const OUTBOX_MESSAGE: &str = "outbox-message";
/// The credit balance in the account menu.
pub const CREDITS: &str = "credits";

/// The generator form.
pub const CREATE_FORM: &str = "create-form";
/// The prompt's character count.
pub const PROMPT_COUNTER: &str = "prompt-counter";
/// The cost of the current choices.
pub const CREATE_COST: &str = "create-cost";
/// The submit button of the generator.
pub const CREATE_SUBMIT: &str = "create-submit";
/// The reference image drop zone.
pub const REFERENCE_DROP: &str = "reference-drop";
/// The chosen reference's preview.
pub const REFERENCE_PREVIEW: &str = "reference-preview";
/// "Remove" of the chosen reference.
pub const REFERENCE_REMOVE: &str = "reference-remove";
/// One generation's card (carries `data-status`).
pub const JOB_CARD: &str = "job-card";
/// A card's status line.
pub const JOB_STATUS: &str = "job-status";
/// A running card's `<progress>` bar (steps done of steps in all).
pub const JOB_PROGRESS: &str = "job-progress";
/// A card's "Cancel" button (a form posting to the cancel route).
pub const JOB_CANCEL: &str = "job-cancel";
/// A finished image in a card.
pub const RESULT_IMAGE: &str = "result-image";
/// A result's download link.
pub const RESULT_DOWNLOAD: &str = "result-download";
/// A result's "use as reference" link.
pub const USE_AS_REFERENCE: &str = "use-as-reference";

/// The gallery's filter form.
pub const GALLERY_FILTERS: &str = "gallery-filters";
/// One image tile in the gallery.
pub const GALLERY_TILE: &str = "gallery-tile";
/// A failed generation's tile.
pub const GALLERY_FAILED: &str = "gallery-failed";
/// A cancelled generation's tile.
pub const GALLERY_CANCELLED: &str = "gallery-cancelled";
/// The plain "load more" link (enhanced into infinite scrolling).
pub const GALLERY_MORE: &str = "gallery-more";
/// A tile's selection checkbox.
pub const GALLERY_SELECT: &str = "gallery-select";
/// "Delete selected".
pub const GALLERY_DELETE: &str = "gallery-delete";
/// The deletion confirmation.
pub const CONFIRM_DELETE: &str = "confirm-delete";
/// The detail page's large image.
pub const DETAIL_IMAGE: &str = "detail-image";
/// The share form on the detail page.
pub const SHARE_FORM: &str = "share-form";
/// A share's public link (detail page and shares list).
pub const SHARE_LINK: &str = "share-link";
/// One row of the shares list.
pub const SHARE_ROW: &str = "share-row";
/// The public share page's image.
pub const SHARED_IMAGE: &str = "shared-image";
/// "Copy" buttons (copy their `data-copy` text).
pub const COPY_BUTTON: &str = "copy-button";

/// The cookie banner.
pub const CONSENT_BANNER: &str = "consent-banner";
/// The cookie choices form (banner and `/cookies`).
pub const CONSENT_FORM: &str = "consent-form";
/// The current choice on `/cookies`.
pub const CONSENT_STATUS: &str = "consent-status";
/// "Export my data".
pub const EXPORT_BUTTON: &str = "export-button";
/// One export in the privacy center.
pub const EXPORT_ROW: &str = "export-row";
/// An export's download link.
pub const EXPORT_DOWNLOAD: &str = "export-download";
/// The restriction and objection form.
pub const PRIVACY_CHOICES: &str = "privacy-choices";
/// The consent history.
pub const CONSENT_HISTORY: &str = "consent-history";
/// The account deletion form.
pub const DELETE_ACCOUNT_FORM: &str = "delete-account-form";
/// The policy-change notice of signed-in pages.
pub const POLICY_NOTICE: &str = "policy-notice";
/// One version on `/privacy/versions`.
pub const POLICY_VERSION: &str = "policy-version";
/// The support contact form.
pub const SUPPORT_FORM: &str = "support-form";
/// One support message in the admin list.
pub const SUPPORT_ROW: &str = "support-row";
/// One privacy request in the admin list.
pub const REQUEST_ROW: &str = "request-row";
/// The search form on `/admin/users`.
pub const ADMIN_PEOPLE_SEARCH: &str = "admin-people-search";
/// One person on `/admin/users` (`data-id`: the account id).
pub const ADMIN_PEOPLE_ROW: &str = "admin-people-row";
/// The empty or "no one matches" state of `/admin/users`.
pub const ADMIN_PEOPLE_EMPTY: &str = "admin-people-empty";
/// The "Older" link of `/admin/users`.
pub const ADMIN_PEOPLE_OLDER: &str = "admin-people-older";
/// The "suspended" badge of an account.
pub const ADMIN_PEOPLE_SUSPENDED: &str = "admin-people-suspended";
/// The facts panel of `/admin/users/{id}`.
pub const ADMIN_PERSON: &str = "admin-person";
/// One status's generation counts on a person's page (`data-status`).
pub const ADMIN_PERSON_GENERATIONS: &str = "admin-person-generations";
/// One ledger row on a person's page.
pub const ADMIN_PERSON_LEDGER: &str = "admin-person-ledger";
/// The reports about a person's shares on their page in the console.
pub const ADMIN_PERSON_REPORTS: &str = "admin-person-reports";
/// One live session on a person's page.
pub const ADMIN_PERSON_SESSION: &str = "admin-person-session";
/// "No session" on a person's page.
pub const ADMIN_PERSON_NO_SESSIONS: &str = "admin-person-no-sessions";
/// The credit adjustment form on a person's page.
pub const ADMIN_PERSON_CREDITS_FORM: &str = "admin-person-credits-form";
/// The suspend / unsuspend form on a person's page.
pub const ADMIN_PERSON_SUSPEND_FORM: &str = "admin-person-suspend-form";
/// The role form on a person's page.
pub const ADMIN_PERSON_ROLE_FORM: &str = "admin-person-role-form";
/// The deletion form on a person's page.
pub const ADMIN_PERSON_DELETE_FORM: &str = "admin-person-delete-form";
/// The credit balance on the billing page.
pub const BILLING_BALANCE: &str = "billing-balance";
/// One pack or plan offered (`data-item` is its id).
pub const BILLING_ITEM: &str = "billing-item";
/// One payment on the billing page.
pub const PAYMENT_ROW: &str = "payment-row";
/// Where a checkout the person came back from stands.
pub const CHECKOUT_STATE: &str = "checkout-state";
/// The trial form (`/try`).
pub const TRIAL_FORM: &str = "trial-form";
/// How many trial images are left (`data-left`).
pub const TRIAL_LEFT: &str = "trial-left";
/// One trial image (`data-status`).
pub const TRIAL_IMAGE: &str = "trial-image";
/// The "keep your images" invitation to sign up.
pub const TRIAL_KEEP: &str = "trial-keep";
/// The API key creation form.
pub const API_KEY_FORM: &str = "api-key-form";
/// The daily API cap form.
pub const API_DAILY_CAP_FORM: &str = "api-daily-cap-form";
/// The webhook endpoint form.
pub const WEBHOOK_FORM: &str = "webhook-form";
/// Where a new webhook secret is shown.
pub const WEBHOOK_SECRET_SHOWN: &str = "webhook-secret-shown";
/// A new webhook secret's text.
pub const WEBHOOK_SECRET: &str = "webhook-secret";
/// One row of the webhook delivery log.
pub const WEBHOOK_DELIVERY: &str = "webhook-delivery";
/// The usage chart.
pub const API_USAGE_CHART: &str = "api-usage-chart";
/// One day of the usage table.
pub const API_USAGE_DAY: &str = "api-usage-day";
/// One operation of the API reference.
pub const API_OPERATION: &str = "api-operation";
/// One API key in the list (`data-state`: active, expired, revoked).
pub const API_KEY_ROW: &str = "api-key-row";
/// The panel showing a new key once.
pub const API_KEY_SHOWN: &str = "api-key-shown";
/// The new key's text.
pub const API_KEY_TEXT: &str = "api-key-text";
/// A platform offered on Settings → Connections (`data-platform`: `Platform::as_str`).
pub const SOCIAL_OFFER: &str = "social-offer";
/// A "Connect …" or "Reconnect …" button (`data-platform`: `Platform::as_str`).
pub const SOCIAL_CONNECT: &str = "social-connect";
/// The empty state when the operator configured no platform.
pub const SOCIAL_NO_PLATFORMS: &str = "social-no-platforms";
/// One connection (`data-platform`; `data-reconnect="true"` when it must be connected again).
pub const SOCIAL_CONNECTION: &str = "social-connection";
/// A connection's form choosing where to publish.
pub const SOCIAL_TARGETS_FORM: &str = "social-targets-form";
/// A connection's disconnect form.
pub const SOCIAL_DISCONNECT_FORM: &str = "social-disconnect-form";
/// One row of the publishing history (`data-status`: `PostView::status`).
pub const SOCIAL_HISTORY_ROW: &str = "social-history-row";
/// The gallery item's link to its publish form.
pub const PUBLISH_LINK: &str = "publish-link";
/// The publish form.
pub const PUBLISH_FORM: &str = "publish-form";
/// One platform's preview under the publish form (`data-platform`; `data-over="true"` when the
/// caption is too long for it).
pub const PUBLISH_PREVIEW: &str = "publish-preview";
/// The reviewer's "Approve and publish" button.
pub const REVIEW_APPROVE: &str = "review-approve";
/// The reviewer's "Reject" button.
pub const REVIEW_REJECT: &str = "review-reject";
/// Where a review link stands when no decision is asked (`data-status`).
pub const REVIEW_STATUS: &str = "review-status";
/// A platform data-deletion request's status.
pub const DELETION_STATUS: &str = "deletion-status";
/// One figure at the top of the admin dashboard (`data-field`: `people`, `active`, `signups`,
/// `generations`, `failure-rate`, `open-support`, `open-reports`; `data-value`: the number,
/// for `failure-rate` the failed generations).
pub const DASH_TOTAL: &str = "dash-total";
/// The admin dashboard's period links (`aria-current="page"` on the chosen one).
pub const DASH_PERIOD: &str = "dash-period";
/// A figure's section of the admin dashboard (`data-figure`: `signups`, `active`,
/// `generations`, `queue`, `credits`, `revenue`); its table's rows have `data-day` and cells
/// `data-field`.
pub const DASH_FIGURE: &str = "dash-figure";
/// One provider's row in the dashboard's provider table (`data-provider`).
pub const DASH_PROVIDER: &str = "dash-provider";
/// The queue's state (`data-state`: `healthy` or `backlog`).
pub const DASH_QUEUE_STATE: &str = "dash-queue-state";
/// The "Report this image" link on a share page.
pub const REPORT_LINK: &str = "report-link";
/// The public report form.
pub const REPORT_FORM: &str = "report-form";
/// The heading of the thank-you page after a report.
pub const REPORT_THANKS: &str = "report-thanks";
/// The heading of a taken-down share's page (410).
pub const SHARE_GONE: &str = "share-gone";
/// A filter link on `/admin/reports`.
pub const REPORT_FILTER: &str = "report-filter";
/// One report on `/admin/reports` (`data-status`: its status code).
pub const REPORT_ROW: &str = "report-row";
/// One report's panel on `/admin/reports/{id}` (`data-status`).
pub const REPORT_DETAIL: &str = "report-detail";
/// The decision form of an open report.
pub const REPORT_DECIDE_FORM: &str = "report-decide-form";
/// A taken-down share on Settings → Shares.
pub const SHARE_TAKEN_DOWN: &str = "share-taken-down";
/// The blocklist's term count on `/admin/settings` (`data-value`: the number).
pub const SETTINGS_TERM_COUNT: &str = "settings-term-count";
/// The prompt test's answer on `/admin/settings` (`data-blocked`: `true` or `false`).
pub const SETTINGS_TEST_RESULT: &str = "settings-test-result";
/// One model's row in the table of `/admin/settings` (`data-model`: its id; `data-enabled`).
pub const SETTINGS_MODEL_ROW: &str = "settings-model-row";
/// One model's settings form on `/admin/settings` (`data-model`: its id).
pub const SETTINGS_MODEL_FORM: &str = "settings-model-form";
