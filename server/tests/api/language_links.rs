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

/// The `hreflang` alternates of a page: (language, address).
fn alternates(body: &str) -> Vec<(String, String)> {
    let doc = crate::helpers::html(body);
    let links = scraper::Selector::parse(r#"head link[rel="alternate"][hreflang]"#).unwrap();
    doc.select(&links)
        .map(|l| {
            let attr = |name| l.value().attr(name).unwrap_or_default().to_owned();
            (attr("hreflang"), attr("href"))
        })
        .collect()
}

#[tokio::test]
async fn public_pages_name_their_alternates_and_private_pages_do_not() {
    let app = spawn_app().await;
    let at = |path: &str, query: &str| format!("{}{path}{query}", app.address);
    let home = alternates(&body(&app, routes::HOME, &[]).await);
    assert_eq!(
        home,
        vec![
            ("en".to_owned(), at("/", "?lang=en")),
            ("de".to_owned(), at("/", "?lang=de")),
            ("fr".to_owned(), at("/", "?lang=fr")),
            ("x-default".to_owned(), at("/", "")),
        ]
    );
    // The same links whatever language the page itself is in.
    let privacy = alternates(&body(&app, routes::PRIVACY, &[("accept-language", "de")]).await);
    assert!(
        privacy.contains(&("fr".to_owned(), at(routes::PRIVACY, "?lang=fr"))),
        "{privacy:?}"
    );
    assert_eq!(privacy.len(), 4);

    let mut b = verified_user(&app, "ada@example.com").await;
    let res = b.get(routes::SETTINGS_PROFILE).await;
    assert_eq!(res.status(), StatusCode::OK);
    let settings = res.text().await.unwrap();
    assert!(
        alternates(&settings).is_empty(),
        "a signed-in page has no alternates"
    );
}

#[tokio::test]
async fn the_pseudo_locale_is_for_development_servers_only() {
    let dev = spawn_app().await;
    let page = body(&dev, &format!("{}?lang=en-XA", routes::HOME), &[]).await;
    assert_eq!(lang_of(&page), "en-XA");
    // Its words are English's, longer and accented; it is never offered in the switch.
    assert!(
        page.contains("Šîîĝñ îîñ"),
        "no pseudo text on the home page"
    );
    assert!(!page.contains(r#"value="en-XA""#));
    // Nor kept: the next stranger gets the page in their own language.
    for _ in 0..2 {
        let page = body(&dev, routes::HOME, &[("accept-language", "de")]).await;
        assert_eq!(lang_of(&page), "de");
    }

    let prod = crate::helpers::spawn_production_app().await;
    let res = prod
        .client
        .get(prod.url(&format!("{}?lang=en-XA", routes::HOME)))
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let page = res.text().await.unwrap();
    assert_eq!(lang_of(&page), "fr", "production ignores the pseudo-locale");
    assert!(!page.contains("Šîîĝñ"));
}
