//! Logging in: throttle, verify the password, open a device session.
//!
//! Order matters: a locked login is refused before any hashing (429 with `Retry-After`), a wrong
//! password counts a failure, and only a right password reveals that an account is disabled.

use crate::auth::{password, throttle::Policy, token};
use crate::db::history::{self, Actor, Event};
use crate::db::sessions;
use crate::error::ApiError;
use crate::state::AppState;
use chrono::{DateTime, Utc};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct LoginRequest {
    pub login: String,
    pub password: String,
    pub device_id: String,
}

/// A new session: the token is shown this once.
#[derive(Debug)]
pub struct NewSession {
    pub token: String,
    pub session_id: i64,
    pub user_id: i64,
}

#[derive(sqlx::FromRow)]
struct Credentials {
    id: i64,
    login: String,
    password_hash: String,
    disabled: bool,
    locked_until: Option<DateTime<Utc>>,
}

pub async fn login(state: &AppState, req: LoginRequest) -> Result<NewSession, ApiError> {
    let device_id = req.device_id.trim();
    if device_id.is_empty() || device_id.len() > 200 {
        return Err(ApiError::InvalidRequest(
            "device_id must have 1 to 200 characters".into(),
        ));
    }
    let pool = &state.pool;
    let user: Option<Credentials> = sqlx::query_as(
        "SELECT id, login, password_hash, disabled, locked_until FROM users \
         WHERE lower(login) = lower($1)",
    )
    .bind(req.login.trim())
    .fetch_optional(pool)
    .await?;

    let now = state.clock.now();
    if let Some(secs) = user
        .as_ref()
        .and_then(|u| Policy::retry_after(u.locked_until, now))
    {
        return Err(ApiError::TooManyAttempts {
            retry_after_secs: secs,
        });
    }
    let ok =
        password::verify_blocking(req.password, user.as_ref().map(|u| u.password_hash.clone()))
            .await;
    let Some(user) = user else {
        return Err(ApiError::InvalidCredentials);
    };
    // Time moved while hashing; the clock is read again for what is written.
    let now = state.clock.now();
    if !ok {
        record_failure(state, user.id, now).await?;
        tracing::info!(login = %user.login, "failed login");
        return Err(ApiError::InvalidCredentials);
    }
    if user.disabled {
        return Err(ApiError::AccountDisabled);
    }

    let token = token::generate();
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1")
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
    let session_id =
        sessions::create(&mut tx, user.id, device_id, &token::digest(&token), now).await?;
    let actor = Actor {
        user_id: Some(user.id),
        label: user.login.clone(),
        device_id: Some(device_id.to_owned()),
    };
    history::record(
        &mut tx,
        &actor,
        now,
        Event {
            action: "session.create",
            object_kind: "device_session",
            object_id: Some(session_id),
            before: None,
            after: Some(serde_json::json!({ "device_id": device_id })),
        },
    )
    .await?;
    tx.commit().await?;
    tracing::info!(login = %user.login, device_id, session_id, "login");
    Ok(NewSession {
        token,
        session_id,
        user_id: user.id,
    })
}

/// Counts a wrong password of `user_id` (at login, or when changing it) and locks the login
/// once the throttle says so.
pub(crate) async fn record_failure(
    state: &AppState,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let mut tx = state.pool.begin().await?;
    let failures: i32 = sqlx::query_scalar(
        "UPDATE users SET failed_logins = failed_logins + 1, last_failed_login_at = $2 \
         WHERE id = $1 RETURNING failed_logins",
    )
    .bind(user_id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    if let Some(until) = state
        .throttle
        .lock_after(u32::try_from(failures).unwrap_or(0), now)
    {
        sqlx::query("UPDATE users SET locked_until = $2 WHERE id = $1")
            .bind(user_id)
            .bind(until)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
