//! People in the admin console: the list (search, filters, cursor pages), a person's page (no
//! prompts), and the actions — credits, suspension, role, sessions, deletion — each confirmed
//! with a reason and audited; suspension refusing every way in (session cookie, password,
//! emailed link, a second step in flight, API keys) and taking shares offline until it is lifted.

use obscura_server::{
    accounts::Client,
    admin_people::{self, Confirmed, PeopleError},
    db::entities::{admin_audit, credit_entry, security_event, share, user},
    generation::{ReferenceInput, request::Submitted},
};
use obscura_shared::{routes, testids};
use reqwest::{StatusCode, header};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use totp_rs::{Algorithm, Secret, TOTP};
use uuid::Uuid;

use crate::helpers::browser::{
    Browser, PASSWORD, admin, confirmed, location, new_account, path_of, sign_in, token_of,
    user_id, verified_user,
};
use crate::helpers::jobs::finished;
use crate::helpers::mail::mail_link;
use crate::helpers::{Db, TestApp, html, spawn_app_with, text_of};
use crate::on_both_databases;

const TINY: (&str, &str) = (
    "MODELS",
    r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["128x128"]}]"#,
);
const REASON: &str = "Spam reported by three people (ticket 42)";

fn person_page(id: Uuid) -> String {
    routes::admin_user(&id.to_string())
}

/// Posts an action form with a reason and the confirmation.
async fn act(
    b: &mut Browser<'_>,
    path: &str,
    account: Uuid,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let account = account.to_string();
    let mut form = vec![
        ("account", account.as_str()),
        ("reason", REASON),
        ("confirm", "1"),
    ];
    form.extend_from_slice(extra);
    b.post(path, &form).await
}

async fn audits(app: &TestApp, action: &str) -> Vec<admin_audit::Model> {
    admin_audit::Entity::find()
        .filter(admin_audit::Column::Action.eq(action))
        .order_by_asc(admin_audit::Column::At)
        .all(&app.db)
        .await
        .unwrap()
}

async fn row(app: &TestApp, id: Uuid) -> Option<user::Model> {
    user::Entity::find_by_id(id).one(&app.db).await.unwrap()
}

fn ids_on(body: &str) -> Vec<String> {
    let doc = html(body);
    let sel =
        scraper::Selector::parse(&format!("[data-testid={}]", testids::ADMIN_PEOPLE_ROW)).unwrap();
    doc.select(&sel)
        .filter_map(|e| e.value().attr("data-id").map(str::to_owned))
        .collect()
}

fn older_link(body: &str) -> Option<String> {
    let doc = html(body);
    let sel = scraper::Selector::parse(&format!("[data-testid={}]", testids::ADMIN_PEOPLE_OLDER))
        .unwrap();
    doc.select(&sel)
        .next()
        .and_then(|e| e.value().attr("href").map(|h| h.replace("&amp;", "&")))
}

on_both_databases!(
    people_are_searched_filtered_and_paged,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut a = admin(&app).await;
        // 55 accounts made in the same instant: the id breaks the tie of the cursor.
        let mut made = Vec::new();
        for i in 0..55 {
            made.push(new_account(&app, &format!("person{i:02}@example.com")).await);
        }
        let ada = new_account(&app, "Ada.Lovelace@Example.com").await;
        let body = a.get(routes::ADMIN_USERS).await.text().await.unwrap();
        let first = ids_on(&body);
        assert_eq!(first.len(), 50, "50 a page");
        assert_eq!(first[0], ada.to_string(), "newest first");
        let older = older_link(&body).expect("an Older link");
        let body = a.get(&older).await.text().await.unwrap();
        let second = ids_on(&body);
        // 55 + Ada + the admin = 57.
        assert_eq!(second.len(), 7, "{second:?}");
        assert!(second.iter().all(|id| !first.contains(id)), "no repeats");
        assert!(older_link(&body).is_none());
        assert!(body.contains(">Newest<"));
        // A bad cursor is the first page.
        let body = a
            .get(&format!("{}?after=nonsense", routes::ADMIN_USERS))
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(ids_on(&body), first);

        // Part of an address, any case; part of a name; an exact id.
        let search = |q: &str| format!("{}?q={q}", routes::ADMIN_USERS);
        let body = a.get(&search("LOVELACE")).await.text().await.unwrap();
        assert_eq!(ids_on(&body), vec![ada.to_string()]);
        let body = a.get(&search("ops")).await.text().await.unwrap();
        assert_eq!(ids_on(&body).len(), 1, "the admin's name is Ops");
        let body = a
            .get(&search(&made[3].to_string()))
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(ids_on(&body), vec![made[3].to_string()]);
        // LIKE's own characters are searched as they are.
        let body = a.get(&search("%25")).await.text().await.unwrap();
        assert!(ids_on(&body).is_empty());
        assert!(body.contains("No one matches"));
        // Filters.
        let body = a
            .get(&format!("{}?admin=1", routes::ADMIN_USERS))
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(
            ids_on(&body),
            vec![user_id(&app, "admin@example.com").await.to_string()]
        );
        let body = a
            .get(&format!("{}?suspended=1", routes::ADMIN_USERS))
            .await
            .text()
            .await
            .unwrap();
        assert!(ids_on(&body).is_empty());
        let res = act(&mut a, routes::ADMIN_USERS_SUSPEND, made[0], &[("on", "1")]).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=people-suspended", person_page(made[0]))
        );
        let body = a
            .get(&format!("{}?suspended=1", routes::ADMIN_USERS))
            .await
            .text()
            .await
            .unwrap();
        assert_eq!(ids_on(&body), vec![made[0].to_string()]);
        assert!(body.contains(testids::ADMIN_PEOPLE_SUSPENDED));
        let body = a
            .get(&format!("{}?paid=1", routes::ADMIN_USERS))
            .await
            .text()
            .await
            .unwrap();
        assert!(ids_on(&body).is_empty(), "nobody has paid");

        // Nobody else sees any of it.
        let mut other = verified_user(&app, "other@example.com").await;
        for path in [routes::ADMIN_USERS.to_owned(), person_page(ada)] {
            assert_eq!(other.get(&path).await.status(), StatusCode::NOT_FOUND);
            let res = Browser::new(&app).get(&path).await;
            assert!(location(&res).starts_with(routes::LOGIN), "{path}");
        }
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_persons_page_shows_their_standing_but_never_a_prompt() {
    let app = spawn_app_with(Db::Sqlite, &[TINY, ("SIGNUP_CREDITS", "100")]).await;
    verified_user(&app, "owner@example.com").await;
    let owner = user_id(&app, "owner@example.com").await;
    let input = Submitted {
        prompt: "canary-prompt-5150 in the fog".to_owned(),
        count: "1".to_owned(),
        ..Default::default()
    };
    let g = obscura_server::generation::create(
        &app.state,
        owner,
        &input,
        ReferenceInput::None,
        &Client::unknown(),
    )
    .await
    .unwrap();
    assert_eq!(finished(&app, g).await.status, "succeeded");
    let mut a = admin(&app).await;
    let res = a.get(&person_page(owner)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    assert!(
        !body.contains("canary-prompt-5150"),
        "no prompt on the page"
    );
    assert!(body.contains("owner@example.com"));
    let doc = html(&body);
    assert_eq!(
        text_of(
            &doc,
            "[data-testid=admin-person-generations][data-status=succeeded] [data-field=all]"
        ),
        "1"
    );
    // Its ledger, its session, the forms.
    assert!(body.contains(testids::ADMIN_PERSON_LEDGER));
    assert!(body.contains(testids::ADMIN_PERSON_SESSION));
    assert!(body.contains(testids::ADMIN_PERSON_SUSPEND_FORM));
    assert!(body.contains(testids::ADMIN_PERSON_DELETE_FORM));
    // The admin's own page offers no suspension, role change or deletion.
    let me = user_id(&app, "admin@example.com").await;
    let body = a.get(&person_page(me)).await.text().await.unwrap();
    assert!(!body.contains(testids::ADMIN_PERSON_SUSPEND_FORM));
    assert!(!body.contains(testids::ADMIN_PERSON_DELETE_FORM));
    // Unknown and malformed ids are the same 404.
    for path in [
        person_page(Uuid::now_v7()),
        format!("{}/not-an-id", routes::ADMIN_USERS),
    ] {
        assert_eq!(a.get(&path).await.status(), StatusCode::NOT_FOUND, "{path}");
    }
    // The audit page links an account target to the person's page.
    act(
        &mut a,
        routes::ADMIN_USERS_SESSIONS_END,
        owner,
        &[("session", "all")],
    )
    .await;
    let audit = a.get(routes::ADMIN_AUDIT).await.text().await.unwrap();
    assert!(audit.contains(&format!("href=\"{}\"", person_page(owner))));
    app.stop().await.unwrap();
}

on_both_databases!(
    credits_are_adjusted_once_with_a_reason_and_never_below_zero,
    |db: Db| async move {
        let app = spawn_app_with(db, &[("SIGNUP_CREDITS", "20")]).await;
        verified_user(&app, "ada@example.com").await;
        let ada = user_id(&app, "ada@example.com").await;
        let mut a = admin(&app).await;
        let balance = || obscura_server::credits::balance(&app.db, ada);
        assert_eq!(balance().await.unwrap(), 20);
        // No reason, no confirmation: the form again, nothing changed.
        let res = a
            .post(
                routes::ADMIN_USERS_CREDITS,
                &[
                    ("account", &ada.to_string()),
                    ("direction", "add"),
                    ("amount", "10"),
                    ("reason", "  "),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let doc = html(&res.text().await.unwrap());
        assert!(text_of(&doc, "#c-reason-error").contains("Give a reason"));
        assert!(text_of(&doc, "#c-confirm-error").contains("Tick the box"));
        assert_eq!(balance().await.unwrap(), 20);
        // Out of range.
        for amount in ["0", "-5", "1000001", "ten"] {
            let res = act(
                &mut a,
                routes::ADMIN_USERS_CREDITS,
                ada,
                &[("direction", "add"), ("amount", amount)],
            )
            .await;
            assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{amount}");
        }
        // Added, once per form.
        let key = Uuid::now_v7().to_string();
        let res = act(
            &mut a,
            routes::ADMIN_USERS_CREDITS,
            ada,
            &[("direction", "add"), ("amount", "15"), ("key", &key)],
        )
        .await;
        assert_eq!(
            location(&res),
            format!("{}?notice=people-credits-adjusted", person_page(ada))
        );
        assert_eq!(balance().await.unwrap(), 35);
        let again = act(
            &mut a,
            routes::ADMIN_USERS_CREDITS,
            ada,
            &[("direction", "add"), ("amount", "15"), ("key", &key)],
        )
        .await;
        assert_eq!(
            location(&again),
            format!("{}?notice=people-credits-already", person_page(ada))
        );
        assert_eq!(balance().await.unwrap(), 35);
        // Removing more than the balance changes nothing.
        let res = act(
            &mut a,
            routes::ADMIN_USERS_CREDITS,
            ada,
            &[("direction", "remove"), ("amount", "36")],
        )
        .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let doc = html(&res.text().await.unwrap());
        assert!(text_of(&doc, "#c-amount-error").contains("35 credits"));
        assert_eq!(balance().await.unwrap(), 35);
        let res = act(
            &mut a,
            routes::ADMIN_USERS_CREDITS,
            ada,
            &[("direction", "remove"), ("amount", "35")],
        )
        .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(balance().await.unwrap(), 0);
        assert_eq!(
            obscura_server::credits::ledger_sum(&app.db, ada)
                .await
                .unwrap(),
            0
        );
        // The ledger says "adjustment by support"; the reason is in the audit log only.
        let rows = credit_entry::Entity::find()
            .filter(credit_entry::Column::UserId.eq(ada))
            .filter(credit_entry::Column::Kind.eq("adjust"))
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(rows.len(), 2, "{rows:#?}");
        assert!(
            rows.iter()
                .all(|r| r.reference.as_deref() == Some("adjustment by support"))
        );
        let log = audits(&app, "credit_adjust").await;
        let done: Vec<_> = log.iter().filter(|e| e.outcome == "done").collect();
        assert_eq!(done.len(), 2);
        assert!(done.iter().all(|e| e.reason.as_deref() == Some(REASON)));
        assert!(done.iter().all(|e| e.target == format!("account:{ada}")));
        assert!(log.iter().any(|e| e.outcome == "invalid"));
        // A non-admin's post changes nothing.
        let mut ada_b = sign_in(&app, "ada@example.com", PASSWORD).await.0;
        let res = act(
            &mut ada_b,
            routes::ADMIN_USERS_CREDITS,
            ada,
            &[("direction", "add"), ("amount", "500")],
        )
        .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND);
        let res = act(
            &mut Browser::new(&app),
            routes::ADMIN_USERS_CREDITS,
            ada,
            &[("direction", "add"), ("amount", "500")],
        )
        .await;
        assert!(location(&res).starts_with(routes::LOGIN));
        assert_eq!(balance().await.unwrap(), 0);
        app.stop().await.unwrap();
    }
);

fn code_now(app: &TestApp, secret: &str) -> String {
    let bytes = Secret::Encoded(secret.to_owned()).to_bytes().unwrap();
    let totp = TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, None, "x".into()).unwrap();
    totp.generate(u64::try_from(app.clock_now().timestamp()).unwrap())
}

on_both_databases!(
    a_suspension_bites_everywhere_until_it_is_lifted,
    |db: Db| async move {
        let app = spawn_app_with(db, &[TINY, ("SIGNUP_CREDITS", "100")]).await;
        let mut ada = verified_user(&app, "ada@example.com").await;
        let id = user_id(&app, "ada@example.com").await;
        // A share and an API key.
        let input = Submitted {
            prompt: "a quiet harbour".to_owned(),
            count: "1".to_owned(),
            ..Default::default()
        };
        let g = obscura_server::generation::create(
            &app.state,
            id,
            &input,
            ReferenceInput::None,
            &Client::unknown(),
        )
        .await
        .unwrap();
        assert_eq!(finished(&app, g).await.status, "succeeded");
        let image = obscura_server::db::entities::generation_image::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
            .to_string();
        ada.post(
            routes::SHARE_CREATE,
            &[("image", image.as_str()), ("expiry", "never")],
        )
        .await;
        let share_id = share::Entity::find()
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id;
        let share_path = routes::share_page(&share_id);
        assert_eq!(app.get(&share_path).await.status(), StatusCode::OK);
        let body = ada
            .post(routes::API_KEY_CREATE, &[("name", "k"), ("scope", "read")])
            .await
            .text()
            .await
            .unwrap();
        let key = body
            .split("obs_")
            .nth(1)
            .and_then(|rest| rest.split('<').next())
            .map(|rest| format!("obs_{rest}"))
            .unwrap();
        let api = || {
            app.client
                .get(app.url(routes::API_ACCOUNT))
                .header(header::AUTHORIZATION, format!("Bearer {key}"))
                .send()
        };
        assert_eq!(api().await.unwrap().status(), StatusCode::OK);
        // A second step in flight: a password sign-in of an account with an authenticator app.
        let res = ada.post(routes::SETTINGS_TOTP_START, &[]).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let page = ada
            .get(routes::SETTINGS_SECURITY)
            .await
            .text()
            .await
            .unwrap();
        let secret = text_of(&html(&page), "[data-testid=totp-secret]");
        let res = ada
            .post(
                routes::SETTINGS_TOTP_CONFIRM,
                &[("code", &code_now(&app, &secret))],
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let (mut pending, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
        assert!(location(&res).starts_with(routes::LOGIN_VERIFY));

        let mut a = admin(&app).await;
        // The admin cannot suspend themselves, nor another admin.
        let me = user_id(&app, "admin@example.com").await;
        let res = act(&mut a, routes::ADMIN_USERS_SUSPEND, me, &[("on", "1")]).await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("Not on your own account")
        );
        let res = act(&mut a, routes::ADMIN_USERS_SUSPEND, id, &[("on", "1")]).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=people-suspended", person_page(id))
        );
        let u = row(&app, id).await.unwrap();
        assert!(u.suspended_at.is_some());
        assert_eq!(u.suspension_reason.as_deref(), Some(REASON));

        // The old session cookie stops working at once.
        let res = ada.get(routes::SETTINGS_PROFILE).await;
        assert!(
            location(&res).starts_with(routes::LOGIN),
            "{}",
            location(&res)
        );
        // The share is offline (the cache forgot it).
        assert_eq!(app.get(&share_path).await.status(), StatusCode::NOT_FOUND);
        // The API key: 403 with its own problem type.
        let res = api().await.unwrap();
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "application/problem+json"
        );
        let problem: serde_json::Value = res.json().await.unwrap();
        assert_eq!(
            problem["type"],
            "https://obscura.dev/problems/account_suspended"
        );
        assert_eq!(problem["code"], "account_suspended");
        // The second step in flight is refused (a code of the next period: each is used once).
        app.clock.advance(chrono::Duration::seconds(31));
        let res = pending
            .post(routes::LOGIN_VERIFY, &[("code", &code_now(&app, &secret))])
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert!(pending.cookie.is_none());
        // A password sign-in: refused with the message, in the person's language too.
        let (b, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        let body = res.text().await.unwrap();
        assert!(body.contains("This account is suspended"), "{body}");
        assert!(body.contains(routes::SUPPORT));
        assert!(b.cookie.is_none());
        // An emailed link.
        let mut b = Browser::new(&app);
        b.post(
            routes::LOGIN,
            &[("email", "ada@example.com"), ("action", "link")],
        )
        .await;
        let link = mail_link(&app, "ada@example.com", "sign-in link").await;
        b.get(&path_of(&link)).await;
        let res = b
            .post(routes::MAGIC_LINK, &[("token", &token_of(&link))])
            .await;
        assert_eq!(res.status(), StatusCode::FORBIDDEN);
        assert!(b.cookie.is_none());
        // Support stays open.
        assert_eq!(
            Browser::new(&app).get(routes::SUPPORT).await.status(),
            StatusCode::OK
        );
        // The person's log has it.
        assert_eq!(
            security_event::Entity::find()
                .filter(security_event::Column::UserId.eq(id))
                .filter(security_event::Column::Kind.eq("suspended"))
                .count(&app.db)
                .await
                .unwrap(),
            1
        );
        // Suspending again changes nothing.
        let res = act(&mut a, routes::ADMIN_USERS_SUSPEND, id, &[("on", "1")]).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=people-unchanged", person_page(id))
        );

        // Lifted: the share is back, sign-in and the key work again.
        let res = act(&mut a, routes::ADMIN_USERS_SUSPEND, id, &[("on", "0")]).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=people-unsuspended", person_page(id))
        );
        assert!(row(&app, id).await.unwrap().suspension_reason.is_none());
        assert_eq!(app.get(&share_path).await.status(), StatusCode::OK);
        assert_eq!(api().await.unwrap().status(), StatusCode::OK);
        let (_, res) = sign_in(&app, "ada@example.com", PASSWORD).await;
        assert!(
            location(&res).starts_with(routes::LOGIN_VERIFY),
            "second step again"
        );
        let log = audits(&app, "suspend").await;
        assert!(
            log.iter()
                .any(|e| e.outcome == "done" && e.reason.as_deref() == Some(REASON))
        );
        assert!(log.iter().any(|e| e.outcome == "refused"));
        assert_eq!(audits(&app, "unsuspend").await.len(), 1);
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    roles_change_but_never_for_oneself_and_the_last_admin_stays,
    |db: Db| async move {
        let app = spawn_app_with(db, &[]).await;
        let mut a = admin(&app).await;
        let me = user_id(&app, "admin@example.com").await;
        confirmed(&app, "bea@example.com").await;
        let bea = user_id(&app, "bea@example.com").await;
        // Not oneself.
        let res = act(&mut a, routes::ADMIN_USERS_ROLE, me, &[("on", "0")]).await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        // Make Bea admin; she then sees the console.
        let res = act(&mut a, routes::ADMIN_USERS_ROLE, bea, &[("on", "1")]).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=people-admin-granted", person_page(bea))
        );
        let (mut b, _) = sign_in(&app, "bea@example.com", PASSWORD).await;
        assert_eq!(b.get(routes::ADMIN_USERS).await.status(), StatusCode::OK);
        // An admin is neither suspended nor deleted.
        let res = act(&mut a, routes::ADMIN_USERS_SUSPEND, bea, &[("on", "1")]).await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        let res = act(
            &mut a,
            routes::ADMIN_USERS_DELETE,
            bea,
            &[("email", "bea@example.com")],
        )
        .await;
        assert_eq!(res.status(), StatusCode::CONFLICT);
        assert!(row(&app, bea).await.unwrap().suspended_at.is_none());
        // Taken back: at once.
        let res = act(&mut a, routes::ADMIN_USERS_ROLE, bea, &[("on", "0")]).await;
        assert_eq!(
            location(&res),
            format!("{}?notice=people-admin-revoked", person_page(bea))
        );
        assert_eq!(
            b.get(routes::ADMIN_USERS).await.status(),
            StatusCode::NOT_FOUND
        );
        // The last admin keeps the role (a race between two admins would come to this).
        let last = admin_people::set_role(
            &app.state,
            &Confirmed {
                admin: bea,
                account: me,
                reason: REASON,
                confirmed: true,
            },
            false,
        )
        .await;
        assert!(matches!(last, Err(PeopleError::Refused(_))), "{last:?}");
        assert_eq!(row(&app, me).await.unwrap().role, "admin");
        let granted = audits(&app, "grant_admin").await;
        assert!(granted.iter().any(|e| e.reason.as_deref() == Some(REASON)));
        assert_eq!(audits(&app, "revoke_admin").await.len(), 2);
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_end_one_or_all_and_deletion_needs_the_typed_address() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let mut first = verified_user(&app, "ada@example.com").await;
    let (mut second, _) = sign_in(&app, "ada@example.com", PASSWORD).await;
    let ada = user_id(&app, "ada@example.com").await;
    let mut a = admin(&app).await;
    let sessions = obscura_server::accounts::sessions::list(&app.state, ada)
        .await
        .unwrap();
    assert_eq!(sessions.len(), 2);
    let newest = sessions[0].id.to_string();
    let res = act(
        &mut a,
        routes::ADMIN_USERS_SESSIONS_END,
        ada,
        &[("session", &newest)],
    )
    .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=people-sessions-ended", person_page(ada))
    );
    assert_eq!(
        obscura_server::accounts::sessions::list(&app.state, ada)
            .await
            .unwrap()
            .len(),
        1
    );
    // Another account's session is not this account's: 404.
    let admin_session = obscura_server::accounts::sessions::list(
        &app.state,
        user_id(&app, "admin@example.com").await,
    )
    .await
    .unwrap()[0]
        .id
        .to_string();
    let res = act(
        &mut a,
        routes::ADMIN_USERS_SESSIONS_END,
        ada,
        &[("session", &admin_session)],
    )
    .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = act(
        &mut a,
        routes::ADMIN_USERS_SESSIONS_END,
        ada,
        &[("session", "all")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    for b in [&mut first, &mut second] {
        assert!(location(&b.get(routes::SETTINGS_PROFILE).await).starts_with(routes::LOGIN));
    }

    // Deletion: the address typed must be the account's.
    let res = act(
        &mut a,
        routes::ADMIN_USERS_DELETE,
        ada,
        &[("email", "someone@example.com")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = html(&res.text().await.unwrap());
    assert!(text_of(&doc, "#d-email-error").contains("not the account"));
    assert!(row(&app, ada).await.is_some());
    // Not oneself.
    let me = user_id(&app, "admin@example.com").await;
    let res = act(
        &mut a,
        routes::ADMIN_USERS_DELETE,
        me,
        &[("email", "admin@example.com")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    let res = act(
        &mut a,
        routes::ADMIN_USERS_DELETE,
        ada,
        &[("email", " ADA@example.com ")],
    )
    .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=people-deleted", routes::ADMIN_USERS)
    );
    assert!(row(&app, ada).await.is_none(), "purged at once");
    let log = audits(&app, "delete_account").await;
    assert!(log.iter().any(|e| e.outcome == "done"
        && e.reason.as_deref() == Some(REASON)
        && e.target == format!("account:{ada}")));
    assert!(log.iter().any(|e| e.outcome == "invalid"));
    // Its page is now a 404, and malformed ids are 404 for every action.
    assert_eq!(
        a.get(&person_page(ada)).await.status(),
        StatusCode::NOT_FOUND
    );
    for path in [
        routes::ADMIN_USERS_CREDITS,
        routes::ADMIN_USERS_SUSPEND,
        routes::ADMIN_USERS_ROLE,
        routes::ADMIN_USERS_SESSIONS_END,
        routes::ADMIN_USERS_DELETE,
    ] {
        let res = a
            .post(
                path,
                &[
                    ("account", "not-an-id"),
                    ("reason", REASON),
                    ("confirm", "1"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
    }
    app.stop().await.unwrap();
}
