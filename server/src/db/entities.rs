//! SeaORM entities, one module per table.

mod privacy;
mod sharing;
mod support;

pub use privacy::{
    analytics_day, consent, data_export, erasure, policy_ack, policy_announcement, privacy_setting,
    retention_run,
};
pub use sharing::{share, share_view};
pub use support::{privacy_request, support_message, support_reply};

pub mod policy_version {
    //! A published version of the generated privacy policy.

    use sea_orm::entity::prelude::*;

    /// One row of `policy_versions`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "policy_versions")]
    pub struct Model {
        /// Content hash of the facts.
        #[sea_orm(primary_key, auto_increment = false)]
        pub version: String,
        /// The facts as JSON.
        #[sea_orm(column_type = "Text")]
        pub facts: String,
        /// When this version first took effect.
        pub effective_at: DateTimeUtc,
    }

    /// No relations yet.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod user {
    //! A person's account.

    use sea_orm::entity::prelude::*;

    /// One row of `users`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        /// The account id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The email address, trimmed and lower-cased.
        #[sea_orm(unique)]
        pub email: String,
        /// When the address was last proven by a link (None: unverified).
        pub email_verified_at: Option<DateTimeUtc>,
        /// Full name.
        pub name: String,
        /// Company, if given.
        pub company: Option<String>,
        /// Language tag (`obscura_shared::account::Language`).
        pub language: String,
        /// Argon2id PHC string; None for accounts that only use Google or emailed links.
        #[sea_orm(column_type = "Text", nullable)]
        pub password_hash: Option<String>,
        /// `user` or `admin`.
        pub role: String,
        /// Object-store key of the avatar image.
        pub avatar_key: Option<String>,
        /// The Google subject id, when linked.
        #[sea_orm(unique)]
        pub google_sub: Option<String>,
        /// The picture URL Google gave (never fetched by us).
        #[sea_orm(column_type = "Text", nullable)]
        pub picture_url: Option<String>,
        /// When the person confirmed the minimum age.
        pub age_confirmed_at: DateTimeUtc,
        /// Created.
        pub created_at: DateTimeUtc,
        /// Last changed.
        pub updated_at: DateTimeUtc,
    }

    /// Sessions, tokens and events belong to a user.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod session {
    //! A signed-in browser.

    use sea_orm::entity::prelude::*;

    /// One row of `sessions`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sessions")]
    pub struct Model {
        /// Public id (shown to the owner to end it; not a credential).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The owner.
        pub user_id: Uuid,
        /// SHA-256 (hex) of the cookie token.
        #[sea_orm(unique)]
        pub token_hash: String,
        /// Signed in at.
        pub created_at: DateTimeUtc,
        /// Last request seen (updated at most every few minutes).
        pub last_seen_at: DateTimeUtc,
        /// Absolute end.
        pub expires_at: DateTimeUtc,
        /// Coarse device description, e.g. "Firefox on Linux".
        pub device: String,
        /// IP per `OBSCURA_IP_POLICY`.
        pub ip: Option<String>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod auth_token {
    //! A token sent by email: verify an address, sign in, reset a password, change the email.

    use sea_orm::entity::prelude::*;

    /// One row of `auth_tokens`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "auth_tokens")]
    pub struct Model {
        /// SHA-256 (hex) of the token.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        /// What the token is for.
        pub purpose: String,
        /// The account.
        pub user_id: Uuid,
        /// The address the link was sent to (the new one for an email change).
        pub email: String,
        /// Issued.
        pub created_at: DateTimeUtc,
        /// Refused after.
        pub expires_at: DateTimeUtc,
        /// Used (single use).
        pub used_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod security_event {
    //! One entry of a person's security log.

    use sea_orm::entity::prelude::*;

    /// One row of `security_events`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "security_events")]
    pub struct Model {
        /// Id (time-ordered).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// Whose log.
        pub user_id: Uuid,
        /// `obscura_server::accounts::events::EventKind` name.
        pub kind: String,
        /// E.g. the sign-in method.
        pub detail: Option<String>,
        /// Coarse device description.
        pub device: Option<String>,
        /// IP per `OBSCURA_IP_POLICY`.
        pub ip: Option<String>,
        /// When.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod oauth_flow {
    //! A Google sign-in that has started and not yet come back (at most 10 minutes).

    use sea_orm::entity::prelude::*;

    /// One row of `oauth_flows`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "oauth_flows")]
    pub struct Model {
        /// SHA-256 (hex) of the `state` parameter.
        #[sea_orm(primary_key, auto_increment = false)]
        pub state_hash: String,
        /// SHA-256 (hex) of the browser-binding cookie.
        pub browser_hash: String,
        /// The OpenID Connect nonce.
        pub nonce: String,
        /// The PKCE verifier.
        pub pkce_verifier: String,
        /// Where to go afterwards (a local path).
        pub next: String,
        /// Whether the minimum age was confirmed when starting (needed to create an account).
        pub age_confirmed: bool,
        /// Refused after.
        pub expires_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod pending_signup {
    //! A Google identity waiting for the minimum-age confirmation (10 minutes at most).

    use sea_orm::entity::prelude::*;

    /// One row of `pending_signups`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "pending_signups")]
    pub struct Model {
        /// SHA-256 (hex) of the single-use token in the confirmation page's URL.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        /// The provider's subject id.
        pub subject: String,
        /// The address the provider shared.
        pub email: String,
        /// Whether the provider verified it.
        pub email_verified: bool,
        /// Display name.
        pub name: String,
        /// Picture URL.
        #[sea_orm(column_type = "Text", nullable)]
        pub picture_url: Option<String>,
        /// Where to go afterwards.
        pub next: String,
        /// Refused after.
        pub expires_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod credit_balance {
    //! An account's spendable credits (never below zero).

    use sea_orm::entity::prelude::*;

    /// One row of `credit_balances`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "credit_balances")]
    pub struct Model {
        /// The account.
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// Credits available now (reservations already taken off).
        pub balance: i64,
        /// Last change.
        pub updated_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod credit_entry {
    //! One append-only row of the credit ledger.

    use sea_orm::entity::prelude::*;

    /// One row of `credit_ledger`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "credit_ledger")]
    pub struct Model {
        /// Id (time-ordered).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// grant, reserve, capture, release, refund or adjust.
        pub kind: String,
        /// Change of the balance (the balance is the sum of these).
        pub delta: i64,
        /// Credits concerned (positive).
        pub amount: i64,
        /// One cause, one row.
        #[sea_orm(unique)]
        pub idempotency_key: String,
        /// What caused it (e.g. a job id).
        pub reference: Option<String>,
        /// When.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod generation {
    //! One request to generate images, and where it is.

    use sea_orm::entity::prelude::*;

    /// One row of `generations`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "generations")]
    pub struct Model {
        /// Id (time-ordered).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The owner.
        pub user_id: Uuid,
        /// The configured model id.
        pub model: String,
        /// The model's label when it ran (models can be renamed or removed later).
        pub model_label: String,
        /// `local`, `openai`, `sdwebui` or `replicate`.
        pub provider: String,
        /// The model's name at the provider.
        pub upstream: String,
        /// The prompt.
        #[sea_orm(column_type = "Text")]
        pub prompt: String,
        /// The negative prompt.
        #[sea_orm(column_type = "Text", nullable)]
        pub negative_prompt: Option<String>,
        /// Requested width.
        pub width: i32,
        /// Requested height.
        pub height: i32,
        /// Quality code.
        pub quality: String,
        /// Images asked for.
        pub count: i16,
        /// The seed.
        pub seed: i64,
        /// Object key of the reference image (PNG, metadata stripped).
        pub reference_key: Option<String>,
        /// queued, running, succeeded or failed.
        pub status: String,
        /// The stable error code when failed.
        pub error_code: Option<String>,
        /// The provider error class when failed.
        pub error_class: Option<String>,
        /// Credits reserved (captured on success, released on failure).
        pub cost: i64,
        /// Created.
        pub created_at: DateTimeUtc,
        /// First picked up by a worker.
        pub started_at: Option<DateTimeUtc>,
        /// Finished (either way).
        pub finished_at: Option<DateTimeUtc>,
        /// When its files are to be deleted (None: kept until the owner deletes them).
        pub expires_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod generation_image {
    //! One stored image of a generation: the original and its WebP preview and thumbnail.

    use sea_orm::entity::prelude::*;

    /// One row of `generation_images`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "generation_images")]
    pub struct Model {
        /// Id (random: it appears in URLs).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The generation.
        pub generation_id: Uuid,
        /// The owner (the same as the generation's; kept here for ownership checks).
        pub user_id: Uuid,
        /// Position in the generation (0-based).
        pub position: i16,
        /// The original's type.
        pub mime: String,
        /// The original's size.
        pub bytes: i64,
        /// Original width.
        pub width: i32,
        /// Original height.
        pub height: i32,
        /// Object key of the original.
        pub original_key: String,
        /// Object key of the WebP preview.
        pub preview_key: String,
        /// Preview width.
        pub preview_width: i32,
        /// Preview height.
        pub preview_height: i32,
        /// Object key of the WebP thumbnail.
        pub thumb_key: String,
        /// Thumbnail width.
        pub thumb_width: i32,
        /// Thumbnail height.
        pub thumb_height: i32,
        /// Stored.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod usage_entry {
    //! One provider call in the usage log (P-GEN-7): no prompt, no person.

    use sea_orm::entity::prelude::*;

    /// One row of `usage_log`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "usage_log")]
    pub struct Model {
        /// Id (time-ordered).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The generation (task) id.
        pub task_id: Uuid,
        /// The configured model id.
        pub model: String,
        /// The provider kind.
        pub provider: String,
        /// Which try of the job this was (1-based).
        pub attempt: i32,
        /// How long the provider call and storage took.
        pub duration_ms: i64,
        /// succeeded, failed or retry.
        pub outcome: String,
        /// The error class when not succeeded.
        pub error_class: Option<String>,
        /// When.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod job {
    //! One background job (see `crate::jobs`).

    use sea_orm::entity::prelude::*;

    /// One row of `jobs`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "jobs")]
    pub struct Model {
        /// Id (time-ordered).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The handler's stable name.
        pub kind: String,
        /// The job's arguments as JSON (may hold user content: never logged).
        #[sea_orm(column_type = "Text")]
        pub payload: String,
        /// The user the work is for (per-user limits); None for system work.
        pub user_id: Option<Uuid>,
        /// `queued`, `running`, `giving_up` or `failed`.
        pub status: String,
        /// Runs started so far (the current one included).
        pub attempts: i32,
        /// Runs allowed before giving up.
        pub max_attempts: i32,
        /// Not before.
        pub run_at: DateTimeUtc,
        /// While running: the owner's lease; past it, another worker may take the job.
        pub lease_until: Option<DateTimeUtc>,
        /// The claim that owns (or last owned) the job.
        pub worker: Option<String>,
        /// The class of the last error (never user data).
        pub last_error: Option<String>,
        /// Enqueued.
        pub created_at: DateTimeUtc,
        /// Last change.
        pub updated_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
