use super::*;
use crate::workflow::protocol::Decision;
use crate::workflow::voucher_kg::*;
use crate::workflow::{DomainError, Event, NotificationKind, StateMachine};
use crate::ApplicationStatus;

type C = VoucherKgCommand;

fn under_review(categories: &[&str]) -> VoucherApplicationKg {
    let cal = Calendar::new(Country::Kg, Default::default());
    let now = local(&cal, 2025, 5, 12, 9, 0);
    let (app, events) =
        VoucherApplicationKg::submit(categories.iter().map(|c| c.to_string()).collect(), now);
    assert_eq!(notifications(&events), ["application_received"]);
    app.apply(
        C::StartReview {
            by: staff("Secretary"),
        },
        now,
        &cal,
    )
    .unwrap()
    .0
}

fn decide(decision: Decision, number: &str) -> C {
    C::Decide {
        decision,
        protocol_number: number.into(),
    }
}

#[test]
fn a_decision_needs_exactly_one_benefit_category() {
    let cal = Calendar::new(Country::Kg, Default::default());
    let now = local(&cal, 2025, 5, 12, 10, 0);
    let app = under_review(&["orphan", "disability"]);
    assert_eq!(
        app.apply(decide(Decision::Approved, "12/34"), now, &cal),
        Err(DomainError::NotExactlyOneBenefit { count: 2 })
    );
    let none = under_review(&[]);
    assert_eq!(
        none.apply(decide(Decision::Approved, "12/34"), now, &cal)
            .unwrap_err()
            .code(),
        "not_exactly_one_benefit"
    );
    let (app, events) = app
        .apply(
            C::CorrectCategory {
                category: "orphan".into(),
            },
            now,
            &cal,
        )
        .unwrap();
    assert_eq!(app.categories, ["orphan"]);
    assert_eq!(codes(&events), ["category_corrected"]);
    assert_eq!(
        app.apply(decide(Decision::Approved, "  "), now, &cal),
        Err(DomainError::MissingProtocolNumber)
    );
    let (app, _) = app
        .apply(decide(Decision::Approved, "12/34"), now, &cal)
        .unwrap();
    assert_eq!(app.code(), "decided");
    assert_eq!(app.status(), ApplicationStatus::UnderReview);
}

#[test]
fn the_voucher_is_active_only_once_its_protocol_is_signed() {
    let cal = Calendar::new(Country::Kg, Default::default());
    let now = local(&cal, 2025, 5, 12, 10, 0);
    let (app, _) = under_review(&["orphan"])
        .apply(decide(Decision::Approved, "12/34"), now, &cal)
        .unwrap();
    let signed = |n: &str| C::ProtocolSigned {
        protocol_number: n.into(),
    };
    assert_eq!(
        app.apply(signed("12/35"), now, &cal),
        Err(DomainError::ProtocolMismatch {
            expected: "12/34".into(),
            got: "12/35".into()
        })
    );
    let (active, events) = app.apply(signed("12/34"), now, &cal).unwrap();
    assert_eq!(active.code(), "voucher_active");
    assert_eq!(active.status(), ApplicationStatus::VoucherIssued);
    assert!(events.contains(&Event::NotificationDue {
        kind: NotificationKind::CommissionDecision {
            decision: Decision::Approved
        }
    }));
    assert!(active.is_closed());
}

#[test]
fn a_rejection_and_a_returned_protocol() {
    let cal = Calendar::new(Country::Kg, Default::default());
    let now = local(&cal, 2025, 5, 12, 10, 0);
    let (app, _) = under_review(&["orphan"])
        .apply(decide(Decision::Rejected, "7"), now, &cal)
        .unwrap();
    let (back, _) = app
        .apply(
            C::Reopen {
                by: staff("Secretary"),
                reason: "chairman returned the protocol".into(),
            },
            now,
            &cal,
        )
        .unwrap();
    assert_eq!(back.code(), "under_review");
    let (rejected, _) = app
        .apply(
            C::ProtocolSigned {
                protocol_number: "7".into(),
            },
            now,
            &cal,
        )
        .unwrap();
    assert_eq!(rejected.status(), ApplicationStatus::Rejected);
    assert_eq!(
        rejected.apply(C::Withdraw, now, &cal).unwrap_err().code(),
        "not_allowed_in_state"
    );
    let (archived, _) = rejected.apply(C::Archive, now, &cal).unwrap();
    assert!(archived.is_terminal());
}
