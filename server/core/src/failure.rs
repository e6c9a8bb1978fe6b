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
    support::fields as support_fields,
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
pub const BUSY: &str =
    "The server is busy with other images. Please send the form again in a moment.";

/// Logs an internal cause (with its context chain) and gives the generic failure.
fn internal(what: &str, e: &anyhow::Error) -> Failure {
    tracing::error!(error = format!("{e:#}"), "{what} failed");
    Failure::internal()
}

/// "N seconds" under a minute and a half, else whole minutes.
fn wait_message(wait: Duration) -> String {
    let secs = wait.as_secs().max(1);
    if secs < 90 {
        format!("Too many attempts. Please wait {secs} seconds and try again.")
    } else {
        format!(
            "Too many attempts. Please wait {} minutes and try again.",
            secs.div_ceil(60)
        )
    }
}

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
            AccountError::Token(_) => Self::new(ErrorCode::Gone)
                .with_message("This attempt expired or was already used. Start again."),
            AccountError::Internal(e) => internal("an account request", &e),
        }
    }
}

impl From<BillingError> for Failure {
    fn from(e: BillingError) -> Self {
        match e {
            BillingError::Off => Self::new(ErrorCode::NotFound),
            BillingError::NotVerified => Self::new(ErrorCode::Forbidden).with_message(
                "Confirm your email address first: open the link we sent when you signed up (you can ask for a new one in Settings → Profile).",
            ),
            BillingError::UnknownItem => Self::new(ErrorCode::Validation).with_field(
                billing_fields::ITEM,
                "Choose one of the packs or plans on this page.",
            ),
            BillingError::NoCustomer => Self::new(ErrorCode::Conflict).with_message(
                "There is nothing to manage yet: your card and plan appear here after your first purchase.",
            ),
            BillingError::AlreadySubscribed => Self::new(ErrorCode::Conflict).with_message(
                "You already have a plan. Change or cancel it with “Manage card and plan”.",
            ),
            BillingError::Unavailable => Self::new(ErrorCode::Unavailable)
                .with_message(
                    "Payments cannot be started right now. Nothing was charged; please try again in a few minutes.",
                )
                .retry_after(60),
            BillingError::RateLimited(wait) => Self::new(ErrorCode::RateLimited)
                .with_message(format!(
                    "You have opened several payment pages in a short time. Please try again in {} seconds.",
                    wait.as_secs().max(1)
                ))
                .retry_after(wait.as_secs().max(1)),
            BillingError::Signature(SignatureError::NotAnEvent) => {
                Self::new(ErrorCode::Malformed)
            }
            BillingError::Signature(_) => {
                Self::new(ErrorCode::Malformed).with_message("The signature does not verify.")
            }
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
                format!(
                    "Give an amount up to {}, like 12.50, or leave it empty to refund all of it.",
                    obscura_shared::billing::money(left, &currency)
                ),
            ),
            RefundError::NotRefundable => Self::new(ErrorCode::Conflict).with_message(
                "Nothing of this payment can be refunded here: it is refunded already, or disputed (answer disputes in Stripe's dashboard).",
            ),
            RefundError::Unreachable => Self::new(ErrorCode::Unavailable)
                .with_message("Stripe could not be reached. Nothing was refunded; please try again in a few minutes.")
                .retry_after(60),
            RefundError::Refused => Self::new(ErrorCode::Unavailable).with_message(
                "Stripe did not accept this refund, so nothing was refunded. The server's log says why (for example, a Stripe key without the right to refund).",
            ),
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
            SocialError::Flow => Self::new(ErrorCode::Gone)
                .with_message("This connection attempt expired or was already used. Start again from Settings → Connections."),
            SocialError::Cancelled => Self::new(ErrorCode::Gone)
                .with_message("Nothing was connected: the platform said you cancelled."),
            SocialError::TooManyApprovals => Self::new(ErrorCode::RateLimited)
                .with_message("This account has sent many approval requests today. Please wait until tomorrow, or publish without review."),
            SocialError::Platform(PlatformError::Refused(reason)) => Self::new(ErrorCode::Unavailable)
                .with_message(format!("The platform refused: {reason}")),
            SocialError::Platform(PlatformError::RateLimited(_)) => Self::new(ErrorCode::RateLimited)
                .with_message("The platform is limiting requests right now. Please try again in a few minutes."),
            SocialError::Platform(PlatformError::Expired) => Self::new(ErrorCode::Gone)
                .with_message("The platform did not accept the connection. Start again from Settings → Connections."),
            SocialError::Platform(PlatformError::Unavailable(_)) => Self::new(ErrorCode::Unavailable)
                .with_message("The platform could not be reached. Please try again in a few minutes."),
            SocialError::Internal(e) => internal("a social request", &e),
        }
    }
}

impl From<SupportError> for Failure {
    fn from(e: SupportError) -> Self {
        match e {
            SupportError::Invalid(errors) => Self::invalid(errors),
            SupportError::RateLimited(wait) => Self::new(ErrorCode::RateLimited)
                .with_message(format!(
                    "You have sent several messages already. Please try again in {} minutes.",
                    minutes(wait)
                ))
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
            CreateError::Owed(owed) => Self::new(ErrorCode::InsufficientCredits).with_message(format!(
                "A refunded payment left {owed} credits that had already been used. New images can be made once they are settled: buying credits settles them first."
            )),
            CreateError::Blocked => Self::new(ErrorCode::ContentRejected).with_field(
                generation_fields::PROMPT,
                "This prompt contains words this server does not accept. Nothing was charged.",
            ),
            CreateError::InsufficientCredits { balance, needed } => {
                Self::new(ErrorCode::InsufficientCredits).with_message(format!(
                    "This costs {needed} credits and you have {balance}. Choose fewer images or a cheaper model, or ask us for more credits."
                ))
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
                Self::new(ErrorCode::InsufficientCredits).with_message(format!(
                    "This costs {needed} credits and you have {balance}."
                ))
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
            ShareError::Internal(e) => internal("a share request", &e),
        }
    }
}

impl From<ExportError> for Failure {
    fn from(e: ExportError) -> Self {
        match e {
            ExportError::TooSoon { .. } => Self::new(ErrorCode::RateLimited)
                .with_message("An export was asked for less than an hour ago."),
            ExportError::Internal(e) => internal("an export request", &e),
        }
    }
}

impl From<ErasureError> for Failure {
    fn from(e: ErasureError) -> Self {
        match e {
            ErasureError::Invalid(errors) => Self::invalid(errors),
            ErasureError::SignInAgain => Self::new(ErrorCode::Validation).with_message(format!(
                "For your safety, sign out and sign in again, then delete your account within {} minutes.",
                crate::privacy::erasure::FRESH_SIGN_IN.num_minutes()
            )),
            ErasureError::RateLimited(wait) => Self::new(ErrorCode::RateLimited)
                .with_message(format!(
                    "Too many attempts. Try again in {} minutes.",
                    minutes(wait)
                ))
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
        let message = match &e {
            UploadError::UnsupportedType => {
                "This file is not a PNG, JPEG or WebP image.".to_owned()
            }
            UploadError::Corrupt => {
                "This image could not be read. Is the file complete?".to_owned()
            }
            UploadError::TooLarge { max_bytes } => {
                format!("The file is larger than {} MB.", max_bytes / (1024 * 1024))
            }
            UploadError::TooManyPixels { .. } | UploadError::SideTooLong { .. } => {
                let mut sentence = e.to_string();
                if let Some(first) = sentence.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                sentence + "."
            }
        };
        Self::new(ErrorCode::Validation).with_message(message)
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
            TrialError::Off => Self::new(ErrorCode::NotFound).with_message(
                "This server does not offer a trial. Create an account to make images.",
            ),
            TrialError::Invalid(errors) => Self::invalid(errors),
            TrialError::Blocked => Self::new(ErrorCode::ContentRejected).with_field(
                trial_fields::PROMPT,
                "This prompt contains words this server does not accept.",
            ),
            TrialError::Challenge(why) => {
                let (code, message) = match why {
                    Refused::Missing => (
                        ErrorCode::Validation,
                        "Please complete the check that you are a person (it needs JavaScript), then send the form again.",
                    ),
                    Refused::Invalid | Refused::Elsewhere => (
                        ErrorCode::Forbidden,
                        "The check that you are a person did not pass. Please try it again.",
                    ),
                    Refused::Spent => (
                        ErrorCode::Validation,
                        "The check that you are a person has expired or was already used. Please complete it again.",
                    ),
                    Refused::Unavailable => (
                        ErrorCode::Unavailable,
                        "The check that you are a person could not be completed right now. Please try again in a few minutes.",
                    ),
                };
                Self::new(code).with_field(trial_fields::TURNSTILE, message)
            }
            TrialError::LimitReached { per_day, again_at } => {
                let wait = (again_at - chrono::Utc::now()).num_seconds().max(60);
                let mins = wait.div_euclid(60).max(1);
                let wait_text = match (mins / 60, mins % 60) {
                    (0, m) => format!("{m} minute{}", if m == 1 { "" } else { "s" }),
                    (h, 0) => format!("{h} hour{}", if h == 1 { "" } else { "s" }),
                    (h, m) => format!("{h} h {m} min"),
                };
                Self::new(ErrorCode::RateLimited)
                    .with_message(format!(
                        "You have made your {per_day} trial image{} for today. Create a free account to keep going (your trial images come with you), or try again in {wait_text}.",
                        if per_day == 1 { "" } else { "s" },
                    ))
                    .retry_after(u64::try_from(wait).unwrap_or(60))
            }
            TrialError::Busy => Self::new(ErrorCode::RateLimited)
                .with_message(
                    "The trial has made as many images as it can this hour. Please try again later, or create a free account.",
                )
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
            KeyError::NotVerified => Self::new(ErrorCode::Forbidden).with_message(
                "Confirm your email address first: open the link we sent when you signed up (you can ask for a new one in Settings → Profile).",
            ),
            KeyError::TooMany => Self::new(ErrorCode::Conflict).with_message(format!(
                "An account holds at most {MAX_ACTIVE} live keys. Revoke one you no longer use first."
            )),
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
        assert!(f.message.is_some_and(|m| m.contains("30 seconds")));
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
            vec![(generation_fields::REFERENCE.to_owned(), BUSY.to_owned())]
        );
    }
}
