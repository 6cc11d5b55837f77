//! The applications journal: one page of applications with filters, search, sorting and a count.
//!
//! Search: digits are a prefix of the child's IIN/PIN, text with a dot a prefix of the
//! application number, anything else words that must each prefix a word of the child's or the
//! applicant's name (case-insensitive in every script; see `domain::search`). Every filter and
//! sort runs on an index so that a page stays instant on hundreds of thousands of applications.

use crate::sql::{full_name, prefix_end};
use crate::{Store, StoreError};
use chrono::{Duration, NaiveDate, NaiveDateTime};
use kezek_domain::search;
use serde::{Deserialize, Serialize};
use sqlx::{QueryBuilder, Sqlite};
use ts_rs::TS;

pub const MAX_PAGE_SIZE: u32 = 500;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SortColumn {
    Number,
    ChildName,
    ChildNumber,
    QueuePosition,
    ApplicantName,
    #[default]
    RegisteredAt,
    Status,
    BenefitCategory,
    BirthDate,
}

impl SortColumn {
    fn sql(self) -> &'static str {
        match self {
            Self::Number => "a.number",
            Self::ChildName => "a.child_name_key",
            Self::ChildNumber => "a.child_number",
            Self::QueuePosition => "a.queue_position",
            Self::ApplicantName => "a.applicant_name_key",
            Self::RegisteredAt => "a.registered_at",
            Self::Status => "a.status",
            Self::BenefitCategory => "a.benefit_category_id",
            Self::BirthDate => "a.birth_date",
        }
    }
}

/// What the journal shows: filters, search, sorting and the page.
#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JournalQuery {
    #[ts(optional)]
    pub search: Option<String>,
    /// Status codes; empty means any.
    #[serde(default)]
    pub statuses: Vec<String>,
    /// "queue" or "voucher".
    #[ts(optional)]
    pub kind: Option<String>,
    #[ts(optional, type = "number")]
    pub benefit_category_id: Option<i64>,
    #[ts(optional, type = "number")]
    pub region_id: Option<i64>,
    #[ts(optional, type = "number")]
    pub district_id: Option<i64>,
    #[ts(optional, type = "number")]
    pub locality_id: Option<i64>,
    /// Registration date range, inclusive.
    #[ts(optional)]
    pub registered_from: Option<NaiveDate>,
    #[ts(optional)]
    pub registered_to: Option<NaiveDate>,
    #[serde(default)]
    pub sort: SortColumn,
    #[serde(default)]
    pub descending: bool,
    /// 0-based page index.
    #[serde(default)]
    pub page: u32,
    pub page_size: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct JournalRow {
    #[ts(type = "number")]
    pub id: i64,
    pub number: String,
    pub kind: String,
    pub child_name: String,
    pub child_number: String,
    #[ts(type = "number | null")]
    pub queue_position: Option<i64>,
    pub applicant_name: String,
    pub registered_at: NaiveDateTime,
    pub status: String,
    pub benefit_category: String,
    pub birth_date: NaiveDate,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct JournalPage {
    pub rows: Vec<JournalRow>,
    /// How many applications match the filters and search.
    #[ts(type = "number")]
    pub total: i64,
    pub page: u32,
    pub page_size: u32,
}

impl Store {
    pub async fn journal_page(&self, q: &JournalQuery) -> Result<JournalPage, StoreError> {
        if q.page_size == 0 || q.page_size > MAX_PAGE_SIZE {
            return Err(StoreError::InvalidInput(format!(
                "page size must be 1..{MAX_PAGE_SIZE}"
            )));
        }
        let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM applications a WHERE 1 = 1");
        push_filters(&mut count, q);
        let total: i64 = count.build_query_scalar().fetch_one(&self.read).await?;

        let mut select = QueryBuilder::<Sqlite>::new(
            "SELECT a.id, a.number, a.kind, \
               c.surname AS c_surname, c.given_name AS c_given, c.patronymic AS c_patronymic, \
               a.child_number, a.queue_position, \
               p.surname AS p_surname, p.given_name AS p_given, p.patronymic AS p_patronymic, \
               a.registered_at, a.status, b.code AS benefit_category, a.birth_date \
             FROM applications a \
             JOIN children c ON c.id = a.child_id \
             JOIN applicants p ON p.id = a.applicant_id \
             JOIN benefit_categories b ON b.id = a.benefit_category_id \
             WHERE 1 = 1",
        );
        push_filters(&mut select, q);
        let dir = if q.descending { "DESC" } else { "ASC" };
        select.push(format_args!(
            " ORDER BY {} {dir}, a.id {dir} LIMIT ",
            q.sort.sql()
        ));
        select.push_bind(i64::from(q.page_size));
        select.push(" OFFSET ");
        select.push_bind(i64::from(q.page) * i64::from(q.page_size));
        let rows = select
            .build_query_as::<RawRow>()
            .fetch_all(&self.read)
            .await?
            .into_iter()
            .map(RawRow::into_row)
            .collect();
        Ok(JournalPage {
            rows,
            total,
            page: q.page,
            page_size: q.page_size,
        })
    }
}

#[derive(sqlx::FromRow)]
struct RawRow {
    id: i64,
    number: String,
    kind: String,
    c_surname: String,
    c_given: String,
    c_patronymic: Option<String>,
    child_number: String,
    queue_position: Option<i64>,
    p_surname: String,
    p_given: String,
    p_patronymic: Option<String>,
    registered_at: NaiveDateTime,
    status: String,
    benefit_category: String,
    birth_date: NaiveDate,
}

impl RawRow {
    fn into_row(self) -> JournalRow {
        JournalRow {
            id: self.id,
            number: self.number,
            kind: self.kind,
            child_name: full_name(&self.c_surname, &self.c_given, self.c_patronymic.as_deref()),
            child_number: self.child_number,
            queue_position: self.queue_position,
            applicant_name: full_name(&self.p_surname, &self.p_given, self.p_patronymic.as_deref()),
            registered_at: self.registered_at,
            status: self.status,
            benefit_category: self.benefit_category,
            birth_date: self.birth_date,
        }
    }
}

/// Appends the WHERE conditions of the query; values are always bound, never formatted in.
fn push_filters(b: &mut QueryBuilder<Sqlite>, q: &JournalQuery) {
    if let Some(text) = q.search.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        if search::is_number_query(text) {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            b.push(" AND a.child_number >= ");
            b.push_bind(digits.clone());
            b.push(" AND a.child_number < ");
            b.push_bind(prefix_end(&digits));
        } else if text.contains('.') {
            let prefix = text.to_uppercase();
            b.push(" AND a.number >= ");
            b.push_bind(prefix.clone());
            b.push(" AND a.number < ");
            b.push_bind(prefix_end(&prefix));
        } else {
            for term in search::terms(text) {
                b.push(
                    " AND a.id IN (SELECT application_id FROM application_search_terms \
                     WHERE term >= ",
                );
                b.push_bind(term.clone());
                b.push(" AND term < ");
                b.push_bind(prefix_end(&term));
                b.push(")");
            }
        }
    }
    if !q.statuses.is_empty() {
        b.push(" AND a.status IN (");
        let mut sep = b.separated(", ");
        for s in &q.statuses {
            sep.push_bind(s.clone());
        }
        b.push(")");
    }
    if let Some(kind) = &q.kind {
        b.push(" AND a.kind = ");
        b.push_bind(kind.clone());
    }
    if let Some(id) = q.benefit_category_id {
        b.push(" AND a.benefit_category_id = ");
        b.push_bind(id);
    }
    if let Some(id) = q.locality_id {
        b.push(" AND a.locality_id = ");
        b.push_bind(id);
    } else if let Some(id) = q.district_id {
        b.push(" AND a.locality_id IN (SELECT id FROM localities WHERE district_id = ");
        b.push_bind(id);
        b.push(")");
    } else if let Some(id) = q.region_id {
        b.push(
            " AND a.locality_id IN (SELECT l.id FROM localities l \
             JOIN districts d ON d.id = l.district_id WHERE d.region_id = ",
        );
        b.push_bind(id);
        b.push(")");
    }
    if let Some(from) = q.registered_from {
        b.push(" AND a.registered_at >= ");
        b.push_bind(crate::sql::date_text(from));
    }
    if let Some(to) = q.registered_to {
        b.push(" AND a.registered_at < ");
        b.push_bind(crate::sql::date_text(to + Duration::days(1)));
    }
}
