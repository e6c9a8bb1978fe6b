//! Colour themes and how the choice is remembered.

use serde::{Deserialize, Serialize};

/// Where the theme choice is kept in the browser. It is essential (it only changes how the page
/// looks on this device), lives in `localStorage`, never leaves the browser and is declared in the
/// storage table of the privacy policy.
pub const STORAGE_KEY: &str = "obscura-theme";

/// A colour theme the user can pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follow the operating system's preference.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The value stored under [`STORAGE_KEY`]; `None` means nothing is stored.
    #[must_use]
    pub const fn stored_value(self) -> Option<&'static str> {
        match self {
            Self::System => None,
            Self::Light => Some("light"),
            Self::Dark => Some("dark"),
        }
    }

    /// Reads a stored value; anything unknown falls back to following the system.
    #[must_use]
    pub fn from_stored(value: Option<&str>) -> Self {
        match value {
            Some("light") => Self::Light,
            Some("dark") => Self::Dark,
            _ => Self::System,
        }
    }

    /// The next theme in the switch's cycle: system → light → dark → system.
    #[must_use]
    pub const fn next(self) -> Self {
        match self {
            Self::System => Self::Light,
            Self::Light => Self::Dark,
            Self::Dark => Self::System,
        }
    }

    /// The switch's attribute holding its title while this theme is active ("System theme"),
    /// in the page's language: the server writes all three, the browser picks one.
    #[must_use]
    pub const fn title_attribute(self) -> &'static str {
        match self {
            Self::System => "data-title-system",
            Self::Light => "data-title-light",
            Self::Dark => "data-title-dark",
        }
    }

    /// The switch's attribute holding its accessible name while this theme is active ("Theme:
    /// light. Switch to dark"), in the page's language.
    #[must_use]
    pub const fn label_attribute(self) -> &'static str {
        match self {
            Self::System => "data-label-system",
            Self::Light => "data-label-light",
            Self::Dark => "data-label-dark",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycle_visits_every_theme_and_returns() {
        let mut t = Theme::System;
        let mut seen = vec![];
        for _ in 0..3 {
            seen.push(t);
            t = t.next();
        }
        assert_eq!(t, Theme::System);
        assert_eq!(seen, vec![Theme::System, Theme::Light, Theme::Dark]);
    }

    #[test]
    fn stored_values_round_trip_and_unknown_means_system() {
        for t in [Theme::System, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::from_stored(t.stored_value()), t);
        }
        assert_eq!(Theme::from_stored(Some("purple")), Theme::System);
    }
}
