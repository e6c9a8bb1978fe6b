//! Two-step verification: the code page of a sign-in waiting for its second step, the page
//! admin routes show an admin without it, and the section of the security settings that sets
//! it up and removes it (plain forms: no script needed).

use leptos::prelude::*;
use leptos_meta::Title;
use obscura_shared::{routes, testids};

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
    let Some(prompt) = use_context::<TwoStepPrompt>() else {
        return view! {
            <Title text="Two-step verification" />
            <div class="auth-page">
                <h1>"Two-step verification"</h1>
                <p class="lead">"This page asks for your code while you sign in. Start by signing in."</p>
                <div class="mt-8"><a class="btn-primary" href=routes::LOGIN>"Sign in"</a></div>
            </div>
        }
        .into_any();
    };
    let f = feedback(forms::VERIFY);
    let error = f.error(CODE);
    view! {
        <Title text="Two-step verification" />
        <div class="auth-page">
            <h1>"Enter your code"</h1>
            <p class="lead">{if prompt.passkey {
                "Your account asks for a second step: use your passkey, or type a code from your authenticator app or one of your recovery codes."
            } else {
                "Your account asks for a second step. Open your authenticator app and type the 6-digit code it shows for Obscura."
            }}</p>
            <FormNotice feedback=f.clone() />
            {prompt.passkey.then(|| view! {
                <p class="field-error" role="alert" hidden=true data-passkey-error=""></p>
                <button type="button" hidden=true class="btn-secondary mb-4 w-full py-2.5" data-testid=testids::PASSKEY_SIGN_IN
                    data-passkey-login=routes::LOGIN_VERIFY_PASSKEY_START data-passkey-finish=routes::LOGIN_VERIFY_PASSKEY_FINISH
                    data-next=prompt.next.clone()>
                    "Use a passkey"
                </button>
            })}
            <div class="panel">
                <form method="post" action=routes::LOGIN_VERIFY>
                    <input type="hidden" name="next" value=prompt.next />
                    <div class="field">
                        <label for="f-code">"Code"</label>
                        <p class="hint" id="f-code-hint">"No phone at hand? Type one of your recovery codes instead."</p>
                        <input class="input" id="f-code" name=CODE type="text" inputmode="text" autocomplete="one-time-code"
                            required=true maxlength=32 autofocus=true
                            aria-invalid=error.is_some().then_some("true")
                            aria-describedby=if error.is_some() { "f-code-hint f-code-error" } else { "f-code-hint" } />
                        {error.map(|e| view! { <p class="field-error" id="f-code-error">{e}</p> })}
                    </div>
                    <div class="form-actions">
                        <button type="submit" class="btn-primary py-2.5">"Verify and sign in"</button>
                    </div>
                </form>
            </div>
            <p class="mt-4 text-sm text-muted">"The sign-in waits 5 minutes for the code. Lost your phone and your codes? Write to the operator of this server."</p>
        </div>
    }
    .into_any()
}

/// What admin pages show an admin without two-step verification when it is required.
#[component]
pub fn TwoStepRequired() -> impl IntoView {
    view! {
        <Title text="Two-step verification needed" />
        <div class="auth-page">
            <h1>"Two-step verification needed"</h1>
            <p class="lead">"Admin pages are open only to accounts with two-step verification, so that a stolen password is not enough to reach them."</p>
            <p class="mt-4">"Set up an authenticator app in your security settings (it takes a minute), then come back."</p>
            <div class="mt-8"><a class="btn-primary" href=format!("{}#s-two-step", routes::SETTINGS_SECURITY)>"Set up two-step verification"</a></div>
        </div>
    }
}

fn recovery_codes_download(codes: &[String]) -> String {
    let text = format!(
        "Obscura recovery codes\nEach code works once, instead of a code from your authenticator app.\n\n{}\n",
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
                    <p class="font-medium">"Recovery codes"</p>
                    <p class="text-muted">{format!("{} of 10 left. Each works once, if you lose your passkeys.", view.recovery_remaining)}</p>
                </div>
                <form method="post" action=routes::SETTINGS_RECOVERY_CODES>
                    <button type="submit" class="btn-secondary">"New codes"</button>
                </form>
            </li>
        </ul>
    });
    let again = view.sign_in_again.then(|| view! {
        <p class="mt-2 text-sm">"Changes here need a recent sign-in: sign out and in again first (then you have 15 minutes)."</p>
    });
    let body = if let Some(setup) = view.totp_setup {
        view! {
            <h3 class="mt-4 font-semibold">"Set up your authenticator app"</h3>
            <ol class="mt-2 list-decimal pl-5 text-sm">
                <li>"Scan this QR code with an authenticator app (for example Aegis, 2FAS, Google Authenticator, 1Password)."</li>
                <li>"Or type this key into the app: " <code data-testid=testids::TOTP_SECRET>{setup.secret}</code></li>
                <li>"Type the 6-digit code the app shows."</li>
            </ol>
            <div class="qr mt-4" inner_html=setup.qr_svg></div>
            <form method="post" action=routes::SETTINGS_TOTP_CONFIRM class="mt-4">
                <div class="field">
                    <label for="t-code">"Code from the app"</label>
                    <input class="input" id="t-code" name=CODE type="text" inputmode="numeric" autocomplete="one-time-code"
                        required=true maxlength=12
                        aria-invalid=error.is_some().then_some("true")
                        aria-describedby=error.is_some().then_some("t-code-error") />
                    {error.clone().map(|e| view! { <p class="field-error" id="t-code-error">{e}</p> })}
                </div>
                <div class="form-actions">
                    <button type="submit" class="btn-primary">"Turn on"</button>
                </div>
            </form>
            <form method="post" action=routes::SETTINGS_TOTP_REMOVE class="mt-2">
                <button type="submit" class="btn-ghost">"Cancel"</button>
            </form>
        }
        .into_any()
    } else if let Some(since) = view.totp_since {
        view! {
            <ul class="rows">
                <li>
                    <div class="min-w-0 flex-1">
                        <p class="font-medium">"Authenticator app " <span class="badge">"On"</span></p>
                        <p class="text-muted">"Since " <time datetime=since.clone()>{since.get(..10).unwrap_or_default().to_owned()}</time></p>
                    </div>
                    <form method="post" action=routes::SETTINGS_TOTP_REMOVE>
                        <button type="submit" class="btn-secondary" aria-label="Remove the authenticator app">"Remove"</button>
                    </form>
                </li>
                <li>
                    <div class="min-w-0 flex-1">
                        <p class="font-medium">"Recovery codes"</p>
                        <p class="text-muted">{format!("{} of 10 left. Each works once, if you lose your phone.", view.recovery_remaining)}</p>
                    </div>
                    <form method="post" action=routes::SETTINGS_RECOVERY_CODES>
                        <button type="submit" class="btn-secondary">"New codes"</button>
                    </form>
                </li>
            </ul>
            {error.clone().map(|e| view! { <Notice tone="error">{e}</Notice> })}
        }
        .into_any()
    } else {
        view! {
            <p class="mt-2 text-sm">{if has_passkeys {
                "Your passkeys are your second step. You can also add an authenticator app, for signing in where your passkeys are not at hand."
            } else {
                "Off. With two-step verification, signing in also asks for a code from an app on your phone, so a stolen password is not enough."
            }}</p>
            <form method="post" action=routes::SETTINGS_TOTP_START class="mt-4">
                <button type="submit" class="btn-primary">"Set up an authenticator app"</button>
            </form>
        }
        .into_any()
    };
    let passkeys = passkeys_part(
        view.passkeys,
        view.passkeys_available,
        f.error(PASSKEY_NAME),
    );
    view! {
        <section class="panel" id="s-two-step" aria-labelledby="s-two-step-h" data-testid=testids::TWO_STEP_SECTION>
            <h2 id="s-two-step-h">"Two-step verification"</h2>
            {again}
            <FormNotice feedback=f.clone() />
            {shown.map(|codes| {
                let href = recovery_codes_download(&codes);
                view! {
                    <Notice tone="ok">"Your recovery codes. Keep them somewhere safe: they are shown only now, and each works once."</Notice>
                    <ul class="mt-2 grid grid-cols-2 gap-1 font-mono" data-testid=testids::RECOVERY_CODES>
                        {codes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
                    </ul>
                    <p class="mt-2"><a class="link" href=href download="obscura-recovery-codes.txt">"Download as a text file"</a></p>
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
                let used = p.last_used_at.as_deref().map_or_else(|| "never used yet".to_owned(), |t| format!("last used {}", day(t)));
                let label = format!("Remove the passkey “{}”", p.name);
                view! {
                    <li>
                        <div class="min-w-0 flex-1">
                            <p class="font-medium">{p.name.clone()}</p>
                            <p class="text-muted">{format!("Added {}, {used}", day(&p.created_at))}</p>
                        </div>
                        <form method="post" action=routes::SETTINGS_PASSKEY_REMOVE>
                            <input type="hidden" name=PASSKEY_ID value=p.id />
                            <button type="submit" class="btn-secondary" aria-label=label>"Remove"</button>
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
                <label for="p-name">"Name of the new passkey"</label>
                <input class="input" id="p-name" name=PASSKEY_NAME type="text" required=true maxlength=60
                    placeholder="My laptop" autocomplete="off"
                    aria-invalid=error.is_some().then_some("true")
                    aria-describedby=error.is_some().then_some("p-name-error") />
                {error.clone().map(|e| view! { <p class="field-error" id="p-name-error">{e}</p> })}
            </div>
            <div class="form-actions">
                <button type="submit" class="btn-primary">"Add a passkey"</button>
            </div>
        </form>
    });
    Some(view! {
        <h3 class="mt-6 font-semibold">"Passkeys"</h3>
        <p class="mt-1 text-sm">"A passkey signs you in with your device's screen lock (fingerprint, face or PIN), with no password to type; after a password, it also serves as the second step."</p>
        {rows}
        {add}
    })
}
