//! Reports of shared images: the public form's reasons and fields, what admins see of reports
//! at `/admin/reports`, and their decisions.

use serde::{Deserialize, Serialize};

/// The longest details a reporter may write, in characters.
pub const DETAILS_MAX_CHARS: usize = 2000;
/// The longest note an admin may write to the owner, in characters.
pub const NOTE_MAX_CHARS: usize = 2000;
/// Reports on one page of `/admin/reports`.
pub const PAGE_SIZE: u64 = 50;

/// Form field names.
pub mod fields {
    /// A [`super::Reason`] code.
    pub const REASON: &str = "reason";
    /// The reporter's optional details.
    pub const DETAILS: &str = "details";
    /// The reporter's optional address (to be told the outcome).
    pub const EMAIL: &str = "email";
    /// The report an admin decides.
    pub const REPORT: &str = "report";
    /// A [`super::Decision`] code.
    pub const DECISION: &str = "decision";
    /// The admin's reason for the decision (audited).
    pub const WHY: &str = "why";
    /// The admin's confirmation of a take-down.
    pub const CONFIRM: &str = "confirm";
    /// The admin's optional note to the owner.
    pub const NOTE: &str = "note";
}

/// Form ids.
pub mod forms {
    /// The public report form.
    pub const REPORT: &str = "share-report";
    /// An admin's decision.
    pub const DECIDE: &str = "report-decide";
}

/// Why someone reports a shared image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// Sexual content involving minors.
    ChildSafety,
    /// Intimate imagery shared without consent.
    IntimateImagery,
    /// Violence or gore.
    Violence,
    /// Hate or harassment.
    Hate,
    /// The reporter's likeness or personal data used without consent.
    Privacy,
    /// Copyright or trademark.
    Copyright,
    /// Spam or a scam.
    Spam,
    /// Anything else.
    Other,
}

impl Reason {
    /// Every reason, in the form's order.
    pub const ALL: [Self; 8] = [
        Self::ChildSafety,
        Self::IntimateImagery,
        Self::Violence,
        Self::Hate,
        Self::Privacy,
        Self::Copyright,
        Self::Spam,
        Self::Other,
    ];

    /// The stored code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::ChildSafety => "child_safety",
            Self::IntimateImagery => "intimate_imagery",
            Self::Violence => "violence",
            Self::Hate => "hate",
            Self::Privacy => "privacy",
            Self::Copyright => "copyright",
            Self::Spam => "spam",
            Self::Other => "other",
        }
    }

    /// The reason stored as `code`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The catalogue id of its name.
    #[must_use]
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::ChildSafety => "report-reason-child-safety",
            Self::IntimateImagery => "report-reason-intimate-imagery",
            Self::Violence => "report-reason-violence",
            Self::Hate => "report-reason-hate",
            Self::Privacy => "report-reason-privacy",
            Self::Copyright => "report-reason-copyright",
            Self::Spam => "report-reason-spam",
            Self::Other => "report-reason-other",
        }
    }
}

/// What an admin decides about a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    /// Nothing to act on.
    Dismiss,
    /// The share goes offline (410) for good; the owner is told why.
    TakeDown,
    /// Take down, and suspend the owner's account.
    SuspendOwner,
}

impl Decision {
    /// Every decision, in the form's order.
    pub const ALL: [Self; 3] = [Self::Dismiss, Self::TakeDown, Self::SuspendOwner];

    /// The form's code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Dismiss => "dismiss",
            Self::TakeDown => "take_down",
            Self::SuspendOwner => "suspend_owner",
        }
    }

    /// The decision sent as `code`.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.code() == code)
    }

    /// Whether it takes the share down (and so must be confirmed with the checkbox).
    #[must_use]
    pub const fn takes_down(self) -> bool {
        matches!(self, Self::TakeDown | Self::SuspendOwner)
    }
}

/// Where a report stands (stored codes).
pub mod status {
    /// Waiting for an admin.
    pub const OPEN: &str = "open";
    /// Decided: nothing to act on.
    pub const DISMISSED: &str = "dismissed";
    /// Decided: the share was taken down.
    pub const TAKEN_DOWN: &str = "taken_down";
    /// Decided: the share was taken down and its owner suspended.
    pub const OWNER_SUSPENDED: &str = "owner_suspended";
}

/// Which reports `/admin/reports` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ReportFilter {
    /// Waiting for a decision (the default).
    #[default]
    Open,
    /// Decided.
    Decided,
    /// Every report.
    All,
}

impl ReportFilter {
    /// Every filter, in the menu's order.
    pub const ALL: [Self; 3] = [Self::Open, Self::Decided, Self::All];

    /// The query's code.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Decided => "decided",
            Self::All => "all",
        }
    }

    /// The filter named `code` (anything else: open).
    #[must_use]
    pub fn from_code(code: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|f| f.code() == code)
            .unwrap_or_default()
    }
}

/// Whether a share can be reported, as its report page needs to know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShareStanding {
    /// Live: its preview, for the form.
    Live {
        /// The preview image's address.
        image_url: String,
        /// Its width.
        width: u32,
        /// Its height.
        height: u32,
    },
    /// Taken down (410).
    TakenDown,
    /// Unknown, revoked or expired: the same 404 as its page.
    Unknown,
}

/// One report in the admin's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRow {
    /// The report id.
    pub id: String,
    /// The share reported.
    pub share_id: String,
    /// A [`Reason`] code.
    pub reason: String,
    /// When it came (RFC 3339).
    pub created_at: String,
    /// A [`status`] code.
    pub status: String,
    /// Other open reports of the same share.
    pub others_open: u64,
}

/// A page of `/admin/reports`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReportList {
    /// The filter shown.
    pub filter: ReportFilter,
    /// The reports, newest first (open ones first when all are shown).
    pub rows: Vec<ReportRow>,
    /// Open reports in all.
    pub open: u64,
    /// Decided reports in all.
    pub decided: u64,
    /// The page (from 1).
    pub page: u64,
    /// Whether an older page exists.
    pub more: bool,
}

/// One report as `/admin/reports/{id}` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportDetail {
    /// The report.
    pub row: ReportRow,
    /// The reporter's details (may be empty).
    pub details: String,
    /// The reporter's address, if they gave one (and it was not dropped yet).
    pub reporter_email: Option<String>,
    /// Whether the reporter was signed in.
    pub reporter_signed_in: bool,
    /// The owner's account id.
    pub owner_id: String,
    /// The owner's email address.
    pub owner_email: Option<String>,
    /// The image's preview (signed, for admins), while the image exists.
    pub preview_url: Option<String>,
    /// The prompt of the image (shown because a report concerns it).
    pub prompt: Option<String>,
    /// The share's public address.
    pub share_url: String,
    /// Whether the share is taken down (by this report or another).
    pub share_taken_down: bool,
    /// Other reports of the same share, newest first.
    pub others: Vec<ReportRow>,
    /// When it was decided (RFC 3339).
    pub decided_at: Option<String>,
    /// The admin's reason for the decision.
    pub decision_reason: Option<String>,
    /// The note sent to the owner.
    pub note: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        for r in Reason::ALL {
            assert_eq!(Reason::from_code(r.code()), Some(r));
        }
        for d in Decision::ALL {
            assert_eq!(Decision::from_code(d.code()), Some(d));
        }
        assert_eq!(ReportFilter::from_code("x"), ReportFilter::Open);
        assert!(Decision::SuspendOwner.takes_down() && !Decision::Dismiss.takes_down());
    }
}
