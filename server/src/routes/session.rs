//! `POST /api/v1/session` logs in (the token is in this answer only); `DELETE` logs out.

use crate::auth::login::{self, LoginRequest};
use crate::auth::Caller;
use crate::db::history::{self, Event};
use crate::db::sessions;
use crate::error::ApiError;
use crate::routes::JsonBody;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::Serialize;

#[derive(Serialize)]
pub struct SessionCreated {
    token: String,
    session_id: i64,
    user_id: i64,
}

pub async fn create(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<LoginRequest>,
) -> Result<Json<SessionCreated>, ApiError> {
    let s = login::login(&state, req).await?;
    Ok(Json(SessionCreated {
        token: s.token,
        session_id: s.session_id,
        user_id: s.user_id,
    }))
}

pub async fn delete(caller: Caller, State(state): State<AppState>) -> Result<StatusCode, ApiError> {
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    sessions::revoke(&mut tx, caller.session_id, now).await?;
    history::record(
        &mut tx,
        &caller.actor(),
        now,
        Event {
            action: "session.revoke",
            object_kind: "device_session",
            object_id: Some(caller.session_id),
            before: None,
            after: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}
