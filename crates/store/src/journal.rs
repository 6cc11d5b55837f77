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

const SELECT_ROWS: &str = "SELECT a.id, a.number, a.kind, \
       c.surname AS c_surname, c.given_name AS c_given, c.patronymic AS c_patronymic, \
       a.child_number, a.queue_position, \
       p.surname AS p_surname, p.given_name AS p_given, p.patronymic AS p_patronymic, \
       a.registered_at, a.status, b.code AS benefit_category, a.birth_date ";

const JOIN_ROWS: &str = " JOIN children c ON c.id = a.child_id \
     JOIN applicants p ON p.id = a.applicant_id \
     JOIN benefit_categories b ON b.id = a.benefit_category_id ";

impl Store {
    pub async fn journal_page(&self, q: &JournalQuery) -> Result<JournalPage, StoreError> {
        if q.page_size == 0 || q.page_size > MAX_PAGE_SIZE {
            return Err(StoreError::InvalidInput(format!(
                "page size must be 1..{MAX_PAGE_SIZE}"
            )));
        }
        let terms = name_terms(q);
        let (total, rows) = if terms.is_empty() {
            self.page_by_applications(q).await?
        } else {
            self.page_by_name(q, &terms).await?
        };
        Ok(JournalPage {
            rows: rows.into_iter().map(RawRow::into_row).collect(),
            total,
            page: q.page,
            page_size: q.page_size,
        })
    }

    /// Without a name search: filters on the applications themselves.
    async fn page_by_applications(
        &self,
        q: &JournalQuery,
    ) -> Result<(i64, Vec<RawRow>), StoreError> {
        let mut count =
            QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM applications a WHERE 1 = 1");
        push_number_search(&mut count, q);
        push_filters(&mut count, q, "a");
        let total: i64 = count.build_query_scalar().fetch_one(&self.read).await?;

        // The page's ids first, from the applications alone; only those 50 rows are joined.
        let mut select = QueryBuilder::<Sqlite>::new(SELECT_ROWS);
        select.push("FROM (SELECT a.id FROM applications a WHERE 1 = 1");
        push_number_search(&mut select, q);
        push_filters(&mut select, q, "a");
        // With a selective filter, drive the query from the filter's index and sort the few
        // matches ("+" keeps SQLite from walking the whole sort index instead); without one,
        // walk the sort index and stop after a page.
        push_order_and_page(&mut select, q, is_selective(q));
        push_page_join(&mut select, q);
        let rows = select.build_query_as().fetch_all(&self.read).await?;
        Ok((total, rows))
    }

    /// With a name search: the search-terms table carries copies of the filter columns, so
    /// the matches are found, filtered and counted from that one index; only the page's rows
    /// touch the applications.
    async fn page_by_name(
        &self,
        q: &JournalQuery,
        terms: &[String],
    ) -> Result<(i64, Vec<RawRow>), StoreError> {
        let dir = direction(q);
        let mut select = QueryBuilder::<Sqlite>::new(SELECT_ROWS);
        let counted_in_page = q.sort == SortColumn::RegisteredAt;
        if counted_in_page {
            // The page is cut from the hits alone, and counts them in the same pass.
            select
                .push(", h.total FROM (SELECT id, registered_at, COUNT(*) OVER () AS total FROM (");
            push_hits(&mut select, q, terms);
            select.push(format_args!(
                ") ORDER BY registered_at {dir}, id {dir} LIMIT "
            ));
            select.push_bind(i64::from(q.page_size));
            select.push(" OFFSET ");
            select.push_bind(i64::from(q.page) * i64::from(q.page_size));
            push_page_join(&mut select, q);
        } else {
            select.push("FROM (SELECT a.id FROM applications a WHERE a.id IN (SELECT id FROM (");
            push_hits(&mut select, q, terms);
            select.push("))");
            push_order_and_page(&mut select, q, true);
            push_page_join(&mut select, q);
        }
        let rows: Vec<RawRow> = select.build_query_as().fetch_all(&self.read).await?;
        let total = match rows.first().and_then(|r| r.total) {
            Some(total) if counted_in_page => total,
            // Another sort, or a page past the end: count on their own.
            _ => {
                let mut count = QueryBuilder::<Sqlite>::new("SELECT COUNT(*) FROM (");
                push_hits(&mut count, q, terms);
                count.push(")");
                count.build_query_scalar().fetch_one(&self.read).await?
            }
        };
        Ok((total, rows))
    }
}

fn direction(q: &JournalQuery) -> &'static str {
    if q.descending {
        "DESC"
    } else {
        "ASC"
    }
}

/// Closes the inner id query of a page and joins the page's rows, in the same order.
fn push_page_join(b: &mut QueryBuilder<Sqlite>, q: &JournalQuery) {
    let dir = direction(q);
    b.push(") h JOIN applications a ON a.id = h.id");
    b.push(JOIN_ROWS);
    b.push(format_args!(" ORDER BY {} {dir}, a.id {dir}", q.sort.sql()));
}

fn push_order_and_page(b: &mut QueryBuilder<Sqlite>, q: &JournalQuery, sort_after_filter: bool) {
    let dir = direction(q);
    let unary = if sort_after_filter { "+" } else { "" };
    b.push(format_args!(
        " ORDER BY {unary}{} {dir}, a.id {dir} LIMIT ",
        q.sort.sql()
    ));
    b.push_bind(i64::from(q.page_size));
    b.push(" OFFSET ");
    b.push_bind(i64::from(q.page) * i64::from(q.page_size));
}

/// `SELECT id, registered_at` of the applications whose names match every search word and
/// that pass the filters, from the search-terms table alone.
fn push_hits(b: &mut QueryBuilder<Sqlite>, q: &JournalQuery, terms: &[String]) {
    let (first, rest) = terms.split_first().expect("a name search has words");
    b.push(
        "SELECT t.application_id AS id, MAX(t.registered_at) AS registered_at \
         FROM application_search_terms t WHERE t.term >= ",
    );
    b.push_bind(first.clone());
    b.push(" AND t.term < ");
    b.push_bind(prefix_end(first));
    for term in rest {
        b.push(
            " AND t.application_id IN (SELECT application_id FROM application_search_terms \
             WHERE term >= ",
        );
        b.push_bind(term.clone());
        b.push(" AND term < ");
        b.push_bind(prefix_end(term));
        b.push(")");
    }
    push_filters(b, q, "t");
    b.push(" GROUP BY t.application_id");
}

/// The normalised words of a name search; empty for a number search or no search.
fn name_terms(q: &JournalQuery) -> Vec<String> {
    match q.search.as_deref().map(str::trim) {
        Some(text) if !text.is_empty() && !search::is_number_query(text) && !text.contains('.') => {
            search::terms(text).collect()
        }
        _ => Vec::new(),
    }
}

/// A search by the child's IIN/PIN prefix (digits) or the application number's (with a dot).
fn push_number_search(b: &mut QueryBuilder<Sqlite>, q: &JournalQuery) {
    let Some(text) = q.search.as_deref().map(str::trim).filter(|t| !t.is_empty()) else {
        return;
    };
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
    /// The number of matches, when the page query counted them.
    #[sqlx(default)]
    total: Option<i64>,
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

/// Whether the query narrows the applications down to a small share: a search, a locality or
/// a district. Statuses, kinds, regions, benefit categories ("none" is most of them) and
/// date ranges may match half of everything, where walking the sort index is faster.
fn is_selective(q: &JournalQuery) -> bool {
    q.search.as_deref().is_some_and(|s| !s.trim().is_empty())
        || q.locality_id.is_some()
        || q.district_id.is_some()
}

/// Appends the filter conditions on the columns that applications and search terms share
/// (`alias` is "a" or "t"); values are always bound, never formatted in.
fn push_filters(b: &mut QueryBuilder<Sqlite>, q: &JournalQuery, alias: &str) {
    if !q.statuses.is_empty() {
        b.push(format_args!(" AND {alias}.status IN ("));
        let mut sep = b.separated(", ");
        for s in &q.statuses {
            sep.push_bind(s.clone());
        }
        b.push(")");
    }
    if let Some(kind) = &q.kind {
        b.push(format_args!(" AND {alias}.kind = "));
        b.push_bind(kind.clone());
    }
    if let Some(id) = q.benefit_category_id {
        b.push(format_args!(" AND {alias}.benefit_category_id = "));
        b.push_bind(id);
    }
    if let Some(id) = q.locality_id {
        b.push(format_args!(" AND {alias}.locality_id = "));
        b.push_bind(id);
    } else if let Some(id) = q.district_id {
        b.push(format_args!(
            " AND {alias}.locality_id IN (SELECT id FROM localities WHERE district_id = "
        ));
        b.push_bind(id);
        b.push(")");
    } else if let Some(id) = q.region_id {
        b.push(format_args!(
            " AND {alias}.locality_id IN (SELECT l.id FROM localities l \
             JOIN districts d ON d.id = l.district_id WHERE d.region_id = "
        ));
        b.push_bind(id);
        b.push(")");
    }
    if let Some(from) = q.registered_from {
        b.push(format_args!(" AND {alias}.registered_at >= "));
        b.push_bind(crate::sql::date_text(from));
    }
    if let Some(to) = q.registered_to {
        b.push(format_args!(" AND {alias}.registered_at < "));
        b.push_bind(crate::sql::date_text(to + Duration::days(1)));
    }
}
