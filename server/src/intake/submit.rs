//! A parent's voucher application, from the checked form to the registered application.
//!
//! One transaction: the code (locked; a wrong one is counted and committed on its own, nothing
//! else), then the registration shared with the office ([`super::register`]: the reference data,
//! a duplicate, the application with its feed entry and history), and the portal's own part:
//! what the form holds beyond the application, the parent's cabinet on a first application, the
//! code spent, and the e-mail. Any refusal after the code rolls all of it back and leaves the
//! code usable.

use super::codes::{self, portal_actor, Policy};
use super::form::{self, PortalForm, PortalValid};
use super::register::{self, Channel};
use super::{letters, IntakeError};
use crate::auth::password;
use crate::db::history::{self, Event};
use crate::mail;
use chrono::{DateTime, Duration, Utc};
use kezek_domain::PersonalNumber;
use rand::Rng;
use serde::Serialize;
use sqlx::{PgConnection, PgPool};

/// The answer of a registered application.
#[derive(Debug, Clone, Serialize)]
pub struct Submitted {
    pub application_id: i64,
    pub number: String,
    pub status: &'static str,
    /// The cabinet's login (the parent's personal number); the password is only in the e-mail.
    pub login: String,
    /// Whether this application made the cabinet (else the parent had one).
    pub cabinet_created: bool,
}

pub async fn submit(
    pool: &PgPool,
    policy: &Policy,
    form: &PortalForm,
    now: DateTime<Utc>,
) -> Result<Submitted, IntakeError> {
    // The latest office date of the two countries (UTC+6): a passport issued "today" in
    // Bishkek is not in the future.
    let today = (now + Duration::hours(6)).date_naive();
    let v = form::validate(form, today).map_err(IntakeError::Fields)?;
    let mut tx = pool.begin().await?;
    let code_id = match codes::check(&mut tx, policy, &v.email, &v.code, now).await {
        Ok(id) => id,
        Err(refused) => {
            if refused.commit {
                tx.commit().await?;
            }
            return Err(refused.error);
        }
    };
    let done = register(&mut tx, &v, code_id, now).await?;
    tx.commit().await?;
    Ok(done)
}

async fn register(
    conn: &mut PgConnection,
    portal: &PortalValid,
    code_id: i64,
    now: DateTime<Utc>,
) -> Result<Submitted, IntakeError> {
    let v = &portal.form;
    let email = &portal.email;
    let actor = portal_actor(email);
    let done = register::register(conn, v, Channel::Portal, &actor, now, now).await?;
    let id = done.id;
    sqlx::query(
        "INSERT INTO portal_submissions (application_id, email, email_code_id, passport_series, \
         passport_number, passport_issued_by, passport_issued_on, street_id, house, flat, \
         consent_at, submitted_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)",
    )
    .bind(id)
    .bind(email)
    .bind(code_id)
    .bind(&v.passport_series)
    .bind(&v.passport_number)
    .bind(&v.passport_issued_by)
    .bind(v.passport_issued_on)
    .bind(done.street.id)
    .bind(&v.house)
    .bind(&v.flat)
    .bind(now)
    .execute(&mut *conn)
    .await?;

    let login = v.parent.number.as_str().to_owned();
    let password = cabinet(conn, &login, email, now).await?;
    codes::spend(conn, code_id, now).await?;

    let letter = letters::submitted(
        &v.language,
        &done.number,
        &v.child.full_name(),
        &login,
        password.as_deref(),
    );
    mail::enqueue(conn, email, &letter, "voucher_submitted", Some(id), now).await?;
    Ok(Submitted {
        application_id: id,
        number: done.number,
        status: "registered",
        login,
        cabinet_created: password.is_some(),
    })
}

/// Makes the parent's cabinet unless `login` has one; returns the new password (for the
/// e-mail only) when it made one.
async fn cabinet(
    conn: &mut PgConnection,
    login: &str,
    email: &str,
    now: DateTime<Utc>,
) -> Result<Option<String>, IntakeError> {
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM parent_accounts WHERE login = $1")
        .bind(login)
        .fetch_optional(&mut *conn)
        .await?;
    if exists.is_some() {
        return Ok(None);
    }
    let secret = generate_password();
    let hash = password::hash_blocking(secret.clone())
        .await
        .map_err(|e| crate::error::ApiError::Internal(e.to_string()))?;
    // A parent's two applications at once: one makes the cabinet, the other finds it made.
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO parent_accounts (login, applicant_id, email, password_hash, created_at) \
         SELECT $1, id, $2, $3, $4 FROM applicants WHERE personal_number = $1 \
         ON CONFLICT (login) DO NOTHING RETURNING id",
    )
    .bind(login)
    .bind(email)
    .bind(&hash)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(id) = id else {
        return Ok(None);
    };
    let event = Event {
        action: "parent_account.create",
        object_kind: "parent_account",
        object_id: Some(id),
        before: None,
        after: Some(serde_json::json!({ "login": login, "email": email })),
    };
    history::record(conn, &portal_actor(email), now, event).await?;
    Ok(Some(secret))
}

/// 12 characters from an alphabet without look-alikes (0/O, 1/l/I): about 70 bits.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..12)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_long_enough_and_differ() {
        let a = generate_password();
        assert_eq!(a.chars().count(), 12);
        assert!(a.chars().count() >= password::MIN_LENGTH);
        assert_ne!(a, generate_password());
    }
}
