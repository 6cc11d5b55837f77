//! The meal benefit (seed 000, §III "Питание"): what the commission's secretary records for a
//! voucher child — som a day for the child's meals, the number and date of the commission's
//! protocol that granted it, and that protocol as a PDF. `meal_benefit.save` replaces the
//! application's current benefit; the previous ones stay as history on both sides.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The largest amount a day: 10 000 som, in tyiyn.
pub const MAX_AMOUNT_TYIYN: i64 = 10_000 * 100;
/// The largest protocol PDF, in bytes.
pub const MAX_PDF_BYTES: usize = 5 * 1024 * 1024;
/// The longest protocol number, in characters.
pub const MAX_PROTOCOL_NUMBER_CHARS: usize = 64;
/// The longest `uid`, in bytes.
pub const MAX_UID_LEN: usize = 64;

/// `meal_benefit.save`: the application's new current meal benefit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MealBenefitSave {
    /// Made by the desktop (a UUID): the same `uid` pushed again stores nothing new.
    pub uid: String,
    pub application_id: i64,
    pub amount_tyiyn: i64,
    pub protocol_number: String,
    pub protocol_date: NaiveDate,
    /// The protocol, standard base64.
    pub pdf: String,
}

impl MealBenefitSave {
    pub const NAME: &'static str = "meal_benefit.save";

    /// The arguments as they travel in [`crate::Mutation::args`].
    pub fn to_args(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("plain fields serialize")
    }

    /// The first rule the fields (all but the PDF, see [`pdf_problem`]) break, in words;
    /// `today` is the saver's date, after which no protocol can be dated.
    pub fn problem(&self, today: NaiveDate) -> Option<String> {
        let uid = self.uid.trim();
        if uid.is_empty() || uid.len() > MAX_UID_LEN {
            return Some(format!("uid: 1 to {MAX_UID_LEN} bytes"));
        }
        if let Some(p) = amount_problem(self.amount_tyiyn) {
            return Some(format!("amount_tyiyn: {p}"));
        }
        let number = self.protocol_number.trim();
        if number.is_empty() || number.chars().count() > MAX_PROTOCOL_NUMBER_CHARS {
            return Some(format!(
                "protocol_number: 1 to {MAX_PROTOCOL_NUMBER_CHARS} characters"
            ));
        }
        if self.protocol_date > today {
            return Some(format!(
                "protocol_date: {} is after {today}",
                self.protocol_date
            ));
        }
        None
    }
}

/// Why an amount (tyiyn a day) is refused: `amount_not_positive` or `amount_too_large`.
pub fn amount_problem(amount_tyiyn: i64) -> Option<&'static str> {
    if amount_tyiyn <= 0 {
        Some("amount_not_positive")
    } else if amount_tyiyn > MAX_AMOUNT_TYIYN {
        Some("amount_too_large")
    } else {
        None
    }
}

/// Why a file is refused as the protocol: `pdf_required` (empty), `pdf_too_large` or
/// `pdf_not_pdf` (no `%PDF-` header).
pub fn pdf_problem(bytes: &[u8]) -> Option<&'static str> {
    if bytes.is_empty() {
        Some("pdf_required")
    } else if bytes.len() > MAX_PDF_BYTES {
        Some("pdf_too_large")
    } else if !bytes.starts_with(b"%PDF-") {
        Some("pdf_not_pdf")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn sample() -> MealBenefitSave {
        MealBenefitSave {
            uid: "u-1".into(),
            application_id: 7,
            amount_tyiyn: 12_050,
            protocol_number: "12/34".into(),
            protocol_date: day(1),
            pdf: "JVBERi0=".into(),
        }
    }

    #[test]
    fn arguments_round_trip() {
        let v = sample().to_args();
        assert_eq!(v["protocol_date"], "2026-12-01");
        assert_eq!(
            serde_json::from_value::<MealBenefitSave>(v).unwrap(),
            sample()
        );
    }

    #[test]
    fn problems_name_the_field() {
        assert_eq!(sample().problem(day(1)), None);
        let cases = [
            (
                MealBenefitSave {
                    amount_tyiyn: 0,
                    ..sample()
                },
                "amount_tyiyn",
            ),
            (
                MealBenefitSave {
                    amount_tyiyn: MAX_AMOUNT_TYIYN + 1,
                    ..sample()
                },
                "amount_tyiyn",
            ),
            (
                MealBenefitSave {
                    protocol_number: " ".into(),
                    ..sample()
                },
                "protocol_number",
            ),
            (
                MealBenefitSave {
                    protocol_date: day(2),
                    ..sample()
                },
                "protocol_date",
            ),
        ];
        for (m, field) in cases {
            let p = m.problem(day(1)).expect("refused");
            assert!(p.starts_with(field), "{p}");
        }
    }

    #[test]
    fn only_a_small_pdf_passes() {
        assert_eq!(pdf_problem(b"%PDF-1.7\n"), None);
        assert_eq!(pdf_problem(b""), Some("pdf_required"));
        assert_eq!(pdf_problem(b"PK\x03\x04"), Some("pdf_not_pdf"));
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_PDF_BYTES + 1, b' ');
        assert_eq!(pdf_problem(&big), Some("pdf_too_large"));
    }
}
