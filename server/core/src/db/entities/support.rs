//! The tables of support.

pub mod support_message {
    //! A message from the contact form.

    use sea_orm::entity::prelude::*;

    /// One row of `support_messages`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "support_messages")]
    pub struct Model {
        /// Its id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The sender's account when signed in (deleted with it).
        pub user_id: Option<Uuid>,
        /// The address to answer.
        pub email: String,
        /// `obscura_shared::support::Topic` code.
        pub topic: String,
        /// The text.
        #[sea_orm(column_type = "Text")]
        pub message: String,
        /// The attached image in the object store (metadata stripped).
        pub attachment_key: Option<String>,
        /// Received.
        pub created_at: DateTimeUtc,
        /// Closed by an admin.
        pub closed_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod support_reply {
    //! A reply emailed to a message.

    use sea_orm::entity::prelude::*;

    /// One row of `support_replies`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "support_replies")]
    pub struct Model {
        /// Its id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The message answered.
        pub message_id: Uuid,
        /// The text sent.
        #[sea_orm(column_type = "Text")]
        pub body: String,
        /// Sent.
        pub sent_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod privacy_request {
    //! A privacy request, tracked until answered (P-RGT-6).

    use sea_orm::entity::prelude::*;

    /// One row of `privacy_requests`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "privacy_requests")]
    pub struct Model {
        /// Its id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// `obscura_shared::support::RequestKind` code.
        pub kind: String,
        /// Who asked (an email address).
        pub requester: String,
        /// How it came in.
        pub channel: String,
        /// Received.
        pub received_at: DateTimeUtc,
        /// Due: received + 30 days.
        pub due_at: DateTimeUtc,
        /// Answered.
        pub done_at: Option<DateTimeUtc>,
        /// The support message it came from.
        pub message_id: Option<Uuid>,
        /// Notes.
        #[sea_orm(column_type = "Text")]
        pub notes: String,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
