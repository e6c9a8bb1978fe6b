//! The theme switch: system → light → dark, remembered in `localStorage` on this device only.
//!
//! Rendered on the server; the boot script in `<head>` sets `<html data-theme>` before first
//! paint (so the right icon shows at once, by CSS), and the `enhance` wasm module makes the
//! button cycle the theme.

use leptos::prelude::*;
use obscura_shared::{testids, theme::Theme};

use super::icons::{Monitor, Moon, Sun};

/// The theme switch button.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let initial = Theme::System;
    view! {
        <button
            type="button"
            class="theme-toggle focus-ring inline-flex h-10 w-10 items-center justify-center rounded-lg border border-line text-muted transition hover:bg-surface hover:text-ink"
            data-testid=testids::THEME_TOGGLE
            aria-label=obscura_shared::theme::switch_label(initial)
            title=initial.label()
        >
            <span class="theme-icon-system"><Monitor /></span>
            <span class="theme-icon-light"><Sun /></span>
            <span class="theme-icon-dark"><Moon /></span>
        </button>
    }
}
