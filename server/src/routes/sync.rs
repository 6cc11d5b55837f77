//! `POST /api/v1/sync/push`, `…/pull`, `…/inventory`, `…/fetch`: the version check, then
//! `crate::push` or `crate::pull`. Every mutation of a push gets its own verdict (scope refusals
//! included), and reads are filtered to the caller's scope, so these requests succeed for any
//! role; only a client id of another user is refused as a whole (403).

use crate::auth::Caller;
use crate::error::ApiError;
use crate::routes::JsonBody;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use kezek_sync::{
    check_protocol, FetchRequest, InventoryRequest, ProtocolProbe, PullRequest, PushRequest,
};
use serde::de::DeserializeOwned;

/// The request of this protocol version, or the 426 answer for another version. The version is
/// read first: a request of another version may not parse as this one's types.
fn parse<T: DeserializeOwned>(body: serde_json::Value) -> Result<Result<T, Response>, ApiError> {
    let probe: ProtocolProbe = serde_json::from_value(body.clone())
        .map_err(|e| ApiError::InvalidRequest(format!("no protocol version: {e}")))?;
    if let Err(upgrade) = check_protocol(probe.protocol) {
        return Ok(Err(
            (StatusCode::UPGRADE_REQUIRED, Json(upgrade)).into_response()
        ));
    }
    serde_json::from_value(body)
        .map(Ok)
        .map_err(|e| ApiError::InvalidRequest(e.to_string()))
}

pub async fn push(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<serde_json::Value>,
) -> Result<Response, ApiError> {
    let request: PushRequest = match parse(body)? {
        Ok(r) => r,
        Err(upgrade) => return Ok(upgrade),
    };
    let response = crate::push::push(&state.pool, &caller, request, state.clock.now()).await?;
    Ok(Json(response).into_response())
}

pub async fn pull(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<serde_json::Value>,
) -> Result<Response, ApiError> {
    let request: PullRequest = match parse(body)? {
        Ok(r) => r,
        Err(upgrade) => return Ok(upgrade),
    };
    let response = crate::pull::pull(&state.pool, &caller, &request, state.clock.now()).await?;
    Ok(Json(response).into_response())
}

pub async fn inventory(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<serde_json::Value>,
) -> Result<Response, ApiError> {
    let request: InventoryRequest = match parse(body)? {
        Ok(r) => r,
        Err(upgrade) => return Ok(upgrade),
    };
    let response =
        crate::pull::inventory(&state.pool, &caller, &request, state.clock.now()).await?;
    Ok(Json(response).into_response())
}

pub async fn fetch(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(body): JsonBody<serde_json::Value>,
) -> Result<Response, ApiError> {
    let request: FetchRequest = match parse(body)? {
        Ok(r) => r,
        Err(upgrade) => return Ok(upgrade),
    };
    let response = crate::pull::fetch(&state.pool, &caller, &request, state.clock.now()).await?;
    Ok(Json(response).into_response())
}
