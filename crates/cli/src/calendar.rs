//! `kezek calendar`: working-day arithmetic on the built-in calendars, to check a deadline by
//! hand or from a script.
//!
//! `add` prints the date alone on its first line so that scripts can read it; the deadline
//! instant and any warning are for people. The reasons of special days are printed as the
//! data files give them (they quote the decrees); only the words around them are translated.

use chrono::{Datelike, NaiveDate};
use clap::Subcommand;
use kezek_api::ApiError;
use kezek_domain::calendar::SpecialDay;
use kezek_domain::{Calendar, Country};
use kezek_i18n::{FluentArgs, Localizer};
use std::fmt::Write as _;
use std::io::Write as _;

#[derive(Subcommand)]
pub enum CalendarCommand {
    /// Add working days to a date: prints the resulting date, then the deadline (the end of
    /// that day) in the office's local time.
    Add {
        /// KZ or KG.
        #[arg(long)]
        country: Country,
        /// The start date (YYYY-MM-DD); counting starts on the next day.
        #[arg(long)]
        from: NaiveDate,
        #[arg(long)]
        working_days: u32,
    },
    /// List the holidays, days off and moved working days of a year.
    List {
        /// KZ or KG.
        #[arg(long)]
        country: Country,
        #[arg(long)]
        year: i32,
    },
}

pub fn run(what: CalendarCommand, lang: &str) -> Result<(), ApiError> {
    let l = Localizer::new(if lang.is_empty() { "ru" } else { lang });
    let out = match what {
        CalendarCommand::Add {
            country,
            from,
            working_days,
        } => add(&l, country, from, working_days),
        CalendarCommand::List { country, year } => list(&l, country, year),
    };
    // `kezek calendar list | head` closes the pipe early: that is not an error.
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(ApiError::new(
            kezek_api::ErrorCode::Internal,
            format!("writing to stdout: {e}"),
        )),
        _ => Ok(()),
    }
}

/// The resulting date on the first line, the deadline instant on the second.
fn add(l: &Localizer, country: Country, from: NaiveDate, n: u32) -> String {
    let cal = Calendar::builtin(country);
    let date = cal.nth_working_day_after_date(from, n);
    for year in from.year()..=date.year() {
        warn_if_no_data(l, &cal, year);
    }
    let tz = cal.time_zone();
    let deadline = cal.end_of_day(date).with_timezone(&tz);
    let mut args = FluentArgs::new();
    args.set("instant", deadline.format("%Y-%m-%d %H:%M %:z").to_string());
    args.set("zone", tz.name());
    format!(
        "{}\n{}\n",
        date.format("%Y-%m-%d"),
        l.message("cli-calendar-deadline", Some(&args))
    )
}

/// A heading, then one line per special day: date, kind, reason.
fn list(l: &Localizer, country: Country, year: i32) -> String {
    let cal = Calendar::builtin(country);
    warn_if_no_data(l, &cal, year);
    let mut args = FluentArgs::new();
    args.set("country", country_name(l, country));
    args.set("year", year.to_string());
    let mut out = l.message("cli-calendar-list-heading", Some(&args));
    out.push('\n');
    let day_off = l.message("cli-calendar-day-off", None);
    let working = l.message("cli-calendar-working-day", None);
    let width = day_off.chars().count().max(working.chars().count());
    for (date, day) in cal.special_days(year) {
        let (kind, reason) = match day {
            SpecialDay::DayOff(r) => (&day_off, r),
            SpecialDay::WorkingDay(r) => (&working, r),
        };
        let _ = writeln!(out, "{}  {kind:<width$}  {reason}", date.format("%Y-%m-%d"));
    }
    out
}

/// Counting past the loaded data silently sees only weekends: say so on stderr.
fn warn_if_no_data(l: &Localizer, cal: &Calendar, year: i32) {
    if !cal.has_data_for(year) {
        let mut args = FluentArgs::new();
        args.set("country", country_name(l, cal.country()));
        args.set("year", year.to_string());
        eprintln!("{}", l.message("cli-calendar-no-data", Some(&args)));
    }
}

fn country_name(l: &Localizer, country: Country) -> String {
    let id = match country {
        Country::Kz => "cli-calendar-country-kz",
        Country::Kg => "cli-calendar-country-kg",
    };
    l.message(id, None)
}
