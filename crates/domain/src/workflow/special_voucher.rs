//! Almaty's special queue for a voucher (seed 003): children with a PMPK conclusion.
//!
//! awaiting document confirmation → confirmed (a place in the queue) or rejected (archived,
//! with who rejected) → voucher issued → interest confirmed within 2 working days, or refused
//! (archived), or not confirmed (voucher annulled, stop list) → 5 working days to choose a
//! kindergarten and sign the contract, with one extension of 2 working days offered on the
//! 5th day → enrolment request (group) → awaiting the contract → the contract signed by the
//! parent → signed by the kindergarten → enrolled; a missed window annuls and archives.
//!
//! Choices where the seed is silent:
//! - The stop list of an unconfirmed voucher can be left once, by a restore within 28 days
//!   (the issue's rule); restored, the application is back in the queue at its computed
//!   place. Unconfirmed a second time it is archived at once (a restore is no longer possible,
//!   so a stop list would only delay the archive). Unrestored after 28 days, it is archived.
//! - The 28 days count from the day after the last day to confirm, as calendar terms do.
//! - The window of 5 (+2) working days covers everything up to enrolment, the kindergarten's
//!   steps included: the seed says that if the child is not enrolled in time the voucher is
//!   annulled, and does not pause the clock for the kindergarten.
//! - The extension is "offered on the 5th day": from 00:00 local of the 5th working day the
//!   applicant may take it (the sweep also records the offer and sends the notification); the
//!   rule is the date, so taking it does not depend on the sweep having run.
//! - A kindergarten that declines the request, or cancels its contract, sends the applicant back
//!   to choosing within the same window.

use super::contract::{ContractCommand, ContractState, EnrolmentContract};
use super::deadline::{add_days, calendar_term_end, has_passed, last_day, start_of_day};
use super::{
    not_allowed, require_reason, AnnulmentReason, DomainError, Event, NotificationKind, Staff,
    StateMachine,
};
use crate::Calendar;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Working days to confirm interest in an issued voucher.
pub const CONFIRM_INTEREST_WORKING_DAYS: u32 = 2;
/// Working days to choose a kindergarten and sign the contract.
pub const ENROLMENT_WORKING_DAYS: u32 = 5;
/// The one extension of the enrolment window.
pub const EXTENSION_WORKING_DAYS: u32 = 2;
/// Calendar days within which a stop-listed application can be restored, once.
pub const RESTORE_DAYS: u32 = 28;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialVoucher {
    /// The correction type of the PMPK conclusion (it selects the kindergartens).
    pub correction_type: String,
    /// The one restore from the stop list was used.
    pub restored: bool,
    pub state: SpecialVoucherState,
}

/// Where the one extension of the enrolment window stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Extension {
    NotOffered,
    Offered,
    Used,
}

/// The 5 (+2) working days from the confirmed interest to enrolment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolmentWindow {
    pub opened_at: DateTime<Utc>,
    pub enrol_by: DateTime<Utc>,
    pub extension: Extension,
}

impl EnrolmentWindow {
    fn open(now: DateTime<Utc>, calendar: &Calendar) -> Self {
        Self {
            opened_at: now,
            enrol_by: calendar.add_working_days(now, ENROLMENT_WORKING_DAYS),
            extension: Extension::NotOffered,
        }
    }

    /// 00:00 local of the 5th working day: from then on the extension is offered.
    pub fn extension_offered_from(&self, calendar: &Calendar) -> DateTime<Utc> {
        let fifth = calendar.nth_working_day_after(self.opened_at, ENROLMENT_WORKING_DAYS);
        start_of_day(calendar, fifth)
    }

    fn extended(&self, now: DateTime<Utc>, calendar: &Calendar) -> Result<Self, DomainError> {
        if self.extension == Extension::Used {
            return Err(DomainError::ExtensionAlreadyUsed);
        }
        let offered_from = self.extension_offered_from(calendar);
        if now < offered_from {
            return Err(DomainError::ExtensionNotOffered { offered_from });
        }
        let last = last_day(calendar, self.enrol_by);
        let new_last = calendar.nth_working_day_after_date(last, EXTENSION_WORKING_DAYS);
        Ok(Self {
            enrol_by: calendar.end_of_day(new_last),
            extension: Extension::Used,
            ..self.clone()
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolmentRequest {
    pub kindergarten: String,
    pub group: String,
}

/// Why an application went to the archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ArchiveReason {
    /// Rejected on the documents; the notification names who.
    Rejected {
        by: Staff,
        reason: String,
    },
    VoucherRefused,
    /// Not restored within 28 days.
    NotRestored,
    /// Unconfirmed again after the one restore.
    InterestNotConfirmedAgain,
    NotEnrolledInTime,
    Withdrawn,
}

impl ArchiveReason {
    codes! {
        pub fn code(&self);
        Self::Rejected { .. } => "rejected",
        Self::VoucherRefused => "voucher_refused",
        Self::NotRestored => "not_restored",
        Self::InterestNotConfirmedAgain => "interest_not_confirmed_again",
        Self::NotEnrolledInTime => "not_enrolled_in_time",
        Self::Withdrawn => "withdrawn",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SpecialVoucherState {
    /// "Ожидание подтверждения документов".
    AwaitingDocuments {
        submitted_at: DateTime<Utc>,
    },
    /// Confirmed by the PMPK specialist: a place in the queue.
    InQueue {
        since: DateTime<Utc>,
    },
    VoucherIssued {
        issued_at: DateTime<Utc>,
        confirm_by: DateTime<Utc>,
    },
    /// The voucher was annulled for unconfirmed interest.
    StopList {
        since: DateTime<Utc>,
        restore_until: DateTime<Utc>,
    },
    ChoosingKindergarten {
        window: EnrolmentWindow,
    },
    /// "Ожидайте договор от ДО".
    AwaitingContract {
        window: EnrolmentWindow,
        request: EnrolmentRequest,
    },
    /// The kindergarten's contract, being signed.
    Contracting {
        window: EnrolmentWindow,
        contract: EnrolmentContract,
    },
    Enrolled {
        at: DateTime<Utc>,
        kindergarten: String,
        group: String,
    },
    Archived {
        at: DateTime<Utc>,
        reason: ArchiveReason,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum SpecialVoucherCommand {
    /// The PMPK specialist confirms the documents.
    ConfirmDocuments {
        by: Staff,
    },
    RejectDocuments {
        by: Staff,
        reason: String,
    },
    /// The turn came.
    IssueVoucher,
    ConfirmInterest,
    RefuseVoucher,
    /// Back from the stop list, once within 28 days.
    Restore,
    /// The one extension of the enrolment window.
    Extend,
    RequestEnrolment {
        kindergarten: String,
        group: String,
    },
    DeclineEnrolment {
        by: Staff,
        reason: String,
    },
    /// The kindergarten drafts the contract and sends it to the parent.
    SendContract,
    Contract(ContractCommand),
    Withdraw,
    /// Forced: 2 working days passed without a confirmation.
    InterestNotConfirmed,
    /// Forced: 28 days on the stop list without a restore.
    RestoreWindowClosed,
    /// Forced: the 5th working day began.
    OfferExtension,
    /// Forced: the enrolment window ended before enrolment.
    EnrolmentWindowClosed,
}

impl SpecialVoucherCommand {
    pub fn code(&self) -> &'static str {
        match self {
            Self::ConfirmDocuments { .. } => "confirm_documents",
            Self::RejectDocuments { .. } => "reject_documents",
            Self::IssueVoucher => "issue_voucher",
            Self::ConfirmInterest => "confirm_interest",
            Self::RefuseVoucher => "refuse_voucher",
            Self::Restore => "restore",
            Self::Extend => "extend_enrolment",
            Self::RequestEnrolment { .. } => "request_enrolment",
            Self::DeclineEnrolment { .. } => "decline_enrolment",
            Self::SendContract => "send_contract",
            Self::Contract(c) => c.code(),
            Self::Withdraw => "withdraw",
            Self::InterestNotConfirmed => "interest_not_confirmed",
            Self::RestoreWindowClosed => "restore_window_closed",
            Self::OfferExtension => "offer_extension",
            Self::EnrolmentWindowClosed => "enrolment_window_closed",
        }
    }
}

type Outcome = Result<(SpecialVoucherState, Vec<Event>), DomainError>;

impl SpecialVoucher {
    /// A new application in the special queue, waiting for its documents to be confirmed.
    pub fn submit(correction_type: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            correction_type: correction_type.into(),
            restored: false,
            state: SpecialVoucherState::AwaitingDocuments { submitted_at: now },
        }
    }

    pub fn window(&self) -> Option<&EnrolmentWindow> {
        match &self.state {
            SpecialVoucherState::ChoosingKindergarten { window }
            | SpecialVoucherState::AwaitingContract { window, .. }
            | SpecialVoucherState::Contracting { window, .. } => Some(window),
            _ => None,
        }
    }

    /// The command a deadline forces at `now`, if any.
    pub fn due(&self, now: DateTime<Utc>, calendar: &Calendar) -> Option<SpecialVoucherCommand> {
        use SpecialVoucherCommand as C;
        match &self.state {
            SpecialVoucherState::VoucherIssued { confirm_by, .. }
                if has_passed(*confirm_by, now) =>
            {
                Some(C::InterestNotConfirmed)
            }
            SpecialVoucherState::StopList { restore_until, .. }
                if has_passed(*restore_until, now) =>
            {
                Some(C::RestoreWindowClosed)
            }
            _ => {
                let window = self.window()?;
                if has_passed(window.enrol_by, now) {
                    Some(C::EnrolmentWindowClosed)
                } else if window.extension == Extension::NotOffered
                    && now >= window.extension_offered_from(calendar)
                {
                    Some(C::OfferExtension)
                } else {
                    None
                }
            }
        }
    }

    fn transition(
        &self,
        command: SpecialVoucherCommand,
        now: DateTime<Utc>,
        cal: &Calendar,
    ) -> Outcome {
        use SpecialVoucherCommand as C;
        use SpecialVoucherState as S;
        let code = command.code();
        if let Some(window) = self.window() {
            return self.in_window(window, command, now, cal);
        }
        match (&self.state, command) {
            (S::AwaitingDocuments { .. }, C::ConfirmDocuments { .. }) => Ok((
                S::InQueue { since: now },
                vec![Event::notify(NotificationKind::SpecialQueueConfirmed)],
            )),
            (S::AwaitingDocuments { .. }, C::RejectDocuments { by, reason }) => {
                require_reason(&reason)?;
                let events = vec![
                    Event::ApplicationRejected {
                        by: by.clone(),
                        reason: reason.clone(),
                    },
                    Event::notify(NotificationKind::SpecialQueueRejected {
                        by: by.full_name.clone(),
                    }),
                ];
                Ok((
                    archived(now, ArchiveReason::Rejected { by, reason }),
                    events,
                ))
            }
            (S::InQueue { .. }, C::IssueVoucher) => {
                let confirm_by = cal.add_working_days(now, CONFIRM_INTEREST_WORKING_DAYS);
                let events = vec![
                    Event::VoucherIssued { confirm_by },
                    Event::notify(NotificationKind::VoucherIssued { confirm_by }),
                ];
                Ok((
                    S::VoucherIssued {
                        issued_at: now,
                        confirm_by,
                    },
                    events,
                ))
            }
            (S::StopList { restore_until, .. }, C::IssueVoucher) => Err(DomainError::OnStopList {
                until: *restore_until,
            }),
            (S::VoucherIssued { confirm_by, .. }, C::ConfirmInterest | C::RefuseVoucher)
                if has_passed(*confirm_by, now) =>
            {
                Err(DomainError::DeadlinePassed {
                    deadline: *confirm_by,
                })
            }
            (S::VoucherIssued { .. }, C::ConfirmInterest) => {
                let window = EnrolmentWindow::open(now, cal);
                let event = Event::EnrolmentWindowOpened {
                    enrol_by: window.enrol_by,
                };
                Ok((S::ChoosingKindergarten { window }, vec![event]))
            }
            (S::VoucherIssued { .. }, C::RefuseVoucher) => Ok((
                archived(now, ArchiveReason::VoucherRefused),
                annulled(AnnulmentReason::Refused),
            )),
            (S::VoucherIssued { confirm_by, .. }, C::InterestNotConfirmed) => {
                if !has_passed(*confirm_by, now) {
                    return Err(DomainError::DeadlineNotReached {
                        deadline: *confirm_by,
                    });
                }
                let mut events = annulled(AnnulmentReason::InterestNotConfirmed);
                if self.restored {
                    return Ok((
                        archived(now, ArchiveReason::InterestNotConfirmedAgain),
                        events,
                    ));
                }
                let first_day = cal.local_date(*confirm_by);
                let restore_until = calendar_term_end(cal, add_days(first_day, RESTORE_DAYS - 1));
                events.push(Event::PutOnStopList {
                    until: restore_until,
                });
                let next = S::StopList {
                    since: *confirm_by,
                    restore_until,
                };
                Ok((next, events))
            }
            (S::StopList { restore_until, .. }, C::Restore) => {
                if self.restored {
                    return Err(DomainError::RestoreAlreadyUsed);
                }
                if has_passed(*restore_until, now) {
                    return Err(DomainError::DeadlinePassed {
                        deadline: *restore_until,
                    });
                }
                Ok((S::InQueue { since: now }, vec![Event::Restored]))
            }
            (S::StopList { restore_until, .. }, C::RestoreWindowClosed) => {
                if !has_passed(*restore_until, now) {
                    return Err(DomainError::DeadlineNotReached {
                        deadline: *restore_until,
                    });
                }
                Ok((archived(now, ArchiveReason::NotRestored), vec![]))
            }
            (S::AwaitingDocuments { .. } | S::InQueue { .. } | S::StopList { .. }, C::Withdraw) => {
                Ok((archived(now, ArchiveReason::Withdrawn), vec![]))
            }
            (S::VoucherIssued { .. }, C::Withdraw) => Ok((
                archived(now, ArchiveReason::Withdrawn),
                annulled(AnnulmentReason::ApplicationWithdrawn),
            )),
            _ => Err(not_allowed(self.code(), code)),
        }
    }

    /// Commands while the enrolment window runs: everything but the forced ones and a
    /// withdrawal needs the window still open.
    fn in_window(
        &self,
        window: &EnrolmentWindow,
        command: SpecialVoucherCommand,
        now: DateTime<Utc>,
        cal: &Calendar,
    ) -> Outcome {
        use SpecialVoucherCommand as C;
        use SpecialVoucherState as S;
        let closed = has_passed(window.enrol_by, now);
        let deadline = window.enrol_by;
        let code = command.code();
        match (&self.state, command) {
            (_, C::EnrolmentWindowClosed) if !closed => {
                Err(DomainError::DeadlineNotReached { deadline })
            }
            (_, C::EnrolmentWindowClosed) => Ok((
                archived(now, ArchiveReason::NotEnrolledInTime),
                annulled(AnnulmentReason::NotEnrolledInTime),
            )),
            (_, C::Withdraw) => Ok((
                archived(now, ArchiveReason::Withdrawn),
                annulled(AnnulmentReason::ApplicationWithdrawn),
            )),
            _ if closed => Err(DomainError::DeadlinePassed { deadline }),
            (_, C::OfferExtension) => {
                let offered_from = window.extension_offered_from(cal);
                if now < offered_from {
                    return Err(DomainError::DeadlineNotReached {
                        deadline: offered_from,
                    });
                }
                if window.extension != Extension::NotOffered {
                    return Err(not_allowed(self.code(), code));
                }
                let window = EnrolmentWindow {
                    extension: Extension::Offered,
                    ..window.clone()
                };
                let events = vec![
                    Event::ExtensionOffered,
                    Event::notify(NotificationKind::ExtensionOffered {
                        enrol_by: window.enrol_by,
                    }),
                ];
                Ok((with_window(&self.state, window), events))
            }
            (_, C::Extend) => {
                let window = window.extended(now, cal)?;
                let event = Event::EnrolmentWindowExtended {
                    enrol_by: window.enrol_by,
                };
                Ok((with_window(&self.state, window), vec![event]))
            }
            (
                S::ChoosingKindergarten { .. },
                C::RequestEnrolment {
                    kindergarten,
                    group,
                },
            ) => {
                let event = Event::EnrolmentRequested {
                    kindergarten: kindergarten.clone(),
                    group: group.clone(),
                };
                let request = EnrolmentRequest {
                    kindergarten,
                    group,
                };
                let window = window.clone();
                Ok((S::AwaitingContract { window, request }, vec![event]))
            }
            (S::AwaitingContract { .. }, C::DeclineEnrolment { by, reason }) => {
                require_reason(&reason)?;
                let window = window.clone();
                let event = Event::EnrolmentDeclined { by, reason };
                Ok((S::ChoosingKindergarten { window }, vec![event]))
            }
            (S::AwaitingContract { request, .. }, C::SendContract) => {
                // The special queue requires a PMPK conclusion, so the contract needs it too.
                let (contract, events) =
                    EnrolmentContract::draft(&request.kindergarten, &request.group, true, now);
                let window = window.clone();
                Ok((S::Contracting { window, contract }, events))
            }
            (S::Contracting { contract, .. }, C::Contract(c)) => {
                let (contract, mut events) = contract.apply(c, now, cal)?;
                let window = window.clone();
                let next = match contract.state {
                    ContractState::InForce { .. } => {
                        events.push(Event::notify(NotificationKind::Enrolled));
                        S::Enrolled {
                            at: now,
                            kindergarten: contract.kindergarten,
                            group: contract.group,
                        }
                    }
                    ContractState::Cancelled { .. } => S::ChoosingKindergarten { window },
                    _ => S::Contracting { window, contract },
                };
                Ok((next, events))
            }
            _ => Err(not_allowed(self.code(), code)),
        }
    }
}

fn archived(at: DateTime<Utc>, reason: ArchiveReason) -> SpecialVoucherState {
    SpecialVoucherState::Archived { at, reason }
}

fn annulled(reason: AnnulmentReason) -> Vec<Event> {
    vec![
        Event::VoucherAnnulled { reason },
        Event::notify(NotificationKind::VoucherAnnulled { reason }),
    ]
}

fn with_window(state: &SpecialVoucherState, window: EnrolmentWindow) -> SpecialVoucherState {
    use SpecialVoucherState as S;
    match state.clone() {
        S::ChoosingKindergarten { .. } => S::ChoosingKindergarten { window },
        S::AwaitingContract { request, .. } => S::AwaitingContract { window, request },
        S::Contracting { contract, .. } => S::Contracting { window, contract },
        _ => unreachable!("only window states carry a window"),
    }
}

fn state_code(state: &SpecialVoucherState) -> &'static str {
    state.code()
}

impl SpecialVoucherState {
    codes! {
        /// The state's stable code (locale id `special-voucher-state-<code>`); the contract's
        /// own state shows through while contracting.
        pub fn code(&self);
        Self::AwaitingDocuments { .. } => "awaiting_documents",
        Self::InQueue { .. } => "in_queue",
        Self::VoucherIssued { .. } => "voucher_issued",
        Self::StopList { .. } => "stop_list",
        Self::ChoosingKindergarten { .. } => "choosing_kindergarten",
        Self::AwaitingContract { .. } => "awaiting_contract",
        Self::Contracting {
            contract:
                EnrolmentContract {
                    state: ContractState::SignedByParent { .. },
                    ..
                },
            ..
        } => "contract_signed_by_parent",
        Self::Contracting { .. } => "contract_to_sign",
        Self::Enrolled { .. } => "enrolled",
        Self::Archived { .. } => "archived",
    }
}

impl StateMachine for SpecialVoucher {
    type Command = SpecialVoucherCommand;

    fn apply(
        &self,
        command: SpecialVoucherCommand,
        now: DateTime<Utc>,
        calendar: &Calendar,
    ) -> Result<(Self, Vec<Event>), DomainError> {
        let restoring = matches!(command, SpecialVoucherCommand::Restore);
        let (state, mut events) = self.transition(command, now, calendar)?;
        Event::lead_with_status(self.code(), state_code(&state), &mut events);
        let next = Self {
            correction_type: self.correction_type.clone(),
            restored: self.restored || restoring,
            state,
        };
        Ok((next, events))
    }

    fn code(&self) -> &'static str {
        state_code(&self.state)
    }

    fn is_terminal(&self) -> bool {
        matches!(
            self.state,
            SpecialVoucherState::Enrolled { .. } | SpecialVoucherState::Archived { .. }
        )
    }
}
