//! The tables of accounts: users, sessions, emailed-link tokens, the security log, Google
//! sign-ins in flight and unfinished sign-ups.

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
        /// When an admin suspended the account (None: not suspended).
        pub suspended_at: Option<DateTimeUtc>,
        /// The admin's reason for the suspension (operators and the person's export only).
        #[sea_orm(column_type = "Text", nullable)]
        pub suspension_reason: Option<String>,
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
