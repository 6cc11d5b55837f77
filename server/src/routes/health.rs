//! `GET /health`: up, and the database answers. No authentication, no data.

use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde_json::{json, Value};

pub async fn get(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    match sqlx::query_scalar::<_, i32>("SELECT 1")
        .fetch_one(&state.pool)
        .await
    {
        Ok(_) => (
            StatusCode::OK,
            Json(json!({ "status": "ok", "database": "ok", "version": env!("CARGO_PKG_VERSION") })),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "health: database down");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(
                    json!({ "code": "database_unavailable", "detail": "the database does not answer" }),
                ),
            )
        }
    }
}
