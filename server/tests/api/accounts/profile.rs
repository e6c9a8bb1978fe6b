//! Settings: profile, password and email-address changes (P-RGT-2), and the avatar.

use obscura_shared::routes;
use reqwest::{StatusCode, header};

use crate::helpers::browser::{
    PASSWORD, location, path_of, sign_in, sign_up, token_of, verified_user,
};
use crate::helpers::mail::{await_mails, mail_link, mails_to};
use crate::helpers::{Db, html, spawn_app_with, text_of};
use crate::on_both_databases;

on_both_databases!(profile_password_and_email_changes, |db: Db| async move {
    // promise: P-RGT-2 — name, company, language and email address are corrected in settings.
    // (More password checks than the default limit allows one client in a minute.)
    let app = spawn_app_with(db, &[("AUTH_RATE_PER_MINUTE", "100")]).await;
    let mut a = verified_user(&app, "ada@example.com").await;
    let (mut other, _) = sign_in(&app, "ada@example.com", PASSWORD).await;

    // Profile: field errors keep the other values.
    let res = a
        .post(
            routes::SETTINGS_PROFILE,
            &[("name", ""), ("company", "Engines Ltd"), ("language", "xx")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(text_of(&html(&body), "#p-name-error").contains("Enter your name"));
    assert!(body.contains("value=\"Engines Ltd\""));
    let res = a
        .post(
            routes::SETTINGS_PROFILE,
            &[
                ("name", "Augusta Ada King"),
                ("company", "Engines Ltd"),
                ("language", "de"),
            ],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=saved", routes::SETTINGS_PROFILE)
    );
    let page = a.get(routes::SETTINGS_PROFILE).await.text().await.unwrap();
    assert!(page.contains("Augusta Ada King") && page.contains("<option value=\"de\" selected"));

    // Password: the current one is required (said in the account's language, now German).
    let res = a
        .post(
            routes::SETTINGS_PASSWORD,
            &[
                ("current_password", "not it at all"),
                ("new_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        text_of(
            &html(&res.text().await.unwrap()),
            "#w-current_password-error"
        )
        .contains("nicht Ihr aktuelles Passwort")
    );
    let res = a
        .post(
            routes::SETTINGS_PASSWORD,
            &[
                ("current_password", PASSWORD),
                ("new_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        other.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::SEE_OTHER,
        "other sessions end"
    );
    assert_eq!(
        a.get(routes::SETTINGS_PROFILE).await.status(),
        StatusCode::OK,
        "this one stays"
    );

    // Email: a link to the new address, in the account's language; nothing changes until used.
    let res = a
        .post(
            routes::SETTINGS_EMAIL,
            &[
                ("email", "countess@example.com"),
                ("current_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=email-sent", routes::SETTINGS_PROFILE)
    );
    let link = mail_link(&app, "countess@example.com", "neue E-Mail-Adresse").await;
    assert_eq!(
        sign_in(&app, "ada@example.com", "another fine passphrase")
            .await
            .1
            .status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(a.get(&path_of(&link)).await.status(), StatusCode::OK);
    let res = a
        .post(routes::EMAIL_CHANGE_CONFIRM, &[("token", &token_of(&link))])
        .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=email-changed", routes::SETTINGS_PROFILE)
    );
    assert_eq!(
        sign_in(&app, "ada@example.com", "another fine passphrase")
            .await
            .1
            .status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    // The old address is told (in the account's language), with a way to react.
    let notice = mail_link(
        &app,
        "ada@example.com",
        "E-Mail-Adresse Ihres Obscura-Kontos wurde geändert",
    )
    .await;
    assert!(notice.ends_with(routes::SETTINGS_SECURITY));
    mail_link(&app, "ada@example.com", "Obscura-Passwort wurde geändert").await;
    assert_eq!(
        sign_in(&app, "countess@example.com", "another fine passphrase")
            .await
            .1
            .status(),
        StatusCode::SEE_OTHER
    );

    // An address another account uses: the same answer, no link sent.
    sign_up(&app, "grace@example.com").await;
    let before = await_mails(&app, "grace@example.com", "", 1).await.len();
    let res = a
        .post(
            routes::SETTINGS_EMAIL,
            &[
                ("email", "grace@example.com"),
                ("current_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(
        location(&res),
        format!("{}?notice=email-sent", routes::SETTINGS_PROFILE)
    );
    assert_eq!(mails_to(&app, "grace@example.com").await, before);
    app.stop().await.unwrap();
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn avatars_are_normalised_and_private() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    let a = verified_user(&app, "ada@example.com").await;
    let mut png = std::io::Cursor::new(Vec::new());
    image::RgbImage::from_fn(640, 480, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    })
    .write_to(&mut png, image::ImageFormat::Png)
    .unwrap();
    let upload = |bytes: Vec<u8>, name: &str| {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
        app.client
            .post(app.url(routes::SETTINGS_AVATAR))
            .header(header::COOKIE, a.cookie.clone().unwrap())
            .header("origin", &app.address)
            .multipart(reqwest::multipart::Form::new().part("avatar", part))
            .send()
    };
    let res = upload(b"not an image".to_vec(), "x.png").await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("not a PNG, JPEG or WebP")
    );
    let res = upload(png.into_inner(), "me.png").await.unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app
        .client
        .get(app.url(routes::SETTINGS_AVATAR))
        .header(header::COOKIE, a.cookie.clone().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "image/png");
    let img = image::load_from_memory(&res.bytes().await.unwrap()).unwrap();
    assert_eq!((img.width(), img.height()), (256, 256));
    // Nobody else sees it.
    assert_eq!(
        app.get(routes::SETTINGS_AVATAR).await.status(),
        StatusCode::NOT_FOUND
    );
    app.stop().await.unwrap();
}
