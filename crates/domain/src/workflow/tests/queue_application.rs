use super::*;
use crate::workflow::direction::{DirectionCommand, PlaceOffer};
use crate::workflow::queue_application::*;
use crate::workflow::{Actor, DomainError, Event, RemovalReason, StateMachine};
use crate::{ApplicationStatus, BenefitKind, Calendar};
use chrono::{DateTime, Utc};

fn general() -> Benefit {
    Benefit {
        category: "none".into(),
        kind: BenefitKind::General,
    }
}

fn run(
    app: &QueueApplication,
    cmd: QueueCommand,
    now: DateTime<Utc>,
    cal: &Calendar,
) -> (QueueApplication, Vec<Event>) {
    app.apply(cmd.clone(), now, cal)
        .unwrap_or_else(|e| panic!("{} refused in {}: {e}", cmd.code(), app.code()))
}

/// An application in the queue since Monday 3 February 2025, 10:00.
fn queued(cal: &Calendar) -> QueueApplication {
    let now = local(cal, 2025, 2, 3, 10, 0);
    let app = QueueApplication::register(date(2022, 5, 1), general(), now);
    run(&app, QueueCommand::AcceptIntoQueue, now, cal).0
}

fn choose(kind: PlaceOffer) -> QueueCommand {
    QueueCommand::ChooseKindergarten {
        kindergarten: "KG-7".into(),
        offer: kind,
        free_places: 2,
    }
}

/// Directed on Monday 3 March 2025, 10:00 (valid through Monday 10 March).
fn directed(cal: &Calendar) -> QueueApplication {
    let app = queued(cal);
    let now = local(cal, 2025, 3, 3, 9, 0);
    let (app, _) = run(&app, QueueCommand::TurnCame, now, cal);
    run(
        &app,
        choose(PlaceOffer::OwnTurn),
        local(cal, 2025, 3, 3, 10, 0),
        cal,
    )
    .0
}

#[test]
fn the_happy_path_to_enrolment_and_archive() {
    let cal = kz();
    let now = local(&cal, 2025, 2, 3, 10, 0);
    let app = QueueApplication::register(date(2022, 5, 1), general(), now);
    assert_eq!(app.status(), ApplicationStatus::Registered);
    let (app, events) = run(&app, QueueCommand::AcceptIntoQueue, now, &cal);
    assert_eq!(codes(&events), ["status_changed", "notification_due"]);
    assert_eq!(notifications(&events), ["queue_registered"]);
    let (app, events) = run(&app, QueueCommand::TurnCame, now, &cal);
    assert_eq!(app.status(), ApplicationStatus::Notified);
    assert_eq!(notifications(&events), ["turn_came"]);
    let (app, events) = run(&app, choose(PlaceOffer::OwnTurn), now, &cal);
    assert_eq!(app.status(), ApplicationStatus::Directed);
    assert_eq!(
        codes(&events),
        ["status_changed", "directed", "notification_due"]
    );
    let (app, events) = run(
        &app,
        QueueCommand::Direction(DirectionCommand::ConfirmArrival),
        now,
        &cal,
    );
    assert_eq!(app.status(), ApplicationStatus::Enrolled);
    assert_eq!(notifications(&events), ["enrolled"]);
    assert!(app.is_closed() && !app.is_terminal());
    let (app, _) = run(&app, QueueCommand::Archive, now, &cal);
    assert!(app.is_terminal());
    assert_eq!(
        app.apply(QueueCommand::ConfirmInterest, now, &cal)
            .unwrap_err()
            .code(),
        "not_allowed_in_state"
    );
}

#[test]
fn after_three_working_days_the_place_goes_to_free_choice_and_the_child_stays() {
    let cal = kz();
    let app = queued(&cal);
    // Thursday 6 March 15:00 → choose by the end of Tuesday 11 March.
    let (app, _) = run(
        &app,
        QueueCommand::TurnCame,
        local(&cal, 2025, 3, 6, 15, 0),
        &cal,
    );
    let deadline = cal.end_of_day(date(2025, 3, 11));
    assert!(app
        .apply(
            choose(PlaceOffer::OwnTurn),
            last_second(&cal, 2025, 3, 11),
            &cal
        )
        .is_ok());
    let midnight = local(&cal, 2025, 3, 12, 0, 0);
    assert_eq!(
        app.apply(choose(PlaceOffer::OwnTurn), midnight, &cal),
        Err(DomainError::DeadlinePassed { deadline })
    );
    assert_eq!(
        app.apply(
            QueueCommand::ChoiceWindowClosed,
            last_second(&cal, 2025, 3, 11),
            &cal
        ),
        Err(DomainError::DeadlineNotReached { deadline })
    );
    assert_eq!(app.due(midnight), Some(QueueCommand::ChoiceWindowClosed));
    let (app, events) = run(&app, QueueCommand::ChoiceWindowClosed, midnight, &cal);
    assert_eq!(app.status(), ApplicationStatus::InQueue);
    assert!(events.contains(&Event::PlaceReleasedToFreeChoice));
    // Still in the queue: free-choice places can be chosen, the own turn is gone.
    assert_eq!(
        app.apply(choose(PlaceOffer::OwnTurn), midnight, &cal),
        Err(DomainError::TurnNotCome)
    );
    assert!(app
        .apply(choose(PlaceOffer::FreeChoice), midnight, &cal)
        .is_ok());
}

#[test]
fn a_child_under_two_cannot_choose_even_when_the_turn_came() {
    let cal = kz();
    let now = local(&cal, 2025, 6, 2, 10, 0);
    let app = QueueApplication::register(date(2024, 2, 29), general(), now);
    let (app, _) = run(&app, QueueCommand::AcceptIntoQueue, now, &cal);
    let (app, _) = run(
        &app,
        QueueCommand::TurnCame,
        last_second(&cal, 2026, 2, 27),
        &cal,
    );
    assert_eq!(
        app.apply(
            choose(PlaceOffer::OwnTurn),
            last_second(&cal, 2026, 2, 28),
            &cal
        ),
        Err(DomainError::TooYoung {
            turns_two_on: date(2026, 3, 1)
        })
    );
    assert!(app
        .apply(
            choose(PlaceOffer::OwnTurn),
            local(&cal, 2026, 3, 1, 0, 0),
            &cal
        )
        .is_ok());
}

#[test]
fn no_free_places_no_direction() {
    let cal = kz();
    let (app, _) = run(
        &queued(&cal),
        QueueCommand::TurnCame,
        local(&cal, 2025, 3, 3, 9, 0),
        &cal,
    );
    let cmd = QueueCommand::ChooseKindergarten {
        kindergarten: "KG-7".into(),
        offer: PlaceOffer::OwnTurn,
        free_places: 0,
    };
    assert_eq!(
        app.apply(cmd, local(&cal, 2025, 3, 3, 10, 0), &cal),
        Err(DomainError::NoFreePlaces)
    );
}

#[test]
fn an_expired_direction_puts_the_application_on_the_stop_list_for_10_working_days() {
    let cal = kz();
    let app = directed(&cal);
    let expire = QueueCommand::Direction(DirectionCommand::Expire);
    let (app, events) = run(&app, expire, local(&cal, 2025, 3, 14, 9, 0), &cal);
    // Counted from the deadline (00:00 Tue 11 March), not from the late sweep: Wed 12 … Tue 25.
    let until = cal.end_of_day(date(2025, 3, 25));
    assert_eq!(app.status(), ApplicationStatus::InQueue);
    assert!(events.contains(&Event::PutOnStopList { until }));
    assert_eq!(notifications(&events), ["direction_expired"]);
    let standing = app.standing().unwrap();
    assert_eq!(standing.expired_directions, 1);
    assert_eq!(standing.stop_list_until, Some(until));
    // No direction meanwhile, by either road.
    let during = last_second(&cal, 2025, 3, 25);
    assert_eq!(
        app.apply(QueueCommand::TurnCame, during, &cal),
        Err(DomainError::OnStopList { until })
    );
    assert_eq!(
        app.apply(choose(PlaceOffer::FreeChoice), during, &cal),
        Err(DomainError::OnStopList { until })
    );
    assert_eq!(
        app.apply(QueueCommand::StopListEnded, during, &cal),
        Err(DomainError::DeadlineNotReached { deadline: until })
    );
    // From 00:00 of Wednesday 26 March, free places can be chosen again.
    let after = local(&cal, 2025, 3, 26, 0, 0);
    assert!(app
        .apply(choose(PlaceOffer::FreeChoice), after, &cal)
        .is_ok());
    assert_eq!(app.due(after), Some(QueueCommand::StopListEnded));
    let (app, events) = run(&app, QueueCommand::StopListEnded, after, &cal);
    assert_eq!(events, vec![Event::StopListEnded]);
    assert_eq!(app.standing().unwrap().stop_list_until, None);
    assert_eq!(app.due(after), None);
}

#[test]
fn the_stop_list_skips_holidays() {
    let cal = kz_with_days_off(&[date(2025, 3, 21), date(2025, 3, 24)]);
    let app = directed(&cal);
    let (app, _) = run(
        &app,
        QueueCommand::Direction(DirectionCommand::Expire),
        local(&cal, 2025, 3, 11, 0, 0),
        &cal,
    );
    // Wed 12 … Thu 20 (7 days), Tue 25, Wed 26, Thu 27.
    let until = cal.end_of_day(date(2025, 3, 27));
    assert_eq!(app.standing().unwrap().stop_list_until, Some(until));
}

#[test]
fn the_second_expired_direction_removes_the_application() {
    let cal = kz();
    let app = directed(&cal);
    let expire = QueueCommand::Direction(DirectionCommand::Expire);
    let (app, _) = run(&app, expire.clone(), local(&cal, 2025, 3, 11, 0, 0), &cal);
    let (app, _) = run(
        &app,
        choose(PlaceOffer::FreeChoice),
        local(&cal, 2025, 4, 1, 9, 0),
        &cal,
    );
    let (app, events) = run(&app, expire, local(&cal, 2025, 4, 9, 0, 0), &cal);
    assert_eq!(app.status(), ApplicationStatus::Removed);
    assert!(events.contains(&Event::RemovedFromQueue {
        reason: RemovalReason::SecondDirectionExpired
    }));
    assert_eq!(notifications(&events), ["removed_from_queue"]);
    assert!(app.is_closed());
}

#[test]
fn annulling_within_24_hours_returns_to_the_queue_without_a_stop_list() {
    let cal = kz();
    let app = directed(&cal);
    let (app, events) = run(
        &app,
        QueueCommand::Direction(DirectionCommand::AnnulByApplicant),
        local(&cal, 2025, 3, 4, 9, 0),
        &cal,
    );
    assert_eq!(app.status(), ApplicationStatus::InQueue);
    assert_eq!(app.standing().unwrap().stop_list_until, None);
    assert_eq!(app.standing().unwrap().expired_directions, 0);
    assert_eq!(codes(&events), ["status_changed", "direction_annulled"]);
}

#[test]
fn interest_is_confirmed_every_12_months_from_the_queue_date_leap_day_included() {
    let cal = kz();
    // Queued on Thursday 29 February 2024: the first period ends on Friday 28 February 2025.
    let now = local(&cal, 2024, 2, 29, 10, 0);
    let app = QueueApplication::register(date(2023, 1, 1), general(), now);
    let (app, _) = run(&app, QueueCommand::AcceptIntoQueue, now, &cal);
    let due = cal.end_of_day(date(2025, 2, 28));
    assert_eq!(app.standing().unwrap().interest_due, due);
    let (app2, events) = run(
        &app,
        QueueCommand::ConfirmInterest,
        last_second(&cal, 2025, 2, 28),
        &cal,
    );
    // The second period ends on 28 February 2026, a Saturday: the term runs to Monday 2 March.
    let next = cal.end_of_day(date(2026, 3, 2));
    assert_eq!(events, vec![Event::InterestConfirmed { next_due: next }]);
    assert_eq!(app2.standing().unwrap().interest_due, next);
    // A second click in the same period does not buy another year.
    assert_eq!(
        app2.apply(
            QueueCommand::ConfirmInterest,
            last_second(&cal, 2025, 2, 28),
            &cal
        ),
        Err(DomainError::InterestAlreadyConfirmed { opens_at: due })
    );
    assert!(app2.apply(QueueCommand::ConfirmInterest, due, &cal).is_ok());
    // Without confirmation: removed from 00:00 of 1 March 2025.
    let midnight = local(&cal, 2025, 3, 1, 0, 0);
    assert_eq!(
        app.apply(QueueCommand::ConfirmInterest, midnight, &cal),
        Err(DomainError::DeadlinePassed { deadline: due })
    );
    assert_eq!(app.due(last_second(&cal, 2025, 2, 28)), None);
    assert_eq!(app.due(midnight), Some(QueueCommand::InterestNotConfirmed));
    let (gone, events) = run(&app, QueueCommand::InterestNotConfirmed, midnight, &cal);
    assert_eq!(gone.status(), ApplicationStatus::Removed);
    assert!(events.contains(&Event::RemovedFromQueue {
        reason: RemovalReason::InterestNotConfirmed
    }));
}

#[test]
fn an_interest_deadline_on_a_holiday_runs_to_the_next_working_day() {
    // Queued on Friday 21 March 2025; 21 March 2026 (Saturday), 23 March (Monday) off.
    let cal = kz_with_days_off(&[date(2026, 3, 23)]);
    let now = local(&cal, 2025, 3, 21, 10, 0);
    let app = QueueApplication::register(date(2023, 1, 1), general(), now);
    let (app, _) = run(&app, QueueCommand::AcceptIntoQueue, now, &cal);
    assert_eq!(
        app.standing().unwrap().interest_due,
        cal.end_of_day(date(2026, 3, 24))
    );
}

#[test]
fn the_benefit_changes_only_while_waiting_unnotified() {
    let cal = kz();
    let app = queued(&cal);
    let now = local(&cal, 2025, 3, 3, 9, 0);
    assert_eq!(
        app.apply(QueueCommand::ChangeBenefit { to: general() }, now, &cal),
        Err(DomainError::BenefitUnchanged)
    );
    let disability = Benefit {
        category: "disability".into(),
        kind: BenefitKind::OutOfTurn,
    };
    let change = QueueCommand::ChangeBenefit {
        to: disability.clone(),
    };
    let (changed, events) = run(&app, change.clone(), now, &cal);
    assert_eq!(changed.benefit, disability);
    assert_eq!(
        events,
        vec![Event::BenefitChanged {
            from: "none".into(),
            to: "disability".into()
        }]
    );
    let (notified, _) = run(&app, QueueCommand::TurnCame, now, &cal);
    assert_eq!(
        notified.apply(change, now, &cal).unwrap_err().code(),
        "not_allowed_in_state"
    );
}

#[test]
fn withdrawing_a_directed_application_annuls_its_direction() {
    let cal = kz();
    let app = directed(&cal);
    let (app, events) = run(
        &app,
        QueueCommand::Withdraw {
            by: Actor::Applicant,
        },
        local(&cal, 2025, 3, 5, 9, 0),
        &cal,
    );
    assert_eq!(app.status(), ApplicationStatus::Withdrawn);
    assert_eq!(codes(&events), ["status_changed", "direction_annulled"]);
    assert_eq!(app.due(local(&cal, 2026, 1, 1, 0, 0)), None);
}
