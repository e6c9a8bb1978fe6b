//! The admin audit log.

pub mod admin_audit {
    //! One admin action (`crate::audit`).

    use sea_orm::entity::prelude::*;

    /// One row of `admin_audit`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "admin_audit")]
    pub struct Model {
        /// Its id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// When.
        pub at: DateTimeUtc,
        /// Who: an account id, or `cli` for the command line.
        pub actor: String,
        /// What: a `crate::audit::Action` code.
        pub action: String,
        /// On what: `kind:id` (an account, a message, a request).
        pub target: String,
        /// How it ended: a `crate::audit::Outcome` code.
        pub outcome: String,
        /// The reason the admin gave (console actions; None for older entries).
        #[sea_orm(column_type = "Text", nullable)]
        pub reason: Option<String>,
    }

    /// No navigable relations: entries outlive the accounts they name.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
