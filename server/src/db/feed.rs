//! The change feed: what sync pull pages through (DESIGN.md §6, `kezek_sync::pull`).
//!
//! **Writing.** Whoever changes an entity calls [`write`] (or [`tombstone`], or [`write_many`])
//! in the same transaction, after changing (and so locking) the entity's row. The feed keeps one
//! row per (entity, id), the current state: the write is an upsert that replaces the data, sets
//! `version` NULL ("pending") and renews `written` (write order). Two writers of one entity queue
//! on that feed row (and before that on the entity's own row), so the row ends with the data of
//! the last commit. A deletion leaves a tombstone (data NULL) with the scope it had.
//!
//! **Numbering.** BIGSERIAL values are taken at insert, not at commit: a reader that paged by such
//! a number could pass a change still in flight (number 7 committed after 8 was read) and never see
//! it. So versions are handed out only by the *sequencer* ([`sequence`]), run at the start of each
//! pull and after bulk loads: in a short transaction of its own, under
//! `pg_advisory_xact_lock(SEQUENCER_LOCK)`, it numbers the rows that are pending *and committed*
//! (uncommitted ones are invisible to it; rows a writer holds right now are skipped, `SKIP
//! LOCKED`) in `written` order, from the one-row `change_feed_clock`.
//!
//! **Why a cursor never passes a change.** (1) Versions come only from the clock, and sequencer
//! transactions run one at a time (the advisory lock is released only after commit, when the
//! transaction is already visible), so every version a sequencer hands out is larger than every
//! version of every sequencer that committed before it. (2) A reader's snapshot that sees a
//! version `v` sees the sequencer transaction that handed it out, hence every earlier sequencer
//! transaction, hence every row numbered `<= v` — unless a writer has since rewritten that row,
//! which makes it pending again and it will come back with a larger version. (3) So when a page
//! ends at `v`, every change the reader has not seen is either in a row it will read after `v`, or
//! pending, or not committed yet; the last two can only get versions larger than the clock, which
//! is `>= v`. No hole below a cursor ever fills later. The cost: a change becomes visible at the
//! next pull after its commit (the pull sequences first), and a pull waits for a sequencer running
//! concurrently (milliseconds).
//!
//! **Scope.** Each row carries `region_id`, `district_id`, `kindergarten_id` (all NULL for the
//! rows everyone sees). [`scope::FeedScope`](crate::scope::FeedScope) decides, per entity, which
//! column must match; the query has one branch per distinct filter (each served by an index of
//! the migration `change_feed`) and the rows are checked against the pure decision once more.
//! An application's row carries the kindergarten of the child's place grant (so that its head
//! sees it): a grant re-writes the row of the child's applications with its kindergarten, and an
//! application write keeps the kindergarten already on its row. Known limits: a row whose scope
//! changes (an application moved to another district) is not withdrawn from the old scope's
//! clients (verify/repair with inventory removes it there); an application created in the same
//! instant as the child's grant, by a concurrent transaction, may miss the head's kindergarten.

use crate::scope::{FeedFilter, FeedScope, Location, Unit};
use chrono::{DateTime, Utc};
use kezek_sync::{Change, Entity, Record};
use serde::Serialize;
use serde_json::value::RawValue;
use sqlx::{PgConnection, PgPool, Row};

/// The key of the sequencer's advisory lock ("kezekfd" in ASCII).
pub const SEQUENCER_LOCK: i64 = 0x6b_657a_656b_6664;

/// Rows one sequencer statement numbers at most (a bulk load is numbered in several).
const SEQUENCE_BATCH: i64 = 50_000;

fn columns(at: &Location) -> (Option<i64>, Option<i64>, Option<i64>) {
    let kindergarten = match at.unit {
        Some(Unit::Kindergarten(k)) => Some(k),
        _ => None,
    };
    (at.region, at.district, kindergarten)
}

/// Upserts the feed rows of the arrays $1..$7, pending, or numbered with the versions $8 when
/// that array is not empty (only under the sequencer's lock: [`write_many_numbered`]).
const UPSERT: &str = "INSERT INTO change_feed (entity, entity_id, at, region_id, district_id, \
     kindergarten_id, data, version) \
     SELECT * FROM UNNEST($1::text[], $2::bigint[], $3::timestamptz[], $4::bigint[], \
     $5::bigint[], $6::bigint[], $7::jsonb[], $8::bigint[]) \
     ON CONFLICT (entity, entity_id) DO UPDATE SET \
     written = nextval('change_feed_written'), version = EXCLUDED.version, at = EXCLUDED.at, \
     region_id = EXCLUDED.region_id, district_id = EXCLUDED.district_id, \
     kindergarten_id = CASE WHEN change_feed.entity = 'application' \
         THEN COALESCE(EXCLUDED.kindergarten_id, change_feed.kindergarten_id) \
         ELSE EXCLUDED.kindergarten_id END, \
     data = EXCLUDED.data";

/// Records the new state of an entity, found at `at` (its scope: [`Location::SYSTEM`] for
/// regions, districts and benefit categories).
pub async fn write(
    conn: &mut PgConnection,
    record: &Record,
    at: &Location,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    write_many(conn, &[(record.clone(), *at)], now).await
}

/// [`write`] for many records in one statement (bulk loads). Records of one entity must not
/// repeat within a call.
pub async fn write_many(
    conn: &mut PgConnection,
    records: &[(Record, Location)],
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    if records.is_empty() {
        return Ok(());
    }
    Rows::of(records, now).upsert(conn, None).await
}

/// [`write_many`] for bulk loads, numbered at once: takes the sequencer's lock, numbers what is
/// pending and committed (as [`sequence`] would, so it keeps its place in write order), then
/// writes `records` with the next versions. The caller's transaction so becomes a sequencer
/// transaction (the module docs' argument holds: its versions come from the clock under the lock,
/// which is released only at its commit), and the rows are written once instead of written
/// pending and then numbered. The caller must commit (or roll back) promptly: every pull that
/// finds something pending waits for it. Records of one entity must not repeat within a call.
pub async fn write_many_numbered(
    conn: &mut PgConnection,
    records: &[(Record, Location)],
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    if records.is_empty() {
        return Ok(());
    }
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(SEQUENCER_LOCK)
        .execute(&mut *conn)
        .await?;
    loop {
        let n: i64 = sqlx::query_scalar(SEQUENCE)
            .bind(SEQUENCE_BATCH)
            .fetch_one(&mut *conn)
            .await?;
        if n < SEQUENCE_BATCH {
            break;
        }
    }
    let rows = Rows::of(records, now);
    let n = i64::try_from(records.len()).unwrap_or(i64::MAX);
    let first: i64 = sqlx::query_scalar(
        "UPDATE change_feed_clock SET last_version = last_version + $1 \
         RETURNING last_version - $1 + 1",
    )
    .bind(n)
    .fetch_one(&mut *conn)
    .await?;
    let versions: Vec<i64> = (first..first + n).collect();
    rows.upsert(conn, Some(versions)).await
}

/// Records the deletion of an entity: a tombstone at the scope the entity had.
pub async fn tombstone(
    conn: &mut PgConnection,
    entity: Entity,
    id: i64,
    at: &Location,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let (r, d, k) = columns(at);
    Rows {
        entity: vec![entity.as_str()],
        id: vec![id],
        at: vec![now],
        region: vec![r],
        district: vec![d],
        kindergarten: vec![k],
        data: vec![None],
    }
    .upsert(conn, None)
    .await
}

/// The columns of an [`UPSERT`].
struct Rows {
    entity: Vec<&'static str>,
    id: Vec<i64>,
    at: Vec<DateTime<Utc>>,
    region: Vec<Option<i64>>,
    district: Vec<Option<i64>>,
    kindergarten: Vec<Option<i64>>,
    data: Vec<Option<String>>,
}

impl Rows {
    fn of(records: &[(Record, Location)], now: DateTime<Utc>) -> Rows {
        let n = records.len();
        let mut rows = Rows {
            entity: Vec::with_capacity(n),
            id: Vec::with_capacity(n),
            at: Vec::with_capacity(n),
            region: Vec::with_capacity(n),
            district: Vec::with_capacity(n),
            kindergarten: Vec::with_capacity(n),
            data: Vec::with_capacity(n),
        };
        for (record, place) in records {
            let (r, d, k) = columns(place);
            rows.entity.push(record.entity().as_str());
            rows.id.push(record.id());
            rows.at.push(now);
            rows.region.push(r);
            rows.district.push(d);
            rows.kindergarten.push(k);
            rows.data.push(Some(record.to_data().to_string()));
        }
        rows
    }

    /// Upserts the rows, pending (`versions` None) or with those versions.
    async fn upsert(
        self,
        conn: &mut PgConnection,
        versions: Option<Vec<i64>>,
    ) -> Result<(), sqlx::Error> {
        let versions = versions.unwrap_or_default();
        sqlx::query(UPSERT)
            .bind(self.entity)
            .bind(self.id)
            .bind(self.at)
            .bind(self.region)
            .bind(self.district)
            .bind(self.kindergarten)
            .bind(self.data)
            .bind(versions)
            .execute(conn)
            .await?;
        Ok(())
    }
}

/// Puts the applications of a child into a kindergarten's part of the feed (after a place grant
/// there): their rows are written again with that kindergarten, so its head pulls them.
pub async fn place_applications_of_child(
    conn: &mut PgConnection,
    child_personal_number: &str,
    kindergarten_id: i64,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE change_feed SET kindergarten_id = $2, version = NULL, at = $3, \
         written = nextval('change_feed_written') \
         WHERE entity = 'application' AND data IS NOT NULL AND entity_id IN ( \
             SELECT a.id FROM applications a JOIN children c ON c.id = a.child_id \
             WHERE c.personal_number = $1)",
    )
    .bind(child_personal_number)
    .bind(kindergarten_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(done.rows_affected())
}

const SEQUENCE: &str = "WITH pending AS ( \
         SELECT id, written FROM change_feed WHERE version IS NULL \
         ORDER BY written LIMIT $1 FOR UPDATE SKIP LOCKED), \
     numbered AS (SELECT id, row_number() OVER (ORDER BY written) AS n FROM pending), \
     clock AS ( \
         UPDATE change_feed_clock SET last_version = last_version + (SELECT count(*) FROM numbered) \
         RETURNING last_version - (SELECT count(*) FROM numbered) AS base), \
     done AS ( \
         UPDATE change_feed f SET version = clock.base + numbered.n \
         FROM numbered, clock WHERE f.id = numbered.id RETURNING 1) \
     SELECT count(*) FROM done";

/// The sequencer: numbers every committed pending row (see the module docs). Cheap when nothing
/// waits (one probe of a partial index, no lock). Returns how many rows it numbered.
pub async fn sequence(pool: &PgPool) -> Result<u64, sqlx::Error> {
    let mut total = 0u64;
    loop {
        let waiting: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM change_feed WHERE version IS NULL)")
                .fetch_one(pool)
                .await?;
        if !waiting {
            return Ok(total);
        }
        let mut tx = pool.begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(SEQUENCER_LOCK)
            .execute(&mut *tx)
            .await?;
        let n: i64 = sqlx::query_scalar(SEQUENCE)
            .bind(SEQUENCE_BATCH)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        total += n as u64;
        // Fewer than a batch: what remains is held by writers in flight (or came after).
        if n < SEQUENCE_BATCH {
            return Ok(total);
        }
    }
}

/// The condition on the scope columns for `filter`, binding its id as `$param`.
fn filter_sql(filter: FeedFilter, param: usize) -> (String, Option<i64>) {
    match filter {
        FeedFilter::All => ("TRUE".into(), None),
        FeedFilter::Region(r) => (format!("region_id = ${param}"), Some(r)),
        FeedFilter::District(d) => (format!("district_id = ${param}"), Some(d)),
        FeedFilter::Kindergarten(k) => (format!("kindergarten_id = ${param}"), Some(k)),
        FeedFilter::Nothing => ("FALSE".into(), None),
    }
}

/// `entity IN ('a', 'b')` with the entities' static names inlined (so that the partial indexes'
/// predicates are provable), or TRUE for all of them.
fn entities_sql(entities: &[Entity]) -> String {
    if entities.len() == Entity::ALL.len() {
        return "TRUE".into();
    }
    let names: Vec<String> = entities
        .iter()
        .map(|e| format!("'{}'", e.as_str()))
        .collect();
    format!("entity IN ({})", names.join(", "))
}

/// A change as the server sends it: [`kezek_sync::Change`] with its data kept as the JSON text
/// the feed stores, spliced into the answer verbatim. A page is never parsed into
/// `serde_json::Value` and serialized again; it serializes to the shape of `Change` (same field
/// names and order, `data: null` for a deletion), so clients parse it as `Change`.
#[derive(Debug, Serialize)]
pub struct FeedChange {
    pub version: u64,
    pub entity: Entity,
    pub id: i64,
    pub data: Option<Box<RawValue>>,
}

impl FeedChange {
    /// The wire type, parsed (tests and tools; the server itself never needs it).
    pub fn to_change(&self) -> Result<Change, serde_json::Error> {
        Ok(Change {
            version: self.version,
            entity: self.entity,
            id: self.id,
            data: self
                .data
                .as_deref()
                .map(|d| serde_json::from_str(d.get()))
                .transpose()?,
        })
    }
}

/// A page of the feed: up to `limit` changes after `cursor` that `scope` sees, ascending, and
/// whether more follow.
pub async fn page(
    pool: &PgPool,
    scope: &FeedScope,
    cursor: u64,
    limit: u32,
) -> Result<(Vec<FeedChange>, bool), sqlx::Error> {
    let mut branches = Vec::new();
    let mut binds = Vec::new();
    for (filter, entities) in scope.branches() {
        let (cond, bind) = filter_sql(filter, 3 + binds.len());
        binds.extend(bind);
        branches.push(format!(
            "(SELECT version, entity, entity_id, region_id, district_id, kindergarten_id, data \
             FROM change_feed WHERE version > $1 AND {} AND {cond} ORDER BY version LIMIT $2)",
            entities_sql(&entities)
        ));
    }
    let sql = format!(
        "SELECT version, entity, entity_id, region_id, district_id, kindergarten_id, data::text \
         AS data FROM ({}) s ORDER BY version LIMIT $2",
        branches.join(" UNION ALL ")
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(i64::try_from(cursor).unwrap_or(i64::MAX))
        .bind(i64::from(limit) + 1);
    for b in binds {
        q = q.bind(b);
    }
    let rows = q.fetch_all(pool).await?;
    let more = rows.len() > limit as usize;
    let mut changes = Vec::with_capacity(rows.len().min(limit as usize));
    for row in rows.iter().take(limit as usize) {
        if let Some(c) = decode(row, scope)? {
            changes.push(c);
        }
    }
    Ok((changes, more))
}

/// A feed row as a change; `None` (and an error in the log) if the pure decision disagrees with
/// the query that found it. The data stays the text PostgreSQL printed (checked to be one JSON
/// value, not parsed into a tree).
fn decode(
    row: &sqlx::postgres::PgRow,
    scope: &FeedScope,
) -> Result<Option<FeedChange>, sqlx::Error> {
    let name: String = row.try_get("entity")?;
    let entity = Entity::parse(&name)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown feed entity {name:?}").into()))?;
    let at = Location {
        region: row.try_get("region_id")?,
        district: row.try_get("district_id")?,
        unit: row
            .try_get::<Option<i64>, _>("kindergarten_id")?
            .map(Unit::Kindergarten),
    };
    let id: i64 = row.try_get("entity_id")?;
    if !scope.sees(entity, &at) {
        tracing::error!(
            ?scope,
            ?entity,
            id,
            ?at,
            "the feed query returned a row out of scope"
        );
        return Ok(None);
    }
    let version: i64 = row.try_get("version")?;
    let data: Option<String> = row.try_get("data")?;
    let data = data
        .map(RawValue::from_string)
        .transpose()
        .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(Some(FeedChange {
        version: version as u64,
        entity,
        id,
        data,
    }))
}

/// Every id of `entity` that `scope` sees, current and not deleted, ascending.
pub async fn inventory(
    pool: &PgPool,
    scope: &FeedScope,
    entity: Entity,
) -> Result<Vec<i64>, sqlx::Error> {
    let (cond, bind) = filter_sql(scope.filter(entity), 2);
    let sql = format!(
        "SELECT entity_id FROM change_feed WHERE entity = $1 AND data IS NOT NULL \
         AND version IS NOT NULL AND {cond} ORDER BY entity_id"
    );
    let mut q = sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(entity.as_str());
    if let Some(b) = bind {
        q = q.bind(b);
    }
    q.fetch_all(pool).await
}

/// The current entries (tombstones included) of those `ids` of `entity` that `scope` sees,
/// ascending by id.
pub async fn fetch(
    pool: &PgPool,
    scope: &FeedScope,
    entity: Entity,
    ids: &[i64],
) -> Result<Vec<FeedChange>, sqlx::Error> {
    let (cond, bind) = filter_sql(scope.filter(entity), 3);
    let sql = format!(
        "SELECT version, entity, entity_id, region_id, district_id, kindergarten_id, \
         data::text AS data FROM change_feed \
         WHERE entity = $1 AND entity_id = ANY($2) AND version IS NOT NULL AND {cond} \
         ORDER BY entity_id"
    );
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(entity.as_str())
        .bind(ids);
    if let Some(b) = bind {
        q = q.bind(b);
    }
    let rows = q.fetch_all(pool).await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        out.extend(decode(row, scope)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_lists_are_inlined_and_all_of_them_is_no_condition() {
        assert_eq!(
            entities_sql(&[Entity::Region, Entity::PlaceGrant]),
            "entity IN ('region', 'place_grant')"
        );
        assert_eq!(entities_sql(&Entity::ALL), "TRUE");
        assert_eq!(
            filter_sql(FeedFilter::District(7), 4),
            ("district_id = $4".to_owned(), Some(7))
        );
    }

    #[test]
    fn a_feed_change_serializes_byte_for_byte_as_a_change() {
        let data =
            serde_json::json!({"id": 3, "name": "Әлихан \"x\"", "seat": null, "n": [1, 2.5]});
        for data in [Some(data), None] {
            let change = Change {
                version: 7,
                entity: Entity::PlaceGrant,
                id: 3,
                data: data.clone(),
            };
            let raw = FeedChange {
                version: 7,
                entity: Entity::PlaceGrant,
                id: 3,
                data: data.map(|d| RawValue::from_string(d.to_string()).unwrap()),
            };
            let text = serde_json::to_string(&raw).unwrap();
            assert_eq!(text, serde_json::to_string(&change).unwrap());
            assert_eq!(raw.to_change().unwrap(), change);
        }
    }
}
