//! The billing tables: Stripe customers, payment records, Stripe events, subscriptions and
//! credits owed after a refund.

pub mod billing_customer {
    //! The Stripe customer of an account (reused for every checkout and the portal).

    use sea_orm::entity::prelude::*;

    /// One row of `billing_customers`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "billing_customers")]
    pub struct Model {
        /// The account.
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: Uuid,
        /// Stripe's `cus_…` id.
        #[sea_orm(unique)]
        pub customer_id: String,
        /// First seen.
        pub created_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod payment {
    //! One payment: a credit pack's checkout, or one period of a plan (its invoice).

    use sea_orm::entity::prelude::*;

    /// One row of `payments`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "payments")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account; None once the account was erased (the record is kept, detached).
        pub user_id: Option<Uuid>,
        /// Stripe's customer id.
        pub customer_id: Option<String>,
        /// `pack` or `plan`.
        pub kind: String,
        /// The pack's or plan's id in the configuration.
        pub item_id: String,
        /// Its label when paid.
        pub item_label: String,
        /// Credits this payment gave.
        pub credits: i64,
        /// The Checkout Session (packs).
        #[sea_orm(unique)]
        pub checkout_session_id: Option<String>,
        /// The invoice (plans; packs' invoices are in `invoice_url`).
        #[sea_orm(unique)]
        pub invoice_id: Option<String>,
        /// The PaymentIntent.
        pub payment_intent_id: Option<String>,
        /// The Charge.
        pub charge_id: Option<String>,
        /// In the currency's smallest unit.
        pub amount: i64,
        /// ISO 4217, lower case.
        pub currency: String,
        /// `paid`, `partially_refunded`, `refunded` or `disputed`.
        pub status: String,
        /// Refunded so far, smallest unit.
        pub amount_refunded: i64,
        /// Credits taken back (or owed) because of refunds and disputes.
        pub credits_taken_back: i64,
        /// Card brand (`visa`, …).
        pub card_brand: Option<String>,
        /// The card's last four digits.
        pub card_last4: Option<String>,
        /// Card expiry month.
        pub card_exp_month: Option<i32>,
        /// Card expiry year.
        pub card_exp_year: Option<i32>,
        /// Billing name.
        pub billing_name: Option<String>,
        /// Company name.
        pub billing_company: Option<String>,
        /// Billing address, one line per part.
        #[sea_orm(column_type = "Text", nullable)]
        pub billing_address: Option<String>,
        /// VAT or other tax id.
        pub vat_id: Option<String>,
        /// Stripe's hosted invoice page.
        #[sea_orm(column_type = "Text", nullable)]
        pub invoice_url: Option<String>,
        /// The invoice PDF.
        #[sea_orm(column_type = "Text", nullable)]
        pub invoice_pdf: Option<String>,
        /// When it was paid.
        pub paid_at: DateTimeUtc,
        /// When the account was erased (the record is kept until the legal period ends).
        pub detached_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod billing_event {
    //! A Stripe event received (each id once).

    use sea_orm::entity::prelude::*;

    /// One row of `billing_events`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "billing_events")]
    pub struct Model {
        /// Stripe's `evt_…` id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub event_id: String,
        /// Its type.
        pub event_type: String,
        /// Received.
        pub received_at: DateTimeUtc,
        /// Its work done.
        pub processed_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod subscription {
    //! An account's plan at Stripe.

    use sea_orm::entity::prelude::*;

    /// One row of `subscriptions`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "subscriptions")]
    pub struct Model {
        /// Stripe's `sub_…` id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub subscription_id: String,
        /// The account.
        pub user_id: Uuid,
        /// The plan's id in the configuration.
        pub plan_id: String,
        /// Stripe's status (`active`, `past_due`, `canceled`, …).
        pub status: String,
        /// The end of the period paid for.
        pub current_period_end: Option<DateTimeUtc>,
        /// Ends at the period's end rather than renewing.
        pub cancel_at_period_end: bool,
        /// Last change.
        pub updated_at: DateTimeUtc,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub mod credit_debt {
    //! Credits a refund or dispute should have taken back but had already been spent.

    use sea_orm::entity::prelude::*;

    /// One row of `credit_debts`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "credit_debts")]
    pub struct Model {
        /// Id.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
        /// The account.
        pub user_id: Uuid,
        /// Credits still owed (0 once settled).
        pub amount: i64,
        /// What caused it (unique: one debt per refund step).
        #[sea_orm(unique)]
        pub cause: String,
        /// Recorded.
        pub created_at: DateTimeUtc,
        /// Settled by later credits.
        pub settled_at: Option<DateTimeUtc>,
    }

    /// No navigable relations.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
