//! The parents' portal: `POST /api/v1/public/voucher/code` e-mails a confirmation code,
//! `POST /api/v1/public/voucher/applications` registers a voucher application proven by it.
//! No session; the work is in `crate::intake`.

use crate::error::ApiError;
use crate::intake::codes::{self, Policy};
use crate::intake::form::{self, CodeRequest, PortalForm};
use crate::intake::reference;
use crate::intake::submit::{self, Submitted};
use crate::intake::{FieldError, IntakeError};
use crate::routes::{JsonBody, PathId};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Serialize)]
pub struct CodeSent {
    expires_at: DateTime<Utc>,
    /// When the next code to this address may be asked for, at the earliest.
    resend_after_secs: i64,
}

pub async fn request_code(
    State(state): State<AppState>,
    JsonBody(req): JsonBody<CodeRequest>,
) -> Result<(StatusCode, Json<CodeSent>), IntakeError> {
    let email = form::email(&req.email);
    let language = form::language(&req.language);
    let errors: Vec<FieldError> = [
        ("email", email.as_ref().err()),
        ("language", language.as_ref().err()),
    ]
    .into_iter()
    .filter_map(|(field, reason)| {
        reason.map(|r| FieldError {
            field: field.into(),
            reason: r,
        })
    })
    .collect();
    let (Ok(email), Ok(language)) = (email, language) else {
        return Err(IntakeError::Fields(errors));
    };
    let policy = Policy::default();
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    let (issued, _code) = codes::issue(&mut tx, &policy, &email, &language, now).await?;
    tx.commit().await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(CodeSent {
            expires_at: issued.expires_at,
            resend_after_secs: policy.min_gap.num_seconds(),
        }),
    ))
}

pub async fn submit_application(
    State(state): State<AppState>,
    JsonBody(form): JsonBody<PortalForm>,
) -> Result<(StatusCode, Json<Submitted>), IntakeError> {
    let done = submit::submit(&state.pool, &Policy::default(), &form, state.clock.now()).await?;
    Ok((StatusCode::CREATED, Json(done)))
}

/// `GET /api/v1/public/voucher/reference`: regions, districts, benefit categories, languages.
pub async fn reference(
    State(state): State<AppState>,
) -> Result<Json<reference::PortalReference>, ApiError> {
    Ok(Json(reference::load(&state.pool).await?))
}

/// `GET /api/v1/public/voucher/districts/{id}/streets`: the district's list of streets.
pub async fn streets(
    State(state): State<AppState>,
    PathId(district): PathId,
) -> Result<Json<Vec<reference::PortalStreet>>, ApiError> {
    match reference::streets_of(&state.pool, district).await? {
        Some(streets) => Ok(Json(streets)),
        None => Err(ApiError::NotFound(format!("no district {district}"))),
    }
}
