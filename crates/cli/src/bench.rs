//! `kezek bench`: figures for the performance targets (benchmarks, never timed tests).
//!
//! `kezek bench journal --applications 100000` builds a fresh demo database in a temporary
//! directory and prints p50/p95 of the journal's typical requests and of opening a card.

use clap::Subcommand;
use kezek_api::{ApiError, JournalQuery, Kezek, SortColumn};
use rand::prelude::*;
use rand_chacha::ChaCha8Rng;
use std::time::{Duration, Instant};

#[derive(Subcommand)]
pub enum BenchCommand {
    /// The applications journal and the application card.
    Journal {
        #[arg(long, default_value_t = 100_000)]
        applications: u32,
        /// Measurements per case.
        #[arg(long, default_value_t = 300)]
        samples: usize,
    },
    /// RSA-2048 signatures per second beside `openssl speed rsa2048`, and rendering + signing
    /// a one-page protocol. The key: a .p12 file, password in KEZEK_KEY_PASSWORD.
    Sign {
        #[arg(long)]
        key: std::path::PathBuf,
        #[arg(long, default_value_t = 200)]
        samples: usize,
    },
    /// Recomputing every queue position (domain::queue), as after each sync or change.
    Queue {
        #[arg(long, default_value_t = 100_000)]
        applications: u32,
        #[arg(long, default_value_t = 50)]
        samples: usize,
    },
}

pub async fn run(what: BenchCommand) -> Result<(), ApiError> {
    match what {
        BenchCommand::Journal {
            applications,
            samples,
        } => journal(applications, samples).await,
        BenchCommand::Sign { key, samples } => crate::bench_sign::run(&key, samples),
        BenchCommand::Queue {
            applications,
            samples,
        } => {
            queue(applications, samples);
            Ok(())
        }
    }
}

/// Entries spread as in the demo data: 40 localities × 6 birth years, 15 % with a benefit
/// (80 % of those verified), registrations over five years.
fn queue(applications: u32, samples: usize) {
    use kezek_domain::queue::{positions, QueueEntry};
    use kezek_domain::BenefitKind;
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let start = chrono::NaiveDate::from_ymd_opt(2021, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    let entries: Vec<QueueEntry<(u16, u16)>> = (0..applications)
        .map(|i| QueueEntry {
            queue: (rng.random_range(0..40), rng.random_range(2020..2026)),
            benefit: match rng.random_range(0..100) {
                0..2 => BenefitKind::OutOfTurn,
                2..15 => BenefitKind::FirstTurn,
                _ => BenefitKind::General,
            },
            benefit_verified: rng.random_bool(0.8),
            registered_at: start + chrono::Duration::seconds(rng.random_range(0..5 * 365 * 86_400)),
            number: format!("УО.2025.{i:06}.1"),
        })
        .collect();
    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples {
        let t = Instant::now();
        std::hint::black_box(positions(std::hint::black_box(&entries)));
        times.push(t.elapsed());
    }
    report(
        &format!("recompute all positions of {applications} applications"),
        times,
    );
}

/// Makes the next query of a benchmark case.
type QueryMaker = Box<dyn Fn(&mut ChaCha8Rng) -> JournalQuery>;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "{name:<48} p50 {:>8.3} ms   p95 {:>8.3} ms   max {:>8.3} ms   (n={})",
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.95).as_secs_f64() * 1e3,
        times.last().unwrap().as_secs_f64() * 1e3,
        times.len()
    );
}

async fn journal(applications: u32, samples: usize) -> Result<(), ApiError> {
    let dir = tempfile::tempdir()
        .map_err(|e| ApiError::new(kezek_api::ErrorCode::DataDir, e.to_string()))?;
    let kezek = Kezek::open(dir.path()).await?;
    let started = Instant::now();
    kezek.load_demo(applications, 1, |_| {}).await?;
    println!(
        "demo data: {applications} applications loaded in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let reference = kezek.reference_data().await?;

    // Real search words: name prefixes of applications in the database.
    let mut rng = ChaCha8Rng::seed_from_u64(42);
    let mut names = Vec::new();
    let mut numbers = Vec::new();
    for _ in 0..50 {
        let page = kezek
            .journal_page(&JournalQuery {
                page: rng.random_range(0..(applications / 50).max(1)),
                page_size: 50,
                ..Default::default()
            })
            .await?;
        for row in page.rows.iter().take(3) {
            let surname: String = row
                .child_name
                .split(' ')
                .next()
                .unwrap()
                .chars()
                .take(4)
                .collect();
            names.push(surname.to_lowercase());
            numbers.push(row.child_number.chars().take(6).collect::<String>());
        }
    }
    let base = JournalQuery {
        page_size: 50,
        ..Default::default()
    };
    let mut cases: Vec<(&str, QueryMaker)> = vec![
        (
            "first page, newest first",
            Box::new({
                let base = base.clone();
                move |_| JournalQuery {
                    descending: true,
                    ..base.clone()
                }
            }),
        ),
        (
            "page: status filter + name search",
            Box::new({
                let base = base.clone();
                let names = names.clone();
                move |rng| JournalQuery {
                    search: Some(names.choose(rng).unwrap().clone()),
                    statuses: vec!["in_queue".into()],
                    descending: true,
                    ..base.clone()
                }
            }),
        ),
        (
            "page: IIN/PIN prefix search",
            Box::new({
                let base = base.clone();
                let numbers = numbers.clone();
                move |rng| JournalQuery {
                    search: Some(numbers.choose(rng).unwrap().clone()),
                    ..base.clone()
                }
            }),
        ),
        (
            "page: district + benefit filter, by queue number",
            Box::new({
                let base = base.clone();
                let districts: Vec<i64> = reference
                    .regions
                    .iter()
                    .flat_map(|r| r.districts.iter().map(|d| d.id))
                    .collect();
                let benefits: Vec<i64> =
                    reference.benefit_categories.iter().map(|b| b.id).collect();
                move |rng| JournalQuery {
                    district_id: Some(*districts.choose(rng).unwrap()),
                    benefit_category_id: Some(*benefits.choose(rng).unwrap()),
                    sort: SortColumn::QueuePosition,
                    ..base.clone()
                }
            }),
        ),
        (
            "page 20, sorted by child's name",
            Box::new({
                let base = base.clone();
                move |_| JournalQuery {
                    sort: SortColumn::ChildName,
                    page: 19,
                    ..base.clone()
                }
            }),
        ),
    ];
    for (name, make) in cases.drain(..) {
        let mut times = Vec::with_capacity(samples);
        for _ in 0..samples {
            let q = make(&mut rng);
            let t = Instant::now();
            let page = kezek.journal_page(&q).await?;
            times.push(t.elapsed());
            std::hint::black_box(page);
        }
        report(name, times);
    }
    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples {
        let id = rng.random_range(1..=i64::from(applications));
        let t = Instant::now();
        let card = kezek.application_card(id).await?;
        let history = kezek.application_history(id).await?;
        let documents = kezek.application_documents(id).await?;
        times.push(t.elapsed());
        std::hint::black_box((card, history, documents));
    }
    report("open a card (information + history + documents)", times);
    kezek.store().close().await;
    Ok(())
}
