use super::*;
use crate::workflow::contract::{ContractCommand, ContractDocument};
use crate::workflow::special_voucher::*;
use crate::workflow::{AnnulmentReason, DomainError, Event, NotificationKind, StateMachine};
use crate::Calendar;
use chrono::{DateTime, Utc};

type C = SpecialVoucherCommand;

fn run(
    v: &SpecialVoucher,
    cmd: C,
    now: DateTime<Utc>,
    cal: &Calendar,
) -> (SpecialVoucher, Vec<Event>) {
    v.apply(cmd.clone(), now, cal)
        .unwrap_or_else(|e| panic!("{} refused in {}: {e}", cmd.code(), v.code()))
}

fn in_queue(cal: &Calendar) -> SpecialVoucher {
    let now = local(cal, 2025, 2, 3, 10, 0);
    let v = SpecialVoucher::submit("speech", now);
    run(&v, C::ConfirmDocuments { by: staff("PMPK") }, now, cal).0
}

/// Voucher issued on Thursday 6 March 2025, 11:00: confirm by the end of Monday 10 March.
fn issued(cal: &Calendar) -> SpecialVoucher {
    run(
        &in_queue(cal),
        C::IssueVoucher,
        local(cal, 2025, 3, 6, 11, 0),
        cal,
    )
    .0
}

/// Interest confirmed on Monday 3 March 2025, 12:00: enrol by the end of Monday 10 March.
fn choosing(cal: &Calendar) -> SpecialVoucher {
    let v = run(
        &in_queue(cal),
        C::IssueVoucher,
        local(cal, 2025, 2, 28, 11, 0),
        cal,
    )
    .0;
    run(&v, C::ConfirmInterest, local(cal, 2025, 3, 3, 12, 0), cal).0
}

fn all_documents() -> Vec<ContractDocument> {
    ContractDocument::required(true)
}

#[test]
fn pmpk_confirmation_gives_a_queue_place() {
    let cal = kz();
    let now = local(&cal, 2025, 2, 3, 10, 0);
    let v = SpecialVoucher::submit("speech", now);
    assert_eq!(v.code(), "awaiting_documents");
    let (v, events) = run(&v, C::ConfirmDocuments { by: staff("PMPK") }, now, &cal);
    assert_eq!(v.code(), "in_queue");
    assert_eq!(notifications(&events), ["special_queue_confirmed"]);
}

#[test]
fn a_rejection_is_archived_with_who_rejected_and_why() {
    let cal = kz();
    let now = local(&cal, 2025, 2, 3, 10, 0);
    let v = SpecialVoucher::submit("speech", now);
    let reject = |reason: &str| C::RejectDocuments {
        by: staff("Ахметова А. А."),
        reason: reason.into(),
    };
    assert_eq!(
        v.apply(reject("  "), now, &cal),
        Err(DomainError::ReasonRequired)
    );
    let (v, events) = run(&v, reject("PMPK conclusion expired"), now, &cal);
    assert!(v.is_terminal());
    assert!(matches!(
        &v.state,
        SpecialVoucherState::Archived { reason: ArchiveReason::Rejected { by, .. }, .. }
            if by.full_name == "Ахметова А. А."
    ));
    assert!(events.contains(&Event::NotificationDue {
        kind: NotificationKind::SpecialQueueRejected {
            by: "Ахметова А. А.".into()
        }
    }));
}

#[test]
fn interest_must_be_confirmed_within_two_working_days() {
    let cal = kz();
    let v = issued(&cal);
    let confirm_by = cal.end_of_day(date(2025, 3, 10));
    assert!(
        matches!(v.state, SpecialVoucherState::VoucherIssued { confirm_by: c, .. } if c == confirm_by)
    );
    assert!(v
        .apply(C::ConfirmInterest, last_second(&cal, 2025, 3, 10), &cal)
        .is_ok());
    let midnight = local(&cal, 2025, 3, 11, 0, 0);
    assert_eq!(
        v.apply(C::ConfirmInterest, midnight, &cal),
        Err(DomainError::DeadlinePassed {
            deadline: confirm_by
        })
    );
    assert_eq!(v.due(last_second(&cal, 2025, 3, 10), &cal), None);
    assert_eq!(v.due(midnight, &cal), Some(C::InterestNotConfirmed));
}

#[test]
fn a_holiday_inside_the_two_days_moves_the_confirmation_deadline() {
    let cal = kz_with_days_off(&[date(2025, 3, 7)]);
    let v = issued(&cal);
    // Thursday 6 March: Fri 7 is off, so Mon 10 and Tue 11.
    assert!(
        matches!(v.state, SpecialVoucherState::VoucherIssued { confirm_by, .. }
        if confirm_by == cal.end_of_day(date(2025, 3, 11)))
    );
}

#[test]
fn unconfirmed_interest_annuls_the_voucher_and_stop_lists_it_with_one_restore_in_28_days() {
    let cal = kz();
    let v = issued(&cal);
    let (v, events) = run(
        &v,
        C::InterestNotConfirmed,
        local(&cal, 2025, 3, 12, 8, 0),
        &cal,
    );
    // Day 1 is Tuesday 11 March, day 28 is Monday 7 April.
    let restore_until = cal.end_of_day(date(2025, 4, 7));
    assert_eq!(v.code(), "stop_list");
    assert!(events.contains(&Event::VoucherAnnulled {
        reason: AnnulmentReason::InterestNotConfirmed
    }));
    assert!(events.contains(&Event::PutOnStopList {
        until: restore_until
    }));
    assert_eq!(
        v.apply(C::IssueVoucher, last_second(&cal, 2025, 4, 7), &cal),
        Err(DomainError::OnStopList {
            until: restore_until
        })
    );
    // Restoring on the last day works; at 00:00 the next day it is too late.
    let (restored, events) = run(&v, C::Restore, last_second(&cal, 2025, 4, 7), &cal);
    assert_eq!(restored.code(), "in_queue");
    assert!(restored.restored);
    assert!(events.contains(&Event::Restored));
    let midnight = local(&cal, 2025, 4, 8, 0, 0);
    assert_eq!(
        v.apply(C::Restore, midnight, &cal),
        Err(DomainError::DeadlinePassed {
            deadline: restore_until
        })
    );
    assert_eq!(v.due(midnight, &cal), Some(C::RestoreWindowClosed));
    let (gone, _) = run(&v, C::RestoreWindowClosed, midnight, &cal);
    assert!(matches!(
        gone.state,
        SpecialVoucherState::Archived {
            reason: ArchiveReason::NotRestored,
            ..
        }
    ));

    // A second unconfirmed voucher after the restore archives at once.
    let (again, _) = run(
        &restored,
        C::IssueVoucher,
        local(&cal, 2025, 4, 14, 9, 0),
        &cal,
    );
    let (gone, _) = run(
        &again,
        C::InterestNotConfirmed,
        local(&cal, 2025, 4, 17, 0, 0),
        &cal,
    );
    assert!(matches!(
        gone.state,
        SpecialVoucherState::Archived {
            reason: ArchiveReason::InterestNotConfirmedAgain,
            ..
        }
    ));
}

#[test]
fn a_restore_window_ending_on_a_holiday_runs_to_the_next_working_day() {
    let cal = kz_with_days_off(&[date(2025, 4, 11)]);
    // Issued Wed 12 March → confirm by the end of Fri 14 → day 1 is Sat 15 March,
    // day 28 is Fri 11 April, a day off → Monday 14 April.
    let v = run(
        &in_queue(&cal),
        C::IssueVoucher,
        local(&cal, 2025, 3, 12, 9, 0),
        &cal,
    )
    .0;
    let (v, _) = run(
        &v,
        C::InterestNotConfirmed,
        local(&cal, 2025, 3, 15, 0, 0),
        &cal,
    );
    assert!(
        matches!(v.state, SpecialVoucherState::StopList { restore_until, .. }
        if restore_until == cal.end_of_day(date(2025, 4, 14)))
    );
}

#[test]
fn refusing_the_voucher_archives_the_application() {
    let cal = kz();
    let (v, events) = run(
        &issued(&cal),
        C::RefuseVoucher,
        local(&cal, 2025, 3, 7, 9, 0),
        &cal,
    );
    assert!(matches!(
        v.state,
        SpecialVoucherState::Archived {
            reason: ArchiveReason::VoucherRefused,
            ..
        }
    ));
    assert!(events.contains(&Event::VoucherAnnulled {
        reason: AnnulmentReason::Refused
    }));
}

#[test]
fn five_working_days_to_enrol_with_the_extension_offered_on_the_fifth() {
    let cal = kz();
    let v = choosing(&cal);
    let w = v.window().unwrap().clone();
    assert_eq!(w.enrol_by, cal.end_of_day(date(2025, 3, 10)));
    // Monday 3 March: the 5th working day is Monday 10 March.
    let offered_from = local(&cal, 2025, 3, 10, 0, 0);
    assert_eq!(w.extension_offered_from(&cal), offered_from);
    assert_eq!(
        v.apply(C::Extend, last_second(&cal, 2025, 3, 9), &cal),
        Err(DomainError::ExtensionNotOffered { offered_from })
    );
    assert_eq!(v.due(last_second(&cal, 2025, 3, 9), &cal), None);
    assert_eq!(v.due(offered_from, &cal), Some(C::OfferExtension));
    let (offered, events) = run(&v, C::OfferExtension, offered_from, &cal);
    assert_eq!(notifications(&events), ["extension_offered"]);
    assert_eq!(offered.due(offered_from, &cal), None);
    // Two more working days: Tue 11, Wed 12.
    let (extended, events) = run(&offered, C::Extend, last_second(&cal, 2025, 3, 10), &cal);
    let enrol_by = cal.end_of_day(date(2025, 3, 12));
    assert_eq!(events, vec![Event::EnrolmentWindowExtended { enrol_by }]);
    assert_eq!(extended.window().unwrap().enrol_by, enrol_by);
    assert_eq!(
        extended.apply(C::Extend, local(&cal, 2025, 3, 11, 9, 0), &cal),
        Err(DomainError::ExtensionAlreadyUsed)
    );
    // Unextended, the window closes at 00:00 on Tuesday.
    let midnight = local(&cal, 2025, 3, 11, 0, 0);
    assert_eq!(
        v.apply(C::Extend, midnight, &cal).unwrap_err().code(),
        "deadline_passed"
    );
    assert_eq!(v.due(midnight, &cal), Some(C::EnrolmentWindowClosed));
}

#[test]
fn the_extension_is_offered_on_the_fifth_working_day_not_the_weekend_before() {
    let cal = kz();
    let v = run(
        &in_queue(&cal),
        C::IssueVoucher,
        local(&cal, 2025, 3, 3, 9, 0),
        &cal,
    )
    .0;
    // Confirmed Tuesday 4 March: the 5th working day is Tuesday 11 March.
    let (v, _) = run(&v, C::ConfirmInterest, local(&cal, 2025, 3, 4, 9, 0), &cal);
    assert_eq!(
        v.window().unwrap().extension_offered_from(&cal),
        local(&cal, 2025, 3, 11, 0, 0)
    );
    assert_eq!(v.due(local(&cal, 2025, 3, 10, 23, 0), &cal), None);
}

#[test]
fn enrolment_through_the_contract_signed_by_parent_then_kindergarten() {
    let cal = kz();
    let now = local(&cal, 2025, 3, 4, 10, 0);
    let v = choosing(&cal);
    let (v, events) = run(
        &v,
        C::RequestEnrolment {
            kindergarten: "DO-12".into(),
            group: "G-3".into(),
        },
        now,
        &cal,
    );
    assert_eq!(v.code(), "awaiting_contract");
    assert!(codes(&events).contains(&"enrolment_requested"));
    let (v, events) = run(&v, C::SendContract, now, &cal);
    assert_eq!(v.code(), "contract_to_sign");
    assert_eq!(notifications(&events), ["contract_to_sign"]);
    let mut missing = all_documents();
    missing.retain(|d| *d != ContractDocument::PmpkConclusion);
    let sign = |documents| {
        C::Contract(ContractCommand::SignByParent {
            documents,
            signature: "cms-1".into(),
        })
    };
    assert_eq!(
        v.apply(sign(missing), now, &cal),
        Err(DomainError::MissingDocuments {
            missing: vec![ContractDocument::PmpkConclusion]
        })
    );
    let (v, _) = run(&v, sign(all_documents()), now, &cal);
    assert_eq!(v.code(), "contract_signed_by_parent");
    let head = C::Contract(ContractCommand::SignByHead {
        by: staff("Head"),
        signature: "cms-2".into(),
    });
    let (v, events) = run(&v, head, last_second(&cal, 2025, 3, 10), &cal);
    assert_eq!(v.code(), "enrolled");
    assert!(v.is_terminal());
    assert!(codes(&events).contains(&"contract_in_force"));
    assert_eq!(notifications(&events), ["enrolled"]);
}

#[test]
fn a_missed_window_annuls_the_voucher_even_while_waiting_for_the_kindergarten() {
    let cal = kz();
    let v = choosing(&cal);
    let (v, _) = run(
        &v,
        C::RequestEnrolment {
            kindergarten: "DO-12".into(),
            group: "G-3".into(),
        },
        local(&cal, 2025, 3, 4, 10, 0),
        &cal,
    );
    let midnight = local(&cal, 2025, 3, 11, 0, 0);
    assert_eq!(
        v.apply(C::SendContract, midnight, &cal).unwrap_err().code(),
        "deadline_passed"
    );
    let (v, events) = run(&v, C::EnrolmentWindowClosed, midnight, &cal);
    assert!(matches!(
        v.state,
        SpecialVoucherState::Archived {
            reason: ArchiveReason::NotEnrolledInTime,
            ..
        }
    ));
    assert!(events.contains(&Event::VoucherAnnulled {
        reason: AnnulmentReason::NotEnrolledInTime
    }));
}

#[test]
fn a_declined_request_or_cancelled_contract_returns_to_choosing_in_the_same_window() {
    let cal = kz();
    let now = local(&cal, 2025, 3, 4, 10, 0);
    let request = C::RequestEnrolment {
        kindergarten: "DO-12".into(),
        group: "G-3".into(),
    };
    let (v, _) = run(&choosing(&cal), request, now, &cal);
    let window = v.window().unwrap().clone();
    let (declined, _) = run(
        &v,
        C::DeclineEnrolment {
            by: staff("Head"),
            reason: "group full".into(),
        },
        now,
        &cal,
    );
    assert_eq!(declined.code(), "choosing_kindergarten");
    assert_eq!(declined.window(), Some(&window));
    let (contracting, _) = run(&v, C::SendContract, now, &cal);
    let cancel = C::Contract(ContractCommand::Cancel {
        by: staff("Head"),
        reason: "documents".into(),
    });
    let (back, _) = run(&contracting, cancel, now, &cal);
    assert_eq!(back.code(), "choosing_kindergarten");
    assert_eq!(back.window(), Some(&window));
}
