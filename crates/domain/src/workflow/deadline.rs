//! How the seeds' terms become instants.
//!
//! - Working days ("3 working days", "5 working days", "10 working days", "2 working days"):
//!   the term ends at 24:00 local time of the N-th working day after the local day on which it
//!   started ([`Calendar::add_working_days`]).
//! - Calendar days and months ("up to 30 calendar days", "within 28 days", "every 12 months"):
//!   the term ends at 24:00 of its last day; when that day is not a working day, the term ends
//!   with the next working day. This is the rule of both countries' civil codes on the end of a
//!   term, and it keeps a family from losing a place over a holiday.
//!   A month term ending in a month without that date ends on the month's last day (Feb 29 →
//!   Feb 28), also by the civil code.
//! - Hours ("не позднее суток с момента выдачи"): exact hours from the instant.
//!
//! A deadline has passed when `now >= deadline`: 23:59:59 local on the last day is in time,
//! 00:00 of the next day is late.

use crate::Calendar;
use chrono::{DateTime, Days, Duration, Months, NaiveDate, Utc};

/// Whether `deadline` has passed at `now`.
pub fn has_passed(deadline: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now >= deadline
}

/// The last local day on which a deadline made by [`Calendar::end_of_day`] is still in time.
pub fn last_day(calendar: &Calendar, deadline: DateTime<Utc>) -> NaiveDate {
    calendar.local_date(deadline - Duration::seconds(1))
}

/// The first working day on or after `date`.
pub fn working_day_on_or_after(calendar: &Calendar, date: NaiveDate) -> NaiveDate {
    let mut d = date;
    while !calendar.is_working_day(d) {
        d = d.succ_opt().expect("dates in range");
    }
    d
}

/// The end of a calendar-day term whose last day is `date` (moved to the next working day).
pub fn calendar_term_end(calendar: &Calendar, date: NaiveDate) -> DateTime<Utc> {
    calendar.end_of_day(working_day_on_or_after(calendar, date))
}

/// `date` plus whole calendar days.
pub fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(days.into()))
        .expect("dates in range")
}

/// `date` plus whole months; the 31st or Feb 29 becomes the last day of a shorter month.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .expect("dates in range")
}

/// The start (00:00 local) of a day: the end of the day before.
pub fn start_of_day(calendar: &Calendar, date: NaiveDate) -> DateTime<Utc> {
    calendar.end_of_day(date.pred_opt().expect("dates in range"))
}
