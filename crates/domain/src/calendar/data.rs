//! The text format of calendar data, and its parser.
//!
//! Calendars change by decree every year, so they are data the server can send, not code. The
//! format is meant to be read and corrected by a person holding the decree:
//!
//! ```text
//! # Comments start with '#'; blank lines are ignored.
//! country KZ
//! year 2025
//! 2025-01-03 day-off Перенос выходного дня с воскресенья 5 января
//! 2025-01-05 working Рабочий день вместо пятницы 3 января
//! ```
//!
//! `country` and `year` come first and every date must fall in that year: a typo in a year or
//! a file sent for the wrong country is refused instead of silently moving a deadline. A
//! `working` line must name a Saturday or Sunday (a working Monday says nothing). Parsing is
//! pure: the caller reads the text from wherever it lives.

use super::{Calendar, Country, SpecialDay};
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::BTreeMap;

/// Why calendar data was refused. Line numbers start at 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("line {line}: expected `country KZ|KG` before any date")]
    MissingCountry { line: usize },
    #[error("line {line}: expected `year YYYY` before any date")]
    MissingYear { line: usize },
    #[error("line {line}: unknown country {found:?} (expected KZ or KG)")]
    UnknownCountry { line: usize, found: String },
    #[error("line {line}: the data is for {found:?}, not {expected:?}")]
    WrongCountry {
        line: usize,
        expected: Country,
        found: Country,
    },
    #[error("line {line}: bad year {found:?}")]
    BadYear { line: usize, found: String },
    #[error("line {line}: `{directive}` given twice")]
    RepeatedDirective {
        line: usize,
        directive: &'static str,
    },
    #[error("line {line}: bad date {found:?} (expected YYYY-MM-DD)")]
    BadDate { line: usize, found: String },
    #[error("line {line}: {date} is not in the year {year} of this file")]
    OutsideYear {
        line: usize,
        date: NaiveDate,
        year: i32,
    },
    #[error("line {line}: unknown kind {found:?} (expected day-off or working)")]
    UnknownKind { line: usize, found: String },
    #[error("line {line}: the date has no reason")]
    MissingReason { line: usize },
    #[error("line {line}: {date} is a weekday, a `working` line must name a Saturday or Sunday")]
    WorkingOnWeekday { line: usize, date: NaiveDate },
    #[error("line {line}: {date} is already defined")]
    Duplicate { line: usize, date: NaiveDate },
    #[error("{date} is defined by two of the merged calendars")]
    Overlap { date: NaiveDate },
    #[error("cannot merge a {found:?} calendar into a {expected:?} one")]
    MergeCountry { expected: Country, found: Country },
}

impl Calendar {
    /// Parses one calendar data text (usually one country-year) for `country`.
    pub fn parse(country: Country, text: &str) -> Result<Calendar, CalendarError> {
        let mut special = BTreeMap::new();
        let mut file_country = None;
        let mut year = None;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let content = raw.trim();
            if content.is_empty() || content.starts_with('#') {
                continue;
            }
            let (head, rest) = split_word(content);
            match head {
                "country" => {
                    if file_country.is_some() {
                        return Err(CalendarError::RepeatedDirective {
                            line,
                            directive: "country",
                        });
                    }
                    let found =
                        rest.parse::<Country>()
                            .map_err(|_| CalendarError::UnknownCountry {
                                line,
                                found: rest.to_string(),
                            })?;
                    if found != country {
                        return Err(CalendarError::WrongCountry {
                            line,
                            expected: country,
                            found,
                        });
                    }
                    file_country = Some(found);
                }
                "year" => {
                    if year.is_some() {
                        return Err(CalendarError::RepeatedDirective {
                            line,
                            directive: "year",
                        });
                    }
                    let y = rest
                        .parse::<i32>()
                        .ok()
                        .filter(|y| (1900..=9999).contains(y))
                        .ok_or_else(|| CalendarError::BadYear {
                            line,
                            found: rest.to_string(),
                        })?;
                    year = Some(y);
                }
                _ => {
                    if file_country.is_none() {
                        return Err(CalendarError::MissingCountry { line });
                    }
                    let year = year.ok_or(CalendarError::MissingYear { line })?;
                    let (date, day) = parse_day(line, head, rest, year)?;
                    if special.insert(date, day).is_some() {
                        return Err(CalendarError::Duplicate { line, date });
                    }
                }
            }
        }
        Ok(Calendar::new(country, special))
    }

    /// Parses several data texts (e.g. one per year) into one calendar; a date in two texts
    /// is refused, since which of them is right cannot be guessed.
    pub fn parse_all<'a>(
        country: Country,
        texts: impl IntoIterator<Item = &'a str>,
    ) -> Result<Calendar, CalendarError> {
        let mut calendar = Calendar::new(country, BTreeMap::new());
        for text in texts {
            calendar.merge(Calendar::parse(country, text)?)?;
        }
        Ok(calendar)
    }

    /// Adds the special days of `other` (same country, no common date).
    pub fn merge(&mut self, other: Calendar) -> Result<(), CalendarError> {
        if other.country != self.country {
            return Err(CalendarError::MergeCountry {
                expected: self.country,
                found: other.country,
            });
        }
        if let Some(date) = other.special.keys().find(|d| self.special.contains_key(d)) {
            return Err(CalendarError::Overlap { date: *date });
        }
        self.special.extend(other.special);
        Ok(())
    }
}

/// The first word of a line and the rest, trimmed.
fn split_word(s: &str) -> (&str, &str) {
    match s.split_once(char::is_whitespace) {
        Some((head, rest)) => (head, rest.trim()),
        None => (s, ""),
    }
}

fn parse_day(
    line: usize,
    date: &str,
    rest: &str,
    year: i32,
) -> Result<(NaiveDate, SpecialDay), CalendarError> {
    // Exactly YYYY-MM-DD: chrono alone would also take "2025-1-3".
    let well_formed = date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
    let parsed = NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .ok()
        .filter(|_| well_formed)
        .ok_or_else(|| CalendarError::BadDate {
            line,
            found: date.to_string(),
        })?;
    if parsed.year() != year {
        return Err(CalendarError::OutsideYear {
            line,
            date: parsed,
            year,
        });
    }
    let (kind, reason) = split_word(rest);
    if kind.is_empty() {
        return Err(CalendarError::UnknownKind {
            line,
            found: String::new(),
        });
    }
    if reason.is_empty() && matches!(kind, "day-off" | "working") {
        return Err(CalendarError::MissingReason { line });
    }
    let day = match kind {
        "day-off" => SpecialDay::DayOff(reason.to_string()),
        "working" => {
            if !matches!(parsed.weekday(), Weekday::Sat | Weekday::Sun) {
                return Err(CalendarError::WorkingOnWeekday { line, date: parsed });
            }
            SpecialDay::WorkingDay(reason.to_string())
        }
        other => {
            return Err(CalendarError::UnknownKind {
                line,
                found: other.to_string(),
            })
        }
    };
    Ok((parsed, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const GOOD: &str = "\
# A test calendar.

country KZ
year 2025
2025-01-03 day-off Перенос выходного дня
  2025-01-05   working   Рабочий день  # kept as part of the reason
";

    #[test]
    fn parses_days_comments_and_blank_lines() {
        let cal = Calendar::parse(Country::Kz, GOOD).expect("parses");
        let days: Vec<_> = cal.special_days(2025).collect();
        assert_eq!(days.len(), 2, "{days:?}");
        assert_eq!(
            days[0],
            (
                &date(2025, 1, 3),
                &SpecialDay::DayOff("Перенос выходного дня".into())
            )
        );
        assert_eq!(
            days[1].1,
            &SpecialDay::WorkingDay("Рабочий день  # kept as part of the reason".into()),
            "only whole-line comments exist, so a reason may contain '#'"
        );
        assert!(!cal.is_working_day(date(2025, 1, 3)));
        assert!(cal.is_working_day(date(2025, 1, 5)));
    }

    #[test]
    fn empty_text_is_an_empty_calendar() {
        let cal = Calendar::parse(Country::Kg, "# nothing yet\n").expect("parses");
        assert_eq!(cal.special_days(2025).count(), 0);
    }

    /// The error for `body` placed after a valid KZ 2025 header (lines 1-2).
    fn error_after_header(body: &str) -> CalendarError {
        let text = format!("country KZ\nyear 2025\n{body}");
        Calendar::parse(Country::Kz, &text).expect_err("must be refused")
    }

    #[test]
    fn refuses_bad_lines_with_their_line_number() {
        let cases = [
            (
                "2025-13-01 day-off x",
                CalendarError::BadDate {
                    line: 3,
                    found: "2025-13-01".into(),
                },
            ),
            (
                "2025-1-3 day-off x",
                CalendarError::BadDate {
                    line: 3,
                    found: "2025-1-3".into(),
                },
            ),
            (
                "2025-02-29 day-off not a leap year",
                CalendarError::BadDate {
                    line: 3,
                    found: "2025-02-29".into(),
                },
            ),
            (
                "2026-01-01 day-off x",
                CalendarError::OutsideYear {
                    line: 3,
                    date: date(2026, 1, 1),
                    year: 2025,
                },
            ),
            (
                "2025-01-01 holiday x",
                CalendarError::UnknownKind {
                    line: 3,
                    found: "holiday".into(),
                },
            ),
            (
                "2025-01-01",
                CalendarError::UnknownKind {
                    line: 3,
                    found: String::new(),
                },
            ),
            (
                "2025-01-01 day-off",
                CalendarError::MissingReason { line: 3 },
            ),
            (
                "2025-01-06 working Monday",
                CalendarError::WorkingOnWeekday {
                    line: 3,
                    date: date(2025, 1, 6),
                },
            ),
            (
                "2025-01-01 day-off a\n\n2025-01-01 day-off b",
                CalendarError::Duplicate {
                    line: 5,
                    date: date(2025, 1, 1),
                },
            ),
            (
                "year 2026",
                CalendarError::RepeatedDirective {
                    line: 3,
                    directive: "year",
                },
            ),
        ];
        for (body, expected) in cases {
            assert_eq!(error_after_header(body), expected, "for {body:?}");
        }
    }

    #[test]
    fn refuses_a_missing_or_wrong_header() {
        let refuse = |text: &str| Calendar::parse(Country::Kz, text).unwrap_err();
        assert_eq!(
            refuse("year 2025\n2025-01-01 day-off x"),
            CalendarError::MissingCountry { line: 2 }
        );
        assert_eq!(
            refuse("# c\ncountry KZ\n2025-01-01 day-off x"),
            CalendarError::MissingYear { line: 3 }
        );
        assert_eq!(
            refuse("country KG\nyear 2025"),
            CalendarError::WrongCountry {
                line: 1,
                expected: Country::Kz,
                found: Country::Kg
            }
        );
        assert_eq!(
            refuse("country UZ"),
            CalendarError::UnknownCountry {
                line: 1,
                found: "UZ".into()
            }
        );
        assert_eq!(
            refuse("country KZ\nyear 25x"),
            CalendarError::BadYear {
                line: 2,
                found: "25x".into()
            }
        );
    }

    #[test]
    fn merges_years_and_refuses_overlaps() {
        let a = "country KG\nyear 2025\n2025-01-01 day-off Новый год";
        let b = "country KG\nyear 2026\n2026-01-01 day-off Новый год";
        let cal = Calendar::parse_all(Country::Kg, [a, b]).expect("merges");
        assert!(!cal.is_working_day(date(2025, 1, 1)));
        assert!(!cal.is_working_day(date(2026, 1, 1)));
        assert_eq!(
            Calendar::parse_all(Country::Kg, [a, a]).unwrap_err(),
            CalendarError::Overlap {
                date: date(2025, 1, 1)
            }
        );
        let mut kz = Calendar::parse(Country::Kz, "").unwrap();
        assert_eq!(
            kz.merge(Calendar::parse(Country::Kg, a).unwrap()),
            Err(CalendarError::MergeCountry {
                expected: Country::Kz,
                found: Country::Kg
            })
        );
    }
}
