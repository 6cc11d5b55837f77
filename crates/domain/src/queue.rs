//! Queue order: who stands where, computed, never typed in.
//!
//! A queue is one locality and one birth year. Within it, applications are ordered by the
//! benefit's rank (a benefit counts only once its documents were verified), then by registration
//! time, then by application number as the stated tie-break. Positions are given overall and
//! within the benefit category (0 for the general queue, as the seeds show it).

use crate::BenefitKind;
use chrono::NaiveDateTime;

/// One application waiting in a queue.
#[derive(Debug, Clone)]
pub struct QueueEntry<K> {
    pub queue: K,
    pub benefit: BenefitKind,
    pub benefit_verified: bool,
    pub registered_at: NaiveDateTime,
    /// The application number: the tie-break for equal registration times.
    pub number: String,
}

impl<K> QueueEntry<K> {
    /// The benefit that counts for the order.
    pub fn effective_benefit(&self) -> BenefitKind {
        if self.benefit_verified {
            self.benefit
        } else {
            BenefitKind::General
        }
    }
}

/// Positions of one entry, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Positions {
    pub overall: u32,
    /// Position among the same benefit category; 0 in the general queue.
    pub within_benefit: u32,
}

/// Computes the positions of all entries; the result is indexed like the input.
pub fn positions<K: Ord>(entries: &[QueueEntry<K>]) -> Vec<Positions> {
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (x, y) = (&entries[a], &entries[b]);
        x.queue
            .cmp(&y.queue)
            .then(x.effective_benefit().cmp(&y.effective_benefit()))
            .then(x.registered_at.cmp(&y.registered_at))
            .then(x.number.cmp(&y.number))
    });
    let mut out = vec![
        Positions {
            overall: 0,
            within_benefit: 0
        };
        entries.len()
    ];
    let mut overall = 0;
    let mut within = 0;
    let mut prev: Option<usize> = None;
    for &i in &order {
        let e = &entries[i];
        match prev.map(|p| &entries[p]) {
            Some(p) if p.queue == e.queue => {
                overall += 1;
                if p.effective_benefit() == e.effective_benefit() {
                    within += 1;
                } else {
                    within = 1;
                }
            }
            _ => {
                overall = 1;
                within = 1;
            }
        }
        out[i] = Positions {
            overall,
            within_benefit: if e.effective_benefit() == BenefitKind::General {
                0
            } else {
                within
            },
        };
        prev = Some(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn entry(
        queue: u32,
        benefit: BenefitKind,
        verified: bool,
        minute: u32,
        n: &str,
    ) -> QueueEntry<u32> {
        QueueEntry {
            queue,
            benefit,
            benefit_verified: verified,
            registered_at: NaiveDate::from_ymd_opt(2025, 1, 1)
                .unwrap()
                .and_hms_opt(9, minute, 0)
                .unwrap(),
            number: n.into(),
        }
    }

    #[test]
    fn verified_benefits_go_first_then_time_then_number() {
        use BenefitKind::*;
        let e = vec![
            entry(1, General, false, 0, "A"),
            entry(1, FirstTurn, true, 5, "B"),
            entry(1, OutOfTurn, true, 9, "C"),
            entry(1, FirstTurn, false, 1, "D"), // unverified: counts as general
            entry(1, General, false, 0, "0"),   // same time as A, lower number
            entry(2, General, false, 0, "E"),   // another queue
        ];
        let p = positions(&e);
        let overall: Vec<u32> = p.iter().map(|p| p.overall).collect();
        assert_eq!(overall, [4, 2, 1, 5, 3, 1]);
        let within: Vec<u32> = p.iter().map(|p| p.within_benefit).collect();
        assert_eq!(within, [0, 1, 1, 0, 0, 0]);
    }
}
