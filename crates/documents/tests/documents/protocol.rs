use crate::fixtures::{self, CHILDREN, LANGS};
use crate::poppler;
use kezek_i18n::{FluentArgs, Localizer};

const ID: &str = "KZK-PROT-12/34:sha256:9f86d081884c7d65";

fn page_label(lang: &str, page: usize, total: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("page", page.to_string());
    args.set("total", total.to_string());
    Localizer::new(lang).message("doc-page", Some(&args))
}

#[test]
fn renders_in_every_language_with_kazakh_and_kyrgyz_letters_intact() {
    let protocol = fixtures::protocol(5);
    for lang in LANGS {
        let bytes = protocol.render(lang, ID).expect("the protocol renders");
        let pdf = poppler::save(&format!("protocol-{lang}.pdf"), &bytes);
        let (pages, size) = poppler::info(&pdf);
        poppler::assert_a4(&size);
        poppler::qpdf_check(&pdf);
        let text = poppler::text(&pdf, None);
        let loc = Localizer::new(lang);
        for expected in CHILDREN.iter().map(|c| c.to_string()).chain([
            protocol.chairman.clone(),
            protocol.secretary.clone(),
            "Эркинбек Түгөлбаев".to_string(),
            "15.05.2026".to_string(),
            loc.message("doc-protocol-present", None),
            loc.message("doc-protocol-decision-approved", None),
            loc.message("doc-protocol-decision-rejected", None),
            loc.message("benefit-large_family", None),
            loc.message("document-kind-birth_certificate", None),
            loc.message("doc-protocol-chairman", None),
            ID.to_string(),
            page_label(lang, 1, pages),
        ]) {
            assert!(
                text.contains(&expected),
                "{lang}: pdftotext lacks {expected:?} in:\n{text}"
            );
        }
        assert!(
            !text.contains("doc-") && !text.contains("benefit-"),
            "{lang}: an untranslated id leaked: {text}"
        );
        assert!(!text.contains('\u{2068}'), "{lang}: bidi marks in the text");
        let png = poppler::png_of_first_page(&pdf);
        eprintln!(
            "{lang}: {} ({} bytes), {}",
            pdf.display(),
            bytes.len(),
            png.display()
        );
    }
}

#[test]
fn a_long_protocol_breaks_pages_and_numbers_them() {
    let protocol = fixtures::protocol(60);
    let bytes = protocol.render("kk", ID).expect("the protocol renders");
    let pdf = poppler::save("protocol-60-kk.pdf", &bytes);
    let (pages, size) = poppler::info(&pdf);
    poppler::assert_a4(&size);
    poppler::qpdf_check(&pdf);
    assert!(pages >= 5, "60 applications on {pages} pages");
    for page in 1..=pages {
        let text = poppler::text(&pdf, Some(page));
        let label = page_label("kk", page, pages);
        assert!(text.contains(&label), "page {page} lacks {label:?}: {text}");
        assert!(text.contains(ID), "page {page} lacks the identifier");
        let qr = poppler::qr_text(&pdf, page);
        assert_eq!(qr, ID, "page {page}: the QR code carries the identifier");
    }
    let last = poppler::text(&pdf, Some(pages));
    assert!(
        last.contains(&protocol.applications[59].child) || last.contains(&protocol.chairman),
        "the end of the protocol is on the last page: {last}"
    );
    assert!(
        last.contains(&protocol.secretary),
        "signatures close the protocol"
    );
    // Subset fonts: the whole DejaVu Sans pair alone would be 1.4 MiB.
    assert!(
        bytes.len() < 40_000 * pages,
        "{} bytes for {pages} pages",
        bytes.len()
    );
    eprintln!("60 applications: {pages} pages, {} bytes", bytes.len());
}

#[test]
fn a_one_page_protocol_stays_small() {
    let protocol = fixtures::protocol(3);
    let started = std::time::Instant::now();
    let bytes = protocol.render("ru", ID).expect("renders");
    assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
    // A figure for the report, not a gate: debug builds vary with the machine.
    eprintln!(
        "one-page protocol: {} bytes in {:?} (debug build)",
        bytes.len(),
        started.elapsed()
    );
}

#[test]
fn an_identifier_too_long_for_a_qr_code_is_refused() {
    let err = fixtures::protocol(1)
        .render("ru", &"x".repeat(5000))
        .expect_err("5000 bytes do not fit a QR code");
    assert_eq!(err.code(), "identifier_too_long");
}
