//! Reference data the journal's filters need: benefit categories and the place tree.

use crate::{Store, StoreError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct BenefitCategoryRef {
    #[ts(type = "number")]
    pub id: i64,
    pub code: String,
    pub kind: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LocalityRef {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DistrictRef {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub localities: Vec<LocalityRef>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegionRef {
    #[ts(type = "number")]
    pub id: i64,
    pub country: String,
    pub name: String,
    pub districts: Vec<DistrictRef>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReferenceData {
    pub statuses: Vec<String>,
    pub benefit_categories: Vec<BenefitCategoryRef>,
    pub regions: Vec<RegionRef>,
}

impl Store {
    pub async fn reference_data(&self) -> Result<ReferenceData, StoreError> {
        let benefit_categories: Vec<(i64, String, String)> =
            sqlx::query_as("SELECT id, code, kind FROM benefit_categories ORDER BY id")
                .fetch_all(&self.read)
                .await?;
        let regions: Vec<(i64, String, String)> =
            sqlx::query_as("SELECT id, country, name FROM regions ORDER BY country, name")
                .fetch_all(&self.read)
                .await?;
        let districts: Vec<(i64, i64, String)> =
            sqlx::query_as("SELECT id, region_id, name FROM districts ORDER BY name")
                .fetch_all(&self.read)
                .await?;
        let localities: Vec<(i64, i64, String)> =
            sqlx::query_as("SELECT id, district_id, name FROM localities ORDER BY name")
                .fetch_all(&self.read)
                .await?;
        let regions = regions
            .into_iter()
            .map(|(id, country, name)| RegionRef {
                id,
                country,
                name,
                districts: districts
                    .iter()
                    .filter(|d| d.1 == id)
                    .map(|(did, _, dname)| DistrictRef {
                        id: *did,
                        name: dname.clone(),
                        localities: localities
                            .iter()
                            .filter(|l| l.1 == *did)
                            .map(|(lid, _, lname)| LocalityRef {
                                id: *lid,
                                name: lname.clone(),
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect();
        Ok(ReferenceData {
            statuses: kezek_domain::ApplicationStatus::ALL
                .iter()
                .map(|s| s.code().to_string())
                .collect(),
            benefit_categories: benefit_categories
                .into_iter()
                .map(|(id, code, kind)| BenefitCategoryRef { id, code, kind })
                .collect(),
            regions,
        })
    }
}
