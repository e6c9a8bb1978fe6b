//! The frame of every page: skip link, header, main landmark, footer, connection banner.

use std::sync::Arc;

use leptos::prelude::*;
use obscura_shared::{account::Language, site::SiteInfo, t};

use super::{
    connection::ConnectionBanner,
    consent::{CookieBanner, consent},
    error_panel::ErrorPanel,
    footer::Footer,
    header::Header,
};

/// Wraps a page in the site frame.
#[component]
pub fn Layout(site: Arc<SiteInfo>, children: Children) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <a
            href="#main"
            class="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-accent focus:px-4 focus:py-2 focus:text-on-accent"
        >
            {t!(lang, "layout-skip")}
        </a>
        <ConnectionBanner />
        {
            // Shown until a current choice exists (not on the settings page, which is the same form).
            let view = consent();
            (view.ask.is_some() && view.path != obscura_shared::routes::COOKIES)
                .then(|| view! { <CookieBanner view /> })
        }
        <div class="flex min-h-screen flex-col">
            <Header />
            {crate::account::viewer().filter(|v| !v.verified).map(|_| view! {
                <div class="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid=obscura_shared::testids::VERIFY_BANNER role="status">
                    <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm sm:px-6">
                        <p>{t!(lang, "layout-verify")}</p>
                        <form method="post" action=obscura_shared::routes::RESEND_VERIFICATION>
                            <button type="submit" class="font-semibold underline underline-offset-4 focus-ring rounded">{t!(lang, "layout-verify-resend")}</button>
                        </form>
                    </div>
                </div>
            })}
            {crate::account::viewer().and_then(|v| v.policy_notice).map(|n| view! { <PolicyBanner notice=n /> })}
            <main id="main" tabindex="-1" class="flex-1 focus:outline-none">
                <ErrorBoundary fallback=|_errors| view! { <ErrorPanel /> }>{children()}</ErrorBoundary>
            </main>
            <Footer site />
        </div>
    }
}

/// Tells a signed-in person about a policy change: ahead of it, and after it until they say
/// they have seen it.
#[component]
fn PolicyBanner(notice: obscura_shared::site::PolicyNotice) -> impl IntoView {
    use obscura_shared::routes;
    let lang = use_context::<Language>().unwrap_or_default();
    let lead = if notice.upcoming {
        t!(
            lang,
            "layout-policy-upcoming",
            date = &notice.effective_date
        )
    } else {
        t!(lang, "layout-policy-changed", date = &notice.effective_date)
    };
    view! {
        <div class="border-b border-violet-300 bg-violet-50 text-violet-950 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-100" data-testid=obscura_shared::testids::POLICY_NOTICE role="region" aria-label=t!(lang, "layout-policy-region")>
            <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm sm:px-6">
                <p>
                    <strong>{lead}</strong>" " {notice.summary} " "
                    <a class="font-semibold underline underline-offset-4 focus-ring rounded" href=routes::PRIVACY_VERSIONS>{t!(lang, "layout-policy-see")}</a>
                </p>
                <form method="post" action=routes::POLICY_ACK class="ml-auto">
                    <input type="hidden" name="version" value=notice.version />
                    <button type="submit" class="font-semibold underline underline-offset-4 focus-ring rounded">{t!(lang, "layout-policy-ack")}</button>
                </form>
            </div>
        </div>
    }
}
