//! `/metrics` (issue #18): off by default; with `METRICS_TOKEN` served on the main address to
//! the bearer of that token only; with `METRICS_ADDR` served on a separate listener (and 404 on
//! the main address). What it counts is keyed by route template, job kind, provider kind and
//! limiter name, and holds none of the emails, ids or addresses of the requests counted.
//!
//! The recorder is one per process and the queue-depth gauge is set from the scraped server's
//! database, so the tests of this module run one at a time (other modules never turn metrics on;
//! their recordings only add to counters, which these tests compare before and after).

use obscura_server::accounts::Client;
use obscura_server::generation::{ReferenceInput, request::Submitted};
use obscura_shared::routes;
use reqwest::{StatusCode, header};

use crate::helpers::browser::{user_id, verified_user};
use crate::helpers::gallery::{TINY, images_of, make, share_it};
use crate::helpers::{Db, TestApp, spawn_app_with};
use crate::on_both_databases;
use crate::trust::sign_in_from;

/// A token of the accepted length.
const TOKEN: &str = "metrics-token-0123456789abcdef0123456789";
/// The address the refused sign-ins come from (through the trusted proxy).
const VISITOR_IP: &str = "203.0.113.77";

static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The value of the series `name` whose labels include every pair of `labels`, summed over
/// the series that match (0 when none does).
fn value(text: &str, name: &str, labels: &[(&str, &str)]) -> f64 {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (series, v) = l.rsplit_once(' ')?;
            let (n, rest) = series.split_once('{').unwrap_or((series, ""));
            (n == name
                && labels
                    .iter()
                    .all(|(k, val)| rest.contains(&format!("{k}=\"{val}\""))))
            .then(|| v.parse::<f64>().ok())
            .flatten()
        })
        .sum()
}

/// The requests counted with `labels`.
fn requests(text: &str, labels: &[(&str, &str)]) -> f64 {
    value(text, "obscura_http_requests_total", labels)
}

/// Asks for one image of `model` (the default one when empty) for `user`: its job is queued.
async fn enqueue(app: &TestApp, user: uuid::Uuid, model: &str, prompt: &str) -> uuid::Uuid {
    obscura_server::generation::create(
        &app.state,
        user,
        &Submitted {
            model: model.to_owned(),
            prompt: prompt.to_owned(),
            count: "1".to_owned(),
            ..Default::default()
        },
        ReferenceInput::None,
        &Client::unknown(),
    )
    .await
    .unwrap()
}

/// Asserts that each series (name and labels) is larger in `after` than in `before`.
fn assert_grew(before: &str, after: &str, series: &[(&str, &[(&str, &str)])]) {
    for (name, labels) in series {
        let (b, a) = (value(before, name, labels), value(after, name, labels));
        assert!(a > b, "{name} {labels:?}: {b} then {a}\n{after}");
    }
}

/// `GET /metrics` on the main address with the configured token.
async fn with_token(app: &TestApp) -> reqwest::Response {
    app.client
        .get(app.url(routes::METRICS))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap()
}

async fn scrape_with_token(app: &TestApp) -> String {
    metrics_text(with_token(app).await).await
}

/// The body of a successful scrape, checked to be the Prometheus text format.
async fn metrics_text(res: reqwest::Response) -> String {
    assert_eq!(res.status(), StatusCode::OK);
    let content_type = res.headers()[header::CONTENT_TYPE].to_str().unwrap();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    res.text().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_off_by_default() {
    let _one = ONE_AT_A_TIME.lock().await;
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    assert!(app.metrics_address.is_none());
    assert!(!app.state.config.metrics.enabled());
    // The page of any unknown path, with or without a token.
    let res = app.get(routes::METRICS).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains(r#"data-testid="not-found""#)
    );
    assert_eq!(with_token(&app).await.status(), StatusCode::NOT_FOUND);
    app.stop().await.unwrap();
}

on_both_databases!(
    the_token_opens_metrics_and_nothing_else_does,
    |db: Db| async move {
        let _one = ONE_AT_A_TIME.lock().await;
        let app = spawn_app_with(db, &[("METRICS_TOKEN", TOKEN)]).await;
        assert!(app.metrics_address.is_none());
        let wrong: Vec<Option<String>> = vec![
            None,
            Some("Bearer".to_owned()),
            Some("Bearer ".to_owned()),
            Some("Bearer wrong".to_owned()),
            Some(format!("Bearer {}", &TOKEN[..TOKEN.len() - 1])),
            Some(format!("Bearer {TOKEN}x")),
            Some(format!("Bearer {}", TOKEN.to_uppercase())),
            Some(format!("Basic {TOKEN}")),
            Some(TOKEN.to_owned()),
            Some(format!("Bearer {}", "A".repeat(8000))),
        ];
        for authorization in wrong {
            let mut req = app.client.get(app.url(routes::METRICS));
            if let Some(a) = &authorization {
                req = req.header(header::AUTHORIZATION, a);
            }
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{authorization:?}");
            assert_eq!(res.headers()[header::WWW_AUTHENTICATE], "Bearer");
            assert_eq!(res.text().await.unwrap(), "", "no detail");
        }
        let text = scrape_with_token(&app).await;
        assert!(
            text.contains("# TYPE obscura_http_requests_total counter"),
            "{text}"
        );
        // The refusals above were counted under the route's template.
        assert!(requests(&text, &[("route", "/metrics"), ("status", "4xx")]) >= 10.0);
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    a_separate_address_serves_metrics_and_the_main_one_does_not,
    |db: Db| async move {
        let _one = ONE_AT_A_TIME.lock().await;
        let app = spawn_app_with(db, &[("METRICS_ADDR", "127.0.0.1:0")]).await;
        let metrics = app.metrics_address.clone().expect("a metrics listener");
        assert_ne!(metrics, app.address);
        assert_eq!(
            app.get(routes::METRICS).await.status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(app.get(routes::HOME).await.status(), StatusCode::OK);
        let res = app
            .client
            .get(format!("{metrics}{}", routes::METRICS))
            .send()
            .await
            .unwrap();
        let text = metrics_text(res).await;
        let home = [("method", "GET"), ("route", "/"), ("status", "2xx")];
        assert!(requests(&text, &home) >= 1.0, "{text}");
        // The main address's /metrics is an unknown path there.
        assert!(requests(&text, &[("route", "unmatched"), ("status", "4xx")]) >= 1.0);
        // The separate listener serves nothing else.
        for path in [routes::HOME, routes::HEALTHZ, "/metrics/x"] {
            let res = app
                .client
                .get(format!("{metrics}{path}"))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        }
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    counters_grow_by_template_kind_and_limiter_without_personal_data,
    |db: Db| async move {
        let _one = ONE_AT_A_TIME.lock().await;
        let app = spawn_app_with(
            db,
            &[
                ("METRICS_TOKEN", TOKEN),
                TINY,
                ("SIGNUP_CREDITS", "100"),
                ("TRUSTED_PROXIES", "127.0.0.1/32,::1/128"),
            ],
        )
        .await;
        let email = "metrics-ada@example.com";
        let mut ada = verified_user(&app, email).await;
        let ada_id = user_id(&app, email).await;
        let before = scrape_with_token(&app).await;

        // A page, a static file and an unknown path.
        assert_eq!(app.get(routes::HOME).await.status(), StatusCode::OK);
        assert_eq!(app.get("/favicon.svg").await.status(), StatusCode::OK);
        assert_eq!(
            app.get("/no-such-page-metrics").await.status(),
            StatusCode::NOT_FOUND
        );
        // A job run (the offline renderer), a share and a view of it.
        let prompt = "a lighthouse only ada knows about";
        let generation = make(&app, ada_id, prompt, 1, ReferenceInput::None).await;
        let image = images_of(&app, generation).await[0].id.to_string();
        let share = share_it(&app, &mut ada, &image, &[]).await;
        let share_id = share.id.to_string();
        assert_eq!(
            app.get(&routes::share_page(&share_id)).await.status(),
            StatusCode::OK
        );
        // Sign-ins from one address, each naming another account, until the address's limiter
        // refuses.
        let mallory = "metrics-mallory";
        let mut refused = false;
        for i in 0..15 {
            let email = format!("metrics-mallory{i}@example.com");
            let status = sign_in_from(&app, VISITOR_IP, &email, "not the password 1").await;
            if status == StatusCode::TOO_MANY_REQUESTS {
                refused = true;
                break;
            }
        }
        assert!(refused, "the sign-in limiter never refused");
        // A job left waiting: the queue depth is read at the scrape.
        let waiting = enqueue(&app, ada_id, "", "still waiting").await;

        let after = scrape_with_token(&app).await;
        let requests = "obscura_http_requests_total";
        let grown: [(&str, &[(&str, &str)]); 10] = [
            (
                requests,
                &[("method", "GET"), ("route", "/"), ("status", "2xx")],
            ),
            (requests, &[("route", "static"), ("status", "2xx")]),
            (requests, &[("route", "unmatched"), ("status", "4xx")]),
            (requests, &[("route", "/share/{id}"), ("status", "2xx")]),
            (
                requests,
                &[
                    ("method", "POST"),
                    ("route", routes::LOGIN),
                    ("status", "4xx"),
                ],
            ),
            (
                "obscura_http_request_duration_seconds_count",
                &[("method", "GET"), ("route", "/share/{id}")],
            ),
            (
                "obscura_limiter_refusals_total",
                &[("limiter", "sign_in_ip")],
            ),
            (
                "obscura_jobs_total",
                &[("kind", "generate"), ("outcome", "succeeded")],
            ),
            (
                "obscura_job_duration_seconds_count",
                &[("kind", "generate")],
            ),
            (
                "obscura_provider_request_duration_seconds_count",
                &[("provider", "local")],
            ),
        ];
        assert_grew(&before, &after, &grown);
        assert_eq!(
            value(
                &after,
                "obscura_queue_depth",
                &[("kind", "generate"), ("state", "queued")]
            ),
            1.0,
            "{after}"
        );
        // Histograms, with buckets.
        assert!(after.contains("# TYPE obscura_http_request_duration_seconds histogram"));
        assert!(after.contains("obscura_http_request_duration_seconds_bucket{"));

        // Once the waiting job has run, the queue is empty again.
        app.run_pending_jobs().await;
        let drained = scrape_with_token(&app).await;
        assert_eq!(
            value(
                &drained,
                "obscura_queue_depth",
                &[("kind", "generate"), ("state", "queued")]
            ),
            0.0,
            "{drained}"
        );

        // Nothing personal: no email, id, address or prompt of the requests made.
        for secret in [
            email,
            mallory,
            "example.com",
            VISITOR_IP,
            &share_id,
            &ada_id.to_string(),
            &generation.to_string(),
            &waiting.to_string(),
            &image,
            prompt,
            TOKEN,
        ] {
            assert!(!after.contains(secret), "{secret} in the metrics");
            assert!(!drained.contains(secret), "{secret} in the metrics");
        }
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    provider_failures_and_job_ends_are_counted_by_kind_and_reason,
    |db: Db| async move {
        let _one = ONE_AT_A_TIME.lock().await;
        let fake = crate::fakes::openai::spawn().await;
        let base = format!("{}/v1", fake.base);
        let app = spawn_app_with(
            db,
            &[
                ("METRICS_TOKEN", TOKEN),
                (
                    "MODELS",
                    r#"[{id="photo", label="Photo", provider="openai", upstream="gpt-image-1"}]"#,
                ),
                ("OPENAI_API_KEY", crate::fakes::openai::KEY),
                ("OPENAI_BASE_URL", &base),
            ],
        )
        .await;
        let email = "metrics-grace@example.com";
        let _grace = verified_user(&app, email).await;
        let grace = user_id(&app, email).await;
        let before = scrape_with_token(&app).await;
        // The provider's safety system refuses: not retried, the job fails and gives up.
        let id = enqueue(&app, grace, "photo", "canary-prompt-metrics [[moderation]]").await;
        assert_eq!(
            crate::helpers::jobs::finished(&app, id).await.status,
            "failed"
        );
        let after = scrape_with_token(&app).await;
        let failures = [("provider", "openai"), ("reason", "refused")];
        assert_grew(
            &before,
            &after,
            &[
                ("obscura_provider_failures_total", &failures[..]),
                (
                    "obscura_provider_request_duration_seconds_count",
                    &[("provider", "openai")],
                ),
                (
                    "obscura_jobs_total",
                    &[("kind", "generate"), ("outcome", "failed")],
                ),
                (
                    "obscura_jobs_total",
                    &[("kind", "generate"), ("outcome", "gave_up")],
                ),
            ],
        );
        for secret in [
            email,
            "canary-prompt-metrics",
            &id.to_string(),
            &grace.to_string(),
            crate::fakes::openai::KEY,
        ] {
            assert!(!after.contains(secret), "{secret} in the metrics");
        }
        app.stop().await.unwrap();
    }
);
