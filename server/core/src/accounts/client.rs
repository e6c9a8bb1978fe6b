//! Who is on the other end of a request, as much as the security log needs: a coarse device
//! description and the client's address (kept per `OBSCURA_IP_POLICY`).

use std::net::IpAddr;

use obscura_shared::i18n::Message;

use crate::config::{Config, IpPolicy};

/// The requesting client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Client {
    /// E.g. "Firefox on Linux".
    pub device: String,
    /// The client address (after trusted proxies).
    pub ip: Option<IpAddr>,
}

impl Client {
    /// A client with no known device or address (command line, tests).
    #[must_use]
    pub fn unknown() -> Self {
        Self {
            device: UNKNOWN_DEVICE.into(),
            ip: None,
        }
    }

    /// From a `User-Agent` header and the client address.
    #[must_use]
    pub fn new(user_agent: Option<&str>, ip: Option<IpAddr>) -> Self {
        Self {
            device: coarse_device(user_agent.unwrap_or_default()),
            ip,
        }
    }

    /// The key of this client in rate limits: an IPv4 address as is, an IPv6 address by its
    /// /64 (one subscriber usually holds a whole /64, so limiting single addresses would
    /// limit nothing), and an empty key when the address is unknown.
    #[must_use]
    pub fn rate_key(&self) -> String {
        rate_key(self.ip)
    }

    /// The address as the configured policy allows it to be stored.
    #[must_use]
    pub fn stored_ip(&self, config: &Config, salt: &[u8]) -> Option<String> {
        let ip = self.ip?;
        match config.ip_policy {
            IpPolicy::Full => Some(ip.to_string()),
            IpPolicy::Hashed => Some(format!(
                "h:{}",
                &super::crypto::salted_digest(salt, ip.to_string().as_bytes())[..16]
            )),
            IpPolicy::None => None,
        }
    }
}

/// See [`Client::rate_key`]. IPv4-mapped IPv6 addresses count as the IPv4 address they carry.
#[must_use]
pub fn rate_key(ip: Option<IpAddr>) -> String {
    match ip {
        None => String::new(),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return v4.to_string();
            }
            let s = v6.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    }
}

/// The stored device of a client nothing is known about.
const UNKNOWN_DEVICE: &str = "Unknown device";
/// The browser part of a stored device when the browser is not recognised.
const UNKNOWN_BROWSER: &str = "Unknown browser";
/// Between the browser and the system in a stored device.
const ON: &str = " on ";

/// "Browser on OS", from a user agent, without versions.
///
/// This stored form (compared to tell a new device at sign-in) is kept as it always was; the
/// security page shows it in the reader's language through [`device_message`].
#[must_use]
pub fn coarse_device(user_agent: &str) -> String {
    let Some(ua) = woothee::parser::Parser::new().parse(user_agent) else {
        return UNKNOWN_DEVICE.into();
    };
    let name = if ua.name == "UNKNOWN" {
        UNKNOWN_BROWSER
    } else {
        ua.name
    };
    let os = match ua.os {
        "UNKNOWN" => None,
        os if os.starts_with("Windows") => Some("Windows"),
        "Mac OSX" => Some("macOS"),
        os => Some(os),
    };
    let device = match os {
        Some(os) => format!("{name}{ON}{os}"),
        None => name.to_owned(),
    };
    device.chars().take(100).collect()
}

/// A stored device (see [`coarse_device`]) as a message in the reader's language: "Firefox on
/// Linux" reads „Firefox unter Linux“, the unknown device and browser are translated; browser
/// and system names stay as they are, and so does anything else.
#[must_use]
pub fn device_message(stored: &str) -> Message {
    match stored.split_once(ON) {
        _ if stored == UNKNOWN_DEVICE => Message::new("security-device-unknown"),
        None if stored == UNKNOWN_BROWSER => Message::new("security-device-unknown-browser"),
        None => Message::verbatim(stored),
        Some((browser, os)) if browser == UNKNOWN_BROWSER => {
            Message::new("security-device-unknown-browser-on").arg("os", os)
        }
        Some((browser, os)) => Message::new("security-device")
            .arg("browser", browser)
            .arg("os", os),
    }
}

/// The client address: the socket peer, or, when the peer is a trusted proxy, the right-most
/// address in `X-Forwarded-For` that is not itself a trusted proxy.
#[must_use]
pub fn client_ip(
    peer: Option<IpAddr>,
    forwarded_for: Option<&str>,
    trusted: &[ipnet::IpNet],
) -> Option<IpAddr> {
    let peer = peer?;
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let Some(header) = forwarded_for else {
        return Some(peer);
    };
    let mut chain: Vec<IpAddr> = Vec::new();
    for part in header.split(',') {
        match part.trim().parse::<IpAddr>() {
            Ok(ip) => chain.push(ip),
            // A malformed entry: believe nothing to its left.
            Err(_) => chain.clear(),
        }
    }
    Some(
        chain
            .into_iter()
            .rev()
            .find(|ip| !is_trusted(ip))
            .unwrap_or(peer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_are_coarse() {
        assert_eq!(
            coarse_device("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
            "Firefox on Linux"
        );
        assert_eq!(
            coarse_device(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"
            ),
            "Chrome on Windows"
        );
        assert_eq!(coarse_device(""), "Unknown browser");
    }

    #[test]
    fn each_stored_device_shape_reads_in_the_reader_s_language() {
        use obscura_shared::account::Language::{De, En, Fr};
        let shown = |stored: &str| {
            let m = device_message(stored);
            [m.render(En), m.render(De), m.render(Fr)]
        };
        assert_eq!(
            shown("Firefox on Linux"),
            [
                "Firefox on Linux",
                "Firefox unter Linux",
                "Firefox sous Linux"
            ]
        );
        assert_eq!(
            shown(&coarse_device(
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"
            )),
            ["Safari on macOS", "Safari unter macOS", "Safari sous macOS"]
        );
        assert_eq!(
            shown(&Client::unknown().device),
            ["Unknown device", "Unbekanntes Gerät", "Appareil inconnu"]
        );
        assert_eq!(
            shown(&coarse_device("")),
            [
                "Unknown browser",
                "Unbekannter Browser",
                "Navigateur inconnu"
            ]
        );
        assert_eq!(
            shown("Unknown browser on Linux"),
            [
                "Unknown browser on Linux",
                "Unbekannter Browser unter Linux",
                "Navigateur inconnu sous Linux"
            ]
        );
        // A browser without a known system, and anything else, as it is.
        assert_eq!(shown("Googlebot"), ["Googlebot"; 3]);
        assert_eq!(shown("curl/8"), ["curl/8"; 3]);
    }

    #[test]
    fn rate_keys_group_ipv6_by_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:ffff:ffff:ffff".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(rate_key(Some(a)), rate_key(Some(b)));
        assert_ne!(rate_key(Some(a)), rate_key(Some(c)));
        assert_eq!(rate_key(Some(a)), "2001:db8:1:2::/64");
        assert_eq!(
            rate_key(Some("203.0.113.9".parse().unwrap())),
            "203.0.113.9"
        );
        assert_eq!(
            rate_key(Some("::ffff:203.0.113.9".parse().unwrap())),
            "203.0.113.9"
        );
        assert_eq!(rate_key(None), "");
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let proxy: IpAddr = "10.0.0.1".parse().unwrap();
        let client: IpAddr = "203.0.113.9".parse().unwrap();
        let trusted = vec!["10.0.0.0/8".parse().unwrap()];
        // Untrusted peer: its header is ignored.
        assert_eq!(
            client_ip(Some(client), Some("1.2.3.4"), &trusted),
            Some(client)
        );
        // Trusted peer: the right-most untrusted hop.
        assert_eq!(
            client_ip(
                Some(proxy),
                Some("1.2.3.4, 203.0.113.9, 10.0.0.2"),
                &trusted
            ),
            Some(client)
        );
        // No proxies configured: never believed.
        assert_eq!(client_ip(Some(proxy), Some("1.2.3.4"), &[]), Some(proxy));
        assert_eq!(
            client_ip(Some(proxy), Some("garbage"), &trusted),
            Some(proxy)
        );
    }
}
