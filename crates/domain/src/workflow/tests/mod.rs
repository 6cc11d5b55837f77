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

/// The `ALL_CODES` lists (generated with the `code()` they list) become locale ids: each code
/// must be unique in its list and safe in a Fluent id.
#[test]
fn code_lists_are_unique_and_fit_locale_ids() {
    use crate::workflow::{contract, direction, protocol, queue_application, special_voucher};
    use crate::workflow::{voucher_kg, AnnulmentReason, DomainError, Event};
    use crate::workflow::{NotificationKind, RemovalReason};
    let lists: [(&str, &[&str]); 14] = [
        ("error", DomainError::ALL_CODES),
        ("history-action", Event::ALL_CODES),
        ("notification", NotificationKind::ALL_CODES),
        ("removal-reason", RemovalReason::ALL_CODES),
        ("annulment-reason", AnnulmentReason::ALL_CODES),
        ("decision", protocol::Decision::ALL_CODES),
        ("archive-reason", special_voucher::ArchiveReason::ALL_CODES),
        ("contract-document", contract::ContractDocument::ALL_CODES),
        ("queue-state", queue_application::QueueState::ALL_CODES),
        ("direction-state", direction::DirectionState::ALL_CODES),
        ("voucher-kg-state", voucher_kg::VoucherKgState::ALL_CODES),
        (
            "special-voucher-state",
            special_voucher::SpecialVoucherState::ALL_CODES,
        ),
        ("protocol-state", protocol::ProtocolState::ALL_CODES),
        ("contract-state", contract::ContractState::ALL_CODES),
    ];
    for (prefix, codes) in lists {
        assert!(!codes.is_empty(), "{prefix}: no codes");
        let unique: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(
            unique.len(),
            codes.len(),
            "{prefix}: duplicate codes {codes:?}"
        );
        for code in codes {
            assert!(
                code.starts_with(|c: char| c.is_ascii_lowercase())
                    && code
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{prefix}-{code} is not a snake_case locale id"
            );
        }
    }
}
