//! The theme switch: system → light → dark, remembered in `localStorage` on this device only.
//!
//! Rendered on the server; the boot script in `<head>` sets `<html data-theme>` before first
//! paint (so the right icon shows at once, by CSS), and the `enhance` wasm module makes the
//! button cycle the theme, naming it with the labels written here for each theme (in the
//! page's language: the module carries no text).

use leptos::prelude::*;
use obscura_shared::{account::Language, t, testids};

use super::icons::{Monitor, Moon, Sun};

/// The theme switch button.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    // Rendered for the system theme (the stored one is known only in the browser).
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <button
            type="button"
            class="theme-toggle focus-ring inline-flex h-10 w-10 items-center justify-center rounded-lg border border-line text-muted transition hover:bg-surface hover:text-ink"
            data-testid=testids::THEME_TOGGLE
            aria-label=t!(lang, "theme-switch-system")
            title=t!(lang, "theme-system")
            data-label-system=t!(lang, "theme-switch-system")
            data-label-light=t!(lang, "theme-switch-light")
            data-label-dark=t!(lang, "theme-switch-dark")
            data-title-system=t!(lang, "theme-system")
            data-title-light=t!(lang, "theme-light")
            data-title-dark=t!(lang, "theme-dark")
        >
            <span class="theme-icon-system"><Monitor /></span>
            <span class="theme-icon-light"><Sun /></span>
            <span class="theme-icon-dark"><Moon /></span>
        </button>
    }
}
