//! The bearer-token extractor: `Authorization: Bearer <token>` → the session's user and scope.
//! A handler that takes a [`Caller`] cannot run unauthenticated.

use crate::auth::token;
use crate::db::{reference, sessions};
use crate::error::ApiError;
use crate::scope::{Location, Principal, Role};
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;

/// The authenticated user behind a request.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user_id: i64,
    pub login: String,
    pub full_name: String,
    pub personal_number: Option<String>,
    pub role: Role,
    pub scope: Location,
    pub session_id: i64,
    pub device_id: String,
}

impl Caller {
    pub fn principal(&self) -> Principal {
        Principal {
            role: self.role,
            scope: self.scope,
        }
    }

    /// The caller as the author of history events.
    pub fn actor(&self) -> crate::db::history::Actor {
        crate::db::history::Actor {
            user_id: Some(self.user_id),
            label: self.login.clone(),
            device_id: Some(self.device_id.clone()),
        }
    }
}

fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let token = bearer(parts).ok_or(ApiError::Unauthenticated)?;
        let row = sessions::find(&state.pool, &token::digest(token))
            .await?
            .ok_or(ApiError::Unauthenticated)?;
        let now = state.clock.now();
        if row.revoked_at.is_some() || row.disabled || now - row.last_seen_at > state.session_idle {
            return Err(ApiError::SessionExpired);
        }
        // `touch` moves it at most once a minute: skip the round trip when it would not.
        if now - row.last_seen_at > chrono::Duration::seconds(60) {
            sessions::touch(&state.pool, row.session_id, now).await?;
        }
        let role = row
            .role
            .parse()
            .map_err(|e| ApiError::Internal(format!("user {}: {e}", row.user_id)))?;
        Ok(Caller {
            user_id: row.user_id,
            login: row.login,
            full_name: row.full_name,
            personal_number: row.personal_number,
            role,
            scope: reference::location_from_columns(
                row.region_id,
                row.district_id,
                row.commission_id,
                row.kindergarten_id,
            ),
            session_id: row.session_id,
            device_id: row.device_id,
        })
    }
}
