//! Shares: how long one lives, what its owner sees of it, and what its public page shows.

use serde::{Deserialize, Serialize};

use super::{FilterError, fields};
use crate::{gallery::Day, i18n::Message};

/// How long a share lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expiry {
    /// Until revoked.
    Never,
    /// One day.
    Day,
    /// Seven days.
    Week,
    /// Thirty days.
    Month,
    /// Until the end of this day (UTC).
    Until(Day),
}

impl Expiry {
    /// The menu's fixed choices (plus a custom date).
    pub const CHOICES: [(&'static str, &'static str); 5] = [
        ("never", "Never"),
        ("1d", "1 day"),
        ("7d", "7 days"),
        ("30d", "30 days"),
        ("date", "On a date…"),
    ];

    /// Reads the menu code and the custom date.
    ///
    /// # Errors
    /// A message for people when the code is unknown or the date is missing or malformed.
    pub fn parse(code: &str, date: &str) -> Result<Self, FilterError> {
        match code.trim() {
            "" | "never" => Ok(Self::Never),
            "1d" => Ok(Self::Day),
            "7d" => Ok(Self::Week),
            "30d" => Ok(Self::Month),
            "date" => Day::parse(date)
                .map(Self::Until)
                .ok_or((fields::EXPIRY_DATE, Message::new("error-share-expiry-date"))),
            _ => Err((fields::EXPIRY, Message::new("error-share-expiry"))),
        }
    }

    /// Days from now, for the fixed choices.
    #[must_use]
    pub const fn days(self) -> Option<i64> {
        match self {
            Self::Day => Some(1),
            Self::Week => Some(7),
            Self::Month => Some(30),
            Self::Never | Self::Until(_) => None,
        }
    }
}

/// A share as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShareView {
    /// The share id (the public link's last segment).
    pub id: String,
    /// The public link, absolute.
    pub url: String,
    /// The image shared.
    pub image_id: String,
    /// Its thumbnail, signed.
    pub thumb_url: String,
    /// Its width.
    pub thumb_width: u32,
    /// Its height.
    pub thumb_height: u32,
    /// The prompt (for the owner's list).
    pub prompt: String,
    /// Whether the page shows the prompt.
    pub show_prompt: bool,
    /// Whether the page shows the owner's name.
    pub show_name: bool,
    /// Created, RFC 3339.
    pub created_at: String,
    /// When it stops working, RFC 3339 (null: until revoked).
    pub expires_at: Option<String>,
    /// Whether it has stopped working.
    pub expired: bool,
    /// Views so far.
    pub views: u64,
    /// Why an admin took it down after a report (a report reason's code, see
    /// `obscura_shared::reports::Reason`); null while it was not. A taken-down share answers 410
    /// and cannot be revoked or shared again.
    #[serde(default)]
    pub taken_down: Option<String>,
}

/// A public share page's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicShare {
    /// The share id.
    pub id: String,
    /// The canonical URL, absolute.
    pub url: String,
    /// The image behind the share, absolute (lives as long as the share).
    pub image_url: String,
    /// Its width.
    pub width: u32,
    /// Its height.
    pub height: u32,
    /// The image's type.
    pub image_mime: String,
    /// The prompt, when its owner shows it.
    pub prompt: Option<String>,
    /// The owner's display name, when shown.
    pub name: Option<String>,
    /// Whether search engines may index the page.
    pub indexable: bool,
    /// The site's public origin (for "Made with Obscura").
    pub home_url: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_choices_parse() {
        assert_eq!(Expiry::parse("7d", "").unwrap(), Expiry::Week);
        assert_eq!(Expiry::parse("", "").unwrap(), Expiry::Never);
        assert!(matches!(
            Expiry::parse("date", "2027-01-31").unwrap(),
            Expiry::Until(_)
        ));
        assert_eq!(
            Expiry::parse("date", "soon").unwrap_err().0,
            fields::EXPIRY_DATE
        );
        assert_eq!(Expiry::parse("forever", "").unwrap_err().0, fields::EXPIRY);
    }
}
