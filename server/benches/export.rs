//! How long a data export of an account with 1,000 images takes (issue target: under 2 minutes).
//!
//! `cargo bench -p obscura-server --bench export [-- IMAGES]` starts the server's state on a
//! fresh SQLite database and local store, seeds one account with IMAGES (default 1,000) 1024²
//! images rendered by the offline renderer (250 generations × 4), then times one export from the
//! request to the stored archive, and prints the time, the archive's size and its throughput.

use std::{sync::Arc, time::Instant};

use chrono::Utc;
use object_store::{ObjectStore as _, PutPayload, path::Path};
use obscura_server::{
    config::Config,
    db::entities::{generation, generation_image},
    generation::providers::local::{Request, render_png},
    privacy::export,
};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use uuid::Uuid;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let images: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000);
    let dir = tempfile::tempdir()?;
    let data = dir.path().join("data");
    let config = Config::from_pairs(&[
        ("ADDR", "127.0.0.1:0"),
        ("DATA_DIR", data.to_str().unwrap_or_default()),
        ("WORKERS", "0"),
        ("LOG", "warn"),
    ])?;
    let state = obscura_server::startup::state_for_cli(config).await?;
    let link = obscura_server::accounts::create_admin(&state, "bench@example.com", "Bench Person")
        .await
        .map_err(|e| format!("{e:?}"))?;
    drop(link);
    let user = obscura_server::accounts::find_by_email(&state, "bench@example.com")
        .await
        .map_err(|e| format!("{e:?}"))?
        .ok_or("no user")?
        .id;

    // Four distinct originals, stored under a key per image (as generation does).
    let prompts = [
        "a lighthouse at sunset over a stormy sea",
        "a quiet forest path in morning fog",
        "neon city street at night, rain, reflections",
        "a bowl of lemons on a marble table, studio light",
    ];
    let originals: Vec<bytes::Bytes> = prompts
        .iter()
        .enumerate()
        .map(|(i, prompt)| {
            render_png(&Request {
                prompt,
                seed: i as u64,
                width: 1024,
                height: 1024,
                reference: None,
            })
            .map(bytes::Bytes::from)
        })
        .collect::<Result<_, _>>()?;
    let seeding = Instant::now();
    let store = Arc::clone(&state.storage.store);
    let now = Utc::now();
    for g in 0..images.div_ceil(4) {
        let gen_id = Uuid::now_v7();
        generation::ActiveModel {
            id: Set(gen_id),
            user_id: Set(user),
            model: Set("offline".into()),
            model_label: Set("Offline preview renderer".into()),
            provider: Set("local".into()),
            upstream: Set("offline".into()),
            prompt: Set(format!("{} #{g}", prompts[g % 4])),
            negative_prompt: Set(None),
            width: Set(1024),
            height: Set(1024),
            quality: Set("standard".into()),
            count: Set(4),
            seed: Set(g as i64),
            reference_key: Set(None),
            status: Set("succeeded".into()),
            error_code: Set(None),
            error_class: Set(None),
            cost: Set(4),
            created_at: Set(now),
            started_at: Set(Some(now)),
            finished_at: Set(Some(now)),
            expires_at: Set(None),
            ..Default::default()
        }
        .insert(&state.db)
        .await?;
        for (position, bytes) in originals.iter().take(images - g * 4).enumerate() {
            let id = Uuid::now_v7();
            let key = format!("bench/{user}/{id}/original.png");
            let bytes = bytes.clone();
            let size = bytes.len();
            store
                .put(&Path::from(key.as_str()), PutPayload::from(bytes))
                .await?;
            generation_image::Entity::insert(generation_image::ActiveModel {
                id: Set(id),
                generation_id: Set(gen_id),
                user_id: Set(user),
                position: Set(position as i16),
                mime: Set("image/png".into()),
                bytes: Set(size as i64),
                width: Set(1024),
                height: Set(1024),
                original_key: Set(key.clone()),
                preview_key: Set(key.clone()),
                preview_width: Set(1024),
                preview_height: Set(1024),
                thumb_key: Set(key),
                thumb_width: Set(1024),
                thumb_height: Set(1024),
                created_at: Set(now),
            })
            .exec_without_returning(&state.db)
            .await?;
        }
    }
    println!(
        "seeded {images} images in {:.1} s",
        seeding.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let id = export::request(&state, user)
        .await
        .map_err(|e| format!("{e:?}"))?;
    export::build(&state, id).await?;
    let took = started.elapsed();
    let row = obscura_server::db::entities::data_export::Entity::find_by_id(id)
        .one(&state.db)
        .await?
        .ok_or("no export")?;
    let size = row.size_bytes.unwrap_or_default() as f64 / 1_048_576.0;
    println!(
        "export of {images} images: {:.1} s, archive {size:.0} MB ({:.0} MB/s); target < 120 s",
        took.as_secs_f64(),
        size / took.as_secs_f64()
    );
    Ok(())
}
