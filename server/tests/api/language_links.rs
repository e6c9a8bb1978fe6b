//! Pages in a language named by their address (`?lang=`), and the `hreflang` alternates that
//! link to them (issue #19).

use obscura_shared::routes;
use reqwest::StatusCode;

use crate::helpers::{browser::verified_user, spawn_app};

async fn body(app: &crate::helpers::TestApp, path: &str, headers: &[(&str, &str)]) -> String {
    let mut rb = app.client.get(app.url(path));
    for (k, v) in headers {
        rb = rb.header(*k, *v);
    }
    let res = rb.send().await.unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path}");
    res.text().await.unwrap()
}

fn lang_of(html: &str) -> &str {
    html.split(r#"<html lang=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
}

#[tokio::test]
async fn an_address_with_a_language_outranks_the_browser_and_is_kept_apart() {
    let app = spawn_app().await;
    let french = [("accept-language", "fr")];
    for path in [routes::HOME, routes::PRIVACY, routes::TERMS] {
        // Twice each: the second answer may come from the pages kept as bytes.
        for _ in 0..2 {
            assert_eq!(lang_of(&body(&app, path, &french).await), "fr", "{path}");
            let de = format!("{path}?lang=de");
            assert_eq!(lang_of(&body(&app, &de, &french).await), "de", "{de}");
            let en = format!("{path}?lang=en");
            assert_eq!(lang_of(&body(&app, &en, &french).await), "en", "{en}");
        }
        // A language not spoken here, or another parameter, leaves the choice to the browser.
        let xx = format!("{path}?lang=xx");
        assert_eq!(lang_of(&body(&app, &xx, &french).await), "fr", "{xx}");
        let both = format!("{path}?x=1&lang=de");
        assert_eq!(lang_of(&body(&app, &both, &french).await), "de", "{both}");
    }
}

#[tokio::test]
async fn public_pages_name_their_alternates_and_private_pages_do_not() {
    let app = spawn_app().await;
    let home = body(&app, routes::HOME, &[]).await;
    for lang in ["en", "de", "fr"] {
        let link = format!(r#"hreflang="{lang}" href="{}/?lang={lang}""#, app.address);
        assert!(home.contains(&link), "the home page lacks {link}");
    }
    let default = format!(r#"hreflang="x-default" href="{}/""#, app.address);
    assert!(home.contains(&default), "the home page lacks {default}");
    let privacy = body(&app, routes::PRIVACY, &[("accept-language", "de")]).await;
    let link = format!(
        r#"hreflang="fr" href="{}{}?lang=fr""#,
        app.address,
        routes::PRIVACY
    );
    assert!(privacy.contains(&link), "the policy lacks {link}");

    let mut b = verified_user(&app, "ada@example.com").await;
    let res = b.get(routes::SETTINGS_PROFILE).await;
    assert_eq!(res.status(), StatusCode::OK);
    let settings = res.text().await.unwrap();
    assert!(
        !settings.contains("hreflang"),
        "a signed-in page has no alternates"
    );
}
