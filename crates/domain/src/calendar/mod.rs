//! Working-day calendars of Kazakhstan and Kyrgyzstan: weekends, public holidays and moved
//! working days (data, not code), in the office's time zone.
//!
//! Deadlines in the seeds are counted in working days ("3 working days to choose", "valid for
//! 5 working days"): a deadline of N working days from an instant ends at the end (24:00 local
//! time) of the N-th working day after the local day of that instant.
//!
//! The special days come from text data (`data.rs` parses it, `builtin.rs` embeds the shipped
//! files) so that a new decree needs a data update, not a release.

mod builtin;
mod data;
#[cfg(test)]
mod props;
#[cfg(test)]
mod tests;

pub use data::CalendarError;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// A country whose calendar and time zone apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Country {
    /// Kazakhstan: offices keep Asia/Almaty time.
    Kz,
    /// Kyrgyzstan: Asia/Bishkek.
    Kg,
}

impl Country {
    pub fn time_zone(self) -> Tz {
        match self {
            Self::Kz => chrono_tz::Asia::Almaty,
            Self::Kg => chrono_tz::Asia::Bishkek,
        }
    }

    /// The ISO 3166 code used in data files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Self::Kz => "KZ",
            Self::Kg => "KG",
        }
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A country code other than KZ or KG.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown country {0:?} (expected KZ or KG)")]
pub struct UnknownCountry(pub String);

impl FromStr for Country {
    type Err = UnknownCountry;

    /// `KZ` or `KG`, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_uppercase().as_str() {
            "KZ" => Ok(Self::Kz),
            "KG" => Ok(Self::Kg),
            _ => Err(UnknownCountry(s.to_string())),
        }
    }
}

/// A day that differs from the plain Monday-to-Friday week, with its reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecialDay {
    /// A public holiday or a day off moved from elsewhere.
    DayOff(String),
    /// A Saturday or Sunday that is a working day (a moved working day).
    WorkingDay(String),
}

/// The working-day calendar of one country.
#[derive(Debug, Clone)]
pub struct Calendar {
    country: Country,
    special: BTreeMap<NaiveDate, SpecialDay>,
}

impl Calendar {
    /// A calendar with the given special days (the data files build these).
    pub fn new(country: Country, special: BTreeMap<NaiveDate, SpecialDay>) -> Self {
        Self { country, special }
    }

    pub fn country(&self) -> Country {
        self.country
    }

    pub fn time_zone(&self) -> Tz {
        self.country.time_zone()
    }

    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        match self.special.get(&date) {
            Some(SpecialDay::DayOff(_)) => false,
            Some(SpecialDay::WorkingDay(_)) => true,
            None => !matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
        }
    }

    /// The local date of an instant in the office's time zone.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.time_zone()).date_naive()
    }

    /// The end (24:00 local time, i.e. 00:00 of the next day) of the given day.
    pub fn end_of_day(&self, date: NaiveDate) -> DateTime<Utc> {
        let next = date + Duration::days(1);
        let local = next.and_hms_opt(0, 0, 0).expect("midnight exists");
        self.time_zone()
            .from_local_datetime(&local)
            .earliest()
            .expect("these zones have no DST gaps at midnight")
            .with_timezone(&Utc)
    }

    /// The N-th working day after the local day of `from` (N = 0: that day itself).
    pub fn nth_working_day_after(&self, from: DateTime<Utc>, n: u32) -> NaiveDate {
        self.nth_working_day_after_date(self.local_date(from), n)
    }

    /// The N-th working day after a local date (N = 0: that date itself), for callers that
    /// hold a date rather than an instant (the command line, reports).
    pub fn nth_working_day_after_date(&self, date: NaiveDate, n: u32) -> NaiveDate {
        let mut date = date;
        let mut left = n;
        while left > 0 {
            date += Duration::days(1);
            if self.is_working_day(date) {
                left -= 1;
            }
        }
        date
    }

    /// The deadline of N working days from `from`: the end of the N-th working day after it.
    pub fn add_working_days(&self, from: DateTime<Utc>, n: u32) -> DateTime<Utc> {
        self.end_of_day(self.nth_working_day_after(from, n))
    }

    /// Working days strictly after the local day of `from`, up to and including that of `to`
    /// (negative when `to` is earlier).
    pub fn working_days_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
        let (a, b) = (self.local_date(from), self.local_date(to));
        let (lo, hi, sign) = if a <= b { (a, b, 1) } else { (b, a, -1) };
        let mut count = 0;
        let mut d = lo;
        while d < hi {
            d += Duration::days(1);
            if self.is_working_day(d) {
                count += 1;
            }
        }
        sign * count
    }

    /// The non-working days of a year besides plain weekends, and moved working days.
    pub fn special_days(&self, year: i32) -> impl Iterator<Item = (&NaiveDate, &SpecialDay)> {
        self.special.iter().filter(move |(d, _)| d.year() == year)
    }

    /// Whether the calendar holds data for that year. Every year has public holidays, so a
    /// year without a special day is a year whose decrees are not loaded: counting then
    /// sees plain weekends only, and callers should say so.
    pub fn has_data_for(&self, year: i32) -> bool {
        self.special_days(year).next().is_some()
    }
}
