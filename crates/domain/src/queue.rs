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
    // Sort keys computed once: comparisons then touch no strings unless times tie.
    let mut order: Vec<(&K, BenefitKind, NaiveDateTime, &str, usize)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            (
                &e.queue,
                e.effective_benefit(),
                e.registered_at,
                e.number.as_str(),
                i,
            )
        })
        .collect();
    order.sort_unstable();
    let mut out = vec![
        Positions {
            overall: 0,
            within_benefit: 0
        };
        entries.len()
    ];
    let mut overall = 0;
    let mut within = 0;
    let mut prev: Option<(&K, BenefitKind)> = None;
    for &(queue, benefit, _, _, i) in &order {
        match prev {
            Some((q, b)) if q == queue => {
                overall += 1;
                within = if b == benefit { within + 1 } else { 1 };
            }
            _ => {
                overall = 1;
                within = 1;
            }
        }
        out[i] = Positions {
            overall,
            within_benefit: if benefit == BenefitKind::General {
                0
            } else {
                within
            },
        };
        prev = Some((queue, benefit));
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

/// Why an entry stands where it stands: its own rank and who is ahead of it, by reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub positions: Positions,
    /// The benefit that counts (a claimed benefit counts only once verified).
    pub counted_benefit: BenefitKind,
    /// A benefit claimed but not yet verified, which does not count yet.
    pub unverified_benefit: Option<BenefitKind>,
    /// Ahead because of a higher benefit.
    pub ahead_by_benefit: u32,
    /// Ahead with the same benefit, registered earlier.
    pub ahead_by_time: u32,
    /// Ahead with the same benefit and registration time, by the lower application number.
    pub ahead_by_number: u32,
}

/// Explains the position of `entries[index]` within its queue.
pub fn explain<K: Ord>(entries: &[QueueEntry<K>], index: usize) -> Explanation {
    let me = &entries[index];
    let mine = me.effective_benefit();
    let (mut by_benefit, mut by_time, mut by_number, mut same_benefit_ahead) = (0, 0, 0, 0);
    for (i, other) in entries.iter().enumerate() {
        if i == index || other.queue != me.queue {
            continue;
        }
        let theirs = other.effective_benefit();
        if theirs < mine {
            by_benefit += 1;
        } else if theirs == mine {
            if other.registered_at < me.registered_at {
                by_time += 1;
                same_benefit_ahead += 1;
            } else if other.registered_at == me.registered_at && other.number < me.number {
                by_number += 1;
                same_benefit_ahead += 1;
            }
        }
    }
    Explanation {
        positions: Positions {
            overall: by_benefit + same_benefit_ahead + 1,
            within_benefit: if mine == BenefitKind::General {
                0
            } else {
                same_benefit_ahead + 1
            },
        },
        counted_benefit: mine,
        unverified_benefit: (!me.benefit_verified && me.benefit != BenefitKind::General)
            .then_some(me.benefit),
        ahead_by_benefit: by_benefit,
        ahead_by_time: by_time,
        ahead_by_number: by_number,
    }
}

/// A change of an entry's overall position between two computations, with its reason: how
/// many who stood ahead are no longer ahead (left the queue, or lost a benefit), and how many
/// came ahead (joined, or had a benefit verified). `after - before == joined - left`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PositionChange<Id> {
    pub id: Id,
    pub before: u32,
    pub after: u32,
    pub ahead_left: u32,
    pub ahead_joined: u32,
}

/// The position changes of entries present in both computations. `before` and `after` are
/// (id, queue, overall position) triples as [`positions`] produced them.
pub fn position_changes<Id, K>(
    before: &[(Id, K, u32)],
    after: &[(Id, K, u32)],
) -> Vec<PositionChange<Id>>
where
    Id: Clone + Eq + std::hash::Hash + Ord,
    K: Clone + Ord,
{
    use std::collections::{BTreeMap, HashMap, HashSet};
    // Per queue, the ids in order.
    fn orders<Id: Clone + Ord, K: Clone + Ord>(rows: &[(Id, K, u32)]) -> BTreeMap<K, Vec<Id>> {
        let mut by_queue: BTreeMap<K, Vec<(u32, Id)>> = BTreeMap::new();
        for (id, q, p) in rows {
            by_queue
                .entry(q.clone())
                .or_default()
                .push((*p, id.clone()));
        }
        by_queue
            .into_iter()
            .map(|(q, mut v)| {
                v.sort();
                (q, v.into_iter().map(|(_, id)| id).collect())
            })
            .collect()
    }
    let old_orders = orders(before);
    let new_orders = orders(after);
    let old: HashMap<&Id, (&K, u32)> = before.iter().map(|(id, q, p)| (id, (q, *p))).collect();
    let mut out = Vec::new();
    for (id, q, p) in after {
        let Some(&(old_q, old_p)) = old.get(id) else {
            continue;
        };
        if old_q != q || old_p == *p {
            continue;
        }
        let ahead_old: HashSet<&Id> = old_orders[old_q][..(old_p as usize - 1)].iter().collect();
        let ahead_new: HashSet<&Id> = new_orders[q][..(*p as usize - 1)].iter().collect();
        out.push(PositionChange {
            id: id.clone(),
            before: old_p,
            after: *p,
            ahead_left: ahead_old.difference(&ahead_new).count() as u32,
            ahead_joined: ahead_new.difference(&ahead_old).count() as u32,
        });
    }
    out
}

#[cfg(test)]
mod explain_tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn at(minute: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 1, 1)
            .unwrap()
            .and_hms_opt(9, minute, 0)
            .unwrap()
    }

    fn e(queue: u8, benefit: BenefitKind, verified: bool, minute: u32, n: &str) -> QueueEntry<u8> {
        QueueEntry {
            queue,
            benefit,
            benefit_verified: verified,
            registered_at: at(minute),
            number: n.into(),
        }
    }

    #[test]
    fn explanation_names_who_is_ahead_and_why() {
        use BenefitKind::*;
        let q = vec![
            e(1, OutOfTurn, true, 30, "A"),
            e(1, General, false, 1, "B"),
            e(1, General, false, 5, "C"),
            e(1, General, false, 5, "D"),
            e(1, FirstTurn, false, 9, "E"), // claimed, not verified
            e(2, OutOfTurn, true, 0, "F"),  // another queue
        ];
        let x = explain(&q, 3);
        assert_eq!(
            (x.ahead_by_benefit, x.ahead_by_time, x.ahead_by_number),
            (1, 1, 1)
        );
        assert_eq!(x.positions, positions(&q)[3]);
        let y = explain(&q, 4);
        assert_eq!(y.counted_benefit, General);
        assert_eq!(y.unverified_benefit, Some(FirstTurn));
        assert_eq!(y.positions.overall, 5);
    }

    #[test]
    fn a_withdrawal_moves_those_behind_up_with_the_reason() {
        let before = vec![(1, 'q', 1), (2, 'q', 2), (3, 'q', 3)];
        let after = vec![(1, 'q', 1), (3, 'q', 2)];
        let c = position_changes(&before, &after);
        assert_eq!(
            c,
            [PositionChange {
                id: 3,
                before: 3,
                after: 2,
                ahead_left: 1,
                ahead_joined: 0
            }]
        );
    }

    #[test]
    fn a_verified_benefit_moves_one_ahead_and_the_others_back() {
        let before = vec![(1, 'q', 1), (2, 'q', 2), (3, 'q', 3)];
        let after = vec![(3, 'q', 1), (1, 'q', 2), (2, 'q', 3)];
        let c = position_changes(&before, &after);
        assert_eq!(c.len(), 3);
        assert_eq!(
            c[0],
            PositionChange {
                id: 3,
                before: 3,
                after: 1,
                ahead_left: 2,
                ahead_joined: 0
            }
        );
        assert_eq!(
            c[1],
            PositionChange {
                id: 1,
                before: 1,
                after: 2,
                ahead_left: 0,
                ahead_joined: 1
            }
        );
    }

    fn arb_entries() -> impl Strategy<Value = Vec<QueueEntry<u8>>> {
        let kind = prop_oneof![
            Just(BenefitKind::OutOfTurn),
            Just(BenefitKind::FirstTurn),
            Just(BenefitKind::General)
        ];
        prop::collection::vec((0u8..3, kind, any::<bool>(), 0u32..20), 0..60).prop_map(|v| {
            v.into_iter()
                .enumerate()
                .map(|(i, (q, b, ver, m))| e(q, b, ver, m, &format!("{i:04}")))
                .collect()
        })
    }

    proptest! {
        #[test]
        fn positions_are_a_permutation_within_each_queue(entries in arb_entries()) {
            let p = positions(&entries);
            for queue in 0u8..3 {
                let mut mine: Vec<u32> = entries.iter().zip(&p)
                    .filter(|(e, _)| e.queue == queue).map(|(_, p)| p.overall).collect();
                mine.sort_unstable();
                let expected: Vec<u32> = (1..=mine.len() as u32).collect();
                prop_assert_eq!(mine, expected);
            }
        }

        #[test]
        fn a_higher_counted_benefit_never_stands_behind_a_lower_one(entries in arb_entries()) {
            let p = positions(&entries);
            for (i, a) in entries.iter().enumerate() {
                for (j, b) in entries.iter().enumerate() {
                    if a.queue == b.queue && a.effective_benefit() < b.effective_benefit() {
                        prop_assert!(p[i].overall < p[j].overall);
                    }
                }
            }
        }

        #[test]
        fn the_explanation_agrees_with_the_positions(entries in arb_entries()) {
            let p = positions(&entries);
            for (i, expected) in p.iter().enumerate() {
                let x = explain(&entries, i);
                prop_assert_eq!(x.positions, *expected);
                prop_assert_eq!(x.ahead_by_benefit + x.ahead_by_time + x.ahead_by_number + 1, expected.overall);
            }
        }

        #[test]
        fn changes_add_up(entries in arb_entries(), drop in prop::collection::vec(any::<bool>(), 60)) {
            let p = positions(&entries);
            let before: Vec<(usize, u8, u32)> = entries.iter().enumerate().map(|(i, e)| (i, e.queue, p[i].overall)).collect();
            let kept: Vec<usize> = (0..entries.len()).filter(|i| !drop[*i]).collect();
            let rest: Vec<QueueEntry<u8>> = kept.iter().map(|&i| entries[i].clone()).collect();
            let q = positions(&rest);
            let after: Vec<(usize, u8, u32)> = kept.iter().enumerate().map(|(k, &i)| (i, rest[k].queue, q[k].overall)).collect();
            for c in position_changes(&before, &after) {
                prop_assert_eq!(i64::from(c.after) - i64::from(c.before), i64::from(c.ahead_joined) - i64::from(c.ahead_left));
                prop_assert_eq!(c.ahead_joined, 0, "nobody joined: only departures");
            }
        }
    }
}
