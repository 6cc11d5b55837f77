//! Applications with their child and applicant (people keyed by personal number), written with
//! their change-feed entry. The demo seed has its own bulk path (`crate::demo`); this is the
//! one-row writer.

use crate::db::feed;
use crate::scope::{Location, Unit};
use chrono::{DateTime, Utc};
use kezek_sync::records::ApplicationRecord;
use kezek_sync::Record;
use sqlx::PgConnection;

/// Inserts an application (`record.id` is ignored) and its child and applicant unless their
/// personal numbers exist (then the rows stay as they are); writes the feed entry, placed in the
/// kindergarten of the child's latest place grant if there is one. Returns the new id.
pub async fn insert(
    conn: &mut PgConnection,
    record: &ApplicationRecord,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    let c = &record.child;
    let child_id: i64 = sqlx::query_scalar(
        "WITH new AS (INSERT INTO children (personal_number, surname, given_name, patronymic, \
         birth_date, sex) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (personal_number) DO NOTHING RETURNING id) \
         SELECT id FROM new UNION ALL SELECT id FROM children WHERE personal_number = $1",
    )
    .bind(&c.person.personal_number)
    .bind(&c.person.surname)
    .bind(&c.person.given_name)
    .bind(&c.person.patronymic)
    .bind(c.person.birth_date)
    .bind(&c.sex)
    .fetch_one(&mut *conn)
    .await?;
    let a = &record.applicant;
    let applicant_id: i64 = sqlx::query_scalar(
        "WITH new AS (INSERT INTO applicants (personal_number, surname, given_name, patronymic, \
         birth_date, phone, email, address) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (personal_number) DO NOTHING RETURNING id) \
         SELECT id FROM new UNION ALL SELECT id FROM applicants WHERE personal_number = $1",
    )
    .bind(&a.person.personal_number)
    .bind(&a.person.surname)
    .bind(&a.person.given_name)
    .bind(&a.person.patronymic)
    .bind(a.person.birth_date)
    .bind(&a.phone)
    .bind(&a.email)
    .bind(&a.address)
    .fetch_one(&mut *conn)
    .await?;
    let (id, district, region): (i64, i64, i64) = sqlx::query_as(
        "WITH new AS (INSERT INTO applications (number, kind, child_id, applicant_id, relation, \
         benefit_category_id, benefit_verified, locality_id, district_id, language, status, \
         channel, registered_at, in_queue_since, updated_at, extra_email, extra_phone) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, $9, $10, $11, $12, $13, $14, $15, $16) \
         RETURNING id, district_id) \
         SELECT new.id, new.district_id, d.region_id FROM new JOIN districts d \
         ON d.id = new.district_id",
    )
    .bind(&record.number)
    .bind(&record.kind)
    .bind(child_id)
    .bind(applicant_id)
    .bind(&record.relation)
    .bind(record.benefit_category_id)
    .bind(record.benefit_verified)
    .bind(record.locality_id)
    .bind(&record.language)
    .bind(&record.status)
    .bind(&record.channel)
    .bind(record.registered_at)
    .bind(record.in_queue_since)
    .bind(record.updated_at)
    .bind(&record.extra_email)
    .bind(&record.extra_phone)
    .fetch_one(&mut *conn)
    .await?;
    let kindergarten: Option<i64> = sqlx::query_scalar(
        "SELECT g.kindergarten_id FROM place_grants p JOIN groups g ON g.id = p.group_id \
         WHERE p.child_personal_number = $1 ORDER BY p.granted_at DESC, p.id DESC LIMIT 1",
    )
    .bind(&c.person.personal_number)
    .fetch_optional(&mut *conn)
    .await?;
    let at = match kindergarten {
        Some(k) => Location::unit(region, district, Unit::Kindergarten(k)),
        None => Location::district(region, district),
    };
    let stored = ApplicationRecord {
        id,
        ..record.clone()
    };
    feed::write(conn, &Record::Application(Box::new(stored)), &at, now).await?;
    Ok(id)
}
