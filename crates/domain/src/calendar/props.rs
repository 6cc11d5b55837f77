//! Properties of working-day counting over random instants and counts, on the shipped
//! calendars (2024-2028, so both data years and plain-weekend years are crossed). Failing
//! cases are kept in `crates/domain/proptest-regressions/calendar/props.txt` (committed).

use super::*;
use proptest::prelude::*;

/// 2024-06-01 .. 2028-06-01 UTC.
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (1_717_200_000i64..1_843_430_400).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
}

fn country() -> impl Strategy<Value = Country> {
    prop_oneof![Just(Country::Kz), Just(Country::Kg)]
}

proptest! {
    #[test]
    fn more_working_days_never_end_earlier(
        c in country(), from in instant(), n in 0u32..80, extra in 1u32..20
    ) {
        let cal = Calendar::builtin(c);
        prop_assert!(cal.add_working_days(from, n) < cal.add_working_days(from, n + extra));
    }

    #[test]
    fn a_later_start_never_ends_earlier(
        c in country(), a in instant(), b in instant(), n in 0u32..80
    ) {
        let cal = Calendar::builtin(c);
        let (early, late) = if a <= b { (a, b) } else { (b, a) };
        prop_assert!(cal.add_working_days(early, n) <= cal.add_working_days(late, n));
    }

    #[test]
    fn the_nth_working_day_is_a_working_day(c in country(), from in instant(), n in 1u32..80) {
        let cal = Calendar::builtin(c);
        let day = cal.nth_working_day_after(from, n);
        prop_assert!(cal.is_working_day(day), "{day} is not a working day");
        prop_assert!(day > cal.local_date(from));
    }

    /// The deadline instant itself is 00:00 of the next local day, so the count is taken at
    /// the last moment before it (any moment of the N-th working day gives the same).
    #[test]
    fn counting_up_to_a_deadline_gives_back_n(c in country(), from in instant(), n in 0u32..80) {
        let cal = Calendar::builtin(c);
        let last_moment = cal.add_working_days(from, n) - Duration::seconds(1);
        prop_assert_eq!(cal.working_days_between(from, last_moment), i64::from(n));
    }

    #[test]
    fn counting_backwards_is_the_negative(c in country(), a in instant(), b in instant()) {
        let cal = Calendar::builtin(c);
        prop_assert_eq!(cal.working_days_between(a, b), -cal.working_days_between(b, a));
    }
}
