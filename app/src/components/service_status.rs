//! The service status shown on the support page: "is it just me?" answered at a glance, and
//! checked again on demand.

use leptos::prelude::*;
use obscura_shared::{
    health::{CheckStatus, Readiness},
    testids,
};

use crate::rpc::{report, service_status};

/// What the status says, from the readiness checks.
fn summary(r: &Readiness) -> (&'static str, &'static str) {
    match (r.database, r.storage) {
        (CheckStatus::Ok, CheckStatus::Ok) => ("ok", "All systems operational"),
        (CheckStatus::Failing, _) => (
            "failing",
            "We're having trouble with our database. Your data is safe; please try again shortly.",
        ),
        (_, CheckStatus::Failing) => (
            "failing",
            "We're having trouble storing files. Your images are safe; please try again shortly.",
        ),
    }
}

/// The status panel. An island: the server renders the current state, and in the browser
/// "Check again" asks the server anew.
#[island]
pub fn ServiceStatus(initial: Readiness) -> impl IntoView {
    let status = RwSignal::new(Some(initial));
    let checking = RwSignal::new(false);
    let failed = RwSignal::new(false);
    let check = move |_| {
        checking.set(true);
        leptos::task::spawn_local(async move {
            match report(service_status().await) {
                Ok(r) => {
                    status.set(Some(r));
                    failed.set(false);
                }
                Err(_) => failed.set(true),
            }
            checking.set(false);
        });
    };
    view! {
        <div class="card flex flex-wrap items-center gap-4" data-testid=testids::SERVICE_STATUS>
            <p class="flex flex-1 items-center gap-3" role="status" aria-live="polite">
                {move || {
                    let (state, text) = status.get().as_ref().map_or(("unknown", "Status unknown"), summary);
                    let text = if failed.get() { "We couldn't reach the server to check. Try again in a moment." } else { text };
                    let dot = match state {
                        "ok" if !failed.get() => "bg-emerald-500",
                        _ => "bg-amber-500",
                    };
                    view! {
                        <span class=format!("h-3 w-3 shrink-0 rounded-full {dot}") aria-hidden="true"></span>
                        <span data-state=state>{text}</span>
                    }
                }}
            </p>
            <button
                type="button"
                class="btn-secondary"
                on:click=check
                disabled=move || checking.get()
                data-testid=testids::SERVICE_STATUS_CHECK
            >
                {move || if checking.get() { "Checking…" } else { "Check again" }}
            </button>
        </div>
    }
}
