//! The meal benefit (seed 000, §III "Питание"): the commission's secretary records, for each
//! voucher child, the som a day for the child's meals, the number and date of the commission's
//! protocol that granted it, and that protocol as a PDF. Saved offline; it leaves with the next
//! sync as `meal_benefit.save`, where the server checks it all again.
//!
//! Refusals are `invalid_input` with a `reason` the UI translates as `meals-error-<reason>`.

use crate::error::ApiError;
use crate::{actor, Kezek};
use chrono::{Local, NaiveDate, Utc};
use kezek_store::{MealBenefit, MealBenefitInput, MealChild};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What the meals form sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export)]
pub struct SaveMealBenefit {
    #[ts(type = "number")]
    pub application_id: i64,
    /// Som a day as typed: digits with at most two decimals (`125`, `125.5`, `125,50`).
    pub amount: String,
    pub protocol_number: String,
    pub protocol_date: NaiveDate,
    /// The protocol file's bytes.
    #[ts(type = "number[]")]
    pub pdf: Vec<u8>,
}

/// Tyiyn of a decimal amount of som with at most two decimals; `None` for anything else.
pub fn parse_som(text: &str) -> Option<i64> {
    let text = text.trim().replace(',', ".");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 9 || !digits(whole) || fraction.len() > 2 {
        return None;
    }
    if !digits(fraction) || (text.contains('.') && fraction.is_empty()) {
        return None;
    }
    let cents = format!("{fraction:0<2}").parse::<i64>().ok()?;
    Some(whole.parse::<i64>().ok()? * 100 + cents)
}

impl Kezek {
    /// The voucher children with their current meal benefits.
    pub async fn meal_children(&self) -> Result<Vec<MealChild>, ApiError> {
        Ok(self.store.meal_children().await?)
    }

    /// The application's current meal benefit, if one was saved.
    pub async fn meal_benefit(&self, application_id: i64) -> Result<Option<MealBenefit>, ApiError> {
        Ok(self.store.meal_benefit(application_id).await?)
    }

    /// The protocol PDF of the application's current meal benefit.
    pub async fn meal_benefit_pdf(&self, application_id: i64) -> Result<Vec<u8>, ApiError> {
        Ok(self.store.meal_benefit_pdf(application_id).await?)
    }

    /// Makes the form's values the application's current meal benefit.
    pub async fn save_meal_benefit(&self, input: SaveMealBenefit) -> Result<MealBenefit, ApiError> {
        let today = Local::now().date_naive();
        self.save_meal_benefit_on(input, today).await
    }

    /// [`Self::save_meal_benefit`] with the office's date given (tests).
    pub async fn save_meal_benefit_on(
        &self,
        input: SaveMealBenefit,
        today: NaiveDate,
    ) -> Result<MealBenefit, ApiError> {
        let amount_tyiyn = parse_som(&input.amount).ok_or_else(|| {
            ApiError::invalid_input(format!("{:?} is not an amount of som", input.amount))
                .with_arg("reason", "amount_invalid")
        })?;
        let new = MealBenefitInput {
            application_id: input.application_id,
            amount_tyiyn,
            protocol_number: input.protocol_number,
            protocol_date: input.protocol_date,
            pdf: input.pdf,
        };
        Ok(self
            .store
            .save_meal_benefit(&new, &actor(self), Utc::now(), today)
            .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_som;

    #[test]
    fn som_parse_to_tyiyn() {
        assert_eq!(parse_som("125"), Some(12_500));
        assert_eq!(parse_som(" 125,5 "), Some(12_550));
        assert_eq!(parse_som("0.05"), Some(5));
        for bad in ["", "1.234", "-5", "1e3", "12.", ".5", "сто"] {
            assert_eq!(parse_som(bad), None, "{bad:?}");
        }
    }
}
