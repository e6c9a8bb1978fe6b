//! The site header: brand, navigation, theme switch and account calls to action.

use leptos::prelude::*;
use obscura_shared::{routes, testids};

use super::{icons::Logo, theme_toggle::ThemeToggle};
use crate::account::viewer;

const NAV: &[(&str, &str)] = &[
    (routes::PRIVACY, "Privacy"),
    (routes::TERMS, "Terms"),
    (routes::SUPPORT, "Support"),
];

/// The header shown on every page.
#[component]
pub fn Header() -> impl IntoView {
    let me = viewer();
    let signed_in = me.is_some();
    let account = me.map(|v| {
        let initials = v.initials();
        view! {
            <details class="group relative" data-testid=testids::ACCOUNT_MENU>
                <summary
                    class="focus-ring flex h-10 cursor-pointer list-none items-center gap-2 rounded-full border border-line pl-1 pr-3 hover:bg-surface [&::-webkit-details-marker]:hidden"
                    aria-label=format!("Account menu for {}", v.name)
                >
                    {if v.has_avatar {
                        view! { <img src=routes::SETTINGS_AVATAR alt="" width="32" height="32" class="h-8 w-8 rounded-full object-cover" /> }.into_any()
                    } else {
                        view! { <span class="flex h-8 w-8 items-center justify-center rounded-full bg-accent text-xs font-bold text-on-accent" aria-hidden="true">{initials}</span> }.into_any()
                    }}
                    <span class="hidden max-w-[10rem] truncate text-sm font-medium sm:inline">{v.name.clone()}</span>
                </summary>
                <div class="absolute right-0 mt-2 w-64 rounded-xl border border-line bg-surface p-2 shadow-xl">
                    <p class="truncate px-3 pt-2 text-sm text-muted">{v.email.clone()}</p>
                    <p class="px-3 pb-2 text-sm font-medium" data-testid=testids::CREDITS>
                        {format!("{} credit{}", v.credits, if v.credits == 1 { "" } else { "s" })}
                    </p>
                    <ul class="border-t border-line pt-2">
                        <li><a href=routes::SETTINGS_PROFILE class="nav-link block">"Profile"</a></li>
                        <li><a href=routes::SETTINGS_SECURITY class="nav-link block">"Security"</a></li>
                        <li><a href=routes::SETTINGS_SHARES class="nav-link block">"Shares"</a></li>
                    </ul>
                    <form method="post" action=routes::LOGOUT class="mt-2 border-t border-line pt-2">
                        <button type="submit" class="nav-link block w-full text-left" data-testid=testids::SIGN_OUT>"Sign out"</button>
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
                <nav aria-label="Main" class="ml-6 hidden md:block">
                    <ul class="flex items-center gap-1">
                        {signed_in.then(|| view! {
                            <li><a href=routes::CREATE class="nav-link font-semibold text-ink">"Create"</a></li>
                            <li><a href=routes::GALLERY class="nav-link font-semibold text-ink">"Gallery"</a></li>
                        })}
                        {NAV
                            .iter()
                            .map(|(href, label)| {
                                view! {
                                    <li>
                                        <a href=*href class="nav-link">{*label}</a>
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
                        <a href=routes::LOGIN class="btn-ghost hidden sm:inline-flex">"Sign in"</a>
                        <a href=routes::SIGNUP class="btn-primary hidden sm:inline-flex">"Get started"</a>
                    })}
                    <details class="group relative md:hidden">
                        <summary
                            class="focus-ring flex h-10 w-10 cursor-pointer list-none items-center justify-center rounded-lg border border-line hover:bg-surface [&::-webkit-details-marker]:hidden"
                            data-testid=testids::NAV_TOGGLE
                            aria-label="Menu"
                        >
                            <svg class="h-5 w-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">
                                <path d="M4 7h16M4 12h16M4 17h16" stroke-linecap="round" />
                            </svg>
                        </summary>
                        <nav
                            aria-label="Mobile"
                            class="absolute right-0 mt-2 w-56 rounded-xl border border-line bg-surface p-2 shadow-xl"
                        >
                            <ul class="flex flex-col">
                                {signed_in.then(|| view! {
                                    <li><a href=routes::CREATE class="nav-link block font-semibold text-ink">"Create"</a></li>
                                    <li><a href=routes::GALLERY class="nav-link block font-semibold text-ink">"Gallery"</a></li>
                                })}
                                {NAV
                                    .iter()
                                    .map(|(href, label)| {
                                        view! {
                                            <li>
                                                <a href=*href class="nav-link block">{*label}</a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                                {(!signed_in).then(|| view! {
                                    <li class="mt-2 border-t border-line pt-2">
                                        <a href=routes::LOGIN class="nav-link block">"Sign in"</a>
                                    </li>
                                    <li>
                                        <a href=routes::SIGNUP class="nav-link block font-semibold text-accent">"Get started"</a>
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
