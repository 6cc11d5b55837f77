//! The workflows of the seeds as state machines: `(state, command, now, calendar) ->
//! Result<(new state, events), DomainError>`.
//!
//! Every machine is pure: time comes in as `now`, working days come from the office's
//! [`Calendar`](crate::Calendar), and the result is either the new state with the events it
//! produced (for the history of changes and for notifications) or a [`DomainError`] naming the
//! broken rule. A rejected command leaves the state as it was, so `apply` borrows the state.
//!
//! What is where:
//! - [`queue_application`]: the state-kindergarten queue (seeds 002, 004): registered → in queue →
//!   notified → directed → enrolled; interest every 12 months, benefit change, withdrawal, stop
//!   list, removal, archive. Holds the current [`direction`] inside its `Directed` state.
//! - [`direction`]: the right to choose a kindergarten (age, turn, free places, 3 working days)
//!   and the life of one direction (5 working days, one extension, annulment within 24 hours).
//! - [`voucher_kg`]: the Kyrgyz voucher application (seeds 000, 001) up to the signed protocol.
//! - [`protocol`]: the commission's protocol (seed 000): draft → sent for signature → signed.
//! - [`special_voucher`]: Almaty's special voucher queue (seed 003), PMPK check to enrolment.
//!   Holds its [`contract`] inside once the kindergarten sent it.
//! - [`contract`]: the electronic enrolment contract (seed 003).
//! - [`sweep`]: the transitions deadlines force, computed by the same machines, so the server
//!   and an offline office run one sweep and agree.
//! - [`deadline`], [`age`]: how terms are counted (working days, calendar days, months, hours)
//!   and when a child has full years.
//! - [`event`], [`error`]: what transitions report and how they refuse.
//!
//! Deadlines are instants (`DateTime<Utc>`) computed when a state is entered and stored in it;
//! a deadline has passed when `now >= deadline`. Commands that a deadline forces (`…Expired`,
//! `…NotConfirmed`, `…Closed`) are refused before the deadline, so a sweep run late, twice, or
//! by hand gives the same result.

/// Writes a `code()` method from a table of `pattern => "code",` arms, together with
/// `ALL_CODES`, every code it returns in the order of the table.
///
/// The list and the `match` come from the same arms and the `match` is exhaustive, so a new
/// variant does not compile until it has a code, and then its code is in the list: the locale
/// checks of `kezek-i18n` (tests/workflow_codes.rs) enumerate `ALL_CODES` and cannot go stale.
macro_rules! codes {
    (
        $(#[$meta:meta])*
        $vis:vis fn $name:ident(&self);
        $($pat:pat => $code:literal,)+
    ) => {
        #[doc = concat!("Every code [`Self::", stringify!($name), "`] returns, one per arm.")]
        pub const ALL_CODES: &'static [&'static str] = &[$($code),+];

        $(#[$meta])*
        $vis fn $name(&self) -> &'static str {
            match self {
                $($pat => $code,)+
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis fn $name:ident(self);
        $($pat:pat => $code:literal,)+
    ) => {
        #[doc = concat!("Every code [`Self::", stringify!($name), "`] returns, one per arm.")]
        pub const ALL_CODES: &'static [&'static str] = &[$($code),+];

        $(#[$meta])*
        $vis fn $name(self) -> &'static str {
            match self {
                $($pat => $code,)+
            }
        }
    };
}

pub mod age;
pub mod contract;
pub mod deadline;
pub mod direction;
pub mod error;
pub mod event;
pub mod protocol;
pub mod queue_application;
pub mod special_voucher;
pub mod sweep;
pub mod voucher_kg;

#[cfg(test)]
mod tests;

pub use error::DomainError;
pub use event::{Actor, AnnulmentReason, Event, NotificationKind, RemovalReason, Staff};
pub use sweep::{sweep, ForcedCommand, ForcedTransition, OpenItem, OpenState};

use crate::Calendar;
use chrono::{DateTime, Utc};

/// What every workflow offers: a transition function, a stable code of its state, and whether
/// the state is final.
pub trait StateMachine: Clone + std::fmt::Debug + PartialEq {
    type Command: Clone + std::fmt::Debug;

    /// Applies a command at `now`; the state itself is left untouched.
    fn apply(
        &self,
        command: Self::Command,
        now: DateTime<Utc>,
        calendar: &Calendar,
    ) -> Result<(Self, Vec<Event>), DomainError>;

    /// The stable code of the current state (history, filters, locale ids).
    fn code(&self) -> &'static str;

    /// A terminal state accepts no command at all.
    fn is_terminal(&self) -> bool;

    /// A closed state never leads back to an open one (it may still be archived).
    fn is_closed(&self) -> bool {
        self.is_terminal()
    }
}

/// The refusal every machine gives to a command its state does not know.
pub(crate) fn not_allowed(state: &'static str, command: &'static str) -> DomainError {
    DomainError::NotAllowedInState { state, command }
}

/// Who rejects or returns something must say why: the history and the notification show it.
pub(crate) fn require_reason(reason: &str) -> Result<(), DomainError> {
    if reason.trim().is_empty() {
        Err(DomainError::ReasonRequired)
    } else {
        Ok(())
    }
}
