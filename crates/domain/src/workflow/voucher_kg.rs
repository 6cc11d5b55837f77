//! The voucher application in Kyrgyzstan, AIS "Balalyk" (seeds 000, 001).
//!
//! submitted (the parent's form, seed 001) → under review (the commission's secretary checks
//! it, seed 000) → decided in a protocol (approved / rejected, with the protocol's number) →
//! the protocol is signed by the chairman → voucher active, or rejected. The parent hears the
//! decision only once the protocol is signed: before that it is a draft that the chairman may
//! return, which brings the application back under review.
//!
//! Exactly one benefit category: parents may tick several or a wrong one (seed 000), the
//! secretary sets the one that applies, and no decision is recorded until there is exactly one.

use super::protocol::Decision;
use super::{
    not_allowed, require_reason, DomainError, Event, NotificationKind, Staff, StateMachine,
};
use crate::{ApplicationStatus, Calendar};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoucherApplicationKg {
    /// Category codes as given; exactly one once the secretary has checked them.
    pub categories: Vec<String>,
    pub state: VoucherKgState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum VoucherKgState {
    Submitted {
        at: DateTime<Utc>,
    },
    UnderReview {
        since: DateTime<Utc>,
        secretary: Staff,
    },
    /// Recorded in a protocol that is not signed yet.
    Decided {
        decision: Decision,
        protocol_number: String,
    },
    VoucherActive {
        since: DateTime<Utc>,
        protocol_number: String,
    },
    Rejected {
        at: DateTime<Utc>,
        protocol_number: String,
    },
    Withdrawn {
        at: DateTime<Utc>,
    },
    Archived {
        at: DateTime<Utc>,
    },
}

impl VoucherKgState {
    codes! {
        /// The state's stable code (locale id `voucher-kg-state-<code>`).
        pub fn code(&self);
        Self::Submitted { .. } => "submitted",
        Self::UnderReview { .. } => "under_review",
        Self::Decided { .. } => "decided",
        Self::VoucherActive { .. } => "voucher_active",
        Self::Rejected { .. } => "rejected",
        Self::Withdrawn { .. } => "withdrawn",
        Self::Archived { .. } => "archived",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum VoucherKgCommand {
    /// The secretary takes the application.
    StartReview {
        by: Staff,
    },
    /// The secretary sets the one benefit category.
    CorrectCategory {
        category: String,
    },
    /// "Одобрить/Отклонить" with the protocol's number.
    Decide {
        decision: Decision,
        protocol_number: String,
    },
    /// The chairman returned the protocol: back under review, with who and why.
    Reopen {
        by: Staff,
        reason: String,
    },
    /// The protocol holding the decision was signed.
    ProtocolSigned {
        protocol_number: String,
    },
    Withdraw,
    Archive,
}

impl VoucherKgCommand {
    pub fn code(&self) -> &'static str {
        match self {
            Self::StartReview { .. } => "start_review",
            Self::CorrectCategory { .. } => "correct_category",
            Self::Decide { .. } => "decide",
            Self::Reopen { .. } => "reopen",
            Self::ProtocolSigned { .. } => "protocol_signed",
            Self::Withdraw => "withdraw",
            Self::Archive => "archive",
        }
    }
}

impl VoucherApplicationKg {
    /// The parent's application as submitted (seed 001); the parent is told it was received.
    pub fn submit(categories: Vec<String>, now: DateTime<Utc>) -> (Self, Vec<Event>) {
        let application = Self {
            categories,
            state: VoucherKgState::Submitted { at: now },
        };
        let events = vec![Event::notify(NotificationKind::ApplicationReceived)];
        (application, events)
    }

    /// How the journal shows the state.
    pub fn status(&self) -> ApplicationStatus {
        match self.state {
            VoucherKgState::Submitted { .. } => ApplicationStatus::Registered,
            VoucherKgState::UnderReview { .. } | VoucherKgState::Decided { .. } => {
                ApplicationStatus::UnderReview
            }
            VoucherKgState::VoucherActive { .. } => ApplicationStatus::VoucherIssued,
            VoucherKgState::Rejected { .. } => ApplicationStatus::Rejected,
            VoucherKgState::Withdrawn { .. } => ApplicationStatus::Withdrawn,
            VoucherKgState::Archived { .. } => ApplicationStatus::Archived,
        }
    }
}

impl StateMachine for VoucherApplicationKg {
    type Command = VoucherKgCommand;

    fn apply(
        &self,
        command: VoucherKgCommand,
        now: DateTime<Utc>,
        _calendar: &Calendar,
    ) -> Result<(Self, Vec<Event>), DomainError> {
        use VoucherKgCommand as C;
        use VoucherKgState as S;
        let code = command.code();
        let mut categories = self.categories.clone();
        let (state, mut events) = match (&self.state, command) {
            (S::Submitted { .. }, C::StartReview { by }) => (
                S::UnderReview {
                    since: now,
                    secretary: by,
                },
                vec![],
            ),
            (S::UnderReview { .. }, C::CorrectCategory { category }) => {
                let event = Event::CategoryCorrected {
                    from: self.categories.clone(),
                    to: category.clone(),
                };
                categories = vec![category];
                (self.state.clone(), vec![event])
            }
            (
                S::UnderReview { .. },
                C::Decide {
                    decision,
                    protocol_number,
                },
            ) => {
                if self.categories.len() != 1 {
                    return Err(DomainError::NotExactlyOneBenefit {
                        count: self.categories.len(),
                    });
                }
                let protocol_number = protocol_number.trim().to_string();
                if protocol_number.is_empty() {
                    return Err(DomainError::MissingProtocolNumber);
                }
                let event = Event::DecisionRecorded {
                    decision,
                    protocol_number: protocol_number.clone(),
                };
                let state = S::Decided {
                    decision,
                    protocol_number,
                };
                (state, vec![event])
            }
            (S::Decided { .. }, C::Reopen { by, reason }) => {
                require_reason(&reason)?;
                let state = S::UnderReview {
                    since: now,
                    secretary: by.clone(),
                };
                (state, vec![Event::DecisionReopened { by, reason }])
            }
            (
                S::Decided {
                    decision,
                    protocol_number: expected,
                },
                C::ProtocolSigned { protocol_number },
            ) => {
                if protocol_number != *expected {
                    return Err(DomainError::ProtocolMismatch {
                        expected: expected.clone(),
                        got: protocol_number,
                    });
                }
                let state = match decision {
                    Decision::Approved => S::VoucherActive {
                        since: now,
                        protocol_number,
                    },
                    Decision::Rejected => S::Rejected {
                        at: now,
                        protocol_number,
                    },
                };
                let note = NotificationKind::CommissionDecision {
                    decision: *decision,
                };
                (state, vec![Event::notify(note)])
            }
            (S::Submitted { .. } | S::UnderReview { .. }, C::Withdraw) => {
                (S::Withdrawn { at: now }, vec![])
            }
            (S::VoucherActive { .. } | S::Rejected { .. } | S::Withdrawn { .. }, C::Archive) => {
                (S::Archived { at: now }, vec![])
            }
            _ => return Err(not_allowed(self.code(), code)),
        };
        let next = Self { categories, state };
        Event::lead_with_status(self.code(), next.code(), &mut events);
        Ok((next, events))
    }

    fn code(&self) -> &'static str {
        self.state.code()
    }

    fn is_terminal(&self) -> bool {
        matches!(self.state, VoucherKgState::Archived { .. })
    }

    fn is_closed(&self) -> bool {
        matches!(
            self.state,
            VoucherKgState::VoucherActive { .. }
                | VoucherKgState::Rejected { .. }
                | VoucherKgState::Withdrawn { .. }
                | VoucherKgState::Archived { .. }
        )
    }
}
