use super::*;
use crate::workflow::contract::*;
use crate::workflow::{DomainError, StateMachine};

fn drafted(pmpk: bool) -> EnrolmentContract {
    EnrolmentContract::draft("DO-1", "G-1", pmpk, local(&kz(), 2025, 3, 3, 9, 0)).0
}

fn sign_by_parent(documents: Vec<ContractDocument>) -> ContractCommand {
    ContractCommand::SignByParent {
        documents,
        signature: "cms".into(),
    }
}

#[test]
fn the_pmpk_conclusion_is_required_only_when_the_child_has_one() {
    let cal = kz();
    let now = local(&cal, 2025, 3, 3, 10, 0);
    let basic = ContractDocument::required(false);
    assert!(drafted(false)
        .apply(sign_by_parent(basic.clone()), now, &cal)
        .is_ok());
    assert_eq!(
        drafted(true).apply(sign_by_parent(basic), now, &cal),
        Err(DomainError::MissingDocuments {
            missing: vec![ContractDocument::PmpkConclusion]
        })
    );
    let unsigned = ContractCommand::SignByParent {
        documents: ContractDocument::required(false),
        signature: " ".into(),
    };
    assert_eq!(
        drafted(false).apply(unsigned, now, &cal),
        Err(DomainError::SignatureRequired)
    );
}

#[test]
fn the_head_signs_after_the_parent_and_the_contract_is_then_immutable() {
    let cal = kz();
    let now = local(&cal, 2025, 3, 3, 10, 0);
    let head = ContractCommand::SignByHead {
        by: staff("Head"),
        signature: "cms-head".into(),
    };
    let c = drafted(false);
    assert_eq!(
        c.apply(head.clone(), now, &cal).unwrap_err().code(),
        "not_allowed_in_state"
    );
    let (c, _) = c
        .apply(sign_by_parent(ContractDocument::required(false)), now, &cal)
        .unwrap();
    let (c, _) = c.apply(head.clone(), now, &cal).unwrap();
    assert_eq!(c.code(), "in_force");
    assert_eq!(c.apply(head, now, &cal), Err(DomainError::Immutable));
}

#[test]
fn the_head_may_return_it_to_the_parent_with_a_reason() {
    let cal = kz();
    let now = local(&cal, 2025, 3, 3, 10, 0);
    let (c, _) = drafted(false)
        .apply(sign_by_parent(ContractDocument::required(false)), now, &cal)
        .unwrap();
    let back = |reason: &str| ContractCommand::ReturnToParent {
        by: staff("Head"),
        reason: reason.into(),
    };
    assert_eq!(
        c.apply(back(""), now, &cal),
        Err(DomainError::ReasonRequired)
    );
    let (c, events) = c.apply(back("unreadable scan"), now, &cal).unwrap();
    assert_eq!(c.code(), "drafted");
    assert_eq!(notifications(&events), ["contract_returned"]);
}
