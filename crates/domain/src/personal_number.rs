//! Personal numbers: the Kazakhstan IIN (12 digits) and the Kyrgyz PIN (14 digits).
//!
//! Both encode a birth date and (loosely) the sex. Since 2013 an IIN need not carry the real
//! birth date, so callers compare the decoded date with documents and treat a mismatch as a
//! warning, never as a refusal; parsing only rejects numbers that cannot exist.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
}

/// Why a string is not a valid personal number; each variant names the rule that failed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PersonalNumberError {
    #[error("expected {expected} digits, got {actual}")]
    Length { expected: usize, actual: usize },
    #[error("character {0:?} is not a digit")]
    NotADigit(char),
    #[error("the century-and-sex digit {0} is not 1..6")]
    CenturyDigit(u8),
    #[error("the sex digit {0} is not 1 or 2")]
    SexDigit(u8),
    #[error("the encoded birth date does not exist")]
    BirthDate,
    #[error("the check digit does not match")]
    CheckDigit,
}

/// What every personal number tells about its holder.
pub trait PersonalNumber {
    fn as_str(&self) -> &str;
    fn birth_date(&self) -> NaiveDate;
    fn sex(&self) -> Sex;
}

/// Turns the input into ASCII digits: surrounding spaces are dropped, inner spaces and dashes
/// (as people type them) are ignored, and decimal digits of any script are mapped to 0-9.
fn digits(input: &str) -> Result<Vec<u8>, PersonalNumberError> {
    let mut out = Vec::with_capacity(14);
    for c in input.trim().chars() {
        if c == ' ' || c == '-' || c == '\u{a0}' {
            continue;
        }
        match unicode_digit(c) {
            Some(d) => out.push(d),
            None => return Err(PersonalNumberError::NotADigit(c)),
        }
    }
    Ok(out)
}

/// Decimal digits of the scripts a number may be typed in (ASCII, full-width, Arabic-Indic, ...).
fn unicode_digit(c: char) -> Option<u8> {
    if let Some(d) = c.to_digit(10) {
        return Some(d as u8);
    }
    // Blocks whose digits 0..9 are contiguous code points.
    const ZEROS: [u32; 6] = [0x0660, 0x06F0, 0x0966, 0xFF10, 0x1D7CE, 0x09E6];
    let cp = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&cp))
        .map(|&z| (cp - z) as u8)
}

fn to_string(d: &[u8]) -> String {
    d.iter().map(|x| char::from(b'0' + x)).collect()
}

/// Kazakhstan individual identification number (ИИН / ЖСН).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Iin {
    text: String,
    birth_date: NaiveDate,
    sex: Sex,
}

impl Iin {
    pub fn parse(input: &str) -> Result<Self, PersonalNumberError> {
        let d = digits(input)?;
        if d.len() != 12 {
            return Err(PersonalNumberError::Length {
                expected: 12,
                actual: d.len(),
            });
        }
        let century_digit = d[6];
        let (century, sex) = match century_digit {
            1 => (1800, Sex::Male),
            2 => (1800, Sex::Female),
            3 => (1900, Sex::Male),
            4 => (1900, Sex::Female),
            5 => (2000, Sex::Male),
            6 => (2000, Sex::Female),
            other => return Err(PersonalNumberError::CenturyDigit(other)),
        };
        let yy = i32::from(d[0] * 10 + d[1]);
        let mm = u32::from(d[2] * 10 + d[3]);
        let dd = u32::from(d[4] * 10 + d[5]);
        let birth_date =
            NaiveDate::from_ymd_opt(century + yy, mm, dd).ok_or(PersonalNumberError::BirthDate)?;
        if iin_check_digit(&d[..11]) != Some(d[11]) {
            return Err(PersonalNumberError::CheckDigit);
        }
        Ok(Self {
            text: to_string(&d),
            birth_date,
            sex,
        })
    }

    /// Builds the IIN for a birth date, sex and 4-digit serial; `None` when the serial gives a
    /// number that is never issued (the check digit computes to 10 twice).
    pub fn compose(birth_date: NaiveDate, sex: Sex, serial: u16) -> Option<Self> {
        use chrono::Datelike;
        let year = birth_date.year();
        let base = match year {
            1800..=1899 => 1,
            1900..=1999 => 3,
            2000..=2099 => 5,
            _ => return None,
        };
        let century_digit = base + u8::from(sex == Sex::Female);
        let yy = (year % 100) as u8;
        let mut d = vec![
            yy / 10,
            yy % 10,
            (birth_date.month() / 10) as u8,
            (birth_date.month() % 10) as u8,
            (birth_date.day() / 10) as u8,
            (birth_date.day() % 10) as u8,
            century_digit,
        ];
        let s = serial % 10_000;
        d.extend([
            (s / 1000) as u8,
            (s / 100 % 10) as u8,
            (s / 10 % 10) as u8,
            (s % 10) as u8,
        ]);
        let check = iin_check_digit(&d)?;
        d.push(check);
        Some(Self {
            text: to_string(&d),
            birth_date,
            sex,
        })
    }
}

/// The IIN check digit over the first 11 digits: weights 1..11 mod 11; if that gives 10,
/// weights 3..11,1,2; if 10 again, no such number is issued.
fn iin_check_digit(d: &[u8]) -> Option<u8> {
    let sum = |w: &dyn Fn(usize) -> u32| -> u32 {
        d.iter()
            .enumerate()
            .map(|(i, &x)| u32::from(x) * w(i))
            .sum::<u32>()
            % 11
    };
    let first = sum(&|i| i as u32 + 1);
    if first != 10 {
        return Some(first as u8);
    }
    let second = sum(&|i| ((i + 2) % 11) as u32 + 1);
    (second != 10).then_some(second as u8)
}

/// Kyrgyz personal identification number (ПИН / ИНН): sex digit, DDMMYYYY, 4 serial digits and
/// a last digit. No public check-digit algorithm exists, so only the structure is checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Pin {
    text: String,
    birth_date: NaiveDate,
    sex: Sex,
}

impl Pin {
    pub fn parse(input: &str) -> Result<Self, PersonalNumberError> {
        let d = digits(input)?;
        if d.len() != 14 {
            return Err(PersonalNumberError::Length {
                expected: 14,
                actual: d.len(),
            });
        }
        let sex = match d[0] {
            1 => Sex::Female,
            2 => Sex::Male,
            other => return Err(PersonalNumberError::SexDigit(other)),
        };
        let num = |r: std::ops::Range<usize>| d[r].iter().fold(0u32, |a, &x| a * 10 + u32::from(x));
        let birth_date = NaiveDate::from_ymd_opt(num(5..9) as i32, num(3..5), num(1..3))
            .ok_or(PersonalNumberError::BirthDate)?;
        Ok(Self {
            text: to_string(&d),
            birth_date,
            sex,
        })
    }

    /// Builds a PIN from its parts (serial: 4 digits, last: one digit).
    pub fn compose(birth_date: NaiveDate, sex: Sex, serial: u16, last: u8) -> Self {
        use chrono::Datelike;
        let text = format!(
            "{}{:02}{:02}{:04}{:04}{}",
            if sex == Sex::Female { 1 } else { 2 },
            birth_date.day(),
            birth_date.month(),
            birth_date.year(),
            serial % 10_000,
            last % 10
        );
        Self {
            text,
            birth_date,
            sex,
        }
    }
}

macro_rules! personal_number_impls {
    ($t:ty) => {
        impl PersonalNumber for $t {
            fn as_str(&self) -> &str {
                &self.text
            }
            fn birth_date(&self) -> NaiveDate {
                self.birth_date
            }
            fn sex(&self) -> Sex {
                self.sex
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.text)
            }
        }
        impl TryFrom<String> for $t {
            type Error = PersonalNumberError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }
        impl From<$t> for String {
            fn from(n: $t) -> String {
                n.text
            }
        }
    };
}
personal_number_impls!(Iin);
personal_number_impls!(Pin);

/// Which kind of number a string is, by its length after clean-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnyPersonalNumber {
    Iin(Iin),
    Pin(Pin),
}

impl AnyPersonalNumber {
    /// Parses a Kazakhstan IIN (12 digits) or a Kyrgyz PIN (14 digits).
    pub fn parse(input: &str) -> Result<Self, PersonalNumberError> {
        let d = digits(input)?;
        match d.len() {
            12 => Iin::parse(input).map(Self::Iin),
            14 => Pin::parse(input).map(Self::Pin),
            n => Err(PersonalNumberError::Length {
                expected: if n > 12 { 14 } else { 12 },
                actual: n,
            }),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Self::Iin(_) => "iin",
            Self::Pin(_) => "pin",
        }
    }

    fn inner(&self) -> &dyn PersonalNumber {
        match self {
            Self::Iin(n) => n,
            Self::Pin(n) => n,
        }
    }
}

impl PersonalNumber for AnyPersonalNumber {
    fn as_str(&self) -> &str {
        self.inner().as_str()
    }
    fn birth_date(&self) -> NaiveDate {
        self.inner().birth_date()
    }
    fn sex(&self) -> Sex {
        self.inner().sex()
    }
}

/// A disagreement between a number and the person's documents: staff confirm it, the number
/// is still accepted (since 2013 an IIN need not encode the real birth date, and the Kyrgyz
/// sex digit is only a hint).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "warning")]
pub enum PersonalNumberWarning {
    BirthDateDiffers {
        encoded: NaiveDate,
        documented: NaiveDate,
    },
    SexDiffers {
        encoded: Sex,
        documented: Sex,
    },
}

impl PersonalNumberWarning {
    pub fn code(self) -> &'static str {
        match self {
            Self::BirthDateDiffers { .. } => "birth_date_differs",
            Self::SexDiffers { .. } => "sex_differs",
        }
    }
}

/// Compares what the number encodes with the person's documents (either may be unknown).
pub fn warnings(
    number: &impl PersonalNumber,
    birth_date: Option<NaiveDate>,
    sex: Option<Sex>,
) -> Vec<PersonalNumberWarning> {
    let mut out = Vec::new();
    if let Some(documented) = birth_date.filter(|d| *d != number.birth_date()) {
        out.push(PersonalNumberWarning::BirthDateDiffers {
            encoded: number.birth_date(),
            documented,
        });
    }
    if let Some(documented) = sex.filter(|s| *s != number.sex()) {
        out.push(PersonalNumberWarning::SexDiffers {
            encoded: number.sex(),
            documented,
        });
    }
    out
}

impl PersonalNumberError {
    /// A stable code for the UI and scripts (locale id `personal-number-error-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Length { .. } => "length",
            Self::NotADigit(_) => "not_a_digit",
            Self::CenturyDigit(_) => "century_digit",
            Self::SexDigit(_) => "sex_digit",
            Self::BirthDate => "birth_date",
            Self::CheckDigit => "check_digit",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn iin_known_good_number_parses_with_birth_date_and_sex() {
        // 850101 3 0000 x: check digit from weights 1..11.
        let iin = Iin::compose(date(1985, 1, 1), Sex::Male, 1).unwrap();
        let parsed = Iin::parse(iin.as_str()).unwrap();
        assert_eq!(parsed.birth_date(), date(1985, 1, 1));
        assert_eq!(parsed.sex(), Sex::Male);
        assert_eq!(&parsed.as_str()[..7], "8501013");
    }

    #[test]
    fn iin_check_digit_is_verified_against_a_hand_computed_value() {
        // 9 0 0 1 0 1 3 0 0 0 0 with weights 1..11:
        // 9*1 + 0 + 0 + 1*4 + 0 + 1*6 + 3*7 + 0 + 0 + 0 + 0 = 40; 40 mod 11 = 7.
        assert_eq!(Iin::parse("900101300007").unwrap().sex(), Sex::Male);
        assert_eq!(
            Iin::parse("900101300008"),
            Err(PersonalNumberError::CheckDigit)
        );
    }

    #[test]
    fn iin_second_weights_are_used_when_the_first_sum_gives_ten() {
        // Find a serial whose first sum is 10, and check the composed number round-trips.
        let found = (0..10_000u16).find_map(|s| {
            let iin = Iin::compose(date(2021, 3, 14), Sex::Female, s)?;
            let d: Vec<u32> = iin.as_str().bytes().map(|b| u32::from(b - b'0')).collect();
            let first: u32 = d[..11]
                .iter()
                .enumerate()
                .map(|(i, x)| x * (i as u32 + 1))
                .sum();
            (first % 11 == 10).then_some(iin)
        });
        let iin = found.expect("some serial exercises the second weights");
        assert!(Iin::parse(iin.as_str()).is_ok());
    }

    #[test]
    fn iin_rejections_name_the_rule() {
        assert_eq!(
            Iin::parse("12345"),
            Err(PersonalNumberError::Length {
                expected: 12,
                actual: 5
            })
        );
        assert_eq!(
            Iin::parse("90010130000x"),
            Err(PersonalNumberError::NotADigit('x'))
        );
        assert_eq!(
            Iin::parse("900101700007"),
            Err(PersonalNumberError::CenturyDigit(7))
        );
        assert_eq!(
            Iin::parse("901301300007"),
            Err(PersonalNumberError::BirthDate)
        );
    }

    #[test]
    fn iin_accepts_spaces_and_other_scripts_digits() {
        assert!(Iin::parse("  900101 300007 ").is_ok());
        // Full-width digits.
        assert_eq!(
            Iin::parse("９００１０１３００００７").unwrap().as_str(),
            "900101300007"
        );
    }

    #[test]
    fn any_number_is_told_apart_by_length() {
        assert_eq!(
            AnyPersonalNumber::parse("900101300007").unwrap().kind(),
            "iin"
        );
        assert_eq!(
            AnyPersonalNumber::parse("21503201912345").unwrap().kind(),
            "pin"
        );
        assert_eq!(
            AnyPersonalNumber::parse("1234567890123"),
            Err(PersonalNumberError::Length {
                expected: 14,
                actual: 13
            })
        );
    }

    #[test]
    fn disagreements_with_documents_are_warnings_not_refusals() {
        let iin = Iin::parse("900101300007").unwrap();
        assert!(warnings(&iin, Some(date(1990, 1, 1)), Some(Sex::Male)).is_empty());
        assert!(warnings(&iin, None, None).is_empty());
        let w = warnings(&iin, Some(date(1990, 1, 2)), Some(Sex::Female));
        assert_eq!(
            w.iter().map(|w| w.code()).collect::<Vec<_>>(),
            ["birth_date_differs", "sex_differs"]
        );
    }

    #[test]
    fn pin_parses_birth_date_and_sex() {
        let pin = Pin::parse("21503201912345").unwrap();
        assert_eq!(pin.birth_date(), date(2019, 3, 15));
        assert_eq!(pin.sex(), Sex::Male);
        assert_eq!(
            Pin::parse("31503201912345"),
            Err(PersonalNumberError::SexDigit(3))
        );
        assert_eq!(
            Pin::parse("23202201912345"),
            Err(PersonalNumberError::BirthDate)
        );
        let composed = Pin::compose(date(2020, 12, 1), Sex::Female, 42, 7);
        assert_eq!(composed.as_str(), "10112202000427");
        assert_eq!(Pin::parse(composed.as_str()).unwrap(), composed);
    }
}
