//! E-mail confirmation codes: 6 random digits sent to an address, of which only a hash is kept.
//!
//! The rules are pure ([`Policy`]: how often an address may ask, how long a code lives, how many
//! wrong tries it takes); the database side issues a code under a per-address lock (so two quick
//! requests cannot both slip under the throttle) and judges a presented code under the code row's
//! lock (so one code proves one application).

use super::letters;
use super::IntakeError;
use crate::db::history::{self, Actor, Event};
use crate::mail;
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use sha2::{Digest, Sha256};
use sqlx::PgConnection;

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Between two codes to one address.
    pub min_gap: Duration,
    /// Codes to one address within [`Policy::window`].
    pub per_window: usize,
    pub window: Duration,
    /// How long a code is good for.
    pub ttl: Duration,
    /// Wrong tries that spend a code.
    pub max_attempts: i32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            min_gap: Duration::seconds(60),
            per_window: 5,
            window: Duration::hours(1),
            ttl: Duration::minutes(15),
            max_attempts: 5,
        }
    }
}

impl Policy {
    /// Whole seconds (rounded up) before the address may ask again, given when its earlier codes
    /// were made; `None` when it may ask now.
    pub fn retry_after(&self, issued: &[DateTime<Utc>], now: DateTime<Utc>) -> Option<u64> {
        let mut recent: Vec<DateTime<Utc>> = issued
            .iter()
            .copied()
            .filter(|t| *t > now - self.window)
            .collect();
        recent.sort();
        let gap = recent.last().map(|last| *last + self.min_gap);
        let full = (recent.len() >= self.per_window)
            .then(|| recent[recent.len() - self.per_window] + self.window);
        let until = gap.into_iter().chain(full).filter(|t| *t > now).max()?;
        let ms = (until - now).num_milliseconds();
        Some(((ms + 999) / 1000) as u64)
    }
}

/// Six random digits.
pub fn generate() -> String {
    format!("{:06}", rand::rng().random_range(0..1_000_000u32))
}

/// What is stored for `code` sent to `email` (lower case): the address is in the hash, so a
/// code is worth nothing for another address.
pub fn digest(email: &str, code: &str) -> Vec<u8> {
    Sha256::digest(format!("{email}:{code}").as_bytes()).to_vec()
}

/// A code just issued.
#[derive(Debug)]
pub struct Issued {
    pub id: i64,
    pub expires_at: DateTime<Utc>,
}

/// Issues a code to `email` (lower case) and puts its e-mail into the outbox, all in `conn`'s
/// transaction; earlier live codes of the address are superseded. Returns the code too (the
/// handler drops it; fixtures use it).
pub async fn issue(
    conn: &mut PgConnection,
    policy: &Policy,
    email: &str,
    language: &str,
    now: DateTime<Utc>,
) -> Result<(Issued, String), IntakeError> {
    lock_address(conn, email).await?;
    let issued: Vec<DateTime<Utc>> = sqlx::query_scalar(
        "SELECT created_at FROM email_codes WHERE email = $1 AND created_at > $2",
    )
    .bind(email)
    .bind(now - policy.window)
    .fetch_all(&mut *conn)
    .await?;
    if let Some(retry_after_secs) = policy.retry_after(&issued, now) {
        return Err(IntakeError::TooManyCodes { retry_after_secs });
    }
    sqlx::query(
        "UPDATE email_codes SET spent_at = $2, spent_reason = 'superseded' \
         WHERE email = $1 AND spent_at IS NULL",
    )
    .bind(email)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let code = generate();
    let expires_at = now + policy.ttl;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO email_codes (email, code_sha256, language, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(email)
    .bind(digest(email, &code))
    .bind(language)
    .bind(now)
    .bind(expires_at)
    .fetch_one(&mut *conn)
    .await?;
    let event = Event {
        action: "email_code.issue",
        object_kind: "email_code",
        object_id: Some(id),
        before: None,
        after: Some(serde_json::json!({ "email": email, "expires_at": expires_at })),
    };
    history::record(conn, &portal_actor(email), now, event).await?;
    let letter = letters::code(language, &code, policy.ttl.num_minutes());
    mail::enqueue(conn, email, &letter, "voucher_code", Some(id), now).await?;
    Ok((Issued { id, expires_at }, code))
}

/// Judges `code` for `email` against the address's newest code, which it locks. `Ok(id)`: the
/// code is right and live (the caller marks it used with [`spend`] in the same transaction).
/// `Err(e)` with `commit == true`: a wrong try was counted and the caller must commit that.
pub async fn check(
    conn: &mut PgConnection,
    policy: &Policy,
    email: &str,
    code: &str,
    now: DateTime<Utc>,
) -> Result<i64, Refused> {
    let row: Option<CodeRow> = sqlx::query_as(
        "SELECT id, code_sha256, expires_at, attempts, spent_reason FROM email_codes \
         WHERE email = $1 ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE",
    )
    .bind(email)
    .fetch_optional(&mut *conn)
    .await
    .map_err(|e| Refused::now(e.into()))?;
    let Some((id, stored, expires_at, attempts, spent)) = row else {
        return Err(Refused::now(IntakeError::CodeNotRequested));
    };
    match spent.as_deref() {
        Some("attempts") => return Err(Refused::now(IntakeError::CodeAttemptsExhausted)),
        Some(_) => return Err(Refused::now(IntakeError::CodeNotRequested)),
        None => {}
    }
    if expires_at <= now {
        return Err(Refused::now(IntakeError::CodeExpired));
    }
    if digest(email, code) == stored {
        return Ok(id);
    }
    let attempts = attempts + 1;
    let exhausted = attempts >= policy.max_attempts;
    sqlx::query(
        "UPDATE email_codes SET attempts = $2, \
         spent_at = CASE WHEN $3 THEN $4 END, spent_reason = CASE WHEN $3 THEN 'attempts' END \
         WHERE id = $1",
    )
    .bind(id)
    .bind(attempts)
    .bind(exhausted)
    .bind(now)
    .execute(&mut *conn)
    .await
    .map_err(|e| Refused::now(e.into()))?;
    let error = if exhausted {
        IntakeError::CodeAttemptsExhausted
    } else {
        IntakeError::WrongCode {
            attempts_left: policy.max_attempts - attempts,
        }
    };
    Err(Refused {
        error,
        commit: true,
    })
}

/// Marks a code used (in the transaction that it proved).
pub async fn spend(
    conn: &mut PgConnection,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE email_codes SET spent_at = $2, spent_reason = 'used' WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// id, hash, expiry, wrong tries, why spent.
type CodeRow = (i64, Vec<u8>, DateTime<Utc>, i32, Option<String>);

/// A refused code, and whether what was written (a counted wrong try) must be committed.
#[derive(Debug)]
pub struct Refused {
    pub error: IntakeError,
    pub commit: bool,
}

impl Refused {
    fn now(error: IntakeError) -> Self {
        Refused {
            error,
            commit: false,
        }
    }
}

/// The history's actor for what the portal does on a parent's behalf.
pub fn portal_actor(email: &str) -> Actor {
    Actor {
        user_id: None,
        label: format!("portal:{email}"),
        device_id: None,
    }
}

/// Serialises the code requests of one address.
async fn lock_address(conn: &mut PgConnection, email: &str) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
        .bind(format!("email_code:{email}"))
        .execute(conn)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap()
    }

    #[test]
    fn one_code_a_minute_and_five_an_hour() {
        let p = Policy::default();
        let now = t0();
        assert_eq!(p.retry_after(&[], now), None);
        let s = Duration::seconds;
        assert_eq!(p.retry_after(&[now - s(20)], now), Some(40));
        assert_eq!(p.retry_after(&[now - s(60)], now), None);
        let five: Vec<_> = (1..=5).map(|i| now - s(600 * i)).collect();
        // The oldest of the five (50 min ago) leaves the window in 10 min.
        assert_eq!(p.retry_after(&five, now), Some(600));
        let old: Vec<_> = (0..5).map(|i| now - s(3600 + i)).collect();
        assert_eq!(p.retry_after(&old, now), None, "outside the window");
    }

    #[test]
    fn codes_are_six_digits_and_hashed_with_the_address() {
        for _ in 0..100 {
            let c = generate();
            assert_eq!(c.len(), 6, "{c}");
            assert!(c.chars().all(|x| x.is_ascii_digit()), "{c}");
        }
        assert_ne!(digest("a@x.kg", "123456"), digest("b@x.kg", "123456"));
        assert_eq!(digest("a@x.kg", "123456").len(), 32);
    }
}
