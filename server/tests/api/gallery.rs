//! The gallery and shares end to end: listing, search, filters and pages; the ownership matrix
//! (another person's ids are 404 everywhere); deletion down to the object store (local disk and
//! S3); the share lifecycle (view, expire by the clock, change expiry, revoke) with its image.

use chrono::Duration;
use futures::TryStreamExt as _;
use object_store::{ObjectStore as _, path::Path};
use obscura_server::{
    db::entities::{generation, share},
    generation::ReferenceInput,
};
use obscura_shared::{gallery::fields, routes};
use reqwest::{StatusCode, header};
use sea_orm::{ActiveModelTrait, EntityTrait, PaginatorTrait, Set};
use uuid::Uuid;

use crate::helpers::browser::user_id;
use crate::helpers::browser::{Browser, location, verified_user};
use crate::helpers::gallery::{TINY, app_on, images_of, make, share_it};
use crate::helpers::jobs::finished;
use crate::helpers::{Db, TestApp, html, spawn_app_with};
use crate::on_both_databases;

async fn app_with(extra: &[(&str, &str)]) -> TestApp {
    app_on(Db::Sqlite, extra).await
}

/// Ada, signed in, and her id.
async fn ada(app: &TestApp) -> (Browser<'_>, Uuid) {
    let b = verified_user(app, "ada@example.com").await;
    (b, user_id(app, "ada@example.com").await)
}

fn tiles(body: &str) -> usize {
    html(body)
        .select(&scraper::Selector::parse("[data-testid=gallery-tile]").unwrap())
        .count()
}

fn more_link(body: &str) -> Option<String> {
    html(body)
        .select(&scraper::Selector::parse("[data-testid=gallery-more]").unwrap())
        .next()
        .and_then(|a| a.value().attr("href"))
        .map(|h| h.replace("&amp;", "&"))
}

on_both_databases!(
    the_gallery_lists_searches_and_filters,
    |db: Db| async move {
        let app = app_on(db, &[]).await;
        let (mut b, user) = ada(&app).await;
        let empty = b.get(routes::GALLERY).await.text().await.unwrap();
        assert!(empty.contains("Your gallery is empty"), "empty state");

        let fox = make(&app, user, "a red fox in snow", 2, ReferenceInput::None).await;
        make(&app, user, "a blue whale", 1, ReferenceInput::None).await;
        make(&app, user, "Red panda, 100% cute", 1, ReferenceInput::None).await;

        let res = b.get(routes::GALLERY).await;
        assert_eq!(res.status(), StatusCode::OK);
        let body = res.text().await.unwrap();
        assert_eq!(tiles(&body), 4, "one tile per image");
        // Thumbnails come with their size (no layout shift), a srcset and lazy loading after the
        // first row.
        let doc = html(&body);
        let imgs: Vec<_> = doc
            .select(&scraper::Selector::parse(".tile-link img").unwrap())
            .collect();
        assert!(imgs.iter().all(|i| i.value().attr("width") == Some("128")
            && i.value().attr("srcset").is_some_and(|s| s.contains("w, "))));
        assert_eq!(imgs[0].value().attr("fetchpriority"), Some("high"));

        let search = |q: &str| format!("{}?q={}", routes::GALLERY, urlencoding(q));
        let body = b.get(&search("RED")).await.text().await.unwrap();
        assert!(body.contains("a red fox in snow") && body.contains("Red panda"));
        assert!(!body.contains("a blue whale"), "search narrows");
        let body = b.get(&search("100%")).await.text().await.unwrap();
        assert_eq!(tiles(&body), 1, "% is taken literally");
        let body = b
            .get(&search("nothing like this"))
            .await
            .text()
            .await
            .unwrap();
        assert!(body.contains("Nothing matches"));

        // A failed generation is listed with its reason under the failed filter only.
        generation::ActiveModel {
            id: Set(fox),
            status: Set("failed".into()),
            error_code: Set(Some("content_rejected".into())),
            ..Default::default()
        }
        .update(&app.db)
        .await
        .unwrap();
        let body = b
            .get(&format!("{}?status=failed", routes::GALLERY))
            .await
            .text()
            .await
            .unwrap();
        assert!(body.contains("a red fox in snow") && body.contains("content rules"));
        assert!(!body.contains("a blue whale"));

        // Bad filter values: a clear message, the rest still applies, never a 500.
        let res = b
            .get(&format!(
                "{}?status=sideways&from=2026-02-30&q=whale",
                routes::GALLERY
            ))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let body = res.text().await.unwrap();
        assert!(body.contains("Choose a status from the list."));
        assert!(body.contains("is not a date"));
        assert!(body.contains("a blue whale") && !body.contains("Red panda"));
        let res = b
            .get(&format!("{}?after=garbage&sort=oldest", routes::GALLERY))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        app.stop().await.unwrap();
    }
);

fn urlencoding(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

on_both_databases!(
    pages_continue_after_their_cursor_even_within_one_instant,
    |db: Db| async move {
        let app = app_on(db, &[("WORKERS", "0")]).await;
        let (mut b, user) = ada(&app).await;
        // 30 failed generations created in the same instant: the id breaks the ties.
        for i in 0..30 {
            generation::ActiveModel {
                id: Set(Uuid::new_v4()),
                user_id: Set(user),
                model: Set("tiny".into()),
                model_label: Set("Tiny painter".into()),
                provider: Set("local".into()),
                upstream: Set("tiny".into()),
                prompt: Set(format!("prompt number {i:02}")),
                negative_prompt: Set(None),
                width: Set(128),
                height: Set(128),
                quality: Set("auto".into()),
                count: Set(1),
                seed: Set(i),
                reference_key: Set(None),
                status: Set("failed".into()),
                error_code: Set(Some("unavailable".into())),
                error_class: Set(Some("unavailable".into())),
                cost: Set(1),
                created_at: Set(crate::helpers::epoch()),
                started_at: Set(None),
                finished_at: Set(None),
                expires_at: Set(None),
                ..Default::default()
            }
            .insert(&app.db)
            .await
            .unwrap();
        }
        let mut seen = std::collections::HashSet::new();
        let mut next = Some(routes::GALLERY.to_owned());
        let mut pages = 0;
        while let Some(path) = next {
            let body = b.get(&path).await.text().await.unwrap();
            for i in 0..30 {
                let p = format!("prompt number {i:02}");
                if body.contains(&p) {
                    assert!(seen.insert(p), "no generation on two pages");
                }
            }
            next = more_link(&body);
            pages += 1;
        }
        assert_eq!((pages, seen.len()), (2, 30), "24 + 6, each once");
        app.stop().await.unwrap();
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_persons_ids_are_not_found_on_every_route() {
    let app = app_with(&[]).await;
    let (mut ada, ada_id) = ada(&app).await;
    let g = make(
        &app,
        ada_id,
        "ada's private zeppelin",
        1,
        ReferenceInput::None,
    )
    .await;
    let image = images_of(&app, g).await.remove(0).id.to_string();
    let ada_share = share_it(&app, &mut ada, &image, &[(fields::EXPIRY, "never")]).await;

    // promise: P-GEN-5 — Bob reaches none of it, and learns nothing (404, never 403).
    let mut bob = verified_user(&app, "bob@example.com").await;
    let res = bob.get(&routes::gallery_item(&image)).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let body = bob.get(routes::GALLERY).await.text().await.unwrap();
    assert!(!body.contains("zeppelin"), "not in his gallery");
    let body = bob.get(routes::SETTINGS_SHARES).await.text().await.unwrap();
    assert!(!body.contains(&ada_share.id), "not in his shares");
    let res = bob
        .post(
            routes::SHARE_CREATE,
            &[(fields::IMAGE, &image), (fields::EXPIRY, "never")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = bob
        .post(
            routes::SHARE_EXPIRY,
            &[(fields::SHARE, &ada_share.id), (fields::EXPIRY, "1d")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    bob.post(routes::SHARE_REVOKE, &[(fields::SHARE, &ada_share.id)])
        .await;
    bob.post(
        routes::GALLERY_DELETE,
        &[(fields::IMAGE, &image), (fields::CONFIRM, "1")],
    )
    .await;
    bob.post(
        routes::GALLERY_RETRY,
        &[(fields::GENERATION, &g.to_string())],
    )
    .await;
    // Everything of Ada's is still there, unchanged.
    assert_eq!(images_of(&app, g).await.len(), 1);
    assert_eq!(share::Entity::find().count(&app.db).await.unwrap(), 1);
    assert_eq!(generation::Entity::find().count(&app.db).await.unwrap(), 1);
    assert!(
        share::Entity::find_by_id(&ada_share.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .expires_at
            .is_none()
    );
    assert_eq!(
        app.get(&routes::share_page(&ada_share.id)).await.status(),
        StatusCode::OK
    );
    app.stop().await.unwrap();
}

/// Every object key under `prefix`.
async fn keys_under(app: &TestApp, prefix: &str) -> Vec<String> {
    app.state
        .storage
        .store
        .list(Some(&Path::from(prefix)))
        .map_ok(|m| m.location.to_string())
        .try_collect()
        .await
        .unwrap()
}

async fn deletion_removes_every_object(app: TestApp) {
    let (mut b, user) = ada(&app).await;
    let png = crate::fakes::tiny_png(64, 64);
    let g = make(
        &app,
        user,
        "two boats",
        2,
        ReferenceInput::Upload(png.into()),
    )
    .await;
    let prefix = format!("users/{user}/generations/{g}");
    assert_eq!(
        keys_under(&app, &prefix).await.len(),
        7,
        "2 × 3 files + reference"
    );
    let images = images_of(&app, g).await;
    let first = images[0].id.to_string();
    let second = images[1].id.to_string();
    let shared = share_it(&app, &mut b, &first, &[]).await;
    let file = obscura_server::generation::views::image(&app.state, &images[0]).preview_url;

    // Asked first: nothing is deleted until confirmed.
    let res = b
        .post(routes::GALLERY_DELETE, &[(fields::IMAGE, &first)])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let body = res.text().await.unwrap();
    assert!(body.contains("Delete this image?"), "the confirmation");
    assert_eq!(keys_under(&app, &prefix).await.len(), 7);

    // promise: P-GEN-3 — confirmed: its files, its row and its share end at once.
    let res = b
        .post(
            routes::GALLERY_DELETE,
            &[(fields::IMAGE, &first), (fields::CONFIRM, "1")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        location(&res),
        format!("{}?notice=deleted", routes::GALLERY)
    );
    assert_eq!(
        keys_under(&app, &prefix).await.len(),
        4,
        "3 files of the other + reference"
    );
    assert_eq!(app.get(&file).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        app.get(&routes::share_page(&shared.id)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&routes::share_image(&shared.id)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(share::Entity::find().count(&app.db).await.unwrap(), 0);
    // Twice is harmless.
    let res = b
        .post(
            routes::GALLERY_DELETE,
            &[(fields::IMAGE, &first), (fields::CONFIRM, "1")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // The last image takes its generation and its reference with it.
    b.post(
        routes::GALLERY_DELETE,
        &[(fields::IMAGE, &second), (fields::CONFIRM, "1")],
    )
    .await;
    assert!(
        keys_under(&app, &prefix).await.is_empty(),
        "nothing left in the store"
    );
    assert!(
        generation::Entity::find_by_id(g)
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deletion_removes_every_object_on_local_disk() {
    deletion_removes_every_object(app_with(&[]).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deletion_removes_every_object_on_s3() {
    let Some(peer) = crate::storage::peer() else {
        return;
    };
    let mut pairs = peer.settings(&peer.secret_key);
    pairs.push(TINY);
    deletion_removes_every_object(spawn_app_with(Db::Sqlite, &pairs).await).await;
}

on_both_databases!(
    a_share_lives_until_it_expires_or_is_revoked,
    |db: Db| async move {
        let app = app_on(db, &[]).await;
        let (mut b, user) = ada(&app).await;
        let g = make(&app, user, "a lantern by the sea", 1, ReferenceInput::None).await;
        let image = images_of(&app, g).await.remove(0);
        let row = share_it(
            &app,
            &mut b,
            &image.id.to_string(),
            &[(fields::SHOW_PROMPT, "1"), (fields::EXPIRY, "1d")],
        )
        .await;
        assert_eq!(row.id.len(), 22);
        assert_ne!(row.id, image.id.to_string(), "not the image's id");

        // A visitor without cookies sees the page, its tags and its image.
        let page = app.get(&routes::share_page(&row.id)).await;
        assert_eq!(page.status(), StatusCode::OK);
        assert!(
            page.headers().get(header::SET_COOKIE).is_none(),
            "no cookie"
        );
        let body = page.text().await.unwrap();
        let base = app.address.clone();
        let canonical = format!("{base}/share/{}", row.id);
        // It names itself in every language (an unknown or gone share, below, does not).
        let alternate = format!(r#"href="{canonical}?lang=de" hreflang="de""#);
        assert!(body.contains(&alternate), "{alternate}");
        assert!(
            html(&body)
                .select(&scraper::Selector::parse("link[rel=canonical]").unwrap())
                .any(|l| l.value().attr("href") == Some(canonical.as_str())),
            "canonical link"
        );
        for tag in [
            format!(
                r#"property="og:image" content="{base}/share/{}/image""#,
                row.id
            ),
            r#"property="og:image:width" content="128""#.to_owned(),
            r#"name="twitter:card" content="summary_large_image""#.to_owned(),
            r#"property="og:title" content="a lantern by the sea""#.to_owned(),
        ] {
            assert!(body.contains(&tag), "{tag}");
        }
        assert!(body.contains("index, follow"));
        assert!(!body.contains("Ada"), "the name is hidden unless chosen");
        let img = app.get(&routes::share_image(&row.id)).await;
        assert_eq!(img.status(), StatusCode::OK);
        assert_eq!(img.headers()[header::CONTENT_TYPE], "image/webp");
        assert_eq!(img.headers()[header::CACHE_CONTROL], "public, no-cache");
        assert!(img.bytes().await.unwrap().starts_with(b"RIFF"));
        app.get(&routes::share_page(&row.id)).await;

        // The owner sees it with its views (a count, nothing about who).
        let list = b.get(routes::SETTINGS_SHARES).await.text().await.unwrap();
        assert!(list.contains(&row.id) && list.contains("2 views"), "{list}");

        // promise: P-SHR-2 — expired: the page and the image answer 404 at once, like an unknown id.
        let unknown = app.get(&routes::share_page("AAAAAAAAAAAAAAAAAAAAAA")).await;
        assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
        let unknown = unknown.text().await.unwrap();
        assert!(!unknown.contains("hreflang"));
        app.clock.advance(Duration::days(2));
        let expired = app.get(&routes::share_page(&row.id)).await;
        assert_eq!(expired.status(), StatusCode::NOT_FOUND);
        assert_eq!(
            strip_nonces(&expired.text().await.unwrap()),
            strip_nonces(&unknown),
            "the same answer"
        );
        assert_eq!(
            app.get(&routes::share_image(&row.id)).await.status(),
            StatusCode::NOT_FOUND
        );
        for junk in ["x", "../../etc/passwd", "%00"] {
            assert_eq!(
                app.get(&routes::share_page(junk)).await.status(),
                StatusCode::NOT_FOUND,
                "{junk}"
            );
        }

        // Given a new expiry it works again; a day in the past is refused on its field.
        let res = b
            .post(
                routes::SHARE_EXPIRY,
                &[
                    (fields::SHARE, &row.id),
                    (fields::EXPIRY, "date"),
                    (fields::EXPIRY_DATE, "2020-01-01"),
                ],
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            res.text()
                .await
                .unwrap()
                .contains("Choose a day after today.")
        );
        let res = b
            .post(
                routes::SHARE_EXPIRY,
                &[(fields::SHARE, &row.id), (fields::EXPIRY, "never")],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        assert_eq!(
            app.get(&routes::share_page(&row.id)).await.status(),
            StatusCode::OK
        );

        // promise: P-SHR-2 — revoked: gone at once, image too.
        let res = b
            .post(routes::SHARE_REVOKE, &[(fields::SHARE, &row.id)])
            .await;
        assert_eq!(
            location(&res),
            format!("{}?notice=share-revoked", routes::SETTINGS_SHARES)
        );
        assert_eq!(
            app.get(&routes::share_page(&row.id)).await.status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            app.get(&routes::share_image(&row.id)).await.status(),
            StatusCode::NOT_FOUND
        );
        app.stop().await.unwrap();
    }
);

/// The page without its per-response CSP nonces.
fn strip_nonces(body: &str) -> String {
    let mut out = String::new();
    for (i, part) in body.split("nonce=\"").enumerate() {
        if i == 0 {
            out.push_str(part);
        } else if let Some((_, rest)) = part.split_once('"') {
            out.push_str(rest);
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn share_options_and_indexing_follow_the_choices() {
    let app = app_with(&[("SHARE_INDEXABLE", "false")]).await;
    let (mut b, user) = ada(&app).await;
    let g = make(&app, user, "secret garden", 1, ReferenceInput::None).await;
    let image = images_of(&app, g).await.remove(0).id.to_string();
    let row = share_it(&app, &mut b, &image, &[(fields::SHOW_NAME, "1")]).await;
    assert!(row.expires_at.is_none() && row.show_name && !row.show_prompt);
    let body = app
        .get(&routes::share_page(&row.id))
        .await
        .text()
        .await
        .unwrap();
    assert!(!body.contains("secret garden"), "the prompt stays private");
    assert!(body.contains("noindex"));
    let name = obscura_server::accounts::find_by_email(&app.state, "ada@example.com")
        .await
        .unwrap()
        .unwrap()
        .name;
    assert!(body.contains(&format!("Shared by {name}")));
    app.stop().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_generation_can_be_retried_from_the_gallery() {
    let app = app_with(&[]).await;
    let (mut b, user) = ada(&app).await;
    let g = make(&app, user, "try me again", 1, ReferenceInput::None).await;
    generation::ActiveModel {
        id: Set(g),
        status: Set("failed".into()),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .unwrap();
    let res = b
        .post(
            routes::GALLERY_RETRY,
            &[(fields::GENERATION, &g.to_string())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = location(&res);
    let new: Uuid = to.split("remix=").nth(1).unwrap().parse().unwrap();
    assert_ne!(new, g);
    let row = finished(&app, new).await;
    assert_eq!(
        (row.status.as_str(), row.prompt.as_str()),
        ("succeeded", "try me again")
    );
    app.stop().await.unwrap();
}

on_both_databases!(
    a_share_page_is_kept_as_bytes_yet_counted_and_revoked_at_once,
    |db: Db| async move {
        use sha2::Digest as _;
        let app = app_on(db, &[]).await;
        let (mut b, user) = ada(&app).await;
        let g = make(&app, user, "a kite over dunes", 1, ReferenceInput::None).await;
        let image = images_of(&app, g).await.remove(0);
        let row = share_it(&app, &mut b, &image.id.to_string(), &[]).await;
        let url = app.url(&routes::share_page(&row.id));
        // With PostgreSQL, pages are kept once the server hears the other processes' changes.
        crate::processes::hearing_changes(&app).await;
        let first = app.client.get(&url).send().await.unwrap();
        assert_eq!(first.status(), StatusCode::OK);
        let headers = first.headers().clone();
        let body = first.text().await.unwrap();
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        for name in [
            "x-frame-options",
            "x-content-type-options",
            "referrer-policy",
            "x-request-id",
        ] {
            assert!(headers.contains_key(name), "{name}");
        }
        assert!(headers.get(header::SET_COOKIE).is_none(), "no cookie");
        {
            // Every inline script of the page is allowed by its hash; no nonce anywhere.
            assert!(
                !csp.contains("nonce-") && !body.contains("nonce="),
                "{csp}\n{body}"
            );
            // The text of each inline script as sent (what a browser hashes).
            let scripts: Vec<&str> = body
                .split("<script")
                .skip(1)
                .filter_map(|rest| rest.split_once('>'))
                .filter(|(attrs, _)| !attrs.contains("src="))
                .filter_map(|(_, rest)| rest.split_once("</script>").map(|(text, _)| text))
                .collect();
            assert!(!scripts.is_empty());
            for script in scripts {
                let hash = base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    sha2::Sha256::digest(script.as_bytes()),
                );
                assert!(
                    csp.contains(&format!("'sha256-{hash}'")),
                    "{script} not allowed by {csp}"
                );
            }
            assert!(csp.contains("script-src 'self' 'sha256-"), "{csp}");
        }

        // The same bytes again, compressed for whoever takes it, with a validator.
        let br = app
            .client
            .get(&url)
            .header(header::ACCEPT_ENCODING, "gzip, br")
            .send()
            .await
            .unwrap();
        assert_eq!(br.status(), StatusCode::OK);
        assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(
            br.headers()[header::VARY],
            "accept-encoding, accept-language"
        );
        let etag = br.headers().get(header::ETAG).cloned();
        let packed = br.bytes().await.unwrap();
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(&mut packed.as_ref(), &mut unpacked).unwrap();
        {
            assert_eq!(String::from_utf8(unpacked).unwrap(), body, "the same page");
            let etag = etag.expect("a kept page has an ETag");
            let again = app
                .client
                .get(&url)
                .header(header::IF_NONE_MATCH, etag)
                .send()
                .await
                .unwrap();
            assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
            assert_eq!(again.headers()[header::CONTENT_SECURITY_POLICY], csp);
            assert!(again.bytes().await.unwrap().is_empty());
            let head = app.client.head(&url).send().await.unwrap();
            assert_eq!(head.status(), StatusCode::OK);
            assert!(head.bytes().await.unwrap().is_empty());
        }

        // Signed in, the owner gets the page rendered for them (with its own nonce).
        let own = b.get(&routes::share_page(&row.id)).await;
        assert!(
            own.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .contains("'nonce-")
        );
        // Every view counted: three by strangers, the revalidation, the HEAD and the owner's.
        let list = b.get(routes::SETTINGS_SHARES).await.text().await.unwrap();
        assert!(list.contains("5 views"), "{list}");

        // Revoked: the kept page is gone at once.
        b.post(routes::SHARE_REVOKE, &[(fields::SHARE, &row.id)])
            .await;
        let gone = app.client.get(&url).send().await.unwrap();
        assert_eq!(gone.status(), StatusCode::NOT_FOUND);
        app.stop().await.unwrap();
    }
);

on_both_databases!(
    a_cancelled_generation_is_shown_as_cancelled_never_as_failed,
    |db: Db| async move {
        use obscura_shared::testids;
        let app = app_on(db, &[]).await;
        let (mut b, user) = ada(&app).await;
        make(&app, user, "a finished lighthouse", 1, ReferenceInput::None).await;
        let failed = make(&app, user, "a failed lighthouse", 1, ReferenceInput::None).await;
        generation::ActiveModel {
            id: Set(failed),
            status: Set("failed".into()),
            error_code: Set(Some("content_rejected".into())),
            ..Default::default()
        }
        .update(&app.db)
        .await
        .unwrap();
        // Cancelled on its job card while it waited, as a person does it.
        let cancelled = crate::helpers::gallery::enqueue(
            &app,
            user,
            "a cancelled lighthouse",
            1,
            ReferenceInput::None,
        )
        .await;
        let res = b
            .post(
                routes::CREATE_CANCEL,
                &[(
                    obscura_shared::generation_queue::fields::GENERATION,
                    &cancelled.to_string(),
                )],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        app.run_pending_jobs().await;
        let count = |body: &str, id: &str| {
            html(body)
                .select(&scraper::Selector::parse(&format!("[data-testid={id}]")).unwrap())
                .count()
        };

        // Every status: its own tile, in the job card's words, with no failure's reason or colour.
        let all = b.get(routes::GALLERY).await.text().await.unwrap();
        assert_eq!(tiles(&all), 1);
        assert_eq!(
            count(&all, testids::GALLERY_FAILED),
            1,
            "the failed one only"
        );
        assert_eq!(count(&all, testids::GALLERY_CANCELLED), 1);
        let doc = html(&all);
        let tile = doc
            .select(
                &scraper::Selector::parse(&format!("[data-testid={}]", testids::GALLERY_CANCELLED))
                    .unwrap(),
            )
            .next()
            .unwrap();
        let text: String = tile.text().collect();
        assert!(text.contains("a cancelled lighthouse"), "{text}");
        assert!(
            text.contains("Cancelled — your credits were given back"),
            "{text}"
        );
        assert!(!text.contains("content rules"));
        assert!(!tile.html().contains("text-red"), "not shown as an error");
        let check = tile
            .select(&scraper::Selector::parse("input.tile-check").unwrap())
            .next()
            .unwrap();
        assert_eq!(
            check.value().attr("aria-label"),
            Some("Select the cancelled generation “a cancelled lighthouse”")
        );

        // The failed filter is failures only; cancelled ones have their own.
        let by = |status: &'static str| format!("{}?status={status}", routes::GALLERY);
        let failures = b.get(&by("failed")).await.text().await.unwrap();
        assert!(failures.contains("a failed lighthouse"));
        assert!(!failures.contains("a cancelled lighthouse"));
        assert_eq!(count(&failures, testids::GALLERY_CANCELLED), 0);
        let res = b.get(&by("cancelled")).await;
        assert_eq!(res.status(), StatusCode::OK);
        let only = res.text().await.unwrap();
        assert!(!only.contains("Choose a status from the list."));
        assert_eq!(count(&only, testids::GALLERY_CANCELLED), 1);
        assert_eq!(count(&only, testids::GALLERY_FAILED), 0);
        assert_eq!(tiles(&only), 0);
        assert!(!only.contains("a failed lighthouse") && !only.contains("a finished lighthouse"));
        let selected = html(&only)
            .select(&scraper::Selector::parse("#g-status option[selected]").unwrap())
            .map(|o| o.text().collect::<String>())
            .collect::<Vec<_>>();
        assert_eq!(selected, ["Cancelled"]);
        let done = b.get(&by("done")).await.text().await.unwrap();
        assert!(!done.contains("a cancelled lighthouse"));

        // Deleting it asks without calling it failed.
        let res = b
            .post(
                routes::GALLERY_DELETE,
                &[(fields::GENERATION, &cancelled.to_string())],
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let body = res.text().await.unwrap();
        assert!(
            body.contains("Delete this generation without images?"),
            "{body}"
        );

        // Run again from its tile: a new generation with the same prompt.
        let res = b
            .post(
                routes::GALLERY_RETRY,
                &[(fields::GENERATION, &cancelled.to_string())],
            )
            .await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER);
        let new: Uuid = location(&res)
            .split("remix=")
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let row = finished(&app, new).await;
        assert_eq!(
            (row.status.as_str(), row.prompt.as_str()),
            ("succeeded", "a cancelled lighthouse")
        );
        app.stop().await.unwrap();
    }
);
