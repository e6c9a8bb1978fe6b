//! The privacy center and cookie consent: the banner and its proof, signals, opt-in page-view
//! counts, restriction toggles, the data export, erasure with its grace period, and the
//! retention run's log.

use std::io::Read as _;

use chrono::Duration;
use futures::TryStreamExt as _;
use object_store::ObjectStore as _;
use obscura_server::{
    db::entities::{analytics_day, consent, data_export, retention_run, session},
    privacy::retention,
};
use obscura_shared::{consent::COOKIE, routes, testids};
use reqwest::{StatusCode, header};
use sea_orm::{
    ColumnTrait, EntityTrait, FromQueryResult, JsonValue, PaginatorTrait, QueryFilter, Statement,
};

use crate::helpers::browser::{Browser, PASSWORD, location, path_of, sign_in, verified_user};
use crate::helpers::mail::mail_link;
use crate::helpers::generation::{created_id, form, submit};
use crate::helpers::jobs::finished;
use crate::helpers::browser::user_id;
use crate::helpers::{Db, TestApp, html, spawn_app, spawn_app_with};
use crate::on_both_databases;

/// A GET with extra headers and no session.
async fn get_with(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut rb = app.client.get(app.url(path));
    if !headers.iter().any(|(k, _)| *k == "user-agent") {
        rb = rb.header(
            header::USER_AGENT,
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        );
    }
    for (k, v) in headers {
        rb = rb.header(*k, *v);
    }
    rb.send().await.unwrap()
}

/// Posts a cookie choice; returns the response.
async fn choose(
    app: &TestApp,
    pairs: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let mut rb = app
        .client
        .post(app.url(routes::CONSENT))
        .header(header::ORIGIN, &app.address)
        .form(pairs);
    for (k, v) in headers {
        rb = rb.header(*k, *v);
    }
    rb.send().await.unwrap()
}

/// The `cookie-consent=…` pair a response sets, with the whole header.
fn consent_cookie(res: &reqwest::Response) -> (String, String) {
    let header = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with(&format!("{COOKIE}=")))
        .expect("the consent cookie is set");
    let pair = header.split(';').next().unwrap().to_owned();
    (pair, header)
}

fn has_banner(body: &str) -> bool {
    body.contains(&format!("data-testid=\"{}\"", testids::CONSENT_BANNER))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_banner_asks_first_and_refusing_is_one_click_with_proof() {
    // promise: P-CKE-2 — nothing optional before a choice; refusing is as easy as accepting.
    let app = spawn_app().await;
    let first = get_with(&app, routes::HOME, &[]).await;
    assert!(
        first.headers().get(header::SET_COOKIE).is_none(),
        "no cookie before a choice"
    );
    let body = first.text().await.unwrap();
    assert!(has_banner(&body));
    let doc = html(&body);
    let buttons: Vec<_> = doc
        .select(
            &scraper::Selector::parse("[data-testid=consent-banner] button[name=choice]").unwrap(),
        )
        .map(|b| {
            (
                b.text().collect::<String>(),
                b.value().attr("class").unwrap_or_default().to_owned(),
                b.value().attr("value").unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let accept = buttons
        .iter()
        .find(|b| b.2 == "accept")
        .expect("Accept all");
    let reject = buttons
        .iter()
        .find(|b| b.2 == "reject")
        .expect("Reject all");
    assert_eq!(accept.0, "Accept all");
    assert_eq!(reject.0, "Reject all");
    assert_eq!(accept.1, reject.1, "the same size, weight and colour");

    let res = choose(&app, &[("choice", "reject"), ("back", "/privacy")], &[]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/privacy");
    let (pair, header) = consent_cookie(&res);
    let max_age: i64 = header
        .split(';')
        .find_map(|p| p.trim().strip_prefix("Max-Age="))
        .unwrap()
        .parse()
        .unwrap();
    assert!(max_age <= 395 * 24 * 3600, "at most 13 months");
    assert!(max_age >= 390 * 24 * 3600);
    // promise: P-RGT-5 — the choice is kept as proof: when, which revision, what; no IP.
    let proof = consent::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(proof.len(), 1);
    assert_eq!(proof[0].action, "reject");
    assert!(!proof[0].analytics);
    assert!(
        pair.contains(&proof[0].subject),
        "the cookie's subject id matches the proof"
    );
    assert_eq!(proof[0].user_id, None);
    let row = JsonValue::find_by_statement(Statement::from_string(
        app.db.get_database_backend(),
        "SELECT * FROM consents",
    ))
    .one(&app.db)
    .await
    .unwrap()
    .unwrap();
    assert!(
        !row.to_string().contains("127.0.0.1"),
        "no address in the proof"
    );

    // Chosen: no banner any more.
    let again = get_with(&app, routes::HOME, &[("cookie", &pair)]).await;
    assert!(!has_banner(&again.text().await.unwrap()));

    // The banner returns to the page it was on by `Referer` (its form does not repeat the
    // page's address), only on this site.
    let here = app.url("/privacy?x=1");
    let res = choose(&app, &[("choice", "reject")], &[("referer", &here)]).await;
    assert_eq!(location(&res), "/privacy?x=1");
    let res = choose(
        &app,
        &[("choice", "reject")],
        &[("referer", "https://evil.example/a")],
    )
    .await;
    assert_eq!(location(&res), "/");
    // Off-site return addresses are refused.
    let res = choose(
        &app,
        &[("choice", "accept"), ("back", "//evil.example/")],
        &[],
    )
    .await;
    assert_eq!(location(&res), "/");
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_or_old_choice_is_asked_again() {
    let app = spawn_app().await;
    let res = choose(&app, &[("choice", "accept"), ("back", "/")], &[]).await;
    let (pair, _) = consent_cookie(&res);
    assert!(!has_banner(
        &get_with(&app, "/", &[("cookie", &pair)])
            .await
            .text()
            .await
            .unwrap()
    ));
    // Another revision of the cookie list: asked again.
    let value = pair.split_once('=').unwrap().1;
    let mut parts: Vec<&str> = value.split('.').collect();
    parts[1] = "00000000";
    let stale = format!("{COOKIE}={}", parts.join("."));
    let body = get_with(&app, "/", &[("cookie", &stale)])
        .await
        .text()
        .await
        .unwrap();
    assert!(has_banner(&body) && body.contains("list of cookies changed"));
    // Six months later: asked again.
    app.clock.advance(Duration::days(183));
    let body = get_with(&app, "/", &[("cookie", &pair)])
        .await
        .text()
        .await
        .unwrap();
    assert!(has_banner(&body) && body.contains("six months"));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gpc_and_dnt_count_as_refusal_and_the_banner_says_so() {
    // promise: P-CKE-4
    let app = spawn_app().await;
    let body = get_with(&app, "/", &[("sec-gpc", "1")])
        .await
        .text()
        .await
        .unwrap();
    assert!(body.contains("Global Privacy Control"));
    let body = get_with(&app, "/", &[("dnt", "1")])
        .await
        .text()
        .await
        .unwrap();
    assert!(body.contains("Do Not Track"));
    // Accepting with the signal on still records no analytics.
    let res = choose(
        &app,
        &[("choice", "accept"), ("back", "/")],
        &[("sec-gpc", "1")],
    )
    .await;
    let (pair, _) = consent_cookie(&res);
    let proof = consent::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(!proof.analytics);
    assert_eq!(proof.signal.as_deref(), Some("gpc"));
    for _ in 0..3 {
        get_with(&app, "/", &[("cookie", &pair), ("sec-gpc", "1")]).await;
    }
    app.state.page_views.flush(&app.state).await;
    assert_eq!(
        analytics_day::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    app.stop().await.unwrap();
}

on_both_databases!(
    page_views_are_counted_only_with_consent,
    |db: Db| async move {
        // promise: P-CKE-3 — first-party aggregates only: route, referring site, device, country.
        let app = spawn_app_with(db, &[("ANALYTICS_COUNTRY_HEADER", "cf-ipcountry")]).await;
        // Before any choice and after a refusal: nothing.
        get_with(&app, "/", &[]).await;
        let refused =
            consent_cookie(&choose(&app, &[("choice", "reject"), ("back", "/")], &[]).await).0;
        get_with(&app, "/", &[("cookie", &refused)]).await;
        app.state.page_views.flush(&app.state).await;
        assert_eq!(
            analytics_day::Entity::find().count(&app.db).await.unwrap(),
            0
        );

        let yes = consent_cookie(
            &choose(
                &app,
                &[("choice", "custom"), ("analytics", "1"), ("back", "/")],
                &[],
            )
            .await,
        )
        .0;
        get_with(
            &app,
            "/",
            &[
                ("cookie", &yes),
                ("referer", "https://news.example.org/post/1"),
                ("cf-ipcountry", "de"),
            ],
        )
        .await;
        get_with(
            &app,
            "/",
            &[
                ("cookie", &yes),
                ("referer", "https://news.example.org/post/2"),
                ("cf-ipcountry", "de"),
            ],
        )
        .await;
        get_with(&app, "/share/abcdefghijklmnopqrstuv", &[("cookie", &yes)]).await; // 404: not counted
        get_with(
            &app,
            routes::PRIVACY,
            &[
                ("cookie", &yes),
                (
                    "user-agent",
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0) Mobile/15E148",
                ),
            ],
        )
        .await;
        get_with(
            &app,
            routes::PRIVACY,
            &[("cookie", &yes), ("user-agent", "Googlebot/2.1")],
        )
        .await;
        app.state.page_views.flush(&app.state).await;
        let mut rows = analytics_day::Entity::find().all(&app.db).await.unwrap();
        rows.sort_by(|a, b| a.path.cmp(&b.path));
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(
            (
                rows[0].path.as_str(),
                rows[0].referrer.as_str(),
                rows[0].device.as_str(),
                rows[0].country.as_str(),
                rows[0].views
            ),
            ("/", "news.example.org", "desktop", "DE", 2)
        );
        assert_eq!(
            (
                rows[1].path.as_str(),
                rows[1].device.as_str(),
                rows[1].views
            ),
            ("/privacy", "mobile", 1)
        );
        // The table has nothing that could tell visitors apart.
        let row = JsonValue::find_by_statement(Statement::from_string(
            app.db.get_database_backend(),
            "SELECT * FROM analytics_daily",
        ))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
        let mut columns: Vec<_> = row.as_object().unwrap().keys().cloned().collect();
        columns.sort();
        assert_eq!(
            columns,
            ["country", "day", "device", "path", "referrer", "views"]
        );
        let summary = obscura_server::analytics::summary(&app.state, 7)
            .await
            .unwrap();
        assert_eq!(summary.total, 3);
        assert_eq!(summary.days.len(), 7);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn people_who_object_or_restrict_are_not_counted() {
    // promise: P-RGT-4
    let app = spawn_app().await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let yes = consent_cookie(&choose(&app, &[("choice", "accept"), ("back", "/")], &[]).await).0;
    let both = format!("{}; {yes}", b.cookie.clone().unwrap());
    let res = b
        .post(routes::PRIVACY_CHOICES, &[("analytics_opt_out", "1")])
        .await;
    assert_eq!(location(&res), "/settings/privacy?notice=privacy-saved");
    get_with(&app, "/", &[("cookie", &both)]).await;
    app.state.page_views.flush(&app.state).await;
    assert_eq!(
        analytics_day::Entity::find().count(&app.db).await.unwrap(),
        0
    );

    // Restricting processing (and nothing else) stops counting too, and the page says since when.
    b.post(routes::PRIVACY_CHOICES, &[("restrict", "1")]).await;
    get_with(&app, "/", &[("cookie", &both)]).await;
    app.state.page_views.flush(&app.state).await;
    assert_eq!(
        analytics_day::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    let page = b.get(routes::SETTINGS_PRIVACY).await.text().await.unwrap();
    assert!(page.contains("Restricted since"));
    let doc = html(&page);
    let checked = |name: &str| {
        doc.select(&scraper::Selector::parse(&format!("input[name={name}]")).unwrap())
            .next()
            .unwrap()
            .value()
            .attr("checked")
            .is_some()
    };
    assert!(
        checked("restrict") && !checked("analytics_opt_out") && !checked("product_emails_opt_out")
    );

    // Lifting both: counted again.
    b.post(routes::PRIVACY_CHOICES, &[]).await;
    get_with(&app, "/", &[("cookie", &both)]).await;
    app.state.page_views.flush(&app.state).await;
    assert_eq!(
        analytics_day::Entity::find().count(&app.db).await.unwrap(),
        1
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_history_shows_every_choice_and_withdrawing_is_one_click() {
    // promise: P-RGT-5
    let app = spawn_app().await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let session = b.cookie.clone().unwrap();
    let yes = consent_cookie(
        &choose(
            &app,
            &[("choice", "accept"), ("back", routes::COOKIES)],
            &[("cookie", &session)],
        )
        .await,
    )
    .0;
    let both = format!("{session}; {yes}");
    let settings = get_with(&app, routes::COOKIES, &[("cookie", &both)])
        .await
        .text()
        .await
        .unwrap();
    assert!(settings.contains("You allowed page-view counts."));
    assert!(settings.contains("Withdraw my consent"));
    app.clock.advance(Duration::minutes(5));
    let res = choose(
        &app,
        &[("choice", "withdraw"), ("back", routes::COOKIES)],
        &[("cookie", &both)],
    )
    .await;
    assert_eq!(location(&res), "/cookies?notice=consent-saved");
    let (withdrawn, _) = consent_cookie(&res);
    assert_eq!(
        withdrawn.split('.').nth(4),
        yes.split('.').nth(4),
        "one browser keeps one subject id"
    );
    let page = b.get(routes::SETTINGS_PRIVACY).await.text().await.unwrap();
    let doc = html(&page);
    let rows: Vec<String> = doc
        .select(&scraper::Selector::parse("[data-testid=consent-history] tbody tr").unwrap())
        .map(|r| r.text().collect::<String>())
        .collect();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[0].contains("Withdrew consent") && rows[0].contains("Refused"));
    assert!(rows[1].contains("Accepted all") && rows[1].contains("Allowed"));
    app.stop().await.unwrap();
}

/// Makes a generation with `prompt` and waits for it.
async fn generate(app: &TestApp, b: &mut Browser<'_>, prompt: &str) -> uuid::Uuid {
    let id = created_id(
        &submit(
            b,
            form(&[("prompt", prompt), ("model", "offline"), ("count", "2")]),
        )
        .await,
    );
    assert_eq!(finished(app, id).await.status, "succeeded");
    id
}

/// Runs the pending jobs (the export's among them); returns the export's row, built.
async fn export_row(app: &TestApp) -> data_export::Model {
    app.run_pending_jobs().await;
    let row = data_export::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .expect("an export was asked for");
    assert_ne!(row.status, "queued", "the export was not built");
    row
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_holds_everything_and_lives_seven_days() {
    // promise: P-RGT-1
    let app = spawn_app().await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let first = generate(&app, &mut b, "lighthouse at dusk, canary-4711").await;
    generate(&app, &mut b, "forest \"quoted\", with commas").await;
    let res = b.post(routes::EXPORT_REQUEST, &[]).await;
    assert_eq!(
        location(&res),
        "/settings/privacy?notice=export-queued#export"
    );
    // One per hour.
    let again = b.post(routes::EXPORT_REQUEST, &[]).await;
    assert_eq!(
        location(&again),
        "/settings/privacy?notice=export-too-soon#export"
    );
    assert_eq!(data_export::Entity::find().count(&app.db).await.unwrap(), 1);

    let row = export_row(&app).await;
    assert_eq!(row.status, "ready");
    let link = mail_link(&app, "ada@example.com", "data export is ready").await;
    // The link works without a session (it is the key), and only unaltered.
    let res = app.get(&path_of(&link)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/zip");
    let bytes = res.bytes().await.unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    for expected in [
        "README.txt",
        "account.json",
        "consents.json",
        "credits.json",
        "generations.csv",
        "generations.json",
        "security_events.json",
        "sessions.json",
        "shares.json",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    assert_eq!(
        names.iter().filter(|n| n.starts_with("images/")).count(),
        4,
        "2 × 2 images"
    );
    assert!(names.contains(&format!("images/{first}/0.png")));
    let read = |zip: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str| {
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    };
    let account: serde_json::Value = serde_json::from_str(&read(&mut zip, "account.json")).unwrap();
    assert_eq!(account["email"], "ada@example.com");
    assert!(account.get("password_hash").is_none(), "no password hash");
    assert_eq!(account["credits"], 20 - 2 * 2);
    assert_eq!(
        account["two_step_verification"],
        serde_json::json!({ "authenticator_app": null, "recovery_codes": [] }),
        "two-step verification is described (off here), never its secrets"
    );
    let csv = read(&mut zip, "generations.csv");
    assert!(csv.contains("canary-4711"));
    assert!(
        csv.contains("\"forest \"\"quoted\"\", with commas\""),
        "CSV quoting: {csv}"
    );
    let sessions = read(&mut zip, "sessions.json");
    assert!(!sessions.contains("token_hash"));
    let mut png = Vec::new();
    zip.by_name(&format!("images/{first}/0.png"))
        .unwrap()
        .read_to_end(&mut png)
        .unwrap();
    assert!(png.starts_with(b"\x89PNG"));

    let altered = path_of(&link).replace("sig=", "sig=A");
    assert_eq!(app.get(&altered).await.status(), StatusCode::FORBIDDEN);

    // The privacy center lists it with its download.
    let page = b.get(routes::SETTINGS_PRIVACY).await.text().await.unwrap();
    assert!(page.contains(&format!("data-testid=\"{}\"", testids::EXPORT_DOWNLOAD)));

    // After 7 days the retention run deletes the archive: the link answers 404.
    app.clock.advance(Duration::days(7) + Duration::minutes(1));
    retention::run_all(&app.state).await.unwrap();
    let row = data_export::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, "expired");
    let archives: Vec<_> = app
        .state
        .storage
        .store
        .list(Some(&object_store::path::Path::from("exports")))
        .try_collect()
        .await
        .unwrap();
    assert!(archives.is_empty(), "the archive is gone from storage");
    let res = app.get(&path_of(&link)).await;
    assert!(matches!(
        res.status(),
        StatusCode::NOT_FOUND | StatusCode::FORBIDDEN
    ));
    app.stop().await.unwrap();
}

/// Every row of every table as text.
async fn everything_in_the_database(app: &TestApp) -> String {
    let backend = app.db.get_database_backend();
    let list = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table'",
    };
    let tables = JsonValue::find_by_statement(Statement::from_string(backend, list))
        .all(&app.db)
        .await
        .unwrap();
    let mut out = String::new();
    for t in tables {
        let name = t["name"].as_str().unwrap().to_owned();
        let rows = JsonValue::find_by_statement(Statement::from_string(
            backend,
            format!("SELECT * FROM \"{name}\""),
        ))
        .all(&app.db)
        .await
        .unwrap();
        for r in rows {
            out.push_str(&name);
            out.push(' ');
            out.push_str(&r.to_string());
            out.push('\n');
        }
    }
    out
}

on_both_databases!(
    erasure_closes_at_once_and_purges_everything_after_the_grace_period,
    |db: Db| async move {
        // promise: P-RGT-3
        let app = spawn_app_with(db, &[("ERASURE_GRACE_DAYS", "30")]).await;
        let mut b = verified_user(&app, "ada@example.com").await;
        let id = user_id(&app, "ada@example.com").await;
        generate(&app, &mut b, "canary-zebra-9182 on a hill").await;
        let (mut other_device, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
        b.post(routes::EXPORT_REQUEST, &[]).await;
        assert_eq!(export_row(&app).await.status, "ready");
        let yes = consent_cookie(
            &choose(
                &app,
                &[("choice", "accept"), ("back", "/")],
                &[("cookie", &b.cookie.clone().unwrap())],
            )
            .await,
        )
        .0;

        // Wrong password or confirmation: nothing happens, and the form says why.
        let res = b
            .post(
                routes::ACCOUNT_DELETE,
                &[("password", "wrong"), ("confirm", "delete")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.text().await.unwrap();
        assert!(body.contains("The password is not right."));
        assert!(body.contains("Type DELETE in capitals to confirm."));
        assert_eq!(
            session::Entity::find()
                .filter(session::Column::UserId.eq(id))
                .count(&app.db)
                .await
                .unwrap(),
            2
        );

        let res = b
            .post(
                routes::ACCOUNT_DELETE,
                &[("password", PASSWORD), ("confirm", "DELETE")],
            )
            .await;
        assert_eq!(location(&res), "/login?notice=account-closed");
        // Every session ended at once, this one and the other device's.
        assert_eq!(
            session::Entity::find()
                .filter(session::Column::UserId.eq(id))
                .count(&app.db)
                .await
                .unwrap(),
            0
        );
        let gone = other_device.get(routes::GALLERY).await;
        assert_eq!(gone.status(), StatusCode::SEE_OTHER);
        // Signing in is refused while the account waits.
        let (_, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(res.text().await.unwrap().contains("waiting to be deleted"));
        let keep = mail_link(&app, "ada@example.com", "will be deleted").await;
        assert!(keep.contains(routes::ERASURE_CANCEL));

        // Day 29: nothing is purged yet.
        app.clock.advance(Duration::days(29));
        retention::run_all(&app.state).await.unwrap();
        assert!(
            everything_in_the_database(&app)
                .await
                .contains("canary-zebra-9182")
        );

        // Day 31: the purge. Afterwards no table holds the id, the address, the name or the prompt.
        app.clock.advance(Duration::days(2));
        let counts = retention::run_all(&app.state).await.unwrap();
        assert_eq!(counts.erased_accounts, 1);
        let dump = everything_in_the_database(&app).await;
        for needle in [
            id.to_string(),
            id.simple().to_string(),
            "ada@example.com".to_owned(),
            "Ada Lovelace".to_owned(),
            "canary-zebra-9182".to_owned(),
        ] {
            let hits: Vec<&str> = dump.lines().filter(|l| l.contains(&needle)).collect();
            assert!(hits.is_empty(), "{needle} still in: {hits:?}");
        }
        // The documented exception: proof of the cookie choice, detached (a random id only).
        let proof = consent::Entity::find().all(&app.db).await.unwrap();
        assert_eq!(proof.len(), 1);
        assert_eq!(proof[0].user_id, None);
        assert!(yes.contains(&proof[0].subject));
        // And the object store is empty of the account's files.
        let left: Vec<_> = app
            .state
            .storage
            .store
            .list(None)
            .try_collect()
            .await
            .unwrap();
        let left: Vec<_> = left
            .into_iter()
            .map(|m| m.location.to_string())
            .filter(|p| !p.starts_with("_probe"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
        // The run is logged with its counts.
        let runs = retention_run::Entity::find().all(&app.db).await.unwrap();
        assert!(
            runs.iter()
                .any(|r| r.counts.contains("\"erased_accounts\":1"))
        );
        // The keep link no longer works.
        let res = app.get(&path_of(&keep)).await;
        assert_ne!(res.status(), StatusCode::OK);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_keep_link_restores_the_account() {
    // promise: P-RGT-3
    let app = spawn_app().await;
    let mut b = verified_user(&app, "ada@example.com").await;
    b.post(
        routes::ACCOUNT_DELETE,
        &[("password", PASSWORD), ("confirm", "DELETE")],
    )
    .await;
    let keep = mail_link(&app, "ada@example.com", "will be deleted").await;
    let mut c = Browser::new(&app);
    assert_eq!(c.get(&path_of(&keep)).await.status(), StatusCode::OK);
    let token = crate::helpers::browser::token_of(&keep);
    let res = c.post(routes::ERASURE_CANCEL, &[("token", &token)]).await;
    assert_eq!(location(&res), "/settings/privacy?notice=account-kept");
    assert!(c.cookie.is_some());
    assert_eq!(c.get(routes::GALLERY).await.status(), StatusCode::OK);
    app.clock.advance(Duration::days(40));
    retention::run_all(&app.state).await.unwrap();
    let (_, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_grace_period_erasure_is_immediate() {
    // promise: P-RGT-3
    let app = spawn_app_with(Db::Sqlite, &[("ERASURE_GRACE_DAYS", "0")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    generate(&app, &mut b, "canary-otter-5521").await;
    let res = b
        .post(
            routes::ACCOUNT_DELETE,
            &[("password", PASSWORD), ("confirm", "DELETE")],
        )
        .await;
    assert_eq!(location(&res), "/login?notice=account-erased");
    let dump = everything_in_the_database(&app).await;
    assert!(!dump.contains("ada@example.com") && !dump.contains("canary-otter-5521"));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erasure_cut_short_is_finished_by_the_next_run() {
    // promise: P-RGT-3 — a purge that died half-way (files gone, rows left) is finished.
    let app = spawn_app_with(Db::Sqlite, &[("ERASURE_GRACE_DAYS", "1")]).await;
    let mut b = verified_user(&app, "ada@example.com").await;
    let id = user_id(&app, "ada@example.com").await;
    generate(&app, &mut b, "canary-heron-3310 at dawn").await;
    generate(&app, &mut b, "canary-heron-3310 at noon").await;
    b.post(
        routes::ACCOUNT_DELETE,
        &[("password", PASSWORD), ("confirm", "DELETE")],
    )
    .await;
    app.clock.advance(Duration::days(2));
    // The first run dies after deleting some of the files: half of them are gone, no row is.
    let listed: Vec<_> = app
        .state
        .storage
        .store
        .list(None)
        .try_collect()
        .await
        .unwrap();
    let files: Vec<_> = listed
        .into_iter()
        .map(|m| m.location)
        .filter(|p| !p.as_ref().starts_with("_probe"))
        .collect();
    assert!(files.len() >= 4);
    for path in files.iter().take(files.len() / 2) {
        app.state.storage.store.delete(path).await.unwrap();
    }
    assert!(
        everything_in_the_database(&app)
            .await
            .contains("canary-heron-3310")
    );
    // The next run finishes the job.
    let counts = retention::run_all(&app.state).await.unwrap();
    assert_eq!(counts.erased_accounts, 1);
    assert_eq!(counts.erased_generations, 2);
    let dump = everything_in_the_database(&app).await;
    assert!(!dump.contains("canary-heron-3310") && !dump.contains(&id.to_string()));
    let left: Vec<_> = app
        .state
        .storage
        .store
        .list(None)
        .try_collect()
        .await
        .unwrap();
    assert!(
        left.iter()
            .all(|m| m.location.as_ref().starts_with("_probe"))
    );
    // And a run with nothing left to do is harmless.
    assert_eq!(
        retention::run_all(&app.state)
            .await
            .unwrap()
            .erased_accounts,
        0
    );
    app.stop().await.unwrap();
}
