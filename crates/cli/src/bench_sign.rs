//! `kezek bench sign`: RSA-2048 signatures per second beside `openssl speed rsa2048` on the same
//! machine, and the time to render and sign a one-page protocol (target ≤ 30 ms).
//!
//! The key comes from a `.p12` file (`--key`, password from `KEZEK_KEY_PASSWORD`);
//! `scripts/bench.sh` makes a throwaway one with openssl. Certificate checks are not timed here
//! (they need a trust list; they cost well under a millisecond): this measures the crypto, the
//! CMS and the PDF work.

use chrono::Utc;
use kezek_api::{ApiError, ErrorCode};
use kezek_documents::{sample, Document};
use kezek_signing::{import_pkcs12, sign_detached, sign_pdf, PdfSigner};
use rsa::pkcs1v15::SigningKey;
use sha2::Sha256;
use signature::RandomizedSigner;
use std::path::Path;
use std::time::{Duration, Instant};

pub fn run(key: &Path, samples: usize) -> Result<(), ApiError> {
    let fail = |e: &dyn std::fmt::Display| ApiError::new(ErrorCode::Internal, e.to_string());
    let data = std::fs::read(key).map_err(|e| fail(&e))?;
    let password = std::env::var("KEZEK_KEY_PASSWORD").unwrap_or_default();
    let key = import_pkcs12(&data, &password).map_err(|e| fail(&e))?;

    // Raw RSA PKCS#1 v1.5 SHA-256 signatures, blinded (as every signature of ours is).
    let signer = SigningKey::<Sha256>::new(key.key.clone());
    let mut rng = rand_core::OsRng;
    let per_second = rate(Duration::from_secs(3), || {
        let _ = signer.sign_with_rng(&mut rng, b"kezek benchmark message");
    });
    let openssl = openssl_rsa2048_signs_per_second();
    println!("RSA-2048 sign (rsa crate, blinded): {per_second:.0} signatures/s");
    match openssl {
        Some(o) => println!(
            "openssl speed rsa2048 on this machine:  {o:.0} signatures/s  → ratio {:.2}",
            per_second / o
        ),
        None => println!("openssl speed rsa2048: not available"),
    }
    let cms_per_second = rate(Duration::from_secs(2), || {
        let _ = sign_detached(
            &key.key,
            &key.certificate,
            &key.chain,
            b"protocol",
            Utc::now(),
        );
    });
    println!("detached CMS signature (with certificates): {cms_per_second:.0} signatures/s");

    let identifier = "BENCH-PROTOCOL-1";
    // The most applications that still fit one page.
    let mut applications = 3;
    let protocol = loop {
        let p = sample::protocol(applications);
        let pages = page_count(&p.render("ru", identifier).map_err(|e| fail(&e))?);
        if pages == 1 || applications == 1 {
            break p;
        }
        applications -= 1;
    };
    let pages = page_count(&protocol.render("ru", identifier).map_err(|e| fail(&e))?);
    let mut render = Vec::with_capacity(samples);
    let mut sign = Vec::with_capacity(samples);
    for _ in 0..samples {
        let t = Instant::now();
        let pdf = protocol.render("ru", identifier).map_err(|e| fail(&e))?;
        render.push(t.elapsed());
        let t = Instant::now();
        let signed = sign_pdf(
            &pdf,
            &PdfSigner {
                key: &key.key,
                certificate: &key.certificate,
                chain: &key.chain,
                signing_time: Utc::now(),
                name: "bench".into(),
                reason: None,
                location: None,
            },
        )
        .map_err(|e| fail(&e))?;
        sign.push(t.elapsed());
        std::hint::black_box(signed);
    }
    let total: Vec<Duration> = render.iter().zip(&sign).map(|(a, b)| *a + *b).collect();
    println!("protocol of {applications} application(s), {pages} page(s), {samples} samples:");
    for (name, mut d) in [
        ("render", render),
        ("sign (PAdES)", sign),
        ("render + sign", total),
    ] {
        d.sort();
        println!(
            "  {name:<14} p50 {:>6.1} ms  p95 {:>6.1} ms",
            ms(d[d.len() / 2]),
            ms(d[(d.len() * 95 / 100).min(d.len() - 1)])
        );
    }
    Ok(())
}

fn rate(budget: Duration, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < budget {
        f();
        n += 1;
    }
    f64::from(n) / start.elapsed().as_secs_f64()
}

/// Page objects in a PDF as printpdf writes them (`/Type/Page/`, not `/Type/Pages`).
fn page_count(pdf: &[u8]) -> usize {
    pdf.windows(11)
        .filter(|w| w.starts_with(b"/Type/Page") && w[10] != b's')
        .count()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// The "sign/s" figure of `openssl speed rsa2048` (single process, 3 seconds).
fn openssl_rsa2048_signs_per_second() -> Option<f64> {
    let out = std::process::Command::new("openssl")
        .args(["speed", "-seconds", "3", "rsa2048"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    // "rsa 2048 bits 0.000648s 0.000019s   1543.2  52631.6" (sign, verify, sign/s, verify/s)
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("rsa 2048 bits"))?;
    let numbers: Vec<f64> = line
        .split_whitespace()
        .filter_map(|w| w.parse::<f64>().ok())
        .collect();
    // [2048, sign/s, verify/s] after the "bits" word; seconds carry an "s" suffix.
    numbers.get(1).copied()
}
