//! Reports of shared images: a stranger reports a share (no account, no cookie), an admin
//! decides (dismiss, take down, take down and suspend the owner), a taken-down share answers 410
//! everywhere and cannot be shared again, the owner is emailed; the rate limit, unknown ids,
//! non-admins, deciding twice, exports and retention.

use chrono::Duration;
use obscura_server::{
    db::entities::{admin_audit, share, share_report, user},
    generation::ReferenceInput,
};
use obscura_shared::{
    gallery::fields as share_fields,
    reports::{fields, status},
    routes, testids,
};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

use crate::helpers::browser::{Browser, admin, location, user_id, verified_user};
use crate::helpers::gallery::{app_on, images_of, make, share_it};
use crate::helpers::mail::mails_about;
use crate::helpers::{Db, TestApp, html, text_of};
use crate::on_both_databases;

const PROMPT: &str = "a lighthouse in a storm";

/// Ada, her image shared (with the prompt shown); returns her browser, id, image and share.
async fn shared_image(app: &TestApp) -> (Browser<'_>, Uuid, String, share::Model) {
    let mut ada = verified_user(app, "ada@example.com").await;
    let ada_id = user_id(app, "ada@example.com").await;
    let g = make(app, ada_id, PROMPT, 1, ReferenceInput::None).await;
    let image = images_of(app, g).await.remove(0).id.to_string();
    let row = share_it(app, &mut ada, &image, &[(share_fields::SHOW_PROMPT, "1")]).await;
    (ada, ada_id, image, row)
}

async fn reports_of(app: &TestApp, share: &str) -> Vec<share_report::Model> {
    share_report::Entity::find()
        .filter(share_report::Column::ShareId.eq(share))
        .all(&app.db)
        .await
        .unwrap()
}

async fn audit_rows(app: &TestApp, action: &str) -> Vec<admin_audit::Model> {
    admin_audit::Entity::find()
        .filter(admin_audit::Column::Action.eq(action))
        .all(&app.db)
        .await
        .unwrap()
}

/// A stranger (a fresh browser: no cookie) reports `share`; returns the answer.
async fn report_as_stranger(
    app: &TestApp,
    share: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    Browser::new(app)
        .post(&routes::share_report(share), form)
        .await
}

async fn account(app: &TestApp, id: Uuid) -> user::Model {
    user::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

fn decide_form<'a>(report: &'a str, decision: &'a str, why: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        (fields::REPORT, report),
        (fields::DECISION, decision),
        (fields::WHY, why),
    ]
}

on_both_databases!(
    a_stranger_reports_and_an_admin_takes_the_share_down,
    |db: Db| async move {
        let app = app_on(db, &[]).await;
        let (mut ada, _, image, row) = shared_image(&app).await;

        // The share page links to the form; the form needs no account and is never indexed.
        let page = app
            .get(&routes::share_page(&row.id))
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains(&format!(r#"href="{}""#, routes::share_report(&row.id))));
        assert!(page.contains(testids::REPORT_LINK));
        let form = app.get(&routes::share_report(&row.id)).await;
        assert_eq!(form.status(), StatusCode::OK);
        let body = form.text().await.unwrap();
        assert!(body.contains(r#"<meta name="robots" content="noindex, nofollow""#));
        assert!(body.contains(testids::REPORT_FORM));

        // Field errors come back by field, with what was typed; nothing is stored.
        let res = report_as_stranger(
            &app,
            &row.id,
            &[
                (fields::REASON, "nonsense"),
                (fields::DETAILS, "kept text"),
                (fields::EMAIL, "nope"),
            ],
        )
        .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = res.text().await.unwrap();
        let doc = html(&body);
        assert!(text_of(&doc, "#r-reason-error").contains("Choose what is wrong"));
        assert!(!text_of(&doc, "#r-email-error").is_empty());
        assert!(body.contains(">kept text</textarea>"));
        assert!(reports_of(&app, &row.id).await.is_empty());

        // A report with an address: thanked on a page of its own, not sent back to the share.
        let sent = [
            (fields::REASON, "privacy"),
            (fields::DETAILS, "This is my face, used without asking."),
            (fields::EMAIL, "Reporter@Example.com"),
        ];
        let res = report_as_stranger(&app, &row.id, &sent).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let thanks = location(&res);
        assert_eq!(thanks, format!("{}?sent=1", routes::share_report(&row.id)));
        let body = app.get(&thanks).await.text().await.unwrap();
        assert!(body.contains(testids::REPORT_THANKS));
        assert!(body.contains("noindex"));
        let stored = reports_of(&app, &row.id).await;
        assert_eq!(stored.len(), 1);
        let report = &stored[0];
        assert_eq!(report.status, status::OPEN);
        assert_eq!(report.reason, "privacy");
        assert_eq!(
            report.reporter_email.as_deref(),
            Some("reporter@example.com")
        );
        assert_eq!(report.reporter_id, None, "a stranger");
        // The same client again: thanked, not stored twice; no mail to the reporter yet.
        let res = report_as_stranger(&app, &row.id, &sent).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(reports_of(&app, &row.id).await.len(), 1);
        assert!(
            mails_about(&app, "reporter@example.com", "")
                .await
                .is_empty()
        );
        let report_id = report.id.to_string();

        // Ada is no admin: the console and the decision are a 404 to her.
        assert_eq!(
            ada.get(routes::ADMIN_REPORTS).await.status(),
            StatusCode::NOT_FOUND
        );
        let res = ada
            .post(
                routes::ADMIN_REPORTS_DECIDE,
                &[
                    (fields::REPORT, report_id.as_str()),
                    (fields::DECISION, "dismiss"),
                    (fields::WHY, "mine"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        assert_eq!(reports_of(&app, &row.id).await[0].status, status::OPEN);

        // The admin sees it, with the image's prompt (a report concerns it) and the owner.
        let mut ops = admin(&app).await;
        let list = ops.get(routes::ADMIN_REPORTS).await.text().await.unwrap();
        assert!(list.contains(&routes::admin_report(&report_id)));
        assert!(list.contains("Open (1)"));
        let detail = ops.get(&routes::admin_report(&report_id)).await;
        assert_eq!(detail.status(), StatusCode::OK);
        let detail = detail.text().await.unwrap();
        assert!(detail.contains(PROMPT));
        assert!(detail.contains("This is my face, used without asking."));
        assert!(detail.contains("reporter@example.com"));
        assert!(detail.contains("ada@example.com"));
        assert!(detail.contains(testids::REPORT_DECIDE_FORM));
        // The owner's page in the console lists it, linked to the report.
        let owner = ops
            .get(&routes::admin_user(&row.user_id.to_string()))
            .await
            .text()
            .await
            .unwrap();
        assert!(owner.contains(testids::ADMIN_PERSON_REPORTS));
        assert!(owner.contains(&format!(r#"href="{}""#, routes::admin_report(&report_id))));

        // A take-down needs a reason and the box: without them nothing changes.
        let res = ops
            .post(
                routes::ADMIN_REPORTS_DECIDE,
                &decide_form(&report_id, "take_down", " "),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let doc = html(&res.text().await.unwrap());
        assert!(!text_of(&doc, "#d-why-error").is_empty());
        assert!(!text_of(&doc, "#d-confirm-error").is_empty());
        assert_eq!(
            app.get(&routes::share_page(&row.id)).await.status(),
            StatusCode::OK
        );

        let mut form = decide_form(&report_id, "take_down", "Likeness used without consent");
        form.push((fields::CONFIRM, "1"));
        form.push((fields::NOTE, "Please ask before using someone's face."));
        let res = ops.post(routes::ADMIN_REPORTS_DECIDE, &form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(location(&res).contains("notice=report-taken-down"));

        // Gone for everyone at once: the page (kept pages included), the image, the form.
        let page = app.get(&routes::share_page(&row.id)).await;
        assert_eq!(page.status(), StatusCode::GONE);
        let body = page.text().await.unwrap();
        assert!(body.contains("This image is no longer available."));
        assert!(
            !body.contains(PROMPT) && !body.contains("Likeness"),
            "neutral"
        );
        assert_eq!(
            app.get(&routes::share_image(&row.id)).await.status(),
            StatusCode::GONE
        );
        assert_eq!(
            app.get(&routes::share_report(&row.id)).await.status(),
            StatusCode::GONE
        );
        assert_eq!(
            report_as_stranger(&app, &row.id, &sent).await.status(),
            StatusCode::GONE
        );
        let taken = share::Entity::find_by_id(row.id.clone())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert!(taken.taken_down_at.is_some());
        assert_eq!(taken.takedown_reason.as_deref(), Some("privacy"));
        assert_eq!(
            reports_of(&app, &row.id).await[0].status,
            status::TAKEN_DOWN
        );

        // The owner is told which image, why and how to appeal; the reporter only the outcome.
        let mails = mails_about(&app, "ada@example.com", "was taken down").await;
        assert_eq!(mails.len(), 1);
        let text = &mails[0].email.text;
        assert!(text.contains(&format!("{}{}", app.address, routes::gallery_item(&image))));
        assert!(text.contains("My likeness or personal data used without my consent"));
        assert!(text.contains("Please ask before using someone's face."));
        assert!(text.contains(&format!("{}{}", app.address, routes::SUPPORT)));
        assert!(!text.contains("reporter@example.com"), "never who reported");
        let told = mails_about(&app, "reporter@example.com", "Your report").await;
        assert_eq!(told.len(), 1);
        assert!(told[0].email.text.contains("took action"));
        assert!(
            !told[0].email.text.contains(&row.id),
            "nothing of the share"
        );

        // Audited with the reason.
        let audit = audit_rows(&app, "share_take_down").await;
        let refused: Vec<_> = audit.iter().filter(|a| a.outcome == "invalid").collect();
        assert_eq!(refused.len(), 1, "the attempt without a reason");
        let audit: Vec<_> = audit.into_iter().filter(|a| a.outcome == "done").collect();
        assert_eq!(audit.len(), 1);
        assert_eq!(audit[0].target, format!("share:{}", row.id));
        assert_eq!(audit[0].outcome, "done");
        assert_eq!(
            audit[0].reason.as_deref(),
            Some("Likeness used without consent")
        );

        // The owner sees why in Settings → Shares, cannot revoke it nor share the image again.
        let shares = ada.get(routes::SETTINGS_SHARES).await.text().await.unwrap();
        assert!(shares.contains(testids::SHARE_TAKEN_DOWN));
        assert!(shares.contains("Taken down after a report"));
        ada.post(routes::SHARE_REVOKE, &[(share_fields::SHARE, &row.id)])
            .await;
        assert_eq!(
            app.get(&routes::share_page(&row.id)).await.status(),
            StatusCode::GONE
        );
        let res = ada
            .post(
                routes::SHARE_CREATE,
                &[
                    (share_fields::IMAGE, image.as_str()),
                    (share_fields::EXPIRY, "never"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        assert!(res.text().await.unwrap().contains("cannot be shared again"));
        assert_eq!(
            share::Entity::find().count(&app.db).await.unwrap(),
            1,
            "no new share"
        );

        // Deciding again changes nothing and says so.
        let res = ops
            .post(
                routes::ADMIN_REPORTS_DECIDE,
                &decide_form(&report_id, "dismiss", "second thoughts"),
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(location(&res).contains("notice=report-already-decided"));
        assert_eq!(
            reports_of(&app, &row.id).await[0].status,
            status::TAKEN_DOWN
        );
        let refused = audit_rows(&app, "report_dismiss").await;
        assert_eq!(refused.len(), 1);
        assert_eq!(refused[0].outcome, "refused");
        let detail = ops
            .get(&routes::admin_report(&report_id))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            !detail.contains(testids::REPORT_DECIDE_FORM),
            "decided: no form"
        );
        assert!(detail.contains("Likeness used without consent"));
    }
);

on_both_databases!(
    dismissing_keeps_the_share_and_suspending_takes_the_owner_offline,
    |db: Db| async move {
        let app = app_on(db, &[]).await;
        let (_, ada_id, _, row) = shared_image(&app).await;
        let mut ops = admin(&app).await;

        let res = report_as_stranger(&app, &row.id, &[(fields::REASON, "spam")]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let first = reports_of(&app, &row.id).await.remove(0).id.to_string();
        let res = ops
            .post(
                routes::ADMIN_REPORTS_DECIDE,
                &decide_form(&first, "dismiss", "Not spam"),
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(location(&res).contains("notice=report-dismissed"));
        assert_eq!(
            app.get(&routes::share_page(&row.id)).await.status(),
            StatusCode::OK
        );
        assert_eq!(reports_of(&app, &row.id).await[0].status, status::DISMISSED);
        let audit = audit_rows(&app, "report_dismiss").await;
        assert_eq!(audit[0].target, format!("report:{first}"));
        assert_eq!(audit[0].reason.as_deref(), Some("Not spam"));
        assert!(
            mails_about(&app, "ada@example.com", "was taken down")
                .await
                .is_empty()
        );

        // Two more reports of the share (a signed-in person's too): one decision decides both.
        let res = report_as_stranger(&app, &row.id, &[(fields::REASON, "violence")]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let mut bob = verified_user(&app, "bob@example.com").await;
        let res = bob
            .post(&routes::share_report(&row.id), &[(fields::REASON, "hate")])
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let open: Vec<_> = reports_of(&app, &row.id)
            .await
            .into_iter()
            .filter(|r| r.status == status::OPEN)
            .collect();
        assert_eq!(open.len(), 2);
        let list = ops.get(routes::ADMIN_REPORTS).await.text().await.unwrap();
        assert!(list.contains("1 more open"));
        let second = open[0].id.to_string();
        let mut form = decide_form(&second, "suspend_owner", "Repeated violent images");
        form.push((fields::CONFIRM, "1"));
        let res = ops.post(routes::ADMIN_REPORTS_DECIDE, &form).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert!(location(&res).contains("notice=report-owner-suspended"));
        let owner = user::Entity::find_by_id(ada_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert!(owner.suspended_at.is_some(), "suspended");
        assert_eq!(
            app.get(&routes::share_page(&row.id)).await.status(),
            StatusCode::GONE
        );
        let statuses: Vec<_> = reports_of(&app, &row.id)
            .await
            .into_iter()
            .map(|r| r.status)
            .collect();
        assert_eq!(
            statuses
                .iter()
                .filter(|s| *s == status::OWNER_SUSPENDED)
                .count(),
            2,
            "{statuses:?}"
        );
        let suspended = audit_rows(&app, "suspend").await;
        assert_eq!(suspended.len(), 1);
        assert_eq!(suspended[0].target, format!("account:{ada_id}"));
        assert_eq!(
            suspended[0].reason.as_deref(),
            Some("Repeated violent images")
        );
        assert_eq!(audit_rows(&app, "share_take_down").await.len(), 1);
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_and_malformed_ids_answer_like_missing_pages() {
    let app = app_on(Db::Sqlite, &[]).await;
    let (_, _, _, row) = shared_image(&app).await;
    for id in ["AAAAAAAAAAAAAAAAAAAAAA", "not-an-id"] {
        assert_eq!(
            app.get(&routes::share_report(id)).await.status(),
            StatusCode::NOT_FOUND,
            "{id}"
        );
        let res = report_as_stranger(&app, id, &[(fields::REASON, "spam")]).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{id}");
    }
    assert_eq!(
        share_report::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    let mut ops = admin(&app).await;
    for id in [Uuid::new_v4().to_string(), "not-an-id".to_owned()] {
        assert_eq!(
            ops.get(&routes::admin_report(&id)).await.status(),
            StatusCode::NOT_FOUND,
            "{id}"
        );
        let res = ops
            .post(
                routes::ADMIN_REPORTS_DECIDE,
                &decide_form(&id, "dismiss", "x"),
            )
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{id}");
    }
    // An anonymous visitor of the console is sent to sign in.
    let res = Browser::new(&app).get(routes::ADMIN_REPORTS).await;
    assert!(res.status().is_redirection());
    assert!(location(&res).starts_with(routes::LOGIN));
    assert_eq!(
        app.get(&routes::share_page(&row.id)).await.status(),
        StatusCode::OK
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_reports_from_one_client_is_refused() {
    let app = app_on(Db::Sqlite, &[]).await;
    let (_, _, _, row) = shared_image(&app).await;
    let limit = obscura_server::accounts::limits::REPORTS_PER_HOUR;
    for _ in 0..limit {
        let res = report_as_stranger(&app, &row.id, &[(fields::REASON, "spam")]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
    }
    let res = report_as_stranger(&app, &row.id, &[(fields::REASON, "spam")]).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    assert_eq!(
        reports_of(&app, &row.id).await.len(),
        1,
        "one open report per client and share"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_are_in_the_exports_and_kept_as_the_policy_says() {
    let app = app_on(Db::Sqlite, &[]).await;
    let (_, ada_id, _, row) = shared_image(&app).await;
    let mut bob = verified_user(&app, "bob@example.com").await;
    let res = bob
        .post(
            &routes::share_report(&row.id),
            &[
                (fields::REASON, "copyright"),
                (fields::DETAILS, "My drawing."),
                (fields::EMAIL, "bob@example.com"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let bob_row = account(&app, user_id(&app, "bob@example.com").await).await;
    let mine = obscura_server::reports::export_for_user(&app.state, &bob_row)
        .await
        .unwrap();
    assert_eq!(mine["sent"][0]["details"], "My drawing.");
    assert_eq!(mine["sent"][0]["reason"], "copyright");
    let ada_row = account(&app, ada_id).await;
    let about = obscura_server::reports::export_for_user(&app.state, &ada_row)
        .await
        .unwrap();
    let theirs = about["about_your_shares"][0].to_string();
    assert!(theirs.contains("copyright"));
    assert!(
        !theirs.contains("bob") && !theirs.contains("My drawing"),
        "never who reported, nor what they wrote: {theirs}"
    );
    assert_eq!(about["sent"].as_array().unwrap().len(), 0);

    // Decided: the reporter's address goes 30 days later, a dismissed report after 6 months.
    let report = reports_of(&app, &row.id).await.remove(0).id.to_string();
    let mut ops = admin(&app).await;
    let res = ops
        .post(
            routes::ADMIN_REPORTS_DECIDE,
            &decide_form(&report, "dismiss", "Not a copy"),
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        mails_about(&app, "bob@example.com", "Your report")
            .await
            .len(),
        1
    );
    app.clock.advance(Duration::days(29));
    obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert!(reports_of(&app, &row.id).await[0].reporter_email.is_some());
    app.clock.advance(Duration::days(2));
    let counts = obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(counts.report_emails, 1);
    assert_eq!(reports_of(&app, &row.id).await[0].reporter_email, None);
    app.clock.advance(Duration::days(
        obscura_server::reports::DISMISSED_RETENTION_DAYS,
    ));
    let counts = obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(counts.reports, 1);
    assert!(reports_of(&app, &row.id).await.is_empty());
    // The privacy policy says so.
    let policy = app.get(routes::PRIVACY).await.text().await.unwrap();
    assert!(policy.contains("Reports of shared images"));
}
