//! Applications and their statuses, as the journal shows them.
//!
//! The full state machines with deadlines come with the domain-rules work; this module holds
//! the vocabulary every layer shares: kinds, statuses, channels and the applicant's relation.

use serde::{Deserialize, Serialize};

/// Which queue an application stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationKind {
    /// The state-kindergarten queue (seeds 002, 004).
    Queue,
    /// A voucher application (seeds 000, 001, 003).
    Voucher,
}

/// Status of an application. Codes are stable: they are stored, synced and used as locale ids
/// (`status-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationStatus {
    /// Registered, waiting for the queue number to be confirmed.
    Registered,
    /// "В очереди" / "Кезекте".
    InQueue,
    /// The turn came: "Направлено уведомление".
    Notified,
    /// A direction to a kindergarten was issued.
    Directed,
    /// The child attends the kindergarten.
    Enrolled,
    /// Voucher application under the commission's review.
    UnderReview,
    /// Voucher granted by the commission.
    VoucherIssued,
    /// Voucher refused by the commission.
    Rejected,
    /// Withdrawn by the applicant: "Снят с очереди".
    Withdrawn,
    /// Removed by the rules (unconfirmed interest, second expired direction).
    Removed,
    Archived,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 11] = [
        Self::Registered,
        Self::InQueue,
        Self::Notified,
        Self::Directed,
        Self::Enrolled,
        Self::UnderReview,
        Self::VoucherIssued,
        Self::Rejected,
        Self::Withdrawn,
        Self::Removed,
        Self::Archived,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Registered => "registered",
            Self::InQueue => "in_queue",
            Self::Notified => "notified",
            Self::Directed => "directed",
            Self::Enrolled => "enrolled",
            Self::UnderReview => "under_review",
            Self::VoucherIssued => "voucher_issued",
            Self::Rejected => "rejected",
            Self::Withdrawn => "withdrawn",
            Self::Removed => "removed",
            Self::Archived => "archived",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether an application in this status holds a place in the queue (and so a number).
    pub fn holds_queue_place(self) -> bool {
        matches!(self, Self::InQueue | Self::Notified)
    }
}

impl ApplicationKind {
    pub fn code(self) -> &'static str {
        match self {
            Self::Queue => "queue",
            Self::Voucher => "voucher",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Queue, Self::Voucher]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// Where an application came in: at an office (ЦОН) or through the portal (ПЭП).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Office,
    Portal,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Self::Office => "office",
            Self::Portal => "portal",
        }
    }
}

/// The applicant's relation to the child.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Father,
    Mother,
    Guardian,
}

impl Relation {
    pub fn code(self) -> &'static str {
        match self {
            Self::Father => "father",
            Self::Mother => "mother",
            Self::Guardian => "guardian",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_round_trip_and_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for s in ApplicationStatus::ALL {
            assert_eq!(ApplicationStatus::from_code(s.code()), Some(s));
            assert!(seen.insert(s.code()), "duplicate code {}", s.code());
        }
        assert_eq!(ApplicationStatus::from_code("nope"), None);
    }

    #[test]
    fn only_waiting_statuses_hold_a_queue_place() {
        assert!(ApplicationStatus::InQueue.holds_queue_place());
        assert!(ApplicationStatus::Notified.holds_queue_place());
        assert!(!ApplicationStatus::Enrolled.holds_queue_place());
        assert!(!ApplicationStatus::Withdrawn.holds_queue_place());
    }
}
