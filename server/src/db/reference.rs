//! The administrative tree: regions → districts → commissions and kindergartens. Reads for the
//! reference endpoints, lookups that place a unit in the tree, and the idempotent inserts of the
//! demo seed (each insert also writes its change-feed entry, `db::feed`).

use crate::db::feed;
use crate::scope::{Location, ScopeKind, Unit};
use chrono::{DateTime, Utc};
use kezek_domain::Country;
use kezek_sync::records::{
    BenefitCategoryRecord, DistrictRecord, KindergartenRecord, LocalityRecord, RegionRecord,
};
use kezek_sync::Record;
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
    if let Some(id) = new {
        let record = Record::Region(RegionRecord {
            id,
            country: country.code().to_owned(),
            name: name.to_owned(),
        });
        feed::write(conn, &record, &Location::SYSTEM, now).await?;
    }
    finish(conn, "regions", new, code).await
}

/// Inserts a district (or, with `table` = commissions / kindergartens, a unit of a district).
/// A new district gets a locality of its own name and code; a new kindergarten sits in the
/// locality of its district's code (address and phone are left empty).
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
            "INSERT INTO kindergartens (district_id, code, name, locality_id) \
             VALUES ($1, $2, $3, (SELECT l.id FROM localities l JOIN districts d \
                 ON d.code = l.code WHERE d.id = $1)) \
             ON CONFLICT (code) DO NOTHING RETURNING id"
        }
    };
    let new: Option<i64> = sqlx::query_scalar(sql)
        .bind(parent_id)
        .bind(code)
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
    if let Some(id) = new {
        match table {
            ChildTable::Districts => {
                let record = Record::District(DistrictRecord {
                    id,
                    region_id: parent_id,
                    name: name.to_owned(),
                });
                feed::write(conn, &record, &Location::SYSTEM, now).await?;
                ensure_locality(conn, id, code, name, now).await?;
            }
            ChildTable::Commissions => {}
            ChildTable::Kindergartens => write_kindergarten(conn, id, now).await?,
        }
    }
    finish(conn, table.name(), new, code).await
}

/// Inserts a locality of a district unless its code exists.
pub async fn ensure_locality(
    conn: &mut PgConnection,
    district_id: i64,
    code: &str,
    name: &str,
    now: DateTime<Utc>,
) -> Result<Upserted, sqlx::Error> {
    let new: Option<(i64, i64)> = sqlx::query_as(
        "INSERT INTO localities (district_id, code, name) VALUES ($1, $2, $3) \
         ON CONFLICT (code) DO NOTHING \
         RETURNING id, (SELECT region_id FROM districts WHERE id = $1)",
    )
    .bind(district_id)
    .bind(code)
    .bind(name)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((id, region)) = new {
        let record = Record::Locality(LocalityRecord {
            id,
            district_id,
            name: name.to_owned(),
        });
        feed::write(conn, &record, &Location::district(region, district_id), now).await?;
    }
    finish(conn, "localities", new.map(|(id, _)| id), code).await
}

/// Inserts a benefit category unless its code exists.
pub async fn ensure_benefit_category(
    conn: &mut PgConnection,
    code: &str,
    kind: &str,
    now: DateTime<Utc>,
) -> Result<Upserted, sqlx::Error> {
    let new: Option<i64> = sqlx::query_scalar(
        "INSERT INTO benefit_categories (code, kind) VALUES ($1, $2) \
         ON CONFLICT (code) DO NOTHING RETURNING id",
    )
    .bind(code)
    .bind(kind)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(id) = new {
        let record = Record::BenefitCategory(BenefitCategoryRecord {
            id,
            code: code.to_owned(),
            kind: kind.to_owned(),
        });
        feed::write(conn, &record, &Location::SYSTEM, now).await?;
    }
    finish(conn, "benefit_categories", new, code).await
}

/// Writes the feed entry of a kindergarten from its row.
pub async fn write_kindergarten(
    conn: &mut PgConnection,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let (locality_id, name, address, phone, district, region): (
        Option<i64>,
        String,
        String,
        String,
        i64,
        i64,
    ) = sqlx::query_as(
        "SELECT k.locality_id, k.name, k.address, k.phone, k.district_id, d.region_id \
         FROM kindergartens k JOIN districts d ON d.id = k.district_id WHERE k.id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let Some(locality_id) = locality_id else {
        // No locality to name: clients could not place it; it stays out of the feed.
        tracing::warn!(kindergarten = id, "a kindergarten without a locality");
        return Ok(());
    };
    let record = Record::Kindergarten(KindergartenRecord {
        id,
        locality_id,
        name,
        address,
        phone,
    });
    let at = Location::unit(region, district, Unit::Kindergarten(id));
    feed::write(conn, &record, &at, now).await
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
) -> Result<Upserted, sqlx::Error> {
    if let Some(id) = new {
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
