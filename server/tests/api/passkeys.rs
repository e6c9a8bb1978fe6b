//! Passkeys (WebAuthn): adding one, signing in with it alone and as the second step, removing
//! it, and what strangers, other accounts, replays and stale sign-ins get. The authenticator is
//! a small software one here (P-256 with `ring`, "none" attestation, CBOR by hand), answering
//! exactly as a browser's `PublicKeyCredential.toJSON()` does.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::Duration;
use obscura_server::db::entities::{mfa_passkey, security_event};
use obscura_shared::routes;
use reqwest::StatusCode;
use ring::{
    rand::SystemRandom,
    signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair},
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::helpers::browser::{Browser, PASSWORD, location, sign_in, verified_user};
use crate::helpers::mail::await_mails;
use crate::helpers::{Db, TestApp, html, spawn_app_with};
use crate::on_both_databases;

const EMAIL: &str = "ada@example.com";
const OTHER: &str = "grace@example.com";
/// Passkeys need a domain name: the tests' public URL (the port is not dialled).
const PUBLIC: &str = "http://localhost:1";

/// A software authenticator holding one resident passkey.
struct Authenticator {
    key: EcdsaKeyPair,
    id: Vec<u8>,
    user_handle: Option<String>,
    counter: u32,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A CBOR byte string header (major type 2) for `len` bytes.
fn cbor_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    let len = bytes.len();
    if len < 24 {
        out.push(0x40 | u8::try_from(len).unwrap());
    } else if len < 256 {
        out.extend([0x58, u8::try_from(len).unwrap()]);
    } else {
        out.push(0x59);
        out.extend(u16::try_from(len).unwrap().to_be_bytes());
    }
    out.extend_from_slice(bytes);
}

fn rp_id_hash() -> [u8; 32] {
    Sha256::digest(b"localhost").into()
}

impl Authenticator {
    fn new() -> Self {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).unwrap();
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
            .unwrap();
        let id: Vec<u8> = Sha256::digest(pkcs8.as_ref())[..16].to_vec();
        Self {
            key,
            id,
            user_handle: None,
            counter: 0,
        }
    }

    /// The COSE key: {1: 2 (EC2), 3: -7 (ES256), -1: 1 (P-256), -2: x, -3: y}.
    fn cose_key(&self) -> Vec<u8> {
        let public = self.key.public_key().as_ref();
        let mut out = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21];
        cbor_bytes(&mut out, &public[1..33]);
        out.push(0x22);
        cbor_bytes(&mut out, &public[33..65]);
        out
    }

    fn client_data(kind: &str, options: &Value) -> Vec<u8> {
        json!({
            "type": kind,
            "challenge": options["publicKey"]["challenge"],
            "origin": PUBLIC,
            "crossOrigin": false,
        })
        .to_string()
        .into_bytes()
    }

    /// `navigator.credentials.create(options).toJSON()`.
    fn create(&mut self, options: &Value) -> Value {
        assert_eq!(options["publicKey"]["rp"]["id"], "localhost");
        self.user_handle = options["publicKey"]["user"]["id"]
            .as_str()
            .map(str::to_owned);
        let mut auth_data = rp_id_hash().to_vec();
        auth_data.push(0x45); // user present, user verified, attested credential data
        auth_data.extend(self.counter.to_be_bytes());
        auth_data.extend([0u8; 16]); // AAGUID
        auth_data.extend(u16::try_from(self.id.len()).unwrap().to_be_bytes());
        auth_data.extend(&self.id);
        auth_data.extend(self.cose_key());
        // {"fmt": "none", "attStmt": {}, "authData": bytes}
        let mut attestation = vec![0xa3, 0x63];
        attestation.extend(b"fmt");
        attestation.push(0x64);
        attestation.extend(b"none");
        attestation.push(0x67);
        attestation.extend(b"attStmt");
        attestation.push(0xa0);
        attestation.push(0x68);
        attestation.extend(b"authData");
        cbor_bytes(&mut attestation, &auth_data);
        json!({
            "id": b64(&self.id),
            "rawId": b64(&self.id),
            "type": "public-key",
            "response": {
                "clientDataJSON": b64(&Self::client_data("webauthn.create", options)),
                "attestationObject": b64(&attestation),
                "transports": ["internal"],
            },
            "clientExtensionResults": {},
        })
    }

    /// `navigator.credentials.get(options).toJSON()`.
    fn get(&mut self, options: &Value) -> Value {
        self.counter += 1;
        let mut auth_data = rp_id_hash().to_vec();
        auth_data.push(0x05); // user present, user verified
        auth_data.extend(self.counter.to_be_bytes());
        let client_data = Self::client_data("webauthn.get", options);
        let mut signed = auth_data.clone();
        signed.extend(Sha256::digest(&client_data));
        let signature = self.key.sign(&SystemRandom::new(), &signed).unwrap();
        json!({
            "id": b64(&self.id),
            "rawId": b64(&self.id),
            "type": "public-key",
            "response": {
                "clientDataJSON": b64(&client_data),
                "authenticatorData": b64(&auth_data),
                "signature": b64(signature.as_ref()),
                "userHandle": self.user_handle,
            },
            "clientExtensionResults": {},
        })
    }
}

async fn app(db: Db) -> TestApp {
    spawn_app_with(
        db,
        &[("PUBLIC_URL", PUBLIC), ("AUTH_RATE_PER_MINUTE", "100")],
    )
    .await
}

async fn events(app: &TestApp, kind: &str) -> u64 {
    security_event::Entity::find()
        .filter(security_event::Column::Kind.eq(kind))
        .count(&app.db)
        .await
        .unwrap()
}

async fn json_of(res: reqwest::Response) -> (StatusCode, Value) {
    let status = res.status();
    (status, res.json().await.unwrap())
}

/// Starts a ceremony; returns its token and options.
async fn start(b: &mut Browser<'_>, path: &str, form: &[(&str, &str)]) -> (String, Value) {
    let (status, body) = json_of(b.post(path, form).await).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    (
        body["token"].as_str().unwrap().to_owned(),
        body["options"].clone(),
    )
}

/// Adds a passkey to a signed-in browser's account.
async fn enrol(b: &mut Browser<'_>, device: &mut Authenticator, name: &str) {
    let (token, options) = start(
        b,
        routes::SETTINGS_PASSKEY_REGISTER_START,
        &[("passkey_name", name)],
    )
    .await;
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["residentKey"],
        "required"
    );
    assert_eq!(options["publicKey"]["user"]["name"], EMAIL);
    let credential = device.create(&options);
    let (status, body) = json_of(
        b.post_json(
            routes::SETTINGS_PASSKEY_REGISTER_FINISH,
            &json!({ "token": token, "credential": credential }),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body["redirect"]
            .as_str()
            .unwrap()
            .starts_with(routes::SETTINGS_SECURITY)
    );
}

on_both_databases!(
    a_passkey_signs_in_alone_and_as_the_second_step,
    |db: Db| async move {
        let app = app(db).await;
        let mut b = verified_user(&app, EMAIL).await;
        let mut device = Authenticator::new();
        enrol(&mut b, &mut device, "My laptop").await;
        assert_eq!(events(&app, "two_step_added").await, 1);
        await_mails(&app, EMAIL, "A passkey was added", 1).await;
        let body = b.get(routes::SETTINGS_SECURITY).await.text().await.unwrap();
        assert!(body.contains("My laptop"), "listed in the settings");
        assert!(body.contains("Your passkeys are your second step"));
        assert!(body.contains("0 of 10 left"), "recovery codes offered");
        b.post(routes::LOGOUT, &[]).await;

        // Passwordless: the passkey is both steps.
        let mut stranger = Browser::new(&app);
        let (token, options) = start(&mut stranger, routes::LOGIN_PASSKEY_START, &[]).await;
        let credential = device.get(&options);
        let (status, body) = json_of(
            stranger
                .post_json(
                    routes::LOGIN_PASSKEY_FINISH,
                    &json!({ "token": token, "credential": credential, "next": "/gallery" }),
                )
                .await,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["redirect"], "/gallery");
        assert!(stranger.cookie.is_some(), "signed in");
        // The same answer again (a replay) is refused: the ceremony is gone.
        let (status, _) = json_of(
            Browser::new(&app)
                .post_json(
                    routes::LOGIN_PASSKEY_FINISH,
                    &json!({ "token": token, "credential": credential }),
                )
                .await,
        )
        .await;
        assert_eq!(status, StatusCode::GONE);

        // After a password, the passkey is the second step.
        let (mut b, res) = sign_in(&app, EMAIL, PASSWORD).await;
        assert!(location(&res).starts_with(routes::LOGIN_VERIFY));
        assert!(b.cookie.is_none());
        let page = b.get(routes::LOGIN_VERIFY).await.text().await.unwrap();
        assert!(page.contains("data-testid=\"passkey-sign-in\""));
        let (token, options) = start(&mut b, routes::LOGIN_VERIFY_PASSKEY_START, &[]).await;
        assert_eq!(
            options["publicKey"]["allowCredentials"][0]["id"],
            b64(&device.id)
        );
        let credential = device.get(&options);
        let (status, body) = json_of(
            b.post_json(
                routes::LOGIN_VERIFY_PASSKEY_FINISH,
                &json!({ "token": token, "credential": credential }),
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(b.cookie.is_some());
        assert!(b.two_step.is_none(), "the two-step cookie is cleared");
        let body = b.get(routes::SETTINGS_SECURITY).await.text().await.unwrap();
        assert!(body.contains("password + passkey"));

        // Removing it (recent sign-in) is logged and emailed; then the password is enough.
        let row = mfa_passkey::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert!(row.last_used_at.is_some());
        let res = b
            .post(
                routes::SETTINGS_PASSKEY_REMOVE,
                &[("passkey_id", &row.id.to_string())],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(events(&app, "two_step_removed").await, 1);
        await_mails(&app, EMAIL, "A passkey was removed", 1).await;
        b.post(routes::LOGOUT, &[]).await;
        let (b, _) = sign_in(&app, EMAIL, PASSWORD).await;
        assert!(b.cookie.is_some());
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    passkey_routes_refuse_strangers_other_accounts_replays_and_stale_sign_ins,
    |db: Db| async move {
        let app = app(db).await;
        let mut stranger = Browser::new(&app);
        // A stranger cannot add one.
        let res = stranger
            .post(
                routes::SETTINGS_PASSKEY_REGISTER_START,
                &[("passkey_name", "x")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        let res = stranger
            .post_json(
                routes::SETTINGS_PASSKEY_REGISTER_FINISH,
                &json!({ "token": "x", "credential": {} }),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        // Nor start a second step without a pending sign-in.
        let res = stranger.post(routes::LOGIN_VERIFY_PASSKEY_START, &[]).await;
        assert_eq!(res.status(), StatusCode::GONE);

        let mut ada = verified_user(&app, EMAIL).await;
        let mut grace = verified_user(&app, OTHER).await;
        // A name is needed.
        let (status, body) = json_of(
            ada.post(
                routes::SETTINGS_PASSKEY_REGISTER_START,
                &[("passkey_name", "  ")],
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(body["field"], "passkey_name");
        // Another account cannot finish Ada's ceremony, and that spends it.
        let (token, options) = start(
            &mut ada,
            routes::SETTINGS_PASSKEY_REGISTER_START,
            &[("passkey_name", "Phone")],
        )
        .await;
        let credential = Authenticator::new().create(&options);
        let answer = json!({ "token": token, "credential": credential });
        let res = grace
            .post_json(routes::SETTINGS_PASSKEY_REGISTER_FINISH, &answer)
            .await;
        assert_eq!(res.status(), StatusCode::GONE);
        let res = ada
            .post_json(routes::SETTINGS_PASSKEY_REGISTER_FINISH, &answer)
            .await;
        assert_eq!(res.status(), StatusCode::GONE, "single use");
        // A sign-in ceremony does not finish a registration, nor the reverse.
        let (token, _) = start(&mut stranger, routes::LOGIN_PASSKEY_START, &[]).await;
        let res = ada
            .post_json(
                routes::SETTINGS_PASSKEY_REGISTER_FINISH,
                &json!({ "token": token, "credential": credential }),
            )
            .await;
        assert_eq!(res.status(), StatusCode::GONE);
        // Garbage is a clear 400.
        let res = ada
            .post_json(routes::SETTINGS_PASSKEY_REGISTER_FINISH, &json!([1]))
            .await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST);
        // A forged answer (another challenge) is refused.
        let (token, options) = start(
            &mut ada,
            routes::SETTINGS_PASSKEY_REGISTER_START,
            &[("passkey_name", "Phone")],
        )
        .await;
        let mut forged = options.clone();
        forged["publicKey"]["challenge"] = json!(b64(b"not the challenge"));
        let res = ada
            .post_json(
                routes::SETTINGS_PASSKEY_REGISTER_FINISH,
                &json!({ "token": token, "credential": Authenticator::new().create(&forged) }),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(mfa_passkey::Entity::find().count(&app.db).await.unwrap(), 0);

        // Ada's passkey: Grace cannot remove it (404), nor sign in as Ada with another key.
        let mut device = Authenticator::new();
        enrol(&mut ada, &mut device, "Laptop").await;
        let row = mfa_passkey::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let res = grace
            .post(
                routes::SETTINGS_PASSKEY_REMOVE,
                &[("passkey_id", &row.id.to_string())],
            )
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let mut impostor = Authenticator::new();
        impostor.id.clone_from(&device.id);
        impostor.user_handle.clone_from(&device.user_handle);
        let (token, options) = start(&mut stranger, routes::LOGIN_PASSKEY_START, &[]).await;
        let res = stranger
            .post_json(
                routes::LOGIN_PASSKEY_FINISH,
                &json!({ "token": token, "credential": impostor.get(&options) }),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(stranger.cookie.is_none());

        // Changes need a recent sign-in.
        app.clock.advance(Duration::minutes(16));
        let res = ada
            .post(
                routes::SETTINGS_PASSKEY_REMOVE,
                &[("passkey_id", &row.id.to_string())],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let (status, body) = json_of(
            ada.post(
                routes::SETTINGS_PASSKEY_REGISTER_START,
                &[("passkey_name", "Phone")],
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(body["field"], "sign-in-again");
        assert_eq!(mfa_passkey::Entity::find().count(&app.db).await.unwrap(), 1);
        // A ceremony left unanswered expires.
        let (token, options) = start(&mut stranger, routes::LOGIN_PASSKEY_START, &[]).await;
        app.clock.advance(Duration::minutes(6));
        let res = stranger
            .post_json(
                routes::LOGIN_PASSKEY_FINISH,
                &json!({ "token": token, "credential": device.get(&options) }),
            )
            .await;
        assert_eq!(res.status(), StatusCode::GONE);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passkeys_need_a_domain_name() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut b = Browser::new(&app);
    let (status, body) = json_of(b.post(routes::LOGIN_PASSKEY_START, &[]).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body["error"].as_str().unwrap().contains("not available"));
    let page = b.get(routes::LOGIN).await.text().await.unwrap();
    let doc = html(&page);
    let sel = scraper::Selector::parse("[data-testid=passkey-sign-in]").unwrap();
    assert_eq!(doc.select(&sel).count(), 0, "no button that cannot work");
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_passkey_sign_in_is_offered_hidden_and_a_flood_is_limited() {
    let app = spawn_app_with(Db::Sqlite, &[("PUBLIC_URL", PUBLIC)]).await;
    let mut flood = Browser::new(&app);
    let mut limited = false;
    for _ in 0..30 {
        let res = flood.post(routes::LOGIN_PASSKEY_START, &[]).await;
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            assert!(res.headers().contains_key(reqwest::header::RETRY_AFTER));
            limited = true;
            break;
        }
        assert_eq!(res.status(), StatusCode::OK);
    }
    assert!(limited, "sign-in ceremonies are rate limited per address");
    let page = Browser::new(&app)
        .get(routes::LOGIN)
        .await
        .text()
        .await
        .unwrap();
    let doc = html(&page);
    let sel = scraper::Selector::parse("button[data-testid=passkey-sign-in][hidden]").unwrap();
    assert_eq!(doc.select(&sel).count(), 1);
    app.stop().await.unwrap();
}
