//! User administration: list, create, disable, reset a password. Administrators only, and only
//! over users in their scope (`scope::may(ManageUsers)`).

use crate::accounts::{self, NewUser, UserView};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::routes::{JsonBody, PathId};
use crate::scope::{may, Action, Location};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;

/// Refuses a caller whose role manages no users at all, before anything is looked up (so that a
/// non-administrator cannot probe which ids exist by telling 404 from 403).
fn administers(caller: &Caller) -> Result<(), ApiError> {
    allowed(caller, &caller.scope)
}

fn allowed(caller: &Caller, target: &Location) -> Result<(), ApiError> {
    may(&caller.principal(), Action::ManageUsers, target)
        .map_err(|e| ApiError::Forbidden(e.to_string()))
}

pub async fn list(
    caller: Caller,
    State(state): State<AppState>,
) -> Result<Json<Vec<UserView>>, ApiError> {
    // Refuse outright rather than answer an empty list: a non-administrator has no business here.
    administers(&caller)?;
    let mut users = accounts::list(&state.pool).await?;
    users.retain(|u| allowed(&caller, &u.location()).is_ok());
    Ok(Json(users))
}

pub async fn create(
    caller: Caller,
    State(state): State<AppState>,
    JsonBody(new): JsonBody<NewUser>,
) -> Result<(StatusCode, Json<UserView>), ApiError> {
    administers(&caller)?;
    let target = accounts::resolve_scope(&state.pool, new.scope).await?;
    allowed(&caller, &target)?;
    let user = accounts::create(&state.pool, &caller.actor(), new, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(user)))
}

pub async fn disable(
    caller: Caller,
    State(state): State<AppState>,
    PathId(id): PathId,
) -> Result<Json<UserView>, ApiError> {
    administers(&caller)?;
    let target = accounts::get(&state.pool, id).await?;
    allowed(&caller, &target.location())?;
    if target.id == caller.user_id {
        return Err(ApiError::Conflict(
            "an administrator cannot disable itself".into(),
        ));
    }
    let user = accounts::disable(&state.pool, &caller.actor(), id, state.clock.now()).await?;
    Ok(Json(user))
}

#[derive(Deserialize)]
pub struct NewPassword {
    password: String,
}

pub async fn reset_password(
    caller: Caller,
    State(state): State<AppState>,
    PathId(id): PathId,
    JsonBody(body): JsonBody<NewPassword>,
) -> Result<StatusCode, ApiError> {
    administers(&caller)?;
    let target = accounts::get(&state.pool, id).await?;
    allowed(&caller, &target.location())?;
    accounts::reset_password(
        &state.pool,
        &caller.actor(),
        id,
        body.password,
        state.clock.now(),
    )
    .await?;
    Ok(StatusCode::NO_CONTENT)
}
