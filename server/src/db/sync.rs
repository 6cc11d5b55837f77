//! The push bookkeeping: which user owns a client id, how far each client has been applied, and
//! the verdict recorded for every mutation (repeated to duplicates).

use chrono::{DateTime, Utc};
use kezek_sync::{Mutation, Verdict};
use sqlx::{PgConnection, PgPool};

/// Registers `client_id` for `user_id` unless it is known; returns the user it belongs to.
pub async fn claim(
    pool: &PgPool,
    client_id: &str,
    user_id: i64,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    // Known already (every pull but the first): one read.
    let owner: Option<i64> =
        sqlx::query_scalar("SELECT user_id FROM sync_clients WHERE client_id = $1")
            .bind(client_id)
            .fetch_optional(pool)
            .await?;
    if let Some(owner) = owner {
        return Ok(owner);
    }
    sqlx::query(
        "INSERT INTO sync_clients (client_id, user_id, created_at, last_push_at) \
         VALUES ($1, $2, $3, $3) ON CONFLICT (client_id) DO NOTHING",
    )
    .bind(client_id)
    .bind(user_id)
    .bind(now)
    .execute(pool)
    .await?;
    sqlx::query_scalar("SELECT user_id FROM sync_clients WHERE client_id = $1")
        .bind(client_id)
        .fetch_one(pool)
        .await
}

/// A client's row, locked until the end of the transaction: pushes of one client serialize here.
#[derive(Debug, Clone, Copy, sqlx::FromRow)]
pub struct ClientRow {
    pub user_id: i64,
    pub last_seq: i64,
}

pub async fn lock(conn: &mut PgConnection, client_id: &str) -> Result<ClientRow, sqlx::Error> {
    sqlx::query_as("SELECT user_id, last_seq FROM sync_clients WHERE client_id = $1 FOR UPDATE")
        .bind(client_id)
        .fetch_one(conn)
        .await
}

/// The verdict recorded for a mutation, if any.
pub async fn verdict(
    conn: &mut PgConnection,
    client_id: &str,
    seq: i64,
) -> Result<Option<Verdict>, sqlx::Error> {
    let row: Option<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT outcome, reason_code, detail FROM sync_mutations WHERE client_id = $1 AND seq = $2",
    )
    .bind(client_id)
    .bind(seq)
    .fetch_optional(conn)
    .await?;
    Ok(
        row.map(|(outcome, code, detail)| match (outcome.as_str(), code) {
            ("rejected", Some(code)) => Verdict::Rejected {
                code,
                detail: detail.unwrap_or_default(),
            },
            // The table's CHECK pairs 'accepted' with no reason code.
            _ => Verdict::Accepted,
        }),
    )
}

/// Records the verdict on `m` and moves the client's `last_seq` to it, in the caller's
/// transaction (the one that applied the mutation).
pub async fn record(
    conn: &mut PgConnection,
    m: &Mutation,
    user_id: i64,
    verdict: &Verdict,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let (outcome, code, detail) = match verdict {
        Verdict::Accepted => ("accepted", None, None),
        Verdict::Rejected { code, detail } => ("rejected", Some(code), Some(detail)),
    };
    let seq = m.seq as i64;
    // Bound as text and cast: the workspace's sqlx has no `json` feature.
    sqlx::query(
        "INSERT INTO sync_mutations (client_id, seq, name, args, made_at, made_by, user_id, \
         received_at, outcome, reason_code, detail) \
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&m.client_id)
    .bind(seq)
    .bind(&m.name)
    .bind(m.args.to_string())
    .bind(m.at)
    .bind(&m.user)
    .bind(user_id)
    .bind(now)
    .bind(outcome)
    .bind(code)
    .bind(detail)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE sync_clients SET last_seq = $2, last_push_at = $3 WHERE client_id = $1")
        .bind(&m.client_id)
        .bind(seq)
        .bind(now)
        .execute(conn)
        .await?;
    Ok(())
}
