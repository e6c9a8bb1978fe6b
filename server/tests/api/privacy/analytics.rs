//! Page-view counts: only with consent, first-party aggregates (P-CKE-3), and not for people who
//! object or restrict processing (P-RGT-4).

use obscura_server::db::entities::analytics_day;
use obscura_shared::routes;
use sea_orm::{EntityTrait, FromQueryResult, JsonValue, PaginatorTrait, Statement};

use super::{choose, consent_cookie, get_with};
use crate::helpers::browser::{location, verified_user};
use crate::helpers::{Db, html, spawn_app, spawn_app_with};
use crate::on_both_databases;

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
        app.state.page_views.flush(&app.state.db).await;
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
        app.state.page_views.flush(&app.state.db).await;
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
    app.state.page_views.flush(&app.state.db).await;
    assert_eq!(
        analytics_day::Entity::find().count(&app.db).await.unwrap(),
        0
    );

    // Restricting processing (and nothing else) stops counting too, and the page says since when.
    b.post(routes::PRIVACY_CHOICES, &[("restrict", "1")]).await;
    get_with(&app, "/", &[("cookie", &both)]).await;
    app.state.page_views.flush(&app.state.db).await;
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
    app.state.page_views.flush(&app.state.db).await;
    assert_eq!(
        analytics_day::Entity::find().count(&app.db).await.unwrap(),
        1
    );
    app.stop().await.unwrap();
}
