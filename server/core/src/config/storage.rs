//! Where objects (originals, derivatives, reference uploads) are kept: the local disk under the
//! data directory, or an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …) when
//! `OBSCURA_S3_BUCKET` is set.

use secrecy::SecretString;
use url::Url;

use super::ConfigError;

/// The region used when `OBSCURA_S3_REGION` is unset.
pub const DEFAULT_S3_REGION: &str = "us-east-1";

/// The object storage backend.
#[derive(Debug, Clone)]
pub enum ObjectStorage {
    /// `<data dir>/objects` on this server's disk.
    Local,
    /// An S3-compatible bucket.
    S3(S3Storage),
}

/// An S3-compatible bucket and how to reach it.
#[derive(Debug, Clone)]
pub struct S3Storage {
    /// `OBSCURA_S3_BUCKET`.
    pub bucket: String,
    /// `OBSCURA_S3_ENDPOINT`: the service's origin for MinIO, R2…; AWS's regional endpoint if unset.
    pub endpoint: Option<Url>,
    /// `OBSCURA_S3_REGION`, default `us-east-1`.
    pub region: String,
    /// `OBSCURA_S3_ACCESS_KEY_ID`.
    pub access_key_id: String,
    /// `OBSCURA_S3_SECRET_ACCESS_KEY`.
    pub secret_access_key: SecretString,
    /// `OBSCURA_S3_PATH_STYLE`: `<endpoint>/<bucket>/key` rather than `<bucket>.<endpoint>/key`.
    pub path_style: bool,
    /// `OBSCURA_S3_ALLOW_HTTP`: accept an `http://` endpoint (local services only).
    pub allow_http: bool,
}

impl S3Storage {
    /// The host objects are sent to, e.g. `minio.internal:9000` or `s3.eu-west-3.amazonaws.com`.
    #[must_use]
    pub fn host(&self) -> String {
        match &self.endpoint {
            Some(url) => {
                let host = url.host_str().unwrap_or_default();
                url.port()
                    .map_or_else(|| host.to_owned(), |port| format!("{host}:{port}"))
            }
            None => format!("s3.{}.amazonaws.com", self.region),
        }
    }
}

/// The `OBSCURA_S3_*` settings as read.
pub(super) struct RawS3 {
    pub bucket: Option<String>,
    pub endpoint: Option<String>,
    pub region: String,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    pub path_style: bool,
    pub allow_http: bool,
}

impl RawS3 {
    /// Validates into a backend, naming the variable at fault.
    pub(super) fn validate(self) -> Result<ObjectStorage, ConfigError> {
        let set = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        let bucket = set(self.bucket);
        let endpoint = set(self.endpoint);
        let access_key_id = set(self.access_key_id);
        let secret_access_key = set(self.secret_access_key);
        let Some(bucket) = bucket else {
            let stray = [
                ("s3_endpoint", endpoint.is_some()),
                ("s3_access_key_id", access_key_id.is_some()),
                ("s3_secret_access_key", secret_access_key.is_some()),
                ("s3_region", self.region != DEFAULT_S3_REGION),
            ]
            .into_iter()
            .find_map(|(key, is_set)| is_set.then_some(key));
            return match stray {
                Some(key) => Err(ConfigError::new(
                    "s3_bucket",
                    format!(
                        "is required when OBSCURA_{} is set (leave all OBSCURA_S3_* unset to keep objects on the local disk)",
                        key.to_uppercase()
                    ),
                )),
                None => Ok(ObjectStorage::Local),
            };
        };
        if !valid_bucket_name(&bucket) {
            return Err(ConfigError::new(
                "s3_bucket",
                "is not a valid bucket name (3–63 lower-case letters, digits, dots and hyphens)",
            ));
        }
        let region = self.region.trim().to_owned();
        if region.is_empty() || region.contains(|c: char| c.is_whitespace() || c == '/') {
            return Err(ConfigError::new(
                "s3_region",
                "is not a region name (e.g. us-east-1, or auto for R2)",
            ));
        }
        let endpoint = endpoint
            .map(|e| parse_endpoint(&e, self.allow_http))
            .transpose()?;
        // Virtual-hosted requests go to `<bucket>.<host>`, which an IP address cannot carry.
        if let Some(url) = &endpoint
            && !self.path_style
            && !matches!(url.host(), Some(url::Host::Domain(_)))
        {
            return Err(ConfigError::new(
                "s3_path_style",
                "must be true when OBSCURA_S3_ENDPOINT is an IP address",
            ));
        }
        let access_key_id = access_key_id.ok_or_else(|| {
            ConfigError::new(
                "s3_access_key_id",
                "is required when OBSCURA_S3_BUCKET is set",
            )
        })?;
        let secret_access_key = secret_access_key.ok_or_else(|| {
            ConfigError::new(
                "s3_secret_access_key",
                "is required when OBSCURA_S3_BUCKET is set",
            )
        })?;
        Ok(ObjectStorage::S3(S3Storage {
            bucket,
            endpoint,
            region,
            access_key_id,
            secret_access_key: SecretString::from(secret_access_key),
            path_style: self.path_style,
            allow_http: self.allow_http,
        }))
    }
}

/// S3's bucket naming rules, which MinIO and R2 share.
fn valid_bucket_name(name: &str) -> bool {
    (3..=63).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric())
        && !name.contains("..")
}

/// An `https://` origin (optionally with a path prefix), or `http://` when allowed.
fn parse_endpoint(s: &str, allow_http: bool) -> Result<Url, ConfigError> {
    let url = Url::parse(s.trim_end_matches('/')).map_err(|_| {
        ConfigError::new(
            "s3_endpoint",
            "is not a valid URL (e.g. https://minio.example:9000)",
        )
    })?;
    if url.host_str().is_none()
        || !matches!(url.scheme(), "http" | "https")
        || url.query().is_some()
        || url.fragment().is_some()
        || !url.username().is_empty()
    {
        return Err(ConfigError::new(
            "s3_endpoint",
            "must be an https:// URL with a host and no credentials or query (e.g. https://minio.example:9000)",
        ));
    }
    if url.scheme() == "http" && !allow_http {
        return Err(ConfigError::new(
            "s3_endpoint",
            "uses http://, which would send objects unencrypted: use https://, or set OBSCURA_S3_ALLOW_HTTP=true for a service on this machine or a private network",
        ));
    }
    Ok(url)
}
