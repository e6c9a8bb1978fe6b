//! Social publishing: connections, their targets, flows, publications, posts, media links,
//! platform deletion requests and sealing key ids.

pub mod sealing_key {
    //! A key id tokens are sealed under (the newest is current).

    use sea_orm::entity::prelude::*;

    /// One row of `sealing_keys`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sealing_keys")]
    pub struct Model {
        /// Key id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: i32,
        /// Made.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod social_connection {
    //! An account's connection to a social platform.

    use sea_orm::entity::prelude::*;

    /// One row of `social_connections`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "social_connections")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// `x`, `linkedin`, `linkedin_page`, `facebook`, `instagram`, `pinterest`, `youtube`.
        pub platform: String,
        /// The platform's id of the person.
        pub platform_user_id: String,
        /// The handle, where the platform has one.
        pub username: Option<String>,
        /// The name shown.
        pub display_name: String,
        /// Scopes granted, space-separated.
        pub scopes: String,
        /// The access token, sealed (AES-256-GCM, key id, row-bound).
        #[sea_orm(column_type = "Text")]
        pub access_token: String,
        /// The refresh token, sealed.
        #[sea_orm(column_type = "Text", nullable)]
        pub refresh_token: Option<String>,
        /// When the access token expires.
        pub expires_at: Option<DateTimeUtc>,
        /// When the refresh token expires.
        pub refresh_expires_at: Option<DateTimeUtc>,
        /// `active` or `reconnect`.
        pub status: String,
        /// Why a reconnect is needed.
        pub status_reason: Option<String>,
        /// Connected.
        pub created_at: DateTimeUtc,
        /// Last changed.
        pub updated_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod social_target {
    //! Where a connection can publish: a profile, page, organization, board or channel.

    use sea_orm::entity::prelude::*;

    /// One row of `social_targets`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "social_targets")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The connection.
        pub connection_id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// `profile`, `page`, `organization`, `account`, `board`, `channel`.
        pub kind: String,
        /// The platform's id.
        pub external_id: String,
        /// The name shown.
        pub name: String,
        /// A page's own token, sealed.
        #[sea_orm(column_type = "Text", nullable)]
        pub token: Option<String>,
        /// Whether the person chose it for publishing.
        pub chosen: bool,
        /// Found.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod social_flow {
    //! A connection on its way through a platform's authorization (10 minutes, single use).

    use sea_orm::entity::prelude::*;

    /// One row of `social_flows`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "social_flows")]
    pub struct Model {
        /// SHA-256 of `state`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub state_hash: String,
        /// SHA-256 of the browser-binding cookie.
        pub browser_hash: String,
        /// The account.
        pub user_id: Uuid,
        /// The platform.
        pub platform: String,
        /// The PKCE verifier.
        #[sea_orm(column_type = "Text")]
        pub pkce_verifier: String,
        /// Until.
        pub expires_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod social_publication {
    //! One Publish click: an image, a caption and alt text for one or more targets.

    use sea_orm::entity::prelude::*;

    /// One row of `social_publications`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "social_publications")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// The image.
        pub image_id: Uuid,
        /// The form's one-time key (a second submit makes nothing new).
        pub request_key: String,
        /// The caption.
        #[sea_orm(column_type = "Text")]
        pub caption: String,
        /// The alt text.
        #[sea_orm(column_type = "Text")]
        pub alt_text: String,
        /// `awaiting_approval`, `rejected`, `expired` or `sent`.
        pub status: String,
        /// Who was asked to approve.
        pub approver_email: Option<String>,
        /// SHA-256 of the approval link's token (cleared once used).
        pub approval_hash: Option<String>,
        /// Until when the link works.
        pub approval_expires_at: Option<DateTimeUtc>,
        /// Approved or rejected.
        pub decided_at: Option<DateTimeUtc>,
        /// Made.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod social_post {
    //! One publication to one target: the history row.

    use sea_orm::entity::prelude::*;

    /// One row of `social_posts`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "social_posts")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The publication.
        pub publication_id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// The image.
        pub image_id: Uuid,
        /// The connection (cleared on disconnect).
        pub connection_id: Option<Uuid>,
        /// The target (cleared on disconnect).
        pub target_id: Option<Uuid>,
        /// The platform.
        pub platform: String,
        /// The platform's id of the person (platform deletion requests).
        pub platform_user_id: String,
        /// The account as shown when posted.
        pub account_name: String,
        /// The page, board or profile as shown.
        pub target_name: String,
        /// `awaiting_approval`, `queued`, `published`, `failed`, `cancelled`.
        pub status: String,
        /// How far the job got: `start`, `posting` (the create call was sent), `done`.
        pub stage: String,
        /// The platform's post id.
        pub post_id: Option<String>,
        /// The post's link.
        pub permalink: Option<String>,
        /// The platform's reason for a failure.
        pub error: Option<String>,
        /// Attempts made.
        pub attempts: i32,
        /// When a rate-limited post is tried again.
        pub retry_at: Option<DateTimeUtc>,
        /// Made.
        pub created_at: DateTimeUtc,
        /// Last changed.
        pub updated_at: DateTimeUtc,
        /// Published.
        pub published_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod social_media_link {
    //! A short-lived public link a platform fetches an image from.

    use sea_orm::entity::prelude::*;

    /// One row of `social_media_links`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "social_media_links")]
    pub struct Model {
        /// SHA-256 of the link's token.
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        /// The post.
        pub post_id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// The image.
        pub image_id: Uuid,
        /// Until (ended early once published).
        pub expires_at: DateTimeUtc,
        /// First fetched.
        pub fetched_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod social_deletion {
    //! A platform's data-deletion request and what it deleted.

    use sea_orm::entity::prelude::*;

    /// One row of `social_deletions`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "social_deletions")]
    pub struct Model {
        /// The confirmation code.
        #[sea_orm(primary_key, auto_increment = false)]
        pub code: String,
        /// The platform.
        pub platform: String,
        /// Connections deleted.
        pub connections: i32,
        /// History rows deleted.
        pub posts: i32,
        /// When.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
