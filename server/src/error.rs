//! The errors an HTTP caller sees: a status and a JSON body `{code, detail}`.
//!
//! `code` is stable (the app switches on it and translates it); `detail` is for people and logs
//! and may change. Internal causes are logged, never sent.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("authentication required")]
    Unauthenticated,
    #[error("the session has expired or was revoked")]
    SessionExpired,
    #[error("wrong login or password")]
    InvalidCredentials,
    #[error("the account is disabled")]
    AccountDisabled,
    /// A signed-in user's own password, asked again (changing it), is wrong.
    #[error("the current password is wrong")]
    WrongPassword,
    #[error("too many failed logins; retry in {retry_after_secs} s")]
    TooManyAttempts { retry_after_secs: u64 },
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    InvalidRequest(String),
    #[error("{0}")]
    Conflict(String),
    #[error("the database does not answer")]
    DatabaseUnavailable,
    #[error("internal error")]
    Internal(String),
}

impl ApiError {
    /// The stable code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::Unauthenticated => "unauthenticated",
            ApiError::SessionExpired => "session_expired",
            ApiError::InvalidCredentials => "invalid_credentials",
            ApiError::AccountDisabled => "account_disabled",
            ApiError::WrongPassword => "wrong_password",
            ApiError::TooManyAttempts { .. } => "too_many_attempts",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::NotFound(_) => "not_found",
            ApiError::InvalidRequest(_) => "invalid_request",
            ApiError::Conflict(_) => "conflict",
            ApiError::DatabaseUnavailable => "database_unavailable",
            ApiError::Internal(_) => "internal",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Unauthenticated | ApiError::SessionExpired | ApiError::InvalidCredentials => {
                StatusCode::UNAUTHORIZED
            }
            ApiError::AccountDisabled | ApiError::WrongPassword | ApiError::Forbidden(_) => {
                StatusCode::FORBIDDEN
            }
            ApiError::TooManyAttempts { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::InvalidRequest(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::DatabaseUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => {
                tracing::error!(error = %e, "database unavailable");
                ApiError::DatabaseUnavailable
            }
            e => ApiError::Internal(e.to_string()),
        }
    }
}

impl From<crate::accounts::AccountError> for ApiError {
    fn from(e: crate::accounts::AccountError) -> Self {
        use crate::accounts::AccountError as E;
        match e {
            E::LoginTaken(_) => ApiError::Conflict(e.to_string()),
            E::UnknownUser(_) | E::UnknownUnit { .. } => ApiError::NotFound(e.to_string()),
            E::Invalid(_) => ApiError::InvalidRequest(e.to_string()),
            E::Database(db) => db.into(),
            E::Internal(m) => ApiError::Internal(m),
        }
    }
}

impl From<crate::push::PushError> for ApiError {
    fn from(e: crate::push::PushError) -> Self {
        use crate::push::PushError as E;
        match e {
            E::Invalid(m) => ApiError::InvalidRequest(m),
            E::ForeignClient(_) => ApiError::Forbidden(e.to_string()),
            E::LostVerdict { .. } => ApiError::Internal(e.to_string()),
            E::Database(db) => db.into(),
        }
    }
}

impl From<crate::pull::PullError> for ApiError {
    fn from(e: crate::pull::PullError) -> Self {
        use crate::pull::PullError as E;
        match e {
            E::Invalid(m) => ApiError::InvalidRequest(m),
            E::ForeignClient(_) => ApiError::Forbidden(e.to_string()),
            E::Database(db) => db.into(),
        }
    }
}

#[derive(Serialize)]
struct Body<'a> {
    code: &'a str,
    detail: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        let status = self.status();
        let body = Body {
            code: self.code(),
            detail: self.to_string(),
        };
        let mut response = (status, Json(body)).into_response();
        if let ApiError::TooManyAttempts { retry_after_secs } = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
