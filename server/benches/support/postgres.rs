//! A fresh PostgreSQL database for a benchmark, on the server `OBSCURA_BENCH_POSTGRES_URL`
//! names: created, connected as the app connects (its pool) and migrated; dropped at the end.

use std::path::Path;

use obscura_server::config::Config;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use uuid::Uuid;

/// The benchmark's database and what drops it.
pub struct BenchDatabase {
    /// The app's connection to it.
    pub db: DatabaseConnection,
    /// Its URL (for other processes).
    #[allow(dead_code)] // Not every benchmark starts other processes.
    pub url: String,
    admin: DatabaseConnection,
    name: String,
}

/// A fresh migrated database, with `data` as the data directory; `None` (and a line saying so)
/// without `OBSCURA_BENCH_POSTGRES_URL`.
pub async fn fresh(data: &Path) -> Option<BenchDatabase> {
    let Some(admin_url) = std::env::var("OBSCURA_BENCH_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty())
    else {
        println!("PostgreSQL: skipped (set OBSCURA_BENCH_POSTGRES_URL)");
        return None;
    };
    let name = format!("obscura_bench_{}", Uuid::new_v4().simple());
    let admin = Database::connect(&admin_url).await.unwrap();
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let mut url = url::Url::parse(&admin_url).unwrap();
    url.set_path(&format!("/{name}"));
    let config = Config::from_pairs(&[
        ("DATA_DIR", data.to_str().unwrap()),
        ("DATABASE_URL", url.as_str()),
    ])
    .unwrap();
    let db = obscura_server::db::connect(&config).await.unwrap();
    obscura_server::db::migrate(&db).await.unwrap();
    Some(BenchDatabase {
        db,
        url: url.to_string(),
        admin,
        name,
    })
}

impl BenchDatabase {
    /// Closes the connection and drops the database.
    pub async fn drop(self) {
        self.db.close().await.unwrap();
        self.admin
            .execute_unprepared(&format!("DROP DATABASE {}", self.name))
            .await
            .unwrap();
    }
}
