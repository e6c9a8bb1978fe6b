//! The public API's tables: keys, the usage log, stored idempotent answers.

pub mod api_key {
    //! An API key: its public lookup id, a keyed hash of its secret, scopes and limits.

    use sea_orm::entity::prelude::*;

    /// One row of `api_keys`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_keys")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// Its name, given by the person.
        pub name: String,
        /// The public part of the key (`obs_<lookup>_…`), to find it.
        #[sea_orm(unique)]
        pub lookup: String,
        /// HMAC-SHA256 of the secret part, keyed by a key derived from the master key, hex.
        pub secret_hash: String,
        /// The secret's last four characters (to recognise it in the list).
        pub last4: String,
        /// Comma-separated: `generate`, `read`, `delete`.
        pub scopes: String,
        /// Credits it may spend per calendar month (UTC), if capped.
        pub monthly_cap: Option<i64>,
        /// Made.
        pub created_at: DateTimeUtc,
        /// Last used (written at most once a minute).
        pub last_used_at: Option<DateTimeUtc>,
        /// No longer accepted from then on.
        pub expires_at: Option<DateTimeUtc>,
        /// Revoked.
        pub revoked_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod api_usage {
    //! One API request: when, which key, method, route template, status, duration, credits.

    use sea_orm::entity::prelude::*;

    /// One row of `api_usage`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_usage")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// The key.
        pub key_id: Uuid,
        /// `GET`, `POST`, …
        pub method: String,
        /// The route as the router writes it, e.g. `/api/v1/generations/{id}` (never an id).
        pub route: String,
        /// The answer's status.
        pub status: i32,
        /// How long it took.
        pub duration_ms: i32,
        /// Credits it reserved.
        pub credits: i64,
        /// When.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod api_idempotency {
    //! The answer to a request sent with an `Idempotency-Key` (kept 24 hours).

    use sea_orm::entity::prelude::*;

    /// One row of `api_idempotency`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_idempotency")]
    pub struct Model {
        /// The account (keys are scoped per account).
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// The client's key.
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        /// SHA-256 of method, route and body, hex.
        pub request_hash: String,
        /// `running` or `done`.
        pub state: String,
        /// The answer's status, once done.
        pub status: Option<i32>,
        /// The answer's body, once done.
        #[sea_orm(column_type = "Text", nullable)]
        pub body: Option<String>,
        /// First seen.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod api_account {
    //! An account's API settings.

    use sea_orm::entity::prelude::*;

    /// One row of `api_accounts`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_accounts")]
    pub struct Model {
        /// The account.
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// Credits all its keys together may spend per UTC day, if capped.
        pub daily_cap: Option<i64>,
        /// Last changed.
        pub updated_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod api_webhook {
    //! An account's outgoing webhook endpoint.

    use sea_orm::entity::prelude::*;

    /// One row of `api_webhooks`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_webhooks")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account (one endpoint each).
        #[sea_orm(unique)]
        pub user_id: Uuid,
        /// Where events are posted.
        pub url: String,
        /// The signing secret, sealed with AES-256-GCM under a key derived from the master key.
        #[sea_orm(column_type = "Text")]
        pub secret: String,
        /// Comma-separated event types.
        pub events: String,
        /// Made.
        pub created_at: DateTimeUtc,
        /// Last changed.
        pub updated_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod api_webhook_delivery {
    //! One event sent (or being sent) to an account's webhook endpoint.

    use sea_orm::entity::prelude::*;

    /// One row of `api_webhook_deliveries`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_webhook_deliveries")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The endpoint.
        pub webhook_id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// The `webhook-id` header: the same on every attempt.
        pub message_id: String,
        /// `generation.completed`, `generation.failed`, `generation.cancelled`, `webhook.test`.
        pub event: String,
        /// The generation it is about.
        pub generation_id: Option<Uuid>,
        /// The JSON body sent.
        #[sea_orm(column_type = "Text")]
        pub payload: String,
        /// `pending`, `delivered` or `failed`.
        pub status: String,
        /// Attempts made.
        pub attempts: i32,
        /// The endpoint's last status code.
        pub response_code: Option<i32>,
        /// Why the last attempt failed (a short reason, never the endpoint's body).
        pub error: Option<String>,
        /// How long the last attempt took.
        pub duration_ms: Option<i32>,
        /// Made.
        pub created_at: DateTimeUtc,
        /// Last attempted.
        pub last_attempt_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
