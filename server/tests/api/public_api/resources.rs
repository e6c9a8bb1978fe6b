//! `/api/v1` beyond generations: a reference sent as multipart, images, shares, usage per day,
//! and the OpenAPI description that documents them.

use obscura_shared::routes;
use reqwest::{StatusCode, header, multipart};

use super::*;
use crate::{
    fakes::tiny_png,
    helpers::{Db, spawn_app_with},
    on_both_databases,
};

fn with_key(rb: reqwest::RequestBuilder, key: &str) -> reqwest::RequestBuilder {
    rb.header(header::AUTHORIZATION, format!("Bearer {key}"))
}

#[tokio::test]
async fn the_openapi_description_covers_every_api_route() {
    let app = spawn_app_with(Db::Sqlite, &[]).await;
    // Public: no key needed to read how to use one.
    let res = app
        .client
        .get(app.url(routes::API_OPENAPI))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[header::CONTENT_TYPE], "application/json");
    let doc: serde_json::Value = res.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["servers"][0]["url"], app.address.trim_end_matches('/'));
    let paths: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for route in [
        routes::API_ACCOUNT,
        routes::API_USAGE,
        routes::API_GENERATIONS,
        routes::API_GENERATION,
        routes::API_GENERATION_CANCEL,
        routes::API_IMAGE,
        routes::API_SHARES,
        routes::API_SHARE,
    ] {
        assert!(paths.contains(&route), "{route} is described");
    }
    assert_eq!(paths.len(), 8, "and nothing that is not served: {paths:?}");
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    // Every operation documents the refusals every request can meet.
    let create = &doc["paths"][routes::API_GENERATIONS]["post"];
    for status in [
        "202", "400", "401", "402", "403", "409", "413", "422", "429",
    ] {
        assert!(
            create["responses"][status].is_object(),
            "POST generations documents {status}"
        );
    }
    assert!(create["requestBody"]["content"]["multipart/form-data"].is_object());
    assert_eq!(
        doc["components"]["schemas"]["Problem"]["properties"]["code"]["$ref"],
        "#/components/schemas/ErrorCode"
    );
}

on_both_databases!(
    images_shares_and_usage_through_the_api,
    images_shares_and_usage_through_the_api
);
async fn images_shares_and_usage_through_the_api(db: Db) {
    let app = spawn_app_with(db, &[TINY]).await;
    let (_, key) = account_with_key(
        &app,
        "res@example.com",
        &["generate", "read", "delete"],
        &[],
    )
    .await;
    let (_, reader) = {
        let mut b = crate::helpers::browser::sign_in(
            &app,
            "res@example.com",
            crate::helpers::browser::PASSWORD,
        )
        .await
        .0;
        let k = create_key(&mut b, "reader", &["read"], &[]).await;
        (b, k)
    };
    // A generation from an uploaded reference (multipart), made like the form makes it.
    let form = multipart::Form::new()
        .text("prompt", "the same harbour, at night")
        .text("seed", "11")
        .part(
            "reference",
            multipart::Part::bytes(tiny_png(64, 64))
                .file_name("ref.png")
                .mime_str("image/png")
                .unwrap(),
        );
    let res = with_key(app.client.post(app.url(routes::API_GENERATIONS)), &key)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    let created: serde_json::Value = res.json().await.unwrap();
    assert_eq!(created["seed"], 11);
    let id = created["id"].as_str().unwrap().to_owned();
    app.run_pending_jobs().await;
    let generation: serde_json::Value = call(
        &app,
        &format!("{}/{id}", routes::API_GENERATIONS),
        Some(&key),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(generation["status"], "succeeded");
    let image_id = generation["images"][0]["id"].as_str().unwrap().to_owned();
    // A reference file and an image id together is one too many.
    let both = multipart::Form::new()
        .text("prompt", "x")
        .text("reference_image", image_id.clone())
        .part("reference", multipart::Part::bytes(tiny_png(64, 64)));
    let res = with_key(app.client.post(app.url(routes::API_GENERATIONS)), &key)
        .multipart(both)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let p: serde_json::Value = res.json().await.unwrap();
    assert_eq!(p["errors"][0]["pointer"], "/reference_image");
    assert!(
        p["errors"][0]["detail"]
            .as_str()
            .unwrap()
            .contains("not both"),
        "{p}"
    );

    // The image: metadata and fresh, absolute, working links.
    let image_path = format!("/api/v1/images/{image_id}");
    let image: serde_json::Value = call(&app, &image_path, Some(&reader))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(image["generation_id"], id.as_str());
    assert_eq!(
        (image["width"].as_u64(), image["height"].as_u64()),
        (Some(64), Some(64))
    );
    let original = image["download_url"].as_str().unwrap();
    assert!(original.starts_with(&app.address), "{original}");
    assert_eq!(
        app.client.get(original).send().await.unwrap().status(),
        StatusCode::OK
    );
    assert_eq!(image["shares"], serde_json::json!([]));

    // Shares: made with `generate`, listed with `read`, revoked with `delete` only.
    let share_body = format!(r#"{{"image_id": "{image_id}", "expires": "7d"}}"#);
    let res = with_key(app.client.post(app.url(routes::API_SHARES)), &reader)
        .header(header::CONTENT_TYPE, "application/json")
        .body(share_body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(problem(res).await.0, StatusCode::FORBIDDEN);
    let res = with_key(app.client.post(app.url(routes::API_SHARES)), &key)
        .header(header::CONTENT_TYPE, "application/json")
        .body(share_body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let share: serde_json::Value = res.json().await.unwrap();
    let share_url = share["url"].as_str().unwrap().to_owned();
    assert_eq!(
        share["show_prompt"], false,
        "the prompt stays private by default"
    );
    assert!(share["expires_at"].is_string());
    assert_eq!(
        app.client.get(&share_url).send().await.unwrap().status(),
        StatusCode::OK
    );
    let listed: serde_json::Value = call(&app, routes::API_SHARES, Some(&reader))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(listed["data"][0]["id"], share["id"]);
    for (body, field) in [
        (r#"{"image_id": "nope"}"#.to_owned(), "/image_id"),
        (
            format!(r#"{{"image_id": "{image_id}", "expires": "2001-01-01"}}"#),
            "/expires",
        ),
        (
            format!(r#"{{"image_id": "{image_id}", "expires": "forever"}}"#),
            "/expires",
        ),
    ] {
        let res = with_key(app.client.post(app.url(routes::API_SHARES)), &key)
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let p: serde_json::Value = res.json().await.unwrap();
        assert_eq!(p["errors"][0]["pointer"], field, "{body}");
    }

    // Another account: the image and the share are not found, and nothing changes.
    let (_, stranger) = account_with_key(
        &app,
        "stranger@example.com",
        &["generate", "read", "delete"],
        &[],
    )
    .await;
    assert_eq!(
        call(&app, &image_path, Some(&stranger)).await.status(),
        StatusCode::NOT_FOUND
    );
    let res = with_key(app.client.post(app.url(routes::API_SHARES)), &stranger)
        .header(header::CONTENT_TYPE, "application/json")
        .body(format!(r#"{{"image_id": "{image_id}"}}"#))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let share_path = format!("/api/v1/shares/{}", share["id"].as_str().unwrap());
    for k in [&stranger, &reader] {
        let res = with_key(app.client.delete(app.url(&share_path)), k)
            .send()
            .await
            .unwrap();
        assert_ne!(res.status(), StatusCode::NO_CONTENT);
    }
    assert_eq!(
        app.client.get(&share_url).send().await.unwrap().status(),
        StatusCode::OK,
        "still live"
    );
    let res = with_key(app.client.delete(app.url(&share_path)), &key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.client.get(&share_url).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );

    // Usage per day: today's requests of both keys, failures counted apart.
    let report: serde_json::Value = call(&app, routes::API_USAGE, Some(&reader))
        .await
        .json()
        .await
        .unwrap();
    let days = report["days"].as_array().unwrap();
    assert_eq!(days.len(), 30);
    let today = days.last().unwrap();
    assert_eq!(today["day"], report["to"]);
    assert!(today["requests"].as_u64().unwrap() >= 12, "{today}");
    assert!(today["failed"].as_u64().unwrap() >= 4, "{today}");
    assert_eq!(today["credits"], 1);
    assert_eq!(report["credits"], 1);
    let (status, _, _) = problem(
        call(
            &app,
            &format!("{}?from=2026-02-30", routes::API_USAGE),
            Some(&reader),
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}
