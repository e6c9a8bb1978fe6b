//! Outgoing webhooks: one endpoint per account, told when a generation ends
//! (`generation.completed`, `generation.failed`, `generation.cancelled`: each ending its own
//! event, a cancellation never told as a failure), signed the Standard Webhooks way.
//!
//! - The signing secret (`whsec_` + base64 of 32 random bytes) is shown once and kept sealed
//!   with AES-256-GCM under a key derived from the master key, bound to the endpoint's id.
//! - An event is a delivery row and a job written in the same transaction that ends the
//!   generation, so no ending is lost and none is told twice. The job posts the body with
//!   `webhook-id` (the same on every attempt), `webhook-timestamp` and `webhook-signature`
//!   (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`), waits at most 10 s, follows no
//!   redirect, and retries anything but a 2xx after 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h
//!   and 6 h (nine attempts over about ten hours).
//! - The endpoint must be `https` and resolve to public addresses only, checked when it is set
//!   and again at connection time (the provider downloads' rules); only origins the operator
//!   trusts (`OBSCURA_WEBHOOK_TRUSTED_ORIGINS`) may be reached otherwise.
//! - The body carries ids, status, cost and times: never the prompt. Deliveries are kept 30 days.

use std::{sync::OnceLock, time::Duration as StdDuration};

use base64::{Engine, engine::general_purpose::STANDARD};
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use hmac::{Hmac, Mac};
use obscura_shared::{
    ErrorCode,
    api::{DeliveryView, WEBHOOK_EVENTS, WebhookView, webhook_fields},
    generation::Status,
    i18n::Message,
};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
    sea_query::{Expr, ExprTrait},
};
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use url::Url;
use uuid::Uuid;

use crate::{
    accounts::{Client, crypto, events::EventKind},
    db::entities::{api_webhook, api_webhook_delivery, generation, generation_image, user},
    generation::{providers::download, request::FieldErrors},
    jobs::{Attempt, Ended, Job, JobError, Schedule},
    state::AppState,
};

/// A test event's type.
pub const TEST_EVENT: &str = "webhook.test";
/// Deliveries are kept this many days.
pub const DELIVERY_RETENTION_DAYS: i64 = 30;
/// Deliveries listed in the settings.
pub const LISTED: u64 = 20;
/// Longest endpoint URL.
pub const URL_MAX: usize = 2048;
/// How long an endpoint has to answer.
const TIMEOUT: StdDuration = StdDuration::from_secs(10);
/// Waits before the 2nd, 3rd, … attempt.
const RETRY_AFTER_SECS: [u64; 8] = [5, 30, 120, 600, 1800, 3600, 10_800, 21_600];
const PURPOSE: &str = "api-webhook-secret";
const SECRET_PREFIX: &str = "whsec_";

mod status {
    pub const PENDING: &str = "pending";
    pub const DELIVERED: &str = "delivered";
    pub const FAILED: &str = "failed";
}

/// Why the endpoint was not set.
#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    /// Fields to correct.
    #[error("invalid webhook settings")]
    Invalid(FieldErrors),
    /// The address is not confirmed (whoever typed it first must not receive its events).
    #[error("address not confirmed")]
    NotVerified,
    /// Anything else.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for WebhookError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

fn invalid(field: &'static str, message: Message) -> WebhookError {
    WebhookError::Invalid(vec![(field, message)])
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Checks an endpoint as typed: an absolute `https` URL (or one of the operator's trusted
/// origins), no credentials, not a private or loopback address.
///
/// # Errors
/// The message to show by the field.
pub fn check_url(input: &str, trusted: &[Url]) -> Result<Url, Message> {
    let input = input.trim();
    if input.is_empty() {
        return Err(Message::new("error-webhook-url-empty"));
    }
    if input.len() > URL_MAX {
        return Err(Message::new("error-webhook-url-too-long").arg("max", URL_MAX.to_string()));
    }
    let url = Url::parse(input).map_err(|_| Message::new("error-webhook-url-shape"))?;
    if url.fragment().is_some() {
        return Err(Message::new("error-webhook-url-fragment"));
    }
    download::check_user_url(&url, trusted).map_err(|r| match r {
        download::Refusal::NotHttps => Message::new("error-webhook-url-https"),
        download::Refusal::Credentials => Message::new("error-webhook-url-credentials"),
        download::Refusal::NonGlobalAddress => Message::new("error-webhook-url-private"),
        _ => Message::new("error-webhook-url-refused"),
    })?;
    Ok(url)
}

fn parse_events(events: &[String]) -> Result<String, WebhookError> {
    let mut chosen: Vec<&str> = WEBHOOK_EVENTS
        .iter()
        .map(|(code, _)| *code)
        .filter(|code| events.iter().any(|e| e == code))
        .collect();
    if events
        .iter()
        .any(|e| !WEBHOOK_EVENTS.iter().any(|(c, _)| c == e))
    {
        return Err(invalid(
            webhook_fields::EVENT,
            Message::new("error-webhook-events"),
        ));
    }
    if chosen.is_empty() {
        return Err(invalid(
            webhook_fields::EVENT,
            Message::new("error-webhook-events-none"),
        ));
    }
    chosen.dedup();
    Ok(chosen.join(","))
}

fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{SECRET_PREFIX}{}", STANDARD.encode(bytes))
}

fn seal(state: &AppState, endpoint: Uuid, secret: &str) -> anyhow::Result<String> {
    crypto::seal(
        state.master_key.expose_secret(),
        PURPOSE,
        endpoint.as_bytes(),
        secret.as_bytes(),
    )
}

fn open(state: &AppState, endpoint: Uuid, sealed: &str) -> anyhow::Result<String> {
    let bytes = crypto::open(
        state.master_key.expose_secret(),
        PURPOSE,
        endpoint.as_bytes(),
        sealed,
    )?;
    Ok(String::from_utf8(bytes)?)
}

/// The account's endpoint.
///
/// # Errors
/// Database errors.
pub async fn endpoint(
    state: &AppState,
    user: Uuid,
) -> Result<Option<api_webhook::Model>, sea_orm::DbErr> {
    api_webhook::Entity::find()
        .filter(api_webhook::Column::UserId.eq(user))
        .one(&state.db)
        .await
}

/// Sets the account's endpoint (or changes its address and events). Returns the signing
/// secret when one was made (a new endpoint, or `rotate`): it is shown this once.
///
/// # Errors
/// [`WebhookError`].
pub async fn set(
    state: &AppState,
    person: &user::Model,
    url: &str,
    events: &[String],
    rotate: bool,
    client: &Client,
) -> Result<Option<String>, WebhookError> {
    let url = match check_url(url, &state.config.webhook_trusted_origins) {
        Ok(u) => u,
        Err(message) => {
            let mut errors = vec![(webhook_fields::URL, message)];
            if let Err(WebhookError::Invalid(more)) = parse_events(events) {
                errors.extend(more);
            }
            return Err(WebhookError::Invalid(errors));
        }
    };
    let events = parse_events(events)?;
    if person.email_verified_at.is_none() {
        return Err(WebhookError::NotVerified);
    }
    let user = person.id;
    let now = state.clock.now();
    let existing = endpoint(state, user).await?;
    let secret = (existing.is_none() || rotate).then(new_secret);
    match existing {
        Some(row) => {
            let id = row.id;
            let mut active: api_webhook::ActiveModel = row.into();
            active.url = Set(url.to_string());
            active.events = Set(events);
            active.updated_at = Set(now);
            if let Some(secret) = &secret {
                active.secret = Set(seal(state, id, secret)?);
            }
            active.update(&state.db).await?;
        }
        None => {
            let id = state.ids.new_id();
            let sealed = seal(state, id, secret.as_deref().unwrap_or_default())?;
            api_webhook::ActiveModel {
                id: Set(id),
                user_id: Set(user),
                url: Set(url.to_string()),
                secret: Set(sealed),
                events: Set(events),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(&state.db)
            .await?;
        }
    }
    crate::accounts::events::record(
        state,
        user,
        EventKind::WebhookChanged,
        url.host_str().map(Message::verbatim),
        client,
    )
    .await;
    Ok(secret)
}

/// Removes the account's endpoint and its delivery log. Returns whether there was one.
///
/// # Errors
/// Database errors.
pub async fn remove(state: &AppState, user: Uuid, client: &Client) -> Result<bool, sea_orm::DbErr> {
    let gone = api_webhook::Entity::delete_many()
        .filter(api_webhook::Column::UserId.eq(user))
        .exec(&state.db)
        .await?
        .rows_affected
        > 0;
    if gone {
        crate::accounts::events::record(state, user, EventKind::WebhookRemoved, None, client).await;
    }
    Ok(gone)
}

/// What the settings show: the endpoint and its latest deliveries.
///
/// # Errors
/// Database errors.
pub async fn view(state: &AppState, user: Uuid) -> Result<Option<WebhookView>, sea_orm::DbErr> {
    let Some(row) = endpoint(state, user).await? else {
        return Ok(None);
    };
    let deliveries = api_webhook_delivery::Entity::find()
        .filter(api_webhook_delivery::Column::WebhookId.eq(row.id))
        .order_by_desc(api_webhook_delivery::Column::CreatedAt)
        .order_by_desc(api_webhook_delivery::Column::Id)
        .limit(LISTED)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|d| DeliveryView {
            message_id: d.message_id,
            event: d.event,
            status: d.status,
            attempts: u32::try_from(d.attempts).unwrap_or_default(),
            response_code: d.response_code.and_then(|c| u16::try_from(c).ok()),
            error: d.error,
            created_at: rfc3339(d.created_at),
            last_attempt_at: d.last_attempt_at.map(rfc3339),
        })
        .collect();
    Ok(Some(WebhookView {
        url: row.url,
        events: row.events.split(',').map(str::to_owned).collect(),
        created_at: rfc3339(row.created_at),
        deliveries,
    }))
}

/// Writes a delivery of `event` with `data` to `endpoint` and its job, on `db` (the caller's
/// transaction). Call [`crate::jobs::Waker::notify`] after the commit.
async fn enqueue<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    endpoint: &api_webhook::Model,
    event: &str,
    generation: Option<Uuid>,
    data: serde_json::Value,
) -> Result<(), sea_orm::DbErr> {
    let now = state.clock.now();
    let id = state.ids.new_id();
    let payload = serde_json::json!({
        "type": event,
        "timestamp": rfc3339(now),
        "data": data,
    });
    api_webhook_delivery::ActiveModel {
        id: Set(id),
        webhook_id: Set(endpoint.id),
        user_id: Set(endpoint.user_id),
        message_id: Set(format!("msg_{}", crypto::random_id::<16>())),
        event: Set(event.to_owned()),
        generation_id: Set(generation),
        payload: Set(payload.to_string()),
        status: Set(status::PENDING.to_owned()),
        attempts: Set(0),
        response_code: Set(None),
        error: Set(None),
        duration_ms: Set(None),
        created_at: Set(now),
        last_attempt_at: Set(None),
    }
    .insert(db)
    .await?;
    DeliverWebhook { delivery: id }
        .enqueue(
            db,
            Schedule::new(state.ids.new_id(), now)
                .max_attempts(u32::try_from(RETRY_AFTER_SECS.len()).unwrap_or(8) + 1),
        )
        .await?;
    Ok(())
}

/// The event of a generation that ended as `ended`: its own for each ending.
fn event_of(ended: Status) -> &'static str {
    match ended {
        Status::Succeeded => "generation.completed",
        Status::Cancelled => "generation.cancelled",
        Status::Failed | Status::Queued | Status::Running => "generation.failed",
    }
}

/// Tells the account's endpoint, if it wants to know, that generation `row` ended as `ended`
/// (called inside the transaction that ends it). Returns whether an event was queued.
///
/// # Errors
/// Database errors.
pub async fn generation_ended<C: ConnectionTrait>(
    db: &C,
    state: &AppState,
    row: &generation::Model,
    ended: Status,
    error: Option<ErrorCode>,
) -> Result<bool, sea_orm::DbErr> {
    let event = event_of(ended);
    let Some(endpoint) = api_webhook::Entity::find()
        .filter(api_webhook::Column::UserId.eq(row.user_id))
        .one(db)
        .await?
    else {
        return Ok(false);
    };
    if !endpoint.events.split(',').any(|e| e == event) {
        return Ok(false);
    }
    let images: Vec<Uuid> = if ended == Status::Succeeded {
        generation_image::Entity::find()
            .select_only()
            .column(generation_image::Column::Id)
            .filter(generation_image::Column::GenerationId.eq(row.id))
            .order_by_asc(generation_image::Column::Position)
            .into_tuple()
            .all(db)
            .await?
    } else {
        Vec::new()
    };
    let data = serde_json::json!({
        "id": row.id,
        "status": ended.code(),
        "images": images,
        "cost": if ended == Status::Succeeded { row.cost } else { 0 },
        "error_code": error.map(ErrorCode::as_str),
        "created_at": rfc3339(row.created_at),
        "finished_at": rfc3339(state.clock.now()),
    });
    enqueue(db, state, &endpoint, event, Some(row.id), data).await?;
    Ok(true)
}

/// Queues a test event to the account's endpoint. Returns false when there is none.
///
/// # Errors
/// Database errors.
pub async fn send_test(state: &AppState, user: Uuid) -> Result<bool, sea_orm::DbErr> {
    let Some(endpoint) = endpoint(state, user).await? else {
        return Ok(false);
    };
    let data = serde_json::json!({
        "message": "A test event from Obscura: your endpoint is reachable and can check signatures.",
    });
    enqueue(&state.db, state, &endpoint, TEST_EVENT, None, data).await?;
    state.queue.notify();
    Ok(true)
}

/// The `webhook-signature` of `body` sent as message `id` at `timestamp` (Unix seconds) with
/// `secret` (`whsec_…`).
///
/// # Errors
/// A secret that is not `whsec_` + base64.
pub fn sign(secret: &str, id: &str, timestamp: i64, body: &str) -> anyhow::Result<String> {
    let key = STANDARD.decode(
        secret
            .strip_prefix(SECRET_PREFIX)
            .ok_or_else(|| anyhow::anyhow!("a webhook secret starts with whsec_"))?,
    )?;
    let mut mac = Hmac::<Sha256>::new_from_slice(&key)?;
    mac.update(format!("{id}.{timestamp}.{body}").as_bytes());
    Ok(format!(
        "v1,{}",
        STANDARD.encode(mac.finalize().into_bytes())
    ))
}

fn clients() -> anyhow::Result<&'static (reqwest::Client, reqwest::Client)> {
    static CLIENTS: OnceLock<(reqwest::Client, reqwest::Client)> = OnceLock::new();
    if let Some(c) = CLIENTS.get() {
        return Ok(c);
    }
    let built = (
        download::public_client(TIMEOUT)?,
        download::trusted_client(TIMEOUT)?,
    );
    Ok(CLIENTS.get_or_init(|| built))
}

/// Delivers one event (the `deliver-webhook` job).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeliverWebhook {
    /// The delivery row.
    pub delivery: Uuid,
}

/// What an attempt came to.
struct Outcome {
    code: Option<u16>,
    error: Option<&'static str>,
    permanent: bool,
}

async fn attempt(
    state: &AppState,
    endpoint: &api_webhook::Model,
    d: &api_webhook_delivery::Model,
) -> Outcome {
    let fail = |error, permanent| Outcome {
        code: None,
        error: Some(error),
        permanent,
    };
    let Ok(url) = Url::parse(&endpoint.url) else {
        return fail("The address is not valid.", true);
    };
    let trusted = match download::check_user_url(&url, &state.config.webhook_trusted_origins) {
        Ok(t) => t,
        Err(_) => return fail("The address is not a public https address.", true),
    };
    let Ok(secret) = open(state, endpoint.id, &endpoint.secret) else {
        tracing::error!("a webhook secret does not open (another master key?)");
        return fail("The signing secret could not be read; set a new one.", true);
    };
    let timestamp = state.clock.now().timestamp();
    let Ok(signature) = sign(&secret, &d.message_id, timestamp, &d.payload) else {
        return fail("The signing secret could not be read; set a new one.", true);
    };
    let Ok((public, trusted_client)) = clients() else {
        return fail("This server could not send the event.", false);
    };
    let client = if trusted { trusted_client } else { public };
    let sent = client
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("webhook-id", &d.message_id)
        .header("webhook-timestamp", timestamp.to_string())
        .header("webhook-signature", signature)
        .body(d.payload.clone())
        .send()
        .await;
    match sent {
        Ok(res) if res.status().is_success() => Outcome {
            code: Some(res.status().as_u16()),
            error: None,
            permanent: false,
        },
        Ok(res) if res.status().is_redirection() => Outcome {
            code: Some(res.status().as_u16()),
            error: Some("The endpoint answered with a redirect; redirects are not followed."),
            permanent: false,
        },
        Ok(res) => Outcome {
            code: Some(res.status().as_u16()),
            error: Some("The endpoint did not answer with a 2xx status."),
            permanent: false,
        },
        Err(e) if e.is_timeout() => fail("The endpoint did not answer within 10 seconds.", false),
        Err(e) if e.is_connect() => fail(
            "No connection: the name did not resolve to a public address, or nothing listened.",
            false,
        ),
        Err(_) => fail("The request could not be completed.", false),
    }
}

impl Job for DeliverWebhook {
    const KIND: &'static str = "deliver-webhook";
    type Context = AppState;
    type Error = JobError;

    #[tracing::instrument(name = "webhook.deliver", skip_all, fields(delivery = %self.delivery))]
    async fn run(&self, state: &AppState, attempt_no: &Attempt) -> Result<(), JobError> {
        let db = |_| JobError::retry("database");
        let Some(d) = api_webhook_delivery::Entity::find_by_id(self.delivery)
            .one(&state.db)
            .await
            .map_err(db)?
        else {
            return Ok(());
        };
        if d.status != status::PENDING {
            return Ok(());
        }
        let Some(endpoint) = api_webhook::Entity::find_by_id(d.webhook_id)
            .one(&state.db)
            .await
            .map_err(db)?
        else {
            return Ok(());
        };
        let started = std::time::Instant::now();
        let outcome = attempt(state, &endpoint, &d).await;
        let delivered = outcome.error.is_none();
        api_webhook_delivery::Entity::update_many()
            .col_expr(
                api_webhook_delivery::Column::Attempts,
                Expr::col(api_webhook_delivery::Column::Attempts).add(1),
            )
            .col_expr(
                api_webhook_delivery::Column::LastAttemptAt,
                Expr::value(state.clock.now()),
            )
            .col_expr(
                api_webhook_delivery::Column::ResponseCode,
                Expr::value(outcome.code.map(i32::from)),
            )
            .col_expr(
                api_webhook_delivery::Column::Error,
                Expr::value(outcome.error.map(str::to_owned)),
            )
            .col_expr(
                api_webhook_delivery::Column::DurationMs,
                Expr::value(i32::try_from(started.elapsed().as_millis()).unwrap_or(i32::MAX)),
            )
            .col_expr(
                api_webhook_delivery::Column::Status,
                Expr::value(if delivered {
                    status::DELIVERED
                } else {
                    status::PENDING
                }),
            )
            .filter(api_webhook_delivery::Column::Id.eq(d.id))
            .exec(&state.db)
            .await
            .map_err(db)?;
        if delivered {
            return Ok(());
        }
        if outcome.permanent {
            return Err(JobError::permanent("webhook_refused_address"));
        }
        let index = usize::try_from(attempt_no.number.saturating_sub(1)).unwrap_or(usize::MAX);
        let wait = RETRY_AFTER_SECS.get(index).copied().unwrap_or(21_600);
        Err(JobError::retry_after(
            "webhook_not_delivered",
            StdDuration::from_secs(wait),
        ))
    }

    async fn give_up(
        &self,
        state: &AppState,
        _attempt: &Attempt,
        _why: Ended<JobError>,
    ) -> anyhow::Result<()> {
        api_webhook_delivery::Entity::update_many()
            .col_expr(
                api_webhook_delivery::Column::Status,
                Expr::value(status::FAILED),
            )
            .filter(api_webhook_delivery::Column::Id.eq(self.delivery))
            .filter(api_webhook_delivery::Column::Status.eq(status::PENDING))
            .exec(&state.db)
            .await?;
        Ok(())
    }
}

/// Deletes deliveries older than [`DELIVERY_RETENTION_DAYS`]; returns how many.
///
/// # Errors
/// Database errors.
pub async fn purge_expired(state: &AppState) -> Result<u64, sea_orm::DbErr> {
    let before = state.clock.now() - Duration::days(DELIVERY_RETENTION_DAYS);
    Ok(api_webhook_delivery::Entity::delete_many()
        .filter(api_webhook_delivery::Column::CreatedAt.lt(before))
        .filter(api_webhook_delivery::Column::Status.ne(status::PENDING))
        .exec(&state.db)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_follow_the_standard_webhooks_example() {
        // The example of the Standard Webhooks specification.
        let sig = sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1_614_265_330,
            r#"{"test": 2432232314}"#,
        )
        .unwrap();
        assert_eq!(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn secrets_are_256_bits() {
        let s = new_secret();
        assert!(s.starts_with("whsec_"));
        assert_eq!(STANDARD.decode(&s[6..]).unwrap().len(), 32);
    }

    #[test]
    fn endpoints_must_be_public_https_without_credentials() {
        let ok = |u: &str| check_url(u, &[]).is_ok();
        assert!(ok("https://hooks.example.com/obscura?x=1"));
        assert!(ok("https://93.184.216.34:8443/in"));
        for bad in [
            "",
            "hooks.example.com",
            "http://hooks.example.com/",
            "https://user:pw@hooks.example.com/",
            "https://127.0.0.1/",
            "https://10.0.0.8/",
            "https://169.254.169.254/latest/meta-data",
            "https://[::1]/",
            "https://[::ffff:192.168.0.1]/",
            "https://example.com/#frag",
            "ftp://example.com/",
        ] {
            assert!(!ok(bad), "{bad} is refused");
        }
        let trusted = [Url::parse("http://127.0.0.1:9000").unwrap()];
        assert!(check_url("http://127.0.0.1:9000/in", &trusted).is_ok());
        assert!(check_url("http://127.0.0.1:9001/in", &trusted).is_err());
    }

    #[test]
    fn events_are_chosen_from_the_list() {
        let e = |v: &[&str]| parse_events(&v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        assert_eq!(
            e(&["generation.failed", "generation.completed"]).unwrap(),
            "generation.completed,generation.failed"
        );
        assert_eq!(
            e(&[
                "generation.cancelled",
                "generation.completed",
                "generation.failed"
            ])
            .unwrap(),
            "generation.completed,generation.failed,generation.cancelled"
        );
        assert_eq!(
            e(&["generation.cancelled"]).unwrap(),
            "generation.cancelled"
        );
        assert!(e(&[]).is_err());
        assert!(e(&["generation.deleted"]).is_err());
    }

    #[test]
    fn each_ending_is_its_own_event() {
        assert_eq!(event_of(Status::Succeeded), "generation.completed");
        assert_eq!(event_of(Status::Failed), "generation.failed");
        assert_eq!(event_of(Status::Cancelled), "generation.cancelled");
        // Every event sent is one an endpoint can ask for.
        for ended in [Status::Succeeded, Status::Failed, Status::Cancelled] {
            assert!(WEBHOOK_EVENTS.iter().any(|(c, _)| *c == event_of(ended)));
        }
    }
}
