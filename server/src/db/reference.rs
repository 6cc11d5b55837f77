//! The administrative tree: regions → districts → commissions and kindergartens. Reads for the
//! reference endpoints, lookups that place a unit in the tree, and the idempotent inserts of the
//! demo seed (each insert also goes to the change log the sync feed will serve).

use crate::scope::{Location, ScopeKind, Unit};
use chrono::{DateTime, Utc};
use kezek_domain::Country;
use serde::Serialize;
use sqlx::{PgConnection, PgPool};

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Region {
    pub id: i64,
    pub country: String,
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct District {
    pub id: i64,
    pub region_id: i64,
    pub country: String,
    pub code: String,
    pub name: String,
}

/// A commission or a kindergarten: both hang under a district.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct DistrictUnit {
    pub id: i64,
    pub district_id: i64,
    #[serde(skip)]
    pub region_id: i64,
    pub code: String,
    pub name: String,
}

impl Region {
    pub fn location(&self) -> Location {
        Location::region(self.id)
    }
}

impl District {
    pub fn location(&self) -> Location {
        Location::district(self.region_id, self.id)
    }
}

impl DistrictUnit {
    pub fn location(&self, unit: fn(i64) -> Unit) -> Location {
        Location::unit(self.region_id, self.district_id, unit(self.id))
    }
}

/// The whole tree (reference data is small: hundreds of districts, thousands of kindergartens).
#[derive(Debug, Default, Serialize)]
pub struct Tree {
    pub regions: Vec<Region>,
    pub districts: Vec<District>,
    pub commissions: Vec<DistrictUnit>,
    pub kindergartens: Vec<DistrictUnit>,
}

const DISTRICTS: &str = "SELECT d.id, d.region_id, r.country, d.code, d.name \
     FROM districts d JOIN regions r ON r.id = d.region_id";
const COMMISSIONS: &str = "SELECT c.id, c.district_id, d.region_id, c.code, c.name \
     FROM commissions c JOIN districts d ON d.id = c.district_id";
const KINDERGARTENS: &str = "SELECT k.id, k.district_id, d.region_id, k.code, k.name \
     FROM kindergartens k JOIN districts d ON d.id = k.district_id";

pub async fn load_tree(pool: &PgPool) -> Result<Tree, sqlx::Error> {
    Ok(Tree {
        regions: sqlx::query_as("SELECT id, country, code, name FROM regions ORDER BY id")
            .fetch_all(pool)
            .await?,
        districts: sqlx::query_as(sqlx::AssertSqlSafe(format!("{DISTRICTS} ORDER BY d.id")))
            .fetch_all(pool)
            .await?,
        commissions: sqlx::query_as(sqlx::AssertSqlSafe(format!("{COMMISSIONS} ORDER BY c.id")))
            .fetch_all(pool)
            .await?,
        kindergartens: sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{KINDERGARTENS} ORDER BY k.id"
        )))
        .fetch_all(pool)
        .await?,
    })
}

pub async fn district(pool: &PgPool, id: i64) -> Result<Option<District>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{DISTRICTS} WHERE d.id = $1")))
        .bind(id)
        .fetch_optional(pool)
        .await
}

/// The commissions and kindergartens of one district.
pub async fn units_of_district(
    pool: &PgPool,
    district_id: i64,
) -> Result<(Vec<DistrictUnit>, Vec<DistrictUnit>), sqlx::Error> {
    let commissions = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{COMMISSIONS} WHERE c.district_id = $1 ORDER BY c.id"
    )))
    .bind(district_id)
    .fetch_all(pool)
    .await?;
    let kindergartens = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{KINDERGARTENS} WHERE k.district_id = $1 ORDER BY k.id"
    )))
    .bind(district_id)
    .fetch_all(pool)
    .await?;
    Ok((commissions, kindergartens))
}

/// A location from the four scope columns a row carries (ancestors already filled in).
pub fn location_from_columns(
    region: Option<i64>,
    district: Option<i64>,
    commission: Option<i64>,
    kindergarten: Option<i64>,
) -> Location {
    Location {
        region,
        district,
        unit: commission
            .map(Unit::Commission)
            .or(kindergarten.map(Unit::Kindergarten)),
    }
}

/// Where the unit `kind`/`id` sits, or `None` if there is no such unit.
pub async fn locate(
    pool: &PgPool,
    kind: ScopeKind,
    id: i64,
) -> Result<Option<Location>, sqlx::Error> {
    let sql = match kind {
        ScopeKind::System => return Ok(Some(Location::SYSTEM)),
        ScopeKind::Region => "SELECT id, NULL::bigint, NULL::bigint FROM regions WHERE id = $1",
        ScopeKind::District => "SELECT region_id, id, NULL::bigint FROM districts WHERE id = $1",
        ScopeKind::Commission => {
            "SELECT d.region_id, d.id, c.id FROM commissions c \
             JOIN districts d ON d.id = c.district_id WHERE c.id = $1"
        }
        ScopeKind::Kindergarten => {
            "SELECT d.region_id, d.id, k.id FROM kindergartens k \
             JOIN districts d ON d.id = k.district_id WHERE k.id = $1"
        }
    };
    let row: Option<(Option<i64>, Option<i64>, Option<i64>)> =
        sqlx::query_as(sql).bind(id).fetch_optional(pool).await?;
    Ok(row.map(|(region, district, unit)| {
        let unit = unit.map(|u| match kind {
            ScopeKind::Commission => Unit::Commission(u),
            _ => Unit::Kindergarten(u),
        });
        Location {
            region,
            district,
            unit,
        }
    }))
}

/// The id of the unit of `kind` with this code (the command line names units by code).
pub async fn id_by_code(
    pool: &PgPool,
    kind: ScopeKind,
    code: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let sql = match kind {
        ScopeKind::System => return Ok(None),
        ScopeKind::Region => "SELECT id FROM regions WHERE code = $1",
        ScopeKind::District => "SELECT id FROM districts WHERE code = $1",
        ScopeKind::Commission => "SELECT id FROM commissions WHERE code = $1",
        ScopeKind::Kindergarten => "SELECT id FROM kindergartens WHERE code = $1",
    };
    sqlx::query_scalar(sql)
        .bind(code)
        .fetch_optional(pool)
        .await
}

/// What an idempotent insert did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upserted {
    pub id: i64,
    pub created: bool,
}

/// Inserts a region unless its code exists; returns its id either way.
pub async fn ensure_region(
    conn: &mut PgConnection,
    country: Country,
    code: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<Upserted, sqlx::Error> {
    let new: Option<i64> = sqlx::query_scalar(
        "INSERT INTO regions (country, code, name) VALUES ($1, $2, $3) \
         ON CONFLICT (code) DO NOTHING RETURNING id",
    )
    .bind(country.code())
    .bind(code)
    .bind(name)
    .fetch_optional(&mut *conn)
    .await?;
    finish(conn, "regions", new, code, Location::region, now).await
}

/// Inserts a district (or, with `table` = commissions / kindergartens, a unit of a district).
pub async fn ensure_child(
    conn: &mut PgConnection,
    table: ChildTable,
    parent_id: i64,
    code: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<Upserted, sqlx::Error> {
    let sql = match table {
        ChildTable::Districts => {
            "INSERT INTO districts (region_id, code, name) VALUES ($1, $2, $3) \
             ON CONFLICT (code) DO NOTHING RETURNING id"
        }
        ChildTable::Commissions => {
            "INSERT INTO commissions (district_id, code, name) VALUES ($1, $2, $3) \
             ON CONFLICT (code) DO NOTHING RETURNING id"
        }
        ChildTable::Kindergartens => {
            "INSERT INTO kindergartens (district_id, code, name) VALUES ($1, $2, $3) \
             ON CONFLICT (code) DO NOTHING RETURNING id"
        }
    };
    let new: Option<i64> = sqlx::query_scalar(sql)
        .bind(parent_id)
        .bind(code)
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
    let base = match table {
        ChildTable::Districts => Location::region(parent_id),
        _ => {
            let region: i64 = sqlx::query_scalar("SELECT region_id FROM districts WHERE id = $1")
                .bind(parent_id)
                .fetch_one(&mut *conn)
                .await?;
            Location::district(region, parent_id)
        }
    };
    let place = move |id: i64| match table {
        ChildTable::Districts => Location::district(parent_id, id),
        ChildTable::Commissions => Location {
            unit: Some(Unit::Commission(id)),
            ..base
        },
        ChildTable::Kindergartens => Location {
            unit: Some(Unit::Kindergarten(id)),
            ..base
        },
    };
    finish(conn, table.name(), new, code, place, now).await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildTable {
    Districts,
    Commissions,
    Kindergartens,
}

impl ChildTable {
    fn name(self) -> &'static str {
        match self {
            ChildTable::Districts => "districts",
            ChildTable::Commissions => "commissions",
            ChildTable::Kindergartens => "kindergartens",
        }
    }
}

async fn finish(
    conn: &mut PgConnection,
    table: &'static str,
    new: Option<i64>,
    code: &str,
    place: impl Fn(i64) -> Location,
    now: DateTime<Utc>,
) -> Result<Upserted, sqlx::Error> {
    if let Some(id) = new {
        let at = place(id);
        let (commission, kindergarten) = match at.unit {
            Some(Unit::Commission(c)) => (Some(c), None),
            Some(Unit::Kindergarten(k)) => (None, Some(k)),
            None => (None, None),
        };
        sqlx::query(
            "INSERT INTO change_log (at, entity, entity_id, op, region_id, district_id, \
             commission_id, kindergarten_id) VALUES ($1, $2, $3, 'upsert', $4, $5, $6, $7)",
        )
        .bind(now)
        .bind(table)
        .bind(id)
        .bind(at.region)
        .bind(at.district)
        .bind(commission)
        .bind(kindergarten)
        .execute(&mut *conn)
        .await?;
        return Ok(Upserted { id, created: true });
    }
    let id: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT id FROM {table} WHERE code = $1"
    )))
    .bind(code)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Upserted { id, created: false })
}
