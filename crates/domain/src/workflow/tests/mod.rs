//! Tests of the workflows: one file per machine with the edges of every rule (holidays,
//! 23:59 vs 00:00 local time, leap years), the sweep, and properties over random command
//! sequences. Times are written in the office's local time (Asia/Almaty unless stated).

mod contract;
mod direction;
mod props;
mod protocol;
mod queue_application;
mod special_voucher;
mod sweep;
mod voucher_kg;

use crate::calendar::SpecialDay;
use crate::{Calendar, Country};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use std::collections::BTreeMap;

/// Kazakhstan with weekends only.
pub(crate) fn kz() -> Calendar {
    Calendar::new(Country::Kz, BTreeMap::new())
}

/// Kazakhstan with the given days off besides weekends.
pub(crate) fn kz_with_days_off(days: &[NaiveDate]) -> Calendar {
    let special = days
        .iter()
        .map(|&d| (d, SpecialDay::DayOff("test holiday".into())))
        .collect();
    Calendar::new(Country::Kz, special)
}

pub(crate) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// A local time in the calendar's time zone, as an instant.
pub(crate) fn local(cal: &Calendar, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    cal.time_zone()
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("unambiguous local time")
        .with_timezone(&Utc)
}

/// 23:59:59 local of a day: the last second in time for a deadline ending that day.
pub(crate) fn last_second(cal: &Calendar, y: i32, m: u32, d: u32) -> DateTime<Utc> {
    cal.end_of_day(date(y, m, d)) - chrono::Duration::seconds(1)
}

pub(crate) fn staff(name: &str) -> crate::workflow::Staff {
    crate::workflow::Staff {
        id: format!("id-{name}"),
        full_name: name.into(),
    }
}

pub(crate) fn codes(events: &[crate::workflow::Event]) -> Vec<&'static str> {
    events.iter().map(|e| e.code()).collect()
}

pub(crate) fn notifications(events: &[crate::workflow::Event]) -> Vec<&'static str> {
    events
        .iter()
        .filter_map(|e| match e {
            crate::workflow::Event::NotificationDue { kind } => Some(kind.notification_code()),
            _ => None,
        })
        .collect()
}
