//! `kezek id check NUMBER…`: is each number a valid IIN or PIN, and what does it encode.
//!
//! For staff checking a form and for scripts (`--json`: one object per line). The exit status
//! is 1 when any number is invalid.

use chrono::NaiveDate;
use clap::Args;
use kezek_domain::personal_number::{warnings, AnyPersonalNumber, PersonalNumberError};
use kezek_domain::{PersonalNumber, Sex};
use kezek_i18n::{FluentArgs, Localizer};

#[derive(Args)]
pub struct CheckArgs {
    /// The numbers to check (IIN: 12 digits, PIN: 14 digits).
    #[arg(required = true)]
    numbers: Vec<String>,
    /// Print one JSON object per line instead of text.
    #[arg(long)]
    json: bool,
    /// The birth date from the person's documents, to compare (YYYY-MM-DD).
    #[arg(long)]
    birth_date: Option<NaiveDate>,
    /// The sex from the person's documents, to compare: male or female.
    #[arg(long, value_parser = ["male", "female"])]
    sex: Option<String>,
}

fn sex_code(s: Sex) -> &'static str {
    match s {
        Sex::Male => "male",
        Sex::Female => "female",
    }
}

/// Checks every number; returns whether all were valid.
pub fn check(args: &CheckArgs, l: &Localizer) -> bool {
    let documented_sex = args
        .sex
        .as_deref()
        .map(|s| if s == "male" { Sex::Male } else { Sex::Female });
    let mut all_valid = true;
    for input in &args.numbers {
        let parsed = AnyPersonalNumber::parse(input);
        all_valid &= parsed.is_ok();
        let warned = parsed
            .as_ref()
            .map(|n| warnings(n, args.birth_date, documented_sex))
            .unwrap_or_default();
        if args.json {
            let line = match &parsed {
                Ok(n) => serde_json::json!({
                    "input": input,
                    "valid": true,
                    "kind": n.kind(),
                    "birth_date": n.birth_date().format("%Y-%m-%d").to_string(),
                    "sex": sex_code(n.sex()),
                    "error": null,
                    "warnings": warned.iter().map(|w| w.code()).collect::<Vec<_>>(),
                }),
                Err(e) => serde_json::json!({
                    "input": input,
                    "valid": false,
                    "kind": null,
                    "birth_date": null,
                    "sex": null,
                    "error": e.code(),
                    "warnings": [],
                }),
            };
            println!("{line}");
            continue;
        }
        let mut a = FluentArgs::new();
        a.set("input", input.clone());
        match &parsed {
            Ok(n) => {
                a.set(
                    "kind",
                    l.message(&format!("personal-number-kind-{}", n.kind()), None),
                );
                a.set("birth_date", n.birth_date().format("%d.%m.%Y").to_string());
                a.set(
                    "sex",
                    l.message(&format!("sex-{}", sex_code(n.sex())), None),
                );
                println!("{}", l.message("cli-id-valid", Some(&a)));
                for w in &warned {
                    let mut wa = FluentArgs::new();
                    if let kezek_domain::PersonalNumberWarning::BirthDateDiffers {
                        encoded,
                        documented,
                    } = w
                    {
                        wa.set("encoded", encoded.format("%d.%m.%Y").to_string());
                        wa.set("documented", documented.format("%d.%m.%Y").to_string());
                    }
                    println!(
                        "  ! {}",
                        l.message(&format!("personal-number-warning-{}", w.code()), Some(&wa))
                    );
                }
            }
            Err(e) => {
                a.set("reason", reason(e, l));
                println!("{}", l.message("cli-id-invalid", Some(&a)));
            }
        }
    }
    all_valid
}

/// The translated rule a number breaks.
pub fn reason(e: &PersonalNumberError, l: &Localizer) -> String {
    let mut a = FluentArgs::new();
    match e {
        PersonalNumberError::Length { expected, actual } => {
            a.set("expected", *expected);
            a.set("actual", *actual);
        }
        PersonalNumberError::NotADigit(c) => a.set("char", c.to_string()),
        PersonalNumberError::CenturyDigit(d) | PersonalNumberError::SexDigit(d) => {
            a.set("digit", *d)
        }
        PersonalNumberError::BirthDate | PersonalNumberError::CheckDigit => {}
    }
    l.message(&format!("personal-number-error-{}", e.code()), Some(&a))
}
