//! SSRF-safe downloads of provider results: the URLs a provider hands back are fetched only when
//! they point where that provider delivers files, and never at this machine or its network.
//!
//! A URL is fetched when it is
//! - on an origin the operator configured (the provider's base URL, or an extra download origin):
//!   exactly that scheme, host and port, any address (the operator chose it), or
//! - `https` on the default port to one of the provider's documented delivery hosts
//!   (Replicate: `replicate.delivery` and its subdomains; OpenAI: the DALL·E blob host), without
//!   credentials in the URL, and the host's every resolved address is global unicast
//!   ([`is_global`]): a custom resolver drops the others, so a name that resolves (or rebinds) to
//!   loopback, a private range or the cloud metadata address is refused at connection time.
//!
//! Redirects are not followed by the HTTP client: they are followed here, at most
//! [`MAX_REDIRECTS`], and every hop is checked like the first. The body is capped while it
//! streams, and each hop must finish within the adapter's timeout. No system proxy is used for
//! these downloads (a proxy would resolve the names itself). Logs name the refusal, never the URL.

use std::{
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    sync::Arc,
    time::Duration,
};

use bytes::{Bytes, BytesMut};
use reqwest::{
    Client, RequestBuilder, StatusCode,
    dns::{Addrs, Name, Resolve, Resolving},
    header,
};
use url::{Host, Origin, Url};

use super::{ProviderError, ProviderKind, http};

/// The most redirects followed for one download.
pub const MAX_REDIRECTS: usize = 3;

/// The default cap on one downloaded file.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Why a result URL was not fetched (the class tests and logs see).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// Not `https` (and not an operator-configured origin).
    #[error("the URL is not https")]
    NotHttps,
    /// A user name or password in the URL.
    #[error("the URL carries credentials")]
    Credentials,
    /// Not one of the provider's delivery hosts (or not on the default port).
    #[error("the host is not one the provider delivers from")]
    HostNotAllowed,
    /// A loopback, private, link-local, reserved or otherwise non-global address, written in the
    /// URL or resolved from its name.
    #[error("the address is not a public one")]
    NonGlobalAddress,
    /// More than [`MAX_REDIRECTS`] redirects.
    #[error("too many redirects")]
    TooManyRedirects,
    /// A redirect without a usable `Location`.
    #[error("a redirect without a usable location")]
    BadRedirect,
    /// The body exceeds the cap.
    #[error("the file is too large")]
    TooLarge,
}

impl Refusal {
    /// A stable name for logs.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::NotHttps => "not_https",
            Self::Credentials => "credentials",
            Self::HostNotAllowed => "host_not_allowed",
            Self::NonGlobalAddress => "non_global_address",
            Self::TooManyRedirects => "too_many_redirects",
            Self::BadRedirect => "bad_redirect",
            Self::TooLarge => "too_large",
        }
    }
}

impl From<Refusal> for ProviderError {
    fn from(refusal: Refusal) -> Self {
        Self::UnsafeUrl(refusal)
    }
}

/// What the operator adds to a provider's download rules.
#[derive(Debug, Clone)]
pub struct Downloads {
    /// Origins result files may also come from, trusted like the base URL (any address, `http`
    /// allowed): e.g. the file server of a self-hosted OpenAI-compatible server.
    pub extra_origins: Vec<Url>,
    /// The largest file accepted, in bytes.
    pub max_bytes: u64,
}

impl Default for Downloads {
    fn default() -> Self {
        Self {
            extra_origins: Vec::new(),
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// One documented delivery host: a name, or (written `*.name`) any subdomain of it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum HostRule {
    Exact(String),
    Subdomains(String),
}

impl HostRule {
    fn parse(rule: &str) -> Self {
        let rule = rule.trim().trim_end_matches('.').to_ascii_lowercase();
        match rule.strip_prefix("*.") {
            Some(parent) => Self::Subdomains(parent.to_owned()),
            None => Self::Exact(rule),
        }
    }

    fn matches(&self, host: &str) -> bool {
        let host = host.trim_end_matches('.');
        match self {
            Self::Exact(name) => host.eq_ignore_ascii_case(name),
            Self::Subdomains(parent) => {
                host.len() > parent.len() + 1 && {
                    let (sub, tail) = host.split_at(host.len() - parent.len());
                    sub.ends_with('.') && tail.eq_ignore_ascii_case(parent)
                }
            }
        }
    }
}

/// How a URL that passed the checks is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Route {
    /// An operator-configured origin: the ordinary resolver.
    Trusted,
    /// A delivery host: only global addresses.
    Public,
}

/// Which URLs an adapter may download from.
#[derive(Debug, Clone)]
pub struct Policy {
    trusted: Vec<Origin>,
    hosts: Vec<HostRule>,
}

impl Policy {
    /// The origins of `trusted` (the base URL and the operator's extra origins) and the
    /// provider's delivery `hosts` (`name` or `*.name`).
    #[must_use]
    pub fn new<'a>(trusted: impl IntoIterator<Item = &'a Url>, hosts: &[&str]) -> Self {
        Self {
            trusted: trusted
                .into_iter()
                .map(Url::origin)
                .filter(Origin::is_tuple)
                .collect(),
            hosts: hosts.iter().map(|h| HostRule::parse(h)).collect(),
        }
    }

    /// Whether `url` may be fetched, and how.
    fn check(&self, url: &Url) -> Result<Route, Refusal> {
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Refusal::Credentials);
        }
        let origin = url.origin();
        if origin.is_tuple() && self.trusted.contains(&origin) {
            return Ok(Route::Trusted);
        }
        if url.scheme() != "https" {
            return Err(Refusal::NotHttps);
        }
        match url.host() {
            Some(Host::Ipv4(ip)) => Err(refuse_ip(IpAddr::V4(ip))),
            Some(Host::Ipv6(ip)) => Err(refuse_ip(IpAddr::V6(ip))),
            Some(Host::Domain(name)) => {
                // A name that is an address in disguise is checked as the address.
                if let Ok(ip) = name.trim_matches(['[', ']']).parse::<IpAddr>() {
                    return Err(refuse_ip(ip));
                }
                if url.port().is_some() || !self.hosts.iter().any(|rule| rule.matches(name)) {
                    return Err(Refusal::HostNotAllowed);
                }
                Ok(Route::Public)
            }
            None => Err(Refusal::HostNotAllowed),
        }
    }
}

/// A literal address outside the operator's origins: never a delivery host, and named for what
/// it is when it is not public.
fn refuse_ip(ip: IpAddr) -> Refusal {
    if is_global(ip) {
        Refusal::HostNotAllowed
    } else {
        Refusal::NonGlobalAddress
    }
}

/// Whether `ip` is a global unicast address: not loopback, unspecified, private (10/8,
/// 172.16/12, 192.168/16, ULA fc00::/7), shared (100.64/10), link-local (169.254/16, fe80::/10),
/// multicast, broadcast, documentation, benchmarking, reserved or "this network". IPv6 that embeds
/// an IPv4 address (mapped `::ffff:0:0/96`, compatible `::/96`, NAT64 `64:ff9b::/96`, 6to4
/// `2002::/16`) is judged by that address; other special IPv6 blocks (Teredo and the rest of
/// `2001::/23`, `2001:db8::/32`, `3fff::/20`, NAT64 local-use) are refused, and only `2000::/3`
/// is global at all.
#[must_use]
pub fn is_global(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_global_v4(v4),
        IpAddr::V6(v6) => is_global_v6(v6),
    }
}

fn is_global_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    let special = a == 0 // "this network", 0.0.0.0
        || a == 10
        || a == 127
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT)
        || (a == 169 && b == 254) // link-local, cloud metadata
        || (a == 172 && (16..32).contains(&b))
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 192 && b == 0 && c == 2) // TEST-NET-1
        || (a == 192 && b == 88 && c == 99) // 6to4 relay anycast
        || (a == 192 && b == 168)
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || (a == 198 && b == 51 && c == 100) // TEST-NET-2
        || (a == 203 && b == 0 && c == 113) // TEST-NET-3
        || a >= 224; // multicast, reserved, broadcast
    !special
}

fn is_global_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    let embedded = |hi: u16, lo: u16| {
        let [a, b] = hi.to_be_bytes();
        let [c, d] = lo.to_be_bytes();
        Ipv4Addr::new(a, b, c, d)
    };
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_global_v4(v4);
    }
    // `::`, `::1` and the deprecated IPv4-compatible `::a.b.c.d`.
    if s[..6] == [0; 6] {
        return false;
    }
    // NAT64: the well-known prefix carries an IPv4 address; the local-use one is private.
    if s[0] == 0x64 && s[1] == 0xff9b {
        return s[2..6] == [0; 4] && is_global_v4(embedded(s[6], s[7]));
    }
    // Only 2000::/3 is global unicast (this excludes ULA, link-local, multicast, discard…).
    if s[0] & 0xe000 != 0x2000 {
        return false;
    }
    // 6to4 carries an IPv4 address.
    if s[0] == 0x2002 {
        return is_global_v4(embedded(s[1], s[2]));
    }
    // IETF protocol assignments (Teredo among them) and the documentation blocks.
    let ietf_or_documentation = s[0] == 0x2001 && (s[1] < 0x0200 || s[1] == 0x0db8);
    let documentation = s[0] == 0x3fff && s[1] < 0x1000;
    !(ietf_or_documentation || documentation)
}

/// How a user-given URL (an outgoing webhook endpoint) may be reached: through the ordinary
/// client when its origin is one the operator trusts, else only as `https` without
/// credentials, to a name (or literal address) that is public, through [`public_client`].
///
/// # Errors
/// The [`Refusal`].
pub fn check_user_url(url: &Url, trusted: &[Url]) -> Result<bool, Refusal> {
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Refusal::Credentials);
    }
    let origin = url.origin();
    if origin.is_tuple() && trusted.iter().any(|t| t.origin() == origin) {
        return Ok(true);
    }
    if url.scheme() != "https" {
        return Err(Refusal::NotHttps);
    }
    let literal = match url.host() {
        Some(Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
        Some(Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
        Some(Host::Domain(name)) => name.trim_matches(['[', ']']).parse::<IpAddr>().ok(),
        None => return Err(Refusal::HostNotAllowed),
    };
    if literal.is_some_and(|ip| !is_global(ip)) {
        return Err(Refusal::NonGlobalAddress);
    }
    Ok(false)
}

/// A client for user-given URLs: `https` only, no proxy, no redirects, and names resolved to
/// global addresses only (any other answer fails the connection), within `timeout`.
///
/// # Errors
/// The TLS backend cannot start.
pub fn public_client(timeout: Duration) -> Result<Client, reqwest::Error> {
    Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("obscura/", env!("CARGO_PKG_VERSION")))
        .no_proxy()
        .https_only(true)
        .dns_resolver(Arc::new(GlobalOnly {
            inner: Arc::new(System),
        }))
        .build()
}

/// A client for operator-trusted origins: no redirects, within `timeout`.
///
/// # Errors
/// The TLS backend cannot start.
pub fn trusted_client(timeout: Duration) -> Result<Client, reqwest::Error> {
    Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("obscura/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// The error a resolver gives for a name with no global address.
#[derive(Debug, thiserror::Error)]
#[error("the name resolves to no public address")]
struct NoGlobalAddress;

/// A resolver that keeps only global unicast addresses of what `inner` finds.
struct GlobalOnly {
    inner: Arc<dyn Resolve>,
}

impl Resolve for GlobalOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let found = self.inner.resolve(name);
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = found.await?.collect();
            // One non-global address is enough to distrust the name (rebinding tricks answer
            // with a mix), so nothing is kept then.
            if addrs.is_empty() || addrs.iter().any(|a| !is_global(a.ip())) {
                return Err(Box::new(NoGlobalAddress) as Box<dyn std::error::Error + Send + Sync>);
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// The system resolver (`getaddrinfo` on the blocking pool).
struct System;

impl Resolve for System {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addrs = tokio::net::lookup_host((host.as_str(), 0)).await?;
            Ok(Box::new(addrs.collect::<Vec<_>>().into_iter()) as Addrs)
        })
    }
}

/// An adapter's guarded downloader.
#[derive(Clone)]
pub(crate) struct SafeFetch {
    policy: Policy,
    max_bytes: u64,
    provider: ProviderKind,
    /// For operator-configured origins.
    trusted: Client,
    /// For delivery hosts: global addresses only, no proxy, https only.
    public: Client,
}

impl std::fmt::Debug for SafeFetch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SafeFetch")
            .field("policy", &self.policy)
            .field("max_bytes", &self.max_bytes)
            .finish_non_exhaustive()
    }
}

impl SafeFetch {
    /// A downloader for `provider` whose every hop must finish within `timeout`.
    pub(crate) fn new(
        provider: ProviderKind,
        policy: Policy,
        max_bytes: u64,
        timeout: Duration,
    ) -> Result<Self, reqwest::Error> {
        Self::with_resolver(provider, policy, max_bytes, timeout, Arc::new(System))
    }

    /// As [`SafeFetch::new`], resolving names with `resolver` (before the global-only filter).
    pub(crate) fn with_resolver(
        provider: ProviderKind,
        policy: Policy,
        max_bytes: u64,
        timeout: Duration,
        resolver: Arc<dyn Resolve>,
    ) -> Result<Self, reqwest::Error> {
        let builder = || {
            Client::builder()
                .timeout(timeout)
                .connect_timeout(timeout.min(Duration::from_secs(10)))
                .redirect(reqwest::redirect::Policy::none())
                .user_agent(concat!("obscura/", env!("CARGO_PKG_VERSION")))
        };
        Ok(Self {
            policy,
            max_bytes,
            provider,
            trusted: builder().build()?,
            public: builder()
                .no_proxy()
                .https_only(true)
                .dns_resolver(Arc::new(GlobalOnly { inner: resolver }))
                .build()?,
        })
    }

    /// Fetches `url` (following up to [`MAX_REDIRECTS`] checked redirects); `authorize` adds
    /// credentials to a request for the given hop's URL (it decides whether that URL deserves
    /// them).
    pub(crate) async fn get(
        &self,
        url: &Url,
        authorize: &(dyn Fn(RequestBuilder, &Url) -> RequestBuilder + Sync),
    ) -> Result<Bytes, ProviderError> {
        let result = self.follow(url, authorize).await;
        if let Err(err) = &result {
            let refusal = match err {
                ProviderError::UnsafeUrl(r) => Some(r.code()),
                _ => None,
            };
            tracing::warn!(
                provider = self.provider.code(),
                op = "download",
                class = err.class(),
                refusal,
                "a result download failed"
            );
        }
        result
    }

    async fn follow(
        &self,
        url: &Url,
        authorize: &(dyn Fn(RequestBuilder, &Url) -> RequestBuilder + Sync),
    ) -> Result<Bytes, ProviderError> {
        let mut current = url.clone();
        for hop in 0..=MAX_REDIRECTS {
            let client = match self.policy.check(&current)? {
                Route::Trusted => &self.trusted,
                Route::Public => &self.public,
            };
            let mut res = authorize(client.get(current.clone()), &current)
                .send()
                .await
                .map_err(|e| transport(&e))?;
            let status = res.status();
            if matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308) {
                if hop == MAX_REDIRECTS {
                    return Err(Refusal::TooManyRedirects.into());
                }
                current = res
                    .headers()
                    .get(header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|location| current.join(location).ok())
                    .ok_or(Refusal::BadRedirect)?;
                continue;
            }
            if !status.is_success() {
                let wait = (status == StatusCode::TOO_MANY_REQUESTS)
                    .then(|| http::retry_after(res.headers(), std::time::SystemTime::now()))
                    .flatten();
                return Err(http::by_status(status, wait));
            }
            if res.content_length().is_some_and(|n| n > self.max_bytes) {
                return Err(Refusal::TooLarge.into());
            }
            let mut body = BytesMut::new();
            while let Some(chunk) = res.chunk().await.map_err(|e| transport(&e))? {
                if (body.len() + chunk.len()) as u64 > self.max_bytes {
                    return Err(Refusal::TooLarge.into());
                }
                body.extend_from_slice(&chunk);
            }
            return Ok(body.freeze());
        }
        Err(Refusal::TooManyRedirects.into())
    }
}

/// A transport failure: a name with no public address is a refusal, the rest as usual.
fn transport(err: &reqwest::Error) -> ProviderError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = source {
        if e.is::<NoGlobalAddress>() {
            return Refusal::NonGlobalAddress.into();
        }
        source = e.source();
    }
    http::transport(err)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn replicate_policy() -> Policy {
        let base: Url = "https://api.replicate.com/v1".parse().unwrap();
        Policy::new([&base], &["replicate.delivery", "*.replicate.delivery"])
    }

    /// A resolver answering from a table (no network here).
    struct Table(HashMap<&'static str, Vec<IpAddr>>);

    impl Resolve for Table {
        fn resolve(&self, name: Name) -> Resolving {
            let found = self.0.get(name.as_str()).cloned().unwrap_or_default();
            Box::pin(async move {
                Ok(Box::new(found.into_iter().map(|ip| SocketAddr::new(ip, 0))) as Addrs)
            })
        }
    }

    /// Every one of these is refused, with the class given.
    const REFUSED: &[(&str, Refusal)] = &[
        // Loopback, written every way the URL parser accepts.
        ("https://127.0.0.1/x.png", Refusal::NonGlobalAddress),
        ("https://127.0.0.2/", Refusal::NonGlobalAddress),
        ("https://127.1/", Refusal::NonGlobalAddress),
        ("https://2130706433/", Refusal::NonGlobalAddress),
        ("https://0x7f000001/", Refusal::NonGlobalAddress),
        ("https://0x7f.1/", Refusal::NonGlobalAddress),
        ("https://017700000001/", Refusal::NonGlobalAddress),
        ("https://0177.0.0.1/", Refusal::NonGlobalAddress),
        ("https://[::1]/", Refusal::NonGlobalAddress),
        ("https://[0:0:0:0:0:0:0:1]/", Refusal::NonGlobalAddress),
        // Unspecified / this network.
        ("https://0.0.0.0/", Refusal::NonGlobalAddress),
        ("https://0/", Refusal::NonGlobalAddress),
        ("https://[::]/", Refusal::NonGlobalAddress),
        // Link-local and cloud metadata.
        (
            "https://169.254.169.254/latest/meta-data/",
            Refusal::NonGlobalAddress,
        ),
        ("https://2852039166/", Refusal::NonGlobalAddress),
        ("https://[fe80::1]/", Refusal::NonGlobalAddress),
        ("https://[fd00:ec2::254]/", Refusal::NonGlobalAddress),
        // Private, shared and other special ranges.
        ("https://10.0.0.1/", Refusal::NonGlobalAddress),
        ("https://172.16.0.1/", Refusal::NonGlobalAddress),
        ("https://172.31.255.254/", Refusal::NonGlobalAddress),
        ("https://192.168.1.1/", Refusal::NonGlobalAddress),
        ("https://100.64.0.1/", Refusal::NonGlobalAddress),
        ("https://192.0.0.8/", Refusal::NonGlobalAddress),
        ("https://192.0.2.1/", Refusal::NonGlobalAddress),
        ("https://198.18.0.1/", Refusal::NonGlobalAddress),
        ("https://198.51.100.1/", Refusal::NonGlobalAddress),
        ("https://203.0.113.1/", Refusal::NonGlobalAddress),
        ("https://224.0.0.1/", Refusal::NonGlobalAddress),
        ("https://255.255.255.255/", Refusal::NonGlobalAddress),
        ("https://240.0.0.1/", Refusal::NonGlobalAddress),
        ("https://[fc00::1]/", Refusal::NonGlobalAddress),
        ("https://[ff02::1]/", Refusal::NonGlobalAddress),
        ("https://[2001:db8::1]/", Refusal::NonGlobalAddress),
        // IPv6 carrying a non-global IPv4 address.
        ("https://[::ffff:127.0.0.1]/", Refusal::NonGlobalAddress),
        ("https://[::ffff:7f00:1]/", Refusal::NonGlobalAddress),
        (
            "https://[::ffff:169.254.169.254]/",
            Refusal::NonGlobalAddress,
        ),
        ("https://[::ffff:10.0.0.1]/", Refusal::NonGlobalAddress),
        ("https://[::127.0.0.1]/", Refusal::NonGlobalAddress),
        ("https://[64:ff9b::7f00:1]/", Refusal::NonGlobalAddress),
        ("https://[64:ff9b::a9fe:a9fe]/", Refusal::NonGlobalAddress),
        ("https://[2002:7f00:1::]/", Refusal::NonGlobalAddress),
        ("https://[2001:0:4136:e378::1]/", Refusal::NonGlobalAddress),
        // Names that are not the provider's delivery hosts.
        ("https://localhost/", Refusal::HostNotAllowed),
        ("https://localhost.:443/", Refusal::HostNotAllowed),
        ("https://metadata.google.internal/", Refusal::HostNotAllowed),
        ("https://169.254.169.254.nip.io/", Refusal::HostNotAllowed),
        (
            "https://replicate.delivery.evil.example/",
            Refusal::HostNotAllowed,
        ),
        ("https://evilreplicate.delivery/", Refusal::HostNotAllowed),
        ("https://api.replicate.com:8443/", Refusal::HostNotAllowed),
        ("https://replicate.delivery:8443/x", Refusal::HostNotAllowed),
        ("https://8.8.8.8/", Refusal::HostNotAllowed),
        // Other schemes and credentials.
        ("http://replicate.delivery/x.png", Refusal::NotHttps),
        ("http://127.0.0.1/", Refusal::NotHttps),
        ("http://api.replicate.com/v1/x", Refusal::NotHttps),
        ("file:///etc/passwd", Refusal::NotHttps),
        ("gopher://127.0.0.1:6379/_INFO", Refusal::NotHttps),
        ("ftp://replicate.delivery/x", Refusal::NotHttps),
        (
            "https://user:pass@replicate.delivery/x",
            Refusal::Credentials,
        ),
        ("https://user@api.replicate.com/v1/x", Refusal::Credentials),
    ];

    #[test]
    fn the_ssrf_suite_is_refused_before_any_request() {
        assert!(REFUSED.len() >= 30);
        let policy = replicate_policy();
        for (raw, class) in REFUSED {
            let url = Url::parse(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
            assert_eq!(policy.check(&url), Err(*class), "{raw} (parsed as {url})");
        }
    }

    #[test]
    fn obfuscated_ipv4_hosts_are_normalised_by_the_parser() {
        for raw in [
            "https://2130706433/",
            "https://0x7f.1/",
            "https://017700000001/",
            "https://127.1/",
        ] {
            let url = Url::parse(raw).unwrap();
            assert_eq!(url.host(), Some(Host::Ipv4(Ipv4Addr::LOCALHOST)), "{raw}");
        }
    }

    #[test]
    fn delivery_hosts_and_the_configured_origin_are_allowed() {
        let policy = replicate_policy();
        for raw in [
            "https://replicate.delivery/pbxt/abc/out-0.png",
            "https://pbxt.replicate.delivery/abc/out-0.webp?x=1",
            "https://PBXT.Replicate.Delivery./abc.png",
        ] {
            assert_eq!(policy.check(&Url::parse(raw).unwrap()), Ok(Route::Public));
        }
        assert_eq!(
            policy.check(&Url::parse("https://api.replicate.com/v1/files/x").unwrap()),
            Ok(Route::Trusted)
        );
        // An operator's local server: its exact origin only.
        let local: Url = "http://127.0.0.1:7860/v1".parse().unwrap();
        let policy = Policy::new([&local], &[]);
        assert_eq!(
            policy.check(&Url::parse("http://127.0.0.1:7860/files/0.png").unwrap()),
            Ok(Route::Trusted)
        );
        for (raw, class) in [
            ("http://127.0.0.1:7861/", Refusal::NotHttps),
            ("https://127.0.0.1:7860/", Refusal::NonGlobalAddress),
            ("http://localhost:7860/", Refusal::NotHttps),
        ] {
            assert_eq!(policy.check(&Url::parse(raw).unwrap()), Err(class), "{raw}");
        }
    }

    #[test]
    fn global_addresses_are_told_from_the_rest() {
        for ip in [
            "8.8.8.8",
            "1.1.1.1",
            "172.32.0.1",
            "100.128.0.1",
            "2606:4700::1111",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "2002:808:808::1",
            "3fff:1000::1",
            "2001:4860:4860::8888",
        ] {
            assert!(is_global(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "127.0.0.1",
            "0.1.2.3",
            "169.254.0.1",
            "100.127.255.255",
            "::1",
            "fe80::1",
            "fc00::1",
            "fec0::1",
            "100::1",
            "64:ff9b:1::1",
            "3fff::1",
            "3fff:fff::1",
            "ff0e::1",
        ] {
            assert!(!is_global(ip.parse().unwrap()), "{ip}");
        }
    }

    fn fetcher(table: &[(&'static str, &str)]) -> SafeFetch {
        let table = Table(
            table
                .iter()
                .map(|(name, ip)| (*name, vec![ip.parse().unwrap()]))
                .collect(),
        );
        SafeFetch::with_resolver(
            ProviderKind::Replicate,
            replicate_policy(),
            1024,
            Duration::from_secs(2),
            Arc::new(table),
        )
        .unwrap()
    }

    #[tokio::test]
    async fn a_delivery_name_resolving_to_a_private_address_is_refused_at_connection() {
        let fetch = fetcher(&[
            ("loop.replicate.delivery", "127.0.0.1"),
            ("meta.replicate.delivery", "169.254.169.254"),
            ("v6.replicate.delivery", "::1"),
            ("mapped.replicate.delivery", "::ffff:10.1.2.3"),
            ("replicate.delivery", "192.168.0.10"),
        ]);
        for raw in [
            "https://loop.replicate.delivery/a.png",
            "https://meta.replicate.delivery/latest/meta-data/",
            "https://v6.replicate.delivery/a.png",
            "https://mapped.replicate.delivery/a.png",
            "https://replicate.delivery/a.png",
            // Nothing found is no better.
            "https://unknown.replicate.delivery/a.png",
        ] {
            let got = fetch.get(&Url::parse(raw).unwrap(), &|r, _| r).await;
            assert_eq!(
                got,
                Err(ProviderError::UnsafeUrl(Refusal::NonGlobalAddress)),
                "{raw}"
            );
        }
    }

    #[test]
    fn host_rules_match_names_and_subdomains_only() {
        let exact = HostRule::parse("oaidalleapiprodscus.blob.core.windows.net");
        assert!(exact.matches("oaidalleapiprodscus.blob.core.windows.net"));
        assert!(!exact.matches("evil.blob.core.windows.net"));
        let sub = HostRule::parse("*.replicate.delivery");
        assert!(sub.matches("a.replicate.delivery"));
        assert!(sub.matches("a.b.replicate.delivery"));
        assert!(!sub.matches("replicate.delivery"));
        assert!(!sub.matches("xreplicate.delivery"));
        assert!(!sub.matches(".replicate.delivery"));
    }
}
