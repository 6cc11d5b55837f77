//! `POST /api/v1/me/password`: signed-in users change their own password. The current password
//! is asked again (a session left open on a shared computer must not be enough); a wrong one is
//! counted like a failed login, and the same throttle applies. The new password follows the rule
//! of new accounts; the account's other sessions end, the caller's stays.

use crate::accounts;
use crate::auth::throttle::Policy;
use crate::auth::{login, password, Caller};
use crate::error::ApiError;
use crate::routes::JsonBody;
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct PasswordChange {
    current_password: String,
    new_password: String,
}

pub async fn change(
    caller: Caller,
    State(state): State<AppState>,
    JsonBody(body): JsonBody<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    // The rule of the new password first: a form error costs no attempt.
    if body.new_password.chars().count() < password::MIN_LENGTH {
        return Err(ApiError::InvalidRequest(
            password::PasswordError::TooShort.to_string(),
        ));
    }
    let (hash, locked_until): (String, Option<DateTime<Utc>>) =
        sqlx::query_as("SELECT password_hash, locked_until FROM users WHERE id = $1")
            .bind(caller.user_id)
            .fetch_one(&state.pool)
            .await?;
    if let Some(secs) = Policy::retry_after(locked_until, state.clock.now()) {
        return Err(ApiError::TooManyAttempts {
            retry_after_secs: secs,
        });
    }
    if !password::verify_blocking(body.current_password, Some(hash)).await {
        login::record_failure(&state, caller.user_id, state.clock.now()).await?;
        tracing::info!(login = %caller.login, "wrong current password");
        return Err(ApiError::WrongPassword);
    }
    accounts::change_own_password(
        &state.pool,
        &caller.actor(),
        caller.user_id,
        caller.session_id,
        body.new_password,
        state.clock.now(),
    )
    .await?;
    tracing::info!(login = %caller.login, "password changed");
    Ok(StatusCode::NO_CONTENT)
}
