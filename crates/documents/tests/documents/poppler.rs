//! The real PDF tools, run on a rendered file; a missing poppler is a failed test with the fix.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where rendered documents go for a look: `<target>/tmp/documents/`.
pub fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("documents");
    std::fs::create_dir_all(&dir).expect("the output folder can be made");
    dir
}

pub fn save(name: &str, bytes: &[u8]) -> PathBuf {
    let path = out_dir().join(name);
    std::fs::write(&path, bytes).expect("the PDF can be written");
    path
}

fn run(tool: &str, args: &[&str]) -> std::process::Output {
    Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} could not run ({e}); apt-get install poppler-utils"))
}

fn stdout(tool: &str, args: &[&str]) -> String {
    let out = run(tool, args);
    assert!(
        out.status.success(),
        "{tool} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the tool prints UTF-8")
}

/// The text of the whole file (or one page), whitespace runs folded to one space.
pub fn text(pdf: &Path, page: Option<usize>) -> String {
    let pdf = pdf.to_str().unwrap();
    let page = page.map(|p| p.to_string());
    let mut args = vec!["-enc", "UTF-8"];
    if let Some(p) = &page {
        args.extend(["-f", p, "-l", p]);
    }
    args.extend([pdf, "-"]);
    stdout("pdftotext", &args)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// (pages, page size line) from `pdfinfo`.
pub fn info(pdf: &Path) -> (usize, String) {
    let info = stdout("pdfinfo", &[pdf.to_str().unwrap()]);
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .unwrap_or_else(|| panic!("pdfinfo shows no {name}: {info}"))
            .trim()
            .to_string()
    };
    let pages = field("Pages:").parse().expect("a page count");
    (pages, field("Page size:"))
}

/// `qpdf --check` (exit 0: no errors).
pub fn qpdf_check(pdf: &Path) {
    let out = match Command::new("qpdf").arg("--check").arg(pdf).output() {
        Ok(out) => out,
        Err(e) => panic!("qpdf runs (scripts/setup-system.sh installs it): {e}"),
    };
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.code() == Some(0),
        "qpdf --check {}: {:?}\n{report}{}",
        pdf.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        report.contains("No syntax or stream encoding errors"),
        "qpdf --check: {report}"
    );
}

/// Page 1 as a PNG next to the PDF (`pdftoppm -png -r 60`), for a human look.
pub fn png_of_first_page(pdf: &Path) -> PathBuf {
    let stem = pdf.with_extension("");
    let stem = stem.to_str().unwrap();
    stdout(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            pdf.to_str().unwrap(),
            stem,
        ],
    );
    let png = PathBuf::from(format!("{stem}.png"));
    assert!(png.exists(), "pdftoppm made {}", png.display());
    png
}

/// pdfinfo's A4 in points is 595.276 × 841.89.
pub fn assert_a4(size: &str) {
    assert!(
        size.starts_with("595.") && size.contains("x 841.") && size.contains("(A4)"),
        "page size is {size}"
    );
}

/// The QR code's text on one page (rendered at 150 dpi, read by `zbarimg`).
pub fn qr_text(pdf: &Path, page: usize) -> String {
    let p = page.to_string();
    let stem = format!("{}-qr{page}", pdf.with_extension("").display());
    stdout(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "150",
            "-f",
            &p,
            "-l",
            &p,
            "-singlefile",
            pdf.to_str().unwrap(),
            &stem,
        ],
    );
    match Command::new("zbarimg")
        .args(["-q", "--raw"])
        .arg(format!("{stem}.png"))
        .output()
    {
        Ok(out) => String::from_utf8_lossy(&out.stdout).trim().to_string(),
        Err(e) => panic!("zbarimg runs (scripts/setup-system.sh installs zbar-tools): {e}"),
    }
}
