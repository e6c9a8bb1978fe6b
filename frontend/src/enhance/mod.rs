//! Progressive enhancement of the chrome every page has: the theme switch and the connection
//! banner, plus the small page behaviours of [`actions`] (copy, share, hotkeys, infinite
//! scrolling). Pages work without it; with it, the switch cycles the theme and the banner reports
//! lost connections and retries on its own; [`passkeys`] runs WebAuthn where pages offer it.

mod actions;
mod passkeys;

use std::{cell::Cell, rc::Rc};

use obscura_shared::{
    routes, testids,
    theme::{self, Theme},
};
use wasm_bindgen::{JsCast, closure::Closure, prelude::wasm_bindgen};
use web_sys::{Document, Element, Window};

/// Runs when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    theme_switch(&window, &document);
    connection_banner(&window, &document);
    actions::attach(&window, &document);
    passkeys::attach(&window, &document);
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute(testids::HYDRATED_ATTR, "");
    }
}

fn by_testid(document: &Document, id: &str) -> Option<Element> {
    document
        .query_selector(&format!("[data-testid=\"{id}\"]"))
        .ok()
        .flatten()
}

fn theme_switch(window: &Window, document: &Document) {
    let Some(button) = by_testid(document, testids::THEME_TOGGLE) else {
        return;
    };
    let storage = window.local_storage().ok().flatten();
    let current = Theme::from_stored(
        storage
            .as_ref()
            .and_then(|s| s.get_item(theme::STORAGE_KEY).ok().flatten())
            .as_deref(),
    );
    label(&button, current);
    let window = window.clone();
    let document = document.clone();
    let target = button.clone();
    let on_click = Closure::<dyn FnMut()>::new(move || {
        let Some(root) = document.document_element() else {
            return;
        };
        let now = Theme::from_stored(root.get_attribute("data-theme").as_deref());
        let next = now.next();
        if let Some(storage) = &storage {
            let _ = match next.stored_value() {
                Some(v) => storage.set_item(theme::STORAGE_KEY, v),
                None => storage.remove_item(theme::STORAGE_KEY),
            };
        }
        let dark = match next {
            Theme::Dark => true,
            Theme::Light => false,
            Theme::System => window
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|m| m.matches()),
        };
        let _ = root.class_list().toggle_with_force("dark", dark);
        let _ = root.set_attribute("data-theme", next.stored_value().unwrap_or("system"));
        label(&target, next);
    });
    let _ = button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}

/// The switch's name and title for `current`, in the page's language (the server wrote each
/// theme's in the button's data attributes).
fn label(button: &Element, current: Theme) {
    if let Some(label) = button.get_attribute(current.label_attribute()) {
        let _ = button.set_attribute("aria-label", &label);
    }
    if let Some(title) = button.get_attribute(current.title_attribute()) {
        let _ = button.set_attribute("title", &title);
    }
}

const FIRST_DELAY_MS: i32 = 1_000;
const MAX_DELAY_MS: i32 = 30_000;

/// The banner's state machine. Each retry chain carries a generation; starting a new chain makes
/// older ones stop, so there is never more than one poller.
#[derive(Clone)]
struct Banner {
    window: Window,
    el: Element,
    state: Rc<Cell<&'static str>>,
    generation: Rc<Cell<u32>>,
}

impl Banner {
    fn set(&self, state: &'static str) {
        self.state.set(state);
        let _ = self.el.set_attribute("data-state", state);
        let message = match state {
            "offline" => "You're offline. We'll reconnect as soon as the network is back.",
            "reconnecting" => "Connection lost. Reconnecting…",
            "restored" => "Back online.",
            _ => "",
        };
        self.el.set_text_content(Some(message));
        if message.is_empty() {
            let _ = self.el.set_attribute("hidden", "");
        } else {
            let _ = self.el.remove_attribute("hidden");
        }
    }

    fn fail(&self, state: &'static str) {
        let was_up = matches!(self.state.get(), "up" | "restored");
        self.set(state);
        if was_up {
            self.restart(FIRST_DELAY_MS);
        }
    }

    fn restart(&self, delay: i32) {
        let generation = self.generation.get().wrapping_add(1);
        self.generation.set(generation);
        self.schedule(generation, delay);
    }

    fn schedule(&self, generation: u32, delay: i32) {
        let this = self.clone();
        let tick = Closure::once_into_js(move || {
            if this.generation.get() != generation {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                if this.generation.get() != generation {
                    return;
                }
                if ready(&this.window).await {
                    this.set("restored");
                    let later = this.clone();
                    this.after(3_000, move || {
                        if later.state.get() == "restored" {
                            later.set("up");
                        }
                    });
                } else {
                    if this.state.get() != "offline" {
                        this.set("reconnecting");
                    }
                    this.schedule(generation, (delay * 2).clamp(FIRST_DELAY_MS, MAX_DELAY_MS));
                }
            });
        });
        let _ = self
            .window
            .set_timeout_with_callback_and_timeout_and_arguments_0(tick.unchecked_ref(), delay);
    }

    fn after(&self, delay: i32, f: impl FnOnce() + 'static) {
        let cb = Closure::once_into_js(f);
        let _ = self
            .window
            .set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), delay);
    }
}

async fn ready(window: &Window) -> bool {
    let promise = window.fetch_with_str(routes::READYZ);
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(value) => value.dyn_into::<web_sys::Response>().is_ok_and(|r| r.ok()),
        Err(_) => false,
    }
}

fn connection_banner(window: &Window, document: &Document) {
    let Some(el) = by_testid(document, testids::CONNECTION_BANNER) else {
        return;
    };
    let banner = Banner {
        window: window.clone(),
        el,
        state: Rc::new(Cell::new("up")),
        generation: Rc::new(Cell::new(0)),
    };
    let listen = |event: &str, f: Box<dyn FnMut()>| {
        let cb = Closure::<dyn FnMut()>::wrap(f);
        let _ = window.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
        cb.forget();
    };
    let b = banner.clone();
    listen("offline", Box::new(move || b.fail("offline")));
    let b = banner.clone();
    listen(
        testids::NETWORK_ERROR_EVENT,
        Box::new(move || b.fail("reconnecting")),
    );
    let b = banner;
    listen(
        "online",
        Box::new(move || {
            if b.state.get() == "offline" {
                b.set("reconnecting");
                b.restart(0);
            }
        }),
    );
}
