//! The voucher registry (seed 000 §IV "Ваучер"): the kindergartens of the voucher pilot and the
//! children receiving voucher funding, with what each voucher pays on a date.
//!
//! A voucher child is a voucher application that is `voucher_issued` or `enrolled`; a
//! kindergarten counts the voucher children with a place (granted or asked for) in one of its
//! groups. Amounts come from `voucher_amounts` through `kezek_domain::voucher`.

use crate::history::{self, FieldChange, HistoryEvent};
use crate::{Actor, Store, StoreError};
use chrono::NaiveDate;
use kezek_domain::voucher::{voucher_amount, VoucherRate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The statuses of an application whose child receives voucher funding (as the queries spell
/// them out).
pub const VOUCHER_STATUSES: [&str; 2] = ["voucher_issued", "enrolled"];

/// A kindergarten of the voucher pilot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VoucherKindergarten {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub locality: String,
    /// In the pilot since.
    pub since: NaiveDate,
    #[ts(type = "number")]
    pub children_with_vouchers: i64,
}

/// A child receiving voucher funding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VoucherChild {
    #[ts(type = "number")]
    pub application_id: i64,
    pub number: String,
    pub child_name: String,
    pub child_personal_number: String,
    pub birth_date: NaiveDate,
    pub benefit_code: String,
    pub district: String,
    pub status: String,
    /// Som a month on the registry's date; `None` when no amount of the category is in force.
    #[ts(type = "number | null")]
    pub amount: Option<i64>,
}

/// The registry on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VoucherRegistry {
    /// The date the amounts are computed for (and the pilot is taken on).
    pub date: NaiveDate,
    pub kindergartens: Vec<VoucherKindergarten>,
    pub children: Vec<VoucherChild>,
}

type ChildRow = (
    i64,
    String,
    String,
    String,
    NaiveDate,
    String,
    i64,
    String,
    String,
);

/// A `voucher_amounts` row: category, district, amount, coefficient, effective from.
type RateRow = (Option<String>, Option<i64>, Option<i64>, i64, NaiveDate);

impl Store {
    /// The kindergartens in the pilot on `date` and the voucher children, with their amounts on
    /// `date`.
    pub async fn voucher_registry(&self, date: NaiveDate) -> Result<VoucherRegistry, StoreError> {
        let kindergartens: Vec<(i64, String, String, NaiveDate, i64)> = sqlx::query_as(
            "SELECT k.id, k.name, l.name, p.since, \
                    (SELECT COUNT(DISTINCT a.id) FROM place_grants g \
                       JOIN groups gr ON gr.id = g.group_id \
                       JOIN applications a ON a.child_number = g.child_personal_number \
                      WHERE gr.kindergarten_id = k.id AND a.kind = 'voucher' \
                        AND a.status IN ('voucher_issued', 'enrolled')) \
               FROM voucher_pilot_kindergartens p \
               JOIN kindergartens k ON k.id = p.kindergarten_id \
               JOIN localities l ON l.id = k.locality_id \
              WHERE p.since <= ? \
              ORDER BY l.name, k.name, k.id",
        )
        .bind(date.to_string())
        .fetch_all(&self.read)
        .await?;
        let children: Vec<ChildRow> = sqlx::query_as(
            "SELECT a.id, a.number, \
                    c.surname || ' ' || c.given_name || COALESCE(' ' || c.patronymic, ''), \
                    c.personal_number, c.birth_date, b.code, d.id, d.name, a.status \
               FROM applications a \
               JOIN children c ON c.id = a.child_id \
               JOIN benefit_categories b ON b.id = a.benefit_category_id \
               JOIN localities l ON l.id = a.locality_id \
               JOIN districts d ON d.id = l.district_id \
              WHERE a.kind = 'voucher' AND a.status IN ('voucher_issued', 'enrolled') \
              ORDER BY d.name, a.child_name_key, a.id",
        )
        .fetch_all(&self.read)
        .await?;
        let rates = self.voucher_rates().await?;
        Ok(VoucherRegistry {
            date,
            kindergartens: kindergartens
                .into_iter()
                .map(
                    |(id, name, locality, since, children_with_vouchers)| VoucherKindergarten {
                        id,
                        name,
                        locality,
                        since,
                        children_with_vouchers,
                    },
                )
                .collect(),
            children: children
                .into_iter()
                .map(
                    |(
                        application_id,
                        number,
                        child_name,
                        pin,
                        birth_date,
                        benefit,
                        district_id,
                        district,
                        status,
                    )| {
                        VoucherChild {
                            amount: voucher_amount(&rates, &benefit, district_id, date),
                            application_id,
                            number,
                            child_name,
                            child_personal_number: pin,
                            birth_date,
                            benefit_code: benefit,
                            district,
                            status,
                        }
                    },
                )
                .collect(),
        })
    }

    /// Every row of `voucher_amounts`.
    pub async fn voucher_rates(&self) -> Result<Vec<VoucherRate>, StoreError> {
        let rows: Vec<RateRow> = sqlx::query_as(
            "SELECT benefit_code, district_id, amount_som, coefficient_permille, \
                        effective_from FROM voucher_amounts ORDER BY effective_from, id",
        )
        .fetch_all(&self.read)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(benefit_code, district_id, amount_som, coefficient_permille, effective_from)| {
                    VoucherRate {
                        benefit_code,
                        district_id,
                        amount_som,
                        coefficient_permille,
                        effective_from,
                    }
                },
            )
            .collect())
    }

    /// The first kindergarten (by id) of each district of `country` ("KG", "KZ"), as
    /// (kindergarten, district, district name): where demo data puts its pilot.
    pub async fn first_kindergarten_per_district(
        &self,
        country: &str,
    ) -> Result<Vec<(i64, i64, String)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT MIN(k.id), d.id, d.name FROM kindergartens k \
               JOIN localities l ON l.id = k.locality_id \
               JOIN districts d ON d.id = l.district_id \
               JOIN regions r ON r.id = d.region_id \
              WHERE r.country = ? GROUP BY d.id ORDER BY d.id",
        )
        .bind(country)
        .fetch_all(&self.read)
        .await?)
    }

    /// Writes pilot kindergartens and voucher amounts straight into the tables (demo data and
    /// tests; the pilot is no outbox matter yet), with one history event. Existing rows of the
    /// same kindergarten, or the same category, district and date, are replaced.
    pub async fn seed_vouchers(
        &self,
        pilot: &[(i64, NaiveDate)],
        rates: &[VoucherRate],
        actor: &Actor,
    ) -> Result<(), StoreError> {
        let mut tx = self.write.begin().await?;
        for (kindergarten, since) in pilot {
            sqlx::query(
                "INSERT INTO voucher_pilot_kindergartens (kindergarten_id, since) VALUES (?, ?) \
                 ON CONFLICT (kindergarten_id) DO UPDATE SET since = excluded.since",
            )
            .bind(kindergarten)
            .bind(since.to_string())
            .execute(&mut *tx)
            .await?;
        }
        for r in rates {
            sqlx::query(
                "DELETE FROM voucher_amounts WHERE COALESCE(benefit_code, '') = COALESCE(?, '') \
                    AND COALESCE(district_id, 0) = COALESCE(?, 0) AND effective_from = ?",
            )
            .bind(&r.benefit_code)
            .bind(r.district_id)
            .bind(r.effective_from.to_string())
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO voucher_amounts (benefit_code, district_id, amount_som, \
                 coefficient_permille, effective_from) VALUES (?, ?, ?, ?, ?)",
            )
            .bind(&r.benefit_code)
            .bind(r.district_id)
            .bind(r.amount_som)
            .bind(r.coefficient_permille)
            .bind(r.effective_from.to_string())
            .execute(&mut *tx)
            .await?;
        }
        history::record(
            &mut tx,
            &HistoryEvent {
                entity: "settings",
                entity_id: None,
                action: "vouchers_seeded".into(),
                at: actor.at,
                user_name: actor.user_name.clone(),
                device_id: self.device_id.clone(),
                changes: vec![
                    FieldChange {
                        field: "pilot_kindergartens".into(),
                        before: None,
                        after: Some(pilot.len().to_string()),
                    },
                    FieldChange {
                        field: "voucher_amounts".into(),
                        before: None,
                        after: Some(rates.len().to_string()),
                    },
                ],
            },
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
