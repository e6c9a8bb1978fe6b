//! Typed identifiers: an account's id cannot be passed where an image's is expected, and an id
//! is parsed once where it enters (a path segment, a form field, a server-function argument), so
//! a malformed one is an unknown id (404) at the edge rather than an error deep inside.
//!
//! Each serialises exactly as the plain id (`#[serde(transparent)]`).

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// The UUID, as stored.
            #[must_use]
            pub const fn into_uuid(self) -> Uuid {
                self.0
            }
        }

        impl From<Uuid> for $name {
            fn from(id: Uuid) -> Self {
                Self(id)
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl FromStr for $name {
            type Err = MalformedId;

            fn from_str(s: &str) -> Result<Self, MalformedId> {
                Uuid::parse_str(s).map(Self).map_err(|_| MalformedId)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

uuid_id!(
    /// An account.
    UserId
);
uuid_id!(
    /// A signed-in session.
    SessionId
);
uuid_id!(
    /// A request to generate images.
    GenerationId
);
uuid_id!(
    /// One stored image of a generation.
    ImageId
);
uuid_id!(
    /// A support message.
    MessageId
);
uuid_id!(
    /// A report of a shared image.
    ReportId
);

/// A share: 16 random bytes in unpadded base64url (22 characters), the capability itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ShareId(String);

impl ShareId {
    /// Length of a share id.
    pub const LEN: usize = 22;

    /// The id as it appears in links.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `s` has the shape of a share id (anything else is a 404 without a query).
    #[must_use]
    pub fn looks_like(s: &str) -> bool {
        s.len() == Self::LEN
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }
}

impl FromStr for ShareId {
    type Err = MalformedId;

    fn from_str(s: &str) -> Result<Self, MalformedId> {
        if Self::looks_like(s) {
            Ok(Self(s.to_owned()))
        } else {
            Err(MalformedId)
        }
    }
}

impl fmt::Display for ShareId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A string that is not an id of the expected kind: to be answered as an unknown id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("malformed id")]
pub struct MalformedId;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_ids_parse_display_and_serialise_as_the_plain_id() {
        let s = "0192f0c4-7b1e-7c3a-9d2e-3f4a5b6c7d8e";
        let id: ImageId = s.parse().unwrap();
        assert_eq!(id.to_string(), s);
        assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{s}\""));
        assert_eq!(
            serde_json::from_str::<ImageId>(&format!("\"{s}\"")).unwrap(),
            id
        );
        assert_eq!("not-an-id".parse::<UserId>(), Err(MalformedId));
        assert_eq!("".parse::<GenerationId>(), Err(MalformedId));
    }

    #[test]
    fn share_ids_have_their_shape() {
        let s = "AAAAAAAAAAAAAAAAAAAA-_";
        assert_eq!(s.parse::<ShareId>().unwrap().as_str(), s);
        assert!("../../etc/passwd".parse::<ShareId>().is_err());
        assert!(
            "0192f0c4-7b1e-7c3a-9d2e-3f4a5b6c7d8e"
                .parse::<ShareId>()
                .is_err()
        );
        assert!("AAAAAAAAAAAAAAAAAAAA+/".parse::<ShareId>().is_err());
    }
}
