//! The no-signup trial (issue 15): `/try` makes a few images without an account, counted per
//! visitor (cookie or fingerprint), per network and per hour; visitors are known by salted hashes
//! only (P-TRL-1), which expire with the images after 24 hours (P-TRL-2); signing up adopts the
//! images; Cloudflare Turnstile, when configured, is checked server-side and fails closed. The
//! Turnstile peer is the local fake in `fakes::turnstile`.

use std::time::Duration;

use obscura_shared::{routes, testids};
use reqwest::{StatusCode, header};
use sea_orm::{EntityTrait, PaginatorTrait};

use crate::{
    fakes::turnstile::{self, DUMMY_TOKEN, LIVE_SECRET, PASS_SECRET, PASS_SITE_KEY},
    helpers::{
        Db, TestApp,
        browser::{Browser, confirm_in, location, sign_up_in},
        dump_database, html, spawn_app_with,
    },
    on_both_databases,
};
use obscura_server::db::entities::{generation, generation_image, trial_image, trial_salt};

/// A model that paints small images quickly (the trial's default: every offline model).
const TINY: (&str, &str) = (
    "MODELS",
    r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["256x256", "128x128"]}]"#,
);

/// The address the visitor comes from, through a trusted proxy.
const VISITOR_IP: &str = "203.0.113.77";
const VISITOR_UA: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 TrialFox/128.0";

async fn trial_app(db: Db, extra: &[(&str, &str)]) -> TestApp {
    let mut pairs = vec![
        TINY,
        ("TRUSTED_PROXIES", "127.0.0.1/32"),
        ("SIGNUP_CREDITS", "7"),
    ];
    pairs.extend_from_slice(extra);
    spawn_app_with(db, &pairs).await
}

/// Posts the trial form from `ip` with this browser's cookies and user agent.
async fn make(b: &mut Browser<'_>, ip: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let cookie = b.trial.clone();
    let mut rb = b
        .app
        .client
        .post(b.app.url(routes::TRY))
        .header(header::ORIGIN, &b.origin)
        .header(header::USER_AGENT, b.user_agent)
        .header("x-forwarded-for", ip)
        .form(fields);
    let cookies: Vec<String> = [b.cookie.clone(), cookie].into_iter().flatten().collect();
    if !cookies.is_empty() {
        rb = rb.header(header::COOKIE, cookies.join("; "));
    }
    let res = rb.send().await.unwrap();
    for v in res.headers().get_all(header::SET_COOKIE) {
        let pair = v
            .to_str()
            .unwrap()
            .split(';')
            .next()
            .unwrap()
            .trim()
            .to_owned();
        if pair.starts_with("obscura_trial=") {
            b.trial = Some(pair);
        }
    }
    res
}

fn visitor(app: &TestApp) -> Browser<'_> {
    let mut b = Browser::new(app);
    b.user_agent = VISITOR_UA;
    b
}

async fn page(b: &mut Browser<'_>) -> String {
    let res = b.get(routes::TRY).await;
    assert_eq!(res.status(), StatusCode::OK);
    res.text().await.unwrap()
}

fn left(body: &str) -> u32 {
    let doc = html(body);
    let sel =
        scraper::Selector::parse(&format!("[data-testid='{}']", testids::TRIAL_LEFT)).unwrap();
    doc.select(&sel)
        .next()
        .and_then(|e| e.value().attr("data-left"))
        .expect("the count of images left")
        .parse()
        .unwrap()
}

fn statuses(body: &str) -> Vec<String> {
    let doc = html(body);
    let sel =
        scraper::Selector::parse(&format!("[data-testid='{}']", testids::TRIAL_IMAGE)).unwrap();
    doc.select(&sel)
        .map(|e| e.value().attr("data-status").unwrap().to_owned())
        .collect()
}

async fn rows(app: &TestApp) -> u64 {
    trial_image::Entity::find().count(&app.db).await.unwrap()
}

on_both_databases!(
    three_trial_images_then_a_clear_refusal_then_sign_up_adopts_them,
    three_trial_images_then_a_clear_refusal_then_sign_up_adopts_them
);
async fn three_trial_images_then_a_clear_refusal_then_sign_up_adopts_them(db: Db) {
    let app = trial_app(db, &[]).await;
    let mut b = visitor(&app);
    let body = page(&mut b).await;
    assert_eq!(left(&body), 3);
    assert!(body.contains("256×256") || body.contains("128×128"));
    assert!(b.trial.is_none(), "viewing /try sets no cookie");

    for (i, prompt) in ["a lighthouse at dusk", "a red fox in snow", "a teapot"]
        .iter()
        .enumerate()
    {
        let res = make(&mut b, VISITOR_IP, &[("prompt", prompt)]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "image {i}");
        assert_eq!(location(&res), routes::TRY);
        if i == 0 {
            let set = res.headers()[header::SET_COOKIE]
                .to_str()
                .unwrap()
                .to_owned();
            for part in [
                "obscura_trial=",
                "HttpOnly",
                "SameSite=Lax",
                "Path=/",
                "Max-Age=86400",
            ] {
                assert!(set.contains(part), "{part} in {set}");
            }
        } else {
            assert!(
                res.headers().get(header::SET_COOKIE).is_none(),
                "the cookie is kept"
            );
        }
        // While it is being made the page says so and refreshes itself.
        let body = page(&mut b).await;
        assert!(statuses(&body).contains(&"queued".to_owned()));
        assert!(body.contains("http-equiv=\"refresh\""));
        app.run_pending_jobs().await;
    }
    let body = page(&mut b).await;
    assert_eq!(statuses(&body), ["succeeded"; 3]);
    assert_eq!(left(&body), 0);
    assert!(!body.contains("http-equiv=\"refresh\""));
    assert!(
        body.contains(testids::TRIAL_KEEP),
        "the invitation to keep them"
    );

    // Each image is served to this browser, and only to it.
    let row = trial_image::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let preview = format!("{}/{}/preview", routes::TRY_IMAGES, row.id);
    let res = b.get(&preview).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "image/webp");
    assert!(
        res.headers()[header::CACHE_CONTROL]
            .to_str()
            .unwrap()
            .starts_with("private")
    );
    let res = b
        .get(&format!("{}/{}/original", routes::TRY_IMAGES, row.id))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let mut stranger = Browser::new(&app);
    assert_eq!(stranger.get(&preview).await.status(), StatusCode::NOT_FOUND);
    stranger.trial = Some(format!("obscura_trial={}", "A".repeat(43)));
    assert_eq!(stranger.get(&preview).await.status(), StatusCode::NOT_FOUND);

    // The fourth is refused, saying why and what to do; nothing is made.
    let res = make(&mut b, VISITOR_IP, &[("prompt", "one more")]).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    let body = res.text().await.unwrap();
    assert!(
        body.contains("You have made your 3 trial images for today"),
        "{body}"
    );
    assert!(body.contains("Create a free account"));
    assert!(body.contains("one more"), "the prompt is kept in the form");
    assert_eq!(rows(&app).await, 3);

    // Clearing cookies does not reset the count (same address and browser).
    let mut cleared = visitor(&app);
    let res = make(&mut cleared, VISITOR_IP, &[("prompt", "again")]).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    // Another visitor behind the same address (another browser) has their own three.
    let mut neighbour = Browser::new(&app);
    neighbour.user_agent = "Mozilla/5.0 (Macintosh) Safari/605";
    let res = make(
        &mut neighbour,
        VISITOR_IP,
        &[("prompt", "a neighbour's picture")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // Signing up in this browser moves the three images into the new account.
    let email = "trial-visitor@example.com";
    sign_up_in(&mut b, email).await;
    confirm_in(&mut b, email).await;
    let res = b.get(routes::GALLERY).await;
    assert_eq!(res.status(), StatusCode::OK);
    let cleared_cookie = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().unwrap().starts_with("obscura_trial=;"));
    assert!(
        cleared_cookie,
        "the trial cookie is removed once its images moved"
    );
    let user = crate::helpers::browser::user_id(&app, email).await;
    let adopted = generation::Entity::find().all(&app.db).await.unwrap();
    let mine: Vec<_> = adopted.iter().filter(|g| g.user_id == user).collect();
    assert_eq!(mine.len(), 3);
    assert!(mine.iter().all(|g| g.cost == 0 && g.status == "succeeded"));
    let images = generation_image::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(images.iter().filter(|i| i.user_id == user).count(), 3);
    // Their files moved too: the gallery serves them; the trial copies are gone.
    let gallery = res.text().await.unwrap();
    assert!(
        gallery.contains("a red fox in snow"),
        "adopted prompts in the gallery"
    );
    assert_eq!(rows(&app).await, 1, "only the neighbour's row is left");
    assert_eq!(b.get(&preview).await.status(), StatusCode::NOT_FOUND);
    let thumb = images.iter().find(|i| i.user_id == user).unwrap();
    let stored = app
        .state
        .storage
        .store
        .head(&object_store::path::Path::from(thumb.thumb_key.as_str()))
        .await;
    assert!(
        stored.is_ok(),
        "the adopted thumbnail is stored under the account"
    );
    // The balance is the sign-up credits: the trial cost nothing and gave nothing.
    assert_eq!(
        obscura_server::credits::balance(&app.db, user)
            .await
            .unwrap(),
        7
    );
}

on_both_databases!(
    visitors_are_stored_as_salted_hashes_that_expire_after_24_hours,
    visitors_are_stored_as_salted_hashes_that_expire_after_24_hours
);
/// promise: P-TRL-1, P-TRL-2 — only hashes are stored, and they are gone after 24 hours.
async fn visitors_are_stored_as_salted_hashes_that_expire_after_24_hours(db: Db) {
    let app = trial_app(db, &[]).await;
    let mut b = visitor(&app);
    let v6 = "2001:db8:4:5:aaaa:bbbb:cccc:dddd";
    assert_eq!(
        make(&mut b, v6, &[("prompt", "a harbour")]).await.status(),
        StatusCode::SEE_OTHER
    );
    let mut other = visitor(&app);
    assert_eq!(
        make(&mut other, VISITOR_IP, &[("prompt", "a meadow")])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    app.run_pending_jobs().await;

    // promise: P-TRL-1 — no address, no user agent, no cookie token anywhere in the database.
    let dump = dump_database(&app).await;
    assert!(
        dump.contains("a harbour"),
        "the dump covers the trial tables"
    );
    let token = b.trial.clone().unwrap();
    let token = token.split_once('=').unwrap().1;
    for secret in [VISITOR_IP, "2001:db8:4:5", "2001:0db8", "TrialFox", token] {
        assert!(!dump.contains(secret), "{secret} stored in the database");
    }
    let rows = trial_image::Entity::find().all(&app.db).await.unwrap();
    for r in &rows {
        for h in [&r.visitor, &r.fingerprint, &r.network] {
            assert_eq!(h.len(), 64);
            assert!(h.bytes().all(|c| c.is_ascii_hexdigit()));
        }
    }
    // Another address in the same IPv6 /64 is the same network and the same visitor.
    let mut same64 = visitor(&app);
    let res = make(&mut same64, "2001:db8:4:5::1", &[("prompt", "x")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let last = trial_image::Entity::find().all(&app.db).await.unwrap();
    let fresh = last.iter().find(|r| r.prompt == "x").unwrap();
    let first = last.iter().find(|r| r.prompt == "a harbour").unwrap();
    assert_eq!(fresh.network, first.network);
    assert_eq!(fresh.fingerprint, first.fingerprint);
    assert_ne!(fresh.visitor, first.visitor, "a new browser, a new cookie");
    app.run_pending_jobs().await;

    // promise: P-TRL-2 — a day later the retention run deletes rows, files and the salt of that day.
    let keys: Vec<String> = trial_image::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .filter_map(|r| r.thumb_key)
        .collect();
    assert_eq!(keys.len(), 3);
    app.clock.advance(chrono::Duration::hours(23));
    let counts = obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(counts.trial_images, 0, "kept for 24 hours");
    app.clock
        .advance(chrono::Duration::hours(1) + chrono::Duration::seconds(1));
    let counts = obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(counts.trial_images, 3);
    assert_eq!(trial_image::Entity::find().count(&app.db).await.unwrap(), 0);
    for key in &keys {
        let gone = app
            .state
            .storage
            .store
            .head(&object_store::path::Path::from(key.as_str()))
            .await;
        assert!(gone.is_err(), "{key} deleted");
    }
    assert!(page(&mut b).await.contains("Nothing here yet"));
    // Two days on, the salt the hashes were made with is gone: they can never be matched again.
    app.clock.advance(chrono::Duration::days(1));
    obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    let salts = trial_salt::Entity::find().all(&app.db).await.unwrap();
    let first_day = "2026-03-01";
    assert!(
        salts.iter().all(|s| s.day.as_str() > first_day),
        "{salts:?}"
    );
    // The visitor may try again: their limit counted the last 24 hours only.
    assert_eq!(
        make(&mut b, v6, &[("prompt", "again")]).await.status(),
        StatusCode::SEE_OTHER
    );
}

on_both_databases!(
    simultaneous_requests_never_pass_the_limit,
    simultaneous_requests_never_pass_the_limit
);
async fn simultaneous_requests_never_pass_the_limit(db: Db) {
    let app = trial_app(db, &[]).await;
    let mut handles = Vec::new();
    for i in 0..10 {
        let client = app.client.clone();
        let url = app.url(routes::TRY);
        let origin = obscura_server::config::origin(&app.state.config.public_url);
        handles.push(tokio::spawn(async move {
            client
                .post(url)
                .header(header::ORIGIN, origin)
                .header(header::USER_AGENT, VISITOR_UA)
                .header("x-forwarded-for", VISITOR_IP)
                .form(&[("prompt", format!("burst {i}"))])
                .send()
                .await
                .unwrap()
                .status()
        }));
    }
    let mut made = 0;
    for h in handles {
        let status = h.await.unwrap();
        assert!(
            status == StatusCode::SEE_OTHER || status == StatusCode::TOO_MANY_REQUESTS,
            "{status}"
        );
        made += usize::from(status == StatusCode::SEE_OTHER);
    }
    let stored = rows(&app).await;
    assert!(made <= 3 && stored <= 3, "{made} made, {stored} stored");
    assert_eq!(u64::try_from(made).unwrap(), stored);
}

#[tokio::test]
async fn the_hourly_limit_the_blocklist_and_a_disabled_trial() {
    let app = trial_app(
        Db::Sqlite,
        &[
            ("TRIAL_GLOBAL_PER_HOUR", "2"),
            ("BLOCKLIST", "forbiddenword"),
        ],
    )
    .await;
    let mut a = visitor(&app);
    let res = make(&mut a, VISITOR_IP, &[("prompt", "a FORBIDDENWORD scene")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("words this server does not accept")
    );
    let res = make(&mut a, VISITOR_IP, &[("prompt", "")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Describe the image you want.")
    );
    let res = make(
        &mut a,
        VISITOR_IP,
        &[("prompt", "x"), ("model", "gpt-image-1")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rows(&app).await, 0, "refused requests store nothing");
    for (ip, ua) in [("198.51.100.1", "A/1"), ("198.51.100.2", "B/1")] {
        let mut v = Browser::new(&app);
        v.user_agent = ua;
        assert_eq!(
            make(&mut v, ip, &[("prompt", "ok")]).await.status(),
            StatusCode::SEE_OTHER
        );
    }
    let res = make(&mut a, VISITOR_IP, &[("prompt", "third this hour")]).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("as many images as it can this hour")
    );
    app.clock.advance(chrono::Duration::minutes(61));
    assert_eq!(
        make(&mut a, VISITOR_IP, &[("prompt", "next hour")])
            .await
            .status(),
        StatusCode::SEE_OTHER
    );

    let off = trial_app(Db::Sqlite, &[("TRIAL_IMAGES", "0")]).await;
    let mut v = visitor(&off);
    let body = page(&mut v).await;
    assert!(body.contains("does not offer a trial"));
    assert!(!body.contains(testids::TRIAL_FORM));
    let res = make(&mut v, VISITOR_IP, &[("prompt", "x")]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // The policy mentions neither the trial nor its cookie.
    let policy = off.get(routes::PRIVACY).await.text().await.unwrap();
    assert!(!policy.contains("obscura_trial"));
    assert!(!policy.contains("No-signup trial"));
    // The home page offers the trial only where there is one.
    let home = |body: String| body.contains(r#"href="/try""#);
    assert!(!home(off.get(routes::HOME).await.text().await.unwrap()));
    assert!(home(app.get(routes::HOME).await.text().await.unwrap()));
    let on = app.get(routes::PRIVACY).await.text().await.unwrap();
    assert!(on.contains("obscura_trial") && on.contains("No-signup trial"));
    assert!(
        !on.contains("Cloudflare"),
        "no bot check configured, none named"
    );
}

#[tokio::test]
async fn turnstile_is_checked_on_the_server_once_and_fails_closed() {
    let fake = turnstile::spawn().await;
    // Cloudflare's test keys: the dummy token passes (for example.com, which only a test secret
    // may answer with).
    let app = trial_app(
        Db::Sqlite,
        &[
            ("TURNSTILE_SITE_KEY", PASS_SITE_KEY),
            ("TURNSTILE_SECRET", PASS_SECRET),
            ("TURNSTILE_API_BASE", &fake.url),
        ],
    )
    .await;
    let mut b = visitor(&app);
    let res = b.get(routes::TRY).await;
    let csp = res.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        csp.contains("script-src 'self' 'nonce-")
            && csp.contains(" https://challenges.cloudflare.com;")
    );
    assert!(csp.contains("frame-src https://challenges.cloudflare.com"));
    let body = res.text().await.unwrap();
    assert!(body.contains(&format!("data-sitekey=\"{PASS_SITE_KEY}\"")));
    assert!(body.contains("data-action=\"trial\""));
    assert!(body.contains("https://challenges.cloudflare.com/turnstile/v0/api.js"));
    let pricing = app.get(routes::PRICING).await;
    let csp = pricing.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(
        !csp.contains("cloudflare"),
        "the widget is allowed on /try only"
    );
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    assert!(policy.contains("Cloudflare Turnstile"));

    // No token: the field says what to do, and nothing is asked of Cloudflare.
    let res = make(&mut b, VISITOR_IP, &[("prompt", "a cat")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("complete the check that you are a person")
    );
    assert_eq!(fake.calls(), 0);
    let res = make(
        &mut b,
        VISITOR_IP,
        &[("prompt", "a cat"), ("cf-turnstile-response", "forged")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let res = make(
        &mut b,
        VISITOR_IP,
        &[("prompt", "a cat"), ("cf-turnstile-response", DUMMY_TOKEN)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let sent = &fake.call_forms()[1];
    assert_eq!(sent["secret"], PASS_SECRET);
    assert_eq!(sent["response"], DUMMY_TOKEN);
    assert!(
        !sent.contains_key("remoteip"),
        "the address is not sent to Cloudflare"
    );
    assert_eq!(rows(&app).await, 1);

    // A "real" widget: the token is for this host and the trial's action, and single use.
    let live = trial_app(
        Db::Sqlite,
        &[
            ("TURNSTILE_SITE_KEY", "0x4AAAAAAAfakeSiteKey"),
            ("TURNSTILE_SECRET", LIVE_SECRET),
            ("TURNSTILE_API_BASE", &fake.url),
        ],
    )
    .await;
    let host = live.state.config.public_url.host_str().unwrap().to_owned();
    let mut v = visitor(&live);
    let wrong_action = fake.issue(&host, "signup", None);
    let res = make(
        &mut v,
        VISITOR_IP,
        &[("prompt", "p"), ("cf-turnstile-response", &wrong_action)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let wrong_host = fake.issue("evil.example", "trial", None);
    let res = make(
        &mut v,
        VISITOR_IP,
        &[("prompt", "p"), ("cf-turnstile-response", &wrong_host)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    let token = fake.issue(&host, "trial", Some("x:device-123"));
    let res = make(
        &mut v,
        VISITOR_IP,
        &[("prompt", "p"), ("cf-turnstile-response", &token)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = make(
        &mut v,
        VISITOR_IP,
        &[("prompt", "p"), ("cf-turnstile-response", &token)],
    )
    .await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a token is redeemed once"
    );
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("expired or was already used")
    );
    assert_eq!(rows(&live).await, 1);

    // Cloudflare unreachable: refused (fail closed), with a message to try later.
    let closed = trial_app(
        Db::Sqlite,
        &[
            ("TURNSTILE_SITE_KEY", PASS_SITE_KEY),
            ("TURNSTILE_SECRET", PASS_SECRET),
            ("TURNSTILE_API_BASE", "http://127.0.0.1:9"),
        ],
    )
    .await;
    let mut c = visitor(&closed);
    let res = tokio::time::timeout(
        Duration::from_secs(30),
        make(
            &mut c,
            VISITOR_IP,
            &[("prompt", "p"), ("cf-turnstile-response", DUMMY_TOKEN)],
        ),
    )
    .await
    .unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("could not be completed right now")
    );
    assert_eq!(rows(&closed).await, 0);
}
