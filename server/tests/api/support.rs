//! Support: the contact form (field errors, attachments, acknowledgement), admins reading,
//! answering and closing messages, privacy requests with their due dates (P-RGT-6), deleting an
//! underage account, and who may see the admin pages.

use chrono::Duration;
use object_store::{ObjectStore as _, path::Path as ObjectPath};
use obscura_server::db::entities::{
    admin_audit, privacy_request, support_message, support_reply, user,
};
use obscura_shared::{routes, testids};
use reqwest::{StatusCode, multipart::Form};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::helpers::browser::user_id;
use crate::helpers::browser::{Browser, admin, location, verified_user};
use crate::helpers::generation::form;
use crate::helpers::mail::mail_link;
use crate::helpers::{html, spawn_app, text_of};

const MESSAGE: &str = "The gallery does not load on my phone since this morning.";

fn contact(pairs: &[(&str, &str)]) -> Form {
    form(pairs)
}

async fn send(b: &mut Browser<'_>, f: Form) -> reqwest::Response {
    b.post_multipart(routes::SUPPORT, f).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_form_names_each_mistake_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let mut b = Browser::new(&app);
    let res = send(
        &mut b,
        contact(&[
            ("email", "not-an-address"),
            ("topic", "nonsense"),
            ("message", "short"),
        ]),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    let doc = html(&body);
    assert!(!text_of(&doc, "#s-email-error").is_empty());
    assert!(text_of(&doc, "#s-topic-error").contains("Choose what your message is about"));
    assert!(text_of(&doc, "#s-message-error").contains("at least 10 characters"));
    assert!(
        body.contains("value=\"not-an-address\""),
        "typed values are kept"
    );
    assert!(body.contains(">short</textarea>"));
    // An attachment that is not an image, and one over 5 MB.
    let f = contact(&[
        ("email", "ada@example.com"),
        ("topic", "bug"),
        ("message", MESSAGE),
    ])
    .part(
        "attachment",
        reqwest::multipart::Part::bytes(b"just text".to_vec()).file_name("shot.png"),
    );
    let res = send(&mut b, f).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(text_of(&html(&body), "#s-attachment-error").contains("PNG, JPEG or WebP"));
    assert!(body.contains(MESSAGE), "the message is kept");
    let f = contact(&[
        ("email", "ada@example.com"),
        ("topic", "bug"),
        ("message", MESSAGE),
    ])
    .part(
        "attachment",
        reqwest::multipart::Part::bytes(vec![0u8; 6 * 1024 * 1024]).file_name("big.png"),
    );
    let res = send(&mut b, f).await;
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body = res.text().await.unwrap();
    assert!(text_of(&html(&body), "#s-attachment-error").contains("larger than 5 MB"));
    assert!(
        body.contains(MESSAGE),
        "fields sent before the file are kept"
    );
    assert_eq!(
        support_message::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_is_stored_acknowledged_answered_and_closed() {
    let app = spawn_app().await;
    let mut visitor = Browser::new(&app);
    let png = crate::fakes::tiny_png(40, 30);
    let f = contact(&[
        ("email", "Ada@Example.com"),
        ("topic", "bug"),
        ("message", MESSAGE),
    ])
    .part(
        "attachment",
        reqwest::multipart::Part::bytes(png).file_name("shot.png"),
    );
    let res = send(&mut visitor, f).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/support?notice=message-sent#contact");
    let stored = support_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.email, "ada@example.com");
    assert_eq!(stored.user_id, None);
    // The image is kept cleaned, as a PNG.
    let key = stored.attachment_key.clone().unwrap();
    let bytes = app
        .state
        .storage
        .store
        .get(&ObjectPath::from(key.as_str()))
        .await
        .unwrap();
    let bytes = bytes.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\x89PNG"));
    mail_link(&app, "ada@example.com", "We received your message").await;

    // Admins read it, with its image, and answer by email.
    let mut ops = admin(&app).await;
    let list = ops.get(routes::ADMIN_SUPPORT).await.text().await.unwrap();
    assert_eq!(list.matches(testids::SUPPORT_ROW).count(), 1);
    let page_path = format!("{}/{}", routes::ADMIN_SUPPORT, stored.id);
    let page = ops.get(&page_path).await.text().await.unwrap();
    assert!(page.contains(MESSAGE));
    let image = ops.get(&format!("{page_path}/attachment")).await;
    assert_eq!(image.status(), StatusCode::OK);
    // Unknown and malformed ids get the real 404 page, not an error panel.
    for path in [
        format!("{}/{}", routes::ADMIN_SUPPORT, uuid::Uuid::now_v7()),
        format!("{}/not-an-id", routes::ADMIN_SUPPORT),
    ] {
        let res = ops.get(&path).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(!res.text().await.unwrap().contains(MESSAGE));
    }
    let empty = ops
        .post(
            routes::ADMIN_SUPPORT_REPLY,
            &[("id", &stored.id.to_string()), ("reply", " ")],
        )
        .await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let reply = "Thanks! Fixed: please reload the page.";
    let res = ops
        .post(
            routes::ADMIN_SUPPORT_REPLY,
            &[("id", &stored.id.to_string()), ("reply", reply)],
        )
        .await;
    assert_eq!(location(&res), format!("{page_path}?notice=reply-sent"));
    mail_link(&app, "ada@example.com", "An answer to your message").await;
    let outbox = crate::helpers::mail::outbox(&app).await;
    assert!(outbox.iter().any(|m| m.email.text.contains(reply)));
    assert_eq!(
        support_reply::Entity::find().count(&app.db).await.unwrap(),
        1
    );
    // Closing takes it off the open list.
    ops.post(
        routes::ADMIN_SUPPORT_CLOSE,
        &[("id", &stored.id.to_string()), ("closed", "1")],
    )
    .await;
    let list = ops.get(routes::ADMIN_SUPPORT).await.text().await.unwrap();
    assert_eq!(list.matches(testids::SUPPORT_ROW).count(), 0);

    // Closed messages go after 12 months, with their image.
    app.clock.advance(Duration::days(366));
    obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(
        support_message::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    assert!(
        app.state
            .storage
            .store
            .head(&ObjectPath::from(key.as_str()))
            .await
            .is_err()
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_in_messages_use_the_account_and_are_exported() {
    let app = spawn_app().await;
    let mut ada = verified_user(&app, "ada@example.com").await;
    let page = ada.get(routes::SUPPORT).await.text().await.unwrap();
    assert!(
        page.contains("value=\"ada@example.com\""),
        "the address is filled in"
    );
    let res = send(
        &mut ada,
        contact(&[("email", ""), ("topic", "help"), ("message", MESSAGE)]),
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let stored = support_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.user_id, Some(user_id(&app, "ada@example.com").await));
    let u = user::Entity::find_by_id(stored.user_id.unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let (docs, _) = obscura_server::support::export_for_user(&app.state, &u)
        .await
        .unwrap();
    assert!(docs.to_string().contains(MESSAGE), "part of the export");
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn privacy_requests_are_tracked_with_a_thirty_day_due_date() {
    // promise: P-RGT-6
    let app = spawn_app().await;
    let mut visitor = Browser::new(&app);
    send(
        &mut visitor,
        contact(&[
            ("email", "cleo@example.com"),
            ("topic", "privacy"),
            ("message", "Please send me a copy of my data."),
        ]),
    )
    .await;
    let from_form = privacy_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(from_form.requester, "cleo@example.com");
    assert_eq!(from_form.due_at - from_form.received_at, Duration::days(30));
    assert!(from_form.message_id.is_some());

    // A request by letter, received 40 days ago: overdue, and highlighted as such.
    let mut ops = admin(&app).await;
    let forty_days_ago = (app.clock_now() - Duration::days(40))
        .format("%Y-%m-%d")
        .to_string();
    let bad = ops
        .post(
            routes::ADMIN_REQUESTS_NEW,
            &[
                ("kind", "erasure"),
                ("requester", "dan@example.com"),
                ("channel", "Letter"),
                ("received", "yesterday"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        bad.text()
            .await
            .unwrap()
            .contains("Enter the day it was received")
    );
    let res = ops
        .post(
            routes::ADMIN_REQUESTS_NEW,
            &[
                ("kind", "erasure"),
                ("requester", "dan@example.com"),
                ("channel", "Letter"),
                ("received", &forty_days_ago),
                ("notes", "Signed letter"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/admin/requests?notice=request-logged");
    let page = ops.get(routes::ADMIN_REQUESTS).await.text().await.unwrap();
    let doc = html(&page);
    let rows: Vec<(String, String)> = doc
        .select(&scraper::Selector::parse("[data-testid=request-row]").unwrap())
        .map(|r| {
            (
                r.value().attr("data-overdue").unwrap().to_owned(),
                r.text().collect::<String>(),
            )
        })
        .collect();
    assert_eq!(rows.len(), 2);
    let dan = rows
        .iter()
        .find(|r| r.1.contains("dan@example.com"))
        .unwrap();
    assert_eq!(dan.0, "true");
    assert!(
        dan.1.contains("Overdue since"),
        "said in words, not only colour"
    );
    let cleo = rows
        .iter()
        .find(|r| r.1.contains("cleo@example.com"))
        .unwrap();
    assert_eq!(cleo.0, "false");
    // Answered: no longer overdue.
    let dan_id = privacy_request::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.requester == "dan@example.com")
        .unwrap()
        .id;
    ops.post(routes::ADMIN_REQUESTS_DONE, &[("id", &dan_id.to_string())])
        .await;
    let page = ops.get(routes::ADMIN_REQUESTS).await.text().await.unwrap();
    assert!(!page.contains("data-overdue=\"true\""));
    assert!(page.contains("Answered"));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_can_delete_a_reported_underage_account() {
    // promise: P-ACC-6 — an underage account reported to support is deleted by an admin.
    let app = spawn_app().await;
    let mut bob = verified_user(&app, "bob@example.com").await;
    let mut reporter = Browser::new(&app);
    send(
        &mut reporter,
        contact(&[
            ("email", "parent@example.com"),
            ("topic", "underage"),
            ("message", "My son (13) has an account: bob@example.com"),
        ]),
    )
    .await;
    // The report is about another address than the sender's: the admin names the account the
    // report is about by typing its address, and confirms.
    let report = support_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut ops = admin(&app).await;
    let page_path = format!("{}/{}", routes::ADMIN_SUPPORT, report.id);
    assert!(
        ops.get(&page_path)
            .await
            .text()
            .await
            .unwrap()
            .contains("Disable and delete the account")
    );
    let id = report.id.to_string();
    for unconfirmed in [
        vec![("id", id.as_str())],
        vec![("id", id.as_str()), ("confirm", "1")],
        vec![("id", id.as_str()), ("account", "bob@example.com")],
    ] {
        let res = ops.post(routes::ADMIN_SUPPORT_ERASE, &unconfirmed).await;
        assert_eq!(location(&res), format!("{page_path}?notice=confirm-erase"));
    }
    assert!(
        obscura_server::accounts::find_by_email(&app.state, "bob@example.com")
            .await
            .unwrap()
            .is_some()
    );
    let res = ops
        .post(
            routes::ADMIN_SUPPORT_ERASE,
            &[
                ("id", id.as_str()),
                ("account", "Bob@Example.com"),
                ("confirm", "1"),
            ],
        )
        .await;
    assert_eq!(location(&res), format!("{page_path}?notice=account-erased"));
    assert!(
        obscura_server::accounts::find_by_email(&app.state, "bob@example.com")
            .await
            .unwrap()
            .is_none()
    );
    // Signed out at once.
    assert_eq!(
        bob.get(routes::GALLERY).await.status(),
        StatusCode::SEE_OTHER
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_in_reporter_keeps_their_account_and_the_reported_one_goes() {
    let app = spawn_app().await;
    let mut dave = verified_user(&app, "dave@example.com").await;
    let dave_id = user_id(&app, "dave@example.com").await;
    // Carol is signed in: her message is tied to her account.
    let mut carol = verified_user(&app, "carol@example.com").await;
    let carol_id = user_id(&app, "carol@example.com").await;
    send(
        &mut carol,
        contact(&[
            ("email", ""),
            ("topic", "underage"),
            ("message", "dave@example.com is 12 years old, please check."),
        ]),
    )
    .await;
    let report = support_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(report.user_id, Some(carol_id));
    let id = report.id.to_string();
    let page_path = format!("{}/{id}", routes::ADMIN_SUPPORT);
    let mut ops = admin(&app).await;
    let admin_id = user_id(&app, "admin@example.com").await;
    // An address nobody uses deletes nothing; an admin's is refused.
    app.clock.advance(Duration::seconds(1));
    let res = ops
        .post(
            routes::ADMIN_SUPPORT_ERASE,
            &[
                ("id", id.as_str()),
                ("account", "nobody@example.com"),
                ("confirm", "1"),
            ],
        )
        .await;
    assert_eq!(location(&res), format!("{page_path}?notice=no-account"));
    app.clock.advance(Duration::seconds(1));
    let res = ops
        .post(
            routes::ADMIN_SUPPORT_ERASE,
            &[
                ("id", id.as_str()),
                ("account", "admin@example.com"),
                ("confirm", "1"),
            ],
        )
        .await;
    assert_eq!(location(&res), format!("{page_path}?notice=admin-account"));
    // The account reported goes; the reporter's stays, signed in.
    app.clock.advance(Duration::seconds(1));
    let res = ops
        .post(
            routes::ADMIN_SUPPORT_ERASE,
            &[
                ("id", id.as_str()),
                ("account", "dave@example.com"),
                ("confirm", "1"),
            ],
        )
        .await;
    assert_eq!(location(&res), format!("{page_path}?notice=account-erased"));
    assert!(
        obscura_server::accounts::find_by_email(&app.state, "dave@example.com")
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        dave.get(routes::GALLERY).await.status(),
        StatusCode::SEE_OTHER
    );
    assert!(
        obscura_server::accounts::find_by_email(&app.state, "carol@example.com")
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(carol.get(routes::GALLERY).await.status(), StatusCode::OK);
    // Only a report of an underage account can lead to a deletion.
    send(
        &mut carol,
        contact(&[("email", ""), ("topic", "bug"), ("message", MESSAGE)]),
    )
    .await;
    let bug = support_message::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.topic == "bug")
        .unwrap();
    app.clock.advance(Duration::seconds(1));
    let res = ops
        .post(
            routes::ADMIN_SUPPORT_ERASE,
            &[
                ("id", &bug.id.to_string()),
                ("account", "carol@example.com"),
                ("confirm", "1"),
            ],
        )
        .await;
    assert!(location(&res).ends_with("?notice=not-underage"));
    assert!(
        obscura_server::accounts::find_by_email(&app.state, "carol@example.com")
            .await
            .unwrap()
            .is_some()
    );
    // Every attempt is in the audit log, with the admin, the target and the outcome.
    let entries = admin_audit::Entity::find()
        .filter(admin_audit::Column::Action.eq("erase_underage_account"))
        .order_by_asc(admin_audit::Column::At)
        .all(&app.db)
        .await
        .unwrap();
    let summary: Vec<(String, String, String)> = entries
        .iter()
        .map(|e| (e.actor.clone(), e.target.clone(), e.outcome.clone()))
        .collect();
    let admin_id = admin_id.to_string();
    assert_eq!(
        summary,
        vec![
            (
                admin_id.clone(),
                format!("message:{id}"),
                "not_found".to_owned()
            ),
            (
                admin_id.clone(),
                format!("message:{id}"),
                "refused".to_owned()
            ),
            (
                admin_id.clone(),
                format!("account:{dave_id}"),
                "done".to_owned()
            ),
            (
                admin_id.clone(),
                format!("message:{}", bug.id),
                "refused".to_owned()
            ),
        ]
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_actions_are_audited_listed_newest_first_and_kept_three_years() {
    let app = spawn_app().await;
    let mut visitor = Browser::new(&app);
    send(
        &mut visitor,
        contact(&[
            ("email", "ada@example.com"),
            ("topic", "privacy"),
            ("message", "Please send me a copy of my data."),
        ]),
    )
    .await;
    let message = support_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let request = privacy_request::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    // Making the admin on the command line is the first entry.
    let mut ops = admin(&app).await;
    let admin_id = user_id(&app, "admin@example.com").await.to_string();
    app.clock.advance(Duration::seconds(1));
    ops.post(
        routes::ADMIN_SUPPORT_REPLY,
        &[("id", message.as_str()), ("reply", "Here it comes.")],
    )
    .await;
    app.clock.advance(Duration::seconds(1));
    ops.post(
        routes::ADMIN_SUPPORT_REPLY,
        &[("id", message.as_str()), ("reply", "")],
    )
    .await;
    app.clock.advance(Duration::seconds(1));
    ops.post(
        routes::ADMIN_SUPPORT_CLOSE,
        &[("id", message.as_str()), ("closed", "1")],
    )
    .await;
    app.clock.advance(Duration::seconds(1));
    ops.post(routes::ADMIN_REQUESTS_DONE, &[("id", request.as_str())])
        .await;
    let rows = admin_audit::Entity::find()
        .order_by_asc(admin_audit::Column::At)
        .all(&app.db)
        .await
        .unwrap();
    let seen: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r.actor.as_str(),
                r.action.as_str(),
                r.target.as_str(),
                r.outcome.as_str(),
            )
        })
        .collect();
    let admin_target = format!("account:{admin_id}");
    let message_target = format!("message:{message}");
    let request_target = format!("request:{request}");
    assert_eq!(
        seen,
        vec![
            ("cli", "grant_admin", admin_target.as_str(), "done"),
            (
                admin_id.as_str(),
                "support_reply",
                message_target.as_str(),
                "done"
            ),
            (
                admin_id.as_str(),
                "support_reply",
                message_target.as_str(),
                "invalid"
            ),
            (
                admin_id.as_str(),
                "support_close",
                message_target.as_str(),
                "done"
            ),
            (
                admin_id.as_str(),
                "request_done",
                request_target.as_str(),
                "done"
            ),
        ]
    );
    // The page lists them newest first; it is for admins only.
    let body = ops.get(routes::ADMIN_AUDIT).await.text().await.unwrap();
    let doc = html(&body);
    let rows: Vec<String> = doc
        .select(&scraper::Selector::parse("[data-testid=audit-row]").unwrap())
        .map(|r| r.text().collect::<String>())
        .collect();
    assert_eq!(rows.len(), 5);
    assert!(
        rows[0].contains("Marked a privacy request answered"),
        "{}",
        rows[0]
    );
    assert!(
        rows[4].contains("Made an account admin")
            && rows[4].contains("by the command line")
            && rows[4].contains("on account "),
        "{}",
        rows[4]
    );
    assert!(!body.contains("ada@example.com"), "no addresses in the log");
    // The actions are named from their stored codes, in the admin's language.
    user::Entity::update_many()
        .col_expr(
            user::Column::Language,
            sea_orm::sea_query::Expr::value("de"),
        )
        .filter(user::Column::Email.eq("admin@example.com"))
        .exec(&app.db)
        .await
        .unwrap();
    let body = ops.get(routes::ADMIN_AUDIT).await.text().await.unwrap();
    let rows: Vec<String> = html(&body)
        .select(&scraper::Selector::parse("[data-testid=audit-row]").unwrap())
        .map(|r| r.text().collect::<String>())
        .collect();
    assert!(
        rows[0].contains("Datenschutzanfrage als beantwortet markiert"),
        "{}",
        rows[0]
    );
    assert!(
        rows[4].contains("Konto zum Admin gemacht") && rows[4].contains("von der Kommandozeile"),
        "{}",
        rows[4]
    );
    assert!(!body.contains("Made an account admin"));
    let mut ada = verified_user(&app, "user@example.com").await;
    assert_eq!(
        ada.get(routes::ADMIN_AUDIT).await.status(),
        StatusCode::NOT_FOUND
    );
    // Kept 3 years, then deleted by the retention job, which counts them.
    app.clock.advance(Duration::days(3 * 365 - 10));
    let counts = obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(counts.admin_audit, 0);
    app.clock.advance(Duration::days(11));
    let counts = obscura_server::privacy::retention::run_all(&app.state)
        .await
        .unwrap();
    assert_eq!(counts.admin_audit, 5);
    assert_eq!(admin_audit::Entity::find().count(&app.db).await.unwrap(), 0);
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admin_pages_are_for_admins_only() {
    let app = spawn_app().await;
    let mut visitor = Browser::new(&app);
    send(
        &mut visitor,
        contact(&[
            ("email", "ada@example.com"),
            ("topic", "bug"),
            ("message", MESSAGE),
        ]),
    )
    .await;
    let id = support_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let pages = [
        routes::ADMIN_SUPPORT.to_owned(),
        format!("{}/{id}", routes::ADMIN_SUPPORT),
        format!("{}/{id}/attachment", routes::ADMIN_SUPPORT),
        routes::ADMIN_REQUESTS.to_owned(),
        routes::ADMIN_ANALYTICS.to_owned(),
    ];
    for page in &pages {
        let res = app.get(page).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{page}");
        assert!(location(&res).starts_with(routes::LOGIN));
    }
    let mut ada = verified_user(&app, "user@example.com").await;
    for page in &pages {
        let res = ada.get(page).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{page}");
        assert!(!res.text().await.unwrap().contains(MESSAGE));
    }
    for (path, pairs) in [
        (
            routes::ADMIN_SUPPORT_REPLY,
            vec![("id", id.as_str()), ("reply", "hello there")],
        ),
        (
            routes::ADMIN_SUPPORT_CLOSE,
            vec![("id", id.as_str()), ("closed", "1")],
        ),
        (
            routes::ADMIN_REQUESTS_NEW,
            vec![
                ("kind", "access"),
                ("requester", "x@example.com"),
                ("channel", "Email"),
                ("received", "2026-03-01"),
            ],
        ),
    ] {
        assert_eq!(
            ada.post(path, &pairs).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    assert_eq!(
        support_reply::Entity::find().count(&app.db).await.unwrap(),
        0
    );
    assert_eq!(
        privacy_request::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        0
    );
    let closed = support_message::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(closed.closed_at.is_none());
    // Admins see them.
    let mut ops = admin(&app).await;
    for page in &pages[..2] {
        assert_eq!(ops.get(page).await.status(), StatusCode::OK, "{page}");
    }
    assert_eq!(
        ops.get(routes::ADMIN_REQUESTS).await.status(),
        StatusCode::OK
    );
    let analytics = ops.get(routes::ADMIN_ANALYTICS).await.text().await.unwrap();
    assert!(analytics.contains("No page views counted in this period"));
    app.stop().await.unwrap();
}
