//! Reference data: the regions, districts, commissions and kindergartens the caller may see.

use crate::auth::Caller;
use crate::db::reference::{self, District, DistrictUnit, Tree};
use crate::error::ApiError;
use crate::routes::PathId;
use crate::scope::{may, Action, Unit};
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use serde::Serialize;

/// `GET /api/v1/reference`: the whole tree, cut to what the caller may see.
pub async fn tree(caller: Caller, State(state): State<AppState>) -> Result<Json<Tree>, ApiError> {
    let who = caller.principal();
    let sees = |l| may(&who, Action::ReadReference, &l).is_ok();
    let mut tree = reference::load_tree(&state.pool).await?;
    tree.regions.retain(|r| sees(r.location()));
    tree.districts.retain(|d| sees(d.location()));
    tree.commissions
        .retain(|c| sees(c.location(Unit::Commission)));
    tree.kindergartens
        .retain(|k| sees(k.location(Unit::Kindergarten)));
    Ok(Json(tree))
}

#[derive(Serialize)]
pub struct DistrictDetail {
    district: District,
    commissions: Vec<DistrictUnit>,
    kindergartens: Vec<DistrictUnit>,
}

/// `GET /api/v1/districts/{id}`: one district and the units in it that the caller may see.
pub async fn district(
    caller: Caller,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> Result<Json<DistrictDetail>, ApiError> {
    let who = caller.principal();
    let district = reference::district(&state.pool, id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no district {id}")))?;
    may(&who, Action::ReadReference, &district.location())
        .map_err(|e| ApiError::Forbidden(e.to_string()))?;
    let (mut commissions, mut kindergartens) =
        reference::units_of_district(&state.pool, id).await?;
    commissions.retain(|c| may(&who, Action::ReadReference, &c.location(Unit::Commission)).is_ok());
    kindergartens
        .retain(|k| may(&who, Action::ReadReference, &k.location(Unit::Kindergarten)).is_ok());
    Ok(Json(DistrictDetail {
        district,
        commissions,
        kindergartens,
    }))
}
