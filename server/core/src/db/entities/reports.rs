//! The tables of reports of shared images.

pub mod share_report {
    //! A report of a shared image, and the admin's decision.

    use sea_orm::entity::prelude::*;

    /// One row of `share_reports`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "share_reports")]
    pub struct Model {
        /// Its id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The share reported (no foreign key: the report outlives a revoked share).
        pub share_id: String,
        /// The image shown by the share when it was reported.
        pub image_id: Option<Uuid>,
        /// The share's owner (the report goes with their account).
        pub owner_id: Uuid,
        /// The reporter's account, when they were signed in.
        pub reporter_id: Option<Uuid>,
        /// The reporter's address, to be told the outcome (dropped 30 days after the decision).
        pub reporter_email: Option<String>,
        /// A keyed hash of the reporter (account or client) and the share, while the report is
        /// open: one open report per reporter and share.
        pub reporter_key: Option<String>,
        /// The language of the reporter's page (for the outcome email).
        pub language: String,
        /// `obscura_shared::reports::Reason` code.
        pub reason: String,
        /// What the reporter wrote (may be empty).
        #[sea_orm(column_type = "Text")]
        pub details: String,
        /// Received.
        pub created_at: DateTimeUtc,
        /// `obscura_shared::reports::status` code.
        pub status: String,
        /// Decided.
        pub decided_at: Option<DateTimeUtc>,
        /// The admin who decided.
        pub decided_by: Option<Uuid>,
        /// The admin's reason.
        #[sea_orm(column_type = "Text", nullable)]
        pub decision_reason: Option<String>,
        /// The note sent to the owner with a take-down.
        #[sea_orm(column_type = "Text", nullable)]
        pub note: Option<String>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
