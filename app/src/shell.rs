//! The HTML document around every page, and the router.

use leptos::prelude::*;
use leptos_meta::{Meta, MetaTags, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::components::{consent::CookieSettings, layout::Layout};
use crate::pages::{
    accounts::{AuthProblem, LinkLandingPage, Login, ResetRequest, Signup, SignupSent},
    admin::{AdminAnalytics, AdminAudit, AdminMessage, AdminRequests, AdminSupport},
    admin_dashboard::AdminDashboard,
    admin_people::{AdminPeople, AdminPerson},
    admin_settings::AdminSettingsPage,
    api_docs::ApiDocs,
    api_keys::ApiKeys,
    api_usage::ApiUsage,
    billing::{AdminPaymentsPage, Billing, Pricing},
    connections::{Connections, ConnectionsHistory},
    create::Create,
    deletion_status::DeletionStatusPage,
    gallery::Gallery,
    gallery_item::GalleryItemPage,
    landing::Landing,
    mfa::{TwoStepPage, TwoStepRequired},
    not_found::NotFound,
    outbox::Outbox,
    policy::Privacy,
    policy_versions::PolicyVersions,
    privacy_center::PrivacyCenter,
    publish::{Publish, PublishReview},
    reports::{AdminReport, AdminReports, ShareReportPage},
    settings::{Profile, Security},
    sharing::{list::Shares, public::SharePage},
    support::Support,
    terms::Terms,
    trial::Try,
};

/// Hashed asset file names of the current build, provided by the server.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SiteAssets {
    /// The stylesheet, e.g. `/pkg/obscura-1a2b3c4d.css`.
    pub stylesheet: String,
    /// The `enhance` module's JS glue, e.g. `/pkg/enhance-0123abcd.js`.
    pub enhance_js: String,
    /// The `enhance` module's wasm.
    pub enhance_wasm: String,
}

/// Loads the small `enhance` wasm module that every page uses (theme switch, connection
/// banner). It is a few kilobytes and has no framework inside.
#[component]
fn EnhanceScript(assets: SiteAssets) -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    let js = assets.enhance_js;
    let wasm = assets.enhance_wasm;
    let loader =
        format!("import init from {js:?};init({{module_or_path:{wasm:?}}}).catch(function(){{}});");
    view! {
        <link rel="modulepreload" href=js.clone() />
        <link rel="preload" href=wasm r#as="fetch" r#type="application/wasm" crossorigin="" />
        <script type="module" nonce=nonce>{loader}</script>
    }
}

/// Loads the Leptos islands bundle. Pages that contain `#[island]`s include it (the support
/// page now, the signed-in app's layout later); light pages do not, which keeps them within
/// their byte budget.
#[component]
pub fn IslandScripts() -> impl IntoView {
    use_context::<LeptosOptions>()
        .map(|options| view! { <HydrationScripts options islands=true /> })
}

/// Sets the `dark` class and `data-theme` before first paint, so that a stored or system dark
/// theme never flashes, and follows the system setting while no theme is stored.
static THEME_BOOT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let key = obscura_shared::theme::STORAGE_KEY;
    format!(
        r#"(function(){{try{{var d=document.documentElement,m=window.matchMedia("(prefers-color-scheme: dark)");function a(){{var t=localStorage.getItem("{key}");d.classList.toggle("dark",t==="dark"||(t!=="light"&&m.matches));d.dataset.theme=t||"system";}}a();m.addEventListener("change",a);}}catch(e){{}}}})();"#
    )
});

/// The document shell rendered around the app on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    provide_context(options);
    let assets = use_context::<SiteAssets>().unwrap_or_default();
    let nonce = leptos::nonce::use_nonce();
    let lang = use_context::<obscura_shared::account::Language>().unwrap_or_default();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <script nonce=nonce>{THEME_BOOT.as_str()}</script>
                <link rel="stylesheet" href=assets.stylesheet.clone() />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <EnhanceScript assets />
                <MetaTags />
            </head>
            <body class="min-h-screen bg-canvas text-ink antialiased">
                <App />
            </body>
        </html>
    }
}

/// The application: routes and the page layout.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let site = crate::site_info();
    let lang = use_context::<obscura_shared::account::Language>().unwrap_or_default();
    let description = obscura_shared::t!(lang, "shell-description");
    view! {
        <Title formatter=|page: String| {
            if page.is_empty() { "Obscura".to_string() } else { format!("{page} · Obscura") }
        } />
        <Meta name="description" content=description />
        <Meta name="theme-color" content="#0b0b12" />
        <Router>
            <crate::components::alternates::Alternates />
            <Layout site>
                <Routes fallback=|| view! { <NotFound /> }.into_any()>
                    <Route path=path!("/") view=Landing />
                    <Route path=path!("/privacy") view=Privacy />
                    <Route path=path!("/privacy/versions") view=PolicyVersions />
                    <Route path=path!("/terms") view=Terms />
                    <Route path=path!("/cookies") view=CookieSettings />
                    <Route path=path!("/support") view=Support />
                    <Route path=path!("/pricing") view=Pricing />
                    <Route path=path!("/docs/api") view=ApiDocs ssr=SsrMode::Async />
                    <Route path=path!("/try") view=Try ssr=SsrMode::Async />
                    <Route path=path!("/login") view=Login />
                    <Route path=path!("/signup") view=Signup />
                    <Route path=path!("/signup/sent") view=SignupSent />
                    <Route path=path!("/reset") view=ResetRequest />
                    <Route path=path!("/auth/confirm") view=LinkLandingPage />
                    <Route path=path!("/auth/problem") view=AuthProblem />
                    <Route path=path!("/auth/two-step") view=TwoStepPage />
                    <Route path=path!("/auth/two-step-required") view=TwoStepRequired />
                    <Route path=path!("/create") view=Create />
                    <Route path=path!("/gallery") view=Gallery ssr=SsrMode::Async />
                    <Route path=path!("/gallery/:id") view=GalleryItemPage ssr=SsrMode::Async />
                    <Route path=path!("/gallery/:id/publish") view=Publish ssr=SsrMode::Async />
                    <Route path=path!("/publish/review/:token") view=PublishReview ssr=SsrMode::Async />
                    <Route path=path!("/deletion-status/:code") view=DeletionStatusPage ssr=SsrMode::Async />
                    <Route path=path!("/share/:id") view=SharePage ssr=SsrMode::Async />
                    <Route path=path!("/share/:id/report") view=ShareReportPage ssr=SsrMode::Async />
                    <Route path=path!("/settings/profile") view=Profile />
                    <Route path=path!("/settings/security") view=Security />
                    <Route path=path!("/settings/shares") view=Shares />
                    <Route path=path!("/settings/privacy") view=PrivacyCenter />
                    <Route path=path!("/settings/billing") view=Billing ssr=SsrMode::Async />
                    <Route path=path!("/settings/api") view=ApiKeys ssr=SsrMode::Async />
                    <Route path=path!("/settings/api/usage") view=ApiUsage ssr=SsrMode::Async />
                    <Route path=path!("/settings/connections") view=Connections ssr=SsrMode::Async />
                    <Route path=path!("/settings/connections/history") view=ConnectionsHistory ssr=SsrMode::Async />
                    <Route path=path!("/dev/outbox") view=Outbox />
                    <Route path=path!("/admin") view=AdminDashboard />
                    <Route path=path!("/admin/support") view=AdminSupport />
                    <Route path=path!("/admin/support/:id") view=AdminMessage />
                    <Route path=path!("/admin/users") view=AdminPeople ssr=SsrMode::Async />
                    <Route path=path!("/admin/users/:id") view=AdminPerson ssr=SsrMode::Async />
                    <Route path=path!("/admin/requests") view=AdminRequests />
                    <Route path=path!("/admin/analytics") view=AdminAnalytics />
                    <Route path=path!("/admin/audit") view=AdminAudit />
                    <Route path=path!("/admin/reports") view=AdminReports />
                    <Route path=path!("/admin/reports/:id") view=AdminReport />
                    <Route path=path!("/admin/payments") view=AdminPaymentsPage />
                    <Route path=path!("/admin/settings") view=AdminSettingsPage />
                </Routes>
            </Layout>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn route_constants_match_router_paths() {
        // The router's `path!` macro needs literals; this keeps them in step with `shared`.
        assert_eq!(obscura_shared::routes::PRIVACY, "/privacy");
        assert_eq!(obscura_shared::routes::TERMS, "/terms");
        assert_eq!(obscura_shared::routes::SUPPORT, "/support");
        assert_eq!(obscura_shared::routes::COOKIES, "/cookies");
        assert_eq!(
            obscura_shared::routes::PRIVACY_VERSIONS,
            "/privacy/versions"
        );
        assert_eq!(obscura_shared::routes::HOME, "/");
        assert_eq!(obscura_shared::routes::TRY, "/try");
        assert_eq!(obscura_shared::routes::SETTINGS_API, "/settings/api");
        assert_eq!(obscura_shared::routes::DOCS_API, "/docs/api");
        assert_eq!(
            obscura_shared::routes::SETTINGS_API_USAGE,
            "/settings/api/usage"
        );
        assert_eq!(
            obscura_shared::routes::SETTINGS_CONNECTIONS,
            "/settings/connections"
        );
        assert_eq!(
            obscura_shared::routes::SETTINGS_CONNECTIONS_HISTORY,
            "/settings/connections/history"
        );
        assert_eq!(
            obscura_shared::routes::publish(":id"),
            "/gallery/:id/publish"
        );
        assert_eq!(
            obscura_shared::routes::PUBLISH_REVIEW,
            "/publish/review/{token}"
        );
        assert_eq!(
            obscura_shared::routes::DELETION_STATUS,
            "/deletion-status/{code}"
        );
        assert_eq!(obscura_shared::routes::LOGIN, "/login");
        assert_eq!(obscura_shared::routes::SIGNUP, "/signup");
        assert_eq!(obscura_shared::routes::SIGNUP_SENT, "/signup/sent");
        assert_eq!(obscura_shared::routes::RESET, "/reset");
        assert_eq!(obscura_shared::routes::LINK_LANDING, "/auth/confirm");
        assert_eq!(obscura_shared::routes::AUTH_PROBLEM, "/auth/problem");
        assert_eq!(
            obscura_shared::routes::SETTINGS_PROFILE,
            "/settings/profile"
        );
        assert_eq!(
            obscura_shared::routes::SETTINGS_SECURITY,
            "/settings/security"
        );
        assert_eq!(obscura_shared::routes::DEV_OUTBOX, "/dev/outbox");
        assert_eq!(obscura_shared::routes::CREATE, "/create");
        assert_eq!(obscura_shared::routes::GALLERY, "/gallery");
        assert_eq!(obscura_shared::routes::gallery_item(":id"), "/gallery/:id");
        assert_eq!(obscura_shared::routes::share_page(":id"), "/share/:id");
        assert_eq!(obscura_shared::routes::SETTINGS_SHARES, "/settings/shares");
        assert_eq!(
            obscura_shared::routes::SETTINGS_PRIVACY,
            "/settings/privacy"
        );
    }
}
