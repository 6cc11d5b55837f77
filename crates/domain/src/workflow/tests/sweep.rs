use super::*;
use crate::workflow::direction::{DirectionCommand, PlaceOffer};
use crate::workflow::queue_application::{Benefit, QueueApplication, QueueCommand};
use crate::workflow::special_voucher::{SpecialVoucher, SpecialVoucherCommand};
use crate::workflow::sweep::*;
use crate::workflow::{RemovalReason, StateMachine};
use crate::{BenefitKind, Calendar};

fn benefit() -> Benefit {
    Benefit {
        category: "none".into(),
        kind: BenefitKind::General,
    }
}

/// Queued Monday 3 February 2025; direction issued Monday 3 March (valid through 10 March).
fn directed(cal: &Calendar) -> QueueApplication {
    let t0 = local(cal, 2025, 2, 3, 10, 0);
    let t1 = local(cal, 2025, 3, 3, 10, 0);
    let app = QueueApplication::register(date(2021, 1, 1), benefit(), t0);
    let app = app.apply(QueueCommand::AcceptIntoQueue, t0, cal).unwrap().0;
    let app = app.apply(QueueCommand::TurnCame, t1, cal).unwrap().0;
    let choose = QueueCommand::ChooseKindergarten {
        kindergarten: "KG".into(),
        offer: PlaceOffer::OwnTurn,
        free_places: 1,
    };
    app.apply(choose, t1, cal).unwrap().0
}

/// Interest confirmed Monday 3 March 2025: the extension is offered from 00:00 on 10 March.
fn choosing(cal: &Calendar) -> SpecialVoucher {
    type C = SpecialVoucherCommand;
    let t = local(cal, 2025, 3, 3, 9, 0);
    let v = SpecialVoucher::submit("speech", t);
    let v = v
        .apply(C::ConfirmDocuments { by: staff("P") }, t, cal)
        .unwrap()
        .0;
    let v = v.apply(C::IssueVoucher, t, cal).unwrap().0;
    v.apply(C::ConfirmInterest, t, cal).unwrap().0
}

fn items(cal: &Calendar) -> Vec<OpenItem> {
    let waiting =
        QueueApplication::register(date(2021, 1, 1), benefit(), local(cal, 2025, 2, 3, 9, 0));
    vec![
        OpenItem {
            id: "q-directed".into(),
            state: OpenState::Queue(directed(cal)),
        },
        OpenItem {
            id: "q-registered".into(),
            state: OpenState::Queue(waiting),
        },
        OpenItem {
            id: "sv-choosing".into(),
            state: OpenState::SpecialVoucher(choosing(cal)),
        },
    ]
}

/// Stores the sweep's results: the last state of every item it touched.
fn store(items: &[OpenItem], forced: &[ForcedTransition]) -> Vec<OpenItem> {
    items
        .iter()
        .map(|item| OpenItem {
            id: item.id.clone(),
            state: forced
                .iter()
                .rev()
                .find(|f| f.id == item.id)
                .map_or_else(|| item.state.clone(), |f| f.after.clone()),
        })
        .collect()
}

fn summary(forced: &[ForcedTransition]) -> Vec<(String, &'static str)> {
    forced
        .iter()
        .map(|f| (f.id.clone(), f.command.code()))
        .collect()
}

#[test]
fn nothing_is_forced_at_2359_and_the_deadlines_bite_at_0000() {
    let cal = kz();
    let items = items(&cal);
    assert!(sweep(&items, last_second(&cal, 2025, 3, 9), &cal).is_empty());
    // 10 March 00:00: the 5th day of the voucher's window begins.
    let forced = sweep(&items, local(&cal, 2025, 3, 10, 0, 0), &cal);
    assert_eq!(
        summary(&forced),
        [("sv-choosing".into(), "offer_extension")]
    );
    // 11 March 00:00: the direction and the voucher's window both ended.
    let forced = sweep(&items, local(&cal, 2025, 3, 11, 0, 0), &cal);
    assert_eq!(
        summary(&forced),
        [
            ("q-directed".into(), "direction_expired"),
            ("sv-choosing".into(), "enrolment_window_closed"),
        ]
    );
}

#[test]
fn sweeping_twice_at_the_same_now_forces_nothing_the_second_time() {
    let cal = kz();
    for now in [
        local(&cal, 2025, 3, 10, 0, 0),
        local(&cal, 2025, 3, 11, 0, 0),
        local(&cal, 2025, 3, 26, 0, 0),
        local(&cal, 2027, 1, 1, 0, 0),
    ] {
        let items = items(&cal);
        let first = sweep(&items, now, &cal);
        let stored = store(&items, &first);
        assert!(
            sweep(&stored, now, &cal).is_empty(),
            "second sweep at {now}"
        );
        // And a sweep is a pure function: the same items give the same answer.
        assert_eq!(sweep(&items, now, &cal), first);
    }
}

#[test]
fn an_office_offline_for_a_year_catches_up_in_deadline_order() {
    let cal = kz();
    let items = vec![OpenItem {
        id: "q".into(),
        state: OpenState::Queue(directed(&cal)),
    }];
    let forced = sweep(&items, local(&cal, 2026, 3, 1, 9, 0), &cal);
    assert_eq!(
        summary(&forced),
        [
            ("q".into(), "direction_expired"),
            ("q".into(), "stop_list_ended"),
            ("q".into(), "interest_not_confirmed"),
        ]
    );
    let OpenState::Queue(last) = &forced[2].after else {
        panic!("a queue item stays a queue item")
    };
    assert!(matches!(
        last.state,
        crate::workflow::queue_application::QueueState::Removed {
            reason: RemovalReason::InterestNotConfirmed,
            ..
        }
    ));
}

#[test]
fn the_sweep_gives_what_the_same_command_by_hand_gives() {
    let cal = kz();
    let now = local(&cal, 2025, 3, 11, 0, 0);
    let items = items(&cal);
    let forced = sweep(&items, now, &cal);
    assert!(!forced.is_empty());
    for f in &forced {
        let item = items.iter().find(|i| i.id == f.id).unwrap();
        let by_hand = item.state.apply(f.command.clone(), now, &cal).unwrap();
        assert_eq!(by_hand, (f.after.clone(), f.events.clone()));
    }
    // The direction's own machine agrees with the application's view of it.
    let OpenState::Queue(app) = &items[0].state else {
        unreachable!()
    };
    assert_eq!(
        app.due(now),
        Some(QueueCommand::Direction(DirectionCommand::Expire))
    );
}

#[test]
fn mismatched_commands_are_refused_not_applied() {
    let cal = kz();
    let state = OpenState::Queue(directed(&cal));
    let cmd = ForcedCommand::SpecialVoucher(SpecialVoucherCommand::OfferExtension);
    assert_eq!(
        state
            .apply(cmd, local(&cal, 2025, 3, 4, 0, 0), &cal)
            .unwrap_err()
            .code(),
        "not_allowed_in_state"
    );
}
