//! The cookie banner and its proof (P-CKE-2, P-RGT-5): asked first, refusing in one click, asked
//! again when stale, browser signals counted as refusal (P-CKE-4), the history and withdrawal.

use chrono::Duration;
use obscura_server::db::entities::{analytics_day, consent};
use obscura_shared::consent::COOKIE;
use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::{EntityTrait, FromQueryResult, JsonValue, PaginatorTrait, Statement};

use super::{choose, consent_cookie, get_with, has_banner};
use crate::helpers::browser::{location, verified_user};
use crate::helpers::{html, spawn_app};

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
    app.state.page_views.flush(&app.state.db).await;
    assert_eq!(
        analytics_day::Entity::find().count(&app.db).await.unwrap(),
        0
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
