//! The site footer: legal links, cookie settings, support, operator.

use std::sync::Arc;

use leptos::prelude::*;
use obscura_shared::{account::Language, i18n::FIELD, routes, site::SiteInfo, t, testids};

use super::icons::Logo;

/// The footer shown on every page.
#[component]
pub fn Footer(site: Arc<SiteInfo>) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let operator = site.controller.name_in(lang);
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
                        {t!(lang, "footer-tagline", operator = operator)}
                    </p>
                    {development
                        .then(|| {
                            view! {
                                <p class="mt-3 inline-flex items-center gap-2 rounded-full border border-line px-3 py-1 text-xs text-muted">
                                    <span class="h-2 w-2 rounded-full bg-amber-500" aria-hidden="true"></span>
                                    {t!(lang, "footer-development")}
                                </p>
                            }
                        })}
                </div>
                <div class="flex flex-col gap-6 md:items-end">
                <nav aria-label=t!(lang, "footer-nav")>
                    <ul class="grid grid-cols-2 gap-x-8 gap-y-2 text-sm sm:flex sm:gap-6">
                        <li><a class="footer-link" href=routes::PRIVACY>{t!(lang, "footer-privacy")}</a></li>
                        <li><a class="footer-link" href=routes::TERMS>{t!(lang, "footer-terms")}</a></li>
                        <li><a class="footer-link" href=routes::COOKIES>{t!(lang, "footer-cookies")}</a></li>
                        <li><a class="footer-link" href=routes::SUPPORT>{t!(lang, "footer-support")}</a></li>
                        <li><a class="footer-link" href=routes::DOCS_API>{t!(lang, "footer-api")}</a></li>
                    </ul>
                </nav>
                <LanguageSwitch lang />
                </div>
            </div>
        </footer>
    }
}

/// The language switch: a plain form (no script); the server sends the browser back to the
/// page it came from (its `Referer`), so the page itself does not echo its address.
#[component]
fn LanguageSwitch(lang: Language) -> impl IntoView {
    view! {
        <form method="post" action=routes::LANGUAGE class="flex items-end gap-2" data-testid=testids::LANGUAGE_SWITCH>
            <label class="grid gap-1 text-sm text-muted">
                {t!(lang, "footer-language")}
                <select name=FIELD class="input w-auto py-1.5 text-sm">
                    {Language::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.code() selected=l == lang lang=l.code()>
                                    {l.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <button type="submit" class="btn-ghost py-1.5 text-sm">{t!(lang, "footer-language-apply")}</button>
        </form>
    }
}
