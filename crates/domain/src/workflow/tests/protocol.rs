use super::*;
use crate::workflow::protocol::*;
use crate::workflow::{DomainError, StateMachine};
use chrono::{DateTime, Utc};

fn member(id: &str, role: MemberRole, active: bool) -> CommissionMember {
    CommissionMember {
        id: id.into(),
        full_name: format!("Member {id}"),
        role,
        active,
    }
}

fn roster() -> Vec<CommissionMember> {
    vec![
        member("chair", MemberRole::Chairman, true),
        member("sec", MemberRole::Secretary, true),
        member("m1", MemberRole::Member, true),
        member("old", MemberRole::Member, false),
    ]
}

fn now() -> DateTime<Utc> {
    local(&kz(), 2025, 5, 15, 10, 0)
}

fn ready() -> Protocol {
    let cal = kz();
    let p = Protocol::draft();
    let steps = [
        ProtocolCommand::SetNumber {
            number: "12/34".into(),
        },
        ProtocolCommand::SetPresent {
            members: roster()[..3].to_vec(),
        },
        ProtocolCommand::RecordDecision {
            application: "A-1".into(),
            decision: Decision::Approved,
        },
    ];
    steps
        .into_iter()
        .fold(p, |p, c| p.apply(c, now(), &cal).unwrap().0)
}

#[test]
fn inactive_members_cannot_be_listed_as_present() {
    let cal = kz();
    let err = Protocol::draft()
        .apply(
            ProtocolCommand::SetPresent { members: roster() },
            now(),
            &cal,
        )
        .unwrap_err();
    assert_eq!(
        err,
        DomainError::InactiveMember {
            member: "old".into()
        }
    );
    assert_eq!(err.code(), "inactive_member");
}

#[test]
fn sending_checks_number_members_decisions_and_the_current_roster() {
    let cal = kz();
    let send = |roster| ProtocolCommand::SendForSignature { roster };
    assert_eq!(
        Protocol::draft().apply(send(roster()), now(), &cal),
        Err(DomainError::MissingProtocolNumber)
    );
    // m1 was switched off after the drafting.
    let mut changed = roster();
    changed[2].active = false;
    assert_eq!(
        ready().apply(send(changed), now(), &cal),
        Err(DomainError::InactiveMember {
            member: "m1".into()
        })
    );
    let (sent, events) = ready().apply(send(roster()), now(), &cal).unwrap();
    assert_eq!(sent.code(), "sent_for_signature");
    assert_eq!(notifications(&events), ["protocol_to_sign"]);
    let edit = ProtocolCommand::SetComment {
        comment: "late".into(),
    };
    assert_eq!(
        sent.apply(edit, now(), &cal).unwrap_err().code(),
        "not_allowed_in_state"
    );
}

#[test]
fn only_the_active_chairman_signs_and_a_signed_protocol_never_changes() {
    let cal = kz();
    let (sent, _) = ready()
        .apply(
            ProtocolCommand::SendForSignature { roster: roster() },
            now(),
            &cal,
        )
        .unwrap();
    let sign = |by| ProtocolCommand::Sign {
        by,
        signature: "cms".into(),
    };
    assert_eq!(
        sent.apply(sign(roster()[1].clone()), now(), &cal),
        Err(DomainError::NotChairman)
    );
    let (signed, events) = sent.apply(sign(roster()[0].clone()), now(), &cal).unwrap();
    assert!(signed.is_terminal());
    assert!(codes(&events).contains(&"protocol_signed"));
    for c in [
        sign(roster()[0].clone()),
        ProtocolCommand::SetNumber { number: "1".into() },
        ProtocolCommand::ReturnToDraft {
            by: roster()[0].clone(),
            reason: "x".into(),
        },
    ] {
        assert_eq!(signed.apply(c, now(), &cal), Err(DomainError::Immutable));
    }
}

#[test]
fn the_chairman_may_return_a_draft_with_a_reason() {
    let cal = kz();
    let (sent, _) = ready()
        .apply(
            ProtocolCommand::SendForSignature { roster: roster() },
            now(),
            &cal,
        )
        .unwrap();
    let back = |reason: &str| ProtocolCommand::ReturnToDraft {
        by: roster()[0].clone(),
        reason: reason.into(),
    };
    assert_eq!(
        sent.apply(back(""), now(), &cal),
        Err(DomainError::ReasonRequired)
    );
    let (draft, _) = sent.apply(back("wrong number"), now(), &cal).unwrap();
    assert_eq!(draft.code(), "draft");
    assert_eq!(draft.content, ready().content);
}
