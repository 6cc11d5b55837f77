//! Why a workflow refused a command: one variant per broken rule.
//!
//! The UI switches on [`DomainError::code`] (and translates it from `workflow.ftl` as
//! `error-<code>`), never on the message, which is for logs only.

use super::contract::ContractDocument;
use chrono::{DateTime, NaiveDate, Utc};
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    #[error("command `{command}` is not allowed in state `{state}`")]
    NotAllowedInState {
        state: &'static str,
        command: &'static str,
    },
    #[error("the deadline {deadline} has passed")]
    DeadlinePassed { deadline: DateTime<Utc> },
    /// A command that a deadline forces was given before that deadline.
    #[error("the deadline {deadline} has not come yet")]
    DeadlineNotReached { deadline: DateTime<Utc> },
    #[error("the child is under two full years; two on {turns_two_on}")]
    TooYoung { turns_two_on: NaiveDate },
    #[error("the applicant's turn has not come")]
    TurnNotCome,
    #[error("no free places")]
    NoFreePlaces,
    #[error("on the stop list until {until}")]
    OnStopList { until: DateTime<Utc> },
    #[error("the extension was already used")]
    ExtensionAlreadyUsed,
    #[error("an extension is 1 to {max_days} days")]
    InvalidExtension { max_days: u32 },
    #[error("the extension is offered from {offered_from}")]
    ExtensionNotOffered { offered_from: DateTime<Utc> },
    #[error("the applicant could annul until {closed_at}")]
    AnnulmentWindowClosed { closed_at: DateTime<Utc> },
    #[error("the application was already restored once")]
    RestoreAlreadyUsed,
    #[error("interest for this period is confirmed; the next period opens {opens_at}")]
    InterestAlreadyConfirmed { opens_at: DateTime<Utc> },
    #[error("the benefit is the same as before")]
    BenefitUnchanged,
    #[error("exactly one benefit category is required, {count} given")]
    NotExactlyOneBenefit { count: usize },
    #[error("the protocol number is missing")]
    MissingProtocolNumber,
    #[error("protocol `{got}` does not hold this decision (recorded in `{expected}`)")]
    ProtocolMismatch { expected: String, got: String },
    #[error("no commission member is listed as present")]
    NoMembersPresent,
    #[error("the protocol holds no decision")]
    NoDecisions,
    #[error("commission member `{member}` is not active")]
    InactiveMember { member: String },
    #[error("`{member}` is not a member of this commission")]
    NotAMember { member: String },
    #[error("only the chairman signs the protocol")]
    NotChairman,
    #[error("a signed document cannot change")]
    Immutable,
    #[error("documents missing: {missing:?}")]
    MissingDocuments { missing: Vec<ContractDocument> },
    #[error("a signature is required")]
    SignatureRequired,
    #[error("a reason is required")]
    ReasonRequired,
}

impl DomainError {
    codes! {
        /// A stable code for the UI and the API (locale id `error-<code>`).
        pub fn code(&self);
        Self::NotAllowedInState { .. } => "not_allowed_in_state",
        Self::DeadlinePassed { .. } => "deadline_passed",
        Self::DeadlineNotReached { .. } => "deadline_not_reached",
        Self::TooYoung { .. } => "too_young",
        Self::TurnNotCome => "turn_not_come",
        Self::NoFreePlaces => "no_free_places",
        Self::OnStopList { .. } => "on_stop_list",
        Self::ExtensionAlreadyUsed => "extension_already_used",
        Self::InvalidExtension { .. } => "invalid_extension",
        Self::ExtensionNotOffered { .. } => "extension_not_offered",
        Self::AnnulmentWindowClosed { .. } => "annulment_window_closed",
        Self::RestoreAlreadyUsed => "restore_already_used",
        Self::InterestAlreadyConfirmed { .. } => "interest_already_confirmed",
        Self::BenefitUnchanged => "benefit_unchanged",
        Self::NotExactlyOneBenefit { .. } => "not_exactly_one_benefit",
        Self::MissingProtocolNumber => "missing_protocol_number",
        Self::ProtocolMismatch { .. } => "protocol_mismatch",
        Self::NoMembersPresent => "no_members_present",
        Self::NoDecisions => "no_decisions",
        Self::InactiveMember { .. } => "inactive_member",
        Self::NotAMember { .. } => "not_a_member",
        Self::NotChairman => "not_chairman",
        Self::Immutable => "immutable",
        Self::MissingDocuments { .. } => "missing_documents",
        Self::SignatureRequired => "signature_required",
        Self::ReasonRequired => "reason_required",
    }
}
