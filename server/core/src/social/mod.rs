//! Social connections and publishing (P-SOC-1…6).
//!
//! A person connects a platform through its OAuth 2.0 authorization (code + PKCE, `state`
//! bound to the browser by a cookie, 10 minutes, single use); the tokens are sealed at once
//! ([`seal`]). The connection lists where it can publish (profile, pages, boards, channel); the
//! person chooses. Publishing happens only from a publish request the person made with a click
//! ([`publish`]), optionally after a reviewer approved it by a one-time link; each post is a
//! job that may be retried but never posts twice. Disconnecting revokes at the platform where it
//! offers revocation and deletes the tokens at once; the history stays, without tokens, until
//! the person deletes it. Meta's deletion and deauthorization callbacks ([`callbacks`]) delete
//! that platform user's connections, tokens and history.

pub mod callbacks;
pub mod platforms;
pub mod publish;
pub mod reason;
pub mod seal;

use std::collections::HashSet;

use anyhow::Context;
use chrono::{DateTime, Utc};
use obscura_shared::{
    i18n::Message,
    social::{ConnectionView, ConnectionsPage, Platform, PlatformOffer, PostView, TargetView},
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, Set,
    TransactionTrait,
};
use uuid::Uuid;

use crate::{
    accounts::crypto,
    db::entities::{social_connection, social_flow, social_post, social_target},
    jobs::{Job, Schedule},
    state::AppState,
};
use platforms::{Endpoints, GoogleEndpoints, PlatformError};
use seal::Slot;

/// A write transaction that takes SQLite's write lock first (`BEGIN IMMEDIATE`): these read
/// before they write, and a deferred transaction whose snapshot another writer moved on cannot
/// be upgraded (`SQLITE_BUSY_SNAPSHOT`, which no busy timeout waits out). PostgreSQL: a plain
/// transaction.
///
/// # Errors
/// Database errors.
pub async fn write_txn(
    db: &sea_orm::DatabaseConnection,
) -> Result<sea_orm::DatabaseTransaction, sea_orm::DbErr> {
    db.begin_with_options(sea_orm::TransactionOptions {
        sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
        ..sea_orm::TransactionOptions::default()
    })
    .await
}

/// How long a started connection may take.
pub const FLOW_LIFETIME: chrono::Duration = chrono::Duration::minutes(10);

/// Connection states as stored.
pub mod status {
    /// Tokens work (as far as we know).
    pub const ACTIVE: &str = "active";
    /// The platform refused the tokens: the person must connect again.
    pub const RECONNECT: &str = "reconnect";
}

/// What went wrong with a social request.
#[derive(Debug, thiserror::Error)]
pub enum SocialError {
    /// The platform is not configured on this server (404).
    #[error("platform not configured")]
    Off,
    /// No such connection, target, image or post of this account (404).
    #[error("not found")]
    NotFound,
    /// Fields to correct.
    #[error("invalid input")]
    Invalid(Vec<(String, obscura_shared::i18n::Message)>),
    /// The connection attempt is unknown, used, foreign or expired: start again.
    #[error("flow expired or invalid")]
    Flow,
    /// The person cancelled at the platform.
    #[error("cancelled at the platform")]
    Cancelled,
    /// The platform said no, or could not be reached (its reason is shown).
    #[error("platform: {0}")]
    Platform(PlatformError),
    /// Too many approval requests from this account today.
    #[error("too many approval requests")]
    TooManyApprovals,
    /// Ours.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sea_orm::DbErr> for SocialError {
    fn from(e: sea_orm::DbErr) -> Self {
        Self::Internal(e.into())
    }
}

/// The social HTTP client, shared.
pub struct Service {
    /// The platforms' client.
    pub client: platforms::Client,
}

impl Service {
    /// The service.
    ///
    /// # Errors
    /// If the HTTP client cannot be built.
    pub fn new() -> anyhow::Result<Self> {
        Ok(Self {
            client: platforms::Client::new()?,
        })
    }
}

/// Whether this server offers `platform`.
#[must_use]
pub fn enabled(state: &AppState, platform: Platform) -> bool {
    match platform {
        Platform::Youtube => state.config.social.youtube.is_some() && state.google.is_some(),
        p => platforms::app(&state.config.social, p).is_some(),
    }
}

/// The platforms this server offers, with the scopes each asks for.
#[must_use]
pub fn offers(state: &AppState) -> Vec<PlatformOffer> {
    Platform::ALL
        .into_iter()
        .filter(|p| enabled(state, *p))
        .map(|platform| PlatformOffer {
            platform,
            scopes: platforms::scopes(platform)
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
        })
        .collect()
}

/// Where `platform` answers.
///
/// # Errors
/// `Off` when not configured; Google discovery failing for YouTube.
pub async fn endpoints(state: &AppState, platform: Platform) -> Result<Endpoints<'_>, SocialError> {
    if platform == Platform::Youtube {
        let (Some(google), Some(yt), Some(cfg)) = (
            state.google.as_ref(),
            state.config.social.youtube.as_ref(),
            state.config.google.as_ref(),
        ) else {
            return Err(SocialError::Off);
        };
        let (authorize, token) = google.endpoints().await?;
        return Ok(Endpoints::Google(
            GoogleEndpoints {
                authorize,
                token,
                client_id: cfg.client_id.clone(),
                client_secret: secrecy::ExposeSecret::expose_secret(&cfg.client_secret).to_owned(),
            },
            yt,
        ));
    }
    platforms::app(&state.config.social, platform)
        .map(Endpoints::App)
        .ok_or(SocialError::Off)
}

/// The redirect URI registered with each platform.
#[must_use]
pub fn redirect_uri(state: &AppState, platform: Platform) -> String {
    format!(
        "{}/connections/{}/callback",
        crate::config::origin(&state.config.public_url),
        platform.as_str()
    )
}

/// A connection on its way to the platform.
#[derive(Debug)]
pub struct Started {
    /// Where to send the browser.
    pub url: String,
    /// The browser-binding cookie's value.
    pub browser_token: String,
}

/// Starts connecting `platform` for `user`.
///
/// # Errors
/// `Off` when the platform is not configured.
pub async fn start(
    state: &AppState,
    user: Uuid,
    platform: Platform,
) -> Result<Started, SocialError> {
    let endpoints = endpoints(state, platform).await?;
    let (challenge, verifier) = oauth2::PkceCodeChallenge::new_random_sha256();
    let csrf = oauth2::CsrfToken::new_random();
    let browser_token = crypto::new_token();
    let now = state.clock.now();
    social_flow::Entity::delete_many()
        .filter(social_flow::Column::ExpiresAt.lte(now))
        .exec(&state.db)
        .await?;
    social_flow::ActiveModel {
        state_hash: Set(crypto::digest(csrf.secret())),
        browser_hash: Set(crypto::digest(&browser_token)),
        user_id: Set(user),
        platform: Set(platform.as_str().to_owned()),
        pkce_verifier: Set(verifier.secret().clone()),
        expires_at: Set(now + FLOW_LIFETIME),
    }
    .insert(&state.db)
    .await?;
    let url = platforms::authorize_url(
        platform,
        &endpoints,
        &redirect_uri(state, platform),
        csrf.secret(),
        challenge.as_str(),
    );
    Ok(Started { url, browser_token })
}

fn slot<'a>(table: &'static str, row: Uuid, platform: &'a str, column: &'static str) -> Slot<'a> {
    Slot {
        table,
        row,
        platform,
        column,
    }
}

fn expiry(now: DateTime<Utc>, secs: Option<i64>) -> Option<DateTime<Utc>> {
    secs.filter(|s| *s > 0)
        .map(|s| now + chrono::Duration::seconds(s.min(10 * 365 * 86_400)))
}

/// Finishes connecting from the platform's redirect: checks the flow (this browser, this
/// account, unused, in time), exchanges the code, reads who connected and where they can
/// publish, and stores the connection with its tokens sealed. Connecting the same platform
/// account again replaces its tokens and keeps the person's choices.
///
/// # Errors
/// `Flow` for a missing, unknown, replayed, foreign or expired attempt; `Cancelled` when the
/// person said no at the platform; `Platform` for the platform's refusal.
#[allow(clippy::too_many_arguments)]
pub async fn finish(
    state: &AppState,
    user: Uuid,
    platform: Platform,
    code: Option<&str>,
    error: Option<&str>,
    state_param: &str,
    browser_token: Option<&str>,
) -> Result<Uuid, SocialError> {
    let hash = crypto::digest(state_param);
    let Some(flow) = social_flow::Entity::find_by_id(hash.clone())
        .one(&state.db)
        .await?
    else {
        return Err(SocialError::Flow);
    };
    // Single use: whoever deletes the row owns the flow.
    if social_flow::Entity::delete_by_id(hash)
        .exec(&state.db)
        .await?
        .rows_affected
        != 1
    {
        return Err(SocialError::Flow);
    }
    if browser_token.map(crypto::digest).as_deref() != Some(flow.browser_hash.as_str())
        || flow.user_id != user
        || flow.platform != platform.as_str()
        || flow.expires_at <= state.clock.now()
    {
        return Err(SocialError::Flow);
    }
    if error.is_some() {
        return Err(SocialError::Cancelled);
    }
    let code = code.filter(|c| !c.is_empty()).ok_or(SocialError::Flow)?;
    let endpoints = endpoints(state, platform).await?;
    let client = &state.social.client;
    let tokens = platforms::exchange(
        client,
        platform,
        &endpoints,
        &redirect_uri(state, platform),
        code,
        &flow.pkce_verifier,
    )
    .await
    .map_err(|e| match e {
        PlatformError::Expired => SocialError::Flow,
        e => SocialError::Platform(e),
    })?;
    let who = platforms::identity(client, platform, &endpoints, &tokens.access)
        .await
        .map_err(SocialError::Platform)?;
    store(state, user, platform, tokens, who).await
}

async fn store(
    state: &AppState,
    user: Uuid,
    platform: Platform,
    tokens: platforms::Tokens,
    who: platforms::Identity,
) -> Result<Uuid, SocialError> {
    let now = state.clock.now();
    let p = platform.as_str();
    let scopes = tokens
        .scope
        .clone()
        .unwrap_or_else(|| platforms::scopes(platform).join(" "))
        .replace(',', " ");
    let txn = crate::social::write_txn(&state.db).await?;
    let existing = social_connection::Entity::find()
        .filter(social_connection::Column::UserId.eq(user))
        .filter(social_connection::Column::Platform.eq(p))
        .filter(social_connection::Column::PlatformUserId.eq(who.user_id.as_str()))
        .one(&txn)
        .await?;
    let id = existing
        .as_ref()
        .map_or_else(|| state.ids.new_id(), |c| c.id);
    let access = seal::seal(
        &txn,
        state,
        slot("social_connections", id, p, "access_token"),
        &tokens.access,
    )
    .await?;
    let refresh = match &tokens.refresh {
        Some(r) => Some(
            seal::seal(
                &txn,
                state,
                slot("social_connections", id, p, "refresh_token"),
                r,
            )
            .await?,
        ),
        None => None,
    };
    let expires_at = expiry(now, tokens.expires_in);
    let mut row = social_connection::ActiveModel {
        id: Set(id),
        user_id: Set(user),
        platform: Set(p.to_owned()),
        platform_user_id: Set(cut(&who.user_id, 128)),
        username: Set(who.username.as_deref().map(|u| cut(u, 200))),
        display_name: Set(cut(&who.display_name, 200)),
        scopes: Set(cut(&scopes, 400)),
        access_token: Set(access),
        refresh_token: Set(refresh),
        expires_at: Set(expires_at),
        refresh_expires_at: Set(expiry(now, tokens.refresh_expires_in)),
        status: Set(status::ACTIVE.to_owned()),
        status_reason: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let chosen_before: HashSet<String> = if let Some(c) = existing {
        row.created_at = Set(c.created_at);
        row.update(&txn).await?;
        let old = social_target::Entity::find()
            .filter(social_target::Column::ConnectionId.eq(id))
            .all(&txn)
            .await?;
        social_target::Entity::delete_many()
            .filter(social_target::Column::ConnectionId.eq(id))
            .exec(&txn)
            .await?;
        old.into_iter()
            .filter(|t| t.chosen)
            .map(|t| t.external_id)
            .collect()
    } else {
        row.insert(&txn).await?;
        HashSet::new()
    };
    for t in who.targets.into_iter().take(100) {
        let target_id = state.ids.new_id();
        let token = match &t.token {
            Some(tok) => Some(
                seal::seal(
                    &txn,
                    state,
                    slot("social_targets", target_id, p, "token"),
                    tok,
                )
                .await?,
            ),
            None => None,
        };
        social_target::ActiveModel {
            id: Set(target_id),
            connection_id: Set(id),
            user_id: Set(user),
            kind: Set(t.kind.to_owned()),
            chosen: Set(t.chosen || chosen_before.contains(&t.external_id)),
            external_id: Set(cut(&t.external_id, 128)),
            name: Set(cut(&t.name, 200)),
            token: Set(token),
            created_at: Set(now),
        }
        .insert(&txn)
        .await?;
    }
    if let Some(at) = expires_at {
        schedule_refresh(&txn, state, id, user, at).await?;
    }
    txn.commit().await?;
    state.queue.notify();
    Ok(id)
}

fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

async fn schedule_refresh<C: sea_orm::ConnectionTrait>(
    db: &C,
    state: &AppState,
    connection: Uuid,
    user: Uuid,
    expires_at: DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    // Ten minutes before expiry (or half the lifetime of a short one).
    let now = state.clock.now();
    let lead = ((expires_at - now) / 2).min(chrono::Duration::minutes(10));
    RefreshConnection { connection }
        .enqueue(
            db,
            Schedule::new(state.ids.new_id(), expires_at - lead)
                .for_user(user)
                .max_attempts(4),
        )
        .await
        .map(|_| ())
}

/// Opens a connection's tokens (access, refresh).
///
/// # Errors
/// When a token does not open.
pub fn tokens(
    state: &AppState,
    c: &social_connection::Model,
) -> anyhow::Result<(String, Option<String>)> {
    let access = seal::open(
        state,
        slot("social_connections", c.id, &c.platform, "access_token"),
        &c.access_token,
    )?;
    let refresh = c
        .refresh_token
        .as_deref()
        .map(|r| {
            seal::open(
                state,
                slot("social_connections", c.id, &c.platform, "refresh_token"),
                r,
            )
        })
        .transpose()?;
    Ok((access, refresh))
}

/// Opens a target's own token.
///
/// # Errors
/// When it does not open.
pub fn target_token(
    state: &AppState,
    platform: &str,
    t: &social_target::Model,
) -> anyhow::Result<Option<String>> {
    t.token
        .as_deref()
        .map(|s| seal::open(state, slot("social_targets", t.id, platform, "token"), s))
        .transpose()
}

/// Marks a connection as needing to be connected again.
async fn needs_reconnect(
    state: &AppState,
    c: &social_connection::Model,
    why: &Message,
) -> Result<(), sea_orm::DbErr> {
    let mut row = c.clone().into_active_model();
    row.status = Set(status::RECONNECT.to_owned());
    row.status_reason = Set(Some(reason::store(why)));
    row.updated_at = Set(state.clock.now());
    row.update(&state.db).await.map(|_| ())
}

/// Refreshes a connection's tokens: `Ok(true)` when refreshed, `Ok(false)` when the platform
/// refused (the connection now shows "reconnect needed").
///
/// # Errors
/// The platform unreachable (try again later), database errors.
pub async fn refresh_now(
    state: &AppState,
    c: &social_connection::Model,
) -> Result<bool, SocialError> {
    let platform = Platform::parse(&c.platform).context("unknown platform")?;
    let (_, refresh) = tokens(state, c)?;
    let Some(refresh) = refresh else {
        needs_reconnect(state, c, &Message::new("connection-reason-no-refresh")).await?;
        return Ok(false);
    };
    let endpoints = endpoints(state, platform).await?;
    match platforms::refresh(&state.social.client, platform, &endpoints, &refresh).await {
        Ok(t) => {
            let now = state.clock.now();
            let p = c.platform.as_str();
            let txn = crate::social::write_txn(&state.db).await?;
            let mut row = c.clone().into_active_model();
            row.access_token = Set(seal::seal(
                &txn,
                state,
                slot("social_connections", c.id, p, "access_token"),
                &t.access,
            )
            .await?);
            // Platforms that rotate refresh tokens send a new one; keep the old one otherwise.
            if let Some(r) = &t.refresh {
                row.refresh_token = Set(Some(
                    seal::seal(
                        &txn,
                        state,
                        slot("social_connections", c.id, p, "refresh_token"),
                        r,
                    )
                    .await?,
                ));
                row.refresh_expires_at =
                    Set(expiry(now, t.refresh_expires_in).or(c.refresh_expires_at));
            }
            let expires_at = expiry(now, t.expires_in);
            row.expires_at = Set(expires_at);
            row.status = Set(status::ACTIVE.to_owned());
            row.status_reason = Set(None);
            row.updated_at = Set(now);
            row.update(&txn).await?;
            if let Some(at) = expires_at {
                schedule_refresh(&txn, state, c.id, c.user_id, at).await?;
            }
            txn.commit().await?;
            state.queue.notify();
            Ok(true)
        }
        Err(PlatformError::Expired | PlatformError::Refused(_)) => {
            needs_reconnect(state, c, &Message::new("connection-reconnect-reason")).await?;
            Ok(false)
        }
        Err(e) => Err(SocialError::Platform(e)),
    }
}

/// Keeps a connection's access alive: refreshes it shortly before it expires.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct RefreshConnection {
    /// The connection.
    pub connection: Uuid,
}

/// Why a refresh run failed.
#[derive(Debug)]
pub struct RefreshFailed;

impl crate::jobs::Failure for RefreshFailed {
    fn class(&self) -> &str {
        "platform_unavailable"
    }
    fn retry(&self) -> crate::jobs::Retry {
        crate::jobs::Retry::Later(Some(std::time::Duration::from_secs(60)))
    }
    fn from_class(_: &str) -> Self {
        Self
    }
}

impl Job for RefreshConnection {
    const KIND: &'static str = "refresh-social-connection";
    type Context = AppState;
    type Error = RefreshFailed;

    async fn run(&self, state: &AppState, _: &crate::jobs::Attempt) -> Result<(), RefreshFailed> {
        let Ok(Some(c)) = social_connection::Entity::find_by_id(self.connection)
            .one(&state.db)
            .await
        else {
            // Disconnected since: nothing to do.
            return Ok(());
        };
        if c.status != status::ACTIVE {
            return Ok(());
        }
        // A newer refresh already moved the expiry on: this one is stale.
        if c.expires_at
            .is_some_and(|at| at - state.clock.now() > chrono::Duration::minutes(15))
        {
            return Ok(());
        }
        match refresh_now(state, &c).await {
            Ok(_) => Ok(()),
            Err(e) => {
                tracing::warn!(error = %e, platform = %c.platform, "refreshing a social connection failed");
                Err(RefreshFailed)
            }
        }
    }

    async fn give_up(
        &self,
        state: &AppState,
        _: &crate::jobs::Attempt,
        _: crate::jobs::Ended<RefreshFailed>,
    ) -> anyhow::Result<()> {
        if let Some(c) = social_connection::Entity::find_by_id(self.connection)
            .one(&state.db)
            .await?
        {
            needs_reconnect(state, &c, &Message::new("connection-reason-unreachable")).await?;
        }
        Ok(())
    }
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Settings → Connections.
///
/// # Errors
/// Database errors.
pub async fn overview(state: &AppState, user: Uuid) -> Result<ConnectionsPage, SocialError> {
    let connections = social_connection::Entity::find()
        .filter(social_connection::Column::UserId.eq(user))
        .order_by_asc(social_connection::Column::CreatedAt)
        .all(&state.db)
        .await?;
    let targets = social_target::Entity::find()
        .filter(social_target::Column::UserId.eq(user))
        .order_by_asc(social_target::Column::Name)
        .all(&state.db)
        .await?;
    let connections = connections
        .into_iter()
        .filter_map(|c| {
            let platform = Platform::parse(&c.platform)?;
            Some(ConnectionView {
                id: c.id.to_string(),
                platform,
                display_name: c.display_name.clone(),
                username: c.username.clone(),
                reconnect: (c.status == status::RECONNECT).then(|| {
                    c.status_reason
                        .as_deref()
                        .map_or_else(|| Message::new("connection-reconnect-reason"), reason::read)
                }),
                scopes: c.scopes.split_whitespace().map(str::to_owned).collect(),
                connected_at: rfc3339(c.created_at),
                expires_at: c.expires_at.map(rfc3339),
                targets: targets
                    .iter()
                    .filter(|t| t.connection_id == c.id)
                    .map(|t| TargetView {
                        id: t.id.to_string(),
                        kind: t.kind.clone(),
                        name: t.name.clone(),
                        chosen: t.chosen,
                    })
                    .collect(),
            })
        })
        .collect();
    Ok(ConnectionsPage {
        offers: offers(state),
        connections,
    })
}

/// Sets which of a connection's targets are chosen for publishing.
///
/// # Errors
/// `NotFound` for another account's connection; `Invalid` for a target not of it.
pub async fn choose(
    state: &AppState,
    user: Uuid,
    connection: Uuid,
    chosen: &[Uuid],
) -> Result<(), SocialError> {
    let Some(c) = social_connection::Entity::find_by_id(connection)
        .filter(social_connection::Column::UserId.eq(user))
        .one(&state.db)
        .await?
    else {
        return Err(SocialError::NotFound);
    };
    let targets = social_target::Entity::find()
        .filter(social_target::Column::ConnectionId.eq(c.id))
        .all(&state.db)
        .await?;
    if chosen.iter().any(|id| !targets.iter().any(|t| t.id == *id)) {
        return Err(SocialError::Invalid(vec![(
            obscura_shared::social::fields::TARGET.to_owned(),
            obscura_shared::i18n::Message::new("error-connection-targets"),
        )]));
    }
    // Pinterest publishes to one board.
    if c.platform == Platform::Pinterest.as_str() && chosen.len() > 1 {
        return Err(SocialError::Invalid(vec![(
            obscura_shared::social::fields::TARGET.to_owned(),
            obscura_shared::i18n::Message::new("error-connection-one-board"),
        )]));
    }
    let txn = crate::social::write_txn(&state.db).await?;
    for t in targets {
        let want = chosen.contains(&t.id);
        if t.chosen != want {
            let mut row = t.into_active_model();
            row.chosen = Set(want);
            row.update(&txn).await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

/// What disconnecting did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disconnected {
    /// The platform.
    pub platform: Platform,
    /// Whether the platform revoked the token (false: it offers no revocation, or could not be
    /// reached; the tokens are deleted here either way).
    pub revoked: bool,
}

/// Disconnects: revokes at the platform where it offers revocation, then deletes the tokens
/// and the connection at once. The history stays (without tokens).
///
/// # Errors
/// `NotFound` for another account's connection.
pub async fn disconnect(
    state: &AppState,
    user: Uuid,
    connection: Uuid,
) -> Result<Disconnected, SocialError> {
    let Some(c) = social_connection::Entity::find_by_id(connection)
        .filter(social_connection::Column::UserId.eq(user))
        .one(&state.db)
        .await?
    else {
        return Err(SocialError::NotFound);
    };
    let platform = Platform::parse(&c.platform).context("unknown platform")?;
    let revoked = revoke_at_platform(state, &c, platform).await;
    remove(state, &c).await?;
    Ok(Disconnected { platform, revoked })
}

async fn revoke_at_platform(
    state: &AppState,
    c: &social_connection::Model,
    platform: Platform,
) -> bool {
    let Ok(endpoints) = endpoints(state, platform).await else {
        return false;
    };
    let Ok((access, refresh)) = tokens(state, c) else {
        return false;
    };
    let client = &state.social.client;
    let revoked =
        platforms::revoke(client, platform, &endpoints, &access, &c.platform_user_id).await;
    if let (Some(r), Platform::X | Platform::Youtube) = (refresh, platform) {
        let _ = platforms::revoke(client, platform, &endpoints, &r, &c.platform_user_id).await;
    }
    match revoked {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!(error = %e, platform = platform.as_str(), "revoking a social token failed");
            false
        }
    }
}

/// Deletes a connection, its targets (and their tokens) and its pending posts' links to it.
async fn remove(state: &AppState, c: &social_connection::Model) -> Result<(), SocialError> {
    let txn = crate::social::write_txn(&state.db).await?;
    // Posts not sent yet cannot go out any more.
    social_post::Entity::update_many()
        .col_expr(
            social_post::Column::Status,
            sea_orm::sea_query::Expr::value("cancelled"),
        )
        .col_expr(
            social_post::Column::Error,
            sea_orm::sea_query::Expr::value(reason::store(&Message::new(
                "connections-post-reason-connection-removed",
            ))),
        )
        .filter(social_post::Column::ConnectionId.eq(c.id))
        .filter(social_post::Column::Status.is_in(["queued", "awaiting_approval"]))
        .exec(&txn)
        .await?;
    social_post::Entity::update_many()
        .col_expr(
            social_post::Column::ConnectionId,
            sea_orm::sea_query::Expr::value(Option::<Uuid>::None),
        )
        .col_expr(
            social_post::Column::TargetId,
            sea_orm::sea_query::Expr::value(Option::<Uuid>::None),
        )
        .filter(social_post::Column::ConnectionId.eq(c.id))
        .exec(&txn)
        .await?;
    social_target::Entity::delete_many()
        .filter(social_target::Column::ConnectionId.eq(c.id))
        .exec(&txn)
        .await?;
    social_connection::Entity::delete_by_id(c.id)
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Revokes every connection of an account at its platform (erasure); the rows go with the
/// account.
pub async fn revoke_all(state: &AppState, user: Uuid) {
    let Ok(connections) = social_connection::Entity::find()
        .filter(social_connection::Column::UserId.eq(user))
        .all(&state.db)
        .await
    else {
        return;
    };
    for c in connections {
        if let Some(platform) = Platform::parse(&c.platform) {
            revoke_at_platform(state, &c, platform).await;
        }
        let _ = remove(state, &c).await;
    }
}

/// The history, newest first: every post of the account, or one image's.
///
/// # Errors
/// Database errors.
pub async fn history(
    state: &AppState,
    user: Uuid,
    image: Option<Uuid>,
) -> Result<Vec<PostView>, SocialError> {
    let mut q = social_post::Entity::find().filter(social_post::Column::UserId.eq(user));
    if let Some(image) = image {
        q = q.filter(social_post::Column::ImageId.eq(image));
    }
    let rows = q
        .order_by_desc(social_post::Column::CreatedAt)
        .order_by_asc(social_post::Column::Platform)
        .all(&state.db)
        .await?;
    Ok(rows.into_iter().filter_map(|p| post_view(&p)).collect())
}

fn post_view(p: &social_post::Model) -> Option<PostView> {
    let detail = match p.status.as_str() {
        "queued" => Some(p.retry_at.map_or_else(
            || Message::new("connections-post-detail-sending"),
            |at| {
                Message::new("connections-post-detail-rate-limited")
                    .arg("time", at.format("%Y-%m-%d %H:%M").to_string())
            },
        )),
        "awaiting_approval" => Some(Message::new("connections-post-detail-awaiting")),
        _ => p.error.as_deref().map(reason::read),
    };
    Some(PostView {
        id: p.id.to_string(),
        image_id: p.image_id.to_string(),
        platform: Platform::parse(&p.platform)?,
        account_name: p.account_name.clone(),
        target_name: p.target_name.clone(),
        status: p.status.clone(),
        detail,
        post_id: p.post_id.clone(),
        permalink: p.permalink.clone(),
        created_at: rfc3339(p.created_at),
        published_at: p.published_at.map(rfc3339),
    })
}

/// Deletes one history row (not a post waiting to go out).
///
/// # Errors
/// `NotFound` for another account's row or one still on its way.
pub async fn delete_history(state: &AppState, user: Uuid, post: Uuid) -> Result<(), SocialError> {
    let res = social_post::Entity::delete_many()
        .filter(social_post::Column::Id.eq(post))
        .filter(social_post::Column::UserId.eq(user))
        .filter(social_post::Column::Status.is_not_in(["queued", "awaiting_approval"]))
        .exec(&state.db)
        .await?;
    if res.rows_affected == 0 {
        return Err(SocialError::NotFound);
    }
    Ok(())
}

/// Ends what has run out (the retention run): approval requests past their 7 days (their posts
/// are cancelled, the link no longer works), connection attempts past their 10 minutes and
/// public image links past their hour. Returns how many rows changed.
///
/// # Errors
/// Database errors.
pub async fn purge_expired(state: &AppState) -> anyhow::Result<u64> {
    use crate::db::entities::{social_media_link, social_publication};
    let now = state.clock.now();
    let expired: Vec<Uuid> = social_publication::Entity::find()
        .filter(social_publication::Column::Status.eq("awaiting_approval"))
        .filter(social_publication::Column::ApprovalExpiresAt.lte(now))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let mut changed = publish::expire_approvals(state, &expired).await?;
    changed += social_flow::Entity::delete_many()
        .filter(social_flow::Column::ExpiresAt.lte(now))
        .exec(&state.db)
        .await?
        .rows_affected;
    changed += social_media_link::Entity::delete_many()
        .filter(social_media_link::Column::ExpiresAt.lte(now))
        .exec(&state.db)
        .await?
        .rows_affected;
    Ok(changed)
}
