//! The load tool: many clients pulling the change feed at once, for a bounded time, on loopback.
//!
//! Each client has its own account session and client id, starts at cursor 0 and pages through
//! its scope 100 changes at a time; once caught up it keeps polling at its cursor (the steady
//! state of offices syncing in the background). Prints requests per second and latency
//! percentiles, separately for full pages and for polls.

use crate::stats::Latencies;
use kezek_sync::{PullRequest, PullResponse};
use std::time::{Duration, Instant};

pub struct Client {
    pub token: String,
    pub client_id: String,
}

#[derive(Default)]
struct Tally {
    pages: Vec<Duration>,
    polls: Vec<Duration>,
    changes: u64,
    errors: u64,
}

/// Runs `clients` pullers against `base` for `seconds` and prints the figures.
pub async fn run(base: &str, clients: Vec<Client>, seconds: u64, page: u32) {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients.len())
        .build()
        .expect("an HTTP client");
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let url = format!("{base}/api/v1/sync/pull");
    let n = clients.len();
    let started = Instant::now();
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|c| {
            let http = http.clone();
            let url = url.clone();
            tokio::spawn(async move { pull_until(&http, &url, c, deadline, page).await })
        })
        .collect();
    let mut all = Tally::default();
    for t in tasks {
        let t = t.await.expect("a puller panicked");
        all.pages.extend(t.pages);
        all.polls.extend(t.polls);
        all.changes += t.changes;
        all.errors += t.errors;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let requests = all.pages.len() + all.polls.len();
    let mut every = all.pages.clone();
    every.extend(all.polls.iter().copied());
    println!(
        "load: {n} clients for {seconds} s: {requests} pulls ({:.0} req/s), {} changes, {} errors",
        requests as f64 / elapsed,
        all.changes,
        all.errors
    );
    println!("  all pulls:       {}", Latencies::new(every).summary());
    let pages = Latencies::new(all.pages);
    println!(
        "  pages of {page:>4}:  {} ({} pulls)",
        pages.summary(),
        pages.len()
    );
    let polls = Latencies::new(all.polls);
    println!(
        "  caught-up polls: {} ({} pulls)",
        polls.summary(),
        polls.len()
    );
}

async fn pull_until(
    http: &reqwest::Client,
    url: &str,
    client: Client,
    deadline: Instant,
    page: u32,
) -> Tally {
    let mut tally = Tally::default();
    let mut cursor = 0;
    while Instant::now() < deadline {
        let request = PullRequest::new(client.client_id.clone(), cursor, Some(page));
        let t = Instant::now();
        let answer = http
            .post(url)
            .bearer_auth(&client.token)
            .json(&request)
            .send()
            .await;
        let response = match answer {
            Ok(r) if r.status().is_success() => r.json::<PullResponse>().await,
            Ok(r) => {
                eprintln!("pull: HTTP {}", r.status());
                tally.errors += 1;
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
            Err(e) => {
                eprintln!("pull: {e}");
                tally.errors += 1;
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let took = t.elapsed();
        match response {
            Ok(r) => {
                if r.changes.is_empty() {
                    tally.polls.push(took);
                } else {
                    tally.pages.push(took);
                }
                tally.changes += r.changes.len() as u64;
                cursor = r.cursor;
            }
            Err(e) => {
                eprintln!("pull: unreadable answer: {e}");
                tally.errors += 1;
            }
        }
    }
    tally
}
