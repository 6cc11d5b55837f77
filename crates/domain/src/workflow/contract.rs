//! The electronic enrolment contract (seed 003).
//!
//! The kindergarten drafts it and sends it to the parent; the parent fills it, attaches the
//! required documents and signs it with their key; the kindergarten head signs it, and with
//! that signature it is in force (the seed knows no later start). The head may return it to
//! the parent (who and why) or the kindergarten may cancel it, until it is in force.
//!
//! Signatures are references to stored signed blobs; checking them is the signing crate's job,
//! here a signature only has to be there.

use super::{
    not_allowed, require_reason, DomainError, Event, NotificationKind, Staff, StateMachine,
};
use crate::Calendar;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The documents seed 003 lists for concluding a contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContractDocument {
    /// "Справка формы 027/у".
    Form027,
    BirthCertificate,
    /// An identity document of one of the parents.
    ParentIdentity,
    /// "Справка формы № 052-2/у «Паспорт здоровья ребенка»".
    HealthPassport052,
    /// "Карта профилактических прививок формы № 065/у".
    Vaccinations065,
    /// "Заключение ПМПК (при наличии)": required when the child has one.
    PmpkConclusion,
}

impl ContractDocument {
    codes! {
        /// The document's stable code, as serialised (locale id `contract-document-<code>`).
        pub fn code(self);
        Self::Form027 => "form027",
        Self::BirthCertificate => "birth_certificate",
        Self::ParentIdentity => "parent_identity",
        Self::HealthPassport052 => "health_passport052",
        Self::Vaccinations065 => "vaccinations065",
        Self::PmpkConclusion => "pmpk_conclusion",
    }

    const ALWAYS: [ContractDocument; 5] = [
        Self::Form027,
        Self::BirthCertificate,
        Self::ParentIdentity,
        Self::HealthPassport052,
        Self::Vaccinations065,
    ];

    /// The documents a contract needs.
    pub fn required(pmpk_conclusion: bool) -> Vec<ContractDocument> {
        let mut all = Self::ALWAYS.to_vec();
        if pmpk_conclusion {
            all.push(Self::PmpkConclusion);
        }
        all
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolmentContract {
    pub kindergarten: String,
    pub group: String,
    /// The child has a PMPK conclusion, which must then be attached.
    pub pmpk_conclusion: bool,
    pub state: ContractState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ContractState {
    /// Drafted by the kindergarten, with the parent to fill and sign.
    Drafted { at: DateTime<Utc> },
    SignedByParent {
        at: DateTime<Utc>,
        documents: Vec<ContractDocument>,
        parent_signature: String,
    },
    /// Signed by the kindergarten head.
    InForce {
        since: DateTime<Utc>,
        parent_signature: String,
        head_signature: String,
    },
    Cancelled {
        at: DateTime<Utc>,
        by: Staff,
        reason: String,
    },
}

impl ContractState {
    codes! {
        /// The state's stable code (locale id `contract-state-<code>`).
        pub fn code(&self);
        Self::Drafted { .. } => "drafted",
        Self::SignedByParent { .. } => "signed_by_parent",
        Self::InForce { .. } => "in_force",
        Self::Cancelled { .. } => "cancelled",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum ContractCommand {
    SignByParent {
        documents: Vec<ContractDocument>,
        signature: String,
    },
    ReturnToParent {
        by: Staff,
        reason: String,
    },
    SignByHead {
        by: Staff,
        signature: String,
    },
    Cancel {
        by: Staff,
        reason: String,
    },
}

impl ContractCommand {
    pub fn code(&self) -> &'static str {
        match self {
            Self::SignByParent { .. } => "sign_contract_by_parent",
            Self::ReturnToParent { .. } => "return_contract",
            Self::SignByHead { .. } => "sign_contract_by_head",
            Self::Cancel { .. } => "cancel_contract",
        }
    }
}

impl EnrolmentContract {
    /// The kindergarten drafts a contract and sends it to the parent.
    pub fn draft(
        kindergarten: impl Into<String>,
        group: impl Into<String>,
        pmpk_conclusion: bool,
        now: DateTime<Utc>,
    ) -> (Self, Vec<Event>) {
        let contract = Self {
            kindergarten: kindergarten.into(),
            group: group.into(),
            pmpk_conclusion,
            state: ContractState::Drafted { at: now },
        };
        let events = vec![
            Event::ContractDrafted {
                kindergarten: contract.kindergarten.clone(),
            },
            Event::notify(NotificationKind::ContractToSign),
        ];
        (contract, events)
    }

    fn with_state(&self, state: ContractState) -> Self {
        Self {
            state,
            ..self.clone()
        }
    }
}

impl StateMachine for EnrolmentContract {
    type Command = ContractCommand;

    fn apply(
        &self,
        command: ContractCommand,
        now: DateTime<Utc>,
        _calendar: &Calendar,
    ) -> Result<(Self, Vec<Event>), DomainError> {
        use ContractCommand as C;
        use ContractState as S;
        if self.is_terminal() {
            return Err(match self.state {
                S::InForce { .. } => DomainError::Immutable,
                _ => not_allowed(self.code(), command.code()),
            });
        }
        let (state, events) = match (&self.state, command) {
            (
                S::Drafted { .. },
                C::SignByParent {
                    documents,
                    signature,
                },
            ) => {
                let missing: Vec<_> = ContractDocument::required(self.pmpk_conclusion)
                    .into_iter()
                    .filter(|d| !documents.contains(d))
                    .collect();
                if !missing.is_empty() {
                    return Err(DomainError::MissingDocuments { missing });
                }
                if signature.trim().is_empty() {
                    return Err(DomainError::SignatureRequired);
                }
                let state = S::SignedByParent {
                    at: now,
                    documents,
                    parent_signature: signature,
                };
                let events = vec![
                    Event::ContractSignedByParent,
                    Event::notify(NotificationKind::ContractToSignByHead),
                ];
                (state, events)
            }
            (S::SignedByParent { .. }, C::ReturnToParent { by, reason }) => {
                require_reason(&reason)?;
                let events = vec![
                    Event::ContractReturned { by, reason },
                    Event::notify(NotificationKind::ContractReturned),
                ];
                (S::Drafted { at: now }, events)
            }
            (
                S::SignedByParent {
                    parent_signature, ..
                },
                C::SignByHead { signature, .. },
            ) => {
                if signature.trim().is_empty() {
                    return Err(DomainError::SignatureRequired);
                }
                let state = S::InForce {
                    since: now,
                    parent_signature: parent_signature.clone(),
                    head_signature: signature,
                };
                (state, vec![Event::ContractInForce])
            }
            (S::Drafted { .. } | S::SignedByParent { .. }, C::Cancel { by, reason }) => {
                require_reason(&reason)?;
                let event = Event::ContractCancelled {
                    by: by.clone(),
                    reason: reason.clone(),
                };
                (
                    S::Cancelled {
                        at: now,
                        by,
                        reason,
                    },
                    vec![event],
                )
            }
            (_, command) => return Err(not_allowed(self.code(), command.code())),
        };
        Ok((self.with_state(state), events))
    }

    fn code(&self) -> &'static str {
        self.state.code()
    }

    fn is_terminal(&self) -> bool {
        matches!(
            self.state,
            ContractState::InForce { .. } | ContractState::Cancelled { .. }
        )
    }
}
