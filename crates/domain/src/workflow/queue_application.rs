//! The state-kindergarten queue application (seeds 002, 004).
//!
//! registered → in queue → notified (the turn came) → directed → enrolled, with the side
//! roads of the seeds: interest confirmed every 12 months from entering the queue or removal
//! (seed 004), a change of benefit, withdrawal ("Снять с очереди"), the stop list after an
//! expired direction and removal after the second one (seed 002), and the archive.
//!
//! Choices where the seeds are silent:
//! - Interest: each 12-month period since entering the queue needs one confirmation, given any
//!   time within that period; the periods stay anchored to the queue date (no drift), and a
//!   period's deadline follows the calendar-term rule of [`super::deadline`]. A second
//!   confirmation in the same period is refused so that one click cannot cover years.
//! - The interest deadline is forced only while the application waits (in queue, notified); a
//!   direction in progress is decided first, then the overdue interest removes it.
//! - The benefit may change only while the application waits unnotified: a turn already
//!   computed with the old benefit is not recomputed under the applicant's feet.
//! - An applicant who annuls a direction within 24 hours goes back to the queue without a stop
//!   list: the seed puts only the *expired* direction on it.
//! - The stop list counts 10 working days from the direction's deadline, not from the moment
//!   the sweep noticed it, so a late sweep does not lengthen it.

use super::deadline::{add_months, calendar_term_end, has_passed};
use super::direction::{
    self, Direction, DirectionCommand, DirectionState, PlaceOffer, EXPIRIES_BEFORE_REMOVAL,
    STOP_LIST_WORKING_DAYS,
};
use super::{
    not_allowed, Actor, AnnulmentReason, DomainError, Event, NotificationKind, RemovalReason,
    StateMachine,
};
use crate::{ApplicationStatus, BenefitKind, Calendar};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Months between interest confirmations (seed 004: "әрбір 12 айда").
pub const INTEREST_PERIOD_MONTHS: u32 = 12;

/// The one benefit category of an application and how it moves the child in the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Benefit {
    /// The category code (`benefit-<code>` in the locales), "none" without a benefit.
    pub category: String,
    pub kind: BenefitKind,
}

/// An application of the state-kindergarten queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueApplication {
    /// From the child's IIN; the age rule of the direction needs it.
    pub birth_date: NaiveDate,
    pub benefit: Benefit,
    pub state: QueueState,
}

/// What an application keeps while it stands in the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    /// Entering the queue; anchors the 12-month interest periods.
    pub queued_at: DateTime<Utc>,
    /// Periods whose interest was confirmed.
    pub interest_confirmations: u32,
    /// The end of the current period: confirm before it or leave the queue.
    pub interest_due: DateTime<Utc>,
    /// Directions that expired unused; the second one removes the application.
    pub expired_directions: u8,
    /// No direction before this instant (seed 002: 10 working days).
    pub stop_list_until: Option<DateTime<Utc>>,
}

impl Standing {
    fn new(queued_at: DateTime<Utc>, calendar: &Calendar) -> Self {
        Self {
            queued_at,
            interest_confirmations: 0,
            interest_due: period_end(queued_at, 1, calendar),
            expired_directions: 0,
            stop_list_until: None,
        }
    }

    /// The stop list's end, while it lasts at `now`.
    pub fn stop_list_active(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.stop_list_until.filter(|&u| !has_passed(u, now))
    }
}

/// The end of the k-th 12-month interest period after entering the queue (k ≥ 1).
fn period_end(queued_at: DateTime<Utc>, k: u32, calendar: &Calendar) -> DateTime<Utc> {
    let anniversary = add_months(calendar.local_date(queued_at), INTEREST_PERIOD_MONTHS * k);
    calendar_term_end(calendar, anniversary)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum QueueState {
    /// Received, not yet in the queue.
    Registered {
        at: DateTime<Utc>,
    },
    /// "В очереди".
    InQueue(Standing),
    /// "Направлено уведомление": the turn came; 3 working days to choose.
    Notified {
        standing: Standing,
        notified_at: DateTime<Utc>,
        choose_by: DateTime<Utc>,
    },
    /// A direction was issued and is being decided.
    Directed {
        standing: Standing,
        direction: Direction,
    },
    Enrolled {
        at: DateTime<Utc>,
        kindergarten: String,
    },
    /// "Снят с очереди" by the applicant (or the office on the applicant's request).
    Withdrawn {
        at: DateTime<Utc>,
        by: Actor,
    },
    /// Removed by the rules.
    Removed {
        at: DateTime<Utc>,
        reason: RemovalReason,
    },
    Archived {
        at: DateTime<Utc>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum QueueCommand {
    /// The application is accepted and takes its place in the queue.
    AcceptIntoQueue,
    ChangeBenefit {
        to: Benefit,
    },
    ConfirmInterest,
    /// The queue engine found that the turn came.
    TurnCame,
    /// "Выбрать государственный детский сад": issues a direction.
    ChooseKindergarten {
        kindergarten: String,
        offer: PlaceOffer,
        /// Free places of that kindergarten for the child's group year, right now.
        free_places: u32,
    },
    /// A command for the direction in hand.
    Direction(DirectionCommand),
    Withdraw {
        by: Actor,
    },
    Archive,
    /// Forced: 3 working days passed without a choice.
    ChoiceWindowClosed,
    /// Forced: the 12-month period ended without confirmation.
    InterestNotConfirmed,
    /// Forced: the stop list is over (recorded in the history).
    StopListEnded,
}

impl QueueCommand {
    pub fn code(&self) -> &'static str {
        match self {
            Self::AcceptIntoQueue => "accept_into_queue",
            Self::ChangeBenefit { .. } => "change_benefit",
            Self::ConfirmInterest => "confirm_interest",
            Self::TurnCame => "turn_came",
            Self::ChooseKindergarten { .. } => "choose_kindergarten",
            Self::Direction(c) => c.code(),
            Self::Withdraw { .. } => "withdraw",
            Self::Archive => "archive",
            Self::ChoiceWindowClosed => "choice_window_closed",
            Self::InterestNotConfirmed => "interest_not_confirmed",
            Self::StopListEnded => "stop_list_ended",
        }
    }
}

type Outcome = Result<(QueueState, Vec<Event>), DomainError>;

impl QueueApplication {
    /// A new application, registered at `now`.
    pub fn register(birth_date: NaiveDate, benefit: Benefit, now: DateTime<Utc>) -> Self {
        Self {
            birth_date,
            benefit,
            state: QueueState::Registered { at: now },
        }
    }

    /// How the journal shows the state.
    pub fn status(&self) -> ApplicationStatus {
        match self.state {
            QueueState::Registered { .. } => ApplicationStatus::Registered,
            QueueState::InQueue(_) => ApplicationStatus::InQueue,
            QueueState::Notified { .. } => ApplicationStatus::Notified,
            QueueState::Directed { .. } => ApplicationStatus::Directed,
            QueueState::Enrolled { .. } => ApplicationStatus::Enrolled,
            QueueState::Withdrawn { .. } => ApplicationStatus::Withdrawn,
            QueueState::Removed { .. } => ApplicationStatus::Removed,
            QueueState::Archived { .. } => ApplicationStatus::Archived,
        }
    }

    pub fn standing(&self) -> Option<&Standing> {
        match &self.state {
            QueueState::InQueue(s)
            | QueueState::Notified { standing: s, .. }
            | QueueState::Directed { standing: s, .. } => Some(s),
            _ => None,
        }
    }

    /// The command the earliest passed deadline forces at `now`, if any.
    pub fn due(&self, now: DateTime<Utc>) -> Option<QueueCommand> {
        let mut candidates: Vec<(DateTime<Utc>, QueueCommand)> = Vec::new();
        if let Some(s) = self.standing() {
            if let Some(until) = s.stop_list_until {
                candidates.push((until, QueueCommand::StopListEnded));
            }
        }
        match &self.state {
            QueueState::InQueue(s) => {
                candidates.push((s.interest_due, QueueCommand::InterestNotConfirmed));
            }
            QueueState::Notified {
                standing,
                choose_by,
                ..
            } => {
                candidates.push((standing.interest_due, QueueCommand::InterestNotConfirmed));
                candidates.push((*choose_by, QueueCommand::ChoiceWindowClosed));
            }
            QueueState::Directed { direction, .. } => {
                if let Some(until) = direction.valid_until() {
                    candidates.push((until, QueueCommand::Direction(DirectionCommand::Expire)));
                }
            }
            _ => {}
        }
        candidates
            .into_iter()
            .filter(|(deadline, _)| has_passed(*deadline, now))
            .min_by_key(|(deadline, _)| *deadline)
            .map(|(_, command)| command)
    }

    fn transition(&self, command: QueueCommand, now: DateTime<Utc>, cal: &Calendar) -> Outcome {
        use QueueCommand as C;
        use QueueState as S;
        let refuse = || Err(not_allowed(self.code(), command.code()));
        // A waiting application past its interest deadline is removed; until the sweep does
        // it, nothing else may happen to it, so that the order of the two cannot matter.
        if let S::InQueue(s) | S::Notified { standing: s, .. } = &self.state {
            let forced_or_exit = matches!(
                command,
                C::InterestNotConfirmed
                    | C::ChoiceWindowClosed
                    | C::StopListEnded
                    | C::Withdraw { .. }
            );
            if has_passed(s.interest_due, now) && !forced_or_exit {
                return Err(DomainError::DeadlinePassed {
                    deadline: s.interest_due,
                });
            }
        }
        match (&self.state, &command) {
            (S::Registered { .. }, C::AcceptIntoQueue) => Ok((
                S::InQueue(Standing::new(now, cal)),
                vec![Event::notify(NotificationKind::QueueRegistered)],
            )),
            (S::Registered { .. } | S::InQueue(_), C::ChangeBenefit { to }) => {
                // The benefit itself lives beside the state; `apply` swaps it.
                if *to == self.benefit {
                    return Err(DomainError::BenefitUnchanged);
                }
                let event = Event::BenefitChanged {
                    from: self.benefit.category.clone(),
                    to: to.category.clone(),
                };
                Ok((self.state.clone(), vec![event]))
            }
            (S::InQueue(_) | S::Notified { .. } | S::Directed { .. }, C::ConfirmInterest) => {
                self.confirm_interest(now, cal)
            }
            (S::InQueue(s), C::TurnCame) => {
                if let Some(until) = s.stop_list_active(now) {
                    return Err(DomainError::OnStopList { until });
                }
                let choose_by = direction::choice_window_end(now, cal);
                let next = S::Notified {
                    standing: s.clone(),
                    notified_at: now,
                    choose_by,
                };
                let note = NotificationKind::TurnCame { choose_by };
                Ok((next, vec![Event::notify(note)]))
            }
            (S::InQueue(_) | S::Notified { .. }, C::ChooseKindergarten { .. }) => {
                self.choose(&command, now, cal)
            }
            (
                S::Notified {
                    standing,
                    choose_by,
                    ..
                },
                C::ChoiceWindowClosed,
            ) => {
                if !has_passed(*choose_by, now) {
                    return Err(DomainError::DeadlineNotReached {
                        deadline: *choose_by,
                    });
                }
                let next = S::InQueue(standing.clone());
                Ok((next, vec![Event::PlaceReleasedToFreeChoice]))
            }
            (
                S::Directed {
                    standing,
                    direction,
                },
                C::Direction(c),
            ) => self.direction_step(standing, direction, c.clone(), now, cal),
            (S::InQueue(s) | S::Notified { standing: s, .. }, C::InterestNotConfirmed) => {
                if !has_passed(s.interest_due, now) {
                    return Err(DomainError::DeadlineNotReached {
                        deadline: s.interest_due,
                    });
                }
                Ok(removed(RemovalReason::InterestNotConfirmed, now))
            }
            (S::InQueue(_) | S::Notified { .. } | S::Directed { .. }, C::StopListEnded) => {
                let s = self.standing().expect("these states stand in the queue");
                match s.stop_list_until {
                    None => refuse(),
                    Some(until) if !has_passed(until, now) => {
                        Err(DomainError::DeadlineNotReached { deadline: until })
                    }
                    Some(_) => {
                        let mut next = self.state.clone();
                        standing_mut(&mut next).stop_list_until = None;
                        Ok((next, vec![Event::StopListEnded]))
                    }
                }
            }
            (S::Registered { .. } | S::InQueue(_) | S::Notified { .. }, C::Withdraw { by }) => {
                Ok((
                    S::Withdrawn {
                        at: now,
                        by: by.clone(),
                    },
                    vec![],
                ))
            }
            (S::Directed { .. }, C::Withdraw { by }) => {
                let event = Event::DirectionAnnulled {
                    reason: AnnulmentReason::ApplicationWithdrawn,
                };
                Ok((
                    S::Withdrawn {
                        at: now,
                        by: by.clone(),
                    },
                    vec![event],
                ))
            }
            (S::Enrolled { .. } | S::Withdrawn { .. } | S::Removed { .. }, C::Archive) => {
                Ok((S::Archived { at: now }, vec![]))
            }
            _ => refuse(),
        }
    }

    fn confirm_interest(&self, now: DateTime<Utc>, cal: &Calendar) -> Outcome {
        let s = self.standing().expect("only standing states confirm");
        if has_passed(s.interest_due, now) {
            return Err(DomainError::DeadlinePassed {
                deadline: s.interest_due,
            });
        }
        // The current period opens where the previous one ended.
        let opens_at = match s.interest_confirmations {
            0 => s.queued_at,
            k => period_end(s.queued_at, k, cal),
        };
        if now < opens_at {
            return Err(DomainError::InterestAlreadyConfirmed { opens_at });
        }
        let mut next = self.state.clone();
        let standing = standing_mut(&mut next);
        standing.interest_confirmations += 1;
        standing.interest_due = period_end(s.queued_at, standing.interest_confirmations + 1, cal);
        let event = Event::InterestConfirmed {
            next_due: standing.interest_due,
        };
        Ok((next, vec![event]))
    }

    fn choose(&self, command: &QueueCommand, now: DateTime<Utc>, cal: &Calendar) -> Outcome {
        let QueueCommand::ChooseKindergarten {
            kindergarten,
            offer,
            free_places,
        } = command
        else {
            unreachable!("called for ChooseKindergarten only")
        };
        let (standing, own_turn_until) = match &self.state {
            QueueState::InQueue(s) => (s, None),
            QueueState::Notified {
                standing,
                choose_by,
                ..
            } => (standing, Some(*choose_by)),
            _ => unreachable!("called for waiting states only"),
        };
        let turn_came = match offer {
            PlaceOffer::OwnTurn => own_turn_until.is_some(),
            PlaceOffer::FreeChoice => true,
        };
        direction::check_choice_right(
            self.birth_date,
            turn_came,
            *free_places,
            standing.stop_list_until,
            now,
            cal,
        )?;
        if let (PlaceOffer::OwnTurn, Some(choose_by)) = (offer, own_turn_until) {
            if has_passed(choose_by, now) {
                return Err(DomainError::DeadlinePassed {
                    deadline: choose_by,
                });
            }
        }
        let (direction, mut events) = Direction::issue(kindergarten.clone(), now, cal);
        let valid_until = direction.valid_until().expect("a new direction is valid");
        events.push(Event::notify(NotificationKind::DirectionIssued {
            valid_until,
        }));
        let next = QueueState::Directed {
            standing: standing.clone(),
            direction,
        };
        Ok((next, events))
    }

    fn direction_step(
        &self,
        standing: &Standing,
        direction: &Direction,
        command: DirectionCommand,
        now: DateTime<Utc>,
        cal: &Calendar,
    ) -> Outcome {
        let (direction, mut events) = direction.apply(command, now, cal)?;
        let next = match direction.state {
            DirectionState::Valid { .. } => QueueState::Directed {
                standing: standing.clone(),
                direction,
            },
            DirectionState::Used { at } => {
                events.push(Event::notify(NotificationKind::Enrolled));
                QueueState::Enrolled {
                    at,
                    kindergarten: direction.kindergarten,
                }
            }
            DirectionState::Annulled { .. } => QueueState::InQueue(standing.clone()),
            DirectionState::Expired { at } => {
                let expired = standing.expired_directions.saturating_add(1);
                if expired >= EXPIRIES_BEFORE_REMOVAL {
                    let (next, more) = removed(RemovalReason::SecondDirectionExpired, now);
                    events.extend(more);
                    next
                } else {
                    let until = cal.add_working_days(at, STOP_LIST_WORKING_DAYS);
                    events.push(Event::PutOnStopList { until });
                    events.push(Event::notify(NotificationKind::DirectionExpired {
                        stop_list_until: until,
                    }));
                    QueueState::InQueue(Standing {
                        expired_directions: expired,
                        stop_list_until: Some(until),
                        ..standing.clone()
                    })
                }
            }
        };
        Ok((next, events))
    }
}

fn removed(reason: RemovalReason, now: DateTime<Utc>) -> (QueueState, Vec<Event>) {
    let events = vec![
        Event::RemovedFromQueue { reason },
        Event::notify(NotificationKind::RemovedFromQueue { reason }),
    ];
    (QueueState::Removed { at: now, reason }, events)
}

fn standing_mut(state: &mut QueueState) -> &mut Standing {
    match state {
        QueueState::InQueue(s)
        | QueueState::Notified { standing: s, .. }
        | QueueState::Directed { standing: s, .. } => s,
        _ => unreachable!("only standing states are changed in place"),
    }
}

impl StateMachine for QueueApplication {
    type Command = QueueCommand;

    fn apply(
        &self,
        command: QueueCommand,
        now: DateTime<Utc>,
        calendar: &Calendar,
    ) -> Result<(Self, Vec<Event>), DomainError> {
        let benefit = match &command {
            QueueCommand::ChangeBenefit { to } => to.clone(),
            _ => self.benefit.clone(),
        };
        let (state, mut events) = self.transition(command, now, calendar)?;
        Event::lead_with_status(self.state_code(), state_code(&state), &mut events);
        let next = Self {
            birth_date: self.birth_date,
            benefit,
            state,
        };
        Ok((next, events))
    }

    fn code(&self) -> &'static str {
        self.state_code()
    }

    fn is_terminal(&self) -> bool {
        matches!(self.state, QueueState::Archived { .. })
    }

    fn is_closed(&self) -> bool {
        matches!(
            self.state,
            QueueState::Enrolled { .. }
                | QueueState::Withdrawn { .. }
                | QueueState::Removed { .. }
                | QueueState::Archived { .. }
        )
    }
}

impl QueueApplication {
    fn state_code(&self) -> &'static str {
        state_code(&self.state)
    }
}

fn state_code(state: &QueueState) -> &'static str {
    state.code()
}

impl QueueState {
    codes! {
        /// The state's stable code (locale id `queue-state-<code>`).
        pub fn code(&self);
        Self::Registered { .. } => "registered",
        Self::InQueue(_) => "in_queue",
        Self::Notified { .. } => "notified",
        Self::Directed { .. } => "directed",
        Self::Enrolled { .. } => "enrolled",
        Self::Withdrawn { .. } => "withdrawn",
        Self::Removed { .. } => "removed",
        Self::Archived { .. } => "archived",
    }
}
