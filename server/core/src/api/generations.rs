//! Generations through the API: pages of them (newest first, by cursor), one, deleting one, and
//! the key's monthly cap. Creating one is [`crate::generation::create`], the same as `/create`.

use obscura_shared::{
    api::{ApiImage, GenerationPage as Page},
    generation::{GenerationView, Status},
};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::{
    db::entities::{generation, generation_image, share},
    state::AppState,
};

/// Most generations per page.
pub const MAX_LIMIT: u64 = 100;

/// How long a page answered from the database is answered again from memory, at most. Any
/// change to the account's generations in this process forgets its pages at once; other
/// processes' changes show within this time.
pub const PAGE_CACHE_MS: i64 = 1000;

type CachedPages = std::collections::HashMap<String, (chrono::DateTime<chrono::Utc>, bytes::Bytes)>;

/// Pages of generations answered in the last second, per account, so that a client polling its
/// list costs no database read per request.
#[derive(Debug, Default)]
pub struct PageCache {
    accounts: std::sync::Mutex<std::collections::HashMap<Uuid, CachedPages>>,
}

impl PageCache {
    fn map(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<Uuid, CachedPages>> {
        self.accounts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The account's generations changed: its pages are read again.
    pub fn changed(&self, user: Uuid) {
        self.map().remove(&user);
    }

    fn get(
        &self,
        user: Uuid,
        key: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Option<bytes::Bytes> {
        self.map()
            .get(&user)
            .and_then(|pages| pages.get(key))
            .filter(|(at, _)| now - *at < chrono::Duration::milliseconds(PAGE_CACHE_MS))
            .map(|(_, page)| page.clone())
    }

    fn put(&self, user: Uuid, key: String, now: chrono::DateTime<chrono::Utc>, page: bytes::Bytes) {
        let mut map = self.map();
        if map.len() >= 10_000 {
            map.clear();
        }
        let pages = map.entry(user).or_default();
        if pages.len() >= 64 {
            pages.clear();
        }
        pages.insert(key, (now, page));
    }
}

/// Makes a link absolute (API clients are not on our pages).
fn absolute_url(state: &AppState, url: &mut String) {
    if url.starts_with('/') {
        *url = format!("{}{url}", crate::config::origin(&state.config.public_url));
    }
}

/// Makes a view's file URLs absolute.
fn absolute(state: &AppState, mut view: GenerationView) -> GenerationView {
    for image in &mut view.images {
        for url in [
            &mut image.thumb_url,
            &mut image.preview_url,
            &mut image.download_url,
        ] {
            absolute_url(state, url);
        }
    }
    view
}

/// One of `user`'s images, with absolute, freshly signed links and its shares' ids.
///
/// # Errors
/// Database errors.
pub async fn image(state: &AppState, user: Uuid, id: Uuid) -> anyhow::Result<Option<ApiImage>> {
    let Some(row) = generation_image::Entity::find_by_id(id)
        .filter(generation_image::Column::UserId.eq(user))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let shares: Vec<String> = share::Entity::find()
        .select_only()
        .column(share::Column::Id)
        .filter(share::Column::ImageId.eq(id))
        .filter(share::Column::UserId.eq(user))
        .order_by_desc(share::Column::CreatedAt)
        .into_tuple()
        .all(&state.db)
        .await?;
    let mut view = crate::generation::views::image(state, &row);
    for url in [
        &mut view.thumb_url,
        &mut view.preview_url,
        &mut view.download_url,
    ] {
        absolute_url(state, url);
    }
    Ok(Some(ApiImage {
        id: view.id,
        generation_id: row.generation_id.to_string(),
        index: view.index,
        width: view.width,
        height: view.height,
        mime: view.mime,
        bytes: view.bytes,
        created_at: row
            .created_at
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        thumb_url: view.thumb_url,
        preview_url: view.preview_url,
        download_url: view.download_url,
        shares,
    }))
}

/// A page of `user`'s generations, as JSON, after `cursor` (a generation id of the previous page), of
/// one status and one model if asked. An unknown cursor starts from the newest.
///
/// # Errors
/// Database errors.
pub async fn page(
    state: &AppState,
    user: Uuid,
    cursor: Option<Uuid>,
    limit: u64,
    status: Option<Status>,
    model: Option<&str>,
) -> anyhow::Result<bytes::Bytes> {
    let limit = limit.clamp(1, MAX_LIMIT);
    let now = state.clock.now();
    let key = format!("{cursor:?}|{limit}|{status:?}|{model:?}");
    if let Some(page) = state.api_pages.get(user, &key, now) {
        return Ok(page);
    }
    let page = load_page(state, user, cursor, limit, status, model).await?;
    let json = bytes::Bytes::from(serde_json::to_vec(&page)?);
    state.api_pages.put(user, key, now, json.clone());
    Ok(json)
}

async fn load_page(
    state: &AppState,
    user: Uuid,
    cursor: Option<Uuid>,
    limit: u64,
    status: Option<Status>,
    model: Option<&str>,
) -> anyhow::Result<Page> {
    let mut query = generation::Entity::find().filter(generation::Column::UserId.eq(user));
    if let Some(s) = status {
        query = query.filter(generation::Column::Status.eq(s.code()));
    }
    if let Some(m) = model {
        query = query.filter(generation::Column::Model.eq(m));
    }
    if let Some(after) = cursor
        && let Some(c) = generation::Entity::find_by_id(after)
            .filter(generation::Column::UserId.eq(user))
            .one(&state.db)
            .await?
    {
        query = query.filter(
            Condition::any()
                .add(generation::Column::CreatedAt.lt(c.created_at))
                .add(
                    Condition::all()
                        .add(generation::Column::CreatedAt.eq(c.created_at))
                        .add(generation::Column::Id.lt(c.id)),
                ),
        );
    }
    let mut rows = query
        .order_by_desc(generation::Column::CreatedAt)
        .order_by_desc(generation::Column::Id)
        .limit(limit + 1)
        .all(&state.db)
        .await?;
    let more = rows.len() > usize::try_from(limit).unwrap_or(usize::MAX);
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let next_cursor = more
        .then(|| rows.last().map(|r| r.id.to_string()))
        .flatten();
    let data = crate::generation::with_images(state, &rows)
        .await?
        .into_iter()
        .map(|v| absolute(state, v))
        .collect();
    Ok(Page { data, next_cursor })
}

/// One of `user`'s generations, with absolute, freshly signed file URLs.
///
/// # Errors
/// Database errors.
pub async fn one(state: &AppState, user: Uuid, id: Uuid) -> anyhow::Result<Option<GenerationView>> {
    Ok(crate::generation::find(state, user, id)
        .await?
        .map(|v| absolute(state, v)))
}

/// Why a generation was not deleted.
#[derive(Debug, thiserror::Error)]
pub enum DeleteError {
    /// Not theirs, or gone.
    #[error("not found")]
    NotFound,
    /// Still being made.
    #[error("still running")]
    Running,
    /// Anything else.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Deletes one of `user`'s finished generations with its files (its shares end with it).
///
/// # Errors
/// [`DeleteError`].
pub async fn delete(state: &AppState, user: Uuid, id: Uuid) -> Result<(), DeleteError> {
    let row = crate::generation::row(state, user, id)
        .await?
        .ok_or(DeleteError::NotFound)?;
    if !Status::parse(&row.status).is_some_and(Status::is_final) {
        return Err(DeleteError::Running);
    }
    let images: Vec<Uuid> = generation_image::Entity::find()
        .select_only()
        .column(generation_image::Column::Id)
        .filter(generation_image::Column::GenerationId.eq(id))
        .into_tuple()
        .all(&state.db)
        .await
        .map_err(anyhow::Error::from)?;
    crate::gallery::delete(state, user, &images, &[id]).await?;
    Ok(())
}
