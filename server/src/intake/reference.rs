//! What a parents' portal needs to fill the form, without a session: the regions and districts
//! of both countries, the benefit categories (their names come from the portal's own locales,
//! `benefit-<code>`), the languages, and a district's streets (the address bureau's list: the
//! only streets the portal accepts). Names and codes only: nothing personal.

use kezek_domain::intake::LANGUAGES;
use kezek_sync::records::{BenefitCategoryRecord, DistrictRecord, RegionRecord};
use serde::Serialize;
use sqlx::PgPool;

#[derive(Debug, Clone, Serialize)]
pub struct PortalReference {
    pub regions: Vec<RegionRecord>,
    pub districts: Vec<DistrictRecord>,
    pub benefit_categories: Vec<BenefitCategoryRecord>,
    pub languages: [&'static str; 4],
}

/// A street of a district's list, as the portal offers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct PortalStreet {
    pub id: i64,
    pub name: String,
}

pub async fn load(pool: &PgPool) -> Result<PortalReference, sqlx::Error> {
    let regions: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, country, name FROM regions ORDER BY id")
            .fetch_all(pool)
            .await?;
    let districts: Vec<(i64, i64, String)> =
        sqlx::query_as("SELECT id, region_id, name FROM districts ORDER BY region_id, name, id")
            .fetch_all(pool)
            .await?;
    let benefits: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, code, kind FROM benefit_categories ORDER BY id")
            .fetch_all(pool)
            .await?;
    Ok(PortalReference {
        regions: regions
            .into_iter()
            .map(|(id, country, name)| RegionRecord { id, country, name })
            .collect(),
        districts: districts
            .into_iter()
            .map(|(id, region_id, name)| DistrictRecord {
                id,
                region_id,
                name,
            })
            .collect(),
        benefit_categories: benefits
            .into_iter()
            .map(|(id, code, kind)| BenefitCategoryRecord { id, code, kind })
            .collect(),
        languages: LANGUAGES,
    })
}

/// The streets of `district`, by name; `None` when there is no such district.
pub async fn streets_of(
    pool: &PgPool,
    district: i64,
) -> Result<Option<Vec<PortalStreet>>, sqlx::Error> {
    let known: Option<i64> = sqlx::query_scalar("SELECT id FROM districts WHERE id = $1")
        .bind(district)
        .fetch_optional(pool)
        .await?;
    if known.is_none() {
        return Ok(None);
    }
    let streets = sqlx::query_as(
        "SELECT id, name FROM streets WHERE district_id = $1 ORDER BY lower(name), id",
    )
    .bind(district)
    .fetch_all(pool)
    .await?;
    Ok(Some(streets))
}
