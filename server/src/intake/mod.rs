//! Intake of voucher applications (seed 001, AIS "Balalyk"), by two channels that share the form
//! ([`kezek_domain::intake`]) and the registration step ([`register`]: the district's country,
//! the benefit, the street, a duplicate, the application with its feed entry and history):
//! - the parents' portal: a parent asks for a code to their e-mail address ([`codes`]), then
//!   sends the whole form with that code ([`form`] checks the fields, [`submit`] checks the code
//!   and writes, with the registration, the parent's cabinet account and the e-mail in one
//!   transaction). No session: the code is what proves the address.
//! - the office: an operator or a commission secretary types the form in on the desktop, which
//!   pushes it as `application.register` ([`office`]); the e-mail is optional and no cabinet is
//!   made.
//!
//! The streets a form may name are the address bureau's lists ([`streets`]), in the change feed.
//!
//! The portal's errors keep the server's `{code, detail}` shape, with a few more members where
//! the portal needs them (`field`/`reason`/`errors`, `attempts_left`, `application`,
//! `retry_after_secs`); the office's are push verdicts.

pub mod codes;
pub mod form;
mod letters;
pub mod office;
pub mod reference;
pub mod register;
pub mod streets;
pub mod submit;

use crate::error::ApiError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// One field that failed, by its dotted path and a stable reason (the shared form's, plus
/// `wrong_country`).
pub use kezek_domain::intake::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("some fields are missing or wrong")]
    Fields(Vec<FieldError>),
    #[error("too many codes asked for this address; retry in {retry_after_secs} s")]
    TooManyCodes { retry_after_secs: u64 },
    #[error("no live code for this address: ask for a code first")]
    CodeNotRequested,
    #[error("the code has expired: ask for a new one")]
    CodeExpired,
    #[error("wrong code; {attempts_left} tries left")]
    WrongCode { attempts_left: i32 },
    #[error("too many wrong codes: ask for a new one")]
    CodeAttemptsExhausted,
    #[error(
        "the street is not in the address bureau's list of this district; check its name at the \
         public service centre or the address bureau"
    )]
    UnknownStreet,
    #[error("the child already has an open voucher application, {number}")]
    Duplicate { number: String },
    #[error(transparent)]
    Api(#[from] ApiError),
}

impl From<register::RegisterError> for IntakeError {
    fn from(e: register::RegisterError) -> Self {
        match e {
            register::RegisterError::Fields(errors) => IntakeError::Fields(errors),
            register::RegisterError::UnknownStreet => IntakeError::UnknownStreet,
            register::RegisterError::Duplicate { number } => IntakeError::Duplicate { number },
            register::RegisterError::Database(e) => e.into(),
        }
    }
}

impl From<sqlx::Error> for IntakeError {
    fn from(e: sqlx::Error) -> Self {
        IntakeError::Api(e.into())
    }
}

impl IntakeError {
    pub fn field(field: &str, reason: &'static str) -> Self {
        IntakeError::Fields(vec![FieldError {
            field: field.to_owned(),
            reason,
        }])
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            IntakeError::Fields(_) => "invalid_field",
            IntakeError::TooManyCodes { .. } => "too_many_codes",
            IntakeError::CodeNotRequested => "code_not_requested",
            IntakeError::CodeExpired => "code_expired",
            IntakeError::WrongCode { .. } => "wrong_code",
            IntakeError::CodeAttemptsExhausted => "code_attempts_exhausted",
            IntakeError::UnknownStreet => "unknown_street",
            IntakeError::Duplicate { .. } => "duplicate_application",
            IntakeError::Api(e) => e.code(),
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            IntakeError::TooManyCodes { .. } => StatusCode::TOO_MANY_REQUESTS,
            IntakeError::Duplicate { .. } => StatusCode::CONFLICT,
            IntakeError::Api(e) => e.status(),
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        }
    }
}

impl IntoResponse for IntakeError {
    fn into_response(self) -> Response {
        if let IntakeError::Api(e) = self {
            return e.into_response();
        }
        let mut body = json!({ "code": self.code(), "detail": self.to_string() });
        match &self {
            IntakeError::Fields(errors) => {
                if let Some(first) = errors.first() {
                    body["field"] = json!(first.field);
                    body["reason"] = json!(first.reason);
                    body["detail"] = json!(format!("{}: {}", first.field, first.reason));
                }
                body["errors"] = json!(errors);
            }
            IntakeError::TooManyCodes { retry_after_secs } => {
                body["retry_after_secs"] = json!(retry_after_secs);
            }
            IntakeError::WrongCode { attempts_left } => {
                body["attempts_left"] = json!(attempts_left);
            }
            IntakeError::UnknownStreet => body["field"] = json!("address.street"),
            IntakeError::Duplicate { number } => body["application"] = json!(number),
            _ => {}
        }
        let mut response = (self.status(), Json(body)).into_response();
        if let IntakeError::TooManyCodes { retry_after_secs } = self {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
        response
    }
}
