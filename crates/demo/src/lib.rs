//! Deterministic demo data: the same seed and date give the same data set, byte for byte.
//!
//! Children and applicants carry valid personal numbers (Kazakhstan IINs with their check
//! digit, Kyrgyz PINs) whose birth dates and sex agree with the person; statuses are spread as
//! in a real queue (younger children wait, older ones have directions or attend), and every
//! application has the history that led to its status.

mod generator;
mod names;
mod places;

pub use generator::DemoData;
pub use places::DEMO_STREETS;
