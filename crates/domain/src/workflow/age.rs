//! When a child has N full years, in the office's local date.
//!
//! "2 full years" (seed 002: "Возраст ребенка 2 года (полных) и старше") holds from the second
//! birthday on. A child born on February 29 has, in a non-leap year, its birthday on **March 1**:
//! only when February 28 is over has the child lived the full years (a year of life ends on the
//! day before the birthday, and that day is February 28). This is the practice of the civil
//! registries of Kazakhstan and Russia (e.g. for passports at 16/14), and it never gives a place
//! to a child one day before two full years. (Month *terms* follow the opposite rule — see
//! [`super::deadline`] — because there the law speaks of the last day of the month.)

use chrono::{Datelike, NaiveDate};

/// The day the child turns `years` full years.
pub fn birthday(birth: NaiveDate, years: u32) -> NaiveDate {
    let year = birth.year() + years as i32;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day()).unwrap_or_else(|| {
        // Only February 29 is missing in some years.
        NaiveDate::from_ymd_opt(year, 3, 1).expect("March 1 exists")
    })
}

/// The day the child turns two: the first day a kindergarten may be chosen.
pub fn turns_two_on(birth: NaiveDate) -> NaiveDate {
    birthday(birth, 2)
}

/// Whether the child has at least `years` full years on `today` (a local date).
pub fn has_full_years(birth: NaiveDate, years: u32, today: NaiveDate) -> bool {
    today >= birthday(birth, years)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn two_full_years_start_on_the_second_birthday() {
        let birth = d(2022, 6, 15);
        assert!(!has_full_years(birth, 2, d(2024, 6, 14)), "the day before");
        assert!(has_full_years(birth, 2, d(2024, 6, 15)), "on the birthday");
    }

    #[test]
    fn february_29_children_turn_two_on_march_1_in_common_years() {
        let birth = d(2024, 2, 29);
        assert_eq!(turns_two_on(birth), d(2026, 3, 1));
        assert!(!has_full_years(birth, 2, d(2026, 2, 28)));
        assert!(has_full_years(birth, 2, d(2026, 3, 1)));
        // In a leap year the birthday exists.
        assert_eq!(birthday(birth, 4), d(2028, 2, 29));
    }
}
