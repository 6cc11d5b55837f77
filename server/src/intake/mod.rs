//! The parents' portal intake of voucher applications (seed 001, AIS "Balalyk"): a parent asks
//! for a code to their e-mail address ([`codes`]), then sends the whole form with that code
//! ([`form`] checks the fields, [`submit`] checks the code, the street, a duplicate, and writes
//! the application, its feed entry, the parent's cabinet account, the history and the e-mail in
//! one transaction). No session: the code is what proves the address.
//!
//! Errors keep the server's `{code, detail}` shape, with a few more members where the portal
//! needs them (`field`/`reason`/`errors`, `attempts_left`, `application`, `retry_after_secs`).

pub mod codes;
pub mod form;
mod letters;
pub mod streets;
pub mod submit;

use crate::error::ApiError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use serde_json::json;

/// One field that failed, by its dotted path in the request (`parent.passport.issued_on`) and a
/// stable reason (`required`, `format`, `too_long`, `invalid_characters`, `unknown`, the personal
/// number's codes `length`/`not_a_digit`/`sex_digit`/…, `wrong_country`, `birth_date_in_future`,
/// `same_as_child`, `in_future`, `before_birth`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub reason: &'static str,
}

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
