//! The deadline sweep: which transitions the clock forces at `now`.
//!
//! The sweep asks each machine for the command its earliest passed deadline forces (`due`) and
//! applies it through the machine's own `apply`, so a sweep and the same command given by hand
//! cannot disagree. One item may need several steps (an office offline for weeks: a direction
//! expired, then the stop list ended, then the interest period ran out); the sweep follows them
//! in order, each on the state the previous one produced. The caller stores every step with its
//! events (history, notifications), as for any command, with the system as the actor.
//!
//! Sweeping is idempotent: once its results are stored, a second sweep at the same `now` forces
//! nothing, because every forced command leaves a state whose passed deadlines are spent.
//!
//! Only the machines with deadlines take part: the queue application (with its direction) and
//! the special voucher. The Kyrgyz voucher, the protocol and the contract wait on people.

use super::queue_application::{QueueApplication, QueueCommand};
use super::special_voucher::{SpecialVoucher, SpecialVoucherCommand};
use super::{DomainError, Event, StateMachine};
use crate::Calendar;
use chrono::{DateTime, Utc};

/// A safety bound on forced steps for one item; real chains take at most three.
pub const MAX_STEPS_PER_ITEM: usize = 8;

/// The state of an open item, of whichever machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenState {
    Queue(QueueApplication),
    SpecialVoucher(SpecialVoucher),
}

/// An item the sweep looks at: its id (the application's) and its current state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenItem {
    pub id: String,
    pub state: OpenState,
}

/// A command a deadline forces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForcedCommand {
    Queue(QueueCommand),
    SpecialVoucher(SpecialVoucherCommand),
}

impl ForcedCommand {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Queue(c) => c.code(),
            Self::SpecialVoucher(c) => c.code(),
        }
    }
}

/// One forced step: the command, the state it leads to, and its events.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForcedTransition {
    pub id: String,
    pub command: ForcedCommand,
    pub after: OpenState,
    pub events: Vec<Event>,
}

impl OpenState {
    /// The command the clock forces at `now`, if any.
    pub fn due(&self, now: DateTime<Utc>, calendar: &Calendar) -> Option<ForcedCommand> {
        match self {
            Self::Queue(a) => a.due(now).map(ForcedCommand::Queue),
            Self::SpecialVoucher(v) => v.due(now, calendar).map(ForcedCommand::SpecialVoucher),
        }
    }

    /// Applies a forced command through the machine's own transition function.
    pub fn apply(
        &self,
        command: ForcedCommand,
        now: DateTime<Utc>,
        calendar: &Calendar,
    ) -> Result<(OpenState, Vec<Event>), DomainError> {
        match (self, command) {
            (Self::Queue(a), ForcedCommand::Queue(c)) => {
                a.apply(c, now, calendar).map(|(a, e)| (Self::Queue(a), e))
            }
            (Self::SpecialVoucher(v), ForcedCommand::SpecialVoucher(c)) => v
                .apply(c, now, calendar)
                .map(|(v, e)| (Self::SpecialVoucher(v), e)),
            (state, command) => Err(DomainError::NotAllowedInState {
                state: state.code(),
                command: command.code(),
            }),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Queue(a) => a.code(),
            Self::SpecialVoucher(v) => v.code(),
        }
    }
}

/// The transitions deadlines force at `now`, in order per item.
pub fn sweep(items: &[OpenItem], now: DateTime<Utc>, calendar: &Calendar) -> Vec<ForcedTransition> {
    let mut forced = Vec::new();
    for item in items {
        let mut state = item.state.clone();
        for _ in 0..MAX_STEPS_PER_ITEM {
            let Some(command) = state.due(now, calendar) else {
                break;
            };
            match state.apply(command.clone(), now, calendar) {
                Ok((after, events)) => {
                    forced.push(ForcedTransition {
                        id: item.id.clone(),
                        command,
                        after: after.clone(),
                        events,
                    });
                    state = after;
                }
                Err(e) => {
                    // `due` and `apply` disagree: a bug in a machine, never a user's problem.
                    debug_assert!(false, "forced {} refused: {e}", command.code());
                    break;
                }
            }
        }
    }
    forced
}
