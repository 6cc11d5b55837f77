//! Failed-login throttling, as a pure policy: time and counts in, a wait out.
//!
//! Per login, the first [`Policy::free_failures`] failures cost nothing; from then on every
//! failure locks the login for a wait that doubles each time, up to a ceiling. A success resets
//! the count. While locked, even the right password is answered 429 with `Retry-After`, so a
//! guesser gains nothing by hammering.

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    pub free_failures: u32,
    pub first_wait: Duration,
    pub max_wait: Duration,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            free_failures: 4,
            first_wait: Duration::seconds(30),
            max_wait: Duration::minutes(15),
        }
    }
}

impl Policy {
    /// The lock to set after the `failures`-th failure in a row, if any.
    pub fn lock_after(&self, failures: u32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let over = failures.checked_sub(self.free_failures + 1)?;
        let factor = 1i64.checked_shl(over.min(30)).unwrap_or(i64::MAX);
        let wait = self
            .first_wait
            .checked_mul(factor as i32)
            .filter(|w| *w <= self.max_wait)
            .unwrap_or(self.max_wait);
        Some(now + wait)
    }

    /// Whole seconds to wait (rounded up) if the login is locked at `now`.
    pub fn retry_after(locked_until: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Option<u64> {
        let until = locked_until?;
        if until <= now {
            return None;
        }
        let ms = (until - now).num_milliseconds();
        Some(((ms + 999) / 1000) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap()
    }

    #[test]
    fn four_failures_are_free_then_the_wait_doubles_up_to_the_ceiling() {
        let p = Policy::default();
        for n in 0..=4 {
            assert_eq!(p.lock_after(n, t0()), None, "failure {n}");
        }
        let waits: Vec<i64> = (5..=12)
            .map(|n| (p.lock_after(n, t0()).unwrap() - t0()).num_seconds())
            .collect();
        assert_eq!(waits, [30, 60, 120, 240, 480, 900, 900, 900]);
        assert_eq!(
            p.lock_after(u32::MAX, t0())
                .map(|t| (t - t0()).num_seconds()),
            Some(900)
        );
    }

    #[test]
    fn retry_after_rounds_up_and_ends() {
        let until = t0() + Duration::milliseconds(29_001);
        assert_eq!(Policy::retry_after(Some(until), t0()), Some(30));
        assert_eq!(Policy::retry_after(Some(until), until), None);
        assert_eq!(Policy::retry_after(None, t0()), None);
    }
}
