//! The tables of two-step verification: authenticator apps, recovery codes and sign-ins
//! waiting for their second step.

pub mod mfa_totp {
    //! An account's authenticator app (one at most); unconfirmed while being set up.

    use sea_orm::entity::prelude::*;

    /// One row of `mfa_totp`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mfa_totp")]
    pub struct Model {
        /// The account.
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// The shared secret, sealed (AES-256-GCM under a key derived from the master key).
        #[sea_orm(column_type = "Text")]
        pub secret_sealed: String,
        /// When the owner typed a first right code (None: still being set up).
        pub confirmed_at: Option<DateTimeUtc>,
        /// The last 30-second step a code was accepted for (never accepted twice).
        pub last_step: Option<i64>,
        /// Set up started.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod mfa_recovery_code {
    //! One single-use recovery code, kept as a digest.

    use sea_orm::entity::prelude::*;

    /// One row of `mfa_recovery_codes`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mfa_recovery_codes")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// SHA-256 (hex) of the account id and the normalised code.
        #[sea_orm(unique)]
        pub code_hash: String,
        /// Generated.
        pub created_at: DateTimeUtc,
        /// Used (single use).
        pub used_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod mfa_challenge {
    //! A sign-in whose first step succeeded, waiting (5 minutes at most) for its second.

    use sea_orm::entity::prelude::*;

    /// One row of `mfa_challenges`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mfa_challenges")]
    pub struct Model {
        /// SHA-256 (hex) of the token in the browser's cookie.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        /// The account.
        pub user_id: Uuid,
        /// How the first step was made (for the security log).
        pub method: String,
        /// Wrong codes so far (void at [`crate::accounts::mfa::MAX_ATTEMPTS`]).
        pub attempts: i32,
        /// Started.
        pub created_at: DateTimeUtc,
        /// Refused after.
        pub expires_at: DateTimeUtc,
        /// Completed (single use).
        pub used_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod mfa_passkey {
    //! A registered passkey (WebAuthn credential): a second step, and a sign-in on its own.

    use sea_orm::entity::prelude::*;

    /// One row of `mfa_passkeys`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mfa_passkeys")]
    pub struct Model {
        /// Id (what the settings' remove button names).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// The name its owner gave it.
        pub name: String,
        /// The credential id (base64url), unique.
        #[sea_orm(unique)]
        pub credential_id: String,
        /// The credential as webauthn-rs serialises it (public key and counter; no secret).
        #[sea_orm(column_type = "Text")]
        pub credential: String,
        /// Added.
        pub created_at: DateTimeUtc,
        /// Last used to sign in.
        pub last_used_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod passkey_ceremony {
    //! The server half of a passkey registration or sign-in, waiting (5 minutes at most) for the
    //! browser's answer; deleted when answered.

    use sea_orm::entity::prelude::*;

    /// One row of `passkey_ceremonies`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "passkey_ceremonies")]
    pub struct Model {
        /// SHA-256 (hex) of the token the browser echoes.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        /// `register`, `second-step` or `passwordless`.
        pub purpose: String,
        /// The account (none for a passwordless sign-in, which finds it from the passkey).
        pub user_id: Option<Uuid>,
        /// For a second step: the pending sign-in's token hash it belongs to.
        pub bound_to: Option<String>,
        /// The webauthn-rs state (JSON).
        #[sea_orm(column_type = "Text")]
        pub state: String,
        /// Refused after.
        pub expires_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
