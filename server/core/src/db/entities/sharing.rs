//! The tables of sharing.

pub mod share {
    //! A public link to one image.

    use sea_orm::entity::prelude::*;

    /// One row of `shares`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "shares")]
    pub struct Model {
        /// The public id: 128 random bits, base64url (not the image's id).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        /// The owner.
        pub user_id: Uuid,
        /// The image shown.
        pub image_id: Uuid,
        /// Whether the page shows the prompt.
        pub show_prompt: bool,
        /// Whether the page shows the owner's display name.
        pub show_name: bool,
        /// Created.
        pub created_at: DateTimeUtc,
        /// When it stops working (None: until revoked).
        pub expires_at: Option<DateTimeUtc>,
        /// When an admin took it down after a report (its page answers 410 from then on).
        pub taken_down_at: Option<DateTimeUtc>,
        /// Why: the report reason's code (`obscura_shared::reports::Reason`).
        pub takedown_reason: Option<String>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod share_view {
    //! Views of one share on one day (UTC): a count and nothing about who.

    use sea_orm::entity::prelude::*;

    /// One row of `share_views`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "share_views")]
    pub struct Model {
        /// The share.
        #[sea_orm(primary_key, auto_increment = false)]
        pub share_id: String,
        /// The day, `YYYY-MM-DD`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: String,
        /// Views that day.
        pub views: i64,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
