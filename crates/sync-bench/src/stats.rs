//! Latency figures: percentiles of a set of samples.

use std::time::Duration;

pub struct Latencies(Vec<Duration>);

impl Latencies {
    pub fn new(mut samples: Vec<Duration>) -> Self {
        samples.sort_unstable();
        Latencies(samples)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The `p`-th percentile (nearest rank), in milliseconds; 0 without samples.
    pub fn ms(&self, p: f64) -> f64 {
        if self.0.is_empty() {
            return 0.0;
        }
        let rank = ((p / 100.0) * self.0.len() as f64).ceil() as usize;
        let i = rank.clamp(1, self.0.len()) - 1;
        self.0[i].as_secs_f64() * 1000.0
    }

    /// "p50 x / p95 y / p99 z / max w ms".
    pub fn summary(&self) -> String {
        format!(
            "p50 {:.1} / p95 {:.1} / p99 {:.1} / max {:.1} ms",
            self.ms(50.0),
            self.ms(95.0),
            self.ms(99.0),
            self.ms(100.0)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let l = Latencies::new((1..=100).rev().map(Duration::from_millis).collect());
        assert_eq!(l.ms(50.0), 50.0);
        assert_eq!(l.ms(99.0), 99.0);
        assert_eq!(l.ms(100.0), 100.0);
        assert_eq!(l.ms(0.0), 1.0);
        assert_eq!(Latencies::new(vec![]).ms(99.0), 0.0);
    }
}
