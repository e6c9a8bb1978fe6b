//! First-party page-view counts, only for visitors who allowed them: per day, route, referring
//! site, device class and country (from a trusted proxy header, else none). No cookie of its own,
//! no IP address, no account, no identifier that could follow anyone; counted in memory and
//! added to `analytics_daily` in batches.

use std::{
    collections::HashMap,
    sync::{Mutex, PoisonError},
};

use chrono::{DateTime, Duration, Utc};
use obscura_shared::{analytics::Summary, routes};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set,
    sea_query::{Expr, ExprTrait as _, OnConflict},
};
use uuid::Uuid;

use crate::{config::Config, db::entities::analytics_day, state::AppState};

/// One page view, before it is counted: nothing in it identifies the visitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    key: Key,
    /// The signed-in person, only to honour their objection; never stored.
    user: Option<Uuid>,
}

/// What a page request says about where it comes from, as its headers carry it (read by the HTTP
/// layer): the user agent, the referring page and the country a trusted proxy set.
#[derive(Debug, Clone, Copy, Default)]
pub struct Seen<'a> {
    /// The `User-Agent` header ("" when absent).
    pub user_agent: &'a str,
    /// The `Referer` header.
    pub referrer: Option<&'a str>,
    /// The configured country header (`OBSCURA_ANALYTICS_COUNTRY_HEADER`), when set and sent.
    pub country: Option<&'a str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    path: String,
    referrer: String,
    device: &'static str,
    country: String,
}

impl Visit {
    /// Describes a page request; `None` for robots (they are not visitors).
    #[must_use]
    pub fn of(path: &str, seen: &Seen<'_>, config: &Config, user: Option<Uuid>) -> Option<Self> {
        let device = device_class(seen.user_agent)?;
        let own_host = config.public_url.host_str().unwrap_or_default();
        let referrer = seen
            .referrer
            .and_then(|r| url::Url::parse(r).ok())
            .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
            .filter(|h| h != own_host)
            .map(|h| h.chars().take(128).collect())
            .unwrap_or_default();
        let country = seen
            .country
            .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase)
            .unwrap_or_default();
        Some(Self {
            key: Key {
                path: route_of(path),
                referrer,
                device,
                country,
            },
            user,
        })
    }
}

/// The route a path belongs to, with ids replaced, so that no count names a private item.
fn route_of(path: &str) -> String {
    let known = routes::PUBLIC_PAGES
        .iter()
        .chain(routes::ACCOUNT_PAGES)
        .chain(routes::FLOW_PAGES)
        .find(|p| **p == path);
    if let Some(p) = known {
        return (*p).to_owned();
    }
    for prefix in [routes::GALLERY, routes::SHARE] {
        if path
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('/'))
            .is_some_and(|id| !id.is_empty() && !id.contains('/'))
        {
            return format!("{prefix}/{{id}}");
        }
    }
    "(other)".to_owned()
}

/// `desktop`, `mobile` or `tablet`; `None` for robots.
fn device_class(ua: &str) -> Option<&'static str> {
    let lower = ua.to_ascii_lowercase();
    if ["bot", "crawler", "spider", "preview", "headless"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    Some(
        if lower.contains("ipad")
            || lower.contains("tablet")
            || (lower.contains("android") && !lower.contains("mobile"))
        {
            "tablet"
        } else if lower.contains("mobi") || lower.contains("iphone") || lower.contains("android") {
            "mobile"
        } else {
            "desktop"
        },
    )
}

/// Counts a view unless the signed-in person objected or restricted processing (P-RGT-4).
#[tracing::instrument(skip_all)]
pub async fn count(state: &AppState, visit: Visit) {
    if let Some(user) = visit.user {
        match crate::privacy::settings::of(state, user).await {
            Ok(s) if !s.analytics_allowed() => return,
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(error = %e, "could not read privacy settings; view not counted");
                return;
            }
        }
    }
    state.page_views.count(visit.key, state.clock.now());
}

/// Views not yet written.
#[derive(Debug, Default)]
pub struct Counter {
    pending: Mutex<HashMap<(String, Key), i64>>,
    /// Held for a whole flush, so a flush that returns has seen every earlier one written.
    flushing: tokio::sync::Mutex<()>,
}

impl Counter {
    fn count(&self, key: Key, now: DateTime<Utc>) {
        let day = now.format("%Y-%m-%d").to_string();
        let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
        *pending.entry((day, key)).or_default() += 1;
    }

    /// Adds the pending counts to the table; on failure they wait for the next flush.
    pub async fn flush(&self, db: &impl ConnectionTrait) {
        let _one_at_a_time = self.flushing.lock().await;
        let batch: Vec<_> = {
            let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
            pending.drain().collect()
        };
        for ((day, key), views) in batch {
            let row = analytics_day::ActiveModel {
                day: Set(day.clone()),
                path: Set(key.path.clone()),
                referrer: Set(key.referrer.clone()),
                device: Set(key.device.to_owned()),
                country: Set(key.country.clone()),
                views: Set(views),
            };
            use analytics_day::Column as C;
            let result = analytics_day::Entity::insert(row)
                .on_conflict(
                    OnConflict::columns([C::Day, C::Path, C::Referrer, C::Device, C::Country])
                        .value(
                            C::Views,
                            Expr::col((analytics_day::Entity, C::Views)).add(views),
                        )
                        .to_owned(),
                )
                .exec_without_returning(db)
                .await;
            if let Err(e) = result {
                tracing::warn!(error = %e, "could not record page views");
                let mut pending = self.pending.lock().unwrap_or_else(PoisonError::into_inner);
                *pending.entry((day, key)).or_default() += views;
            }
        }
    }
}

/// The last `days` days of counts, up to today.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn summary(state: &AppState, days: i64) -> anyhow::Result<Summary> {
    let today = state.clock.now().date_naive();
    let first = today - Duration::days(Ord::max(days, 1) - 1);
    let rows = analytics_day::Entity::find()
        .filter(analytics_day::Column::Day.gte(first.format("%Y-%m-%d").to_string()))
        .all(&state.db)
        .await?;
    let mut per_day: HashMap<String, i64> = HashMap::new();
    let mut paths: HashMap<String, i64> = HashMap::new();
    let mut referrers: HashMap<String, i64> = HashMap::new();
    let mut devices: HashMap<String, i64> = HashMap::new();
    let mut countries: HashMap<String, i64> = HashMap::new();
    let mut total = 0;
    for r in rows {
        *per_day.entry(r.day).or_default() += r.views;
        *paths.entry(r.path).or_default() += r.views;
        *referrers.entry(r.referrer).or_default() += r.views;
        *devices.entry(r.device).or_default() += r.views;
        *countries.entry(r.country).or_default() += r.views;
        total += r.views;
    }
    let sorted = |m: HashMap<String, i64>| {
        let mut v: Vec<_> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    let days = first
        .iter_days()
        .take_while(|d| *d <= today)
        .map(|d| {
            let key = d.format("%Y-%m-%d").to_string();
            let n = per_day.get(&key).copied().unwrap_or_default();
            (key, n)
        })
        .collect();
    Ok(Summary {
        days,
        paths: sorted(paths),
        referrers: sorted(referrers),
        devices: sorted(devices),
        countries: sorted(countries),
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_never_reach_the_counts() {
        assert_eq!(
            route_of("/gallery/0190aabb-0000-7000-8000-000000000001"),
            "/gallery/{id}"
        );
        assert_eq!(route_of("/share/AbCdEf"), "/share/{id}");
        assert_eq!(route_of("/privacy"), "/privacy");
        assert_eq!(route_of("/anything/else?x=1"), "(other)");
    }

    #[test]
    fn devices_are_classed_and_robots_left_out() {
        assert_eq!(
            device_class("Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"),
            Some("desktop")
        );
        assert_eq!(
            device_class("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Mobile/15E148"),
            Some("mobile")
        );
        assert_eq!(
            device_class("Mozilla/5.0 (Linux; Android 15; Pixel 9) Mobile Safari"),
            Some("mobile")
        );
        assert_eq!(
            device_class("Mozilla/5.0 (iPad; CPU OS 18_0)"),
            Some("tablet")
        );
        assert_eq!(device_class("Googlebot/2.1"), None);
    }
}
