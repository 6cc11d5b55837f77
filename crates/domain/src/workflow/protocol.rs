//! The protocol of the Commission on social issues (seed 000).
//!
//! The secretary drafts it: the protocol number (numbered by the organisation's own rules, so
//! typed in), the members present, the decisions, comments. Sent for signature, it waits for
//! the chairman, who signs it with their key or returns it (who and why); once signed it never
//! changes. Only active members of the commission can be listed as present, and they are
//! checked again against the current roster when the protocol is sent, because a member can be
//! switched off between drafting and sending.

use super::{not_allowed, require_reason, DomainError, Event, NotificationKind, StateMachine};
use crate::Calendar;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The commission's decision on one application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Approved,
    Rejected,
}

impl Decision {
    codes! {
        pub fn code(self);
        Self::Approved => "approved",
        Self::Rejected => "rejected",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    Chairman,
    Secretary,
    Member,
}

/// A member as the commission's roster holds them now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommissionMember {
    pub id: String,
    pub full_name: String,
    pub role: MemberRole,
    /// The seed's switch: inactive members never appear in a protocol.
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolDecision {
    pub application: String,
    pub decision: Decision,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolContent {
    pub number: String,
    pub present: Vec<CommissionMember>,
    pub decisions: Vec<ProtocolDecision>,
    pub comment: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Protocol {
    pub content: ProtocolContent,
    pub state: ProtocolState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ProtocolState {
    Draft,
    SentForSignature {
        sent_at: DateTime<Utc>,
    },
    Signed {
        signed_at: DateTime<Utc>,
        /// The chairman's member id.
        by: String,
        signature: String,
    },
}

impl ProtocolState {
    codes! {
        /// The state's stable code (locale id `protocol-state-<code>`).
        pub fn code(&self);
        Self::Draft => "draft",
        Self::SentForSignature { .. } => "sent_for_signature",
        Self::Signed { .. } => "signed",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum ProtocolCommand {
    SetNumber {
        number: String,
    },
    SetPresent {
        members: Vec<CommissionMember>,
    },
    /// Records (or replaces) the decision on one application.
    RecordDecision {
        application: String,
        decision: Decision,
    },
    SetComment {
        comment: String,
    },
    SendForSignature {
        roster: Vec<CommissionMember>,
    },
    ReturnToDraft {
        by: CommissionMember,
        reason: String,
    },
    Sign {
        by: CommissionMember,
        signature: String,
    },
}

impl ProtocolCommand {
    pub fn code(&self) -> &'static str {
        match self {
            Self::SetNumber { .. } => "set_protocol_number",
            Self::SetPresent { .. } => "set_members_present",
            Self::RecordDecision { .. } => "record_decision",
            Self::SetComment { .. } => "set_comment",
            Self::SendForSignature { .. } => "send_for_signature",
            Self::ReturnToDraft { .. } => "return_protocol",
            Self::Sign { .. } => "sign_protocol",
        }
    }
}

impl Protocol {
    pub fn draft() -> Self {
        Self {
            content: ProtocolContent::default(),
            state: ProtocolState::Draft,
        }
    }

    fn edit(&self, command: ProtocolCommand) -> Result<(ProtocolContent, Event), DomainError> {
        let mut content = self.content.clone();
        let event = match command {
            ProtocolCommand::SetNumber { number } => {
                let number = number.trim().to_string();
                if number.is_empty() {
                    return Err(DomainError::MissingProtocolNumber);
                }
                content.number = number.clone();
                Event::ProtocolNumberSet { number }
            }
            ProtocolCommand::SetPresent { members } => {
                if let Some(m) = members.iter().find(|m| !m.active) {
                    return Err(DomainError::InactiveMember {
                        member: m.id.clone(),
                    });
                }
                let ids = members.iter().map(|m| m.id.clone()).collect();
                content.present = members;
                Event::ProtocolMembersSet { members: ids }
            }
            ProtocolCommand::RecordDecision {
                application,
                decision,
            } => {
                content.decisions.retain(|d| d.application != application);
                content.decisions.push(ProtocolDecision {
                    application: application.clone(),
                    decision,
                });
                Event::ProtocolDecisionRecorded {
                    application,
                    decision,
                }
            }
            ProtocolCommand::SetComment { comment } => {
                content.comment = comment;
                Event::ProtocolCommentSet
            }
            _ => unreachable!("edits only"),
        };
        Ok((content, event))
    }

    fn send(&self, roster: &[CommissionMember]) -> Result<(), DomainError> {
        let c = &self.content;
        if c.number.is_empty() {
            return Err(DomainError::MissingProtocolNumber);
        }
        if c.present.is_empty() {
            return Err(DomainError::NoMembersPresent);
        }
        if c.decisions.is_empty() {
            return Err(DomainError::NoDecisions);
        }
        for m in &c.present {
            match roster.iter().find(|r| r.id == m.id) {
                None => {
                    return Err(DomainError::NotAMember {
                        member: m.id.clone(),
                    })
                }
                Some(r) if !r.active => {
                    return Err(DomainError::InactiveMember {
                        member: m.id.clone(),
                    })
                }
                Some(_) => {}
            }
        }
        Ok(())
    }
}

/// The chairman acts on a protocol sent for signature, and only while active.
fn check_chairman(by: &CommissionMember) -> Result<(), DomainError> {
    if by.role != MemberRole::Chairman {
        return Err(DomainError::NotChairman);
    }
    if !by.active {
        return Err(DomainError::InactiveMember {
            member: by.id.clone(),
        });
    }
    Ok(())
}

impl StateMachine for Protocol {
    type Command = ProtocolCommand;

    fn apply(
        &self,
        command: ProtocolCommand,
        now: DateTime<Utc>,
        _calendar: &Calendar,
    ) -> Result<(Self, Vec<Event>), DomainError> {
        use ProtocolCommand as C;
        use ProtocolState as S;
        let code = command.code();
        let (content, state, events) = match (&self.state, command) {
            (S::Signed { .. }, _) => return Err(DomainError::Immutable),
            (
                S::Draft,
                command @ (C::SetNumber { .. }
                | C::SetPresent { .. }
                | C::RecordDecision { .. }
                | C::SetComment { .. }),
            ) => {
                let (content, event) = self.edit(command)?;
                (content, S::Draft, vec![event])
            }
            (S::Draft, C::SendForSignature { roster }) => {
                self.send(&roster)?;
                let events = vec![Event::notify(NotificationKind::ProtocolToSign)];
                (
                    self.content.clone(),
                    S::SentForSignature { sent_at: now },
                    events,
                )
            }
            (S::SentForSignature { .. }, C::ReturnToDraft { by, reason }) => {
                check_chairman(&by)?;
                require_reason(&reason)?;
                let event = Event::ProtocolReturned { by: by.id, reason };
                (self.content.clone(), S::Draft, vec![event])
            }
            (S::SentForSignature { .. }, C::Sign { by, signature }) => {
                check_chairman(&by)?;
                if signature.trim().is_empty() {
                    return Err(DomainError::SignatureRequired);
                }
                let event = Event::ProtocolSigned {
                    number: self.content.number.clone(),
                    by: by.id.clone(),
                };
                let state = S::Signed {
                    signed_at: now,
                    by: by.id,
                    signature,
                };
                (self.content.clone(), state, vec![event])
            }
            _ => return Err(not_allowed(self.code(), code)),
        };
        let mut events = events;
        let next = Self { content, state };
        Event::lead_with_status(self.code(), next.code(), &mut events);
        Ok((next, events))
    }

    fn code(&self) -> &'static str {
        self.state.code()
    }

    fn is_terminal(&self) -> bool {
        matches!(self.state, ProtocolState::Signed { .. })
    }
}
