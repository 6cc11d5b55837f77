//! Applying the server's change feed to the local store.
//!
//! A pulled page is applied in one transaction together with the move of the cursor: a cut at
//! any point resumes from the last applied page. Entries at or below the cursor were applied
//! already and are skipped, and the cursor never moves back, so the same page twice changes
//! nothing. Applying an entry is an upsert by the server's id (children and applicants by their
//! personal numbers) or a delete, so entries fetched again outside the feed
//! ([`Store::apply_fetched_changes`]) are harmless too.
//!
//! The feed holds each row once, at its latest version, so a parent changed after its children
//! comes after them, possibly pages later. Foreign keys are therefore not enforced while a page is
//! applied (SQLite cannot defer them past the page's commit); the rows meet their parents when
//! the feed has been read to the end.
//!
//! Applications keep the denormalised journal columns and `application_search_terms` exactly as
//! the import computes them (its helpers). Queue positions are not touched here: the sync run
//! recomputes them once at its end ([`Store::complete_sync_run`]), or the next run that
//! completes when this one is cut (the page marks them stale in its transaction).

use crate::import::{application_terms, sort_name_key};
use crate::outbox::{self, change, record_sync_event};
use crate::sql::{date_text, datetime_text};
use crate::{Actor, Store, StoreError};
use kezek_sync::records::{ApplicantRecord, ApplicationRecord, ChildRecord, PersonRecord};
use kezek_sync::{Change, Entity, Record};
use sqlx::pool::PoolConnection;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, HashMap};

/// What applying a page did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageApplied {
    /// Entries applied (upserted or deleted); entries at or below the cursor are not counted.
    pub applied: u64,
    /// Of those, applications (the queue positions need a recompute).
    pub applications: u64,
    /// The cursor after the page.
    pub cursor: u64,
}

/// Rows per multi-row statement (SQLite allows 32766 bound values; applications bind 21).
const ROWS: usize = 500;

impl Store {
    /// Applies one pulled page and moves the cursor to `new_cursor`, in one transaction. Entries
    /// at or below the current cursor are skipped; the cursor never moves back.
    pub async fn apply_pull_page(
        &self,
        changes: Vec<Change>,
        new_cursor: u64,
        actor: &Actor,
    ) -> Result<PageApplied, StoreError> {
        let mut conn = self.unchecked_writer().await?;
        let result = async {
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            let client_id = outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
            let cursor: i64 = sqlx::query_scalar("SELECT cursor FROM sync_state WHERE id = 1")
                .fetch_one(&mut *tx)
                .await?;
            let cursor = cursor as u64;
            let fresh: Vec<Change> = changes.into_iter().filter(|c| c.version > cursor).collect();
            let mut done = apply(&mut tx, self, &client_id, fresh, actor).await?;
            done.cursor = cursor.max(new_cursor);
            mark_positions_stale(&mut tx, &done).await?;
            if done.cursor != cursor {
                sqlx::query("UPDATE sync_state SET cursor = ? WHERE id = 1")
                    .bind(done.cursor as i64)
                    .execute(&mut *tx)
                    .await?;
                let changes = vec![
                    change(
                        "cursor",
                        Some(cursor.to_string()),
                        Some(done.cursor.to_string()),
                    ),
                    change("changes", None, Some(done.applied.to_string())),
                ];
                record_sync_event(&mut tx, self, actor, "sync_page_applied", changes).await?;
            }
            tx.commit().await?;
            Ok::<_, StoreError>(done)
        }
        .await;
        restore_foreign_keys(conn).await?;
        result
    }

    /// Applies feed entries fetched outside the feed's order (verify and repair): every entry is
    /// applied, the cursor stays.
    pub async fn apply_fetched_changes(
        &self,
        changes: Vec<Change>,
        actor: &Actor,
    ) -> Result<PageApplied, StoreError> {
        let mut conn = self.unchecked_writer().await?;
        let result = async {
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            let client_id = outbox::ensure_sync_state(&mut tx, &self.device_id).await?;
            let mut done = apply(&mut tx, self, &client_id, changes, actor).await?;
            mark_positions_stale(&mut tx, &done).await?;
            let cursor: i64 = sqlx::query_scalar("SELECT cursor FROM sync_state WHERE id = 1")
                .fetch_one(&mut *tx)
                .await?;
            done.cursor = cursor as u64;
            let changes = vec![change("changes", None, Some(done.applied.to_string()))];
            record_sync_event(&mut tx, self, actor, "sync_fetched_applied", changes).await?;
            tx.commit().await?;
            Ok::<_, StoreError>(done)
        }
        .await;
        restore_foreign_keys(conn).await?;
        result
    }

    /// The server ids of one entity this store holds (granted places only: pending ones have
    /// none yet), ascending: what verify compares with the server's inventory.
    pub async fn synced_ids(&self, entity: Entity) -> Result<Vec<i64>, StoreError> {
        let sql = match entity {
            Entity::Region => "SELECT id FROM regions ORDER BY id",
            Entity::District => "SELECT id FROM districts ORDER BY id",
            Entity::Locality => "SELECT id FROM localities ORDER BY id",
            Entity::BenefitCategory => "SELECT id FROM benefit_categories ORDER BY id",
            Entity::Kindergarten => "SELECT id FROM kindergartens ORDER BY id",
            Entity::Group => "SELECT id FROM groups ORDER BY id",
            Entity::Application => "SELECT id FROM applications ORDER BY id",
            Entity::PlaceGrant => {
                "SELECT server_id FROM place_grants WHERE server_id IS NOT NULL ORDER BY server_id"
            }
        };
        Ok(sqlx::query_scalar(sql).fetch_all(&self.read).await?)
    }

    /// The writer connection with foreign keys off (see the module's doc). If the caller is
    /// cancelled before [`restore_foreign_keys`], the connection is closed, never reused.
    async fn unchecked_writer(&self) -> Result<PoolConnection<Sqlite>, StoreError> {
        let mut conn = self.write.acquire().await?;
        conn.close_on_drop();
        sqlx::query("PRAGMA foreign_keys = OFF")
            .execute(&mut *conn)
            .await?;
        Ok(conn)
    }
}

async fn mark_positions_stale(
    conn: &mut SqliteConnection,
    done: &PageApplied,
) -> Result<(), sqlx::Error> {
    if done.applications > 0 {
        sqlx::query("UPDATE sync_state SET positions_stale = 1 WHERE id = 1")
            .execute(conn)
            .await?;
    }
    Ok(())
}

async fn restore_foreign_keys(mut conn: PoolConnection<Sqlite>) -> Result<(), StoreError> {
    sqlx::query("PRAGMA foreign_keys = ON")
        .execute(&mut *conn)
        .await?;
    // Still closed on drop: the next writer opens a fresh connection (cheap for SQLite).
    Ok(())
}

/// Parents before children, so that a page that holds both meets the constraints anyway.
fn rank(e: Entity) -> usize {
    Entity::ALL
        .iter()
        .position(|x| *x == e)
        .unwrap_or(usize::MAX)
}

async fn apply(
    conn: &mut SqliteConnection,
    store: &Store,
    client_id: &str,
    changes: Vec<Change>,
    actor: &Actor,
) -> Result<PageApplied, StoreError> {
    // The latest entry per row, grouped by entity in dependency order.
    let mut latest: BTreeMap<(usize, i64), Change> = BTreeMap::new();
    for c in changes {
        match latest.entry((rank(c.entity), c.id)) {
            Entry::Occupied(mut slot) if c.version >= slot.get().version => {
                slot.insert(c);
            }
            Entry::Occupied(_) => {}
            Entry::Vacant(slot) => {
                slot.insert(c);
            }
        }
    }
    let mut done = PageApplied::default();
    let mut applications: Vec<ApplicationRecord> = Vec::new();
    let mut deleted_applications: Vec<i64> = Vec::new();
    for c in latest.into_values() {
        let (version, entity, id) = (c.version, c.entity, c.id);
        // Owned data: decoding moves it, no copy of a page of JSON.
        let record = c
            .data
            .map(|d| Record::from_data(entity, d))
            .transpose()
            .map_err(|e| {
                StoreError::InvalidInput(format!(
                    "feed entry {version} ({} {id}): {e}",
                    entity.as_str()
                ))
            })?;
        done.applied += 1;
        match record {
            Some(Record::Application(a)) => applications.push(*a),
            None if entity == Entity::Application => deleted_applications.push(id),
            Some(Record::PlaceGrant(g)) => {
                crate::places::apply_grant(conn, store, client_id, &g, actor).await?
            }
            None if entity == Entity::PlaceGrant => crate::places::delete_grant(conn, id).await?,
            Some(r) => upsert_reference(conn, &r).await?,
            None => delete_reference(conn, entity, id).await?,
        }
    }
    done.applications = (applications.len() + deleted_applications.len()) as u64;
    for chunk in applications.chunks(ROWS) {
        upsert_applications(conn, chunk).await?;
    }
    delete_applications(conn, &deleted_applications).await?;
    Ok(done)
}

async fn upsert_reference(conn: &mut SqliteConnection, r: &Record) -> Result<(), sqlx::Error> {
    let q = match r {
        Record::Region(x) => sqlx::query(
            "INSERT INTO regions (id, country, name) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE \
             SET country = excluded.country, name = excluded.name",
        )
        .bind(x.id)
        .bind(&x.country)
        .bind(&x.name),
        Record::District(x) => sqlx::query(
            "INSERT INTO districts (id, region_id, name) VALUES (?, ?, ?) ON CONFLICT (id) DO \
             UPDATE SET region_id = excluded.region_id, name = excluded.name",
        )
        .bind(x.id)
        .bind(x.region_id)
        .bind(&x.name),
        Record::Locality(x) => sqlx::query(
            "INSERT INTO localities (id, district_id, name) VALUES (?, ?, ?) ON CONFLICT (id) DO \
             UPDATE SET district_id = excluded.district_id, name = excluded.name",
        )
        .bind(x.id)
        .bind(x.district_id)
        .bind(&x.name),
        Record::BenefitCategory(x) => sqlx::query(
            "INSERT INTO benefit_categories (id, code, kind) VALUES (?, ?, ?) ON CONFLICT (id) \
             DO UPDATE SET code = excluded.code, kind = excluded.kind",
        )
        .bind(x.id)
        .bind(&x.code)
        .bind(&x.kind),
        Record::Kindergarten(x) => sqlx::query(
            "INSERT INTO kindergartens (id, locality_id, name, address, phone) \
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET \
             locality_id = excluded.locality_id, name = excluded.name, \
             address = excluded.address, phone = excluded.phone",
        )
        .bind(x.id)
        .bind(x.locality_id)
        .bind(&x.name)
        .bind(&x.address)
        .bind(&x.phone),
        Record::Group(x) => sqlx::query(
            "INSERT INTO groups (id, kindergarten_id, name, birth_year, language, kind, \
             correction_type, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO \
             UPDATE SET kindergarten_id = excluded.kindergarten_id, name = excluded.name, \
             birth_year = excluded.birth_year, language = excluded.language, \
             kind = excluded.kind, correction_type = excluded.correction_type, \
             capacity = excluded.capacity",
        )
        .bind(x.id)
        .bind(x.kindergarten_id)
        .bind(&x.name)
        .bind(x.birth_year)
        .bind(&x.language)
        .bind(&x.kind)
        .bind(&x.correction_type)
        .bind(x.capacity),
        Record::Application(_) | Record::PlaceGrant(_) => {
            unreachable!("applications and grants have their own paths")
        }
    };
    q.execute(conn).await?;
    Ok(())
}

async fn delete_reference(
    conn: &mut SqliteConnection,
    entity: Entity,
    id: i64,
) -> Result<(), sqlx::Error> {
    let sql = match entity {
        Entity::Region => "DELETE FROM regions WHERE id = ?",
        Entity::District => "DELETE FROM districts WHERE id = ?",
        Entity::Locality => "DELETE FROM localities WHERE id = ?",
        Entity::BenefitCategory => "DELETE FROM benefit_categories WHERE id = ?",
        Entity::Kindergarten => "DELETE FROM kindergartens WHERE id = ?",
        Entity::Group => "DELETE FROM groups WHERE id = ?",
        Entity::Application | Entity::PlaceGrant => {
            unreachable!("applications and grants have their own paths")
        }
    };
    sqlx::query(sql).bind(id).execute(conn).await?;
    Ok(())
}

fn names(p: &PersonRecord) -> (&str, &str, Option<&str>) {
    (&p.surname, &p.given_name, p.patronymic.as_deref())
}

/// Upserts the people by personal number; returns each number's local id.
async fn upsert_children(
    conn: &mut SqliteConnection,
    children: &[&ChildRecord],
) -> Result<HashMap<String, i64>, sqlx::Error> {
    let mut b = QueryBuilder::<Sqlite>::new(
        "INSERT INTO children (personal_number, surname, given_name, patronymic, birth_date, \
         sex, name_key) ",
    );
    b.push_values(children, |mut row, c| {
        let p = &c.person;
        row.push_bind(p.personal_number.as_str())
            .push_bind(p.surname.as_str())
            .push_bind(p.given_name.as_str())
            .push_bind(p.patronymic.as_deref())
            .push_bind(date_text(p.birth_date))
            .push_bind(c.sex.as_str())
            .push_bind(sort_name_key(names(p)));
    });
    b.push(
        " ON CONFLICT (personal_number) DO UPDATE SET surname = excluded.surname, \
         given_name = excluded.given_name, patronymic = excluded.patronymic, \
         birth_date = excluded.birth_date, sex = excluded.sex, name_key = excluded.name_key \
         RETURNING personal_number, id",
    );
    let rows: Vec<(String, i64)> = b.build_query_as().fetch_all(conn).await?;
    Ok(rows.into_iter().collect())
}

async fn upsert_applicants(
    conn: &mut SqliteConnection,
    applicants: &[&ApplicantRecord],
) -> Result<HashMap<String, i64>, sqlx::Error> {
    let mut b = QueryBuilder::<Sqlite>::new(
        "INSERT INTO applicants (personal_number, surname, given_name, patronymic, birth_date, \
         phone, email, address, name_key) ",
    );
    b.push_values(applicants, |mut row, a| {
        let p = &a.person;
        row.push_bind(p.personal_number.as_str())
            .push_bind(p.surname.as_str())
            .push_bind(p.given_name.as_str())
            .push_bind(p.patronymic.as_deref())
            .push_bind(date_text(p.birth_date))
            .push_bind(a.phone.as_str())
            .push_bind(a.email.as_deref())
            .push_bind(a.address.as_str())
            .push_bind(sort_name_key(names(p)));
    });
    b.push(
        " ON CONFLICT (personal_number) DO UPDATE SET surname = excluded.surname, \
         given_name = excluded.given_name, patronymic = excluded.patronymic, \
         birth_date = excluded.birth_date, phone = excluded.phone, email = excluded.email, \
         address = excluded.address, name_key = excluded.name_key \
         RETURNING personal_number, id",
    );
    let rows: Vec<(String, i64)> = b.build_query_as().fetch_all(conn).await?;
    Ok(rows.into_iter().collect())
}

/// Upserts up to [`ROWS`] applications with their children, applicants and search terms.
async fn upsert_applications(
    conn: &mut SqliteConnection,
    apps: &[ApplicationRecord],
) -> Result<(), sqlx::Error> {
    // One row per person in a statement (a child may have a queue and a voucher application).
    let mut children: HashMap<&str, &ChildRecord> = HashMap::new();
    let mut applicants: HashMap<&str, &ApplicantRecord> = HashMap::new();
    for a in apps {
        children.insert(&a.child.person.personal_number, &a.child);
        applicants.insert(&a.applicant.person.personal_number, &a.applicant);
    }
    let children: Vec<&ChildRecord> = children.into_values().collect();
    let applicants: Vec<&ApplicantRecord> = applicants.into_values().collect();
    let child_ids = upsert_children(&mut *conn, &children).await?;
    let applicant_ids = upsert_applicants(&mut *conn, &applicants).await?;

    // The old terms go first: the follow trigger would otherwise update rows about to go.
    let mut b = QueryBuilder::<Sqlite>::new(
        "DELETE FROM application_search_terms WHERE application_id IN (",
    );
    let mut ids = b.separated(", ");
    for a in apps {
        ids.push_bind(a.id);
    }
    b.push(")");
    b.build().execute(&mut *conn).await?;

    let mut b = QueryBuilder::<Sqlite>::new(
        "INSERT INTO applications (id, number, kind, child_id, applicant_id, relation, \
         benefit_category_id, benefit_verified, locality_id, language, status, channel, \
         registered_at, in_queue_since, updated_at, extra_email, extra_phone, birth_date, \
         child_name_key, applicant_name_key, child_number) ",
    );
    b.push_values(apps, |mut row, a| {
        let c = &a.child.person;
        row.push_bind(a.id)
            .push_bind(a.number.as_str())
            .push_bind(a.kind.as_str())
            .push_bind(child_ids[&c.personal_number])
            .push_bind(applicant_ids[&a.applicant.person.personal_number])
            .push_bind(a.relation.as_str())
            .push_bind(a.benefit_category_id)
            .push_bind(a.benefit_verified)
            .push_bind(a.locality_id)
            .push_bind(a.language.as_str())
            .push_bind(a.status.as_str())
            .push_bind(a.channel.as_str())
            .push_bind(datetime_text(a.registered_at))
            .push_bind(a.in_queue_since.map(datetime_text))
            .push_bind(datetime_text(a.updated_at))
            .push_bind(a.extra_email.as_deref())
            .push_bind(a.extra_phone.as_deref())
            .push_bind(date_text(c.birth_date))
            .push_bind(sort_name_key(names(c)))
            .push_bind(sort_name_key(names(&a.applicant.person)))
            .push_bind(c.personal_number.as_str());
    });
    b.push(
        " ON CONFLICT (id) DO UPDATE SET number = excluded.number, kind = excluded.kind, \
         child_id = excluded.child_id, applicant_id = excluded.applicant_id, \
         relation = excluded.relation, benefit_category_id = excluded.benefit_category_id, \
         benefit_verified = excluded.benefit_verified, locality_id = excluded.locality_id, \
         language = excluded.language, status = excluded.status, channel = excluded.channel, \
         registered_at = excluded.registered_at, in_queue_since = excluded.in_queue_since, \
         updated_at = excluded.updated_at, extra_email = excluded.extra_email, \
         extra_phone = excluded.extra_phone, birth_date = excluded.birth_date, \
         child_name_key = excluded.child_name_key, \
         applicant_name_key = excluded.applicant_name_key, child_number = excluded.child_number",
    );
    b.build().execute(&mut *conn).await?;

    // The terms travel as one JSON value, `[[id, [term, …]], …]`, and SQLite copies the filter
    // columns from the rows just written: one bound value instead of seven per term row (the
    // terms are most of a page's rows).
    let terms: Vec<(i64, Vec<String>)> = apps
        .iter()
        .map(|a| {
            let terms = application_terms(names(&a.child.person), names(&a.applicant.person));
            (a.id, terms)
        })
        .collect();
    sqlx::query(
        "INSERT INTO application_search_terms (term, application_id, status, kind, \
         benefit_category_id, locality_id, registered_at) \
         SELECT t.value, a.id, a.status, a.kind, a.benefit_category_id, a.locality_id, \
                a.registered_at \
         FROM json_each(?) AS e, json_each(e.value, '$[1]') AS t \
         JOIN applications a ON a.id = e.value ->> 0",
    )
    .bind(serde_json::to_string(&terms).expect("ids and strings serialize"))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Applications the feed says are gone (out of scope now, or removed), with what hangs on them
/// locally.
async fn delete_applications(conn: &mut SqliteConnection, ids: &[i64]) -> Result<(), sqlx::Error> {
    for id in ids {
        for sql in [
            "DELETE FROM application_search_terms WHERE application_id = ?",
            "DELETE FROM queue_position_changes WHERE application_id = ?",
            "DELETE FROM documents WHERE application_id = ?",
            "DELETE FROM applications WHERE id = ?",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *conn).await?;
        }
    }
    Ok(())
}
