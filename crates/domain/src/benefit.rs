//! Benefit categories and their priority in the queue (seeds 002, 004).

use serde::{Deserialize, Serialize};

/// How a benefit category moves a child in the queue. Lower rank goes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenefitKind {
    /// "Вне очереди": ahead of everyone.
    OutOfTurn,
    /// "В первую очередь": ahead of the general queue.
    FirstTurn,
    /// "Без льготы": the general queue.
    General,
}

impl BenefitKind {
    pub fn code(self) -> &'static str {
        match self {
            Self::OutOfTurn => "out_of_turn",
            Self::FirstTurn => "first_turn",
            Self::General => "general",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::OutOfTurn, Self::FirstTurn, Self::General]
            .into_iter()
            .find(|k| k.code() == code)
    }
}
