//! What a child's voucher pays a month (seed 000 §IV "Ваучер"): amounts by benefit category and
//! district coefficients, both with the dates they take effect, as data.
//!
//! On a date, the amount in force is the category's latest all-district amount effective on or
//! before it; the district's coefficient in force (one for the category before one for every
//! category) multiplies it. Whole som, halves rounded away from zero.

use chrono::NaiveDate;

/// One row of the voucher amounts table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoucherRate {
    /// A benefit category code (`benefit-<code>`); `None` only on a coefficient for every
    /// category of a district.
    pub benefit_code: Option<String>,
    /// `None`: an amount for every district; `Some`: that district's coefficient.
    pub district_id: Option<i64>,
    /// Som a month, on amounts; `None` on coefficients.
    pub amount_som: Option<i64>,
    /// Per mille (1000 = ×1).
    pub coefficient_permille: i64,
    pub effective_from: NaiveDate,
}

/// The latest of `rows` effective on `date`.
fn in_force<'a>(
    rows: impl Iterator<Item = &'a VoucherRate>,
    date: NaiveDate,
) -> Option<&'a VoucherRate> {
    rows.filter(|r| r.effective_from <= date)
        .max_by_key(|r| r.effective_from)
}

/// The monthly amount, in whole som, of a voucher for a child of `benefit_code` in `district_id`
/// on `date`; `None` when no amount of the category is in force then.
pub fn voucher_amount(
    rates: &[VoucherRate],
    benefit_code: &str,
    district_id: i64,
    date: NaiveDate,
) -> Option<i64> {
    let amount = in_force(
        rates
            .iter()
            .filter(|r| r.district_id.is_none() && r.benefit_code.as_deref() == Some(benefit_code)),
        date,
    )?;
    let base = amount.amount_som?;
    let of_district = |code: Option<&str>| {
        in_force(
            rates.iter().filter(|r| {
                r.district_id == Some(district_id) && r.benefit_code.as_deref() == code
            }),
            date,
        )
    };
    let coefficient = of_district(Some(benefit_code))
        .or_else(|| of_district(None))
        .map_or(amount.coefficient_permille, |r| r.coefficient_permille);
    Some(round_permille(base * coefficient))
}

/// `value / 1000`, halves away from zero.
fn round_permille(value: i64) -> i64 {
    let (q, r) = (value / 1000, value % 1000);
    if r.abs() * 2 >= 1000 {
        q + value.signum()
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn amount(code: &str, som: i64, from: NaiveDate) -> VoucherRate {
        VoucherRate {
            benefit_code: Some(code.into()),
            district_id: None,
            amount_som: Some(som),
            coefficient_permille: 1000,
            effective_from: from,
        }
    }

    fn coefficient(
        code: Option<&str>,
        district: i64,
        permille: i64,
        from: NaiveDate,
    ) -> VoucherRate {
        VoucherRate {
            benefit_code: code.map(Into::into),
            district_id: Some(district),
            amount_som: None,
            coefficient_permille: permille,
            effective_from: from,
        }
    }

    fn rates() -> Vec<VoucherRate> {
        vec![
            amount("none", 3000, d(2025, 1, 1)),
            amount("none", 3500, d(2026, 9, 1)),
            amount("low_income", 4500, d(2025, 1, 1)),
            coefficient(None, 7, 1150, d(2025, 1, 1)),
            coefficient(Some("low_income"), 7, 1333, d(2025, 6, 1)),
        ]
    }

    #[test]
    fn the_amount_in_force_is_the_latest_effective_on_the_date() {
        let r = rates();
        assert_eq!(voucher_amount(&r, "none", 1, d(2025, 1, 1)), Some(3000));
        assert_eq!(voucher_amount(&r, "none", 1, d(2026, 8, 31)), Some(3000));
        assert_eq!(voucher_amount(&r, "none", 1, d(2026, 9, 1)), Some(3500));
        assert_eq!(voucher_amount(&r, "none", 1, d(2030, 1, 1)), Some(3500));
    }

    #[test]
    fn nothing_before_the_first_amount_or_for_a_category_without_one() {
        let r = rates();
        assert_eq!(voucher_amount(&r, "none", 1, d(2024, 12, 31)), None);
        assert_eq!(voucher_amount(&r, "orphan", 1, d(2026, 1, 1)), None);
        assert_eq!(voucher_amount(&[], "none", 1, d(2026, 1, 1)), None);
    }

    #[test]
    fn a_district_coefficient_multiplies_and_rounds_to_whole_som() {
        let r = rates();
        // 3000 × 1.15 and 3500 × 1.15 = 4025.
        assert_eq!(voucher_amount(&r, "none", 7, d(2025, 3, 1)), Some(3450));
        assert_eq!(voucher_amount(&r, "none", 7, d(2026, 9, 1)), Some(4025));
        // The category's own coefficient wins once in force: 4500 × 1.333 = 5998.5 → 5999.
        assert_eq!(
            voucher_amount(&r, "low_income", 7, d(2025, 5, 31)),
            Some(5175)
        );
        assert_eq!(
            voucher_amount(&r, "low_income", 7, d(2025, 6, 1)),
            Some(5999)
        );
    }

    #[test]
    fn a_coefficient_without_an_amount_gives_nothing() {
        let r = vec![coefficient(None, 7, 1200, d(2025, 1, 1))];
        assert_eq!(voucher_amount(&r, "none", 7, d(2026, 1, 1)), None);
    }

    #[test]
    fn rounding_takes_halves_away_from_zero() {
        assert_eq!(round_permille(2_499), 2);
        assert_eq!(round_permille(2_500), 3);
        assert_eq!(round_permille(-2_500), -3);
    }
}
