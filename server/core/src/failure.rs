//! Every feature error as a [`Failure`]: the one place that decides each error's stable code,
//! its messages for people (whole-request and per field) and how long to wait before trying
//! again. The web layer answers a [`Failure`] without looking inside the feature errors; the
//! UI's error is made from one too.
//!
//! An internal cause is logged here, once, when it becomes [`ErrorCode::Internal`]; it never
//! travels further.

use std::time::Duration;

use obscura_shared::{
    ErrorCode, Failure, billing::fields as billing_fields, generation::fields as generation_fields,
    i18n::Message, support::fields as support_fields,
};

use crate::{
    accounts::AccountError,
    billing::{BillingError, webhook::SignatureError},
    credits::CreditError,
    generation::{CreateError, providers::replicate::WebhookError},
    privacy::{erasure::ErasureError, export::ExportError},
    sharing::ShareError,
    storage::{
        images::{BUSY_RETRY_AFTER_SECS, ImageError, UploadError, WorkError},
        signed::UrlError,
    },
    support::SupportError,
};

/// Shown when every image-work permit stayed taken (nothing was charged or stored).
pub const BUSY: Message = Message::new("error-busy");

/// Logs an internal cause (with its context chain) and gives the generic failure.
fn internal(what: &str, e: &anyhow::Error) -> Failure {
    tracing::error!(error = format!("{e:#}"), "{what} failed");
    Failure::internal()
}

/// "N seconds" under a minute and a half, else whole minutes.
fn wait_message(wait: Duration) -> Message {
    let secs = wait.as_secs().max(1);
    if secs < 90 {
        Message::new("error-wait-seconds").arg("seconds", secs)
    } else {
        Message::new("error-wait-minutes").arg("minutes", secs.div_ceil(60))
    }
}

/// Confirm the address first (billing and API keys ask for it).
const NOT_VERIFIED: Message = Message::new("error-not-verified");

fn minutes(wait: Duration) -> u64 {
    wait.as_secs().div_ceil(60).max(1)
}

impl From<AccountError> for Failure {
    fn from(e: AccountError) -> Self {
        match e {
            AccountError::Invalid(errors) => Self::invalid(errors),
            AccountError::RateLimited(wait) => Self::new(ErrorCode::RateLimited)
                .with_message(wait_message(wait))
                .retry_after(wait.as_secs()),
            AccountError::Token(_) => {
                Self::new(ErrorCode::Gone).with_message(Message::new("error-attempt-gone"))
            }
            AccountError::Suspended => Self::new(ErrorCode::AccountSuspended).with_message(
                Message::new("admin-people-suspended-sign-in")
                    .arg("support", obscura_shared::routes::SUPPORT),
            ),
            AccountError::Internal(e) => internal("an account request", &e),
        }
    }
}

impl From<crate::generation::running::CancelError> for Failure {
    fn from(e: crate::generation::running::CancelError) -> Self {
        use crate::generation::running::CancelError;
        match e {
            CancelError::NotFound => Self::new(ErrorCode::NotFound),
            CancelError::Finished => {
                Self::new(ErrorCode::Conflict).with_message(Message::new("gen-queue-finished"))
            }
            CancelError::Internal(e) => internal("cancelling a generation", &e),
        }
    }
}

impl From<crate::admin_people::PeopleError> for Failure {
    fn from(e: crate::admin_people::PeopleError) -> Self {
        use crate::admin_people::PeopleError;
        match e {
            PeopleError::Invalid(errors) => Self::invalid(errors),
            PeopleError::NotFound => Self::new(ErrorCode::NotFound),
            PeopleError::Refused(m) => Self::new(ErrorCode::Conflict).with_message(m),
            PeopleError::Internal(e) => internal("an admin action on an account", &e),
        }
    }
}

impl From<BillingError> for Failure {
    fn from(e: BillingError) -> Self {
        match e {
            BillingError::Off => Self::new(ErrorCode::NotFound),
            BillingError::NotVerified => Self::new(ErrorCode::Forbidden).with_message(NOT_VERIFIED),
            BillingError::UnknownItem => Self::new(ErrorCode::Validation)
                .with_field(billing_fields::ITEM, Message::new("error-billing-item")),
            BillingError::NoCustomer => Self::new(ErrorCode::Conflict)
                .with_message(Message::new("error-billing-no-customer")),
            BillingError::AlreadySubscribed => Self::new(ErrorCode::Conflict)
                .with_message(Message::new("error-billing-subscribed")),
            BillingError::Unavailable => Self::new(ErrorCode::Unavailable)
                .with_message(Message::new("error-billing-unavailable"))
                .retry_after(60),
            BillingError::RateLimited(wait) => Self::new(ErrorCode::RateLimited)
                .with_message(
                    Message::new("error-billing-rate-limited")
                        .arg("seconds", wait.as_secs().max(1)),
                )
                .retry_after(wait.as_secs().max(1)),
            BillingError::Signature(SignatureError::NotAnEvent) => Self::new(ErrorCode::Malformed),
            // Answered to Stripe only.
            BillingError::Signature(_) => Self::new(ErrorCode::Malformed)
                .with_message(Message::verbatim("The signature does not verify.")),
            BillingError::Internal(e) => internal("billing", &e),
        }
    }
}

impl From<crate::billing::admin::RefundError> for Failure {
    fn from(e: crate::billing::admin::RefundError) -> Self {
        use crate::billing::admin::RefundError;
        match e {
            RefundError::NotFound => Self::new(ErrorCode::NotFound),
            RefundError::Amount { left, currency } => Self::new(ErrorCode::Validation).with_field(
                billing_fields::AMOUNT,
                Message::new("error-refund-amount").money("left", left, &currency),
            ),
            RefundError::NotRefundable => Self::new(ErrorCode::Conflict)
                .with_message(Message::new("error-refund-not-refundable")),
            RefundError::Unreachable => Self::new(ErrorCode::Unavailable)
                .with_message(Message::new("error-refund-unreachable"))
                .retry_after(60),
            RefundError::Refused => {
                Self::new(ErrorCode::Unavailable).with_message(Message::new("error-refund-refused"))
            }
            RefundError::Billing(e) => Self::from(e),
        }
    }
}

impl From<crate::social::SocialError> for Failure {
    fn from(e: crate::social::SocialError) -> Self {
        use crate::social::{SocialError, platforms::PlatformError};
        match e {
            SocialError::Off | SocialError::NotFound => Self::new(ErrorCode::NotFound),
            SocialError::Invalid(errors) => Self::invalid(errors),
            SocialError::Flow => {
                Self::new(ErrorCode::Gone).with_message(Message::new("error-social-flow"))
            }
            SocialError::Cancelled => {
                Self::new(ErrorCode::Gone).with_message(Message::new("error-social-cancelled"))
            }
            SocialError::TooManyApprovals => Self::new(ErrorCode::RateLimited)
                .with_message(Message::new("error-social-approvals")),
            // The reason is the platform's own words.
            SocialError::Platform(PlatformError::Refused(reason)) => {
                Self::new(ErrorCode::Unavailable)
                    .with_message(Message::new("error-platform-refused").message("reason", reason))
            }
            SocialError::Platform(PlatformError::RateLimited(_)) => {
                Self::new(ErrorCode::RateLimited)
                    .with_message(Message::new("error-platform-rate-limited"))
            }
            SocialError::Platform(PlatformError::Expired) => {
                Self::new(ErrorCode::Gone).with_message(Message::new("error-platform-expired"))
            }
            SocialError::Platform(PlatformError::Unavailable(_)) => {
                Self::new(ErrorCode::Unavailable)
                    .with_message(Message::new("error-platform-unavailable"))
            }
            SocialError::Internal(e) => internal("a social request", &e),
        }
    }
}

impl From<SupportError> for Failure {
    fn from(e: SupportError) -> Self {
        match e {
            SupportError::Invalid(errors) => Self::invalid(errors),
            SupportError::RateLimited(wait) => Self::new(ErrorCode::RateLimited)
                .with_message(
                    Message::new("error-support-rate-limited").arg("minutes", minutes(wait)),
                )
                .retry_after(wait.as_secs()),
            SupportError::Busy => {
                Self::from(WorkError::Busy).message_on(support_fields::ATTACHMENT)
            }
            SupportError::NotFound => Self::new(ErrorCode::NotFound),
            SupportError::Internal(e) => internal("a support request", &e),
        }
    }
}

impl From<CreateError> for Failure {
    fn from(e: CreateError) -> Self {
        match e {
            CreateError::Invalid(errors) => Self::invalid(errors),
            CreateError::Owed(owed) => Self::new(ErrorCode::InsufficientCredits)
                .with_message(Message::new("error-credits-owed").arg("owed", owed)),
            CreateError::Blocked => Self::new(ErrorCode::ContentRejected).with_field(
                generation_fields::PROMPT,
                Message::new("error-prompt-blocked-charged"),
            ),
            CreateError::InsufficientCredits { balance, needed } => {
                Self::new(ErrorCode::InsufficientCredits).with_message(
                    Message::new("error-credits-short-create")
                        .arg("needed", needed)
                        .arg("balance", balance),
                )
            }
            CreateError::Busy => {
                Self::from(WorkError::Busy).message_on(generation_fields::REFERENCE)
            }
            CreateError::Internal(e) => internal("a generation request", &e),
        }
    }
}

impl From<CreditError> for Failure {
    fn from(e: CreditError) -> Self {
        match e {
            CreditError::Insufficient { balance, needed } => {
                Self::new(ErrorCode::InsufficientCredits).with_message(
                    Message::new("error-credits-short")
                        .arg("needed", needed)
                        .arg("balance", balance),
                )
            }
            // A non-positive amount is a bug in the caller, not the person's mistake.
            CreditError::InvalidAmount => internal("a credit operation", &anyhow::anyhow!("{e}")),
            CreditError::Db(e) => internal("a credit operation", &e.into()),
        }
    }
}

impl From<ShareError> for Failure {
    fn from(e: ShareError) -> Self {
        match e {
            ShareError::NotFound => Self::new(ErrorCode::NotFound),
            ShareError::Invalid((field, message)) => Self::invalid([(field, message)]),
            ShareError::TakenDown => Self::new(ErrorCode::Conflict)
                .with_message(Message::new("report-share-again-refused")),
            ShareError::Internal(e) => internal("a share request", &e),
        }
    }
}

impl From<crate::reports::ReportError> for Failure {
    fn from(e: crate::reports::ReportError) -> Self {
        use crate::reports::ReportError;
        match e {
            ReportError::Invalid(errors) => Self::invalid(errors),
            ReportError::RateLimited(wait) => Self::new(ErrorCode::RateLimited)
                .with_message(wait_message(wait))
                .retry_after(wait.as_secs().max(1)),
            ReportError::NotFound => Self::new(ErrorCode::NotFound),
            ReportError::Gone => Self::new(ErrorCode::Gone),
            ReportError::AlreadyDecided => Self::new(ErrorCode::Conflict)
                .with_message(Message::new("report-error-already-decided")),
            ReportError::OwnerIsAdmin => Self::new(ErrorCode::Conflict)
                .with_message(Message::new("report-error-owner-admin")),
            ReportError::Internal(e) => internal("a report", &e),
        }
    }
}

impl From<ExportError> for Failure {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::TooSoon { .. } => Self::new(ErrorCode::RateLimited)
                .with_message(Message::new("error-export-too-soon")),
            ExportError::Internal(e) => internal("an export request", &e),
        }
    }
}

impl From<ErasureError> for Failure {
    fn from(e: ErasureError) -> Self {
        match e {
            ErasureError::Invalid(errors) => Self::invalid(errors),
            ErasureError::SignInAgain => Self::new(ErrorCode::Validation).with_message(
                Message::new("error-erasure-sign-in-again").arg(
                    "minutes",
                    crate::privacy::erasure::FRESH_SIGN_IN.num_minutes(),
                ),
            ),
            ErasureError::RateLimited(wait) => Self::new(ErrorCode::RateLimited)
                .with_message(
                    Message::new("error-erasure-rate-limited").arg("minutes", minutes(wait)),
                )
                .retry_after(wait.as_secs()),
            ErasureError::Internal(e) => internal("an erasure request", &e),
        }
    }
}

impl From<WorkError> for Failure {
    fn from(e: WorkError) -> Self {
        match e {
            WorkError::Busy => Self::new(ErrorCode::Unavailable)
                .with_message(BUSY)
                .retry_after(BUSY_RETRY_AFTER_SECS),
            WorkError::Stopped(_) => internal("image work", &anyhow::anyhow!("{e}")),
        }
    }
}

impl From<UploadError> for Failure {
    fn from(e: UploadError) -> Self {
        Self::new(ErrorCode::Validation).with_message(e.message())
    }
}

impl From<ImageError> for Failure {
    fn from(e: ImageError) -> Self {
        // A provider's original that cannot be read is the provider's fault, never the
        // person's: nothing about it is shown.
        internal("an image conversion", &anyhow::anyhow!("{e}"))
    }
}

impl From<UrlError> for Failure {
    fn from(e: UrlError) -> Self {
        match e {
            UrlError::Invalid | UrlError::Expired => Self::new(ErrorCode::Forbidden),
        }
    }
}

impl From<WebhookError> for Failure {
    fn from(e: WebhookError) -> Self {
        match e {
            // Signed correctly, so ours to read: the body was not a prediction.
            WebhookError::BadBody => Self::new(ErrorCode::Malformed),
            WebhookError::MissingHeader(_)
            | WebhookError::BadSecret
            | WebhookError::BadTimestamp
            | WebhookError::Stale
            | WebhookError::BadSignature => Self::new(ErrorCode::Unauthenticated),
        }
    }
}

impl From<crate::trial::TrialError> for Failure {
    fn from(e: crate::trial::TrialError) -> Self {
        use crate::trial::{Refused, TrialError};
        use obscura_shared::trial::fields as trial_fields;
        match e {
            TrialError::Off => {
                Self::new(ErrorCode::NotFound).with_message(Message::new("error-trial-off"))
            }
            TrialError::Invalid(errors) => Self::invalid(errors),
            TrialError::Blocked => Self::new(ErrorCode::ContentRejected)
                .with_field(trial_fields::PROMPT, Message::new("error-prompt-blocked")),
            TrialError::Challenge(why) => {
                let (code, id) = match why {
                    Refused::Missing => (ErrorCode::Validation, "error-challenge-missing"),
                    Refused::Invalid | Refused::Elsewhere => {
                        (ErrorCode::Forbidden, "error-challenge-failed")
                    }
                    Refused::Spent => (ErrorCode::Validation, "error-challenge-spent"),
                    Refused::Unavailable => (ErrorCode::Unavailable, "error-challenge-unavailable"),
                };
                Self::new(code).with_field(trial_fields::TURNSTILE, Message::new(id))
            }
            TrialError::LimitReached { per_day, again_at } => {
                let wait = (again_at - chrono::Utc::now()).num_seconds().max(60);
                let mins = wait.div_euclid(60).max(1);
                // "in 40 minutes", "in 2 hours", "in 1 h 30 min".
                let message = Message::new("error-trial-limit")
                    .arg("count", per_day)
                    .arg("hours", mins / 60)
                    .arg("minutes", mins % 60);
                Self::new(ErrorCode::RateLimited)
                    .with_message(message)
                    .retry_after(u64::try_from(wait).unwrap_or(60))
            }
            TrialError::Busy => Self::new(ErrorCode::RateLimited)
                .with_message(Message::new("error-trial-busy"))
                .retry_after(600),
            TrialError::Internal(e) => internal("a trial request", &e),
        }
    }
}

impl From<crate::api::keys::KeyError> for Failure {
    fn from(e: crate::api::keys::KeyError) -> Self {
        use crate::api::keys::{KeyError, MAX_ACTIVE};
        match e {
            KeyError::Invalid(errors) => Self::invalid(errors),
            KeyError::NotVerified => Self::new(ErrorCode::Forbidden).with_message(NOT_VERIFIED),
            KeyError::TooMany => Self::new(ErrorCode::Conflict)
                .with_message(Message::new("error-keys-too-many").arg("max", MAX_ACTIVE)),
            KeyError::Internal(e) => internal("an API key", &e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rate_limit_carries_its_wait_and_a_message() {
        let f = Failure::from(AccountError::RateLimited(Duration::from_secs(30)));
        assert_eq!(f.code, ErrorCode::RateLimited);
        assert_eq!(f.retry_after, Some(30));
        assert_eq!(
            f.message_in(obscura_shared::account::Language::En)
                .as_deref(),
            Some("Too many attempts. Please wait 30 seconds and try again.")
        );
        let f = Failure::from(AccountError::RateLimited(Duration::from_secs(600)));
        assert_eq!(
            f.message_in(obscura_shared::account::Language::De)
                .as_deref(),
            Some(
                "Zu viele Versuche. Bitte warten Sie 10 Minuten und versuchen Sie es dann erneut."
            )
        );
        let f = Failure::from(SupportError::RateLimited(Duration::from_millis(10)));
        assert_eq!(f.retry_after, Some(1));
    }

    #[test]
    fn internal_causes_are_not_carried() {
        let f = Failure::from(CreateError::Internal(anyhow::anyhow!("password=hunter2")));
        assert_eq!(f, Failure::internal());
    }

    #[test]
    fn busy_image_work_names_the_form_s_file_field() {
        let f = Failure::from(CreateError::Busy);
        assert_eq!(f.code, ErrorCode::Unavailable);
        assert_eq!(f.retry_after, Some(BUSY_RETRY_AFTER_SECS));
        assert_eq!(f.message, None);
        assert_eq!(
            f.fields,
            vec![(generation_fields::REFERENCE.to_owned(), BUSY)]
        );
    }
}
