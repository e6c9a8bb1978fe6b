//! The tables of generation: credits, generations with their images, the usage log and the
//! job queue.

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
        /// queued, running, succeeded, failed or cancelled.
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
        /// Steps done, as the provider last reported them while it ran.
        pub progress_done: i32,
        /// Steps in all (0: not known).
        pub progress_total: i32,
        /// When the owner asked to cancel it while it ran.
        pub cancel_requested_at: Option<DateTimeUtc>,
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
        /// succeeded, failed, retry or cancelled (its owner stopped it: not a failure).
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
