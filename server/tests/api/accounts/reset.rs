//! Resetting a forgotten password by its emailed link.

use obscura_shared::routes;
use reqwest::StatusCode;

use super::field_error;
use crate::helpers::browser::{
    Browser, PASSWORD, location, path_of, sign_in, token_of, verified_user,
};
use crate::helpers::mail::mail_link;
use crate::helpers::{Db, spawn_app_with};
use crate::on_both_databases;

on_both_databases!(password_reset_ends_every_session, |db: Db| async move {
    let app = spawn_app_with(db, &[]).await;
    let mut first = verified_user(&app, "ada@example.com").await;
    let mut b = Browser::new(&app);
    b.post(routes::RESET, &[("email", "ada@example.com")]).await;
    let link = mail_link(&app, "ada@example.com", "Reset your Obscura password").await;
    let token = token_of(&link);
    assert_eq!(b.get(&path_of(&link)).await.status(), StatusCode::OK);

    // A weak new password: the form comes back, still carrying the token.
    let res = b
        .post(
            routes::RESET_CONFIRM,
            &[("token", &token), ("password", "12345678")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = res.text().await.unwrap();
    assert!(field_error(&body, "password").contains("most common"));
    assert!(body.contains(&token));

    let res = b
        .post(
            routes::RESET_CONFIRM,
            &[("token", &token), ("password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(b.cookie.is_some());
    // The other session is gone; the old password no longer works, the new one does.
    let res = first.get(routes::SETTINGS_PROFILE).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).contains("notice=session-ended"));
    assert_eq!(
        sign_in(&app, "ada@example.com", PASSWORD).await.1.status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        sign_in(&app, "ada@example.com", "a brand new passphrase")
            .await
            .1
            .status(),
        StatusCode::SEE_OTHER
    );
    // The link is single use.
    let res = Browser::new(&app)
        .post(
            routes::RESET_CONFIRM,
            &[("token", &token), ("password", "another new passphrase")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::GONE);
    app.stop().await.unwrap();
});
