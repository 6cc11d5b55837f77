//! Properties over random command sequences: no panic, terminal states accept nothing, closed
//! states never reopen, status events tell the truth, and the sweep is idempotent and agrees
//! with the machines. Time moves forward by random steps, from minutes to weeks, and a random
//! step may be a sweep.

use super::*;
use crate::workflow::contract::{ContractCommand, ContractDocument};
use crate::workflow::direction::{DirectionCommand, PlaceOffer};
use crate::workflow::protocol::{
    CommissionMember, Decision, MemberRole, Protocol, ProtocolCommand,
};
use crate::workflow::queue_application::{Benefit, QueueApplication, QueueCommand};
use crate::workflow::special_voucher::{SpecialVoucher, SpecialVoucherCommand};
use crate::workflow::sweep::{sweep, OpenItem, OpenState};
use crate::workflow::voucher_kg::{VoucherApplicationKg, VoucherKgCommand};
use crate::workflow::{Actor, Event, StateMachine};
use crate::{BenefitKind, Calendar};
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

/// Kazakhstan with a few holidays in the years the sequences run through.
fn calendar() -> Calendar {
    kz_with_days_off(&[
        date(2025, 3, 21),
        date(2025, 3, 24),
        date(2025, 5, 1),
        date(2025, 12, 16),
        date(2026, 1, 1),
        date(2026, 3, 9),
    ])
}

fn start(cal: &Calendar) -> DateTime<Utc> {
    local(cal, 2025, 2, 28, 23, 30)
}

/// Minutes to move on: often little, sometimes days or weeks.
fn time_step() -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => 0i64..180,
        2 => 0i64..(60 * 24 * 4),
        1 => 0i64..(60 * 24 * 60),
    ]
}

#[derive(Debug, Clone)]
enum Step<C> {
    Command(C),
    /// Whatever the clock forces now.
    Sweep,
}

fn steps<C: std::fmt::Debug + Clone>(
    command: impl Strategy<Value = C>,
) -> impl Strategy<Value = Vec<(i64, Step<C>)>> {
    let step = prop_oneof![
        4 => command.prop_map(Step::Command),
        1 => Just(Step::Sweep),
    ];
    prop::collection::vec((time_step(), step), 0..60)
}

/// A random-length prefix of a happy path (ten minutes apart), then random steps: random
/// commands alone rarely walk a 7-step path inside a 5-working-day window.
fn steps_after<C: std::fmt::Debug + Clone + 'static>(
    happy: Vec<C>,
    command: impl Strategy<Value = C> + 'static,
) -> impl Strategy<Value = Vec<(i64, Step<C>)>> {
    let len = happy.len();
    (0..=len, steps(command)).prop_map(move |(k, random)| {
        let prefix = happy[..k].iter().cloned().map(|c| (10, Step::Command(c)));
        prefix.chain(random).collect()
    })
}

fn queue_happy_path() -> Vec<QueueCommand> {
    vec![
        QueueCommand::AcceptIntoQueue,
        QueueCommand::TurnCame,
        QueueCommand::ChooseKindergarten {
            kindergarten: "KG".into(),
            offer: PlaceOffer::OwnTurn,
            free_places: 1,
        },
        QueueCommand::Direction(DirectionCommand::ConfirmArrival),
    ]
}

fn special_happy_path() -> Vec<SpecialVoucherCommand> {
    type C = SpecialVoucherCommand;
    vec![
        C::ConfirmDocuments { by: staff("P") },
        C::IssueVoucher,
        C::ConfirmInterest,
        C::RequestEnrolment {
            kindergarten: "DO".into(),
            group: "G".into(),
        },
        C::SendContract,
        C::Contract(ContractCommand::SignByParent {
            documents: ContractDocument::required(true),
            signature: "cms".into(),
        }),
        C::Contract(ContractCommand::SignByHead {
            by: staff("Head"),
            signature: "cms".into(),
        }),
    ]
}

fn benefit(category: &str) -> Benefit {
    Benefit {
        category: category.into(),
        kind: if category == "none" {
            BenefitKind::General
        } else {
            BenefitKind::OutOfTurn
        },
    }
}

fn queue_command() -> impl Strategy<Value = QueueCommand> {
    prop_oneof![
        1 => Just(QueueCommand::AcceptIntoQueue),
        1 => prop::sample::select(vec!["none", "disability"])
            .prop_map(|c| QueueCommand::ChangeBenefit { to: benefit(c) }),
        1 => Just(QueueCommand::ConfirmInterest),
        3 => Just(QueueCommand::TurnCame),
        3 => (any::<bool>(), 0u32..3).prop_map(|(own, free_places)| {
            QueueCommand::ChooseKindergarten {
                kindergarten: "KG".into(),
                offer: if own { PlaceOffer::OwnTurn } else { PlaceOffer::FreeChoice },
                free_places,
            }
        }),
        1 => (0u32..35).prop_map(|days| QueueCommand::Direction(DirectionCommand::Extend { days })),
        1 => Just(QueueCommand::Direction(DirectionCommand::AnnulByApplicant)),
        1 => Just(QueueCommand::Direction(DirectionCommand::ConfirmArrival)),
        1 => Just(QueueCommand::Direction(DirectionCommand::Expire)),
        1 => Just(QueueCommand::Withdraw { by: Actor::Applicant }),
        1 => Just(QueueCommand::Archive),
        1 => Just(QueueCommand::ChoiceWindowClosed),
        1 => Just(QueueCommand::InterestNotConfirmed),
        1 => Just(QueueCommand::StopListEnded),
    ]
}

fn special_command() -> impl Strategy<Value = SpecialVoucherCommand> {
    type C = SpecialVoucherCommand;
    let contract = prop_oneof![
        any::<bool>().prop_map(|all| ContractCommand::SignByParent {
            documents: if all {
                ContractDocument::required(true)
            } else {
                ContractDocument::required(false)
            },
            signature: "cms".into(),
        }),
        Just(ContractCommand::ReturnToParent {
            by: staff("Head"),
            reason: "scan".into()
        }),
        Just(ContractCommand::SignByHead {
            by: staff("Head"),
            signature: "cms".into()
        }),
        Just(ContractCommand::Cancel {
            by: staff("Head"),
            reason: "no".into()
        }),
    ];
    prop_oneof![
        2 => Just(C::ConfirmDocuments { by: staff("P") }),
        1 => Just(C::RejectDocuments { by: staff("P"), reason: "x".into() }),
        2 => Just(C::IssueVoucher),
        2 => Just(C::ConfirmInterest),
        1 => Just(C::RefuseVoucher),
        1 => Just(C::Restore),
        1 => Just(C::Extend),
        3 => Just(C::RequestEnrolment { kindergarten: "DO".into(), group: "G".into() }),
        1 => Just(C::DeclineEnrolment { by: staff("Head"), reason: "full".into() }),
        3 => Just(C::SendContract),
        6 => contract.prop_map(C::Contract),
        1 => Just(C::Withdraw),
        1 => Just(C::InterestNotConfirmed),
        1 => Just(C::RestoreWindowClosed),
        1 => Just(C::OfferExtension),
        1 => Just(C::EnrolmentWindowClosed),
    ]
}

fn kg_command() -> impl Strategy<Value = VoucherKgCommand> {
    type C = VoucherKgCommand;
    prop_oneof![
        Just(C::StartReview { by: staff("S") }),
        prop::sample::select(vec!["orphan", "disability"])
            .prop_map(|c| C::CorrectCategory { category: c.into() }),
        (any::<bool>(), prop::sample::select(vec!["", "1", "2"])).prop_map(|(ok, n)| C::Decide {
            decision: if ok {
                Decision::Approved
            } else {
                Decision::Rejected
            },
            protocol_number: n.into(),
        }),
        Just(C::Reopen {
            by: staff("S"),
            reason: "returned".into()
        }),
        prop::sample::select(vec!["1", "2"]).prop_map(|n| C::ProtocolSigned {
            protocol_number: n.into()
        }),
        Just(C::Withdraw),
        Just(C::Archive),
    ]
}

fn members() -> Vec<CommissionMember> {
    let m = |id: &str, role, active| CommissionMember {
        id: id.into(),
        full_name: id.into(),
        role,
        active,
    };
    vec![
        m("chair", MemberRole::Chairman, true),
        m("m1", MemberRole::Member, true),
        m("old", MemberRole::Member, false),
    ]
}

fn protocol_command() -> impl Strategy<Value = ProtocolCommand> {
    type C = ProtocolCommand;
    let member = prop::sample::select(members());
    prop_oneof![
        prop::sample::select(vec!["", "12/34"]).prop_map(|n| C::SetNumber { number: n.into() }),
        prop::collection::vec(member.clone(), 0..3).prop_map(|members| C::SetPresent { members }),
        any::<bool>().prop_map(|ok| C::RecordDecision {
            application: "A".into(),
            decision: if ok {
                Decision::Approved
            } else {
                Decision::Rejected
            },
        }),
        Just(C::SetComment {
            comment: "c".into()
        }),
        Just(C::SendForSignature { roster: members() }),
        member.clone().prop_map(|by| C::ReturnToDraft {
            by,
            reason: "r".into()
        }),
        member.prop_map(|by| C::Sign {
            by,
            signature: "cms".into()
        }),
    ]
}

/// Runs a sequence and checks the properties every machine shares.
fn check_machine<M: StateMachine>(
    mut state: M,
    steps: Vec<(i64, Step<M::Command>)>,
    due: impl Fn(&M, DateTime<Utc>) -> Option<M::Command>,
    cal: &Calendar,
) -> Result<(), TestCaseError> {
    let mut now = start(cal);
    for (minutes, step) in steps {
        now += Duration::minutes(minutes);
        let command = match step {
            Step::Command(c) => c,
            Step::Sweep => match due(&state, now) {
                Some(c) => c,
                None => continue,
            },
        };
        match state.apply(command.clone(), now, cal) {
            Ok((next, events)) => {
                prop_assert!(
                    !state.is_terminal(),
                    "{} left terminal {}",
                    next.code(),
                    state.code()
                );
                prop_assert!(
                    !state.is_closed() || next.is_closed(),
                    "{:?} reopened closed {}",
                    command,
                    state.code()
                );
                let changed: Vec<_> = events
                    .iter()
                    .filter_map(|e| match e {
                        Event::StatusChanged { from, to } => Some((*from, *to)),
                        _ => None,
                    })
                    .collect();
                if state.code() == next.code() {
                    prop_assert!(
                        changed.is_empty(),
                        "status event without a change: {:?}",
                        command
                    );
                } else {
                    prop_assert_eq!(changed, vec![(state.code(), next.code())]);
                }
                state = next;
            }
            // A refusal names its rule; the state is borrowed, so it cannot have changed.
            Err(e) => prop_assert!(!e.code().is_empty()),
        }
        if state.is_terminal() {
            let later = due(&state, now + Duration::days(400));
            prop_assert!(
                later.is_none(),
                "terminal {} has a deadline: {:?}",
                state.code(),
                later
            );
        }
    }
    Ok(())
}

/// Plays random commands, then checks the sweep at a random later time: idempotent, and each
/// forced step equal to the same command by hand.
fn check_sweep(
    state: OpenState,
    later_minutes: i64,
    cal: &Calendar,
    now: DateTime<Utc>,
) -> Result<(), TestCaseError> {
    let at = now + Duration::minutes(later_minutes);
    let items = vec![OpenItem {
        id: "x".into(),
        state,
    }];
    let forced = sweep(&items, at, cal);
    let mut current = items[0].state.clone();
    for f in &forced {
        let by_hand = current.apply(f.command.clone(), at, cal);
        prop_assert_eq!(by_hand, Ok((f.after.clone(), f.events.clone())));
        current = f.after.clone();
    }
    let stored = vec![OpenItem {
        id: "x".into(),
        state: current,
    }];
    prop_assert!(
        sweep(&stored, at, cal).is_empty(),
        "second sweep forced something"
    );
    Ok(())
}

/// Applies what succeeds and ignores refusals; returns the final state and time.
fn play<M: StateMachine>(
    mut state: M,
    steps: &[(i64, Step<M::Command>)],
    cal: &Calendar,
) -> (M, DateTime<Utc>) {
    let mut now = start(cal);
    for (minutes, step) in steps {
        now += Duration::minutes(*minutes);
        if let Step::Command(c) = step {
            if let Ok((next, _)) = state.apply(c.clone(), now, cal) {
                state = next;
            }
        }
    }
    (state, now)
}

fn birth_date() -> impl Strategy<Value = chrono::NaiveDate> {
    prop::sample::select(vec![
        date(2020, 2, 29),
        date(2023, 2, 28),
        date(2023, 3, 1),
        date(2024, 2, 29),
        date(2021, 12, 31),
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn queue_applications_keep_their_invariants(birth in birth_date(), steps in steps_after(queue_happy_path(), queue_command())) {
        let cal = calendar();
        let app = QueueApplication::register(birth, benefit("none"), start(&cal));
        check_machine(app, steps, |a, now| a.due(now), &cal)?;
    }

    #[test]
    fn special_vouchers_keep_their_invariants(steps in steps_after(special_happy_path(), special_command())) {
        let cal = calendar();
        let v = SpecialVoucher::submit("speech", start(&cal));
        check_machine(v, steps, |v, now| v.due(now, &cal), &cal)?;
    }

    #[test]
    fn kg_vouchers_keep_their_invariants(steps in steps(kg_command())) {
        let cal = calendar();
        let (v, _) = VoucherApplicationKg::submit(vec!["orphan".into(), "disability".into()], start(&cal));
        check_machine(v, steps, |_, _| None, &cal)?;
    }

    #[test]
    fn protocols_keep_their_invariants(steps in steps(protocol_command())) {
        let cal = calendar();
        check_machine(Protocol::draft(), steps, |_, _| None, &cal)?;
    }

    #[test]
    fn signed_protocols_list_only_active_members_and_are_signed_by_the_chairman(
        steps in steps(protocol_command())
    ) {
        let cal = calendar();
        let (p, _) = play(Protocol::draft(), &steps, &cal);
        if p.is_terminal() {
            prop_assert!(p.content.present.iter().all(|m| m.active));
            prop_assert!(!p.content.number.is_empty());
        }
    }

    #[test]
    fn sweeping_queue_applications_is_idempotent(
        birth in birth_date(),
        steps in steps_after(queue_happy_path(), queue_command()),
        later in 0i64..(60 * 24 * 500),
    ) {
        let cal = calendar();
        let app = QueueApplication::register(birth, benefit("none"), start(&cal));
        let (app, now) = play(app, &steps, &cal);
        check_sweep(OpenState::Queue(app), later, &cal, now)?;
    }

    #[test]
    fn sweeping_special_vouchers_is_idempotent(
        steps in steps_after(special_happy_path(), special_command()),
        later in 0i64..(60 * 24 * 90),
    ) {
        let cal = calendar();
        let (v, now) = play(SpecialVoucher::submit("speech", start(&cal)), &steps, &cal);
        check_sweep(OpenState::SpecialVoucher(v), later, &cal, now)?;
    }
}

/// The properties above mean something only if the random sequences reach the deep states.
fn reached<M: StateMachine>(
    start_state: impl Fn() -> M,
    strategy: impl Strategy<Value = Vec<(i64, Step<M::Command>)>>,
    due: impl Fn(&M, DateTime<Utc>) -> Option<M::Command>,
) -> std::collections::BTreeSet<&'static str> {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let cal = calendar();
    let mut runner = TestRunner::deterministic();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..400 {
        let steps = strategy.new_tree(&mut runner).unwrap().current();
        let mut state = start_state();
        let mut now = start(&cal);
        seen.insert(state.code());
        for (minutes, step) in steps {
            now += Duration::minutes(minutes);
            let command = match step {
                Step::Command(c) => Some(c),
                Step::Sweep => due(&state, now),
            };
            if let Some(Ok((next, _))) = command.map(|c| state.apply(c, now, &cal)) {
                state = next;
                seen.insert(state.code());
            }
        }
    }
    seen
}

#[test]
fn random_sequences_reach_every_state() {
    let cal = calendar();
    let queue = reached(
        || QueueApplication::register(date(2020, 2, 29), benefit("none"), start(&cal)),
        steps_after(queue_happy_path(), queue_command()),
        |a, now| a.due(now),
    );
    for code in [
        "in_queue",
        "notified",
        "directed",
        "enrolled",
        "withdrawn",
        "removed",
        "archived",
    ] {
        assert!(
            queue.contains(code),
            "queue never reached {code}: {queue:?}"
        );
    }
    let special = reached(
        || SpecialVoucher::submit("speech", start(&cal)),
        steps_after(special_happy_path(), special_command()),
        |v, now| v.due(now, &cal),
    );
    for code in [
        "in_queue",
        "voucher_issued",
        "stop_list",
        "choosing_kindergarten",
        "awaiting_contract",
        "contract_to_sign",
        "contract_signed_by_parent",
        "enrolled",
        "archived",
    ] {
        assert!(
            special.contains(code),
            "special voucher never reached {code}: {special:?}"
        );
    }
    let protocol = reached(Protocol::draft, steps(protocol_command()), |_, _| None);
    assert!(protocol.contains("signed"), "{protocol:?}");
    let kg = reached(
        || VoucherApplicationKg::submit(vec!["orphan".into()], start(&cal)).0,
        steps(kg_command()),
        |_, _| None,
    );
    for code in ["decided", "voucher_active", "rejected", "archived"] {
        assert!(kg.contains(code), "kg voucher never reached {code}: {kg:?}");
    }
}
