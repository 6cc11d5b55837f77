//! Bulk import of a whole data set into an empty database (demo data, later initial sync).
//!
//! The import is one transaction: it either lands whole or not at all. Secondary indexes are
//! dropped for the load and rebuilt at the end inside the same transaction, which makes a load
//! of a million applications several times faster and keeps the schema exactly as migrated.

use crate::history::{FieldChange, HistoryEvent};
use crate::sql::{date_text, datetime_text};
use crate::{Store, StoreError};
use chrono::{NaiveDate, NaiveDateTime};
use kezek_domain::search;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};
use std::collections::hash_map::Entry;

pub struct Region {
    pub id: i64,
    pub country: &'static str,
    pub name: String,
}

pub struct District {
    pub id: i64,
    pub region_id: i64,
    pub name: String,
}

pub struct Locality {
    pub id: i64,
    pub district_id: i64,
    pub name: String,
}

/// A street of a district's list (the address bureau's; the office intake offers only these).
pub struct Street {
    pub id: i64,
    pub district_id: i64,
    pub locality_id: Option<i64>,
    pub name: String,
}

pub struct BenefitCategory {
    pub id: i64,
    pub code: &'static str,
    pub kind: &'static str,
}

pub struct Kindergarten {
    pub id: i64,
    pub locality_id: i64,
    pub name: String,
    pub address: String,
    pub phone: String,
}

pub struct Group {
    pub id: i64,
    pub kindergarten_id: i64,
    pub name: String,
    pub birth_year: i32,
    pub language: &'static str,
    pub kind: &'static str,
    pub correction_type: Option<&'static str>,
    pub capacity: i64,
}

/// Places, categories, kindergartens: imported first.
#[derive(Default)]
pub struct ReferenceSet {
    pub regions: Vec<Region>,
    pub districts: Vec<District>,
    pub localities: Vec<Locality>,
    pub streets: Vec<Street>,
    pub benefit_categories: Vec<BenefitCategory>,
    pub kindergartens: Vec<Kindergarten>,
    pub groups: Vec<Group>,
}

pub struct Person {
    pub id: i64,
    pub personal_number: String,
    pub surname: String,
    pub given_name: String,
    pub patronymic: Option<String>,
    pub birth_date: NaiveDate,
}

pub struct Child {
    pub person: Person,
    pub sex: &'static str,
}

pub struct Applicant {
    pub person: Person,
    pub phone: String,
    pub email: Option<String>,
    pub address: String,
}

pub struct Document {
    pub kind: &'static str,
    pub section: &'static str,
    pub created_at: NaiveDateTime,
}

/// A history event of an imported application (its entity id is the application's).
pub struct Event {
    pub action: &'static str,
    pub at: NaiveDateTime,
    pub user_name: String,
    pub device_id: String,
    pub changes: Vec<FieldChange>,
}

/// One application with its child, its applicant (when first seen: applicants with several
/// children appear once) and its past.
pub struct ApplicationRecord {
    pub id: i64,
    pub number: String,
    pub kind: &'static str,
    pub child: Child,
    pub applicant_id: i64,
    pub new_applicant: Option<Applicant>,
    pub relation: &'static str,
    pub benefit_category_id: i64,
    pub benefit_verified: bool,
    pub locality_id: i64,
    pub language: &'static str,
    pub status: &'static str,
    pub channel: &'static str,
    pub registered_at: NaiveDateTime,
    pub in_queue_since: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
    pub extra_email: Option<String>,
    pub extra_phone: Option<String>,
    pub documents: Vec<Document>,
    pub history: Vec<Event>,
}

/// Progress of a long import, reported between batches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: u64,
    pub total: u64,
}

const BATCH: usize = 500;

impl Store {
    /// Imports a whole data set into an empty database in one transaction, then computes the
    /// queue positions. `progress` is called after every batch.
    pub async fn import(
        &self,
        reference: &ReferenceSet,
        applications: impl Iterator<Item = ApplicationRecord>,
        total: u64,
        audit: HistoryEvent,
        mut progress: impl FnMut(Progress),
    ) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        let any: Option<i64> = sqlx::query_scalar("SELECT 1 FROM applications LIMIT 1")
            .fetch_optional(&mut *tx)
            .await?;
        if any.is_some() {
            return Err(StoreError::NotEmpty);
        }
        let indexes = drop_indexes(
            &mut tx,
            &[
                "applications",
                "application_search_terms",
                "history",
                "documents",
                "groups",
            ],
        )
        .await?;
        insert_reference(&mut tx, reference).await?;

        let mut done = 0u64;
        let mut batch = Vec::with_capacity(BATCH);
        let mut applications = applications.peekable();
        while applications.peek().is_some() {
            batch.clear();
            batch.extend(applications.by_ref().take(BATCH));
            insert_applications(&mut tx, &batch).await?;
            done += batch.len() as u64;
            progress(Progress { done, total });
        }
        create_indexes(&mut tx, &indexes).await?;
        crate::queue_positions::recompute(&mut tx, audit.at).await?;
        crate::history::record(&mut tx, &audit).await?;
        tx.commit().await?;
        sqlx::query("ANALYZE").execute(&self.write).await?;
        Ok(())
    }
}

/// Drops the secondary indexes of `tables` (those made by `CREATE INDEX`; the ones behind
/// primary keys and `UNIQUE` stay) for a bulk load, and returns their names and definitions for
/// [`create_indexes`].
pub(crate) async fn drop_indexes(
    conn: &mut SqliteConnection,
    tables: &[&str],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let mut indexes = Vec::new();
    for table in tables {
        let mut found: Vec<(String, String)> = sqlx::query_as(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL \
             AND tbl_name = ? ORDER BY name",
        )
        .bind(*table)
        .fetch_all(&mut *conn)
        .await?;
        indexes.append(&mut found);
    }
    for (name, _) in &indexes {
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP INDEX \"{name}\"")))
            .execute(&mut *conn)
            .await?;
    }
    Ok(indexes)
}

/// Builds again indexes [`drop_indexes`] dropped.
pub(crate) async fn create_indexes(
    conn: &mut SqliteConnection,
    indexes: &[(String, String)],
) -> Result<(), sqlx::Error> {
    for (_, sql) in indexes {
        sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

async fn insert_reference(
    conn: &mut SqliteConnection,
    r: &ReferenceSet,
) -> Result<(), sqlx::Error> {
    for x in &r.regions {
        sqlx::query("INSERT INTO regions (id, country, name) VALUES (?, ?, ?)")
            .bind(x.id)
            .bind(x.country)
            .bind(&x.name)
            .execute(&mut *conn)
            .await?;
    }
    for x in &r.districts {
        sqlx::query("INSERT INTO districts (id, region_id, name) VALUES (?, ?, ?)")
            .bind(x.id)
            .bind(x.region_id)
            .bind(&x.name)
            .execute(&mut *conn)
            .await?;
    }
    for x in &r.localities {
        sqlx::query("INSERT INTO localities (id, district_id, name) VALUES (?, ?, ?)")
            .bind(x.id)
            .bind(x.district_id)
            .bind(&x.name)
            .execute(&mut *conn)
            .await?;
    }
    for x in &r.streets {
        sqlx::query("INSERT INTO streets (id, district_id, locality_id, name) VALUES (?, ?, ?, ?)")
            .bind(x.id)
            .bind(x.district_id)
            .bind(x.locality_id)
            .bind(&x.name)
            .execute(&mut *conn)
            .await?;
    }
    for x in &r.benefit_categories {
        sqlx::query("INSERT INTO benefit_categories (id, code, kind) VALUES (?, ?, ?)")
            .bind(x.id)
            .bind(x.code)
            .bind(x.kind)
            .execute(&mut *conn)
            .await?;
    }
    for x in &r.kindergartens {
        sqlx::query(
            "INSERT INTO kindergartens (id, locality_id, name, address, phone) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(x.id)
        .bind(x.locality_id)
        .bind(&x.name)
        .bind(&x.address)
        .bind(&x.phone)
        .execute(&mut *conn)
        .await?;
    }
    for x in &r.groups {
        sqlx::query(
            "INSERT INTO groups (id, kindergarten_id, name, birth_year, language, kind, \
             correction_type, capacity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(x.id)
        .bind(x.kindergarten_id)
        .bind(&x.name)
        .bind(x.birth_year)
        .bind(x.language)
        .bind(x.kind)
        .bind(x.correction_type)
        .bind(x.capacity)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A name as its three parts: surname, given name, patronymic.
pub(crate) type NameParts<'a> = (&'a str, &'a str, Option<&'a str>);

/// The key the journal sorts names by (alphabetical in ru, kk and ky). Shared with sync, which
/// must fill the denormalised columns exactly as an import does.
pub(crate) fn sort_name_key((surname, given, patronymic): NameParts) -> String {
    search::sort_key(&crate::sql::full_name(surname, given, patronymic))
}

fn name_key(p: &Person) -> String {
    sort_name_key((&p.surname, &p.given_name, p.patronymic.as_deref()))
}

/// The rows of `application_search_terms` of one application: every word of the child's and
/// the applicant's names, normalised, each once.
pub(crate) fn application_terms(child: NameParts, applicant: NameParts) -> Vec<String> {
    let words = [
        Some(child.0),
        Some(child.1),
        child.2,
        Some(applicant.0),
        Some(applicant.1),
        applicant.2,
    ];
    let mut terms: Vec<String> = words
        .into_iter()
        .flatten()
        .flat_map(search::terms)
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

async fn insert_applications(
    conn: &mut SqliteConnection,
    batch: &[ApplicationRecord],
) -> Result<(), sqlx::Error> {
    let mut b = QueryBuilder::<Sqlite>::new(
        "INSERT INTO children (id, personal_number, surname, given_name, patronymic, birth_date, sex, name_key) ",
    );
    b.push_values(batch, |mut row, a| {
        let p = &a.child.person;
        row.push_bind(p.id)
            .push_bind(p.personal_number.clone())
            .push_bind(p.surname.clone())
            .push_bind(p.given_name.clone())
            .push_bind(p.patronymic.clone())
            .push_bind(date_text(p.birth_date))
            .push_bind(a.child.sex)
            .push_bind(name_key(p));
    });
    b.build().execute(&mut *conn).await?;

    let applicants: Vec<&Applicant> = batch
        .iter()
        .filter_map(|a| a.new_applicant.as_ref())
        .collect();
    if !applicants.is_empty() {
        let mut b = QueryBuilder::<Sqlite>::new(
            "INSERT INTO applicants (id, personal_number, surname, given_name, patronymic, birth_date, \
             phone, email, address, name_key) ",
        );
        b.push_values(&applicants, |mut row, x| {
            let p = &x.person;
            row.push_bind(p.id)
                .push_bind(p.personal_number.clone())
                .push_bind(p.surname.clone())
                .push_bind(p.given_name.clone())
                .push_bind(p.patronymic.clone())
                .push_bind(date_text(p.birth_date))
                .push_bind(x.phone.clone())
                .push_bind(x.email.clone())
                .push_bind(x.address.clone())
                .push_bind(name_key(p));
        });
        b.build().execute(&mut *conn).await?;
    }

    // Applicants' name keys for the denormalised journal column: from this batch or the table.
    let mut applicant_keys = std::collections::HashMap::new();
    for a in batch {
        if let Some(x) = &a.new_applicant {
            applicant_keys.insert(
                a.applicant_id,
                (
                    name_key(&x.person),
                    x.person.surname.clone(),
                    x.person.given_name.clone(),
                    x.person.patronymic.clone(),
                ),
            );
        }
    }
    for a in batch {
        if let Entry::Vacant(slot) = applicant_keys.entry(a.applicant_id) {
            let row: (String, String, String, Option<String>) = sqlx::query_as(
                "SELECT name_key, surname, given_name, patronymic FROM applicants WHERE id = ?",
            )
            .bind(a.applicant_id)
            .fetch_one(&mut *conn)
            .await?;
            slot.insert(row);
        }
    }

    let mut b = QueryBuilder::<Sqlite>::new(
        "INSERT INTO applications (id, number, kind, child_id, applicant_id, relation, \
         benefit_category_id, benefit_verified, locality_id, language, status, channel, \
         registered_at, in_queue_since, updated_at, extra_email, extra_phone, birth_date, \
         child_name_key, applicant_name_key, child_number) ",
    );
    b.push_values(batch, |mut row, a| {
        row.push_bind(a.id)
            .push_bind(a.number.clone())
            .push_bind(a.kind)
            .push_bind(a.child.person.id)
            .push_bind(a.applicant_id)
            .push_bind(a.relation)
            .push_bind(a.benefit_category_id)
            .push_bind(a.benefit_verified)
            .push_bind(a.locality_id)
            .push_bind(a.language)
            .push_bind(a.status)
            .push_bind(a.channel)
            .push_bind(datetime_text(a.registered_at))
            .push_bind(a.in_queue_since.map(datetime_text))
            .push_bind(datetime_text(a.updated_at))
            .push_bind(a.extra_email.clone())
            .push_bind(a.extra_phone.clone())
            .push_bind(date_text(a.child.person.birth_date))
            .push_bind(name_key(&a.child.person))
            .push_bind(applicant_keys[&a.applicant_id].0.clone())
            .push_bind(a.child.person.personal_number.clone());
    });
    b.build().execute(&mut *conn).await?;

    let mut terms: Vec<(String, &ApplicationRecord)> = Vec::new();
    for a in batch {
        let (_, s, g, p) = &applicant_keys[&a.applicant_id];
        let c = &a.child.person;
        let mine = application_terms(
            (&c.surname, &c.given_name, c.patronymic.as_deref()),
            (s, g, p.as_deref()),
        );
        terms.extend(mine.into_iter().map(|t| (t, a)));
    }
    for chunk in terms.chunks(1000) {
        let mut b = QueryBuilder::<Sqlite>::new(
            "INSERT INTO application_search_terms (term, application_id, status, kind, \
             benefit_category_id, locality_id, registered_at) ",
        );
        b.push_values(chunk, |mut row, (t, a)| {
            row.push_bind(t.clone())
                .push_bind(a.id)
                .push_bind(a.status)
                .push_bind(a.kind)
                .push_bind(a.benefit_category_id)
                .push_bind(a.locality_id)
                .push_bind(datetime_text(a.registered_at));
        });
        b.build().execute(&mut *conn).await?;
    }

    let docs: Vec<(i64, &Document)> = batch
        .iter()
        .flat_map(|a| a.documents.iter().map(move |d| (a.id, d)))
        .collect();
    for chunk in docs.chunks(1000) {
        let mut b = QueryBuilder::<Sqlite>::new(
            "INSERT INTO documents (application_id, kind, section, created_at) ",
        );
        b.push_values(chunk, |mut row, (id, d)| {
            row.push_bind(*id)
                .push_bind(d.kind)
                .push_bind(d.section)
                .push_bind(datetime_text(d.created_at));
        });
        b.build().execute(&mut *conn).await?;
    }

    let events: Vec<(i64, &Event)> = batch
        .iter()
        .flat_map(|a| a.history.iter().map(move |e| (a.id, e)))
        .collect();
    for chunk in events.chunks(1000) {
        let mut b = QueryBuilder::<Sqlite>::new(
            "INSERT INTO history (entity, entity_id, action, at, user_name, device_id, changes) ",
        );
        b.push_values(chunk, |mut row, (id, e)| {
            row.push_bind("application")
                .push_bind(*id)
                .push_bind(e.action)
                .push_bind(datetime_text(e.at))
                .push_bind(e.user_name.clone())
                .push_bind(e.device_id.clone())
                .push_bind(serde_json::to_string(&e.changes).expect("field changes serialise"));
        });
        b.build().execute(&mut *conn).await?;
    }
    Ok(())
}
