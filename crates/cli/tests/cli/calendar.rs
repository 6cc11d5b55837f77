//! `kezek calendar` around holidays, with the built-in calendars.

use std::process::{Command, Output};

fn kezek(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(args)
        .env("KEZEK_LANG", lang)
        .output()
        .expect("the kezek binary runs")
}

fn stdout_lines(out: &Output) -> Vec<String> {
    assert!(
        out.status.success(),
        "kezek failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn add_skips_nauryz_and_its_transfers_in_kz() {
    let out = kezek(
        "en",
        &[
            "calendar",
            "add",
            "--country",
            "KZ",
            "--from",
            "2026-03-20",
            "--working-days",
            "1",
        ],
    );
    let lines = stdout_lines(&out);
    assert_eq!(
        lines[0], "2026-03-26",
        "21-25 March 2026 are days off: {lines:?}"
    );
    assert_eq!(
        lines[1], "Deadline: until 2026-03-27 00:00 +05:00 (Asia/Almaty)",
        "the end of 26 March in Almaty"
    );
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(out.stderr.is_empty(), "2026 has data, so no warning");
}

#[test]
fn add_skips_orozo_ait_in_kg_and_reads_the_deadline_in_bishkek_time() {
    let out = kezek(
        "ru",
        &[
            "calendar",
            "add",
            "--country",
            "kg",
            "--from",
            "2026-03-19",
            "--working-days",
            "1",
        ],
    );
    let lines = stdout_lines(&out);
    assert_eq!(
        lines[0], "2026-03-23",
        "Orozo ait on Friday 20 March 2026: {lines:?}"
    );
    assert_eq!(lines[1], "Срок: до 2026-03-24 00:00 +06:00 (Asia/Bishkek)");
}

#[test]
fn add_warns_when_it_counts_past_the_loaded_data() {
    let out = kezek(
        "en",
        &[
            "calendar",
            "add",
            "--country",
            "KZ",
            "--from",
            "2028-02-28",
            "--working-days",
            "1",
        ],
    );
    assert_eq!(stdout_lines(&out)[0], "2028-02-29");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("No calendar data for 2028"), "{stderr}");
}

#[test]
fn list_prints_each_special_day_with_its_kind_and_reason() {
    let out = kezek(
        "en",
        &["calendar", "list", "--country", "KZ", "--year", "2025"],
    );
    let lines = stdout_lines(&out);
    assert_eq!(
        lines[0],
        "Kazakhstan, 2025: holidays, days off and moved working days"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("2025-01-05  working day  ")),
        "the moved working Sunday: {lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("2025-03-24  day off      Перенос")),
        "a transfer, with its reason from the data file: {lines:?}"
    );
}

#[test]
fn an_unknown_country_is_refused() {
    let out = kezek(
        "en",
        &[
            "calendar",
            "add",
            "--country",
            "UZ",
            "--from",
            "2026-01-01",
            "--working-days",
            "1",
        ],
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("unknown country"), "{stderr}");
}
