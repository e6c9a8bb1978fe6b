//! Small behaviours of server-rendered pages, each on a data attribute, each optional:
//!
//! - `button[data-copy]`: copies the attribute's text (shown only where the clipboard works);
//! - `button[data-web-share]`: the system share sheet (shown only where it exists);
//! - `a[data-hotkey]`: the named key (e.g. `ArrowLeft`) follows the link, outside form fields;
//! - `a[data-infinite=ID]`: a "load more" link whose next page's items are appended to the list
//!   with that id when the link scrolls into view, and which then points at the page after.

use std::{cell::Cell, rc::Rc};

use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{Document, Element, HtmlElement, KeyboardEvent, Window};

pub(super) fn all(document: &Document, selector: &str) -> Vec<Element> {
    let Ok(list) = document.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

pub(super) fn on(el: &Element, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = el.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

pub(super) fn has(target: &JsValue, name: &str) -> bool {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null())
}

/// Attaches every behaviour present on the page.
pub fn attach(window: &Window, document: &Document) {
    copy_buttons(window, document);
    share_buttons(window, document);
    hotkeys(document);
    infinite(window, document);
}

fn copy_buttons(window: &Window, document: &Document) {
    let navigator = window.navigator();
    if !has(&navigator, "clipboard") {
        return;
    }
    for button in all(document, "button[data-copy]") {
        let _ = button.remove_attribute("hidden");
        let window = window.clone();
        let target = button.clone();
        on(&button, "click", move |_| {
            let text = target.get_attribute("data-copy").unwrap_or_default();
            let promise = window.navigator().clipboard().write_text(&text);
            let target = target.clone();
            let window = window.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                    let label = target.text_content().unwrap_or_default();
                    target.set_text_content(Some("Copied ✓"));
                    let restore = Closure::once_into_js(move || {
                        target.set_text_content(Some(&label));
                    });
                    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                        restore.unchecked_ref(),
                        2_000,
                    );
                }
            });
        });
    }
}

fn share_buttons(window: &Window, document: &Document) {
    let navigator = window.navigator();
    if !has(&navigator, "share") {
        return;
    }
    for button in all(document, "button[data-web-share]") {
        let _ = button.remove_attribute("hidden");
        let navigator = navigator.clone();
        let target = button.clone();
        on(&button, "click", move |_| {
            let data = js_sys::Object::new();
            let url = target.get_attribute("data-web-share").unwrap_or_default();
            let title = target.get_attribute("data-share-title").unwrap_or_default();
            let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
            let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
            if let Ok(share) = js_sys::Reflect::get(&navigator, &"share".into())
                && let Ok(share) = share.dyn_into::<js_sys::Function>()
                && let Ok(promise) = share.call1(&navigator, &data)
                && let Ok(promise) = promise.dyn_into::<js_sys::Promise>()
            {
                // Dismissing the sheet rejects the promise: nothing to report.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        });
    }
}

fn hotkeys(document: &Document) {
    let links = all(document, "a[data-hotkey]");
    if links.is_empty() {
        return;
    }
    let cb = Closure::<dyn FnMut(KeyboardEvent)>::new(move |ev: KeyboardEvent| {
        if ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.default_prevented()
        {
            return;
        }
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.has_attribute("contenteditable")
            });
        if in_field {
            return;
        }
        let key = ev.key();
        if let Some(link) = links
            .iter()
            .find(|l| l.get_attribute("data-hotkey").as_deref() == Some(key.as_str()))
            .and_then(|l| l.dyn_ref::<HtmlElement>())
        {
            ev.prevent_default();
            link.click();
        }
    });
    let _ = document.add_event_listener_with_callback("keydown", cb.as_ref().unchecked_ref());
    cb.forget();
}

fn infinite(window: &Window, document: &Document) {
    for link in all(document, "a[data-infinite]") {
        let Some(list_id) = link.get_attribute("data-infinite") else {
            continue;
        };
        let Some(list) = document.get_element_by_id(&list_id) else {
            continue;
        };
        let busy = Rc::new(Cell::new(false));
        let window = window.clone();
        let target = link.clone();
        let cb = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let visible = entries.iter().any(|e| {
                    e.dyn_into::<web_sys::IntersectionObserverEntry>()
                        .is_ok_and(|e| e.is_intersecting())
                });
                if !visible || busy.get() {
                    return;
                }
                busy.set(true);
                let (window, target, list, busy, list_id) = (
                    window.clone(),
                    target.clone(),
                    list.clone(),
                    busy.clone(),
                    list_id.clone(),
                );
                wasm_bindgen_futures::spawn_local(async move {
                    let more = load_more(&window, &target, &list, &list_id).await;
                    if !more {
                        observer.disconnect();
                    }
                    busy.set(false);
                });
            },
        );
        if let Ok(observer) = web_sys::IntersectionObserver::new(cb.as_ref().unchecked_ref()) {
            observer.observe(&link);
        }
        cb.forget();
    }
}

/// Appends the next page's items; returns whether there is a page after it.
async fn load_more(window: &Window, link: &Element, list: &Element, list_id: &str) -> bool {
    let Some(href) = link.get_attribute("href") else {
        return false;
    };
    let Ok(response) = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&href)).await
    else {
        return true;
    };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else {
        return true;
    };
    if !response.ok() {
        return true;
    }
    let Ok(text) = response.text() else {
        return true;
    };
    let Some(html) = wasm_bindgen_futures::JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
    else {
        return true;
    };
    let Ok(parser) = web_sys::DomParser::new() else {
        return true;
    };
    let Ok(page) = parser.parse_from_string(&html, web_sys::SupportedType::TextHtml) else {
        return true;
    };
    if let Some(next_list) = page.get_element_by_id(list_id) {
        while let Some(item) = next_list.first_element_child() {
            let _ = list.append_child(&item);
        }
    }
    match page
        .query_selector(&format!("a[data-infinite=\"{list_id}\"]"))
        .ok()
        .flatten()
    {
        Some(next) => {
            let _ = link.set_attribute("href", &next.get_attribute("href").unwrap_or_default());
            true
        }
        None => {
            if let Some(holder) = link.parent_element() {
                holder.remove();
            }
            false
        }
    }
}
