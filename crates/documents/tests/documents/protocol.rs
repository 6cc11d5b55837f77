use crate::check::{self, assert_contains, page_label};
use crate::fixtures::{self, CHILDREN, LANGS};
use crate::poppler;
use kezek_documents::{verification, Document};
use kezek_i18n::Localizer;

const ID: &str = "KG-PROT-12/34";

#[test]
fn renders_in_every_language_with_kazakh_and_kyrgyz_letters_intact() {
    let protocol = fixtures::protocol(5);
    for lang in LANGS {
        let r = check::render(&protocol, lang, ID, "protocol");
        let loc = Localizer::new(lang);
        let expected: Vec<String> = CHILDREN
            .iter()
            .map(|c| c.to_string())
            .chain([
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
            ])
            .collect();
        assert_contains(&r, lang, &expected);
    }
}

#[test]
fn a_long_protocol_breaks_pages_and_numbers_them() {
    let protocol = fixtures::protocol(60);
    let r = check::render(&protocol, "kk", ID, "protocol-60");
    let pages = r.pages;
    assert!(pages >= 5, "60 applications on {pages} pages");
    let payload = verification::qr_payload(ID, &protocol.content_hash("kk"));
    for page in 1..=pages {
        let qr = poppler::qr_text(&r.pdf, page);
        assert_eq!(qr, payload, "page {page}: the QR code");
    }
    let last = poppler::text(&r.pdf, Some(pages));
    assert!(last.contains(&page_label("kk", pages, pages)));
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
        r.bytes < 40_000 * pages,
        "{} bytes for {pages} pages",
        r.bytes
    );
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
