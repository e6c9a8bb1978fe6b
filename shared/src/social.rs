//! Social publishing: the platforms, how each counts a caption, and what the pages show.

use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// A platform people can connect (one button each on Settings → Connections).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    /// X (formerly Twitter).
    X,
    /// A LinkedIn member's own profile.
    Linkedin,
    /// LinkedIn organization pages the member administers.
    LinkedinPage,
    /// Facebook Pages.
    Facebook,
    /// Instagram professional accounts (through Facebook Login for Business).
    Instagram,
    /// Pinterest boards.
    Pinterest,
    /// A YouTube channel (shown only: YouTube has no API for image posts).
    Youtube,
}

impl Platform {
    /// Every platform, in the order pages list them.
    pub const ALL: [Self; 7] = [
        Self::X,
        Self::Linkedin,
        Self::LinkedinPage,
        Self::Facebook,
        Self::Instagram,
        Self::Pinterest,
        Self::Youtube,
    ];

    /// The stable name in URLs and the database.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::X => "x",
            Self::Linkedin => "linkedin",
            Self::LinkedinPage => "linkedin_page",
            Self::Facebook => "facebook",
            Self::Instagram => "instagram",
            Self::Pinterest => "pinterest",
            Self::Youtube => "youtube",
        }
    }

    /// The platform a stable name names.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The name people know it by, as a message: translated where the name has words in it
    /// ("LinkedIn profile"), the product name as it is otherwise.
    #[must_use]
    pub fn name(self) -> Message {
        match self {
            Self::Linkedin => Message::new("connection-platform-linkedin"),
            Self::LinkedinPage => Message::new("connection-platform-linkedin-page"),
            Self::Facebook => Message::new("connection-platform-facebook"),
            other => Message::verbatim(other.label()),
        }
    }

    /// The name people know it by, in English.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::X => "X",
            Self::Linkedin => "LinkedIn profile",
            Self::LinkedinPage => "LinkedIn page",
            Self::Facebook => "Facebook Page",
            Self::Instagram => "Instagram",
            Self::Pinterest => "Pinterest",
            Self::Youtube => "YouTube",
        }
    }

    /// Whether Obscura can publish images there.
    #[must_use]
    pub const fn publishes(self) -> bool {
        !matches!(self, Self::Youtube)
    }

    /// The longest caption the platform takes, counted with [`Platform::count`].
    #[must_use]
    pub const fn caption_limit(self) -> usize {
        match self {
            Self::X => 280,
            Self::Linkedin | Self::LinkedinPage => 3000,
            Self::Facebook => 63_206,
            Self::Instagram => 2200,
            Self::Pinterest => 800,
            Self::Youtube => 0,
        }
    }

    /// The longest alt text the platform takes (characters).
    #[must_use]
    pub const fn alt_limit(self) -> usize {
        match self {
            Self::Pinterest => 500,
            _ => 1000,
        }
    }

    /// Where the platform's feed folds a long caption ("… more"), in characters.
    #[must_use]
    pub const fn fold(self) -> Option<usize> {
        match self {
            Self::Linkedin | Self::LinkedinPage => Some(210),
            Self::Instagram => Some(125),
            Self::Facebook => Some(480),
            Self::Pinterest => Some(100),
            Self::X | Self::Youtube => None,
        }
    }

    /// The caption's length as the platform counts it. X weighs each character (most scripts
    /// beyond Latin, and emoji, count twice) and counts every link as 23 characters; the others
    /// count characters (Unicode scalar values).
    #[must_use]
    pub fn count(self, text: &str) -> usize {
        match self {
            Self::X => x_weighted_length(text),
            _ => text.chars().count(),
        }
    }

    /// What is wrong with `caption` for this platform, if anything.
    #[must_use]
    pub fn caption_problem(self, caption: &str) -> Option<Message> {
        let n = self.count(caption);
        let limit = self.caption_limit();
        if n > limit {
            return Some(
                Message::new("error-caption-too-long")
                    .arg("platform", self.label())
                    .arg("limit", limit.to_string())
                    .arg("count", n.to_string()),
            );
        }
        if self == Self::Instagram {
            let tags = caption
                .split_whitespace()
                .filter(|w| w.starts_with('#') && w.len() > 1)
                .count();
            if tags > 30 {
                return Some(Message::new("error-caption-hashtags").arg("count", tags.to_string()));
            }
        }
        None
    }
}

/// X's weighted length (twitter-text v3): characters in the ranges below weigh 1, all others 2;
/// each `http://` or `https://` link weighs 23.
#[must_use]
pub fn x_weighted_length(text: &str) -> usize {
    const LIGHT: [(u32, u32); 4] = [(0, 4351), (8192, 8205), (8208, 8223), (8242, 8247)];
    let mut total = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let trimmed = word.trim_end();
        if trimmed.starts_with("https://") || trimmed.starts_with("http://") {
            total += 23 + (word.chars().count() - trimmed.chars().count());
            continue;
        }
        total += word
            .chars()
            .map(|c| {
                let c = u32::from(c);
                if LIGHT.iter().any(|&(a, b)| (a..=b).contains(&c)) {
                    1
                } else {
                    2
                }
            })
            .sum::<usize>();
    }
    total
}

/// Instagram takes images between 4:5 (portrait) and 1.91:1 (landscape), at most 8 MB.
#[must_use]
pub fn instagram_problem(width: u32, height: u32, bytes: u64) -> Option<Message> {
    if width == 0 || height == 0 {
        return None;
    }
    let ratio = f64::from(width) / f64::from(height);
    if !(0.8..=1.91).contains(&ratio) {
        return Some(
            Message::new("error-instagram-ratio")
                .arg("width", width.to_string())
                .arg("height", height.to_string()),
        );
    }
    if bytes > 8 * 1024 * 1024 {
        return Some(Message::new("error-instagram-size"));
    }
    None
}

/// A place a connection publishes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TargetView {
    /// Id.
    pub id: String,
    /// `profile`, `page`, `organization`, `account`, `board` or `channel`.
    pub kind: String,
    /// Its name.
    pub name: String,
    /// Whether the person chose it for publishing.
    pub chosen: bool,
}

/// One connection as Settings → Connections shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectionView {
    /// Id.
    pub id: String,
    /// The platform.
    pub platform: Platform,
    /// The name shown.
    pub display_name: String,
    /// The handle, where the platform has one.
    pub username: Option<String>,
    /// Whether the person must connect again, and why (in the reader's language when it is
    /// Obscura's own reason).
    pub reconnect: Option<Message>,
    /// Scopes granted.
    pub scopes: Vec<String>,
    /// Connected (RFC 3339).
    pub connected_at: String,
    /// When the access expires unless refreshed (RFC 3339).
    pub expires_at: Option<String>,
    /// Where it can publish.
    pub targets: Vec<TargetView>,
}

/// A platform this server offers, with what it asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlatformOffer {
    /// The platform.
    pub platform: Platform,
    /// The scopes requested, exactly as sent.
    pub scopes: Vec<String>,
}

/// Settings → Connections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ConnectionsPage {
    /// Platforms this server offers.
    pub offers: Vec<PlatformOffer>,
    /// The account's connections.
    pub connections: Vec<ConnectionView>,
}

/// One row of the publishing history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostView {
    /// Id.
    pub id: String,
    /// The image.
    pub image_id: String,
    /// The platform.
    pub platform: Platform,
    /// The account as shown when posted.
    pub account_name: String,
    /// The page, board or profile.
    pub target_name: String,
    /// `awaiting_approval`, `queued`, `published`, `failed` or `cancelled`.
    pub status: String,
    /// Why it failed or was cancelled (the platform's own words kept as they are), or what
    /// happens next.
    pub detail: Option<Message>,
    /// The platform's post id.
    pub post_id: Option<String>,
    /// The post's link.
    pub permalink: Option<String>,
    /// Requested (RFC 3339).
    pub created_at: String,
    /// Published (RFC 3339).
    pub published_at: Option<String>,
}

/// A target offered on the publish form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishTarget {
    /// The target's id (the form value).
    pub id: String,
    /// The platform.
    pub platform: Platform,
    /// The connected account.
    pub account_name: String,
    /// The page, board or profile.
    pub target_name: String,
    /// Why it cannot be chosen now (reconnect needed, image refused), said before publishing.
    pub problem: Option<String>,
}

/// The publish form of one image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublishPage {
    /// The image.
    pub image_id: String,
    /// A fresh link to its preview.
    pub image_url: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The prompt, offered as a starting caption.
    pub prompt: String,
    /// Where it can go.
    pub targets: Vec<PublishTarget>,
    /// This image's publishing history, newest first.
    pub history: Vec<PostView>,
    /// A fresh one-time key for the form (a second submit makes nothing new).
    pub request_key: String,
    /// Whether any platform is configured at all.
    pub any_platform: bool,
}

/// A publication awaiting a reviewer's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalView {
    /// A fresh link to the image.
    pub image_url: String,
    /// The caption.
    pub caption: String,
    /// The alt text.
    pub alt_text: String,
    /// Where it would go: the platform and the target's name.
    pub targets: Vec<(Platform, String)>,
    /// `awaiting_approval`, `sent`, `rejected` or `expired`.
    pub status: String,
}

/// A platform deletion request's status page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletionStatus {
    /// The confirmation code.
    pub code: String,
    /// The platform's name.
    pub platform: String,
    /// Connections deleted.
    pub connections: i32,
    /// History rows deleted.
    pub posts: i32,
    /// When (RFC 3339).
    pub deleted_at: String,
}

/// Form field names.
pub mod fields {
    /// The caption.
    pub const CAPTION: &str = "caption";
    /// The alt text.
    pub const ALT_TEXT: &str = "alt_text";
    /// A chosen target (repeated).
    pub const TARGET: &str = "target";
    /// Who approves, when review is asked for.
    pub const APPROVER: &str = "approver";
    /// The form's one-time key.
    pub const REQUEST_KEY: &str = "request_key";
    /// A connection id.
    pub const CONNECTION: &str = "connection";
    /// A post id.
    pub const POST: &str = "post";
    /// "approve" or "reject".
    pub const DECISION: &str = "decision";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_counts_links_as_23_and_wide_characters_twice() {
        assert_eq!(x_weighted_length("hello"), 5);
        assert_eq!(
            x_weighted_length("see https://example.com/a/very/long/path"),
            4 + 23
        );
        assert_eq!(x_weighted_length("日本"), 4);
        assert_eq!(x_weighted_length("café"), 4);
        assert_eq!(Platform::X.count(&"a".repeat(281)), 281);
        assert!(Platform::X.caption_problem(&"a".repeat(281)).is_some());
        assert!(Platform::X.caption_problem(&"日".repeat(141)).is_some());
        assert!(Platform::X.caption_problem(&"日".repeat(140)).is_none());
        assert!(
            Platform::Linkedin
                .caption_problem(&"日".repeat(3000))
                .is_none()
        );
    }

    #[test]
    fn instagram_limits() {
        assert!(instagram_problem(1024, 1024, 1000).is_none());
        assert!(instagram_problem(576, 1024, 1000).is_some());
        assert!(instagram_problem(1024, 1280, 1000).is_none());
        let tags = (0..31)
            .map(|i| format!("#t{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        assert!(Platform::Instagram.caption_problem(&tags).is_some());
    }

    #[test]
    fn names_round_trip() {
        for p in Platform::ALL {
            assert_eq!(Platform::parse(p.as_str()), Some(p));
        }
    }
}
