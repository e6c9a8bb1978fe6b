//! The HTTP plumbing the adapters share: one client per adapter with the configured timeout, a
//! retry loop over 429, 5xx, connection errors and timeouts that follows [`RetryPolicy`]
//! (exponential backoff with jitter, `Retry-After` honoured up to `max_delay`), and the single
//! mapping from an HTTP status to a [`ProviderError`].
//!
//! Logs carry the provider, the operation, the status, the error class and the attempt number:
//! never a URL query, a header value, a body or a prompt.

use std::{
    sync::atomic::{AtomicU32, Ordering},
    time::{Duration, SystemTime},
};

use backon::{ExponentialBuilder, Retryable as _};
use bytes::Bytes;
use reqwest::{Client, RequestBuilder, StatusCode, header::HeaderMap};

use url::Url;

use super::{ProviderError, ProviderKind, RetryPolicy, download::SafeFetch};

/// `path` under a provider's configured base URL, however its end slash is written.
#[must_use]
pub fn endpoint(base: &Url, path: &str) -> String {
    format!("{}/{path}", base.as_str().trim_end_matches('/'))
}

/// The longest upstream text we ever copy into an error.
const MAX_ECHO_CHARS: usize = 200;

/// An adapter's HTTP client and retry policy.
#[derive(Debug, Clone)]
pub(crate) struct Upstream {
    client: Client,
    retry: RetryPolicy,
    provider: ProviderKind,
}

impl Upstream {
    /// A client whose every request (body included) must finish within `timeout`.
    pub(crate) fn new(
        provider: ProviderKind,
        timeout: Duration,
        retry: RetryPolicy,
    ) -> Result<Self, reqwest::Error> {
        let client = Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .user_agent(concat!("obscura/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Self {
            client,
            retry,
            provider,
        })
    }

    /// Sends the request `build` makes (once per attempt) and returns the body of the first
    /// successful answer. `classify` sees every unsuccessful status with its body first and may
    /// name the error (a safety refusal, an upstream code); otherwise [`by_status`] decides.
    pub(crate) async fn send(
        &self,
        op: &'static str,
        build: impl Fn(&Client) -> RequestBuilder,
        classify: impl Fn(StatusCode, &[u8]) -> Option<ProviderError>,
    ) -> Result<Bytes, ProviderError> {
        let attempt = AtomicU32::new(0);
        self.retrying(op, || async {
            let n = attempt.fetch_add(1, Ordering::Relaxed) + 1;
            self.once(op, n, &build, &classify).await
        })
        .await
    }

    /// Downloads a result file through the guard `fetch`, retried like any request (a refused
    /// URL is not retried). `authorize` adds credentials for the hops that deserve them.
    pub(crate) async fn download(
        &self,
        fetch: &SafeFetch,
        url: &Url,
        authorize: &(dyn Fn(RequestBuilder, &Url) -> RequestBuilder + Sync),
    ) -> Result<Bytes, ProviderError> {
        self.retrying("download", || fetch.get(url, authorize))
            .await
    }

    /// Runs `once` until it succeeds, fails for good or the policy's attempts are spent.
    async fn retrying<F, Fut>(&self, op: &'static str, once: F) -> Result<Bytes, ProviderError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Bytes, ProviderError>>,
    {
        let policy = self.retry;
        let backoff = ExponentialBuilder::default()
            .with_min_delay(policy.base)
            .with_max_delay(policy.max_delay)
            .with_factor(2.0)
            .with_jitter()
            .with_max_times(policy.attempts.saturating_sub(1) as usize);
        once.retry(backoff)
            .sleep(tokio::time::sleep)
            .when(ProviderError::retryable)
            .adjust(|err, planned| {
                // `planned` is None once the attempts are spent.
                let planned = planned?;
                match err {
                    ProviderError::RateLimited {
                        retry_after: Some(wait),
                    } => (*wait <= policy.max_delay).then_some(*wait),
                    _ => Some(planned.min(policy.max_delay)),
                }
            })
            .notify(|err, wait| {
                tracing::debug!(
                    provider = self.provider.code(),
                    op,
                    class = err.class(),
                    wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX),
                    "retrying upstream request"
                );
            })
            .await
    }

    async fn once(
        &self,
        op: &'static str,
        attempt: u32,
        build: &impl Fn(&Client) -> RequestBuilder,
        classify: &impl Fn(StatusCode, &[u8]) -> Option<ProviderError>,
    ) -> Result<Bytes, ProviderError> {
        let failed = |err: ProviderError, status: Option<u16>, request_id: Option<&str>| {
            tracing::warn!(
                provider = self.provider.code(),
                op,
                http.status = status,
                upstream.request_id = request_id,
                class = err.class(),
                attempt,
                "upstream request failed"
            );
            err
        };
        let res = match build(&self.client).send().await {
            Ok(res) => res,
            Err(err) => return Err(failed(transport(&err), None, None)),
        };
        let status = res.status();
        let request_id = res
            .headers()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .map(|v| truncate(v, 64));
        let retry_after = (status == StatusCode::TOO_MANY_REQUESTS)
            .then(|| retry_after(res.headers(), SystemTime::now()))
            .flatten();
        let body = match res.bytes().await {
            Ok(body) => body,
            Err(err) => {
                let err = transport(&err);
                return Err(failed(err, Some(status.as_u16()), request_id.as_deref()));
            }
        };
        if status.is_success() {
            return Ok(body);
        }
        let err = match classify(status, &body) {
            // The header wins over a wait the body names.
            Some(ProviderError::RateLimited { retry_after: said }) => ProviderError::RateLimited {
                retry_after: retry_after.or(said),
            },
            Some(err) => err,
            None => by_status(status, retry_after),
        };
        Err(failed(err, Some(status.as_u16()), request_id.as_deref()))
    }
}

/// The default meaning of an unsuccessful status.
pub(crate) fn by_status(status: StatusCode, retry_after: Option<Duration>) -> ProviderError {
    match status.as_u16() {
        401 | 403 => ProviderError::Unauthorized,
        408 => ProviderError::Timeout,
        429 => ProviderError::RateLimited { retry_after },
        500..=599 => ProviderError::Unavailable(format!("HTTP {}", status.as_u16())),
        _ => ProviderError::Rejected(format!("HTTP {}", status.as_u16())),
    }
}

/// A transport failure (no status): timeouts and connection problems are retried.
pub(crate) fn transport(err: &reqwest::Error) -> ProviderError {
    if err.is_timeout() {
        ProviderError::Timeout
    } else if err.is_connect() {
        ProviderError::Unavailable("connection failed".into())
    } else if err.is_decode() || err.is_body() {
        ProviderError::Unavailable("the answer was cut short".into())
    } else {
        ProviderError::Unavailable("transport error".into())
    }
}

/// How long a 429 asks us to wait: `retry-after-ms`, `Retry-After` (seconds or an HTTP date),
/// then OpenAI's `x-ratelimit-reset-requests` (`"12ms"`, `"6m0s"`).
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(ms) = header("retry-after-ms").and_then(|v| v.parse::<f64>().ok())
        && ms.is_finite()
        && ms >= 0.0
    {
        return Some(Duration::from_secs_f64(ms / 1000.0));
    }
    if let Some(value) = header("retry-after") {
        if let Ok(secs) = value.parse::<u64>() {
            return Some(Duration::from_secs(secs));
        }
        if let Ok(at) = httpdate::parse_http_date(value) {
            return Some(at.duration_since(now).unwrap_or(Duration::ZERO));
        }
    }
    header("x-ratelimit-reset-requests").and_then(go_duration)
}

/// Parses a Go-style duration such as `"1h2m3.5s"`, `"12ms"` or `"250us"`.
pub(crate) fn go_duration(text: &str) -> Option<Duration> {
    let mut rest = text.trim();
    if rest.is_empty() {
        return None;
    }
    let mut total = 0f64;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let value: f64 = rest.get(..digits)?.parse().ok()?;
        rest = rest.get(digits..)?;
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let seconds_per_unit = match rest.get(..unit_len)? {
            "h" => 3600.0,
            "m" => 60.0,
            "s" => 1.0,
            "ms" => 1e-3,
            "us" | "µs" => 1e-6,
            "ns" => 1e-9,
            _ => return None,
        };
        total += value * seconds_per_unit;
        rest = rest.get(unit_len..)?;
    }
    Duration::try_from_secs_f64(total).ok()
}

/// `text` cut to at most 200 characters (upstream codes and types are short; this is a guard).
pub(crate) fn truncate(text: &str, max_chars: usize) -> String {
    text.chars().take(max_chars.min(MAX_ECHO_CHARS)).collect()
}

/// An upstream reason fit for an error message: one line, at most 200 characters, and withheld
/// entirely when it repeats any of the `private` texts (the prompts).
pub(crate) fn reason(text: &str, private: &[&str]) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let leaks = private
        .iter()
        .filter(|p| p.trim().chars().count() >= 4)
        .any(|p| text.contains(p.trim()));
    if leaks || line.trim().is_empty() {
        "(no detail)".into()
    } else {
        truncate(line.trim(), MAX_ECHO_CHARS)
    }
}

/// Whether `url` has the same scheme, host and port as `base`: credentials go only there.
pub(crate) fn same_origin(url: &url::Url, base: &url::Url) -> bool {
    url.origin() == base.origin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn retry_after_reads_seconds_dates_and_reset_durations() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let secs = headers(&[("retry-after", "7")]);
        assert_eq!(retry_after(&secs, now), Some(Duration::from_secs(7)));
        let date = httpdate::fmt_http_date(now + Duration::from_secs(90));
        let dated = headers(&[("retry-after", &date)]);
        assert_eq!(retry_after(&dated, now), Some(Duration::from_secs(90)));
        let past = headers(&[("retry-after", "Thu, 01 Jan 1970 00:00:00 GMT")]);
        assert_eq!(retry_after(&past, now), Some(Duration::ZERO));
        let ms = headers(&[("retry-after-ms", "250")]);
        assert_eq!(retry_after(&ms, now), Some(Duration::from_millis(250)));
        let reset = headers(&[("x-ratelimit-reset-requests", "6m0s")]);
        assert_eq!(retry_after(&reset, now), Some(Duration::from_secs(360)));
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")]), now), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn go_durations() {
        assert_eq!(go_duration("12ms"), Some(Duration::from_millis(12)));
        assert_eq!(go_duration("1h2m3s"), Some(Duration::from_secs(3723)));
        assert_eq!(go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(go_duration("20s"), Some(Duration::from_secs(20)));
        assert_eq!(go_duration(""), None);
        assert_eq!(go_duration("12"), None);
        assert_eq!(go_duration("3 days"), None);
    }

    #[test]
    fn statuses_map_once() {
        assert_eq!(
            by_status(StatusCode::UNAUTHORIZED, None),
            ProviderError::Unauthorized
        );
        assert_eq!(
            by_status(StatusCode::FORBIDDEN, None),
            ProviderError::Unauthorized
        );
        assert!(matches!(
            by_status(StatusCode::BAD_GATEWAY, None),
            ProviderError::Unavailable(_)
        ));
        assert!(matches!(
            by_status(StatusCode::NOT_FOUND, None),
            ProviderError::Rejected(_)
        ));
        assert_eq!(
            by_status(StatusCode::TOO_MANY_REQUESTS, Some(Duration::from_secs(3))),
            ProviderError::RateLimited {
                retry_after: Some(Duration::from_secs(3))
            }
        );
    }

    #[test]
    fn reasons_are_short_and_never_repeat_the_prompt() {
        assert_eq!(reason(&"x".repeat(500), &[]).chars().count(), 200);
        assert_eq!(
            reason("CUDA out of memory\ntrace…", &[]),
            "CUDA out of memory"
        );
        assert_eq!(
            reason("bad prompt: a red fox", &["a red fox"]),
            "(no detail)"
        );
    }
}
