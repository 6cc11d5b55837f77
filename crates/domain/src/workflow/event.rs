//! What a transition reports: events for the history of changes and notifications to send.
//!
//! Events carry codes and data, never user text: the history shows `history-action-<code>` and a
//! notification is rendered from `notification-<notification_code>` in the recipient's language.
//! Who made the change, when and from which device is written by the caller with every event of
//! one command; events name a person only where the rule or the text needs one (a rejection
//! names who rejected, seed 003). The queue number in "Место в очереди: _" is computed when the
//! notification is rendered, never stored here (positions are computed, never typed in).
//!
//! Events are `Serialize` only: the history stores them, and reads them back as plain codes.

use super::protocol::Decision;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A staff member, as rules and notifications need them: an id and the full name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    pub id: String,
    pub full_name: String,
}

/// Who gave a command, where the rule depends on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Actor {
    Applicant,
    Staff(Staff),
    /// A deadline, through the sweep.
    System,
}

/// Why an application left the queue under the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// No interest confirmation for 12 months (seed 004).
    InterestNotConfirmed,
    /// The second direction expired unused (seed 002).
    SecondDirectionExpired,
}

impl RemovalReason {
    codes! {
        pub fn code(self);
        Self::InterestNotConfirmed => "interest_not_confirmed",
        Self::SecondDirectionExpired => "second_direction_expired",
    }
}

/// Why a direction or a voucher was annulled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnnulmentReason {
    /// A direction not used within its validity.
    Expired,
    /// The applicant annulled a direction within 24 hours.
    ByApplicant,
    /// The application was withdrawn.
    ApplicationWithdrawn,
    /// A voucher whose interest was not confirmed in time.
    InterestNotConfirmed,
    /// The applicant refused the voucher.
    Refused,
    /// The enrolment did not happen within the voucher's window.
    NotEnrolledInTime,
}

impl AnnulmentReason {
    codes! {
        pub fn code(self);
        Self::Expired => "expired",
        Self::ByApplicant => "by_applicant",
        Self::ApplicationWithdrawn => "application_withdrawn",
        Self::InterestNotConfirmed => "interest_not_confirmed",
        Self::Refused => "refused",
        Self::NotEnrolledInTime => "not_enrolled_in_time",
    }
}

/// A notification to send; the kind names the template and implies the recipient.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NotificationKind {
    /// Seed 004: "Ваш ребенок успешно встал в очередь под номером N".
    QueueRegistered,
    /// Seed 002: the turn came; the status becomes "Направлено уведомление".
    TurnCame {
        choose_by: DateTime<Utc>,
    },
    DirectionIssued {
        valid_until: DateTime<Utc>,
    },
    /// The direction expired; directions are blocked until the stop list ends.
    DirectionExpired {
        stop_list_until: DateTime<Utc>,
    },
    RemovedFromQueue {
        reason: RemovalReason,
    },
    /// Seed 001: the application was received (with the login to the personal page).
    ApplicationReceived,
    /// Seed 001: the commission's decision.
    CommissionDecision {
        decision: Decision,
    },
    /// Seed 000: a protocol waits for the chairman's signature.
    ProtocolToSign,
    /// Seed 003: "Ваша заявка на получение ваучера подтверждена. Место в очереди: _".
    SpecialQueueConfirmed,
    /// Seed 003: "Ваша заявка на получение ваучера отклонена сотрудником: <ФИО>".
    SpecialQueueRejected {
        by: String,
    },
    /// Seed 003: the voucher was issued; confirm interest or refuse within 2 working days.
    VoucherIssued {
        confirm_by: DateTime<Utc>,
    },
    VoucherAnnulled {
        reason: AnnulmentReason,
    },
    /// Seed 003: on the 5th day, the enrolment window may be extended by 2 working days.
    ExtensionOffered {
        enrol_by: DateTime<Utc>,
    },
    /// Seed 003: the kindergarten sent the contract to fill and sign.
    ContractToSign,
    /// The parent signed; the kindergarten head is to sign.
    ContractToSignByHead,
    /// The head returned the contract to the parent.
    ContractReturned,
    Enrolled,
}

impl NotificationKind {
    codes! {
        /// Stable template code (locale id `notification-<code>`).
        pub fn notification_code(&self);
        Self::QueueRegistered => "queue_registered",
        Self::TurnCame { .. } => "turn_came",
        Self::DirectionIssued { .. } => "direction_issued",
        Self::DirectionExpired { .. } => "direction_expired",
        Self::RemovedFromQueue { .. } => "removed_from_queue",
        Self::ApplicationReceived => "application_received",
        Self::CommissionDecision { .. } => "commission_decision",
        Self::ProtocolToSign => "protocol_to_sign",
        Self::SpecialQueueConfirmed => "special_queue_confirmed",
        Self::SpecialQueueRejected { .. } => "special_queue_rejected",
        Self::VoucherIssued { .. } => "voucher_issued",
        Self::VoucherAnnulled { .. } => "voucher_annulled",
        Self::ExtensionOffered { .. } => "extension_offered",
        Self::ContractToSign => "contract_to_sign",
        Self::ContractToSignByHead => "contract_to_sign_by_head",
        Self::ContractReturned => "contract_returned",
        Self::Enrolled => "enrolled",
    }
}

/// Something that happened in a transition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The state's code changed (codes of the machine's `code()`).
    StatusChanged {
        from: &'static str,
        to: &'static str,
    },
    BenefitChanged {
        from: String,
        to: String,
    },
    InterestConfirmed {
        next_due: DateTime<Utc>,
    },
    /// Seed 002: the place not chosen within 3 working days is open to all of the group year.
    PlaceReleasedToFreeChoice,
    DirectionIssued {
        kindergarten: String,
        valid_until: DateTime<Utc>,
    },
    DirectionExtended {
        valid_until: DateTime<Utc>,
    },
    DirectionAnnulled {
        reason: AnnulmentReason,
    },
    /// The child arrived at the kindergarten with the direction.
    DirectionUsed,
    PutOnStopList {
        until: DateTime<Utc>,
    },
    StopListEnded,
    RemovedFromQueue {
        reason: RemovalReason,
    },
    /// Seed 003: rejected on the documents, with who rejected and why.
    ApplicationRejected {
        by: Staff,
        reason: String,
    },
    VoucherIssued {
        confirm_by: DateTime<Utc>,
    },
    VoucherAnnulled {
        reason: AnnulmentReason,
    },
    EnrolmentWindowOpened {
        enrol_by: DateTime<Utc>,
    },
    ExtensionOffered,
    EnrolmentWindowExtended {
        enrol_by: DateTime<Utc>,
    },
    EnrolmentRequested {
        kindergarten: String,
        group: String,
    },
    EnrolmentDeclined {
        by: Staff,
        reason: String,
    },
    /// Seed 003 (issue 3): the application came back from the stop list, once.
    Restored,
    ContractDrafted {
        kindergarten: String,
    },
    ContractSignedByParent,
    ContractReturned {
        by: Staff,
        reason: String,
    },
    ContractInForce,
    ContractCancelled {
        by: Staff,
        reason: String,
    },
    /// Seed 000: the secretary set the one benefit category.
    CategoryCorrected {
        from: Vec<String>,
        to: String,
    },
    DecisionRecorded {
        decision: Decision,
        protocol_number: String,
    },
    DecisionReopened {
        by: Staff,
        reason: String,
    },
    ProtocolNumberSet {
        number: String,
    },
    ProtocolMembersSet {
        members: Vec<String>,
    },
    ProtocolCommentSet,
    ProtocolDecisionRecorded {
        application: String,
        decision: Decision,
    },
    ProtocolReturned {
        by: String,
        reason: String,
    },
    ProtocolSigned {
        number: String,
        by: String,
    },
    NotificationDue {
        kind: NotificationKind,
    },
}

impl Event {
    codes! {
        /// Stable history action code (locale id `history-action-<code>`).
        pub fn code(&self);
        Self::StatusChanged { .. } => "status_changed",
        Self::BenefitChanged { .. } => "benefit_changed",
        Self::InterestConfirmed { .. } => "interest_confirmed",
        Self::PlaceReleasedToFreeChoice => "place_released_to_free_choice",
        Self::DirectionIssued { .. } => "directed",
        Self::DirectionExtended { .. } => "direction_extended",
        Self::DirectionAnnulled { .. } => "direction_annulled",
        Self::DirectionUsed => "direction_used",
        Self::PutOnStopList { .. } => "put_on_stop_list",
        Self::StopListEnded => "stop_list_ended",
        Self::RemovedFromQueue { .. } => "removed",
        Self::ApplicationRejected { .. } => "documents_rejected",
        Self::VoucherIssued { .. } => "voucher_issued",
        Self::VoucherAnnulled { .. } => "voucher_annulled",
        Self::EnrolmentWindowOpened { .. } => "enrolment_window_opened",
        Self::ExtensionOffered => "extension_offered",
        Self::EnrolmentWindowExtended { .. } => "enrolment_window_extended",
        Self::EnrolmentRequested { .. } => "enrolment_requested",
        Self::EnrolmentDeclined { .. } => "enrolment_declined",
        Self::Restored => "restored",
        Self::ContractDrafted { .. } => "contract_drafted",
        Self::ContractSignedByParent => "contract_signed_by_parent",
        Self::ContractReturned { .. } => "contract_returned",
        Self::ContractInForce => "contract_in_force",
        Self::ContractCancelled { .. } => "contract_cancelled",
        Self::CategoryCorrected { .. } => "category_corrected",
        Self::DecisionRecorded { .. } => "decision_recorded",
        Self::DecisionReopened { .. } => "decision_reopened",
        Self::ProtocolNumberSet { .. } => "protocol_number_set",
        Self::ProtocolMembersSet { .. } => "protocol_members_set",
        Self::ProtocolCommentSet => "protocol_comment_set",
        Self::ProtocolDecisionRecorded { .. } => "protocol_decision_recorded",
        Self::ProtocolReturned { .. } => "protocol_returned",
        Self::ProtocolSigned { .. } => "protocol_signed",
        Self::NotificationDue { .. } => "notification_due",
    }

    pub(crate) fn status(from: &'static str, to: &'static str) -> Self {
        Self::StatusChanged { from, to }
    }

    /// Puts the status change first among a transition's events, when the state changed: the
    /// history shows it first and every machine reports it the same way.
    pub(crate) fn lead_with_status(from: &'static str, to: &'static str, events: &mut Vec<Event>) {
        if from != to {
            events.insert(0, Self::status(from, to));
        }
    }

    pub(crate) fn notify(kind: NotificationKind) -> Self {
        Self::NotificationDue { kind }
    }
}
