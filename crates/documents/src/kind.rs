//! The kinds of printable document and their stable codes (CLI arguments, hashes, storage).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    /// The commission's protocol (seed 000).
    Protocol,
    /// The direction to a state kindergarten (seed 002).
    Direction,
    /// "Уведомление о регистрации": the child is in the queue under number N (seeds 002, 004).
    RegistrationNotice,
    /// "Карточка ребенка": the application's data and its history (seed 002).
    ChildCard,
    /// The enrolment contract with a kindergarten under a voucher (seed 003).
    VoucherContract,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 5] = [
        Self::Protocol,
        Self::Direction,
        Self::RegistrationNotice,
        Self::ChildCard,
        Self::VoucherContract,
    ];

    /// The stable code: `protocol`, `direction`, `registration-notice`, `child-card`,
    /// `voucher-contract`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Protocol => "protocol",
            Self::Direction => "direction",
            Self::RegistrationNotice => "registration-notice",
            Self::ChildCard => "child-card",
            Self::VoucherContract => "voucher-contract",
        }
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A document kind code that is none of [`DocumentKind::code`]'s.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown document kind {0:?} (expected protocol, direction, registration-notice, child-card or voucher-contract)")]
pub struct UnknownDocumentKind(pub String);

impl FromStr for DocumentKind {
    type Err = UnknownDocumentKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.code() == s)
            .ok_or_else(|| UnknownDocumentKind(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_match_serde() {
        for kind in DocumentKind::ALL {
            assert_eq!(kind.code().parse::<DocumentKind>(), Ok(kind));
            let json = serde_json::to_string(&kind).expect("serialises");
            assert_eq!(json, format!("\"{}\"", kind.code()));
        }
        assert!("contract".parse::<DocumentKind>().is_err());
    }
}
