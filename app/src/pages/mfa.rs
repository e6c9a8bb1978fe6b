//! Two-step verification: the code page of a sign-in waiting for its second step, the page
//! admin routes show an admin without it, and the section of the security settings that sets
//! it up and removes it (plain forms: no script needed).

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{account::Language, routes, t, testids};

use crate::{
    account::{PasskeyView, TwoStepView},
    components::form::{FormNotice, Notice},
    forms::{RecoveryCodesShown, TwoStepPrompt, feedback},
};

/// Form ids.
pub mod forms {
    /// The code of a sign-in's second step.
    pub const VERIFY: &str = "two-step";
    /// Setting up, removing, renewing codes (the settings section).
    pub const SETTINGS: &str = "two-step-settings";
}

/// The code field's name.
pub const CODE: &str = "code";

/// `/login/verify` (rendered as `/auth/two-step`): the second step of a sign-in.
#[component]
pub fn TwoStepPage() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let Some(prompt) = use_context::<TwoStepPrompt>() else {
        return view! {
            <Title text=t!(lang, "mfa-title") />
            <div class="auth-page">
                <h1>{t!(lang, "mfa-title")}</h1>
                <p class="lead">{t!(lang, "mfa-no-sign-in")}</p>
                <div class="mt-8"><a class="btn-primary" href=routes::LOGIN>{t!(lang, "account-sign-in")}</a></div>
            </div>
        }
        .into_any();
    };
    let f = feedback(forms::VERIFY);
    let error = f.error(CODE);
    view! {
        <Title text=t!(lang, "mfa-title") />
        <div class="auth-page">
            <h1>{t!(lang, "mfa-enter-code")}</h1>
            <p class="lead">{if prompt.passkey {
                t!(lang, "mfa-lead-passkey")
            } else {
                t!(lang, "mfa-lead-app")
            }}</p>
            <FormNotice feedback=f.clone() />
            {prompt.passkey.then(|| view! {
                <p class="field-error" role="alert" hidden=true data-passkey-error=""></p>
                <button type="button" hidden=true class="btn-secondary mb-4 w-full py-2.5" data-testid=testids::PASSKEY_SIGN_IN
                    data-passkey-login=routes::LOGIN_VERIFY_PASSKEY_START data-passkey-finish=routes::LOGIN_VERIFY_PASSKEY_FINISH
                    data-next=prompt.next.clone()>
                    {t!(lang, "mfa-use-passkey")}
                </button>
            })}
            <div class="panel">
                <form method="post" action=routes::LOGIN_VERIFY>
                    <input type="hidden" name="next" value=prompt.next />
                    <div class="field">
                        <label for="f-code">{t!(lang, "mfa-code")}</label>
                        <p class="hint" id="f-code-hint">{t!(lang, "mfa-code-hint")}</p>
                        <input class="input" id="f-code" name=CODE type="text" inputmode="text" autocomplete="one-time-code"
                            required=true maxlength=32 autofocus=true
                            aria-invalid=error.is_some().then_some("true")
                            aria-describedby=if error.is_some() { "f-code-hint f-code-error" } else { "f-code-hint" } />
                        {error.map(|e| view! { <p class="field-error" id="f-code-error">{e}</p> })}
                    </div>
                    <div class="form-actions">
                        <button type="submit" class="btn-primary py-2.5">{t!(lang, "mfa-verify")}</button>
                    </div>
                </form>
            </div>
            <p class="mt-4 text-sm text-muted">{t!(lang, "mfa-waits")}</p>
        </div>
    }
    .into_any()
}

/// What admin pages show an admin without two-step verification when it is required.
#[component]
pub fn TwoStepRequired() -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    view! {
        <Title text=t!(lang, "mfa-required-title") />
        <div class="auth-page">
            <h1>{t!(lang, "mfa-required-title")}</h1>
            <p class="lead">{t!(lang, "mfa-required-lead")}</p>
            <p class="mt-4">{t!(lang, "mfa-required-text")}</p>
            <div class="mt-8"><a class="btn-primary" href=format!("{}#s-two-step", routes::SETTINGS_SECURITY)>{t!(lang, "mfa-required-set-up")}</a></div>
        </div>
    }
}

fn recovery_codes_download(lang: Language, codes: &[String]) -> String {
    let text = format!(
        "{}\n{}\n\n{}\n",
        t!(lang, "mfa-codes-file-title"),
        t!(lang, "mfa-codes-file-text"),
        codes.join("\n")
    );
    format!(
        "data:text/plain;charset=utf-8,{}",
        routes::encode_component(&text)
    )
}

/// The two-step section of `/settings/security`.
#[component]
pub(crate) fn TwoStepSection(view: TwoStepView) -> impl IntoView {
    let lang = use_context::<Language>().unwrap_or_default();
    let f = feedback(forms::SETTINGS);
    let error = f.error(CODE);
    let shown = use_context::<RecoveryCodesShown>().map(|c| c.0);
    let totp_on = view.totp_since.is_some();
    let has_passkeys = !view.passkeys.is_empty();
    // With passkeys but no app, the recovery codes are offered here (they need a second step).
    let codes_row = (has_passkeys && !totp_on).then(|| view! {
        <ul class="rows">
            <li>
                <div class="min-w-0 flex-1">
                    <p class="font-medium">{t!(lang, "mfa-recovery-codes")}</p>
                    <p class="text-muted">{t!(lang, "mfa-recovery-left-passkeys", count = view.recovery_remaining)}</p>
                </div>
                <form method="post" action=routes::SETTINGS_RECOVERY_CODES>
                    <button type="submit" class="btn-secondary">{t!(lang, "mfa-recovery-new")}</button>
                </form>
            </li>
        </ul>
    });
    let again = view.sign_in_again.then(|| {
        view! {
            <p class="mt-2 text-sm">{t!(lang, "mfa-sign-in-again")}</p>
        }
    });
    let body = if let Some(setup) = view.totp_setup {
        view! {
            <h3 class="mt-4 font-semibold">{t!(lang, "mfa-setup-title")}</h3>
            <ol class="mt-2 list-decimal pl-5 text-sm">
                <li>{t!(lang, "mfa-setup-scan")}</li>
                <li>{format!("{} ", t!(lang, "mfa-setup-key"))} <code data-testid=testids::TOTP_SECRET>{setup.secret}</code></li>
                <li>{t!(lang, "mfa-setup-type")}</li>
            </ol>
            <div class="qr mt-4" inner_html=setup.qr_svg></div>
            <form method="post" action=routes::SETTINGS_TOTP_CONFIRM class="mt-4">
                <div class="field">
                    <label for="t-code">{t!(lang, "mfa-setup-code")}</label>
                    <input class="input" id="t-code" name=CODE type="text" inputmode="numeric" autocomplete="one-time-code"
                        required=true maxlength=12
                        aria-invalid=error.is_some().then_some("true")
                        aria-describedby=error.is_some().then_some("t-code-error") />
                    {error.clone().map(|e| view! { <p class="field-error" id="t-code-error">{e}</p> })}
                </div>
                <div class="form-actions">
                    <button type="submit" class="btn-primary">{t!(lang, "mfa-setup-turn-on")}</button>
                </div>
            </form>
            <form method="post" action=routes::SETTINGS_TOTP_REMOVE class="mt-2">
                <button type="submit" class="btn-ghost">{t!(lang, "mfa-setup-cancel")}</button>
            </form>
        }
        .into_any()
    } else if let Some(since) = view.totp_since {
        view! {
            <ul class="rows">
                <li>
                    <div class="min-w-0 flex-1">
                        <p class="font-medium">{format!("{} ", t!(lang, "mfa-app"))} <span class="badge">{t!(lang, "mfa-app-on")}</span></p>
                        <p class="text-muted">{format!("{} ", t!(lang, "mfa-app-since"))} <time datetime=since.clone()>{since.get(..10).unwrap_or_default().to_owned()}</time></p>
                    </div>
                    <form method="post" action=routes::SETTINGS_TOTP_REMOVE>
                        <button type="submit" class="btn-secondary" aria-label=t!(lang, "mfa-app-remove-label")>{t!(lang, "mfa-remove")}</button>
                    </form>
                </li>
                <li>
                    <div class="min-w-0 flex-1">
                        <p class="font-medium">{t!(lang, "mfa-recovery-codes")}</p>
                        <p class="text-muted">{t!(lang, "mfa-recovery-left-phone", count = view.recovery_remaining)}</p>
                    </div>
                    <form method="post" action=routes::SETTINGS_RECOVERY_CODES>
                        <button type="submit" class="btn-secondary">{t!(lang, "mfa-recovery-new")}</button>
                    </form>
                </li>
            </ul>
            {error.clone().map(|e| view! { <Notice tone="error">{e}</Notice> })}
        }
        .into_any()
    } else {
        view! {
            <p class="mt-2 text-sm">{if has_passkeys {
                t!(lang, "mfa-off-passkeys")
            } else {
                t!(lang, "mfa-off")
            }}</p>
            <form method="post" action=routes::SETTINGS_TOTP_START class="mt-4">
                <button type="submit" class="btn-primary">{t!(lang, "mfa-set-up-app")}</button>
            </form>
        }
        .into_any()
    };
    let passkeys = passkeys_part(
        lang,
        view.passkeys,
        view.passkeys_available,
        f.error(PASSKEY_NAME),
    );
    view! {
        <section class="panel" id="s-two-step" aria-labelledby="s-two-step-h" data-testid=testids::TWO_STEP_SECTION>
            <h2 id="s-two-step-h">{t!(lang, "mfa-title")}</h2>
            {again}
            <FormNotice feedback=f.clone() />
            {shown.map(|codes| {
                let href = recovery_codes_download(lang, &codes);
                view! {
                    <Notice tone="ok">{t!(lang, "mfa-codes-shown")}</Notice>
                    <ul class="mt-2 grid grid-cols-2 gap-1 font-mono" data-testid=testids::RECOVERY_CODES>
                        {codes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                    </ul>
                    <p class="mt-2"><a class="link" href=href download="obscura-recovery-codes.txt">{t!(lang, "mfa-codes-download")}</a></p>
                }
            })}
            {body}
            {passkeys}
            {codes_row}
        </section>
    }
}

pub use obscura_shared::account::fields::{PASSKEY_ID, PASSKEY_NAME};

/// The passkeys of the two-step section: the list, and "Add a passkey" (a form the script
/// reveals where the browser has passkeys; without it there is nothing to click).
fn passkeys_part(
    lang: Language,
    list: Vec<PasskeyView>,
    available: bool,
    error: Option<String>,
) -> Option<impl IntoView> {
    if !available && list.is_empty() {
        return None;
    }
    let day = |t: &str| t.get(..10).unwrap_or_default().to_owned();
    let rows = (!list.is_empty()).then(|| view! {
        <ul class="rows" data-testid=testids::PASSKEY_LIST>
            {list.into_iter().map(|p| {
                let added = day(&p.created_at);
                let meta = match p.last_used_at.as_deref() {
                    Some(used) => t!(lang, "mfa-passkey-added-used", added = &added, used = day(used)),
                    None => t!(lang, "mfa-passkey-added-unused", added = &added),
                };
                let label = t!(lang, "mfa-passkey-remove-label", name = &p.name);
                view! {
                    <li>
                        <div class="min-w-0 flex-1">
                            <p class="font-medium">{p.name.clone()}</p>
                            <p class="text-muted">{meta}</p>
                        </div>
                        <form method="post" action=routes::SETTINGS_PASSKEY_REMOVE>
                            <input type="hidden" name=PASSKEY_ID value=p.id />
                            <button type="submit" class="btn-secondary" aria-label=label>{t!(lang, "mfa-remove")}</button>
                        </form>
                    </li>
                }
            }).collect_view()}
        </ul>
    });
    let add = available.then(|| view! {
        <p class="field-error" role="alert" hidden=true data-passkey-error=""></p>
        <form hidden=true method="post" action=routes::SETTINGS_PASSKEY_REGISTER_START
            data-passkey-register=routes::SETTINGS_PASSKEY_REGISTER_FINISH data-testid=testids::PASSKEY_ADD class="mt-4">
            <div class="field">
                <label for="p-name">{t!(lang, "mfa-passkey-name")}</label>
                <input class="input" id="p-name" name=PASSKEY_NAME type="text" required=true maxlength=60
                    placeholder=t!(lang, "mfa-passkey-name-placeholder") autocomplete="off"
                    aria-invalid=error.is_some().then_some("true")
                    aria-describedby=error.is_some().then_some("p-name-error") />
                {error.clone().map(|e| view! { <p class="field-error" id="p-name-error">{e}</p> })}
            </div>
            <div class="form-actions">
                <button type="submit" class="btn-primary">{t!(lang, "mfa-passkey-add")}</button>
            </div>
        </form>
    });
    Some(view! {
        <h3 class="mt-6 font-semibold">{t!(lang, "mfa-passkeys")}</h3>
        <p class="mt-1 text-sm">{t!(lang, "mfa-passkeys-text")}</p>
        {rows}
        {add}
    })
}
