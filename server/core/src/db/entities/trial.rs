//! The trial tables: trial images and the daily salts of visitor hashes.

pub mod trial_salt {
    //! The random salt of one UTC day (deleted two days later).

    use sea_orm::entity::prelude::*;

    /// One row of `trial_salts`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "trial_salts")]
    pub struct Model {
        /// `YYYY-MM-DD` (UTC).
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: String,
        /// 32 random bytes, hex.
        pub salt: String,
        /// When it was drawn.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod trial_image {
    //! One image a visitor made without an account (kept 24 hours).

    use sea_orm::entity::prelude::*;

    /// One row of `trial_images`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "trial_images")]
    pub struct Model {
        /// Id (also the generation's id once adopted).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// SHA-256 of the trial cookie's token, hex.
        pub visitor: String,
        /// Salted SHA-256 of network address and user agent, hex.
        pub fingerprint: String,
        /// Salted SHA-256 of the network address alone, hex.
        pub network: String,
        /// Model id.
        pub model: String,
        /// Its label.
        pub model_label: String,
        /// Provider code.
        pub provider: String,
        /// The model's name at the provider.
        pub upstream: String,
        /// The prompt.
        #[sea_orm(column_type = "Text")]
        pub prompt: String,
        /// Requested width.
        pub width: i32,
        /// Requested height.
        pub height: i32,
        /// Seed.
        pub seed: i64,
        /// `queued`, `running`, `succeeded` or `failed`.
        pub status: String,
        /// Why it failed.
        pub error_code: Option<String>,
        /// The original's type.
        pub mime: Option<String>,
        /// The original's size.
        pub bytes: Option<i64>,
        /// The original's width.
        pub image_width: Option<i32>,
        /// The original's height.
        pub image_height: Option<i32>,
        /// Object key of the original.
        #[sea_orm(column_type = "Text", nullable)]
        pub original_key: Option<String>,
        /// Object key of the WebP preview.
        #[sea_orm(column_type = "Text", nullable)]
        pub preview_key: Option<String>,
        /// Preview width.
        pub preview_width: Option<i32>,
        /// Preview height.
        pub preview_height: Option<i32>,
        /// Object key of the WebP thumbnail.
        #[sea_orm(column_type = "Text", nullable)]
        pub thumb_key: Option<String>,
        /// Thumbnail width.
        pub thumb_width: Option<i32>,
        /// Thumbnail height.
        pub thumb_height: Option<i32>,
        /// Made.
        pub created_at: DateTimeUtc,
        /// Finished (either way).
        pub finished_at: Option<DateTimeUtc>,
        /// Deleted by the retention run from then on (24 hours after `created_at`).
        pub expires_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
