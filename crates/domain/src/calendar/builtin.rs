//! The calendars shipped inside the binary, from `crates/domain/calendars/*.txt`.
//!
//! Kept apart from the parser so that the server can later send newer data through
//! [`Calendar::parse_all`] without this module; these files are the starting point and the
//! fallback when no newer data has arrived.

use super::{Calendar, Country};

/// The embedded data texts of one country, one per year.
fn texts(country: Country) -> &'static [&'static str] {
    match country {
        Country::Kz => &[
            include_str!("../../calendars/kz-2025.txt"),
            include_str!("../../calendars/kz-2026.txt"),
        ],
        Country::Kg => &[
            include_str!("../../calendars/kg-2025.txt"),
            include_str!("../../calendars/kg-2026.txt"),
        ],
    }
}

impl Calendar {
    /// The calendar built into this binary (2025-2026; later years are plain weekends until
    /// their data is added).
    pub fn builtin(country: Country) -> Calendar {
        Calendar::parse_all(country, texts(country).iter().copied())
            .unwrap_or_else(|e| panic!("the embedded {country:?} calendar is invalid: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::SpecialDay;
    use chrono::{Datelike, Duration, NaiveDate, Weekday};

    #[test]
    fn every_embedded_file_parses_and_covers_2025_and_2026() {
        for country in [Country::Kz, Country::Kg] {
            let cal = Calendar::builtin(country);
            for year in [2025, 2026] {
                assert!(cal.has_data_for(year), "{country:?} {year} has no data");
            }
            assert!(
                !cal.has_data_for(2027),
                "{country:?} 2027 unexpectedly has data"
            );
        }
    }

    /// Kazakhstan's Labour Code art. 85: a holiday on a Saturday or Sunday makes the next
    /// working day a day off, except for the religious days off. Recomputes the transfers
    /// from the holidays in the data and checks that the data has each of them: a transfer
    /// forgotten when a year's file is written is caught here.
    #[test]
    fn kz_data_has_every_weekend_transfer_of_art_85() {
        let cal = Calendar::builtin(Country::Kz);
        for year in [2025, 2026] {
            let holidays: Vec<NaiveDate> = cal
                .special_days(year)
                .filter_map(|(d, day)| match day {
                    SpecialDay::DayOff(r)
                        if !r.starts_with("Перенос")
                            && !r.contains("Рождество")
                            && !r.contains("Курбан") =>
                    {
                        Some(*d)
                    }
                    _ => None,
                })
                .collect();
            let mut taken: Vec<NaiveDate> = Vec::new();
            for h in holidays {
                if !matches!(h.weekday(), Weekday::Sat | Weekday::Sun) {
                    continue;
                }
                // The next weekday that is neither a holiday nor already a transfer.
                let mut d = h + Duration::days(1);
                while matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
                    || taken.contains(&d)
                    || cal.special_days(year).any(|(x, day)| {
                        *x == d && matches!(day, SpecialDay::DayOff(r) if !r.starts_with("Перенос"))
                    })
                {
                    d += Duration::days(1);
                }
                taken.push(d);
                assert!(
                    matches!(cal.special_days(year).find(|(x, _)| **x == d), Some((_, SpecialDay::DayOff(r))) if r.contains("ст. 85")),
                    "KZ {year}: the holiday of {h} should move a day off to {d}"
                );
            }
        }
    }
}
