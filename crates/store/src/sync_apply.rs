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
//! the import computes them (its helpers). A pulled voucher application also settles a pending
//! office intake of its child (`intake::resolve_pulled`), in the page's transaction. Queue
//! positions are not touched here: the sync run recomputes them once at its end
//! ([`Store::complete_sync_run`]), or the next run that completes when this one is cut (the page
//! marks them stale in its transaction).

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

/// Applications per group of statements (each group's rows travel as JSON values).
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
            defer_indexes(&mut tx, cursor).await?;
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
            Entity::CommissionMember => {
                "SELECT server_id FROM commission_members WHERE server_id IS NOT NULL \
                 ORDER BY server_id"
            }
            Entity::Protocol => {
                "SELECT server_id FROM protocols WHERE server_id IS NOT NULL ORDER BY server_id"
            }
            Entity::Street => "SELECT id FROM streets ORDER BY id",
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

/// The `settings` key holding the indexes an initial sync dropped, `[[name, sql], …]`.
const DEFERRED_INDEXES: &str = "sync.deferred_indexes";

/// The tables whose secondary indexes an initial sync builds at its end rather than row by row.
/// (Upserting an application that is already here looks its old terms up without the terms'
/// index then: rare in an initial sync, which brings each row once unless it changes meanwhile.)
const DEFERRED_TABLES: &[&str] = &["applications", "application_search_terms"];

/// For a first pull (`cursor` 0) into a store without applications: drops the secondary
/// indexes of [`DEFERRED_TABLES`], noting them in `settings` in the page's transaction, so that
/// a cut run leaves them noted and the next run that completes builds them
/// ([`restore_deferred_indexes`]). Queries are right without them, only slower, until then.
/// Returns whether indexes are deferred (by this page or an earlier one).
async fn defer_indexes(conn: &mut SqliteConnection, cursor: u64) -> Result<bool, sqlx::Error> {
    let noted: Option<i64> = sqlx::query_scalar("SELECT 1 FROM settings WHERE key = ?")
        .bind(DEFERRED_INDEXES)
        .fetch_optional(&mut *conn)
        .await?;
    if noted.is_some() || cursor != 0 {
        return Ok(noted.is_some());
    }
    let any: Option<i64> = sqlx::query_scalar("SELECT 1 FROM applications LIMIT 1")
        .fetch_optional(&mut *conn)
        .await?;
    if any.is_some() {
        return Ok(false);
    }
    let dropped = crate::import::drop_indexes(&mut *conn, DEFERRED_TABLES).await?;
    sqlx::query("INSERT INTO settings (key, value) VALUES (?, ?)")
        .bind(DEFERRED_INDEXES)
        .bind(serde_json::to_string(&dropped).expect("strings serialize"))
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Builds the indexes an initial sync deferred, if any (the end of a sync run, in its
/// transaction). Returns whether there were some.
pub(crate) async fn restore_deferred_indexes(
    conn: &mut SqliteConnection,
) -> Result<bool, StoreError> {
    let noted: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = ?")
        .bind(DEFERRED_INDEXES)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(noted) = noted else {
        return Ok(false);
    };
    let indexes: Vec<(String, String)> = serde_json::from_str(&noted)
        .map_err(|e| StoreError::InvalidInput(format!("{DEFERRED_INDEXES}: {e}")))?;
    crate::import::create_indexes(&mut *conn, &indexes).await?;
    sqlx::query("DELETE FROM settings WHERE key = ?")
        .bind(DEFERRED_INDEXES)
        .execute(&mut *conn)
        .await?;
    Ok(true)
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
            Some(Record::CommissionMember(m)) => {
                crate::commission::apply_member(conn, &m, actor).await?
            }
            None if entity == Entity::CommissionMember => {
                crate::commission::delete_member(conn, id).await?
            }
            Some(Record::Protocol(p)) => {
                crate::commission::apply_protocol(conn, store, &p, actor).await?
            }
            None if entity == Entity::Protocol => {
                crate::commission::delete_protocol(conn, id).await?
            }
            Some(r) => upsert_reference(conn, &r).await?,
            None => delete_reference(conn, entity, id).await?,
        }
    }
    done.applications = (applications.len() + deleted_applications.len()) as u64;
    for chunk in applications.chunks(ROWS) {
        upsert_applications(conn, chunk).await?;
        crate::intake::resolve_pulled(conn, store, chunk, actor).await?;
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
        Record::Street(x) => sqlx::query(
            "INSERT INTO streets (id, district_id, locality_id, name) VALUES (?, ?, ?, ?) \
             ON CONFLICT (id) DO UPDATE SET district_id = excluded.district_id, \
             locality_id = excluded.locality_id, name = excluded.name",
        )
        .bind(x.id)
        .bind(x.district_id)
        .bind(x.locality_id)
        .bind(&x.name),
        Record::Application(_)
        | Record::PlaceGrant(_)
        | Record::CommissionMember(_)
        | Record::Protocol(_) => {
            unreachable!("applications, grants and the commission have their own paths")
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
        Entity::Street => "DELETE FROM streets WHERE id = ?",
        Entity::Application | Entity::PlaceGrant | Entity::CommissionMember | Entity::Protocol => {
            unreachable!("applications, grants and the commission have their own paths")
        }
    };
    sqlx::query(sql).bind(id).execute(conn).await?;
    Ok(())
}

fn names(p: &PersonRecord) -> (&str, &str, Option<&str>) {
    (&p.surname, &p.given_name, p.patronymic.as_deref())
}

/// Upserts the children by personal number. The rows travel as one JSON value (one bound value
/// and a short statement instead of seven values a row).
async fn upsert_children(
    conn: &mut SqliteConnection,
    children: &[&ChildRecord],
) -> Result<(), sqlx::Error> {
    let rows: Vec<_> = children
        .iter()
        .map(|c| {
            let p = &c.person;
            (
                p.personal_number.as_str(),
                p.surname.as_str(),
                p.given_name.as_str(),
                p.patronymic.as_deref(),
                date_text(p.birth_date),
                c.sex.as_str(),
                sort_name_key(names(p)),
            )
        })
        .collect();
    sqlx::query(
        "INSERT INTO children (personal_number, surname, given_name, patronymic, birth_date, \
         sex, name_key) \
         SELECT e.value ->> 0, e.value ->> 1, e.value ->> 2, e.value ->> 3, e.value ->> 4, \
                e.value ->> 5, e.value ->> 6 \
         FROM json_each(?) AS e WHERE true \
         ON CONFLICT (personal_number) DO UPDATE SET surname = excluded.surname, \
         given_name = excluded.given_name, patronymic = excluded.patronymic, \
         birth_date = excluded.birth_date, sex = excluded.sex, name_key = excluded.name_key",
    )
    .bind(serde_json::to_string(&rows).expect("strings serialize"))
    .execute(conn)
    .await?;
    Ok(())
}

/// Upserts the applicants by personal number (as [`upsert_children`]).
async fn upsert_applicants(
    conn: &mut SqliteConnection,
    applicants: &[&ApplicantRecord],
) -> Result<(), sqlx::Error> {
    let rows: Vec<_> = applicants
        .iter()
        .map(|a| {
            let p = &a.person;
            (
                p.personal_number.as_str(),
                p.surname.as_str(),
                p.given_name.as_str(),
                p.patronymic.as_deref(),
                date_text(p.birth_date),
                a.phone.as_str(),
                a.email.as_deref(),
                a.address.as_str(),
                sort_name_key(names(p)),
            )
        })
        .collect();
    sqlx::query(
        "INSERT INTO applicants (personal_number, surname, given_name, patronymic, birth_date, \
         phone, email, address, name_key) \
         SELECT e.value ->> 0, e.value ->> 1, e.value ->> 2, e.value ->> 3, e.value ->> 4, \
                e.value ->> 5, e.value ->> 6, e.value ->> 7, e.value ->> 8 \
         FROM json_each(?) AS e WHERE true \
         ON CONFLICT (personal_number) DO UPDATE SET surname = excluded.surname, \
         given_name = excluded.given_name, patronymic = excluded.patronymic, \
         birth_date = excluded.birth_date, phone = excluded.phone, email = excluded.email, \
         address = excluded.address, name_key = excluded.name_key",
    )
    .bind(serde_json::to_string(&rows).expect("strings serialize"))
    .execute(conn)
    .await?;
    Ok(())
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
    // In key order: the rows land next to each other in the personal numbers' index.
    let mut children: Vec<&ChildRecord> = children.into_values().collect();
    children.sort_unstable_by(|a, b| a.person.personal_number.cmp(&b.person.personal_number));
    let mut applicants: Vec<&ApplicantRecord> = applicants.into_values().collect();
    applicants.sort_unstable_by(|a, b| a.person.personal_number.cmp(&b.person.personal_number));
    upsert_children(&mut *conn, &children).await?;
    upsert_applicants(&mut *conn, &applicants).await?;

    // The old terms go first: the follow trigger would otherwise update rows about to go. Only
    // applications already here have some (an initial sync may hold the terms' index back).
    let mut b = QueryBuilder::<Sqlite>::new("SELECT id FROM applications WHERE id IN (");
    let mut ids = b.separated(", ");
    for a in apps {
        ids.push_bind(a.id);
    }
    b.push(")");
    let present: Vec<i64> = b.build_query_scalar().fetch_all(&mut *conn).await?;
    if !present.is_empty() {
        let mut b = QueryBuilder::<Sqlite>::new(
            "DELETE FROM application_search_terms WHERE application_id IN (",
        );
        let mut ids = b.separated(", ");
        for id in &present {
            ids.push_bind(*id);
        }
        b.push(")");
        b.build().execute(&mut *conn).await?;
    }

    // One JSON value as for the people; child and applicant found by their personal numbers.
    let rows: Vec<serde_json::Value> = apps
        .iter()
        .map(|a| {
            let c = &a.child.person;
            serde_json::json!([
                a.id,
                a.number,
                a.kind.as_str(),
                c.personal_number,
                a.applicant.person.personal_number,
                a.relation.as_str(),
                a.benefit_category_id,
                a.benefit_verified,
                a.locality_id,
                a.language.as_str(),
                a.status.as_str(),
                a.channel.as_str(),
                datetime_text(a.registered_at),
                a.in_queue_since.map(datetime_text),
                datetime_text(a.updated_at),
                a.extra_email,
                a.extra_phone,
                date_text(c.birth_date),
                sort_name_key(names(c)),
                sort_name_key(names(&a.applicant.person)),
            ])
        })
        .collect();
    sqlx::query(
        "INSERT INTO applications (id, number, kind, child_id, applicant_id, relation, \
         benefit_category_id, benefit_verified, locality_id, language, status, channel, \
         registered_at, in_queue_since, updated_at, extra_email, extra_phone, birth_date, \
         child_name_key, applicant_name_key, child_number) \
         SELECT e.value ->> 0, e.value ->> 1, e.value ->> 2, \
                (SELECT id FROM children WHERE personal_number = e.value ->> 3), \
                (SELECT id FROM applicants WHERE personal_number = e.value ->> 4), \
                e.value ->> 5, e.value ->> 6, e.value ->> 7, e.value ->> 8, e.value ->> 9, \
                e.value ->> 10, e.value ->> 11, e.value ->> 12, e.value ->> 13, e.value ->> 14, \
                e.value ->> 15, e.value ->> 16, e.value ->> 17, e.value ->> 18, e.value ->> 19, \
                e.value ->> 3 \
         FROM json_each(?) AS e WHERE true \
         ON CONFLICT (id) DO UPDATE SET number = excluded.number, kind = excluded.kind, \
         child_id = excluded.child_id, applicant_id = excluded.applicant_id, \
         relation = excluded.relation, benefit_category_id = excluded.benefit_category_id, \
         benefit_verified = excluded.benefit_verified, locality_id = excluded.locality_id, \
         language = excluded.language, status = excluded.status, channel = excluded.channel, \
         registered_at = excluded.registered_at, in_queue_since = excluded.in_queue_since, \
         updated_at = excluded.updated_at, extra_email = excluded.extra_email, \
         extra_phone = excluded.extra_phone, birth_date = excluded.birth_date, \
         child_name_key = excluded.child_name_key, \
         applicant_name_key = excluded.applicant_name_key, child_number = excluded.child_number",
    )
    .bind(serde_json::Value::Array(rows).to_string())
    .execute(&mut *conn)
    .await?;

    // The terms travel as one JSON value, `[[term, id], …]` in key order (they land next to
    // each other in the table), and SQLite copies the filter columns from the rows just written:
    // one bound value instead of seven per term row (the terms are most of a page's rows).
    let mut terms: Vec<(String, i64)> = apps
        .iter()
        .flat_map(|a| {
            application_terms(names(&a.child.person), names(&a.applicant.person))
                .into_iter()
                .map(|t| (t, a.id))
        })
        .collect();
    terms.sort_unstable();
    sqlx::query(
        "INSERT INTO application_search_terms (term, application_id, status, kind, \
         benefit_category_id, locality_id, registered_at) \
         SELECT e.value ->> 0, a.id, a.status, a.kind, a.benefit_category_id, a.locality_id, \
                a.registered_at \
         FROM json_each(?) AS e \
         JOIN applications a ON a.id = e.value ->> 1",
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
            "DELETE FROM voucher_reviews WHERE application_id = ?",
            "DELETE FROM applications WHERE id = ?",
        ] {
            sqlx::query(sql).bind(id).execute(&mut *conn).await?;
        }
    }
    Ok(())
}
