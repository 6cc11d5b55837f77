//! Directions to a state kindergarten (seed 002): the right to choose and one direction's life.
//!
//! The right to choose ("Выбрать государственный детский сад") exists only when the child is
//! two full years old, the turn has come and free places exist, and never while on the stop
//! list. When the turn comes the applicant has 3 working days to choose; after that the place
//! goes to free choice for everyone of the same group year and the applicant stays in the queue
//! (that part lives in [`super::queue_application`], which owns the window and the stop list).
//!
//! A direction is valid for 5 working days. It can be extended once, by up to 30 calendar days
//! added to its last valid day; the applicant can annul it within 24 hours of issue, not after.
//! Unused, it expires; what an expiry costs (stop list, removal on the second one) is decided
//! by the application that holds the direction.

use super::deadline::{add_days, calendar_term_end, has_passed, last_day};
use super::{age, not_allowed, AnnulmentReason, DomainError, Event, StateMachine};
use crate::Calendar;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Working days to choose a kindergarten once the turn came.
pub const CHOICE_WINDOW_WORKING_DAYS: u32 = 3;
/// Working days a direction is valid.
pub const VALIDITY_WORKING_DAYS: u32 = 5;
/// The one extension adds at most this many calendar days.
pub const MAX_EXTENSION_DAYS: u32 = 30;
/// "Не позднее суток с момента выдачи".
pub const APPLICANT_ANNULMENT_HOURS: i64 = 24;
/// Working days on the stop list after an expired direction.
pub const STOP_LIST_WORKING_DAYS: u32 = 10;
/// The expiry that removes the application from the queue.
pub const EXPIRIES_BEFORE_REMOVAL: u8 = 2;
/// Full years a child needs for a kindergarten place.
pub const MIN_AGE_YEARS: u32 = 2;

/// Which place the applicant chooses from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceOffer {
    /// The place offered because the applicant's turn came (within the 3-day window).
    OwnTurn,
    /// A place published to free choice for the child's group year (seed 002: the turn of
    /// everyone of that year has come for it).
    FreeChoice,
}

/// The end of the 3-working-day window that opens when the turn comes.
pub fn choice_window_end(notified_at: DateTime<Utc>, calendar: &Calendar) -> DateTime<Utc> {
    calendar.add_working_days(notified_at, CHOICE_WINDOW_WORKING_DAYS)
}

/// Checks the right to choose a kindergarten at `now`, in the order the applicant can act on:
/// the stop list, the turn, the age, then the places.
pub fn check_choice_right(
    birth_date: NaiveDate,
    turn_came: bool,
    free_places: u32,
    stop_list_until: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    calendar: &Calendar,
) -> Result<(), DomainError> {
    if let Some(until) = stop_list_until.filter(|&u| !has_passed(u, now)) {
        return Err(DomainError::OnStopList { until });
    }
    if !turn_came {
        return Err(DomainError::TurnNotCome);
    }
    let today = calendar.local_date(now);
    if !age::has_full_years(birth_date, MIN_AGE_YEARS, today) {
        return Err(DomainError::TooYoung {
            turns_two_on: age::turns_two_on(birth_date),
        });
    }
    if free_places == 0 {
        return Err(DomainError::NoFreePlaces);
    }
    Ok(())
}

/// One direction to one kindergarten.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Direction {
    pub kindergarten: String,
    pub issued_at: DateTime<Utc>,
    pub state: DirectionState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum DirectionState {
    /// Issued and not yet used; `extended` once the one extension was taken.
    Valid {
        valid_until: DateTime<Utc>,
        extended: bool,
    },
    /// The child arrived at the kindergarten.
    Used { at: DateTime<Utc> },
    /// Not used in time; `at` is the deadline, not the moment the sweep saw it.
    Expired { at: DateTime<Utc> },
    Annulled {
        at: DateTime<Utc>,
        reason: AnnulmentReason,
    },
}

impl DirectionState {
    codes! {
        /// The state's stable code (locale id `direction-state-<code>`).
        pub fn code(&self);
        Self::Valid {
            extended: false, ..
        } => "issued",
        Self::Valid { extended: true, .. } => "extended",
        Self::Used { .. } => "used",
        Self::Expired { .. } => "expired",
        Self::Annulled { .. } => "annulled",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum DirectionCommand {
    /// The one extension, by whole calendar days (1..=30).
    Extend { days: u32 },
    /// The applicant gives the direction back (within 24 hours of issue).
    AnnulByApplicant,
    /// The kindergarten confirms the child arrived.
    ConfirmArrival,
    /// Forced by the deadline (sweep).
    Expire,
}

impl DirectionCommand {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Extend { .. } => "extend_direction",
            Self::AnnulByApplicant => "annul_direction",
            Self::ConfirmArrival => "confirm_arrival",
            Self::Expire => "direction_expired",
        }
    }
}

impl Direction {
    /// Issues a direction at `now`; valid for 5 working days.
    pub fn issue(
        kindergarten: impl Into<String>,
        now: DateTime<Utc>,
        calendar: &Calendar,
    ) -> (Self, Vec<Event>) {
        let kindergarten = kindergarten.into();
        let valid_until = calendar.add_working_days(now, VALIDITY_WORKING_DAYS);
        let event = Event::DirectionIssued {
            kindergarten: kindergarten.clone(),
            valid_until,
        };
        let direction = Self {
            kindergarten,
            issued_at: now,
            state: DirectionState::Valid {
                valid_until,
                extended: false,
            },
        };
        (direction, vec![event])
    }

    /// The deadline while the direction is valid.
    pub fn valid_until(&self) -> Option<DateTime<Utc>> {
        match self.state {
            DirectionState::Valid { valid_until, .. } => Some(valid_until),
            _ => None,
        }
    }

    /// The last moment the applicant may annul the direction.
    pub fn annulment_closes_at(&self) -> DateTime<Utc> {
        self.issued_at + Duration::hours(APPLICANT_ANNULMENT_HOURS)
    }

    /// The command a deadline forces at `now`, if any.
    pub fn due(&self, now: DateTime<Utc>) -> Option<DirectionCommand> {
        self.valid_until()
            .filter(|&until| has_passed(until, now))
            .map(|_| DirectionCommand::Expire)
    }

    fn with_state(&self, state: DirectionState) -> Self {
        Self {
            state,
            ..self.clone()
        }
    }
}

impl StateMachine for Direction {
    type Command = DirectionCommand;

    fn apply(
        &self,
        command: DirectionCommand,
        now: DateTime<Utc>,
        calendar: &Calendar,
    ) -> Result<(Self, Vec<Event>), DomainError> {
        let DirectionState::Valid {
            valid_until,
            extended,
        } = self.state
        else {
            return Err(not_allowed(self.code(), command.code()));
        };
        let expired = has_passed(valid_until, now);
        let next = match command {
            DirectionCommand::Expire if !expired => {
                return Err(DomainError::DeadlineNotReached {
                    deadline: valid_until,
                })
            }
            DirectionCommand::Expire => {
                let next = self.with_state(DirectionState::Expired { at: valid_until });
                let event = Event::DirectionAnnulled {
                    reason: AnnulmentReason::Expired,
                };
                return Ok((next, vec![event]));
            }
            _ if expired => {
                return Err(DomainError::DeadlinePassed {
                    deadline: valid_until,
                })
            }
            DirectionCommand::Extend { days } => {
                if extended {
                    return Err(DomainError::ExtensionAlreadyUsed);
                }
                if days == 0 || days > MAX_EXTENSION_DAYS {
                    return Err(DomainError::InvalidExtension {
                        max_days: MAX_EXTENSION_DAYS,
                    });
                }
                let until =
                    calendar_term_end(calendar, add_days(last_day(calendar, valid_until), days));
                let next = self.with_state(DirectionState::Valid {
                    valid_until: until,
                    extended: true,
                });
                (next, Event::DirectionExtended { valid_until: until })
            }
            DirectionCommand::AnnulByApplicant => {
                let closes = self.annulment_closes_at();
                if has_passed(closes, now) {
                    return Err(DomainError::AnnulmentWindowClosed { closed_at: closes });
                }
                let reason = AnnulmentReason::ByApplicant;
                let next = self.with_state(DirectionState::Annulled { at: now, reason });
                (next, Event::DirectionAnnulled { reason })
            }
            DirectionCommand::ConfirmArrival => {
                let next = self.with_state(DirectionState::Used { at: now });
                (next, Event::DirectionUsed)
            }
        };
        Ok((next.0, vec![next.1]))
    }

    fn code(&self) -> &'static str {
        self.state.code()
    }

    fn is_terminal(&self) -> bool {
        !matches!(self.state, DirectionState::Valid { .. })
    }
}
