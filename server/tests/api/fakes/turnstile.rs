//! A local double of Cloudflare Turnstile's siteverify (spec §5), answering as Cloudflare does:
//!
//! - Cloudflare's test secrets: `1x…AA` passes the dummy token `XXXX.DUMMY.TOKEN.XXXX` (hostname
//!   `example.com`, no action) and refuses any other token; `2x…AA` always fails
//!   (`invalid-input-response`); `3x…AA` answers `timeout-or-duplicate`.
//! - [`LIVE_SECRET`]: a "real" widget. Tokens are issued by [`TurnstileFake::issue`] for a
//!   hostname and an action, redeemable once (a second siteverify is `timeout-or-duplicate`), with
//!   an optional Enterprise `ephemeral_id`.
//! - Any other secret: `invalid-input-secret`.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use axum::{Form, Json, Router, extract::State, routing::post};
use serde_json::{Value, json};

use super::serve;

pub const PASS_SECRET: &str = "1x0000000000000000000000000000000AA";
pub const FAIL_SECRET: &str = "2x0000000000000000000000000000000AA";
pub const SPENT_SECRET: &str = "3x0000000000000000000000000000000AA";
pub const DUMMY_TOKEN: &str = "XXXX.DUMMY.TOKEN.XXXX";
pub const PASS_SITE_KEY: &str = "1x00000000000000000000AA";
/// The secret of the fake's "real" widget.
pub const LIVE_SECRET: &str = "0x4AAAAAAAfakeLiveSecretForTests";

/// An issued token: (hostname, action, ephemeral id, redeemed).
type Issued = (String, String, Option<String>, bool);

#[derive(Clone, Default)]
struct Fake {
    tokens: Arc<Mutex<HashMap<String, Issued>>>,
    calls: Arc<Mutex<Vec<HashMap<String, String>>>>,
}

pub struct TurnstileFake {
    pub url: String,
    fake: Fake,
}

impl TurnstileFake {
    /// A token the "real" widget gave a visitor on `hostname` for `action`.
    pub fn issue(&self, hostname: &str, action: &str, ephemeral_id: Option<&str>) -> String {
        let token = format!("0.{}", uuid::Uuid::new_v4().simple());
        self.fake.tokens.lock().unwrap().insert(
            token.clone(),
            (
                hostname.to_owned(),
                action.to_owned(),
                ephemeral_id.map(str::to_owned),
                false,
            ),
        );
        token
    }

    /// How many siteverify calls were made.
    pub fn calls(&self) -> usize {
        self.fake.calls.lock().unwrap().len()
    }

    /// The form fields of every call.
    pub fn call_forms(&self) -> Vec<HashMap<String, String>> {
        self.fake.calls.lock().unwrap().clone()
    }
}

pub async fn spawn() -> TurnstileFake {
    let fake = Fake::default();
    let router = Router::new()
        .route("/turnstile/v0/siteverify", post(siteverify))
        .with_state(fake.clone());
    TurnstileFake {
        url: serve(router).await,
        fake,
    }
}

fn fail(codes: &[&str]) -> Json<Value> {
    Json(json!({"success": false, "error-codes": codes, "messages": []}))
}

async fn siteverify(
    State(fake): State<Fake>,
    Form(form): Form<HashMap<String, String>>,
) -> Json<Value> {
    fake.calls.lock().unwrap().push(form.clone());
    let secret = form.get("secret").map(String::as_str).unwrap_or_default();
    let Some(token) = form.get("response").filter(|t| !t.is_empty()) else {
        return fail(&["missing-input-response"]);
    };
    let now = chrono::Utc::now().to_rfc3339();
    match secret {
        "" => fail(&["missing-input-secret"]),
        PASS_SECRET if token == DUMMY_TOKEN => Json(json!({
            "success": true, "error-codes": [], "challenge_ts": now,
            "hostname": "example.com", "action": "", "cdata": "", "metadata": {"interactive": false}
        })),
        PASS_SECRET | FAIL_SECRET => fail(&["invalid-input-response"]),
        SPENT_SECRET => fail(&["timeout-or-duplicate"]),
        LIVE_SECRET => {
            let mut tokens = fake.tokens.lock().unwrap();
            match tokens.get_mut(token) {
                None => fail(&["invalid-input-response"]),
                Some((_, _, _, true)) => fail(&["timeout-or-duplicate"]),
                Some((hostname, action, ephemeral, redeemed)) => {
                    *redeemed = true;
                    let mut answer = json!({
                        "success": true, "error-codes": [], "challenge_ts": now,
                        "hostname": hostname, "action": action, "cdata": ""
                    });
                    if let Some(id) = ephemeral {
                        answer["metadata"] = json!({"ephemeral_id": id});
                    }
                    Json(answer)
                }
            }
        }
        _ => fail(&["invalid-input-secret"]),
    }
}
