//! The address bureau's streets of each district: the portal and the office accept only these. A
//! name is matched within the district regardless of case and of runs of spaces; nothing is ever
//! added from a form. Every street added is written to the change feed in the same transaction
//! (scoped like a locality: the desktops of its district and region offer it in the office form).

use super::form::StreetRef;
use crate::db::feed;
use crate::scope::Location;
use chrono::{DateTime, Utc};
use kezek_sync::records::StreetRecord;
use kezek_sync::Record;
use sqlx::{PgConnection, PgPool};

/// A street of the list, with the locality an application from it sits in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Street {
    pub id: i64,
    pub district_id: i64,
    pub name: String,
    pub locality_id: i64,
}

/// The street of `district` the parent named, or `None` when the list has no such street.
/// Its locality is the street's own, else the district's locality of the district's code, else
/// the district's first; a district without any locality has no usable street.
pub async fn find(
    conn: &mut PgConnection,
    district: i64,
    street: &StreetRef,
) -> Result<Option<Street>, sqlx::Error> {
    let (id, name) = match street {
        StreetRef::Id(id) => (Some(*id), None),
        StreetRef::Name(n) => (None, Some(n.as_str())),
    };
    let row: Option<(i64, i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT s.id, s.district_id, s.name, \
         COALESCE(s.locality_id, (SELECT l.id FROM localities l JOIN districts d \
         ON d.id = l.district_id WHERE l.district_id = s.district_id \
         ORDER BY (l.code = d.code) DESC, l.id LIMIT 1)) AS locality_id \
         FROM streets s WHERE s.district_id = $1 AND (s.id = $2 OR lower(s.name) = lower($3))",
    )
    .bind(district)
    .bind(id)
    .bind(name)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(id, district_id, name, locality)| {
        Some(Street {
            id,
            district_id,
            name,
            locality_id: locality?,
        })
    }))
}

/// Adds streets to a district's list (the bureau's import, fixtures), each new one with its feed
/// entry; names already there are kept as they are. Returns the ids of `names`, in order.
pub async fn add(
    conn: &mut PgConnection,
    district: i64,
    names: &[&str],
    now: DateTime<Utc>,
) -> Result<Vec<i64>, sqlx::Error> {
    let region: i64 = sqlx::query_scalar("SELECT region_id FROM districts WHERE id = $1")
        .bind(district)
        .fetch_one(&mut *conn)
        .await?;
    let at = Location::district(region, district);
    let mut ids = Vec::with_capacity(names.len());
    for name in names {
        let new: Option<(i64, String, Option<i64>)> = sqlx::query_as(
            "INSERT INTO streets (district_id, name) VALUES ($1, $2) \
             ON CONFLICT (district_id, lower(name)) DO NOTHING RETURNING id, name, locality_id",
        )
        .bind(district)
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
        let id = match new {
            Some((id, name, locality_id)) => {
                let record = Record::Street(StreetRecord {
                    id,
                    district_id: district,
                    locality_id,
                    name,
                });
                feed::write(conn, &record, &at, now).await?;
                id
            }
            None => {
                sqlx::query_scalar(
                    "SELECT id FROM streets WHERE district_id = $1 AND lower(name) = lower($2)",
                )
                .bind(district)
                .bind(name)
                .fetch_one(&mut *conn)
                .await?
            }
        };
        ids.push(id);
    }
    Ok(ids)
}

/// Street names every demo district gets (demo data: the real list comes from the bureau).
pub const DEMO_STREETS: [&str; 8] = [
    "Абая",
    "Ленина",
    "Манаса",
    "Токтогула",
    "Чуйская",
    "Московская",
    "Советская",
    "Мира",
];

/// Gives every demo district (`demo-d<N>`) the demo streets it lacks, with their feed entries,
/// in one transaction.
pub async fn seed_demo(pool: &PgPool, now: DateTime<Utc>) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    let new: Vec<(i64, i64, i64, String, Option<i64>)> = sqlx::query_as(
        "WITH new AS (INSERT INTO streets (district_id, name) \
         SELECT d.id, s.name FROM districts d CROSS JOIN UNNEST($1::text[]) AS s(name) \
         WHERE d.code LIKE 'demo-d%' ORDER BY d.id \
         ON CONFLICT (district_id, lower(name)) DO NOTHING \
         RETURNING id, district_id, name, locality_id) \
         SELECT new.id, d.region_id, new.district_id, new.name, new.locality_id \
         FROM new JOIN districts d ON d.id = new.district_id ORDER BY new.id",
    )
    .bind(&DEMO_STREETS[..])
    .fetch_all(&mut *tx)
    .await?;
    let records: Vec<(Record, Location)> = new
        .into_iter()
        .map(|(id, region, district, name, locality_id)| {
            let record = Record::Street(StreetRecord {
                id,
                district_id: district,
                locality_id,
                name,
            });
            (record, Location::district(region, district))
        })
        .collect();
    feed::write_many(&mut tx, &records, now).await?;
    tx.commit().await
}
