//! The images shown before and after one image in the gallery's default order (generations
//! newest first, images in position order), for previous/next on the detail page.

use sea_orm::{
    ConnectionTrait, FromQueryResult,
    sea_query::{Expr, ExprTrait as _, Order, Query, SelectStatement},
};
use uuid::Uuid;

use crate::{
    db::entities::{generation, generation_image},
    state::AppState,
};

#[derive(FromQueryResult)]
struct Found {
    id: Uuid,
}

fn closest(g: &generation::Model, image: &generation_image::Model, newer: bool) -> SelectStatement {
    let (gi, gen_) = (generation_image::Entity, generation::Entity);
    let at = Expr::col((gen_, generation::Column::CreatedAt));
    let id = Expr::col((gen_, generation::Column::Id));
    let position = Expr::col((gi, generation_image::Column::Position));
    let same = id.clone().eq(g.id);
    let (other, within, order, position_order) = if newer {
        (
            at.clone()
                .gt(g.created_at)
                .or(at.clone().eq(g.created_at).and(id.clone().gt(g.id))),
            position.clone().lt(image.position),
            Order::Asc,
            Order::Desc,
        )
    } else {
        (
            at.clone()
                .lt(g.created_at)
                .or(at.clone().eq(g.created_at).and(id.clone().lt(g.id))),
            position.clone().gt(image.position),
            Order::Desc,
            Order::Asc,
        )
    };
    Query::select()
        .column((gi, generation_image::Column::Id))
        .from(gi)
        .inner_join(
            gen_,
            Expr::col((gen_, generation::Column::Id))
                .equals((gi, generation_image::Column::GenerationId)),
        )
        .and_where(Expr::col((gi, generation_image::Column::UserId)).eq(image.user_id))
        .and_where(same.and(within).or(other))
        .order_by((gen_, generation::Column::CreatedAt), order.clone())
        .order_by((gen_, generation::Column::Id), order)
        .order_by((gi, generation_image::Column::Position), position_order)
        .limit(1)
        .to_owned()
}

/// The newer and the older neighbour of `image` (of generation `g`).
///
/// # Errors
/// Database errors.
#[tracing::instrument(skip_all)]
pub async fn of(
    state: &AppState,
    g: &generation::Model,
    image: &generation_image::Model,
) -> Result<(Option<Uuid>, Option<Uuid>), sea_orm::DbErr> {
    let backend = state.db.get_database_backend();
    let mut out = [None, None];
    for (slot, newer) in out.iter_mut().zip([true, false]) {
        let stmt = backend.build(&closest(g, image, newer));
        *slot = match state.db.query_one_raw(stmt).await? {
            Some(row) => Some(Found::from_query_result(&row, "")?.id),
            None => None,
        };
    }
    let [prev, next] = out;
    Ok((prev, next))
}
