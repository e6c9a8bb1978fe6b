//! Live settings (issue 20): the blocklist and the models edited at `/admin/settings`, stored in
//! the database, seeded from the configuration, every change audited and in effect at once in
//! the process that made it and within seconds in every other one.

use std::time::{Duration, Instant};

use obscura_server::db::entities::admin_audit;
use obscura_shared::{
    admin_settings::fields, generation::fields as create_fields, routes, testids,
};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::{
    Db, TestApp,
    browser::{Browser, admin, location, user_id, verified_user},
    fresh_postgres_database,
    generation::{form, submit},
    html, spawn_app_with, text_of,
};

/// Two models painted by the offline renderer.
const MODELS: (&str, &str) = (
    "MODELS",
    r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["64x64"]}, {id="sketch", label="Sketcher", provider="local", sizes=["64x64"], cost=2}]"#,
);

async fn set_blocklist(b: &mut Browser<'_>, terms: &str, reason: &str) -> reqwest::Response {
    b.post(
        routes::ADMIN_SETTINGS_BLOCKLIST,
        &[(fields::TERMS, terms), (fields::REASON, reason)],
    )
    .await
}

async fn set_model(
    b: &mut Browser<'_>,
    model: &str,
    label: &str,
    cost: &str,
    max_count: &str,
    enabled: bool,
    reason: &str,
) -> reqwest::Response {
    let mut pairs = vec![
        (fields::MODEL, model),
        (fields::LABEL, label),
        (fields::COST, cost),
        (fields::MAX_COUNT, max_count),
        (fields::REASON, reason),
    ];
    if enabled {
        pairs.push((fields::ENABLED, "1"));
    }
    b.post(routes::ADMIN_SETTINGS_MODEL, &pairs).await
}

/// Submits `/create` with `prompt` (and `model` when given).
async fn create(
    b: &mut Browser<'_>,
    prompt: &str,
    model: Option<&str>,
    count: &str,
) -> reqwest::Response {
    let mut pairs = vec![
        (create_fields::PROMPT, prompt),
        (create_fields::COUNT, count),
    ];
    if let Some(m) = model {
        pairs.push((create_fields::MODEL, m));
    }
    submit(b, form(&pairs)).await
}

/// An API key of a new verified account allowed to generate and read.
async fn api_key(app: &TestApp, email: &str) -> String {
    let mut b = verified_user(app, email).await;
    let res = b
        .post(
            routes::API_KEY_CREATE,
            &[
                ("name", "settings"),
                ("scope", "generate"),
                ("scope", "read"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    let key = text_of(
        &html(&body),
        &format!("[data-testid='{}']", testids::API_KEY_TEXT),
    );
    assert!(key.starts_with("obs_"), "{key}");
    key
}

async fn api_create(app: &TestApp, key: &str, body: &str) -> reqwest::Response {
    app.client
        .post(app.url(routes::API_GENERATIONS))
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.to_owned())
        .send()
        .await
        .unwrap()
}

async fn api_models(app: &TestApp, key: &str) -> Vec<String> {
    let res = app
        .client
        .get(app.url(routes::OPENAI_MODELS))
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    body["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap().to_owned())
        .collect()
}

/// The latest audit entry of `action`: (target, outcome, reason).
async fn last_audit(app: &TestApp, action: &str) -> (String, String, Option<String>) {
    let row = admin_audit::Entity::find()
        .filter(admin_audit::Column::Action.eq(action))
        .order_by_desc(admin_audit::Column::At)
        .order_by_desc(admin_audit::Column::Id)
        .one(&app.db)
        .await
        .unwrap()
        .expect("an audit entry");
    (row.target, row.outcome, row.reason)
}

async fn balance(app: &TestApp, email: &str) -> i64 {
    obscura_server::credits::balance(&app.db, user_id(app, email).await)
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_admins_see_the_page_and_change_anything() {
    let app = spawn_app_with(Db::Sqlite, &[MODELS, ("BLOCKLIST", "kept")]).await;
    let before = app.state.settings.current().revision;
    // Anonymous: sent to sign in.
    let mut stranger = Browser::new(&app);
    let res = stranger.get(routes::ADMIN_SETTINGS).await;
    assert!(res.status().is_redirection());
    assert!(location(&res).starts_with(routes::LOGIN));
    let res = set_blocklist(&mut stranger, "", "stranger").await;
    assert!(res.status().is_redirection());
    assert!(location(&res).starts_with(routes::LOGIN));
    // Another account: as if nothing were there.
    let mut person = verified_user(&app, "person@example.com").await;
    assert_eq!(
        person.get(routes::ADMIN_SETTINGS).await.status(),
        StatusCode::NOT_FOUND
    );
    let res = set_blocklist(&mut person, "", "no").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = set_model(&mut person, "tiny", "Mine", "1", "1", false, "no").await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let live = app.state.settings.current();
    assert_eq!(live.revision, before, "nothing changed");
    assert!(live.blocked("kept"));
    assert!(live.model("tiny").is_some());
    // The admin sees both, with the count and who changed nothing yet.
    let mut ops = admin(&app).await;
    let res = ops.get(routes::ADMIN_SETTINGS).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    let doc = html(&body);
    let count = doc
        .select(
            &scraper::Selector::parse(&format!("[data-testid='{}']", testids::SETTINGS_TERM_COUNT))
                .unwrap(),
        )
        .next()
        .unwrap();
    assert_eq!(count.value().attr("data-value"), Some("1"));
    assert!(
        body.contains(">kept\n</textarea>"),
        "the terms are in the textarea"
    );
    for id in ["tiny", "sketch"] {
        assert!(
            body.contains(&format!("data-model=\"{id}\"")),
            "{id} has a row and a form"
        );
    }
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_values_are_refused_field_by_field_and_change_nothing() {
    let app = spawn_app_with(Db::Sqlite, &[MODELS, ("BLOCKLIST", "kept")]).await;
    let mut ops = admin(&app).await;
    let before = app.state.settings.current().revision;
    // No reason.
    let res = set_blocklist(&mut ops, "one\ntwo", "  ").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(text_of(&html(&body), "#b-reason-error").contains("reason"));
    assert!(
        body.contains("one\ntwo</textarea>"),
        "what was typed is kept"
    );
    // 6,000 terms.
    let many: String = (0..6_000).map(|i| format!("term{i}\n")).collect();
    let res = set_blocklist(&mut ops, &many, "a long list").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(
        text_of(&html(&body), "#b-terms-error").contains("6,000 terms; at most 5,000"),
        "{}",
        text_of(&html(&body), "#b-terms-error")
    );
    // A term too long.
    let long = format!("fine\n{}", "x".repeat(101));
    let res = set_blocklist(&mut ops, &long, "too long").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&html(&res.text().await.unwrap()), "#b-terms-error").contains("Line 2"));
    // A model: every field wrong at once.
    let res = set_model(&mut ops, "tiny", "", "0", "5", true, "").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = html(&res.text().await.unwrap());
    for field in ["label", "cost", "max_count", "reason"] {
        assert!(
            !text_of(&doc, &format!("#m-tiny-{field}-error")).is_empty(),
            "{field} has its message"
        );
    }
    let res = set_model(&mut ops, "tiny", "Tiny", "10001", "1", true, "r").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // An unknown model, and one that is no id at all: as if nothing were there.
    for id in ["nope", "../tiny", ""] {
        let res = set_model(&mut ops, id, "X", "1", "1", true, "unknown").await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{id:?}");
    }
    // Disabling both models: the second refusal names the last one.
    let res = set_model(&mut ops, "sketch", "Sketcher", "2", "4", false, "retired").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&res),
        format!("{}?notice=model-saved#model-sketch", routes::ADMIN_SETTINGS)
    );
    let after_one = app.state.settings.current().revision;
    let res = set_model(&mut ops, "tiny", "Tiny painter", "1", "4", false, "all off").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of(&html(&res.text().await.unwrap()), "#m-tiny-enabled-error").contains("last model")
    );
    let live = app.state.settings.current();
    assert_eq!(live.revision, after_one, "the refusals changed nothing");
    assert!(after_one > before);
    assert!(live.model("tiny").is_some());
    assert!(live.blocked("kept"));
    let (target, outcome, reason) = last_audit(&app, "model_change").await;
    assert_eq!(
        (target.as_str(), outcome.as_str(), reason.as_deref()),
        ("model:tiny", "refused", Some("all off"))
    );
    app.stop().await.unwrap();
}

crate::on_both_databases!(
    a_term_refuses_prompts_at_once_and_a_removed_one_lets_them_through,
    a_term_refuses_prompts_at_once_and_a_removed_one_lets_them_through
);
async fn a_term_refuses_prompts_at_once_and_a_removed_one_lets_them_through(db: Db) {
    let app = spawn_app_with(db, &[MODELS]).await;
    let mut ops = admin(&app).await;
    let mut ada = verified_user(&app, "ada@example.com").await;
    let key = api_key(&app, "api@example.com").await;
    assert_eq!(
        create(&mut ada, "a Kraken at dawn", None, "1")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    // Added (with a blank line and a repeat, dropped with a notice).
    let res = set_blocklist(
        &mut ops,
        "kraken\n\nKraken\nsea serpent\n",
        "new abuse pattern",
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&res),
        format!(
            "{}?notice=blocklist-cleaned#blocklist",
            routes::ADMIN_SETTINGS
        )
    );
    let res = create(&mut ada, "a KRAKEN at dusk", None, "1").await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "the form refuses it at once"
    );
    let res = api_create(&app, &key, r#"{"prompt": "one sea-serpent"}"#).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["code"], "content_rejected");
    // The audit entry keeps the reason, never the terms.
    let (target, outcome, reason) = last_audit(&app, "blocklist_change").await;
    assert_eq!(
        (target.as_str(), outcome.as_str(), reason.as_deref()),
        ("settings:blocklist", "done", Some("new abuse pattern"))
    );
    // The page shows who changed it, and the test says what it would do.
    let page = ops
        .get(&format!("{}?test=the+kraken+wakes", routes::ADMIN_SETTINGS))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("admin@example.com"));
    assert!(page.contains("data-blocked=\"true\""));
    let page = ops
        .get(&format!("{}?test=krakens", routes::ADMIN_SETTINGS))
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("data-blocked=\"false\""), "whole words only");
    // Removed: through again.
    let res = set_blocklist(&mut ops, "sea serpent", "kraken was a false alarm").await;
    assert_eq!(
        location(&res),
        format!(
            "{}?notice=blocklist-saved#blocklist",
            routes::ADMIN_SETTINGS
        )
    );
    assert_eq!(
        create(&mut ada, "a KRAKEN at dusk", None, "1")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let res = api_create(&app, &key, r#"{"prompt": "a kraken"}"#).await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_model_no_longer_offered_is_refused_and_hidden_and_costs_apply_at_once() {
    let app = spawn_app_with(Db::Sqlite, &[MODELS]).await;
    let mut ops = admin(&app).await;
    let mut ada = verified_user(&app, "ada@example.com").await;
    let key = api_key(&app, "api@example.com").await;
    assert!(api_models(&app, &key).await.contains(&"sketch".to_owned()));
    let page = ada.get(routes::CREATE).await.text().await.unwrap();
    assert!(page.contains("Sketcher"));

    let res = set_model(
        &mut ops,
        "sketch",
        "Sketcher",
        "2",
        "4",
        false,
        "provider outage",
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let page = ada.get(routes::CREATE).await.text().await.unwrap();
    assert!(!page.contains("Sketcher"), "not offered on the create page");
    let res = create(&mut ada, "a lighthouse", Some("sketch"), "1").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Sketcher is not offered at the moment"),
        "the refusal says why"
    );
    assert_eq!(api_models(&app, &key).await, ["tiny"]);
    let res = api_create(
        &app,
        &key,
        r#"{"prompt": "a lighthouse", "model": "sketch"}"#,
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["code"], "validation", "{body}");
    let (target, outcome, reason) = last_audit(&app, "model_change").await;
    assert_eq!(
        (target.as_str(), outcome.as_str(), reason.as_deref()),
        ("model:sketch", "done", Some("provider outage"))
    );

    // A new name, cost and limit for the other model: charged at once.
    let start = balance(&app, "ada@example.com").await;
    let res = set_model(
        &mut ops,
        "tiny",
        "Tiny deluxe",
        "3",
        "2",
        true,
        "new prices",
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = create(&mut ada, "a lighthouse", Some("tiny"), "2").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(balance(&app, "ada@example.com").await, start - 6);
    let res = create(&mut ada, "a lighthouse", Some("tiny"), "3").await;
    assert_eq!(
        res.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "at most 2 now"
    );
    let page = ada.get(routes::CREATE).await.text().await.unwrap();
    assert!(page.contains("Tiny deluxe"));
    let pricing = ada.get(routes::PRICING).await.text().await.unwrap();
    assert!(pricing.contains("Tiny deluxe") && !pricing.contains("Sketcher"));
    app.stop().await.unwrap();
}

/// Starts a server on `database` (a PostgreSQL URL, or None for the SQLite file under `data`).
async fn start(data: &std::path::Path, database: Option<&str>, extra: &[(&str, &str)]) -> TestApp {
    let data = data.to_str().unwrap().to_owned();
    let mut pairs: Vec<(&str, &str)> = vec![("DATA_DIR", &data)];
    if let Some(url) = database {
        pairs.push(("DATABASE_URL", url));
    }
    pairs.extend_from_slice(extra);
    spawn_app_with(Db::Sqlite, &pairs).await
}

async fn database_for(db: Db) -> Option<String> {
    match db {
        Db::Sqlite => None,
        Db::Postgres => Some(fresh_postgres_database().await),
    }
}

crate::on_both_databases!(
    console_changes_survive_restarts_and_new_configuration_is_applied,
    console_changes_survive_restarts_and_new_configuration_is_applied
);
async fn console_changes_survive_restarts_and_new_configuration_is_applied(db: Db) {
    let dir = tempfile::tempdir().unwrap();
    let url = database_for(db).await;
    let first = [MODELS, ("BLOCKLIST", "alpha,beta")];
    let app = start(dir.path(), url.as_deref(), &first).await;
    assert!(app.state.settings.current().blocked("beta"));
    let mut ops = admin(&app).await;
    let res = set_blocklist(&mut ops, "alpha\nconsole", "beta is fine").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = set_model(
        &mut ops,
        "sketch",
        "Quick sketch",
        "5",
        "3",
        false,
        "rename",
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    drop(ops);
    app.stop().await.unwrap();

    // The same configuration: the console's changes stand.
    let app = start(dir.path(), url.as_deref(), &first).await;
    let live = app.state.settings.current();
    assert!(
        !live.blocked("beta"),
        "removed in the console, it stays removed"
    );
    assert!(live.blocked("console") && live.blocked("alpha"));
    assert!(live.model("sketch").is_none(), "still not offered");
    let sketch = live.configured("sketch").unwrap();
    assert_eq!(
        (sketch.label.as_str(), sketch.cost, sketch.max_count),
        ("Quick sketch", 5, 3)
    );
    app.stop().await.unwrap();

    // A new configuration: a new term is added, a term dropped from it is removed, a changed
    // cost wins, what it did not change stays the console's.
    let models = r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["64x64"]}, {id="sketch", label="Sketcher", provider="local", sizes=["64x64"], cost=7}, {id="third", provider="local", sizes=["64x64"]}]"#;
    let next = [("MODELS", models), ("BLOCKLIST", "beta,gamma")];
    let app = start(dir.path(), url.as_deref(), &next).await;
    let live = app.state.settings.current();
    assert!(live.blocked("gamma"), "new in the configuration: added");
    assert!(
        !live.blocked("alpha"),
        "dropped from the configuration: removed"
    );
    assert!(
        !live.blocked("beta"),
        "still listed, still removed in the console"
    );
    assert!(live.blocked("console"));
    let sketch = live.configured("sketch").unwrap();
    assert_eq!(
        (sketch.label.as_str(), sketch.cost, sketch.max_count),
        ("Quick sketch", 7, 3)
    );
    assert!(live.model("third").is_some(), "a new model is offered");
    app.stop().await.unwrap();

    // A model removed from the configuration disappears.
    let app = start(
        dir.path(),
        url.as_deref(),
        &[("MODELS", r#"[{id="tiny", provider="local"}]"#)],
    )
    .await;
    assert!(app.state.settings.current().configured("sketch").is_none());
    let page = obscura_server::settings::edit::page(&app.state, None)
        .await
        .unwrap();
    let listed: Vec<&str> = page.models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(listed, ["tiny"]);
    app.stop().await.unwrap();
}

crate::on_both_databases!(
    a_change_through_one_process_is_in_effect_on_another_within_seconds,
    a_change_through_one_process_is_in_effect_on_another_within_seconds
);
async fn a_change_through_one_process_is_in_effect_on_another_within_seconds(db: Db) {
    let dir = tempfile::tempdir().unwrap();
    let url = database_for(db).await;
    let a = start(dir.path(), url.as_deref(), &[MODELS]).await;
    let b = start(dir.path(), url.as_deref(), &[MODELS]).await;
    let mut ops = admin(&a).await;
    let mut ada = verified_user(&b, "ada@example.com").await;
    let res = set_blocklist(&mut ops, "leviathan", "seen on another server").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = set_model(&mut ops, "sketch", "Sketcher", "2", "4", false, "outage").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let revision = a.state.settings.current().revision;
    let started = Instant::now();
    while b.state.settings.current().revision != revision {
        assert!(
            started.elapsed() < Duration::from_secs(8),
            "the other process still had revision {} after {:?}",
            b.state.settings.current().revision,
            started.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let res = create(&mut ada, "a leviathan", None, "1").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = create(&mut ada, "a whale", Some("sketch"), "1").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    drop((ops, ada));
    b.stop().await.unwrap();
    a.stop().await.unwrap();
}
