//! The site footer: legal links, cookie settings, support, operator.

use std::sync::Arc;

use leptos::prelude::*;
use obscura_shared::{routes, site::SiteInfo, testids};

use super::icons::Logo;

/// The footer shown on every page.
#[component]
pub fn Footer(site: Arc<SiteInfo>) -> impl IntoView {
    let operator = site.controller.name.clone();
    let development = site.development;
    view! {
        <footer class="border-t border-line bg-surface/40" data-testid=testids::SITE_FOOTER>
            <div class="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:px-6 md:grid-cols-[1fr_auto]">
                <div>
                    <a href=routes::HOME class="focus-ring inline-flex items-center gap-2 rounded-lg font-semibold">
                        <Logo class="h-6 w-6" />
                        "Obscura"
                    </a>
                    <p class="mt-3 max-w-sm text-sm text-muted">
                        "A private image studio. Operated by " {operator} "."
                    </p>
                    {development
                        .then(|| {
                            view! {
                                <p class="mt-3 inline-flex items-center gap-2 rounded-full border border-line px-3 py-1 text-xs text-muted">
                                    <span class="h-2 w-2 rounded-full bg-amber-500" aria-hidden="true"></span>
                                    "Development mode"
                                </p>
                            }
                        })}
                </div>
                <nav aria-label="Footer">
                    <ul class="grid grid-cols-2 gap-x-8 gap-y-2 text-sm sm:flex sm:gap-6">
                        <li><a class="footer-link" href=routes::PRIVACY>"Privacy"</a></li>
                        <li><a class="footer-link" href=routes::TERMS>"Terms"</a></li>
                        <li><a class="footer-link" href=routes::COOKIES>"Cookie settings"</a></li>
                        <li><a class="footer-link" href=routes::SUPPORT>"Support"</a></li>
                        <li><a class="footer-link" href=routes::DOCS_API>"API"</a></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}
