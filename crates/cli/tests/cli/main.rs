//! The `kezek` binary run as a user runs it: arguments in, text out.

mod calendar;
mod id;
mod signing;
