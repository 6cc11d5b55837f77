//! The groups an office may ask a place in for an application's child: the groups of the
//! kindergartens in the application's district, with how many places are granted and pending.

use crate::{Store, StoreError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, sqlx::FromRow)]
#[ts(export)]
pub struct GroupChoice {
    #[ts(type = "number")]
    pub group_id: i64,
    pub group_name: String,
    pub kindergarten_name: String,
    pub birth_year: i32,
    /// "kk", "ky", "ru" or "en".
    pub language: String,
    #[ts(type = "number")]
    pub capacity: i64,
    /// Places granted by the server (as last synced).
    #[ts(type = "number")]
    pub granted: i64,
    /// Requests of this office waiting for the server.
    #[ts(type = "number")]
    pub pending: i64,
}

impl Store {
    /// The groups of the application's district, those for the child's birth year first.
    pub async fn group_choices(&self, application_id: i64) -> Result<Vec<GroupChoice>, StoreError> {
        let found: Option<(i64, String)> = sqlx::query_as(
            "SELECT l.district_id, a.birth_date FROM applications a \
             JOIN localities l ON l.id = a.locality_id WHERE a.id = ?",
        )
        .bind(application_id)
        .fetch_optional(&self.read)
        .await?;
        let (district, birth_date) = found.ok_or_else(|| StoreError::NotFound("application"))?;
        let birth_year: i32 = birth_date
            .get(..4)
            .and_then(|y| y.parse().ok())
            .unwrap_or(0);
        Ok(sqlx::query_as(
            "SELECT g.id AS group_id, g.name AS group_name, k.name AS kindergarten_name, \
                    g.birth_year, g.language, g.capacity, \
                    (SELECT count(*) FROM place_grants p \
                      WHERE p.group_id = g.id AND p.state = 'granted') AS granted, \
                    (SELECT count(*) FROM place_grants p \
                      WHERE p.group_id = g.id AND p.state = 'pending') AS pending \
             FROM groups g \
             JOIN kindergartens k ON k.id = g.kindergarten_id \
             JOIN localities l ON l.id = k.locality_id \
             WHERE l.district_id = ? \
             ORDER BY g.birth_year <> ?, k.name, g.name, g.id",
        )
        .bind(district)
        .bind(birth_year)
        .fetch_all(&self.read)
        .await?)
    }
}
