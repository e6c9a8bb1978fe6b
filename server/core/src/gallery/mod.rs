//! The private gallery (P-GEN-5): a person's generations, newest first, searched and filtered,
//! in pages that continue after a keyset cursor; one image with its neighbours; deletion of
//! images (rows and every stored object, at once — P-GEN-3) and retries of failed generations.
//!
//! Everything here is scoped to one owner: another person's ids are simply not found.

mod cursor;
mod delete;
mod neighbours;

use chrono::{DateTime, NaiveDate, Utc};
use obscura_shared::{
    gallery::{
        Day, GalleryGeneration, GalleryImage, GalleryItem, GalleryPage, GalleryQuery, ModelChoice,
        PAGE_SIZE, SharedFilter, Sort,
    },
    generation::Size,
};
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, ExprTrait as _, Func, LikeExpr, Query},
};
use uuid::Uuid;

pub use cursor::Cursor;
pub use delete::{delete, retry};

use crate::{
    db::entities::{generation, generation_image, share, user},
    generation::views::{self, Variant, signed_url},
    state::AppState,
};

fn start_of(day: Day) -> Option<DateTime<Utc>> {
    NaiveDate::from_ymd_opt(
        i32::from(day.year),
        u32::from(day.month),
        u32::from(day.day),
    )
    .and_then(|d| d.and_hms_opt(0, 0, 0))
    .map(|t| t.and_utc())
}

/// `%`, `_` and the escape character itself taken literally in a LIKE pattern.
fn like_pattern(q: &str) -> String {
    let mut out = String::with_capacity(q.len() + 2);
    out.push('%');
    for c in q.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// Ids of `user`'s generations with at least one live share.
fn shared_generations(user: Uuid, now: DateTime<Utc>) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column((
            generation_image::Entity,
            generation_image::Column::GenerationId,
        ))
        .from(generation_image::Entity)
        .inner_join(
            share::Entity,
            Expr::col((share::Entity, share::Column::ImageId))
                .equals((generation_image::Entity, generation_image::Column::Id)),
        )
        .and_where(Expr::col((share::Entity, share::Column::UserId)).eq(user))
        .and_where(
            Expr::col((share::Entity, share::Column::ExpiresAt))
                .is_null()
                .or(Expr::col((share::Entity, share::Column::ExpiresAt)).gt(now)),
        )
        .to_owned()
}

/// The filtered query, without cursor or order.
fn filtered(
    user: Uuid,
    query: &GalleryQuery,
    now: DateTime<Utc>,
) -> sea_orm::Select<generation::Entity> {
    let mut select = generation::Entity::find().filter(generation::Column::UserId.eq(user));
    if !query.q.is_empty() {
        select = select.filter(
            Expr::expr(Func::lower(Expr::col(generation::Column::Prompt)))
                .like(LikeExpr::new(like_pattern(&query.q)).escape('\\')),
        );
    }
    if let Some(model) = &query.model {
        select = select.filter(generation::Column::Model.eq(model.as_str()));
    }
    let statuses = query.status.statuses();
    if !statuses.is_empty() {
        select = select.filter(generation::Column::Status.is_in(statuses.iter().map(|s| s.code())));
    }
    if let Some(from) = query.from.and_then(start_of) {
        select = select.filter(generation::Column::CreatedAt.gte(from));
    }
    if let Some(to) = query.to.and_then(start_of) {
        select = select.filter(generation::Column::CreatedAt.lt(to + chrono::Duration::days(1)));
    }
    match query.shared {
        SharedFilter::Any => {}
        SharedFilter::Shared => {
            select =
                select.filter(generation::Column::Id.in_subquery(shared_generations(user, now)));
        }
        SharedFilter::NotShared => {
            select = select
                .filter(generation::Column::Id.not_in_subquery(shared_generations(user, now)));
        }
    }
    select
}

/// One page of `user`'s gallery. A cursor that does not parse starts from the beginning.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user))]
pub async fn page(
    state: &AppState,
    user: Uuid,
    query: GalleryQuery,
    errors: Vec<(String, String)>,
) -> anyhow::Result<GalleryPage> {
    let now = state.clock.now();
    let mut select = filtered(user, &query, now);
    let after = query.after.as_deref().and_then(Cursor::parse);
    if let Some(c) = &after {
        let (at, id) = (generation::Column::CreatedAt, generation::Column::Id);
        select = select.filter(match query.sort {
            Sort::Newest => Condition::any()
                .add(at.lt(c.created_at))
                .add(Condition::all().add(at.eq(c.created_at)).add(id.lt(c.id))),
            Sort::Oldest => Condition::any()
                .add(at.gt(c.created_at))
                .add(Condition::all().add(at.eq(c.created_at)).add(id.gt(c.id))),
        });
    }
    select = match query.sort {
        Sort::Newest => select
            .order_by_desc(generation::Column::CreatedAt)
            .order_by_desc(generation::Column::Id),
        Sort::Oldest => select
            .order_by_asc(generation::Column::CreatedAt)
            .order_by_asc(generation::Column::Id),
    };
    let mut rows = select.limit(PAGE_SIZE + 1).all(&state.db).await?;
    let next = (rows.len() > usize::try_from(PAGE_SIZE).unwrap_or(usize::MAX)).then(|| {
        rows.truncate(usize::try_from(PAGE_SIZE).unwrap_or(usize::MAX));
        rows.last().map(|r| Cursor::of(r).to_string())
    });
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let images = generation_image::Entity::find()
        .filter(generation_image::Column::GenerationId.is_in(ids))
        .order_by_asc(generation_image::Column::Position)
        .all(&state.db)
        .await?;
    let shared: Vec<Uuid> = share::Entity::find()
        .select_only()
        .column(share::Column::ImageId)
        .filter(share::Column::ImageId.is_in(images.iter().map(|i| i.id)))
        .filter(
            Condition::any()
                .add(share::Column::ExpiresAt.is_null())
                .add(share::Column::ExpiresAt.gt(now)),
        )
        .into_tuple()
        .all(&state.db)
        .await?;
    let generations = rows
        .iter()
        .map(|row| {
            let view = views::generation(state, row, &[]);
            GalleryGeneration {
                id: row.id.to_string(),
                prompt: row.prompt.clone(),
                model_label: row.model_label.clone(),
                status: view.status,
                failure: view.failure,
                count: view.count,
                created_at: view.created_at,
                images: images
                    .iter()
                    .filter(|i| i.generation_id == row.id)
                    .map(|i| tile(state, i, shared.contains(&i.id)))
                    .collect(),
            }
        })
        .collect();
    let has_any = !rows.is_empty()
        || generation::Entity::find()
            .filter(generation::Column::UserId.eq(user))
            .count(&state.db)
            .await?
            > 0;
    Ok(GalleryPage {
        models: models(state, user).await?,
        next: next.flatten(),
        generations,
        has_any,
        errors,
        query,
    })
}

fn tile(state: &AppState, row: &generation_image::Model, shared: bool) -> GalleryImage {
    let dim = |v: i32| u32::try_from(v).unwrap_or_default();
    GalleryImage {
        id: row.id.to_string(),
        thumb_url: signed_url(state, row.user_id, row.id, Variant::Thumb),
        thumb_width: dim(row.thumb_width),
        thumb_height: dim(row.thumb_height),
        preview_url: signed_url(state, row.user_id, row.id, Variant::Preview),
        preview_width: dim(row.preview_width),
        shared,
    }
}

/// The models `user` has used (latest label of each), for the filter menu.
async fn models(state: &AppState, user: Uuid) -> anyhow::Result<Vec<ModelChoice>> {
    let pairs: Vec<(String, String)> = generation::Entity::find()
        .select_only()
        .column(generation::Column::Model)
        .column(generation::Column::ModelLabel)
        .filter(generation::Column::UserId.eq(user))
        .distinct()
        .into_tuple()
        .all(&state.db)
        .await?;
    let mut out: Vec<ModelChoice> = Vec::new();
    for (id, label) in pairs {
        if !out.iter().any(|m| m.id == id) {
            out.push(ModelChoice { id, label });
        }
    }
    out.sort_by(|a, b| a.label.cmp(&b.label));
    Ok(out)
}

/// One of `user`'s images with everything the detail page shows, or None.
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all, fields(user = %user, image = %image))]
pub async fn item(
    state: &AppState,
    user: Uuid,
    image: Uuid,
) -> anyhow::Result<Option<GalleryItem>> {
    let Some(row) = generation_image::Entity::find_by_id(image)
        .filter(generation_image::Column::UserId.eq(user))
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let Some(generation) = generation::Entity::find_by_id(row.generation_id)
        .one(&state.db)
        .await?
    else {
        return Ok(None);
    };
    let (prev, next) = neighbours::of(state, &generation, &row).await?;
    let shares = crate::sharing::for_image(state, user, row.id)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let owner_name = user::Entity::find_by_id(user)
        .one(&state.db)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    let duration_ms = generation
        .started_at
        .zip(generation.finished_at)
        .and_then(|(s, f)| u64::try_from((f - s).num_milliseconds()).ok());
    let view = views::generation(state, &generation, &[]);
    Ok(Some(GalleryItem {
        image: views::image(state, &row),
        generation_id: generation.id.to_string(),
        prompt: generation.prompt,
        negative_prompt: generation.negative_prompt,
        model_label: generation.model_label,
        size: Size {
            width: view.size.width,
            height: view.size.height,
        },
        seed: view.seed,
        duration_ms,
        cost: view.cost,
        count: view.count,
        created_at: view.created_at,
        expires_at: view.expires_at,
        prev: prev.map(|id| id.to_string()),
        next: next.map(|id| id.to_string()),
        shares,
        owner_name,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_is_taken_literally() {
        assert_eq!(like_pattern("Fox"), "%fox%");
        assert_eq!(like_pattern("100%_off\\"), "%100\\%\\_off\\\\%");
    }
}
