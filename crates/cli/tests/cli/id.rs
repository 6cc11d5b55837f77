//! `kezek id check` as scripts use it.

use std::process::Command;

fn kezek(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(args)
        .env("KEZEK_LANG", "en")
        .output()
        .expect("kezek runs");
    (out.status.success(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn json_lines_carry_the_fields_scripts_read() {
    let (ok, out) = kezek(&[
        "id",
        "check",
        "--json",
        "900101300007",
        "10112202000427",
        "900101300008",
    ]);
    assert!(!ok, "an invalid number makes the exit status 1");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[0]["kind"], "iin");
    assert_eq!(lines[0]["birth_date"], "1990-01-01");
    assert_eq!(lines[0]["sex"], "male");
    assert_eq!(lines[1]["kind"], "pin");
    assert_eq!(lines[1]["birth_date"], "2020-12-01");
    assert_eq!(lines[1]["sex"], "female");
    assert_eq!(lines[2]["valid"], false);
    assert_eq!(lines[2]["error"], "check_digit");
}

#[test]
fn text_names_the_rule_and_warns_about_documents() {
    let (ok, out) = kezek(&["id", "check", "--birth-date", "1990-01-02", "900101300007"]);
    assert!(ok, "a warning is not a refusal: {out}");
    assert!(
        out.contains("valid IIN (Kazakhstan), born 01.01.1990"),
        "{out}"
    );
    assert!(
        out.contains("differs from the document (02.01.1990)"),
        "{out}"
    );
    let (ok, out) = kezek(&["id", "check", "9001013000"]);
    assert!(!ok);
    assert!(out.contains("12 digits expected, 10 entered"), "{out}");
}
