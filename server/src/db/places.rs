//! Groups and place grants. The database refuses a double grant on its own (see the migration
//! `sync_push_and_places`); these queries lock a group so that grants to it take turns.

use crate::db::feed;
use crate::scope::{Location, Unit};
use chrono::{DateTime, Utc};
use kezek_sync::records::{GroupRecord, PlaceGrantRecord};
use kezek_sync::Record;
use serde::Serialize;
use sqlx::PgConnection;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct GroupRow {
    pub id: i64,
    pub name: String,
    pub capacity: i32,
    pub kindergarten_id: i64,
    pub district_id: i64,
    pub region_id: i64,
}

impl GroupRow {
    pub fn location(&self) -> Location {
        Location::unit(
            self.region_id,
            self.district_id,
            Unit::Kindergarten(self.kindergarten_id),
        )
    }
}

/// The group, locked until the end of the transaction (grants to one group are serialized; the
/// constraints stay the final guard).
pub async fn lock_group(
    conn: &mut PgConnection,
    group_id: i64,
) -> Result<Option<GroupRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT g.id, g.name, g.capacity, g.kindergarten_id, k.district_id, d.region_id \
         FROM groups g JOIN kindergartens k ON k.id = g.kindergarten_id \
         JOIN districts d ON d.id = k.district_id \
         WHERE g.id = $1 FOR NO KEY UPDATE OF g",
    )
    .bind(group_id)
    .fetch_optional(conn)
    .await
}

/// A held place, with who gave it: what a refused office is told.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Holder {
    pub id: i64,
    pub seat: i32,
    pub child_personal_number: String,
    pub granted_by: String,
    pub granted_at: DateTime<Utc>,
}

/// The grants of a group, newest first.
pub async fn holders(conn: &mut PgConnection, group_id: i64) -> Result<Vec<Holder>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.seat, p.child_personal_number, u.login AS granted_by, p.granted_at \
         FROM place_grants p JOIN users u ON u.id = p.granted_by \
         WHERE p.group_id = $1 ORDER BY p.granted_at DESC, p.id DESC",
    )
    .bind(group_id)
    .fetch_all(conn)
    .await
}

pub struct NewGrant<'a> {
    pub group: &'a GroupRow,
    pub seat: i32,
    pub child_personal_number: &'a str,
    pub granted_by: i64,
    /// The login of `granted_by`, as the feed names the granter.
    pub granted_by_login: &'a str,
    pub client_id: &'a str,
    pub seq: i64,
}

/// Inserts the grant and its change-feed entry (and puts the child's applications into the
/// kindergarten's part of the feed); returns the grant's id. A constraint violation
/// comes back as the `sqlx::Error` for the caller to name.
pub async fn insert_grant(
    conn: &mut PgConnection,
    g: &NewGrant<'_>,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO place_grants (group_id, capacity, seat, child_personal_number, granted_by, \
         granted_at, client_id, seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(g.group.id)
    .bind(g.group.capacity)
    .bind(g.seat)
    .bind(g.child_personal_number)
    .bind(g.granted_by)
    .bind(now)
    .bind(g.client_id)
    .bind(g.seq)
    .fetch_one(&mut *conn)
    .await?;
    let record = Record::PlaceGrant(PlaceGrantRecord {
        id,
        group_id: g.group.id,
        seat: i64::from(g.seat),
        child_personal_number: g.child_personal_number.to_owned(),
        granted_at: now,
        granted_by: g.granted_by_login.to_owned(),
        client_id: Some(g.client_id.to_owned()),
        seq: Some(g.seq as u64),
    });
    feed::write(&mut *conn, &record, &g.group.location(), now).await?;
    feed::place_applications_of_child(conn, g.child_personal_number, g.group.kindergarten_id, now)
        .await?;
    Ok(id)
}

/// Inserts a group unless its code exists (seeds and tests; birth year, language and kind take
/// the column defaults); returns its id and whether it is new.
pub async fn ensure_group(
    conn: &mut PgConnection,
    kindergarten_id: i64,
    code: &str,
    name: &str,
    capacity: i32,
    now: DateTime<Utc>,
) -> Result<(i64, bool), sqlx::Error> {
    let new: Option<i64> = sqlx::query_scalar(
        "INSERT INTO groups (kindergarten_id, code, name, capacity, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING RETURNING id",
    )
    .bind(kindergarten_id)
    .bind(code)
    .bind(name)
    .bind(capacity)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = new {
        write_group(conn, id, now).await?;
        return Ok((id, true));
    }
    let id = sqlx::query_scalar("SELECT id FROM groups WHERE code = $1")
        .bind(code)
        .fetch_one(conn)
        .await?;
    Ok((id, false))
}

/// Writes the feed entry of a group from its row.
pub async fn write_group(
    conn: &mut PgConnection,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct Row {
        kindergarten_id: i64,
        name: String,
        birth_year: i32,
        language: String,
        kind: String,
        correction_type: Option<String>,
        capacity: i32,
        district_id: i64,
        region_id: i64,
    }
    let r: Row = sqlx::query_as(
        "SELECT g.kindergarten_id, g.name, g.birth_year, g.language, g.kind, g.correction_type, \
         g.capacity, k.district_id, d.region_id FROM groups g \
         JOIN kindergartens k ON k.id = g.kindergarten_id \
         JOIN districts d ON d.id = k.district_id WHERE g.id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let at = Location::unit(
        r.region_id,
        r.district_id,
        Unit::Kindergarten(r.kindergarten_id),
    );
    let record = Record::Group(GroupRecord {
        id,
        kindergarten_id: r.kindergarten_id,
        name: r.name,
        birth_year: r.birth_year,
        language: r.language,
        kind: r.kind,
        correction_type: r.correction_type,
        capacity: i64::from(r.capacity),
    });
    feed::write(conn, &record, &at, now).await
}
