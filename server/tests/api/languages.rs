//! The interface's language (issue #19): `Accept-Language`, the footer's switch and its cookie,
//! the signed-in account's setting, `<html lang>`, `Vary`, and public pages kept per language.

use obscura_shared::routes;
use reqwest::{StatusCode, header};
use sea_orm::EntityTrait;

use crate::helpers::{
    browser::{location, verified_user},
    spawn_app,
};

async fn page(
    app: &crate::helpers::TestApp,
    path: &str,
    headers: &[(&str, &str)],
) -> (reqwest::header::HeaderMap, String) {
    let mut rb = app.client.get(app.url(path));
    for (k, v) in headers {
        rb = rb.header(*k, *v);
    }
    let res = rb.send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    let headers = res.headers().clone();
    (headers, res.text().await.unwrap())
}

#[tokio::test]
async fn pages_speak_the_language_the_browser_asks_for() {
    let app = spawn_app().await;
    for path in [routes::HOME, routes::PRIVACY, routes::LOGIN] {
        let (headers, fr) = page(
            &app,
            path,
            &[("accept-language", "fr-CH, fr;q=0.9, en;q=0.5")],
        )
        .await;
        assert!(fr.contains(r#"<html lang="fr""#), "{path}: {}", &fr[..200]);
        assert!(
            fr.contains("Paramètres des cookies"),
            "{path}: the footer in French"
        );
        assert!(
            fr.contains("Tout refuser"),
            "{path}: the cookie banner in French"
        );
        if path == routes::HOME {
            assert!(
                fr.contains("Gardez-les pour vous."),
                "the landing page in French"
            );
        }
        assert!(
            headers
                .get_all(header::VARY)
                .iter()
                .any(|v| v.to_str().unwrap().contains("accept-language")),
            "{path}: Vary names Accept-Language"
        );
        let (_, de) = page(&app, path, &[("accept-language", "de")]).await;
        assert!(de.contains(r#"<html lang="de""#));
        assert!(de.contains("Cookie-Einstellungen"));
        // Nothing spoken here, or no header at all: English.
        for asked in [&[("accept-language", "es, it;q=0.8")][..], &[][..]] {
            let (_, en) = page(&app, path, asked).await;
            assert!(en.contains(r#"<html lang="en""#));
            assert!(en.contains("Cookie settings"));
        }
        // A page kept as bytes is kept once per language: French again after German.
        let (_, again) = page(&app, path, &[("accept-language", "fr")]).await;
        assert!(again.contains("Paramètres des cookies"), "{path}");
    }
}

/// Posts the language switch with `headers` (Origin, Referer…) and `form`.
async fn switch(
    app: &crate::helpers::TestApp,
    headers: &[(header::HeaderName, String)],
    form: &[(&str, &str)],
) -> reqwest::Response {
    let mut rb = app.client.post(app.url(routes::LANGUAGE));
    for (k, v) in headers {
        rb = rb.header(k, v);
    }
    rb.form(form).send().await.unwrap()
}

#[tokio::test]
async fn the_page_not_found_speaks_the_visitor_s_language() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/no-such-page"))
        .header("accept-language", "de-AT")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let body = res.text().await.unwrap();
    assert!(body.contains(r#"<html lang="de""#));
    assert!(body.contains("Diese Seite gibt es nicht"));
    assert!(body.contains("<title>Seite nicht gefunden"));
}

#[tokio::test]
async fn the_switch_remembers_a_choice_that_beats_the_browser_s() {
    let app = spawn_app().await;
    let origin = obscura_server::config::origin(&app.state.config.public_url);
    let own = [(header::ORIGIN, origin.clone())];
    let res = switch(&app, &own, &[("language", "de"), ("back", "/privacy?x=1")]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/privacy?x=1");
    let set = res.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(set.starts_with("obscura_lang=de;"), "{set}");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Max-Age="),
        "{set}"
    );
    let (_, body) = page(
        &app,
        routes::PRIVACY,
        &[("accept-language", "fr"), ("cookie", "obscura_lang=de")],
    )
    .await;
    assert!(body.contains(r#"<html lang="de""#));
    // The switch on the page shows the choice.
    assert!(
        body.contains(r#"<option value="de" selected"#) || body.contains(r#"value="de" selected"#),
        "the switch shows German chosen"
    );

    // Without a page named, back to the page the form was on (its same-origin Referer).
    let res = switch(
        &app,
        &[
            (header::ORIGIN, origin.clone()),
            (header::REFERER, format!("{origin}/terms")),
        ],
        &[("language", "fr")],
    )
    .await;
    assert_eq!(location(&res), "/terms");
    // Only a local page to go back to; an unknown language is refused and remembered nowhere.
    let res = switch(
        &app,
        &own,
        &[("language", "fr"), ("back", "//evil.example/x")],
    )
    .await;
    assert_eq!(location(&res), "/");
    let res = switch(&app, &own, &[("language", "xx"), ("back", "/")]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.headers().get(header::SET_COOKIE).is_none());
    assert!(res.text().await.unwrap().contains("not offered"));
    // Another site cannot switch a visitor's language.
    let res = switch(
        &app,
        &[(header::ORIGIN, "https://evil.example".to_owned())],
        &[("language", "fr"), ("back", "/")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_signed_in_account_s_language_wins_and_the_switch_sets_it() {
    let app = spawn_app().await;
    let mut b = verified_user(&app, "lang@example.com").await;
    let res = b
        .post(
            routes::LANGUAGE,
            &[("language", "fr"), ("back", routes::GALLERY)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let users = obscura_server::db::entities::user::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    let me = users
        .iter()
        .find(|u| u.email == "lang@example.com")
        .unwrap();
    assert_eq!(me.language, "fr");
    // The browser's header and no language cookie: the account's language still.
    let cookie = b.cookie.clone().unwrap();
    let (_, body) = page(
        &app,
        routes::GALLERY,
        &[("accept-language", "de"), ("cookie", &cookie)],
    )
    .await;
    assert!(body.contains(r#"<html lang="fr""#));
    assert!(
        body.contains("Se déconnecter"),
        "the account menu in French"
    );
}

#[tokio::test]
async fn the_cookie_settings_page_speaks_the_visitor_s_language() {
    let app = spawn_app().await;
    let (_, de) = page(&app, routes::COOKIES, &[("accept-language", "de")]).await;
    assert!(de.contains("<h1>Cookie-Einstellungen"), "{de}");
    assert!(de.contains("Sie haben noch keine Auswahl getroffen"));
    assert!(de.contains(">Einstellungen → Datenschutz"));
    assert!(!de.contains("You haven't chosen yet"));
    let (_, fr) = page(&app, routes::COOKIES, &[("accept-language", "fr")]).await;
    assert!(fr.contains("Vous n’avez pas encore fait de choix"));
    assert!(fr.contains(">politique de confidentialité"));
    let (_, en) = page(&app, routes::COOKIES, &[]).await;
    assert!(en.contains("You haven't chosen yet: only essential cookies are used."));
}

#[tokio::test]
async fn names_obscura_gives_are_said_in_the_reader_s_language_and_the_operator_s_as_chosen() {
    let app = spawn_app().await;
    // The offline renderer's default name.
    let (_, de) = page(&app, routes::PRICING, &[("accept-language", "de")]).await;
    assert!(de.contains("Offline-Vorschau-Renderer"), "{de}");
    assert!(!de.contains("Offline preview renderer"));
    let (_, en) = page(&app, routes::PRICING, &[]).await;
    assert!(en.contains("Offline preview renderer"));
    app.stop().await.unwrap();

    let named = crate::helpers::spawn_app_with(
        crate::helpers::Db::Sqlite,
        &[
            ("OPERATOR_NAME", "Beispiel GmbH"),
            (
                "MODELS",
                r#"[{id="offline", label="Skizze", provider="local"}]"#,
            ),
        ],
    )
    .await;
    let (_, fr) = page(&named, routes::PRICING, &[("accept-language", "fr")]).await;
    assert!(fr.contains("Skizze") && fr.contains("Beispiel GmbH"));
    assert!(!fr.contains("Moteur d’aperçu hors ligne"));
}
