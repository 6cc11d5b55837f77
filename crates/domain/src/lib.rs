//! Kezek's domain: the rules of the seeds as pure types and functions.
//!
//! No I/O, no async, no storage: time comes in as an argument. The desktop app and the
//! server both build on this crate so that they enforce exactly the same rules.

pub mod application;
pub mod benefit;
pub mod calendar;
pub mod intake;
pub mod person;
pub mod personal_number;
pub mod queue;
pub mod search;
pub mod voucher;
pub mod workflow;

pub use application::{ApplicationKind, ApplicationStatus, Channel, Relation};
pub use benefit::BenefitKind;
pub use calendar::{Calendar, Country};
pub use person::{full_name, plausible_email};
pub use personal_number::{
    AnyPersonalNumber, Iin, PersonalNumber, PersonalNumberError, PersonalNumberWarning, Pin, Sex,
};
