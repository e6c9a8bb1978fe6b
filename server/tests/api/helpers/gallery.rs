//! A gallery to test with: an app whose model paints small images quickly, generations made to
//! the end (or only queued) through the service, their images, and shares made through the form.

use obscura_server::{
    accounts::Client,
    db::entities::{generation_image, share},
    generation::{ReferenceInput, request::Submitted},
};
use obscura_shared::{gallery::fields, routes};
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::browser::{Browser, location};
use super::jobs::finished;
use super::{Db, TestApp, spawn_app_with};

/// A model that paints small images quickly.
pub const TINY: (&str, &str) = (
    "MODELS",
    r#"[{id="tiny", label="Tiny painter", provider="local", sizes=["128x128"]}]"#,
);

/// An app with the quick model and credits for many generations.
pub async fn app_on(db: Db, extra: &[(&str, &str)]) -> TestApp {
    let mut pairs = vec![TINY, ("SIGNUP_CREDITS", "100")];
    pairs.extend_from_slice(extra);
    spawn_app_with(db, &pairs).await
}

/// Shares `image` through the form with `extra` options; returns the new share.
pub async fn share_it(
    app: &TestApp,
    b: &mut Browser<'_>,
    image: &str,
    extra: &[(&str, &str)],
) -> share::Model {
    let mut form = vec![(fields::IMAGE, image)];
    form.extend_from_slice(extra);
    let res = b.post(routes::SHARE_CREATE, &form).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert!(location(&res).contains("notice=shared"));
    share::Entity::find()
        .filter(share::Column::ImageId.eq(image.parse::<Uuid>().unwrap()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

/// Runs a generation of `count` images for `user` to the end; returns its id.
pub async fn make(
    app: &TestApp,
    user: Uuid,
    prompt: &str,
    count: u8,
    reference: ReferenceInput,
) -> Uuid {
    let id = enqueue(app, user, prompt, count, reference).await;
    assert_eq!(finished(app, id).await.status, "succeeded");
    id
}

/// Creates a generation of `count` images for `user` through the service (its credits reserved,
/// its job queued) without running it; returns its id.
pub async fn enqueue(
    app: &TestApp,
    user: Uuid,
    prompt: &str,
    count: u8,
    reference: ReferenceInput,
) -> Uuid {
    let input = Submitted {
        prompt: prompt.to_owned(),
        count: count.to_string(),
        ..Default::default()
    };
    obscura_server::generation::create(&app.state, user, &input, reference, &Client::unknown())
        .await
        .unwrap()
}

/// The images of a generation.
pub async fn images_of(app: &TestApp, generation: Uuid) -> Vec<generation_image::Model> {
    generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.eq(generation))
        .all(&app.db)
        .await
        .unwrap()
}
