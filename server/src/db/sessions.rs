//! Device sessions: created at login, found by the SHA-256 of their token, revoked at logout,
//! when the user is disabled or when the password is reset or changed.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

pub async fn create(
    conn: &mut PgConnection,
    user_id: i64,
    device_id: &str,
    token_digest: &[u8],
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO device_sessions (token_sha256, user_id, device_id, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(token_digest)
    .bind(user_id)
    .bind(device_id)
    .bind(now)
    .fetch_one(conn)
    .await
}

/// The session and its user, as the bearer extractor needs them.
#[derive(Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub session_id: i64,
    pub device_id: String,
    pub last_seen_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub user_id: i64,
    pub login: String,
    pub full_name: String,
    pub personal_number: Option<String>,
    pub role: String,
    pub disabled: bool,
    pub region_id: Option<i64>,
    pub district_id: Option<i64>,
    pub commission_id: Option<i64>,
    pub kindergarten_id: Option<i64>,
}

pub async fn find(pool: &PgPool, token_digest: &[u8]) -> Result<Option<SessionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id AS session_id, s.device_id, s.last_seen_at, s.revoked_at, \
                u.id AS user_id, u.login, u.full_name, u.personal_number, u.role, u.disabled, \
                l.region_id, l.district_id, l.commission_id, l.kindergarten_id \
         FROM device_sessions s \
         JOIN users u ON u.id = s.user_id \
         JOIN user_locations l ON l.user_id = u.id \
         WHERE s.token_sha256 = $1",
    )
    .bind(token_digest)
    .fetch_optional(pool)
    .await
}

/// Moves `last_seen_at`, at most once a minute so that busy clients do not write on every call.
pub async fn touch(pool: &PgPool, session_id: i64, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE device_sessions SET last_seen_at = $2 \
         WHERE id = $1 AND last_seen_at < $2 - interval '60 seconds'",
    )
    .bind(session_id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn revoke(
    conn: &mut PgConnection,
    session_id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE device_sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL")
        .bind(session_id)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends every open session of a user but `keep` (the one changing the password, if any);
/// returns how many.
pub async fn revoke_of_user(
    conn: &mut PgConnection,
    user_id: i64,
    keep: Option<i64>,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE device_sessions SET revoked_at = $3 \
         WHERE user_id = $1 AND id IS DISTINCT FROM $2 AND revoked_at IS NULL",
    )
    .bind(user_id)
    .bind(keep)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}
