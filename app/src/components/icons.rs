//! Inline SVG icons (decorative: hidden from assistive technology).

use leptos::prelude::*;

/// The Obscura mark: an aperture.
#[component]
pub fn Logo(#[prop(default = "h-7 w-7")] class: &'static str) -> impl IntoView {
    view! {
        <svg class=class viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <defs>
                <linearGradient id="obscura-mark" x1="0" y1="0" x2="1" y2="1">
                    <stop offset="0" stop-color="#8b5cf6" />
                    <stop offset="1" stop-color="#ec4899" />
                </linearGradient>
            </defs>
            <circle cx="16" cy="16" r="14" fill="url(#obscura-mark)" />
            <circle cx="16" cy="16" r="6.5" fill="none" stroke="white" stroke-width="2.5" />
            <path d="M16 2v7.5M30 16h-7.5M16 30v-7.5M2 16h7.5" stroke="white" stroke-width="2" stroke-linecap="round" opacity=".75" />
        </svg>
    }
}

/// A sun, for the light theme.
#[component]
pub fn Sun() -> impl IntoView {
    view! {
        <svg class="h-5 w-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" stroke-linecap="round" />
        </svg>
    }
}

/// A moon, for the dark theme.
#[component]
pub fn Moon() -> impl IntoView {
    view! {
        <svg class="h-5 w-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true" focusable="false">
            <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" stroke-linejoin="round" />
        </svg>
    }
}

/// A monitor, for following the system theme.
#[component]
pub fn Monitor() -> impl IntoView {
    view! {
        <svg class="h-5 w-5" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true" focusable="false">
            <rect x="3" y="4" width="18" height="12" rx="2" />
            <path d="M8 20h8M12 16v4" stroke-linecap="round" />
        </svg>
    }
}
