//! The tables of privacy: consent proof, settings, exports, erasures, page-view counts and
//! retention runs.

macro_rules! no_relations {
    () => {
        /// No navigable relations.
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}

        impl ActiveModelBehavior for ActiveModel {}
    };
}

pub mod consent {
    //! Proof of one cookie choice.

    use sea_orm::entity::prelude::*;

    /// One row of `consents`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "consents")]
    pub struct Model {
        /// Row id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The pseudonymous subject id kept in the visitor's cookie.
        pub subject: String,
        /// The account, when the visitor was signed in (detached on erasure).
        pub user_id: Option<Uuid>,
        /// When.
        pub given_at: DateTimeUtc,
        /// The storage declarations' revision the choice answered.
        pub revision: String,
        /// `accept`, `reject`, `custom` or `withdraw`.
        pub action: String,
        /// Whether analytics was allowed.
        pub analytics: bool,
        /// A do-not-track signal present at the time (`gpc`, `dnt`).
        pub signal: Option<String>,
    }

    no_relations!();
}

pub mod privacy_setting {
    //! One person's restriction and objection choices.

    use sea_orm::entity::prelude::*;

    /// One row of `privacy_settings` (absent: every toggle off).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "privacy_settings")]
    pub struct Model {
        /// The account.
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// Never count this person's page views.
        pub analytics_opt_out: bool,
        /// No product emails.
        pub product_emails_opt_out: bool,
        /// Processing restricted since (no non-essential use at all).
        pub restricted_at: Option<DateTimeUtc>,
        /// Last changed.
        pub updated_at: DateTimeUtc,
    }

    no_relations!();
}

pub mod data_export {
    //! One requested archive of a person's data.

    use sea_orm::entity::prelude::*;

    /// One row of `data_exports`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "data_exports")]
    pub struct Model {
        /// The export id (in its download link).
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// `queued`, `ready`, `failed` or `expired`.
        pub status: String,
        /// Asked for.
        pub requested_at: DateTimeUtc,
        /// Finished.
        pub ready_at: Option<DateTimeUtc>,
        /// The archive is deleted then.
        pub expires_at: Option<DateTimeUtc>,
        /// Where the archive is stored.
        pub object_key: Option<String>,
        /// The archive's size.
        pub size_bytes: Option<i64>,
    }

    no_relations!();
}

pub mod erasure {
    //! An account waiting to be erased.

    use sea_orm::entity::prelude::*;

    /// One row of `erasures`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "erasures")]
    pub struct Model {
        /// The account.
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// Asked for.
        pub requested_at: DateTimeUtc,
        /// Everything is deleted from then on.
        pub purge_at: DateTimeUtc,
    }

    no_relations!();
}

pub mod analytics_day {
    //! Page views counted for one day, path, referring site, device class and country.

    use sea_orm::entity::prelude::*;

    /// One row of `analytics_daily`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "analytics_daily")]
    pub struct Model {
        /// `YYYY-MM-DD` (UTC).
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: String,
        /// The route (ids replaced by `{id}`).
        #[sea_orm(primary_key, auto_increment = false)]
        pub path: String,
        /// The referring site's host, or empty.
        #[sea_orm(primary_key, auto_increment = false)]
        pub referrer: String,
        /// `desktop`, `mobile` or `tablet`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub device: String,
        /// ISO country code from a trusted header, or empty.
        #[sea_orm(primary_key, auto_increment = false)]
        pub country: String,
        /// Views.
        pub views: i64,
    }

    no_relations!();
}

pub mod retention_run {
    //! One run of a retention task, with what it deleted.

    use sea_orm::entity::prelude::*;

    /// One row of `retention_runs`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "retention_runs")]
    pub struct Model {
        /// Row id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The task, e.g. `purge-media`.
        pub task: String,
        /// Started.
        pub started_at: DateTimeUtc,
        /// Finished.
        pub finished_at: DateTimeUtc,
        /// What was deleted, as JSON `{ "sessions": 3, … }`.
        #[sea_orm(column_type = "Text")]
        pub counts: String,
    }

    no_relations!();
}

pub mod policy_announcement {
    //! A material policy change, announced ahead of its effective date.

    use sea_orm::entity::prelude::*;

    /// One row of `policy_announcements`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "policy_announcements")]
    pub struct Model {
        /// Row id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The policy version that takes effect.
        pub version: String,
        /// What changes, in the operator's words.
        #[sea_orm(column_type = "Text")]
        pub summary: String,
        /// Announced.
        pub announced_at: DateTimeUtc,
        /// Takes effect.
        pub effective_at: DateTimeUtc,
        /// The last account emailed so far (accounts are emailed in id order).
        pub emailed_through: Option<Uuid>,
        /// How many accounts were emailed.
        pub emailed_count: i64,
    }

    no_relations!();
}

pub mod policy_ack {
    //! A person has seen a policy change.

    use sea_orm::entity::prelude::*;

    /// One row of `policy_acks`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "policy_acks")]
    pub struct Model {
        /// The account.
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// The policy version.
        #[sea_orm(primary_key, auto_increment = false)]
        pub version: String,
        /// When.
        pub acknowledged_at: DateTimeUtc,
    }

    no_relations!();
}
