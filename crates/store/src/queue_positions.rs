//! Queue positions: computed by `domain::queue`, written into the applications, and every
//! change of an application's position recorded with its reason.
//!
//! Positions are derived data: they are recomputed in Rust (SQLite's window functions take
//! ~0.6 s over 100k rows) and written back through a temporary table in one UPDATE. Queue
//! numbers that jump without a reason are the most common complaint about the real systems:
//! each change keeps how many who stood ahead left and how many came ahead.

use crate::sql::datetime_text;
use crate::{Store, StoreError};
use chrono::NaiveDateTime;
use kezek_domain::queue::{explain, position_changes, positions, QueueEntry};
use kezek_domain::BenefitKind;
use serde::{Deserialize, Serialize};
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};
use ts_rs::TS;

/// A queue: one locality and one birth year.
type QueueKey = (i64, String);

const WAITING: &str = "a.kind = 'queue' AND a.status IN ('in_queue', 'notified')";

struct Waiting {
    id: i64,
    entry: QueueEntry<QueueKey>,
}

async fn load_waiting(
    conn: &mut SqliteConnection,
    only_queue: Option<&QueueKey>,
) -> Result<Vec<Waiting>, sqlx::Error> {
    let mut q = QueryBuilder::<Sqlite>::new(
        "SELECT a.id, a.locality_id, substr(a.birth_date, 1, 4), b.kind, a.benefit_verified, \
           a.registered_at, a.number \
         FROM applications a JOIN benefit_categories b ON b.id = a.benefit_category_id WHERE ",
    );
    q.push(WAITING);
    if let Some((locality, year)) = only_queue {
        q.push(" AND a.locality_id = ");
        q.push_bind(*locality);
        q.push(" AND a.birth_date >= ");
        q.push_bind(format!("{year}-01-01"));
        q.push(" AND a.birth_date < ");
        q.push_bind(format!("{year}-12-31~"));
    }
    type Row = (i64, i64, String, String, bool, NaiveDateTime, String);
    let rows: Vec<Row> = q.build_query_as().fetch_all(&mut *conn).await?;
    Ok(rows
        .into_iter()
        .map(|(id, locality, year, kind, verified, at, number)| Waiting {
            id,
            entry: QueueEntry {
                queue: (locality, year),
                benefit: BenefitKind::from_code(&kind).unwrap_or(BenefitKind::General),
                benefit_verified: verified,
                registered_at: at,
                number,
            },
        })
        .collect())
}

/// Recomputes every position and records the changes at `now`.
pub(crate) async fn recompute(
    conn: &mut SqliteConnection,
    now: NaiveDateTime,
) -> Result<(), sqlx::Error> {
    let waiting = load_waiting(&mut *conn, None).await?;
    let entries: Vec<QueueEntry<QueueKey>> = waiting.iter().map(|w| w.entry.clone()).collect();
    let computed = positions(&entries);

    // Before: every application that had a position, whether it still waits or not.
    let before: Vec<(i64, QueueKey, u32)> = sqlx::query_as::<_, (i64, i64, String, i64)>(
        "SELECT id, locality_id, substr(birth_date, 1, 4), queue_position FROM applications \
         WHERE queue_position IS NOT NULL",
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|(id, l, y, p)| (id, (l, y), p as u32))
    .collect();
    let after: Vec<(i64, QueueKey, u32)> = waiting
        .iter()
        .zip(&computed)
        .map(|(w, p)| (w.id, w.entry.queue.clone(), p.overall))
        .collect();
    let changes = position_changes(&before, &after);

    sqlx::query("UPDATE applications SET queue_position = NULL, benefit_queue_position = NULL")
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "CREATE TEMP TABLE IF NOT EXISTS computed_positions \
         (id INTEGER PRIMARY KEY, overall INTEGER NOT NULL, within INTEGER NOT NULL)",
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM computed_positions")
        .execute(&mut *conn)
        .await?;
    let pairs: Vec<(i64, u32, u32)> = waiting
        .iter()
        .zip(&computed)
        .map(|(w, p)| (w.id, p.overall, p.within_benefit))
        .collect();
    for chunk in pairs.chunks(3000) {
        let mut b =
            QueryBuilder::<Sqlite>::new("INSERT INTO computed_positions (id, overall, within) ");
        b.push_values(chunk, |mut row, (id, o, w)| {
            row.push_bind(*id).push_bind(*o).push_bind(*w);
        });
        b.build().execute(&mut *conn).await?;
    }
    sqlx::query(
        "UPDATE applications SET queue_position = c.overall, benefit_queue_position = c.within \
         FROM computed_positions c WHERE c.id = applications.id",
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM computed_positions")
        .execute(&mut *conn)
        .await?;

    let at = datetime_text(now);
    for chunk in changes.chunks(1000) {
        let mut b = QueryBuilder::<Sqlite>::new(
            "INSERT INTO queue_position_changes \
             (application_id, at, before, after, ahead_left, ahead_joined) ",
        );
        b.push_values(chunk, |mut row, c| {
            row.push_bind(c.id)
                .push_bind(at.clone())
                .push_bind(c.before)
                .push_bind(c.after)
                .push_bind(c.ahead_left)
                .push_bind(c.ahead_joined);
        });
        b.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// One recorded change of an application's queue number.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PositionChangeEntry {
    pub at: NaiveDateTime,
    pub before: u32,
    pub after: u32,
    /// How many who stood ahead are no longer ahead (left the queue, lost a benefit).
    pub ahead_left: u32,
    /// How many came ahead (joined, had a benefit verified).
    pub ahead_joined: u32,
}

/// Why an application has its queue number, and how that number changed.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct QueueExplanation {
    pub position: u32,
    pub benefit_position: u32,
    /// The benefit kind that counts: out_of_turn, first_turn or general.
    pub counted_benefit: String,
    /// A claimed benefit kind that does not count until its documents are verified.
    pub unverified_benefit: Option<String>,
    pub ahead_by_benefit: u32,
    pub ahead_by_time: u32,
    pub ahead_by_number: u32,
    /// The queue's size (this locality and birth year).
    pub queue_size: u32,
    pub changes: Vec<PositionChangeEntry>,
}

impl Store {
    /// Recomputes every queue position in one transaction, recording the changes at `now`
    /// (after a sync brought changes, or when deadlines moved applications).
    pub async fn recompute_queue_positions(&self, now: NaiveDateTime) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        recompute(&mut tx, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The explanation of an application's place, or `None` when it does not wait in a queue.
    pub async fn queue_explanation(&self, id: i64) -> Result<Option<QueueExplanation>, StoreError> {
        let mut conn = self.read.acquire().await?;
        // WAITING is a constant of this module, not input.
        let key: Option<(i64, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT a.locality_id, substr(a.birth_date, 1, 4) FROM applications a \
             WHERE a.id = ? AND {WAITING}"
        )))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
        let Some(key) = key else {
            return Ok(None);
        };
        let queue = load_waiting(&mut conn, Some(&key)).await?;
        let Some(index) = queue.iter().position(|w| w.id == id) else {
            return Ok(None);
        };
        let entries: Vec<QueueEntry<QueueKey>> = queue.iter().map(|w| w.entry.clone()).collect();
        let x = explain(&entries, index);
        let changes: Vec<(NaiveDateTime, i64, i64, i64, i64)> = sqlx::query_as(
            "SELECT at, before, after, ahead_left, ahead_joined FROM queue_position_changes \
             WHERE application_id = ? ORDER BY at DESC, id DESC",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        Ok(Some(QueueExplanation {
            position: x.positions.overall,
            benefit_position: x.positions.within_benefit,
            counted_benefit: x.counted_benefit.code().into(),
            unverified_benefit: x.unverified_benefit.map(|b| b.code().into()),
            ahead_by_benefit: x.ahead_by_benefit,
            ahead_by_time: x.ahead_by_time,
            ahead_by_number: x.ahead_by_number,
            queue_size: entries.len() as u32,
            changes: changes
                .into_iter()
                .map(|(at, b, a, l, j)| PositionChangeEntry {
                    at,
                    before: b as u32,
                    after: a as u32,
                    ahead_left: l as u32,
                    ahead_joined: j as u32,
                })
                .collect(),
        }))
    }
}
