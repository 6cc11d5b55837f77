//! The counting rules on the shipped calendars, at their edges: holidays, moved working
//! days, local midnight, time zones and leap years.

use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// An instant given as local wall time in the country's office time zone.
fn local(country: Country, y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    country
        .time_zone()
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("an unambiguous local time")
        .with_timezone(&Utc)
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().expect("an RFC 3339 instant")
}

fn kz() -> Calendar {
    Calendar::builtin(Country::Kz)
}

fn kg() -> Calendar {
    Calendar::builtin(Country::Kg)
}

#[test]
fn a_deadline_that_would_fall_in_nauryz_moves_past_it() {
    // Friday 20 March 2026: 21-23 Nauryz (Sat, Sun, Mon), 24-25 transfers (Tue, Wed).
    let from = local(Country::Kz, 2026, 3, 20, 10, 0);
    assert_eq!(kz().nth_working_day_after(from, 1), date(2026, 3, 26));
    assert_eq!(
        kz().add_working_days(from, 1),
        utc("2026-03-26T19:00:00Z"),
        "the end of Thursday 26 March in Almaty (UTC+5)"
    );
    // Counting from inside the holidays starts after them too.
    let inside = local(Country::Kz, 2026, 3, 23, 9, 0);
    assert_eq!(kz().nth_working_day_after(inside, 1), date(2026, 3, 26));
}

#[test]
fn a_holiday_on_a_weekend_moves_the_day_off_in_kz_but_not_in_kg() {
    // 8 March 2026 is a Sunday: KZ rests on Monday 9 March, KG works (Labour Code 2025).
    assert!(!kz().is_working_day(date(2026, 3, 9)));
    assert!(kg().is_working_day(date(2026, 3, 9)));
    let friday = local(Country::Kz, 2026, 3, 6, 12, 0);
    assert_eq!(kz().nth_working_day_after(friday, 1), date(2026, 3, 10));
    let friday = local(Country::Kg, 2026, 3, 6, 12, 0);
    assert_eq!(kg().nth_working_day_after(friday, 1), date(2026, 3, 9));
}

#[test]
fn religious_days_off_are_not_transferred_in_kz() {
    // Kurban ait 27 May 2026 is a Wednesday: only that day. And 7 January is never moved.
    assert!(!kz().is_working_day(date(2026, 5, 27)));
    assert!(kz().is_working_day(date(2026, 5, 28)));
}

#[test]
fn a_moved_working_sunday_counts() {
    // KZ 2025: Friday 3 January off, Sunday 5 January worked instead.
    let cal = kz();
    assert!(!cal.is_working_day(date(2025, 1, 3)));
    assert!(cal.is_working_day(date(2025, 1, 5)));
    let new_year = local(Country::Kz, 2025, 1, 2, 15, 0);
    assert_eq!(cal.nth_working_day_after(new_year, 1), date(2025, 1, 5));
    assert_eq!(cal.nth_working_day_after(new_year, 2), date(2025, 1, 6));
    assert_eq!(
        cal.nth_working_day_after(new_year, 3),
        date(2025, 1, 8),
        "7 January (Christmas) is skipped"
    );
    assert_eq!(
        cal.working_days_between(new_year, local(Country::Kz, 2025, 1, 6, 9, 0)),
        2
    );
}

#[test]
fn kg_new_year_holidays_of_2026_run_to_9_january_for_state_offices() {
    let eve = local(Country::Kg, 2025, 12, 31, 17, 0);
    assert_eq!(kg().nth_working_day_after(eve, 1), date(2026, 1, 12));
}

#[test]
fn the_last_minute_of_a_day_and_the_first_of_the_next_count_from_different_days() {
    let cal = kz();
    // Thursday 5 March 2026, 23:59 in Almaty is still Thursday: 1 working day = Friday.
    let late = local(Country::Kz, 2026, 3, 5, 23, 59);
    assert_eq!(late, utc("2026-03-05T18:59:00Z"));
    assert_eq!(cal.local_date(late), date(2026, 3, 5));
    assert_eq!(cal.add_working_days(late, 1), utc("2026-03-06T19:00:00Z"));
    // One minute later it is Friday: the next working day is Tuesday 10 March (the weekend,
    // then Monday 9 March off for 8 March).
    let midnight = local(Country::Kz, 2026, 3, 6, 0, 0);
    assert_eq!(midnight, utc("2026-03-05T19:00:00Z"));
    assert_eq!(cal.local_date(midnight), date(2026, 3, 6));
    assert_eq!(
        cal.add_working_days(midnight, 1),
        utc("2026-03-10T19:00:00Z")
    );
}

#[test]
fn a_deadline_ends_at_local_midnight_in_each_office_time_zone() {
    // Asia/Almaty moved from UTC+6 to UTC+5 on 1 March 2024 (tzdata 2024a).
    assert_eq!(
        kz().end_of_day(date(2026, 3, 5)),
        utc("2026-03-05T19:00:00Z")
    );
    assert_eq!(
        kz().end_of_day(date(2024, 2, 28)),
        utc("2024-02-28T18:00:00Z"),
        "before 1 March 2024 Almaty was UTC+6"
    );
    // Asia/Bishkek is UTC+6 all year.
    assert_eq!(
        kg().end_of_day(date(2026, 3, 5)),
        utc("2026-03-05T18:00:00Z")
    );
    // The same UTC instant is Thursday in Almaty and already Friday in Bishkek.
    let at = utc("2026-03-05T18:30:00Z");
    assert_eq!(kz().local_date(at), date(2026, 3, 5));
    assert_eq!(kg().local_date(at), date(2026, 3, 6));
}

#[test]
fn leap_day_2028_counts_as_a_working_day_without_data() {
    for cal in [kz(), kg()] {
        assert!(!cal.has_data_for(2028));
        assert!(cal.is_working_day(date(2028, 2, 29)), "a Tuesday");
        let friday = date(2028, 2, 25);
        assert_eq!(cal.nth_working_day_after_date(friday, 1), date(2028, 2, 28));
        assert_eq!(cal.nth_working_day_after_date(friday, 2), date(2028, 2, 29));
        assert_eq!(cal.nth_working_day_after_date(friday, 3), date(2028, 3, 1));
        let from = cal.end_of_day(friday) - Duration::hours(1);
        assert_eq!(
            cal.working_days_between(from, cal.end_of_day(date(2028, 2, 29)) - Duration::hours(1)),
            2
        );
    }
}

#[test]
fn working_days_between_has_a_sign_and_is_antisymmetric() {
    let cal = kz();
    let a = local(Country::Kz, 2026, 3, 20, 10, 0); // Friday before Nauryz
    let b = local(Country::Kz, 2026, 3, 27, 10, 0); // Friday after
    assert_eq!(cal.working_days_between(a, b), 2, "26 and 27 March");
    assert_eq!(cal.working_days_between(b, a), -2);
    assert_eq!(cal.working_days_between(a, a), 0);
    let same_day_later = local(Country::Kz, 2026, 3, 20, 23, 59);
    assert_eq!(cal.working_days_between(a, same_day_later), 0);
}

#[test]
fn zero_working_days_is_the_end_of_the_same_local_day_even_on_a_holiday() {
    let cal = kz();
    let holiday = local(Country::Kz, 2026, 1, 1, 10, 0);
    assert_eq!(cal.nth_working_day_after(holiday, 0), date(2026, 1, 1));
    assert_eq!(
        cal.add_working_days(holiday, 0),
        cal.end_of_day(date(2026, 1, 1))
    );
}

#[test]
fn countries_parse_from_their_codes() {
    assert_eq!("KZ".parse::<Country>(), Ok(Country::Kz));
    assert_eq!("kg".parse::<Country>(), Ok(Country::Kg));
    assert!("UZ".parse::<Country>().is_err());
    assert_eq!(Country::Kg.to_string(), "KG");
}
