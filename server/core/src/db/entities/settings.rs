//! The live settings (`crate::settings`): the blocklist, the models' editable settings and the
//! revision every change bumps.

pub mod live_setting {
    //! The one row (id 1) of the live settings' bookkeeping.

    use sea_orm::entity::prelude::*;

    /// One row of `live_settings`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "live_settings")]
    pub struct Model {
        /// Always 1.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: i32,
        /// Bumped by every change (seeding included).
        pub revision: i64,
        /// The configuration's blocklist at the last seed, as a JSON array (None: never seeded).
        #[sea_orm(column_type = "Text", nullable)]
        pub seeded_blocklist: Option<String>,
        /// When an admin last changed the blocklist.
        pub blocklist_changed_at: Option<DateTimeUtc>,
        /// Which admin.
        pub blocklist_changed_by: Option<Uuid>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod blocklist_term {
    //! One term of the blocklist (lower case).

    use sea_orm::entity::prelude::*;

    /// One row of `blocklist_terms`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "blocklist_terms")]
    pub struct Model {
        /// The term.
        #[sea_orm(primary_key, auto_increment = false)]
        pub term: String,
        /// When it was added.
        pub added_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod model_setting {
    //! A configured model's editable settings (its provider and connection stay in the
    //! configuration).

    use sea_orm::entity::prelude::*;

    /// One row of `model_settings`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "model_settings")]
    pub struct Model {
        /// The model's id in the configuration.
        #[sea_orm(primary_key, auto_increment = false)]
        pub model_id: String,
        /// Whether it is offered.
        pub enabled: bool,
        /// Its name for people.
        #[sea_orm(column_type = "Text")]
        pub label: String,
        /// Credits per image.
        pub cost: i32,
        /// Most images per request.
        pub max_count: i32,
        /// The configuration's name at the last seed.
        #[sea_orm(column_type = "Text")]
        pub seeded_label: String,
        /// The configuration's cost at the last seed.
        pub seeded_cost: i32,
        /// The configuration's most images at the last seed.
        pub seeded_max_count: i32,
        /// When an admin last changed it.
        pub changed_at: Option<DateTimeUtc>,
        /// Which admin.
        pub changed_by: Option<Uuid>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
