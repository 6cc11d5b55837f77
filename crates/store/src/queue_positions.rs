//! Writes the queue positions computed by `domain::queue` into the applications.
//!
//! Positions are derived data: they are recomputed in Rust (SQLite's window functions take
//! ~0.6 s over 100k rows) and written back through a temporary table in one UPDATE.

use kezek_domain::queue::{positions, QueueEntry};
use kezek_domain::BenefitKind;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};

pub(crate) async fn recompute(conn: &mut SqliteConnection) -> Result<(), sqlx::Error> {
    let rows: Vec<(
        i64,
        i64,
        String,
        String,
        bool,
        chrono::NaiveDateTime,
        String,
    )> = sqlx::query_as(
        "SELECT a.id, a.locality_id, substr(a.birth_date, 1, 4), b.kind, a.benefit_verified, \
           a.registered_at, a.number \
         FROM applications a JOIN benefit_categories b ON b.id = a.benefit_category_id \
         WHERE a.kind = 'queue' AND a.status IN ('in_queue', 'notified')",
    )
    .fetch_all(&mut *conn)
    .await?;
    let entries: Vec<QueueEntry<(i64, String)>> = rows
        .iter()
        .map(
            |(_, locality, year, kind, verified, at, number)| QueueEntry {
                queue: (*locality, year.clone()),
                benefit: BenefitKind::from_code(kind).unwrap_or(BenefitKind::General),
                benefit_verified: *verified,
                registered_at: *at,
                number: number.clone(),
            },
        )
        .collect();
    let computed = positions(&entries);

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
    let pairs: Vec<(i64, u32, u32)> = rows
        .iter()
        .zip(&computed)
        .map(|(r, p)| (r.0, p.overall, p.within_benefit))
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
    Ok(())
}
