//! Small helpers for SQL text and values shared by the store's modules.

use chrono::{NaiveDate, NaiveDateTime};

/// Date-times are stored as local time of the office, "YYYY-MM-DD HH:MM:SS".
pub const DATETIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";
pub const DATE_FORMAT: &str = "%Y-%m-%d";

pub fn datetime_text(t: NaiveDateTime) -> String {
    t.format(DATETIME_FORMAT).to_string()
}

pub fn date_text(d: NaiveDate) -> String {
    d.format(DATE_FORMAT).to_string()
}

/// The exclusive upper bound of a prefix range: every string starting with `prefix` sorts
/// between `prefix` and this, so a prefix search uses the index.
pub fn prefix_end(prefix: &str) -> String {
    format!("{prefix}\u{10FFFF}")
}

pub use kezek_domain::full_name;
