//! `POST /api/v1/sync/push`: the version check, then `crate::push`. Every mutation gets its own
//! verdict (scope refusals included), so the request itself succeeds for any role; only a client
//! id of another user is refused as a whole (403).

use crate::auth::Caller;
use crate::error::ApiError;
use crate::routes::JsonBody;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use kezek_sync::{check_protocol, ProtocolProbe, PushRequest};

pub async fn push(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<serde_json::Value>,
) -> Result<Response, ApiError> {
    // The version first: a request of another version may not parse as this one's types.
    let probe: ProtocolProbe = serde_json::from_value(body.clone())
        .map_err(|e| ApiError::InvalidRequest(format!("no protocol version: {e}")))?;
    if let Err(upgrade) = check_protocol(probe.protocol) {
        return Ok((StatusCode::UPGRADE_REQUIRED, Json(upgrade)).into_response());
    }
    let request: PushRequest =
        serde_json::from_value(body).map_err(|e| ApiError::InvalidRequest(e.to_string()))?;
    let response = crate::push::push(&state.pool, &caller, request, state.clock.now()).await?;
    Ok(Json(response).into_response())
}
