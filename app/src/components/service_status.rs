//! The service status shown on the support page: "is it just me?" answered at a glance, and
//! checked again on demand.

use leptos::prelude::*;
use obscura_shared::{
    account::Language,
    health::{CheckStatus, Readiness},
    t, testids,
};
use serde::{Deserialize, Serialize};

use crate::rpc::{report, service_status};

/// The panel's words in the reader's language, rendered on the server (the browser has no
/// catalogue).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ServiceStatusText {
    /// "All systems operational".
    pub ok: String,
    /// The database is failing.
    pub database: String,
    /// Storage is failing.
    pub storage: String,
    /// "Status unknown".
    pub unknown: String,
    /// The check itself could not reach the server.
    pub unreachable: String,
    /// "Check again".
    pub check: String,
    /// "Checking…".
    pub checking: String,
}

impl ServiceStatusText {
    /// The words in `lang`.
    #[must_use]
    pub fn new(lang: Language) -> Self {
        Self {
            ok: t!(lang, "status-ok"),
            database: t!(lang, "status-database"),
            storage: t!(lang, "status-storage"),
            unknown: t!(lang, "status-unknown"),
            unreachable: t!(lang, "status-unreachable"),
            check: t!(lang, "status-check"),
            checking: t!(lang, "status-checking"),
        }
    }
}

/// What the status says, from the readiness checks: its state and its words.
fn summary(r: &Readiness, text: &ServiceStatusText) -> (&'static str, String) {
    match (r.database, r.storage) {
        (CheckStatus::Ok, CheckStatus::Ok) => ("ok", text.ok.clone()),
        (CheckStatus::Failing, _) => ("failing", text.database.clone()),
        (_, CheckStatus::Failing) => ("failing", text.storage.clone()),
    }
}

/// The status panel, in the reader's language.
#[component]
pub fn ServiceStatus(initial: Readiness) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! { <ServiceStatusPanel initial text=ServiceStatusText::new(lang) /> }
}

/// The status panel itself. An island: the server renders the current state, and in the
/// browser "Check again" asks the server anew.
#[island]
pub fn ServiceStatusPanel(initial: Readiness, text: ServiceStatusText) -> impl IntoView {
    let text = StoredValue::new(text);
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
                    let (state, words) = text.with_value(|t| {
                        let (state, words) = status
                            .get()
                            .as_ref()
                            .map_or(("unknown", t.unknown.clone()), |r| summary(r, t));
                        (state, if failed.get() { t.unreachable.clone() } else { words })
                    });
                    let dot = match state {
                        "ok" if !failed.get() => "bg-emerald-500",
                        _ => "bg-amber-500",
                    };
                    view! {
                        <span class=format!("h-3 w-3 shrink-0 rounded-full {dot}") aria-hidden="true"></span>
                        <span data-state=state>{words}</span>
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
                {move || text.with_value(|t| if checking.get() { t.checking.clone() } else { t.check.clone() })}
            </button>
        </div>
    }
}
