//! Social publishing: which platforms people may connect, with whose app credentials, and where
//! each platform's API lives (overridable so that tests run against a local stand-in).

use secrecy::SecretString;
use url::Url;

use super::ConfigError;

/// The raw social settings.
#[derive(Debug, Clone, Default)]
pub(super) struct RawSocial {
    pub(super) x: RawApp,
    pub(super) linkedin: RawApp,
    pub(super) meta: RawApp,
    pub(super) pinterest: RawApp,
    pub(super) youtube: bool,
    pub(super) youtube_api_base: String,
    pub(super) youtube_revoke_url: String,
    pub(super) google_configured: bool,
}

/// One platform app as read.
#[derive(Debug, Clone, Default)]
pub(super) struct RawApp {
    pub(super) client_id: Option<String>,
    pub(super) client_secret: Option<String>,
    pub(super) auth_base: String,
    pub(super) api_base: String,
}

/// An app registered with a platform (its OAuth client) and where the platform answers.
#[derive(Debug, Clone)]
pub struct App {
    /// The OAuth client id (public: it is in the authorization URL).
    pub client_id: String,
    /// The OAuth client secret.
    pub client_secret: SecretString,
    /// Where the browser is sent to authorize (and, for LinkedIn, the token endpoint).
    pub auth_base: Url,
    /// Where the platform's API answers.
    pub api_base: Url,
}

/// YouTube, through the Google sign-in client.
#[derive(Debug, Clone)]
pub struct YouTube {
    /// `OBSCURA_YOUTUBE_API_BASE`, default `https://www.googleapis.com`.
    pub api_base: Url,
    /// `OBSCURA_YOUTUBE_REVOKE_URL`, default `https://oauth2.googleapis.com/revoke`.
    pub revoke_url: Url,
}

/// The configured platforms; each is offered only when its app is configured.
#[derive(Debug, Clone, Default)]
pub struct Social {
    /// X (`OBSCURA_X_CLIENT_ID`, `_CLIENT_SECRET`, `_AUTH_BASE`, `_API_BASE`).
    pub x: Option<App>,
    /// LinkedIn, member profiles and organization pages (`OBSCURA_LINKEDIN_*`).
    pub linkedin: Option<App>,
    /// Meta: Facebook Pages and Instagram professional accounts (`OBSCURA_META_*`).
    pub meta: Option<App>,
    /// Pinterest (`OBSCURA_PINTEREST_*`).
    pub pinterest: Option<App>,
    /// YouTube (`OBSCURA_YOUTUBE=true` with Google sign-in configured).
    pub youtube: Option<YouTube>,
}

impl Social {
    /// Whether any platform is configured.
    #[must_use]
    pub fn any(&self) -> bool {
        self.x.is_some()
            || self.linkedin.is_some()
            || self.meta.is_some()
            || self.pinterest.is_some()
            || self.youtube.is_some()
    }

    /// One line for `check-config`.
    #[must_use]
    pub fn summary(&self) -> String {
        let mut on = Vec::new();
        for (name, app) in [
            ("X", &self.x),
            ("LinkedIn", &self.linkedin),
            ("Facebook Pages and Instagram", &self.meta),
            ("Pinterest", &self.pinterest),
        ] {
            if let Some(app) = app {
                on.push(format!(
                    "{name} ({})",
                    app.api_base.host_str().unwrap_or_default()
                ));
            }
        }
        if self.youtube.is_some() {
            on.push("YouTube (channel only)".to_owned());
        }
        if on.is_empty() {
            "off (no platform app configured)".to_owned()
        } else {
            on.join(", ")
        }
    }
}

fn non_empty(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty())
}

fn base(key: &str, value: &str) -> Result<Url, ConfigError> {
    Url::parse(value.trim_end_matches('/'))
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
        .filter(|u| u.query().is_none() && u.fragment().is_none())
        .ok_or_else(|| ConfigError::new(key, "is not a valid http(s) URL without a query"))
}

impl RawApp {
    fn validate(self, prefix: &str) -> Result<Option<App>, ConfigError> {
        let id_key = format!("{prefix}_client_id");
        let secret_key = format!("{prefix}_client_secret");
        match (non_empty(self.client_id), non_empty(self.client_secret)) {
            (None, None) => Ok(None),
            (Some(_), None) => Err(ConfigError::new(
                &secret_key,
                format!("is needed with OBSCURA_{}", id_key.to_uppercase()),
            )),
            (None, Some(_)) => Err(ConfigError::new(
                &id_key,
                format!("is needed with OBSCURA_{}", secret_key.to_uppercase()),
            )),
            (Some(client_id), Some(secret)) => {
                if client_id.len() > 200 || client_id.chars().any(char::is_whitespace) {
                    return Err(ConfigError::new(&id_key, "is not a client id"));
                }
                Ok(Some(App {
                    client_id,
                    client_secret: SecretString::from(secret),
                    auth_base: base(&format!("{prefix}_auth_base"), &self.auth_base)?,
                    api_base: base(&format!("{prefix}_api_base"), &self.api_base)?,
                }))
            }
        }
    }
}

impl RawSocial {
    pub(super) fn validate(self) -> Result<Social, ConfigError> {
        let youtube = if self.youtube {
            if !self.google_configured {
                return Err(ConfigError::new(
                    "youtube",
                    "needs Google sign-in (OBSCURA_GOOGLE_CLIENT_ID and _SECRET): YouTube connects through that client",
                ));
            }
            Some(YouTube {
                api_base: base("youtube_api_base", &self.youtube_api_base)?,
                revoke_url: base("youtube_revoke_url", &self.youtube_revoke_url)?,
            })
        } else {
            None
        };
        Ok(Social {
            x: self.x.validate("x")?,
            linkedin: self.linkedin.validate("linkedin")?,
            meta: self.meta.validate("meta")?,
            pinterest: self.pinterest.validate("pinterest")?,
            youtube,
        })
    }
}
