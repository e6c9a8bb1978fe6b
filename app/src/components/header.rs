//! The site header: brand, navigation, theme switch and account calls to action.

use leptos::prelude::*;
use obscura_shared::{account::Language, routes, t, testids};

use super::{icons::Logo, theme_toggle::ThemeToggle};
use crate::account::viewer;

/// The links everyone sees, with their labels in `lang`.
fn nav(lang: Language) -> [(&'static str, String); 3] {
    [
        (routes::PRIVACY, t!(lang, "nav-privacy")),
        (routes::TERMS, t!(lang, "nav-terms")),
        (routes::SUPPORT, t!(lang, "nav-support")),
    ]
}

/// The header shown on every page.
#[component]
pub fn Header() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let me = viewer();
    let signed_in = me.is_some();
    let account = me.map(|v| {
        let initials = v.initials();
        view! {
            <details class="group relative" data-testid=testids::ACCOUNT_MENU>
                <summary
                    class="focus-ring flex h-10 cursor-pointer list-none items-center gap-2 rounded-full border border-line pl-1 pr-3 hover:bg-surface [&::-webkit-details-marker]:hidden"
                    aria-label=t!(lang, "nav-account-menu", name = &v.name)
                >
                    {if v.has_avatar {
                        view! { <img src=routes::SETTINGS_AVATAR alt="" width="32" height="32" class="h-8 w-8 rounded-full object-cover" /> }.into_any()
                    } else {
                        view! { <span class="flex h-8 w-8 items-center justify-center rounded-full bg-accent text-xs font-bold text-on-accent" aria-hidden="true">{initials}</span> }.into_any()
                    }}
                    <span class="hidden max-w-[10rem] truncate text-sm font-medium sm:inline" translate="no">{v.name.clone()}</span>
                </summary>
                <div class="absolute right-0 mt-2 w-64 rounded-xl border border-line bg-surface p-2 shadow-xl">
                    <p class="truncate px-3 pt-2 text-sm text-muted">{v.email.clone()}</p>
                    <p class="px-3 pb-2 text-sm font-medium" data-testid=testids::CREDITS>
                        {t!(lang, "nav-credits", count = v.credits)}
                    </p>
                    <ul class="border-t border-line pt-2">
                        <li><a href=routes::SETTINGS_PROFILE class="nav-link block">{t!(lang, "nav-profile")}</a></li>
                        <li><a href=routes::SETTINGS_SECURITY class="nav-link block">{t!(lang, "nav-security")}</a></li>
                        <li><a href=routes::SETTINGS_SHARES class="nav-link block">{t!(lang, "nav-shares")}</a></li>
                    </ul>
                    <form method="post" action=routes::LOGOUT class="mt-2 border-t border-line pt-2">
                        <button type="submit" class="nav-link block w-full text-left" data-testid=testids::SIGN_OUT>{t!(lang, "nav-sign-out")}</button>
                    </form>
                </div>
            </details>
        }
    });
    view! {
        <header
            class="sticky top-0 z-30 border-b border-line bg-canvas/85 backdrop-blur supports-[backdrop-filter]:bg-canvas/70"
            data-testid=testids::SITE_HEADER
        >
            <div class="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4 sm:px-6">
                <a href=routes::HOME class="focus-ring flex items-center gap-2 rounded-lg font-semibold tracking-tight">
                    <Logo />
                    <span class="text-lg">"Obscura"</span>
                </a>
                <nav aria-label=t!(lang, "nav-main") class="ml-6 hidden md:block">
                    <ul class="flex items-center gap-1">
                        {signed_in.then(|| view! {
                            <li><a href=routes::CREATE class="nav-link font-semibold text-ink">{t!(lang, "nav-create")}</a></li>
                            <li><a href=routes::GALLERY class="nav-link font-semibold text-ink">{t!(lang, "nav-gallery")}</a></li>
                        })}
                        {nav(lang)
                            .into_iter()
                            .map(|(href, label)| {
                                view! {
                                    <li>
                                        <a href=href class="nav-link">{label}</a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
                <div class="ml-auto flex items-center gap-2">
                    <ThemeToggle />
                    {account}
                    {(!signed_in).then(|| view! {
                        <a href=routes::LOGIN class="btn-ghost hidden sm:inline-flex">{t!(lang, "nav-sign-in")}</a>
                        <a href=routes::SIGNUP class="btn-primary hidden sm:inline-flex">{t!(lang, "nav-get-started")}</a>
                    })}
                    <details class="group relative md:hidden">
                        <summary
                            class="focus-ring flex h-10 w-10 cursor-pointer list-none items-center justify-center rounded-lg border border-line hover:bg-surface [&::-webkit-details-marker]:hidden"
                            data-testid=testids::NAV_TOGGLE
                            aria-label=t!(lang, "nav-menu")
                        >
                            <svg class="h-5 w-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
                                <path d="M4 7h16M4 12h16M4 17h16" stroke-linecap="round" />
                            </svg>
                        </summary>
                        <nav
                            aria-label=t!(lang, "nav-mobile")
                            class="absolute right-0 mt-2 w-56 rounded-xl border border-line bg-surface p-2 shadow-xl"
                        >
                            <ul class="flex flex-col">
                                {signed_in.then(|| view! {
                                    <li><a href=routes::CREATE class="nav-link block font-semibold text-ink">{t!(lang, "nav-create")}</a></li>
                                    <li><a href=routes::GALLERY class="nav-link block font-semibold text-ink">{t!(lang, "nav-gallery")}</a></li>
                                })}
                                {nav(lang)
                                    .into_iter()
                                    .map(|(href, label)| {
                                        view! {
                                            <li>
                                                <a href=href class="nav-link block">{label}</a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                                {(!signed_in).then(|| view! {
                                    <li class="mt-2 border-t border-line pt-2">
                                        <a href=routes::LOGIN class="nav-link block">{t!(lang, "nav-sign-in")}</a>
                                    </li>
                                    <li>
                                        <a href=routes::SIGNUP class="nav-link block font-semibold text-accent">{t!(lang, "nav-get-started")}</a>
                                    </li>
                                })}
                            </ul>
                        </nav>
                    </details>
                </div>
            </div>
        </header>
    }
}
