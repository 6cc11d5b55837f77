use super::*;
use crate::workflow::direction::*;
use crate::workflow::{AnnulmentReason, DomainError, Event, StateMachine};

#[test]
fn a_direction_is_valid_five_working_days_until_2400_local() {
    let cal = kz();
    // Monday 3 March 2025, 10:00: valid through Monday 10 March (the weekend does not count).
    let (d, events) = Direction::issue("KG-1", local(&cal, 2025, 3, 3, 10, 0), &cal);
    let until = cal.end_of_day(date(2025, 3, 10));
    assert_eq!(d.valid_until(), Some(until));
    assert_eq!(
        events,
        vec![Event::DirectionIssued {
            kindergarten: "KG-1".into(),
            valid_until: until
        }]
    );
    let (used, _) = d
        .apply(
            DirectionCommand::ConfirmArrival,
            last_second(&cal, 2025, 3, 10),
            &cal,
        )
        .expect("23:59:59 on the last day is in time");
    assert_eq!(used.code(), "used");
    let midnight = local(&cal, 2025, 3, 11, 0, 0);
    assert_eq!(
        d.apply(DirectionCommand::ConfirmArrival, midnight, &cal),
        Err(DomainError::DeadlinePassed { deadline: until }),
        "00:00 of the next day is late"
    );
}

#[test]
fn expiry_is_refused_before_the_deadline_and_dated_at_it() {
    let cal = kz();
    let (d, _) = Direction::issue("KG-1", local(&cal, 2025, 3, 3, 10, 0), &cal);
    let until = cal.end_of_day(date(2025, 3, 10));
    assert_eq!(d.due(last_second(&cal, 2025, 3, 10)), None);
    assert_eq!(
        d.apply(
            DirectionCommand::Expire,
            last_second(&cal, 2025, 3, 10),
            &cal
        ),
        Err(DomainError::DeadlineNotReached { deadline: until })
    );
    let later = local(&cal, 2025, 3, 20, 9, 0);
    assert_eq!(d.due(later), Some(DirectionCommand::Expire));
    let (expired, events) = d.apply(DirectionCommand::Expire, later, &cal).unwrap();
    assert_eq!(expired.state, DirectionState::Expired { at: until });
    assert_eq!(
        events,
        vec![Event::DirectionAnnulled {
            reason: AnnulmentReason::Expired
        }]
    );
}

#[test]
fn holidays_push_the_validity_out() {
    // Tuesday 18 March 2025 with Nauryz-like days off on Fri 21, Mon 24 and Tue 25 March.
    let cal = kz_with_days_off(&[date(2025, 3, 21), date(2025, 3, 24), date(2025, 3, 25)]);
    let (d, _) = Direction::issue("KG-1", local(&cal, 2025, 3, 18, 9, 0), &cal);
    // Wed 19, Thu 20, Wed 26, Thu 27, Fri 28.
    assert_eq!(d.valid_until(), Some(cal.end_of_day(date(2025, 3, 28))));
    let (plain, _) = Direction::issue("KG-1", local(&kz(), 2025, 3, 18, 9, 0), &kz());
    assert_eq!(
        plain.valid_until(),
        Some(kz().end_of_day(date(2025, 3, 25)))
    );
}

#[test]
fn the_real_kazakh_calendar_counts_nauryz_and_moved_working_days() {
    let cal = Calendar::builtin(Country::Kz);
    // Tuesday 18 March 2025: Nauryz and its moved days off are 21-25 March.
    let (d, _) = Direction::issue("KG-1", local(&cal, 2025, 3, 18, 9, 0), &cal);
    assert_eq!(d.valid_until(), Some(cal.end_of_day(date(2025, 3, 28))));
    // Saturday 4 January 2025 on the portal: Sunday 5 January is a working day, 7 January
    // (Orthodox Christmas) is not: Sun 5, Mon 6, Wed 8, Thu 9, Fri 10.
    let (d, _) = Direction::issue("KG-1", local(&cal, 2025, 1, 4, 12, 0), &cal);
    assert_eq!(d.valid_until(), Some(cal.end_of_day(date(2025, 1, 10))));
}

#[test]
fn one_extension_of_up_to_30_calendar_days() {
    let cal = kz();
    let (d, _) = Direction::issue("KG-1", local(&cal, 2025, 3, 3, 10, 0), &cal);
    let now = local(&cal, 2025, 3, 7, 12, 0);
    assert_eq!(
        d.apply(DirectionCommand::Extend { days: 31 }, now, &cal),
        Err(DomainError::InvalidExtension { max_days: 30 })
    );
    assert_eq!(
        d.apply(DirectionCommand::Extend { days: 0 }, now, &cal),
        Err(DomainError::InvalidExtension { max_days: 30 })
    );
    // Last valid day Mon 10 March + 30 days = Wed 9 April.
    let (ext, events) = d
        .apply(DirectionCommand::Extend { days: 30 }, now, &cal)
        .unwrap();
    let until = cal.end_of_day(date(2025, 4, 9));
    assert_eq!(ext.valid_until(), Some(until));
    assert_eq!(ext.code(), "extended");
    assert_eq!(
        events,
        vec![Event::DirectionExtended { valid_until: until }]
    );
    assert_eq!(
        ext.apply(DirectionCommand::Extend { days: 1 }, now, &cal),
        Err(DomainError::ExtensionAlreadyUsed)
    );
}

#[test]
fn an_extension_ending_on_a_weekend_runs_to_the_next_working_day() {
    let cal = kz();
    let (d, _) = Direction::issue("KG-1", local(&cal, 2025, 3, 3, 10, 0), &cal);
    // Mon 10 March + 26 days = Sat 5 April → Mon 7 April.
    let (ext, _) = d
        .apply(
            DirectionCommand::Extend { days: 26 },
            local(&cal, 2025, 3, 4, 9, 0),
            &cal,
        )
        .unwrap();
    assert_eq!(ext.valid_until(), Some(cal.end_of_day(date(2025, 4, 7))));
}

#[test]
fn an_expired_direction_cannot_be_extended() {
    let cal = kz();
    let (d, _) = Direction::issue("KG-1", local(&cal, 2025, 3, 3, 10, 0), &cal);
    let err = d
        .apply(
            DirectionCommand::Extend { days: 5 },
            local(&cal, 2025, 3, 11, 0, 0),
            &cal,
        )
        .unwrap_err();
    assert_eq!(err.code(), "deadline_passed");
}

#[test]
fn the_applicant_may_annul_within_24_hours_not_after() {
    let cal = kz();
    let issued = local(&cal, 2025, 3, 3, 10, 0);
    let (d, _) = Direction::issue("KG-1", issued, &cal);
    let (annulled, _) = d
        .apply(
            DirectionCommand::AnnulByApplicant,
            local(&cal, 2025, 3, 4, 9, 59),
            &cal,
        )
        .unwrap();
    assert!(matches!(
        annulled.state,
        DirectionState::Annulled {
            reason: AnnulmentReason::ByApplicant,
            ..
        }
    ));
    assert_eq!(
        d.apply(
            DirectionCommand::AnnulByApplicant,
            local(&cal, 2025, 3, 4, 10, 0),
            &cal
        ),
        Err(DomainError::AnnulmentWindowClosed {
            closed_at: local(&cal, 2025, 3, 4, 10, 0)
        })
    );
}

#[test]
fn a_finished_direction_accepts_nothing() {
    let cal = kz();
    let (d, _) = Direction::issue("KG-1", local(&cal, 2025, 3, 3, 10, 0), &cal);
    let now = local(&cal, 2025, 3, 4, 9, 0);
    let (used, _) = d
        .apply(DirectionCommand::ConfirmArrival, now, &cal)
        .unwrap();
    assert!(used.is_terminal());
    let err = used
        .apply(DirectionCommand::AnnulByApplicant, now, &cal)
        .unwrap_err();
    assert_eq!(err.code(), "not_allowed_in_state");
}

#[test]
fn the_choice_window_is_three_working_days() {
    let cal = kz();
    // Thursday 6 March, 15:00: Fri 7, Mon 10, Tue 11.
    let end = choice_window_end(local(&cal, 2025, 3, 6, 15, 0), &cal);
    assert_eq!(end, cal.end_of_day(date(2025, 3, 11)));
}

#[test]
fn choosing_needs_two_full_years_in_local_time() {
    let cal = kz();
    let birth = date(2024, 2, 29);
    let check = |now| check_choice_right(birth, true, 1, None, now, &cal);
    assert_eq!(
        check(last_second(&cal, 2026, 2, 28)),
        Err(DomainError::TooYoung {
            turns_two_on: date(2026, 3, 1)
        }),
        "a Feb 29 child is not two on Feb 28 of a common year"
    );
    // 00:00 on 1 March in Almaty is still 28 February in UTC: the local date decides.
    let midnight = local(&cal, 2026, 3, 1, 0, 0);
    assert_eq!(midnight.date_naive(), date(2026, 2, 28));
    assert_eq!(check(midnight), Ok(()));
    // In a leap year the birthday itself.
    let birth = date(2026, 2, 28);
    assert!(check_choice_right(birth, true, 1, None, local(&cal, 2028, 2, 28, 0, 0), &cal).is_ok());
}

#[test]
fn choosing_on_the_second_birthday_is_allowed() {
    let cal = kz();
    let birth = date(2023, 6, 15);
    assert!(check_choice_right(birth, true, 1, None, local(&cal, 2025, 6, 15, 0, 0), &cal).is_ok());
    assert_eq!(
        check_choice_right(birth, true, 1, None, local(&cal, 2025, 6, 14, 23, 59), &cal),
        Err(DomainError::TooYoung {
            turns_two_on: date(2025, 6, 15)
        })
    );
}

#[test]
fn choosing_needs_the_turn_places_and_no_stop_list() {
    let cal = kz();
    let now = local(&cal, 2025, 3, 3, 10, 0);
    let birth = date(2020, 1, 1);
    assert_eq!(
        check_choice_right(birth, false, 3, None, now, &cal),
        Err(DomainError::TurnNotCome)
    );
    assert_eq!(
        check_choice_right(birth, true, 0, None, now, &cal),
        Err(DomainError::NoFreePlaces)
    );
    let until = cal.end_of_day(date(2025, 3, 3));
    assert_eq!(
        check_choice_right(birth, true, 3, Some(until), now, &cal),
        Err(DomainError::OnStopList { until })
    );
    assert_eq!(
        check_choice_right(birth, true, 3, Some(until), until, &cal),
        Ok(())
    );
}
