//! Passkeys: the few lines of script WebAuthn needs, on data attributes. Shown only where the
//! browser has `PublicKeyCredential` with its JSON helpers (the elements are rendered `hidden`).
//!
//! - `form[data-passkey-register=FINISH]` (action: the start URL): posts the form, passes the
//!   options to `navigator.credentials.create`, posts the answer to FINISH;
//! - `button[data-passkey-login=START]` with `data-passkey-finish=FINISH` and `data-next`:
//!   the same with `navigator.credentials.get`.
//!
//! The server answers `{redirect}` (followed) or `{error}` (shown in `[data-passkey-error]`).

use js_sys::{Function, JSON, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, Window};

use super::actions::{all, has, on};

fn get(target: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(target, &JsValue::from_str(name))
}

/// Calls `target[name](args…)`.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(target, name)?.dyn_into()?;
    f.apply(target, &args.iter().collect())
}

async fn wait(value: JsValue) -> Result<JsValue, JsValue> {
    JsFuture::from(value.dyn_into::<Promise>()?).await
}

/// Posts `body` (with its type) and reads the JSON answer.
async fn post(window: &Window, url: &str, kind: &str, body: &str) -> Result<JsValue, JsValue> {
    let init = Object::new();
    let headers = Object::new();
    Reflect::set(&headers, &"Content-Type".into(), &kind.into())?;
    Reflect::set(&init, &"method".into(), &"POST".into())?;
    Reflect::set(&init, &"headers".into(), &headers)?;
    Reflect::set(&init, &"body".into(), &body.into())?;
    Reflect::set(&init, &"credentials".into(), &"same-origin".into())?;
    let res = wait(call(window, "fetch", &[url.into(), init.into()])?).await?;
    wait(call(&res, "json", &[])?).await
}

fn show_error(document: &Document, message: &str) {
    if let Some(el) = document
        .query_selector("[data-passkey-error]")
        .ok()
        .flatten()
    {
        el.set_text_content(Some(message));
        let _ = el.remove_attribute("hidden");
    }
}

/// Follows `{redirect}`, or returns the `{error}` message.
fn outcome(window: &Window, answer: &JsValue) -> Result<(), String> {
    if let Some(to) = get(answer, "redirect").ok().and_then(|v| v.as_string()) {
        let _ = get(window, "location").and_then(|l| call(&l, "assign", &[to.into()]));
        return Ok(());
    }
    Err(get(answer, "error")
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "Something went wrong. Please try again.".to_owned()))
}

/// One ceremony: options from `start`, the browser's passkey prompt, the answer to `finish`.
async fn ceremony(
    window: &Window,
    create: bool,
    start: &str,
    start_body: &str,
    finish: &str,
    next: &str,
) -> Result<(), String> {
    let failed = |_| "Something went wrong. Please try again.".to_owned();
    let started = post(
        window,
        start,
        "application/x-www-form-urlencoded",
        start_body,
    )
    .await
    .map_err(failed)?;
    let Some(token) = get(&started, "token").ok().and_then(|v| v.as_string()) else {
        return outcome(window, &started);
    };
    let options = get(&started, "options")
        .and_then(|o| get(&o, "publicKey"))
        .map_err(failed)?;
    let pkc = get(window, "PublicKeyCredential").map_err(failed)?;
    let parse = if create {
        "parseCreationOptionsFromJSON"
    } else {
        "parseRequestOptionsFromJSON"
    };
    let public_key = call(&pkc, parse, &[options]).map_err(failed)?;
    let request = Object::new();
    Reflect::set(&request, &"publicKey".into(), &public_key).map_err(failed)?;
    let credentials = get(&window.navigator(), "credentials").map_err(failed)?;
    let credential = wait(
        call(
            &credentials,
            if create { "create" } else { "get" },
            &[request.into()],
        )
        .map_err(failed)?,
    )
    .await
    .map_err(|_| "No passkey was used. Try again when you are ready.".to_owned())?;
    let body = Object::new();
    Reflect::set(&body, &"token".into(), &token.into()).map_err(failed)?;
    let json = call(&credential, "toJSON", &[]).map_err(failed)?;
    Reflect::set(&body, &"credential".into(), &json).map_err(failed)?;
    Reflect::set(&body, &"next".into(), &next.into()).map_err(failed)?;
    let body = JSON::stringify(&body)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    let answer = post(window, finish, "application/json", &body)
        .await
        .map_err(failed)?;
    outcome(window, &answer)
}

/// Attaches the passkey forms and buttons of the page, where the browser can use them.
pub fn attach(window: &Window, document: &Document) {
    let Ok(pkc) = get(window, "PublicKeyCredential") else {
        return;
    };
    if !has(&pkc, "parseCreationOptionsFromJSON") || !has(&pkc, "parseRequestOptionsFromJSON") {
        return;
    }
    for form in all(document, "form[data-passkey-register]") {
        let _ = form.remove_attribute("hidden");
        let window = window.clone();
        let document = document.clone();
        let target = form.clone();
        on(&form, "submit", move |event| {
            event.prevent_default();
            let start = target.get_attribute("action").unwrap_or_default();
            let finish = target
                .get_attribute("data-passkey-register")
                .unwrap_or_default();
            let name = target
                .query_selector("input[name]")
                .ok()
                .flatten()
                .map(|input| {
                    let field = input.get_attribute("name").unwrap_or_default();
                    let value = get(&input, "value")
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default();
                    format!(
                        "{field}={}",
                        String::from(js_sys::encode_uri_component(&value))
                    )
                })
                .unwrap_or_default();
            let window = window.clone();
            let document = document.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(message) = ceremony(&window, true, &start, &name, &finish, "").await {
                    show_error(&document, &message);
                }
            });
        });
    }
    for button in all(document, "button[data-passkey-login]") {
        let _ = button.remove_attribute("hidden");
        let window = window.clone();
        let document = document.clone();
        let target: Element = button.clone();
        on(&button, "click", move |_| {
            let attr = |n: &str| target.get_attribute(n).unwrap_or_default();
            let (start, finish, next) = (
                attr("data-passkey-login"),
                attr("data-passkey-finish"),
                attr("data-next"),
            );
            let window = window.clone();
            let document = document.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(message) = ceremony(&window, false, &start, "", &finish, &next).await {
                    show_error(&document, &message);
                }
            });
        });
    }
}
